"""The project file's identity and schema: version numbers, extra DDL, and the schema check.

The tables themselves are the SQLModel classes in `annotator.models`; this
module adds what SQLAlchemy cannot express (triggers, full-text index) and
knows the exact set of objects a healthy file must contain, so that a file
from elsewhere is checked before it is trusted.
"""

import re
import sqlite3
from dataclasses import dataclass
from functools import cache

from sqlalchemy.dialects.sqlite import dialect as sqlite_dialect
from sqlalchemy.schema import CreateIndex, CreateTable
from sqlmodel import SQLModel

import annotator.models  # noqa: F401  (registers the tables on SQLModel.metadata)

# "ClAn" in ASCII: PRAGMA application_id of every Claim Annotator project file.
APPLICATION_ID = 0x436C416E

# PRAGMA user_version of files this version writes.  Bump it with every schema
# change and add a step to `annotator.storage.migrations.MIGRATIONS`.
SCHEMA_VERSION = 7

# The oldest schema version the migration ladder can still upgrade.
MIN_SCHEMA_VERSION = 1

# Objects created by us beyond the SQLModel tables.  Written as plain SQL so the
# same text can be used by a new file and by the migration that introduced it.
IMMUTABILITY_TRIGGERS: tuple[str, ...] = (
    """CREATE TRIGGER article_text_immutable BEFORE UPDATE OF text ON article
       WHEN NEW.text IS NOT OLD.text
       BEGIN SELECT RAISE(ABORT, 'article text is immutable'); END""",
    """CREATE TRIGGER event_no_update BEFORE UPDATE ON event
       BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END""",
    """CREATE TRIGGER event_no_delete BEFORE DELETE ON event
       BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END""",
)

# The full-text index over article titles and texts.  It is an external-content
# FTS5 table kept up to date by `annotator.storage.fulltext`, not by triggers:
# with trusted_schema=OFF SQLite (rightly) refuses triggers that write to
# virtual tables, and the article text never changes after import anyway.
FULL_TEXT_INDEX: tuple[str, ...] = (
    """CREATE VIRTUAL TABLE article_fts USING fts5(
         title, text, content='article', content_rowid='id', tokenize='unicode61')""",
)


def table_ddl() -> list[str]:
    """CREATE TABLE and CREATE INDEX statements for every SQLModel table, in dependency order."""
    dialect = sqlite_dialect()
    statements: list[str] = []
    for table in SQLModel.metadata.sorted_tables:
        statements.append(str(CreateTable(table).compile(dialect=dialect)))
        statements.extend(
            str(CreateIndex(index).compile(dialect=dialect))
            for index in sorted(table.indexes, key=lambda index: str(index.name))
        )
    return statements


def create_current_schema(conn: sqlite3.Connection) -> None:
    """Create every table, index and trigger of the current schema on an empty database.

    Runs inside the caller's transaction; the caller sets user_version last.
    """
    for statement in table_ddl() + list(IMMUTABILITY_TRIGGERS + FULL_TEXT_INDEX):
        conn.execute(statement)


@dataclass(frozen=True, slots=True)
class SchemaSignature:
    """What a file's sqlite_schema holds, reduced to names so two files can be compared."""

    # (table, (columns, foreign keys)): each column as (name, type, not null, default,
    # primary key, hidden) and each foreign key as SQLite reports it, so a crafted
    # file cannot change a default, a key or an ON DELETE action under a known name.
    tables: frozenset[
        tuple[str, tuple[tuple[tuple[object, ...], ...], tuple[tuple[object, ...], ...]]]
    ]
    indexes: frozenset[tuple[str, str]]  # (name, normalised SQL)
    triggers: frozenset[tuple[str, str]]  # (name, normalised SQL): the body matters, not the name
    views: frozenset[tuple[str, str]]
    virtual_tables: frozenset[tuple[str, str]]  # (name, normalised SQL): the module matters
    definitions: frozenset[tuple[str, str]]  # (table, normalised CREATE TABLE): CHECKs too


def _normalise_sql(sql: str | None) -> str:
    """SQL text with layout removed (whitespace folded, none beside brackets and commas).

    Formatting alone never differs, while any change to a table's definition
    (a CHECK, a COLLATE, a default, a key) does.  Migrations must therefore leave
    each table's text equal to a fresh create once normalised: rebuild a table
    rather than ALTER it when its definition changes.
    """
    folded = " ".join((sql or "").split())
    return _LAYOUT.sub(lambda m: m.group(1), folded)


_LAYOUT = re.compile(r"\s*([(),])\s*")


def read_signature(conn: sqlite3.Connection) -> SchemaSignature:
    """Read the schema objects of an open database without trusting any of them."""
    rows = conn.execute("SELECT type, name, sql FROM sqlite_schema").fetchall()
    tables: set[
        tuple[str, tuple[tuple[tuple[object, ...], ...], tuple[tuple[object, ...], ...]]]
    ] = set()
    indexes: set[tuple[str, str]] = set()
    triggers: set[tuple[str, str]] = set()
    views: set[tuple[str, str]] = set()
    virtual_tables: set[tuple[str, str]] = set()
    definitions: set[tuple[str, str]] = set()
    for kind, name, sql in rows:
        if name.startswith("sqlite_"):  # SQLite's own: sqlite_sequence, sqlite_stat1, autoindexes
            continue
        if kind == "table" and _normalise_sql(sql).upper().startswith("CREATE VIRTUAL TABLE"):
            # Never ask SQLite about a virtual table before its module is known to be ours.
            virtual_tables.add((name, _normalise_sql(sql)))
        elif kind == "table":
            columns = tuple(
                (row[1], str(row[2]).upper(), row[3], row[4], row[5], row[6])
                for row in conn.execute("SELECT * FROM pragma_table_xinfo(?)", (name,))
            )
            keys = tuple(
                sorted(
                    tuple(row[2:])
                    for row in conn.execute("SELECT * FROM pragma_foreign_key_list(?)", (name,))
                )
            )
            tables.add((name, (columns, keys)))
            definitions.add((name, _normalise_sql(sql)))
        elif kind == "index":
            indexes.add((name, _normalise_sql(sql)))
        elif kind == "trigger":
            triggers.add((name, _normalise_sql(sql)))
        elif kind == "view":
            views.add((name, _normalise_sql(sql)))
    return SchemaSignature(
        frozenset(tables),
        frozenset(indexes),
        frozenset(triggers),
        frozenset(views),
        frozenset(virtual_tables),
        frozenset(definitions),
    )


@cache
def expected_signature() -> SchemaSignature:
    """The signature of a brand-new file of the current version, built once in memory."""
    conn = sqlite3.connect(":memory:")
    try:
        create_current_schema(conn)
        return read_signature(conn)
    finally:
        conn.close()


def schema_differences(actual: SchemaSignature, expected: SchemaSignature) -> list[str]:
    """Human-readable reasons why a file's schema is not the one we expect (empty if equal)."""
    problems: list[str] = []
    actual_tables = dict(actual.tables)
    expected_tables = dict(expected.tables)
    for name in sorted(expected_tables.keys() - actual_tables.keys()):
        problems.append(f"table '{name}' is missing")
    for name in sorted(actual_tables.keys() - expected_tables.keys()):
        problems.append(f"unexpected table '{name}'")
    for name in sorted(actual_tables.keys() & expected_tables.keys()):
        (have_columns, have_keys), (want_columns, want_keys) = (
            actual_tables[name],
            expected_tables[name],
        )
        if [c[0] for c in have_columns] != [c[0] for c in want_columns]:
            problems.append(
                f"table '{name}' has columns {[c[0] for c in have_columns]}, "
                f"expected {[c[0] for c in want_columns]}"
            )
        elif have_columns != want_columns:
            altered = [str(h[0]) for h, w in zip(have_columns, want_columns, strict=True) if h != w]
            problems.append(f"table '{name}' has altered columns: {', '.join(altered)}")
        if have_keys != want_keys:
            problems.append(f"table '{name}' has altered foreign keys")
    for label, have_items, want_items in (
        ("index", actual.indexes, expected.indexes),
        ("trigger", actual.triggers, expected.triggers),
        ("view", actual.views, expected.views),
        ("virtual table", actual.virtual_tables, expected.virtual_tables),
    ):
        have, want = dict(have_items), dict(want_items)
        problems.extend(f"{label} '{name}' is missing" for name in sorted(want.keys() - have))
        problems.extend(f"unexpected {label} '{name}'" for name in sorted(have.keys() - want))
        problems.extend(
            f"{label} '{name}' has been altered"
            for name in sorted(have.keys() & want.keys())
            if have[name] != want[name]
        )
    have_sql, want_sql = dict(actual.definitions), dict(expected.definitions)
    problems.extend(
        f"table '{name}' has an altered definition"
        for name in sorted(have_sql.keys() & want_sql.keys())
        if have_sql[name] != want_sql[name]
        and not any(p.startswith(f"table '{name}'") for p in problems)
    )
    return problems
