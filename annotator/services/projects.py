"""Creating and opening projects, the current reviewer, settings and the taxonomy."""

import json
from pathlib import Path
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from annotator import __version__
from annotator.changes import Action, Entity, OpResult
from annotator.domain import (
    DEFAULT_KINDS,
    DEFAULT_VERDICT_SCALE,
    REVIEWED_STATUSES,
    KindDefinition,
    VerdictRating,
)
from annotator.errors import ReadOnlyProjectError, ValidationError
from annotator.models import (
    Article,
    Claim,
    ClaimKindRecord,
    ProjectRecord,
    ProjectSetting,
    Reviewer,
    Source,
    Tag,
    VerdictRatingRecord,
)
from annotator.project import Project
from annotator.records import ProjectInfo, ReviewerRecord, Taxonomy
from annotator.storage.database import ProjectDatabase
from annotator.storage.schema import SCHEMA_VERSION
from annotator.storage.unit_of_work import UnitOfWork

PROJECT_SUFFIX = ".claims"


def _clean_name(name: str, what: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValidationError(f"{what} must not be empty")
    if len(cleaned) > 200:
        raise ValidationError(f"{what} is too long (at most 200 characters)")
    return cleaned


def create_project(path: Path | str, *, name: str, reviewer: str) -> Project:
    """Create a project file with the default taxonomy and open it for `reviewer`."""
    project_name = _clean_name(name, "the project name")
    reviewer_name = _clean_name(reviewer, "the reviewer name")

    def populate(uow: UnitOfWork) -> None:
        session = uow.session
        record = ProjectRecord(
            name=project_name, created_with=__version__, last_written_with=__version__
        )
        session.add(record)
        for position, kind in enumerate(DEFAULT_KINDS):
            session.add(
                ClaimKindRecord(
                    key=kind.key,
                    label=kind.label,
                    color=kind.color,
                    description=kind.description,
                    position=position,
                )
            )
        for position, rating in enumerate(DEFAULT_VERDICT_SCALE):
            session.add(
                VerdictRatingRecord(
                    key=rating.key,
                    label=rating.label,
                    rating=rating.rating,
                    color=rating.color,
                    position=position,
                )
            )
        creator = Reviewer(name=reviewer_name)
        session.add(creator)
        session.flush()
        uow.reviewer_id = creator.id
        uow.record(
            Entity.PROJECT,
            1,
            Action.CREATED,
            uuid=record.uuid,
            data={"name": project_name, "app_version": __version__},
        )

    database = ProjectDatabase.create(path, populate)
    return _attach_reviewer(database, reviewer_name)


def open_project(
    path: Path | str, *, reviewer: str | None = None, read_only: bool = False
) -> Project:
    """Open a project; a writable open records changes under `reviewer` (created if new).

    Raises a `ProjectError` subclass with a clear message for files that are
    missing, foreign, corrupt, too new or locked.
    """
    database = ProjectDatabase.open(path, read_only=read_only)
    try:
        if read_only:
            return Project(database, None, reviewer)
        return _attach_reviewer(database, _clean_name(reviewer or "Reviewer", "the reviewer name"))
    except BaseException:
        database.close()
        raise


def _attach_reviewer(database: ProjectDatabase, name: str) -> Project:
    """Find or create the reviewer and stamp the app version that writes the file."""
    with database.unit_of_work(reviewer_id=None) as uow:
        reviewer = uow.session.exec(select(Reviewer).where(Reviewer.name == name)).first()
        if reviewer is None:
            reviewer = Reviewer(name=name)
            uow.session.add(reviewer)
            uow.session.flush()
            assert reviewer.id is not None
            uow.reviewer_id = reviewer.id
            uow.record(
                Entity.REVIEWER,
                reviewer.id,
                Action.CREATED,
                uuid=reviewer.uuid,
                data={"name": name},
            )
        record = uow.session.get(ProjectRecord, 1)
        if record is not None and record.last_written_with != __version__:
            record.last_written_with = __version__
        reviewer_id = reviewer.id
    return Project(database, reviewer_id, name)


def require_writable(project: Project) -> None:
    """Refuse early, with a clear message, any edit on a read-only project."""
    if project.read_only:
        raise ReadOnlyProjectError(project.path, "the project is open read-only")


def list_reviewers(project: Project) -> list[ReviewerRecord]:
    with project.reading() as session:
        rows = session.exec(select(Reviewer).order_by(Reviewer.name)).all()
        return [ReviewerRecord(r.id or 0, r.uuid, r.name, r.contact) for r in rows]


def load_taxonomy(session: Session) -> Taxonomy:
    """Read the taxonomy inside an existing session (services validate against it)."""
    kinds = session.exec(select(ClaimKindRecord).order_by(col(ClaimKindRecord.position))).all()
    ratings = session.exec(
        select(VerdictRatingRecord).order_by(col(VerdictRatingRecord.position))
    ).all()
    tags = session.exec(select(Tag.name).order_by(Tag.name)).all()
    return Taxonomy(
        kinds=tuple(KindDefinition(k.key, k.label, k.color, k.description) for k in kinds),
        tags=tuple(tags),
        verdict_scale=tuple(VerdictRating(r.key, r.label, r.rating, r.color) for r in ratings),
    )


def get_taxonomy(project: Project) -> Taxonomy:
    with project.reading() as session:
        return load_taxonomy(session)


def project_name(project: Project) -> str:
    """The project's name alone (for a window title), without counting anything."""
    with project.reading() as session:
        record = session.get(ProjectRecord, 1)
        assert record is not None  # checked when the file was opened
        return record.name


def project_info(project: Project) -> ProjectInfo:
    """Identity and counts of the project, for `info` and the status bar."""
    with project.reading() as session:
        record = session.get(ProjectRecord, 1)
        assert record is not None  # checked when the file was opened

        def count(stmt: Any) -> int:
            return int(session.exec(stmt).one())

        return ProjectInfo(
            uuid=record.uuid,
            name=record.name,
            path=str(project.path),
            created_at=record.created_at,
            created_with=record.created_with,
            last_written_with=record.last_written_with,
            schema_version=SCHEMA_VERSION,
            read_only=project.read_only,
            articles=count(select(func.count()).select_from(Article)),
            claims=count(select(func.count()).select_from(Claim)),
            # "IN" the reviewed statuses counts in the status index, where
            # "!= unreviewed" would read every claim row.
            reviewed_claims=count(
                select(func.count())
                .select_from(Claim)
                .where(col(Claim.status).in_(REVIEWED_STATUSES))
            ),
            reviewers=count(select(func.count()).select_from(Reviewer)),
            sources=count(select(func.count()).select_from(Source)),
        )


def rename_project(project: Project, name: str) -> OpResult[str]:
    """Rename the project; returns the old name (for undo)."""
    require_writable(project)
    new_name = _clean_name(name, "the project name")
    with project.unit_of_work() as uow:
        record = uow.session.get(ProjectRecord, 1)
        assert record is not None
        old = record.name
        record.name = new_name
        uow.record(
            Entity.PROJECT, 1, Action.UPDATED, uuid=record.uuid, data={"name": [old, new_name]}
        )
    return OpResult(old, uow.changes)


def get_setting(project: Project, key: str, default: Any = None) -> Any:
    """A project option, decoded from JSON (project options travel with the file)."""
    with project.reading() as session:
        row = session.get(ProjectSetting, key)
        return default if row is None else json.loads(row.value)


def set_setting(project: Project, key: str, value: Any) -> OpResult[Any]:
    """Store a project option as JSON; returns the previous value (None if unset)."""
    require_writable(project)
    if not key or len(key) > 100:
        raise ValidationError("a setting key must be 1 to 100 characters")
    encoded = json.dumps(value, ensure_ascii=False, sort_keys=True)
    with project.unit_of_work() as uow:
        row = uow.session.get(ProjectSetting, key)
        old = None if row is None else json.loads(row.value)
        if row is None:
            uow.session.add(ProjectSetting(key=key, value=encoded))
        else:
            row.value = encoded
        record = uow.session.get(ProjectRecord, 1)
        assert record is not None
        uow.record(
            Entity.PROJECT,
            1,
            Action.UPDATED,
            uuid=record.uuid,
            data={"setting": key, "old": old, "new": value},
        )
    return OpResult(old, uow.changes)
