"""Shared fixtures: a fresh project per test, with one article, and Qt kept headless."""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from annotator.exchange import native_import
from annotator.project import Project
from annotator.review import my_state, their_data, unmerge
from annotator.services import articles, claim_reading, detection
from annotator.services.articles import import_drafts
from annotator.services.projects import create_project
from annotator.storage import fulltext
from tests.helpers import sample_draft

# Every constant that sizes a chunk of ids or rows in bulk reads and writes.
CHUNK_SIZES = (
    (articles, "BATCH"),
    (claim_reading, "_CHUNK"),
    (detection, "BATCH"),
    (detection, "_IDS_PER_DELETE"),
    (fulltext, "_CHUNK"),
    (my_state, "_CHUNK"),
    (native_import, "BATCH"),
    (native_import, "_KEYS_PER_QUERY"),
    (their_data, "_CHUNK"),
    (unmerge, "_CHUNK"),
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that uses a QApplication as `gui`, so `-m "not gui"` skips them."""
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()) or "qapp" in getattr(
            item, "fixturenames", ()
        ):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep demo projects, logs and QSettings out of the real home folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))


@pytest.fixture(params=["whole", "in chunks of two"])
def chunk_sizes(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run a test once as shipped and once with every bulk chunk two rows long, so that
    the few rows a test makes cross chunk boundaries.  Test folders whose services read
    or write in chunks use it automatically (their conftest)."""
    if request.param != "whole":
        for module, name in CHUNK_SIZES:
            assert isinstance(getattr(module, name), int), (module, name)
            monkeypatch.setattr(module, name, 2)


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    return tmp_path / "test.claims"


@pytest.fixture
def project(project_path: Path) -> Iterator[Project]:
    """A new, empty project opened for reviewer Ann."""
    opened = create_project(project_path, name="Test project", reviewer="Ann")
    yield opened
    opened.close()


@pytest.fixture
def article_id(project: Project) -> int:
    """One article in the project (no claims)."""
    report = import_drafts(project, [sample_draft()]).value
    return report.added_article_ids[0]
