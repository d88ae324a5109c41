"""What a native import found: per kind of record, what was new, the same, mapped or in conflict.

Import never changes a record the project already has.  It adds what is new
and lists the rest, so that a reviewer (or the merge tools of the review
workflow) can decide about each conflict knowingly.
"""

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Conflict:
    """A record present on both sides with different content; the project's version was kept."""

    entity: str  # "claim", "article", "source", "reviewer", "tag", "kind", "rating", "setting"
    key: str  # its UUID (or key, for kinds, ratings and settings)
    fields: tuple[str, ...]  # the top-level fields that differ


@dataclass(slots=True)
class Tally:
    """The outcome for one kind of record, by UUID (or key)."""

    new: list[str] = field(default_factory=list)
    same: list[str] = field(default_factory=list)
    # file UUID -> the project's UUID of the same thing (same text, same name)
    mapped: dict[str, str] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)


@dataclass(slots=True)
class NativeImportReport:
    """Everything a native import did and did not do."""

    source: str
    export_project_uuid: str
    settings: Tally = field(default_factory=Tally)
    kinds: Tally = field(default_factory=Tally)
    ratings: Tally = field(default_factory=Tally)
    reviewers: Tally = field(default_factory=Tally)
    tags: Tally = field(default_factory=Tally)
    sources: Tally = field(default_factory=Tally)
    articles: Tally = field(default_factory=Tally)
    claims: Tally = field(default_factory=Tally)
    events: Tally = field(default_factory=Tally)
    added_article_ids: list[int] = field(default_factory=list)

    def tallies(self) -> dict[str, Tally]:
        """Each kind of record with its outcome, in the order people read them."""
        return {
            "settings": self.settings,
            "kinds": self.kinds,
            "ratings": self.ratings,
            "reviewers": self.reviewers,
            "tags": self.tags,
            "sources": self.sources,
            "articles": self.articles,
            "claims": self.claims,
            "events": self.events,
        }

    @property
    def conflicts(self) -> list[Conflict]:
        """Every conflict, of every kind of record."""
        return [c for tally in self.tallies().values() for c in tally.conflicts]
