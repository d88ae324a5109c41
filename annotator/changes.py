"""Change records: what one operation touched, so each view can refresh only that.

Every service returns an `OpResult` whose `changes` lists (entity, id, action)
triples.  The GUI's models look at them to decide whether to re-read rows,
the way Anki's views look at `OpChanges`.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum


class Entity(StrEnum):
    """The kinds of record a change can touch; the values are the table names."""

    PROJECT = "project"
    REVIEWER = "reviewer"
    ARTICLE = "article"
    CLAIM = "claim"
    TAG = "tag"
    SOURCE = "source"
    VERDICT = "verdict"
    COMMENT = "comment"
    TAXONOMY = "taxonomy"


class Action(StrEnum):
    """What happened to the record."""

    CREATED = "created"
    UPDATED = "updated"
    DELETED = "deleted"


@dataclass(frozen=True, slots=True)
class Change:
    """One record touched by an operation; `id` is the row id inside this project file."""

    entity: Entity
    id: int
    action: Action


@dataclass(frozen=True, slots=True)
class Changes:
    """An immutable set of changes with the questions views ask of it."""

    items: tuple[Change, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def touches(self, entity: Entity) -> bool:
        """True if any record of this entity kind changed."""
        return any(c.entity is entity for c in self.items)

    def ids(self, entity: Entity, action: Action | None = None) -> frozenset[int]:
        """Ids of the records of one kind that changed, optionally only for one action."""
        return frozenset(
            c.id
            for c in self.items
            if c.entity is entity and (action is None or c.action is action)
        )

    def merged(self, other: "Changes") -> "Changes":
        """Both sets of changes, for operations built out of several steps."""
        return Changes(self.items + other.items)

    @staticmethod
    def of(items: Iterable[Change]) -> "Changes":
        """Build from any iterable, dropping exact duplicates but keeping order."""
        return Changes(tuple(dict.fromkeys(items)))


@dataclass(frozen=True, slots=True)
class OpResult[T]:
    """What a service returns: its value (a new id, a snapshot for undo...) and its changes."""

    value: T
    changes: Changes = field(default_factory=Changes)
