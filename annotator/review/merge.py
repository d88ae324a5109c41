"""Merging a colleague's differences into my project, with provenance, idempotent and undoable.

Only my file is written, in one transaction; the colleague's file is opened
read-only.  For each difference the reviewer takes the colleague's side
(`take_theirs`), a part of it (`combine`: their sources but my verdict), or
nothing (keeping mine needs no call).  `accept_class` takes every difference
of one class, optionally of some kinds only.

A second merge of the same file adds nothing: copied records keep the
colleague's uuids, and every taken item leaves a `merge_provenance` row whose
key is skipped next time, even if the reviewer has since deleted or changed
what was merged.  `merge` returns a `MergeReceipt`; `unmerge` takes it back.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, select

from annotator.changes import OpResult
from annotator.domain import ClaimStatus
from annotator.errors import ValidationError
from annotator.models import (
    Article,
    Claim,
    ClaimSource,
    ClaimTag,
    Comment,
    Event,
    MergeProvenance,
    Source,
    Tag,
    Verdict,
    utc_now,
)
from annotator.project import Project
from annotator.review.compare import Comparison
from annotator.review.differences import ASPECTS, Aspect, Difference, DifferenceClass
from annotator.review.loading import source_key
from annotator.review.merge_writer import MergeWriter
from annotator.review.my_state import MyState, read_my_state
from annotator.review.receipt import MergeReceipt
from annotator.review.records import VALUE_FIELDS
from annotator.review.their_data import (
    TheirClaim,
    TheirSource,
    read_their_articles,
    read_their_claims,
)
from annotator.services.projects import open_project, require_writable
from annotator.storage.unit_of_work import to_json
from annotator.tables import project_t

_TABLES: dict[str, Table] = {
    str(model.__tablename__): model.__table__  # type: ignore[union-attr]
    for model in (
        Article,
        Claim,
        ClaimSource,
        ClaimTag,
        Comment,
        Event,
        MergeProvenance,
        Source,
        Tag,
        Verdict,
    )
}
_COLUMNS: dict[Aspect, tuple[str, ...]] = {
    Aspect.SPAN: ("start", "end", "exact", "prefix", "suffix"),
    Aspect.KIND: ("kind",),
    Aspect.VALUE: VALUE_FIELDS,
    Aspect.STATUS: ("status",),
}


@dataclass(frozen=True, slots=True)
class Decision:
    """Take the colleague's side of one difference: all of it, or only `aspects`."""

    difference_id: str
    aspects: frozenset[Aspect] | None = None


def take_theirs(difference: Difference) -> Decision:
    return Decision(difference.id)


def combine(difference: Difference, aspects: Iterable[Aspect]) -> Decision:
    """Take only some aspects of theirs, e.g. their sources but not their tags."""
    return Decision(difference.id, frozenset(aspects))


def accept_class(
    comparison: Comparison,
    category: DifferenceClass,
    kinds: Sequence[str] | None = None,
    aspects: Iterable[Aspect] | None = None,
) -> list[Decision]:
    """Decisions taking theirs for every difference of a class (optionally of some kinds)."""
    chosen = None if aspects is None else frozenset(aspects)
    return [Decision(d.id, chosen) for d in comparison.of_class(category, kinds)]


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one decision: the aspects taken and why others were not."""

    difference_id: str
    category: DifferenceClass | None
    taken: tuple[str, ...] = ()
    skipped: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class MergeReport:
    """What a merge did (or, for a dry run, would do), and what undo needs."""

    from_project_uuid: str
    from_project_name: str
    dry_run: bool
    outcomes: tuple[Outcome, ...] = ()
    created: dict[str, int] = field(default_factory=dict)
    receipt: MergeReceipt = field(default_factory=MergeReceipt)


def merge(
    project: Project,
    comparison: Comparison,
    decisions: Sequence[Decision],
    *,
    dry_run: bool = False,
) -> OpResult[MergeReport]:
    """Apply decisions to my project in one transaction; a dry run reports without writing.

    Claims are found by uuid at the time of the merge, so edits made since the
    comparison are respected (a claim I deleted since is reported, not revived).
    """
    if not dry_run:
        require_writable(project)
    resolved = [(d, comparison.find(d.difference_id)) for d in decisions]
    differences = [difference for _, difference in resolved if difference is not None]
    theirs = _read_theirs(comparison, differences)
    if dry_run:
        with project.reading() as session:
            writer = _plan(session.connection(), comparison, differences, project)
            outcomes = _decide(writer, resolved, theirs)
        return OpResult(_report(comparison, writer, outcomes, MergeReceipt(), dry_run=True))
    with project.unit_of_work() as uow:
        writer = _plan(uow.connection, comparison, differences, project)
        outcomes = _decide(writer, resolved, theirs)
        receipt = writer.flush(uow.connection)
        for change in writer.changes:
            uow.note(change.entity, change.id, change.action)
    return OpResult(_report(comparison, writer, outcomes, receipt, dry_run=False), uow.changes)


@dataclass(frozen=True, slots=True)
class _Theirs:
    claims: dict[str, TheirClaim]
    articles: dict[str, dict[str, Any]]


def _read_theirs(comparison: Comparison, differences: Sequence[Difference]) -> _Theirs:
    """The colleague's full records for these differences, read from their file read-only."""
    uuids = [d.theirs.uuid for d in differences if d.theirs is not None]
    shas = sorted({d.article for d in differences if d.category is DifferenceClass.ONLY_THEIRS})
    with open_project(comparison.theirs.path, read_only=True) as other, other.reading() as session:
        connection = session.connection()
        project_uuid = connection.execute(select(project_t.c.uuid)).scalar_one()
        if project_uuid != comparison.theirs.project_uuid:
            raise ValidationError(
                f"{comparison.theirs.path} is no longer the project that was compared; "
                "compare again before merging"
            )
        return _Theirs(read_their_claims(connection, uuids), read_their_articles(connection, shas))


def _plan(
    connection: Connection,
    comparison: Comparison,
    differences: Sequence[Difference],
    project: Project,
) -> MergeWriter:
    uuids = [c.uuid for d in differences for c in (d.mine, d.theirs) if c is not None]
    state = read_my_state(connection, uuids, comparison.theirs.project_uuid)
    return MergeWriter(state, comparison.theirs, _TABLES, project.reviewer_id, utc_now())


def _report(
    comparison: Comparison,
    writer: MergeWriter,
    outcomes: list[Outcome],
    receipt: MergeReceipt,
    *,
    dry_run: bool,
) -> MergeReport:
    return MergeReport(
        from_project_uuid=comparison.theirs.project_uuid,
        from_project_name=comparison.theirs.project_name,
        dry_run=dry_run,
        outcomes=tuple(outcomes),
        created=dict(sorted(writer.created.items())),
        receipt=receipt,
    )


def _decide(
    writer: MergeWriter,
    resolved: Sequence[tuple[Decision, Difference | None]],
    theirs: _Theirs,
) -> list[Outcome]:
    outcomes = []
    for decision, difference in resolved:
        if difference is None:
            outcomes.append(Outcome(decision.difference_id, None, skipped=("no such difference",)))
            continue
        offered = ASPECTS[difference.category]
        aspects = offered if decision.aspects is None else offered & decision.aspects
        their = theirs.claims.get(difference.theirs.uuid) if difference.theirs else None
        taken: list[str]
        skipped: list[str]
        if not aspects:
            taken, skipped = [], ["nothing of theirs to take"]
        elif their is None:
            taken, skipped = [], ["the claim is no longer in their file"]
        elif difference.category is DifferenceClass.ONLY_THEIRS:
            taken, skipped = _copy_claim(
                writer, difference.article, their, aspects, theirs.articles
            )
        else:
            taken, skipped = _take_aspects(writer, difference, their, aspects)
        outcomes.append(Outcome(difference.id, difference.category, tuple(taken), tuple(skipped)))
    return outcomes


def _take_aspects(
    writer: MergeWriter, difference: Difference, their: TheirClaim, aspects: frozenset[Aspect]
) -> tuple[list[str], list[str]]:
    """Take some aspects of a paired claim onto mine."""
    assert difference.mine is not None
    state = writer.state
    mine = state.claims.get(difference.mine.uuid)
    if mine is None:
        return [], ["my claim is no longer in my project"]
    theirs_row, author = their.claim.row, their.claim.author
    taken: list[str] = []
    skipped: list[str] = []

    def note(aspect: Aspect, done: bool, reason: str = "already the same") -> None:
        (taken if done else skipped).append(aspect.value if done else f"{aspect.value}: {reason}")

    for aspect in sorted(aspects):
        if aspect in _COLUMNS:
            columns = {name: theirs_row[name] for name in _COLUMNS[aspect]}
            problem = _invalid(state, columns)
            key = f"{aspect.value}:{theirs_row['uuid']}:{to_json(columns)}"
            if problem:
                note(aspect, False, problem)
            elif key in state.merged_keys:
                note(aspect, False, "already merged")
            else:
                note(
                    aspect,
                    writer.update_claim(mine, columns, key=key, author=author, took=aspect.value),
                )
        elif aspect is Aspect.VERDICT:
            note(aspect, *_take_verdict(writer, mine, their))
        elif aspect is Aspect.TAGS:
            added = [
                writer.link_tag(mine["id"], mine["uuid"], name, key=key, author=author, mine=True)
                for name in their.tags
                if (key := f"tag:{theirs_row['uuid']}:{name}") not in state.merged_keys
            ]
            note(aspect, any(added), "nothing new")
        elif aspect is Aspect.SOURCES:
            added = [
                writer.link_source(mine["id"], mine["uuid"], source, key=key, mine=True)
                for source in their.sources
                if (key := _source_link_key(theirs_row["uuid"], source)) not in state.merged_keys
            ]
            note(aspect, any(added), "nothing new")
    return taken, skipped


def _source_link_key(claim_uuid: str, source: TheirSource) -> str:
    found = source_key(source.source["url"], source.source["uuid"])
    return f"source:{claim_uuid}:{found}:{source.relation}"


def _invalid(state: MyState, columns: dict[str, Any]) -> str | None:
    """Why my project cannot take these values (a kind or status it does not know)."""
    if "kind" in columns and columns["kind"] not in state.kinds:
        return f"my project has no kind '{columns['kind']}'"
    if "status" in columns and columns["status"] not in ClaimStatus.__members__.values():
        return f"unknown status '{columns['status']}'"
    return None


def _take_verdict(writer: MergeWriter, mine: dict[str, Any], their: TheirClaim) -> tuple[bool, str]:
    """Add their current verdict as my new current one (my history keeps mine)."""
    if not their.verdicts:
        return False, "they gave no verdict"
    verdict = their.verdicts[-1]
    rating = verdict.row["rating"]
    state = writer.state
    if rating not in state.ratings:
        return False, f"my verdict scale has no '{rating}'"
    if state.verdicts.get(mine["id"]) == rating:
        return False, "already the same"
    if f"verdict:{verdict.row['uuid']}" in state.merged_keys:
        return False, "already merged"
    writer.add_verdict(mine["id"], mine["uuid"], verdict, current=True)
    return True, ""


def _copy_claim(
    writer: MergeWriter,
    sha: str,
    their: TheirClaim,
    aspects: frozenset[Aspect],
    articles: dict[str, dict[str, Any]],
) -> tuple[list[str], list[str]]:
    """Copy a claim only they have, with the parts of it the reviewer takes."""
    state = writer.state
    row, author = their.claim.row, their.claim.author
    uuid = row["uuid"]
    if f"claim:{uuid}" in state.merged_keys:
        return [], ["already merged"]
    if uuid in state.uuids["claim"]:
        return [], ["already in my project"]
    if row["kind"] not in state.kinds:
        return [], [f"my project has no kind '{row['kind']}'"]
    taken: list[str] = []
    skipped: list[str] = []
    article_id = state.articles.get(sha)
    if article_id is None:
        article_id = writer.add_article(articles[sha])
        taken.append("article")
    claim_id, claim_uuid = writer.add_claim(their.claim, article_id)
    taken.append(Aspect.CLAIM.value)
    if Aspect.VERDICT in aspects:
        for verdict in their.verdicts:
            if verdict.row["rating"] in state.ratings:
                writer.add_verdict(claim_id, claim_uuid, verdict, current=False)
            else:
                skipped.append(f"verdict: my verdict scale has no '{verdict.row['rating']}'")
        if their.verdicts:
            taken.append(Aspect.VERDICT.value)
    if Aspect.TAGS in aspects and their.tags:
        for name in their.tags:
            key = f"tag:{uuid}:{name}"
            writer.link_tag(claim_id, claim_uuid, name, key=key, author=author, mine=False)
        taken.append(Aspect.TAGS.value)
    if Aspect.SOURCES in aspects and their.sources:
        for source in their.sources:
            key = _source_link_key(uuid, source)
            writer.link_source(claim_id, claim_uuid, source, key=key, mine=False)
        taken.append(Aspect.SOURCES.value)
    if Aspect.COMMENTS in aspects and their.comments:
        for comment in their.comments:
            writer.add_comment(claim_id, claim_uuid, comment)
        taken.append(Aspect.COMMENTS.value)
    return taken, skipped
