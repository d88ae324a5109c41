"""Timestamps in exports: one exact text form, so that round trips keep every microsecond.

The database stores UTC times as `YYYY-MM-DD HH:MM:SS.ffffff` text.  Exports
read that text directly (parsing 400,000 datetimes would dominate a large
export) and write `YYYY-MM-DDTHH:MM:SS.ffffffZ`; import parses it back to an
aware UTC datetime, which the database stores as the same text again.
"""

from datetime import UTC, datetime

_STORED_LENGTH = len("2024-01-01 00:00:00.000000")


def export_time(stored: str | datetime | None) -> str | None:
    """The export form of a stored time (text as SQLite holds it, or a datetime)."""
    if stored is None:
        return None
    if isinstance(stored, str):
        if len(stored) == _STORED_LENGTH and stored[10] == " ":
            return f"{stored[:10]}T{stored[11:]}Z"
        stored = datetime.fromisoformat(stored)
    if stored.tzinfo is None:
        stored = stored.replace(tzinfo=UTC)
    return stored.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def import_time(text: str) -> datetime:
    """An aware UTC datetime from an export time; raises ValueError for anything else.

    A time without a zone is refused: guessing the zone would move it by hours.
    """
    value = datetime.fromisoformat(text)
    if value.tzinfo is None:
        raise ValueError("has no time zone (end it with Z for UTC)")
    return value.astimezone(UTC)
