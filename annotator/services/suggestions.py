"""Which detected claims no reviewer has touched: the suggestions a refreshing
detection run may bring up to date or withdraw.

Why a refresh needs this: a project keeps the claims of the detector that found them,
so after an upgrade (a better rule, a measured confidence) or a change to the project's
vocabulary its suggestions are still the old detector's.  Detection may replace its own
work, but "reviewer decisions always win": a claim counts as touched, and is left
exactly as it is, when a reviewer has done anything to it or with it:

* its status is no longer "unreviewed", or it was not made by the detector;
* any event names it: an edit, a status change, a tag or source added or removed,
  a deletion undone (claim events), or a verdict or comment given, even one since
  taken back (verdict and comment events name their claim in their data);
* anything hangs on it: a tag, a source, a verdict, a comment, or a record of having
  been merged in from a colleague's project.

The events are checked as well as the rows because an edit that was undone leaves the
claim looking as detected, but the reviewer has read it, and the undo stack of an open
window may still hold a command that names it.
"""

import json
from collections.abc import Iterable
from typing import Any, NamedTuple

from sqlalchemy import exists, select

from annotator.changes import Entity
from annotator.domain import ClaimOrigin, ClaimStatus
from annotator.storage.unit_of_work import UnitOfWork
from annotator.tables import (
    claim_source_t,
    claim_t,
    claim_tag_t,
    comment_t,
    event_t,
    provenance_t,
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
    "value_min",
    "value_max",
    "qualifier",
    "approx",
    "unit",
    "casualty_type",
    "value_note",
)

#: How many ids go into one `IN (...)` list (SQLite allows 32,766 bound values; other
#: servers fewer).
_IDS_PER_QUERY = 900


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


SuggestionsBySpan = dict[tuple[str, int, int], Suggestion]


def claims_named_by_review_events(uow: UnitOfWork) -> frozenset[str]:
    """The uuids of every claim a verdict or comment event names, over the whole
    project (read once per run: these events name their claim only in their data)."""
    named: set[str] = set()
    rows = uow.connection.execute(
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


def untouched_suggestions(
    uow: UnitOfWork, article_ids: list[int], named_by_review: frozenset[str]
) -> dict[int, SuggestionsBySpan]:
    """The untouched detected claims of some articles, by article and then by kind and
    span (`named_by_review` from `claims_named_by_review_events`).  Whatever hangs on a
    claim is tested in the one query, each through an index on the claim's id or uuid."""
    hanging_on_it = [
        exists().where(table.c.claim_id == claim_t.c.id)
        for table in (claim_tag_t, claim_source_t, verdict_t, comment_t)
    ] + [
        exists().where(uuid_column == claim_t.c.uuid)
        for uuid_column in (event_t.c.entity_uuid, provenance_t.c.entity_uuid)
    ]
    found: dict[int, SuggestionsBySpan] = {}
    for chunk in _chunks(article_ids):
        rows = uow.connection.execute(
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
            .where(
                claim_t.c.article_id.in_(chunk),
                claim_t.c.origin == ClaimOrigin.DETECTED.value,
                claim_t.c.status == ClaimStatus.UNREVIEWED.value,
                *(~test for test in hanging_on_it),
            )
            .order_by(claim_t.c.id)  # so that a run's writes and events come in one order
        )
        for row in rows:
            claim_id, uuid, article_id, kind, start, end, exact, *fields = row
            if uuid in named_by_review:
                continue
            found.setdefault(article_id, {})[(kind, start, end)] = Suggestion(
                claim_id,
                uuid,
                article_id,
                kind,
                start,
                end,
                exact,
                dict(zip(MACHINE_FIELDS, fields, strict=True)),
            )
    return found


def _chunks(items: list[int]) -> Iterable[list[int]]:
    for i in range(0, len(items), _IDS_PER_QUERY):
        yield items[i : i + _IDS_PER_QUERY]
