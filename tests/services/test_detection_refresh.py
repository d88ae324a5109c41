"""Refreshing detection: the detector's untouched suggestions are brought up to date or
withdrawn, and anything a reviewer touched is left exactly as it was."""

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.detection import DETECTOR_VERSION, detect
from annotator.errors import ReadOnlyProjectError
from annotator.project import Project
from annotator.services.backups import project_backups
from annotator.services.claims import update_claim
from annotator.services.comments import add_comment
from annotator.services.detection import detect_claims
from annotator.services.projects import open_project
from annotator.services.sources import attach_source, create_source
from annotator.services.tags import add_tag, remove_tag
from annotator.services.verdicts import retract_verdict, set_verdict
from tests.aged_suggestions import (
    OLD_RULE,
    OLD_VERSION,
    add_old_suggestion,
    age_suggestions,
    claim_rows,
    rows,
)
from tests.helpers import SAMPLE_TEXT


@pytest.fixture
def detected_path(project: Project, project_path: Path, article_id: int) -> Path:
    """A project file whose one article was detected and then aged, closed."""
    detect_claims(project)
    project.close()
    age_suggestions(project_path)
    return project_path


def reopen(path: Path) -> Project:
    return open_project(path, reviewer="Ann")


def test_refresh_brings_untouched_suggestions_up_to_date_in_place(detected_path: Path) -> None:
    before = claim_rows(detected_path)
    assert {row[5] for row in before.values()} == {OLD_VERSION}
    project = reopen(detected_path)
    try:
        plain = detect_claims(project).value
        assert plain.claims_refreshed == plain.claims_withdrawn == 0
        assert claim_rows(detected_path) == before  # without refresh nothing changes
        report = detect_claims(project, refresh=True).value
    finally:
        project.close()
    after = claim_rows(detected_path)
    assert after.keys() == before.keys()  # same ids
    assert report.claims_refreshed == len(before) and report.claims_withdrawn == 0
    assert report.claims_added == 0 and sorted(report.refreshed_claim_ids) == sorted(before)
    found = {(c.kind, c.start, c.end): c for c in detect(SAMPLE_TEXT)}
    for claim_id, (uuid, kind, start, end, rule, version, confidence, *_rest) in after.items():
        assert uuid == before[claim_id][0]
        current = found[(kind, start, end)]
        assert (rule, version, confidence) == (
            current.rule,
            DETECTOR_VERSION,
            pytest.approx(current.confidence),
        )
    (event,) = rows(detected_path, "SELECT data FROM event WHERE action = 'detected' ORDER BY id")[
        -1:
    ]
    assert json.loads(event[0]) == {
        "claims": 0,
        "detector": DETECTOR_VERSION,
        "refreshed": len(before),
        "withdrawn": 0,
    }


def test_refresh_withdraws_what_the_detector_no_longer_finds(
    detected_path: Path, article_id: int
) -> None:
    # An old suggestion that overlaps the casualty figure at a wrong span: the refresh
    # withdraws it, and the figure it stood in for comes back at its right span.
    casualty = next(row for row in claim_rows(detected_path).items() if row[1][1] == "casualty")
    casualty_id, (_, _, start, end, *_rest) = casualty
    with sqlite3.connect(detected_path) as connection:
        connection.execute("DELETE FROM claim WHERE id = ?", (casualty_id,))
    wrong = add_old_suggestion(detected_path, article_id, start, end - 3, "casualty")
    unfound = add_old_suggestion(detected_path, article_id, 0, 5, "troops")
    project = reopen(detected_path)
    try:
        report = detect_claims(project, refresh=True).value
    finally:
        project.close()
    after = claim_rows(detected_path)
    assert sorted(report.withdrawn_claim_ids) == sorted([wrong, unfound])
    assert wrong not in after and unfound not in after
    (back,) = [row for row in after.values() if row[1] == "casualty"]
    assert (back[2], back[3]) == (start, end) and back[5] == DETECTOR_VERSION
    assert report.claims_added == 1 and report.added_claim_ids[0] > max(wrong, unfound)
    withdrawn = rows(
        detected_path, "SELECT entity_uuid, data FROM event WHERE action = 'withdrawn' ORDER BY id"
    )
    assert [uuid for uuid, _ in withdrawn] == [f"old-{start}-{end - 3}", "old-0-5"]
    assert json.loads(withdrawn[1][1]) == {
        "kind": "troops",
        "start": 0,
        "end": 5,
        "exact": SAMPLE_TEXT[0:5],
        "rule": OLD_RULE,
        "found_by": OLD_VERSION,
        "withdrawn_by": DETECTOR_VERSION,
    }


def test_refresh_twice_changes_nothing_the_second_time(detected_path: Path) -> None:
    project = reopen(detected_path)
    try:
        detect_claims(project, refresh=True)
        first = claim_rows(detected_path)
        again = detect_claims(project, refresh=True).value
    finally:
        project.close()
    assert again.claims_refreshed == again.claims_withdrawn == again.claims_added == 0
    assert claim_rows(detected_path) == first


def _tag(project: Project, claim_id: int) -> None:
    add_tag(project, claim_id, "checked")


def _tag_and_untag(project: Project, claim_id: int) -> None:
    add_tag(project, claim_id, "checked")
    remove_tag(project, claim_id, "checked")


def _source(project: Project, claim_id: int) -> None:
    source_id = create_source(project, url="https://example.org/report").value
    attach_source(project, claim_id, source_id)


def _verdict(project: Project, claim_id: int) -> None:
    set_verdict(project, claim_id, "true")


def _verdict_taken_back(project: Project, claim_id: int) -> None:
    retract_verdict(project, set_verdict(project, claim_id, "true").value)


def _comment(project: Project, claim_id: int) -> None:
    add_comment(project, claim_id, "check the ministry's figure")


def _edited_and_undone(project: Project, claim_id: int) -> None:
    previous = update_claim(project, claim_id, speaker="Someone").value
    update_claim(project, claim_id, **previous)


def _status(project: Project, claim_id: int) -> None:
    update_claim(project, claim_id, status="in_review")


def _merged_record(project: Project, claim_id: int) -> None:
    (uuid,) = rows(project.path, "SELECT uuid FROM claim WHERE id = ?", claim_id)[0]
    with sqlite3.connect(project.path) as connection:
        connection.execute(
            "INSERT INTO merge_provenance (entity, entity_uuid, from_project_uuid, "
            "from_project_name, merged_at, detail) VALUES ('claim', ?, 'p', 'Bo', "
            "'2026-01-01 00:00:00.000000', '{}')",
            (uuid,),
        )


@pytest.mark.parametrize(
    "touch",
    [
        _tag,
        _tag_and_untag,
        _source,
        _verdict,
        _verdict_taken_back,
        _comment,
        _edited_and_undone,
        _status,
        _merged_record,
    ],
)
def test_refresh_leaves_touched_claims_alone(
    detected_path: Path, article_id: int, touch: Callable[[Project, int], None]
) -> None:
    before = claim_rows(detected_path)
    statement_id = next(i for i, row in before.items() if row[1] == "statement")
    # A touched suggestion at a span the detector no longer finds stays too.
    unfound = add_old_suggestion(detected_path, article_id, 0, 5, "troops")
    project = reopen(detected_path)
    try:
        touch(project, statement_id)
        touch(project, unfound)
        touched = claim_rows(detected_path)
        report = detect_claims(project, refresh=True).value
    finally:
        project.close()
    after = claim_rows(detected_path)
    assert after[statement_id] == touched[statement_id]
    assert after[unfound] == touched[unfound]
    assert statement_id not in report.refreshed_claim_ids
    assert report.withdrawn_claim_ids == []
    untouched = set(before) - {statement_id}
    assert set(report.refreshed_claim_ids) == untouched
    assert all(after[i][5] == DETECTOR_VERSION for i in untouched)


def test_refresh_keeps_manual_claims_and_takes_a_backup(detected_path: Path) -> None:
    with sqlite3.connect(detected_path) as connection:
        connection.execute("UPDATE claim SET origin = 'manual' WHERE kind = 'troops'")
    before = claim_rows(detected_path)
    project = reopen(detected_path)
    try:
        assert not any(b.tag == "refresh" for b in project_backups(detected_path))
        detect_claims(project, refresh=True)
    finally:
        project.close()
    troops = [i for i, row in before.items() if row[1] == "troops"]
    assert troops and all(claim_rows(detected_path)[i] == before[i] for i in troops)
    (backup,) = [b for b in project_backups(detected_path) if b.tag == "refresh"]
    backed_up = rows(backup.path, "SELECT DISTINCT detector_version FROM claim")
    assert backed_up == [(OLD_VERSION,)]


def test_refresh_refuses_a_read_only_project(detected_path: Path) -> None:
    before = claim_rows(detected_path)
    project = open_project(detected_path, read_only=True)
    try:
        with pytest.raises(ReadOnlyProjectError):
            detect_claims(project, refresh=True)
    finally:
        project.close()
    assert claim_rows(detected_path) == before


def test_cli_detect_refresh(detected_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    count = len(claim_rows(detected_path))
    assert main(["detect", str(detected_path), "--format", "json"]) == 0
    plain = json.loads(capsys.readouterr().out)
    assert plain["claims_refreshed"] == plain["claims_withdrawn"] == 0
    assert main(["detect", str(detected_path), "--refresh", "--format", "json"]) == 0
    refreshed = json.loads(capsys.readouterr().out)
    assert refreshed["claims_refreshed"] == count and refreshed["claims_withdrawn"] == 0
    assert {row[5] for row in claim_rows(detected_path).values()} == {DETECTOR_VERSION}
    assert main(["detect", str(detected_path), "--refresh", "--format", "text"]) == 0
    assert "0 suggestion(s) brought up to date, 0 withdrawn" in capsys.readouterr().out
