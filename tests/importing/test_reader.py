"""Dispatch by extension, content sniffing, pasted content, and the import of whole files."""

import codecs
import json
from pathlib import Path

import pytest

from annotator.errors import ImportFormatError
from annotator.importing import article_from_text, read_article_bytes, read_article_file
from annotator.importing.decoding import MAX_ARTICLE_BYTES
from annotator.importing.reader import sniff_format

HTML = b"<!DOCTYPE html><html><body><article><p>Hello from HTML.</p></article></body></html>"
MARKDOWN = b"# Title\n\nHello from *Markdown*."
TEXT = b"Plain headline\nHello from text."
JSONL = (
    json.dumps({"id": "1", "title": "One", "text": "First."})
    + "\n"
    + json.dumps({"id": "2", "title": "Two", "text": "Second."})
    + "\n"
).encode()


@pytest.mark.parametrize(
    ("name", "content", "format", "text"),
    [
        ("a.txt", TEXT, "text", "Plain headline\nHello from text."),
        ("a.TEXT", TEXT, "text", "Plain headline\nHello from text."),
        ("a.md", MARKDOWN, "markdown", "Title\n\nHello from Markdown."),
        ("a.markdown", MARKDOWN, "markdown", "Title\n\nHello from Markdown."),
        ("a.html", HTML, "html", "Hello from HTML."),
        ("a.htm", HTML, "html", "Hello from HTML."),
        ("a.xhtml", HTML, "html", "Hello from HTML."),
        ("a.jsonl", JSONL, "jsonl", "First."),
        ("a.ndjson", JSONL, "jsonl", "First."),
    ],
)
def test_dispatch_by_extension(
    tmp_path: Path, name: str, content: bytes, format: str, text: str, no_network: list[str]
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    drafts = list(read_article_file(path))
    assert drafts[0].text == text
    assert drafts[0].source_format == format
    assert drafts[0].source_name == name


def test_extension_wins_over_content(tmp_path: Path) -> None:
    path = tmp_path / "page-source.txt"
    path.write_bytes(HTML)
    [draft] = read_article_file(path)
    assert draft.source_format == "text"
    assert draft.text == HTML.decode()


@pytest.mark.parametrize(
    ("content", "format"),
    [
        (HTML, "html"),
        (b"\n  <html lang=en><p>x</p></html>", "html"),
        (b"<div><p>fragment</p></div>", "html"),
        (JSONL, "jsonl"),
        (codecs.BOM_UTF8 + JSONL, "jsonl"),
        (b'{"id": "1", "text": "' + b"x" * 70_000, "jsonl"),  # first record longer than the sniff
        (b"{curly} text", "text"),
        (MARKDOWN, "markdown"),
        (b"---\ntitle: x\n---\nBody", "markdown"),
        (TEXT, "text"),
        (codecs.BOM_UTF16_LE + "Привет".encode("utf-16-le"), "text"),
        (b"%PDF-1.7 binary", None),
        (b"PK\x03\x04docx", None),
        (b"{\\rtf1\\ansi hello}", None),
        (b'<?xml version="1.0"?><rss><channel/></rss>', None),
        (bytes(range(256)) * 4, None),
        (b"", None),
    ],
)
def test_sniffing(content: bytes, format: str | None) -> None:
    assert sniff_format(content) == format


def test_unknown_extension_is_sniffed(tmp_path: Path) -> None:
    (tmp_path / "saved-page").write_bytes(HTML)
    (tmp_path / "corpus.json-lines").write_bytes(JSONL)
    assert [d.source_format for d in read_article_file(tmp_path / "saved-page")] == ["html"]
    assert len(list(read_article_file(tmp_path / "corpus.json-lines"))) == 2


@pytest.mark.parametrize("name", ["report.pdf", "notes.docx", "image.png"])
def test_unsupported_formats_name_the_file_and_the_supported_ones(
    tmp_path: Path, name: str
) -> None:
    path = tmp_path / name
    path.write_bytes(b"%PDF-1.4\n" if name.endswith("pdf") else b"PK\x03\x04" + bytes(300))
    if name.endswith("png"):
        path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(300))
    with pytest.raises(ImportFormatError) as caught:
        list(read_article_file(path))
    assert str(caught.value) == (
        f"{name}: this file format cannot be imported; Claim Annotator imports plain text "
        "(.txt, .text), Markdown (.md, .markdown), HTML (.html, .htm, .xhtml) and JSONL "
        "(.jsonl, .ndjson)"
    )


def test_size_limit_applies_to_article_files_not_corpora(tmp_path: Path) -> None:
    big = tmp_path / "big.html"
    with big.open("wb") as stream:
        stream.truncate(MAX_ARTICLE_BYTES + 1)
    with pytest.raises(ImportFormatError, match=r"^big\.html: .*20 MiB limit"):
        list(read_article_file(big))
    with pytest.raises(ImportFormatError, match=r"^paste: .*20 MiB limit"):
        list(read_article_bytes(b"x" * (MAX_ARTICLE_BYTES + 1), source_name="paste"))


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match=r"^gone\.md: file not found"):
        list(read_article_file(tmp_path / "gone.md"))
    with pytest.raises(ImportFormatError, match=r"^gone: file not found"):
        list(read_article_file(tmp_path / "gone"))


def test_read_bytes_by_name_by_format_and_by_content() -> None:
    [by_name] = read_article_bytes(MARKDOWN, source_name="dropped.md")
    [by_format] = read_article_bytes(MARKDOWN, source_name="clipboard", format="text")
    [by_content] = read_article_bytes(HTML, source_name="clipboard")
    assert by_name.source_format == "markdown"
    assert by_format.source_format == "text"
    assert by_format.text == MARKDOWN.decode()
    assert by_content.text == "Hello from HTML."
    assert [d.title for d in read_article_bytes(JSONL, source_name="x", format="jsonl")] == [
        "One",
        "Two",
    ]


def test_read_bytes_rejects_an_unknown_format_name_as_a_bug() -> None:
    with pytest.raises(ValueError, match="unknown import format 'pdf'"):
        list(read_article_bytes(b"x", source_name="x", format="pdf"))


def test_article_from_pasted_text() -> None:
    draft = article_from_text("LONDON (Reuters) - Markets rose.", source_name="pasted text")
    assert draft.text == "LONDON (Reuters) - Markets rose."
    assert (draft.dateline, draft.agency, draft.title) == ("LONDON", "Reuters", None)
