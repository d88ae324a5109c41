"""Read shapes: plain frozen dataclasses that services return and views keep.

Views never hold ORM objects (they expire when their session closes); they
hold these, which are cheap, immutable and safe to pass between threads.
"""

from dataclasses import dataclass, field
from datetime import datetime

from annotator.domain import KindDefinition, NormalizedValue, VerdictRating


@dataclass(frozen=True, slots=True)
class ReviewerRecord:
    id: int
    uuid: str
    name: str
    contact: str | None


@dataclass(frozen=True, slots=True)
class Taxonomy:
    """The project's claim kinds, tag vocabulary and verdict scale."""

    kinds: tuple[KindDefinition, ...]
    tags: tuple[str, ...]
    verdict_scale: tuple[VerdictRating, ...]

    def kind(self, key: str) -> KindDefinition | None:
        return next((k for k in self.kinds if k.key == key), None)

    def rating(self, key: str) -> VerdictRating | None:
        return next((r for r in self.verdict_scale if r.key == key), None)

    @property
    def best_rating(self) -> int | None:
        values = [r.rating for r in self.verdict_scale if r.rating is not None]
        return max(values) if values else None

    @property
    def worst_rating(self) -> int | None:
        values = [r.rating for r in self.verdict_scale if r.rating is not None]
        return min(values) if values else None


@dataclass(frozen=True, slots=True)
class ProjectInfo:
    uuid: str
    name: str
    path: str
    created_at: datetime
    created_with: str
    last_written_with: str
    schema_version: int
    read_only: bool
    articles: int
    claims: int
    reviewed_claims: int
    reviewers: int
    sources: int


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """One row of the article list: metadata and review progress, no text."""

    id: int
    uuid: str
    title: str | None
    outlet: str | None
    published: str | None
    claims: int
    reviewed: int


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    id: int
    uuid: str
    title: str | None
    outlet: str | None
    url: str | None
    author: str | None
    published: str | None
    language: str | None
    dateline: str | None
    agency: str | None
    text: str
    text_sha256: str
    external_id: str | None
    import_source: str | None
    import_format: str | None
    imported_at: datetime


@dataclass(frozen=True, slots=True)
class VerdictRecord:
    id: int
    uuid: str
    claim_id: int
    rating: str
    rationale: str
    reviewer: str | None
    created_at: datetime


@dataclass(frozen=True, slots=True)
class SourceRecord:
    id: int
    uuid: str
    url: str | None
    title: str | None
    publisher: str | None
    published: str | None
    accessed: str | None
    archived_url: str | None
    excerpt: str | None
    reliability_note: str | None


@dataclass(frozen=True, slots=True)
class AttachedSource:
    """A source as attached to one claim, with its relation."""

    source: SourceRecord
    relation: str


@dataclass(frozen=True, slots=True)
class CommentRecord:
    id: int
    uuid: str
    claim_id: int
    reviewer: str | None
    body: str
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class ClaimRecord:
    """A claim with everything a view shows about it."""

    id: int
    uuid: str
    article_id: int
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str
    kind: str
    subtype: str | None
    value: NormalizedValue | None
    speaker: str | None
    via: str | None
    location: str | None
    time_ref: str | None
    status: str
    origin: str
    rule: str | None
    detector_version: str | None
    confidence: float | None
    created_by: str | None
    created_at: datetime
    updated_by: str | None
    updated_at: datetime
    tags: tuple[str, ...] = ()
    verdict: VerdictRecord | None = None


@dataclass(frozen=True, slots=True)
class ClaimSpan:
    """What the article view needs to draw and navigate a claim; cheap for 10,000 claims.

    The full `ClaimRecord` (value, tags, history...) is read only for the claim a
    reviewer hovers or selects.
    """

    id: int
    start: int
    end: int
    kind: str
    status: str
    origin: str
    exact: str
    verdict_rating: str | None


@dataclass(frozen=True, slots=True)
class EventRecord:
    id: int
    at: datetime
    reviewer: str | None
    entity: str
    entity_uuid: str
    action: str
    data: dict[str, object] = field(default_factory=dict)
