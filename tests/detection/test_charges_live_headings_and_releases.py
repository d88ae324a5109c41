"""Wordings the fifty-eighth round mended from the errors of four sets the last rounds
left unread (holdout122: Nigerian papers on army deployments; holdout126: Indian
outlets and a live blog on the Pahalgam attack; holdout127: U.S. Senate releases;
holdout128: ISAF press releases), each with made-up sentences of its own and near
misses: first-person speech inside a quotation, "charged … to", "as per", a headline's
speaker and whom they address, demonstratives and descriptions before a role, a
governor's title, Markdown headings on a line of their own, title-case datelines,
line separators, and operations and checkpoints as positions."""

import pytest

from annotator.detection import detect
from tests.helpers import rule_positions, speaker_of, statements

# --- first-person speech inside a quotation ---------------------------------------------

RALLY = (
    "The General Officer Commanding, Major Gen. Mohammed Abubakar, addressed the troops.\n\n"
    "Abubakar said: “No movement on that day, except for those on essential duty.\n\n"
    "“No hunting on the election day. I am happy that the IGP has said that there would"
    " be no fishing during the poll.\n\n"
    "“Anybody with arms must be arrested.”\n"
)


@pytest.mark.parametrize(
    "fragment",
    [
        "I am happy that the IGP has said",
        "“Anybody with arms must be arrested.",
    ],
)
def test_speech_reported_in_the_first_person_inside_a_quotation_is_the_quoted_speaker_s(
    fragment: str,
) -> None:
    assert speaker_of(RALLY, fragment) == "Mohammed Abubakar"


def test_speech_reported_by_a_named_speaker_outside_a_quotation_keeps_its_speaker() -> None:
    # near miss: the writer's own sentence names who said it
    text = (
        "Abubakar addressed the troops on Monday.\n\n"
        "The IGP has said that there would be no fishing during the poll."
    )
    assert speaker_of(text, "The IGP has said") == "IGP"


# --- "charged … to", "charged that" -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Gen Abubakar charged them to be more committed and proactive.", "Abubakar"),
        ("The governor charged residents to report suspicious movements.", "The governor"),
        ("Critics charged that the army had lied about the raid.", "Critics"),
        ("The committee charged yesterday that the army had lied.", "The committee"),
    ],
)
def test_charging_someone_with_a_task_or_alleging_is_speech(text: str, speaker: str) -> None:
    assert statements(text) == [(text, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "He was charged with murder on Monday.",
        "Police charged him to court over the killing.",
        "The cavalry charged the enemy lines at dawn.",
    ],
)
def test_a_charge_in_court_or_in_battle_is_no_speech(text: str) -> None:
    assert statements(text) == []


# --- "as per", "informed that", "lodges protest", "terms" ---------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "As per reports from India Today, the attack was carried out by three terrorists.",
            "India Today",
        ),
        ("Intense operations are underway in Kashmir, as per sources.", "sources"),
        (
            "The Indian Army on Tuesday informed that it has conducted a joint exercise.",
            "Indian Army",
        ),
        ("BSF lodges protest with Pak rangers on jawan's apprehension", "BSF"),
        ("Imran Khan terms Pahalgam attack ‘deeply disturbing and tragic’", "Imran Khan"),
    ],
)
def test_indian_english_wordings_of_speech(text: str, speaker: str) -> None:
    assert statements(text) == [(text, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "The troops will withdraw as per the agreement signed in Doha.",
        "The money was paid as per the rules.",
    ],
)
def test_as_per_a_rule_or_a_deal_names_no_source(text: str) -> None:
    assert statements(text) == []


# --- speakers: headlines, demonstratives, descriptions, governors, adverbs ---------------


def test_a_headline_s_speaker_and_whom_they_address() -> None:
    text = (
        "GOC to soldiers: Shoot Ondo poll troublemakers\n\n"
        "The General Officer Commanding 2 Division, Nigerian Army, Major Gen. Mohammed"
        " Abubakar, yesterday addressed the soldiers.\n\n"
        "The GOC warned anybody who might want to foment trouble to think twice."
    )
    assert speaker_of(text, "GOC to soldiers") == "Mohammed Abubakar"


def test_a_headline_label_with_to_names_its_speaker_by_the_name_the_article_gives() -> None:
    text = (
        "Buhari to Boko Haram: Lay down your arms now\n\n"
        "President Muhammadu Buhari on Monday spoke in Abuja.\n\n"
        "Buhari said the group had been defeated."
    )
    assert speaker_of(text, "Buhari to Boko Haram") == "Muhammadu Buhari"


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "General Officer Commanding (GOC) 3 Armoured Division, Major General Jack Nwogbo,"
            " told them to fight.\n\nThis GOC warned the troop to avoid drug trafficking.",
            "This GOC warned",
            "Jack Nwogbo",
        ),
        (
            "Major Gen. Mohammed Abubakar ordered the soldiers to shoot troublemakers.\n\n"
            "The army boss, who arrived in Akure yesterday, said nobody would carry arms.",
            "The army boss",
            "Mohammed Abubakar",
        ),
        (
            "Gov. Oluwarotimi Akeredolu of Ondo State on Wednesday decried the kidnappings.\n\n"
            "According to the governor, kidnapping remains the greatest problem.",
            "According to the governor",
            "Oluwarotimi Akeredolu",
        ),
        (
            "Mr Moses Ekpo said the clash was sad.\n\n"
            "He therefore appealed to the GOC to arrange a meeting of all stakeholders.",
            "He therefore appealed",
            "Moses Ekpo",
        ),
    ],
)
def test_a_speaker_described_or_pointed_at_is_the_person_named(
    text: str, fragment: str, speaker: str
) -> None:
    assert speaker_of(text, fragment) == speaker


def test_a_boss_the_article_names_keeps_that_name() -> None:
    # near miss: the description fits one person the article names so
    text = (
        "Kremlin spokesman Dmitry Peskov spoke first.\n\n"
        "Wagner boss Yevgeny Prigozhin said his men would leave.\n\n"
        "Peskov said the talks were over.\n\n"
        "The Wagner boss said the deal was done."
    )
    assert speaker_of(text, "The Wagner boss said") == "Yevgeny Prigozhin"


def test_to_hold_someone_accountable_is_a_course_wanted_not_blame_laid() -> None:
    text = "The plan does not do enough to hold the Iraqi government accountable."
    assert statements(text) == []
    laid = "The minister held the rebels responsible for the blast."
    assert statements(laid) == [(laid, "The minister")]


# --- segmentation: Markdown headings, datelines, line separators -------------------------


def test_a_markdown_heading_ends_at_its_line_in_a_text_of_blank_line_paragraphs() -> None:
    text = (
        "Live updates from the valley.\n\n"
        "Security was tight across the region on Tuesday morning.\n\n"
        "## Govt Must Act Wisely, Not Rashly: CPI(M) MLA Tarigami Slams Demolitions After Attack\n"
        'On the attack, CPI(M) MLA M Y Tarigami says, "At the time of such a tragedy, people'
        ' across lines have said that this is a terrorist act and we all have to face it."\n\n'
        "More updates will follow."
    )
    spans = [span for span, _ in statements(text)]
    assert "On the attack, CPI(M) MLA M Y Tarigami says" in spans[-1]
    assert not any("\n" in span for span in spans)


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        (
            "Washington, D.C. - U.S. Senator Daniel Akaka said the plan failed.",
            "U.S. Senator Daniel Akaka said the plan failed.",
        ),
        (
            "KABUL, Afghanistan (Nov. 13, 2010) — Afghan forces said they moved in.",
            "Afghan forces said they moved in.",
        ),
        (
            "Regional Command - East\u2028\u2028KABUL, Afghanistan (Sept. 1) - Afghan forces"
            " said they moved in.",
            "Afghan forces said they moved in.",
        ),
    ],
)
def test_datelines_in_title_case_or_dated_brackets_open_no_sentence(
    text: str, sentence: str
) -> None:
    assert sentence in [span for span, _ in statements(text)]


def test_two_names_before_a_dash_in_a_text_s_first_line_are_no_dateline() -> None:
    # near miss: "Ukraine - Russia talks" has no state after a comma
    text = "Ukraine - Russia talks failed, the ministry said."
    assert statements(text) == [(text, "the ministry")]


# --- positions: operations under way, checkpoints set up ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The security forces have launched a massive cordon and search operation in the"
        " Hapatnard area of Pahalgam.",
        "Intense counter-terrorism operations are currently underway at various places in"
        " Jammu & Kashmir.",
        "Security was heightened along the highway and special checkpoints have been established.",
        "Police have established extra check points on traditional infiltration routes.",
    ],
)
def test_operations_and_checkpoints_at_a_place_are_military_positions(text: str) -> None:
    assert [subtype for subtype, _ in rule_positions(text)] == ["military"]


@pytest.mark.parametrize(
    "text",
    [
        "The company launched a major search operation in London for new staff.",
        "Rescue operations are underway in Kathmandu.",
        "They set up a new office in the city centre.",
    ],
)
def test_searches_rescues_and_offices_are_no_positions(text: str) -> None:
    assert [c for c in detect(text) if c.kind == "position"] == []
