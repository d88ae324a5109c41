"""One entry point for every article source: files, dropped or pasted bytes, pasted text.

The format comes from the file extension when it is one we know, and from the
content otherwise (a file saved without extension, a drop from a browser).
Content sniffing only ever chooses between our four formats; anything else,
including documents we cannot read (PDF, Word, RTF, images, archives), is
refused with a message that lists what can be imported.
"""

import io
import re
from collections.abc import Callable, Iterator
from pathlib import Path, PurePath

from annotator.errors import ImportFormatError
from annotator.importing.decoding import check_size, decode_bytes, read_limited
from annotator.importing.drafts import ArticleDraft
from annotator.importing.html import read_html
from annotator.importing.jsonl import read_jsonl, read_jsonl_file
from annotator.importing.markdown import read_markdown
from annotator.importing.text import read_text

FORMATS = ("text", "markdown", "html", "jsonl")

EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}

SUPPORTED = (
    "plain text (.txt, .text), Markdown (.md, .markdown), HTML (.html, .htm, .xhtml) "
    "and JSONL (.jsonl, .ndjson)"
)

_SNIFF_BYTES = 64 * 1024
_NOT_ARTICLES = (
    b"%PDF",  # PDF
    b"PK\x03\x04",  # zip: .docx, .odt, .epub, archives
    b"{\\rtf",  # RTF
    b"\xd0\xcf\x11\xe0",  # OLE: .doc, .xls
    b"\x1f\x8b",  # gzip
    b"\x89PNG",
    b"\xff\xd8\xff",  # JPEG
    b"GIF8",
)
_HTML_TAG = re.compile(r"<(?:html|head|body|article|main|p|div)[\s>]")
_JSON_OBJECT_START = re.compile(r'\{\s*"')
_MARKDOWN_HEADING = re.compile(r"#{1,6}[ \t]+\S")

_PARSERS: dict[str, Callable[..., ArticleDraft]] = {
    "text": read_text,
    "markdown": read_markdown,
    "html": read_html,
}


def read_article_file(path: Path) -> Iterator[ArticleDraft]:
    """The articles in one file: one for text, Markdown and HTML, any number for JSONL.

    A generator: nothing is read until iterated, and a JSONL file is streamed,
    raising ImportFormatError at its first bad line.
    """
    path = Path(path)
    form = EXTENSIONS.get(path.suffix.lower())
    if form is None:
        form = sniff_format(_head(path))
        if form is None:
            raise unsupported(path.name)
    if form == "jsonl":
        yield from read_jsonl_file(path)
    else:
        yield _PARSERS[form](read_limited(path), source_name=path.name)


def read_article_bytes(
    data: bytes, *, source_name: str, format: str | None = None
) -> Iterator[ArticleDraft]:
    """The articles in dropped or pasted content; `format` is one of FORMATS, or None to guess.

    Without `format`, the extension of `source_name` decides, else the content.
    """
    if format is None:
        format = EXTENSIONS.get(PurePath(source_name).suffix.lower()) or sniff_format(
            data[:_SNIFF_BYTES]
        )
        if format is None:
            raise unsupported(source_name)
    elif format not in FORMATS:
        raise ValueError(f"unknown import format {format!r}; expected one of {FORMATS}")
    if format == "jsonl":
        yield from read_jsonl(io.BytesIO(data), source_name=source_name)
    else:
        check_size(data, source_name=source_name)
        yield _PARSERS[format](data, source_name=source_name)


def sniff_format(head: bytes) -> str | None:
    """Which of our formats the start of a file looks like, or None if it is not text at all."""
    if not head.strip() or head.startswith(_NOT_ARTICLES):
        return None
    try:
        text = decode_bytes(head, source_name="").text
    except ImportFormatError:
        return None
    start = text.lstrip().lower()
    if start.startswith(("<!doctype html", "<html")) or _HTML_TAG.search(start[:2000]):
        return "html"
    if start.startswith("<?xml"):
        return None  # XML that is not XHTML: a feed or an office file, not an article
    if _JSON_OBJECT_START.match(start):
        return "jsonl"  # even when the first record is longer than what we sniffed
    if text.startswith("---\n") or _MARKDOWN_HEADING.match(start):
        return "markdown"
    return "text"


def unsupported(source_name: str) -> ImportFormatError:
    """The error for content none of the importers can read."""
    return ImportFormatError(
        f"{source_name}: this file format cannot be imported; Claim Annotator imports {SUPPORTED}"
    )


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as stream:
            return stream.read(_SNIFF_BYTES)
    except FileNotFoundError:
        raise ImportFormatError(f"{path.name}: file not found ({path})") from None
    except IsADirectoryError:
        raise ImportFormatError(f"{path.name}: is a folder, not a file") from None
    except OSError as error:
        raise ImportFormatError(f"{path.name}: cannot read the file: {error.strerror}") from None
