"""Casualty and troops figures in lists, breakdowns, comparisons and tables (guideline
§1 subsets and "annotate every mention", §2 force sizes): made-up sentences of the
wordings the thirty-fifth round of rules reads, each with a near miss that must stay
as it is."""

import pytest

from tests.helpers import Figure, figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a typed figure's clause, then its breakdown after a dash or a colon
        (
            "Officials said 14 villagers were killed in the shelling - six women, five "
            "children and three men.",
            [
                ("casualty", "14 villagers", 14, 14, "killed"),
                ("casualty", "six women", 6, 6, "killed"),
                ("casualty", "five children", 5, 5, "killed"),
                ("casualty", "three men", 3, 3, "killed"),
            ],
        ),
        (
            "At least 20 pupils were wounded in the blast: eight girls and 12 boys.",
            [
                ("casualty", "At least 20 pupils", 20, None, "wounded"),
                ("casualty", "eight girls", 8, 8, "wounded"),
                ("casualty", "12 boys", 12, 12, "wounded"),
            ],
        ),
        # a group without a figure included, then a figure added to the first
        (
            "The raid killed 12 guards, including officers and cooks, along with four drivers.",
            [
                ("casualty", "12 guards", 12, 12, "killed"),
                ("casualty", "four drivers", 4, 4, "killed"),
            ],
        ),
        # one person of two words named before the figure that "including" lists
        (
            "The blast killed 30 workers, including a Chinese engineer and two Arabs.",
            [
                ("casualty", "30 workers", 30, 30, "killed"),
                ("casualty", "two Arabs", 2, 2, "killed"),
            ],
        ),
        # a figure the chain reaches across a loose head ("contractors")
        (
            "The convoy was hit, killing 11 soldiers and three civilian contractors.",
            [
                ("casualty", "11 soldiers", 11, 11, "killed"),
                ("casualty", "three civilian contractors", 3, 3, "killed"),
            ],
        ),
        # a subset after a day of the month
        (
            "The agency said 210 people had died since May 4, including 35 children.",
            [
                ("casualty", "210 people", 210, 210, "killed"),
                ("casualty", "35 children", 35, 35, "killed"),
            ],
        ),
    ],
)
def test_breakdowns_and_added_figures_share_the_predicate(
    text: str, expected: list[Figure]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nine soldiers were killed in the ambush - 300 troops were sent to the area.",
            [
                ("casualty", "Nine soldiers", 9, 9, "killed"),
                ("troops", "300 troops", 300, 300, None),
            ],
        ),
        # a list with a verb of its own is no breakdown of the figure before the dash
        (
            "Three people died in the attack - 20 others and 12 children were hurt.",
            [
                ("casualty", "Three people", 3, 3, "killed"),
                ("casualty", "20 others", 20, 20, "wounded"),
                ("casualty", "12 children", 12, 12, "wounded"),
            ],
        ),
        (
            "Two soldiers were killed in the ambush - 40 soldiers and 10 police officers "
            "were deployed to the area.",
            [
                ("casualty", "Two soldiers", 2, 2, "killed"),
                ("troops", "40 soldiers", 40, 40, None),
                ("troops", "10 police officers", 10, 10, None),
            ],
        ),
        # a part bigger than the whole is no part of it
        (
            "Nine soldiers were killed in the ambush - 300 troops.",
            [
                ("casualty", "Nine soldiers", 9, 9, "killed"),
                ("troops", "300 troops", 300, 300, None),
            ],
        ),
    ],
)
def test_a_clause_of_its_own_after_a_dash_keeps_its_kind(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the list is the next clause's subject when the figure does not open its clause
        ("In a village of 300 people, a teacher and his son were killed.", []),
        (
            "After the army deployed 2,000 troops, a soldier and his brother were killed.",
            [("troops", "2,000 troops", 2000, 2000, None)],
        ),
        # "received" counts only before injuries
        ("The hospital's 30 doctors received wounded patients throughout the night.", []),
        # "or fewer" is no modifier of the head
        ("The plan would keep 100 or fewer troops in the country.", []),
        # seals are animals
        ("The colony has grown to 2,000 seals this year.", []),
    ],
)
def test_near_misses_of_the_lists_and_nouns(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a long aside set off by commas
        (
            "At least nine people, including three boys under the age of 12, were killed.",
            [
                ("casualty", "At least nine people", 9, None, "killed"),
                ("casualty", "three boys", 3, 3, "killed"),
            ],
        ),
        # the rest of a list of the harmed the figure opens
        (
            "Six police officers, a local shopkeeper and the village chief were all killed.",
            [("casualty", "Six police officers", 6, 6, "killed")],
        ),
        # modifiers joined by "or"
        (
            "Five police or army officers have been wounded.",
            [("casualty", "Five police or army officers", 5, 5, "wounded")],
        ),
        # injuries received, not life-threatening
        (
            "Two nurses received non-life-threatening injuries.",
            [("casualty", "Two nurses", 2, 2, "wounded")],
        ),
        # a partitive on "your"
        (
            "The army said it killed 14 of your fighters last week.",
            [("casualty", "14 of your fighters", 14, 14, "killed")],
        ),
    ],
)
def test_figures_before_their_predicate(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two legionnaires and three Navy SEALs were killed on Friday.",
            [
                ("casualty", "Two legionnaires", 2, 2, "killed"),
                ("casualty", "three Navy SEALs", 3, 3, "killed"),
            ],
        ),
        (
            "The alliance will deploy four multinational battlegroups to the region.",
            [("troops", "four multinational battlegroups", 4, 4, None)],
        ),
        (
            "The gangs can call on about 5,000 armed members.",
            [("troops", "about 5,000 armed members", 5000, 5000, None)],
        ),
    ],
)
def test_force_and_people_nouns(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The plan sends 2,000 more troops to join the 6,500 already deployed there.",
            [
                ("troops", "2,000 more troops", 2000, 2000, None),
                ("troops", "6,500", 6500, 6500, None),
            ],
        ),
        (
            "He agreed to an increase in troop numbers, from the current 3,000 to more than 4,500.",
            [
                ("troops", "3,000", 3000, 3000, None),
                ("troops", "more than 4,500", 4500, None, None),
            ],
        ),
        (
            "The outpost had 90 soldiers out of 240 on its books.",
            [
                ("troops", "90 soldiers", 90, 90, None),
                ("troops", "240", 240, 240, None),
            ],
        ),
    ],
)
def test_bare_figures_compared_with_a_force(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the compared figure counts a noun of its own, or is a year
        "The 3,000 soldiers will join the 150 aircraft there.",
        "The army pulled 2,000 troops out of 140 villages.",
        "The 600 marines will join the 2014 mission.",
    ],
)
def test_compared_figures_must_end_their_phrase(text: str) -> None:
    assert [f for f in figures(text) if f[1][0].isdigit() and " " not in f[1]] == []


def test_a_share_after_out_of_is_no_force() -> None:
    assert figures("The unit had 90 soldiers, or 30 out of 100 percent of its strength.") == [
        ("troops", "90 soldiers", 90, 90, None)
    ]


def test_a_table_column_headed_by_a_force() -> None:
    text = (
        "Table 2 Brigades abroad (approximate strength)\n"
        "Host | Lead nation | Troops\n"
        "Latvia | Canada | 2,200\n"
        "Poland | US | 1,100\n"
    )
    assert figures(text) == [
        ("troops", "2,200", 2200, 2200, None),
        ("troops", "1,100", 1100, 1100, None),
    ]


def test_a_table_of_the_dead_by_force_counts_no_force() -> None:
    text = "Deaths by year\nYear | Soldiers | Civilians\n2014 | 120 | 340\n"
    assert [f for f in figures(text) if f[0] == "troops"] == []


def test_a_fraction_of_formations_is_a_count() -> None:
    assert figures("Russia has moved 2.5 divisions to the frontier.") == [
        ("troops", "2.5 divisions", 2.5, 2.5, None)
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a section's number before a formation
        "4.2 Germany's brigade in Lithuania",
        # a table's number before its title
        "Table 2 Brigades abroad (approximate strength)",
        # the year of a date whose day ends with a comma
        "An attack on March 3, 2011, which wounded nobody, closed the road.",
        # "one" after "same" is a pronoun
        "It was unclear whether he was the same one reported killed in the strike.",
    ],
)
def test_numbers_that_count_no_one(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # burned or buried alive is a death
        (
            "A hundred villagers were burned alive in the church.",
            [("casualty", "A hundred villagers", 100, 100, "killed")],
        ),
        # a toll of the wounded counts the wounded
        (
            "The toll of wounded rose to 310 on Thursday.",
            [("casualty", "310", 310, 310, "wounded")],
        ),
        # a span of years is no count, a count that looks like one is
        (
            "Roughly 1.5 million Armenians perished between 1915 and 1923, historians say.",
            [("casualty", "Roughly 1.5 million Armenians", 1_500_000, 1_500_000, "killed")],
        ),
        (
            "Between 1990 and 2000 people were killed.",
            [("casualty", "Between 1990 and 2000 people", 1990, 2000, "killed")],
        ),
        (
            "The death toll rose to 310 on Thursday.",
            [("casualty", "310", 310, 310, "killed")],
        ),
    ],
)
def test_wordings_of_the_thirty_sixth_round_probes(text: str, expected: list[Figure]) -> None:
    """Rule-blind probe sentences written from the guideline that the detector missed."""
    assert figures(text) == expected
