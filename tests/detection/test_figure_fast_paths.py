"""The figure stage's speed shortcuts give exactly what the plain scans they replace
would, on the tricky texts of `test_fast_paths` and on number words in odd company."""

import dataclasses
import re

from annotator.detection import figures, numbers
from annotator.detection.patterns import ascii_lower, lower_for_caseless
from annotator.domain import CasualtyType, NormalizedValue, Qualifier
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
            plain = re.compile(
                r"\d[\d,.]*|"
                + numbers._WORD_ANCHOR_RE.pattern
                + "|"
                + numbers._HYPHENATED_TENS_RE.pattern
            )
            expected = [m.span() for m in plain.finditer(lowered, start, end)]
            assert numbers._anchors(lowered, start, end) == expected


def test_claim_values_are_built_as_the_dataclass_builds_them() -> None:
    names = [field.name for field in dataclasses.fields(NormalizedValue)]
    assert names == ["min", "max", "qualifier", "approx", "unit", "casualty_type", "note"]
    for low, high, qualifier, approx, unit, casualty_type in [
        (12.0, 12.0, Qualifier.EXACT, False, "people", CasualtyType.KILLED),
        (200.0, None, Qualifier.AT_LEAST, False, "troops", None),
        (None, 40.0, Qualifier.UP_TO, False, "children", CasualtyType.KILLED_OR_WOUNDED),
        (24, 99, Qualifier.VAGUE, True, "fighters", CasualtyType.CASUALTIES),
    ]:
        fast = figures._new_value(low, high, qualifier, approx, unit, casualty_type)
        plain = NormalizedValue(
            min=low,
            max=high,
            qualifier=qualifier,
            approx=approx,
            unit=unit,
            casualty_type=casualty_type,
        )
        assert fast == plain
        assert repr(fast) == repr(plain)


_ODD_SPACING = [
    "about\u00a0 at\tleast \n some  nearly 7 of  them",
    "xx yy zz ww vv uu 12 and   up  to\u2009 40",
    "a a a a a a a a 5 an an an 6 approx. approx.7",
    "\u3000more than\u3000300 \x1c almost \x1f 9",
]


def test_qualifier_starts_cut_after_the_last_words_matches_a_split_per_start() -> None:
    """`_qualifier_starts` cuts its window after the word before the last `_WORDS_BACK`
    words (one `rsplit`); the plain form keeps each qualifier word start found from
    `low` (or `low` itself) whose `split` to the anchor has at most that many words."""
    for text in [*TEXTS, *_ODD_WORDS, *_ODD_SPACING]:
        scanner = numbers._FigureScanner(text, lower_for_caseless(text))
        scanned = scanner.scanned
        for anchor, _ in numbers._anchors(ascii_lower(text), 0, len(text)):
            for low in range(max(0, anchor - 40), anchor + 1):
                found = [
                    m.start() + 1
                    for m in scanner.qualifier_word.finditer(scanned, max(low - 1, 0), anchor + 1)
                    if m.start() + 1 < anchor
                ]
                if (
                    low < anchor
                    and not scanned[low].isspace()
                    and (low == 0 or not scanned[low - 1].isspace())
                    and scanner.qualifier_start.match(scanned, low)
                ):
                    found.insert(0, low)
                expected = [
                    begin
                    for begin in found
                    if len(scanned[begin:anchor].split()) <= numbers._WORDS_BACK
                ]
                assert scanner._qualifier_starts(low, anchor) == expected


def test_figures_with_the_text_lowered_once_match_find_figures() -> None:
    """The detector lower-cases an article once and hands it to `figures_in`: the same
    figures as `find_figures`, which lower-cases it itself, also for text the caseless
    scans refuse ("İ") and within a range."""
    for text in [*TEXTS, *_ODD_WORDS, *_ODD_SPACING, "\u0130stanbul: 12 soldiers, 3 dead"]:
        lowered = lower_for_caseless(text)
        assert numbers.figures_in(text, lowered) == numbers.find_figures(text)
        half = len(text) // 2
        assert numbers.figures_in(text, lowered, half) == numbers.find_figures(text, half)
