"""Plain text files and pasted text: the text is the article; metadata comes from its wording."""

import re

from annotator.errors import ImportFormatError
from annotator.importing.decoding import decode_bytes, normalize_newlines, sanitize
from annotator.importing.drafts import ArticleDraft
from annotator.importing.metadata import extract_metadata

_LEADING_BLANK_LINES = re.compile(r"\A(?:[ \t\f\v]*\n)+")


def tidy_text(text: str, *, source_name: str) -> str:
    """The text as stored: LF line breaks, safe characters, no blank lines or spaces at the ends.

    Trimming the ends means the same article saved with or without a final
    newline is recognised as the same text (the project deduplicates by hash).
    Indentation of the first line and everything inside the text is kept.
    """
    text = sanitize(normalize_newlines(text), source_name=source_name)
    text = _LEADING_BLANK_LINES.sub("", text).rstrip()
    if not text:
        raise ImportFormatError(f"{source_name}: the file has no text")
    return text


def article_from_text(
    text: str,
    *,
    source_name: str,
    source_format: str = "text",
    encoding: str | None = None,
) -> ArticleDraft:
    """An article from plain text, with title, dateline, agency and outlet read from its wording."""
    text = tidy_text(text, source_name=source_name)
    found = extract_metadata(text)
    return ArticleDraft(
        text=text,
        source_name=source_name,
        source_format=source_format,
        title=found.title,
        outlet=found.outlet,
        dateline=found.dateline,
        agency=found.agency,
        encoding=encoding,
    )


def read_text(data: bytes, *, source_name: str) -> ArticleDraft:
    """An article from the bytes of a plain text file, in whatever encoding it came."""
    decoded = decode_bytes(data, source_name=source_name)
    return article_from_text(decoded.text, source_name=source_name, encoding=decoded.encoding)
