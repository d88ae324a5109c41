"""Finding stated figures in text and turning them into bounds and a qualifier.

A figure is digits ("13,000", "13 000", "280000", "2.5 million"), number words
("sixty-two", "Twenty"), or a vague quantity ("dozens", "tens of thousands"), optionally
with a qualifier in front ("at least", "up to", "between … and …") or "plus" behind.
Spans follow guideline §1: the qualifier is part of the figure, a leading "another" is
not.  Bounds follow §2: "more than 200" gives min 200 (the bound as written, not 201).

Number words are converted by `text2num` (Rust-backed, ~0.4 µs a call, correct on
compounds such as "one hundred and twenty"); finding *where* they are is our own regex,
since the library only converts text it is given and the detector needs spans.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from text_to_num import text2num  # type: ignore[import-untyped]

from annotator.detection.patterns import ascii_lower, terms_pattern
from annotator.domain import Qualifier

_UNIT_WORDS = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TEN_WORDS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_UNITS = terms_pattern(_UNIT_WORDS)
_TENS = terms_pattern(_TEN_WORDS)
_WORD = terms_pattern(_UNIT_WORDS + _TEN_WORDS + ["hundred", "thousand", "million", "billion"])
# A number-word phrase starts with a unit or a ten ("hundred" alone is not a figure).
_WORDNUM = (
    rf"(?:(?:{_TENS})(?:[\s-]+(?:{_UNITS}))?|(?:{_UNITS}))"
    rf"(?:(?:[\s-]+|\s+and\s+){_WORD}\b)*"
)
_DIGITS = (
    r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?"  # 13,000 / 1,020,000
    r"|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?!\d)"  # 13 000 (thin or plain space)
    r"|\d+(?:\.\d+)?)"  # 280000 / 2.5
    r"(?:\s+(?:million|billion|thousand)|\s*(?:mln|bn)\b)?"
)

#: Vague quantifiers of guideline §2, longest first so "tens of thousands" wins over
#: "thousands".  Values: (min, max, qualifier).
VAGUE_QUANTITIES: dict[str, tuple[float, float, Qualifier]] = {
    "hundreds of thousands": (200_000, 999_999, Qualifier.VAGUE),
    "hundreds of millions": (200_000_000, 999_999_999, Qualifier.VAGUE),
    "tens of thousands": (20_000, 99_999, Qualifier.VAGUE),
    "tens of millions": (20_000_000, 99_999_999, Qualifier.VAGUE),
    "several hundred": (200, 999, Qualifier.VAGUE),
    "several thousand": (2_000, 9_999, Qualifier.VAGUE),
    "half a dozen": (6, 6, Qualifier.ABOUT),
    "a dozen": (12, 12, Qualifier.ABOUT),
    "a hundred": (100, 100, Qualifier.EXACT),
    "a thousand": (1_000, 1_000, Qualifier.EXACT),
    "dozens": (24, 99, Qualifier.VAGUE),
    "scores": (40, 99, Qualifier.VAGUE),
    "hundreds": (200, 999, Qualifier.VAGUE),
    "thousands": (2_000, 9_999, Qualifier.VAGUE),
    "millions": (2_000_000, 9_999_999, Qualifier.VAGUE),
}
_VAGUE = terms_pattern(VAGUE_QUANTITIES)
_DOZEN = rf"(?:{_UNITS}|{_TENS})\s+dozen"  # "two dozen" = 24, about

_NUM = rf"(?:{_DIGITS}|{_DOZEN}|{_VAGUE}|{_WORDNUM})"

#: Qualifier words in front of a figure -> qualifier (guideline §2 table).
PRE_QUALIFIERS: dict[str, Qualifier] = {
    "at least": Qualifier.AT_LEAST,
    "no fewer than": Qualifier.AT_LEAST,
    "no less than": Qualifier.AT_LEAST,
    "a minimum of": Qualifier.AT_LEAST,
    "more than": Qualifier.MORE_THAN,
    "over": Qualifier.MORE_THAN,
    "just over": Qualifier.MORE_THAN,
    "well over": Qualifier.MORE_THAN,
    "upwards of": Qualifier.MORE_THAN,
    "in excess of": Qualifier.MORE_THAN,
    "up to": Qualifier.UP_TO,
    "as many as": Qualifier.UP_TO,
    "as high as": Qualifier.UP_TO,
    "at most": Qualifier.UP_TO,
    "a maximum of": Qualifier.UP_TO,
    "less than": Qualifier.LESS_THAN,
    "fewer than": Qualifier.LESS_THAN,
    "under": Qualifier.LESS_THAN,
    "just under": Qualifier.LESS_THAN,
    "nearly": Qualifier.NEARLY,
    "almost": Qualifier.NEARLY,
    "close to": Qualifier.NEARLY,
    "about": Qualifier.ABOUT,
    "around": Qualifier.ABOUT,
    "some": Qualifier.ABOUT,
    "roughly": Qualifier.ABOUT,
    "approximately": Qualifier.ABOUT,
    "an estimated": Qualifier.ABOUT,
    "estimated": Qualifier.ABOUT,
    "approx.": Qualifier.ABOUT,
}
_QUAL = terms_pattern(PRE_QUALIFIERS)

FIGURE_RE = re.compile(
    rf"""
    (?<![\w$£€/+-])(?:(?<!\d[.,])|(?=[a-z]))
    (?:(?P<another>{terms_pattern(("another", "an additional", "a further"))})\s+)?
    (?P<body>
      (?:(?P<qual>{_QUAL})\s+)?
      (?:between\s+(?P<r1>{_NUM})\s+and\s+(?P<r2>{_NUM})
        |(?P<a>{_NUM})(?:\s*(?:to|-|–|—)\s*(?P<b>{_NUM}))?)
      (?P<plus>\s*-?\s*plus\b|\+)?
    )
    (?![\w%]|[.,]\d|-\d)
    """,
    re.IGNORECASE | re.VERBOSE,
)

_APPROX = frozenset({Qualifier.ABOUT, Qualifier.NEARLY, Qualifier.VAGUE})
_SCALE_FACTORS = {"thousand": 1e3, "million": 1e6, "mln": 1e6, "billion": 1e9, "bn": 1e9}
_SPACE_RE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure found in text: its span (qualifier included, "another" excluded),
    the bounds and qualifier per guideline §2, and how it was written."""

    start: int
    end: int
    #: Where the match begins including a leading "another" (for context look-back).
    outer_start: int
    min: float | None
    max: float | None
    qualifier: Qualifier
    approx: bool
    #: True for "dozens", "thousands" … (they need "of" + noun or a predicate to count).
    vague: bool


@lru_cache(maxsize=4096)
def quantity_value(text: str) -> tuple[float, float, Qualifier] | None:
    """Bounds and qualifier of one quantity without qualifier words.

    >>> quantity_value("2.5 million")
    (2500000.0, 2500000.0, <Qualifier.EXACT: 'exact'>)
    """
    key = _SPACE_RE.sub(" ", text.strip().casefold())
    if key in VAGUE_QUANTITIES:
        return VAGUE_QUANTITIES[key]
    if key.endswith(" dozen"):
        base = _words_to_number(key.removesuffix(" dozen"))
        return None if base is None else (base * 12, base * 12, Qualifier.ABOUT)
    number = _digits_to_number(key) if key[0].isdigit() else _words_to_number(key)
    return None if number is None else (number, number, Qualifier.EXACT)


def _digits_to_number(key: str) -> float | None:
    """'13,000' / '13 000' / '2.5 million' / '80 bn' -> float."""
    match = re.fullmatch(r"([\d,.\s\u00a0\u202f\u2009]+?)\s*([a-z]+)?", key)
    if match is None:
        return None
    digits = re.sub(r"[,\s\u00a0\u202f\u2009]", "", match.group(1))
    try:
        value = float(digits)
    except ValueError:
        return None
    scale = match.group(2)
    if scale:
        factor = _SCALE_FACTORS.get(scale)
        if factor is None:
            return None
        value *= factor
    return value


def _words_to_number(key: str) -> float | None:
    """'sixty-two' -> 62.0 via text2num; None when the words do not form a number."""
    try:
        return float(text2num(key.replace("-", " "), "en"))
    except ValueError:
        return None


def parse_figure(match: re.Match[str]) -> Figure | None:
    """Bounds and qualifier of a FIGURE_RE match; None when a part does not parse."""
    qual_text = match.group("qual")
    pre = PRE_QUALIFIERS[_SPACE_RE.sub(" ", qual_text.casefold())] if qual_text else None
    if match.group("r1") is not None:
        lower = quantity_value(match.group("r1"))
        upper = quantity_value(match.group("r2"))
        if lower is None or upper is None:
            return None
        return _figure(match, lower[0], upper[1], Qualifier.RANGE, vague=False)
    first = quantity_value(match.group("a"))
    if first is None:
        return None
    if match.group("b") is not None:
        second = quantity_value(match.group("b"))
        if second is None or second[1] <= first[0]:
            return None  # "3-2" is a score, not a range
        return _figure(match, first[0], second[1], Qualifier.RANGE, vague=False)
    low, high, base_qualifier = first
    vague = base_qualifier is Qualifier.VAGUE
    if match.group("plus"):
        return _figure(match, low, None, Qualifier.MORE_THAN, vague)
    if pre is None:
        return _figure(match, low, high, base_qualifier, vague)
    if pre in (Qualifier.AT_LEAST, Qualifier.MORE_THAN):
        return _figure(match, low, None, pre, vague)
    if pre in (Qualifier.UP_TO, Qualifier.LESS_THAN):
        return _figure(match, None, high, pre, vague)
    return _figure(match, low, high, pre, vague)


def _figure(
    match: re.Match[str],
    low: float | None,
    high: float | None,
    qualifier: Qualifier,
    vague: bool,
) -> Figure:
    return Figure(
        start=match.start("body"),
        end=match.end("body"),
        outer_start=match.start(),
        min=low,
        max=high,
        qualifier=qualifier,
        approx=qualifier in _APPROX,
        vague=vague,
    )


#: Cheap scan for where a figure may be: a digit or a word a figure can end in.  The
#: full pattern is then tried only in a small window around each anchor, which is
#: several times faster than running it at every position of the text.
_ANCHOR_RE = re.compile(
    r"\d[\d,.]*|"
    + terms_pattern(
        [
            *_UNIT_WORDS,
            *_TEN_WORDS,
            *("dozen", "dozens", "scores", "hundred", "hundreds", "thousand", "thousands"),
            *("millions", "tens", "several"),
        ],
        word_start=True,
    )
    + r"(?![\w-])",
)
_WORDS_BACK = 4  # "another" + the longest qualifier ("in excess of", "a maximum of")
_LOOKAHEAD = 80
_NON_SPACE_RE = re.compile(r"\S+")
#: First words of qualifiers, "another" and "between": a cheap test before a full match.
_QUALIFIER_START = re.compile(
    terms_pattern(
        {q.split()[0] for q in PRE_QUALIFIERS}
        | {"another", "an", "a", "between", "tens", "hundreds", "several", "half"}
    )
    + r"\b",
    re.IGNORECASE,
)


def find_figures(text: str, start: int = 0, end: int | None = None) -> list[Figure]:
    """All parseable figures in text[start:end], in order."""
    end = len(text) if end is None else end
    found: list[Figure] = []
    position = start
    for anchor in _ANCHOR_RE.finditer(ascii_lower(text), start, end):
        if anchor.start() < position:
            continue
        match = _figure_at(text, anchor, position, end)
        if match is None:
            continue
        position = match.end()
        figure = parse_figure(match)
        if figure is not None:
            found.append(figure)
    return found


def _figure_at(text: str, anchor: re.Match[str], position: int, end: int) -> re.Match[str] | None:
    """The figure covering an anchor, trying the few word starts before it (where a
    qualifier may begin), farthest first."""
    low = max(position, anchor.start() - 40)
    starts = [m.start() for m in _NON_SPACE_RE.finditer(text, low, anchor.start())]
    starts = [*starts[-_WORDS_BACK:], anchor.start()]
    window_end = min(end, anchor.end() + _LOOKAHEAD)
    for begin in starts:
        if begin != anchor.start() and not _QUALIFIER_START.match(text, begin):
            continue
        match = FIGURE_RE.match(text, begin, window_end)
        if match is not None and match.end() > anchor.start():
            return match
    return FIGURE_RE.search(text, anchor.start(), window_end)
