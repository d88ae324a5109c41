"""The light shapes compare works on: one side's articles and claims, no ORM objects.

Comparing two projects of 50,000 claims must take seconds, so each claim is
read once into a small frozen record holding exactly what the difference
classes look at; the full rows are read again only for what a merge takes.
"""

from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

# The columns that make up "the value" of a claim for the `value differs` class:
# the normalised figure and the descriptive attributes (who, where, when).
VALUE_FIELDS = (
    "value_min",
    "value_max",
    "qualifier",
    "approx",
    "unit",
    "casualty_type",
    "value_note",
    "subtype",
    "speaker",
    "via",
    "location",
    "time_ref",
)


class ReviewClaim(NamedTuple):
    """One claim as compare sees it; `article` is the article's text SHA-256.

    A named tuple rather than a frozen dataclass: 100,000 of them are built per
    comparison, and a tuple is built several times faster.

    `sources` holds (source key, relation) pairs, where the key is the URL when
    the source has one and its uuid otherwise, so the same web page attached
    independently in two files counts as the same source.
    """

    uuid: str
    article: str
    start: int
    end: int
    kind: str
    exact: str = ""
    status: str = "unreviewed"
    value: tuple[object, ...] = ()
    verdict: str | None = None
    tags: frozenset[str] = frozenset()
    sources: frozenset[tuple[str, str]] = frozenset()

    def value_dict(self) -> dict[str, object]:
        """The value columns by name (empty values as None), for display and merge."""
        values = self.value or (None,) * len(VALUE_FIELDS)
        return dict(zip(VALUE_FIELDS, values, strict=True))


@dataclass(frozen=True, slots=True)
class ReviewArticle:
    uuid: str
    sha256: str
    title: str | None


@dataclass(frozen=True, slots=True)
class Side:
    """One project as loaded for comparison."""

    path: Path
    project_uuid: str
    project_name: str
    articles: dict[str, ReviewArticle] = field(default_factory=dict)  # by text SHA-256
    claims: tuple[ReviewClaim, ...] = ()
