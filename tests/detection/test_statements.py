"""Statements and speaker resolution (guideline §4)."""

import pytest

from annotator.detection import detect
from annotator.detection.capitals import state_table, with_state
from annotator.domain import KIND_POSITION, KIND_STATEMENT


def statements(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(c.text, c.speaker, c.via) for c in detect(text) if c.kind == KIND_STATEMENT]


def test_speaker_first_with_title_dropped() -> None:
    text = "Russian Foreign Minister Sergei Lavrov said on Monday that the groups had rearmed."
    assert statements(text) == [(text, "Sergei Lavrov", None)]


def test_quote_first_and_surname_expanded_from_earlier_mention() -> None:
    text = (
        "New York Gov.Andrew Cuomo (D) said there was no link.“It depends on your "
        "definition of terrorism,” Cuomo said."
    )
    assert [s for _, s, _ in statements(text)] == ["Andrew Cuomo", "Andrew Cuomo"]


def test_inverted_attribution() -> None:
    text = "“We kept eating,” said Salomon, 52, who was visiting his son."
    assert statements(text) == [(text, "Salomon", None)]


def test_according_to_and_organisation_alias() -> None:
    text = (
        "The so-called Syrian Observatory for Human Rights (SOHR) said the attacks "
        "continued. Another 327 civilians have been killed according to the Observatory."
    )
    assert [s for _, s, _ in statements(text)] == ["Syrian Observatory for Human Rights"] * 2


def test_pronoun_points_back_to_last_named_speaker() -> None:
    text = (
        "Observatory head Rami Abdurrahman said airstrikes had intensified. "
        "The strikes have killed 122 civilians he said."
    )
    assert [s for _, s, _ in statements(text)] == ["Rami Abdurrahman", "Rami Abdurrahman"]


def test_he_said_prefers_the_person_just_introduced() -> None:
    text = (
        "A spokeswoman said patients were treated. Keith Salomon was having dinner nearby. "
        "His table shook, he said."
    )
    assert statements(text)[-1][1] == "Keith Salomon"


def test_unattributed_quote_continues_the_speaker() -> None:
    text = "“We know there was a bombing,” de Blasio said.“Let the experts draw conclusions.”"
    result = statements(text)
    assert [s for _, s, _ in result] == ["de Blasio", "de Blasio"]
    assert result[1][0] == "“Let the experts draw conclusions.”"


def test_multi_sentence_quote_followed_by_one_attribution_is_one_unit() -> None:
    text = (
        "“We will look at individuals.We will look at associations.We will look at social "
        "media,” William Sweeney, Assistant Director of the FBI Field Office, said."
    )
    assert statements(text) == [(text, "William Sweeney", None)]


@pytest.mark.parametrize(
    "quote",
    [
        "'There is no longer any military leadership. \n(The rebels) will take the towns "
        "in the north,' he said.",
        "‘We have no fuel left. \nOur men cannot hold the base for long,’ the officer said.",
    ],
)
def test_single_quoted_sentences_then_one_attribution_are_one_unit(quote: str) -> None:
    # Daily Mail quotes with single marks; a wrapped line splits the quotation
    lead = "Government forces withdrew from the north on Thursday.\n\n"
    assert [t for t, _, _ in statements(lead + quote)] == [quote]


def test_single_quoted_sentence_without_attribution_stays_a_continuation() -> None:
    text = (
        "'The army has pulled back to Gao,' a source in Timbuktu told Reuters.\n\n"
        "'There is no longer any military leadership.' \nThe rebels took the town."
    )
    assert [t for t, _, _ in statements(text)] == [
        "'The army has pulled back to Gao,' a source in Timbuktu told Reuters.",
        "'There is no longer any military leadership.'",
    ]


def test_reported_speech_after_a_mark_left_open_ends_the_quotation() -> None:
    # FA-KES lost the closing mark; "MSF said that …" is the writer's text again, so the
    # sentences after it continue no quotation
    text = (
        '"The direct bombing of another hospital in Syria is an outrage said Silvia '
        "Dallatomasina MSFs medical manager while also calling for an end to attacks. MSF "
        "said that the hospital in Millis was hit directly by two airstrikes. The hospital "
        "served as a referral centre specialising in pediatrics. MSF did not specify which "
        "government was behind the attacks."
    )
    assert [t[:20] for t, _, _ in statements(text)] == [
        '"The direct bombing ',
        "MSF said that the ho",
    ]


def test_sentences_after_a_mark_left_open_still_continue_the_speaker() -> None:
    text = (
        "The mayor said the town was lost.\n\n“They shelled our homes. They killed our "
        "children. We have nothing left."
    )
    assert [(t, s) for t, s, _ in statements(text)] == [
        ("The mayor said the town was lost.", "The mayor"),
        ("“They shelled our homes.", "The mayor"),
        ("They killed our children.", "The mayor"),
        ("We have nothing left.", "The mayor"),
    ]


def test_sentences_inside_an_attributed_quotation_continue_it() -> None:
    text = (
        'Ash Carter responded, stating, "our troops are working hard.Their efforts will '
        'continue.Our sympathies go out to the families."'
    )
    assert [s for _, s, _ in statements(text)] == ["Ash Carter"] * 3


def test_relaying_outlets() -> None:
    text = (
        "Rebel commander Abu Mustafa told AFP the siege would end. "
        "Since March the front has recruited 3000 militants AP quoted SOHR as saying. "
        "Ryabkov was quoted as saying by the Interfax news agency that talks were hard."
    )
    assert [(s, v) for _, s, v in statements(text)] == [
        ("Abu Mustafa", "AFP"),
        ("SOHR", "AP"),
        ("Ryabkov", "Interfax"),
    ]


def test_coordinated_speakers_are_joined() -> None:
    text = "The observatory and the Reuters news agency said on Tuesday that 23 people died."
    assert statements(text)[0][1] == "The observatory; Reuters news agency"


def test_fakes_speaker_last_without_commas() -> None:
    text = (
        "Elsewhere thousands of troops are launching an attack following weeks of quiet "
        "preparations US officials told Reuters."
    )
    assert statements(text) == [(text, "US officials", "Reuters")]


def test_passive_and_anonymous_reporting_is_not_a_statement() -> None:
    for text in (
        "The Pentagon has reportedly deployed more than 200 troops.",
        "Libyan forces are reported to have blown up stocks of fuel.",
        "It made no mention of any strikes in Idlib.",
        "Israels army declined to comment Sunday on the attack.",
        "Cross-border fire has claimed 21 lives this year.",
        "North Korea is now believed to have mastered a warhead.",
    ):
        assert statements(text) == [], text


def test_headline_attributions() -> None:
    assert statements("CHAD SAYS TROOPS KILLED 1,200 LIBYANS IN BATTLE") == [
        ("CHAD SAYS TROOPS KILLED 1,200 LIBYANS IN BATTLE", "CHAD", None)
    ]
    assert statements("15 Civilians Killed in Aleppo by Airstrikes Report.")[0][1] == "report"


def test_lost_apostrophes_and_garbled_quote() -> None:
    text = (
        "The spokesman denied the reports. \x95\x81We urge people to remain critical of "
        "stories he said. “It couldn t have been easy,” Sergei Ryabkov said."
    )
    assert [s for _, s, _ in statements(text)] == [
        "The spokesman",
        "The spokesman",
        "Sergei Ryabkov",
    ]


def test_generic_speakers_after_according_to_and_before_the_verb() -> None:
    text = (
        "The blast wounded at least 60 people, according to hospital officials. "
        "Local media reported that 15 people were killed."
    )
    assert [s for _, s, _ in statements(text)] == ["hospital officials", "Local media"]


def test_plain_speech_verb_wins_over_an_earlier_softer_cue() -> None:
    text = (
        'Washington has pledged to keep supporting Kyiv "for as long as it takes," '
        "Secretary of State Antony Blinken told reporters in Brussels."
    )
    assert statements(text)[0][1] == "Antony Blinken"


def test_a_long_headline_phrase_does_not_capture_later_aliases() -> None:
    text = (
        "Syrian army retakes Palmyra from Islamic State Russia says. Troops recaptured "
        "the city on Sunday the Syrian army said in a statement."
    )
    assert [s for _, s, _ in statements(text)] == ["Russia", "the Syrian army"]


def test_present_tense_plural_reporting_verbs() -> None:
    text = "Critics warn that escalation could drag NATO into a wider war."
    assert statements(text) == [(text, "Critics", None)]


def test_paragraph_quote_left_open_continues_the_speaker() -> None:
    text = (
        "“We are not going to stop,” said Ahmed Ali, a local commander.\n\n"
        "“They shelled our homes. They killed our children.\n\n"
        "“We will fight until the end.”"
    )
    assert [s for _, s, _ in statements(text)] == ["Ahmed Ali"] * 4


@pytest.mark.parametrize("marks", ["‘’", "''", "“”", '""'])
def test_a_quotation_over_paragraphs_then_its_attribution_is_one_unit(marks: str) -> None:
    # each paragraph opens the quotation again; only the last closes it
    opening, closing = marks
    quotation = (
        f"{opening}The White Army just took over after everybody left the village.\n\n"
        f"{opening}They burned all the huts.\n\n"
        f"{opening}They shot people too,{closing} said Madol, a student."
    )
    text = f"Mediators said talks had stalled.\n\n{quotation}\n\nHe left."
    assert [(t, s) for t, s, _ in statements(text)] == [
        ("Mediators said talks had stalled.", "Mediators"),
        (quotation, "Madol"),
    ]


@pytest.mark.parametrize(
    ("opening", "rest"),
    [
        # introduced, not followed, by its attribution
        ("‘", "Madol said: ‘They shot people too.’"),
        # a quotation of the other kind
        ("‘", "“They shot people too,” said Madol."),
        # a paragraph of the writer's own between
        ("“", "Madol left.\n\n“They shot people too,” said Madol."),
    ],
)
def test_a_quotation_over_paragraphs_needs_the_next_to_open_it_again(
    opening: str, rest: str
) -> None:
    text = (
        "Mediators said talks had stalled.\n\n"
        f"{opening}The White Army just took over after everybody left the village.\n\n{rest}"
    )
    assert [s for _, s, _ in statements(text)] == ["Mediators", "Mediators", "Madol"]


def test_a_quotation_opened_again_and_closed_leaves_no_quote_open_after_it() -> None:
    # a quoted paragraph leaves its closing mark out; the paragraphs were glued
    text = (
        'He said: "Here in this constituency there is a New Labour stooge MP. "A stooge '
        'who will do anything she is told to by Tony Blair." Ms King has represented the '
        "constituency since 1997. She was not available."
    )
    assert [t[:10] for t, _, _ in statements(text)] == ['He said: "', '"A stooge ']


def test_apposition_without_its_closing_comma_gives_the_name() -> None:
    text = (
        "Sharif Hotak, a member of the provincial council in Maidan Wardak said it was a car bomb."
    )
    assert statements(text) == [(text, "Sharif Hotak", None)]


def test_two_appositions_without_the_closing_comma_give_the_name_before_them() -> None:
    text = (
        "'The rebels are weak,' Representative Adam B. Schiff, Democrat of California, a "
        "member of the House Intelligence Committee told The New York Times."
    )
    assert [s for _, s, _ in statements(text)] == ["Adam B. Schiff"]


def test_place_after_a_role_tells_which_people_and_is_no_name() -> None:
    located = "A senior NDS official in Kabul said at least 50 people were inside."
    named = "The mayor of London said the talks failed."
    critics = "Critics in Congress have said the program won't aid the rebels fast enough."
    source = "'The army has pulled back to Gao,' a source in Timbuktu told Reuters."
    assert statements(located) == [(located, "A senior NDS official in Kabul", None)]
    assert statements(named) == [(named, "The mayor of London", None)]
    assert statements(critics) == [(critics, "Critics in Congress", None)]
    assert [s for _, s, _ in statements(source)] == ["a source in Timbuktu"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # after the verb: the place or body up to the comma or the sentence's end
        (
            "'The offensive began at eight,' said one official in the Kurdish region's "
            "Security Council, adding that planes had struck.",
            "one official in the Kurdish region's Security Council",
        ),
        (
            "There were no specific targets, claimed an official with South Korea's Joint "
            "Chiefs of Staff.",
            "an official with South Korea's Joint Chiefs of Staff",
        ),
        (
            "The town was calm, said a source in the city who asked not to be named.",
            "a source in the city",
        ),
        # … up to a clause whose comma was lost, or a time
        (
            "According to a source at Aleppo Police Command two people were killed.",
            "a source at Aleppo Police Command",
        ),
        ("It was calm, said an official in Washington on Monday.", "an official in Washington"),
        # how the source spoke is no place
        ("The town was calm, said an official in an interview with Reuters.", "an official"),
        ("The town was calm, said an official at a news conference in Baghdad.", "an official"),
        # before the verb: a long phrase keeps a place of a few words …
        (
            "A spokesman at the hospital in Kafr Takharim in Idlib said an air strike hit.",
            "A spokesman at the hospital in Kafr Takharim in Idlib",
        ),
        # … but not a name set after it, nor a titled person, who is the speaker
        (
            "An activist at the scene Muaz Al Shami said as many as 10 air strikes hit.",
            "Muaz Al Shami",
        ),
        (
            "A draft document from the office of Israeli Foreign Minister Avigdor Lieberman, "
            "said Israel must act.",
            "Avigdor Lieberman",
        ),
    ],
)
def test_a_described_source_keeps_the_place_it_is_at(text: str, speaker: str) -> None:
    assert [s for _, s, _ in statements(text)] == [speaker]


def test_place_after_a_body_is_left_out() -> None:
    text = "Some 120 fighters were killed in air strikes the defense ministry in Moscow said."
    assert [s for _, s, _ in statements(text)] == ["the defense ministry"]


def test_place_after_a_speaker_is_no_person_for_a_later_mention() -> None:
    text = (
        "The Russian coordination center in Hmeimim stated that armed groups breached the "
        "truce three times. In a statement the center said that militants shelled the city."
    )
    assert [s for _, s, _ in statements(text)] == ["The Russian coordination center in Hmeimim"] * 2


def test_passive_reporting_with_an_adverb_is_no_statement() -> None:
    assert statements("Six people were also reported killed in rebel shelling of the city.") == []


def test_inverted_attribution_after_a_describing_word() -> None:
    text = '"It is like a Greek tragedy," said retired Adm. Eugene Carroll of the Center.'
    assert [s for _, s, _ in statements(text)] == ["Eugene Carroll"]


def test_participle_phrase_before_the_speaker_is_dropped() -> None:
    text = (
        "Homs governor Talal Barazi said the fire was out. "
        "Speaking at dawn he said rescue operations had gone on for two hours. "
        "Speaking to Syrian state TV Barazi said the policy would not change."
    )
    assert [s for _, s, _ in statements(text)] == ["Talal Barazi"] * 3


def test_a_named_body_s_toll_speaks_for_the_body() -> None:
    text = (
        "The Syrian Observatory for Human Rights said 40 people died. "
        "The fighting claimed 129 lives, according to an Observatory toll. "
        "Rebel fire killed 12 people said the Observatory adding that two were children."
    )
    assert [s for _, s, _ in statements(text)] == ["Syrian Observatory for Human Rights"] * 3


def test_according_to_stops_where_the_clause_begins() -> None:
    text = (
        "The Syrian Observatory for Human Rights said 40 people died. "
        "According to the group they were the latest of 7000 killed since May."
    )
    assert [s for _, s, _ in statements(text)][1] == "Syrian Observatory for Human Rights"


def test_reports_followed_by_a_participle_is_a_noun() -> None:
    text = "Authorities released incident reports showing police had been to his home."
    assert statements(text) == []


def test_she_after_a_headline_is_the_last_person_named() -> None:
    text = (
        "America's Immigration Voice.\n\n"
        "In a November incident, police say his wife, 33-year-old Candace Smith, asked "
        "about protection orders. She told police he had a gun."
    )
    assert [s for _, s, _ in statements(text)] == ["police", "Candace Smith"]


def test_they_does_not_stand_for_one_named_person() -> None:
    text = (
        "Defense Secretary Caspar Weinberger said the attack was measured. "
        "Some Middle East experts agreed the reaction was reasonable. "
        "But they said the question was whether Iran would retaliate."
    )
    assert "Caspar Weinberger" not in [s for _, s, _ in statements(text)][1:]


def test_affiliation_after_a_full_name_is_not_the_speaker() -> None:
    text = (
        '"It is like a Greek tragedy," said retired Adm. Eugene Carroll\n'
        "of Washington's private Center for Defense Information."
    )
    organisation = "The war must end, said the Syrian Observatory for Human Rights."
    assert [s for _, s, _ in statements(text)] == ["Eugene Carroll"]
    assert [s for _, s, _ in statements(organisation)] == ["Syrian Observatory for Human Rights"]


def test_sentences_quoted_after_the_attribution_are_separate_statements() -> None:
    text = "Instead, Richard said, “he chose hate. He chose death. Mr. Smith knew it.”"
    assert statements(text) == [
        ("Instead, Richard said, “he chose hate.", "Richard", None),
        ("He chose death.", "Richard", None),
        ("Mr. Smith knew it.”", "Richard", None),
    ]
    rules = [c.rule for c in detect(text) if c.kind == KIND_STATEMENT]
    assert rules == ["statement.said", *["statement.quote_continuation"] * 2]


def test_quotation_before_its_attribution_stays_one_unit() -> None:
    text = "“We will look at individuals. We will look at associations,” Sweeney said."
    assert statements(text) == [(text, "Sweeney", None)]


def test_ellipsis_inside_a_quotation_does_not_split_it() -> None:
    text = 'A senior official said: "This was a measured response ... It saves face."'
    assert [t for t, _, _ in statements(text)] == [text]


def test_form_labels_ending_in_a_colon_are_no_statements() -> None:
    assert statements("Arrest Information:\nBooking Charge:\nMurder") == []


def test_a_colon_before_a_list_is_no_speech_one_before_a_quotation_is() -> None:
    listed = "The army showed its new weapon. Here's a quick look at the system:\n\n* Radar"
    quoted = 'The army showed its new weapon. Erdogan exploded:\n\n"Don\'t come to Manbij."'
    assert statements(listed) == []
    assert statements(quoted)[0][1] == "Erdogan"


def test_an_introduction_before_a_quotation_running_on_speaks_through_its_subject() -> None:
    # the quotation is left open: it runs on into the next paragraph
    ran_on = (
        'The International Committee of the Red Cross condemned the "fake recovery".\n\n'
        'It went on: "The team were not aware that a body had been placed there.\n\n'
        '"Our team only observed the recovery."'
    )
    body = "International Committee of the Red Cross"
    assert [(t[:11], s) for t, s, _ in statements(ran_on)] == [
        ("The Interna", body),
        ("It went on:", body),
        ('"Our team o', body),
    ]
    # the subject, not the words before the colon less one
    responded = (
        "Ramzan Kadyrov is the leader of Chechnya. Kadyrov responded on Twitter on Tuesday: "
        "'If there were real fighters in Donetsk, the army would have fled.'"
    )
    assert [s for _, s, _ in statements(responded)] == ["Ramzan Kadyrov"]


def test_a_straight_mark_after_a_stop_closes_a_curly_opening() -> None:
    # mixed marks, typed by hand: the narrative after them is no continued quotation
    text = (
        "Kieran Conway said the war was lost. He continued: “The Birmingham bombs were another "
        'matter."The bombings came after police disrupted a funeral.'
    )
    assert [(t, s) for t, s, _ in statements(text)][-1] == (
        'He continued: “The Birmingham bombs were another matter."',
        "Kieran Conway",
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Sergei Rudskoy spoke on Monday. ISIS no longer has the money for weapons and "
            "ammunition and recruiting fighters in Syria he said.",
            "Sergei Rudskoy",
        ),
        (
            "Eight civilians were killed with at least 70 injured with dozens of dead and "
            "injured from army personnel and allied militias the head of the monitor said.",
            "the head of the monitor",
        ),
        # an "and" before a relative clause joins two words of a noun phrase
        (
            "Heavy clashes erupted between the Daesh fighters and members of the US-backed "
            "Syrian Democratic Forces (SDF) an alliance of Kurdish and Arab fighters some of "
            "whose combatants were among the dead Abdel Rahman said.",
            "Abdel Rahman",
        ),
    ],
)
def test_a_clause_after_several_ands_still_gives_its_speaker(text: str, speaker: str) -> None:
    # each "and" after a finite verb may start the speaker's clause, the last one too
    assert statements(text)[-1][1] == speaker


def test_an_acronym_with_a_lower_case_joining_letter_is_spelled_out() -> None:
    text = (
        "The Ministry of Defence said 150 troops would go. The MoD said the exercise marked "
        "a demonstration of support."
    )
    assert [s for _, s, _ in statements(text)][-1] == "Ministry of Defence"


def test_a_comma_between_digits_sets_off_no_phrase() -> None:
    text = (
        "Mr Galloway, who on Thursday won pounds 150,000 in libel damages from the Daily "
        "Telegraph said he would contest Bethnal Green."
    )
    assert [s for _, s, _ in statements(text)] == ["Galloway"]


def test_idioms_of_speech_are_reporting_verbs() -> None:
    brushed = "The minister brushed off claims that the army had fired on the crowd."
    lashed = "Opposition leaders lashed out at the government for the arrests."
    upon = "The Arab League called upon both sides to stop the shelling."
    assert statements(brushed) == [(brushed, "The minister", None)]
    assert statements(lashed) == [(lashed, "Opposition leaders", None)]
    assert statements(upon) == [(upon, "Arab League", None)]


def test_manner_adverb_between_speaker_and_verb_is_skipped() -> None:
    denied = "The Syrian government has strongly denied responsibility."
    firmly = "The minister firmly said the talks would go on."
    told = (
        "Rebekah Gregory, a Texas woman who lost a leg in the bombing, defiantly told "
        "Tsarnaev she was not his victim."
    )
    assert statements(denied) == [(denied, "The Syrian government", None)]
    assert statements(firmly) == [(firmly, "The minister", None)]
    assert statements(told) == [(told, "Rebekah Gregory", None)]
    # a noun in -ly is the speaker, not an adverb
    daily = "Police made arrests. The daily reported that the talks had failed."
    assert statements(daily)[0][1] == "The daily"


def test_people_nouns_speak_without_a_capital() -> None:
    text = (
        "Police arrested a man on Monday. The family said he was innocent. "
        "According to local hospitals, 87 civilians were wounded."
    )
    assert [s for _, s, _ in statements(text)] == ["The family", "local hospitals"]


def test_a_generic_organisation_noun_stands_only_for_a_named_organisation() -> None:
    described = (
        "Residents said the shelling went on all night. "
        "The ministry said 8,000 fighters had been assembled."
    )
    named = (
        "The Interior Ministry said the border was closed. "
        "Residents said the shelling went on all night. "
        "The ministry said 8,000 fighters had been assembled."
    )
    assert [s for _, s, _ in statements(described)] == ["Residents", "The ministry"]
    assert [s for _, s, _ in statements(named)] == [
        "Interior Ministry",
        "Residents",
        "Interior Ministry",
    ]


def test_more_verbs_of_speech() -> None:
    commented = 'A diplomat commented: "They were very clever in the place they chose."'
    inverted = 'Commented another diplomat: "Kuwait must be happy."'
    reiterated = "The foreign minister reiterated that the border would stay closed."
    assert statements(commented) == [(commented, "A diplomat", None)]
    assert statements(inverted) == [(inverted, "another diplomat", None)]
    assert statements(reiterated) == [(reiterated, "The foreign minister", None)]
    # commenting on a topic reports no content
    assert statements("Donald Trump quickly commented on the situation.") == []
    # a unit that responds to a call does not speak
    assert statements("When officers responded to the call, shots were fired.") == []


def test_an_upper_case_acronym_is_no_relative_pronoun() -> None:
    text = "The WHO said it was likely that some kind of chemical was used."
    assert statements(text) == [(text, "WHO", None)]


def test_but_said_takes_the_sentence_subject() -> None:
    text = (
        "A Russian Defence Ministry spokesman did not say what agent was used but said "
        "the rebels had used it."
    )
    assert statements(text) == [(text, "A Russian Defence Ministry spokesman", None)]


def test_plain_adverbs_before_the_verb_are_skipped() -> None:
    text = "The government has always denied responsibility for that attack."
    assert statements(text) == [(text, "The government", None)]


def test_according_to_information_from_a_source() -> None:
    tv = "Six people were killed, according to preliminary information from Syrian state TV."
    ministry = "Six people died, according to figures released by the health ministry."
    assert [s for _, s, _ in statements(tv)] == ["Syrian state TV"]
    assert [s for _, s, _ in statements(ministry)] == ["the health ministry"]


def test_maintaining_and_implying_that_report_speech() -> None:
    implied = "General Petraeus strongly implied that Iran was arming militias."
    assert statements(implied) == [(implied, "Petraeus", None)]
    assert statements("The army maintained control of the city.") == []


def test_a_participle_locating_the_speaker_is_skipped() -> None:
    based = (
        'Brigadier James Bashall, commander of 1 Mechanised Brigade, based at Basra said: "Ready."'
    )
    speaking = "The ministry, speaking in Moscow, said the talks failed."
    bare = "An official speaking in Kabul said the talks failed."
    assert [s for _, s, _ in statements(based)] == ["James Bashall"]
    assert [s for _, s, _ in statements(speaking)] == ["The ministry"]
    assert [s for _, s, _ in statements(bare)] == ["An official"]


def test_an_opening_headline_that_ends_with_its_source_is_a_statement() -> None:
    text = "Aleppo bomb blast kills six Syrian state TV. A bomb blast killed six people."
    found = [(t, s) for t, s, _ in statements(text)]
    assert found[0] == ("Aleppo bomb blast kills six Syrian state TV.", "Syrian state TV")
    agency = "Syria attack symptoms consistent with nerve agent use Reuters. More follows."
    assert statements(agency)[0][1] == "Reuters"
    # only the opening headline, and not a place at its end
    assert statements("Suicide bombing kills at least 16 in northeast Syria. More.") == []
    later = "Blasts shook the city. Aleppo bomb blast kills six Syrian state TV."
    assert statements(later) == []


def test_a_pronoun_with_no_one_to_point_back_to_still_speaks() -> None:
    text = '"This is a turning point," she said.'
    assert statements(text) == [(text, "she", None)]
    # once a person is named, the pronoun resolves to them
    named = 'Maria Lopez arrived late. "This is a turning point," she said.'
    assert statements(named)[-1][1] == "Maria Lopez"


def test_a_described_source_takes_the_name_the_article_gives_it_later() -> None:
    text = (
        "At least 29 rebels were killed in clashes overnight, a monitor said Sunday. "
        "The fighters were killed trying to reopen the road, the Syrian Observatory for "
        "Human Rights monitor said."
    )
    assert [s for _, s, _ in statements(text)] == ["Syrian Observatory for Human Rights"] * 2
    # with no organisation named later, the description stays
    alone = "At least 29 rebels were killed in clashes overnight, a monitor said Sunday."
    assert [s for _, s, _ in statements(alone)] == ["a monitor"]


def test_sentences_of_a_single_quoted_quotation_keep_their_speaker() -> None:
    text = (
        "Lt Col Richard Slack said: ‘The price has been heavy for the Army. "
        "‘I will finish my tour knowing one of our NCOs will not be coming home.’"
    )
    assert [s for _, s, _ in statements(text)][-1] == "Richard Slack"
    straight = (
        "'We are out of Syria other than we kept the oil. I kept the oil. Other than that "
        "we are out of Syria,' he said."
    )
    assert [t for t, _, _ in statements(straight)] == [straight]


def test_a_broadcaster_and_an_interjected_phrase() -> None:
    tv = "Syrian television said the army had foiled an attempt."
    assert statements(tv) == [(tv, "Syrian television", None)]
    article = (
        "Lord Dannatt, in an article for The Daily Telegraph, said that military strength "
        "was needed."
    )
    assert [s for _, s, _ in statements(article)] == ["Lord Dannatt"]


def test_companies_speak_and_proposals_and_concerns_are_speech() -> None:
    company = "The company said the refinancing will reduce borrowing costs."
    proposed = "Lord Dannatt has proposed that 3,000 British soldiers should be stationed there."
    concern = "He also expressed concerns that falling troop levels could leave Britain unprepared."
    assert statements(company) == [(company, "The company", None)]
    assert [s for _, s, _ in statements(proposed)] == ["Lord Dannatt"]
    assert len(statements(concern)) == 1


def test_is_as_a_name_ranks_as_speakers_and_dates_before_the_speaker() -> None:
    group = "On 2 July IS said its militants had destroyed six archaeological pieces."
    colonel = "The colonel said the group had lost popular support."
    dated = "On 2 July Hamas said the talks had failed."
    assert [s for _, s, _ in statements(group)] == ["IS"]
    assert [s for _, s, _ in statements(colonel)] == ["The colonel"]
    assert [s for _, s, _ in statements(dated)] == ["Hamas"]
    # the auxiliary still makes a passive
    assert statements("The town is said to have fallen.") == []


def test_a_relative_clause_after_a_place_based_organisation() -> None:
    text = (
        "The UK based Syrian Observatory for Human Rights which tracks the violence across "
        "the country said the explosion killed 25."
    )
    (speaker,) = [s for _, s, _ in statements(text)]
    assert speaker is not None and speaker.endswith("Syrian Observatory for Human Rights")


def test_a_trailing_adverb_is_no_part_of_the_speaker() -> None:
    text = "The group's military wing meanwhile said it would postpone the return of a body."
    assert [speaker for _, speaker, _ in statements(text)] == ["The group's military wing"]
    text = "Israel and Hamas both accused each other of breaking the ceasefire."
    assert [speaker for _, speaker, _ in statements(text)] == ["Israel; Hamas"]


def test_a_named_body_is_not_an_earlier_speaker_sharing_its_head_word() -> None:
    text = (
        "The group's military wing said it would postpone the handover. "
        "The Israeli military also released footage from a drone that it said showed "
        "operatives at work. "
        '"Shortly afterwards," it added, the operatives "staged a false display."'
    )
    assert [speaker for _, speaker, _ in statements(text)] == [
        "The group's military wing",
        "The Israeli military",
        "The Israeli military",
    ]


def test_an_acronym_takes_the_name_the_article_spells_out() -> None:
    text = (
        "The World Health Organization sent experts to the region. "
        "The WHO said it was likely that some kind of chemical was used."
    )
    assert [speaker for _, speaker, _ in statements(text)] == ["World Health Organization"]
    # an acronym never spelled out stays as it is
    assert [s for _, s, _ in statements("The WHO said the risk was high.")] == ["WHO"]


def test_the_company_is_the_company_that_spoke_before() -> None:
    text = (
        "Canada Development Corp said its unit completed a refinancing package. "
        "The company said the refinancing will reduce borrowing costs."
    )
    assert [speaker for _, speaker, _ in statements(text)] == [
        "Canada Development Corp",
        "Canada Development Corp",
    ]


def test_a_pronoun_after_the_reported_clause_is_the_last_speaker() -> None:
    text = "The agency said the hospital was attacked. A nurse was killed in the assault, it added."
    assert [speaker for _, speaker, _ in statements(text)] == ["The agency", "The agency"]


def test_a_reuters_ticker_neither_ends_a_sentence_nor_joins_the_speaker() -> None:
    text = (
        "HOUSTON, Oct 19 - Lane Telecommunications Inc <LNTL.O> said\n"
        "Richard Lane, its president, resigned effective Oct 23.\n"
        "    He said he resigned to pursue other business interests."
    )
    found = statements(text)
    assert [speaker for _, speaker, _ in found] == ["Lane Telecommunications Inc", "Richard Lane"]
    assert found[0][0].startswith("Lane Telecommunications Inc <LNTL.O> said")


def test_web_furniture_is_no_person_and_a_glued_title_starts_a_sentence() -> None:
    text = (
        "Kieran Conway said the IRA was responsible for the bombings. "
        "Video Loading Video Unavailable Click to play Tap to play The video will start "
        "in 8 Cancel Play now. He added that the talks had been a mistake."
    )
    assert [speaker for _, speaker, _ in statements(text)] == ["Kieran Conway", "Kieran Conway"]


def test_a_first_name_takes_the_full_name_of_the_one_person_it_names() -> None:
    text = "Brian Hambleton lost his sister. Brian added: “The police keep saying no.”"
    assert [speaker for _, speaker, _ in statements(text)] == ["Brian Hambleton"]
    # a word that also names a place stays as it is
    text = "Israel Katz spoke. Strikes went on in Israel. Israel said it would respond."
    assert [speaker for _, speaker, _ in statements(text)] == ["Israel"]


def test_continues_to_and_a_warning_call_are_no_part_of_an_attribution() -> None:
    assert [s for _, s, _ in statements("Adams continues to deny that he was in the IRA.")] == [
        "Adams"
    ]
    assert (
        statements("Listen to our recreation of the bombings warning call made to the paper.") == []
    )


def test_a_coordinated_verb_takes_the_subject_and_a_headline_question_word_no_name() -> None:
    text = "Russia denies direct involvement but says some Russian volunteers are fighting."
    assert [speaker for _, speaker, _ in statements(text)] == ["Russia"]
    text = (
        "Is Russia sending troops? Russia denies direct involvement but says volunteers "
        "are fighting."
    )
    assert [speaker for _, speaker, _ in statements(text)] == ["Russia"]


def test_indicated_that_and_questioning_whether_report() -> None:
    assert [
        s for _, s, _ in statements("Intelligence sources have indicated that 500 joined.")
    ] == ["Intelligence sources"]
    text = "But Middle East experts are questioning whether the strategy stands any chance."
    assert [speaker for _, speaker, _ in statements(text)] == ["Middle East experts"]


def test_revealing_and_findings_report_and_brackets_leave_the_speaker() -> None:
    text = "Conway, who makes the admissions in his memoir, also revealed that the unit fled."
    assert [speaker for _, speaker, _ in statements(text)] == ["Conway"]
    text = "[The UK Ministry of Defence confirms it has spent $22.7 million on the base.]"
    assert [speaker for _, speaker, _ in statements(text)] == ["The UK Ministry of Defence"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Admiral Samuel Locklear III said the missile could be intercepted.", "Samuel Locklear"),
        ("Martin Luther King Jr. said the march would go on.", "Martin Luther King"),
    ],
)
def test_a_generational_suffix_is_no_part_of_the_speaker_s_name(text: str, speaker: str) -> None:
    assert [s for _, s, _ in statements(text)] == [speaker]


def test_the_colonel_is_the_one_colonel_the_article_names() -> None:
    text = "Col Haitham Afisi defected last year. The colonel said the group had lost support."
    assert [speaker for _, speaker, _ in statements(text)] == ["Haitham Afisi"]
    two = "Col Ali Hassan and Col Omar Khalil met. The colonel said the talks failed."
    assert [speaker for _, speaker, _ in statements(two)] == ["The colonel"]
    # one admiral, named once with his generational suffix
    admiral = (
        "Navy Admiral Samuel Locklear III visited Seoul on Tuesday. Adm. Samuel Locklear flew "
        "home later. The admiral said the missile could be intercepted."
    )
    assert [speaker for _, speaker, _ in statements(admiral)] == ["Samuel Locklear"]


def test_a_sentence_adverb_before_a_subject_is_no_name() -> None:
    text = (
        "Rami Abdel Rahman said the city fell. Elsewhere Syrian troops ousted the group. "
        "At least 287 fighters had been killed he said."
    )
    assert [speaker for _, speaker, _ in statements(text)][-1] == "Rami Abdel Rahman"


def test_a_pronoun_ending_a_speaker_phrase_is_the_speaker() -> None:
    # Commas lost in scraping glue the pronoun to the clause before it.
    text = "Samira Haddad fled Madaya. Her husband had vowed to live and die there she said."
    assert [speaker for _, speaker, _ in statements(text)] == ["Samira Haddad"]
    # After a quotation the pronoun is the last speaker, not the sentence's subject.
    text = (
        "The coalition said 20 people were killed. "
        'The strikes "have severely constricted terrorist freedom of movement" it added.'
    )
    assert [speaker for _, speaker, _ in statements(text)] == ["The coalition", "The coalition"]


def test_no_one_is_no_speaker() -> None:
    assert statements("No one claimed responsibility for the attack.") == []
    assert statements("Nobody has claimed the bombing.") == []
    text = "No group has yet claimed responsibility for the bombing, police said."
    assert [speaker for _, speaker, _ in statements(text)] == ["police"]


def test_a_titled_name_after_a_description_is_the_speaker() -> None:
    text = (
        "The Iraqi commander in charge of the south, General Mohan al-Furayji, said he "
        "would ask for help."
    )
    assert [speaker for _, speaker, _ in statements(text)] == ["Mohan al-Furayji"]
    # A phrase that only ends with a capitalised name is no titled name.
    # (the hyphenated rank is a title, as "Maj." is)
    text = "Maj-Gen Rick Lynch, commander of the 3rd Infantry Division, said 48 bombs exploded."
    assert [speaker for _, speaker, _ in statements(text)] == ["Rick Lynch"]


def test_an_attribution_set_off_by_commas_names_its_speaker_after_the_verb() -> None:
    text = "The move, said one diplomat, was a sign of weakness."
    assert [speaker for _, speaker, _ in statements(text)] == ["one diplomat"]
    text = "The decision shows, say American commanders, that the threat is real."
    assert [speaker for _, speaker, _ in statements(text)] == ["American commanders"]
    # A speaker before the verb keeps the statement: what follows is what was said.
    text = "Putin, the Kremlin leader, said Ukraine, which is a sovereign state, must choose."
    assert [speaker for _, speaker, _ in statements(text)] == ["Putin"]


def test_a_document_issued_by_a_named_source_is_that_source_speaking() -> None:
    text = "He was hanged, according to a statement issued by the Sawaiq al-Rahman Brigade."
    assert [speaker for _, speaker, _ in statements(text)] == ["the Sawaiq al-Rahman Brigade"]
    text = "According to a statement from the Interior Ministry, 12 people died."
    assert [speaker for _, speaker, _ in statements(text)] == ["Interior Ministry"]
    text = "Between 384 and 807 civilians were killed, according to reports logged by the Bureau."
    assert [speaker for _, speaker, _ in statements(text)] == ["Bureau"]


def test_market_speakers_are_role_nouns() -> None:
    text = "French stock prices fell more than 10 pct on Monday, dealers said."
    assert [speaker for _, speaker, _ in statements(text)] == ["dealers"]
    text = "The dollar firmed against the yen as investors took profits, traders said."
    assert [speaker for _, speaker, _ in statements(text)] == ["traders"]


def test_said_by_an_agent_names_the_speaker() -> None:
    text = "The second drone was said by Reverol to have lost control."
    assert [speaker for _, speaker, _ in statements(text)] == ["Reverol"]


def test_rebels_and_militants_speak() -> None:
    text = "The army retreated from the town as rebels claim the group wants a base there."
    assert [speaker for _, speaker, _ in statements(text)] == ["rebels"]


def test_statements_in_a_text_with_many_quotations_are_found_as_in_each_paragraph() -> None:
    # Quotations near a sentence are looked up by bisection once a text has many.
    paragraphs = [
        f"“The army said it would hold bridge {n},” Colonel {name} told reporters. "
        f"Rebels said the town of Lirra was ‘quiet’ on day {n}."
        for n, name in enumerate(["Ivan Petrov", "Oleg Sokolov", "Pavel Orlov"] * 4)
    ]
    text = "\n\n".join(paragraphs)
    expected = []
    for paragraph in paragraphs:
        expected += [(text_, speaker) for text_, speaker, _ in statements(paragraph)]
    assert [(text_, speaker) for text_, speaker, _ in statements(text)] == expected
    assert len(expected) == 24


def test_a_monitor_is_the_one_monitoring_body_the_article_names_anywhere() -> None:
    # The Observatory never speaks itself: it is named in its director's description.
    text = (
        "An airstrike killed five fighters on Wednesday, a monitoring group said. "
        '"Two men died in the car," said Rami Abdel Rahman, director of the Syrian '
        "Observatory for Human Rights."
    )
    assert [s for _, s, _ in statements(text)] == [
        "Syrian Observatory for Human Rights",
        "Rami Abdel Rahman",
    ]
    # Two monitoring bodies: the description names neither.
    both = text + " The Iraq Body Count Monitor reported 12 deaths, the Euro-Med Monitor said."
    assert statements(both)[0][1] == "a monitoring group"
    # A group that is no monitor is not resolved to one.
    rebels = text.replace("a monitoring group", "a rebel group")
    assert statements(rebels)[0][1] == "a rebel group"


def test_a_based_descriptor_without_its_hyphen_is_no_part_of_the_name() -> None:
    text = "The UK based Syrian Observatory for Human Rights said 12 soldiers were killed."
    assert statements(text) == [(text, "Syrian Observatory for Human Rights", None)]


def test_a_pair_of_bare_plural_nouns_is_one_speaker() -> None:
    text = "Patients and staff reported severe breathing problems after the strike."
    assert statements(text)[0][1] == "Patients and staff"
    named = "Hamas and Hezbollah said the strike killed 12 fighters."
    assert statements(named)[0][1] == "Hamas; Hezbollah"


def test_the_ministry_is_the_last_ministry_that_spoke_not_any_organisation() -> None:
    opening = "Hamas said the strikes broke the ceasefire. "
    health = "At least 30 people were killed, according to the territory's health ministry."
    assert [s for _, s, _ in statements(opening + health)] == [
        "Hamas",
        "the territory's health ministry",
    ]
    named = "The Health Ministry said 12 people died. " + opening
    later = "Thirty more were killed, the ministry said."
    assert [s for _, s, _ in statements(named + later)][-1] == "Health Ministry"


def test_a_hyphened_descriptor_is_no_verb_and_no_word_of_the_subject() -> None:
    text = (
        "The Britain-based Syrian Observatory for Human Rights monitoring group put the "
        "death toll at 58 saying there were 11 children among the dead."
    )
    assert statements(text) == [(text, "Syrian Observatory for Human Rights", None)]


def test_a_sentence_adverb_set_off_by_a_comma_is_no_speaker() -> None:
    text = (
        "Now, Julie and Brian Hambleton, who lost their sister in the bombings, said they "
        "wanted answers."
    )
    assert statements(text)[0][1] == "Julie Hambleton; Brian Hambleton"


def test_a_relative_pronoun_before_the_cue_stands_for_its_antecedent() -> None:
    army = "Witnesses blamed the army, which said 20 rebels were killed."
    assert statements(army)[0][1] == "the army"
    source = 'Reuters reported a military source who said "The battles are ongoing."'
    assert statements(source)[0][1] == "a military source"


def test_a_speaker_after_the_verb_said_the_quotation_before_it() -> None:
    text = (
        'IS "was expelled by the army from Zuhur, the last district" said Syrian '
        "Observatory for Human Rights director Rami Abdel Rahman."
    )
    assert statements(text)[0][1] == "Rami Abdel Rahman"
    # A pronoun between the quotation and the verb still speaks.
    pronoun = 'The army said the town was calm. Rebels "have fled the town" it said.'
    assert [s for _, s, _ in statements(pronoun)] == ["The army", "The army"]


def test_a_lower_case_el_inside_a_name_is_a_particle() -> None:
    text = (
        "Egypt has agreed to build two roads, commercial attache Muhammud el Tahan said. "
        "He said Egyptian companies will build 8,000 housing units."
    )
    assert [s for _, s, _ in statements(text)] == ["Muhammud el Tahan"] * 2


def test_lower_case_modifiers_before_a_role_noun_belong_to_the_speaker() -> None:
    text = "Iran was not deterred, according to U.S. defense officials."
    assert statements(text)[0][1] == "U.S. defense officials"
    two = "Twelve soldiers died, according to Israeli military intelligence officials."
    assert statements(two)[0][1] == "Israeli military intelligence officials"
    # "and" joins another speaker, it modifies none
    pair = (
        "Nine people died, according to Iraqi army First Lieutenant Waad Mohammed and "
        "police Lieutenant Mohammed al-Juburi."
    )
    assert statements(pair)[0][1] == "Waad Mohammed"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "More than 1,900 Gazans have been killed, according to Palestinian and "
            "United Nations\nofficials.",
            "Palestinian; United Nations officials",
        ),
        ("Ten people were killed, according to Iraqi and US officials.", "Iraqi; US officials"),
        (
            "Ten died, according to Israeli and Palestinian health officials.",
            "Israeli; Palestinian health officials",
        ),
        # control: no head noun follows the second modifier, the nationality as before
        ("Ten died, according to Iraqi and Kurdish Peshmerga.", "Iraqi"),
    ],
)
def test_according_to_coordinated_nationalities_share_the_head_noun(
    text: str, speaker: str
) -> None:
    assert statements(text)[0][1] == speaker


def test_an_attribution_after_its_verb_may_end_with_a_day() -> None:
    text = "Twelve people died in the strike, said Reuters on Monday."
    assert statements(text)[0][1] == "Reuters"


def test_a_national_broadcaster_after_a_place_without_commas_is_the_speaker() -> None:
    text = (
        "A bomb blast killed six people in the Salah al-Din district of Aleppo Syrian "
        "state television said."
    )
    assert statements(text)[0][1] == "Syrian state television"


def test_an_office_described_is_the_one_holder_the_article_names() -> None:
    text = (
        "French President Francois Hollande arrived in Kiev. "
        '"Ukraine is at war," the French leader said.'
    )
    assert [speaker for _, speaker, _ in statements(text)] == ["Francois Hollande"]
    foreign = (
        "US Secretary of State Antony Blinken met his Russian counterpart. "
        "The top US diplomat said the talks were useful."
    )
    assert [speaker for _, speaker, _ in statements(foreign)] == ["Antony Blinken"]
    # two leaders of that nation, or none of it: no guess
    two = (
        "French President Francois Hollande and French Prime Minister Manuel Valls met. "
        "The French leader said the talks failed."
    )
    assert [speaker for _, speaker, _ in statements(two)] == ["The French leader"]
    other = (
        "German Chancellor Angela Merkel arrived in Kiev. The French leader said the talks failed."
    )
    assert [speaker for _, speaker, _ in statements(other)] == ["The French leader"]


def test_websites_writers_critics_and_the_opposition_speak() -> None:
    text = "A militant website said 10 people were killed."
    assert [speaker for _, speaker, _ in statements(text)] == ["A militant website"]
    text = "In one entry, the anonymous writer said he drove to Tokyo."
    assert [speaker for _, speaker, _ in statements(text)] == ["the anonymous writer"]
    text = "Yet on Sunday, critics say, an authoritarian system will be formalized."
    assert [speaker for _, speaker, _ in statements(text)] == ["critics"]
    text = "The opposition on Thursday called for three days of protests."
    assert [speaker for _, speaker, _ in statements(text)] == ["The opposition"]


def test_alleging_suggesting_and_playing_down_report() -> None:
    text = "The administration targeted 13 officials, alleging violations of human rights."
    assert [speaker for _, speaker, _ in statements(text)] == ["The administration"]
    text = "Some observers suggest that unrest will worsen."
    assert [speaker for _, speaker, _ in statements(text)] == ["Some observers"]
    text = "Freddy Guevara, an opposition leader, played down the chances of any deal."
    assert [speaker for _, speaker, _ in statements(text)] == ["Freddy Guevara"]


def test_pages_statements_and_bodies_named_elsewhere() -> None:
    # a page speaks for its owner, not for its platform, and is no person
    text = (
        "An ISIS-affiliated Facebook page said one civilian died. "
        "It also said the bombing destroyed several bridges."
    )
    assert [speaker for _, speaker, _ in statements(text)] == [
        "An ISIS-affiliated Facebook page",
        "An ISIS-affiliated Facebook page",
    ]
    text = "The Ariha Today Facebook page posted a photo of the ruins."
    assert [speaker for _, speaker, _ in statements(text)] == ["Ariha Today Facebook page"]
    # a body's statement is the body's word, and "the statement" stands for it later
    text = (
        "A Defense Ministry statement said forces repelled an attack. "
        "Twenty militants were killed, said the statement."
    )
    assert [speaker for _, speaker, _ in statements(text)] == [
        "Defense Ministry",
        "Defense Ministry",
    ]
    # "The Observatory" is the one observatory the article names, if only in passing
    text = (
        "Rami Abdurrahman, who heads the Britain-based Syrian Observatory for Human "
        "Rights, said the plane crashed. The Observatory later said 31 people were killed."
    )
    assert [speaker for _, speaker, _ in statements(text)][-1] == (
        "Syrian Observatory for Human Rights"
    )


def test_accented_names_expand_and_a_first_name_met_first_is_someone_else() -> None:
    text = (
        "President Nicolás Maduro spoke on Monday. "
        "Maduro has acknowledged that the government is pressuring employees."
    )
    assert [speaker for _, speaker, _ in statements(text)][-1] == "Nicolás Maduro"
    text = (
        "But José, a Caracas bus driver, said he would vote. "
        "Former prime minister José Luis Rodríguez Zapatero said the talks would go on."
    )
    assert statements(text)[0][1] == "José"


def test_a_described_speaker_named_in_apposition_is_the_name() -> None:
    text = "“I can’t sleep,” said her son, Luis González Añez, 23, who was refused entry."
    assert [speaker for _, speaker, _ in statements(text)] == ["Luis González Añez"]
    text = "The strikes will go on, said the spokesman, Ahmed Hassan."
    assert [speaker for _, speaker, _ in statements(text)] == ["Ahmed Hassan"]
    # a description after the comma, or a relaying outlet, names nobody new
    text = "“I can’t sleep,” said his lawyer, a former judge."
    assert [speaker for _, speaker, _ in statements(text)] == ["his lawyer"]
    text = "“We will stay,” said the ministry, Reuters reported."
    assert [speaker for _, speaker, _ in statements(text)] == ["the ministry"]


def test_the_subject_before_an_aside_between_dashes() -> None:
    text = (
        "Maduro — the anointed successor of Hugo Chávez, who died in 2013 — strongly "
        "defends the new assembly, saying it will fortify the state."
    )
    assert [speaker for _, speaker, _ in statements(text)] == ["Maduro"]


def test_speech_that_lost_its_quote_marks_joins_the_attribution_after_it() -> None:
    speech = (
        "Weve lost everything. We hope to go back one day but I dont expect we will said "
        "Noha 45 asking not to be named."
    )
    text = f"Reuters lost contact with Noha after the blast. {speech} Noha left the town."
    assert [(t, s) for t, s, _ in statements(text)] == [(speech, "Noha")]


@pytest.mark.parametrize(
    ("text", "openings"),
    [
        # a first-person sentence with its own attribution is a statement of its own
        (
            "These acts are meant to hurt our children he told SANA. The groups are desperate "
            "and will fail the Premier said.",
            ["These acts", "The groups"],
        ),
        # … and so is one whose reporting verb names no speaker
        (
            "We were told to leave the town. The groups are desperate and will fail the "
            "Premier said.",
            ["The groups"],
        ),
        # the speaker before the verb: no speech before the attribution
        ("We lost everything in the war. Noha said the town was calm.", ["Noha said"]),
        # a text that keeps its quote marks lost none
        (
            'He spoke to "Reuters" on Monday. We lost everything. We hope to go back one day '
            "but I dont expect we will she said.",
            ["We hope"],
        ),
    ],
)
def test_speech_before_an_attribution_needs_first_person_without_quote_marks(
    text: str, openings: list[str]
) -> None:
    found = statements(text)
    assert len(found) == len(openings)
    assert [t[: len(o)] for (t, _, _), o in zip(found, openings, strict=True)] == openings


@pytest.mark.parametrize(
    ("pronoun", "name"), [("him", "Sergei Lavrov"), ("her", "Maria Zakharova")]
)
def test_a_pronoun_quoted_as_saying_stands_for_the_person_before(pronoun: str, name: str) -> None:
    text = (
        f"{name} spoke in Moscow on Monday.\n\n'It is about ties between people,' Interfax "
        f"quoted {pronoun} as saying."
    )
    assert statements(text)[-1][1:] == (name, "Interfax")


def test_words_quoted_inside_a_report_are_the_quoted_persons() -> None:
    text = (
        "Public broadcaster NHK said police quoted the unemployed man, Yasuo Yamamoto, as "
        "saying he wanted to protest."
    )
    assert statements(text) == [(text, "Yasuo Yamamoto", "police")]
    text = (
        "The Observatory said state media quoted Defence Minister Ali Ayoub as saying the "
        "offensive would continue."
    )
    assert [speaker for _, speaker, _ in statements(text)] == ["Ali Ayoub"]


def test_the_regime_facilities_and_a_statement_that_further_said_speak() -> None:
    text = "The statement further said the government requested the strikes."
    assert [speaker for _, speaker, _ in statements(text)] == ["The statement"]
    text = "But the regime has denied any responsibility."
    assert [speaker for _, speaker, _ in statements(text)] == ["the regime"]
    text = "These same rebel-controlled facilities reported 294 wounded."
    assert [speaker for _, speaker, _ in statements(text)] == [
        "These same rebel-controlled facilities"
    ]
    # "further" before a noun cue still makes it a noun
    assert statements("There were further reports of shelling.") == []


def test_it_added_at_the_end_of_a_sentence_whose_comma_was_lost() -> None:
    text = "The Observatory said 20 died. The death toll is expected to rise it added."
    assert [speaker for _, speaker, _ in statements(text)] == ["Observatory", "Observatory"]


def test_monitors_and_bodies_named_at_the_end_of_a_phrase() -> None:
    text = (
        "The Syrian Observatory for Human Rights said 20 died. At least 24 people were "
        "killed on Tuesday, a Britain-based war monitor said."
    )
    assert [speaker for _, speaker, _ in statements(text)] == [
        "Syrian Observatory for Human Rights",
        "Syrian Observatory for Human Rights",
    ]
    text = (
        "The Syrian Observatory for Human Rights said 20 died. Air strikes killed 12 "
        "people including civilians and rebel fighters the Observatory said."
    )
    assert [speaker for _, speaker, _ in statements(text)][-1] == (
        "Syrian Observatory for Human Rights"
    )
    # "the head of the Observatory" is the head, not the Observatory
    text = (
        "The Syrian Observatory for Human Rights said 20 died. "
        "The head of the Observatory said more had died."
    )
    assert [speaker for _, speaker, _ in statements(text)][-1] == "The head of the Observatory"


def test_a_name_given_an_acronym_is_a_body_the_charity_can_stand_for() -> None:
    text = (
        "A hospital funded by the medical charity Medecins Sans Frontieres [MSF] was hit. "
        "MSF said the hospital was hit directly. "
        "The medical charity said the attack deprived 70000 people of care."
    )
    assert [speaker for _, speaker, _ in statements(text)][-1] == "Medecins Sans Frontieres"


def test_arabic_surnames_with_their_article_and_possessives_without_apostrophes() -> None:
    text = (
        "Local activist Mohammad al-Halabi told The New Arab that 22 died. "
        "Halabi confirmed the dead included the chief."
    )
    assert [speaker for _, speaker, _ in statements(text)] == ["Mohammad al-Halabi"] * 2
    text = (
        "Footage taken by journalist Zouhir al-Shimale shows empty streets. "
        "Zouhir told The New Arab that residents see no future."
    )
    assert [speaker for _, speaker, _ in statements(text)] == ["Zouhir al-Shimale"]
    text = "Bashar al-Assad met the envoy. Assads comments came after the meeting."
    assert [speaker for _, speaker, _ in statements(text)] == ["Bashar al-Assad"]


def test_a_body_by_its_first_name_a_monitor_described_and_a_report_by_a_body() -> None:
    text = "The Syrian Civil Defence or White Helmets reported on Thursday that 12 died."
    assert [speaker for _, speaker, _ in statements(text)] == ["Syrian Civil Defence"]
    text = (
        "The Syrian Observatory for Human Rights counted the dead. The White Helmets said "
        "12 died. Over 350 civilians have been killed, the UK-based monitor said."
    )
    assert [speaker for _, speaker, _ in statements(text)][-1] == (
        "Syrian Observatory for Human Rights"
    )
    text = "According to a report by the Syrian Network for Human Rights 20 civilians died."
    assert [speaker for _, speaker, _ in statements(text)] == ["Syrian Network for Human Rights"]


def test_lives_claimed_are_a_toll_not_a_claim() -> None:
    text = "Coalition strikes have also claimed hundreds of civilian lives."
    assert statements(text) == []


def test_the_prime_minister_and_a_name_opening_a_long_clause() -> None:
    text = (
        "Prime Minister David Cameron spoke in London. "
        "The Prime Minister has said that Britain will withdraw."
    )
    assert [speaker for _, speaker, _ in statements(text)] == ["David Cameron"]
    text = (
        "President Barack Obama and President Hamid Karzai met. "
        "The President said the talks went well."
    )
    assert [speaker for _, speaker, _ in statements(text)] == ["President"]
    text = (
        "The Syrian Observatory for Human Rights counted 20 dead. The Observatory relies "
        "on a network of sources inside Syria and says it determines whose planes struck."
    )
    assert [speaker for _, speaker, _ in statements(text)][-1] == (
        "Syrian Observatory for Human Rights"
    )


def test_a_day_before_the_subject_is_no_name_and_a_photographer_speaks() -> None:
    text = (
        "Yesterday Nato's Supreme Allied Commander, General Philip Breedlove, spoke at a "
        "briefing in Brussels. 'We are ready,' he said."
    )
    assert [s for _, s, _ in statements(text)] == ["Philip Breedlove"]
    # a role before the place it stands in speaks, not the place alone
    text = "An AFP photographer in Douma said the strikes hit residential areas."
    assert statements(text) == [(text, "An AFP photographer in Douma", None)]


def test_a_toll_given_by_its_source_is_a_statement() -> None:
    text = (
        "The Islamic State group claimed the bombing. The Syrian Observatory for Human "
        "Rights a British-based monitoring group gave a slightly lower toll of 31 people "
        "killed. Officials later raised the death toll to 40."
    )
    found = [
        (s, rule)
        for s, rule in ((c.speaker, c.rule) for c in detect(text))
        if rule.startswith("statement")
    ]
    assert found == [
        ("Islamic State", "statement.claimed"),
        ("Syrian Observatory for Human Rights", "statement.toll_given"),
        ("Officials", "statement.toll_given"),
    ]
    # no source, no statement; a reporting verb before the toll stays the cue
    assert statements("The blast raised the death toll to 40.") == []
    text = '"The cases show signs of exposure" WHO said in a statement putting the toll at 70.'
    assert [s for _, s, _ in statements(text)] != ["WHO said"]


def test_concern_expressed_and_a_point_made_clear_are_statements() -> None:
    text = "The Foreign Press Association has expressed its concern about the strikes."
    assert statements(text) == [(text, "Foreign Press Association", None)]
    text = "The general made it clear that any decision would depend on the target."
    assert statements(text) == [(text, "The general", None)]


def test_a_whole_name_opening_a_sentence_and_an_acronym_possessive() -> None:
    text = (
        "Farmer Malam Abdullahi wept over the bodies of his sons. 'I am taking my boys "
        "out of school,' he told reporters."
    )
    assert [s for _, s, _ in statements(text)] == ["Farmer Malam Abdullahi"]
    text = (
        "Silvia Dallatomasina MSFs head of mission visited the hospital. 'It is an outrage,' "
        "she said."
    )
    assert [s for _, s, _ in statements(text)] == ["Silvia Dallatomasina"]


def test_a_source_glued_after_a_place_and_a_subject_before_an_aside() -> None:
    text = "At least 70 fighters died in an assault in northern Syria a monitor said."
    assert statements(text) == [(text, "a monitor", None)]
    # after a clause's last word, commas lost
    text = "Rebels drove troops out of a base in fighting that left dozens dead a monitor said."
    assert statements(text) == [(text, "a monitor", None)]
    text = (
        "US President Barack Obama, beginning a tour of Asia, backed the talks and said "
        "the rockets must stop."
    )
    assert statements(text) == [(text, "Barack Obama", None)]


def test_a_verb_wrapped_onto_the_next_line_keeps_its_subject() -> None:
    text = "Chuck Hagel spoke in Brussels.\n\nHe\n said: 'They are not where they need to be.'"
    assert [s for _, s, _ in statements(text)] == ["Chuck Hagel"]


def test_a_speaker_named_after_the_verb_at_the_sentence_end_said_the_clause() -> None:
    # commas lost in scraping: the speaker after "said" ends the sentence
    text = (
        "The road is the main supply route for regime forces in western Aleppo said "
        "observatory head Rami Abdel Rahman. Militants attacked positions near Tabaqa "
        "a stronghold on the Euphrates River said the monitoring group."
    )
    assert [s for _, s, _ in statements(text)] == ["Rami Abdel Rahman", "the monitoring group"]


def test_a_speaker_named_after_the_verb_with_an_age_or_a_description_said_the_clause() -> None:
    # commas lost: the name after "said" is followed by an age or a description
    aged = (
        "We hope to go back one day but I dont expect we will said Noha 45 asking not to be "
        "identified by her last name."
    )
    described = (
        "They will cut the Khanasser route which is the only artery we have said Hossam "
        "Qassab a 32-year-old pharmacist."
    )
    assert [s for _, s, _ in statements(aged)] == ["Noha"]
    assert [s for _, s, _ in statements(described)] == ["Hossam Qassab"]


def test_a_name_and_an_age_after_the_verb_of_a_subject_are_what_was_said() -> None:
    text = "Tokyo police said Yasuo Yamamoto 40 turned himself in to the authorities late."
    assert [s for _, s, _ in statements(text)] == ["Tokyo police"]


def test_a_surname_opening_a_sentence_makes_its_person_the_one_he_stands_for() -> None:
    text = (
        "Kieran Conway, a former IRA officer, broke a 40-year silence. He met senior "
        "republicans, including Sinn Fein president Gerry Adams. Adams continues to deny "
        "that he was ever in the IRA. Conway was later jailed in Belfast. He claimed the "
        "declaration reinforced partition."
    )
    assert [s for _, s, _ in statements(text)][-1] == "Kieran Conway"


def test_a_clause_or_a_day_after_the_verb_is_no_inverted_speaker() -> None:
    text = "The ministry said the police arrested five men. The army said on Monday."
    assert [s for _, s, _ in statements(text)] == ["The ministry", "The army"]


def test_adding_troops_or_declining_to_say_reports_no_speech() -> None:
    text = (
        "The U.S. is adding 350 more troops to protect the embassy in Baghdad. "
        "The spokesman declined Monday to say how many troops had moved."
    )
    assert statements(text) == []


def test_a_person_named_in_apposition_to_an_opening_description_is_he() -> None:
    text = (
        "Al-Shabab spokesman Ali Mohamud Rage said the group would strike. "
        "A Kenyan military spokesman, Maj. Emmanuel Chirchir, declined to say how many "
        "troops had moved. ‘We have sufficient forces,’ he said."
    )
    assert [s for _, s, _ in statements(text)] == ["Ali Mohamud Rage", "Emmanuel Chirchir"]


def test_a_titled_surname_opening_a_sentence_is_the_person_he_points_to() -> None:
    text = (
        "Tony Blair spoke in an interview. French President Jacques Chirac reacted by "
        "saying Europe needed unity. Mr Blair has been close to President Bush. "
        "America needed to listen to the world too, he said."
    )
    assert [s for _, s, _ in statements(text)][-1] == "Tony Blair"


def test_she_is_not_a_man_the_text_calls_mr() -> None:
    text = (
        "Oona Smith said she welcomed the contest. George Galloway said he would stand. "
        'She said: "I am delighted." Ms Smith and Mr Galloway have never met.'
    )
    assert [s for _, s, _ in statements(text)] == ["Oona Smith", "George Galloway", "Oona Smith"]


def test_a_centre_or_an_executioner_speaks() -> None:
    text = (
        "In a statement the center said that militants shelled the town. "
        "The executioner tells the camera that he is back."
    )
    assert [s for _, s, _ in statements(text)] == ["the center", "The executioner"]


@pytest.mark.parametrize(
    "text",
    [
        "Nyrabiya pointed out that the strikes targeted markets.",
        "The coalition highly commended the courage of the rescuers.",
        "The minister criticised nations that stood aside.",
        "President Obama confessed the crisis could persist.",
        "He also made clear he intended to stay.",
        "Britain was uniquely placed to help, he suggested.",
        "The center went on to state that three towns had joined the truce.",
    ],
)
def test_pointing_out_praise_criticism_confessions_and_suggestions_report(text: str) -> None:
    assert len(statements(text)) == 1


def test_hailing_from_a_family_reports_nothing() -> None:
    assert statements("The groom hails from a prominent family in Qamishli.") == []


def test_a_named_bodys_report_speaks_for_the_body() -> None:
    text = (
        "The Syrian Observatory for Human Rights said 270 people were killed. "
        "About 30 people escaped to a nearby field, the Observatory report added. "
        "A UN report said there was evidence of abuses."
    )
    assert [s for _, s, _ in statements(text)] == [
        "Syrian Observatory for Human Rights",
        "Syrian Observatory for Human Rights",
        "A UN report",
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Those who were executed are all al-Sheitaat Observatory director Rami "
            "Abdelrahman said by telephone from Britain.",
            "Rami Abdelrahman",
        ),
        ("Syria fighting worst since Aleppo air strikes: aid agencies.", "aid agencies"),
        ("The ICRC voiced alarm that violence was spreading.", "ICRC"),
    ],
)
def test_titled_names_by_telephone_colon_sources_and_alarm(text: str, speaker: str) -> None:
    assert [s for _, s, _ in statements(text)] == [speaker]


def test_a_monitor_named_by_a_headline_is_the_monitor_the_article_names() -> None:
    text = (
        "Bombs in Aleppo kill 13 fighters: monitor. "
        "The Syrian Observatory for Human Rights said 13 fighters died."
    )
    assert [s for _, s, _ in statements(text)] == ["Syrian Observatory for Human Rights"] * 2
    # the headline's "Monitor" runs into the place before it, still no monitor's name
    glued = (
        "9 dead as new Islamist alliance attacks Syrias Aleppo Monitor AFP Thursday 2 Jul 2015 "
        "At least nine people were killed. The Syrian Observatory for Human Rights said "
        "four civilians died."
    )
    assert statements(glued)[0][1] == "Syrian Observatory for Human Rights"
    # a headline's "monitoring group" is the monitor it names too
    group = (
        "Islamic State executed 700 people from Syrian tribe: monitoring group. The "
        "Syrian Observatory for Human Rights, which has tracked violence, said so."
    )
    assert [s for _, s, _ in statements(group)] == ["Syrian Observatory for Human Rights"] * 2
    # a name starts a word: no "Assad Syrian Observatory …" from "anti-Assad", and no
    # second monitor from a tribe glued to the head word by a lost full stop
    hyphens = (
        "Islamic State kills 90 in gas field: monitor. Fighters killed 90 people a "
        "monitoring group said. The anti-Assad Syrian Observatory for Human Rights "
        "reported on Thursday that 90 had died. Those executed are all al-Sheitaat "
        "Observatory director Rami Abdelrahman said by telephone."
    )
    assert [s for _, s, _ in statements(hyphens)][:2] == ["Syrian Observatory for Human Rights"] * 2


def test_a_title_word_ending_a_name_is_a_surname() -> None:
    text = (
        "George Galloway will stand against Labour MP Oona King. Mr Galloway said he "
        'would contest the seat. Ms King said she welcomed it. She said: "I am delighted."'
    )
    assert [s for _, s, _ in statements(text)] == [
        "George Galloway",
        "Oona King",
        "Oona King",
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("But the minister signalled that a token force would stay.", "the minister"),
        ("A UN report suggests fighters have abused residents.", "A UN report"),
    ],
)
def test_signals_and_suggestions_report(text: str, speaker: str) -> None:
    assert [s for _, s, _ in statements(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # commas lost: a second article after a role, or lower-case words after a
        # name, end the source named after "according to"
        (
            "According to the UN envoy the city faces a long siege.",
            "the UN envoy",
        ),
        (
            "According to the SNHR dozens of families were forced to leave.",
            "SNHR",
        ),
    ],
)
def test_a_source_named_without_commas_ends_before_the_clause(text: str, speaker: str) -> None:
    assert [s for _, s, _ in statements(text)] == [speaker]


def test_the_twitter_account_of_a_group_speaks_for_the_group() -> None:
    text = "The town was shelled overnight, according to the Twitter account of the Levant Front."
    assert [s for _, s, _ in statements(text)] == ["Levant Front"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("'We lost everything,' said 67-year-old shop owner Karim Haddad.", "Karim Haddad"),
        ("'The road is closed,' said local taxi driver Omar Suleiman.", "Omar Suleiman"),
        ("'Nothing has changed,' said spokesman Ortega.", "Ortega"),
    ],
)
def test_a_name_after_words_describing_the_person_is_the_speaker(text: str, speaker: str) -> None:
    assert [s for _, s, _ in statements(text)] == [speaker]


def test_described_words_without_a_name_do_not_make_a_speaker_up() -> None:
    text = "'The road is closed,' said local people in Kandahar."
    assert all(s != "Kandahar" for _, s, _ in statements(text))


def test_a_subject_before_an_irregular_past_verb_speaks_for_its_participle() -> None:
    text = "He paid tribute to the fallen, saying: 'Their sacrifice will not be forgotten.'"
    previous = "General Ana Ruiz spoke at the base. "
    assert [s for _, s, _ in statements(previous + text)][-1] == "Ana Ruiz"


def test_an_apposition_with_a_relative_clause_still_names_the_speaker() -> None:
    text = (
        "Sir Colin Firth, the retired admiral who is the alliance's No. 3 officer, said last "
        "week the navy needs more ships."
    )
    assert [s for _, s, _ in statements(text)] == ["Sir Colin Firth"]


def test_reports_that_came_of_an_event_are_a_noun() -> None:
    text = "Villagers cheered as reports came of soldiers entering the town of Gao."
    assert statements(text) == []


def test_reports_that_emerged_claiming_still_report() -> None:
    text = "In Kabul reports emerged that the convoy had reached the border."
    assert len(statements(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The army refuted rebel claims about the capture of the airport.",
        "The mayor appealed for calm after the bombing.",
    ],
)
def test_refuting_and_appealing_for_report(text: str) -> None:
    assert len(statements(text)) == 1


def test_a_document_named_by_its_kind_speaks_for_whoever_issued_it() -> None:
    text = (
        "The Kurdish Red Crescent said in a statement that the clinic was hit. "
        "The statement added that two nurses were hurt."
    )
    assert [s for _, s, _ in statements(text)] == ["Kurdish Red Crescent"] * 2


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Petraeus in March told senators that the surge was working.", "Petraeus"),
        ("The ministry on Tuesday said the border was closed.", "The ministry"),
        ("Lavrov last week said the talks would resume.", "Lavrov"),
    ],
)
def test_a_time_between_the_speaker_and_the_verb_is_no_part_of_the_speaker(
    text: str, speaker: str
) -> None:
    assert [s for _, s, _ in statements(text)] == [speaker]


def test_a_participle_aside_between_the_speaker_and_the_verb_is_skipped() -> None:
    text = (
        "Mattis, confirming a delay in the pullout first reported by AP, said more troops "
        "were needed."
    )
    assert [s for _, s, _ in statements(text)] == ["Mattis"]


def test_the_subject_of_what_was_said_is_not_its_speaker() -> None:
    text = (
        "On Friday, after confirming the army had left the town, the governor denounced the raid."
    )
    assert [s for _, s, _ in statements(text)] == ["the governor"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Shelling in Idlib kills 9 civilians Monitor. The Syrian Observatory for Human "
            "Rights, a Britain-based monitor, said nine civilians died.",
            "Syrian Observatory for Human Rights",
        ),
        ("Rebel rockets hit Homs State media. Four people were hurt.", "State media"),
    ],
)
def test_a_wire_headline_ending_in_its_source_without_punctuation(text: str, speaker: str) -> None:
    assert statements(text)[0][1] == speaker


def test_a_source_label_cut_from_the_headline_by_its_colon_still_speaks() -> None:
    text = (
        "Turkish Defence Ministry: Dozens of PKK militants killed in Hakkari. No other "
        "details were given."
    )
    assert [s for _, s, _ in statements(text)] == ["Turkish Defence Ministry"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The rival militias met in Nairobi on Friday, mediators said.", "mediators"),
        ("But participants said the talks had stalled.", "participants"),
        (
            "The international community says 40,000 people have fled.",
            "The international community",
        ),
        ("Moscow disputes that figure, saying fewer troops took part.", "Moscow (Russia)"),
    ],
)
def test_mediators_participants_the_community_and_a_disputing_subject_speak(
    text: str, speaker: str
) -> None:
    assert [s for _, s, _ in statements(text)] == [speaker]


def test_a_headline_opening_with_said_speaks_for_the_last_speaker() -> None:
    text = (
        "Army spokesman Ali Hassan said the raids would go on. "
        "Said the rebels must be held to account for the shelling."
    )
    assert [s for _, s, _ in statements(text)] == ["Ali Hassan", "Ali Hassan"]


def test_a_time_like_for_the_first_time_between_speaker_and_verb_is_skipped() -> None:
    text = "President Reagan for the first time admitted he was wrong to sell arms to Iran."
    assert [s for _, s, _ in statements(text)] == ["Reagan"]


def test_they_stands_for_the_people_last_named_together() -> None:
    text = (
        "Secretary Shultz and Secretary Weinberger have said they opposed the deal. "
        "They also said they were unaware of the diversion of funds."
    )
    assert [s for _, s, _ in statements(text)] == ["Shultz; Weinberger"] * 2


def test_an_outlet_saying_what_a_named_leader_warned_relays_it() -> None:
    text = "Ayatollah Ruhollah Khomeini warned the nation against dissent, Tehran radio said."
    assert statements(text) == [(text, "Ruhollah Khomeini", "Tehran radio")]


def test_a_wire_headline_names_its_source_after_a_dash() -> None:
    text = "IRAN HAS ANTI-SHIP MISSILES NEAR GULF - PAPER\nIran has deployed six missiles."
    assert [(t, s) for t, s, _ in statements(text)] == [
        ("IRAN HAS ANTI-SHIP MISSILES NEAR GULF - PAPER", "PAPER")
    ]


def test_a_headline_with_a_dash_and_no_source_word_is_no_statement() -> None:
    assert statements("IRAN OPENS OFFENSIVE - FIRST IN MONTHS\nFighting went on.") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Initially the police also blamed the Communist Party for the attack.", "the police"),
        ("After the deaths, the IRA tried to blame the security forces for failing.", "IRA"),
        ("The regime has attempted to blame the rebels for the attack.", "The regime"),
    ],
)
def test_an_opening_adverb_and_a_verb_of_trying_are_no_speaker(text: str, speaker: str) -> None:
    assert [s for _, s, _ in statements(text)] == [speaker]


def test_he_after_a_titled_surname_that_follows_a_time() -> None:
    text = (
        "A statement after a meeting at Stormont Castle, said that ministers had met. "
        "Early today Mr Whitelaw gave an interview to the BBC. "
        'He said: "I am going to make an immediate and clear response."'
    )
    assert [s for _, s, _ in statements(text)][-1] == "Mr Whitelaw"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Brigadier Martin Moore, of the UK's Joint Forces Support, said the operation "
            "was carefully thought out.",
            "Martin Moore",
        ),
        (
            "Defence Secretary Philip Hammond responded by signalling last night that the "
            "law would change.",
            "Philip Hammond",
        ),
        ("Defence Secretary admits 'mistakes were made' in Afghanistan", "Defence Secretary"),
        (
            "Mr Fallon admitted ‘mistakes were made’ by both officers and politicians.",
            "Fallon",
        ),
    ],
)
def test_a_long_of_phrase_signalling_admits_and_an_agent_of_a_quoted_clause(
    text: str, speaker: str
) -> None:
    assert [s for _, s, _ in statements(text)] == [speaker]


def test_they_opening_a_sentence_stands_for_the_last_body_that_spoke() -> None:
    text = (
        "Senior commanders said the mission was over. "
        "But they warn that the threat of casualties will endure."
    )
    assert [s for _, s, _ in statements(text)] == ["Senior commanders"] * 2


def test_accepting_responsibility_is_a_statement() -> None:
    text = "The Provisional IRA accepted responsibility for the bombings."
    assert statements(text) == [(text, "Provisional IRA", None)]


def test_the_radio_named_again_is_the_outlet_that_relayed_an_earlier_statement() -> None:
    text = (
        "Khomeini warned the nation against discord, Tehran radio said. "
        "His audience included President Ali Khamenei and military leaders, the radio said."
    )
    assert [s for _, s, _ in statements(text)] == ["Khomeini", "Tehran radio"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Two men interviewed said barrel bombs were dropped.", "Two men interviewed"),
        ("The State Department voiced scepticism about the planned truce.", "State Department"),
        # the document speaks for whom it is attributed to
        ("A statement attributed to the commander said the advance would stop.", "the commander"),
    ],
)
def test_a_participle_after_people_voicing_and_a_statement_attributed_to_someone(
    text: str, speaker: str
) -> None:
    assert [s for _, s, _ in statements(text)] == [speaker]


def test_a_titled_persons_name_and_colon_opening_a_line_names_its_speaker() -> None:
    text = (
        "Foreign Secretary William Hague spoke on Sunday.\n\n"
        "William Hague: Hamas bears 'principal responsibility' for starting conflict\n\n"
        "Iron Dome: Israeli soldiers watch as a launcher fires near Beersheba\n"
    )
    assert [(t, s) for t, s, _ in statements(text)] == [
        (
            "William Hague: Hamas bears 'principal responsibility' for starting conflict",
            "William Hague",
        )
    ]


def test_a_byline_naming_an_agency_is_no_headline_source() -> None:
    text = "By\nDavid Martosko, Political Editor\nand Associated Press\n\nThe talks failed."
    assert statements(text) == []


def test_twice_between_speaker_and_verb_is_no_part_of_the_speaker() -> None:
    text = "The military has twice claimed its leader had been killed."
    assert statements(text) == [(text, "The military", None)]


def test_a_count_of_things_opening_a_sentence_is_no_person_for_he() -> None:
    text = (
        "Prime Minister Tony Abbott spoke in Canberra. Six Super Hornets and a tanker have "
        "been deployed to the UAE. The operations are in support of Iraq, he said."
    )
    assert [s for _, s, _ in statements(text)] == ["Tony Abbott"]


def test_an_aside_closed_before_saying_is_no_subject_of_its_own() -> None:
    text = (
        "Mohammed Shafiq spoke in Manchester. He spoke out against IS, formerly known as "
        "ISIS, saying: 'I condemn the killing.'"
    )
    own = "The army shelled the town, officials saying it hit militants."
    assert [s for _, s, _ in statements(text)] == ["Mohammed Shafiq"]
    assert [s for _, s, _ in statements(own)] == ["officials"]


def test_a_commodore_is_a_title_and_the_name_after_it_speaks() -> None:
    text = (
        "Air Commodore Andrew Lambert spoke in London. Air Commodore Lambert said the jets "
        "flew. He said: 'The operation is too small.' Air France said flights were cancelled."
    )
    assert [s for _, s, _ in statements(text)] == ["Andrew Lambert", "Andrew Lambert", "Air France"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The ministry said the strikes hit ISIS.", "The ministry"),
        ("Officials said the jets hit Raqqa.", "Officials"),
        (
            "Ten people were killed in the square said observatory head Rami Abdel Rahman.",
            "Rami Abdel Rahman",
        ),
    ],
)
def test_a_subject_before_said_keeps_what_follows_as_what_was_said(text: str, speaker: str) -> None:
    assert [s for _, s, _ in statements(text)] == [speaker]


def test_a_country_whose_apostrophe_was_lost_owns_the_body_that_speaks() -> None:
    owned = "Turkeys state-run news agency said the attack occurred at noon."
    agency = "Reuters news agency said ten people died."
    assert [s for _, s, _ in statements(owned)] == ["Turkeys state-run news agency"]
    # a name, not a country: the agency, which keeps the noun that says what it is
    assert [s for _, s, _ in statements(agency)] == ["Reuters news agency"]


def test_names_in_a_whose_clause_are_not_the_speaker() -> None:
    father = (
        "Bill Richard, whose 8-year-old son, Martin, was the youngest person killed, said "
        "the bomber could have backed out."
    )
    mayor = "The mayor, whose brother, John, died, said the city would rebuild."
    assert [s for _, s, _ in statements(father)] == ["Bill Richard"]
    assert [s for _, s, _ in statements(mayor)] == ["The mayor"]


def test_a_headline_label_whose_role_heads_it_is_the_source() -> None:
    minister = "Interim Minister of Health: Aleppos Hospitals out of Service"
    agencies = "Syria air strikes deadly: aid agencies"
    kerry = "Secretary of State John Kerry said the talks failed."
    assert [s for _, s, _ in statements(minister)] == ["Interim Minister of Health"]
    assert [s for _, s, _ in statements(agencies)] == ["aid agencies"]
    assert [s for _, s, _ in statements(kerry)] == ["John Kerry"]


def test_it_stands_for_a_name_whose_description_lost_its_comma() -> None:
    text = (
        "The Syrian Observatory for Human Rights said ten died. The Aleppo Media Centre an "
        "online opposition news portal for the city posted a video that it said was of victims."
    )
    assert [s for _, s, _ in statements(text)] == [
        "Syrian Observatory for Human Rights",
        "Aleppo Media Centre",
    ]


def test_an_indefinite_speaker_is_someone_new_not_an_earlier_speaker() -> None:
    text = (
        "A senior Army source said the base was safe. "
        "A source at Camp Bastion said: 'There was no messing about.'"
    )
    assert [s for _, s, _ in statements(text)] == [
        "A senior Army source",
        "A source at Camp Bastion",
    ]


def test_an_office_too_long_for_a_phrase_describes_the_name_before_it() -> None:
    text = (
        "Captain Amadou Sanogo, president of the newly formed National Committee for the "
        "Return of Democracy, said the crisis in the north was to blame."
    )
    assert [s for _, s, _ in statements(text)] == ["Amadou Sanogo"]


def test_the_paper_is_the_one_newspaper_the_article_names() -> None:
    text = (
        "IRAN HAS ANTI-SHIP MISSILES NEAR GULF - PAPER\n"
        "Iran has deployed six missiles near the Strait of Hormuz, the New York Times said.\n"
        "The missiles could sink a supertanker only with a lucky hit, the paper said."
    )
    short_form = (
        "Mr Galloway won damages from the Daily Telegraph. "
        "The newspaper said it was in the public interest to publish the claims. "
        "The Telegraph said it would appeal."
    )
    two_papers = (
        "The Washington Post and the New York Times reported the raid. "
        "The paper said ten people died."
    )
    assert [s for _, s, _ in statements(text)][-1] == "New York Times"
    assert [s for _, s, _ in statements(short_form)] == ["Daily Telegraph"] * 2
    assert [s for _, s, _ in statements(two_papers)][-1] == "The paper"


def test_travellers_and_passengers_can_speak() -> None:
    text = "The road reopened on Saturday after rebels disappeared into the bush, travellers said."
    passengers = "The bus was stopped twice at checkpoints, passengers said."
    assert [s for _, s, _ in statements(text)] == ["travellers"]
    assert [s for _, s, _ in statements(passengers)] == ["passengers"]


def test_a_quotation_standing_alone_is_a_statement_per_sentence() -> None:
    text = (
        "Fabius warned that things could now get more difficult.\n\n"
        "‘We have to be careful. We are entering a complicated phase. "
        "French interests are threatened.’\n\n"
        "The operation has destroyed the camps."
    )
    assert statements(text) == [
        ("Fabius warned that things could now get more difficult.", "Fabius", None),
        ("‘We have to be careful.", "Fabius", None),
        ("We are entering a complicated phase.", "Fabius", None),
        ("French interests are threatened.’", "Fabius", None),
    ]
    rules = [c.rule for c in detect(text) if c.kind == KIND_STATEMENT]
    assert rules == ["statement.warned", *["statement.quote_continuation"] * 3]


def test_a_quotation_standing_alone_keeps_its_spaced_ellipsis_and_closing_attribution() -> None:
    ellipsis = (
        "“She was taken,” said her father, Luis Añez.\n\n"
        "“I have nightmares . . . I didn’t think things could get worse.”"
    )
    concluded = (
        "Valerie Amos said the council must act.\n\n"
        '"I appeal to donors. The appeal is half funded" the UN official concluded.'
    )
    assert [t for t, _, _ in statements(ellipsis)][1] == (
        "“I have nightmares . . . I didn’t think things could get worse.”"
    )
    assert [t for t, _, _ in statements(concluded)][1] == (
        '"I appeal to donors. The appeal is half funded" the UN official concluded.'
    )


def test_a_quotation_after_a_picture_caption_continues_the_speaker_before_it() -> None:
    text = (
        "Brigadier Rob Thomson said: ‘What we have achieved is something to be proud of.’\n\n"
        "Worry: Military chiefs admitted that only 'time will tell' whether the base holds\n\n"
        "‘There are still some challenges. We are happy to be going home.’"
    )
    assert [s for _, s, _ in statements(text)] == [
        "Rob Thomson",
        "Military chiefs",
        "Rob Thomson",
        "Rob Thomson",
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The North calls the South Korea-US drills a rehearsal for invasion.", "North"),
        ("The drills, which the North calls a rehearsal for invasion, began.", "North"),
        ("Erdogan has branded this BSF a “terror army.”", "Erdogan"),
        ("Russia has called the soldiers 'self defence forces'.", "Russia"),
        ("Latvia welcomed the move, calling it a 'fast and practical response.'", "Latvia"),
        ("The regime labels rebel groups and militants fighting it as terrorists.", "The regime"),
        ("The government refers to the rebels as terrorists.", "The government"),
        ("Jaish al-Islam often refer to rebel opponents as belonging to IS.", "Jaish al-Islam"),
        ("The US has supported the plan describing it as part of a campaign.", "US"),
        ("The ministry characterised the raid as an act of war.", "The ministry"),
    ],
)
def test_naming_what_something_is_is_a_statement(text: str, speaker: str) -> None:
    assert statements(text) == [(text, speaker, None)]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor called a meeting on Monday.",
        "He called off the talks.",
        "A group calling itself the Islamic Army attacked the town.",
        "The so-called Islamic State attacked the town.",
        "She was called a traitor.",
        "The general called the United Nations to ask for help.",
        "He was describing the scene to his friend.",
        "The term refers to the area west of the river.",
        "The crimes could be characterised as crimes against humanity.",
    ],
)
def test_calling_that_names_nothing_is_no_statement(text: str) -> None:
    assert statements(text) == []


def test_a_described_source_ending_a_clause_without_its_comma_is_the_speaker() -> None:
    tracking = (
        "Opposition forces killed at least 13 fighters in the northern city a group "
        "tracking the violence said."
    )
    named = (
        "The bombardment killed a baby in Aleppo the Independent Doctors Association a "
        "group of Syrian doctors that supports clinics in the city said."
    )
    resident = "Of the executioners one resident of the town told the Associated Press they fled."
    assert [s for _, s, _ in statements(tracking)] == ["a group tracking the violence"]
    assert [s for _, s, _ in statements(named)] == ["Independent Doctors Association"]
    assert [s for _, s, _ in statements(resident)] == ["one resident of the town"]
    based = (
        "The Syrian Coalition an opposition group based outside the country said regime "
        "planes carried out the airstrike."
    )
    assert [s for _, s, _ in statements(based)] == ["Syrian Coalition"]


def test_a_description_ending_in_and_is_not_read_as_the_speaker() -> None:
    text = (
        "The Syrian Observatory for Human Rights said 20 people died. The Observatory "
        "relies on a network of sources inside Syria and says it determines whose planes "
        "carry out raids."
    )
    assert [s for _, s, _ in statements(text)] == ["Syrian Observatory for Human Rights"] * 2


def test_a_single_quote_left_open_in_its_paragraph_continues_the_speaker() -> None:
    text = (
        "He said: 'We have already held back the progress of our adversaries. But our "
        "mission is not over yet.\n\n'The terrorists should know that France will be there.'"
    )
    assert statements(text) == [
        ("He said: 'We have already held back the progress of our adversaries.", "He", None),
        ("But our mission is not over yet.", "He", None),
        ("'The terrorists should know that France will be there.'", "He", None),
    ]


def test_a_scare_quote_that_seems_open_does_not_continue_a_speaker() -> None:
    text = (
        "Toby Lanzer said on Friday that the situation around Awerial is difficult.\n\n"
        "A scene from 1991, when 3,500 unaccompanied 'Lost Boys' arrived from Ethiopia. "
        "Since the 1980s, the war has displaced at least 20,000 children."
    )
    assert [s for _, s, _ in statements(text)] == ["Toby Lanzer"]


def test_a_name_labelling_a_headline_is_its_source_unless_it_names_the_page_s_kind() -> None:
    text = "30 April 2016 Russia: Terrorists breached the truce 3 times in 24 hours. Talks went on."
    assert statements(text)[0][:2] == (
        "Russia: Terrorists breached the truce 3 times in 24 hours.",
        "Russia",
    )
    assert statements("Analysis: Russia is losing the war in the east. Talks went on.") == []


def test_a_headline_label_after_a_glued_date_is_its_source() -> None:
    text = (
        "10 October 2017 Russian Defense Ministry: More than 100 ISIS terrorists killed in "
        "Deir Ezzor. The coalition has sharply reduced the intensity of its attacks."
    )
    on_its_line = "Russian Defense Ministry: More than 100 ISIS terrorists killed.\nIt said more."
    assert statements(text) == [
        (
            "Russian Defense Ministry: More than 100 ISIS terrorists killed in Deir Ezzor.",
            "Russian Defense Ministry",
            None,
        )
    ]
    assert statements(on_its_line)[0] == (
        "Russian Defense Ministry: More than 100 ISIS terrorists killed.",
        "Russian Defense Ministry",
        None,
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "An army officer at the headquarters of Mali's former military junta in Bamako "
            "said nearly 30 vehicles were hit.",
            "An army officer",
        ),
        (
            "One of the police officers in charge of the investigation into the bombing "
            "described it as a carbon copy of the Guildford bombings.",
            "a police officer",  # one of a group is one member of it
        ),
    ],
)
def test_a_long_phrase_that_places_a_role_gives_the_role(text: str, speaker: str) -> None:
    assert statements(text) == [(text, speaker, None)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The International Committee of the Red Cross said in a statement that ten "
            "hospitals were hit.",
            "International Committee of the Red Cross",
        ),
        (
            "The Organization for the Prohibition of Chemical Weapons said it is concerned.",
            "Organization for the Prohibition of Chemical Weapons",
        ),
        ("Governor of Homs Talal Barazi said the city was calm.", "Talal Barazi"),
        (
            "A Kurdish military official in the Syrian city of Qamishli, another area under "
            "Kurdish control, said fighters stood ready.",
            "A Kurdish military official in the Syrian city of Qamishli",
        ),
    ],
)
def test_a_name_after_the_or_of_is_a_body_or_a_place_not_a_person(text: str, speaker: str) -> None:
    assert [s for _, s, _ in statements(text)] == [speaker]


def test_a_toll_given_in_the_perfect_is_a_statement() -> None:
    text = "The monitor had initially given a death toll of 34 civilians, but it rose later."
    assert statements(text) == [(text, "The monitor", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Photos posted online by Maria Koleda showed her with a grenade launcher.",
        "Footage posted by activists online shows a plume of smoke over the town.",
        "Test-fire drills are normal, but they usually don't issue warning ahead of time.",
    ],
)
def test_posted_media_and_an_issued_warning_are_no_statements(text: str) -> None:
    assert statements(text) == []


def test_a_person_who_posted_still_speaks() -> None:
    text = "The activist posted a video saying the town had fallen."
    assert [s for _, s, _ in statements(text)] == ["The activist"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "We have seen hospitals being targeted Robert Mardini ICRC regional director for "
            "the Middle East told Reuters.",
            "Robert Mardini",
        ),
        ("The town was shelled Rami Abdel Rahman the head of SOHR said.", "Rami Abdel Rahman"),
        (
            "No aircraft were involved Mahmoud Barkhadan of the main Syria Kurdish militia "
            "the Peoples Protection Units said.",
            "Mahmoud Barkhadan",
        ),
        (
            "An Israeli attack on a Syrian training camp near the Golan Heights killed three "
            "members of a pro-government militia on Sunday an official from the forces said.",
            "an official from the forces",
        ),
    ],
)
def test_a_name_before_a_description_whose_commas_were_lost_is_the_speaker(
    text: str, speaker: str
) -> None:
    assert [s for _, s, _ in statements(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Reuters cannot independently verify reports from Syria due to security conditions.",
        "The ministry could not confirm reports of a second attack.",
        "Access was limited by security conditions and reporting restrictions.",
    ],
)
def test_reports_verified_and_reporting_restrictions_are_no_speech(text: str) -> None:
    assert statements(text) == []


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("The rebels had not yet threatened the regional capitals of Kidal and Gao.", []),
        ("The truce held while the Islamic State group threatens the province.", []),
        ("The group threatened the city with suicide attacks.", ["The group"]),
        ("The group threatened to attack the capital.", ["The group"]),
    ],
)
def test_a_threat_to_a_place_by_force_is_no_speech(text: str, speakers: list[str]) -> None:
    assert [s for _, s, _ in statements(text)] == speakers


def test_a_place_that_echoed_with_a_sound_is_no_speaker() -> None:
    sound = "As the attacks went on, the whole city centre echoed to the crack of the bombs."
    words = "The minister echoed the call for a ceasefire."
    assert statements(sound) == []
    assert [s for _, s, _ in statements(words)] == ["The minister"]


def test_rejecting_a_claim_or_an_offer_is_a_statement() -> None:
    claims = "Russia has repeatedly rejected Western claims of a military buildup on the border."
    offers = "Hamas, which seized control of Gaza in 2007, rejected several cease-fire offers."
    passive = "The plan was rejected on Monday."
    assert [s for _, s, _ in statements(claims)] == ["Russia"]
    assert [s for _, s, _ in statements(offers)] == ["Hamas"]
    assert statements(passive) == []


def test_a_speaker_and_candidates_can_speak() -> None:
    speaker = "The speaker said they had been killed to avenge brutalities by Pakistani troops."
    candidates = "The leading candidates have said they will sign the agreement."
    assert [s for _, s, _ in statements(speaker)] == ["The speaker"]
    assert [s for _, s, _ in statements(candidates)] == ["The leading candidates"]


def test_a_question_reports_no_speech_but_a_quoted_one_does() -> None:
    asked = "Have the generals told the president how and when they plan to get us out?"
    quoted = "'Are there gaps? Absolutely,' Hagel said."
    assert statements(asked) == []
    assert [s for _, s, _ in statements(quoted)] == ["Hagel"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Boko Haram has been demanding the release of detained extremists.", "Boko Haram"),
        ("The rebels are demanding a share of power.", "The rebels"),
        ("Commanders acknowledge the vote is likely to be blighted by attacks.", "Commanders"),
        ("The town, which U.S. officials acknowledge is at risk, was shelled.", "U.S. officials"),
    ],
)
def test_a_demand_kept_up_and_an_acknowledgement_in_the_present_are_statements(
    text: str, speaker: str
) -> None:
    assert statements(text) == [(text, speaker, None)]


def test_demanding_as_an_adjective_and_a_refusal_to_acknowledge_are_no_statements() -> None:
    assert statements("The crisis began with protests demanding reforms.") == []
    assert statements("He refused to acknowledge the deaths.") == []


def test_the_government_is_no_later_mention_of_a_body_of_another_kind() -> None:
    text = (
        "The Observatory said the hill was captured by rebels. "
        "The government said the rebels are terrorists."
    )
    assert [s for _, s, _ in statements(text)] == ["Observatory", "The government"]
    named = (
        "The Syrian government said the hill was retaken. "
        "Residents said the shelling went on all night. "
        "The government said the rebels are terrorists."
    )
    assert [s for _, s, _ in statements(named)][-1] == "The Syrian government"


def test_calling_on_after_the_subject_s_verb_is_the_subject_s_statement() -> None:
    text = (
        "Maria Zakharova took a jab at the United States on Wednesday calling on the "
        "State Department to release statements."
    )
    assert statements(text) == [(text, "Maria Zakharova", None)]


def test_the_observatory_is_the_one_monitor_the_article_names_beside_an_agency_s_name() -> None:
    text = (
        "Strikes killed 39 people a monitor said. Speaking to AFP Observatory director "
        "Rami Abdel Rahman said nine died. Earlier Tuesday the Observatory reported air "
        "strikes. The Syrian Observatory for Human Rights is a group."
    )
    assert [s for _, s, _ in statements(text)] == [
        "Syrian Observatory for Human Rights",
        "Rami Abdel Rahman",
        "Syrian Observatory for Human Rights",
    ]


def test_the_north_is_the_one_northern_state_the_article_names() -> None:
    text = (
        "North Korea fired shells at North Yeonpyeong island. "
        "The North calls the drills a rehearsal for invasion."
    )
    assert [s for _, s, _ in statements(text)] == ["North Korea"]
    alone = "The North calls the drills a rehearsal for invasion."
    assert [s for _, s, _ in statements(alone)] == ["North"]


def test_council_members_speak_for_the_one_council_the_article_names() -> None:
    text = (
        "The UN Security Council met on Sunday. Council members noted that attacks may "
        "constitute crimes. They stressed that all parties must abide by the law."
    )
    assert [s for _, s, _ in statements(text)] == ["UN Security Council", "UN Security Council"]
    alone = "Council members noted that attacks may constitute crimes."
    assert [s for _, s, _ in statements(alone)] == ["Council members"]


def test_a_title_led_by_a_country_s_initials_names_the_person_in_apposition() -> None:
    text = (
        "Commenting on the deployment, spokesman for the coalition, U.S. Army Colonel "
        "Steve Warren, said the forces were there."
    )
    assert statements(text) == [(text, "Steve Warren", None)]


def test_allies_speak() -> None:
    text = "The allies say the drills are routine."
    assert statements(text) == [(text, "The allies", None)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Turkish government responded that any attack would be an attack on Turkey.",
            "The Turkish government",
        ),
        (
            "The two leaders had made a joint call for calm after clashes broke out.",
            "The two leaders",
        ),
        ("Some imams have already made repeated appeals to youngsters not to join.", "Some imams"),
        ("ISIS issued an ultimatum to the Yazidis to convert.", "ISIS"),
        ("Mr Brown, a UN envoy, had led calls for an international response.", "Brown"),
    ],
)
def test_replies_calls_appeals_and_warnings_made_as_nouns_are_statements(
    text: str, speaker: str
) -> None:
    assert statements(text) == [(text, speaker, None)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "One man who came out of the theater said he could not hear anything.",
            "One man who came out of the theater",
        ),
        (
            "Meanwhile, residents who managed to flee el-Fasher have told the BBC they are "
            "fearful.",
            "residents who managed to flee el-Fasher",
        ),
        (
            "One source involved in the negotiations with the Taliban said talks had stalled.",
            "One source involved in the negotiations with the Taliban",
        ),
        # a participle, too, and the place in it is not the speaker
        (
            "Kurdish forces defending Kobani urged a U.S.-led coalition to step up strikes.",
            "Kurdish forces defending Kobani",
        ),
        (
            "Residents living in central Falluja said they had moved at dawn.",
            "Residents living in central Falluja",
        ),
        # a named speaker's relative clause is no part of the name
        ("Abdullah, who fled the city, said it was burning.", "Abdullah"),
        ("Officials who spoke on condition of anonymity said the talks failed.", "Officials"),
    ],
)
def test_a_described_speaker_keeps_the_clause_that_tells_them_apart(
    text: str, speaker: str
) -> None:
    assert [s[1] for s in statements(text)] == [speaker]


def test_a_summary_bullet_s_he_is_the_person_heard_most() -> None:
    text = (
        "Vladimir Putin said Russia would not back down.\n\n"
        "Putin added that the West should not interfere.\n\n"
        "Barack Obama said the United States was watching closely.\n\n"
        "@highlight\n\n"
        "He said Russia's nuclear arsenal means nobody would think of conflict\n\n"
        "@highlight\n\n"
        "Obama warned of more sanctions\n\n"
        "He said the sanctions would stay in place."
    )
    speakers = [s[1] for s in statements(text)]
    # the bullet's "he" is Putin, who spoke twice; the last sentence, after the bullets,
    # is not one, and its "he" is the last person named (Obama)
    assert speakers == [
        "Vladimir Putin",
        "Vladimir Putin",
        "Barack Obama",
        "Vladimir Putin",
        "Barack Obama",
        "Barack Obama",
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "On Wednesday a statement attributed to the field commander of the "
            "pro-government troops said the advance would be met with force.",
            "the field commander of the pro-government troops",
        ),
        (
            "Prime Minister Haider al-Abadi visited Baghdad. A statement from Abadi warned "
            "the protests could land the country in chaos.",
            "Haider al-Abadi",
        ),
        (
            "According to a statement released on Monday by Human Rights Watch, the camp "
            "was shelled.",
            "Human Rights Watch",
        ),
        (
            "Some 50 civilians died in the raids, a report from the UN Secretary General says.",
            "UN Secretary General",
        ),
        # an issuer the article does not name leaves the document as the speaker
        (
            "He was hanged for violations according to a statement issued by the cell.",
            "a statement issued by the cell",
        ),
    ],
)
def test_a_document_speaks_for_whoever_issued_it(text: str, speaker: str) -> None:
    assert [s[1] for s in statements(text)][-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a nationality before an acronym is part of the name, not a clause's end
        ("The capture of Tel Hamis was announced by the Kurdish YPG militia.", "Kurdish YPG"),
        # a broadcaster named by its country is the broadcaster, not the country
        ("At least 23 militants were killed, a Turkish broadcaster said.", "a Turkish broadcaster"),
    ],
)
def test_a_nationality_belongs_to_the_name_or_medium_it_qualifies(text: str, speaker: str) -> None:
    assert [s[1] for s in statements(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a capitalised "Said" after a capitalised word is a place's or person's name
        ("Five people were killed in Port Said, the ministry said.", ["the ministry"]),
        (
            "The Syrian Observatory for Human Rights reported the raid. Another five people "
            "were killed in the neighbourhood of Sheikh Said it said.",
            ["Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights"],
        ),
        # with no other reporting verb after it, it is the verb, mistyped
        ("The U.S. Said Iranians used the platforms for military purposes.", ["U.S."]),
    ],
)
def test_said_in_a_name_is_no_verb(text: str, speakers: list[str]) -> None:
    assert [s[1] for s in statements(text)] == speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an adverb between the subject and its verb
        ("But commanders now say that the mission will end.", "commanders"),
        # an adverb opening the sentence, its comma lost
        (
            "The alliance calls itself Ansar Sharia. Online a statement announcing the "
            "grouping pledged victory.",
            "a statement announcing the grouping",
        ),
        # the state's broadcaster, not its medium
        ("The army has encircled the city, state TV said on Sunday.", "state TV"),
        # a place of two words before "-based" goes with it
        (
            "The New York-based Human Rights Watch has accused the regime of eight attacks.",
            "Human Rights Watch",
        ),
    ],
)
def test_words_around_a_speaker_that_are_no_part_of_its_name(text: str, speaker: str) -> None:
    assert [s[1] for s in statements(text)] == [speaker]


def test_an_alleged_thing_after_a_possessive_is_no_statement() -> None:
    text = (
        "The previous two attacks were in Hama, not far from the site of Tuesdays alleged "
        "attack. Rebels denied Syria's alleged use of gas."
    )
    assert [s[1] for s in statements(text)] == ["Rebels"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a doctor's title and an Arabic article in the office holder's name
        (
            "Prime Minister Dr. Wael al-Halqi condemned the blasts. The attacks will fail, "
            "the Premier said.",
            "Wael al-Halqi",
        ),
        (
            "President Abdel Fattah el-Sisi met the envoy on Monday. We will act, the "
            "president said.",
            "Abdel Fattah el-Sisi",
        ),
    ],
)
def test_an_office_names_its_holder_whatever_the_name_s_shape(text: str, speaker: str) -> None:
    assert [s[1] for s in statements(text)][-1] == speaker


def test_a_wire_headline_s_paper_is_the_newspaper_the_article_names() -> None:
    text = (
        "IRAN HAS ANTI-SHIP MISSILES NEAR GULF - PAPER\n"
        "    NEW YORK, March 15 - Iran has deployed about six large missiles near the Strait "
        "of Hormuz, the New York Times said."
    )
    assert [s[1] for s in statements(text)] == ["New York Times", "New York Times"]


@pytest.mark.parametrize("negated", ["didn't", "didn’t", "didnt", "didn t", "wouldn't"])
def test_a_negated_auxiliary_is_no_part_of_the_actor(negated: str) -> None:
    """Reversed in the forty-seventh round: "The ministry didn't say when the attack
    occurred" was a statement.  No read gold sentence whose only cue is negated is one
    ("He didn't say to what group the victims belonged", holdout54; "has not reported
    that …", holdout90), so a negated cue now reports nothing; the auxiliary is still no
    part of the actor of a stance."""
    assert statements(f"The ministry {negated} say when the attack occurred.") == []
    found = detect(f"The ministry {negated} rule out new strikes on the port.")
    assert [c.actor for c in found if c.kind == KIND_POSITION] == ["The ministry"]


@pytest.mark.parametrize(
    ("between", "speaker"),
    [
        # the people leading the sentence before, which spoke no claim
        ("The Syrian activists had no information on the agent.", "The Syrian activists"),
        # someone spoke since: the last speaker, as before
        (
            "The Syrian activists had no information on the agent. The ministry said little.",
            "The ministry",
        ),
        # no people lead the sentence before
        ("The agent is not known.", "Idlib Media Center"),
    ],
)
def test_they_stands_for_the_people_leading_the_sentence_before(between: str, speaker: str) -> None:
    text = (
        f"The Idlib Media Center said dozens had been killed. {between} "
        "They claimed the attack was caused by an airstrike."
    )
    assert [s[1] for s in statements(text)][-1] == speaker


def test_a_floating_both_is_no_part_of_a_long_coordinated_subject() -> None:
    text = (
        "The Kurdish Peoples Protection Units (YPG) and the so-called Syrian Observatory for "
        "Human Rights both reported the late June attacks in Hasakeh province."
    )
    # read back from the verb over "both" (too long to read whole), not the object after it
    assert [s[1] for s in statements(text)] == ["Syrian Observatory for Human Rights"]


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        (
            "One of the two U.S. defense officials who discussed the mission",
            "a U.S. defense official",
        ),
        ("One of the police officers in charge of the investigation", "a police officer"),
        ("One of the three Iraqi army officers", "an Iraqi army officer"),
        ("One of the men", "a man"),
        ("One of the witnesses", "a witness"),
        # the group belongs to a body, or its last word is no role: as worded
        ("One of the IRA's officers", "One of the IRA's officers"),
        ("One of the Kurds", "One of the Kurds"),
    ],
)
def test_one_of_a_group_is_one_member_of_it(subject: str, speaker: str) -> None:
    text = f"{subject} said the troops would stay."
    assert [s[1] for s in statements(text)] == [speaker]


@pytest.mark.parametrize(
    "description",
    [
        "A group that monitors the Syrian civil war",
        "An organisation that monitors the war",
        "In Kobane, a group tracking the violence",
    ],
)
def test_a_body_described_as_monitoring_is_the_monitor_the_article_names(description: str) -> None:
    text = (
        f"{description} said the Kurdish forces faced defeat. Rami Abdelrahman, head of the "
        "Syrian Observatory for Human Rights, said 20 were killed."
    )
    assert statements(text)[0][1] == "Syrian Observatory for Human Rights"


def test_a_monitoring_description_without_a_named_monitor_stays_as_worded() -> None:
    text = "A group that monitors the Syrian civil war said the Kurdish forces faced defeat."
    assert [s[1] for s in statements(text)] == ["A group that monitors the Syrian civil war"]


def test_a_preposition_opening_the_sentence_is_no_part_of_a_name() -> None:
    text = (
        "“We had to leave,” said Noha, 45. Like Noha, Samira Haddad was relieved to have "
        "escaped. “We owned three houses,” she said."
    )
    assert [s[1] for s in statements(text)] == ["Noha", "Samira Haddad"]


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("The Syrian Civil Defence in Idlib", "Syrian Civil Defence"),
        # the place ends a description of the body: kept, as worded ("Syria" before)
        (
            "The U.S.-led coalition fighting Islamic State in Syria",
            "The U.S.-led coalition fighting Islamic State in Syria",
        ),
    ],
)
def test_a_place_after_a_body_s_name_says_where_it_is_not_who_spoke(
    subject: str, speaker: str
) -> None:
    text = f"{subject} said 22 people were killed."
    assert [s[1] for s in statements(text)] == [speaker]


def test_the_group_is_the_body_named_with_its_place_before() -> None:
    text = (
        "A team of first responders the Syrian Civil Defence in Idlib said 22 people were "
        "killed. Most of those killed were children the group said in a post."
    )
    assert [s[1] for s in statements(text)] == ["Syrian Civil Defence", "Syrian Civil Defence"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("USA Today reported that 12 soldiers were killed.", "USA Today"),
        ("Russia Today said the troops had withdrawn.", "Russia Today"),
        (
            "Opposition media groups including Aleppo Today said the blast hit a mosque.",
            "Opposition media groups including Aleppo Today",
        ),
        # after a lower-case word it is a time, as before
        ("The ministry Today said the troops had withdrawn.", "The ministry"),
    ],
)
def test_a_capitalised_today_after_a_capital_ends_a_name(text: str, speaker: str) -> None:
    assert [s[1] for s in statements(text)] == [speaker]


@pytest.mark.parametrize("what", ["resistance", "protest and resistance"])
def test_a_body_named_before_a_comma_less_description_with_a_relative_clause(what: str) -> None:
    text = (
        "The Palmyra Coordination Committee a local group that supports "
        f"{what} against the Syrian government reported that 35 were found dead."
    )
    assert [s[1] for s in statements(text)] == ["Palmyra Coordination Committee"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "But the Nato drills prompted a backlash from Russia, which sent its troops on "
            "exercises along the border and declared: 'We have to react somehow'.",
            "Russia",
        ),
        # a comma closes the relative clause: the sentence's subject goes on
        ("The army said the rebels, who hold the town, and added that 12 were killed.", "The army"),
    ],
)
def test_and_after_a_relative_clause_continues_that_clause_s_subject(
    text: str, speaker: str
) -> None:
    assert [s[1] for s in statements(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker", "via"),
    [
        (
            "According to state-run news agency RIA, a senior official claimed the "
            "photographs were taken last year.",
            "a senior official",
            "RIA",
        ),
        (
            "According to Reuters, the ministry said 12 people were killed.",
            "the ministry",
            "Reuters",
        ),
        # no speaker right after the comma: the outlet speaks
        ("According to Reuters, 12 people were killed.", "Reuters", None),
        # not an outlet: the source after "according to" speaks, as before
        ("According to the ministry, the rebels said 12 were killed.", "the ministry", None),
    ],
)
def test_an_outlet_opening_the_sentence_relays_the_speaker_after_its_comma(
    text: str, speaker: str, via: str | None
) -> None:
    assert [(s[1], s[2]) for s in statements(text)] == [(speaker, via)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("According to state news agency SANA, 12 people were killed.", "SANA"),
        ("12 people were killed, according to state-run news agency RIA.", "RIA"),
        ("According to state television, 12 people were killed.", "state television"),
    ],
)
def test_according_to_an_outlet_named_by_its_acronym_after_its_role(
    text: str, speaker: str
) -> None:
    assert [s[1] for s in statements(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker", "via"),
    [
        (
            "Syria's pro-government Al-Ikhbariya TV cited the provincial police chief, who "
            "was not named, as saying the attackers hit the checkpoints.",
            "the provincial police chief",
            "Syria's pro-government Al-Ikhbariya TV",
        ),
        (
            "State TV cited a military source as saying 12 rebels were killed.",
            "a military source",
            "State TV",
        ),
        (
            "Opposition website al-Durrar al-Shamiyyah reported an informed source as "
            "saying that the factions are part of the operations room.",
            "an informed source",
            "al-Durrar al-Shamiyyah",
        ),
        # no "as saying": the one who cites or reports speaks
        ("The ministry cited the figures as evidence of an attack.", "The ministry", None),
        ("The ministry reported 12 deaths as of Monday.", "The ministry", None),
    ],
)
def test_the_one_cited_as_saying_speaks(text: str, speaker: str, via: str | None) -> None:
    assert [(s[1], s[2]) for s in statements(text)] == [(speaker, via)]


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("National Security Adviser H.R. McMaster", "H.R. McMaster"),
        ("National Security Adviser Susan Rice", "Susan Rice"),
    ],
)
def test_glued_initials_are_part_of_a_name_and_an_adviser_is_a_title(
    subject: str, speaker: str
) -> None:
    assert [s[1] for s in statements(f"{subject} said that the troops left.")] == [speaker]


def test_doubting_is_a_reporting_cue() -> None:
    text = "The Iranian president doubted the U.S. would act against Iran."
    assert [s[1] for s in statements(text)] == ["The Iranian president"]


@pytest.mark.parametrize(
    ("others", "speaker"),
    [
        ("", "Ali Khamenei"),
        # another president named: the headline's country word tells which
        (" President Ronald Reagan said he had decided on a response.", "Ali Khamenei"),
        # two Iranian presidents named: as worded
        (" Former Iranian President Abolhassan Banisadr said so too.", "IRAN PRESIDENT"),
    ],
)
def test_a_wire_headline_s_office_is_the_one_holder_the_article_names(
    others: str, speaker: str
) -> None:
    text = (
        "IRAN PRESIDENT DOUBTS U.S. ACTION AGAINST IRAN\n"
        "    NICOSIA, Oct 19 - Iranian President Ali Khamenei said he doubted the U.S. was "
        f"in position to act.{others}"
    )
    headline = statements(text)[0]
    assert headline[:2] == ("IRAN PRESIDENT DOUBTS U.S. ACTION AGAINST IRAN", speaker)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Major Charles Heyman, a former infantry officer and editor of The Armed Forces "
            "of the United Kingdom, warned against ‘playing into the hands of the Taliban’.",
            "Charles Heyman",
        ),
        # a clause between commas is no description: the speaker after the verb
        (
            "'(Islamic State) is getting supplies and men. Even with the resistance, if "
            "things stay like this, the Kurdish forces will be like a car without fuel,' said "
            "Rami Abdelrahman, who runs the Syrian Observatory for Human Rights.",
            "Rami Abdelrahman",
        ),
    ],
)
def test_a_long_description_of_a_role_between_commas_describes_the_name_before_it(
    text: str, speaker: str
) -> None:
    assert [s[1] for s in statements(text)][-1] == speaker


def test_the_claim_speaks_for_the_one_who_made_it() -> None:
    text = (
        "The Islamic State group said in a statement that one of its fighters had fired on a "
        "gathering. The claim which did not mention a wedding said 40 people had been killed."
    )
    assert [s[1] for s in statements(text)] == ["Islamic State", "Islamic State"]


def test_reports_suggest_is_a_reporting_cue() -> None:
    text = "Reports suggest the aircraft doubled back after attacking the convoy."
    assert [s[1] for s in statements(text)] == ["Reports"]


@pytest.mark.parametrize(
    ("second", "speaker"),
    [
        # a definite role after a clause's last comma is the one who spoke before
        (
            "The general drew up plans to train, advise and assist Afghan forces and "
            "maintain counterterrorism capabilities, the official said.",
            "a senior administration official",
        ),
        # set off by commas, or indefinite without its closing comma: a description of
        # the name before it
        ("Ahmed Ali Hassan, the official, said the plans were ready.", "Ahmed Ali Hassan"),
        (
            "'It is a risk,' Adam B. Schiff, Democrat of California, a member of the House "
            "Intelligence Committee told The New York Times.",
            "Adam B. Schiff",
        ),
    ],
)
def test_a_definite_role_after_a_clause_s_comma_is_no_description_of_its_last_phrase(
    second: str, speaker: str
) -> None:
    text = f"The troops will stay, a senior administration official told Reuters. {second}"
    assert [s[1] for s in statements(text)][-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"I saw dead bodies," one man, who gave his name only as Steven, said by telephone.',
            "Steven",
        ),
        ("One resident, identified only as Abu Omar, said the shelling went on.", "Abu Omar"),
        ("The man known only as Jihadi John said the hostages would die.", "Jihadi John"),
        (
            "A fighter who asked to be identified only as Abu Ali, for fear of reprisals, "
            "told Reuters the front had collapsed.",
            "Abu Ali",
        ),
        ('"We are afraid," said a woman who gave her name as Maria.', "Maria"),
        # no name given: the description speaks
        ('"We are afraid," said a woman who gave no name.', "a woman"),
    ],
)
def test_the_name_a_described_person_gave_is_the_speaker(text: str, speaker: str) -> None:
    assert [s[1] for s in statements(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker", "via"),
    [
        (
            "The rocket killed one person, the agency said, quoting a police official.",
            "a police official",
            "the agency",
        ),
        (
            "The rocket killed one person, NNA correspondent added quoting the Syrian "
            "National Television.",
            "Syrian National Television",
            "NNA correspondent",
        ),
        (
            "A total of 140 militants have been killed, broadcaster NTV said on Sunday, "
            "citing the army.",
            "the army",
            "broadcaster NTV",
        ),
        # citing a reason, not a source: the verb's speaker
        ("The army withdrew, state TV said, citing security concerns.", "state TV", None),
    ],
)
def test_a_source_quoted_or_cited_right_after_a_speech_verb_speaks_through_its_speaker(
    text: str, speaker: str, via: str | None
) -> None:
    assert [(s[1], s[2]) for s in statements(text)] == [(speaker, via)]


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("The main Kurdish armed group, the YPG,", "YPG"),
        ("The Pentagon press secretary, Navy Rear Adm. John Kirby,", "John Kirby"),
        # a description without a capitalised adjective, or two names: as before
        ("The country's main opposition bloc, the National Coalition,", "National Coalition"),
        ("William Sweeney, Assistant Director of the FBI,", "William Sweeney"),
    ],
)
def test_a_name_set_off_after_a_description_with_a_capitalised_adjective_speaks(
    subject: str, speaker: str
) -> None:
    assert [s[1] for s in statements(f"{subject} said the air strikes hit hard.")] == [speaker]


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("The ISIS-affiliated Aamaq news agency", "Aamaq news agency"),
        ("The official TAP news agency", "TAP news agency"),
        ("The Al-Ikhbariya television", "Al-Ikhbariya television"),
        # other descriptors are no part of the name
        ("The Britain-based Syrian Observatory monitoring group", "Syrian Observatory"),
    ],
)
def test_an_outlet_keeps_the_noun_that_says_what_it_is(subject: str, speaker: str) -> None:
    assert [s[1] for s in statements(f"{subject} said the drone was shot down.")] == [speaker]


@pytest.mark.parametrize(
    ("with_phrase", "speaker"),
    [
        ("with one military official Yun Jong Bum telling", "Yun Jong Bum"),
        ("with spokesman Kim Yong Nam telling", "Kim Yong Nam"),
        # no "with": the sentence's subject tells
        ("telling", "North Korea"),
    ],
)
def test_the_one_named_after_with_says_what_the_participle_reports(
    with_phrase: str, speaker: str
) -> None:
    text = (
        f"North Korea blasted the response, {with_phrase} the North's official news "
        "agency: 'The boneheads appear to have forgotten the fact.'"
    )
    assert [s[1] for s in statements(text)] == [speaker]


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("The married father of 12", "The married father of 12"),
        ("But leading candidates have", "leading candidates"),
        ("The party's leadership", "The party's leadership"),
        ("But outgoing ministers", "outgoing ministers"),
        (
            "Lieutenant Colonel Richard Slack, commanding officer of the Royal Lancers, who "
            "was overseeing the operation,",
            "Richard Slack",
        ),
        # an -ing word that opens a clause is no speaker's
        ("Fearing reprisals, the residents", "the residents"),
    ],
)
def test_a_speaker_may_open_with_an_adjective_in_ing_or_ed(subject: str, speaker: str) -> None:
    assert [s[1] for s in statements(f"{subject} said they would sign the deal.")] == [speaker]


@pytest.mark.parametrize(
    ("first_paragraph", "continued"),
    [
        # the quotation is left open at its paragraph's end: it goes on after paragraphs
        # that quote no one
        ("Prime Minister David Cameron said: 'The conflict has taken a terrible toll.", True),
        # closed: the later quotation continues no one this far back
        ("Prime Minister David Cameron said: 'The conflict has taken a terrible toll.'", False),
    ],
)
def test_a_quotation_left_open_goes_on_after_paragraphs_that_quote_no_one(
    first_paragraph: str, continued: bool
) -> None:
    text = (
        f"{first_paragraph}\n\n"
        "Buildings in Gaza City were covered in smoke after an air strike on Saturday.\n\n"
        "Palestinians gathered to inspect the rubble of a mosque in Gaza City.\n\n"
        "Residents came out on the streets of the Gaza Strip on Saturday.\n\n"
        "'The medical team will help hundreds caught up in this conflict.\n\n"
        "'The medics will work with local health authorities.'\n"
    )
    found = [(s[0][:12], s[1]) for s in statements(text)]
    later = [("'The medical", "David Cameron"), ("'The medics ", "David Cameron")]
    assert found == [("Prime Minist", "David Cameron"), *(later if continued else [])]


@pytest.mark.parametrize(
    ("label", "speaker"),
    [
        # a role labels the quotation and stands for the one holder the article names
        ("Defence minister: 'We have to react to these developments somehow'", "Sergei Shoigu"),
        ("Defence minister: ‘We have to react to these developments somehow’", "Sergei Shoigu"),
        # a role the article names no holder of stays as worded
        ("UN chief: 'There is no water, no vegetation.'", "the UN chief"),
    ],
)
def test_a_role_labelling_a_quotation_in_single_marks_speaks(label: str, speaker: str) -> None:
    text = (
        "Russian Defence Minister Sergei Shoigu sent troops to the border.\n\n"
        f"@highlight\n\n{label}\n"
    )
    assert [s[1] for s in statements(text)] == [speaker]


@pytest.mark.parametrize(
    ("named", "speaker"),
    [
        ("Julie and Brian Hambleton, who lost their sister,", "Julie Hambleton"),
        # no shared surname: the first name as worded
        ("Julie and Brian, who lost their sister,", "Julie"),
    ],
)
def test_two_first_names_share_the_surname_after_them(named: str, speaker: str) -> None:
    text = f"{named} called on police to act. Julie said: 'I am expecting answers.'"
    assert [s[1] for s in statements(text)][-1] == speaker


@pytest.mark.parametrize(
    ("between", "speaker"),
    [
        # a picture caption, a line without closing punctuation, is passed over
        ("Ukraine has appealed to the West for supplies of modern weaponry", "Vladimir Putin"),
        # a sentence of running text that speaks is the one the quotation continues
        ("Ukraine has appealed to the West for supplies of modern weaponry.", "Ukraine"),
    ],
)
def test_a_quotation_passes_over_a_caption_to_its_speaker(
    between: str, speaker: str | None
) -> None:
    text = (
        "Russian President Vladimir Putin said the West should not interfere.\n\n"
        "Ukrainian servicemen repair their armour\n\n"
        f"{between}\n\n"
        "‘I want to remind you that Russia is one of the leading nuclear powers.’\n"
    )
    found = {s[0][:9]: s[1] for s in statements(text)}
    assert found.get("‘I want t") == speaker


@pytest.mark.parametrize(
    ("later", "speaker"),
    [
        # the article writes "terror" in lower case too: a common word, capitalised
        ("Terror group has been demanding the release of extremists.", "Terror group"),
        # a name the article never writes in lower case is the group's name
        ("Wagner group has been demanding the release of its men.", "Wagner"),
    ],
)
def test_a_common_word_capitalised_before_group_is_no_name(later: str, speaker: str) -> None:
    text = f"The terror threat is high. {later}"
    assert [s[1] for s in statements(text)] == [speaker]


def test_a_parenthesis_holds_no_verb_of_the_sentence_s_subject() -> None:
    text = (
        "South Korean military (pictured) was alarmed by a fax from the North warning them "
        "to control their vessels."
    )
    assert [s[1] for s in statements(text)] == ["South Korean military"]


@pytest.mark.parametrize(
    "credits",
    [
        "(Reporting by Roberta Rampton in Hanover; Editing by Jonathan Oatis)",
        "(Additional reporting by Saif Hameed; Writing by Stephen Kalin)",
        "(Writing and additional reporting by Vladimir Soldatkin in Moscow)",
    ],
)
def test_a_wire_story_s_credits_are_no_statement(credits: str) -> None:
    text = f"The army said the town was retaken.\n\n{credits}\n"
    assert [s[1] for s in statements(text)] == ["The army"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Israel disputes that breakdown of the dead.", "Israel"),
        ("The account has been disputed by officials of the ruling party.", "officials"),
        ("But critics have questioned its timing.", "critics"),
        # questioned by the police: held, not speaking
        ("Dharda was questioned by counter-terrorism police at the airport.", None),
        ("Erdogan has ruled out any return to negotiations.", "Erdogan"),
        ("It deemed such claims rebel propaganda.", "The ministry"),
        ("He boasted of a 'responsible' end to U.S. involvement.", "He"),
        ("They spoke out after the murder of the journalist.", "The ministry"),
        ("U.S. officials have talked about the need for a response force.", "U.S. officials"),
        # owning, not saying
        ("North Korea boasts one of the world's biggest armies.", None),
        # no one named before the verb: the object after it names no one either
        ("Significantly, it has not ruled out using ground forces.", None),
    ],
)
def test_disputing_questioning_ruling_out_and_speaking_out_are_cues(
    text: str, speaker: str | None
) -> None:
    found = [s[1] for s in statements(f"The ministry said the town fell. {text}")]
    assert found == ["The ministry", *([speaker] if speaker else [])]


@pytest.mark.parametrize(
    ("relative", "speaker"),
    [
        ("which they accuse of allowing the killings", "Turkish Kurds"),
        ("which they said had failed them", "Turkish Kurds"),
    ],
)
def test_they_in_a_relative_clause_speaks_for_the_sentence_s_subject(
    relative: str, speaker: str
) -> None:
    text = f"Turkish Kurds have risen up against the government, {relative}."
    assert [s[1] for s in statements(text)] == [speaker]


def test_it_stands_for_a_body_not_for_people_described_in_the_plural() -> None:
    text = (
        "The Syrian Observatory for Human Rights said the town fell. Trusted sources said "
        "the army withdrew. It said at least 40 fighters were killed in the offensive."
    )
    assert [s[1] for s in statements(text)][-1] == "Syrian Observatory for Human Rights"


@pytest.mark.parametrize(
    ("described", "speaker"),
    [
        ("the Texas Democrat", "Jim Wright"),
        ("The married father of 12", "Jim Wright"),
        # a role, not a person described: as before
        ("the spokesman", "the spokesman"),
    ],
)
def test_a_person_described_is_the_last_person_a_sentence_opened_with(
    described: str, speaker: str
) -> None:
    text = (
        "House Speaker Jim Wright dismissed the administration's plan as unworkable. "
        f"'That is utterly ridiculous,' {described} told reporters."
    )
    assert [s[1] for s in statements(text)][-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Commenting on the attack UN special envoy for Syria Staffan de Mistura said the "
            "talks would resume.",
            "Staffan de Mistura",
        ),
        (
            "Russian presidential envoy to Afghanistan Zamir Kabulov denies the report.",
            "Zamir Kabulov",
        ),
        # control: no office before "to", the name as before
        ("A letter to Barack Hussein Obama said the talks would resume.", "Barack Hussein Obama"),
    ],
)
def test_the_place_of_an_office_for_or_to_it_is_no_first_name(text: str, speaker: str) -> None:
    assert statements(text)[0][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The executioner  – known as ‘Jihadi John’ - tells the camera: 'I’m back, Obama, "
            "and I’m back because of your arrogant foreign policy.'",
            "Jihadi John",
        ),
        (
            "The gunman, known as \"Abu Omar\", told the crowd: 'We will take the city.'",
            "Abu Omar",
        ),
        # control: a quotation after other words is blanked as before
        (
            "The executioner – who shouted ‘Allahu Akbar’ – tells the camera: 'I’m back.'",
            "The executioner",
        ),
    ],
)
def test_a_quoted_nickname_after_known_as_names_the_speaker(text: str, speaker: str) -> None:
    assert statements(text)[0][1] == speaker


@pytest.mark.parametrize(
    ("first", "speaker"),
    [
        ("Syrian state TV said the blast occurred outside a medical centre.", "Syrian state TV"),
        (
            "Al Arabiya television said ten died. Reuters said the toll was higher.",
            "Al Arabiya television",
        ),
        # control: no broadcaster spoke before, the description as before
        ("Reuters said ten died.", "The channel"),
    ],
)
def test_the_channel_is_the_last_broadcaster_that_spoke(first: str, speaker: str) -> None:
    text = f"{first} The channel said there are reports of 20 people killed by the blast."
    assert [s[1] for s in statements(text)][-1] == speaker


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        (
            "Secretary of State Tillerson gave Syria the news Wednesday.",
            "Secretary of State Tillerson",
        ),
        ("Minister of Defence Shoigu ordered the drills.", "Minister of Defence Shoigu"),
        # the full name the article gives, when it gives one
        (
            "Secretary of State Rex Tillerson flew in. Secretary of State Tillerson met him.",
            "Rex Tillerson",
        ),
        # control: no title before the "of" (a body's name), the last person as before
        ("Ministry of Defence Spokesman met reporters.", "Recep Tayyip Erdogan"),
    ],
)
def test_he_after_a_titled_surname_in_the_form_title_of_place(opening: str, speaker: str) -> None:
    text = (
        "Turkish President Recep Tayyip Erdogan said the force must leave. "
        f"{opening} The troop commitment to Syria, he said, is now open-ended."
    )
    assert [s[1] for s in statements(text)][-1] == speaker


@pytest.mark.parametrize(
    ("first", "described", "speaker"),
    [
        ("José, a Caracas bus driver,", "said the young father of two, 34", "José"),
        ("Noha, a mother of three from al-Foua,", "the woman said", "Noha"),
        # a body described in apposition is no person: the description as before
        (
            "Hamas, the militant group,",
            "said the young father of two, 34",
            "the young father of two",
        ),
        # a one-word name the article never describes: as before
        ("Noha", "the woman said", "the woman"),
    ],
)
def test_a_person_described_after_a_one_word_name_given_in_apposition(
    first: str, described: str, speaker: str
) -> None:
    text = (
        f"{first} said the workers were given an ultimatum. "
        f"“They are obliging us to vote,” {described}."
    )
    assert [s[1] for s in statements(text)][-1] == speaker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pyongyang warned on Tuesday that it would strike first. It added: "
            "'The situation is inching towards war.'",
            ["Pyongyang (North Korea)", "Pyongyang (North Korea)"],
        ),
        ("Moscow said the drills were a provocation.", ["Moscow (Russia)"]),
        # "Washington D.C." is written "Washington"
        ("Washington said the sanctions would stay.", ["Washington (United States)"]),
    ],
)
def test_a_capital_speaking_alone_stands_for_its_state(text: str, expected: list[str]) -> None:
    assert [s for _, s, _ in statements(text)] == expected


def test_a_person_with_a_capital_for_a_surname_keeps_the_name() -> None:
    text = (
        "Police chief Kenneth Washington spoke to reporters. "
        "Washington said the road would reopen on Friday."
    )
    assert [s for _, s, _ in statements(text)] == ["Kenneth Washington"]


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [
        ("Seoul; Washington", "Seoul (South Korea); Washington (United States)"),
        ("Cairo; the White House", "Cairo (Egypt); the White House"),
        ("Seoul officials", "Seoul officials"),  # not the capital alone
        ("Jerusalem", "Jerusalem"),  # the seat two states claim
        ("Hamilton", "Hamilton"),  # a small territory's capital, more often a name
        ("Singapore", "Singapore"),  # the state's own name
    ],
)
def test_with_state_adds_the_state_to_each_capital_alone(speaker: str, expected: str) -> None:
    assert with_state(speaker, state_table()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The US-led coalition reported on Friday it had conducted nine airstrikes. "
            "The alliance also said that the strikes had killed three senior leaders.",
            ["US-led coalition", "US-led coalition"],
        ),
        (
            "The commander was killed on Friday, NATO officials say. He died in Kunar "
            "province, the military alliance said.",
            ["NATO officials", "NATO"],
        ),
        (
            "Alliance insisted threat is real\n\nNato has released satellite images of "
            "the build-up, officials said.",
            ["Nato", "officials"],
        ),
    ],
)
def test_the_alliance_is_the_alliance_that_spoke_or_the_one_named(
    text: str, expected: list[str]
) -> None:
    assert [s for _, s, _ in statements(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a coalition with a name of its own is no mention of another
        (
            "NATO said the drills would go on. The U.S. coalition in Syria said it "
            "struck an oil field.",
            ["NATO", "The U.S. coalition in Syria"],
        ),
        # two alliances named, none spoke: which one is meant is not known
        (
            "The Nigerian-led coalition has fought the group since 2015, and NATO is "
            "not involved. The alliance said the offensive would go on.",
            ["The alliance"],
        ),
        (
            "The Saudi-led coalition has bombed the port since March, and NATO is not "
            "involved. The alliance said the blockade would stay.",
            ["The alliance"],
        ),
    ],
)
def test_an_alliance_named_or_among_several_stays_as_worded(text: str, expected: list[str]) -> None:
    assert [s for _, s, _ in statements(text)] == expected


@pytest.mark.parametrize(
    ("second", "speaker"),
    [
        (
            "Ukrainian Prime Minister Arseniy Yatsenyuk visited Donetsk today where he "
            "promised to hand the region more of its own powers.",
            "Arseniy Yatsenyuk",
        ),
        (
            "TTP spokesman Sirajud Din sent an email to reporters in which he claimed the "
            "group had killed the soldiers.",
            "Sirajud Din",
        ),
        # the subject names no person: the pronoun stays with the last speaker
        (
            "The minister visited Donetsk today where he promised to hand the region more powers.",
            "John Kerry",
        ),
    ],
)
def test_a_pronoun_inside_the_sentence_stands_for_its_named_subject(
    second: str, speaker: str
) -> None:
    text = f"John Kerry said the talks had failed. {second}"
    assert [s[1] for s in statements(text)][-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“I pray for your relief,” Boston Marathon bomber Dzhokhar Tsarnaev said. Amid "
            "deep silence in the courtroom, the 21-year-old ethnic Chechen said he was sorry.",
            "Dzhokhar Tsarnaev",
        ),
        (
            "“We were given an ultimatum,” bus driver José Pérez told reporters. “They’re "
            "obliging us to vote,” said the young father of two, who declined to give his name.",
            "José Pérez",
        ),
        # no one named before: the description as worded
        (
            "Amid deep silence in the courtroom, the 21-year-old ethnic Chechen said he was sorry.",
            "the 21-year-old ethnic Chechen",
        ),
    ],
)
def test_a_person_described_is_the_last_person_who_spoke_by_name(text: str, speaker: str) -> None:
    assert [s[1] for s in statements(text)][-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Lt Col Slack, who lost one soldier Lance Corporal James Brynin, 22, of the "
            "Intelligence Corps, during his stint in charge, acknowledged the cost had been heavy.",
            "Slack",
        ),
        (
            "John Smith, who lost a son, Mark, in the war, said the cost had been heavy.",
            "John Smith",
        ),
        (
            "General John Smith, who commanded the brigade in Basra, in Iraq, from 2004 to "
            "2006, said the cost had been heavy.",
            "John Smith",
        ),
        # a relative clause without commas of its own: as before
        ("John Smith, who lost a son in the war, said the cost had been heavy.", "John Smith"),
    ],
)
def test_a_relative_clause_with_commas_describes_the_speaker_before_it(
    text: str, speaker: str
) -> None:
    assert statements(text)[0][1] == speaker


@pytest.mark.parametrize(
    ("described", "speaker"),
    [
        ("the Britain-based organisation", "Syrian Observatory for Human Rights"),
        ("the monitoring group", "Syrian Observatory for Human Rights"),
    ],
)
def test_a_body_described_after_a_monitor_spoke_is_the_monitor_the_article_names(
    described: str, speaker: str
) -> None:
    text = (
        "Government air strikes on Tuesday killed at least 39 people in the north of the "
        'country a monitor said. "The Syrian Observatory for Human Rights has documented '
        f'the deaths of at least 27 people in Tal Hamis" said {described}. Observatory '
        "director Rami Abdel Rahman said nine of those killed were civilians."
    )
    assert [s[1] for s in statements(text)][:2] == [speaker, speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The head of the al-Sheitaat tribe Sheikh Rafaa Aakla al-Raju called in a video "
            "message for other tribes to join the fight.",
            "Rafaa Aakla al-Raju",
        ),
        (
            "The opposition leader called on Twitter for calm after the vote.",
            "The opposition leader",
        ),
        ("Kurdish commanders called last week for more air strikes.", "Kurdish commanders"),
    ],
)
def test_a_call_made_in_a_medium_or_at_a_time_for_something_is_a_statement(
    text: str, speaker: str
) -> None:
    assert statements(text) == [(text, speaker, None)]


@pytest.mark.parametrize(
    "text",
    [
        "The troops called in air support for the besieged unit.",
        "The general called a meeting for Monday.",
    ],
)
def test_a_call_in_of_help_or_a_meeting_called_is_no_statement(text: str) -> None:
    assert statements(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a deputy holds no office of the title he bears
        (
            "Deputy Foreign Minister Sergei Ryabkov met US officials. Russian Foreign "
            "Minister Sergei Lavrov stayed in Moscow. The talks will fail, the foreign "
            "minister said.",
            "Sergei Lavrov",
        ),
        # the holder named with a possessive: his name without it
        (
            "Prime Minister Benjamin Netanyahu's office issued no comment. The strikes will "
            "go on, the prime minister said.",
            "Benjamin Netanyahu",
        ),
        # only a deputy named: no holder, the office as worded
        (
            "Deputy Foreign Minister Sergei Ryabkov met US officials. The talks will fail, "
            "the foreign minister said.",
            "the foreign minister",
        ),
    ],
)
def test_an_office_is_the_one_holder_named_with_its_title_not_a_deputy(
    text: str, speaker: str
) -> None:
    assert [s[1] for s in statements(text)][-1] == speaker


@pytest.mark.parametrize(
    ("described", "speaker"),
    [
        ("US President Joe Biden s top diplomat", "Antony Blinken"),
        # the one holder named is no Russian: the office as worded
        ("Russia's top diplomat", "Russia's top diplomat"),
        # no foreign minister named: the office as worded
        ("Russia's foreign minister", "Russia's foreign minister"),
    ],
)
def test_an_office_described_by_whose_it_is_is_its_one_holder(described: str, speaker: str) -> None:
    text = (
        "US Deputy Secretary of State Wendy Sherman met the delegation. US Secretary of "
        "State Antony Blinken urged Russia to choose diplomacy. “We are going to have to "
        f"see de-escalation,” {described} said."
    )
    assert [s[1] for s in statements(text)][-1] == speaker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Syrian regime forces have continued bombardment of a besieged Damascus suburb "
            "killing more civilians on the sixth consecutive day of heavy bombing - and "
            "prompting a UN warning.",
            [],
        ),
        # the acronym opens the speaker's phrase, or a person is described: as before
        ("A UN spokesman warned the bombing must stop.", ["A UN spokesman"]),
        ("A Palestinian said the strikes hit the camp.", ["Palestinian"]),
    ],
)
def test_a_cue_after_an_article_and_an_acronym_is_a_noun(text: str, expected: list[str]) -> None:
    assert [s[1] for s in statements(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ms Goitein questions how the expansion of the military is justified, given the "
        "numbers of crossings at the border.",
        "The senator questioned why the troops were sent without a vote.",
    ],
)
def test_questioning_how_or_why_is_a_statement(text: str) -> None:
    assert [s[0] for s in statements(text)] == [text]


def test_a_question_as_a_noun_is_no_statement() -> None:
    assert statements("The questions how and why the troops were sent remain open.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The discrepancies in the different casualty figures reported could not be reconciled.",
            [],
        ),
        ("The casualties announced were far higher than the army's.", []),
        # the participle's subject speaks: as before
        ("Iraqi forces reported heavy losses.", ["Iraqi forces"]),
        ("Officials reported 20 people were killed.", ["Officials"]),
    ],
)
def test_a_participle_between_a_plural_noun_and_its_auxiliary_is_no_report(
    text: str, expected: list[str]
) -> None:
    assert [s[1] for s in statements(text)] == expected


def test_an_opening_ellipsis_is_no_part_of_the_speaker() -> None:
    text = (
        "He surrendered to Kurdish forces, officials said.\n"
        "… The department said Khweis used encrypted devices."
    )
    assert statements(text)[-1][:2] == (
        "… The department said Khweis used encrypted devices.",
        "The department",
    )


@pytest.mark.parametrize(
    ("intro", "quoted"),
    [
        (
            "Closing its Sunday editorial the Post instructed the president:",
            "The interventionist Post is saying: The situation is intolerable.",
        ),
        (
            "Here’s its conclusion:",
            "From the open sources of information available, it appears that an attack "
            "took place using two drones.",
        ),
    ],
)
def test_sentence_glued_after_an_introducing_colon_joins_its_unit(intro: str, quoted: str) -> None:
    # guideline §4: an introduction ending in a colon belongs to the first quoted sentence
    text = "The paper weighed in on Sunday. " + intro + quoted + "\nConfront Assad now."
    assert [t for t, _, _ in statements(text)] == [intro + quoted]


def test_sentence_after_a_colon_ending_a_report_of_a_picture_stays_apart() -> None:
    text = (
        "The bureau posted a photo online showing a dumpster mangled by a blast:Police "
        "in New York also reported that they had found a second device."
    )
    assert [t for t, _, _ in statements(text)] == [
        "The bureau posted a photo online showing a dumpster mangled by a blast:",
        "Police in New York also reported that they had found a second device.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Islamic State controls much of the desert in the north and east. Reporting by Sylvia "
        "Westall; Editing by Ron Popeski Our Standards:The Thomson Reuters Trust Principles.",
        "Islamic State controls much of the desert. Additional reporting by Tom Perry; "
        "Writing by Sylvia Westall; Editing by Ron Popeski",
    ],
)
def test_wire_credits_without_brackets_are_no_statement(text: str) -> None:
    assert statements(text) == []


def test_reporting_by_a_named_outlet_still_reports() -> None:
    text = "Reporting by the BBC said at least 20 soldiers had been killed."
    assert [t for t, _, _ in statements(text)] == [text]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Two million people have fled their homes in what the UN has called the "
            "worst crisis in the region.",
            "UN",
        ),
        (
            "The blockade is part of what the US has decried as a starvation tactic.",
            "US",
        ),
        (
            "The armoured vehicles are now used to stop what US President Donald Trump has "
            'called an "invasion" at the border.',
            "Donald Trump",
        ),
    ],
)
def test_speaker_of_a_relative_what_before_a_perfect_auxiliary(text: str, speaker: str) -> None:
    """Guideline §4: an attribution inside a relative clause counts ("which Chad said
    cost …"); "what" stands for the verb's object as "which" does, and "has" may come
    between the clause's subject and its verb."""
    assert statements(text) == [(text, speaker, None)]


@pytest.mark.parametrize(
    "second",
    [
        "The raids however will not weaken the resolve of the people to build a state based "
        "on the rule of law he stressed.",
        "These attacks in which the gunmen have vented their hatred on our pupils are meant "
        "to keep children from school he told SANA.",
    ],
)
def test_pronoun_right_before_the_verb_speaks_in_a_comma_less_clause(second: str) -> None:
    """FA-KES lost its commas: a subject pronoun right before the speech verb is its
    speaker, however long the clause before it ("based on …" is no speaker's place,
    "in which …" no speaker's description)."""
    text = f"Prime Minister Wael al-Halqi condemned the raids. {second}"
    assert statements(text)[-1] == (second, "Wael al-Halqi", "SANA" if "SANA" in second else None)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Families sat outside a neighbouring house, which witnesses said was destroyed "
            "in an air strike.",
            "witnesses",
        ),
        (
            "No group has claimed the bombing which pro-government media said was carried "
            "out by a suicide attacker.",
            "pro-government media",
        ),
    ],
)
def test_bare_role_noun_subject_of_a_relative_clause_speaks(text: str, speaker: str) -> None:
    """Guideline §4: an attribution inside a relative clause counts; a role noun without
    an article ("witnesses", "pro-government media") is the clause's speaker."""
    assert statements(text) == [(text, speaker, None)]


def test_relative_clause_verb_and_object_are_no_speaker() -> None:
    # FA-KES lost the commas around the clause
    text = (
        "Rami Abdulrahman who runs the Britain-based Observatory said the fighters had "
        "withdrawn from the town."
    )
    assert [s for _, s, _ in statements(text)] == ["Rami Abdulrahman"]


def test_insiders_are_a_speaker_role() -> None:
    text = (
        "The ministry released the figures in July, an announcement which insiders said "
        "was a response to the criticism."
    )
    assert statements(text) == [(text, "insiders", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Defence Secretary Michael Fallon met regional leaders on Monday, assuring them "
        "that Britain was committed to the campaign.",
        "Defence Secretary Michael Fallon weighed in on Friday, issuing a statement that "
        "urged both sides to spare civilians.",
    ],
)
def test_speech_participle_after_a_comma_speaks_for_the_subject(text: str) -> None:
    """Guideline §4: assured and "issued a statement" report speech; their participle
    after a comma has the sentence's subject as its speaker."""
    assert statements(text) == [(text, "Michael Fallon", None)]


def test_pronoun_right_before_the_verb_with_no_one_named_before_is_left_alone() -> None:
    """A pronoun no earlier speaker stands for gives no statement by itself: the phrase
    search before it decides, as for any speaker phrase."""
    text = (
        "The raids however will not weaken the resolve of the people to build a state "
        "based on the rule of law he stressed."
    )
    assert statements(text) == []


@pytest.mark.parametrize("person", ["a relative", "a resident", "a doctor", "a farmer"])
def test_he_after_a_described_person_is_that_person(person: str) -> None:
    # guideline §4: "he" resolved where the article makes it clear; one person described
    # by what they are spoke last, not the source quoted before them
    text = (
        "At least 12 people were killed, a medical source said. The house was destroyed in "
        f"the strike, {person} told AFP. “We have nothing left,” he said."
    )
    assert [s for _, s, _ in statements(text)] == ["a medical source", person, person]


def test_he_after_a_staff_reporter_stays_with_the_quoted_man() -> None:
    text = (
        "“We need weapons,” Idris Nassan said. Smoke rose over the town, a Reuters "
        "journalist observing from the border said. “Fighters without arms cannot hold "
        "it,” he added."
    )
    assert [s for _, s, _ in statements(text)][-1] == "Idris Nassan"


def test_person_role_nouns_are_a_vocabulary_list() -> None:
    from annotator.detection.vocabulary import Vocabulary

    extended = Vocabulary.default().extended({"person_role_nouns": ["herdsman"]})
    assert "herdsman" in extended.person_role_nouns
    assert "relative" in Vocabulary.default().person_role_nouns


def test_they_after_a_subject_before_do_is_that_subject() -> None:
    # "do" is a sentence's first verb as "does" and "did" are: the people before it are
    # whom a later "they say" in the sentence stands for, not the last speaker
    text = (
        "The army shelled the district again on Monday, officials said. Many farmers in "
        "the valley do not trust the militia because they say it takes their crops."
    )
    assert [s for _, s, _ in statements(text)] == ["officials", "Many farmers in the valley"]


@pytest.mark.parametrize("verb", ["believe", "feel", "think", "expect"])
def test_they_after_people_leading_with_a_plural_opinion_verb(verb: str) -> None:
    # people who led the sentence before with "believe", "feel" … (no speech) are whom
    # the next sentence's "They also maintain" stands for, not the last speaker
    text = (
        "The ministry said the talks had stalled. French negotiators "
        f"{verb} that the deal can still be saved. They also maintain that the sanctions "
        "will stay in place."
    )
    assert [s for _, s, _ in statements(text)][-1] == "French negotiators"


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        ("Salim Idriss a commander of the Free Syrian Army said", "Salim Idriss"),
        ("Abu Omar al-Halabi a member of the FSA northern command claimed", "Abu Omar al-Halabi"),
        (
            "The town fell on Tuesday. Ahmad al-Hamada a spokesman for the council said",
            "Ahmad al-Hamada",
        ),
    ],
)
def test_name_opening_a_sentence_before_a_description_lost_commas(opening: str, name: str) -> None:
    # FA-KES lost its commas: the person named before "a member of …" is the speaker,
    # also when the name opens the sentence or its surname opens with an Arabic article;
    # a later "he said" is that person
    text = opening + " that the army had withdrawn. “We held the hills,” he said."
    assert [s for _, s, _ in statements(text)][-2:] == [name, name]


@pytest.mark.parametrize(
    ("before", "label", "speaker"),
    [
        ("Bellingcat said the drones were real.", "Here’s its conclusion:", "Bellingcat"),
        ("Hamas said the talks had failed.", "Their message:", "Hamas"),
    ],
)
def test_a_label_owned_by_a_pronoun_is_the_owners_quotation(
    before: str, label: str, speaker: str
) -> None:
    # guideline §4: an introduction ending in a colon belongs to the quoted sentence; the
    # possessive names whose words they are, not "Here’s its"
    text = f"{before} {label} “We will not give up the town.”"
    assert [s for _, s, _ in statements(text)] == [speaker, speaker]


def test_a_label_owned_by_no_one_known_keeps_its_words() -> None:
    text = "Here’s its conclusion: “From the sources available, two drones were used.”"
    assert [s for _, s, _ in statements(text)] == ["Here’s its"]


@pytest.mark.parametrize("unit", ["Division 30", "Brigade 313"])
def test_a_unit_named_with_its_number_speaks(unit: str) -> None:
    # FA-KES lost its commas: the unit's number ends its name before the verb, and the
    # name after "called on" is whom it called on, not the speaker
    text = f"In a statement about the attack {unit} called on Al-Nusra to stop the fighting."
    assert statements(text) == [(text, unit, None)]


def test_a_year_after_a_name_is_no_unit_number() -> None:
    from annotator.detection.speakers import _unit_number

    assert _unit_number(["Division", "30"], 1)
    assert not _unit_number(["March", "2011"], 1)
    assert not _unit_number(["the", "30"], 1)


@pytest.mark.parametrize(
    ("clause", "speaker"),
    [
        ("the source Colonel Ahmad Saleh of the Hamza Division will lead the force.", "the source"),
        ("the official Ahmad Saleh was killed in the strike.", "the official"),
        ("the spokesman Ahmad Saleh the army withdrew from the town.", "Ahmad Saleh"),
    ],
)
def test_according_to_a_role_before_the_subject_of_what_it_said(clause: str, speaker: str) -> None:
    # FA-KES lost the comma after "according to the source": a name its verb follows is
    # what the source spoke of, not the source; a name the clause follows is the source
    text = "According to " + clause
    assert statements(text) == [(text, speaker, None)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The rebels were pushed from the town of Nawa reports say in a major offensive.",
            "Nawa reports",
        ),
        (
            "At least 40 people were killed in the raid, according to preliminary reports.",
            "preliminary reports",
        ),
    ],
)
def test_reports_speak(text: str, speaker: str) -> None:
    # guideline §4: reports count as speakers ("a report says"); "reports say" after a
    # lost comma is the noun, then its verb, not the verb "reports" of "Nawa"
    assert statements(text) == [(text, speaker, None)]


def test_a_name_does_not_run_across_a_blank_line() -> None:
    # a caption without a stop, then a paragraph: "Maiduguri" and "Reports" are no one
    # person's first name and surname; one line break still joins a name's words
    from annotator.detection.speakers import Lexicon, NameRegistry
    from annotator.detection.vocabulary import Vocabulary

    text = (
        "On the run: Civilians gather in a camp on the outskirts of Maiduguri \n\n"
        "Reports from the town of Bama say the city has been devastated. Police chief "
        "Ahmad\nSaleh said the town was calm."
    )
    surnames = NameRegistry(Lexicon.from_vocabulary(Vocabulary.default()), text).surnames
    assert "reports" not in surnames
    assert surnames["saleh"] == "Ahmad Saleh"
    assert statements(text)[0][1] == "Reports from the town of Bama"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "In the southern province of Daraa meanwhile residents said jets bombed a market.",
            "residents of Daraa",
        ),
        (
            "The raids in Homs on Sunday followed strikes that locals said were the worst yet.",
            "locals of Homs",
        ),
        ("Residents said the raids on Monday were the worst in a month.", "Residents"),
        ("Strikes in Hama and shelling in Homs went on all week, residents said.", "residents"),
        ("The strikes in March were the worst yet, residents said.", "residents"),
    ],
)
def test_residents_are_named_with_the_one_place_their_sentence_gives(
    text: str, speaker: str
) -> None:
    # guideline §4: the speaker as the article makes clear ("residents of Idlib"); a
    # month is no place, and two places leave the residents as worded
    assert [s for _, s, _ in statements(text)] == [speaker]


def test_resident_nouns_are_a_vocabulary_list() -> None:
    from annotator.detection.vocabulary import Vocabulary

    text = "In the southern province of Daraa meanwhile townsfolk said jets bombed a market."
    default = Vocabulary.default().extended({"role_nouns": ["townsfolk"]})
    extended = default.extended({"resident_nouns": ["townsfolk"]})
    assert "villagers" in Vocabulary.default().resident_nouns
    assert [c.speaker for c in detect(text, default) if c.kind == KIND_STATEMENT] == ["townsfolk"]
    assert [c.speaker for c in detect(text, extended) if c.kind == KIND_STATEMENT] == [
        "townsfolk of Daraa"
    ]


def test_a_source_described_by_two_words_of_its_name_is_that_body() -> None:
    # "a civil defence group" is the body the article names with both words ("Syria
    # Civil Defence"), though its name has no "group"; the later "The group" is it too
    text = (
        "Gas was dropped on the city on Wednesday a hospital official and a civil defence "
        "group said. Syria Civil Defence a rescue service operating in rebel-held territory "
        "said it had recorded three deaths. The group which describes itself as a neutral "
        "band of volunteers said it could not verify the nature of the gas."
    )
    speakers = [s for _, s, _ in statements(text)]
    assert speakers[1:] == ["Syria Civil Defence", "Syria Civil Defence"]


def test_a_source_described_by_one_word_of_a_name_stays_described() -> None:
    text = (
        "Two people were killed a rights group said. Syria Civil Defence a rescue service "
        "said it had recorded three deaths."
    )
    assert [s for _, s, _ in statements(text)] == ["a rights group", "Syria Civil Defence"]


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("The Civil Defence service", "Civil Defence"),
        ("The Halo Trust charity", "Halo Trust"),
        ("The White Helmets rescue group", "White Helmets"),
    ],
)
def test_a_named_body_loses_the_noun_that_says_what_it_is(phrase: str, name: str) -> None:
    # as "the state-run Anadolu Agency" is Anadolu Agency: the name, not its description
    text = f"{phrase} said two air raids on the town had killed 19."
    assert statements(text) == [(text, name, None)]


@pytest.mark.parametrize(
    ("later", "speaker"),
    [
        ("the former provincial official said", "the former provincial official"),
        ("the senior official said", "a senior official in the defense ministry"),
    ],
)
def test_a_described_speaker_is_no_earlier_one_of_another_kind(later: str, speaker: str) -> None:
    # a definite description stands for an earlier speaker only when that one carries
    # its describing words too; words of rank ("senior", "top") are no kind
    text = (
        "“Corridors must open,” said a senior official in the defense ministry. "
        f"“The situation is difficult but under control,” {later}."
    )
    assert [s for _, s, _ in statements(text)] == [
        "a senior official in the defense ministry",
        speaker,
    ]


def test_the_defence_minister_is_not_the_interior_minister_named_before() -> None:
    text = (
        "“Corridors must open,” the interior minister Oskar Okafor told reporters. "
        "“The situation is under control,” the defence minister said."
    )
    assert [s for _, s, _ in statements(text)] == ["Oskar Okafor", "the defence minister"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Troops approached the suburb, the top municipal official there said.",
            "the top municipal official",
        ),
        ("Officials here said the town was calm.", "Officials"),
    ],
)
def test_there_after_a_speaker_says_where_not_who(text: str, speaker: str) -> None:
    assert statements(text) == [(text, speaker, None)]


def test_there_after_a_form_of_be_is_no_speakers_place() -> None:
    # "Whilst I was there reports came through": no "Whilst I" speaks
    text = "Whilst I was there reports came through that the crew had been kidnapped."
    assert all(s != "Whilst I" for _, s, _ in statements(text))


@pytest.mark.parametrize("verb", ["found", "left", "fled"])
def test_they_after_people_leading_with_an_irregular_past(verb: str) -> None:
    # "government forces found 25 corpses. They accused …": the forces, whom the
    # sentence before led with, not the last speaker
    text = (
        "The council said it would look into the report. Close to the centre of the "
        f"fighting, government forces {verb} the town on Monday. They accused the militias "
        "of carrying out killings."
    )
    assert [s for _, s, _ in statements(text)][-1] == "government forces"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the name a quotation after an article ("called it a “needless war”")
        ("The minister called it a “cowardly act”.", "The minister"),
        ("Residents call it a 'slow siege'.", "Residents"),
        # a long object, its end told by the quotation that names it
        (
            "The government has called the soldiers who took over Ukrainian bases in "
            "Crimea 'self defence forces'.",
            "The government",
        ),
        ('Villagers call the troops who guard the checkpoint "occupiers".', "Villagers"),
    ],
)
def test_naming_verb_whose_name_is_a_quotation(text: str, speaker: str) -> None:
    assert statements(text) == [(text, speaker, None)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The movement is still designated as a terrorist group by the European Union.",
            "European Union",
        ),
        (
            "The militia has been designated 'a foreign terrorist organisation' by the State "
            "Department.",
            "State Department",
        ),
        (
            "The general was branded a “traitor” by the country's president.",
            "the country's president",
        ),
    ],
)
def test_passive_naming_verb_with_its_agent_after_the_name(text: str, speaker: str) -> None:
    # the subject is what is named; the agent after the name named it
    assert statements(text) == [(text, speaker, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Civilians fled to a designated safe zone as fighting raged.",
        "The area was designated a safe zone in 2015.",
    ],
)
def test_designated_without_an_agent_names_nothing(text: str) -> None:
    assert statements(text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "via"),
    [
        # an outlet quoting or citing a source relays it, wherever the phrase stands
        (
            "The Sunday paper, quoting senior officials, said the talks had failed.",
            "senior officials",
            "The Sunday paper",
        ),
        ("Reuters reported 15 deaths, citing local officials.", "local officials", "Reuters"),
        # guideline §4: commas lost, the outlet is the phrase before "citing"
        (
            "The state-run Anadolu Agency citing military officials said 20 died.",
            "military officials",
            "Anadolu Agency",
        ),
    ],
)
def test_an_outlet_quoting_or_citing_a_source_relays_it(text: str, speaker: str, via: str) -> None:
    assert statements(text) == [(text, speaker, via)]


def test_a_relaying_outlets_report_is_the_outlets() -> None:
    text = (
        "The state-run Anadolu Agency citing military officials said 20 died. The report "
        "said the raids came after shelling."
    )
    assert [s for _, s, _ in statements(text)] == ["military officials", "Anadolu Agency"]


def test_a_body_citing_a_reason_relays_no_one() -> None:
    text = "The army said 20 militants died, citing intelligence reports."
    assert statements(text) == [(text, "The army", None)]


@pytest.mark.parametrize("heading", ['"WE HAVE NOTHING LEFT"', '"NEVER AGAIN" PLEA'])
def test_an_all_capitals_sub_heading_continues_no_quotation(heading: str) -> None:
    text = (
        '"The shelling went on all night," said Amal Saleh, a teacher.\n\n'
        f"{heading}\n\nAid convoys reached the town on Monday."
    )
    assert [t for t, _, _ in statements(text)] == [
        '"The shelling went on all night," said Amal Saleh, a teacher.'
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # guideline §4: any form of a verb of saying reports speech, not only the forms
        # the vocabulary first listed
        ("Army chief Omar Tall explains that the bridge will be held.", "Omar Tall"),
        ("The envoy reaffirmed that the talks would resume in May.", "The envoy"),
        ("The minister underscored that no troops would be sent.", "The minister"),
        ("A police source recounted that two of the dead were officers.", "A police source"),
        ("Senator Ruth Kline replies that the vote was lawful.", "Ruth Kline"),
        ("The general cautions that the front could collapse within days.", "The general"),
        ("Ms Bell recounted that the soldiers had fired into the crowd.", "Bell"),
        ("The governor asserts that the curfew is working.", "The governor"),
        ("The rebel commander swore that his men would never surrender.", "The rebel commander"),
    ],
)
def test_other_forms_of_verbs_of_saying(text: str, speaker: str) -> None:
    assert statements(text) == [(text, speaker, None)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a participle of saying after the speaker's own clause
        (
            "The president spoke on Monday, noting that the army had retaken the airport.",
            "The president",
        ),
        (
            "Jane Roe visited the base, reiterating that the troops would stay.",
            "Jane Roe",
        ),
        (
            "The junta issued a decree declaring that the border was closed.",
            "The junta",
        ),
    ],
)
def test_a_participle_of_saying_takes_its_clauses_subject(text: str, speaker: str) -> None:
    assert [(t, s) for t, s, _ in statements(text)] == [(text, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        # "recalls" as "brings to mind", "pledging allegiance" and a law's text are no speech
        "The crisis recalls the oil shock of the 1970s.",
        "Tribes had to choose between fighting the group or pledging allegiance.",
        "Language in the bill also reaffirms the commitment to the alliance.",
    ],
)
def test_verb_forms_that_are_no_speech(text: str) -> None:
    assert statements(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # guideline §4: a quotation's tag reports it, whatever the verb of the tag, when
        # the quotation stands right before it and no one spoke before
        ('"We will not leave this city," he continued.', "he"),
        ('"This is a farce," the lawyer protested.', "the lawyer"),
        ('"Nobody believes that any more," Omar Haddad laughed.', "Omar Haddad"),
        ("'It is over for them,' the commander concluded.", "the commander"),
        ("\u201cThey will be back,\u201d the old man sighed.", "the old man"),
        ('"The talks are dead," continued the envoy.', "the envoy"),
        ('"Everything is gone," sobbed Fatima Noor, 54, whose house was hit.', "Fatima Noor"),
        (
            '"We have lost everything. Our house is gone. Nobody helps us," the widow sighed.',
            "the widow",
        ),
    ],
)
def test_a_quotation_tagged_by_a_verb_of_its_own(text: str, speaker: str) -> None:
    assert statements(text) == [(text, speaker, None)]


@pytest.mark.parametrize(
    "text",
    [
        # without the quotation before them the tag verbs report nothing; a quoted name
        # before them is no speech
        "Fighting continued for a third day in the north.",
        "The children laughed as the convoy passed.",
        "Villagers protested against the new checkpoint.",
        '"Operation Dawn" continued for a third week.',
        "'Peace Spring' concluded in October with a truce.",
    ],
)
def test_tag_verbs_without_a_quotation_report_nothing(text: str) -> None:
    assert statements(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # guideline §4, headlines with attribution ("Russia: Terrorists breached …"):
        # the clause after the source's label may open in lower case or with a quote mark
        ("Zelensky: we will never give up Crimea", "Zelensky"),
        ("Erdogan: our troops will stay in Syria until the job is done", "Erdogan"),
        ("Pentagon: two soldiers killed in Iraq rocket attack", "Pentagon"),
        ("Netanyahu: 'we will win this war'", "Netanyahu"),
        ("Kremlin: talks with Kyiv are not on the agenda", "Kremlin"),
    ],
)
def test_a_headline_label_heading_a_clause_in_lower_case(text: str, speaker: str) -> None:
    assert [s for _, s, _ in statements(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Analysis: the war nobody wants to end",
        "Video: the moment the bridge collapsed",
        "Update: 12 dead after flooding in the north",
    ],
)
def test_an_editorial_label_in_lower_case_names_no_source(text: str) -> None:
    assert statements(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a parting, a greeting or a prayer said reports nothing (guideline §4: a
        # communicative act with content)
        "Friends and relatives say goodbye to volunteers before they leave for the front.",
        "Families said farewell to the soldiers at the station.",
        "Mourners said a final prayer for the victims of the attack.",
        "The crew said their last goodbyes before boarding the ship.",
        "Children were saying goodbye to their fathers at the base.",
        "Residents said a tearful farewell to the peacekeepers.",
    ],
)
def test_a_parting_or_prayer_said_is_no_statement(text: str) -> None:
    assert statements(text) == []


def test_a_parting_does_not_hide_a_later_attribution() -> None:
    text = "The troops said goodbye to Kabul, the army said."
    assert statements(text) == [(text, "the army", None)]


@pytest.mark.parametrize(
    "text",
    [
        # a request for comment reports nothing said
        "The BBC has asked the Israeli military for comment.",
        "Reuters asked the ministry for comment but received no reply.",
        "AFP has asked the army to comment on the report.",
        "The newspaper has asked for comment about the other strikes.",
        "The agency asked the embassy for further comment on Tuesday.",
        # reports no one gave
        "There were reports that a village in the region had been liberated.",
        "There have been reports of looting in the capital.",
        "There are unconfirmed reports that the general was killed.",
        "There were also conflicting reports about the number of dead.",
        "There was no report of casualties.",
    ],
)
def test_a_request_for_comment_or_reports_no_one_gave(text: str) -> None:
    assert statements(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The senator asked the minister why troops had been sent.", "The senator"),
        (
            "There were reports of heavy shelling in Aleppo, according to the Observatory.",
            "Observatory",
        ),
    ],
)
def test_questions_and_sourced_reports_still_count(text: str, speaker: str) -> None:
    assert [s for _, s, _ in statements(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # guideline §4, the author's own claims: an outlet's note that it could not
        # check a claim reports no one's words
        "Reuters could not independently confirm the reports.",
        "CNN cannot independently confirm the claims.",
        "AFP was unable to independently confirm the toll.",
        "The BBC has not been able to independently confirm the account.",
        "Sky News could not independently confirm the video, which was posted online.",
    ],
)
def test_an_outlet_unable_to_confirm_independently_reports_nothing(text: str) -> None:
    assert statements(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # guideline §4, "blamed": blame laid with "hold … responsible / to blame /
        # accountable"
        ("The government held the rebels responsible for the massacre.", "The government"),
        ("Both sides have held the other to blame for the collapse of the truce.", "Both sides"),
        ("The UN envoy held the militia accountable for the killings.", "The UN envoy"),
        ("The rebel council holds the army responsible for the shelling.", "The rebel council"),
        ("The opposition condemned the attack, holding the regime responsible.", "The opposition"),
    ],
)
def test_blame_laid_with_hold(text: str, speaker: str) -> None:
    assert [s for _, s, _ in statements(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Officials held talks on who was responsible for the blast.",
        "The army holds the town and is responsible for its security.",
        "Police held a meeting with those responsible for security.",
    ],
)
def test_hold_without_blame_laid_is_no_statement(text: str) -> None:
    assert statements(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a sentence opening "Reports that …" names the reports, nobody who gave them;
        # only a cue that is never a noun opens a headline with its subject left out
        "Reports that soldiers had been deployed first emerged in October.",
        "Reports that the general had died spread quickly on Monday.",
        "Reports that the ceasefire had collapsed reached the capital by noon.",
        "Reports that the convoy was hit could not be verified.",
        "Reports that rebels had seized the airport caused panic in the city.",
    ],
)
def test_reports_opening_a_sentence_are_no_ones(text: str) -> None:
    assert statements(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The imam said prayers would be held for the victims on Friday.",
        "The ministry said grace periods for the loans would end in March.",
        "Officials said farewells would be held for the soldiers on Monday.",
    ],
)
def test_a_parting_word_that_opens_the_reported_clause_is_no_parting(text: str) -> None:
    # guideline §4: "prayers would be held" is what the speaker said, not a prayer said
    assert [span for span, _, _ in statements(text)] == [text]
    assert statements("Mourners said a final prayer at the grave.") == []


@pytest.mark.parametrize(
    "text",
    [
        "ISRAEL HOLDS HAMAS RESPONSIBLE FOR ATTACK",
        "Israel Held Hamas Responsible For The Attack",
        "Israel held Hamas responsible for the attack.",
    ],
)
def test_blame_laid_with_hold_is_a_statement_in_a_headline_too(text: str) -> None:
    assert [claim.kind for claim in detect(text) if claim.kind == KIND_STATEMENT] == [
        KIND_STATEMENT
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry recalled its ambassador for consultations.",
        "Ankara recalled its top diplomat in Vienna after the vote.",
        "The government recalled all its ambassadors from the region.",
        "Qatar has recalled the ambassador from Cairo.",
        "The army recalled 5,000 reservists on Sunday.",
        "Egypt is recalling its envoys to Qatar and Bahrain.",
    ],
)
def test_recalling_an_envoy_or_reservists_is_no_speech(text: str) -> None:
    # guideline §4: a communicative act with content; calling someone home says nothing
    assert statements(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Officials recalled that the town had been shelled before.", "Officials"),
        ("The minister recalled that its ambassador had warned of the attack.", "The minister"),
        ("The general recalled how his troops had fled the city.", "The general"),
        (
            "The foreign ministry recalled its envoy and said the attack was unacceptable.",
            "The foreign ministry",
        ),
    ],
)
def test_recalling_what_happened_is_still_said(text: str, speaker: str) -> None:
    assert [s for _, s, _ in statements(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # guideline §4 "reported": the plural present reports too
        ("Israeli media report that the cabinet has approved the plan.", "Israeli media"),
        ("Cameroonian soldiers report chasing militants over the border.", "Cameroonian soldiers"),
        ("Activists report that 20 people were killed in the strikes.", "Activists"),
        ("Witnesses report seeing tanks on the highway.", "Witnesses"),
        ("Medics report that hospitals are overwhelmed.", "Medics"),
        ("Officials report 12 dead in the blast.", "Officials"),
    ],
)
def test_a_plural_subject_that_reports_is_a_speaker(text: str, speaker: str) -> None:
    assert statements(text) == [(text, speaker, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Journalists who report on the war face arrest.",
        "The soldiers were ordered to report any movement.",
        "Troops report for duty at dawn.",
        "It was not possible to verify the agencys report.",
    ],
)
def test_report_as_a_noun_or_reporting_for_duty_is_no_statement(text: str) -> None:
    assert statements(text) == []


def test_a_report_a_name_modifies_is_no_verb() -> None:
    text = "The UN report found that both sides had committed abuses."
    assert statements(text) == [(text, "The UN report", None)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # guideline §4 "claimed": a figure with a verb of its own after its phrase is what
        # was claimed, not a toll the claim took
        ("The militant-run Amaq agency claimed 40 soldiers were killed.", "Amaq"),
        ("The monitor claimed 12 fighters died in the clashes.", "The monitor"),
        ("The rebels claimed more than 50 government troops had been killed.", "The rebels"),
        ("The army claimed 300 insurgents were captured during the operation.", "The army"),
        ("Hamas claims 20 Israeli soldiers have been wounded.", "Hamas"),
    ],
)
def test_a_claimed_figure_with_its_own_verb_is_a_claim(text: str, speaker: str) -> None:
    assert statements(text) == [(text, speaker, None)]


@pytest.mark.parametrize(
    "text",
    [
        "The fighting has claimed 40 lives, and officials were unable to count the wounded.",
        "The epidemic claimed 3 lives as doctors were away.",
        "The war has claimed more than 250,000 lives since 2011.",
    ],
)
def test_a_toll_claimed_before_another_clause_is_still_no_claim(text: str) -> None:
    assert statements(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # guideline §4: "X, a teacher, spoke to … and said" is X speaking; the description
        # after the name is no second speaker
        (
            "Amal Saleh, a teacher, spoke to AFP by phone and said the shelling had stopped.",
            "Amal Saleh",
        ),
        ("Jane Roe, the UN envoy, met both sides and said talks would resume.", "Jane Roe"),
        (
            "Omar Haddad, a driver, spoke to Reuters by phone and said the road was closed.",
            "Omar Haddad",
        ),
        (
            "Lena Berg, a nurse at the clinic, spoke to the BBC and said the wards were full.",
            "Lena Berg",
        ),
        (
            "Hassan Ali, a shopkeeper, spoke to reporters in the market and said prices had "
            "tripled.",
            "Hassan Ali",
        ),
        (
            "Yusuf Demir, a 30-year-old fighter, spoke to AFP from the front and said the line "
            "had held.",
            "Yusuf Demir",
        ),
    ],
)
def test_a_name_with_a_description_then_and_said_is_the_named_speaker(
    text: str, speaker: str
) -> None:
    assert [s for _, s, _ in statements(text)] == [speaker]


def test_a_place_before_the_subject_of_and_said_is_no_name() -> None:
    text = "In Gaza, the health ministry met donors and said 40 people were killed."
    assert [s for _, s, _ in statements(text)] == ["the health ministry"]


@pytest.mark.parametrize(
    ("near_miss", "text", "speaker"),
    [
        # guideline §4: generic but identifiable speakers, named by the service or
        # business they run, or as the other side of a contest; the same nouns saying
        # nothing make no statement
        (
            "The airline flew 40 million passengers last year.",
            "The airline said the strike was illegal and urged staff to return.",
            "The airline",
        ),
        (
            "The ferry operator runs six boats.",
            "Two passengers were hurt, according to the ferry operator.",
            "the ferry operator",
        ),
        (
            "His military service ended in 2010.",
            "The fire service said the blaze was under control by midnight.",
            "The fire service",
        ),
        (
            "The school's management of the budget was praised.",
            "A teacher was killed, according to the school's management.",
            "the school's management",
        ),
        (
            "Her rival for the seat is a former judge.",
            "Her rival said the count had been rigged in three districts.",
            "Her rival",
        ),
        (
            "The coastguard searched the bay overnight.",
            "The coastguard said four fishermen were still missing.",
            "The coastguard",
        ),
        (
            "The club won the league for the third time.",
            "The club said the match would go ahead behind closed doors.",
            "The club",
        ),
    ],
)
def test_a_service_business_or_rival_speaks(near_miss: str, text: str, speaker: str) -> None:
    assert statements(f"{near_miss} {text}") == [(text, speaker, None)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # guideline §4 and §0 (FA-KES lost its commas): a body named without "the",
        # then its description, speaks under its name, as "The Syrian Observatory … a
        # British-based monitoring group said" does
        (
            "Syria Civil Defence a Syrian rescue group operating in rebel-held territory said "
            "it had recorded three deaths.",
            "Syria Civil Defence",
        ),
        (
            "Sudan Doctors Network a medical group working in rebel areas said 40 people were "
            "wounded.",
            "Sudan Doctors Network",
        ),
        (
            "Medecins Sans Frontieres a medical charity running clinics in the camps said "
            "cholera had spread.",
            "Medecins Sans Frontieres",
        ),
        (
            "Shelling hit the camp on Monday and Syria Civil Defence a rescue service working in "
            "rebel-held areas said five died.",
            "Syria Civil Defence",
        ),
        (
            "Human Rights Watch a rights group tracking the abuses said the raids were unlawful.",
            "Human Rights Watch",
        ),
    ],
)
def test_a_bare_name_before_its_commaless_description_speaks(text: str, speaker: str) -> None:
    assert statements(text) == [(text, speaker, None)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # guideline §4: "he" or "she" opening a free relative ("what he says is …") in a
        # sentence whose subject is a person stands for that subject, not for the last
        # speaker before
        (
            "Ali Rizeigat posted a video showing fighters near what he says is the eastern gate.",
            "Ali Rizeigat",
        ),
        (
            "Maria Lopez pointed to what she said were fresh graves behind the church.",
            "Maria Lopez",
        ),
        (
            "Omar Haddad showed reporters what he described as shrapnel from a cluster bomb.",
            "Omar Haddad",
        ),
        ("Jane Roe walked through what she called the worst-hit street in the town.", "Jane Roe"),
        ("Yusuf Demir filmed what he claimed was an enemy drone over the base.", "Yusuf Demir"),
    ],
)
def test_a_pronoun_opening_a_free_relative_is_the_sentences_subject(
    text: str, speaker: str
) -> None:
    earlier = "A doctor told us the wards were full. "
    assert statements(earlier + text)[-1] == (text, speaker, None)


@pytest.mark.parametrize(
    "text",
    [
        # guideline §4: saying "nothing" about a topic reports no content, as "made no
        # mention" does
        "The ministry said nothing about casualties.",
        "The statement says nothing of the hostages.",
        "The army has said nothing on the matter.",
        "Officials said nothing further.",
        "The communique says nothing about a withdrawal.",
    ],
)
def test_saying_nothing_about_a_topic_is_no_statement(text: str) -> None:
    assert statements(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "nothing" as the subject of the clause reported is content
        ("He said nothing would change after the vote.", "He"),
        ("The minister said nothing could justify the attack.", "The minister"),
    ],
)
def test_nothing_opening_the_reported_clause_is_still_a_statement(text: str, speaker: str) -> None:
    assert statements(text) == [(text, speaker, None)]


@pytest.mark.parametrize(
    ("text", "unit", "speaker"),
    [
        # guideline §4: a sub-headline that labels a quotation with its speaker, before
        # or after a colon, is that speaker's statement
        (
            "The city was calm on Monday.\n\nArmy: 'We are holding'\n\nShops stayed shut.",
            "Army: 'We are holding'",
            "Army",
        ),
        (
            "Aid has not reached the camp.\n\n'Horrified': UN relief chief\n\nThe road is shut.",
            "'Horrified': UN relief chief",
            "UN relief chief",
        ),
        (
            "President Volodymyr Zelensky visited Kharkiv.\n\n"
            'Zelensky: "We will not give up Kharkiv"\n\nFighting continued.',
            'Zelensky: "We will not give up Kharkiv"',
            "Volodymyr Zelensky",
        ),
        (
            "The strike hit a school.\n\n“A war crime”: rights group\n\nNine pupils died.",
            "“A war crime”: rights group",
            "rights group",
        ),
        (
            "Talks resumed in Doha.\n\nMediators: “Closer than ever”\n\nNo date was set.",
            "Mediators: “Closer than ever”",
            "Mediators",
        ),
    ],
)
def test_a_sub_headline_labelling_a_quotation_is_its_speakers_statement(
    text: str, unit: str, speaker: str
) -> None:
    assert (unit, speaker, None) in statements(text)


@pytest.mark.parametrize(
    "text",
    [
        # numbered boxes, source lines and form fields label no speaker
        'The report has boxes.\n\nBox 3: "Self-defence brigades"\n\nResidents armed themselves.',
        "The report ends here.\n\nSource:\n\n“Annual Review”, page 4.",
        'The form was filled in.\n\nArrest Information: "none"\n\nBail was set.',
    ],
)
def test_a_label_that_names_no_speaker_makes_no_statement(text: str) -> None:
    assert statements(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # guideline §4: a participle and its preposition after a role describe the
        # speaker ("a diplomat involved in the talks"), as "an official based in Aleppo"
        # does; they are not the clause's verb
        (
            "A diplomat involved in the talks told us the two sides were close.",
            "A diplomat involved in the talks",
        ),
        (
            "An official involved in the negotiations said the deal was near.",
            "An official involved in the negotiations",
        ),
        (
            "An engineer employed at the plant said the valves were faulty.",
            "An engineer employed at the plant",
        ),
        (
            "Residents reached by phone described heavy gunfire overnight.",
            "Residents reached by phone",
        ),
        (
            "A soldier deployed in the south said supplies were short.",
            "A soldier deployed in the south",
        ),
        (
            "An adviser briefed on the plan said the vote would be delayed.",
            "An adviser briefed on the plan",
        ),
    ],
)
def test_a_participle_describing_the_speaker_is_part_of_the_speaker(
    text: str, speaker: str
) -> None:
    # a finite verb before "and said" still ends the subject ("Police arrived … and said")
    other = "Police arrived at the scene and said two people were hurt."
    assert statements(f"{other} {text}") == [(other, "Police", None), (text, speaker, None)]


@pytest.mark.parametrize(
    "text",
    [
        # an amount of time, distance or money added is arithmetic, not speech
        "Sailing around the Cape of Good Hope adds roughly 10 to 14 days to a journey between "
        "Asia and Europe.",
        "Closing the Kerch Bridge adds 300 km to the route for lorries bound for Crimea.",
        "The detour through Lake Kivu added two days to the convoy's journey.",
        "Avoiding the Strait of Hormuz adds about 3,000 miles to each voyage.",
        "Rerouting flights around Russian airspace adds up to 3 hours to trips from Helsinki.",
        "The blockade of the Port of Odesa added $1 billion to Ukraine's export costs.",
    ],
)
def test_an_amount_added_is_no_statement(text: str) -> None:
    assert statements(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # people, shares and times said may still open what was added in speech
        ("He added 40 people were hurt in the blast.", "He"),
        ("The minister added two days later that the talks had failed.", "The minister"),
    ],
)
def test_what_was_added_in_speech_is_still_a_statement(text: str, speaker: str) -> None:
    assert statements(text) == [(text, speaker, None)]
