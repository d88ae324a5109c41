"""Comparing my project with colleagues' files: pairs, differences and agreement.

Colleagues' files are opened with `read_only=True` only, which never changes
them or their folder (no -wal/-shm; older schemas migrate on a private copy).
"""

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from annotator.project import Project
from annotator.review.agreement import Agreement, measure
from annotator.review.differences import Difference, DifferenceClass, Pair, sort_differences
from annotator.review.loading import load_side
from annotator.review.matching import MatchBasis, match_claims
from annotator.review.records import Side
from annotator.review.statistics import Alpha, krippendorff_alpha_nominal
from annotator.services.projects import open_project


@dataclass(frozen=True, slots=True)
class Comparison:
    """Everything compare found between my file and one colleague's."""

    mine: Side
    theirs: Side
    pairs: tuple[Pair, ...]
    differences: tuple[Difference, ...]
    agreement: Agreement
    _by_id: dict[str, Difference] = field(default_factory=dict, repr=False, compare=False)

    def find(self, difference_id: str) -> Difference | None:
        """The difference with this id, or None if the comparison has none."""
        return self._by_id.get(difference_id)

    def of_class(
        self, category: DifferenceClass, kinds: Sequence[str] | None = None
    ) -> list[Difference]:
        """Every difference of one class, optionally only for some claim kinds."""
        return [
            d for d in self.differences if d.category is category and (not kinds or d.kind in kinds)
        ]

    def counts(self) -> dict[str, int]:
        """How many pairs are the same and how many differences each class has."""
        counted = Counter(d.category.value for d in self.differences)
        return {
            "same": sum(1 for p in self.pairs if p.same),
            **{c.value: counted.get(c.value, 0) for c in DifferenceClass},
        }


def compare_sides(mine: Side, theirs: Side) -> Comparison:
    """Match, sort and measure two loaded sides (pure: no file is touched)."""
    matching = match_claims(mine.claims, theirs.claims)
    pairs, differences = sort_differences(mine.claims, theirs.claims, matching)
    articles = {**theirs.articles, **mine.articles}
    # Without UUID pairs the review pairing is exactly the span-metric pairing: reuse it.
    by_overlap = all(p.basis is MatchBasis.OVERLAP for p in matching.pairs)
    overlapping = [(p.mine, p.theirs) for p in matching.pairs] if by_overlap else None
    return Comparison(
        mine=mine,
        theirs=theirs,
        pairs=tuple(pairs),
        differences=tuple(differences),
        agreement=measure(mine.claims, theirs.claims, pairs, differences, articles, overlapping),
        _by_id={d.id: d for d in differences},
    )


def load_colleague(path: Path | str) -> Side:
    """A colleague's file as light records, opened read-only (never changed)."""
    with open_project(path, read_only=True) as theirs:
        return load_side(theirs)


def compare(project: Project, theirs_path: Path | str) -> Comparison:
    """Compare my open project with a colleague's file."""
    return compare_sides(load_side(project), load_colleague(theirs_path))


@dataclass(frozen=True, slots=True)
class GroupComparison:
    """My file against several colleagues': one comparison each, and alpha across all."""

    comparisons: tuple[Comparison, ...]
    verdict_alpha: Alpha


def compare_many(project: Project, theirs_paths: Sequence[Path | str]) -> GroupComparison:
    """Compare my project with each colleague's file, and measure alpha across all of them."""
    mine = load_side(project)
    comparisons = tuple(compare_sides(mine, load_colleague(path)) for path in theirs_paths)
    return GroupComparison(comparisons, verdict_alpha_across(mine, comparisons))


def verdict_alpha_across(mine: Side, comparisons: Sequence[Comparison]) -> Alpha:
    """Krippendorff's alpha on verdicts, one unit per claim of mine.

    My file is the reference: each colleague's verdict on a unit is the verdict
    of the claim paired with mine; claims no one paired with mine have a single
    value and could not count anyway, except when two colleagues share a claim
    I lack, which this reference-based view leaves out (see docs/review.md).
    """
    theirs_by_mine = [
        {p.mine.uuid: p.theirs.verdict for p in comparison.pairs} for comparison in comparisons
    ]
    return krippendorff_alpha_nominal(
        [claim.verdict, *(verdicts.get(claim.uuid) for verdicts in theirs_by_mine)]
        for claim in mine.claims
    )
