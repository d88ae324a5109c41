"""What each of the detector's vocabulary lists is for, in a reviewer's words.

Why a guide of its own: a project extends the lists by name ("force_nouns"), and a
reviewer working on a new conflict has to know which list a term belongs in, with an
example of what it makes the detector find, without reading the rules.  The vocabulary
dialog and `claim-annotator vocabulary --lists` show it; a test keeps it in step with
`Vocabulary`'s lists.
"""

from typing import NamedTuple


class ListGuide(NamedTuple):
    """One list: the group it is shown in and what adding a term to it does."""

    group: str
    description: str


CASUALTIES = "Casualty figures"
FORCES = "People and forces"
POSITIONS = "Military positions"
STANCES = "Stances"
STATEMENTS = "Statements and speakers"

#: The groups in the order a reviewer meets them in an article's claims.
GROUPS = (CASUALTIES, FORCES, POSITIONS, STANCES, STATEMENTS)

LIST_GUIDES: dict[str, ListGuide] = {
    "killed_terms": ListGuide(
        CASUALTIES, 'Words that make a figure a death toll ("were killed", "died", "perished").'
    ),
    "wounded_terms": ListGuide(
        CASUALTIES, 'Words that make a figure a count of the wounded ("injured", "hurt").'
    ),
    "captured_terms": ListGuide(
        CASUALTIES, 'Words that make a figure a count of the captured ("taken prisoner").'
    ),
    "arrest_terms": ListGuide(
        CASUALTIES,
        'Verbs of arrest ("detained"): the people they take count as captured when they are'
        " fighters, not when they are migrants or protesters.",
    ),
    "missing_terms": ListGuide(
        CASUALTIES, 'Words that make a figure a count of the missing ("unaccounted for").'
    ),
    "displaced_terms": ListGuide(
        CASUALTIES,
        'Words that make a figure a count of the displaced ("fled their homes", "uprooted").',
    ),
    "treatment_places": ListGuide(
        CASUALTIES,
        'Where the hurt are taken: people "rushed to hospital" after their figure are wounded.',
    ),
    "casualty_nouns": ListGuide(
        CASUALTIES,
        'Nouns that are casualties in themselves ("casualties", "losses"), with no verb needed.',
    ),
    "captive_nouns": ListGuide(
        CASUALTIES,
        'Nouns that are captured people in themselves ("250 prisoners", "hostages").',
    ),
    "loss_verbs": ListGuide(
        CASUALTIES, 'Verbs whose object is the people killed ("the army lost 40 soldiers").'
    ),
    "toll_words": ListGuide(
        CASUALTIES, 'Words that mark an overall death count ("the death toll rose to 82").'
    ),
    "force_nouns": ListGuide(
        FORCES,
        'State military personnel ("troops", "soldiers", "conscripts"): a figure before one'
        ' is a troop count in "troops". Add the words of a new conflict here ("kontraktniki").',
    ),
    "fighter_nouns": ListGuide(
        FORCES,
        'Non-state armed personnel ("militants", "rebels"): a figure before one is counted'
        ' in "fighters" ("Wagner fighters").',
    ),
    "police_nouns": ListGuide(FORCES, 'Police personnel ("police officers", "gendarmes").'),
    "personnel_nouns": ListGuide(
        FORCES, 'General words for members of a force ("personnel", "men", "members").'
    ),
    "formation_nouns": ListGuide(
        FORCES, 'Formations counted as such ("battalions", "brigades", "divisions").'
    ),
    "force_size_nouns": ListGuide(
        FORCES, 'Nouns for a whole force ("a 5,000-strong force", "an army of 20,000").'
    ),
    "people_nouns": ListGuide(
        FORCES,
        'People who are not combatants ("civilians", "children", "villagers"): the heads of'
        " casualty figures; the first word sets the unit.",
    ),
    "recruit_verbs": ListGuide(
        FORCES, 'Verbs that make a counted group join a force ("hundreds have joined").'
    ),
    "movement_verbs": ListGuide(
        POSITIONS, 'Verbs that deploy or move a force ("deployed", "redeployed", "massed").'
    ),
    "control_verbs": ListGuide(
        POSITIONS, 'Verbs of taking or holding ground ("captured", "seized", "retook").'
    ),
    "territory_nouns": ListGuide(
        POSITIONS, 'Ground that can be held or taken ("city", "province", "district").'
    ),
    "placement_participles": ListGuide(
        POSITIONS, 'Participles that place a force somewhere ("stationed", "dug in").'
    ),
    "directed_motion_verbs": ListGuide(
        POSITIONS, 'Verbs that move a force toward or into a place ("was moving toward").'
    ),
    "military_equipment_nouns": ListGuide(
        POSITIONS, 'A force\'s arms moved to a place ("heavy weapons were moved to").'
    ),
    "armed_site_nouns": ListGuide(
        POSITIONS, 'A party\'s sites that are positions ("fortifications", "a depot").'
    ),
    "sect_and_party_words": ListGuide(
        POSITIONS,
        'Communities and electoral parties whose "stronghold" is no military ground ("the'
        ' Shiite bastion").',
    ),
    "non_ground_nouns": ListGuide(
        POSITIONS,
        'What can be controlled without being ground ("lost control of the council").',
    ),
    "armed_group_names": ListGuide(
        POSITIONS,
        'Armed groups named without a force noun, as written ("PKK"): their camps or'
        " headquarters struck are positions.",
    ),
    "civilian_mover_nouns": ListGuide(
        POSITIONS, 'People who move as civilians ("migrants", "tourists"), so no force moves.'
    ),
    "stance_verbs": ListGuide(
        STANCES,
        'Verbs of a stated stance ("demanded", "rejected", "vowed", "ruled out"): a party\'s'
        " sentence with one is a stance position.",
    ),
    "private_party_nouns": ListGuide(
        STANCES,
        'Private parties ("company", "club"): their demands and refusals are no political stance.',
    ),
    "non_political_actors": ListGuide(
        STANCES,
        "Police, courts, victims, aid bodies, sport and private life: a stance word they"
        " voice states no party's stance.",
    ),
    "intent_verbs": ListGuide(
        STANCES, 'Acts a party announces it will do ("Iran would respond decisively").'
    ),
    "planned_acts": ListGuide(
        STANCES, 'Acts a party plans that state its policy ("plans to send troops").'
    ),
    "helped_acts": ListGuide(
        STANCES, 'Acts a party helps another do, showing support ("helped Damascus regain").'
    ),
    "consequence_terms": ListGuide(
        STANCES, 'Consequences a party warns of ("would be at risk of attacks").'
    ),
    "weapon_nouns": ListGuide(
        STANCES, 'Arms handed between parties ("tanks", "missiles", "ammunition").'
    ),
    "arms_supply_terms": ListGuide(
        STANCES, 'Handing arms to a party ("supplied tanks to"): the giver holds the stance.'
    ),
    "arms_receipt_terms": ListGuide(
        STANCES, 'Getting arms from a party ("received missiles from"): the giver holds it.'
    ),
    "aid_nouns": ListGuide(
        STANCES, 'Help given as such ("an aid package", "non-lethal assistance").'
    ),
    "aid_giving_terms": ListGuide(
        STANCES, 'Verbs of giving help ("provided", "pledged") before an aid noun.'
    ),
    "passive_stance_verbs": ListGuide(
        STANCES, 'Stance verbs in the passive, before "by" and a name ("was backed by").'
    ),
    "prevention_verbs": ListGuide(
        STANCES, 'Keeping a party from acting ("is preventing Kobane from getting").'
    ),
    "reporting_verbs": ListGuide(
        STATEMENTS,
        'Verbs that report speech ("said", "told", "insisted"): what they report is a'
        " statement with its speaker.",
    ),
    "quote_tag_verbs": ListGuide(
        STATEMENTS, 'Verbs that report speech only right after a quotation ("he continued").'
    ),
    "role_nouns": ListGuide(
        STATEMENTS,
        'People or bodies who speak for others ("spokesman", "ministry"), the heads of a'
        " speaker without a name.",
    ),
    "person_role_nouns": ListGuide(
        STATEMENTS, 'Roles held by one person, whom a later "he" or "she" stands for.'
    ),
    "resident_nouns": ListGuide(
        STATEMENTS, 'People named by where they live ("residents said": residents of the place).'
    ),
    "title_words": ListGuide(
        STATEMENTS, 'Titles before a name, dropped from the speaker ("Prime Minister").'
    ),
    "organisation_words": ListGuide(
        STATEMENTS, 'Words that make a name an organisation, not a person ("Observatory").'
    ),
    "news_agencies": ListGuide(
        STATEMENTS, 'Outlets that relay what others said ("told AFP", "quoted by Interfax").'
    ),
    "state_capitals": ListGuide(
        STATEMENTS,
        'Capitals that speak for their states, as "Capital = State" ("Kiev = Ukraine"), over'
        " the built-in table.",
    ),
}
