"""JSONL corpora: one article per line, with optional claim spans, read as a stream.

A record looks like

    {"id": "a1", "title": "...", "text": "...", "url": "...", "outlet": "...",
     "published": "2022-01-09", "author": "...", "language": "en",
     "spans": [{"start": 0, "end": 42, "label": "factual"}]}

`id`, `title` (a string or null) and `text` are required; other keys are
optional (`dateline` and `agency` too, for round trips) and unknown keys are
ignored so that corpora carrying extra fields still import.

Files are read line by line with a per-line size cap, never whole, so a
100,000-article corpus costs the memory of one record (plus the set of ids seen,
to refuse duplicates).  Every problem is reported with the file, the line and
the JSON path, in words a corpus maintainer can act on.

The text is stored exactly as given, because span offsets (code points, end
exclusive) are computed on it: line breaks are not normalised, and control
characters and lone surrogates become U+FFFD one for one (see `decoding`).

Two ways to read: `read_jsonl` yields drafts and raises at the first bad line
(the caller wraps the import in one transaction, so that is all-or-nothing);
`check_jsonl` reads the whole file without keeping drafts and lists every
problem, for a "fix these before importing" report.
"""

import codecs
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from annotator.errors import ImportFormatError
from annotator.importing.decoding import MAX_ARTICLE_BYTES, replace_controls
from annotator.importing.drafts import ArticleDraft, SpanDraft
from annotator.importing.fields import (
    MAX_FIELD_CHARS,
    clean_language,
    clean_line,
    clean_url,
    is_iso_date,
)

MAX_LINE_BYTES = MAX_ARTICLE_BYTES
"""Longest record (one line); the same 20 MiB as a single article file."""

MAX_LISTED_ERRORS = 100

_OPTIONAL_LINES = ("outlet", "author", "dateline", "agency")
_FOREIGN_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)


class _DuplicateKeyError(ValueError):
    """A JSON object names the same key twice (json keeps the last one silently)."""


@dataclass(frozen=True, slots=True)
class JsonlCheck:
    """The result of reading a whole JSONL file without importing it."""

    articles: int  # records that would import
    errors: tuple[str, ...]  # the first MAX_LISTED_ERRORS problems, each naming its line
    unlisted_errors: int = 0  # problems beyond those listed

    @property
    def ok(self) -> bool:
        """True when every record is good."""
        return not self.errors


class _LineError(Exception):
    """A problem on the line being read; turned into an ImportFormatError with file and line."""


def read_jsonl(stream: BinaryIO, *, source_name: str) -> Iterator[ArticleDraft]:
    """Drafts from a binary JSONL stream; raises ImportFormatError at the first bad line."""
    for record in _records(stream, source_name):
        if isinstance(record, ImportFormatError):
            raise record
        yield record


def read_jsonl_file(path: Path) -> Iterator[ArticleDraft]:
    """Drafts from a JSONL file, streamed; raises ImportFormatError at the first bad line."""
    with _open(path) as stream:
        yield from read_jsonl(stream, source_name=path.name)


def check_jsonl(
    stream: BinaryIO, *, source_name: str, max_errors: int = MAX_LISTED_ERRORS
) -> JsonlCheck:
    """Read every record, keeping none, and list the problems (up to `max_errors`)."""
    articles = 0
    errors: list[str] = []
    unlisted = 0
    for record in _records(stream, source_name):
        if not isinstance(record, ImportFormatError):
            articles += 1
        elif len(errors) < max_errors:
            errors.append(str(record))
        else:
            unlisted += 1
    return JsonlCheck(articles, tuple(errors), unlisted)


def check_jsonl_file(path: Path, *, max_errors: int = MAX_LISTED_ERRORS) -> JsonlCheck:
    """`check_jsonl` on a file."""
    with _open(path) as stream:
        return check_jsonl(stream, source_name=path.name, max_errors=max_errors)


def _open(path: Path) -> BinaryIO:
    try:
        return path.open("rb")
    except FileNotFoundError:
        raise ImportFormatError(f"{path.name}: file not found ({path})") from None
    except IsADirectoryError:
        raise ImportFormatError(f"{path.name}: is a folder, not a file") from None
    except OSError as error:
        raise ImportFormatError(f"{path.name}: cannot read the file: {error.strerror}") from None


def _records(stream: BinaryIO, source_name: str) -> Iterator[ArticleDraft | ImportFormatError]:
    """Each non-blank line's draft or error, in order; stops after an unreadable encoding."""
    seen_ids: dict[str, int] = {}
    number = 0
    while (raw := _readline(stream, source_name, number + 1)) != b"":
        number += 1
        if raw is None:
            yield ImportFormatError(
                f"{source_name} line {number}: the record is longer than the "
                f"{MAX_LINE_BYTES // (1024 * 1024)} MiB limit for one article"
            )
            continue
        if number == 1:
            foreign = next((name for bom, name in _FOREIGN_BOMS if raw.startswith(bom)), None)
            if foreign is not None:
                yield ImportFormatError(
                    f"{source_name}: JSONL files must be UTF-8, this one is {foreign} "
                    "(save it as UTF-8 and import it again)"
                )
                return
            raw = raw.removeprefix(codecs.BOM_UTF8)
        if not raw.strip():
            continue
        try:
            scrub = replace_controls if _may_hold_controls(raw) else _unchanged
            yield _draft(_parse(raw), source_name, number, seen_ids, scrub)
        except _LineError as error:
            yield ImportFormatError(f"{source_name} line {number}: {error}")


def _readline(stream: BinaryIO, source_name: str, number: int) -> bytes | None:
    """The next line (b"" at the end), or None after skipping a line over the limit."""
    try:
        line = stream.readline(MAX_LINE_BYTES + 1)
        if len(line) <= MAX_LINE_BYTES or line.endswith(b"\n"):
            return line
        while chunk := stream.readline(1024 * 1024):
            if chunk.endswith(b"\n"):
                break
    except OSError as error:
        raise ImportFormatError(
            f"{source_name} line {number}: cannot read the file: {error.strerror}"
        ) from None
    return None


def _parse(raw: bytes) -> object:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise _LineError(f"not valid UTF-8 (byte {error.start + 1} of the line)") from None
    try:
        return _DECODER.decode(line)
    except _DuplicateKeyError as error:
        raise _LineError(str(error)) from None
    except json.JSONDecodeError as error:
        raise _LineError(f"not valid JSON: {error.msg} (column {error.colno})") from None
    except ValueError as error:  # e.g. an integer with more digits than Python converts
        raise _LineError(f"not valid JSON: {error}") from None
    except RecursionError:
        raise _LineError("not valid JSON: nested too deeply") from None


def _object_without_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """The object as a dict, refusing a key given twice.

    Called for every object (each span is one), so the common case is a single
    `dict()` in C; only a dict shorter than its pairs is looked at key by key.
    """
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKeyError(f"duplicate key '{key}'")
            seen.add(key)
    return result


_DECODER = json.JSONDecoder(object_pairs_hook=_object_without_duplicates)
"""One decoder for every line (`json.loads` with a hook would build a new one each time)."""


def _may_hold_controls(raw: bytes) -> bool:
    """False when no string of this JSON line can hold a character `replace_controls` replaces.

    Strict JSON (the json module's default) refuses raw control characters in
    strings, and strict UTF-8 decoding refuses encoded surrogates, so such a
    character can only come from an escape (\\uXXXX, \\b, \\f) or be a raw DEL.
    Looking for those in the bytes (a search that skips from backslash to
    backslash, and one for a byte) takes 0.025 s for a 10,000-article corpus,
    where the character-class pass over every text took 0.13 s; a line with any
    of them (an escaped backslash before a u, b or f included) gets that pass.
    """
    return _ESCAPED_CONTROL.search(raw) is not None or b"\x7f" in raw


_ESCAPED_CONTROL = re.compile(rb"\\[ubf]")


def _unchanged(text: str) -> str:
    return text


def _draft(
    record: object,
    source_name: str,
    number: int,
    seen_ids: dict[str, int],
    scrub: Callable[[str], str],
) -> ArticleDraft:
    if not isinstance(record, dict):
        raise _LineError(f"expected a JSON object, found {_json_type(record)}")
    external_id = _id(record)
    if external_id in seen_ids:
        raise _LineError(f"id '{external_id}' is already used on line {seen_ids[external_id]}")
    text = _text(record, scrub)
    if "title" not in record:
        raise _LineError("missing field 'title'")
    draft = ArticleDraft(
        text=text,
        source_name=source_name,
        source_format="jsonl",
        title=_line(record, "title", scrub),
        outlet=_line(record, "outlet", scrub),
        url=_url(record),
        author=_line(record, "author", scrub),
        published=_published(record),
        language=_language(record),
        dateline=_line(record, "dateline", scrub),
        agency=_line(record, "agency", scrub),
        external_id=external_id,
        spans=_spans(record.get("spans"), len(text)),
        encoding="utf-8",
        line=number,
    )
    seen_ids[external_id] = number
    return draft


def _id(record: dict[str, Any]) -> str:
    if "id" not in record:
        raise _LineError("missing field 'id'")
    value = record["id"]
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        raise _LineError(f"field 'id' must be a string or an integer, not {_json_type(value)}")
    line = clean_line(value)
    if line is None:
        raise _LineError("field 'id' is empty or longer than 1000 characters")
    return line


def _text(record: dict[str, Any], scrub: Callable[[str], str]) -> str:
    if "text" not in record:
        raise _LineError("missing field 'text'")
    value = record["text"]
    if not isinstance(value, str):
        raise _LineError(f"field 'text' must be a string, not {_json_type(value)}")
    if not value.strip():
        raise _LineError("field 'text' is empty")
    return scrub(value)


def _optional_string(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise _LineError(f"field '{key}' must be a string or null, not {_json_type(value)}")
    return value.strip() or None


def _line(record: dict[str, Any], key: str, scrub: Callable[[str], str]) -> str | None:
    value = _optional_string(record, key)
    if value is None:
        return None
    if len(value) > MAX_FIELD_CHARS:
        raise _LineError(f"field '{key}' is longer than {MAX_FIELD_CHARS} characters")
    return clean_line(scrub(value))


def _url(record: dict[str, Any]) -> str | None:
    value = _optional_string(record, "url")
    if value is None:
        return None
    url = clean_url(value)
    if url is None:
        raise _LineError(f"field 'url' must be an http or https URL, not {_shown(value)}")
    return url


def _published(record: dict[str, Any]) -> str | None:
    value = _optional_string(record, "published")
    if value is not None and not is_iso_date(value):
        raise _LineError(
            f"field 'published' must be an ISO 8601 date or date-time "
            f"(2022-01-09 or 2022-01-09T14:30:00Z), not {_shown(value)}"
        )
    return value


def _language(record: dict[str, Any]) -> str | None:
    value = _optional_string(record, "language")
    if value is None:
        return None
    language = clean_language(value)
    if language is None:
        raise _LineError(
            f"field 'language' must be a language tag such as 'en' or 'pt-BR', not {_shown(value)}"
        )
    return language


def _spans(value: object, length: int) -> tuple[SpanDraft, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise _LineError(f"field 'spans' must be a list, not {_json_type(value)}")
    spans = []
    for index, item in enumerate(value):
        # A corpus has some twenty spans per article: a well-formed one passes this
        # single test, and only one that fails it goes to `_span`, which names the
        # problem.  `type(...) is int` also keeps out booleans, as `_span` does.
        if (
            type(item) is dict
            and type(start := item.get("start")) is int
            and type(end := item.get("end")) is int
            and type(label := item.get("label")) is str
            and 0 <= start < end <= length
            and (label := label.strip())
        ):
            spans.append(SpanDraft(start, end, label))
        else:
            spans.append(_span(item, f"spans[{index}]", length))
    return tuple(spans)


def _span(item: object, path: str, length: int) -> SpanDraft:
    if not isinstance(item, dict):
        raise _LineError(f"field '{path}' must be an object, not {_json_type(item)}")
    for key in ("start", "end", "label"):
        if key not in item:
            raise _LineError(f"missing field '{path}.{key}'")
    start, end, label = item["start"], item["end"], item["label"]
    for key, number in (("start", start), ("end", end)):
        if not isinstance(number, int) or isinstance(number, bool):
            raise _LineError(f"field '{path}.{key}' must be an integer, not {_json_type(number)}")
    if not isinstance(label, str) or not label.strip():
        raise _LineError(f"field '{path}.label' must be a non-empty string")
    if start < 0:
        raise _LineError(f"{path}: start {start} is negative")
    if end > length:
        raise _LineError(f"{path}: end {end} is past the end of the text ({length} characters)")
    if start >= end:
        raise _LineError(f"{path}: start {start} is not before end {end}")
    return SpanDraft(start, end, label.strip())


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return f"the number {value}" if len(repr(value)) <= 20 else "a number"
    if isinstance(value, str):
        return f"the string {_shown(value)}"
    if isinstance(value, list):
        return "a list"
    return "an object"


def _shown(value: str) -> str:
    return repr(value if len(value) <= 40 else value[:40] + "…")
