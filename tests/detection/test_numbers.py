"""Number parsing: digits, words, vague quantities and qualifiers (guideline §2)."""

import pytest

from annotator.detection.numbers import find_figures, quantity_value
from annotator.domain import Qualifier


def one(text: str):
    figures = find_figures(text)
    assert len(figures) == 1, figures
    figure = figures[0]
    return text[figure.start : figure.end], figure


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("13,000", 13000),
        ("13 000", 13000),
        ("13\u00a0000", 13000),
        ("280000", 280000),
        ("1,020,000", 1020000),
        ("1.5 million", 1_500_000),
        ("2.5 million", 2_500_000),
        ("80 bn", 80e9),
        ("1.6million", 1_600_000),  # glued, in British tabloid style
        ("2million", 2_000_000),
        ("sixty-two", 62),
        ("sixty two", 62),
        ("Twenty", 20),
        ("nine", 9),
        ("one hundred and twenty", 120),
        ("two thousand five hundred", 2500),
    ],
)
def test_exact_numbers(text: str, value: float) -> None:
    low, high, qualifier = quantity_value(text)
    assert (low, high, qualifier) == (value, value, Qualifier.EXACT)


@pytest.mark.parametrize(
    ("text", "low", "high", "qualifier"),
    [
        ("a dozen", 12, 12, Qualifier.ABOUT),
        ("dozens", 24, 99, Qualifier.VAGUE),
        ("two dozen", 24, 24, Qualifier.ABOUT),
        ("scores", 40, 99, Qualifier.VAGUE),
        ("hundreds", 200, 999, Qualifier.VAGUE),
        ("thousands", 2000, 9999, Qualifier.VAGUE),
        ("tens of thousands", 20000, 99999, Qualifier.VAGUE),
        ("hundreds of thousands", 200000, 999999, Qualifier.VAGUE),
        ("a hundred", 100, 100, Qualifier.EXACT),
        ("Tens  of\nthousands", 20000, 99999, Qualifier.VAGUE),
        ("low hundreds", 200, 999, Qualifier.VAGUE),
        ("very low hundreds", 200, 999, Qualifier.VAGUE),
    ],
)
def test_every_vague_quantifier(text: str, low: float, high: float, qualifier: Qualifier) -> None:
    assert quantity_value(text) == (low, high, qualifier)


@pytest.mark.parametrize(
    ("text", "span", "low", "high", "qualifier"),
    [
        ("killed at least 21 civilians", "at least 21", 21, None, Qualifier.AT_LEAST),
        ("killed more than 300000 people", "more than 300000", 300000, None, Qualifier.MORE_THAN),
        ("killed over 60 people", "over 60", 60, None, Qualifier.MORE_THAN),
        ("up to 80 fighters", "up to 80", None, 80, Qualifier.UP_TO),
        ("as many as 80 fighters", "as many as 80", None, 80, Qualifier.UP_TO),
        ("nearly 40 people", "nearly 40", 40, 40, Qualifier.NEARLY),
        ("almost 40 people", "almost 40", 40, 40, Qualifier.NEARLY),
        ("about 70 soldiers", "about 70", 70, 70, Qualifier.ABOUT),
        ("around 70 soldiers", "around 70", 70, 70, Qualifier.ABOUT),
        ("some 3,000 men", "some 3,000", 3000, 3000, Qualifier.ABOUT),
        ("roughly 3,000 men", "roughly 3,000", 3000, 3000, Qualifier.ABOUT),
        ("an estimated 3,000 men", "an estimated 3,000", 3000, 3000, Qualifier.ABOUT),
        ("less than 10 people", "less than 10", None, 10, Qualifier.LESS_THAN),
        ("fewer than 10 people", "fewer than 10", None, 10, Qualifier.LESS_THAN),
        ("between 200 and 300 fighters", "between 200 and 300", 200, 300, Qualifier.RANGE),
        ("200 to 300 a month", "200 to 300", 200, 300, Qualifier.RANGE),
        ("80,000 plus US personnel", "80,000 plus", 80000, None, Qualifier.MORE_THAN),
        ("more than a dozen people", "more than a dozen", 12, None, Qualifier.MORE_THAN),
    ],
)
def test_every_qualifier(
    text: str, span: str, low: float | None, high: float | None, qualifier: Qualifier
) -> None:
    found, figure = one(text)
    assert found == span
    assert (figure.min, figure.max, figure.qualifier) == (low, high, qualifier)
    assert figure.approx == (qualifier in (Qualifier.ABOUT, Qualifier.NEARLY, Qualifier.VAGUE))


def test_leading_another_is_not_part_of_the_span() -> None:
    text = "Another 327 civilians were killed"
    found, figure = one(text)
    assert found == "327"
    assert figure.outer_start == 0


@pytest.mark.parametrize(
    "text",
    [
        "call 1-800-577-TIPS now",  # phone number
        "at around 600am local time",  # time glued to am
        "the forces captured16",  # FA-KES glue: part of a word
        "a score of 3-2",  # a score, not a range
        "costs $200 a day",  # money
    ],
)
def test_not_figures(text: str) -> None:
    assert find_figures(text) == []


def test_glued_sentence_start_is_found() -> None:
    figures = find_figures("injured another 15.Twenty insurgents were killed.")
    assert [f.min for f in figures] == [15, 20]


def test_decimal_is_one_number() -> None:
    found, figure = one("a population of 1.5 million")
    assert found == "1.5 million"
    assert figure.min == 1_500_000


def test_a_figure_after_a_number_that_is_none_is_read_whole() -> None:
    # The date's digits are no figure; the scan for the next figure from there must
    # not stop at the edge of its look-ahead window and read "1,500" as "1".
    text = (
        "### [2007-02-21](/news/2007/02/21/index.md)\n\n#  Iraq War:. British Prime "
        "Minister Tony Blair announces that 1,500 British troops will leave Iraq."
    )
    assert [text[f.start : f.end] for f in find_figures(text)][-1] == "1,500"


def test_a_figure_falling_to_another_is_two_figures() -> None:
    assert [(f.min, f.max) for f in find_figures("from 102,000 to 82,000")] == [
        (102000, 102000),
        (82000, 82000),
    ]
    assert [(f.min, f.max) for f in find_figures("5 to 10")] == [(5, 10)]
    assert find_figures("The score was 3-2.") == []


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Sixty-two people were killed", "Sixty-two", 62),
        ("said thirty-two of the dead were civilians", "thirty-two", 32),
        ("killing Twenty-Five soldiers", "Twenty-Five", 25),
    ],
)
def test_hyphenated_number_words_are_found_in_text(text: str, span: str, value: int) -> None:
    found, figure = one(text)
    assert (found, figure.min, figure.max) == (span, value, value)


def test_a_hyphenated_age_is_no_figure() -> None:
    assert find_figures("a twenty-year-old man and a sixty-two-year-old woman") == []


@pytest.mark.parametrize(
    ("text", "span", "low", "high", "qualifier"),
    [
        (
            "may drop well below 10,000 troops",
            "well below 10,000",
            None,
            10000,
            Qualifier.LESS_THAN,
        ),
        (
            "a force significantly below 10,000",
            "significantly below 10,000",
            None,
            10000,
            Qualifier.LESS_THAN,
        ),
        ("could be as low as 5,000 soldiers", "as low as 5,000", 5000, None, Qualifier.AT_LEAST),
        ("well more than 1,000 troops", "well more than 1,000", 1000, None, Qualifier.MORE_THAN),
        ("talking very low hundreds.", "very low hundreds", 200, 999, Qualifier.VAGUE),
    ],
)
def test_below_and_floor_qualifiers_and_low_hundreds_are_found(
    text: str, span: str, low: float | None, high: float | None, qualifier: Qualifier
) -> None:
    found, figure = one(text)
    assert (found, figure.min, figure.max, figure.qualifier) == (span, low, high, qualifier)


def test_scores_of_thousands_is_scores_of_thousands() -> None:
    # read as "tens of thousands" is: scores (40 to 99) of thousands, not "thousands"
    assert quantity_value("scores of thousands") == (40000, 99999, Qualifier.VAGUE)
    found, figure = one("left scores of thousands of soldiers wounded")
    assert (found, figure.min, figure.max) == ("scores of thousands", 40000, 99999)
