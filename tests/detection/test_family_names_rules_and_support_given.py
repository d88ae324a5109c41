"""Wordings the sixty-third round mended from the errors of five sets built blind in the
sixty-second (holdout154: Polygraph.info and Hot Air; holdout155: France 24, The
Telegraph and DW; holdout156: the Daily Express and Al Bawaba; holdout157: the Ottawa
Citizen, City Journal and Modern Diplomacy; holdout158: Western Journalism), each with
made-up sentences of its own and near misses: Chinese and Korean names that put the
family name first, a name opening a sentence before a long description and "told",
"according to" a rule rather than a source, a progressive "is reporting", officials
counted before "U.S.", a forecast told, a surname opening a sentence of what a person
did, and positions: support said as an attitude, a course resisted, support denied,
arms or aid given by a party a pronoun stands for, a force believed to remain at a
base, an inquiry's "have to", and who flees; and a figure after a page's line that ends
in a qualifier word."""

import pytest

from annotator.detection import detect
from tests.helpers import figures, rule_positions, speaker_of, statements

# --- Speakers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "Xi Jinping bluntly told President Joe Biden that Beijing will reunify Taiwan. "
            "Xi told Biden that China's preference is to take Taiwan peacefully.",
            "preference",
            "Xi Jinping",
        ),
        (
            "South Korean President Moon Jae-in met the envoy on Monday. "
            "Moon said talks with the North would resume.",
            "talks with",
            "Moon Jae-in",
        ),
        (
            "Taiwan's president, Tsai Ing-wen, inspected the troops. "
            "Tsai said the island would defend itself.",
            "defend itself",
            "Tsai Ing-wen",
        ),
    ],
)
def test_a_family_name_put_first_names_its_holder_later(
    text: str, fragment: str, speaker: str
) -> None:
    assert speaker_of(text, fragment) == speaker


def test_a_western_name_keeps_its_surname_key() -> None:
    text = (
        "Attorney Lin Wood filed the suit on Monday. "
        "Wood said the case would go to the Supreme Court."
    )
    assert speaker_of(text, "Supreme Court") == "Lin Wood"


def test_a_name_opening_a_sentence_speaks_past_its_long_description() -> None:
    text = (
        "Charles Simpson, program administrator for the Refugees in Towns Project at "
        "Tufts University’s Feinstein International Center, told Polygraph.info the "
        "Russian Defense Ministry’s allegations are false."
    )
    assert speaker_of(text, "allegations") == "Charles Simpson"


def test_the_name_after_an_opening_quotation_still_speaks() -> None:
    text = (
        "“It is a serious problem,” Jim Townsend, a senior fellow at the Center for a "
        "New American Security and a former deputy assistant secretary, told TMD."
    )
    assert speaker_of(text, "serious problem") == "Jim Townsend"


def test_a_rule_after_according_to_leaves_the_speaker_to_the_verb() -> None:
    text = (
        "According to the current UN protocol, the MICT is responsible for those who "
        "organized the genocide, explains Muvunyi."
    )
    assert speaker_of(text, "MICT") == "Muvunyi"


def test_a_rule_after_according_to_is_no_source_of_its_own() -> None:
    assert statements("According to the Minsk agreement, Russia must withdraw its troops.") == []


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "The device had wiring on it, according to a law enforcement official who "
            "spoke on the condition of anonymity.",
            "wiring",
            "a law enforcement official",
        ),
        ("According to John Smith the deal was signed.", "deal", "John Smith"),
    ],
)
def test_a_source_whose_words_hold_a_rule_noun_stays_the_source(
    text: str, fragment: str, speaker: str
) -> None:
    assert speaker_of(text, fragment) == speaker


def test_the_subject_of_a_progressive_reporting_verb_speaks() -> None:
    text = (
        "Canadian special forces are in Ukraine as part of a NATO network, the New York "
        "Times is reporting."
    )
    assert speaker_of(text, "NATO network") == "New York Times"


def test_a_participle_set_off_after_a_clause_is_still_its_subjects() -> None:
    text = "The army shelled the town, claiming to have killed 20 fighters."
    assert speaker_of(text, "shelled") == "The army"


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "The New York Times, citing three U.S. officials, reported that special forces "
            "remained in Ukraine.",
            "special forces",
            "three U.S. officials",
        ),
        ("The talks stalled, according to two U.S. officials.", "talks", "two U.S. officials"),
        (
            "'The discussion is very much alive,' said one U.S. official who asked not to be "
            "identified.",
            "discussion",
            "one U.S. official",
        ),
    ],
)
def test_officials_counted_before_initials_are_the_source(
    text: str, fragment: str, speaker: str
) -> None:
    assert speaker_of(text, fragment) == speaker


def test_a_forecast_told_with_its_clause_is_a_statement() -> None:
    text = (
        "In the early stages of the invasion, the World Bank and other authorities "
        "forecast that the Russian economy would contract by 8 to 10 percent."
    )
    assert speaker_of(text, "contract") == "World Bank; other authorities"


def test_projects_as_a_plural_noun_report_nothing() -> None:
    text = (
        "There are several desirable changes, especially a reduction in expenditure on UN "
        "projects that have not led to any tangible results."
    )
    assert statements(text) == []


def test_he_after_a_surname_opening_a_sentence_of_what_he_did_is_that_person() -> None:
    text = (
        "Israeli Prime Minister Benjamin Netanyahu said he was moved by the announcement.\n\n"
        "Secretary of State Mike Pompeo said that Washington had concluded the settlements "
        "were not illegal, saying he trusted the Israeli courts to decide.\n\n"
        "Netanyahu visited the Gush Etzion settlement bloc in the West Bank on Tuesday.\n\n"
        '"Here we are on a historic day for the State of Israel," he told settler leaders.'
    )
    assert speaker_of(text, "historic day") == "Benjamin Netanyahu"


def test_he_opening_a_sentence_is_no_surname_of_a_pages_name_run() -> None:
    text = (
        "Ukrainian President Volodymyr Zelenskyy spoke in Munich.\n"
        "IMF approves loan for Ukraine\n"
        "World He\n"
        "He warned that withdrawing would leave civilians under occupation.\n"
        "“Who said these people want to be Russian?” he asked."
    )
    assert speaker_of(text, "Who said") != "World He"


# --- Positions --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Liberal government is strongly supportive of Ukraine.",
        "Mr Mugabe is resisting mediation by a Catholic priest.",
        "The militias resisted calls to join the security forces.",
        "The United States does not support forced relocations of the camp's residents.",
    ],
)
def test_support_held_a_course_resisted_and_support_denied_are_stances(sentence: str) -> None:
    assert [subtype for subtype, _ in rule_positions(sentence)] == ["stance"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Loyalist units were resisting in the east of the capital on Sunday.",
        "Some army units were still resisting in the west of the city.",
        "Ukrainian troops resisted the Russian advance on Kharkiv for weeks.",
    ],
)
def test_forces_fighting_back_resist_no_course(sentence: str) -> None:
    assert [subtype for subtype, _ in rule_positions(sentence)] == ["military"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The suspect resisted arrest and was shot by police.",
        "The minister resisted the temptation to respond to the insults.",
        "The coating resists corrosion and heat, the manufacturer said.",
        "The old bridge cannot support the weight of heavy tanks.",
    ],
)
def test_resisting_an_arrest_or_an_urge_and_bearing_a_load_take_no_side(sentence: str) -> None:
    assert rule_positions(sentence) == []


def test_those_killed_said_to_resist_state_no_stance() -> None:
    text = (
        "“While the police claim that those killed were resisting – known as the nanlaban "
        "narrative – the evidence shows otherwise,” he said."
    )
    assert rule_positions(text) == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "The allies met on Monday. In addition, they have provided Ukraine with M777 "
            "artillery guns.",
            "position.arms_transfer",
        ),
        (
            "The allies met on Monday. They will eventually provide Kyiv with $20 billion in "
            "military aid.",
            "position.aid_given",
        ),
    ],
)
def test_arms_or_aid_given_by_parties_a_pronoun_stands_for_are_support(
    text: str, rule: str
) -> None:
    assert rule_positions(text) == [("stance", rule)]


@pytest.mark.parametrize(
    "text",
    [
        "The town was quiet. It was shelled with artillery on Monday.",
        # "it" as often stands for a firm, whose deliveries are trade
        "AeroVironment makes drones in California. It has supplied Ukraine with 500 "
        "Switchblade drones.",
    ],
)
def test_it_gives_no_arms_of_a_party(text: str) -> None:
    assert rule_positions(text) == []


def test_a_force_believed_to_remain_at_a_base_is_placed() -> None:
    text = "Some 200 U.S. military personnel are believed to remain at the al-Tanf base."
    assert rule_positions(text) == [("military", "position.force_at_facility")]


def test_an_inquirys_have_to_is_no_demand() -> None:
    text = "“We have to understand whether he was in transit or was awaiting someone,” he said."
    assert rule_positions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "“Russia must understand that it will pay a price,” he said.",
        "Israel must find out who is responsible for the killing of the aid workers, Biden said.",
    ],
)
def test_a_party_told_to_understand_or_find_out_is_still_asked(text: str) -> None:
    assert [subtype for subtype, _ in rule_positions(text)] == ["stance"]


def test_people_who_flee_after_troops_attacked_them_move_no_force() -> None:
    text = (
        "The G40 figures are cabinet ministers Jonathan Moyo and Saviour Kasukuwere, who "
        "fled to the compound after their homes were attacked by troops."
    )
    assert rule_positions(text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The hardware lies burnt, strewn with the belongings dropped by rapidly fleeing "
        "Iraqi soldiers.",
        "Thousands of Ukrainian soldiers fled across the border into Russia.",
        "Those who fled to the mountains were mostly soldiers of the Afghan National Army.",
        "They fled toward the coast, leaving behind tanks and ammunition.",
    ],
)
def test_a_force_named_as_it_flees_moves(sentence: str) -> None:
    assert "military" in [subtype for subtype, _ in rule_positions(sentence)]


# --- Figures --------------------------------------------------------------------------------


def test_a_line_ending_in_a_qualifier_word_bounds_no_figure_after_it() -> None:
    text = (
        "He pulled out a pistol.\n\nStory continues below\n\n"
        "One officer was wounded in the shoulder."
    )
    assert figures(text) == [("casualty", "One officer", 1.0, 1.0, "wounded")]


def test_a_qualifier_in_the_same_paragraph_still_bounds_the_figure() -> None:
    text = "Casualties stayed below\n100 soldiers killed in the whole campaign."
    claims = [c for c in detect(text) if c.kind == "casualty"]
    assert [(c.value.qualifier if c.value else None) for c in claims] == ["less_than"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The U.S. base is strategically located near the Iraqi and Jordanian borders.",
        "Ein al-Asad military airbase is located north-west of Baghdad.",
    ],
)
def test_a_named_forces_base_said_to_lie_at_a_place_is_a_position(sentence: str) -> None:
    assert rule_positions(sentence) == [("military", "position.military_site")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The company's base is located in London.",
        "Tesla's base is located in Austin, Texas.",
        "The base, located near the border, was busy.",
        "The office is located in central London.",
    ],
)
def test_a_base_nobody_named_owns_is_no_position(sentence: str) -> None:
    assert rule_positions(sentence) == []


# --- From the round's review ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        # another person's last word keeps its key
        (
            "British ambassador Kim Darroch hosted a dinner on Monday. U.S. envoy Sung Kim "
            "arrived in Seoul on Tuesday. Kim said Washington was ready to meet.",
            "ready to meet",
            "Sung Kim",
        ),
        # AP's spelling: "Un" is no UN
        (
            "North Korean leader Kim Jong Un oversaw a missile launch on Sunday. Kim said the "
            "country would bolster its nuclear forces.",
            "bolster",
            "Kim Jong Un",
        ),
        (
            "Foreign Ministry spokesman Lin Jian spoke on Monday. Lin said China opposed the "
            "sanctions.",
            "opposed",
            "Lin Jian",
        ),
    ],
)
def test_family_names_put_first_in_other_spellings_and_company(
    text: str, fragment: str, speaker: str
) -> None:
    assert speaker_of(text, fragment) == speaker


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        (
            "Chinese Premier Li Keqiang opened the congress on Monday. On Tuesday, Defence "
            "Minister Li Shangfu addressed the delegates. Li said the army would boost its "
            "combat readiness.",
            "combat readiness",
        ),
        (
            "By Kim Sengupta\n\nNorth Korean leader Kim Jong-un oversaw a missile launch on "
            "Sunday. Kim said the country would bolster its nuclear forces.",
            "bolster",
        ),
    ],
)
def test_a_family_name_two_people_share_names_neither(text: str, fragment: str) -> None:
    assert speaker_of(text, fragment) in ("Li", "Kim")


@pytest.mark.parametrize("verb", ["said that", "explained that", "said"])
def test_a_name_opening_a_sentence_speaks_past_its_long_description_with_any_verb(
    verb: str,
) -> None:
    text = (
        "Charles Simpson, program administrator for the Humanitarian Evidence and "
        "Communications Program at Tufts University's Feinstein International Center, "
        f"{verb} at least 300 people had died."
    )
    assert speaker_of(text, "300 people") == "Charles Simpson"


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "According to a professor of international law, the strikes on the power grid "
            "amounted to war crimes.",
            "war crimes",
            "a professor of international law",
        ),
        (
            "According to the draft resolution, seen by Reuters, the council would demand "
            "that Russia withdraw all its forces.",
            "withdraw",
            "the draft resolution",
        ),
    ],
)
def test_a_person_or_a_document_seen_after_according_to_stays_the_source(
    text: str, fragment: str, speaker: str
) -> None:
    assert speaker_of(text, fragment) == speaker


@pytest.mark.parametrize("verb", ["has been reporting", "is now reporting"])
def test_the_subject_of_a_progressive_with_an_auxiliary_or_adverb_speaks(verb: str) -> None:
    text = f"The Pentagon is preparing to send 3,000 troops to Poland, the New York Times {verb}."
    assert speaker_of(text, "Poland") == "New York Times"
