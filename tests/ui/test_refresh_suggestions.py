"""The window's "Refresh detected suggestions" actions: asked first, run in the
background, and the views show the refreshed claims."""

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from annotator.detection import DETECTOR_VERSION
from annotator.services import detection as detection_service
from annotator.services.articles import import_drafts
from annotator.services.detection import detect_claims
from annotator.services.projects import create_project
from tests.aged_suggestions import OLD_VERSION, add_old_suggestion, age_suggestions, claim_rows
from tests.helpers import sample_draft
from ui.commands import AddClaimCommand


@pytest.fixture
def aged_project(tmp_path: Path) -> tuple[Path, int]:
    """A project detected by an older detector, with one suggestion the current detector
    does not find; returns its path and that suggestion's id."""
    path = tmp_path / "aged.claims"
    with create_project(path, name="Aged", reviewer="Ann") as project:
        article_id = import_drafts(project, [sample_draft()]).value.added_article_ids[0]
        detect_claims(project)
    age_suggestions(path)
    return path, add_old_suggestion(path, article_id, 0, 5, "troops")


def answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    """Answer the confirmation with `button`; returns the texts it was asked with."""
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_refresh_all_updates_the_file_and_the_views(
    qtbot, window_factory, aged_project: tuple[Path, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, stale_id = aged_project
    window = window_factory(path)
    assert stale_id in {c.id for c in window.article_view.claims}
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    window.refresh_all_action.trigger()
    assert window.write_task is not None
    with qtbot.waitSignal(window.write_task.succeeded, timeout=20_000):
        pass
    assert "every article" in asked[0] and DETECTOR_VERSION in asked[0]
    after = claim_rows(path)
    assert stale_id not in after
    assert {row[5] for row in after.values()} == {DETECTOR_VERSION}
    shown = {c.id for c in window.article_view.claims}
    assert stale_id not in shown and shown == set(after)
    assert window.claim_model.rowCount() == len(after)
    message = window.statusBar().currentMessage()
    assert f"{len(after)} suggestion(s) brought up to date, 1 withdrawn" in message


def test_refresh_cancelled_changes_nothing(
    qtbot, window_factory, aged_project: tuple[Path, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _stale_id = aged_project
    before = claim_rows(path)
    window = window_factory(path)
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert window.detect_in_project([window.current_article_id or 1], refresh=True) is None
    assert "this article" in asked[0]
    assert claim_rows(path) == before
    assert {row[5] for row in before.values()} == {OLD_VERSION}


def test_plain_detection_says_what_it_found(
    qtbot, window_factory, aged_project: tuple[Path, int]
) -> None:
    path, _stale_id = aged_project
    before = claim_rows(path)
    window = window_factory(path)
    window.detect_all_action.trigger()
    assert window.write_task is not None
    with qtbot.waitSignal(window.write_task.succeeded, timeout=20_000):
        pass
    assert claim_rows(path) == before
    assert window.statusBar().currentMessage() == "Detection over 1 article(s): 0 new claim(s)."


def test_claim_table_shows_nothing_for_a_claim_gone_before_its_change_arrives(
    window_factory, aged_project: tuple[Path, int]
) -> None:
    # A background refresh commits before its change record reaches the window, and the
    # table may paint a withdrawn claim's row in between: the row is blank, not an error.
    path, stale_id = aged_project
    window = window_factory(path)
    model = window.claim_model
    model.reload()
    stale_row = model.row_of(stale_id)
    assert stale_row is not None
    detect_claims(window.controller.project, refresh=True)  # no change record sent
    assert model.data(model.index(stale_row, 2)) is None
    shown = [model.data(model.index(row, 2)) for row in range(model.rowCount())]
    assert sum(text is None for text in shown) == 1 and all(t for t in shown if t is not None)
    # Hovering over its highlight in the same moment says so instead of failing.
    assert window.article_view.describe_claim(stale_id) == "(this claim has just been removed)"


def test_refresh_asks_nothing_while_another_run_is_going(
    qtbot, window_factory, aged_project: tuple[Path, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _stale_id = aged_project
    window = window_factory(path)
    release = threading.Event()
    real_detect = detection_service.detect_claims

    def held(*args: Any, **kwargs: Any) -> Any:  # the first run waits until released
        release.wait(10)
        return real_detect(*args, **kwargs)

    monkeypatch.setattr(detection_service, "detect_claims", held)
    running = window.detect_in_project()
    assert running is not None

    def never(*_args: object) -> object:
        raise AssertionError("asked while another run was going")

    monkeypatch.setattr(QMessageBox, "question", never)
    try:
        assert window.detect_in_project(refresh=True) is None
        assert window.statusBar().currentMessage() == "An import or detection is already running."
    finally:
        release.set()
    with qtbot.waitSignal(running.succeeded, timeout=20_000):
        pass


def test_this_article_actions_need_an_open_article(qtbot, window_factory, tmp_path: Path) -> None:
    path = tmp_path / "empty.claims"
    create_project(path, name="Empty", reviewer="Ann").close()
    window = window_factory(path)
    for action in (window.detect_article_action, window.refresh_article_action):
        action.trigger()
        assert window.write_task is None
        assert window.statusBar().currentMessage() == "Open an article first."


def test_a_background_run_that_adds_or_removes_claims_drops_the_redo_history(
    qtbot, window_factory, aged_project: tuple[Path, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Redoing an undone claim after the run could give it an id the run has taken since.
    path, _stale_id = aged_project
    window = window_factory(path)
    article_id = window.current_article_id
    assert article_id is not None
    window.push(
        AddClaimCommand(window.controller, article_id=article_id, start=0, end=4, kind="casualty")
    )
    window.undo_stack.undo()
    assert window.undo_stack.canRedo()
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    task = window.detect_in_project(refresh=True)
    assert task is not None
    with qtbot.waitSignal(task.succeeded, timeout=20_000):
        pass
    assert not window.undo_stack.canRedo()


def test_opening_a_project_says_when_an_older_detector_made_its_suggestions(
    qtbot, window_factory, aged_project: tuple[Path, int]
) -> None:
    path, _stale_id = aged_project
    window = window_factory(path)
    count = len(claim_rows(path))
    qtbot.waitUntil(lambda: "older detector" in window.statusBar().currentMessage())
    assert (
        window.statusBar()
        .currentMessage()
        .startswith(f"{count:,} untouched suggestion(s) come from an older detector")
    )
