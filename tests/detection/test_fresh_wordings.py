"""Position wordings found missing on the made-up dev set `tests/fixtures/fresh1`.

Each class is tested on new made-up sentences (not the set's own), with near misses.
"""

import pytest

from annotator.detection import detect
from annotator.domain import KIND_POSITION, LEARNED_RULE


def rule_subtypes(text: str) -> list[str | None]:
    """Subtypes of the positions the rules find (not the position model)."""
    return [c.subtype for c in detect(text) if c.kind == KIND_POSITION and c.rule != LEARNED_RULE]


@pytest.mark.parametrize(
    "text",
    [
        "Government troops push deeper into the old city as the ceasefire collapses",
        "US MARINES ROLL INTO PORT TOWN",
        "The militia's fighters fell back to the hills above the town.",
        "Paratroopers dig in around the airfield",
        "Insurgents driven from three villages near the lake",
        "A column of soldiers was spotted moving north on the coastal highway.",
        "Army units have been repositioned in the eastern districts.",
        "Militia pulls out of refinery town",
    ],
)
def test_headline_tenses_and_inflections_of_force_movements(text: str) -> None:
    assert rule_subtypes(text) == ["military"]


@pytest.mark.parametrize(
    "text",
    [
        "Oil prices moved south after the announcement.",
        "The two parties fell out over a plan to move towards elections.",
        "The talks fell back on an old formula.",
    ],
)
def test_movement_wordings_without_a_force_are_no_position(text: str) -> None:
    assert rule_subtypes(text) == []
