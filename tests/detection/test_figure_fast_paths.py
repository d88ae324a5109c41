"""The figure stage's speed shortcuts give exactly what the plain scans they replace
would, on the tricky texts of `test_fast_paths` and on number words in odd company."""

import dataclasses
import re

from annotator.detection import detect, figures, numbers
from annotator.detection.patterns import ascii_lower, lower_for_caseless
from annotator.domain import KIND_CASUALTY, CasualtyType, NormalizedValue, Qualifier
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


_BEFORE_A_FIGURE = [
    "Officials said one in ",
    "ONE IN ",
    "One Out Of Every ",
    "1 out of\nevery ",
    "one in\n",
    "killed, of whom ",
    "killed, OF WHOM ",
    "wounded, of them, ",
    "wounded, of those\n",
    "killed, Of Whom,  ",
    "the town of ",
    "dozens more in ",
]


def test_the_word_tests_before_the_rate_and_partitive_patterns_pass_all_they_match() -> None:
    """The cheap tests before the case-blind patterns of a rate ("one in five") and a
    partitive pronoun ("of whom 12") pass every text the pattern matches, in any case
    and across a line wrap."""
    for before in _BEFORE_A_FIGURE:
        text = before + "5 residents"
        at = len(before)
        if figures._ONE_IN_BEFORE.search(text, 0, at):
            assert figures._word_before_ends(text, 0, at, figures._RATE_ENDS)
        if figures._PRONOUN_PARTITIVE_BEFORE.search(text, max(0, at - 16), at):
            assert figures._word_before_ends(text, max(0, at - 16), at, figures._PRONOUN_ENDS)
    matched = [
        before
        for before in _BEFORE_A_FIGURE
        if figures._ONE_IN_BEFORE.search(before) or figures._PRONOUN_PARTITIVE_BEFORE.search(before)
    ]
    assert len(matched) == 10


def test_rates_and_partitives_in_headline_case_or_wrapped_are_read_as_in_plain_text() -> None:
    """All-caps and title-case headlines and hard line wraps give what plain text gives:
    no count for a rate's base, and the part of a toll counted after "of whom"."""
    for rate in [
        "ONE IN FIVE RESIDENTS WERE DISPLACED BY THE FIGHTING",
        "One In Five Residents Displaced By Floods",
        "One in\nfive residents were displaced by the fighting.",
    ]:
        assert [c for c in detect(rate) if c.kind == KIND_CASUALTY] == []
    for partitive in [
        "At least 45 people were killed, OF WHOM 12 WERE CHILDREN.",
        "At least 45 people were killed, of whom\n12 were children.",
        "At least 45 people were killed, of whom, 12 were children.",
    ]:
        figures_found = [(c.text, c.rule) for c in detect(partitive) if c.kind == KIND_CASUALTY]
        assert figures_found[-1] == ("12", "figure.casualty.subset_of_earlier")
