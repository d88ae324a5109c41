"""Hostile HTML: nothing runs, nothing is fetched, nothing of it reaches the article text."""

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from annotator.importing import read_article_bytes, read_article_file
from annotator.importing.html import html_to_draft


class _Recorder(BaseHTTPRequestHandler):
    requests: list[str] = []  # noqa: RUF012 - shared with the test through the class

    def do_GET(self) -> None:
        type(self).requests.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        self.wfile.write(b"FETCHED-CONTENT")

    def log_message(self, format: str, *args: object) -> None:
        """Keep the test output quiet."""


@pytest.fixture
def trap_server() -> Iterator[tuple[str, list[str]]]:
    """A loopback HTTP server that records every request (native code bypasses `socket`)."""
    requests: list[str] = []
    handler = type("Handler", (_Recorder,), {"requests": requests})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", requests
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def hostile_page(base: str, secret_file: Path) -> str:
    secret = secret_file.as_uri()
    return f"""<!DOCTYPE html SYSTEM "{base}/doctype.dtd" [
<!ENTITY xxe SYSTEM "{secret}">
<!ENTITY remote SYSTEM "{base}/entity">
]>
<html><head>
<base href="{base}/base/">
<meta http-equiv="refresh" content="0; url={base}/refresh">
<link rel="stylesheet" href="{base}/style.css">
<link rel="import" href="{base}/import.html">
<link rel="preload" href="{secret}">
<style>@import url("{base}/import.css"); body {{ background: url({base}/bg.png) }}</style>
<script src="{base}/script.js"></script>
<script>fetch("{base}/inline-fetch"); document.write("INJECTED-BY-SCRIPT");</script>
</head>
<body onload="alert('BODY-ONLOAD')">
<p>Real article text.</p>
<img src="{base}/pixel.png" onerror="alert('IMG-ONERROR')" alt="ALT-TEXT">
<img srcset="{base}/a.png 1x, {base}/b.png 2x">
<iframe src="{base}/frame.html">IFRAME-FALLBACK</iframe>
<iframe src="{secret}"></iframe>
<iframe srcdoc="<p>SRCDOC-CONTENT</p>"></iframe>
<object data="{base}/object.swf">OBJECT-FALLBACK</object>
<embed src="{base}/embed.swf">
<video poster="{base}/poster.jpg" src="{base}/video.mp4">VIDEO-FALLBACK</video>
<svg><image href="{base}/svg.png"/><text>SVG-TEXT</text><script>alert('SVG')</script></svg>
<noscript><img src="{base}/noscript.png">NOSCRIPT-TEXT</noscript>
<template><p>TEMPLATE-TEXT</p></template>
<form action="{base}/form"><input type="image" src="{base}/input.png">FORM-TEXT</form>
<p>A <a href="javascript:alert('JS-LINK')">safe link</a> and <a href="{base}/x">another</a>.</p>
<p>Entity: &xxe; &remote;</p>
<!-- COMMENT-TEXT <img src="{base}/comment.png"> -->
<div><p>Malformed <b>nesting <i>here</p> continues</b> on</i></div>
<p title="{"A" * 1_000_000}">After a huge attribute.</p>
<table><tr><td>Cell<td>Cell two</table></p></p></div></span>
<p>Unclosed <script>alert("UNCLOSED-SCRIPT")
"""


FORBIDDEN = (
    "INJECTED-BY-SCRIPT",
    "BODY-ONLOAD",
    "IMG-ONERROR",
    "ALT-TEXT",
    "IFRAME-FALLBACK",
    "SRCDOC-CONTENT",
    "OBJECT-FALLBACK",
    "VIDEO-FALLBACK",
    "SVG-TEXT",
    "NOSCRIPT-TEXT",
    "TEMPLATE-TEXT",
    "FORM-TEXT",
    "JS-LINK",
    "COMMENT-TEXT",
    "UNCLOSED-SCRIPT",
    "FETCHED-CONTENT",
    "SECRET-FILE-CONTENT",
    "127.0.0.1",
    "javascript",
    "alert",
    "AAAAAAAAAA",
    "@import",
)


def test_hostile_page_yields_only_its_text_and_fetches_nothing(
    tmp_path: Path, trap_server: tuple[str, list[str]], no_network: list[str]
) -> None:
    base, requests = trap_server
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-FILE-CONTENT")
    page = tmp_path / "hostile.html"
    page.write_text(hostile_page(base, secret), encoding="utf-8")

    [draft] = read_article_file(page)

    time.sleep(0.2)  # let the server thread record any connection that was made
    assert requests == []
    assert no_network == []
    for marker in FORBIDDEN:
        assert marker not in draft.text, marker
    assert "Real article text." in draft.text
    assert "A safe link and another." in draft.text
    assert "Malformed nesting here" in draft.text
    assert "After a huge attribute." in draft.text
    assert "Cell Cell two" in draft.text
    assert draft.url is None  # <base> and og/canonical absent: no URL invented


def test_hostile_xhtml_entities_are_not_resolved(
    tmp_path: Path, trap_server: tuple[str, list[str]], no_network: list[str]
) -> None:
    base, requests = trap_server
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-FILE-CONTENT")
    xhtml = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "{secret.as_uri()}">'
        f'<!ENTITY r SYSTEM "{base}/e">]>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Before &xxe;&r; after</p>'
        "</body></html>"
    )
    [draft] = read_article_bytes(xhtml.encode(), source_name="x.xhtml")
    time.sleep(0.2)
    assert requests == []
    assert "SECRET" not in draft.text
    assert draft.text.startswith("Before")


def test_javascript_and_file_urls_are_not_metadata() -> None:
    page = (
        '<html><head><link rel="canonical" href="javascript:alert(1)">'
        '<meta property="og:url" content="file:///etc/passwd"></head>'
        "<body><p>Text.</p></body></html>"
    )
    assert html_to_draft(page, source_name="p.html").url is None


def test_deep_nesting_does_not_overflow() -> None:
    page = "<div>" * 100_000 + "deep text" + "</div>" * 100_000
    draft = html_to_draft("<p>Start.</p>" + page, source_name="deep.html")
    assert draft.text.startswith("Start.")


def test_many_unclosed_tags_are_fast() -> None:
    """A page of unclosed tags must not make the parser go quadratic; the bound is this
    process's CPU time, so other load on the machine cannot fail it."""
    started = time.process_time()
    html_to_draft("<p>x" + "<a <b <c" * 50_000, source_name="slow.html")
    assert time.process_time() - started < 5
