"""How the running Python interpreter was built: the line the detector's benchmarks print
before their figures.

Why: the detector spends most of its time inside CPython's own C code (the regular-
expression engine, string, dict and set operations, allocation), so one build of the
detector reads text markedly faster on a CPython compiled with profile-guided and
link-time optimisation (`--enable-optimizations --with-lto`, as python.org's, uv's and
the Linux distributions' interpreters are) than on one compiled without them, which is
pyenv's default and what the development machines have (docs/performance.md).  A
throughput or an instruction count means little without the interpreter it was
measured on.
"""

import platform
import sysconfig
from pathlib import Path

#: The configure options that make CPython's own code faster.  A Linux distribution may
#: optimise without passing them (Debian's and Ubuntu's static `python3` is built with
#: profile-guided and link-time optimisation by their own rules), so their absence says
#: only that the build did not ask for them.
OPTIMISING_OPTIONS = ("--enable-optimizations", "--with-lto")


def configure_options() -> list[str]:
    """The optimising options among those CPython was configured with."""
    arguments = sysconfig.get_config_var("CONFIG_ARGS") or ""
    return [option for option in OPTIMISING_OPTIONS if option in arguments]


def runs_on_shared_libpython() -> bool | None:
    """Whether this process runs CPython from a shared `libpython` (each call inside it
    then goes through the library's call table, and each thread-state lookup through
    `__tls_get_addr`), or None where the process's mappings cannot be read (not Linux)."""
    try:
        maps = Path("/proc/self/maps").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    return "/libpython" in maps


def interpreter_description() -> str:
    """One line: implementation, version, the optimising configure options and how
    libpython is linked, e.g. "CPython 3.12.1; configured without --enable-optimizations
    or --with-lto; libpython shared"."""
    options = configure_options()
    asked = (
        f"configured with {' '.join(options)}"
        if options
        else f"configured without {' or '.join(OPTIMISING_OPTIONS)}"
    )
    shared = runs_on_shared_libpython()
    linked = {True: "libpython shared", False: "libpython static", None: "linking unknown"}
    version = f"{platform.python_implementation()} {platform.python_version()}"
    return f"{version}; {asked}; {linked[shared]}"
