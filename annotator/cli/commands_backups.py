"""`backups` and `restore`: list, make and restore a project's rotating backups."""

import argparse
from pathlib import Path
from typing import Any

from annotator.cli.common import open_for
from annotator.cli.output import print_json, print_table
from annotator.errors import NotFoundError
from annotator.services.backups import backup_project, project_backups, restore_project


def register(subparsers: Any) -> None:
    backups = subparsers.add_parser("backups", help="list a project's backups (or make one)")
    backups.add_argument("project")
    backups.add_argument("--create", action="store_true", help="make a backup now")
    backups.set_defaults(handler=cmd_backups, wants_format=True)

    restore = subparsers.add_parser(
        "restore", help="replace a project with one of its backups (the current state is kept)"
    )
    restore.add_argument("project")
    restore.add_argument("backup", help="a backup file, or its number in `backups` (1 = newest)")
    restore.set_defaults(handler=cmd_restore, wants_format=True)


def cmd_backups(args: argparse.Namespace) -> int:
    if args.create:
        with open_for(args, write=True) as project:
            made = backup_project(project, tag="manual")
        if args.format != "json":
            print(f"Backed up to {made.path}")
    listed = project_backups(args.project)
    if args.format == "json":
        print_json(
            {
                "backups": [
                    {"path": str(b.path), "created": b.created, "size": b.size, "tag": b.tag}
                    for b in listed
                ]
            }
        )
        return 0
    print_table(
        ("#", "created (UTC)", "size", "kind", "file"),
        [
            (i, b.created.strftime("%Y-%m-%d %H:%M:%S"), f"{b.size:,}", b.tag, b.path.name)
            for i, b in enumerate(listed, start=1)
        ],
    )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    backup = Path(args.backup)
    if args.backup.isdigit() and not backup.exists():
        listed = project_backups(args.project)
        number = int(args.backup)
        if not 1 <= number <= len(listed):
            raise NotFoundError(f"there is no backup number {number} ({len(listed)} listed)")
        backup = listed[number - 1].path
    saved = restore_project(args.project, backup)
    if args.format == "json":
        print_json({"restored": str(backup), "previous_state": str(saved.path) if saved else None})
    else:
        print(f"Restored {args.project} from {backup.name}.")
        if saved is not None:
            print(f"The state before the restore is kept as {saved.path.name}.")
    return 0
