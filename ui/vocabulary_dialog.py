"""The dialog for a project's own detector vocabulary: terms added to the built-in lists
("Wagner fighters" to the fighter nouns), list by list, with what each list is for.

Why a dialog: the issue's reviewer working on a new conflict adds terms without touching
code, and should not need the command line or the list names by heart to do it.  The
dialog only edits a copy; the window saves it as one undoable command.
"""

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.errors import ValidationError

if TYPE_CHECKING:  # the detector's vocabulary loads only when the dialog is opened
    from annotator.services.detector_vocabulary import VocabularyOutline

LIST_ROLE = Qt.ItemDataRole.UserRole


def list_label(name: str, added: int) -> str:
    """A list's name as a reviewer reads it, with how many terms the project adds."""
    label = name.replace("_", " ")
    return f"{label} (+{added})" if added else label


class VocabularyDialog(QDialog):
    """Edit the project's extra terms per vocabulary list; `chosen_terms` is the result."""

    def __init__(
        self,
        outline: "VocabularyOutline",
        extra: Mapping[str, Sequence[str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Detector vocabulary")
        self.resize(860, 560)
        self._outline = outline
        self._terms: dict[str, list[str]] = {
            name: list(extra.get(name, ())) for name in outline.built_in
        }
        self._items: dict[str, QTreeWidgetItem] = {}

        self.lists = QTreeWidget(self)
        self.lists.setHeaderHidden(True)
        for group in outline.groups:
            parent_item = QTreeWidgetItem(self.lists, [group])
            parent_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for name, guide in outline.guides.items():
                if guide.group == group:
                    item = QTreeWidgetItem(parent_item, [list_label(name, len(self._terms[name]))])
                    item.setData(0, LIST_ROLE, name)
                    self._items[name] = item
        self.lists.expandAll()

        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.built_in_label = QLabel(self)
        self.built_in = QPlainTextEdit(self)
        self.built_in.setReadOnly(True)
        self.project_terms = QListWidget(self)
        self.new_term = QLineEdit(self)
        self.add_button = QPushButton("Add", self)
        self.remove_button = QPushButton("Remove", self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.refresh_after = QCheckBox(
            "Refresh detected suggestions in all articles afterwards: those no reviewer has"
            " touched are brought up to date, and those no longer found are removed, which"
            " the Edit menu cannot undo (a backup is taken first)",
            self,
        )

        adding = QHBoxLayout()
        adding.addWidget(self.new_term, 1)
        adding.addWidget(self.add_button)
        adding.addWidget(self.remove_button)
        detail = QWidget(self)
        right = QVBoxLayout(detail)
        right.addWidget(self.description)
        right.addWidget(self.built_in_label)
        right.addWidget(self.built_in, 1)
        right.addWidget(QLabel("Added by this project:", self))
        right.addWidget(self.project_terms, 1)
        right.addLayout(adding)
        right.addWidget(self.message)
        splitter = QSplitter(self)
        splitter.addWidget(self.lists)
        splitter.addWidget(detail)
        splitter.setSizes([260, 600])

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.refresh_after)
        layout.addWidget(buttons)

        self.lists.currentItemChanged.connect(lambda item, _old: self._show(item))
        self.add_button.clicked.connect(lambda: self.add_term(self.new_term.text()))
        self.new_term.returnPressed.connect(lambda: self.add_term(self.new_term.text()))
        self.remove_button.clicked.connect(self.remove_selected)
        self.select_list("force_nouns")

    # -- what is shown ---------------------------------------------------------------

    def current_list(self) -> str:
        item = self.lists.currentItem()
        name = item.data(0, LIST_ROLE) if item is not None else None
        return str(name) if name else "force_nouns"

    def select_list(self, name: str) -> None:
        self.lists.setCurrentItem(self._items[name])

    def _show(self, item: QTreeWidgetItem | None) -> None:
        from annotator.detection.vocabulary import STATE_CAPITALS  # loaded with the outline

        name = item.data(0, LIST_ROLE) if item is not None else None
        if not name:
            return
        built_in = self._outline.built_in[name]
        self.description.setText(self._outline.guides[name].description)
        self.built_in_label.setText(f"Built in: {len(built_in):,} term(s)")
        self.built_in.setPlainText(", ".join(built_in))
        self.project_terms.clear()
        self.project_terms.addItems(self._terms[name])
        self.new_term.clear()
        self.new_term.setPlaceholderText(
            "Capital = State (e.g. Kiev = Ukraine)"
            if name == STATE_CAPITALS
            else "a word or phrase, as it is written in articles"
        )
        self.message.clear()

    def _recount(self, name: str) -> None:
        self._items[name].setText(0, list_label(name, len(self._terms[name])))

    # -- editing ---------------------------------------------------------------------

    def add_term(self, text: str) -> bool:
        """Add a term to the current list; False (with the reason shown) when it is
        empty, malformed, or already there."""
        from annotator.detection.vocabulary import STATE_CAPITALS
        from annotator.services.detector_vocabulary import (
            check_vocabulary_terms,
            clean_term,
            same_term,
        )

        name = self.current_list()
        try:
            term = clean_term(name, text)
            check_vocabulary_terms({name: [term]})
        except ValidationError as error:
            self.message.setText(str(error))
            return False
        if not term:
            self.message.setText("Type a term first.")
            return False
        repeated = same_term(name, term, self._terms[name])
        if repeated is not None:
            self.message.setText(
                f"“{repeated}” is already added to this list."
                if repeated.casefold() == term.casefold()
                else f"“{repeated}” already gives that capital its state; remove it first."
            )
            return False
        # A capital may be given another state than the built-in table's; other terms
        # built in need no adding.
        if name != STATE_CAPITALS and same_term(name, term, self._outline.built_in[name]):
            self.message.setText(f"“{term}” is already built in.")
            return False
        self._terms[name].append(term)
        self.project_terms.addItem(term)
        self._recount(name)
        self.new_term.clear()
        self.message.setText(f"Added “{term}”; it applies from the next detection run.")
        return True

    def remove_selected(self) -> None:
        name = self.current_list()
        for item in self.project_terms.selectedItems():
            self._terms[name].remove(item.text())
            self.project_terms.takeItem(self.project_terms.row(item))
        self._recount(name)

    def chosen_terms(self) -> dict[str, list[str]]:
        """The project's extra terms as edited (lists with none are left out)."""
        return {name: list(terms) for name, terms in self._terms.items() if terms}
