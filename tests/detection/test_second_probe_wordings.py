"""Wordings the second batch of rule-blind probes showed (the thirty-ninth round:
`tests/fixtures/probes/casualty-batch2.jsonl` and `troops-batch2.jsonl`), each with
made-up sentences of its own and near misses: tolls of martyrs, the registered missing,
patients still in hospital, the dead and wounded counted together, lists of three harms,
earlier counts a figure is compared with, list labels that open with the harm, a group's
strength put at a figure, men mobilised, forces deployed with no noun, parts of a force
serving, and fighter jets that are no fighters."""

import pytest

from annotator.detection import detect
from annotator.domain import KIND_CASUALTY, KIND_TROOPS
from tests.helpers import figures, troops_units

Claim = tuple[str, str, float | None, float | None, str | None]


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # a toll of martyrs, and the parts listed after it
        (
            "The number of martyrs has risen to 412, among them 90 children.",
            [
                (KIND_CASUALTY, "412", 412, 412, "killed"),
                (KIND_CASUALTY, "90 children", 90, 90, "killed"),
            ],
        ),
        # registered or listed with the harm after "as"
        (
            "The Red Cross has listed 640 people as missing since the war began.",
            [(KIND_CASUALTY, "640 people", 640, 640, "missing")],
        ),
        (
            "Rights groups documented the disappearance of 37 activists.",
            [(KIND_CASUALTY, "37 activists", 37, 37, "missing")],
        ),
        # patients still treated
        (
            "Twenty-two people remain in hospital.",
            [(KIND_CASUALTY, "Twenty-two people", 22, 22, "wounded")],
        ),
        ("Gunmen butchered 14 farmers.", [(KIND_CASUALTY, "14 farmers", 14, 14, "killed")]),
        # the dead and wounded counted together
        (
            "Officials put Iraqi dead and wounded at about 9,000.",
            [(KIND_CASUALTY, "about 9,000", 9000, 9000, "killed_or_wounded")],
        ),
        (
            "The dead and wounded numbered about 120.",
            [(KIND_CASUALTY, "about 120", 120, 120, "killed_or_wounded")],
        ),
        (
            "Casualties among the attackers ran to about 400.",
            [(KIND_CASUALTY, "about 400", 400, 400, "casualties")],
        ),
        # the rest of a group
        (
            "The blast killed two guards and injured the other five.",
            [
                (KIND_CASUALTY, "two guards", 2, 2, "killed"),
                (KIND_CASUALTY, "five", 5, 5, "wounded"),
            ],
        ),
        # three harms listed
        (
            "Some 212 soldiers were killed, wounded or captured.",
            [(KIND_CASUALTY, "Some 212 soldiers", 212, 212, "casualties")],
        ),
        # taken alive
        ("Fighters captured 9 alive.", [(KIND_CASUALTY, "9", 9, 9, "captured")]),
        # the group named between "among the" and its harm
        (
            "Two local men were among the soldiers wounded in the attack.",
            [(KIND_CASUALTY, "Two local men", 2, 2, "wounded")],
        ),
    ],
)
def test_harm_wordings_of_the_second_probes(text: str, claims: list[Claim]) -> None:
    assert figures(text) == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "At least 70 people were killed on Monday, up from 45 the day before.",
            [
                (KIND_CASUALTY, "At least 70 people", 70, None, "killed"),
                (KIND_CASUALTY, "45", 45, 45, "killed"),
            ],
        ),
        (
            "The army revised the death toll down to 12 from the 20 reported earlier.",
            [
                (KIND_CASUALTY, "12", 12, 12, "killed"),
                (KIND_CASUALTY, "20", 20, 20, "killed"),
            ],
        ),
    ],
)
def test_an_earlier_count_compared_with_a_harm_counts_it_too(
    text: str, claims: list[Claim]
) -> None:
    assert figures(text) == claims


def test_a_compared_count_takes_the_figure_right_before_it() -> None:
    """ "6,500 members, up from 2,300" compares the members, not the displaced before."""
    text = (
        "The rebels displaced about 5,400 people this year and have grown to an "
        "estimated 6,500 members, up from 2,300 in 2018."
    )
    assert [claim for claim in figures(text) if claim[0] == KIND_CASUALTY] == [
        (KIND_CASUALTY, "about 5,400 people", 5400, 5400, "displaced")
    ]


def test_a_label_that_opens_with_the_harm_types_its_figure() -> None:
    text = "Key figures:\n- Refugees in camps abroad: 1,200,000\n- Aid convoys this month: 45"
    assert figures(text) == [(KIND_CASUALTY, "1,200,000", 1_200_000, 1_200_000, "displaced")]


def test_an_aside_after_a_figure_stays_out_of_its_span() -> None:
    text = "Doctors put the number of injured at about 35, most of them with burn injuries."
    assert figures(text) == [(KIND_CASUALTY, "about 35", 35, 35, "wounded")]


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # a group's strength put at a figure: its fighters
        (
            "Analysts put the strength of the Haqqani network at about 4,000.",
            [("about 4,000", "fighters", "figure.troops.force_number")],
        ),
        # men called to arms
        (
            "Moscow said 120,000 men had been conscripted this autumn.",
            [("120,000 men", "troops", "figure.troops.force_noun")],
        ),
        # deployed with no noun and no force named
        (
            "The ministry will deploy another 2,000 to the border.",
            [("2,000", "troops", "figure.troops.sent")],
        ),
        # part of a force sized before, serving
        (
            "The brigade has 3,000 soldiers, some 600 serving as instructors.",
            [
                ("3,000 soldiers", "troops", "figure.troops.force_noun"),
                ("some 600", "troops", "figure.troops.compared"),
            ],
        ),
        # members of the National Guard
        (
            "About 200 members of the National Guard arrived on Friday.",
            [("About 200 members", "troops", "figure.troops.force_noun")],
        ),
        # a rebel group's name with a hyphen and digits is no aircraft's
        (
            "Some 2,000 M-23 fighters crossed into Goma.",
            [("Some 2,000 M-23 fighters", "fighters", "figure.troops.force_noun")],
        ),
        # a live blog's time before a vague figure is no range
        (
            "19:40 — Thousands of fighters crossed the river.",
            [("Thousands of fighters", "fighters", "figure.troops.force_noun")],
        ),
    ],
)
def test_force_sizes_of_the_second_probes(
    text: str, claims: list[tuple[str, str | None, str]]
) -> None:
    assert troops_units(text) == claims


@pytest.mark.parametrize(
    "text",
    [
        # a cost in money, or of things
        "The inquiry itself cost GBP 13.8 million.",
        "The cost of the two deployments was put at $1.1 billion.",
        # a strength that is no force's, and a handful deployed
        "Traders put the strength of the rouble at 90 to the dollar.",
        "Engineers will deploy 40 to each site.",
        # fighter jets by their model
        "The administration approved the sale of 150 F-16 fighters to Taiwan.",
        "China flew 30 J-10C fighters near the island.",
    ],
)
def test_near_misses_of_the_second_probes(text: str) -> None:
    assert [c.text for c in detect(text) if c.kind in (KIND_CASUALTY, KIND_TROOPS)] == []
