"""Full-text search across all articles (SQLite FTS5), with hits highlighted in the text.

Signals:
    hits_changed(object): the ids of the matching articles, best first (None: search cleared).
    goto_requested(int): move to this article (next/previous went past the current one).
"""

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextEdit,
    QToolButton,
    QWidget,
)

from annotator.project import Project
from annotator.services.articles import search_articles
from ui.article_view import ArticleView

HIT_COLOR = QColor(255, 200, 0, 140)


def hit_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Where the query's words occur in a text, as word prefixes like the FTS5 query."""
    words = re.findall(r"\w+", query)
    if not words:
        return []
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\w*", re.IGNORECASE)
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


class SearchBar(QWidget):
    """A search field with next/previous buttons above the article view."""

    hits_changed = Signal(object)
    goto_requested = Signal(int)

    def __init__(self, view: ArticleView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.project: Project | None = None
        self.article_hits: list[int] = []
        self.spans: list[tuple[int, int]] = []
        self.current = -1
        self.field = QLineEdit(self)
        self.field.setPlaceholderText("Search all articles (Enter)…")
        self.field.setClearButtonEnabled(True)
        self.count = QLabel(self)
        previous_button = QToolButton(self)
        previous_button.setText("▲")
        previous_button.setToolTip("Previous hit (Shift+F3)")
        next_button = QToolButton(self)
        next_button.setText("▼")
        next_button.setToolTip("Next hit (F3)")
        close_button = QToolButton(self)
        close_button.setText("✕")
        close_button.setToolTip("Close search (Esc)")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        for widget in (self.field, self.count, previous_button, next_button, close_button):
            layout.addWidget(widget)
        self.field.returnPressed.connect(self.run)
        previous_button.clicked.connect(self.previous_hit)
        next_button.clicked.connect(self.next_hit)
        close_button.clicked.connect(self.clear)

    def set_project(self, project: Project) -> None:
        self.project = project
        self.clear()

    def start(self) -> None:
        """Show the bar with the field focused (Ctrl+F)."""
        self.show()
        self.field.setFocus()
        self.field.selectAll()

    def run(self) -> None:
        """Search every article for the field's words."""
        query = self.field.text().strip()
        if self.project is None or not query:
            self.clear()
            return
        self.article_hits = search_articles(self.project, query)
        self.count.setText(f"{len(self.article_hits)} article(s)")
        self.hits_changed.emit(list(self.article_hits))

    def clear(self) -> None:
        self.article_hits, self.spans, self.current = [], [], -1
        self.count.clear()
        self.view.setExtraSelections([])
        self.hide()
        self.hits_changed.emit(None)

    def highlight_in_article(self) -> None:
        """Mark every hit in the article on screen (few, so extra selections are fine)."""
        query = self.field.text().strip()
        article = self.view.article
        if not self.article_hits or article is None or not query:
            self.spans = []
            self.view.setExtraSelections([])
            return
        self.spans = hit_spans(article.text, query)
        self.current = -1
        selections = []
        fmt = QTextCharFormat()
        fmt.setBackground(HIT_COLOR)
        for start, end in self.spans:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.view.document())
            cursor.setPosition(self.view.offsets.to_qt(start))
            cursor.setPosition(self.view.offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
        self.view.setExtraSelections(selections)

    def next_hit(self) -> None:
        self._step(1)

    def previous_hit(self) -> None:
        self._step(-1)

    def _step(self, step: int) -> None:
        if not self.article_hits:
            return
        index = self.current + step
        if 0 <= index < len(self.spans):
            self.current = index
            start, end = self.spans[index]
            cursor = self.view.textCursor()
            cursor.setPosition(self.view.offsets.to_qt(start))
            cursor.setPosition(self.view.offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
            self.view.setTextCursor(cursor)
            self.view.ensureCursorVisible()
            return
        article = self.view.article
        position = (
            self.article_hits.index(article.id)
            if article and article.id in self.article_hits
            else -1
        )
        target = self.article_hits[(position + step) % len(self.article_hits)]
        self.goto_requested.emit(target)
        self.current = -1 if step > 0 else len(self.spans)
        if self.spans:
            self._step(step)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Escape:
            self.clear()
            self.view.setFocus()
            return
        super().keyPressEvent(event)
