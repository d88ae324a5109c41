"""Force sizes given without their noun or with a long modifier list (the thirty-
seventh round, from the troops misses of two real held-out sets): a figure set off by
dashes after a force, a figure named beside or on top of a force's size, a part of a
force sized right after it, modifiers listed before a force noun, and a force asked for.
Each wording comes with near misses that must stay unclaimed."""

import pytest

from tests.helpers import troops_units


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials said some troops -- perhaps 3,000 to 4,000 -- will remain in Kuwait.",
            ("3,000 to 4,000", "troops"),
        ),
        ("The garrison — about 1,200 — surrendered on Monday.", ("about 1,200", "troops")),
        ("The rebels – possibly 5,000 – hold the hills.", ("5,000", "fighters")),
        ("US soldiers, perhaps 2,500, will stay in Iraq.", ("2,500", "troops")),
    ],
)
def test_figure_set_off_by_dashes_after_a_force_is_its_size(
    text: str, expected: tuple[str, str]
) -> None:
    assert troops_units(text) == [(*expected, "figure.troops.apposed_size")]


@pytest.mark.parametrize(
    "text",
    [
        "The protesters -- perhaps 3,000 to 4,000 -- marched on the palace.",
        "Some troops -- perhaps 30 -- were seen at the border.",
        "The troops arrived in 2014 -- 2,000 days after the war began.",
    ],
)
def test_figure_set_off_by_dashes_that_sizes_no_force(text: str) -> None:
    assert troops_units(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "About 68,000 U.S. troops are in Afghanistan, along with about 45,000 from the "
            "NATO alliance.",
            "about 45,000",
        ),
        (
            "Mr Trump agreed to send Poland 1,000 troops, on top of 4,500 already there.",
            "4,500",
        ),
        ("Germany will send 600 soldiers, in addition to 1,000 in Lithuania.", "1,000"),
        ("France has 5,100 troops in the Sahel, alongside 500 from Estonia.", "500"),
    ],
)
def test_figure_named_beside_a_sized_force_is_a_force_too(text: str, expected: str) -> None:
    assert (expected, "troops", "figure.troops.compared") in troops_units(text)


@pytest.mark.parametrize(
    "text",
    [
        "About 68,000 U.S. troops are in Afghanistan, along with 45,000 tonnes of equipment.",
        "The army brought 300 trucks, on top of 4,500 in storage.",
        "About 5,000 troops took part, along with 2019 recruits.",
    ],
)
def test_things_named_beside_a_sized_force_are_no_force(text: str) -> None:
    assert [t for t in troops_units(text) if t[2] == "figure.troops.compared"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "America would withdraw 9,500 of its 34,500 troops stationed in Germany.",
            ("9,500", "troops"),
        ),
        ("Kenya will pull out 1,000 of the 3,600 soldiers it keeps there.", ("1,000", "troops")),
        ("About 2,000 of the 12,000 fighters are foreigners.", ("About 2,000", "fighters")),
    ],
)
def test_part_of_a_force_sized_after_it_is_a_force_too(
    text: str, expected: tuple[str, str]
) -> None:
    assert (*expected, "figure.troops.part_of_whole") in troops_units(text)


@pytest.mark.parametrize(
    "text",
    [
        "The firm will cut 9,500 of its 34,500 employees.",
        "About 2,000 of the 12,000 people the army moved have returned.",
        "Only 50 of the 3,000 soldiers were women.",
        "The army lost 500 of its 2,000 tanks.",
    ],
)
def test_part_of_a_whole_that_is_no_force_is_notroops_units(text: str) -> None:
    assert [t for t in troops_units(text) if t[2] == "figure.troops.part_of_whole"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Marines are expected to deploy 8,000 combat, aviation and support troops.",
            ("8,000 combat, aviation and support troops", "troops"),
        ),
        (
            "The brigade has 3,500 infantry, artillery, and engineering soldiers.",
            ("3,500 infantry, artillery, and engineering soldiers", "troops"),
        ),
        (
            "Some 2,000 Chadian, Nigerien or Malian fighters crossed the border.",
            ("Some 2,000 Chadian, Nigerien or Malian fighters", "fighters"),
        ),
    ],
)
def test_modifiers_listed_before_a_force_noun_stay_in_its_span(
    text: str, expected: tuple[str, str]
) -> None:
    assert (*expected, "figure.troops.listed_modifiers") in troops_units(text)


@pytest.mark.parametrize(
    "text",
    [
        "The army moved 3,000 tanks, trucks and armoured vehicles.",
        "The convoy carried 8 combat, aviation and support troops.",
        "He visited 5 bases, camps and training grounds.",
    ],
)
def test_modifiers_listed_before_other_nouns_name_no_force(text: str) -> None:
    assert [t for t in troops_units(text) if t[2] == "figure.troops.listed_modifiers"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The president ordered 20,000 additional troops to Afghanistan in March. The "
            "commander has called for up to 40,000 more to wage a counterinsurgency campaign.",
            "up to 40,000 more",
        ),
        ("NATO troops are stretched. The general requested 3,000 more in May.", "3,000 more"),
        ("The UN force is too small, and Mali asked for 2,000 more.", "2,000 more"),
    ],
)
def test_figure_a_force_is_asked_for_by_is_its_size(text: str, expected: str) -> None:
    assert (expected, "troops", "figure.troops.sent") in troops_units(text)


@pytest.mark.parametrize(
    "text",
    [
        "The hospital has called for 300 more to donate blood.",
        "The army requested 3,000 rifles.",
        "Troops are stretched. The general asked for 50 more.",
    ],
)
def test_figure_asked_for_with_no_force_named_is_notroops_units(text: str) -> None:
    assert [t for t in troops_units(text) if t[2] == "figure.troops.sent"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Twenty-two Republican members of Congress objected that cutting troops would "
        "encourage Russia.",
        "About 300 members of parliament who voted to send troops met on Monday.",
    ],
)
def test_members_of_a_body_in_a_clause_about_troops_are_no_force(text: str) -> None:
    assert [t for t in troops_units(text) if "members" in t[0]] == []


def test_members_of_a_named_force_are_still_its_size() -> None:
    assert troops_units("About 200 members of the US special forces arrived.") == [
        ("About 200 members", "troops", "figure.troops.force_noun")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Pentagon will pull 2,500 troops out of Afghanistan by January 15, leaving "
            "roughly 2,500 in the country.",
            ("roughly 2,500",),
        ),
        (
            "The African Union force is due to cut 2,000 troops by June, leaving about 17,600.",
            ("about 17,600",),
        ),
        (
            "Britain will send an additional 200 troops to Kabul, bringing its deployment to "
            "about 600.",
            ("about 600",),
        ),
        (
            "The Lebanese army will deploy 10,000 soldiers south of the Litani, up from about "
            "4,500 today.",
            ("about 4,500",),
        ),
        (
            "The force will include 4,000 troops from Ethiopia, 3,500 from Kenya and 2,000 "
            "from Burundi.",
            ("3,500", "2,000"),
        ),
        (
            "Britain is sending 800 soldiers to Estonia and France 800 to Romania.",
            ("800",),
        ),
    ],
)
def test_what_is_left_of_or_added_to_a_sized_force_is_a_force_too(
    text: str, expected: tuple[str, ...]
) -> None:
    rules = ("figure.troops.compared", "figure.troops.sent")
    found = [t for t in troops_units(text) if t[2] in rules]
    assert tuple(t[0] for t in found) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The army will cut 2,000 troops by June, leaving 300 vehicles behind.",
        "The UN sent 2,000 troops, bringing its budget to 600 million.",
        "The force will include 4,000 troops, 3,500 from 2019 onwards.",
    ],
)
def test_things_left_or_counted_beside_a_sized_force_are_no_force(text: str) -> None:
    assert [t for t in troops_units(text) if t[2] == "figure.troops.compared"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia has lost more than 100,000 soldiers, U.S. officials say, while continuing "
            "to field more than 500,000 in Ukraine.",
            "more than 500,000",
        ),
        (
            "Ankara keeps 10,000 troops in northern Iraq and has added about 2,000 since the "
            "spring.",
            "about 2,000",
        ),
    ],
)
def test_figure_a_force_is_fielded_or_added_by_is_its_size(text: str, expected: str) -> None:
    assert (expected, "troops", "figure.troops.sent") in troops_units(text)


def test_figure_added_after_a_count_of_the_harmed_is_no_force() -> None:
    text = (
        "Hanoi put the losses of its forces at about 1.1 million killed. Cambodia and Laos "
        "add hundreds of thousands more."
    )
    assert [t for t in troops_units(text) if t[2] == "figure.troops.sent"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine rushed 2,000 reinforcements to Pokrovsk.", "2,000 reinforcements"),
        ("Soldiers of a 28-man platoon opened fire.", "28-man platoon"),
        ("The Security Council voted on 21 April to cut the mission to 270.", "270"),
        ("The Philippines sent contingents of some 2,000 to the war.", "some 2,000"),
    ],
)
def test_more_force_nouns_size_a_force(text: str, expected: str) -> None:
    assert [t[0] for t in troops_units(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The G5 Sahel joint force was meant to number 5,000 soldiers drawn from five countries.",
        "The UN will cut the mission to 2020 levels.",
        "The squadron of 2019 was the last.",
    ],
)
def test_figures_of_other_things_beside_a_force_are_no_force(text: str) -> None:
    assert [t[0] for t in troops_units(text)] in ([], ["5,000 soldiers"])
