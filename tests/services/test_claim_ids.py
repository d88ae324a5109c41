"""A deleted claim's id is never handed out again, so undoing the deletion always works,
whatever ran in between (detection, an import, a refresh, a new claim)."""

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from annotator.exchange.export import export_to_file
from annotator.exchange.native_import import import_native
from annotator.project import Project
from annotator.services.articles import delete_article, import_drafts
from annotator.services.claims import (
    ClaimSnapshot,
    add_claim,
    delete_claim,
    list_claims,
    restore_claim,
)
from annotator.services.detection import detect_claims
from annotator.services.projects import create_project, open_project
from tests.helpers import SAMPLE_TEXT, file_rows, sample_draft


def newest_claim_id(project: Project) -> int:
    return max(c.id for c in list_claims(project))


@pytest.fixture
def newest_deleted(project: Project, article_id: int) -> tuple[int, ClaimSnapshot]:
    """The article detected, then its newest claim deleted: its id and the snapshot that
    undoing the deletion puts back."""
    detect_claims(project)
    newest = newest_claim_id(project)
    return newest, delete_claim(project, newest).value


def test_detection_after_deleting_the_newest_claim_leaves_its_id_free(
    project: Project, newest_deleted: tuple[int, ClaimSnapshot]
) -> None:
    newest, snapshot = newest_deleted
    second = import_drafts(project, [sample_draft(SAMPLE_TEXT + " More.", title="2")]).value
    added = detect_claims(project, second.added_article_ids).value.added_claim_ids
    assert added and min(added) == newest + 1
    assert restore_claim(project, snapshot).value == newest  # the undo still works
    assert newest in {c.id for c in list_claims(project)}


def test_the_highest_deleted_id_is_kept_in_the_file(
    project: Project, project_path: Path, article_id: int
) -> None:
    detect_claims(project)
    newest = newest_claim_id(project)
    delete_claim(project, newest)
    # A new claim is an edit on the undo history: it may take the freed id, since undo
    # takes it back before the deletion is undone.
    manual = add_claim(project, article_id=article_id, start=0, end=4, kind="casualty").value
    assert manual == newest
    delete_claim(project, manual)
    delete_claim(project, newest - 1)  # a lower id leaves the floor where it is
    stored = file_rows(project_path, "SELECT table_name, highest_id FROM deleted_id_floor")
    assert stored == [("claim", newest)]


def test_a_refresh_never_takes_a_deleted_id(
    project: Project, project_path: Path, article_id: int
) -> None:
    detect_claims(project)
    casualty = next(c for c in list_claims(project) if c.kind == "casualty")
    newest = newest_claim_id(project)
    assert casualty.id != newest
    snapshot = delete_claim(project, newest).value
    project.close()
    # The figure as an older detector spanned it, untouched: the refresh withdraws it
    # and adds the figure at its right span, above every id deleted so far.
    with closing(sqlite3.connect(project_path)) as connection, connection:
        connection.execute('UPDATE claim SET "end" = "end" - 3 WHERE id = ?', (casualty.id,))
    reopened = open_project(project_path, reviewer="Ann")
    try:
        report = detect_claims(reopened, refresh=True).value
        assert report.withdrawn_claim_ids == [casualty.id]
        assert report.added_claim_ids == [newest + 1]
        assert restore_claim(reopened, snapshot).value == newest
    finally:
        reopened.close()


def test_an_article_import_with_spans_never_takes_a_deleted_id(
    project: Project, newest_deleted: tuple[int, ClaimSnapshot]
) -> None:
    newest, snapshot = newest_deleted
    draft = sample_draft("Two more soldiers died.", title="Spans", spans=[(0, 20, "troops")])
    import_drafts(project, [draft])
    imported = [c.id for c in list_claims(project) if c.exact == "Two more soldiers di"]
    assert imported == [newest + 1]
    assert restore_claim(project, snapshot).value == newest


def test_deleting_an_article_keeps_its_claims_ids_from_detection(
    project: Project, article_id: int
) -> None:
    second = import_drafts(project, [sample_draft(SAMPLE_TEXT + " Two.", title="2")]).value
    detect_claims(project)
    highest = newest_claim_id(project)
    delete_article(project, second.added_article_ids[0])
    third = import_drafts(project, [sample_draft(SAMPLE_TEXT + " Three.", title="3")]).value
    added = detect_claims(project, third.added_article_ids).value.added_claim_ids
    assert added and min(added) == highest + 1


def test_an_import_into_the_project_never_takes_a_deleted_id(
    project: Project, newest_deleted: tuple[int, ClaimSnapshot], tmp_path: Path
) -> None:
    other_path = tmp_path / "other.claims"
    with create_project(other_path, name="Other", reviewer="Bo") as other:
        import_drafts(other, [sample_draft("Another text: 40 soldiers were killed.", title="O")])
        detect_claims(other)
        export_to_file(other, tmp_path / "other.json")
    newest, snapshot = newest_deleted
    before = {c.id for c in list_claims(project)}
    import_native(project, tmp_path / "other.json")
    imported = {c.id for c in list_claims(project)} - before
    assert imported and min(imported) > newest
    assert restore_claim(project, snapshot).value == newest
