"""Reviewers' comments on claims."""

from sqlmodel import select

from annotator.changes import Action, Entity, OpResult
from annotator.errors import NotFoundError, ValidationError
from annotator.models import Claim, Comment, Reviewer, utc_now
from annotator.project import Project
from annotator.records import CommentRecord
from annotator.services.projects import require_writable

MAX_COMMENT = 20_000


def _body(text: str) -> str:
    body = text.strip()
    if not body:
        raise ValidationError("a comment must not be empty")
    if len(body) > MAX_COMMENT:
        raise ValidationError(f"a comment is limited to {MAX_COMMENT} characters")
    return body


def add_comment(project: Project, claim_id: int, text: str) -> OpResult[int]:
    """Comment on a claim as the current reviewer; returns the comment id."""
    require_writable(project)
    body = _body(text)
    with project.unit_of_work() as uow:
        claim = uow.session.get(Claim, claim_id)
        if claim is None:
            raise NotFoundError(f"no claim with id {claim_id}")
        comment = Comment(claim_id=claim_id, reviewer_id=uow.reviewer_id, body=body)
        uow.session.add(comment)
        uow.session.flush()
        assert comment.id is not None
        uow.record(
            Entity.COMMENT,
            comment.id,
            Action.CREATED,
            uuid=comment.uuid,
            data={"claim": claim.uuid, "body": body},
        )
        uow.note(Entity.CLAIM, claim_id, Action.UPDATED)
    return OpResult(comment.id, uow.changes)


def edit_comment(project: Project, comment_id: int, text: str) -> OpResult[str]:
    """Change a comment's text; returns the old text for undo."""
    require_writable(project)
    body = _body(text)
    with project.unit_of_work() as uow:
        comment = uow.session.get(Comment, comment_id)
        if comment is None:
            raise NotFoundError(f"no comment with id {comment_id}")
        old = comment.body
        if old != body:
            comment.body = body
            comment.updated_at = utc_now()
            uow.record(
                Entity.COMMENT,
                comment_id,
                Action.UPDATED,
                uuid=comment.uuid,
                data={"body": [old, body]},
            )
            uow.note(Entity.CLAIM, comment.claim_id, Action.UPDATED)
    return OpResult(old, uow.changes)


def delete_comment(project: Project, comment_id: int) -> OpResult[CommentRecord]:
    """Delete a comment; returns it so that undo can put it back with `add_comment`."""
    require_writable(project)
    with project.unit_of_work() as uow:
        comment = uow.session.get(Comment, comment_id)
        if comment is None:
            raise NotFoundError(f"no comment with id {comment_id}")
        author = uow.session.get(Reviewer, comment.reviewer_id) if comment.reviewer_id else None
        record = CommentRecord(
            comment_id,
            comment.uuid,
            comment.claim_id,
            author.name if author else None,
            comment.body,
            comment.created_at,
            comment.updated_at,
        )
        uow.session.delete(comment)
        uow.record(
            Entity.COMMENT,
            comment_id,
            Action.DELETED,
            uuid=comment.uuid,
            data={"body": comment.body},
        )
        uow.note(Entity.CLAIM, comment.claim_id, Action.UPDATED)
    return OpResult(record, uow.changes)


def list_comments(project: Project, claim_id: int) -> list[CommentRecord]:
    """A claim's comments, oldest first."""
    with project.reading() as session:
        rows = session.exec(
            select(Comment, Reviewer.name)
            .outerjoin(Reviewer, Reviewer.id == Comment.reviewer_id)  # type: ignore[arg-type]
            .where(Comment.claim_id == claim_id)
            .order_by(Comment.id)  # type: ignore[arg-type]
        ).all()
        return [
            CommentRecord(c.id or 0, c.uuid, c.claim_id, name, c.body, c.created_at, c.updated_at)
            for c, name in rows
        ]
