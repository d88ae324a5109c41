"""Small helpers every subcommand shares: options, opening projects, error output."""

import argparse
import getpass
import os
import sys
from pathlib import Path

from platformdirs import user_log_dir

from annotator.project import Project
from annotator.services.backups import backup_if_due
from annotator.services.projects import open_project


def reviewer_default() -> str:
    """Who changes are recorded under when --reviewer is not given."""
    name = os.environ.get("CLAIM_ANNOTATOR_REVIEWER")
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "Reviewer"


def add_format_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="output for people (text, the default) or scripts (json)",
    )


def open_for(args: argparse.Namespace, *, write: bool) -> Project:
    """Open the project named by `args.project`, read-only unless the command writes.

    Commands that write take a backup first when the newest one is old, so even a
    bulk import run by mistake can be undone with `restore`.
    """
    project = open_project(args.project, reviewer=args.reviewer, read_only=not write)
    if write:
        try:
            backup_if_due(project)
        except BaseException:
            project.close()
            raise
    return project


def fail(message: str, code: int = 1) -> int:
    """Print a one-line error to stderr and return the exit code."""
    print(f"claim-annotator: error: {message}", file=sys.stderr)
    return code


def log_path() -> Path:
    """Where tracebacks of unexpected errors go (never shown raw to the user)."""
    folder = Path(user_log_dir("claim-annotator", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "claim-annotator.log"
