"""The detector vocabulary dialog, and saving it from the window as one undoable command
(checked in the project file)."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from annotator.detection import Vocabulary
from annotator.detection.capitals import capital_states
from annotator.detection.vocabulary_guide import LIST_GUIDES
from annotator.services.detector_vocabulary import VOCABULARY_SETTING, vocabulary_outline
from tests.aged_suggestions import claim_rows
from tests.helpers import stored_setting
from ui.vocabulary_dialog import LIST_ROLE, VocabularyDialog


def stored_terms(path: Path) -> object:
    return stored_setting(path, VOCABULARY_SETTING)


def test_the_dialog_shows_each_list_and_edits_a_copy(qtbot) -> None:
    given = {"fighter_nouns": ["Wagner fighters"]}
    dialog = VocabularyDialog(vocabulary_outline(), given)
    qtbot.addWidget(dialog)
    names = []
    for group in range(dialog.lists.topLevelItemCount()):
        parent = dialog.lists.topLevelItem(group)
        assert parent is not None
        children = [parent.child(i) for i in range(parent.childCount())]
        names += [child.data(0, LIST_ROLE) for child in children if child is not None]
    assert sorted(names) == sorted(Vocabulary.list_names())
    assert dialog.current_list() == "force_nouns"
    assert dialog.description.text() == LIST_GUIDES["force_nouns"].description
    built_in = len(Vocabulary.default().force_nouns)
    assert dialog.built_in_label.text() == f"Built in: {built_in:,} term(s)"

    assert dialog.add_term("  mobilised   reservists ")
    assert not dialog.add_term("Mobilised Reservists")
    assert "already added" in dialog.message.text()
    assert not dialog.add_term("soldiers")
    assert dialog.message.text() == "“soldiers” is already built in."
    assert not dialog.add_term("   ")

    dialog.select_list("state_capitals")
    assert dialog.built_in_label.text() == f"Built in: {len(capital_states()):,} term(s)"
    assert not dialog.add_term("Kiev")
    assert "'Kiev' is not 'Capital = State'" in dialog.message.text()
    assert dialog.add_term("Kiev=Ukraine")
    assert not dialog.add_term("Kiev = Russia")
    assert dialog.message.text() == (
        "“Kiev = Ukraine” already gives that capital its state; remove it first."
    )

    dialog.select_list("fighter_nouns")
    assert dialog.project_terms.count() == 1
    dialog.project_terms.item(0).setSelected(True)
    dialog.remove_selected()
    assert dialog.chosen_terms() == {
        "force_nouns": ["mobilised reservists"],
        "state_capitals": ["Kiev = Ukraine"],
    }
    assert given == {"fighter_nouns": ["Wagner fighters"]}  # the caller's copy is untouched
    current = dialog.lists.currentItem()
    assert current is not None and current.text(0) == "fighter nouns"


def test_the_window_saves_the_vocabulary_as_an_undoable_command(
    qtbot, window, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = window.controller.project.path

    def edit(dialog: VocabularyDialog) -> int:
        dialog.select_list("fighter_nouns")
        dialog.add_term("Wagner fighters")
        return VocabularyDialog.DialogCode.Accepted

    monkeypatch.setattr(VocabularyDialog, "exec", edit)
    window.vocabulary_action.trigger()
    assert stored_terms(path) == {"fighter_nouns": ["Wagner fighters"]}
    assert window.undo_stack.undoText() == "Change detector vocabulary"
    assert "applies from the next detection run" in window.statusBar().currentMessage()
    window.undo_stack.undo()
    assert stored_terms(path) == {}
    window.undo_stack.redo()
    assert stored_terms(path) == {"fighter_nouns": ["Wagner fighters"]}


def test_saving_with_refresh_runs_it_without_asking_again(
    qtbot, window, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = window.controller.project.path
    before = claim_rows(path)

    def edit(dialog: VocabularyDialog) -> int:
        dialog.refresh_after.setChecked(True)
        return VocabularyDialog.DialogCode.Accepted

    def never(*_args: object) -> object:
        raise AssertionError("the dialog's check box already asked")

    monkeypatch.setattr(VocabularyDialog, "exec", edit)
    monkeypatch.setattr(QMessageBox, "question", never)
    window.vocabulary_action.trigger()
    assert window.undo_stack.count() == 0  # nothing changed, so no command
    assert window.write_task is not None
    with qtbot.waitSignal(window.write_task.succeeded, timeout=20_000):
        pass
    after = claim_rows(path)
    assert set(before) <= set(after) and len(after) > len(before)  # manual claims stay
    assert "brought up to date" in window.statusBar().currentMessage()


def test_a_cancelled_dialog_changes_nothing(qtbot, window, monkeypatch: pytest.MonkeyPatch) -> None:
    def edit(dialog: VocabularyDialog) -> int:
        dialog.add_term("kontraktniki")
        dialog.refresh_after.setChecked(True)
        return VocabularyDialog.DialogCode.Rejected

    monkeypatch.setattr(VocabularyDialog, "exec", edit)
    window.vocabulary_action.trigger()
    assert stored_terms(window.controller.project.path) is None
    assert window.undo_stack.count() == 0 and window.write_task is None
