"""Start-up: process start until the main window is shown with a project open; idle memory.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/startup.py [--articles 10000]

Measured for the demo project and for a project of the synthetic corpus
(10,000 articles by default), median of several cold-process runs.
"""

import argparse
import statistics
import subprocess
import sys
import tempfile
import time

from benchmarks.common import child_environment, imported_project, result

CHILD = """
import sys
from ui.app import build_window, create_application, demo_folder
app = create_application()
window = build_window(project=sys.argv[1] if sys.argv[1] != "demo" else None, reviewer="bench")
window.show()
app.processEvents()
window.article_view.viewport().grab()
with open("/proc/self/status") as status:
    rss = next(int(line.split()[1]) for line in status if line.startswith("VmRSS"))
print("shown", rss, flush=True)
window.close()
"""


def one_run(project: str, env: dict[str, str]) -> tuple[float, float]:
    """Seconds from process start to the window shown, and resident MB at that moment.

    The clock stops when the child reports the window painted, not when it exits
    (closing waits for the backup taken at open, which is not start-up).
    """
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, project],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    child.communicate()
    if not line.startswith("shown"):
        raise SystemExit(f"the app did not start: {line!r}")
    return elapsed, int(line.split()[1]) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    env = child_environment(
        {
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_DATA_HOME": tempfile.mkdtemp(prefix="bench-data-"),
            "XDG_CONFIG_HOME": tempfile.mkdtemp(prefix="bench-config-"),
        }
    )
    one_run("demo", env)  # builds the demo project once, so runs below only open it
    for label, project in (
        ("demo", "demo"),
        (f"{args.articles:,} articles", str(imported_project(args.articles))),
    ):
        runs = [one_run(project, env) for _ in range(args.runs)]
        result(
            f"start-up to window, {label}",
            statistics.median(r[0] for r in runs),
            "s",
            f"{statistics.median(r[1] for r in runs):.0f} MB resident",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
