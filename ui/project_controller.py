"""The open project, as the GUI sees it: services in, change records out.

Signals:
    changed(Changes, initiator): after any service call that changed data.
    project_opened(): a project was opened (or replaced); every view reloads.
    project_closed(): the project was closed.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from annotator.changes import OpResult
from annotator.project import Project


class ProjectController(QObject):
    """Holds the open `Project` and runs services against it, broadcasting their changes."""

    changed = Signal(object, object)
    project_opened = Signal()
    project_closed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._project: Project | None = None

    @property
    def project(self) -> Project:
        """The open project; only call while one is open."""
        if self._project is None:
            raise RuntimeError("no project is open")
        return self._project

    @property
    def has_project(self) -> bool:
        return self._project is not None

    @property
    def read_only(self) -> bool:
        return self._project is not None and self._project.read_only

    def set_project(self, project: Project) -> None:
        """Replace the open project (closing the previous one) and tell every view."""
        self.close_project()
        self._project = project
        self.project_opened.emit()

    def close_project(self) -> None:
        if self._project is not None:
            self._project.close()
            self._project = None
            self.project_closed.emit()

    def apply[T](
        self,
        service: Callable[..., OpResult[T]],
        *args: Any,
        initiator: object = None,
        **kwargs: Any,
    ) -> OpResult[T]:
        """Run one service on the open project and broadcast what it changed.

        Known errors (`AnnotatorError`) propagate to the caller, which shows them.
        """
        result = service(self.project, *args, **kwargs)
        if result.changes:
            self.changed.emit(result.changes, initiator)
        return result
