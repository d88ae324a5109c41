"""Wordings the sixty-second round mended from the errors of three sets built blind in the
sixty-first (holdout150: The Guardian (Nigeria) on Boko Haram and herdsmen; holdout151:
an EIU brief, a New York Daily News op-ed and a Splinter story; holdout153: a column of
The Pioneer on the Kandahar hijacking), each with made-up sentences of its own and near
misses: fighters in custody (arrested commanders, prisoners held in jails, a release or a
swap), "claimed" as speech, a name set off after a role and the body it serves, a last
name before another's middle name, typeset hyphens and ordinal dates before a subject,
"Per" before a source, reminders, crowds and sharp replies as speech, catenatives before
a cue ("made bold to suggest"), appeals and announcements made with a word of how, and
positions: a call on the state's tiers or agencies, a named place a force cleared, and
readiness shown with no pronoun."""

import pytest

from annotator.detection import detect
from tests.helpers import figures, rule_positions, speaker_of, statements

# --- Fighters in custody ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("Troops arrested three Boko Haram commanders.", "three Boko Haram commanders"),
        ("Troops arrested three of their commanders on Sunday.", "three of their commanders"),
        ("Police detained four commanders of the militia.", "four commanders"),
    ],
)
def test_the_leaders_of_an_armed_group_an_arrest_takes_are_captured(
    sentence: str, span: str
) -> None:
    assert figures(sentence) == [("casualty", span, *_count(span), "captured")]


def _count(span: str) -> tuple[float, float]:
    number = {"three": 3.0, "four": 4.0}[span.split()[0]]
    return number, number


def test_commanders_counted_without_a_verb_of_arrest_are_no_captives() -> None:
    assert [kind for kind, *_ in figures("Three commanders met in Kabul on Monday.")] == []


def test_a_headlines_arrest_keeps_its_figure_from_the_next_verb_past_the_comma() -> None:
    text = "Troops arrest three Boko Haram commanders, kill 22 others"
    assert figures(text) == [
        ("casualty", "three Boko Haram commanders", 3.0, 3.0, "captured"),
        ("casualty", "22 others", 22.0, 22.0, "killed"),
    ]


def test_a_predicate_past_a_comma_still_types_a_figure_no_arrest_took() -> None:
    text = "Three Boko Haram commanders, the army said, were killed in the raid."
    assert figures(text) == [("casualty", "Three Boko Haram commanders", 3.0, 3.0, "killed")]


@pytest.mark.parametrize(
    ("sentence", "span", "number"),
    [
        (
            "The hijackers wanted 36 terrorists, held in various Indian jails, to be freed.",
            "36 terrorists",
            36.0,
        ),
        (
            "Some 4,000 of the group's fighters remain detained in Kurdish-run jails.",
            "Some 4,000 of the group's fighters",
            4000.0,
        ),
        ("Israel freed 90 Hamas militants held in its prisons.", "90 Hamas militants", 90.0),
    ],
)
def test_fighters_held_in_a_prison_are_captured(sentence: str, span: str, number: float) -> None:
    assert ("casualty", span, number, number, "captured") in figures(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "More than 2,000 migrants are held in detention centres in Libya.",
        "About 300 journalists are held in prisons around the world.",
        "Some 40 protesters were detained in police cells overnight.",
    ],
)
def test_migrants_journalists_or_protesters_held_are_no_casualties(sentence: str) -> None:
    assert [kind for kind, *_ in figures(sentence) if kind == "casualty"] == []


def test_troops_held_in_reserve_are_a_force_not_prisoners() -> None:
    assert figures("About 2,000 troops are held in reserve.") == [
        ("troops", "About 2,000 troops", 2000.0, 2000.0, None)
    ]


@pytest.mark.parametrize(
    ("sentence", "span", "number"),
    [
        (
            "They would free the hostages in exchange of three dreaded terrorists facing "
            "charges of terrorism.",
            "three dreaded terrorists",
            3.0,
        ),
        ("Hamas freed two soldiers in exchange for 1,000 militants.", "1,000 militants", 1000.0),
        ("The group demanded the release of 36 militants.", "36 militants", 36.0),
        ("The army freed 30 militants under the amnesty.", "30 militants", 30.0),
    ],
)
def test_fighters_a_release_or_a_swap_lets_go_are_captured(
    sentence: str, span: str, number: float
) -> None:
    assert ("casualty", span, number, number, "captured") in figures(sentence)


def test_troops_sent_in_exchange_for_a_withdrawal_stay_a_force() -> None:
    assert figures("The US withdrew in exchange for 5,000 troops being sent by allies.") == [
        ("troops", "5,000 troops", 5000.0, 5000.0, None)
    ]


# --- "claimed" as speech ------------------------------------------------------------------


def test_claimed_before_a_clauses_subject_is_speech_not_a_killing() -> None:
    text = "He claimed six of his relatives were among the hostages."
    assert figures(text) == [("casualty", "six of his relatives", 6.0, 6.0, "captured")]
    assert statements(text) == [(text, "He")]


@pytest.mark.parametrize(
    ("sentence", "span", "number"),
    [
        ("The blast claimed 21 lives on Sunday.", "21 lives", 21.0),
        ("The war has claimed 20,000 lives, officials said.", "20,000 lives", 20000.0),
    ],
)
def test_claimed_lives_are_still_deaths(sentence: str, span: str, number: float) -> None:
    assert figures(sentence) == [("casualty", span, number, number, "killed")]


# --- A name set off after a role and the body it serves --------------------------------


@pytest.mark.parametrize(
    "source",
    [
        "According to statement issued by the spokesman of the Nigeria Army, Col. Sani Usman "
        "yesterday in Abuja,",
        "According to the spokesman of the Nigeria Army, Col. Sani Usman,",
    ],
)
def test_a_name_set_off_after_a_role_and_its_body_is_the_speaker(source: str) -> None:
    text = f"{source} the operation was carried out in 10 villages."
    assert speaker_of(text, "operation") == "Sani Usman"


def test_two_spokesmen_of_two_bodies_each_name_their_own_statement() -> None:
    text = (
        "According to the spokesman of the Nigeria Army, Col. Sani Usman, troops cleared six "
        "villages. A statement issued by the spokesman of the NAF, Group Captain Ayodele "
        "Famuyiwa, said the air strike hit the camp."
    )
    assert speaker_of(text, "cleared") == "Sani Usman"
    assert speaker_of(text, "air strike") == "Ayodele Famuyiwa"


def test_a_role_before_a_body_and_no_name_stays_the_speaker() -> None:
    text = "According to the spokesman of the Nigeria Army, troops cleared six villages."
    assert speaker_of(text, "cleared") == "the spokesman of the Nigeria Army"


# --- A last name before another's middle name -------------------------------------------


def test_a_surname_names_whose_last_name_it_is_before_whose_middle_name_it_is() -> None:
    text = (
        "Another eye witness, Alhaji Abubakar Sokoto, told this reporter that herdsmen "
        "stormed four villages. Confirming the killings, spokesman of the Adamawa State "
        "Police Command, DSP Othman Abubakar, said the DPO was attacked. Abubakar added "
        "that the attackers looted foodstuff."
    )
    assert speaker_of(text, "looted") == "Othman Abubakar"


def test_a_spanish_first_surname_still_names_its_holder_when_no_one_else_has_it() -> None:
    text = (
        "Opposition leader Reynaldo Escobar Perez spoke in Caracas. Escobar said the "
        "troops had left the city."
    )
    assert speaker_of(text, "troops had left") == "Reynaldo Escobar Perez"


# --- Typeset hyphens and ordinal dates before a subject ---------------------------------


@pytest.mark.parametrize(
    "opening",
    ["On July 10th Hassan Nasrallah", "On 10th of July Hassan Nasrallah", "Hassan Nasrallah"],
)
@pytest.mark.parametrize("hyphen", ["-", "\u2011", "\u2010"])
def test_a_subject_after_an_ordinal_date_with_apposed_descriptions_is_the_speaker(
    opening: str, hyphen: str
) -> None:
    text = (
        f"{opening}, the leader of Hizbullah, an Iranian{hyphen}sponsored Lebanese Shia "
        "group, affirmed that his organisation would end attacks on Israel."
    )
    assert statements(text) == [(text, "Hassan Nasrallah")]


def test_a_typeset_hyphen_keeps_its_offsets_in_the_claim() -> None:
    text = "Russia has deployed 10,000 well\u2011armed troops near the border."
    claims = [claim for claim in detect(text) if claim.kind == "troops"]
    assert [(claim.text, claim.start) for claim in claims] == [
        ("10,000 well\u2011armed troops", text.index("10,000"))
    ]


# --- "Per" before a source ----------------------------------------------------------------


def test_per_before_a_sources_reporting_leaves_the_source() -> None:
    text = "Per the Washington Post’s reporting, nobody really knows what’s going to happen next."
    assert statements(text) == [(text, "Washington Post")]


def test_a_first_name_per_stays_part_of_the_name() -> None:
    text = "Per Olsen said the troops left."
    assert statements(text) == [(text, "Per Olsen")]


# --- Reminders ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "He reminded everybody in the hall that in the past terrorists had been released "
            "from prison.",
            "He",
        ),
        (
            "The diplomat reminded the UN that the trail of the attack led to Abbottabad.",
            "The diplomat",
        ),
        (
            "Russia was reminded by various speakers that an invasion would break "
            "international law.",
            "various speakers",
        ),
    ],
)
def test_a_reminder_given_is_speech(sentence: str, speaker: str) -> None:
    assert statements(sentence) == [(sentence, speaker)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The families were reminded of the siege.",
        "Villagers are reminded of the war every day.",
        "The president reminds many voters of his predecessor.",
        "Residents were grimly reminded that the war is not over.",
    ],
)
def test_a_likeness_or_a_reminder_no_one_gave_is_no_speech(sentence: str) -> None:
    assert statements(sentence) == []


# --- Crowds and sharp replies -------------------------------------------------------------


@pytest.mark.parametrize(
    ("tag", "speaker"),
    [
        ("the crowd said", "the crowd"),
        ("many in the crowd shouted back", "many in the crowd"),
        ("someone in the crowd shouted", "someone in the crowd"),
        ("the minister shot back", "the minister"),
        ("the minister fired back", "the minister"),
    ],
)
def test_a_crowd_or_a_sharp_reply_tags_a_quotation(tag: str, speaker: str) -> None:
    text = f"“To hell with the country,” {tag}."
    assert statements(text) == [(text, speaker)]


def test_a_force_firing_back_says_nothing() -> None:
    assert statements("The army fired back at the rebels.") == []


# --- Catenatives before a cue -------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "To his credit, Mr Jaswant Singh made bold to suggest that the Government had to "
            "keep the nation’s interest in mind.",
            "Jaswant Singh",
        ),
        ("The minister was quick to say that the army had left.", "The minister"),
        ("The ministry was at pains to point out that the army had left.", "The ministry"),
    ],
)
def test_a_catenative_before_a_cue_leaves_its_subject_the_speaker(
    sentence: str, speaker: str
) -> None:
    assert statements(sentence) == [(sentence, speaker)]


# --- Appeals, announcements and demands -------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Col Virendra Thapar made a fervent appeal for people to stand united against "
            "the hijackers.",
            "Virendra Thapar",
        ),
        (
            "Late on Sunday night, the Trump administration made a surprise announcement that "
            "it would pull back its remaining forces.",
            "the Trump administration",
        ),
        ("The hijackers demanded that the aircraft be refuelled.", "The hijackers"),
        ("The pirates demanded a ransom of 5 million dollars.", "The pirates"),
    ],
)
def test_appeals_announcements_and_hijackers_demands_are_speech(
    sentence: str, speaker: str
) -> None:
    assert statements(sentence) == [(sentence, speaker)]


# --- Near misses the round's review found ----------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The ceasefire freed some 5,000 rebel fighters to join the offensive.",
        "Hezbollah released 3,000 fighters from duty in Syria.",
        "The deal allows safe passage in exchange for 400 militants laying down their arms.",
    ],
)
def test_fighters_let_go_for_a_task_stay_a_force(sentence: str) -> None:
    assert [(kind, casualty_type) for kind, _, _, _, casualty_type in figures(sentence)] == [
        ("troops", None)
    ]


@pytest.mark.parametrize(
    ("sentence", "span", "number"),
    [
        ("Nigeria frees 30 Boko Haram militants in prisoner swap", "30 Boko Haram militants", 30),
        (
            "Troops nab three Boko Haram commanders, kill 22 others",
            "three Boko Haram commanders",
            3,
        ),
        ("The group said 300 fighters were freed from jail in Idlib.", "300 fighters", 300),
        ("Twelve militants remain in custody.", "Twelve militants", 12),
    ],
)
def test_more_words_of_arrest_and_release_take_fighters_into_custody(
    sentence: str, span: str, number: int
) -> None:
    assert ("casualty", span, float(number), float(number), "captured") in figures(sentence)


def test_a_participle_set_off_after_an_arrested_figure_still_types_it() -> None:
    text = "Troops detained 14 militants, wounded in the clashes, and took them to hospital."
    assert figures(text) == [("casualty", "14 militants", 14.0, 14.0, "wounded")]


def test_claimed_in_a_relative_clause_still_kills() -> None:
    assert figures("The violence that claimed 300 people has shocked the nation.") == [
        ("casualty", "300 people", 300.0, 300.0, "killed")
    ]


@pytest.mark.parametrize(
    "source",
    [
        "According to the commander of the Joint Task Force, Operation Safe Haven, Maj.-Gen. "
        "Augustine Agundu,",
        "According to the spokesman for the army, Maj.-Gen. Augustine Agundu,",
    ],
)
def test_a_units_operation_or_a_role_for_a_body_before_the_name_is_passed_over(
    source: str,
) -> None:
    assert speaker_of(f"{source} 12 gunmen were arrested.", "gunmen") == "Augustine Agundu"


def test_a_surname_used_alone_before_a_second_holder_is_named_stays_the_firsts() -> None:
    text = (
        "Police spokesman Mohammed Abubakar Tukur said 12 people were killed. “We are "
        "investigating,” Abubakar said. Former vice president Atiku Abubakar later "
        "condemned the attack."
    )
    assert speaker_of(text, "investigating") == "Mohammed Abubakar Tukur"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“This is a lie,” Lavrov shot back on Monday.", "Lavrov"),
        ("“Twenty soldiers died,” the minister fired back at reporters.", "the minister"),
        (
            "“This is a lie,” the spokesman shot back, adding that 20 soldiers had died.",
            "the spokesman",
        ),
        ("The ministry has been quick to deny that 20 soldiers had died.", "The ministry"),
        (
            "On the 10th of July Hassan Nasrallah, the Hezbollah leader, affirmed that the "
            "group would fight on.",
            "Hassan Nasrallah",
        ),
    ],
)
def test_a_sharp_replys_time_and_a_catenatives_tense_leave_the_speaker(
    text: str, speaker: str
) -> None:
    assert statements(text) == [(text, speaker)]


# --- Positions: calls on the state's agencies, ground cleared, readiness shown ----------


@pytest.mark.parametrize(
    "sentence",
    [
        "Ngamsa has called on all the tiers of government and the security agents to come "
        "together and produce an effective master plan.",
        "The minister called on the security agencies to act.",
    ],
)
def test_a_call_on_the_states_tiers_or_agencies_to_act_is_a_stance(sentence: str) -> None:
    assert [subtype for subtype, _ in rule_positions(sentence)] == ["stance"]


@pytest.mark.parametrize(
    "sentence",
    [
        "During the operation, the troops cleared Nbaga, Bula, Dabube and Suduwa towns.",
        "Troops cleared Sambisa forest.",
    ],
)
def test_a_named_place_a_force_cleared_is_held(sentence: str) -> None:
    assert [subtype for subtype, _ in rule_positions(sentence)] == ["military"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Police cleared Smith of all charges.",
        "The court cleared Ahmed of wrongdoing.",
        "Workers cleared Main Street of snow.",
    ],
)
def test_a_name_cleared_of_charges_or_snow_is_no_position(sentence: str) -> None:
    assert rule_positions(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Zelenskyy signaled readiness for a trilateral leaders’ meeting in early March.",
        "Russia expressed readiness to resume talks.",
        "The Taliban signalled willingness to negotiate.",
    ],
)
def test_readiness_shown_without_a_pronoun_is_a_stance(sentence: str) -> None:
    assert [subtype for subtype, _ in rule_positions(sentence)] == ["stance"]
