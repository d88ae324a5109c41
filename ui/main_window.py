"""The main window: article list, article view, claims table, inspector, menus and shortcuts.

Every edit goes through the `QUndoStack` as one command, and every command
commits to the project file at once: there is no Save button.  Views refresh
from the controller's change records.  Only window geometry, dock layout,
recent files and the reviewer's name live in QSettings; project data lives in
the project file.
"""

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMimeData, QModelIndex, QSettings, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from annotator.changes import Action, Changes, Entity, OpResult
from annotator.domain import ClaimStatus
from annotator.errors import AnnotatorError, NotFoundError, ProjectInUseError
from annotator.exchange.export import ExportOptions, export_to_file
from annotator.exchange.import_checks import is_native_export
from annotator.exchange.native_import import import_native
from annotator.importing import article_from_text
from annotator.progress import ProgressCallback
from annotator.project import Project
from annotator.review.compare import Comparison, compare
from annotator.review.differences import Difference
from annotator.review.merge import Decision
from annotator.services.articles import (
    ImportReport,
    get_article,
    import_drafts,
    import_files,
    list_articles,
)
from annotator.services.backups import (
    backup_if_due,
    backup_project,
    project_backups,
    restore_project,
)
from annotator.services.claim_reading import ClaimFilter
from annotator.services.claims import article_claim_spans, get_claim, list_claims
from annotator.services.projects import (
    create_project,
    get_taxonomy,
    list_reviewers,
    open_project,
    project_info,
    project_name,
)
from annotator.services.tags import tag_vocabulary
from annotator.spans import move_end, move_start, snap_to_words
from ui.article_list_model import ArticleListModel
from ui.article_list_panel import ArticleListPanel
from ui.article_view import ArticleView
from ui.backups_dialog import BackupsDialog
from ui.claim_filter_bar import ClaimFilterBar
from ui.claim_inspector import ClaimInspector
from ui.claim_table_model import CLAIM_ID_ROLE, ClaimTableModel
from ui.claim_text import claim_tooltip
from ui.commands import (
    AddClaimCommand,
    DeleteClaimCommand,
    DropRedoCommand,
    MergeCommand,
    SetVocabularyCommand,
    UpdateClaimCommand,
)
from ui.error_dialogs import show_error
from ui.export_dialog import ExportDialog
from ui.kind_style import kind_colors
from ui.legend import KindLegend
from ui.project_controller import ProjectController
from ui.review_panel import ReviewPanel
from ui.search_bar import SearchBar
from ui.shortcuts_dialog import ShortcutsDialog
from ui.tasks import BackgroundTask

if TYPE_CHECKING:
    from annotator.services.detection import DetectionReport

PROJECT_FILTER = "Claim Annotator projects (*.claims);;All files (*)"
IMPORT_FILTER = (
    "Articles and exports (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.jsonl *.ndjson "
    "*.json);;All files (*)"
)
MAX_RECENT = 8
IMPORTING = "Importing articles…"
NOTHING_IMPORTED = "Nothing was imported"
KIND_KEYS = ("casualty", "troops", "position", "statement", "other_figure")


def _native_as_report(result: OpResult[Any]) -> OpResult[ImportReport]:
    """Describe a native JSON import like an article import, for the status bar."""
    report = ImportReport(added_article_ids=list(result.value.added_article_ids))
    return OpResult(report, result.changes)


def _detect_claims(
    project: Project,
    article_ids: list[int] | None,
    progress: ProgressCallback,
    *,
    refresh: bool = False,
) -> "OpResult[DetectionReport]":
    """Run the detector, imported on first use (on a worker thread): compiling its
    patterns would otherwise add 70 ms to every start-up, detection or not."""
    from annotator.services.detection import detect_claims

    return detect_claims(project, article_ids, progress, refresh=refresh)


def _outdated_suggestions(project: Project) -> int:
    """`outdated_suggestion_count`, imported on first use on a worker thread (the
    detector's package loads its vocabulary, some 30 ms)."""
    from annotator.services.suggestions import outdated_suggestion_count

    return outdated_suggestion_count(project)


def _detector_version() -> str:
    """The detector's version, imported on first use (the package loads its vocabulary)."""
    from annotator.detection import DETECTOR_VERSION

    return DETECTOR_VERSION


def _with_detection(
    project: Project, imported: OpResult[ImportReport], progress: ProgressCallback
) -> OpResult[ImportReport]:
    """Detect claims in freshly imported articles; one result for both steps."""
    report = imported.value
    if not report.added_article_ids:
        return imported
    detection = _detect_claims(project, report.added_article_ids, progress)
    report.claims_detected = detection.value.claims_added
    return OpResult(report, imported.changes.merged(detection.changes))


class MainWindow(QMainWindow):
    """The reviewer's workspace."""

    def __init__(
        self, controller: ProjectController, reviewer: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.reviewer = reviewer
        self.current_article_id: int | None = None
        self.current_claim_id: int | None = None
        self.write_task: BackgroundTask | None = None
        self._write_label = IMPORTING
        self._write_failure = NOTHING_IMPORTED
        self.progress_dialog: QProgressDialog | None = None
        self.export_task: BackgroundTask | None = None
        self._colors: dict[str, str] = {}
        self.undo_stack = QUndoStack(self)
        self.setWindowTitle("Claim Annotator")
        self.setAcceptDrops(True)
        self.resize(1400, 900)

        self._build_central()
        self._build_docks()
        self._build_actions()
        self._build_menus()
        self._build_status_bar()
        controller.project_opened.connect(self._on_project_opened)
        controller.changed.connect(self._on_changed)
        # Counting claims for the status bar reads the whole project: coalesce the
        # requests of a burst of edits into one count, off the edit's own path.
        self.status_timer = QTimer(self)
        self.status_timer.setSingleShot(True)
        self.status_timer.setInterval(250)
        self.status_timer.timeout.connect(self._update_status)
        self.backup_task: BackgroundTask | None = None
        self.outdated_task: BackgroundTask | None = None
        self._outdated_hint_due = False
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(60_000)
        self.backup_timer.timeout.connect(lambda: self._start_backup(on_open=False))
        self._restore_layout()

    # -- layout ---------------------------------------------------------------------------

    def _build_central(self) -> None:
        self.banner = QLabel(self)
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setStyleSheet("background: #fff3cd; color: #664d03; padding: 4px;")
        self.banner.hide()
        self.article_view = ArticleView(self)
        self.article_view.describe_claim = self._describe_claim
        self.search_bar = SearchBar(self.article_view, self)
        self.search_bar.hide()
        self.article_view.claim_activated.connect(self.select_claim)
        self.article_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.article_view.customContextMenuRequested.connect(self._article_context_menu)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.search_bar)
        column.addWidget(self.article_view)
        self.setCentralWidget(central)
        self.search_bar.hits_changed.connect(self._on_search_hits)
        self.search_bar.goto_requested.connect(self._goto_search_hit)

        self.legend = KindLegend(self)
        legend_bar = QToolBar("Legend", self)
        legend_bar.setObjectName("legendBar")
        legend_bar.addWidget(QLabel("Kinds:"))
        legend_bar.addWidget(self.legend)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, legend_bar)

    def _build_docks(self) -> None:
        self.article_model = ArticleListModel(self.controller)
        self.article_panel = ArticleListPanel(self.article_model, self)
        self.article_panel.article_selected.connect(self.show_article)
        self.article_table = self.article_panel.table
        self.articles_dock = self._dock(
            "Articles", "articlesDock", self.article_panel, Qt.DockWidgetArea.LeftDockWidgetArea
        )

        self.claim_model = ClaimTableModel(self.controller)
        self.claim_filter_bar = ClaimFilterBar(self)
        self.claim_filter_bar.filter_changed.connect(self.claim_model.set_filter)
        self.claim_table = QTableView(self)
        self.claim_table.setObjectName("claimTable")
        self.claim_table.setModel(self.claim_model)
        self.claim_table.setSortingEnabled(True)
        self.claim_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # Qt's default descends
        self.claim_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.claim_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.claim_table.verticalHeader().hide()
        self.claim_table.verticalHeader().setDefaultSectionSize(
            self.claim_table.fontMetrics().height() + 6
        )
        self.claim_table.setWordWrap(False)
        self.claim_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.claim_table.doubleClicked.connect(self._on_claim_double_clicked)
        self.claim_table.selectionModel().currentRowChanged.connect(self._on_claim_row)
        claims_panel = QWidget(self)
        claims_layout = QVBoxLayout(claims_panel)
        claims_layout.setContentsMargins(0, 0, 0, 0)
        claims_layout.addWidget(self.claim_filter_bar)
        claims_layout.addWidget(self.claim_table)
        self.claims_dock = self._dock(
            "Claims", "claimsDock", claims_panel, Qt.DockWidgetArea.BottomDockWidgetArea
        )

        self.review_panel = ReviewPanel(self)
        self.review_panel.difference_selected.connect(self.show_difference)
        self.review_panel.merge_requested.connect(self.merge_decisions)
        self.review_dock = self._dock(
            "Review", "reviewDock", self.review_panel, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.tabifyDockWidget(self.claims_dock, self.review_dock)
        self.claims_dock.raise_()
        self.comparison: Comparison | None = None
        self.compare_task: BackgroundTask | None = None

        self.inspector = ClaimInspector(self.controller, self)
        self.inspector.edit_requested.connect(self.push)
        self.inspector_dock = self._dock(
            "Claim inspector",
            "inspectorDock",
            self.inspector,
            Qt.DockWidgetArea.RightDockWidgetArea,
        )

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _build_status_bar(self) -> None:
        self.status_label = QLabel(self)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setMaximumWidth(200)
        self.progress_bar.hide()
        self.statusBar().addPermanentWidget(self.progress_bar)
        self.statusBar().addPermanentWidget(self.status_label)

    # -- actions and menus ----------------------------------------------------------------

    def _action(
        self,
        text: str,
        handler: Callable[[], Any],
        shortcut: Any = None,
        *,
        review_key: bool = False,
        edits: bool = False,
    ) -> QAction:
        """An action; review keys (single letters, digits) only work in the article and table."""
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: handler())
        if review_key:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.article_view.addAction(action)
            self.claim_table.addAction(action)
        else:
            self.addAction(action)
        if edits:
            self.edit_actions.append(action)
        return action

    def _build_actions(self) -> None:
        self.edit_actions: list[QAction] = []
        std = QKeySequence.StandardKey
        self.new_action = self._action("&New project…", self.choose_new_project, std.New)
        self.open_action = self._action("&Open project…", self.choose_project, std.Open)
        self.open_read_only_action = self._action(
            "&Review colleague's project (read-only)…", lambda: self.choose_project(read_only=True)
        )
        self.import_action = self._action(
            "&Import articles…", self.choose_import_files, "Ctrl+I", edits=True
        )
        self.paste_action = self._action(
            "&Paste as new article", self.paste_article, "Ctrl+Shift+V", edits=True
        )
        self.export_action = self._action("&Export claims…", self.choose_export, "Ctrl+E")
        self.compare_action = self._action(
            "&Compare with colleague's project…", self.choose_comparison, edits=True
        )
        self.next_difference_action = self._action(
            "Next difference", lambda: self.review_panel.step(1), "]", review_key=True
        )
        self.previous_difference_action = self._action(
            "Previous difference", lambda: self.review_panel.step(-1), "[", review_key=True
        )
        self.backups_action = self._action("&Backups…", self.show_backups, edits=True)
        self.quit_action = self._action("&Quit", self.close, std.Quit)

        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QKeySequence(std.Undo))
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence(std.Redo)])
        self.find_action = self._action("&Search all articles…", self.search_bar.start, std.Find)
        self.find_next_action = self._action("Find &next", self.search_bar.next_hit, std.FindNext)
        self.find_previous_action = self._action(
            "Find pre&vious", self.search_bar.previous_hit, std.FindPrevious
        )

        self.new_claim_actions = [
            self._action(
                f"New {key.replace('_', ' ')} claim from selection",
                partial(self.create_claim_from_selection, key),
                f"Ctrl+{i}",
                edits=True,
            )
            for i, key in enumerate(KIND_KEYS, start=1)
        ]
        self.change_kind_actions = [
            self._action(
                f"Change kind to {key.replace('_', ' ')}",
                partial(self.change_kind, key),
                f"Alt+{i}",
                edits=True,
            )
            for i, key in enumerate(KIND_KEYS, start=1)
        ]
        self.delete_claim_action = self._action(
            "&Delete claim",
            self.delete_current_claim,
            QKeySequence.StandardKey.Delete,
            review_key=True,
            edits=True,
        )
        self.extend_end_action = self._action(
            "Extend end by a word",
            lambda: self.adjust_span("end", True),
            "Shift+Alt+Right",
            edits=True,
        )
        self.shrink_end_action = self._action(
            "Shrink end by a word",
            lambda: self.adjust_span("end", False),
            "Shift+Alt+Left",
            edits=True,
        )
        self.extend_start_action = self._action(
            "Extend start by a word",
            lambda: self.adjust_span("start", True),
            "Ctrl+Shift+Alt+Left",
            edits=True,
        )
        self.shrink_start_action = self._action(
            "Shrink start by a word",
            lambda: self.adjust_span("start", False),
            "Ctrl+Shift+Alt+Right",
            edits=True,
        )
        self.next_claim_action = self._action(
            "&Next claim", lambda: self.step_claim(1), "N", review_key=True
        )
        self.previous_claim_action = self._action(
            "&Previous claim", lambda: self.step_claim(-1), "P", review_key=True
        )
        self.next_unreviewed_action = self._action(
            "Next &unreviewed claim", self.next_unreviewed, "U", review_key=True
        )
        self.accept_action = self._action(
            "&Accept detected claim (in review)",
            lambda: self.set_status(ClaimStatus.IN_REVIEW),
            "A",
            review_key=True,
            edits=True,
        )
        self.reject_action = self._action(
            "&Reject claim",
            lambda: self.set_status(ClaimStatus.REJECTED),
            "R",
            review_key=True,
            edits=True,
        )
        self.verified_action = self._action(
            "Mark &verified",
            lambda: self.set_status(ClaimStatus.VERIFIED),
            "V",
            review_key=True,
            edits=True,
        )
        self.disputed_action = self._action(
            "Mark &disputed",
            lambda: self.set_status(ClaimStatus.DISPUTED),
            "D",
            review_key=True,
            edits=True,
        )
        self.detect_article_action = self._action(
            "Detect claims in this article", self._detect_in_current_article, edits=True
        )
        self.detect_all_action = self._action(
            "Detect claims in all articles", self.detect_in_project, edits=True
        )
        self.refresh_article_action = self._action(
            "Refresh detected suggestions in this article…",
            lambda: self._detect_in_current_article(refresh=True),
            edits=True,
        )
        self.refresh_all_action = self._action(
            "Refresh detected suggestions in all articles…",
            lambda: self.detect_in_project(refresh=True),
            edits=True,
        )
        self.vocabulary_action = self._action(
            "Detector &vocabulary…", self.edit_vocabulary, edits=True
        )
        self.verdict_actions: list[QAction] = []
        self.shortcuts_action = self._action(
            "&Keyboard shortcuts", self.show_shortcuts, QKeySequence.StandardKey.HelpContents
        )
        self.about_action = self._action("&About Claim Annotator", self.show_about)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        for action in (
            self.new_action,
            self.open_action,
            self.open_read_only_action,
            self.compare_action,
        ):
            file_menu.addAction(action)
        self.recent_menu = file_menu.addMenu("Open &recent")
        self._fill_recent_menu()
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.paste_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backups_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu("&Edit")
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        for action in (self.find_action, self.find_next_action, self.find_previous_action):
            edit_menu.addAction(action)

        view_menu = bar.addMenu("&View")
        for dock in (self.articles_dock, self.claims_dock, self.review_dock, self.inspector_dock):
            view_menu.addAction(dock.toggleViewAction())
        view_menu.addSeparator()
        view_menu.addAction(self.next_difference_action)
        view_menu.addAction(self.previous_difference_action)

        self.claim_menu = bar.addMenu("&Claim")
        new_menu = self.claim_menu.addMenu("&New claim from selection")
        for action in self.new_claim_actions:
            new_menu.addAction(action)
        kind_menu = self.claim_menu.addMenu("Change &kind")
        for action in self.change_kind_actions:
            kind_menu.addAction(action)
        self.claim_menu.addAction(self.delete_claim_action)
        span_menu = self.claim_menu.addMenu("Adjust &span")
        for action in (
            self.extend_end_action,
            self.shrink_end_action,
            self.extend_start_action,
            self.shrink_start_action,
        ):
            span_menu.addAction(action)
        self.claim_menu.addSeparator()
        for action in (
            self.next_claim_action,
            self.previous_claim_action,
            self.next_unreviewed_action,
        ):
            self.claim_menu.addAction(action)
        self.claim_menu.addSeparator()
        for action in (
            self.accept_action,
            self.reject_action,
            self.verified_action,
            self.disputed_action,
        ):
            self.claim_menu.addAction(action)
        self.verdict_menu = self.claim_menu.addMenu("&Verdict")
        self.claim_menu.addSeparator()
        self.claim_menu.addAction(self.detect_article_action)
        self.claim_menu.addAction(self.detect_all_action)
        self.claim_menu.addAction(self.refresh_article_action)
        self.claim_menu.addAction(self.refresh_all_action)
        self.claim_menu.addAction(self.vocabulary_action)

        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.about_action)

        toolbar = QToolBar("Claims", self)
        toolbar.setObjectName("claimToolbar")
        for action, label in zip(
            self.new_claim_actions,
            ("+Casualty", "+Troops", "+Position", "+Statement", "+Figure"),
            strict=True,
        ):
            toolbar.addAction(action)
            action.setIconText(label)
        toolbar.addAction(self.delete_claim_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

    def _build_verdict_actions(self) -> None:
        for action in self.verdict_actions:
            self.article_view.removeAction(action)
            self.claim_table.removeAction(action)
            self.edit_actions.remove(action)
        self.verdict_menu.clear()
        self.verdict_actions = []
        taxonomy = get_taxonomy(self.controller.project)
        for number, rating in enumerate(taxonomy.verdict_scale[:9], start=1):
            action = self._action(
                f"{rating.label}",
                partial(self.set_verdict, rating.key),
                str(number),
                review_key=True,
                edits=True,
            )
            self.verdict_menu.addAction(action)
            self.verdict_actions.append(action)

    # -- project --------------------------------------------------------------------------

    def choose_project(self, read_only: bool = False) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open project", "", PROJECT_FILTER)
        if path:
            self.open_path(Path(path), read_only=read_only)

    def choose_new_project(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, "New project", "untitled.claims", PROJECT_FILTER
        )
        if not path:
            return
        try:
            project = create_project(Path(path), name=Path(path).stem, reviewer=self.reviewer)
        except AnnotatorError as error:
            show_error(self, "Cannot create the project", error)
            return
        self._remember_recent(Path(path))
        self._wait_for_background_reads()
        self.controller.set_project(project)

    def open_path(self, path: Path, *, read_only: bool = False) -> bool:
        """Open a project file; known problems are shown in a dialog, nothing is lost."""
        try:
            project = open_project(path, reviewer=self.reviewer, read_only=read_only)
        except ProjectInUseError as error:
            answer = QMessageBox.question(
                self,
                "Project in use",
                f"{error}\n\nOpen it read-only instead?",
                QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Open:
                return False
            return self.open_path(path, read_only=True)
        except AnnotatorError as error:
            show_error(self, "Cannot open the project", error)
            return False
        self._remember_recent(path)
        self._wait_for_background_reads()
        self.controller.set_project(project)
        return True

    def _remember_recent(self, path: Path) -> None:
        settings = QSettings()
        recent = [p for p in self.recent_projects() if p != str(path.resolve())]
        settings.setValue("recent_projects", [str(path.resolve()), *recent][:MAX_RECENT])
        self._fill_recent_menu()

    @staticmethod
    def recent_projects() -> list[str]:
        value = QSettings().value("recent_projects", [])
        return [str(v) for v in value] if isinstance(value, list) else []

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self.recent_projects():
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _c=False, p=path: self.open_path(Path(p)))
        self.recent_menu.setEnabled(bool(self.recent_projects()))

    def _on_project_opened(self) -> None:
        project = self.controller.project
        self.undo_stack.clear()
        self.set_comparison(None)
        taxonomy = get_taxonomy(project)
        self._colors = kind_colors(taxonomy.kinds)
        self.article_view.verdict_colors = {
            r.key: (r.color, r.label) for r in taxonomy.verdict_scale
        }
        self.legend.set_kinds(taxonomy.kinds)
        self._build_verdict_actions()
        self.claim_filter_bar.set_choices(
            taxonomy,
            [t for t, _ in tag_vocabulary(project)],
            [r.name for r in list_reviewers(project)],
        )
        self.current_article_id = self.current_claim_id = None
        self.article_view.show_article(None, [], self._colors)
        self.search_bar.set_project(project)
        read_only = project.read_only
        for action in self.edit_actions:
            action.setEnabled(not read_only)
        self.banner.setVisible(read_only)
        if read_only:
            self.banner.setText(
                f"Read-only: {project.path.name} is shown without changing it. Edits are disabled."
            )
        self.setWindowTitle(
            f"{project_name(project)} — Claim Annotator" + (" (read-only)" if read_only else "")
        )
        self.status_timer.start()  # the counts come just after the window is first painted
        first = self.article_panel.first_visible_article()
        if first is not None:
            self.show_article(first)
        if not read_only:
            self._start_backup(on_open=True)
            self._start_outdated_count()
            self.backup_timer.start()
        else:
            self.backup_timer.stop()

    def _start_backup(self, *, on_open: bool) -> BackgroundTask | None:
        """Back the project up in the background: at open, then when the newest is old."""
        if not self.controller.has_project or self.controller.read_only:
            return None
        if self.backup_task is not None and self.backup_task.running:
            return None
        project = self.controller.project
        task = BackgroundTask(
            (lambda _p: backup_project(project, tag="open"))
            if on_open
            else (lambda _p: backup_if_due(project)),
            self,
        )
        task.failed.connect(
            lambda error: self.statusBar().showMessage(f"Backup failed: {error}", 10_000)
        )
        self.backup_task = task
        task.start()
        return task

    def _start_outdated_count(self) -> BackgroundTask:
        """Count, in the background, the untouched suggestions an older detector made,
        and say so: nothing else tells a reviewer that a refresh would update them."""
        project = self.controller.project
        task = BackgroundTask(lambda _p: _outdated_suggestions(project), self)
        task.succeeded.connect(self._on_outdated_counted)
        self._outdated_hint_due = True
        self.outdated_task = task
        task.start()
        return task

    def _on_outdated_counted(self, count: int) -> None:
        # An import or detection started since says more, and may have changed the count.
        if count and self._outdated_hint_due:
            self.statusBar().showMessage(
                f"{count:,} untouched suggestion(s) come from an older detector; Claims →"
                " Refresh detected suggestions in all articles… brings them up to date.",
                15_000,
            )

    def _wait_for_background_reads(self) -> None:
        """Let the backup and the count of outdated suggestions finish before the project
        they read is closed."""
        for task in (self.backup_task, self.outdated_task):
            if task is not None and task.running:
                task.wait()

    def show_backups(self) -> None:
        if not self.controller.has_project:
            return
        dialog = BackupsDialog(project_backups(self.controller.project.path), self)
        dialog.restore_requested.connect(self.restore_backup)
        dialog.exec()

    def restore_backup(self, backup: Path) -> bool:
        """Close the project, put the backup in its place, and open it again."""
        path = self.controller.project.path
        self._wait_for_background_reads()
        self.controller.close_project()
        try:
            restore_project(path, backup)
        except AnnotatorError as error:
            show_error(self, "The backup was not restored", error)
        return self.open_path(path)

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if (
            self.current_article_id is not None
            and changes.touches(Entity.CLAIM)
            and (
                self.current_article_id in changes.ids(Entity.ARTICLE)
                or changes.ids(Entity.CLAIM) & {c.id for c in self.article_view.claims}
            )
        ):
            self._refresh_claims()
        if changes.touches(Entity.TAG):
            project = self.controller.project
            self.claim_filter_bar.set_choices(
                get_taxonomy(project),
                [t for t, _ in tag_vocabulary(project)],
                [r.name for r in list_reviewers(project)],
            )
        self.status_timer.start()

    # -- showing articles and claims --------------------------------------------------------

    def show_article(self, article_id: int) -> None:
        """Show an article with its claims highlighted."""
        if article_id == self.current_article_id:
            return
        project = self.controller.project
        article = get_article(project, article_id)
        claims = article_claim_spans(project, article_id)
        self.current_article_id = article_id
        self.current_claim_id = None
        self.article_view.show_article(
            article, claims, self._colors, self._their_spans(article.text_sha256)
        )
        self.article_panel.select_article(article_id)
        self.claim_filter_bar.set_current_article(article_id)
        self.search_bar.highlight_in_article()

    def _refresh_claims(self) -> None:
        assert self.current_article_id is not None
        claims = article_claim_spans(self.controller.project, self.current_article_id)
        self.article_view.set_claims(claims, self._colors)
        if self.current_claim_id is not None and all(c.id != self.current_claim_id for c in claims):
            self.current_claim_id = None
            self.inspector.show_claim(None)

    def select_claim(self, claim_id: int) -> None:
        """Select a claim everywhere: its article, the text, the inspector and the table."""
        records = list_claims(self.controller.project, ClaimFilter(), claim_ids=[claim_id])
        if not records:
            return
        self.show_article(records[0].article_id)
        self.current_claim_id = claim_id
        self.article_view.select_claim(claim_id)
        self.inspector.show_claim(claim_id)
        row = self.claim_model.row_of(claim_id)
        if row is not None and self.claim_table.currentIndex().row() != row:
            self.claim_table.selectionModel().blockSignals(True)
            self.claim_table.selectRow(row)
            self.claim_table.selectionModel().blockSignals(False)

    def _on_claim_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.select_claim(int(current.data(CLAIM_ID_ROLE)))

    def _on_claim_double_clicked(self, index: QModelIndex) -> None:
        self.select_claim(int(index.data(CLAIM_ID_ROLE)))
        self.article_view.setFocus()

    def step_claim(self, step: int) -> None:
        """Move to the next or previous claim of the article (wrapping around)."""
        claims = sorted(self.article_view.claims, key=lambda c: (c.start, c.end, c.id))
        if not claims:
            return
        ids = [c.id for c in claims]
        if self.current_claim_id in ids:
            index = (ids.index(self.current_claim_id) + step) % len(ids)
        else:
            index = 0 if step > 0 else len(ids) - 1
        self.select_claim(ids[index])

    def next_unreviewed(self) -> None:
        """The next unreviewed claim, in this article first and then in the following ones."""
        claims = sorted(self.article_view.claims, key=lambda c: (c.start, c.end, c.id))
        position = next((i for i, c in enumerate(claims) if c.id == self.current_claim_id), -1)
        for claim in claims[position + 1 :]:
            if claim.status == ClaimStatus.UNREVIEWED.value:
                self.select_claim(claim.id)
                return
        pending = list_claims(
            self.controller.project, ClaimFilter(statuses=(ClaimStatus.UNREVIEWED.value,))
        )
        after = [c for c in pending if (self.current_article_id or 0) < c.article_id]
        candidates = after or pending
        if candidates:
            self.select_claim(candidates[0].id)
        else:
            self.statusBar().showMessage("No unreviewed claims left.", 4000)

    def _describe_claim(self, claim_id: int) -> str:
        try:
            return claim_tooltip(get_claim(self.controller.project, claim_id))
        except NotFoundError:  # withdrawn by a background run whose change is on its way
            return "(this claim has just been removed)"

    # -- editing --------------------------------------------------------------------------

    def push(self, command: QUndoCommand) -> bool:
        """Run an edit through the undo stack; a refused edit is shown and not kept."""
        if self.controller.read_only:
            return False
        try:
            self.undo_stack.push(command)
        except AnnotatorError as error:
            show_error(self, "The change was not saved", error)
            self._drop_failed_command(command)
            return False
        return True

    def _drop_failed_command(self, command: QUndoCommand) -> None:
        """Remove a command whose redo failed, so undo never replays a change never made."""
        index = self.undo_stack.index()
        if index > 0 and self.undo_stack.command(index - 1) is command:
            command.setObsolete(True)
            self.undo_stack.undo()

    def create_claim_from_selection(self, kind: str) -> None:
        cursor = self.article_view.textCursor()
        article = self.article_view.article
        if article is None or not cursor.hasSelection():
            self.statusBar().showMessage("Select some text in the article first.", 4000)
            return
        offsets = self.article_view.offsets
        start, end = snap_to_words(
            article.text,
            offsets.from_qt(cursor.selectionStart()),
            offsets.from_qt(cursor.selectionEnd()),
        )
        command = AddClaimCommand(
            self.controller, article_id=article.id, start=start, end=end, kind=kind
        )
        if self.push(command) and command.claim_id is not None:
            self.select_claim(command.claim_id)

    def _current(self) -> Any:
        return next((c for c in self.article_view.claims if c.id == self.current_claim_id), None)

    def delete_current_claim(self) -> None:
        if self.current_claim_id is not None:
            self.push(DeleteClaimCommand(self.controller, self.current_claim_id))

    def change_kind(self, kind: str) -> None:
        claim = self._current()
        if claim is not None and claim.kind != kind:
            self.push(UpdateClaimCommand(self.controller, claim.id, "Change kind", kind=kind))

    def adjust_span(self, edge: str, outward: bool) -> None:
        """Move a claim's start or end by one word (Shift+Alt+arrows)."""
        claim = self._current()
        article = self.article_view.article
        if claim is None or article is None:
            return
        if edge == "end":
            start, end = move_end(article.text, claim.start, claim.end, forward=outward)
        else:
            start, end = move_start(article.text, claim.start, claim.end, backward=outward)
        if (start, end) != (claim.start, claim.end):
            self.push(
                UpdateClaimCommand(self.controller, claim.id, "Adjust span", start=start, end=end)
            )
            self.article_view.select_claim(claim.id)

    def set_status(self, status: ClaimStatus) -> None:
        claim = self._current()
        if claim is not None and claim.status != status.value:
            self.push(
                UpdateClaimCommand(
                    self.controller,
                    claim.id,
                    f"Mark {status.value.replace('_', ' ')}",
                    status=status.value,
                )
            )

    def set_verdict(self, rating: str) -> None:
        if self.current_claim_id is not None:
            self.inspector.set_verdict(rating)

    def _article_context_menu(self, position: Any) -> None:
        menu = QMenu(self)
        if self.article_view.textCursor().hasSelection():
            for action in self.new_claim_actions:
                menu.addAction(action)
        claims = self.article_view.claims_at_position(
            self.article_view.cursorForPosition(position).position()
        )
        if claims:
            self.select_claim(claims[0].id)
            menu.addSeparator()
            for action in (
                self.delete_claim_action,
                self.accept_action,
                self.reject_action,
                self.verified_action,
                self.disputed_action,
            ):
                menu.addAction(action)
        if not menu.isEmpty():
            menu.exec(self.article_view.mapToGlobal(position))

    # -- importing ------------------------------------------------------------------------

    def choose_import_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, "Import articles", "", IMPORT_FILTER)
        if paths:
            self.import_paths([Path(p) for p in paths])

    def import_paths(self, paths: list[Path]) -> BackgroundTask | None:
        """Import files, then detect claims in them, in the background.

        A Claim Annotator JSON export is imported losslessly instead (no detection).
        """
        project = self.controller.project
        native = [p for p in paths if is_native_export(p)]
        if native:
            if len(paths) != 1:
                show_error(
                    self,
                    NOTHING_IMPORTED,
                    AnnotatorError(
                        "import one Claim Annotator export at a time, without article files"
                    ),
                )
                return None
            return self._start_write_task(
                lambda progress: _native_as_report(import_native(project, native[0], progress))
            )
        return self._start_write_task(
            lambda progress: _with_detection(
                project, import_files(project, paths, progress), progress
            )
        )

    def paste_article(self) -> None:
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.statusBar().showMessage("The clipboard holds no text.", 4000)
            return
        self.import_text(text)

    def import_text(self, text: str) -> BackgroundTask | None:
        project = self.controller.project
        draft = article_from_text(text, source_name="pasted text")
        return self._start_write_task(
            lambda progress: _with_detection(
                project, import_drafts(project, [draft], progress), progress
            )
        )

    def detect_in_project(
        self, article_ids: list[int] | None = None, *, refresh: bool = False, ask: bool = True
    ) -> BackgroundTask | None:
        """Run the detector again (all articles, or some) in the background; with
        `refresh`, also bring its untouched suggestions up to date (after asking, unless
        the reviewer already chose it, since the suggestions it withdraws cannot be
        brought back by undo)."""
        if self._write_task_blocked():
            return None
        if refresh and ask and not self._confirm_refresh(article_ids):
            return None
        project = self.controller.project
        return self._start_write_task(
            lambda progress: _detect_claims(project, article_ids, progress, refresh=refresh),
            on_done=self._on_detection_done,
            label="Detecting claims…",
            failure="Detection stopped; nothing was changed",
        )

    def _detect_in_current_article(self, *, refresh: bool = False) -> BackgroundTask | None:
        if self.current_article_id is None:
            self.statusBar().showMessage("Open an article first.", 4000)
            return None
        return self.detect_in_project([self.current_article_id], refresh=refresh)

    def edit_vocabulary(self) -> None:
        """Show the project's own detector vocabulary for editing; save it as one
        undoable command, and refresh the suggestions after it if the reviewer asks."""
        from annotator.services.detector_vocabulary import extra_terms, vocabulary_outline
        from ui.vocabulary_dialog import VocabularyDialog

        if not self.controller.has_project or self.controller.read_only:
            return
        previous = extra_terms(self.controller.project)
        dialog = VocabularyDialog(vocabulary_outline(), previous, self)
        if dialog.exec() != VocabularyDialog.DialogCode.Accepted:
            return
        self.save_vocabulary(previous, dialog.chosen_terms(), dialog.refresh_after.isChecked())

    def save_vocabulary(
        self,
        previous: dict[str, list[str]],
        terms: dict[str, list[str]],
        refresh: bool,
    ) -> None:
        """Save edited vocabulary terms (an undoable command), then refresh if asked
        (the dialog's own check box is the reviewer's consent, so no second question)."""
        if terms != {name: listed for name, listed in previous.items() if listed}:
            if not self.push(SetVocabularyCommand(self.controller, previous, terms)):
                return
            self.statusBar().showMessage(
                "Detector vocabulary saved; it applies from the next detection run.", 8000
            )
        if refresh:
            self.detect_in_project(refresh=True, ask=False)

    def _confirm_refresh(self, article_ids: list[int] | None) -> bool:
        where = "this article" if article_ids else "every article"
        answer = QMessageBox.question(
            self,
            "Refresh detected suggestions",
            f"Run the detector (version {_detector_version()}) again over {where} and replace its"
            " earlier suggestions that no reviewer has touched: still unreviewed, never"
            " edited, with no tag, source, verdict or comment. Those it finds again get its"
            " current value, speaker and confidence; those it no longer finds are removed."
            " Claims a reviewer has touched stay exactly as they are.\n\nThe removals"
            " cannot be undone from the Edit menu; a backup of the project is taken first.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _start_write_task(
        self,
        work: Callable[[Any], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        label: str = IMPORTING,
        failure: str = NOTHING_IMPORTED,
    ) -> BackgroundTask | None:
        """Run an import or a detection in the background, one at a time, with progress;
        `failure` titles the dialog a known error is shown in."""
        if self._write_task_blocked():
            return None
        self._outdated_hint_due = False
        task = BackgroundTask(work, self)
        task.progress.connect(self._on_write_progress)
        task.succeeded.connect(on_done or self._on_import_done)
        task.failed.connect(self._on_write_failed)
        self.write_task = task
        self._write_label = label
        self._write_failure = failure
        self._open_progress(task, label.rstrip("…"), label)
        self.statusBar().showMessage(f"{label} (Esc to cancel)")
        task.start()
        return task

    def _open_progress(self, task: BackgroundTask, title: str, label: str) -> None:
        """The status-bar bar and a cancellable dialog (shown only if the work takes time)."""
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        self.progress_dialog = QProgressDialog(label, "Cancel", 0, 0, self)
        self.progress_dialog.setWindowTitle(title)
        self.progress_dialog.setMinimumDuration(500)  # quick work never flashes a dialog
        self.progress_dialog.setAutoClose(False)
        self.progress_dialog.setAutoReset(False)
        self.progress_dialog.canceled.connect(task.cancel)

    def _close_progress(self) -> None:
        self.progress_bar.hide()
        if self.progress_dialog is not None:
            self.progress_dialog.canceled.disconnect()
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def cancel_write_task(self) -> None:
        if self.write_task is not None and self.write_task.running:
            self.write_task.cancel()

    def _on_write_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(done)
        if self.progress_dialog is not None:
            self.progress_dialog.setLabelText(f"{self._write_label} {done:,} articles read")
        self.statusBar().showMessage(f"{self._write_label} {done:,} articles read (Esc to cancel)")

    def _on_import_done(self, result: Any) -> None:
        self._close_progress()
        report: ImportReport = result.value
        self._drop_redo_after(result.changes)
        self.controller.changed.emit(result.changes, self)
        message = f"Imported {len(report.added_article_ids)} article(s)"
        if report.skipped:
            message += f"; {len(report.skipped)} already in the project"
        message += f"; {report.claims_detected} claim(s) detected"
        self.statusBar().showMessage(message + ".", 8000)
        if report.added_article_ids:
            self.show_article(report.added_article_ids[0])

    def _on_detection_done(self, result: "OpResult[DetectionReport]") -> None:
        self._close_progress()
        report = result.value
        self._drop_redo_after(result.changes)
        self.controller.changed.emit(result.changes, self)
        message = (
            f"Detection over {report.articles:,} article(s): {report.claims_added} new claim(s)"
        )
        if report.was_refresh:
            message += f", {report.refresh_summary()}"
        self.statusBar().showMessage(message + ".", 8000)

    def _write_task_blocked(self) -> bool:
        """Whether an import or detection cannot start now (said in the status bar when
        one is already running)."""
        if self.controller.read_only or not self.controller.has_project:
            return True
        if self.write_task is not None and self.write_task.running:
            self.statusBar().showMessage("An import or detection is already running.", 4000)
            return True
        return False

    def _drop_redo_after(self, changes: Changes) -> None:
        """After a background write that added or removed claims, redoing an undone
        edit could name a claim that now has its id (`DropRedoCommand`)."""
        created_or_deleted = changes.ids(Entity.CLAIM, Action.CREATED) or changes.ids(
            Entity.CLAIM, Action.DELETED
        )
        if created_or_deleted and self.undo_stack.canRedo():
            self.undo_stack.push(DropRedoCommand())

    def _on_write_failed(self, error: BaseException) -> None:
        self._close_progress()
        self.statusBar().clearMessage()
        if isinstance(error, AnnotatorError):
            show_error(self, self._write_failure, error)
        else:
            raise error

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Escape and self.write_task and self.write_task.running:
            self.cancel_write_task()
            return
        super().keyPressEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        if self._dropped_paths(event.mimeData()) and not self.controller.read_only:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        paths = self._dropped_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    @staticmethod
    def _dropped_paths(mime: QMimeData) -> list[Path]:
        return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]

    # -- reviewing a colleague's file ---------------------------------------------------

    def choose_comparison(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Compare with colleague's project", "", PROJECT_FILTER
        )
        if path:
            self.compare_with(Path(path))

    def compare_with(self, path: Path) -> BackgroundTask | None:
        """Compare my project with a colleague's (opened read-only) in the background."""
        if not self.controller.has_project:
            return None
        project = self.controller.project
        task = BackgroundTask(lambda _progress: compare(project, path), self)
        task.succeeded.connect(self.set_comparison)
        task.failed.connect(
            lambda error: (
                show_error(self, "Cannot compare", error)
                if isinstance(error, AnnotatorError)
                else None
            )
        )
        self.compare_task = task
        self.statusBar().showMessage(f"Comparing with {path.name}…")
        task.start()
        return task

    def set_comparison(self, comparison: Comparison | None) -> None:
        """Enter review mode with a comparison (None leaves it)."""
        self.comparison = comparison
        self.review_panel.set_comparison(comparison)
        if comparison is not None:
            self.review_dock.show()
            self.review_dock.raise_()
            self.statusBar().showMessage(
                f"{len(comparison.differences)} difference(s) with "
                f"“{comparison.theirs.project_name}”.",
                8000,
            )
        if self.article_view.article is not None:
            self._show_their_claims(self.article_view.article.text_sha256)

    def _their_spans(self, article_sha: str) -> list[tuple[int, int]]:
        """The colleague's claims in an article, in review mode (none otherwise)."""
        if self.comparison is None:
            return []
        return [(c.start, c.end) for c in self.comparison.theirs.claims if c.article == article_sha]

    def _show_their_claims(self, article_sha: str) -> None:
        self.article_view.set_theirs(self._their_spans(article_sha))

    def show_difference(self, difference: Difference) -> None:
        """Go to a difference: its article, my claim selected, theirs drawn over it."""
        assert self.comparison is not None
        mine = self.comparison.mine.articles.get(difference.article)
        if mine is None:
            self.statusBar().showMessage(
                "That article is only in the colleague's file; taking its claims copies it in.",
                6000,
            )
            return
        article_id = self._article_ids().get(mine.uuid)
        if article_id is None:
            return
        self.show_article(article_id)
        if difference.mine is not None:
            claim_id = self._claim_id_of(difference.mine.uuid)
            if claim_id is not None:
                self.select_claim(claim_id)
        elif difference.theirs is not None:
            cursor = self.article_view.textCursor()
            cursor.setPosition(self.article_view.offsets.to_qt(difference.theirs.start))
            cursor.setPosition(
                self.article_view.offsets.to_qt(difference.theirs.end), cursor.MoveMode.KeepAnchor
            )
            self.article_view.setTextCursor(cursor)
            self.article_view.ensureCursorVisible()

    def _article_ids(self) -> dict[str, int]:
        return {a.uuid: a.id for a in list_articles(self.controller.project)}

    def _claim_id_of(self, claim_uuid: str) -> int | None:
        found = list_claims(self.controller.project, ClaimFilter(uuids=(claim_uuid,)))
        return found[0].id if found else None

    def merge_decisions(self, decisions: list[Decision]) -> None:
        """Apply what the reviewer accepted as one undoable merge."""
        if self.comparison is not None and decisions:
            self.push(MergeCommand(self.controller, self.comparison, decisions))

    # -- exporting ------------------------------------------------------------------------

    def choose_export(self) -> None:
        if not self.controller.has_project:
            return
        project = self.controller.project
        article_uuid = (
            get_article(project, self.current_article_id).uuid
            if self.current_article_id is not None
            else None
        )
        dialog = ExportDialog(project, get_taxonomy(project), article_uuid, self)
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return
        options = dialog.options()
        path, _ = QFileDialog.getSaveFileName(
            self, "Export claims", f"{project.path.stem}{options.format.suffix}", "All files (*)"
        )
        if path:
            self.export_to(Path(path), options)

    def export_to(self, path: Path, options: ExportOptions) -> BackgroundTask | None:
        """Write an export in the background with progress and cancel.

        The file appears only when complete; a cancelled export leaves nothing.
        """
        project = self.controller.project
        task = BackgroundTask(
            lambda progress: export_to_file(project, path, options, progress), self
        )
        task.progress.connect(self._on_export_progress)
        task.succeeded.connect(lambda report: self._on_export_done(report, path))
        task.failed.connect(self._on_export_failed)
        self.export_task = task
        self._open_progress(task, "Export", "Exporting claims…")
        task.start()
        return task

    def _on_export_progress(self, done: int, _total: int) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.setLabelText(f"Exporting claims… {done:,} written")

    def _on_export_done(self, report: Any, path: Path) -> None:
        self._close_progress()
        self.statusBar().showMessage(
            f"Exported {report.claims:,} claims from {report.articles:,} articles to {path}.",
            10_000,
        )

    def _on_export_failed(self, error: BaseException) -> None:
        self._close_progress()
        if isinstance(error, AnnotatorError):
            show_error(self, "Nothing was exported", error)
        else:
            raise error

    # -- search ---------------------------------------------------------------------------

    def _on_search_hits(self, article_ids: object) -> None:
        ids = None if article_ids is None else set(article_ids)  # type: ignore[call-overload]
        self.article_panel.proxy.set_only_ids(ids)
        if ids and self.current_article_id not in ids:
            first = self.article_panel.first_visible_article()
            if first is not None:
                self.show_article(first)
        self.search_bar.highlight_in_article()

    def _goto_search_hit(self, article_id: int) -> None:
        self.show_article(article_id)

    # -- help and status ------------------------------------------------------------------

    def all_shortcut_actions(self) -> list[QAction]:
        return [a for a in self.findChildren(QAction) if not a.shortcut().isEmpty()] + [
            self.undo_action,
            self.redo_action,
        ]

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self.all_shortcut_actions(), self).exec()

    def show_about(self) -> None:
        from annotator import __version__

        QMessageBox.about(
            self,
            "About Claim Annotator",
            f"Claim Annotator {__version__}\nClaim and fact-check annotation of "
            "news articles.\nEvery change is saved as you work.",
        )

    def _update_status(self) -> None:
        if not self.controller.has_project:
            self.status_label.setText("No project")
            return
        info = project_info(self.controller.project)
        who = "read-only" if info.read_only else f"reviewer: {self.reviewer}"
        self.status_label.setText(
            f"{info.name} — {who} — {info.articles} articles, {info.claims} claims, "
            f"{info.reviewed_claims} reviewed"
        )

    # -- window state ---------------------------------------------------------------------

    def _restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        state = settings.value("main_window/state")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self.write_task is not None and self.write_task.running:
            self.write_task.cancel()
            self.write_task.wait()
        self._wait_for_background_reads()
        self.backup_timer.stop()
        settings = QSettings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/state", self.saveState())
        self.controller.close_project()
        super().closeEvent(event)
