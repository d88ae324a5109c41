"""Reading a native export and checking that it holds together, before any database is touched.

The schema says what each value may be; these checks say what the values must
mean together: UUIDs unique, every reference resolvable inside the file,
texts matching their SHA-256, spans and quotes matching the text.  Every
problem is collected with its JSON path, so one run lists all of them.
"""

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from annotator.errors import ImportFormatError
from annotator.exchange.format import FORMAT_ID, FORMAT_VERSION, load_schema
from annotator.exchange.validation import (
    Check,
    JsonPath,
    SchemaViolationError,
    compile_schema,
    format_path,
)
from annotator.services.articles import text_sha256

SNIFF_BYTES = 65536
MAX_LISTED = 20
_FORMAT_PATTERN = re.compile(rb'"format"\s*:\s*"' + re.escape(FORMAT_ID.encode()) + rb'"')


def is_native_export(path: Path | str) -> bool:
    """True when a file is a native export (a JSON object naming our format near its start).

    Cheap enough to call on every file handed to `import`: only the first 64 KiB
    are read, and the writer puts `format` first.
    """
    try:
        with Path(path).open("rb") as handle:
            head = handle.read(SNIFF_BYTES)
    except OSError:
        return False
    head = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    return head.startswith(b"{") and _FORMAT_PATTERN.search(head) is not None


@dataclass(slots=True)
class Problems:
    """Problems found in one file, each as `path: message`; raised together."""

    source: str
    items: list[str] = field(default_factory=list)

    def add(self, path: JsonPath, message: str) -> None:
        self.items.append(f"{format_path(path)}: {message}")

    def raise_if_any(self, what: str) -> None:
        if not self.items:
            return
        listed = "; ".join(self.items[:MAX_LISTED])
        more = len(self.items) - MAX_LISTED
        suffix = f"; and {more} more" if more > 0 else ""
        raise ImportFormatError(
            f"{self.source}: {what} ({len(self.items)} problem(s); nothing was imported): "
            f"{listed}{suffix}"
        )


def load_export(path: Path | str) -> dict[str, Any]:
    """Parse and check a native export; raises ImportFormatError naming the file and JSON path."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ImportFormatError(f"{path}: cannot read: {error.strerror or error}") from error
    try:
        document = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise ImportFormatError(
            f"{path}: not UTF-8 text (byte {error.start} cannot be decoded)"
        ) from error
    except json.JSONDecodeError as error:
        raise ImportFormatError(
            f"{path}: not valid JSON: line {error.lineno} column {error.colno}: {error.msg}"
        ) from error
    check_document(document, str(path))
    return document


def check_document(document: Any, source: str) -> None:
    """Refuse anything that is not a consistent native export of a version we read."""
    if not isinstance(document, dict):
        raise ImportFormatError(f"{source}: (top level): must be a JSON object")
    if document.get("format") != FORMAT_ID:
        raise ImportFormatError(
            f'{source}: format: not a Claim Annotator export (expected "{FORMAT_ID}", '
            f"found {json.dumps(document.get('format'))})"
        )
    version = document.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise ImportFormatError(
            f"{source}: format_version: {version} is newer than this app reads "
            f"(up to {FORMAT_VERSION}); update Claim Annotator to import it"
        )
    try:
        _schema_check()(document, ())
    except SchemaViolationError as problem:
        raise ImportFormatError(f"{source}: {problem}") from None
    problems = Problems(source)
    _check_references(document, problems)
    problems.raise_if_any("the export is inconsistent")


@cache
def _schema_check() -> Check:
    """The shipped schema, compiled once per process."""
    return compile_schema(load_schema())


def _unique(records: Iterable[tuple[JsonPath, Any]], problems: Problems, what: str) -> set[Any]:
    seen: set[Any] = set()
    for path, key in records:
        if key in seen:
            problems.add(path, f"{what} {key!r} appears twice")
        seen.add(key)
    return seen


def _check_references(doc: dict[str, Any], problems: Problems) -> None:
    project = doc["project"]
    kinds = _unique(
        (
            (("project", "taxonomy", "kinds", i, "key"), k["key"])
            for i, k in enumerate(project["taxonomy"]["kinds"])
        ),
        problems,
        "kind",
    )
    ratings = _unique(
        (
            (("project", "verdict_scale", i, "key"), r["key"])
            for i, r in enumerate(project["verdict_scale"])
        ),
        problems,
        "rating",
    )
    tags = project["taxonomy"]["tags"]
    _unique(
        ((("project", "taxonomy", "tags", i, "uuid"), t["uuid"]) for i, t in enumerate(tags)),
        problems,
        "tag UUID",
    )
    tag_names = _unique(
        ((("project", "taxonomy", "tags", i, "name"), t["name"]) for i, t in enumerate(tags)),
        problems,
        "tag",
    )
    reviewers = _unique(
        ((("reviewers", i, "uuid"), r["uuid"]) for i, r in enumerate(doc["reviewers"])),
        problems,
        "reviewer UUID",
    )
    _unique(
        ((("reviewers", i, "name"), r["name"]) for i, r in enumerate(doc["reviewers"])),
        problems,
        "reviewer name",
    )
    sources = _unique(
        ((("sources", i, "uuid"), s["uuid"]) for i, s in enumerate(doc["sources"])),
        problems,
        "source UUID",
    )
    articles = {a["uuid"]: a for a in doc["articles"]}
    _unique(
        ((("articles", i, "uuid"), a["uuid"]) for i, a in enumerate(doc["articles"])),
        problems,
        "article UUID",
    )
    _unique(
        ((("articles", i, "text_sha256"), a["text_sha256"]) for i, a in enumerate(doc["articles"])),
        problems,
        "article text",
    )

    def reviewer(path: JsonPath, value: str | None) -> None:
        if value is not None and value not in reviewers:
            problems.add(path, f"names reviewer {value} who is not in reviewers")

    for i, source in enumerate(doc["sources"]):
        reviewer(("sources", i, "created_by"), source["created_by"])
    for i, article in enumerate(doc["articles"]):
        reviewer(("articles", i, "imported_by"), article["imported_by"])
        text = article.get("text")
        if text is not None and text_sha256(text) != article["text_sha256"]:
            problems.add(("articles", i, "text"), "does not match text_sha256")
        for j, suppression in enumerate(article["detection_suppressions"]):
            reviewer(
                ("articles", i, "detection_suppressions", j, "created_by"),
                suppression["created_by"],
            )
    inner: set[str] = set()
    for i, claim in enumerate(doc["claims"]):
        _check_claim(claim, ("claims", i), problems, reviewer, inner)
        path: JsonPath = ("claims", i)
        if claim["article"] not in articles:
            problems.add((*path, "article"), f"article {claim['article']} is not in articles")
        else:
            text = articles[claim["article"]].get("text")
            if text is not None:
                for where, message in span_problems(claim, text):
                    problems.add((*path, where), message)
        if claim["kind"] not in kinds:
            problems.add((*path, "kind"), f"kind {claim['kind']!r} is not in the taxonomy")
        for j, tag in enumerate(claim["tags"]):
            if tag["name"] not in tag_names:
                problems.add(
                    (*path, "tags", j, "name"), f"tag {tag['name']!r} is not in the taxonomy"
                )
        for j, link in enumerate(claim["sources"]):
            if link["source"] not in sources:
                problems.add((*path, "sources", j, "source"), "source is not in sources")
        for j, verdict in enumerate(claim["verdict_history"]):
            if verdict["rating"] not in ratings:
                problems.add(
                    (*path, "verdict_history", j, "rating"),
                    f"rating {verdict['rating']!r} is not in the verdict scale",
                )
    _unique(
        ((("claims", i, "uuid"), c["uuid"]) for i, c in enumerate(doc["claims"])),
        problems,
        "claim UUID",
    )
    for i, event in enumerate(doc.get("events", [])):
        reviewer(("events", i, "reviewer"), event["reviewer"])
    _unique(
        ((("events", i, "uuid"), e["uuid"]) for i, e in enumerate(doc.get("events", []))),
        problems,
        "event UUID",
    )


def _check_claim(
    claim: dict[str, Any], path: JsonPath, problems: Problems, reviewer: Any, inner: set[str]
) -> None:
    """Checks of one claim that need nothing but the claim itself."""
    if claim["start"] >= claim["end"]:
        problems.add((*path, "start"), f"must be < end ({claim['start']} >= {claim['end']})")
    value = claim["value"]
    if (
        value
        and value["min"] is not None
        and value["max"] is not None
        and value["min"] > value["max"]
    ):
        problems.add((*path, "value", "min"), f"must be <= max ({value['min']} > {value['max']})")
    history = claim["verdict_history"]
    if (history[-1] if history else None) != claim["verdict"]:
        problems.add((*path, "verdict"), "must be the last entry of verdict_history (or null)")
    for key in ("created_by", "updated_by"):
        reviewer((*path, key), claim[key])
    for name, records, key in (
        ("tags", claim["tags"], "added_by"),
        ("sources", claim["sources"], "added_by"),
        ("verdict_history", history, "reviewer"),
        ("comments", claim["comments"], "reviewer"),
    ):
        for j, record in enumerate(records):
            reviewer((*path, name, j, key), record[key])
    for name, records in (("verdict_history", history), ("comments", claim["comments"])):
        for j, record in enumerate(records):
            if record["uuid"] in inner:
                problems.add((*path, name, j, "uuid"), f"UUID {record['uuid']} appears twice")
            inner.add(record["uuid"])
    names = [t["name"] for t in claim["tags"]]
    if len(set(names)) != len(names):
        problems.add((*path, "tags"), "a tag appears twice")
    cited = [s["source"] for s in claim["sources"]]
    if len(set(cited)) != len(cited):
        problems.add((*path, "sources"), "a source appears twice")


def span_problems(claim: dict[str, Any], text: str) -> list[tuple[str, str]]:
    """Where a claim's span and quote disagree with its article's text (empty when they agree)."""
    start, end = claim["start"], claim["end"]
    if end > len(text):
        return [("end", f"is past the end of the article text ({end} > {len(text)} characters)")]
    found: list[tuple[str, str]] = []
    if text[start:end] != claim["exact"]:
        found.append(("exact", f"does not match the article text at {start}..{end}"))
    if not text[:start].endswith(claim["prefix"]):
        found.append(("prefix", "does not match the article text before start"))
    if not text[end:].startswith(claim["suffix"]):
        found.append(("suffix", "does not match the article text after end"))
    return found
