"""Where merged records came from, for the inspector ("from Ann's project on 3 March")."""

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import or_, select

from annotator.project import Project
from annotator.tables import provenance_t, reviewer_t


@dataclass(frozen=True, slots=True)
class ProvenanceRecord:
    """One record brought in by a merge: what, from whose project, by whom and when."""

    entity: str  # claim, verdict, comment, source, claim_tag, claim_source, article
    entity_uuid: str
    from_project_uuid: str
    from_project_name: str
    from_reviewer: str | None
    merged_by: str | None
    merged_at: datetime
    detail: dict[str, Any] = field(default_factory=dict)

    def describe(self) -> str:
        """A line for the inspector."""
        what = self.detail.get("took") or self.entity.replace("_", " ")
        who = f"{self.from_reviewer}'s " if self.from_reviewer else ""
        by = f" by {self.merged_by}" if self.merged_by else ""
        when = self.merged_at.strftime("%Y-%m-%d %H:%M UTC")
        return f"{what} taken from {who}project '{self.from_project_name}'{by} on {when}"


def record_provenance(project: Project, entity_uuid: str) -> list[ProvenanceRecord]:
    """Provenance of one record (a source, a verdict...), oldest first."""
    return _read(project, provenance_t.c.entity_uuid == entity_uuid)


def claim_provenance(project: Project, claim_uuid: str) -> list[ProvenanceRecord]:
    """All that was merged into one claim: itself, taken fields, verdicts, comments, links."""
    return _read(
        project,
        or_(
            provenance_t.c.entity_uuid == claim_uuid,
            provenance_t.c.detail.like(f'%"claim":"{claim_uuid}"%'),
        ),
    )


def _read(project: Project, condition: Any) -> list[ProvenanceRecord]:
    with project.reading() as session:
        rows = session.connection().execute(
            select(provenance_t, reviewer_t.c.name.label("merged_by_name"))
            .outerjoin(reviewer_t, reviewer_t.c.id == provenance_t.c.merged_by)
            .where(condition)
            .order_by(provenance_t.c.id)
        )
        return [
            ProvenanceRecord(
                entity=row.entity,
                entity_uuid=row.entity_uuid,
                from_project_uuid=row.from_project_uuid,
                from_project_name=row.from_project_name,
                from_reviewer=row.from_reviewer,
                merged_by=row.merged_by_name,
                merged_at=row.merged_at,
                detail=json.loads(row.detail),
            )
            for row in rows
        ]
