"""The article text with its claims highlighted (plain text, read-only).

Signals:
    claim_activated(int): the reviewer clicked a claim (its id).
"""

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QHelpEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QPlainTextEdit, QToolTip, QWidget

from annotator.records import ArticleRecord, ClaimSpan
from ui.claim_highlighter import ClaimHighlighter
from ui.text_offsets import OffsetMap
from ui.verdict_margin import VerdictMargin


class ArticleView(QPlainTextEdit):
    """Shows one article; QPlainTextEdit lays out only what is visible, unlike QTextEdit."""

    claim_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setPlaceholderText("Select an article in the list to read it.")
        self.highlighter = ClaimHighlighter(self.document())
        self.margin = VerdictMargin(self)
        self.verdict_colors: dict[str, tuple[str, str]] = {}
        self.article: ArticleRecord | None = None
        self.offsets = OffsetMap("")
        self.claims: list[ClaimSpan] = []
        # Describes a claim for its tooltip; set by the window, which can read the project.
        self.describe_claim: Callable[[int], str] = str

    def show_article(
        self,
        article: ArticleRecord | None,
        claims: list[ClaimSpan],
        colors: dict[str, str],
        theirs: list[tuple[int, int]] | None = None,
    ) -> None:
        """Display an article (or nothing), highlight its claims and a colleague's (review)."""
        self.article = article
        self.offsets = OffsetMap(article.text if article else "")
        self.claims = claims
        # Give the highlighter the new spans first: setting the text then formats
        # each block once, in the same pass that lays it out.
        self.highlighter.set_claims(claims, self.offsets, colors, repaint=False)
        self.highlighter.set_theirs(theirs or [], self.offsets, repaint=False)
        self.setPlainText(article.text if article else "")
        self.margin.set_claims(claims, self.offsets, self.verdict_colors)

    def set_theirs(self, spans: list[tuple[int, int]]) -> None:
        """Show a colleague's claims over mine (review mode); [] hides them."""
        self.highlighter.set_theirs(spans, self.offsets)

    def set_claims(self, claims: list[ClaimSpan], colors: dict[str, str]) -> None:
        """Refresh the highlights of the current article (text unchanged)."""
        self.claims = claims
        self.highlighter.set_claims(claims, self.offsets, colors)
        self.margin.set_claims(claims, self.offsets, self.verdict_colors)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.margin.resize_to_editor()

    def claims_at_position(self, position: int) -> list[ClaimSpan]:
        return self.highlighter.claims_at(position)

    def tooltip_at(self, position: int) -> str:
        """The tooltip for the claims under a document position (innermost first)."""
        return "\n\n".join(self.describe_claim(c.id) for c in self.claims_at_position(position))

    def select_claim(self, claim_id: int) -> None:
        """Scroll to a claim and select its text."""
        claim = next((c for c in self.claims if c.id == claim_id), None)
        if claim is None:
            return
        cursor = self.textCursor()
        cursor.setPosition(self.offsets.to_qt(claim.start))
        cursor.setPosition(self.offsets.to_qt(claim.end), cursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self.highlighter.set_selected(claim_id)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            cursor = self.cursorForPosition(self.viewport().mapFromGlobal(event.globalPos()))
            claims = self.claims_at_position(cursor.position())
            if claims:
                QToolTip.showText(event.globalPos(), self.tooltip_at(cursor.position()), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            claims = self.claims_at_position(
                self.cursorForPosition(event.position().toPoint()).position()
            )
            if claims:
                self.claim_activated.emit(claims[0].id)
