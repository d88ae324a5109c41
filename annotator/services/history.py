"""Reading the event log: the audit trail of who changed what, and when."""

import json

from sqlmodel import select

from annotator.models import Event, Reviewer
from annotator.project import Project
from annotator.records import EventRecord


def entity_history(project: Project, entity_uuid: str) -> list[EventRecord]:
    """Every event about one record (claim, source, verdict...), oldest first."""
    return _events(project, entity_uuid=entity_uuid)


def recent_events(project: Project, limit: int = 100) -> list[EventRecord]:
    """The newest events of the whole project, newest first."""
    return _events(project, limit=limit)


def _events(
    project: Project, *, entity_uuid: str | None = None, limit: int | None = None
) -> list[EventRecord]:
    with project.reading() as session:
        stmt = select(Event, Reviewer.name).outerjoin(
            Reviewer,
            Reviewer.id == Event.reviewer_id,  # type: ignore[arg-type]
        )
        if entity_uuid is not None:
            stmt = stmt.where(Event.entity_uuid == entity_uuid).order_by(Event.id)  # type: ignore[arg-type]
        else:
            stmt = stmt.order_by(Event.id.desc())  # type: ignore[union-attr]
        if limit is not None:
            stmt = stmt.limit(limit)
        return [
            EventRecord(
                e.id or 0, e.at, name, e.entity, e.entity_uuid, e.action, json.loads(e.data)
            )
            for e, name in session.exec(stmt).all()
        ]
