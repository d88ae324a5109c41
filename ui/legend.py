"""A visible legend of claim kinds: colour swatch, style and label."""

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from annotator.domain import KindDefinition
from ui.kind_style import is_figure_kind, tint


class KindLegend(QWidget):
    """One label per kind, styled like its highlight (tint or underline)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(4, 0, 4, 0)
        self.labels: dict[str, QLabel] = {}

    def set_kinds(self, kinds: tuple[KindDefinition, ...]) -> None:
        for label in self.labels.values():
            label.deleteLater()
        self.labels = {}
        for kind in kinds:
            if is_figure_kind(kind.key):
                color = tint(kind.color)
                rgba = f"rgba({color.red()}, {color.green()}, {color.blue()}, {color.alpha()})"
                style = f"background-color: {rgba}; padding: 1px 4px;"
            else:
                line = "dashed" if kind.key == "position" else "solid"
                style = f"border-bottom: 2px {line} {kind.color}; padding: 1px 4px;"
            label = QLabel(kind.label, self)
            label.setStyleSheet(style)
            label.setToolTip(kind.description)
            self._layout.addWidget(label)
            self.labels[kind.key] = label
