"""Bulk import of drafts: rows, claims, events and search across batches, all or nothing."""

import gc
import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import select

from annotator.errors import ImportFormatError
from annotator.importing.drafts import ArticleDraft, SpanDraft
from annotator.project import Project
from annotator.services import articles
from annotator.services.articles import import_drafts, import_files, search_articles
from annotator.tables import article_t, claim_t, event_t
from tests.helpers import sample_draft


@pytest.fixture(autouse=True)
def _small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two articles per batch, so a handful of drafts crosses several batches."""
    monkeypatch.setattr(articles, "BATCH", 2)


def draft(number: int, *spans: SpanDraft) -> ArticleDraft:
    text = f"Article {number}: officials said 40 soldiers crossed the river near Vantor."
    return sample_draft(text, title=f"Title {number}", external_id=f"a{number}", spans=spans)


def counts(project: Project) -> tuple[int, int, int]:
    with project.reading() as session:
        connection = session.connection()
        return tuple(  # type: ignore[return-value]
            len(connection.execute(select(table.c.id)).all())
            for table in (article_t, claim_t, event_t)
        )


def test_articles_claims_and_events_across_batches(project: Project) -> None:
    text = draft(1).text
    start = text.index("40 soldiers")
    spans = (SpanDraft(start, start + 11, "troops"), SpanDraft(0, 9, "other_figure"))
    report = import_drafts(project, [draft(n, *spans) for n in range(1, 6)]).value
    assert report.added_article_ids == [1, 2, 3, 4, 5]
    assert report.claims_added == 10
    with project.reading() as session:
        connection = session.connection()
        claims = connection.execute(
            select(
                claim_t.c.article_id,
                claim_t.c.start,
                claim_t.c.end,
                claim_t.c.exact,
                claim_t.c.prefix,
                claim_t.c.suffix,
                claim_t.c.kind,
                claim_t.c.status,
                claim_t.c.origin,
                claim_t.c.approx,
            ).order_by(claim_t.c.id)
        ).all()
        events = connection.execute(
            select(event_t.c.entity, event_t.c.entity_uuid, event_t.c.data)
            .where(event_t.c.entity == "article")
            .order_by(event_t.c.id)
        ).all()
        article_uuids = connection.execute(select(article_t.c.uuid).order_by(article_t.c.id))
        uuids = [uuid for (uuid,) in article_uuids]
    prefix, suffix = text[:start], text[start + 11 : start + 43]  # 32 characters at most
    assert claims[0][:6] == (1, start, start + 11, "40 soldiers", prefix, suffix)
    assert claims[0][6:] == ("troops", "unreviewed", "imported", False)
    assert claims[1][1:4] == (0, 9, "Article 1")
    assert [claim[0] for claim in claims] == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]
    assert [event.entity_uuid for event in events] == uuids
    assert json.loads(events[0].data) == {
        "claims": 2,
        "format": "text",
        "source": "sample.txt",
        "title": "Title 1",
    }


def test_every_batch_is_searchable_also_in_a_second_import(project: Project) -> None:
    import_drafts(project, [draft(n) for n in range(1, 4)])
    extra = sample_draft("A zeppelin landed in Kessel.", title="Airship news")
    report = import_drafts(project, [draft(n) for n in range(4, 7)] + [extra]).value
    assert report.added_article_ids == [4, 5, 6, 7]
    assert sorted(search_articles(project, "Vantor")) == [1, 2, 3, 4, 5, 6]
    assert search_articles(project, "zeppelin") == [7]
    assert search_articles(project, "airship") == [7]  # titles are indexed too


def test_the_bulk_index_leaves_the_index_sound_and_its_hash_size_at_the_default(
    project: Project,
) -> None:
    # Enough distinct words to flush the enlarged term table more than once.
    words = [f"w{n:06d}" for n in range(400_000)]
    big = [sample_draft(" ".join(words[n::4]), external_id=f"b{n}") for n in range(4)]
    import_drafts(project, [*big, draft(5)])
    with closing(sqlite3.connect(project.path, isolation_level=None)) as conn:
        conn.execute("INSERT INTO article_fts(article_fts) VALUES ('integrity-check')")
        config = dict(conn.execute("SELECT k, v FROM article_fts_config").fetchall())
    assert config["hashsize"] == 1024 * 1024  # FTS5's own default, for later edits
    assert search_articles(project, "w399999") == [4]
    assert search_articles(project, "Vantor") == [5]


def test_duplicates_are_skipped_within_a_batch_across_batches_and_the_project(
    project: Project,
) -> None:
    import_drafts(project, [draft(1)])
    again = [draft(2), draft(2), draft(3), draft(1), draft(2)]
    report = import_drafts(project, again).value
    assert report.added_article_ids == [2, 3]
    assert [(s.title, s.existing_article_id) for s in report.skipped] == [
        ("Title 2", 2),
        ("Title 1", 1),
        ("Title 2", 2),
    ]
    assert counts(project)[0] == 3
    assert sorted(search_articles(project, "Vantor")) == [1, 2, 3]


@pytest.mark.parametrize(
    ("span", "message"),
    [
        (
            SpanDraft(0, 7, "rumour"),
            "sample.txt: article 'a5' spans[1]: unknown claim kind 'rumour' (this project has: "
            "casualty, other_figure, position, statement, troops)",
        ),
        (SpanDraft(0, 500, "troops"), "sample.txt: spans[1]: offsets 0..500 do not fit the text"),
        (SpanDraft(3, 3, "troops"), "sample.txt: spans[1]: offsets 3..3 do not fit the text"),
    ],
)
def test_a_bad_span_in_a_late_batch_changes_nothing(
    project: Project, span: SpanDraft, message: str
) -> None:
    import_drafts(project, [draft(0)])
    before = counts(project)
    drafts = [draft(n, SpanDraft(0, 7, "troops")) for n in range(1, 5)]
    drafts.append(draft(5, SpanDraft(0, 7, "troops"), span))
    with pytest.raises(ImportFormatError) as caught:
        import_drafts(project, drafts)
    assert str(caught.value).startswith(message)
    assert counts(project) == before
    assert search_articles(project, "Vantor") == [1]
    assert gc.isenabled()


def test_an_unknown_kind_late_in_a_corpus_names_its_line(project: Project, tmp_path: Path) -> None:
    kinds = ["troops", "troops", "troops", "troops", "rumour", "troops"]
    span = {"start": 0, "end": 7}
    lines = [
        json.dumps(
            {
                "id": f"a{n}",
                "title": None,
                "text": draft(n).text,
                "spans": [{**span, "label": kind}],
            }
        )
        for n, kind in enumerate(kinds, start=1)
    ]
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    before = counts(project)
    with pytest.raises(
        ImportFormatError,
        match=r"^corpus\.jsonl line 5: article 'a5' spans\[0\]: unknown claim kind 'rumour'",
    ):
        import_files(project, [corpus])
    assert counts(project) == before


def test_a_bad_line_late_in_a_corpus_names_it_and_changes_nothing(
    project: Project, tmp_path: Path
) -> None:
    lines = [
        json.dumps({"id": f"a{n}", "title": f"T{n}", "text": draft(n).text}) for n in range(1, 6)
    ]
    lines.append('{"id": "a6", "title": "T6", "text": "x", "spans": [{"start": 0}]}')
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    before = counts(project)
    with pytest.raises(ImportFormatError, match=r"^corpus\.jsonl line 6: missing field"):
        import_files(project, [corpus])
    assert counts(project) == before
    assert search_articles(project, "Vantor") == []
    assert gc.isenabled()
