"""The first desktop window: article list, article text and claim highlights, read-only mode."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat

from annotator.changes import Entity
from annotator.domain import LEARNED_RULE
from annotator.project import Project
from annotator.services.articles import import_drafts
from annotator.services.claims import add_claim, list_claims
from annotator.services.projects import create_project, open_project
from tests.helpers import SAMPLE_TEXT, claim_on, sample_draft, span_of
from ui.app import build_window
from ui.main_window import MainWindow
from ui.project_controller import ProjectController


def formats_at(window: MainWindow, position: int) -> QTextCharFormat:
    """The highlight format applied at a document position."""
    block = window.article_view.document().findBlock(position)
    offset = position - block.position()
    ranges = block.layout().formats()
    for fmt_range in ranges:
        if fmt_range.start <= offset < fmt_range.start + fmt_range.length:
            return QTextCharFormat(fmt_range.format)
    return QTextCharFormat()


def make_window(qtbot, path: Path, read_only: bool = False) -> MainWindow:
    window = build_window(project=str(path), read_only=read_only, reviewer="Ann")
    qtbot.addWidget(window)
    window.show()
    return window


def test_window_lists_articles_and_highlights_claims(qtbot, filled_project: Path) -> None:
    window = make_window(qtbot, filled_project)
    model = window.article_table.model()
    assert model.rowCount() == 2
    assert model.data(model.index(0, 0)) == "Talks stall"
    assert model.data(model.index(0, 3)) == 2  # claims
    assert model.data(model.index(0, 4)) == "0/2"  # reviewed/total
    assert window.article_view.toPlainText() == SAMPLE_TEXT
    assert window.article_view.isReadOnly()

    start, _ = span_of(SAMPLE_TEXT, "More than 13,000 people")
    casualty = formats_at(window, start + 3)
    assert casualty.background().color().rgb() == QColor("#e45756").rgb()

    quote_start, _ = span_of(SAMPLE_TEXT, "We will not withdraw")
    statement = formats_at(window, quote_start)
    assert statement.underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline
    assert statement.underlineColor().rgb() == QColor("#b279a2").rgb()

    plain = formats_at(window, SAMPLE_TEXT.index("health ministry"))
    assert plain.background().style() == Qt.BrushStyle.NoBrush

    (claim,) = window.article_view.claims_at_position(start + 3)
    assert claim.kind == "casualty" and claim.verdict_rating == "mostly_true"
    tooltip = window.article_view.tooltip_at(start + 3)
    assert "Casualty" in tooltip and "≥ 13,000 people" in tooltip
    assert "Verdict: mostly_true" in tooltip and "Status: unreviewed" in tooltip
    assert set(window.legend.labels) == {
        "casualty",
        "troops",
        "position",
        "statement",
        "other_figure",
    }


def test_a_learned_position_says_the_model_found_it_not_a_rule(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "learned.claims"
    with create_project(path, name="Learned", reviewer="Ann") as project:
        article_id = import_drafts(project, [sample_draft()]).value.added_article_ids[0]
        found = {
            rule: claim_on(
                project,
                article_id,
                phrase,
                kind="position" if rule == LEARNED_RULE else "casualty",
                origin="detected",
                rule=rule,
                confidence=0.5,
            )
            for rule, phrase in (
                (LEARNED_RULE, "Estrava has massed tens of thousands of troops at the border"),
                ("casualty.number_noun", "More than 13,000 people"),
            )
        }
    window = make_window(qtbot, path)
    learned_start, _ = span_of(SAMPLE_TEXT, "Estrava has massed")
    rule_start, _ = span_of(SAMPLE_TEXT, "More than 13,000")
    learned_tip = window.article_view.tooltip_at(learned_start + 3)
    assert "Found by the learned position model (no rule fired)" in learned_tip
    assert "rule position.learned" not in learned_tip
    assert "Found by rule casualty.number_noun" in window.article_view.tooltip_at(rule_start + 3)

    window.select_claim(found[LEARNED_RULE])
    assert window.inspector.origin.text() == (
        "detected by the learned position model (no rule fired) (confidence 0.50)"
    )
    window.select_claim(found["casualty.number_noun"])
    assert (
        window.inspector.origin.text() == "detected by rule casualty.number_noun (confidence 0.50)"
    )


def test_the_inspector_says_what_a_confidence_means(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "confidence.claims"
    added = {}
    with create_project(path, name="Confidence", reviewer="Ann") as project:
        article_id = import_drafts(project, [sample_draft()]).value.added_article_ids[0]
        for name, phrase, origin, version, confidence in (
            ("measured", "More than 13,000 people", "detected", "1.64.0", 0.97),
            ("coarse", "tens of thousands of troops", "detected", "1.63.0", 0.9),
            ("given", "Estrava has massed", "imported", None, 0.8),
            ("none", "at the border", "manual", None, None),
        ):
            added[name] = claim_on(
                project,
                article_id,
                phrase,
                origin=origin,
                rule="casualty.number_noun" if origin == "detected" else None,
                detector_version=version,
                confidence=confidence,
            )
    window = make_window(qtbot, path)
    tips = {}
    for name, claim_id in added.items():
        window.select_claim(claim_id)
        tips[name] = window.inspector.origin.toolTip()
    assert tips["measured"].startswith("About 97 in 100 suggestions like this one")
    assert "detector 1.63.0" in tips["coarse"] and "did not measure" in tips["coarse"]
    assert tips["given"].startswith("Confidence as given")
    assert tips["none"] == ""


def test_verdicts_show_in_the_margin(qtbot, filled_project: Path) -> None:
    window = make_window(qtbot, filled_project)
    casualty_block = (
        window.article_view.document()
        .findBlock(SAMPLE_TEXT.index("More than 13,000"))
        .blockNumber()
    )
    ((color, label),) = window.article_view.margin.marks_for_block(casualty_block)
    assert color == "#7cb342"
    assert label.startswith("Mostly true: More than 13,000 people")
    statement_block = (
        window.article_view.document().findBlock(SAMPLE_TEXT.index("We will not")).blockNumber()
    )
    assert window.article_view.margin.marks_for_block(statement_block) == []


def test_selecting_another_article_shows_it(qtbot, filled_project: Path) -> None:
    window = make_window(qtbot, filled_project)
    window.article_table.selectRow(1)
    assert window.article_view.toPlainText() == "Second article text."
    assert window.article_view.claims == []


def test_edits_elsewhere_refresh_the_view(qtbot, filled_project: Path) -> None:
    window = make_window(qtbot, filled_project)
    start, end = span_of(SAMPLE_TEXT, "tens of thousands of troops")
    with qtbot.waitSignal(window.controller.changed):
        window.controller.apply(add_claim, article_id=1, start=start, end=end, kind="troops")
    assert formats_at(window, start + 2).background().color().rgb() == QColor("#4c78a8").rgb()
    model = window.article_table.model()
    assert model.data(model.index(0, 3)) == 3
    qtbot.waitUntil(lambda: "3 claims" in window.status_label.text())  # coalesced update


def test_read_only_window_shows_banner(qtbot, filled_project: Path) -> None:
    window = make_window(qtbot, filled_project, read_only=True)
    assert window.banner.isVisible()
    assert "Read-only" in window.banner.text()
    assert "(read-only)" in window.windowTitle()


def test_bad_file_shows_a_message_not_a_traceback(qtbot, tmp_path: Path, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr("ui.app.show_error", lambda parent, title, error: shown.append(str(error)))
    bad = tmp_path / "bad.claims"
    bad.write_bytes(b"\x00" * 10)
    window = build_window(project=str(bad), reviewer="Ann")
    qtbot.addWidget(window)
    assert shown and "not a Claim Annotator project" in shown[0]
    assert not window.controller.has_project


def test_controller_apply_broadcasts_changes(qtbot, tmp_path: Path) -> None:
    controller = ProjectController()
    project: Project = create_project(tmp_path / "c.claims", name="C", reviewer="Ann")
    controller.set_project(project)
    article_id = import_drafts(project, [sample_draft()]).value.added_article_ids[0]
    with qtbot.waitSignal(controller.changed) as blocker:
        controller.apply(
            add_claim, article_id=article_id, start=0, end=4, kind="casualty", initiator="test"
        )
    changes, initiator = blocker.args
    assert initiator == "test"
    assert changes.ids(Entity.CLAIM) == {1}
    controller.close_project()
    with open_project(tmp_path / "c.claims", read_only=True) as reopened:
        assert len(list_claims(reopened)) == 1
