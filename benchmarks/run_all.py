"""Run every benchmark and print one table of figures (medians, with peak memory where known).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.run_all [--sizes 1000,10000]

Each benchmark runs in its own process, so one's memory does not count towards
another's.  Scripts print `RESULT<TAB>name<TAB>value<TAB>unit<TAB>note` lines;
this collects them.  Benchmarks are never timed assertions in the test suite.
"""

import argparse
import subprocess
import sys
import time

from benchmarks.common import child_environment

SCRIPTS: tuple[tuple[str, list[str]], ...] = (
    ("benchmarks.import_speed", ["--sizes", "{sizes}", "--runs", "3"]),
    ("benchmarks.startup", ["--articles", "{largest}"]),
    ("benchmarks.article_switch", []),
    ("benchmarks.ui_operations", ["--articles", "{largest}"]),
    ("benchmarks.detection_speed", []),
    ("benchmarks.export_speed", []),
    ("benchmarks.compare_speed", []),
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes",
        default="1000,10000",
        help="corpus sizes for the import benchmark (add 100000 for the big run)",
    )
    args = parser.parse_args()
    largest = max(int(s) for s in args.sizes.split(","))
    env = child_environment({"QT_QPA_PLATFORM": "offscreen"})
    rows: list[tuple[str, str, str]] = []
    for module, extra in SCRIPTS:
        command = [
            sys.executable,
            "-m",
            module,
            *(a.format(sizes=args.sizes, largest=largest) for a in extra),
        ]
        started = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
        took = time.perf_counter() - started
        found = [
            line.split("\t") for line in done.stdout.splitlines() if line.startswith("RESULT\t")
        ]
        if done.returncode != 0:
            rows.append(
                (
                    module,
                    "failed",
                    done.stderr.strip().splitlines()[-1:][0]
                    if done.stderr.strip()
                    else f"exit {done.returncode}",
                )
            )
        for _, name, value, unit, note in found:
            rows.append((name, f"{value} {unit}", note))
        if not found and done.returncode == 0:
            tail = done.stdout.strip().splitlines()[-3:]
            rows.append((module, "see output", " | ".join(tail)))
        print(f"ran {module} in {took:.0f} s", file=sys.stderr)
    width = max(len(r[0]) for r in rows)
    print(f"{'figure'.ljust(width)}  {'value':>14}  note")
    for name, value, note in rows:
        print(f"{name.ljust(width)}  {value:>14}  {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
