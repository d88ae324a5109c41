"""One QUndoCommand per user edit; each calls a core service and its reverse.

Every command commits at once (the services each run one transaction), so
undo history and the project file always agree: undo is itself a new,
committed edit, recorded in the event log like any other.
"""

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtGui import QUndoCommand

from annotator.changes import OpResult
from annotator.project import Project
from annotator.review.compare import Comparison
from annotator.review.merge import Decision, MergeReport, merge
from annotator.review.unmerge import unmerge
from annotator.services.claims import (
    ClaimSnapshot,
    add_claim,
    delete_claim,
    restore_claim,
    update_claim,
)
from annotator.services.comments import add_comment, delete_comment
from annotator.services.sources import attach_source, detach_source
from annotator.services.tags import add_tag, remove_tag
from annotator.services.verdicts import retract_verdict, set_verdict, update_verdict_rationale
from ui.project_controller import ProjectController

RATIONALE_MERGE_ID = 1001


class MergeCommand(QUndoCommand):
    """Bring in what the reviewer accepted from a colleague's file, as one undoable step.

    Undo removes exactly what the merge created or changed (its receipt); redo
    merges again, which works because undo also removed the provenance rows.
    """

    def __init__(
        self, controller: ProjectController, comparison: Comparison, decisions: Sequence[Decision]
    ) -> None:
        super().__init__(f"Merge {len(decisions)} item(s) from “{comparison.theirs.project_name}”")
        self.controller = controller
        self.comparison = comparison
        self.decisions = list(decisions)
        self.report: MergeReport | None = None

    def redo(self) -> None:
        self.report = self.controller.apply(merge, self.comparison, self.decisions).value

    def undo(self) -> None:
        assert self.report is not None
        self.controller.apply(unmerge, self.report.receipt)


class AddClaimCommand(QUndoCommand):
    """Create a claim; undo deletes it, redo restores it with the same id and uuid."""

    def __init__(self, controller: ProjectController, **fields: Any) -> None:
        super().__init__(f"Add {fields.get('kind', 'claim')} claim")
        self.controller = controller
        self.fields = fields
        self.claim_id: int | None = None
        self.snapshot: ClaimSnapshot | None = None

    def redo(self) -> None:
        if self.snapshot is None:
            self.claim_id = self.controller.apply(add_claim, **self.fields).value
        else:
            self.controller.apply(restore_claim, self.snapshot)

    def undo(self) -> None:
        assert self.claim_id is not None
        self.snapshot = self.controller.apply(delete_claim, self.claim_id).value


class DeleteClaimCommand(QUndoCommand):
    """Delete a claim with everything hanging on it; undo restores it exactly."""

    def __init__(self, controller: ProjectController, claim_id: int) -> None:
        super().__init__("Delete claim")
        self.controller = controller
        self.claim_id = claim_id
        self.snapshot: ClaimSnapshot | None = None

    def redo(self) -> None:
        self.snapshot = self.controller.apply(delete_claim, self.claim_id).value

    def undo(self) -> None:
        assert self.snapshot is not None
        self.controller.apply(restore_claim, self.snapshot)


class UpdateClaimCommand(QUndoCommand):
    """Change claim fields (span, kind, value, status...); undo puts the old values back."""

    def __init__(
        self, controller: ProjectController, claim_id: int, text: str, **changes: Any
    ) -> None:
        super().__init__(text)
        self.controller = controller
        self.claim_id = claim_id
        self.changes = changes
        self.previous: dict[str, Any] = {}

    def redo(self) -> None:
        self.previous = self.controller.apply(update_claim, self.claim_id, **self.changes).value

    def undo(self) -> None:
        self.controller.apply(update_claim, self.claim_id, **self.previous)


class TagCommand(QUndoCommand):
    """Add or remove one tag; undo does the opposite (only if the redo changed anything)."""

    def __init__(
        self, controller: ProjectController, claim_id: int, tag: str, *, remove: bool = False
    ) -> None:
        super().__init__(f"{'Remove' if remove else 'Add'} tag “{tag}”")
        self.controller = controller
        self.claim_id = claim_id
        self.tag = tag
        self.remove = remove
        self.did_change = False

    def _apply(self, remove: bool) -> bool:
        service = remove_tag if remove else add_tag
        return self.controller.apply(service, self.claim_id, self.tag).value

    def redo(self) -> None:
        self.did_change = self._apply(self.remove)

    def undo(self) -> None:
        if self.did_change:
            self._apply(not self.remove)


class AttachSourceCommand(QUndoCommand):
    """Attach a source with a relation; undo detaches it or restores the previous relation."""

    def __init__(
        self, controller: ProjectController, claim_id: int, source_id: int, relation: str
    ) -> None:
        super().__init__("Attach source")
        self.controller = controller
        self.claim_id = claim_id
        self.source_id = source_id
        self.relation = relation
        self.previous: str | None = None

    def redo(self) -> None:
        self.previous = self.controller.apply(
            attach_source, self.claim_id, self.source_id, self.relation
        ).value

    def undo(self) -> None:
        if self.previous is None:
            self.controller.apply(detach_source, self.claim_id, self.source_id)
        else:
            self.controller.apply(attach_source, self.claim_id, self.source_id, self.previous)


class DetachSourceCommand(QUndoCommand):
    """Detach a source; undo attaches it again with the relation it had."""

    def __init__(self, controller: ProjectController, claim_id: int, source_id: int) -> None:
        super().__init__("Detach source")
        self.controller = controller
        self.claim_id = claim_id
        self.source_id = source_id
        self.previous: str | None = None

    def redo(self) -> None:
        self.previous = self.controller.apply(detach_source, self.claim_id, self.source_id).value

    def undo(self) -> None:
        if self.previous is not None:
            self.controller.apply(attach_source, self.claim_id, self.source_id, self.previous)


class SetVerdictCommand(QUndoCommand):
    """Give a verdict (a new history row); undo retracts that row."""

    def __init__(
        self, controller: ProjectController, claim_id: int, rating: str, rationale: str = ""
    ) -> None:
        super().__init__(f"Set verdict “{rating}”")
        self.controller = controller
        self.claim_id = claim_id
        self.rating = rating
        self.rationale = rationale
        self.verdict_id: int | None = None

    def redo(self) -> None:
        self.verdict_id = self.controller.apply(
            set_verdict, self.claim_id, self.rating, self.rationale
        ).value

    def undo(self) -> None:
        assert self.verdict_id is not None
        self.controller.apply(retract_verdict, self.verdict_id)


class EditRationaleCommand(QUndoCommand):
    """Edit the current verdict's rationale; consecutive keystrokes merge into one step."""

    def __init__(self, controller: ProjectController, verdict_id: int, old: str, new: str) -> None:
        super().__init__("Edit rationale")
        self.controller = controller
        self.verdict_id = verdict_id
        self.old = old
        self.new = new

    def id(self) -> int:
        return RATIONALE_MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt's name)
        if not isinstance(other, EditRationaleCommand) or other.verdict_id != self.verdict_id:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.controller.apply(update_verdict_rationale, self.verdict_id, self.new)

    def undo(self) -> None:
        self.controller.apply(update_verdict_rationale, self.verdict_id, self.old)


class AddCommentCommand(QUndoCommand):
    """Add a comment; undo deletes it."""

    def __init__(self, controller: ProjectController, claim_id: int, text: str) -> None:
        super().__init__("Add comment")
        self.controller = controller
        self.claim_id = claim_id
        self.body = text
        self.comment_id: int | None = None

    def redo(self) -> None:
        self.comment_id = self.controller.apply(add_comment, self.claim_id, self.body).value

    def undo(self) -> None:
        assert self.comment_id is not None
        self.controller.apply(delete_comment, self.comment_id)


class SetVocabularyCommand(QUndoCommand):
    """Replace the project's own detector vocabulary terms; undo puts the previous
    ones back.  Claims already detected are not touched either way: the terms apply
    from the next detection run."""

    def __init__(
        self,
        controller: ProjectController,
        previous: Mapping[str, Sequence[str]],
        terms: Mapping[str, Sequence[str]],
    ) -> None:
        super().__init__("Change detector vocabulary")
        self.controller = controller
        self.previous = {name: list(listed) for name, listed in previous.items()}
        self.terms = {name: list(listed) for name, listed in terms.items()}

    def redo(self) -> None:
        self.controller.apply(_set_vocabulary_terms, self.terms)

    def undo(self) -> None:
        self.controller.apply(_set_vocabulary_terms, self.previous)


def _set_vocabulary_terms(
    project: Project, terms: Mapping[str, Sequence[str]]
) -> OpResult[dict[str, list[str]]]:
    """`set_vocabulary_terms`, imported on first use: the vocabulary's term lists take
    some 30 ms to load, which every start-up would otherwise pay."""
    from annotator.services.detector_vocabulary import set_vocabulary_terms

    return set_vocabulary_terms(project, terms)


class DropRedoCommand(QUndoCommand):
    """Pushed only to drop the redo history (an obsolete command is not kept, but pushing
    it discards the commands after the current one).

    Why: an import or detection run in the background writes outside the undo history
    and may take the ids an undone merge or claim had, so redoing those commands could
    name another claim.  A new edit drops the redo history in every editor; so does a
    background write.
    """

    def __init__(self) -> None:
        super().__init__("Drop redo history")

    def redo(self) -> None:
        self.setObsolete(True)
