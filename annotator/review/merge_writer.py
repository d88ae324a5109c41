"""Turning merge decisions into rows: new ids, provenance and audit events, then one flush.

Everything a merge adds is gathered first and written at the end through Core
executemany (`storage.bulk`), in the merge's single transaction, so merging
thousands of claims is as quick as an import and fails as a whole or not at
all.  A dry run gathers the same rows and simply never flushes them.
"""

from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Table, select, update

from annotator.changes import Action, Change, Entity
from annotator.domain import ClaimOrigin
from annotator.exchange.collect import ARTICLE_METADATA
from annotator.models import new_uuid
from annotator.review.loading import source_key
from annotator.review.my_state import MyState
from annotator.review.receipt import MergeReceipt
from annotator.review.records import Side
from annotator.review.their_data import Authored, TheirSource
from annotator.services.sources import SOURCE_FIELDS
from annotator.storage import fulltext
from annotator.storage.bulk import bulk_insert
from annotator.storage.unit_of_work import event_row, to_json
from annotator.tables import claim_source_t, claim_t, suppression_t

_ARTICLE_COPIED = (*ARTICLE_METADATA, "text", "text_sha256")
_SOURCE_COPIED = SOURCE_FIELDS
_CLAIM_NOT_COPIED = frozenset(
    {"id", "uuid", "article_id", "origin", "created_by", "created_at", "updated_by", "updated_at"}
)
# Tables in the order their rows must be inserted (parents before children).
_ORDER = (
    "article",
    "source",
    "tag",
    "claim",
    "claim_tag",
    "claim_source",
    "verdict",
    "comment",
    "merge_provenance",
    "event",
)


class MergeWriter:
    """Collects the rows of one merge into my file, with their provenance and events."""

    def __init__(
        self,
        state: MyState,
        theirs: Side,
        tables: dict[str, Table],
        reviewer_id: int | None,
        now: datetime,
    ) -> None:
        self.state = state
        self.theirs = theirs
        self.tables = tables
        self.reviewer_id = reviewer_id
        self.now = now
        self.rows: dict[str, list[dict[str, Any]]] = {name: [] for name in _ORDER}
        self.created: Counter[str] = Counter()
        self.changes: list[Change] = []
        self._updates: dict[int, tuple[dict[str, Any], dict[str, Any]]] = {}  # new, previous
        self._relations: list[tuple[int, int, str, str]] = []  # claim, source, new, old
        self._suppress: dict[tuple[int, str, int, int], None] = {}
        self._receipt: dict[str, list[Any]] = {
            name: []
            for name in (
                "article",
                "claim",
                "source",
                "tag",
                "verdict",
                "claim_tag",
                "claim_source",
                "merge_provenance",
            )
        }

    # -- bookkeeping -------------------------------------------------------------------

    def _uuid(self, table: str, wanted: str | None) -> str:
        """Keep the colleague's uuid (so a second merge recognises the record) unless taken."""
        taken = self.state.uuids[table]
        chosen = wanted if wanted and wanted not in taken else new_uuid()
        taken.add(chosen)
        return chosen

    def _event(self, entity: Entity, uuid: str, action: Action, data: dict[str, Any]) -> None:
        self.rows["event"].append(
            event_row(
                self.reviewer_id,
                self.now,
                entity.value,
                uuid,
                action.value,
                {**data, "merged_from": self.theirs.project_uuid},
            )
        )

    def provenance(
        self, entity: str, uuid: str, key: str, author: str | None, **detail: Any
    ) -> None:
        """Remember where a record came from; `key` makes a second merge skip it."""
        row_id = self.state.fresh_id("merge_provenance")
        self.rows["merge_provenance"].append(
            {
                "id": row_id,
                "entity": entity,
                "entity_uuid": uuid,
                "from_project_uuid": self.theirs.project_uuid,
                "from_project_name": self.theirs.project_name,
                "from_reviewer": author,
                "merged_by": self.reviewer_id,
                "merged_at": self.now,
                "detail": to_json({"key": key, **detail}),
            }
        )
        self.state.merged_keys.add(key)
        self._receipt["merge_provenance"].append(row_id)

    def _created(self, table: str, entity: Entity, row_id: int) -> None:
        self.created[table] += 1
        self._receipt[table].append(row_id)
        self.changes.append(Change(entity, row_id, Action.CREATED))

    # -- records -----------------------------------------------------------------------

    def add_article(self, row: dict[str, Any]) -> int:
        """Copy an article my file lacks (same text, so every offset holds)."""
        article_id = self.state.fresh_id("article")
        uuid = self._uuid("article", row["uuid"])
        self.rows["article"].append(
            {
                "id": article_id,
                "uuid": uuid,
                **{name: row[name] for name in _ARTICLE_COPIED},
                "imported_at": self.now,
                "imported_by": self.reviewer_id,
            }
        )
        self.state.articles[row["text_sha256"]] = article_id
        self._created("article", Entity.ARTICLE, article_id)
        self._event(Entity.ARTICLE, uuid, Action.CREATED, {"title": row["title"], "claims": 0})
        self.provenance("article", uuid, f"article:{row['uuid']}", None)
        return article_id

    def add_claim(self, claim: Authored, article_id: int) -> tuple[int, str]:
        """Copy a claim with the colleague's uuid, as origin "merged"; returns (id, uuid)."""
        row = claim.row
        claim_id = self.state.fresh_id("claim")
        uuid = self._uuid("claim", row["uuid"])
        self.rows["claim"].append(
            {
                **{name: value for name, value in row.items() if name not in _CLAIM_NOT_COPIED},
                "id": claim_id,
                "uuid": uuid,
                "article_id": article_id,
                "origin": ClaimOrigin.MERGED.value,
                "created_by": self.reviewer_id,
                "created_at": self.now,
                "updated_by": self.reviewer_id,
                "updated_at": self.now,
            }
        )
        self._created("claim", Entity.CLAIM, claim_id)
        self.changes.append(Change(Entity.ARTICLE, article_id, Action.UPDATED))
        self._event(
            Entity.CLAIM,
            uuid,
            Action.CREATED,
            {"start": row["start"], "end": row["end"], "kind": row["kind"], "exact": row["exact"]},
        )
        self.provenance("claim", uuid, f"claim:{row['uuid']}", claim.author)
        return claim_id, uuid

    def add_verdict(
        self, claim_id: int, claim_uuid: str, verdict: Authored, *, current: bool
    ) -> None:
        """Add a verdict; `current` puts it after my own ones so it becomes the current one."""
        row = verdict.row
        verdict_id = self.state.fresh_id("verdict")
        uuid = self._uuid("verdict", row["uuid"])
        self.rows["verdict"].append(
            {
                "id": verdict_id,
                "uuid": uuid,
                "claim_id": claim_id,
                "rating": row["rating"],
                "rationale": row["rationale"],
                "reviewer_id": self.reviewer_id,
                "created_at": self.now if current else row["created_at"],
            }
        )
        self.created["verdict"] += 1
        self.changes.append(Change(Entity.VERDICT, verdict_id, Action.CREATED))
        self.changes.append(Change(Entity.CLAIM, claim_id, Action.UPDATED))
        if current:
            self._receipt["verdict"].append(verdict_id)
            self.state.verdicts[claim_id] = row["rating"]
        self._event(
            Entity.VERDICT,
            uuid,
            Action.CREATED,
            {"claim": claim_uuid, "rating": row["rating"], "rationale": row["rationale"]},
        )
        self.provenance("verdict", uuid, f"verdict:{row['uuid']}", verdict.author, claim=claim_uuid)

    def add_comment(self, claim_id: int, claim_uuid: str, comment: Authored) -> None:
        row = comment.row
        comment_id = self.state.fresh_id("comment")
        uuid = self._uuid("comment", row["uuid"])
        self.rows["comment"].append(
            {
                "id": comment_id,
                "uuid": uuid,
                "claim_id": claim_id,
                "reviewer_id": self.reviewer_id,
                "body": row["body"],
                "created_at": row["created_at"],
                "updated_at": row["updated_at"],
            }
        )
        self.created["comment"] += 1
        self.changes.append(Change(Entity.COMMENT, comment_id, Action.CREATED))
        self._event(
            Entity.COMMENT, uuid, Action.CREATED, {"claim": claim_uuid, "body": row["body"]}
        )
        self.provenance("comment", uuid, f"comment:{row['uuid']}", comment.author, claim=claim_uuid)

    def _tag_id(self, name: str) -> int:
        known = self.state.tags.get(name)
        if known is not None:
            return known
        tag_id = self.state.fresh_id("tag")
        uuid = self._uuid("tag", None)
        self.rows["tag"].append({"id": tag_id, "uuid": uuid, "name": name, "created_at": self.now})
        self.state.tags[name] = tag_id
        self._created("tag", Entity.TAG, tag_id)
        self._event(Entity.TAG, uuid, Action.CREATED, {"name": name})
        return tag_id

    def link_tag(
        self,
        claim_id: int,
        claim_uuid: str,
        name: str,
        *,
        key: str,
        author: str | None,
        mine: bool,
    ) -> bool:
        """Tag a claim (creating the tag in my vocabulary); False if it already had it."""
        tag_id = self._tag_id(name)
        if tag_id in self.state.tag_links[claim_id]:
            return False
        self.state.tag_links[claim_id].add(tag_id)
        self.rows["claim_tag"].append(
            {
                "claim_id": claim_id,
                "tag_id": tag_id,
                "added_by": self.reviewer_id,
                "added_at": self.now,
            }
        )
        self.created["tag_link"] += 1
        if mine:
            self._receipt["claim_tag"].append((claim_id, tag_id))
            self.changes.append(Change(Entity.CLAIM, claim_id, Action.UPDATED))
            self._event(Entity.CLAIM, claim_uuid, Action.UPDATED, {"tag_added": name})
        self.provenance("claim_tag", claim_uuid, key, author, tag=name)
        return True

    def _source_id(self, source: dict[str, Any], author: str | None) -> tuple[int, str]:
        """My source with the same uuid or URL, or a copy of theirs; returns (id, uuid)."""
        key = source_key(source["url"], source["uuid"])
        known = self.state.sources_by_uuid.get(source["uuid"])
        if known is None and source["url"]:
            known = self.state.sources_by_key.get(key)
        if known is not None:
            return known, source["uuid"]
        source_id = self.state.fresh_id("source")
        uuid = self._uuid("source", source["uuid"])
        copied = {name: source[name] for name in _SOURCE_COPIED}
        self.rows["source"].append(
            {
                "id": source_id,
                "uuid": uuid,
                **copied,
                "created_by": self.reviewer_id,
                "created_at": self.now,
                "updated_at": self.now,
            }
        )
        self.state.sources_by_uuid[source["uuid"]] = source_id
        if source["url"]:
            self.state.sources_by_key[key] = source_id
        self._created("source", Entity.SOURCE, source_id)
        self._event(Entity.SOURCE, uuid, Action.CREATED, copied)
        self.provenance("source", uuid, f"source:{source['uuid']}", author)
        return source_id, uuid

    def link_source(
        self, claim_id: int, claim_uuid: str, their: TheirSource, *, key: str, mine: bool
    ) -> bool:
        """Attach the colleague's source with their relation; False if already so attached."""
        source_id, source_uuid = self._source_id(their.source, their.author)
        links = self.state.source_links[claim_id]
        previous = links.get(source_id)
        if previous == their.relation:
            return False
        links[source_id] = their.relation
        if previous is None:
            self.rows["claim_source"].append(
                {
                    "claim_id": claim_id,
                    "source_id": source_id,
                    "relation": their.relation,
                    "added_by": self.reviewer_id,
                    "added_at": self.now,
                }
            )
            self.created["source_link"] += 1
        else:
            self._relations.append((claim_id, source_id, their.relation, previous))
        if mine:
            self._receipt["claim_source"].append((claim_id, source_id, previous))
            self.changes.append(Change(Entity.CLAIM, claim_id, Action.UPDATED))
            self._event(
                Entity.CLAIM,
                claim_uuid,
                Action.UPDATED,
                {
                    "source_attached": source_uuid,
                    "relation": their.relation,
                    "previous_relation": previous,
                },
            )
        self.provenance(
            "claim_source",
            claim_uuid,
            key,
            their.author,
            source=source_uuid,
            relation=their.relation,
        )
        return True

    def update_claim(
        self,
        mine: dict[str, Any],
        columns: dict[str, Any],
        *,
        key: str,
        author: str | None,
        took: str,
    ) -> bool:
        """Set some columns of my claim to the colleague's values; False if already equal."""
        changed = {name: value for name, value in columns.items() if mine[name] != value}
        if not changed:
            return False
        claim_id = mine["id"]
        new, previous = self._updates.setdefault(
            claim_id,
            ({}, {"updated_by": mine["updated_by"], "updated_at": mine["updated_at"]}),
        )
        moves = any(name in changed for name in ("start", "end", "kind"))
        if moves and mine["origin"] == ClaimOrigin.DETECTED.value:
            self._suppress[(mine["article_id"], mine["kind"], mine["start"], mine["end"])] = None
        for name, value in changed.items():
            previous.setdefault(name, mine[name])
            new[name] = value
            mine[name] = value
        new.update(updated_by=self.reviewer_id, updated_at=self.now)
        self.created["claim_update"] += 1
        self.changes.append(Change(Entity.CLAIM, claim_id, Action.UPDATED))
        self.changes.append(Change(Entity.ARTICLE, mine["article_id"], Action.UPDATED))
        self._event(
            Entity.CLAIM,
            mine["uuid"],
            Action.UPDATED,
            {name: [previous[name], value] for name, value in changed.items()},
        )
        self.provenance("claim", mine["uuid"], key, author, took=took)
        return True

    # -- writing -----------------------------------------------------------------------

    def flush(self, connection: Connection) -> MergeReceipt:
        """Write everything gathered, in dependency order; returns what undo needs."""
        for name in _ORDER:
            rows = self.rows[name]
            bulk_insert(connection, self.tables[name], rows)
            if name == "article" and rows:
                fulltext.index_articles(connection, [row["id"] for row in rows])
        for claim_id, source_id, relation, _ in self._relations:
            connection.execute(
                update(claim_source_t)
                .where(
                    claim_source_t.c.claim_id == claim_id, claim_source_t.c.source_id == source_id
                )
                .values(relation=relation)
            )
        for claim_id, (new, _) in self._updates.items():
            connection.execute(update(claim_t).where(claim_t.c.id == claim_id).values(**new))
        suppressed = list(self._new_suppressions(connection))
        return MergeReceipt(
            from_project_uuid=self.theirs.project_uuid,
            article_ids=tuple(self._receipt["article"]),
            claim_ids=tuple(self._receipt["claim"]),
            source_ids=tuple(self._receipt["source"]),
            tag_ids=tuple(self._receipt["tag"]),
            verdict_ids=tuple(self._receipt["verdict"]),
            tag_links=tuple(self._receipt["claim_tag"]),
            source_links=tuple(self._receipt["claim_source"]),
            claim_updates=tuple((claim_id, prev) for claim_id, (_, prev) in self._updates.items()),
            suppressions=tuple(suppressed),
            provenance_ids=tuple(self._receipt["merge_provenance"]),
        )

    def _new_suppressions(self, connection: Connection) -> Iterator[tuple[int, str, int, int]]:
        """Record detected spans the merge moved, so detection never brings them back."""
        for key in self._suppress:
            article_id, kind, start, end = key
            exists = connection.execute(
                select(suppression_t.c.reason).where(
                    suppression_t.c.article_id == article_id,
                    suppression_t.c.kind == kind,
                    suppression_t.c.start == start,
                    suppression_t.c.end == end,
                )
            ).first()
            if exists is None:
                bulk_insert(
                    connection,
                    suppression_t,
                    [
                        {
                            "article_id": article_id,
                            "kind": kind,
                            "start": start,
                            "end": end,
                            "reason": "edited",
                            "created_by": self.reviewer_id,
                            "created_at": self.now,
                        }
                    ],
                )
                yield key
