"""Annotating in the window: each edit goes through the undo stack and into the file."""

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from annotator.services.claims import get_claim, list_claims
from annotator.services.sources import claim_sources
from annotator.services.verdicts import verdict_history
from tests.helpers import SAMPLE_TEXT, span_of
from ui.main_window import MainWindow


def db_rows(window: MainWindow, sql: str) -> list[tuple]:
    """What is really in the project file, read with a separate connection."""
    with sqlite3.connect(window.controller.project.path) as conn:
        return conn.execute(sql).fetchall()


def select_text(window: MainWindow, phrase: str) -> None:
    start, end = span_of(SAMPLE_TEXT, phrase)
    cursor = window.article_view.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    window.article_view.setTextCursor(cursor)


def test_create_claim_from_selection_undo_redo(qtbot, window: MainWindow) -> None:
    select_text(window, "thousands of troo")  # snapped outwards to whole words
    window.article_view.setFocus()
    qtbot.keyClick(window.article_view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    rows = db_rows(window, "SELECT id, kind, exact, origin FROM claim WHERE kind = 'troops'")
    assert [(r[1], r[2], r[3]) for r in rows] == [("troops", "thousands of troops", "manual")]
    claim_id = rows[0][0]
    assert window.current_claim_id == claim_id
    assert window.inspector.claim is not None and window.inspector.claim.id == claim_id
    assert any(c.id == claim_id for c in window.article_view.claims)

    window.undo_stack.undo()
    assert db_rows(window, "SELECT count(*) FROM claim WHERE kind = 'troops'") == [(0,)]
    assert all(c.id != claim_id for c in window.article_view.claims)
    window.undo_stack.redo()
    assert db_rows(window, "SELECT id FROM claim WHERE kind = 'troops'") == [(claim_id,)]


def test_adjust_span_by_keyboard(qtbot, window: MainWindow) -> None:
    claim = next(c for c in window.article_view.claims if c.kind == "casualty")
    window.select_claim(claim.id)
    window.extend_end_action.trigger()
    assert get_claim(window.controller.project, claim.id).exact == "More than 13,000 people have"
    window.shrink_start_action.trigger()
    assert get_claim(window.controller.project, claim.id).exact == "than 13,000 people have"
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert db_rows(window, f"SELECT exact FROM claim WHERE id = {claim.id}") == [
        ("More than 13,000 people",)
    ]


def test_delete_claim_with_key_and_undo(qtbot, window: MainWindow) -> None:
    claim = next(c for c in window.article_view.claims if c.kind == "casualty")
    window.select_claim(claim.id)
    window.article_view.setFocus()
    qtbot.keyClick(window.article_view, Qt.Key.Key_Delete)
    assert db_rows(window, f"SELECT count(*) FROM claim WHERE id = {claim.id}") == [(0,)]
    assert window.inspector.claim is None
    window.undo_stack.undo()
    restored = get_claim(window.controller.project, claim.id)
    assert restored.verdict is not None and restored.verdict.rating == "mostly_true"


def test_change_kind_and_status_keys(qtbot, window: MainWindow) -> None:
    claim = next(c for c in window.article_view.claims if c.kind == "casualty")
    window.select_claim(claim.id)
    window.article_view.setFocus()
    qtbot.keyClick(window.article_view, Qt.Key.Key_V)
    assert db_rows(window, f"SELECT status FROM claim WHERE id = {claim.id}") == [("verified",)]
    qtbot.keyClick(window.article_view, Qt.Key.Key_D)
    qtbot.keyClick(window.article_view, Qt.Key.Key_R)
    assert db_rows(window, f"SELECT status FROM claim WHERE id = {claim.id}") == [("rejected",)]
    window.change_kind_actions[1].trigger()
    assert db_rows(window, f"SELECT kind FROM claim WHERE id = {claim.id}") == [("troops",)]
    for _ in range(4):
        window.undo_stack.undo()
    assert db_rows(window, f"SELECT kind, status FROM claim WHERE id = {claim.id}") == [
        ("casualty", "unreviewed")
    ]


def test_verdict_by_number_key_and_rationale_merging(qtbot, window: MainWindow) -> None:
    claim = next(c for c in window.article_view.claims if c.kind == "statement")
    window.select_claim(claim.id)
    window.article_view.setFocus()
    qtbot.keyClick(window.article_view, Qt.Key.Key_6)  # the sixth rating: False
    assert get_claim(window.controller.project, claim.id).verdict.rating == "false"
    depth = window.undo_stack.count()
    window.inspector.rationale.setFocus()
    qtbot.keyClicks(window.inspector.rationale, "No record")
    assert window.undo_stack.count() == depth + 1  # typing merged into one step
    assert db_rows(window, f"SELECT rationale FROM verdict WHERE claim_id = {claim.id}") == [
        ("No record",)
    ]
    window.undo_stack.undo()
    assert db_rows(window, f"SELECT rationale FROM verdict WHERE claim_id = {claim.id}") == [("",)]
    window.undo_stack.undo()
    assert verdict_history(window.controller.project, claim.id) == []
    assert window.inspector.verdict.currentData() is None


def test_tagging_in_the_inspector(qtbot, window: MainWindow) -> None:
    claim = next(c for c in window.article_view.claims if c.kind == "casualty")
    window.select_claim(claim.id)
    window.inspector.tag_input.setText("toll")
    qtbot.keyClick(window.inspector.tag_input, Qt.Key.Key_Return)
    assert db_rows(window, "SELECT name FROM tag") == [("toll",)]
    assert get_claim(window.controller.project, claim.id).tags == ("toll",)
    assert [
        window.inspector.tag_list.item(i).text() for i in range(window.inspector.tag_list.count())
    ] == ["toll"]
    window.undo_stack.undo()
    assert get_claim(window.controller.project, claim.id).tags == ()
    window.undo_stack.redo()
    assert get_claim(window.controller.project, claim.id).tags == ("toll",)


def test_attach_source_through_the_dialog(qtbot, window: MainWindow, monkeypatch) -> None:
    from ui import claim_inspector

    class FakeDialog:
        DialogCode = claim_inspector.SourceDialog.DialogCode

        def __init__(self, parent) -> None:
            pass

        def exec(self) -> object:
            return self.DialogCode.Accepted

        def fields(self) -> dict:
            return {
                "url": "https://example.org/report",
                "title": "Ministry report",
                "publisher": "MoH",
                "published": "2026-03-03",
                "accessed": "2026-03-04",
                "archived_url": "",
                "excerpt": "13,412 deaths",
            }

        def chosen_relation(self) -> str:
            return "refutes"

    monkeypatch.setattr(claim_inspector, "SourceDialog", FakeDialog)
    claim = next(c for c in window.article_view.claims if c.kind == "casualty")
    window.select_claim(claim.id)
    window.inspector.add_source_button.click()
    attached = claim_sources(window.controller.project, claim.id)
    assert [(a.source.title, a.relation) for a in attached] == [("Ministry report", "refutes")]
    assert window.inspector.source_list.count() == 1
    assert "refutes" in window.inspector.source_list.item(0).text()
    window.undo_stack.undo()
    assert claim_sources(window.controller.project, claim.id) == []
    assert window.inspector.source_list.count() == 0


def test_edit_value_in_inspector(qtbot, window: MainWindow) -> None:
    claim = next(c for c in window.article_view.claims if c.kind == "casualty")
    window.select_claim(claim.id)
    window.inspector.value_max.setText("14000")
    window.inspector.value_max.editingFinished.emit()
    assert db_rows(window, f"SELECT value_min, value_max FROM claim WHERE id = {claim.id}") == [
        (13000.0, 14000.0)
    ]
    window.undo_stack.undo()
    assert db_rows(window, f"SELECT value_max FROM claim WHERE id = {claim.id}") == [(None,)]


def test_keyboard_navigation(qtbot, window: MainWindow) -> None:
    window.article_view.setFocus()
    qtbot.keyClick(window.article_view, Qt.Key.Key_N)
    first = window.current_claim_id
    qtbot.keyClick(window.article_view, Qt.Key.Key_N)
    second = window.current_claim_id
    assert [first, second] == [
        c.id for c in sorted(window.article_view.claims, key=lambda c: c.start)
    ]
    qtbot.keyClick(window.article_view, Qt.Key.Key_P)
    assert window.current_claim_id == first
    qtbot.keyClick(window.article_view, Qt.Key.Key_V)  # verify the first
    window.current_claim_id = None
    qtbot.keyClick(window.article_view, Qt.Key.Key_U)
    assert window.current_claim_id == second  # the first is no longer unreviewed
    selected = window.article_view.textCursor().selectedText()
    assert selected.startswith("\u201cWe will not withdraw")


def test_read_only_disables_editing(qtbot, window_factory, filled_project: Path) -> None:
    window = window_factory(filled_project, read_only=True)
    assert not window.delete_claim_action.isEnabled()
    assert not window.new_claim_actions[0].isEnabled()
    claim = window.article_view.claims[0]
    window.select_claim(claim.id)
    assert not window.inspector.verdict.isEnabled()
    before = sorted((c.id, c.status) for c in list_claims(window.controller.project))
    window.delete_current_claim()
    assert sorted((c.id, c.status) for c in list_claims(window.controller.project)) == before
