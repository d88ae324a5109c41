"""Verdicts on claims from the project's rating scale, with rationale and full history.

Setting a verdict appends a row; the newest row is the current verdict, and
earlier ones stay as history.  Undo retracts the row it added.
"""

from sqlmodel import select

from annotator.changes import Action, Entity, OpResult
from annotator.errors import NotFoundError, ValidationError
from annotator.models import Claim, Reviewer, Verdict
from annotator.project import Project
from annotator.records import VerdictRecord
from annotator.services.projects import load_taxonomy, require_writable

MAX_RATIONALE = 20_000


def set_verdict(project: Project, claim_id: int, rating: str, rationale: str = "") -> OpResult[int]:
    """Give a claim a verdict from the scale; returns the new verdict's id."""
    require_writable(project)
    if len(rationale) > MAX_RATIONALE:
        raise ValidationError(f"the rationale is limited to {MAX_RATIONALE} characters")
    with project.unit_of_work() as uow:
        session = uow.session
        claim = session.get(Claim, claim_id)
        if claim is None:
            raise NotFoundError(f"no claim with id {claim_id}")
        scale = load_taxonomy(session).verdict_scale
        if rating not in {r.key for r in scale}:
            allowed = ", ".join(r.key for r in scale)
            raise ValidationError(f"unknown verdict '{rating}' (this project's scale: {allowed})")
        verdict = Verdict(
            claim_id=claim_id, rating=rating, rationale=rationale, reviewer_id=uow.reviewer_id
        )
        session.add(verdict)
        session.flush()
        assert verdict.id is not None
        uow.record(
            Entity.VERDICT,
            verdict.id,
            Action.CREATED,
            uuid=verdict.uuid,
            data={"claim": claim.uuid, "rating": rating, "rationale": rationale},
        )
        uow.note(Entity.CLAIM, claim_id, Action.UPDATED)
        uow.note(Entity.ARTICLE, claim.article_id, Action.UPDATED)
    return OpResult(verdict.id, uow.changes)


def retract_verdict(project: Project, verdict_id: int) -> OpResult[int]:
    """Remove one verdict (the undo of `set_verdict`); the previous one becomes current again."""
    require_writable(project)
    with project.unit_of_work() as uow:
        session = uow.session
        verdict = session.get(Verdict, verdict_id)
        if verdict is None:
            raise NotFoundError(f"no verdict with id {verdict_id}")
        claim = session.get(Claim, verdict.claim_id)
        session.delete(verdict)
        uow.record(
            Entity.VERDICT,
            verdict_id,
            Action.DELETED,
            uuid=verdict.uuid,
            data={"claim": claim.uuid if claim else None, "rating": verdict.rating},
        )
        uow.note(Entity.CLAIM, verdict.claim_id, Action.UPDATED)
        if claim is not None:
            uow.note(Entity.ARTICLE, claim.article_id, Action.UPDATED)
    return OpResult(verdict.claim_id, uow.changes)


def update_verdict_rationale(project: Project, verdict_id: int, rationale: str) -> OpResult[str]:
    """Reword a verdict's rationale in place (typing, not a new verdict); returns the old text."""
    require_writable(project)
    if len(rationale) > MAX_RATIONALE:
        raise ValidationError(f"the rationale is limited to {MAX_RATIONALE} characters")
    with project.unit_of_work() as uow:
        verdict = uow.session.get(Verdict, verdict_id)
        if verdict is None:
            raise NotFoundError(f"no verdict with id {verdict_id}")
        old = verdict.rationale
        if old != rationale:
            verdict.rationale = rationale
            uow.record(
                Entity.VERDICT,
                verdict_id,
                Action.UPDATED,
                uuid=verdict.uuid,
                data={"rationale": [old, rationale]},
            )
            uow.note(Entity.CLAIM, verdict.claim_id, Action.UPDATED)
    return OpResult(old, uow.changes)


def verdict_history(project: Project, claim_id: int) -> list[VerdictRecord]:
    """All verdicts given on a claim, oldest first; the last one is current."""
    with project.reading() as session:
        rows = session.exec(
            select(Verdict, Reviewer.name)
            .outerjoin(Reviewer, Reviewer.id == Verdict.reviewer_id)  # type: ignore[arg-type]
            .where(Verdict.claim_id == claim_id)
            .order_by(Verdict.id)  # type: ignore[arg-type]
        ).all()
        return [
            VerdictRecord(v.id or 0, v.uuid, v.claim_id, v.rating, v.rationale, name, v.created_at)
            for v, name in rows
        ]
