"""Claim ids a deleted claim had are not handed out again by detection or imports.

Why: undoing a deletion puts the claim back under its old id (`restore_claim`), and an
open window's undo stack names claims by id.  If a detection run or an import took the
id of a deleted claim in between, the undo would fail ("claim 10 already exists").
SQLite on its own hands out one more than the largest id in the table, which is the id
of the newest claim just deleted.

So the highest claim id ever deleted is kept (`deleted_id_floor`), and the writers that
run outside the undo history (detection, refresh, article and native imports) take
their ids above it.  Edits made through the undo history (a new claim, a merge) keep
the database's next id: undo takes them back in the opposite order, so an id they
reuse is free again before the deletion that freed it is undone, and redoing a merge
must give the same ids it gave the first time.
"""

from collections.abc import Iterable

from sqlalchemy import Connection, func, insert, select, update

from annotator.tables import claim_t, deleted_id_floor_t

_CLAIM = claim_t.name


def next_claim_id(connection: Connection) -> int:
    """The first claim id no claim has had in this file (within the caller's write
    transaction, which holds the database's write lock)."""
    present = connection.execute(select(func.max(claim_t.c.id))).scalar() or 0
    return max(int(present), _highest_deleted(connection)) + 1


def note_deleted_claim_ids(connection: Connection, claim_ids: Iterable[int]) -> None:
    """Remember that these claim ids were deleted, so detection and imports skip them."""
    highest = max(claim_ids, default=0)
    if highest <= _highest_deleted(connection):
        return
    changed = connection.execute(
        update(deleted_id_floor_t)
        .where(deleted_id_floor_t.c.table_name == _CLAIM)
        .values(highest_id=highest)
    )
    if not changed.rowcount:
        connection.execute(insert(deleted_id_floor_t).values(table_name=_CLAIM, highest_id=highest))


def _highest_deleted(connection: Connection) -> int:
    stored = connection.execute(
        select(deleted_id_floor_t.c.highest_id).where(deleted_id_floor_t.c.table_name == _CLAIM)
    ).scalar()
    return int(stored or 0)
