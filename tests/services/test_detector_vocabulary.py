"""A project's own detector vocabulary: adding, removing, checking, and the guide to the
lists, through the services, the CLI and the project file."""

import json
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.detection import Vocabulary
from annotator.detection.capitals import capital_states
from annotator.detection.vocabulary_guide import GROUPS, LIST_GUIDES
from annotator.errors import ValidationError
from annotator.project import Project
from annotator.services.detector_vocabulary import (
    VOCABULARY_SETTING,
    add_vocabulary_terms,
    check_vocabulary_terms,
    clean_term,
    extra_terms,
    remove_vocabulary_terms,
    set_vocabulary_terms,
    vocabulary_outline,
)
from tests.helpers import stored_setting


def stored_terms(path: Path) -> object:
    return stored_setting(path, VOCABULARY_SETTING)


def test_every_list_has_a_guide_in_a_known_group() -> None:
    assert list(LIST_GUIDES) == list(Vocabulary.list_names())
    assert {guide.group for guide in LIST_GUIDES.values()} == set(GROUPS)
    assert all(guide.description.endswith(".") for guide in LIST_GUIDES.values())


def test_remove_takes_out_only_the_projects_own_terms(project: Project, project_path: Path) -> None:
    add_vocabulary_terms(project, "fighter_nouns", ["Wagner fighters", "kontraktniki"])
    add_vocabulary_terms(project, "force_nouns", ["mobilised reservists"])
    previous = remove_vocabulary_terms(project, "fighter_nouns", ["  WAGNER   fighters"]).value
    assert previous["fighter_nouns"] == ["Wagner fighters", "kontraktniki"]
    assert stored_terms(project_path) == {
        "fighter_nouns": ["kontraktniki"],
        "force_nouns": ["mobilised reservists"],
    }
    remove_vocabulary_terms(project, "fighter_nouns", ["kontraktniki"])
    assert extra_terms(project) == {"force_nouns": ["mobilised reservists"]}
    with pytest.raises(ValidationError, match="'troops' is not among this project's force_nouns"):
        remove_vocabulary_terms(project, "force_nouns", ["troops"])  # built in, not added
    with pytest.raises(ValidationError, match="unknown vocabulary list 'weapons'"):
        remove_vocabulary_terms(project, "weapons", ["tanks"])
    with pytest.raises(ValidationError, match="give at least one term"):
        remove_vocabulary_terms(project, "force_nouns", ["  "])
    assert stored_terms(project_path) == {"force_nouns": ["mobilised reservists"]}


def test_check_says_what_to_mend() -> None:
    check_vocabulary_terms({"state_capitals": ["Kiev = Ukraine"], "force_nouns": ["x"]})
    with pytest.raises(ValidationError, match="'Kiev' is not 'Capital = State'"):
        check_vocabulary_terms({"state_capitals": ["Kiev"]})
    with pytest.raises(ValidationError, match="unknown vocabulary list 'weapons'"):
        check_vocabulary_terms({"weapons": ["tanks"]})
    assert clean_term("fighter_nouns", "  Wagner\t fighters \n") == "Wagner fighters"
    assert clean_term("state_capitals", " Kiev=Ukraine ") == "Kiev = Ukraine"
    with pytest.raises(ValidationError, match="'Kiev' is not 'Capital = State'"):
        clean_term("state_capitals", "Kiev")


def test_a_capital_is_stored_in_one_form_and_given_one_state(
    project: Project, project_path: Path
) -> None:
    add_vocabulary_terms(project, "state_capitals", ["Kiev=Ukraine", "kiev = ukraine"])
    assert stored_terms(project_path) == {"state_capitals": ["Kiev = Ukraine"]}
    with pytest.raises(ValidationError, match="'Kiev = Ukraine' already gives that capital"):
        add_vocabulary_terms(project, "state_capitals", ["Kiev = Russia"])
    remove_vocabulary_terms(project, "state_capitals", ["KIEV=Ukraine"])
    assert stored_terms(project_path) == {}
    outline = vocabulary_outline()
    assert len(outline.built_in["state_capitals"]) == len(capital_states()) > 100
    assert "Paris = France" in outline.built_in["state_capitals"]


def test_a_bad_set_writes_nothing(project: Project, project_path: Path) -> None:
    set_vocabulary_terms(project, {"force_nouns": ["kontraktniki"]})
    with pytest.raises(ValidationError):
        set_vocabulary_terms(project, {"state_capitals": ["Kiev"]})
    assert stored_terms(project_path) == {"force_nouns": ["kontraktniki"]}


def test_cli_add_remove_and_lists(project: Project, project_path: Path, capsys) -> None:
    project.close()
    args = ["vocabulary", str(project_path)]
    assert main([*args, "--add", "fighter_nouns", "Wagner fighters", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["extra_terms"] == {
        "fighter_nouns": ["Wagner fighters"]
    }
    assert main([*args, "--remove", "fighter_nouns", "wagner fighters", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["extra_terms"] == {}
    assert stored_terms(project_path) == {}
    assert main([*args, "--remove", "fighter_nouns", "nobody"]) == 1
    assert "'nobody' is not among this project's fighter_nouns" in capsys.readouterr().err
    assert main([*args, "--remove", "fighter_nouns"]) == 1
    assert "give a list name and at least one term" in capsys.readouterr().err
    assert main([*args, "--add", "force_nouns", "kontraktniki", "--lists"]) == 0
    listing = capsys.readouterr().out
    assert listing.splitlines()[0] == GROUPS[0]
    assert "force_nouns (66 built in, 1 added): State military personnel" in listing
    assert main([*args, "--lists", "--format", "json"]) == 0
    guides = json.loads(capsys.readouterr().out)["guides"]
    assert guides["force_nouns"] == {
        "group": LIST_GUIDES["force_nouns"].group,
        "description": LIST_GUIDES["force_nouns"].description,
        "built_in": len(Vocabulary.default().force_nouns),
        "added": 1,
    }
