"""Article switch: select an article until its text and highlights are painted (offscreen).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/article_switch.py

Builds a temporary project with a typical article (about 5 KB, 20 claims) and a
long one (about 1 MB, 10,000 claims), then times switching between them, median
of several runs.  Painting is forced with a grab of the viewport so the figure
includes layout and highlighting of what is visible.
"""

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from annotator.importing.drafts import ArticleDraft, SpanDraft
from annotator.services.articles import import_drafts
from annotator.services.projects import create_project, open_project
from benchmarks.common import result
from ui.app import create_application
from ui.main_window import MainWindow
from ui.project_controller import ProjectController

SENTENCE = (
    "At least 37 people were killed and some 3,000 troops moved north, "
    "the ministry said on Tuesday. "
)


def article(sentences: int, claims: int, title: str) -> ArticleDraft:
    """News-like sentences with `claims` claims spread evenly, cycling through the kinds."""
    text = "".join(SENTENCE if i % 8 else SENTENCE + "\n\n" for i in range(sentences))
    pieces = (
        (0, 18, "casualty"),
        (39, 56, "troops"),
        (0, len(SENTENCE) - 1, "statement"),
        (58, 67, "position"),
    )
    starts, offset = [], 0
    for i in range(sentences):
        starts.append(offset)
        offset += len(SENTENCE) + (0 if i % 8 else 2)
    step = max(1, sentences // claims)
    spans: list[SpanDraft] = []
    for n, sentence in enumerate(range(0, sentences, step)):
        if len(spans) == claims:
            break
        start, end, kind = pieces[n % len(pieces)]
        spans.append(SpanDraft(starts[sentence] + start, starts[sentence] + end, kind))
    return ArticleDraft(
        text=text, source_name=f"{title}.txt", source_format="text", title=title, spans=tuple(spans)
    )


def timed_switch(window: MainWindow, app: object, article_id: int) -> float:
    window.current_article_id = None
    start = time.perf_counter()
    window.show_article(article_id)
    app.processEvents()  # type: ignore[attr-defined]
    window.article_view.viewport().grab()
    return time.perf_counter() - start


def main() -> int:
    app = create_application()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.claims"
        project = create_project(path, name="bench", reviewer="bench")
        typical = article(50, 20, "typical")  # about 5 KB, 20 claims
        long = article(10_000, 10_000, "long")  # about 1 MB, 10,000 claims
        ids = import_drafts(project, [typical, long]).value.added_article_ids
        project.close()
        controller = ProjectController()
        window = MainWindow(controller, "bench")
        controller.set_project(open_project(path, reviewer="bench"))
        window.resize(1400, 900)
        window.show()
        app.processEvents()
        for label, article_id, draft in (("typical", ids[0], typical), ("1 MB", ids[1], long)):
            runs = [timed_switch(window, app, article_id) for _ in range(7)]
            result(
                f"article switch, {label} ({len(draft.text) / 1024:.0f} KiB, "
                f"{len(draft.spans):,} claims)",
                statistics.median(runs) * 1000,
                "ms",
                f"min {min(runs) * 1000:.1f}, max {max(runs) * 1000:.1f}",
            )
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
