"""Wordings the sixty-fourth round mended, found by probing the detector with common
news constructions rather than by reading a set: a head in a title set in title case
that the rightmost capitalised word took over ("45,000 Ukrainian Troops Reach This …",
where "This" has a demonym's ending), an active harm verb after the counted people
("Two gunmen kill 5 villagers": the gunmen are the killers), a service's "men and
women", men set off by a dash after divisions, the killer or a possessive in a list of
the killed ("killed himself and 14 others", "a woman and her two children"), a role
before a set-off name after a body's possessive ("the Pentagon's undersecretary for
policy, Colin Kahl"), and abbreviated ranks joined by a hyphen ("Brig.-Gen.")."""

import pytest

from annotator.detection import detect
from annotator.domain import KIND_STATEMENT
from tests.helpers import figures, speaker_of, troops_units

# --- A head in a title set in title case ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Did 45,000 Ukrainian Troops Reach This Major Ukrainian City?", "45,000 Ukrainian Troops"),
        ("Did 45,000 Troops Reach This City?", "45,000 Troops"),
        ("10,000 Troops Join Peace Talks", "10,000 Troops"),
        ("DID 45,000 UKRAINIAN TROOPS REACH THIS CITY?", "45,000 UKRAINIAN TROOPS"),
    ],
)
def test_a_title_case_head_is_not_taken_over_by_a_later_capitalised_word(
    text: str, span: str
) -> None:
    assert [(s, unit) for s, unit, _ in troops_units(text)] == [(span, "troops")]


def test_a_later_head_still_wins_in_a_title_with_a_verb_between() -> None:
    """'300 Soldiers Kill Rebels': the soldiers, not rebels they kill, are counted (and
    as the doers of the killing, not its victims)."""
    assert [(s, unit) for s, unit, _ in troops_units("300 Soldiers Kill Rebels In Ambush")] == [
        ("300 Soldiers", "troops")
    ]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # two heads side by side stay one phrase
        ("Nearly 1,000 Police Officers Deployed To Border", "Nearly 1,000 Police Officers"),
        # a modifier run before the head in title case
        ("Israel Sends 10,000 Additional Soldiers To Gaza Border", "10,000 Additional Soldiers"),
        (
            "Against 10 Hastily Massed German Divisions the Allies struck.",
            "10 Hastily Massed German Divisions",
        ),
    ],
)
def test_title_case_phrases_that_end_at_their_own_head_are_kept(text: str, span: str) -> None:
    assert [s for s, _, _ in troops_units(text)] == [span]


# --- A harm done by the counted people ------------------------------------------------------


def test_people_before_an_active_harm_verb_are_its_doers() -> None:
    assert figures("Two gunmen kill 5 villagers.") == [
        ("casualty", "5 villagers", 5.0, 5.0, "killed")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 soldiers die in ambush.", ("casualty", "12 soldiers", 12.0, 12.0, "killed")),
        ("12 people were killed.", ("casualty", "12 people", 12.0, 12.0, "killed")),
        (
            "Militants kill 12 soldiers in ambush.",
            ("casualty", "12 soldiers", 12.0, 12.0, "killed"),
        ),
        ("Five people were kidnapped.", ("casualty", "Five people", 5.0, 5.0, "captured")),
    ],
)
def test_harms_suffered_still_count_the_harmed(text: str, expected: tuple[object, ...]) -> None:
    assert figures(text) == [expected]


# --- A service's men and women --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "We still have 900 Australian servicemen and women and they are still in danger.",
            "900 Australian servicemen and women",
        ),
        ("The US has 2,500 servicemen and women in Iraq.", "2,500 servicemen and women"),
        ("Some 300 airmen and women are based there.", "Some 300 airmen and women"),
    ],
)
def test_a_services_men_and_women_are_its_members(text: str, span: str) -> None:
    assert [(s, unit) for s, unit, _ in troops_units(text)] == [(span, "troops")]


def test_men_and_women_of_a_place_are_no_force() -> None:
    assert figures("About 1,000 men and women were killed.") == [
        ("casualty", "About 1,000 men and women", 1000.0, 1000.0, "killed")
    ]
    assert troops_units("Some 2,000 men and women marched through the capital.") == []


# --- Men set off by a dash after divisions --------------------------------------------------


def test_men_set_off_after_divisions_are_their_strength() -> None:
    text = (
        "Against the fierce resistance of 10 hastily massed German divisions— nearly "
        "150,000 men—the Allies were striking deep inland."
    )
    assert [s for s, _, _ in troops_units(text)] == [
        "10 hastily massed German divisions",
        "nearly 150,000 men",
    ]


def test_men_after_a_comma_after_divisions_are_not_read_so() -> None:
    assert troops_units("The ethnic divisions, 300 men said, are deep.") == []


# --- The killer or a possessive in a list of the killed -------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "low"),
    [
        ("A suicide bomber killed himself and 14 others at a checkpoint.", "14 others", 14.0),
        ("The attacker killed himself and at least 14 others.", "at least 14 others", 14.0),
        ("The shelling killed a woman and her two children.", "two children", 2.0),
        ("He killed a guard and his 3 sons.", "3 sons", 3.0),
    ],
)
def test_a_figure_ending_a_list_of_the_killed_is_killed(text: str, span: str, low: float) -> None:
    found = figures(text)
    assert [(kind, s, lo, harm) for kind, s, lo, _, harm in found] == [
        ("casualty", span, low, "killed")
    ]


def test_a_possessive_list_without_a_harm_verb_is_not_killed() -> None:
    assert all(
        harm != "killed"
        for _, _, _, _, harm in figures("A woman and her two children were evacuated.")
    )


# --- Speakers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "According to the Pentagon's undersecretary for policy, Colin Kahl, the drones "
            "were Iranian.",
            "Colin Kahl",
        ),
        (
            "According to the State Department's spokesman, Ned Price, talks continue.",
            "Ned Price",
        ),
    ],
)
def test_a_name_set_off_after_a_bodys_role_is_the_source(text: str, speaker: str) -> None:
    assert speaker_of(text, "According") == speaker


def test_a_bodys_role_without_a_name_stays_the_source() -> None:
    assert speaker_of("According to the army's spokesman, the town fell.", "town") == (
        "the army's spokesman"
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Brig.-Gen. Hossam Zaki said the troops would stay.", "Hossam Zaki"),
        ("Cpl. Ali Musa said the troops would stay.", "Ali Musa"),
        ("Brig Hossam Zaki said the troops would stay.", "Hossam Zaki"),
    ],
)
def test_abbreviated_ranks_are_no_part_of_a_name(text: str, speaker: str) -> None:
    assert speaker_of(text, "troops") == speaker


def test_the_undersecretary_alone_is_a_role() -> None:
    text = "The undersecretary said the drones were Iranian."
    assert [c.speaker for c in detect(text) if c.kind == KIND_STATEMENT] == ["The undersecretary"]
