"""Wordings the forty-ninth round mended from the errors of two sets in new house styles
(Philippine dailies and a state agency on Mindanao; US magazines' long reads on a war),
each with made-up sentences of its own and near misses: the writer's own questions and
the person asked, an office a sentence opens with, an embassy named again, a subject
after a relative aside, a name spelled in two capitals, and what a noter says others said,
civilians as speakers, the parts of a toll (one that has not moved, one named as known,
shares by where they come from) and the size of a force given in an aside.  Also the
speaker comparison the scores use, which ignores accents."""

from annotator.detection.evaluation import speaker_matches
from tests.helpers import figures, speaker_of, statements

# --- the writer's questions and the person asked --------------------------------------


def test_the_person_the_writer_asked_is_the_one_who_answers() -> None:
    text = (
        "“We will not leave,” Governor Paolo Ricci told reporters on Monday. "
        "I asked Helena Brandt, a historian of the region, about the siege. "
        "She replied that the city had survived worse."
    )
    assert speaker_of(text, "survived worse") == "Helena Brandt"


def test_without_a_question_the_pronoun_keeps_the_last_speaker() -> None:
    text = (
        "“We will not leave,” Governor Paolo Ricci told reporters on Monday. "
        "I met Helena Brandt, a historian of the region, at the siege memorial. "
        "She said the city had survived worse."
    )
    assert speaker_of(text, "survived worse") == "Paolo Ricci"


def test_the_person_asked_is_named_as_the_article_names_them() -> None:
    text = (
        "“We will not leave,” Governor Paolo Ricci told reporters on Monday. "
        "I asked Colonel Helena Brandt about the siege. "
        "She replied that the city had survived worse."
    )
    assert speaker_of(text, "survived worse") == "Helena Brandt"


def test_a_question_put_to_a_body_or_a_relation_names_no_one_who_answers() -> None:
    lead = "“We will not leave,” Governor Paolo Ricci told reporters on Monday. "
    for asked in (
        "I asked Human Rights Watch about the raid.",
        "I asked Helena Brandt’s husband about the raid.",
        "I asked Defense Ministry spokesman Ali Reza about the raid.",
    ):
        text = f"{lead}{asked} He said the army had acted lawfully."
        assert speaker_of(text, "acted lawfully") == "Paolo Ricci", asked


def test_the_writers_own_question_is_no_statement() -> None:
    text = (
        "I asked Helena Brandt, a historian of the region, about the siege. "
        "Two aides laughed when we asked the question."
    )
    assert statements(text) == []


def test_someone_elses_question_still_reports() -> None:
    text = "The mayor asked residents to stay indoors until the shelling stops."
    assert statements(text) == [(text, "The mayor")]


def test_what_an_explainer_says_others_said_is_the_explainers() -> None:
    text = "Colonel Ines Duarte points out that villagers had told the inspectors the truth."
    assert statements(text) == [(text, "Ines Duarte")]


def test_what_a_document_explains_why_others_said_is_theirs() -> None:
    text = "The report explained why officials said there was no firefight at the bridge."
    assert statements(text) == [(text, "officials")]


def test_what_a_noter_says_others_said_is_the_noters() -> None:
    text = (
        "Colonel Ines Duarte also noted that villagers had told the inspectors there was "
        "no firefight at the bridge."
    )
    assert statements(text) == [(text, "Ines Duarte")]


def test_civilians_speak_for_themselves() -> None:
    text = "The militia, the freed civilians said, kept them in a school for a month."
    assert statements(text) == [(text, "civilians")]


# --- an office a sentence opens with ----------------------------------------------------


def test_he_after_a_sentence_led_by_an_office_is_its_holder() -> None:
    text = (
        "Prime Minister Tomas Varga flew to the border on Friday. "
        "“The talks are over,” a senior aide told the paper. "
        "The prime minister has been clear about what he wants from the truce. "
        "He said the army would hold the pass until spring."
    )
    assert speaker_of(text, "hold the pass") == "Tomas Varga"


def test_an_adjective_like_a_title_opens_no_office() -> None:
    text = (
        "General Pedro Soto arrived in the capital on Monday. "
        "“The vote must go ahead,” opposition leader Marco Diaz told reporters. "
        "The general elections were postponed twice last year. "
        "He said the delay was illegal."
    )
    assert speaker_of(text, "delay was illegal") == "Marco Diaz"


def test_an_office_whose_holder_is_named_only_later_is_not_guessed() -> None:
    text = (
        "“The talks are over,” a senior aide told the paper. "
        "The president has been clear about what he wants from the truce. "
        "He said the army would hold the pass until spring. "
        "Former President Anton Lukas once held the same view."
    )
    assert speaker_of(text, "hold the pass") == "a senior aide"


# --- an embassy named again -------------------------------------------------------------


def test_the_embassy_is_the_embassy_named_before() -> None:
    text = (
        "The Chilean Embassy in Ottawa said the convoy had been cleared. "
        "“Our staff are safe,” the embassy said in a statement."
    )
    assert speaker_of(text, "staff are safe") == "Chilean Embassy"


def test_the_embassy_capitalised_is_the_embassy_named_before() -> None:
    text = (
        "Protesters gathered outside the Chilean Embassy in Ottawa on Monday. "
        "The Embassy said its staff were safe."
    )
    assert speaker_of(text, "staff were safe") == "Chilean Embassy"


# --- a subject after a relative aside -----------------------------------------------------


def test_the_subject_follows_a_relative_aside_after_an_opening_phrase() -> None:
    text = (
        "In explaining the decree to the senate, which has the power to overturn it within "
        "a month, Marquez cited the rebels' plan to seize the port."
    )
    assert speaker_of(text, "cited") == "Marquez"


def test_a_body_before_its_relative_aside_stays_the_subject() -> None:
    text = "Egypt, which controls the Rafah crossing, said it would reopen the gate."
    assert speaker_of(text, "reopen the gate") == "Egypt"


def test_commas_inside_an_aside_after_a_name_keep_the_name() -> None:
    text = (
        "Hassan Ali, who was born in Aleppo, Syria, visited Homs on Monday, where he said "
        "the war had ruined the city."
    )
    assert speaker_of(text, "ruined the city") == "Hassan Ali"


# --- a name spelled in two capitals ---------------------------------------------------------


def test_a_name_spelled_in_two_capitals_twice_is_not_split() -> None:
    text = (
        "“No government has managed to end the blockade, and none will soon,” Marta "
        "DelValle, an expert on the region's politics, told me on Tuesday. "
        "Later, DelValle said the talks were a test."
    )
    claims = statements(text)
    assert claims[0] == (text[: text.index(" Later")], "Marta DelValle")
    assert claims[1] == ("Later, DelValle said the talks were a test.", "Marta DelValle")


def test_a_glued_line_break_is_still_split() -> None:
    text = (
        "Rebels shelled the northern districts of the city for a third day on Sunday, "
        "witnesses saidPolice later closed the road to the airport for the night."
    )
    spans = [span for span, _ in statements(text)]
    assert spans == [text[: text.index("Police")]]


def test_a_repeated_paragraph_with_a_glued_line_break_is_still_split() -> None:
    paragraph = (
        "Rebels shelled the northern districts of the city for a third day on Sunday, "
        "witnesses saidPolice later closed the road to the airport for the night."
    )
    text = f"{paragraph}\n\n{paragraph}"
    said = paragraph[: paragraph.index("Police")]
    assert statements(text) == [(said, "witnesses"), (said, "witnesses")]


# --- the parts of a toll --------------------------------------------------------------------


def test_a_count_of_deaths_that_remains_is_a_toll() -> None:
    text = "Civilian deaths still remain at 46 after a week of shelling."
    assert figures(text) == [("casualty", "46", 46, 46, "killed")]


def test_remaining_at_places_or_levels_is_no_toll() -> None:
    text = (
        "The wounded remain at 12 hospitals across the city. "
        "Civilian deaths remained at 2019 levels, the report said."
    )
    assert figures(text) == []


def test_a_part_of_a_toll_named_as_known_is_killed() -> None:
    text = (
        "The death toll rose to 52, including the 14 soldiers who were caught by the "
        "landslide near the camp."
    )
    assert figures(text) == [
        ("casualty", "52", 52, 52, "killed"),
        ("casualty", "14 soldiers", 14, 14, "killed"),
    ]


def test_shares_of_a_toll_by_where_they_come_from() -> None:
    text = (
        "Military casualties remain at 31, with 24 coming from the Marines and 7 from "
        "the Coast Guard."
    )
    assert figures(text) == [
        ("casualty", "31", 31, 31, "casualties"),
        ("casualty", "24", 24, 24, "casualties"),
        ("casualty", "7", 7, 7, "casualties"),
    ]


def test_with_a_figure_that_comes_from_no_place_is_no_share() -> None:
    text = "Military casualties remain at 31, with 24 hours left before the deadline."
    assert figures(text) == [("casualty", "31", 31, 31, "casualties")]


# --- the size of a force in an aside ----------------------------------------------------


def test_a_forces_members_in_an_aside_are_its_size() -> None:
    text = "The national army, with 60,000 members, is expected to defend the capital."
    assert figures(text) == [("troops", "60,000 members", 60000, 60000, None)]


def test_a_partys_members_in_an_aside_are_no_force() -> None:
    text = "The ruling party, with 60,000 members, is expected to back the ceasefire."
    assert figures(text) == []


def test_a_force_named_earlier_in_the_clause_owns_no_unions_members() -> None:
    text = "The army chief met leaders of the teachers' union, with 60,000 members, on Monday."
    assert figures(text) == []


# --- the speaker comparison -----------------------------------------------------------------


def test_speakers_compare_without_accents() -> None:
    assert speaker_matches({"speaker": "Eduardo Año (Secretary)"}, {"speaker": "Eduardo Ano"})
    assert speaker_matches({"speaker": "José Núñez"}, {"speaker": "jose nunez"})
    assert not speaker_matches({"speaker": "Eduardo Año"}, {"speaker": "Eduardo Anon"})
