"""General military wordings of guideline §3(a), written for the task, not taken from a set.

Military positions in the many ways news writes them (deployment, movement, control of
territory, control modifiers, named positions of a named force), with near misses the
guideline excludes: the mere place of an incident, positions without an owner, and the
non-military senses of the same verbs ("took office", "deployed a software update").
A position here is any military (or both) position the detector reports, the learned
model's included: that is what the scorer counts.  Wordings still missed, and near misses
still taken for positions, are marked `xfail(strict=True)` with the reason.
"""

import pytest

from annotator.detection import detect
from annotator.domain import KIND_POSITION

_MILITARY_SUBTYPES = frozenset(("military", "both"))
#: Why a near miss now fails: the model learns words, not what the sentence is about.
_RETRAINED_MODEL = "the position model retrained in the forty-ninth round scores it a position"


def finds_military_position(text: str) -> bool:
    """Whether the detector reports a military (or both) position in `text`."""
    return any(
        claim.kind == KIND_POSITION and claim.subtype in _MILITARY_SUBTYPES
        for claim in detect(text)
    )


#: Wordings found before this file was written (kept so that rule changes keep them).
_FOUND = (
    # "reinforcements" a force noun since the thirty-seventh round
    "Reinforcements poured into the region.",
    "The army has deployed two brigades to the northern border.",
    "Thousands of troops have been deployed along the frontier with Pakistan.",
    "Russia is deploying additional forces to Crimea.",
    "NATO deployed fighter jets to the Baltic states last week.",
    "Some 3,000 Marines are stationed on the island of Okinawa.",
    "British soldiers were stationed in Basra until 2009.",
    "The US keeps about 900 troops in northeastern Syria.",
    "Turkey has massed tanks and artillery on its border with Syria.",
    "Russia amassed more than 100,000 troops near the Ukrainian border.",
    "The militia is amassing fighters outside the city of Sirte.",
    "The government sent reinforcements to the besieged town of Kobani.",
    "Ethiopian troops reinforced their positions around Baidoa.",
    "The army reinforced its garrison in the town of Kidal.",
    "Wagner mercenaries are operating in the Central African Republic.",
    "Wagner fighters have been deployed to Mali to support the junta.",
    "Hezbollah fighters are stationed along the Lebanese border with Israel.",
    "Iranian Revolutionary Guards are based at the T4 airbase in Homs province.",
    "Several hundred French soldiers remain in Niger.",
    "The Pentagon is sending 3,000 more troops to the Middle East.",
    "Chinese warships have been patrolling the Taiwan Strait.",
    "Indian soldiers patrol the Line of Control in Kashmir.",
    "Peacekeepers are deployed in the buffer zone between the two armies.",
    "Al-Shabaab fighters have set up camps in the Lower Juba region.",
    "The army established a foothold on the east bank of the river.",
    "Government forces have dug in on the outskirts of the capital.",
    "Ukrainian troops are entrenched around the city of Bakhmut.",
    "The soldiers garrisoned the fort at Timbuktu.",
    "Syrian troops took up positions around the town of Tal Rifaat.",
    "Kurdish fighters manned checkpoints on the road to Kirkuk.",
    "Belarus hosts thousands of Russian troops on its territory.",
    "Houthi fighters are positioned on the hills overlooking Marib.",
    "Israeli troops advanced into the southern Gaza Strip on Tuesday.",
    "Rebel forces are advancing on the capital from the north.",
    "The army pushed into the eastern districts of the city.",
    "Government troops pushed deeper into rebel territory.",
    "Russian forces withdrew from the Kyiv region in April.",
    "The militants pulled out of the town overnight.",
    "French troops will pull out of Mali by the end of the year.",
    "The last American soldiers left Afghanistan in August.",
    "Eritrean troops have begun withdrawing from Tigray.",
    "The Taliban fighters retreated into the mountains.",
    "Rebels crossed into Congo from Rwanda.",
    "Turkish troops crossed the border into northern Iraq.",
    "Russian tanks rolled into Georgia in August 2008.",
    "Tanks rolled into the main square of the capital.",
    "The rebels marched on the capital Bangui.",
    "Soldiers entered the town of Sinjar on Friday.",
    "Armed men from the militia stormed into the village.",
    "The Houthis swept into the southern city of Aden.",
    "Government forces moved into the town after the rebels left.",
    "The jihadists are closing in on the provincial capital.",
    "Ukrainian forces launched a counteroffensive in the south.",
    "The army launched an offensive to retake the city of Mosul.",
    "Troops encircled the rebel stronghold in the north.",
    "Government forces have encircled the city of Aleppo.",
    "The army surrounded the town and cut off supply routes.",
    "The city has been besieged by government forces for months.",
    "Russian forces have besieged the port city of Mariupol.",
    "The rebels broke the siege of the town.",
    "The army is marching towards the border.",
    "Houthi forces are pressing towards Marib city.",
    "The insurgents overran an army base in Helmand province.",
    "The militants overran the town of Palmyra.",
    "The navy redeployed two destroyers to the Red Sea.",
    "The Wagner group marched towards Moscow.",
    "The Taliban captured the provincial capital of Kunduz.",
    "Islamic State fighters seized the city of Mosul in 2014.",
    "Iraqi forces retook the city of Ramadi.",
    "Government troops recaptured the town of Palmyra from the jihadists.",
    "The army regained control of the key highway.",
    "Rebels have taken control of the airport.",
    "The Houthis control much of northern Yemen.",
    "Al-Shabaab still controls large parts of rural Somalia.",
    "The town fell to the rebels on Sunday.",
    "The city was captured by government troops after a week of fighting.",
    "The militants now hold three districts of the city.",
    "Russian forces occupy about a fifth of Ukraine.",
    "Israel has occupied the West Bank since 1967.",
    "The occupied territories remain under military rule.",
    "The region is under the control of Kurdish forces.",
    "The rebels lost the town of Idlib to government forces.",
    "Ukrainian forces liberated the city of Kherson.",
    "M23 rebels took the eastern city of Goma.",
    "The army has cleared the town of militants.",
    "The jihadists were driven out of the town.",
    "Boko Haram has been pushed out of its forest stronghold.",
    "The rebels have overrun much of the east of the country.",
    "Forces loyal to the general control the oil fields.",
    "Separatists have held the region since 2014.",
    "The militia has established control over the coastal road.",
    "Airstrikes hit the rebel-held town of Douma.",
    "Aid reached the government-controlled part of the city.",
    "Shelling struck the Russian-occupied city of Donetsk.",
    "Five civilians died in the Houthi-controlled capital Sanaa.",
    "The Israeli-occupied Golan Heights were quiet.",
    "Food is scarce in the areas held by the militants.",
    "The ISIS-held village was bombed overnight.",
    "Residents fled the opposition-controlled suburbs.",
    "The separatist-held east has been cut off from banks.",
    "Journalists cannot enter territory controlled by the Taliban.",
    "Israeli jets struck Hezbollah positions in southern Lebanon.",
    "The army shelled rebel positions near the town of Idlib.",
    "Ukrainian drones hit Russian positions on the left bank of the Dnipro.",
    "The coalition targeted Houthi positions around Hodeidah.",
    "The frontline runs along the river west of the city.",
    "Fighting raged along the front line near Avdiivka.",
    "Heavy clashes broke out on the frontline in Marib province.",
    "The National Guard deployed 2,000 personnel to the city's subway stations.",
    "Having crossed the river, the troops advanced on the village of Kamyanka.",
    "Pro-government fighters have been holding the road since March.",
    "Armed Houthi fighters have taken over government buildings in Sanaa.",
    "Soldiers have been deployed to guard polling stations across the country.",
    "The army has sent tanks to the outskirts of the city.",
    "The Syrian army and its allies are now in control of the whole of Aleppo.",
    "The area has been under rebel control since 2012.",
    "The jihadists are in full control of the town.",
    "Rebels remain in control of the east of the country.",
    "The town changed hands several times during the war.",
    "Government troops are stationed at the entrance to the town.",
    "Soldiers were guarding the presidential palace.",
    "The troops are dug in along a line of hills east of the town.",
    "The Russian army took the town after months of fighting.",
    "The rebels took the town of Ras Lanuf.",
    "The rebels withdrew their fighters from the frontline.",
    "Iranian-backed militias are entrenched in southern Syria.",
    "Russian troops are massing on the border with Ukraine.",
    "The regime's forces are preparing an assault on the city.",
    "The army is preparing to storm the rebel-held enclave.",
    "A convoy of troops arrived in the city on Tuesday.",
    "More than 2,000 troops arrived in the capital.",
    "Two aircraft carriers were sent to the eastern Mediterranean.",
    "The government's troops hold the airport and the port.",
    "The capital remains in government hands.",
    "Hezbollah controls the border area.",
    "Hamas controls the Gaza Strip.",
    "The Houthis hold the capital Sanaa.",
    "M23 rebels control much of North Kivu province.",
    "Wagner fighters captured the salt-mining town of Soledar.",
    "The Taliban overran the district headquarters.",
    "Soldiers swept through the neighbourhood searching for gunmen.",
    "The army conducted a sweep of the forest near the border.",
    "Troops mounted patrols in the town after the riots.",
    "The army has cut off the rebels' supply lines to the town.",
    "The city is surrounded on three sides by government forces.",
    "The town is encircled by Russian troops.",
    "The army has laid siege to the town.",
    "The rebels' last stronghold in the north fell on Friday.",
    "The fall of the city was a blow to the government.",
    "The city fell to the Taliban in August.",
    "The army lost control of the border crossing.",
    "The militants lost ground in the east of the province.",
    "Ukrainian forces recaptured several villages near Kharkiv.",
    "Soldiers have occupied the state television building.",
    "The rebels occupied the town hall.",
    "Russian troops are occupying the nuclear power plant.",
    "Troops are now in position around the city.",
    "The troops advanced to within five kilometres of the city.",
    "Rebel fighters were seen on the outskirts of Tripoli.",
    "Fighting continued as troops pushed into the city centre.",
    "Kurdish forces now hold the town of Kobani.",
    "The rebels have pulled back from the frontline.",
    "Israeli troops have withdrawn from the northern part of the Gaza Strip.",
    "Russia maintains a naval base at Tartus.",
    "The US has troops stationed in Poland.",
    "Thousands of NATO troops are based in the Baltic states.",
    "Japanese troops occupied Manchuria in 1931.",
    "Government forces launched an assault on the rebel stronghold.",
    "Troops stormed the compound.",
    "Soldiers surrounded the parliament.",
    "The army deployed snipers on the rooftops of the city.",
    "The Houthis launched a major offensive on Marib.",
    "Al-Shabaab militants attacked and briefly seized a military base in Lower Shabelle.",
    "Iran said its forces had captured several Iraqi positions east of Basra.",
    "Tehran radio said Iranian troops had consolidated their positions around the town.",
    "Chadian forces have recaptured the northern oasis of Faya Largeau.",
    "Libyan troops still occupy the Aouzou strip in northern Chad.",
    "Chad said its troops had driven Libyan forces out of the Tibesti region.",
    "The Iraqi army has dug in along the Shatt al-Arab waterway.",
    "Iranian units crossed the marshes and reached the Basra-Baghdad highway.",
    "The agency said Iraqi forces were still holding the Fish Lake area.",
    "Diplomats said about 2,000 Libyan soldiers were garrisoned at Ouadi Doum.",
    "Government troops are in full control of the provincial capital, a military spokesman said.",
    "Iranian Revolutionary Guards have taken up new positions on the heights overlooking the town.",
    "Contra rebels have infiltrated from bases in Honduras.",
    "Soviet troops are stationed in Afghanistan to support the Kabul government.",
    "South African troops are operating inside southern Angola.",
    "Cuban troops are deployed in southern Angola.",
    "Philippine army troops were sent to the province to hunt the rebels.",
    "Tamil guerrillas control most of the Jaffna peninsula.",
    "Indian peacekeeping troops arrived in Jaffna on Thursday.",
    (
        "Syrian government forces backed by Russian air power have advanced to within a few"
        " kilometres of the ISIS-held city of Palmyra."
    ),
    "Regime forces and their allies have encircled the rebel-held eastern districts of Aleppo.",
    (
        "Opposition fighters regained control of several villages in the southern"
        " countryside of Aleppo."
    ),
    "The Syrian army and allied militias captured the town of Kinsabba in Latakia province.",
    "The Kurdish YPG militia took control of the Menagh air base near the Turkish border.",
    "Turkish troops and allied Syrian rebels entered the town of Jarablus.",
    "ISIS fighters are besieging government-held areas of Deir Ezzor.",
    "Hundreds of rebels have arrived in Idlib after being evacuated from Homs.",
    "The jihadists withdrew from the town after the Syrian army recaptured nearby hills.",
    "Iranian-backed militias are massing near the town of Tal Afar.",
    "Iraqi forces have pushed into the eastern part of Mosul.",
    "The Syrian army is now stationed on the outskirts of Raqqa.",
    "The Free Syrian Army holds positions north of Aleppo.",
    "Rebel fighters are entrenched in the old city of Homs.",
    "ISIS has lost control of the town of Manbij.",
    "Fighters from the Nusra Front stormed the village of Zara.",
    "The Syrian army has sent reinforcements to Hama province.",
    "NATO troops have been patrolling the area since the attack.",
    "The Taliban have seized control of several districts in Helmand province.",
    "Afghan security forces retook the district centre after two days of fighting.",
    "Afghan commandos have been sent to the city to drive out the Taliban.",
    "Taliban fighters overran a police checkpoint in Ghazni province.",
    "Pakistani troops moved into the tribal area of North Waziristan.",
    "Security forces have surrounded the building where the gunmen are holed up.",
    "Soldiers have taken up positions around the parliament building.",
    "Nigerian troops have retaken the town of Baga from Boko Haram.",
    "Boko Haram fighters occupy large parts of Borno state.",
    "French troops have been deployed to northern Mali to fight the Islamists.",
    "Malian soldiers returned to the town of Kidal.",
    "The Somali army and African Union troops captured the port of Kismayo from al-Shabaab.",
    "Kenyan troops crossed into Somalia in October 2011.",
    "Russian forces have taken full control of the city of Lysychansk.",
    "Ukrainian troops have withdrawn from the eastern town of Avdiivka.",
    "Russia has stationed nuclear weapons in Belarus.",
    "Ukrainian forces crossed the Dnipro river and set up positions on the east bank.",
    "Russian troops are dug in along a 1,000-kilometre front line.",
    "Ukraine's army launched an incursion into Russia's Kursk region.",
    "Russian forces occupied the Zaporizhzhia nuclear power plant in March 2022.",
    "Belarusian troops held exercises near the Polish border.",
    "REBELS SEIZE KEY TOWN IN NORTHERN MALI",
    "Army retakes airport from rebels",
    "Troops pour into border region",
    "Russia moves troops closer to Ukraine",
    "Taliban capture second provincial capital",
    "Israeli tanks enter southern Lebanon",
    "Houthi rebels advance on Marib",
    "Syrian army encircles rebel-held Aleppo",
    "Government forces regain control of Tikrit",
    "Islamists withdraw from Timbuktu",
    "The town, which was held by the rebels for three years, was retaken on Monday.",
    "Soldiers who had been stationed in the town for months left on Friday.",
    "The militants, who control much of the province, attacked a police station.",
    "After seizing the airport, the rebels moved on the capital.",
    "Having lost the city, the jihadists retreated to the desert.",
    "Troops loyal to the president surrounded the presidential palace.",
    "Fighters loyal to the warlord hold the southern part of the city.",
    "Forces loyal to Haftar launched an offensive on Tripoli in April 2019.",
    "The army, backed by militias, pushed the insurgents out of the valley.",
    "A Ukrainian counteroffensive has pushed Russian troops out of Kharkiv region.",
    "Tens of thousands of soldiers are massed along the border.",
    "Up to 10,000 troops are deployed in the region.",
    "Some 500 Turkish troops are stationed in Qatar.",
    "The Taliban swept across the country in a matter of weeks.",
    "The army's advance into the city has been slowed by snipers.",
    "The withdrawal of US troops from Afghanistan was completed in August.",
    "The deployment of 2,000 more soldiers to the region was announced on Monday.",
    "Russian troops are still occupying parts of Georgia.",
    "Armed men in unmarked uniforms seized the regional parliament in Simferopol.",
    "Masked gunmen took over the airport in Simferopol.",
    "Pro-Russian separatists have seized government buildings in a dozen towns.",
    "Jihadists have taken over the town hall and raised their black flag.",
    "The army says it has regained full control of the country.",
    "Ethiopian federal forces have taken control of the Tigray capital Mekelle.",
    "The RSF has taken control of most of Darfur.",
    "The Rapid Support Forces seized the city of Wad Madani.",
    "Sudan's army recaptured the presidential palace in Khartoum.",
    "Haitian gangs control most of the capital Port-au-Prince.",
    "Gangs have taken over large parts of the capital.",
    "Cartel gunmen control the roads around the town.",
    "The FARC once controlled large parts of Colombia.",
    "ELN rebels have a strong presence in the border region.",
    "Al-Qaeda's affiliate is active in the Sahel.",
    "The rebels are dug in on the hills around the town.",
)


@pytest.mark.parametrize("text", _FOUND)
def test_a_general_military_wording_is_a_position(text: str) -> None:
    assert finds_military_position(text)


#: Near misses the guideline excludes (§3(a): "Not a position").
_NEAR_MISSES = (
    "A car bomb exploded in the centre of Baghdad.",
    "Airstrikes hit the town of Saraqeb on Monday.",
    "Shelling killed five civilians in the city of Aleppo.",
    "Clashes erupted in the northern district of the capital.",
    "A suicide bomber attacked a market in Kabul.",
    "Rockets fell on the town of Sderot overnight.",
    "A drone strike killed three people near the city of Mogadishu.",
    "Fighting broke out in the city on Sunday.",
    "The explosion destroyed a hospital in Gaza.",
    "Gunmen opened fire on worshippers at a mosque in the city.",
    "Two soldiers were killed by a roadside bomb in Helmand.",
    "An attack on a bus killed 12 people near Quetta.",
    "Mortar rounds landed near the presidential palace.",
    "The blast occurred near the US embassy.",
    "Russian jets struck the towns of Saraqeb and Binnish.",
    "A man walks past a destroyed building in the old city.",
    "Smoke rises over the city after an airstrike.",
    "The new president took office in January.",
    "Thousands took part in the march.",
    "The government wants control of prices.",
    "The soldier posted a video on social media.",
    "The troops run a school for local children.",
    "Microsoft deployed a software update to millions of users.",
    "The team advanced to the final.",
    "Police held a press conference on Monday.",
    "The company withdrew its offer.",
    "The minister withdrew from the race.",
    "The bank pulled out of the deal.",
    "Investors are pulling out of emerging markets.",
    "The film captured the mood of the nation.",
    "He seized the opportunity to speak.",
    "The virus spread across the country.",
    "The storm advanced towards the coast.",
    "Prices advanced 2 percent in March.",
    "The firm has a strong position in the market.",
    "She holds a degree in engineering.",
    "The government controls the central bank.",
    "The minister's position on the issue is unclear.",
    "Shares in the company fell to a record low.",
    "The police arrested three men in the town.",
    "Police held the suspect for questioning.",
    "The court seized the assets of the businessman.",
    "Customs officers seized 2 tonnes of cocaine at the port.",
    "The general retired to his farm in the countryside.",
    "Refugees crossed into Turkey from Syria.",
    "Civilians fled the town as the fighting intensified.",
    "Thousands of migrants entered Europe last year.",
    "The protesters occupied the square for three days.",
    "The firefighters surrounded the burning house.",
    "The delegation arrived in Geneva for talks.",
    "The president visited troops in the region.",
    "The soldiers returned home to a hero's welcome.",
    "Reporters were stationed outside the courthouse.",
    "The company stationed engineers at the plant.",
    "The coach deployed a new defensive formation.",
    "The governor controls the state budget.",
    "The general took command of the army.",
    "He was posted to the embassy in Paris.",
    "The veteran served in Iraq in 2004.",
    "The army's chief of staff met the president in the capital.",
    "The ambassador left Moscow on Friday.",
    "The team entered the stadium to loud cheers.",
    "The rebels' leader gave an interview in the city.",
    "The militia's spokesman spoke to reporters in Beirut.",
    "The police officer posted photos of the town online.",
    "The ministry of defence is located in the capital.",
    "The museum holds a collection of Roman coins.",
    "The UN deployed a team of experts to investigate.",
    "The army recruited 5,000 new soldiers last year.",
    "The soldiers sang songs around the fire.",
    "The police headquarters issued a statement.",
    "The rebels released a video of the hostages.",
    "The troops' commander visited Washington last week.",
    "The general was appointed head of the army.",
    "The soldiers were awarded medals for bravery.",
    "The army posted a statement on its website.",
    "The rebels issued a statement from their headquarters.",
    "The militants claimed responsibility for the attack.",
    "The bomb went off near a checkpoint.",
    "A shell landed near the school.",
    "Sirens sounded across Tel Aviv as rockets were fired from Gaza.",
    "The fighting has displaced thousands of people.",
    "Government forces shelled the town of Douma.",
    "Warplanes bombed targets in the city of Raqqa.",
    "A suicide attack hit an army convoy near Mosul.",
    "Troops fired tear gas at protesters in the square.",
    "Soldiers opened fire on demonstrators in the capital.",
    "The rebels kidnapped three aid workers in the region.",
    "The police arrested the suspect at his home.",
    "The army's budget was cut by 10 percent.",
    "The army is recruiting women.",
    "The general took charge of the investigation.",
    "The company captured a larger share of the market.",
    "The film was shot in the occupied city of Jenin.",
    "He holds the record for the most goals.",
    "The party holds a majority in parliament.",
    "The soldiers' families gathered in the square.",
    "The president ordered an inquiry into the attack.",
    "The army chief warned of a long war.",
    "Troops are trained to handle such situations.",
    "The rebels are demanding the release of prisoners.",
    "The rebel leader was killed in an airstrike.",
    "Iran said an Iraqi missile hit a residential area of Tehran.",
    "Iraqi jets bombed an oil terminal on Kharg island.",
    "A bomb exploded in a market in the town, killing 12 people.",
    "The Observatory said fighting continued in the eastern districts of the city.",
    "Shells fell on the rebel side of the city overnight.",
    "The Taliban claimed responsibility for the bombing in Kabul.",
    "The army said it had killed 20 militants in the operation.",
    "Rebels shot down a government helicopter near the town.",
    "An airstrike hit a hospital in Idlib province.",
    "Three soldiers died when their vehicle hit a landmine near Kandahar.",
    "Gunmen attacked a checkpoint and killed two policemen.",
    "The ministry said 15 civilians were killed in the shelling of Donetsk.",
    "Iraq said it shot down two Iranian warplanes over Basra.",
    "The UN envoy arrived in Damascus for talks with the government.",
    "Refugees from the fighting arrived in Jordan.",
    "ARMY CHIEF RESIGNS AFTER SCANDAL",
    "Troops to get pay rise",
    "Russia moves to ban foreign media",
    "Taliban hold talks with US envoy",
    "Israeli tanks seen in video",
    "Houthi rebels release prisoners",
    "The gang leader was arrested in the capital.",
    "Gangs were blamed for the murder of a judge.",
    "The cartel's boss was extradited to the United States.",
    "The FARC signed a peace deal in 2016.",
    "The RSF was accused of war crimes.",
    "The deployment of the new software was delayed.",
    "The government's advance on prices was welcomed.",
    "The front page carried a photo of the president.",
)


@pytest.mark.parametrize("text", _NEAR_MISSES)
def test_a_near_miss_is_no_military_position(text: str) -> None:
    assert not finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "A battalion of paratroopers was flown to Kabul airport.",
        "Federal troops were airlifted to the region.",
        "Extra troops were ferried to the island of Crete.",
        "Government forces fell back to Ajdabiya after the assault.",
        "The army fell back to defensive lines south of the river.",
        "Rebels were falling back towards the coast.",
        "Columns of tanks were moving into the northern suburbs.",
        "Egyptian tanks were seen moving into the Sinai peninsula.",
    ],
)
def test_a_force_carried_falling_back_or_moving_into_a_place_moves(text: str) -> None:
    assert finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "Two wounded soldiers were flown to a hospital in Germany.",
        "The injured troops were airlifted to safety.",
        "The injured marines were flown to hospital in Landstuhl.",
        "The company's shares fell back to their opening level.",
        "Supplies were airlifted to the stranded villagers.",
    ],
)
def test_the_wounded_carried_to_care_or_prices_falling_back_move_no_force(text: str) -> None:
    assert not finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Islamists seized the northern half of the country in 2012.",
        "The rebels hold much of the north.",
        "The Taliban now controls most of the country.",
        "The army has seized back the north of the country.",
        "Much of the country was captured by the jihadists.",
        "The rebels took over most of the country.",
        "Separatists have occupied the south-east since 2014.",
    ],
)
def test_a_quarter_or_share_of_the_country_is_ground_held_or_taken(text: str) -> None:
    assert finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "The company controls most of the country's banks.",
        "The government controls the country.",
        "The party won the north in the election.",
        "Talks were held in the north.",
        "The storm hit the north.",
    ],
)
def test_the_countrys_assets_votes_or_weather_are_no_ground_held(text: str) -> None:
    assert not finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah governs southern Lebanon.",
        "Hamas has ruled the Gaza Strip since 2007.",
        "Hamas has run Gaza since 2007.",
        "The Houthis have ruled northern Yemen since 2014.",
        "Al-Shabaab governs much of southern Somalia.",
        "Al-Shabaab was driven out of Mogadishu in 2011.",
        "M23 took Goma in January.",
        "Wagner has run parts of Mali since 2022.",
    ],
)
def test_a_named_armed_group_ruling_taking_or_leaving_a_place_is_military(text: str) -> None:
    assert finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah has run candidates in Beirut.",
        "Al-Qaeda took responsibility for the attack.",
        "Wagner's operas were performed in Vienna.",
        "HTS governs through a civilian front.",
    ],
)
def test_a_named_group_running_candidates_or_taking_responsibility_holds_no_ground(
    text: str,
) -> None:
    assert not finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "US aircraft bombed al-Shabaab bases in southern Somalia.",
        "Airstrikes hit militant bases near Kandahar.",
        "Turkish jets pounded PKK bases in the Qandil mountains.",
        "Airstrikes targeted the Islamic State base in Raqqa.",
    ],
)
def test_a_named_groups_bases_struck_are_its_positions(text: str) -> None:
    assert finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "The strikes hit Hezbollah's base of support.",
        "Drones hit the rebel bases overnight.",
    ],
)
def test_a_base_of_support_or_bases_without_a_place_are_no_named_position(text: str) -> None:
    assert not finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "The village is now in the hands of the militia.",
        "The airport is in the hands of separatist fighters.",
        "The base remained in insurgent hands.",
    ],
)
def test_ground_in_the_hands_of_any_armed_party_is_held(text: str) -> None:
    assert finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "The decision is in the hands of the troops' commanders.",
        "The matter is in the hands of the fighters' families.",
    ],
)
def test_a_matter_in_the_hands_of_a_forces_people_is_no_ground_held(text: str) -> None:
    assert not finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Israeli army has imposed a blockade on Gaza.",
        "Russian warships are blockading Ukraine's Black Sea ports.",
        "Government forces continue to blockade the town.",
    ],
)
def test_a_force_blockading_a_place_is_military(text: str) -> None:
    assert finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "Protesters were blockading the road to the refinery.",
        "The government lifted the blockade on Saturday.",
    ],
)
def test_a_blockade_by_protesters_or_lifted_places_no_force(text: str) -> None:
    assert not finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "The militants were pushed back from the outskirts of the city.",
        "The rebels were beaten back to the border.",
        "Government troops were driven back towards the coast.",
        "Russian forces were forced back across the river.",
        "The rebels were pushed back to the edge of town.",
    ],
)
def test_a_force_driven_back_from_or_to_a_place_moves(text: str) -> None:
    assert finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "The soldiers' pay rise was pushed back to next year.",
        "The army pushed back against the criticism.",
    ],
)
def test_a_date_or_criticism_pushed_back_moves_no_force(text: str) -> None:
    assert not finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "Iraq said its troops repulsed an Iranian attack on the southern front.",
        "Iraq said it had repulsed an Iranian thrust near the border town of Mehran.",
        "Iranian forces repulsed the attack.",
    ],
)
def test_an_attack_repulsed_is_repelled(text: str) -> None:
    assert finds_military_position(text)


def test_one_repulsed_by_an_attack_repels_nothing() -> None:
    assert not finds_military_position("She was repulsed by the attack on the town.")


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi warplanes attacked Iranian troop concentrations near the front.",
        "Artillery pounded concentrations of troops east of the river.",
    ],
)
def test_troop_concentrations_struck_are_positions(text: str) -> None:
    assert finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    ["Students lacked concentration in class.", "The concentration of wealth is a problem."],
)
def test_other_concentrations_are_no_positions(text: str) -> None:
    assert not finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "The rebels are holding out in the hills around the town.",
        "Rebel units still hold out in the eastern suburbs.",
    ],
)
def test_a_force_holding_out_in_a_place_is_military(text: str) -> None:
    assert finds_military_position(text)


def test_shoppers_holding_out_in_hope_are_no_force() -> None:
    assert not finds_military_position("Shoppers are holding out in hope of lower prices.")


@pytest.mark.parametrize(
    "text",
    [
        "Russian military police have been deployed in the city of Manbij.",
        "About 300 military policemen were sent to Aleppo.",
    ],
)
def test_military_police_are_a_force(text: str) -> None:
    assert finds_military_position(text)


def test_military_police_making_an_arrest_are_no_position() -> None:
    assert not finds_military_position("The military police arrested two deserters.")


@pytest.mark.parametrize(
    "text",
    [
        "Mutinous soldiers took over the barracks.",
        "A garrison of 500 men holds the fortress.",
        "The army reclaimed the border crossing.",
        "Government troops seized the airstrip outside the town.",
        "Iranian forces control the strait.",
    ],
)
def test_military_sites_and_heights_are_ground_held_or_reclaimed(text: str) -> None:
    assert finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    ["The government reclaimed land from the sea.", "She reclaimed the title in 2019."],
)
def test_land_or_a_title_reclaimed_is_no_ground_taken(text: str) -> None:
    assert not finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mosul was liberated by Iraqi forces in July 2017.",
        "Palmyra was recaptured by the Syrian army in March.",
        "Crimea has been occupied by Russian forces since 2014.",
        "Aleppo was retaken by government forces.",
    ],
)
def test_an_opening_place_taken_back_by_a_force_is_ground_taken(text: str) -> None:
    assert finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    ["Smith was taken to hospital by soldiers.", "The Louvre was occupied by students."],
)
def test_a_person_taken_or_a_museum_occupied_by_students_is_no_ground_taken(text: str) -> None:
    assert not finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "The rebels have set up a base in the mountains near Kidal.",
        "The regiment is headquartered in Kharkiv.",
        "US forces have a base in Djibouti.",
    ],
)
def test_a_forces_base_or_headquarters_at_a_place_is_presence(text: str) -> None:
    assert finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "The company has a base in London.",
        "The army's supplier, which has a base in London, was sold.",
    ],
)
def test_a_firms_base_is_no_forces_presence(text: str) -> None:
    assert not finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Chinese navy has a base in Djibouti.",
        "The navy is blockading the port of Hodeidah.",
    ],
)
def test_the_navy_is_a_force(text: str) -> None:
    assert finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    ["The navy spokesman spoke in Washington.", "A navy blue dress was sold in Paris."],
)
def test_a_navy_spokesman_or_colour_places_no_force(text: str) -> None:
    assert not finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kurdish fighters are defending the town against an ISIS assault.",
        "The town is defended by a few hundred militiamen.",
        "Soldiers defended the airport for 242 days.",
    ],
)
def test_a_force_defending_a_place_holds_it(text: str) -> None:
    assert finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "The army chief's plan was defended by the minister.",
        "The lawyer defended the soldiers in court.",
    ],
)
def test_a_plan_or_soldiers_defended_in_words_are_no_ground_held(text: str) -> None:
    assert not finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "ISIS remains active in the desert of eastern Syria.",
        "Boko Haram is active in northeastern Nigeria.",
    ],
)
def test_a_named_group_active_in_a_place_is_present(text: str) -> None:
    assert finds_military_position(text)


def test_a_named_group_active_on_social_media_is_nowhere() -> None:
    assert not finds_military_position("Hamas is active on social media.")


@pytest.mark.parametrize(
    "text",
    [
        "A column of armoured vehicles was heading north towards Damascus.",
        "Rebels pushed south from Idlib.",
        "Troops were pushing east along the highway.",
    ],
)
def test_a_force_heading_or_pushing_towards_a_compass_point_moves(text: str) -> None:
    assert finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "Prices headed north after the announcement.",
        "The soldiers' families headed south for the holidays.",
    ],
)
def test_prices_or_families_heading_somewhere_move_no_force(text: str) -> None:
    assert not finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "The soldiers moved in to secure the area.",
        "The army is moving in on the last ISIS pocket.",
    ],
)
def test_a_force_moving_in_on_or_to_secure_a_place_moves(text: str) -> None:
    assert finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    ["The soldier's family moved in with his parents.", "Investors moved in on the company."],
)
def test_a_family_or_investors_moving_in_move_no_force(text: str) -> None:
    assert not finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "Peacekeepers have been in Kosovo since 1999.",
        "National guardsmen were on duty at the Capitol.",
        "The first contingent of peacekeepers landed in Bangui.",
    ],
)
def test_peacekeepers_or_guardsmen_at_a_named_place_are_military(text: str) -> None:
    assert finds_military_position(text)


#: Wordings still missed (guideline §3(a) positions the rules and the model do not find).
_MISSED = (
    "The Houthis have moved fighters and heavy weapons towards the port of Hodeidah.",
    "The junta posted soldiers at every crossroads in the capital.",
    "US special forces are embedded with Kurdish units in northern Iraq.",
    "Fighters from al-Shabaab infiltrated the coastal town.",
    "Israeli forces raided the Jenin refugee camp.",
    "The brigade was transferred to the eastern front.",
    "The rebels are within ten kilometres of the capital.",
    "The army seized back the country's main oil terminal.",
    "The troops occupied the plant.",
    "The Kurds administer a large swathe of northeastern Syria.",
    "Riot police were deployed around the parliament building.",
    "Police cordoned off the area around the embassy.",
    "Police sealed off the town after the attack.",
    "Security forces have retaken control of the prison.",
    "The insurgents still hold sway in much of the countryside.",
    "The army has pushed the rebels back to the border.",
    "The Marines landed on the beaches of the island.",
    "The army cleared the last pockets of resistance in the city.",
    "The rebels have cut the main road between the two cities.",
    "The army took over the state broadcaster.",
    "The army controls the roads into the city.",
    "Allied forces landed in Normandy in June 1944.",
    "The rebel advance has stalled outside the capital.",
    "The guerrillas operate from camps in the jungle along the border.",
    "The front has barely moved in months.",
)


@pytest.mark.xfail(strict=True, reason="a wording no rule covers yet")
@pytest.mark.parametrize("text", _MISSED)
def test_a_military_wording_still_missed(text: str) -> None:
    assert finds_military_position(text)


#: Near misses still taken for military positions: civil takers, buyers and voters of
#: control verbs, civilians occupying, besieging or laying a blockade on ground (a
#: blockade on ground is a siege whoever lays it), forces where they were born or trained.
_TAKEN_FOR_POSITIONS = (
    "The company took over two power plants.",
    "The party captured 40 percent of the vote.",
    "The opposition won control of parliament.",
    "Democrats retook the House in the midterm elections.",
    "The army band marched through the town.",
    "Students occupied the university building.",
    "Fans besieged the stadium for tickets.",
    "Farmers imposed a blockade on the motorway.",
    "The charity deployed volunteers to the flood zone.",
    "The campaign launched an offensive of television adverts.",
    "The soldier was born in the town of Kherson.",
    "The ceasefire held in the north of the country.",
    "The troops were trained in the United States.",
    "The army's advance team arrived in Geneva for the talks.",
    "Hamas is active in Palestinian politics.",
)


@pytest.mark.xfail(strict=True, reason="a near miss a rule or the model takes for a position")
@pytest.mark.parametrize("text", _TAKEN_FOR_POSITIONS)
def test_a_near_miss_still_taken_for_a_position(text: str) -> None:
    assert not finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "The company holds a 30 percent stake in the venture.",
        "The military held elections in the country.",
        "He served in the navy in Vietnam.",
        "Peacekeepers were honoured at a ceremony in New York.",
    ],
)
def test_a_stake_a_career_or_a_ceremony_places_no_force(text: str) -> None:
    # a stake is no ground (the control phrase's object), a career served is told
    # (`positions._SERVICE_TOLD`), a ceremony is no place forces are at, and elections
    # held hold no ground (the position model stopped taking them in the 34th round)
    assert not finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "Chinese warships were spotted off the coast of Taiwan.",
        "Russian warships anchored off Tartus.",
        "A US aircraft carrier is positioned off the Korean peninsula.",
        "Russian submarines have been sighted off the Irish coast.",
        "NATO warships are positioned off the Libyan coast.",
        "Russian naval vessels were anchored off Cyprus.",
    ],
)
def test_a_force_at_sea_off_a_coast_or_a_port_is_military(text: str) -> None:
    assert finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "Wagner mercenaries have been sighted in the north of the Central African Republic.",
        "Armoured vehicles were sighted across the border in Belgorod.",
        "Rebels were spotted in Kisangani.",
        "Soldiers have been spotted throughout Bamako.",
        "Chinese naval ships were sighted off Japan's southern islands.",
    ],
)
def test_a_force_spotted_or_sighted_at_a_place_is_military(text: str) -> None:
    assert finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ferry sank off the coast of Libya.",
        "Whales were spotted off the coast of Cornwall.",
        "The fishing boats were spotted off the coast of Somalia.",
        "The soldiers were seen off at the airport by their families.",
        "The troops were spotted by a drone before the attack.",
        "The navy rescued migrants off the coast of Lampedusa.",
    ],
)
def test_no_force_off_a_coast_or_a_force_spotted_at_no_place_is_no_position(text: str) -> None:
    assert not finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tanks were seen moving towards the capital.",
        "Russian troops were spotted heading into the city of Sumy.",
        "Troops were seen going into Simferopol.",
        "Marines have been spotted moving toward the port of Aden.",
        "Soldiers were sighted driving towards the presidential palace.",
        "Warships were spotted sailing toward the Strait of Hormuz.",
        "Infantrymen were spotted pushing into the eastern districts.",
    ],
)
def test_a_force_sighted_on_the_move_toward_a_place_is_military(text: str) -> None:
    assert finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tanks were seen in a video on Telegram.",
        "The troops were seen moving towards a political settlement.",
        "Tourists were seen moving towards the beach in Nice.",
    ],
)
def test_a_sighting_of_no_force_or_toward_no_place_is_no_position(text: str) -> None:
    assert not finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "Russia's advance on Kharkiv has slowed.",
        "The Russian advance on Kyiv failed.",
        "Ukraine's advances on Bakhmut came at a heavy cost.",
        "The Israeli advance on Rafah was delayed.",
        "Wagner's advance on Moscow ended near Rostov.",
    ],
)
def test_a_named_party_s_advance_on_a_named_place_is_military(text: str) -> None:
    assert finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Nikkei's advance on Monday was the biggest this year.",
        "Stocks advance on Wall Street after the jobs report.",
        "The company's advance on royalties was paid in March.",
        "The author's advance on the book was large.",
        "The team's advance on Sunday set up a final against Spain.",
    ],
)
def test_an_advance_of_money_markets_or_on_a_day_is_no_position(text: str) -> None:
    assert not finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "The town of Kobani was cut off by Islamic State fighters.",
        "Government forces have cut off the last supply route into eastern Aleppo.",
        "Russian troops cut off the road to Lysychansk.",
        "The rebels have cut off the city from the south.",
        "The enclave was cut off by government troops.",
        "Jihadists are cutting off the roads into Djibo.",
    ],
)
def test_ground_or_its_roads_cut_off_by_a_force_is_military(text: str) -> None:
    assert finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "Floods cut off the road to the village.",
        "The army cut off the internet in Tigray.",
        "The village was cut off by heavy snow.",
        "Police cut off the power to the building.",
        "The landslide cut off the town for a week.",
    ],
)
def test_ground_cut_off_by_no_force_or_no_ground_cut_off_is_no_position(text: str) -> None:
    assert not finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "Israeli tanks reach Rafah",
        "Ukrainian forces have reached the Dnipro river.",
        "The rebels reached Damascus on Sunday.",
        "Government troops finally reached Kidal.",
        "Taliban fighters reached Kabul within hours.",
        "Jihadists have reached the Niger border.",
    ],
)
def test_a_force_reaching_a_named_place_is_military(text: str) -> None:
    assert finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "Aid convoys reached Aleppo on Monday.",
        "The soldiers reached an agreement with the protesters.",
        "The troops reached Monday's deadline.",
        "Rebels reached the UN envoy by phone.",
        "Soldiers reached the final of the Invictus Games.",
    ],
)
def test_a_goal_a_deal_or_a_body_reached_is_no_position(text: str) -> None:
    assert not finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian troops leave Avdiivka",
        "Last French soldiers leave Mali",
        "Wagner fighters leave Rostov after mutiny",
        "The last peacekeepers leave Monrovia as the mission ends.",
        "Russian soldiers leave the town of Bucha",
    ],
)
def test_a_force_leaving_a_named_place_in_the_present_is_military(text: str) -> None:
    assert finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Thousands of soldiers leave the Army every year.",
            marks=pytest.mark.xfail(strict=True, reason=_RETRAINED_MODEL),
        ),
        "Thousands of soldiers left the Army last year.",
        "Many troops left the Marines after the war.",
        "Soldiers on leave in London were attacked.",
        "Troops leave Monday for the front.",
    ],
)
def test_soldiers_leaving_a_service_or_on_leave_is_no_position(text: str) -> None:
    assert not finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "Chelsea's advance into the final surprised fans.",
        "Their advance into the semi-finals was a surprise.",
        "The team's push into the playoffs ended in defeat.",
        "Nadal's advance into the quarter-finals was routine.",
        "Morocco's advance into the knockout stage delighted fans.",
    ],
)
def test_a_team_s_advance_into_a_later_round_is_no_position(text: str) -> None:
    assert not finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "The army's advance into the city was slow.",
        "Russia's push into the Kharkiv region continued.",
    ],
)
def test_a_force_s_advance_into_ground_is_still_military(text: str) -> None:
    assert finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        '"Opposition fighters are making steady progress in Daraa province.',
        "“Our soldiers are holding firm in Bakhmut,” the commander said.",
        "‘Hundreds of militants are still active in the old city of Marawi.",
        "“Government soldiers are everywhere in the centre of Juba,” a resident said.",
        '"Several hundred militiamen have taken up residence near the airport in Bangui.',
    ],
)
def test_a_quotation_opening_with_a_force_at_a_place_is_military(text: str) -> None:
    assert finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "“Soldiers are dying every day,” he said.",
        '"Our troops are tired," he told reporters.',
    ],
)
def test_a_quotation_opening_with_a_force_at_no_place_is_no_position(text: str) -> None:
    assert not finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        '"Mosul was liberated by Iraqi forces in July 2017.',
        "“Palmyra was recaptured by the Syrian army,” the ministry said.",
        '"Kherson has been liberated by Ukrainian forces," Zelensky said.',
        "“Kobani was liberated by Kurdish forces in January,” the spokesman said.",
        '"Sinjar was recaptured by Peshmerga fighters.',
    ],
)
def test_a_quotation_opening_with_a_place_a_force_took_is_military(text: str) -> None:
    assert finds_military_position(text)


def test_a_quotation_opening_with_a_place_civilians_occupied_is_no_position() -> None:
    assert not finds_military_position('"The Louvre was occupied by students," he said.')


@pytest.mark.parametrize(
    "text",
    [
        "Russian bombers patrolled over the Baltic Sea.",
        "Chinese warplanes patrolled near Taiwan.",
        "US drones are patrolling over northern Syria.",
        "NATO jets patrolled above Poland.",
        "Israeli helicopters patrolled over Gaza City.",
    ],
)
def test_a_force_or_its_craft_patrolling_over_or_near_a_place_is_military(text: str) -> None:
    assert finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "Security guards patrolled near Harrods.",
        "Lifeguards patrolled along Bondi Beach.",
        "Park rangers patrolled across Yellowstone.",
        "The ship was patrolling off Monday morning.",
    ],
)
def test_guards_patrolling_near_a_place_are_no_position(text: str) -> None:
    assert not finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "Two Russian anti-submarine warships appeared off the Crimea coast.",
        "Chinese submarines surfaced off Taiwan.",
        "Iranian gunboats were lurking off the Omani coast.",
        "Russian warships have been cruising off Tartus.",
        "Two US destroyers suddenly turned up off the coast of Venezuela.",
    ],
)
def test_a_force_s_craft_showing_up_off_a_coast_is_military(text: str) -> None:
    assert finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ferries appeared off the coast of Dover.",
        "A whale surfaced off Cornwall.",
        "The warships appeared off Monday in the harbour.",
        "A submarine sandwich appeared off the menu at Subway.",
    ],
)
def test_no_force_s_craft_off_a_coast_is_no_position(text: str) -> None:
    assert not finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "Much of the Donetsk region is still under Kyiv's control.",
        "The islands have been under Russia’s control since the spring.",
        "Half of the province came under Moscow's control last week.",
        "The whole valley has been under the Houthis' control since 2015.",
        "The airport fell under the junta’s control on Sunday.",
    ],
)
def test_ground_under_a_possessive_owner_s_control_is_military(text: str) -> None:
    assert finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "The fire was under control by midnight.",
        "Inflation is finally under control.",
        "The patient's pain is under control.",
    ],
)
def test_things_under_control_of_no_one_are_no_position(text: str) -> None:
    assert not finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "At least eleven navies maintain warships in the area.",
        "The United States has kept at least one carrier strike group in the region.",
        "Iran maintains dozens of fast gunboats in the area.",
        "China has kept two submarines in the region since March.",
        "Several navies still keep destroyers in the area.",
    ],
)
def test_a_navy_keeping_its_warships_in_the_area_is_military(text: str) -> None:
    assert finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "The airline kept two aircraft at Heathrow.",
        "The company maintains vessels in the area.",
        "The museum keeps a submarine in its garden.",
        "The fishing fleet kept its trawlers in the area.",
    ],
)
def test_civil_craft_kept_in_an_area_are_no_position(text: str) -> None:
    assert not finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "Under heavy pressure from Beijing, the MNDAA handed Lashio back.",
        "The rebels handed the town back to the army.",
        "Armenia ceded seven districts around Karabakh.",
        "The militia handed back the airport to the government.",
        "Under the deal, Azerbaijan handed three villages back to Armenia.",
    ],
)
def test_ground_handed_back_or_ceded_is_military(text: str) -> None:
    assert finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "He handed Putin a letter.",
        "She handed the keys back to the landlord.",
        "The coach handed the captaincy back to Smith.",
        "The champion ceded the title to his rival.",
    ],
)
def test_things_handed_back_or_ceded_are_no_position(text: str) -> None:
    assert not finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "The RSF says it has taken Babanusa and is now moving on El Obeid.",
        "Rebels said they had taken Goma.",
        "The army said it had finally taken Kidal.",
        "Militants claimed they had taken Palma after a three-day assault.",
        "The junta insists it has taken back Ber from the separatists.",
    ],
)
def test_a_named_place_taken_by_a_pronoun_for_its_taker_is_military(text: str) -> None:
    assert finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "They took Smith to hospital.",
        "We took Paris by storm.",
        "It took Tokyo two years to recover.",
        "We took London for a weekend.",
        "They took Arsenal apart.",
    ],
)
def test_a_pronoun_taking_a_person_or_a_city_by_storm_is_no_position(text: str) -> None:
    assert not finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "In Myanmar’s hills, a rebel army learns to govern the towns it took",
        "The rebels now govern the towns they took last year.",
        "The militia still runs the villages it took in 2023.",
        "Residents fled the areas the army retook in March.",
        "The group is taxing the territory it took from the government.",
    ],
)
def test_ground_named_by_the_party_that_took_it_is_military(text: str) -> None:
    assert finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "The town it took an hour to reach was empty.",
        "The villages they took over were rebuilt by charities.",
        "The region took part in the festival.",
    ],
)
def test_ground_after_a_took_that_takes_no_ground_is_no_position(text: str) -> None:
    assert not finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "Its destroyers operate from Djibouti and from Bahrain.",
        "Russian warplanes operate from Hmeimim air base.",
        "British frigates operated from Bahrain throughout the war.",
        "US warships operate from Souda Bay in Crete.",
        "Chinese submarines operate from Hainan.",
    ],
)
def test_a_force_s_warships_or_warplanes_operating_from_a_place_are_military(text: str) -> None:
    assert finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "The airline's jets operate from Gatwick.",
        "The surgeons operated from 9am.",
        "Ferries operate from Dover every hour.",
    ],
)
def test_civil_craft_or_people_operating_from_a_place_are_no_position(text: str) -> None:
    assert not finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "The National Guard will remain in Millbrook through the weekend.",
        "The Revolutionary Guard will remain in Syria, Tehran said.",
        "The governor will keep the National Guard in Portland through November.",
        "After the floods, the National Guard stayed in Asheville until March.",
        "Ohio will keep the National Guard in Columbus for another week.",
    ],
)
def test_a_guard_named_as_a_force_kept_or_staying_in_a_place_is_military(text: str) -> None:
    assert finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "The security guard will remain in London.",
        "The old guard will remain in charge of the party.",
        "The guard dog will stay in the yard.",
    ],
)
def test_a_guard_that_is_no_force_staying_somewhere_is_no_position(text: str) -> None:
    assert not finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "The accused used his control of Bunia-Sud to settle scores.",
        "Russia's control of Crimea is not recognised.",
        "The militia tightened its grip as its control over Gao grew.",
        "Hamas's control of Gaza began in 2007.",
        "Their control of Kherson lasted eight months.",
    ],
)
def test_an_owner_s_control_of_a_named_place_is_military(text: str) -> None:
    assert finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "The party's control of the Senate ended in January.",
        "Her control of the ball was superb.",
        "The coach praised his control of the midfield.",
    ],
)
def test_an_owner_s_control_of_a_body_or_a_game_is_no_position(text: str) -> None:
    assert not finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "It was the first time that a regional military command had fallen to rebels.",
        "The northeastern command fell to the MNDAA in August.",
        "The garrison fell to the Taliban after a week.",
        "Two army checkpoints fell to the insurgents overnight.",
        "The eastern regional command had fallen to the Arakan Army.",
    ],
)
def test_a_force_s_post_or_command_fallen_to_a_party_is_military(text: str) -> None:
    assert finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "Responsibility for the operation fell to the army.",
        "Command of the team fell to the vice-captain.",
        "The task of rebuilding fell to the council.",
    ],
)
def test_a_duty_falling_to_someone_is_no_position(text: str) -> None:
    assert not finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "French and Danish troops also serve in the battlegroup.",
        "Polish soldiers serving in the multinational battle group.",
        "Some 300 Dutch troops serve in the battlegroup.",
        "Norwegian soldiers now serve in the forward battlegroup.",
        "Slovak troops are serving in the eastern battlegroups.",
    ],
)
def test_troops_serving_in_the_battlegroup_an_article_places_are_military(text: str) -> None:
    assert finds_military_position(text)


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers who served in Iraq returned home.",
        "The waiters serve in the restaurant.",
        "Volunteers serve in the soup kitchen every Sunday.",
    ],
)
def test_people_who_serve_or_served_elsewhere_are_no_position(text: str) -> None:
    assert not finds_military_position(text)
