"""`export`, `settings`, and the native JSON import behind `import`.

`export` writes the native JSON or a format built from it; `settings` reads and
sets the project options that exports use (the ClaimReview publisher).  The
`import` subcommand belongs to `commands_project`; it hands native exports to
`run_native_import` here (see `annotator.exchange.import_checks.is_native_export`).
"""

import argparse
import io
import json
import sys
from pathlib import Path
from typing import Any

from annotator.cli.common import open_for
from annotator.cli.output import print_json, print_table
from annotator.cli.progress import TerminalProgress
from annotator.exchange.claimreview import SETTINGS as CLAIMREVIEW_SETTINGS
from annotator.exchange.collect import NativeReader
from annotator.exchange.export import (
    ExportFormat,
    ExportOptions,
    ExportReport,
    export_to_file,
    export_to_stream,
)
from annotator.exchange.filters import ExportFilter
from annotator.exchange.native_import import first_lines, import_as_new_project, import_native
from annotator.services.projects import get_setting, set_setting


def _csv(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(",") if part.strip())


def register(subparsers: Any) -> None:
    export = subparsers.add_parser(
        "export",
        help="export claims as JSON, JSONL, CSV, ClaimReview or Web Annotation",
        description="Write the project's claims (or a selection) in one of the export formats; "
        "see docs/export-format.md.",
    )
    export.add_argument("project")
    export.add_argument(
        "--format",
        dest="export_format",
        choices=[f.value for f in ExportFormat],
        default=ExportFormat.JSON.value,
        help="json (native, lossless; the default), jsonl, csv, claimreview or webannotation",
    )
    export.add_argument("-o", "--output", type=Path, help="file to write (default: stdout)")
    export.add_argument(
        "--article", action="append", default=[], help="only this article UUID (repeatable)"
    )
    export.add_argument("--kind", type=_csv, default=(), help="kinds, comma-separated")
    export.add_argument("--status", type=_csv, default=(), help="statuses, comma-separated")
    export.add_argument(
        "--verdict", type=_csv, default=(), help="current verdicts, comma-separated; 'none' too"
    )
    export.add_argument("--tag", type=_csv, default=(), help="tags, comma-separated (any)")
    export.add_argument("--no-text", action="store_true", help="json: leave the article texts out")
    export.add_argument("--events", action="store_true", help="json: include the event log")
    export.set_defaults(handler=cmd_export)

    settings = subparsers.add_parser(
        "settings",
        help="show or set project settings (e.g. the ClaimReview publisher)",
        description="Without KEY: list every setting.  With KEY: show it.  With KEY VALUE: set "
        f"it.  ClaimReview export needs {', '.join(CLAIMREVIEW_SETTINGS)}.",
    )
    settings.add_argument("project")
    settings.add_argument("key", nargs="?")
    settings.add_argument("value", nargs="?")
    settings.add_argument(
        "--json", action="store_true", help="read VALUE as JSON instead of as plain text"
    )
    settings.set_defaults(handler=cmd_settings, wants_format=True)


def _options(args: argparse.Namespace) -> ExportOptions:
    return ExportOptions(
        format=ExportFormat(args.export_format),
        filter=ExportFilter(
            article_uuids=tuple(args.article),
            kinds=args.kind,
            statuses=args.status,
            verdicts=args.verdict,
            tags=args.tag,
        ),
        include_text=not args.no_text,
        include_events=args.events,
    )


def cmd_export(args: argparse.Namespace) -> int:
    options = _options(args)
    progress = TerminalProgress("Exporting claims")
    with open_for(args, write=False) as project:
        if args.output is not None:
            report = export_to_file(project, args.output, options, progress)
        else:
            report = _export_to_stdout(project, options, progress)
    progress.finish()
    print(_summary(report), file=sys.stderr if args.output is None else sys.stdout)
    return 0


def _export_to_stdout(project: Any, options: ExportOptions, progress: Any) -> ExportReport:
    """Write UTF-8 with the format's own line endings, whatever the terminal's encoding."""
    stream = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="")
    try:
        return export_to_stream(project, stream, options, progress)
    finally:
        stream.flush()
        stream.detach()


def _summary(report: ExportReport) -> str:
    where = report.destination or "standard output"
    what = "review(s)" if report.format is ExportFormat.CLAIMREVIEW else "claim(s)"
    return (
        f"Exported {report.claims} {what} from {report.articles} article(s) "
        f"as {report.format.value} to {where}."
    )


def cmd_settings(args: argparse.Namespace) -> int:
    if args.value is not None:
        value = json.loads(args.value) if args.json else args.value
        with open_for(args, write=True) as project:
            set_setting(project, args.key, value)
        if args.format == "json":
            print_json({"key": args.key, "value": value})
        else:
            print(f"{args.key} = {json.dumps(value, ensure_ascii=False)}")
        return 0
    with open_for(args, write=False) as project:
        if args.key is not None:
            values = {args.key: get_setting(project, args.key)}
        else:
            with project.reading() as session:
                values = NativeReader(session.connection()).project()["settings"]
    if args.format == "json":
        print_json(values)
    else:
        print_table(
            ("key", "value"),
            [(k, json.dumps(v, ensure_ascii=False)) for k, v in values.items()],
            max_width=80,
        )
    return 0


def run_native_import(args: argparse.Namespace, path: Path) -> int:
    """Import a native export: into `args.project`, or as that new project if it does not exist."""
    progress = TerminalProgress("Importing claims")
    target = Path(args.project)
    if target.exists():
        with open_for(args, write=True) as project:
            report = import_native(project, path, progress).value
    else:
        project, report = import_as_new_project(
            target, path, reviewer=args.reviewer, progress=progress
        )
        project.close()
    progress.finish()
    if getattr(args, "format", "text") == "json":
        print_json(report)
    else:
        print("\n".join(first_lines(report)))
    return 0
