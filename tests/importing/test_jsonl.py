"""JSONL corpora: good records, every kind of bad line with its exact message, streaming."""

import codecs
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from annotator.errors import ImportFormatError
from annotator.importing.drafts import SpanDraft
from annotator.importing.jsonl import (
    check_jsonl,
    check_jsonl_file,
    read_jsonl,
    read_jsonl_file,
)

TEXT = "GENEVA (AFP): Talks stalled on Sunday, officials said."


def record(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"id": "a1", "title": "Talks stall", "text": TEXT}
    base.update(fields)
    return {k: v for k, v in base.items() if v is not ...}


def jsonl(*records: object) -> bytes:
    return b"".join(
        (r if isinstance(r, bytes) else json.dumps(r).encode()) + b"\n" for r in records
    )


def read(data: bytes, name: str = "corpus.jsonl") -> list[Any]:
    return list(read_jsonl(io.BytesIO(data), source_name=name))


def error_of(data: bytes) -> str:
    with pytest.raises(ImportFormatError) as caught:
        read(data)
    return str(caught.value)


def test_good_records_with_all_fields(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    path.write_bytes(
        jsonl(
            record(
                url="https://example.org/a",
                outlet="The Example",
                published="2022-01-09",
                author="Jane Roe",
                language="en",
                dateline="GENEVA",
                agency="AFP",
                spans=[
                    {"start": 0, "end": 6, "label": "place"},
                    {"start": 14, "end": 27, "label": "event"},
                ],
                extra={"ignored": True},
            ),
            record(id=7, title=None, text="Second\r\ntext", spans=None),
        )
    )
    first, second = read_jsonl_file(path)
    assert first.text == TEXT
    assert first.external_id == "a1"
    assert first.title == "Talks stall"
    assert (first.url, first.outlet, first.published) == (
        "https://example.org/a",
        "The Example",
        "2022-01-09",
    )
    assert (first.author, first.language, first.dateline, first.agency) == (
        "Jane Roe",
        "en",
        "GENEVA",
        "AFP",
    )
    assert first.spans == (SpanDraft(0, 6, "place"), SpanDraft(14, 27, "event"))
    assert TEXT[14:27] == "Talks stalled"
    assert (first.source_name, first.source_format, first.encoding) == (
        "corpus.jsonl",
        "jsonl",
        "utf-8",
    )
    assert second.external_id == "7"
    assert second.title is None
    assert second.text == "Second\r\ntext"  # offsets refer to the text as given
    assert second.spans == ()


def test_span_labels_are_trimmed_and_unknown_span_keys_ignored() -> None:
    spans = [
        {"start": 0, "end": 6, "label": " place\t"},
        {"label": "x", "end": 2, "start": 1, "n": 1},
    ]
    [draft] = read(jsonl(record(spans=spans)))
    assert draft.spans == (SpanDraft(0, 6, "place"), SpanDraft(1, 2, "x"))


def test_bom_and_blank_lines_are_accepted() -> None:
    data = codecs.BOM_UTF8 + b"\n  \n" + jsonl(record()) + b"\r\n\n" + jsonl(record(id="b"))
    assert [(d.external_id, d.line) for d in read(data)] == [("a1", 3), ("b", 6)]


def test_rtl_combining_and_astral_offsets_are_code_points() -> None:
    text = "قال e\u0301 😀 שלום"
    [draft] = read(
        jsonl(
            record(
                text=text,
                spans=[{"start": 7, "end": 8, "label": "x"}, {"start": 9, "end": 13, "label": "y"}],
            )
        )
    )
    assert draft.text[7:8] == "😀"
    assert draft.text[9:13] == "שלום"


def test_control_characters_in_text_keep_offsets() -> None:
    [draft] = read(
        jsonl(record(text="a\u0000b\u0007c\ud800d", spans=[{"start": 6, "end": 7, "label": "x"}]))
    )
    assert draft.text == "a\ufffdb\ufffdc\ufffdd"
    assert draft.text[6] == "d"


@pytest.mark.parametrize(
    ("line", "text", "title"),
    [
        # Each way a control character can reach a decoded string, in the text and the title.
        (b'{"id": "a", "title": "T\\u0007", "text": "x\\u001by"}', "x\ufffdy", "T\ufffd"),
        (b'{"id": "a", "title": "T\\b", "text": "x\\fy"}', "x\ufffdy", "T\ufffd"),
        (b'{"id": "a", "title": "T\x7f", "text": "x\x7fy"}', "x\ufffdy", "T\ufffd"),
        (b'{"id": "a", "title": "T", "text": "x\\udc80y"}', "x\ufffdy", "T"),
        # None at all: the strings as decoded, escapes that are no controls included.
        (b'{"id": "a", "title": "T\\\\b", "text": "x\\ty\\nz\\\\f"}', "x\ty\nz\\f", "T\\b"),
        (
            b'{"id": "a", "title": "T \xc3\xa9", "text": "x\\r\\ny \\"q\\" \\/"}',
            'x\r\ny "q" /',
            "T \u00e9",
        ),
    ],
)
def test_controls_are_replaced_however_they_are_written(line: bytes, text: str, title: str) -> None:
    [draft] = read(line + b"\n")
    assert (draft.text, draft.title) == (text, title)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (
            b"{not json",
            "corpus.jsonl line 2: not valid JSON: Expecting property name enclosed "
            "in double quotes (column 2)",
        ),
        (b"[1, 2]", "corpus.jsonl line 2: expected a JSON object, found a list"),
        (b'"text"', "corpus.jsonl line 2: expected a JSON object, found the string 'text'"),
        (
            b'{"id": "b", "title": "t", "text": "x", "id": "c"}',
            "corpus.jsonl line 2: duplicate key 'id'",
        ),
        (b'{"title": "t", "text": "x"}', "corpus.jsonl line 2: missing field 'id'"),
        (b'{"id": "b", "text": "x"}', "corpus.jsonl line 2: missing field 'title'"),
        (b'{"id": "b", "title": "t"}', "corpus.jsonl line 2: missing field 'text'"),
        (
            b'{"id": true, "title": "t", "text": "x"}',
            "corpus.jsonl line 2: field 'id' must be a string or an integer, not a boolean",
        ),
        (
            b'{"id": "a1", "title": "t", "text": "x"}',
            "corpus.jsonl line 2: id 'a1' is already used on line 1",
        ),
        (
            b'{"id": "b", "title": 5, "text": "x"}',
            "corpus.jsonl line 2: field 'title' must be a string or null, not the number 5",
        ),
        (
            b'{"id": "b", "title": "t", "text": ["x"]}',
            "corpus.jsonl line 2: field 'text' must be a string, not a list",
        ),
        (
            b'{"id": "b", "title": "t", "text": "  \\n "}',
            "corpus.jsonl line 2: field 'text' is empty",
        ),
        (
            b'{"id": "b", "title": "t", "text": "x", "url": "javascript:alert(1)"}',
            "corpus.jsonl line 2: field 'url' must be an http or https URL, "
            "not 'javascript:alert(1)'",
        ),
        (
            b'{"id": "b", "title": "t", "text": "x", "published": "yesterday"}',
            "corpus.jsonl line 2: field 'published' must be an ISO 8601 date or date-time "
            "(2022-01-09 or 2022-01-09T14:30:00Z), not 'yesterday'",
        ),
        (
            b'{"id": "b", "title": "t", "text": "x", "language": "English!"}',
            "corpus.jsonl line 2: field 'language' must be a language tag such as 'en' or "
            "'pt-BR', not 'English!'",
        ),
        (
            b'{"id": "b", "title": "t", "text": "x", "spans": {}}',
            "corpus.jsonl line 2: field 'spans' must be a list, not an object",
        ),
        (
            b'{"id": "b", "title": "t", "text": "x", "spans": [5]}',
            "corpus.jsonl line 2: field 'spans[0]' must be an object, not the number 5",
        ),
        (
            b'{"id": "b", "title": "t", "text": "x", "spans": [{"start": 0, "label": "l"}]}',
            "corpus.jsonl line 2: missing field 'spans[0].end'",
        ),
        (
            b'{"id": "b", "title": "t", "text": "xyz", "spans": '
            b'[{"start": 0, "end": 1, "label": "l"}, {"start": 0, "end": 1.5, "label": "l"}]}',
            "corpus.jsonl line 2: field 'spans[1].end' must be an integer, not the number 1.5",
        ),
        (
            b'{"id": "b", "title": "t", "text": "x", "spans": [{"start": "0", "end": 1, '
            b'"label": "l"}]}',
            "corpus.jsonl line 2: field 'spans[0].start' must be an integer, not the string '0'",
        ),
        (
            b'{"id": "b", "title": "t", "text": "xy", "spans": [{"start": false, "end": 1, '
            b'"label": "l"}]}',
            "corpus.jsonl line 2: field 'spans[0].start' must be an integer, not a boolean",
        ),
        (
            b'{"id": "b", "title": "t", "text": "xy", "spans": [{"start": 0, "end": 1, '
            b'"label": "l", "end": 2}]}',
            "corpus.jsonl line 2: duplicate key 'end'",
        ),
        (
            b'{"id": "b", "title": "t", "text": "xy", "spans": [{"start": 0, "end": 1, '
            b'"label": ["l"]}]}',
            "corpus.jsonl line 2: field 'spans[0].label' must be a non-empty string",
        ),
        (
            b'{"id": "b", "title": "t", "text": "x", "spans": '
            b'[{"start": 0, "end": 1, "label": ""}]}',
            "corpus.jsonl line 2: field 'spans[0].label' must be a non-empty string",
        ),
        (
            b'{"id": "b", "title": "t", "text": "x", "spans": [{"start": -1, "end": 1, '
            b'"label": "l"}]}',
            "corpus.jsonl line 2: spans[0]: start -1 is negative",
        ),
        (
            b'{"id": "b", "title": "t", "text": "abcd", "spans": [{"start": 0, "end": 5000, '
            b'"label": "l"}]}',
            "corpus.jsonl line 2: spans[0]: end 5000 is past the end of the text (4 characters)",
        ),
        (
            b'{"id": "b", "title": "t", "text": "abcd", "spans": [{"start": 2, "end": 2, '
            b'"label": "l"}]}',
            "corpus.jsonl line 2: spans[0]: start 2 is not before end 2",
        ),
        (
            b'{"id": "b", "title": "t", "text": "caf\xe9"}',
            "corpus.jsonl line 2: not valid UTF-8 (byte 39 of the line)",
        ),
        (b"[" * 100_000 + b"]" * 100_000, "corpus.jsonl line 2: not valid JSON: nested too deeply"),
        (
            b'{"id": "b", "title": "t", "text": "x", "spans": [{"start": 1'
            + b"0" * 5000
            + b', "end": 1, "label": "l"}]}',
            "corpus.jsonl line 2: not valid JSON: Exceeds the limit (4300 digits)",
        ),
    ],
)
def test_each_bad_line_has_its_exact_message(line: bytes, message: str) -> None:
    assert error_of(jsonl(record(), line)).startswith(message)


def test_strict_reading_yields_good_lines_before_raising() -> None:
    stream = read_jsonl(io.BytesIO(jsonl(record(), b"oops", record(id="c"))), source_name="c.jsonl")
    assert next(stream).external_id == "a1"
    with pytest.raises(ImportFormatError, match=r"^c\.jsonl line 2: not valid JSON"):
        next(stream)


def test_check_lists_every_problem_without_stopping(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_bytes(jsonl(record(), b"oops", record(id="c"), {"id": "d"}, record(id="c")))
    check = check_jsonl_file(path)
    assert not check.ok
    assert check.articles == 2
    assert check.errors == (
        "c.jsonl line 2: not valid JSON: Expecting value (column 1)",
        "c.jsonl line 4: missing field 'text'",
        "c.jsonl line 5: id 'c' is already used on line 3",
    )


def test_check_caps_the_listed_errors() -> None:
    check = check_jsonl(io.BytesIO(b"x\n" * 10), source_name="c.jsonl", max_errors=3)
    assert len(check.errors) == 3
    assert check.unlisted_errors == 7
    assert check_jsonl(io.BytesIO(jsonl(record())), source_name="c.jsonl").ok


@pytest.mark.parametrize(
    ("bom", "name"), [(codecs.BOM_UTF16_LE, "UTF-16"), (codecs.BOM_UTF32_BE, "UTF-32")]
)
def test_utf16_and_utf32_files_are_refused_clearly(bom: bytes, name: str) -> None:
    data = bom + json.dumps(record()).encode("utf-16-le")
    assert error_of(data) == (
        f"corpus.jsonl: JSONL files must be UTF-8, this one is {name} "
        "(save it as UTF-8 and import it again)"
    )


def test_line_over_the_limit_is_skipped_and_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("annotator.importing.jsonl.MAX_LINE_BYTES", 200)
    data = jsonl(record(), record(id="big", text="x" * 500), record(id="c"))
    check = check_jsonl(io.BytesIO(data), source_name="c.jsonl")
    assert check.errors == (
        "c.jsonl line 2: the record is longer than the 0 MiB limit for one article",
    )
    assert check.articles == 2


class CountingStream(io.RawIOBase):
    """A generated corpus that counts how far it has been read."""

    def __init__(self, lines: int) -> None:
        self.lines = lines
        self.produced = 0
        self._buffer = b""

    def readable(self) -> bool:
        return True

    def readinto(self, target: Any) -> int:
        while not self._buffer and self.produced < self.lines:
            self.produced += 1
            self._buffer = jsonl(record(id=f"n{self.produced}"))
        size = min(len(target), len(self._buffer))
        target[:size] = self._buffer[:size]
        self._buffer = self._buffer[size:]
        return size


def test_reading_is_streamed() -> None:
    source = CountingStream(100_000)
    drafts: Iterator[Any] = read_jsonl(
        io.BufferedReader(source, buffer_size=8192), source_name="big.jsonl"
    )
    for _ in range(10):
        next(drafts)
    assert source.produced < 1000  # only a buffer's worth of the 100,000 lines was read


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match=r"^none\.jsonl: file not found"):
        list(read_jsonl_file(tmp_path / "none.jsonl"))
