"""Tagging claims; the tag vocabulary grows as reviewers use new tags."""

from sqlalchemy import func
from sqlmodel import col, select

from annotator.changes import Action, Entity, OpResult
from annotator.errors import NotFoundError, ValidationError
from annotator.models import Claim, ClaimTag, Tag
from annotator.project import Project
from annotator.services.projects import require_writable

MAX_TAG_LENGTH = 60


def clean_tag(name: str) -> str:
    """Tags are single-spaced, trimmed, and at most 60 characters; case is kept."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValidationError("a tag must not be empty")
    if len(cleaned) > MAX_TAG_LENGTH:
        raise ValidationError(f"a tag is at most {MAX_TAG_LENGTH} characters")
    return cleaned


def add_tag(project: Project, claim_id: int, name: str) -> OpResult[bool]:
    """Tag a claim (creating the tag in the vocabulary if new); False if it was already tagged."""
    require_writable(project)
    tag_name = clean_tag(name)
    with project.unit_of_work() as uow:
        session = uow.session
        claim = session.get(Claim, claim_id)
        if claim is None:
            raise NotFoundError(f"no claim with id {claim_id}")
        tag = session.exec(select(Tag).where(Tag.name == tag_name)).first()
        if tag is None:
            tag = Tag(name=tag_name)
            session.add(tag)
            session.flush()
            assert tag.id is not None
            uow.record(Entity.TAG, tag.id, Action.CREATED, uuid=tag.uuid, data={"name": tag_name})
        assert tag.id is not None
        if session.get(ClaimTag, (claim_id, tag.id)) is not None:
            return OpResult(False, uow.changes)
        session.add(ClaimTag(claim_id=claim_id, tag_id=tag.id, added_by=uow.reviewer_id))
        uow.record(
            Entity.CLAIM, claim_id, Action.UPDATED, uuid=claim.uuid, data={"tag_added": tag_name}
        )
    return OpResult(True, uow.changes)


def remove_tag(project: Project, claim_id: int, name: str) -> OpResult[bool]:
    """Untag a claim; False if it did not carry the tag.  The vocabulary keeps the tag."""
    require_writable(project)
    tag_name = clean_tag(name)
    with project.unit_of_work() as uow:
        session = uow.session
        claim = session.get(Claim, claim_id)
        if claim is None:
            raise NotFoundError(f"no claim with id {claim_id}")
        tag = session.exec(select(Tag).where(Tag.name == tag_name)).first()
        link = None if tag is None else session.get(ClaimTag, (claim_id, tag.id))
        if link is None:
            return OpResult(False, uow.changes)
        session.delete(link)
        uow.record(
            Entity.CLAIM, claim_id, Action.UPDATED, uuid=claim.uuid, data={"tag_removed": tag_name}
        )
    return OpResult(True, uow.changes)


def tag_vocabulary(project: Project) -> list[tuple[str, int]]:
    """Every tag of the project with how many claims carry it, by name."""
    with project.reading() as session:
        rows = session.exec(
            select(Tag.name, func.count(ClaimTag.claim_id))  # type: ignore[arg-type]
            .outerjoin(ClaimTag, ClaimTag.tag_id == Tag.id)  # type: ignore[arg-type]
            .group_by(col(Tag.id))
            .order_by(Tag.name)
        ).all()
        return [(name, int(count)) for name, count in rows]
