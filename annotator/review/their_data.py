"""Reading the full records a merge takes from a colleague's file (opened read-only).

Compare keeps only light records; a merge needs every column of the claims it
copies, with their verdict history, tags, sources and comments, and the
articles my file lacks.  Reads are chunked by id so any number of claims fits
SQLite's limit on bound variables.
"""

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import batched
from typing import Any

from sqlalchemy import Connection, Table, select
from sqlalchemy.orm import aliased

from annotator.tables import (
    article_t,
    claim_source_t,
    claim_t,
    claim_tag_t,
    comment_t,
    reviewer_t,
    source_t,
    tag_t,
    verdict_t,
)

_CHUNK = 500


@dataclass(frozen=True, slots=True)
class Authored:
    """A row of the colleague's file and the name of the reviewer who made it."""

    row: dict[str, Any]
    author: str | None


@dataclass(frozen=True, slots=True)
class TheirSource:
    source: dict[str, Any]
    relation: str
    author: str | None  # who attached it


@dataclass(frozen=True, slots=True)
class TheirClaim:
    """One claim of the colleague's file with everything hanging on it."""

    claim: Authored
    tags: tuple[str, ...] = ()
    sources: tuple[TheirSource, ...] = ()
    verdicts: tuple[Authored, ...] = ()  # oldest first; the last is current
    comments: tuple[Authored, ...] = ()


def _authored_rows(
    connection: Connection, table: Table, author_column: str, claim_ids: Sequence[int]
) -> dict[int, list[Authored]]:
    """Rows of a per-claim table (verdicts, comments) with their author's name, oldest first."""
    found: dict[int, list[Authored]] = defaultdict(list)
    for chunk in batched(claim_ids, _CHUNK):
        rows = connection.execute(
            select(table, reviewer_t.c.name.label("author_name"))
            .outerjoin(reviewer_t, reviewer_t.c.id == table.c[author_column])
            .where(table.c.claim_id.in_(chunk))
            .order_by(table.c.id)
        ).mappings()
        for row in rows:
            data = dict(row)
            author = data.pop("author_name")
            found[data["claim_id"]].append(Authored(data, author))
    return found


def read_their_claims(connection: Connection, uuids: Sequence[str]) -> dict[str, TheirClaim]:
    """Full records of the colleague's claims with these uuids (missing ones are left out)."""
    updater = aliased(reviewer_t, name="updater")
    creator = aliased(reviewer_t, name="creator")
    claims: dict[int, dict[str, Any]] = {}
    authors: dict[int, str | None] = {}
    for chunk in batched(uuids, _CHUNK):
        rows = connection.execute(
            select(claim_t, updater.c.name.label("updater"), creator.c.name.label("creator"))
            .outerjoin(updater, updater.c.id == claim_t.c.updated_by)
            .outerjoin(creator, creator.c.id == claim_t.c.created_by)
            .where(claim_t.c.uuid.in_(chunk))
        ).mappings()
        for row in rows:
            data = dict(row)
            updated_by, created_by = data.pop("updater"), data.pop("creator")
            authors[data["id"]] = updated_by or created_by
            claims[data["id"]] = data
    ids = list(claims)
    tags: dict[int, list[str]] = defaultdict(list)
    sources: dict[int, list[TheirSource]] = defaultdict(list)
    for id_chunk in batched(ids, _CHUNK):
        for claim_id, name in connection.execute(
            select(claim_tag_t.c.claim_id, tag_t.c.name)
            .join(tag_t, tag_t.c.id == claim_tag_t.c.tag_id)
            .where(claim_tag_t.c.claim_id.in_(id_chunk))
            .order_by(tag_t.c.name)
        ):
            tags[claim_id].append(name)
        for row in connection.execute(
            select(
                source_t,
                claim_source_t.c.claim_id.label("link_claim_id"),
                claim_source_t.c.relation.label("link_relation"),
                reviewer_t.c.name.label("link_author"),
            )
            .join(claim_source_t, claim_source_t.c.source_id == source_t.c.id)
            .outerjoin(reviewer_t, reviewer_t.c.id == claim_source_t.c.added_by)
            .where(claim_source_t.c.claim_id.in_(id_chunk))
            .order_by(claim_source_t.c.added_at, source_t.c.id)
        ).mappings():
            data = dict(row)
            claim_id = data.pop("link_claim_id")
            relation, author = data.pop("link_relation"), data.pop("link_author")
            sources[claim_id].append(TheirSource(data, relation, author))
    verdicts = _authored_rows(connection, verdict_t, "reviewer_id", ids)
    comments = _authored_rows(connection, comment_t, "reviewer_id", ids)
    return {
        row["uuid"]: TheirClaim(
            claim=Authored(row, authors[claim_id]),
            tags=tuple(tags.get(claim_id, ())),
            sources=tuple(sources.get(claim_id, ())),
            verdicts=tuple(verdicts.get(claim_id, ())),
            comments=tuple(comments.get(claim_id, ())),
        )
        for claim_id, row in claims.items()
    }


def read_their_articles(connection: Connection, shas: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Full article rows of the colleague's file by text SHA-256."""
    found: dict[str, dict[str, Any]] = {}
    for chunk in batched(shas, _CHUNK):
        for row in connection.execute(
            select(article_t).where(article_t.c.text_sha256.in_(chunk))
        ).mappings():
            found[row["text_sha256"]] = dict(row)
    return found
