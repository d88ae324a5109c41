"""Bytes to text: encodings, byte order marks, control characters, the size limit."""

import codecs
from pathlib import Path

import pytest

from annotator.errors import ImportFormatError
from annotator.importing.decoding import (
    MAX_ARTICLE_BYTES,
    check_size,
    decode_bytes,
    normalize_newlines,
    read_limited,
    sanitize,
)

WESTERN = "“Naïve façade,” said José Müller and François Lefèvre – the café’s owner.\n"
CYRILLIC = "Москва — Президент России заявил, что переговоры будут трудными.\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (WESTERN.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + WESTERN.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + WESTERN.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + WESTERN.encode("utf-16-be"), "utf-16-be"),
        (codecs.BOM_UTF32_LE + WESTERN.encode("utf-32-le"), "utf-32-le"),
        (WESTERN.encode("utf-16-le"), "utf-16-le"),
        (WESTERN.encode("utf-16-be"), "utf-16-be"),
        (WESTERN.encode("cp1252"), "cp1252"),
    ],
)
def test_western_text_decodes_exactly_and_records_the_encoding(data: bytes, encoding: str) -> None:
    decoded = decode_bytes(data, source_name="a.txt")
    assert decoded.text == WESTERN  # no BOM left in the text
    assert decoded.encoding == encoding


def test_cp1251_cyrillic_is_detected() -> None:
    decoded = decode_bytes(CYRILLIC.encode("cp1251"), source_name="a.txt")
    assert decoded.text == CYRILLIC
    assert decoded.encoding == "cp1251"


def test_cyrillic_in_utf16_with_bom() -> None:
    decoded = decode_bytes(CYRILLIC.encode("utf-16"), source_name="a.txt")
    assert decoded.text == CYRILLIC


def test_german_cp1252_is_not_mistaken_for_central_european() -> None:
    text = "Ärger über Öl: Müller sagt, die Straße sei gesperrt. Lefèvre stimmt zu."
    decoded = decode_bytes(text.encode("cp1252"), source_name="a.txt")
    assert decoded.text == text


def test_declared_encoding_is_used_when_the_bytes_are_not_utf8() -> None:
    text = "Zażółć gęślą jaźń"
    decoded = decode_bytes(text.encode("iso8859-2"), source_name="a.html", declared="ISO-8859-2")
    assert decoded.text == text
    assert decoded.encoding == "iso8859-2"


def test_valid_utf8_wins_over_a_wrong_declaration() -> None:
    decoded = decode_bytes("café".encode(), source_name="a.html", declared="latin-1")
    assert decoded.text == "café"
    assert decoded.encoding == "utf-8"


def test_unknown_declared_encoding_is_ignored() -> None:
    decoded = decode_bytes("café".encode("cp1252"), source_name="a", declared="no-such-codec")
    assert decoded.text == "café"


def test_broken_bom_file_names_the_file() -> None:
    with pytest.raises(ImportFormatError, match=r"^a\.txt: starts with a UTF-32-LE byte order"):
        decode_bytes(codecs.BOM_UTF32_LE + b"\xff\xff\xff\xff", source_name="a.txt")


def test_nul_and_control_characters_become_replacement_characters_one_for_one() -> None:
    decoded = decode_bytes(b"ab\x00cd\x07e\x1bf\x7fg\th\r\ni", source_name="a.txt")
    assert decoded.text == "ab\ufffdcd\ufffde\ufffdf\ufffdg\th\r\ni"
    assert len(decoded.text) == len("ab_cd_e_f_g\th\r\ni")


def test_mostly_control_characters_is_refused_as_binary() -> None:
    with pytest.raises(ImportFormatError, match=r"^blob\.txt: this looks like a binary file"):
        decode_bytes(bytes(range(1, 9)) * 20 + b"text", source_name="blob.txt")


def test_lone_surrogates_are_replaced_keeping_length() -> None:
    assert sanitize("a\ud800b", source_name="x") == "a\ufffdb"


def test_rtl_and_combining_characters_are_untouched() -> None:
    text = "שלום עולם مرحبا بالعالم e\u0301 n\u0303 \u200f"
    decoded = decode_bytes(text.encode("utf-8"), source_name="a.txt")
    assert decoded.text == text  # no NFC: "e" + U+0301 stays two code points


def test_newlines_are_normalised() -> None:
    assert normalize_newlines("a\r\nb\rc\nd") == "a\nb\nc\nd"


def test_size_limit_is_checked_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as stream:  # sparse: no 20 MiB written to disk
        stream.truncate(MAX_ARTICLE_BYTES + 1)

    def no_open(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", no_open)
    with pytest.raises(ImportFormatError, match=r"^big\.txt: .*larger than the 20 MiB limit"):
        read_limited(big)


def test_file_exactly_at_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 100)
    assert read_limited(path, limit=100) == b"x" * 100
    with pytest.raises(ImportFormatError, match="limit"):
        read_limited(path, limit=99)


def test_in_memory_size_limit() -> None:
    with pytest.raises(ImportFormatError, match=r"^paste: .*20 MiB"):
        check_size(b"x" * (MAX_ARTICLE_BYTES + 1), source_name="paste")


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match=r"^gone\.txt: file not found"):
        read_limited(tmp_path / "gone.txt")
    (tmp_path / "dir.txt").mkdir()
    with pytest.raises(ImportFormatError, match=r"^dir\.txt: is a folder"):
        read_limited(tmp_path / "dir.txt")
