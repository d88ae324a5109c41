"""Wordings the fifty-second round mended from the errors of a broadcaster's world feed
(Sky News, October 2023) and of opinion columns reposted from 2011 (Voltaire Network,
Activist Post), each with made-up sentences of its own and near misses: HTML character
references left in scraped text, a headline's "…, says defence secretary", a headline's
"Palestinians 'told to move south'" (told, not telling), sources "cited by" an outlet,
a state's initials before a described name ("UK counter espionage agent David
Shayler"), a relative "of" a described person, thousands set off by periods ("2.000"),
a harm's gerund after "and" ("… and kidnapping others"), a cue after "after" or "amid"
as a noun, and a war or an emergency declared as no statement; and a text set all in
capitals (monitoring services' translations, 1989), read in the case English writes it."""

from annotator.detection import detect
from annotator.detection.entities import decoded_references
from annotator.detection.reading import as_undamaged
from annotator.detection.written_case import in_capitals, in_written_case
from annotator.domain import KIND_CASUALTY, KIND_STATEMENT
from tests.helpers import figures, speaker_of, statements

# --- HTML character references ---------------------------------------------------------

FEED_ITEM = (
    "The head of MI5, Britain&#8217;s security service, said the threat was growing.&#160;"
    "At least 40&nbsp;people were killed in northern&#160;Gaza, officials said.&#160;"
)


def test_references_are_decoded_with_a_map_back_to_the_source() -> None:
    decoded = decoded_references("Britain&#8217;s army &amp; navy&#x2019;s&nbsp;ships")
    assert decoded is not None
    assert decoded.text == "Britain\u2019s army & navy\u2019s\u00a0ships"
    source = "Britain&#8217;s army &amp; navy&#x2019;s&nbsp;ships"
    # a span over a decoded character takes in its whole reference
    at = decoded.text.index("\u2019")
    assert decoded.span_in_source(at, at + 1) == (7, 14)
    start, end = decoded.span_in_source(0, len(decoded.text))
    assert (start, end) == (0, len(source))
    word = decoded.text.index("army")
    assert source[slice(*decoded.span_in_source(word, word + 4))] == "army"


def test_text_without_references_is_not_decoded() -> None:
    assert decoded_references("AT&T said the Q&A ran late; &unknown; stays") is None
    assert decoded_references("no ampersand at all") is None


def test_claims_in_text_with_references_keep_the_texts_own_offsets() -> None:
    claims = detect(FEED_ITEM)
    for claim in claims:
        assert FEED_ITEM[claim.start : claim.end] == claim.text
    said = [c for c in claims if c.kind == KIND_STATEMENT]
    assert [c.text for c in said] == [
        "The head of MI5, Britain&#8217;s security service, said the threat was growing.",
        "At least 40&nbsp;people were killed in northern&#160;Gaza, officials said.",
    ]
    assert said[1].speaker == "officials"
    dead = [c for c in claims if c.kind == KIND_CASUALTY]
    assert [(c.text, c.value and c.value.min) for c in dead] == [("At least 40&nbsp;people", 40)]


def test_a_possessive_written_as_a_reference_is_read_as_one() -> None:
    text = "Ukraine&#8217;s defence minister said 3,000&#160;troops had crossed the river."
    assert speaker_of(text, "crossed") == "Ukraine\u2019s defence minister"
    assert ("troops", "3,000&#160;troops", 3000, 3000, None) in figures(text)


# --- a headline's speaker after its verb -----------------------------------------------


def test_a_role_after_says_at_a_headlines_end_is_its_speaker() -> None:
    for headline in (
        "Britons 'highly likely' among hostages held by Hamas in Gaza, says defence secretary",
        "Hostages 'highly likely' held in Gaza, says defence secretary",
        "Ceasefire talks stalled, says foreign minister",
    ):
        (said,) = statements(headline)
        assert said[1] is not None and said[1].endswith(("secretary", "minister")), headline


def test_a_subject_before_says_keeps_the_speech_its_own() -> None:
    # a subject in apposition has two commas; what follows "said" is what was said
    (said,) = statements("Smith, the spokesman, said defence spending would rise.")
    assert said[1] == "Smith"
    (said,) = statements("The ministry said the strikes hit ISIS positions.")
    assert said[1] == "The ministry"


# --- told, not telling ------------------------------------------------------------------


def test_told_to_and_a_verb_is_no_speech_of_its_subject() -> None:
    assert statements("Gaza residents told to evacuate within 24 hours") == []
    text = "Residents told to leave homes as fighting nears, officials say."
    assert speaker_of(text, "Residents") == "officials"
    text = "Sunak urges Israel to protect civilians as 1.1 million Palestinians 'told to go south'"
    assert speaker_of(text, "Sunak") == "Sunak"


def test_told_to_whom_is_still_speech() -> None:
    assert speaker_of("He told to reporters that the army would stay.", "army") == "He"
    assert speaker_of("The army told residents to leave.", "army") == "The army"
    assert speaker_of("Colonel Ali told to the committee that troops left.", "troops") == "Ali"


# --- who speaks in a phrase ----------------------------------------------------------------


def test_sources_cited_by_an_outlet_speak_themselves() -> None:
    text = "Anonymous diplomats cited by Haaretz say that the board will not condemn Iran."
    assert speaker_of(text, "board") == "Anonymous diplomats"
    text = "Two sources cited by the Wall Street Journal said the talks had stalled."
    assert speaker_of(text, "talks") == "Two sources"
    # the outlet that cites speaks when it is the subject
    assert speaker_of("Haaretz cited two diplomats on Monday.", "Haaretz") != "two diplomats"


def test_a_states_initials_before_a_description_place_the_named_person() -> None:
    for source in ("UK counter espionage agent", "US army spokesman", "France's envoy"):
        text = f"According to {source} David Shayler, the plot was funded by MI6."
        assert speaker_of(text, "plot") == "David Shayler", source
    # initials that stand for the speaker themselves stay a body
    assert speaker_of("According to UN figures, 40 people died.", "figures") != "UN figures 40"


def test_a_relative_of_a_described_person_is_the_speaker() -> None:
    text = "The wife of opposition leader Alexei Navalny said she would continue his work."
    assert speaker_of(text, "continue") == "The wife of opposition leader Alexei Navalny"
    text = (
        "The mother-in-law of Scotland's first minister Humza Yousaf has asked "
        '"where is people\'s humanity?"'
    )
    assert speaker_of(text, "humanity") == (
        "The mother-in-law of Scotland's first minister Humza Yousaf"
    )
    # a role's holder named after "of" is the one who speaks
    text = "The father of one of the hostages, Yoni Asher, told reporters he was desperate."
    assert speaker_of(text, "desperate") == "Yoni Asher"
    text = "The head of the UN agency Philippe Lazzarini said aid was blocked."
    assert speaker_of(text, "aid") == "Philippe Lazzarini"


# --- figures -------------------------------------------------------------------------------


def test_thousands_set_off_by_periods() -> None:
    text = "Almost 2.000 people have been killed. More than 1.200.000 people have fled."
    found = figures(text)
    assert ("casualty", "Almost 2.000 people", 2000, 2000, "killed") in found
    assert ("casualty", "More than 1.200.000 people", 1200000, None, "displaced") in found
    # at a sentence's end too, where a period follows the last group
    assert [f[1:3] for f in figures("The death toll rose to 1.200.000.")] == [
        ("1.200.000", 1_200_000)
    ]
    # decimals with a scale, and a decimal of one or two places, stay decimals
    assert figures("Some 1.5 million people have fled.")[0][2] == 1_500_000
    assert figures("Some 2.500 million people have fled.")[0][2] == 2_500_000


def test_a_harms_gerund_after_and_opens_no_coordinated_head() -> None:
    text = "Gunmen killed hundreds of partygoers and kidnapping others, officials said."
    assert [f[1] for f in figures(text)] == ["hundreds of partygoers"]
    text = "Gunmen killed 20 soldiers and wounded civilians in the raid."
    assert [f[1] for f in figures(text)] == ["20 soldiers"]
    # a coordinated head with its own modifier stays one span
    text = "The strike killed 12 soldiers and allied fighters, officials said."
    assert [f[1] for f in figures(text)] == ["12 soldiers and allied fighters"]


# --- no speech -----------------------------------------------------------------------------


def test_a_cue_after_a_preposition_is_a_noun() -> None:
    assert statements("High security in Jerusalem after calls for 'day of rage'") == []
    assert statements("Demonstrations after claims civilians were killed in night raids") == []
    # "since" may be an adverb before a verb
    text = "Petro has since said he is willing to return to talks."
    assert speaker_of(text, "Petro") == "Petro"


def test_war_or_an_emergency_declared_is_an_act_not_speech() -> None:
    for sentence in (
        "Israel formally declares war as airstrikes against Hamas continue",
        "The government declared a state of emergency in three provinces.",
        "The president declared martial law on Monday.",
        "The junta declared a three-day curfew in the capital.",
    ):
        assert statements(sentence) == [], sentence
    assert speaker_of("He declared that the war was over.", "war") == "He"
    text = "The army declared victory, saying the town had fallen."
    assert speaker_of(text, "victory") == "The army"
    text = "Gov. Andy Beshear declared a state of emergency and said he had sent 120 troops."
    assert speaker_of(text, "troops") == "Andy Beshear"


# --- a text set all in capitals --------------------------------------------------------

MONITORED_REPORT = (
    "SAN SALVADOR, 25 MAY 89 (CANAL DOCE) -- [REPORT] [TEXT] GUERRILLAS OF THE FARABUNDO\n"
    "MARTI NATIONAL LIBERATION FRONT (FMLN) ATTACKED THE 1ST INFANTRY BRIGADE LAST NIGHT,\n"
    "KILLING 12 SOLDIERS AND WOUNDING 30 OTHERS, COL. RENE EMILIO PONCE SAID. THE UN SAYS\n"
    "US TROOPS TOLD US THAT PRIME MINISTER DAVID CAMERON AND US PRESIDENT JOE BIDEN MET.\n"
    "AMBASSADOR RYAN CROCKER ACCUSED THE REBELS OF SHELLING THE TOWN. THE REBELS DIDN'T\n"
    "STOP THEIR ATTACKS IN THE UNITED STATES OR IN CHINA.\n"
)


def test_a_text_in_capitals_is_read_in_the_case_english_writes_it() -> None:
    assert in_capitals(MONITORED_REPORT)
    read = as_undamaged(MONITORED_REPORT)  # (unwrapped, then in the case English writes)
    assert len(read) == len(MONITORED_REPORT)
    # only the case changes, and the wraps read as spaces
    assert read.lower() == MONITORED_REPORT.lower().replace("\n", " ")[:-1] + "\n"
    for phrase in (
        "[text] guerrillas of the Farabundo",  # a name the dictionary does not know
        "(FMLN) attacked the 1st infantry brigade",  # an acronym; words in lower case
        "killing 12 soldiers and wounding 30 others, Col. Rene Emilio Ponce said.",
        "The UN says US troops told us that Prime Minister David Cameron",
        "US President Joe Biden met.",
        "Ambassador Ryan Crocker accused the rebels",
        "The rebels didn't stop their attacks in the United States or in China.",
    ):
        assert phrase in read, phrase


def test_claims_in_a_text_in_capitals_are_found_with_names() -> None:
    claims = detect(MONITORED_REPORT)
    for claim in claims:
        assert MONITORED_REPORT[claim.start : claim.end] == claim.text  # its own capitals
    found = {(kind, span) for kind, span, *_ in figures(MONITORED_REPORT)}
    assert ("casualty", "12 SOLDIERS") in found
    said = {c.speaker for c in claims if c.kind == KIND_STATEMENT}
    assert "Rene Emilio Ponce" in said
    assert "Ryan Crocker" in said


def test_a_headline_or_a_text_in_lower_case_is_no_text_in_capitals() -> None:
    assert not in_capitals("REBELS SEIZE TOWN\nRebels seized the town on Monday, officials said.")
    assert not in_capitals("KILLING 12 SOLDIERS, COL. PONCE SAID.")  # too short to tell
    text = "At least 12 soldiers were killed, Col. Rene Emilio Ponce said on Monday."
    assert in_written_case(text) == text  # words in lower case keep their case


# --- the review's cases -------------------------------------------------------------------

#: Sentences in capitals long enough (200 letters) for a text to be read as one in
#: capitals.
_CAPITALS_TAIL = (
    " THE FIGHTING CONTINUED IN THE NORTHERN DISTRICTS OF THE CITY THROUGHOUT THE NIGHT"
    " AND INTO THE MORNING, RESIDENTS SAID. SHOPS AND SCHOOLS STAYED CLOSED ACROSS THE"
    " OLD QUARTER, AND TRAFFIC ON THE MAIN ROAD TO THE AIRPORT WAS LIGHT."
)


def test_a_sentence_after_a_figure_in_capitals_starts_anew() -> None:
    text = "THE DEATH TOLL ROSE TO 45. POLICE SAID 40 PEOPLE WERE WOUNDED ON TUESDAY."
    said = statements(text + _CAPITALS_TAIL)
    assert said[0] == ("POLICE SAID 40 PEOPLE WERE WOUNDED ON TUESDAY.", "Police")


def test_a_dateline_in_capitals_keeps_its_capitals_and_stays_out_of_the_span() -> None:
    text = "KABUL, AFGHANISTAN - AT LEAST 40 PEOPLE WERE KILLED AT A MOSQUE, POLICE SAID."
    text += _CAPITALS_TAIL
    assert as_undamaged(text).startswith("KABUL, AFGHANISTAN - At least 40 people")
    said = statements(text)
    assert said[0] == ("AT LEAST 40 PEOPLE WERE KILLED AT A MOSQUE, POLICE SAID.", "police")


def test_names_in_capitals_that_are_english_words() -> None:
    text = (
        "JOHN WALKER, A WITNESS, SAID HE SAW 20 GUNMEN. DEFENSE SECRETARY ROBERT GATES TOLD"
        " REPORTERS THE TROOPS WOULD STAY. THE WHO SAID 1,000 PEOPLE HAD BEEN WOUNDED."
        ' "300 IS FIGHTERS ARE STILL IN THE OLD CITY," A COMMANDER SAID.' + _CAPITALS_TAIL
    )
    speakers = [speaker for _, speaker in statements(text)]
    assert speakers[:4] == ["John Walker", "Robert Gates", "WHO", "a commander"]
    assert ("troops", "300 IS FIGHTERS", 300, 300, None) in figures(text)


def test_a_text_in_capitals_with_a_copyright_line_in_lower_case() -> None:
    text = (
        "COL. AHMED RAZA TOLD REPORTERS THAT 40 MILITANTS WERE KILLED IN THE OPERATION."
        + _CAPITALS_TAIL
        + "\nCopyright 2021 Reuters. All rights reserved.\n"
    )
    assert in_capitals(text)
    assert statements(text)[0][1] == "Ahmed Raza"


def test_texts_no_script_of_capitals_or_a_long_lower_case_run_writes() -> None:
    assert not in_capitals("العربية " * 60 + "UN NATO IDF SAID 40 KILLED")
    assert not in_capitals("DATA: " + "a" * 40000 + "\nOFFICIALS SAID 40 PEOPLE WERE KILLED.\n")


def test_a_named_reference_in_capitals_is_decoded() -> None:
    decoded = decoded_references("AT LEAST 40&NBSP;PEOPLE")
    assert decoded is not None and decoded.text == "AT LEAST 40\u00a0PEOPLE"


def test_told_to_whom_then_what_is_speech() -> None:
    text = "The minister told to local media that 30 soldiers were killed in the attack."
    assert speaker_of(text, "soldiers") == "The minister"


def test_what_is_declared_of_a_war_or_a_curfew_is_speech() -> None:
    assert speaker_of("The president declared the war over on Monday.", "over") == ("The president")
    text = "The tribunal declared war crimes had been committed in Ghouta."
    assert speaker_of(text, "crimes") == "The tribunal"


def test_another_report_speaks_as_a_report_does() -> None:
    text = "Another report says that a group of guerrillas occupied the town."
    assert speaker_of(text, "guerrillas") == "Another report"
    text = "Another statement says that guerrillas occupied the town."
    assert speaker_of(text, "guerrillas") == "Another statement"
