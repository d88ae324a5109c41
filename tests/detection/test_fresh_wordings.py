"""Position wordings found missing on the made-up dev set `tests/fixtures/fresh1`.

Each class is tested on new made-up sentences (not the set's own), with near misses.
"""

import pytest

from annotator.detection import detect
from annotator.domain import KIND_POSITION, LEARNED_RULE


def rule_subtypes(text: str) -> list[str | None]:
    """Subtypes of the positions the rules find (not the position model)."""
    return [c.subtype for c in detect(text) if c.kind == KIND_POSITION and c.rule != LEARNED_RULE]


@pytest.mark.parametrize(
    "text",
    [
        "Government troops push deeper into the old city as the ceasefire collapses",
        "US MARINES ROLL INTO PORT TOWN",
        "The militia's fighters fell back to the hills above the town.",
        "Paratroopers dig in around the airfield",
        "Insurgents driven from three villages near the lake",
        "A column of soldiers was spotted moving north on the coastal highway.",
        "Army units have been repositioned in the eastern districts.",
        "Militia pulls out of refinery town",
    ],
)
def test_headline_tenses_and_inflections_of_force_movements(text: str) -> None:
    assert rule_subtypes(text) == ["military"]


@pytest.mark.parametrize(
    "text",
    [
        "Oil prices moved south after the announcement.",
        "The two parties fell out over a plan to move towards elections.",
        "The talks fell back on an old formula.",
    ],
)
def test_movement_wordings_without_a_force_are_no_position(text: str) -> None:
    assert rule_subtypes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The junta suspended its ceasefire with the northern militias.",
        "The rebel council froze the talks after the shelling of Kadugli.",
        "The opposition accepted the proposal put forward by the Kenyan envoy.",
        "The splinter faction chose to stay at the table despite the attacks.",
        "The army chief said he was open to talks with the armed movements.",
        "Niamey ended its military cooperation with the European Union.",
        "Several tribal militias have sided with the government in the east.",
        "The group turned against its former patrons in Tripoli.",
        "The foreign minister said Oslo was in favour of a negotiated settlement.",
        "Kabul called the raid a flagrant violation of its airspace.",
    ],
)
def test_truce_talks_sides_and_charges_are_stances(text: str) -> None:
    assert rule_subtypes(text) == ["stance"]


@pytest.mark.parametrize(
    "text",
    [
        "The clinic is open to visitors on Sundays.",
        "The ceasefire was suspended on Monday, residents said.",
        "Commuters stood shoulder to shoulder on the crowded train.",
    ],
)
def test_near_misses_of_truce_and_side_wordings_are_no_stance(text: str) -> None:
    assert rule_subtypes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The militia imposed a blockade on the port town of Mocha.",
        "The enclave has lived under a naval blockade for nine years.",
        "Villagers say the town has been under blockade since the rains.",
        "Army units tightened their blockade around the northern districts.",
    ],
)
def test_blockades_are_sieges(text: str) -> None:
    assert rule_subtypes(text) == ["military"]


@pytest.mark.parametrize(
    "text",
    [
        "Under the agreement, fuel prices fell by a third.",
        "The blockbuster opened on Friday under heavy rain.",
    ],
)
def test_near_misses_of_blockade_wordings_are_no_position(text: str) -> None:
    assert rule_subtypes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Rebels declare ceasefire ahead of talks in Doha",
        "Junta recalls ambassador from Abuja",
        "Kampala presses for an African-led peace deal",
        "Seoul recognises the new government in Damascus",
        "Dissidents sign ceasefire with Bogota",
        "Army ousts president in dawn coup",
    ],
)
def test_headline_tenses_of_stances(text: str) -> None:
    assert rule_subtypes(text) == ["stance"]


@pytest.mark.parametrize(
    "text",
    [
        "Navy mobilises reservists along the southern coast",
        "Militia regroups in the hills north of Goma",
    ],
)
def test_more_headline_tenses_of_force_movements(text: str) -> None:
    assert rule_subtypes(text) == ["military"]


@pytest.mark.parametrize(
    "text",
    [
        "Diplomats in new push for peace.",
        "The party won enough votes for a seat in the north.",
        "The old road crosses the river near the village.",
    ],
)
def test_near_misses_of_headline_tenses_are_no_position(text: str) -> None:
    assert rule_subtypes(text) == []


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        ('"We will take it back before the rains," the rebel commander said.', "stance"),
        ("The defence minister said the army would take back every village it lost.", "both"),
    ],
)
def test_ground_to_be_taken_back_is_a_stated_intent(text: str, subtype: str) -> None:
    assert rule_subtypes(text) == [subtype]


def test_goods_taken_back_are_no_stance() -> None:
    assert rule_subtypes("He said the company would take back the faulty phones.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Ankara has signed a military pact with the government in Tripoli.",
        "Niger signs defence pact with Mali and Burkina Faso",
        "Beijing has steadily deepened ties with the generals in Naypyidaw.",
    ],
)
def test_alliances_signed_and_ties_drawn_closer_are_stances(text: str) -> None:
    assert rule_subtypes(text) == ["stance"]


def test_ties_named_without_a_change_are_no_stance() -> None:
    assert rule_subtypes("The two villages have close family ties across the river.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Kigali keeps a brigade in neighbouring Congo, the report says.",
        "French troops in neighboring Mali were placed on alert.",
        "Ankara has begun stationing a 3,000-strong brigade in neighbouring Azerbaijan.",
    ],
)
def test_forces_in_a_neighbouring_named_country_are_placed(text: str) -> None:
    assert rule_subtypes(text) == ["military"]


@pytest.mark.parametrize(
    "text",
    [
        "The neighbouring countries sent aid to the flood victims.",
        "Soldiers' families in neighbouring houses were told to stay indoors.",
    ],
)
def test_neighbouring_without_a_named_place_places_no_force(text: str) -> None:
    assert rule_subtypes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Kenya has some 400 of its own soldiers fighting alongside the rebels inside Somalia.",
        "Government troops were still holding out in the north of the town.",
        "Loyalist units were resisting in the east of the capital on Sunday.",
    ],
)
def test_forces_fighting_beside_others_or_holding_out_are_placed(text: str) -> None:
    assert rule_subtypes(text) == ["military"]


@pytest.mark.parametrize(
    "text",
    [
        "Villagers were resisting in the west of the city.",
        "Troops holding out hope for a pay rise were disappointed in the end.",
    ],
)
def test_holding_out_without_a_force_or_a_place_places_none(text: str) -> None:
    assert rule_subtypes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Rebels raise flag over border town",
        "The militia raised a flag over the police headquarters.",
    ],
)
def test_a_flag_raised_over_ground_in_headline_tense_or_with_a(text: str) -> None:
    assert rule_subtypes(text) == ["military"]


@pytest.mark.parametrize(
    "text",
    [
        "Fans raise flags on the terraces of the stadium.",
        "The issue raises a flag over the budget.",
    ],
)
def test_flags_raised_by_fans_or_as_a_warning_mark_no_ground(text: str) -> None:
    assert rule_subtypes(text) == []


@pytest.mark.parametrize(
    "text",
    ["Army loses key hilltop base to rebels", "SHOCK AS MILITIA LOSES DESERT TOWN"],
)
def test_ground_lost_in_headline_tense(text: str) -> None:
    assert rule_subtypes(text) == ["military"]


def test_value_lost_is_no_ground_lost() -> None:
    assert rule_subtypes("The currency loses value against the dollar.") == []
