"""Render the main window on the demo project offscreen and save PNG screenshots.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py [OUT_DIR]

The demo project is built in a temporary folder, so the user's own demo is untouched.
"""

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from annotator.services.demo import open_demo_project
from ui.app import create_application
from ui.main_window import MainWindow
from ui.project_controller import ProjectController


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    with tempfile.TemporaryDirectory() as folder:
        controller = ProjectController()
        window = MainWindow(controller, "Demo Reviewer")
        controller.set_project(open_demo_project(Path(folder)))
        window.resize(1400, 860)
        window.show()
        window.article_table.selectRow(0)
        verdicted = next(c for c in window.article_view.claims if c.verdict_rating is not None)
        window.select_claim(verdicted.id)
        app.processEvents()
        path = out / "main-window.png"
        window.grab().save(str(path))
        print(f"wrote {path}")
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
