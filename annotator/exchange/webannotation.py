"""W3C Web Annotation (JSON-LD): one annotation per claim, anchored twice in the article.

The target carries both a TextQuoteSelector (exact, prefix, suffix) and a
TextPositionSelector (start, end in code points, as the W3C model counts
characters), so a reader can re-anchor by quote when positions drift and by
position when a quote repeats.  Bodies follow the model's motivations:
`classifying` (the claim kind), `tagging` (each tag), `assessing` (the current
verdict, its rationale in a `describing` body) and `linking` (each source).

Records are identified by `urn:uuid:` IRIs, so they stay stable across exports
and never point at a server.  The context is named, never fetched.
"""

from typing import Any, TextIO

from annotator.exchange.collect import NativeReader
from annotator.exchange.derived import Lookup, claims_with_progress
from annotator.exchange.native import WrittenCounts, dumps
from annotator.progress import ProgressCallback, no_progress

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"


def urn(uuid: str) -> str:
    """A stable IRI for a record of ours."""
    return f"urn:uuid:{uuid}"


def _text_body(purpose: str, value: str) -> dict[str, Any]:
    return {"type": "TextualBody", "purpose": purpose, "value": value, "format": "text/plain"}


def _bodies(claim: dict[str, Any], lookup: Lookup) -> list[dict[str, Any]]:
    bodies = [_text_body("classifying", claim["kind"])]
    bodies.extend(_text_body("tagging", tag["name"]) for tag in claim["tags"])
    verdict = claim["verdict"]
    if verdict is not None:
        step = lookup.ratings[verdict["rating"]]
        bodies.append({**_text_body("assessing", step["label"]), "id": urn(verdict["uuid"])})
        if verdict["rationale"]:
            bodies.append(_text_body("describing", verdict["rationale"]))
    for link in claim["sources"]:
        source = lookup.sources[link["source"]]
        body: dict[str, Any] = {
            "type": "SpecificResource",
            "purpose": "linking",
            "source": source["url"] or urn(source["uuid"]),
        }
        if source["title"]:
            body["label"] = source["title"]
        bodies.append(body)
    return bodies


def _agent(lookup: Lookup, reviewer_uuid: str | None) -> dict[str, Any] | None:
    if reviewer_uuid is None:
        return None
    return {"id": urn(reviewer_uuid), "type": "Person", "name": lookup.name(reviewer_uuid)}


def annotation(claim: dict[str, Any], lookup: Lookup) -> dict[str, Any]:
    """One Web Annotation for a claim."""
    article = lookup.articles[claim["article"]]
    bodies = _bodies(claim, lookup)
    record: dict[str, Any] = {
        "@context": ANNO_CONTEXT,
        "id": urn(claim["uuid"]),
        "type": "Annotation",
        "motivation": sorted({body["purpose"] for body in bodies}),
        "created": claim["created_at"],
        "modified": claim["updated_at"],
        "body": bodies,
        "target": {
            "source": article["url"] or urn(article["uuid"]),
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": claim["exact"],
                    "prefix": claim["prefix"],
                    "suffix": claim["suffix"],
                },
                {"type": "TextPositionSelector", "start": claim["start"], "end": claim["end"]},
            ],
        },
    }
    creator = _agent(lookup, claim["created_by"])
    if creator is not None:
        record["creator"] = creator
    return record


def write_webannotation(
    reader: NativeReader, out: TextIO, progress: ProgressCallback = no_progress
) -> WrittenCounts:
    """Write an AnnotationCollection whose single page holds one annotation per claim."""
    lookup = Lookup.load(reader)
    project = lookup.project
    out.write("{\n")
    out.write(f'"@context":{dumps(ANNO_CONTEXT)},\n')
    out.write(f'"id":{dumps(urn(project["uuid"]))},\n"type":"AnnotationCollection",\n')
    out.write(f'"label":{dumps(project["name"])},\n')
    out.write('"first":{"type":"AnnotationPage","startIndex":0,"items":[')
    claims = 0
    for claim in claims_with_progress(reader, progress):
        out.write(",\n" if claims else "\n")
        out.write(dumps(annotation(claim, lookup)))
        claims += 1
    out.write("\n]},\n" if claims else "]},\n")
    out.write(f'"total":{claims}\n}}\n')
    return WrittenCounts(articles=len(lookup.articles), claims=claims)
