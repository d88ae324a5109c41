"""Military positions in classes of wording the older rules left out (guideline §3(a)):
a force placed by a participle, a party's sites or gatherings at a place."""

import pytest

from tests.helpers import rule_positions


@pytest.mark.parametrize(
    "text",
    [
        "Police said that militants located in the Old City fired rockets at the market.",
        "Officials said rockets were launched by insurgents located in al-Rashidiya village.",
        "Residents said armed groups entrenched in some southern neighbourhoods fired mortars.",
        "Witnesses said gunmen who were hiding in the eastern districts shot at the convoy.",
        "Tanks were positioned outside the parliament.",
    ],
)
def test_a_force_placed_by_a_participle_is_military_even_in_an_incident(text: str) -> None:
    assert rule_positions(text) == [("military", "position.force_placed")]


@pytest.mark.parametrize(
    "text",
    [
        "Rights groups based in London said the vote was unfair.",
        "The hospital is located in the old quarter of the city.",
        "Charities based in Dubai signed the contract.",
        "Militants positioned themselves to strike again.",
    ],
)
def test_a_placement_without_an_armed_force_or_a_place_is_no_position(text: str) -> None:
    assert rule_positions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Jets hit gatherings of Taliban fighters in the Baghran valley.",
        "The air force destroyed fortifications and tunnels of the militants near al-Qaim.",
        "Drones struck a Hezbollah weapons depot in the village of Qusayr.",
        "Artillery shelled hideouts of terrorist groups in the eastern countryside.",
    ],
)
def test_a_partys_sites_or_gatherings_at_a_place_are_military(text: str) -> None:
    assert rule_positions(text) == [("military", "position.named_position")]


@pytest.mark.parametrize(
    "text",
    [
        "Large gatherings of supporters in the capital cheered the president.",
        "The warehouses of the company in Rotterdam were flooded.",
        "A double suicide bombing targeted the headquarters of a rebel group on Tuesday.",
    ],
)
def test_sites_of_no_armed_party_or_at_no_place_are_no_position(text: str) -> None:
    assert rule_positions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said control was established over the hills west of Tal Afar.",
        "Officials said control has been fully restored over the town of Bir Ajam.",
        "Residents said the hamlet had been freed from rebel control.",
        "Two villages near the river were wrested back from the militia's control.",
    ],
)
def test_control_established_in_the_passive_or_a_place_freed_from_it_is_military(
    text: str,
) -> None:
    assert rule_positions(text) == [("military", "position.control_verb")]


@pytest.mark.parametrize(
    "text",
    [
        "The patient was freed from control of the ventilator.",
        "Border control was established in the harbour office.",
        "Prices were freed from control last year.",
    ],
)
def test_control_of_no_ground_or_no_owner_is_no_position(text: str) -> None:
    assert rule_positions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Witnesses said the soldiers went into Tskhinvali before dawn.",
        "Scouts saw that the armed group which was moving from Tall Rifaat toward Azaz.",
        "Officials said the battalion that was slipping into the northern districts was spotted.",
        "The jihadists rushed away towards the eastern countryside after the raid.",
        "Backed by tanks, the militia pushed towards the airport.",
        "US warships are sailing towards the Korean peninsula.",
    ],
)
def test_a_force_moving_toward_or_into_a_place_is_military(text: str) -> None:
    assert rule_positions(text) == [("military", "position.force_movement")]


@pytest.mark.parametrize(
    "text",
    [
        "The rebels moved towards civilian rule after the deal.",
        "The soldiers went into hiding after the coup failed.",
        "Families went into the hills to escape the heat.",
    ],
)
def test_a_move_into_no_place_or_by_no_force_is_no_position(text: str) -> None:
    assert rule_positions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A girl was hurt after an airstrike on the opposition held Bustan al-Qasr.",
        "Shells fell on government controlled Jamiliyah in the morning.",
    ],
)
def test_a_control_modifier_without_its_hyphen_is_military(text: str) -> None:
    assert rule_positions(text) == [("military", "position.control_modifier")]


@pytest.mark.parametrize(
    "text",
    [
        "The government held talks in Geneva on Monday.",
        "The opposition held Friday prayers in the square.",
        "The rebel held his breath.",
    ],
)
def test_an_owner_holding_no_place_is_no_position(text: str) -> None:
    assert rule_positions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman said they were holding their position at the crossroads of Bouar.",
        "We held our lines in the hills above Gorlivka.",
        "The commander said the unit kept its lines near the village of Pisky.",
    ],
)
def test_positions_held_at_a_place_are_military(text: str) -> None:
    assert rule_positions(text) == [("military", "position.control_verb")]


@pytest.mark.parametrize(
    "text",
    [
        "The minister said he was holding his position on the budget.",
        "The fund kept its lines of credit open in the crisis.",
    ],
)
def test_a_position_held_on_a_question_is_no_military_position(text: str) -> None:
    assert rule_positions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A battle group led by the carrier Charles de Gaulle is now in the eastern Mediterranean.",
        "Two battalions sent last spring are still in the Sahel region of Mali.",
    ],
)
def test_a_force_at_a_place_now_is_military(text: str) -> None:
    assert rule_positions(text) == [("military", "position.force_placed")]


@pytest.mark.parametrize(
    "text",
    [
        "The soldiers said the talks are now in their third day.",
        "The soldiers said their families are now in debt.",
    ],
)
def test_a_force_now_in_no_place_is_no_position(text: str) -> None:
    assert rule_positions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Monitors saw heavy weapons crossing into Luhansk overnight.",
        "Observers said Moscow was moving more artillery across the border.",
        "Satellite images show missile systems rolling into the northern districts.",
    ],
)
def test_a_forces_equipment_moved_into_a_place_or_over_a_border_is_military(
    text: str,
) -> None:
    assert rule_positions(text) == [("military", "position.force_movement")]


@pytest.mark.parametrize(
    "text",
    [
        "Medical equipment entered Gaza on Monday.",
        "Smugglers moved cigarettes across the border.",
        "The artillery fire could be heard across the border.",
    ],
)
def test_civil_goods_moved_or_artillery_heard_are_no_position(text: str) -> None:
    assert rule_positions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The hill villages have passed back and forth between army and rebel forces.",
        "The scrubland along the river is crawling with jihadists.",
    ],
)
def test_ground_passing_between_forces_or_full_of_them_is_military(text: str) -> None:
    assert rule_positions(text) == [("military", "position.control_modifier")]


@pytest.mark.parametrize(
    "text",
    [
        "The trophy has passed between the two clubs for decades.",
        "The report is rife with errors.",
    ],
)
def test_things_passing_between_or_full_of_no_force_are_no_position(text: str) -> None:
    assert rule_positions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Officials said hundreds of the soldiers flown from Chad had been wounded.",
        "Analysts said the marines dispatched from Okinawa were badly hit.",
    ],
)
def test_a_force_sent_or_withdrawn_from_a_named_place_is_military(text: str) -> None:
    assert rule_positions(text) == [("military", "position.force_movement")]


@pytest.mark.parametrize(
    "text",
    [
        "The soldiers sent from home letters every week.",
        "The troops flown from Monday onwards were counted.",
    ],
)
def test_a_force_sent_from_no_named_place_is_no_position(text: str) -> None:
    assert rule_positions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops remain in the breakaway region.",
        "Turkish forces remain in the area.",
        "US forces will stay in the region for now.",
        "French soldiers still remain in the north of the country.",
        "Kenyan troops have remained in the southern parts of the province.",
        "The marines stayed in the town for a week.",
    ],
)
def test_a_force_staying_on_ground_named_by_its_noun_is_military(text: str) -> None:
    assert rule_positions(text) == [("military", "position.force_in_place")]


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers remain in hospital.",
        "The soldiers remain in critical condition.",
        "Troops remain in the dark about their pay.",
        "Soldiers stayed in the hotel during the summit.",
    ],
)
def test_a_force_staying_in_no_ground_is_no_position(text: str) -> None:
    assert rule_positions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Two Russian warships docked in Havana on Wednesday.",
        "A Chinese destroyer is docked at the port of Djibouti.",
        "Russian submarines are moored in Tartus.",
        "The frigate anchored in the Gulf of Aden.",
        "The aircraft carrier is berthed at Norfolk.",
        "Iranian gunboats were anchored near the island of Abu Musa.",
    ],
)
def test_warships_docked_or_anchored_at_a_place_are_military(text: str) -> None:
    assert rule_positions(text) == [("military", "position.force_placed")]


@pytest.mark.parametrize(
    "text",
    [
        "The ferry docked in Dover.",
        "The cruise ship anchored in the bay.",
        "Soldiers' wages were docked at the end of the month.",
    ],
)
def test_civil_ships_docked_or_pay_docked_are_no_position(text: str) -> None:
    assert rule_positions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The soldiers were charged with murder in Baghdad.",
        "Two soldiers were sentenced to prison by a court in Kabul.",
        "The soldiers went on trial in The Hague.",
        "Three soldiers were convicted of rape in Goma.",
        "Troops were treated at a hospital in Landstuhl.",
        "Two marines stood trial in Okinawa over the shooting.",
        "The soldiers are recovering in hospital in Kabul.",
    ],
)
def test_soldiers_before_a_court_or_in_care_at_a_place_are_no_position(text: str) -> None:
    assert rule_positions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers guard the hospital in Gaza.",
        "Soldiers stand outside the court in Kabul.",
    ],
)
def test_soldiers_guarding_a_hospital_or_a_court_are_still_military(text: str) -> None:
    assert rule_positions(text) == [("military", "position.force_busy_at_place")]


@pytest.mark.parametrize(
    "text",
    [
        "British soldiers on their way out of Helmand province.",
        "The last US troops are on their way out of Afghanistan.",
        "The army is on its way out of the northern districts.",
        "Iraqi forces link up south of Mosul.",
        "Kurdish and Iraqi forces linked up east of the city.",
        "Government forces are tightening the noose around the town.",
        "Troops threw a cordon around the village.",
    ],
)
def test_a_force_on_its_way_out_joining_up_or_closing_a_ring_is_military(text: str) -> None:
    assert rule_positions(text) == [("military", "position.force_movement")]


@pytest.mark.parametrize(
    "text",
    [
        "The minister is on her way to Paris.",
        "Police threw a cordon around the building.",
        "The proposal is on its way to parliament.",
        "The company linked up with a Chinese firm.",
    ],
)
def test_journeys_and_rings_of_no_force_are_no_position(text: str) -> None:
    assert rule_positions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers withdrew money from the bank.",
        "Government forces advanced their plans for the election.",
        "The army advanced its case in court.",
        "The rebels crossed a line by attacking civilians.",
        "The navy evacuated 500 citizens from Lebanon.",
        "Naval ships evacuated foreign nationals from the port of Aden.",
    ],
)
def test_movement_verbs_moving_money_plans_lines_or_nationals_are_no_position(
    text: str,
) -> None:
    assert rule_positions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Troops crossed the line of control into Kashmir.",
        "The army advanced into the town.",
        "The troops withdrew from the city.",
    ],
)
def test_movement_verbs_moving_a_force_are_still_military(text: str) -> None:
    assert rule_positions(text) == [("military", "position.force_movement")]


@pytest.mark.parametrize(
    "text",
    [
        "The militia has checkpoints across the province.",
        "The army maintains checkpoints along the highway.",
        "The rebels have outposts in the hills north of the town.",
        "Militants manned roadblocks outside the city.",
        "The army has a garrison in the town.",
        "Pro-Russian gunmen have set up roadblocks around Sloviansk.",
        "The rebels have camps in the forest near the border.",
    ],
)
def test_a_force_keeping_or_manning_posts_at_a_place_is_military(text: str) -> None:
    assert rule_positions(text) == [("military", "position.force_in_place")]


@pytest.mark.parametrize(
    "text",
    [
        "The company has a camp in the city for its workers.",
        "The soldiers manned the phones at the call centre.",
    ],
)
def test_posts_of_no_force_or_no_post_are_no_position(text: str) -> None:
    assert rule_positions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Chinese fighter jets flew into Taiwan's air defence zone.",
        "British paratroopers flew into Kabul overnight.",
        "The destroyer steamed toward the Black Sea.",
        "Two Royal Navy frigates steamed into the Gulf.",
        "Two British warships transited the Taiwan Strait.",
        "Russian warships transiting the Bosphorus were photographed.",
        "A US destroyer transited the strait on Tuesday.",
    ],
)
def test_a_force_flying_steaming_or_transiting_to_a_place_is_military(text: str) -> None:
    assert rule_positions(text) == [("military", "position.force_movement")]


@pytest.mark.parametrize(
    "text",
    [
        "Migrants transited through Libya on their way to Europe.",
        "Gas transiting Ukraine fell sharply.",
        "Troops flew into a panic.",
    ],
)
def test_flying_or_transiting_of_no_force_to_no_place_is_no_position(text: str) -> None:
    assert rule_positions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Nato estimates that around 10,000 Russian soldiers are thought to be in eastern Ukraine.",
        "Officials say about 2,000 Iranian troops are said to be in Iraq.",
        "The report adds that several thousand Turkish soldiers are understood to be inside Iraq.",
        "Western diplomats say 1,200 Russian troops are known to be in Transnistria.",
        "By nightfall armoured vehicles were at the gates of Tripoli.",
        "On Monday Russian tanks were on the outskirts of Kiev.",
        "Witnesses saw that army tanks were on the streets of Harare.",
        "Security forces were out in force in the streets of Yangon.",
    ],
)
def test_a_force_said_to_be_at_a_place_or_in_part_of_it_is_military(text: str) -> None:
    assert rule_positions(text) == [("military", "position.force_in_place")]


@pytest.mark.parametrize(
    "text",
    [
        "The soldiers are thought to be in good spirits.",
        "Troops are said to be in talks with the rebels.",
        "Soldiers were known to be in the habit of drinking.",
    ],
)
def test_a_force_said_to_be_in_no_place_is_no_position(text: str) -> None:
    assert rule_positions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Residents of the Taliban-ruled district fled.",
        "Civilians fled the Kurdish-administered region.",
        "The militia-dominated district was quiet.",
        "Shelling hit the Houthi-ruled areas of the province.",
        "Aid reached the rebel-administered towns in the north.",
    ],
)
def test_ground_ruled_administered_or_dominated_by_a_party_is_military(text: str) -> None:
    assert rule_positions(text) == [("military", "position.control_modifier")]


@pytest.mark.parametrize(
    "text",
    [
        "The male-dominated industry is changing.",
        "A family-run hotel in the city was damaged.",
        "The state-run media said the talks failed.",
    ],
)
def test_things_run_or_dominated_that_are_no_ground_are_no_position(text: str) -> None:
    assert rule_positions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Islamic State tightened its hold on the city.",
        "The jihadists strengthened their hold on the region.",
        "The army has a firm hold on the capital.",
        "The government's hold on the north is weakening.",
        "The rebels hold on to the town despite the shelling.",
    ],
)
def test_a_party_s_hold_on_ground_is_military(text: str) -> None:
    assert rule_positions(text) == [("military", "position.control_verb")]


@pytest.mark.parametrize(
    "text",
    [
        "The army put the operation on hold over the weekend.",
        "The president's hold on power is weakening.",
    ],
)
def test_a_hold_on_no_ground_is_no_position(text: str) -> None:
    assert rule_positions(text) == []
