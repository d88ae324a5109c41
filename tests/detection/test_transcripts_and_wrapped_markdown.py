"""Wordings the sixtieth round mended from the errors of four sets the last rounds left
unread (holdout134: a student paper's wire stories of 1944-51; holdout136: Australian
ministers' releases and a press conference's transcript; holdout138: two columns on
Kashmir; holdout142: two TomDispatch essays as Markdown wrapped at 72 columns), each with
made-up sentences of its own and near misses: Markdown links and block quotations a
wrapper broke, the turns of a transcript, a speaker's own words at the podium, hedges,
"quotes … as telling", an emphatic "do", and reports with an aside before their verb."""

import pytest

from annotator.detection import detect
from tests.helpers import figures, speaker_of, statements

# --- Markdown links a wrapper broke --------------------------------------------------------

_ADDRESS = "https://www.example.org/2020/05/16/us/arms-deals-and-the-war-in-yemen.html"


def test_a_link_label_ending_in_a_wrap_leaves_the_sentence_whole() -> None:
    text = (
        "Charles Faulkner came to serve at the State Department.  In September 2018, he [pressed\n"
        f"]({_ADDRESS})to\ngive Saudi Arabia a clean bill of health on its air strikes.\n\n"
        "The war goes on."
    )
    sentences = [c.text for c in detect(text) if c.kind == "position"]
    assert not any(sentence.endswith("[pressed\n](") for sentence in sentences)
    assert statements(text) == []  # (no cue: the test is that nothing is cut at the link)


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
        "Menendez summed it up this way to a reporter, saying:\n\n"
        "> \"I told him I don't have an ideological problem; I have supported\n"
        "> other arms sales.  But you cannot, as a company, be promoting the arms\n"
        "> sales to a country that is using it in violation of international\n"
        '> norms."\n\n'
        "In short, lobbying does not always work."
    )
    # the introduction and the closed quotation one statement, not cut at a line's end
    assert statements(text) == [(text[: text.index("\n\nIn short")], "Menendez")]


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
