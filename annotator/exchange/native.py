"""Writing the native JSON export: deterministic, streamed, one record per line.

Layout: a JSON object whose first keys are `format` and `format_version`,
then one line per top-level field, and inside each array one record per line
(keys sorted, compact separators, real UTF-8, LF, a final newline).  So two
exports of the same project are byte-identical, a change to one claim is a
one-line diff, and the writer can use the C JSON encoder record by record
instead of building one giant document (pretty-printing with `indent` would
fall back to the pure-Python encoder, many times slower).
"""

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TextIO

from annotator import __version__
from annotator.exchange.collect import NativeReader
from annotator.exchange.format import FORMAT_ID, FORMAT_VERSION
from annotator.progress import ProgressCallback, no_progress

GENERATOR = f"claim-annotator {__version__}"

_encode = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode


def dumps(value: Any) -> str:
    """One value as the native format writes it (sorted keys, compact, real Unicode)."""
    return _encode(value)


@dataclass(frozen=True, slots=True)
class WrittenCounts:
    """How many records of each kind an export wrote."""

    articles: int = 0
    claims: int = 0
    sources: int = 0
    reviewers: int = 0
    events: int = 0


def _write_array(
    out: TextIO,
    key: str,
    items: Iterable[dict[str, Any]],
    *,
    last: bool = False,
    each: Callable[[dict[str, Any]], None] | None = None,
) -> int:
    """Write `"key": [` then one record per line; returns how many records were written."""
    out.write(f"{dumps(key)}:[")
    count = 0
    for item in items:
        out.write(",\n" if count else "\n")
        out.write(_encode(item))
        if each is not None:
            each(item)
        count += 1
    out.write("\n]" if count else "]")
    out.write("\n" if last else ",\n")
    return count


def write_native(
    reader: NativeReader,
    out: TextIO,
    *,
    include_text: bool = True,
    include_events: bool = False,
    progress: ProgressCallback = no_progress,
) -> WrittenCounts:
    """Write the native export of the reader's selection to a text stream."""
    total = reader.count_claims()
    progress(0, total)
    complete = reader.filter.is_complete
    exported: set[str] = set()  # UUIDs in a filtered export, to select its events

    def remember(record: dict[str, Any]) -> None:
        if not complete:
            exported.add(record["uuid"])

    done = 0

    def claim_written(claim: dict[str, Any]) -> None:
        nonlocal done
        done += 1
        if not complete:
            exported.add(claim["uuid"])
            exported.update(v["uuid"] for v in claim["verdict_history"])
            exported.update(c["uuid"] for c in claim["comments"])
        if done % 1000 == 0:
            progress(done, total)

    out.write("{\n")
    out.write(f'"format":{dumps(FORMAT_ID)},\n"format_version":{FORMAT_VERSION},\n')
    out.write(f'"generator":{dumps(GENERATOR)},\n')
    out.write(f'"selection":{dumps(reader.filter.describe())},\n')
    out.write(f'"text_included":{dumps(include_text)},\n')
    project = reader.project()
    exported.add(project["uuid"])
    exported.update(tag["uuid"] for tag in project["taxonomy"]["tags"])
    out.write(f'"project":{dumps(project)},\n')
    reviewers = _write_array(out, "reviewers", reader.reviewers(), each=remember)
    sources = _write_array(out, "sources", reader.sources(), each=remember)
    articles = _write_array(
        out, "articles", reader.articles(include_text=include_text), each=remember
    )
    claims = _write_array(out, "claims", reader.claims(), each=claim_written, last=not include_events)
    events = 0
    if include_events:
        events = _write_array(
            out, "events", reader.events(None if complete else exported), last=True
        )
    out.write("}\n")
    progress(total, total)
    return WrittenCounts(articles, claims, sources, reviewers, events)
