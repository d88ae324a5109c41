"""Markdown files: the words a reader sees, with title and front matter as metadata."""

import pytest

from annotator.errors import ImportFormatError
from annotator.importing.markdown import markdown_to_draft, parse_front_matter, read_markdown

DOC = """\
# Ceasefire *holds* in the north

GENEVA (AFP): Officials **said** the [ceasefire](https://example.org/c "t") held.
It was wrapped here.\\
And broken here.

![a photo of the border](http://tracker.example/pixel.png)

- first point
- second `point`

1. one
2. two

> A quoted paragraph.

```
  indented code
  kept
```

| City | Toll |
|------|------|
| Ash  | 12   |

---

The end.
"""


def test_markdown_becomes_plain_text() -> None:
    draft = markdown_to_draft(DOC, source_name="story.md")
    assert draft.text == (
        "Ceasefire holds in the north\n\n"
        "GENEVA (AFP): Officials said the ceasefire held. It was wrapped here.\n"
        "And broken here.\n\n"
        "first point\nsecond point\n\n"
        "one\ntwo\n\n"
        "A quoted paragraph.\n\n"
        "  indented code\n  kept\n\n"
        "City Toll\nAsh 12\n\n"
        "The end."
    )
    assert "tracker.example" not in draft.text
    assert "photo" not in draft.text
    assert "https://example.org" not in draft.text


def test_first_heading_is_the_title_and_dateline_is_found() -> None:
    draft = markdown_to_draft(DOC, source_name="story.md")
    assert draft.title == "Ceasefire holds in the north"
    assert draft.dateline == "GENEVA"
    assert draft.agency == "AFP"
    assert draft.source_format == "markdown"


def test_front_matter_gives_metadata_and_is_not_text() -> None:
    source = (
        "---\n"
        'title: "Front matter title"\n'
        "date: 2022-01-09T10:00:00Z\n"
        "author: Jane Roe\n"
        "url: https://news.example/story\n"
        "outlet: The Example\n"
        "lang: pt-BR\n"
        "tags: [a, b]\n"
        "---\n"
        "# Heading\n\nBody text."
    )
    draft = markdown_to_draft(source, source_name="fm.md")
    assert draft.text == "Heading\n\nBody text."
    assert draft.title == "Front matter title"
    assert draft.published == "2022-01-09T10:00:00Z"
    assert draft.author == "Jane Roe"
    assert draft.url == "https://news.example/story"
    assert draft.outlet == "The Example"
    assert draft.language == "pt-BR"


def test_bad_front_matter_values_are_dropped() -> None:
    source = "---\ndate: last Tuesday\nurl: javascript:alert(1)\nlang: !!\n---\nBody."
    draft = markdown_to_draft(source, source_name="fm.md")
    assert (draft.published, draft.url, draft.language) == (None, None, None)


def test_unclosed_front_matter_is_ordinary_text() -> None:
    draft = markdown_to_draft("---\ntitle: x\n\nBody.", source_name="a.md")
    assert "Body." in draft.text


def test_front_matter_parser() -> None:
    assert parse_front_matter("Title: 'A'\nunknown: b\n  author:  C D \nbroken line") == {
        "title": "A",
        "author": "C D",
    }


def test_raw_html_in_markdown_is_reduced_to_text_without_scripts() -> None:
    source = (
        "Intro.\n\n<div onclick=\"steal()\">Raw <b>html</b><script>alert('x')</script>"
        "<style>p{}</style></div>\n\nInline <img src=x onerror=alert(1)>words."
    )
    draft = markdown_to_draft(source, source_name="a.md")
    assert draft.text == "Intro.\n\nRaw html\n\nInline words."


def test_crlf_and_encoding() -> None:
    draft = read_markdown("# Título\r\n\r\nAçúcar.\r\n".encode("cp1252"), source_name="a.md")
    assert draft.text == "Título\n\nAçúcar."
    assert draft.encoding == "cp1252"


def test_rtl_and_combining_characters_survive() -> None:
    source = "# כותרת\n\nنص عربي e\u0301"
    draft = markdown_to_draft(source, source_name="a.md")
    assert draft.text == "כותרת\n\nنص عربي e\u0301"


@pytest.mark.parametrize("source", ["", "![only](x.png)", "---\ntitle: x\n---\n", "<!-- c -->"])
def test_markdown_without_text_is_refused(source: str) -> None:
    with pytest.raises(ImportFormatError, match=r"^e\.md: no article text found"):
        markdown_to_draft(source, source_name="e.md")
