"""Filters above the claims table: scope, kind, status, verdict, tag, reviewer and free text.

Signals:
    filter_changed(ClaimFilter): the reviewer changed a filter.
"""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from annotator.domain import ClaimStatus
from annotator.records import Taxonomy
from annotator.services.claim_reading import NO_VERDICT, ClaimFilter

ANY = ""


class ClaimFilterBar(QWidget):
    """A row of combo boxes and a search field that together make a `ClaimFilter`."""

    filter_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.scope = QComboBox(self)
        self.scope.addItem("All articles", "all")
        self.scope.addItem("This article", "article")
        self.kind = QComboBox(self)
        self.status = QComboBox(self)
        self.verdict = QComboBox(self)
        self.tag = QComboBox(self)
        self.reviewer = QComboBox(self)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText("Filter claims…")
        self.text.setClearButtonEnabled(True)
        for widget in (self.scope, self.kind, self.status, self.verdict, self.tag, self.reviewer):
            layout.addWidget(widget)
            widget.currentIndexChanged.connect(self._emit)
        layout.addWidget(self.text, 1)
        self.text.textChanged.connect(self._emit)
        self.current_article_id: int | None = None
        self._quiet = False

    def set_choices(self, taxonomy: Taxonomy, tags: list[str], reviewers: list[str]) -> None:
        """Fill the combo boxes from the project (keeps nothing selected)."""
        self._quiet = True
        try:
            for combo, label, items in (
                (self.kind, "Any kind", [(k.label, k.key) for k in taxonomy.kinds]),
                (
                    self.status,
                    "Any status",
                    [(s.value.replace("_", " "), s.value) for s in ClaimStatus],
                ),
                (
                    self.verdict,
                    "Any verdict",
                    [("No verdict", NO_VERDICT)]
                    + [(r.label, r.key) for r in taxonomy.verdict_scale],
                ),
                (self.tag, "Any tag", [(t, t) for t in tags]),
                (self.reviewer, "Any reviewer", [(r, r) for r in reviewers]),
            ):
                combo.clear()
                combo.addItem(label, ANY)
                for text, data in items:
                    combo.addItem(text, data)
        finally:
            self._quiet = False

    def set_current_article(self, article_id: int | None) -> None:
        self.current_article_id = article_id
        if self.scope.currentData() == "article":
            self._emit()

    def current_filter(self) -> ClaimFilter:
        def chosen(combo: QComboBox) -> tuple[str, ...]:
            data = combo.currentData()
            return (data,) if data else ()

        article = self.current_article_id if self.scope.currentData() == "article" else None
        return ClaimFilter(
            article_ids=() if article is None else (article,),
            kinds=chosen(self.kind),
            statuses=chosen(self.status),
            verdicts=chosen(self.verdict),
            tags=chosen(self.tag),
            reviewer=self.reviewer.currentData() or None,
            text=self.text.text().strip() or None,
        )

    def _emit(self) -> None:
        if not self._quiet:
            self.filter_changed.emit(self.current_filter())
