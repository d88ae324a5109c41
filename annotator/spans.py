"""Word-boundary arithmetic for claim spans, shared by keyboard editing and manual claims.

Reviewers adjust spans a word at a time, and a mouse selection that starts or
ends inside a word is snapped outwards to whole words, so spans never cut
words in half.  Offsets are code points, like every claim offset.
"""

import re

_WORD = re.compile(r"[\w'’%.,-]*\w|\w", re.UNICODE)


def _words(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _WORD.finditer(text)]


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a span to whole words and trim surrounding spaces; never returns an empty span."""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    if start > end:
        start, end = end, start
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    for word_start, word_end in _words(text):
        if word_start < start < word_end:
            start = word_start
        if word_start < end < word_end:
            end = word_end
    if start == end:
        end = min(len(text), start + 1)
        start = end - 1 if end == len(text) and start == end else start
    return start, end


def move_end(text: str, start: int, end: int, forward: bool) -> tuple[int, int]:
    """Extend the end by the next word, or pull it back by one word (keeping one word)."""
    words = _words(text)
    if forward:
        following = [w for w in words if w[1] > end]
        return start, following[0][1] if following else end
    earlier = [w for w in words if start < w[1] < end and w[0] >= start]
    return start, earlier[-1][1] if earlier else end


def move_start(text: str, start: int, end: int, backward: bool) -> tuple[int, int]:
    """Extend the start by the previous word, or push it forward by one word (keeping one)."""
    words = _words(text)
    if backward:
        preceding = [w for w in words if w[0] < start]
        return (preceding[-1][0] if preceding else start), end
    later = [w for w in words if start < w[0] < end]
    return (later[0][0] if later else start), end
