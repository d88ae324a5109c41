"""File → Backups…: the project's backups, newest first, with Restore.

Signals:
    restore_requested(Path): restore this backup (the window closes and reopens the project).
"""

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.services.backups import BackupInfo

PATH_ROLE = Qt.ItemDataRole.UserRole


class BackupsDialog(QDialog):
    """Lists backups; restoring keeps the current state as another backup."""

    restore_requested = Signal(object)

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Backups")
        self.list = QListWidget(self)
        for backup in backups:
            when = backup.created.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            item = QListWidgetItem(
                f"{when}  ({backup.tag}, {backup.size / 1024:,.0f} KiB)", self.list
            )
            item.setData(PATH_ROLE, str(backup.path))
        if backups:
            self.list.setCurrentRow(0)
        self.restore_button = QPushButton("Restore selected backup", self)
        self.restore_button.setEnabled(bool(backups))
        self.restore_button.clicked.connect(self._restore)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                "Backups are taken when the project opens and every ten "
                "minutes while you edit. Restoring keeps the current state "
                "as a backup too.",
                self,
            )
        )
        layout.addWidget(self.list)
        layout.addWidget(self.restore_button)
        layout.addWidget(buttons)
        self.resize(520, 380)

    def _restore(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.restore_requested.emit(Path(item.data(PATH_ROLE)))
            self.accept()
