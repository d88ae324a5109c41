"""The project file: identity, durability settings, schema checks and clear errors."""

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from annotator.errors import (
    CorruptProjectError,
    NotAProjectError,
    ProjectExistsError,
    ProjectNotFoundError,
    ProjectTooNewError,
    ReadOnlyProjectError,
    ValidationError,
)
from annotator.project import Project
from annotator.services.claims import add_claim, list_claims
from annotator.services.projects import create_project, open_project, project_info
from annotator.storage.schema import APPLICATION_ID, SCHEMA_VERSION


def pragma(path: Path, name: str) -> object:
    with sqlite3.connect(path) as conn:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]


def test_new_file_identifies_itself(project: Project, project_path: Path) -> None:
    project.close()
    assert pragma(project_path, "application_id") == APPLICATION_ID
    assert pragma(project_path, "user_version") == SCHEMA_VERSION
    assert pragma(project_path, "journal_mode") == "wal"


def test_connections_are_durable_and_distrustful(project: Project) -> None:
    with project.database.raw_connection() as conn:
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA trusted_schema").fetchone()[0] == 0
    with project.unit_of_work() as uow:
        # synchronous=FULL (2): each commit is on disk before it returns.
        assert uow.connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2


def test_create_refuses_to_overwrite(project_path: Path) -> None:
    project_path.write_bytes(b"precious")
    with pytest.raises(ProjectExistsError):
        create_project(project_path, name="x", reviewer="Ann")
    assert project_path.read_bytes() == b"precious"


def test_create_leaves_no_partial_files(tmp_path: Path) -> None:
    create_project(tmp_path / "p.claims", name="P", reviewer="Ann").close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.claims"]


def test_round_trip_through_the_file(project: Project, project_path: Path, article_id: int) -> None:
    claim_id = add_claim(project, article_id=article_id, start=5, end=10, kind="troops").value
    project.close()
    with open_project(project_path, reviewer="Ben") as reopened:
        (claim,) = list_claims(reopened)
        assert (claim.id, claim.start, claim.end, claim.kind) == (claim_id, 5, 10, "troops")
        assert claim.created_by == "Ann"
        assert project_info(reopened).reviewers == 2


def write_foreign_database(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA application_id = 42")
        conn.execute("CREATE TABLE notes (body TEXT)")


@pytest.mark.parametrize(
    ("make", "error", "words"),
    [
        (lambda p: p.write_bytes(b""), NotAProjectError, "empty (0 bytes)"),
        (lambda p: p.write_bytes(os.urandom(4096)), NotAProjectError, "not a SQLite database"),
        (
            lambda p: p.write_bytes(b"SQLite format 3\x00" + b"\x00" * 20),
            CorruptProjectError,
            "truncated",
        ),
        (write_foreign_database, NotAProjectError, "another application"),
        (
            lambda p: sqlite3.connect(p).execute("CREATE TABLE t (x)").connection.close(),
            NotAProjectError,
            "another application",
        ),
    ],
    ids=["empty", "random-bytes", "truncated-header", "foreign-app", "plain-sqlite"],
)
def test_files_that_are_not_projects(tmp_path: Path, make, error, words) -> None:
    path = tmp_path / "bad.claims"
    make(path)
    with pytest.raises(error) as caught:
        open_project(path, reviewer="Ann")
    assert words in str(caught.value)
    assert str(path) in str(caught.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ProjectNotFoundError, match="no such file"):
        open_project(tmp_path / "nope.claims")


def test_newer_schema_is_refused(project: Project, project_path: Path) -> None:
    project.close()
    with sqlite3.connect(project_path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = hashlib.sha256(project_path.read_bytes()).hexdigest()
    for read_only in (False, True):
        with pytest.raises(ProjectTooNewError, match="newer Claim Annotator"):
            open_project(project_path, reviewer="Ann", read_only=read_only)
    assert hashlib.sha256(project_path.read_bytes()).hexdigest() == before


@pytest.mark.parametrize(
    ("sql", "words"),
    [
        (
            "CREATE TRIGGER evil AFTER INSERT ON claim BEGIN DELETE FROM article; END",
            "unexpected trigger 'evil'",
        ),
        ("CREATE VIEW spy AS SELECT * FROM article", "unexpected view 'spy'"),
        ("CREATE TABLE extra (x)", "unexpected table 'extra'"),
        ("DROP TRIGGER event_no_delete", "trigger 'event_no_delete' is missing"),
    ],
)
def test_tampered_schema_is_refused(
    project: Project, project_path: Path, sql: str, words: str
) -> None:
    project.close()
    with sqlite3.connect(project_path) as conn:
        conn.execute(sql)
    with pytest.raises(CorruptProjectError) as caught:
        open_project(project_path, reviewer="Ann")
    assert words in str(caught.value)


def test_altered_trigger_body_is_refused(project: Project, project_path: Path) -> None:
    project.close()
    with sqlite3.connect(project_path) as conn:
        conn.execute("DROP TRIGGER event_no_delete")
        conn.execute(
            "CREATE TRIGGER event_no_delete BEFORE DELETE ON event BEGIN DELETE FROM claim; END"
        )
    with pytest.raises(CorruptProjectError, match="trigger 'event_no_delete' has been altered"):
        open_project(project_path, reviewer="Ann")


def test_corrupt_page_gives_a_clear_error(
    project: Project, project_path: Path, article_id: int
) -> None:
    project.close()
    data = bytearray(project_path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for offset in range(page_size, len(data)):  # smash every page after the first
        data[offset] = 0xA5
    project_path.write_bytes(bytes(data))
    with pytest.raises(CorruptProjectError), open_project(project_path, reviewer="Ann") as opened:
        list_claims(opened)


def test_article_text_and_event_log_cannot_be_rewritten(project: Project, article_id: int) -> None:
    with pytest.raises(ValidationError, match="immutable"), project.unit_of_work() as uow:
        uow.connection.execute(text("UPDATE article SET text = 'x'"))
    with pytest.raises(ValidationError, match="append-only"), project.unit_of_work() as uow:
        uow.connection.execute(text("DELETE FROM event"))


def test_read_only_open_writes_nothing(
    project: Project, project_path: Path, article_id: int
) -> None:
    project.close()
    folder_before = sorted(p.name for p in project_path.parent.iterdir())
    digest_before = hashlib.sha256(project_path.read_bytes()).hexdigest()
    with open_project(project_path, read_only=True) as colleague:
        assert colleague.read_only
        assert project_info(colleague).articles == 1
        with pytest.raises(ReadOnlyProjectError):
            add_claim(colleague, article_id=article_id, start=0, end=4, kind="casualty")
        with pytest.raises(ReadOnlyProjectError), colleague.unit_of_work():
            pass
        # Even a raw connection refuses to write.
        with colleague.database.raw_connection() as conn, pytest.raises(sqlite3.Error):
            conn.execute("DELETE FROM claim")
        assert sorted(p.name for p in project_path.parent.iterdir()) == folder_before
    assert sorted(p.name for p in project_path.parent.iterdir()) == folder_before
    assert hashlib.sha256(project_path.read_bytes()).hexdigest() == digest_before
