"""Rows read straight from the driver match what Core's result gives, for any statement."""

from datetime import timedelta

from sqlalchemy import select

from annotator.models import utc_now
from annotator.project import Project
from annotator.services.articles import import_drafts
from annotator.storage.raw_rows import fetch_ids, iter_rows
from annotator.tables import article_t
from tests.helpers import sample_draft


def _three_articles(project: Project) -> list[int]:
    drafts = [
        sample_draft(f"Article number {n} about 30 soldiers.", title=f"T{n}") for n in (1, 2, 3)
    ]
    return import_drafts(project, drafts).value.added_article_ids


def test_columns_and_rows_match_core(project: Project) -> None:
    ids = _three_articles(project)
    stmt = select(article_t.c.id, article_t.c.title).where(article_t.c.id.in_(ids[1:]))
    with project.reading() as session:
        connection = session.connection()
        core = [tuple(row) for row in connection.execute(stmt.order_by(article_t.c.id.desc()))]
        raw = list(iter_rows(connection, stmt.order_by(article_t.c.id.desc())))
        column = fetch_ids(connection, stmt.order_by(article_t.c.id))
    assert raw == core == [(ids[2], "T3"), (ids[1], "T2")]
    assert list(column) == ids[1:]


def test_an_empty_in_list_and_no_match_give_no_rows(project: Project) -> None:
    _three_articles(project)
    with project.reading() as session:
        connection = session.connection()
        assert len(fetch_ids(connection, select(article_t.c.id).where(article_t.c.id.in_([])))) == 0
        assert list(iter_rows(connection, select(article_t.c.id).where(article_t.c.id < 0))) == []


def test_parameters_that_need_conversion_are_converted(project: Project) -> None:
    """A timestamp parameter goes through the column type, as Core would send it."""
    ids = _three_articles(project)
    since = utc_now() - timedelta(hours=1)
    stmt = select(article_t.c.id).where(article_t.c.imported_at >= since).order_by(article_t.c.id)
    later = select(article_t.c.id).where(article_t.c.imported_at >= since + timedelta(days=1))
    with project.reading() as session:
        connection = session.connection()
        assert list(fetch_ids(connection, stmt)) == ids
        assert len(fetch_ids(connection, later)) == 0
