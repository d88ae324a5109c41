"""Cleaning of metadata values found in files (titles, dates, URLs, language tags).

Metadata comes from wherever a file put it: `<meta>` tags, front matter,
headlines.  These helpers make each value a single tidy line, or drop it when
it is not what the field promises (a `javascript:` "URL", a date we cannot
read), so the project never stores junk that looks like data.
"""

import re
from datetime import date, datetime

MAX_FIELD_CHARS = 1000
"""Metadata values longer than this are not metadata (a whole paragraph in <title>)."""

MAX_URL_CHARS = 2048

_WHITESPACE = re.compile(r"\s+")
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")


def clean_line(value: object) -> str | None:
    """A one-line version of `value` with runs of whitespace collapsed, or None if empty."""
    if not isinstance(value, str):
        return None
    line = _WHITESPACE.sub(" ", value).strip()
    if not line or len(line) > MAX_FIELD_CHARS:
        return None
    return line


def clean_url(value: object) -> str | None:
    """An absolute http(s) URL, or None: other schemes (javascript:, file:, data:) are dropped."""
    line = clean_line(value)
    if line is None or len(line) > MAX_URL_CHARS or any(c.isspace() for c in line):
        return None
    scheme, _, rest = line.partition(":")
    if scheme.lower() not in ("http", "https") or not rest.startswith("//") or len(rest) < 3:
        return None
    return line


def clean_language(value: object) -> str | None:
    """A BCP 47-looking language tag ("en", "pt-BR"), or None."""
    line = clean_line(value)
    if line is None or not _LANGUAGE.fullmatch(line):
        return None
    return line.replace("_", "-")


def is_iso_date(value: str) -> bool:
    """True for an ISO 8601 date or date-time as Python reads them ("2022-01-09T12:00:00Z")."""
    for parse in (date.fromisoformat, datetime.fromisoformat):
        try:
            parse(value)
        except ValueError:
            continue
        return True
    return False


def clean_published(value: object) -> str | None:
    """The ISO 8601 date or date-time in `value`, as written, or None when it is not one."""
    line = clean_line(value)
    if line is None or not is_iso_date(line):
        return None
    return line
