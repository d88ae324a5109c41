"""Detector throughput (MB/s of text) and peak memory.

    .venv/bin/python benchmarks/detection_speed.py [--corpus /tmp/corpus_1000.jsonl]
        [--samples ../shared/samples] [--runs 5]

Throughput is UTF-8 megabytes of article text per CPU second of `detect` on one core
(process time, so other load on the machine does not count), median of several runs
after a warm-up that compiles the patterns.
The detector's rule modules are compiled with mypyc when the project is installed
(setup.py); the first line says whether this run uses them.  For the pure-Python
figure, install with CLAIM_ANNOTATOR_PURE_PYTHON=1.  The second line says how the
interpreter was built (`benchmarks/interpreter.py`), which moves the figure too
(docs/detection.md, Speed and memory).
Peak memory is measured with tracemalloc over a pass of the corpus: it must not grow
with the number of articles, so it is also reported for the first tenth of the corpus.
"""

import argparse
import json
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from annotator import build  # noqa: E402
from annotator.detection import detect  # noqa: E402
from benchmarks.interpreter import interpreter_description  # noqa: E402

DEFAULT_SAMPLES = ROOT.parent / "shared" / "samples"


def load_corpus(path: Path) -> list[str]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line)["text"] for line in handle if line.strip()]


def load_samples(folder: Path) -> list[str]:
    texts = []
    for path in sorted((folder / "articles").glob("*.txt")):
        with open(path, encoding="utf-8", newline="") as handle:
            texts.append(handle.read())
    return texts


def throughput(texts: list[str], runs: int) -> float:
    """Median MB/s over `runs` passes (after one warm-up pass)."""
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    for text in texts[:5]:
        detect(text)
    rates = []
    for _ in range(runs):
        started = time.process_time()
        for text in texts:
            detect(text)
        rates.append(size / (time.process_time() - started))
    return statistics.median(rates)


def peak_memory(texts: list[str]) -> float:
    """Peak traced allocation (MB) while detecting over all texts."""
    tracemalloc.start()
    for text in texts:
        detect(text)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("/tmp/corpus_1000.jsonl"))
    parser.add_argument("--samples", type=Path, default=DEFAULT_SAMPLES)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(
        "detector:",
        "compiled (mypyc, setup.py)"
        if build.is_compiled("annotator.detection.detector")
        else "pure Python",
    )
    print("interpreter:", interpreter_description())
    if args.corpus.exists():
        corpus = load_corpus(args.corpus)
        size = sum(len(t.encode("utf-8")) for t in corpus) / 1e6
        print(f"synthetic corpus: {len(corpus)} articles, {size:.2f} MB")
        print(f"  throughput {throughput(corpus, args.runs):.2f} MB/s (median of {args.runs})")
        print(
            f"  peak memory, first tenth {peak_memory(corpus[: len(corpus) // 10]):.2f} MB; "
            f"all {peak_memory(corpus):.2f} MB"
        )
    else:
        print(
            f"no corpus at {args.corpus}; make one with "
            f"python3 ../shared/bench/make_corpus.py --n 1000 --out {args.corpus}"
        )
    if (args.samples / "articles").exists():
        samples = load_samples(args.samples)
        size = sum(len(t.encode("utf-8")) for t in samples) / 1e6
        runs = max(args.runs, 20)
        print(f"dev articles: {len(samples)} articles, {size:.3f} MB")
        print(f"  throughput {throughput(samples, runs):.2f} MB/s (median of {runs})")
        print(f"  peak memory {peak_memory(samples):.2f} MB")
        long_text_scaling(samples)


def long_text_scaling(samples: list[str]) -> None:
    """Throughput on one text made of the dev articles repeated (about 0.06, 0.3 and 1 MB):
    a cost that grows faster than the text shows as a falling rate."""
    joined = "\n\n".join(samples)
    print("one long text (the dev articles joined, repeated):")
    for copies in (1, 6, 18):
        text = "\n\n".join([joined] * copies)
        size = len(text.encode("utf-8")) / 1e6
        started = time.process_time()
        detect(text)
        print(f"  {size:.2f} MB: {size / (time.process_time() - started):.2f} MB/s")


if __name__ == "__main__":
    main()
