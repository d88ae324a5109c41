"""Pairing claims: UUID first, then one-to-one maximum overlap per article and kind."""

from annotator.review.matching import MatchBasis, exact_matches, match_claims, overlap_matches
from tests.review.builders import span


def test_uuid_pairs_hold_even_when_span_and_kind_moved() -> None:
    mine = [span(0, 10, uuid="u1")]
    theirs = [span(50, 60, "troops", uuid="u1")]
    matching = match_claims(mine, theirs)
    assert [(p.mine, p.theirs, p.basis) for p in matching.pairs] == [(0, 0, MatchBasis.UUID)]


def test_uuid_in_another_article_does_not_pair() -> None:
    matching = match_claims([span(0, 10, uuid="u1")], [span(0, 10, uuid="u1", article="b")])
    assert matching.pairs == () and matching.only_mine == (0,) and matching.only_theirs == (0,)


def test_overlap_only_within_article_and_kind() -> None:
    mine = [span(0, 10), span(20, 30, "troops")]
    theirs = [span(5, 15, "troops"), span(20, 30, article="b"), span(25, 35, "troops")]
    assert overlap_matches(mine, theirs) == [(1, 2)]


def test_uuid_pairs_first_then_overlap_for_the_rest() -> None:
    mine = [span(0, 10, uuid="u1"), span(0, 12, uuid="m2")]
    theirs = [span(0, 12, uuid="t2"), span(0, 10, uuid="u1")]
    matching = match_claims(mine, theirs)
    assert {(p.mine, p.theirs, p.basis) for p in matching.pairs} == {
        (0, 1, MatchBasis.UUID),
        (1, 0, MatchBasis.OVERLAP),
    }


def test_one_to_one_maximises_total_overlap_not_greedy() -> None:
    # A=[0,10) B=[8,12); X=[2,12) Y=[0,6).  Overlaps: A-X 8, A-Y 6, B-X 4, B-Y 0.
    # Greedy takes A-X (8) and leaves B alone: 8.  The optimum A-Y + B-X is 10.
    mine = [span(0, 10), span(8, 12)]
    theirs = [span(2, 12), span(0, 6)]
    assert overlap_matches(mine, theirs) == [(0, 1), (1, 0)]


def test_a_larger_overlap_beats_two_smaller_pairs_when_it_is_more() -> None:
    # A-X 9, A-Y 4, B-X 4, B-Y 0: A-X alone (9) beats A-Y + B-X (8); B stays unpaired.
    mine = [span(0, 10), span(0, 4)]
    theirs = [span(0, 9), span(6, 20)]
    assert overlap_matches(mine, theirs) == [(0, 0)]


def test_nested_spans_pair_with_their_exact_twins() -> None:
    # Mine: a sentence and a figure inside it; theirs: the same two.  Each outer span
    # overlaps both inner ones; ties in overlap go to the smallest boundary distance.
    mine = [span(0, 40), span(10, 20)]
    theirs = [span(10, 20), span(0, 40)]
    assert overlap_matches(mine, theirs) == [(0, 1), (1, 0)]


def test_nested_span_ties_prefer_the_closer_boundaries() -> None:
    # Their [0,10) overlaps my [0,10) and my [0,30) by 10 each: the exact twin wins.
    mine = [span(0, 30), span(0, 10)]
    theirs = [span(0, 10)]
    assert overlap_matches(mine, theirs) == [(1, 0)]


def test_chain_of_overlaps_is_one_component() -> None:
    mine = [span(0, 10), span(10, 20), span(20, 30)]
    theirs = [span(5, 15), span(15, 25), span(25, 35)]
    # Every claim overlaps its neighbours by 5: the best is three pairs of 5.
    assert overlap_matches(mine, theirs) == [(0, 0), (1, 1), (2, 2)]


def test_touching_spans_do_not_overlap() -> None:
    assert overlap_matches([span(0, 10)], [span(10, 20)]) == []


def test_exact_matches_are_a_multiset_intersection() -> None:
    mine = [span(0, 10, uuid="1"), span(0, 10, uuid="2"), span(20, 30, "troops")]
    theirs = [span(0, 10, uuid="3"), span(20, 30), span(20, 31, "troops")]
    assert exact_matches(mine, theirs) == {("a", "casualty"): 1}
