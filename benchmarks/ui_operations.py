"""Edit latency, claims-table filter/sort and full-text search on a large project (offscreen).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/ui_operations.py [--articles 10000]

* edit latency: a verdict, a tag and a source edit pushed through the UI's undo
  command path until committed and the views have updated (median of many);
* claims table: filtering and sorting the lazy table model over all claims;
* full-text search: an FTS5 query over every article.
"""

import argparse
import os
import shutil
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt

from annotator.services.claim_reading import ClaimFilter
from annotator.services.sources import create_source
from benchmarks.common import fresh_project, imported_project, result
from ui.app import build_window, create_application
from ui.claim_table_model import COLUMNS
from ui.commands import AttachSourceCommand, SetVerdictCommand, TagCommand


def timed(action) -> float:
    start = time.perf_counter()
    action()
    create_application().processEvents()
    return time.perf_counter() - start


def report_cases(name: str, milliseconds: dict[str, float]) -> None:
    """One figure: the median over the cases, with the worst case named and each listed."""
    worst = max(milliseconds, key=lambda case: milliseconds[case])
    result(
        name,
        statistics.median(milliseconds.values()),
        "ms",
        f"worst {milliseconds[worst]:.0f} ms ({worst}); "
        + ", ".join(f"{case} {ms:.0f}" for case, ms in milliseconds.items()),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--edits", type=int, default=60)
    args = parser.parse_args()
    source = imported_project(args.articles)
    path = fresh_project(f"ui_{args.articles}")
    shutil.copyfile(source, path)
    app = create_application()
    window = build_window(project=str(path), reviewer="bench")
    window.show()
    app.processEvents()
    # (opening a project for writing starts its backup in the background, and the edits
    # are timed after it; a project opened read-only starts none)
    if window.backup_task is not None:
        window.backup_task.wait()
    claims = window.claim_model.rowCount()
    window.select_claim(window.claim_model.claim_id_at(0))
    claim_ids = [window.claim_model.claim_id_at(i) for i in range(args.edits)]
    controller = window.controller
    source_id = create_source(controller.project, url="https://example.org/x", title="x").value
    verdict = [
        timed(lambda c=c: window.push(SetVerdictCommand(controller, c, "false"))) for c in claim_ids
    ]
    tag = [timed(lambda c=c: window.push(TagCommand(controller, c, "bench"))) for c in claim_ids]
    attach = [
        timed(lambda c=c: window.push(AttachSourceCommand(controller, c, source_id, "supports")))
        for c in claim_ids
    ]
    for label, runs in (("verdict", verdict), ("tag", tag), ("source", attach)):
        result(
            f"edit latency: {label}",
            statistics.median(runs) * 1000,
            "ms",
            f"p90 {sorted(runs)[int(len(runs) * 0.9)] * 1000:.1f} ms",
        )

    model = window.claim_model
    # Every sortable column, both ways, three times each; the median per column.
    sort_ms = {
        COLUMNS[col][0]: statistics.median(
            timed(lambda col=col, order=order: model.sort(col, order)) * 1000
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder) * 3
        )
        for col in range(len(COLUMNS))
        if COLUMNS[col][0] != "Tags"
    }
    report_cases(f"claims table sort over {claims:,} claims", sort_ms)
    model.sort(0, Qt.SortOrder.AscendingOrder)  # filters are timed in the default order
    filters = {
        "kind": ClaimFilter(kinds=("casualty",)),
        "status": ClaimFilter(statuses=("unreviewed",)),
        "free text": ClaimFilter(text="troops"),
        "verdict": ClaimFilter(verdicts=("false",)),
        "tag": ClaimFilter(tags=("bench",)),
    }
    filter_ms = {
        name: statistics.median(timed(lambda f=f: model.set_filter(f)) * 1000 for _ in range(3))
        for name, f in filters.items()
    }
    report_cases(f"claims table filter over {claims:,} claims", filter_ms)
    model.set_filter(ClaimFilter())

    from annotator.services.articles import search_articles

    searches = [
        timed(lambda q=q: search_articles(controller.project, q))
        for q in ("ceasefire", "troops border", "killed", "minister said", "offensive")
    ]
    result(
        f"full-text search over {args.articles:,} articles",
        statistics.median(searches) * 1000,
        "ms",
        f"max {max(searches) * 1000:.0f} ms",
    )
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
