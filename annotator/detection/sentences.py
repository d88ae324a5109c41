"""Sentence segmentation for messy scraped news text (guideline §5).

Offsets are never changed: the text is not normalised, sentences are (start, end) spans
into it.  What the segmenter copes with, and why:

* Hard line wraps (Reuters) stay inside a sentence; a newline followed by indentation or
  a blank line is a paragraph break.  Texts whose lines are long (one sentence per line,
  PTC; blank-line paragraphs, AFP) treat every newline as a break.
* Glued sentences ("terrorism.In other words") split; abbreviations ("Gov.Andrew",
  "p.m.", "U.S.", initials "J. Peter") do not.
* A closing quote after the period belongs to the sentence; inside a closed quotation a
  ". " does not split, so a quoted passage stays one quotation unit.
* Datelines ("GENEVA (AFP): ", "N'DJAMENA, March 25 - "), dates glued in front of
  FA-KES articles, wiki headings ("==Reactions=="), "AD" markers, photo credits
  ("(AFP)"), URLs and Wikipedia bullet glue are excluded from sentence spans.
"""

import re
import string
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from operator import itemgetter

from annotator.detection.capitals import place_names
from annotator.detection.front_matter import front_matter
from annotator.detection.numbers import COUNT_WORDS
from annotator.detection.patterns import (
    CALENDAR_WORDS,
    CAPITALISED_MONTH,
    LOWER_THEN_CAPITAL,
    holds_any,
    in_title_case,
    letter_cases,
    opens_a_block,
)

#: A sentence end inside a quotation ("… will not change. ").
_SENTENCE_STOP_INSIDE = re.compile(r"[.!?][”’]?\s")
_OPEN_QUOTES = '“"‘\x95'
#: The same with the straight single mark, which may also be an apostrophe.
_OPEN_QUOTES_OR_SINGLE = _OPEN_QUOTES + "'"
_SENTENCE_END = '.!?:;"”’)…'
#: Marks that close a quotation (the straight single one is also an apostrophe).
CLOSING_QUOTES = "\"”’'"

_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?"
#: Dates and publication furniture glued in front of an article (FA-KES).
_DATE_PREFIX_RE = re.compile(
    rf"""(?:(?:Date\s+of\s+publication|Published(?:\s+on)?|Last\s+updated(?:\s+(?:at|on))?
           |Updated(?:\s+(?:at|on))?|Posted(?:\s+on)?)\s*:?\s*)?
        (?:{_WEEKDAY},?\s+)?
        (?:(?:\d{{1,2}}\s+{CAPITALISED_MONTH}
             |{CAPITALISED_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?),?\s*\d{{4}}
           |{CAPITALISED_MONTH}\s+\d{{5,6}}|{CAPITALISED_MONTH}\s+\d{{4}}
           |\d{{1,2}}([.-])\d{{1,2}}\1\d{{4}})  # "26.11.2014", "21-05-2016"
        (?:\s+\d{{1,2}}:\d{{2}}(?:\s*[AP]M)?|\s+at\s+\d{{3,4}})?  # "14:47", "at 0914"
        # Sputnik's "(updated 2340 23.10.2017) Get short URL 548"
        (?:\s*\(updated\s+[\d:.\s]+\))?(?:\s*Get\s+short\s+URL(?:\s+\d+)?)?
        (?:\s+(?:Video|Photos?)(?=\s+[A-Z]))?  # a page's media label
        \s+(?=\S)
        (?:by\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?=\S))?  # "Posted on … by Youssef Diab"
        """,
    re.VERBOSE,
)
#: Capital letters in a dateline's place name, accented ones included ("BOGOTÁ").
_PLACE_CAPITAL = "A-ZÀ-ÖØ-Þ"
#: The date an outlet's bracket in a dateline may hold after the outlet's name ("(CNN
#: PHILIPPINES, JUNE 21)", "(Reuters, 24 February)", "(…, JUNE 21, 2019)", "(Xinhua,
#: 2019-06-21)").
_BRACKET_DATE = (
    r"(?:,\s*(?:[A-Za-z]{3,9}\.?\s+\d{1,2}|\d{1,2}\s+[A-Za-z]{3,9}\.?)(?:,?\s+\d{4})?"
    r"|,\s*\d{4}-\d\d-\d\d)"
)
#: Wire datelines at the start of a paragraph; a story filed from two places names
#: both ("BEIRUT/AMMAN (Reuters) - ").
_DATELINE_RE = re.compile(
    rf"""[A-Z][{_PLACE_CAPITAL}'’.\-]+(?:\s[{_PLACE_CAPITAL}][{_PLACE_CAPITAL}'’.\-]+){{0,3}}
        (?:/[{_PLACE_CAPITAL}][{_PLACE_CAPITAL}'’.\-]+(?:\s[{_PLACE_CAPITAL}][{_PLACE_CAPITAL}'’.\-]+){{0,3}})*
        (?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?
        (?:,\s*(?:{CAPITALISED_MONTH}|[A-Z]{{3,9}})\.?\s+\d{{1,2}})?
        \s*(?:\([A-Za-z. ]{{1,25}}{_BRACKET_DATE}?\)  # "(CNN, JUNE 21)"
        |\({CAPITALISED_MONTH}\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?\))?  # "(Nov. 13, 2010)"
        (?:\s*(?:--?(?![A-Za-z])|–|—|:)\s*  # "U.S.-led", "ANTI-SHIP" are no dateline
        |\x20\x20(?=[A-Z]))  # a dash lost in scraping leaves two spaces ("PRAGUE  The")
        """,
    re.VERBOSE,
)
#: A dateline in title case with its outlet in brackets, an outlet's own house style
#: ("London, (The Muslim News): On Thursday alone, …", "Lagos (PRNigeria) - …"), perhaps
#: with the day before the bracket ("Pyongyang, July 8 (KCNA) -- …", "Pyongyang, 8 July
#: (KCNA) -- …").
_TITLED_DATELINE_RE = re.compile(
    rf"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}},?\s*"
    rf"(?:{CAPITALISED_MONTH}\.?\s+\d{{1,2}}\s*|\d{{1,2}}\s+{CAPITALISED_MONTH}\.?\s*)?"
    r"\([A-Z][\w.&' ]{1,30}\)\s*(?::|--?|–|—)\s+"
)
#: A dateline in title case with no outlet, a place and its state or country before a
#: spaced dash, opening the body ("Washington, D.C. - U.S. Senator …", "Kabul,
#: Afghanistan – The …"): a press release's or a small outlet's.  The state after a comma
#: tells it from a headline's "Ukraine - Russia talks".
_TITLED_PLACE_DATELINE_RE = re.compile(
    r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2},\s*(?P<state>[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)"
    r"\s+(?:--?|–|—)\s+(?=[A-Z])"
)
#: How far into a sentence that dateline's bracket may open.
_TITLED_DATELINE_REACH = 30
#: A wire dateline whose agency and dash were stripped, at the start of the body ("BEIRUT
#: At least 70 fighters have been killed …", "TRIPOLI Forces aligned with …"): a place
#: in capitals, of one or two words or followed by its country ("HASSAN SHAMI, Iraq"),
#: before a sentence's first word, "A"/"An" or a figure (not before "U.S." in a headline
#: in capitals: "IRAN WARNS U.S. AGAINST …"); a story filed from two places names both
#: ("BAKU/YEREVAN A new wave …", "DIYARBAKIR/ISTANBUL, Turkey Eight …").
_BARE_DATELINE_RE = re.compile(
    r"(?:[A-Z]{4,}(?: [A-Z]{3,})?(?:/[A-Z]{3,}(?: [A-Z]{3,})?)*"
    r"|[A-Z]{3,}(?: [A-Z]{3,})*(?:/[A-Z]{3,}(?: [A-Z]{3,})*)*, [A-Z][a-z]+(?:/[A-Z]{3,})?) "
    # a figure opens the body ("KABUL 12 NATO soldiers were …"), not a headline in
    # capitals that goes on in capitals ("BLAST KILLS 4 IN KABUL", "GUNMEN KILL 7 POLICEMEN")
    r"(?=[A-Z][a-z]|An? [A-Z]?[a-z]|[A-Z]\.[A-Z]\. [a-z]|\d(?![\d,.]* [A-Z]{2,}\b(?! [a-z])))"
)
#: Names in capitals that open a sentence as its subject, not as a dateline ("NATO
#: Secretary-General Jens Stoltenberg said …").
_OPENING_ACRONYMS = frozenset(
    [
        "NATO",
        "ISIS",
        "ISIL",
        "DAESH",
        "OSCE",
        "UNICEF",
        "UNHCR",
        "UNESCO",
        "IAEA",
        "OPEC",
        "NASA",
        "AMISOM",
        "MINUSMA",
        "MONUSCO",
        "ECOWAS",
        "ASEAN",
        "CENTCOM",
        "AFRICOM",
        "SANA",
        "IRNA",
        "KCNA",
        "TASS",
    ]
)
_AD_MARKER_RE = re.compile(
    r"(?:AD)+(?=[“\"‘\x95]|[A-Z][a-z])"
    # … or the word a web page's ad slot leaves, before a quotation or a word that opens
    # sentences ("Advertisement The army said …"; not "Advertisement Standards Authority")
    r"|(?:Advertisement|ADVERTISEMENT)\s*(?=[“\"‘\x95]|(?:The|A|An|It|He|She|They|We|In|On"
    r"|At|But|And|As|After|This|That|His|Her|Their|Our)\s)"
)
#: Candidate sentence ends and junk that separates sentences: a run of stops and the
#: closing marks after it (group "close"), a colon before a capital or a quote, or junk
#: (a wiki heading, a photo credit, a URL, a wiki bullet, Yonhap's note to editors
#: "(ATTN: ADDS details in last 3 paras)" between a headline and its byline).  Every
#: match starts with the character class in front, and the alternatives are told apart
#: by that character (a look-behind at it): so the regex engine skips ahead to those
#: characters, where alternatives that started with groups made it try the whole
#: pattern at every position.  A URL begins with "h" or "w", common letters: a block
#: without "http" or "www" is scanned by `_BOUNDARY_NO_URL_RE`, which finds the same
#: matches there without stopping at each "h" and "w".
_BOUNDARY_ALTERNATIVES = r"""
      (?<=[.!?…])[.!?…]*(?P<close>[”"’'\)\]]*)
     |(?<=:)(?=[A-Z“"])
     |(?<==)=+[^=\n]{0,80}?==+
     |(?<=\()(?:AFP|AP|Reuters|Yonhap|Getty\ Images|File|[^()\n]{0,40}Agencies)\)
     |(?<=\()ATTN:[^()\n]{0,120}\)
     |(?<=\*)"""
_BOUNDARY_RE = re.compile(
    rf"""[.!?…:=(*hw](?:{_BOUNDARY_ALTERNATIVES}
     |(?<=h)ttps?(?<![\w-][hw])(?<![\w-]ww)(?<![\w-]htt)(?<![\w-]http)\S+
     |(?<=w)ww(?<![\w-][hw])(?<![\w-]ww)(?<![\w-]htt)(?<![\w-]http)\S+)""",
    re.VERBOSE,
)
_BOUNDARY_NO_URL_RE = re.compile(rf"[.!?…:=(*](?:{_BOUNDARY_ALTERNATIVES})", re.VERBOSE)
#: `_BOUNDARY_RE` for a block whose only boundary character is the period: the pattern
#: then starts with a literal, which the regex engine finds several times faster than
#: a character of a class.
_BOUNDARY_PERIOD_RE = re.compile(r"""\.[.!?…]*(?P<close>[”"’'\)\]]*)""")
#: The characters besides "." that start a `_BOUNDARY_NO_URL_RE` match.
_BOUNDARY_STARTERS = "!?…:=(*"
#: The characters that start a `_BOUNDARY_RE` match of a sentence end.
_STOPS = ".!?…"
#: Words glued across a lost line break ("US BombZabiullah", "campaignersMr Conway",
#: "DenialsIn later years", a dateline "in AfghanistanKANDAHAR, Afghanistan");
#: only looked for in long pieces, where such junk runs into a sentence.  The match is
#: the capital that starts the glued word (it begins with a character class, which the
#: regex engine skips to).
_CAMEL_RE = re.compile(
    r"[A-Z](?<=[a-z][A-Z])(?=[a-z]{3}|[a-z]{1,2}\s[A-Za-z]|(?:r|rs|s)\.?\s[A-Z]|[A-Z]{2,},\s"
    # "… to SurvivorsBOSTON — Moments before …": a dateline's dash after the glue
    r"|[A-Z]{2,}\s?[—–])"
)
_CAMEL_MIN_PIECE = 100
_NO_LETTER = re.compile(r"[^A-Za-z\u00c0-\uffff]*")
#: Abbreviated titles, which a name always follows (a line that ends in one goes on to
#: the name: `_wraps_before_a_word`).
PERSONAL_TITLES = frozenset(
    (
        *("mr", "mrs", "ms", "dr", "gov", "sen", "rep", "gen", "lt", "col", "maj", "capt"),
        *("sgt", "adm", "cmdr", "cdr", "brig", "lieut", "pvt", "prof", "rev"),
    )
)
#: Words whose period ends no sentence: the titles, and other abbreviations.
_ABBREVIATIONS = PERSONAL_TITLES | frozenset(
    (
        *("cpl", "st", "mt", "ft", "jr", "sr", "no", "nos", "vol", "inc", "corp", "ltd", "co"),
        *("vs", "etc", "jan", "feb", "aug", "sep", "sept", "oct", "nov", "dec", "approx"),
        *("est", "dept", "univ", "fig", "ave", "blvd", "rd", "pres", "gov't", "cf", "al"),
    )
)
_CAMEL_WORDS = frozenset(
    [
        "youtube",
        "whatsapp",
        "paypal",
        "linkedin",
        "facetime",
        "tiktok",
        "javascript",
        "powerpoint",
        "playstation",
        "iphone",
        "ipad",
        "macbook",
        "mcdonald",
        "mcdonalds",
        "wikileaks",
    ]
)
_CAMEL_PREFIXES = ("mc", "mac", "de", "di", "da", "la", "le", "van", "von", "o")
_STRONG_STARTERS = frozenset(
    [
        "the",
        "a",
        "an",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "in",
        "on",
        "but",
        "this",
        "these",
        "those",
        "there",
        "his",
        "her",
        "their",
        "its",
        "our",
        "meanwhile",
        "however",
    ]
)
_STARTER_RE = re.compile(r"[A-Za-z]+")
_LETTERS_AND_PERIOD = string.ascii_letters + "."


class Sentence:
    """A sentence span, the paragraph ("block") it belongs to, and its position.

    A plain class with its own `__init__`, not a dataclass: an article has hundreds, and
    the compiled detector (setup.py) builds a plain class natively while a dataclass's
    generated `__init__` still runs as Python.  Nothing changes a sentence once built."""

    __slots__ = ("block", "end", "index", "start")

    def __init__(self, start: int, end: int, block: int, index: int) -> None:
        self.start = start
        self.end = end
        self.block = block
        self.index = index


@dataclass(frozen=True, slots=True)
class Segmentation:
    """Sentences of a text plus its closed quotations and all opening quote marks."""

    sentences: tuple[Sentence, ...]
    #: Closed quotations as (start of opening mark, end after closing mark).
    quotes: tuple[tuple[int, int], ...]
    #: Offsets of every opening quote mark, closed or not (U+0095 counts as one).
    openers: frozenset[int]


def segment(text: str) -> Segmentation:
    """Split text into sentences, excluding datelines and glued furniture."""
    sentences: list[Sentence] = []
    quotes: list[tuple[int, int]] = []
    openers: set[int] = set()
    blocks, paragraphs = _blocks(text)
    marks = (
        [match.start() for match in _QUOTE_MARK_RE.finditer(text)]
        if "''" in text
        else _offsets(text, _QUOTE_MARKS)
    )
    if '"s' in text:
        marks = [pos for pos in marks if not _possessive_mark(text, pos)]
    singles = _offsets(text, _SINGLE_MARKS) if "‘" in text or "'" in text else []
    front = front_matter(text)
    if front.end:
        # Of a blog post's front matter only its text values are text, each paragraph a
        # block; the quote marks around them are YAML's, not a quotation.
        values = list(front.paragraphs)
        blocks = values + [(max(s, front.end), e) for s, e in blocks if e > front.end]
        paragraphs = values + [(max(s, front.end), e) for s, e in paragraphs if e > front.end]
        marks = [mark for mark in marks if mark >= front.end or _covered_by(values, mark)]
        singles = [mark for mark in singles if mark >= front.end or _covered_by(values, mark)]
    if marks or singles:
        for pstart, pend in paragraphs:
            first, last = bisect_left(marks, pstart), bisect_left(marks, pend)
            paragraph_quotes: list[tuple[int, int]] = []
            if first < last:
                paragraph_quotes, paragraph_openers = _quotations(text, marks[first:last])
                quotes.extend(paragraph_quotes)
                openers.update(paragraph_openers)
            first, last = bisect_left(singles, pstart), bisect_left(singles, pend)
            if first < last:
                single_quotes, single_openers = _single_quotations(
                    text, singles[first:last], paragraph_quotes
                )
                quotes.extend(single_quotes)
                openers.update(single_openers)
    quotes.sort()
    closers = {b - 1 for _, b in quotes}
    # One scan of the text rules out glued words in every piece of most articles (a
    # glue point in a piece is one in the text), sparing a scan per piece.  A glue point
    # is a lower-case letter before a capital, which a search of the letters' cases
    # rules out faster.
    glued = (
        LOWER_THEN_CAPITAL.search(letter_cases(text)) is not None
        and _CAMEL_RE.search(text) is not None
    )
    glued_openers = _has_glued_opener(text)
    # What boundary characters the text holds, so that blocks are not searched for the
    # others (see `_boundaries`).
    urls = "http" in text or "www" in text
    credits = "image c" in text or "media c" in text  # a scraped page's picture credits
    starters = "".join(char for char in _BOUNDARY_STARTERS if char in text)
    # A sentence end of a block lies inside a quotation only if it overlaps the block:
    # `inside` holds the quotations that begin before the block's end and end after its
    # start.  Blocks come in text order, so a quotation that ended before one block's
    # start is dropped for good, and each block adds those beginning before its end.
    inside: list[tuple[int, int]] = []
    next_quote = 0
    for block_index, (bstart, bend) in enumerate(blocks):
        while next_quote < len(quotes) and quotes[next_quote][0] < bend:
            inside.append(quotes[next_quote])
            next_quote += 1
        inside = [(a, b) for a, b in inside if bstart < b]
        spans = _split_block(
            text, bstart, bend, inside, closers, block_index, glued, urls, starters, credits
        )
        if glued_openers:
            spans = _split_at_glued_openers(text, spans)
        if bend - bstart > _RUN_ON_BLOCK:
            spans = _split_at_glued_headings(text, spans)
        if not sentences and spans:
            spans[0] = (spans[0][0], _page_title_end(text, *spans[0]))
        for start, end in spans:
            sentences.append(Sentence(start, end, block_index, len(sentences)))
    return Segmentation(tuple(sentences), tuple(quotes), frozenset(openers))


#: A blank line, or a line indented as a wire paragraph is; a space before a lower-case
#: letter is a wrap that put the space after the break ("He\n said: …").
_PARAGRAPH_BREAK_RE = re.compile(r"\n[ \t]*\n|\n(?=[ \t](?![a-z]))")
#: A quote mark: a curly or straight double quote, U+0095, or a typewriter close ('').
#: Written as one character class (the second "'" of '' checked after it) so the regex
#: engine can skip to candidate characters; `''|[…]` made it try every position.
_QUOTE_MARK_RE = re.compile("[“”\"\x95'](?:(?<=')'|(?<!'))")
#: The characters `_QUOTE_MARK_RE` finds in a text without '', where they are found
#: faster by `_offsets`.
_QUOTE_MARKS = '“”"\x95'
#: A single quote mark, curly or straight: an apostrophe too, told apart by
#: `_single_quotations`.
_SINGLE_MARKS = "‘’'"


def _possessive_mark(text: str, pos: int) -> bool:
    """Whether the straight double quote at `pos` stands for a lost apostrophe of a
    possessive ("Ukraine"s military", "the force"s capacity"): between a letter and an
    "s" that ends the word, where no quotation opens or closes."""
    return (
        text[pos] == '"'
        and pos > 0
        and text[pos - 1].isalpha()
        and text[pos + 1 : pos + 2] == "s"
        and not text[pos + 2 : pos + 3].isalnum()
    )


def _offsets(text: str, chars: str) -> list[int]:
    """The offsets of the `chars` in `text`, in order.  A substring search per character
    (at memchr speed, and at once for a character wider than any in the text) costs
    less than a pattern's scan, which tests every character of the text."""
    return sorted(pos for char in chars for pos in _occurrences(text, char))


def _occurrences(text: str, sub: str, end: int | None = None) -> Iterator[int]:
    """The offsets where `sub` occurs in text[:end], found by `str.find` (a substring
    search runs at memchr speed, where a pattern tests every character)."""
    pos = text.find(sub, 0, end)
    while pos >= 0:
        yield pos
        pos = text.find(sub, pos + 1, end)


def body_start(text: str) -> int:
    """Where the text starts after a blog post's front matter (0 without one)."""
    return front_matter(text).end


def _covered_by(spans: list[tuple[int, int]], at: int) -> bool:
    """Whether one of the sorted, disjoint `spans` covers offset `at`, its start
    included (a quote mark that opens a front matter value is the value's; `_inside`
    asks for a position strictly inside a quotation)."""
    index = bisect_right(spans, at, key=itemgetter(0)) - 1
    return index >= 0 and at < spans[index][1]


#: A text none of whose lines after the first is longer than this is hard-wrapped.
_WRAPPED_WIDTH = 90
#: Narrower lines than this are a list or a poem, not prose wrapped to a width.
_NARROWEST_WRAP = 40
#: A wrapped text may hold this many longer lines, and one more in every
#: `_LINES_PER_UNWRAPPED` (a headline, a link, a table), which are no wrapped lines.
_UNWRAPPED_LINES = 2
_LINES_PER_UNWRAPPED = 20
#: A wrapped text's longest lines lie this close together; a line further beyond the
#: rest is no wrapped line.
_WIDTH_GAP = 4
#: A line wrapped by hand at a varying width is this close to the widest lines.
_SOFT_WRAP_SLACK = 16
#: A text with one line in this many indented sets its paragraphs apart so (in wire
#: copy a paragraph is a few lines; a stray indented line is a wrap or a caption).
_LINES_PER_INDENT = 8
#: What an indented line (a wire paragraph's or dateline's opening) starts with.
INDENTS = (" ", "\t")


def unwrapped(text: str) -> str:
    """`text` with each hard-wrap line break read as a space, same length and offsets
    (of a blog post's front matter, which no one wraps, only the breaks YAML folds in
    its text values, `front_matter.FrontMatter.folds`).

    A wire or e-mail text wraps its lines at a width ("… three days after it began a new
    thrust\nagainst Iraq …"), and a rule written for one line must read such a text as
    it reads the unwrapped one.  A break is a wrap where the next line's first word would
    not have fitted on the line (the wrapper had to break there); a shorter line ends
    where its writer ended it (a headline, a one-sentence-per-line text), and a blank
    line, an indented line or a list marker opens a paragraph.  The width is that of
    the longest lines (`_wrap_width`); a text with more than a few lines longer than
    `_WRAPPED_WIDTH` that a wrapper could have broken is not wrapped and comes back as
    it is.  A text wrapped by hand at a varying width has its paragraphs' nearly full
    lines run on too (`_full_paragraphs`, `_soft_wrap`)."""
    front = front_matter(text)
    return _as_spaces(text, [*front.folds, *_wraps(text, front.end)])


def _wraps(text: str, body: int) -> list[int]:
    """The hard-wrap line breaks of `text` from `body` on (`unwrapped`)."""
    lines = text[body:].split("\n")
    if len(lines) < 3:
        return []
    # (a line of one word, a link, tells nothing of the width)
    widths = sorted(len(line) for line in lines[1:] if len(line) <= _WRAPPED_WIDTH and " " in line)
    odd_lines = len(lines) // _LINES_PER_UNWRAPPED
    if not widths or sum(map(_breakable_long_line, lines[1:])) > _UNWRAPPED_LINES + odd_lines:
        return []
    width = _wrap_width(widths, odd_lines)
    if width < _NARROWEST_WRAP:
        return []
    # Where paragraphs open indented (wire copy), every other break inside one wraps it.
    indented = sum(line[:1] in INDENTS for line in lines) * _LINES_PER_INDENT >= len(lines)
    is_wrap = [_is_wrap(line, following, width, indented) for line, following in pairwise(lines)]
    if _full_paragraphs(lines, width):
        is_wrap = [
            wrap or _soft_wrap(line, following, width)
            for wrap, (line, following) in zip(is_wrap, pairwise(lines), strict=True)
        ]
    if not any(is_wrap):
        return []
    wraps = []
    pos = body
    for line, wrap in zip(lines[:-1], is_wrap, strict=True):
        pos += len(line)
        if wrap:
            wraps.append(pos)
        pos += 1
    return wraps


def _as_spaces(text: str, breaks: list[int]) -> str:
    """`text` with the line breaks at `breaks` read as spaces (`text` itself if none)."""
    if not breaks:
        return text
    chars = list(text)
    for pos in breaks:
        chars[pos] = " "
    return "".join(chars)


def _full_paragraphs(lines: list[str], width: int) -> bool:
    """Whether blank lines set the paragraphs apart and most lines inside them run
    nearly to the width: then the text was wrapped, though perhaps by hand at a varying
    width ("at about 80 columns", lines 72 to 84 long), where the width rule alone
    leaves some breaks inside a paragraph (without blank lines, a break between two
    full lines may end a paragraph or a caption)."""
    if lines.count("") < 2:
        return False
    inside = [
        _nearly_full(line, width) for line, following in pairwise(lines) if line and following
    ]
    return sum(inside) * 2 > len(inside)


def _soft_wrap(line: str, following: str, width: int) -> bool:
    """Whether the break after `line` wraps a text wrapped at a varying width: the
    line is nearly as wide as the widest and the next line either is too or goes on
    in lower case ('… flames like it,"\nshe said.'), with no list marker or number."""
    if not following or opens_a_block(following) or _heading_ends(line, following):
        return False
    return _nearly_full(line, width) and (_nearly_full(following, width) or following[0].islower())


def _nearly_full(line: str, width: int) -> bool:
    """Whether `line` is within `_SOFT_WRAP_SLACK` columns of the width, as a line
    wrapped by hand is."""
    return width - _SOFT_WRAP_SLACK <= len(line) <= width


def _breakable_long_line(line: str) -> bool:
    """Whether `line` is longer than a wrapped line and could have been wrapped: a
    link or path with no space in its first `_WRAPPED_WIDTH` characters ("](/news/2017/
    03/24/russian-special-envoy-….md)") is one no wrapper can break."""
    return len(line) > _WRAPPED_WIDTH and " " in line[:_WRAPPED_WIDTH]


def _wrap_width(widths: list[int], odd_lines: int) -> int:
    """The width a text was wrapped at, from its lines' sorted `widths`: the longest,
    unless up to `odd_lines` of the longest stand more than `_WIDTH_GAP` beyond the
    next (a date or link line longer than the wrapped ones)."""
    top = len(widths) - 1
    while (
        top > 0 and len(widths) - 1 - top < odd_lines and widths[top] - widths[top - 1] > _WIDTH_GAP
    ):
        top -= 1
    return widths[top]


def _is_wrap(line: str, following: str, width: int, indented: bool) -> bool:
    """Whether the break between `line` and `following` wraps a line `width` wide:
    both hold text, the next line opens with no indentation, list marker or number of a
    numbered list, and its
    first word would not have fitted after the line, or paragraphs are `indented` (a
    short line inside one is a wrap where the copy lost a few letters: "a okesman for
    Tehran's War\nInformation Headquarters"), or the line is one word too long for the
    width (a link the wrapper set on a line of its own and broke after)."""
    if not line or not following or line.isspace() or opens_a_block(following):
        return False
    if _heading_ends(line, following):
        return False  # a Markdown heading's line ends where its writer ended it
    if len(line) > width:
        return indented or " " not in line.rstrip()
    return indented or len(line) > width - 1 - len(following.split(" ", 1)[0])


def _blocks(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Blocks separated by hard line breaks, and the paragraphs quotations may span
    (in one-sentence-per-line texts a quotation runs over several lines)."""
    lines = text.split("\n")
    wrapped = len(lines) >= 3 and max(map(len, lines[1:])) <= _WRAPPED_WIDTH
    paragraphs = _split_lines(text, _PARAGRAPH_BREAK_RE)
    if wrapped:
        return paragraphs, paragraphs
    return _split_line_breaks(text), paragraphs


def _split_lines(text: str, breaks: re.Pattern[str]) -> list[tuple[int, int]]:
    """Spans between matches of `breaks`."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for match in breaks.finditer(text):
        brk, start_next = match.span()
        bounds.append((start, brk))
        start = start_next
    bounds.append((start, len(text)))
    return _not_blank(text, bounds)


def _split_line_breaks(text: str) -> list[tuple[int, int]]:
    """Spans between line breaks, in texts not hard-wrapped: a colon-ended line stays
    with the quote below it, and a line that stops mid-sentence before a lower-case or
    digit continuation is a stray wrap, not a break.  (The breaks are found by
    `str.find`, which costs less than a pattern's match per line.)"""
    bounds: list[tuple[int, int]] = []
    start = 0
    # Texts whose paragraphs are set apart by blank lines break a line only to wrap it.
    blank_lines = text.count("\n\n") >= 2
    brk = text.find("\n")
    while brk >= 0:
        after = brk + 1
        following = text[after : after + 1]
        if text[start : start + 1] == "#" and _heading_ends(text[start:brk], following):
            # "## Govt Must Act Wisely …: CPI(M) MLA Tarigami Slams … Attack\nOn Pahalgam
            # …": a Markdown heading's line ends where its writer ended it
            bounds.append((start, brk))
            start = after
            brk = text.find("\n", after)
            continue
        if (
            brk > start
            and following.isalnum()
            and (
                # "… adjusted its plans to cut\nU.S. troops to about 5,000": a paragraph
                # hard-wrapped among paragraphs set apart by blank lines
                (blank_lines and (text[brk - 1].islower() or text[brk - 1] == ","))
                # "… benefited from soaring military spending,\nBloomberg reported on
                # Feb. 27.": a comma ends no sentence, and the attribution after it goes
                # on it
                or (text[brk - 1] == "," and following.isupper())
            )
            # (a short line is a byline's or a dateline's: "KYIV, Ukraine,")
            and brk - text.rfind("\n", 0, brk) > _WRAPPED_LINE
        ):
            brk = text.find("\n", after)
            continue
        if (
            brk > start
            and text[brk - 1] == " "
            and not _markdown_hard_break(text, brk)
            and (
                following.isalnum()
                # "… expressed his \n'deep concern' about …": a quotation inside the wrap
                or (following in _OPEN_QUOTES_OR_SINGLE and text[after + 1 : after + 2].isalnum())
            )
            and _wraps_prose(text[start:brk].rstrip())
        ):
            # a soft wrap that kept its space ("Israeli prime minister Benjamin \nNetanyahu
            # raised …"): hard-wrapped paragraphs among long unwrapped lines
            brk = text.find("\n", after)
            continue
        if (
            brk > start
            and (
                (following == " " and text[after + 1 : after + 2].isalnum()) or following.isupper()
            )
            and _wraps_before_a_word(text, start, brk, following == " ")
        ):
            # "a top Defense\n Department spokesman", "… in 2016. The\nInternational
            # Committee …": a wrap inside a sentence, before a capital
            brk = text.find("\n", after)
            continue
        if following == "\n" and text[start:brk].rstrip().endswith(":"):
            # "… spokesperson James Elder said:\n\n“These children …": an introduction
            # keeps its quotation across a blank line too (guideline §4)
            opening = skip_space(text, after, len(text))
            if opening < len(text) and text[opening] in _OPEN_QUOTES:
                brk = text.find("\n", opening)
                continue
        if following == " " and text[after + 1 : after + 2].islower():
            following = text[after + 1]  # "He\n said: …": the wrap put the space after it
        if following and (following in _OPEN_QUOTES or following.islower() or following.isdigit()):
            line = text[start:brk].rstrip()
            if (
                (line.endswith(":") and following in _OPEN_QUOTES)
                or (
                    (following.islower() or following.isdigit())
                    and line
                    and (
                        line[-1] not in _SENTENCE_END
                        # "… as ‘getting an army on the cheap’ \nbecause …": a quotation
                        # closed without a stop inside it ends no sentence
                        or (line[-1] in CLOSING_QUOTES and line[-2:-1].isalnum())
                    )
                )
            ):
                # no break: a colon-ended introduction and its quote, or a stray wrap
                brk = text.find("\n", after)
                continue
        bounds.append((start, brk))
        start = after
        brk = text.find("\n", after)
    bounds.append((start, len(text)))
    return _not_blank(text, bounds)


def skip_space(text: str, start: int, end: int) -> int:
    """The first position in text[start:end] that holds no white space, or `end`: where
    a piece of text starts after the space before it (a sentence split at an inner
    stop, a quotation after blank lines)."""
    while start < end and text[start].isspace():
        start += 1
    return start


def end_before_space(text: str, start: int, end: int) -> int:
    """The position after the last character of text[start:end] that is no white space,
    or `start`: where a piece of text ends before the space after it (a post's words
    before its footer, a unit before the post it ran into); `skip_space`'s twin."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


#: A line at least this long that stops mid-sentence, in a text of blank-line paragraphs,
#: is wrapped (a headline or caption line stands between blank lines).
_WRAPPED_LINE = 45
#: Words no line of a headline or caption ends with: after one, a line break is a wrap.
_OPEN_ENDED_WORDS = frozenset(
    ("the", "a", "an", "of", "to", "in", "and", "for", "with", "on", "at", "by", "from", "that")
)


def _wraps_before_a_word(text: str, start: int, brk: int, spaced: bool) -> bool:
    """Whether the line text[start:brk] stops inside a sentence before a break that
    wraps it: one that put the space after it ("Defense\n Department"), after a word
    or comma, or one after a word no headline or caption ends with ("The\nInternational")."""
    if spaced:
        return _wraps_prose(text[brk - 1 : brk])
    word_start = max(text.rfind(" ", start, brk) + 1, start)
    word = text[word_start:brk]
    if word.casefold() in _OPEN_ENDED_WORDS or _lone_first_word(text, start, word_start, word):
        return True
    # "National Security Adviser H.R.\nMcMaster", "Gen.\nDempsey": a name goes on
    return word[-1:] == "." and (
        word[:-1].casefold() in PERSONAL_TITLES
        or _initials_of_a_name(word, text[start:word_start].rstrip())
    )


def _lone_first_word(text: str, start: int, word_start: int, word: str) -> bool:
    """Whether the line at `start` is one capitalised word opening a paragraph
    ("\n\nNorth\nKorea has made repeated threats …"): a wrap that broke a name, since
    a heading or caption has more words, a label is in capitals ("TOPSHOTS") and a
    menu item is no paragraph of its own."""
    return (
        word_start == start
        and word.isalpha()
        and word[:1].isupper()
        and word[1:].islower()
        and text.startswith("\n\n", start - 2)
    )


_INITIALS_RE = re.compile(r"(?:[A-Z]\.){1,3}")


def _initials_of_a_name(word: str, before: str) -> bool:
    """Whether a line's last word is a person's initials after a capitalised word (the
    line `before` it: "Adviser H.R."), not an acronym that may end a sentence after a
    lower-case one ("in the U.S.")."""
    if not _INITIALS_RE.fullmatch(word):
        return False
    previous = before[before.rfind(" ") + 1 :]
    return previous[:1].isupper() and previous.isalpha()


#: A Markdown heading's marks at a line's start ("## ", "###### "), one space before
#: its words (a wiki's numbered item, "#  Iraq War:. …", is wrapped as prose is).
_MARKDOWN_HEADING = re.compile(r"#{1,6} (?=\S)")


def _heading_ends(line: str, following: str) -> bool:
    """Whether `line` is a Markdown heading's ("## Govt Must Act Wisely …") that ends at
    its line break: unless a wrapper broke it, before a word in lower case or after a
    word no title ends with ("… attack on tourists in the\nmeadow near Pahalgam", "…
    Attack On\nPahalgam Tourists")."""
    if line[:1] != "#" or not _MARKDOWN_HEADING.match(line):
        return False  # (the cheap test first: most lines open with no "#")
    last = line.rstrip().rsplit(None, 1)[-1].casefold()
    return not (following[:1].islower() or last in _OPEN_ENDED_WORDS)


def _markdown_hard_break(text: str, brk: int) -> bool:
    """Whether the line break at `brk` ends a title line on purpose: a Markdown hard
    break (two spaces) after a line of capitalised words, before a capital ("Let's Make
    a Deal  \nCHAGOS ISLANDS/MAURITIUS  \nA contentious deal …").  Blanked markup leaves
    two spaces before a break too ("he told  \nTMD  \nof the plan"), but not after a
    title."""
    if not text.startswith("  ", brk - 2) or not text[brk + 1 : brk + 2].isupper():
        return False
    line = text[text.rfind("\n", 0, brk) + 1 : brk]
    return not line[:1].isspace() and in_title_case(line.split())


def _wraps_prose(line: str) -> bool:
    """Whether a line broken after a space stops inside a sentence: it ends in a word
    or a comma, not in a stop or in markup ("---", ">")."""
    last = line[-1:]
    return last.isalnum() or last == ","


def _not_blank(text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans that hold more than whitespace (one that starts with a non-space
    character is kept without copying it)."""
    return [
        (s, e) for s, e in bounds if s < e and (not text[s].isspace() or not text[s:e].isspace())
    ]


def _quotations(text: str, marks: list[int]) -> tuple[list[tuple[int, int]], list[int]]:
    """Closed quotations and opening marks inside one paragraph (`marks`: offsets of its
    quote marks).

    Curly quotes pair with each other, straight ones by position: a straight mark after
    a space and before a word opens, so a quotation whose closing mark was lost in
    scraping ends where the next one opens instead of swallowing the paragraph.  A
    curly or typewriter ('') closing mark also closes a straight opening, and a straight
    mark after a stop a curly opening, as happens in text typed by hand.
    """
    regions: list[tuple[int, int]] = []
    opened: list[int] = []
    curly: int | None = None
    straight: int | None = None
    for index, pos in enumerate(marks):
        mark = text[pos]
        if mark == "“" or mark == "\x95":
            opened.append(pos)
            curly = pos if mark == "“" else curly
        elif mark == "”" or mark == "'":  # "'" starts a typewriter '' close
            close_end = pos + 1 if mark == "”" else pos + 2
            if curly is not None and pos - curly < 2000:
                regions.append((curly, close_end))
                curly = None
            elif straight is not None and pos - straight < 2000:
                regions.append((straight, close_end))
                straight = None
            else:
                curly = None
        elif (
            straight is None
            and curly is not None
            and pos - curly < 2000
            and text[pos - 1] in ".!?,"
        ):
            # “… another matter." — a straight mark after a stop closes a curly opening
            # left open, as in text typed by hand
            regions.append((curly, pos + 1))
            curly = None
        elif (
            straight is None
            or _opens_again(text, pos, straight)
            or _reopens_glued(text, pos, marks[index + 1] if index + 1 < len(marks) else None)
        ):
            straight = pos
            opened.append(pos)
        else:
            if pos - straight < 2000:
                regions.append((straight, pos + 1))
            straight = None
    return regions, opened


def _single_quotations(
    text: str, marks: list[int], doubles: list[tuple[int, int]]
) -> tuple[list[tuple[int, int]], list[int]]:
    """Quotations in single marks (British style, ‘…’ or '…') inside one paragraph
    (`marks`: offsets of its single marks; `doubles`: its double-quoted regions, in
    which single marks quote within a quotation and are left alone).

    The closing mark is also the apostrophe ("it’s", "soldiers’ families"), so a mark
    closes only where an apostrophe cannot stand: after a stop or comma, or after a
    letter when punctuation follows (or a space, unless the letter is the "s" of a
    plural possessive).  A straight mark opens only before a capital after a space."""
    regions: list[tuple[int, int]] = []
    opened: list[int] = []
    open_at: int | None = None
    for pos in marks:
        if doubles and any(a < pos < b - 1 for a, b in doubles):
            continue
        mark = text[pos]
        before = text[pos - 1] if pos else " "
        after = text[pos + 1] if pos + 1 < len(text) else " "
        if mark == "'" and (after == "'" or before == "'"):
            continue  # a typewriter close ('') belongs to the double quotations
        if mark == "‘" or (
            mark == "'" and (before.isspace() or before in '(“"—–') and after.isupper()
        ):
            open_at = pos  # a new opening: an earlier one lost its closing mark
            opened.append(pos)
        elif open_at is not None and pos - open_at < 2000 and _closes_single(before, after):
            regions.append((open_at, pos + 1))
            open_at = None
    return regions, opened


def _closes_single(before: str, after: str) -> bool:
    """Whether a single mark between these characters can close a quotation."""
    if after.isalnum():
        return False
    if before in ".,!?…":
        return True
    if after in ".,;:!?)—–":
        return before.isalpha()
    return after.isspace() and before.isalpha() and before not in "sS"


def _opens_again(text: str, pos: int, opened_at: int) -> bool:
    """A straight mark that can only open ("… change. "This targeting") while a
    quotation that already ended a sentence is open: that one lost its closing mark."""
    before = text[pos - 1] if pos else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    return (
        before.isspace()
        and after.isalnum()
        and _SENTENCE_STOP_INSIDE.search(text, opened_at, pos) is not None
    )


def _reopens_glued(text: str, pos: int, next_mark: int | None) -> bool:
    """A straight mark glued between a stop and a capital ('… 24 hours."This will be …')
    while a quotation is open, where the next mark closes: paragraphs were glued, and
    the quotation goes on in a new paragraph that opens again (a quoted paragraph
    leaves its closing mark out).  With no closing mark after it, it closes instead
    ('… any pleasure."Shootings in Belfast …')."""
    return (
        next_mark is not None
        and pos > 0
        and text[pos - 1] in ".!?"
        and text[pos + 1 : pos + 2].isupper()
        and not text[next_mark + 1 : next_mark + 2].isalnum()
    )


def sentence_ends_within(text: str, start: int, end: int) -> list[int]:
    """Offsets just after each sentence end inside text[start:end] ("… hate. He chose
    …"): the breaks `segment` does not make inside a quotation.  A stop followed by a
    capital (after spaces or glued) ends a sentence unless it closes an abbreviation."""
    ends = []
    for match in _INNER_STOP_RE.finditer(text, start, end):
        stop = match.start()
        if stop and (text[stop - 1] == "." or text[stop - 2 : stop] == ". "):
            continue  # an ellipsis ("...", ". . .") marks words left out, not a sentence end
        before = _word_before(text, stop)
        if text[stop] == "." and before and _is_abbreviation(text, stop, before):
            continue
        ends.append(stop + 1)
    return ends


_INNER_STOP_RE = re.compile(r"[.!?](?=\s*[A-Z])")


def _inside(pos: int, regions: list[tuple[int, int]]) -> bool:
    return any(a < pos < b for a, b in regions)


def _split_block(
    text: str,
    bstart: int,
    bend: int,
    quotes: list[tuple[int, int]],
    closers: set[int],
    block_index: int,
    glued: bool,
    urls: bool,
    starters: str,
    credits: bool,
) -> list[tuple[int, int]]:
    """Sentence spans of the block at `block_index` (`quotes`: the quotations overlapping
    it, `closers`: offsets of all quotations' closing marks, `glued`: whether the text has
    a glue point `_split_camel` may split at, `urls` and `starters`: what the text holds of the
    characters `_boundaries` looks for, `credits`: whether it holds picture credits)."""
    pieces: list[tuple[int, int]] = []
    first_block = block_index == 0
    first_start, dated = _skip_furniture(text, bstart, bend, block_index)
    cursor = first_start
    for match in _boundaries(text, cursor, bend, urls, starters):
        stop, end = match.span()
        first = text[stop]
        if first in _STOPS:
            if text[end - 1] not in _STOPS:  # closing marks after the stops
                end = _stop_end(match, closers)
            if _opening_ellipsis(text, cursor, stop, end) or _spaced_ellipsis(text, stop, end):
                continue
            if (
                text[end : end + 1] == ";"
                and (text[end + 1 : end + 3].isspace() or text.startswith("\n", end + 1))
                and not text[end + 1 : end + 40].lstrip()[:1].islower()
            ):
                # paragraphs joined by a semicolon and two spaces or a line break, as
                # TREC's copy of the San Jose Mercury News has them ("… out of
                # Moscow.;   The leaders …"): the stop ends the sentence, the semicolon
                # belongs to neither (not before a word in lower case: "from the
                # U.S.;  and an end to sanctions" goes on)
                pieces.append((cursor, end))
                cursor = end + 1
                continue
            if _is_break(text, stop, end, bend, quotes):
                pieces.append((cursor, end))
                cursor = end
        elif first == ":":
            pieces.append((cursor, end))
            cursor = end
        else:  # junk
            if first == "*" and not _bullet(text, stop):
                continue
            pieces.append((cursor, stop))
            cursor = end
    pieces.append((cursor, bend))
    spans = []
    if text.find("]", bstart, bend) >= 0:
        pieces = _split_after_brackets(text, pieces)
    if credits and (
        text.find("image c", bstart, bend) >= 0 or text.find("media c", bstart, bend) >= 0
    ):
        pieces = _split_at_picture_credits(text, pieces)
    if first_block and pieces:
        pieces = _split_at_agency_dateline(text, pieces)
        pieces = _split_at_repeated_leads(text, pieces)
    if bend - bstart > _CAPTION_REACH and text.find(" 20", bstart, bend) >= 0:
        pieces = _split_after_caption_dates(text, pieces)
    if glued:
        pieces = _split_camel(text, pieces)
    if first_block and pieces:
        pieces = _split_at_echoed_headline(text, pieces)
    if text.find(" Tags ", bstart, bend) >= 0:
        pieces = _split_before_tag_lists(text, pieces)
    if any(text.find(gap, bstart, bend) >= 0 for gap in _SPACED_DASHES):
        pieces = _split_dashed_headings(text, pieces)
    for start, end in pieces:
        # A headline after a glued date names its speaker before a colon ("30 April
        # 2016 Russia: Terrorists breached …"): no caption's kicker.
        span = _trim(text, start, end, kicker=not (dated and start == first_start))
        if span is not None and text[span[0]] == "T" and text.startswith("Tags ", span[0]):
            span = _after_tag_list(text, *span)
        if span is not None:
            spans.append(span)
    return spans


#: A wire agency and the date glued between a headline and the article's first sentence
#: ("Syria air strikes kill 32 Monitor AFP Monday 2 Feb 2015 Syrian government air
#: strikes …", "… kills 14 State media AFP A barrage of rocket fire …").
_WIRE_AGENCY = r"(?:AFP|Reuters|AP|DPA|Xinhua)"
_AGENCY_DATELINE_RE = re.compile(
    rf" {_WIRE_AGENCY}(?: {_WEEKDAY} \d{{1,2}} {CAPITALISED_MONTH} \d{{4}})? (?=[A-Z])"
)
#: A wire agency's credit glued after an article's last stop ("… the lifting of
#: sieges.-AFP", "… monitor said.--AFP", "….-REUTERS"), in any case.
_TRAILING_CREDIT_RE = re.compile(rf"(?<=[.!?\"”])-{{1,2}}(?i:{_WIRE_AGENCY})$")
#: How far before a sentence's end such a credit can begin.
_TRAILING_CREDIT_REACH = 12
#: Words after which an agency is an object, not a dateline.
_BEFORE_AN_AGENCY = frozenset(("told", "tells", "to", "by", "from", "said", "via", "with", "for"))
#: How far into an article's first piece that dateline may sit.
_AGENCY_REACH = 200


def end_before_wire_credit(text: str, start: int, end: int) -> int:
    """Where the sentence text[start:end] ends without a wire credit glued after its stop
    (guideline §5: a sentence ends after its final punctuation; credits are no part of
    it).  Applied to the claims' spans only: the sentence keeps the credit for the
    rules and the position model, which weighs the word ("afp") as a sign of war news."""
    reach = max(start, end - _TRAILING_CREDIT_REACH)
    if text.find("-", reach, end) < 0:
        return end
    credit = _TRAILING_CREDIT_RE.search(text, reach, end)
    return end if credit is None else credit.start()


def _split_at_agency_dateline(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The first piece split around an agency dateline glued after the headline; the
    agency and date are dropped."""
    start, end = pieces[0]
    found = _AGENCY_DATELINE_RE.search(text, start, min(end, start + _AGENCY_REACH))
    if found is None:
        return pieces
    words = text[start : found.start()].split()
    if len(words) < 3 or words[-1].casefold() in _BEFORE_AN_AGENCY:
        return pieces  # "The ministry told AFP …": the agency is the verb's object
    return [(start, found.start()), (found.end(), end), *pieces[1:]]


#: Words of a piece's opening that must recur for `_split_at_repeated_leads`.
_LEAD_WORDS = 5


def _split_at_repeated_leads(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pieces split where they start over: a page's summary glued, its stop lost, to the
    article's first sentence that repeats it ("… leaving at least 11 dead Al-Qaedas
    Syrian affiliate Al-Nusra Front launched an offensive …", the summary's own
    opening).  Prose does not repeat a sentence's first five words inside it."""
    out: list[tuple[int, int]] = []
    for start, end in pieces:
        words = text[start:end].split(maxsplit=_LEAD_WORDS)
        if len(words) <= _LEAD_WORDS or not words[0][:1].isupper():
            out.append((start, end))
            continue
        opening = " ".join(words[:_LEAD_WORDS])
        again = text.find(" " + opening, start + len(opening), end)
        if again > start and text[again - 1].isalnum():
            out.extend(((start, again), (again + 1, end)))
        else:
            out.append((start, end))
    return out


#: How many words into the first piece a glued headline may end, and how many words
#: after it are searched for its echo (`_split_at_echoed_headline`).
_HEADLINE_WORDS = 20
_ECHO_WORDS = 30
#: Short function words no echo counts (words of three letters or less never count).
_NO_ECHO = frozenset(
    ("with", "from", "that", "this", "after", "were", "have", "been", "their", "said", "over")
)
_ECHO_WORD = re.compile(r"[\w’'-]{4,}")
_CALENDAR_WORD = re.compile(CALENDAR_WORDS)


def _split_at_echoed_headline(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The first piece split after a headline glued to the article's first sentence,
    its stop lost ("10 dead after strikes on rebel-held hospitals in Syria Air strikes
    on two hospitals in rebel-held northwestern Syria …"): the first sentence retells
    the headline, so the split goes before the capitalised word (opening a sentence:
    an article, or a word before two lower-case ones) after which the most of the
    headline's words (at least three, and half of them) come back."""
    start, end = pieces[0]
    words = list(_WORD_START_RE.finditer(text, start, end))
    if len(words) < 12:
        return pieces
    best, best_shared = -1, 0
    for index in range(3, min(len(words) - 6, _HEADLINE_WORDS)):
        word, previous = words[index], words[index - 1]
        if not word.group()[:1].isupper() or not previous.group()[-1:].isalnum():
            continue
        if _CALENDAR_WORD.fullmatch(word.group().casefold()):
            continue  # "… near Aleppo Tuesday as government forces …": a day, in the sentence
        if not (
            word.group() in ("The", "A", "An")
            or (words[index + 1].group().islower() and words[index + 2].group().islower())
        ):
            continue  # inside a name or a headline ("Chemical Weapons in Hama")
        if previous.group().casefold() in _BEFORE_A_NAMED_TITLE:
            continue
        headline = _echo_words(text[start : previous.end()])
        lead = _echo_words(
            text[word.start() : words[min(len(words), index + _ECHO_WORDS) - 1].end()]
        )
        shared = len(headline & lead)
        if shared >= 3 and 2 * shared >= len(headline) and shared >= best_shared:
            best, best_shared = word.start(), shared
    if best < 0:
        return pieces
    return [(start, best - 1), (best, end), *pieces[1:]]


def _echo_words(text: str) -> set[str]:
    """The casefolded words of four letters or more that can echo a headline."""
    return {w for w in _ECHO_WORD.findall(text.casefold()) if w not in _NO_ECHO}


#: The date that closes a photo caption, glued to the text after it because the caption
#: had no stop ("A child waits on a bus to leave the town of Debaltseve, Ukraine, 3
#: February 2015 About 1.2 million Ukrainians have fled …", "… in the village of
#: Horlivka, Donetsk region - 4 February 2015 Three people …"): set off by a comma or a
#: dash, so a date that opens a clause ("On 3 February 2015 Russia said") is not one.
_CAPTION_DATE_SEPARATORS = (",", " -")
#: One pattern for each separator (`_caption_date_ends`): each then starts with a literal
#: (", ", " - "), which the regex engine finds at memchr speed, where one pattern for
#: both started with a choice and tested every character of the piece (four times the
#: cost).
_CAPTION_DATE_RES = tuple(
    re.compile(rf"{re.escape(separator)} \d{{1,2}} {CAPITALISED_MONTH} (?:19|20)\d\d(?= [A-Z])")
    for separator in _CAPTION_DATE_SEPARATORS
)
#: Pieces this long or shorter hold no glued caption worth looking for.
_CAPTION_REACH = 60


def _split_after_caption_dates(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pieces split after each caption-closing date (`_CAPTION_DATE_RES`)."""
    out: list[tuple[int, int]] = []
    for start, end in pieces:
        cursor = start
        if end - start > _CAPTION_REACH:
            for date_end in _caption_date_ends(text, start, end):
                out.append((cursor, date_end))
                cursor = date_end
        out.append((cursor, end))
    return out


def _caption_date_ends(text: str, start: int, end: int) -> list[int]:
    """Where each caption-closing date in text[start:end] ends, in order: the ends of
    `_CAPTION_DATE_RES`' matches, which are those of the one pattern with the
    separators as a choice (no two dates overlap: a separator stands only before a
    date's day)."""
    return sorted(
        match.end() for date in _CAPTION_DATE_RES for match in date.finditer(text, start, end)
    )


#: A scraped page's picture furniture glued into the text ("… both republics.image
#: copyright AFP image caption Federal troops were deployed …"): the caption after it is
#: a sentence of its own.
_PICTURE_CREDIT_RE = re.compile(
    r"(?:image|media)\s+(?:copyright\s+(?:[\w.&/-]+\s+){1,4}?(?:image|media)\s+)?caption\s+"
    r"|image\s+copyright\s+(?:[A-Z][\w.&/-]*\s+){1,4}"
)


def _split_at_picture_credits(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pieces split around each picture credit or caption label (`_PICTURE_CREDIT_RE`)."""
    out: list[tuple[int, int]] = []
    for start, end in pieces:
        cursor = start
        for match in _PICTURE_CREDIT_RE.finditer(text, start, end):
            out.append((cursor, match.start()))
            cursor = match.end()
        out.append((cursor, end))
    return out


#: A bracketed insert glued to the sentences around it ("afford that.”[Stuck in a death
#: spiral, Venezuela is borrowing money]Maduro has …"): a linked headline, scraped.
_GLUED_BRACKET_RE = re.compile(r"\[(?=[A-Z])[^\[\]\n]{3,200}\](?=[A-Z“\"])")


def _split_after_brackets(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pieces split around each bracketed insert glued to a capital after it."""
    out: list[tuple[int, int]] = []
    for start, end in pieces:
        cursor = start
        for match in _GLUED_BRACKET_RE.finditer(text, start, end):
            for cut in (match.start(), match.end()):
                if cut > cursor:
                    out.append((cursor, cut))
                    cursor = cut
        out.append((cursor, end))
    return out


def _after_tag_list(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The sentence glued after a FA-KES keyword list ("Tags Syria Idlib … SOHR Syrian
    rebels launched …"), or None when nothing follows the list.

    The body starts where its words repeat the opening of an earlier sentence (the
    summary above the list), else at the first capitalised article or count ("…
    airstrikes A double suicide bombing …", "… Fatah al-Sham Eleven people including a
    woman …"): keyword lists hold names and nouns, not "The", "A" or "Eleven"."""
    words = list(_WORD_START_RE.finditer(text, start + len("Tags "), end))
    for index, word in enumerate(words[:-2]):
        opening = text[word.start() : words[index + 2].end()]
        if opening[0].isupper() and _opens_a_sentence_before(text, opening, start):
            return word.start(), end
    for word in words:
        found = word.group()
        if found in ("The", "A", "An") or (found.istitle() and found.casefold() in COUNT_WORDS):
            return word.start(), end
    # Keyword lists hold names and the odd noun, prose runs lower-case words: the body
    # starts at the first capital followed by three of them ("… Assad war Government
    # air raids in a northwestern town …").
    for index, word in enumerate(words[:-3]):
        if word.group()[0].isupper() and not any(
            w.group()[0].isupper() for w in words[index + 1 : index + 4]
        ):
            return word.start(), end
    return start, end


def _split_before_tag_lists(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pieces split before a FA-KES keyword list glued, its stop lost, to the summary
    before it ("… a monitoring group said Tags Nusra Front al-Qaeda Aleppo …"); the list
    is then read by `_after_tag_list` like one that starts a piece."""
    out: list[tuple[int, int]] = []
    for start, end in pieces:
        at = text.find(" Tags ", start, end)
        if at > start and text[at - 1].islower() and text[at + 6 : at + 7].isupper():
            out.extend(((start, at), (at + 1, end)))
        else:
            out.append((start, end))
    return out


def _opens_a_sentence_before(text: str, opening: str, end: int) -> bool:
    r"""Whether `opening` occurs in text[:end] at its start or after a sentence end or a
    digit and a space (the regular expression `(?:^|[.!?”"]\s|\d\s)opening`, found by
    `str.find`: a keyword list can sit far into a long text, and is tried word by word)."""
    return any(
        at == 0
        or (
            at >= 2
            and text[at - 1].isspace()
            and (text[at - 2] in '.!?”"' or text[at - 2].isdecimal())
        )
        for at in _occurrences(text, opening, end)
    )


_WORD_START_RE = re.compile(r"\S+")


def _boundaries(
    text: str, start: int, end: int, urls: bool = True, starters: str = _BOUNDARY_STARTERS
) -> Iterator[re.Match[str]]:
    """The matches of `_BOUNDARY_RE.finditer(text, start, end)`, found by
    `_BOUNDARY_NO_URL_RE` where no URL can begin, and by `_BOUNDARY_PERIOD_RE` where
    none of `_BOUNDARY_STARTERS` occurs either.  `urls` (whether the text holds "http"
    or "www") and `starters` (those of `_BOUNDARY_STARTERS` the text holds) spare the
    searches of a block for what its text lacks."""
    if urls and (text.find("http", start, end) >= 0 or text.find("www", start, end) >= 0):
        return _BOUNDARY_RE.finditer(text, start, end)
    for char in starters:
        if text.find(char, start, end) >= 0:
            return _BOUNDARY_NO_URL_RE.finditer(text, start, end)
    return _BOUNDARY_PERIOD_RE.finditer(text, start, end)


def _stop_end(match: re.Match[str], closers: set[int]) -> int:
    """End of a sentence-final punctuation run (a `_BOUNDARY_RE` match), including
    closing quotes that close."""
    end = close_start = match.start("close")
    close = match.group("close")
    for offset, char in enumerate(close):
        pos = close_start + offset
        if char == '"' and pos not in closers:
            break
        end = pos + 1
    return end


def _is_break(text: str, stop: int, end: int, bend: int, quotes: list[tuple[int, int]]) -> bool:
    """Whether the punctuation at text[stop:end] ends a sentence."""
    if end >= bend:
        return True
    nxt_pos = end
    while nxt_pos < bend and text[nxt_pos].isspace():
        nxt_pos += 1
    if nxt_pos >= bend:
        return True
    glued = nxt_pos == end
    nxt = text[nxt_pos]
    # A stop before a space and a lower-case letter ends nothing, after an abbreviation
    # or not (after one, only a capital may start a sentence).
    if not glued and nxt.islower():
        return False
    # (a Markdown copy escapes its stops: "the C\.H\.U\.G\.S\. team" reads as "C.H.U.G.S.")
    letters_end = stop - 1 if stop > 1 and text[stop - 1] == "\\" else stop
    if text[stop] == "." and letters_end and text[letters_end - 1].isalpha():
        before = _word_before(text, letters_end)
        if before and _is_abbreviation(text, letters_end, before):
            starter = _STARTER_RE.match(text, nxt_pos)
            strong = (
                starter is not None
                and nxt.isupper()
                and starter.group().casefold() in _STRONG_STARTERS
            )
            return strong and not glued and before.casefold() not in _ABBREVIATIONS
    if glued:
        if text[stop] == "." and _in_ticker(text, stop):
            return False  # Reuters' "<LNTL.O>" names a stock, it ends nothing
        if end - stop >= 3 and text.startswith("...", stop):
            return False  # an omission inside a quotation: "smash Islam...And destroy us"
        if text[stop] == "." and _outlet_domain(text, stop, nxt_pos):
            return False  # "…, News.Az reports.": an outlet named by its web address
        return nxt.isupper() or nxt in _OPEN_QUOTES or (nxt.isdigit() and text[stop - 1].isalpha())
    newline = "\n" in text[end:nxt_pos]
    if (
        not newline
        and text[stop] in "?!"
        and text[end - 1] in CLOSING_QUOTES
        and _SPEAKER_AFTER_QUOTE_RE.match(text, nxt_pos, bend) is not None
    ):
        return False  # "'Why …?' Senator Milne said.": the capital opens the speaker
    # inside a closed quotation no stop splits: "'Are there gaps? Are there challenges?
    # Absolutely,' Hagel acknowledged" is one quotation unit
    return not (text[stop] in ".?!" and not newline and quotes and _inside(end, quotes))


#: The last labels of web addresses that outlets are named by ("News.Az", "Lenta.Ru",
#: "Korrespondent.Net"), written with a capital.
_DOMAIN_LABELS = frozenset(("Az", "Ru", "Ua", "Uz", "Kz", "Ge", "Com", "Net", "Org", "Info"))


def _outlet_domain(text: str, stop: int, after: int) -> bool:
    """Whether the stop at `stop`, glued to the capital at `after`, joins a capitalised
    word to one of `_DOMAIN_LABELS` that ends there: an outlet's name, no sentence's end."""
    if not text[stop - 1 : stop].isalpha():
        return False
    word_start = stop - 1
    while word_start > 0 and text[word_start - 1].isalpha():
        word_start -= 1
    if not text[word_start].isupper():
        return False
    label_end = after
    while label_end < len(text) and text[label_end].isalpha():
        label_end += 1
    return text[after:label_end] in _DOMAIN_LABELS


#: The attribution that ends a quoted question or exclamation ("'Why …?' Senator Milne
#: said.", "“… the medicine?” Dr Ahmed Hassan asked."): one to four capitalised words and
#: a speech verb that ends the sentence, so the quotation and its speaker are one
#: sentence (guideline §4).  A short phrase of time, place or medium may end it ("…
#: THE WORLD!” Trump posted on social media on Saturday."); a verb with content after it
#: ("“Why now?” Obama said the plan …") reports anew and starts a sentence.
_SPEAKER_AFTER_QUOTE_RE = re.compile(
    r"(?:[A-Z][\w.’'-]* ){1,4}(?:said|says|asked|asks|added|adds|replied|wrote|tweeted|"
    r"posted|insisted|declared|stated|warned|explained|shouted|cried|demanded)"
    r"(?:\s+(?:on|in|at|during|late|later|earlier|yesterday|today|last|this)"
    r"(?:\s+(?!that\b)[\w’'-]+){0,5})?\."
)


def _opening_ellipsis(text: str, cursor: int, stop: int, end: int) -> bool:
    """Whether the stops at text[stop:end] are an ellipsis of omission that opens the
    sentence after `cursor` ("… The department said …"): nothing but space before them
    in the piece and a capital after, so they end no sentence (guideline §5: the
    sentence starts at that mark); before a figure they separate page junk ("… . ... 43
    Topic …")."""
    return (
        (text.startswith("...", stop) or text[stop] == "…")
        and text[end : end + 1] == " "
        and text[end + 1 : end + 2].isupper()
        and not text[cursor:stop].strip()
    )


def _spaced_ellipsis(text: str, stop: int, end: int) -> bool:
    """Whether the stops at text[stop:end] are an ellipsis set apart by spaces inside a
    sentence ("… it will be their turn next ... If they are done with us …"): words left
    out of a quotation, not its end (the annotators never split there); one glued to
    the word before ("Liberati... Eric Margolis") may cut a line short and still ends it."""
    return (
        stop > 0
        and text[stop - 1] == " "
        and (text.startswith("...", stop) or text[stop] == "…")
        and text[end : end + 1] == " "
    )


def _in_ticker(text: str, stop: int) -> bool:
    """Whether the period at `stop` is inside a stock ticker in angle brackets."""
    opening = text.rfind("<", max(0, stop - 12), stop)
    closing = text.find(">", stop, stop + 8)
    return (
        opening >= 0 and closing > 0 and not any(char.isspace() for char in text[opening:closing])
    )


def _word_before(text: str, stop: int) -> str:
    """The letters-and-periods word ending at `stop` ("U.S", "Gov"), within 25
    characters: what `([A-Za-z][A-Za-z.]*)$` finds in text[stop - 25 : stop]."""
    start = stop - 25 if stop > 25 else 0
    space = text.rfind(" ", start, stop)
    if space >= 0:  # the usual word of ASCII letters after a space is found sooner
        word = text[space + 1 : stop]
        if word.isalpha() and word.isascii():
            return word
    window = text[start:stop]
    return window[len(window.rstrip(_LETTERS_AND_PERIOD)) :].lstrip(".")


def _is_abbreviation(text: str, stop: int, before: str) -> bool:
    """Titles, dotted acronyms, initials and a.m./p.m. do not end a sentence."""
    if before.casefold() in _ABBREVIATIONS or "." in before:
        return True
    if len(before) == 1 and before.isupper():
        return stop < 2 or not text[stop - 2].isalnum()
    return False


def _bullet(text: str, pos: int) -> bool:
    """A '*' glued to text on one side is a wiki bullet, not an asterisk in prose."""
    before = text[pos - 1] if pos else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    return not (before.isspace() and after.isspace())


#: A sentence adverb capitalised after a lower-case word: a sub-headline glued to the
#: sentence after it, its full stop lost ("… after regime forces retreated Elsewhere
#: Syrian troops …"); in running prose these words are capitalised only after a stop.
_GLUED_OPENERS = (
    "Elsewhere",
    "Meanwhile",
    "However",
    "Separately",
    "Nevertheless",
    "Moreover",
    "Meantime",
)
_GLUED_OPENER_RE = re.compile(rf"(?:{'|'.join(_GLUED_OPENERS)})(?=[ ,])")


def _has_glued_opener(text: str) -> bool:
    """Whether `text` holds a `_GLUED_OPENER_RE` match that is a glued opener.  Found by
    substring searches, which cost less than the pattern's scan (it stops at every
    capital that starts one of the words); most texts hold none of the words."""
    return any(
        text[pos + len(word) : pos + len(word) + 1] in (" ", ",") and _glued_opener(text, pos)
        for word in _GLUED_OPENERS
        for pos in _occurrences(text, word)
    )


def _glued_opener(text: str, pos: int) -> bool:
    """Whether the `_GLUED_OPENER_RE` match at `pos` follows a lower-case word and a
    space (tested here, not by a look-behind, so the regex engine can skip ahead to the
    capitals the pattern starts with)."""
    return pos >= 2 and text[pos - 1] == " " and "a" <= text[pos - 2] <= "z"


def _split_at_glued_openers(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans split before each glued sentence adverb (`_GLUED_OPENER_RE`); a piece of
    three words or fewer before one is a section heading ("New sanctions"), dropped."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        cursor = start
        for match in _GLUED_OPENER_RE.finditer(text, start, end):
            if not _glued_opener(text, match.start()):
                continue
            if len(text[cursor : match.start()].split()) > 3:
                out.append((cursor, match.start() - 1))
            cursor = match.start()
        out.append((cursor, end))
    return out


#: A capitalised article after a word with no stop between them, near a sentence's start,
#: marks a sub-heading glued to the sentence after it, its line break lost ("Defeating
#: Daesh The top priority for the United States …", "Syrian regime denies accusations
#: The Syrian regime has repeatedly denied …", "Relentless bombardment According to …");
#: the pattern starts with a literal space, which the regex engine skips ahead to
#: (`_glued_heading_end`).
_HEADING_ARTICLE_RE = re.compile(r" (?:The|An?|According(?= to )|Meanwhile) ")
#: Sub-headings are glued to the next sentence only where line breaks were lost, which
#: leaves an article in one long block; paragraphs of this length or less are skipped.
_RUN_ON_BLOCK = 1200
#: How far into a sentence a glued sub-heading can end.
_HEADING_REACH = 80
#: Words a sentence must keep after a glued heading is cut off it.
_WORDS_AFTER_HEADING = 4
#: Words after which a capitalised article starts a name inside the sentence ("told The
#: Mail on Sunday", "an article for The Daily Telegraph", "Neither The Mulberry Bush").
_BEFORE_A_NAMED_TITLE = frozenset(
    (
        *("to", "for", "on", "in", "of", "by", "at", "from", "with", "into", "about", "as"),
        *("and", "but", "or", "nor", "neither", "either", "than", "that", "when", "while"),
        *("told", "said", "says", "tells", "read", "reads", "called", "named", "titled"),
    )
)


#: The reporting verbs after a source named after a glued sub-heading (`_HEADING_SOURCE_RE`).
_HEADING_SOURCE_VERBS = (
    *("said", "says", "accused", "reported", "announced", "stated", "warned", "claimed"),
    *("confirmed", "denied"),
)
#: A sub-heading glued before a named source and its reporting verb ("Chemical attacks
#: Human Rights Watch on Monday accused …", "Humanitarian corridors SANA said …"): a
#: lower-case word, then one to four capitalised words, an optional "on <weekday>" and
#: a reporting verb.  The space before the name is the match's start.  The pattern opens
#: with that space and looks back from it for the letter: a pattern that opens with the
#: look-behind makes the regex engine try it at every character, one that opens with a
#: literal lets it skip from space to space.
_HEADING_SOURCE_RE = re.compile(
    r" (?<=[a-z] )(?=(?:[A-Z][\w'’.-]* ){0,3}[A-Z][\w'’.-]* (?:on [A-Z][a-z]+day )?"
    rf"(?:{'|'.join(_HEADING_SOURCE_VERBS)})\b)"
)
#: First words of an adverbial that a named source can follow inside its own sentence
#: ("In a statement SANA said …", "Last week Amnesty accused …"), never of a heading.
_NOT_A_HEADING_START = frozenset(
    (
        *("in", "on", "at", "after", "before", "with", "as", "but", "and", "when", "while"),
        *("since", "during", "earlier", "later", "last", "this", "for", "by", "from"),
        *("under", "amid", "despite", "meanwhile", "separately", "speaking", "also"),
        *("however", "then", "so", "yet", "if", "although", "though", "because", "once"),
    )
)
#: Last words of a time adverbial or a clause that runs on into the name ("Two days
#: ago Amnesty said", "Earlier this week SANA reported").
_NOT_A_HEADING_END = frozenset(
    (
        *("ago", "week", "weekend", "month", "year", "day", "night", "morning", "evening"),
        *("afternoon", "today", "yesterday", "tonight", "earlier", "later", "time", "also"),
        *("then", "now", "statement", "report", "interview", "briefing", "conference"),
    )
)


#: A sub-heading glued before a source ends in a plural noun ("Chemical attacks",
#: "Humanitarian corridors"); a title before a name ends in a singular role noun
#: ("Nato chief Jens Stoltenberg says", "Observatory head Rami Abdurrahman said",
#: "Public broadcaster NHK said"), which this leaves alone.
_PLURAL_HEAD_RE = re.compile(r"[a-z]+[^su]s")
#: Words a sentence's own subject phrase is built with ("Elsewhere in Syria the
#: Observatory reported", "An activist group known as the Local Coordination
#: Committees said"); a heading holding one is left alone.
_FUNCTION_WORDS = frozenset(
    (
        *("the", "a", "an", "of", "in", "on", "at", "to", "for", "by", "from", "with", "as"),
        *("and", "or", "but", "that", "who", "which", "known", "called", "named", "its"),
        *("his", "her", "their", "elsewhere", "where", "when", "while", "after", "since"),
        *("is", "was", "has", "says", "does", "news"),
    )
)


def _glued_source_end(text: str, start: int, end: int) -> int:
    """Offset of the space before a named source glued after a sub-heading
    (`_HEADING_SOURCE_RE`) within `_HEADING_REACH` of `start`, or -1 where the words
    before it read as an adverbial of the sentence (`_NOT_A_HEADING_START`,
    `_NOT_A_HEADING_END`), hold punctuation, or hold a word in -ing or -ly."""
    stop = min(end, start + _HEADING_REACH)
    if not holds_any(text, _HEADING_SOURCE_VERBS, start + 1, stop):
        # the pattern needs one of its verbs in the window, which most sentences lack; a
        # `find` per verb costs less than the search, which tries every space
        return -1
    found = _HEADING_SOURCE_RE.search(text, start + 1, stop)
    if found is None:
        return -1
    words = text[start : found.start()].split()
    if (
        not 2 <= len(words) <= 4
        or not _PLURAL_HEAD_RE.fullmatch(words[-1])
        or any(word.casefold() in _FUNCTION_WORDS for word in words)
        or words[0].casefold() in _NOT_A_HEADING_START
        or words[-1].casefold() in _NOT_A_HEADING_END
        or any(not word.replace("-", "").isalnum() for word in words)
        or any(word.casefold().endswith(("ing", "ly")) for word in words)
    ):
        return -1
    return found.start()


#: The dashes a text sets between words: a hyphen, an en dash and an em dash (headlines,
#: dashed sub-headings and bullets use any of them).
_DASHES = "-–—"
#: Any one of `_DASHES`, as a pattern.
_DASH = f"[{_DASHES}]"
#: Each of `_DASHES` with a space either side: a dashed sub-heading
#: (`_DASHED_HEADING_RE`) has one before the sentence after it, so a block without any
#: has none to split off.
_SPACED_DASHES = tuple(f" {dash} " for dash in _DASHES)
#: The small words a headline in title case leaves in lower case ("US Service Member
#: Dies of Injuries in Northern Syria"), and its dashes.
_TITLE_MINOR_WORDS = rf"(?:of|in|on|at|to|for|from|and|the|a|an|with|by|as|over|after|amid|{_DASH})"
#: A run of words in title case from a sentence's start: capitalised words, figures, a
#: capitalised word after an opening quote mark, and the minor words; no comma (a
#: regiment's name runs on after one: "the 1st Battalion, The Royal Welsh").
_TITLE_RUN_RE = re.compile(rf"(?:(?:[A-Z\d“\"\x95][^\s,;]*|{_TITLE_MINOR_WORDS})\s+)+")
#: Where a sentence can start inside a title-case run: a capitalised article, "According
#: to", or an opening quote mark before a capital.
_TITLE_CUT_RE = re.compile(r"(?<=\s)(?:The|An?|According(?= to\s)|[“\"\x95](?=[A-Z]))(?=\s|[A-Z])")
_TITLE_MINOR = re.compile(rf"{_TITLE_MINOR_WORDS}")
#: Capitalised words a glued title-case headline has at least.
_TITLE_MIN_WORDS = 3
#: How far into a span the title-case run is read (a headline and the start of the
#: sentence after it), which keeps a long run of capitals linear.
_TITLE_REACH = 160


def _title_heading_end(text: str, start: int, end: int) -> int:
    """Offset of the space before a sentence glued after a headline in title case, its
    line break lost (FA-KES: "US Service Member Dies of Injuries in Northern Syria -
    CENTCOM The US-led coalition reported …", "… Liberated From Daesh "After the regime
    retook it …"), or -1.  The cut is the last sentence start (`_TITLE_CUT_RE`) inside
    the run of title-case words that opens the span (`_TITLE_RUN_RE`, within
    `_TITLE_REACH`), which a lower-case word must end, after at least `_TITLE_MIN_WORDS`
    capitalised words; an "A" after a word in capitals may be the headline's own
    ("KILLED A LIBYAN UNIT")."""
    if text.startswith("According", start):
        return -1  # "According to … Jens Stoltenberg "NATO and Russia …"": one sentence
    run = _TITLE_RUN_RE.match(text, start, min(end, start + _TITLE_REACH))
    if run is None or not text[run.end() : run.end() + 1].islower():
        return -1
    cut = -1
    for found in _TITLE_CUT_RE.finditer(text, start + 1, run.end()):
        words = text[start : found.start()].split()
        capitalised = [word for word in words if not _TITLE_MINOR.fullmatch(word)]
        if len(capitalised) < _TITLE_MIN_WORDS:
            continue
        if found.group().startswith("A") and words[-1].isupper():
            continue
        cut = found.start() - 1
    return cut


def _split_dashed_headings(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pieces with a sub-heading set between dashes at their start (`_DASHED_HEADING_RE`)
    split into the heading and the sentence after it, the dashes left out."""
    out: list[tuple[int, int]] = []
    for start, end in pieces:
        first = start
        while first < end and text[first].isspace():
            first += 1
        dashed = None
        if text[first : first + 1] in _DASHES:
            dashed = _DASHED_HEADING_RE.match(text, first, end)
        if dashed is None:
            out.append((start, end))
        else:
            out.extend(((dashed.start("heading"), dashed.end("heading")), (dashed.end(), end)))
    return out


def _split_at_glued_headings(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans split after a heading glued to the sentence after it (`_glued_heading_cut`);
    the heading stays a piece of its own (it can be a claim: "Syrian regime denies
    accusations")."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        cut = _glued_heading_cut(text, start, end)
        if cut > 0:
            out.extend(((start, cut), (cut + 1, end)))
        else:
            out.append((start, end))
    return out


def _glued_heading_cut(text: str, start: int, end: int) -> int:
    """Offset of the space after a heading glued before the sentence in text[start:end],
    or -1: a sub-heading of two to seven words (`_glued_heading_end`, `_glued_source_end`,
    `_is_sub_heading`), a place sub-heading (`_place_heading_end`), or a headline in
    title case (`_title_heading_end`), each with at least `_WORDS_AFTER_HEADING` words of
    the sentence after it."""
    if not text[start].isupper():
        return -1
    cut = _glued_heading_end(text, start, end)
    if cut < 0:
        cut = _glued_source_end(text, start, end)
    if cut < 0:
        cut = _place_heading_end(text, start, end)
        if cut > 0 and _enough_words_after(text, cut, end):
            return cut
    if cut > 0 and _is_sub_heading(text[start:cut]) and _enough_words_after(text, cut, end):
        return cut
    # a headline in title case, longer than a sub-heading
    cut = _title_heading_end(text, start, end)
    return cut if cut > 0 and _enough_words_after(text, cut, end) else -1


def _is_sub_heading(heading: str) -> bool:
    """Whether words cut off before a sentence make a sub-heading: two to seven words,
    not ending in a word after which a capitalised article starts a name
    (`_BEFORE_A_NAMED_TITLE`) or in a participle ("… was killed")."""
    words = heading.split()
    last = words[-1].casefold() if words else ""
    return 2 <= len(words) <= 7 and last not in _BEFORE_A_NAMED_TITLE and not last.endswith("ed")


def _enough_words_after(text: str, cut: int, end: int) -> bool:
    """Whether the sentence left after a heading cut at `cut` keeps at least
    `_WORDS_AFTER_HEADING` words."""
    return len(text[cut + 1 : end].split()) >= _WORDS_AFTER_HEADING


#: A place sub-heading glued to the sentence after it, its line break lost, as agencies
#: head each region's report ("Raqqa Army units … advanced in Raqqa countryside", "Deir
#: Ezzor Units of the army … in the Deir Ezzor city"): one or two capitalised words before
#: a capitalised word and a lower-case one.  A place as the subject ("Raqqa is held by
#: …") is followed by a lower-case word, and a title before a name ("Prime Minister
#: Theresa May said") by two capitalised words, which this leaves alone.
_PLACE_HEADING_RE = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?(?= [A-Z][a-z]+ [a-z])")
#: Nouns after a place named again as one ("in Raqqa countryside", "in the southern Daraa
#: province"); a name used otherwise ("Idlib University and the Department of Education
#: in Idlib also announced …") is the subject's own word, no heading.
_PLACE_NOUNS = (
    r"(?:countryside|province|governorate|city|town|village|region|district|area"
    r"|suburbs|outskirts|neighbou?rhood)"
)
#: A place noun right after a place named again (`_place_heading_end`).
_PLACE_NOUN_AFTER = re.compile(rf" {_PLACE_NOUNS}\b")
#: The words before a place named again: a preposition or article, with at most one
#: lower-case word between (`_PLACE_WORD_BEFORE`, which ends where the place's space
#: starts, so it begins at most this far before the last space before the place).
_PLACE_PREPOSITIONS = ("in", "at", "of", "near", "around", "from", "into", "to", "the")
_PLACE_WORD_BEFORE = re.compile(rf"\b(?:{'|'.join(_PLACE_PREPOSITIONS)})(?: [a-z]+)?\Z")
_PLACE_PREPOSITION_LENGTH = max(map(len, _PLACE_PREPOSITIONS))
#: Endings of a nationality word, which opens a sentence's own subject and names a
#: people again later ("Syrian Army units attacked the Syrian rebels"); no place name.
_DEMONYM_ENDINGS = ("ian", "can", "ean", "ish", "ese", "i")


def _place_heading_end(text: str, start: int, end: int) -> int:
    """Offset of the space after a place sub-heading at `start` (`_PLACE_HEADING_RE`)
    that the sentence after it names again as a place: after a preposition or article
    (with at most one word between) and before a place noun ("in the southern Daraa
    province", `_PLACE_NOUNS`); -1 where there is none, or the words are a nationality
    (`_DEMONYM_ENDINGS`) or a day or month ("Monday … the Monday market area")."""
    found = _PLACE_HEADING_RE.match(text, start, end)
    if found is None:
        return -1
    place = found.group()
    if place.endswith(_DEMONYM_ENDINGS) or _CALENDAR_WORD.fullmatch(place.casefold()):
        return -1
    # The place again is " place " with its noun after it and the word before it: each
    # time the text names it, two fixed patterns test the words around (a pattern with
    # the place in it would be compiled anew for each place).
    named = f" {place} "
    at = text.find(named, found.end(), end)
    while at >= 0:
        if _PLACE_NOUN_AFTER.match(text, at + len(named) - 1, end) and _named_after_preposition(
            text, found.end(), at
        ):
            return found.end()
        at = text.find(named, at + 1, end)
    return -1


def _named_after_preposition(text: str, start: int, at: int) -> bool:
    """Whether `_PLACE_WORD_BEFORE` ends at `at` (the space before a place) in
    text[start:at]: searched only from shortly before the last space before `at`, which
    keeps a sentence naming the place again and again linear."""
    space = text.rfind(" ", start, at)
    reach = (space if space >= 0 else at) - _PLACE_PREPOSITION_LENGTH
    return _PLACE_WORD_BEFORE.search(text, max(start, reach), at) is not None


def _glued_heading_end(text: str, start: int, end: int) -> int:
    """Offset of the space before the first capitalised article within
    `_HEADING_REACH` of `start` that follows a letter or ")" and precedes a word, or -1."""
    found = _HEADING_ARTICLE_RE.search(text, start + 1, min(end, start + _HEADING_REACH))
    if found is None:
        return -1
    at = found.start()
    before_ok = text[at - 1].isalpha() or text[at - 1] == ")"
    return at if before_ok and text[found.end() : found.end() + 1].isalpha() else -1


def _split_camel(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split long pieces where a lost line break glued two words ('BombZabiullah')."""
    out: list[tuple[int, int]] = []
    for start, end in pieces:
        if end - start < _CAMEL_MIN_PIECE:
            out.append((start, end))
            continue
        cursor = start
        # From start + 1: the lower-case letter before the capital must be in the piece.
        for match in _CAMEL_RE.finditer(text, start + 1, end):
            if _camel_break(text, match.start()):
                out.append((cursor, match.start()))
                cursor = match.start()
                if text[cursor + 1 : cursor + 2].isupper():
                    # "… in AfghanistanKANDAHAR, Afghanistan, Oct. 3 (Xinhua) -- Seven …":
                    # the dateline glued after the headline is no part of a sentence
                    dateline = _DATELINE_RE.match(text, cursor, end)
                    cursor = dateline.end() if dateline else cursor
        out.append((cursor, end))
    return out


def _camel_break(text: str, pos: int) -> bool:
    """'BombZabiullah' glues a junk line to a sentence; 'McBride' and 'YouTube' do not,
    nor does a word the text spells so in more than one place ('William LeoGrande, …',
    'Later, LeoGrande said' is a name: a lost line break glues two words once, though a
    page may repeat the paragraph it is in)."""
    word_start = pos
    while word_start > 0 and text[word_start - 1].isalpha():
        word_start -= 1
    word_end = pos
    while word_end < len(text) and text[word_end].isalpha():
        word_end += 1
    left = text[word_start:pos].casefold()
    decade = left == "s" and text[word_start - 1 : word_start].isdigit()  # "the 1990sWhen"
    return (
        text[word_start - 1 : word_start] not in ("#", "@")  # "#BringBackOurGirls"
        and text[word_start:word_end].casefold() not in _CAMEL_WORDS
        and left not in _CAMEL_PREFIXES
        and (len(left) >= 3 or decade)
        and not _spelled_in_two_places(text, text[word_start:word_end])
    )


#: How many characters before a word tell its places apart (`_spelled_in_two_places`).
_PLACE_CONTEXT = 20


def _spelled_in_two_places(text: str, word: str) -> bool:
    """Whether `word` stands in the text after two different runs of `_PLACE_CONTEXT`
    characters: written again in other words, not a paragraph repeated whole."""
    contexts = set()
    at = text.find(word)
    while at >= 0:
        contexts.add(text[max(0, at - _PLACE_CONTEXT) : at])
        if len(contexts) > 1:
            return True
        at = text.find(word, at + len(word))
    return False


_HEADING_MARK_RE = re.compile(r"#{1,6}[ \t]+")
#: A live blog's time stamp opening an entry ("14:05 GMT – Poland's operational command
#: said …", "10:42 - …"): a time, perhaps its zone, and a dash.
_TIME_STAMP_RE = re.compile(
    r"\d{1,2}[:.]\d{2}(?:\s*(?:[AaPp]\.?[Mm]\.?|GMT|UTC|BST|CET|CEST|EET|EEST|MSK|ET|EST|EDT))?"
    r"\s+(?:--?|[–—])\s+(?=\S)"
)
#: A scraped page's furniture glued before a sentence: a photo credit in brackets, or a
#: link's label ("(AFP Photo) At least 18 civilians …", "Read more here Syrian …").
_PAGE_FURNITURE_RE = re.compile(
    r"(?:\((?:[A-Z][\w.]*\s+){0,2}(?i:photos?|pictures?|images?|file)\)"
    r"|Read\s+(?:more(?:\s+here)?|also|More|Also)\s*:?)\s+(?=[A-Z])"
)


def _skip_furniture(text: str, start: int, end: int, block_index: int) -> tuple[int, bool]:
    """Offset after a dateline, a Markdown heading or block quote mark (any block), a
    dateline that lost its dash (the first two blocks: the body's first may follow a
    headline), or a glued date and byline (the article's first block); and whether that
    date was there."""
    while start < end and text[start].isspace():
        start += 1
    while text.startswith("> ", start) and start + 2 < end:
        start += 2  # a Markdown block quote's mark ("> BAGHDAD (Reuters) — Iraq's …")
    dated = False
    if block_index == 0:
        match = _DATE_PREFIX_RE.match(text, start, end)
        if match and match.end() < end:
            start, dated = match.end(), True
    if text[start : start + 1].isdigit():
        stamp = _TIME_STAMP_RE.match(text, start, end)
        if stamp and stamp.end() < end:
            start = stamp.end()
    if text[start : start + 2].isupper():
        match = _DATELINE_RE.match(text, start, end)
        if match is not None and _names_no_place(match.group()):
            match = None
        if match is None and block_index < 2:
            match = _BARE_DATELINE_RE.match(text, start, end)
            if match and match.group().split()[0] in _OPENING_ACRONYMS:
                match = None
        if match and match.end() < end:
            start = match.end()
    elif text[start : start + 1].isupper() and "(" in text[start : start + _TITLED_DATELINE_REACH]:
        match = _TITLED_DATELINE_RE.match(text, start, end)
        if match and match.end() < end:
            start = match.end()
    elif block_index < 2 and text[start : start + 1].isupper():
        match = _TITLED_PLACE_DATELINE_RE.match(text, start, end)
        if (
            match
            and match.end() < end
            # (in the text's first block, the headline's: "Zelensky, Biden - Ukraine
            # Says …" names no place)
            and (block_index > 0 or _names_a_state(match.group("state")))
        ):
            start = match.end()
    elif text.startswith("#", start):
        heading = _HEADING_MARK_RE.match(text, start, end)  # Markdown "## Heading"
        if heading and heading.end() < end:
            start = heading.end()
    return start, dated


#: The site's name that a page title ends with after a bar or a dash ("Zelenskyy calls
#: for tougher US sanctions … - Türkiye Today", "… | Russia-Ukraine war News | Al
#: Jazeera", "… – NBCNews.com", "… | The Times of Israel"): after a bar, one to five
#: capitalised words, perhaps after a section's name between bars; after a dash, a
#: domain, a name ending in a word outlets are named with, or a wire's name, whose pages
#: are titled so ("… – Reuters": the gold sets read it as the page's, not a source).  A wire
#: tag in capitals ("… - PAPER") names a source, a name in title case alone ("… -
#: Owusu") a speaker, and a monitor after a dash ("… - UN Monitor") may be either: all
#: stay.
_SITE_NAME_END = re.compile(
    r"\s+(?:\|\s+(?:[^|\n]{1,40}\s+\|\s+){0,2}(?:[A-Z\d][\w.’'&-]*\s+(?:of\s+)?){0,4}"
    r"[A-Z\d][\w.’'&-]*"
    r"|[-–—]\s+(?:[\w-]+\.(?:com(?:\.au)?|net|org|co\.uk|co\.za|co|az|ge|am|in|pk|ng|info"
    r"|news|au|ca|de|fr|ie|il|ua|uk|tv|eu|nz|ph|sg|lk|bd)"
    r"|(?:[A-Z][\w.’'&-]*\s+){0,3}(?:News|Today|Times|Tribune|Post|Herald|Journal|Gazette"
    r"|Express|Telegraph|Standard|Chronicle|Insider|Online|Review|Press|Star|Mail|Guardian"
    r"|Independent|Mirror|Network|Wire|Daily|Weekly|Eye|Beast|Reuters|Bloomberg"
    r"|Al\s+Jazeera|Xinhua|Anadolu\s+Agency)))\s*$"
)
#: The longest page title read for a site's name at its end.
_PAGE_TITLE_REACH = 300
#: The fewest words of the headline before the site's name: a shorter part is a page's
#: section or topic ("Russia-Ukraine War Live Updates | Kremlin Says …").
_PAGE_TITLE_WORDS = 5


def _page_title_end(text: str, start: int, end: int) -> int:
    """Where the text's first sentence ends when it is a page title whose line ends in
    the site's name (`_SITE_NAME_END`): before the name, which is the page's furniture,
    not the headline's words; else `end`.  A name with a figure in it ("… | Kremlin
    Says 300 Troops Killed") is a headline's."""
    if end - start > _PAGE_TITLE_REACH:
        return end
    title = text[start:end]
    if "\n" in title or (
        " | " not in title and not any(dash in title for dash in (" - ", " – ", " — "))
    ):
        return end
    site = _SITE_NAME_END.search(text, start, end)
    if (
        site is None
        or len(text[start : site.start()].split()) < _PAGE_TITLE_WORDS
        or any(char.isdigit() for char in site.group())
    ):
        return end
    return site.start()


def _names_a_state(words: str) -> bool:
    """Whether the words after a title-case dateline's comma name a state, a country's
    province or a state's abbreviation ("D.C.", "Calif.", "Afghanistan", "Texas")."""
    return "." in words or words.casefold() in place_names()


def _names_no_place(dateline: str) -> bool:
    """Whether a dateline read by its two spaces alone (a dash lost in scraping:
    "PRAGUE  The …") opens with a sentence's subject instead: an acronym that opens
    sentences ("NATO  Secretary-General …") or a name too short for a place ("UN  …",
    "US  President …")."""
    if not dateline.endswith("  "):
        return False
    first = dateline.split(None, 1)[0]
    return first in _OPENING_ACRONYMS or len(first) < _SHORTEST_PLACE


#: The fewest letters of a place's name in capitals before a dateline's two spaces
#: ("ROME", "BAKU", "GAZA").
_SHORTEST_PLACE = 4


def _is_letter(char: str) -> bool:
    """Whether `char` is one of the letters `_NO_LETTER` excludes (a quick test that
    spares the pattern for the usual span that starts with one)."""
    return "a" <= char <= "z" or "A" <= char <= "Z" or "\u00c0" <= char <= "\uffff"


#: A photo caption's kicker: one to six words and a colon before the caption itself
#: ("Fighter jets: Nato images show …", "Flag-waving: The siege in Luhansk …", "Under
#: fire: A Palestinian youth …", "Time to go home: The Union flag …", "SAS SNIPER UNITS
#: SCRAMBLED IN CHINOOKS: The heavily equipped troops …").
_CAPTION_KICKER_RE = re.compile(
    # "Worry: Military chiefs …", "'Plain to see': He spoke …", "Resolve: U.S. Pacific
    # Command …"
    r"['‘]?[A-Z][\w'’-]*(?: [\w'’-]+){0,5}['’]?: +(?=[A-Z][a-z]|A |(?:[A-Z]\.){2})"
    # "Coming home: UK troops …", "Drills: 150 U.S. troops …"; not a headline's "The
    # 'proxy war': UK troops are sent …"
    r"|(?!The )['‘]?[A-Z][\w'’-]*(?: [\w'’-]+){0,5}['’]?: +(?=[A-Z]{2,}\s|\d)"
)
#: How many words a caption has at least after its kicker (`caption_kicker`).
_CAPTION_WORDS = 4
#: How far into a line a caption's kicker may end ("SAS SNIPER UNITS SCRAMBLED IN
#: CHINOOKS: ").
KICKER_LENGTH = 40
#: A kicker that names speech is a speaker's label ("Mr Cameron said: …", "The Post is
#: saying: …"), kept.
_SPEECH_IN_KICKER = re.compile(
    r"\b(?:said|says|saying|told|tells|added|adds|warned|wrote|asked|stated|declared"
    r"|insisted)\b"
)


#: A dash, a star or a bullet and a space before a sentence's first capital or quote mark
#: ("— Police have arrested …", Markdown's "* NATO forces would …"): a bullet, no part
#: of the sentence; or a dateline's dash typed as two hyphens, after a wire's credit
#: ("SEOUL, Dec. 28 (Yonhap) -- The …").
_LONE_DASH_RE = re.compile(rf"(?:{_DASH}|--|[*•]) +(?=[A-Z“\"])")
#: A list's item marks, whose item's label is no caption's kicker (`_trim`).
_LIST_MARKS = "*•"
#: What a bullet or a dateline's dash starts with (`_LONE_DASH_RE`).
_BULLETS = _DASHES + _LIST_MARKS
#: A sub-heading set between dashes glued before a sentence (AFP: "- Air raids kill
#: thousands - While the ground offensive failed …"): group "heading" is a piece of its
#: own (it can hold a claim: "Troops kill 10 children"), the dashes are none.
_DASHED_HEADING_RE = re.compile(
    rf"{_DASH} +(?P<heading>[^{_DASHES}\n]{{3,80}}?) {_DASH} +(?=[A-Z“\"])"
)


#: Monitoring services' furniture before a paragraph's first word (FBIS, BBC
#: Monitoring): the item's "[Text]", a recording's opening "[Begin Ngonhamo recording]",
#: a speaker's turn in an interview ("[Begin recording] [Sendegeya] I quite agree
#: …") and an editor's note ("[passage omitted]", "[words indistinct]"); none is part
#: of the sentence (`recordings` reads whose speech follows).
_MONITORING_MARKS_RE = re.compile(
    r"(?:\[(?:Text|Begin [^\]\n]{1,60}|[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){0,3}"
    r"|[a-z]+(?: [a-z]+){0,3})\]\s+)+"
    r"(?=[A-Z0-9“\"‘])"
)
#: A wire story's version label before its headline, with the slug between two
#: labels that Yonhap's pages repeat: "(LEAD) S Korea-USFK commander(LEAD) USFK
#: commander says …", "(2nd LD) …", "(URGENT) …".
_WIRE_LABEL_RE = re.compile(
    r"(?:\((?:LEAD|\d(?:st|nd|rd|th) LD|URGENT)\)\s*"
    r"(?:[^()\n]{1,80}?\((?:LEAD|\d(?:st|nd|rd|th) LD)\)\s*)?)(?=[A-Z\"“‘'])"
)
#: A scraped page's timestamp or id glued before a sentence's first word
#: ("…the peace process.190102132047518Duque then announced …"): no number a sentence
#: opens with is this long without a space before its next word.
_GLUED_ID_RE = re.compile(r"\d{10,}(?=[A-Z“\"])")

#: A caption's note that its picture is an old one, ending the caption.
_FILE_PHOTO_RE = re.compile(r"\s*\(file (?:photo|picture|image|pic)\)$", re.IGNORECASE)


def _trim(text: str, start: int, end: int, *, kicker: bool = True) -> tuple[int, int] | None:
    """Strip whitespace, "AD" markers and (unless `kicker` is False) a caption's kicker;
    None when nothing sentence-like is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    # The first character rules out both markers in almost every sentence: a one-letter
    # slice and a comparison cost a fraction of `startswith` with offsets, whose
    # arguments are parsed anew on each of a text's hundreds of calls.
    first = text[start : start + 1]
    if first == "A" and text.startswith(("AD", "Advertisement"), start):
        match = _AD_MARKER_RE.match(text, start, end)
        if match:
            start = match.end()
    elif (first == "(" or first == "R") and text.startswith(("(", "Read"), start, end):
        furniture = _PAGE_FURNITURE_RE.match(text, start, end) or _WIRE_LABEL_RE.match(
            text, start, end
        )
        if furniture:
            start = furniture.end()  # "(AFP Photo) At least 18 …", "Read more here …"
    elif first in _BULLETS:
        dash = _LONE_DASH_RE.match(text, start, end)
        if dash:
            start = dash.end()  # "— Japanese police have arrested …": a bullet's dash
            # a list item's label is no caption's kicker ("• Confirmed dead: 86"); a
            # dash's may be ("- VIDEO: After a four-day battle …")
            kicker = kicker and first not in _LIST_MARKS
    elif first == "[":
        marks = _MONITORING_MARKS_RE.match(text, start, end)
        if marks:
            start = marks.end()  # "[Text] Calm seems to have returned …"
    elif first.isdigit():
        glued_id = _GLUED_ID_RE.match(text, start, end)
        if glued_id:
            start = glued_id.end()  # "190102132047518Duque then announced …": a page's id
    if text[end - 1 : end] == ")":
        credit = _FILE_PHOTO_RE.search(text, max(start, end - 20), end)
        if credit is not None:
            end = credit.start()  # "… in Helmand province (file photo)": the caption's note
    if start >= end or (not _is_letter(text[start]) and _NO_LETTER.fullmatch(text, start, end)):
        return None
    if end - start <= 8 and text[start:end].strip(" .").casefold() == "reuter":
        return None
    found = caption_kicker(text, start, end) if kicker else None
    if found is not None:
        start = found.end()  # "Stand-off: Ukraine's Prime Minister …", a caption's kicker
    return start, end


def headline_topic(text: str) -> tuple[int, int] | None:
    """The kicker opening the text's first line when it is the headline's topic or
    place ("Lebanon: Army Commander Hails Victory over Daesh", "Partygate: Influential
    Tory …", "Iran crisis: UN rights chief urges …"), as (start, end of its colon and
    space), or None. Annotators keep such a kicker in the headline's span, while a
    desk's label set in capitals or named as one ("HEADLINE:", "DISINFO:", "Scoop:",
    "Transnistria explained:") is none of it. The rules still read the headline
    without it (`caption_kicker`): only the claims' spans take it in."""
    start = 0
    while start < len(text) and text[start].isspace():
        start += 1
    if text.find(":", start, start + KICKER_LENGTH) < 0:
        return None  # (the common case: no colon near the text's start)
    line_end = text.find("\n", start)
    if line_end < 0 or text[:line_end].rstrip().endswith("."):
        # a headline has a line of its own and no stop; a photo caption is a sentence
        # ("Standing guard: Soldiers patrol the bridge on Friday.")
        return None
    kicker = caption_kicker(text, start, line_end)
    if kicker is None:
        return None
    label = kicker.group().rstrip(": ").strip("'‘’")
    words = label.casefold().split()
    if (
        label.isupper()
        or label.casefold() in _DESK_LABELS
        or words[-1] in _DESK_LABEL_ENDS
        or "by" in words  # "By John Smith:", "Posted by:"
        or any(character.isdigit() for character in label)  # "Update 2:"
    ):
        return None
    return start, kicker.end()


#: A desk's labels before a headline (`headline_topic`).
_DESK_LABELS = frozenset(
    (
        *("scoop", "exclusive", "breaking", "watch", "video", "photos", "listen"),
        *("analysis", "opinion", "comment", "editorial", "explainer", "factbox", "podcast"),
        *("revealed", "pictured", "interview", "review", "timeline", "letters", "graphic"),
        *("headline", "press release", "just in", "in brief", "investigation", "key points"),
        *("from the archive", "date", "published", "source", "title", "subject", "reporter"),
        *("editor's note", "editor’s note", "correction", "transcript", "statement"),
        *("translation", "summary", "abstract", "note"),
    )
)
#: Last words that make a kicker a desk's label ("Ukraine war live:", "Transnistria
#: explained:", "NATO weekly briefing:", "Special report:", "In pictures:").
_DESK_LABEL_ENDS = frozenset(
    (
        *("live", "explained", "briefing", "latest", "updates", "update", "updated", "news"),
        *("check", "verify", "report", "pictures", "text", "release", "monitor"),
    )
)


def caption_kicker(text: str, start: int, end: int) -> re.Match[str] | None:
    """The kicker that opens a photo caption at text[start:end] ("Stand-off: "), which
    is no part of its sentence, or None; a speaker's label ("Mr Cameron said: ") is
    none."""
    if text.find(":", start, start + KICKER_LENGTH) < 0:
        return None
    kicker = _CAPTION_KICKER_RE.match(text, start, end)
    if kicker is None or _SPEECH_IN_KICKER.search(kicker.group()):
        return None
    # A caption after its kicker is a sentence; a name or two alone after the colon is
    # a headline's source ("Suez Canal revenues down by half: Al-Sisi"), part of it.
    return (
        kicker
        if len(text[kicker.end() : end].split(None, _CAPTION_WORDS)) >= _CAPTION_WORDS
        else None
    )
