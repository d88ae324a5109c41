"""Monitoring services' transcripts (FBIS, BBC Monitoring), which the forty-second round
read from held-out 65: recorded words between "[Begin recording]" and "[end
recording]" carry no quote marks, and an interview's turns are marked with the speaker's
name in brackets.  Every recorded sentence is its speaker's statement; the marks
themselves ("[Text]", "[Begin … recording]", "[Name]") are in no span."""

from annotator.detection import detect
from annotator.domain import KIND_POSITION
from tests.helpers import statements

NAMED_RECORDING = (
    "Rebels Say Talks Stalled\n\n"
    "[Text] General Tomas Okello of the rebel movement has said the talks with the "
    "government are stalled. He spoke to reporters in the capital yesterday: \n"
    "  [Begin Okello recording] We have waited for three months. The government does "
    "not answer our letters. It seems the ministers have been claiming that there is no "
    "money. We cannot accept this. [end recording] \n"
    "  The government has not commented on the remarks.\n"
)


def test_each_recorded_sentence_is_a_statement_of_whom_the_mark_names() -> None:
    found = statements(NAMED_RECORDING)
    recorded = [
        "We have waited for three months.",
        "The government does not answer our letters.",
        "It seems the ministers have been claiming that there is no money.",
        "We cannot accept this.",
    ]
    assert [(sentence, "Tomas Okello") for sentence in recorded] == [
        claim for claim in found if claim[0] in recorded
    ]


def test_a_sentence_after_the_recording_ends_is_no_recorded_speech() -> None:
    spans = [span for span, _ in statements(NAMED_RECORDING)]
    assert "The government has not commented on the remarks." not in spans


def test_the_item_mark_is_outside_the_first_sentence() -> None:
    spans = [span for span, _ in statements(NAMED_RECORDING)]
    assert (
        "General Tomas Okello of the rebel movement has said the talks with the "
        "government are stalled." in spans
    )
    assert not any("[" in span for span in spans)


INTERVIEW = (
    "Minister Comments on Border Force\n\n"
    "[Text] Foreign Minister Amina Diallo is visiting Paris. Jean Morel asked her "
    "whether a neutral force would be sent: \n"
    "  [Begin recording] [Diallo] I believe a neutral force is the only solution. It "
    "must come soon. \n"
    "  [Morel] How many men would be sent? \n"
    "  [Diallo] The first plan was for 200 soldiers. Now we expect 60 officers. "
    "[end \nrecording] \n"
    "  That was Amina Diallo speaking to our correspondent.\n"
)


def test_turn_labels_give_each_turn_its_speaker() -> None:
    found = dict(statements(INTERVIEW))
    assert found["I believe a neutral force is the only solution."] == "Amina Diallo"
    assert found["It must come soon."] == "Amina Diallo"
    assert found["How many men would be sent?"] == "Jean Morel"
    assert found["The first plan was for 200 soldiers."] == "Amina Diallo"
    assert found["Now we expect 60 officers."] == "Amina Diallo"
    assert "That was Amina Diallo speaking to our correspondent." not in found


def test_monitoring_marks_are_in_no_position_span() -> None:
    text = "[Text] The army has deployed 3,000 troops to the northern border, the ministry said.\n"
    positions = [c.text for c in detect(text) if c.kind == KIND_POSITION]
    assert positions == [
        "The army has deployed 3,000 troops to the northern border, the ministry said."
    ]


def test_without_a_name_the_recording_is_the_last_speakers() -> None:
    text = (
        "The police chief, Colonel Marta Ruiz, said on radio: \n"
        "  [Begin recording] The roads are closed. Nobody may enter the town. "
        "[passage omitted] We ask for patience. [end recording]\n"
    )
    found = statements(text)
    assert ("Nobody may enter the town.", "Marta Ruiz") in found
    assert ("We ask for patience.", "Marta Ruiz") in found
    assert not any("passage omitted" in span for span, _ in found)


def test_a_recording_left_open_runs_to_the_end_of_the_text() -> None:
    text = (
        "Okello Interviewed\n\n"
        "[Begin Okello recording] The fighting has stopped. Our men are in the hills.\n"
    )
    assert statements(text)[-2:] == [
        ("The fighting has stopped.", "Okello"),
        ("Our men are in the hills.", "Okello"),
    ]


def test_an_editors_bracketed_insertion_is_no_part_of_the_speaker() -> None:
    # read as the same insertion in parentheses is; the span keeps it
    said = "has said the talks are stalled."
    bracketed = f"Lieutenant General Tomas Okello of the Front [FLN] {said}"
    parenthesised = f"Lieutenant General Tomas Okello of the Front (FLN) {said}"
    assert statements(bracketed) == [(bracketed, statements(parenthesised)[0][1])]
    assert "FLN" not in str(statements(bracketed)[0][1])
