"""The coefficients against values worked out by hand, degenerate cases included."""

import pytest

from annotator.review.statistics import cohen_kappa, krippendorff_alpha_nominal, scores


def test_scores_by_hand() -> None:
    # 3 of my 4 spans found among their 6: P = 3/6, R = 3/4, F1 = 6/10.
    result = scores(3, 4, 6)
    assert (result.precision, result.recall, result.f1) == (0.5, 0.75, 0.6)


def test_scores_degenerate() -> None:
    assert scores(0, 0, 0).f1 is None  # nothing to score: no 1.0, no ZeroDivisionError
    nothing_shared = scores(0, 3, 2)
    assert (nothing_shared.precision, nothing_shared.recall, nothing_shared.f1) == (0, 0, 0)
    only_mine = scores(0, 3, 0)
    assert (only_mine.precision, only_mine.recall, only_mine.f1) == (None, 0, 0)


def test_kappa_by_hand() -> None:
    # 10 items: 5 true-true, 1 true-false, 3 false-false, 1 false-true.
    # Mine 6 t / 4 f, theirs 6 t / 4 f.  po = 0.8; pe = 0.6*0.6 + 0.4*0.4 = 0.52;
    # kappa = (0.8 - 0.52) / 0.48 = 0.58333...
    pairs = [("t", "t")] * 5 + [("t", "f")] + [("f", "f")] * 3 + [("f", "t")]
    kappa = cohen_kappa(pairs)
    assert kappa.observed == pytest.approx(0.8)
    assert kappa.expected == pytest.approx(0.52)
    assert kappa.value == pytest.approx(0.28 / 0.48)


def test_kappa_identical_varied_labels_is_one() -> None:
    assert cohen_kappa([("a", "a"), ("b", "b"), ("c", "c")]).value == 1.0


def test_kappa_systematic_disagreement_is_negative() -> None:
    # po = 0, pe = 0.5 -> kappa = -1.
    assert cohen_kappa([("a", "b"), ("b", "a")]).value == pytest.approx(-1.0)


def test_kappa_degenerate() -> None:
    empty = cohen_kappa([])
    assert (empty.value, empty.observed, empty.items) == (None, None, 0)
    # Everyone said "true" every time: pe = 1, kappa = 0/0 -> None, observed 1.0.
    constant = cohen_kappa([("true", "true")] * 4)
    assert (constant.value, constant.observed, constant.expected) == (None, 1.0, 1.0)


def test_alpha_krippendorffs_published_example() -> None:
    # Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", 4 observers,
    # 12 units with missing values: nominal alpha = 0.743.
    n = None
    a = [1, 2, 3, 3, 2, 1, 4, 1, 2, n, n, n]
    b = [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, n, 3]
    c = [n, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, n]
    d = [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, n]
    alpha = krippendorff_alpha_nominal(list(zip(a, b, c, d, strict=True)))
    assert alpha.value == pytest.approx(0.743, abs=5e-4)
    assert (alpha.units, alpha.values) == (11, 40)  # unit 12 has one value: not pairable


def test_alpha_two_coders_by_hand() -> None:
    # Units (a,a) (a,b) (b,b): o_aa = 2, o_ab = o_ba = 1, o_bb = 2; n_a = n_b = 3, n = 6.
    # alpha = 1 - (n-1) * 2 / (36 - 18) = 1 - 5 * 2 / 18 = 4/9.
    alpha = krippendorff_alpha_nominal([("a", "a"), ("a", "b"), ("b", "b")])
    assert alpha.value == pytest.approx(4 / 9)


def test_alpha_degenerate() -> None:
    assert krippendorff_alpha_nominal([]).value is None
    assert krippendorff_alpha_nominal([("a", None), (None, "b")]).value is None  # nothing paired
    assert krippendorff_alpha_nominal([("a", "a"), ("a", "a")]).value is None  # no variation
    assert krippendorff_alpha_nominal([("a", "a"), ("b", "b")]).value == 1.0
