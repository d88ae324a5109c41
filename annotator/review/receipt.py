"""What a merge did, in the form `unmerge` needs to take it back exactly."""

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class MergeReceipt:
    """Ids a merge created and the values it replaced, all inside my file.

    Deleting `claim_ids` also removes what hangs on those claims (their tags,
    source links, verdicts and comments) by ON DELETE CASCADE; the other
    fields list what was added to, or changed on, claims that were mine before.
    """

    from_project_uuid: str = ""
    article_ids: tuple[int, ...] = ()
    claim_ids: tuple[int, ...] = ()
    source_ids: tuple[int, ...] = ()
    tag_ids: tuple[int, ...] = ()
    verdict_ids: tuple[int, ...] = ()  # added to claims that were already mine
    tag_links: tuple[tuple[int, int], ...] = ()  # (claim id, tag id) added to my claims
    source_links: tuple[tuple[int, int, str | None], ...] = ()  # (claim, source, old relation)
    claim_updates: tuple[tuple[int, dict[str, Any]], ...] = ()  # (claim id, previous columns)
    suppressions: tuple[tuple[int, str, int, int], ...] = ()  # detection_suppression keys
    provenance_ids: tuple[int, ...] = ()

    def __bool__(self) -> bool:
        """False when the merge changed nothing (then there is nothing to undo)."""
        return any(
            (
                self.article_ids,
                self.claim_ids,
                self.source_ids,
                self.tag_ids,
                self.verdict_ids,
                self.tag_links,
                self.source_links,
                self.claim_updates,
            )
        )
