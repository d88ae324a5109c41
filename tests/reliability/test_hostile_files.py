"""Crafted project files: each is refused with a clear known error, and nothing else happens.

Why: project files travel between reviewers, so a file is untrusted input.
tests/storage/test_project_file.py covers the basic cases (empty, random
bytes, truncated header, another application, a newer version, an extra
trigger/view/table, an altered trigger, a smashed page).  This module adds the
cleverer attacks: triggers that would write to other tables, views shadowing
tables, virtual tables of other modules, expression indexes, sqlite_schema
edited with writable_schema, ATTACH, a folder or a symlink in place of the
file, a foreign -wal file, lying header fields, undecodable text, and old
files whose schema collides with what a migration creates.

Each case must give an `AnnotatorError` subclass whose message names the file,
never another exception, and the file (and any other file) must be left as it
was.  Cases that currently fail are marked `xfail(strict=True)` with the bug
and the recommended fix; they turn into failures once fixed, so the mark has
to be removed then.
"""

import hashlib
import shutil
import sqlite3
import struct
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from annotator.errors import (
    AnnotatorError,
    CorruptProjectError,
    NotAProjectError,
    ProjectError,
    ProjectInUseError,
    ProjectTooNewError,
)
from annotator.services.articles import get_article, import_drafts, list_articles
from annotator.services.claims import add_claim, delete_claim, list_claims
from annotator.services.integrity import check_project
from annotator.services.projects import create_project, open_project
from annotator.services.sources import create_source, list_sources
from annotator.storage.schema import APPLICATION_ID, SCHEMA_VERSION
from tests.helpers import sample_draft
from tests.reliability.figures import add

V1_FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "project-v1.sql"


@pytest.fixture(scope="module")
def good_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small healthy project (one article, two claims), closed and checkpointed."""
    path = tmp_path_factory.mktemp("good") / "good.claims"
    with create_project(path, name="Good", reviewer="Ann") as project:
        article_id = import_drafts(project, [sample_draft()]).value.added_article_ids[0]
        add_claim(project, article_id=article_id, start=5, end=10, kind="troops")
        add_claim(project, article_id=article_id, start=0, end=4, kind="statement")
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def crafted(good: Path, folder: Path, sql: list[str], *, writable_schema: bool = False) -> Path:
    """A copy of the good file with SQL applied by a plain sqlite3 connection (the attacker)."""
    add("hostile files tried")
    path = folder / "crafted.claims"
    shutil.copyfile(good, path)
    conn = sqlite3.connect(path)
    try:
        if writable_schema:
            conn.execute("PRAGMA writable_schema = ON")
        for statement in sql:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()
    return path


def v1_file(folder: Path, sql: list[str]) -> Path:
    """A version-1 project (from the migration fixture) with the attacker's SQL applied."""
    add("hostile files tried")
    path = folder / "old.claims"
    conn = sqlite3.connect(path)
    try:
        conn.executescript(V1_FIXTURE.read_text(encoding="utf-8"))
        for statement in sql:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()
    return path


def open_and_read(path: Path, *, read_only: bool, check: bool = False) -> None:
    """What a reviewer does with a file: open it, list articles and claims (and check it)."""
    with open_project(path, reviewer="Ann", read_only=read_only) as project:
        list_articles(project)
        list_claims(project)
        if check and (problems := check_project(project)):
            raise CorruptProjectError(path, "; ".join(problems))


def refused(path: Path, error: type[ProjectError], words: str, *, read_only: bool) -> None:
    """Opening (and reading) must raise exactly this known error, naming the file."""
    with pytest.raises(AnnotatorError) as caught:
        open_and_read(path, read_only=read_only)
    assert isinstance(caught.value, error), repr(caught.value)
    assert words in str(caught.value)
    assert str(path) in str(caught.value)


def table_rows(path: Path, table: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()


# -- schema objects that could run the author's SQL -------------------------------------

SCHEMA_ATTACKS: list[tuple[str, list[str], bool, str]] = [
    (
        "trigger-copies-claims-elsewhere",
        [
            "CREATE TRIGGER copy_claims AFTER INSERT ON claim BEGIN "
            "INSERT INTO tag (uuid, name, created_at) VALUES (NEW.uuid, NEW.exact, 0); END"
        ],
        False,
        "unexpected trigger 'copy_claims'",
    ),
    (
        "trigger-wipes-on-read-path",
        [
            "CREATE TRIGGER wipe BEFORE UPDATE ON reviewer BEGIN DELETE FROM verdict; "
            "DELETE FROM comment; END"
        ],
        False,
        "unexpected trigger 'wipe'",
    ),
    (
        "our-trigger-name-other-body",
        [
            "DROP TRIGGER article_text_immutable",
            "CREATE TRIGGER article_text_immutable AFTER INSERT ON event BEGIN "
            "DELETE FROM claim; END",
        ],
        False,
        "trigger 'article_text_immutable' has been altered",
    ),
    (
        "view-shadowing-a-table",
        [
            "ALTER TABLE tag RENAME TO tag_real",
            "CREATE VIEW tag AS SELECT id, uuid, name || ' (spoofed)' AS name, created_at "
            "FROM tag_real",
        ],
        False,
        "unexpected view 'tag'",
    ),
    (
        "rtree-virtual-table",
        ["CREATE VIRTUAL TABLE spatial USING rtree(id, x0, x1)"],
        False,
        "unexpected virtual table 'spatial'",
    ),
    (
        "fts5-content-pointing-elsewhere",
        [
            "DROP TABLE article_fts",
            "CREATE VIRTUAL TABLE article_fts USING fts5(title, text, content='comment', "
            "content_rowid='id', tokenize='unicode61')",
        ],
        False,
        "virtual table 'article_fts' has been altered",
    ),
    (
        "virtual-table-of-unknown-module",
        [
            "INSERT INTO sqlite_schema (type, name, tbl_name, rootpage, sql) VALUES "
            "('table', 'spy', 'spy', 0, 'CREATE VIRTUAL TABLE spy USING fileio(''/etc/passwd'')')"
        ],
        True,
        "unexpected virtual table 'spy'",
    ),
    (
        "expression-index",
        ["CREATE INDEX ix_lower_exact ON claim (lower(exact))"],
        False,
        "unexpected index 'ix_lower_exact'",
    ),
    (
        "our-index-name-with-an-expression",
        ["DROP INDEX ix_claim_kind", "CREATE INDEX ix_claim_kind ON claim (kind || exact)"],
        False,
        "index 'ix_claim_kind' has been altered",
    ),
    (
        "trigger-injected-with-writable-schema",
        [
            "INSERT INTO sqlite_schema (type, name, tbl_name, rootpage, sql) VALUES "
            "('trigger', 'ghost', 'claim', 0, 'CREATE TRIGGER ghost AFTER DELETE ON claim "
            "BEGIN DELETE FROM article; END')"
        ],
        True,
        "unexpected trigger 'ghost'",
    ),
]


@pytest.mark.parametrize(
    ("sql", "writable_schema", "words"),
    [case[1:] for case in SCHEMA_ATTACKS],
    ids=[case[0] for case in SCHEMA_ATTACKS],
)
@pytest.mark.parametrize("read_only", [False, True], ids=["writable", "read-only"])
def test_schema_objects_that_could_run_sql_are_refused(
    good_file: Path,
    tmp_path: Path,
    sql: list[str],
    writable_schema: bool,
    words: str,
    read_only: bool,
) -> None:
    path = crafted(good_file, tmp_path, sql, writable_schema=writable_schema)
    before = digest(path)
    sentinel = tmp_path / "elsewhere.txt"
    sentinel.write_text("untouched")
    refused(path, CorruptProjectError, words, read_only=read_only)
    assert digest(path) == before  # refused before anything ran or was written
    assert sentinel.read_text() == "untouched"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["crafted.claims", "elsewhere.txt"]


def test_foreign_trigger_in_an_old_file_is_refused_before_migrating(tmp_path: Path) -> None:
    path = v1_file(
        tmp_path, ["CREATE TRIGGER steal AFTER UPDATE ON project BEGIN DELETE FROM claim; END"]
    )
    claims = table_rows(path, "claim")
    refused(path, CorruptProjectError, "foreign trigger 'steal'", read_only=False)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1  # not migrated
    assert table_rows(path, "claim") == claims


def test_our_trigger_name_with_another_body_in_an_old_file(tmp_path: Path) -> None:
    """The pre-migration check looks at trigger names only; the body is caught after migrating.

    Today no migration step writes to a table, so the altered trigger cannot fire
    before the exact schema check refuses the file; this test keeps it that way.
    """
    path = v1_file(
        tmp_path,
        [
            "DROP TRIGGER IF EXISTS event_no_update",
            "CREATE TRIGGER event_no_update AFTER INSERT ON article BEGIN DELETE FROM claim; END",
        ],
    )
    claims, tags = table_rows(path, "claim"), table_rows(path, "tag")
    refused(
        path, CorruptProjectError, "trigger 'event_no_update' has been altered", read_only=False
    )
    assert (table_rows(path, "claim"), table_rows(path, "tag")) == (claims, tags)


# -- sqlite_schema edited so a table's SQL differs (same column names) --------------------

TABLE_SQL_BUG = (
    "schema.read_signature compares a table's column names only, not its SQL: defaults, "
    "CHECKs, collations and FOREIGN KEY actions of a crafted file are accepted. Fix in "
    "annotator/storage/schema.py (compare pragma_table_xinfo rows in full plus "
    "pragma_foreign_key_list, or the normalised CREATE TABLE text); see docs/reliability.md"
)


def test_table_with_altered_foreign_key_action_is_refused(good_file: Path, tmp_path: Path) -> None:
    """A cascade hidden in a table definition would make an ordinary delete erase evidence."""
    path = crafted(
        good_file,
        tmp_path,
        [
            "UPDATE sqlite_schema SET sql = replace(sql, "
            "'FOREIGN KEY(created_by) REFERENCES reviewer (id)', "
            "'FOREIGN KEY(created_by) REFERENCES claim (id) ON DELETE CASCADE') "
            "WHERE name = 'source'"
        ],
        writable_schema=True,
    )
    survivors: list[str | None] = []

    def use_it() -> None:
        with open_project(path, reviewer="Ann") as project:
            # What the file's author gets if it opens: deleting claim 1 deletes the sources
            # created by reviewer 1, through a cascade the app never defined.
            create_source(project, title="Evidence", url="https://example.org/e")
            delete_claim(project, 1)
            survivors.extend(s.title for s in list_sources(project))

    with pytest.raises(CorruptProjectError, match="source"):
        use_it()


def test_table_with_altered_default_is_refused(good_file: Path, tmp_path: Path) -> None:
    path = crafted(
        good_file,
        tmp_path,
        [
            "UPDATE sqlite_schema SET sql = replace(sql, 'status VARCHAR NOT NULL', "
            "'status VARCHAR NOT NULL CHECK (status <> ''verified'')') WHERE name = 'claim'"
        ],
        writable_schema=True,
    )
    refused(path, CorruptProjectError, "claim", read_only=True)


# -- connection-level guarantees --------------------------------------------------------


def test_attach_is_impossible_on_our_connections(good_file: Path, tmp_path: Path) -> None:
    """SQLITE_LIMIT_ATTACHED is 0: no SQL, of the file's or anyone's, can reach another file."""
    path = crafted(good_file, tmp_path, [])
    other = tmp_path / "other.db"
    with open_project(path, reviewer="Ann") as project:
        with (
            project.database.raw_connection() as conn,
            pytest.raises(sqlite3.OperationalError, match="too many attached"),
        ):
            conn.execute("ATTACH DATABASE ? AS elsewhere", (str(other),))
        with project.unit_of_work() as uow:
            driver = uow.connection.connection.driver_connection
            assert isinstance(driver, sqlite3.Connection)
            assert driver.getlimit(sqlite3.SQLITE_LIMIT_ATTACHED) == 0
            assert driver.execute("PRAGMA trusted_schema").fetchone()[0] == 0
            if hasattr(driver, "getconfig"):
                assert driver.getconfig(sqlite3.SQLITE_DBCONFIG_DEFENSIVE)
                assert not driver.getconfig(sqlite3.SQLITE_DBCONFIG_TRUSTED_SCHEMA)
            # Defensive mode: even the app's own connection cannot edit sqlite_schema.
            driver.execute("PRAGMA writable_schema = ON")
            with pytest.raises(sqlite3.DatabaseError):
                driver.execute("DELETE FROM sqlite_schema WHERE name = 'tag'")
    assert not other.exists()


# -- the file itself is not a plain project file ------------------------------------------


def test_a_folder_in_place_of_the_file(tmp_path: Path) -> None:
    add("hostile files tried")
    path = tmp_path / "folder.claims"
    path.mkdir()
    for read_only in (False, True):
        refused(path, NotAProjectError, "not a file", read_only=read_only)
    assert list(path.iterdir()) == []


def test_our_application_id_with_user_version_0(tmp_path: Path) -> None:
    add("hostile files tried")
    path = tmp_path / "v0.claims"
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("CREATE TABLE article (id INTEGER PRIMARY KEY)")
    for read_only in (False, True):
        refused(path, CorruptProjectError, "unknown schema version 0", read_only=read_only)


def test_our_identity_but_none_of_our_tables(tmp_path: Path) -> None:
    add("hostile files tried")
    path = tmp_path / "hollow.claims"
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("CREATE TABLE notes (body TEXT)")
    refused(path, CorruptProjectError, "table 'article' is missing", read_only=True)


def test_header_claiming_a_huge_page_count(good_file: Path, tmp_path: Path) -> None:
    path = crafted(good_file, tmp_path, [])
    data = bytearray(path.read_bytes())
    data[28:32] = struct.pack(">I", 0x7FFFFFFF)  # "in-header database size" in pages
    data[92:96] = data[24:28]  # marked valid for the current change counter
    path.write_bytes(bytes(data))
    for read_only in (False, True):  # the header says the file should be far longer
        refused(path, CorruptProjectError, "but its header counts", read_only=read_only)


def test_header_with_an_unknown_file_format_version(good_file: Path, tmp_path: Path) -> None:
    path = crafted(good_file, tmp_path, [])
    data = bytearray(path.read_bytes())
    data[44:48] = struct.pack(">I", 9)  # a schema format number SQLite does not know
    path.write_bytes(bytes(data))
    for read_only in (False, True):
        refused(path, CorruptProjectError, "unsupported file format", read_only=read_only)


def test_text_that_is_not_utf8(good_file: Path, tmp_path: Path) -> None:
    """Found by the fuzzer: sqlite3 raised its own OperationalError (now mapped)."""
    path = crafted(good_file, tmp_path, ["UPDATE claim SET exact = CAST(x'fffe41' AS TEXT)"])
    with pytest.raises(CorruptProjectError, match="not valid UTF-8"):
        open_and_read(path, read_only=True)


def test_malformed_value_in_a_typed_column(good_file: Path, tmp_path: Path) -> None:
    path = crafted(good_file, tmp_path, ["UPDATE article SET imported_at = 'garbage'"])
    with (
        open_project(path, read_only=True) as project,
        pytest.raises(CorruptProjectError, match="cannot read"),
    ):
        get_article(project, list_articles(project)[0].id)  # reads every column


def test_a_wal_file_of_another_database_beside_it(good_file: Path, tmp_path: Path) -> None:
    """SQLite cannot tell whose -wal it is; the damage must at least be found by `check`.

    Decision: a -wal left beside a file is replayed (that is crash recovery), so a
    foreign one mixes pages in.  The guarantee is that it never goes unnoticed:
    the open raises a known error, or `check_project` reports the damage.
    """
    add("hostile files tried")
    donor = tmp_path / "donor" / "donor.claims"
    donor.parent.mkdir()
    shutil.copyfile(good_file, donor)
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, sys\n"
            "from annotator.services.projects import open_project\n"
            "from annotator.services.claims import add_claim\n"
            "p = open_project(sys.argv[1], reviewer='X')\n"
            "for i in range(40):\n"
            "    add_claim(p, article_id=1, start=0, end=4 + i % 5, kind='troops')\n"
            "os._exit(0)  # leave the -wal behind, as a crash would\n",
            str(donor),
        ],
        check=True,
    )
    target = tmp_path / "target.claims"
    with create_project(target, name="Other", reviewer="Ann") as project:
        import_drafts(project, [sample_draft("An entirely different article text, 2026.")])
    shutil.copyfile(donor.with_name("donor.claims-wal"), target.with_name("target.claims-wal"))
    for read_only in (True, False):
        # check=True turns problems found by check_project into a CorruptProjectError.
        with pytest.raises(AnnotatorError) as caught:
            open_and_read(target, read_only=read_only, check=True)
        assert str(target) in str(caught.value)


SYMLINK_BUG = (
    "ProjectLock uses the path as given: two different symlinks (or a symlink and the "
    "real path) to one file get two lock files, so two writers can have one project "
    "open. Fix in annotator/storage/lock.py: lock_path(project.resolve())"
)


def test_a_symlink_does_not_bypass_the_writer_lock(good_file: Path, tmp_path: Path) -> None:
    """Decision: symlinks are followed (people keep projects in synced folders via links),
    but the one-writer rule must hold for the file, not for the name."""
    add("hostile files tried")
    real = tmp_path / "real.claims"
    shutil.copyfile(good_file, real)
    link = tmp_path / "link.claims"
    link.symlink_to(real)
    with open_project(real, reviewer="Ann"), pytest.raises(ProjectInUseError):
        open_project(link, reviewer="Ben").close()


def test_a_symlink_to_a_project_opens_it(good_file: Path, tmp_path: Path) -> None:
    add("hostile files tried")
    real = tmp_path / "real.claims"
    shutil.copyfile(good_file, real)
    link = tmp_path / "link.claims"
    link.symlink_to(real)
    with open_project(link, read_only=True) as project:
        assert len(list_claims(project)) == 2


# -- old files whose schema collides with what a migration creates -------------------------

MIGRATION_BUG = (
    "a version-1 file that already holds an object a migration step creates makes the "
    "step fail with sqlite3.OperationalError (SQLITE_ERROR 'already exists'), which "
    "escapes as a traceback. Fix in annotator/storage/database.py _check_and_upgrade: "
    "catch sqlite3.DatabaseError around migrate() and raise CorruptProjectError; see "
    "docs/reliability.md"
)


@pytest.mark.parametrize(
    "sql",
    [
        "CREATE TABLE detection_suppression (x)",
        "CREATE TABLE article_fts_data (x)",
        "CREATE INDEX ix_merge_provenance_entity ON claim (kind)",
    ],
    ids=["table", "fts-shadow-table", "index"],
)
@pytest.mark.parametrize("read_only", [False, True], ids=["writable", "read-only"])
def test_old_file_colliding_with_a_migration(tmp_path: Path, sql: str, read_only: bool) -> None:
    path = v1_file(tmp_path, [sql])
    refused(path, CorruptProjectError, "", read_only=read_only)


# -- the issue's list: each a distinct, clear error ----------------------------------------


def issue_cases(good: Path) -> dict[str, Callable[[Path], None]]:
    data = good.read_bytes()
    page = int.from_bytes(data[16:18], "big")

    def other_app(path: Path) -> None:
        with sqlite3.connect(path) as conn:
            conn.execute("PRAGMA application_id = 42")
            conn.execute("CREATE TABLE notes (body TEXT)")

    def newer(path: Path) -> None:
        path.write_bytes(data)
        with sqlite3.connect(path) as conn:
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")

    return {
        "random bytes": lambda p: p.write_bytes(bytes(range(256)) * 64),
        "truncated file": lambda p: p.write_bytes(data[: len(data) // 3]),
        "zero-length file": lambda p: p.write_bytes(b""),
        "another application's database": other_app,
        "a file from a newer version": newer,
        "right header, corrupt page": lambda p: p.write_bytes(
            data[: 3 * page] + b"\xa5" * page + data[4 * page :]
        ),
    }


def test_each_broken_file_of_the_issue_gives_a_distinct_clear_error(
    good_file: Path, tmp_path: Path
) -> None:
    errors: dict[str, tuple[type, str]] = {}
    for name, make in issue_cases(good_file).items():
        add("hostile files tried")
        path = tmp_path / f"{name.replace(' ', '-')}.claims"
        make(path)
        with pytest.raises(AnnotatorError) as caught:
            open_and_read(path, read_only=False, check=True)
        error = caught.value
        assert isinstance(error, ProjectError) and error.path == path, repr(error)
        errors[name] = (type(error), error.reason)
    assert errors["random bytes"][0] is NotAProjectError
    assert errors["zero-length file"][0] is NotAProjectError
    assert errors["another application's database"][0] is NotAProjectError
    assert errors["a file from a newer version"][0] is ProjectTooNewError
    assert errors["truncated file"][0] is CorruptProjectError
    assert errors["right header, corrupt page"][0] is CorruptProjectError
    assert len(set(errors.values())) == len(errors), errors  # no two read the same
