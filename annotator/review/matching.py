"""Pairing one reviewer's claims with another's: by UUID first, then by span overlap.

A colleague's file derived from mine (a copy sent round and annotated) shares
claim UUIDs, and those pairs hold even when the colleague moved a span or
changed a kind.  Claims made independently are paired by overlap, within one
article (same text SHA-256) and one kind, one-to-one, maximising the total
overlap in characters.  Among equally good pairings the one whose boundaries
differ least wins, so a span nested in a longer one pairs with its exact twin.

The work is split by (article, kind) and then into connected components of
the overlap graph; almost all components are a single pair, and the rest are
solved exactly with the Hungarian method (`assignment`).
"""

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from annotator.review.assignment import max_weight_assignment
from annotator.review.records import ReviewClaim


class MatchBasis(StrEnum):
    """Why two claims were paired."""

    UUID = "uuid"
    OVERLAP = "overlap"


class Match(NamedTuple):
    """A pair of claims, as indices into the two claim sequences."""

    mine: int
    theirs: int
    basis: MatchBasis


@dataclass(frozen=True, slots=True)
class Matching:
    pairs: tuple[Match, ...]
    only_mine: tuple[int, ...]
    only_theirs: tuple[int, ...]


def overlap(a: ReviewClaim, b: ReviewClaim) -> int:
    """Characters two spans share (0 when they are in different articles or apart)."""
    if a.article != b.article:
        return 0
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def match_claims(mine: Sequence[ReviewClaim], theirs: Sequence[ReviewClaim]) -> Matching:
    """Pair claims by UUID (same article only), then the rest by overlap per article and kind."""
    theirs_by_uuid = {claim.uuid: index for index, claim in enumerate(theirs)}
    pairs: list[Match] = []
    paired_theirs: set[int] = set()
    rest_mine: list[int] = []
    for index, claim in enumerate(mine):
        other = theirs_by_uuid.get(claim.uuid)
        if other is not None and theirs[other].article == claim.article:
            pairs.append(Match(index, other, MatchBasis.UUID))
            paired_theirs.add(other)
        else:
            rest_mine.append(index)
    rest_theirs = [index for index in range(len(theirs)) if index not in paired_theirs]
    for m, t in overlap_matches(mine, theirs, rest_mine, rest_theirs):
        pairs.append(Match(m, t, MatchBasis.OVERLAP))
    pairs.sort(key=lambda p: p.mine)
    matched_mine = {p.mine for p in pairs}
    matched_theirs = {p.theirs for p in pairs}
    return Matching(
        pairs=tuple(pairs),
        only_mine=tuple(i for i in range(len(mine)) if i not in matched_mine),
        only_theirs=tuple(i for i in range(len(theirs)) if i not in matched_theirs),
    )


def overlap_matches(
    mine: Sequence[ReviewClaim],
    theirs: Sequence[ReviewClaim],
    mine_indices: Iterable[int] | None = None,
    theirs_indices: Iterable[int] | None = None,
) -> list[tuple[int, int]]:
    """One-to-one pairs of overlapping claims of the same article and kind, maximising overlap.

    Only the given indices take part (all claims by default); the result is
    (mine index, theirs index) pairs sorted by mine index.
    """
    groups: dict[tuple[str, str], tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
    for index in range(len(mine)) if mine_indices is None else mine_indices:
        groups[mine[index].article, mine[index].kind][0].append(index)
    for index in range(len(theirs)) if theirs_indices is None else theirs_indices:
        groups[theirs[index].article, theirs[index].kind][1].append(index)
    found: list[tuple[int, int]] = []
    for mine_group, theirs_group in groups.values():
        if mine_group and theirs_group:
            found.extend(_match_group(mine, mine_group, theirs, theirs_group))
    found.sort()
    return found


def _match_group(
    mine: Sequence[ReviewClaim],
    mine_group: list[int],
    theirs: Sequence[ReviewClaim],
    theirs_group: list[int],
) -> list[tuple[int, int]]:
    if len(mine_group) == 1 and len(theirs_group) == 1:
        m, t = mine_group[0], theirs_group[0]
        return [(m, t)] if overlap(mine[m], theirs[t]) > 0 else []
    edges = _overlapping(mine, mine_group, theirs, theirs_group)
    if len({m for m, _ in edges}) == len(edges) == len({t for _, t in edges}):
        return edges  # no claim overlaps two others: every edge is its own component
    found: list[tuple[int, int]] = []
    for component in _components(edges):
        if len(component) == 1:
            found.append(component[0])
        else:
            found.extend(_solve(mine, theirs, component))
    return found


def _overlapping(
    mine: Sequence[ReviewClaim],
    mine_group: list[int],
    theirs: Sequence[ReviewClaim],
    theirs_group: list[int],
) -> list[tuple[int, int]]:
    """Every overlapping (mine, theirs) pair, by a sweep over spans sorted by start."""
    spans = [(mine[i].start, mine[i].end, 0, i) for i in mine_group]
    spans += [(theirs[i].start, theirs[i].end, 1, i) for i in theirs_group]
    spans.sort()
    active: tuple[list[tuple[int, int]], list[tuple[int, int]]] = ([], [])
    edges: list[tuple[int, int]] = []
    for start, end, side, index in spans:
        other = [(e, i) for e, i in active[1 - side] if e > start]
        active[1 - side][:] = other
        if side == 0:
            edges.extend((index, i) for _, i in other)
        else:
            edges.extend((i, index) for _, i in other)
        active[side].append((end, index))
    return edges


def _components(edges: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Split the bipartite overlap graph into connected components (lists of edges)."""
    parent: dict[tuple[int, int], tuple[int, int]] = {}

    def root(node: tuple[int, int]) -> tuple[int, int]:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for m, t in edges:
        a, b = root((0, m)), root((1, t))
        if a != b:
            parent[a] = b
    components: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    for edge in edges:
        components[root((0, edge[0]))].append(edge)
    return list(components.values())


def _solve(
    mine: Sequence[ReviewClaim], theirs: Sequence[ReviewClaim], edges: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Maximum total overlap in one component; ties go to the smallest boundary distance.

    Weights are overlap * scale - distance with scale above any possible sum of
    distances, so the order is strictly lexicographic (integers, no rounding).
    """
    rows = sorted({m for m, _ in edges})
    cols = sorted({t for _, t in edges})
    row_of = {m: r for r, m in enumerate(rows)}
    col_of = {t: c for c, t in enumerate(cols)}
    distance = {
        (m, t): abs(mine[m].start - theirs[t].start) + abs(mine[m].end - theirs[t].end)
        for m, t in edges
    }
    scale = sum(distance.values()) + 1
    weights = [[0] * len(cols) for _ in rows]
    for (m, t), far in distance.items():
        weights[row_of[m]][col_of[t]] = overlap(mine[m], theirs[t]) * scale - far
    return [(rows[r], cols[c]) for r, c in max_weight_assignment(weights)]


def exact_matches(
    mine: Sequence[ReviewClaim], theirs: Sequence[ReviewClaim]
) -> Counter[tuple[str, str]]:
    """Per (article, kind), how many claims both reviewers marked on exactly the same span.

    Counted as a multiset intersection, so two identical spans in one file
    match at most two in the other, never more.
    """
    ours = Counter((c.article, c.kind, c.start, c.end) for c in mine)
    other = Counter((c.article, c.kind, c.start, c.end) for c in theirs)
    shared: Counter[tuple[str, str]] = Counter()
    for (article, kind, _, _), count in (ours & other).items():
        shared[article, kind] += count
    return shared
