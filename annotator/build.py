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

#: The one library that holds the C code of every compiled module (setup.py's mypyc
#: `group_name` plus "__mypyc").  The per-module files beside the sources are stubs
#: that load it, and a rebuild (`build_ext --inplace`) rewrites only the stubs whose
#: content changed, so a module's build time is the later of its stub and this library.
SHARED_LIBRARY = "annotator_compiled__mypyc"


def is_compiled(module: str) -> bool:
    """True when `module` loads as compiled code (found without importing it)."""
    spec = importlib.util.find_spec(module)
    origin = spec.origin if spec is not None else None
    return origin is not None and not origin.endswith(".py")


def shared_library_path() -> Path | None:
    """Where the compiled modules' shared library is (found without loading it), or None
    in a pure-Python install."""
    spec = importlib.util.find_spec(SHARED_LIBRARY)
    return Path(spec.origin) if spec is not None and spec.origin is not None else None


def stale_compiled_modules(folder: Path, shared_library: Path | None = None) -> list[str]:
    """Source files in `folder` changed after the compiled module built from them: after
    both the module's stub and `shared_library` (when given) were written."""
    shared_built = shared_library.stat().st_mtime if shared_library is not None else 0.0
    stale = []
    for suffix in EXTENSION_SUFFIXES:
        for library in folder.glob(f"*{suffix}"):
            source = library.with_name(library.name.removesuffix(suffix) + ".py")
            built = max(library.stat().st_mtime, shared_built)
            if source.exists() and source.stat().st_mtime > built + _INSTALL_SLACK_SECONDS:
                stale.append(source.name)
    return sorted(stale)


def warn_if_stale(folder: Path) -> None:
    """Warn (RuntimeWarning; the test suite makes it an error) when a compiled module in
    `folder` is older than its source."""
    if stale := stale_compiled_modules(folder, shared_library_path()):
        warnings.warn(
            f"the compiled modules of {folder.name}/ are older than {', '.join(stale)}: the "
            "edits do not run until they are rebuilt (pip install -e ., or scripts/test.sh)",
            RuntimeWarning,
            stacklevel=3,
        )
