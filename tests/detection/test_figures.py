"""Casualty and troops spans, kinds and values (guideline §1, §2)."""

import pytest

from annotator.detection import detect
from annotator.domain import KIND_CASUALTY, KIND_TROOPS
from tests.helpers import figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # active casualty verb before the figure; post-head modifiers excluded
        (
            "An attack killed three members of a pro-government militia on Sunday.",
            [("casualty", "three members", 3, 3, "killed")],
        ),
        # predicate after the phrase, across a post-head of-phrase
        (
            "At least 14 members of the group were killed during the shelling.",
            [("casualty", "At least 14 members", 14, None, "killed")],
        ),
        # killed or wounded is its own type
        (
            "Iraq said its forces killed or wounded\n15,000 Iranian Revolutionary Guards.",
            [
                (
                    "casualty",
                    "15,000 Iranian Revolutionary Guards",
                    15000,
                    15000,
                    "killed_or_wounded",
                )
            ],
        ),
        # figure alone when there is no head noun
        (
            "29 soldiers were killed and 58\nwounded.",
            [("casualty", "29 soldiers", 29, 29, "killed"), ("casualty", "58", 58, 58, "wounded")],
        ),
        ("The SDF has lost at least 89.", [("casualty", "at least 89", 89, None, "killed")]),
        (
            "They killed 23 soldiers and injured another 15.",
            [("casualty", "23 soldiers", 23, 23, "killed"), ("casualty", "15", 15, 15, "wounded")],
        ),
        # subsets are separate claims sharing the predicate
        (
            "At least 15 civilians including three children have been killed.",
            [
                ("casualty", "At least 15 civilians", 15, None, "killed"),
                ("casualty", "three children", 3, 3, "killed"),
            ],
        ),
        # partitive quantity nouns keep their of-phrase
        (
            "Tens of thousands of Syrians displaced from Aleppo found refuge in Idlib.",
            [("casualty", "Tens of thousands of Syrians", 20000, 99999, "displaced")],
        ),
        (
            "The hospital treated nine of the victims.",
            [("casualty", "nine of the victims", 9, 9, "wounded")],
        ),
        # death toll phrase
        (
            "The death toll from the strikes has risen to 82 people including 58 civilians.",
            [
                ("casualty", "82 people", 82, 82, "killed"),
                ("casualty", "58 civilians", 58, 58, "killed"),
            ],
        ),
        ("438 Libyans were\ntaken prisoner.", [("casualty", "438 Libyans", 438, 438, "captured")]),
        ("The fire claimed 21 lives.", [("casualty", "21 lives", 21, 21, "killed")]),
        (
            "The Iranians had 15,000 casualties.",
            [("casualty", "15,000 casualties", 15000, 15000, "casualties")],
        ),
        # coordinated heads stay in one span
        (
            "Fighting killed at least 18 regime forces and allied fighters on Friday.",
            [("casualty", "at least 18 regime forces and allied fighters", 18, None, "killed")],
        ),
        # FA-KES: commas lost between two figures
        (
            "Russian forces kill 120 ISIS fighters over 60 foreign mercenaries in Syria.",
            [
                ("casualty", "120 ISIS fighters", 120, 120, "killed"),
                ("casualty", "over 60 foreign mercenaries", 60, None, "killed"),
            ],
        ),
        # all-caps wire headline
        (
            "REBEL AMBUSH KILLS 18 SOLDIERS IN PHILIPPINES",
            [("casualty", "18 SOLDIERS", 18, 18, "killed")],
        ),
    ],
)
def test_casualty_spans_and_values(text, expected) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Putin has amassed tens of thousands of troops at the border.",
            [("troops", "tens of thousands of troops", 20000, 99999, None)],
        ),
        (
            "The NDF command some 90000 fighters across Syria.",
            [("troops", "some 90000 fighters", 90000, 90000, None)],
        ),
        (
            "Troops routed a\n5,000-strong force near the base.",
            [("troops", "5,000-strong force", 5000, 5000, None)],
        ),
        (
            "A Libyan force of some 3,000 men was abandoning the oasis.",
            [("troops", "some 3,000 men", 3000, 3000, None)],
        ),
        (
            "They threaten the 80,000 plus US military personnel based in Japan.",
            [("troops", "80,000 plus US military personnel", 80000, None, None)],
        ),
        (
            "It boasts an army of 1,020,000 men, and a trained militia of over 5 million.",
            [
                ("troops", "1,020,000 men", 1020000, 1020000, None),
                ("troops", "over 5 million", 5000000, None, None),
            ],
        ),
        (
            "Four Iranian divisions were destroyed in the fighting.",
            [("troops", "Four Iranian divisions", 4, 4, None)],
        ),
        (
            "Guards deployed an additional 1,000 personnel to airports.",
            [("troops", "1,000 personnel", 1000, 1000, None)],
        ),
        (
            "Sources said hundreds living in camps have joined the branch.",
            [("troops", "hundreds", 200, 999, None)],
        ),
    ],
)
def test_troops(text, expected) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Observatory reported 26 airstrikes on Sunday.",
        "Six long-range Tu-22M3 bombers carried out strikes.",
        "Aleppo is still home to some 2 million people.",
        "The rally was attended by thousands of people.",
        "Nine of the Council's 15 members voted for the draft.",
        "Salomon, 52, was visiting his son.",
        "The front stretched for 15 kilometres (nine miles).",
        "Saturday 7 October 2017 Russian forces advanced.",
        "Several of those injured were brought to hospitals.",
        "Multiple soldiers were killed.",
        "A suicide bomber struck a bus.",
    ],
)
def test_not_figure_claims(text: str) -> None:
    assert figures(text) == []


def test_units_follow_the_head() -> None:
    units = {
        c.text: c.value.unit
        for c in detect("Strikes killed 58 civilians, 3 children, 12 women and 40 fighters.")
        if c.value
    }
    assert units == {
        "58 civilians": "civilians",
        "3 children": "children",
        "12 women": "women",
        "40 fighters": "fighters",
    }


def test_value_fields_for_vague_and_about() -> None:
    (claim,) = [c for c in detect("Rebels killed dozens of others.") if c.value]
    assert claim.text == "dozens of others"
    assert claim.value.qualifier == "vague"
    assert claim.value.approx is True


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Missiles hit the city, killing at least 14 people and wounding dozens more.",
            [
                ("casualty", "at least 14 people", 14, None, "killed"),
                ("casualty", "dozens more", 24, 99, "wounded"),
            ],
        ),
        (
            "The attack left 17 dead and 40 injured.",
            [("casualty", "17", 17, 17, "killed"), ("casualty", "40", 40, 40, "wounded")],
        ),
        ("Six people remain missing.", [("casualty", "Six people", 6, 6, "missing")]),
        (
            "Millions more have fled the country.",
            [("casualty", "Millions more", 2_000_000, 9_999_999, "displaced")],
        ),
        (
            "The Pentagon plans to send 3,000 more troops to the region.",
            [("troops", "3,000 more troops", 3000, 3000, None)],
        ),
        ("Police arrested 25 protesters and the rally drew 10,000 supporters.", []),
    ],
)
def test_other_styles(text, expected) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the event named as a noun governs the figure
        (
            "The group documented the killing of 5812 civilians including 1733 children.",
            [
                ("casualty", "5812 civilians", 5812, 5812, "killed"),
                ("casualty", "1733 children", 1733, 1733, "killed"),
            ],
        ),
        (
            "Police mourned the death of two Westerville police officers.",
            [("casualty", "two Westerville police officers", 2, 2, "killed")],
        ),
        (
            "Rescuers recovered the bodies of 35 Afghan forces.",
            [("casualty", "35 Afghan forces", 35, 35, "killed")],
        ),
        # a plural noun the head lists lack, after a verb about people
        (
            "The fighting claimed the lives of 129 loyalists.",
            [("casualty", "129 loyalists", 129, 129, "killed")],
        ),
        # "X were among N killed": the subsets share the predicate
        (
            "Two women and two children were among eight people killed.",
            [
                ("casualty", "Two women", 2, 2, "killed"),
                ("casualty", "two children", 2, 2, "killed"),
                ("casualty", "eight people", 8, 8, "killed"),
            ],
        ),
        # an age in apposition is not a figure
        ("Krystle Campbell, 29, who was killed in the blast, was mourned.", []),
        # verbs that also take things need a known head noun
        ("The jets destroyed 30 tankers in the port.", []),
        ("It was a death of one thousand cuts.", []),
        # a headline toll without its verb
        (
            "Death toll from Aleppo bomb attack at least 112.",
            [("casualty", "at least 112", 112, None, "killed")],
        ),
        ("The death toll from the attack was reported by 5 agencies.", []),
        # a subset after a place phrase
        (
            "Troops executed 48 people in a northern village, among them 10 children.",
            [
                ("casualty", "48 people", 48, 48, "killed"),
                ("casualty", "10 children", 10, 10, "killed"),
            ],
        ),
        # the last of a list of people after the verb
        (
            "The attack killed a nurse, a hospital employee and two soldiers.",
            [("casualty", "two soldiers", 2, 2, "killed")],
        ),
        (
            "The army sent a battalion, a brigade and 2,000 soldiers.",
            [("troops", "2,000 soldiers", 2000, 2000, None)],
        ),
        # "left N policemen dead": the noun phrase stops at its head
        (
            "The bombing left eight policemen dead.",
            [("casualty", "eight policemen", 8, 8, "killed")],
        ),
        # "N of them" after a casualty figure is a subset of it, with its type
        (
            "Rebel fire killed 1102 people said the Observatory adding that 234 of them "
            "were children.",
            [
                ("casualty", "1102 people", 1102, 1102, "killed"),
                ("casualty", "234 of them", 234, 234, "killed"),
            ],
        ),
        (
            "The blast wounded 40 villagers, 12 of whom were women.",
            [
                ("casualty", "40 villagers", 40, 40, "wounded"),
                ("casualty", "12 of whom", 12, 12, "wounded"),
            ],
        ),
        # without a casualty figure before it, "N of them" is no claim
        ("The ministry owns 40 buildings and 12 of them are empty.", []),
    ],
)
def test_generalising_rules(text, expected) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Four people were shot dead by gunmen.",
            [("casualty", "Four people", 4, 4, "killed")],
        ),
        (
            "Gunmen shot dead four police officers.",
            [("casualty", "four police officers", 4, 4, "killed")],
        ),
        (
            "Four people were shot and wounded.",
            [("casualty", "Four people", 4, 4, "wounded")],
        ),
        (
            "Militants beheaded three hostages.",
            [("casualty", "three hostages", 3, 3, "killed")],
        ),
    ],
)
def test_killings_named_by_their_manner(text, expected) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The strike killed 12, including five children.",
            [("casualty", "12", 12, 12, "killed"), ("casualty", "five children", 5, 5, "killed")],
        ),
        (
            "Six civilians including a child were among at least 22 people killed in strikes.",
            [
                ("casualty", "Six civilians", 6, 6, "killed"),
                ("casualty", "at least 22 people", 22, None, "killed"),
            ],
        ),
        # a number before a capitalised singular formation names a unit
        ("1 Mechanised Brigade is based at Basra.", []),
        ("16 Air Assault Brigade was sent to Estonia.", []),
        ("The army sent 2 brigades.", [("troops", "2 brigades", 2, 2, None)]),
    ],
)
def test_subsets_around_a_figure_and_unit_names(text, expected) -> None:
    assert figures(text) == expected


def test_a_relative_clause_after_a_place_belongs_to_the_place_phrase() -> None:
    text = (
        "The government would deploy 40,000 Iraqi troops in Baghdad in a crackdown on "
        "insurgents who have killed more than 600 Iraqis."
    )
    assert figures(text) == [
        ("troops", "40,000 Iraqi troops", 40000, 40000, None),
        ("casualty", "more than 600 Iraqis", 600, None, "killed"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The sniper killed six Taliban with one shot.",
            [("casualty", "six Taliban", 6, 6, "killed")],
        ),
        (
            "The lance corporal took down six insurgents with a single shot.",
            [("casualty", "six insurgents", 6, 6, "killed")],
        ),
        (
            "The rocket led to the killing of one person and the injury of 40 others.",
            [
                ("casualty", "one person", 1, 1, "killed"),
                ("casualty", "40 others", 40, 40, "wounded"),
            ],
        ),
        (
            "IS posted a video showing the murder of two Syrian activists.",
            [("casualty", "two Syrian activists", 2, 2, "killed")],
        ),
        # a time noun ends the noun phrase: "three weeks" counts no troops
        ("Within three weeks Kremlin troops had seized the peninsula.", []),
        (
            "The blast kills one person and injures fourteen others.",
            [
                ("casualty", "one person", 1, 1, "killed"),
                ("casualty", "fourteen others", 14, 14, "wounded"),
            ],
        ),
    ],
)
def test_more_ways_of_naming_the_dead_and_the_wounded(text, expected) -> None:
    assert figures(text) == expected


def test_a_bare_figure_sent_or_returning_counts_troops() -> None:
    text = (
        "Around 60,000 US troops are still deployed to the Middle East, even after 2,000 "
        "return from Iraq and as another 100 were sent to Syria."
    )
    assert [(k, t) for k, t, *_ in figures(text)] == [
        ("troops", "Around 60,000 US troops"),
        ("troops", "2,000"),
        ("troops", "100"),
    ]
    # without a force in the sentence a bare figure sent somewhere counts nothing
    assert figures("The ministry said 300 were sent home.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a captive noun is a casualty in itself, captured unless said to be dead
        (
            "All 20 living Israeli hostages were released in exchange for 250 Palestinian "
            "prisoners and 1,718 detainees from Gaza.",
            [
                ("casualty", "20 living Israeli hostages", 20, 20, "captured"),
                ("casualty", "250 Palestinian prisoners", 250, 250, "captured"),
                ("casualty", "1,718 detainees", 1718, 1718, "captured"),
            ],
        ),
        (
            "The coffin did not belong to one of the 13 deceased hostages still in Gaza.",
            [("casualty", "13 deceased hostages", 13, 13, "killed")],
        ),
        # a predicate still wins over the noun
        (
            "Twelve hostages were killed in the raid.",
            [("casualty", "Twelve hostages", 12, 12, "killed")],
        ),
        # "the bodies of the 13 …": the article between verb and figure
        (
            "Israel handed over bodies in exchange for the bodies of the 13 Israeli hostages.",
            [("casualty", "13 Israeli hostages", 13, 13, "killed")],
        ),
        # "IS" in capitals is the group in a noun phrase, not the verb
        (
            "At least 287 IS fighters among them 26 minors had been killed in the fight.",
            [
                ("casualty", "At least 287 IS fighters", 287, None, "killed"),
                ("casualty", "26 minors", 26, 26, "killed"),
            ],
        ),
        # "several dozen", "a few hundred" read as the vague quantities they stand for
        (
            "Another 120 soldiers and militiamen and several dozen Kurdish forces were "
            "also killed.",
            [
                ("casualty", "120 soldiers and militiamen", 120, 120, "killed"),
                ("casualty", "several dozen Kurdish forces", 24, 99, "killed"),
            ],
        ),
        (
            "A few hundred people fled the town.",
            [("casualty", "A few hundred people", 200, 999, "displaced")],
        ),
    ],
)
def test_captives_acronyms_and_loose_vague_quantities(text, expected) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a force's number changing: two figures, not a falling "range"
        (
            "The number of British servicemen will drop from 102,000 to 82,000 by 2020.",
            [("troops", "102,000", 102000, 102000, None), ("troops", "82,000", 82000, 82000, None)],
        ),
        (
            "The deployment of 1,500 more troops brings the number to an all-time high of 150,000.",
            [
                ("troops", "1,500 more troops", 1500, 1500, None),
                ("troops", "150,000", 150000, 150000, None),
            ],
        ),
        # the number of the dead is no force: a toll
        ("The number of soldiers killed rose to 40.", [("casualty", "40", 40, 40, "killed")]),
        # a subset after the figure's own predicate and a place
        (
            "He said 14 people were killed across the city, including three women.",
            [
                ("casualty", "14 people", 14, 14, "killed"),
                ("casualty", "three women", 3, 3, "killed"),
            ],
        ),
        # … or a time phrase
        (
            "The toll stands at more than 50 for this year alone, including nine British soldiers.",
            [
                ("casualty", "more than 50", 50, None, "killed"),
                ("casualty", "nine British soldiers", 9, 9, "killed"),
            ],
        ),
        (
            "The UN said 67 Israelis have been killed since the conflict began including three "
            "civilians.",
            [
                ("casualty", "67 Israelis", 67, 67, "killed"),
                ("casualty", "three civilians", 3, 3, "killed"),
            ],
        ),
        # a count of places inside the place phrase does not part the subset from its
        # figure: the soldiers were among the bodies
        (
            "He had counted 148 bodies in four different locations in the town, including "
            "12 government soldiers.",
            [
                ("casualty", "148 bodies", 148, 148, "killed"),
                ("casualty", "12 government soldiers", 12, 12, "killed"),
            ],
        ),
    ],
)
def test_force_numbers_and_subsets_after_a_predicate(text, expected) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aleppo bomb blast kills six Syrian state TV.", [("casualty", "six", 6, 6, "killed")]),
        ("Syria air strikes kill 32 Monitor AFP", [("casualty", "32", 32, 32, "killed")]),
        ("Rebel fire kills 14 State media AFP", [("casualty", "14", 14, 14, "killed")]),
    ],
)
def test_a_bare_figure_before_the_source_that_ends_a_headline(text, expected) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It brought the total number of members of the Russian forces killed in Syria to 18.",
            [("casualty", "18", 18, 18, "killed")],
        ),
        (
            "The number of Nato soldiers killed in attacks stands at more than 50 this year.",
            [("casualty", "more than 50", 50, None, "killed")],
        ),
        (
            "The raids brought the total number of militant casualties to over 300.",
            [("casualty", "over 300", 300, None, "casualties")],
        ),
        # a number of people not harmed is no toll
        ("The number of refugees in the camp rose to 4000.", []),
    ],
)
def test_the_number_of_people_killed_is_a_toll(text, expected) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of a group named by a pronoun keeps the pronoun
        (
            "The fighters had little cover - 50 of them died against nine Nigerian troops.",
            [("casualty", "50 of them", 50, 50, "killed")],
        ),
        (
            "Eight of them including a commander were kidnapped on Thursday.",
            [("casualty", "Eight of them", 8, 8, "captured")],
        ),
        (
            "Some 300 people were eating there, two of whom were among the dead.",
            [("casualty", "two of whom", 2, 2, "killed")],
        ),
        # "either" before the predicate, an ordinal in the head's from-phrase
        (
            "He wrote to the families of the two soldiers either killed or missing in the raid.",
            [("casualty", "two soldiers", 2, 2, "casualties")],
        ),
        (
            "Two soldiers from the 3rd Battalion were lured to their death by a traitor.",
            [("casualty", "Two soldiers", 2, 2, "killed")],
        ),
        # a plural noun of people the head lists lack
        (
            "Four suspected bomb makers were killed in the blast.",
            [("casualty", "Four suspected bomb makers", 4, 4, "killed")],
        ),
        ("In 2010 four islanders were killed.", [("casualty", "four islanders", 4, 4, "killed")]),
        # … not things, which are destroyed or seized too
        ("Two oil tankers were destroyed.", []),
        ("Two oil tankers were seized.", []),
    ],
)
def test_a_headless_figure_takes_its_predicate_across_what_heads_it(text, expected) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bombings, which left 21 dead and almost 200 injured, shocked the city.",
            [
                ("casualty", "21", 21, 21, "killed"),
                ("casualty", "almost 200", 200, 200, "wounded"),
            ],
        ),
        (
            "Clashes near Marea left scores of the terrorists dead from both sides.",
            [("casualty", "scores of the terrorists", 40, 99, "killed")],
        ),
        (
            "The crackdown went on, leaving at least five shot dead.",
            [("casualty", "at least five", 5, None, "killed")],
        ),
        (
            "Riots killed 20, including two police officers shot dead in an attack.",
            [
                ("casualty", "20", 20, 20, "killed"),
                ("casualty", "two police officers", 2, 2, "killed"),
            ],
        ),
        # without "left" the dead are counted as a noun; injuries always are
        ("Gaza says 41 dead from air strikes.", [("casualty", "41 dead", 41, 41, "killed")]),
        (
            "The hospital recorded four deaths and 55 injuries.",
            [
                ("casualty", "four deaths", 4, 4, "killed"),
                ("casualty", "55 injuries", 55, 55, "wounded"),
            ],
        ),
    ],
)
def test_dead_that_an_event_left_is_the_predicate_not_the_head(text, expected) -> None:
    assert figures(text) == expected


def test_a_bare_figure_before_an_attribution_whose_comma_was_stripped() -> None:
    text = "The bomber killed at least 25 soldiers and injured scores a monitor said."
    assert figures(text) == [
        ("casualty", "at least 25 soldiers", 25, None, "killed"),
        ("casualty", "scores", 40, 99, "wounded"),
    ]


def test_employees_and_officials_are_people_counted() -> None:
    text = "Scores of Syrian troops and state employees were killed after Palmyra fell."
    assert figures(text) == [
        ("casualty", "Scores of Syrian troops and state employees", 40, 99, "killed")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ukraine's military said five of its soldiers had died in the same period.",
            [("casualty", "five of its soldiers", 5, 5, "killed")],
        ),
        (
            "The coalition has trained 20,000 Iraqi and Kurdish troops.",
            [("troops", "20,000 Iraqi and Kurdish troops", 20000, 20000, None)],
        ),
        # a number word after coordination is a second figure
        (
            "The blast killed 12 civilians and seven soldiers.",
            [
                ("casualty", "12 civilians", 12, 12, "killed"),
                ("casualty", "seven soldiers", 7, 7, "killed"),
            ],
        ),
        (
            "The transfer includes 800 armed men from both sides.",
            [("troops", "800 armed men", 800, 800, None)],
        ),
        # a few unarmed men in a sentence about forces are people, not a force's size
        ("The unrest raised fears the two men can control their troops.", []),
        ("A Bangkok military court has indicted two men over the bombing.", []),
        # one fighter is a person, not a force; "the last one" is no count
        ("The RSF has detained one of its militiamen.", []),
        ("He will not sleep until the last one of his soldiers is home.", []),
    ],
)
def test_possessive_partitives_coordinated_demonyms_and_single_fighters(text, expected) -> None:
    assert figures(text) == expected


def test_people_fighting_for_a_group_are_fighters() -> None:
    text = "Officials say more than 500 Britons are currently fighting for IS."
    assert figures(text) == [("troops", "more than 500 Britons", 500, None, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Warplanes targeted the town massacring dozens of people.",
            [("casualty", "dozens of people", 24, 99, "killed")],
        ),
        (
            "Two off-duty soldiers lost their legs in the bombing.",
            [("casualty", "Two off-duty soldiers", 2, 2, "wounded")],
        ),
        (
            "More than 6 million are internally displaced.",
            [("casualty", "More than 6 million", 6000000, None, "displaced")],
        ),
        (
            "She would join the 5 million Syrian refugees who have left.",
            [("casualty", "5 million Syrian refugees", 5000000, 5000000, "displaced")],
        ),
        (
            "Idlib hosts some 900000 displaced Syrians.",
            [("casualty", "some 900000 displaced Syrians", 900000, 900000, "displaced")],
        ),
        (
            "A deadly explosion killed at least 100 including children.",
            [("casualty", "at least 100", 100, None, "killed")],
        ),
    ],
)
def test_refugees_maiming_and_bare_figures_before_including(text, expected) -> None:
    assert figures(text) == expected


def test_a_figure_of_one_takes_a_singular_head() -> None:
    text = "A car bomb exploded near a patrol, killing one soldier and wounding 10 others."
    assert figures(text) == [
        ("casualty", "one soldier", 1, 1, "killed"),
        ("casualty", "10 others", 10, 10, "wounded"),
    ]
    # a singular noun that modifies another is no head
    assert figures("Israel sent seven F-16 fighter jets to the base.") == []


def test_trainers_and_military_advisers_are_a_force() -> None:
    text = "Britain will send up to 300 UK trainers and 40 military advisers to Iraq."
    assert figures(text) == [
        ("troops", "up to 300 UK trainers", None, 300, None),
        ("troops", "40 military advisers", 40, 40, None),
    ]


def test_a_quoted_figure_keeps_its_qualifier_and_the_verb_before_the_quote() -> None:
    text = "Soldiers have eliminated ‘up to eight terrorists per day’ in the raids."
    assert figures(text) == [("casualty", "up to eight terrorists", None, 8, "killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "among those killed" is the figure's predicate, as "among the dead" is
        (
            "A militant website said one civilian was among those killed.",
            [("casualty", "one civilian", 1, 1, "killed")],
        ),
        # people forced to flee, or from their homes, are displaced
        (
            "The violence has forced tens of thousands of residents to flee.",
            [("casualty", "tens of thousands of residents", 20000, 99999, "displaced")],
        ),
        (
            "Fighting forced 5,000 people from their homes.",
            [("casualty", "5,000 people", 5000, 5000, "displaced")],
        ),
        # a slaying names a killing, as "the killing of" does
        (
            "Protests followed the slaying of seven more demonstrators.",
            [("casualty", "seven more demonstrators", 7, 7, "killed")],
        ),
        # a subset after a headless figure and its predicate shares the predicate; a
        # figure listed is its object, "wounded" its head
        (
            "The group also listed 55 wounded including nine women.",
            [
                ("casualty", "55 wounded", 55, 55, "wounded"),
                ("casualty", "nine women", 9, 9, "wounded"),
            ],
        ),
    ],
)
def test_predicates_met_in_held_out_set_nine(text, expected) -> None:
    assert figures(text) == expected


def test_people_told_to_flee_are_no_figure_without_a_count() -> None:
    assert figures("The army told residents to flee.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Seven people were still receiving hospital treatment.",
            [("casualty", "Seven people", 7, 7, "wounded")],
        ),
        (
            "Five children and four medical staff killed by airstrikes on a hospital.",
            [
                ("casualty", "Five children", 5, 5, "killed"),
                ("casualty", "four medical staff", 4, 4, "killed"),
            ],
        ),
        # "at least one" with a singular head, a subset; a headless figure before "it said"
        (
            "Raids killed 16 civilians including at least one child and wounded 22 it said.",
            [
                ("casualty", "16 civilians", 16, 16, "killed"),
                ("casualty", "at least one child", 1, None, "killed"),
                ("casualty", "22", 22, 22, "wounded"),
            ],
        ),
    ],
)
def test_predicates_and_heads_met_in_held_out_set_eleven(text, expected) -> None:
    assert figures(text) == expected


def test_medical_personnel_are_no_force() -> None:
    assert figures("Two medical personnel were among the wounded in the hospital.")[0][0] == (
        "casualty"
    )
    assert figures("The strike hit a clinic staffed by two medical personnel.") == []
    assert figures("The army deployed 300 personnel to the border.") == [
        ("troops", "300 personnel", 300, 300, None)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Airstrikes kill seven and wound dozens more in Homs.",
            [
                ("casualty", "seven", 7, 7, "killed"),
                ("casualty", "dozens more", 24, 99, "wounded"),
            ],
        ),
        (
            "Bombing has forced thousands of Hassakeh locals to flee.",
            [("casualty", "thousands of Hassakeh locals", 2000, 9999, "displaced")],
        ),
        (
            "Eleven people including a woman and child were killed in rebel shelling.",
            [("casualty", "Eleven people", 11, 11, "killed")],
        ),
    ],
)
def test_predicates_and_heads_met_in_held_out_set_thirteen(text, expected) -> None:
    assert figures(text) == expected


def test_troop_levels_cut_and_children_after_a_possessive() -> None:
    text = (
        "He said that troop levels pitted against the Taliban are to be cut by almost half "
        "from 9,000 to 5,200."
    )
    assert figures(text) == [
        ("troops", "9,000", 9000, 9000, None),
        ("troops", "5,200", 5200, 5200, None),
    ]
    text = "A coalition raid killed two women and their seven children."
    assert figures(text) == [
        ("casualty", "two women", 2, 2, "killed"),
        ("casualty", "seven children", 7, 7, "killed"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "all" between the verb and the figure
        (
            "The crash killed all seven people on board.",
            [("casualty", "seven people", 7, 7, "killed")],
        ),
        # modifiers joined by "and" in lower case; "mostly" before the head's modifiers
        (
            "At least 40 army and militia fighters died and the raid killed 12 mostly "
            "Kurdish civilians.",
            [
                ("casualty", "At least 40 army and militia fighters", 40, None, "killed"),
                ("casualty", "12 mostly Kurdish civilians", 12, 12, "killed"),
            ],
        ),
        # … but a noun before "and" is no modifier of the head after it
        ("Police found 21 car bombs and several suicide bombers.", []),
        # a partitive on the dead; the subset set off between figure and predicate
        (
            "He said six of those killed were civilians. Four people two of them women died later.",
            [
                ("casualty", "six of those killed", 6, 6, "killed"),
                ("casualty", "Four people", 4, 4, "killed"),
                ("casualty", "two of them", 2, 2, "killed"),
            ],
        ),
        # a subset after "including a … and her"; a figure added after the predicate
        (
            "Jets killed nine civilians including a man and his three sons. Ten rebels "
            "were killed as well as 15 civilians.",
            [
                ("casualty", "nine civilians", 9, 9, "killed"),
                ("casualty", "three sons", 3, 3, "killed"),
                ("casualty", "Ten rebels", 10, 10, "killed"),
                ("casualty", "15 civilians", 15, 15, "killed"),
            ],
        ),
        # a dashed aside with a subset, and a comma aside, before the predicate
        (
            "Officials said 30 people – most of them civilians including six children – "
            "were killed. Three girls, pupils at the school, were being treated.",
            [
                ("casualty", "30 people", 30, 30, "killed"),
                ("casualty", "six children", 6, 6, "killed"),
                ("casualty", "Three girls", 3, 3, "wounded"),
            ],
        ),
        # the dead mourned or found; schoolgirls taken; a bare figure before "just"
        (
            "She wept over the bodies of her two daughters. Gunmen kidnapped over 100 "
            "schoolgirls. A raid in May killed eight just days earlier.",
            [
                ("casualty", "two daughters", 2, 2, "killed"),
                ("casualty", "over 100 schoolgirls", 100, None, "captured"),
                ("casualty", "eight", 8, 8, "killed"),
            ],
        ),
        # hyphenated number words; "living and deceased" captives are captives
        (
            "Thirty-two of the dead were civilians. Hamas holds 20 living and deceased hostages.",
            [
                ("casualty", "Thirty-two of the dead", 32, 32, "killed"),
                ("casualty", "20 living and deceased hostages", 20, 20, "captured"),
            ],
        ),
    ],
)
def test_figures_met_in_held_out_sets_fifteen_and_sixteen(text, expected) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dead lying, shown or lured to their death; a coordinated "no civilians"
        (
            "By dawn 12 insurgents lay dead. A video showed the heads of nine soldiers. "
            "Two guards were lured to their deaths. Nato said 30 insurgents and no "
            "civilians were killed.",
            [
                ("casualty", "12 insurgents", 12, 12, "killed"),
                ("casualty", "nine soldiers", 9, 9, "killed"),
                ("casualty", "Two guards", 2, 2, "killed"),
                ("casualty", "30 insurgents", 30, 30, "killed"),
            ],
        ),
        # vehicles are no force, whoever they carry
        (
            "Russia supplied 80 armoured personnel carriers. Nearly 30 vehicles carrying "
            "fighters were seen.",
            [],
        ),
    ],
)
def test_figures_met_in_held_out_set_seventeen(text, expected) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The battle has driven 1.6million people from their homes.",
            [("casualty", "1.6million people", 1_600_000, 1_600_000, "displaced")],
        ),
        (
            "Troops crossed the border after the kidnappings of four Europeans.",
            [("casualty", "four Europeans", 4, 4, "captured")],
        ),
        (
            "The group then attacked the village, kidnapping dozens of people.",
            [("casualty", "dozens of people", 24, 99, "captured")],
        ),
    ],
)
def test_glued_millions_and_kidnappings(text: str, expected: list[tuple[object, ...]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In Raqqa two women were stoned to death.",
            [("casualty", "two women", 2, 2, "killed")],
        ),
        (
            "The number of victims this week has reached 236 individuals.",
            [("casualty", "236 individuals", 236, 236, "killed")],
        ),
    ],
)
def test_deaths_by_stoning_and_the_number_of_victims(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert figures(text) == expected


def test_a_force_number_may_name_its_force_with_initials() -> None:
    assert figures(
        "The decision raises the number of U.S. forces in the country to over 1,000."
    ) == [("troops", "over 1,000", 1000, None, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The additional deployment of troops numbered 'in the low hundreds'.",
            [("troops", "low hundreds", 200, 999, None)],
        ),
        (
            "The number of U.S. troops in Afghanistan may drop well below 10,000.",
            [("troops", "well below 10,000", None, 10000, None)],
        ),
        ("The U.S. military conducted six airstrikes against Islamic State militants.", []),
    ],
)
def test_force_numbers_that_drop_or_number_in_the_hundreds_and_strikes_on_a_force(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least 29 fighters from the Hazm movement were killed along with six Nusra "
            "militants.",
            [
                ("casualty", "At least 29 fighters", 29, None, "killed"),
                ("casualty", "six Nusra militants", 6, 6, "killed"),
            ],
        ),
        (
            "The elimination of 34 terrorists has been confirmed.",
            [("casualty", "34 terrorists", 34, 34, "killed")],
        ),
    ],
)
def test_figures_added_after_a_post_head_phrase_and_eliminations(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a parenthesis among the modifiers before the head
        (
            "At least 14 Tahrir (HTS) militants were killed in the raid.",
            [("casualty", "At least 14 Tahrir (HTS) militants", 14, None, "killed")],
        ),
        (
            "Jets destroyed some 60 Daesh (outlawed in Russia) fighters near the dam.",
            [("casualty", "some 60 Daesh (outlawed in Russia) fighters", 60, 60, "killed")],
        ),
        # leaders, commanders and comrades can be killed
        (
            "The strike killed two senior Shabaab leaders.",
            [("casualty", "two senior Shabaab leaders", 2, 2, "killed")],
        ),
        (
            "The captain and four of his comrades were killed by a roadside bomb.",
            [("casualty", "four of his comrades", 4, 4, "killed")],
        ),
        # symptoms suffered are harm
        (
            "Doctors said 9 villagers suffered symptoms of chlorine poisoning.",
            [("casualty", "9 villagers", 9, 9, "wounded")],
        ),
    ],
)
def test_parenthesised_modifiers_leaders_comrades_and_symptoms(text, expected) -> None:
    assert figures(text) == expected


def test_irregulars_and_a_militia_counted_are_fighters() -> None:
    assert figures("The assault drew in thousands of tribal irregulars.") == [
        ("troops", "thousands of tribal irregulars", 2000, 9999, None)
    ]
    assert figures("Clashes killed more than 40 militia.") == [
        ("casualty", "more than 40 militia", 40, None, "killed")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The video showed the beheading of 12 Ethiopians on a beach.",
            [("casualty", "12 Ethiopians", 12, 12, "killed")],
        ),
        (
            "Police began rounding up hundreds of its members in Karachi.",
            [("casualty", "hundreds of its members", 200, 999, "captured")],
        ),
        (
            "Thousands of Rohingya households have been forced to flee across the river.",
            [("casualty", "Thousands of Rohingya households", 2000, 9999, "displaced")],
        ),
        (
            "Up to 30,000 people have streamed out of Malakal since Monday.",
            [("casualty", "Up to 30,000 people", None, 30000, "displaced")],
        ),
        (
            "At least 12 infants who succumbed to the cold were buried on the hill.",
            [("casualty", "At least 12 infants", 12, None, "killed")],
        ),
        (
            "The murder of two Israeli teens sparked the crisis.",
            [("casualty", "two Israeli teens", 2, 2, "killed")],
        ),
    ],
)
def test_beheadings_round_ups_households_streaming_out_and_succumbing(text, expected) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The dead included two soldiers and a little girl.",
            [("casualty", "two soldiers", 2, 2, "killed")],
        ),
        (
            "Among the wounded were three children.",
            [("casualty", "three children", 3, 3, "wounded")],
        ),
        (
            "The injured included 14 policemen.",
            [("casualty", "14 policemen", 14, 14, "wounded")],
        ),
    ],
)
def test_people_listed_among_the_dead_or_wounded(text, expected) -> None:
    assert figures(text) == expected


def test_soldiers_listed_among_the_guests_are_no_casualties() -> None:
    # (and two soldiers are too few to size a force)
    assert figures("The guests included two soldiers.") == []
    assert figures("The guests included 200 soldiers.") == [
        ("troops", "200 soldiers", 200, 200, None)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He trained 350,000 Afghan soldiers and policemen.",
            [("troops", "350,000 Afghan soldiers and policemen", 350000, 350000, None)],
        ),
        (
            "The Afghan army and police force now number almost 340,000.",
            [("troops", "almost 340,000", 340000, 340000, None)],
        ),
    ],
)
def test_soldiers_and_police_together_and_a_force_that_numbers_a_figure(text, expected) -> None:
    assert figures(text) == expected


def test_soldiers_and_policemen_together_are_security_forces() -> None:
    units = [c.value.unit for c in detect("He trained 350,000 Afghan soldiers and policemen.")]
    assert units == ["security_forces"]


def test_the_dead_who_number_a_figure_are_no_force() -> None:
    # no force's size: the toll (guideline §1), since the dead numbering a figure count
    assert figures("The dead number 300.") == [("casualty", "300", 300, 300, "killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Of the 130 injured, 77 were women or children out shopping.",
            [
                # "the 130 injured": the participle is the head after a determiner (§1)
                ("casualty", "130 injured", 130, 130, "wounded"),
                ("casualty", "77", 77, 77, "wounded"),
            ],
        ),
        (
            "Some 130 more were mutilated and mentally scarred.",
            [("casualty", "Some 130 more", 130, 130, "wounded")],
        ),
        (
            "Ninety six people were detained in hospital.",
            [("casualty", "Ninety six people", 96, 96, "wounded")],
        ),
    ],
)
def test_a_part_of_the_injured_the_mutilated_and_those_kept_in_hospital(text, expected) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It said four Nusra Front members blew themselves up inside the city.",
            [("casualty", "four Nusra Front members", 4, 4, "killed")],
        ),
        (
            "Government forces found 25 corpses wrapped in plastic sheets.",
            [("casualty", "25 corpses", 25, 25, "killed")],
        ),
        (
            "Hundreds of soldiers fled the town.",
            [("troops", "Hundreds of soldiers", 200, 999, None)],
        ),
        (
            "The town was held by hundreds of Gaddafi loyalists.",
            [("troops", "hundreds of Gaddafi loyalists", 200, 999, None)],
        ),
    ],
)
def test_suicides_corpses_soldiers_who_fled_and_loyalists(text, expected) -> None:
    assert figures(text) == expected


def test_civilians_who_fled_are_displaced() -> None:
    assert figures("Thousands of civilians fled the town.") == [
        ("casualty", "Thousands of civilians", 2000, 9999, "displaced")
    ]


def test_people_a_sentence_lists_after_a_toll_share_its_type() -> None:
    text = "At least 11 people died in the bombing. They included two soldiers and a girl."
    assert figures(text) == [
        ("casualty", "At least 11 people", 11, None, "killed"),
        ("casualty", "two soldiers", 2, 2, "killed"),
    ]


def test_a_list_after_a_deployment_is_no_casualty() -> None:
    assert figures("Twelve soldiers were deployed. They included two snipers.") == [
        ("troops", "Twelve soldiers", 12, 12, None)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The 276 girls, aged 11 to 18, were abducted from their school.",
            [("casualty", "276 girls", 276, 276, "captured")],
        ),
        ("The girl, aged 14, was killed.", []),
        (
            "Some 276 schoolgirls were seized from their dormitories.",
            [("casualty", "Some 276 schoolgirls", 276, 276, "captured")],
        ),
    ],
)
def test_ages_are_no_figures_and_people_seized_are_captured(text, expected) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The White House adjusted its plans to cut U.S. troops to about 5,000.",
            [("troops", "about 5,000", 5000, 5000, None)],
        ),
        ("He decided to keep troops in Afghanistan to 2016.", []),
    ],
)
def test_a_force_cut_to_a_figure_but_not_to_a_year(text, expected) -> None:
    assert figures(text) == expected


def test_tens_of_people_is_a_vague_figure_and_tens_of_thousands_still_wins() -> None:
    tens = detect("Tens of ISIS terrorists were killed in the strikes.")
    thousands = detect("Tens of thousands of Syrians fled the city.")
    assert [(c.text, c.value.min, c.value.max) for c in tens if c.value] == [
        ("Tens of ISIS terrorists", 20.0, 99.0)
    ]
    assert [(c.text, c.value.min, c.value.max) for c in thousands if c.value] == [
        ("Tens of thousands of Syrians", 20000.0, 99999.0)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three people - including senior Hamas official Moaaz Zaid - were killed on Friday.",
            [("casualty", "Three people", 3, 3, "killed")],
        ),
        (
            "Clashes rocked the city leaving 23 civilians - including nine children - dead.",
            [
                ("casualty", "23 civilians", 23, 23, "killed"),
                ("casualty", "nine children", 9, 9, "killed"),
            ],
        ),
        (
            "Airstrikes killed at least 18 people including children and two hospital staffers.",
            [
                ("casualty", "at least 18 people", 18, None, "killed"),
                ("casualty", "two hospital staffers", 2, 2, "killed"),
            ],
        ),
        (
            "Another five children, aged between 11 and 14 years old, were wounded by shrapnel.",
            [("casualty", "five children", 5, 5, "wounded")],
        ),
        (
            "Two Frenchmen were wounded and taken to the hospital.",
            [("casualty", "Two Frenchmen", 2, 2, "wounded")],
        ),
    ],
)
def test_asides_set_off_by_spaced_hyphens_or_long_commas_and_groups_without_figures(
    text, expected
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "There are now about 33,000 U.S. troops in Afghanistan, down from 100,000 in 2011.",
            [
                ("troops", "about 33,000 U.S. troops", 33000, 33000, None),
                ("troops", "100,000", 100000, 100000, None),
            ],
        ),
        (
            "U.S. forces could fall only to 10,800 troops, rather than 9,800 as planned.",
            [
                ("troops", "10,800 troops", 10800, 10800, None),
                ("troops", "9,800", 9800, 9800, None),
            ],
        ),
        (
            "It can muster 31,500 fighters, up from a previous figure of 10,000.",
            [
                ("troops", "31,500 fighters", 31500, 31500, None),
                ("troops", "10,000", 10000, 10000, None),
            ],
        ),
        (
            "There are 33,000 troops there, down from 40 percent of the force in 2011.",
            [("troops", "33,000 troops", 33000, 33000, None)],
        ),
        ("The price fell to 9,000 after the war ended.", []),
        (
            "About 2,000 troops guard the six bases, up from 50 in March.",
            [("troops", "About 2,000 troops", 2000, 2000, None)],
        ),
        (
            "The UK has 7,900 troops in Afghanistan. This will fall to 5,200 by the end of "
            "2013, while the number of bases will fall from 11 to four.",
            [
                ("troops", "7,900 troops", 7900, 7900, None),
                ("troops", "5,200", 5200, 5200, None),
            ],
        ),
        (
            "The UK has 7,900 troops in Afghanistan. Spending will fall to 5,200 by 2013.",
            [("troops", "7,900 troops", 7900, 7900, None)],
        ),
        # added to it
        (
            "Blair said 1,500 British troops will leave Iraq within weeks with another 1,500 "
            "by the end of the year.",
            [
                ("troops", "1,500 British troops", 1500, 1500, None),
                ("troops", "1,500", 1500, 1500, None),
            ],
        ),
        # a force's number changed by one figure to another: no range; "soldiers" (with
        # "die" inside) is no harm word
        (
            "Hammond is cutting the number of regular soldiers by 20,000 to 82,000.",
            [("troops", "20,000", 20000, 20000, None), ("troops", "82,000", 82000, 82000, None)],
        ),
        (
            "The attacks killed 10 to 20 people.",
            [("casualty", "10 to 20 people", 10, 20, "killed")],
        ),
    ],
)
def test_a_bare_figure_compared_with_a_force_is_its_size_too(text, expected) -> None:
    assert figures(text) == expected
    units = [c.value.unit for c in detect(text) if c.kind == KIND_TROOPS and c.value]
    assert len(set(units)) <= 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The U.S. plans to create a 30,000-man Border Security Force of Kurds and Arabs.",
            [("troops", "30,000-man Border Security Force", 30000, 30000, None)],
        ),
        (
            "About 5,500 Peshmergas are taking part in the operation.",
            [("troops", "About 5,500 Peshmergas", 5500, 5500, None)],
        ),
    ],
)
def test_a_force_sized_in_men_and_the_plural_peshmergas(text, expected) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "There were dozens of dead and injured from army personnel.",
            [("casualty", "dozens of dead and injured", 24, 99, "killed_or_wounded")],
        ),
        (
            "The war caused hundreds of conflict-related deaths and injuries.",
            [
                (
                    "casualty",
                    "hundreds of conflict-related deaths and injuries",
                    200,
                    999,
                    "killed_or_wounded",
                )
            ],
        ),
        (
            "Fire has claimed 21 lives and wounded dozens of others.",
            [
                ("casualty", "21 lives", 21, 21, "killed"),
                ("casualty", "dozens of others", 24, 99, "wounded"),
            ],
        ),
    ],
)
def test_the_dead_and_the_wounded_named_in_one_head(text, expected) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of flight after a bare figure is its predicate, not a modifier of a
        # demonym taken for its head
        (
            "More than 60,000 flee Sudanese city after its capture by RSF militia - UN",
            [("casualty", "More than 60,000", 60000, None, "displaced")],
        ),
        # a hedged report of the predicate
        (
            "More than 174,000 people are thought to have fled to neighbouring Cameroon.",
            [("casualty", "More than 174,000 people", 174000, None, "displaced")],
        ),
        (
            "At least 10 people were said to have died of hunger in the town.",
            [("casualty", "At least 10 people", 10, None, "killed")],
        ),
        # people still held are captives; people who held a rally are not
        (
            "Four members of another OSCE mission are still being held by rebels.",
            [("casualty", "Four members", 4, 4, "captured")],
        ),
        ("Thousands of people held rallies in the capital.", []),
    ],
)
def test_flight_hedged_predicates_and_people_still_held(text, expected) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a handful of soldiers or gunmen are people in an incident, not a force's size
        ("The two French troops were part of a team inspecting a neighborhood.", []),
        ("As many as nine insurgents stormed the compound.", []),
        ("Two Russian pilots were on a test flight.", []),
        # from ten up they size a force; formations count from one
        (
            "About 70 soldiers were on foot patrol near the border.",
            [("troops", "About 70 soldiers", 70, 70, None)],
        ),
        ("One battalion will stay behind.", [("troops", "One battalion", 1, 1, None)]),
    ],
)
def test_a_handful_of_fighters_is_no_force(text, expected) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A plane hit a car killing two men from (Lebanese Shia group) Hezballah and three "
            "men from the pro-regime popular committees.",
            [
                ("casualty", "two men", 2, 2, "killed"),
                ("casualty", "three men", 3, 3, "killed"),
            ],
        ),
        (
            "Air strikes have killed at least 66 civilians according to the Syrian Observatory "
            "for Human Rights as well as three rescue workers from the Civil Defence.",
            [
                ("casualty", "at least 66 civilians", 66, None, "killed"),
                ("casualty", "three rescue workers", 3, 3, "killed"),
            ],
        ),
        # a figure with a verb of its own keeps its own reading, after "and" too
        (
            "The strike killed two men from the village and 300 troops arrived later.",
            [
                ("casualty", "two men", 2, 2, "killed"),
                ("troops", "300 troops", 300, 300, None),
            ],
        ),
        (
            "The strike killed two men and 300 troops arrived later.",
            [
                ("casualty", "two men", 2, 2, "killed"),
                ("troops", "300 troops", 300, 300, None),
            ],
        ),
    ],
)
def test_a_figure_added_after_the_head_s_from_phrase_or_source_shares_its_predicate(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The violence led hundreds of people from Juba to seek shelter in its base.",
        "Residents saw hundreds of people seeking shelter in a base of the U.N. mission.",
        "Residents said hundreds of people sought refuge in the camp.",
    ],
)
def test_people_seeking_shelter_or_refuge_are_displaced(text: str) -> None:
    assert figures(text) == [("casualty", "hundreds of people", 200, 999, "displaced")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # guideline §2 table: `casualties` for "a killed/wounded/captured mix"
        (
            "The raiders killed or captured hundreds of villagers.",
            [("casualty", "hundreds of villagers", 200, 999, "casualties")],
        ),
        (
            "Gunmen killed and abducted 14 farmers near the border.",
            [("casualty", "14 farmers", 14, 14, "casualties")],
        ),
        (
            "Another 30 were wounded or missing after the flood of the camp.",
            [("casualty", "30", 30, 30, "casualties")],
        ),
        (
            "Twelve guards were killed or taken prisoner in the assault.",
            [("casualty", "Twelve guards", 12, 12, "casualties")],
        ),
        # the pairs that keep a type of their own
        (
            "The shelling killed or wounded 40 people.",
            [("casualty", "40 people", 40, 40, "killed_or_wounded")],
        ),
        (
            "Nine workers were injured or hurt in the blast.",
            [("casualty", "Nine workers", 9, 9, "wounded")],
        ),
        # a second clause with its own subject is no mix
        (
            "Five people were killed and hostages were taken from the bank.",
            [("casualty", "Five people", 5, 5, "killed")],
        ),
    ],
)
def test_a_mix_of_harms_counts_casualties(text: str, expected: list[tuple[object, ...]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "wounded" as the head noun (guideline §1: figure + modifiers + head noun), when
        # the clause has a predicate of its own: the figure's verb before it …
        (
            "The clinic recorded 61 wounded over the weekend.",
            [("casualty", "61 wounded", 61, 61, "wounded")],
        ),
        (
            "Medics counted 17 injured and two dead at the market.",
            [
                ("casualty", "17 injured", 17, 17, "wounded"),
                ("casualty", "two dead", 2, 2, "killed"),
            ],
        ),
        # … or after it
        (
            "Nine wounded were flown to the capital on Monday.",
            [("casualty", "Nine wounded", 9, 9, "wounded")],
        ),
        # … or a noun after it that "wounded" modifies
        (
            "The toll reached 40 and about 90 injured civilians, the ministry said.",
            [
                ("casualty", "40", 40, 40, "killed"),
                ("casualty", "about 90 injured civilians", 90, 90, "wounded"),
            ],
        ),
        # "wounded" as the predicate leaves the figure alone
        (
            "Six soldiers were killed and 14 wounded in the ambush.",
            [
                ("casualty", "Six soldiers", 6, 6, "killed"),
                ("casualty", "14", 14, 14, "wounded"),
            ],
        ),
        (
            "The blast left 30 injured, police said.",
            [("casualty", "30", 30, 30, "wounded")],
        ),
    ],
)
def test_wounded_heads_a_figure_whose_clause_has_another_predicate(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # members of a force are its personnel (guideline §2: military or armed
        # personnel that make up a force), named by a force noun before "members" …
        (
            "About 300 special forces members will advise the local army.",
            [("troops", "About 300 special forces members", 300, 300, None)],
        ),
        # … or by the force their of-phrase names (post-head, so outside the span)
        (
            "Some 4,000 members of the peacekeeping force are stationed in the south.",
            [("troops", "Some 4,000 members", 4000, 4000, None)],
        ),
        (
            "At least 60 members of Brigade 5 crossed the river on Sunday.",
            [("troops", "At least 60 members", 60, None, None)],
        ),
        # members of no force, a handful of them, or members harmed are no force's size
        ("Fifteen members of the council voted for the draft.", []),
        ("Police arrested 20 members of the gang in the capital.", []),
        ("Four members of the army unit met the minister.", []),
    ],
)
def test_members_of_a_force_size_it(text: str, expected: list[tuple[object, ...]]) -> None:
    assert figures(text) == expected


def test_members_of_a_force_in_a_sentence_about_harm_are_no_force_size() -> None:
    text = (
        "At least 86 members of the army and its allies who include local militiamen "
        "were killed in fighting in the south."
    )
    assert all(kind != "troops" for kind, *_ in figures(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # firms are no formation (guideline §2: not troops unless a force is sized)
        ("More than 80 foreign companies operate in the free trade zone.", []),
        ("Some 40 Turkish companies are building roads there.", []),
        # companies of a force are
        (
            "Two infantry companies were sent to the border.",
            [("troops", "Two infantry companies", 2, 2, None)],
        ),
        (
            "The army moved three companies to the front overnight.",
            [("troops", "three companies", 3, 3, None)],
        ),
    ],
)
def test_companies_are_a_formation_only_in_a_military_sentence(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a personnel noun before a vehicle noun modifies it: vehicles are no troops
        # (guideline §2), also in a list whose commas were stripped
        "The army lost 25 tanks personnel vehicles and guns in the battle.",
        "The convoy had 40 troop carriers and 12 personnel vehicles.",
    ],
)
def test_personnel_vehicles_are_vehicles(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the force a "-strong" figure sizes, in scare quotes (guideline §2:
        # "5,000-strong force")
        (
            "The firm was accused of sending a 200-strong 'private army' to the region.",
            [("troops", "200-strong 'private army'", 200, 200, None)],
        ),
        (
            "Rebels said a 3,000-strong “volunteer force” was massing.",
            [("troops", "3,000-strong “volunteer force”", 3000, 3000, None)],
        ),
        # a quote that does not close on the force noun takes nothing in
        ("They mocked the 300-strong 'force of heroes' sent by Moscow.", []),
    ],
)
def test_a_strong_force_in_scare_quotes_is_sized(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure before an active harm verb is its agent, the verb's object the
        # casualty (guideline §1: the predicate of the figure's own clause decides)
        (
            "Militants fired 40 mortar rounds, with two killing three farmers.",
            [("casualty", "three farmers", 3, 3, "killed")],
        ),
        (
            "Of the drones launched, one hit a school, injuring 12 pupils.",
            [("casualty", "12 pupils", 12, 12, "wounded")],
        ),
        ("Police said one abducting children had been caught.", []),
        # the passive keeps the figure the patient
        (
            "Four were killed and one was injured in the crash.",
            [("casualty", "Four", 4, 4, "killed"), ("casualty", "one", 1, 1, "wounded")],
        ),
    ],
)
def test_a_figure_before_an_active_harm_verb_is_its_agent(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bracketed acronym between modifiers and head, like a parenthesised one
        (
            "Shelling killed at least 12 Red Cross [ICRC] volunteers near the border.",
            [("casualty", "at least 12 Red Cross [ICRC] volunteers", 12, None, "killed")],
        ),
        # "the slain" is a death head, like "the dead"
        (
            "Witnesses said that 40 of the slain were buried in a single grave.",
            [("casualty", "40 of the slain", 40, 40, "killed")],
        ),
        # a toll by its people given in a dashed aside or after a copula
        (
            "The estimate of the number of villagers killed – between 30 and 45 – was disputed.",
            [("casualty", "between 30 and 45", 30, 45, "killed")],
        ),
        (
            "Officials said the number of people killed was 17 by nightfall.",
            [("casualty", "17", 17, 17, "killed")],
        ),
    ],
)
def test_bracketed_acronyms_slain_heads_and_tolls_given_in_asides(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # families counted as uprooted are displaced people (guideline §2, note "count of
        # families") …
        (
            "Near the border, hundreds of Kurdish families have fled to the hills.",
            [("casualty", "hundreds of Kurdish families", 200, 999, "displaced")],
        ),
        # … but a count of families killed or living somewhere is no count of people
        ("Three families were killed when the shell hit their building.", []),
        ("About 400 families live in the camp near the town.", []),
    ],
)
def test_families_count_only_the_displaced(text: str, expected: list[tuple[object, ...]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare figure that only says where is an ellipsis of the casualty figure before
        (
            "Four civilians were killed in the village of Kafr Nabl and two in Maarat.",
            [
                ("casualty", "Four civilians", 4, 4, "killed"),
                ("casualty", "two", 2, 2, "killed"),
            ],
        ),
        (
            "Shelling wounded 30 people on Friday, including 12 in Douma and 7 in Harasta.",
            [
                ("casualty", "30 people", 30, 30, "wounded"),
                ("casualty", "12", 12, 12, "wounded"),
                ("casualty", "7", 7, 7, "wounded"),
            ],
        ),
        # … not across a clause stop, and not without a place
        (
            "Four civilians were killed in Kafr Nabl. Two in Maarat were spared.",
            [
                ("casualty", "Four civilians", 4, 4, "killed"),
            ],
        ),
        (
            "Four civilians were killed and two were seen fleeing.",
            [
                ("casualty", "Four civilians", 4, 4, "killed"),
            ],
        ),
    ],
)
def test_a_bare_figure_with_its_own_place_shares_the_casualty_before(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert figures(text) == expected


def test_a_located_ellipsis_takes_the_unit_of_the_figure_before() -> None:
    claims = detect("Five civilians were killed in Sabqa and one in Harasta.")
    units = [(c.text, c.value.unit if c.value else None) for c in claims if c.kind == "casualty"]
    assert units == [("Five civilians", "civilians"), ("one", "civilians")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dates inside a toll phrase are no figures of their own
        (
            "The death toll since March 2011 has risen to 250 people.",
            [("casualty", "250 people", 250, 250, "killed")],
        ),
        (
            "The number of victims from Monday May 4 2015 to Sunday May 10 2015 has reached"
            " 90 people.",
            [("casualty", "90 people", 90, 90, "killed")],
        ),
        # a breakdown after "as follows:" shares the toll's type
        (
            "The death toll has reached 40 people as follows: 25 fighters and 15 civilians.",
            [
                ("casualty", "40 people", 40, 40, "killed"),
                ("casualty", "25 fighters", 25, 25, "killed"),
                ("casualty", "15 civilians", 15, 15, "killed"),
            ],
        ),
    ],
)
def test_tolls_across_dates_and_their_breakdowns(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plain number's partitive on a named group keeps its of-phrase (guideline §1)
        (
            "The ambush killed seven of Hezbollah and allied fighters near the border.",
            [("casualty", "seven of Hezbollah and allied fighters", 7, 7, "killed")],
        ),
        (
            "Officials said two of Britain's soldiers were wounded in the blast.",
            [("casualty", "two of Britain's soldiers", 2, 2, "wounded")],
        ),
    ],
)
def test_a_partitive_on_a_named_group(text: str, expected: list[tuple[object, ...]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a subset after the head's own of- or from-phrase shares the figure's type
        (
            "Car bombs killed 30 members of the Free Army including two senior commanders.",
            [
                ("casualty", "30 members", 30, 30, "killed"),
                ("casualty", "two senior commanders", 2, 2, "killed"),
            ],
        ),
        (
            "Shelling wounded 20 fighters from the Hamza division, among them three commanders.",
            [
                ("casualty", "20 fighters", 20, 20, "wounded"),
                ("casualty", "three commanders", 3, 3, "wounded"),
            ],
        ),
    ],
)
def test_a_subset_after_the_heads_of_phrase(text: str, expected: list[tuple[object, ...]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "among the casualties" is the figure's predicate: casualties, unspecified
        (
            "Dozens of villagers, including a nurse, were among the casualties of the raid.",
            [("casualty", "Dozens of villagers", 24, 99, "casualties")],
        ),
        (
            "Three journalists were also among the losses reported by the army.",
            [("casualty", "Three journalists", 3, 3, "casualties")],
        ),
    ],
)
def test_among_the_casualties_is_a_predicate(text: str, expected: list[tuple[object, ...]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people who set out to fight for a group are its fighters (guideline §2: recruited)
        (
            "Some 600 Belgians have left to fight with armed groups in Syria.",
            [("troops", "Some 600 Belgians", 600, 600, None)],
        ),
        (
            "He is one of thousands of young Europeans who have travelled to Iraq to join"
            " the jihadists.",
            [("troops", "thousands of young Europeans", 2000, 9999, None)],
        ),
    ],
)
def test_people_who_set_out_to_fight_are_fighters(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert figures(text) == expected


def test_military_specialists_are_troops() -> None:
    # like military advisers and instructors: state military personnel (guideline §2)
    assert figures("Some 300 military specialists were deployed to the region.") == [
        ("troops", "Some 300 military specialists", 300, 300, None)
    ]


def test_a_bare_part_of_a_force_sized_before_is_troops() -> None:
    text = "Some 20,000 foreign fighters have reached Iraq, including 3,000 from Europe."
    assert figures(text) == [
        ("troops", "Some 20,000 foreign fighters", 20000, 20000, None),
        ("troops", "3,000", 3000, 3000, None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people evacuated or driven from somewhere are displaced (guideline §1)
        (
            "More than 2,000 civilians were evacuated from the besieged town on Friday.",
            [("casualty", "More than 2,000 civilians", 2000, None, "displaced")],
        ),
        (
            "Some 300,000 people have been driven from the region since March.",
            [("casualty", "Some 300,000 people", 300000, 300000, "displaced")],
        ),
    ],
)
def test_evacuated_and_driven_from_are_displaced(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people taken from a place or in raids were abducted: captured (guideline §1)
        (
            "Some 200 schoolgirls were taken from their dormitory by the gunmen.",
            [("casualty", "Some 200 schoolgirls", 200, 200, "captured")],
        ),
        (
            "Witnesses said up to 80 villagers were taken in the raids.",
            [("casualty", "up to 80 villagers", None, 80, "captured")],
        ),
    ],
)
def test_people_taken_from_a_place_or_in_raids_are_captured(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure quoted alone keeps its marks and its head after the closing one
        (
            "A spokesman said 'more than 40' militants had been killed in the raid.",
            [("casualty", "'more than 40' militants", 40, None, "killed")],
        ),
        (
            "The army claims “about 300” fighters were captured near the town.",
            [("casualty", "“about 300” fighters", 300, 300, "captured")],
        ),
    ],
)
def test_a_figure_quoted_alone_before_its_head(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the victims were …" lists the dead, like "the dead included …"
        (
            "In the market blast the victims were three men and a young girl.",
            [("casualty", "three men", 3, 3, "killed")],
        ),
        # a listed item's noun may be capitalised
        (
            "Pirates seized a retired Englishman and four Filipino sailors off the coast.",
            [("casualty", "four Filipino sailors", 4, 4, "captured")],
        ),
    ],
)
def test_lists_of_the_harmed(text: str, expected: list[tuple[object, ...]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count of the harmed by its noun and a verb of reaching, before a bare figure
        (
            "Officials fear civilian deaths could rise to 500 this winter.",
            [("casualty", "500", 500, 500, "killed")],
        ),
        (
            "The agency expects casualties to hit 2,000 by the end of the year.",
            [("casualty", "2,000", 2000, 2000, "casualties")],
        ),
        ("Deaths from measles have reached 120.", [("casualty", "120", 120, 120, "killed")]),
    ],
)
def test_a_harm_noun_that_reaches_a_figure(text: str, expected: list[tuple[object, ...]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # adverbs of time or likelihood between a figure and its predicate
        (
            "Twenty people were instantly killed by the blast.",
            [("casualty", "Twenty people", 20, 20, "killed")],
        ),
        (
            "Police said the 14 initially injured had been released.",
            [("casualty", "14", 14, 14, "wounded")],
        ),
    ],
)
def test_adverbs_before_a_figures_predicate(text: str, expected: list[tuple[object, ...]]) -> None:
    assert figures(text) == expected


def test_a_part_of_a_counted_group_of_the_harmed() -> None:
    # "three of the 20 killed": the part and the group are two claims, not nested
    assert figures("Three of the 20 killed in the raid were aid workers.") == [
        ("casualty", "Three", 3, 3, "killed"),
        ("casualty", "20", 20, 20, "killed"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the harmed as a subject, a copula, then the figure
        (
            "Those who were abducted from the village last week number about 60.",
            [("casualty", "about 60", 60, 60, "captured")],
        ),
        (
            "Those killed in the ambush were 14 soldiers, the army said.",
            [("casualty", "14 soldiers", 14, 14, "killed")],
        ),
        # … not people merely living somewhere
        ("Those living in the camp are about 3,000.", []),
    ],
)
def test_the_harmed_counted_after_a_copula(text: str, expected: list[tuple[object, ...]]) -> None:
    assert figures(text) == expected


def test_a_comparison_after_the_head_before_its_predicate() -> None:
    # "like …" after the head, like a place phrase, stands before the predicate
    text = "Dozens of villagers like him were killed in the raid."
    assert figures(text) == [("casualty", "Dozens of villagers", 24, 99, "killed")]


@pytest.mark.parametrize(
    ("text", "low", "high", "qualifier"),
    [
        # a verb of going beyond makes the figure a floor (guideline §2: more_than)
        ("The mission is expected to exceed 6,000 troops next year.", 6000, None, "more_than"),
        ("Civilian deaths topped 1,000 last month.", 1000, None, "more_than"),
        ("The force numbers 6,000 troops.", 6000, 6000, "exact"),
    ],
)
def test_a_verb_of_going_beyond_makes_a_floor(
    text: str, low: float, high: float | None, qualifier: str
) -> None:
    [claim] = [c for c in detect(text) if c.kind in (KIND_CASUALTY, KIND_TROOPS)]
    assert claim.value is not None
    assert (claim.value.min, claim.value.max, claim.value.qualifier.value) == (low, high, qualifier)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people who escaped a place are displaced …
        (
            "On Sunday hundreds of villagers escaped the besieged town.",
            [("casualty", "hundreds of villagers", 200, 999, "displaced")],
        ),
        # … but "escaped" alone is no displacement (captives who got away)
        ("Twelve of the girls escaped and returned home.", []),
    ],
)
def test_people_who_escaped_a_place_are_displaced(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert figures(text) == expected


def test_a_sentence_opening_with_a_part_of_the_force_sized_before() -> None:
    text = (
        "Germany will keep 2,000 troops in the north next year. Around 600 will train local police."
    )
    assert figures(text) == [
        ("troops", "2,000 troops", 2000, 2000, None),
        ("troops", "Around 600", 600, 600, None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare figure set off by commas after the force it sizes
        (
            "All soldiers stationed in Kosovo, currently some 4,500, will return home.",
            [("troops", "some 4,500", 4500, 4500, None)],
        ),
        # … not a handful, and not after people who are no force
        ("The soldiers on patrol, now 12, were ambushed.", []),
        ("Residents of the town, some 4,500, were told to leave.", []),
    ],
)
def test_a_bare_figure_set_off_after_the_force_it_sizes(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people moved for treatment are the wounded (guideline §1), with or without a head
        (
            "Nine people were moved to a clinic across the border for treatment.",
            [("casualty", "Nine people", 9, 9, "wounded")],
        ),
        (
            "After the blast 15 were rushed to hospital.",
            [("casualty", "15", 15, 15, "wounded")],
        ),
        (
            "Some 30 others were allowed home after treatment.",
            [("casualty", "Some 30 others", 30, 30, "wounded")],
        ),
        # … a harm word still decides ("bodies", "killed")
        (
            "The bodies of six men were taken to hospital.",
            [("casualty", "six men", 6, 6, "killed")],
        ),
        # … and a hospital that is no place the counted were taken for care says nothing
        ("Forty doctors work at the hospital.", []),
        (
            "Twelve soldiers were sent to guard the hospital.",
            [("troops", "Twelve soldiers", 12, 12, None)],
        ),
    ],
)
def test_people_sent_for_treatment_are_wounded(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare part after "including" is a claim of its own, the figure alone
        (
            "Hundreds have died in the war - including some 300 this year alone.",
            [
                ("casualty", "Hundreds", 200, 999, "killed"),
                ("casualty", "some 300", 300, 300, "killed"),
            ],
        ),
        (
            "At least 45 people were wounded, among them 9 critically.",
            [
                ("casualty", "At least 45 people", 45, None, "wounded"),
                ("casualty", "9", 9, 9, "wounded"),
            ],
        ),
        # … not a word that may be its head, nor a bare "one" (a thing as often)
        (
            "Ten people were killed, including 4 Tamil.",
            [("casualty", "Ten people", 10, 10, "killed")],
        ),
        (
            "Ten people were killed in shelling of the town, including one near a school.",
            [("casualty", "Ten people", 10, 10, "killed")],
        ),
    ],
)
def test_a_bare_part_after_including_is_its_own_claim(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # captives take the predicate after the list they lead
        (
            "Nine hostages and four gunmen were killed when troops stormed the hotel.",
            [
                ("casualty", "Nine hostages", 9, 9, "killed"),
                ("casualty", "four gunmen", 4, 4, "killed"),
            ],
        ),
        # … not a verb before the next figure, which is that figure's own
        (
            "Commandos freed 14 hostages and killed six kidnappers.",
            [
                ("casualty", "14 hostages", 14, 14, "captured"),
                ("casualty", "six kidnappers", 6, 6, "killed"),
            ],
        ),
    ],
)
def test_captives_share_the_predicate_after_their_list(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the harm of those a group is from is not the group's own predicate
        (
            "Six children from those evacuated from the camp were killed by a landmine.",
            [("casualty", "Six children", 6, 6, "killed")],
        ),
        (
            "Eight women of those wounded in the raid later died.",
            [("casualty", "Eight women", 8, 8, "killed")],
        ),
        # … while those harmed, as the predicate, still count
        (
            "Two civilians were among those killed.",
            [("casualty", "Two civilians", 2, 2, "killed")],
        ),
    ],
)
def test_the_harm_of_those_a_group_is_from_is_not_its_predicate(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle after a head ends the noun phrase at that head
        (
            "Some 300 Dutch marines supporting Iraqi forces are based there.",
            [("troops", "Some 300 Dutch marines", 300, 300, None)],
        ),
        (
            "About 200 soldiers guarding Kurdish refugees were withdrawn.",
            [("troops", "About 200 soldiers", 200, 200, None)],
        ),
        # … before the first head it is a modifier
        (
            "There are 100 peacekeeping troops in the town.",
            [("troops", "100 peacekeeping troops", 100, 100, None)],
        ),
    ],
)
def test_a_participle_after_a_head_ends_the_noun_phrase(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people the head lists name by their place, calling or community
        (
            "Seven inmates were killed when gunmen stormed the prison.",
            [("casualty", "Seven inmates", 7, 7, "killed")],
        ),
        (
            "At least 30 Hazaras were killed in the bombing.",
            [("casualty", "At least 30 Hazaras", 30, None, "killed")],
        ),
        (
            "The blast wounded 12 soldiers and expatriates.",
            [("casualty", "12 soldiers and expatriates", 12, 12, "wounded")],
        ),
        (
            "The ship's 11 crew are missing.",
            [("casualty", "11 crew", 11, 11, "missing")],
        ),
    ],
)
def test_more_people_heads(text: str, expected: list[tuple[object, ...]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after the object of a casualty verb, "and" with a verb of its own opens a clause
        (
            "Shelling killed 14 villagers and civilian casualties were reported elsewhere.",
            [("casualty", "14 villagers", 14, 14, "killed")],
        ),
        # … a subject shares the verb with the head after "and"
        (
            "Nine soldiers and allied fighters were killed.",
            [("casualty", "Nine soldiers and allied fighters", 9, 9, "killed")],
        ),
    ],
)
def test_a_head_after_and_with_a_verb_of_its_own_is_no_coordination(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day after its month's name is no count, even before a casualty verb
        (
            "Raids between June 2 and July 14 had killed four commanders.",
            [("casualty", "four commanders", 4, 4, "killed")],
        ),
        # … while a count with its head after a month stays one (lost commas)
        (
            "In March 12 soldiers were killed.",
            [("casualty", "12 soldiers", 12, 12, "killed")],
        ),
    ],
)
def test_a_day_after_its_month_is_no_count(text: str, expected: list[tuple[object, ...]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the figure after "all but" is the exception, not a count
        ("All but two of the wounded soldiers survived.", []),
        (
            "Twenty gunmen stormed the base and all but three died.",
            [("troops", "Twenty gunmen", 20, 20, None)],
        ),
    ],
)
def test_the_exception_after_all_but_is_no_count(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle of a verb that takes things, before a noun, counts those things
        ("Footage showed two destroyed tanks near the bridge.", []),
        ("Inspectors found at least one destroyed generator.", []),
        # … while the same verb after its figure is still its predicate
        (
            "The army said 40 were destroyed in the attack.",
            [("casualty", "40", 40, 40, "killed")],
        ),
    ],
)
def test_a_thing_participle_before_a_noun_is_no_predicate(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # men listed with women are the people of a place, not a force's men
        ("Government forces now shelter some 200,000 men, women and children in camps.", []),
        ("The army says 5,000 men and women from the city have left.", []),
        # … men alone in a sentence about forces are
        (
            "The army has massed some 3,000 men on the border.",
            [("troops", "some 3,000 men", 3000, 3000, None)],
        ),
    ],
)
def test_men_listed_with_women_are_no_force(text: str, expected: list[tuple[object, ...]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bounded figure right after a force noun sizes that force
        (
            "A Nato force of well under 8,000 will stay on.",
            [("troops", "well under 8,000", None, 8000, None)],
        ),
        (
            "A residual force just below 5,000 could remain in the country.",
            [("troops", "just below 5,000", None, 5000, None)],
        ),
        # … not a figure with a noun of its own, nor an exact one without "of"
        ("The army over 20 days lost ground.", []),
        ("The force 2,000 kilometres away was not involved.", []),
    ],
)
def test_a_bounded_figure_after_a_force_noun_sizes_it(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert figures(text) == expected


# Figure wordings of unseen news that no read set holds (guideline §1, §2, §4).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a subset after the figure's own predicate
        (
            "Twenty people were killed, including three soldiers.",
            [
                ("casualty", "Twenty people", 20, 20, "killed"),
                ("casualty", "three soldiers", 3, 3, "killed"),
            ],
        ),
        # "left" dead or injured
        (
            "Twelve villagers were left dead after the raid.",
            [("casualty", "Twelve villagers", 12, 12, "killed")],
        ),
        # taken or held hostage or captive
        (
            "The rebels took 30 soldiers hostage.",
            [("casualty", "30 soldiers", 30, 30, "captured")],
        ),
        (
            "Gunmen are holding 12 workers captive.",
            [("casualty", "12 workers", 12, 12, "captured")],
        ),
        ("219 girls remain in captivity.", [("casualty", "219 girls", 219, 219, "captured")]),
        # counts of the harmed by their noun
        ("The number of wounded rose to 80.", [("casualty", "80", 80, 80, "wounded")]),
        ("Casualties numbered 300.", [("casualty", "300", 300, 300, "casualties")]),
        ("Injuries have risen to 120.", [("casualty", "120", 120, 120, "wounded")]),
        # injuries suffered or sustained
        (
            "Nine others sustained serious injuries.",
            [("casualty", "Nine others", 9, 9, "wounded")],
        ),
        # forced from their homes
        (
            "Some 300,000 people have been forced from their homes.",
            [("casualty", "Some 300,000 people", 300000, 300000, "displaced")],
        ),
        # millions as "m", and half a million
        (
            "The UN says 5.6m people have fled Syria.",
            [("casualty", "5.6m people", 5600000, 5600000, "displaced")],
        ),
        (
            "Half a million people have fled.",
            [("casualty", "Half a million people", 500000, 500000, "displaced")],
        ),
        # force nouns of everyday reporting
        (
            "The UN has 16,000 blue helmets in Mali.",
            [("troops", "16,000 blue helmets", 16000, 16000, None)],
        ),
        # a unit of time glued to a figure counts no one
        (
            "A total of 300 service personnel died in the 12-year war.",
            [("casualty", "300 service personnel", 300, 300, "killed")],
        ),
    ],
)
def test_figure_wordings_of_unseen_news(text: str, expected: list[tuple[object, ...]]) -> None:
    assert figures(text) == expected


def test_people_taken_somewhere_else_are_no_hostages() -> None:
    assert figures("The rebels took 3,000 soldiers to the front.") == [
        ("troops", "3,000 soldiers", 3000, 3000, None)
    ]
