"""The migration ladder: one step per schema version, each in its own transaction.

`MIGRATIONS[n]` upgrades a file from version n to n + 1.  `migrate` runs the
steps in order; each step and the new `user_version` commit together, so a
crash between steps leaves a file that is valid at the last completed version.
"""

import sqlite3
from collections.abc import Callable

from annotator.storage.schema import FULL_TEXT_INDEX, SCHEMA_VERSION

Step = Callable[[sqlite3.Connection], None]


def _add_full_text_index(conn: sqlite3.Connection) -> None:
    """Version 2 added FTS5 search over article titles and texts."""
    for statement in FULL_TEXT_INDEX:
        conn.execute(statement)
    conn.execute("INSERT INTO article_fts(article_fts) VALUES ('rebuild')")


def _add_detection_suppression(conn: sqlite3.Connection) -> None:
    """Version 3 remembers detections that reviewers overruled, so re-detection skips them."""
    conn.execute(
        """CREATE TABLE detection_suppression (
             article_id INTEGER NOT NULL,
             kind VARCHAR NOT NULL,
             start INTEGER NOT NULL,
             "end" INTEGER NOT NULL,
             reason VARCHAR NOT NULL,
             created_by INTEGER,
             created_at DATETIME NOT NULL,
             PRIMARY KEY (article_id, kind, start, "end"),
             FOREIGN KEY(article_id) REFERENCES article (id) ON DELETE CASCADE,
             FOREIGN KEY(created_by) REFERENCES reviewer (id))"""
    )


def _add_merge_provenance(conn: sqlite3.Connection) -> None:
    """Version 4 records where merged records came from (colleague, project, time)."""
    conn.execute(
        """CREATE TABLE merge_provenance (
             id INTEGER NOT NULL,
             entity VARCHAR NOT NULL,
             entity_uuid VARCHAR NOT NULL,
             from_project_uuid VARCHAR NOT NULL,
             from_project_name VARCHAR NOT NULL,
             from_reviewer VARCHAR,
             merged_by INTEGER,
             merged_at DATETIME NOT NULL,
             detail VARCHAR NOT NULL,
             PRIMARY KEY (id),
             FOREIGN KEY(merged_by) REFERENCES reviewer (id))"""
    )
    conn.execute("CREATE INDEX ix_merge_provenance_entity ON merge_provenance (entity_uuid)")


def _widen_claim_position_index(conn: sqlite3.Connection) -> None:
    """Version 5 indexes claims by (article, start, end), the order every list uses."""
    conn.execute("DROP INDEX ix_claim_article_start")
    conn.execute('CREATE INDEX ix_claim_article_span ON claim (article_id, start, "end")')


def _widen_claim_kind_status_indexes(conn: sqlite3.Connection) -> None:
    """Version 6 adds the position to the kind and status indexes (claims table sorts)."""
    for column in ("kind", "status"):
        conn.execute(f"DROP INDEX ix_claim_{column}")
        conn.execute(
            f'CREATE INDEX ix_claim_{column} ON claim ({column}, article_id, start, "end")'
        )


def _add_deleted_id_floor(conn: sqlite3.Connection) -> None:
    """Version 7 remembers the highest claim id ever deleted, so that detection and
    imports never hand it out again and undoing the deletion finds its id free."""
    conn.execute(
        """CREATE TABLE deleted_id_floor (
             table_name VARCHAR NOT NULL,
             highest_id INTEGER NOT NULL,
             PRIMARY KEY (table_name))"""
    )


MIGRATIONS: dict[int, Step] = {
    1: _add_full_text_index,
    2: _add_detection_suppression,
    3: _add_merge_provenance,
    4: _widen_claim_position_index,
    5: _widen_claim_kind_status_indexes,
    6: _add_deleted_id_floor,
}


def migrate(conn: sqlite3.Connection, from_version: int) -> list[int]:
    """Upgrade an open database from `from_version` to `SCHEMA_VERSION`; returns versions passed.

    The connection must be in autocommit mode (isolation_level None) so that
    each step can own its BEGIN/COMMIT.
    """
    passed: list[int] = []
    for version in range(from_version, SCHEMA_VERSION):
        step = MIGRATIONS[version]
        conn.execute("BEGIN IMMEDIATE")
        try:
            step(conn)
            conn.execute(f"PRAGMA user_version = {version + 1}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        passed.append(version + 1)
    return passed
