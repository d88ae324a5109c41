"""Importing a native export into an existing project, or as a new project: all or nothing.

The steps: read and check the file (`import_checks`), compare it with the
project (what is new, the same, mapped or conflicting), check every new
claim's span against the text it will point into, then insert only what is
new with SQLAlchemy Core in batches, in one transaction with the audit
events.  Any problem raises before anything is written; a cancel from the
progress callback rolls everything back.

Identity: records are matched by UUID.  Two records that are the same thing
under different UUIDs are *mapped*, never duplicated: an article whose text
(SHA-256) is already in the project receives the new claims on the existing
article; a reviewer or tag whose name exists is the existing one.
"""

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from itertools import batched, islice
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select

from annotator import __version__
from annotator.changes import Action, Entity, OpResult
from annotator.exchange.collect import ARTICLE_METADATA, SOURCE_FIELDS, NativeReader, canonical
from annotator.exchange.format import CLAIM_ATTRIBUTE_FIELDS, FORMAT_ID
from annotator.exchange.import_checks import Problems, load_export, span_problems
from annotator.exchange.import_report import Conflict, NativeImportReport, Tally
from annotator.exchange.times import import_time
from annotator.models import ProjectRecord, Reviewer, new_uuid, utc_now
from annotator.progress import ProgressCallback, no_progress
from annotator.project import Project
from annotator.services.claim_ids import next_claim_id
from annotator.services.projects import open_project, require_writable
from annotator.storage import fulltext
from annotator.storage.database import ProjectDatabase
from annotator.storage.unit_of_work import UnitOfWork, to_json
from annotator.tables import (
    article_t,
    claim_source_t,
    claim_t,
    claim_tag_t,
    comment_t,
    event_t,
    kind_t,
    rating_t,
    reviewer_t,
    setting_t,
    source_t,
    suppression_t,
    tag_t,
    verdict_t,
)

BATCH = 1000
_KEYS_PER_QUERY = 500  # keys per IN (...) list, well under SQLite's variable limit
_REVIEWER_KEYS = frozenset({"created_by", "updated_by", "added_by", "reviewer", "imported_by"})


def _time(text: str | None) -> Any:
    return None if text is None else import_time(text)


def _differing(mine: dict[str, Any], theirs: dict[str, Any]) -> tuple[str, ...]:
    return tuple(sorted(k for k in mine.keys() | theirs.keys() if mine.get(k) != theirs.get(k)))


def _translated(value: Any, reviewers: dict[str, str]) -> Any:
    """A file record with reviewer UUIDs replaced by the project's for mapped reviewers."""
    if isinstance(value, dict):
        return {
            k: (
                reviewers.get(v, v)
                if k in _REVIEWER_KEYS and isinstance(v, str)
                else _translated(v, reviewers)
            )
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_translated(item, reviewers) for item in value]
    return value


class _Importer:
    """One import inside one unit of work: compare, check, then write what is new."""

    def __init__(
        self,
        uow: UnitOfWork,
        document: dict[str, Any],
        source: str,
        progress: ProgressCallback,
        acting_reviewer: str | None = None,
    ) -> None:
        self.uow = uow
        self.c = uow.connection
        self.doc = document
        self.source = source
        self.progress = progress
        self.acting_reviewer = acting_reviewer
        self.report = NativeImportReport(source, document["project"]["uuid"])
        self.problems = Problems(source)
        self.reader = NativeReader(self.c)
        self.reviewer_map: dict[str, str] = {}  # file UUID -> project UUID (mapped by name)
        self.reviewer_ids: dict[str, int] = {}  # project UUID -> id
        self.article_ids: dict[str, int] = {}  # file article UUID -> project article id
        self.tag_ids: dict[str, int] = {}  # name -> id
        self.source_ids: dict[str, int] = {}  # UUID -> id
        self.new_claims: list[dict[str, Any]] = []
        self.new_articles: list[dict[str, Any]] = []

    # -- comparing -------------------------------------------------------------------------

    def _keyed(
        self, entity: str, tally: Tally, mine: dict[str, dict[str, Any]], theirs: dict[str, Any]
    ) -> list[str]:
        """Sort keyed records into new, same and conflicting; returns the new keys."""
        for key, record in mine.items():
            if key not in theirs:
                tally.new.append(key)
            elif theirs[key] == record:
                tally.same.append(key)
            else:
                tally.conflicts.append(Conflict(entity, key, _differing(record, theirs[key])))
        return tally.new

    def compare_settings_and_taxonomy(self) -> None:
        project = self.doc["project"]
        existing = {
            k: canonical(json.loads(v))
            for k, v in self.c.execute(select(setting_t.c.key, setting_t.c.value))
        }
        mine = dict(project["settings"].items())
        self._keyed(
            "setting",
            self.report.settings,
            {k: {"value": v} for k, v in mine.items()},
            {k: {"value": v} for k, v in existing.items()},
        )
        fields = ("label", "color", "description")
        kinds = {r.key: {f: r._mapping[f] for f in fields} for r in self.c.execute(select(kind_t))}
        self._keyed(
            "kind",
            self.report.kinds,
            {k["key"]: {f: k[f] for f in fields} for k in project["taxonomy"]["kinds"]},
            kinds,
        )
        fields = ("label", "rating", "color")
        ratings = {
            r.key: {f: r._mapping[f] for f in fields} for r in self.c.execute(select(rating_t))
        }
        self._keyed(
            "rating",
            self.report.ratings,
            {r["key"]: {f: r[f] for f in fields} for r in project["verdict_scale"]},
            ratings,
        )

    def compare_reviewers(self) -> None:
        existing = {r["uuid"]: r for r in self.reader.reviewers()}
        by_name = {r["name"]: r["uuid"] for r in existing.values()}
        self.reviewer_ids = {
            uuid: rid for rid, uuid in self.c.execute(select(reviewer_t.c.id, reviewer_t.c.uuid))
        }
        tally = self.report.reviewers
        for reviewer in self.doc["reviewers"]:
            uuid = reviewer["uuid"]
            if uuid in existing:
                if existing[uuid] == reviewer:
                    tally.same.append(uuid)
                else:
                    tally.conflicts.append(
                        Conflict("reviewer", uuid, _differing(reviewer, existing[uuid]))
                    )
            elif reviewer["name"] in by_name:
                tally.mapped[uuid] = self.reviewer_map[uuid] = by_name[reviewer["name"]]
            else:
                tally.new.append(uuid)

    def compare_tags(self) -> None:
        existing = {
            r.uuid: r for r in self.c.execute(select(tag_t.c.id, tag_t.c.uuid, tag_t.c.name))
        }
        by_name = {r.name: r for r in existing.values()}
        self.tag_ids = {r.name: r.id for r in existing.values()}
        tally = self.report.tags
        for tag in self.doc["project"]["taxonomy"]["tags"]:
            uuid, name = tag["uuid"], tag["name"]
            if uuid in existing and existing[uuid].name == name:
                tally.same.append(uuid)
            elif uuid in existing:
                tally.conflicts.append(Conflict("tag", uuid, ("name",)))
            elif name in by_name:
                tally.mapped[uuid] = by_name[name].uuid
            else:
                tally.new.append(uuid)

    def compare_sources(self) -> None:
        mine = {s["uuid"]: _translated(s, self.reviewer_map) for s in self.doc["sources"]}
        theirs = {s["uuid"]: s for s in self.reader.sources(mine)}
        self._keyed("source", self.report.sources, mine, theirs)
        self.source_ids = {
            row.uuid: row.id
            for row in self.c.execute(
                select(source_t.c.uuid, source_t.c.id).where(source_t.c.uuid.in_(list(theirs)))
            )
        }

    def compare_articles(self) -> None:
        """Sort the file's articles; those without text must already be in the project."""
        tally = self.report.articles
        articles = self.doc["articles"]
        by_uuid = {
            uuid: (aid, sha)
            for aid, uuid, sha in self._in_chunks(
                [a["uuid"] for a in articles],
                lambda chunk: select(
                    article_t.c.id, article_t.c.uuid, article_t.c.text_sha256
                ).where(article_t.c.uuid.in_(chunk)),
            )
        }
        by_sha = {
            sha: (aid, uuid)
            for aid, uuid, sha in self._in_chunks(
                [a["text_sha256"] for a in articles],
                lambda chunk: select(
                    article_t.c.id, article_t.c.uuid, article_t.c.text_sha256
                ).where(article_t.c.text_sha256.in_(chunk)),
            )
        }
        theirs = {a["uuid"]: a for a in self.reader.articles(include_text=False, uuids=by_uuid)}
        for index, article in enumerate(articles):
            uuid = article["uuid"]
            if uuid in by_uuid:
                self.article_ids[uuid] = by_uuid[uuid][0]
                mine = _translated(
                    {k: v for k, v in article.items() if k != "text"}, self.reviewer_map
                )
                if mine == theirs[uuid]:
                    tally.same.append(uuid)
                else:
                    tally.conflicts.append(
                        Conflict("article", uuid, _differing(mine, theirs[uuid]))
                    )
            elif article["text_sha256"] in by_sha:
                target_id, target_uuid = by_sha[article["text_sha256"]]
                self.article_ids[uuid] = target_id
                tally.mapped[uuid] = target_uuid
            elif "text" not in article:
                self.problems.add(
                    ("articles", index, "text"),
                    f"missing (the file was exported without texts) and this project has no "
                    f"article with that text (title {article['title']!r})",
                )
            else:
                tally.new.append(uuid)
                self.new_articles.append(article)

    def _in_chunks(self, keys: Sequence[Any], statement: Any) -> Iterator[tuple[Any, ...]]:
        for chunk in batched(keys, _KEYS_PER_QUERY):
            yield from (tuple(row) for row in self.c.execute(statement(list(chunk))))

    def compare_claims(self) -> None:
        claims = self.doc["claims"]
        existing = {
            uuid
            for (uuid,) in self._in_chunks(
                [c["uuid"] for c in claims],
                lambda chunk: select(claim_t.c.uuid).where(claim_t.c.uuid.in_(chunk)),
            )
        }
        theirs = {c["uuid"]: c for c in self.reader.claims(existing)} if existing else {}
        articles = {a["uuid"]: a for a in self.doc["articles"]}
        article_uuid_map = self.report.articles.mapped
        tally = self.report.claims
        needs_text: dict[int, list[tuple[int, dict[str, Any]]]] = defaultdict(list)
        for index, claim in enumerate(claims):
            uuid = claim["uuid"]
            if uuid in existing:
                mine = _translated(claim, self.reviewer_map)
                mine["article"] = article_uuid_map.get(mine["article"], mine["article"])
                if mine == theirs[uuid]:
                    tally.same.append(uuid)
                else:
                    tally.conflicts.append(Conflict("claim", uuid, _differing(mine, theirs[uuid])))
                continue
            tally.new.append(uuid)
            self.new_claims.append(claim)
            article = articles[claim["article"]]
            if "text" not in article and claim["article"] in self.article_ids:
                needs_text[self.article_ids[claim["article"]]].append((index, claim))
        for article_id, waiting in needs_text.items():
            text = self.c.execute(
                select(article_t.c.text).where(article_t.c.id == article_id)
            ).scalar_one()
            for index, claim in waiting:
                for where, message in span_problems(claim, text):
                    self.problems.add(("claims", index, where), message)

    def compare_events(self) -> list[dict[str, Any]]:
        events = self.doc.get("events", [])
        existing = {
            uuid
            for (uuid,) in self._in_chunks(
                [e["uuid"] for e in events],
                lambda chunk: select(event_t.c.uuid).where(event_t.c.uuid.in_(chunk)),
            )
        }
        new = [e for e in events if e["uuid"] not in existing]
        self.report.events.same.extend(e["uuid"] for e in events if e["uuid"] in existing)
        self.report.events.new.extend(e["uuid"] for e in new)
        return new

    # -- writing ---------------------------------------------------------------------------

    def _next_id(self, table: Any) -> int:
        if table is claim_t:  # never a deleted claim's id (`claim_ids`)
            return next_claim_id(self.c)
        return int(self.c.execute(select(func.max(table.c.id))).scalar() or 0) + 1

    def _insert(self, table: Any, rows: Sequence[dict[str, Any]]) -> None:
        for batch in batched(rows, BATCH):
            self.c.execute(insert(table), list(batch))

    def reviewer_id(self, file_uuid: str | None) -> int | None:
        if file_uuid is None:
            return None
        return self.reviewer_ids[self.reviewer_map.get(file_uuid, file_uuid)]

    def write_vocabulary(self) -> None:
        project = self.doc["project"]
        settings = project["settings"]
        self._insert(
            setting_t,
            [
                {
                    "key": key,
                    "value": json.dumps(settings[key], ensure_ascii=False, sort_keys=True),
                }
                for key in self.report.settings.new
            ],
        )
        empty = not self.c.execute(select(func.count()).select_from(kind_t)).scalar()
        base = int(self.c.execute(select(func.max(kind_t.c.position))).scalar() or 0) + 1
        new_kinds = set(self.report.kinds.new)
        self._insert(
            kind_t,
            [
                {
                    **{f: k[f] for f in ("key", "label", "color", "description")},
                    "position": k["position"] if empty else base + i,
                }
                for i, k in enumerate(
                    k for k in project["taxonomy"]["kinds"] if k["key"] in new_kinds
                )
            ],
        )
        empty = not self.c.execute(select(func.count()).select_from(rating_t)).scalar()
        base = int(self.c.execute(select(func.max(rating_t.c.position))).scalar() or 0) + 1
        new_ratings = set(self.report.ratings.new)
        self._insert(
            rating_t,
            [
                {
                    **{f: r[f] for f in ("key", "label", "rating", "color")},
                    "position": r["position"] if empty else base + i,
                }
                for i, r in enumerate(
                    r for r in project["verdict_scale"] if r["key"] in new_ratings
                )
            ],
        )
        next_id = self._next_id(reviewer_t)
        rows = []
        new_reviewers = set(self.report.reviewers.new)
        for reviewer in self.doc["reviewers"]:
            if reviewer["uuid"] in new_reviewers:
                self.reviewer_ids[reviewer["uuid"]] = next_id
                rows.append(
                    {
                        "id": next_id,
                        "uuid": reviewer["uuid"],
                        "name": reviewer["name"],
                        "contact": reviewer["contact"],
                        "created_at": _time(reviewer["created_at"]),
                    }
                )
                next_id += 1
        self._insert(reviewer_t, rows)
        self._act_as_reviewer()
        next_id = self._next_id(tag_t)
        rows = []
        new_tags = set(self.report.tags.new)
        for tag in project["taxonomy"]["tags"]:
            if tag["uuid"] in new_tags:
                self.tag_ids[tag["name"]] = next_id
                rows.append(
                    {
                        "id": next_id,
                        "uuid": tag["uuid"],
                        "name": tag["name"],
                        "created_at": _time(tag["created_at"]),
                    }
                )
                next_id += 1
        self._insert(tag_t, rows)
        next_id = self._next_id(source_t)
        rows = []
        new_sources = set(self.report.sources.new)
        for source in self.doc["sources"]:
            if source["uuid"] in new_sources:
                self.source_ids[source["uuid"]] = next_id
                rows.append(
                    {
                        "id": next_id,
                        "uuid": source["uuid"],
                        **{f: source[f] for f in SOURCE_FIELDS},
                        "created_by": self.reviewer_id(source["created_by"]),
                        "created_at": _time(source["created_at"]),
                        "updated_at": _time(source["updated_at"]),
                    }
                )
                next_id += 1
        self._insert(source_t, rows)

    def _act_as_reviewer(self) -> None:
        """For a new project: record the rest under the importing reviewer (added if new)."""
        if self.acting_reviewer is None:
            return
        found = self.c.execute(
            select(reviewer_t.c.id).where(reviewer_t.c.name == self.acting_reviewer)
        ).scalar()
        if found is None:
            reviewer = Reviewer(name=self.acting_reviewer)
            self.uow.session.add(reviewer)
            self.uow.session.flush()
            found = reviewer.id
            self.uow.reviewer_id = found
            assert found is not None
            self.uow.record(
                Entity.REVIEWER,
                found,
                Action.CREATED,
                uuid=reviewer.uuid,
                data={"name": self.acting_reviewer},
            )
        self.uow.reviewer_id = found

    def write_articles(self) -> None:
        next_id = self._next_id(article_t)
        rows: list[dict[str, Any]] = []
        suppressions: list[dict[str, Any]] = []
        for article in self.new_articles:
            article_id = next_id
            next_id += 1
            self.article_ids[article["uuid"]] = article_id
            self.report.added_article_ids.append(article_id)
            rows.append(
                {
                    "id": article_id,
                    "uuid": article["uuid"],
                    **{f: article[f] for f in ARTICLE_METADATA},
                    "text": article["text"],
                    "text_sha256": article["text_sha256"],
                    "imported_at": _time(article["imported_at"]),
                    "imported_by": self.reviewer_id(article["imported_by"]),
                }
            )
            suppressions.extend(
                {
                    "article_id": article_id,
                    "kind": s["kind"],
                    "start": s["start"],
                    "end": s["end"],
                    "reason": s["reason"],
                    "created_by": self.reviewer_id(s["created_by"]),
                    "created_at": _time(s["created_at"]),
                }
                for s in article["detection_suppressions"]
            )
        for batch in batched(rows, BATCH):
            self.c.execute(insert(article_t), list(batch))
            fulltext.index_articles(self.c, [row["id"] for row in batch])
        self._insert(suppression_t, suppressions)

    def write_claims(self) -> dict[int, int]:
        """Insert the new claims and what they carry; returns claims added per article id."""
        total = len(self.new_claims)
        self.progress(0, total)
        claim_id = self._next_id(claim_t)
        per_article: dict[int, int] = defaultdict(int)
        done = 0
        for batch in batched(self.new_claims, BATCH):
            claims: list[dict[str, Any]] = []
            tags: list[dict[str, Any]] = []
            links: list[dict[str, Any]] = []
            verdicts: list[dict[str, Any]] = []
            comments: list[dict[str, Any]] = []
            for claim in batch:
                article_id = self.article_ids[claim["article"]]
                per_article[article_id] += 1
                value = claim["value"] or {}
                claims.append(
                    {
                        "id": claim_id,
                        "uuid": claim["uuid"],
                        "article_id": article_id,
                        **{
                            f: claim[f]
                            for f in (
                                "start",
                                "end",
                                "exact",
                                "prefix",
                                "suffix",
                                "kind",
                                "subtype",
                                *CLAIM_ATTRIBUTE_FIELDS,
                            )
                        },
                        "value_min": value.get("min"),
                        "value_max": value.get("max"),
                        "qualifier": value.get("qualifier"),
                        "approx": bool(value.get("approx")),
                        "unit": value.get("unit"),
                        "casualty_type": value.get("casualty_type"),
                        "value_note": value.get("note"),
                        "created_by": self.reviewer_id(claim["created_by"]),
                        "created_at": _time(claim["created_at"]),
                        "updated_by": self.reviewer_id(claim["updated_by"]),
                        "updated_at": _time(claim["updated_at"]),
                    }
                )
                tags.extend(
                    {
                        "claim_id": claim_id,
                        "tag_id": self.tag_ids[t["name"]],
                        "added_by": self.reviewer_id(t["added_by"]),
                        "added_at": _time(t["added_at"]),
                    }
                    for t in claim["tags"]
                )
                links.extend(
                    {
                        "claim_id": claim_id,
                        "source_id": self.source_ids[s["source"]],
                        "relation": s["relation"],
                        "added_by": self.reviewer_id(s["added_by"]),
                        "added_at": _time(s["added_at"]),
                    }
                    for s in claim["sources"]
                )
                verdicts.extend(
                    {
                        "uuid": v["uuid"],
                        "claim_id": claim_id,
                        "rating": v["rating"],
                        "rationale": v["rationale"],
                        "reviewer_id": self.reviewer_id(v["reviewer"]),
                        "created_at": _time(v["created_at"]),
                    }
                    for v in claim["verdict_history"]
                )
                comments.extend(
                    {
                        "uuid": n["uuid"],
                        "claim_id": claim_id,
                        "body": n["body"],
                        "reviewer_id": self.reviewer_id(n["reviewer"]),
                        "created_at": _time(n["created_at"]),
                        "updated_at": _time(n["updated_at"]),
                    }
                    for n in claim["comments"]
                )
                claim_id += 1
            for table, rows in (
                (claim_t, claims),
                (claim_tag_t, tags),
                (claim_source_t, links),
                (verdict_t, verdicts),
                (comment_t, comments),
            ):
                if rows:
                    self.c.execute(insert(table), rows)
            done += len(batch)
            self.progress(done, total)
        return per_article

    def write_events(self, events: Iterable[dict[str, Any]]) -> None:
        self._insert(
            event_t,
            [
                {
                    "uuid": e["uuid"],
                    "at": _time(e["at"]),
                    "reviewer_id": self.reviewer_id(e["reviewer"]),
                    "entity": e["entity"],
                    "entity_uuid": e["entity_uuid"],
                    "action": e["action"],
                    "data": to_json(e["data"]),
                }
                for e in events
            ],
        )

    def write_audit(self, per_article: dict[int, int]) -> None:
        """One event per article that received claims, one for the import as a whole."""
        now = utc_now()
        new_ids = set(self.report.added_article_ids)
        uuids = {aid: uuid for uuid, aid in self.article_ids.items()}
        mapped = self.report.articles.mapped
        rows = []
        for article_id in sorted(set(per_article) | new_ids):
            file_uuid = uuids[article_id]
            created = article_id in new_ids
            rows.append(
                {
                    "uuid": new_uuid(),
                    "at": now,
                    "reviewer_id": self.uow.reviewer_id,
                    "entity": Entity.ARTICLE.value,
                    "entity_uuid": mapped.get(file_uuid, file_uuid),
                    "action": (Action.CREATED if created else Action.UPDATED).value,
                    "data": to_json(
                        {
                            "source": self.source,
                            "format": FORMAT_ID,
                            "claims": per_article.get(article_id, 0),
                        }
                    ),
                }
            )
            self.uow.note(Entity.ARTICLE, article_id, Action.CREATED if created else Action.UPDATED)
        self._insert(event_t, rows)
        record = self.uow.session.get(ProjectRecord, 1)
        assert record is not None
        self.uow.record(
            Entity.PROJECT,
            1,
            Action.UPDATED,
            uuid=record.uuid,
            data={
                "imported": self.source,
                "format": FORMAT_ID,
                "from_project": self.report.export_project_uuid,
                **{name: len(t.new) for name, t in self.report.tallies().items()},
            },
        )
        if self.report.claims.new:
            self.uow.note(Entity.CLAIM, 0, Action.CREATED)  # many claims: views reload wholesale
        for entity, tally in (
            (Entity.TAXONOMY, self.report.kinds),
            (Entity.TAXONOMY, self.report.ratings),
            (Entity.TAG, self.report.tags),
            (Entity.SOURCE, self.report.sources),
            (Entity.REVIEWER, self.report.reviewers),
        ):
            if tally.new:
                self.uow.note(entity, 0, Action.CREATED)

    def run(self) -> NativeImportReport:
        self.compare_settings_and_taxonomy()
        self.compare_reviewers()
        self.compare_tags()
        self.compare_sources()
        self.compare_articles()
        self.compare_claims()
        events = self.compare_events()
        self.problems.raise_if_any("cannot import")
        self.write_vocabulary()
        self.write_articles()
        per_article = self.write_claims()
        self.write_events(events)
        self.write_audit(per_article)
        return self.report


def import_native(
    project: Project, path: Path | str, progress: ProgressCallback = no_progress
) -> OpResult[NativeImportReport]:
    """Import a native export into an open project: adds what is new, lists the rest.

    Nothing the project holds is changed.  Raises ImportFormatError (naming the
    file and the JSON path) for a bad file; nothing is imported then.
    """
    require_writable(project)
    document = load_export(path)
    with project.unit_of_work() as uow:
        report = _Importer(uow, document, str(path), progress).run()
    return OpResult(report, uow.changes)


def import_as_new_project(
    path: Path | str,
    export_path: Path | str,
    *,
    reviewer: str,
    progress: ProgressCallback = no_progress,
) -> tuple[Project, NativeImportReport]:
    """Create a project file from a native export: same UUID, name, taxonomy and records.

    The file appears complete or not at all.  Exporting the new project again
    gives the same bytes as the export it came from (see docs/export-format.md
    for the exceptions: the importing reviewer, if not in the file, and events).
    """
    document = load_export(export_path)
    found: list[NativeImportReport] = []

    def populate(uow: UnitOfWork) -> None:
        project = document["project"]
        uow.session.add(
            ProjectRecord(
                uuid=project["uuid"],
                name=project["name"],
                created_at=_time(project["created_at"]),
                created_with=project["created_with"],
                last_written_with=__version__,
            )
        )
        uow.session.flush()
        found.append(
            _Importer(uow, document, str(export_path), progress, acting_reviewer=reviewer).run()
        )

    ProjectDatabase.create(path, populate).close()
    return open_project(path, reviewer=reviewer), found[0]


def first_lines(report: NativeImportReport, limit: int = 10) -> list[str]:
    """A short human summary of a report, for the CLI and message boxes."""
    lines = [f"Imported from {report.source}:"]
    for name, tally in report.tallies().items():
        if tally.new or tally.same or tally.mapped or tally.conflicts:
            lines.append(
                f"  {name}: {len(tally.new)} new, {len(tally.same)} already here, "
                f"{len(tally.mapped)} matched to existing, {len(tally.conflicts)} in conflict"
            )
    for conflict in islice(report.conflicts, limit):
        lines.append(
            f"  conflict: {conflict.entity} {conflict.key} differs in "
            f"{', '.join(conflict.fields)} (kept this project's version)"
        )
    if len(report.conflicts) > limit:
        lines.append(f"  … and {len(report.conflicts) - limit} more conflicts")
    return lines
