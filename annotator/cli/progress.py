"""A progress line on the terminal for long commands (silent when output is piped)."""

import sys
import time
from typing import TextIO


class TerminalProgress:
    """Prints "label: done/total" on one line of stderr, at most ten times a second."""

    def __init__(self, label: str, stream: TextIO | None = None) -> None:
        self.label = label
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty()
        self._last = 0.0

    def __call__(self, done: int, total: int | None) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last < 0.1 and done != total:
            return
        self._last = now
        shown = f"{done:,}/{total:,}" if total else f"{done:,}"
        self.stream.write(f"\r{self.label}: {shown}")
        self.stream.flush()

    def finish(self) -> None:
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()
