"""HTML pages to article text and metadata, without running or fetching anything.

Why lxml (libxml2's HTML parser) rather than the alternatives:

* stdlib `html.parser` is only a tokenizer: repairing malformed nesting
  (`<p><b>x<p>y</b>`), implied end tags and void elements would be ours to
  write and get wrong; and the tokenizer in the Python we ship on (3.12.1) has
  known quadratic-time cases on hostile input (fixed in later 3.12 releases).
* beautifulsoup4 gives a tree, but with its pure-Python builder it sits on that
  same tokenizer, is ten times slower, and picks a different parser (so
  different text) depending on what else happens to be installed.
* trafilatura does boilerplate removal well but is heuristic (its output moves
  between versions, bad for text whose offsets are stored), brings a dozen
  dependencies, and also contains fetching code we never want near imports.
* lxml is one well-kept, widely deployed package with binary wheels; its
  parser recovers from any byte soup deterministically, never fetches DTDs or
  resources (`no_network`), caps pathological input (`huge_tree=False`), is
  fast enough for 20 MiB pages, and is imported lazily (about 20 ms) so the
  app's start-up does not pay for it.

Nothing in the document is executed or requested: we only read the parsed tree.
Scripts, styles, embedded objects, navigation, asides, footers, forms and
hidden elements are skipped with everything inside (a page header too, but not
an article's own `<header>`, which holds its headline; nor a `<form>` holding
paragraphs, which is a CMS wrapping the whole page); `<img>`, `<link>`, `<iframe>` and
`javascript:` URLs contribute no text; entities are decoded by the parser, but
entities declared in a DOCTYPE are never expanded (no XXE, no file reads).
The content root is the largest `<article>`, else `<main>`, else `<body>`.
"""

import re
from typing import TYPE_CHECKING

from annotator.errors import ImportFormatError
from annotator.importing.blocks import TextAssembler
from annotator.importing.decoding import decode_bytes, sanitize
from annotator.importing.drafts import ArticleDraft
from annotator.importing.fields import clean_language, clean_line, clean_published, clean_url
from annotator.importing.metadata import extract_metadata

if TYPE_CHECKING:
    from lxml.etree import _Element

# Skipped with everything inside.  Void elements (img, embed, input, link...) are
# not listed: they have no content, and what libxml2 sometimes nests in them
# (everything after an <embed>) is really the following siblings, kept.
_SKIPPED = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "iframe",
        "frame",
        "frameset",
        "noframes",
        "object",
        "applet",
        "svg",
        "math",
        "canvas",
        "nav",
        "footer",
        "aside",
        "head",
        "title",
        "button",
        "select",
        "option",
        "textarea",
        "audio",
        "video",
        "picture",
        "map",
        "dialog",
    ]
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# An XML declaration, and a DOCTYPE with an internal subset (entity declarations,
# which HTML parsing would show as text and which we never expand anyway).
_XML_PROLOGUE = re.compile(
    r"\A\s*(?:<\?xml[^>]{0,200}\?>)?\s*(?:<!DOCTYPE[^\[>]{0,1000}\[.{0,100000}?\]\s*>)?",
    re.IGNORECASE | re.DOTALL,
)
_META_CHARSET = re.compile(
    rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:\-]{1,40})", re.IGNORECASE
)
_PUBLISHED_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "pubdate",
    "publish-date",
)


def read_html(data: bytes, *, source_name: str) -> ArticleDraft:
    """An article from the bytes of an HTML page (encoding from BOM, bytes or `<meta charset>`)."""
    declared = _META_CHARSET.search(data[:4096])
    decoded = decode_bytes(
        data,
        source_name=source_name,
        declared=declared.group(1).decode("ascii") if declared else None,
    )
    return html_to_draft(decoded.text, source_name=source_name, encoding=decoded.encoding)


def html_to_draft(markup: str, *, source_name: str, encoding: str | None = None) -> ArticleDraft:
    """An article from decoded HTML: the text of its content root, and the page's metadata."""
    root = _parse(markup, source_name)
    content = _content_root(root) if root is not None else None
    text = _text_of(content) if content is not None else ""
    if not text:
        raise ImportFormatError(f"{source_name}: no article text found in this HTML page")
    assert root is not None
    metas = _metas(root)
    found = extract_metadata(text)
    return ArticleDraft(
        text=text,
        source_name=source_name,
        source_format="html",
        title=_title(root, metas) or found.title,
        outlet=clean_line(metas.get("og:site_name")) or found.outlet,
        url=_url(root, metas),
        author=_author(metas),
        published=_published(root, metas),
        language=clean_language(root.get("lang"))
        or clean_language(root.get("xml:lang"))
        or clean_language(metas.get("og:locale")),
        dateline=found.dateline,
        agency=found.agency,
        encoding=encoding,
    )


def html_fragment_text(markup: str) -> str:
    """The text of an HTML fragment (raw HTML inside Markdown), by the same rules as a page."""
    root = _parse(markup, "fragment")
    return _text_of(root) if root is not None else ""


def _parse(markup: str, source_name: str) -> "_Element | None":
    from lxml import etree

    parser = etree.HTMLParser(
        recover=True,
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        collect_ids=False,
        huge_tree=False,
    )
    try:
        return etree.fromstring(_XML_PROLOGUE.sub("", markup, count=1), parser)
    except (etree.LxmlError, ValueError) as error:
        raise ImportFormatError(f"{source_name}: cannot parse this HTML: {error}") from None


def _content_root(root: "_Element") -> "_Element":
    articles = [el for el in root.iter("article") if not _skipped(el)]
    if articles:
        return max(articles, key=lambda el: len(_joined_text(el)))
    for tag in ("main", "body"):
        found = next(root.iter(tag), None)
        if found is not None:
            return found
    return root


def _skipped(el: "_Element") -> bool:
    tag: object = el.tag  # a function, not a str, for entities (whatever the stubs say)
    if not isinstance(tag, str):
        return True  # entities and other non-element nodes carry no article text
    tag = tag.lower()
    if tag in _SKIPPED:
        return True
    if tag == "header":
        # A page's header is logo and menus; an article's header holds its headline.
        return next(el.iterancestors("article"), None) is None
    if tag == "form":
        # Some CMSs wrap the whole page in one <form>: that is content, not a form.
        return el.find(".//p") is None
    if el.get("hidden") is not None or (el.get("aria-hidden") or "").strip().lower() == "true":
        return True
    return bool(_HIDDEN_STYLE.search(el.get("style") or ""))


def _text_of(top: "_Element") -> str:
    """Walk `top` without recursion (page depth is unbounded) and assemble its text."""
    out = TextAssembler()
    preformatted = 0
    out.add(top.text or "")
    stack: list[tuple[_Element, bool]] = [(child, False) for child in reversed(top)]
    while stack:
        el, leaving = stack.pop()
        tag = _tag_name(el)
        if leaving:
            preformatted -= tag == "pre"
            out.close_element(tag)
        elif not _skipped(el):
            preformatted += tag == "pre"
            out.open_element(tag)
            out.add(el.text or "", preformatted=preformatted > 0)
            stack.append((el, True))
            stack.extend((child, False) for child in reversed(el))
            continue
        out.add(el.tail or "", preformatted=preformatted > 0)
    return sanitize(out.text(), source_name="html")


def _tag_name(el: "_Element") -> str:
    tag: object = el.tag
    return tag.lower() if isinstance(tag, str) else ""


def _joined_text(el: "_Element") -> str:
    return "".join(t for t in el.itertext() if isinstance(t, str))


def _metas(root: "_Element") -> dict[str, str]:
    """`<meta>` contents by lower-cased property/name/itemprop; the first of each wins."""
    metas: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip()
        content = meta.get("content")
        if key and content is not None:
            metas.setdefault(key.lower(), content)
    return metas


def _title(root: "_Element", metas: dict[str, str]) -> str | None:
    title = clean_line(metas.get("og:title")) or clean_line(metas.get("twitter:title"))
    if title:
        return title
    for path in ("head/title", ".//h1"):
        el = root.find(path)
        if el is not None and (title := clean_line(_joined_text(el))):
            return title
    return None


def _url(root: "_Element", metas: dict[str, str]) -> str | None:
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split():
            url = clean_url(link.get("href"))
            if url:
                return url
    return clean_url(metas.get("og:url"))


def _author(metas: dict[str, str]) -> str | None:
    for key in ("author", "article:author", "dc.creator", "byl"):
        value = clean_line(metas.get(key))
        if value and clean_url(value) is None:  # article:author is often a profile URL
            return value.removeprefix("By ").removeprefix("by ")
    return None


def _published(root: "_Element", metas: dict[str, str]) -> str | None:
    for key in _PUBLISHED_KEYS:
        value = clean_published(metas.get(key))
        if value:
            return value
    for time in root.iter("time"):
        value = clean_published(time.get("datetime"))
        if value:
            return value
    return None
