"""The compiled detector (setup.py, mypyc) against its source.

The compiled rule modules must find exactly what their Python source finds; and a
compiled module older than its source must not run unnoticed.
"""

import os
import subprocess
import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

from annotator.detection import build

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

#: Runs `detect` over the files named on the command line and prints each claim's repr.
#: With "--pure" a finder placed first loads the detector's modules from their `.py`
#: files, ahead of the compiled modules beside them, so the rules run as plain Python.
_DETECT_SCRIPT = """
import importlib.util
import sys
from pathlib import Path

class SourceFirst:
    @staticmethod
    def find_spec(name, path=None, target=None):
        if not name.startswith("annotator.detection.") or path is None:
            return None
        for folder in path:
            source = Path(folder) / (name.rpartition(".")[2] + ".py")
            if source.exists():
                return importlib.util.spec_from_file_location(name, source)
        return None

if sys.argv[1] == "--pure":
    sys.meta_path.insert(0, SourceFirst)
from annotator.detection import build, detect
print("compiled" if build.is_compiled() else "pure")
for path in sys.argv[2:]:
    with open(path, encoding="utf-8") as handle:
        for claim in detect(handle.read()):
            print(repr(claim))
"""


def _detect_in_subprocess(mode: str, paths: list[Path]) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", _DETECT_SCRIPT, mode, *map(str, paths)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONWARNINGS": "error"},
    )
    return result.stdout.splitlines()


def test_is_compiled_tells_how_the_detector_was_loaded() -> None:
    from annotator.detection import detector

    assert build.is_compiled() == (not detector.__file__.endswith(".py"))


def test_the_compiled_detector_finds_what_its_source_finds() -> None:
    if not build.is_compiled():
        pytest.skip("this install is pure Python (see setup.py)")
    articles = sorted(FIXTURES.glob("holdout*/articles/*.txt"))
    assert len(articles) > 50
    compiled = _detect_in_subprocess("--compiled", articles)
    pure = _detect_in_subprocess("--pure", articles)
    assert compiled[0] == "compiled"
    assert pure[0] == "pure"
    assert len(compiled) > 1000
    assert compiled[1:] == pure[1:]


def _touch(path: Path, mtime: float) -> None:
    path.write_text("")
    os.utime(path, (mtime, mtime))


def test_a_source_edited_after_its_compiled_module_is_stale(tmp_path: Path) -> None:
    suffix = EXTENSION_SUFFIXES[0]
    built = 1_700_000_000.0
    _touch(tmp_path / f"positions{suffix}", built)
    _touch(tmp_path / "positions.py", built + 60)
    _touch(tmp_path / f"figures{suffix}", built)
    _touch(tmp_path / "figures.py", built + 1)  # written by the same install
    _touch(tmp_path / "speakers.py", built + 60)  # never compiled
    assert build.stale_compiled_modules(tmp_path) == ["positions.py"]
