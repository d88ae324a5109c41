"""The `claim-annotator` command: the same services as the GUI, for people and scripts.

With no subcommand, or with `gui`, it starts the desktop app.  The app is
found through the `claim_annotator.frontends` entry point, so this package
never imports Qt: the core works where only the core is installed.
"""

import argparse
import atexit
import logging
import os
import sys
from collections.abc import Sequence

from annotator import __version__
from annotator.cli import (
    commands_backups,
    commands_claims,
    commands_detection,
    commands_exchange,
    commands_project,
    commands_review,
)
from annotator.cli.common import add_format_option, fail, log_path, reviewer_default
from annotator.errors import AnnotatorError
from annotator.progress import OperationCancelledError

logger = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser; each subcommand module adds its own subparsers."""
    parser = argparse.ArgumentParser(
        prog="claim-annotator",
        description="Claim and fact-check annotation of news articles.",
        epilog="Run without a subcommand to start the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--reviewer",
        default=reviewer_default(),
        help="name recorded on every change (default: $CLAIM_ANNOTATOR_REVIEWER or your login)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = subparsers.add_parser("gui", help="start the desktop app (the default)")
    gui.add_argument("project", nargs="?", help="project file to open")
    gui.add_argument(
        "--demo", action="store_true", help="open the demo project (built on first run)"
    )
    gui.add_argument(
        "--read-only", action="store_true", help="open the project without changing it"
    )
    gui.set_defaults(handler=run_gui)

    commands_project.register(subparsers)
    commands_claims.register(subparsers)
    commands_detection.register(subparsers)
    commands_backups.register(subparsers)
    commands_exchange.register(subparsers)
    commands_review.register(subparsers)
    for sub in subparsers.choices.values():
        if sub.get_default("wants_format"):
            add_format_option(sub)
    return parser


def run_gui(args: argparse.Namespace) -> int:
    """Start the desktop app through its entry point."""
    from importlib.metadata import entry_points

    frontends = entry_points(group="claim_annotator.frontends", name="gui")
    if not frontends:
        return fail("the desktop app is not installed (install the package with its ui)")
    launch = next(iter(frontends)).load()
    return int(
        launch(
            project=args.project, demo=args.demo, read_only=args.read_only, reviewer=args.reviewer
        )
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Parse arguments and run a subcommand; known errors print one line and return 1."""
    return _dispatch(_parse(argv))


def run() -> None:
    """The `claim-annotator` command and `python -m annotator`: `main`, then a quick exit.

    Tearing the interpreter down after a command (module by module, with full
    collections over the 75,000 objects SQLAlchemy, SQLModel and pydantic
    leave) takes 0.12-0.18 s, which an import of 10,000 articles or a quick
    `info` would wait for with nothing left to do: every command has closed
    its project by then (WAL checkpointed, lock released, temporary copies
    deleted).  So after a subcommand the exit handlers still run (logging,
    `weakref.finalize` clean-ups), the output is flushed, and the process ends
    without the teardown.  The desktop app exits normally: Qt objects may
    still save state as they are destroyed.
    """
    args = _parse(None)
    code = _dispatch(args)
    if args.handler is run_gui:
        sys.exit(code)
    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except OSError:  # a closed pipe, a full disk: exit status 120, as Python's own exit gives
        code = code or 120
    os._exit(code)


def _reader_went_away() -> int:
    """The program reading the output stopped early (`claim-annotator export P | head`).

    That is the reader's choice, not an error: end quietly with the status a process
    killed by SIGPIPE has, as other Unix tools do.  Standard output is pointed at
    the null device so that the final flush does not raise again.
    """
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return 128 + 13  # SIGPIPE


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    args = build_parser().parse_args(argv)
    if args.command is None:  # no subcommand: the desktop app with nothing named
        args.project, args.demo, args.read_only, args.handler = None, False, False, run_gui
    return args


def _dispatch(args: argparse.Namespace) -> int:
    try:
        return int(args.handler(args))
    except OperationCancelledError as error:
        return fail(str(error), code=130)
    except AnnotatorError as error:
        return fail(str(error))
    except KeyboardInterrupt:
        return fail("interrupted; nothing was changed", code=130)
    except BrokenPipeError:
        return _reader_went_away()
    except Exception:  # a bug: log the traceback, tell the user where it is
        path = log_path()
        logging.basicConfig(filename=path, level=logging.ERROR)
        logger.exception("unexpected error in %s", args.command)
        return fail(f"internal error; details were written to {path}", code=70)
