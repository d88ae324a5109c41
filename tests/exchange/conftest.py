"""A project that uses every feature the export carries, and helpers to export it."""

import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.domain import CasualtyType, NormalizedValue, Qualifier
from annotator.exchange.export import ExportFormat, ExportOptions, export_to_stream
from annotator.models import ClaimKindRecord
from annotator.project import Project
from annotator.services.articles import import_drafts, update_article
from annotator.services.claims import add_claim, update_claim
from annotator.services.comments import add_comment
from annotator.services.projects import create_project, open_project, set_setting
from annotator.services.sources import attach_source, create_source
from annotator.services.tags import add_tag
from annotator.services.verdicts import set_verdict
from tests.helpers import SAMPLE_TEXT, sample_draft, span_of

# Astral characters and combining marks: offsets count code points, not UTF-16 units.
SECOND_TEXT = (
    "Ma\u0301rta Koval 😀 said on Monday that 𝕏 forces held the bridge at Veshnik; "
    "\u201cnothing has changed\u201d, she added. At least 40 soldiers were wounded."
)


def export_text(project: Project, **options: object) -> str:
    """An export of the project as text (native JSON unless `format` is given)."""
    out = io.StringIO(newline="")
    export_to_stream(project, out, ExportOptions(**options))  # type: ignore[arg-type]
    return out.getvalue()


@pytest.fixture
def rich_project(tmp_path: Path) -> Iterator[Project]:
    """Two reviewers, two articles, claims with values, tags, shared sources, verdict
    history, comments, a taxonomy addition, settings and a detection suppression."""
    project = create_project(tmp_path / "rich.claims", name="Rich desk", reviewer="Ann")
    first, second = import_drafts(
        project,
        [
            sample_draft(
                outlet="Northwire",
                url="https://news.example.org/talks",
                published="2024-03-03",
                language="en",
                dateline="MARENTH",
                external_id="n-1",
            ),
            sample_draft(
                SECOND_TEXT, title="Bridge", source_name="bridge.md", source_format="markdown"
            ),
        ],
    ).value.added_article_ids
    update_article(project, first, author="Staff")
    with project.unit_of_work() as uow:
        uow.session.add(
            ClaimKindRecord(
                key="rumour",
                label="Rumour",
                color="#123456",
                description="Unconfirmed talk",
                position=9,
            )
        )
    set_setting(project, "claimreview.author_name", "Desk Checks")
    set_setting(project, "claimreview.author_url", "https://checks.example.org")
    set_setting(
        project, "claimreview.url_template", "https://checks.example.org/claims/{claim_uuid}"
    )
    set_setting(project, "detector.vocabulary", {"zeta": [3, 1.5], "alpha": None})

    start, end = span_of(SAMPLE_TEXT, "More than 13,000 people have died")
    died = add_claim(
        project,
        article_id=first,
        start=start,
        end=end,
        kind="casualty",
        value=NormalizedValue(
            min=13000,
            qualifier=Qualifier.MORE_THAN,
            casualty_type=CasualtyType.KILLED,
            unit="people",
        ),
        speaker="the health ministry",
        location="Marenth",
        time_ref="2024-03-03",
        confidence=0.1 + 0.2,
        origin="detected",
        rule="casualty.more_than",
        detector_version="1.2",
    ).value
    start, end = span_of(SAMPLE_TEXT, "tens of thousands of troops")
    troops = add_claim(
        project,
        article_id=first,
        start=start,
        end=end,
        kind="troops",
        value=NormalizedValue(approx=True, note="vague"),
    ).value
    start, end = span_of(SAMPLE_TEXT, "We will not withdraw a single soldier")
    said = add_claim(
        project,
        article_id=first,
        start=start,
        end=end,
        kind="statement",
        speaker="General Ilse Varga",
        status="verified",
    ).value
    start, end = span_of(SECOND_TEXT, "𝕏 forces held the bridge")
    held = add_claim(
        project,
        article_id=second,
        start=start,
        end=end,
        kind="position",
        subtype="military",
        origin="detected",
        via="Northwire",
    ).value
    update_claim(project, held, start=start + 2)  # a reviewer re-spans a detection
    start, end = span_of(SECOND_TEXT, "nothing has changed")
    add_claim(project, article_id=second, start=start, end=end, kind="rumour")

    report = create_source(
        project,
        url="https://ministry.example.org/figures",
        title="Ministry figures",
        publisher="Health ministry",
    ).value
    monitor = create_source(project, title="Monitor notes", excerpt="40 wounded").value
    attach_source(project, died, report, "supports")
    attach_source(project, troops, report, "context")  # one source shared by two claims
    attach_source(project, died, monitor, "refutes")
    add_tag(project, died, "front page")
    add_tag(project, died, "élan")
    add_tag(project, said, "quote")
    set_verdict(project, died, "mostly_true", "Rounded up from 12,900.")
    add_comment(project, died, "Check the ministry's PDF.")
    project.close()

    bob = open_project(tmp_path / "rich.claims", reviewer="Bob")
    set_verdict(bob, died, "half_true", "The ministry revised the toll.\nSee note.")
    set_verdict(bob, said, "unverifiable")
    add_comment(bob, said, "Only one agency carried the quote.")
    set_verdict(bob, troops, "false", "")
    bob.close()

    project = open_project(tmp_path / "rich.claims", reviewer="Ann")
    yield project
    project.close()


@pytest.fixture
def formats() -> tuple[ExportFormat, ...]:
    return tuple(ExportFormat)


@pytest.fixture(autouse=True)
def _in_chunks_too(chunk_sizes: None) -> None:
    """Every test here runs whole and in chunks of two (`chunk_sizes`)."""
