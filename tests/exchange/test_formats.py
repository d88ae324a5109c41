"""JSONL, CSV, ClaimReview and Web Annotation, all built from the native records; filters."""

import csv
import io
import json
from typing import Any

import pytest

from annotator.errors import AnnotatorError
from annotator.exchange.claimreview import short_claim
from annotator.exchange.csv_export import COLUMNS
from annotator.exchange.export import ExportFilter, ExportFormat, preview_export
from annotator.project import Project
from annotator.services.projects import create_project, set_setting
from tests.exchange.conftest import export_text


def _native(project: Project, **options: Any) -> dict[str, Any]:
    return json.loads(export_text(project, **options))


def test_jsonl_has_one_self_contained_claim_per_line(rich_project: Project) -> None:
    text = export_text(rich_project, format=ExportFormat.JSONL)
    lines = text.split("\n")
    assert lines[-1] == "" and len(lines) == 6
    records = [json.loads(line) for line in lines[:-1]]
    native = _native(rich_project)
    assert [r["uuid"] for r in records] == [c["uuid"] for c in native["claims"]]
    died = next(r for r in records if r["kind"] == "casualty")
    assert died["article"]["outlet"] == "Northwire" and "text" not in died["article"]
    assert died["verdict"]["reviewer"] == "Bob"
    assert {s["source"]["title"] for s in died["sources"]} == {"Ministry figures", "Monitor notes"}


def test_csv_opens_in_a_spreadsheet(rich_project: Project) -> None:
    text = export_text(rich_project, format=ExportFormat.CSV)
    assert text.startswith("\ufeffclaim_uuid,") and "\r\n" in text
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline="")))
    assert list(rows[0]) == list(COLUMNS) and len(rows) == 5
    died = next(r for r in rows if r["kind"] == "casualty")
    assert died["tags"] == "front page; élan"
    assert died["sources"].count(";") == 1 and died["source_relations"] in (
        "supports; refutes",
        "refutes; supports",
    )
    assert (died["verdict"], died["verdict_label"], died["verdict_rating_value"]) == (
        "half_true",
        "Half true / mixed",
        "4",
    )
    assert died["verdict_rationale"] == "The ministry revised the toll.\nSee note."
    assert died["verdicts_given"] == "2" and died["value_min"] == "13000.0"


def test_csv_neutralises_formulas(tmp_path) -> None:
    from annotator.services.articles import import_drafts
    from annotator.services.claims import add_claim
    from tests.helpers import sample_draft

    with create_project(tmp_path / "f.claims", name="F", reviewer="Ann") as project:
        text = '=HYPERLINK("http://evil") said 5 people died.'
        article = import_drafts(project, [sample_draft(text, title="@risky")]).value
        add_claim(
            project, article_id=article.added_article_ids[0], start=0, end=10, kind="other_figure"
        )
        rows = list(csv.reader(io.StringIO(export_text(project, format=ExportFormat.CSV)[1:])))
    assert rows[1][COLUMNS.index("exact")] == "'=HYPERLINK"
    assert rows[1][COLUMNS.index("article_title")] == "'@risky"


GOOGLE_REQUIRED = ("claimReviewed", "reviewRating", "url")
GOOGLE_RECOMMENDED = ("author", "datePublished", "itemReviewed")


def test_claimreview_has_what_google_requires_and_recommends(rich_project: Project) -> None:
    reviews = json.loads(export_text(rich_project, format=ExportFormat.CLAIMREVIEW))
    assert len(reviews) == 3  # the claims with a verdict
    for review in reviews:
        assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
        assert all(review[k] for k in GOOGLE_REQUIRED + GOOGLE_RECOMMENDED)
        assert review["url"].startswith("https://checks.example.org/claims/")
        assert len(review["claimReviewed"]) <= 75
        assert review["author"] == {
            "@type": "Organization",
            "name": "Desk Checks",
            "url": "https://checks.example.org",
        }
        rating = review["reviewRating"]
        assert rating["@type"] == "Rating" and rating["alternateName"]
        assert review["itemReviewed"]["@type"] == "Claim"
        assert len(review["datePublished"]) == 10
    died = next(r for r in reviews if r["reviewRating"]["alternateName"] == "Half true / mixed")
    assert (
        died["reviewRating"]["ratingValue"],
        died["reviewRating"]["bestRating"],
        died["reviewRating"]["worstRating"],
    ) == (4, 6, 1)
    assert died["reviewRating"]["ratingExplanation"].startswith("The ministry revised")
    item = died["itemReviewed"]
    assert item["author"] == {"@type": "Person", "name": "the health ministry"}
    assert item["datePublished"] == "2024-03-03"
    assert item["appearance"]["url"] == "https://news.example.org/talks"
    unverifiable = next(r for r in reviews if r["reviewRating"]["alternateName"] == "Unverifiable")
    assert "ratingValue" not in unverifiable["reviewRating"]


def test_claimreview_says_which_settings_are_missing(rich_project: Project) -> None:
    set_setting(rich_project, "claimreview.author_url", "")
    with pytest.raises(AnnotatorError, match=r"claimreview\.author_url; set each with"):
        export_text(rich_project, format=ExportFormat.CLAIMREVIEW)


def test_short_claims_are_cut_at_a_word() -> None:
    assert short_claim("a  short\nclaim") == "a short claim"
    cut = short_claim("word " * 30)
    assert len(cut) <= 75 and cut.endswith("word…")


def test_web_annotation_uses_both_selectors_and_the_motivations(rich_project: Project) -> None:
    collection = json.loads(export_text(rich_project, format=ExportFormat.WEBANNOTATION))
    assert collection["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert collection["type"] == "AnnotationCollection" and collection["total"] == 5
    items = collection["first"]["items"]
    native = {c["uuid"]: c for c in _native(rich_project)["claims"]}
    for annotation in items:
        claim = native[annotation["id"].removeprefix("urn:uuid:")]
        quote, position = annotation["target"]["selector"]
        assert quote == {
            "type": "TextQuoteSelector",
            "exact": claim["exact"],
            "prefix": claim["prefix"],
            "suffix": claim["suffix"],
        }
        assert position == {
            "type": "TextPositionSelector",
            "start": claim["start"],
            "end": claim["end"],
        }
    died = next(a for a in items if "assessing" in a["motivation"])
    purposes = [b["purpose"] for b in died["body"]]
    assert {"tagging", "assessing", "linking"} <= set(purposes)
    assert died["target"]["source"] == "https://news.example.org/talks"


def test_filters_select_claims_and_their_articles(rich_project: Project) -> None:
    verified = _native(rich_project, filter=ExportFilter(statuses=("verified",)))
    assert [c["status"] for c in verified["claims"]] == ["verified"]
    assert len(verified["articles"]) == 1 and verified["sources"] == []
    assert verified["selection"]["statuses"] == ["verified"]
    false = _native(rich_project, filter=ExportFilter(verdicts=("false",)))
    assert [c["kind"] for c in false["claims"]] == ["troops"]
    assert [s["title"] for s in false["sources"]] == ["Ministry figures"]
    unrated = _native(rich_project, filter=ExportFilter(verdicts=("none",)))
    assert all(c["verdict"] is None for c in unrated["claims"]) and len(unrated["claims"]) == 2
    tagged = _native(rich_project, filter=ExportFilter(tags=("quote", "élan")))
    assert len(tagged["claims"]) == 2
    kind = _native(rich_project, filter=ExportFilter(kinds=("rumour", "position")))
    second = kind["articles"][0]["uuid"]
    assert len(kind["claims"]) == 2 and {c["article"] for c in kind["claims"]} == {second}
    by_article = _native(rich_project, filter=ExportFilter(article_uuids=(second,)))
    assert len(by_article["articles"]) == 1 and len(by_article["claims"]) == 2
    preview = preview_export(rich_project, ExportFilter(kinds=("casualty", "statement")))
    assert (preview.articles, preview.claims, preview.claims_with_verdict) == (1, 2, 2)


def test_no_text_and_events(rich_project: Project) -> None:
    lean = _native(rich_project, include_text=False)
    assert lean["text_included"] is False and all("text" not in a for a in lean["articles"])
    full = _native(rich_project, include_events=True)
    assert "events" not in lean and len(full["events"]) > 10
    filtered = _native(
        rich_project, include_events=True, filter=ExportFilter(statuses=("verified",))
    )
    kept = {e["entity_uuid"] for e in filtered["events"]}
    claim = filtered["claims"][0]
    assert claim["uuid"] in kept and claim["verdict"]["uuid"] in kept
    other_claims = {c["uuid"] for c in full["claims"]} - {claim["uuid"]}
    assert not kept & other_claims
