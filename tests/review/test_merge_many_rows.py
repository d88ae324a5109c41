"""Merging and unmerging several articles and claims at once.  This folder's tests also run
with every bulk chunk two rows long (`chunk_sizes`), so here each read and write crosses
chunk boundaries: their articles, claims, verdicts and tags, my verdicts, the provenance
rows, the full-text index and the rows an unmerge deletes."""

from pathlib import Path

from annotator.changes import Action, Entity
from annotator.models import Article, Claim, MergeProvenance, Verdict
from annotator.project import Project
from annotator.review.compare import compare
from annotator.review.differences import DifferenceClass
from annotator.review.merge import accept_class, merge
from annotator.review.unmerge import unmerge
from annotator.services.articles import list_articles, search_articles
from annotator.services.claims import list_claims
from annotator.services.projects import open_project
from annotator.services.tags import add_tag
from annotator.services.verdicts import set_verdict, verdict_history
from tests.helpers import PLACES, add_place_articles, claim_on
from tests.review.builders import copy_for_colleague, row_counts

Side = tuple[Project, int]
MY_PHRASES = ("More than 13,000 people", "tens of thousands of troops", "officials said")
THEIR_PHRASES = ("the health ministry said", "General Ilse Varga", "Estrava has massed")


def _row_counts(project: Project) -> dict[str, int]:
    return row_counts(project, Article, Claim, Verdict, MergeProvenance)


def test_many_articles_and_claims_merge_and_unmerge_whole(mine: Side, theirs: Side) -> None:
    project, article = mine
    for phrase in MY_PHRASES:
        set_verdict(project, claim_on(project, article, phrase), "false", "mine")
    before = _row_counts(project)
    mine_before = [(c.uuid, c.verdict.rating if c.verdict else None) for c in list_claims(project)]
    colleague, shared_article = theirs
    add_place_articles(colleague)
    for phrase in THEIR_PHRASES:  # on the article we share, after their five
        add_tag(colleague, claim_on(colleague, shared_article, phrase, kind="statement"), "shared")
    colleague.close()

    comparison = compare(project, colleague.path)
    report = merge(project, comparison, accept_class(comparison, DifferenceClass.ONLY_THEIRS))

    assert sorted(a.title or "" for a in list_articles(project)) == sorted([*PLACES, "Talks stall"])
    claims = list_claims(project)
    theirs_merged = [c for c in claims if c.tags]
    assert len(theirs_merged) == 13
    assert {c.tags for c in theirs_merged} == {(place.lower(),) for place in PLACES} | {("shared",)}
    assert [c.article_id for c in theirs_merged if c.tags == ("shared",)] == [article] * 3
    assert all(c.verdict and c.verdict.rating == "true" for c in theirs_merged if c.verdict)
    assert sum(c.verdict is not None for c in theirs_merged) == 10
    assert [(c.uuid, c.verdict.rating if c.verdict else None) for c in claims if not c.tags] == (
        mine_before
    )
    for place in PLACES:  # each merged article is in the full-text index
        assert len(search_articles(project, place)) == 1, place
    after = _row_counts(project)
    assert after["article"] == before["article"] + 5
    assert after["claim"] == before["claim"] + 13
    assert after["merge_provenance"] > 13

    undone = unmerge(project, report.value.receipt)

    # the views hear that the article we share lost its merged claims
    assert article in undone.changes.ids(Entity.ARTICLE, Action.UPDATED)
    assert _row_counts(project) == before
    assert [(c.uuid, c.verdict.rating if c.verdict else None) for c in list_claims(project)] == (
        mine_before
    )
    assert all(search_articles(project, place) == [] for place in PLACES)


def test_verdicts_i_gave_since_the_comparison_are_not_taken_twice(
    mine: Side, tmp_path: Path
) -> None:
    project, article = mine
    ids = [claim_on(project, article, phrase) for phrase in (*MY_PHRASES, *THEIR_PHRASES)]
    for claim_id in ids:
        set_verdict(project, claim_id, "true", "mine")
    colleague = copy_for_colleague(project, tmp_path / "bob.claims", "Bob")
    for claim_id in ids:
        set_verdict(colleague, claim_id, "false", "Bob's view")
    colleague.close()
    with open_project(tmp_path / "mine.claims", reviewer="Ann") as project:
        comparison = compare(project, colleague.path)
        for claim_id in ids:  # I come round to their view before merging
            set_verdict(project, claim_id, "false", "on second thought")
        report = merge(project, comparison, accept_class(comparison, DifferenceClass.VERDICT))
        assert [o.skipped for o in report.value.outcomes] == [("verdict: already the same",)] * len(
            ids
        )
        for claim_id in ids:
            assert [v.rating for v in verdict_history(project, claim_id)] == ["true", "false"]
