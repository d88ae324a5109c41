"""Run the detector over a samples folder and score it with the shared score.py.

    .venv/bin/python tools/score_detector.py [--samples DIR...] [--out preds.json] [--errors]
    .venv/bin/python tools/score_detector.py --samples tests/fixtures/holdout --errors
    .venv/bin/python tools/score_detector.py \
        --samples tests/fixtures/holdout{40,{42..60},92,137,139,148,159,160}

DIR is laid out like the dev samples: DIR/gold.json plus DIR/articles/<article_id>.txt
(default: the dev set in shared/samples).  Several DIRs are pooled, as docs/detection.md
reports groups of sets: their articles are scored together, each article id prefixed by
its folder's name ("holdout42/reuters-1").  Writes predictions in score.py's format (with
value/speaker keys), runs the shared scorer (shared/samples/score.py, or --scorer) with
--gold DIR/gold.json --texts-dir DIR/articles on them, then prints value accuracy (min,
max and casualty_type equal on figures matched by overlap) and speaker accuracy on
matched statements.  --errors lists misses, false alarms and wrong values/speakers per
article, for studying the rules.
"""

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from annotator.detection import detect  # noqa: E402
from annotator.detection.evaluation import (  # noqa: E402
    SCORED_FIGURE_KINDS,
    Record,
    annotated_kinds,
    figures_and_statements,
    matched_pairs,
    prediction_outcomes,
    speaker_matches,
    value_matches,
)

DEFAULT_SAMPLES = ROOT.parent / "shared" / "samples"
DEFAULT_SCORER = DEFAULT_SAMPLES / "score.py"


def predictions(samples: Path, gold: dict[str, Any]) -> list[dict[str, Any]]:
    """Detector output for every gold article, in score.py's prediction format."""
    out = []
    for article in gold["articles"]:
        aid = article["article_id"]
        path = samples / "articles" / f"{aid}.txt"
        with open(path, encoding="utf-8", newline="") as handle:
            text = handle.read()
        for claim in detect(text):
            record: dict[str, Any] = {
                "article_id": aid,
                "kind": claim.kind,
                "start": claim.start,
                "end": claim.end,
                "text": claim.text,
                "rule": claim.rule,
            }
            if claim.value is not None:
                record["value"] = {
                    "min": claim.value.min,
                    "max": claim.value.max,
                    "qualifier": claim.value.qualifier,
                    "unit": claim.value.unit,
                    "casualty_type": claim.value.casualty_type,
                }
            if claim.subtype is not None:
                record["subtype"] = claim.subtype
            if claim.speaker is not None:
                record["speaker"] = claim.speaker
            if claim.via is not None:
                record["via"] = claim.via
            if claim.actor is not None:
                record["actor"] = claim.actor
            out.append(record)
    return out


def pooled_samples(folders: Sequence[Path], into: Path) -> None:
    """Write one samples folder at `into` holding every folder's gold and articles.

    Article ids are prefixed by their folder's name, since sets reuse ids ("a1.txt").
    The pooled gold keeps the first folder's description; its kinds are every kind any
    set annotates.  score.py still counts a set's detections of a kind that set does not
    annotate as false alarms, as it does when scoring that set alone.
    """
    names = [folder.resolve().name for folder in folders]
    if len(set(names)) != len(names):
        raise SystemExit(f"two sample folders share a name: {sorted(names)}")
    (into / "articles").mkdir(parents=True)
    pooled: dict[str, Any] = {}
    for folder, name in zip(folders, names, strict=True):
        with open(folder / "gold.json", encoding="utf-8") as handle:
            gold = json.load(handle)
        if not pooled:
            pooled = {
                key: value for key, value in gold.items() if key not in ("articles", "claims")
            }
            pooled["articles"], pooled["claims"], pooled["kinds"] = [], [], []
        pooled["kinds"] += sorted(annotated_kinds(gold) - set(pooled["kinds"]))
        for article in gold["articles"]:
            aid = article["article_id"]
            pooled["articles"].append({**article, "article_id": f"{name}/{aid}"})
            copy = into / "articles" / name / f"{aid}.txt"
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(folder / "articles" / f"{aid}.txt", copy)
        pooled["claims"] += [
            {**claim, "article_id": f"{name}/{claim['article_id']}"} for claim in gold["claims"]
        ]
    (into / "gold.json").write_text(json.dumps(pooled, ensure_ascii=False), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--samples",
        type=Path,
        nargs="+",
        default=[DEFAULT_SAMPLES],
        help="folder(s) with gold.json and articles/, pooled when several "
        "(default: the dev samples)",
    )
    parser.add_argument(
        "--scorer",
        type=Path,
        default=DEFAULT_SCORER,
        help="score.py to run (default: the shared samples' score.py)",
    )
    parser.add_argument("--out", type=Path, default=Path("/tmp/detector_predictions.json"))
    parser.add_argument("--errors", action="store_true", help="list errors per article")
    parser.add_argument(
        "--by-source", action="store_true", help="also print score.py's per-source F1"
    )
    args = parser.parse_args()
    if len(args.samples) == 1:
        score(args.samples[0], args)
        return
    with tempfile.TemporaryDirectory() as pooled:
        pooled_samples(args.samples, Path(pooled) / "samples")
        score(Path(pooled) / "samples", args)


def score(samples: Path, args: argparse.Namespace) -> None:
    """Detect, score with the shared scorer, then report values and speakers."""
    gold_path = samples / "gold.json"
    with open(gold_path, encoding="utf-8") as handle:
        gold = json.load(handle)
    preds = predictions(samples, gold)
    args.out.write_text(json.dumps(preds, indent=1, ensure_ascii=False), encoding="utf-8")
    command = [
        sys.executable,
        str(args.scorer),
        "--gold",
        str(gold_path),
        "--texts-dir",
        str(samples / "articles"),
        "--pred",
        str(args.out),
    ]
    if args.by_source:
        command.append("--by-source")
    subprocess.run(command, check=True)
    pairs = matched_pairs(gold, preds)
    figures, statements = figures_and_statements(pairs)
    good_values = sum(value_matches(g, p) for g, p in figures)
    good_speakers = sum(speaker_matches(g, p) for g, p in statements)
    print(
        f"\nvalue accuracy   {good_values}/{len(figures)} = "
        f"{good_values / max(1, len(figures)):.3f}"
    )
    print(
        f"speaker accuracy {good_speakers}/{len(statements)} = "
        f"{good_speakers / max(1, len(statements)):.3f}"
    )
    if args.errors:
        print_errors(gold, preds, pairs)


def print_errors(
    gold: dict[str, Any],
    preds: list[dict[str, Any]],
    pairs: list[tuple[Record, Record]],
) -> None:
    """Misses, false alarms and wrong values/speakers, per article.  A false alarm is
    what `prediction_outcomes` judges one, as the samples' score.py counts it (an optional
    gold claim absorbs one prediction, not every prediction overlapping it)."""
    matched_gold = {id(g) for g, _ in pairs}
    outcomes = prediction_outcomes(gold, preds)
    for article in gold["articles"]:
        aid = article["article_id"]
        lines = []
        for claim in gold["claims"]:
            required = claim["article_id"] == aid and not claim.get("optional")
            if required and id(claim) not in matched_gold:
                lines.append(f"  MISS {claim['kind']:9s} {claim['text'][:110]!r}")
        for pred, outcome in zip(preds, outcomes, strict=True):
            if pred["article_id"] == aid and outcome is False:
                lines.append(f"  FA   {pred['kind']:9s} {pred['text'][:110]!r} [{pred['rule']}]")
        for g, p in pairs:
            if g["article_id"] != aid:
                continue
            if g["kind"] in SCORED_FIGURE_KINDS and not value_matches(g, p):
                lines.append(f"  VAL  {g['text']!r} gold={g.get('value')} pred={p.get('value')}")
            if g["kind"] == "statement" and not speaker_matches(g, p):
                lines.append(
                    f"  SPK  {g['text'][:60]!r} gold={g.get('speaker')!r} pred={p.get('speaker')!r}"
                )
            if (g["start"], g["end"]) != (p["start"], p["end"]):
                lines.append(
                    f"  SPAN {g['kind']:9s} gold={g['text'][:80]!r}\n"
                    f"                 pred={p['text'][:80]!r}"
                )
        if lines:
            print(f"\n== {aid}")
            print("\n".join(lines))


if __name__ == "__main__":
    main()
