"""Start the desktop app: QApplication, main window, and the project to open."""

import sys
from pathlib import Path

from platformdirs import user_data_dir
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QInputDialog

from annotator import __version__
from annotator.errors import AnnotatorError
from annotator.services.demo import open_demo_project
from annotator.services.projects import open_project
from ui.error_dialogs import install_excepthook, show_error
from ui.main_window import MainWindow
from ui.project_controller import ProjectController


def demo_folder() -> Path:
    """Where the demo project is built on first run."""
    return Path(user_data_dir("claim-annotator", appauthor=False)) / "demo"


def create_application() -> QApplication:
    """The QApplication, created once, with names that QSettings uses."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("claim-annotator")
    app.setApplicationName("Claim Annotator")
    app.setApplicationVersion(__version__)
    return app


def build_window(
    *,
    project: str | None = None,
    demo: bool = False,
    read_only: bool = False,
    reviewer: str = "Reviewer",
) -> MainWindow:
    """The main window with the requested project open (or the demo when none is named)."""
    controller = ProjectController()
    window = MainWindow(controller, reviewer)
    controller.setParent(window)
    try:
        if project is not None and not demo:
            controller.set_project(
                open_project(Path(project), reviewer=reviewer, read_only=read_only)
            )
        else:
            controller.set_project(open_demo_project(demo_folder(), reviewer))
    except AnnotatorError as error:
        show_error(window, "Cannot open the project", error)
    return window


def reviewer_name(suggestion: str) -> str:
    """The reviewer's name, asked once on first run and remembered in QSettings."""
    settings = QSettings()
    stored = settings.value("reviewer/name")
    if isinstance(stored, str) and stored.strip():
        return stored
    name, ok = QInputDialog.getText(
        None,
        "Welcome to Claim Annotator",
        "Your name, as it will be recorded on every change you make:",
        text=suggestion,
    )
    chosen = name.strip() if ok and name.strip() else suggestion
    settings.setValue("reviewer/name", chosen)
    return chosen


def main(
    *,
    project: str | None = None,
    demo: bool = False,
    read_only: bool = False,
    reviewer: str = "Reviewer",
) -> int:
    """Run the app until its window closes; returns the exit code."""
    app = create_application()
    reviewer = reviewer_name(reviewer)
    window = build_window(project=project, demo=demo, read_only=read_only, reviewer=reviewer)
    install_excepthook(window)
    window.show()
    return app.exec()
