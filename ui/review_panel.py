"""Review mode: a colleague's claims beside mine, the differences, and merging what I accept.

The comparison runs on the core (`annotator.review`); this panel lists the
differences lazily, moves through them, and turns the reviewer's choice into
one `MergeCommand` on the undo stack (take theirs, combine some aspects, or
accept a whole class at once).  "Keep mine" changes nothing in the file; it
only marks the difference as dealt with.

Signals:
    difference_selected(object): the reviewer moved to a difference (a `Difference`).
    merge_requested(object): push this list of `Decision`s as one merge.
"""

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from annotator.review.compare import Comparison
from annotator.review.differences import Aspect, Difference, DifferenceClass
from annotator.review.merge import accept_class, combine, take_theirs

Index = QModelIndex | QPersistentModelIndex

CLASS_LABELS = {
    DifferenceClass.SPAN: "span differs",
    DifferenceClass.KIND: "kind differs",
    DifferenceClass.VALUE: "value differs",
    DifferenceClass.VERDICT: "verdict differs",
    DifferenceClass.TAGS_SOURCES: "tags or sources differ",
    DifferenceClass.STATUS: "status differs",
    DifferenceClass.ONLY_MINE: "only mine",
    DifferenceClass.ONLY_THEIRS: "only theirs",
}
COMBINE_ASPECTS = (
    Aspect.SPAN,
    Aspect.KIND,
    Aspect.VALUE,
    Aspect.STATUS,
    Aspect.VERDICT,
    Aspect.TAGS,
    Aspect.SOURCES,
    Aspect.COMMENTS,
)


def difference_text(difference: Difference, titles: dict[str, str]) -> str:
    """One line: class, article, the claim, and what each side says."""
    claim = difference.mine or difference.theirs
    assert claim is not None
    quote = " ".join(claim.exact.split())
    quote = quote if len(quote) <= 60 else quote[:59] + "…"
    line = (
        f"{CLASS_LABELS[difference.category]} — {titles.get(difference.article, '?')} — "
        f"{difference.kind}: “{quote}”"
    )
    if difference.mine is not None and difference.theirs is not None:
        line += f"  (mine: {difference.mine_value}; theirs: {difference.theirs_value})"
    return line


class DifferenceListModel(QAbstractListModel):
    """The differences still open, filtered by class and kind; texts built on demand."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comparison: Comparison | None = None
        self.visible: list[Difference] = []
        self.resolved: set[str] = set()
        self.titles: dict[str, str] = {}
        self.category: DifferenceClass | None = None
        self.kind: str | None = None

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.comparison = comparison
        self.resolved = set()
        self.titles = {}
        if comparison is not None:
            for side in (comparison.theirs, comparison.mine):
                self.titles.update(
                    {sha: a.title or "(untitled)" for sha, a in side.articles.items()}
                )
        self.refilter()

    def set_filter(self, category: DifferenceClass | None, kind: str | None) -> None:
        self.category, self.kind = category, kind
        self.refilter()

    def resolve(self, ids: set[str]) -> None:
        self.resolved |= ids
        self.refilter()

    def refilter(self) -> None:
        self.beginResetModel()
        found = self.comparison.differences if self.comparison else ()
        self.visible = [
            d
            for d in found
            if d.id not in self.resolved
            and (self.category is None or d.category is self.category)
            and (self.kind is None or d.kind == self.kind)
        ]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.visible)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.visible):
            return None
        difference = self.visible[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return difference_text(difference, self.titles)
        if role == Qt.ItemDataRole.UserRole:
            return difference.id
        return None


class ReviewPanel(QWidget):
    """The differences list with navigation and merge choices."""

    difference_selected = Signal(object)
    merge_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DifferenceListModel(self)
        self.summary = QLabel("No comparison yet: File → Compare with colleague's project…", self)
        self.summary.setWordWrap(True)
        self.category = QComboBox(self)
        self.category.addItem("All differences", None)
        for category, label in CLASS_LABELS.items():
            self.category.addItem(label, category.value)
        self.kind = QComboBox(self)
        self.kind.addItem("Any kind", None)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)
        self.list.selectionModel().currentChanged.connect(self._on_current)
        self.previous_button = QPushButton("◀ Previous", self)
        self.next_button = QPushButton("Next ▶", self)
        self.keep_button = QPushButton("Keep mine", self)
        self.take_button = QPushButton("Take theirs", self)
        self.combine_button = QToolButton(self)
        self.combine_button.setText("Combine…")
        self.combine_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.combine_menu = QMenu(self)
        self.combine_actions = {}
        for aspect in COMBINE_ASPECTS:
            action = self.combine_menu.addAction(f"Take their {aspect.value}")
            action.setCheckable(True)
            self.combine_actions[aspect] = action
        self.combine_menu.addSeparator()
        self.combine_menu.addAction("Apply the checked parts", self.combine_current)
        self.combine_button.setMenu(self.combine_menu)
        self.accept_all_button = QPushButton("Accept all shown", self)
        filters = QHBoxLayout()
        filters.addWidget(self.category)
        filters.addWidget(self.kind)
        actions = QHBoxLayout()
        for button in (
            self.previous_button,
            self.next_button,
            self.keep_button,
            self.take_button,
            self.combine_button,
            self.accept_all_button,
        ):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(filters)
        layout.addWidget(self.list)
        layout.addLayout(actions)
        self.category.currentIndexChanged.connect(self._filter_changed)
        self.kind.currentIndexChanged.connect(self._filter_changed)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.keep_button.clicked.connect(self.keep_mine)
        self.take_button.clicked.connect(self.take_current)
        self.accept_all_button.clicked.connect(self.accept_all_shown)

    # -- showing ---------------------------------------------------------------------------

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.model.set_comparison(comparison)
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem("Any kind", None)
        if comparison is not None:
            for kind in sorted({d.kind for d in comparison.differences}):
                self.kind.addItem(kind, kind)
        self.kind.blockSignals(False)
        self.summary.setText(self._summary(comparison))
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0))

    @staticmethod
    def _summary(comparison: Comparison | None) -> str:
        if comparison is None:
            return "No comparison."
        agreement = comparison.agreement

        def fmt(value: float | None) -> str:
            return "n/a" if value is None else f"{value:.2f}"

        counts = comparison.counts()
        return (
            f"Comparing with “{comparison.theirs.project_name}” ({comparison.theirs.path.name}). "
            f"Span F1 overlap {fmt(agreement.overall.overlap.f1)}, exact "
            f"{fmt(agreement.overall.exact.f1)}; kappa on verdicts "
            f"{fmt(agreement.verdict_kappa.value)}. Same: {counts['same']}; differences: "
            f"{len(comparison.differences)}."
        )

    def current(self) -> Difference | None:
        row = self.list.currentIndex().row()
        return self.model.visible[row] if 0 <= row < len(self.model.visible) else None

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        difference = self.current()
        if difference is not None:
            self.take_button.setEnabled(difference.category is not DifferenceClass.ONLY_MINE)
            self.difference_selected.emit(difference)

    def _filter_changed(self) -> None:
        data = self.category.currentData()
        self.model.set_filter(DifferenceClass(data) if data else None, self.kind.currentData())
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0))

    def step(self, step: int) -> None:
        """Move to the next or previous difference (wrapping around)."""
        count = self.model.rowCount()
        if count:
            row = (self.list.currentIndex().row() + step) % count
            self.list.setCurrentIndex(self.model.index(row))

    # -- deciding --------------------------------------------------------------------------

    def _after_decision(self, ids: set[str]) -> None:
        row = self.list.currentIndex().row()
        self.model.resolve(ids)
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(min(max(row, 0), self.model.rowCount() - 1)))

    def keep_mine(self) -> None:
        difference = self.current()
        if difference is not None:
            self._after_decision({difference.id})

    def take_current(self) -> None:
        difference = self.current()
        if difference is not None and difference.category is not DifferenceClass.ONLY_MINE:
            self.merge_requested.emit([take_theirs(difference)])
            self._after_decision({difference.id})

    def combine_current(self) -> None:
        difference = self.current()
        aspects = [a for a, action in self.combine_actions.items() if action.isChecked()]
        if difference is not None and aspects:
            self.merge_requested.emit([combine(difference, aspects)])
            self._after_decision({difference.id})

    def accept_all_shown(self) -> None:
        """Take theirs for every difference in the list (the current class and kind filter)."""
        comparison = self.model.comparison
        if comparison is None:
            return
        shown = [d for d in self.model.visible if d.category is not DifferenceClass.ONLY_MINE]
        if self.model.category is not None and self.model.category is not DifferenceClass.ONLY_MINE:
            decisions = [
                d
                for d in accept_class(
                    comparison,
                    self.model.category,
                    kinds=[self.model.kind] if self.model.kind else None,
                )
                if d.difference_id not in self.model.resolved
            ]
        else:
            decisions = [take_theirs(d) for d in shown]
        if decisions:
            self.merge_requested.emit(decisions)
            self._after_decision({d.difference_id for d in decisions})
