"""Reading a project into the records of the native export, streaming, with SQLAlchemy Core.

Every exporter is built on these dictionaries, so a claim means the same in
JSON, JSONL, CSV, ClaimReview and Web Annotation.  Claims are read in
partitions: each partition's tags, sources, verdicts and comments come from a
few set-based queries, so 200,000 claims never become ORM objects and never
sit in memory all at once.

Records name each other by UUID only (row ids mean nothing outside one file),
and come in a stable order (UUIDs, then positions), so that two exports of
the same project are byte-identical and an import followed by an export gives
the same order again.
"""

import json
from collections import defaultdict
from collections.abc import Collection, Iterator
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    Connection,
    Label,
    String,
    func,
    select,
    type_coerce,
)

from annotator.exchange.claim_json import ClaimLine, claim_lines
from annotator.exchange.filters import ExportFilter, article_condition, claim_condition
from annotator.exchange.times import export_time
from annotator.services.articles import EDITABLE_METADATA
from annotator.services.sources import SOURCE_FIELDS
from annotator.tables import (
    article_t,
    claim_source_t,
    claim_t,
    event_t,
    kind_t,
    project_t,
    rating_t,
    reviewer_t,
    setting_t,
    source_t,
    suppression_t,
    tag_t,
    verdict_t,
)

PARTITION = 1000


# What an export carries about an article beyond the editable metadata: where it came from.
ARTICLE_METADATA = (
    *EDITABLE_METADATA,
    "external_id",
    "import_source",
    "import_format",
    "import_encoding",
)


def raw_time(column: Column[Any]) -> Label[str]:
    """A time column as the text SQLite stores, skipping SQLAlchemy's slow datetime parsing."""
    return type_coerce(column, String).label(column.name)


def canonical(value: Any) -> Any:
    """Free-form JSON (settings, event data) with object keys sorted, so its output is stable."""
    if isinstance(value, dict):
        return {key: canonical(value[key]) for key in sorted(value)}
    if isinstance(value, list):
        return [canonical(item) for item in value]
    return value


class NativeReader:
    """Reads one consistent snapshot of a project (the caller's transaction) as export records."""

    def __init__(self, connection: Connection, export_filter: ExportFilter | None = None) -> None:
        self.connection = connection
        self.filter = export_filter or ExportFilter()
        self.reviewer_uuids: dict[int, str] = {
            row.id: row.uuid
            for row in connection.execute(select(reviewer_t.c.id, reviewer_t.c.uuid))
        }

    def _reviewer(self, reviewer_id: int | None) -> str | None:
        return None if reviewer_id is None else self.reviewer_uuids.get(reviewer_id)

    # -- the project, its people and its vocabulary ---------------------------------------

    def project(self) -> dict[str, Any]:
        """Identity, settings, taxonomy (kinds and tag vocabulary) and the verdict scale."""
        c = self.connection
        row = c.execute(
            select(
                project_t.c.uuid,
                project_t.c.name,
                raw_time(project_t.c.created_at),
                project_t.c.created_with,
            )
        ).one()
        settings = {
            key: canonical(json.loads(value))
            for key, value in c.execute(
                select(setting_t.c.key, setting_t.c.value).order_by(setting_t.c.key)
            )
        }
        kinds = [
            {
                "key": k.key,
                "label": k.label,
                "color": k.color,
                "description": k.description,
                "position": k.position,
            }
            for k in c.execute(select(kind_t).order_by(kind_t.c.position, kind_t.c.key))
        ]
        scale = [
            {
                "key": r.key,
                "label": r.label,
                "rating": r.rating,
                "color": r.color,
                "position": r.position,
            }
            for r in c.execute(select(rating_t).order_by(rating_t.c.position, rating_t.c.key))
        ]
        tags = [
            {"uuid": t.uuid, "name": t.name, "created_at": export_time(t.created_at)}
            for t in c.execute(
                select(tag_t.c.uuid, tag_t.c.name, raw_time(tag_t.c.created_at)).order_by(
                    tag_t.c.name
                )
            )
        ]
        return {
            "uuid": row.uuid,
            "name": row.name,
            "created_at": export_time(row.created_at),
            "created_with": row.created_with,
            "settings": settings,
            "taxonomy": {"kinds": kinds, "tags": tags},
            "verdict_scale": scale,
        }

    def reviewers(self) -> list[dict[str, Any]]:
        """Every reviewer of the project (other records refer to them by UUID)."""
        rows = self.connection.execute(
            select(
                reviewer_t.c.uuid,
                reviewer_t.c.name,
                reviewer_t.c.contact,
                raw_time(reviewer_t.c.created_at),
            ).order_by(reviewer_t.c.uuid)
        )
        return [
            {
                "uuid": r.uuid,
                "name": r.name,
                "contact": r.contact,
                "created_at": export_time(r.created_at),
            }
            for r in rows
        ]

    def sources(self, uuids: Collection[str] | None = None) -> list[dict[str, Any]]:
        """Sources: all of them in a complete export, else those the selected claims cite.

        `uuids` restricts the result further (import compares only what it must).
        """
        stmt = select(
            source_t.c.uuid,
            *(source_t.c[name] for name in SOURCE_FIELDS),
            source_t.c.created_by,
            raw_time(source_t.c.created_at),
            raw_time(source_t.c.updated_at),
        ).order_by(source_t.c.uuid)
        if not self.filter.is_complete:
            cited = (
                select(claim_source_t.c.source_id)
                .join(claim_t, claim_t.c.id == claim_source_t.c.claim_id)
                .join(article_t, article_t.c.id == claim_t.c.article_id)
                .where(claim_condition(self.filter))
            )
            stmt = stmt.where(source_t.c.id.in_(cited))
        if uuids is not None:
            stmt = stmt.where(source_t.c.uuid.in_(list(uuids)))
        return [
            {
                "uuid": r.uuid,
                **{name: r._mapping[name] for name in SOURCE_FIELDS},
                "created_by": self._reviewer(r.created_by),
                "created_at": export_time(r.created_at),
                "updated_at": export_time(r.updated_at),
            }
            for r in self.connection.execute(stmt)
        ]

    # -- articles -------------------------------------------------------------------------

    def article_selection(self) -> ColumnElement[bool]:
        """The articles in the export: those named, narrowed to those with selected claims."""
        condition = article_condition(self.filter)
        if self.filter.claim_filtered:
            with_claims = (
                select(claim_t.c.article_id)
                .join(article_t, article_t.c.id == claim_t.c.article_id)
                .where(claim_condition(self.filter))
            )
            condition = condition & article_t.c.id.in_(with_claims)
        return condition

    def _suppressions(self, condition: ColumnElement[bool]) -> dict[int, list[dict[str, Any]]]:
        rows = self.connection.execute(
            select(
                suppression_t.c.article_id,
                suppression_t.c.kind,
                suppression_t.c.start,
                suppression_t.c.end,
                suppression_t.c.reason,
                suppression_t.c.created_by,
                raw_time(suppression_t.c.created_at),
            )
            .join(article_t, article_t.c.id == suppression_t.c.article_id)
            .where(condition)
            .order_by(
                suppression_t.c.article_id,
                suppression_t.c.kind,
                suppression_t.c.start,
                suppression_t.c.end,
            )
        )
        found: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for r in rows:
            found[r.article_id].append(
                {
                    "kind": r.kind,
                    "start": r.start,
                    "end": r.end,
                    "reason": r.reason,
                    "created_by": self._reviewer(r.created_by),
                    "created_at": export_time(r.created_at),
                }
            )
        return found

    def articles(
        self, *, include_text: bool, uuids: Collection[str] | None = None
    ) -> Iterator[dict[str, Any]]:
        """The selected articles in UUID order, with their text unless `include_text` is False."""
        condition = self.article_selection()
        if uuids is not None:
            condition = condition & article_t.c.uuid.in_(list(uuids))
        suppressions = self._suppressions(condition)
        columns = [
            article_t.c.id,
            article_t.c.uuid,
            *(article_t.c[name] for name in ARTICLE_METADATA),
            article_t.c.text_sha256,
            raw_time(article_t.c.imported_at),
            article_t.c.imported_by,
        ]
        if include_text:
            columns.append(article_t.c.text)
        result = self.connection.execute(
            select(*columns).where(condition).order_by(article_t.c.uuid)
        )
        for partition in result.partitions(PARTITION):
            for r in partition:
                record = {
                    "uuid": r.uuid,
                    **{name: r._mapping[name] for name in ARTICLE_METADATA},
                    "text_sha256": r.text_sha256,
                    "imported_at": export_time(r.imported_at),
                    "imported_by": self._reviewer(r.imported_by),
                    "detection_suppressions": suppressions.get(r.id, []),
                }
                if include_text:
                    record["text"] = r.text
                yield record

    # -- claims ---------------------------------------------------------------------------

    def count_claims(self, *, with_verdict: bool = False) -> int:
        """How many claims the export holds (for progress and the GUI's preview)."""
        condition = claim_condition(self.filter)
        if with_verdict:
            condition = condition & claim_t.c.id.in_(select(verdict_t.c.claim_id))
        stmt = (
            select(func.count())
            .select_from(claim_t.join(article_t, article_t.c.id == claim_t.c.article_id))
            .where(condition)
        )
        return int(self.connection.execute(stmt).scalar_one())

    def count_articles(self) -> int:
        """How many articles the export holds."""
        stmt = select(func.count()).select_from(article_t).where(self.article_selection())
        return int(self.connection.execute(stmt).scalar_one())

    def claim_lines(self, uuids: Collection[str] | None = None) -> Iterator[ClaimLine]:
        """The selected claims as native JSON text, in export order (the fast path)."""
        condition = claim_condition(self.filter)
        if uuids is not None:
            condition = condition & claim_t.c.uuid.in_(list(uuids))
        return claim_lines(self.connection, condition, self.reviewer_uuids)

    def claims(self, uuids: Collection[str] | None = None) -> Iterator[dict[str, Any]]:
        """The selected claims as records, ordered by article UUID, start, end and UUID.

        They are parsed from the very text the native export writes, so every
        format built on them agrees with it.  `uuids` restricts the selection
        further (import compares only what it must).
        """
        for line in self.claim_lines(uuids):
            yield json.loads(line.text)

    # -- the event log --------------------------------------------------------------------

    def events(self, about: Collection[str] | None = None) -> Iterator[dict[str, Any]]:
        """The audit trail in time order; only events about the `about` UUIDs when given."""
        rows = self.connection.execute(
            select(
                event_t.c.uuid,
                raw_time(event_t.c.at),
                event_t.c.reviewer_id,
                event_t.c.entity,
                event_t.c.entity_uuid,
                event_t.c.action,
                event_t.c.data,
            ).order_by(event_t.c.at, event_t.c.uuid)
        )
        for r in rows:
            if about is not None and r.entity_uuid not in about:
                continue
            yield {
                "uuid": r.uuid,
                "at": export_time(r.at),
                "reviewer": self._reviewer(r.reviewer_id),
                "entity": r.entity,
                "entity_uuid": r.entity_uuid,
                "action": r.action,
                "data": canonical(json.loads(r.data)),
            }
