"""Right-to-left text, combining characters, emoji and CR LF: offsets and highlights stay exact.

Why: claim offsets are code points in the stored text, while Qt counts UTF-16
units and turns CR LF into one paragraph break.  An article mixing Arabic,
Hebrew, combining accents, an emoji and Windows line endings, imported from
JSONL with spans, must keep `exact == text[start:end]` in the file, and the
article view must paint each highlight on exactly those characters: not one
position before, not one after.  The Qt positions are computed here
independently of `ui.text_offsets.OffsetMap`, so a drift in either shows.
"""

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat

from annotator.services.articles import import_files
from annotator.services.claims import list_claims
from annotator.services.projects import create_project
from ui.app import build_window
from ui.main_window import MainWindow

TEXT = (
    "\u0645\u0642\u062a\u0644 40 \u0634\u062e\u0635\u0627 \u0641\u064a "
    "\u0627\u0644\u0642\u0635\u0641\u060c \u0642\u0627\u0644\u062a "
    "\u0627\u0644\u0648\u0632\u0627\u0631\u0629.\r\n"  # Arabic: "40 people killed in shelling"
    "\u05e0\u05d4\u05e8\u05d2\u05d5 12 \u05d7\u05d9\u05d9\u05dc\u05d9\u05dd, "
    "\u05d0\u05de\u05e8 \u05d4\u05d3\u05d5\u05d1\u05e8.\r\n"  # Hebrew: "12 soldiers were killed"
    "Cafe\u0301 owner \U0001f600 says 7 people were wounded in Zu\u0308rich.\r\n"
    "\U0001f1fa\U0001f1e6 Some 300 troops moved \u05d5-40 tanks.\r\n"
)
PHRASES = {  # phrase -> kind
    "40 \u0634\u062e\u0635\u0627": "casualty",
    "12 \u05d7\u05d9\u05d9\u05dc\u05d9\u05dd": "casualty",
    "7 people were wounded": "casualty",
    "Some 300 troops": "troops",
    "Cafe\u0301 owner \U0001f600 says 7 people were wounded in Zu\u0308rich": "statement",
}


def qt_position(text: str, offset: int) -> int:
    """Where a code-point offset lands in a QTextDocument (UTF-16 units, CR LF as one)."""
    return len(text[:offset].replace("\r\n", "\n").encode("utf-16-le")) // 2


def format_at(window: MainWindow, position: int) -> QTextCharFormat:
    block = window.article_view.document().findBlock(position)
    offset = position - block.position()
    for fmt_range in block.layout().formats():
        if fmt_range.start <= offset < fmt_range.start + fmt_range.length:
            return QTextCharFormat(fmt_range.format)
    return QTextCharFormat()


def tinted(fmt: QTextCharFormat) -> bool:
    return fmt.background().style() != Qt.BrushStyle.NoBrush


def underlined(fmt: QTextCharFormat) -> bool:
    return fmt.underlineStyle() != QTextCharFormat.UnderlineStyle.NoUnderline


def make_window(qtbot, tmp_path: Path, phrases: dict[str, str]) -> tuple[MainWindow, list]:
    """Import TEXT from JSONL with a span per phrase; check the stored quotes; show it."""
    spans = []
    for phrase, kind in phrases.items():
        start = TEXT.index(phrase)
        spans.append({"start": start, "end": start + len(phrase), "label": kind})
    corpus = tmp_path / "mixed.jsonl"
    corpus.write_bytes(
        json.dumps(
            {"id": "m1", "title": "Mixed scripts", "text": TEXT, "spans": spans}, ensure_ascii=False
        ).encode("utf-8")
        + b"\n"
    )
    path = tmp_path / "mixed.claims"
    with create_project(path, name="Scripts", reviewer="Ann") as project:
        import_files(project, [corpus])
        claims = list_claims(project)
        assert len(claims) == len(phrases)
        for claim in claims:  # the stored quote is exactly the text at the offsets
            assert claim.exact == TEXT[claim.start : claim.end]
            assert phrases[claim.exact] == claim.kind
    window = build_window(project=str(path), reviewer="Ann")
    qtbot.addWidget(window)
    window.show()
    window.show_article(1)
    assert window.article_view.toPlainText() == TEXT.replace("\r\n", "\n")
    return window, claims


def unpainted(window: MainWindow, claim) -> list[int]:
    first, last = qt_position(TEXT, claim.start), qt_position(TEXT, claim.end)
    painted = tinted if claim.kind != "statement" else underlined
    return [p for p in range(first, last) if not painted(format_at(window, p))]


def test_offsets_and_highlights_stay_on_the_right_characters(qtbot, tmp_path: Path) -> None:
    window, claims = make_window(qtbot, tmp_path, PHRASES)
    end_of_text = qt_position(TEXT, len(TEXT))
    for claim in claims:
        first, last = qt_position(TEXT, claim.start), qt_position(TEXT, claim.end)
        painted = tinted if claim.kind != "statement" else underlined
        assert unpainted(window, claim) == [], claim.exact
        for outside in (first - 1, last):  # the neighbours are left alone
            others = [
                c
                for c in claims
                if c is not claim
                and qt_position(TEXT, c.start) <= outside < qt_position(TEXT, c.end)
            ]
            if 0 <= outside < end_of_text and not others:
                assert not painted(format_at(window, outside)), (claim.exact, outside)
    window.close()


def test_highlight_at_the_end_of_a_paragraph_with_an_emoji(qtbot, tmp_path: Path) -> None:
    sentence = "Cafe\u0301 owner \U0001f600 says 7 people were wounded in Zu\u0308rich."
    window, (claim,) = make_window(qtbot, tmp_path, {sentence: "statement"})
    assert unpainted(window, claim) == []
    window.close()
