"""Regression tests on the hand-annotated article sets.

Fifteen sets: the dev samples (../shared/samples, the set the rules were written against)
and the held-out sets in tests/fixtures/holdout… (real articles the rules were not tuned
on when first scored; see their sources.md; holdout8, holdout10 and holdout12 have never
been read).  Each is scored with the samples' own score.py (exact and overlap matching,
per kind) and with `annotator.detection.evaluation` (value and speaker accuracy); a test
fails when any figure drops below the level reached when the floors were last set, minus
a small margin.  Raise the floors when the detector improves.
"""

import importlib.util
import json
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from annotator.detection import detect
from annotator.detection.evaluation import matched_pairs, speaker_matches, value_matches

SHARED_SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples"
HOLDOUT = Path(__file__).resolve().parents[1] / "fixtures" / "holdout"
HOLDOUT2 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout2"
HOLDOUT3 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout3"
HOLDOUT4 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout4"
HOLDOUT5 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout5"
HOLDOUT6 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout6"
HOLDOUT7 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout7"
HOLDOUT8 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout8"
HOLDOUT9 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout9"
HOLDOUT10 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout10"
HOLDOUT11 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout11"
HOLDOUT12 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout12"
HOLDOUT13 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout13"
HOLDOUT14 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout14"
HOLDOUT15 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout15"
HOLDOUT16 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout16"
HOLDOUT17 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout17"
HOLDOUT18 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout18"
SCORER = SHARED_SAMPLES / "score.py"
MARGIN = 0.01


@dataclass(frozen=True)
class SampleSet:
    """Articles with gold claims, and the scores the detector reached on them."""

    name: str
    folder: Path
    #: F1 reached per match mode and kind (see docs/detection.md for the tables).
    f1_floors: dict[str, dict[str, float]]
    value_accuracy: float
    speaker_accuracy: float


SAMPLE_SETS = {
    "dev": SampleSet(
        "dev",
        SHARED_SAMPLES,
        {
            "exact": {"casualty": 0.993, "troops": 1.0, "position": 0.969, "statement": 0.989},
            "overlap": {"casualty": 1.0, "troops": 1.0, "position": 0.969, "statement": 0.994},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.974,
    ),
    "holdout": SampleSet(
        "holdout",
        HOLDOUT,
        {
            "exact": {"casualty": 0.96, "troops": 1.0, "position": 0.929, "statement": 0.931},
            "overlap": {"casualty": 0.98, "troops": 1.0, "position": 0.957, "statement": 0.98},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.933,
    ),
    "holdout2": SampleSet(
        "holdout2",
        HOLDOUT2,
        {
            "exact": {"casualty": 0.918, "troops": 0.705, "position": 0.86, "statement": 0.968},
            "overlap": {"casualty": 0.972, "troops": 0.823, "position": 0.93, "statement": 0.976},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.951,
    ),
    "holdout3": SampleSet(
        "holdout3",
        HOLDOUT3,
        {
            "exact": {"casualty": 0.894, "troops": 0.918, "position": 0.822, "statement": 0.852},
            "overlap": {"casualty": 0.947, "troops": 0.918, "position": 0.865, "statement": 0.903},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.9,
    ),
    "holdout4": SampleSet(
        "holdout4",
        HOLDOUT4,
        {
            "exact": {"casualty": 0.942, "troops": 1.0, "position": 0.839, "statement": 0.924},
            "overlap": {"casualty": 0.956, "troops": 1.0, "position": 0.873, "statement": 0.97},
        },
        value_accuracy=0.972,
        speaker_accuracy=0.969,
    ),
    "holdout5": SampleSet(
        "holdout5",
        HOLDOUT5,
        {
            "exact": {"casualty": 0.945, "troops": 0.952, "position": 0.727, "statement": 0.854},
            "overlap": {"casualty": 0.945, "troops": 0.952, "position": 0.848, "statement": 0.917},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.842,
    ),
    "holdout6": SampleSet(
        "holdout6",
        HOLDOUT6,
        {
            "exact": {"casualty": 1.0, "troops": 0.0, "position": 0.687, "statement": 0.948},
            "overlap": {"casualty": 1.0, "troops": 0.0, "position": 0.75, "statement": 0.974},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.921,
    ),
    "holdout7": SampleSet(
        "holdout7",
        HOLDOUT7,
        {
            "exact": {"casualty": 0.917, "troops": 0.0, "position": 0.769, "statement": 0.885},
            "overlap": {"casualty": 0.941, "troops": 0.0, "position": 0.769, "statement": 0.95},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.836,
    ),
    # Scored unseen once (detector 1.5.0: overlap micro F1 0.870), then read.
    "holdout9": SampleSet(
        "holdout9",
        HOLDOUT9,
        {
            "exact": {"casualty": 0.925, "troops": 0.0, "position": 0.88, "statement": 0.943},
            "overlap": {"casualty": 1.0, "troops": 0.0, "position": 0.891, "statement": 0.969},
        },
        value_accuracy=0.962,
        speaker_accuracy=0.893,
    ),
    # Scored unseen once (1.5.0: overlap micro F1 0.869; 1.6.0 before it was read:
    # 0.876), then read.
    "holdout11": SampleSet(
        "holdout11",
        HOLDOUT11,
        {
            "exact": {"casualty": 0.872, "troops": 0.5, "position": 0.796, "statement": 0.909},
            "overlap": {"casualty": 0.957, "troops": 0.5, "position": 0.884, "statement": 0.945},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.833,
    ),
    # Scored unseen once (1.5.0: overlap micro F1 0.897; 1.6.0 before it was read:
    # 0.897), then read.
    "holdout13": SampleSet(
        "holdout13",
        HOLDOUT13,
        {
            "exact": {"casualty": 0.935, "troops": 1.0, "position": 0.872, "statement": 0.929},
            "overlap": {"casualty": 0.935, "troops": 1.0, "position": 0.892, "statement": 0.961},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.88,
    ),
    # Scored unseen once (1.5.0: overlap micro F1 0.872; 1.6.0 before it was read:
    # 0.883), then read.
    "holdout14": SampleSet(
        "holdout14",
        HOLDOUT14,
        {
            "exact": {"casualty": 0.965, "troops": 0.818, "position": 0.727, "statement": 0.893},
            "overlap": {"casualty": 0.965, "troops": 0.818, "position": 0.792, "statement": 0.941},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.886,
    ),
    # Scored unseen once (1.6.0: overlap micro F1 0.916, exact 0.855), then read.
    "holdout15": SampleSet(
        "holdout15",
        HOLDOUT15,
        {
            "exact": {"casualty": 0.977, "troops": 1.0, "position": 0.807, "statement": 0.868},
            "overlap": {"casualty": 0.977, "troops": 1.0, "position": 0.868, "statement": 0.959},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.81,
    ),
    # Scored unseen once (1.6.0: overlap micro F1 0.789, exact 0.693; Daily Mail, no
    # Syria), then read.
    "holdout16": SampleSet(
        "holdout16",
        HOLDOUT16,
        {
            "exact": {"casualty": 0.987, "troops": 0.933, "position": 0.678, "statement": 0.925},
            "overlap": {"casualty": 0.987, "troops": 0.933, "position": 0.69, "statement": 0.951},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.834,
    ),
    # Scored unseen once after the rules from 15 and 16 (1.6.0: overlap micro F1 0.784;
    # then 0.804), then read (Daily Mail, no Syria).
    "holdout17": SampleSet(
        "holdout17",
        HOLDOUT17,
        {
            "exact": {"casualty": 0.875, "troops": 0.727, "position": 0.626, "statement": 0.897},
            "overlap": {"casualty": 0.875, "troops": 0.818, "position": 0.652, "statement": 0.941},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.899,
    ),
    # Scored unseen once after the rules from 15 and 16 (1.6.0: overlap micro F1 0.931;
    # then 0.936), its gold not read.
    "holdout18": SampleSet(
        "holdout18",
        HOLDOUT18,
        {
            "exact": {"casualty": 0.962, "troops": 1.0, "position": 0.75, "statement": 0.938},
            "overlap": {"casualty": 0.987, "troops": 1.0, "position": 0.78, "statement": 0.987},
        },
        value_accuracy=0.951,
        speaker_accuracy=0.75,
    ),
    # Unseen: scored, its gold never read (built 2026-11-29; scored with 1.5.0, 0.909
    # overlap micro F1, 1.6.0 as landed, 0.918, and 1.7.0, 0.918).
    "holdout12": SampleSet(
        "holdout12",
        HOLDOUT12,
        {
            "exact": {"casualty": 0.948, "troops": 0.666, "position": 0.755, "statement": 0.95},
            "overlap": {"casualty": 0.978, "troops": 0.666, "position": 0.773, "statement": 0.961},
        },
        value_accuracy=0.985,
        speaker_accuracy=0.869,
    ),
    # Unseen: scored, its gold never read (built 2026-11-29, scored with 1.5.0 and 1.6.0:
    # the same spans, one speaker more with 1.6.0; 1.7.0: 0.923 -> 0.928).
    "holdout10": SampleSet(
        "holdout10",
        HOLDOUT10,
        {
            "exact": {"casualty": 0.946, "troops": 1.0, "position": 0.787, "statement": 0.938},
            "overlap": {"casualty": 0.964, "troops": 1.0, "position": 0.831, "statement": 0.954},
        },
        value_accuracy=0.982,
        speaker_accuracy=0.829,
    ),
    # Unseen: scored, its gold never read (two of its texts were seen in a pattern search,
    # 2026-11-29).  Its errors are for the next round's judgement only.
    "holdout8": SampleSet(
        "holdout8",
        HOLDOUT8,
        {
            "exact": {"casualty": 0.933, "troops": 0.666, "position": 0.727, "statement": 0.935},
            "overlap": {"casualty": 0.977, "troops": 0.666, "position": 0.763, "statement": 0.963},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.811,
    ),
}

pytestmark = pytest.mark.skipif(
    not SCORER.exists() or not (SHARED_SAMPLES / "gold.json").exists(),
    reason=f"samples not found at {SHARED_SAMPLES} (shared/ is not checked out next to the repo)",
)


@pytest.fixture(scope="module")
def score_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("samples_score", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module", params=sorted(SAMPLE_SETS))
def sample_set(request: pytest.FixtureRequest) -> SampleSet:
    return SAMPLE_SETS[request.param]


@pytest.fixture(scope="module")
def gold(sample_set: SampleSet) -> dict[str, Any]:
    with open(sample_set.folder / "gold.json", encoding="utf-8") as handle:
        return json.load(handle)


@pytest.fixture(scope="module")
def predictions(sample_set: SampleSet, gold: dict[str, Any]) -> list[dict[str, Any]]:
    preds = []
    for article in gold["articles"]:
        path = sample_set.folder / "articles" / f"{article['article_id']}.txt"
        with open(path, encoding="utf-8", newline="") as handle:
            text = handle.read()
        for claim in detect(text):
            record: dict[str, Any] = {
                "article_id": article["article_id"],
                "kind": claim.kind,
                "start": claim.start,
                "end": claim.end,
                "speaker": claim.speaker,
            }
            if claim.value is not None:
                record["value"] = {
                    "min": claim.value.min,
                    "max": claim.value.max,
                    "casualty_type": claim.value.casualty_type,
                }
            preds.append(record)
    return preds


@pytest.mark.parametrize("mode", ["exact", "overlap"])
def test_f1_per_kind(
    score_module: ModuleType,
    sample_set: SampleSet,
    gold: dict[str, Any],
    predictions: list[dict[str, Any]],
    mode: str,
) -> None:
    counts = score_module.score(gold, predictions, mode)
    for kind, floor in sample_set.f1_floors[mode].items():
        f1 = score_module.prf(counts[kind]["tp"], counts[kind]["fp"], counts[kind]["fn"])[2]
        assert f1 >= floor - MARGIN, (
            f"{sample_set.name}: {mode} F1 for {kind} fell to {f1:.3f} (floor {floor})"
        )


def test_value_and_speaker_accuracy(
    sample_set: SampleSet, gold: dict[str, Any], predictions: list[dict[str, Any]]
) -> None:
    pairs = matched_pairs(gold, predictions)
    figures = [(g, p) for g, p in pairs if g["kind"] in ("casualty", "troops")]
    statements = [(g, p) for g, p in pairs if g["kind"] == "statement"]
    assert figures and statements
    value_accuracy = sum(value_matches(g, p) for g, p in figures) / len(figures)
    speaker_accuracy = sum(speaker_matches(g, p) for g, p in statements) / len(statements)
    assert value_accuracy >= sample_set.value_accuracy - MARGIN
    assert speaker_accuracy >= sample_set.speaker_accuracy - MARGIN


def test_lenient_speaker_comparison() -> None:
    gold_claim = {"speaker": "Sergei Ryabkov (Russian Deputy Foreign Minister)"}
    assert speaker_matches(gold_claim, {"speaker": "Sergei Ryabkov"})
    assert speaker_matches(gold_claim, {"speaker": "Russian deputy foreign minister"})
    assert speaker_matches({"speaker": "the Taliban"}, {"speaker": "Taliban"})
    assert speaker_matches({"speaker": "SOHR; Reuters"}, {"speaker": "Reuters"})
    assert speaker_matches({"speaker": "a diplomat"}, {"speaker": "one diplomat"})
    # an acronym stands for the name it is made of, either way round
    assert speaker_matches({"speaker": "United Nations"}, {"speaker": "UN"})
    assert speaker_matches({"speaker": "U.S."}, {"speaker": "the United States"})
    assert not speaker_matches({"speaker": "United Nations"}, {"speaker": "US"})
    assert speaker_matches({"speaker": "Syrian Arab News Agency"}, {"speaker": "SANA"})
    assert not speaker_matches({"speaker": "Syrian Arab News Agency"}, {"speaker": "SAA"})
    assert speaker_matches({"speaker": "police"}, {"speaker": "Westerville police"})
    assert not speaker_matches({"speaker": "Westerville police"}, {"speaker": "Westerville"})
    assert not speaker_matches({"speaker": "police"}, {"speaker": "the man who told police"})
    assert not speaker_matches(gold_claim, {"speaker": "Antony Blinken"})
    assert not speaker_matches(gold_claim, {"speaker": None})
