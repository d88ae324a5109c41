"""Regression floors on the rule-blind probes (tests/fixtures/probes/README.md): how
many of their claims the detector finds with the guideline's span and value (figures) or
span and speaker (statements), and how few claims of the kind it makes that the probes
do not hold.  Raise the floors when the detector improves."""

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from annotator.detection import DetectedClaim, detect
from annotator.detection.evaluation import speaker_matches
from annotator.domain import KIND_CASUALTY, KIND_STATEMENT, KIND_TROOPS
from tests.helpers import span_of

PROBES = Path(__file__).resolve().parents[1] / "fixtures" / "probes"

#: Troops probes (of 173): found with exact span and min/max, and troops claims no
#: probe holds, with detector 1.38.0.
TROOPS_FOUND_FLOOR = 166
TROOPS_FALSE_CEILING = 1
#: Casualty probes (of 204): found with exact span, min/max and casualty type, and
#: casualty claims no probe holds (two of them in the optional hypothetical estimates of
#: c178 and c182), with detector 1.38.0.
CASUALTY_FOUND_FLOOR = 194
CASUALTY_FALSE_CEILING = 4
#: The second batch's troops probes (of 171) and casualty probes (of 212), as the first
#: batch's are counted, with detector 1.38.0; first scored blind with 1.37.0: 145 troops
#: claims found and 3 false, 166 casualty claims found and 3 false.
TROOPS_BATCH2_FOUND_FLOOR = 155
TROOPS_BATCH2_FALSE_CEILING = 2
CASUALTY_BATCH2_FOUND_FLOOR = 193
CASUALTY_BATCH2_FALSE_CEILING = 4
#: The value fields a found figure must match.
_TROOPS_FIELDS = ("min", "max")
_CASUALTY_FIELDS = ("min", "max", "casualty_type")
#: Statement probes (of 197): found with any overlap, with the exact span, with the
#: right speaker (lenient comparison, `evaluation.speaker_matches`), and statements no
#: probe holds, with detector 1.38.0.
STATEMENTS_FOUND_FLOOR = 192
STATEMENTS_EXACT_FLOOR = 192
STATEMENTS_SPEAKER_FLOOR = 183
STATEMENTS_FALSE_CEILING = 0


@dataclass(frozen=True)
class ProbeScore:
    """Counts over a probe file: claims expected, found as wanted, found with the right
    speaker (statements), and false claims of the kind."""

    expected: int
    found: int
    false: int
    exact: int = 0
    speakers: int = 0


def _probes(name: str) -> list[dict[str, Any]]:
    with open(PROBES / name, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _wanted(probe: dict[str, Any]) -> dict[tuple[int, int], dict[str, Any]]:
    text = probe["text"]
    return {span_of(text, claim["span"], claim["occ"]): claim for claim in probe["claims"]}


def _overlaps(claim: DetectedClaim, spans: dict[tuple[int, int], Any]) -> bool:
    return any(claim.start < end and start < claim.end for start, end in spans)


def _figure_score(name: str, kind: str, fields: tuple[str, ...]) -> ProbeScore:
    """Figures found with the exact span and every value field in `fields` as wanted."""
    expected = found = false = 0
    for probe in _probes(name):
        wanted = _wanted(probe)
        expected += len(wanted)
        for claim in detect(probe["text"]):
            if claim.kind != kind:
                continue
            want = wanted.get((claim.start, claim.end))
            value = claim.value
            if want is not None and value is not None:
                found += all(getattr(value, field) == want[field] for field in fields)
            elif not _overlaps(claim, wanted):
                false += 1
    return ProbeScore(expected, found, false)


def _statement_score() -> ProbeScore:
    """Statements found overlapping a wanted one (the nearest, each used once), with its
    exact span, with its speaker, and statements overlapping none."""
    expected = found = exact = speakers = false = 0
    for probe in _probes("statements.jsonl"):
        wanted = _wanted(probe)
        expected += len(wanted)
        claims = [c for c in detect(probe["text"]) if c.kind == KIND_STATEMENT]
        used: set[int] = set()
        for (start, end), want in wanted.items():
            near = [
                i for i, c in enumerate(claims) if i not in used and c.start < end and start < c.end
            ]
            if not near:
                continue
            best = min(near, key=lambda i: abs(claims[i].start - start) + abs(claims[i].end - end))
            used.add(best)
            claim = claims[best]
            found += 1
            exact += (claim.start, claim.end) == (start, end)
            speakers += speaker_matches({"speaker": want["speaker"]}, {"speaker": claim.speaker})
        false += sum(1 for i, c in enumerate(claims) if i not in used and not _overlaps(c, wanted))
    return ProbeScore(expected, found, false, exact, speakers)


@pytest.mark.parametrize(
    ("name", "kind", "fields", "expected", "found_floor", "false_ceiling"),
    [
        (
            "troops.jsonl",
            KIND_TROOPS,
            _TROOPS_FIELDS,
            173,
            TROOPS_FOUND_FLOOR,
            TROOPS_FALSE_CEILING,
        ),
        (
            "troops-batch2.jsonl",
            KIND_TROOPS,
            _TROOPS_FIELDS,
            171,
            TROOPS_BATCH2_FOUND_FLOOR,
            TROOPS_BATCH2_FALSE_CEILING,
        ),
        (
            "casualty.jsonl",
            KIND_CASUALTY,
            _CASUALTY_FIELDS,
            204,
            CASUALTY_FOUND_FLOOR,
            CASUALTY_FALSE_CEILING,
        ),
        (
            "casualty-batch2.jsonl",
            KIND_CASUALTY,
            _CASUALTY_FIELDS,
            212,
            CASUALTY_BATCH2_FOUND_FLOOR,
            CASUALTY_BATCH2_FALSE_CEILING,
        ),
    ],
)
def test_figure_probes_keep_their_floors(
    name: str,
    kind: str,
    fields: tuple[str, ...],
    expected: int,
    found_floor: int,
    false_ceiling: int,
) -> None:
    score = _figure_score(name, kind, fields)
    assert score.expected == expected
    assert score.found >= found_floor, score
    assert score.false <= false_ceiling, score


def test_statement_probes_keep_their_floors() -> None:
    score = _statement_score()
    assert score.expected == 197
    assert score.found >= STATEMENTS_FOUND_FLOOR, score
    assert score.exact >= STATEMENTS_EXACT_FLOOR, score
    assert score.speakers >= STATEMENTS_SPEAKER_FLOOR, score
    assert score.false <= STATEMENTS_FALSE_CEILING, score
