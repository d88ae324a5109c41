"""The export service: one call for every format, to a file or a stream, with progress.

A file is written beside its destination under a temporary name and moved
into place only when complete, so a cancelled or failed export never leaves
half a file where the newsroom's pipeline would pick it up.  Everything is
read in one read transaction: the export is a consistent snapshot even while
reviewers keep editing.
"""

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TextIO

from annotator.errors import AnnotatorError
from annotator.exchange.claimreview import write_claimreview
from annotator.exchange.collect import NativeReader
from annotator.exchange.csv_export import write_csv
from annotator.exchange.filters import ExportFilter
from annotator.exchange.jsonl import write_jsonl
from annotator.exchange.native import WrittenCounts, write_native
from annotator.exchange.webannotation import write_webannotation
from annotator.progress import ProgressCallback, no_progress
from annotator.project import Project


class ExportFormat(StrEnum):
    """The formats an export can be written in; the values are the CLI's names."""

    JSON = "json"
    JSONL = "jsonl"
    CSV = "csv"
    CLAIMREVIEW = "claimreview"
    WEBANNOTATION = "webannotation"

    @property
    def suffix(self) -> str:
        """The usual file name ending for the format."""
        return {
            ExportFormat.JSON: ".json",
            ExportFormat.JSONL: ".jsonl",
            ExportFormat.CSV: ".csv",
            ExportFormat.CLAIMREVIEW: ".jsonld",
            ExportFormat.WEBANNOTATION: ".jsonld",
        }[self]


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """What to export and how; `include_text` and `include_events` concern the native JSON."""

    format: ExportFormat = ExportFormat.JSON
    filter: ExportFilter = field(default_factory=ExportFilter)
    include_text: bool = True
    include_events: bool = False


@dataclass(frozen=True, slots=True)
class ExportReport:
    """What an export wrote: `claims` counts the records (ClaimReview: claims with a verdict)."""

    format: ExportFormat
    destination: str | None
    articles: int
    claims: int


@dataclass(frozen=True, slots=True)
class ExportPreview:
    """The counts an export with a filter would produce, for the export dialog."""

    articles: int
    claims: int
    claims_with_verdict: int


def preview_export(project: Project, export_filter: ExportFilter) -> ExportPreview:
    """How many articles and claims a filter selects (and how many have a verdict)."""
    with project.reading() as session:
        reader = NativeReader(session.connection(), export_filter)
        return ExportPreview(
            reader.count_articles(), reader.count_claims(), reader.count_claims(with_verdict=True)
        )


def _writer(
    options: ExportOptions,
) -> Callable[[NativeReader, TextIO, ProgressCallback], WrittenCounts]:
    if options.format is ExportFormat.JSON:
        return lambda reader, out, progress: write_native(
            reader,
            out,
            include_text=options.include_text,
            include_events=options.include_events,
            progress=progress,
        )
    return {
        ExportFormat.JSONL: write_jsonl,
        ExportFormat.CSV: write_csv,
        ExportFormat.CLAIMREVIEW: write_claimreview,
        ExportFormat.WEBANNOTATION: write_webannotation,
    }[options.format]


def export_to_stream(
    project: Project,
    out: TextIO,
    options: ExportOptions | None = None,
    progress: ProgressCallback = no_progress,
) -> ExportReport:
    """Write an export to an open text stream (opened with newline="" and UTF-8)."""
    options = options or ExportOptions()
    write = _writer(options)
    with project.reading() as session:
        counts = write(NativeReader(session.connection(), options.filter), out, progress)
    return ExportReport(options.format, None, counts.articles, counts.claims)


def export_to_file(
    project: Project,
    path: Path | str,
    options: ExportOptions | None = None,
    progress: ProgressCallback = no_progress,
) -> ExportReport:
    """Write an export to a file, which appears complete or not at all."""
    path = Path(path)
    if not path.parent.is_dir():
        raise AnnotatorError(f"{path}: the folder {path.parent} does not exist")
    partial = path.with_name(f".{path.name}.partial-{os.getpid()}")
    try:
        with partial.open("w", encoding="utf-8", newline="") as out:
            report = export_to_stream(project, out, options, progress)
        os.replace(partial, path)
    except OSError as error:
        raise AnnotatorError(
            f"{path}: cannot write the export: {error.strerror or error}"
        ) from error
    finally:
        partial.unlink(missing_ok=True)
    return ExportReport(report.format, str(path), report.articles, report.claims)
