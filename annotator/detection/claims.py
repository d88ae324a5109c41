"""The detector's output record."""

from dataclasses import dataclass

from annotator.domain import NormalizedValue


@dataclass(frozen=True, slots=True)
class DetectedClaim:
    """One suggested claim.  `rule` names the rule that fired so a reviewer sees why a
    span was highlighted; `confidence` (0..1) lets the UI rank or filter suggestions."""

    kind: str
    start: int
    end: int
    text: str
    subtype: str | None = None
    value: NormalizedValue | None = None
    speaker: str | None = None
    via: str | None = None
    actor: str | None = None
    rule: str = ""
    confidence: float = 0.5
