"""Map claim offsets (Python code points) to Qt document positions and back.

Claims count code points in the stored text.  A QTextDocument counts UTF-16
units (a character outside the Basic Multilingual Plane takes two) and turns
a CR LF pair into one paragraph separator.  Without this mapping highlights
drift after the first emoji or Windows line ending.
"""

import re
from bisect import bisect_right
from itertools import accumulate

_SHIFTS = re.compile(r"\r\n|[\U00010000-\U0010FFFF]")


class OffsetMap:
    """Two-way conversion between code-point offsets and QTextDocument positions."""

    def __init__(self, text: str) -> None:
        thresholds: list[int] = []
        deltas: list[int] = []
        for match in _SHIFTS.finditer(text):
            if match.group() == "\r\n":
                thresholds.append(match.start() + 2)  # positions after the pair lose one
                deltas.append(-1)
            else:
                thresholds.append(match.start() + 1)  # positions after it gain one
                deltas.append(1)
        self._thresholds = thresholds
        self._cumulative = list(accumulate(deltas))
        self._qt_thresholds = [t + c for t, c in zip(thresholds, self._cumulative, strict=True)]
        self.identity = not thresholds

    def to_qt(self, offset: int) -> int:
        """The document position of a code-point offset."""
        if self.identity:
            return offset
        index = bisect_right(self._thresholds, offset)
        return offset + (self._cumulative[index - 1] if index else 0)

    def from_qt(self, position: int) -> int:
        """The code-point offset of a document position (between surrogates: the character)."""
        if self.identity:
            return position
        index = bisect_right(self._qt_thresholds, position)
        return position - (self._cumulative[index - 1] if index else 0)
