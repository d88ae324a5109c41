"""Wordings the sixty-first round mended from the errors of five sets built blind in the
sixtieth (holdout143: an RFE/RL report on peace talks; holdout144: an essay on the human
costs of war; holdout145: reviews of Security Council meetings; holdout146: South Sudan
and Lebanon stories; holdout147: British and Australian papers), each with made-up
sentences of its own and near misses: a head shared after acronyms, a name with a middle
initial before its affiliation, the writer's glosses and failures to speak, "regrets to
say", a pronoun subject, deaths by suicide, a headline urging a truce, a count of a list
of harms, people a participle tells apart who later died, an adverb before a participle
cue, a relative clause after a fronted phrase, and a headline's topic kicker."""

import pytest

from annotator.detection import detect
from tests.helpers import figures, speaker_of, statements

# --- A head noun shared after acronyms -------------------------------------------------


@pytest.mark.parametrize(
    ("source", "speaker"),
    [
        ("US and NATO officials", "US; NATO officials"),
        ("U.S. and NATO officials", "U.S.; NATO officials"),
        ("EU and Ukrainian officials", "EU; Ukrainian officials"),
        ("French and NATO officials", "French; NATO officials"),
    ],
)
def test_acronyms_before_and_share_the_head_noun_after_them(source: str, speaker: str) -> None:
    text = f"According to {source}, Russia has amassed more than 100,000 troops near the border."
    assert speaker_of(text, "amassed") == speaker


@pytest.mark.parametrize(
    ("source", "speaker"),
    [
        ("U.S. and NATO officials", "U.S.; NATO officials"),
        ("US and Iraqi officials", "US; Iraqi officials"),
        ("Iraqi and U.S. officials", "Iraqi; U.S. officials"),
    ],
)
def test_a_pair_sharing_a_head_after_a_clauses_comma_stays_whole(source: str, speaker: str) -> None:
    text = f"Five soldiers were wounded, {source} said."
    assert statements(text) == [(text, speaker)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Five soldiers were wounded, and NATO officials said more could die.", "NATO officials"),
        (
            "Five soldiers were wounded in Iraq and US officials said more could die.",
            "US officials",
        ),
    ],
)
def test_an_and_that_opens_a_clause_still_cuts_the_speaker(text: str, speaker: str) -> None:
    assert statements(text) == [(text, speaker)]


def test_a_pair_of_acronyms_after_an_article_stays_a_pair() -> None:
    text = "The group is still designated as a terrorist organisation by the UN and UK."
    assert speaker_of(text, "designated") == "UN; UK"


def test_an_acronym_without_a_head_noun_after_the_pair_stays_alone() -> None:
    text = "According to UN and NATO, Russia has amassed troops near the border."
    assert speaker_of(text, "amassed") == "UN"


# --- A name with a middle initial before its affiliation --------------------------------


@pytest.mark.parametrize("verb", ["said", "writes that"])
def test_a_name_with_a_middle_initial_keeps_its_affiliation_out(verb: str) -> None:
    text = (
        "Francis A. Boyle at the University of Illinois College of Law "
        f"{verb} the strike broke the law."
    )
    assert speaker_of(text, "strike") == "Francis A. Boyle"


def test_a_name_without_an_initial_keeps_its_affiliation_out_as_before() -> None:
    text = "Michael Kofman at the CNA think tank said the offensive had stalled."
    assert speaker_of(text, "offensive") == "Michael Kofman"


# --- The writer's glosses and failures to speak ---------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "This is not to say that the council lacks members who want the fighting to stop.",
        "That is to say, the council lacks members who want the fighting to stop.",
        "Suffice it to say that the council lacks members who want the fighting to stop.",
        "The UN unable to condemn attack on migrants",
        "Officials were unable to say how many had died.",
        "The council failed to condemn the attack on the convoy.",
    ],
)
def test_a_gloss_or_a_failure_to_speak_is_no_statement(sentence: str) -> None:
    assert statements(sentence) == []


def test_needless_to_say_leaves_the_tag_after_it_the_speaker() -> None:
    text = "Needless to say, the offensive had stalled, the general said."
    assert speaker_of(text, "offensive") == "the general"


def test_a_failure_to_speak_leaves_the_reporters_of_it_their_statement() -> None:
    text = "The council failed to condemn the attack, diplomats said."
    assert speaker_of(text, "council") == "diplomats"


def test_a_reporting_verb_after_a_failure_elsewhere_is_still_speech() -> None:
    text = "After talks failed to end the war, the minister said the army would fight on."
    assert speaker_of(text, "army") == "the minister"


# --- "regrets to say", a pronoun subject ----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The minister regrets to say that the offensive had stalled.", "The minister"),
        ("The Company deeply regrets to confirm that two of its workers died.", "Company"),
        ("The ministry hastened to say that no troops had crossed.", "The ministry"),
    ],
)
def test_regret_or_haste_to_speak_is_the_subjects_speech(sentence: str, speaker: str) -> None:
    assert statements(sentence) == [(sentence, speaker)]


def test_a_pronoun_subject_after_a_fronted_participle_is_the_whole_subject() -> None:
    text = (
        "The blogger Graham Reed questioned the prisoner for an hour. "
        "Telling him to state he is a mercenary, he adds the penalty is normally death."
    )
    assert speaker_of(text, "penalty") not in (None, "he adds the penalty")


# --- Deaths by suicide --------------------------------------------------------------------


def test_suicides_are_counted_as_deaths() -> None:
    text = (
        "Among active-duty soldiers there were 156 potential suicides in 2010. The Army "
        "reported 381 military personnel suicides. More than 2,100 members of the armed "
        "forces have taken their own lives since 2001."
    )
    assert figures(text) == [
        ("casualty", "156 potential suicides", 156.0, 156.0, "killed"),
        ("casualty", "381 military personnel suicides", 381.0, 381.0, "killed"),
        ("casualty", "More than 2,100 members", 2100.0, None, "killed"),
    ]


def test_suicide_bombers_are_no_deaths() -> None:
    assert figures("Two suicide bombers attacked the checkpoint at dawn.") == []


# --- A headline urging a truce ------------------------------------------------------------


@pytest.mark.parametrize(
    "headline", ["UN urges truce amid east Ukraine clashes", "Guterres urges ceasefire in Gaza"]
)
def test_a_headline_urging_a_truce_is_a_stance(headline: str) -> None:
    found = [c for c in detect(headline) if c.kind == "position"]
    assert [(c.text, c.subtype) for c in found] == [(headline, "stance")]


def test_a_headline_urging_no_course_is_no_stance() -> None:
    assert [
        c for c in detect("UN urges donors amid east Ukraine clashes") if c.kind == "position"
    ] == []


# --- A count of a list of harms ------------------------------------------------------------


@pytest.mark.parametrize(
    ("harms", "casualty_type"),
    [
        ("killed, wounded, and missing", "casualties"),
        ("killed and wounded", "killed_or_wounded"),
        ("killed", "killed"),
    ],
)
def test_the_number_of_a_list_of_harms_is_typed_by_their_mix(
    harms: str, casualty_type: str
) -> None:
    text = f"One recent report put the number of {harms} at 1.2 million Russians."
    assert figures(text) == [
        ("casualty", "1.2 million Russians", 1200000.0, 1200000.0, casualty_type)
    ]


# --- People a participle tells apart who later died -------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The news came that nine servicemen captured by the militants in 2014 had been killed.",
        "Twelve soldiers captured by the rebels last year were executed on Monday.",
        "Twelve soldiers wounded in the attack later died.",
    ],
)
def test_people_a_participle_tells_apart_who_later_died_are_killed(sentence: str) -> None:
    assert [figure[4] for figure in figures(sentence)] == ["killed"]


@pytest.mark.parametrize(
    ("sentence", "casualty_type"),
    [
        ("Twelve soldiers captured by rebels who were killed later were freed.", "captured"),
        ("Twelve soldiers wounded in the attack were taken to hospital.", "wounded"),
    ],
)
def test_people_a_participle_tells_apart_keep_its_harm_otherwise(
    sentence: str, casualty_type: str
) -> None:
    assert [figure[4] for figure in figures(sentence)][:1] == [casualty_type]


# --- An adverb before a participle cue; a relative clause after a fronted phrase ---------


@pytest.mark.parametrize("adverb", ["instead ", "again ", ""])
def test_an_adverb_before_a_participle_cue_leaves_the_subject_the_speaker(adverb: str) -> None:
    text = (
        f"The Kremlin has not supported the idea, {adverb}saying the president could come "
        "to Moscow."
    )
    assert speaker_of(text, "Moscow") == "Kremlin"


def test_a_speaker_with_a_relative_clause_after_a_fronted_phrase_is_found() -> None:
    text = (
        "In a setback for the leader, veteran MP Mark Harlow, who formerly served as chief "
        "whip and chaired the research group, said the war demonstrated the need for change."
    )
    assert speaker_of(text, "war") == "Mark Harlow"


# --- A headline's topic kicker ----------------------------------------------------------


@pytest.mark.parametrize(
    "headline",
    [
        "Lebanon: Army Commander Hails Victory over Daesh",
        "Iran crisis: UN rights chief urges dialogue amid death penalty threats",
    ],
)
def test_a_headlines_topic_kicker_is_part_of_its_span(headline: str) -> None:
    text = f"{headline}\n\nThe commander said the operation was over."
    assert speaker_of(text, headline.split(": ")[1][:20]) is not None
    assert headline in [c.text for c in detect(text) if c.kind == "statement"]


@pytest.mark.parametrize(
    "headline",
    [
        "Scoop: US dismayed by strikes on fuel depots, sources say",
        "HEADLINE: Rebels say they hold the airport",
        "Sudan war live: RSF says it holds Babanusa",
    ],
)
def test_a_desks_label_before_a_headline_stays_out_of_its_span(headline: str) -> None:
    text = f"{headline}\n\nThe commander said the operation was over."
    rest = headline.split(": ", 1)[1]
    spans = [c.text for c in detect(text) if c.kind == "statement"]
    assert rest in spans
    assert headline not in spans


def test_a_kicker_later_in_the_text_is_a_captions_and_stays_out() -> None:
    text = (
        "Rebels push south\n\nThe army said the front held.\n\n"
        "Stand-off: The army's commander said his troops would not retreat."
    )
    spans = [c.text for c in detect(text) if c.kind == "statement"]
    assert "The army's commander said his troops would not retreat." in spans


# --- The review's findings, kept ----------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Warning of retaliation, He Weidong vowed to defend the island.", "He Weidong"),
        (
            "Claiming the strike killed 30 militants, they and the Syrian army vowed to press on.",
            "they and the Syrian army",
        ),
    ],
)
def test_a_name_or_a_pair_opening_with_a_pronoun_is_not_cut(sentence: str, speaker: str) -> None:
    assert statements(sentence) == [(sentence, speaker)]


@pytest.mark.parametrize(
    "sentence",
    [
        "It's not to say the talks failed.",
        "The ministry was unable to immediately confirm the figures.",
    ],
)
def test_a_gloss_with_a_contraction_or_a_split_infinitive_is_no_statement(sentence: str) -> None:
    assert statements(sentence) == []


def test_an_adverb_after_a_wrapped_comma_before_a_participle_cue() -> None:
    text = "The ministry did not give a figure,\ninstead saying that losses were minimal."
    assert statements(text) == [(text, "The ministry")]


def test_attempted_suicides_count_no_dead() -> None:
    assert figures("The unit recorded 9 suicides and 14 attempted suicides.") == [
        ("casualty", "9 suicides", 9.0, 9.0, "killed")
    ]


@pytest.mark.parametrize(
    ("sentence", "casualty_type"),
    [
        (
            "Forty people captured by the militants were freed after their captors were killed.",
            "captured",
        ),
        (
            "Twelve soldiers wounded in the attack were flown to a hospital where two later died.",
            "wounded",
        ),
    ],
)
def test_a_death_in_a_later_clause_leaves_the_participles_harm(
    sentence: str, casualty_type: str
) -> None:
    assert [figure[4] for figure in figures(sentence)][:1] == [casualty_type]


@pytest.mark.parametrize(
    ("sentence", "casualty_type"),
    [
        ("The number of deaths and injuries rose to 120.", "killed_or_wounded"),
        ("The number of dead and missing rose to 120.", "casualties"),
        ("The number of wounded rose to 80.", "wounded"),
        ("The number of missing and displaced has reached 2 million.", "missing"),
    ],
)
def test_harms_listed_before_the_count_they_reach(sentence: str, casualty_type: str) -> None:
    assert [figure[4] for figure in figures(sentence)] == [casualty_type]


@pytest.mark.parametrize(
    "text",
    [
        "New Delhi: India's army said on Monday that 12 soldiers were killed.\nMore followed.",
        "By John Smith: Russia says it captured Avdiivka\nBody.",
        "Update 2: Russia says it captured Avdiivka\nBody.",
        "Special report: Russia says it captured Avdiivka\nBody.",
        "INSIGHT: IRAN SAYS 40 SOLDIERS KILLED IN BASRA\nBAGHDAD, March 3 - Iran said 40 died.",
    ],
)
def test_datelines_bylines_labels_and_captions_stay_out_of_the_first_claims(text: str) -> None:
    kicker_end = text.index(": ") + 2
    assert all(c.start >= kicker_end for c in detect(text) if c.kind in ("statement", "position"))
