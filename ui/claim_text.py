"""Short human descriptions of claims, for tooltips and lists."""

from annotator.domain import NormalizedValue, found_by
from annotator.records import ClaimRecord


def value_text(value: NormalizedValue | None) -> str:
    """A normalised value as a reviewer reads it: "≥ 13,000 people (killed)"."""
    if value is None:
        return ""
    low, high = value.min, value.max
    if low is not None and high is not None and low == high:
        bounds = f"{low:,.10g}"
    elif low is not None and high is not None:
        bounds = f"{low:,.10g}–{high:,.10g}"
    elif low is not None:
        bounds = f"≥ {low:,.10g}"
    elif high is not None:
        bounds = f"≤ {high:,.10g}"
    else:
        bounds = "?"
    parts = [bounds]
    if value.unit:
        parts.append(value.unit)
    if value.casualty_type:
        parts.append(f"({value.casualty_type})")
    if value.qualifier:
        parts.append(f"[{value.qualifier}]")
    return " ".join(parts)


def claim_tooltip(claim: ClaimRecord) -> str:
    """Kind, value, speaker, verdict and status: what the reviewer needs at a glance."""
    lines = [
        claim.kind.replace("_", " ").capitalize() + (f" ({claim.subtype})" if claim.subtype else "")
    ]
    if claim.value is not None:
        lines.append(f"Value: {value_text(claim.value)}")
    if claim.speaker:
        lines.append(f"Speaker: {claim.speaker}")
    lines.append(f"Verdict: {claim.verdict.rating if claim.verdict else 'none'}")
    lines.append(f"Status: {claim.status.replace('_', ' ')}")
    if claim.rule:
        lines.append(f"Found by {found_by(claim.rule)}")
    return "\n".join(lines)
