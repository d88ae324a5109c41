"""A blog post's YAML front matter: where it ends and which of its values are text.

Markdown copies of news sites open with a block of YAML between two "---" lines: the
post's title, summary, date, tags, image.  Most of it is page furniture, but its text
values are the article's headline and standfirst, and some site builders (Netlify and
Decap CMS, Forestry) keep the whole body there too, as a folded block ("content: >-"
with the paragraphs indented below it).  The segmenter reads only the text values, one
block per paragraph, and `sentences.unwrapped` reads a folded value's line breaks as the
spaces YAML makes of them (and a literal block's, as the Markdown a site keeps there
reads them); the keys, dates and tags are never read.

The front matter is recognised by its shape, not by a line count: an opening "---", a
closing "---" (or YAML's "...") at the start of a line, and between them only keys
("title:"), list items ("- tag"), comments, blank lines and indented continuation
lines, with one key in lower case, as site builders write them, or two keys.  Anything
else there (a paragraph of prose, a box of key points between two rules, an "UPDATE: …"
line) means the opening "---" was a rule, and the text has no front matter.
"""

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from annotator.detection.patterns import opens_a_block

#: The opening line of a front matter block.
_OPENING = re.compile(r"---[ \t]*\r?\n")
#: A line that closes it.
_CLOSING = re.compile(r"(?:---|\.\.\.)[ \t]*\r?$")
#: A key line at the block's top level ("title: …", "last_modified_at:"), with its value.
_KEY_LINE = re.compile(r"(?P<key>[A-Za-z_][\w.-]*)[ \t]*:(?:[ \t]+(?P<value>.*?))?[ \t]*\r?$")
#: A key as site builders write them, in lower case ("title:", "last_modified_at:").
_LOWER_KEY = re.compile(r"[a-z_][a-z0-9_.-]*[ \t]*:(?:[ \t]|\r?$)")
#: A top-level list item or comment, which the block may hold among its keys.
_ITEM_OR_COMMENT = re.compile(r"(?:-(?:[ \t]|$)|#)")
#: The keys whose values are the article's text: its headline and standfirst, and the
#: body where the site keeps it in the front matter.
_TEXT_KEYS = frozenset(
    {"title", "excerpt", "description", "summary", "subtitle", "headline"}
    | {"content", "body", "text", "article"}
)
#: A block scalar's header: folded (">") or literal ("|"), with its optional chomping
#: and indentation indicators and a comment.
_BLOCK_HEADER = re.compile(r"(?P<style>[>|])[-+0-9]*(?:[ \t]+#.*)?")
#: A blog's label in front of a title ("Breaking: ", "Big News: "), not read as text.
_TITLE_LABEL = re.compile(r"(?:[A-Z][\w'’]*[ \t]){0,2}[A-Z][\w'’]*:[ \t]+(?=[A-Z0-9“\"'])")


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """Where a text's front matter ends and what of it is text (all offsets into it)."""

    #: Where the body starts after the closing line (0: the text has no front matter).
    end: int = 0
    #: The text values, one (start, end) span per paragraph, in order.
    paragraphs: tuple[tuple[int, int], ...] = ()
    #: The line breaks inside the text values that YAML folds into spaces.
    folds: tuple[int, ...] = ()


#: What a text without front matter has.
NO_FRONT_MATTER = FrontMatter()


@dataclass(slots=True)
class _Line:
    """One line of the block: where it starts and ends (before its line break)."""

    start: int
    end: int
    text: str

    @property
    def indented(self) -> bool:
        return self.text[:1] in (" ", "\t")

    @property
    def blank(self) -> bool:
        return not self.text.strip()


def front_matter(text: str) -> FrontMatter:
    """The front matter at the start of `text`, or `NO_FRONT_MATTER`; a text that does
    not open with "---" is answered at once, without hashing it for the memo."""
    return _front_matter(text) if text.startswith("---") else NO_FRONT_MATTER


@lru_cache(maxsize=4)
def _front_matter(text: str) -> FrontMatter:
    """`front_matter` for a text that opens with "---".  Memoised for the few texts at
    hand: the segmenter, the unwrapper and the headline reader all ask."""
    opening = _OPENING.match(text)
    if opening is None:
        return NO_FRONT_MATTER
    lines: list[_Line] = []
    at = opening.end()
    while at < len(text):
        stop = text.find("\n", at)
        stop = len(text) if stop < 0 else stop
        line = _Line(at, stop, text[at:stop])
        if _CLOSING.match(line.text):
            if not _has_keys(lines):
                return NO_FRONT_MATTER  # rules around prose ("UPDATE: …", key points)
            end = stop + 1 if stop < len(text) else stop
            return _read(text, lines, end)
        if not (line.blank or line.indented or _KEY_LINE.match(line.text)) and (
            _ITEM_OR_COMMENT.match(line.text) is None
        ):
            return NO_FRONT_MATTER  # prose: the opening "---" was a rule
        lines.append(line)
        at = stop + 1
    return NO_FRONT_MATTER


def _has_keys(lines: list[_Line]) -> bool:
    """Whether the lines between two rules hold keys as a front matter does: one in lower
    case, as site builders write them, or two of any case ("Title:", "Author:"); a
    single capitalised key before a sentence ("UPDATE: Gunmen killed …") is prose."""
    keys = [line for line in lines if not line.indented and _KEY_LINE.match(line.text)]
    return len(keys) >= 2 or any(_LOWER_KEY.match(line.text) for line in keys)


def _read(text: str, lines: list[_Line], end: int) -> FrontMatter:
    """The front matter of `lines`, closed before `end`: the spans of its text values."""
    paragraphs: list[tuple[int, int]] = []
    folds: list[int] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        key = None if line.indented else _KEY_LINE.match(line.text)
        if key is None or key.group("key").casefold() not in _TEXT_KEYS:
            continue
        following = index
        while following < len(lines) and (lines[following].indented or lines[following].blank):
            following += 1
        value = key.group("value") or ""
        block = _BLOCK_HEADER.fullmatch(value)
        if block is not None:
            folded = block.group("style") == ">"
            _read_block(text, lines[index:following], folded, paragraphs, folds)
        elif value:
            start = line.start + key.start("value")
            read_before = len(paragraphs)
            _read_scalar(text, start, lines[index - 1 : following], paragraphs, folds)
            if key.group("key").casefold() == "title" and len(paragraphs) > read_before:
                first_start, first_end = paragraphs[read_before]
                label = _TITLE_LABEL.match(text, first_start, first_end)
                if label is not None:
                    paragraphs[read_before] = (label.end(), first_end)
        index = following
    return FrontMatter(end, tuple(paragraphs), tuple(folds))


def _read_block(
    text: str,
    lines: list[_Line],
    folded: bool,
    paragraphs: list[tuple[int, int]],
    folds: list[int],
) -> None:
    """A block scalar's paragraphs (runs of lines between blank ones), each from its
    first word to its last, the breaks inside a paragraph folds.  A literal block
    ("body: |") keeps its breaks in YAML, but a site keeps its Markdown body there, and
    Markdown runs a paragraph's lines together too; there a line that opens a list
    item, a heading or a quotation (`_opens_markdown_block`) is a paragraph of its own."""
    run = [line for line in lines if not line.blank]
    if run:
        first = run[0].start + len(run[0].text) - len(run[0].text.lstrip())
        _add_paragraphs(text, run, first, run[-1].end, paragraphs, folds, markdown=not folded)


def _read_scalar(
    text: str,
    start: int,
    lines: list[_Line],
    paragraphs: list[tuple[int, int]],
    folds: list[int],
) -> None:
    """A plain or quoted value that opens at `start` on the first of `lines` and may go
    on over the indented ones after it (YAML folds those breaks, and a blank line
    between them parts paragraphs).  A quoted value ends at its closing mark; the marks
    themselves are YAML's, not the text's.  A plain value on one line ends before a
    comment ("title: Real title # a comment")."""
    mark = text[start]
    if mark in "\"'":
        close = _closing_mark(text, start + 1, mark, lines[-1].end)
        if close < 0:
            return  # not closed within its lines: no YAML value to read
        run = [line for line in lines if line.start <= close and not line.blank]
        _add_paragraphs(text, run, start + 1, close, paragraphs, folds)
        return
    run = [line for line in lines if not line.blank]
    last = run[-1].end
    if len(run) == 1:
        comment = text.find(" #", start, last)
        last = last if comment < 0 else comment
    _add_paragraphs(text, run, start, last, paragraphs, folds)


def _add_paragraphs(
    text: str,
    run: list[_Line],
    first: int,
    last: int,
    paragraphs: list[tuple[int, int]],
    folds: list[int],
    markdown: bool = False,
) -> None:
    """The value from `first` to `last` over the non-blank lines of `run`, one
    paragraph per stretch of lines with no blank line between them (with `markdown`,
    a line that opens a Markdown block starts one too), each trimmed to its words; the
    breaks inside a paragraph go to `folds`."""
    start = first
    for earlier, later in pairwise(run):
        adjacent = later.start == earlier.end + 1
        if adjacent and not (markdown and _opens_markdown_block(later.text.lstrip())):
            if earlier.end < last:
                folds.append(earlier.end)
            continue
        _add_trimmed(text, start, min(earlier.end, last), paragraphs)
        start = later.start + len(later.text) - len(later.text.lstrip())
    _add_trimmed(text, start, last, paragraphs)


def _opens_markdown_block(line: str) -> bool:
    """Whether a literal block's line opens a Markdown block of its own: a heading, a
    quotation, a table row or a numbered item (`opens_a_block`), or a bullet ("- ",
    "* ", "+ "), which the unwrapper leaves to wire copy's dashes."""
    return opens_a_block(line) or line[:2] in ("- ", "* ", "+ ")


def _add_trimmed(text: str, start: int, end: int, paragraphs: list[tuple[int, int]]) -> None:
    """The span from `start` to `end` without whitespace at either end, if any is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        paragraphs.append((start, end))


def _closing_mark(text: str, at: int, mark: str, limit: int) -> int:
    """Where the quoted value from `at` closes with `mark`, or -1 before `limit`:
    a double-quoted value escapes its mark with a backslash, a single-quoted one by
    doubling it."""
    while True:
        close = text.find(mark, at, limit)
        if close < 0:
            return -1
        backslashes = len(text[at:close]) - len(text[at:close].rstrip("\\"))
        if mark == '"' and backslashes % 2:
            at = close + 1  # escaped by an odd number of backslashes; after two it closes
        elif mark == "'" and text[close + 1 : close + 2] == "'":
            at = close + 2
        else:
            return close
