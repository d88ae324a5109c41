"""Article importers: files and pasted content to `ArticleDraft`s, with no database involved.

Formats: plain text, Markdown, HTML and JSONL corpora.  Every problem with the
input is an `ImportFormatError` naming the file and the place; the storage
layer writes the drafts (`annotator.services.articles.import_drafts`).
Heavy parsers (lxml, markdown-it, charset-normalizer) are imported only when a
file needs them, so importing this package costs the app's start-up nothing.
"""

from pathlib import Path

from annotator.build import warn_if_stale
from annotator.importing.drafts import ArticleDraft, SpanDraft
from annotator.importing.reader import (
    FORMATS,
    read_article_bytes,
    read_article_file,
    sniff_format,
)
from annotator.importing.text import article_from_text

__all__ = [
    "FORMATS",
    "ArticleDraft",
    "SpanDraft",
    "article_from_text",
    "read_article_bytes",
    "read_article_file",
    "sniff_format",
]

warn_if_stale(Path(__file__).parent)  # the JSONL reader is compiled (setup.py)
