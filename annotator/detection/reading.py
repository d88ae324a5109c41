"""How the rules read a text that scraping or typesetting damaged (guideline §0): each
repair swaps characters one for one, so offsets and claim texts stay the text's own."""

import re
from collections import Counter

from annotator.detection.sentences import INDENTS, body_start, unwrapped
from annotator.detection.written_case import (
    ACRONYM_LENGTH,
    LETTER_RUN,
    in_capitals,
    in_written_case,
)

#: Spaces that scraped and typeset text puts where a plain space means the same: no-break,
#: narrow no-break, thin, figure, en and em spaces, and the byte-order mark (a zero-width
#: no-break space) that a file or a pasted part of one may start with.  Each is one code
#: point, as a plain space is, so the rules can read the text with plain spaces at the
#: same offsets.
_SPACE_LIKE = "\u00a0\u202f\u205f\u3000\ufeff" + "".join(map(chr, range(0x2000, 0x200B)))
_FIND_SPACE_LIKE = re.compile(f"[{_SPACE_LIKE}]")
#: Unicode's line and paragraph separators, which scraped pages put where a line break
#: stands, read as one; and its hyphen and no-break hyphen, which typeset text joins
#: words with ("Iranian\u2011sponsored", "all\u2011out"), read as the hyphen-minus the
#: rules know: one character for one.
_LINE_AND_HYPHEN_LIKE = str.maketrans("\u2028\u2029\u2010\u2011", "\n\n--")


#: A letter of any script.
_LETTER = r"[^\W\d_]"
#: A possessive or contraction ending standing alone, where no English word stands
#: ("re-election" and "t-shirt" are words).
_LONE_ENDING = r"(?:s|t|re|ve|ll|d|m)(?![\w'’-])"
#: A space before one: found first, since a search for a space runs at memchr speed
#: where a look-behind is tried at every character.
_LONE_ENDING_RE = re.compile(f" {_LONE_ENDING}")
#: An apostrophe a scraper turned into a space ("Ukraine s army", "couldn t", "we re"):
#: a lone ending after a letter ("the 1990 s" is a decade).
_LOST_APOSTROPHE = re.compile(rf"(?<={_LETTER}) (?={_LONE_ENDING})")
#: Curly and straight quote marks, by which a text shows how it writes apostrophes.
_CURLY_MARKS = ("’", "‘", "“", "”")
_STRAIGHT_MARKS = ("'", '"')


def with_apostrophes(text: str) -> str:
    """`text` with each lost apostrophe (`_LOST_APOSTROPHE`) put back, in the text's own
    style (curly where it writes more curly quote marks than straight ones), so that
    "Ukraine s defence minister said" is read, and its speaker named, as "Ukraine's
    defence minister said" is; `text` itself when it lost none."""
    if _LONE_ENDING_RE.search(text) is None:
        return text
    curly = sum(map(text.count, _CURLY_MARKS)) > sum(map(text.count, _STRAIGHT_MARKS))
    return _LOST_APOSTROPHE.sub("’" if curly else "'", text)


#: A line in capitals with this many words or more is a headline set in capitals ("REBEL
#: AMBUSH KILLS 18 SOLDIERS"), not a label ("TOPSHOTS") or an acronym.
_CAPITALS_HEADLINE_WORDS = 3
#: The source a wire headline ends with ("… NEAR GULF - PAPER", "… - DIPLOMATS").
_WIRE_SOURCE_TAG = re.compile(r" - [A-Z.']+(?: [A-Z.']+){0,2}$")


def _in_body_case(text: str) -> str:
    """`text` with a headline set in capitals read in the case the rest of the text writes
    its words ("THE NIGERIAN MILITARY SAYS" as "The Nigerian military says"), so that its
    speaker is found and named as in a headline in sentence case; same length.  A word
    the text writes nowhere else is read in lower case unless it is short enough to be an
    acronym; the first word is capitalised.  The headline is the text's first line (after
    a blog's front matter); a line in capitals further down is a subheading, which the
    rules read as one ('"I DREAD THE HORROR"' is no quoted sentence)."""
    at = body_start(text)
    while text[at : at + 1].isspace():
        at += 1
    end = text.find("\n", at)
    headline = text[at:end]
    if (
        end < 0
        or not headline.isupper()
        or len(LETTER_RUN.findall(headline)) < _CAPITALS_HEADLINE_WORDS
        or text.startswith(INDENTS, end + 1)  # a wire dateline
        or _WIRE_SOURCE_TAG.search(headline)
    ):
        # no headline in capitals, or a wire headline: above an indented dateline ("IRAN
        # SAYS …\n    LONDON, April 9 - …") or tagged with its source ("… NEAR GULF -
        # PAPER").  Wire copy writes every headline in capitals, and the speaker rules
        # read them as such ("- PAPER" is the paper the story names, "IRAN PRESIDENT"
        # the office).
        return text
    forms = _word_forms(text[end:])
    if not forms:
        return text
    return text[:at] + _headline_in_case(headline, forms) + text[end:]


def _word_forms(body: str) -> dict[str, str]:
    """Lower-case word -> the form the `body` writes it in most often."""
    counts = Counter(LETTER_RUN.findall(body))
    forms: dict[str, str] = {}
    for word, _count in counts.most_common():
        forms.setdefault(word.lower(), word)
    return forms


def _headline_in_case(line: str, forms: dict[str, str]) -> str:
    """The capitals `line` with its words in `forms`' case (`_in_body_case`)."""
    chars = list(line)
    first = True
    for match in LETTER_RUN.finditer(line):
        word = match.group()
        form = forms.get(word.lower())
        if line[match.start() - 1 : match.start()] == ".":
            # glued to an abbreviation ("S.AFRICA"): in lower case it would read as a
            # glued sentence start ("terrorism.In")
            form = word
        elif form is None:
            form = word if len(word) <= ACRONYM_LENGTH else word.lower()
        if first:
            form = form[:1].upper() + form[1:]
            first = False
        if len(form) == len(word):
            chars[match.start() : match.end()] = form
    return "".join(chars)


#: A Markdown link whose label stands in the sentence ("Zelensky [said](https://…)
#: that …"): a feed stored as Markdown.  Group "label" is read; the brackets and the
#: address are no part of the sentence.  An image ("![Russia_Namibia](/sites/…/x.png)",
#: its address on the web or on the same site) is no part of it at all: its label is
#: alternative text.  (A link to the same site stays as written: a hard wrap may break
#: its label, and a wrapped text must read as the unwrapped one.)  A hard wrap may break
#: a link's label, or fall right after it ("he [pressed\n](https://…)to\ngive"), as
#: pandoc wraps Markdown at 72 columns.
_MARKDOWN_LINK = re.compile(
    r"(?:(?P<image>!)\[(?P<alt>[^\[\]\n]{0,300})\]\((?:https?://|www\.|/)"
    r"|(?<!!)\[(?P<label>(?:[^\[\]\n]|\n(?![ \t]*\n)){1,300})\]\((?:https?://|www\.))"
    r"[^()\s]*(?:\([^()\s]*\)[^()\s]*)*\)"
)
#: Markdown emphasis around words ("**TMD**", "*Axios*", "__Unknown__"), not around a
#: caption's counter ("**[1/5]**"): the marks are no part of the words.
_MARKDOWN_EMPHASIS = re.compile(r"(\*{1,2}|__)(?=[\w“\"‘'])[^*_\n]{1,120}?(?<=[^\s*_])\1")
#: Markdown emphasis with one underscore on each side, around words and sentences (a
#: photo caption "_Hundreds of thousands of Canadian peacekeeping forces have been
#: deployed … ([United Nations](…))_"), sought once the links are blanked (a link's
#: address may hold underscores), never inside a word ("snake_case", "Iraq_War"), over
#: a hard wrap but not a blank line.
_UNDERSCORE_EMPHASIS = re.compile(
    r"(?<![\w\\])_(?=[\w“\"‘'(\[])(?:[^_\n]|\n(?!\s*\n)){1,400}?(?<=[^\s_])_(?!\w)"
)
#: A line of a Markdown block quotation that a wrapper broke, before the line that
#: goes on with it ("> other arms sales.  But you cannot …" before "> sales to a
#: country …"): the next line's mark is read as spaces, so that the quotation's wrapped
#: lines read as one paragraph, as they do without the marks.  A line of ">" alone parts
#: the quotation's paragraphs, the first line keeps its mark, and a line that ends a
#: sentence, or is longer than a wrapper leaves (90 characters, as `sentences.unwrapped`
#: has it), or is short (under 60) before a capital, was ended by its writer: a
#: quotation of one sentence, headline or paragraph a line ("> Russia masses 100,000
#: troops near Ukraine border\n> Ukraine calls up 36,000 reservists").
_QUOTE_LINE_WRAPPED = re.compile(
    r"^>(?=[^\n]*[^>\s])(?:[^\n]{0,88}[^.!?:;\"”’\s](?=\n> ?[^\sA-Z])"
    r"|[^\n]{59,88}[^.!?:;\"”’\s](?=\n> ?[A-Z]))",
    re.MULTILINE,
)
#: What follows a list item's label in emphasis at a line's start, up to the sentence
#: it labels ("__“Yaik” Battalion__ (motorized rifle battalion): Orenburg City officials
#: announced …", "**Unknown** - Ukraine's …"): the label is no part of the sentence.
_AFTER_LABEL = re.compile(r"\s*(?:\([^()\n]{1,60}\))?\s*(?::|\s[-–—])\s+(?=[\w“\"‘'])")


def _without_markdown(text: str) -> str:
    """`text` with the brackets and addresses of Markdown links, the marks of emphasis and
    a list item's label in emphasis (`_AFTER_LABEL`) read as spaces, so that a sentence
    a link or a bold word runs through ("… he told\n**TMD**\n.") reads as the plain
    sentence it is.  No word moves; a line a mark opens has its line break moved up to
    the word, so that it does not start with an indent, which in wire copy opens a
    paragraph (same length)."""
    chars = list(text)
    for link in _MARKDOWN_LINK.finditer(text):
        if link.group("image"):
            _blank(chars, link.start(), (link.end(), link.end()), link.end())
            continue
        label = link.group("label")
        start = link.start("label")
        words_end = start + len(label.rstrip())
        _blank(chars, link.start(), (start, words_end), link.end())
        if "\n" in label:
            _rewrap_label(chars, start, link.end())
        if link.end() < len(text) and text[link.end()] == "," and words_end < link.end():
            # "According to [the UN human rights office](https://…), Russian forces …":
            # the comma read right after the label's words, as the sentence puts it, so
            # that the blanked address does not part the phrase from its comma
            chars[words_end], chars[link.end()] = ",", " "
    for emphasis in _MARKDOWN_EMPHASIS.finditer(text):
        if _is_heading(text, emphasis.start(), emphasis.end()):
            continue
        label = (
            _AFTER_LABEL.match(text, emphasis.end())
            if not emphasis.start() or text[emphasis.start() - 1] == "\n"
            else None
        )
        if label:
            _blank(chars, emphasis.start(), (label.end(), label.end()), label.end())
            continue
        stars = len(emphasis.group(1))
        _blank(
            chars,
            emphasis.start(),
            (emphasis.start() + stars, emphasis.end() - stars),
            emphasis.end(),
        )
    if "\n>" in text:
        for line in _QUOTE_LINE_WRAPPED.finditer(text):
            mark = line.end() + 1
            words = mark + 2 if text[mark + 1] == " " else mark + 1
            _blank(chars, mark, (words, words), words)
    if "_" in text:
        linked = "".join(chars)
        for emphasis in _UNDERSCORE_EMPHASIS.finditer(linked):
            _blank(
                chars, emphasis.start(), (emphasis.start() + 1, emphasis.end() - 1), emphasis.end()
            )
    return "".join(chars)


def _rewrap_label(chars: list[str], start: int, end: int) -> None:
    """A link's label the wrapper broke ("[General John\nCampbell](https://…),\nwho",
    "he [pressed\n](https://…)to\ngive") read on one line: its line break moves to the
    first space after the link, or goes where a line break already ends the link's line,
    so that no name or phrase is parted and the next line opens with no indent."""
    for pos in range(start, end):
        if chars[pos] == "\n":
            chars[pos] = " "
    for pos in range(end, len(chars)):
        if chars[pos] == "\n":
            return
        if chars[pos] in " \t":
            chars[pos] = "\n"
            return


def _is_heading(text: str, start: int, end: int) -> bool:
    """Whether emphasis at text[start:end] fills its line before a new sentence's line
    (or the text's end): a bold heading ("**Tigray tensions**\nFederal forces …"),
    which its stars set apart from the sentence after it, not a bold word inside a
    sentence ("told\n**TMD**\nof the plan")."""
    if start and text[start - 1] != "\n":
        return False
    following = text[end : end + 2]
    return following in ("", "\n") or (
        following[0] == "\n" and not following[1].islower() and following[1] not in ".,;:"
    )


def _blank(chars: list[str], start: int, words: tuple[int, int], end: int) -> None:
    """Spaces for chars[start:end] but chars[words], and the line break right before
    `start` moved up to the words."""
    chars[start : words[0]] = " " * (words[0] - start)
    chars[words[1] : end] = " " * (end - words[1])
    if start and chars[start - 1] == "\n":
        chars[start - 1] = " "
        chars[words[0] - 1] = "\n"


def as_undamaged(text: str) -> str:
    """`text` as the rules read it: typeset spaces as plain ones (`_FIND_SPACE_LIKE`),
    line and paragraph separators as line breaks and typeset hyphens as the
    hyphen-minus (`_LINE_AND_HYPHEN_LIKE`), Markdown's link
    addresses and emphasis marks as spaces (`_without_markdown`), a text set all in
    capitals in the case English writes it (`written_case`), a hard-wrapped text unwrapped
    (`sentences.unwrapped`) and a headline in capitals in the body's case
    (`_in_body_case`); same length.  Why: the rules are written for plain
    spaces, sentences on one line and headlines in sentence case, and scraped text has
    none of these."""
    read = text
    if not text.isascii():
        read = _FIND_SPACE_LIKE.sub(" ", text)
        if "\u2028" in read or "\u2029" in read or "\u2010" in read or "\u2011" in read:
            # a page's line and paragraph separators ("Regional Command - East\u2028\u2028By
            # …"), which the segmenter reads as line breaks, and typeset hyphens
            read = read.translate(_LINE_AND_HYPHEN_LIKE)
    if "](" in read or "*" in read or "_" in read or "\n>" in read:
        read = _without_markdown(read)
    if "\n" in read:
        read = unwrapped(read)
    if in_capitals(read):
        read = in_written_case(read)  # (unwrapped first: its line breaks end lines)
    if "\n" in read:
        read = _in_body_case(read)
    return read
