"""Run long core operations off the UI thread, with progress and cancel.

Core functions take a `progress(done, total)` callback; `BackgroundTask` turns
it into Qt signals (delivered on the UI thread) and raises
`OperationCancelledError` inside the worker when the user cancels, so the
operation's transaction rolls back and nothing half-done is kept.

Signals:
    progress(int, int): items done and total (-1 when unknown).
    succeeded(object): the operation's return value.
    failed(object): the exception it raised.

`succeeded` and `failed` are emitted on the UI thread, from its event loop: a
signal emitted in the worker reaches only the slots connected at that moment,
so code that starts a task and then connects (a test's `waitSignal`, a caller
that gets the task back from `start`) would miss a task that finished at once.
"""

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from annotator.progress import OperationCancelledError, ProgressCallback


class BackgroundTask(QObject):
    """One operation running on the global thread pool."""

    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    #: The worker's outcome (result or exception, and whether it succeeded), queued
    #: to the UI thread, which re-emits it as `succeeded` or `failed`.
    _finished = Signal(object, bool)

    def __init__(
        self, work: Callable[[ProgressCallback], Any], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._work = work
        self._cancelled = False
        self.running = False
        self._done = threading.Event()
        self._finished.connect(self._deliver)

    def cancel(self) -> None:
        """Ask the operation to stop at its next progress report."""
        self._cancelled = True

    def _report(self, done: int, total: int | None) -> None:
        if self._cancelled:
            raise OperationCancelledError()
        self.progress.emit(done, -1 if total is None else total)

    def _run(self) -> None:
        try:
            result = self._work(self._report)
        except BaseException as error:  # delivered to the UI thread, which decides
            self.running = False
            self._done.set()
            self._finished.emit(error, False)
            return
        self.running = False
        self._done.set()
        self._finished.emit(result, True)

    def _deliver(self, outcome: object, ok: bool) -> None:
        if ok:
            self.succeeded.emit(outcome)
        else:
            self.failed.emit(outcome)

    def start(self) -> None:
        self.running = True
        self._done.clear()
        QThreadPool.globalInstance().start(QRunnable.create(self._run))

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the work has finished (used before closing the project under it)."""
        return self._done.wait(timeout)
