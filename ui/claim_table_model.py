"""The claims table: a lazy model over claim ids that sorts and filters in SQL.

It holds only the sorted id list; rows are fetched in pages when the view asks
for them and kept in a bounded cache.  A `QSortFilterProxyModel` over a Python
model took 20 s to sort 200,000 rows in our trial; asking SQLite for the
sorted ids takes a fraction of a second.
"""

from array import array
from collections import OrderedDict
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from annotator.changes import Action, Changes, Entity
from annotator.records import ClaimRecord
from annotator.services.articles import article_titles
from annotator.services.claim_reading import ClaimFilter
from annotator.services.claims import list_claim_ids, list_claims
from ui.claim_text import value_text
from ui.project_controller import ProjectController

Index = QModelIndex | QPersistentModelIndex

# (header, sort key understood by the service)
COLUMNS: tuple[tuple[str, str], ...] = (
    ("Article", "position"),
    ("Kind", "kind"),
    ("Text", "text"),
    ("Value", "value"),
    ("Speaker / actor", "speaker"),
    ("Status", "status"),
    ("Verdict", "verdict"),
    ("Tags", "position"),
    ("Reviewer", "reviewer"),
)
PAGE = 200
CACHE_LIMIT = 5_000
CLAIM_ID_ROLE = Qt.ItemDataRole.UserRole
ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ClaimTableModel(QAbstractTableModel):
    """Every claim matching the current filter, in the current sort order, fetched lazily."""

    def __init__(self, controller: ProjectController) -> None:
        super().__init__(controller)
        self._controller = controller
        self._filter = ClaimFilter()
        self._sort_key = "position"
        self._descending = False
        self._ids: array[int] = array("q")
        self._row_of: dict[int, int] | None = None  # built on first use after a (re)load
        self._cache: OrderedDict[int, ClaimRecord] = OrderedDict()
        self._titles: dict[int, str] | None = None  # article titles, read when first shown
        controller.project_opened.connect(self.reload)
        controller.project_closed.connect(self.reload)
        controller.changed.connect(self._on_changed)

    # -- what is shown -------------------------------------------------------------------

    @property
    def claim_filter(self) -> ClaimFilter:
        return self._filter

    def set_filter(self, claim_filter: ClaimFilter) -> None:
        """Show only the claims matching a filter (limit and offset are ignored)."""
        self._filter = replace(claim_filter, limit=None, offset=0)
        self.reload()

    def reload(self) -> None:
        """Re-read the sorted id list (after a filter, sort or structural change)."""
        self.beginResetModel()
        self._cache.clear()
        if self._controller.has_project:
            project = self._controller.project
            self._ids = list_claim_ids(project, self._filter, self._sort_key, self._descending)
        else:
            self._ids = array("q")
        self._titles = None
        self._row_of = None
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort_key = COLUMNS[column][1]
        self._descending = order == Qt.SortOrder.DescendingOrder
        if self._controller.has_project:
            self._ids = list_claim_ids(
                self._controller.project, self._filter, self._sort_key, self._descending
            )
        self._row_of = None
        self.layoutChanged.emit()

    def claim_id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, claim_id: int) -> int | None:
        """The row showing a claim; the id-to-row map is built only when first asked for,
        so a sort or filter over 200,000 claims does not pay for it up front."""
        if self._row_of is None:
            self._row_of = dict(zip(self._ids, range(len(self._ids)), strict=True))
        return self._row_of.get(claim_id)

    def claim_at(self, row: int) -> ClaimRecord | None:
        """The claim on a row, fetching its page if needed; None when the claim is gone
        from the file but its removal has not reached this model yet (a background
        refresh withdraws suggestions, and the view may paint before its change record
        arrives and the model reloads)."""
        claim_id = self._ids[row]
        cached = self._cache.get(claim_id)
        if cached is not None:
            self._cache.move_to_end(claim_id)
            return cached
        self._fetch_page(row)
        return self._cache.get(claim_id)

    def _fetch_page(self, row: int) -> None:
        start = max(0, row - PAGE // 4)
        wanted = [i for i in self._ids[start : start + PAGE] if i not in self._cache]
        if self._ids[row] not in wanted:
            wanted.append(self._ids[row])
        for record in list_claims(self._controller.project, ClaimFilter(), claim_ids=wanted):
            self._cache[record.id] = record
        while len(self._cache) > CACHE_LIMIT:
            self._cache.popitem(last=False)

    def _article_title(self, article_id: int) -> str:
        if self._titles is None:
            titles = article_titles(self._controller.project)
            self._titles = {i: t or "(untitled)" for i, t in titles.items()}
        return self._titles.get(article_id, str(article_id))

    # -- keeping up with edits -----------------------------------------------------------

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches(Entity.ARTICLE):
            self._titles = None
        if not changes.touches(Entity.CLAIM):
            return
        if changes.ids(Entity.CLAIM, Action.CREATED) or changes.ids(Entity.CLAIM, Action.DELETED):
            self.reload()
            return
        for claim_id in changes.ids(Entity.CLAIM, Action.UPDATED):
            self._cache.pop(claim_id, None)
            row = self.row_of(claim_id)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    # -- Qt model interface ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section][0]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            CLAIM_ID_ROLE,
            ARTICLE_ID_ROLE,
        ):
            return None
        if role == CLAIM_ID_ROLE:
            return self._ids[index.row()]
        claim = self.claim_at(index.row())
        if claim is None:
            return None
        if role == ARTICLE_ID_ROLE:
            return claim.article_id
        column = index.column()
        if column == 0:
            return self._article_title(claim.article_id)
        if column == 1:
            return claim.kind + (f" ({claim.subtype})" if claim.subtype else "")
        if column == 2:
            return " ".join(claim.exact.split())
        if column == 3:
            return value_text(claim.value)
        if column == 4:
            return claim.speaker or ""
        if column == 5:
            return claim.status.replace("_", " ")
        if column == 6:
            return claim.verdict.rating.replace("_", " ") if claim.verdict else ""
        if column == 7:
            return ", ".join(claim.tags)
        return claim.updated_by or ""
