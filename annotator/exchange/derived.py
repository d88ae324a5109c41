"""What the formats built on the native records share: look-ups and progress over claims.

JSONL, CSV, ClaimReview and Web Annotation are flat or linked-data views of the
native records.  They need the article, source and reviewer a claim names by
UUID; those are few next to the claims, so they are loaded once here while
the claims themselves stream.
"""

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from annotator.exchange.collect import NativeReader
from annotator.progress import ProgressCallback


@dataclass(frozen=True, slots=True)
class Lookup:
    """The records claims refer to, by UUID (articles without their text)."""

    project: dict[str, Any]
    articles: dict[str, dict[str, Any]]
    reviewers: dict[str, str]  # uuid -> name
    sources: dict[str, dict[str, Any]]
    ratings: dict[str, dict[str, Any]]  # rating key -> step of the verdict scale

    @classmethod
    def load(cls, reader: NativeReader) -> "Lookup":
        project = reader.project()
        return cls(
            project=project,
            articles={a["uuid"]: a for a in reader.articles(include_text=False)},
            reviewers={r["uuid"]: r["name"] for r in reader.reviewers()},
            sources={s["uuid"]: s for s in reader.sources()},
            ratings={r["key"]: r for r in project["verdict_scale"]},
        )

    def name(self, reviewer_uuid: str | None) -> str | None:
        """A reviewer's name from their UUID (None stays None)."""
        return None if reviewer_uuid is None else self.reviewers.get(reviewer_uuid)


def claims_with_progress(
    reader: NativeReader, progress: ProgressCallback
) -> Iterator[dict[str, Any]]:
    """The reader's claims, reporting progress every thousand (and letting the user cancel)."""
    total = reader.count_claims()
    progress(0, total)
    for done, claim in enumerate(reader.claims(), start=1):
        yield claim
        if done % 1000 == 0:
            progress(done, total)
    progress(total, total)
