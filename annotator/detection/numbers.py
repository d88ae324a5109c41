"""Finding stated figures in text and turning them into bounds and a qualifier.

A figure is digits ("13,000", "13 000", "280000", "2.5 million"), number words
("sixty-two", "Twenty"), or a vague quantity ("dozens", "tens of thousands"), optionally
with a qualifier in front ("at least", "up to", "between … and …") or behind ("plus", "or
more", "or so", "-odd").
Spans follow guideline §1: the qualifier is part of the figure, a leading "another" is
not.  Bounds follow §2: "more than 200" gives min 200 (the bound as written, not 201).

Number words are converted by `text2num` (Rust-backed, ~0.4 µs a call, correct on
compounds such as "one hundred and twenty"); finding *where* they are is our own regex,
since the library only converts text it is given and the detector needs spans.
"""

import re
from functools import lru_cache
from typing import NamedTuple

from text_to_num import text2num  # type: ignore[import-untyped]

from annotator.detection.patterns import (
    BLANK_LINE,
    Caseless,
    ascii_lower,
    lower_for_caseless,
    terms_pattern,
)
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
#: The Indian numbering's scale words ("1.5 lakh", "two crore"), which South Asian copy
#: writes for 100,000 and ten million, largest first.
_INDIAN_SCALES = ["crore", "crores", "lakh", "lakhs"]
_TEN_WORDS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_UNITS = terms_pattern(_UNIT_WORDS)
_TENS = terms_pattern(_TEN_WORDS)
_WORD = terms_pattern(
    _UNIT_WORDS + _TEN_WORDS + ["hundred", "thousand", "million", "billion", *_INDIAN_SCALES]
)
# A number-word phrase starts with a unit or a ten ("hundred" alone is not a figure).
_WORDNUM = (
    rf"(?:(?:{_TENS})(?:[\s-]+(?:{_UNITS}))?|(?:{_UNITS}))"
    rf"(?:(?:[\s-]+|\s+and\s+){_WORD}\b)*"
)
_DIGITS = (
    r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?"  # 13,000 / 1,020,000
    r"|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?!\d)"  # 13 000 (thin or plain space)
    r"|\d{1,3}(?:\.\d{3}){2,}(?!\d|\.\d)"  # 1.200.000, thousands set off by periods
    r"|\d+(?:\.\d+)?)"  # 280000 / 2.5
    # "1.6million" glued in British tabloid style, as "80bn" and "5.6m"; thousands as
    # "17.5k" on slides and in posts (not a race's metres, "a 5K race")
    r"(?:\s*(?:million|billion)\b|\s+thousand|\s*(?:mln|bn)\b|m\b"
    # South Asian copy's lakh (100,000) and crore (ten million): "1.5 lakh refugees"
    r"|\s+(?:lakhs?|crores?)\b"
    r"|k\b(?!\s+(?:race|run|runs|runners|walk|fun|charity|marathon)\b))?"
)

#: Vague quantifiers of guideline §2, longest first so "tens of thousands" wins over
#: "thousands".  Values: (min, max, qualifier).
VAGUE_QUANTITIES: dict[str, tuple[float, float, Qualifier]] = {
    "hundreds of thousands": (200_000.0, 999_999.0, Qualifier.VAGUE),
    "hundreds of millions": (200_000_000.0, 999_999_999.0, Qualifier.VAGUE),
    "tens of thousands": (20_000.0, 99_999.0, Qualifier.VAGUE),
    # "scores of thousands": scores (40 to 99) of thousands, as "tens of thousands" is read
    "scores of thousands": (40_000.0, 99_999.0, Qualifier.VAGUE),
    "tens of millions": (20_000_000.0, 99_999_999.0, Qualifier.VAGUE),
    "several hundred": (200.0, 999.0, Qualifier.VAGUE),
    "several thousand": (2_000.0, 9_999.0, Qualifier.VAGUE),
    # the plural after "several" (Nigerian and South Asian copy: "several hundreds of
    # soldiers"), read as the singular is; and "several" or "many" before the larger
    # quantities, which they leave as they are
    "several hundreds": (200.0, 999.0, Qualifier.VAGUE),
    "several thousands": (2_000.0, 9_999.0, Qualifier.VAGUE),
    "several hundreds of thousands": (200_000.0, 999_999.0, Qualifier.VAGUE),
    "many hundreds of thousands": (200_000.0, 999_999.0, Qualifier.VAGUE),
    "several tens of thousands": (20_000.0, 99_999.0, Qualifier.VAGUE),
    "many tens of thousands": (20_000.0, 99_999.0, Qualifier.VAGUE),
    "a few hundred": (200.0, 999.0, Qualifier.VAGUE),
    "a few thousand": (2_000.0, 9_999.0, Qualifier.VAGUE),
    "several dozen": (24.0, 99.0, Qualifier.VAGUE),
    "a few dozen": (24.0, 99.0, Qualifier.VAGUE),
    # "in the low hundreds": still hundreds, the guideline's range
    "very low hundreds": (200.0, 999.0, Qualifier.VAGUE),
    "low hundreds": (200.0, 999.0, Qualifier.VAGUE),
    "high hundreds": (200.0, 999.0, Qualifier.VAGUE),
    "low thousands": (2_000.0, 9_999.0, Qualifier.VAGUE),
    "high thousands": (2_000.0, 9_999.0, Qualifier.VAGUE),
    "half a dozen": (6.0, 6.0, Qualifier.ABOUT),
    # American copy's "a half-dozen Ukrainian service members"
    "a half-dozen": (6.0, 6.0, Qualifier.ABOUT),
    "a half dozen": (6.0, 6.0, Qualifier.ABOUT),
    "half-dozen": (6.0, 6.0, Qualifier.ABOUT),
    "half a million": (500_000.0, 500_000.0, Qualifier.ABOUT),
    "a quarter of a million": (250_000.0, 250_000.0, Qualifier.ABOUT),
    "a quarter million": (250_000.0, 250_000.0, Qualifier.ABOUT),
    # "many thousands of people": the thousands the guideline counts, "many" alone is not
    "many hundreds": (200.0, 999.0, Qualifier.VAGUE),
    "many thousands": (2_000.0, 9_999.0, Qualifier.VAGUE),
    "a dozen": (12.0, 12.0, Qualifier.ABOUT),
    "a hundred": (100.0, 100.0, Qualifier.EXACT),
    "a thousand": (1_000.0, 1_000.0, Qualifier.EXACT),
    "a million": (1_000_000.0, 1_000_000.0, Qualifier.EXACT),
    "dozens": (24.0, 99.0, Qualifier.VAGUE),
    "scores": (40.0, 99.0, Qualifier.VAGUE),
    # "Tens of ISIS terrorists were killed" (wire copy translated from Arabic): read as
    # "tens of thousands" is, 20 to 99
    "tens": (20.0, 99.0, Qualifier.VAGUE),
    "hundreds": (200.0, 999.0, Qualifier.VAGUE),
    "thousands": (2_000.0, 9_999.0, Qualifier.VAGUE),
    "millions": (2_000_000.0, 9_999_999.0, Qualifier.VAGUE),
}
_VAGUE = terms_pattern(VAGUE_QUANTITIES)
#: Words a count in words opens with ("six", "twenty", "dozens", "several"): a phrase
#: that starts with one counts things rather than naming someone.  Not "a", nor the
#: adjectives of "low hundreds" and "high thousands" ("High Commissioner …"), nor the
#: "many" of "many thousands" ("Many Syrians …" names no count).
COUNT_WORDS = frozenset(
    [*_UNIT_WORDS, *_TEN_WORDS, *(quantity.split()[0] for quantity in VAGUE_QUANTITIES)]
) - {"a", "very", "low", "high", "many"}
_DOZEN = rf"(?:{_UNITS}|{_TENS})\s+dozen"  # "two dozen" = 24, about

_NUM = rf"(?:{_DIGITS}|{_DOZEN}|{_VAGUE}|{_WORDNUM})"

#: Qualifier words in front of a figure -> qualifier (guideline §2 table).
PRE_QUALIFIERS: dict[str, Qualifier] = {
    "at least": Qualifier.AT_LEAST,
    "no fewer than": Qualifier.AT_LEAST,
    "no less than": Qualifier.AT_LEAST,
    "not less than": Qualifier.AT_LEAST,
    "not fewer than": Qualifier.AT_LEAST,
    "a minimum of": Qualifier.AT_LEAST,
    "more than": Qualifier.MORE_THAN,
    "over": Qualifier.MORE_THAN,
    "just over": Qualifier.MORE_THAN,
    "well over": Qualifier.MORE_THAN,
    "well more than": Qualifier.MORE_THAN,
    "upwards of": Qualifier.MORE_THAN,
    "upward of": Qualifier.MORE_THAN,
    "in excess of": Qualifier.MORE_THAN,
    "up to": Qualifier.UP_TO,
    "as many as": Qualifier.UP_TO,
    "as high as": Qualifier.UP_TO,
    "at most": Qualifier.UP_TO,
    "no more than": Qualifier.UP_TO,
    "not more than": Qualifier.UP_TO,
    "a maximum of": Qualifier.UP_TO,
    "less than": Qualifier.LESS_THAN,
    "fewer than": Qualifier.LESS_THAN,
    "under": Qualifier.LESS_THAN,
    "just under": Qualifier.LESS_THAN,
    "well under": Qualifier.LESS_THAN,
    "below": Qualifier.LESS_THAN,
    "well below": Qualifier.LESS_THAN,
    "just below": Qualifier.LESS_THAN,
    "far below": Qualifier.LESS_THAN,
    "significantly below": Qualifier.LESS_THAN,
    # "as low as 5,000 soldiers": the floor of a range
    "as low as": Qualifier.AT_LEAST,
    "as few as": Qualifier.AT_LEAST,
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
    "in the region of": Qualifier.ABOUT,
}
_QUAL = terms_pattern(PRE_QUALIFIERS)

#: Qualifier words behind a figure (their text with hyphens and runs of spaces made one
#: space, as `_bounds` keys them) -> qualifier: "N plus" is more than N (§2),
#: "N or (even) more" at least N, and "N or so" and the British "N-odd" about N.
POST_QUALIFIERS: dict[str, Qualifier] = {
    "plus": Qualifier.MORE_THAN,
    "+": Qualifier.MORE_THAN,
    "or more": Qualifier.AT_LEAST,
    "or even more": Qualifier.AT_LEAST,  # "up to 186,000 or even more deaths"
    "or so": Qualifier.ABOUT,
    "odd": Qualifier.ABOUT,
}
#: The qualifiers that bound a figure from below, and from above.
_LOWER_BOUNDS = (Qualifier.AT_LEAST, Qualifier.MORE_THAN)
_UPPER_BOUNDS = (Qualifier.UP_TO, Qualifier.LESS_THAN)
#: The post-qualifiers written only glued by a hyphen: "40-odd" is about 40, "40 odd
#: jobs" an odd 40.
_HYPHENED_ONLY = frozenset({"odd"})


def _post_qualifier_pattern(key: str) -> str:
    """The pattern of one `POST_QUALIFIERS` key behind a figure, so the table is the one
    list of them: a sign glued on ("40+"); a one-word qualifier ending at a word
    boundary, after its hyphen when it is written only so ("40-odd"), else after a
    space or a hyphen ("80,000 plus", "80,000-plus"); words after a space, with no word
    or hyphen going on ("30 or so", but "30 or so-called" has no "or so")."""
    if not key[0].isalpha():
        return re.escape(key)
    words = key.split()
    if len(words) > 1:
        return r"\s+" + r"\s+".join(words) + r"(?![\w-])"
    lead = "-" if key in _HYPHENED_ONLY else r"\s*-?\s*"
    return lead + key + r"\b"


#: Words that add a figure to one said before: "another 12", "a further 500"; a headline
#: drops the article ("claimed lives of further 500 separatists").
_ANOTHER = ("another", "an additional", "a further", "further")

_POST = "|".join(_post_qualifier_pattern(key) for key in POST_QUALIFIERS)

_FIGURE = Caseless(
    rf"""
    (?<![\w$£€/+-])(?:(?<!\d[.,])|(?=[a-z]))
    (?:(?P<another>{terms_pattern(_ANOTHER)})\s+)?
    (?P<body>
      (?:(?P<qual>{_QUAL})\s+)?
      (?:between\s+(?P<r1>{_NUM})\s+and\s+(?P<r2>{_NUM})
        |(?P<a>{_NUM})(?:(?:\s*(?:to|-|–)\s*|—|\s+or\s+)(?P<b>{_NUM}))?)
      (?P<post>{_POST})?
    )
    (?![\w%]|[.,]\d|-\d)
    """,
    re.VERBOSE,
)
FIGURE_RE = _FIGURE.ignorecase

_APPROX = frozenset({Qualifier.ABOUT, Qualifier.NEARLY, Qualifier.VAGUE})
_SCALE_FACTORS = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mln": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "lakh": 1e5,
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
}
_SPACE_RE = re.compile(r"\s+")


class Figure(NamedTuple):
    """One figure found in text: its span (qualifier included, "another" excluded),
    the bounds and qualifier per guideline §2, and how it was written.

    A named tuple rather than a frozen dataclass: an article has dozens of figures, and
    a frozen dataclass sets each field through `object.__setattr__`, which makes
    building one several times slower."""

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


#: A scale word ending a quantity ("4 million", "three billion", "2bn").
_SCALE_AT_END = re.compile(r"(?<![a-z])(thousand|k|million|mln|m|billion|bn|lakhs?|crores?)$")


#: A round number of thousands written with its separator, a comma or a space ("10,000",
#: "300 000"), after which a range's first end of up to three digits counts thousands
#: too ("8–10,000", "200–300,000").
_ROUND_THOUSANDS = re.compile(r"\d{1,3}[,\s\u00a0\u202f\u2009]000")


def _scaled_like(low_text: str, low: float, high_text: str, high: float) -> float:
    """The first end of a range, with the scale the second end is written with when the
    first has none of its own ("3 to 4 million", "between 3.5 and four million": three
    and a half million; "8–10,000": eight to ten thousand), unless that would pass the
    second end ("between 900 and 1 million") or, for thousands, fall below a tenth of it
    ("1-20,000" and "300-1,000" stay as written)."""
    scale = _SCALE_AT_END.search(high_text.strip().casefold())
    if scale is None or _SCALE_AT_END.search(low_text.strip().casefold()):
        low_digits = low_text.strip()
        if (
            _ROUND_THOUSANDS.fullmatch(high_text.strip())
            and low_digits.isdigit()
            and len(low_digits) <= 3
        ):
            scaled = low * 1000
            return scaled if high / 10 <= scaled <= high else low
        return low
    scaled = low * _SCALE_FACTORS[scale.group(1)]
    return scaled if scaled <= high else low


#: Digits whose periods set off thousands ("2.000", "1.200.000"), not decimals.
_PERIOD_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")


def _digits_to_number(key: str) -> float | None:
    """'13,000' / '13 000' / '2.5 million' / '80 bn' -> float."""
    match = re.fullmatch(r"([\d,.\s\u00a0\u202f\u2009]+?)\s*([a-z]+)?", key)
    if match is None:
        return None
    digits = re.sub(r"[,\s\u00a0\u202f\u2009]", "", match.group(1))
    scale = match.group(2)
    if not scale and _PERIOD_THOUSANDS.fullmatch(digits):
        # "Almost 2.000 people", "1.200.000": thousands set off by periods, as much of
        # Europe writes them; three decimals count no one
        digits = digits.replace(".", "")
    try:
        value = float(digits)
    except ValueError:
        return None
    if scale:
        factor = _SCALE_FACTORS.get(scale)
        if factor is None:
            return None
        value *= factor
    return value


def _words_to_number(key: str) -> float | None:
    """'sixty-two' -> 62.0 via text2num; None when the words do not form a number.
    text2num knows no lakh or crore, so the words before the largest are scaled by it
    and the rest added ("one lakh twenty thousand": 100,000 + 20,000)."""
    words = key.split()
    for scale in _INDIAN_SCALES:  # (largest first)
        if scale in words:
            at = words.index(scale)
            head = _words_to_number(" ".join(words[:at])) if at else None
            tail = _words_to_number(" ".join(words[at + 1 :])) if at + 1 < len(words) else 0.0
            if head is None or tail is None:
                return None
            return head * _SCALE_FACTORS[scale] + tail
    try:
        return float(text2num(key.replace("-", " "), "en"))
    except ValueError:
        return None


#: `Figure(...)` without the generated `__new__`'s argument handling: a figure is built
#: for nearly every anchor, and this takes half the time.
_new_figure = tuple.__new__


def parse_figure(match: re.Match[str]) -> Figure | None:
    """Bounds and qualifier of a FIGURE_RE match; None when a part does not parse."""
    values = _figure_values(*match.group("qual", "r1", "r2", "a", "b", "post"))
    if values is None:
        return None
    return _new_figure(Figure, (*match.span("body"), match.start(), *values))


@lru_cache(maxsize=4096)
def _figure_values(
    *parts: str | None,
) -> tuple[float | None, float | None, Qualifier, bool, bool] | None:
    """(min, max, qualifier, approx, vague), the value fields of `Figure` in its order,
    from the text of a figure's parts (as `_bounds` takes them), or None when a part
    does not parse.  Memoised: the same few figures ("12", "at least 20", "dozens")
    recur across articles, and so `approx` is worked out here (an enum's hash is a
    Python call)."""
    values = _bounds(*parts)
    if values is None:
        return None
    low, high, qualifier, vague = values
    return low, high, qualifier, qualifier in _APPROX, vague


def _bounds(
    qual: str | None,
    r1: str | None,
    r2: str | None,
    a: str | None,
    b: str | None,
    post: str | None,
) -> tuple[float | None, float | None, Qualifier, bool] | None:
    """(min, max, qualifier, vague) from the text of a figure's parts (FIGURE_RE's groups
    of those names)."""
    pre = PRE_QUALIFIERS[_SPACE_RE.sub(" ", qual.casefold())] if qual else None
    if r1 is not None:
        assert r2 is not None  # the pattern matches both ends of a range
        lower = quantity_value(r1)
        upper = quantity_value(r2)
        if lower is None or upper is None:
            return None
        return _scaled_like(r1, lower[0], r2, upper[1]), upper[1], Qualifier.RANGE, False
    assert a is not None  # the pattern matches a figure when it matches no range
    first = quantity_value(a)
    if first is None:
        return None
    if b is not None:
        second = quantity_value(b)
        if second is None or second[1] <= first[0]:
            return None  # "3-2" is a score, not a range
        return _scaled_like(a, first[0], b, second[1]), second[1], Qualifier.RANGE, False
    low, high, base_qualifier = first
    vague = base_qualifier is Qualifier.VAGUE
    after = (
        POST_QUALIFIERS[_SPACE_RE.sub(" ", post.replace("-", " ")).strip().casefold()]
        if post
        else None
    )
    bounded_below = after in _LOWER_BOUNDS
    # (an upper bound before the figure keeps its reading over a lower bound after it:
    # "up to 186,000 or even more deaths" gives no lower bound)
    if after is not None and not (bounded_below and pre in _UPPER_BOUNDS):
        return (low, None, after, vague) if bounded_below else (low, high, after, vague)
    if pre is None:
        return low, high, base_qualifier, vague
    if pre in _LOWER_BOUNDS:
        return low, None, pre, vague
    if pre in _UPPER_BOUNDS:
        return None, high, pre, vague
    return low, high, pre, vague


#: Cheap scans for where a figure may be: a digit run (`\d[\d,.]*`), or a number word
#: at a word start.  The full pattern is then tried only in a small window around each
#: anchor, which is several times faster than running it at every position of the text.
_ANCHOR_WORDS = [
    *_UNIT_WORDS,
    *_TEN_WORDS,
    *("dozen", "dozens", "scores", "hundred", "hundreds", "thousand", "thousands"),
    *("million", "millions", "tens", "several", "quarter"),
]
_ANCHOR_WORD_ALTERNATION = terms_pattern(_ANCHOR_WORDS) + r"(?![\w-])"
_WORD_ANCHOR_RE = re.compile(terms_pattern(_ANCHOR_WORDS, word_start=True) + r"(?![\w-])")
#: The scans run on a marked copy of the text (same offsets, `_marked_anchor_text`) in
#: which every digit is "0" and every separator but "," and "." is a space; a word is
#: found with the separator before it (no letter, digit or hyphen), which the match
#: includes.  The number words start with common letters (e, t, o, n, s …), so
#: `_WORD_ANCHOR_RE` tests its word-start look-behind at about half of all positions,
#: while each scan below starts with one literal character, which the regex engine
#: finds far faster than it tests a character set at every position.  A separator stays
#: one for the look-ahead after a word, and "," and "." stay themselves because digit
#: runs hold them; words after them have a scan each (both are rarer than spaces).  The
#: copy is bytes: `bytes.translate` with a 256-byte table marks a text several times
#: faster than `str.translate` with a mapping, and the scans find the same offsets in
#: bytes.
_ASCII_SEPARATORS = "".join(
    char for char in map(chr, range(128)) if not (char.isalnum() or char in "_-,.")
).encode("ascii")
_ANCHOR_MARKS = bytes.maketrans(
    b"123456789" + _ASCII_SEPARATORS, b"0" * 9 + b" " * len(_ASCII_SEPARATORS)
)
_MARKED_DIGIT_ANCHOR_RE = re.compile(rb"0[0,.]*")
_MARKED_WORD_ANCHOR_RES = tuple(
    re.compile(re.escape(separator) + _ANCHOR_WORD_ALTERNATION.encode("ascii"))
    for separator in (b" ", b",", b".")
)
#: What `encode("ascii", "replace")` makes of each character that is not ASCII (a
#: separator): `_marked_anchor_text` then marks the few that are word characters.
_REPLACED = ord("?")
#: The marks of a digit and of a word character that no anchor begins with.
_DIGIT_MARK = ord("0")
_OTHER_LETTER_MARK = ord("x")
#: A ten and a unit joined by a hyphen ("sixty-two", "Thirty-two"): the word scans above
#: find no number word next to a hyphen (so "two-year-old" is no anchor), which left
#: these out.  The "ty-" they hold is a cheap test before the scan.
_HYPHENATED_TENS_RE = re.compile(
    rf"(?<![\w-])(?:{'|'.join(_TEN_WORDS)})-(?:{'|'.join(_UNIT_WORDS[:9])})(?![\w-])"
)
#: "half-dozen", which the word scans miss for the same reason.
_HALF_DOZEN_RE = re.compile(r"(?<![\w-])half-dozen(?![\w-])")
_WORDS_BACK = 4  # "another" + the longest qualifier ("in excess of", "a maximum of")
_LOOKAHEAD = 80
#: First words of qualifiers and vague quantities, "another", "an" and "between": a cheap
#: test before a full match.
_QUALIFIER_START = Caseless(
    terms_pattern(
        {q.split()[0] for q in PRE_QUALIFIERS}
        | {q.split()[0] for q in VAGUE_QUANTITIES}
        | {term.split()[0] for term in _ANOTHER}
        | {"an", "between"}
    )
    + r"\b"
)
#: The same words where they start a word, with the whitespace (or the opening quote
#: mark or bracket: "eliminated ‘up to eight terrorists’", "battalions (roughly 1,000 men
#: each)") before them: the starts that `figure_at` tries.  Most windows hold an "a" or
#: "an" inside some word, so this
#: stricter scan leaves far fewer starts to check than the bare words.  A pattern that
#: starts with `\s` lets the regex engine skip ahead by a character-set test; one that
#: starts with the look-behind `(?<!\S)` makes it try the whole pattern everywhere.
_QUALIFIER_WORD = Caseless(r"[\s‘“'\"(\[]" + _QUALIFIER_START.lowercase.pattern)
#: Where a figure match can begin: its own opening look-behind, then one of the phrases
#: its first element starts with ("another", a qualifier, "between", a digit, a number
#: word or a vague quantity).  Trying the figure pattern only there finds the same
#: leftmost match as a search, without running the big pattern at every word.
_FIGURE_START = Caseless(
    r"(?<![\w$£€/+-])(?:\d|"
    + terms_pattern(
        [
            *_ANOTHER,
            "between",
            *PRE_QUALIFIERS,
            *VAGUE_QUANTITIES,
            *_UNIT_WORDS,
            *_TEN_WORDS,
        ]
    )
    + ")"
)


def find_figures(text: str, start: int = 0, end: int | None = None) -> list[Figure]:
    """All parseable figures in text[start:end], in order."""
    return figures_in(text, lower_for_caseless(text), start, end)


def figures_in(
    text: str, lowered: str | None, start: int = 0, end: int | None = None
) -> list[Figure]:
    """`find_figures` with `lowered` = `lower_for_caseless(text)` given: the detector
    lower-cases the whole article once for both the figures and its own scans (for a
    text that is not ASCII that is a scan of every character and a copy)."""
    end = len(text) if end is None else end
    scanner = _FigureScanner(text, lowered)
    found: list[Figure] = []
    position = start
    for anchor_start, anchor_end in _anchors(scanner.lowered or ascii_lower(text), start, end):
        if anchor_start < position or _clock_time(text, anchor_start, anchor_end):
            continue
        match = scanner.figure_at(anchor_start, anchor_end, position, end)
        if match is None:
            continue
        figure = parse_figure(match)
        if (
            match.group("b") is not None
            and (figure is None or text.endswith(" by ", 0, match.start()))
            and _falling_to(match)
        ):
            # "will drop from 102,000 to 82,000", "cutting the number of regular soldiers
            # by 20,000 to 82,000": a change between two figures, or a change and where
            # it ends, not a range; the first stands alone and the scan goes on to the
            # second.
            first = scanner.figure.match(scanner.scanned, match.start(), match.end("a"))
            if first is None:
                continue
            match, figure = first, parse_figure(first)
        position = match.end()
        if figure is not None:
            found.append(figure)
    return found


def _clock_time(text: str, start: int, end: int) -> bool:
    """Whether the digits at text[start:end] are the hours or the minutes of a time, or
    a side of a ratio or a score ("as of 10 November at 14:00", "12:00pm", "3:1"):
    digits joined to more digits by a colon count nothing."""
    return (text.startswith(":", end) and text[end + 1 : end + 2].isdigit()) or (
        start > 1 and text[start - 1] == ":" and text[start - 2].isdigit()
    )


def _falling_to(match: re.Match[str]) -> bool:
    """Whether a figure's two ends are joined by the word "to" or "or" (not a dash, as
    in the score "3-2"): "six or seven bodies" is a range, "3 or 2" is no range, so its
    first number stands alone."""
    return match.string[match.end("a") : match.start("b")].strip() in _RANGE_WORDS


#: The words that join the two ends of a range written out (`_falling_to`).
_RANGE_WORDS = frozenset(("to", "or"))


def _anchors(lowered: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of digit runs and number words in lowered[start:end], in order.  Neither
    kind can begin inside the other, and a word is found once (at `start`, or after the
    one separator before it), so sorting the scans' spans together gives exactly what
    one scan for either would."""
    # A word at `start` has its separator (if any) before the scanned range.
    first = _WORD_ANCHOR_RE.match(lowered, start, end)
    words = [first.span()] if first is not None else []
    marked = _marked_anchor_text(lowered)
    digits = [m.span() for m in _MARKED_DIGIT_ANCHOR_RE.finditer(marked, start, end)]
    for after_mark in _MARKED_WORD_ANCHOR_RES:
        words += [(m.start() + 1, m.end()) for m in after_mark.finditer(marked, start, end)]
    if lowered.find("ty-", start, end) >= 0:
        words += [m.span() for m in _HYPHENATED_TENS_RE.finditer(lowered, start, end)]
    if lowered.find("-dozen", start, end) >= 0:
        words += [m.span() for m in _HALF_DOZEN_RE.finditer(lowered, start, end)]
    return sorted(digits + words) if words else digits


def _marked_anchor_text(lowered: str) -> bytes:
    """`lowered` one byte a character, marked for the anchor scans (`_ANCHOR_MARKS`).

    A character that is not ASCII (curly quotes, dashes, accented names) becomes a digit
    mark when `\\d` takes it, a letter mark when `\\w` does (`str.isalnum`), else a
    separator: the byte scans then find what the same scans on the text itself would.
    Such a text was scanned as str, with a separator class tried at every character,
    which took twice as long as marking it and scanning the bytes.  The characters that
    are not ASCII are found at the "?" the encoding puts for each (a `find` runs at
    memchr speed; "?" itself is no word character): a pattern for them tested every
    character of the text, which cost half as much again as marking an ASCII text."""
    if lowered.isascii():
        return lowered.encode("ascii").translate(_ANCHOR_MARKS)
    encoded = lowered.encode("ascii", "replace")
    marked = bytearray(encoded.translate(_ANCHOR_MARKS))
    at = encoded.find(_REPLACED)
    while at >= 0:
        char = lowered[at]
        if char.isalnum():
            marked[at] = _DIGIT_MARK if char.isdecimal() else _OTHER_LETTER_MARK
        at = encoded.find(_REPLACED, at + 1)
    return bytes(marked)


class _FigureScanner:
    """The figure patterns of one text, each picked once: the case-sensitive form on
    the lower-cased text, or (for the rare text that needs it) the IGNORECASE form."""

    __slots__ = (
        "figure",
        "figure_start",
        "lowered",
        "qualifier_start",
        "qualifier_word",
        "scanned",
    )

    def __init__(self, text: str, lowered: str | None) -> None:
        """`lowered`: `lower_for_caseless(text)`."""
        self.lowered = lowered
        self.figure, self.scanned = _FIGURE.on(text, self.lowered)
        self.qualifier_start = _QUALIFIER_START.on(text, self.lowered)[0]
        self.qualifier_word = _QUALIFIER_WORD.on(text, self.lowered)[0]
        self.figure_start = _FIGURE_START.on(text, self.lowered)[0]

    def figure_at(
        self, anchor_start: int, anchor_end: int, position: int, end: int
    ) -> re.Match[str] | None:
        """The figure covering an anchor, trying the few word starts before it (where a
        qualifier may begin), farthest first; else the first figure after the anchor."""
        scanned = self.scanned
        low = max(position, anchor_start - 40)
        window_end = min(end, anchor_end + _LOOKAHEAD)
        for begin in self._qualifier_starts(low, anchor_start):
            if scanned.find("\n", begin, anchor_start) >= 0 and BLANK_LINE.search(
                scanned, begin, anchor_start
            ):
                # "Story continues below\n\nOne officer was wounded": a paragraph
                # before the anchor ends there, and no qualifier of it reaches the figure
                continue
            match = self.figure.match(scanned, begin, window_end)
            if match is not None and match.end() > anchor_start:
                return match
        match = self.figure.match(scanned, anchor_start, window_end)
        if match is not None:
            return match  # a figure is never empty, so it covers the anchor
        # A search from the anchor would first try the anchor again.
        later = self._search(anchor_start + 1, window_end)
        if later is not None and window_end < end:
            # A figure after the anchor may run past the window, which would read
            # "1,500" as "1": match it again against the whole text.
            return self.figure.match(scanned, later.start(), end)
        return later

    def _qualifier_starts(self, low: int, anchor_start: int) -> list[int]:
        """Of the last `_WORDS_BACK` word starts in scanned[low:anchor_start] (the
        starts of its runs of non-space), those where a qualifier word begins, in order.

        The window is first cut after the word before those last words, found by one
        `rsplit`: the scans then cover half the window, and the start `low` (nearly
        always a word too far back) needs no pattern.  Words hold no space, so a
        qualifier word found from the cut is one found from `low`, and no word start
        hides inside a found word.  A start after whitespace is found with that
        whitespace, so the scan begins one character before the cut; `low` itself
        counts as a start even inside a word (or at the text's start), and is checked
        on its own.  A qualifier word before the anchor ends at or before it; the
        look-ahead of its closing \\b needs the anchor's first character in range."""
        scanned = self.scanned
        words = scanned[low:anchor_start].rsplit(None, _WORDS_BACK)
        # With more words than that, the first part is the window up to the end of the
        # word before the last ones (`rsplit` keeps its own whitespace): starts in it are
        # too far back.
        cut = low + len(words[0]) if len(words) > _WORDS_BACK else low
        # Most windows hold no qualifier word: one search says so without the iterator.
        first = self.qualifier_word.search(scanned, max(cut - 1, 0), anchor_start + 1)
        starts = []
        if first is not None and first.start() + 1 < anchor_start:
            starts.append(first.start() + 1)
            starts += [
                m.start() + 1
                for m in self.qualifier_word.finditer(scanned, first.end(), anchor_start + 1)
                if m.start() + 1 < anchor_start
            ]
        if (
            cut == low
            and low < anchor_start
            and not scanned[low].isspace()
            and (low == 0 or not scanned[low - 1].isspace())
            and self.qualifier_start.match(scanned, low)
        ):
            starts.insert(0, low)
        # Each start is a qualifier word's (a found word matches `qualifier_start` too)
        # among the last words.
        return starts

    def _search(self, start: int, end: int) -> re.Match[str] | None:
        """The figure pattern's `search(text, start, end)`, tried only where
        `_FIGURE_START` says a figure can begin."""
        scanned = self.scanned
        while (candidate := self.figure_start.search(scanned, start, end)) is not None:
            match = self.figure.match(scanned, candidate.start(), end)
            if match is not None:
                return match
            start = candidate.start() + 1
        return None
