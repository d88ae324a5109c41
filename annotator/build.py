"""Which modules run compiled (mypyc, see setup.py), and a guard against compiled modules
that no longer match their source.

An editable install (`pip install -e .`, which scripts/test.sh runs) compiles the
listed modules in place, and Python imports an extension module ahead of the `.py` file
beside it: a module edited after the build would silently not run.  Each package with
compiled modules calls `warn_if_stale` when it is imported, so that it says so.
"""

import importlib.util
import warnings
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

#: An installer writes a wheel's files one after another; a source file written this
#: many seconds after its compiled module is an edit, not part of the same install.
_INSTALL_SLACK_SECONDS = 2.0


def is_compiled(module: str) -> bool:
    """True when `module` loads as compiled code (found without importing it)."""
    spec = importlib.util.find_spec(module)
    origin = spec.origin if spec is not None else None
    return origin is not None and not origin.endswith(".py")


def stale_compiled_modules(folder: Path) -> list[str]:
    """Source files in `folder` changed after the compiled module built from them."""
    stale = []
    for suffix in EXTENSION_SUFFIXES:
        for library in folder.glob(f"*{suffix}"):
            source = library.with_name(library.name.removesuffix(suffix) + ".py")
            if (
                source.exists()
                and source.stat().st_mtime > library.stat().st_mtime + _INSTALL_SLACK_SECONDS
            ):
                stale.append(source.name)
    return sorted(stale)


def warn_if_stale(folder: Path) -> None:
    """Warn (RuntimeWarning; the test suite makes it an error) when a compiled module in
    `folder` is older than its source."""
    if stale := stale_compiled_modules(folder):
        warnings.warn(
            f"the compiled modules of {folder.name}/ are older than {', '.join(stale)}: the "
            "edits do not run until they are rebuilt (pip install -e ., or scripts/test.sh)",
            RuntimeWarning,
            stacklevel=3,
        )
