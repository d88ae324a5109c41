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
