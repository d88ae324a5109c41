"""How long exporting a large project takes: 10,000 articles and 200,000 claims by default.

Run: `.venv/bin/python benchmarks/export_speed.py [--articles N] [--claims-per-article K]`.
It builds a project through the bulk import service (articles with spans),
then times the native JSON export and the CSV export (median of three runs
each) and prints the figures and the peak memory the exports needed.  The
target is two seconds for 200,000 claims to JSON.
"""

import argparse
import random
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

from annotator.exchange.export import ExportFormat, ExportOptions, export_to_file
from annotator.importing.drafts import ArticleDraft, SpanDraft
from annotator.project import Project
from annotator.services.articles import import_drafts
from annotator.services.projects import create_project

KINDS = ("casualty", "troops", "position", "statement")
FILLER = (
    "Fighting continued along the front line on Tuesday, officials said, "
    "while aid agencies warned of shortages in the region. "
)


def drafts(articles: int, claims_per_article: int, seed: int = 7) -> Iterator[ArticleDraft]:
    """Deterministic synthetic articles, each with `claims_per_article` labelled spans."""
    rng = random.Random(seed)
    for number in range(articles):
        parts: list[str] = [f"Report {number}. "]
        spans: list[SpanDraft] = []
        position = len(parts[0])
        for claim in range(claims_per_article):
            parts.append(FILLER)
            position += len(FILLER)
            figure = f"at least {rng.randint(2, 9000):,} people were killed ({claim})"
            spans.append(SpanDraft(position, position + len(figure), rng.choice(KINDS)))
            parts.append(figure + ". ")
            position += len(figure) + 2
        yield ArticleDraft(
            text="".join(parts),
            source_name=f"bench-{number:06d}.txt",
            source_format="text",
            title=f"Benchmark article {number}",
            outlet="Northwire",
            url=f"https://news.example.org/{number}",
            spans=tuple(spans),
        )


def build(path: Path, articles: int, claims_per_article: int) -> Project:
    project = create_project(path, name="Benchmark", reviewer="Bench")
    started = time.perf_counter()
    report = import_drafts(project, drafts(articles, claims_per_article), total=articles).value
    print(
        f"built {len(report.added_article_ids):,} articles, {report.claims_added:,} claims "
        f"in {time.perf_counter() - started:.1f} s"
    )
    return project


def timed(project: Project, target: Path, export_format: ExportFormat) -> tuple[float, int]:
    """Median seconds of three exports, and the peak traced memory of one of them."""
    options = ExportOptions(format=export_format)
    times = []
    for _ in range(3):
        started = time.perf_counter()
        export_to_file(project, target, options)
        times.append(time.perf_counter() - started)
    tracemalloc.start()
    export_to_file(project, target, options)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return statistics.median(times), peak


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--claims-per-article", type=int, default=20)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        project = build(Path(folder) / "bench.claims", args.articles, args.claims_per_article)
        try:
            claims = args.articles * args.claims_per_article
            for export_format in (ExportFormat.JSON, ExportFormat.CSV):
                target = Path(folder) / f"export{export_format.suffix}"
                seconds, peak = timed(project, target, export_format)
                size = target.stat().st_size
                print(
                    f"{export_format.value:>5}: {claims:,} claims in {seconds:.2f} s "
                    f"(median of 3; {claims / seconds:,.0f} claims/s), "
                    f"{size / 1e6:.0f} MB, peak memory {peak / 1e6:.0f} MB"
                )
        finally:
            project.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
