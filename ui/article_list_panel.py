"""The article list dock: a title filter over a sortable table of articles.

Signals:
    article_selected(int): the reviewer picked an article (its id).
"""

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.article_list_model import SORT_ROLE, ArticleListModel


class ArticleFilterModel(QSortFilterProxyModel):
    """Sorts articles by any column and keeps those whose title matches, or a search's hits.

    Articles are small summaries (no text), so a proxy is quick enough here even
    for 10,000 rows; the claims table, with 200,000 rows, sorts in SQL instead.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.only_ids: set[int] | None = None
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(0)

    def set_only_ids(self, ids: set[int] | None) -> None:
        """Show only these articles (search hits), or all again with None."""
        self.beginFilterChange()
        self.only_ids = ids
        self.endFilterChange()

    def filterAcceptsRow(  # noqa: N802 (Qt's name)
        self, row: int, parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if self.only_ids is not None:
            article_id = self.sourceModel().index(row, 0, parent).data(Qt.ItemDataRole.UserRole)
            if article_id not in self.only_ids:
                return False
        return super().filterAcceptsRow(row, parent)


class ArticleListPanel(QWidget):
    """Title filter plus the sortable article table."""

    article_selected = Signal(int)

    def __init__(self, model: ArticleListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = ArticleFilterModel(self)
        self.proxy.setSourceModel(model)
        self.title_filter = QLineEdit(self)
        self.title_filter.setPlaceholderText("Filter by title…")
        self.title_filter.setClearButtonEnabled(True)
        self.title_filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(self)
        self.table.setObjectName("articleTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._on_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_filter)
        layout.addWidget(self.table)

    def _on_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.article_selected.emit(int(current.data(Qt.ItemDataRole.UserRole)))

    def select_article(self, article_id: int) -> None:
        """Make an article current without emitting a second selection."""
        row = self.model.row_of(article_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid() and self.table.currentIndex().row() != index.row():
            self.table.selectionModel().blockSignals(True)
            self.table.selectRow(index.row())
            self.table.selectionModel().blockSignals(False)

    def first_visible_article(self) -> int | None:
        index = self.proxy.index(0, 0)
        return None if not index.isValid() else int(index.data(Qt.ItemDataRole.UserRole))
