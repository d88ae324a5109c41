"""Import of the JSONL corpus through the command line, spans turned into claims.

    .venv/bin/python benchmarks/import_speed.py [--sizes 1000,10000] [--runs 3]

Prints the median wall time, peak memory and project size per 1,000 articles,
for each corpus size, so the growth with size shows.
"""

import argparse
import statistics
import sys

from benchmarks.common import CLI, corpus, fresh_project, result, run_timed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    for size in (int(s) for s in args.sizes.split(",")):
        source = corpus(size)
        times, peaks = [], []
        for _ in range(args.runs):
            project = fresh_project(f"import_{size}")
            run_timed([*CLI, "new", str(project)])
            elapsed, peak = run_timed([*CLI, "import", str(project), str(source), "--no-detect"])
            times.append(elapsed)
            peaks.append(peak)
        size_mb = project.stat().st_size / 1e6
        result(
            f"import {size:,} articles (CLI, claims created)",
            statistics.median(times),
            "s",
            f"peak {max(peaks):.0f} MB",
        )
        result(
            f"project size per 1,000 articles ({size:,})",
            size_mb / size * 1000,
            "MB",
            f"{size_mb:.0f} MB in all",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
