"""Sorting paired and unpaired claims into the classes of difference a reviewer acts on.

A pair can differ in several ways at once (a moved span and another verdict);
each way is its own `Difference` with a stable id, so the reviewer can take
the colleague's verdict and keep their own span, and can accept every
difference of one class at once.  A pair that differs in nothing is "same".
"""

from collections.abc import Sequence
from enum import StrEnum
from typing import NamedTuple

from annotator.review.matching import MatchBasis, Matching
from annotator.review.records import ReviewClaim


class DifferenceClass(StrEnum):
    """The classes of difference, in the order a review list shows them."""

    SPAN = "span"
    KIND = "kind"
    VALUE = "value"
    VERDICT = "verdict"
    TAGS_SOURCES = "tags_sources"
    STATUS = "status"
    ONLY_MINE = "only_mine"
    ONLY_THEIRS = "only_theirs"


class Aspect(StrEnum):
    """What a merge can take from the colleague's claim; "combine" picks some of them."""

    CLAIM = "claim"  # the whole claim, for "only theirs"
    SPAN = "span"
    KIND = "kind"
    VALUE = "value"
    STATUS = "status"
    VERDICT = "verdict"
    TAGS = "tags"
    SOURCES = "sources"
    COMMENTS = "comments"


# What "take theirs" means for each class; a combination takes a subset.
ASPECTS: dict[DifferenceClass, frozenset[Aspect]] = {
    DifferenceClass.SPAN: frozenset({Aspect.SPAN}),
    DifferenceClass.KIND: frozenset({Aspect.KIND}),
    DifferenceClass.VALUE: frozenset({Aspect.VALUE}),
    DifferenceClass.VERDICT: frozenset({Aspect.VERDICT}),
    DifferenceClass.TAGS_SOURCES: frozenset({Aspect.TAGS, Aspect.SOURCES}),
    DifferenceClass.STATUS: frozenset({Aspect.STATUS}),
    DifferenceClass.ONLY_MINE: frozenset(),  # nothing of theirs to take
    DifferenceClass.ONLY_THEIRS: frozenset(
        {Aspect.CLAIM, Aspect.VERDICT, Aspect.TAGS, Aspect.SOURCES, Aspect.COMMENTS}
    ),
}


class Pair(NamedTuple):
    """Two claims taken to be the same claim, with the ways they differ (none: "same")."""

    mine: ReviewClaim
    theirs: ReviewClaim
    basis: MatchBasis
    classes: tuple[DifferenceClass, ...]

    @property
    def same(self) -> bool:
        return not self.classes


class Difference(NamedTuple):
    """One difference a reviewer can act on.

    `id` is stable across comparisons of the same files (it is built from the
    claims' UUIDs), so a list can keep its selection after a re-compare.
    A named tuple, and descriptions computed on demand, because a comparison
    may hold a hundred thousand of them.
    """

    id: str
    category: DifferenceClass
    article: str  # text SHA-256
    mine: ReviewClaim | None
    theirs: ReviewClaim | None

    @property
    def mine_value(self) -> object:
        """What my claim says on this point (JSON-friendly, for display); None if I lack it."""
        return _describe_side(self.category, self.mine, self.theirs)

    @property
    def theirs_value(self) -> object:
        """What their claim says on this point; None if they lack the claim."""
        return _describe_side(self.category, self.theirs, self.mine)

    @property
    def kind(self) -> str:
        """The claim kind the difference is about (the colleague's for their claims)."""
        claim = self.theirs or self.mine
        assert claim is not None
        return claim.kind


def difference_id(category: DifferenceClass, mine: str | None, theirs: str | None) -> str:
    return f"{category.value}:{mine or '-'}:{theirs or '-'}"


def classify(mine: ReviewClaim, theirs: ReviewClaim) -> tuple[DifferenceClass, ...]:
    """Every class in which a pair differs, in display order (empty when the same)."""
    checks = (
        (DifferenceClass.SPAN, (mine.start, mine.end) != (theirs.start, theirs.end)),
        (DifferenceClass.KIND, mine.kind != theirs.kind),
        (DifferenceClass.VALUE, mine.value != theirs.value),
        (DifferenceClass.VERDICT, mine.verdict != theirs.verdict),
        (
            DifferenceClass.TAGS_SOURCES,
            mine.tags != theirs.tags or mine.sources != theirs.sources,
        ),
        (DifferenceClass.STATUS, mine.status != theirs.status),
    )
    return tuple(category for category, differs in checks if differs)


def describe(category: DifferenceClass, claim: ReviewClaim, other: ReviewClaim) -> object:
    """What `claim` says on the point where it differs from `other`, for display."""
    match category:
        case DifferenceClass.SPAN:
            return {"start": claim.start, "end": claim.end, "exact": claim.exact}
        case DifferenceClass.KIND:
            return claim.kind
        case DifferenceClass.VALUE:
            ours, theirs = claim.value_dict(), other.value_dict()
            return {name: value for name, value in ours.items() if value != theirs[name]}
        case DifferenceClass.VERDICT:
            return claim.verdict
        case DifferenceClass.TAGS_SOURCES:
            return {"tags": sorted(claim.tags), "sources": sorted(claim.sources)}
        case DifferenceClass.STATUS:
            return claim.status
        case _:
            return None


def _describe_side(
    category: DifferenceClass, claim: ReviewClaim | None, other: ReviewClaim | None
) -> object:
    if claim is None:
        return None
    if other is None:  # an unpaired claim is shown by its span
        return describe(DifferenceClass.SPAN, claim, claim)
    return describe(category, claim, other)


def _unpaired(category: DifferenceClass, claim: ReviewClaim) -> Difference:
    if category is DifferenceClass.ONLY_MINE:
        return Difference(
            difference_id(category, claim.uuid, None), category, claim.article, claim, None
        )
    return Difference(
        difference_id(category, None, claim.uuid), category, claim.article, None, claim
    )


def sort_differences(
    mine: Sequence[ReviewClaim], theirs: Sequence[ReviewClaim], matching: Matching
) -> tuple[list[Pair], list[Difference]]:
    """The pairs with their classes, and every difference in article and text order."""
    pairs: list[Pair] = []
    found: list[Difference] = []
    for match in matching.pairs:
        a, b = mine[match.mine], theirs[match.theirs]
        classes = classify(a, b)
        pairs.append(Pair(a, b, match.basis, classes))
        found.extend(
            Difference(difference_id(category, a.uuid, b.uuid), category, a.article, a, b)
            for category in classes
        )
    found.extend(_unpaired(DifferenceClass.ONLY_MINE, mine[i]) for i in matching.only_mine)
    found.extend(_unpaired(DifferenceClass.ONLY_THEIRS, theirs[i]) for i in matching.only_theirs)
    order = list(DifferenceClass)
    found.sort(key=lambda d: (d.article, _position(d), order.index(d.category)))
    return pairs, found


def _position(difference: Difference) -> tuple[int, int]:
    claim = difference.mine or difference.theirs
    assert claim is not None
    return claim.start, claim.end
