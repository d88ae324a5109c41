"""Value types and vocabularies shared by storage, services, detection and exchange.

These are plain Python (no SQL, no Qt) so that the detector, the exporters and
the UI can all speak about claims without importing the database layer.
"""

from dataclasses import dataclass
from enum import StrEnum


class ClaimStatus(StrEnum):
    """Where a claim stands in review; the order is the usual workflow."""

    UNREVIEWED = "unreviewed"
    IN_REVIEW = "in_review"
    VERIFIED = "verified"
    DISPUTED = "disputed"
    REJECTED = "rejected"


#: Every status but unreviewed: what "reviewed" counts mean.
REVIEWED_STATUSES: tuple[str, ...] = tuple(
    s.value for s in ClaimStatus if s is not ClaimStatus.UNREVIEWED
)


class ClaimOrigin(StrEnum):
    """How a claim came to exist; detected claims also record rule and detector version."""

    DETECTED = "detected"
    MANUAL = "manual"
    IMPORTED = "imported"
    MERGED = "merged"


#: The rule name of the positions the detector's learned model adds where no rule fired
#: (`annotator.detection.positions`).
LEARNED_RULE = "position.learned"


def found_by(rule: str) -> str:
    """What marked a detected claim, in a reviewer's words ("rule position.military").
    The position model's suggestions say so: their rule name alone reads as if a
    written rule had fired, and a reviewer weighs a statistical guess differently."""
    if rule == LEARNED_RULE:
        return "the learned position model (no rule fired)"
    return f"rule {rule}"


#: The first detector whose confidence is measured, the share of claims like it that
#: were right on its evaluation sets (docs/detection.md, Confidence); the detectors
#: before it stored a coarse value per rule.
MEASURED_CONFIDENCE_SINCE = (1, 64)


def confidence_meaning(confidence: float, origin: str, detector_version: str | None) -> str:
    """What a claim's confidence says, in a reviewer's words.  A number alone reads the
    same whichever detector stored it, but only a measured one means "this many in a
    hundred were right", and a claim stored by an older detector keeps its old value."""
    if origin != ClaimOrigin.DETECTED:
        return "Confidence as given when the claim was made; no detector measured it."
    if _version(detector_version) >= MEASURED_CONFIDENCE_SINCE:
        return (
            f"About {round(confidence * 100)} in 100 suggestions like this one (its rule,"
            " and for positions its sentence) were right on the detector's evaluation sets."
        )
    return (
        f"A coarse value its rule gave (detector {detector_version or 'unknown'}): detectors"
        " before 1.64.0 did not measure how often a rule is right."
    )


def _version(text: str | None) -> tuple[int, ...]:
    """'1.64.0' as (1, 64, 0); () for a version that is missing or not numbers."""
    try:
        return tuple(int(part) for part in (text or "").split("."))
    except ValueError:
        return ()


class Qualifier(StrEnum):
    """How a stated figure relates to its bounds (guideline §2)."""

    EXACT = "exact"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    UP_TO = "up_to"
    LESS_THAN = "less_than"
    NEARLY = "nearly"
    ABOUT = "about"
    RANGE = "range"
    VAGUE = "vague"


class CasualtyType(StrEnum):
    """What happened to the people counted in a casualty figure (guideline §2)."""

    KILLED = "killed"
    WOUNDED = "wounded"
    KILLED_OR_WOUNDED = "killed_or_wounded"
    CASUALTIES = "casualties"
    MISSING = "missing"
    CAPTURED = "captured"
    DISPLACED = "displaced"


class PositionSubtype(StrEnum):
    """A position is a military fact on the ground, an actor's stance, or both."""

    MILITARY = "military"
    STANCE = "stance"
    BOTH = "both"


class SourceRelation(StrEnum):
    """How a piece of evidence bears on a claim."""

    SUPPORTS = "supports"
    REFUTES = "refutes"
    CONTEXT = "context"


# The built-in claim kinds.  A project's taxonomy may add more; these keys are
# the ones the detector emits and the exporters know.
KIND_CASUALTY = "casualty"
KIND_TROOPS = "troops"
KIND_POSITION = "position"
KIND_STATEMENT = "statement"
KIND_OTHER_FIGURE = "other_figure"

FIGURE_KINDS = frozenset({KIND_CASUALTY, KIND_TROOPS, KIND_OTHER_FIGURE})


@dataclass(frozen=True, slots=True)
class NormalizedValue:
    """A figure as stated: bounds (None = open), how they are qualified, and what is counted.

    `min`/`max` are the bounds as written ("more than 200" gives min 200, max None),
    not adjusted by one, so that a reviewer can see the text in the value.
    """

    min: float | None = None
    max: float | None = None
    qualifier: Qualifier | None = None
    approx: bool = False
    unit: str | None = None
    casualty_type: CasualtyType | None = None
    note: str | None = None

    def is_empty(self) -> bool:
        """True when nothing at all is known about the value."""
        return (
            self.min is None
            and self.max is None
            and self.qualifier is None
            and self.unit is None
            and self.casualty_type is None
            and not self.note
        )


@dataclass(frozen=True, slots=True)
class KindDefinition:
    """One claim kind in a project's taxonomy: a stable key, a label and a highlight colour."""

    key: str
    label: str
    color: str
    description: str = ""


@dataclass(frozen=True, slots=True)
class VerdictRating:
    """One step of a project's verdict scale, mapped onto a schema.org ClaimReview rating.

    `rating` is the numeric `ratingValue`; the scale's best and worst ratings
    are the max and min over the scale (unverifiable has no numeric rating).
    """

    key: str
    label: str
    rating: int | None
    color: str


DEFAULT_KINDS: tuple[KindDefinition, ...] = (
    KindDefinition(
        KIND_CASUALTY,
        "Casualty figure",
        "#e45756",
        "People killed, wounded, missing, captured or displaced",
    ),
    KindDefinition(KIND_TROOPS, "Troop count", "#4c78a8", "Force sizes in personnel or formations"),
    KindDefinition(KIND_POSITION, "Position", "#54a24b", "Military positions and actors' stances"),
    KindDefinition(
        KIND_STATEMENT, "Statement", "#b279a2", "Quoted or reported speech with its speaker"
    ),
    KindDefinition(KIND_OTHER_FIGURE, "Other figure", "#f58518", "Any other checkable number"),
)

DEFAULT_VERDICT_SCALE: tuple[VerdictRating, ...] = (
    VerdictRating("true", "True", 6, "#2e7d32"),
    VerdictRating("mostly_true", "Mostly true", 5, "#7cb342"),
    VerdictRating("half_true", "Half true / mixed", 4, "#fbc02d"),
    VerdictRating("misleading", "Misleading", 3, "#fb8c00"),
    VerdictRating("mostly_false", "Mostly false", 2, "#e64a19"),
    VerdictRating("false", "False", 1, "#c62828"),
    VerdictRating("unverifiable", "Unverifiable", None, "#757575"),
)
