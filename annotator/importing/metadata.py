"""Metadata that article text carries in its wording: headline, dateline, agency, feed footer.

Scraped and wire articles put their metadata into the text itself:

    IRAN SAYS IT OPENS NEW OFFENSIVE NORTH OF BAGHDAD      <- headline
        LONDON, April 9 - Iran said it launched ...        <- dateline
    GENEVA (AFP): A top Russian official said ...          <- dateline + agency
    The post US, Russia kick off talks appeared first on The Frontier Post.  <- outlet

We only read these; the text is never changed, because claims point into it.
The rules are deliberately conservative (a wrong title is worse than none: the
user can type one) and look only at the first and last few lines, so that a
20 MiB single-line text costs nothing and no regular expression can run away.
"""

import re
from dataclasses import dataclass

from annotator.importing.fields import clean_line

_HEAD_CHARS = 4000  # the title and the dateline are in here
_TAIL_CHARS = 2000  # the feed footer is in here
_LINE_CHARS = 300  # a dateline line is matched on its first characters only
_MAX_TITLE_CHARS = 200
_MAX_TITLE_WORDS = 30
_DATELINE_LINES = 3

_MONTH = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE = (
    rf"(?:{_MONTH}\s{{1,3}}\d{{1,2}}(?:,?\s{{1,3}}\d{{4}})?"  # March 25, March 25, 1987
    rf"|\d{{1,2}}\s{{1,3}}{_MONTH}(?:\s{{1,3}}\d{{4}})?)"  # 25 March 1987
)
_WORD = r"[^\W\d_](?:[^\W\d_]|['’.\-]){0,30}"
_DATELINE = re.compile(
    rf"(?P<place>{_WORD}(?:[ \-]{_WORD}){{0,4}})"
    rf"(?:,\s{{1,3}}(?P<date>{_DATE}))?"
    r"\s{0,3}(?:\((?P<agency>[^\W\d_][\w&.\- ]{0,29})\))?"
    r"\s{0,3}(?P<sep>[:\-–—])(?=\s|$)"
)
_FOOTER = re.compile(r"The post (?P<title>.+?) appeared first on (?P<outlet>.+?)\.?")
_REUTERS_SIGNOFF = {"REUTER", "Reuter", "REUTERS", "Reuters"}
_LOWERCASE_AGENCIES = {"dpa"}
_QUOTES = "\"'“‘«"


@dataclass(frozen=True, slots=True)
class TextMetadata:
    """What the wording of an article told us; None where it told nothing."""

    title: str | None = None
    dateline: str | None = None
    agency: str | None = None
    outlet: str | None = None


@dataclass(frozen=True, slots=True)
class Dateline:
    """A parsed dateline: where (and when) the story was filed, and by which agency."""

    dateline: str
    agency: str | None


def extract_metadata(text: str) -> TextMetadata:
    """Headline, dateline, agency and feed outlet found in `text` (which is left untouched)."""
    head = [line.strip() for line in text[:_HEAD_CHARS].split("\n")]
    lines = [line for line in head if line]
    title = find_title(lines)
    candidates = [line for line in lines[1 if title else 0 :] if line != title]
    dateline = next(
        (found for line in candidates[:_DATELINE_LINES] if (found := parse_dateline(line))),
        None,
    )
    tail = [line.strip() for line in text[-_TAIL_CHARS:].split("\n")]
    last = next((line for line in reversed(tail) if line), "")
    footer = _FOOTER.fullmatch(last)
    agency = dateline.agency if dateline else None
    if agency is None and last in _REUTERS_SIGNOFF:
        agency = "Reuters"
    if title is None and footer is not None and footer.group("title") != lines[0]:
        title = clean_line(footer.group("title"))
    return TextMetadata(
        title=title,
        dateline=dateline.dateline if dateline else None,
        agency=agency,
        outlet=clean_line(footer.group("outlet")) if footer else None,
    )


def find_title(lines: list[str]) -> str | None:
    """The first line if it reads like a headline: short, unpunctuated, followed by more text.

    `lines` are the stripped non-blank lines of the start of the article.
    """
    if len(lines) < 2:
        return None
    first, following = lines[0], lines[1]
    if len(first) > _MAX_TITLE_CHARS or len(first.split()) > _MAX_TITLE_WORDS:
        return None
    if first[-1] in ".,;:-" or not (
        first[0].isupper() or first[0].isdigit() or first[0] in _QUOTES
    ):
        return None
    if following[0].islower():
        return None  # a hard-wrapped sentence continues on the next line
    if parse_dateline(first) is not None:
        return None
    return clean_line(first)


def parse_dateline(line: str) -> Dateline | None:
    """The dateline at the start of `line`: "GENEVA (AFP):", "N'DJAMENA, March 25 -"."""
    match = _DATELINE.match(line[:_LINE_CHARS])
    if match is None:
        return None
    place, date, agency = match.group("place"), match.group("date"), match.group("agency")
    agency = agency.strip() if agency else None
    if agency is not None and not (
        any(c.isupper() for c in agency) or agency in _LOWERCASE_AGENCIES
    ):
        return None
    if place != place.upper():
        # "Geneva (AFP):" is a dateline; "Update:" or "Officials said -" are not.
        if agency is None or not place[0].isupper():
            return None
    elif agency is None and date is None and match.group("sep") == ":":
        return None  # "NOTE:" or "UPDATE:" rather than a place
    dateline = place if date is None else f"{place}, {' '.join(date.split())}"
    return Dateline(dateline, agency)
