"""How the running Python interpreter was built: the line the detector's benchmarks print
before their figures.

Why: the detector spends most of its time inside CPython's own C code (the regular-
expression engine, string, dict and set operations, allocation), so one build of the
detector reads text faster on a CPython compiled with profile-guided and link-time
optimisation than on one compiled without them, which is pyenv's default and what the
development machines have (figures in docs/detection.md, Speed and memory).  A
throughput or an instruction count means little without the interpreter it was
measured on.
"""

import ctypes
import os
import platform
import shlex
import sys
import sysconfig
from pathlib import Path

#: The configure options that make CPython's own code faster.  A Linux distribution may
#: optimise without recording them (Debian's static `python3` is built with profile-guided
#: and link-time optimisation by Debian's own rules, and its sysconfig holds the options
#: of its shared build), so their absence says only that none were recorded.
OPTIMISING_OPTIONS = ("--enable-optimizations", "--with-lto")


def optimising_configure_options() -> list[str]:
    """The optimising options CPython's configure was given, each a whole argument
    ("--with-lto=thin" counts, "--with-lto=no" does not)."""
    given = shlex.split(sysconfig.get_config_var("CONFIG_ARGS") or "")
    found = []
    for option in OPTIMISING_OPTIONS:
        values = [arg.partition("=")[2] for arg in given if arg.partition("=")[0] == option]
        if values and values[-1] != "no":
            found.append(option)
    return found


def runs_on_shared_libpython() -> bool | None:
    """Whether this process runs CPython from a shared `libpython` rather than from the
    interpreter's own executable, or None where that cannot be read (no /proc: macOS,
    Windows).

    Why read the process's mappings: sysconfig's `Py_ENABLE_SHARED` describes the build
    the configuration came from, and Debian's static `/usr/bin/python3.11` reports 1.
    The mapping that holds a function of the C API tells where it runs from.  (A shared
    library built without `-fno-semantic-interposition` calls its own exported functions
    through its call table, and looks its thread state up through `__tls_get_addr`.)
    """
    try:
        maps = Path("/proc/self/maps").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    address = ctypes.cast(ctypes.pythonapi.Py_IsInitialized, ctypes.c_void_p).value
    if address is None:
        return None
    for line in maps.splitlines():
        fields = line.split(maxsplit=5)
        if len(fields) < 6:
            continue  # an anonymous mapping: no file
        low, high = (int(bound, 16) for bound in fields[0].split("-"))
        if low <= address < high:
            return os.path.realpath(fields[5]) != os.path.realpath(sys.executable)
    return None


def interpreter_description() -> str:
    """One line: implementation, version, the optimising configure options and how
    libpython is linked, e.g. "CPython 3.12.1; no optimising configure options recorded
    (a distribution may optimise by its own rules); libpython shared"."""
    options = optimising_configure_options()
    asked = (
        f"configured with {' '.join(options)}"
        if options
        else (
            "no optimising configure options recorded"
            " (a distribution may optimise by its own rules)"
        )
    )
    shared = runs_on_shared_libpython()
    linked = {True: "libpython shared", False: "libpython static", None: "linking unknown"}
    version = f"{platform.python_implementation()} {platform.python_version()}"
    return f"{version}; {asked}; {linked[shared]}"
