"""schema.org ClaimReview (JSON-LD) for every selected claim that has a verdict.

The fact-checking organisation that publishes the reviews is not a reviewer
of the project but its publisher, so its name, site and the address of each
review page come from project settings, which travel with the project file:

* `claimreview.author_name`: the organisation's name;
* `claimreview.author_url`: its home page;
* `claimreview.url_template`: the address of a review page, with
  `{claim_uuid}` (and optionally `{article_uuid}`) filled in per claim.

`claimReviewed` is the claim's quote, cut at a word boundary to the 75
characters Google suggests.  The rating comes from the project's verdict scale:
`ratingValue` is the step's rating, `bestRating`/`worstRating` the highest and
lowest ratings of the scale, `alternateName` its label.
"""

from typing import Any, TextIO

from annotator.errors import AnnotatorError
from annotator.exchange.collect import NativeReader
from annotator.exchange.derived import Lookup, claims_with_progress
from annotator.exchange.native import WrittenCounts, dumps
from annotator.progress import ProgressCallback, no_progress

AUTHOR_NAME = "claimreview.author_name"
AUTHOR_URL = "claimreview.author_url"
URL_TEMPLATE = "claimreview.url_template"
SETTINGS = (AUTHOR_NAME, AUTHOR_URL, URL_TEMPLATE)
MAX_CLAIM_LENGTH = 75
SCHEMA_ORG = "https://schema.org"


def publisher_settings(settings: dict[str, Any]) -> dict[str, str]:
    """The three publisher settings, or an error that says which to set and how."""
    missing = [
        key for key in SETTINGS if not isinstance(settings.get(key), str) or not settings[key]
    ]
    if missing:
        listed = ", ".join(missing)
        raise AnnotatorError(
            f"ClaimReview export needs the project setting(s) {listed}; set each with "
            f"`claim-annotator settings PROJECT KEY VALUE`, for example "
            f"`claim-annotator settings desk.claims {URL_TEMPLATE} "
            f"'https://factcheck.example.org/claims/{{claim_uuid}}'`"
        )
    template = settings[URL_TEMPLATE]
    if "{claim_uuid}" not in template:
        raise AnnotatorError(
            f"the setting {URL_TEMPLATE} must contain {{claim_uuid}} so that every review "
            f"gets its own address (it is '{template}')"
        )
    return {key: settings[key] for key in SETTINGS}


def short_claim(text: str, limit: int = MAX_CLAIM_LENGTH) -> str:
    """The claim text on one line, cut at a word boundary with an ellipsis when too long."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:.") + "…"


def _date(timestamp: str | None) -> str | None:
    return None if timestamp is None else timestamp[:10]


def _claim_author(claim: dict[str, Any], article: dict[str, Any]) -> dict[str, Any] | None:
    """Who made the claim: its speaker (a person), else the outlet that published it."""
    if claim["speaker"]:
        return {"@type": "Person", "name": claim["speaker"]}
    if article["outlet"]:
        return {"@type": "Organization", "name": article["outlet"]}
    return None


def claim_review(
    claim: dict[str, Any], lookup: Lookup, publisher: dict[str, str]
) -> dict[str, Any]:
    """One ClaimReview object for a claim that has a verdict."""
    verdict = claim["verdict"]
    article = lookup.articles[claim["article"]]
    step = lookup.ratings[verdict["rating"]]
    numbers = [r["rating"] for r in lookup.ratings.values() if r["rating"] is not None]
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": step["label"]}
    if step["rating"] is not None and numbers:
        rating.update(ratingValue=step["rating"], bestRating=max(numbers), worstRating=min(numbers))
    if verdict["rationale"]:
        rating["ratingExplanation"] = verdict["rationale"]
    item: dict[str, Any] = {"@type": "Claim"}
    author = _claim_author(claim, article)
    if author is not None:
        item["author"] = author
    if article["published"]:
        item["datePublished"] = article["published"]
    if article["url"]:
        appearance: dict[str, Any] = {"@type": "CreativeWork", "url": article["url"]}
        if article["title"]:
            appearance["headline"] = article["title"]
        if article["outlet"]:
            appearance["publisher"] = {"@type": "Organization", "name": article["outlet"]}
        item["appearance"] = appearance
    return {
        "@context": SCHEMA_ORG,
        "@type": "ClaimReview",
        "url": publisher[URL_TEMPLATE]
        .replace("{claim_uuid}", claim["uuid"])
        .replace("{article_uuid}", claim["article"]),
        "claimReviewed": short_claim(claim["exact"]),
        "author": {
            "@type": "Organization",
            "name": publisher[AUTHOR_NAME],
            "url": publisher[AUTHOR_URL],
        },
        "datePublished": _date(verdict["created_at"]),
        "reviewRating": rating,
        "itemReviewed": item,
    }


def write_claimreview(
    reader: NativeReader, out: TextIO, progress: ProgressCallback = no_progress
) -> WrittenCounts:
    """Write a JSON array of ClaimReview objects, one per line, for claims with a verdict."""
    lookup = Lookup.load(reader)
    publisher = publisher_settings(lookup.project["settings"])
    reviews = 0
    out.write("[")
    for claim in claims_with_progress(reader, progress):
        if claim["verdict"] is None:
            continue
        out.write(",\n" if reviews else "\n")
        out.write(dumps(claim_review(claim, lookup, publisher)))
        reviews += 1
    out.write("\n]\n" if reviews else "]\n")
    return WrittenCounts(articles=len(lookup.articles), claims=reviews)
