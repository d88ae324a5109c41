"""A deleted claim's id is never handed out again, so undoing the deletion always works,
whatever ran in between (detection, an import, a refresh, a new claim)."""

import sqlite3
from pathlib import Path

from annotator.exchange.export import export_to_file
from annotator.exchange.native_import import import_native
from annotator.project import Project
from annotator.services.articles import import_drafts
from annotator.services.claims import add_claim, delete_claim, list_claims, restore_claim
from annotator.services.detection import detect_claims
from annotator.services.projects import create_project
from tests.helpers import SAMPLE_TEXT, sample_draft


def newest_claim_id(project: Project) -> int:
    return max(c.id for c in list_claims(project))


def test_detection_after_deleting_the_newest_claim_leaves_its_id_free(
    project: Project, article_id: int
) -> None:
    detect_claims(project)
    newest = newest_claim_id(project)
    snapshot = delete_claim(project, newest).value
    second = import_drafts(project, [sample_draft(SAMPLE_TEXT + " More.", title="2")]).value
    added = detect_claims(project, second.added_article_ids).value.added_claim_ids
    assert added and min(added) == newest + 1
    assert restore_claim(project, snapshot).value == newest  # the undo still works
    assert newest in {c.id for c in list_claims(project)}


def test_a_new_claim_or_a_refresh_never_takes_a_deleted_id(
    project: Project, project_path: Path, article_id: int
) -> None:
    detect_claims(project)
    newest = newest_claim_id(project)
    delete_claim(project, newest)
    manual = add_claim(project, article_id=article_id, start=0, end=4, kind="casualty").value
    assert manual == newest + 1
    delete_claim(project, manual)
    with sqlite3.connect(project_path) as connection:
        stored = connection.execute(
            "SELECT value FROM project_setting WHERE key = 'claims.highest_deleted_id'"
        ).fetchall()
    assert stored == [(str(manual),)]
    report = detect_claims(project, refresh=True).value
    assert all(claim_id > manual for claim_id in report.added_claim_ids)


def test_an_import_into_the_project_never_takes_a_deleted_id(
    project: Project, article_id: int, tmp_path: Path
) -> None:
    other_path = tmp_path / "other.claims"
    with create_project(other_path, name="Other", reviewer="Bo") as other:
        import_drafts(other, [sample_draft("Another text: 40 soldiers were killed.", title="O")])
        detect_claims(other)
        export_to_file(other, tmp_path / "other.json")
    detect_claims(project)
    newest = newest_claim_id(project)
    snapshot = delete_claim(project, newest).value
    before = {c.id for c in list_claims(project)}
    import_native(project, tmp_path / "other.json")
    imported = {c.id for c in list_claims(project)} - before
    assert imported and min(imported) > newest
    assert restore_claim(project, snapshot).value == newest
