"""Dialogs for evidence: describe a new source, or pick an existing one to reuse."""

from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from annotator.domain import SourceRelation
from annotator.records import SourceRecord

RELATIONS = tuple(r.value for r in SourceRelation)


def source_label(source: SourceRecord) -> str:
    """One line naming a source: title, publisher and date, or its URL."""
    parts = [source.title or source.url or "(untitled)"]
    if source.publisher:
        parts.append(source.publisher)
    if source.published:
        parts.append(source.published)
    return " — ".join(parts)


class SourceDialog(QDialog):
    """Fields of a new source and how it bears on the claim."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Add source")
        form = QFormLayout()
        self.url = QLineEdit(self)
        self.url.setPlaceholderText("https://…")
        self.title_edit = QLineEdit(self)
        self.publisher = QLineEdit(self)
        self.published = QLineEdit(self)
        self.published.setPlaceholderText("YYYY-MM-DD")
        self.accessed = QLineEdit(QDate.currentDate().toString("yyyy-MM-dd"), self)
        self.archived_url = QLineEdit(self)
        self.archived_url.setPlaceholderText("https://… (archived copy)")
        self.excerpt = QPlainTextEdit(self)
        self.excerpt.setFixedHeight(80)
        self.relation = QComboBox(self)
        self.relation.addItems(RELATIONS)
        for label, widget in (
            ("URL", self.url),
            ("Title", self.title_edit),
            ("Publisher", self.publisher),
            ("Published", self.published),
            ("Accessed", self.accessed),
            ("Archived copy", self.archived_url),
            ("Excerpt", self.excerpt),
            ("Relation", self.relation),
        ):
            form.addRow(label, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def fields(self) -> dict[str, Any]:
        """The source fields as the `create_source` service takes them."""
        return {
            "url": self.url.text(),
            "title": self.title_edit.text(),
            "publisher": self.publisher.text(),
            "published": self.published.text(),
            "accessed": self.accessed.text(),
            "archived_url": self.archived_url.text(),
            "excerpt": self.excerpt.toPlainText(),
        }

    def chosen_relation(self) -> str:
        return self.relation.currentText()


class ReuseSourceDialog(QDialog):
    """Pick one of the project's sources to attach to another claim."""

    def __init__(self, sources: list[SourceRecord], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Attach an existing source")
        self.list = QListWidget(self)
        for source in sources:
            item = QListWidgetItem(source_label(source), self.list)
            item.setData(256, source.id)
        if sources:
            self.list.setCurrentRow(0)
        self.relation = QComboBox(self)
        self.relation.addItems(RELATIONS)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.relation)
        layout.addWidget(buttons)

    def chosen_source_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(256))

    def chosen_relation(self) -> str:
        return self.relation.currentText()
