"""The SQLAlchemy Core `Table` of every model, for set-based reads and bulk writes.

SQLModel exposes them as `Model.__table__`, which type checkers cannot see;
naming them once here keeps that cast in one place.
"""

from typing import cast

from sqlalchemy import Table

from annotator.models import (
    Article,
    Claim,
    ClaimKindRecord,
    ClaimSource,
    ClaimTag,
    Comment,
    DeletedIdFloor,
    DetectionSuppression,
    Event,
    MergeProvenance,
    ProjectRecord,
    ProjectSetting,
    Reviewer,
    Source,
    Tag,
    Verdict,
    VerdictRatingRecord,
)


def _table(model: type) -> Table:
    return cast(Table, model.__table__)  # type: ignore[attr-defined]


project_t = _table(ProjectRecord)
setting_t = _table(ProjectSetting)
kind_t = _table(ClaimKindRecord)
rating_t = _table(VerdictRatingRecord)
reviewer_t = _table(Reviewer)
article_t = _table(Article)
claim_t = _table(Claim)
tag_t = _table(Tag)
claim_tag_t = _table(ClaimTag)
source_t = _table(Source)
claim_source_t = _table(ClaimSource)
verdict_t = _table(Verdict)
comment_t = _table(Comment)
event_t = _table(Event)
suppression_t = _table(DetectionSuppression)
deleted_id_floor_t = _table(DeletedIdFloor)
provenance_t = _table(MergeProvenance)
