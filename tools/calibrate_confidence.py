"""Measure the detector's confidence table (annotator/detection/confidence.json).

    .venv/bin/python tools/calibrate_confidence.py           # write the table, print its measure
    .venv/bin/python tools/calibrate_confidence.py --check   # measure it; fail if it is stale
    .venv/bin/python tools/calibrate_confidence.py --samples /work/shared/samples  # from a worktree

Each claim the rules give (`detect_by_rules`, with each rule's own coarse confidence) on
a gold set is right, a false alarm, or neither (`evaluation.prediction_outcomes`: the
samples' scorer's overlap matching, optional claims and page furniture neutral).  The
table holds the share right per kind, per rule and per rule variant (a rule and the
coarse value it gave), each shrunk toward the share above it by `PRIOR_WEIGHT` claims
(`annotator/detection/confidence.py` says why).

The table learns from every gold set but the never-read ones (`NEVER_READ`), which
measure it instead: the expected calibration error (10 bins), the Brier score and the
area under the ROC curve of the rules' own values and of the table's, overall and per
kind, are printed and kept in the file.  The position blend (the rule's share and the
position model's log-odds, `confidence.PositionBlend`) is fitted on the positions of the
sets that are neither never-read nor among the model's training sets.  Learned positions
(`position.learned`) are counted only on sets the position model did not learn from: on
its own training sentences it is right far more often than on others.  A set's claims
of a kind its gold does not annotate (a made-up set of positions only) are not counted.
"""

import argparse
import json
import sys
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sklearn.linear_model import LogisticRegression  # noqa: E402

from annotator.detection import DETECTOR_VERSION  # noqa: E402
from annotator.detection.confidence import (  # noqa: E402
    HIGHEST_SHARE,
    TABLE_FILE,
    TABLE_FORMAT,
    ConfidenceTable,
    blend_features,
    shipped_table,
    table_from_json,
)
from annotator.detection.detector import detect_by_rules  # noqa: E402
from annotator.detection.evaluation import (  # noqa: E402
    annotated_kinds,
    brier_score,
    calibration_error,
    prediction_outcomes,
)
from annotator.detection.position_model import MODEL_FILE, shipped_model  # noqa: E402
from annotator.domain import KIND_POSITION, LEARNED_RULE  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
DETECTION = ROOT / "annotator" / "detection"
#: The dev samples' folder when the checkout sits beside `shared`.
DEV = ROOT.parent / "shared" / "samples"
#: The sets nobody read while writing rules (the real sets whose positions were never
#: read, and the made-up sets held out from everyone who writes rules): as for the
#: position model (tests/detection/test_position_model.py), they measure, never teach.
NEVER_READ = (
    "holdout40",
    *(f"holdout{n}" for n in range(42, 61)),
    "holdout92",
    *(f"holdout{n}" for n in (137, 139, 148, 159, 160)),
    *(f"fresh{n}" for n in (5, 6, 13, 14, 15, 16, 17, 18, 21, 22)),
)
#: Claims of the share above that a variant or rule is shrunk toward: a rule right three
#: times in three reads as (3 + 10 * p) / 13, not certainty.
PRIOR_WEIGHT = 10


@dataclass(frozen=True)
class Scored:
    """One claim the rules gave on a gold set, and whether it was right."""

    set_name: str
    kind: str
    rule: str
    rule_confidence: float
    text: str
    right: bool


def gold_sets(samples: Path) -> Iterator[tuple[str, Path]]:
    """(name, folder) of every gold set: the dev samples, then the fixtures' sets."""
    yield "dev", samples
    for folder in sorted(FIXTURES.iterdir()):
        if folder.name.startswith(("holdout", "fresh")) and (folder / "gold.json").is_file():
            yield folder.name, folder


def scored_claims(name: str, folder: Path) -> list[Scored]:
    """The rules' claims on one gold set of the kinds it annotates, each judged."""
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    kinds = annotated_kinds(gold)
    preds: list[dict[str, Any]] = []
    for article in gold["articles"]:
        path = folder / "articles" / f"{article['article_id']}.txt"
        with open(path, encoding="utf-8", newline="") as handle:
            text = handle.read()
        for claim in detect_by_rules(text):
            if claim.kind in kinds:
                preds.append(
                    {
                        "article_id": article["article_id"],
                        "kind": claim.kind,
                        "start": claim.start,
                        "end": claim.end,
                        "rule": claim.rule,
                        "confidence": claim.confidence,
                        "text": claim.text,
                    }
                )
    return [
        Scored(name, pred["kind"], pred["rule"], pred["confidence"], pred["text"], right)
        for pred, right in zip(preds, prediction_outcomes(gold, preds), strict=True)
        if right is not None
    ]


class Tally:
    """Claims and right ones, and the share right shrunk toward a prior share."""

    def __init__(self) -> None:
        self.claims = 0
        self.right = 0

    def add(self, right: bool) -> None:
        self.claims += 1
        self.right += right

    def share(self, prior: float | None) -> float:
        if prior is None:
            return self.right / self.claims
        return (self.right + PRIOR_WEIGHT * prior) / (self.claims + PRIOR_WEIGHT)

    def entry(self, confidence: float) -> dict[str, Any]:
        """The tally and its share as the table holds them (at most `HIGHEST_SHARE`)."""
        shown = min(round(confidence, 3), HIGHEST_SHARE)
        return {"claims": self.claims, "right": self.right, "confidence": shown}


def table_json(training: Sequence[Scored]) -> dict[str, Any]:
    """The table's kinds, rules and variants, as confidence.json holds them."""
    kinds: dict[str, Tally] = defaultdict(Tally)
    rules: dict[str, Tally] = defaultdict(Tally)
    rule_kinds: dict[str, str] = {}
    variants: dict[str, dict[float, Tally]] = defaultdict(lambda: defaultdict(Tally))
    for claim in training:
        kinds[claim.kind].add(claim.right)
        rules[claim.rule].add(claim.right)
        rule_kinds[claim.rule] = claim.kind
        variants[claim.rule][claim.rule_confidence].add(claim.right)
    kind_shares = {kind: tally.share(None) for kind, tally in kinds.items()}
    rule_entries: dict[str, Any] = {}
    for rule in sorted(rules):
        share = rules[rule].share(kind_shares[rule_kinds[rule]])
        entry = rules[rule].entry(share)
        entry["kind"] = rule_kinds[rule]
        entry["variants"] = {
            str(value): tally.entry(tally.share(share))
            for value, tally in sorted(variants[rule].items())
        }
        rule_entries[rule] = entry
    return {
        "kinds": {kind: kinds[kind].entry(kind_shares[kind]) for kind in sorted(kinds)},
        "rules": rule_entries,
    }


def blend_json(
    table: ConfidenceTable, claims: Sequence[Scored], names: list[str]
) -> dict[str, Any]:
    """The position blend's weights, fitted on `claims` (the positions of `names`, read
    sets the position model did not learn from): a logistic regression of right on the
    blend's features (`confidence.blend_features`)."""
    model = shipped_model()
    features = [
        list(blend_features(table.share(c.kind, c.rule, c.rule_confidence), c.text, model))
        for c in claims
    ]
    fitted = LogisticRegression().fit(features, [claim.right for claim in claims])
    rule_weight, model_weight = (float(weight) for weight in fitted.coef_[0])
    return {
        "bias": round(float(fitted.intercept_[0]), 4),
        "rule_weight": round(rule_weight, 4),
        "model_weight": round(model_weight, 4),
        "claims": len(claims),
        "right": sum(claim.right for claim in claims),
        "trained_on": names,
    }


def area_under_curve(scored: Sequence[tuple[float, bool]]) -> float | None:
    """The chance that a right claim has a higher confidence than a wrong one (ties
    count half): how well the confidence ranks, whatever its scale.  None when all are
    right or all wrong."""
    wrong = sorted(confidence for confidence, right in scored if not right)
    right = [confidence for confidence, is_right in scored if is_right]
    if not wrong or not right:
        return None
    above = 0.0
    for confidence in right:
        low, high = bisect_left(wrong, confidence), bisect_right(wrong, confidence)
        above += low + 0.5 * (high - low)
    return above / (len(right) * len(wrong))


def measure(claims: Sequence[Scored], table: ConfidenceTable) -> dict[str, Any]:
    """The rules' values against the table's on `claims`: overall and per kind."""
    groups: dict[str, list[Scored]] = {"all": list(claims)}
    for claim in claims:
        groups.setdefault(claim.kind, []).append(claim)
    result: dict[str, Any] = {}
    for group, members in groups.items():
        rules = [(claim.rule_confidence, claim.right) for claim in members]
        measured = [
            (
                table.confidence(claim.kind, claim.rule, claim.rule_confidence, claim.text),
                claim.right,
            )
            for claim in members
        ]
        result[group] = {
            "claims": len(members),
            "right": sum(claim.right for claim in members),
            "rules": _figures(rules),
            "table": _figures(measured),
        }
    return result


def _figures(scored: Sequence[tuple[float, bool]]) -> dict[str, float | None]:
    auc = area_under_curve(scored)
    return {
        "calibration_error": round(calibration_error(scored), 4),
        "brier": round(brier_score(scored), 4),
        "auc": None if auc is None else round(auc, 4),
    }


def print_measure(result: dict[str, Any]) -> None:
    print("never-read sets: rules' own values -> the table's")
    for group, figures in result.items():
        rules, table = figures["rules"], figures["table"]
        share = figures["right"] / figures["claims"]
        print(
            f"  {group:18s} {figures['claims']:5d} claims, {share:.3f} right | calibration"
            f" error {rules['calibration_error']:.3f} -> {table['calibration_error']:.3f},"
            f" Brier {rules['brier']:.4f} -> {table['brier']:.4f},"
            f" AUC {_shown(rules['auc'])} -> {_shown(table['auc'])}"
        )


def _shown(auc: float | None) -> str:
    return "n/a" if auc is None else f"{auc:.3f}"


def full_measure(held_out: Sequence[Scored], table: ConfidenceTable) -> dict[str, Any]:
    """`measure` of the table, and of its shares alone on positions (the blend off)."""
    result = measure(held_out, table)
    unblended = ConfidenceTable(table.kinds, table.rules, table.variants)
    positions = [claim for claim in held_out if claim.kind == KIND_POSITION]
    result["position, no blend"] = measure(positions, unblended)["all"]
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=Path, default=DEV, help="the dev samples' folder")
    parser.add_argument(
        "--check",
        action="store_true",
        help="measure the shipped table on the never-read sets; fail if the figures it"
        " keeps differ",
    )
    args = parser.parse_args()
    if not (args.samples / "gold.json").is_file():
        parser.error(f"no dev samples (gold.json) in {args.samples}; name them with --samples")
    if args.check:
        sys.exit(check())
    model_data = json.loads((DETECTION / MODEL_FILE).read_text("utf-8"))
    model_sets = set(model_data["trained_on"])
    training: list[Scored] = []
    held_out: list[Scored] = []
    blend_claims: list[Scored] = []
    names: list[str] = []
    blend_names: list[str] = []
    for name, folder in gold_sets(args.samples):
        claims = scored_claims(name, folder)
        if name in NEVER_READ:
            held_out.extend(claims)
            continue
        names.append(name)
        training.extend(
            claim for claim in claims if not (claim.rule == LEARNED_RULE and name in model_sets)
        )
        if name not in model_sets and any(claim.kind == KIND_POSITION for claim in claims):
            blend_names.append(name)
            blend_claims.extend(claim for claim in claims if claim.kind == KIND_POSITION)
    data: dict[str, Any] = {
        "format": TABLE_FORMAT,
        "detector_version": DETECTOR_VERSION,
        "position_model": {
            "detector_version": model_data["detector_version"],
            "examples": model_data["examples"],
        },
        "prior_weight": PRIOR_WEIGHT,
        "trained_on": names,
        "measured_on": list(NEVER_READ),
        **table_json(training),
    }
    data["positions"] = blend_json(table_from_json(data), blend_claims, blend_names)
    data["measure"] = full_measure(held_out, table_from_json(data))
    (DETECTION / TABLE_FILE).write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(
        f"wrote {TABLE_FILE}: {len(training)} claims from {len(names)} sets; the position"
        f" blend from {len(blend_claims)} positions of {len(blend_names)} sets"
        f" ({data['positions']['right'] / len(blend_claims):.1%} right)"
    )
    print_measure(data["measure"])


def check() -> int:
    """Measure the shipped table on the never-read sets; 1 when the figures it keeps
    differ (rules, the model or the sets changed since it was written)."""
    held_out: list[Scored] = []
    for name in NEVER_READ:
        held_out.extend(scored_claims(name, FIXTURES / name))
    result = full_measure(held_out, shipped_table())
    print_measure(result)
    kept = json.loads((DETECTION / TABLE_FILE).read_text("utf-8"))["measure"]
    if result != kept:
        print(f"{TABLE_FILE} keeps other figures: run this tool without --check to write it")
        return 1
    return 0


if __name__ == "__main__":
    main()
