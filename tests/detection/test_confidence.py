"""The detector's confidence is the measured share right (annotator/detection/confidence.py).

The table (confidence.json) is written by tools/calibrate_confidence.py from the read
sets; the never-read sets measure it here, through the public `detect`, with the samples'
own scorer's matching (`evaluation.prediction_outcomes`, checked against score.py).
"""

import importlib.util
import json
import math
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from annotator.detection import DETECTOR_VERSION, detect
from annotator.detection.confidence import (
    HIGHEST_SHARE,
    TABLE_FILE,
    TABLE_FORMAT,
    read_table,
    shipped_table,
    table_from_json,
)
from annotator.detection.detector import detect_by_rules
from annotator.detection.evaluation import (
    annotated_kinds,
    brier_score,
    calibration_error,
    prediction_outcomes,
)
from annotator.detection.position_model import MODEL_FILE, sentence_words, shipped_model
from annotator.detection.positions import LEARNED_CONFIDENCE
from annotator.domain import KIND_POSITION, LEARNED_RULE, confidence_meaning
from annotator.errors import ConfidenceTableError
from tests.detection.test_position_model import NEVER_READ

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
SHIPPED = ROOT / "annotator" / "detection" / TABLE_FILE
SCORER = ROOT.parent / "shared" / "samples" / "score.py"


def _table_json(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "format": TABLE_FORMAT,
        "kinds": {"statement": {"confidence": 0.9}, "position": {"confidence": 0.6}},
        "rules": {
            "statement.said": {
                "confidence": 0.95,
                "variants": {"0.85": {"confidence": 0.97}, "0.65": {"confidence": 0.8}},
            },
        },
    }
    data.update(changes)
    return data


def test_a_claim_takes_its_variants_share_then_its_rules_then_its_kinds() -> None:
    table = table_from_json(_table_json())
    assert table.share("statement", "statement.said", 0.85) == 0.97
    assert table.share("statement", "statement.said", 0.65) == 0.8
    assert table.share("statement", "statement.said", 0.5) == 0.95  # a variant unseen
    assert table.share("statement", "statement.told", 0.85) == 0.9  # a rule unseen
    assert table.share("casualty", "figure.casualty.x", 0.42) == 0.42  # a kind unseen: its own


def test_a_position_goes_through_the_blend_of_its_share_and_the_models_log_odds() -> None:
    flat = table_from_json(
        _table_json(positions={"bias": math.log(3), "rule_weight": 0.0, "model_weight": 0.0})
    )
    assert flat.confidence("position", "position.x", 0.7, "Troops moved.") == pytest.approx(0.75)
    assert flat.confidence("statement", "statement.said", 0.85, "He said.") == 0.97
    by_model = table_from_json(
        _table_json(positions={"bias": 0.0, "rule_weight": 1.0, "model_weight": 1.0})
    )
    military = "Russian troops advanced on the town and captured its northern districts."
    weather = "The weather in the capital was mild on Tuesday, forecasters said."
    assert by_model.confidence("position", "position.x", 0.7, military) > by_model.confidence(
        "position", "position.x", 0.7, weather
    )
    without_blend = table_from_json(_table_json())
    assert without_blend.confidence("position", "position.x", 0.7, military) == 0.6


@pytest.mark.parametrize("model_weight", [1e6, -1e6])
def test_a_blend_far_beyond_any_real_log_odds_gives_a_bounded_confidence(
    model_weight: float,
) -> None:
    table = table_from_json(
        _table_json(positions={"bias": 0.0, "rule_weight": 0.0, "model_weight": model_weight})
    )
    sentence = "Russian troops advanced on the town and captured its northern districts."
    confidence = table.confidence("position", "position.x", 0.7, sentence)
    assert confidence == (HIGHEST_SHARE if model_weight > 0 else 0.01)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"format": 99}, "format 99"),
        ({"kinds": None}, "not a confidence table"),
        ({"kinds": {"statement": {"confidence": 1.5}}}, "not in [0, 1]"),
        ({"kinds": {"statement": {"confidence": "nan"}}}, "not in [0, 1]"),
        ({"rules": {"statement.said": {"confidence": 0.9}}}, "not a confidence table"),
        (
            {"positions": {"bias": "nan", "rule_weight": 1.0, "model_weight": 1.0}},
            "not finite",
        ),
        ({"positions": {"bias": 0.0}}, "not a confidence table"),
    ],
)
def test_a_damaged_table_is_refused_with_a_message(changes: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfidenceTableError, match=message.replace("[", r"\[")):
        table_from_json(_table_json(**changes))


def test_an_unreadable_table_file_is_refused_with_a_message(tmp_path: Path) -> None:
    broken = tmp_path / TABLE_FILE
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(ConfidenceTableError, match="cannot read the confidence table"):
        read_table(broken)
    with pytest.raises(ConfidenceTableError, match="cannot read the confidence table"):
        read_table(tmp_path / "missing.json")


def test_detect_gives_each_claim_the_table_confidence_of_its_rule() -> None:
    text = (
        '"We will not withdraw," the defence minister said on Monday. At least 40 people '
        "were killed in the shelling, officials said. Russian forces captured the village "
        "of Novoselivka, the general staff said."
    )
    ruled = detect_by_rules(text)
    measured = detect(text)
    assert [(c.kind, c.start, c.end, c.rule) for c in measured] == [
        (c.kind, c.start, c.end, c.rule) for c in ruled
    ]
    table = json.loads(SHIPPED.read_text(encoding="utf-8"))
    kinds = {c.kind for c in measured}
    assert {"statement", "casualty", "position"} <= kinds
    for by_rule, claim in zip(ruled, measured, strict=True):
        # read from the file itself, not through the loader
        share = table["rules"][claim.rule]["variants"][str(by_rule.confidence)]["confidence"]
        if claim.kind == KIND_POSITION:
            blend = table["positions"]
            log_odds = (
                blend["bias"]
                + blend["rule_weight"] * math.log(share / (1 - share))
                + blend["model_weight"]
                * shipped_model().position.log_odds(sentence_words(claim.text))
            )
            expected = min(max(round(1 / (1 + math.exp(-log_odds)), 3), 0.01), HIGHEST_SHARE)
        else:
            expected = share
        assert claim.confidence == pytest.approx(expected), claim
        assert 0.0 <= claim.confidence <= 1.0


def test_a_learned_position_is_given_its_measured_confidence_too() -> None:
    text = "It is opposed by factional hardliners and has yet to establish itself in Tripoli."
    [learned] = [c for c in detect(text) if c.rule == LEARNED_RULE]
    assert learned.confidence == pytest.approx(
        shipped_table().confidence(KIND_POSITION, LEARNED_RULE, LEARNED_CONFIDENCE, text)
    )
    assert learned.confidence != LEARNED_CONFIDENCE


def test_the_table_learns_nothing_from_the_never_read_sets() -> None:
    table = json.loads(SHIPPED.read_text(encoding="utf-8"))
    assert table["trained_on"], "the table names the sets it learned from"
    assert not NEVER_READ & set(table["trained_on"])
    assert set(table["measured_on"]) == NEVER_READ
    blend_sets = set(table["positions"]["trained_on"])
    model_sets = set(json.loads((SHIPPED.parent / MODEL_FILE).read_text("utf-8"))["trained_on"])
    assert blend_sets, "the blend names the sets it learned from"
    assert not blend_sets & (NEVER_READ | model_sets)


def test_the_table_was_measured_for_this_detector_and_its_position_model() -> None:
    table = json.loads(SHIPPED.read_text(encoding="utf-8"))
    model = json.loads((SHIPPED.parent / MODEL_FILE).read_text("utf-8"))
    assert table["detector_version"] == DETECTOR_VERSION, "run tools/calibrate_confidence.py"
    assert table["position_model"] == {
        "detector_version": model["detector_version"],
        "examples": model["examples"],
    }, "the position model changed: run tools/calibrate_confidence.py"


def _gold(name: str) -> dict[str, Any]:
    with open(FIXTURES / name / "gold.json", encoding="utf-8") as handle:
        gold: dict[str, Any] = json.load(handle)
    return gold


def _predictions(name: str, gold: dict[str, Any]) -> list[dict[str, Any]]:
    kinds = annotated_kinds(gold)
    preds = []
    for article in gold["articles"]:
        path = FIXTURES / name / "articles" / f"{article['article_id']}.txt"
        with open(path, encoding="utf-8", newline="") as handle:
            text = handle.read()
        ruled = detect_by_rules(text)
        for by_rule, claim in zip(ruled, detect(text), strict=True):
            if claim.kind in kinds:
                preds.append(
                    {
                        "article_id": article["article_id"],
                        "kind": claim.kind,
                        "start": claim.start,
                        "end": claim.end,
                        "confidence": claim.confidence,
                        "rule": claim.rule,
                        "rule_confidence": by_rule.confidence,
                    }
                )
    return preds


@pytest.fixture(scope="module")
def never_read() -> dict[str, tuple[dict[str, Any], list[dict[str, Any]]]]:
    sets = {}
    for name in sorted(NEVER_READ):
        gold = _gold(name)
        sets[name] = (gold, _predictions(name, gold))
    return sets


def test_confidence_is_the_share_right_on_the_never_read_sets(
    never_read: dict[str, tuple[dict[str, Any], list[dict[str, Any]]]],
) -> None:
    measured: list[tuple[float, bool]] = []
    by_rules: list[tuple[float, bool]] = []
    for gold, preds in never_read.values():
        for pred, right in zip(preds, prediction_outcomes(gold, preds), strict=True):
            if right is not None:
                measured.append((pred["confidence"], right))
                by_rules.append((pred["rule_confidence"], right))
    assert len(measured) > 5000
    # 1.64.0: calibration error 0.037 (the rules' own values 0.190), Brier 0.060 (0.109)
    assert calibration_error(measured) <= 0.045
    assert brier_score(measured) <= 0.065
    assert brier_score(measured) < brier_score(by_rules) - 0.03


def test_almost_every_claim_on_the_never_read_sets_has_its_rule_measured(
    never_read: dict[str, tuple[dict[str, Any], list[dict[str, Any]]]],
) -> None:
    rules = json.loads(SHIPPED.read_text(encoding="utf-8"))["rules"]
    preds = [pred for _, preds in never_read.values() for pred in preds]
    unmeasured = [pred["rule"] for pred in preds if pred["rule"] not in rules]
    # 1.64.0: 18 of 5,590 (rare reporting verbs, pairs of position rules: their kind's share)
    assert len(unmeasured) <= 0.005 * len(preds), sorted(set(unmeasured))


@pytest.fixture(scope="module")
def score_module() -> ModuleType:
    if not SCORER.exists():
        pytest.skip(f"the samples' scorer is not at {SCORER}")
    spec = importlib.util.spec_from_file_location("samples_score", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_outcomes_count_as_the_samples_scorer_counts(
    score_module: ModuleType,
    never_read: dict[str, tuple[dict[str, Any], list[dict[str, Any]]]],
) -> None:
    for name, (gold, preds) in never_read.items():
        outcomes = prediction_outcomes(gold, preds)
        counts = score_module.score(gold, preds, "overlap")
        for kind, figures in counts.items():
            judged = [o for p, o in zip(preds, outcomes, strict=True) if p["kind"] == kind]
            assert judged.count(True) == figures["tp"], (name, kind)
            assert judged.count(False) == figures["fp"], (name, kind)


def test_outcomes_drop_what_the_scorer_drops() -> None:
    gold = {
        "articles": [{"article_id": "a", "ignore_regions": [[100, 120]]}],
        "claims": [
            {"article_id": "a", "kind": "statement", "start": 0, "end": 10},
            {"article_id": "a", "kind": "statement", "start": 20, "end": 30, "optional": True},
        ],
    }
    preds = [
        {"article_id": "a", "kind": "statement", "start": 2, "end": 8},  # right
        {"article_id": "a", "kind": "statement", "start": 2, "end": 8},  # the same again
        {"article_id": "a", "kind": "statement", "start": 5, "end": 12},  # a second match
        {"article_id": "a", "kind": "statement", "start": 22, "end": 25},  # optional
        {"article_id": "a", "kind": "statement", "start": 24, "end": 28},  # optional, taken
        {"article_id": "a", "kind": "statement", "start": 105, "end": 110},  # furniture
        {"article_id": "a", "kind": "statement", "start": 40, "end": 40},  # empty
        {"article_id": "a", "kind": "position", "start": 0, "end": 10},  # no gold of it
        {"article_id": "b", "kind": "statement", "start": 0, "end": 10},  # no such article
    ]
    assert prediction_outcomes(gold, preds) == [
        *(True, None, False, None, False, None, None, False, None)
    ]


def test_calibration_error_and_brier_score() -> None:
    assert calibration_error([(0.75, True), (0.75, True), (0.75, True), (0.75, False)]) == 0.0
    assert calibration_error([(0.95, True), (0.95, False)]) == pytest.approx(0.45)
    assert brier_score([(1.0, True), (0.0, False)]) == 0.0
    assert brier_score([(0.5, True), (0.5, False)]) == 0.25
    with pytest.raises(ValueError, match="no claims"):
        calibration_error([])
    with pytest.raises(ValueError, match="no claims"):
        brier_score([])


def test_a_set_that_annotates_figures_annotates_both_kinds() -> None:
    assert annotated_kinds({"kinds": ["casualty", "statement"], "claims": []}) == {
        "casualty",
        "troops",
        "statement",
    }
    assert annotated_kinds({"claims": [{"kind": "position"}]}) == {"position"}


@pytest.mark.parametrize(
    ("version", "measured"),
    [
        ("1.64.0", True),
        ("1.100.0", True),
        ("2.0.0", True),
        ("1.63.0", False),
        ("1.9.0", False),
        (None, False),
        ("unknown", False),
    ],
)
def test_a_detected_confidence_reads_as_measured_from_1_64_on(
    version: str | None, measured: bool
) -> None:
    meaning = confidence_meaning(0.97, "detected", version)
    assert meaning.startswith("About 97 in 100") is measured
    assert ("did not measure" in meaning) is not measured
