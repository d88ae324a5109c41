"""Reading one project into `ReviewClaim`s with a handful of set-based Core queries.

Six full-table reads (project, articles, claims, current verdicts, tags,
sources) and no per-claim query: 50,000 claims load in a fraction of a second.
"""

from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, func, select

from annotator.project import Project
from annotator.review.records import VALUE_FIELDS, ReviewArticle, ReviewClaim, Side
from annotator.tables import (
    article_t,
    claim_source_t,
    claim_t,
    claim_tag_t,
    project_t,
    source_t,
    tag_t,
    verdict_t,
)

_TEXT_FIELDS = frozenset(
    {
        "qualifier",
        "unit",
        "casualty_type",
        "value_note",
        "subtype",
        "speaker",
        "via",
        "location",
        "time_ref",
    }
)


def source_key(url: str | None, uuid: str) -> str:
    """How sources are recognised across files: by URL when there is one, else by uuid."""
    cleaned = (url or "").strip().rstrip("/")
    return cleaned if cleaned else f"uuid:{uuid}"


def load_side(project: Project) -> Side:
    """One project as light records for comparison."""
    with project.reading() as session:
        return read_side(session.connection(), project)


def read_side(connection: Connection, project: Project) -> Side:
    record = connection.execute(select(project_t.c.uuid, project_t.c.name)).one()
    articles: dict[int, ReviewArticle] = {
        row.id: ReviewArticle(row.uuid, row.text_sha256, row.title)
        for row in connection.execute(
            select(article_t.c.id, article_t.c.uuid, article_t.c.text_sha256, article_t.c.title)
        )
    }
    newest = select(func.max(verdict_t.c.id)).group_by(verdict_t.c.claim_id)
    verdicts: dict[int, str] = dict(
        connection.execute(
            select(verdict_t.c.claim_id, verdict_t.c.rating).where(verdict_t.c.id.in_(newest))
        ).all()
    )
    tags: dict[int, set[str]] = defaultdict(set)
    for claim_id, name in connection.execute(
        select(claim_tag_t.c.claim_id, tag_t.c.name).join(tag_t, tag_t.c.id == claim_tag_t.c.tag_id)
    ):
        tags[claim_id].add(name)
    sources: dict[int, set[tuple[str, str]]] = defaultdict(set)
    for claim_id, url, uuid, relation in connection.execute(
        select(
            claim_source_t.c.claim_id, source_t.c.url, source_t.c.uuid, claim_source_t.c.relation
        ).join(source_t, source_t.c.id == claim_source_t.c.source_id)
    ):
        sources[claim_id].add((source_key(url, uuid), relation))
    # Empty text counts as no value, so that "" and NULL compare equal across files.
    columns = [
        func.nullif(claim_t.c[name], "") if name in _TEXT_FIELDS else claim_t.c[name]
        for name in VALUE_FIELDS
    ]
    rows = connection.execute(
        select(
            claim_t.c.id,
            claim_t.c.uuid,
            claim_t.c.article_id,
            claim_t.c.start,
            claim_t.c.end,
            claim_t.c.kind,
            claim_t.c.exact,
            claim_t.c.status,
            *columns,
        ).order_by(claim_t.c.article_id, claim_t.c.start, claim_t.c.end, claim_t.c.id)
    ).all()
    tag_sets = {claim_id: frozenset(names) for claim_id, names in tags.items()}
    source_sets = {claim_id: frozenset(keys) for claim_id, keys in sources.items()}
    sha_of = {article_id: article.sha256 for article_id, article in articles.items()}
    none: frozenset[Any] = frozenset()
    # Positional arguments: this loop builds 50,000 records and keywords cost a third more.
    claims = tuple(
        ReviewClaim(
            uuid,
            sha_of[article_id],
            start,
            end,
            kind,
            exact,
            status,
            tuple(value),
            verdicts.get(claim_id),
            tag_sets.get(claim_id, none),
            source_sets.get(claim_id, none),
        )
        for claim_id, uuid, article_id, start, end, kind, exact, status, *value in rows
    )
    return Side(
        path=project.path,
        project_uuid=record.uuid,
        project_name=record.name,
        articles={a.sha256: a for a in articles.values()},
        claims=claims,
    )
