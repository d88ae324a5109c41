"""JSON Lines: one self-contained claim per line, for data pipelines.

Each line is the native claim record with what it names inlined: the
article's metadata (not its text: the claim carries its quote and context),
the full source records, and reviewers by name instead of UUID.  A pipeline
can then process one line at a time without joining anything.
"""

from typing import Any, TextIO

from annotator.exchange.collect import NativeReader
from annotator.exchange.derived import Lookup, claims_with_progress
from annotator.exchange.native import WrittenCounts, dumps
from annotator.progress import ProgressCallback, no_progress

_ARTICLE_DROPPED = ("detection_suppressions",)


def jsonl_record(claim: dict[str, Any], lookup: Lookup) -> dict[str, Any]:
    """One claim with its article, sources and reviewers inlined."""
    name = lookup.name
    article = {
        key: value
        for key, value in lookup.articles[claim["article"]].items()
        if key not in _ARTICLE_DROPPED
    }
    article["imported_by"] = name(article["imported_by"])
    return {
        **claim,
        "article": article,
        "tags": [{**t, "added_by": name(t["added_by"])} for t in claim["tags"]],
        "sources": [
            {
                "relation": link["relation"],
                "added_by": name(link["added_by"]),
                "added_at": link["added_at"],
                "source": {
                    **lookup.sources[link["source"]],
                    "created_by": name(lookup.sources[link["source"]]["created_by"]),
                },
            }
            for link in claim["sources"]
        ],
        "verdict": _verdict(claim["verdict"], lookup),
        "verdict_history": [_verdict(v, lookup) for v in claim["verdict_history"]],
        "comments": [{**c, "reviewer": name(c["reviewer"])} for c in claim["comments"]],
        "created_by": name(claim["created_by"]),
        "updated_by": name(claim["updated_by"]),
    }


def _verdict(verdict: dict[str, Any] | None, lookup: Lookup) -> dict[str, Any] | None:
    if verdict is None:
        return None
    return {**verdict, "reviewer": lookup.name(verdict["reviewer"])}


def write_jsonl(
    reader: NativeReader, out: TextIO, progress: ProgressCallback = no_progress
) -> WrittenCounts:
    """Write one JSON object per selected claim, each on its own LF-terminated line."""
    lookup = Lookup.load(reader)
    claims = 0
    for claim in claims_with_progress(reader, progress):
        out.write(dumps(jsonl_record(claim, lookup)))
        out.write("\n")
        claims += 1
    return WrittenCounts(articles=len(lookup.articles), claims=claims)
