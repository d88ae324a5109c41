"""Figures the reliability tests measure, gathered for the terminal summary and the docs.

Why: docs/reliability.md quotes the figures of the last full run (kill trials
run and lost, hostile files tried, fuzz examples run).  Tests call `record`;
conftest.py prints everything at the end of the session and, when
CLAIM_ANNOTATOR_RELIABILITY_REPORT names a file, writes it there as JSON.
"""

FIGURES: dict[str, int] = {}


def record(name: str, value: int) -> None:
    """Set a figure (a count for the whole session)."""
    FIGURES[name] = value


def add(name: str, value: int = 1) -> None:
    """Add to a figure that several tests contribute to."""
    FIGURES[name] = FIGURES.get(name, 0) + value
