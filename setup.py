"""Build hook: compile the claim detector's rule modules and the JSONL reader to C with
mypyc.

Why: the detector is a few thousand lines of typed Python that runs some forty rule
steps per sentence, and most of its time is the interpreter's own (calls, attribute
reads, small objects), not the regular-expression engine; the JSONL reader checks every
span of a corpus the same way.  mypyc, mypy's compiler, turns the same type-checked
source into C extensions: the detector reads about 25 % more text per second and a
corpus imports about 6 % faster (docs/performance.md).  The source stays the one
implementation: every compiled module is also importable as plain Python, which is what
runs when the build cannot compile.

Everything else (project metadata, packages, data) lives in pyproject.toml.

- `CLAIM_ANNOTATOR_PURE_PYTHON=1` skips the compilation (a pure-Python install).
- `annotator.build` tells which modules run compiled and warns about stale ones.
- Without a C compiler or Python's headers the build says so and installs pure Python.
"""

import os
import shutil
import sys
import sysconfig
from pathlib import Path

from setuptools import Extension, setup

#: The detector's rule modules, which run per sentence, and the JSONL corpus reader,
#: which runs per span.  Modules whose classes the rest of the app builds, copies or
#: stores (detection/claims.py, detection/vocabulary.py, importing/drafts.py) stay Python.
COMPILED_MODULES = [
    "annotator/detection/confidence.py",
    "annotator/detection/detector.py",
    "annotator/detection/figures.py",
    "annotator/detection/numbers.py",
    "annotator/detection/patterns.py",
    "annotator/detection/position_model.py",
    "annotator/detection/positions.py",
    "annotator/detection/reading.py",
    "annotator/detection/sentences.py",
    "annotator/detection/speakers.py",
    "annotator/detection/stances.py",
    "annotator/detection/statements.py",
    "annotator/importing/fields.py",
    "annotator/importing/jsonl.py",
]


def _reason_not_to_compile() -> str | None:
    """Why this build stays pure Python, or None when it can compile."""
    if os.environ.get("CLAIM_ANNOTATOR_PURE_PYTHON", "") not in ("", "0"):
        return "CLAIM_ANNOTATOR_PURE_PYTHON is set"
    if sys.implementation.name != "cpython":
        return f"mypyc needs CPython, not {sys.implementation.name}"
    compiler = (sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(compiler) is None:
        return f"no C compiler ({compiler}) was found"
    if not (Path(sysconfig.get_paths()["include"]) / "Python.h").exists():
        return "Python's C headers (Python.h) are not installed"
    return None


def _extension_modules() -> list[Extension]:
    reason = _reason_not_to_compile()
    if reason is not None:
        print(f"claim-annotator: installing as pure Python ({reason})")
        return []
    from mypyc.build import mypycify

    # The build environment holds mypy and text2num only: the modules the compiled ones
    # import (lxml, markdown-it … behind `annotator.importing`) are type-checked
    # silently, so their missing third-party packages are no errors.
    return mypycify(
        ["--follow-imports=silent", *COMPILED_MODULES],
        opt_level="3",
        group_name="annotator_compiled",
    )


setup(ext_modules=_extension_modules())
