"""Help → Keyboard shortcuts: a table generated from the window's own actions."""

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def shortcut_rows(actions: list[QAction]) -> list[tuple[str, str]]:
    """(shortcut, what it does) for every action with a shortcut, sorted by description."""
    rows = {
        (
            action.text().replace("&", ""),
            ", ".join(
                s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()
            ),
        )
        for action in actions
        if action.shortcuts()
    }
    return sorted(((keys, text) for text, keys in rows), key=lambda row: row[1].lower())


class ShortcutsDialog(QDialog):
    """Lists every shortcut; generated, so it can never drift from the real bindings."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        rows = shortcut_rows(actions)
        table = QTableWidget(len(rows), 2, self)  # a short, fixed list: a widget table is fine
        table.setHorizontalHeaderLabels(["Keys", "Action"])
        for row, (keys, text) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(keys))
            table.setItem(row, 1, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.verticalHeader().hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.table = table
        self.resize(560, 620)
