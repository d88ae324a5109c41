"""SQLite's own consistency checks on an open project (integrity, foreign keys, FTS index)."""

import sqlite3

from annotator.storage.database import ProjectDatabase


def storage_problems(database: ProjectDatabase) -> list[str]:
    """What SQLite finds wrong with the file; empty when it is healthy."""
    problems: list[str] = []
    with database.raw_connection() as conn:
        rows = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        if rows != ["ok"]:
            problems.extend(f"integrity: {row}" for row in rows)
        problems.extend(
            f"foreign key: {table} row {rowid} points to a missing {parent}"
            for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check")
        )
        try:
            conn.execute("INSERT INTO article_fts(article_fts, rank) VALUES ('integrity-check', 1)")
        except sqlite3.DatabaseError as error:
            if "query_only" not in str(error) and "readonly" not in str(error):
                problems.append(f"full-text index: {error}")
    return problems
