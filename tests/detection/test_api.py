"""Public API contract."""

import dataclasses
import subprocess
import sys
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.detection import DETECTOR_VERSION, DetectedClaim, detect

TEXT = (
    "GENEVA (AFP): Russian Deputy Foreign Minister Sergei Ryabkov said talks were hard.\n\n"
    "Putin has amassed tens of thousands of troops at the Ukrainian border.\n\n"
    "Rebels killed 18 soldiers in an ambush, the army said."
)


def test_claims_are_sorted_slices_of_the_text() -> None:
    claims = detect(TEXT)
    assert claims == sorted(claims, key=lambda c: (c.start, c.end, c.kind))
    assert {c.kind for c in claims} == {"statement", "troops", "position", "casualty"}
    for claim in claims:
        assert claim.text == TEXT[claim.start : claim.end]
        assert claim.rule
        assert 0.0 <= claim.confidence <= 1.0


def test_detected_claim_is_frozen() -> None:
    claim = detect(TEXT)[0]
    assert isinstance(claim, DetectedClaim)
    with pytest.raises(dataclasses.FrozenInstanceError):
        claim.start = 3  # type: ignore[misc]


def test_version_and_empty_input() -> None:
    assert DETECTOR_VERSION
    assert detect("") == []
    assert detect("   \n\n ") == []


def test_no_qt_is_imported() -> None:
    code = (
        "import sys, annotator.detection as d; d.detect('Rebels killed 18 soldiers.');"
        "print(any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


@pytest.mark.parametrize(
    "text",
    [
        "IRAQ SAYS IT CRUSHES NEW IRANIAN BASRA OFFENSIVE " * 400,
        "the soldiers said that the forces of the army were killed in the city and " * 600,
        "the minister demanded that the army withdraw and rebels vowed to hold the town " * 600,
        "killed 12 people and 30 soldiers were wounded and " * 800,
        '"a" “b” ' * 3000,
        "(" * 5000 + ")" * 5000,
        ". " * 10000 + "U.S.A.B.C." * 1000,
        "the number of troops rose from 10 to " * 2000,
        "said one diplomat, " * 2000,
        "Since The Army Of The Free North Forced The Rebels Out " * 1500 + "took over.",
        "The Free Syrian Monitor Of The North said a monitor said " * 1000,
    ],
    ids=[
        "caps",
        "no-punctuation",
        "stances",
        "figures",
        "quotes",
        "parens",
        "dots",
        "force-numbers",
        "one-picked",
        "capitalised-run-then-cue",
        "monitors",
    ],
)
def test_pathological_input_stays_linear(text: str) -> None:
    """Long runs without sentence ends must not make any pattern backtrack badly.

    The bound is this process's CPU time, not the wall clock, so other load on the
    machine cannot fail it; it sits several times above the normal cost (under a
    second) and far below what a pattern that backtracks without bound would take.
    """
    started = time.process_time()
    claims = detect(text)
    assert time.process_time() - started < 3.0
    assert all(c.text == text[c.start : c.end] for c in claims)


def test_offsets_survive_characters_that_lengthen_when_lower_cased() -> None:
    text = "İstanbul police said 12 people were killed and 30 wounded."
    claims = detect(text)
    assert {c.text for c in claims if c.kind == "casualty"} == {"12 people", "30"}
    assert all(c.text == text[c.start : c.end] for c in claims)


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2009", "\u2007", "\u2003"])
def test_typeset_spaces_are_read_as_plain_spaces(space: str) -> None:
    """No-break and other typeset spaces, which scraped text is full of, give the claims
    plain spaces give at the same offsets, each claim's text its slice of the text as
    given: a line holding only such a space parts paragraphs as a blank line does, so a
    headline stays apart from the body."""
    typeset = TEXT.replace(" ", space)
    assert [dataclasses.replace(c, text="") for c in detect(typeset)] == [
        dataclasses.replace(c, text="") for c in detect(TEXT)
    ]
    scraped = (
        f"RUSSIA MASSES TROOPS ON BORDER\n{space}\n"
        "Putin has amassed tens of thousands of troops at the border, officials said."
    )
    claims = detect(scraped)
    assert [(c.kind, c.start) for c in claims if c.kind != "troops"] == [
        ("position", 0),
        ("position", 33),
        ("statement", 33),
    ]
    assert all(c.text == scraped[c.start : c.end] for c in claims)


def test_a_byte_order_mark_is_left_out_of_the_first_claim() -> None:
    """A file saved with a byte-order mark gives the claims the text without it gives,
    one place on, and the first claim starts after the mark."""
    marked = "\ufeff" + TEXT
    assert [(c.kind, c.start - 1, c.end - 1, c.speaker) for c in detect(marked)] == [
        (c.kind, c.start, c.end, c.speaker) for c in detect(TEXT)
    ]


_PIECES = st.sampled_from(
    [
        "killed",
        "12",
        "13,000",
        "some",
        "soldiers",
        "troops",
        "said",
        "“",
        "”",
        '"',
        "\x95\x81",
        ".",
        ",",
        ":",
        "\n",
        "\n\n",
        "    ",
        "AD",
        "==",
        "(AFP)",
        "U.S.",
        "Gov.",
        "he",
        "the",
        "according to",
        "rebel-held",
        "dozens",
        "of",
        "Reuters",
        "A",
        "İ",
        "\u00a0",
        "–",
        "*",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=60).map(" ".join))
def test_any_text_gives_well_formed_claims(text: str) -> None:
    claims = detect(text)
    assert claims == sorted(claims, key=lambda c: (c.start, c.end, c.kind))
    for claim in claims:
        assert 0 <= claim.start < claim.end <= len(text)
        assert claim.text == text[claim.start : claim.end]
