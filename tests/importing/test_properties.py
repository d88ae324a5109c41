"""Property tests: any input gives drafts or ImportFormatError from each importer, nothing else.

Every draft must also be well formed: non-empty text, spans inside the text.
"""

import contextlib
import io
import json
from collections.abc import Iterable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.errors import ImportFormatError
from annotator.importing import article_from_text, read_article_bytes
from annotator.importing.decoding import decode_bytes
from annotator.importing.drafts import ArticleDraft
from annotator.importing.html import html_to_draft
from annotator.importing.jsonl import check_jsonl, read_jsonl
from annotator.importing.markdown import markdown_to_draft
from annotator.importing.metadata import extract_metadata

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

html_soup = st.lists(
    st.sampled_from(
        [
            "<p>",
            "</p>",
            "<div>",
            "</div>",
            "<article>",
            "<main>",
            "<script>",
            "</script>",
            "<style>",
            "<b>",
            "</i>",
            "<!--",
            "-->",
            "<![CDATA[",
            "]]>",
            "<!DOCTYPE html [",
            "]>",
            "&amp;",
            "&#0;",
            "&#xD800;",
            "&bogus",
            "<?xml version='1.0'?>",
            "<br/>",
            "<pre>",
            "<embed>",
            "<html lang='x'>",
            "<meta charset='utf-16'>",
            "<time datetime=",
            "<table><td>",
            "\x00",
            "\u202e",
            "e\u0301",
            "text",
            " ",
            "\n",
            "<",
            ">",
            '"',
            "'",
        ]
    )
    | st.text(max_size=20)
).map("".join)


def check_drafts(drafts: Iterable[ArticleDraft]) -> None:
    for draft in drafts:
        assert draft.text.strip()
        for span in draft.spans:
            assert 0 <= span.start < span.end <= len(draft.text)


@SETTINGS
@given(st.binary(max_size=2000))
def test_decoding_arbitrary_bytes(data: bytes) -> None:
    try:
        decoded = decode_bytes(data, source_name="x")
    except ImportFormatError:
        return
    assert all(c in "\t\n\r" or ord(c) >= 32 for c in decoded.text.replace("\x7f", "?"))


@SETTINGS
@given(st.text(max_size=2000))
def test_metadata_of_arbitrary_text(text: str) -> None:
    found = extract_metadata(text)
    for value in (found.title, found.dateline, found.agency, found.outlet):
        assert value is None or value.strip() == value


@SETTINGS
@given(st.text(max_size=2000))
def test_pasted_arbitrary_text(text: str) -> None:
    with contextlib.suppress(ImportFormatError):
        check_drafts([article_from_text(text, source_name="x")])


@SETTINGS
@given(st.text(max_size=2000))
def test_arbitrary_markdown(text: str) -> None:
    with contextlib.suppress(ImportFormatError):
        check_drafts([markdown_to_draft(text, source_name="x.md")])


@SETTINGS
@given(html_soup)
def test_arbitrary_html(markup: str) -> None:
    with contextlib.suppress(ImportFormatError):
        check_drafts([html_to_draft(markup, source_name="x.html")])


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=10,
)
records = st.fixed_dictionaries(
    {},
    optional={
        "id": st.text(max_size=5) | st.integers(),
        "title": st.none() | st.text(max_size=20),
        "text": st.text(max_size=60),
        "url": json_values,
        "published": st.sampled_from(["2022-01-09", "junk", ""]) | json_values,
        "language": st.sampled_from(["en", "pt-BR", "??"]),
        "spans": st.lists(
            st.fixed_dictionaries(
                {},
                optional={
                    "start": st.integers(-3, 70) | json_values,
                    "end": st.integers(-3, 70) | json_values,
                    "label": st.text(max_size=5) | json_values,
                },
            ),
            max_size=3,
        )
        | json_values,
    },
)
lines = st.lists(records.map(lambda r: json.dumps(r).encode()) | st.binary(max_size=40), max_size=6)


@SETTINGS
@given(lines)
def test_arbitrary_jsonl(lines: list[bytes]) -> None:
    data = b"\n".join(lines)
    with contextlib.suppress(ImportFormatError):
        check_drafts(read_jsonl(io.BytesIO(data), source_name="x.jsonl"))
    check = check_jsonl(io.BytesIO(data), source_name="x.jsonl")
    assert check.articles + len(check.errors) <= len(data.splitlines()) + 1


@SETTINGS
@given(st.binary(max_size=2000), st.sampled_from([None, "text", "markdown", "html", "jsonl"]))
def test_arbitrary_dropped_bytes(data: bytes, format: str | None) -> None:
    with contextlib.suppress(ImportFormatError):
        check_drafts(read_article_bytes(data, source_name="dropped", format=format))
