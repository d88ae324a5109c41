"""Military positions worded in ways the older rules missed (guideline §3(a))."""

import pytest

from tests.helpers import rule_positions


@pytest.mark.parametrize(
    "text",
    [
        "Displaced families queued at a Kurdish checkpoint in Makhmour.",
        "The army said its posts in Ballymurphy were fired on overnight.",
        "Rebels said they had overrun two army checkpoints near Jisr al-Shughour.",
        "Villagers walked past an Israeli outpost outside Hebron.",
    ],
)
def test_a_partys_checkpoint_or_post_at_a_named_place_is_military(text: str) -> None:
    assert rule_positions(text) == [("military", "position.named_position")]


@pytest.mark.parametrize(
    "text",
    [
        "A checkpoint in Kandahar was closed for the holiday.",
        "Facebook posts in Arabic praised the singer.",
        "A car bomb exploded near a military checkpoint on Monday.",
    ],
)
def test_a_checkpoint_without_owner_or_named_place_or_social_posts_are_no_position(
    text: str,
) -> None:
    assert rule_positions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of Yazidis were driven from the town of Sinjar by the militants.",
        "The jihadists were chased out of the city after a week of street fighting.",
    ],
)
def test_a_party_driven_off_named_ground_in_the_passive_is_military(text: str) -> None:
    assert rule_positions(text) == [("military", "position.military_noun")]


def test_people_driven_from_their_homes_are_no_position() -> None:
    assert rule_positions("More than a million people have been driven from the homes.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Kidal, the desert town that is the heartland of the separatist rebels, was quiet.",
        "Raqqa remains the group's Syrian power base despite the air strikes.",
        "Sambisa forest, the heartland of Boko Haram, lies south of Maiduguri.",
    ],
)
def test_an_armed_partys_heartland_or_power_base_is_military(text: str) -> None:
    assert rule_positions(text) == [("military", "position.military_noun")]


@pytest.mark.parametrize(
    "text",
    [
        "The seat lies in the Tory heartland of Surrey.",
        "The Sunni heartland of Anbar lies west of Baghdad.",
    ],
)
def test_a_political_or_regional_heartland_is_no_position(text: str) -> None:
    assert rule_positions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Car bombs have often targeted the Russian military stationed in the republic.",
        "Air defence batteries were positioned across the region last winter.",
    ],
)
def test_forces_placed_in_the_unnamed_country_or_region_are_military(text: str) -> None:
    assert rule_positions(text) == [("military", "position.move_to_place")]


@pytest.mark.parametrize(
    "text",
    [
        "Shelling hit the markets as the regime pressed its onslaught on Homs.",
        "The army's onslaught against the northern villages entered a second week.",
    ],
)
def test_an_onslaught_on_a_place_is_an_offensive(text: str) -> None:
    assert rule_positions(text) == [("military", "position.military_noun")]


def test_an_onslaught_without_a_place_or_party_is_no_position() -> None:
    assert rule_positions("The onslaught of tourists on the old town continues.") == []


@pytest.mark.parametrize(
    "text",
    [
        "'The reconquest of the south has begun,' the colonel said.",
        "The conquest of Mosul by the jihadists shocked the region.",
    ],
)
def test_a_conquest_of_ground_named_by_its_noun_is_control(text: str) -> None:
    assert [subtype for subtype, _ in rule_positions(text)] == ["military"]


def test_a_building_recaptured_by_troops_is_ground_taken() -> None:
    text = "The hostages were freed before troops could recapture the building from the gunmen."
    assert [subtype for subtype, _ in rule_positions(text)] == ["military"]


@pytest.mark.parametrize(
    "text",
    [
        "A neighbour took a photo of the building after the fire.",
        "Tourists took pictures of the bridge at sunset.",
    ],
)
def test_a_picture_taken_of_a_place_is_no_ground_taken(text: str) -> None:
    assert rule_positions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Armed militiamen keep watch as residents dig through the rubble of a market hit "
        "by an air strike in Taiz",
        "Two soldiers kept watch over the village through the night.",
    ],
)
def test_a_force_keeping_watch_stands_guard(text: str) -> None:
    assert rule_positions(text) == [("military", "position.force_movement")]


def test_a_watch_kept_for_something_places_no_force() -> None:
    text = "Drones with cameras keep watch for signs of militants moving weapons."
    assert rule_positions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Kurdish-led forces press Islamic State fighters near Tabqa.",
        "After the airstrikes, government forces pressed on towards Palmyra.",
    ],
)
def test_a_force_pressing_near_or_towards_a_named_place_moves(text: str) -> None:
    assert rule_positions(text) == [("military", "position.force_movement")]


def test_a_force_pressing_on_without_a_place_is_no_position() -> None:
    assert rule_positions("After the airstrikes, government forces pressed on regardless.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The militants are now tucked away in villages along the river, he said.",
        "Several hundred fighters remain holed up in the old quarter.",
        "The separatists have hunkered down in the steel works.",
    ],
)
def test_a_force_holed_up_or_tucked_away_somewhere_is_military(text: str) -> None:
    assert rule_positions(text) == [("military", "position.force_movement")]


@pytest.mark.parametrize(
    "text",
    [
        "A column of army trucks drove through Gao on Tuesday.",
        "Peacekeepers in armoured cars were rolling through the capital Bangui.",
    ],
)
def test_a_force_driving_or_rolling_through_a_place_moves(text: str) -> None:
    assert rule_positions(text) == [("military", "position.force_movement")]


def test_ground_run_by_a_party_is_control_without_another_cue_word() -> None:
    text = "Five people were hurt on Friday in the rebel-run district, the monitor said."
    assert rule_positions(text) == [("military", "position.control_modifier")]


def test_a_state_run_outlet_is_no_ground_run() -> None:
    assert rule_positions("The state-run news agency said five people were hurt on Friday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Some 3,000 sailors and four frigates are monitoring the coast.",
        "Hundreds of soldiers now monitor the border day and night.",
    ],
)
def test_forces_monitoring_a_border_or_coast_are_military(text: str) -> None:
    assert [subtype for subtype, _ in rule_positions(text)] == ["military"]


def test_cameras_monitoring_a_border_place_no_force() -> None:
    assert rule_positions("Cameras monitoring the border recorded the crossing.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Investigators found the militants use the valley as a staging post for raids.",
        "The farm became a staging ground for attacks on the capital.",
    ],
)
def test_a_staging_post_is_military(text: str) -> None:
    assert rule_positions(text) == [("military", "position.military_noun")]


def test_a_force_crossing_the_border_moves() -> None:
    text = "Jets struck 20 militants who had been crossing the border from Iraq, the source said."
    assert rule_positions(text) == [("military", "position.force_movement")]


@pytest.mark.parametrize(
    "text",
    [
        "Food ran short in the north because of the army's blockade of the roads into the area.",
        "The navy has blockaded the port since March.",
    ],
)
def test_a_blockade_of_ground_is_military(text: str) -> None:
    assert rule_positions(text) == [("military", "position.military_noun")]


def test_people_escaping_blockades_name_no_blockade_of_ground() -> None:
    text = "The families finally escaped the suffocating blockades on Saturday morning."
    assert rule_positions(text) == []


def test_a_forces_numbers_in_a_named_place_changing_is_military() -> None:
    text = "French numbers in Mali will be cut to a small force by the summer"
    assert rule_positions(text) == [("military", "position.force_kept")]


def test_numbers_in_a_place_without_a_force_are_no_position() -> None:
    assert rule_positions("Visitor numbers in Venice will be cut by the new fee") == []


def test_a_place_reached_named_before_its_description_is_military() -> None:
    text = "By Friday they had reached Wadi Zamzam, a village about 40 km from the coast."
    assert rule_positions(text) == [("military", "position.military_noun")]


def test_a_place_reached_without_a_description_is_no_position() -> None:
    assert rule_positions("The delegation reached Geneva on Thursday evening.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Ankara launched military operations in northern Iraq last spring.",
        "Local warlords often led armed operations in Ingushetia in the 1990s.",
        "Commandos conducted ground operations in Somalia.",
    ],
)
def test_military_operations_run_in_a_named_place_are_military(text: str) -> None:
    assert rule_positions(text) == [("military", "position.military_noun")]


@pytest.mark.parametrize(
    "text",
    [
        "Civil defence teams carried out rescue operations in Gaza.",
        "The police are able to conduct security operations in an autonomous way.",
    ],
)
def test_rescue_operations_or_operations_without_a_place_are_no_position(text: str) -> None:
    assert rule_positions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The insurgents still launch raids from Pakistan's tribal areas, officials believe.",
        "Officials say the group staged attacks from Libyan territory last year.",
    ],
)
def test_attacks_planned_or_staged_from_a_named_place_are_military(text: str) -> None:
    assert rule_positions(text) == [("military", "position.military_noun")]


def test_attacks_planned_without_a_place_are_no_position() -> None:
    assert rule_positions("Officials say the group staged attacks from time to time.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The army began operations in Fallujah.",
        "Government forces started operations in the north last week.",
        "Troops resumed operations near Kandahar.",
    ],
)
def test_operations_begun_by_a_force_at_a_place_are_military(text: str) -> None:
    assert rule_positions(text) == [("military", "position.military_noun")]


@pytest.mark.parametrize(
    "text",
    [
        "The airline started operations in Kenya last year.",
        "The bank began operations in the city in 1990.",
        "The soldiers began operations at dawn.",
    ],
)
def test_operations_begun_by_a_firm_or_without_a_place_are_no_position(text: str) -> None:
    assert rule_positions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Houthi rebels control much of northern Yemen.",
        "The rebels are in control of Donetsk.",
        "Government forces remain firmly in control of Aleppo.",
    ],
)
def test_a_force_in_control_of_a_place_or_of_its_quarter_is_military(text: str) -> None:
    assert rule_positions(text) == [("military", "position.control_verb")]


@pytest.mark.parametrize(
    "text",
    [
        "The troops are in control of the situation.",
        "The soldiers are in control of their emotions.",
    ],
)
def test_a_force_in_control_of_no_place_is_no_position(text: str) -> None:
    assert rule_positions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban took Kabul in August.",
        "ISIS took Mosul in 2014.",
        "The militants took over Kabul within hours.",
        "The Houthis took over Sanaa.",
        "Rebels took back the town of Qusair.",
        "Government forces seized back Palmyra.",
    ],
)
def test_a_force_taking_over_or_back_a_named_place_is_military(text: str) -> None:
    assert rule_positions(text) == [("military", "position.control_verb")]


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers took Smith to hospital.",
        "The troops took Kyiv's side.",
        "The army took Washington by surprise.",
        "Hamas took Israel to court.",
        "The rebels took Reuters reporters on a tour.",
        "She took part in the talks.",
        "The meeting took place in Geneva.",
        "He took office in January.",
        "The company took over the rival firm.",
    ],
)
def test_a_person_party_or_side_taken_or_part_place_or_office_taken_is_no_position(
    text: str,
) -> None:
    assert rule_positions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops seized the Zaporizhzhia nuclear plant.",
        "The nuclear plant is occupied by Russian forces.",
        "The rebels hold the power plant north of the city.",
    ],
)
def test_a_power_plant_seized_occupied_or_held_is_military(text: str) -> None:
    assert rule_positions(text) == [("military", "position.control_verb")]


@pytest.mark.parametrize(
    "text",
    [
        "The troops seized Iranian nuclear material.",
        "The militants captured Iranian nuclear scientists.",
        "Workers occupied the plant for a week.",
    ],
)
def test_nuclear_material_or_people_or_a_plant_occupied_by_workers_is_no_position(
    text: str,
) -> None:
    assert rule_positions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The army expelled the militants from Tikrit.",
        "The army pushed back the rebels from the airport.",
        "Soldiers cleared the village of insurgents.",
        "Iraqi forces cleared Ramadi of the last ISIS fighters.",
    ],
)
def test_a_force_expelled_pushed_back_or_cleared_off_ground_marks_control(text: str) -> None:
    assert rule_positions(text) == [("military", "position.control_verb")]


@pytest.mark.parametrize(
    "text",
    [
        "Troops fought their way into the city centre.",
        "Government forces gained ground in the east.",
    ],
)
def test_a_force_fighting_its_way_into_a_place_or_gaining_ground_moves(text: str) -> None:
    assert rule_positions(text) == [("military", "position.force_movement")]


@pytest.mark.parametrize(
    "text",
    [
        "The candidate gained ground in the polls.",
        "Police cleared the road of debris.",
        "The court cleared the soldiers of wrongdoing.",
        "The army pushed back the deadline from March.",
        "The soldiers fought their way through the paperwork.",
    ],
)
def test_ground_gained_in_polls_or_ground_cleared_of_no_force_is_no_position(text: str) -> None:
    assert rule_positions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Israeli forces raided the town of Nablus.",
        "Troops sealed off the town.",
        "Soldiers cordoned off all roads into the capital.",
        "Soldiers were posted outside the presidential palace.",
        "Armed soldiers are posted inside the main hospital.",
    ],
)
def test_a_force_raiding_sealing_off_or_posted_at_a_place_is_military(text: str) -> None:
    assert rule_positions(text) == [("military", "position.force_movement")]


@pytest.mark.parametrize(
    "text",
    [
        "He raided the fridge at midnight.",
        "Fifty terrorists were killed and another 30 sealed off in the tunnels.",
        "The troops posted on social media about their dinner.",
        "The soldiers posted in a video that they were safe.",
        "The Islamic State group has posted online a new video.",
    ],
)
def test_a_fridge_raided_people_sealed_off_or_a_video_posted_is_no_position(text: str) -> None:
    assert rule_positions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Saudi Arabia began its military intervention in Yemen in 2015.",
        "France ended its military intervention in Mali.",
        "Since the Russian military intervention in Syria the regime has grown stronger.",
    ],
)
def test_a_partys_military_intervention_in_a_named_country_is_military(text: str) -> None:
    assert rule_positions(text) == [("military", "position.military_noun")]


@pytest.mark.parametrize(
    "text",
    [
        "The risk of military intervention in Venezuela is low.",
        "A military intervention in the crisis was never considered.",
        "The bank made an intervention in the currency market.",
    ],
)
def test_a_military_intervention_only_weighed_or_a_market_intervention_is_no_position(
    text: str,
) -> None:
    assert rule_positions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The United States maintains a base at Al-Tanf.",
        "Russia has a naval base in Tartus.",
        "The Americans kept two garrisons in Anbar.",
        "Soldiers set up checkpoints across the city.",
    ],
)
def test_a_base_kept_or_checkpoints_set_up_at_a_place_are_military(text: str) -> None:
    assert rule_positions(text) == [("military", "position.site_established")]


@pytest.mark.parametrize(
    "text",
    [
        "The firm has a base in London.",
        "The company maintains a customer base in Texas.",
        "The club set up a committee in Madrid.",
    ],
)
def test_a_firms_base_or_a_committee_set_up_is_no_position(text: str) -> None:
    assert rule_positions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Troops fanned out across the city.",
        "Ukrainian troops regrouped west of Bakhmut.",
        "US warships sailed into the Black Sea.",
        "Soldiers manned checkpoints on the road.",
    ],
)
def test_a_force_fanning_out_regrouping_sailing_in_or_manning_posts_moves(text: str) -> None:
    assert rule_positions(text) == [("military", "position.force_movement")]


@pytest.mark.parametrize(
    "text",
    [
        "The party regrouped after the election.",
        "The yacht sailed into the harbour.",
        "The troops sailed through the exam.",
    ],
)
def test_a_party_regrouping_or_a_yacht_sailing_is_no_position(text: str) -> None:
    assert rule_positions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban now rule Afghanistan.",
        "The Houthis run Sanaa.",
        "Rebels hold sway over much of the north.",
        "Islamist militants ruled northern Mali for a year.",
        "The Taliban seized power in Kabul.",
    ],
)
def test_a_force_ruling_running_or_holding_sway_over_a_place_controls_it(text: str) -> None:
    assert rule_positions(text) == [("military", "position.control_verb")]


@pytest.mark.parametrize(
    "text",
    [
        "The soldiers ran the London Marathon.",
        "The soldiers ran to the shelter.",
    ],
)
def test_a_force_running_a_race_or_running_off_is_no_position(text: str) -> None:
    assert rule_positions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The jihadists were forced out of Palmyra.",
        "The rebels were finally forced from Homs.",
    ],
)
def test_a_force_driven_out_of_a_named_place_in_the_passive_left_it(text: str) -> None:
    assert rule_positions(text) == [("military", "position.force_left_place")]


@pytest.mark.parametrize(
    "text",
    [
        "The soldiers were forced from office.",
        "The militants were kicked out of Twitter.",
    ],
)
def test_a_force_forced_from_office_or_off_a_website_is_no_position(text: str) -> None:
    assert rule_positions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The group's fighters are concentrated in the south.",
        "The troops are garrisoned in the old fort.",
        "The troops dug trenches along the front.",
    ],
)
def test_a_force_concentrated_garrisoned_or_dug_in_at_a_place_is_military(text: str) -> None:
    assert rule_positions(text) == [("military", "position.force_movement")]


@pytest.mark.parametrize(
    "text",
    [
        "Power is concentrated in the hands of a few generals.",
        "A shell fired by the troops landed in the village, killing two.",
        "The children hid in the basement as soldiers searched the house.",
    ],
)
def test_power_concentrated_a_shell_landing_or_children_hiding_is_no_position(text: str) -> None:
    assert rule_positions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The rebels tightened their grip on the city.",
        "Islamic State's grip on Mosul is weakening.",
        "The army loosened its grip on northern Syria.",
    ],
)
def test_a_partys_grip_on_ground_or_a_named_place_is_control(text: str) -> None:
    assert rule_positions(text) == [("military", "position.control_verb")]


@pytest.mark.parametrize(
    "text",
    [
        "The generals tightened their grip on power.",
        "Apple tightened its grip on the smartphone market.",
        "Rain kept its grip on London.",
    ],
)
def test_a_grip_on_power_or_held_by_no_armed_party_is_no_position(text: str) -> None:
    assert rule_positions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "ISIS controls Raqqa.",
        "Hamas controls Gaza.",
        "Al-Shabaab controls much of rural Somalia.",
        "Islamic State controls much of eastern Syria.",
    ],
)
def test_a_named_armed_group_controlling_a_named_place_is_military(text: str) -> None:
    assert rule_positions(text) == [("military", "position.control_verb")]


@pytest.mark.parametrize(
    "text",
    [
        "Hamas held talks in Cairo.",
        "Hamas holds Netanyahu responsible.",
    ],
)
def test_a_named_armed_group_holding_talks_or_a_person_responsible_is_no_position(
    text: str,
) -> None:
    assert rule_positions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces bombarded the city for weeks before taking it.",
        "Rebels shelled the town for days before capturing it.",
    ],
)
def test_ground_named_then_taken_as_it_in_the_ing_form_is_military(text: str) -> None:
    assert rule_positions(text) == [("military", "position.control_verb")]


def test_ground_named_then_taken_seriously_is_no_position() -> None:
    assert rule_positions("The city council took it seriously.") == []


def test_observation_posts_set_up_at_a_named_place_are_military() -> None:
    assert rule_positions("Turkish forces set up observation posts in Idlib.") == [
        ("military", "position.site_established")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Israel expanded its ground operation in Gaza.",
        "The army intensified its military operations in Rakhine.",
    ],
)
def test_military_operations_widened_in_a_named_place_are_military(text: str) -> None:
    assert rule_positions(text) == [("military", "position.military_noun")]


@pytest.mark.parametrize(
    "text",
    [
        "The company expanded its operations in Kenya.",
        "The charity widened its relief operations in Sudan.",
    ],
)
def test_business_or_relief_operations_widened_are_no_position(text: str) -> None:
    assert rule_positions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The army moved tanks to the border.",
        "Russia moved troops into Crimea.",
        "The general moved the brigades closer to the capital.",
    ],
)
def test_a_force_moved_to_or_into_a_place_moves(text: str) -> None:
    assert rule_positions(text) == [("military", "position.force_movement")]


@pytest.mark.parametrize(
    "text",
    [
        "The speech moved the soldiers to tears.",
        "Medics moved the wounded soldiers to hospital.",
    ],
)
def test_soldiers_moved_to_tears_or_to_hospital_are_no_position(text: str) -> None:
    assert rule_positions(text) == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("The pullout of Israeli forces from Gaza.", "position.force_movement"),
        ("The departure of French troops from Mali.", "position.force_movement"),
        ("The exit of foreign forces from Libya.", "position.force_movement"),
        ("The redeployment of troops to the east.", "position.force_movement"),
        ("The troop buildup near Ukraine's border.", "position.military_noun"),
        ("Russia's invasion of Ukraine.", "position.military_noun"),
        ("The US-led invasion of Iraq toppled Saddam.", "position.military_noun"),
    ],
)
def test_movements_named_by_their_nouns_are_military(text: str, rule: str) -> None:
    assert rule_positions(text) == [("military", rule)]


@pytest.mark.parametrize(
    "text",
    [
        "The departure of the president from Kabul.",
        "Estimates of the cost of a US invasion of North Korea are high.",
        "He cited crises such as the invasion of the Falklands.",
        "The cost of the redeployment operation was high.",
    ],
)
def test_a_leaders_departure_or_an_invasion_weighed_or_cited_is_no_position(text: str) -> None:
    assert rule_positions(text) == []
