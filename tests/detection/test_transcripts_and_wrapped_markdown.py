"""Wordings the sixtieth round mended from the errors of five sets the last rounds left
unread (holdout134: a student paper's wire stories of 1944-51; holdout136: Australian
ministers' releases and a press conference's transcript; holdout138: two columns on
Kashmir; holdout141: a digest of war bulletins, EUobserver, ICIJ and PRIO; holdout142: two
TomDispatch essays as Markdown wrapped at 72 columns), each with made-up sentences of its
own and near misses: Markdown links and block quotations a wrapper broke, the turns of a
transcript, a speaker's own words at the podium, hedges, "quotes … as telling", an
emphatic "do", reports with an aside before their verb, years that name events, a war
bulletin's losses and surrenders, requests for comment, what a named body's report shows,
a tag after quoted words, and recommendations."""

import pytest

from annotator.detection import detect
from tests.helpers import figures, speaker_of, statements

# --- Markdown links a wrapper broke --------------------------------------------------------

_ADDRESS = "https://www.example.org/2020/05/16/us/arms-deals-and-the-war-in-yemen.html"


def test_a_verb_in_a_link_label_ending_in_a_wrap_still_types_the_figure_after_it() -> None:
    text = (
        "Nowhere is the moniker more apt than in the case of the war in Yemen,\n"
        "where the coalition's air forces have [killed\n"
        f"]({_ADDRESS})thousands\nof civilians in strikes on markets, weddings and funerals.\n"
    )
    assert figures(text) == [("casualty", "thousands\nof civilians", 2000.0, 9999.0, "killed")]


def test_a_verb_of_saying_in_a_wrapped_link_label_is_read() -> None:
    text = (
        "Senator Robert Menendez [summarized\n"
        f"]({_ADDRESS})his\nresponse this way: the deal was dead and the hold would stay.\n\n"
        "American\ngenerals [constantly\ntalked]"
        f"({_ADDRESS})\nabout corners being turned in the war.\n"
    )
    found = statements(text)
    assert [speaker for _, speaker in found] == ["American generals"]
    assert found[0][0].startswith("American\ngenerals [constantly\ntalked]")


def test_a_name_in_a_wrapped_link_label_stays_one_name() -> None:
    text = (
        'General John Allen said the army could hold its own, adding that "this is what\n'
        'winning looks like."\n[General John\n'
        f"Campbell]({_ADDRESS}),\nwho held the same post in 2015, said the troops were "
        '"capable."\n'
    )
    assert speaker_of(text, "capable") == "John Campbell"


def test_a_figure_in_a_wrapped_link_label_is_typed_by_the_verb_after_the_link() -> None:
    text = (
        "The results have been horrific ---\n[thousands of\n"
        f"civilians]({_ADDRESS})\nkilled by indiscriminate air strikes.\n"
    )
    assert figures(text) == [("casualty", "thousands of\ncivilians", 2000.0, 9999.0, "killed")]


# --- Markdown block quotations a wrapper broke -----------------------------------------------


def test_a_wrapped_block_quotation_reads_as_one_paragraph() -> None:
    text = (
        "It's important to note, however, that the weapons makers don't always win\n"
        "the day.  When the company's chief executive showed up at the office of the\n"
        "committee chair to press him to lift a hold on a deal, he was rebuffed.\n"
        "Menendez told a reporter:\n\n"
        "> \"I told him I don't have an ideological problem; I have supported\n"
        "> other arms sales.  But you cannot, as a company, be promoting the arms\n"
        "> sales to a country that is using it in violation of international\n"
        '> norms."\n\n'
        "In short, lobbying doesn't always work, which is one reason the industry\n"
        "puts so many resources into it.\n"
    )
    # one statement from the introduction to the quotation's end, not one a line
    start = text.index("Menendez told")
    assert statements(text) == [(text[start : text.index("\n\nIn short")], "Menendez")]


def test_a_block_quotation_of_one_paragraph_a_line_keeps_its_lines_apart() -> None:
    # lines longer than any wrapper leaves were ended by their writer
    text = (
        "Antiwar's Dave DeCamp reports the following:\n\n"
        "> The terror designation will hamper the efforts of international charities that "
        "deliver food to areas where 70 percent of the population lives.\n"
        "> Aid agencies fear their work in the north will now be criminalized since the "
        "rebels are the authority they have to deal with and make transactions with.\n\n"
        "The UN estimates that 233,000 people have been killed."
    )
    found = statements(text)
    assert [span.split()[0] for span, _ in found] == ["Antiwar's", "Aid", "The"]
    assert found[1][1] == "Antiwar's Dave DeCamp"


# --- the turns of a transcript ---------------------------------------------------------------

_TRANSCRIPT = (
    "Transcript of the joint press conference with the Defence Minister John Moore\n\n"
    "JOHN MOORE: Look, this morning I'd like to welcome the New Zealand minister.\n\n"
    "QUESTION: Did the death change the level of deployment?\n\n"
    "MARK BURTON: As I said before, we are looking to Indonesia to exercise its "
    "responsibilities on the border.\n\n"
    "QUESTION: Was it a UN decision?\n\n"
    "JOHN MOORE: We have said for some considerable time it's up to the Indonesians to "
    "control the western side of the border. We just say Cohen has not made a "
    "recommendation to the President.\n"
)


def test_the_first_person_in_a_transcripts_turn_is_its_labelled_speaker() -> None:
    assert [speaker for _, speaker in statements(_TRANSCRIPT)] == [
        "Mark Burton",
        "John Moore",
        "John Moore",
    ]


def test_people_the_speaker_spoke_to_are_no_turns_speaker() -> None:
    text = _TRANSCRIPT + "\nMARK BURTON: People I spoke to said they have seen this before.\n"
    assert speaker_of(text, "People I spoke to") != "Mark Burton"


@pytest.mark.parametrize(
    "labels",
    [
        # a feed's datelines in capitals recur as labels do, but no one asks questions
        ("RIYADH", "LONDON", "RIYADH"),
        # too few turns
        ("JOHN MOORE", "QUESTION"),
    ],
)
def test_labels_without_a_questioners_or_too_few_make_no_transcript(
    labels: tuple[str, ...],
) -> None:
    text = "\n\n".join(f"{label}: The minister arrived on Monday." for label in labels)
    text += "\n\nWe have said for some time that the border is Indonesia's to control."
    assert statements(text)[-1][1] != "John Moore"
    assert all(speaker not in ("Riyadh", "London") for _, speaker in statements(text))


# --- a speaker's own words at the podium, and hedges ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The other matter that I wish to announce today is that we are deploying four "
        "Black Hawk helicopters to East Timor.",
        "I want to start by acknowledging the practical support we have had since the death "
        "of Private Manning.",
        "Can I just say there are two sides to that border.",
        "I think it's fair to say at this stage that the messages are confused.",
        "It is safe to say that the war is not over.",
    ],
)
def test_a_speakers_own_announcement_or_a_hedge_reports_no_speech(text: str) -> None:
    assert statements(text) == []


def test_announcing_in_the_first_person_without_the_podiums_wish_still_speaks() -> None:
    text = "We announce today that the brigade will leave the border."
    assert statements(text) == [(text, "We")]


# --- "quotes … as telling" -------------------------------------------------------------------


def test_the_one_a_report_quotes_as_telling_speaks_past_a_long_apposition() -> None:
    text = (
        "The report quotes Habibullah Badami, a religious leader linked to the separatist "
        "Hurriyat Conference as telling his congregation that India must leave the valley."
    )
    assert statements(text) == [(text, "Habibullah Badami")]


def test_quotes_as_a_noun_is_no_cue() -> None:
    assert statements("We find the quotes of Sir Albion Banerjee in the book on Kashmir.") == []


# --- an emphatic "do" ------------------------------------------------------------------------


def test_an_emphatic_do_before_a_verb_of_saying_leaves_its_subject_the_speaker() -> None:
    assert statements("Russia did say that it would respond to the strikes.") == [
        ("Russia did say that it would respond to the strikes.", "Russia")
    ]
    assert speaker_of("The ministry does insist that the troops will stay.", "insist") == (
        "The ministry"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Russia did not say whether the troops would stay.",
        # evidence weighed by the writer
        "While this data does not capture the full reality of the war, it does suggest "
        "which periods saw the most intense fighting.",
    ],
)
def test_a_negated_do_or_evidence_emphasised_reports_no_speech(text: str) -> None:
    assert statements(text) == []


# --- reports with an aside before their verb ---------------------------------------------------


def test_reports_with_an_aside_before_their_verb_speak_as_one_phrase() -> None:
    text = (
        "All ground reports, particularly from the smaller towns in south Kashmir, quite "
        "clearly indicate that the protesters have embraced separatism."
    )
    assert statements(text) == [(text, "All ground reports")]


# --- years that name events ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Saudi Arabia was implicated in the 2018 murder of journalist Jamal Khashoggi.",
        "He was jailed over the 2014 killing of a policeman.",
        "The 2003 invasion changed the region.",
    ],
)
def test_a_year_before_an_event_counts_no_one(text: str) -> None:
    assert figures(text) == []


def test_a_four_digit_count_before_people_is_still_a_count() -> None:
    assert figures("Police said 2018 people were killed in the attacks.") == [
        ("casualty", "2018 people", 2018.0, 2018.0, "killed")
    ]


# --- a war bulletin's losses and surrenders ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        (
            "The AFU losses amounted to up to 190 troops, two tanks and four motor vehicles.",
            "up to 190 troops",
            None,
            190.0,
        ),
        (
            "Over the past 24 hours, the AFU sustained losses of more than 380 troops, two tanks "
            "and one gun.",
            "more than 380 troops",
            380.0,
            None,
        ),
        ("Russian losses totalled 1,200 soldiers on Monday.", "1,200 soldiers", 1200.0, 1200.0),
    ],
)
def test_troops_counted_as_losses_are_casualties(
    text: str, span: str, low: float | None, high: float | None
) -> None:
    assert figures(text) == [("casualty", span, low, high, "casualties")]


def test_soldiers_who_surrendered_are_captured() -> None:
    assert figures("Five AFU servicemen surrendered.") == [
        ("casualty", "Five AFU servicemen", 5.0, 5.0, "captured")
    ]
    assert figures("The garrison, reckoned at 1,200, surrendered on Monday.") == [
        ("casualty", "1,200", 1200.0, 1200.0, "captured")
    ]
    assert figures("The rebels surrendered 300 weapons.") == []


# --- requests for comment, reports that show, tags, recommendations ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Woeroon did not respond to ICIJ’s requests for comment.",
        "The ministry did not answer AFP’s request for comments on the strike.",
    ],
)
def test_a_request_for_comment_is_no_stance(text: str) -> None:
    assert [c for c in detect(text) if c.kind == "position"] == []


def test_an_owned_request_for_action_is_still_a_stance() -> None:
    text = "Colombia's request for extradition was rejected."
    assert [c.subtype for c in detect(text) if c.kind == "position"] == ["stance"]


@pytest.mark.parametrize(
    "text",
    [
        "As the latest report from the Kiel Institute shows, in 2025, almost all aid for "
        "Ukraine came from Europe.",
        "The report from the Kiel Institute shows that almost all aid came from Europe.",
    ],
)
def test_what_a_named_bodys_report_shows_is_its_statement(text: str) -> None:
    assert statements(text) == [(text, "Kiel Institute")]


def test_what_a_video_from_a_named_body_shows_is_no_statement() -> None:
    assert statements("A video from the Ministry of Defence shows soldiers in the town.") == []


def test_a_tag_after_words_quoted_inside_the_sentence_gives_its_speaker() -> None:
    text = "Woeroon’s case is “indicative of a much bigger problem,” the researchers concluded."
    assert statements(text) == [(text, "the researchers")]
    assert statements("The talks concluded on Monday in Geneva.") == []


def test_a_recommendation_that_is_speech() -> None:
    text = "The researchers recommended that democratic countries adjust their sanctions."
    assert statements(text) == [(text, "The researchers")]
    assert statements("The panel recommended sanctions on Russia.") == []


# --- the review's findings -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A senior official tells us all 40 hostages were released on Sunday.",
            "A senior official",
        ),
        (
            "A military source tells us a lot of troops have moved to the border.",
            "A military source",
        ),
        (
            "Reporting on Monday, Ukraine's General Staff put Russian losses at 300.",
            "Ukraine's General Staff",
        ),
        (
            "Vietnamese army spokesman Colonel Nguyen Van Do said 12 soldiers were killed.",
            "Nguyen Van Do",
        ),
        ("Local reports clearly show that 15 soldiers died in the ambush.", "Local reports"),
        ("US officials did suggest that Russia may invade within weeks.", "US officials"),
    ],
)
def test_speech_the_rounds_guards_must_leave_alone(text: str, speaker: str) -> None:
    assert speaker_of(text, text[-20:]) == speaker


def test_the_idiom_of_all_you_need_to_know_reports_nothing() -> None:
    text = "The fact that they won't do so tells you all you need to know about their aims."
    assert statements(text) == []


def test_a_reported_clause_keeps_its_reporter_past_a_later_quoted_as_telling() -> None:
    text = (
        "The health ministry reported that 40 people had died in the shelling of the city's "
        "central market, and the mayor was later quoted as telling residents to stay indoors."
    )
    assert speaker_of(text, "40 people") == "The health ministry"


@pytest.mark.parametrize(
    "text",
    [
        "Stock quotes from the exchange showed that shares fell, as telling signs of a slump "
        "emerged.",
        "Few quotes from the trial have been as telling as the general's admission.",
    ],
)
def test_quotes_as_a_noun_and_telling_as_an_adjective_are_no_cue(text: str) -> None:
    assert all(speaker not in ("Stock", "Few") for _, speaker in statements(text))


def test_a_clefts_what_leaves_the_subject_it_stands_for() -> None:
    text = "Western diplomats did not rule out sanctions. What they did say is that talks failed."
    assert speaker_of(text, "What they") == "Western diplomats"


def test_an_image_with_wrapped_alternative_text_leaves_the_sentence_after_it() -> None:
    text = (
        "![A destroyed tank near\nKyiv](https://upload.wikimedia.org/tank.jpg) Ukrainian "
        "officials said 30\nRussian tanks were destroyed."
    )
    assert speaker_of(text, "officials said") == "Ukrainian officials"


def test_a_comma_after_a_link_ends_the_source_it_names() -> None:
    text = (
        "According to [the UN\nhuman rights office](https://www.ohchr.org/x), Russian forces "
        "have killed 300 civilians."
    )
    assert speaker_of(text, "According") == "the UN human rights office"


def test_a_pentagon_transcripts_q_labels_and_titled_speakers() -> None:
    text = (
        "MR. KIRBY: As I said before, about 3,000 troops will deploy to Poland.\n\n"
        "Q: Are they combat troops?\n\n"
        "MR. KIRBY: We have said they are.\n\n"
        "Q: Thank you.\n\n"
        "SENATOR McCAIN: As I said, we must act.\n\n"
        "MR. O'BRIEN: I said no."
    )
    assert [speaker for _, speaker in statements(text)] == ["Kirby", "Kirby", "McCain", "O'Brien"]


def test_a_label_that_reads_as_the_first_person_does_not_loop() -> None:
    text = "DAVID WE: As I said, we must act.\n\nQUESTION: Why?\n\nDAVID WE: We said so."
    assert [speaker for _, speaker in statements(text)] == ["David We", "David We"]


def test_a_label_that_reads_as_the_one_addressed_does_not_loop() -> None:
    text = (
        "YOU: We said so.\n\nQUESTION: You said that the war was over?\n\n"
        "YOU: We did.\n\nQUESTION: Thanks."
    )
    assert [speaker for _, speaker in statements(text)] == ["You", "You"]


@pytest.mark.parametrize(
    "text",
    [
        "The 2014 abduction of the schoolgirls shocked the world.",
        "The 2006 execution of Saddam Hussein was filmed.",
        "The 2016 death of the commander was announced late.",
    ],
)
def test_more_years_that_name_events_count_no_one(text: str) -> None:
    assert figures(text) == []


def test_a_verb_before_a_link_types_a_figure_before_a_clause_of_its_own() -> None:
    text = (
        "The strikes [killed](https://www.syriahr.com/en/2022/03/airstrikes-idlib-long-address) "
        "20 people and civilian casualties were also reported in Idlib."
    )
    assert figures(text) == [("casualty", "20 people", 20.0, 20.0, "killed")]


def test_a_block_quotation_of_headlines_keeps_a_line_each() -> None:
    text = (
        "> Russia masses 100,000 troops near Ukraine border\n> Ukraine calls up 36,000 reservists"
    )
    positions = [c.text for c in detect(text) if c.kind == "position"]
    assert positions == ["Russia masses 100,000 troops near Ukraine border"]


@pytest.mark.parametrize(
    "text",
    [
        "Let me start by acknowledging the support we have had.",
        "Let me say that the war is over.",
        "I'm here to announce that the troops will leave.",
    ],
)
def test_more_podium_openings_report_no_speech(text: str) -> None:
    assert statements(text) == []


def test_a_transcripts_labels_in_title_case() -> None:
    text = (
        "Vladimir Putin: As I said, we will not retreat.\n\nQuestion: Why?\n\n"
        "Vladimir Putin: We have said so many times.\n\nQuestion: Thank you."
    )
    assert [speaker for _, speaker in statements(text)] == ["Vladimir Putin", "Vladimir Putin"]


def test_the_white_houses_q_without_a_colon_opens_a_questioners_turn() -> None:
    text = (
        "Q Mr. President, will you send troops?\n\nTHE PRESIDENT: As I said, we will not.\n\n"
        "Q Why not?\n\nTHE PRESIDENT: We have said so many times."
    )
    assert [speaker for _, speaker in statements(text)] == ["President", "President"]


def test_title_case_furniture_labels_make_no_transcript() -> None:
    text = (
        "Update: The minister arrived.\n\nNote: The talks went on.\n\nUpdate: Later, "
        "Mark Burton spoke.\n\nWe said nothing of the kind, a spokesman said."
    )
    assert "Mark Burton" not in [speaker for _, speaker in statements(text)]


# --- read at the round's end (holdout140: Catholic News Agency, the Gatestone Institute) ----


def test_the_subject_after_a_fronted_gerund_with_quoted_words_speaks() -> None:
    text = (
        'By labeling its victims as "collaborators," Hamas is seeking to justify its crimes. '
        "On October 16, Hamas announced, in a statement, that the war was over."
    )
    assert [speaker for _, speaker in statements(text)] == ["Hamas", "Hamas"]


def test_an_owners_conduct_that_suggests_is_the_writers_reading() -> None:
    text = "Hamas's actions and rhetoric in the past two weeks, however, suggest that peace is far."
    assert statements(text) == []
    # near miss: an owner's statement still speaks
    assert speaker_of("Russia's statement suggests that talks will resume.", "talks") == (
        "Russia's statement"
    )


def test_clergy_are_people_counted() -> None:
    assert figures("Hundreds of clergy have been kidnapped since 2009.") == [
        ("casualty", "Hundreds of clergy", 200.0, 999.0, "captured")
    ]


def test_a_named_owners_plan_stipulates() -> None:
    text = "Trump's plan stipulates that the troops will leave the strip."
    assert statements(text) == [(text, "Trump's plan")]


# --- transcripts scanned from their pages (holdout149, read after it was first scored) -----

_DOORSTOP = (
    "TRANSCRIPT OF THE PRIME MINISTER THE HON JOHN HOWARD MP\n\n"
    "JOURNALIST:\nYou said this morning that the war was over.\n\n"
    "PRIME MINISTER:\nI said that it was not.\n\n"
    "JOURNALIST:\nWhy?\n\n"
    "PRIME MINISTER:\nWe have said so many times."
)


def test_labels_on_lines_of_their_own_open_turns_and_the_heading_names_the_office() -> None:
    assert [speaker for _, speaker in statements(_DOORSTOP)] == ["John Howard"] * 3


def test_an_office_with_no_name_after_it_in_the_heading_stays_the_office() -> None:
    text = (
        "The Prime Minister visited Kyiv on Monday.\n\n"
        "PRIME MINISTER: As I said, we will act.\n\nJOURNALIST: Why?\n\n"
        "PRIME MINISTER: We have said so."
    )
    assert [speaker for _, speaker in statements(text)] == ["Prime Minister", "Prime Minister"]
