"""Score one hand annotation of some texts against another, both ways, with score.py.

    .venv/bin/python tools/annotator_agreement.py --first FIRST/gold.json \\
        --second SECOND/gold.json --texts-dir FIRST/articles

The detector's targets only mean something if people who follow the guideline agree
with each other: where two careful annotators disagree, no detector can score 1.0.  This
tool measures that ceiling.  The first file is cut to the articles the second one holds;
the second's required claims are then scored as predictions against the first (whose
optional claims stay neutral), and the other way round.  It also prints value and
speaker agreement on the claims matched by overlap, judged as `tools/score_detector.py`
judges the detector's.
"""

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from annotator.detection.evaluation import (  # noqa: E402
    figures_and_statements,
    matched_pairs,
    speaker_matches,
    value_matches,
)

DEFAULT_SCORER = ROOT.parent / "shared" / "samples" / "score.py"
Gold = dict[str, Any]


def restricted(gold: Gold, article_ids: set[str]) -> Gold:
    """`gold` with only the articles (and their claims) in `article_ids`."""
    return {
        **gold,
        "articles": [a for a in gold["articles"] if a["article_id"] in article_ids],
        "claims": [c for c in gold["claims"] if c["article_id"] in article_ids],
    }


def required(gold: Gold) -> list[dict[str, Any]]:
    """The required claims of an annotation, used as predictions."""
    return [claim for claim in gold["claims"] if not claim.get("optional")]


def score(scorer: Path, gold: Gold, preds: list[dict[str, Any]], texts: Path) -> str:
    """score.py's report for `preds` against `gold`."""
    with tempfile.TemporaryDirectory() as folder:
        gold_path = Path(folder) / "gold.json"
        pred_path = Path(folder) / "pred.json"
        gold_path.write_text(json.dumps(gold), encoding="utf-8")
        pred_path.write_text(json.dumps(preds), encoding="utf-8")
        command = [sys.executable, str(scorer), "--gold", str(gold_path)]
        command += ["--texts-dir", str(texts), "--pred", str(pred_path)]
        return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def agreement_lines(gold: Gold, preds: list[dict[str, Any]]) -> list[str]:
    """Value and speaker agreement on the claims matched by overlap."""
    pairs = matched_pairs(gold, preds)
    figures, statements = figures_and_statements(pairs)
    values = sum(value_matches(g, p) for g, p in figures)
    speakers = sum(speaker_matches(g, p) for g, p in statements)
    lines = [
        f"value agreement   {values}/{len(figures)}",
        f"speaker agreement {speakers}/{len(statements)}",
    ]
    for g, p in statements:
        if not speaker_matches(g, p):
            lines.append(f"  SPK {g['text'][:60]!r}: {g.get('speaker')!r} / {p.get('speaker')!r}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--first", type=Path, required=True, help="the first gold.json")
    parser.add_argument("--second", type=Path, required=True, help="the second gold.json")
    parser.add_argument(
        "--texts-dir", type=Path, required=True, help="folder with <article_id>.txt"
    )
    parser.add_argument("--scorer", type=Path, default=DEFAULT_SCORER, help="score.py to run")
    args = parser.parse_args()
    second = json.loads(args.second.read_text(encoding="utf-8"))
    first = restricted(
        json.loads(args.first.read_text(encoding="utf-8")),
        {a["article_id"] for a in second["articles"]},
    )
    for label, gold, other in (
        ("second scored against first", first, second),
        ("first scored against second", second, first),
    ):
        print(f"== {label}")
        print(score(args.scorer, gold, required(other), args.texts_dir))
        print("\n".join(agreement_lines(gold, required(other))), end="\n\n")


if __name__ == "__main__":
    main()
