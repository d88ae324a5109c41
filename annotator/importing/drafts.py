"""What the importers hand to the storage layer: articles and their spans, not yet stored.

Drafts are plain frozen values so that parsing stays free of the database: the
importers can be tested, fuzzed and reused (paste, drag and drop, CLI) without
a project, and the storage layer decides alone how and when drafts are written.
"""

from dataclasses import dataclass
from typing import NamedTuple


class SpanDraft(NamedTuple):
    """A labelled stretch of an article's text, in code points, `end` exclusive.

    Offsets count Python `str` code points (not UTF-8 or UTF-16 units) because
    that is what every importer and the annotation model index by.  A named
    tuple rather than a frozen dataclass: a corpus brings hundreds of thousands
    of spans, and a tuple is made in half the time and unpacks in a loop.
    """

    start: int
    end: int
    label: str


@dataclass(frozen=True, slots=True)
class ArticleDraft:
    """One article as parsed from a file, ready to be stored.

    `text` is final: the stored article text never changes afterwards, and
    every span offset (now and later) refers to it.
    """

    text: str
    source_name: str
    source_format: str  # "text" | "markdown" | "html" | "jsonl"
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    published: str | None = None  # ISO 8601 date or date-time, when known
    language: str | None = None
    dateline: str | None = None  # "GENEVA", "N'DJAMENA, March 25"
    agency: str | None = None  # wire agency: "AFP", "Reuters"
    external_id: str | None = None  # the JSONL "id"
    spans: tuple[SpanDraft, ...] = ()
    encoding: str | None = None  # detected input encoding, for the import record
    line: int | None = None  # the record's line in a JSONL file, for error messages
