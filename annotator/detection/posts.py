"""Social-media posts embedded in a text, each one statement unit (guideline §4).

An article that embeds a post prints its words, then the platform's footer with the
author, the handle and the date ("— Ben Norton (@BenjaminNorton) January 29, 2017").
A feed of posts (a live page, a chronology of a war's first days) prints the handle
first, on a line of its own, with the time it was posted ("05:58 @DmytroKuleba"), and
the post's words under it.  Either way the post is its author's words from first to
last, though no quote mark or reporting verb shows it, and the guideline counts the
post as one unit with its author as the speaker.
"""

import re
from typing import NamedTuple

#: The footer a platform prints under an embedded post: a dash, the author's name, the
#: handle in brackets and the date ("— City of Westerville (@tellwesterville) February
#: 11, 2018"), ending its line.
_FOOTER = re.compile(
    r"[—–]\s*(?P<name>[^\n()—–]{1,80}?)\s*\(@(?P<handle>\w{1,30})\)\s*"
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\s+\d{1,2},\s+\d{4}[ \t]*(?=\n|$)"
)
#: A feed's header line: the time the post went up, if given, and the handle alone
#: ("05:58 @DmytroKuleba").  A summary's "@highlight" marks (CNN/Daily Mail corpus
#: copies) are no handle.
_HEADER = re.compile(
    r"^[ \t]*(?:\d{1,2}[:.]\d{2}[ \t]+)?(?P<at>@)(?P<handle>(?!highlight\b)\w{2,30})[ \t]*\n"
    r"(?=[ \t]*\S)",
    re.MULTILINE,
)
#: A blank line: where a paragraph, and so a post's words, ends.
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
#: A line's or a sentence's start (`_footed_posts`).
_LINE_OR_SENTENCE = re.compile(r"\n|(?<=[.!?])[ \t]+(?=[A-Z#@“\"])")
#: The most characters of a post's words before its footer: a post holds at most 280
#: characters and a link or two, so a longer paragraph before a footer is the
#: article's, with the post on its last lines (a scraped page often keeps a paragraph a
#: line, with no blank line between).
_LONGEST_POST = 320


class Post(NamedTuple):
    """An embedded post: text[start:end] and whom it is by (a name, or the handle)."""

    start: int
    end: int
    author: str


def embedded_posts(text: str) -> list[Post]:
    """The posts embedded in `text`, in order.  (Most texts have none: the tests for
    "(@" and "@" spare them the patterns.)"""
    posts = []
    if "(@" in text:
        posts.extend(_footed_posts(text))
    if "@" in text:
        posts.extend(_headed_posts(text))
    return sorted(posts)


def _footed_posts(text: str) -> list[Post]:
    """Posts printed above their footer: from the start of the paragraph that ends
    with the post's words (or the first line within `_LONGEST_POST` characters of
    them) to the footer's end.  The footer may follow the words on their last line or
    stand on its own after a blank line."""
    posts = []
    for footer in _FOOTER.finditer(text):
        words_end = len(text[: footer.start()].rstrip())
        start = 0
        for blank in _BLANK_LINE.finditer(text, 0, words_end):
            start = blank.end()
        if words_end - start > _LONGEST_POST:
            # the first line, or the first sentence where a hard-wrap reading has joined
            # lines, within reach of the footer
            boundary = _LINE_OR_SENTENCE.search(text, words_end - _LONGEST_POST, words_end)
            start = boundary.end() if boundary else words_end
        start += len(text[start:words_end]) - len(text[start:words_end].lstrip())
        name = footer.group("name").strip()
        posts.append(Post(start, footer.end(), name or f"@{footer.group('handle')}"))
    return posts


def _headed_posts(text: str) -> list[Post]:
    """Posts under a feed's header line: from the handle to the end of the first
    paragraph under it (a feed may add its own comment in the next)."""
    posts = []
    for header in _HEADER.finditer(text):
        blank = _BLANK_LINE.search(text, header.end())
        end = blank.start() if blank else len(text.rstrip())
        end = header.end() + len(text[header.end() : end].rstrip())
        posts.append(Post(header.start("at"), end, f"@{header.group('handle')}"))
    return posts
