"""Build the demo project from the team's own sample articles in `resources/samples/`.

The demo shows every feature on first run: imported articles, claims of each
kind with values and speakers, statuses, tags, verdicts, sources and comments.
It is built through the ordinary services, so it also exercises them.
"""

import json
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any

from annotator.domain import NormalizedValue
from annotator.errors import AnnotatorError
from annotator.project import Project
from annotator.services.articles import get_article, import_files, update_article
from annotator.services.claims import add_claim, set_status
from annotator.services.comments import add_comment
from annotator.services.projects import create_project, open_project
from annotator.services.sources import attach_source, create_source
from annotator.services.tags import add_tag
from annotator.services.verdicts import set_verdict

DEMO_FILE_NAME = "demo.claims"


def samples_folder() -> Any:
    """The packaged `resources/samples` folder (a Traversable)."""
    return files("resources").joinpath("samples")


def _find(text: str, exact: str, occurrence: int, where: str) -> int:
    position = -1
    for _ in range(occurrence):
        position = text.find(exact, position + 1)
        if position < 0:
            raise AnnotatorError(f"demo data: {where}: '{exact[:60]}' not found in the article")
    return position


def _apply_claim(
    project: Project,
    article_id: int,
    text: str,
    spec: dict[str, Any],
    where: str,
    sources_by_url: dict[str, int],
) -> None:
    start = _find(text, spec["exact"], int(spec.get("occurrence", 1)), where)
    value = spec.get("value")
    claim_id = add_claim(
        project,
        article_id=article_id,
        start=start,
        end=start + len(spec["exact"]),
        kind=spec["kind"],
        subtype=spec.get("subtype"),
        value=NormalizedValue(**value) if value else None,
        speaker=spec.get("speaker") or spec.get("actor"),
    ).value
    for tag in spec.get("tags", []):
        add_tag(project, claim_id, tag)
    for source in spec.get("sources", []):
        relation = source.get("relation", "supports")
        fields = {k: v for k, v in source.items() if k != "relation"}
        key = fields.get("url") or fields.get("title") or ""
        if key not in sources_by_url:  # the demo reuses one source across claims
            sources_by_url[key] = create_source(project, **fields).value
        attach_source(project, claim_id, sources_by_url[key], relation)
    verdict = spec.get("verdict")
    if verdict:
        set_verdict(project, claim_id, verdict["rating"], verdict.get("rationale", ""))
    if spec.get("comment"):
        add_comment(project, claim_id, spec["comment"])
    if spec.get("status", "unreviewed") != "unreviewed":
        set_status(project, claim_id, spec["status"])


def build_demo_project(path: Path) -> Project:
    """Create the demo project at `path` (which must not exist) and return it open."""
    folder = samples_folder()
    manifest = json.loads(folder.joinpath("demo.json").read_text(encoding="utf-8"))
    project = create_project(path, name=manifest["project_name"], reviewer=manifest["reviewer"])
    sources_by_url: dict[str, int] = {}
    try:
        for entry in manifest["articles"]:
            with as_file(folder.joinpath(entry["file"])) as article_path:
                report = import_files(project, [article_path]).value
            if not report.added_article_ids:
                continue
            article_id = report.added_article_ids[0]
            metadata = {
                k: entry[k]
                for k in ("title", "outlet", "url", "author", "published", "language")
                if k in entry
            }
            update_article(project, article_id, **metadata)
            text = get_article(project, article_id).text
            for index, spec in enumerate(entry.get("claims", [])):
                _apply_claim(
                    project,
                    article_id,
                    text,
                    spec,
                    f"{entry['file']} claims[{index}]",
                    sources_by_url,
                )
    except BaseException:
        project.close()
        path.unlink(missing_ok=True)
        raise
    return project


def open_demo_project(folder: Path, reviewer: str | None = None) -> Project:
    """Open the demo project in `folder`, building it on first use."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / DEMO_FILE_NAME
    if path.exists():
        return open_project(path, reviewer=reviewer)
    project = build_demo_project(path)
    if reviewer and reviewer != project.reviewer_name:
        project.close()
        return open_project(path, reviewer=reviewer)
    return project
