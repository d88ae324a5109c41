"""Reading the event log: the audit trail of who changed what, and when."""

import json

from sqlalchemy import or_
from sqlmodel import col, select

from annotator.models import Event, Reviewer
from annotator.project import Project
from annotator.records import EventRecord


def entity_history(project: Project, entity_uuid: str) -> list[EventRecord]:
    """Every event about one record (claim, source, verdict...), oldest first."""
    return _events(project, entity_uuid=entity_uuid)


def claim_history(project: Project, claim_uuid: str) -> list[EventRecord]:
    """Everything that happened to a claim: its own events plus its verdicts and comments."""
    mention = f'%"claim":"{claim_uuid}"%'
    with project.reading() as session:
        stmt = (
            select(Event, Reviewer.name)
            .outerjoin(Reviewer, col(Reviewer.id) == col(Event.reviewer_id))
            .where(
                or_(
                    col(Event.entity_uuid) == claim_uuid,
                    col(Event.entity).in_(("verdict", "comment")) & col(Event.data).like(mention),
                )
            )
            .order_by(col(Event.id))
        )
        return [_record(event, name) for event, name in session.exec(stmt).all()]


def recent_events(project: Project, limit: int = 100) -> list[EventRecord]:
    """The newest events of the whole project, newest first."""
    return _events(project, limit=limit)


def _record(event: Event, reviewer: str | None) -> EventRecord:
    return EventRecord(
        event.id or 0,
        event.at,
        reviewer,
        event.entity,
        event.entity_uuid,
        event.action,
        json.loads(event.data),
    )


def _events(
    project: Project, *, entity_uuid: str | None = None, limit: int | None = None
) -> list[EventRecord]:
    with project.reading() as session:
        stmt = select(Event, Reviewer.name).outerjoin(
            Reviewer, col(Reviewer.id) == col(Event.reviewer_id)
        )
        if entity_uuid is not None:
            stmt = stmt.where(Event.entity_uuid == entity_uuid).order_by(col(Event.id))
        else:
            stmt = stmt.order_by(col(Event.id).desc())
        if limit is not None:
            stmt = stmt.limit(limit)
        return [_record(event, name) for event, name in session.exec(stmt).all()]
