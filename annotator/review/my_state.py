"""What a merge must know of my file before it writes: ids by uuid, vocabularies, history.

Read inside the merge's own transaction (or a read snapshot for a dry run),
so decisions are applied to the file as it is now, not as it was compared:
claims are found by uuid, never by an id remembered from the comparison.
"""

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import batched
from typing import Any

from sqlalchemy import Connection, Table, func, select

from annotator.review.loading import source_key
from annotator.tables import (
    article_t,
    claim_source_t,
    claim_t,
    claim_tag_t,
    comment_t,
    kind_t,
    provenance_t,
    rating_t,
    source_t,
    tag_t,
    verdict_t,
)

_CHUNK = 500


@dataclass(slots=True)
class MyState:
    """My file's relevant contents; the merge keeps it current as it plans additions."""

    claims: dict[str, dict[str, Any]] = field(default_factory=dict)  # needed claims by uuid
    verdicts: dict[int, str] = field(default_factory=dict)  # current rating by claim id
    tag_links: dict[int, set[int]] = field(default_factory=lambda: defaultdict(set))
    source_links: dict[int, dict[int, str]] = field(default_factory=lambda: defaultdict(dict))
    articles: dict[str, int] = field(default_factory=dict)  # id by text SHA-256
    tags: dict[str, int] = field(default_factory=dict)  # id by name
    sources_by_uuid: dict[str, int] = field(default_factory=dict)
    sources_by_key: dict[str, int] = field(default_factory=dict)
    uuids: dict[str, set[str]] = field(default_factory=dict)  # taken uuids by table name
    kinds: frozenset[str] = frozenset()
    ratings: frozenset[str] = frozenset()
    merged_keys: set[str] = field(default_factory=set)  # provenance keys from this colleague
    next_ids: dict[str, int] = field(default_factory=dict)

    def fresh_id(self, table: str) -> int:
        """The next row id of a table; safe because the merge holds the write lock."""
        value = self.next_ids[table]
        self.next_ids[table] = value + 1
        return value


def _all_uuids(connection: Connection, table: Table) -> set[str]:
    return set(connection.execute(select(table.c.uuid)).scalars())


def read_my_state(
    connection: Connection, claim_uuids: Sequence[str], from_project_uuid: str
) -> MyState:
    state = MyState()
    for uuid_chunk in batched(dict.fromkeys(claim_uuids), _CHUNK):
        rows = connection.execute(select(claim_t).where(claim_t.c.uuid.in_(uuid_chunk)))
        for row in rows.mappings():
            state.claims[row["uuid"]] = dict(row)
    ids = [row["id"] for row in state.claims.values()]
    for chunk in batched(ids, _CHUNK):
        newest = (
            select(func.max(verdict_t.c.id))
            .where(verdict_t.c.claim_id.in_(chunk))
            .group_by(verdict_t.c.claim_id)
        )
        state.verdicts.update(
            connection.execute(
                select(verdict_t.c.claim_id, verdict_t.c.rating).where(verdict_t.c.id.in_(newest))
            ).all()
        )
        for claim_id, tag_id in connection.execute(
            select(claim_tag_t.c.claim_id, claim_tag_t.c.tag_id).where(
                claim_tag_t.c.claim_id.in_(chunk)
            )
        ):
            state.tag_links[claim_id].add(tag_id)
        for claim_id, source_id, relation in connection.execute(
            select(
                claim_source_t.c.claim_id, claim_source_t.c.source_id, claim_source_t.c.relation
            ).where(claim_source_t.c.claim_id.in_(chunk))
        ):
            state.source_links[claim_id][source_id] = relation
    state.articles = dict(connection.execute(select(article_t.c.text_sha256, article_t.c.id)).all())
    state.tags = dict(connection.execute(select(tag_t.c.name, tag_t.c.id)).all())
    for source_id, uuid, url in connection.execute(
        select(source_t.c.id, source_t.c.uuid, source_t.c.url)
    ):
        state.sources_by_uuid[uuid] = source_id
        if url:
            state.sources_by_key.setdefault(source_key(url, uuid), source_id)
    for table in (article_t, claim_t, source_t, tag_t, verdict_t, comment_t):
        state.uuids[table.name] = _all_uuids(connection, table)
    # The database's next ids, a deleted claim's included (`services.claim_ids`): a merge is
    # undone and redone through the undo history, and a redo must give the same ids.
    for table in (article_t, claim_t, source_t, tag_t, verdict_t, comment_t, provenance_t):
        state.next_ids[table.name] = (
            connection.execute(select(func.max(table.c.id))).scalar() or 0
        ) + 1
    state.kinds = frozenset(connection.execute(select(kind_t.c.key)).scalars())
    state.ratings = frozenset(connection.execute(select(rating_t.c.key)).scalars())
    for detail in connection.execute(
        select(provenance_t.c.detail).where(provenance_t.c.from_project_uuid == from_project_uuid)
    ).scalars():
        key = json.loads(detail).get("key")
        if key:
            state.merged_keys.add(key)
    return state
