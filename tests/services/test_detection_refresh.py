"""Refreshing detection: the detector's untouched suggestions are brought up to date or
withdrawn, and anything a reviewer touched is left exactly as it was."""

import json
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from annotator.changes import Action, Entity
from annotator.cli import main
from annotator.detection import DETECTOR_VERSION, detect
from annotator.errors import ReadOnlyProjectError
from annotator.exchange.export import export_to_file
from annotator.exchange.native_import import import_as_new_project
from annotator.project import Project
from annotator.services.articles import import_drafts
from annotator.services.backups import project_backups
from annotator.services.claims import list_claims, update_claim
from annotator.services.comments import add_comment
from annotator.services.detection import DetectionReport, detect_claims
from annotator.services.projects import open_project
from annotator.services.sources import attach_source, create_source
from annotator.services.suggestions import outdated_suggestion_count
from annotator.services.tags import add_tag, remove_tag
from annotator.services.verdicts import retract_verdict, set_verdict
from tests.aged_suggestions import (
    OLD_CONFIDENCE,
    OLD_RULE,
    OLD_VERSION,
    add_old_suggestion,
    age_suggestions,
    claim_rows,
)
from tests.helpers import SAMPLE_TEXT, file_rows, sample_draft


@pytest.fixture
def detected_path(project: Project, project_path: Path, article_id: int) -> Path:
    """A project file whose one article was detected and then aged, closed."""
    detect_claims(project)
    project.close()
    age_suggestions(project_path)
    return project_path


def reopen(path: Path) -> Project:
    return open_project(path, reviewer="Ann")


def refreshed(path: Path) -> DetectionReport:
    """Open the file, run a refreshing detection over it, close it: what it reported."""
    project = reopen(path)
    try:
        return detect_claims(project, refresh=True).value
    finally:
        project.close()


def test_refresh_brings_untouched_suggestions_up_to_date_in_place(detected_path: Path) -> None:
    before = claim_rows(detected_path)
    assert {row[5] for row in before.values()} == {OLD_VERSION}
    stamps = "SELECT id, created_at, updated_at, updated_by FROM claim ORDER BY id"
    stamped = file_rows(detected_path, stamps)
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
    for claim_id, row in after.items():
        uuid, kind, start, end, rule, version, confidence, value_min, speaker, *_rest = row
        assert uuid == before[claim_id][0]
        current = found[(kind, start, end)]
        assert (rule, version, confidence, value_min, speaker) == (
            current.rule,
            DETECTOR_VERSION,
            pytest.approx(current.confidence),
            current.value.min if current.value else None,
            current.speaker or current.actor,
        )
    # The times stay as detected (a refreshed suggestion is still one no reviewer
    # changed), and each claim's own event says what changed, from what.
    assert file_rows(detected_path, stamps) == stamped
    casualty_id = next(i for i, row in before.items() if row[1] == "casualty")
    (refreshed,) = file_rows(
        detected_path,
        "SELECT data FROM event WHERE action = 'refreshed' AND entity_uuid = ?",
        before[casualty_id][0],
    )
    assert json.loads(refreshed[0]) == {
        "detector": DETECTOR_VERSION,
        "changed": {
            "rule": [OLD_RULE, found[before[casualty_id][1:4]].rule],
            "detector_version": [OLD_VERSION, DETECTOR_VERSION],
            "confidence": [OLD_CONFIDENCE, found[before[casualty_id][1:4]].confidence],
            "value_min": [13001.0, 13000.0],
        },
    }
    (event,) = file_rows(
        detected_path, "SELECT data FROM event WHERE action = 'detected' ORDER BY id"
    )[-1:]
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
    with closing(sqlite3.connect(detected_path)) as connection, connection:
        connection.execute("DELETE FROM claim WHERE id = ?", (casualty_id,))
    wrong = add_old_suggestion(detected_path, article_id, start, end - 3, "casualty")
    unfound = add_old_suggestion(detected_path, article_id, 0, 5, "troops")
    report = refreshed(detected_path)
    after = claim_rows(detected_path)
    assert sorted(report.withdrawn_claim_ids) == sorted([wrong, unfound])
    assert wrong not in after and unfound not in after
    (back,) = [row for row in after.values() if row[1] == "casualty"]
    assert (back[2], back[3]) == (start, end) and back[5] == DETECTOR_VERSION
    assert report.claims_added == 1 and report.added_claim_ids[0] > max(wrong, unfound)
    withdrawn = file_rows(
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


def test_refresh_withdraws_every_suggestion_it_no_longer_finds(
    detected_path: Path, article_id: int
) -> None:
    unfound = [
        add_old_suggestion(detected_path, article_id, start, start + 4, "troops")
        for start in (0, 5, 10, 20, 30)
    ]
    report = refreshed(detected_path)
    assert sorted(report.withdrawn_claim_ids) == unfound
    assert not set(unfound) & set(claim_rows(detected_path))
    withdrawn = file_rows(detected_path, "SELECT entity_uuid FROM event WHERE action = 'withdrawn'")
    assert sorted(uuid for (uuid,) in withdrawn) == sorted(
        f"old-{start}-{start + 4}" for start in (0, 5, 10, 20, 30)
    )


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
    (uuid,) = file_rows(project.path, "SELECT uuid FROM claim WHERE id = ?", claim_id)[0]
    with closing(sqlite3.connect(project.path)) as connection, connection:
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
    with closing(sqlite3.connect(detected_path)) as connection, connection:
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
    backed_up = file_rows(backup.path, "SELECT DISTINCT detector_version FROM claim")
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


#: Marks a file can carry with no event naming the claim (an export brings rows and
#: times but no event log): each keeps the claim out of a refresh.  `{id}` is the claim.
T = "'2026-01-01 00:00:00.000000'"
MARKS_WITHOUT_EVENTS = {
    "tag": [
        f"INSERT INTO tag (id, uuid, name, created_at) VALUES ({{n}}, 't{{n}}', 'x{{n}}', {T})",
        f"INSERT INTO claim_tag (claim_id, tag_id, added_at) VALUES ({{id}}, {{n}}, {T})",
    ],
    "source": [
        f"INSERT INTO source (id, uuid, url, created_at, updated_at) "
        f"VALUES ({{n}}, 's{{n}}', 'u', {T}, {T})",
        f"INSERT INTO claim_source (claim_id, source_id, relation, added_at) "
        f"VALUES ({{id}}, {{n}}, 'supports', {T})",
    ],
    "verdict": [
        f"INSERT INTO verdict (uuid, claim_id, rating, rationale, created_at) "
        f"VALUES ('v{{n}}', {{id}}, 'true', '', {T})",
    ],
    "comment": [
        f"INSERT INTO comment (uuid, claim_id, body, created_at, updated_at) "
        f"VALUES ('c{{n}}', {{id}}, 'check', {T}, {T})",
    ],
    "status": ["UPDATE claim SET status = 'verified' WHERE id = {id}"],
    "edited after it was made": [
        "UPDATE claim SET speaker = 'Corrected', updated_at = '2027-01-01 00:00:00.000000' "
        "WHERE id = {id}"
    ],
    "suppressed span": [
        'INSERT INTO detection_suppression (article_id, kind, start, "end", reason, created_at)'
        f" SELECT article_id, kind, start, \"end\", 'deleted', {T} FROM claim WHERE id = {{id}}"
    ],
}


@pytest.mark.parametrize("mark", sorted(MARKS_WITHOUT_EVENTS))
def test_marks_in_the_file_alone_keep_a_claim_out_of_a_refresh(
    detected_path: Path, article_id: int, mark: str
) -> None:
    unfound = add_old_suggestion(detected_path, article_id, 0, 5, "troops")
    statement_id = next(i for i, row in claim_rows(detected_path).items() if row[1] == "statement")
    with closing(sqlite3.connect(detected_path)) as connection, connection:
        for claim_id in (statement_id, unfound):
            for sql in MARKS_WITHOUT_EVENTS[mark]:
                connection.execute(sql.format(id=claim_id, n=claim_id + 90))
    marked = claim_rows(detected_path)
    report = refreshed(detected_path)
    after = claim_rows(detected_path)
    assert after[statement_id] == marked[statement_id] and after[unfound] == marked[unfound]
    assert {statement_id, unfound}.isdisjoint(report.refreshed_claim_ids)
    assert report.withdrawn_claim_ids == []


def test_an_edit_brought_by_an_export_survives_a_refresh(
    project: Project, article_id: int, tmp_path: Path
) -> None:
    detect_claims(project)
    statement = next(c for c in list_claims(project) if c.kind == "statement")
    update_claim(project, statement.id, speaker="Corrected Speaker")
    exported = tmp_path / "export.json"
    export_to_file(project, exported)  # without the event log, the default
    copy, _report = import_as_new_project(tmp_path / "copy.claims", exported, reviewer="Bo")
    try:
        before = claim_rows(copy.path)
        report = detect_claims(copy, refresh=True).value
        after = claim_rows(copy.path)
    finally:
        copy.close()
    (copied,) = [i for i, row in before.items() if row[8] == "Corrected Speaker"]
    assert after[copied] == before[copied]
    assert copied not in report.refreshed_claim_ids + report.withdrawn_claim_ids


def test_refresh_is_limited_to_the_articles_given(project: Project, project_path: Path) -> None:
    ids = import_drafts(
        project, [sample_draft(), sample_draft(SAMPLE_TEXT + " Again.", title="Two")]
    ).value.added_article_ids
    detect_claims(project)
    project.close()
    age_suggestions(project_path)
    project = reopen(project_path)
    try:
        result = detect_claims(project, [ids[0]], refresh=True)
    finally:
        project.close()
    versions = file_rows(project_path, "SELECT DISTINCT article_id, detector_version FROM claim")
    assert sorted(versions) == [(ids[0], DETECTOR_VERSION), (ids[1], OLD_VERSION)]
    refreshed = result.value.refreshed_claim_ids
    assert refreshed and result.changes.ids(Entity.CLAIM, Action.UPDATED) == set(refreshed)
    assert result.changes.ids(Entity.ARTICLE, Action.UPDATED) == {ids[0]}


def test_a_second_copy_at_one_span_is_withdrawn_once(detected_path: Path) -> None:
    casualty_id = next(i for i, row in claim_rows(detected_path).items() if row[1] == "casualty")
    with closing(sqlite3.connect(detected_path)) as connection, connection:
        columns = [r[1] for r in connection.execute("PRAGMA table_info(claim)") if r[1] != "id"]
        copied = ", ".join(f'"{c}"' if c != "uuid" else "'copy'" for c in columns)
        listed = ", ".join(f'"{c}"' for c in columns)
        connection.execute(
            f"INSERT INTO claim ({listed}) SELECT {copied} FROM claim WHERE id = {casualty_id}"
        )
    project = reopen(detected_path)
    try:
        first = detect_claims(project, refresh=True)
        second = detect_claims(project, refresh=True).value
    finally:
        project.close()
    (copy_id,) = first.value.withdrawn_claim_ids
    assert copy_id > casualty_id and casualty_id in first.value.refreshed_claim_ids
    assert first.changes.ids(Entity.CLAIM, Action.DELETED) == {copy_id}
    assert second.claims_refreshed == second.claims_withdrawn == second.claims_added == 0


def test_a_refreshed_suggestion_can_be_refreshed_again(detected_path: Path) -> None:
    # Its own "refreshed" event does not make it touched: a later detector or
    # vocabulary reaches it too.
    count = len(claim_rows(detected_path))
    assert refreshed(detected_path).claims_refreshed == count
    age_suggestions(detected_path)
    assert refreshed(detected_path).claims_refreshed == count


def test_the_outdated_suggestions_are_counted_as_a_refresh_would_reach_them(
    detected_path: Path,
) -> None:
    count = len(claim_rows(detected_path))
    project = reopen(detected_path)
    try:
        assert outdated_suggestion_count(project) == count
        statement = next(c for c in list_claims(project) if c.kind == "statement")
        add_tag(project, statement.id, "checked")  # touched: a refresh leaves it
        assert outdated_suggestion_count(project) == count - 1
        detect_claims(project, refresh=True)
        assert outdated_suggestion_count(project) == 0
    finally:
        project.close()
