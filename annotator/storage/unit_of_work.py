"""A unit of work: one session, one transaction, and the record of what it changed.

Services do all their writes through a `UnitOfWork`; its `record` call both
notes the change for the views and appends the audit event in the same
transaction, so the event log can never disagree with the data.
"""

import json
from typing import Any

from sqlalchemy import Connection
from sqlmodel import Session

from annotator.changes import Action, Change, Changes, Entity
from annotator.models import Event, new_uuid


def to_json(data: Any) -> str:
    """Compact, stable JSON for the event log (sorted keys, real Unicode)."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, default=str, separators=(",", ":"))


def event_row(
    reviewer_id: int | None, at: Any, entity: str, entity_uuid: str, action: str, data: Any
) -> dict[str, Any]:
    """One audit event as a row for a bulk insert (`bulk_insert(connection, event_t, …)`):
    the bulk paths (detection, merge, unmerge) write their events this way rather than
    through `UnitOfWork.record`, one executemany per batch."""
    return {
        "uuid": new_uuid(),
        "at": at,
        "reviewer_id": reviewer_id,
        "entity": entity,
        "entity_uuid": entity_uuid,
        "action": action,
        "data": to_json(data),
    }


class UnitOfWork:
    """What a service sees of an open write transaction.

    Attributes:
        session: the ORM session, for single-row edits.
        reviewer_id: who is making the change; stored on every event.
    """

    def __init__(self, session: Session, reviewer_id: int | None) -> None:
        self.session = session
        self.reviewer_id = reviewer_id
        self._changes: list[Change] = []

    @property
    def connection(self) -> Connection:
        """The transaction's Core connection, for bulk `insert()` with executemany."""
        return self.session.connection()

    def record(
        self,
        entity: Entity,
        row_id: int,
        action: Action,
        *,
        uuid: str,
        data: dict[str, Any] | None = None,
        log: bool = True,
    ) -> None:
        """Note a change for the views and, unless `log` is False, append its audit event."""
        self._changes.append(Change(entity, row_id, action))
        if log:
            self.session.add(
                Event(
                    reviewer_id=self.reviewer_id,
                    entity=entity.value,
                    entity_uuid=uuid,
                    action=action.value,
                    data=to_json(data or {}),
                )
            )

    def note(self, entity: Entity, row_id: int, action: Action) -> None:
        """Note a change for the views only (bulk paths log one summary event themselves)."""
        self._changes.append(Change(entity, row_id, action))

    @property
    def changes(self) -> Changes:
        """Everything recorded so far."""
        return Changes.of(self._changes)
