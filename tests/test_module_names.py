"""Each module of the app binds each top-level name once.

The detector's rule modules hold hundreds of module constants.  A second constant of an
existing name silently replaces the first for every function that reads it (the
thirty-fifth round defined `_LABEL_BEFORE` twice in `figures.py`, and a rule lost its
pattern without a test failing there); neither ruff nor mypy reports such a rebinding,
so this test reads the sources instead.
"""

import ast
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MODULES = sorted([*(ROOT / "annotator").rglob("*.py"), *(ROOT / "ui").rglob("*.py")])


def top_level_names(source: str) -> Counter[str]:
    """How often the module's own statements bind each name: assignments with a value,
    functions and classes (imports and names bound inside branches are left out)."""
    names: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names.update(target.id for target in node.targets if isinstance(target, ast.Name))
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            if isinstance(node.target, ast.Name):
                names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return names


def test_a_rebinding_is_found() -> None:
    source = "A = 1\ndef f():\n    A = 2\nB: int = 3\nA = 4\nclass C: ...\n"
    names = top_level_names(source)
    assert names["A"] == 2 and names["B"] == 1 and names["C"] == 1
    assert "f" in names and names["f"] == 1


@pytest.mark.parametrize("path", MODULES, ids=lambda path: str(path.relative_to(ROOT)))
def test_each_top_level_name_is_bound_once(path: Path) -> None:
    names = top_level_names(path.read_text(encoding="utf-8"))
    assert [name for name, count in names.items() if count > 1] == []
