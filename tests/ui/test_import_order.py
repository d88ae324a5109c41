"""The core is loaded before Qt, so shiboken's import hook never reads its sources."""

import ast
import subprocess
import sys
from pathlib import Path

import ui

UI_FOLDER = Path(ui.__file__).parent


def _top_level_core_imports(path: Path) -> set[str]:
    """Core modules a ui module imports when it is loaded (not in functions or TYPE_CHECKING)."""
    found: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("annotator"):
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("annotator"))
    return found


def test_every_core_module_the_widgets_import_is_preloaded() -> None:
    imported: set[str] = set()
    for path in UI_FOLDER.glob("*.py"):
        if path.name != "__init__.py":
            imported |= _top_level_core_imports(path)
    assert imported, "the widgets import the core"
    # "from annotator import __version__" names the package, loaded with any submodule.
    assert sorted(imported - set(ui.CORE_MODULES) - {"annotator"}) == []


def test_loading_the_ui_package_loads_the_core_but_not_qt() -> None:
    probe = (
        "import sys, ui\n"
        "print('PySide6' in sys.modules, 'sqlmodel' in sys.modules,"
        " 'annotator.services.projects' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        cwd=UI_FOLDER.parent,
    )
    assert done.stdout.split() == ["False", "True", "True"]
