"""The agreement coefficients, written out so that each degenerate case is explicit.

Each is a few lines of counting; a library (scikit-learn, krippendorff) would
bring NumPy and larger installs for them and still leave us to decide the
degenerate cases.  Every function here is checked against hand-computed
values in tests/review/test_statistics.py.

Conventions (see docs/review.md):
* Precision, recall and F1 are None when their denominator is 0 (nothing to
  score), never 1.0 and never a division by zero.
* Cohen's kappa is None with no items, and when expected agreement is 1: both
  reviewers used one and the same category for every item, so chance explains
  everything and kappa is 0/0.  Observed agreement (then 1.0) is reported beside it.
* Krippendorff's alpha is None with fewer than two pairable values or when
  all values are the same category (no variation: disagreement 0/0).
"""

from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Scores:
    """Span-level agreement of `theirs` against `mine` as reference.

    matched / theirs is precision, matched / mine is recall, and F1 is
    2·matched / (mine + theirs), their harmonic mean (0 when nothing matched).
    """

    mine: int
    theirs: int
    matched: int
    precision: float | None
    recall: float | None
    f1: float | None


def scores(matched: int, mine: int, theirs: int) -> Scores:
    return Scores(
        mine=mine,
        theirs=theirs,
        matched=matched,
        precision=matched / theirs if theirs else None,
        recall=matched / mine if mine else None,
        f1=2 * matched / (mine + theirs) if mine + theirs else None,
    )


@dataclass(frozen=True, slots=True)
class Kappa:
    """Cohen's kappa with the figures it is made of."""

    value: float | None
    observed: float | None
    expected: float | None
    items: int


def cohen_kappa(pairs: Sequence[tuple[Hashable, Hashable]]) -> Kappa:
    """Kappa = (po - pe) / (1 - pe) over (mine, theirs) labels of the same items."""
    items = len(pairs)
    if not items:
        return Kappa(None, None, None, 0)
    observed = sum(1 for a, b in pairs if a == b) / items
    first = Counter(a for a, _ in pairs)
    second = Counter(b for _, b in pairs)
    expected = sum(first[c] * second[c] for c in first) / (items * items)
    value = None if expected == 1 else (observed - expected) / (1 - expected)
    return Kappa(value, observed, expected, items)


@dataclass(frozen=True, slots=True)
class Alpha:
    """Krippendorff's alpha with how much data it rests on."""

    value: float | None
    units: int  # units with at least two values (the others cannot be compared)
    values: int  # pairable values, n in Krippendorff's notation


def krippendorff_alpha_nominal(units: Iterable[Sequence[Hashable | None]]) -> Alpha:
    """Alpha for nominal data: 1 - (n - 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c·n_k.

    Each unit lists one value per coder, None where that coder gave none.  The
    coincidence matrix o counts, within each unit of m values, every ordered
    pair of values from different coders with weight 1 / (m - 1).
    """
    coincidences: dict[tuple[Hashable, Hashable], float] = defaultdict(float)
    pairable = 0
    for unit in units:
        present = Counter(value for value in unit if value is not None)
        m = sum(present.values())
        if m < 2:
            continue
        pairable += 1
        for c, count_c in present.items():
            for k, count_k in present.items():
                pairs = count_c * (count_k - 1) if c == k else count_c * count_k
                if pairs:
                    coincidences[c, k] += pairs / (m - 1)
    totals: dict[Hashable, float] = defaultdict(float)
    for (c, _), weight in coincidences.items():
        totals[c] += weight
    n = sum(totals.values())
    disagreeing = sum(weight for (c, k), weight in coincidences.items() if c != k)
    expected = n * n - sum(t * t for t in totals.values())
    if n < 2 or expected <= 1e-12:
        return Alpha(None, pairable, round(n))
    return Alpha(1 - (n - 1) * disagreeing / expected, pairable, round(n))
