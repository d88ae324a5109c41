"""Positions: military facts and attributed stances (guideline §3)."""

import pytest

from annotator.detection import detect
from annotator.detection import positions as position_rules
from annotator.domain import KIND_POSITION, KIND_STATEMENT, LEARNED_RULE


def positions(text: str) -> list[tuple[str | None, str | None]]:
    return [(c.subtype, c.actor) for c in detect(text) if c.kind == KIND_POSITION]


def rule_subtypes(text: str) -> list[str | None]:
    """Subtypes of the positions the rules find (not the position model)."""
    return [c.subtype for c in detect(text) if c.kind == KIND_POSITION and c.rule != LEARNED_RULE]


@pytest.mark.parametrize(
    "text",
    [
        "At least 23 people were killed in the militant-held city of Idlib.",
        "Around 510 square kilometres of the Golan are under Syrian control.",
        "DAESH holds around 60 percent of Deir Ezzor city.",
        "Some 200 fighters from various factions are based near Atmeh.",
        "Libyan troops are hastily evacuating their last important stronghold.",
        "Iran said it launched a fresh offensive today north of Baghdad.",
        "Forces backed by Assad crossed the Euphrates into territory taken from ISIS.",
        "US airstrikes purportedly targeted ISIS positions in the country.",
        "The SDF had seized the silos and pushed into the city.",
        "Where we have only 2,000 troops in Syria, we have no allies.",
    ],
)
def test_military_positions(text: str) -> None:
    assert positions(text) == [("military", None)]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "South Korea’s new president, Moon Jae-in, demanded that his nation be consulted.",
            "Moon Jae-in",
        ),
        ("The Kremlin is insisting NATO must never grant membership to Ukraine.", "The Kremlin"),
        ("Turkey itself stands accused of supporting militants in Syria.", "Turkey"),
        (
            "The U.S. and Britain were joined by West Germany in casting\nnegative votes.",
            "The U.S. and Britain",
        ),
    ],
)
def test_stances_have_an_actor(text: str, actor: str) -> None:
    assert positions(text) == [("stance", actor)]


def test_both_military_and_stance() -> None:
    text = (
        "Since late last year, Putin has amassed tens of thousands of troops at the border "
        "and demanded guarantees that NATO will not expand."
    )
    assert positions(text) == [("both", "Putin")]


@pytest.mark.parametrize(
    "text",
    [
        "Russian jets struck the towns of Jisr al-Shaghour and Binnish.",
        "The second bombing occurred in Kabul near the US embassy.",
        "Would it not be easier for Trump to recognize North Korea and end the war?",
        "Late Saturday, police had ruled out natural gas as a possible cause.",
        "Russias military said six bombers that took off from Russian territory struck.",
    ],
)
def test_not_positions(text: str) -> None:
    assert positions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Over the past year MSF has received reports of at least 71 attacks on 32 different "
        "health facilities which it runs or supports in Syria.",
        "The ICRC voiced alarm that violence was occurring in many of the de-escalation areas "
        "including Idlib rural Hama and eastern Ghouta.",
        "But once over the border they are still not safe and UNHCR is seeking to transfer many "
        "of them to a refugee camp further from the frontier.",
    ],
)
def test_an_aid_body_states_no_political_stance(text: str) -> None:
    # guideline §3b: a party's demand or policy; the aid bodies caring for the people an
    # incident touched are no party
    assert rule_subtypes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "But it was unclear if the major push for control of the city had begun.",
        "The Israeli delegation to the Cairo talks left Egypt on Friday morning, and it was not "
        "clear if it would return.",
    ],
)
def test_what_a_sentence_leaves_unclear_is_no_position(text: str) -> None:
    # guideline §3: hypothetical presence or control is at most optional
    assert rule_subtypes(text) == []


def test_what_a_sentence_asserts_before_leaving_something_unclear_stays() -> None:
    text = "Rebels seized the town on Monday, but it was unclear whether they would hold it."
    assert positions(text) == [("military", None)]


def test_a_party_calling_for_aid_stays_a_stance() -> None:
    assert positions("Germany called for UN-supervised humanitarian access to Aleppo.") == [
        ("stance", "Germany")
    ]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Rebel commanders said they would not surrender.", "Rebel commanders"),
        (
            "The State Department urged Russia to press Assad to respect the ceasefire.",
            "The State Department",
        ),
    ],
)
def test_refusals_and_demands(text: str, actor: str) -> None:
    assert positions(text) == [("stance", actor)]


def test_force_remaining_in_a_place() -> None:
    assert positions("He said some 4,000 fighters remained inside the town.") == [
        ("military", None)
    ]


def test_adverbial_aside_and_present_tense_control() -> None:
    text = (
        "Germany, by contrast, has pledged another 500 million euros in military aid. "
        "The Kremlin says Russian troops now control about 18 percent of Ukrainian territory."
    )
    assert positions(text) == [("stance", "Germany"), ("military", None)]


@pytest.mark.parametrize(
    "text",
    [
        "By Friday the villages taken by government forces had been recaptured by the rebels.",
        "The town was retaken by the army on Sunday.",
        "Diplomats say Iraq started the war by invading Iran's territory in 1980.",
    ],
)
def test_passive_control_and_invasion_are_military(text: str) -> None:
    assert [subtype for subtype, _ in positions(text)] == ["military"]


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers captured by rebels were freed on Monday.",
        "The town was hit by shelling on Monday.",
    ],
)
def test_captured_people_or_a_hit_town_are_no_position(text: str) -> None:
    assert positions(text) == []


def test_not_seeking_confrontation_is_a_stance() -> None:
    text = '"We do not seek further confrontation with Iran," Secretary Caspar Weinberger said.'
    assert positions(text) == [("stance", "Caspar Weinberger")]


@pytest.mark.parametrize(
    "text",
    [
        "She accused her husband of threatening to kill her and their daughter.",
        "Several victims condemned the bomber for attacking American citizens.",
    ],
)
def test_private_quarrels_and_victims_are_no_political_stance(text: str) -> None:
    assert positions(text) == []


def test_ground_used_as_a_base_is_military() -> None:
    text = "Weinberger said the platform had been used as a military\nbase by Iran."
    assert [subtype for subtype, _ in positions(text)] == ["military"]
    assert positions("The strike hit a military base near Homs.") == []


def test_a_participle_modifying_a_noun_is_no_stance() -> None:
    modifier = "Further escalation of the war threatening the Gulf Arab states could hurt Tehran."
    finite = "Iran is threatening the Gulf Arab states, officials said."
    assert positions(modifier) == []
    assert [subtype for subtype, _ in positions(finite)] == ["stance"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The prime minister ordered air strikes on the rebel camps overnight.",
            "The prime minister",
        ),
        ("President Ruto ordered strikes against the militants, officials said.", "President Ruto"),
        ("The council passed a resolution ordering an end to the sieges.", "The council"),
        (
            "Hundreds have died since the council passed a resolution ordering an end to sieges.",
            "the council",
        ),
    ],
)
def test_ordering_force_is_a_stance(text: str, actor: str) -> None:
    assert positions(text) == [("stance", actor)]


def test_ordering_something_else_is_no_stance() -> None:
    assert positions("The minister ordered an inquiry into the fire.") == []
    escort = "Washington agreed to escort the tankers in order to deter attacks on shipping."
    # agreed to, not "order … attacks"; the capital acts for its state
    assert positions(escort) == [("stance", "Washington (United States)")]
    assert detect(escort)[0].rule == "position.stance_verb"


def test_a_stated_closing_of_a_matter_is_a_stance() -> None:
    text = '"We consider the matter closed," the spokesman said.'
    assert [subtype for subtype, _ in positions(text)] == ["stance"]
    assert positions("The question was whether Iran would consider the matter closed.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked soldiers inside an army base near the border.",
        "Soldiers at the military checkpoint were fired on.",
    ],
)
def test_forces_inside_a_military_site_are_military(text: str) -> None:
    assert [subtype for subtype, _ in positions(text)] == ["military"]


def test_a_military_site_without_forces_or_operations_without_a_place_are_no_position() -> None:
    assert positions("A car bomb exploded near a military checkpoint on Monday.") == []
    assert positions("The army increased operations against the gang's leaders.") == []
    offensive = "The army began an offensive against the rebels' stronghold."
    assert [subtype for subtype, _ in positions(offensive)] == ["military"]


@pytest.mark.parametrize(
    "text",
    [
        "Israeli tanks pushed deeper into southern Gaza overnight.",
        "Hamas fighters remain entrenched in tunnels beneath the city.",
        "The militants were driven out of the village by government troops.",
        "The regiment was redeployed to the southern front.",
        "Troops loyal to the general occupied the presidential palace.",
        "Mariupol fell to Russian forces in May.",
        "Kabul has fallen to the Taliban.",
    ],
)
def test_more_ways_of_moving_and_losing_ground(text: str) -> None:
    assert positions(text) == [("military", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Oil prices fell to a record low.",
        "The task fell to the Foreign Ministry.",
        "The death toll fell to 12.",
    ],
)
def test_falling_to_something_that_is_no_armed_party_is_no_position(text: str) -> None:
    assert positions(text) == []


def test_a_vote_to_act_is_a_stance() -> None:
    text = "The Security Council voted to extend the peacekeeping mission."
    assert positions(text) == [("stance", "The Security Council")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tunisia has decided to break diplomatic relations with Iran.", ("stance", "Tunisia")),
        ("Iran said it was ready to retaliate against any attack.", ("stance", "Iran")),
        (
            'Mr Crocker accused the Iranian government of "providing lethal capabilities".',
            ("stance", "Mr Crocker"),
        ),
        ("The opposition accused Tehran of arming the militias.", ("stance", "The opposition")),
    ],
)
def test_diplomatic_breaks_readiness_and_arming_are_stances(
    text: str, expected: tuple[str, str]
) -> None:
    assert positions(text) == [expected]


def test_an_all_caps_headline_stance_is_found() -> None:
    # (its actor is not trimmed: "TUNISIA TO" — case gives no clue where the name ends)
    assert [subtype for subtype, _ in positions("TUNISIA TO BREAK TIES WITH IRAN")] == ["stance"]


@pytest.mark.parametrize(
    "text",
    [
        "No formal handover of Basra to the Iraqi government has yet taken place.",
        "The Royal Welsh battle group moved into Basra city.",
        "About 1,500 British troops will leave Iraq within weeks.",
        "The soldiers will return home as part of a drawdown of forces in Iraq.",
    ],
)
def test_handovers_drawdowns_and_battle_groups_are_military(text: str) -> None:
    assert positions(text) == [("military", None)]


@pytest.mark.parametrize(
    "text",
    [
        "The Revolutionary Guards seized a British naval party in the Gulf earlier this year.",
        pytest.param(
            "Ukrainian forces captured Russian soldiers near Kharkiv.",
            marks=pytest.mark.xfail(
                strict=True,
                reason="the position model retrained in the fifty-fourth round scores it a "
                "position (0.805)",
            ),
        ),
    ],
)
def test_capturing_people_or_craft_is_no_control_of_ground(text: str) -> None:
    assert positions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Russia captured Bakhmut.",
        "Troops recaptured the Russian military base.",
        "Rebels captured villages near Bakhmut.",
        "The group now controls around half the country's territory.",
    ],
)
def test_capturing_places_is_still_control(text: str) -> None:
    assert positions(text) == [("military", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Tensions have been escalating between US troops and Russian forces in eastern Syria.",
        "The mission was one of the last carried out by British troops in Afghanistan.",
        "The isolated base is manned by a company of troops from the Royal Lancers.",
        "The observatory said Deir al-Adas was taken on Tuesday after two days of fighting.",
        "The soldiers took over Ukrainian bases in Crimea.",
        "Nusra fighters started expanding into the countryside around Idlib.",
        "I largely moved our troops out of Syria.",
        "Trump told reporters that troops were 'out' of Syria.",
        "US troops remain in Iraq.",
    ],
)
def test_forces_placed_and_ground_taken(text: str) -> None:
    assert [subtype for subtype, _ in positions(text)] == ["military"]


@pytest.mark.parametrize(
    "text",
    [
        "REBEL AMBUSH KILLS 18 SOLDIERS IN PHILIPPINES",
        "Russian forces kill 120 ISIS fighters in Syria.",
        "The two allies have the largest armies in NATO.",
        "Troops in January were told to wait.",
        "Six soldiers were taken prisoner.",
    ],
)
def test_incidents_alliances_dates_and_prisoners_place_no_force(text: str) -> None:
    assert [subtype for subtype, _ in positions(text) if subtype == "military"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The regime has bombarded areas in Aleppo province that have fallen out of its control.",
        "The coalition began its assault on Fuaa and Kafraya on Wednesday.",
        "Israel responded by launching a military campaign in Gaza.",
        "Hundreds more U.S. troops are headed for Helmand province.",
        "For now, the troops remain on the US side of the border.",
        "The groups disagree on how to govern the territory they have captured.",
        "The Nusra Front attacked buildings of the authority managing the liberated areas.",
        "IS was expelled by the army from Zuhur and its fighters have been pushed to the edge.",
    ],
)
def test_assaults_headings_and_ground_named_by_who_took_it(text: str) -> None:
    assert [subtype for subtype, _ in positions(text)] == ["military"]


def test_an_ordered_military_and_a_condemnation_are_stances() -> None:
    assert positions("The office said he had ordered the military to carry out strikes.") == [
        ("stance", "The office")
    ]
    assert [
        s for s, _ in positions("Hamas issued a statement condemning the Israeli strikes.")
    ] == ["stance"]
    # a fire out of control is nobody's ground
    assert positions("The fire was out of control for hours.") == []


def test_control_that_is_nobody_s_or_a_machine_s_and_a_person_taken_are_no_positions() -> None:
    assert positions("The minister said the situation was under control on Monday.") == []
    assert positions("Soldiers showed him a remote-controlled detection unit.") == []
    assert positions("ISIS released a video of captured American journalist Steven Sotloff.") == []
    # the dead counted where they served
    assert positions("France has lost 88 troops in Afghanistan since late 2001.") == []
    assert positions("France has 400 troops in Afghanistan since late 2001.") == [
        ("military", None)
    ]
    # a party's control named after it
    assert positions("The dam remains under control of Iraqi Security Forces.") == [
        ("military", None)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "America's ramping up of its military presence in Syria comes after the attacks.",
        "It follows a launch of a new military exercise near Ukraine's eastern border.",
        "The decision to end UK combat operations was taken last year.",
        "The coalition in Afghanistan officially ended its combat mission at the end of 2014.",
        "Federal cabinet has approved combat flights to fight IS extremists in Iraq.",
        "It is the first time since 2009 that the Defence Force has engaged in combat in Iraq.",
        "Troops prepare armoured vehicles at a base in Celle.",
        "Images showed fighters from the Nusra Front heading towards the district.",
    ],
)
def test_presence_exercises_and_forces_at_a_base(text: str) -> None:
    assert [subtype for subtype, _ in positions(text)] == ["military"]


@pytest.mark.parametrize(
    "text",
    [
        "Obama said it was plain that Russian forces are now fighting inside Ukraine.",
        "Photos showed Russian artillery units moving inside Ukraine last week.",
        "Nato believes that 1,000 Russian troops are now actively engaged in the conflict.",
    ],
)
def test_forces_fighting_or_moving_inside_a_country(text: str) -> None:
    assert _rules(text) == ["position.force_active_in"]


def test_forces_killed_fighting_in_a_city_are_an_incident() -> None:
    assert positions("Two French soldiers were killed fighting in the city on Tuesday.") == []
    assert positions("Two soldiers were killed while fighting in Kidal on Tuesday.") == []


def test_combat_as_training_or_a_verb_places_no_force() -> None:
    assert positions("A general who was in charge of combat training was killed.") == []
    assert positions("We work together to combat terrorism in Africa.") == []


@pytest.mark.parametrize(
    "text",
    [
        "For the British military the move to the border is a change of policy.",
        "They had stopped patrols along the long border at Maysan.",
        "The decision to return to the frontier was influenced by the dispute.",
        "Commanders feel they cannot delay the withdrawal from Basra Palace.",
        "The coalition, which launched an air war against IS in Syria, carried out strikes.",
    ],
)
def test_a_move_named_by_its_noun_at_a_place_needs_no_force_word(text: str) -> None:
    assert [subtype for subtype, _ in positions(text)] == ["military"]


def test_a_move_without_a_place_is_no_position() -> None:
    assert positions("The move was welcomed by investors.") == []
    assert positions("He made his return to politics last year.") == []


@pytest.mark.parametrize(
    "text",
    [
        "He said Egyptian companies will build 8,000 housing units in Kampala.",
        "Israel has also handed over the bodies of 195 Palestinians.",
        "He said he will not be able to sleep until his soldiers are home.",
        "One of our NCOs will not be coming home.",
    ],
)
def test_civil_units_bodies_handed_over_and_forecasts_are_no_positions(text: str) -> None:
    assert positions(text) == []


def test_no_plans_to_act_is_a_stance() -> None:
    text = "Russia said it was complying with international agreements and had no plans to invade."
    assert positions(text) == [("stance", "Russia")]


@pytest.mark.parametrize(
    "text",
    [
        "Fears are mounting in the city of el-Fasher after the Rapid Support Forces seized it.",
        "The lab said that since the city was captured, satellite images have shown bodies.",
        "Small groups of soldiers are being dropped into IS territory in RAF Chinooks.",
    ],
)
def test_ground_seized_as_it_and_forces_dropped_into_territory(text: str) -> None:
    assert [subtype for subtype, _ in positions(text)] == ["military"]


def test_seizing_it_without_ground_in_the_sentence_is_no_position() -> None:
    assert positions("He seized it from her hands.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The alliance said 2,000 civilians had been killed since the city fell.",
        "Several dozen armed rebel fighters stood guard over the marshalling area.",
        "Beckett first deployed to Iraq in 2003, against the British presence in the south.",
    ],
)
def test_ground_fallen_guards_and_deployments_to_a_place(text: str) -> None:
    assert [subtype for subtype, _ in positions(text) if subtype != "stance"] == ["military"]


def test_escalating_or_arming_is_a_stance() -> None:
    text = "Obama announced the US would intensify its campaign of airstrikes against the IS."
    assert [subtype for subtype, _ in positions(text)] == ["stance"]
    text = "The spokesman said any decision by the US to supply weapons to Ukraine would hurt ties."
    assert [subtype for subtype, _ in positions(text)] == ["stance"]
    # a tree has no ground to lose
    assert positions("The old tree fell during the storm.") == []


@pytest.mark.parametrize(
    "text",
    [
        "On 27 August 1975 a bomb exploded without warning at the Caterham Arms.",
        "The second drone was said by Reverol to have lost control and crashed.",
    ],
)
def test_warning_as_a_noun_and_craft_losing_control_are_no_positions(text: str) -> None:
    assert positions(text) == []


def test_ground_controlled_by_a_party_in_the_passive() -> None:
    text = "The province of Idlib is almost entirely controlled by the Syrian opposition."
    assert positions(text) == [("military", None)]


@pytest.mark.parametrize(
    "text",
    [
        "The government in Bogota also asked Havana to act on an Interpol Red Notice.",
        "The statement also called on al-Nusra to return all possessions it had taken.",
        "Duque said that Cuba must not protect the rebels.",
        "The minister said the country would respect the protocols of the negotiations.",
    ],
)
def test_asking_a_state_to_act_must_not_and_would_respect_are_stances(text: str) -> None:
    assert [subtype for subtype, _ in positions(text)] == ["stance"]


def test_asking_people_is_no_stance() -> None:
    assert positions("He asked reporters to leave the room.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Until now, it was acknowledged only that the SAS was operating in a reconnaissance "
        "role in Iraq.",
        "Officials say 500 Britons are fighting for IS, with the vast majority active in Syria.",
        "Hundreds of evacuees loitered in a parking lot guarded by regime troops.",
    ],
)
def test_parties_operating_or_active_at_a_place_and_places_guarded_by_forces(text: str) -> None:
    assert [subtype for subtype, _ in positions(text)] == ["military"]


def test_a_company_active_in_a_market_without_a_capital_is_no_position() -> None:
    assert positions("The company is active in the retail sector.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Rebels were killed during a failed bid to reopen the key supply route into Aleppo.",
        "According to other sources the regime's latest attempt to secure Zabadani started.",
    ],
)
def test_a_bid_to_take_or_open_ground_is_military(text: str) -> None:
    assert [subtype for subtype, _ in positions(text)] == ["military"]


def test_an_attempt_to_secure_a_loan_is_no_position() -> None:
    assert positions("His attempt to secure a loan failed.") == []


def test_a_stance_named_by_a_noun_its_owner_holds() -> None:
    text = "Cuba sidesteps Colombia’s request to extradite the rebels."
    assert positions(text) == [("stance", "Colombia")]
    assert positions("The company's plan to expand was shelved.") == []
    aims = (
        "The program is part of President Barack Obama's multi-year plan to roll back ISIS.",
        "It also underscores Obama's desire to fight extremism without ground forces.",
    )
    assert [positions(text) for text in aims] == [
        [("stance", "President Barack Obama")],
        [("stance", "Obama")],
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The attack struck the headquarters of Ahrar al-Sham northwest of Idlib.",
        "A bomber blew himself up in a Syrian army outpost in Aleppo.",
        "The battle group is conducting exercises at the Basra air base.",
    ],
)
def test_a_military_site_of_a_named_or_military_owner_is_military(text: str) -> None:
    assert [subtype for subtype, _ in positions(text)] == ["military"]


@pytest.mark.parametrize(
    "text",
    [
        "A large artillery field-gun looted from an Iraqi army base sat tied to a trailer.",
        "Found military equipment left by US lying charred at Kaywan military base",
        "Residents saw hundreds of people seeking shelter in a base of the U.N. mission UNMISS.",
        "Anti-drone vehicles are to be taken for test flights on a UK military base.",
    ],
)
def test_a_military_site_where_only_civilians_or_equipment_are_is_no_position(
    text: str,
) -> None:
    # guideline §3: the site is the mere place of something else; no force is there,
    # goes there, or strikes it
    assert "position.military_site" not in [c.rule for c in detect(text)]


@pytest.mark.parametrize(
    "text",
    [
        "UK troops will shortly relocate to Kandahar air base.",
        "The Syrian army base was hit by rockets on Monday.",
        "Camp Bastion is the British headquarters in Helmand province",
    ],
)
def test_a_military_site_with_forces_or_a_strike_stays_military(text: str) -> None:
    assert [c.rule for c in detect(text) if c.kind == KIND_POSITION] == ["position.military_site"]


def test_a_civil_site_is_no_military_site() -> None:
    assert positions("The bomb struck the headquarters of a bank in the capital.") == []
    assert positions("The company moved its base to Dubai last year.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Hizballah was trying to set up a permanent base in north Daraa.",
        "The decision to build fortifications at the Iranian border is new.",
    ],
)
def test_a_military_site_set_up_at_a_place_is_military(text: str) -> None:
    assert [subtype for subtype, _ in positions(text)] == ["military"]


def test_a_company_building_its_base_is_no_position() -> None:
    assert positions("The firm built its base in Dubai.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Communication lines have been cut since the RSF took over.",
        "Hizballah was leading the attack on Deir al-Adas and its surrounding hills.",
        "In early November al-Nusra started expanding into the countryside around Idlib.",
        "Heavy shelling had forced the Free Syrian Army from the town.",
    ],
)
def test_ground_changing_hands_told_by_who_did_it(text: str) -> None:
    assert _rules(text) == ["position.control_verb"]


def test_command_centres_set_up_and_a_named_party_in_the_town() -> None:
    centres = "Nato is also establishing a network of small command centres in Estonia and Latvia."
    assert _rules(centres) == ["position.site_established"]
    town = "Al-Manar TV ran footage purportedly showing Hezbollah fighters in the town."
    assert _rules(town) == ["position.force_in_place"]
    # where forces were hit, and people forced to flee, are no positions
    assert _rules("An airstrike killed 18 Syrian soldiers in the town.") == []
    assert _rules("Thousands were forced to flee the fighting.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Prices have risen since the company took over.",  # no front line: no military cue
        "The charity plans to expand into new markets next year.",
    ],
)
def test_ground_change_words_outside_a_conflict_are_no_positions(text: str) -> None:
    assert _rules(text) == []


def _rules(text: str) -> list[str]:
    return [c.rule for c in detect(text) if c.kind == KIND_POSITION]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ('Hamas said: "The shelling is a blatant violation of the ceasefire."', "Hamas"),
        ("Howe said the United States was fully entitled to take military action.", None),
        ("The drones served Obama’s ambition to keep up the war against al Qaeda.", "Obama"),
    ],
)
def test_condemnation_entitlement_and_aims_are_stances(text: str, actor: str | None) -> None:
    found = [c for c in detect(text) if c.kind == KIND_POSITION]
    assert [c.subtype for c in found] == ["stance"]
    if actor is not None:  # a noun cue's holder is found only where it has a subject
        assert found[0].actor == actor
    assert positions("The report lists violations of building codes in the city.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The area has been in control of opposition forces since September 2012.",
        "The predominantly Kurdish city was split between government forces and Kurdish fighters.",
        "Government forces have suffered setbacks including the loss of the provincial capital.",
        "Raqqa is the capital of the caliphate declared by the group in territories it controls.",
        "The Hezbollah said it had taken control of the plain outside the city.",
        "Syria's Kurds have carved out an autonomous region in the north of the country.",
        "In May the militant group scored a victory overrunning Ramadi.",
        "IS declared a caliphate with the city of Raqqa as its de facto capital.",
        "The army said five villages had been wrested back from the insurgents.",
    ],
)
def test_ground_held_lost_shared_or_made_a_capital(text: str) -> None:
    assert [subtype for subtype, _ in positions(text)] == ["military"]


def test_losses_and_control_that_are_no_ground() -> None:
    assert positions("The loss of life was high.") == []
    assert positions("The president was in control of the situation.") == []


def test_boycotts_and_calls_are_stances() -> None:
    assert positions("Opposition parties are boycotting the election.") == [
        ("stance", "Opposition parties")
    ]
    calling = "The opposition responded by calling for nationwide mobilization."
    assert [subtype for subtype, _ in positions(calling)] == ["stance"]


def test_taking_part_takes_no_ground() -> None:
    assert positions("Civilians who have taken part in demonstrations were detained.") == []
    assert positions("Rebels took part of the city.") == [("military", None)]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("A spokesman said Iran would respond decisively to any aggressive measure.", "Iran"),
        ("It said Hamas would return its hostages within 72 hours.", "Hamas"),
        ('"We can turn the tables every time," the general said.', "the general"),
    ],
)
def test_a_party_saying_what_it_will_do_states_a_stance(text: str, actor: str) -> None:
    assert positions(text) == [("stance", actor)]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Koval said Ukrainian forces would continue with operations in border areas.", "Koval"),
        (
            "Ukrainian PM announced that country will seek to become member of Nato",
            "Ukrainian prime minister",
        ),
        ("Mr Hollande said his troops would target Islamist terrorists in the north.", "Hollande"),
        ("Ahmad said the delegation would stay in Egypt until it reaches an agreement.", "Ahmad"),
        ("The United States will also maintain a mission to fight al Qaeda.", "United States"),
    ],
)
def test_a_party_staying_on_or_seeking_a_goal_states_a_stance(text: str, actor: str) -> None:
    assert positions(text) == [("stance", actor)]


def test_forecasts_and_other_futures_are_no_stated_intent() -> None:
    assert positions("The rain will turn to snow.") == []
    assert positions("He said the company would return the money.") == []
    assert positions("Syria will continue to suffer.") == []
    assert positions("The violence will continue.") == []
    assert positions("Western powers fear that the militants will seek to use the desert.") == []
    # joining is as often taking part as taking a side
    assert positions("The European Union will join the talks in Geneva.") == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("The regime is fighting to push rebels out of five neighbourhoods.", "military_noun"),
        ("The rebels control almost all of Qabun and Tishreen.", "control_verb"),
        ("The Houthis have held Sanaa since 2014.", "control_verb"),
        ("A bomber blew himself up near a Jaish al-Islam position.", "named_position"),
    ],
)
def test_forces_pushed_out_holding_named_places_and_named_positions(text: str, rule: str) -> None:
    assert _rules(text) == [f"position.{rule}"]


def test_held_hostage_and_held_for_questioning_hold_no_ground() -> None:
    assert positions("The rebels held Ahmed Hassan hostage.") == []
    assert positions("Police held John Smith for questioning.") == []


def test_calling_on_a_party_named_by_its_role_is_a_demand() -> None:
    text = "The cleric Moqtada al Sadr called on the regime's leader to step down."
    assert [subtype for subtype, _ in positions(text)] == ["stance"]


def test_soldiers_lost_in_a_war_are_at_no_place() -> None:
    assert positions("Russia has so far lost at least 12 soldiers in the Syrian war.") == []
    assert positions("Russian troops remain in Syria.") == [("military", None)]


@pytest.mark.parametrize(
    "text",
    [
        "The regime launched air raids on the city's Kurdish-run neighbourhoods.",
        "The continued presence of Fatah al-Sham in Aleppo had been used as justification.",
        "Activists say that Fatah al-Shams presence in the city is minimal.",
    ],
)
def test_ground_run_by_a_party_and_a_named_party_present(text: str) -> None:
    assert [subtype for subtype, _ in positions(text)] == ["military"]


@pytest.mark.parametrize(
    "text",
    [
        "The UN has asked for a cease-fire to allow aid into the area.",
        "Russia has been carrying out airstrikes to bolster Syrian government forces.",
        "The ministry said it would halt fire around Aleppo for three days.",
    ],
)
def test_calls_for_a_ceasefire_support_and_a_halt_are_stances(text: str) -> None:
    assert [subtype for subtype, _ in positions(text)] in (["stance"], ["both"])


@pytest.mark.parametrize(
    "text",
    [
        "State-run media said the town was calm.",
        "His presence in the room was noted.",
        "He asked for a glass of water.",
        "A bomber struck a wedding as the bride and groom were exchanging vows.",
    ],
)
def test_no_position_in_media_rooms_water_and_weddings(text: str) -> None:
    assert positions(text) == []


def test_ground_carved_up_between_forces() -> None:
    text = "The rest is carved up between rebel factions and Kurdish forces."
    assert positions(text) == [("military", None)]


@pytest.mark.parametrize(
    "text",
    [
        # arms deployed, whatever they are, at a named place, bases or a border
        "Poland has deployed air defence batteries across Warsaw.",
        "Its Patriot missiles have been deployed at two bases in the north.",
        "Tanks and troops mass on border as talks fail",
        "Armoured brigades remain poised on the frontier with Kosovo.",
        # regular forces or armour at a border, front line or checkpoint
        "Indian soldiers patrol a road near the border with Pakistan.",
        "A Kenyan soldier searches a lorry at a checkpoint near Garissa.",
    ],
)
def test_arms_placed_and_forces_at_a_border(text: str) -> None:
    assert positions(text) == [("military", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Mass graves in Sinjar were found by investigators.",
        "Refugees crossed the border near the checkpoint.",
        "Two soldiers were shot dead near the border on Sunday.",
        "Firms will build 8,000 housing units near the Zaire border.",
    ],
)
def test_no_position_in_graves_refugees_incidents_or_housing(text: str) -> None:
    assert positions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The foreign secretary said Hamas bears responsibility for the conflict.",
        "The spokesman said Israel is not interested in a temporary truce.",
        "The state news agency says the army is ready for war.",
        "The president backed Ukraine's right to defend itself.",
        "The statement appealed to Seoul to resume the talks.",
        "Pyongyang told foreigners and tourists to leave South Korea.",
        "The group urged public sector workers to return to work.",
    ],
)
def test_blame_refusal_readiness_and_calls_to_leave_are_stances(text: str) -> None:
    assert [subtype for subtype, _ in positions(text)] == ["stance"]


@pytest.mark.parametrize(
    "text",
    [
        "He told reporters to stop asking.",
        "Police told residents to leave their homes.",
        "He went to his sister's house and urged her to leave as well.",
    ],
)
def test_no_stance_in_private_or_household_calls_to_leave(text: str) -> None:
    assert positions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # forces named first, busy at a place: how photo captions say where forces are
        "A Nigerian soldier digs a trench on the outskirts of Maiduguri.",
        "Malian servicemen repair a truck inside a military camp in Gao",
        "Kurdish fighters stand on a pickup truck in the village of Tal Tamr",
        # ground changing hands, a party driven off it, a place reached, positions taken
        "The village has changed hands several times this year.",
        "Government troops drove the militants out of Sirte.",
        "Rebels reached the outskirts of Tripoli on Sunday.",
        "Militants were seen taking positions along the river.",
    ],
)
def test_forces_busy_at_a_place_and_ground_changing_hands(text: str) -> None:
    assert positions(text) == [("military", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Nigerian soldiers were killed on the outskirts of Maiduguri.",
        "The soldiers said they had eaten little since Monday.",
        "Thousands of families were driven from their homes.",
    ],
)
def test_forces_hit_at_a_place_and_people_driven_from_homes_are_no_positions(
    text: str,
) -> None:
    assert positions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a party told or asked to act
        "The president told the rebels to open a humanitarian corridor.",
        "The minister asked Turkey to close its border.",
        # a charge of violating a truce or a border
        "The alliance accused Moscow of a 'flagrant violation' of the truce.",
        "Kiev accused Russia of violating its airspace.",
        # welcome, agreement, support and help
        "Germany welcomed the ceasefire deal.",
        "The two leaders agreed that sanctions must stay in place.",
        '"We support the efforts of the Iraqi government," the envoy said.',
        "Britain will assist France in its campaign, it has been revealed.",
    ],
)
def test_calls_charges_welcome_agreement_and_help_are_stances(text: str) -> None:
    assert [subtype for subtype, _ in positions(text)] == ["stance"]


@pytest.mark.parametrize(
    "text",
    [
        "She had been told to wait outside the hall.",
        "We asked the neighbors to leave their houses, but the bomb went off.",
        "He was told not to speak to anyone.",
    ],
)
def test_being_told_to_wait_or_neighbours_asked_to_leave_are_no_stances(text: str) -> None:
    assert positions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The army has since mainly held the west and south of Aleppo.",
        "Forces loyal to Assad now control most of Damascus.",
        "Islamist fighters control much of the desert in the north.",
        "Assad Regime Commits Massacres After Loss of Idlib.",
    ],
)
def test_ground_held_by_direction_or_by_forces_loyal_to_someone_and_a_place_lost(
    text: str,
) -> None:
    assert positions(text) == [("military", None)]


def test_the_loss_of_a_doctor_or_of_life_is_no_position() -> None:
    assert positions("The charity said the loss of Dr. Darwish leaves two surgeons.") == []
    assert positions("The Loss of Life in the City Was Enormous.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of Ethiopian troops poured into Somalia over the weekend.",
        "Dozens of Chadian tanks headed out of the capital towards Cameroon.",
        "Troops from Chad began to arrive in the country on Friday.",
        "The US began to evacuate its remaining military personnel.",
        "Houthi fighters have swept through the south.",
        "Twelve military vehicles entered the town of Dhobley.",
        "Kenya's push east into Somalia opens another front.",
        "African Union forces have expanded their control of Mogadishu.",
        "Saudi jets targeted Houthi forces controlling Yemen's capital.",
        "An armed militiaman stands on a pickup truck in Sanaa",
        "We will see our troops come home in two steps.",
    ],
)
def test_forces_pouring_in_sweeping_through_arriving_or_coming_home(text: str) -> None:
    assert [subtype for subtype, _ in positions(text)] == ["military"]


@pytest.mark.parametrize(
    "text",
    [
        "The attackers set fire to buildings and shot pupils as they tried to flee.",
        "A policeman killed four soldiers at a checkpoint and then fled.",
    ],
)
def test_fleeing_where_people_were_shot_or_killed_is_no_force_moving(text: str) -> None:
    assert positions(text) == []


def test_fighters_fleeing_a_town_still_move() -> None:
    assert positions("Rebel fighters fled the town of Tal Abyad on Sunday.") == [("military", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Two long-range missiles aimed at Tel Aviv forced residents to run for cover.",
        "The talks were aimed at ending five decades of fighting.",
    ],
)
def test_missiles_or_talks_aimed_at_something_are_no_stance(text: str) -> None:
    assert positions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Philip Hammond said Britain will provide technical help.",
        "They cannot accept an Iranian-backed regime in control of Yemen, he said.",
        "The chancellor has been pushing for a speedy withdrawal.",
        "Ankara is also seeking to contain the Kurdish forces.",
        "Obama told reporters that he aimed to convince Netanyahu to show restraint.",
    ],
)
def test_help_pledged_refusals_to_accept_pushes_and_aims_are_stances(text: str) -> None:
    assert [subtype for subtype, _ in positions(text)] == ["stance"]


@pytest.mark.parametrize(
    "text",
    [
        "Leaders in new diplomatic push for peace.",
        "I'm not going to sleep properly until my soldiers are home, he said.",
    ],
)
def test_a_push_for_peace_or_sleepless_nights_are_no_stances(text: str) -> None:
    assert positions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The villages are near a main highway within rebel territory.",
        "Small groups of soldiers are being dropped into IS territory.",
        "Idlib is held almost entirely by a coalition of Islamist forces.",
        "Regime troops have been battling for control of Al Maleh.",
        "The YPG controls nearly all of the northern frontier with Turkey.",
        "The militants have consolidated gains around the town.",
        "The province was among the first areas the government lost.",
        "The Nusra Front spearheaded an attack on Khan Touman last month.",
        "Japan is deploying missile interceptors in key locations around Tokyo.",
        "At least half a dozen tanks were seen in the town of Novoazovsk.",
    ],
)
def test_party_territory_ground_held_fought_for_gained_or_lost_and_arms_seen(text: str) -> None:
    assert [subtype for subtype, _ in positions(text)] == ["military"]


def test_this_is_territory_is_no_party_territory() -> None:
    assert positions("This is territory we know well, the guide said.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Kurdish forces urged a U.S.-led coalition to escalate air strikes.",
        "The coalition escalated air strikes on Islamic State around Kobane.",
        "Turkey has been reluctant to help the Kurds defending Kobane.",
        "Obama laid out plans to go after Islamic State militants.",
        "Leading candidates have said they will sign the agreement.",
    ],
)
def test_calls_on_a_coalition_escalation_reluctance_plans_and_signing_are_stances(
    text: str,
) -> None:
    assert "stance" in [subtype for subtype, _ in positions(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The coalition has launched 50 strikes against militant positions around the town.",
        "The air attacks hit an Islamic State fighting position near Kobane.",
        "Gunfire lit up the eastern sector, much of which has fallen to Islamic State.",
        "Government bases are falling to rebels across the north.",
    ],
)
def test_named_positions_and_ground_falling_to_a_party(text: str) -> None:
    assert [subtype for subtype, _ in positions(text)] == ["military"]


def test_intransitive_escalation_and_belongings_laid_out_are_no_claims() -> None:
    assert positions("The uprising escalated into a civil war in 2012.") == []
    assert detect("The video showed belongings of the dead men laid out near the heads.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Hazm is mainly present in northern Syria.",
        "Rival ISIS militants have presence north and east of the country.",
        "The Nusra Front is also active in the south.",
        "The south is the last notable foothold of the rebel opposition.",
        "It follows SDF gains against the jihadist group across the north.",
        "The latest advances in the countryside west of Raqqa follow an earlier push.",
        '"The flag is flying over Tel Hamis," the spokesman said.',
        "We are now combing the city for mines.",
        "Turkish F-16s patrolled the Turkish-Syrian border on Friday.",
        "Other attackers infiltrated from the south.",
        "Army units carried out operations against Nusra in the southern Daraa province.",
        "The fighters attacked Tel Abyad, which is controlled by the YPG militia.",
        "A second campaign is being waged against it in northwest Syria.",
        "Syrian Democratic Forces (SDF) fighters walk in Tal Samin village north of Raqqa",
    ],
)
def test_presence_footholds_gains_flags_sweeps_patrols_and_infiltration(text: str) -> None:
    assert "military" in [subtype for subtype, _ in positions(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Rahmoun called upon the Security Council to put an end to the bombing.",
        "We appeal to the other tribes to stand by us.",
    ],
)
def test_calls_upon_and_appeals_to_parties_are_stances(text: str) -> None:
    assert "stance" in [subtype for subtype, _ in positions(text)]


def test_sympathisers_infiltrating_an_institution_are_no_force_moving() -> None:
    assert positions("Taliban sympathisers infiltrate the local security forces.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Rage said that Kenyan troops had pushed 60 miles across the border.",
        "Hizballah pushed large forces into the battle for Deir al-Adas.",
        "The defection comes as government bases are falling to rebels.",
    ],
)
def test_forces_pushed_across_or_into_and_bases_falling(text: str) -> None:
    assert "military" in [subtype for subtype, _ in positions(text)]


def test_pushing_for_talks_is_no_push_across_ground() -> None:
    assert "military" not in [
        subtype for subtype, _ in positions("The envoy pushed for talks to resume in Geneva.")
    ]


def test_fighters_kidnapping_people_in_a_village_is_an_incident() -> None:
    assert positions("Boko Haram fighters kidnapped 80 people in the village of Mabass.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Warplanes struck hideouts of the Jund al-Aqsa militants near the village of Tamanah.",
        "Jets pounded their command posts in the Wadi Barada valley.",
        "Airstrikes targeted gathering centers of terrorists in the town of Kafr Zita.",
    ],
)
def test_hideouts_and_command_posts_of_a_party_are_its_positions(text: str) -> None:
    assert _rules(text) == ["position.named_position"]


def test_hideouts_of_a_smuggler_in_no_place_are_no_position() -> None:
    assert positions("Police say the smugglers changed hideouts every week.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Officials say 8,000 Russian troops are massed just east of the Ukrainian border.",
        "There are now 4,000 soldiers some 20 miles north of Mosul.",
        "They will keep up to 500 more troops than first planned in Niger.",
    ],
)
def test_a_force_figure_placed_by_direction_or_after_a_longer_phrase(text: str) -> None:
    # "They will keep …" is also a stated intent: a military position and a stance
    assert [subtype for subtype, _ in positions(text)] in (["military"], ["both"])


@pytest.mark.parametrize(
    "text",
    [
        "The decision to keep more French troops in the country drew criticism.",
        "The troops that stay behind will train local units.",
        "Some of the soldiers will remain there through the winter.",
        "By 2019 the number of US troops will fall to 2,000.",
    ],
)
def test_forces_kept_staying_or_cut_to_a_number(text: str) -> None:
    assert _rules(text) == ["position.force_kept"]


def test_keeping_a_promise_to_troops_is_no_force_kept() -> None:
    assert positions("The minister kept his promise to the troops' families.") == []


@pytest.mark.parametrize(
    "text",
    [
        "France formally ended its nine-year mission in Mali with a ceremony at its base.",
        "The combat mission in Iraq officially ended on Tuesday at the coalition headquarters.",
    ],
)
def test_a_war_or_mission_in_a_place_ending(text: str) -> None:
    assert "position.war_ended" in _rules(text)


def test_the_end_of_a_war_of_words_is_no_position() -> None:
    assert positions("The two papers ended their war of words on Sunday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Clan elders said the raids are forcing Shabaab fighters from the port town.",
        "Kurdish units forced the militants out of the district on Monday.",
    ],
)
def test_forcing_an_armed_party_off_ground(text: str) -> None:
    assert _rules(text) == ["position.control_verb"]


def test_forcing_families_from_their_homes_is_no_ground_taken() -> None:
    assert positions("The floods forced thousands of families from their homes.") == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Iran continues to train and equip militias fighting in Yemen.", "Iran"),
        ("The senator urged Washington to arm the Kurdish peshmerga.", "The senator"),
        ("The governor has appealed for more police in the province.", "The governor"),
        ("The envoy recommended that the council extend the ceasefire.", "The envoy"),
        ("Berlin is pushing strongly for a new round of talks.", "Berlin (Germany)"),
    ],
)
def test_arming_appeals_recommendations_and_strong_pushes_are_stances(
    text: str, actor: str
) -> None:
    assert ("stance", actor) in positions(text)


def test_winning_back_a_village_is_control() -> None:
    text = "Government troops won back the village of Kfar Nabuda on Sunday."
    assert _rules(text) == ["position.control_verb"]


def test_forces_taking_a_named_town_in_a_caption() -> None:
    text = "A boy waves as reports came of Chadian forces taking the desert town of Tessalit"
    assert _rules(text) == ["position.control_verb"]


@pytest.mark.parametrize(
    "text",
    [
        "Troop levels in the south are to be cut by half by the end of the year.",
        "The move raises the number of Canadian soldiers in the country to 800.",
        "The plan involves reducing UK force levels to around 3,000.",
        "About 200 Dutch troops will remain after March to guard the airfield.",
    ],
)
def test_force_levels_changing_and_forces_remaining(text: str) -> None:
    assert _rules(text) == ["position.force_kept"]


def test_a_force_said_to_stay_is_kept_and_a_stated_intent() -> None:
    text = "A token force would stay behind at the training college."
    assert _rules(text) == ["position.force_kept+stated_intent"]


def test_a_price_level_falling_is_no_force_level() -> None:
    assert positions("Fuel price levels are expected to fall next month.") == []


@pytest.mark.parametrize(
    "text",
    [
        "One of the hamlets, Tal Rumman, was captured by noon, the army said.",
        "The militants have been pushed from the old city of Homs by government forces.",
        "Ethiopian troops approached the outskirts of Baidoa on Monday.",
    ],
)
def test_places_captured_fighters_pushed_from_a_city_and_troops_approaching(text: str) -> None:
    assert "military" in [subtype for subtype, _ in positions(text)]


def test_calling_on_both_sides_to_stop_in_quotation_marks_is_a_stance() -> None:
    text = 'The envoy called on both sides "to halt all attacks at once."'
    assert ("stance", "The envoy") in positions(text)


def test_a_caption_with_a_long_verb_phrase_before_the_place() -> None:
    text = (
        "An armed Shabaab fighter stands guard beside the wreck of a truck hit by a drone "
        "strike near Kismayo"
    )
    assert _rules(text) == ["position.force_busy_at_place"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The envoy urged Israel and the Palestinians to resume the talks.", "The envoy"),
        (
            "Rome called on the coalition striking targets in Iraq to widen its campaign.",
            "Rome (Italy)",
        ),
        ("The council called on all political groups to form a government.", "The council"),
        ("The mediators urged Kiir and Machar urgently to pull back.", "The mediators"),
        ("The ministry called on civilians to flee the city.", "The ministry"),
    ],
)
def test_calls_on_two_parties_a_party_described_by_a_participle_or_civilians_to_flee(
    text: str, actor: str
) -> None:
    assert ("stance", actor) in positions(text)


def test_calling_on_her_to_leave_is_still_no_stance() -> None:
    assert positions("Her brother called on her to leave the house at once.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of families have been forced to flee from the militants near Sinjar.",
        "They are fleeing from fighting between government and rebel forces in Awerial.",
        "Aid workers said 80 families that managed to flee were screened by the forces.",
    ],
)
def test_civilians_fleeing_past_forces_are_no_force_moving(text: str) -> None:
    assert "position.force_movement" not in _rules(text)


def test_militants_fleeing_a_city_move() -> None:
    text = "The militants fled the city as government forces closed in."
    assert "position.force_movement" in _rules(text)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Five thousand UK troops will remain in the war zone – but not for long.", "force_kept"),
        ("The Nigerian military forced out Boko Haram from Bama this month.", "control_verb"),
        ("Two districts are now almost entirely under Taliban rule.", "control_modifier"),
        ("Hundreds of French troops were expected to fly out of Kabul.", "force_movement"),
    ],
)
def test_staying_in_the_war_zone_forcing_out_rule_and_flying_out(text: str, rule: str) -> None:
    assert f"position.{rule}" in _rules(text)


def test_the_rule_of_law_is_no_party_ruling() -> None:
    assert positions("The country has lived under the rule of law since 1990.") == []


def test_bombings_that_seemed_to_be_aimed_at_civilians_are_no_stance() -> None:
    assert positions("The bombings seemed to be aimed at civilians.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The ISIL strongholds near the villages came under bombardment.",
        "Deir ez-Zor was one of Daesh's final strongholds in Syria until last month.",
        "Clashes escalated, leading Damascus to bomb separatist positions.",
        "The footage shows an airstrike on Islamic State group positions in Libya.",
        "A blast targeted their positions in the northeast Damascus suburbs.",
    ],
)
def test_strongholds_and_positions_of_separatists_a_group_or_placed_by_direction(
    text: str,
) -> None:
    assert "military" in [subtype for subtype, _ in positions(text)]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Italy has said it is willing to lead a coalition to stop the advance.", "Italy"),
        ("Britain said it had authorized the use of its airbases.", "Britain"),
        ("President Obama approved the additional troops on Tuesday.", "President Obama"),
        ("ISIS issued an ultimatum to the Yazidis to convert or flee.", "ISIS"),
        ("The Prime Minister offered Mr Poroshenko continued support.", "The Prime Minister"),
    ],
)
def test_willingness_authorising_approving_ultimatums_and_continued_support(
    text: str, actor: str
) -> None:
    assert ("stance", actor) in positions(text)


def test_being_given_an_ultimatum_by_ones_bosses_is_no_stance() -> None:
    assert positions("The drivers were given an ultimatum by their bosses.") == []


def test_a_cabinet_approving_a_call_up_states_a_stance_and_a_movement() -> None:
    text = "The cabinet approved the mobilisation of 20,000 reservists."
    assert positions(text) == [("both", "The cabinet")]


def test_thousands_of_soldiers_fleeing_are_a_force_moving() -> None:
    text = "Thousands of Ukrainian soldiers fled across the border into Russia."
    assert "position.force_movement" in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Gaddafi loyalists now only have control over a few pockets of Sirte.",
        "The city, which is in Syrian government hands, is the provincial capital.",
        "They fought for years to keep the province out of the hands of the Taliban.",
        "Yesterday they had boxed in the remaining Gaddafi loyalists in central Sirte.",
        "Turkish soldiers stand guard at the entrance of the tomb in Syria.",
    ],
)
def test_control_kept_ground_in_a_partys_hands_forces_boxed_in_and_standing_guard(
    text: str,
) -> None:
    assert "military" in [subtype for subtype, _ in positions(text)]


@pytest.mark.parametrize(
    "text",
    [
        "A drone that fell into Iran's hands was shown on television.",
        "The decision is now in his hands.",
    ],
)
def test_a_thing_or_a_decision_in_someones_hands_is_no_ground_held(text: str) -> None:
    assert positions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Oxford Street warning was heard over the military radio net.",
        "The leaders met in emergency session and refused to comment on their plans.",
        "The spokesman refused to be drawn on how many people had been taken.",
    ],
)
def test_a_warning_as_a_noun_and_refusing_to_comment_are_no_stances(text: str) -> None:
    assert positions(text) == []


def test_refusing_to_accept_a_truce_is_still_a_stance() -> None:
    assert positions("Hamas refused to accept the truce.") == [("stance", "Hamas")]


@pytest.mark.parametrize(
    "text",
    [
        "The government of Nigeria has declared a cease-fire, the spokesman said.",
        "The rebels announced a truce for the holiday, their spokesman said.",
    ],
)
def test_declaring_or_announcing_a_ceasefire_or_a_truce_is_a_stance(text: str) -> None:
    assert "stance" in [subtype for subtype, _ in positions(text)]


@pytest.mark.parametrize(
    "text",
    [
        "ISIS has withdrawn from the al-Dolab area.",
        "Islamic State started expanding into Libya in 2014.",
        "The Islamic State group advanced on Ramadi overnight.",
        "In June al-Shabaab retreated from the port of Kismayo.",
    ],
)
def test_a_named_armed_group_moving_is_a_force_moving(text: str) -> None:
    assert positions(text) == [("military", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Hamas sent a delegation to Cairo for talks.",
        "Women who fled ISIS took refuge in Dohuk.",
        "He spent two months as a member of ISIS in northern Syria.",
    ],
)
def test_a_named_group_sending_fled_or_placed_is_no_force_moving(text: str) -> None:
    assert positions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The civil administration of Idlib on Thursday announced the full mobilization of the "
        "emergency medical services to cope with the high number of casualties among residents "
        "of the city and its countryside following a brutal wave of airstrikes by Russian jets "
        "that left at least 38 civilians killed.",
        "According to the Halab Today TV station cluster munitions were deployed over east "
        "Aleppo while the Syrian Observatory for Human Rights also said that clashes had taken "
        "place between pro-regime forces and rebels in Aleppos northern suburbs.",
    ],
)
def test_a_movement_word_far_from_every_force_word_moves_no_force(text: str) -> None:
    # guideline §3(a)2: the force must be what moves; twenty words apart, the force word
    # sits in another clause of the long sentence
    assert "position.force_movement" not in [c.rule for c in detect(text)]


def test_a_force_near_its_movement_word_in_a_long_sentence_still_moves() -> None:
    text = (
        "According to the Halab Today TV station, which has reported on the war since 2012 "
        "from its office in the north of the country, government forces were deployed over "
        "east Aleppo on Monday."
    )
    assert [c.rule for c in detect(text) if c.kind == KIND_POSITION] == ["position.force_movement"]


@pytest.mark.parametrize(
    "text",
    [
        "Islamic State militants have been trying to take over key dams across the country.",
        "The rebels seized two border crossings and the main supply route.",
    ],
)
def test_dams_crossings_and_supply_routes_are_ground(text: str) -> None:
    assert positions(text) == [("military", None)]


def test_each_armed_group_name_holds_one_of_the_hints_that_gate_its_pattern() -> None:
    for name in position_rules._ARMED_GROUPS:
        assert any(hint in name.casefold() for hint in position_rules._ARMED_GROUP_HINTS), name


@pytest.mark.parametrize(
    "text",
    [
        "The intensified Russian airstrikes on Idlib prompted an exodus.",
        "Syrian regime forces and Russian jets intensified their bombardment of Idlib.",
        "Fighting has intensified in the past month.",
    ],
)
def test_fighting_that_intensified_is_no_stance(text: str) -> None:
    assert positions(text) == []


def test_a_party_that_will_intensify_its_campaign_states_a_stance() -> None:
    assert positions("Israel will intensify its campaign against Hamas.") == [("stance", "Israel")]


@pytest.mark.parametrize(
    "text",
    [
        "Human rights laws will stop soldiers fighting properly, MPs will warn today.",
        "But they warn that the threat of casualties will endure until the last soldier leaves.",
    ],
)
def test_a_warning_of_what_may_come_in_the_present_is_no_stance(text: str) -> None:
    assert positions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "At the busiest bus station in the city, two soldiers were killed.",
        "According to the official television station al-Manar, two fighters were killed.",
    ],
)
def test_a_station_is_a_place_not_a_force_stationed(text: str) -> None:
    assert positions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "'Any foreign fighters in Iraq need to go home,' Tillerson said.",
        "America needed to listen to the world too, Blair said.",
        "'The Malian authorities must begin talks without delay,' the minister said.",
    ],
)
def test_an_obligation_in_a_speaker_s_words_is_a_demand(text: str) -> None:
    assert [subtype for subtype, _ in positions(text)] == ["stance"]


@pytest.mark.parametrize(
    "text",
    [
        # no speaker: the author's own voice
        "The Malian authorities must begin talks without delay.",
        # the speaker's own duty, a guess, a need, a forecast
        "'I must warn Australians; this is a dangerous mission,' said Tony Abbott.",
        "'The troops must have been tired,' the officer said.",
        "Rodriguez said most patients need to be in treatment facilities.",
        "A diplomat said troops will need to work alongside former prisoners.",
    ],
)
def test_obligations_that_are_no_demand(text: str) -> None:
    assert positions(text) == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The group wants autonomy for Turkey's Kurdish minority.", "The group"),
        ("Ultimately, the group wants Nigeria to become an Islamic state.", "the group"),
        ("Kurdish forces want even more air strikes on Islamic State fighters.", "Kurdish forces"),
    ],
)
def test_what_a_party_wants_is_its_aim(text: str, actor: str) -> None:
    assert positions(text) == [("stance", actor)]


def test_wanting_to_and_wanting_as_a_manner_of_speech_are_no_aim() -> None:
    assert positions("Commanders feared the insurgent wanted to blow himself up.") == []
    assert positions("He said: 'If you want me to make one criticism, it is this.'") == []


def test_each_sentence_of_a_quotation_after_its_speaker_is_a_position_of_its_own() -> None:
    text = (
        'Brigadier Bashall said: "We are not sitting here idly at the air bridge. '
        "The security of Basra is still our responsibility and we shall act where "
        'necessary. We are also prepared to restore order in Basra City if asked to do so."'
    )
    claims = [c for c in detect(text) if c.kind == KIND_POSITION]
    assert [c.text for c in claims] == [
        "The security of Basra is still our responsibility and we shall act where necessary.",
        'We are also prepared to restore order in Basra City if asked to do so."',
    ]


def test_announcing_a_plan_is_a_stated_aim() -> None:
    text = "Moreover, the U.S. has announced plans to create a Border Security Force."
    assert positions(text) == [("stance", "the U.S.")]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Kurdish militias are key US allies in the fight against IS.", "Kurdish militias"),
        (
            "France and its allies have ousted the extremists from power in northern cities.",
            "France and its allies",
        ),
        ("They ousted the president a month before he was due to step down.", "They"),
    ],
)
def test_taking_a_side_in_a_war_and_unseating_a_ruler_are_stances(text: str, actor: str) -> None:
    assert positions(text) == [("stance", actor)]


def test_fighting_against_a_party_is_no_stance() -> None:
    text = "Many of the defectors are now fighting against government forces."
    assert positions(text) == []


def test_ousting_rebels_from_ground_is_military_and_a_stance() -> None:
    # ground taken (military) and a party unseated (stance, guideline §3b)
    text = "The army said it had ousted the rebels from two districts."
    assert positions(text) == [("both", "The army")]


def test_a_ruler_ousted_from_power_is_a_stance() -> None:
    assert positions("The junta ousted the president from power.") == [("stance", "The junta")]


@pytest.mark.parametrize(
    "text",
    [
        "Turkey says the fighters are a terrorist organization affiliated with the PKK.",
        "Officials said the air strikes were made at the request of the Iraqi government.",
        "Machar and Kiir signed a peace deal in August 2015.",
        "Colombia has been calm since the 2016 peace accord signed by Santos and the FARC.",
        "The coalition continues to support our partners bringing the fight to Daesh.",
        "US military experts arrived last month to help train and support Iraqi forces",
    ],
)
def test_branding_a_party_a_request_and_a_signed_deal_are_stances(text: str) -> None:
    assert [subtype for subtype, _ in positions(text)] == ["stance"]


def test_evidence_to_support_a_claim_is_no_stance() -> None:
    text = '"We have seen no evidence to support these claims," the mayor told reporters.'
    assert positions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "There will be 600 U.S. Nato troops spread between Poland, Latvia and Lithuania",
        "Islamic State runs a self-styled caliphate across swathes of Iraq and Syria.",
        "Al-Nusra has allied with rebels to win large swathes of territory from the regime.",
        "They are completely cut off and surrounded by the Islamic State.",
        "Fighters tried to take it back, and the U.S. used strikes to keep them at bay.",
    ],
)
def test_swathes_held_parties_kept_at_bay_or_surrounding_and_forces_spread_out(
    text: str,
) -> None:
    assert [subtype for subtype, _ in positions(text)] == ["military"]


def test_swathes_of_a_country_s_people_are_no_ground_held() -> None:
    assert positions("Fighting has left swathes of the country struggling to find food.") == []


def test_fighters_gone_to_join_an_armed_group() -> None:
    gone = "More than 15,000 fighters from 80 countries have gone to Syria to join the militants."
    assert [subtype for subtype, _ in positions(gone)] == ["military"]


@pytest.mark.parametrize(
    "text",
    [
        "In 2013 the president declared a state of emergency in three northern states.",
        "The line was drawn up in 1953 - and North Korea does not recognise it.",
    ],
)
def test_a_state_s_decree_and_a_refusal_to_recognise_are_stances(text: str) -> None:
    assert [subtype for subtype, _ in positions(text)] == ["stance"]


@pytest.mark.parametrize(
    "text",
    [
        "Thousands are fleeing from fighting between government and rebel forces in Jonglei.",
        "Aid agencies say fighting between the army and rebel forces in Kachin has displaced "
        "5,000 people.",
        "Clashes between police and army troops in Diyarbakir continued overnight.",
    ],
)
def test_forces_as_the_sides_of_a_clash_are_where_an_incident_happens(text: str) -> None:
    assert rule_subtypes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Three aid workers are still being held by the militants who seized them last week.",
        "The hostages held by the group were freed on Monday.",
        "The general spoke at a conference held by the Atlantic Council.",
        "Two detainees held by the militia escaped.",
    ],
)
def test_people_held_captive_or_an_event_held_are_no_ground_held(text: str) -> None:
    assert rule_subtypes(text) == []


def test_a_town_held_by_a_party_is_still_ground_held() -> None:
    assert rule_subtypes("The town has been held by rebels since 2012.") == ["military"]


@pytest.mark.parametrize(
    "text",
    [
        "The standoff between the soldiers and the protesters entered its third week.",
        "Rebel fighters entered the talks in a weak position.",
        "The pension deal entered into by the soldiers' union was signed in May.",
        "The militants sent reporters a video of the ceremony.",
        "He wanted to send his condolences to the families of the soldiers.",
        "Those sent to fight say they lack food, a soldier said.",
    ],
)
def test_entering_no_place_or_sending_no_force_is_no_movement(text: str) -> None:
    assert rule_subtypes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Rebel fighters entered the town of Sirte on Sunday.",
        "The army sent 300 more soldiers to the border town.",
        "Thousands of troops were sent to the capital.",
        "The 300 soldiers sent to Mali are from the 2nd Regiment.",
        "The army sent in infantry fighting vehicles to the northern province.",
    ],
)
def test_entering_a_place_and_sending_a_force_are_still_movements(text: str) -> None:
    assert [subtype for subtype, _ in positions(text)] == ["military"]


@pytest.mark.parametrize(
    "text",
    [
        "The general said the nation should feel proud of its pilots.",
        'The minister said: "We must expect more attacks of this kind."',
        '"Egypt must be relieved that the talks went ahead," one diplomat said.',
    ],
)
def test_a_feeling_or_an_expectation_after_should_or_must_is_no_stance(text: str) -> None:
    assert rule_subtypes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Satellite analysis backs claim that the convoy was hit by a missile.",
        "The group says its research supports the ministry's claim that the shell was fired.",
    ],
)
def test_evidence_that_supports_a_claim_states_no_stance(text: str) -> None:
    assert rule_subtypes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The general said the nation should withdraw its pilots from the region.",
        "Turkey backs the rebels in northern Syria.",
    ],
)
def test_obligations_to_act_and_a_party_s_support_are_still_stances(text: str) -> None:
    assert "stance" in rule_subtypes(text) or "both" in rule_subtypes(text)


@pytest.mark.parametrize(
    "text",
    [
        "The jihadist group lost Tal Afar last summer.",
        "The separatists have now lost Kramatorsk and the roads around it.",
        "Officials fear the government could lose Mogadishu within weeks.",
    ],
)
def test_a_named_place_lost_is_control(text: str) -> None:
    assert rule_subtypes(text) == ["military"]


@pytest.mark.parametrize(
    "text",
    [
        "She lost Amina, her youngest daughter, in the blast.",
        "The coalition cannot afford losing Jordan as an ally.",
        "The battalion lost Mr Haddad, its interpreter, on the road.",
    ],
)
def test_a_person_an_ally_or_an_election_lost_is_no_control(text: str) -> None:
    assert rule_subtypes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Officials are alarmed by the advancement of the rebels toward the capital.",
        "The militants have made repeated incursions into the northern districts.",
        "Kenyan soldiers chased the gunmen across the border into Somalia.",
        "Two platoons of marines arrived at a hilltop near the river.",
        "Dozens of fighters who had arrived from Libya were seen near the town.",
    ],
)
def test_advancing_raiding_crossing_and_arriving_forces_move(text: str) -> None:
    assert rule_subtypes(text) == ["military"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The Pope deplored the shelling of the refugee convoy.", "The Pope"),
        ("The Greens supported the naval mission in the Gulf.", "The Greens"),
        ("Tanzania has decided to close its consulate in Goma.", "Tanzania"),
        ("The coalition will stand behind the Kurdish administration.", "The coalition"),
    ],
)
def test_deploring_supporting_deciding_and_standing_behind_are_stances(
    text: str, actor: str
) -> None:
    assert positions(text) == [("stance", actor)]


def test_help_supported_by_a_party_is_no_stance() -> None:
    assert rule_subtypes("The clinic is supported by a French charity.") == []


def test_a_decision_to_move_forces_is_both() -> None:
    assert positions("The US decided to evacuate its remaining military personnel.") == [
        ("both", "The US")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Analysts said the embargo was the mildest step Kenya could take once it had "
        "decided to respond.",
        "Talks would resume if Kenya decided to withdraw its envoy.",
    ],
)
def test_a_decision_in_a_clause_of_time_or_condition_is_no_stance(text: str) -> None:
    assert rule_subtypes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The military has also carried out regular air strikes against PKK camps in "
        "mountainous northern Iraq.",
        "Nigerian military says it has destroyed the jihadi's headquarters in Gwoza",
        "Jets bombed Taliban training camps near the border.",
        "The Pentagon said it had targeted an Islamic State training camp in Libya.",
    ],
)
def test_struck_camps_and_headquarters_of_an_armed_party_are_its_positions(text: str) -> None:
    assert _rules(text) == ["position.named_position"]


@pytest.mark.parametrize(
    "text",
    [
        "Airstrikes hit the Atmeh camp for displaced people.",
        "Jets bombed refugee camps near the border.",
        "Islamist militant gunmen trained in Libyan jihadist camps carried out two of the "
        "three major attacks on Tunisia.",
    ],
)
def test_camps_named_by_place_or_civilians_or_not_struck_are_no_named_position(
    text: str,
) -> None:
    assert "position.named_position" not in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "It said at least 40 Islamic State fighters were killed in the offensive.",
        "But the Americans have cautioned that if the Iraqis are not ready, the offensive "
        "could be delayed.",
        "The offensive has prompted British Islamists to protest outside the French Embassy "
        "in London.",
        "'Red Cap tragedy' General set to lead offensive",
    ],
)
def test_a_bare_offensive_is_no_military_position(text: str) -> None:
    rules = _rules(text)
    assert not any("military_noun" in r or "force_movement" in r for r in rules)


@pytest.mark.parametrize(
    "text",
    [
        "Regime offensive tightens grip on Zabadani",
        "Fighting has intensified in eastern Ukraine in recent weeks amid a rebel offensive.",
        "The Syrian army's offensive has stalled.",
        "Dozens have been killed since the regime launched its offensive for Tabaqa.",
        "Government troops pressed an offensive near Palmyra.",
    ],
)
def test_an_offensive_with_its_party_or_place_is_a_military_position(text: str) -> None:
    assert _rules(text) == ["position.military_noun"]


@pytest.mark.parametrize(
    "text",
    [
        "However, the Israeli government insists Hamas knows the locations of all the bodies.",
        "But Secretary-General Anders Fogh Rasmussen insisted the threat was real.",
        "President Salva Kiir insists the fighting was sparked by a coup attempt.",
        "The Obama administration has insisted that drone strikes are so precise that they "
        "rarely kill civilians.",
    ],
)
def test_a_fact_insisted_on_is_no_stance(text: str) -> None:
    assert "position.stance_verb" not in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin is insisting NATO must never grant membership to ex-Soviet Ukraine.",
        "Pretoria insists on making Namibian independence conditional on the withdrawal of "
        "Cuban troops.",
        "Moscow insists Crimea is part of Russia.",
        "Israel insisted that it is ready to withdraw from the area.",
    ],
)
def test_a_demand_or_claim_insisted_on_is_a_stance(text: str) -> None:
    assert any(rule.endswith("stance_verb") for rule in _rules(text))


@pytest.mark.parametrize(
    "text",
    [
        "A US Navy Seal team secures the airfield at Ein al-Asad base during a visit by "
        "former president George W Bush",
        "A spokesman for the Malian army said its soldiers were securing Gao and Timbuktu.",
        "Iraqi troops secured the bridge over the Tigris on Monday.",
    ],
)
def test_ground_secured_by_a_force_is_control(text: str) -> None:
    assert "position.control_verb" in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "The army envoy secured the release of three hostages.",
        "Kiev's army secured Washington's support for the plan.",
        "Soldiers secured the area after the blast.",
    ],
)
def test_a_release_backing_or_the_scene_of_a_blast_secured_is_no_control(text: str) -> None:
    assert "position.control_verb" not in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Before government forces left Idlib they executed 15 detainees by shooting the "
        "report added.",
        "Rebel fighters left Homs under a deal with the government.",
        "The militants have finally left the town of Manbij.",
    ],
)
def test_forces_leaving_a_named_place_move(text: str) -> None:
    assert "position.force_left_place" in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "The soldiers left January behind them.",
        "The soldiers left the building after the blast.",
        "The troops left their families at home.",
    ],
)
def test_forces_leaving_no_named_place_do_not_move(text: str) -> None:
    assert "position.force_left_place" not in _rules(text)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Assistance was agreed in a phone call between David Cameron and French "
            "President Francois Hollande.",
            "David Cameron and French President Francois Hollande",
        ),
        (
            "The UK's assistance to France was agreed during a conversation between French "
            "President Francois Hollande and David Cameron this evening.",
            "French President Francois Hollande and David Cameron",
        ),
        (
            "Prime Minister David Cameron agreed move with President Obama last night",
            "Prime Minister David Cameron",
        ),
    ],
)
def test_a_plan_agreed_is_a_stance(text: str, actor: str) -> None:
    assert [c.actor for c in detect(text) if c.rule == "position.agreed_plan"] == [actor]


@pytest.mark.parametrize(
    "text",
    [
        "Analysts agreed the Russian move was a mistake.",
        "The meeting will also assess progress on the economic reform plans agreed in "
        "Lisbon in 2000.",
    ],
)
def test_an_opinion_shared_or_a_plan_dated_is_no_agreement(text: str) -> None:
    assert "position.agreed_plan" not in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Turkey, Qatar and Saudi Arabia have offered to host the training",
        "Jordan offered to mediate between the two sides.",
    ],
)
def test_an_offer_to_act_is_a_pledge(text: str) -> None:
    assert rule_subtypes(text) == ["stance"]


@pytest.mark.parametrize(
    "text",
    [
        "Guevara denied reports that a deal had been offered to suspend the vote.",
        "The job was offered to his brother.",
    ],
)
def test_what_is_offered_to_someone_is_no_pledge(text: str) -> None:
    assert rule_subtypes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A British sniper team patrolling Sangin, Helmand Province, Afghanistan in 2006.",
        "But only four hours after the bombing, UDA car and foot patrols were seen on the "
        "streets in East Belfast.",
    ],
)
def test_forces_patrolling_a_named_place_are_there(text: str) -> None:
    assert _rules(text) == ["position.force_movement"]


def test_patrolling_on_a_day_names_no_place() -> None:
    assert _rules("Officers were patrolling Monday night after the storm.") == []


def test_forces_fired_at_in_a_place_are_where_an_incident_happened() -> None:
    text = (
        "Militants of the Takfiri group ISIL fired missiles containing toxic gas at Kurdish "
        "forces in Syria last month."
    )
    assert "position.force_in_place" not in _rules(text)


def test_forces_in_a_place_with_a_strike_nearby_stay_placed() -> None:
    text = (
        "An armed member of Houthi militia looks on as people gather beside vehicles "
        "destroyed by a Saudi airstrike in Sanaa"
    )
    assert _rules(text) == ["position.force_busy_at_place"]


@pytest.mark.parametrize(
    "text",
    [
        "Cameron was greeted at Camp Bastion in the southern Helmand province on a visit to "
        "mark Armed Forces day",
        "The minister was shown a surveillance drone during his Camp Bastion visit.",
    ],
)
def test_the_base_named_camp_bastion_is_no_bastion_held(text: str) -> None:
    assert rule_subtypes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Army units pushed deeper into the rebel bastion of Douma on Sunday.",
        "The town has long been a bastion of the insurgents.",
    ],
)
def test_a_party_s_bastion_is_still_a_military_position(text: str) -> None:
    assert rule_subtypes(text) == ["military"]


@pytest.mark.parametrize(
    "text",
    [
        "A smaller U.S. force could have other unintended consequences, possibly discouraging "
        "already skeptical lawmakers from fully funding U.S. aid.",
        "Analysts say the move by Washington could have unforeseen consequences for the region.",
    ],
)
def test_unintended_consequences_are_no_warning(text: str) -> None:
    assert rule_subtypes(text) == []


def test_consequences_a_party_warns_of_are_still_a_stance() -> None:
    assert rule_subtypes("The minister warned of serious consequences if the talks failed.") == [
        "stance"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "ISIS has posted pictures of its takeover of Sinjar on social networking sites",
        "The rebels' take-over of Goma alarmed the government in Kinshasa.",
    ],
)
def test_the_takeover_of_a_named_place_is_control(text: str) -> None:
    assert rule_subtypes(text) == ["military"]


def test_the_takeover_of_a_company_is_no_control() -> None:
    assert rule_subtypes("The takeover of the company was completed on Monday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "More than 3,000 Tunisians have left to fight with Islamic State and other groups in "
        "Syria and Iraq.",
        "An estimated 500 Britons have gone to fight in Syria and Iraq.",
        "Hundreds of Britons have travelled to Syria to fight for Islamic State.",
    ],
)
def test_people_gone_to_a_place_to_fight_move(text: str) -> None:
    assert rule_subtypes(text) == ["military"]


@pytest.mark.parametrize(
    "text",
    ["He left to study in Paris.", "Voters are going to join the protest in Cairo."],
)
def test_going_elsewhere_for_no_fight_is_no_movement(text: str) -> None:
    assert rule_subtypes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A rebel fighter poses for a photo at the main square of Benghazi",
        "A Kurdish fighter stands guard at a checkpoint outside Kobane",
    ],
)
def test_one_fighter_busy_at_a_place_is_presence(text: str) -> None:
    assert rule_subtypes(text) == ["military"]


def test_one_fighter_killed_at_a_place_is_an_incident() -> None:
    assert rule_subtypes("A fighter was killed in clashes in Aleppo.") == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Foreign Secretary William Hague said Hamas bears ‘principal responsibility’ for "
            "sparking the current conflict.",
            "Hamas",
        ),
        (
            "Kiev said Moscow bears 'full responsibility' for the deaths in Donetsk.",
            "Moscow (Russia)",
        ),
    ],
)
def test_a_quote_opened_inside_a_stance_cue_hides_no_stance(text: str, actor: str) -> None:
    assert positions(text) == [("stance", actor)]


def test_a_quoted_word_with_no_stance_cue_is_no_stance() -> None:
    assert rule_subtypes("The minister described the talks as 'serious' and 'useful'.") == []


@pytest.mark.parametrize(
    "text",
    [
        "He said: ‘On balance it is a difficult equation but I think he should be kept there.’",
        "“And I hope that Mr Cameron, who a week ago told the House of Commons that the "
        "bombers must be found, takes note of this development,” he said.",
        "The minister told al-Arabiya television: 'I expect that this operation will not go on "
        "for long, I think it will be days.'",
        '"I think that photographs of the dead will not be difficult to find" she wrote.',
    ],
)
def test_a_first_person_opinion_before_the_cue_is_no_stance(text: str) -> None:
    # guideline §3b: what one person thinks or hopes is an attitude, no party's policy
    assert rule_subtypes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        'He said: "We will not allow Iran to build a base in Syria."',
        "“We must pull our troops out now, and I think the cabinet agrees,” the minister said.",
    ],
)
def test_a_stance_not_framed_as_an_opinion_stays_a_stance(text: str) -> None:
    assert rule_subtypes(text) == ["stance"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Israel said it was widening its campaign of air strikes by targeting the homes of "
            "militant leaders.",
            "Israel",
        ),
        ("Turkey has broadened its air campaign against the PKK.", "Turkey"),
    ],
)
def test_a_party_widening_its_war_states_a_policy(text: str, actor: str) -> None:
    assert positions(text) == [("stance", actor)]


def test_a_company_expanding_its_operations_states_no_stance() -> None:
    assert rule_subtypes("The company expanded its operations in Kenya last year.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. State Department ordered a further drawdown of U.S. Embassy personnel in Juba "
        "and another evacuation flight was being arranged.",
        "The UN withdrew its non-essential personnel from Bangui.",
    ],
)
def test_civil_staff_moved_or_placed_are_no_force(text: str) -> None:
    assert rule_subtypes(text) == []


def test_military_personnel_withdrawn_still_move() -> None:
    assert rule_subtypes("The Pentagon withdrew 200 military personnel from Bangui.") == [
        "military"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Camp Bastion is the British headquarters in Helmand province",
        "Kandahar Airfield was the main American headquarters in southern Afghanistan.",
    ],
)
def test_a_site_named_a_nation_s_headquarters_at_a_place_is_presence(text: str) -> None:
    assert rule_subtypes(text) == ["military"]


def test_a_firm_s_headquarters_at_a_place_is_no_presence() -> None:
    assert rule_subtypes("The building is the Google headquarters in London.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The Danish frigate Niels Juel has returned to the Baltic Sea.",
        "The destroyer USS Porter entered the Black Sea on Friday.",
        "A French aircraft carrier is stationed off the coast of Libya.",
        "Russian submarines withdrew from the Norwegian Sea last week.",
    ],
)
def test_naval_vessels_move_and_stand_as_forces(text: str) -> None:
    assert rule_subtypes(text) == ["military"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Senator Jane Holloway said Canada would be at risk of reprisals if the "
            "mission went ahead.",
            "Jane Holloway",
        ),
        ("Opposition leaders say the mission will make Norway a target for attacks.", None),
        (
            "Prime Minister Arif Qasim said any attack on Oman would 'evoke a firm response' "
            "from Muscat.",
            "Arif Qasim",
        ),
    ],
)
def test_a_reported_warning_of_consequences_is_a_stance(text: str, actor: str | None) -> None:
    found = positions(text)
    assert [subtype for subtype, _ in found] == ["stance"]
    if actor:
        assert found[0][1] == actor


def test_a_consequence_no_one_is_reported_to_warn_is_no_stance() -> None:
    assert rule_subtypes("The new road will trigger a boom in trade along the coast.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Footage showed the moment it stormed Ras al-Ain.",
        "Residents said they were storming Kafr Nabl from the north.",
    ],
)
def test_a_pronoun_for_a_party_storming_or_besieging_a_place_moves_a_force(text: str) -> None:
    assert rule_subtypes(text) == ["military"]


def test_a_pronoun_fleeing_or_sending_is_no_assault() -> None:
    assert rule_subtypes("They fled to Gaziantep, where they sent letters home.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The paratroopers are preparing to go to West Africa next month.",
        "Most of the commandos then went to Basra by road.",
    ],
)
def test_forces_going_to_a_named_place_move(text: str) -> None:
    assert rule_subtypes(text) == ["military"]


@pytest.mark.parametrize(
    "text",
    [
        "The soldiers went to the hospital to give blood.",
        "Few of the men wanted to go to war again.",
    ],
)
def test_forces_going_to_no_named_place_do_not_move(text: str) -> None:
    assert rule_subtypes(text) == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("'We're going to stay until the job is done,' said General Ortiz.", "Ortiz"),
        ("'We will defend every street,' the commander said.", "the commander"),
    ],
)
def test_an_intent_quoted_in_single_marks_is_a_stance(text: str, actor: str) -> None:
    assert positions(text) == [("stance", actor)]


def test_a_pronoun_in_single_marks_storming_a_place_moves_a_force() -> None:
    assert rule_subtypes("'They stormed Ras al-Ain at dawn,' a resident said.") == ["military"]


def test_what_a_party_will_do_asked_about_is_no_stated_intent() -> None:
    text = "'They never know where we're going to strike next,' the officer said."
    assert rule_subtypes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "But we know there are still hundreds of Turkish troops still there.",
        "Western diplomats believe some 2,000 paratroopers are already there.",
    ],
)
def test_regular_forces_placed_by_there_stand_at_a_place(text: str) -> None:
    assert rule_subtypes(text) == ["military"]


def test_fighters_there_are_no_regular_force_in_place() -> None:
    assert rule_subtypes("Villagers fear they would be targeted by rebels there.") == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The president called on them to surrender before dawn.", "The president"),
        ("The army urged them to lay down their arms by Friday.", "The army"),
    ],
)
def test_a_party_called_on_by_a_pronoun_to_give_up_is_a_demand(text: str, actor: str) -> None:
    assert positions(text) == [("stance", actor)]


def test_a_person_called_on_to_leave_a_house_is_no_demand() -> None:
    assert rule_subtypes("She called on him to leave the house.") == []


def test_shells_as_things_are_no_incident() -> None:
    text = "A serviceman walks past a pile of shells stored inside a military camp in Luhansk"
    assert rule_subtypes(text) == ["military"]


@pytest.mark.parametrize(
    "text",
    [
        "A serviceman walks past a house shelled overnight inside a military camp in Luhansk",
        "Ukrainian soldiers rest after shells landed near their post in Luhansk",
    ],
)
def test_shelling_near_forces_stays_an_incident(text: str) -> None:
    assert "position.force_busy_at_place" not in [
        c.rule for c in detect(text) if c.kind == KIND_POSITION
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The fighters come from Mali and Niger, where the insurgents also have camps.",
        "Gunfire was heard near the barracks where the general and his troops have their base.",
    ],
)
def test_forces_having_camps_where_a_place_is_named_stand_there(text: str) -> None:
    assert rule_subtypes(text) == ["military"]


def test_a_firm_having_its_headquarters_where_is_no_force() -> None:
    assert rule_subtypes("They visited Seattle, where the company has its headquarters.") == []


def test_pushing_out_a_force_is_a_movement() -> None:
    text = "Turkey stayed out of the fight, which saw the Kurds finally push out the jihadists."
    assert rule_subtypes(text) == ["military"]


def test_an_armed_group_making_incursions_moves() -> None:
    text = "Hezbollah has made several incursions into the wooded hills of northern Galilee."
    assert rule_subtypes(text) == ["military"]


def test_a_warning_that_an_act_would_count_as_an_attack_is_a_stance() -> None:
    text = (
        "The Greek government responded that any landing on the islet would be considered "
        "an attack on Greek soil."
    )
    assert [subtype for subtype, _ in positions(text)] == ["stance"]


@pytest.mark.parametrize(
    "text",
    [
        "Bastion, ringed by open desert, grew into a sprawling base the size of a town.",
        "‘Bastion is under attack,’ the radio operator repeated.",
    ],
)
def test_a_sentence_opening_with_bastion_names_the_base_not_a_party_s_bastion(text: str) -> None:
    assert rule_subtypes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Migrants caught crossing into the fenced strip may be detained by soldiers until Border "
        "Patrol agents arrive.",
        "Smugglers decide when to encourage migrants to cross into the country past the troops.",
    ],
)
def test_civilians_crossing_and_border_patrol_staff_move_no_force(text: str) -> None:
    assert rule_subtypes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers caught crossing into the fenced strip were sent back by the army.",
        "Troops patrol the border strip near the town of Nogales.",
    ],
)
def test_forces_crossing_or_patrolling_still_move(text: str) -> None:
    assert rule_subtypes(text) == ["military"]


@pytest.mark.parametrize(
    "text",
    [
        "The minister warned it would take months rather than weeks to train the recruits.",
        "Officials warned the delivery of food parcels would take several days.",
    ],
)
def test_a_warning_of_how_long_something_takes_is_no_stance(text: str) -> None:
    assert rule_subtypes(text) == []


def test_a_warning_of_what_a_party_will_do_is_still_a_stance() -> None:
    assert rule_subtypes("The minister warned Iran would face severe consequences.") == ["stance"]


@pytest.mark.parametrize(
    "text",
    [
        "Her husband had vowed to stay in the old house whatever came, she said.",
        "Women and children held up banners calling for an end to the blockade.",
    ],
)
def test_a_household_s_wishes_are_no_political_stance(text: str) -> None:
    assert rule_subtypes(text) == []


def test_a_party_s_vow_is_still_a_stance() -> None:
    assert rule_subtypes("The rebel commander had vowed to stay in the town.") == ["stance"]


def test_an_armed_group_entering_talks_moves_nowhere() -> None:
    assert rule_subtypes("Hezbollah entered the Doha talks from a position of strength.") == []


def test_an_armed_group_entering_a_town_still_moves() -> None:
    assert rule_subtypes("Hezbollah entered the town of Qusayr on Sunday.") == ["military"]


def test_people_each_held_by_a_fighter_are_no_ground_held() -> None:
    text = "The video shows a line of prisoners in orange suits, each held by a masked fighter."
    assert rule_subtypes(text) == []


def test_a_town_held_by_rebels_is_still_ground_held() -> None:
    assert rule_subtypes("The town, held by rebels since May, was shelled again.") == ["military"]


@pytest.mark.parametrize(
    "text",
    [
        "Douma is the rebels' bastion east of the capital.",
        "Douma remains the rebels’ bastion near the capital.",
    ],
)
def test_a_party_s_bastion_after_a_plural_possessive_is_a_military_position(text: str) -> None:
    assert rule_subtypes(text) == ["military"]


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of migrants went to Europe as soldiers watched the border.",
        "Tourists went to London while US troops stayed home.",
    ],
)
def test_civilians_going_to_a_named_place_move_no_force(text: str) -> None:
    assert rule_subtypes(text) == []


def test_forces_going_to_a_named_place_still_move() -> None:
    text = "The 101st Airborne Division are preparing to go to West Africa."
    assert rule_subtypes(text) == ["military"]


@pytest.mark.parametrize(
    "text",
    [
        "'We have to react to these provocations,' the defence minister said.",
        "'This has to be settled by the region's own armies,' the minister said.",
    ],
)
def test_an_obligation_with_have_to_in_a_speaker_s_words_is_a_stance(text: str) -> None:
    assert rule_subtypes(text) == ["stance"]


@pytest.mark.parametrize(
    "text",
    [
        "The old bridges will have to be rebuilt after the floods, engineers said.",
        "'I have to say the weather was awful,' the minister said.",
    ],
)
def test_a_forecast_or_one_s_own_obligation_with_have_to_is_no_stance(text: str) -> None:
    assert rule_subtypes(text) == []


def test_an_aim_named_as_the_priority_in_a_speaker_s_words_is_a_stance() -> None:
    text = "Restoring order in the capital was the priority, the junta leader said."
    assert rule_subtypes(text) == ["stance"]


def test_a_priority_nobody_states_is_no_stance() -> None:
    assert rule_subtypes("Road repairs have become a priority for the town's budget.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The mutineers say they are overthrowing the government because of its failures.",
        "The junta announced a curfew in the capital until further notice.",
        "The army imposed a curfew on the northern districts.",
        "Washington has trained and armed the tribal militias for two years.",
    ],
)
def test_more_forms_of_listed_stances_are_stances(text: str) -> None:
    assert rule_subtypes(text) == ["stance"]


def test_a_party_saying_it_will_stay_out_of_a_war_states_its_intent() -> None:
    text = "'We are clearly not going to get involved in a ground war,' the minister said."
    assert positions(text) == [("stance", "the minister")]


def test_getting_involved_asked_about_states_no_intent() -> None:
    text = "Nobody knows how the neighbours will get involved, the analyst said."
    assert rule_subtypes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "'We have to be careful,' the minister said.",
        "'The army must be cautious in the hills,' the minister said.",
    ],
)
def test_caution_after_an_obligation_is_an_attitude_no_stance(text: str) -> None:
    assert rule_subtypes(text) == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The two presidents made a joint call for calm after the clashes.", "The two presidents"),
        (
            "The Security Council renewed its call for a ceasefire in the north.",
            "The Security Council",
        ),
        (
            "'We have given the army a directive to clear the border villages,' the minister said.",
            "the minister",
        ),
    ],
)
def test_a_call_made_or_a_directive_given_is_a_stance(text: str, actor: str) -> None:
    assert positions(text) == [("stance", actor)]


@pytest.mark.parametrize(
    "text",
    [
        "Church bells rang out a call for prayer across the valley.",
        "The ministry issued a directive to all schools on Monday.",
    ],
)
def test_a_call_nobody_makes_or_a_directive_nobody_voices_is_no_stance(text: str) -> None:
    assert rule_subtypes(text) == []


@pytest.mark.parametrize("credit", ["-AFP", "--AFP", "-REUTERS", "--Reuters"])
def test_a_wire_credit_glued_after_the_last_stop_is_no_part_of_the_sentence(
    credit: str,
) -> None:
    # guideline §5: a sentence ends after its final punctuation; a wire credit glued to
    # it is page furniture, cut from both the position's and the statement's span
    sentence = "Rebel fighters withdrew from the northern town the monitor said."
    text = f"Fighting went on all week. {sentence}{credit}"
    claims = [c for c in detect(text) if c.start == text.index(sentence)]
    assert {c.kind for c in claims} == {KIND_POSITION, KIND_STATEMENT}
    assert all(c.text == sentence and c.end == c.start + len(sentence) for c in claims)


def test_a_quotation_that_lost_its_punctuation_is_judged_one_sentence_at_a_time() -> None:
    # guideline §3, §5: a position is one sentence; FA-KES drops the comma before the
    # attribution, and the annotators mark each quoted sentence on its own, while the
    # statement stays the whole quotation with its attribution
    quoted = (
        '"Rebels have withdrawn from the northern town. We are now clearing the streets '
        'of mines" the army spokesman told Reuters.'
    )
    text = f"Fighting went on all week. {quoted} Aid arrived later."
    first = '"Rebels have withdrawn from the northern town.'
    claims = detect(text)
    assert first in [c.text for c in claims if c.kind == KIND_POSITION]
    assert [c.text for c in claims if c.kind == KIND_STATEMENT] == [quoted]


def test_a_quotation_with_its_comma_stays_one_position() -> None:
    quoted = (
        '"Rebels have withdrawn from the northern town. We are now clearing the streets '
        'of mines," the army spokesman told Reuters.'
    )
    text = f"Fighting went on all week. {quoted} Aid arrived later."
    assert [c.text for c in detect(text) if c.kind == KIND_POSITION] == [quoted]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            '"We will do everything possible to find those who planned it," the minister said.',
            "the minister",
        ),
        ("The government will spare no effort to find the kidnappers.", "The government"),
        ("The rebel delegation walked out of the talks on Tuesday.", "The rebel delegation"),
        ("Kiev suspended peace talks after the shelling of the port.", "Kiev"),
    ],
)
def test_an_all_out_pledge_or_leaving_talks_is_a_stance(text: str, actor: str) -> None:
    assert positions(text) == [("stance", actor)]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Officials said Iran had supplied 40 rocket launchers and 300 anti-tank missiles "
            "to the rebels.",
            "Iran",
        ),
        ("Iran has used the port for shipments of artillery shells to Hezbollah.", "Iran"),
        (
            "Last month the militia received Chinese-made rifles from its foreign backers.",
            "foreign backers",
        ),
        ("The brigade will receive new armoured vehicles from Britain next year.", "Britain"),
    ],
)
def test_arms_handed_between_parties_are_a_stance(text: str, actor: str) -> None:
    assert positions(text) == [("stance", actor)]


@pytest.mark.parametrize(
    "text",
    [
        "The factory supplied rifles to help the hunters of the valley.",
        "Trucks delivered ammunition to the depot near the river.",
        "The charity received missiles from the museum for its exhibition.",
    ],
)
def test_arms_handed_to_no_party_are_no_stance(text: str) -> None:
    assert rule_subtypes(text) == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ('The US is providing "non-lethal" assistance to the army.', "The US"),
        ("The EU also confirmed a new aid package for Kiev on Monday.", "The EU"),
        ("Britain is giving military aid to the government in Bamako.", "Britain"),
    ],
)
def test_help_given_to_a_party_is_a_stance(text: str, actor: str) -> None:
    assert positions(text) == [("stance", actor)]


@pytest.mark.parametrize(
    "text",
    [
        "The Red Cross is providing assistance to families in the camp.",
        "The air force will require even more assistance, officials believe.",
    ],
)
def test_help_given_by_an_aid_body_or_needed_is_no_stance(text: str) -> None:
    assert rule_subtypes(text) == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Germany will help pay for the Iraqi army's new barracks.", "Germany"),
        ("The Gulf states helped fund the rebel brigades in the north.", "The Gulf states"),
    ],
)
def test_paying_for_a_party_s_forces_is_a_stance(text: str, actor: str) -> None:
    assert positions(text) == [("stance", actor)]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The president is authorising air strikes against the militia.", "The president"),
        ("Parliament authorized military action against the militia on Friday.", "Parliament"),
    ],
)
def test_authorising_force_is_a_stance(text: str, actor: str) -> None:
    assert positions(text) == [("stance", actor)]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The Tuareg rebels have fought since 2012 for an independent north.", "The Tuareg rebels"),
        ("The Kurdish parties campaigned for self-rule in the region.", "The Kurdish parties"),
    ],
)
def test_a_fight_for_a_state_of_one_s_own_is_a_stance(text: str, actor: str) -> None:
    assert positions(text) == [("stance", actor)]


def test_an_independent_inquiry_is_no_state_of_one_s_own() -> None:
    assert rule_subtypes("The families asked for an independent inquiry into the fire.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The opposition leader continues to deny that he was ever in the militia.",
        "The minister went on to deny having ordered the raid.",
        "Western interests are threatened across the whole region.",
        "The villagers feel threatened by the new checkpoint rules.",
    ],
)
def test_a_fact_denied_or_a_threat_suffered_is_no_stance(text: str) -> None:
    assert rule_subtypes(text) == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The alliance will deny Kiev membership for years.", "The alliance"),
        ("The rebels threatened to storm the ministry.", "The rebels"),
        ("The militia is threatening the border towns.", "The militia"),
    ],
)
def test_withholding_or_threatening_stays_a_stance(text: str, actor: str) -> None:
    assert positions(text) == [("stance", actor)]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The new governor was backed by President Ruto last week.", "President Ruto"),
        ("The motion was tabled by Norway and Sweden.", "Norway and Sweden"),
        ("The ceasefire plan is strongly opposed by the Kremlin.", "Kremlin"),
    ],
)
def test_a_stance_told_in_the_passive_is_its_agent_s(text: str, actor: str) -> None:
    assert positions(text) == [("stance", actor)]


@pytest.mark.parametrize(
    "text",
    [
        "The ground assault was backed by heavy air strikes.",
        "The figures were supported by satellite images.",
    ],
)
def test_a_passive_with_no_party_after_by_is_no_stance(text: str) -> None:
    assert rule_subtypes(text) == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The president strongly defends the new constitution.", "The president"),
        ("'Cutting off the aid is not the answer,' the minister said.", "the minister"),
    ],
)
def test_a_policy_defended_or_a_course_rejected_is_a_stance(text: str, actor: str) -> None:
    assert positions(text) == [("stance", actor)]


def test_the_author_s_own_no_answer_is_no_stance() -> None:
    assert rule_subtypes("Military force is not the answer to this crisis.") == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Turkey is preventing Kobani from receiving fresh fighters.", "Turkey"),
        ("The regime blocked the UN from delivering food to the town.", "The regime"),
    ],
)
def test_keeping_a_named_party_from_acting_is_a_stance(text: str, actor: str) -> None:
    assert positions(text) == [("stance", actor)]


@pytest.mark.parametrize(
    "text",
    [
        "Guards prevented reporters from reaching the hospital.",
        "The storm prevented it from landing on time.",
    ],
)
def test_keeping_people_or_things_from_acting_is_no_stance(text: str) -> None:
    assert rule_subtypes(text) == []


def test_a_declared_reprisal_is_a_stance() -> None:
    text = "The army said it was retaliating against the militias that shelled the port."
    assert positions(text) == [("stance", "The army")]
