"""The main window: article list, article view with highlights, legend, menus and status bar."""

from pathlib import Path

from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from annotator.changes import Changes, Entity
from annotator.errors import AnnotatorError
from annotator.services.articles import get_article
from annotator.services.claim_reading import ClaimFilter
from annotator.services.claims import list_claims
from annotator.services.projects import get_taxonomy, open_project, project_info
from ui.article_list_model import ArticleListModel
from ui.article_view import ArticleView
from ui.error_dialogs import show_error
from ui.kind_style import kind_colors
from ui.legend import KindLegend
from ui.project_controller import ProjectController

PROJECT_FILTER = "Claim Annotator projects (*.claims);;All files (*)"


class MainWindow(QMainWindow):
    """The reviewer's workspace.  Project data lives in the project file; only window
    geometry and dock layout go to QSettings."""

    def __init__(
        self, controller: ProjectController, reviewer: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.reviewer = reviewer
        self.current_article_id: int | None = None
        self._colors: dict[str, str] = {}
        self.setWindowTitle("Claim Annotator")
        self.resize(1200, 800)

        self.banner = QLabel(self)
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setStyleSheet("background: #fff3cd; color: #664d03; padding: 4px;")
        self.banner.hide()
        self.article_view = ArticleView(self)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.article_view)
        self.setCentralWidget(central)

        self.article_model = ArticleListModel(controller)
        self.article_table = QTableView(self)
        self.article_table.setObjectName("articleTable")
        self.article_table.setModel(self.article_model)
        self.article_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.article_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.article_table.verticalHeader().hide()
        self.article_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        self.article_table.selectionModel().currentRowChanged.connect(self._on_article_row)
        dock = QDockWidget("Articles", self)
        dock.setObjectName("articlesDock")
        dock.setWidget(self.article_table)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)

        self.legend = KindLegend(self)
        legend_bar = QToolBar("Legend", self)
        legend_bar.setObjectName("legendBar")
        legend_bar.addWidget(QLabel("Kinds:"))
        legend_bar.addWidget(self.legend)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, legend_bar)

        self.status_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.status_label)

        self._build_menus()
        controller.project_opened.connect(self._on_project_opened)
        controller.changed.connect(self._on_changed)
        self._restore_layout()

    # -- menus -------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.open_action = QAction("&Open project…", self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.choose_project)
        file_menu.addAction(self.open_action)
        self.open_read_only_action = QAction("Review colleague's project (read-only)…", self)
        self.open_read_only_action.triggered.connect(lambda: self.choose_project(read_only=True))
        file_menu.addAction(self.open_read_only_action)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

    def choose_project(self, read_only: bool = False) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open project", "", PROJECT_FILTER)
        if path:
            self.open_path(Path(path), read_only=read_only)

    def open_path(self, path: Path, *, read_only: bool = False) -> bool:
        """Open a project file; known problems are shown in a dialog, nothing is lost."""
        try:
            project = open_project(path, reviewer=self.reviewer, read_only=read_only)
        except AnnotatorError as error:
            show_error(self, "Cannot open the project", error)
            return False
        self.controller.set_project(project)
        return True

    # -- reacting to the project -------------------------------------------------------

    def _on_project_opened(self) -> None:
        project = self.controller.project
        taxonomy = get_taxonomy(project)
        self._colors = kind_colors(taxonomy.kinds)
        self.legend.set_kinds(taxonomy.kinds)
        self.current_article_id = None
        self.article_view.show_article(None, [], self._colors)
        if project.read_only:
            self.banner.setText(f"Read-only: {project.path.name} is shown without changing it.")
            self.banner.show()
        else:
            self.banner.hide()
        self.setWindowTitle(
            f"{project_info(project).name} — Claim Annotator"
            + (" (read-only)" if project.read_only else "")
        )
        self._update_status()
        if self.article_model.rowCount() > 0:
            self.article_table.selectRow(0)

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if self.current_article_id is not None and (
            changes.touches(Entity.CLAIM) and self.current_article_id in changes.ids(Entity.ARTICLE)
        ):
            self._refresh_claims()
        self._update_status()

    def _on_article_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        self.show_article(self.article_model.article_at(current.row()).id)

    def show_article(self, article_id: int) -> None:
        """Show an article with its claims highlighted."""
        project = self.controller.project
        article = get_article(project, article_id)
        claims = list_claims(project, ClaimFilter(article_ids=(article_id,)))
        self.current_article_id = article_id
        self.article_view.show_article(article, claims, self._colors)
        row = self.article_model.row_of(article_id)
        if row is not None and self.article_table.currentIndex().row() != row:
            self.article_table.selectRow(row)

    def _refresh_claims(self) -> None:
        assert self.current_article_id is not None
        claims = list_claims(
            self.controller.project, ClaimFilter(article_ids=(self.current_article_id,))
        )
        self.article_view.set_claims(claims, self._colors)

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

    # -- window state ------------------------------------------------------------------

    def _restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        state = settings.value("main_window/state")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        settings = QSettings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/state", self.saveState())
        self.controller.close_project()
        super().closeEvent(event)
