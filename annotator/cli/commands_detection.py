"""Subcommands around the detector: scan (no project), detect (in a project), vocabulary."""

import argparse
import json
import sys
import textwrap
from pathlib import Path
from typing import Any

from annotator import detection
from annotator.cli.common import open_for
from annotator.cli.output import print_json, print_table
from annotator.cli.progress import TerminalProgress
from annotator.detection import DetectedClaim, Vocabulary
from annotator.errors import ImportFormatError, ValidationError
from annotator.services.detection import detect_claims
from annotator.services.detector_vocabulary import (
    add_vocabulary_terms,
    extra_terms,
    remove_vocabulary_terms,
    vocabulary_outline,
)


def register(subparsers: Any) -> None:
    scan = subparsers.add_parser(
        "scan",
        help="detect claims in plain text files, without a project",
        description='Prints one JSON object per file: {"file", "claims": [...]}. Offsets '
        "are code-point indices into the file decoded as UTF-8.",
    )
    scan.add_argument("files", nargs="+", type=Path)
    scan.add_argument("--format", choices=("json", "text"), default="json")
    scan.set_defaults(handler=cmd_scan)

    det = subparsers.add_parser("detect", help="detect claims in a project's articles")
    det.add_argument("project")
    det.add_argument(
        "--article",
        type=int,
        action="append",
        default=None,
        help="only this article id (repeatable; default: all articles)",
    )
    det.add_argument(
        "--refresh",
        action="store_true",
        help=(
            "also bring the detector's untouched suggestions (unreviewed, never edited, "
            "nothing attached) up to what it finds now, withdrawing those it no longer "
            "finds; a backup is taken first"
        ),
    )
    det.set_defaults(handler=cmd_detect, wants_format=True)

    vocab = subparsers.add_parser(
        "vocabulary", help="show or extend the detector's vocabulary for a project"
    )
    vocab.add_argument("project")
    change = vocab.add_mutually_exclusive_group()
    change.add_argument(
        "--add",
        nargs="+",
        metavar=("LIST", "TERM"),
        help="add terms to a list (see --lists for the lists and what each is for)",
    )
    change.add_argument(
        "--remove",
        nargs="+",
        metavar=("LIST", "TERM"),
        help="remove terms this project added to a list",
    )
    vocab.add_argument(
        "--lists",
        action="store_true",
        help="show every list: its group, how many terms it holds built in and added, "
        "and what it is for",
    )
    vocab.set_defaults(handler=cmd_vocabulary, wants_format=True)


def claim_json(claim: DetectedClaim) -> dict[str, Any]:
    """The stable `scan` output for one claim (optional keys only when set)."""
    item: dict[str, Any] = {
        "kind": claim.kind,
        "start": claim.start,
        "end": claim.end,
        "text": claim.text,
    }
    if claim.subtype:
        item["subtype"] = claim.subtype
    if claim.value is not None:
        value = claim.value
        item["value"] = {
            "min": _number(value.min),
            "max": _number(value.max),
            "qualifier": value.qualifier,
            "approx": value.approx,
            "unit": value.unit,
            "casualty_type": value.casualty_type,
        }
    speaker = claim.speaker or claim.actor
    if speaker:
        item["speaker"] = speaker
    if claim.via:
        item["via"] = claim.via
    item["rule"] = claim.rule
    item["confidence"] = round(claim.confidence, 3)
    return item


def _number(value: float | None) -> float | int | None:
    return int(value) if value is not None and float(value).is_integer() else value


def _read_utf8(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise ImportFormatError(f"{path}: no such file") from None
    except UnicodeDecodeError as error:
        raise ImportFormatError(f"{path}: not UTF-8 text (byte {error.start})") from None
    except OSError as error:
        raise ImportFormatError(f"{path}: cannot read ({error.strerror})") from None


def cmd_scan(args: argparse.Namespace) -> int:
    for path in args.files:
        claims = detection.detect(_read_utf8(path))
        if args.format == "json":
            sys.stdout.write(
                json.dumps(
                    {"file": str(path), "claims": [claim_json(c) for c in claims]},
                    ensure_ascii=False,
                )
                + "\n"
            )
        else:
            print(f"{path}: {len(claims)} claim(s)")
            print_table(
                ("kind", "span", "text", "speaker", "rule"),
                [
                    (
                        c.kind + (f"/{c.subtype}" if c.subtype else ""),
                        f"{c.start}-{c.end}",
                        c.text,
                        c.speaker or c.actor,
                        c.rule,
                    )
                    for c in claims
                ],
                max_width=60,
            )
    return 0


def cmd_detect(args: argparse.Namespace) -> int:
    progress = TerminalProgress("Detecting claims")
    with open_for(args, write=True) as project:
        report = detect_claims(project, args.article, progress, refresh=args.refresh).value
    progress.finish()
    if args.format == "json":
        print_json(
            {
                "articles": report.articles,
                "claims_added": report.claims_added,
                "claims_refreshed": report.claims_refreshed,
                "claims_withdrawn": report.claims_withdrawn,
                "skipped_existing": report.skipped_existing,
                "skipped_suppressed": report.skipped_suppressed,
                "detector_version": report.detector_version,
            }
        )
    else:
        refreshed = f"{report.refresh_summary()}; " if report.was_refresh else ""
        print(
            f"Scanned {report.articles} article(s): {report.claims_added} new claim(s); "
            f"{refreshed}{report.skipped_existing} already present, "
            f"{report.skipped_suppressed} overruled by reviewers earlier."
        )
    return 0


def cmd_vocabulary(args: argparse.Namespace) -> int:
    for change, terms in ((add_vocabulary_terms, args.add), (remove_vocabulary_terms, args.remove)):
        if terms:
            if len(terms) < 2:
                raise ValidationError("give a list name and at least one term")
            with open_for(args, write=True) as project:
                change(project, terms[0], terms[1:])
    with open_for(args, write=False) as project:
        extra = extra_terms(project)
    extra = {name: terms for name, terms in extra.items() if terms}
    outline = vocabulary_outline()
    guides = {
        name: {
            "group": guide.group,
            "description": guide.description,
            "built_in": len(outline.built_in[name]),
            "added": len(extra.get(name, [])),
        }
        for name, guide in outline.guides.items()
    }
    if args.format == "json":
        shown: dict[str, object] = {"extra_terms": extra, "lists": list(Vocabulary.list_names())}
        if args.lists:
            shown["guides"] = guides
        print_json(shown)
    elif args.lists:
        for group in outline.groups:
            print(group)
            for name, g in guides.items():
                if g["group"] == group:
                    counts = f"{g['built_in']:,} built in, {g['added']} added"
                    print(
                        textwrap.fill(
                            f"{name} ({counts}): {g['description']}",
                            88,
                            initial_indent="  ",
                            subsequent_indent="      ",
                        )
                    )
    else:
        rows = [(name, ", ".join(terms)) for name, terms in sorted(extra.items())]
        print_table(("list", "project terms"), rows or [("(none)", "")], max_width=80)
    return 0
