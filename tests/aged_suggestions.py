"""Project files as an older detector left them: its suggestions, written directly into
the file, for the tests of refreshing detection (service, CLI and window)."""

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

from tests.helpers import file_rows

#: What an older detector stored on every suggestion, written over the real ones.
OLD_VERSION = "1.63.0"
OLD_RULE = "figure.older_rule"
OLD_CONFIDENCE = 0.5


def claim_rows(path: Path) -> dict[int, tuple[Any, ...]]:
    return {
        row[0]: row[1:]
        for row in file_rows(
            path,
            'SELECT id, uuid, kind, start, "end", rule, detector_version, confidence, '
            "value_min, speaker, status, origin FROM claim ORDER BY id",
        )
    }


def age_suggestions(path: Path) -> None:
    """Make every detected claim look as an older detector left it (the file written
    directly, as an old project file would hold it)."""
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute(
            "UPDATE claim SET detector_version = ?, rule = ?, confidence = ?, "
            "value_min = value_min + 1, speaker = speaker || ' (old)' "
            "WHERE origin = 'detected'",
            (OLD_VERSION, OLD_RULE, OLD_CONFIDENCE),
        )


def add_old_suggestion(path: Path, article_id: int, start: int, end: int, kind: str) -> int:
    """A detected claim the current detector does not find, as an older one might have
    stored it; returns its id."""
    text = file_rows(path, "SELECT text FROM article WHERE id = ?", article_id)[0][0]
    with closing(sqlite3.connect(path)) as connection, connection:
        cursor = connection.execute(
            'INSERT INTO claim (uuid, article_id, start, "end", exact, prefix, suffix, kind, '
            "approx, status, origin, rule, detector_version, confidence, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, '', '', ?, 0, 'unreviewed', 'detected', ?, ?, "
            "?, '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000')",
            (
                f"old-{start}-{end}",
                article_id,
                start,
                end,
                text[start:end],
                kind,
                OLD_RULE,
                OLD_VERSION,
                OLD_CONFIDENCE,
            ),
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid
