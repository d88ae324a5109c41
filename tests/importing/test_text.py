"""Plain text files and pasted text."""

import codecs

import pytest

from annotator.errors import ImportFormatError
from annotator.importing import article_from_text
from annotator.importing.text import read_text


def test_pasted_text_keeps_its_words_and_gets_metadata() -> None:
    draft = article_from_text(
        "\n\n  \nSTORM HITS COAST\r\n    HAVANA, Oct 3 - A storm hit the coast.\r\n REUTER\n\n",
        source_name="pasted text",
    )
    assert draft.text == "STORM HITS COAST\n    HAVANA, Oct 3 - A storm hit the coast.\n REUTER"
    assert draft.title == "STORM HITS COAST"
    assert draft.dateline == "HAVANA, Oct 3"
    assert draft.agency == "Reuters"
    assert draft.source_format == "text"
    assert draft.source_name == "pasted text"
    assert draft.encoding is None


def test_text_file_records_encoding() -> None:
    text = "Lefèvre’s “café” reopened.\nMore to follow."
    draft = read_text(text.encode("cp1252"), source_name="cafe.txt")
    assert draft.text == text
    assert draft.encoding == "cp1252"


def test_utf16_text_file() -> None:
    draft = read_text(codecs.BOM_UTF16_LE + "Привет\nмир".encode("utf-16-le"), source_name="a.txt")
    assert draft.text == "Привет\nмир"


@pytest.mark.parametrize("content", [b"", b"   \n\r\n\t", codecs.BOM_UTF8])
def test_empty_text_is_refused(content: bytes) -> None:
    with pytest.raises(ImportFormatError, match=r"^empty\.txt: the file has no text"):
        read_text(content, source_name="empty.txt")


def test_rtl_and_combining_offsets_are_stable() -> None:
    text = "עדכון: השר אמר\nقال الوزير إن المحادثات صعبة. Cafe\u0301 au lait."
    draft = article_from_text(text, source_name="rtl.txt")
    assert draft.text == text
    start = draft.text.index("قال")
    assert draft.text[start : start + 3] == "قال"
    assert draft.text.index("au lait") == text.index("au lait")


def test_nul_in_text_file_is_replaced_not_dropped() -> None:
    draft = read_text(b"Headline\nbody\x00text", source_name="nul.txt")
    assert draft.text == "Headline\nbody\ufffdtext"
