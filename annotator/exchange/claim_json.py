"""Claims as native JSON text, built mostly by SQLite: the fast path of every export.

Turning 200,000 claims of thirty columns into Python objects and encoding them
again costs seconds; SQLite's `json_object` builds the fixed part of each
record (identity, span, quote, fields, people and times) in C instead.  Python
adds what SQLite would render differently: numbers that may be fractional
(`confidence`, the value bounds: SQLite keeps only 15 significant digits, which
would not round-trip) and the lists a claim carries (tags, sources, verdicts,
comments), fetched per partition of claims in a few set-based queries.

Keys come in a fixed order, the one `docs/export-format.md` lists, which is
as deterministic as sorted keys and reads better (the UUID first).
"""

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, String, func, literal_column, select, type_coerce
from sqlalchemy.orm import aliased

from annotator.tables import article_t, claim_t, reviewer_t

_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_EMPTY_TAIL = ',"tags":[],"sources":[],"verdict":null,"verdict_history":[],"comments":[]}'


@dataclass(frozen=True, slots=True)
class ClaimLine:
    """One claim as JSON text, with the UUIDs of the verdicts and comments inside it."""

    uuid: str
    text: str
    inner_uuids: tuple[str, ...] = ()


def _time(column: Any) -> Any:
    """Stored `YYYY-MM-DD HH:MM:SS.ffffff` as `YYYY-MM-DDTHH:MM:SS.ffffffZ`; NULL stays NULL."""
    return func.replace(type_coerce(column, String), " ", "T").concat("Z")


def _head_query(condition: ColumnElement[bool]) -> Any:
    creator = aliased(reviewer_t, name="creator")
    updater = aliased(reviewer_t, name="updater")
    c = claim_t.c
    pairs: list[tuple[str, Any]] = [
        ("uuid", c.uuid),
        ("article", article_t.c.uuid),
        ("start", c.start),
        ("end", c.end),
        ("exact", c.exact),
        ("prefix", c.prefix),
        ("suffix", c.suffix),
        ("kind", c.kind),
        ("subtype", c.subtype),
        ("speaker", c.speaker),
        ("via", c.via),
        ("location", c.location),
        ("time_ref", c.time_ref),
        ("status", c.status),
        ("origin", c.origin),
        ("rule", c.rule),
        ("detector_version", c.detector_version),
        ("created_by", creator.c.uuid),
        ("created_at", _time(c.created_at)),
        ("updated_by", updater.c.uuid),
        ("updated_at", _time(c.updated_at)),
    ]
    arguments: list[Any] = []
    for key, column in pairs:
        arguments.extend((literal_column(f"'{key}'"), column))
    return (
        select(
            c.id,
            c.uuid,
            article_t.c.uuid.label("article_uuid"),
            c.start,
            c.end,
            type_coerce(func.json_object(*arguments), String).label("head"),
            c.confidence,
            c.value_min,
            c.value_max,
            c.qualifier,
            c.approx,
            c.unit,
            c.casualty_type,
            c.value_note,
        )
        .join(article_t, article_t.c.id == c.article_id)
        .outerjoin(creator, creator.c.id == c.created_by)
        .outerjoin(updater, updater.c.id == c.updated_by)
        .where(condition)
        # Only what the indexes deliver in order: a full ORDER BY would make SQLite sort
        # every finished row first.  `_in_export_order` breaks the rare ties.
        .order_by(article_t.c.uuid, c.start)
    )


def _in_export_order(rows: Iterable[Any]) -> Iterator[Any]:
    """Rows ordered by (article, start) put in full order: ties by end, then by UUID."""
    group: list[Any] = []
    for row in rows:
        if group and (row[2] != group[0][2] or row[3] != group[0][3]):
            if len(group) > 1:
                group.sort(key=lambda r: (r[4], r[1]))
            yield from group
            group.clear()
        group.append(row)
    if len(group) > 1:
        group.sort(key=lambda r: (r[4], r[1]))
    yield from group


def _value(
    low: float | None,
    high: float | None,
    qualifier: str | None,
    approx: bool | None,
    unit: str | None,
    casualty_type: str | None,
    note: str | None,
) -> dict[str, Any] | None:
    """The normalised value, or None when every value column is empty."""
    if (
        low is None
        and high is None
        and qualifier is None
        and unit is None
        and casualty_type is None
        and note is None
        and not approx
    ):
        return None
    return {
        "min": low,
        "max": high,
        "qualifier": qualifier,
        "approx": bool(approx),
        "unit": unit,
        "casualty_type": casualty_type,
        "note": note,
    }


def _export_time(stored: str | None) -> str | None:
    return None if stored is None else f"{stored[:10]}T{stored[11:]}Z"


Parts = dict[int, list[dict[str, Any]]]


def _grouped(connection: Connection, sql: str) -> dict[int, list[tuple[Any, ...]]]:
    """Rows of one statement, grouped by their first column (a claim id), order kept."""
    grouped: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for row in connection.exec_driver_sql(sql):
        grouped[row[0]].append(tuple(row))
    return grouped


class ClaimParts:
    """Tags, sources, verdict history and comments of every claim, read in one pass each.

    One sequential scan per table beats one index probe per claim by far (a
    project has fewer such rows than claims, often none); the rows wait as raw
    tuples and become records only when their claim is written.
    """

    def __init__(self, connection: Connection, reviewers: Mapping[int, str]) -> None:
        self._who = reviewers.get
        self.tags = _grouped(
            connection,
            "SELECT ct.claim_id, t.name, ct.added_by, ct.added_at FROM claim_tag ct "
            "JOIN tag t ON t.id = ct.tag_id ORDER BY ct.claim_id, t.name",
        )
        self.sources = _grouped(
            connection,
            "SELECT cs.claim_id, s.uuid, cs.relation, cs.added_by, cs.added_at "
            "FROM claim_source cs JOIN source s ON s.id = cs.source_id "
            "ORDER BY cs.claim_id, s.uuid",
        )
        self.verdicts = _grouped(
            connection,
            "SELECT claim_id, uuid, rating, rationale, reviewer_id, created_at FROM verdict "
            "ORDER BY claim_id, id",
        )
        self.comments = _grouped(
            connection,
            "SELECT claim_id, uuid, body, reviewer_id, created_at, updated_at FROM comment "
            "ORDER BY claim_id, id",
        )

    def has_any(self, claim_id: int) -> bool:
        return (
            claim_id in self.tags
            or claim_id in self.sources
            or claim_id in self.verdicts
            or claim_id in self.comments
        )

    def records(self, claim_id: int) -> dict[str, Any]:
        """The lists one claim carries, as export records, in export key order."""
        who = self._who
        history = [
            {
                "uuid": uuid,
                "rating": rating,
                "rationale": rationale,
                "reviewer": who(reviewer_id),
                "created_at": _export_time(created_at),
            }
            for _, uuid, rating, rationale, reviewer_id, created_at in self.verdicts.get(
                claim_id, ()
            )
        ]
        return {
            "tags": [
                {"name": name, "added_by": who(added_by), "added_at": _export_time(added_at)}
                for _, name, added_by, added_at in self.tags.get(claim_id, ())
            ],
            "sources": [
                {
                    "source": source_uuid,
                    "relation": relation,
                    "added_by": who(added_by),
                    "added_at": _export_time(added_at),
                }
                for _, source_uuid, relation, added_by, added_at in self.sources.get(claim_id, ())
            ],
            "verdict": history[-1] if history else None,
            "verdict_history": history,
            "comments": [
                {
                    "uuid": uuid,
                    "body": body,
                    "reviewer": who(reviewer_id),
                    "created_at": _export_time(created_at),
                    "updated_at": _export_time(updated_at),
                }
                for _, uuid, body, reviewer_id, created_at, updated_at in self.comments.get(
                    claim_id, ()
                )
            ],
        }


_NO_NUMBERS = ',"confidence":null,"value":null'


def claim_lines(
    connection: Connection, condition: ColumnElement[bool], reviewers: Mapping[int, str]
) -> Iterator[ClaimLine]:
    """The claims matching `condition` as native JSON text, in export order."""
    parts = ClaimParts(connection, reviewers)
    result = connection.execute(_head_query(condition))
    for claim_id, uuid, _, _, _, head, confidence, *value_columns in _in_export_order(result):
        value = _value(*value_columns)
        if confidence is None and value is None:
            text = head[:-1] + _NO_NUMBERS
        else:
            text = head[:-1] + "," + _encode({"confidence": confidence, "value": value})[1:-1]
        if not parts.has_any(claim_id):
            yield ClaimLine(uuid, text + _EMPTY_TAIL)
            continue
        carried = parts.records(claim_id)
        inner = tuple(v["uuid"] for v in carried["verdict_history"]) + tuple(
            c["uuid"] for c in carried["comments"]
        )
        yield ClaimLine(uuid, text + "," + _encode(carried)[1:], inner)
