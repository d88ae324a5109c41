"""Taking a merge back: the reverse of `merge`, from its `MergeReceipt`, in one transaction.

Claims the merge updated get their previous values back; everything it
created is deleted (claims take their tags, links, verdicts and comments with
them); its provenance rows go too, so merging again later works as the first
time.  The audit trail keeps both the merge and its undo.
"""

from collections.abc import Sequence
from itertools import batched
from typing import Any

from sqlalchemy import Connection, Table, delete, select, update

from annotator.changes import Action, Entity, OpResult
from annotator.models import utc_now
from annotator.project import Project
from annotator.review.receipt import MergeReceipt
from annotator.services.projects import require_writable
from annotator.storage import fulltext
from annotator.storage.bulk import bulk_insert
from annotator.storage.unit_of_work import UnitOfWork, event_row
from annotator.tables import (
    article_t,
    claim_source_t,
    claim_t,
    claim_tag_t,
    event_t,
    provenance_t,
    source_t,
    suppression_t,
    tag_t,
    verdict_t,
)

_CHUNK = 500


class _Undo:
    """Deletes and restores rows, noting each change and its audit event."""

    def __init__(self, uow: UnitOfWork, receipt: MergeReceipt) -> None:
        self.uow = uow
        self.connection: Connection = uow.connection
        self.receipt = receipt
        self.events: list[dict[str, Any]] = []
        self.now = utc_now()
        self.count = 0

    def event(self, entity: Entity, row_id: int, uuid: str, action: Action, **data: Any) -> None:
        self.uow.note(entity, row_id, action)
        self.count += 1
        self.events.append(
            event_row(
                self.uow.reviewer_id,
                self.now,
                entity.value,
                uuid,
                action.value,
                {**data, "unmerged_from": self.receipt.from_project_uuid},
            )
        )

    def delete_rows(self, table: Table, entity: Entity, ids: Sequence[int]) -> None:
        for chunk in batched(ids, _CHUNK):
            for row_id, uuid in self.connection.execute(
                select(table.c.id, table.c.uuid).where(table.c.id.in_(chunk))
            ):
                self.event(entity, row_id, uuid, Action.DELETED)
            self.connection.execute(delete(table).where(table.c.id.in_(chunk)))

    def note_articles(self, claim_ids: Sequence[int]) -> None:
        """Tell the views which articles lost or changed claims, before the claims go."""
        for chunk in batched(claim_ids, _CHUNK):
            for article_id in self.connection.execute(
                select(claim_t.c.article_id).where(claim_t.c.id.in_(chunk)).distinct()
            ).scalars():
                self.uow.note(Entity.ARTICLE, article_id, Action.UPDATED)

    def claim_uuid(self, claim_id: int) -> str | None:
        return self.connection.execute(
            select(claim_t.c.uuid).where(claim_t.c.id == claim_id)
        ).scalar()


def unmerge(project: Project, receipt: MergeReceipt) -> OpResult[int]:
    """Undo a merge; returns how many records were deleted or restored."""
    require_writable(project)
    with project.unit_of_work() as uow:
        undo = _Undo(uow, receipt)
        connection = undo.connection
        undo.note_articles([claim_id for claim_id, _ in receipt.claim_updates])
        undo.note_articles(receipt.claim_ids)
        for claim_id, previous in reversed(receipt.claim_updates):
            uuid = undo.claim_uuid(claim_id)
            if uuid is not None:
                connection.execute(update(claim_t).where(claim_t.c.id == claim_id).values(previous))
                undo.event(Entity.CLAIM, claim_id, uuid, Action.UPDATED, restored=sorted(previous))
        undo.delete_rows(verdict_t, Entity.VERDICT, receipt.verdict_ids)
        for claim_id, tag_id in receipt.tag_links:
            connection.execute(
                delete(claim_tag_t).where(
                    claim_tag_t.c.claim_id == claim_id, claim_tag_t.c.tag_id == tag_id
                )
            )
            uuid = undo.claim_uuid(claim_id)
            if uuid is not None:
                undo.event(Entity.CLAIM, claim_id, uuid, Action.UPDATED, tag_removed=tag_id)
        for claim_id, source_id, relation in receipt.source_links:
            link = (claim_source_t.c.claim_id == claim_id, claim_source_t.c.source_id == source_id)
            if relation is None:
                connection.execute(delete(claim_source_t).where(*link))
            else:
                connection.execute(update(claim_source_t).where(*link).values(relation=relation))
            uuid = undo.claim_uuid(claim_id)
            if uuid is not None:
                undo.event(Entity.CLAIM, claim_id, uuid, Action.UPDATED, source=source_id)
        undo.delete_rows(claim_t, Entity.CLAIM, receipt.claim_ids)
        undo.delete_rows(source_t, Entity.SOURCE, receipt.source_ids)
        undo.delete_rows(tag_t, Entity.TAG, receipt.tag_ids)
        for article_id in receipt.article_ids:
            fulltext.unindex_article(connection, article_id)
        undo.delete_rows(article_t, Entity.ARTICLE, receipt.article_ids)
        for article_id, kind, start, end in receipt.suppressions:
            connection.execute(
                delete(suppression_t).where(
                    suppression_t.c.article_id == article_id,
                    suppression_t.c.kind == kind,
                    suppression_t.c.start == start,
                    suppression_t.c.end == end,
                )
            )
        for chunk in batched(receipt.provenance_ids, _CHUNK):
            connection.execute(delete(provenance_t).where(provenance_t.c.id.in_(chunk)))
        bulk_insert(connection, event_t, undo.events)
    return OpResult(undo.count, uow.changes)
