"""Review mode: a colleague's claims over mine, the differences list, merging and undo."""

import hashlib
import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCharFormat

from annotator.services.claims import add_claim, get_claim, list_claims
from annotator.services.projects import open_project
from annotator.services.verdicts import set_verdict
from tests.helpers import SAMPLE_TEXT, span_of
from tests.ui.test_main_window import formats_at
from ui.main_window import MainWindow
from ui.review_panel import CLASS_LABELS


@pytest.fixture
def colleague_file(filled_project: Path, tmp_path: Path) -> Path:
    """A colleague's copy of my project, with a different verdict and one new claim."""
    theirs = tmp_path / "colleague" / "theirs.claims"
    theirs.parent.mkdir()
    shutil.copyfile(filled_project, theirs)
    with open_project(theirs, reviewer="Colleague Cara") as project:
        casualty = next(c for c in list_claims(project) if c.kind == "casualty")
        set_verdict(project, casualty.id, "false", "Hospital count is lower.")
        start, end = span_of(SAMPLE_TEXT, "tens of thousands of troops")
        add_claim(project, article_id=1, start=start, end=end, kind="troops")
    return theirs


def folder_state(path: Path) -> tuple[str, list[str]]:
    return (
        hashlib.sha256(path.read_bytes()).hexdigest(),
        sorted(p.name for p in path.parent.iterdir()),
    )


def open_review(qtbot, window: MainWindow, theirs: Path) -> None:
    task = window.compare_with(theirs)
    assert task is not None
    with qtbot.waitSignal(task.succeeded, timeout=20_000):
        pass


def listed(window: MainWindow) -> list[str]:
    model = window.review_panel.model
    return [model.data(model.index(row)) for row in range(model.rowCount())]


def test_differences_are_listed_and_shown(qtbot, window: MainWindow, colleague_file: Path) -> None:
    before = folder_state(colleague_file)
    open_review(qtbot, window, colleague_file)
    lines = listed(window)
    assert len(lines) == 2
    assert any(
        line.startswith(CLASS_LABELS[c])
        for line in lines
        for c in CLASS_LABELS
        if c.value == "verdict"
    )
    assert any("only theirs" in line and "tens of thousands of troops" in line for line in lines)
    assert "Comparing with" in window.review_panel.summary.text()
    # Their troops claim is drawn over my article with a wavy underline.
    start, _ = span_of(SAMPLE_TEXT, "tens of thousands of troops")
    assert formats_at(window, start + 2).underlineStyle() == (
        QTextCharFormat.UnderlineStyle.WaveUnderline
    )
    # Moving to the verdict difference selects my claim.
    window.review_panel.category.setCurrentIndex(window.review_panel.category.findData("verdict"))
    assert window.current_claim_id is not None
    assert get_claim(window.controller.project, window.current_claim_id).kind == "casualty"
    assert folder_state(colleague_file) == before  # the colleague's file never changes


def test_take_theirs_merges_with_provenance_and_undo(
    qtbot, window: MainWindow, colleague_file: Path
) -> None:
    before = folder_state(colleague_file)
    open_review(qtbot, window, colleague_file)
    panel = window.review_panel
    panel.category.setCurrentIndex(panel.category.findData("only_theirs"))
    panel.take_button.click()
    troops = [c for c in list_claims(window.controller.project) if c.kind == "troops"]
    assert [c.exact for c in troops] == ["tens of thousands of troops"]
    assert troops[0].origin == "merged"
    window.select_claim(troops[0].id)
    provenance = [
        window.inspector.provenance_list.item(i).text()
        for i in range(window.inspector.provenance_list.count())
    ]
    assert provenance and "Colleague Cara" in provenance[0]
    window.undo_stack.undo()
    assert not [c for c in list_claims(window.controller.project) if c.kind == "troops"]
    window.undo_stack.redo()
    assert len([c for c in list_claims(window.controller.project) if c.kind == "troops"]) == 1
    assert folder_state(colleague_file) == before


def test_combine_and_accept_class(qtbot, window: MainWindow, colleague_file: Path) -> None:
    open_review(qtbot, window, colleague_file)
    panel = window.review_panel
    panel.category.setCurrentIndex(panel.category.findData("verdict"))
    panel.combine_actions[
        next(a for a in panel.combine_actions if a.value == "verdict")
    ].setChecked(True)
    panel.combine_current()
    casualty = next(c for c in list_claims(window.controller.project) if c.kind == "casualty")
    assert casualty.verdict is not None and casualty.verdict.rating == "false"
    panel.category.setCurrentIndex(panel.category.findData("only_theirs"))
    panel.kind.setCurrentIndex(panel.kind.findData("troops"))
    panel.accept_all_button.click()
    assert len([c for c in list_claims(window.controller.project) if c.kind == "troops"]) == 1
    # Comparing again and taking everything adds nothing the second time.
    open_review(qtbot, window, colleague_file)
    count = len(list_claims(window.controller.project))
    window.review_panel.category.setCurrentIndex(0)
    window.review_panel.accept_all_shown()
    assert len(list_claims(window.controller.project)) == count
