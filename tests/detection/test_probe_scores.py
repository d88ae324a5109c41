"""Regression floors on the rule-blind troops probes (tests/fixtures/probes/README.md):
how many of their force sizes the detector finds with the guideline's span and value,
and how few troops claims it makes that the probes do not hold.  Raise the floors when
the detector improves."""

import json
from dataclasses import dataclass
from pathlib import Path

from annotator.detection import detect
from tests.helpers import span_of

PROBES = Path(__file__).resolve().parents[1] / "fixtures" / "probes" / "troops.jsonl"

#: Found with exact span and value (of 173), and troops claims no probe holds, with
#: detector 1.36.0.
FOUND_FLOOR = 163
FALSE_CEILING = 1


@dataclass(frozen=True)
class ProbeScore:
    """Counts over the probe file."""

    expected: int
    found: int
    false: int


def _score() -> ProbeScore:
    expected = found = false = 0
    with open(PROBES, encoding="utf-8") as handle:
        probes = [json.loads(line) for line in handle if line.strip()]
    for probe in probes:
        text = probe["text"]
        wanted = {
            span_of(text, claim["span"], claim["occ"]): (claim["min"], claim["max"])
            for claim in probe["claims"]
        }
        expected += len(wanted)
        for claim in detect(text):
            if claim.kind != "troops":
                continue
            value = claim.value
            key = (claim.start, claim.end)
            if key in wanted and value is not None and (value.min, value.max) == wanted[key]:
                found += 1
            elif not any(claim.start < end and start < claim.end for start, end in wanted):
                false += 1
    return ProbeScore(expected, found, false)


def test_troops_probes_keep_their_floors() -> None:
    score = _score()
    assert score.expected == 173
    assert score.found >= FOUND_FLOOR, score
    assert score.false <= FALSE_CEILING, score
