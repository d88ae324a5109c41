"""Wordings the fifty-third round mended from the errors of translated agency copy (Vital
Content's English of Al Jazeera, Anadolu and AFP, 2019) and of monitoring transcripts set
all in capitals (MUC-4's FBIS and EFE texts, 1989), each with made-up sentences of its
own and near misses: recordings bracketed by parentheses with their speakers' turn
labels, a list of counts with a group that has no figure inside it, heads in double
scare quotes, "neutralize" as a killing, a count after "and" as a figure of its own,
"the head of communications said", a press release that speaks, a figure of one
casualty, death or rank, "ends his report by stating", and a count after a name in a
text set in capitals."""

from annotator.detection import detect
from annotator.detection.recordings import opening_label, recordings, turn_label
from annotator.domain import KIND_CASUALTY, KIND_POSITION, KIND_STATEMENT, KIND_TROOPS, CasualtyType
from tests.helpers import figures, speaker_of, statements

KILLED = CasualtyType.KILLED
WOUNDED = CasualtyType.WOUNDED

# --- recordings bracketed by parentheses -----------------------------------------------

TRANSCRIPT = (
    "San Salvador, 25 May (Canal Doce Television)\n\n"
    "Guerrillas attacked the garrison of the 1st Infantry Brigade tonight, officials said.\n\n"
    "(Begin recording) (unidentified military officer) The guerrillas used mortars. "
    "They destroyed several power poles.\n\n"
    "(Reporter) Colonel, will the FMLN intensify its actions?\n\n"
    "(Military officer) Of course, we are expecting this. (End recording)\n\n"
    "The army later said the situation was calm."
)


def test_a_recording_in_round_brackets_is_found() -> None:
    found = recordings(TRANSCRIPT)
    assert len(found) == 1
    recorded = TRANSCRIPT[found[0].start : found[0].end]
    assert recorded.startswith(" (unidentified military officer) The guerrillas")
    assert recorded.rstrip().endswith("we are expecting this.")


def test_each_turn_of_a_bracketed_recording_is_its_labels_speech() -> None:
    said = statements(TRANSCRIPT)
    assert (
        "(Begin recording) (unidentified military officer) The guerrillas used mortars.",
        "unidentified military officer",
    ) in said
    assert ("They destroyed several power poles.", "unidentified military officer") in said
    assert ("(Reporter) Colonel, will the FMLN intensify its actions?", "Reporter") in said
    assert ("(Military officer) Of course, we are expecting this.", "Military officer") in said
    # after the closing mark the text speaks for itself again
    assert ("The army later said the situation was calm.", "The army") in said


def test_turn_labels_in_either_bracket_and_transcribers_notes() -> None:
    assert turn_label("whom. \n  [Pomponne] ") == "Pomponne"
    assert turn_label("went on.  (Ponce) ") == "Ponce"
    assert opening_label("(Reporter) Colonel, will it?", 0, 27) == "Reporter"
    assert opening_label("(unidentified officer) We saw it.", 0, 33) == "unidentified officer"
    # a transcriber's note, a recording's own mark and a plain aside name no one
    assert turn_label("found six  (words indistinct) ") is None
    assert turn_label("said:  [Begin Ngonhamo recording] ") is None
    assert opening_label("(in Spanish) we saw it.", 0, 23) is None
    assert opening_label("The army (FMLN) said so.", 0, 24) is None


def test_a_named_recording_keeps_its_speaker() -> None:
    text = (
        "Mateus Ngonhamo, a Renamo official, said the army lacked funds. "
        "[Begin Ngonhamo recording] "
        "We are tired of this slowness. We need money. [end recording]"
    )
    assert speaker_of(text, "tired of this slowness") == "Mateus Ngonhamo"


def test_round_brackets_without_a_recording_change_nothing() -> None:
    # (an opening literal that opens no recording once raised an error)
    text = "(Reporter) The army said 20 soldiers were killed. (Begin) The talks went on."
    assert recordings(text) == []
    assert statements(text) == [
        ("(Reporter) The army said 20 soldiers were killed.", "The army"),
    ]


def test_a_transcript_in_capitals_names_its_speakers() -> None:
    text = (
        "SAN SALVADOR, 30 NOV (RADIO VENCEREMOS) -- COLONEL RENE EMILIO PONCE, CHAIRMAN "
        "OF THE JOINT CHIEFS OF STAFF, SAID TODAY THAT THE OFFENSIVE HAS FAILED.\n\n"
        "   (BEGIN RECORDING) (PONCE) THE PROPOSAL WAS AIMED AT IMPROVING THE FMLN'S IMAGE "
        "ABROAD.  IT IS A POLITICAL DECISION.  (END RECORDING)\n\n"
        "   COMMANDER AMILCAR, ONE OF THE REBEL CHIEFS WHO HAS OCCUPIED THE NEIGHBORHOOD, "
        "TOLD EFE THAT HIS MEN CAME PREPARED."
    )
    said = {claim.text: claim.speaker for claim in detect(text) if claim.kind == KIND_STATEMENT}
    assert said["IT IS A POLITICAL DECISION."] == "Rene Emilio Ponce"
    assert [s for t, s in said.items() if t.startswith("(BEGIN RECORDING)")] == [
        "Rene Emilio Ponce"
    ]
    # "ONE" after the name is a count, no part of it
    assert [s for t, s in said.items() if t.startswith("COMMANDER AMILCAR")] == ["Amilcar"]


# --- lists of counts -------------------------------------------------------------------


def test_a_group_without_a_figure_keeps_the_list_of_counts_whole() -> None:
    assert figures(
        "On Tuesday, seven soldiers, several civilians and 80 militants were killed in an "
        "attack, the army said."
    ) == [
        (KIND_CASUALTY, "seven soldiers", 7.0, 7.0, KILLED),
        (KIND_CASUALTY, "80 militants", 80.0, 80.0, KILLED),
    ]
    assert figures("Seven soldiers, a policeman and 80 militants were killed.") == [
        (KIND_CASUALTY, "Seven soldiers", 7.0, 7.0, KILLED),
        (KIND_CASUALTY, "80 militants", 80.0, 80.0, KILLED),
    ]


def test_a_group_without_a_figure_does_not_join_a_clause_of_its_own() -> None:
    # the soldiers are counted by no harm: the list's predicate is the militants' own
    assert figures("The army deployed 300 soldiers, some tanks and 20 militants were killed.") == [
        (KIND_TROOPS, "300 soldiers", 300.0, 300.0, None),
        (KIND_CASUALTY, "20 militants", 20.0, 20.0, KILLED),
    ]


def test_a_count_after_and_is_a_figure_of_its_own() -> None:
    assert figures(
        "We deplore seven dead, including four soldiers and three gendarmes and twenty wounded."
    ) == [
        (KIND_CASUALTY, "seven dead", 7.0, 7.0, KILLED),
        (KIND_CASUALTY, "four soldiers", 4.0, 4.0, KILLED),
        (KIND_CASUALTY, "three gendarmes", 3.0, 3.0, KILLED),
        (KIND_CASUALTY, "twenty", 20.0, 20.0, WOUNDED),
    ]
    # one more person after "and" still shares the predicate after it
    assert figures("Three gendarmes and a driver were wounded.") == [
        (KIND_CASUALTY, "Three gendarmes", 3.0, 3.0, WOUNDED),
    ]


def test_a_head_in_double_scare_quotes() -> None:
    assert figures('The army said 80 "terrorists" were killed in the attack.') == [
        (KIND_CASUALTY, '80 "terrorists"', 80.0, 80.0, KILLED),
    ]
    assert figures("Police said at least 10 \u201cwhite deaths\u201d were recorded.") == [
        (KIND_CASUALTY, "at least 10 \u201cwhite deaths\u201d", 10.0, None, KILLED),
    ]
    # a quotation that opens after a figure is no head in quotes
    assert figures('He counted 20 "people who want to leave" at the border.') == []


def test_neutralize_in_its_base_form_kills() -> None:
    assert figures("The operation made it possible to neutralize 80 terrorists.") == [
        (KIND_CASUALTY, "80 terrorists", 80.0, 80.0, KILLED),
    ]
    assert figures("Turkish army neutralizes 9 PKK terrorists in northern Syria") == [
        (KIND_CASUALTY, "9 PKK terrorists", 9.0, 9.0, KILLED),
    ]


# --- figures of one --------------------------------------------------------------------


def test_one_casualty_one_death_and_one_rank_are_counts() -> None:
    assert figures("Another unit walked into a mined field, causing one more casualty.") == [
        (KIND_CASUALTY, "one more casualty", 1.0, 1.0, CasualtyType.CASUALTIES),
    ]
    assert figures("One more death was reported on Friday.") == [
        (KIND_CASUALTY, "One more death", 1.0, 1.0, KILLED),
    ]
    assert figures("Rebels wounded one corporal at El Tablon.") == [
        (KIND_CASUALTY, "one corporal", 1.0, 1.0, WOUNDED),
    ]
    assert figures("The footage shows what appears to be one casualty.") == [
        (KIND_CASUALTY, "one casualty", 1.0, 1.0, CasualtyType.CASUALTIES),
    ]
    # the one casualty whose shoulder is seen is a person, not a count of the harmed
    assert figures("A flag showed on the shoulder of one casualty as he was carried.") == []
    # a rank that modifies a later noun, and a word that is no rank, count no one
    assert figures("He met one colonel's wife.") == []
    assert figures("One major attack was repelled.") == []


# --- speakers ------------------------------------------------------------------------


def test_the_head_of_an_office_after_a_quoted_word() -> None:
    text = 'Turkish forces will cross the border "soon," the head of communications said.'
    assert speaker_of(text, "cross the border") == "the head of communications"


def test_a_press_release_speaks() -> None:
    assert speaker_of(
        "Terrorists attacked the base, according to the press release.", "attacked"
    ) == ("the press release")
    assert speaker_of(
        "Terrorists attacked the base, according to a press release from the army.", "attacked"
    ) == ("the army")
    # the release of captives is no document
    assert statements("The release of 20 prisoners followed talks in Doha.") == []


def test_whoever_ends_a_report_by_stating_speaks() -> None:
    assert statements(
        'The announcer ends his report by stating: "The front reports that units attacked '
        'an enemy position. The clash lasted 20 minutes."'
    ) == [
        (
            'The announcer ends his report by stating: "The front reports that units '
            "attacked an enemy position.",
            "The announcer",
        ),
        ('The clash lasted 20 minutes."', "The announcer"),
    ]
    assert speaker_of(
        "The minister opened the session by saying that peace was near.", "peace"
    ) == ("The minister")


def test_a_role_before_a_verb_the_cues_do_not_know_speaks_a_colons_quotation() -> None:
    assert speaker_of(
        'The station announcer lists its reports from Santa Ana: "At 0415 we inflicted four '
        'casualties."',
        "Santa Ana",
    ) == ("The station announcer")
    assert speaker_of(
        'The spokesman read a statement from the army: "We will not retreat."', "retreat"
    ) == ("The spokesman")
    # a preposition after the role is no verb: the role's phrase goes on
    assert speaker_of('The spokesman for the army: "We will not retreat."', "retreat") != (
        "The spokesman"
    )


# --- a force's fixed posts -----------------------------------------------------------


def test_a_partys_garrison_at_a_named_place_is_a_position() -> None:
    for sentence in (
        "Guerrillas attacked an army garrison in Zacamil.",
        "Guerrillas attacked the 1st Infantry Brigade garrison in Zacamil.",
    ):
        assert [c.rule for c in detect(sentence) if c.kind == KIND_POSITION] == [
            "position.named_position"
        ], sentence
    # a base is a site, not the force in it
    assert detect("Rebels attacked an army base in Kidal.") == []
    assert detect("The firm opened a customer base in London.") == []
    assert [c for c in detect("A base in Kabul was hit.") if c.kind == KIND_POSITION] == []


# --- the review's cases ----------------------------------------------------------------


def test_transcribers_notes_are_no_speakers() -> None:
    square = (
        "Radio Maputo quoted the minister. [Begin recording] [Chissano] We have lost 20 "
        "soldiers this week. [Passage indistinct] The bandits killed 14 villagers. [Video "
        "shows burned houses] They will be punished. [End recording]"
    )
    assert {speaker for _, speaker in statements(square)[1:]} == {"Chissano"}
    round_ = (
        "President Mugabe addressed the rally. (Begin recording) (Mugabe) We deployed 3,000 "
        "troops. (Crowd chants) The bandits lost 20 men. (Prolonged applause) We will win. "
        "(End recording)"
    )
    assert {speaker for _, speaker in statements(round_)} == {"Mugabe"}
    for note in ("(Translated from Pashto)", "(Video shows destroyed tanks)", "[Name indistinct]"):
        assert turn_label(f"went on. {note} ") is None, note


def test_a_sentence_with_its_own_speaker_before_the_mark_keeps_it() -> None:
    text = (
        "Pretoria radio said the army had lost two men. (Text) Defence Minister Magnus Malan "
        "said in Parliament: (Begin recording) We have killed 200 SWAPO terrorists this year. "
        "(End recording)"
    )
    assert speaker_of(text, "Magnus Malan said") == "Magnus Malan"


def test_a_short_transcript_in_capitals_opens_its_recording() -> None:
    text = (
        "(TEXT) HAVANA RADIO CARRIED AN INTERVIEW WITH COLONEL PONCE. (BEGIN RECORDING) "
        "(PONCE) THE ENEMY HAS LOST 300 MEN. (END RECORDING)"
    )
    assert len(recordings(text)) == 1
    assert speaker_of(text, "THE ENEMY HAS LOST") == "PONCE"


def test_a_harm_intended_or_to_come_counts_no_one() -> None:
    for sentence in (
        "The army vowed to kill 200 militants.",
        "The army vowed to neutralise the 200 PKK militants holed up in the mountains.",
        "Troops will kill 40 terrorists, the minister warned.",
    ):
        assert [f for f in figures(sentence) if f[0] == KIND_CASUALTY] == [], sentence
    # a harm managed is done
    assert figures("Troops managed to kill 40 terrorists.") == [
        (KIND_CASUALTY, "40 terrorists", 40.0, 40.0, KILLED),
    ]


def test_a_singular_casualty_or_death_noun_modifying_another_counts_no_one() -> None:
    assert figures("The hospital opened one casualty ward for the wounded.") == []
    # the guard is the harm nouns' own: another head before such a word keeps its count
    assert figures("The attack killed one civilian reports said.") == [
        (KIND_CASUALTY, "one civilian", 1.0, 1.0, KILLED),
    ]
    assert [f[1] for f in figures("He faced one death threat after another.")] != ["one death"]


def test_whoever_ends_a_longer_thing_by_stating_speaks() -> None:
    assert speaker_of(
        'The presenter opens his weekly commentary by stating: "The enemy lost 40 men."',
        "weekly commentary",
    ) == ("The presenter")
