"""Assembling plain text from a document's blocks, for the Markdown and HTML importers.

Both importers walk a tree of blocks (paragraphs, headings, list items) with
inline text in between.  This assembler turns that walk into the stored text
with one set of rules, so a Markdown and an HTML copy of the same article give
the same text: paragraphs separated by one blank line, list items and `<br>`
by one line break, runs of spaces inside a paragraph collapsed (except in
preformatted blocks, which are kept verbatim), nothing at either end.
"""

import re
from dataclasses import dataclass, field

BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "blockquote",
        "body",
        "center",
        "details",
        "div",
        "dl",
        "fieldset",
        "figcaption",
        "figure",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "html",
        "legend",
        "main",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "caption",
        "ul",
    ]
)
"""Elements that stand as paragraphs of their own (HTML tag names; Markdown tokens use them too)."""

LINE_TAGS = frozenset(("li", "dt", "dd", "tr"))
"""Elements that stand on lines of their own, without a blank line between them."""

CELL_TAGS = frozenset(("td", "th"))

_SPACES = re.compile(r"[ \t\n\r\f]+")  # HTML's whitespace; U+00A0 and friends are content
_EDGE = " \t\n\r\f"

LINE = 1
PARAGRAPH = 2


@dataclass(slots=True)
class TextAssembler:
    """Collects text pieces and break requests, then joins them into plain text."""

    _chunks: list[list[tuple[str, bool]]] = field(default_factory=lambda: [[]])
    _breaks: list[int] = field(default_factory=list)

    def add(self, text: str, *, preformatted: bool = False) -> None:
        """Inline text of the current block; `preformatted` text keeps its whitespace."""
        if text:
            self._chunks[-1].append((text, preformatted))

    def line_break(self) -> None:
        """End the current line (a `<br>`, a list item)."""
        self._break(LINE)

    def paragraph_break(self) -> None:
        """End the current block (a paragraph, a heading)."""
        self._break(PARAGRAPH)

    def open_element(self, tag: str) -> None:
        """An element starts: break before it as its kind asks (`tag` in lower case)."""
        if tag in BLOCK_TAGS:
            self.paragraph_break()
        elif tag in LINE_TAGS or tag == "br":
            self.line_break()
        elif tag in CELL_TAGS:
            self.add(" ")

    def close_element(self, tag: str) -> None:
        """An element ends: break after it as its kind asks."""
        if tag in BLOCK_TAGS:
            self.paragraph_break()
        elif tag in LINE_TAGS:
            self.line_break()
        elif tag in CELL_TAGS:
            self.add(" ")

    def _break(self, strength: int) -> None:
        if self._chunks[-1]:
            self._chunks.append([])
            self._breaks.append(strength)
        elif self._breaks:
            self._breaks[-1] = max(self._breaks[-1], strength)

    def text(self) -> str:
        """The assembled text: empty blocks dropped, separators as the strongest break asked."""
        out: list[str] = []
        pending = 0
        for index, chunk in enumerate(self._chunks):
            rendered = _render(chunk)
            if rendered:
                if out:
                    out.append("\n\n" if pending >= PARAGRAPH else "\n")
                out.append(rendered)
                pending = 0
            if index < len(self._breaks):
                pending = max(pending, self._breaks[index])
        return "".join(out)


def _render(chunk: list[tuple[str, bool]]) -> str:
    if any(preformatted for _, preformatted in chunk):
        text = "".join(t if pre else _SPACES.sub(" ", t) for t, pre in chunk)
        text = text.strip("\n").rstrip()
    else:
        text = _SPACES.sub(" ", "".join(t for t, _ in chunk)).strip(_EDGE)
    return "" if text.isspace() else text
