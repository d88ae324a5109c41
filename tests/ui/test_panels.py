"""Claims table, article list, search, background import and the shortcuts help."""

import time
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QPushButton

from annotator.services.tags import add_tag
from tests.helpers import SAMPLE_TEXT
from ui.claim_table_model import CLAIM_ID_ROLE, COLUMNS
from ui.main_window import MainWindow
from ui.shortcuts_dialog import shortcut_rows


def table_texts(window: MainWindow, column: int) -> list[str]:
    model = window.claim_model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_models_pass_the_model_tester(qtmodeltester, window: MainWindow) -> None:
    qtmodeltester.check(window.claim_model)
    qtmodeltester.check(window.article_model)
    qtmodeltester.check(window.article_panel.proxy)


def test_claims_table_filters_and_sorts(qtbot, window: MainWindow) -> None:
    assert window.claim_model.rowCount() == 2
    bar = window.claim_filter_bar
    bar.kind.setCurrentIndex(bar.kind.findData("statement"))
    assert table_texts(window, 1) == ["statement"]
    bar.kind.setCurrentIndex(0)
    bar.verdict.setCurrentIndex(bar.verdict.findData("mostly_true"))
    assert table_texts(window, 6) == ["mostly true"]
    bar.verdict.setCurrentIndex(bar.verdict.findData("none"))
    assert table_texts(window, 1) == ["statement"]
    bar.verdict.setCurrentIndex(0)
    bar.text.setText("varga")
    assert table_texts(window, 4) == ["Ilse Varga"]
    bar.text.clear()
    window.claim_model.sort(1, Qt.SortOrder.DescendingOrder)
    assert table_texts(window, 1) == ["statement", "casualty"]
    window.claim_model.sort(1, Qt.SortOrder.AscendingOrder)
    assert table_texts(window, 1) == ["casualty", "statement"]
    assert [h for h, _ in COLUMNS][6] == "Verdict"


def test_claims_table_tag_and_scope_filters(qtbot, window: MainWindow) -> None:
    claim_id = window.claim_model.claim_id_at(0)
    window.controller.apply(add_tag, claim_id, "toll")  # new tags appear among the choices
    bar = window.claim_filter_bar
    bar.tag.setCurrentIndex(bar.tag.findData("toll"))
    assert [window.claim_model.claim_id_at(r) for r in range(window.claim_model.rowCount())] == [
        claim_id
    ]
    bar.tag.setCurrentIndex(0)
    window.show_article(2)
    bar.scope.setCurrentIndex(bar.scope.findData("article"))
    assert window.claim_model.rowCount() == 0
    window.show_article(1)
    assert window.claim_model.rowCount() == 2


def test_double_click_in_claims_table_jumps_to_claim(qtbot, window: MainWindow) -> None:
    window.show_article(2)
    index = window.claim_model.index(1, 2)
    window.claim_table.doubleClicked.emit(index)
    claim_id = index.data(CLAIM_ID_ROLE)
    assert window.current_article_id == 1
    assert window.current_claim_id == claim_id
    assert window.inspector.claim.id == claim_id
    assert window.article_view.textCursor().selectedText().startswith("\u201cWe will")


def test_table_refreshes_rows_after_an_edit(qtbot, window: MainWindow) -> None:
    claim_id = window.claim_model.claim_id_at(0)
    window.select_claim(claim_id)
    with qtbot.waitSignal(window.claim_model.dataChanged):
        window.set_status.__self__.verified_action.trigger()
    assert window.claim_model.data(window.claim_model.index(0, 5)) == "verified"
    summary = window.article_model.data(window.article_model.index(0, 4))
    assert summary == "1/2"


def test_article_list_filters_by_title_and_sorts(qtbot, window: MainWindow) -> None:
    panel = window.article_panel
    panel.title_filter.setText("second")
    assert panel.proxy.rowCount() == 1
    assert panel.proxy.index(0, 0).data() == "Second"
    panel.title_filter.clear()
    panel.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    assert panel.proxy.index(0, 3).data() == 2


def test_full_text_search_highlights_and_navigates(qtbot, window: MainWindow) -> None:
    window.find_action.trigger()
    assert window.search_bar.isVisible()
    window.search_bar.field.setText("withdraw")
    qtbot.keyClick(window.search_bar.field, Qt.Key.Key_Return)
    assert window.article_panel.proxy.rowCount() == 1
    assert window.current_article_id == 1
    assert len(window.article_view.extraSelections()) == 1
    window.find_next_action.trigger()
    start = SAMPLE_TEXT.index("withdraw")
    cursor = window.article_view.textCursor()
    assert (cursor.selectionStart(), cursor.selectionEnd()) == (start, start + len("withdraw"))
    window.search_bar.field.setText("nothingmatcheshere")
    qtbot.keyClick(window.search_bar.field, Qt.Key.Key_Return)
    assert window.article_panel.proxy.rowCount() == 0
    qtbot.keyClick(window.search_bar.field, Qt.Key.Key_Escape)
    assert window.article_panel.proxy.rowCount() == 2
    assert window.article_view.extraSelections() == []


def test_background_import_keeps_the_ui_responsive(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    corpus = tmp_path / "big.jsonl"
    line = '{{"id": "{0}", "title": "T{0}", "text": "Article {0}: at least {0} people died."}}\n'
    corpus.write_text("".join(line.format(i) for i in range(20_000)), encoding="utf-8")
    ticks: list[float] = []
    timer = QTimer(window)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(5)
    task = window.import_paths([corpus])
    assert task is not None
    with qtbot.waitSignal(task.succeeded, timeout=60_000):
        pass
    timer.stop()
    print(f"{len(ticks)} timer ticks during the import")
    assert len(ticks) >= 3  # the event loop kept running while the import worked
    assert window.article_model.rowCount() == 20_002
    assert "Imported 20000 article(s)" in window.statusBar().currentMessage()


def test_cancelled_import_keeps_nothing(qtbot, window: MainWindow, tmp_path: Path) -> None:
    corpus = tmp_path / "big.jsonl"
    line = '{{"id": "{0}", "title": "T{0}", "text": "Article number {0}."}}\n'
    corpus.write_text("".join(line.format(i) for i in range(5000)), encoding="utf-8")
    shown: list[str] = []
    import ui.main_window

    original = ui.main_window.show_error
    ui.main_window.show_error = lambda parent, title, error: shown.append(str(error))
    try:
        task = window.import_paths([corpus])
        assert task is not None
        (cancel_button,) = window.progress_dialog.findChildren(QPushButton)
        cancel_button.click()
        with qtbot.waitSignal(task.failed, timeout=60_000):
            pass
    finally:
        ui.main_window.show_error = original
    assert shown == ["cancelled; nothing was changed"]
    assert window.article_model.rowCount() == 2


def test_paste_as_new_article(qtbot, window: MainWindow) -> None:
    task = window.import_text("PASTED HEADLINE\n\nSome 200 fighters crossed the river.")
    with qtbot.waitSignal(task.succeeded, timeout=10_000):
        pass
    assert window.article_model.rowCount() == 3
    assert window.article_view.toPlainText().startswith("PASTED HEADLINE")


def test_shortcuts_help_lists_the_real_bindings(qtbot, window: MainWindow) -> None:
    rows = {text: keys for keys, text in shortcut_rows(window.all_shortcut_actions())}
    assert rows["Next claim"] == "N"
    assert rows["Delete claim"] == "Del"
    assert rows["Undo"] == "Ctrl+Z"
    assert rows["False"] == "6"
    assert rows["Extend end by a word"] == "Alt+Shift+Right"


def test_selecting_a_claim_scrolls_and_selects(qtbot, window: MainWindow) -> None:
    claim_id = window.claim_model.claim_id_at(1)
    window.claim_table.setCurrentIndex(window.claim_model.index(1, 0))
    assert window.current_claim_id == claim_id
    assert window.claim_table.currentIndex() != QModelIndex()


def test_first_run_asks_for_the_reviewer_once(qtbot, monkeypatch) -> None:
    import ui.app

    asked: list[str] = []

    def fake_get_text(*args, **kwargs):
        asked.append(kwargs["text"])
        return "Maria Lopez", True

    monkeypatch.setattr(ui.app.QInputDialog, "getText", staticmethod(fake_get_text))
    ui.app.create_application()
    assert ui.app.reviewer_name("login") == "Maria Lopez"
    assert ui.app.reviewer_name("login") == "Maria Lopez"
    assert asked == ["login"]


def test_dropping_files_imports_them(qtbot, window: MainWindow, tmp_path: Path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    article = tmp_path / "dropped.txt"
    article.write_text("DROPPED STORY\n\nAt least 12 people were hurt.", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(article))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert window.write_task is not None
    with qtbot.waitSignal(window.write_task.succeeded, timeout=10_000):
        pass
    assert window.article_model.rowCount() == 3
    assert window.article_view.toPlainText().startswith("DROPPED STORY")
    # Detection ran on the new article in the same background task.
    assert [(c.origin, c.exact) for c in window.article_view.claims] == [
        ("detected", "At least 12 people")
    ]
    assert "1 claim(s) detected" in window.statusBar().currentMessage()


def test_detect_action_runs_in_background(qtbot, window: MainWindow) -> None:
    before = window.claim_model.rowCount()
    task = window.detect_in_project()
    assert task is not None
    with qtbot.waitSignal(task.succeeded, timeout=10_000):
        pass
    assert window.claim_model.rowCount() > before
    assert any(c.origin == "detected" for c in window.article_view.claims)


def test_backup_on_open_and_restore_from_the_dialog(qtbot, window: MainWindow) -> None:
    from annotator.services.backups import project_backups
    from annotator.services.claims import list_claims

    assert window.backup_task is not None
    assert window.backup_task.wait(10)
    (backup,) = project_backups(window.controller.project.path)
    assert backup.tag == "open"
    claim_id = window.claim_model.claim_id_at(0)
    window.select_claim(claim_id)
    window.delete_current_claim()
    assert len(list_claims(window.controller.project)) == 1
    assert window.restore_backup(backup.path)
    assert len(list_claims(window.controller.project)) == 2  # the deleted claim is back
    assert window.article_model.rowCount() == 2
    kept = [b.tag for b in project_backups(window.controller.project.path)]
    assert "before-restore" in kept


def test_export_dialog_preview_and_background_export(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    import json as json_module

    from annotator.exchange.export import ExportFormat
    from ui.export_dialog import ExportDialog

    project = window.controller.project
    dialog = ExportDialog(project, window.inspector.taxonomy, "x", window)
    qtbot.addWidget(dialog)
    assert dialog.preview.text() == "2 claims in 2 articles (1 with a verdict)"
    dialog.kind.setCurrentIndex(dialog.kind.findData("statement"))
    assert dialog.preview.text().startswith("1 claims")
    dialog.verdict.setCurrentIndex(dialog.verdict.findData("mostly_true"))
    assert dialog.preview.text().startswith("0 claims")
    dialog.kind.setCurrentIndex(0)
    options = dialog.options()
    assert options.format is ExportFormat.JSON
    target = tmp_path / "out.json"
    task = window.export_to(target, options)
    with qtbot.waitSignal(task.succeeded, timeout=10_000):
        pass
    exported = json_module.loads(target.read_text(encoding="utf-8"))
    assert [c["exact"] for c in exported["claims"]] == ["More than 13,000 people"]
    assert "Exported 1 claims" in window.statusBar().currentMessage()


def test_import_of_a_native_export_through_the_window(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    from annotator.exchange.export import ExportOptions, export_to_file
    from annotator.services.projects import create_project

    other = create_project(tmp_path / "other.claims", name="Other", reviewer="Bo")
    from annotator.services.articles import import_drafts
    from tests.helpers import sample_draft

    import_drafts(other, [sample_draft("A brand new article about 30 soldiers.", title="New")])
    export_to_file(other, tmp_path / "other.json", ExportOptions())
    other.close()
    task = window.import_paths([tmp_path / "other.json"])
    with qtbot.waitSignal(task.succeeded, timeout=10_000):
        pass
    assert window.article_model.rowCount() == 3


def test_cancelled_export_leaves_no_file(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    import threading

    from annotator.exchange.export import ExportOptions, export_to_file

    shown: list[str] = []
    monkeypatch.setattr(
        "ui.main_window.show_error", lambda parent, title, error: shown.append(str(error))
    )
    clicked = threading.Event()

    def progress_after_the_click(project, path, options, progress):
        def gated(done: int, total: int | None) -> None:
            clicked.wait(10)  # the real export, held until Cancel has been pressed
            progress(done, total)

        return export_to_file(project, path, options, gated)

    monkeypatch.setattr("ui.main_window.export_to_file", progress_after_the_click)
    target = tmp_path / "cancelled.json"
    task = window.export_to(target, ExportOptions())
    (cancel_button,) = window.progress_dialog.findChildren(QPushButton)
    # Listen before releasing the worker: it reports the failure from its own thread
    # at once, and a signal emitted before anyone listens is not queued for them.
    with qtbot.waitSignal(task.failed, timeout=10_000):
        cancel_button.click()
        clicked.set()
    assert shown == ["cancelled; nothing was changed"]
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if "cancelled" in p.name] == []
    assert window.progress_dialog is None
