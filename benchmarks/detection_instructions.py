"""Detector work in machine instructions (callgrind), a figure that does not drift.

    .venv/bin/python benchmarks/detection_instructions.py [--corpus /tmp/corpus_1000.jsonl]
        [--warm-up 20] [--articles 100]

Why beside `detection_speed.py`: this shared machine's speed drifts by up to a factor of
two between sessions, so MB/s from two sessions cannot tell a change of a few per cent.
The number of instructions the detector runs does not drift: it is the figure each
round's speed line in docs/performance.md and docs/detection-history.md compares.  It
does depend on the interpreter, its version and how it was built (the second line
printed says which), so counts compare only when measured on the same one.

The steady work is measured: `detect` over `--articles` corpus articles after a warm-up
over `--warm-up` others, which compiles the patterns and fills the caches a long run
keeps warm.  The script runs itself under valgrind's callgrind with collection switched
on only inside the `map` that runs `detect` over the measured articles (valgrind's
`--toggle-collect=map_next`), and prints the instructions counted, in total and per
character.  It needs valgrind (`apt-get install valgrind`); without it, it says so and
exits with status 2.  The hash seed is fixed, so two runs of one build agree.  A run
of 100 articles takes about three minutes.
"""

import argparse
import gc
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

#: What callgrind prints of the instructions it counted ("Collected : 2188570429").
_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def corpus_texts(path: Path, count: int) -> list[str]:
    """The first `count` article texts of a JSONL corpus."""
    texts: list[str] = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                texts.append(json.loads(line)["text"])
            if len(texts) == count:
                break
    return texts


def measured_child(path: Path, warm_up: int, articles: int) -> None:
    """The measured process: warm up, then `detect` over the articles inside one `map`,
    the call that callgrind's collection is switched on for."""
    from annotator.detection import detect

    texts = corpus_texts(path, warm_up + articles)
    for text in texts[:warm_up]:
        detect(text)
    # The objects alive now are kept out of the collector's passes, so the count does
    # not depend on how much the process allocated before the measured work.
    gc.collect()
    gc.freeze()
    found = list(map(detect, texts[warm_up:]))
    characters = sum(len(text) for text in texts[warm_up:])
    print(f"{len(found)} articles, {characters} characters")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("/tmp/corpus_1000.jsonl"))
    parser.add_argument("--warm-up", type=int, default=20)
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        measured_child(args.corpus, args.warm_up, args.articles)
        return 0
    if not args.corpus.exists():
        print(
            f"no corpus at {args.corpus}; make one with "
            f"python3 ../shared/bench/make_corpus.py --n 1000 --out {args.corpus}"
        )
        return 2
    from annotator import build
    from benchmarks.interpreter import interpreter_description

    compiled = build.is_compiled("annotator.detection.detector")
    print("detector:", "compiled (mypyc, setup.py)" if compiled else "pure Python")
    print("interpreter:", interpreter_description())
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        print("valgrind is not installed (apt-get install valgrind); nothing measured")
        return 2
    with tempfile.TemporaryDirectory() as scratch:
        command = [
            valgrind,
            "--tool=callgrind",
            "--toggle-collect=map_next",
            f"--callgrind-out-file={Path(scratch) / 'callgrind.out'}",
            sys.executable,
            str(Path(__file__).resolve()),
            "--child",
            f"--corpus={args.corpus}",
            f"--warm-up={args.warm_up}",
            f"--articles={args.articles}",
        ]
        # (a fixed hash seed: string hashing, and so set and dict layouts, otherwise
        # change from run to run and move the count by a few tenths of a per cent)
        environment = {**os.environ, "PYTHONHASHSEED": "0"}
        run = subprocess.run(command, capture_output=True, text=True, check=False, env=environment)
    collected = _COLLECTED.search(run.stderr)
    if run.returncode != 0 or collected is None:
        print(f"callgrind failed (status {run.returncode}):\n{run.stderr[-2000:]}")
        return 1
    instructions = int(collected.group(1))
    shape = run.stdout.strip()
    characters = int(shape.split(", ")[1].split()[0])
    print(f"steady work: {shape} after a warm-up of {args.warm_up}")
    print(
        f"  {instructions / 1e6:,.0f} M instructions ({instructions / characters:,.0f} a character)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
