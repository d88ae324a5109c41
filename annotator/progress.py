"""Progress reporting and cancellation for long operations, without any UI.

Core functions take an optional `ProgressCallback`; the CLI prints it on a
terminal, the GUI forwards it to a progress dialog.  Raising `OperationCancelledError` from
the callback stops the work, and the transaction around it rolls back.
"""

from collections.abc import Callable

from annotator.errors import AnnotatorError

# Called with (items done, total items or None when unknown).
ProgressCallback = Callable[[int, int | None], None]


class OperationCancelledError(AnnotatorError):
    """The user cancelled a long operation; nothing of it was kept."""

    def __init__(self) -> None:
        super().__init__("cancelled; nothing was changed")


def no_progress(done: int, total: int | None) -> None:
    """The callback used when nobody is watching."""
