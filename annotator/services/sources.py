"""Evidence: creating sources, editing them, and attaching them to claims with a relation."""

from dataclasses import asdict
from typing import Any

from sqlmodel import Session, col, select

from annotator.changes import Action, Entity, OpResult
from annotator.domain import SourceRelation
from annotator.errors import NotFoundError, ValidationError
from annotator.models import Claim, ClaimSource, Source, utc_now
from annotator.project import Project
from annotator.records import AttachedSource, SourceRecord
from annotator.services.projects import require_writable

SOURCE_FIELDS = (
    "url",
    "title",
    "publisher",
    "published",
    "accessed",
    "archived_url",
    "excerpt",
    "reliability_note",
)
_URL_FIELDS = ("url", "archived_url")


def _check_fields(fields: dict[str, Any]) -> dict[str, str | None]:
    unknown = set(fields) - set(SOURCE_FIELDS)
    if unknown:
        raise ValidationError(f"unknown source fields: {', '.join(sorted(unknown))}")
    cleaned: dict[str, str | None] = {}
    for name, value in fields.items():
        text = None if value is None else str(value).strip() or None
        if text and name in _URL_FIELDS and not text.lower().startswith(("http://", "https://")):
            raise ValidationError(f"{name} must be an http(s) address, got '{text[:80]}'")
        cleaned[name] = text
    return cleaned


def source_record(source: Source) -> SourceRecord:
    assert source.id is not None
    return SourceRecord(
        id=source.id,
        uuid=source.uuid,
        url=source.url,
        title=source.title,
        publisher=source.publisher,
        published=source.published,
        accessed=source.accessed,
        archived_url=source.archived_url,
        excerpt=source.excerpt,
        reliability_note=source.reliability_note,
    )


def _relation(relation: str) -> str:
    if relation not in SourceRelation.__members__.values():
        allowed = ", ".join(r.value for r in SourceRelation)
        raise ValidationError(f"unknown relation '{relation}' (use one of: {allowed})")
    return relation


def _claim(session: Session, claim_id: int) -> Claim:
    claim = session.get(Claim, claim_id)
    if claim is None:
        raise NotFoundError(f"no claim with id {claim_id}")
    return claim


def create_source(project: Project, **fields: Any) -> OpResult[int]:
    """Add a source to the project's evidence; it needs at least a URL or a title."""
    require_writable(project)
    cleaned = _check_fields(fields)
    if not (cleaned.get("url") or cleaned.get("title")):
        raise ValidationError("a source needs at least a URL or a title")
    with project.unit_of_work() as uow:
        source = Source.model_validate({**cleaned, "created_by": uow.reviewer_id})
        uow.session.add(source)
        uow.session.flush()
        assert source.id is not None
        uow.record(Entity.SOURCE, source.id, Action.CREATED, uuid=source.uuid, data=cleaned)
    return OpResult(source.id, uow.changes)


def update_source(project: Project, source_id: int, **fields: Any) -> OpResult[dict[str, Any]]:
    """Edit a source's fields; returns their previous values for undo."""
    require_writable(project)
    cleaned = _check_fields(fields)
    with project.unit_of_work() as uow:
        source = uow.session.get(Source, source_id)
        if source is None:
            raise NotFoundError(f"no source with id {source_id}")
        previous = {name: getattr(source, name) for name in cleaned}
        diff = {n: [previous[n], v] for n, v in cleaned.items() if previous[n] != v}
        for name, value in cleaned.items():
            setattr(source, name, value)
        if diff:
            source.updated_at = utc_now()
            uow.record(Entity.SOURCE, source_id, Action.UPDATED, uuid=source.uuid, data=diff)
    return OpResult(previous, uow.changes)


def attach_source(
    project: Project, claim_id: int, source_id: int, relation: str = "supports"
) -> OpResult[str | None]:
    """Attach a source to a claim (or change its relation); returns the previous relation."""
    require_writable(project)
    relation = _relation(relation)
    with project.unit_of_work() as uow:
        session = uow.session
        claim = _claim(session, claim_id)
        source = session.get(Source, source_id)
        if source is None:
            raise NotFoundError(f"no source with id {source_id}")
        link = session.get(ClaimSource, (claim_id, source_id))
        previous = None if link is None else link.relation
        if link is None:
            session.add(
                ClaimSource(
                    claim_id=claim_id,
                    source_id=source_id,
                    relation=relation,
                    added_by=uow.reviewer_id,
                )
            )
        elif link.relation != relation:
            link.relation = relation
        if previous != relation:
            uow.record(
                Entity.CLAIM,
                claim_id,
                Action.UPDATED,
                uuid=claim.uuid,
                data={
                    "source_attached": source.uuid,
                    "relation": relation,
                    "previous_relation": previous,
                },
            )
    return OpResult(previous, uow.changes)


def detach_source(project: Project, claim_id: int, source_id: int) -> OpResult[str | None]:
    """Detach a source from a claim; returns the relation it had (None if not attached)."""
    require_writable(project)
    with project.unit_of_work() as uow:
        session = uow.session
        claim = _claim(session, claim_id)
        link = session.get(ClaimSource, (claim_id, source_id))
        if link is None:
            return OpResult(None, uow.changes)
        previous = link.relation
        session.delete(link)
        source = session.get(Source, source_id)
        uow.record(
            Entity.CLAIM,
            claim_id,
            Action.UPDATED,
            uuid=claim.uuid,
            data={"source_detached": source.uuid if source else source_id},
        )
    return OpResult(previous, uow.changes)


def get_source(project: Project, source_id: int) -> SourceRecord:
    with project.reading() as session:
        source = session.get(Source, source_id)
        if source is None:
            raise NotFoundError(f"no source with id {source_id}")
        return source_record(source)


def list_sources(project: Project) -> list[SourceRecord]:
    """Every source of the project, for reuse across claims."""
    with project.reading() as session:
        return [source_record(s) for s in session.exec(select(Source).order_by(col(Source.id)))]


def claim_sources(project: Project, claim_id: int) -> list[AttachedSource]:
    """The sources attached to one claim, with their relation, oldest first."""
    with project.reading() as session:
        rows = session.exec(
            select(Source, ClaimSource.relation)
            .join(ClaimSource, ClaimSource.source_id == Source.id)  # type: ignore[arg-type]
            .where(ClaimSource.claim_id == claim_id)
            .order_by(ClaimSource.added_at, Source.id)  # type: ignore[arg-type]
        ).all()
        return [AttachedSource(source_record(source), relation) for source, relation in rows]


def source_as_dict(record: SourceRecord) -> dict[str, Any]:
    """The editable fields of a source record, e.g. to prefill a dialog."""
    data = asdict(record)
    return {name: data[name] for name in SOURCE_FIELDS}
