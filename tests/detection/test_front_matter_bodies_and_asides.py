"""Wordings the fifty-first round mended from the errors of a Nigerian local outlet's
Markdown posts (Kebbi Daily News), each with made-up sentences of its own and near
misses: a site builder's front matter that holds the whole body as a folded YAML block,
a description or an age set off between a subject and its verb, a word in -ed after an
article inside a speaker's phrase, commentators and bystanders as person roles, what
follows "calls for" as no speaker, a report's year as no count, and the harm words of
local crime reporting ("gunning down", "massacre", abductions counted as events,
"adult males", "nursing mothers"); and from an Indian news magazine's reports (Frontline
on Gujarat, 2002–03): the lakh and the crore, burns sustained, a retort's speaker after
it, camp organisers and refugees as person roles, "X reportedly said" as X's
statement, calls for help as no stance and a person besieged with dissent as no siege; and
from a columnist's Markdown copies: captions in underscores, "worldwide" between the
people and their harm, and what someone "could say"."""

from annotator.detection import detect
from annotator.detection.front_matter import NO_FRONT_MATTER, front_matter
from annotator.detection.sentences import segment
from annotator.domain import KIND_CASUALTY, KIND_TROOPS
from tests.helpers import figures, rule_positions, speaker_of, statements

# --- a front matter that holds the body ------------------------------------------------

CMS_POST = (
    "---\n"
    "title: Kebbi's Borders Under Siege\n"
    "excerpt: \"Fuel Smugglers Busted in Bunza as Attacks Escalate: Kebbi's\n"
    '  Porous Borders Under Siege"\n'
    "author: Kebbi Daily News\n"
    "date: 2025-10-18T07:35:11.721Z\n"
    "tags:\n"
    "  - Fuel Smugglers\n"
    "content: >-\n"
    "  On September 22, suspected militants stormed the bustling Bunza Market,\n"
    "  gunning down five traders and abducting three women.\n"
    "\n"
    "\n"
    '  "We will plug every leak," the comptroller said. Governor Nasir Idris\n'
    "  dispatched 200 troops after the raid.\n"
    "---\n"
)


def test_a_folded_body_in_the_front_matter_is_read_paragraph_by_paragraph() -> None:
    front = front_matter(CMS_POST)
    assert front.end == len(CMS_POST)
    values = [CMS_POST[start:end] for start, end in front.paragraphs]
    assert values[0] == "Kebbi's Borders Under Siege"
    assert values[1].startswith("Fuel Smugglers Busted") and values[1].endswith("Under Siege")
    assert values[2].startswith("On September 22") and values[2].endswith("three women.")
    assert values[3].startswith('"We will plug') and values[3].endswith("after the raid.")
    assert len(values) == 4  # the author, date and tags are no text
    # the folded breaks, and only those, are read as spaces
    assert all(CMS_POST[at] == "\n" for at in front.folds)
    assert len(front.folds) == 3


def test_claims_in_a_front_matter_body_are_found_with_their_offsets() -> None:
    claims = detect(CMS_POST)
    found = {(c.kind, c.text) for c in claims if c.kind in (KIND_CASUALTY, KIND_TROOPS)}
    assert (KIND_CASUALTY, "five traders") in found
    assert (KIND_CASUALTY, "three women") in found
    assert (KIND_TROOPS, "200 troops") in found
    for claim in claims:
        assert CMS_POST[claim.start : claim.end] == claim.text
    # the quotation inside the body is the comptroller's; the tags and date say nothing
    assert speaker_of(CMS_POST, "plug every leak") == "the comptroller"
    assert not any("2025-10-18" in c.text or "Fuel Smugglers\n" in c.text for c in claims)


def test_the_quote_marks_of_a_yaml_value_are_no_quotation() -> None:
    text = "---\ntitle: \"Army retakes Bunza\"\nsummary: 'Troops''s advance'\n---\nBody.\n"
    front = front_matter(text)
    assert [text[s:e] for s, e in front.paragraphs] == ["Army retakes Bunza", "Troops''s advance"]
    assert segment(text).quotes == ()


def test_a_literal_blocks_lines_run_together_but_a_quoted_line_stands_apart() -> None:
    text = "---\nbody: |\n  Gunmen attacked the town\n  on Monday.\n  > a quoted line\n---\n"
    front = front_matter(text)
    assert [text[s:e] for s, e in front.paragraphs] == [
        "Gunmen attacked the town\n  on Monday.",
        "> a quoted line",
    ]
    assert front.folds == (text.index("\n  on Monday"),)


def test_a_rule_before_prose_is_no_front_matter() -> None:
    # a horizontal rule, then prose with no keys: the text is all body
    text = "---\nThe army said on Monday that 12 soldiers were killed.\n---\nMore text.\n"
    assert front_matter(text) is NO_FRONT_MATTER
    assert front_matter("No rule at all.\n---\n") is NO_FRONT_MATTER
    # an opening with no closing line
    assert front_matter("---\ntitle: Army retakes Bunza\n") is NO_FRONT_MATTER
    assert figures(text) == [("casualty", "12 soldiers", 12.0, 12.0, "killed")]


def test_a_long_front_matter_is_still_one() -> None:
    tags = "".join(f"  - tag{index}\n" for index in range(80))
    text = f"---\ntitle: Army retakes Bunza\ntags:\n{tags}---\nBody.\n"
    assert front_matter(text).end == text.index("Body.")


# --- asides between a subject and its verb --------------------------------------------


def test_a_participle_aside_after_the_subject_is_skipped() -> None:
    text = (
        "Comptroller Mahmoud Matawalle, newly appointed in September, paraded the seizures "
        'at a briefing, vowing, "These saboteurs drain our veins."'
    )
    assert speaker_of(text, "saboteurs") == "Comptroller Mahmoud Matawalle"
    text = (
        "Governor Idris, elected in 2023, toured the border, saying the smugglers would be caught."
    )
    assert speaker_of(text, "smugglers") == "Idris"


def test_an_age_set_off_after_the_subject_is_skipped() -> None:
    text = (
        "Mahmoud Matawalle, 54, paraded the seizures at a briefing, vowing, "
        '"These saboteurs drain our veins."'
    )
    assert speaker_of(text, "saboteurs") == "Mahmoud Matawalle"


def test_an_adjective_in_ed_after_an_article_leaves_the_speaker_whole() -> None:
    text = 'A community leader in one affected Kwara area said, "Eleven people were kidnapped."'
    assert speaker_of(text, "Eleven people") == "A community leader in one affected Kwara area"
    text = (
        "In a televised public address, President Rodrigo Duterte invoked national "
        "security, claiming that the documents were secret."
    )
    assert speaker_of(text, "documents were secret") == "Rodrigo Duterte"


def test_a_verb_in_ed_in_a_speakers_place_still_ends_the_phrase() -> None:
    # (near miss: "killed" after a noun is the clause's verb, not an adjective)
    text = "Gunmen killed two farmers on Sunday, the police said."
    assert speaker_of(text, "two farmers") == "the police"


# --- people named by what they do -----------------------------------------------------


def test_commentators_and_bystanders_are_speakers() -> None:
    for role in ("commentator", "bystander", "pundit", "herdsman", "comptroller"):
        text = f'Another {role} stated, "Nigerians are in a deep mess."'
        assert speaker_of(text, "deep mess") == f"Another {role}", role


# --- "calls for" and its object --------------------------------------------------------


def test_what_follows_calls_for_is_no_speaker() -> None:
    text = "The war goes on.\n\nCalls for Comprehensive Response\n\nThe talks resumed."
    assert statements(text) == []
    text = "Protesters called for the resignation of the minister."
    assert speaker_of(text, "resignation") == "Protesters"


def test_a_speaker_after_warns_in_a_headline_is_still_read() -> None:
    # (near miss: a bare verb's inverted speaker is kept)
    text = "The war goes on.\n\nWarns UN Chief\n\nThe talks resumed."
    assert statements(text) == [("Warns UN Chief", "UN Chief")]


# --- a report's year -------------------------------------------------------------------


def test_a_year_that_ends_a_reports_title_is_no_count() -> None:
    text = (
        "Human Rights Watch's World Report 2026 noted continued killings, kidnappings, and "
        "raids in the Northwest."
    )
    assert figures(text) == []
    # (near miss: a count before a harm noun after a plain word is still a count)
    assert figures("The monitors recorded 2026 deaths last year.") == [
        ("casualty", "2026 deaths", 2026.0, 2026.0, "killed")
    ]


# --- the harm words of local crime reporting -------------------------------------------


def test_gunning_down_kills() -> None:
    assert figures("Gunmen stormed the market, gunning down five traders.") == [
        ("casualty", "five traders", 5.0, 5.0, "killed")
    ]


def test_a_massacre_named_as_a_noun_kills_no_one_after_it() -> None:
    # (the review's: "massacre" is no killing verb, so the people after the noun keep
    # their own harm, and its survivors are no dead)
    assert figures("Since the massacre 3000 residents have fled the town.") == [
        ("casualty", "3000 residents", 3000.0, 3000.0, "displaced")
    ]
    assert figures("Twelve massacre survivors testified before the court on Monday.") == []


def test_abductions_counted_as_events_are_captures() -> None:
    assert figures("The ledger reads 150+ deaths, 50 abductions, and more.") == [
        ("casualty", "150+ deaths", 150.0, None, "killed"),
        ("casualty", "50 abductions", 50.0, 50.0, "captured"),
    ]
    assert figures("Bandits carried out 12 kidnappings in the state.") == [
        ("casualty", "12 kidnappings", 12.0, 12.0, "captured")
    ]


def test_people_by_sex_or_kin_are_people() -> None:
    assert figures("Bandits abducted 13 adult males.") == [
        ("casualty", "13 adult males", 13.0, 13.0, "captured")
    ]
    assert figures("Gunmen killed two nursing mothers.") == [
        ("casualty", "two nursing mothers", 2.0, 2.0, "killed")
    ]


def test_the_survivors_of_the_dead_are_no_casualties() -> None:
    # (near miss: widows are left out of the people nouns)
    text = "Late Hona, aged 56, survived by two widows, has been buried in Chibok."
    assert figures(text) == []


# --- the Indian numbering, burns, retorts and reported speech ------------------------


def test_lakh_and_crore_scale_a_figure() -> None:
    assert figures("It took 750 deaths and almost 1.5 lakh refugees for the PM to act.") == [
        ("casualty", "750 deaths", 750.0, 750.0, "killed"),
        ("casualty", "almost 1.5 lakh refugees", 150000.0, 150000.0, "displaced"),
    ]
    assert figures("More than one lakh refugees still cannot go back to their homes.") == [
        ("casualty", "More than one lakh refugees", 100000.0, None, "displaced")
    ]
    assert figures("The floods displaced two crore people.") == [
        ("casualty", "two crore people", 20_000_000.0, 20_000_000.0, "displaced")
    ]
    # (near miss: a word that only starts like the scale is no scale)
    assert figures("Five people were killed near Lakhimpur.") == [
        ("casualty", "Five people", 5.0, 5.0, "killed")
    ]


def test_burns_sustained_are_wounds() -> None:
    assert figures("Five of them died and six others sustained serious burns.") == [
        ("casualty", "Five of them", 5.0, 5.0, "killed"),
        ("casualty", "six others", 6.0, 6.0, "wounded"),
    ]


def test_a_retort_names_its_speaker_after_it() -> None:
    text = '"We do not know how he has been able to face us," retorted a refugee.'
    assert statements(text) == [(text, "a refugee")]
    text = '"Initially, the railway police pushed them out," says a camp organiser.'
    assert statements(text) == [(text, "a camp organiser")]


def test_what_someone_reportedly_said_is_theirs() -> None:
    text = "Israel reportedly said it would stop the attacks on Tuesday evening."
    assert statements(text) == [(text, "Israel")]
    text = "The minister reportedly said, \u201cWe will win.\u201d"
    assert statements(text) == [(text, "The minister")]
    # (near miss: what someone reportedly did is no statement)
    assert statements("The Pentagon has reportedly deployed more than 200 troops.") == []


# --- a plea and a figurative siege ----------------------------------------------------


def test_calls_for_help_are_no_stance() -> None:
    text = "Two judges whose calls for help were ignored by the police were killed."
    assert rule_positions(text) == []
    # (near miss: a call for something a party wants is still a stance)
    assert rule_positions("The opposition called for the resignation of the minister.") == [
        ("stance", "position.stance_verb")
    ]


def test_a_person_besieged_with_dissent_holds_no_ground() -> None:
    text = "A few months later, Modi was besieged with dissent within the party."
    assert rule_positions(text) == []
    assert rule_positions("The town was besieged by rebels for a month.") == [
        ("military", "position.military_noun")
    ]


# --- a columnist's Markdown: underscore captions, adverbs of place, what might be said --


def test_a_caption_in_underscores_is_read_without_them() -> None:
    text = (
        "The war goes on.\n\n_Hundreds of thousands of Canadian peacekeeping forces have "
        "been deployed over the globe in the last 50 years. ([United Nations]"
        "(http://www.un.org/en/pages/canadian_soldier.shtml))_\n"
    )
    assert figures(text) == [
        (
            "troops",
            "Hundreds of thousands of Canadian peacekeeping forces",
            200000.0,
            999999.0,
            None,
        )
    ]
    # (near miss: underscores inside words are no emphasis)
    assert figures("The file snake_case_name lists 12 soldiers_killed entries.") == []


def test_an_adverb_of_place_between_the_people_and_their_harm() -> None:
    assert figures("At the end of 2014, over 60 million people worldwide were displaced.") == [
        ("casualty", "over 60 million people", 60_000_000.0, None, "displaced")
    ]


def test_what_someone_might_say_is_no_statement() -> None:
    for sentence in (
        "Some could say it was the rise of terrorism.",
        "Critics might say the war was lost.",
    ):
        assert statements(sentence) == [], sentence
    text = "Officials may say more on Monday, the ministry said."
    assert statements(text) == [(text, "the ministry")]


# --- the review's findings -------------------------------------------------------------


def test_a_passive_reported_or_alleged_is_no_statement() -> None:
    for sentence in (
        "The hostages were reportedly warned not to resist.",
        "The villagers were reportedly asked to pay 2 million naira.",
        "Villagers were allegedly told to leave.",
    ):
        assert statements(sentence) == [], sentence


def test_the_first_paragraph_after_a_front_matter_is_read() -> None:
    for closer in ("---", "..."):
        text = f"---\ndate: 2024-01-02\n{closer}\nThe army said 40 troops arrived in Bunza.\n"
        assert speaker_of(text, "40 troops") == "The army", closer
        assert figures(text) == [("troops", "40 troops", 40.0, 40.0, None)], closer


def test_a_participle_with_an_object_after_a_name_is_the_verb() -> None:
    text = (
        "The Army spokesman, Brig Gen Onyema Nwachukwu, briefed journalists in Abuja, "
        'Nigeria: "Troops killed 40 terrorists."'
    )
    assert speaker_of(text, "Troops killed") == "Onyema Nwachukwu"
    text = "Only one survived the ambush and said that 40 bandits had attacked."
    assert speaker_of(text, "40 bandits") == "Only one"


def test_lakhs_and_crores_with_a_remainder() -> None:
    assert figures("Over one lakh twenty thousand people were displaced.") == [
        ("casualty", "Over one lakh twenty thousand people", 120000.0, None, "displaced")
    ]
    assert figures("Nearly one crore twenty lakh people were displaced.") == [
        ("casualty", "Nearly one crore twenty lakh people", 12_000_000.0, 12_000_000.0, "displaced")
    ]


def test_a_title_case_headlines_verb_before_a_count_is_no_title() -> None:
    assert figures("Activists Report 2000 Civilians Killed In Aleppo Since January") == [
        ("casualty", "2000 Civilians", 2000.0, 2000.0, "killed")
    ]
    assert figures("The 1990 kidnappings in Kashmir shocked the valley.") == []


def test_a_party_calling_for_help_still_demands_it() -> None:
    text = "Ukraine called for help from its Western allies to repel the Russian offensive."
    assert ("both", "position.military_noun+stance_verb") in rule_positions(text)
    text = "Two judges whose calls for help were ignored by the police were killed."
    assert statements(text) == []


def test_odd_front_matter() -> None:
    # a literal body wrapped by hand reads as one sentence, as Markdown would
    text = (
        "---\ntitle: Attack in Bunza\nbody: |-\n  Gunmen killed 12 soldiers on Monday in an "
        "attack on a base near Bunza,\n  the army said in a statement.\n---\n"
    )
    assert speaker_of(text, "Gunmen killed") == "the army"
    # "UPDATE: …" between two rules is prose, no key
    text = "---\nUPDATE: Gunmen killed 12 soldiers, the army said on Monday.\n\n---\n\nMore.\n"
    assert front_matter(text) is NO_FRONT_MATTER
    assert figures(text) == [("casualty", "12 soldiers", 12.0, 12.0, "killed")]
    # a comment after a plain title, a plain value over a blank line, an escaped mark
    text = "---\ntitle: Real title # a comment\nsummary: One line\n  goes on.\n\n  Two.\n---\n"
    assert [text[s:e] for s, e in front_matter(text).paragraphs] == [
        "Real title",
        "One line\n  goes on.",
        "Two.",
    ]
    text = '---\ntitle: "Path C:\\\\"\nsummary: "A \\"quoted\\" word"\n---\n'
    assert [text[s:e] for s, e in front_matter(text).paragraphs] == [
        "Path C:\\\\",
        'A \\"quoted\\" word',
    ]


def test_a_front_matter_key_is_no_headline_source() -> None:
    text = (
        "---\ntitle: Army retakes Bunza\ncontent: >-\n  Gunmen killed 12 soldiers on "
        "Monday,\n  the army said.\n---\n"
    )
    assert speaker_of(text, "Gunmen killed") == "the army"
    assert not any(speaker == "Bunza" for _, speaker in statements(text))


# --- an outlet's title-case dateline, a sentence opening with "Despite" ------------------


def test_a_title_case_dateline_with_its_outlet_is_no_part_of_the_sentence() -> None:
    text = (
        "London, (The Muslim News): On Thursday alone, at least 92 Palestinians were killed "
        "across Gaza, according to medical sources."
    )
    assert statements(text) == [(text[text.index("On Thursday") :], "medical sources")]
    text = "Lagos (PRNigeria) - Troops killed 12 terrorists, the army said."
    assert statements(text) == [("Troops killed 12 terrorists, the army said.", "the army")]
    # (near miss: a name and a bracketed description before a colon opens no dateline)
    text = "Ali (the spokesman): We will win, he said."
    assert statements(text) == [(text, "he")]


def test_a_despite_phrase_is_no_speaker() -> None:
    text = (
        "Despite mounting global calls for a ceasefire, Israel's military operations show no "
        "sign of abating."
    )
    assert statements(text) == []


# --- the second review's findings ------------------------------------------------------


def test_a_participle_that_fills_its_aside_or_places_it_is_no_verb() -> None:
    text = (
        'Minister Bello, newly appointed, addressed journalists in Abuja: "Troops killed 40 '
        'terrorists."'
    )
    assert speaker_of(text, "Troops killed") == "Bello"
    text = (
        "Minister Bello, widely criticised over the raid, visited the camp and said 40 bandits "
        "were killed."
    )
    assert speaker_of(text, "40 bandits") == "Bello"


def test_two_capitalised_keys_make_a_front_matter() -> None:
    text = (
        "---\nTitle: Troops kill 40 bandits in Zamfara\nDescription: Army HQ said troops "
        "killed 40 bandits\nAuthor: Staff Reporter\n---\n\nTroops killed 40 bandits on Monday.\n"
    )
    front = front_matter(text)
    assert [text[s:e] for s, e in front.paragraphs] == [
        "Troops kill 40 bandits in Zamfara",
        "Army HQ said troops killed 40 bandits",
    ]
    assert speaker_of(text, "Army HQ said") == "Army HQ"


def test_bullets_in_a_literal_body_stand_apart() -> None:
    text = (
        "---\ntitle: Army retakes Bunza\nbody: |\n  Key points:\n\n  - Gunmen killed 12 soldiers "
        "in Bunza\n  - The army deployed 400 troops to the town\n---\n"
    )
    values = [text[s:e] for s, e in front_matter(text).paragraphs]
    assert values[-2:] == [
        "- Gunmen killed 12 soldiers in Bunza",
        "- The army deployed 400 troops to the town",
    ]


def test_calls_for_help_as_a_noun_in_any_place() -> None:
    for sentence in (
        "Calls for help went unanswered for hours as 12 people were killed.",
        "Despite calls for help, police did not arrive until 12 villagers were dead.",
        "The villagers\u2019 calls for help went unanswered as 12 people were killed.",
    ):
        assert statements(sentence) == [], sentence
        assert rule_positions(sentence) == [], sentence


def test_a_title_word_before_a_year_keeps_it_a_year() -> None:
    for headline in (
        "Commonwealth Games 2022 Athletes Injured In Bus Crash",
        "UN Mission Report 2023 Civilians Killed In Sudan Rise Sharply",
    ):
        assert figures(headline) == [], headline


def test_a_relative_clause_with_an_adverb_ends_the_speakers_phrase() -> None:
    text = (
        "These times coincide with the testimonies of witnesses who have repeatedly said 40 "
        "people were killed."
    )
    assert speaker_of(text, "40 people") == "witnesses"


def test_a_titles_label_is_dropped_from_its_first_paragraph() -> None:
    text = "---\ntitle: Breaking: Gunmen kill 12 soldiers\n\n  in Bunza\ndate: x\n---\n"
    assert [text[s:e] for s, e in front_matter(text).paragraphs] == [
        "Gunmen kill 12 soldiers",
        "in Bunza",
    ]
