"""Claim services: add, edit, status, delete and restore, with events and change records."""

import json

import pytest
from sqlmodel import select

from annotator.changes import Action, Entity
from annotator.domain import CasualtyType, NormalizedValue, Qualifier
from annotator.errors import NotFoundError, ValidationError
from annotator.models import Claim, Event
from annotator.project import Project
from annotator.services.claims import (
    add_claim,
    delete_claim,
    get_claim,
    list_claims,
    restore_claim,
    set_status,
    update_claim,
)
from annotator.services.comments import add_comment, list_comments
from annotator.services.history import entity_history
from annotator.services.sources import attach_source, claim_sources, create_source
from annotator.services.tags import add_tag
from annotator.services.verdicts import set_verdict, verdict_history
from tests.helpers import SAMPLE_TEXT, span_of

TOLL = NormalizedValue(
    min=13000,
    max=None,
    qualifier=Qualifier.MORE_THAN,
    unit="people",
    casualty_type=CasualtyType.KILLED,
)


def stored_claim(project: Project, claim_id: int) -> Claim:
    with project.reading() as session:
        claim = session.get(Claim, claim_id)
        assert claim is not None
        return claim


def test_add_claim_stores_quote_selector_and_value(project: Project, article_id: int) -> None:
    start, end = span_of(SAMPLE_TEXT, "More than 13,000 people")
    result = add_claim(
        project,
        article_id=article_id,
        start=start,
        end=end,
        kind="casualty",
        value=TOLL,
        confidence=0.9,
        origin="detected",
        rule="casualty.np",
        detector_version="1",
    )
    claim = stored_claim(project, result.value)
    assert claim.exact == "More than 13,000 people"
    assert SAMPLE_TEXT[:start].endswith(claim.prefix) and len(claim.prefix) == 32
    assert SAMPLE_TEXT[end:].startswith(claim.suffix) and len(claim.suffix) == 32
    assert (claim.value_min, claim.value_max, claim.qualifier, claim.casualty_type) == (
        13000,
        None,
        "more_than",
        "killed",
    )
    assert claim.created_by == project.reviewer_id
    assert result.changes.ids(Entity.CLAIM, Action.CREATED) == {result.value}
    assert result.changes.ids(Entity.ARTICLE) == {article_id}
    record = get_claim(project, result.value)
    assert record.value == TOLL
    assert record.rule == "casualty.np" and record.origin == "detected"


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        (-1, 3, "must be >= 0"),
        (5, 5, "greater than start"),
        (9, 4, "greater than start"),
        (0, 10_000, "past the end"),
    ],
)
def test_add_claim_refuses_bad_offsets(
    project: Project, article_id: int, start: int, end: int, message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        add_claim(project, article_id=article_id, start=start, end=end, kind="casualty")
    assert list_claims(project) == []


def test_add_claim_refuses_unknown_kind_status_and_article(
    project: Project, article_id: int
) -> None:
    with pytest.raises(ValidationError, match="unknown claim kind 'rumour'"):
        add_claim(project, article_id=article_id, start=0, end=4, kind="rumour")
    with pytest.raises(ValidationError, match="unknown status"):
        add_claim(
            project, article_id=article_id, start=0, end=4, kind="casualty", status="approved"
        )
    with pytest.raises(NotFoundError):
        add_claim(project, article_id=999, start=0, end=4, kind="casualty")
    with pytest.raises(ValidationError, match="min 50 is greater than max 10"):
        add_claim(
            project,
            article_id=article_id,
            start=0,
            end=4,
            kind="casualty",
            value=NormalizedValue(min=50, max=10),
        )


def test_update_claim_returns_previous_values_for_undo(project: Project, article_id: int) -> None:
    claim_id = add_claim(project, article_id=article_id, start=0, end=5, kind="casualty").value
    start, end = span_of(SAMPLE_TEXT, "tens of thousands of troops")
    result = update_claim(
        project,
        claim_id,
        start=start,
        end=end,
        kind="troops",
        value=NormalizedValue(
            min=20000, max=99999, qualifier=Qualifier.VAGUE, approx=True, unit="troops"
        ),
    )
    assert result.value == {"start": 0, "end": 5, "kind": "casualty", "value": None}
    claim = stored_claim(project, claim_id)
    assert claim.exact == "tens of thousands of troops"
    assert claim.kind == "troops" and claim.value_max == 99999
    # Undo: pass the previous values back.
    update_claim(project, claim_id, **result.value)
    claim = stored_claim(project, claim_id)
    assert (claim.start, claim.end, claim.kind, claim.value_max) == (0, 5, "casualty", None)
    assert claim.exact == SAMPLE_TEXT[0:5]


def test_update_claim_refuses_unknown_fields_and_bad_spans(
    project: Project, article_id: int
) -> None:
    claim_id = add_claim(project, article_id=article_id, start=0, end=5, kind="casualty").value
    with pytest.raises(ValidationError, match="cannot be edited: exact"):
        update_claim(project, claim_id, exact="forged")
    with pytest.raises(ValidationError, match="past the end"):
        update_claim(project, claim_id, end=len(SAMPLE_TEXT) + 1)
    assert stored_claim(project, claim_id).end == 5


def test_status_change_is_logged(project: Project, article_id: int) -> None:
    claim_id = add_claim(project, article_id=article_id, start=0, end=5, kind="casualty").value
    set_status(project, claim_id, "verified")
    claim = get_claim(project, claim_id)
    assert claim.status == "verified"
    history = entity_history(project, claim.uuid)
    assert [e.action for e in history] == ["created", "updated"]
    assert history[1].data == {"status": ["unreviewed", "verified"]}
    assert history[1].reviewer == "Ann"


def test_no_op_update_logs_nothing(project: Project, article_id: int) -> None:
    claim_id = add_claim(project, article_id=article_id, start=0, end=5, kind="casualty").value
    result = update_claim(project, claim_id, kind="casualty")
    assert not result.changes
    assert len(entity_history(project, get_claim(project, claim_id).uuid)) == 1


def test_delete_and_restore_bring_everything_back(project: Project, article_id: int) -> None:
    claim_id = add_claim(project, article_id=article_id, start=0, end=5, kind="casualty").value
    add_tag(project, claim_id, "toll")
    source_id = create_source(project, url="https://example.org/a", title="A").value
    attach_source(project, claim_id, source_id, "refutes")
    set_verdict(project, claim_id, "false", "No such figure anywhere.")
    set_verdict(project, claim_id, "mostly_false", "Second look.")
    add_comment(project, claim_id, "Check the ministry site.")
    before = get_claim(project, claim_id)

    snapshot = delete_claim(project, claim_id)
    assert snapshot.changes.ids(Entity.CLAIM, Action.DELETED) == {claim_id}
    assert list_claims(project) == []
    with pytest.raises(NotFoundError):
        get_claim(project, claim_id)

    restore_claim(project, snapshot.value)
    after = get_claim(project, claim_id)
    assert after == before
    assert [v.rating for v in verdict_history(project, claim_id)] == ["false", "mostly_false"]
    assert [c.body for c in list_comments(project, claim_id)] == ["Check the ministry site."]
    assert [(a.source.id, a.relation) for a in claim_sources(project, claim_id)] == [
        (source_id, "refutes")
    ]
    actions = [e.action for e in entity_history(project, before.uuid)]
    assert actions[-2:] == ["deleted", "created"]


def test_every_edit_writes_an_event_in_the_same_transaction(
    project: Project, article_id: int
) -> None:
    with pytest.raises(ValidationError):
        add_claim(project, article_id=article_id, start=0, end=99_999, kind="casualty")
    with project.reading() as session:
        events = session.exec(select(Event).where(Event.entity == "claim")).all()
    assert events == []
    add_claim(project, article_id=article_id, start=0, end=5, kind="casualty")
    with project.reading() as session:
        (event,) = session.exec(select(Event).where(Event.entity == "claim")).all()
    assert json.loads(event.data)["exact"] == SAMPLE_TEXT[:5]
