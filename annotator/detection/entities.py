"""HTML character references left in scraped text ("Sky News.&#160;", "Britain&#8217;s",
"Q&amp;A"): read as the characters they stand for, with a map back to the text's own
offsets.

Feed items and CMS exports often reach an archive with their references undecoded.  Read
as written, "&#8217;" cuts a possessive in two, "northern&#160;Gaza" is one word, and a
sentence's span runs on over the reference after its stop.  A reference is several code
points for one, so, unlike the one-for-one repairs of `reading`, the text is decoded and
each claim's offsets mapped back (`Decoded.span_in_source`).
"""

import html
import re
from dataclasses import dataclass

#: A character reference: decimal, hexadecimal or named (HTML5's names are a letter and
#: up to 31 letters and digits).
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


@dataclass(frozen=True, slots=True)
class Decoded:
    """A text with its character references decoded, and where each of its characters
    came from."""

    #: The decoded text.
    text: str
    #: For each character of `text`, the offset in the source where its source starts,
    #: and one more entry: the source's length.
    starts: tuple[int, ...]
    #: For each character of `text`, the offset in the source where its source ends.
    ends: tuple[int, ...]

    def span_in_source(self, start: int, end: int) -> tuple[int, int]:
        """The source's span for the decoded span text[start:end] (`end` exclusive): a
        span that takes in part of a reference's characters takes in the whole
        reference."""
        if end <= start:
            at = self.starts[start]
            return at, at
        return self.starts[start], self.ends[end - 1]


def decoded_references(text: str) -> Decoded | None:
    """`text` with its HTML character references decoded (`html.unescape`, which knows
    every name HTML5 does), or None when it holds none that decode: the common case, for
    which the detector reads the text as given."""
    if "&" not in text:
        return None
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []

    def copy(start: int, end: int) -> None:
        """text[start:end] as it stands, each character its own source."""
        pieces.append(text[start:end])
        starts.extend(range(start, end))
        ends.extend(range(start + 1, end + 1))

    done = 0
    for reference in _REFERENCE.finditer(text):
        name = reference.group()
        character = html.unescape(name)
        if character == name:
            # a name in capitals, as a text set all in capitals writes it ("&NBSP;")
            character = html.unescape(name.lower())
            if character == name.lower():
                continue  # an unknown name ("&foo;"): text, not a reference
        copy(done, reference.start())
        pieces.append(character)
        starts.extend([reference.start()] * len(character))
        ends.extend([reference.end()] * len(character))
        done = reference.end()
    if not pieces:
        return None
    copy(done, len(text))
    starts.append(len(text))
    return Decoded("".join(pieces), tuple(starts), tuple(ends))
