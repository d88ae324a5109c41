"""Exporting and importing several articles and claims at once.  This folder's tests also
run with every bulk chunk two rows long (`chunk_sizes`), so here the import's key look-ups,
article and claim inserts and full-text indexing cross chunk boundaries."""

from pathlib import Path

from annotator.exchange.export import export_to_file
from annotator.exchange.native_import import import_as_new_project, import_native
from annotator.project import Project
from annotator.services.articles import search_articles
from annotator.services.claims import list_claims
from annotator.services.projects import create_project
from tests.exchange.conftest import export_text
from tests.helpers import PLACES, add_place_articles


def _five_articles(path: Path) -> Project:
    project = create_project(path, name="Desk", reviewer="Ann")
    add_place_articles(project)
    return project


def _shown(project: Project) -> list[tuple[object, ...]]:
    return sorted(
        (c.uuid, c.exact, c.tags, c.verdict.rating if c.verdict else None)
        for c in list_claims(project)
    )


def test_many_rows_survive_a_round_trip_and_a_second_import(tmp_path: Path) -> None:
    with _five_articles(tmp_path / "desk.claims") as project:
        path = tmp_path / "export.json"
        export_to_file(project, path)
        shown = _shown(project)
    assert len(shown) == 10

    copy, report = import_as_new_project(tmp_path / "copy.claims", path, reviewer="Ann")
    with copy:
        assert len(report.claims.new) == 10 and not report.conflicts
        assert _shown(copy) == shown
        assert export_text(copy).encode("utf-8") == path.read_bytes()
        for place in PLACES:  # each imported article is in the full-text index
            assert len(search_articles(copy, place)) == 1, place

    with create_project(tmp_path / "other.claims", name="Other", reviewer="Bob") as other:
        first = import_native(other, path).value
        again = import_native(other, path).value
        assert len(first.articles.new) == 5 and len(first.claims.new) == 10
        assert not again.articles.new and not again.claims.new
        assert len(again.claims.same) == 10
        assert _shown(other) == shown
