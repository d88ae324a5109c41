"""Builders for review tests: two projects over the same article, claims placed by phrase."""

import shutil
from pathlib import Path

from sqlalchemy import func, select
from sqlmodel import SQLModel

from annotator.project import Project
from annotator.review.records import ReviewClaim
from annotator.services.articles import import_drafts
from annotator.services.projects import create_project, open_project
from tests.helpers import sample_draft


def new_project(path: Path, reviewer: str, name: str = "Desk") -> tuple[Project, int]:
    """A project with the sample article; returns it and the article id."""
    project = create_project(path, name=name, reviewer=reviewer)
    article_id = import_drafts(project, [sample_draft()]).value.added_article_ids[0]
    return project, article_id


def copy_for_colleague(project: Project, target: Path, reviewer: str) -> Project:
    """Close `project`, copy its file (as if sent to a colleague) and open the copy for them."""
    source = project.path
    project.close()
    shutil.copyfile(source, target)
    return open_project(target, reviewer=reviewer)


def span(
    start: int,
    end: int,
    kind: str = "casualty",
    uuid: str = "",
    article: str = "a",
    **fields: object,
) -> ReviewClaim:
    """A plain claim record for the pure matching and difference tests."""
    return ReviewClaim(  # type: ignore[arg-type]
        uuid=uuid or f"{article}-{kind}-{start}-{end}",
        article=article,
        start=start,
        end=end,
        kind=kind,
        **fields,
    )


def row_counts(project: Project, *models: type[SQLModel]) -> dict[str, int]:
    """How many rows each model's table holds, by table name: what a merge added and an
    unmerge must take away."""
    with project.reading() as session:
        return {
            str(model.__tablename__): session.connection()
            .execute(select(func.count()).select_from(model))
            .scalar_one()
            for model in models
        }
