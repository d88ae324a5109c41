"""Bulk imports: a rollback journal for the file's only user (the CLI), indexes built after.

`ProjectDatabase.bulk_unit_of_work` leaves WAL for the length of one import so
that each page is written once.  These tests check what ends up in the file:
the rows of a good import, the exact previous content and schema (indexes
included) after an import that fails late or whose process dies mid-way, WAL
switched back on in every case, and the plain WAL path when another
connection keeps the file open.  `indexes_built_after` drops and rebuilds the
claim indexes only for an empty claim table, and rebuilds them even when the
import fails; `RowInserter`'s shared columns store what bound values would.
"""

import json
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection

from annotator.errors import ImportFormatError, StorageError
from annotator.importing.drafts import ArticleDraft, SpanDraft
from annotator.project import Project
from annotator.services.articles import import_drafts, import_files, list_articles, search_articles
from annotator.services.claims import add_claim, list_claims
from annotator.services.integrity import check_project
from annotator.services.projects import create_project, open_project
from annotator.storage import database
from annotator.storage.bulk import RowInserter, indexes_built_after
from annotator.tables import claim_t
from tests.helpers import sample_draft

REPO = Path(__file__).resolve().parents[2]
ARTICLES = 600  # some 3 MB of text: more than SQLite's page cache, so pages reach the file


def article_text(number: int) -> str:
    """A distinct text of about 5 KB that starts with a troop count."""
    body = f"Officials said {number} soldiers crossed the river near Vantor. " * 80
    return f"Report {number}. {body}"


def corpus_line(number: int, **fields: Any) -> str:
    record = {
        "id": f"a{number}",
        "title": f"Report {number}",
        "text": article_text(number),
        "spans": [{"start": 0, "end": 6, "label": "other_figure"}],
    }
    return json.dumps({**record, **fields}) + "\n"


def drafts(first: int, count: int) -> Iterator[ArticleDraft]:
    for number in range(first, first + count):
        yield sample_draft(
            article_text(number),
            title=f"Report {number}",
            external_id=f"a{number}",
            spans=(SpanDraft(0, 6, "other_figure"),),
        )


def snapshot(path: Path) -> dict[str, Any]:
    """Everything an import may touch, read straight from the file: schema, indexes, rows."""
    with closing(sqlite3.connect(path)) as conn:
        return {
            "journal": conn.execute("PRAGMA journal_mode").fetchone()[0],
            "schema": conn.execute(
                "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY name"
            ).fetchall(),
            "indexes": {
                table: conn.execute(f"PRAGMA index_list({table})").fetchall()
                for table in ("article", "claim", "event")
            },
            "rows": {
                table: conn.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
                for table in ("article", "claim", "event", "reviewer")
            },
            "integrity": conn.execute("PRAGMA integrity_check").fetchall(),
        }


@pytest.fixture
def started(tmp_path: Path) -> Path:
    """A project file with one article in it, closed."""
    path = tmp_path / "bulk.claims"
    project = create_project(path, name="Bulk", reviewer="Ann")
    import_drafts(project, [sample_draft()])
    project.close()
    return path


def test_a_sole_user_import_writes_every_row_and_leaves_wal_on(started: Path) -> None:
    corpus = started.with_name("corpus.jsonl")
    corpus.write_text("".join(corpus_line(n) for n in range(1, ARTICLES + 1)), encoding="utf-8")
    journal, wal = (started.with_name(started.name + end) for end in ("-journal", "-wal"))
    seen: list[tuple[bool, bool]] = []

    def watch(done: int, total: int | None) -> None:
        seen.append((journal.exists(), wal.exists()))

    with open_project(started, reviewer="Ann") as project:
        report = import_files(project, [corpus], watch, sole_user=True).value
        assert seen[-1] == (True, False)  # the rows went through a rollback journal
        assert not journal.exists()
        assert len(report.added_article_ids) == ARTICLES
        assert report.claims_added == ARTICLES
        assert sorted(search_articles(project, "Vantor")) == report.added_article_ids
        assert check_project(project) == []
    after = snapshot(started)
    assert after["journal"] == "wal"
    assert after["integrity"] == [("ok",)]
    assert len(after["rows"]["article"]) == ARTICLES + 1
    claims = after["rows"]["claim"]
    assert len(claims) == ARTICLES
    assert claims[-1][2:6] == (ARTICLES + 1, 0, 6, "Report")  # article, start, end, exact


@pytest.mark.parametrize("sole_user", [True, False], ids=["rollback-journal", "wal"])
def test_an_import_failing_late_leaves_the_file_as_it_was(started: Path, sole_user: bool) -> None:
    before = snapshot(started)
    corpus = started.with_name("corpus.jsonl")
    lines = [corpus_line(n) for n in range(1, ARTICLES + 1)]
    lines[-1] = corpus_line(ARTICLES, spans=[{"start": 0}])
    corpus.write_text("".join(lines), encoding="utf-8")
    with open_project(started, reviewer="Ann") as project:
        with pytest.raises(ImportFormatError, match=rf"^corpus\.jsonl line {ARTICLES}: missing"):
            import_files(project, [corpus], sole_user=sole_user)
        assert search_articles(project, "Vantor") == []
    assert snapshot(started) == before  # rows, schema and indexes; back in WAL mode
    assert not started.with_name(started.name + "-journal").exists()
    with open_project(started, reviewer="Ann") as project:
        assert check_project(project) == []
        # And the project takes the same import once the line is fixed.
        lines[-1] = corpus_line(ARTICLES)
        corpus.write_text("".join(lines), encoding="utf-8")
        report = import_files(project, [corpus], sole_user=sole_user).value
        assert len(report.added_article_ids) == ARTICLES


_DYING_IMPORT = """
import os, sys
from annotator.services.articles import import_drafts
from annotator.services.projects import open_project
from annotator.storage import database
from tests.storage.test_bulk_transaction import drafts

def tiny_cache(conn, *, writable):  # every page changed soon reaches the file, old ones too
    configure(conn, writable=writable)
    conn.execute("PRAGMA cache_size = 10")

configure, database.configure_connection = database.configure_connection, tiny_cache

def die_late(done, total):
    if done >= {articles} - 100:
        os._exit(9)  # no rollback, no cleanup: as if the power went

project = open_project(sys.argv[1], reviewer="Ann")
import_drafts(project, drafts(1, {articles}), die_late, sole_user=True)
"""


def test_a_sole_user_import_killed_mid_way_is_rolled_back_by_the_next_open(
    started: Path,
) -> None:
    before = snapshot(started)
    size = started.stat().st_size
    dying = subprocess.run(
        [sys.executable, "-c", _DYING_IMPORT.format(articles=ARTICLES), str(started)],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert dying.returncode == 9, dying.stderr
    journal = started.with_name(started.name + "-journal")
    assert journal.stat().st_size > 0  # a hot journal...
    assert started.stat().st_size > size  # ...and pages of the unfinished import in the file

    # A read-only open reads a rolled-back copy and leaves the file and journal alone.
    with open_project(started, read_only=True) as viewer:
        assert [article.title for article in list_articles(viewer)] == ["Talks stall"]
        assert check_project(viewer) == []
    assert journal.exists()
    assert started.stat().st_size > size

    with open_project(started, reviewer="Ann") as project:  # rolls the file back
        assert check_project(project) == []
    assert not journal.exists()
    assert snapshot(started) == before


def test_another_open_connection_makes_it_an_ordinary_wal_transaction(started: Path) -> None:
    with closing(sqlite3.connect(started)) as other:  # a reader that keeps the file open
        other.execute("SELECT count(*) FROM article").fetchone()
        with open_project(started, reviewer="Ann") as project:
            report = import_drafts(project, drafts(1, 20), sole_user=True).value
            assert len(report.added_article_ids) == 20
            assert started.with_name(started.name + "-wal").exists()
        assert other.execute("SELECT count(*) FROM article").fetchone()[0] == 21
    assert snapshot(started)["journal"] == "wal"


def claim_indexes(connection: Connection) -> list[tuple[str, str]]:
    return sorted(
        (row[0], row[1])
        for row in connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'claim'"
        )
    )


def test_indexes_of_an_empty_table_are_built_after_the_block(project: Project) -> None:
    with project.unit_of_work() as uow:
        before = claim_indexes(uow.connection)
        assert len(before) == 4  # the uuid constraint's and three of ours
        with indexes_built_after(uow.connection, claim_t):
            assert claim_indexes(uow.connection) == before[-1:]  # the unique one stays
        assert claim_indexes(uow.connection) == before
        with pytest.raises(RuntimeError), indexes_built_after(uow.connection, claim_t):
            raise RuntimeError("a failed import")
        assert claim_indexes(uow.connection) == before  # never left without them


def test_indexes_of_a_table_with_rows_stay_in_place(project: Project, article_id: int) -> None:
    add_claim(project, article_id=article_id, start=0, end=5, kind="troops")
    with project.unit_of_work() as uow:
        before = claim_indexes(uow.connection)
        with indexes_built_after(uow.connection, claim_t):
            assert claim_indexes(uow.connection) == before


def test_shared_columns_are_stored_as_if_bound_with_every_row(
    project: Project, article_id: int
) -> None:
    when = datetime(2026, 1, 2, 3, 4, 5, 678901, tzinfo=UTC)
    with project.unit_of_work() as uow:
        inserter = RowInserter(
            uow.connection,
            claim_t,
            ("uuid", "article_id", "start", "end", "exact", "prefix", "suffix", "kind"),
            shared={
                "approx": True,
                "status": "unreviewed",
                "origin": "imported",
                "speaker": "O'Brien; DROP TABLE claim; --",  # quoted by the dialect
                "confidence": 0.25,
                "created_by": None,
                "created_at": when,
                "updated_by": uow.reviewer_id,
                "updated_at": when,
            },
        )
        inserter.insert([(f"u{n}", article_id, n, n + 3, "abc", "", "", "troops") for n in (0, 5)])
    with closing(sqlite3.connect(project.path)) as conn:
        rows = conn.execute(
            "SELECT uuid, start, approx, status, speaker, confidence, created_by, created_at,"
            " typeof(created_at), updated_by FROM claim ORDER BY start"
        ).fetchall()
    stamp = "2026-01-02 03:04:05.678901"  # what SQLAlchemy binds for an aware UTC datetime
    shared = (1, "unreviewed", "O'Brien; DROP TABLE claim; --", 0.25, None, stamp, "text", 1)
    assert rows == [("u0", 0, *shared), ("u5", 5, *shared)]
    assert list_claims(project)[0].created_at == when  # read back as the same moment


def test_a_shared_value_that_has_no_literal_is_refused(project: Project) -> None:
    with project.unit_of_work() as uow, pytest.raises(TypeError, match="speaker"):
        RowInserter(uow.connection, claim_t, ("uuid",), shared={"speaker": b"bytes"})


def test_a_full_disk_mid_import_is_reported_as_such_and_changes_nothing(
    started: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(started)
    corpus = started.with_name("corpus.jsonl")
    corpus.write_text("".join(corpus_line(n) for n in range(1, ARTICLES + 1)), encoding="utf-8")
    configure = database.configure_connection

    def capped(conn: sqlite3.Connection, *, writable: bool) -> None:
        configure(conn, writable=writable)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages + 200}")  # some 800 KB to grow

    with open_project(started, reviewer="Ann") as project:
        monkeypatch.setattr(database, "configure_connection", capped)
        with pytest.raises(StorageError, match="the disk is full"):
            import_files(project, [corpus], sole_user=True)
        monkeypatch.setattr(database, "configure_connection", configure)
    assert snapshot(started) == before  # indexes included, WAL back on
