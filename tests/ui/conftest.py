"""Fixtures for GUI tests: a project with two articles and a window on it."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.domain import NormalizedValue, Qualifier
from annotator.services.articles import import_drafts
from annotator.services.claims import add_claim
from annotator.services.projects import create_project
from annotator.services.verdicts import set_verdict
from tests.helpers import SAMPLE_TEXT, sample_draft, span_of
from ui.app import build_window
from ui.main_window import MainWindow

STATEMENT = "\u201cWe will not withdraw a single soldier,\u201d General Ilse Varga told reporters."


@pytest.fixture
def filled_project(tmp_path: Path) -> Path:
    """Article 1 with a casualty claim (verdict mostly_true) and a statement; article 2 bare."""
    path = tmp_path / "w.claims"
    with create_project(path, name="Window test", reviewer="Ann") as project:
        drafts = [sample_draft(), sample_draft("Second article text.", title="Second")]
        article_id = import_drafts(project, drafts).value.added_article_ids[0]
        start, end = span_of(SAMPLE_TEXT, "More than 13,000 people")
        claim = add_claim(
            project,
            article_id=article_id,
            start=start,
            end=end,
            kind="casualty",
            value=NormalizedValue(min=13000, qualifier=Qualifier.MORE_THAN, unit="people"),
        ).value
        set_verdict(project, claim, "mostly_true")
        start, end = span_of(SAMPLE_TEXT, STATEMENT)
        add_claim(
            project,
            article_id=article_id,
            start=start,
            end=end,
            kind="statement",
            speaker="Ilse Varga",
        )
    return path


@pytest.fixture
def window_factory(qtbot) -> Iterator:
    windows: list[MainWindow] = []

    def make(path: Path, read_only: bool = False) -> MainWindow:
        window = build_window(project=str(path), read_only=read_only, reviewer="Ann")
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()  # waits for background work, then closes the project


@pytest.fixture
def window(window_factory, filled_project: Path) -> MainWindow:
    return window_factory(filled_project)
