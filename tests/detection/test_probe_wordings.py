"""Wordings the thirty-eighth round's rule-blind probes showed (tests/fixtures/probes/,
statements and casualty figures), each with made-up sentences of its own and near misses:
speakers named after a description or with initials, "the minister" named in apposition,
datelines and live-blog stamps kept out of a sentence span, hedges that are no speech,
and casualty figures given with a modal, "found dead", a place phrase or an estimate."""

import pytest

from annotator.domain import KIND_CASUALTY, KIND_TROOPS
from tests.helpers import figures, statements


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


# The thirty-ninth round: the wordings both probe files still missed.


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # a headline's present tense
        (
            "GUNMEN KIDNAP 40 PASSENGERS ON NORTHERN HIGHWAY",
            ("40 PASSENGERS", 40, 40, "captured"),
        ),
        ("Militia abducts 12 aid workers in Darfur", ("12 aid workers", 12, 12, "captured")),
        ("Floods displace 20,000 in eastern Kenya", ("20,000", 20_000, 20_000, "displaced")),
        # taken as slaves
        (
            "The raiders enslaved about 300 villagers.",
            ("about 300 villagers", 300, 300, "captured"),
        ),
        # the ones they had
        ("Pirates took all 19 sailors hostage.", ("19 sailors", 19, 19, "captured")),
        ("The gang took their 12 guests hostage.", ("12 guests", 12, 12, "captured")),
        ("The fire killed their three children.", ("three children", 3, 3, "killed")),
        # injuries with what was hurt before them
        ("Eight soldiers suffered traumatic brain injuries.", ("Eight soldiers", 8, 8, "wounded")),
        ("Thirty marines were diagnosed with concussions.", ("Thirty marines", 30, 30, "wounded")),
        # a verb of loss, then the harm
        (
            "The regiment lost 600 men killed or wounded.",
            ("600 men", 600, 600, "killed_or_wounded"),
        ),
        ("The division lost 200 men captured.", ("200 men", 200, 200, "captured")),
        # part of the wounded died since
        ("Two of the injured later died in hospital.", ("Two of the injured", 2, 2, "killed")),
        (
            "Three of the missing have since been found dead.",
            ("Three of the missing", 3, 3, "killed"),
        ),
    ],
)
def test_harm_wordings_the_probes_still_missed(
    text: str, claim: tuple[str, float | None, float, str]
) -> None:
    assert figures(text) == [(KIND_CASUALTY, *claim)]


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # "the lives of" names the deaths; a participle before a figure is a verb of its own
        (
            "The war has claimed the lives of over 9000 people injured 12000 others.",
            [("over 9000 people", 9000, None, "killed"), ("12000 others", 12000, 12000, "wounded")],
        ),
        # the part of the wounded stays wounded without a death after it
        ("Two of the wounded were flown to Kyiv.", [("Two of the wounded", 2, 2, "wounded")]),
        # a harm verb names the harm itself
        (
            "The shelling killed 12 soldiers and wounded 30.",
            [("12 soldiers", 12, 12, "killed"), ("30", 30, 30, "wounded")],
        ),
    ],
)
def test_harm_near_misses_keep_their_type(
    text: str, claims: list[tuple[str, float | None, float | None, str]]
) -> None:
    assert figures(text) == [(KIND_CASUALTY, *claim) for claim in claims]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the name a described speaker gave, after a comma
        ('"We hid in the cellar," said a teacher who gave only her first name, Iryna.', "Iryna"),
        # a name taken for war
        (
            "A militia leader who goes by the nom de guerre Abu Khalid said the town was taken.",
            "Abu Khalid",
        ),
    ],
)
def test_a_given_name_is_the_speaker(text: str, speaker: str) -> None:
    assert statements(text) == [(text, speaker)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'As one NATO official put it, "The door is open but nobody walks through."',
            "one NATO official",
        ),
        ('"Nobody walks through," as one NATO official put it.', "one NATO official"),
        ('She put it bluntly: "We are losing the war."', "She"),
    ],
)
def test_put_it_reports_speech_after_as_or_before_a_comma(text: str, speaker: str) -> None:
    assert statements(text) == [(text, speaker)]


@pytest.mark.parametrize(
    "text",
    ["The shelling had put it out of action.", "The assault has put it under pressure."],
)
def test_put_it_in_other_senses_is_no_speech(text: str) -> None:
    assert statements(text) == []


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # an active harm verb with its object: the figure is its agent, a force
        (
            "About 300 fighters seized the airport on Monday.",
            [(KIND_TROOPS, "About 300 fighters", 300, 300, None)],
        ),
        (
            "Some 5,000 soldiers had captured the town by Friday.",
            [(KIND_TROOPS, "Some 5,000 soldiers", 5000, 5000, None)],
        ),
        (
            "The Arakan Army, which claims more than 30,000 fighters, has seized most of Rakhine.",
            [(KIND_TROOPS, "more than 30,000 fighters", 30000, None, None)],
        ),
        (
            "More than 200 rebels have killed 30 villagers.",
            [
                (KIND_TROOPS, "More than 200 rebels", 200, None, None),
                (KIND_CASUALTY, "30 villagers", 30, 30, "killed"),
            ],
        ),
        # the passive, an intransitive verb and a time after the verb stay harms
        (
            "Twelve people have been seized.",
            [(KIND_CASUALTY, "Twelve people", 12, 12, "captured")],
        ),
        (
            "About 40,000 people fled the city.",
            [(KIND_CASUALTY, "About 40,000 people", 40000, 40000, "displaced")],
        ),
        (
            "Thirty people killed the day before were buried on Sunday.",
            [(KIND_CASUALTY, "Thirty people", 30, 30, "killed")],
        ),
        # a headline's pair of harms: the count after the verb is no object
        (
            "13 civilians killed 43 others injured in rocket attacks",
            [
                (KIND_CASUALTY, "13 civilians", 13, 13, "killed"),
                (KIND_CASUALTY, "43 others", 43, 43, "wounded"),
            ],
        ),
    ],
)
def test_a_figure_before_an_active_harm_verb_is_its_agent(
    text: str, claims: list[tuple[str, str, float | None, float | None, str | None]]
) -> None:
    assert figures(text) == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # a force's highest number
        (
            "The international force peaked at about 140,000 in 2011.",
            [(KIND_TROOPS, "about 140,000", 140000, 140000, None)],
        ),
        # a nation's people as part of a force sized right before them
        (
            "The coalition has 9,000 soldiers there, among them 2,500 Britons.",
            [
                (KIND_TROOPS, "9,000 soldiers", 9000, 9000, None),
                (KIND_TROOPS, "2,500 Britons", 2500, 2500, None),
            ],
        ),
    ],
)
def test_force_sizes_the_troops_probes_still_missed(
    text: str, claims: list[tuple[str, str, float | None, float | None, str | None]]
) -> None:
    assert figures(text) == claims


@pytest.mark.parametrize(
    "text",
    [
        "Violence peaked at 300 attacks a week.",
        "Aid agencies fed 5,000 families, including 3,000 Afghans, last week.",
    ],
)
def test_force_size_near_misses(text: str) -> None:
    assert [claim for claim in figures(text) if claim[0] == KIND_TROOPS] == []
