"""`tools/score_detector.py` pools several sample sets the way docs/detection.md reports
groups of sets: the pooled counts must be the sum of each set's own."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TOOL = ROOT / "tools" / "score_detector.py"
SCORER = ROOT.parent / "shared" / "samples" / "score.py"
SETS = [ROOT / "tests" / "fixtures" / name for name in ("holdout159", "holdout160")]

pytestmark = pytest.mark.skipif(not SCORER.exists(), reason="needs ../shared/samples/score.py")

Counts = dict[str, tuple[int, int, int]]


def _run(*folders: Path, out: Path) -> str:
    command = [sys.executable, str(TOOL), "--out", str(out), "--samples", *map(str, folders)]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def _overlap_counts(report: str) -> Counts:
    """gold-matched, false and missed claims per kind, from the overlap table."""
    table = report.split("[overlap match]", 1)[1]
    rows = re.findall(
        r"^\s+(casualty|troops|position|statement)\s+\d+\s+(\d+)\s+(\d+)\s+(\d+)", table, re.M
    )
    return {kind: (int(tp), int(fp), int(fn)) for kind, tp, fp, fn in rows}


def _accuracy(report: str, what: str) -> tuple[int, int]:
    found = re.search(rf"{what} accuracy\s+(\d+)/(\d+)", report)
    assert found is not None, report
    return int(found.group(1)), int(found.group(2))


def test_pooled_sets_score_as_the_sum_of_each_set(tmp_path: Path) -> None:
    alone = [_run(folder, out=tmp_path / f"{folder.name}.json") for folder in SETS]
    pooled = _run(*SETS, out=tmp_path / "pooled.json")
    separate = [_overlap_counts(report) for report in alone]
    summed = {
        kind: tuple(sum(counts[kind][i] for counts in separate) for i in range(3))
        for kind in separate[0]
    }
    assert _overlap_counts(pooled) == summed
    assert sum(summed["statement"]) > 0  # the two sets hold statements to pool
    for what in ("value", "speaker"):
        right = [_accuracy(report, what) for report in alone]
        assert _accuracy(pooled, what) == (sum(r for r, _ in right), sum(n for _, n in right))
    written = (tmp_path / "pooled.json").read_text(encoding="utf-8")
    assert '"article_id": "holdout159/' in written and '"article_id": "holdout160/' in written


def test_sets_that_reuse_article_ids_are_kept_apart(tmp_path: Path) -> None:
    # Two copies of one set under other names: the same article ids, pooled twice over.
    copies = [tmp_path / "sets" / name for name in ("first", "second")]
    for copy in copies:
        shutil.copytree(SETS[1], copy)
    single = _overlap_counts(_run(SETS[1], out=tmp_path / "single.json"))
    doubled = _overlap_counts(_run(*copies, out=tmp_path / "doubled.json"))
    assert doubled == {kind: tuple(2 * n for n in counts) for kind, counts in single.items()}
    assert sum(single["statement"]) > 0


def test_two_folders_of_one_name_are_refused(tmp_path: Path) -> None:
    twin = tmp_path / "elsewhere" / SETS[0].name
    twin.parent.mkdir()
    twin.symlink_to(SETS[0], target_is_directory=True)
    command = [sys.executable, str(TOOL), "--out", str(tmp_path / "p.json"), "--samples"]
    finished = subprocess.run(
        [*command, str(SETS[0]), str(twin)], capture_output=True, text=True, check=False
    )
    assert finished.returncode != 0
    assert "two sample folders share a name" in finished.stderr
