"""Which part of a project an export covers: articles, claim kinds, statuses, verdicts, tags.

An empty tuple means "any"; all given conditions must hold.  Filters name
articles by UUID (not by row id) because an export is read elsewhere, where
row ids mean nothing.
"""

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, true

from annotator.services.claim_reading import tag_condition, verdict_condition
from annotator.tables import article_t, claim_t


@dataclass(frozen=True, slots=True)
class ExportFilter:
    """The selection of an export; the default selects the whole project."""

    article_uuids: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    verdicts: tuple[str, ...] = ()  # rating keys; "none" selects claims without a verdict
    tags: tuple[str, ...] = ()  # a claim carrying any of them is selected

    @property
    def is_complete(self) -> bool:
        """True when nothing is filtered out: the export is the whole project."""
        return not (self.article_uuids or self.claim_filtered)

    @property
    def claim_filtered(self) -> bool:
        """True when claims are selected by their own fields, not only by article."""
        return bool(self.kinds or self.statuses or self.verdicts or self.tags)

    def describe(self) -> dict[str, list[str]]:
        """The filter as written into the export, sorted so the output stays deterministic."""
        return {
            "articles": sorted(self.article_uuids),
            "kinds": sorted(self.kinds),
            "statuses": sorted(self.statuses),
            "tags": sorted(self.tags),
            "verdicts": sorted(self.verdicts),
        }


def article_condition(export_filter: ExportFilter) -> ColumnElement[bool]:
    """The WHERE clause on `article` for the articles named by the filter."""
    if export_filter.article_uuids:
        return article_t.c.uuid.in_(export_filter.article_uuids)
    return true()


def claim_condition(export_filter: ExportFilter) -> ColumnElement[bool]:
    """The WHERE clause on `claim` (joined with `article`) for the selected claims."""
    f = export_filter
    conditions: list[Any] = [article_condition(f)]
    if f.kinds:
        conditions.append(claim_t.c.kind.in_(f.kinds))
    if f.statuses:
        conditions.append(claim_t.c.status.in_(f.statuses))
    if f.tags:
        conditions.append(tag_condition(f.tags))
    if f.verdicts:
        conditions.append(verdict_condition(f.verdicts))
    return and_(*conditions)
