"""Writing the native JSON export: deterministic, streamed, one record per line.

Layout: a JSON object whose first keys are `format` and `format_version`,
then one line per top-level field, and inside each array one record per line
(keys in the fixed order the format documents, compact separators, real
UTF-8, LF, a final newline).  So two
exports of the same project are byte-identical, a change to one claim is a
one-line diff, and the writer can use the C JSON encoder record by record
instead of building one giant document (pretty-printing with `indent` would
fall back to the pure-Python encoder, many times slower).
"""

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, TextIO

from annotator import __version__
from annotator.exchange.collect import NativeReader
from annotator.exchange.format import FORMAT_ID, FORMAT_VERSION
from annotator.progress import ProgressCallback, no_progress

GENERATOR = f"claim-annotator {__version__}"
_WRITE_BATCH = 1000  # records joined per write call

_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def dumps(value: Any) -> str:
    """One value as the native format writes it (keys as given, compact, real Unicode)."""
    return _encode(value)


@dataclass(frozen=True, slots=True)
class WrittenCounts:
    """How many records of each kind an export wrote."""

    articles: int = 0
    claims: int = 0
    sources: int = 0
    reviewers: int = 0
    events: int = 0


def _write_array(out: TextIO, key: str, lines: Iterable[str], *, last: bool = False) -> int:
    """Write `"key":[` then one JSON text per line; returns how many were written."""
    out.write(f"{dumps(key)}:[")
    count = 0
    batch: list[str] = []
    for line in lines:
        batch.append(line)
        if len(batch) == _WRITE_BATCH:
            out.write(("," if count else "") + "\n" + ",\n".join(batch))
            count += len(batch)
            batch.clear()
    if batch:
        out.write(("," if count else "") + "\n" + ",\n".join(batch))
        count += len(batch)
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

    def encoded(records: Iterable[dict[str, Any]]) -> Iterator[str]:
        for record in records:
            if not complete:
                exported.add(record["uuid"])
            yield _encode(record)

    def claim_texts() -> Iterator[str]:
        for done, line in enumerate(reader.claim_lines(), start=1):
            if not complete:
                exported.add(line.uuid)
                exported.update(line.inner_uuids)
            if done % 1000 == 0:
                progress(done, total)
            yield line.text

    out.write("{\n")
    out.write(f'"format":{dumps(FORMAT_ID)},\n"format_version":{FORMAT_VERSION},\n')
    out.write(f'"generator":{dumps(GENERATOR)},\n')
    out.write(f'"selection":{dumps(reader.filter.describe())},\n')
    out.write(f'"text_included":{dumps(include_text)},\n')
    project = reader.project()
    exported.add(project["uuid"])
    exported.update(tag["uuid"] for tag in project["taxonomy"]["tags"])
    out.write(f'"project":{dumps(project)},\n')
    reviewers = _write_array(out, "reviewers", encoded(reader.reviewers()))
    sources = _write_array(out, "sources", encoded(reader.sources()))
    articles = _write_array(out, "articles", encoded(reader.articles(include_text=include_text)))
    claims = _write_array(out, "claims", claim_texts(), last=not include_events)
    events = 0
    if include_events:
        about = None if complete else exported
        events = _write_array(out, "events", map(_encode, reader.events(about)), last=True)
    out.write("}\n")
    progress(total, total)
    return WrittenCounts(articles, claims, sources, reviewers, events)
