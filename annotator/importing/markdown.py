"""Markdown files to article text: the words a reader sees, without the markup.

markdown-it-py (CommonMark plus tables and strikethrough) parses the file, and
we walk its token stream rather than render HTML and strip it again: headings,
paragraphs, list items and table rows become paragraphs and lines by the same
rules as the HTML importer (`blocks.TextAssembler`), emphasis is reduced to its
words, links to their text, images vanish (their alt text is not article
text), and code is kept verbatim.  Raw HTML inside the Markdown goes through the
HTML importer's rules, so a `<script>` there is dropped, never shown.

The first heading becomes the title, unless YAML-style front matter (a block
between `---` lines at the very top) names one; front matter keys `title`,
`date`/`published`, `author`, `url`, `outlet`/`site`, `lang`/`language` are read
with a tiny line parser (full YAML would be a dependency and a code-execution
risk for four fields) and the block is not part of the article text.
"""

import re
from typing import TYPE_CHECKING

from annotator.errors import ImportFormatError
from annotator.importing.blocks import TextAssembler
from annotator.importing.decoding import decode_bytes, normalize_newlines
from annotator.importing.drafts import ArticleDraft
from annotator.importing.fields import clean_language, clean_line, clean_published, clean_url
from annotator.importing.html import html_fragment_text
from annotator.importing.metadata import extract_metadata

if TYPE_CHECKING:
    from markdown_it.token import Token

_FRONT_MATTER = re.compile(
    r"\A---[ \t]*\n(?P<body>.{0,65536}?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S
)
_KEY_VALUE = re.compile(r"(?P<key>[A-Za-z_][\w\-]*)[ \t]*:[ \t]*(?P<value>.*)")
_FRONT_MATTER_KEYS = {
    "title": "title",
    "date": "published",
    "published": "published",
    "pubdate": "published",
    "published_at": "published",
    "author": "author",
    "url": "url",
    "link": "url",
    "canonical_url": "url",
    "outlet": "outlet",
    "site": "outlet",
    "publication": "outlet",
    "lang": "language",
    "language": "language",
}


def read_markdown(data: bytes, *, source_name: str) -> ArticleDraft:
    """An article from the bytes of a Markdown file."""
    decoded = decode_bytes(data, source_name=source_name)
    return markdown_to_draft(decoded.text, source_name=source_name, encoding=decoded.encoding)


def markdown_to_draft(
    source: str, *, source_name: str, encoding: str | None = None
) -> ArticleDraft:
    """An article from decoded Markdown: its plain text, front matter and first heading."""
    source = normalize_newlines(source)
    front: dict[str, str] = {}
    match = _FRONT_MATTER.match(source)
    if match is not None:
        front = parse_front_matter(match.group("body"))
        source = source[match.end() :]
    text, heading = _plain_text(source)
    if not text:
        raise ImportFormatError(f"{source_name}: no article text found in this Markdown file")
    found = extract_metadata(text)
    return ArticleDraft(
        text=text,
        source_name=source_name,
        source_format="markdown",
        title=clean_line(front.get("title")) or heading or found.title,
        outlet=clean_line(front.get("outlet")) or found.outlet,
        url=clean_url(front.get("url")),
        author=clean_line(front.get("author")),
        published=clean_published(front.get("published")),
        language=clean_language(front.get("language")),
        dateline=found.dateline,
        agency=found.agency,
        encoding=encoding,
    )


def parse_front_matter(body: str) -> dict[str, str]:
    """The known `key: value` lines of a front matter block, by field name; quotes removed."""
    fields: dict[str, str] = {}
    for line in body.split("\n"):
        match = _KEY_VALUE.fullmatch(line.strip())
        if match is None:
            continue
        name = _FRONT_MATTER_KEYS.get(match.group("key").lower())
        value = match.group("value").strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        if name is not None and value:
            fields.setdefault(name, value)
    return fields


def _plain_text(source: str) -> tuple[str, str | None]:
    """The text of the Markdown document, and the text of its first heading."""
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    out = TextAssembler()
    heading: str | None = None
    in_heading = False
    for token in parser.parse(source):
        if token.type == "inline":
            words = _add_inline(out, token.children or [])
            if in_heading and heading is None:
                heading = clean_line(words)
        elif token.type in ("fence", "code_block"):
            out.paragraph_break()
            out.add(token.content, preformatted=True)
            out.paragraph_break()
        elif token.type == "html_block":
            out.paragraph_break()
            out.add(html_fragment_text(token.content), preformatted=True)
            out.paragraph_break()
        elif not token.hidden and token.nesting == 1:
            in_heading = token.type == "heading_open"
            out.open_element(token.tag)
        elif not token.hidden and token.nesting == -1:
            in_heading = False
            out.close_element(token.tag)
        elif token.type == "hr":
            out.paragraph_break()
    return out.text(), heading


def _add_inline(out: TextAssembler, children: "list[Token]") -> str:
    """Add inline tokens' words to `out`; return them as one line (for the heading)."""
    words: list[str] = []
    for child in children:
        if child.type in ("text", "code_inline"):
            out.add(child.content)
            words.append(child.content)
        elif child.type == "softbreak":
            out.add(" ")  # a wrapped line in the source, not a break in the text
            words.append(" ")
        elif child.type == "hardbreak":
            out.line_break()
            words.append(" ")
    return "".join(words)
