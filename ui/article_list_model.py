"""The article list: a table model over article summaries, refreshed row by row from changes."""

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from annotator.changes import Action, Changes, Entity
from annotator.records import ArticleSummary
from annotator.services.articles import list_articles
from ui.project_controller import ProjectController

COLUMNS = ("Title", "Outlet", "Date", "Claims", "Reviewed")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class ArticleListModel(QAbstractTableModel):
    """Articles with outlet, date, claim count and reviewed/total progress.

    Summaries are small (no text), so all are held; a change to some articles
    re-reads only those rows.
    """

    def __init__(self, controller: ProjectController) -> None:
        super().__init__(controller)
        self._controller = controller
        self._rows: list[ArticleSummary] = []
        self._row_of: dict[int, int] = {}
        controller.project_opened.connect(self.reload)
        controller.project_closed.connect(self.clear)
        controller.changed.connect(self._on_changed)

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = list_articles(self._controller.project) if self._controller.has_project else []
        self._row_of = {a.id: i for i, a in enumerate(self._rows)}
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows, self._row_of = [], {}
        self.endResetModel()

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if not changes.touches(Entity.ARTICLE):
            return
        if changes.ids(Entity.ARTICLE, Action.CREATED) or changes.ids(
            Entity.ARTICLE, Action.DELETED
        ):
            self.reload()
            return
        changed = [i for i in changes.ids(Entity.ARTICLE) if i in self._row_of]
        for summary in list_articles(self._controller.project, changed):
            row = self._row_of[summary.id]
            self._rows[row] = summary
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def article_at(self, row: int) -> ArticleSummary:
        return self._rows[row]

    def row_of(self, article_id: int) -> int | None:
        return self._row_of.get(article_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        article = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                article.title or "(untitled)",
                article.outlet or "",
                article.published or "",
                article.claims,
                f"{article.reviewed}/{article.claims}",
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return article.title
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return article.id
        if role == SORT_ROLE:
            return (
                (article.title or "").lower(),
                (article.outlet or "").lower(),
                article.published or "",
                article.claims,
                article.reviewed / article.claims if article.claims else -1.0,
            )[column]
        return None
