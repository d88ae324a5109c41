"""Claim ids for the lazy claims table: sort orders, ties and filters, in SQL."""

from annotator.project import Project
from annotator.services.claim_reading import ClaimFilter
from annotator.services.claims import add_claim, list_claim_ids
from tests.helpers import SAMPLE_TEXT, span_of


def _add(project: Project, article_id: int, phrase: str, kind: str) -> int:
    start, end = span_of(SAMPLE_TEXT, phrase)
    return add_claim(project, article_id=article_id, start=start, end=end, kind=kind).value


def test_sorts_by_position_text_and_kind_with_stable_ties(
    project: Project, article_id: int
) -> None:
    # Added out of text order, and two claims with the same quote (a tie on text).
    troops = _add(project, article_id, "tens of thousands of troops", "troops")
    toll = _add(project, article_id, "More than 13,000 people", "casualty")
    statement = _add(project, article_id, "the health ministry said", "statement")
    toll_again = _add(project, article_id, "More than 13,000 people", "casualty")
    everything = ClaimFilter()

    assert list(list_claim_ids(project, everything)) == [toll, toll_again, statement, troops]
    # Text ignores case; ties (the same quote) keep creation order.
    by_text = [toll, toll_again, troops, statement]
    assert list(list_claim_ids(project, everything, "text")) == by_text
    assert list(list_claim_ids(project, everything, "text", descending=True)) == by_text[::-1]
    # Kind ties keep the article position (the kind index holds it).
    by_kind = [toll, toll_again, statement, troops]
    assert list(list_claim_ids(project, everything, "kind")) == by_kind
    assert list(list_claim_ids(project, everything, "kind", descending=True)) == by_kind[::-1]
    only_casualties = ClaimFilter(kinds=("casualty",))
    assert list(list_claim_ids(project, only_casualties, "text")) == [toll, toll_again]
