"""HTML pages: article text, block structure and metadata."""

import codecs

import pytest

from annotator.errors import ImportFormatError
from annotator.importing.html import html_fragment_text, html_to_draft, read_html

PAGE = """<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Harbour reopens | The Example Times</title>
  <meta property="og:title" content="Harbour reopens after fire">
  <meta property="og:site_name" content="The Example Times">
  <meta property="article:published_time" content="2023-04-05T08:30:00+00:00">
  <meta name="author" content="Jane Roe">
  <meta property="og:url" content="https://example.org/og-url">
  <link rel="canonical" href="https://example.org/harbour-reopens">
</head>
<body>
  <header><a href="/">Logo</a> Site header</header>
  <nav><ul><li>Home</li><li>World</li></ul></nav>
  <main>
    <article>
      <header><h1>Harbour reopens after fire</h1><p>By Jane Roe</p></header>
      <p>PORT ELLEN (Reuters) - The harbour   reopened
         on <time datetime="2023-04-04">Tuesday</time>, officials&nbsp;said &amp; fishermen
         cheered.</p>
      <p>Line one<br>line two</p>
      <ul><li>First &ldquo;point&rdquo;</li><li>Second point</li></ul>
      <blockquote>Quoted words.</blockquote>
      <pre>  code   keeps
    spaces</pre>
      <aside>Related: other story</aside>
      <footer>Share this</footer>
    </article>
  </main>
  <aside>Sidebar</aside>
  <footer>Copyright</footer>
</body>
</html>
"""


def test_article_text_from_the_article_element() -> None:
    draft = html_to_draft(PAGE, source_name="page.html")
    assert draft.text == (
        "Harbour reopens after fire\n\n"
        "By Jane Roe\n\n"
        "PORT ELLEN (Reuters) - The harbour reopened on Tuesday, officials\xa0said & fishermen "
        "cheered.\n\n"
        "Line one\nline two\n\n"
        "First “point”\nSecond point\n\n"
        "Quoted words.\n\n"
        "  code   keeps\n    spaces"
    )
    for boilerplate in ("Logo", "Home", "Sidebar", "Copyright", "Related", "Share this"):
        assert boilerplate not in draft.text


def test_page_metadata() -> None:
    draft = html_to_draft(PAGE, source_name="page.html", encoding="utf-8")
    assert draft.title == "Harbour reopens after fire"
    assert draft.outlet == "The Example Times"
    assert draft.published == "2023-04-05T08:30:00+00:00"
    assert draft.author == "Jane Roe"
    assert draft.url == "https://example.org/harbour-reopens"
    assert draft.language == "en-GB"
    assert draft.dateline == "PORT ELLEN"
    assert draft.agency == "Reuters"
    assert draft.source_format == "html"
    assert draft.encoding == "utf-8"


def test_fallbacks_title_element_time_and_og_url() -> None:
    page = (
        "<html><head><title> Plain   title </title>"
        '<meta property="og:url" content="https://example.org/x">'
        '<meta property="article:author" content="https://example.org/people/jane">'
        "</head><body><p>Text <time datetime='2021-02-03'>then</time>.</p></body></html>"
    )
    draft = html_to_draft(page, source_name="p.html")
    assert draft.title == "Plain title"
    assert draft.published == "2021-02-03"
    assert draft.url == "https://example.org/x"
    assert draft.author is None  # a profile URL is not a name
    assert draft.language is None


def test_largest_article_wins_and_main_is_used_without_article() -> None:
    page = (
        "<body><article><p>Short teaser.</p></article>"
        "<article><p>The real story, which is much longer than the teaser.</p></article></body>"
    )
    assert html_to_draft(page, source_name="p.html").text == (
        "The real story, which is much longer than the teaser."
    )
    page = "<body><div>Menu</div><main><p>Main text.</p></main></body>"
    assert html_to_draft(page, source_name="p.html").text == "Main text."


def test_page_wrapped_in_a_form_keeps_its_paragraphs() -> None:
    page = '<body><form action="/x"><p>Content inside a CMS form.</p></form></body>'
    assert html_to_draft(page, source_name="p.html").text == "Content inside a CMS form."


def test_search_form_is_dropped() -> None:
    page = "<body><p>Story.</p><form><label>Search the site</label><input></form></body>"
    assert html_to_draft(page, source_name="p.html").text == "Story."


def test_hidden_elements_are_dropped() -> None:
    page = (
        "<body><p>Seen.</p><p hidden>Hidden one.</p><div aria-hidden='true'>Hidden two.</div>"
        "<span style='display: none'>Hidden three.</span></body>"
    )
    assert html_to_draft(page, source_name="p.html").text == "Seen."


def test_tables_become_lines() -> None:
    page = "<table><tr><th>City</th><th>Toll</th></tr><tr><td>Ash</td><td>12</td></tr></table>"
    assert html_to_draft(page, source_name="p.html").text == "City Toll\nAsh 12"


def test_meta_charset_is_honoured_for_legacy_bytes() -> None:
    page = '<html><head><meta charset="windows-1251"></head><body><p>Привет, мир</p></body></html>'
    draft = read_html(page.encode("cp1251"), source_name="ru.html")
    assert draft.text == "Привет, мир"
    assert draft.encoding == "cp1251"


def test_utf16_html_and_xhtml_declaration() -> None:
    page = (
        '<?xml version="1.0" encoding="UTF-16"?>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="fr"><body><p>Été</p></body></html>'
    )
    draft = read_html(codecs.BOM_UTF16_LE + page.encode("utf-16-le"), source_name="a.xhtml")
    assert draft.text == "Été"
    assert draft.language == "fr"


def test_rtl_and_combining_characters_survive() -> None:
    page = "<html lang='ar' dir='rtl'><body><p>قال الوزير</p><p>שלום e\u0301</p></body></html>"
    draft = html_to_draft(page, source_name="p.html")
    assert draft.text == "قال الوزير\n\nשלום e\u0301"
    assert draft.language == "ar"


def test_entities_and_numeric_references() -> None:
    page = "<p>&lt;tag&gt; &eacute;t&eacute; &#8220;q&#x201D; &#0; &bogus;</p>"
    assert html_to_draft(page, source_name="p.html").text == "<tag> été “q” \ufffd &bogus;"


@pytest.mark.parametrize(
    "page",
    ["", "   ", "<html><head><title>Only a title</title></head></html>", "<!-- nothing -->"],
)
def test_page_without_text_is_refused(page: str) -> None:
    with pytest.raises(ImportFormatError, match=r"^e\.html: no article text found"):
        html_to_draft(page, source_name="e.html")


def test_fragment_text() -> None:
    assert html_fragment_text("<p>One</p><script>x()</script><p>Two</p>") == "One\n\nTwo"
    assert html_fragment_text("") == ""
