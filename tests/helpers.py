"""Test data builders shared by the test modules."""

import json
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

from annotator.detection import detect
from annotator.domain import (
    KIND_CASUALTY,
    KIND_POSITION,
    KIND_STATEMENT,
    KIND_TROOPS,
    LEARNED_RULE,
)
from annotator.importing.drafts import ArticleDraft
from annotator.project import Project
from annotator.services.articles import import_drafts
from annotator.services.claims import add_claim
from annotator.services.tags import add_tag
from annotator.services.verdicts import set_verdict

SAMPLE_TEXT = (
    "TALKS STALL AS TROOPS MASS ON BORDER\n"
    "MARENTH, March 3 (Northwire) - More than 13,000 people have died in the fighting, "
    "the health ministry said on Tuesday. Estrava has massed tens of thousands of troops "
    "at the border, officials said.\n"
    "\u201cWe will not withdraw a single soldier,\u201d General Ilse Varga told reporters."
)


def sample_draft(text: str = SAMPLE_TEXT, **fields: object) -> ArticleDraft:
    """An article draft as an importer would produce it."""
    values: dict[str, object] = {
        "text": text,
        "source_name": "sample.txt",
        "source_format": "text",
        "title": "Talks stall",
    }
    values.update(fields)
    return ArticleDraft(**values)  # type: ignore[arg-type]


PLACES = ("Arden", "Belmor", "Corvane", "Dunmere", "Eskel")


def add_place_articles(project: Project) -> list[int]:
    """Five articles, one per place in PLACES, each with a casualty figure and a statement,
    every claim tagged with its place (lower case) and judged "true": rows enough for bulk
    reads and writes to cross chunk boundaries.  Returns the article ids."""
    texts = [
        f"Officials in {place} said at least {n} civilians were killed near the river."
        for n, place in enumerate(PLACES, start=11)
    ]
    drafts = [sample_draft(text, title=place) for text, place in zip(texts, PLACES, strict=True)]
    ids = import_drafts(project, drafts).value.added_article_ids
    for article_id, text, place in zip(ids, texts, PLACES, strict=True):
        for start, end, kind in (
            (text.index("at least"), text.index(" were"), "casualty"),
            (0, text.index(" said") + 5, "statement"),
        ):
            claim = add_claim(project, article_id=article_id, start=start, end=end, kind=kind)
            add_tag(project, claim.value, place.lower())
            set_verdict(project, claim.value, "true", f"checked in {place}")
    return ids


def span_of(text: str, phrase: str, occurrence: int = 1) -> tuple[int, int]:
    """Offsets of the n-th occurrence of a phrase."""
    start = -1
    for _ in range(occurrence):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def claim_on(
    project: Project, article_id: int, phrase: str, kind: str = "casualty", **fields: object
) -> int:
    """Add a claim on the first occurrence of `phrase` in the sample text."""
    start, end = span_of(SAMPLE_TEXT, phrase)
    return add_claim(
        project,
        article_id=article_id,
        start=start,
        end=end,
        kind=kind,
        **fields,  # type: ignore[arg-type]
    ).value


def rule_positions(text: str) -> list[tuple[str | None, str]]:
    """Subtype and rule of each position the rules find in `text` (not the position
    model's additions), for tests of one rule at a time."""
    return [
        (c.subtype, c.rule)
        for c in detect(text)
        if c.kind == KIND_POSITION and c.rule != LEARNED_RULE
    ]


#: A figure claim as the figure tests compare it: (kind, span, min, max, casualty type).
Figure = tuple[str, str, float | None, float | None, str | None]


def figures(text: str) -> list[Figure]:
    """(kind, span, min, max, casualty type) of each casualty and troops claim in `text`."""
    return [
        (c.kind, c.text, c.value.min, c.value.max, c.value.casualty_type)
        for c in detect(text)
        if c.kind in (KIND_CASUALTY, KIND_TROOPS) and c.value is not None
    ]


def speaker_of(text: str, fragment: str) -> str | None:
    """The speaker of the one statement in `text` whose text holds `fragment`."""
    found = [c.speaker for c in detect(text) if c.kind == KIND_STATEMENT and fragment in c.text]
    assert len(found) == 1, found
    return found[0]


def statements(text: str) -> list[tuple[str, str | None]]:
    """(span, speaker) of each statement claim in `text`."""
    return [(c.text, c.speaker) for c in detect(text) if c.kind == KIND_STATEMENT]


def troops_units(text: str) -> list[tuple[str, str | None, str]]:
    """(span, unit, rule) of each troops claim in `text`."""
    return [
        (c.text, c.value.unit, c.rule)
        for c in detect(text)
        if c.kind == KIND_TROOPS and c.value is not None
    ]


def file_rows(path: Path, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    """Read the project file directly: what was written, not what a service says."""
    with closing(sqlite3.connect(path)) as connection, connection:
        return connection.execute(sql, args).fetchall()


def stored_setting(path: Path, key: str) -> object:
    """A project setting as written in the file (decoded JSON; None when unset)."""
    rows = file_rows(path, "SELECT value FROM project_setting WHERE key = ?", key)
    return json.loads(rows[0][0]) if rows else None
