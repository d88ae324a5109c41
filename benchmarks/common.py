"""Shared pieces of the benchmark scripts: the corpus, projects built from it, timing.

The corpus comes from `../shared/bench/make_corpus.py`, the generator other
tools were measured with, so figures compare on the same data.  Corpora and
projects are cached under the system temp folder between runs.
"""

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GENERATOR = ROOT.parent / "shared" / "bench" / "make_corpus.py"
CACHE = Path(tempfile.gettempdir()) / "claim-annotator-bench"
CLI = [sys.executable, "-m", "annotator"]


def corpus(articles: int) -> Path:
    """The JSONL corpus of `articles` articles (about 20 spans each), generated once."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"corpus_{articles}.jsonl"
    if not path.exists():
        if not GENERATOR.exists():
            sys.exit(f"the corpus generator is missing: {GENERATOR}")
        subprocess.run(
            [sys.executable, str(GENERATOR), "--n", str(articles), "--out", str(path)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return path


def fresh_project(name: str) -> Path:
    """A path for a new project in the cache (removing any earlier one and its backups)."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"{name}.claims"
    for leftover in (
        path,
        path.with_name(path.name + "-wal"),
        path.with_name(path.name + "-shm"),
        path.with_name(path.name + ".lock"),
    ):
        leftover.unlink(missing_ok=True)
    shutil.rmtree(path.with_name(f".{path.name}-backups"), ignore_errors=True)
    return path


def imported_project(articles: int) -> Path:
    """A project holding the corpus of `articles` articles, built once through the CLI."""
    path = CACHE / f"project_{articles}.claims"
    if not path.exists():
        target = fresh_project(f"project_{articles}")
        subprocess.run([*CLI, "new", str(target)], check=True, stdout=subprocess.DEVNULL)
        subprocess.run(
            [*CLI, "import", str(target), str(corpus(articles)), "--no-detect"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return path


def child_environment(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of a measured child process: ours, with bytecode caching on.

    An installed app runs from compiled bytecode (pip compiles wheels on
    install; an editable checkout caches it on first run).  A shell that sets
    PYTHONDONTWRITEBYTECODE would make every run compile all our modules from
    source again, which added about 0.2 s to each start-up figure.
    """
    environment = {**os.environ, **(extra or {})}
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    return environment


def run_timed(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall time (s) and peak resident memory (MB) of a child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=child_environment(env))
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, max(peak, before) / 1024


def median_of(runs: int, measure: Callable[[], float]) -> float:
    return statistics.median(measure() for _ in range(runs))


def result(name: str, value: float, unit: str, note: str = "") -> None:
    """One figure, in the line format `run_all.py` collects."""
    print(f"RESULT\t{name}\t{value:.4g}\t{unit}\t{note}")
