"""Vocabulary defaults, extension and JSON round trip."""

import json

import pytest

from annotator.detection import Vocabulary, detect
from annotator.detection.patterns import compile_patterns


def test_user_added_force_noun_makes_200_wagner_fighters_troops() -> None:
    vocabulary = Vocabulary.default().extended({"force_nouns": ["Wagner fighters"]})
    text = "The company sent 200 Wagner fighters to the front near Bakhmut."
    found = [c for c in detect(text, vocabulary) if c.kind == "troops"]
    assert [c.text for c in found] == ["200 Wagner fighters"]
    assert found[0].value is not None
    assert (found[0].value.min, found[0].value.unit) == (200, "fighters")


def test_user_added_force_noun_with_an_unknown_head() -> None:
    text = "The company sent 300 Wagner contractors to the front near Bakhmut."
    assert [c for c in detect(text) if c.kind == "troops"] == []
    vocabulary = Vocabulary.default().extended({"force_nouns": ["Wagner contractors"]})
    found = [c for c in detect(text, vocabulary) if c.kind == "troops"]
    assert [c.text for c in found] == ["300 Wagner contractors"]
    assert found[0].value is not None and found[0].value.unit == "troops"


@pytest.mark.parametrize(
    ("added", "text", "rule"),
    [
        # the force nouns of `force_left_place` are the vocabulary's, so projects extend them
        (
            {"force_nouns": ["contractors"]},
            "Before the contractors left Bamako they burned their files.",
            "position.force_left_place",
        ),
        # the named owners of `struck_camp` are the vocabulary's armed group names
        (
            {"armed_group_names": ["JNIM"]},
            "French jets bombed JNIM camps overnight.",
            "position.named_position",
        ),
    ],
)
def test_user_added_terms_reach_the_position_rules(
    added: dict[str, list[str]], text: str, rule: str
) -> None:
    vocabulary = Vocabulary.default().extended(added)
    assert [c.rule for c in detect(text) if c.kind == "position"] == []
    assert [c.rule for c in detect(text, vocabulary) if c.kind == "position"] == [rule]


def test_user_added_casualty_word() -> None:
    text = "Officials said 40 miners were entombed after the blast."
    assert not any(c.kind == "casualty" for c in detect(text))
    vocabulary = Vocabulary.default().extended({"killed_terms": ["entombed"]})
    (claim,) = [c for c in detect(text, vocabulary) if c.kind == "casualty"]
    assert claim.text == "40 miners"
    assert claim.value is not None and claim.value.casualty_type == "killed"


def test_extended_ignores_duplicates_and_keeps_the_original() -> None:
    base = Vocabulary.default()
    extended = base.extended({"force_nouns": ["troops", "mobilised reservists", " "]})
    assert extended.force_nouns == (*base.force_nouns, "mobilised reservists")
    assert "mobilised reservists" not in base.force_nouns


def test_unknown_list_is_an_error() -> None:
    with pytest.raises(KeyError):
        Vocabulary.default().extended({"force_noun": ["x"]})
    with pytest.raises(KeyError):
        Vocabulary.from_dict({"nope": []})
    with pytest.raises(TypeError):
        Vocabulary.from_dict({"force_nouns": "troops"})


def test_json_round_trip() -> None:
    vocabulary = Vocabulary.default().extended({"fighter_nouns": ["Wagner fighters"]})
    restored = Vocabulary.from_dict(json.loads(json.dumps(vocabulary.to_dict())))
    assert restored == vocabulary
    assert Vocabulary.from_dict({}) == Vocabulary.default()


def test_patterns_are_compiled_once_per_vocabulary() -> None:
    vocabulary = Vocabulary.default().extended({"force_nouns": ["janissaries"]})
    assert compile_patterns(vocabulary) is compile_patterns(vocabulary)
    assert compile_patterns(vocabulary) is not compile_patterns(Vocabulary.default())


def test_user_added_control_verb_makes_a_position() -> None:
    text = "Rebels overwhelmed the town of Kafr Nabl on Sunday."
    assert not any(c.kind == "position" for c in detect(text))
    vocabulary = Vocabulary.default().extended({"control_verbs": ["overwhelmed"]})
    (claim,) = [c for c in detect(text, vocabulary) if c.kind == "position"]
    assert (claim.text, claim.subtype) == (text, "military")


def test_user_added_intent_verb_makes_a_stance() -> None:
    text = "The ministry said Iran would quarantine the strait if attacked."
    assert not any(c.kind == "position" for c in detect(text))
    vocabulary = Vocabulary.default().extended({"intent_verbs": ["quarantine"]})
    (claim,) = [c for c in detect(text, vocabulary) if c.kind == "position"]
    assert (claim.subtype, claim.actor, claim.rule) == ("stance", "Iran", "position.stated_intent")


def test_each_default_list_names_a_term_once() -> None:
    # the defaults are what a project's vocabulary editor starts from
    repeated = {
        name: sorted({term for term in terms if terms.count(term) > 1})
        for name, terms in Vocabulary.default().to_dict().items()
    }
    assert {name: terms for name, terms in repeated.items() if terms} == {}


def test_state_capitals_are_kept_in_one_written_form() -> None:
    vocabulary = Vocabulary.default().extended(
        {"state_capitals": ["Kiev=Ukraine", "  Sanaa  =   Yemen ", "Kiev = Ukraine"]}
    )
    assert vocabulary.state_capitals == ("Kiev = Ukraine", "Sanaa = Yemen")
    assert Vocabulary.from_dict(vocabulary.to_dict()) == vocabulary


@pytest.mark.parametrize("entry", ["Kiev", "Kiev =", "= Ukraine", "Kiev = Ukraine = Russia"])
def test_a_state_capital_entry_needs_a_capital_and_a_state(entry: str) -> None:
    with pytest.raises(ValueError, match="is not 'Capital = State'"):
        Vocabulary.default().extended({"state_capitals": [entry]})
    with pytest.raises(ValueError, match="is not 'Capital = State'"):
        Vocabulary.from_dict({"state_capitals": [entry]})


def test_a_project_capital_adds_to_the_country_data_or_replaces_it() -> None:
    text = "Kiev said the offensive had begun. Belgrade said it would not take part."

    def speakers(vocabulary: Vocabulary | None = None) -> list[str | None]:
        return [c.speaker for c in detect(text, vocabulary) if c.kind == "statement"]

    # "Kyiv" in the data; Belgrade is both Serbia's and Serbia and Montenegro's there
    assert speakers() == ["Kiev", "Belgrade"]
    vocabulary = Vocabulary.default().extended(
        {"state_capitals": ["Kiev = Ukraine", "Belgrade = Serbia"]}
    )
    assert speakers(vocabulary) == ["Kiev (Ukraine)", "Belgrade (Serbia)"]


def test_user_added_consequence_makes_a_reported_warning_a_stance() -> None:
    text = "The minister said the strikes would bring reprisals against the embassy."
    assert not any(c.kind == "position" and c.rule != "position.learned" for c in detect(text))
    vocabulary = Vocabulary.default().extended({"consequence_terms": ["bring reprisals"]})
    (claim,) = [c for c in detect(text, vocabulary) if c.kind == "position"]
    assert (claim.subtype, claim.rule) == ("stance", "position.warned_consequence")


def test_user_added_civilian_movers_move_no_force() -> None:
    text = "Hundreds of hikers crossed into the valley as soldiers watched the road."

    def rule_positions(vocabulary: Vocabulary | None = None) -> list[str]:
        return [
            c.rule
            for c in detect(text, vocabulary)
            if c.kind == "position" and c.rule != "position.learned"
        ]

    assert rule_positions() == ["position.force_movement"]
    vocabulary = Vocabulary.default().extended({"civilian_mover_nouns": ["hikers"]})
    assert rule_positions(vocabulary) == []


def test_user_added_treatment_place_makes_the_people_taken_there_wounded() -> None:
    text = "Eight people were flown to a trauma centre."

    def casualty_types(vocabulary: Vocabulary | None = None) -> list[str | None]:
        return [
            c.value.casualty_type if c.value else None
            for c in detect(text, vocabulary)
            if c.kind == "casualty"
        ]

    assert casualty_types() == []
    vocabulary = Vocabulary.default().extended({"treatment_places": ["trauma centre"]})
    assert casualty_types(vocabulary) == ["wounded"]
