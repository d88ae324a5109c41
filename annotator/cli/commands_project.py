"""Subcommands about whole projects: new, info, check, import."""

import argparse
from pathlib import Path
from typing import Any

from annotator.cli.commands_exchange import run_native_import
from annotator.cli.common import fail, open_for
from annotator.cli.output import print_json, print_table
from annotator.cli.progress import TerminalProgress
from annotator.exchange.import_checks import is_native_export
from annotator.services.articles import import_files, list_articles
from annotator.services.detection import detect_claims
from annotator.services.integrity import check_project
from annotator.services.projects import create_project, project_info


def register(subparsers: Any) -> None:
    new = subparsers.add_parser("new", help="create an empty project file")
    new.add_argument("project", help="path of the new file (suggested extension .claims)")
    new.add_argument("--name", help="project name (default: the file name)")
    new.set_defaults(handler=cmd_new, wants_format=True)

    info = subparsers.add_parser("info", help="show a project's identity and counts")
    info.add_argument("project")
    info.add_argument("--articles", action="store_true", help="also list the articles")
    info.set_defaults(handler=cmd_info, wants_format=True)

    check = subparsers.add_parser("check", help="check a project's integrity and schema")
    check.add_argument("project")
    check.set_defaults(handler=cmd_check, wants_format=True)

    imp = subparsers.add_parser(
        "import", help="import articles (.txt, .md, .html, .jsonl corpus) into a project"
    )
    imp.add_argument("project")
    imp.add_argument("files", nargs="+", type=Path, help="files to import")
    imp.add_argument(
        "--no-detect",
        dest="detect",
        action="store_false",
        help="do not run the claim detector on the new articles",
    )
    imp.set_defaults(handler=cmd_import, wants_format=True)


def cmd_new(args: argparse.Namespace) -> int:
    path = Path(args.project)
    with create_project(path, name=args.name or path.stem, reviewer=args.reviewer) as project:
        info = project_info(project)
    if args.format == "json":
        print_json({"path": str(path), "uuid": info.uuid, "name": info.name})
    else:
        print(f"Created project '{info.name}' in {path}")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    with open_for(args, write=False) as project:
        info = project_info(project)
        articles = list_articles(project) if args.articles else []
    if args.format == "json":
        print_json({"project": info, **({"articles": articles} if args.articles else {})})
        return 0
    print_table(
        ("field", "value"),
        [
            ("name", info.name),
            ("uuid", info.uuid),
            ("path", info.path),
            ("created", info.created_at.isoformat(timespec="seconds")),
            ("created with", info.created_with),
            ("last written with", info.last_written_with),
            ("schema version", info.schema_version),
            ("articles", info.articles),
            ("claims", info.claims),
            ("reviewed claims", info.reviewed_claims),
            ("reviewers", info.reviewers),
            ("sources", info.sources),
        ],
    )
    if articles:
        print()
        print_table(
            ("id", "title", "outlet", "published", "claims", "reviewed"),
            [(a.id, a.title, a.outlet, a.published, a.claims, a.reviewed) for a in articles],
        )
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    with open_for(args, write=False) as project:
        problems = check_project(project)
    if args.format == "json":
        print_json({"ok": not problems, "problems": problems})
    elif problems:
        for problem in problems:
            print(problem)
    else:
        print(f"{args.project}: ok")
    return 1 if problems else 0


def cmd_import(args: argparse.Namespace) -> int:
    native = [path for path in args.files if is_native_export(path)]
    if native:
        if len(args.files) != 1:
            return fail("import one native export at a time, without article files")
        return run_native_import(args, native[0])
    progress = TerminalProgress("Importing articles")
    detected = None
    with open_for(args, write=True) as project:
        # The command is the project's only user while it runs.
        report = import_files(project, args.files, progress, sole_user=True).value
        progress.finish()
        if args.detect and report.added_article_ids:
            detecting = TerminalProgress("Detecting claims")
            detected = detect_claims(project, report.added_article_ids, detecting).value
            detecting.finish()
    if detected is not None:
        report.claims_detected = detected.claims_added
    if args.format == "json":
        print_json(report)
        return 0
    print(
        f"Imported {len(report.added_article_ids)} article(s) with {report.claims_added} claim(s)."
    )
    if detected is not None:
        print(f"Detected {detected.claims_added} claim(s) in the new articles.")
    for skipped in report.skipped:
        print(
            f"Skipped {skipped.source_name} ({skipped.title or 'untitled'}): the same text is "
            f"already article {skipped.existing_article_id}."
        )
    return 0
