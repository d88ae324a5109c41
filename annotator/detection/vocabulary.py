"""Term lists the detector's rules are built from, kept as data so users can extend them.

The rules in this package are structural (where a figure sits, what governs it, where a
sentence starts); the words they look for live here.  A project can add terms per list
(say "Wagner fighters" as a force noun) and store them as JSON in the project file, so a
new conflict's vocabulary needs no code change.  Terms are literal phrases matched
case-insensitively on word boundaries; inflected forms are listed explicitly because
a reviewer should be able to see exactly which word made a rule fire.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any

from annotator.domain import CasualtyType

Terms = tuple[str, ...]


def _t(text: str) -> Terms:
    """Split a `|`-separated literal into a tuple, so the defaults below stay readable."""
    return tuple(part.strip() for part in text.split("|") if part.strip())


_KILLED_TERMS = _t(
    "killed|kill|kills|killing|dead|died|die|dies|dying|death|deaths|executed|"
    "slain|slaughtered|massacred|perished|drowned|murdered|assassinated|martyred|"
    "massacring|slaughtering|murdering|executing|"
    "lost their lives|lost his life|lost her life|destroyed|eliminated|neutralised|"
    "neutralising|neutralizing|neutralized|neutralise|neutralize|neutralises|neutralizes|"
    "fatalities|fatally|shot dead|shot and killed|"
    "gunned down|gunning down|beheaded|"
    "took out|taking out|took down|taking down|lured to their death|lured to their deaths|"
    "fell to their deaths|plunged to their deaths|sent to their deaths|"
    "burned to death|stabbed to death|beaten to death|crushed to death|lynched|"
    "stoned to death|hacked to death|tortured to death|starved to death|burnt to death|"
    "burned alive|burnt alive|buried alive|"
    # the dead laid to rest: "24 Pakistani soldiers buried Sunday", "We have buried 19"
    "buried|"
    "shot to death|clubbed to death|bludgeoned to death|blew themselves up|"
    "blew himself up|blown themselves up|"
    # the same events named as nouns: "the killing of 5,812 civilians"
    "death of|deaths of|killing of|killings of|execution of|executions of|"
    "massacre of|murder of|murders of|slaughter of|fatal shooting of|"
    "fatal shootings of|bodies of|lives of|slaying of|slayings of|slaying|slayings|"
    "elimination of|beheading of|beheadings of|succumbed|butchered|butchering|"
    # killed by a verb of destroying ("liquidated 12 terrorists", "wiped out 30 fighters")
    # or by the way they died ("drowning 40 people", "ten migrants suffocated")
    "liquidated|liquidating|liquidation of|annihilated|annihilation of|exterminated|"
    "extermination of|wiped out|mowed down|mown down|"
    "martyrdom of|"
    "drowning|incinerated|electrocuted|suffocated|asphyxiated|gassed|gassing of|"
    # executed by a court and the killings counted as events ("12 people have been put
    # to death", "in 2007 there were 39 killings")
    "put to death|killings|murders|"
    # deaths by suicide ("381 military personnel suicides", "More than 2,100 members of
    # the armed forces have taken their own lives")
    "suicides|took their own lives|taken their own lives|take their own lives|"
    "taking their own lives|committed suicide|died by suicide|"
    # lives given in war, as tributes name them ("These eight young men made the
    # ultimate sacrifice", "Over 1,000 U.S. servicemen and women have sacrificed their
    # lives", "soldiers who fell in battle")
    "gave their lives|gave his life|gave her life|given their lives|sacrificed their lives|"
    "sacrificed his life|sacrificed her life|laid down their lives|laid down his life|"
    "made the ultimate sacrifice|made the supreme sacrifice|paid the ultimate price|"
    "paid with their lives|paid with his life|fell in battle|fell in combat|fell in action|"
    "fell in the line of duty|attained martyrdom|embraced martyrdom"
)

_WOUNDED_TERMS = _t(
    "wounded|wounding|wounds|wound|injured|injuring|injuries|injures|injure|hurt|stabbed|"
    "hospitalised|hospitalized|treated|maimed|mutilated|shot and wounded|shot and injured|"
    "detained in hospital|kept in hospital|admitted to hospital|"
    "receiving treatment|receiving hospital treatment|receiving medical treatment|"
    "lost their legs|lost a leg|lost both legs|lost limbs|losing limbs|lost their limbs|"
    "lost an arm|amputated|suffered symptoms|suffering symptoms|suffered burns|concussions|"
    # "six others sustained serious burns"
    "sustained burns|sustained serious burns|sustained severe burns|suffered serious burns|"
    "suffered severe burns|"
    "injury of|injuries of|wounding of|injuring of|"
    # checked for wounds: "more than 40 service members have been evaluated for injuries"
    "evaluated for injuries|evaluated for injury|assessed for injuries|examined for injuries|"
    "screened for injuries|evaluated for wounds|treated for wounds|"
    # a patient's state: "Two of them remained in critical condition"
    "in critical condition|in serious condition|in a critical condition|in a serious condition|"
    "remained in critical condition|remained in serious condition|remain in critical condition|"
    "remain in serious condition|"
    # still being treated: "At least 40 people remain in hospital"
    "remain in hospital|remained in hospital|remains in hospital|still in hospital|"
    # "21 people are currently in the hospital"
    "in hospital|in the hospital|"
    # taken away for treatment: "Eight of them were medically evacuated to Baghdad"
    "medically evacuated|medevaced|medevacked|medivaced|airlifted to hospital|"
    "flown to hospital|rushed to hospital"
)
#: A limb's gunshot wound ("one soldier was shot in the leg", "shot in their legs"); one
#: "shot in the head" or "in the chest" may have died of it.
_LIMB_WOUNDS = tuple(
    f"shot in {owner} {limb}"
    for owner in ("the", "his", "her", "their")
    for limb in ("leg", "legs", "arm", "arms", "hand", "hands", "foot", "feet", "shoulder")
)

_CAPTURED_TERMS = _t(
    "captured|taken prisoner|taken captive|prisoners|prisoner|hostages|held hostage|"
    "taken hostage|abducted|kidnapped|POWs|prisoners of war|abduction of|"
    "kidnapping of|capture of|kidnapping|abducting|kidnappings of|abductions of|"
    "rounding up|rounded up|seized|being held|been held|held captive|held prisoner|"
    "taken from|taken in the raid|taken in the raids|taken in raids|in captivity|snatched|"
    # a headline's present tense: "Boko Haram abducts 276 girls from Chibok school"
    "abducts|abduct|kidnaps|kidnap|"
    # taken as slaves: "enslaved some 6,000 women and children"
    "enslaved|enslaving|enslavement of|"
    # given up to the enemy: "Five AFU servicemen surrendered", a war bulletin's
    "surrendered"
)

_MISSING_TERMS = _t(
    "missing|unaccounted for|disappeared|"
    # "documented the enforced disappearance of at least 76 people"
    "disappearance of|disappearances of"
)

_ARREST_TERMS = _t(
    "arrested|arresting|detained|detaining|apprehended|taken into custody|in custody|"
    # a headline's present tense: "Army kill 35 bandits, arrest 39"
    "arrest|arrests|detain|detains|"
    # a headline's word for an arrest ("Troops nab three Boko Haram commanders")
    "nab|nabs|nabbed"
)

_DISPLACED_TERMS = _t(
    "displaced|displacing|displaces|displace|fled|flee|flees|fleeing|forced to flee|"
    "made homeless|homeless|refugees|uprooted|driven from their homes|displacement of|"
    "exodus of|to flee|uprooting|forcibly evicted|forcibly removed|evicted from their homes|"
    "from their homes|streamed out of|streaming out of|seeking shelter|"
    "seek shelter|sought shelter|seeking refuge|seek refuge|sought refuge|took refuge|"
    "evacuated|driven from|escaped from|escaped the|forced from their homes|"
    "forced out of their homes|forced to leave their homes|forced from home|"
    # uprooted people on the move or where they fled to: "35,000 had reached the border",
    # "40,000 Yazidis have been forced to the top of a mountain"
    "reached the border|streaming toward|streaming towards|streamed toward|streamed towards|"
    "forced to the top of|forced into hiding|left their homes|abandoned their homes|"
    # "have forced thousands of civilians into long-term displacement", "turned over five
    # million into refugees", "about 100 thousand Ukrainians had to leave their homes"
    "into displacement|into long-term displacement|into refugees|had to leave their homes|"
    "sheltering in|taken shelter|taking shelter|took shelter|driven out|forced out|"
    # driven out before the people ("The offensive drove out 50,000 residents") or out
    # of their homes after them ("forced more than 80,000 people out of their homes")
    "drove out|drive out|drives out|driving out|out of their homes|"
    # driven abroad, or helped away ("five million Ukrainians driven beyond their home
    # borders", "35 men and women … were helped to flee")
    "driven beyond|driven abroad|driven across|helped to flee|"
    # the people a fleeing person took along: "who fled with her five children"
    "fled with her|fled with his|fled with their|fleeing with her|fleeing with his|"
    "fleeing with their|escaped with her|escaped with his|escaped with their"
)

_TREATMENT_PLACES = _t("hospital|hospitals|treatment|medical treatment|medical care|clinic|clinics")

_CASUALTY_NOUNS = _t("casualties|losses")

_CAPTIVE_NOUNS = _t(
    "hostages|prisoners|detainees|captives|abductees|POWs|prisoners of war|"
    # the abductions counted as events, as killings are ("150+ deaths, 50 abductions")
    "abductions|kidnappings"
)

_LOSS_VERBS = _t("lost|losing|lose|loses|claimed|claiming|cost|costing")

_TOLL_WORDS = _t(
    "toll|death toll|number of dead|number of deaths|dead at|number of victims|"
    # "the number of martyrs of the aggression has reached 1,270"
    "number of martyrs"
)

_FORCE_NOUNS = _t(
    "troops|soldiers|servicemen|servicemembers|service members|servicepersons|marines|"
    "sailors|airmen|paratroopers|commandos|commandoes|special forces|special operations forces|"
    "guardsmen|Revolutionary Guards|guards|reservists|conscripts|recruits|"
    "military personnel|army personnel|regulars|infantrymen|forces|regime forces|"
    "government forces|peacekeepers|pilots|crack troops|trainers|military trainers|"
    "military advisers|military advisors|instructors|military instructors|military specialists|"
    "blue helmets|boots on the ground|service personnel|servicewomen|sappers|"
    "riflemen|artillerymen|military police|military policemen|military police officers|"
    "National Guard members|Guard members|service people|staff officers|army officers|"
    "military officers|military observers|legionnaires|Navy SEALs|Army Rangers|reinforcements|"
    "Green Berets|"
    # South Asian copy's word for a soldier ("one jawan suffered injuries")
    "jawans|jawan|"
    # "Almost 900 Ukrainian defenders were taken prisoner"; the other side, as Ukrainian
    # copy names it ("Trapped occupiers are concentrated in several apartment blocks")
    "defenders|occupiers|invaders|"
    # the older hyphenated spelling ("Peace-keepers sent into South Ossetia")
    "peace-keepers|"
    # a unit's strength counted in ranks, in Nigerian and British military usage
    # ("another 800 all ranks have been deployed to Darfur")
    "all ranks"
)

_FIGHTER_NOUNS = _t(
    "fighters|militants|insurgents|guerrillas|guerillas|gunmen|rebels|jihadists|bandits|"
    "mercenaries|militiamen|militia members|terrorists|extremists|combatants|"
    "separatists|volunteers|attackers|Islamists|suicide bombers|Taliban|jihadis|"
    "Peshmerga|Peshmergas|Houthis|irregulars|militia|loyalists|paramilitaries|armed members"
)

_POLICE_NOUNS = _t("police|policemen|police officers|officers|gendarmes|troopers|cops")

_PERSONNEL_NOUNS = _t("personnel|men|members|service members")

_FORMATION_NOUNS = _t(
    "battalions|brigades|divisions|regiments|corps|companies|platoons|squadrons|"
    "battalion|brigade|division|regiment|battlegroups|battle groups|"
    # a navy's formation ("The Navy is operating two carrier strike groups")
    "carrier strike groups|carrier strike group|"
    # an army's combined-arms formations ("two more battalion tactical groups", "five
    # brigade combat teams"), whose first word alone is a formation too
    "battalion tactical groups|battalion tactical group|brigade combat teams|brigade combat team"
)

_FORCE_SIZE_NOUNS = _t(
    "force|forces|army|armies|militia|militias|contingent|garrison|column|unit|"
    "detachment|troops|brigade|battalion|division|regiment|battle group|battlegroup|"
    "platoon|squadron|contingents|"
    # "About 120 members of the Vermont National Guard"
    "National Guard"
)

_PEOPLE_NOUNS = _t(
    "people|persons|civilians|children|kids|boys|girls|minors|babies|infants|toddlers|"
    "women|men|workers|others|residents|villagers|inhabitants|citizens|nationals|"
    "victims|lives|bodies|corpses|natives|passengers|students|pupils|worshippers|pilgrims|"
    "protesters|demonstrators|journalists|reporters|medics|doctors|nurses|"
    "patients|family members|relatives|members|individuals|adults|teenagers|"
    "farmers|fishermen|miners|shoppers|commuters|tourists|migrants|detainees|"
    "prisoners|hostages|refugees|dead|deaths|fatalities|casualties|losses|"
    "Christians|Muslims|Shiites|Sunnis|Kurds|Jews|Yazidis|Rohingya|aid workers|activists|"
    "employees|officials|staff members|medical staff|hospital staff|staff|paramedics|"
    "rescuers|volunteers|locals|staffers|person|schoolgirls|schoolboys|schoolchildren|"
    "grandchildren|sons|daughters|brothers|sisters|youths|pedestrians|guests|"
    # a collective noun with a plural figure ("60,000 Sinhala youth")
    "youth|"
    "commanders|leaders|comrades|colleagues|slain|households|families|teens|"
    "Frenchmen|Englishmen|Irishmen|Scotsmen|Welshmen|Dutchmen|countrymen|tribesmen|"
    "inmates|crew|crew members|crewmen|clerics|imams|priests|monks|nuns|fans|drivers|"
    # a collective noun of the church with a plural figure ("hundreds of clergy")
    "clergy|clergymen|pastors|seminarians|"
    "expatriates|expats|herders|herdsmen|nomads|traders|vendors|labourers|laborers|"
    "Alawites|Hazaras|Copts|Druze|Uighurs|Uyghurs|Tutsis|Hutus|Fulani|"
    "operatives|suspects|diplomats|athletes|candidates|spies|Westerners|martyrs|assailants|"
    "contractors|Arabs|teachers|missionaries|cadets|bystanders|onlookers|mourners|worshipers|"
    "parishioners|congregants|lawmakers|seafarers|engineers|"
    # people by sex or kin ("abducting 13 adult males", "two nursing mothers")
    "males|females|mothers|fathers|wives|husbands|"
    # the military's abbreviation for the killed in action ("including 240,000 KIAs")
    "KIAs|KIA|"
    # humanitarian copy's internally displaced persons ("about 813,000 IDPs")
    "IDPs|evacuees|"
    # officers by rank, counted as people harmed ("the deaths of 12 Russian generals have
    # been confirmed"); as force nouns they would place forces ("generals in Germany")
    "generals|colonels|lieutenant colonels|sergeants|corporals|"
    # "TERROR BLAST KILLS 6 BRITS", "Six British holidaymakers were among 38 people slaughtered"
    "Brits|holidaymakers|vacationers|beachgoers|sunbathers|revellers|revelers|partygoers|"
    "concertgoers|spectators|foreigners|"
    # events that each count a person: "39 killings", "47 million new internal
    # displacements", "156 potential suicides"
    "killings|murders|suicides|displacements"
)

_RECRUIT_VERBS = _t(
    "joined|join|joining|enlisted|recruited|recruit|recruiting|mobilised|mobilized|"
    "conscripted|drafted|signed up"
)

#: Movement verbs of going somewhere, which move a force only to a named place
#: (`positions._no_force_moves`): "the 101st Airborne Division are preparing to go to
#: West Africa", not "soldiers went to the hospital" or "go to war".
GOING_TO_VERBS = ("go to", "goes to", "went to")

#: Ground a force defends (`_MOVEMENT_VERBS`).
_DEFENDED_GROUND = ("town", "city", "village", "capital", "airport", "base", "border")

_MOVEMENT_VERBS = (
    _t(
        "deployed|deploy|deploying|deploys|deployment|deployments|stationed|based|amassed|"
        "amass|amassing|massed|massing|patrol|patrols|patrolling|advanced|advance|"
        "advancing|advances|withdrew|withdraw|withdrawing|withdrawal|withdrawn|"
        "pulled back|pull back|pulling back|pulled out|pull out|pull-out|retreated|"
        "retreat|retreating|evacuated|evacuating|evacuation|entered|enter|entering|"
        "crossed|cross|crossing into|surrounded|surround|surrounding|besieged|besiege|"
        "besieging|encircled|encircle|encircling|pushed into|push into|overran|overrun|"
        "marched|marching|moved into|sent troops|sending troops|reinforce|reinforced|"
        "reinforcing|reinforcement|reinforcements|dug into|commingle|transporting|"
        "travelling to fight|traveling to fight|fled|fleeing|flee|abandoned|abandoning|"
        "abandons|abandon|"
        "repelled|repel|repelling|repulsed|repulse|repulsing|routing|routed|"
        "launched an offensive|offensive|"
        "counteroffensive|counter-offensive|thrust|incursion|invasion|invade|invaded|"
        "invades|foot patrol|stronghold|strongpoint|front line|front lines|frontline|return to|"
        "returned to|returning to|returns to|"
        "opened a new front|siege|fall of|sent|send|sending|sends|dispatched|"
        "pushed deeper into|pushed further into|pushing deeper into|advancing on|closing in on|"
        "approached|approaching|converging on|"
        "closed in on|converged on|rolled into|stormed|storming|redeployed|redeploying|"
        "redeploy|entrenched|dug in|driven out|drove out|push out|pushed out|pushing out|"
        "pushes out|"
        "expelled from|"
        "will leave|would leave|to leave|drawdown|draw down|drawing down|manned by|"
        "manning|guarding|postured|expanding into|expanded into|expand into|headed for|"
        "headed to|heading for|heading to|bound for|mobilisation|mobilization|mobilised|"
        "mobilized|mobilising|mobilizing|"
        "expelled by|pushed to|heading towards|heading toward|headed towards|"
        "headed toward|dropped into|flown into|flown deep into|airlifted into|parachuted into|"
        "stood guard|standing guard|stands guard|stand guard|guarded by|poured into|pour into|"
        # keeping watch is standing guard ("Armed members of Houthi militias keep watch as
        # …"; not cameras that "keep watch for signs of the Taliban": `positions._WATCH_FOR`)
        "keep watch|keeps watch|keeping watch|kept watch|"
        # a force dug in where it hides ("ISIS fighters were 'increasingly tucked away in
        # towns and villages'", "militants holed up in the old city")
        "holed up|hole up|holing up|tucked away|hunkered down|hunker down|hunkering down|"
        # forces driven through a place ("Turkish army vehicles drive through Kobane", "the
        # truck carrying the peacekeepers … through the capital Bangui")
        "drove through|drive through|drives through|driving through|rolled through|"
        "roll through|rolls through|rolling through|"
        # a border crossed, not a border crossing ("terrorists who had been crossing the
        # borders from Turkey"; "the Rafah border crossing" is a place)
        "crossing the border|crossing the borders|crossing the frontier|"
        "pouring into|"
        # a force sent in in numbers ("Russia pours in more troops and presses attack";
        # not tributes or money that "poured in")
        "pours in more|poured in more|pouring in more|pours in troops|poured in troops|"
        "pouring in troops|pours in reinforcements|poured in reinforcements|"
        "pouring in reinforcements|"
        "swept through|swept into|swept across|sweeping through|sweeping into|headed out of|"
        # lines broken through near a place or into one ("Russian forces had broken through
        # near Pokrovsk"; not records or bureaucracy); as every movement term, only with a
        # force word in the sentence.  (Each term's longest word is its cue word, here
        # "through": a term with a longer word, "… Ukrainian lines", would send every
        # sentence naming Ukrainians to the movement rules.)
        "broke through near|broken through near|breaking through near|break through near|"
        "broke through into|broken through into|breaking through into|break through into|"
        "broke through the front|broke through enemy lines|broken through enemy lines|"
        "broke through the lines|broke through russian lines|"
        "arrive in|arrived in|arriving in|evacuate|coming home|come home|brought home|"
        "bring home|return home|returning home|pushed across|rolling into|infiltrated from|"
        "infiltrated into|infiltrating into|infiltrate into|fly out of|flew out of|flown out of|"
        "boxed in|"
        "flying out of|"
        # guideline §3(a)2, movement relative to a place ("advance on/into … enter, cross"):
        # the advance named by its longer noun ("the advancement of rebels in the country"),
        # raids over a border ("several incursions into"), a border crossed into a country
        # ("pursuing militants over the border into Nigeria"), and forces arriving at or
        # from a place ("150 troops have arrived at an air base", "fighters who had arrived
        # from Iraq"); as every movement verb, only with a force word in the sentence
        "advancement|incursions|over the border into|across the border into|"
        "over the frontier into|across the frontier into|arrive at|arrives at|arrived at|"
        "arriving at|arrived from|arriving from|"
        # a force winning ground ("Government forces gained ground in the east"); as every
        # movement verb, only with a force word in the sentence ("gained ground in the polls")
        "gained ground|gaining ground|"
        # forces spreading out, regrouping, sailing in or manning posts at a place ("Troops
        # fanned out across the city", "Ukrainian troops regrouped west of Bakhmut", "US
        # warships sailed into the Black Sea", "Soldiers manned checkpoints on the road"); no
        # "fans out" nor "sailed through", whose cue word would be "fans" or "through"
        "fanned out|fanning out|regrouped|regrouping|regroup|"
        "sailed into|sailing into|sailed to|sailing to|"
        "manned checkpoints|manned a checkpoint|manned the checkpoint|manned the border|"
        "manned positions|"
        # forces massed, garrisoned or dug in at a place ("The group's fighters are
        # concentrated in the south", "The troops dug trenches along the front"); not
        # "landed in" nor "hid in", which shells and civilians do as often
        "concentrated in|concentrated along|concentrated near|concentrated around|"
        "garrisoned|dug trenches|digging trenches|dig trenches|"
        # movements named by their nouns ("The departure of French troops from Mali",
        # "the pullout of Israeli forces from Gaza", "the redeployment of troops to the
        # east"); as every movement term, only with a force word in the sentence
        "pullout|pullouts|departure of|exit of|redeployment of|redeployments of|expulsion of|"
        # forces carried, pulling back or moving into a place ("A battalion was flown to
        # Kabul", "Troops were airlifted to the region", "The army fell back to the river",
        # "tanks seen moving into Sinai"); as every movement term, only with a force word in
        # the sentence, and not the wounded flown to hospital (`positions._CARRIED_TO_CARE`)
        "flown to|flown in to|airlifted to|airlifted|ferried to|fell back to|fell back|"
        "falling back to|falling back|moving into|"
        # a place blockaded by a force ("The navy is blockading the port", "The army has
        # imposed a blockade on the town"); as every movement term, only with a force word
        # in the sentence (not protesters blockading a road)
        "blockading|blockade the|blockades the|imposed a blockade|imposing a blockade|"
        "imposed a naval blockade|imposes a blockade|"
        # a force driven back from or to a place ("The militants were pushed back from the
        # outskirts", "the rebels were beaten back to the border"); not a plan pushed back
        # against, nor a date pushed back to (`positions._PUT_OFF_TO`)
        "pushed back from|pushed back to|pushed back towards|pushed back into|"
        "beaten back|driven back|forced back|"
        # a force pushing towards a compass point ("Rebels pushed south from Idlib"; heading
        # by the compass is below)
        "pushed north|pushed south|pushed east|pushed west|"
        "pushing north|pushing south|pushing east|pushing west|"
        # a force closing on a place or taking it in hand ("Troops moved in on the rebel
        # camp", "The soldiers moved in to secure the area")
        "moved in on|moving in on|move in on|moves in on|moved in to secure|"
        "moving in to secure|move in to secure|"
        # a force holding out in a place ("The rebels are holding out in the hills")
        "holding out in|held out in|hold out in|holds out in|"
        # forces going to a place, a named one only (`GOING_TO_VERBS`)
    )
    + GOING_TO_VERBS
    # the present tense of headlines, and inflections the terms above lack ("Israeli
    # troops push deeper into Khan Younis", "British troops roll into Estonia", "Rebels
    # fall back towards the mountains", "the army digs in", "Rebels driven from key town");
    # as every movement term, only with a force word in the sentence
    + _t(
        "push deeper into|pushes deeper into|push further into|pushes further into|"
        "roll into|rolls into|fall back|falls back|fallen back|"
        "dig in|digs in|digging in|withdraws|retreats|encircles|besieges|overruns|"
        "pulls back|pulls out|pulling out|arrives in|repositioned|repositioning|"
        "driven from|amasses|crosses|dispatches|enters|evacuates|flees|mobilises|mobilizes|"
        "mobilise|mobilize|moves into|move into|surrounds|reinforces|repels|routs|regroups|"
        "redeploys|pushes into|pushes across|pours into"
    )
    # guideline §3(a)2, movement of forces relative to a place, told as a force leaving
    # it ("British soldiers on their way out of Helmand province"), as forces joining up
    # at a place ("Iraqi forces link up south of Mosul") or as a ring closing on it
    # ("Government forces are tightening the noose around the town", "Troops threw a
    # cordon around the village"); as every movement term, only with a force word in the
    # sentence. Not "en route to" nor "on their way to", which reporters and those sent
    # to battle in a caption are too ("an Al-Jazeera team … en route to cover strikes"),
    # nor "made their way", whose cue word would be "made"
    + _t(
        "on their way out of|on its way out of|link up|links up|linked up|linking up|"
        "tightened the noose|tightening the noose|tighten the noose|tightens the noose|"
        "cordon around|cordons around"
    )
    # warships passing through a strait or a canal (guideline §3(a)2, movement relative to
    # a place: "Two British warships transited the Taiwan Strait", "Russian warships
    # transiting the Bosphorus"); as every movement term, only with a force word in the
    # sentence, and not migrants (`positions._civilians_move`)
    + _t("transited|transiting|transits|transit through")
    # forces moving or heading by the compass ("Haftar forces moved south", "the convoy
    # was seen heading west from the air base"); no "move south" nor "head north", whose
    # cue word would be the compass word (`patterns._cue_token`), nor "move towards",
    # which plans do ("a plan to move towards civilian rule")
    + tuple(
        f"{verb} {way}"
        for verb in ("moves", "moved", "moving", "heads", "headed", "heading")
        for way in ("north", "south", "east", "west")
    )
    # a place cordoned or sealed off, or raided, by a force ("Troops sealed off the town",
    # "Israeli forces raided the town of Nablus"; not people "sealed off in the tunnels",
    # nor "raided the fridge"); the verb is each term's longest word, so the cue word
    # (`patterns._cue_token`) is the verb, not "village" or "outside"
    + tuple(
        f"{verb} off {what}"
        for verb in (
            *("cordoned", "cordon", "cordons", "cordoning"),
            *("sealed", "seal", "seals", "sealing"),
        )
        for what in ("the", "a", "an", "all")
    )
    + tuple(
        f"{verb} the {ground}"
        for verb in ("raided", "raid", "raids", "raiding")
        for ground in ("town", "city", "camp")
    )
    # a place a force defends ("Kurdish fighters are defending the town", "The town is
    # defended by a few hundred militiamen"); only ground, not a decision defended; no
    # "defend", shorter than "village", which would then stand for the term as its cue word
    + tuple(
        f"{verb} the {ground}"
        for verb in ("defended", "defends", "defending")
        for ground in _DEFENDED_GROUND
    )
    + tuple(
        f"{ground} {be} defended by"
        for ground in _DEFENDED_GROUND
        for be in ("is", "was", "are", "were")
    )
    # a force posted at a place ("Soldiers were posted outside the presidential palace";
    # not a message posted online: `positions._POSTED_AT`)
    + ("posted",)
    # forces fighting into or towards a place ("Troops fought their way into the city
    # centre"), not through paperwork
    + tuple(
        f"{verb} {owner} way {to}"
        for verb in ("fought", "fight", "fights", "fighting", "battled", "battling")
        for owner in ("their", "its")
        for to in ("into", "to")
    )
    # forces watching a border or a coast ("two Navy ships monitoring the coast")
    + tuple(
        f"{verb} the {edge}"
        for verb in ("monitor", "monitors", "monitored", "monitoring")
        for edge in ("border", "frontier", "coast", "coastline")
    )
)

_CONTROL_VERBS = _t(
    "captured|capture|capturing|captures|seized|seize|seizing|seizes|took control|"
    "take control|taking control|takes control|liberated|liberate|liberating|"
    "regained|regain|recaptured|recapture|retook|retake|retaking|holds|hold|held|"
    "occupied|occupy|occupies|occupation|lost control|annexed|annex|evicted|"
    "control|controls|controlled|carved out|carve out|carving out|wrested|wrest|wresting|"
    "controlling|won back|win back|wins back|winning back|"
    # ground reclaimed ("The army reclaimed the border crossing")
    "reclaimed|reclaim|reclaims|reclaiming|"
    # ground given up ("Armenia ceded seven districts", "handed back the town")
    "ceded|cede|cedes|ceding|handed back|hands back|hand back|handing back"
)

#: What a party takes or loses control of when it is no ground: bodies, businesses,
#: contests and affairs ("The party lost control of the city council", "took control of
#: the game", "took control of the company").
_NON_GROUND_NOUNS = _t(
    "company|companies|firm|firms|business|businesses|bank|banks|board|shares|stake|"
    "council|parliament|senate|congress|assembly|legislature|chamber|majority|party|"
    "presidency|cabinet|budget|economy|market|markets|finances|funds|money|game|match|"
    "ball|race|contest|league|agenda|debate|narrative|talks|negotiations|media|account|"
    "accounts|situation|lives|life|destiny|fate|emotions|rival|rivals|trading|polls|"
    "workplace|election|elections|sales|profits|ratings"
)

#: Religious communities and electoral parties, whose strongholds are where their
#: followers or voters live, no ground a force holds ("the Shiite bastion of Sadr City",
#: "a Labour stronghold").
_SECT_AND_PARTY_WORDS = _t(
    "Shiite|Shia|Shi'ite|Sunni|Alawite|Druze|Christian|Catholic|Protestant|Muslim|"
    "Jewish|Hindu|Buddhist|Labour|Tory|Conservative|Republican|Democratic|Democrat|"
    "Liberal|Socialist|electoral"
)

_TERRITORY_NOUNS = _t(
    "city|cities|town|towns|village|villages|hamlet|hamlets|province|provinces|district|"
    "districts|"
    "region|regions|territory|territories|area|areas|neighbourhood|neighbourhoods|"
    "neighborhood|neighborhoods|percent|per cent|parts|part|base|bases|air base|airport|"
    "airfield|border crossing|crossing|road|junction|highway|hill|hills|ridge|"
    "oasis|peninsula|port|stronghold|outskirts|suburb|suburbs|square kilometres|"
    "square kilometers|square miles|swathe|pocket|enclave|silos|bridge|dam|"
    "oil fields|positions|capital|palace|parliament|headquarters|compound|checkpoint|building|"
    "heights|valley|corridor|coast|coastline|island|islands|desert|countryside|mountains|"
    "frontier|buildings|dams|airbase|air bases|airbases|airports|bridges|ports|oilfield|"
    "oilfields|oil field|border|borders|border crossings|crossings|supply route|"
    "supply routes|land route|land bridge|"
    # a power plant held like a dam or an oil field ("Russian forces occupied the nuclear
    # power plant"); not a bare "plant", which workers occupy and firms take over
    "nuclear plant|nuclear plants|power plant|power plants|power station|power stations|"
    # a quarter of the country named by its compass point ("The rebels hold much of the
    # north", "seized the northern half of the country"); a share of the country itself
    # is `positions._COUNTRY_SHARE`
    "north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|"
    "south-east|south-west|northern half|southern half|eastern half|western half|"
    # military sites and heights held or taken ("Mutinous soldiers took over the
    # barracks", "A garrison holds the fortress"); not "roads", which councils control
    "barracks|fortress|fortresses|airstrip|airstrips|outpost|outposts|hilltop|hilltops|"
    "strait|waterway"
)

#: Participles that place a force where it stands (guideline §3(a)1, presence: "some 200
#: fighters … are based near Atmeh", "terrorists positioned in Eastern Ghouta"): after a
#: force or fighter noun and before a preposition and a place
#: (`positions._MilitaryClassPatterns.placed`).
_PLACEMENT_PARTICIPLES = _t(
    "positioned|stationed|based|located|entrenched|deployed|garrisoned|massed|holed up|"
    "dug in|hiding|hunkered down|encamped|barricaded|"
    # warships placed at a port or in waters (guideline §3(a)1, deployment and presence:
    # "Two Russian warships docked in Havana", "submarines moored at Tartus"); the
    # craft are force words already (`patterns.position_force_words`)
    "docked|moored|anchored|berthed|"
    # forces sighted at a place (guideline §3(a)1, presence: "Chinese warships were
    # spotted off the coast of Taiwan", "Rebel fighters have been sighted near Goma");
    # not "seen", whose "seen off" sends soldiers away
    "spotted|sighted"
)

#: Verbs of motion that move a force only toward or into a place named after them
#: (guideline §3(a)2, movement of forces relative to a place: "the terrorist group which
#: was moving from al-Lajat area toward the northern countryside of Sweida", "Russian
#: troops went into Simferopol"; `positions._MilitaryClassPatterns.moving`).
_DIRECTED_MOTION_VERBS = _t(
    "move|moves|moved|moving|go|goes|went|going|gone|head|heads|headed|heading|"
    "march|marches|marched|marching|flee|flees|fled|fleeing|advance|advances|advanced|"
    "advancing|retreat|retreats|retreated|retreating|withdraw|withdraws|withdrew|"
    "withdrawing|rush|rushes|rushed|rushing|slip|slips|slipped|slipping|infiltrate|"
    "infiltrates|infiltrated|infiltrating|push|pushes|pushed|pushing|drive|drives|drove|"
    "driving|roll|rolls|rolled|rolling|sail|sails|sailed|sailing|travel|travels|"
    "travelled|traveled|travelling|traveling|"
    # craft of a force flying or steaming into or toward a place ("Chinese fighter jets
    # flew into Taiwan's air defence zone", "The destroyer steamed toward the Black Sea")
    "fly|flies|flew|flying|steam|steams|steamed|steaming"
)

#: Arms and equipment of a force that move as the force does (guideline §3(a)2, movement
#: of forces relative to a place: "fresh Russian military equipment entering Ukraine",
#: "pushing more military equipment over the border"); the armour and craft that name a
#: force by themselves ("tanks", "warships") are force words already
#: (`positions._MilitaryClassPatterns.equipment_moved`).
_MILITARY_EQUIPMENT_NOUNS = _t(
    "military equipment|military hardware|heavy weapons|heavy weaponry|heavy armour|"
    "heavy armor|missile systems|rocket launchers|artillery|howitzers|"
    "air defence systems|air defense systems|military supplies"
)

#: A party's sites, and its men gathered, named as such (guideline §3(a)1: "Named
#: positions of a named force at a named place count even as strike targets"): before
#: "of" and an armed owner, or after a named armed group, and before a place
#: (`positions._MilitaryClassPatterns.owned_site`).
_ARMED_SITE_NOUNS = _t(
    "gatherings|fortifications|fortified positions|dens|depots|arms depots|"
    "ammunition depots|weapons depots|warehouses|bunkers|tunnels|trenches|hideouts|"
    "positions|bases|headquarters|camps|posts|strongholds|launch pads|launching pads|"
    "concentrations|depot|warehouse|bunker|hideout|position|base|camp|stronghold"
)

#: Actors whose cue states no political stance: the police and courts, the people an
#: incident touched and their households ("her husband had vowed to live and die
#: there", "Veiled women and children … calling for"), the aid bodies that care for
#: them ("MSF … health facilities which it runs or supports", "The ICRC voiced alarm",
#: "UNHCR is seeking to transfer many of them to a refugee camp"), sport, entertainment
#: and private life ("players" and "actors" stay out: "regional players", "non-state
#: actors"), and commentators, whose view of what a party should do is like the
#: writer's own (guideline §3b: "The author's own opinion … is not annotated").
_NON_POLITICAL_ACTORS = _t(
    "police|policemen|detectives|investigators|firefighters|doctor|doctors|hospital|hospitals|"
    "paramedics|witnesses|victims|survivors|relatives|families|jurors|prosecutors|"
    "husband|husbands|wife|wives|widow|widows|women and children|MSF|ICRC|UNHCR|UNICEF|"
    "NHS|Red Cross|Red Crescent|Doctors Without Borders|Médecins Sans Frontières|"
    "Medecins Sans Frontieres|charity|charities|aid agency|aid agencies|aid group|"
    "aid groups|aid worker|aid workers|coach|coaches|referee|referees|footballer|"
    "footballers|athlete|athletes|striker|goalkeeper|fans|singer|singers|actress|"
    "teacher|teachers|landlord|landlords|tenant|tenants|shop|shops|school board|"
    "analyst|analysts|expert|experts|observers|"
    # warnings sent out to the public ("A flood alert said residents should evacuate")
    "alert|alerts|advisory|"
    # humanitarian copy's responders ("Humanitarian agencies and first responders have
    # warned that blackouts jeopardize the safety of civilians")
    "humanitarian organisations|humanitarian organizations|humanitarian partners|"
    "relief agencies|first responders|households"
)

#: Private parties whose demands, refusals and pledges state no political stance
#: (guideline §3(b)): businesses and their owners, sport, entertainment, patients,
#: forecasters and households ("The company rejected the takeover offer", "The
#: goalkeeper refused to leave the pitch", "The family demanded answers").
_PRIVATE_PARTY_NOUNS = _t(
    "company|companies|firm|firms|corporation|shareholders|shareholder|investors|"
    # parties to a sale ("several bidders have agreed on terms with Lukoil")
    "bidder|bidders|buyer|buyers|"
    "club|clubs|coach|player|goalkeeper|striker|referee|fans|athlete|"
    "athletes|patient|patients|forecasters|forecaster|meteorologists|weather|actor|"
    "actress|singer|school|schools|airline|airlines|retailer|carmaker|"
    # households and private people, whose wishes in a quotation are no party's policy
    # ("'We must find my brother,' she said" of a sister; "his mother said")
    "family|father|mother|son|daughter|brother|sister|parent|parents|grandmother|"
    "grandfather|uncle|aunt|cousin|teacher|teachers|pupils|passengers|shoppers|customers|"
    "rescuer|rescuers"
)

#: Courses a speaker refuses by saying there will be none ("no talks", "no retreat"):
#: stance terms (`_STANCE_VERBS`) and `stances._MODAL_STANCE`.
REFUSED_COURSES = (
    "talks",
    "negotiations",
    "compromise",
    "deal",
    "dialogue",
    "retreat",
    "surrender",
)
_STANCE_VERBS = _t(
    "demanded|demands|demand|demanding|insisted|insists|insist|insisting|rejected|"
    # insisting told by an adjective ("European leaders are also insistent that they have a
    # say", "Kyiv is adamant that …")
    "insistent that|insistent on|adamant that|"
    "rejects|reject|rejecting|refused|refuses|refuse|refusing|ruled out|rules out|"
    "ruling out|rule out|vowed|vows|vow|pledged|pledges|pledge|promised|promises|"
    "threatened|threatens|threaten|threatening|warned|warns|warning|condemned|"
    "condemns|condemn|vetoed|veto|vetoes|voted for|voted against|vote for|"
    "vote against|negative votes|opposed|opposes|oppose|opposing|in support of|"
    "supporting|supports|support for|backs|backing|annexed|"
    # pleading a cause ("Al-Sisi, Aliyev advocate for ceasefire in Gaza")
    "advocate for|advocates for|advocated for|advocating for|"
    # a claim to land ("has any territorial claims to Ukraine", "Hungary lays claim to
    # Transcarpathia")
    "territorial claims|territorial claim|lay claim to|lays claim to|laid claim to|"
    "laying claim to|"
    "agreed to|agreed on|agrees to|called for|calls for|committed to|commitment|"
    # an end demanded by its noun, its article dropped in a headline ("WHO chief urges
    # end to attacks on Sudan healthcare")
    "urged end to|urges end to|urging end to|urged immediate end to|urges immediate end to|"
    # a pledge offered ("Turkey, Qatar and Saudi Arabia have offered to host the
    # training"); not what was offered to someone (`stances._NO_STANCE_CONTEXTS`)
    "offered to|offers to|offering to|"
    "aimed at|aims to|aim to|intends to|intend to|wants to|want to see|"
    # a party's aim named by what it wants ("The group wants autonomy for …", "rebels
    # who … want the region to join Russia"; not "want to", `positions._stance`)
    "wants|want|wanted|"
    "will not relent|will continue|should|must|need to|needs to|needed to|non-starters|"
    "concessions|concession|"
    "sanctions|guarantees|conditional on|be consulted|bargaining chip|retain|"
    "overthrow|overthrowing|undermine|disrupting|will come to|hand over|deny|will commit|"
    "had to stop|needed to receive|will not expand|never grant|aggression|"
    "de-escalation|consequences|stand down|steer away|countering|labels|will not|"
    "would not|won't|will never|would never|not surrender|not allow|not accept|"
    "do not seek|does not seek|did not seek|be prepared to|are prepared to|is prepared to|"
    "we consider the matter closed|we consider this matter closed|voted to|votes to|vote to|"
    "prepared to|ready to|shall act|will act|have to stop|has to stop|must stop|"
    # a party's aim named as its priority, in its own words ("Restoring state authority
    # to the north was the priority, he said"; `stances._MODAL_STANCE`)
    "priority|"
    # an order named by its noun, in its giver's words ("'We had given the armed forces a
    # directive to protect …'"; `stances._MODAL_STANCE`)
    "directive to|directives to|"
    "break ties|breaks ties|broke ties|breaking ties|"
    "sever ties|severs ties|severed ties|cut ties|cuts ties|break off relations|"
    "broke off relations|break diplomatic relations|breaks diplomatic relations|"
    "broke diplomatic relations|sever diplomatic relations|severed diplomatic relations|"
    "recalled its ambassador|expelled the ambassador|arming|supplies of weapons|"
    # an envoy withdrawn or a treaty suspended in protest ("Algeria withdrew its
    # ambassador in response", "Russia suspended its treaty obligations")
    "withdrew its ambassador|withdraws its ambassador|withdrawn its ambassador|"
    "recalled its envoy|suspended its treaty|"
    "supplying weapons|providing weapons|condemning|no plans to|no intention of|no intention to|"
    "supply weapons|send weapons|intensify|step up|steps up|"
    "stepped up|stepping up|must not|must never|would respect|will respect|"
    "violation of the ceasefire|violations of the ceasefire|violation of the truce|"
    "violations of the truce|entitled to|ambition to|calling for|boycott|boycotts|boycotted|"
    "boycotting|asked for a ceasefire|asked for a cease-fire|asked for a truce|"
    "asks for a ceasefire|asks for a cease-fire|asks for a truce|asked for an end to|"
    "to bolster|bolstering|prop up|propping up|appealed to|appeals to|ready for war|"
    "not interested in|bears responsibility|bears principal responsibility|bear responsibility|"
    "bears full responsibility|holds responsible|held responsible|offered support|"
    "offered continued support|offered its support|right to defend|welcomed|welcomes|"
    "welcome the|agreed that|agree that|agrees that|we support|i support|cannot accept|"
    "cannot allow|cannot tolerate|will not tolerate|would not tolerate|aimed to|pushing for|"
    "pushed for|pressing for|pressed for|lobbying for|seeking to|seeks to|sought to|appeal to|"
    "escalated air strikes|escalate air strikes|escalated its|escalated their|escalate its|"
    "escalate their|reluctant to|unwilling to|laid out plans|outlined plans|outlined his plans|"
    # taking a side in a war ("key US allies in the fight against IS"; not the ongoing
    # "fighting against", which annotators leave) and unseating a ruler or a force
    "the fight against|oust|ousted|ousting|"
    # branding a party ("Hamas, which the U.S. considers a terrorist organization"),
    # acting at a party's request, signing a deal
    "terrorist organization|terrorist organisation|terrorist organizations|"
    "terrorist organisations|at the request of|signed a peace|signed an agreement|"
    "signed a ceasefire|signed a truce|signed an accord|accord signed by|"
    "agreement signed by|deal signed by|to support|"
    # helping a party's forces ("500 will help train and support Afghan forces", "350 more
    # troops to help protect the American Embassy")
    "help train|helps train|helped train|helping train|help protect|help defend|"
    "help fight|train and support|train and advise|train and assist|"
    # a state's own decrees and a refusal to recognise ("he declared a state of
    # emergency in the areas where it was most active", "North Korea does not recognise
    # it")
    "declared a state of emergency|declared martial law|declared a curfew|announced a curfew|"
    "imposed a curfew|declared war|"
    "declared independence|declared sovereign|"
    "outlined its plans|announced plans to|announced a plan to|unveiled plans to|"
    "unveiled a plan to|sign the agreement|"
    "sign the deal|signed the agreement|signed the deal|sign a deal|signed a deal|"
    "train and equip|trains and equips|training and equipping|trained and equipped|"
    "train and arm|trains and arms|training and arming|trained and armed|to arm|"
    "appealed for|appeals for|appealing for|recommended that|recommends that|"
    "pushing strongly for|pushing hard for|willing to|authorized the|authorised the|"
    "authorizes the|authorises the|approved the|approves the|approved a|approves a|"
    "an ultimatum|continued support|declared a ceasefire|declared a cease-fire|"
    "announced a ceasefire|announced a cease-fire|agreed a ceasefire|agreed a cease-fire|"
    "declared a truce|announced a truce|"
    # guideline §3b: condemnation ("They deplored the slaughter"), support for someone or
    # something in the active voice ("Labor supported the mission"; "supported by" is
    # help given, not a stance), a decision taken as a stated policy ("Tunisia has
    # decided to break diplomatic relations", "he had decided on a response to Iran")
    # and a pledge of support ("the military will stand behind the border force")
    "deplored|deplores|deplore|deploring|supported the|decided to|decided on|"
    "stand behind|stands behind|standing behind|"
    # guideline §3b, agreement to a plan or its refusal, named by what happens to a truce
    # or talks ("The government suspended its ceasefire with the rebels", "Hamas accepted
    # the proposal", "the faction agreed to stay at the table"; open to talks is below)
    "suspended its ceasefire|suspended the ceasefire|suspends ceasefire|suspended the truce|"
    "suspended its truce|froze the talks|froze talks|"
    "accepted a proposal|accepted the proposal|accepted the plan|accepted a plan|"
    "accepted the ceasefire|accepted a ceasefire|accepts the proposal|accepts ceasefire|"
    "stay at the table|"
    "ended its military cooperation|ended military cooperation|ends military cooperation|"
    # guideline §3b, support for or opposition to someone, named by taking a side ("some
    # of the armed groups sides with the army", "turned against the capital"; not
    # "shoulder to shoulder", which crowds stand; sided with and in favour of are below)
    "sides with|turned against|"
    "turns against|turning against|"
    # condemnation named by its charge ("called the strike a flagrant violation of its
    # sovereignty")
    "clear violation of|flagrant violation of|blatant violation of|gross violation of|"
    # the present tense of headlines, and their dropped articles ("Ethiopia presses for
    # Red Sea access", "Junta recalls ambassador", "Rebels declare ceasefire", "Seoul
    # recognises the new government"); not "push for" nor "votes for", nouns as often
    # ("a new diplomatic push for peace", "failed to gain enough votes for an MEP")
    "presses for|press for|pushes for|"
    "recalls its ambassador|recalls ambassador|recalled ambassador|expels ambassador|"
    "expelled ambassador|expels diplomats|expelled diplomats|declares war|declares ceasefire|"
    "declares a ceasefire|declare ceasefire|declared ceasefire|declares independence|"
    "declares martial law|declares state of emergency|declares a state of emergency|"
    "imposes curfew|imposes a curfew|signs ceasefire|signs peace deal|signs a ceasefire|"
    "signs a peace|sign ceasefire|signed ceasefire|signed peace deal|ousts|suspends truce|"
    # guideline §3b, support for someone: an alliance signed or ties drawn closer ("Cairo
    # has signed a defence pact with Mogadishu", "Moscow strengthened ties with the junta")
    "signed a defence pact|signed a defense pact|signed a security pact|signed a military pact|"
    "signs defence pact|signs defense pact|signs security pact|signs military pact|"
    "strengthened ties|strengthened its ties|strengthening ties|deepened ties|deepened its ties|"
    "deepening ties"
) + tuple(
    # guideline §3b (a stated policy): a party widening its war ("Israel said it was
    # widening its campaign of air strikes", "allowing them to extend their
    # counter-terrorism operations"), as "escalated its" and "step up" above
    f"{verb} {owner} {war}"
    for verb in (
        *("widen", "widens", "widened", "widening", "expand", "expands", "expanded"),
        *("expanding", "broaden", "broadens", "broadened", "broadening", "extend", "extends"),
        *("extended", "extending"),
    )
    for owner in ("its", "their")
    # the war named as such: "expanded its operations in Kenya" may be a company's
    for war in (
        *("offensive", "air campaign", "military campaign", "bombing campaign", "air strikes"),
        *("airstrikes", "campaign of air strikes", "campaign of airstrikes", "military operation"),
        *("military operations", "counter-terrorism operations", "counterterrorism operations"),
    )
)
#: The words before "call for" of a call named by its noun ("made a joint call for").
_CALL_MAKERS = ("a ", "a joint ", "an urgent ", "a fresh ", "its ", "their ", "his ", "her ")
#: guideline §3b (calls on X to Y): a call named by its noun, with the verb that makes
#: it, so that the phrase before the verb is the caller ("The two leaders had made a joint
#: call for calm", "the council renewed its call for a ceasefire").  "Made" and "make"
#: come only with an adjective, a longer word that then cues the sentence
#: (`patterns._cue_token`): they are in too many sentences to give each the stance bit.
_STANCE_VERBS += tuple(
    f"{verb} {owner}call for"
    for verb in (
        *("issued", "issue", "issues", "issuing", "renewed", "renew", "renews", "renewing"),
        *("repeated", "repeat", "repeats", "repeating", "reiterated", "reiterates"),
    )
    for owner in _CALL_MAKERS
) + tuple(f"{verb} {owner}call for" for verb in ("made", "make") for owner in _CALL_MAKERS[1:4])
#: guideline §3b, a pledge made as an all-out effort ("an operation that will do
#: everything possible to root out those responsible", "Ankara will spare no effort").
_STANCE_VERBS += _t(
    "do everything possible to|do everything in its power to|do everything in our power to|"
    "do everything in their power to|do everything in his power to|do everything we can to|"
    "spare no effort|spares no effort|spared no effort"
)
#: guideline §3b, paying for a party's forces, as helping to train them ("to help pay for
#: the Afghan National Security Forces").
_STANCE_VERBS += _t(
    "help pay for|helps pay for|helped pay for|helping pay for|help fund|helps fund|"
    "helped fund|helping fund|help finance|helps finance|helped finance|helping finance|"
    "help equip|helps equip|helped equip|helping equip"
)
#: guideline §3b, a decision to use force, as "ordered air strikes" is ("one of the main
#: reasons for authorising air strikes"; "authorized the" is above).
_STANCE_VERBS += tuple(
    f"{verb} {act}"
    for verb in (
        *("authorise", "authorises", "authorised", "authorising", "authorize", "authorizes"),
        *("authorized", "authorizing"),
    )
    for act in (
        *("air strikes", "airstrikes", "strikes", "military action", "force", "a deployment"),
        *("an attack", "attacks", "a military operation", "military operations"),
    )
)
#: guideline §3b, a stated aim: a party's fight or call for a state of its own ("The MNLA
#: rebels have been fighting since mid-January for an independent north").
_STANCE_VERBS += _t(
    "for independence|for self-rule|for self-determination|for secession|"
    "for a separate state|for their own state"
) + tuple(
    # not "for an independent inquiry"
    f"for an independent {land}"
    for land in (
        *("state", "homeland", "nation", "country", "republic", "north", "south", "east"),
        "west",
    )
)
#: guideline §3b, support or opposition said with its strength ("Maduro … strongly
#: defends the new assembly"): a party that defends a policy, not ground; and a course
#: rejected as no answer, in a speaker's words only (`stances._MODAL_STANCE`: "for us to
#: withdraw from the conflict is not the answer").
_STANCE_VERBS += tuple(
    f"{adverb} {verb}"
    for adverb in ("strongly", "staunchly", "vigorously", "firmly", "robustly")
    for verb in ("defends", "defended", "defend", "defending")
) + _t("is not the answer|is not the solution|is no solution|is no answer")
#: guideline §3b, a party's declared reprisal ("the military declared they were ‘avenging
#: Egyptian blood and retaliating against criminals and killers’").
_STANCE_VERBS += _t("retaliating against|retaliate against|retaliated against|retaliates against")
#: guideline §3b, a refusal shown by leaving or halting talks ("the opposition walked
#: out of negotiations in April over the escalating violence").
_STANCE_VERBS += tuple(
    f"{verb} {talks}"
    for verb in (
        *("walked out of", "walk out of", "walks out of", "walking out of", "pulled out of"),
        *("pull out of", "pulls out of", "withdrew from", "withdraw from", "withdraws from"),
        *("suspended", "suspend", "suspends", "broke off", "break off", "breaks off"),
    )
    for talks in (
        *("talks", "the talks", "peace talks", "the peace talks", "negotiations"),
        "the negotiations",
        # leaving a pact is the same refusal ("Washington withdrew from the nuclear deal",
        # "Russia suspended the treaty", "pulled out of the accord")
        *("the treaty", "the deal", "the nuclear deal", "the accord", "the agreement"),
    )
)
#: guideline §3b, condemnation and opposition in the words news use beside "condemned"
#: ("Egypt denounced the raid", "Britain criticised the decision", "the ministry objected
#: to the presence of foreign warships").
_STANCE_VERBS += _t(
    "denounced|denounces|denounce|denouncing|criticised|criticises|criticise|criticising|"
    "criticized|criticizes|criticize|criticizing|objected to|objects to|object to|objecting to"
)
#: guideline §3b, support for someone or something: endorsement, and "backed" or
#: "supported" after an auxiliary or an adverb, where it is no "US-backed" or "backed by"
#: ("Washington has backed Kiev's bid", "The African Union endorsed the roadmap").
_STANCE_VERBS += (
    _t("endorsed|endorses|endorse|endorsing")
    + tuple(
        f"{auxiliary} {verb}"
        for auxiliary in ("has", "have", "had")
        for verb in ("backed", "supported", "long backed", "long supported")
    )
    + tuple(
        # "backed" after an adverb of support ("Germany strongly backed the French proposal")
        f"{adverb} {verb}"
        for adverb in ("strongly", "firmly", "fully", "publicly", "openly", "staunchly")
        for verb in ("backed", "supported")
    )
)
#: guideline §3b, a vote: for or against with its margin ("The assembly voted
#: overwhelmingly against the plan"), "in favour of", and a resolution passed
#: ("The Security Council adopted a resolution calling for a ceasefire").
_STANCE_VERBS += tuple(
    f"{verb} {way}"
    for verb in ("voted", "vote", "votes", "voting")
    for way in (
        *(
            f"{margin} {choice}"
            for margin in ("unanimously", "overwhelmingly", "narrowly")
            for choice in ("to", "for", "against", "in favour of", "in favor of")
        ),
        *("in favour of", "in favor of"),
        # the vote told by its answer ("Two councillors voted no, saying …")
        *("no", "yes"),
    )
) + tuple(
    f"{verb} {article} {motion}"
    for verb in ("adopted", "adopts", "adopt", "passed", "passes", "pass")
    for article in ("a", "the")
    for motion in ("resolution", "motion")
)
#: guideline §3b, a stated resolve: a party determined on a course, keeping a right to
#: act, standing by a decision, open or ready to talk ("Moscow reserves the right to take
#: countermeasures", "Kiev remains determined to win back the territories").
_STANCE_VERBS += (
    tuple(
        f"{verb} determined to"
        for verb in ("is", "are", "was", "were", "remain", "remains", "remained", "seemed")
    )
    + tuple(f"{verb} the right to" for verb in ("reserves", "reserved", "reserve", "reserving"))
    + tuple(
        f"{verb} by {owner} decision"
        for verb in ("stands", "stood", "stand", "standing")
        for owner in ("its", "his", "her", "their", "the")
    )
    + tuple(
        f"{attitude} to {talks}"
        for attitude in ("ready", "open")
        for talks in ("talks", "negotiations", "dialogue", "a dialogue", "new talks")
    )
    + tuple(f"ready for {talks}" for talks in ("talks", "negotiations", "dialogue", "a dialogue"))
)
#: guideline §3b, agreement to a plan: a plan proposed or accepted ("Turkey has proposed
#: a buffer zone", "Syria has accepted the Arab League plan"); only with a plan for
#: object (`stances._NO_STANCE_CONTEXTS`: not "accepted an invitation", "the proposed
#: pipeline").
_STANCE_VERBS += _t("proposed|proposes|propose|proposing|accepted|accepts|accept|accepting")
#: guideline §3b, condemnation in the harsher words of the popular press and of
#: diplomacy ("The president slammed the decision", "The foreign secretary hit out at
#: Moscow", "Tokyo lodged a formal protest"; not "slammed into a wall",
#: `stances._NO_STANCE_CONTEXTS`).
_STANCE_VERBS += _t(
    "slammed|slams|slamming|hit out at|"
    "hits out at|hitting out at|railed against|rails against|railing against|"
    "lodged a protest|lodged a formal protest|lodged a strong protest|lodges a protest|"
    "lodged an official protest|filed a protest|filed a formal protest|"
    # the same in other words ("Amnesty decried the crackdown", "Washington lambasted
    # Beijing over the drills", "China filed a formal complaint over the visit")
    "decried|decries|decry|decrying|lambasted|lambastes|lambasting|castigated|castigates|"
    "castigating|excoriated|excoriates|excoriating|rebuked|rebukes|rebuking|"
    "filed a complaint|filed a formal complaint|lodged a complaint|lodged a formal complaint"
)
#: guideline §3b, support for or opposition to something said as a side taken ("The
#: party is in favour of sending more troops", "The bishops spoke out against the war").
_STANCE_VERBS += tuple(
    f"{verb} in {favour} of"
    for verb in ("is", "are", "was", "were", "came out", "come out", "comes out")
    for favour in ("favour", "favor")
) + tuple(f"{verb} out against" for verb in ("spoke", "speaks", "speak", "came", "comes", "come"))
#: guideline §3b, support said as an attitude held ("The Liberal government is strongly
#: supportive of Ukraine"), and a course resisted ("Mr Mugabe is resisting mediation by
#: a Catholic priest", "resisted calls to step down"); not the bare "resist", which is
#: as often an urge ("could not resist the temptation").
_STANCE_VERBS += _t("supportive of|resisting|resisted|resists")
#: guideline §3b, opposition said as support denied ("The United States does not support
#: forced or coerced relocations"); "will not" and "would not" are cues of their own.
_STANCE_VERBS += tuple(
    f"{negation} support"
    for negation in (
        *("does not", "do not", "did not", "doesn't", "don't", "didn't", "cannot"),
        *("can't", "could not", "couldn't"),
    )
)

#: guideline §3b, conditions and ultimatums: terms set for talks, a truce or a deal
#: ("The rebels have set conditions for joining the talks", "The withdrawal of foreign
#: troops is a precondition for talks", "a ceasefire was out of the question").
_STANCE_VERBS += tuple(
    f"{verb} {terms}"
    for verb in ("set", "sets", "setting", "laid down", "lays down", "lay down", "set out")
    for terms in ("conditions", "preconditions", "a deadline", "a condition", "a precondition")
) + _t(
    "precondition for|preconditions for|a condition for|a condition of|on condition that|"
    "contingent on|contingent upon|out of the question"
)

#: guideline §3b, a call for a course named without "for": what is urged, and a need
#: stressed ("The UN has urged restraint", "The foreign minister stressed the need for a
#: political solution").
_STANCE_VERBS += tuple(
    f"{verb} {course}"
    for verb in ("urged", "urges", "urge", "urging")
    for course in (
        *("restraint", "calm", "dialogue", "de-escalation", "a ceasefire", "a truce"),
        *("an end to", "an immediate end to", "a halt to", "an immediate halt to", "talks"),
        *("negotiations", "a political solution", "a peaceful solution", "a diplomatic solution"),
        *("the withdrawal", "the release", "a return to"),
        # the course urged with its degree or urgency ("urged maximum restraint", "urges
        # an immediate ceasefire", "urging renewed talks")
        *(
            f"{degree} {course}"
            for degree in ("maximum", "utmost", "the utmost", "urgent", "renewed", "immediate")
            for course in (
                "restraint",
                "calm",
                "dialogue",
                "de-escalation",
                "talks",
                "negotiations",
            )
        ),
        *("an immediate ceasefire", "an immediate truce", "a lasting ceasefire"),
        *("a permanent ceasefire", "a lasting truce"),
        # a headline's course without its article ("UN urges truce amid east Ukraine
        # clashes")
        *("truce", "ceasefire", "cease-fire", "immediate ceasefire", "immediate truce"),
    )
) + tuple(
    f"{verb} the {need} for"
    for verb in (
        *("stressed", "stresses", "stressing", "emphasised", "emphasized", "emphasises"),
        *("emphasizes", "underlined", "underlines", "underscored", "underscores"),
    )
    for need in ("need", "urgent need", "necessity", "importance")
)

#: guideline §3b, support for a party named as a side taken ("Moscow has sided with the
#: government", "The UAE has thrown its weight behind the general", "Iran has stood by
#: its ally").
_STANCE_VERBS += (
    _t("sided with|siding with|took sides|taken sides|taking sides")
    + tuple(
        f"{verb} {owner} {backing} behind"
        for verb in ("threw", "thrown", "throws", "throw", "throwing")
        for owner in ("its", "their", "his", "her")
        # "Britain threw its support behind the plan", "threw its full weight behind"
        for backing in ("weight", "support", "full weight", "full support")
    )
    + tuple(
        f"{verb} by {owner} {ally}"
        for verb in ("stood", "stands", "stand", "standing")
        for owner in ("its", "their", "his", "her")
        for ally in ("ally", "allies", "partner", "partners")
    )
)

#: guideline §3b, opposition to a party shown by a measure against it: aid, arms sales,
#: assets or talks cut off or frozen, an embargo ("Washington has cut off aid to the
#: junta", "The EU has frozen the assets of ten officials").
_STANCE_VERBS += tuple(
    f"{verb} {thing}"
    for verb in (
        *("cut off", "cuts off", "cutting off", "suspended", "suspends", "suspending"),
        *("froze", "frozen", "freezes", "freezing", "halted", "halts", "halting"),
    )
    for thing in (
        *("aid to", "military aid", "aid deliveries to", "arms sales", "arms exports"),
        *("the assets of", "assets of", "its assets", "their assets", "talks with"),
        *("relations with", "diplomatic relations", "cooperation with", "arms deliveries"),
        # talks, contacts and trade cut off ("Beijing cut off military talks with
        # Washington", "Ankara suspended trade with Israel")
        *("military talks with", "dialogue with", "military contacts"),
        *("trade with", "all trade with", "gas supplies to", "oil exports to"),
    )
) + _t("arms embargo|embargo on")

#: guideline §3b, support for a course a party took, defended or justified as such ("The
#: minister defended the decision to send troops", "The president has justified the
#: invasion"); not the defence of ground or of a person.
_STANCE_VERBS += tuple(
    f"{verb} {owner} {course}"
    for verb in (
        *("defended", "defends", "defend", "defending", "justified", "justifies"),
        *("justify", "justifying"),
    )
    for owner in ("the", "its", "his", "her", "their")
    for course in (
        *("decision", "move", "strikes", "air strikes", "airstrikes", "operation", "policy"),
        *("deal", "invasion", "war", "intervention", "campaign", "raid", "deployment"),
        *("crackdown", "sanctions", "offensive", "actions", "bombing"),
    )
)

#: guideline §3b, a stated aim named by what a party seeks ("The rebels are seeking
#: autonomy", "The government is seeking a negotiated end to the conflict"); not shelter
#: or treatment sought.
_STANCE_VERBS += tuple(
    f"{verb} {goal}"
    for verb in ("seeking", "seeks", "seek", "sought")
    for goal in (
        *("autonomy", "independence", "self-rule", "secession", "a ceasefire", "a truce"),
        *("talks", "negotiations", "a negotiated", "a political solution", "a peaceful"),
        *("the release of", "the overthrow", "the removal of", "the withdrawal of"),
        *("the ouster", "regime change", "an end to", "a halt to", "membership"),
        *("recognition", "sanctions", "military aid", "more weapons"),
        # arms and guarantees sought from allies ("Kyiv is seeking more air defence
        # systems", "Moscow seeks security guarantees")
        *("weapons", "arms", "more arms", "air defence", "air defense", "more air defence"),
        *("more air defense", "fighter jets", "security guarantees", "guarantees"),
    )
)

#: guideline §3b, a refusal shown by leaving talks under way ("The rebels announced they
#: were pulling out of the talks", as "pulled out of" and "walking out of" above).
_STANCE_VERBS += tuple(
    f"pulling out of {talks}"
    for talks in ("talks", "the talks", "peace talks", "the peace talks", "negotiations")
)

#: guideline §3b, a refusal voiced as what there will be none of, in a speaker's words
#: only (`stances._MODAL_STANCE`: "'There will be no talks with terrorists,' the
#: president said", "'No retreat, no surrender'"; "There were no talks on Monday" is a
#: fact).
_STANCE_VERBS += tuple(f"no {course}" for course in REFUSED_COURSES)

#: guideline §3b, condemnation by judging an act: stance terms (`_STANCE_VERBS`) in a
#: speaker's words only (`stances._MODAL_STANCE`), the speaker condemning ("'The
#: shelling of the market is unacceptable,' the minister said", "it showed a 'monstrous
#: contempt for human life', she added"); the author's own "the barbaric militia" names
#: no one who condemns.
CONDEMNING_WORDS = (
    "unacceptable",
    "outrageous",
    "monstrous",
    "barbaric",
    "cowardly",
    "despicable",
    "abhorrent",
    "reprehensible",
    "deplorable",
)
_STANCE_VERBS += CONDEMNING_WORDS

#: guideline §3b, a demand voiced as a need, as "needs to" is: stance terms in a
#: speaker's words only (`stances._MODAL_STANCE`: "'This shows the need for a
#: stronger force,' the minister said", "the continued need for a foreign presence, he
#: said"); the writer's own "the need for aid is great" is nobody's demand.
NEED_TERMS = ("the need", "need for")
_STANCE_VERBS += NEED_TERMS

#: guideline §3b, a condition a party sets ("Pretoria insists on making … conditional
#: on …"), told by its marker: stance terms in a speaker's words only
#: (`stances._MODAL_STANCE`: "'We will stay only if the government asks us,' the
#: general said", "the rebels said they would hold their fire unless attacked"); the
#: writer's own "unless the rain stops" is nobody's condition.  A condition of time is
#: one too ("talks could begin only after the Taliban declare a ceasefire, Kabul said",
#: "'We will withdraw only when the army leaves'"; not "The shop opens only after 10").
#: ("on condition that", a stance term wherever it stands, is listed with the
#: preconditions above.)
CONDITION_TERMS = (
    "only if",
    "unless",
    "provided that",
    "as long as",
    "only after",
    "only when",
    "only once",
    # a red line, what the speaker's party will not bargain over ("'The return of the
    # hostages is non-negotiable,' the minister said")
    "non-negotiable",
    "not negotiable",
    "not up for negotiation",
    # a threat or a refusal told by what the speaker's party keeps open or shuts ("'All
    # options are on the table,' the envoy said", "'Talks are off the table,' he said")
    "options are on the table",
    "options remain on the table",
    "options were on the table",
    "options remained on the table",
    "off the table",
)
_STANCE_VERBS += CONDITION_TERMS

#: guideline §3b, opposition and support named by their noun with the verb that voices
#: them ("The Kremlin expressed strong opposition to the deployment", "Beijing voiced
#: its opposition", "China has expressed firm support for Iran's pursuit of national
#: security"; solidarity has its own below); the nouns alone name the opposition
#: parties and much else too often.
_STANCE_VERBS += tuple(
    f"{verb} {owner}{degree}{noun}"
    for verb in (
        *("expressed", "expresses", "expressing", "voiced", "voices", "voicing"),
        *("reiterated", "reiterates", "restated", "restates", "repeated", "signalled"),
        *("signaled", "declared", "made clear", "reaffirmed", "reaffirms"),
    )
    for owner in ("", "its ", "their ", "his ", "her ")
    for degree in ("", "strong ", "firm ", "full ", "unwavering ", "continued ")
    for noun in ("opposition", "support for", "support to", "backing for")
)

#: guideline §3b, a refusal said politely: declining to join, sign, back or condemn
#: ("The ministry declined to join the coalition", "India declined to condemn the
#: invasion"); not "declined to comment", which says nothing.
_STANCE_VERBS += tuple(
    f"{verb} to {act}"
    for verb in ("declined", "declines", "declining")
    for act in (
        *("join", "sign", "take part", "participate", "attend", "back", "support"),
        *("endorse", "recognise", "recognize", "condemn", "commit", "send", "contribute"),
        # declining to talk or to give ground ("Pyongyang declined to return to the
        # talks", "Israel declined to withdraw")
        *("negotiate", "return to", "resume", "accept", "withdraw", "lift"),
    )
)

#: guideline §3b, a vow by swearing ("The prime minister has sworn to defeat the rebels",
#: "Hamas swore to avenge the killing"); not the passive "sworn to secrecy" nor an oath
#: sworn in office.
SWORN_TERMS = _t(
    "swore to|swears to|has sworn to|have sworn to|had sworn to|swore never to|swore not to"
)
_STANCE_VERBS += SWORN_TERMS

#: guideline §3b, support for or opposition to a party shown by making or breaking
#: diplomatic ties ("Morocco broke off diplomatic relations with Iran", "the two
#: countries restored diplomatic ties", "Israel and Bahrain normalised relations"), as
#: "severed ties" above; establishing and resuming are policy only with "diplomatic".
_STANCE_VERBS += tuple(
    term
    for term in (
        *(
            f"{verb} {owner}{diplomatic}{ties}"
            for verb in (
                *("broke off", "break off", "breaks off", "breaking off", "severed"),
                *("sever", "severs", "severing", "cut", "cuts", "cutting", "restored"),
                *("restore", "restores", "restoring", "normalised", "normalized"),
                *("normalise", "normalize", "normalises", "normalizes", "normalising"),
                *("normalizing", "downgraded", "downgrade", "downgrades", "downgrading"),
            )
            for owner in ("", "its ", "their ")
            for diplomatic in ("", "diplomatic ")
            for ties in ("ties", "relations")
        ),
        *(
            f"{verb} {owner}diplomatic {ties}"
            for verb in (
                *("established", "establish", "establishes", "re-established"),
                *("re-establish", "resumed", "resume", "resumes"),
            )
            for owner in ("", "full ", "its ", "their ")
            for ties in ("ties", "relations")
        ),
    )
    if term not in _STANCE_VERBS
)

#: guideline §3b, recognition withdrawn or refused named by its noun ("Several states
#: withdrew their recognition of Kosovo", "Ukraine's non-recognition of the annexation").
_STANCE_VERBS += tuple(
    f"{verb} {owner}recognition"
    for verb in ("withdrew", "withdraws", "withdraw", "withdrawn", "revoked", "revokes")
    for owner in ("", "its ", "their ")
) + _t("non-recognition|nonrecognition")

#: guideline §3b, a party's application to join an alliance or a pact ("Sweden has
#: applied to join NATO", "Kyiv applied for membership of the EU").
APPLICATION_TERMS = tuple(
    f"{verb} {aim}"
    for verb in ("applied", "applies", "apply", "applying")
    for aim in ("to join", "for membership", "for full membership", "for nato membership")
)
_STANCE_VERBS += APPLICATION_TERMS

#: guideline §3b, a pledge of support with the adverb that makes it one ("She said
#: Britain stood firmly behind Kyiv", "Washington stands squarely behind Israel"), as
#: "stands behind" above; the bare "stood behind" is where someone stood.
_STANCE_VERBS += tuple(
    f"{verb} {adverb} behind"
    for verb in ("stand", "stands", "stood", "standing")
    for adverb in ("firmly", "squarely", "resolutely", "fully", "solidly", "four-square")
)

#: guideline §3b, a pledge of readiness named by its noun with its holder's
#: pronoun or after a verb of showing it ("Hamas signalled its willingness to release
#: the hostages", "Tehran
#: expressed its readiness to resume talks"), as "willing to" and "ready to" are (not
#: a speaker's judgement of another's, "depends on the Americans' willingness to");
#: support shown as solidarity ("France
#: expressed solidarity with Ukraine"); a mission's mandate extended or renewed, a
#: decision announced ("The Security Council extended the mandate of the force").
_STANCE_VERBS += (
    tuple(
        f"{owner} {noun} to"
        for owner in ("its", "their", "his", "her", "a")
        for noun in ("willingness", "readiness")
    )
    # ... or with no pronoun after a verb of showing it ("Zelenskyy signaled readiness for
    # a trilateral leaders' meeting", "Russia expressed readiness to resume talks")
    # (four verbs only: each term's verb is a branch the stance trie walks at every
    # "declared" or "confirmed" of a text)
    + tuple(
        f"{verb} {noun}"
        for verb in ("expressed", "signalled", "signaled", "indicated")
        for noun in ("willingness", "readiness")
    )
    + tuple(
        f"{verb} {owner}solidarity with"
        for verb in ("expressed", "expresses", "expressing", "voiced", "voices", "declared")
        for owner in ("", "its ", "their ", "his ", "her ", "full ")
    )
    + tuple(
        f"{verb} {owner} mandate"
        for verb in ("extended", "extends", "extend", "renewed", "renews", "renew")
        for owner in ("the", "its", "their")
    )
)

#: guideline §3b, support argued for: advocacy ("The senator has long advocated arming
#: the rebels", "lobbied for sanctions", as "lobbying for" above).
_STANCE_VERBS += _t(
    "advocated|advocates|advocating|championed|champions|championing|lobbied for|lobbies for"
)

#: guideline §3b, a warning issued as such ("The minister issued a stern warning to the
#: rebels") and an agreement in principle ("both sides had agreed in principle to a
#: truce").
_STANCE_VERBS += tuple(
    f"{verb} a {tone}warning to"
    for verb in ("issued", "issues", "issuing", "gave", "gives", "sent", "sends", "delivered")
    for tone in ("", "stern ", "stark ", "strong ", "clear ", "final ", "blunt ")
) + _t("agreed in principle|agrees in principle|agree in principle")

#: guideline §3b, a threat or condition named by a noun ("The YPG crossing west of the
#: Euphrates is Turkey's red line", "the strikes were a clear warning to the regime",
#: "the deployment sends a strong message to Moscow", "raised the spectre of a world war if
#: talks fail") and a decision issued as a decree.
_STANCE_VERBS += _t(
    "red line|red lines|a warning to|a clear warning to|a clear message to|"
    "a strong message to|raised the specter of|raised the spectre of|raises the specter of|"
    "raises the spectre of|signed a decree|signs a decree|issued a decree|"
    "issues a decree"
)
#: guideline §3b, a threat named by what the other side will suffer ("the strikes
#: cannot be left without response", "the attack will not go unpunished", "they will
#: pay dearly").
_STANCE_VERBS += _t(
    "without response|without a response|go unanswered|go unpunished|pay dearly|"
    "pay a heavy price|pay a high price|pay a heavy toll"
)
#: guideline §3b, condemnation by naming a party's act as a sham or a crime ("The
#: opposition called the vote a sham", "described the raid as a heinous crime").
_STANCE_VERBS += _t("a sham|a farce|a travesty|heinous crime|a heinous crime")
#: guideline §3b, a stated aim named by its noun or by an effort ("Iran's main goal is
#: to occupy the port", "with the aim of establishing a caliphate", "U.S. efforts to
#: stem the spread of the group").
#: An aim named by its noun before "is to" or "was to" (`stances` leaves a person's own
#: ambition out: "Her goal is to become a doctor").
AIM_TO_TERMS = _t("goal is to|goal was to|aim is to|aim was to|objective is to")
_STANCE_VERBS += (
    AIM_TO_TERMS
    + _t(
        "objectives are to|"
        # the same nouns in the past and the plural ("Israel said its objective was to destroy
        # Hamas", "their goals were to")
        "objective was to|objectives were to|goals are to|goals were to|aims are to|aims were to|"
        "with the aim of|with an eye to"
    )
    + tuple(
        f"{effort} to {end}"
        for effort in ("effort", "efforts")
        for end in (
            *("stem", "end", "defeat", "fight", "counter", "crush", "oust", "topple"),
            *("weaken", "contain", "halt", "dislodge", "drive out", "roll back"),
        )
    )
)

#: guideline §3b, support for someone or something given as a thing a party lends or
#: gives ("Ankara lent its support to the rebels", "Moscow gave its blessing to the deal",
#: "The League threw its backing behind the bid"), as "threw its support behind" above.
_STANCE_VERBS += tuple(
    f"{verb} {owner} {backing} to"
    for verb in (*("lent", "lends", "lend", "lending", "gave", "gives", "give", "giving", "given"),)
    for owner in ("its", "their", "his", "her")
    for backing in (
        *("support", "full support", "backing", "full backing", "blessing", "weight"),
        *("full weight", "endorsement"),
    )
) + tuple(
    f"{verb} {owner} {backing} behind"
    for verb in ("threw", "thrown", "throws", "throw", "throwing")
    for owner in ("its", "their", "his", "her")
    for backing in ("backing", "full backing")
)
#: A party's position named as its own ("Beijing's position is that …"), and its aim,
#: policy or refusal named by a noun it owns ("China's goal of reunification", "Israel's
#: policy is to respond", "isolated because of its refusal to withdraw"; not "the goal
#: of the talks", "a refusal to comment").
OWNED_POSITION_TERMS = _t(
    "position is that|position was that|position remains that|stance is that|"
    "stance was that|stance remains that"
)
#: An aim named by its noun before "of" ("China's goal of reunification").
AIM_OF_TERMS = _t("goal of|aim of|objective of")
#: An aim named as a thing ("'Our aim is the liberation of all occupied territory'").
AIM_NAMED_TERMS = _t(
    "aim is the|goal is the|objective is the|aim is a|goal is a|aim is an|goal is an"
)
OWNED_POSITION_TERMS += (
    AIM_OF_TERMS + _t("policy of|policy is to|policy was to|refusal to") + AIM_NAMED_TERMS
)
#: guideline §3b (demands, insistence, negotiating positions): a stance a party keeps,
#: restates or changes ("Hamas stood firm on its demand for a permanent ceasefire",
#: "Seoul has stuck to its position that talks must wait", "Israel has hardened its
#: stance"); not "maintained its position", which troops do on a hill.
_STANCE_VERBS += (
    tuple(
        f"{verb} {owner} {stance}"
        for verb in (
            *("stood firm on", "stands firm on", "stand firm on", "standing firm on"),
            *("held firm to", "holds firm to", "hold firm to", "holding firm to", "held firm on"),
            *("held firm in", "stuck to", "sticks to", "stick to", "sticking to", "hardened"),
            *("hardens", "harden", "hardening", "softened", "softens", "soften", "softening"),
            *("reiterated", "reiterates", "restated", "restates"),
        )
        for owner in ("its", "their", "his", "her")
        for stance in (
            *("position", "stance", "demand", "demands", "insistence", "refusal", "line"),
            "hard line",
        )
        # the same stance named as the owner's ("Beijing's position is that Taiwan …"; not
        # "the legal position is that", `stances._NO_STANCE_CONTEXTS`)
    )
    + OWNED_POSITION_TERMS
)
#: guideline §3b, pledges and commitments in the words of treaties and diplomacy ("The
#: new government has committed itself to holding elections", "The coalition has
#: undertaken to withdraw", "Kabul gave its word that …", "The rebels have given
#: assurances that civilians can leave"), as "committed to" and "pledged" above.
_STANCE_VERBS += (
    tuple(
        f"{verb} {self} to"
        for verb in ("committed", "commits", "commit", "committing")
        for self in ("itself", "themselves", "himself", "herself")
    )
    + tuple(
        f"{verb} {owner} word"
        for verb in ("gave", "given", "gives", "give")
        # a party's word: a person's ("gave his word to his mother") is as often private
        for owner in ("its", "their")
    )
    + tuple(
        f"{verb} {firm}assurances"
        for verb in ("gave", "given", "gives", "give", "offered", "provided")
        for firm in ("", "firm ", "written ")
    )
    + _t("undertook to|undertakes to|has undertaken to|have undertaken to|had undertaken to")
)
#: guideline §3b, rejection of a plan, an offer or talks in the words beside "rejected"
#: ("Hamas turned down the Egyptian ceasefire proposal", "The government spurned the offer
#: of talks", "Tehran has repudiated the nuclear deal"); only with a plan for object, as
#: "accepted" (`stances._NO_STANCE_CONTEXTS`: not "turned down the volume").
PLAN_REJECTING_VERBS = _t(
    "turned down|turns down|turn down|turning down|spurned|spurns|spurn|spurning|"
    "rebuffed|rebuffs|rebuff|rebuffing|repudiated|repudiates|repudiate|repudiating|"
    # waving a plan away ("Moscow dismissed the proposal as unrealistic"; not "dismissed
    # the case", "dismissed the minister")
    "dismissed|dismisses|dismiss|dismissing"
)
_STANCE_VERBS += PLAN_REJECTING_VERBS
#: guideline §3b, sanctions imposed, told by the verb ("Britain has sanctioned five
#: Russian oligarchs", "Canada has blacklisted the Wagner Group"); not "UN-sanctioned"
#: (`stances._stance`) nor "the sanctioned banks" (`stances._NO_STANCE_CONTEXTS`), which
#: name who bears them.
SANCTIONING_VERBS = _t("sanctioned|sanctioning|blacklisted|blacklisting")
#: guideline §3b, opposition argued for: a party campaigning or lobbying against a course
#: ("The president campaigned against the treaty", "The opposition is lobbying against
#: the deal"; not the noun "campaigns against", of wars), and sanctions imposed.
_STANCE_VERBS += (
    _t(
        "campaigned against|campaigning against|lobbied against|lobbying against|"
        "lobbies against|lobby against"
    )
    + SANCTIONING_VERBS
)

#: guideline §3b, condemnation, recognition refused: a party naming another's act by a
#: label of condemnation or of unlawfulness ("Beijing called the visit a provocation",
#: "Moscow branded the sanctions an act of economic war", "Kiev regards the referendum
#: as null and void"); only with such a label after them (`stances._stance`: not "a
#: group called Islamic State") and not in the passive (`stances._NO_STANCE_CONTEXTS`:
#: "is considered illegal").
LABELLING_VERBS = _t(
    "call|called|calls|calling|brand|branded|brands|branding|label|labelled|labeled|"
    "labelling|labeling|termed|describe|described|describes|describing|deem|deemed|deems|"
    "consider|considers|considered|regard|regards|regarded|"
    # the same judgement as a view held or a listing ("Moscow views the alliance as a
    # threat", "Britain has designated the group a terrorist organisation")
    "views|viewed|designate|designates|designated|designating|listed|lists"
)
_STANCE_VERBS += LABELLING_VERBS

#: guideline §3b, opposition to a party shown by banning it, only with a political body,
#: a medium or a protest after the verb (`stances._OBJECT_NEEDED`: "The government banned
#: the group", "Ankara banned the pro-Kurdish party"; not "The school banned phones").
BANNING_VERBS = _t("banned|bans|banning|proscribed|proscribes|proscribing")
_STANCE_VERBS += BANNING_VERBS
#: guideline §3b, support for someone declared as standing with it, only with a party
#: named after (`stances._OBJECT_NEEDED`: "Britain stands with Ukraine"; not "stood with
#: her family").
STANDING_WITH_TERMS = _t("stand with|stands with|stood with|standing with")
_STANCE_VERBS += STANDING_WITH_TERMS
#: guideline §3b, opposition to a course told with "against", only with a course of policy
#: after it (`stances._OBJECT_NEEDED`: "Germany is against the deployment"; not "the
#: ladder is against the wall", "the odds are against them").
AGAINST_TERMS = _t(
    "is against|are against|was against|were against|remains against|remained against|"
    "remain against|firmly against|strongly against|adamantly against|staunchly against"
)
_STANCE_VERBS += AGAINST_TERMS
#: guideline §3b, a warning against a course, with the same course after it as "is
#: against" (`stances._OBJECT_NEEDED`: "Beijing cautioned against any military
#: intervention", "cautioned against escalating the conflict"; not "cautioned against
#: excessive restrictions on the market").
CAUTIONING_TERMS = _t("cautioned against|cautions against|caution against|cautioning against")
_STANCE_VERBS += CAUTIONING_TERMS
#: guideline §3b, a stated aim told as an attempt or a hope, only with a policy after it
#: (`stances._OBJECT_NEEDED`: "Washington is trying to isolate Pyongyang", "Kiev hopes to
#: retake the peninsula"; not "She hopes to win the race").
ATTEMPT_TERMS = _t(
    "hopes to|hoped to|hoping to|hope to|trying to|tries to|tried to|try to|attempting to|"
    "attempts to|attempted to|working to|works to|worked to"
)
_STANCE_VERBS += ATTEMPT_TERMS
#: guideline §3b, support for a course told as a preference, and opposition to one told
#: as blocking it, only with a course of policy after the verb (`stances._OBJECT_NEEDED`:
#: "Paris favours a tougher line on Moscow", "Congress blocked the arms sale"; not
#: "prefers the morning train", "blocked the road").
FAVOURING_TERMS = _t("favours|favors|favoured|favored|favouring|favoring|prefers|preferred")
BLOCKING_TERMS = _t("blocked|blocks|blocking")
#: Support for a course told as praise, and "backed" with no auxiliary or adverb, with
#: the same object after them ("The Kremlin praised the decision to suspend the drills",
#: "The US hailed the agreement", "The Duma backed the annexation"; not "hailed a taxi",
#: "praised the chef", nor "Turkish backed rebels" of texts that lost their hyphens).
PRAISING_TERMS = _t(
    "praised|praises|praising|hailed|hails|hailing|applauded|applauds|applauding|lauded|"
    "lauds|backed"
)
_STANCE_VERBS += FAVOURING_TERMS + BLOCKING_TERMS + PRAISING_TERMS
#: guideline §3b, opposition named by its noun after its owner's pronoun ("Tokyo
#: reaffirmed its opposition to any change", "Turkey has not changed its objection to
#: the bid"); "opposition to" alone is as often the public's or the opposition's.
_STANCE_VERBS += _t(
    "its opposition to|their opposition to|its objection to|their objection to|"
    "its objections to|their objections to"
)
#: guideline §3b, a vote against told as voting down ("The Knesset voted down the bill").
_STANCE_VERBS += _t("voted down|votes down|vote down|voting down")
#: guideline §3b, support for someone or something declared by rallying to it ("Arab
#: states rallied behind the Palestinian bid").
_STANCE_VERBS += _t(
    "rallied behind|rallies behind|rally behind|rallying behind|rallied around|"
    "rallies around|rally around|rallying around"
)
#: guideline §3b, recognition granted or refused, only with a state, a government or a
#: change of status after it (`stances._OBJECT_NEEDED`: "Seoul recognises the new
#: government", "North Korea does not recognise it", "Russia recognised the breakaway
#: regions"; not "did not recognise the man", "recognised his contribution").
RECOGNISING_TERMS = _t(
    "recognised|recognized|recognises|recognizes|recognise|recognize|not recognise|not recognize"
)
_STANCE_VERBS += RECOGNISING_TERMS

#: guideline §3b, decisions of state announced: a treaty ratified, a party outlawed, a
#: ban imposed or lifted, a parliament dissolved or a constitution suspended ("The Senate
#: ratified the arms control treaty", "The government outlawed the Muslim Brotherhood",
#: "Washington has lifted the ban on arms sales", "The junta dissolved the parliament").
_STANCE_VERBS += _t(
    "ratified|ratifies|ratify|ratifying|outlawed|outlaws|outlawing|"
    "suspended the constitution|suspends the constitution|suspending the constitution|"
    "dissolved the parliament|dissolved parliament|dissolves parliament|"
    "dissolves the parliament|dissolving parliament|dissolving the parliament"
) + tuple(
    f"{verb} {owner} ban on"
    for verb in (
        *("lifted", "lifts", "lift", "lifting", "imposed", "imposes", "impose", "imposing"),
        *("eased", "eases", "ease", "easing"),
    )
    for owner in ("the", "its", "their", "a")
)

#: guideline §3b, support for someone named by the supporter's role ("Russia is the main
#: backer of the Assad regime", "Iran, the chief sponsor of the Houthi rebels, …", "Qatar
#: is a key ally of the Brotherhood").
_STANCE_VERBS += tuple(
    f"{rank} {backer} of"
    for rank in (
        *("main", "chief", "key", "principal", "biggest", "staunchest", "major", "leading"),
        *("primary", "strongest", "top"),
    )
    # not "supporter", a hospital's or a club's as often
    for backer in (
        *("backer", "backers", "sponsor", "sponsors", "patron", "patrons", "arms supplier"),
        *("arms suppliers", "ally", "allies"),
    )
)

#: Armed groups named without a force noun, as written (matched case-sensitively).
_ARMED_GROUP_NAMES = _t(
    "ISIS|ISIL|Daesh|Islamic State|Hezbollah|Hamas|al-Shabaab|Shabaab|Boko Haram|al-Qaeda|"
    "al Qaeda|Nusra|Nusra Front|al-Nusra|YPG|PKK|Taliban|Houthi|Houthis|"
    # the same names opening a sentence, and groups of later wars ("Al-Shabaab was driven
    # out of Mogadishu", "M23 took Goma", "HTS controls Idlib")
    "Al-Shabaab|Al Shabaab|Al-Qaeda|Al Qaeda|Al-Nusra|SDF|Wagner|M23|HTS|Hayat Tahrir al-Sham"
)

_INTENT_VERBS = _t(
    "respond|retaliate|return|retake|fight|defend|attack|strike|resist|liberate|crush|"
    "destroy|punish|withdraw|hand over|turn|pursue|confront|defeat|halt|assist|provide|"
    # staying on, pressing on or seeking a goal ("a token force would stay", "Ukrainian
    # forces would continue with military operations", "country will seek to become
    # member of Nato"; "continue to" leads another verb, `positions._INTENT_LEAD`)
    "stay|continue|keep|seek|maintain|target"
    # a party taking part in a war, or staying out of it ("we are not going to get
    # involved in military action")
    "|get involved"
    # ground to be won back, in the speaker's words ("'We will take it back,' the general
    # told state television"), as "retake"
    "|take it back|take them back|take back|win it back|win them back"
)
#: guideline §3b, a stated policy: a party saying what it will do with its forces,
#: envoys, captives, sanctions or talks ("The government said it would send more troops",
#: "Moscow said it would expel the diplomats", "The junta said it would hold elections").
_INTENT_VERBS += _t(
    "send|deploy|expel|impose|lift|negotiate|disarm|surrender|recognise|recognize|release|"
    "free|hold elections|hold talks|hold a referendum|comply|cooperate|sign|veto|boycott|"
    # stepping in, putting a goal first, an all-out pledge ("its forces would intervene
    # and impose order", "the coalition will prioritise aid", "the U.S. would do whatever
    # was necessary to keep the lanes open")
    "intervene|prioritise|prioritize|do whatever"
)
#: guideline §3b, a stated policy of borders, envoys, pacts and measures: a party saying
#: it will close or reopen a border or an embassy, suspend or resume talks or a deal,
#: join a coalition or a war, block a resolution or freeze assets ("The government said
#: it would close the border", "Kiev said it would join the coalition"); only with such
#: an object ("the shop said it would close", "the airline would suspend flights" state
#: no policy; the bare verbs, tried, added an unread false position).
_INTENT_VERBS += tuple(
    f"{verb} {owner}{thing}"
    for verbs, things in (
        (
            ("close", "reopen", "open", "seal", "shut"),
            (
                *("border", "borders", "border crossing", "crossing", "crossings"),
                *("embassy", "consulate", "airspace", "ports", "port"),
            ),
        ),
        (
            ("suspend", "resume", "freeze", "halt"),
            (
                *("talks", "negotiations", "cooperation", "military cooperation", "aid"),
                *("military aid", "deal", "agreement", "treaty", "participation", "membership"),
                *("diplomatic relations", "relations", "assets", "arms sales"),
            ),
        ),
        # joining talks is as often taking part as taking a side
        (("join",), ("coalition", "alliance", "war", "fight", "bloc", "offensive")),
        (
            ("block",),
            (
                *("talks", "negotiations", "resolution", "deal", "accession", "bid", "sale"),
                "arms sale",
            ),
        ),
    )
    for verb in verbs
    for owner in ("", "the ", "its ", "their ", "any ", "all ")
    for thing in things
)

#: guideline §3b, a stated policy told as a plan: what a party plans to do, as what it
#: will do (`_INTENT_VERBS`), and acts of policy a plan names more often than a pledge
#: ("Obama plans to send 250 more troops", "Obama now plans to leave a larger force
#: behind", "UK plans to end combat operations"); not a purchase or a road built.
_PLANNED_ACTS = _INTENT_VERBS + _t(
    "leave|end|cut|reduce|increase|invade|go after|dismantle|station|create|close|abolish"
)

#: guideline §3b, support for someone shown as help: what a party helps a named party
#: do in a conflict, its plans and control of ground and arming or building up its
#: forces ("Russia helped Damascus regain territory", "China helps Iran to develop new
#: missiles"); not "helped Maria carry her bags".  Terms in both lists are named once.
_HELPED_ACTS = tuple(
    dict.fromkeys(
        _PLANNED_ACTS
        + _CONTROL_VERBS
        + _t("develop|build|produce|clear|restore|find|train|arm|equip|secure|rebuild|win")
    )
)

#: Arms a party hands to another (guideline §3b, support for someone: "Russia had
#: supplied 100 battle tanks … to separatists").
_WEAPON_NOUNS = _t(
    "weapons|weaponry|arms|tanks|missiles|rockets|ammunition|munitions|artillery|rifles|"
    "mortars|armoured vehicles|armored vehicles|armoured personnel carriers|"
    "armored personnel carriers|explosives|warplanes|fighter jets|attack helicopters|"
    "air defence systems|air defense systems|"
    # the arms of later wars ("Iran supplies drones to Russia", "North Korea has shipped
    # artillery shells to Russia")
    "drones|artillery shells|shells|grenades|firearms|military equipment"
)

_ARMS_SUPPLY_TERMS = _t(
    "supplied|supply|supplies|supplying|shipped|ships|shipping|shipment of|shipments of|"
    "delivered|deliver|delivers|delivering|delivery of|deliveries of|transferred|"
    "transfer|transfers|transferring|transfer of|smuggled|smuggles|smuggling|provided|"
    "provide|provides|providing|"
    # arms sent ("Russia has sent arms to the separatists"; not "sold", which reads
    # as past dealings: "admitted he was wrong to sell arms to Iran")
    "sent|send|sends|sending"
)

_ARMS_RECEIPT_TERMS = _t("received|receive|receives|receiving|obtained|obtains|obtaining")

#: Help a party gives another as such (guideline §3b, support for someone: "The US is
#: only providing 'non-lethal' assistance", "The EU confirmed a new aid package").
_AID_NOUNS = _t(
    "assistance|aid package|aid packages|military aid|security aid|financial aid|"
    "economic aid|aid programme|aid program|"
    # a sum of aid ("The Senate approved $61 billion in aid for Ukraine"; not "in aid"
    # alone, whose first word would send every sentence with "in" to the aid rule)
    "billion in aid|million in aid"
)

_AID_GIVING_TERMS = _t(
    "provided|provide|provides|providing|confirmed|confirms|announced|announces|"
    "pledged|pledges|offered|offers|approved|approves|gave|give|gives|giving|extended|"
    "extends|sent|send|sends|sending|contributed|contributes|contributing"
)

#: Stances told in the passive, with their holder after "by" (guideline §3b: "He was
#: backed by David Cameron", "The draft resolution was proposed by New Zealand, Spain
#: and Egypt", "It is opposed by factional hardliners").
_PASSIVE_STANCE_VERBS = _t(
    "backed|supported|endorsed|sponsored|proposed|drafted|tabled|put forward|opposed|"
    "condemned|rejected|vetoed|welcomed|criticised|criticized|denounced|demanded|"
    # a ban told by its agent ("entry of fuel remains banned by the Israeli authorities")
    "banned|prohibited"
)

#: Verbs of keeping a named party from acting (guideline §3b, opposition: "Turkey is
#: preventing Kobane from getting ammunition"), before the party and "from".
_PREVENTION_VERBS = _t(
    "prevent|prevents|prevented|preventing|block|blocks|blocked|blocking|bar|bars|barred|barring"
)

_CIVILIAN_MOVER_NOUNS = _t(
    "migrants|tourists|refugees|asylum seekers|asylum-seekers|civilians|residents|villagers|"
    "families|passengers|travellers|travelers|pilgrims|shoppers|commuters"
)

_CONSEQUENCE_TERMS = _t(
    "be at risk|at greater risk|target for|targets for|evoke|provoke|trigger|backlash|"
    "retaliation|retaliate|consequences|escalation|strong response|tough response|"
    "firm response|decisive response|military response|be considered an attack|"
    "be regarded as an attack|be treated as an attack|act of war|declaration of war|"
    # ruin threatened to the other side ("any attack on us will mean all-out war", "your
    # bases will be destroyed")
    "all-out war|full-scale war|total war|be destroyed|be wiped out|be crushed"
)

_REPORTING_VERBS = _t(
    "said|says|say|saying|told|tells|tell|telling|added|adds|adding|stated|"
    "stating|announced|announces|announcing|announce|claimed|claims|claiming|claim|"
    "confirmed|confirms|confirming|reported|reports|reporting|report|warned|warns|warning|"
    "urged|urges|urging|urge|insisted|insists|insisting|demanded|demands|asked|asks|"
    "accused|accuses|accusing|blamed|blames|condemned|condemns|condemning|denied|"
    "denounced|denounces|denouncing|"
    "denies|denying|dismissed|dismisses|described|describes|called for|calls for|"
    "called on|calls on|calling on|calling upon|tweeted|tweets|tweeting|posted|wrote|writes|"
    # what a text says ("The caption reads: …", "“…,” reads the description of a clip";
    # only so: `statements` checks the words before)
    "reads|read|"
    "threatened|"
    "threatens|"
    # charging someone with a task, or alleging ("He charged the troop to respect …",
    # "Critics charged that …"; only so: `statements` checks the words after)
    "charged|"
    # going on to speak, right before a quotation ('He continued, "This government has
    # got its priorities wrong."'; only so: `statements` checks the words after)
    "continued|concluded|"
    "echoed|affirmed|affirms|stressed|stresses|noted|notes|explained|argued|"
    "estimated|acknowledged|admitted|admitting|quoted|cited|citing|declared|"
    # "The report quotes Habibullah Badami, a religious leader, as telling …" (only so:
    # `statements` checks the words after)
    "quotes|"
    # advice given in words ("The researchers recommended that democratic countries …")
    "recommended that|recommends that|"
    # what a plan or a document lays down ("His plan also stipulates that …")
    "stipulates that|stipulated that|"
    "declares|vowed|vows|pledged|pledges|promised|labels|alleged|alleges|"
    "replied|countered|insist|according to|as per|issued a statement|estimates|estimate|"
    # a statement or report introduced, what follows after a colon ("An aid worker,
    # Abdul Haq, from Anaya Aid did the following report:", "had this to say:")
    "issued the following statement|released the following statement|"
    "gave the following statement|made the following statement|"
    "issued the following press statement|released the following press statement|"
    "gave the following report|did the following report|had this to say|"
    "had the following to say|"
    "argue|argues|warn|deny|accuse|blame|condemn|describe|confirm|called upon|"
    "calls upon|brushed off|brushed aside|lashed out at|hit back at|commented|comments|"
    # attacking in words and waving a claim away ("Chinese media lash out at US Asia
    # policy", "Modi also hit out at Pakistan", "Pakistan's leaders have rubbished the
    # claim")
    "lash out at|lashes out at|hit out at|hits out at|hitting out at|rubbished|rubbishes|"
    "remarked|recalled|conceded|asserted|reiterated|reiterates|"
    # "As one European diplomat put it, …" (only so: `statements` checks the words around)
    "put it|"
    # rejecting a claim, like denying it ("Russia has repeatedly rejected … claims")
    "rejected|rejects|rejecting|"
    # naming what something is ("The North calls the drills a rehearsal for invasion",
    # "what agents call a “hawk”")
    "called|calls|calling|call|branded|brands|branding|labelled|labeled|labelling|labeling|"
    "dubbed|dubbing|termed|terms|terming|describing|refers to|refer to|referring to|"
    # in the passive with its agent ("is designated as a terrorist group by the UN")
    "designated|"
    # replies, calls, appeals and warnings made as nouns
    "responded that|responds that|responding that|made a call for|made a joint call for|"
    # a protest made to another side, and news passed on ("BSF lodges protest with Pak
    # Rangers", "The Indian Army on Tuesday informed that …")
    "lodged a protest|lodges a protest|lodged protest|lodges protest|lodged a strong protest|"
    "lodges a strong protest|lodged a formal protest|lodges a formal protest|"
    "informed that|informs that|"
    "made calls for|made repeated calls for|led calls for|led the calls for|"
    "made an appeal for|made an appeal to|made appeals to|made repeated appeals to|"
    # an appeal or an announcement made with a word of how ("Col Virendra Thapar made a
    # fervent appeal for people to stand united", "the Trump administration made a
    # surprise announcement that it would pull back")
    "made a fervent appeal|made an urgent appeal|made a passionate appeal|"
    "made an impassioned appeal|made a fresh appeal|made a direct appeal|"
    "made a personal appeal|made an emotional appeal|made a surprise announcement|"
    "issued a warning|issued the warning|issued an ultimatum|issued a threat|"
    "characterized|characterizes|characterize|characterised|characterises|characterise|"
    # a demand kept up ("Boko Haram has been demanding the release of …"); "demanding"
    # alone is as often an adjective ("protests demanding reforms")
    "been demanding|is demanding|are demanding|was demanding|were demanding|"
    # a call kept up ("Guterres is calling for a four-day halt in fighting"); bare
    # "calling" names ("what agents are calling a hawk")
    "been calling for|is calling for|are calling for|was calling for|were calling for|"
    "acknowledge|acknowledges|"
    "emphasised|emphasized|mentioned|complained|lamented|cautioned|retorted|testified|"
    "predicted|maintain that|maintains that|maintained that|implied|implies|proposed that|"
    # a forecast told, with its clause ("the World Bank … forecast that the Russian
    # economy would contract"); not the plural nouns ("UN projects that have not led …")
    "forecast that|forecasted that|projected that|"
    "proposes that|spoke of|expressed concern|expressed concerns|voiced concern|"
    "suggested that|suggests that|indicated that|indicates that|assured|assures|"
    "questioned whether|questions whether|questioning whether|questioned how|questions how|"
    "questioning how|questioned why|questions why|questioning why|revealed|reveals|disclosed|"
    "discloses|concluded that|concludes that|determined that|found that|finds that|"
    "alleging|suggest that|indicate that|played down|plays down|downplayed|downplays|"
    "begged|begging|pleaded|pleads|appealed to|appeals to|appealed for|appeals for|"
    "refuted|refutes|expressed|expresses|"
    "made clear that|made it clear that|makes clear that|makes it clear that|"
    "pointed out|points out|pointing out|point out that|"
    "criticised|criticized|criticises|criticizes|"
    "criticising|criticizing|praised|praises|commended|commends|hailed|hails|confessed|"
    # sharp criticism and praise in headline verbs, and thanks given ("Iran slams U.S.
    # sanctions on Cuba", "… daughter lauds Leader's guidance", "Elkosayer thanked the
    # World Bank"); not "thanks", which is as often "thanks to"
    "slammed|slams|lauded|lauds|thanked|"
    "confesses|suggested|made clear|made it clear|state that|states that|outlined|laid out plans|"
    "voiced alarm|expressed alarm|signalled|signaled|signalling|signaling|signals|suggests|"
    "admits|accepted responsibility|accepts responsibility|decried|decries|voiced|voices|"
    "laid out a plan|laid out his plan|laid out her plan|laid out its plan|laid out a vision|"
    # doubting a claim, like denying it ("IRAN PRESIDENT DOUBTS U.S. ACTION …"); and the
    # plural of "suggests" ("Reports suggest the aircraft doubled back …")
    "doubts|doubted|suggest|"
    # disputing a claim, like denying it ("Israel disputes that breakdown"); questioning
    # it ("critics have questioned its timing"; "was questioned by police" is no speech)
    "disputed|disputes|questioned|"
    # ruling out, judging, boasting and speaking out ("has ruled out any return to
    # negotiations"); bare "boasts" owns more often than it says ("boasts one of the
    # world's biggest armies")
    "ruled out|rules out|ruling out|deemed|deems|boasted of|boasts of|boasted that|"
    "boasts that|spoke out|speaks out|"
    "talked about|talks about|talked of|"
    # the participles of "assured" and "issued a statement", whose subject is the
    # sentence's ("…, assuring them that the UK was committed")
    "assuring|issuing a statement|"
    # proclaiming an aim ("the administration has proclaimed its intention")
    "proclaimed|proclaims|proclaim|"
    # arguing, guessing, joking and hinting, and sharp criticism, all said ("he
    # contended that", "…, she quipped", "the minister lambasted the plan")
    "contend that|contended|contends|speculated|speculates|reckoned|reckons|opined|opines|quipped|"
    "quips|joked|hinted|hints|lambasted|lambasts|rebuked|rebukes|chided|chides|berated|"
    "berates|bemoaned|bemoans|"
    # letting it be known ("Defence sources indicated last night that …")
    "indicated|indicates|"
    # bragging is saying ("The rebels had earlier boasted they were receiving …"; "boasts
    # one of the biggest armies" is having), and rejecting in the present ("officials
    # reject any political motive")
    "boasted|reject|"
    # the other forms of the verbs above ("she explains", "noting that", "recalling",
    # "reiterating", "replies") and their near synonyms ("reaffirmed", "underscored",
    # "recounted"): every form of a verb of saying reports speech. Not "recalls" ("the
    # crisis recalls the war of 2003"), "pledging" ("pledging allegiance"), "reaffirms" (a
    # law's text "reaffirms" a commitment), nor "stressing" and "clarified", whose read
    # statements ("signed a communiqué stressing …", "The source clarified") took a
    # speaker other than the gold's
    "explains|explaining|noting|recalling|conceding|concedes|asserts|"
    "asserting|declaring|cautions|cautioning|reiterating|affirming|acknowledging|replies|"
    "vowing|predicts|reaffirmed|reaffirming|underlined|underlines|"
    "underscored|underscores|underscoring|recounted|recounts|"
    "shouted|yelled|whispered|swore|confided|"
    # a clarification with its clause, comfort given, an argument made and a firm view
    # ("A senior official clarified Monday that …", "The president also reassured
    # Americans that …", "Trump made the case that …", "The official was adamant that …")
    "clarified that|clarifies that|reassured|reassures|reassuring|made the case that|"
    "makes the case that|making the case that|adamant that|"
    # a reminder given ("He reminded everybody in the hall that …", "Russia was reminded
    # by various speakers that …")
    "reminded|reminds|"
    # restating a position, objecting with a clause, and a suggestion going on ("Lavrov
    # … restated that Moscow was ready for talks", "members of Congress objected that
    # …", "Hague is suggesting that …"); "objected" alone is a quotation's tag only, and
    # "suggesting that" after a noun is what evidence does ("evidence suggesting that")
    "restated|restates|restating|objected that|objects that|is suggesting that|"
    "are suggesting that|was suggesting that|were suggesting that|"
    # raising an alarm with what is feared ("WFP alerted that 1.1 million people risk …")
    "alerted that|alerts that|"
    # pointing to what matters ("He highlighted that the military was obliged to …",
    # "Minister Fouad highlighted the collaborative nature of the initiative"): every
    # read sentence whose subject highlights something is a statement; not "highlighting"
    # alone, which follows a fact as often as a speaker ("…, highlighting the urgent
    # need for protection")
    "highlighted|highlights|highlighting that|"
    # what a document shows ("U.N. figures show that 1,462 Afghan civilians …",
    # "Godongwana’s latest budget documents show Sars collected …"; only so:
    # `statements` checks the noun before)
    "show|shows|showed"
)

#: Verbs that report speech only as the tag of a quotation ('"…," he continued', '"…,"
#: the lawyer protested', '"…," laughed the driver'): as reporting verbs they would make
#: "fighting continued" and "villagers protested" speech, so the quotation must stand
#: right before them (`statements._QuoteTags`).
_QUOTE_TAG_VERBS = _t(
    "continued|went on|laughed|protested|concluded|sighed|fumed|smiled|snapped|exclaimed|"
    "cried|observed|answered|mused|chuckled|scoffed|muttered|murmured|grumbled|groaned|"
    "marvelled|marveled|raged|gasped|sobbed|wept|interjected|objected|ventured|reasoned|"
    "charged|thundered|boomed|screamed|wailed|teased|mocked|smirked|grinned|retorted|"
    "recalls|continues|concludes|goes on|laughs|protests|sighs|"
    # the present of feature writing, and tags that open or break in ('"He never sees
    # his enemy," Mrs. Chapin complains', '"Maybe," began a student', '"…," put in a man')
    "complains|exclaims|interjects|objects|answers|observes|muses|snaps|cries|quips|jokes|"
    "whispers|shouts|yells|began|begins|put in|puts in|"
    # a reply made sharply ('"No," the minister shot back', '"…," she fired back')
    "shot back|fired back|hit back|shoots back|fires back|hits back"
)

#: One person each, so a later "he" or "she" can stand for them ("… a relative told AFP.
#: "…" he said."); the article's own staff ("a Reuters journalist observing …") report
#: what they see, and a quotation's "he added" after them is still its speaker's.
_PERSON_ROLE_NOUNS = _t(
    "spokesman|spokeswoman|spokesperson|official|officer|commander|minister|president|"
    "governor|mayor|chief|head|director|diplomat|envoy|ambassador|activist|witness|"
    "correspondent|man|woman|source|leader|secretary|resident|relative|doctor|nurse|medic|"
    "paramedic|teacher|father|mother|wife|husband|son|daughter|brother|sister|neighbour|"
    "neighbor|farmer|driver|student|soldier|fighter|lawmaker|senator|lawyer|judge|"
    "researcher|fellow|aide|adviser|advisor|negotiator|mediator|attorney|prosecutor|"
    "investigator|rescuer|defendant|suspect|eyewitness|survivor|victim|friend|analyst|"
    "expert|observer|worker|speaker|executioner|person|"
    # people named by their trade, office or kin as "the doctor" is ("the pilot said",
    # "a local imam told AFP", "the widow said"): guideline §4's identifiable speakers
    "pilot|surgeon|imam|cleric|priest|pastor|bishop|rabbi|shopkeeper|coroner|engineer|"
    "sheriff|constable|detective|inspector|professor|historian|headmaster|villager|"
    "teenager|grandmother|grandfather|widow|cousin|uncle|aunt|businessman|businesswoman|"
    "volunteer|congressman|congresswoman|councillor|councilman|chairman|chairwoman|"
    # people in uniform named by their service ("One of the reservists summoned told
    # Maariv", "a conscript told the paper"), as "a soldier" is
    "reservist|conscript|recruit|serviceman|servicewoman|paratrooper|sniper|sailor|airman|"
    "guardsman|policeman|policewoman|marine|gunner|deserter|"
    # people named by what was done to them ("A former hostage said she had been held in
    # tunnels", "a released prisoner told the paper")
    "hostage|prisoner|detainee|captive|evacuee|amputee|orphan|pensioner|miner|"
    # a prosecutor appointed for one case ("The special counsel said", Korean copy)
    "counsel|"
    # heads of a school, a prison, a district or a people, rulers and scholars ("The
    # commandant assured that the centre would …", "the monarch told the crowd"); not
    # the titles that open names ("Sheikh Maqsoud", "King Fahd Hospital", "Prince
    # Sultan Air Base"), which the run after them would make a speaker's name
    "commandant|superintendent|warden|rector|dean|administrator|chairperson|ombudsman|"
    "monarch|ruler|chieftain|warlord|chaplain|monk|nun|lecturer|scholar|physician|"
    "midwife|pharmacist|"
    # the heads of bodies, hyphenated ("the OMCT secretary-general"), and their deputies
    # ("the Pentagon's undersecretary for policy, Colin Kahl")
    "secretary-general|director-general|undersecretary|under-secretary|"
    # offices of the UN and its agencies ("the UN High Commissioner for Human Rights",
    # "the Humanitarian Coordinator", "the Special Rapporteur on torture")
    "commissioner|coordinator|rapporteur|"
    # people named by what they watch, comment on or do for a living ("Another
    # commentator stated, …", "a bystander told the paper")
    "commentator|pundit|spectator|onlooker|bystander|passer-by|motorist|herder|herdsman|"
    "fisherman|vendor|merchant|technician|politician|comptroller|organiser|organizer|"
    "refugee|migrant|"
    # people named by what they did or are ("a Vietnam veteran told the meeting", "a
    # protester shouted", "a bearded gentleman said", "a 12-year-old girl told AFP")
    "veteran|protester|protestor|demonstrator|citizen|voter|gentleman|lady|girl|boy|"
    # headline abbreviations ("…: Iran's new FM", "…: spox")
    "FM|spox"
)

#: The person role nouns, and the plurals, other people and bodies that speak for others.
_ROLE_NOUNS = _PERSON_ROLE_NOUNS + _t(
    "officials|spokesmen|sources|ministry|ministers|officers|commanders|diplomats|"
    "activists|witnesses|residents|analysts|experts|observers|monitor|monitors|agency|"
    "group|network|observatory|committee|council|government|authorities|police|army|"
    "military|command|communique|statement|report|reports|media|television|channel|"
    "newspaper|daily|leaders|staff|department|office|organisation|organization|"
    "coalition|alliance|forces|doctors|physicians|medics|workers|villagers|survivors|nominee|"
    "candidate|resolution|document|letter|communiqué|headline|editorial|op-ed|"
    "intelligence|estimates|figures|data|tally|count|investigators|prosecutors|rescuers|"
    "nurses|paramedics|relatives|soldiers|fighters|member|members|lawmakers|legislator|"
    "MP|researchers|scientist|scientists|aides|advisers|negotiators|delegation|embassy|"
    "spokespeople|family|families|friends|neighbours|neighbors|victims|parent|parents|"
    "lawyers|attorneys|jury|court|tribunal|mourners|protesters|protestors|demonstrators|"
    "students|teachers|employees|journalist|journalists|reporter|reporters|eyewitnesses|"
    "locals|refugees|campaigners|authority|ministries|governments|traders|trader|"
    "dealers|dealer|economists|economist|bankers|banker|investors|executives|rebels|"
    "agencies|groups|hospital|hospitals|clinic|charity|charities|TV|radio|broadcaster|"
    "broadcasters|outlet|outlets|company|companies|firm|firms|union|unions|bank|banks|"
    "colonel|general|captain|lieutenant|sergeant|admiral|brigadier|corporal|marshal|"
    "website|websites|blog|blogger|bloggers|writer|writers|author|authors|critic|"
    "critics|opponents|opposition|supporters|commentators|page|pages|administration|"
    "regime|facilities|facility|photographer|photographers|photojournalist|"
    "photojournalists|cameraman|cameramen|editor|editors|columnist|columnists|presenter|"
    # who reads or hosts a broadcast ("the newsreader described the operation as …")
    "presenters|newsreader|newsreaders|newscaster|newscasters|announcer|announcers|"
    "center|centre|commission|institute|association|federation|foundation|bureau|"
    "mediators|participants|community|paper|papers|magazine|travellers|travelers|"
    # the people an inquiry or a prosecutor works through ("The team, led by special
    # prosecutor Min Joong-ki, said", "the panel concluded")
    "team|teams|panel|"
    # people as "people" are ("according to individuals who were present")
    "individuals|"
    # a civic body and the meeting it holds ("The forum called for a new census", "The
    # seminar noted that people were marooned")
    "forum|forums|seminar|"
    "speakers|candidates|allies|leadership|passengers|insider|insiders|people|"
    # the western powers, as the Guardian writes them ("which the west says help finance")
    "west|"
    # soldiers who seized power speak as its holders ("the putschists announced a
    # curfew"), and a state's founding texts as documents do ("The constitution declares")
    "putschists|mutineers|junta|constitution|charter|"
    # a head of state's office, a monitoring body, and findings that speak as reports do
    # ("The presidency called on …", "the watchdog said", "The study found …")
    "presidency|watchdog|study|declaration|"
    # armed and political bodies named by what they are ("the militia said", "the
    # separatists claimed", "the navy said", "the cabinet denied"): guideline §4's generic
    # but identifiable speakers, as "the army" and "the rebels" are
    "militia|militias|militiamen|militants|insurgents|separatists|jihadists|extremists|"
    "gunmen|kidnappers|captors|brigade|brigades|battalion|regiment|division|navy|"
    # who seize a plane or a ship and make demands ("The hijackers demanded that the
    # aircraft be refuelled", "the pirates demanded a ransom")
    "hijackers|hijacker|pirates|abductors|kidnapper|"
    "peacekeepers|force|guard|mission|consulate|cabinet|parliament|movement|"
    "faction|factions|tribe|tribes|"
    # people gathered who shout or chant as one ("the crowd shouted back", "many in the
    # crowd chanted"), as protesters do
    "crowd|crowds|mob|audience|"
    # the people a war falls on, speaking for themselves ("Maute gunmen, the rescued
    # civilians said, are very strict")
    "civilians|"
    # the plurals of people named by rank, office or trade ("The generals said", "the
    # clerics said", "the detainees told …"), as "officials" and "commanders" are
    "generals|pilots|surgeons|imams|clerics|priests|engineers|senators|"
    "congressmen|councillors|elders|inspectors|detectives|shopkeepers|farmers|drivers|"
    "hostages|prisoners|detainees|defectors|deserters|veterans|tribesmen|ambassadors|"
    "reservists|conscripts|recruits|servicemen|servicewomen|paratroopers|snipers|sailors|"
    "airmen|guardsmen|policemen|"
    "envoys|presidents|mayors|governors|"
    # a party to talks or a war speaking ("both sides said", "the other side said")
    "side|sides|"
    # documents that speak, as guideline §4's communiqués and resolutions do ("The
    # indictment alleges", "a leaked memo warned", "leaflets urged residents to leave");
    # not an inquiry, an investigation or an assessment, as often what is opened or
    # based on something ("to open a formal inquiry said spokesman …")
    "indictment|lawsuit|complaint|memo|memorandum|dossier|verdict|ruling|manifesto|cable|"
    "petition|decree|bulletin|leaflet|leaflets|release|"
    # warnings sent out ("An alert sent before 8 a.m. said police were seeking a man")
    "alert|alerts|advisory|"
    # what a fact check checks: social-media posts that claim ("A post shared on
    # Facebook claims …", "the tweet reads"); not videos, which mostly show what a
    # text's speaker cites ("according to two videos", "The video … shows")
    "post|posts|tweet|tweets|"
    # and the words a post or a clip carries ("The caption reads: …", "the subtitles
    # say that …", "reads the description of a video clip")
    "caption|captions|description|subtitles|text|graphic|"
    # and an outlet's correction a fact check quotes ("The correction reads, …"); not
    # "article", which a text names itself by ("This article was supported by …")
    "correction|"
    # bodies that run a service or a business, and the other side of a contest, named by
    # what they are ("the airline said", "the fire service said", "according to the
    # school's management", "his rival said"): identifiable speakers as "the company" is
    "airline|airlines|carrier|operator|operators|management|service|services|coastguard|"
    "regulator|club|clubs|school|university|league|"
    "manufacturer|insurer|employer|rival|rivals|opponent|"
    # places run as services, and bodies that run a race or an event ("The airport said
    # on its website", "the utility said", "the campaign said", "organisers said")
    "airport|airports|railway|railways|utility|utilities|campaign|organisers|organizers|"
    "party"
)

#: People named by where they live ("residents said"): as a speaker, the annotators
#: name them with the one place their sentence gives ("residents of Idlib").
_RESIDENT_NOUNS = _t("residents|locals|villagers|inhabitants")

_TITLE_WORDS = _t(
    "President|Vice|Prime|Minister|Secretary|Deputy|Foreign|Defense|Defence|Interior|"
    "General|Gen|Lieutenant|Lt|Colonel|Col|Major|Maj|Captain|Capt|Sergeant|Sgt|"
    "Admiral|Adm|Commander|Governor|Gov|Mayor|Senator|Sen|Representative|Rep|"
    "Commissioner|Chief|Director|Assistant|Special|Agent|Ambassador|Spokesman|"
    "Spokeswoman|King|Queen|Prince|Sheikh|Mr|Mrs|Ms|Dr|Prof|Pope|Chancellor|"
    "Premier|Judge|Justice|Attorney|Staff|Technical|Private|Corporal|Candidate|"
    "Republican|Democratic|Democrat|State|Police|Army|Field|Marshal|Brigadier|Brig|"
    # the ranks' other abbreviations ("Brig.-Gen. Hossam Zaki", "Cpl. Ali Musa")
    "Cpl|Pvt|Pte|"
    "Emir|Ayatollah|Supreme|Leader|Speaker|Head|Nominee|Commodore|Adviser|Advisor|"
    # offices of lawmakers, boards and faiths, held before a name as the ones above
    # ("Congresswoman Ruth Kline", "Chairman Mao", "Archbishop Justin Welby")
    "Congresswoman|Congressman|Chairwoman|Chairman|Chairperson|Councilwoman|Councilman|"
    "Councillor|Archbishop|Cardinal|Patriarch|Rabbi|Imam|Mufti|Mullah|Sultan"
)

_ORGANISATION_WORDS = _t(
    "Observatory|Agency|Ministry|Committee|Committees|Council|Front|Army|Forces|Force|"
    "Department|Office|Staff|House|Police|Brigades|Brigade|News|Group|Network|Press|"
    "Organization|Organisation|Union|Party|Movement|Nations|Guard|Guards|Command|"
    "Court|Bank|Commission|Institute|University|Church|TV|Radio|Times|Post|Journal|"
    "Channel|Coordination|Republic|Kingdom|Emirates|Rights|State|States|Administration|"
    "Government|Parliament|Assembly|Senate|Congress|Pentagon|Kremlin|Service|"
    "Services|Centre|Center|Foundation|Association|Federation|Corps|Navy|Air|Authority|"
    "Authorities|Coalition|Alliance|Fleet|Monitor|Mission|Bureau|Agencies|Tribunal|"
    "Democrats|Republicans|Taliban|Hezbollah|Hamas|DAESH|ISIS|NATO|FBI|NYPD|UN|Corp|"
    "Corporation|Inc|Ltd|Plc|Company|Holdings|Defence|Defense|Survey|Secretariat|Directorate|"
    "Lab|Labs|Laboratory|Embassy|Consulate"
)

_NEWS_AGENCIES = _t(
    "AFP|Agence France-Presse|Reuters|AP|Associated Press|Interfax|TASS|RIA Novosti|"
    "Anadolu|Anadolu Agency|SANA|IRNA|INA|Xinhua|Kyodo|Yonhap|Press TV|Al Jazeera|"
    "dpa|ANSA|EFE|PTI|APA|Ukrinform|UNIAN|BBC|CNN"
)


#: The one list whose terms have a form of their own ("Capital = State").
STATE_CAPITALS = "state_capitals"


def capital_pair(term: str) -> str:
    """A `state_capitals` entry in its one written form, "Capital = State".

    Raises ValueError, naming the entry, when it is not a capital and a state joined
    by "=": the entry would otherwise be kept and never match."""
    capital, equals, state = term.partition("=")
    capital, state = " ".join(capital.split()), " ".join(state.split())
    if not equals or not capital or not state or "=" in state:
        raise ValueError(f"state_capitals entry {term!r} is not 'Capital = State'")
    return f"{capital} = {state}"


@dataclass(frozen=True)
class Vocabulary:
    """All term lists, each a tuple of phrases.  Frozen and hashable, so compiled
    patterns can be cached per vocabulary."""

    # -- what happened to the people counted (casualty type) --------------------------
    killed_terms: Terms = _KILLED_TERMS
    wounded_terms: Terms = (*_WOUNDED_TERMS, *_LIMB_WOUNDS)
    captured_terms: Terms = _CAPTURED_TERMS
    #: Verbs of arrest: the people they take are captured when they are fighters ("four
    #: suspected militants had been detained", "killed 33 militants and arrested six"),
    #: not when they are migrants or protesters, so they are no `captured_terms`.
    arrest_terms: Terms = _ARREST_TERMS
    missing_terms: Terms = _MISSING_TERMS
    displaced_terms: Terms = _DISPLACED_TERMS
    #: Where the hurt are taken: people moved to one after their figure ("12 were rushed
    #: to hospital", "were transferred to other facilities for treatment") are wounded.
    treatment_places: Terms = _TREATMENT_PLACES
    #: Head nouns that are casualties in themselves (no predicate needed).
    casualty_nouns: Terms = _CASUALTY_NOUNS
    #: Head nouns that are captured people in themselves ("250 Palestinian prisoners"),
    #: when nothing else in the sentence says what happened to them.
    captive_nouns: Terms = _CAPTIVE_NOUNS
    #: Active verbs that take the counted people as object and mean "killed".
    loss_verbs: Terms = _LOSS_VERBS
    #: Words that mark an aggregate death count ("the death toll rose to 82").
    toll_words: Terms = _TOLL_WORDS

    # -- people and forces (head nouns) ----------------------------------------------
    #: State military personnel; unit "troops".
    force_nouns: Terms = _FORCE_NOUNS
    #: Non-state armed personnel; unit "fighters".
    fighter_nouns: Terms = _FIGHTER_NOUNS
    police_nouns: Terms = _POLICE_NOUNS
    personnel_nouns: Terms = _PERSONNEL_NOUNS
    formation_nouns: Terms = _FORMATION_NOUNS
    #: Nouns naming a whole force, for "5,000-strong force" and "an army of 20,000".
    force_size_nouns: Terms = _FORCE_SIZE_NOUNS
    #: Heads of casualty figures that are not combatants; the first word sets the unit.
    people_nouns: Terms = _PEOPLE_NOUNS
    #: Verbs that make a counted group join a force ("hundreds … have joined").
    recruit_verbs: Terms = _RECRUIT_VERBS

    # -- positions -------------------------------------------------------------------
    movement_verbs: Terms = _MOVEMENT_VERBS
    control_verbs: Terms = _CONTROL_VERBS
    #: Nouns naming ground that can be held or taken ("holds most of the province").
    territory_nouns: Terms = _TERRITORY_NOUNS
    #: Participles placing a force at a place ("terrorists positioned in Eastern Ghouta").
    placement_participles: Terms = _PLACEMENT_PARTICIPLES
    #: Verbs of motion moving a force toward or into a place ("was moving … toward Sweida").
    directed_motion_verbs: Terms = _DIRECTED_MOTION_VERBS
    #: A force's arms and equipment moved across a border or into a place.
    military_equipment_nouns: Terms = _MILITARY_EQUIPMENT_NOUNS
    #: A party's sites and gatherings as positions ("gatherings of ISIL terrorists in
    #: al-Kassarat area", "an Islamic State depot in Dabiq").
    armed_site_nouns: Terms = _ARMED_SITE_NOUNS
    #: Religious communities and electoral parties: a stronghold, bastion or heartland
    #: named by one of them is no military ground ("the Shiite bastion of Sadr City").
    sect_and_party_words: Terms = _SECT_AND_PARTY_WORDS
    #: What is controlled when it is no ground ("lost control of the city council"):
    #: after "control of" or "control over" it makes no control modifier.
    non_ground_nouns: Terms = _NON_GROUND_NOUNS
    #: Armed groups named without a force noun, as written (case counts): their camps or
    #: headquarters struck are positions ("air strikes against PKK camps in northern Iraq").
    armed_group_names: Terms = _ARMED_GROUP_NAMES
    #: People who move as civilians: right before a movement verb they move no force
    #: ("migrants caught crossing into", "tourists were travelling to").
    civilian_mover_nouns: Terms = _CIVILIAN_MOVER_NOUNS

    # -- stances ---------------------------------------------------------------------
    stance_verbs: Terms = _STANCE_VERBS
    #: Private parties: a stance verb whose subject names one, or a quotation one
    #: speaks, states no political stance ("The company rejected the takeover offer").
    private_party_nouns: Terms = _PRIVATE_PARTY_NOUNS
    #: Police, courts, victims and their households, aid bodies, sport and private life,
    #: commentators: a cue whose subject or speaker names one states no party's stance.
    non_political_actors: Terms = _NON_POLITICAL_ACTORS
    #: Actions in a conflict whose announced future is a pledge or a threat ("Iran would
    #: respond decisively", "Hamas would return its hostages"): after a subject and a
    #: modal ("will", "would", "shall", "can", "is going to").
    intent_verbs: Terms = _INTENT_VERBS
    #: What a party plans to do that states its policy ("plans to send troops"): after
    #: "plans to", "planned to" or "planning to", with the planner as actor.
    planned_acts: Terms = _PLANNED_ACTS
    #: What a party helps a named party do that shows its support ("helped Damascus
    #: regain territory"): after "help" and the party, with the helper as actor.
    helped_acts: Terms = _HELPED_ACTS
    #: What a party warns will follow (guideline §3(b), "warning of consequences": "said
    #: Britain would be at risk of attacks", "would make Australia a greater target for
    #: terrorists", "would evoke a strong response"): a few words after "will" or
    #: "would", in a sentence someone is reported to say.
    consequence_terms: Terms = _CONSEQUENCE_TERMS
    #: Arms named in a transfer between parties (`arms_supply_terms`,
    #: `arms_receipt_terms`).
    weapon_nouns: Terms = _WEAPON_NOUNS
    #: Handing arms to a party (guideline §3b, support: "Russia had supplied 100 battle
    #: tanks … to separatists", "a transit point for shipment of rockets to Hezbollah"):
    #: before a weapon noun, with the party after "to"; the giver holds the stance.
    arms_supply_terms: Terms = _ARMS_SUPPLY_TERMS
    #: Getting arms from a party ("the first to receive U.S.-made anti-tank missiles from
    #: its Western backers"): before a weapon noun, with the giver after "from", who
    #: holds the stance.
    arms_receipt_terms: Terms = _ARMS_RECEIPT_TERMS
    #: Help given as such, named after a term of `aid_giving_terms` ("only providing
    #: 'non-lethal' assistance", "confirmed a new aid package"): the giver holds the
    #: stance.
    aid_nouns: Terms = _AID_NOUNS
    aid_giving_terms: Terms = _AID_GIVING_TERMS
    #: Stance verbs as passive participles: after "is/was/were/been" and before "by" and
    #: a name, who holds the stance ("He was backed by David Cameron").
    passive_stance_verbs: Terms = _PASSIVE_STANCE_VERBS
    #: Keeping a named party from acting: before the name and "from" + an -ing verb
    #: ("Turkey is preventing Kobane from getting ammunition"); not people kept from
    #: something ("prevented reporters from reaching the front").
    prevention_verbs: Terms = _PREVENTION_VERBS

    # -- statements ------------------------------------------------------------------
    reporting_verbs: Terms = _REPORTING_VERBS
    #: Verbs that report speech only right after a quotation ('"…," he continued').
    quote_tag_verbs: Terms = _QUOTE_TAG_VERBS
    #: Nouns for people or bodies who speak for others (head of a generic speaker).
    role_nouns: Terms = _ROLE_NOUNS
    #: Role nouns that name one person, whom a later "he" or "she" stands for.
    person_role_nouns: Terms = _PERSON_ROLE_NOUNS
    #: People named by where they live, a speaker named with the sentence's place
    #: ("residents said" -> "residents of Idlib").
    resident_nouns: Terms = _RESIDENT_NOUNS
    #: Titles dropped in front of a person's name ("Prime Minister Bibi Netanyahu").
    title_words: Terms = _TITLE_WORDS
    #: Words that make a capitalised name an organisation rather than a person.
    organisation_words: Terms = _ORGANISATION_WORDS
    #: Outlets that relay what others said ("told AFP", "quoted by Interfax").
    news_agencies: Terms = _NEWS_AGENCIES
    #: Seats of government that speak for their states, as "Capital = State" ("Kiev =
    #: Ukraine", "Sanaa = Yemen"), over the built-in table read from countryinfo's data
    #: (`annotator.detection.capitals`), which has one spelling per capital.
    state_capitals: Terms = ()

    @classmethod
    def default(cls) -> "Vocabulary":
        """The built-in vocabulary (English war and conflict reporting)."""
        return cls()

    @classmethod
    def list_names(cls) -> tuple[str, ...]:
        """Names of all term lists, for validation and for the UI's list picker."""
        return tuple(f.name for f in fields(cls))

    def extended(self, extra: Mapping[str, Sequence[str]]) -> "Vocabulary":
        """A copy with `extra[list_name]` terms appended (duplicates ignored).

        Raises KeyError for an unknown list name so a typo in a project file is loud.
        """
        changes: dict[str, Terms] = {}
        for name, terms in extra.items():
            if name not in self.list_names():
                raise KeyError(f"unknown vocabulary list {name!r}")
            if name == STATE_CAPITALS:
                terms = [capital_pair(term) for term in terms if term.strip()]
            current: Terms = getattr(self, name)
            seen = {t.casefold() for t in current}
            added = [t.strip() for t in terms if t.strip() and t.strip().casefold() not in seen]
            changes[name] = current + tuple(dict.fromkeys(added))
        return replace(self, **changes)

    def to_dict(self) -> dict[str, list[str]]:
        """Plain JSON-ready form: list name -> terms."""
        return {name: list(getattr(self, name)) for name in self.list_names()}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Vocabulary":
        """Inverse of `to_dict`; lists missing from `data` keep their defaults."""
        values: dict[str, Terms] = {}
        for name, terms in data.items():
            if name not in cls.list_names():
                raise KeyError(f"unknown vocabulary list {name!r}")
            if isinstance(terms, str) or not all(isinstance(t, str) for t in terms):
                raise TypeError(f"vocabulary list {name!r} must be a list of strings")
            if name == STATE_CAPITALS:
                terms = [capital_pair(term) for term in terms]
            values[name] = tuple(terms)
        return cls(**values)

    def casualty_type_lists(self) -> tuple[tuple[CasualtyType, Terms], ...]:
        """Predicate word lists in the order they are tried (most specific first)."""
        return (
            (CasualtyType.CAPTURED, self.captured_terms),
            (CasualtyType.MISSING, self.missing_terms),
            (CasualtyType.DISPLACED, self.displaced_terms),
            (CasualtyType.WOUNDED, self.wounded_terms),
            (CasualtyType.KILLED, self.killed_terms),
        )
