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

from annotator.detection.patterns import BLANK_LINE
from annotator.detection.sentences import end_before_space, skip_space

#: A month as a footer writes it ("October", "Oct", "Sept.").
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
#: The footer a platform prints under an embedded post: a dash (a hyphen only after a
#: space or a line break, where the unwrapped reading may have joined its line to the
#: post's) or Instagram's "A post shared by", the author's name, the handle in brackets
#: and the date, month first or day first, with Instagram's time ("— City of
#: Westerville (@tellwesterville) February 11, 2018", "- Ben Norton (@BenjaminNorton) 29
#: January 2017", "A post shared by UNICEF (@unicef) on May 23, 2017 at 1:10am PDT"),
#: ending its line (a CRLF text's too).
_FOOTER = re.compile(
    r"(?:[—–]|(?:(?<=\s)|\A)-(?=[ \t])|A[ \t]+post[ \t]+shared[ \t]+by)"
    r"[ \t]*(?P<name>[^\n()—–]{1,80}?)[ \t]*\(@(?P<handle>\w{1,30})\)[ \t]*(?:on[ \t]+)?"
    rf"(?:{_MONTH}[ \t]+\d{{1,2}},[ \t]+\d{{4}}|\d{{1,2}}[ \t]+{_MONTH}[ \t]+\d{{4}})"
    r"(?:[ \t]+at[ \t]+\d{1,2}:\d{2}[ \t]*[ap]\.?m\.?(?:[ \t]+[A-Z]{2,4})?)?"
    r"(?=[ \t\r]*(?:\n|\Z))"
)
#: A feed's header line: the time the post went up, the account's name if given, and
#: the handle ("05:58 @DmytroKuleba", "05:58 Dmytro Kuleba @DmytroKuleba:").  The time
#: tells it from a byline's handle ("By Jane Doe\n@janedoe") or an invitation to follow
#: an account, and a summary's "@highlight" marks.
_HEADER = re.compile(
    r"^[ \t]*\d{1,2}[:.]\d{2}[ \t]+(?:(?P<name>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,4})[ \t]+)?"
    r"(?P<at>@)(?P<handle>\w{2,30})[ \t]*:?[ \t]*\r?\n(?=[ \t]*\S)",
    re.MULTILINE,
)
#: A line's or a sentence's start (`_footed_posts`).
_LINE_OR_SENTENCE = re.compile(r"\n|(?<=[.!?])[ \t]+(?=[A-Z#@“\"])")
#: A line that introduces what follows ("The prime minister later wrote on Twitter:").
_INTRODUCING_LINE = re.compile(r":[ \t]*\r?\n")
#: The most characters of a post's words before its footer: a post holds at most 280
#: characters and a link or two, so a longer paragraph before a footer is the
#: article's, with the post on its last lines (a scraped page often keeps a paragraph a
#: line, with no blank line between).
_LONGEST_POST = 320


class Post(NamedTuple):
    """An embedded post: text[start:end], whom it is by (a name, or the handle), where
    its words end (before a footer), and whether its start is only a guess within
    reach of the footer (no blank line, text start or earlier post bounds it): the
    rules' attributed sentences there are the article's, not the post's."""

    start: int
    end: int
    author: str
    words_end: int
    loose: bool


def embedded_posts(text: str) -> list[Post]:
    """The posts embedded in `text`, in order, none overlapping another: a feed's
    header over a post that has its footer too gives way to the footer's name.
    (Most texts have none: the tests for "(@" and "@" spare them the patterns.)"""
    footed = _footed_posts(text) if "(@" in text else []
    headed = _headed_posts(text) if "@" in text else []
    headed = [
        post
        for post in headed
        if not any(post.start < other.end and other.start < post.end for other in footed)
    ]
    return sorted(footed + headed)


def _footed_posts(text: str) -> list[Post]:
    """Posts printed above their footer, on the footer's line or before it.  A post's
    words start after the last blank line, the earlier post's footer or a line that
    introduces them with a colon, within `_LONGEST_POST` characters of the footer;
    failing those, at the first line or sentence in reach (a loose start)."""
    posts = []
    floor = 0  # the end of the post before: no post takes another's words
    for footer in _FOOTER.finditer(text):
        reach = max(floor, footer.start() - _LONGEST_POST - 8)
        words_end = end_before_space(text, reach, footer.start())
        start = reach
        for bound in BLANK_LINE.finditer(text, reach, words_end):
            start = bound.end()
        for bound in _INTRODUCING_LINE.finditer(text, start, words_end):
            start = bound.end()
        loose = start == reach and reach > floor and start > 0
        if loose:
            boundary = _LINE_OR_SENTENCE.search(text, reach, words_end)
            start = boundary.end() if boundary else words_end
        start = skip_space(text, start, words_end)
        floor = footer.end()
        if start < words_end:
            name = footer.group("name").strip()
            author = name or f"@{footer.group('handle')}"
            posts.append(Post(start, footer.end(), author, words_end, loose))
    return posts


def _headed_posts(text: str) -> list[Post]:
    """Posts under a feed's header line: from the name or the handle to the end of the first
    paragraph under it (a feed may add its own comment in the next), and never past the
    next header."""
    posts: list[Post] = []
    headers = list(_HEADER.finditer(text))
    if not headers:
        return posts
    for header, following in zip(headers, [*headers[1:], None], strict=True):
        limit = following.start() if following else len(text)
        blank = BLANK_LINE.search(text, header.end(), limit)
        end = end_before_space(text, header.end(), blank.start() if blank else limit)
        name = header.group("name")
        start = header.start("name") if name else header.start("at")
        posts.append(Post(start, end, name or f"@{header.group('handle')}", end, False))
    return posts
