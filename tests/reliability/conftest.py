"""Print the reliability figures at the end of the run (and save them on request).

Why: the issue asks for the figures of the last run to be visible and quoted in
docs/reliability.md; a terminal-summary section shows them even with `-q`.
"""

import json
import os
from pathlib import Path

import pytest

from tests.reliability.figures import FIGURES


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not FIGURES:
        return
    terminalreporter.section("reliability figures")
    for name, value in sorted(FIGURES.items()):
        terminalreporter.write_line(f"{name}: {value}")
    report = os.environ.get("CLAIM_ANNOTATOR_RELIABILITY_REPORT")
    if report:
        Path(report).write_text(json.dumps(FIGURES, indent=2, sort_keys=True), encoding="utf-8")
