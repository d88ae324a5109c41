"""The figure stage's speed shortcuts give exactly what the plain scans they replace
would, on the tricky texts of `test_fast_paths` and on number words in odd company."""

import re

from annotator.detection import numbers
from annotator.detection.patterns import ascii_lower
from tests.detection.test_fast_paths import TEXTS

_ODD_WORDS = [
    "one two-three four_five six\u00e9seven \u00e9eight nine\u2019ten “eleven” (twelve)",
    "twenty\nthirty\tforty\u00a0fifty—sixty/seventy -eighty ninety.",
    "tens hundreds thousands millions several dozen dozens scores often money",
]


def test_number_words_after_a_separator_match_the_word_start_scan() -> None:
    for text in [*TEXTS, *_ODD_WORDS]:
        lowered = ascii_lower(text)
        for start in {0, 1, 2, 5, len(lowered) // 2}:
            end = len(lowered)
            plain = re.compile(r"\d[\d,.]*|" + numbers._WORD_ANCHOR_RE.pattern)
            expected = [m.span() for m in plain.finditer(lowered, start, end)]
            assert numbers._anchors(lowered, start, end) == expected
