"""Which detected claims no reviewer has touched: the suggestions a refreshing
detection run may bring up to date or withdraw.

Why a refresh needs this: a project keeps the claims of the detector that found them,
so after an upgrade (a better rule, a measured confidence) or a change to the project's
vocabulary its suggestions are still the old detector's.  Detection may replace its own
work, but "reviewer decisions always win": a claim counts as touched, and is left
exactly as it is, when a reviewer has done anything to it or with it:

* its status is no longer "unreviewed", or it was not made by the detector;
* it was changed after it was made (`updated_at` is not `created_at`): this survives an
  export and import, which carry both times but not the event log;
* any event names it other than a refresh's own: an edit, a status change, a tag or
  source added or removed, a deletion undone (claim events), or a verdict or comment
  given, even one since taken back (verdict and comment events name their claim in
  their data);
* anything hangs on it: a tag, a source, a verdict, a comment, or a record of having
  been merged in from a colleague's project;
* a reviewer deleted or moved a claim at its exact span (`detection_suppression`): one
  put back since, by undo or from an export, stays as it was put back.

The events are checked as well as the rows because an edit that was undone leaves the
claim looking as detected, but the reviewer has read it, and the undo stack of an open
window may still hold a command that names it.
"""

import json
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Connection, exists, select

from annotator.changes import Entity
from annotator.detection import DETECTOR_VERSION, DetectedClaim
from annotator.domain import ClaimOrigin, ClaimStatus
from annotator.project import Project
from annotator.services.claims import value_columns
from annotator.tables import (
    claim_source_t,
    claim_t,
    claim_tag_t,
    comment_t,
    event_t,
    provenance_t,
    suppression_t,
    verdict_t,
)

#: The claim columns the detector owns: a refresh rewrites these on a suggestion whose
#: span the current detector finds again.  The span and its quote stay as they are.
MACHINE_FIELDS = (
    "subtype",
    "speaker",
    "via",
    "rule",
    "detector_version",
    "confidence",
    *value_columns(None),  # the normalised value's columns, as `detector_fields` sets them
)

#: The event a refresh writes for each suggestion it brings up to date: the one event
#: that does not make a claim touched.
REFRESHED = "refreshed"


def detector_fields(candidate: DetectedClaim) -> dict[str, Any]:
    """The columns the detector owns (`MACHINE_FIELDS`, in that order) for a candidate,
    as detection writes them."""
    return {
        "subtype": candidate.subtype,
        "speaker": candidate.speaker or candidate.actor,
        "via": candidate.via,
        "rule": candidate.rule,
        "detector_version": DETECTOR_VERSION,
        "confidence": max(0.0, min(1.0, candidate.confidence)),
        **value_columns(candidate.value),
    }


class Suggestion(NamedTuple):
    """A detected claim no reviewer has touched, with the fields the detector owns."""

    id: int
    uuid: str
    article_id: int
    kind: str
    start: int
    end: int
    exact: str
    fields: dict[str, Any]


#: An article's untouched suggestions by kind and span; more than one at a span only
#: when imports or merges brought copies.
SuggestionsBySpan = dict[tuple[str, int, int], list[Suggestion]]


def claims_named_by_review_events(connection: Connection) -> frozenset[str]:
    """The uuids of every claim a verdict or comment event names, over the whole
    project (read once per run: these events name their claim only in their data)."""
    named: set[str] = set()
    rows = connection.execute(
        select(event_t.c.data).where(
            event_t.c.entity.in_((Entity.VERDICT.value, Entity.COMMENT.value))
        )
    )
    for (data,) in rows:
        try:
            claim = json.loads(data).get("claim")
        except (ValueError, AttributeError):
            continue  # an event this version did not write; it names no claim we can read
        if isinstance(claim, str):
            named.add(claim)
    return frozenset(named)


def _untouched() -> list[ColumnElement[bool]]:
    """The tests a claim row passes when no reviewer has touched it (module docstring);
    all but the verdict and comment events, read once (`claims_named_by_review_events`).
    Whatever hangs on a claim is tested through an index on its id, uuid or span."""
    marked = [
        exists().where(table.c.claim_id == claim_t.c.id)
        for table in (claim_tag_t, claim_source_t, verdict_t, comment_t)
    ] + [
        exists().where(event_t.c.entity_uuid == claim_t.c.uuid, event_t.c.action != REFRESHED),
        exists().where(provenance_t.c.entity_uuid == claim_t.c.uuid),
        exists().where(
            suppression_t.c.article_id == claim_t.c.article_id,
            suppression_t.c.kind == claim_t.c.kind,
            suppression_t.c.start == claim_t.c.start,
            suppression_t.c.end == claim_t.c.end,
        ),
    ]
    return [
        claim_t.c.origin == ClaimOrigin.DETECTED.value,
        claim_t.c.status == ClaimStatus.UNREVIEWED.value,
        claim_t.c.updated_at == claim_t.c.created_at,
        *(~test for test in marked),
    ]


def outdated_suggestion_count(project: Project) -> int:
    """How many untouched suggestions a detector other than this one made: what a
    refresh of every article would bring up to date or withdraw (the window mentions it
    when a project is opened, since nothing else says a refresh is due)."""
    with project.reading() as session:
        connection = session.connection()
        named = claims_named_by_review_events(connection)
        uuids = connection.execute(
            select(claim_t.c.uuid).where(
                claim_t.c.detector_version != DETECTOR_VERSION, *_untouched()
            )
        ).scalars()
        return sum(1 for uuid in uuids if uuid not in named)


def untouched_suggestions(
    connection: Connection, article_ids: list[int], named_by_review: frozenset[str]
) -> dict[int, SuggestionsBySpan]:
    """The untouched detected claims of a batch of articles (a few hundred ids), by
    article and then by kind and span (`named_by_review` from
    `claims_named_by_review_events`), in one query."""
    rows = connection.execute(
        select(
            claim_t.c.id,
            claim_t.c.uuid,
            claim_t.c.article_id,
            claim_t.c.kind,
            claim_t.c.start,
            claim_t.c.end,
            claim_t.c.exact,
            *(claim_t.c[name] for name in MACHINE_FIELDS),
        )
        .where(claim_t.c.article_id.in_(article_ids), *_untouched())
        .order_by(claim_t.c.id)  # so that a run's writes and events come in one order
    )
    found: dict[int, SuggestionsBySpan] = {}
    for row in rows:
        claim_id, uuid, article_id, kind, start, end, exact, *fields = row
        if uuid in named_by_review:
            continue
        found.setdefault(article_id, {}).setdefault((kind, start, end), []).append(
            Suggestion(
                claim_id,
                uuid,
                article_id,
                kind,
                start,
                end,
                exact,
                dict(zip(MACHINE_FIELDS, fields, strict=True)),
            )
        )
    return found
