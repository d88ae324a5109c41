"""Compare on real project files: each class of difference, agreement figures, degenerate files."""

from pathlib import Path

import pytest

from annotator.domain import NormalizedValue
from annotator.project import Project
from annotator.review.compare import compare, compare_many
from annotator.review.differences import DifferenceClass
from annotator.review.matching import MatchBasis
from annotator.services.claims import delete_claim, get_claim, update_claim
from annotator.services.projects import open_project
from annotator.services.sources import attach_source, create_source
from annotator.services.tags import add_tag
from annotator.services.verdicts import set_verdict
from tests.helpers import claim_on
from tests.review.builders import copy_for_colleague, new_project

Side = tuple[Project, int]


def test_identical_files_agree_completely(mine: Side, tmp_path: Path) -> None:
    project, article = mine
    first = claim_on(project, article, "More than 13,000 people")
    second = claim_on(project, article, "tens of thousands of troops", kind="troops")
    set_verdict(project, first, "true")
    set_verdict(project, second, "false")
    colleague = copy_for_colleague(project, tmp_path / "copy.claims", "Bob")
    colleague.close()
    with open_project(tmp_path / "mine.claims", reviewer="Ann") as reopened:
        result = compare(reopened, tmp_path / "copy.claims")
    assert result.differences == ()
    assert [p.basis for p in result.pairs] == [MatchBasis.UUID, MatchBasis.UUID]
    agreement = result.agreement
    for figure in (agreement.overall.exact, agreement.overall.overlap):
        assert (figure.precision, figure.recall, figure.f1) == (1.0, 1.0, 1.0)
    assert agreement.verdict_kappa.value == 1.0
    assert agreement.verdict_alpha.value == 1.0
    assert agreement.kind_kappa.value == 1.0
    assert result.counts()["same"] == 2


def test_no_claims_in_common_gives_no_false_one(mine: Side, theirs: Side) -> None:
    project, article = mine
    claim_on(project, article, "More than 13,000 people")
    colleague, their_article = theirs
    claim_on(colleague, their_article, "General Ilse Varga", kind="statement")
    colleague.close()
    result = compare(project, colleague.path)
    overall = result.agreement.overall
    assert (overall.exact.f1, overall.overlap.f1) == (0.0, 0.0)
    assert result.agreement.verdict_kappa.value is None  # no pairs: undefined, not 1.0
    assert result.agreement.kind_kappa.items == 0
    assert [d.category for d in result.differences] == [
        DifferenceClass.ONLY_MINE,
        DifferenceClass.ONLY_THEIRS,
    ]


def test_two_empty_projects_divide_by_nothing(mine: Side, theirs: Side) -> None:
    theirs[0].close()
    result = compare(mine[0], theirs[0].path)
    assert result.agreement.overall.exact.f1 is None
    assert result.agreement.by_kind == {}
    assert result.agreement.articles == ()
    assert result.agreement.verdict_alpha.value is None


def test_every_class_of_difference(mine: Side, tmp_path: Path) -> None:
    project, article = mine
    spans = claim_on(project, article, "More than 13,000 people")
    kinds = claim_on(project, article, "tens of thousands of troops", kind="troops")
    values = claim_on(project, article, "the health ministry said", kind="statement")
    verdicts = claim_on(project, article, "General Ilse Varga", kind="statement")
    tags = claim_on(project, article, "officials said", kind="statement")
    status = claim_on(project, article, "Estrava has massed", kind="position")
    only_mine = claim_on(project, article, "TALKS STALL", kind="other_figure")
    colleague = copy_for_colleague(project, tmp_path / "bob.claims", "Bob")
    update_claim(colleague, spans, start=78)  # "13,000 people"
    update_claim(colleague, kinds, kind="other_figure")
    update_claim(colleague, values, speaker="health ministry")
    set_verdict(colleague, verdicts, "false")
    add_tag(colleague, tags, "border")
    source = create_source(colleague, url="https://example.org/a")
    attach_source(colleague, tags, source.value)
    update_claim(colleague, status, status="verified")
    delete_claim(colleague, only_mine)
    claim_on(colleague, article, "a single soldier", kind="troops")
    colleague.close()
    with open_project(tmp_path / "mine.claims", reviewer="Ann") as me:
        result = compare(me, tmp_path / "bob.claims")
        uuid_of = {
            name: get_claim(me, claim_id).uuid
            for name, claim_id in [
                ("span", spans),
                ("kind", kinds),
                ("value", values),
                ("verdict", verdicts),
                ("tags_sources", tags),
                ("status", status),
                ("only_mine", only_mine),
            ]
        }
    found = {d.category.value: d for d in result.differences}
    assert sorted(found) == sorted(c.value for c in DifferenceClass)
    for name, uuid in uuid_of.items():
        assert found[name].mine is not None and found[name].mine.uuid == uuid
    assert found["only_theirs"].theirs is not None
    assert found["span"].mine_value == {"start": 68, "end": 91, "exact": "More than 13,000 people"}
    assert found["span"].theirs_value == {"start": 78, "end": 91, "exact": "13,000 people"}
    assert (found["kind"].mine_value, found["kind"].theirs_value) == ("troops", "other_figure")
    assert found["value"].theirs_value == {"speaker": "health ministry"}
    assert (found["verdict"].mine_value, found["verdict"].theirs_value) == (None, "false")
    assert found["tags_sources"].theirs_value == {
        "tags": ["border"],
        "sources": [("https://example.org/a", "supports")],
    }
    assert (found["status"].mine_value, found["status"].theirs_value) == ("unreviewed", "verified")
    assert result.counts() == {
        "same": 0,
        "span": 1,
        "kind": 1,
        "value": 1,
        "verdict": 1,
        "tags_sources": 1,
        "status": 1,
        "only_mine": 1,
        "only_theirs": 1,
    }
    assert result.find(found["span"].id) is found["span"]
    assert [d.id for d in result.of_class(DifferenceClass.ONLY_THEIRS, ["troops"])] == [
        found["only_theirs"].id
    ]
    assert result.of_class(DifferenceClass.ONLY_THEIRS, ["casualty"]) == []


def test_one_pair_can_differ_in_several_classes(mine: Side, tmp_path: Path) -> None:
    project, article = mine
    claim = claim_on(project, article, "More than 13,000 people")
    colleague = copy_for_colleague(project, tmp_path / "bob.claims", "Bob")
    update_claim(colleague, claim, start=78, value=NormalizedValue(min=13000, max=None))
    set_verdict(colleague, claim, "mostly_true")
    colleague.close()
    with open_project(tmp_path / "mine.claims", reviewer="Ann") as me:
        result = compare(me, tmp_path / "bob.claims")
    assert result.pairs[0].classes == (
        DifferenceClass.SPAN,
        DifferenceClass.VALUE,
        DifferenceClass.VERDICT,
    )
    assert len({d.id for d in result.differences}) == 3


def test_agreement_and_per_article_table_by_hand(mine: Side, theirs: Side) -> None:
    project, article = mine
    colleague, their_article = theirs
    # Mine: casualty A, troops B, statement C.  Theirs: casualty A (exact),
    # troops B' (overlapping B), statement D (elsewhere), casualty E.
    a = claim_on(project, article, "More than 13,000 people")
    claim_on(project, article, "tens of thousands of troops", kind="troops")
    claim_on(project, article, "General Ilse Varga", kind="statement")
    a2 = claim_on(colleague, their_article, "More than 13,000 people")
    claim_on(colleague, their_article, "thousands of troops at the border", kind="troops")
    claim_on(colleague, their_article, "officials said", kind="statement")
    claim_on(colleague, their_article, "TALKS STALL")
    set_verdict(project, a, "true")
    set_verdict(colleague, a2, "false")
    colleague.close()
    agreement = compare(project, colleague.path).agreement
    # Exact: 1 match (A).  P = 1/4, R = 1/3, F1 = 2/7.
    exact = agreement.overall.exact
    assert (exact.matched, exact.precision, exact.recall) == (1, 0.25, 1 / 3)
    assert exact.f1 == pytest.approx(2 / 7)
    # Overlap: A and B-B' match: P = 2/4, R = 2/3, F1 = 4/7.
    overlap = agreement.overall.overlap
    assert (overlap.matched, overlap.f1) == (2, pytest.approx(4 / 7))
    casualty = agreement.by_kind["casualty"]
    assert (casualty.exact.precision, casualty.exact.recall) == (0.5, 1.0)
    troops = agreement.by_kind["troops"]
    assert (troops.exact.f1, troops.overlap.f1) == (0.0, 1.0)
    statement = agreement.by_kind["statement"]
    assert statement.overlap.f1 == 0.0
    # One verdict pair, true vs false: po = 0, pe = 1*0 + 0*1 = 0, so kappa = 0.
    assert agreement.verdict_kappa.items == 1
    assert agreement.verdict_kappa.value == 0.0
    (row,) = agreement.articles
    assert (row.title, row.mine, row.theirs) == ("Talks stall", 3, 4)
    assert (row.verdicts_compared, row.verdicts_agreeing) == (1, 0)
    assert row.overlap.f1 == pytest.approx(4 / 7)
    # Differences: A verdict; B span; C only mine; D, E only theirs.
    assert row.differences == 5


def test_alpha_across_three_files(mine: Side, theirs: Side, tmp_path: Path) -> None:
    project, article = mine
    colleague, their_article = theirs
    third_folder = tmp_path / "carol"
    third_folder.mkdir()
    carol, carol_article = new_project(third_folder / "carol.claims", "Carol", name="Carol")
    phrases = ["More than 13,000 people", "tens of thousands of troops"]
    ratings = {"mine": ["true", "false"], "bob": ["true", "true"], "carol": ["true", "false"]}
    for who, (p, art) in {
        "mine": (project, article),
        "bob": (colleague, their_article),
        "carol": (carol, carol_article),
    }.items():
        for phrase, rating in zip(phrases, ratings[who], strict=True):
            set_verdict(p, claim_on(p, art, phrase), rating)
    colleague.close()
    carol.close()
    group = compare_many(project, [colleague.path, carol.path])
    # Units (t,t,t) and (f,t,f), each pair weighted 1/(m-1) = 1/2.  Unit 1: 6 ordered
    # t-t pairs -> 3.  Unit 2: 2 f-f pairs -> 1, 2 f-t -> 1, 2 t-f -> 1.
    # o_tt = 3, o_ff = 1, o_tf = o_ft = 1; n_t = 4, n_f = 2, n = 6.
    # alpha = 1 - 5 * 2 / (36 - 16 - 4) = 1 - 10/16 = 0.375.
    assert group.verdict_alpha.value == pytest.approx(0.375)
    assert group.verdict_alpha.units == 2
    assert len(group.comparisons) == 2
