"""Running the claim detector over a project, with reviewer decisions always winning.

Re-running detection never duplicates a claim and never overwrites or brings
back what a reviewer did: a candidate is skipped when any claim of the same
kind already overlaps it (whatever its origin or status, so rejected claims
stay rejected and edited ones stay edited), and when its exact span was
deleted or moved by a reviewer (recorded in `detection_suppression`).

A refreshing run also replaces the detector's own earlier work where no reviewer has
touched it (`annotator.services.suggestions`), so a project detected by an older
detector, or before its vocabulary changed, can be brought up to date.

The rules use the project's vocabulary (`annotator.services.detector_vocabulary`).
"""

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import batched
from typing import Any

from sqlalchemy import bindparam, delete, func, select, update

from annotator import detection
from annotator.changes import Action, Entity, OpResult
from annotator.detection import DETECTOR_VERSION, DetectedClaim
from annotator.domain import ClaimOrigin, ClaimStatus
from annotator.models import (
    new_uuids,
    utc_now,
)
from annotator.progress import ProgressCallback, no_progress
from annotator.project import Project
from annotator.services.backups import backup_project
from annotator.services.claim_ids import next_claim_id, note_deleted_claim_ids
from annotator.services.claims import quote_selector
from annotator.services.detector_vocabulary import project_vocabulary
from annotator.services.projects import load_taxonomy, require_writable
from annotator.services.suggestions import (
    REFRESHED,
    Suggestion,
    SuggestionsBySpan,
    claims_named_by_review_events,
    detector_fields,
    untouched_suggestions,
)
from annotator.storage.bulk import bulk_insert
from annotator.storage.unit_of_work import UnitOfWork, event_row
from annotator.tables import article_t, claim_t, event_t, suppression_t

BATCH = 200
#: Ids per `DELETE … WHERE id IN (…)` when a refresh withdraws suggestions.
_IDS_PER_DELETE = 500


@dataclass(slots=True)
class DetectionReport:
    """What a detection run did.  A refreshing run (`detect_claims(refresh=True)`) also
    brings untouched suggestions up to date and withdraws those no longer found."""

    articles: int = 0
    claims_added: int = 0
    claims_refreshed: int = 0
    claims_withdrawn: int = 0
    skipped_existing: int = 0
    skipped_suppressed: int = 0
    added_claim_ids: list[int] = field(default_factory=list)
    refreshed_claim_ids: list[int] = field(default_factory=list)
    withdrawn_claim_ids: list[int] = field(default_factory=list)
    detector_version: str = DETECTOR_VERSION
    was_refresh: bool = False

    def refresh_summary(self) -> str:
        """What a refresh did to the stored suggestions, for the CLI and the window."""
        return (
            f"{self.claims_refreshed} suggestion(s) brought up to date, "
            f"{self.claims_withdrawn} withdrawn"
        )


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _article_batches(uow: UnitOfWork, article_ids: Sequence[int] | None) -> Iterator[list[Any]]:
    stmt = select(article_t.c.id, article_t.c.uuid, article_t.c.text).order_by(article_t.c.id)
    if article_ids is not None:
        for chunk in batched(article_ids, BATCH):
            yield list(uow.connection.execute(stmt.where(article_t.c.id.in_(chunk))))
        return
    last = 0
    while True:
        rows = list(uow.connection.execute(stmt.where(article_t.c.id > last).limit(BATCH)))
        if not rows:
            return
        yield rows
        last = rows[-1].id


def _existing(uow: UnitOfWork, article_ids: list[int]) -> tuple[dict[Any, list[Any]], set[Any]]:
    spans: dict[tuple[int, str], list[tuple[int, int]]] = {}
    for article_id, kind, start, end in uow.connection.execute(
        select(claim_t.c.article_id, claim_t.c.kind, claim_t.c.start, claim_t.c.end).where(
            claim_t.c.article_id.in_(article_ids)
        )
    ):
        spans.setdefault((article_id, kind), []).append((start, end))
    suppressed = {
        tuple(row)
        for row in uow.connection.execute(
            select(
                suppression_t.c.article_id,
                suppression_t.c.kind,
                suppression_t.c.start,
                suppression_t.c.end,
            ).where(suppression_t.c.article_id.in_(article_ids))
        )
    }
    return spans, suppressed


def _claim_row(
    candidate: DetectedClaim, article_id: int, text: str, reviewer_id: int | None, now: Any
) -> dict[str, Any]:
    exact, prefix, suffix = quote_selector(text, candidate.start, candidate.end)
    return {
        "article_id": article_id,
        "start": candidate.start,
        "end": candidate.end,
        "exact": exact,
        "prefix": prefix,
        "suffix": suffix,
        "kind": candidate.kind,
        "location": None,
        "time_ref": None,
        "status": ClaimStatus.UNREVIEWED.value,
        "origin": ClaimOrigin.DETECTED.value,
        "created_by": reviewer_id,
        "updated_by": reviewer_id,
        "created_at": now,
        "updated_at": now,
        **detector_fields(candidate),
    }


def detect_claims(
    project: Project,
    article_ids: Sequence[int] | None = None,
    progress: ProgressCallback = no_progress,
    *,
    refresh: bool = False,
) -> OpResult[DetectionReport]:
    """Detect claims in some articles (or all) and add the new ones, in one transaction.

    With `refresh`, the detector's own untouched suggestions (`suggestions`: unreviewed,
    never edited, nothing attached) are also brought up to what it finds now: one whose
    span it finds again gets the current rule, value, speaker and confidence in place
    (same id), and one it no longer finds is withdrawn, so that a better detector or a
    changed vocabulary reaches a project detected before.  A backup tagged "refresh" is
    taken first, since the withdrawn suggestions cannot be brought back by undo."""
    require_writable(project)
    vocabulary = project_vocabulary(project)
    if refresh:
        backup_project(project, tag="refresh")
    report = DetectionReport(was_refresh=refresh)
    with project.unit_of_work() as uow:
        kinds = {k.key for k in load_taxonomy(uow.session).kinds}
        total = (
            len(article_ids)
            if article_ids is not None
            else int(
                uow.connection.execute(select(func.count()).select_from(article_t)).scalar_one()
            )
        )
        progress(0, total)
        named_by_review = claims_named_by_review_events(uow.connection) if refresh else frozenset()
        # Ids are handed out from here on (the write transaction holds the write lock), so
        # a new claim never takes the id of a suggestion withdrawn in the same run.
        next_id = next_claim_id(uow.connection)
        for batch in _article_batches(uow, article_ids):
            batch_ids = [row.id for row in batch]
            spans, suppressed = _existing(uow, batch_ids)
            stale = (
                untouched_suggestions(uow.connection, batch_ids, named_by_review) if refresh else {}
            )
            writes = _BatchWrites()
            now = utc_now()
            for article_id, article_uuid, text in batch:
                candidates = [c for c in detection.detect(text, vocabulary) if c.kind in kinds]
                updated, withdrawn = _bring_up_to_date(
                    candidates, stale.get(article_id, {}), spans, article_id
                )
                added_here = 0
                for candidate in candidates:
                    if (article_id, candidate.kind, candidate.start, candidate.end) in suppressed:
                        report.skipped_suppressed += 1
                        continue
                    taken = spans.setdefault((article_id, candidate.kind), [])
                    if _overlaps(taken, candidate.start, candidate.end):
                        report.skipped_existing += 1
                        continue
                    taken.append((candidate.start, candidate.end))
                    writes.new_rows.append(
                        _claim_row(candidate, article_id, text, uow.reviewer_id, now)
                    )
                    added_here += 1
                report.articles += 1
                writes.updates.extend(updated)
                writes.withdrawn.extend(withdrawn)
                if added_here or updated or withdrawn:
                    uow.note(Entity.ARTICLE, article_id, Action.UPDATED)
                    counts = {"claims": added_here, "detector": DETECTOR_VERSION}
                    if refresh:
                        counts |= {"refreshed": len(updated), "withdrawn": len(withdrawn)}
                    writes.events.append(
                        event_row(uow.reviewer_id, now, "article", article_uuid, "detected", counts)
                    )
            next_id = writes.apply(uow, report, next_id, now)
            progress(report.articles, total)
        for claim_id in report.added_claim_ids:
            uow.note(Entity.CLAIM, claim_id, Action.CREATED)
        for claim_id in report.refreshed_claim_ids:
            uow.note(Entity.CLAIM, claim_id, Action.UPDATED)
        for claim_id in report.withdrawn_claim_ids:
            uow.note(Entity.CLAIM, claim_id, Action.DELETED)
    return OpResult(report, uow.changes)


def _bring_up_to_date(
    candidates: list[DetectedClaim],
    suggestions: SuggestionsBySpan,
    spans: dict[tuple[int, str], list[tuple[int, int]]],
    article_id: int,
) -> tuple[list[tuple[Suggestion, dict[str, Any]]], list[Suggestion]]:
    """What a refresh changes in one article: each untouched suggestion found again at
    its exact span whose detector-owned fields now differ, with the current fields; and
    the suggestions not found again (or a second copy at one span), whose spans are
    freed for this run's candidates."""
    found_again: set[int] = set()
    updated: list[tuple[Suggestion, dict[str, Any]]] = []
    for candidate in candidates:
        same_span = suggestions.get((candidate.kind, candidate.start, candidate.end))
        if not same_span or any(s.id in found_again for s in same_span):
            continue
        suggestion = same_span[0]
        found_again.add(suggestion.id)
        fields = detector_fields(candidate)
        if fields != suggestion.fields:
            updated.append((suggestion, fields))
    withdrawn = [
        s for same_span in suggestions.values() for s in same_span if s.id not in found_again
    ]
    for suggestion in withdrawn:
        spans[(article_id, suggestion.kind)].remove((suggestion.start, suggestion.end))
    return updated, withdrawn


@dataclass(slots=True)
class _BatchWrites:
    """What one batch of articles writes, gathered so that each kind of write is one
    executemany."""

    new_rows: list[dict[str, Any]] = field(default_factory=list)
    updates: list[tuple[Suggestion, dict[str, Any]]] = field(default_factory=list)
    withdrawn: list[Suggestion] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)

    def apply(self, uow: UnitOfWork, report: DetectionReport, next_id: int, now: Any) -> int:
        """Write the batch and count it in `report`; returns the next free claim id."""
        connection = uow.connection
        if self.new_rows:
            new_ids = list(range(next_id, next_id + len(self.new_rows)))
            for row, claim_id, uuid in zip(
                self.new_rows, new_ids, new_uuids(len(self.new_rows)), strict=True
            ):
                row["id"], row["uuid"] = claim_id, uuid
            bulk_insert(connection, claim_t, self.new_rows)
            report.added_claim_ids.extend(new_ids)
            report.claims_added += len(new_ids)
            next_id += len(new_ids)
        if self.updates:
            # `updated_at` stays as it was: a suggestion a refresh brought up to date is
            # still one no reviewer has changed.  Its event says what changed, and from what.
            connection.execute(
                update(claim_t).where(claim_t.c.id == bindparam("claim_id")),
                [{"claim_id": s.id, **fields} for s, fields in self.updates],
            )
            for s, fields in self.updates:
                changed = {k: [s.fields[k], v] for k, v in fields.items() if v != s.fields[k]}
                self._log(
                    uow, now, s, REFRESHED, {"detector": DETECTOR_VERSION, "changed": changed}
                )
            report.refreshed_claim_ids.extend(s.id for s, _ in self.updates)
            report.claims_refreshed += len(self.updates)
        if self.withdrawn:
            ids = [s.id for s in self.withdrawn]
            note_deleted_claim_ids(connection, ids)
            for chunk in batched(ids, _IDS_PER_DELETE):
                connection.execute(delete(claim_t).where(claim_t.c.id.in_(chunk)))
            for s in self.withdrawn:
                self._log(
                    uow,
                    now,
                    s,
                    "withdrawn",
                    {
                        "kind": s.kind,
                        "start": s.start,
                        "end": s.end,
                        "exact": s.exact,
                        "rule": s.fields["rule"],
                        "found_by": s.fields["detector_version"],
                        "withdrawn_by": DETECTOR_VERSION,
                    },
                )
            report.withdrawn_claim_ids.extend(ids)
            report.claims_withdrawn += len(ids)
        if self.events:
            bulk_insert(connection, event_t, self.events)
        return next_id

    def _log(
        self, uow: UnitOfWork, now: Any, suggestion: Suggestion, action: str, data: dict[str, Any]
    ) -> None:
        """An event naming one suggestion, written with the batch's other events."""
        self.events.append(
            event_row(uow.reviewer_id, now, Entity.CLAIM.value, suggestion.uuid, action, data)
        )
