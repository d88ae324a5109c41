"""Position false alarms: near misses the guideline (§3) leaves unmarked, beside close
positions that must stay marked."""

import pytest

from annotator.detection import detect
from annotator.domain import KIND_POSITION


def position_rules(text: str) -> list[str]:
    return [c.rule for c in detect(text) if c.kind == KIND_POSITION]


@pytest.mark.parametrize(
    "text",
    [
        "Both sides accused each other of violating the ceasefire on Sunday.",
        "The two governments accused the other of rejecting their proposals.",
        "Both Damascus and the rebels have held the other to blame for breaches in the truce,"
        " which began in March.",
        "Both sides have held each other responsible for the breaches of the truce that came"
        " into effect last week.",
    ],
)
def test_mutual_blame_is_no_stance(text: str) -> None:
    assert position_rules(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Russia accused Ukraine of violating the ceasefire.",
        "The government accused the rebels of violating the truce and vowed to retake the town.",
    ],
)
def test_one_party_blaming_another_stays_a_stance(text: str) -> None:
    assert position_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "The army's new missile, with a range of 300 miles, is at an advanced stage of testing.",
        "Army units carried out heavy bombardments in the surrounding of the cemetery.",
        "Critics say the deal rewards siege tactics and amounts to forced displacement.",
        "The commission said siege warfare has been used in a coordinated manner.",
    ],
)
def test_military_words_in_other_senses(text: str) -> None:
    assert position_rules(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Army units advanced on the town from the south.",
        "Troops are surrounding the town of Tal Afar.",
        "Government forces laid siege to the rebel town of Madaya.",
    ],
)
def test_close_military_positions_stay(text: str) -> None:
    assert position_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "'They need to negotiate for the Central African people,' residents in the capital said.",
        "Residents demanded that the government reopen the road.",
    ],
)
def test_residents_state_no_stance(text: str) -> None:
    assert position_rules(text) == []


def test_an_official_voicing_the_same_words_states_a_stance() -> None:
    text = "'They need to negotiate for the Central African people,' the foreign minister said."
    assert position_rules(text) == ["position.stance_quoted"]


@pytest.mark.parametrize(
    "text",
    [
        "'He should have stood his ground and taken responsibility,' the minister said.",
        '"The army must have known about the tunnels," the general said.',
        'The mayor said there were "no wanted men in the camp, only families".',
    ],
)
def test_a_past_course_judged_or_a_fugitive_is_no_stance(text: str) -> None:
    assert position_rules(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "'The rebels should have a say in the talks,' the minister said.",
        '"The army must leave the town," the general said.',
        '"We wanted the troops out of the city," the minister said.',
    ],
)
def test_a_demand_or_a_wish_in_the_same_words_stays(text: str) -> None:
    assert position_rules(text) == ["position.stance_quoted"]


@pytest.mark.parametrize(
    "text",
    [
        "Defence officials would not say how many of the fighters were foreign.",
        "The ministry would not confirm the report.",
        '"They have tried for years, but they won\'t succeed," the commander said.',
    ],
)
def test_silence_or_a_forecast_is_no_refusal(text: str) -> None:
    assert position_rules(text) == []


def test_a_refusal_to_withdraw_stays_a_stance() -> None:
    text = '"We will not withdraw from the town," the commander said.'
    assert position_rules(text) == ["position.stance_quoted"]


@pytest.mark.parametrize(
    "text",
    [
        "The march was aimed at the new fuel taxes agreed with the lenders.",
        "A banner at the gate of the town welcomes visitors to the annual festival.",
    ],
)
def test_a_protest_aim_or_a_greeting_is_no_stance(text: str) -> None:
    assert position_rules(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The government welcomed the ceasefire agreement.",
        "The government's policy is aimed at isolating the rebels.",
    ],
)
def test_a_welcome_or_an_aim_of_a_party_stays(text: str) -> None:
    assert position_rules(text) == ["position.stance_verb"]


@pytest.mark.parametrize(
    "text",
    [
        "The helicopter was shot down after the army launched an attack on rebel fighters.",
        "The jet was downed hours after government troops launched fresh attacks against the"
        " insurgents.",
    ],
)
def test_an_attack_on_a_force_at_no_place_is_an_incident(text: str) -> None:
    assert "position.military_noun" not in position_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hamas launched an attack on Israeli soldiers in Gaza on Tuesday.",
        "The rebels launched an attack on the town of Kidal.",
        "Insurgents launched attacks on a military base near the town.",
    ],
)
def test_an_attack_on_a_place_or_a_placed_force_stays(text: str) -> None:
    assert position_rules(text) == ["position.military_noun"]


@pytest.mark.parametrize(
    "text",
    [
        "'After the summit we will see whether the U.N. has to do something,' the ambassador said.",
        '"The council will decide whether the mission should stay," the ambassador said.',
    ],
)
def test_an_open_question_is_no_demand(text: str) -> None:
    assert position_rules(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "'The U.N. has to do something,' the ambassador said.",
        '"The mission should stay in the country," the ambassador said.',
    ],
)
def test_the_demand_itself_stays(text: str) -> None:
    assert position_rules(text) == ["position.stance_quoted"]
