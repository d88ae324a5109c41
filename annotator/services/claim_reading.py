"""Reading claims in bulk: filters, tags and current verdicts in a few set-based queries.

Listing goes through SQLAlchemy Core rather than the ORM so that a project of
hundreds of thousands of claims lists in one pass without building ORM objects.
"""

from array import array
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import batched
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import aliased
from sqlmodel import Session

from annotator.domain import CasualtyType, NormalizedValue, Qualifier
from annotator.records import ClaimRecord, ClaimSpan, VerdictRecord
from annotator.storage.raw_rows import fetch_ids
from annotator.tables import claim_t, claim_tag_t, rating_t, reviewer_t, tag_t, verdict_t

_CHUNK = 500  # ids per IN (...) list, well under SQLite's variable limit


NO_VERDICT = "none"  # verdict filter value for claims without a verdict


@dataclass(frozen=True, slots=True)
class ClaimFilter:
    """Which claims to list.  Empty tuples mean "any"; all given conditions must hold."""

    article_ids: tuple[int, ...] = ()
    uuids: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    verdicts: tuple[str, ...] = ()  # rating keys; "none" for claims without a verdict
    origins: tuple[str, ...] = ()
    reviewer: str | None = None  # created or last updated by
    text: str | None = None  # case-insensitive substring of the quote, speaker or location
    limit: int | None = None
    offset: int = 0


def current_verdict_ids() -> Any:
    """A subquery: the newest verdict id of each claim."""
    return (
        select(verdict_t.c.claim_id, func.max(verdict_t.c.id).label("verdict_id"))
        .group_by(verdict_t.c.claim_id)
        .subquery("current_verdict")
    )


def _conditions(f: ClaimFilter) -> list[ColumnElement[bool]]:
    """The WHERE conditions of a filter, as subqueries so they need no joins."""
    conditions: list[ColumnElement[bool]] = []
    if f.article_ids:
        conditions.append(claim_t.c.article_id.in_(f.article_ids))
    if f.uuids:
        conditions.append(claim_t.c.uuid.in_(f.uuids))
    if f.kinds:
        conditions.append(claim_t.c.kind.in_(f.kinds))
    if f.statuses:
        conditions.append(claim_t.c.status.in_(f.statuses))
    if f.origins:
        conditions.append(claim_t.c.origin.in_(f.origins))
    if f.reviewer:
        named = select(reviewer_t.c.id).where(reviewer_t.c.name == f.reviewer)
        conditions.append(or_(claim_t.c.created_by.in_(named), claim_t.c.updated_by.in_(named)))
    if f.text:
        pattern = f"%{f.text.lower()}%"
        conditions.append(
            or_(
                func.lower(claim_t.c.exact).like(pattern),
                func.lower(func.coalesce(claim_t.c.speaker, "")).like(pattern),
                func.lower(func.coalesce(claim_t.c.location, "")).like(pattern),
            )
        )
    if f.tags:
        conditions.append(tag_condition(f.tags))
    if f.verdicts:
        conditions.append(verdict_condition(f.verdicts))
    return conditions


def tag_condition(tags: Sequence[str]) -> ColumnElement[bool]:
    """Claims carrying any of these tags."""
    tagged = (
        select(claim_tag_t.c.claim_id)
        .join(tag_t, tag_t.c.id == claim_tag_t.c.tag_id)
        .where(tag_t.c.name.in_(tags))
    )
    return claim_t.c.id.in_(tagged)


def verdict_condition(verdicts: Sequence[str]) -> ColumnElement[bool]:
    """Claims whose current verdict is one of these ratings ("none": no verdict at all)."""
    current = current_verdict_ids()
    rated = (
        select(current.c.claim_id)
        .join(verdict_t, verdict_t.c.id == current.c.verdict_id)
        .where(verdict_t.c.rating.in_([v for v in verdicts if v != NO_VERDICT]))
    )
    either = [claim_t.c.id.in_(rated)]
    if NO_VERDICT in verdicts:
        either.append(~claim_t.c.id.in_(select(verdict_t.c.claim_id)))
    return or_(*either)


_POSITION = (claim_t.c.article_id, claim_t.c.start, claim_t.c.end, claim_t.c.id)
#: Sort keys whose index holds the position after the key (schema 6).
_INDEXED_SORTS = frozenset(["kind", "status"])


def _filtered(claim_filter: ClaimFilter) -> Select[Any]:
    creator = aliased(reviewer_t, name="creator")
    updater = aliased(reviewer_t, name="updater")
    stmt = (
        select(
            claim_t,
            creator.c.name.label("created_by_name"),
            updater.c.name.label("updated_by_name"),
        )
        .outerjoin(creator, creator.c.id == claim_t.c.created_by)
        .outerjoin(updater, updater.c.id == claim_t.c.updated_by)
        .where(*_conditions(claim_filter))
        .order_by(*_POSITION)
    )
    if claim_filter.limit is not None:
        stmt = stmt.limit(claim_filter.limit)
    if claim_filter.offset:
        stmt = stmt.offset(claim_filter.offset)
    return stmt


SORT_KEYS = (
    "position",
    "id",
    "kind",
    "text",
    "value",
    "speaker",
    "status",
    "verdict",
    "reviewer",
    "updated",
    "confidence",
)


def sorted_claim_ids(
    session: Session, claim_filter: ClaimFilter, sort: str = "position", descending: bool = False
) -> "array[int]":
    """Ids of the claims matching a filter, sorted in SQL; what a lazy table view holds.

    Sorting and filtering 200,000 claims this way takes SQLite a fraction of a
    second, where sorting Python objects in a proxy model took many seconds.
    """
    if sort not in SORT_KEYS:
        raise ValueError(f"unknown sort key {sort!r}")
    stmt = select(claim_t.c.id).where(*_conditions(claim_filter))
    key: Any
    if sort == "verdict":
        current = current_verdict_ids()
        stmt = (
            stmt.outerjoin(current, current.c.claim_id == claim_t.c.id)
            .outerjoin(verdict_t, verdict_t.c.id == current.c.verdict_id)
            .outerjoin(rating_t, rating_t.c.key == verdict_t.c.rating)
        )
        key = func.coalesce(rating_t.c.position, 1_000_000)
    elif sort == "reviewer":
        stmt = stmt.outerjoin(reviewer_t, reviewer_t.c.id == claim_t.c.updated_by)
        key = func.lower(func.coalesce(reviewer_t.c.name, ""))
    else:
        key = {
            "position": None,
            "id": claim_t.c.id,
            "kind": claim_t.c.kind,
            "text": func.lower(claim_t.c.exact),
            "value": claim_t.c.value_min,
            "speaker": func.lower(func.coalesce(claim_t.c.speaker, "")),
            "status": claim_t.c.status,
            "updated": claim_t.c.updated_at,
            "confidence": claim_t.c.confidence,
        }[sort]
    # Descending reverses the whole order, ties included, so that sorting by kind
    # or status either way is a plain scan of the (kind|status, position) index.
    # Keys without an index break ties by id (creation order) alone: SQLite sorts
    # every row for them, and each extra key column makes that ~10 % slower.
    if key is None:
        columns: tuple[Any, ...] = _POSITION
    elif sort == "id":
        columns = (key,)
    elif sort in _INDEXED_SORTS:
        columns = (key, *_POSITION)
    else:
        columns = (key, claim_t.c.id)
    stmt = stmt.order_by(*(c.desc() if descending else c.asc() for c in columns))
    return fetch_ids(session.connection(), stmt)


def claim_spans(session: Session, article_id: int) -> list[ClaimSpan]:
    """The claims of one article as light spans with their current verdict, by position."""
    current = current_verdict_ids()
    stmt = (
        select(
            claim_t.c.id,
            claim_t.c.start,
            claim_t.c.end,
            claim_t.c.kind,
            claim_t.c.status,
            claim_t.c.origin,
            claim_t.c.exact,
            verdict_t.c.rating,
        )
        .outerjoin(current, current.c.claim_id == claim_t.c.id)
        .outerjoin(verdict_t, verdict_t.c.id == current.c.verdict_id)
        .where(claim_t.c.article_id == article_id)
        .order_by(claim_t.c.start, claim_t.c.end, claim_t.c.id)
    )
    return [ClaimSpan(*row) for row in session.connection().execute(stmt)]


def value_from_row(row: Any) -> NormalizedValue | None:
    """The normalised value held in a claim's value columns (ORM row or Core row alike)."""
    value = NormalizedValue(
        min=row.value_min,
        max=row.value_max,
        qualifier=Qualifier(row.qualifier) if row.qualifier else None,
        approx=bool(row.approx),
        unit=row.unit,
        casualty_type=CasualtyType(row.casualty_type) if row.casualty_type else None,
        note=row.value_note,
    )
    return None if value.is_empty() else value


def tags_by_claim(session: Session, claim_ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
    """Tag names per claim id, sorted, for the given claims."""
    found: dict[int, list[str]] = {}
    for chunk in batched(claim_ids, _CHUNK):
        rows = session.connection().execute(
            select(claim_tag_t.c.claim_id, tag_t.c.name)
            .join(tag_t, tag_t.c.id == claim_tag_t.c.tag_id)
            .where(claim_tag_t.c.claim_id.in_(chunk))
            .order_by(tag_t.c.name)
        )
        for claim_id, name in rows:
            found.setdefault(claim_id, []).append(name)
    return {claim_id: tuple(names) for claim_id, names in found.items()}


def current_verdicts(session: Session, claim_ids: Sequence[int]) -> dict[int, VerdictRecord]:
    """The current (newest) verdict per claim id, for the given claims."""
    found: dict[int, VerdictRecord] = {}
    for chunk in batched(claim_ids, _CHUNK):
        newest = (
            select(func.max(verdict_t.c.id))
            .where(verdict_t.c.claim_id.in_(chunk))
            .group_by(verdict_t.c.claim_id)
        )
        rows = session.connection().execute(
            select(verdict_t, reviewer_t.c.name.label("reviewer_name"))
            .outerjoin(reviewer_t, reviewer_t.c.id == verdict_t.c.reviewer_id)
            .where(verdict_t.c.id.in_(newest))
        )
        for row in rows:
            found[row.claim_id] = VerdictRecord(
                id=row.id,
                uuid=row.uuid,
                claim_id=row.claim_id,
                rating=row.rating,
                rationale=row.rationale,
                reviewer=row.reviewer_name,
                created_at=row.created_at,
            )
    return found


def claim_records(
    session: Session,
    claim_filter: ClaimFilter | None = None,
    *,
    claim_ids: Sequence[int] | None = None,
) -> list[ClaimRecord]:
    """Claims matching a filter (or exactly `claim_ids`), with tags and current verdicts."""
    stmt = _filtered(claim_filter or ClaimFilter())
    if claim_ids is not None:
        stmt = stmt.where(and_(claim_t.c.id.in_(list(claim_ids))))
    rows = session.connection().execute(stmt).all()
    ids = [row.id for row in rows]
    tags = tags_by_claim(session, ids)
    verdicts = current_verdicts(session, ids)
    return [
        ClaimRecord(
            id=row.id,
            uuid=row.uuid,
            article_id=row.article_id,
            start=row.start,
            end=row.end,
            exact=row.exact,
            prefix=row.prefix,
            suffix=row.suffix,
            kind=row.kind,
            subtype=row.subtype,
            value=value_from_row(row),
            speaker=row.speaker,
            via=row.via,
            location=row.location,
            time_ref=row.time_ref,
            status=row.status,
            origin=row.origin,
            rule=row.rule,
            detector_version=row.detector_version,
            confidence=row.confidence,
            created_by=row.created_by_name,
            created_at=row.created_at,
            updated_by=row.updated_by_name,
            updated_at=row.updated_at,
            tags=tags.get(row.id, ()),
            verdict=verdicts.get(row.id),
        )
        for row in rows
    ]


def count_claims(session: Session, claim_filter: ClaimFilter) -> int:
    """How many claims match a filter (ignoring its limit and offset)."""
    unpaged = replace(claim_filter, limit=None, offset=0)
    stmt = select(func.count()).select_from(_filtered(unpaged).order_by(None).subquery())
    return int(session.connection().execute(stmt).scalar_one())
