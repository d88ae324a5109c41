"""Title, dateline, agency and feed-footer outlet read from the wording of plain text."""

import pytest

from annotator.importing.metadata import Dateline, extract_metadata, find_title, parse_dateline

WIRE = (
    "TANKER FIRE CLOSES HARBOUR AT PORT ELLEN\n"
    "    PORT ELLEN, March 25 - A fire on an oil tanker closed the harbour\n"
    "today, the coastguard said.\n"
    " REUTER\n"
)

FEED = (
    "Talks on grain corridor stall\n\n"
    "Talks on grain corridor stall\n\n"
    "GENEVA (AFP): Negotiators said on Sunday that talks had stalled.\n\n"
    "“It was difficult,” one said.\n\n"
    "The post Talks on grain corridor stall appeared first on The Harbour Times.\n"
)


def test_wire_story_title_dateline_and_signoff_agency() -> None:
    found = extract_metadata(WIRE)
    assert found.title == "TANKER FIRE CLOSES HARBOUR AT PORT ELLEN"
    assert found.dateline == "PORT ELLEN, March 25"
    assert found.agency == "Reuters"
    assert found.outlet is None


def test_feed_story_with_repeated_title_agency_and_footer() -> None:
    found = extract_metadata(FEED)
    assert found.title == "Talks on grain corridor stall"
    assert found.dateline == "GENEVA"
    assert found.agency == "AFP"
    assert found.outlet == "The Harbour Times"


def test_footer_title_is_used_when_the_text_has_no_headline() -> None:
    text = (
        "Negotiators said on Sunday that talks had stalled.\n"
        "The post Grain talks stall appeared first on Daily Post"
    )
    found = extract_metadata(text)
    assert found.title == "Grain talks stall"
    assert found.outlet == "Daily Post"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("GENEVA (AFP): A top official said", Dateline("GENEVA", "AFP")),
        ("N'DJAMENA, March 25 - Chad's command said", Dateline("N'DJAMENA, March 25", None)),
        ("LONDON (Reuters) - Shares fell", Dateline("LONDON", "Reuters")),
        ("WASHINGTON, Jan. 5 (Reuters) - The", Dateline("WASHINGTON, Jan. 5", "Reuters")),
        ("UNITED NATIONS, April 9 - For the", Dateline("UNITED NATIONS, April 9", None)),
        ("LONDON, MARCH 3 -", Dateline("LONDON, MARCH 3", None)),
        ("NEW YORK, 25 March 2021 (AP) — Police", Dateline("NEW YORK, 25 March 2021", "AP")),
        ("BERLIN (dpa) - Die", Dateline("BERLIN", "dpa")),
        ("Geneva (AFP): officials", Dateline("Geneva", "AFP")),
        ("PARIS - The minister", Dateline("PARIS", None)),
        ("SÃO PAULO, May 2 (Reuters) - Brazil", Dateline("SÃO PAULO, May 2", "Reuters")),
    ],
)
def test_datelines(line: str, expected: Dateline) -> None:
    assert parse_dateline(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "UPDATE: the minister resigned",
        "Officials said - nothing",
        "The minister (pictured) - said",
        "In 2019 - things",
        "NOTE: corrected",
        "",
    ],
)
def test_not_datelines(line: str) -> None:
    assert parse_dateline(line) is None


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (["End The Korean War!", "Body."], "End The Korean War!"),
        (["America's Immigration Voice.", "Body."], None),  # a sentence, not a headline
        (["Only one line"], None),
        (["The government said on Monday that it", "would raise taxes."], None),  # wrapped
        (["GENEVA (AFP): officials said", "More."], None),
        (["x" * 201, "Body"], None),
        (["lower case start", "Body"], None),
        (["“Quoted” headline here", "Body"], "“Quoted” headline here"),
    ],
)
def test_titles(lines: list[str], title: str | None) -> None:
    assert find_title(lines) == title


def test_huge_single_line_is_cheap_and_yields_nothing() -> None:
    text = "The post " + "word " * 2_000_000
    assert extract_metadata(text).title is None


def test_dateline_is_found_after_title_only_in_the_first_lines() -> None:
    text = "Headline Here\nFirst para.\nSecond para.\nThird para.\nLONDON (Reuters) - late"
    assert extract_metadata(text).dateline is None
