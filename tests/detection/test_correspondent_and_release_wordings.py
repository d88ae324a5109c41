"""Wordings the forty-fourth round read from real sets (held-out 75 and 76: GlobalPost
newsletter items and Straits Times correspondents' copy; held-out 78 and 79: a news feed
stored as Markdown, a Daily Sabah wire story, UN OCHA flash updates and White House
statements), each with made-up sentences of its own and near misses: a role that titles
the subject's name, participles and waters that start or end no name, single heads and
lists of forces closed by civilians, clock times, IDPs, tolls past a date, a Markdown
heading's source, pacts made and ceasefires in force, a passive's agent after a date,
"reports" as a noun, and bans told in the passive."""

import pytest

from annotator.detection import detect
from annotator.domain import KIND_CASUALTY, KIND_POSITION
from tests.helpers import figures, rule_positions, statements

# --- who speaks ---------------------------------------------------------------------


def test_a_role_between_an_opening_run_and_a_full_name_titles_the_subject() -> None:
    text = (
        "Former Australian diplomat Mark Tolley told the paper the talks had stalled. "
        "But Lisbon University security analyst Rita Camoes believes the talks are over. "
        'She said: "Nobody wants to be first to walk away."'
    )
    assert statements(text)[-1] == (
        'She said: "Nobody wants to be first to walk away."',
        "Rita Camoes",
    )


def test_a_time_between_the_titled_name_and_its_verb_keeps_the_subject() -> None:
    text = (
        "Colonel Ana Ruiz said the column had turned back. "
        "Defence analyst Peter Holm last week argued that the column was only regrouping. "
        '"They will be back within a month," he said.'
    )
    assert statements(text)[-1][1] == "Peter Holm"


def test_a_run_with_no_role_after_it_names_the_subject_as_before() -> None:
    text = (
        "General Ana Ruiz said the column had turned back. "
        "Northern Command officers are still counting the vehicles. "
        '"We lost none," she said.'
    )
    assert statements(text)[-1][1] == "Ana Ruiz"


@pytest.mark.parametrize("participle", ["Defying", "Visiting", "Citing"])
def test_a_participle_opening_a_clause_starts_no_name(participle: str) -> None:
    text = (
        f"{participle} Moldova, Romania to keep its border posts open\n\n"
        "Moldova on Monday accused Romania of ignoring the agreement."
    )
    assert statements(text)[-1][1] == "Moldova"


def test_a_sea_or_a_strait_ends_no_persons_name() -> None:
    text = (
        "Patrols resumed in the South Adriatic Sea on Monday. "
        "Adriatic on Tuesday accused the navy of provocations."
    )
    speakers = [speaker for _, speaker in statements(text)]
    assert "South Adriatic Sea" not in speakers


def test_a_research_fellow_described_at_length_is_the_speaker() -> None:
    text = (
        "Dr Lena Varga, a research fellow at the Centre for Security and Defence Studies "
        'in Vienna, called the drill a "rehearsal for a blockade".'
    )
    assert statements(text) == [(text, "Lena Varga")]


def test_reports_before_a_verb_of_saying_is_the_noun_that_speaks() -> None:
    text = "Local media reports indicated that about 40 of the detainees are minors."
    assert statements(text) == [(text, "Local media reports")]


def test_reports_as_a_verb_still_has_its_subject_speak() -> None:
    text = "The agency reports that 40 of the detainees are minors."
    assert statements(text) == [(text, "The agency")]


def test_a_passives_agent_may_come_after_a_date() -> None:
    text = (
        "As noted on 3 March by the UN human rights chief, the shelling of the grid "
        "leaves civilians without water."
    )
    assert statements(text) == [(text, "the UN human rights chief")]


def test_a_markdown_headings_source_after_its_colon_speaks() -> None:
    text = (
        "# Regional digest\n\n"
        "Markets were calm on Monday.\n\n"
        "## Militia fighters seized 12 villages in the north over the weekend: UN\n\n"
        "The villages lie along the main road."
    )
    assert (
        "Militia fighters seized 12 villages in the north over the weekend: UN",
        "UN",
    ) in statements(text)


def test_a_heading_without_a_source_says_nothing() -> None:
    text = "# Regional digest\n\nMarkets were calm.\n\n## Villages along the main road\n\nNone."
    assert statements(text) == []


# --- figures ------------------------------------------------------------------------


@pytest.mark.parametrize("head", ["guard", "attacker", "assailant", "farmer", "driver"])
def test_a_single_person_of_these_kinds_is_counted(head: str) -> None:
    text = f"One {head} was killed in the attack."
    assert figures(text) == [(KIND_CASUALTY, f"One {head}", 1, 1, "killed")]


def test_a_single_guard_post_counts_no_one() -> None:
    assert figures("One guard post was destroyed in the attack.") == []


def test_one_fatality_is_one_killed() -> None:
    text = "The raids ended with one fatality and 14 injuries."
    assert (KIND_CASUALTY, "one fatality", 1, 1, "killed") in figures(text)


def test_a_list_of_forces_closed_by_civilians_is_one_span() -> None:
    text = "About 40 soldiers, gendarmes and civilians were wounded in the blast."
    assert figures(text) == [
        (KIND_CASUALTY, "About 40 soldiers, gendarmes and civilians", 40, 40, "wounded")
    ]


def test_a_list_with_an_unarmed_head_before_its_last_is_not_joined() -> None:
    text = "About 40 soldiers, women and children were wounded in the blast."
    spans = [span for _, span, _, _, _ in figures(text)]
    assert "About 40 soldiers, women and children" not in spans


def test_forcible_evictions_displace_people() -> None:
    text = "The authorities forcibly evicted some 3,000 villagers to build the dam."
    assert figures(text) == [(KIND_CASUALTY, "some 3,000 villagers", 3000, 3000, "displaced")]


def test_protesters_evicted_from_a_square_are_not_displaced() -> None:
    assert figures("Police evicted 300 protesters from the square.") == []


def test_idps_are_displaced_people() -> None:
    text = "The camps now hold about 52,000 IDPs, the cluster said."
    assert figures(text) == [(KIND_CASUALTY, "about 52,000 IDPs", 52000, 52000, "displaced")]


@pytest.mark.parametrize("time", ["14:00", "9:30", "12:00pm"])
def test_a_clock_time_is_no_figure(time: str) -> None:
    text = f"As of 2 May at {time}, the shelling had stopped."
    assert figures(text) == []


def test_a_toll_holds_a_date_and_a_time_before_its_figure() -> None:
    text = (
        "The reported death toll in the province as of 2 May at 14:00 (the latest "
        "figures) stood at 2,315."
    )
    assert figures(text) == [(KIND_CASUALTY, "2,315", 2315, 2315, "killed")]


def test_a_number_of_fatalities_since_a_date_is_a_toll() -> None:
    text = "This brings the number of civilian fatalities since 9 March to 412."
    assert (KIND_CASUALTY, "412", 412, 412, "killed") in figures(text)


# --- positions ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenya signed a five-year maritime security pact with Tanzania.",
        "The two governments inked a preliminary border deal on Friday.",
        "Officials said the treaty would be finalized before the summit.",
        "An initial agreement to share the river's water was announced in May.",
        "A local truce between the two militias has come into force around the dam.",
        "Ceasefire agreed near the dam for repairs: UN",
    ],
)
def test_a_pact_made_is_agreement_to_a_plan(sentence: str) -> None:
    assert ("stance", "position.pact_made") in rule_positions(sentence)


def test_a_pact_in_force_needs_its_parties_or_a_speaker() -> None:
    assert rule_positions("The truce came into force at dawn on Sunday.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Negotiators have failed to reach a new deal on the river's water.",
        "Shelling resumed soon after the end of the truce was announced.",
        "The rebels, who had signed the 2019 accord, were back in the hills.",
        "The players' union signed a new pay deal with the league.",
    ],
)
def test_a_pact_failed_ended_or_in_the_background_is_none(sentence: str) -> None:
    assert not any(rule.endswith("pact_made") for _, rule in rule_positions(sentence))


def test_someone_wanted_by_the_law_states_no_stance() -> None:
    text = "Omar Dale is wanted in Kenya and Somalia for a series of abductions."
    assert [c for c in detect(text) if c.kind == KIND_POSITION] == []


def test_a_ban_told_in_the_passive_is_its_agents_stance() -> None:
    text = "Entry of building materials remains banned by the Moroccan authorities."
    assert rule_positions(text) == [("stance", "position.passive_stance")]


def test_first_responders_warning_state_no_political_stance() -> None:
    text = "First responders have warned that the outages endanger the wounded."
    assert [c for c in detect(text) if c.kind == KIND_POSITION] == []
