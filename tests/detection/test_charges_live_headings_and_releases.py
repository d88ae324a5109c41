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


def test_a_paragraph_that_opens_the_quotation_again_continues_its_speaker() -> None:
    text = (
        "The minister said: “Our troops have pushed the rebels back from the river.\n\n"
        "“I am pleased to report that the army has said 40 rebels were killed.\n\n"
        "“We will not stop until the town is free,” he added."
    )
    assert speaker_of(text, "I am pleased to report") == "The minister"


def test_first_person_speech_in_a_quotation_no_one_is_quoted_in_keeps_its_speaker() -> None:
    text = (
        "“Our troops are in Kherson. I was told by the governor that 400 Russian soldiers"
        " surrendered.\n\nThe town was quiet on Monday."
    )
    assert speaker_of(text, "I was told by the governor") == "the governor"


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
        ("Opposition leaders charged on Monday that the army had lied.", "Opposition leaders"),
        ("Buhari charged service chiefs to end insurgency by December.", "Buhari"),
        (
            "The Chief of Army Staff charged troops of Operation Lafiya Dole to remain resolute.",
            "The Chief of Army Staff",
        ),
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
        # an attack or a fee with a purpose after it, and the noun "charges"
        "The soldiers charged the hill to dislodge the insurgents.",
        "Police charged the protesters to disperse the crowd outside parliament.",
        "The hospital charged families to collect the bodies of those killed.",
        "There were charges that the militia had recruited 500 child soldiers.",
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
        ("India lodged a strong protest over the killing of two soldiers.", "India"),
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
        "The bodies of the 12 soldiers were cremated as per military tradition.",
        "The election will be held as per the Constitution.",
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


def test_a_headline_label_with_to_and_people_names_who_speaks_to_them() -> None:
    text = (
        "Army chief to troops: Remain loyal to the constitution\n\n"
        "The Army chief, Lt.-Gen. Faruk Yahaya, told soldiers to stay out of politics."
    )
    assert speaker_of(text, "Army chief to troops") == "Faruk Yahaya"


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a route, and a headline whose source follows its colon
        (
            "Kabul to Kandahar: Taliban tighten grip on highway\n\nThe road from Kabul was quiet.",
            [],
        ),
        (
            "Ukraine to join NATO: Stoltenberg\n\n"
            "NATO Secretary General Jens Stoltenberg said the door was open.",
            ["Jens Stoltenberg", "Jens Stoltenberg"],
        ),
    ],
)
def test_a_route_or_a_plan_before_a_colon_addresses_no_one(text: str, speakers: list[str]) -> None:
    assert [speaker for _, speaker in statements(text)] == speakers


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
            "The General Officer Commanding, Nigerian Army, Major Gen. Mohammed Abubakar, said"
            " the soldiers would shoot troublemakers.\n\n"
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
    for laid, speaker in (
        ("The minister held the rebels responsible for the blast.", "The minister"),
        ("Ukraine continues to hold Russia responsible for the strike.", "Ukraine"),
    ):
        assert statements(laid) == [(laid, speaker)]


def test_a_protest_lodged_outside_an_office_is_a_rally_not_speech() -> None:
    assert statements("Villagers lodged a protest at the police station on Monday.") == []


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        # a boss the article names with other words, and no one: the phrase stays
        (
            "Hamas leader Yahya Sinwar ordered the attack, Israeli officials said. Defence"
            " Minister Yoav Gallant visited troops. The Hamas boss said 200 hostages were held.",
            "The Hamas boss",
            "The Hamas boss",
        ),
        # the writer's own newspaper
        (
            "The Punch newspaper reported on Sunday that 12 soldiers were killed. This"
            " newspaper has confirmed that 20 soldiers died in the attack.",
            "This newspaper",
            "This newspaper",
        ),
        # the governor who spoke last, introduced in other words
        (
            "Gov. Kathy Hochul spoke in Albany. The governor of Texas, Greg Abbott, said 10,000"
            " troops were at the border. The governor said the state would send more.",
            "The governor said",
            "Greg Abbott",
        ),
        # a governor named only in apposition, with the kind of governor
        (
            "Leila Koval, the regional governor, visited the front on Monday.\n\n"
            '"Our forces have fulfilled all of their objectives," the regional governor told'
            " reporters.",
            "Our forces have fulfilled",
            "Leila Koval",
        ),
        # a participle's clause with a relative clause inside
        (
            "Condemning the attack, which killed 12 soldiers, the governor visited the wounded.",
            "Condemning the attack",
            "the governor",
        ),
        # a deputy named later is no "commander"
        (
            "“We are holding the line,” the commander said.\n\nThe deputy commander, Col. Ivan"
            " Petrenko, said 40 Russian soldiers were killed.",
            "We are holding the line",
            "the commander",
        ),
    ],
)
def test_a_description_no_one_named_fits_stays_as_written(
    text: str, fragment: str, speaker: str
) -> None:
    assert speaker_of(text, fragment) == speaker


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


@pytest.mark.parametrize(
    "text",
    [
        # no state after a comma, and two names in a headline's first line
        "Ukraine - Russia talks failed, the ministry said.",
        "Zelensky, Biden - Ukraine Says 20 Civilians Killed, the ministry said.",
    ],
)
def test_names_before_a_dash_in_a_text_s_first_line_are_no_dateline(text: str) -> None:
    assert [span for span, _ in statements(text)] == [text]


def test_a_markdown_heading_a_wrapper_broke_stays_whole() -> None:
    text = (
        "## Army says 26 tourists killed in a militant attack on tourists in the\n"
        "meadow near Pahalgam\n\n"
        "The army said on Tuesday that the attackers fled into the forest and that troops\n"
        "had sealed the area, adding that a search was under way in the hills above it.\n"
    )
    assert next(span for span, _ in statements(text)) == (
        "Army says 26 tourists killed in a militant attack on tourists in the\nmeadow near Pahalgam"
    )


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
        "Combing operations are underway in Rajouri, the army said.",
        "Checkpoints have been set up across the district, the army said.",
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
        "Police launched a clearance operation in Calais to remove the migrant camp.",
        "Covid-19 checkpoints have been set up at the state borders.",
    ],
)
def test_searches_rescues_and_offices_are_no_positions(text: str) -> None:
    assert [c for c in detect(text) if c.kind == "position"] == []
