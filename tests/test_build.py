"""The compiled modules (setup.py, mypyc) against their source.

The compiled detector must find exactly what its Python source finds, the compiled JSONL
reader must read and refuse exactly what its source does; and a compiled module older
than its source must not run unnoticed.
"""

import json
import os
import subprocess
import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

from annotator import build

FIXTURES = Path(__file__).resolve().parent / "fixtures"

#: With "--pure" first on its command line, a finder placed first loads the compiled
#: packages' modules from their `.py` files, ahead of the compiled modules beside them,
#: so the code runs as plain Python; it prints which way the module `MODULE` loaded.
_SOURCE_FIRST = """
import importlib.util
import sys
from pathlib import Path

class SourceFirst:
    @staticmethod
    def find_spec(name, path=None, target=None):
        if not name.startswith(("annotator.detection.", "annotator.importing.")) or not path:
            return None
        for folder in path:
            source = Path(folder) / (name.rpartition(".")[2] + ".py")
            if source.exists():
                return importlib.util.spec_from_file_location(name, source)
        return None

if sys.argv[1] == "--pure":
    sys.meta_path.insert(0, SourceFirst)
from annotator import build
print("compiled" if build.is_compiled(MODULE) else "pure")
"""


#: Prints the repr of every claim `detect` finds in the files named on the command line.
_DETECT = """
from annotator.detection import detect
for path in sys.argv[2:]:
    with open(path, encoding="utf-8") as handle:
        for claim in detect(handle.read()):
            print(repr(claim))
"""

#: Prints what the JSONL reader makes of the file named on the command line: its check
#: (errors and counts) and every draft it reads from the valid records.
_READ_JSONL = """
from pathlib import Path
from annotator.errors import ImportFormatError
from annotator.importing.jsonl import check_jsonl_file, read_jsonl_file
path = Path(sys.argv[2])
print(repr(check_jsonl_file(path)))
try:
    for draft in read_jsonl_file(path):
        print(repr(draft))
except ImportFormatError as error:
    print("refused:", error)
"""


def _run(module: str, script: str, mode: str, args: list[str]) -> list[str]:
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            _SOURCE_FIRST.replace("MODULE", repr(module)) + script,
            mode,
            *args,
        ],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONWARNINGS": "error"},
    )
    return result.stdout.splitlines()


def test_is_compiled_tells_how_a_module_was_loaded() -> None:
    from annotator.detection import detector
    from annotator.importing import jsonl

    assert build.is_compiled("annotator.detection.detector") == (
        not detector.__file__.endswith(".py")
    )
    assert build.is_compiled("annotator.importing.jsonl") == (not jsonl.__file__.endswith(".py"))


def _require_compiled(module: str) -> None:
    if not build.is_compiled(module):
        pytest.skip("this install is pure Python (see setup.py)")


def test_the_compiled_detector_finds_what_its_source_finds() -> None:
    module = "annotator.detection.detector"
    _require_compiled(module)
    articles = [str(path) for path in sorted(FIXTURES.glob("holdout*/articles/*.txt"))]
    assert len(articles) > 50
    compiled = _run(module, _DETECT, "--compiled", articles)
    pure = _run(module, _DETECT, "--pure", articles)
    assert compiled[0] == "compiled"
    assert pure[0] == "pure"
    assert len(compiled) > 1000
    assert compiled[1:] == pure[1:]


def test_the_compiled_jsonl_reader_reads_and_refuses_what_its_source_does(
    tmp_path: Path,
) -> None:
    module = "annotator.importing.jsonl"
    _require_compiled(module)
    text = "At least 12 people were killed, officials said.\tMore than 300 troops moved in."
    valid = [
        {
            "id": "a",
            "title": "First",
            "text": text,
            "spans": [{"start": 0, "end": 18, "label": "casualty"}],
        },
        {
            "id": 7,
            "title": None,
            "text": text + "\u0007",
            "url": "https://example.org/a",
            "published": "2022-01-09T14:30:00Z",
            "spans": [{"start": 48, "end": 66, "label": "troops"}],
        },
    ]
    invalid = [
        b"{not json",
        b"[1, 2]",
        b'{"id": "b", "title": "t", "text": "x", "id": "c"}',
        b'{"title": "t", "text": "x"}',
        b'{"id": true, "title": "t", "text": "x"}',
        b'{"id": "a", "title": "t", "text": "x"}',
        b'{"id": "c", "title": 5, "text": "x"}',
        b'{"id": "d", "title": "t", "text": "x", "url": "javascript:alert(1)"}',
        b'{"id": "e", "title": "t", "text": "x", "published": "yesterday"}',
        b'{"id": "f", "title": "t", "text": "abc", "spans": [[2, 9, "casualty"]]}',
        b'{"id": "g", "title": "t", "text": "abc", "spans": [{"start": 0}]}',
        b"\xff\xfe not utf-8",
    ]
    good = tmp_path / "good.jsonl"
    good.write_bytes(b"".join(json.dumps(record).encode() + b"\n" for record in valid))
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(good.read_bytes() + b"\n".join(invalid) + b"\n")
    for path in (good, bad):
        compiled = _run(module, _READ_JSONL, "--compiled", [str(path)])
        pure = _run(module, _READ_JSONL, "--pure", [str(path)])
        assert (compiled[0], pure[0]) == ("compiled", "pure")
        assert compiled[1:] == pure[1:]
    assert len(compiled) > 3  # the check, a draft and the refusal
    assert "line 3" in compiled[1] and "ArticleDraft(" in compiled[2]


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


def test_a_source_older_than_the_rebuilt_shared_library_is_not_stale(tmp_path: Path) -> None:
    """A rebuild rewrites the shared library but leaves unchanged stubs with their old
    times: a source edited between the two builds is compiled, not stale."""
    suffix = EXTENSION_SUFFIXES[0]
    first_build = 1_700_000_000.0
    _touch(tmp_path / f"positions{suffix}", first_build)  # stub left by the first build
    _touch(tmp_path / "positions.py", first_build + 60)  # edited, then rebuilt
    _touch(tmp_path / f"figures{suffix}", first_build)
    _touch(tmp_path / "figures.py", first_build + 600)  # edited after the rebuild
    shared = tmp_path / f"{build.SHARED_LIBRARY}{suffix}"
    _touch(shared, first_build + 120)
    assert build.stale_compiled_modules(tmp_path) == ["figures.py", "positions.py"]
    assert build.stale_compiled_modules(tmp_path, shared) == ["figures.py"]


def test_the_shared_library_name_is_the_build_group_of_setup_py() -> None:
    setup_source = (Path(__file__).resolve().parents[1] / "setup.py").read_text()
    group = build.SHARED_LIBRARY.removesuffix("__mypyc")
    assert f'group_name="{group}"' in setup_source
    if build.is_compiled("annotator.detection.detector"):
        shared = build.shared_library_path()
        assert shared is not None and shared.name.startswith(build.SHARED_LIBRARY)
