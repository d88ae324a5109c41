"""Wordings the fortieth round read from the errors of the twenty real sets that had
been kept unseen until then (held-out 40 and 42 to 60) and of held-out 61, built that
round (Nigerian newspapers), each with made-up sentences of its own and near misses: a
headline's "further", people listed before a figure with longer modifiers, a second
day's or place's figure joined by "and", killings told by their means ("hacked … to
death"), the dead buried, bare figures before "overall" or "around", bandits, "not less
than", injuries of "various degrees", patients "in the hospital", a headline's "arrest",
"dead bodies", people the phrase calls kidnapped; and counts that are no casualties or
forces: a population, a span of years written with a dash, lives that go on, a gallery's
item count, numbered units ("the GOC 3 division") and a plural's possessive."""

import pytest

from annotator.detection import detect
from annotator.domain import KIND_CASUALTY, KIND_TROOPS
from tests.helpers import figures

Claim = tuple[str, str, float | None, float | None, str | None]


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # a headline's "further" without its article adds to an earlier figure
        (
            "Shelling of the depot claimed lives of further 300 rebels",
            [(KIND_CASUALTY, "300 rebels", 300, 300, "killed")],
        ),
        # people listed before the figure, the first with a capitalised modifier and
        # more than one word
        (
            "A roadside bomb killed a Nigerian police inspector and four soldiers.",
            [(KIND_CASUALTY, "four soldiers", 4, 4, "killed")],
        ),
        (
            "Gunmen kidnapped a French aid worker and two colleagues near Gao.",
            [(KIND_CASUALTY, "two colleagues", 2, 2, "captured")],
        ),
        # a second day's figure, its head and harm left out
        (
            "Monitors said 85 people were killed on Tuesday and about 60 on Wednesday.",
            [
                (KIND_CASUALTY, "85 people", 85, 85, "killed"),
                (KIND_CASUALTY, "about 60", 60, 60, "killed"),
            ],
        ),
        (
            "Nine soldiers were wounded yesterday and 14 the day before.",
            [
                (KIND_CASUALTY, "Nine soldiers", 9, 9, "wounded"),
                (KIND_CASUALTY, "14", 14, 14, "wounded"),
            ],
        ),
        # killed by the means the verb names, "to death" or "alive" after its object
        (
            "Militiamen hacked at least 70 villagers to death with machetes.",
            [(KIND_CASUALTY, "at least 70 villagers", 70, None, "killed")],
        ),
        (
            "The mob was beating their two sons to death when police arrived.",
            [(KIND_CASUALTY, "two sons", 2, 2, "killed")],
        ),
        (
            "Insurgents burned 15 farmers alive in their homes.",
            [(KIND_CASUALTY, "15 farmers", 15, 15, "killed")],
        ),
        # a verb of wounding with "to death" after its object kills
        (
            "The attacker stabbed three pupils to death.",
            [(KIND_CASUALTY, "three pupils", 3, 3, "killed")],
        ),
        # the dead laid to rest
        (
            "31 Afghan police officers buried Monday",
            [(KIND_CASUALTY, "31 Afghan police officers", 31, 31, "killed")],
        ),
        (
            '"We have buried 27 since the shelling began," the imam said.',
            [(KIND_CASUALTY, "27", 27, 27, "killed")],
        ),
        # a bare figure before "overall" or "around" ends its clause
        (
            "The barrage killed two people and injured dozens overall.",
            [
                (KIND_CASUALTY, "two people", 2, 2, "killed"),
                (KIND_CASUALTY, "dozens", 24, 99, "wounded"),
            ],
        ),
        # … and a span of years written with a dash is no figure, whatever follows it
        (
            "In the east, where wars between 1998-2004 killed thousands, the army is back.",
            [(KIND_CASUALTY, "thousands", 2000, 9999, "killed")],
        ),
        (
            "Famine and fighting killed hundreds of thousands around the region.",
            [(KIND_CASUALTY, "hundreds of thousands", 200_000, 999_999, "killed")],
        ),
    ],
)
def test_harm_wordings_of_the_read_unseen_sets(text: str, claims: list[Claim]) -> None:
    assert figures(text) == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # bandits are fighters: killed, or captured when arrested
        (
            "Troops kill 22 bandits, arrest 17 in Zamfara",
            [
                (KIND_CASUALTY, "22 bandits", 22, 22, "killed"),
                (KIND_CASUALTY, "17", 17, 17, "captured"),
            ],
        ),
        (
            "In Katsina, 11 bandits arrested, 8 bandits killed and 30 cattle recovered.",
            [
                (KIND_CASUALTY, "11 bandits", 11, 11, "captured"),
                (KIND_CASUALTY, "8 bandits", 8, 8, "killed"),
            ],
        ),
        (
            "About 300 bandits attacked the village at dawn.",
            [(KIND_TROOPS, "About 300 bandits", 300, 300, None)],
        ),
        # "not less than" is "at least", "not more than" "up to"
        (
            "Not less than 25 worshippers died in the blast.",
            [(KIND_CASUALTY, "Not less than 25 worshippers", 25, None, "killed")],
        ),
        (
            "The police said not more than 30 people were injured.",
            [(KIND_CASUALTY, "not more than 30 people", None, 30, "wounded")],
        ),
        # injuries of various degrees, and patients in the hospital
        (
            "Six policemen were killed, while 31 others sustained varying degrees of injuries.",
            [
                (KIND_CASUALTY, "Six policemen", 6, 6, "killed"),
                (KIND_CASUALTY, "31 others", 31, 31, "wounded"),
            ],
        ),
        (
            "Nine were discharged, while 17 people are currently in the hospital.",
            [
                (KIND_CASUALTY, "17 people", 17, 17, "wounded"),
            ],
        ),
        # "dead bodies" is the head, "dead" its modifier
        (
            "Rescuers pulled 23 dead bodies from the river.",
            [(KIND_CASUALTY, "23 dead bodies", 23, 23, "killed")],
        ),
        # people the noun phrase calls kidnapped
        (
            "The army vowed to free the 110 abducted schoolgirls.",
            [(KIND_CASUALTY, "110 abducted schoolgirls", 110, 110, "captured")],
        ),
        # a second place's figure after "and", told by "from"
        (
            "Gunmen killed 40 miners from Zamfara State and 12 from Sokoto State.",
            [
                (KIND_CASUALTY, "40 miners", 40, 40, "killed"),
                (KIND_CASUALTY, "12", 12, 12, "killed"),
            ],
        ),
    ],
)
def test_nigerian_press_wordings(text: str, claims: list[Claim]) -> None:
    assert figures(text) == claims


@pytest.mark.parametrize(
    "text",
    [
        # a numbered unit, in lower case as Nigerian papers write it
        "The army has removed the GOC 3 division, Major General Musa.",
        "A mutiny by troops of its 101 battalion shook the base.",
        "He was appointed to the 82 armoured division of the army.",
        # a plural's possessive: the figure counts what the people own
        "Troops destroyed 31 bandits' camps in the forest.",
    ],
)
def test_unit_numbers_and_possessives_are_no_counts(text: str) -> None:
    assert figures(text) == []


def test_a_singular_unit_before_the_plural_it_counts_stays_a_force() -> None:
    # "battalion tactical groups" counts groups: the singular is a modifier
    text = "Western officials believe 12 battalion tactical groups have moved to the border."
    assert [c.kind for c in detect(text) if c.kind == KIND_TROOPS] == [KIND_TROOPS]


@pytest.mark.parametrize(
    "text",
    [
        # a sentence to death kills no one yet
        "A military court sentenced 12 officers to death.",
        # an object found alive is no casualty
        "Rescuers found 12 miners alive.",
        # a population is no count of the harmed
        "The war forced half of the population of 4 million to flee.",
        "Some 200,000 people have left the city of 3 million since the siege began.",
        # lives that go on
        "Twelve lives saved by the new field hospital",
        "Five lives changed by the war in Bosnia",
        # a gallery's caption counts pictures
        "Item 2 of 7 Russian prisoners of war are escorted to a bus.",
    ],
)
def test_counts_that_are_no_casualties(text: str) -> None:
    assert [c for c in detect(text) if c.kind == KIND_CASUALTY] == []


def test_a_day_after_a_comma_parts_the_count_before_it() -> None:
    # "two … shot dead, one on Friday and one on Saturday" gives the two, not a third
    # figure of its own
    text = "Reports say two protesters have been shot dead, one on Friday and one on Saturday."
    assert figures(text) == [(KIND_CASUALTY, "two protesters", 2, 2, "killed")]


def test_a_gallery_caption_names_no_force() -> None:
    text = "Photo 3 of 9 Ukrainian soldiers rest near Bakhmut."
    assert [c for c in detect(text) if c.kind in (KIND_CASUALTY, KIND_TROOPS)] == []


def test_green_berets_are_a_force() -> None:
    text = "The Pentagon sent 40 Green Berets to train the Nigerien army."
    assert figures(text) == [(KIND_TROOPS, "40 Green Berets", 40, 40, None)]
