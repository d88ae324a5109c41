"""Figure wordings of unseen news that no read set holds (guideline §1, §2, §4)."""

import pytest

from annotator.detection import detect
from annotator.domain import KIND_CASUALTY, KIND_TROOPS


def figures(text: str) -> list[tuple[str, str, float | None, float | None, str | None]]:
    return [
        (c.kind, c.text, c.value.min, c.value.max, c.value.casualty_type)
        for c in detect(text)
        if c.kind in (KIND_CASUALTY, KIND_TROOPS) and c.value is not None
    ]


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
