"""Speaker classes of guideline §4 that earlier rounds missed: common-noun speakers
outside the role lists, and the like."""

import pytest

from annotator.detection import detect
from annotator.domain import KIND_STATEMENT


def speakers(text: str) -> list[str | None]:
    return [c.speaker for c in detect(text) if c.kind == KIND_STATEMENT]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The generals said the offensive would begin within days.", "The generals"),
        ("The offensive would begin within days, former top brass said.", "former top brass"),
        ("The ex-military chiefs also suggested sending more planes.", "The ex-military chiefs"),
        ("The young jihadist said the government should be afraid.", "The young jihadist"),
        ("The cleric told reporters the fighters had left the mosque.", "The cleric"),
        ("The pilots said they had flown over the town twice.", "The pilots"),
        ("The army would not stop, the tribal elders warned.", "the tribal elders"),
    ],
)
def test_common_noun_speakers(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]
