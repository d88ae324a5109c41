"""Merging: each class, combinations, provenance, idempotence, undo, dry run, byte-identity."""

import hashlib
from pathlib import Path

import pytest

from annotator.changes import Entity
from annotator.domain import NormalizedValue
from annotator.errors import ReadOnlyProjectError
from annotator.models import Claim, MergeProvenance, Verdict
from annotator.project import Project
from annotator.review.compare import compare
from annotator.review.differences import Aspect, DifferenceClass
from annotator.review.merge import Decision, accept_class, combine, merge, take_theirs
from annotator.review.provenance import claim_provenance, record_provenance
from annotator.review.unmerge import unmerge
from annotator.services.articles import import_drafts, list_articles
from annotator.services.claims import (
    add_claim,
    delete_claim,
    get_claim,
    list_claims,
    restore_claim,
    update_claim,
)
from annotator.services.comments import add_comment, list_comments
from annotator.services.projects import open_project
from annotator.services.sources import attach_source, claim_sources, create_source, list_sources
from annotator.services.tags import add_tag
from annotator.services.verdicts import set_verdict, verdict_history
from tests.helpers import claim_on, sample_draft
from tests.review.builders import copy_for_colleague, row_counts

Side = tuple[Project, int]


def counts(project: Project) -> dict[str, int]:
    return row_counts(project, Claim, Verdict, MergeProvenance)


def state(project: Project) -> list[tuple[object, ...]]:
    """Everything a reviewer sees of the claims, to compare before/after an undo."""
    return [
        (
            c.uuid,
            c.start,
            c.end,
            c.kind,
            c.value,
            c.speaker,
            c.status,
            c.tags,
            c.verdict.rating if c.verdict else None,
            tuple((s.source.url, s.relation) for s in claim_sources(project, c.id)),
        )
        for c in list_claims(project)
    ]


@pytest.fixture
def rich_theirs(mine: Side, theirs: Side) -> tuple[Project, Path]:
    """Bob has one claim Ann lacks, with verdict history, a tag, a source and a comment."""
    colleague, article = theirs
    claim = claim_on(colleague, article, "tens of thousands of troops", kind="troops")
    set_verdict(colleague, claim, "mostly_true", "first look")
    set_verdict(colleague, claim, "true", "confirmed by two outlets")
    add_tag(colleague, claim, "border")
    source = create_source(colleague, url="https://example.org/report", title="Report").value
    attach_source(colleague, claim, source, "supports")
    add_comment(colleague, claim, "Numbers from Northwire")
    colleague.close()
    return mine[0], colleague.path


def test_only_theirs_copies_the_claim_with_everything_and_provenance(
    rich_theirs: tuple[Project, Path],
) -> None:
    project, their_path = rich_theirs
    comparison = compare(project, their_path)
    (difference,) = comparison.differences
    result = merge(project, comparison, [take_theirs(difference)])
    report = result.value
    assert report.outcomes[0].taken == ("claim", "verdict", "tags", "sources", "comments")
    assert report.created == {
        "claim": 1,
        "comment": 1,
        "source": 1,
        "source_link": 1,
        "tag": 1,
        "tag_link": 1,
        "verdict": 2,
    }
    (claim,) = list_claims(project)
    assert claim.uuid == difference.theirs.uuid  # kept, so the next compare pairs by uuid
    assert (claim.origin, claim.kind, claim.tags) == ("merged", "troops", ("border",))
    assert [v.rating for v in verdict_history(project, claim.id)] == ["mostly_true", "true"]
    assert [c.body for c in list_comments(project, claim.id)] == ["Numbers from Northwire"]
    assert [s.source.url for s in claim_sources(project, claim.id)] == [
        "https://example.org/report"
    ]
    assert result.changes.ids(Entity.CLAIM) == {claim.id}
    provenance = claim_provenance(project, claim.uuid)
    assert {p.entity for p in provenance} == {
        "claim",
        "verdict",
        "comment",
        "claim_tag",
        "claim_source",
    }
    assert {p.from_reviewer for p in provenance} == {"Bob"}
    assert {p.from_project_name for p in provenance} == {"Bob's desk"}
    assert {p.from_project_uuid for p in provenance} == {comparison.theirs.project_uuid}
    assert all(p.merged_by == "Ann" for p in provenance)
    line = next(p for p in provenance if p.entity == "claim").describe()
    assert line.startswith("claim taken from Bob's project 'Bob's desk' by Ann on ")
    (source,) = list_sources(project)
    assert [p.entity for p in record_provenance(project, source.uuid)] == ["source"]
    assert compare(project, their_path).counts()["same"] == 1


def test_merging_twice_adds_nothing(rich_theirs: tuple[Project, Path]) -> None:
    project, their_path = rich_theirs
    comparison = compare(project, their_path)
    decisions = accept_class(comparison, DifferenceClass.ONLY_THEIRS)
    merge(project, comparison, decisions)
    before = counts(project)
    again = merge(project, comparison, decisions).value
    assert again.created == {} and not again.receipt
    assert again.outcomes[0].skipped == ("already merged",)
    assert counts(project) == before
    # Even after I delete the merged claim, merging the same file again does not revive it.
    delete_claim(project, list_claims(project)[0].id)
    assert merge(project, comparison, decisions).value.created == {}
    assert list_claims(project) == []


def test_unmerge_restores_my_project_and_allows_merging_again(
    rich_theirs: tuple[Project, Path],
) -> None:
    project, their_path = rich_theirs
    before = (state(project), counts(project), list_sources(project))
    comparison = compare(project, their_path)
    report = merge(project, comparison, accept_class(comparison, DifferenceClass.ONLY_THEIRS)).value
    result = unmerge(project, report.receipt)
    assert result.value == 3  # the claim (with all that hangs on it), the source and the tag
    assert result.changes.ids(Entity.ARTICLE) == {list_articles(project)[0].id}
    assert (state(project), counts(project), list_sources(project)) == before
    assert merge(project, comparison, [take_theirs(comparison.differences[0])]).value.created


def test_articles_only_in_theirs_are_copied(mine: Side, theirs: Side) -> None:
    project = mine[0]
    colleague = theirs[0]
    text = "Officials said at least 21 civilians were killed near the river."
    new_article = import_drafts(colleague, [sample_draft(text, title="River")]).value
    add_claim(
        colleague, article_id=new_article.added_article_ids[0], start=15, end=36, kind="casualty"
    )
    colleague.close()
    comparison = compare(project, colleague.path)
    report = merge(project, comparison, accept_class(comparison, DifferenceClass.ONLY_THEIRS))
    assert report.value.outcomes[0].taken[:2] == ("article", "claim")
    titles = sorted(a.title or "" for a in list_articles(project))
    assert titles == ["River", "Talks stall"]
    (claim,) = list_claims(project)
    assert claim.exact == "at least 21 civilians"
    unmerge(project, report.value.receipt)
    assert [a.title for a in list_articles(project)] == ["Talks stall"]


@pytest.fixture
def derived(mine: Side, tmp_path: Path) -> tuple[Project, Path, dict[str, int]]:
    """Bob got a copy of Ann's file and changed one thing per claim."""
    project, article = mine
    ids = {
        "span": claim_on(project, article, "More than 13,000 people"),
        "kind": claim_on(project, article, "tens of thousands of troops", kind="troops"),
        "value": claim_on(project, article, "the health ministry said", kind="statement"),
        "verdict": claim_on(project, article, "General Ilse Varga", kind="statement"),
        "tags": claim_on(project, article, "officials said", kind="statement"),
        "status": claim_on(project, article, "Estrava has massed", kind="position"),
    }
    set_verdict(project, ids["verdict"], "true", "mine")
    colleague = copy_for_colleague(project, tmp_path / "bob.claims", "Bob")
    update_claim(colleague, ids["span"], start=78)
    update_claim(colleague, ids["kind"], kind="other_figure")
    update_claim(
        colleague, ids["value"], speaker="health ministry", value=NormalizedValue(note="anonymous")
    )
    set_verdict(colleague, ids["verdict"], "false", "Bob's view")
    add_tag(colleague, ids["tags"], "border")
    source = create_source(colleague, url="https://example.org/a").value
    attach_source(colleague, ids["tags"], source, "refutes")
    update_claim(colleague, ids["status"], status="verified")
    colleague.close()
    return open_project(tmp_path / "mine.claims", reviewer="Ann"), colleague.path, ids


def test_each_pair_class_taken(derived: tuple[Project, Path, dict[str, int]]) -> None:
    project, their_path, ids = derived
    with project:
        before = state(project)
        comparison = compare(project, their_path)
        decisions = [take_theirs(d) for d in comparison.differences]
        report = merge(project, comparison, decisions).value
        assert all(o.taken and not o.skipped for o in report.outcomes)
        assert (get_claim(project, ids["span"]).start, get_claim(project, ids["span"]).exact) == (
            78,
            "13,000 people",
        )
        assert get_claim(project, ids["kind"]).kind == "other_figure"
        value_claim = get_claim(project, ids["value"])
        assert value_claim.speaker == "health ministry"
        assert value_claim.value == NormalizedValue(note="anonymous")
        assert get_claim(project, ids["status"]).status == "verified"
        history = verdict_history(project, ids["verdict"])
        assert [(v.rating, v.rationale) for v in history] == [
            ("true", "mine"),
            ("false", "Bob's view"),
        ]
        assert get_claim(project, ids["tags"]).tags == ("border",)
        assert [(s.source.url, s.relation) for s in claim_sources(project, ids["tags"])] == [
            ("https://example.org/a", "refutes")
        ]
        took = {
            p.detail.get("took")
            for p in claim_provenance(project, get_claim(project, ids["span"]).uuid)
        }
        assert took == {"span"}
        assert compare(project, their_path).differences == ()
        again = merge(project, comparison, decisions).value
        assert again.created == {}
        unmerge(project, report.receipt)
        assert state(project) == before
        assert [v.rating for v in verdict_history(project, ids["verdict"])] == ["true"]


def test_combine_takes_their_sources_but_not_their_tags(
    derived: tuple[Project, Path, dict[str, int]],
) -> None:
    project, their_path, ids = derived
    with project:
        comparison = compare(project, their_path)
        (difference,) = comparison.of_class(DifferenceClass.TAGS_SOURCES)
        report = merge(project, comparison, [combine(difference, [Aspect.SOURCES])]).value
        assert report.outcomes[0].taken == ("sources",)
        claim = get_claim(project, ids["tags"])
        assert claim.tags == ()
        assert [s.source.url for s in claim_sources(project, claim.id)] == ["https://example.org/a"]


def test_accept_a_class_for_one_kind_only(derived: tuple[Project, Path, dict[str, int]]) -> None:
    project, their_path, ids = derived
    with project:
        comparison = compare(project, their_path)
        assert accept_class(comparison, DifferenceClass.VALUE, ["casualty"]) == []
        decisions = accept_class(comparison, DifferenceClass.VALUE, ["statement"])
        assert len(decisions) == 1
        merge(project, comparison, decisions)
        assert get_claim(project, ids["value"]).speaker == "health ministry"
        assert get_claim(project, ids["span"]).start == 68  # untouched


def test_dry_run_reports_the_same_and_writes_nothing(
    derived: tuple[Project, Path, dict[str, int]],
) -> None:
    project, their_path, _ = derived
    with project:
        comparison = compare(project, their_path)
        decisions = [take_theirs(d) for d in comparison.differences]
        before = (state(project), counts(project))
        dry = merge(project, comparison, decisions, dry_run=True)
        assert dry.value.dry_run and not dry.changes and not dry.value.receipt
        assert (state(project), counts(project)) == before
        real = merge(project, comparison, decisions).value
        assert dry.value.created == real.created
        assert dry.value.outcomes == real.outcomes


def test_a_claim_deleted_since_the_comparison_is_reported(
    derived: tuple[Project, Path, dict[str, int]],
) -> None:
    project, their_path, ids = derived
    with project:
        comparison = compare(project, their_path)
        delete_claim(project, ids["status"])
        (status,) = comparison.of_class(DifferenceClass.STATUS)
        outcome = merge(project, comparison, [take_theirs(status)]).value.outcomes[0]
        assert outcome.skipped == ("my claim is no longer in my project",)
        unknown = merge(project, comparison, [Decision("nope")]).value
        assert unknown.outcomes[0].skipped == ("no such difference",)


def files_of(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_the_colleagues_file_stays_byte_identical(
    rich_theirs: tuple[Project, Path], tmp_path: Path
) -> None:
    project, their_path = rich_theirs
    folder = their_path.parent
    before = files_of(folder)
    assert list(before) == ["bob.claims"]  # no -wal, -shm or lock beside it
    comparison = compare(project, their_path)
    assert files_of(folder) == before
    merge(project, comparison, accept_class(comparison, DifferenceClass.ONLY_THEIRS))
    merge(project, comparison, accept_class(comparison, DifferenceClass.ONLY_THEIRS), dry_run=True)
    assert files_of(folder) == before


def test_a_read_only_project_refuses_a_merge(rich_theirs: tuple[Project, Path]) -> None:
    project, their_path = rich_theirs
    with open_project(their_path, read_only=True) as colleague:
        comparison = compare(colleague, project.path)
        with pytest.raises(ReadOnlyProjectError):
            merge(colleague, comparison, [])


def test_a_merge_redone_after_a_deletion_undone_gives_the_same_ids(
    mine: Side, theirs: Side
) -> None:
    # The undo history's order (merge, delete, undo delete, undo merge, redo merge, redo
    # delete) needs the redone merge to give its claims the ids the first one gave.
    project, _article = mine
    colleague, article = theirs
    claim_on(colleague, article, "tens of thousands of troops", kind="troops")
    colleague.close()
    comparison = compare(project, colleague.path)
    decisions = accept_class(comparison, DifferenceClass.ONLY_THEIRS)
    first = merge(project, comparison, decisions).value
    (merged,) = [c.id for c in list_claims(project)]
    snapshot = delete_claim(project, merged).value
    restore_claim(project, snapshot)
    unmerge(project, first.receipt)
    merge(project, comparison, decisions)
    assert [c.id for c in list_claims(project)] == [merged]
    delete_claim(project, merged)  # the redone deletion finds its claim
