"""Casualty and troops figures by class of wording (guideline §1, §2): made-up sentences
in each class, with near misses that must stay as they are."""

import pytest

from annotator.detection import detect
from annotator.detection.vocabulary import Vocabulary
from annotator.domain import KIND_CASUALTY, CasualtyType
from tests.helpers import Figure, figures, troops_units


def _casualties_of_type(text: str, casualty_type: CasualtyType) -> list[str]:
    """The texts of the casualty figures `detect` gives `casualty_type`."""
    return [
        c.text
        for c in detect(text)
        if c.kind == KIND_CASUALTY and c.value and c.value.casualty_type == casualty_type
    ]


def _typed_casualties(text: str) -> list[tuple[str, str]]:
    """(text, casualty type) of each casualty figure `detect` gives a type."""
    return [
        (c.text, c.value.casualty_type.value)
        for c in detect(text)
        if c.kind == KIND_CASUALTY and c.value and c.value.casualty_type
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a trailing "more" stands for the head after a casualty verb, with a clause after
        (
            "Shells hit the market killing four people and wounding dozens more witnesses said.",
            [
                ("casualty", "four people", 4, 4, "killed"),
                ("casualty", "dozens more", 24, 99, "wounded"),
            ],
        ),
        (
            "The raid killed two guards and injured 11 more according to a medic.",
            [
                ("casualty", "two guards", 2, 2, "killed"),
                ("casualty", "11 more", 11, 11, "wounded"),
            ],
        ),
        # a pronoun's partitive after a casualty verb joins the span
        (
            "Jets struck the hideouts of the gunmen killing dozens of them and burning cars.",
            [("casualty", "dozens of them", 24, 99, "killed")],
        ),
        (
            "The patrol caught the smugglers and killed 3 of them near the river.",
            [("casualty", "3 of them", 3, 3, "killed")],
        ),
    ],
)
def test_elliptic_parts_after_a_casualty_verb(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no casualty verb before the figure: "more" is no claim
        "The ministry ordered dozens more buses to the border on Monday.",
        # a partitive of things, not people
        "The convoy lost two of its trucks and destroyed 3 of them before noon.",
    ],
)
def test_elliptic_parts_need_a_casualty_verb(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aside on who most of them were, its commas lost, before the predicate
        (
            "Monitors said dozens of villagers mostly farmers were killed in the raid.",
            [("casualty", "dozens of villagers", 24, 99, "killed")],
        ),
        (
            "The strike in which 27 civilians mainly women and children died was condemned.",
            [("casualty", "27 civilians", 27, 27, "killed")],
        ),
    ],
)
def test_mostly_aside_before_the_predicate(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected


def test_mostly_aside_without_a_casualty_predicate() -> None:
    # the group merely lives there: no casualty
    assert figures("Some 40 people mostly farmers live in the village that was shelled.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a harmed part of a counted group keeps the group in its span; the group, a
        # force, is sized too (guideline §1 subsets, §2)
        (
            "Officials said at least 300 of the 2,000 fighters had been killed.",
            [
                ("casualty", "at least 300 of the 2,000 fighters", 300, None, "killed"),
                ("troops", "2,000 fighters", 2000, 2000, None),
            ],
        ),
        # … also past a participle that places the group
        (
            "They believe 40 of the 900 troops sent from the south had been captured.",
            [
                ("casualty", "40 of the 900 troops", 40, 40, "captured"),
                ("troops", "900 troops", 900, 900, None),
            ],
        ),
    ],
)
def test_harmed_part_of_a_counted_group(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pick by the group's own head is no harmed part: the group alone
        (
            "The remains did not belong to one of the 12 deceased hostages.",
            [("casualty", "12 deceased hostages", 12, 12, "killed")],
        ),
        # no harm: no casualty; the part is a force's size of its own, given alone, as
        # claims of one kind do not overlap (the thirty-seventh round)
        (
            "Some 500 of the 3,000 troops will stay.",
            [("troops", "Some 500", 500, 500, None), ("troops", "3,000 troops", 3000, 3000, None)],
        ),
    ],
)
def test_counted_group_without_a_harmed_part(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected


def test_placed_people_before_their_predicate() -> None:
    assert figures("Three soldiers based near the border crossing were wounded.") == [
        ("casualty", "Three soldiers", 3, 3, "wounded")
    ]


def test_displacing_verb_before_the_figure() -> None:
    assert figures("The offensive went on, displacing tens of thousands of villagers.") == [
        ("casualty", "tens of thousands of villagers", 20000, 99999, "displaced")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place phrase after the head, before the predicate
        (
            "Four gunmen outside the mosque were shot dead by police.",
            [("casualty", "Four gunmen", 4, 4, "killed")],
        ),
        (
            "Nine sailors aboard the frigate were wounded.",
            [("casualty", "Nine sailors", 9, 9, "wounded")],
        ),
    ],
)
def test_place_phrase_before_the_predicate(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "N or M" is a range (guideline §2 table: range)
        (
            "Witnesses saw five or six bodies in the street.",
            [("casualty", "five or six bodies", 5, 6, "killed")],
        ),
        (
            "The blast killed 2 or 3 guards.",
            [("casualty", "2 or 3 guards", 2, 3, "killed")],
        ),
        # not ascending: no range, the second number stands alone
        ("Police said 3 or 2 soldiers were killed.", [("casualty", "2 soldiers", 2, 2, "killed")]),
    ],
)
def test_or_ranges(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected


def test_headline_pair_of_participles() -> None:
    # commas lost in a headline: each figure takes the participle after it
    assert figures("Two soldiers killed 9 civilians injured in shelling on the town.") == [
        ("casualty", "Two soldiers", 2, 2, "killed"),
        ("casualty", "9 civilians", 9, 9, "wounded"),
    ]


def test_participle_after_an_auxiliary_takes_its_object() -> None:
    # "has killed" is a verb whose object the figure is; "wounded" opens the next item
    assert figures("The war has killed 5000 people wounded 9000 and displaced more.") == [
        ("casualty", "5000 people", 5000, 5000, "killed"),
        ("casualty", "9000", 9000, 9000, "wounded"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "in addition to" adds a figure that shares the predicate
        (
            "The shell wounded two nurses in addition to four patients.",
            [
                ("casualty", "two nurses", 2, 2, "wounded"),
                ("casualty", "four patients", 4, 4, "wounded"),
            ],
        ),
        # … also after the head's own from-phrase
        (
            "The shell wounded two members from the hospital staff in addition to four patients.",
            [
                ("casualty", "two members", 2, 2, "wounded"),
                ("casualty", "four patients", 4, 4, "wounded"),
            ],
        ),
    ],
)
def test_in_addition_to_shares_the_predicate(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected


def test_gapped_figure_at_a_place() -> None:
    # "and seven at …": the head and verb of the figure before are left out
    assert figures("Bombs killed 11 people in Kabul and four at a Shia mosque in Herat.") == [
        ("casualty", "11 people", 11, 11, "killed"),
        ("casualty", "four", 4, 4, "killed"),
    ]


def test_figure_at_a_place_after_a_dash_counts_no_people() -> None:
    # the one is one of the bombs, not a life
    assert figures("Two bombs claimed the six lives - one at the Main Street depot.") == [
        ("casualty", "six lives", 6, 6, "killed")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fighters taken by a verb of arrest are captured, not a force
        (
            "Security forces detained 14 suspected militants after the attack.",
            [("casualty", "14 suspected militants", 14, 14, "captured")],
        ),
        (
            "Three gunmen planning a raid on the base had been arrested by police.",
            [("casualty", "Three gunmen", 3, 3, "captured")],
        ),
        # a bare figure after the verb, when the sentence counted fighters first
        (
            "Troops killed 20 insurgents and arrested five, officials said.",
            [
                ("casualty", "20 insurgents", 20, 20, "killed"),
                ("casualty", "five", 5, 5, "captured"),
            ],
        ),
    ],
)
def test_arrested_fighters_are_captured(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # arrested migrants and protesters are no casualties
        "In May, more than 9,000 people were detained for crossing the border.",
        "Police arrested 300 protesters in the capital.",
        # one arrested is a named suspect, not a count
        "The group has detained one of its gunmen, Abu Omar, over the killings.",
    ],
)
def test_arrests_of_others_are_no_casualties(text: str) -> None:
    assert figures(text) == []


def test_arrest_terms_are_a_vocabulary_list() -> None:
    assert "detained" in Vocabulary.default().arrest_terms


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "martyred" is killed (wire copy translated from Arabic)
        (
            "Four civilians were martyred in the shelling of the market.",
            [("casualty", "Four civilians", 4, 4, "killed")],
        ),
        # a count of the harmed that "has become" a figure is a toll
        (
            "The number of people martyred in the shelling has become about 30.",
            [("casualty", "about 30", 30, 30, "killed")],
        ),
    ],
)
def test_martyred_and_a_number_that_has_become(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure of one whose noun modifies the singular head
        (
            "One police officer died at the scene.",
            [("casualty", "One police officer", 1, 1, "killed")],
        ),
        # a singular demonym ends a phrase of one, which shares the predicate
        (
            "Officials said six Britons and one Canadian were hurt.",
            [
                ("casualty", "six Britons", 6, 6, "wounded"),
                ("casualty", "one Canadian", 1, 1, "wounded"),
            ],
        ),
    ],
)
def test_singular_heads_of_one(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected


def test_singular_demonym_modifying_a_thing_is_no_head() -> None:
    assert figures("One Russian fighter jet was shot down over the sea.") == []


def test_at_least_after_the_phrase_is_a_floor() -> None:
    # "at least" after the phrase, before its verb: min only (guideline §2 table)
    found = [
        (c.text, c.value.min, c.value.max, c.value.qualifier)
        for c in detect("Army sources said 60 gunmen at least were killed in the raid.")
        if c.kind == KIND_CASUALTY and c.value is not None
    ]
    assert found == [("60 gunmen", 60, None, "at_least")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a head in scare quotes, the marks in the span
        (
            "About 600 Russian 'volunteers' have been deployed to the region.",
            [("troops", "About 600 Russian 'volunteers'", 600, 600, None)],
        ),
        (
            "Some 900 ‘peacekeepers’ are stationed in the enclave.",
            [("troops", "Some 900 ‘peacekeepers’", 900, 900, None)],
        ),
    ],
)
def test_head_in_scare_quotes(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected


def test_quoted_word_that_is_no_head() -> None:
    assert figures("He said 300 'unknown' things had happened.") == []


def test_quotation_ellipsis_in_the_place_phrase() -> None:
    # an ellipsis the quoting writer put in the post-head phrase
    assert figures('"Three of the officers of the border unit ... were killed," he said.') == [
        ("casualty", "Three of the officers", 3, 3, "killed")
    ]


def test_bare_part_told_by_a_circumstance() -> None:
    assert figures("Shelling killed 30 people on Monday, 9 while queuing for bread.") == [
        ("casualty", "30 people", 30, 30, "killed"),
        ("casualty", "9", 9, 9, "killed"),
    ]


def test_bare_number_with_a_circumstance_but_no_comma_is_no_part() -> None:
    assert figures("Shelling killed 30 people on Monday and 9 while queuing was hard.") == [
        ("casualty", "30 people", 30, 30, "killed")
    ]


def test_civilians_and_fighters_are_no_force() -> None:
    assert figures("Some 3000 villagers and rebel fighters were bussed out of the town.") == []


def test_two_armed_heads_stay_a_force() -> None:
    assert figures("About 400 gendarmes and soldiers were deployed to the town.") == [
        ("troops", "About 400 gendarmes and soldiers", 400, 400, None)
    ]


def test_evacuated_fighters_are_displaced() -> None:
    assert figures("About 400 rebels were evacuated from the district on buses.") == [
        ("casualty", "About 400 rebels", 400, 400, "displaced")
    ]


def test_fighters_who_fled_stay_a_force() -> None:
    assert figures("Hundreds of soldiers fled the town.") == [
        ("troops", "Hundreds of soldiers", 200, 999, None)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country sheltering people of another nation: refugees
        (
            "Jordan is sheltering more than 600,000 Syrians.",
            [("casualty", "more than 600,000 Syrians", 600000, None, "displaced")],
        ),
        (
            "Pakistan has taken in 1.4 million Afghans.",
            [("casualty", "1.4 million Afghans", 1400000, 1400000, "displaced")],
        ),
    ],
)
def test_sheltered_nationals_are_displaced(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected


def test_hosting_a_crowd_is_no_displacement() -> None:
    assert figures("The stadium is hosting 50,000 fans tonight.") == []


def test_toll_in_the_vague_quantity() -> None:
    assert figures("Monitors put the toll at 12, but locals say it is in the hundreds.") == [
        ("casualty", "12", 12, 12, "killed"),
        ("casualty", "hundreds", 200, 999, "killed"),
    ]


def test_crowd_in_the_vague_quantity_is_no_toll() -> None:
    assert figures("Its toll rose to 12 and the mourners numbered in the thousands.") == [
        ("casualty", "12", 12, 12, "killed")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare figure given as the number, figure or estimate of the force the sentence
        # before sized: the force is named once, its number again without it
        (
            "Britain has 9,000 troops in Afghanistan. Sources said the number coming home "
            "could be nearer to 4,000.",
            [
                ("troops", "9,000 troops", 9000, 9000, None),
                ("troops", "4,000", 4000, 4000, None),
            ],
        ),
        (
            "The rebels have 5,000 fighters in the city. Earlier estimates put them at 3,000.",
            [
                ("troops", "5,000 fighters", 5000, 5000, None),
                ("troops", "3,000", 3000, 3000, None),
            ],
        ),
        (
            "The group can field 30,000 militants\n\n@highlight\n\n"
            "An earlier assessment had put the figure at 12,000",
            [
                ("troops", "30,000 militants", 30000, 30000, None),
                ("troops", "12,000", 12000, 12000, None),
            ],
        ),
    ],
)
def test_number_of_the_force_sized_before(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "second",
    [
        "The number of refugees rose to 300,000.",
        "The total cost is estimated at 500 million dollars.",
        "The number of people killed rose to 300.",
    ],
)
def test_other_numbers_after_a_force_are_no_force(second: str) -> None:
    kinds = [f[0] for f in figures(f"The US has 2,000 troops in Syria. {second}")[1:]]
    assert "troops" not in kinds


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # uprooted people on the move or where they fled to are displaced
        (
            "Some 12,000 had reached the border by Sunday night.",
            [("casualty", "Some 12,000", 12000, 12000, "displaced")],
        ),
        (
            "Around 8,000 villagers have been forced to the top of the hills.",
            [("casualty", "Around 8,000 villagers", 8000, 8000, "displaced")],
        ),
        (
            "Tens of thousands of people are streaming toward the frontier.",
            [("casualty", "Tens of thousands of people", 20000, 99999, "displaced")],
        ),
        (
            "More than 600 families have left their homes in the valley.",
            [("casualty", "More than 600 families", 600, None, "displaced")],
        ),
        (
            "About 3,000 residents are sheltering in schools and mosques.",
            [("casualty", "About 3,000 residents", 3000, 3000, "displaced")],
        ),
    ],
)
def test_uprooted_on_the_move_are_displaced(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected


def test_a_force_at_the_border_stays_a_force() -> None:
    assert figures("About 5,000 soldiers reached the border.") == [
        ("troops", "About 5,000 soldiers", 5000, 5000, None)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of a force counted by a pronoun or "that number" right after the force's
        # size, in this sentence or the one before: the span keeps the of-phrase
        (
            "The group can field 20,000 fighters. It is thought that 3,000 of that number "
            "are foreigners.",
            [
                ("troops", "20,000 fighters", 20000, 20000, None),
                ("troops", "3,000 of that number", 3000, 3000, None),
            ],
        ),
        (
            "Britain has 9,000 troops in Afghanistan. Some 400 of them are special forces.",
            [
                ("troops", "9,000 troops", 9000, 9000, None),
                ("troops", "Some 400 of them", 400, 400, None),
            ],
        ),
        (
            "The mission will include the Hussars battle group, 250 of whom were told they "
            "would be going home.",
            [("troops", "250 of whom", 250, 250, None)],
        ),
    ],
)
def test_part_of_a_force_by_a_pronoun(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected


def test_part_of_other_people_after_a_force_is_no_force() -> None:
    text = "The US has 2,000 troops there. The town has 5,000 residents, 200 of whom are children."
    assert figures(text) == [("troops", "2,000 troops", 2000, 2000, None)]


def test_battle_group_is_a_force() -> None:
    assert figures("A 600-strong battle group will deploy to Estonia.") == [
        ("troops", "600-strong battle group", 600, 600, None)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare figure given as the number, figure or estimate of the harmed counted right
        # before it: the same count again, with its casualty type
        (
            "The UN said 400 civilians were killed. Activists put the figure at 600.",
            [
                ("casualty", "400 civilians", 400, 400, "killed"),
                ("casualty", "600", 600, 600, "killed"),
            ],
        ),
        (
            "The ministry said 30 people were injured; hospital sources put the number "
            "higher, at 45.",
            [
                ("casualty", "30 people", 30, 30, "wounded"),
                ("casualty", "45", 45, 45, "wounded"),
            ],
        ),
        (
            "The bombing killed 14 people. The total later rose to 20.",
            [
                ("casualty", "14 people", 14, 14, "killed"),
                ("casualty", "20", 20, 20, "killed"),
            ],
        ),
    ],
)
def test_number_of_the_harmed_counted_before(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "second",
    [
        "The number of refugees rose to 3,000.",
        "Troop numbers will rise to 3,000.",
        "The total cost was put at 500 million.",
        "Its population is estimated at 20,000.",
    ],
)
def test_other_numbers_after_the_harmed_are_no_casualties(second: str) -> None:
    found = figures(f"The attack killed 14 people. {second}")
    assert [f for f in found if f[0] == "casualty"] == [("casualty", "14 people", 14, 14, "killed")]


def test_total_of_another_thing_after_a_force_is_no_force() -> None:
    assert figures("The US has 2,000 troops there. The total cost was put at 500 million.") == [
        ("troops", "2,000 troops", 2000, 2000, None)
    ]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a force sized by a hyphened count of its members, people, troops or soldiers
        ("The army deployed a 10,000-member force.", "10,000-member force"),
        ("A 3,000-member contingent arrived on Monday.", "3,000-member contingent"),
        ("Nigeria will lead a 2,000-troop force in Mali.", "2,000-troop force"),
        ("The UN approved a 12,000-member peacekeeping force.", "12,000-member peacekeeping force"),
        ("The rebels fielded a 500-person militia.", "500-person militia"),
        ("Kenya sent a 4,000-soldier army into Somalia.", "4,000-soldier army"),
    ],
)
def test_hyphened_member_count_sizes_a_force(text: str, span: str) -> None:
    assert [s for s, _, _ in troops_units(text)] == [span]


@pytest.mark.parametrize(
    "text",
    [
        "A 15-member delegation arrived for talks.",
        "The 300-member parliament voted on Monday.",
        "A 12-person team inspected the site.",
    ],
)
def test_hyphened_member_count_of_no_force_is_no_troops(text: str) -> None:
    assert troops_units(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The rebels number about 5,000.", "about 5,000"),
        ("The militants now number some 3,000.", "some 3,000"),
        ("The Taliban's fighters numbered about 60,000 last year.", "about 60,000"),
        ("Insurgents in the province number at least 2,000, officials say.", "at least 2,000"),
        ("The number of militants rose to 3,000.", "3,000"),
        (
            "The number of foreign fighters in Syria has climbed to more than 20,000.",
            "more than 20,000",
        ),
        ("The number of jihadists fell to nearly 1,000 by March.", "nearly 1,000"),
    ],
)
def test_number_of_a_non_state_group_is_its_fighters(text: str, span: str) -> None:
    assert troops_units(text) == [(span, "fighters", "figure.troops.force_number")]


@pytest.mark.parametrize(
    "text",
    [
        "The number of refugees rose to 300,000.",
        "The number of volunteers at the shelter reached 200.",
    ],
)
def test_number_of_other_people_is_no_force(text: str) -> None:
    assert troops_units(text) == []


def test_number_of_fighters_killed_is_a_toll() -> None:
    assert figures("The number of rebels killed rose to 300.") == [
        ("casualty", "300", 300, 300, "killed")
    ]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The rebels have some 2,000 men under arms.", "some 2,000 men"),
        ("The group has about 7,000 men under arms.", "about 7,000 men"),
        ("The warlord keeps nearly 3,000 men under arms in the hills.", "nearly 3,000 men"),
        ("Some 10,000 men are under arms in the region.", "Some 10,000 men"),
        ("The insurgents have massed 4,000 men near the city.", "4,000 men"),
    ],
)
def test_men_of_an_armed_group_are_fighters(text: str, span: str) -> None:
    assert troops_units(text) == [(span, "fighters", "figure.troops.force_noun")]


@pytest.mark.parametrize(
    "text",
    [
        "Militants stormed a village of 3,000 men and women.",
        "The militants abducted 200 men from the village.",
        "The rebels freed 12 men.",
        "Some 2,000 men work at the factory.",
    ],
)
def test_men_near_an_armed_group_but_not_its_force_are_no_troops(text: str) -> None:
    assert troops_units(text) == []


def test_men_an_armed_group_seized_stay_people() -> None:
    found = [
        (c.text, c.value.unit, c.value.casualty_type)
        for c in detect("The Islamists rounded up some 300 men.")
        if c.kind == KIND_CASUALTY and c.value is not None
    ]
    assert found == [("some 300 men", "people", "captured")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The casualties include 14 civilians.", ("14 civilians", 14, 14, "casualties")),
        (
            "Among the casualties were nearly 40 police officers.",
            ("nearly 40 police officers", 40, 40, "casualties"),
        ),
        (
            "Among the casualties are some 30 children, the ministry said.",
            ("some 30 children", 30, 30, "casualties"),
        ),
        ("Those casualties included two journalists.", ("two journalists", 2, 2, "casualties")),
        ("The casualties were 14 soldiers.", ("14 soldiers", 14, 14, "casualties")),
    ],
)
def test_a_list_of_the_casualties_counts_its_items(
    text: str, expected: tuple[str, float, float, str]
) -> None:
    assert figures(text)[0] == ("casualty", *expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Total casualties were 45.", ("45", 45, 45, "casualties")),
        ("Total casualties stood at about 300.", ("about 300", 300, 300, "casualties")),
        (
            "Civilian deaths were at least 120 last year, the UN said.",
            ("at least 120", 120, None, "killed"),
        ),
        ("Military fatalities are now more than 2,000.", ("more than 2,000", 2000, None, "killed")),
        (
            "Coalition deaths in Iraq were nearly 4,500 by 2011.",
            ("nearly 4,500", 4500, 4500, "killed"),
        ),
        ("Total injuries were 300 in the first week.", ("300", 300, 300, "wounded")),
    ],
)
def test_harm_noun_given_by_a_copula_is_a_toll(
    text: str, expected: tuple[str, float, float | None, str]
) -> None:
    assert figures(text) == [("casualty", *expected)]


@pytest.mark.parametrize(
    "text",
    [
        "Casualties were 10 times higher than expected.",
        "Deaths were 45 percent lower than last year.",
        "Road deaths were 3,000 lower this year.",
    ],
)
def test_harm_noun_compared_by_a_copula_is_no_toll(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The death toll is now 45, officials said.", ("45", 45, 45)),
        ("The death toll was 45, the ministry said on Tuesday.", ("45", 45, 45)),
        (
            "The toll is at least 120, according to the health ministry.",
            ("at least 120", 120, None),
        ),
        (
            "The death toll is now nearly 300, a police spokesman told reporters.",
            ("nearly 300", 300, 300),
        ),
        ("Death toll in Aleppo attack 112, state media reported.", ("112", 112, 112)),
    ],
)
def test_bare_toll_before_its_source_is_the_toll(
    text: str, expected: tuple[str, float, float | None]
) -> None:
    assert figures(text) == [("casualty", *expected, "killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The strike killed a family of five.", ("five", 5, 5, "killed")),
        ("Gunmen killed a family of six in their home.", ("six", 6, 6, "killed")),
        ("The shelling killed a whole family of 11 in Douma.", ("11", 11, 11, "killed")),
        ("Soldiers shot dead an entire family of seven.", ("seven", 7, 7, "killed")),
        ("The blast injured a family of three.", ("three", 3, 3, "wounded")),
    ],
)
def test_family_harmed_is_counted_by_its_size(
    text: str, expected: tuple[str, float, float, str]
) -> None:
    assert figures(text) == [("casualty", *expected)]


def test_family_not_harmed_is_no_casualty() -> None:
    assert figures("The charity housed a family of five.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dead numbered at least 40.", ("at least 40", 40, None, "killed")),
        ("The dead totalled 40, police said.", ("40", 40, 40, "killed")),
        ("The wounded numbered more than 300.", ("more than 300", 300, None, "wounded")),
        ("The dead were 45 by Monday.", ("45", 45, 45, "killed")),
        ("Casualties are estimated at 300.", ("300", 300, 300, "casualties")),
        ("Deaths were put at around 2,000.", ("around 2,000", 2000, 2000, "killed")),
        (
            "Civilian casualties are now estimated at more than 10,000.",
            ("more than 10,000", 10000, None, "casualties"),
        ),
        ("Total fatalities were placed at 150.", ("150", 150, 150, "killed")),
        (
            "Casualties numbering more than 300 were reported.",
            ("more than 300", 300, None, "casualties"),
        ),
    ],
)
def test_the_harmed_numbered_or_estimated_are_a_toll(
    text: str, expected: tuple[str, float, float | None, str]
) -> None:
    assert figures(text) == [("casualty", *expected)]


@pytest.mark.parametrize(
    "text",
    [
        "The dead were buried in 12 graves.",
        "The injured were taken to 3 hospitals.",
        "The wounded were 10 times as many.",
    ],
)
def test_the_harmed_with_another_count_are_no_toll(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A force numbering some 4,000 crossed the border.", ("some 4,000", "troops")),
        ("Rebel fighters numbering around 200 attacked the town.", ("around 200", "fighters")),
        (
            "Government troops, numbering nearly 10,000, surrounded the city.",
            ("nearly 10,000", "troops"),
        ),
        (
            "The insurgents, now numbering at least 3,000, hold the north.",
            ("at least 3,000", "fighters"),
        ),
        ("A militia numbering in the thousands controls the valley.", ("thousands", "troops")),
    ],
)
def test_force_numbering_a_figure_is_its_size(text: str, expected: tuple[str, str]) -> None:
    assert troops_units(text) == [(*expected, "figure.troops.force_number")]


def test_crowd_numbering_a_figure_is_no_force() -> None:
    assert troops_units("Protesters numbering 5,000 marched on the capital.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The troop ceiling is 9,800.", ("9,800", "troops")),
        ("Obama raised the troop cap to 5,262.", ("5,262", "troops")),
        ("The authorized troop level is 8,400.", ("8,400", "troops")),
        ("The force level in Iraq was 5,200 last year.", ("5,200", "troops")),
        ("The army's strength is now about 350,000, officials say.", ("about 350,000", "troops")),
        ("The number of US troops in Syria is 2,000.", ("2,000", "troops")),
        ("The number of fighters in the group is still 3,000.", ("3,000", "fighters")),
    ],
)
def test_force_number_given_by_a_copula_or_a_cap_is_its_size(
    text: str, expected: tuple[str, str]
) -> None:
    assert troops_units(text) == [(*expected, "figure.troops.force_number")]


@pytest.mark.parametrize(
    "text",
    [
        "The troop level is 10 times higher than in 2001.",
        "The number of troops will rise, and the cost is 500 million.",
        "The cap on refugees is 50,000.",
    ],
)
def test_other_numbers_given_by_a_copula_are_no_force(text: str) -> None:
    assert troops_units(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Its army is 120,000 strong.", ("120,000", "troops")),
        ("The rebel force, 3,000 strong, advanced on the capital.", ("3,000", "troops")),
        ("The garrison is some 600 strong.", ("some 600", "troops")),
        ("The insurgents are now about 2,000 strong in the province.", ("about 2,000", "fighters")),
        ("Government troops, 10,000 strong, surrounded the city.", ("10,000", "troops")),
    ],
)
def test_force_a_figure_strong_is_its_size(text: str, expected: tuple[str, str]) -> None:
    assert troops_units(text) == [(*expected, "figure.troops.strong_after")]


@pytest.mark.parametrize(
    "text",
    [
        "The crowd was 5,000 strong.",
        "The union is 300,000 strong.",
        "The army fired 300 strong rounds.",
    ],
)
def test_a_figure_strong_of_no_force_is_no_troops(text: str) -> None:
    assert troops_units(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The US sent troops to Iraq. It deployed 1,500 more to the region last week.",
            ("1,500 more", "troops"),
        ),
        ("The rebels sent 2,000 more to the front, a commander said.", ("2,000 more", "fighters")),
        ("The army will send 300 to guard the airport.", ("300", "troops")),
        (
            "Militants are regrouping. The group has dispatched some 400 to the north.",
            ("some 400", "fighters"),
        ),
        (
            "NATO forces are stretched, so Germany is sending another 1,000 in May.",
            ("1,000", "troops"),
        ),
        # deployed, with no force named: a verb that moves forces only (the thirty-ninth
        # round's second troops probes; sent, a bare figure may be aid or money)
        ("The Pentagon deployed 1,500 more to the region last week.", ("1,500 more", "troops")),
    ],
)
def test_figure_a_force_is_sent_by_is_its_size(text: str, expected: tuple[str, str]) -> None:
    assert (*expected, "figure.troops.sent") in troops_units(text)


@pytest.mark.parametrize(
    "text",
    [
        "The UN sent 1,500 to the region last week.",
        "The UN sent 500 tonnes of aid to the region.",
        "The army sent 300 to hospitals after the blast killed 12.",
        "The army will send 50 to guard the airport.",
    ],
)
def test_figure_sent_that_counts_no_force_is_no_troops(text: str) -> None:
    assert [u for u in troops_units(text) if u[2] == "figure.troops.sent"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The US has 2,000 troops in Syria. Washington plans to withdraw 1,800 from Syria.",
            ("1,800", "troops"),
        ),
        (
            "US forces will stay in Iraq, but the plan would pull out 4,000 by the end of "
            "the year.",
            ("4,000", "troops"),
        ),
        (
            "Trump ordered the withdrawal of 2,000 troops. The withdrawal of 2,000 is to be "
            "completed by April.",
            ("2,000", "troops"),
        ),
        (
            "Britain has 450 soldiers in Afghanistan and will bring home 300 by Christmas.",
            ("300", "troops"),
        ),
        ("The rebels withdrew 1,000 from the front line.", ("1,000", "fighters")),
    ],
)
def test_figure_a_force_is_withdrawn_by_is_its_size(text: str, expected: tuple[str, str]) -> None:
    assert (*expected, "figure.troops.sent") in troops_units(text)


@pytest.mark.parametrize(
    "text",
    [
        "Washington plans to withdraw 1,800 from Syria.",
        "The company will withdraw 300 from the market.",
        "The deployment of 3,000 is expected next month.",
    ],
)
def test_figure_withdrawn_with_no_force_named_is_no_troops(text: str) -> None:
    assert troops_units(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The number killed has now reached 80.", ("80", 80, 80, "killed")),
        (
            "The number wounded stood at more than 300, officials said.",
            ("more than 300", 300, None, "wounded"),
        ),
        ("The number confirmed dead rose to 45 on Tuesday.", ("45", 45, 45, "killed")),
        ("The number injured in the blast was 120.", ("120", 120, 120, "wounded")),
        ("The number feared dead has climbed to 60.", ("60", 60, 60, "killed")),
    ],
)
def test_number_harmed_without_of_is_a_toll(
    text: str, expected: tuple[str, float, float | None, str]
) -> None:
    assert figures(text) == [("casualty", *expected)]


def test_a_number_of_the_harmed_in_a_year_is_no_toll() -> None:
    assert figures("A number of soldiers killed in 2014 were buried here.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The death toll exceeded 300 on Friday.", "300"),
        ("The toll passed 1,000 last week, the ministry said.", "1,000"),
        ("The death toll from the quake has topped 2,000 in Nepal.", "2,000"),
        ("The toll surpassed 500 after rescuers found more bodies.", "500"),
        ("The death toll is exceeding 80 in some estimates.", "80"),
    ],
)
def test_toll_past_a_mark_is_a_floor_of_the_toll(text: str, expected: str) -> None:
    found = figures(text)
    assert len(found) == 1
    assert found[0][:4] == ("casualty", expected, float(expected.replace(",", "")), None)
    assert found[0][4] == "killed"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops to be cut to 8,400", ("8,400", "troops")),
        ("The UN force will grow to 20,000.", ("20,000", "troops")),
        ("The Afghan army has been cut to 150,000.", ("150,000", "troops")),
        ("ISIS's ranks have swelled to 30,000.", ("30,000", "troops")),
        ("The rebels' ranks have shrunk to about 1,000.", ("about 1,000", "fighters")),
        ("The militants have grown to some 5,000 in the province.", ("some 5,000", "fighters")),
    ],
)
def test_force_that_grows_or_is_cut_to_a_figure_is_that_size(
    text: str, expected: tuple[str, str]
) -> None:
    assert troops_units(text) == [(*expected, "figure.troops.force_number")]


@pytest.mark.parametrize(
    "text",
    [
        "The army's budget has been cut to 500 million.",
        "The force will be reduced to 2020 levels.",
        "The soldiers returned to 10 Downing Street.",
        "Prices rose to 300.",
    ],
)
def test_other_things_cut_to_a_figure_are_no_force(text: str) -> None:
    assert troops_units(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Britain has 400 troops there; France has 600.", "600"),
        ("Britain has 9,500 troops in Afghanistan and Germany 4,000.", "4,000"),
        ("Russia has 5,000 troops in Syria, and Iran has about 2,000.", "about 2,000"),
        ("Turkey keeps 3,000 soldiers in Qatar, whereas the UAE keeps 1,500.", "1,500"),
        ("Nigeria pledged 1,200 troops; Chad pledged 2,000.", "2,000"),
    ],
)
def test_second_party_of_a_sized_force_has_a_force_too(text: str, expected: str) -> None:
    assert (expected, "troops", "figure.troops.compared") in troops_units(text)


@pytest.mark.parametrize(
    "text",
    [
        "The US has 2,000 troops in Syria and Obama met 300 protesters.",
        "Britain has 400 troops there, and in 2014 it had 600.",
        "Britain has 400 troops there; the cost is 600.",
    ],
)
def test_other_figures_after_a_sized_force_are_no_second_force(text: str) -> None:
    assert len(troops_units(text)) == 1


def _figure_values(text: str) -> list[tuple[str, float | None, float | None, str | None]]:
    """(span, min, max, qualifier) of each casualty and troops claim in `text`."""
    return [
        (c.text, c.value.min, c.value.max, c.value.qualifier)
        for c in detect(text)
        if c.kind in ("casualty", "troops") and c.value is not None
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fighting killed upward of 200 people.",
            ("upward of 200 people", 200, None, "more_than"),
        ),
        ("As few as 20 soldiers were wounded.", ("As few as 20 soldiers", 20, None, "at_least")),
        (
            "No more than 300 troops will stay in the country.",
            ("No more than 300 troops", None, 300, "up_to"),
        ),
        (
            "The quake killed in the region of 2,000 people.",
            ("in the region of 2,000 people", 2000, 2000, "about"),
        ),
        (
            "Upward of 5,000 fighters have massed near the town.",
            ("Upward of 5,000 fighters", 5000, None, "more_than"),
        ),
    ],
)
def test_qualifier_spellings_before_a_figure(
    text: str, expected: tuple[str, float | None, float | None, str]
) -> None:
    assert _figure_values(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The shelling killed 100 or more people.", ("100 or more people", 100, None, "at_least")),
        ("Some 30-odd soldiers were killed.", ("Some 30-odd soldiers", 30, 30, "about")),
        ("Twenty or so civilians were hurt.", ("Twenty or so civilians", 20, 20, "about")),
        (
            "The army sent 40-odd tanks and 600 or so troops.",
            ("600 or so troops", 600, 600, "about"),
        ),
        (
            "The raid left one or more guards dead.",
            ("one or more guards", 1, None, "at_least"),
        ),
    ],
)
def test_qualifier_behind_a_figure(
    text: str, expected: tuple[str, float | None, float | None, str]
) -> None:
    assert _figure_values(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "More than a million people have fled the country.",
            ("More than a million people", 1_000_000, None, "more_than"),
        ),
        ("A million Syrians were displaced.", ("A million Syrians", 1_000_000, 1_000_000, "exact")),
        (
            "Nearly a quarter of a million people have been killed.",
            ("Nearly a quarter of a million people", 250_000, 250_000, "nearly"),
        ),
        (
            "The war has displaced a quarter million residents.",
            ("a quarter million residents", 250_000, 250_000, "about"),
        ),
        (
            "Many thousands of civilians were killed in the siege.",
            ("Many thousands of civilians", 2_000, 9_999, "vague"),
        ),
        (
            "The army deployed many hundreds of troops.",
            ("many hundreds of troops", 200, 999, "vague"),
        ),
    ],
)
def test_a_million_quarters_and_many_thousands(
    text: str, expected: tuple[str, float | None, float | None, str]
) -> None:
    assert _figure_values(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Many Syrians have fled the country.",
        "The Christian quarter of the city was shelled.",
        "A million dollars was pledged for the wounded.",
        "The 5-odd-hour journey ended in the city.",
    ],
)
def test_near_misses_of_the_new_quantity_spellings(text: str) -> None:
    assert _figure_values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The displaced now number more than 2 million.",
            ("casualty", "more than 2 million", 2_000_000, None, "displaced"),
        ),
        (
            "The number of displaced people rose to 3 million last year.",
            ("casualty", "3 million", 3_000_000, 3_000_000, "displaced"),
        ),
        ("The missing numbered 40.", ("casualty", "40", 40, 40, "missing")),
        (
            "Russian losses exceed 10,000, Kyiv says.",
            ("casualty", "10,000", 10_000, None, "casualties"),
        ),
        (
            "Losses stood at about 300, the army said.",
            ("casualty", "about 300", 300, 300, "casualties"),
        ),
        (
            "The UN puts the number of displaced at 6 million.",
            ("casualty", "6 million", 6_000_000, 6_000_000, "displaced"),
        ),
        (
            "Officials put the number of missing at 40.",
            ("casualty", "40", 40, 40, "missing"),
        ),
        (
            "The number of people missing stands at 25.",
            ("casualty", "25", 25, 25, "missing"),
        ),
    ],
)
def test_count_of_the_uprooted_missing_or_lost_is_a_toll(text: str, expected: Figure) -> None:
    assert figures(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The number of refugees in camps is growing.",
        "Losses were heavy in 2014.",
        "Refugees were 30 percent of the population.",
    ],
)
def test_uprooted_and_lost_without_a_count_are_no_toll(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The army said it had liquidated 12 terrorists.",
            ("casualty", "12 terrorists", 12, 12, "killed"),
        ),
        ("Air strikes wiped out 30 fighters.", ("casualty", "30 fighters", 30, 30, "killed")),
        (
            "The boat capsized, drowning 40 people.",
            ("casualty", "40 people", 40, 40, "killed"),
        ),
        ("Ten migrants suffocated in the truck.", ("casualty", "Ten migrants", 10, 10, "killed")),
        ("Three workers were electrocuted.", ("casualty", "Three workers", 3, 3, "killed")),
        ("Machine guns mowed down 30 protesters.", ("casualty", "30 protesters", 30, 30, "killed")),
        ("The regime gassed 1,400 people.", ("casualty", "1,400 people", 1400, 1400, "killed")),
    ],
)
def test_verbs_of_destroying_and_ways_of_dying_kill(text: str, expected: Figure) -> None:
    assert figures(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen snatched 12 students.", ("casualty", "12 students", 12, 12, "captured")),
        (
            "Some 3,000 people were driven out.",
            ("casualty", "Some 3,000 people", 3000, 3000, "displaced"),
        ),
        (
            "About 2,000 villagers were forced out by the fighting.",
            ("casualty", "About 2,000 villagers", 2000, 2000, "displaced"),
        ),
        (
            "The strike killed 9 paramilitaries.",
            ("casualty", "9 paramilitaries", 9, 9, "killed"),
        ),
        (
            "The strike killed 3 Hamas operatives.",
            ("casualty", "3 Hamas operatives", 3, 3, "killed"),
        ),
        ("Police shot dead 4 suspects.", ("casualty", "4 suspects", 4, 4, "killed")),
        (
            "Two diplomats were wounded in the blast.",
            ("casualty", "Two diplomats", 2, 2, "wounded"),
        ),
        ("Gunmen killed 3 Westerners.", ("casualty", "3 Westerners", 3, 3, "killed")),
    ],
)
def test_more_harm_verbs_and_people_heads(text: str, expected: Figure) -> None:
    assert figures(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested 45 suspects.",
        "Russia expelled 23 British diplomats.",
        "The storm wiped out 3 villages.",
        "More than 300 candidates registered for the vote.",
        "Thieves snatched 3 bags.",
    ],
)
def test_near_misses_of_the_new_harm_words(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ISIS militants, estimated at 30,000, hold the city.", ("30,000", "fighters")),
        ("The rebels, estimated to number 5,000, hold the hills.", ("5,000", "fighters")),
        (
            "Taliban fighters, thought to number some 60,000, control the south.",
            ("some 60,000", "fighters"),
        ),
        ("The Russian contingent, put at 3,000, will stay.", ("3,000", "troops")),
        # (a garrison that "surrendered" is captured since the sixtieth round, as one
        # "killed" is killed: test_transcripts_and_wrapped_markdown.py)
        ("The garrison, reckoned at 1,200, left the fort on Monday.", ("1,200", "troops")),
    ],
)
def test_estimate_of_a_force_in_apposition_is_its_size(
    text: str, expected: tuple[str, str]
) -> None:
    assert troops_units(text) == [(*expected, "figure.troops.apposed_size")]


@pytest.mark.parametrize(
    "text",
    [
        "The protesters, estimated at 30,000, marched on the palace.",
        "The militants, estimated at 30, attacked the post.",
        "The militants, aged 20 to 30, were arrested.",
    ],
)
def test_estimates_in_apposition_that_size_no_force(text: str) -> None:
    assert troops_units(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Casualties included 12 children.",
            [("casualty", "12 children", 12, 12, "casualties")],
        ),
        ("Losses included 45 soldiers.", [("casualty", "45 soldiers", 45, 45, "casualties")]),
        ("Fatalities included 2 journalists.", [("casualty", "2 journalists", 2, 2, "killed")]),
        ("Deaths included 12 civilians.", [("casualty", "12 civilians", 12, 12, "killed")]),
        (
            "Victims include 7 women and 3 children.",
            [
                ("casualty", "7 women", 7, 7, "killed"),
                ("casualty", "3 children", 3, 3, "killed"),
            ],
        ),
        ("Among the losses were 30 pilots.", [("casualty", "30 pilots", 30, 30, "casualties")]),
    ],
)
def test_harm_nouns_without_article_list_the_harmed(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Deaths are rising in 3 provinces.", "The casualties were mostly civilians."],
)
def test_harm_nouns_that_list_no_one_counted(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The attack left 12 martyrs.", ("casualty", "12 martyrs", 12, 12, "killed")),
        (
            "Hamas said 30 martyrs were buried on Friday.",
            ("casualty", "30 martyrs", 30, 30, "killed"),
        ),
        ("Rebels buried their 14 martyrs.", ("casualty", "14 martyrs", 14, 14, "killed")),
        ("The shelling claimed 7 martyrs.", ("casualty", "7 martyrs", 7, 7, "killed")),
        (
            "The agency reported the martyrdom of 5 civilians.",
            ("casualty", "5 civilians", 5, 5, "killed"),
        ),
    ],
)
def test_martyrs_are_the_dead(text: str, expected: Figure) -> None:
    assert figures(text) == [expected]


def test_a_martyrs_brigade_is_a_name() -> None:
    assert figures("The Martyrs Brigade has 300 fighters.") == [
        ("troops", "300 fighters", 300, 300, None)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ten children among 30 dead in strike", ("casualty", "Ten children", 10, 10, "killed")),
        (
            "Two Britons among 38 killed in Tunisia attack",
            ("casualty", "Two Britons", 2, 2, "killed"),
        ),
        ("Five soldiers among 20 hurt in blast", ("casualty", "Five soldiers", 5, 5, "wounded")),
        (
            "Two Americans among victims of Kabul attack",
            ("casualty", "Two Americans", 2, 2, "killed"),
        ),
        (
            "Three nurses among dozens injured in hospital fire",
            ("casualty", "Three nurses", 3, 3, "wounded"),
        ),
    ],
)
def test_headline_part_among_the_harmed(text: str, expected: Figure) -> None:
    assert figures(text)[0] == expected


def test_things_among_others_harmed_are_no_casualties() -> None:
    assert figures("Three schools among 20 buildings hit") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Approximately 3,000 National Guard members were deployed.",
            ("Approximately 3,000 National Guard members", "troops"),
        ),
        ("The governor sent 500 Guard members to the border.", ("500 Guard members", "troops")),
        (
            "About 1,500 Revolutionary Guard members are in Syria.",
            ("About 1,500 Revolutionary Guard members", "troops"),
        ),
        (
            "Roughly 700 service people will deploy in May.",
            ("Roughly 700 service people", "troops"),
        ),
        (
            "The state activated 2,000 more National Guard members on Friday.",
            ("2,000 more National Guard members", "troops"),
        ),
    ],
)
def test_guard_members_and_service_people_are_a_force(text: str, expected: tuple[str, str]) -> None:
    assert [(span, unit) for span, unit, _ in troops_units(text)] == [expected]


def test_members_of_a_club_are_no_force() -> None:
    assert troops_units("The club has 300 members.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebel strength was estimated at 7,000.", "7,000"),
        ("Militant numbers rose to 3,000.", "3,000"),
        ("Insurgent strength is put at 20,000.", "20,000"),
        ("Rebel numbers have fallen to about 1,000.", "about 1,000"),
        ("Jihadist ranks have grown to 15,000 in the province.", "15,000"),
    ],
)
def test_size_of_a_group_named_by_its_singular_word(text: str, expected: str) -> None:
    assert troops_units(text) == [(expected, "fighters", "figure.troops.force_number")]


@pytest.mark.parametrize(
    "text",
    ["Rebel numbers were small in 2014.", "Rebel strength is 10 times what it was."],
)
def test_group_size_words_without_a_size(text: str) -> None:
    assert troops_units(text) == []


def test_a_headline_part_among_the_harmed_in_capitals() -> None:
    # the headline rule reads "among" in any case, as its pattern does
    for text in (
        "TWO BRITONS AMONG 38 KILLED IN KABUL BLAST",
        "Two Britons Among 38 Killed In Kabul Blast",
    ):
        rules = {claim.text: claim.rule for claim in detect(text)}
        assert rules[text.split(" AMONG")[0].split(" Among")[0]] == (
            "figure.casualty.among_the_harmed_after"
        )


def test_or_so_called_is_no_qualifier() -> None:
    # "30 or so rebels" is about 30; "30 or so-called rebels" is no figure with "or so"
    claims = detect("Police said 30 or so-called rebels were killed.")
    assert all("or so" not in claim.text for claim in claims if claim.kind == KIND_CASUALTY)
    about = [c for c in detect("Police said 30 or so rebels were killed.") if c.value]
    assert [(c.text, c.value.qualifier.value) for c in about] == [("30 or so rebels", "about")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("THE DEAD INCLUDED TWO SOLDIERS", "TWO SOLDIERS"),
        ("The Dead Included Two Soldiers", "Two Soldiers"),
        ("CASUALTIES INCLUDED 12 CHILDREN", "12 CHILDREN"),
        ("AMONG THE WOUNDED WERE THREE NURSES", "THREE NURSES"),
        ("VICTIMS INCLUDE 4 POLICEMEN", "4 POLICEMEN"),
    ],
)
def test_a_list_of_the_harmed_in_capitals(text: str, expected: str) -> None:
    # the list's cheap test reads its words in any case, as its pattern does
    rules = {claim.text: claim.rule for claim in detect(text)}
    assert rules[expected] == "figure.casualty.among_the_harmed"


def test_forty_odd_needs_its_hyphen() -> None:
    # "40-odd" is about 40; "40 odd" is no qualifier
    about = [c for c in detect("Police said 40-odd rebels were killed.") if c.value]
    assert [(c.text, c.value.qualifier.value) for c in about] == [("40-odd rebels", "about")]
    plain = detect("Police said 40 odd rebels were killed.")
    assert all("odd" not in claim.text.split()[0] for claim in plain)


@pytest.mark.parametrize(
    "text",
    [
        "Troop numbers rose by 30 percent.",
        "The number of soldiers fell by 12 per cent last year.",
        "Rebel strength dropped to 40 percent of its peak.",
        "US troop levels were cut by 25 percent.",
        "The number of troops in the region grew by 15 per cent.",
    ],
)
def test_a_share_of_a_force_is_no_size(text: str) -> None:
    # a percentage of a force's number is a share or a change, not a count (guideline §2)
    assert troops_units(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 30 dead included ten children.", ("ten children", "killed")),
        ("The 12 wounded include two policemen.", ("two policemen", "wounded")),
        ("Those 45 killed included 20 soldiers.", ("20 soldiers", "killed")),
        ("The 9 injured were 5 women.", ("5 women", "wounded")),
        ("The 1,400 dead included 300 civilians.", ("300 civilians", "killed")),
    ],
)
def test_a_counted_list_of_the_harmed(text: str, expected: tuple[str, str]) -> None:
    # guideline §1, subsets are separate claims: the list's own figure leaves its part typed
    parts = {
        c.text: c.value.casualty_type.value
        for c in detect(text)
        if c.kind == KIND_CASUALTY and c.value and c.value.casualty_type
    }
    assert parts[expected[0]] == expected[1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He commands 50,000 men.", "50,000 men"),
        ("The warlord leads some 3,000 men.", "some 3,000 men"),
        ("A general commanding about 20,000 men crossed the river.", "about 20,000 men"),
        ("The colonel led 1,200 men into the city.", "1,200 men"),
        ("He commanded more than 10,000 men in the war.", "more than 10,000 men"),
    ],
)
def test_the_men_a_commander_leads_are_a_force(text: str, expected: str) -> None:
    # guideline §2: "men (of a force)"; a commander's men are his force
    assert troops_units(text) == [(expected, "troops", "figure.troops.force_noun")]


@pytest.mark.parametrize(
    "text", ["The factory employs 500 men.", "The commander led 50 men on patrol."]
)
def test_men_without_a_commander_or_a_handful_led(text: str) -> None:
    assert troops_units(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "One in five residents was displaced.",
        "One in three soldiers was wounded.",
        "1 in 4 children in the camp were injured.",
        "One out of every ten civilians was killed.",
        "One in every 20 villagers fled.",
    ],
)
def test_the_base_of_a_rate_is_no_count(text: str) -> None:
    # "one in five" gives a rate, not five people (guideline §1 counts stated numbers)
    assert [c.text for c in detect(text) if c.kind == KIND_CASUALTY] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Killed: 45; wounded: 120.", ("120", "wounded")),
        ("Dead — 12.", ("12", "killed")),
        ("Deaths – 250 this year.", ("250", "killed")),
        ("The tally read killed: 8, missing: 5.", ("5", "missing")),
        ("The town's losses: dead, 12; injured: 30.", ("30", "wounded")),
        ("Figures released on Monday: wounded – 64.", ("64", "wounded")),
    ],
)
def test_a_figure_labelled_by_its_harm_in_a_list(text: str, expected: tuple[str, str]) -> None:
    # guideline §1: a list or table gives the harm as the figure's label, with no verb
    found = {
        c.text: c.value.casualty_type.value
        for c in detect(text)
        if c.kind == KIND_CASUALTY and c.value and c.value.casualty_type
    }
    assert found[expected[0]] == expected[1]


def test_a_dash_before_a_clause_leaves_the_clause_its_predicate() -> None:
    # "casualties – 21 people were killed": the dash opens a clause with its own verb
    found = [
        (c.text, c.value.casualty_type.value)
        for c in detect("The blast caused casualties – 21 people were killed.")
        if c.kind == KIND_CASUALTY and c.value and c.value.casualty_type
    ]
    assert found == [("21 people", "killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The blast killed 45 people, of whom 12 were children.", ("12", "children", "killed")),
        ("The raid left 30 dead, of whom 8 were women.", ("8", "women", "killed")),
        ("At least 60 people were wounded, of them 20 were police.", ("20", "people", "wounded")),
        ("The fire killed 14 workers; of those, 5 were migrants.", ("5", "people", "killed")),
        (
            "Some 200 people were displaced, of whom about 80 were children.",
            ("about 80", "children", "displaced"),
        ),
    ],
)
def test_a_part_after_a_partitive_pronoun(text: str, expected: tuple[str, str, str]) -> None:
    # guideline §1, subsets are separate claims: "of whom 12 were children" as "12 of whom"
    parts = [
        (c.text, c.value.unit, c.value.casualty_type.value)
        for c in detect(text)
        if c.kind == KIND_CASUALTY and c.value and c.value.casualty_type
    ]
    assert parts[-1] == expected


def test_a_part_of_people_unharmed_is_no_casualty() -> None:
    assert detect("The village has 300 people, of whom 12 are doctors.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An army 300,000 strong invaded the country.", ("300,000", "troops")),
        ("A force 5,000 strong crossed the border.", ("5,000", "troops")),
        ("Rebels 3,000 strong attacked the base.", ("3,000", "fighters")),
        ("Troops 40,000 strong massed on the border.", ("40,000", "troops")),
        ("A brigade 4,000 strong moved north.", ("4,000", "troops")),
    ],
)
def test_a_force_so_many_strong_before_its_verb(text: str, expected: tuple[str, str]) -> None:
    # guideline §2's "-strong force" unhyphened after the force noun, the clause going on
    assert troops_units(text) == [(*expected, "figure.troops.strong_after")]


@pytest.mark.parametrize("text", ["They fired 300 strong rounds.", "A wind 40 strong blew."])
def test_strong_after_no_force_is_no_size(text: str) -> None:
    assert troops_units(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The deployment numbered in the low hundreds.", "low hundreds"),
        ("The mobilisation will total 300,000.", "300,000"),
        ("The number in the new deployment will rise to 5,000.", "5,000"),
        ("The deployment's strength is now 4,000.", "4,000"),
        ("The new deployments will total about 2,500.", "about 2,500"),
    ],
)
def test_the_number_of_a_deployment_is_a_force_size(text: str, expected: str) -> None:
    # guideline §2: a force deployed or raised, named by its deployment or mobilisation
    assert troops_units(text) == [(expected, "troops", "figure.troops.force_number")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least 40 people (including 12 children) were killed.",
            ("At least 40 people", "killed"),
        ),
        # (the qualifier after the bracket is the figure's: guideline §2)
        ("Civilians (at least 40) were killed.", ("at least 40", "killed")),
        (
            "Some 25 soldiers (most of them conscripts) died in the attack.",
            ("Some 25 soldiers", "killed"),
        ),
        ("Dozens of villagers (mainly women) fled the area.", ("Dozens of villagers", "displaced")),
        (
            "More than 300 civilians (according to the UN) have been killed.",
            ("More than 300 civilians", "killed"),
        ),
        ("Nine people (four of them police officers) were wounded.", ("Nine people", "wounded")),
    ],
)
def test_a_bracketed_aside_before_the_predicate(text: str, expected: tuple[str, str]) -> None:
    # guideline §1: the predicate of the figure's own clause, past brackets around an aside
    found = [
        (c.text, c.value.casualty_type.value)
        for c in detect(text)
        if c.kind == KIND_CASUALTY and c.value and c.value.casualty_type
    ]
    assert found[0] == expected


def test_a_bracketed_aside_leaves_unharmed_people_alone() -> None:
    assert detect("The company (founded in 1990) employs 300 people.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nearly 1,000 Americans are deployed in Syria.", "Nearly 1,000 Americans"),
        ("Some 500 Britons remain stationed in Estonia.", "Some 500 Britons"),
        ("About 2,000 Russians were deployed to Syria.", "About 2,000 Russians"),
        ("Around 4,000 Turks are currently stationed in Qatar.", "Around 4,000 Turks"),
        ("More than 300 Germans will be deployed to Lithuania.", "More than 300 Germans"),
    ],
)
def test_a_nations_people_deployed_are_its_troops(text: str, expected: str) -> None:
    # guideline §2: personnel deployed or stationed, named by their nation
    assert troops_units(text) == [(expected, "troops", "figure.troops.force_noun")]


@pytest.mark.parametrize(
    "text",
    [
        "About 1,000 Americans were based in the city as aid workers.",
        "Some 200 Britons live in the town.",
    ],
)
def test_a_nations_people_not_deployed_are_no_force(text: str) -> None:
    assert troops_units(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The army said its troops had "neutralised" 130 militants.', ["130 militants"]),
        (
            "The ministry said soldiers “eliminated” 45 terrorists near the border.",
            ["45 terrorists"],
        ),
        (
            'State television said the air force had "liquidated" dozens of insurgents.',
            ["dozens of insurgents"],
        ),
        ('Rebels said they had "wiped out" 40 soldiers in the ambush.', ["40 soldiers"]),
        ("A spokesman said police had “neutralized” seven gunmen overnight.", ["seven gunmen"]),
        # near misses: a quoted verb of no harm, a quoted thing destroyed
        ('The army said it had "welcomed" 130 militants who laid down their arms.', []),
        ('Officials said the strikes had "neutralised" three rocket launchers.', []),
    ],
)
def test_a_scare_quoted_killing_verb_types_its_figure(text: str, expected: list[str]) -> None:
    # guideline §1: the predicate of the figure's own clause decides, quoted or not
    assert _casualties_of_type(text, CasualtyType.KILLED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Of the 19 injured, four were flown to a burns unit.", "19 injured"),
        ("Doctors said the 40 wounded were taken to the main hospital.", "40 wounded"),
        ("Medics put the toll at 27 dead and more than 70 wounded.", "more than 70 wounded"),
        ("Three dead, 19 hurt in blast at fertiliser plant", "19 hurt"),
        ("The clinic counted 12 dead, 35 injured after the shelling.", "35 injured"),
        ("Those 60 wounded needed surgery, the charity said.", "60 wounded"),
        # near misses: "wounded" a predicate, or a complement after "left"
        ("Four soldiers were killed and 15 wounded in the ambush.", "15"),
        ("The bombings, which left 21 dead and almost 200 injured, shook the city.", "almost 200"),
        ("A blast left three people dead and six wounded.", "six"),
    ],
)
def test_wounded_after_a_determiner_or_a_count_of_dead_is_the_head(
    text: str, expected: str
) -> None:
    # guideline §1: the minimal NP; "N dead" and "the N wounded" name the harmed
    found = [
        c.text
        for c in detect(text)
        if c.kind == KIND_CASUALTY and c.value and c.value.casualty_type == CasualtyType.WOUNDED
    ]
    assert expected in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Province | Killed | Injured\nNorth | 12 | 40\nSouth | 3 | 9\n",
            [("12", "killed"), ("40", "wounded"), ("3", "killed"), ("9", "wounded")],
        ),
        (
            "District\tDead\tMissing\nKalehe\t31\t118\n",
            [("31", "killed"), ("118", "missing")],
        ),
        (
            "| Camp | Displaced |\n| Rhoe | 24,500 |\n| Plaine Savo | 11,200 |\n",
            [("24,500", "displaced"), ("11,200", "displaced")],
        ),
        (
            "Date | Attacks | Deaths\n3 May | 4 | 17\nTotal | 9 | 41\n",
            [("17", "killed"), ("41", "killed")],
        ),
        (
            "Village | Abducted | Wounded\nKuriga | 287 | 6\n\nThe army said it had deployed.",
            [("287", "captured"), ("6", "wounded")],
        ),
        # near misses: no harm in the header, a row of another shape, no table at all
        ("Quarter | Revenue | Profit\nQ1 | 120 | 14\nQ2 | 135 | 19\n", []),
        ("Region | Killed | Injured\nEast | 12\n", []),
        ("The clinic | open daily | 24 beds\n", []),
    ],
)
def test_a_tables_cells_count_the_harm_of_their_column(
    text: str, expected: list[tuple[str, str]]
) -> None:
    # guideline §0: every mention; §1: a figure without head noun is the figure alone
    assert _typed_casualties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We have approximately 2,500 troops in Iraq and about 900 in Syria.", "about 900"),
        ("France keeps 1,500 soldiers in Chad and 600 in Djibouti.", "600"),
        ("The army has 5,000 troops in the north and 2,000 in the Kivu provinces.", "2,000"),
        ("Britain deployed 800 troops to Estonia in May and 150 in Poland.", "150"),
        (
            "The rebels have some 3,000 fighters in Ituri and at least 1,000 in Tshopo.",
            "at least 1,000",
        ),
        # in reserve, on duty, a point of the compass; "a further" or "another"
        ("It wants 180,000 soldiers on active duty and a further 60,000 in reserve.", "60,000"),
        ("The army keeps 4,000 troops in the east and another 1,000 on duty.", "1,000"),
        # near misses: a year after "and", a figure that says no place
        ("He commanded 400 troops in 2014 and 2015 in Helmand.", None),
        ("The army has 5,000 troops in the north and 200 tanks.", None),
    ],
)
def test_a_bare_figure_placed_after_a_force_is_that_force(text: str, expected: str | None) -> None:
    # guideline §2: a force's size; §1: no head noun, the figure alone
    found = [c.text for c in detect(text) if c.kind == "troops"]
    assert found[1:] == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Guyana's Defence Force has around 4,000 soldiers, sailors and airmen.",
            "around 4,000 soldiers, sailors and airmen",
        ),
        (
            "About 1,200 soldiers, marines and sailors took part in the drill.",
            "About 1,200 soldiers, marines and sailors",
        ),
        (
            "The junta sent 300 troops, paratroopers, and militiamen to the town.",
            "300 troops, paratroopers, and militiamen",
        ),
        (
            "Some 2,000 rebels, mercenaries and jihadists hold the valley.",
            "Some 2,000 rebels, mercenaries and jihadists",
        ),
        (
            "The brigade has 3,000 paratroopers, commandos and reservists.",
            "3,000 paratroopers, commandos and reservists",
        ),
        # near misses: unarmed people in the list, a comma before other words
        (
            "The mission has 900 peacekeepers, doctors and marines.",
            "900 peacekeepers",
        ),
        ("The force has 500 soldiers, marines and civilians.", "500 soldiers"),
        ("Some 800 troops, officials said, have crossed the river.", "Some 800 troops"),
    ],
)
def test_a_list_of_armed_heads_stays_one_span(text: str, expected: str) -> None:
    # guideline §1, §2: coordinated heads stay in one span
    assert [c.text for c in detect(text) if c.kind == "troops"] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ACLED has recorded more than 6,000 deaths since 2017, including over 2,500 civilians.",
            "over 2,500 civilians",
        ),
        ("The war killed 6,000 people since 2017, including 2,500 civilians.", "2,500 civilians"),
        ("Twelve people were killed in March 2024, among them four nurses.", "four nurses"),
        (
            "At least 91 people have now been killed in Tawila since dawn, among them 23 children.",
            "23 children",
        ),
        ("Forty people have also been wounded in the city, including six medics.", "six medics"),
        (
            "Eight soldiers were reportedly killed near Kidal, including two officers.",
            "two officers",
        ),
        # near miss: things after the connector count no one
        ("The army has lost 300 soldiers since 2014, including 12 helicopters.", "300 soldiers"),
    ],
)
def test_a_subset_after_a_dated_or_adverbed_predicate_shares_it(text: str, expected: str) -> None:
    # guideline §1: subsets are separate claims, with the harm of the figure they part
    found = [
        c.text
        for c in detect(text)
        if c.kind == KIND_CASUALTY and c.value and c.value.casualty_type
    ]
    assert found[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The army is backed by an estimated 50,000 members of the Volunteers for the "
            "Defence of the Homeland (VDP), a civilian militia.",
            ["an estimated 50,000 members"],
        ),
        (
            "The Bolivarian Militia, which the government says has four million members, "
            "paraded in Caracas.",
            ["four million members"],
        ),
        ("The militia has 4,000 members, its commander said.", ["4,000 members"]),
        (
            "Kataib Hezbollah, a powerful Iraqi militia, numbers some 10,000 members.",
            ["some 10,000 members"],
        ),
        (
            "The front brings together 6,000 members of the Kachin Independence Army, "
            "an ethnic rebel group.",
            ["6,000 members"],
        ),
        # near misses: a party's members, a small cell
        ("The party, which has 4,000 members, backs the rebels.", []),
        ("The militia has 12 members in the village council.", []),
    ],
)
def test_members_of_an_armed_group_size_it(text: str, expected: list[str]) -> None:
    # guideline §2: a force's size; militia and rebels are fighters
    assert [c.text for c in detect(text) if c.kind == "troops"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In July 2021 Kagame sent 1,000 soldiers\nand police to Cabo Delgado.",
            [("1,000 soldiers\nand police", "security_forces")],
        ),
        (
            "Some 350,000 Afghan soldiers\nand policemen guard the country.",
            [("Some 350,000 Afghan soldiers\nand policemen", "security_forces")],
        ),
        (
            "The junta sent 600 troops and\ngendarmes to the north.",
            [("600 troops and\ngendarmes", "security_forces")],
        ),
        (
            "About 2,000 marines\nand police officers were sent to the port.",
            [("About 2,000 marines\nand police officers", "security_forces")],
        ),
        (
            "Kenya will send 1,000 soldiers \nand police to Haiti.",
            [("1,000 soldiers \nand police", "security_forces")],
        ),
        # near miss: police alone, sent to no deployment, stay out
        ("Some 3,000 policemen\nand traffic wardens were on duty at the match.", []),
    ],
)
def test_army_and_police_across_a_line_wrap_are_security_forces(
    text: str, expected: list[tuple[str, str]]
) -> None:
    # guideline §0: hard line wraps; §2 table: mixed police and army are security forces
    found = [
        (c.text, c.value.unit) for c in detect(text) if c.kind == "troops" and c.value is not None
    ]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army has 12 armoured vehicles in the area, and at least four were destroyed.", []),
        ("Of the 24 jets bought from Russia, perhaps eight were lost in crashes.", []),
        ("The battalion fielded 30 tanks, and 11 were destroyed by drones.", []),
        ("Rebels seized 40 pickup trucks; around 15 have been destroyed since.", []),
        ("The navy had six patrol boats, of which two were lost in the storm.", []),
        # near misses: the earlier figure counts people, or there is none
        ("Some 80 fighters attacked the base and 40 were destroyed.", ["40"]),
        ("Ten people were killed and four were destroyed by the blast.", ["Ten people", "four"]),
    ],
)
def test_a_bare_figure_destroyed_after_a_count_of_things_counts_no_one(
    text: str, expected: list[str]
) -> None:
    # guideline §1: counts of vehicles, aircraft and weapons are not casualties
    assert [c.text for c in detect(text) if c.kind == KIND_CASUALTY] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "More than 40 service members have been evaluated for injuries after the attack.",
            ["More than 40 service members"],
        ),
        ("Some 30 soldiers were assessed for injuries after the blast.", ["Some 30 soldiers"]),
        ("Twelve miners were examined for injuries at the pithead.", ["Twelve miners"]),
        ("About 60 passengers were screened for injuries at the station.", ["About 60 passengers"]),
        ("Eight marines were treated for wounds on the ship.", ["Eight marines"]),
        # near miss: checked for something that is no harm
        ("About 200 recruits were evaluated for fitness.", []),
    ],
)
def test_people_checked_for_injuries_are_wounded(text: str, expected: list[str]) -> None:
    # guideline §1: wounded, injured, hurt - people evaluated or treated for injuries
    assert _casualties_of_type(text, CasualtyType.WOUNDED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kagame sent 1,000 soldiers to the province, later raised to about 2,500.",
            ["1,000 soldiers", "about 2,500"],
        ),
        (
            "The mission began with 800 troops, boosted to 1,400 after the attacks.",
            ["800 troops", "1,400"],
        ),
        (
            "France deployed 3,000 soldiers in 2013, expanded to 5,100 a year later.",
            ["3,000 soldiers", "5,100"],
        ),
        (
            "The contingent of 600 peacekeepers was raised from 450 in March.",
            ["600 peacekeepers", "450"],
        ),
        (
            "Some 2,000 marines are on the island, a number expanded to 2,600 this year.",
            ["Some 2,000 marines", "2,600"],
        ),
        # near miss: a figure raised that counts money, not the force
        ("The army sent 1,000 soldiers; the budget was raised to 5 percent.", ["1,000 soldiers"]),
    ],
)
def test_a_force_raised_to_a_bare_figure_is_sized_again(text: str, expected: list[str]) -> None:
    # guideline §2: a force's size, compared with the size the sentence gives
    assert [c.text for c in detect(text) if c.kind == "troops"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The army said its troops had "neutralised" some 60 assailants in the fighting.',
            [("some 60 assailants", "fighters", "killed")],
        ),
        (
            "Police killed three assailants outside the embassy.",
            [("three assailants", "fighters", "killed")],
        ),
        (
            "At least 12 assailants were killed in the counter-attack.",
            [("At least 12 assailants", "fighters", "killed")],
        ),
        (
            "Guards shot dead four assailants at the gate.",
            [("four assailants", "fighters", "killed")],
        ),
        ("Two assailants were wounded and arrested.", [("Two assailants", "fighters", "wounded")]),
        # near miss: the assailants attack, no one of them is harmed
        ("Some 40 assailants on motorbikes attacked the base.", []),
    ],
)
def test_assailants_harmed_are_counted_as_fighters(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    # guideline §1 (killed, wounded), §2 table: the non-state attackers are fighters
    found = [
        (c.text, c.value.unit, c.value.casualty_type.value)
        for c in detect(text)
        if c.kind == KIND_CASUALTY and c.value and c.value.casualty_type
    ]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two of them remained in critical condition on Wednesday.", ["Two of them"]),
        ("Five people were in critical condition after the blast.", ["Five people"]),
        ("Three miners are in a serious condition in hospital.", ["Three miners"]),
        (
            "At least 11 children remain in critical condition, doctors said.",
            ["At least 11 children"],
        ),
        ("Four firefighters were in serious condition on Sunday night.", ["Four firefighters"]),
        # near miss: a condition of no person
        ("The economy remained in critical condition for 12 months.", []),
    ],
)
def test_people_in_critical_condition_are_wounded(text: str, expected: list[str]) -> None:
    # guideline §1: wounded, injured, hurt - a patient's state names them
    assert _casualties_of_type(text, CasualtyType.WOUNDED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The hospital received more than 300 war-wounded patients in two weeks.",
            ["more than 300 war-wounded patients"],
        ),
        ("The ward now holds 45 blast-injured civilians.", ["45 blast-injured civilians"]),
        (
            "Medics reached some 20 shrapnel-wounded villagers.",
            ["some 20 shrapnel-wounded villagers"],
        ),
        ("Among the patients are 12 war-injured children.", ["12 war-injured children"]),
        (
            "The clinic has seen 60 bullet-wounded fighters since May.",
            ["60 bullet-wounded fighters"],
        ),
        # near miss: a hyphened modifier that harms no one
        ("Some 40 battle-hardened troops arrived at the base.", []),
    ],
)
def test_a_hyphened_harm_modifier_counts_the_wounded(text: str, expected: list[str]) -> None:
    # guideline §1: wounded, injured - "war-wounded patients" as "wounded patients"
    assert _casualties_of_type(text, CasualtyType.WOUNDED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The government plans to raise the size of the army to 500,000.", ["500,000"]),
        ("The size of the rebel force is put at 3,000.", ["3,000"]),
        ("Officials want to cut the size of the garrison to 1,200 by June.", ["1,200"]),
        ("Plans put the size of the brigade at about 4,000.", ["about 4,000"]),
        ("They estimate the size of the militia at around 15,000.", ["around 15,000"]),
        # near misses: the size of a crowd or a firm
        ("The size of the crowd grew to 5,000.", []),
        ("The firm will double its size to 500 employees.", []),
    ],
)
def test_the_size_of_a_force_given_as_a_bare_figure(text: str, expected: list[str]) -> None:
    # guideline §2: a stated number of personnel that make up a force
    assert [c.text for c in detect(text) if c.kind == "troops"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Eight of them were medically evacuated from Jordan to Baghdad.",
            [("Eight of them", "wounded")],
        ),
        ("Two soldiers were medevaced to Germany overnight.", [("Two soldiers", "wounded")]),
        ("Five marines were airlifted to hospital in Djibouti.", [("Five marines", "wounded")]),
        (
            "Three climbers were flown to hospital after the avalanche.",
            [("Three climbers", "wounded")],
        ),
        (
            "At least 14 workers were medically evacuated by helicopter.",
            [("At least 14 workers", "wounded")],
        ),
        # near miss: evacuated from a place are displaced, not wounded
        ("Some 300 residents were evacuated from the town.", [("Some 300 residents", "displaced")]),
    ],
)
def test_people_medically_evacuated_are_wounded(text: str, expected: list[tuple[str, str]]) -> None:
    # guideline §1: wounded - taken away for treatment
    assert _typed_casualties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "GHANBATT 94, an infantry battalion of 720 officers and men, will deploy to Lebanon.",
            ["720 officers and men"],
        ),
        (
            "The regiment of some 1,100 officers and men left for the front.",
            ["some 1,100 officers and men"],
        ),
        ("Nigeria sent a contingent of 850 officers and men to Mali.", ["850 officers and men"]),
        ("The army flew in about 200 officers and men overnight.", ["about 200 officers and men"]),
        (
            "The brigade, 3,000 officers and men strong, crossed the river.",
            ["3,000 officers and men"],
        ),
        # near miss: no force in the sentence
        ("The club has 300 officers and men on its books.", []),
    ],
)
def test_officers_and_men_of_a_force_are_troops(text: str, expected: list[str]) -> None:
    # guideline §2: men of a force; "officers and men" is a unit's whole strength
    assert [c.text for c in detect(text) if c.kind == "troops"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ghana will send a 110-strong engineering company to South Sudan.",
            ["110-strong engineering company"],
        ),
        ("A 30-strong platoon of marines landed at dawn.", ["30-strong platoon"]),
        ("A 120-strong rifle company patrols the border.", ["120-strong rifle company"]),
        ("The 90-strong artillery battery moved north.", ["90-strong artillery battery"]),
        (
            "Britain keeps a 40-strong reconnaissance squadron in Mali.",
            ["40-strong reconnaissance squadron"],
        ),
        # near misses: a firm, a choir
        ("A 500-strong insurance company was sold last year.", []),
        ("The 60-strong choir sang at the base.", []),
    ],
)
def test_a_strong_small_unit_is_a_force(text: str, expected: list[str]) -> None:
    # guideline §2: a "-strong" force; a company or battery of a military branch
    assert [c.text for c in detect(text) if c.kind == "troops"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ghana sends an engineering company and 20 staff officers to the UN mission.",
            ["20 staff officers"],
        ),
        ("The UN has 150 military observers along the ceasefire line.", ["150 military observers"]),
        ("Some 300 army officers were posted to the border districts.", ["Some 300 army officers"]),
        ("About 40 military officers will train the new brigade.", ["About 40 military officers"]),
        ("France keeps 12 staff officers at the mission headquarters.", ["12 staff officers"]),
        # near miss: officers of a firm or of the police, no force
        ("The bank hired 20 loan officers last year.", []),
    ],
)
def test_military_and_staff_officers_are_troops(text: str, expected: list[str]) -> None:
    # guideline §2: military personnel (state military: troops)
    assert [c.text for c in detect(text) if c.kind == "troops"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tower 22 houses approximately 350 U.S. Army and Air Force personnel.",
            ["approximately 350 U.S. Army and Air Force personnel"],
        ),
        (
            "The base hosts about 1,200 Royal Air Force and British Army personnel.",
            ["about 1,200 Royal Air Force and British Army personnel"],
        ),
        (
            "Some 600 Army and Air National Guard troops were deployed.",
            ["Some 600 Army and Air National Guard troops"],
        ),
        (
            "Nearly 900 French Army and French Navy soldiers took part.",
            ["Nearly 900 French Army and French Navy soldiers"],
        ),
        (
            "At least 250 Navy and Coast Guard personnel arrived.",
            ["At least 250 Navy and Coast Guard personnel"],
        ),
        # near miss: names joined by "and" before no head noun
        ("He visited 20 Army and Air Force bases last year.", []),
    ],
)
def test_two_named_forces_before_a_head_stay_in_its_phrase(text: str, expected: list[str]) -> None:
    # guideline §2: figure + pre-nominal modifiers + head noun
    assert [c.text for c in detect(text) if c.kind == "troops"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Amina, 38, fled with her five children to a camp outside Metuge.", ["five children"]),
        ("He fled with his two sons to Chad.", ["two sons"]),
        ("Villagers said the chief fled with his 40 relatives across the river.", ["40 relatives"]),
        ("Families fleeing with their three children crowded the road.", ["three children"]),
        ("She escaped with her four daughters through the forest.", ["four daughters"]),
        # near miss: things taken along are no one
        ("She fled with her two suitcases and a radio.", []),
    ],
)
def test_people_a_fleeing_person_takes_along_are_displaced(text: str, expected: list[str]) -> None:
    # guideline §1: displaced - the predicate of the figure's own clause decides
    assert _casualties_of_type(text, CasualtyType.DISPLACED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Researchers say 162,000 civilians died. Mediators have used a figure of 600,000.",
            "600,000",
        ),
        ("The UN said 400 civilians were killed. Others gave an estimate of 900.", "900"),
        ("At least 80 people were wounded. Medics cited a figure of 120.", "120"),
        ("Officials said 35 miners died. Unions gave a total of 41.", "41"),
        ("Some 3,000 people were displaced. Aid groups cited an estimate of 5,000.", "5,000"),
        # near miss: the number of other people, not the harmed counted before
        ("The UN said 400 civilians were killed. The number of refugees is 6,000.", None),
    ],
)
def test_a_figure_of_n_after_a_toll_gives_the_same_count(text: str, expected: str | None) -> None:
    # guideline §1: every mention; the number of the harmed named before, given again
    found = [c.text for c in detect(text) if c.kind == KIND_CASUALTY]
    assert found[1:] == ([expected] if expected else [])
