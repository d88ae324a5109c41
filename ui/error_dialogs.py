"""Errors in the GUI: known errors get a clear dialog; bugs get logged, never a raw traceback."""

import logging
import sys
from pathlib import Path
from types import TracebackType

from platformdirs import user_log_dir
from PySide6.QtWidgets import QMessageBox, QWidget

logger = logging.getLogger("claim_annotator.ui")


def show_error(parent: QWidget | None, title: str, error: BaseException) -> None:
    """Tell the reviewer what went wrong and that nothing was lost."""
    QMessageBox.warning(parent, title, str(error))


def log_file() -> Path:
    folder = Path(user_log_dir("claim-annotator", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "claim-annotator.log"


def install_excepthook(parent_of_dialogs: QWidget | None = None) -> None:
    """Route unexpected exceptions to the log file and a short message box."""
    path = log_file()
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        logger.error("unexpected error", exc_info=(kind, value, tb))
        QMessageBox.critical(
            parent_of_dialogs,
            "Unexpected error",
            f"Something went wrong inside Claim Annotator ({kind.__name__}).\n"
            f"Your work so far is saved. Details were written to {path}.",
        )

    sys.excepthook = hook
