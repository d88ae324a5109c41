"""Adding, editing, deleting and restoring claims, and reading them back.

Each edit runs in one transaction, writes an audit event, and returns what it
needs to be undone: `update_claim` returns the previous field values and
`delete_claim` a full snapshot that `restore_claim` puts back, same id and uuid.
"""

from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import insert
from sqlmodel import Session, col, select

from annotator.changes import Action, Entity, OpResult
from annotator.domain import (
    CasualtyType,
    ClaimOrigin,
    ClaimStatus,
    NormalizedValue,
    PositionSubtype,
    Qualifier,
)
from annotator.errors import NotFoundError, ValidationError
from annotator.models import (
    Article,
    Claim,
    ClaimSource,
    ClaimTag,
    Comment,
    DetectionSuppression,
    Verdict,
    utc_now,
)
from annotator.project import Project
from annotator.records import ClaimRecord, ClaimSpan
from annotator.services.claim_ids import note_deleted_claim_ids
from annotator.services.claim_reading import (
    ClaimFilter,
    claim_records,
    claim_spans,
    sorted_claim_ids,
    value_from_row,
)
from annotator.services.projects import load_taxonomy, require_writable
from annotator.storage.unit_of_work import UnitOfWork

QUOTE_CONTEXT = 32  # characters of prefix/suffix kept with each claim (TextQuoteSelector)

# Fields a reviewer may edit with `update_claim`; offsets re-derive the quote.
EDITABLE_FIELDS = frozenset(
    {
        "start",
        "end",
        "kind",
        "subtype",
        "value",
        "speaker",
        "via",
        "location",
        "time_ref",
        "status",
        "confidence",
    }
)


def quote_selector(text: str, start: int, end: int) -> tuple[str, str, str]:
    """The exact text of a span plus a short prefix and suffix, to re-anchor it later."""
    return (
        text[start:end],
        text[max(0, start - QUOTE_CONTEXT) : start],
        text[end : end + QUOTE_CONTEXT],
    )


def check_span(text_length: int, start: int, end: int) -> None:
    """Refuse offsets outside the article or spans that are empty or reversed."""
    if not (isinstance(start, int) and isinstance(end, int)):
        raise ValidationError("start and end must be whole numbers")
    if start < 0:
        raise ValidationError(f"start {start} must be >= 0")
    if end <= start:
        raise ValidationError(f"end {end} must be greater than start {start}")
    if end > text_length:
        raise ValidationError(
            f"end {end} is past the end of the article ({text_length} characters)"
        )


def value_columns(value: NormalizedValue | None) -> dict[str, Any]:
    """The claim columns that hold a normalised value."""
    value = value or NormalizedValue()
    if value.min is not None and value.max is not None and value.min > value.max:
        raise ValidationError(f"value min {value.min:g} is greater than max {value.max:g}")
    return {
        "value_min": value.min,
        "value_max": value.max,
        "qualifier": Qualifier(value.qualifier).value if value.qualifier else None,
        "approx": bool(value.approx),
        "unit": value.unit,
        "casualty_type": CasualtyType(value.casualty_type).value if value.casualty_type else None,
        "value_note": value.note,
    }


def _check_enums(status: str | None, subtype: str | None, kind: str | None) -> None:
    if status is not None and status not in ClaimStatus.__members__.values():
        allowed = ", ".join(s.value for s in ClaimStatus)
        raise ValidationError(f"unknown status '{status}' (use one of: {allowed})")
    if subtype is not None and kind == "position" and subtype not in PositionSubtype:
        allowed = ", ".join(s.value for s in PositionSubtype)
        raise ValidationError(f"unknown position subtype '{subtype}' (use one of: {allowed})")


def _check_kind(session: Session, kind: str) -> None:
    taxonomy = load_taxonomy(session)
    if taxonomy.kind(kind) is None:
        allowed = ", ".join(k.key for k in taxonomy.kinds)
        raise ValidationError(f"unknown claim kind '{kind}' (this project has: {allowed})")


def _article(session: Session, article_id: int) -> Article:
    article = session.get(Article, article_id)
    if article is None:
        raise NotFoundError(f"no article with id {article_id}")
    return article


def _claim(session: Session, claim_id: int) -> Claim:
    claim = session.get(Claim, claim_id)
    if claim is None:
        raise NotFoundError(f"no claim with id {claim_id}")
    return claim


def _suppress_detection(uow: UnitOfWork, claim: Claim, reason: str) -> None:
    """Remember a detected span a reviewer overruled, so the detector never brings it back."""
    if claim.origin != ClaimOrigin.DETECTED.value:
        return
    key = (claim.article_id, claim.kind, claim.start, claim.end)
    if uow.session.get(DetectionSuppression, key) is None:
        uow.session.add(
            DetectionSuppression(
                article_id=claim.article_id,
                kind=claim.kind,
                start=claim.start,
                end=claim.end,
                reason=reason,
                created_by=uow.reviewer_id,
            )
        )


def _plain(value: Any) -> Any:
    """A JSON-friendly form of a column value for the event log."""
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def add_claim(
    project: Project,
    *,
    article_id: int,
    start: int,
    end: int,
    kind: str,
    subtype: str | None = None,
    value: NormalizedValue | None = None,
    speaker: str | None = None,
    via: str | None = None,
    location: str | None = None,
    time_ref: str | None = None,
    status: str = ClaimStatus.UNREVIEWED.value,
    origin: str = ClaimOrigin.MANUAL.value,
    rule: str | None = None,
    detector_version: str | None = None,
    confidence: float | None = None,
) -> OpResult[int]:
    """Create a claim on a span of an article; returns the new claim's id."""
    require_writable(project)
    _check_enums(status, subtype, kind)
    if origin not in ClaimOrigin.__members__.values():
        raise ValidationError(f"unknown origin '{origin}'")
    if confidence is not None and not 0 <= confidence <= 1:
        raise ValidationError(f"confidence {confidence} must be between 0 and 1")
    with project.unit_of_work() as uow:
        session = uow.session
        article = _article(session, article_id)
        check_span(len(article.text), start, end)
        _check_kind(session, kind)
        exact, prefix, suffix = quote_selector(article.text, start, end)
        claim = Claim(
            article_id=article_id,
            start=start,
            end=end,
            exact=exact,
            prefix=prefix,
            suffix=suffix,
            kind=kind,
            subtype=subtype,
            speaker=speaker,
            via=via,
            location=location,
            time_ref=time_ref,
            status=status,
            origin=origin,
            rule=rule,
            detector_version=detector_version,
            confidence=confidence,
            created_by=uow.reviewer_id,
            updated_by=uow.reviewer_id,
            **value_columns(value),
        )
        session.add(claim)
        session.flush()
        assert claim.id is not None
        uow.record(
            Entity.CLAIM,
            claim.id,
            Action.CREATED,
            uuid=claim.uuid,
            data={
                "article": article.uuid,
                "start": start,
                "end": end,
                "kind": kind,
                "origin": origin,
                "exact": exact,
            },
        )
        uow.note(Entity.ARTICLE, article_id, Action.UPDATED)
    return OpResult(claim.id, uow.changes)


def update_claim(project: Project, claim_id: int, **changes: Any) -> OpResult[dict[str, Any]]:
    """Change some fields of a claim; returns their previous values, ready to pass back for undo.

    Accepted fields: start, end, kind, subtype, value (a NormalizedValue),
    speaker, via, location, time_ref, status, confidence.
    """
    require_writable(project)
    unknown = set(changes) - EDITABLE_FIELDS
    if unknown:
        raise ValidationError(f"these claim fields cannot be edited: {', '.join(sorted(unknown))}")
    with project.unit_of_work() as uow:
        session = uow.session
        claim = _claim(session, claim_id)
        _check_enums(changes.get("status"), changes.get("subtype"), changes.get("kind", claim.kind))
        if "kind" in changes:
            _check_kind(session, changes["kind"])
        confidence = changes.get("confidence")
        if confidence is not None and not 0 <= confidence <= 1:
            raise ValidationError(f"confidence {confidence} must be between 0 and 1")
        if any(
            name in changes and changes[name] != getattr(claim, name)
            for name in ("start", "end", "kind")
        ):
            _suppress_detection(uow, claim, "edited")
        previous: dict[str, Any] = {}
        diff: dict[str, list[Any]] = {}
        for name, new in changes.items():
            if name == "value":
                previous["value"] = value_from_row(claim)
                for column, column_value in value_columns(new).items():
                    if getattr(claim, column) != column_value:
                        diff[column] = [getattr(claim, column), column_value]
                        setattr(claim, column, column_value)
                continue
            old = getattr(claim, name)
            previous[name] = old
            if old != new:
                diff[name] = [_plain(old), _plain(new)]
                setattr(claim, name, new)
        if "start" in changes or "end" in changes:
            article = _article(session, claim.article_id)
            check_span(len(article.text), claim.start, claim.end)
            claim.exact, claim.prefix, claim.suffix = quote_selector(
                article.text, claim.start, claim.end
            )
        if diff:
            claim.updated_by = uow.reviewer_id
            claim.updated_at = utc_now()
            uow.record(Entity.CLAIM, claim_id, Action.UPDATED, uuid=claim.uuid, data=diff)
            uow.note(Entity.ARTICLE, claim.article_id, Action.UPDATED)
    return OpResult(previous, uow.changes)


def set_status(project: Project, claim_id: int, status: str) -> OpResult[dict[str, Any]]:
    """Move a claim through review (unreviewed, in_review, verified, disputed, rejected)."""
    return update_claim(project, claim_id, status=status)


@dataclass(frozen=True, slots=True)
class ClaimSnapshot:
    """Everything stored about one claim, so a deletion can be undone exactly."""

    claim: dict[str, Any]
    tags: tuple[dict[str, Any], ...] = field(default=())
    sources: tuple[dict[str, Any], ...] = field(default=())
    verdicts: tuple[dict[str, Any], ...] = field(default=())
    comments: tuple[dict[str, Any], ...] = field(default=())


def _row_dict(row: Any) -> dict[str, Any]:
    return {column.name: getattr(row, column.name) for column in row.__table__.columns}


def delete_claim(project: Project, claim_id: int) -> OpResult[ClaimSnapshot]:
    """Delete a claim with its tag and source links, verdicts and comments; returns a snapshot."""
    require_writable(project)
    with project.unit_of_work() as uow:
        session = uow.session
        claim = _claim(session, claim_id)
        snapshot = ClaimSnapshot(
            claim=_row_dict(claim),
            tags=tuple(
                _row_dict(r)
                for r in session.exec(select(ClaimTag).where(ClaimTag.claim_id == claim_id))
            ),
            sources=tuple(
                _row_dict(r)
                for r in session.exec(select(ClaimSource).where(ClaimSource.claim_id == claim_id))
            ),
            verdicts=tuple(
                _row_dict(r)
                for r in session.exec(
                    select(Verdict).where(Verdict.claim_id == claim_id).order_by(col(Verdict.id))
                )
            ),
            comments=tuple(
                _row_dict(r)
                for r in session.exec(
                    select(Comment).where(Comment.claim_id == claim_id).order_by(col(Comment.id))
                )
            ),
        )
        _suppress_detection(uow, claim, "deleted")
        session.delete(claim)
        note_deleted_claim_ids(uow.connection, [claim_id])
        uow.record(
            Entity.CLAIM,
            claim_id,
            Action.DELETED,
            uuid=claim.uuid,
            data={"exact": claim.exact, "kind": claim.kind, "start": claim.start, "end": claim.end},
        )
        uow.note(Entity.ARTICLE, claim.article_id, Action.UPDATED)
    return OpResult(snapshot, uow.changes)


def restore_claim(project: Project, snapshot: ClaimSnapshot) -> OpResult[int]:
    """Put back a deleted claim exactly as it was (same id and uuid), with what hung on it."""
    require_writable(project)
    with project.unit_of_work() as uow:
        connection = uow.connection
        claim_id = int(snapshot.claim["id"])
        if uow.session.get(Claim, claim_id) is not None:
            raise ValidationError(f"claim {claim_id} already exists")
        connection.execute(insert(Claim.__table__), [snapshot.claim])  # type: ignore[attr-defined]
        for table, rows in (
            (ClaimTag.__table__, snapshot.tags),  # type: ignore[attr-defined]
            (ClaimSource.__table__, snapshot.sources),  # type: ignore[attr-defined]
            (Verdict.__table__, snapshot.verdicts),  # type: ignore[attr-defined]
            (Comment.__table__, snapshot.comments),  # type: ignore[attr-defined]
        ):
            if rows:
                connection.execute(insert(table), list(rows))
        uow.record(
            Entity.CLAIM,
            claim_id,
            Action.CREATED,
            uuid=snapshot.claim["uuid"],
            data={"restored": True},
        )
        uow.note(Entity.ARTICLE, int(snapshot.claim["article_id"]), Action.UPDATED)
    return OpResult(claim_id, uow.changes)


def list_claims(
    project: Project,
    claim_filter: ClaimFilter | None = None,
    *,
    claim_ids: Sequence[int] | None = None,
) -> list[ClaimRecord]:
    """Claims matching a filter (or exactly `claim_ids`), by article and position."""
    with project.reading() as session:
        return claim_records(session, claim_filter, claim_ids=claim_ids)


def article_claim_spans(project: Project, article_id: int) -> list[ClaimSpan]:
    """One article's claims as light spans for drawing (see `ClaimSpan`)."""
    with project.reading() as session:
        return claim_spans(session, article_id)


def list_claim_ids(
    project: Project, claim_filter: ClaimFilter, sort: str = "position", descending: bool = False
) -> "array[int]":
    """Ids of matching claims in a sort order (see `claim_reading.SORT_KEYS`)."""
    with project.reading() as session:
        return sorted_claim_ids(session, claim_filter, sort, descending)


def get_claim(project: Project, claim_id: int) -> ClaimRecord:
    """One claim with its tags and current verdict."""
    with project.reading() as session:
        records = claim_records(session, claim_ids=[claim_id])
    if not records:
        raise NotFoundError(f"no claim with id {claim_id}")
    return records[0]
