"""Detection in a project: no duplicates, reviewer decisions win, project vocabularies apply."""

import json
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.errors import ValidationError
from annotator.project import Project
from annotator.services.articles import import_drafts
from annotator.services.claim_reading import ClaimFilter
from annotator.services.claims import delete_claim, list_claims, set_status, update_claim
from annotator.services.detection import detect_claims
from annotator.services.detector_vocabulary import (
    VOCABULARY_SETTING,
    add_vocabulary_terms,
    extra_terms,
    project_vocabulary,
)
from annotator.services.history import recent_events
from annotator.services.projects import set_setting
from tests.helpers import SAMPLE_TEXT, sample_draft

KONTRAKTNIKI = "About 40 kontraktniki were sent north on Monday."


def detected(project: Project) -> list[tuple[str, str]]:
    return sorted(
        (c.kind, c.exact) for c in list_claims(project, ClaimFilter(origins=("detected",)))
    )


def test_detection_adds_claims_with_rule_and_version(project: Project, article_id: int) -> None:
    report = detect_claims(project).value
    assert report.articles == 1
    claims = list_claims(project, ClaimFilter(origins=("detected",)))
    assert report.claims_added == len(claims) > 0
    casualty = next(c for c in claims if c.kind == "casualty")
    assert casualty.exact == "More than 13,000 people"
    assert casualty.value is not None and casualty.value.min == 13000
    assert casualty.rule and casualty.detector_version and casualty.confidence is not None
    assert casualty.status == "unreviewed"
    assert any(e.action == "detected" for e in recent_events(project))


def test_rerun_never_duplicates(project: Project, article_id: int) -> None:
    first = detect_claims(project).value.claims_added
    again = detect_claims(project).value
    assert again.claims_added == 0
    assert again.skipped_existing == first
    assert len(list_claims(project)) == first


def test_detection_over_the_articles_given_reaches_each_of_them(project: Project) -> None:
    drafts = [sample_draft(f"{SAMPLE_TEXT} Part {n}.", title=f"Part {n}") for n in range(5)]
    ids = import_drafts(project, drafts).value.added_article_ids
    chosen = [ids[0], ids[2], ids[3], ids[4]]
    report = detect_claims(project, chosen).value
    assert report.articles == 4
    claims = list_claims(project, ClaimFilter(origins=("detected",)))
    assert {c.article_id for c in claims} == set(chosen)
    per_article = {a: sum(c.article_id == a for c in claims) for a in chosen}
    assert len(set(per_article.values())) == 1 and report.claims_added == len(claims)


def test_reviewer_decisions_win(project: Project, article_id: int) -> None:
    detect_claims(project)
    claims = {c.kind: c for c in list_claims(project, ClaimFilter(origins=("detected",)))}
    before = detected(project)
    set_status(project, claims["casualty"].id, "rejected")
    delete_claim(project, claims["troops"].id)
    statement = next(c for c in list_claims(project) if c.kind == "statement")
    update_claim(project, statement.id, start=statement.start + 1, kind="position")
    detect_claims(project)
    after = detected(project)
    # The rejected claim stays rejected, the deleted one stays deleted, and the edited
    # statement is not detected again at its original span.
    assert ("troops", claims["troops"].exact) not in after
    assert len(after) == len(before) - 1
    rejected = list_claims(project, ClaimFilter(statuses=("rejected",)))
    assert [c.exact for c in rejected] == ["More than 13,000 people"]
    assert all(
        not (c.kind == "statement" and c.start == statement.start) for c in list_claims(project)
    )


def test_project_vocabulary_extends_detection(project: Project) -> None:
    article = import_drafts(project, [sample_draft(KONTRAKTNIKI, title="K")]).value
    detect_claims(project)
    assert not [c for c in detected(project) if c[0] == "troops" and "kontraktniki" in c[1]]
    add_vocabulary_terms(project, "force_nouns", ["kontraktniki", "  mobilised reservists "])
    assert extra_terms(project) == {"force_nouns": ["kontraktniki", "mobilised reservists"]}
    assert "kontraktniki" in project_vocabulary(project).force_nouns
    detect_claims(project, article.added_article_ids)
    (found,) = [c for c in list_claims(project) if c.kind == "troops" and "kontraktniki" in c.exact]
    assert found.kind == "troops" and found.exact.endswith("40 kontraktniki")
    assert found.value is not None and found.value.min == 40
    with pytest.raises(ValidationError, match="unknown vocabulary list 'weapons'"):
        add_vocabulary_terms(project, "weapons", ["tanks"])


def test_vocabulary_travels_with_the_file(project: Project, project_path: Path, capsys) -> None:
    add_vocabulary_terms(project, "force_nouns", ["kontraktniki"])
    project.close()
    assert main(["vocabulary", str(project_path), "--format", "json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["extra_terms"] == {"force_nouns": ["kontraktniki"]}


def test_scan_cli_output(tmp_path: Path, capsys) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(("\u00e9 " + SAMPLE_TEXT).encode("utf-8"))
    assert main(["scan", str(path), "--format", "json"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    result = json.loads(line)
    assert result["file"] == str(path)
    text = path.read_bytes().decode("utf-8")
    casualty = next(c for c in result["claims"] if c["kind"] == "casualty")
    assert (
        text[casualty["start"] : casualty["end"]] == casualty["text"] == "More than 13,000 people"
    )
    assert casualty["value"] == {
        "min": 13000,
        "max": None,
        "qualifier": "more_than",
        "approx": False,
        "unit": "people",
        "casualty_type": "killed",
    }
    assert casualty["rule"] and 0 <= casualty["confidence"] <= 1
    statement = next(
        c for c in result["claims"] if c["kind"] == "statement" and "withdraw" in c["text"]
    )
    assert statement["speaker"] == "Ilse Varga"


def test_scan_refuses_non_utf8(tmp_path: Path, capsys) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("caf\xe9".encode("latin-1"))
    assert main(["scan", str(path)]) == 1
    assert "not UTF-8" in capsys.readouterr().err


def test_detect_cli(project: Project, project_path: Path, article_id: int, capsys) -> None:
    project.close()
    assert main(["detect", str(project_path), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["articles"] == 1 and report["claims_added"] > 0
    assert main(["detect", str(project_path), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["claims_added"] == 0


KIEV = "Kiev said the offensive had begun in the east."


def test_a_project_names_capitals_the_country_data_spells_otherwise(project: Project) -> None:
    article = import_drafts(project, [sample_draft(KIEV, title="Kiev")]).value
    detect_claims(project, article.added_article_ids)
    speakers = [c.speaker for c in list_claims(project) if c.kind == "statement"]
    assert speakers == ["Kiev"]  # the data spells it "Kyiv"
    add_vocabulary_terms(project, "state_capitals", ["Kiev=Ukraine"])
    assert extra_terms(project) == {"state_capitals": ["Kiev = Ukraine"]}  # stored in one form
    assert project_vocabulary(project).state_capitals == ("Kiev = Ukraine",)
    for claim in list_claims(project):
        delete_claim(project, claim.id)
    # deleted claims stay deleted on a rerun: the rerun is checked on a new article
    again = import_drafts(project, [sample_draft(KIEV + " ", title="Kiev 2")]).value
    detect_claims(project, again.added_article_ids)
    speakers = [c.speaker for c in list_claims(project) if c.kind == "statement"]
    assert speakers == ["Kiev (Ukraine)"]


def test_a_capital_without_its_state_is_refused_and_nothing_is_stored(project: Project) -> None:
    with pytest.raises(ValidationError, match="'Kiev' is not 'Capital = State'"):
        add_vocabulary_terms(project, "state_capitals", ["Kiev"])
    with pytest.raises(ValidationError, match="is not 'Capital = State'"):
        add_vocabulary_terms(project, "state_capitals", ["= Ukraine"])
    assert extra_terms(project) == {}


def test_a_bad_stored_vocabulary_stops_detection_with_a_message(project: Project) -> None:
    set_setting(project, VOCABULARY_SETTING, {"state_capitals": ["Kiev Ukraine"]})
    with pytest.raises(ValidationError, match=r"bad vocabulary in the project: .*'Kiev Ukraine'"):
        detect_claims(project)


def test_the_vocabulary_command_refuses_a_capital_without_its_state(
    project: Project, project_path: Path, capsys
) -> None:
    project.close()
    assert main(["vocabulary", str(project_path), "--add", "state_capitals", "Kiev"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("claim-annotator: error: ") and "'Kiev' is not 'Capital = State'" in err
    assert "Traceback" not in err
    assert main(["vocabulary", str(project_path), "--add", "state_capitals", "Kiev = Ukraine"]) == 0
    capsys.readouterr()
    assert main(["vocabulary", str(project_path), "--format", "json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["extra_terms"] == {"state_capitals": ["Kiev = Ukraine"]}
    assert "state_capitals" in shown["lists"]
