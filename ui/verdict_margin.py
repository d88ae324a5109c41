"""A margin beside the article text with a coloured mark for each verdict on that line.

The verdict is shown beside the text rather than in it, so the kind's tint or
underline stays readable; the mark's colour comes from the project's verdict
scale and its tooltip names the verdict, so colour is never the only signal.
"""

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QPlainTextEdit, QToolTip, QWidget

from annotator.records import ClaimSpan
from ui.text_offsets import OffsetMap

MARK = 8
WIDTH = 3 * (MARK + 2) + 4


class VerdictMargin(QWidget):
    """Painted in the left viewport margin of a QPlainTextEdit."""

    def __init__(self, editor: QPlainTextEdit) -> None:
        super().__init__(editor)
        self.editor = editor
        self._marks: dict[int, list[tuple[str, str]]] = {}  # block number -> (colour, label)
        editor.setViewportMargins(WIDTH, 0, 0, 0)
        editor.updateRequest.connect(self._on_update_request)
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(WIDTH, 0)

    def set_claims(
        self, claims: list[ClaimSpan], offsets: OffsetMap, colors: dict[str, tuple[str, str]]
    ) -> None:
        """Place a mark on the line where each claim with a verdict starts.

        `colors` maps a rating key to (colour, label).
        """
        document = self.editor.document()
        marks: dict[int, list[tuple[str, str]]] = {}
        for claim in sorted(claims, key=lambda c: c.start):
            if claim.verdict_rating is None:
                continue
            block = document.findBlock(offsets.to_qt(claim.start)).blockNumber()
            color, label = colors.get(claim.verdict_rating, ("#999999", claim.verdict_rating))
            marks.setdefault(block, []).append((color, f"{label}: {claim.exact[:60]}"))
        self._marks = marks
        self.update()

    def marks_for_block(self, block_number: int) -> list[tuple[str, str]]:
        return self._marks.get(block_number, [])

    def _on_update_request(self, rect: QRect, dy: int) -> None:
        if dy:
            self.scroll(0, dy)
        else:
            self.update(0, rect.y(), self.width(), rect.height())

    def resize_to_editor(self) -> None:
        contents = self.editor.contentsRect()
        self.setGeometry(QRect(contents.left(), contents.top(), WIDTH, contents.height()))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().window())
        block = self.editor.firstVisibleBlock()
        offset = self.editor.contentOffset()
        while block.isValid():
            geometry = self.editor.blockBoundingGeometry(block).translated(offset)
            if geometry.top() > event.rect().bottom():
                break
            for i, (color, _label) in enumerate(self._marks.get(block.blockNumber(), [])[:3]):
                painter.setBrush(QColor(color))
                painter.setPen(Qt.PenStyle.NoPen)
                painter.drawRoundedRect(
                    2 + i * (MARK + 2), int(geometry.top()) + 4, MARK, MARK, 2, 2
                )
            block = block.next()

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            cursor = self.editor.cursorForPosition(event.pos())
            labels = [label for _c, label in self._marks.get(cursor.blockNumber(), [])]
            if labels:
                QToolTip.showText(event.globalPos(), "\n".join(labels), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
