"""Wordings the thirty-eighth round's rule-blind probes showed (tests/fixtures/probes/,
statements and casualty figures), each with made-up sentences of its own and near misses:
speakers named after a description or with initials, "the minister" named in apposition,
datelines and live-blog stamps kept out of a sentence span, hedges that are no speech,
and casualty figures given with a modal, "found dead", a place phrase or an estimate."""

import pytest

from annotator.detection import detect
from annotator.domain import KIND_CASUALTY, KIND_STATEMENT
from tests.helpers import figures


def statements(text: str) -> list[tuple[str, str | None]]:
    return [(c.text, c.speaker) for c in detect(text) if c.kind == KIND_STATEMENT]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a lower-case description with "of" inside it, then the name
        ('"We cannot sleep," said ministry of water employee Karim Haddad.', "Karim Haddad"),
        ('"The road is closed," said head of security Omar Saleh.', "Omar Saleh"),
        # one of a group, then perhaps the name
        ('"We want to go home," said one of the residents.', "a resident"),
        ('"We want to go home," said one of the residents, Lina Aziz.', "Lina Aziz"),
        ('"It was terrible," said one of the two U.S. officials.', "a U.S. official"),
        # a rank, then a name with its initials written together
        ("The line held, said General R.K. Batra, a former commander.", "R.K. Batra"),
        # "Brig." ends no sentence
        (
            '"The town is ours," army spokesman Brig. Gen. Samir Daoud told reporters.',
            "Samir Daoud",
        ),
    ],
)
def test_speaker_named_after_the_verb(text: str, speaker: str) -> None:
    assert statements(text) == [(text, speaker)]


@pytest.mark.parametrize(
    "introduction",
    [
        "Germany's defence minister, Klaus Reiter, visited a training site on Wednesday.",
        "Klaus Reiter, Germany's defence minister, visited a training site on Wednesday.",
        "The defence minister, Klaus Reiter, visited a training site in Lower Saxony.",
    ],
)
def test_the_minister_is_the_one_named_with_that_office(introduction: str) -> None:
    text = f"{introduction} The minister said Berlin would send a second battery."
    assert statements(text)[-1][1] == "Klaus Reiter"


def test_the_minister_stays_described_when_two_hold_an_office() -> None:
    text = (
        "Klaus Reiter, Germany's defence minister, met Anna Berg, Sweden's defence "
        "minister. The minister said Berlin would send a second battery."
    )
    assert statements(text)[-1][1] == "The minister"


def test_a_longer_office_is_not_found_in_another_office() -> None:
    """ "the acting defence minister" is not "David Cameron, the prime minister"."""
    text = (
        "David Cameron, the prime minister, spoke in London. The army would push on, "
        "according to the country's acting defence minister."
    )
    assert statements(text)[-1][1] == "the country's acting defence minister"


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        # an accented capital in the dateline's place
        (
            "BOGOTÁ, Colombia — The defence minister said on Sunday that rebels had fled.",
            "The defence minister said on Sunday that rebels had fled.",
        ),
        # a live blog's time stamp, with or without its zone
        (
            "14:05 GMT – Poland's army said it had scrambled fighter jets.",
            "Poland's army said it had scrambled fighter jets.",
        ),
        (
            "10:42 - Poland's army said it had scrambled fighter jets.",
            "Poland's army said it had scrambled fighter jets.",
        ),
    ],
)
def test_furniture_before_a_sentence_stays_out_of_its_span(text: str, sentence: str) -> None:
    assert [found for found, _ in statements(text)] == [sentence]


def test_a_time_inside_a_sentence_is_no_stamp() -> None:
    text = "Police said the 10:42 - 11:00 train was late."
    assert statements(text) == [(text, "Police")]


@pytest.mark.parametrize(
    "text",
    [
        "All told, the offensive has cost both armies tens of thousands of men.",
        "A brigade of, say, 3,000 men cannot hold a 40-kilometre front for long.",
    ],
)
def test_a_hedge_or_a_sum_is_no_speech(text: str) -> None:
    assert statements(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("They all told reporters that the town had fallen.", "They all"),
        ("The town had fallen, officials say, and the army left.", "officials"),
    ],
)
def test_speech_near_those_words_stays(text: str, speaker: str) -> None:
    assert [found_speaker for _, found_speaker in statements(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # a death reported as likely
        (
            "As many as 40 people may have died when the ferry capsized.",
            ("As many as 40 people", None, 40, "killed"),
        ),
        (
            "Twelve miners could have been killed in the collapse.",
            ("Twelve miners", 12, 12, "killed"),
        ),
        # found dead, an adverb between
        ("Six Afghan policemen were later found dead.", ("Six Afghan policemen", 6, 6, "killed")),
        ("Six people have been found dead in the village.", ("Six people", 6, 6, "killed")),
        # a place phrase after the figure
        ("The blasts wounded about 2,800 across Lebanon.", ("about 2,800", 2800, 2800, "wounded")),
        (
            "Around 1.9 million people across the Gaza Strip have been displaced.",
            ("Around 1.9 million people", 1_900_000, 1_900_000, "displaced"),
        ),
        # an estimate of the harmed
        (
            "U.S. officials put Ukrainian casualties at about 400,000.",
            ("about 400,000", 400_000, 400_000, "casualties"),
        ),
        (
            "Hanoi has put Vietnamese deaths at about 3 million.",
            ("about 3 million", 3_000_000, 3_000_000, "killed"),
        ),
        # people nouns
        ("Kidnappers seized 17 missionaries from a bus.", ("17 missionaries", 17, 17, "captured")),
    ],
)
def test_casualty_wordings_found(text: str, claim: tuple[str, float | None, float, str]) -> None:
    assert figures(text) == [(KIND_CASUALTY, *claim)]


def test_coordinated_people_share_the_verb() -> None:
    text = "A gunman killed 19 children and two teachers at the school."
    assert figures(text) == [
        (KIND_CASUALTY, "19 children", 19, 19, "killed"),
        (KIND_CASUALTY, "two teachers", 2, 2, "killed"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a death that may come is no count of the dead
        "Forty people may be killed if the dam breaks.",
        # what is put at a figure is no harm
        "They put the cost at 400,000.",
        "Police found 40 weapons in the house.",
    ],
)
def test_casualty_near_misses(text: str) -> None:
    assert figures(text) == []


def test_a_date_before_may_is_no_count() -> None:
    """ "21 May have killed": the month, not a modal before the verb."""
    text = "More than 520 air strikes since 21 May have killed 400 civilians."
    assert figures(text) == [(KIND_CASUALTY, "400 civilians", 400, 400, "killed")]
