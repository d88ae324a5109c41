"""Tags, sources, verdicts and comments: each edit, its undo value, and what is stored."""

import pytest

from annotator.changes import Entity
from annotator.errors import NotFoundError, ValidationError
from annotator.project import Project
from annotator.services.claim_reading import ClaimFilter
from annotator.services.claims import add_claim, get_claim, list_claims
from annotator.services.comments import add_comment, delete_comment, edit_comment, list_comments
from annotator.services.history import entity_history
from annotator.services.sources import (
    attach_source,
    claim_sources,
    create_source,
    detach_source,
    get_source,
    list_sources,
    update_source,
)
from annotator.services.tags import add_tag, remove_tag, tag_vocabulary
from annotator.services.verdicts import retract_verdict, set_verdict, verdict_history


@pytest.fixture
def claim_id(project: Project, article_id: int) -> int:
    return add_claim(project, article_id=article_id, start=0, end=5, kind="casualty").value


def test_tags_grow_the_vocabulary(project: Project, claim_id: int) -> None:
    assert add_tag(project, claim_id, "  needs   second source ").value is True
    assert add_tag(project, claim_id, "needs second source").value is False
    assert get_claim(project, claim_id).tags == ("needs second source",)
    assert tag_vocabulary(project) == [("needs second source", 1)]
    assert remove_tag(project, claim_id, "needs second source").value is True
    assert remove_tag(project, claim_id, "needs second source").value is False
    assert get_claim(project, claim_id).tags == ()
    assert tag_vocabulary(project) == [("needs second source", 0)]
    with pytest.raises(ValidationError):
        add_tag(project, claim_id, "   ")


def test_sources_are_reusable_across_claims(
    project: Project, article_id: int, claim_id: int
) -> None:
    other = add_claim(project, article_id=article_id, start=6, end=10, kind="troops").value
    source_id = create_source(
        project,
        url="https://example.org/report",
        title="Ministry report",
        publisher="MoH",
        published="2026-03-03",
        accessed="2026-03-04",
        archived_url="https://example.net/arch",
        excerpt="13,412 deaths",
        reliability_note="official",
    ).value
    assert attach_source(project, claim_id, source_id, "supports").value is None
    assert attach_source(project, other, source_id, "context").value is None
    assert attach_source(project, claim_id, source_id, "refutes").value == "supports"
    assert [a.relation for a in claim_sources(project, claim_id)] == ["refutes"]
    assert [a.relation for a in claim_sources(project, other)] == ["context"]
    assert len(list_sources(project)) == 1
    previous = update_source(project, source_id, title="Ministry report (updated)").value
    assert previous == {"title": "Ministry report"}
    assert get_source(project, source_id).title == "Ministry report (updated)"
    assert detach_source(project, claim_id, source_id).value == "refutes"
    assert claim_sources(project, claim_id) == []
    assert detach_source(project, claim_id, source_id).value is None


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({}, "at least a URL or a title"),
        ({"url": "javascript:alert(1)"}, "http"),
        ({"title": "x", "colour": "red"}, "unknown source fields"),
    ],
)
def test_bad_sources_are_refused(project: Project, fields: dict, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        create_source(project, **fields)
    assert list_sources(project) == []


def test_attach_refuses_unknown_relation(project: Project, claim_id: int) -> None:
    source_id = create_source(project, title="T").value
    with pytest.raises(ValidationError, match="unknown relation"):
        attach_source(project, claim_id, source_id, "likes")
    with pytest.raises(NotFoundError):
        attach_source(project, claim_id, 999)


def test_verdicts_keep_history_and_retract(project: Project, claim_id: int) -> None:
    first = set_verdict(project, claim_id, "half_true", "Partly right.")
    assert first.changes.ids(Entity.CLAIM) == {claim_id}
    second = set_verdict(project, claim_id, "false", "Wrong after all.").value
    claim = get_claim(project, claim_id)
    assert claim.verdict is not None
    assert (claim.verdict.rating, claim.verdict.rationale, claim.verdict.reviewer) == (
        "false",
        "Wrong after all.",
        "Ann",
    )
    assert [v.rating for v in verdict_history(project, claim_id)] == ["half_true", "false"]
    retract_verdict(project, second)
    assert get_claim(project, claim_id).verdict.rating == "half_true"  # type: ignore[union-attr]
    with pytest.raises(ValidationError, match="unknown verdict 'pants_on_fire'"):
        set_verdict(project, claim_id, "pants_on_fire")


def test_claim_filters(project: Project, article_id: int, claim_id: int) -> None:
    other = add_claim(
        project, article_id=article_id, start=6, end=10, kind="troops", speaker="General Varga"
    ).value
    set_verdict(project, claim_id, "true")
    add_tag(project, other, "ceasefire")

    def ids(**kwargs: object) -> list[int]:
        return [c.id for c in list_claims(project, ClaimFilter(**kwargs))]  # type: ignore[arg-type]

    assert ids(kinds=("troops",)) == [other]
    assert ids(verdicts=("true",)) == [claim_id]
    assert ids(verdicts=("none",)) == [other]
    assert ids(tags=("ceasefire",)) == [other]
    assert ids(text="varga") == [other]
    assert ids(reviewer="Ann") == [claim_id, other]
    assert ids(reviewer="Nobody") == []
    assert ids(statuses=("verified",)) == []
    assert ids(limit=1) == [claim_id]


def test_comments(project: Project, claim_id: int) -> None:
    comment_id = add_comment(project, claim_id, " First look. ").value
    assert edit_comment(project, comment_id, "Second look.").value == "First look."
    (comment,) = list_comments(project, claim_id)
    assert (comment.body, comment.reviewer) == ("Second look.", "Ann")
    removed = delete_comment(project, comment_id).value
    assert removed.body == "Second look."
    assert list_comments(project, claim_id) == []
    assert [e.action for e in entity_history(project, comment.uuid)] == [
        "created",
        "updated",
        "deleted",
    ]
    with pytest.raises(ValidationError):
        add_comment(project, claim_id, "  ")
