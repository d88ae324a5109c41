"""Wordings and page shapes the forty-second round read from real sets in house styles
the rules had not met (held-out 69 and 70: Yonhap, the Korea Herald and JoongAng Daily;
Fox News, Reason and The Dispatch as Markdown feeds), each with made-up sentences of
its own and near misses: Yonhap's version labels, notes to editors and "--" datelines;
Markdown links and emphasis inside sentences; Korean names, whose family name comes
first; a headline's "USFK commander"; a ministry's remit before a name; people in
uniform by their service; one more person named before a shared predicate; arrests
"getting" done."""

import pytest

from annotator.detection import detect
from annotator.domain import KIND_CASUALTY, KIND_STATEMENT
from tests.helpers import figures, statements

YONHAP = (
    "(LEAD) Army says border rules under review\n\n"
    "(LEAD) S Korea-army-border (LEAD) Army says border rules under review"
    "(ATTN: ADDS details in last 3 paras)By Park Min-ji SEOUL, March 3 (Yonhap) -- "
    "The Army said Tuesday that its border rules are under review. "
    "The review will end next month, the Army said.\n"
)


def test_yonhap_labels_slugs_and_notes_are_in_no_span() -> None:
    spans = [span for span, _ in statements(YONHAP)]
    assert spans == [
        "Army says border rules under review",
        "Army says border rules under review",
        "The Army said Tuesday that its border rules are under review.",
        "The review will end next month, the Army said.",
    ]


def test_a_byline_and_a_dateline_with_two_hyphens_open_no_sentence() -> None:
    text = "Talks fail\n\nBy Park Min-ji SEOUL, March 3 (Yonhap) -- The ministry said so."
    assert statements(text)[-1][0] == "The ministry said so."


def test_a_markdown_link_inside_a_sentence_leaves_it_whole() -> None:
    text = (
        "On Saturday, Driscoll\n"
        "[told a group](https://example.com/story-1)\n"
        "of diplomats that the talks would go on.\n"
    )
    assert statements(text) == [(text.strip(), "Driscoll")]


def test_markdown_emphasis_around_the_outlet_told_is_read_as_its_word() -> None:
    text = (
        "“They might get some corrections made,” Jim Townsend, a senior fellow at the "
        "centre, told **TMD** on Monday."
    )
    assert statements(text) == [(text, "Jim Townsend")]


def test_a_caption_counter_in_stars_stays_out_of_the_caption() -> None:
    text = (
        "The talks went on for hours, the ministry said.\n"
        "**[1/5]** Soldiers arrive at the base after the swap, the ministry said.\n"
    )
    spans = [span for span, _ in statements(text)]
    assert spans[-1] == "Soldiers arrive at the base after the swap, the ministry said."


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "National Security Adviser Wi Sung-lac said the visit was planned. "
            "Wi said the visit was planned. Wi told reporters the talks went well. "
            "Wi said the talks went well. Asked about the drills, Wi replied he was calm. "
            "Wi said the drills were over. Wi said China would help.",
            "Wi Sung-lac",
        ),
        (
            "President Tsai Ing-wen said the drills were a threat. Tsai said the island "
            "would not yield. Tsai said it again. Tsai told reporters she was calm. Tsai "
            "said the ships had left. Tsai said the talks would go on. Tsai said no more.",
            "Tsai Ing-wen",
        ),
    ],
)
def test_a_korean_family_name_alone_names_the_person(text: str, speaker: str) -> None:
    # written alone more often than a first name is (`_FIRST_NAME_MAX_ALONE`)
    assert {found for _, found in statements(text)} == {speaker}


def test_a_family_name_two_people_share_names_neither() -> None:
    text = (
        "President Lee Jae-myung said the visit was planned. Samsung Chairman Lee "
        "Jae-yong said the firm would join. Lee said the talks went well."
    )
    assert statements(text)[-1][1] == "Lee"


def test_a_headlines_body_acronym_and_role_is_the_person_it_describes() -> None:
    text = (
        "USFK commander says alliance is strong\n\n"
        "Gen. Xavier Brunson, commander of U.S. Forces Korea (USFK), made the remark at "
        "a forum. The alliance is strong, he said.\n"
    )
    assert statements(text)[0] == ("USFK commander says alliance is strong", "Xavier Brunson")


@pytest.mark.parametrize(
    "text",
    [
        "Minister of Internal Affairs Ivan Petrov said the battalion was full.",
        "First Deputy Regional Minister of Public Security Ivan Petrov said the "
        "battalion was full.",
        "Minister of Defence Ivan Petrov said the battalion was full.",
    ],
)
def test_a_ministrys_remit_before_a_name_is_no_part_of_it(text: str) -> None:
    assert statements(text) == [(text, "Ivan Petrov")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A reservist told Maariv he had not expected the letter.", "A reservist"),
        ("A conscript told the newspaper he had not expected the letter.", "A conscript"),
        ("Two paratroopers told reporters they had been ordered out.", "Two paratroopers"),
    ],
)
def test_people_in_uniform_named_by_their_service_speak(text: str, speaker: str) -> None:
    assert statements(text) == [(text, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "Two Iowa Army National Guard soldiers and a civilian interpreter were killed.",
        "Two soldiers and their local guide were killed on Monday.",
    ],
)
def test_one_more_person_before_a_shared_predicate_keeps_the_figure(text: str) -> None:
    found = figures(text)
    assert len(found) == 1
    kind, span, low, high, casualty_type = found[0]
    assert (kind, low, high, casualty_type) == (KIND_CASUALTY, 2, 2, "killed")
    assert span.endswith("soldiers")


def test_fighters_getting_detained_are_captured() -> None:
    text = "The raids led to more than 300 terrorists getting detained and 20 being killed."
    assert figures(text) == [
        (KIND_CASUALTY, "more than 300 terrorists", 300, None, "captured"),
        (KIND_CASUALTY, "20", 20, 20, "killed"),
    ]


@pytest.mark.parametrize(
    ("headline", "speaker"),
    [
        ("Rebels Say Talks Stalled", "Rebels"),
        ("Militias Deny Attack on Village", "Militias"),
        ("Witnesses Say Troops Fired on Crowd", "Witnesses"),
    ],
)
def test_a_title_case_headlines_plural_subject_is_no_persons_name(
    headline: str, speaker: str
) -> None:
    assert statements(f"{headline}\n\nThe talks went on for hours.\n") == [(headline, speaker)]


def test_a_singular_role_before_a_name_still_names_that_person() -> None:
    text = "Witness Ahmed Mahat saw the attack. Mr Mahat said the gunmen fled."
    assert "Ahmed Mahat" in str(statements(text)[-1][1])


def test_a_markdown_bullet_is_no_part_of_its_sentence() -> None:
    text = "The plan says:\n\n* NATO forces would not be stationed in Ukraine;\n"
    spans = [c.text for c in detect(text) if c.kind != KIND_STATEMENT]
    assert spans == ["NATO forces would not be stationed in Ukraine;"]


def test_a_bullets_label_still_types_the_figure_after_it() -> None:
    text = "Here is where things stand:\n• Confirmed dead: 86\n• Missing: at least 60\n"
    assert [(span, kind) for _, span, _, _, kind in figures(text)] == [
        ("86", "killed"),
        ("at least 60", "missing"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The special counsel said the probe was over.", "The special counsel"),
        ("The team, led by prosecutor Min Joong-ki, said 20 were charged.", "The team"),
        ("The panel concluded that the police had failed.", "The panel"),
    ],
)
def test_an_inquirys_counsel_team_and_panel_speak(text: str, speaker: str) -> None:
    assert statements(text) == [(text, speaker)]


def test_whom_a_speaker_tells_is_not_the_speaker() -> None:
    # the subject is read past a relative clause whose "and" ends the phrase search
    text = (
        "Dragomir, who has praised the old leaders and called NATO a racket, told "
        "supporters the result was a revolution."
    )
    assert statements(text) == [(text, "Dragomir")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("On Monday, Modi also hit out at Pakistan for supporting terrorism.", "Modi"),
        (
            "Pakistan's top military leaders have rubbished the claim.",
            "Pakistan's top military leaders",
        ),
        ("State media lash out at US policy in Asia", "State media"),
    ],
)
def test_attacking_in_words_and_waving_a_claim_away_are_said(text: str, speaker: str) -> None:
    assert statements(text) == [(text, speaker)]


def test_even_before_a_subordinator_is_no_part_of_the_speaker() -> None:
    text = (
        "The Global Times ran an editorial. Even as it characterized Obama as the least "
        "hard-line president, it panned the policy."
    )
    assert statements(text)[-1][1] == "Global Times"


@pytest.mark.parametrize(
    "label",
    [
        "__“Yaik” Battalion__ (motorized rifle battalion): ",
        "**Orenburg:** ",
        "__Unknown__ - ",
    ],
)
def test_a_list_items_label_in_emphasis_is_no_part_of_its_sentence(label: str) -> None:
    sentence = "City officials announced the establishment of the battalion on July 8."
    text = f"### Orenburg\n\n{label}{sentence}\n"
    assert [span for span, _ in statements(text)] == [sentence]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The investigators obtained a document stating that the region will form a battalion.",
            "a document",
        ),
        ("Police found a letter saying that the group would strike again.", "a letter"),
        ("The army issued a statement saying that 20 rebels were killed.", "The army"),
    ],
)
def test_a_document_someone_came_by_says_what_it_states(text: str, speaker: str) -> None:
    assert statements(text) == [(text, speaker)]


def test_a_relative_clause_between_a_figure_and_its_harm_is_an_aside() -> None:
    text = (
        "While four terrorists, who carried out a Fidayeen attack at the IAF base on "
        "Saturday, were killed by security forces, one jawan died."
    )
    assert figures(text) == [
        (KIND_CASUALTY, "four terrorists", 4, 4, "killed"),
        (KIND_CASUALTY, "one jawan", 1, 1, "killed"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Funding is taking a toll, with aid teams warning that the response is at "
            "breaking point.",
            "aid teams",
        ),
        (
            "The framework includes 19 points, according to individuals who were present.",
            "individuals",
        ),
        ("The brigades retaliated, tweeting that their hands would reach the leaders.", None),
    ],
)
def test_teams_individuals_and_tweeting(text: str, speaker: str | None) -> None:
    found = statements(text)
    assert [span for span, _ in found] == [text]
    if speaker:
        assert found[0][1] == speaker


@pytest.mark.parametrize(
    "again",
    ["The terror network released a statement saying", "The jihadist organisation said"],
)
def test_an_armed_group_named_again_as_a_network_or_organisation(again: str) -> None:
    text = f"ISIS fighters attacked the shrine. {again} that it carried out the attack."
    assert statements(text)[-1][1] == "ISIS"
