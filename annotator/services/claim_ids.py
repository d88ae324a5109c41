"""Claim ids are never handed out twice in one project file.

Why: undoing a deletion puts the claim back under its old id (`restore_claim`), and an
open window's undo stack names claims by id.  If a detection run, an import or a new
claim took the id of a deleted claim in between, the undo would fail ("claim 10
already exists") or, worse, name the wrong claim.  SQLite on its own hands out one more
than the largest id in the table, which is the id of the newest claim just deleted.

So the highest id ever deleted is kept as a project setting, and every writer of
claims takes its ids above both it and the largest id present (a database server's
sequences behave this way by themselves).
"""

import json
from collections.abc import Iterable

from sqlalchemy import Connection, func, insert, select, update

from annotator.tables import claim_t, setting_t

#: The project setting holding the highest claim id ever deleted.
HIGHEST_DELETED = "claims.highest_deleted_id"


def next_claim_id(connection: Connection) -> int:
    """The first claim id no claim has had in this file (within the caller's write
    transaction, which holds the database's write lock)."""
    present = connection.execute(select(func.max(claim_t.c.id))).scalar() or 0
    return max(int(present), _highest_deleted(connection)) + 1


def note_deleted_claim_ids(connection: Connection, claim_ids: Iterable[int]) -> None:
    """Remember that these claim ids were deleted, so none is handed out again."""
    highest = max(claim_ids, default=0)
    if highest <= _highest_deleted(connection):
        return
    value = json.dumps(highest)
    changed = connection.execute(
        update(setting_t).where(setting_t.c.key == HIGHEST_DELETED).values(value=value)
    )
    if not changed.rowcount:
        connection.execute(insert(setting_t).values(key=HIGHEST_DELETED, value=value))


def _highest_deleted(connection: Connection) -> int:
    stored = connection.execute(
        select(setting_t.c.value).where(setting_t.c.key == HIGHEST_DELETED)
    ).scalar()
    try:
        return int(json.loads(stored)) if stored is not None else 0
    except (TypeError, ValueError):
        return 0  # a damaged value: the present ids are still respected
