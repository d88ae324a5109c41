"""Positions: sentences stating where forces are, where they move, who controls what
(subtype military), or an attributed actor's stance (subtype stance), or both.

Military cues (guideline §3a), each a regular expression over the sentence:

* control modifiers, applied mechanically: "rebel-held", "government-controlled",
  "held by", "under Syrian control", "took control of";
* named positions of a force: "ISIS positions", "positions of the ISIS", "army position";
* control verbs with ground as object: "seized the silos", "hold most of the province";
* movement or presence of forces: a force noun plus "deployed", "based", "amassed",
  "advancing", "crossed", "withdraw", "foot patrol", "dug into", …;
* strong nouns that are positions by themselves: offensive, siege, stronghold, front
  line, "the fall of", "made gains";
* a troops figure placed somewhere ("2,000 troops … in Syria").

The mere location of an attack or strike is not a position, so "struck the towns of …"
and "fighting in the city" match none of these.

Stances (§3b: demands, refusals, threats, pledges, stated aims) are read by
`stances.sentence_stance`; a sentence with both is a position of subtype "both".
"""

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from annotator.detection.capitals import place_names
from annotator.detection.claims import DetectedClaim, new_claim
from annotator.detection.patterns import (
    CALENDAR_WORDS,
    CUE_FORCE,
    CUE_GROUND_MARK,
    CUE_MILITARY,
    CUE_MODAL,
    CUE_PACT,
    CUE_STANCE,
    CUE_SUPPORT,
    CUE_TOLD,
    GROUND_MARK_CUES,
    LEADING_LETTERS,
    SUBJECT_START,
    Caseless,
    Patterns,
    WordScan,
    ascii_letters,
    ascii_lower,
    fewest_substrings,
    holds_any,
    in_title_case,
    is_word_char,
    lower_for_caseless,
    position_force_words,
    substrings_regex,
    term_leads,
    terms_pattern,
)
from annotator.detection.position_model import (
    PositionModel,
    letter_runs,
    shipped_model,
    words_in,
)
from annotator.detection.speakers import LeftPhrases
from annotator.detection.stances import (
    blames_each_other,
    is_question,
    may_voice_obligation,
    sentence_stance,
    stance_patterns,
    tells_to_act,
)
from annotator.detection.vocabulary import GOING_TO_VERBS
from annotator.domain import KIND_POSITION, LEARNED_RULE, PositionSubtype

#: The four points of the compass, the stem of "northern", "westward" and the like.
_COMPASS = r"(?:north|south|east|west)"
#: The word that sets a named place beside the one an article is about ("a brigade
#: stationed in neighbouring Lithuania"): read before a place as a compass word is.
_NEIGHBOURING = r"neighbou?ring"
#: Ground that is held or taken (lower case: `_CONTROL_MODIFIER` is caseless).
_GROUND = (
    r"(?:areas?|territor(?:y|ies)|towns?|villages?|cities|districts?|regions?|land|ground"
    r"|neighbou?rhoods?)\b"
)
#: Who holds ground, for the modifiers that need a holder.
_HOLDERS = (
    r"(?:forces|fighters|rebels|factions|troops|militants|insurgents|army|militias?|opposition|"
    r"jihadists|regime|government)\b"
)
#: "rebel-held", not "remote-controlled": the first branch of `_CONTROL_MODIFIER`.
_HYPHEN_CONTROL = r"\w(?<!remote)(?<!radio)-(?:held|controlled|occupied)\b"
#: The same as a search that starts at the hyphen, which the engine skips to (a match
#: ends where the branch's does, and starts one character later).
_HYPHEN_CONTROL_AT_HYPHEN = re.compile(
    r"-(?<=\w-)(?<!remote-)(?<!radio-)(?:held|controlled|occupied)\b"
)
#: The phrases of `_CONTROL_MODIFIER` (its other branches).
_CONTROL_PHRASES = (
    r"\b(?:held|controlled)\s+(?:(?:almost\s+)?[a-z]+ly\s+)?by\b"
    # "under Syrian control", "under Kyiv's control", "under control of the militants";
    # not "the situation was under control" (nobody's)
    r"|\bunder\s+(?:(?:the\s+)?(?:[\w'’-]+\s+){1,3}?control\b|control\s+of\b)"
    # "two districts almost entirely under Taliban rule" (not "under the rule of law")
    r"|\bunder\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?rule\b(?!\s+of\b)"
    r"|\bout\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?control\b"
    r"|\b(?:t(?:ook|ake|akes|aking|aken)|seize[d]?|regain(?:ed)?|gained|wrested)\s+"
    r"(?:full\s+|back\s+)?control\b|\blost\s+(?:full\s+)?control\s+(?:of|over)\b"
    # "Gaddafi loyalists now only have control over a few remaining pockets of Sirte"
    r"|\b(?:have|has|had|having|retain\w*|keep\w*|kept|maintain\w*)\s+(?:full\s+|total\s+"
    r"|effective\s+)?control\s+(?:of|over)\b"
    # "have been battling for control of Al Mallah"
    r"|\b(?:battl|fight)\w*\s+for\s+(?:full\s+)?control\s+of\b"
    # "have expanded their control of Mogadishu"
    r"|\b(?:expand|extend|tighten|consolidat|strengthen|cement)(?:ed|s|ing|e|es)?\s+"
    r"(?:their|its|his|her)\s+control\s+(?:of|over)\b"
)
_CONTROL_MODIFIER = Caseless(rf"{_HYPHEN_CONTROL}|{_CONTROL_PHRASES}")
#: `_CONTROL_PHRASES` on lower-cased text.
_CONTROL_PHRASES_LOWER = re.compile(_CONTROL_PHRASES)
#: Where "held by" may be: without it no `_CONTROL_MODIFIER` match is ruled out by
#: `_HELD_NOT_GROUND` (its "held" branch without the word start before it).
_HELD_BY_HINT = re.compile(r"held\s+(?:(?:almost\s+)?[a-z]+ly\s+)?by\b")
#: What is "held by" a party when it is no ground (guideline §3(a)3 counts "held by X"
#: as control of territory): people in captivity ("hostages held by", "four monitors are
#: still being held by the rebels"; "a group of Christians … each held by a fighter",
#: people held one by one) and events ("an event held by the think-tank"); the pattern
#: ends where "held" starts.
_HELD_NOT_GROUND = re.compile(
    r"(?:\b(?:hostages?|captives?|prisoners?|detainees?)\s+(?:[\w-]+\s+){0,2}?|\bbeing\s+"
    r"|\beach\s+"
    r"|\b(?:event|meeting|talks|conference|ceremony|rally|summit|election|referendum|hearing"
    r"|briefing|session|vigil)\s+(?:(?:that|which)\s+)?(?:(?:is|are|was|were|been)\s+)?)$",
    re.IGNORECASE,
)


def _control_modified(sentence: str, lowered: str | None) -> bool:
    """Whether a control modifier (`_CONTROL_MODIFIER`) marks ground in `sentence`,
    not people held captive or an event held (`_HELD_NOT_GROUND`).

    Only a match that starts with "held" can be ruled out, so a lower-cased sentence
    without "held by" (`_HELD_BY_HINT`) needs only whether any match is there: the
    hyphen branch searched from its hyphen and the phrases apart, which the engine
    does several times faster than the pattern's `finditer`, tried at every character."""
    if lowered is not None and _HELD_BY_HINT.search(lowered) is None:
        return bool(
            _HYPHEN_CONTROL_AT_HYPHEN.search(lowered) or _CONTROL_PHRASES_LOWER.search(lowered)
        )
    return any(
        not (
            found.group().casefold().startswith("held")
            and _HELD_NOT_GROUND.search(sentence, max(0, found.start() - 40), found.start())
        )
        for found in _CONTROL_MODIFIER.finditer(sentence, lowered)
    )


#: Ground in a party's hands: "The city, which is in Syrian government hands", "to keep it
#: out of the hands of the Taliban" (not "in his hands", nor a thing in "Iran's hands").
_IN_PARTY_HANDS = re.compile(
    r"\b(?:in|into|out\s+of)\s+(?:(?:rebel|government|regime|opposition|militant|jihadist"
    r"|army|enemy|militia|insurgent|separatist|terrorist|[A-Z][\w-]*)\s+){1,3}hands\b"
    # (not the idiom "playing into the hands of")
    r"|(?<!play\s)(?<!plays\s)(?<!played\s)(?<!playing\s)"
    r"\b(?:in|into|out\s+of)\s+the\s+hands\s+of\s+(?:the\s+)?(?:[A-Z]|(?:[\w-]+\s+)?"
    r"(?:rebels|militants|jihadists|insurgents|army|regime|government|forces|militias?"
    r"|fighters|troops|separatists|terrorists|extremists|enemy)(?![\w'’]))"
)
#: Attacks or raids launched, planned, staged or mounted from a named place or territory:
#: the party is present where it strikes from (guideline §3(a)1: "they still can obtain
#: supplies and plan attacks from Afghanistan's remote mountain regions", "groups mounting
#: attacks from Iraqi territory").
_ATTACKS_FROM = re.compile(
    r"\b(?:launch(?:es|ed|ing)?|plan(?:s|ned|ning)?|stag(?:e|es|ed|ing)|mount(?:s|ed|ing)?)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:attacks?|raids?|incursions?)\s+from\s+(?:the\s+)?"
    r"(?:[A-Z]|(?:[\w-]+\s+)?territory\b)"
)
#: A place reached, named before its description as a town (guideline §3(a)2, movement
#: relative to a place: "They reached Harawa, a town about 70 km from Sirte"); the
#: description keeps out goals reached ("reach Aleppo" of aid convoys).
_REACHED_NAMED_TOWN = re.compile(
    r"\breach(?:ed|es|ing)?\s+(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*,\s+(?:a|the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:town|city|village|port|district)\b"
)
#: Ground named by the party that holds it ("within rebel territory", "into government
#: territory"); "IS territory" is tested on the original text (`_IS_TERRITORY`).
_PARTY_TERRITORY = Caseless(
    r"\b(?:rebel|government|regime|opposition|insurgent|militant|jihadist|isis|isil|daesh"
    r"|taliban|separatist|kurdish)\s+(?:territory|territories|enclaves?)\b"
)
_IS_TERRITORY = re.compile(r"\bIS\s+territor")
#: The hyphenated words that name who runs ground, before a space ("the Kurdish-run
#: area", "the Taliban-ruled district", "a Kurdish-administered region", "the
#: militia-dominated district"): guideline §3(a)3 counts "X-held / X-controlled /
#: X-occupied" mechanically, and these say the same of ground named after them
#: (`_GROUND_OF_FORCES`); none is a cue word of its own ("run" is too common).
_RUN_BY = ("-run ", "-ruled ", "-administered ", "-dominated ")
#: Ground held, shared out, run or lost by forces, tried only where `_may_share_ground`
#: finds its words (kept apart from `_CONTROL_MODIFIER`, which more sentences reach).
_GROUND_OF_FORCES = Caseless(
    # "The area has been in control of opposition forces", "split between government
    # forces and Kurdish fighters": ground held by named forces
    rf"\b(?:in\s+(?:the\s+)?control\s+of|(?:split|divided|carved\s+up)\s+between)\s+"
    rf"(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?{_HOLDERS}"
    # "the city's Kurdish-run neighbourhoods" (not "state-run media": ground must follow)
    rf"|\w-(?:{'|'.join(word.strip('- ') for word in _RUN_BY)})\s+(?:[\w-]+\s+){{0,2}}?{_GROUND}"
    # "the loss of the provincial capital", "last month's loss of the border town"
    rf"|\bloss\s+of\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?:{_GROUND}|capital\b|province\b)"
)
#: A named place lost ("Massacres After Loss of Idlib"; not "loss of life", "loss of
#: power"), tried where `_GROUND_OF_FORCES` finds no ground noun.
_LOSS_OF_PLACE = re.compile(
    r"\b[Ll]oss\s+of\s+(?!(?:Life|Lives|Power|Face|Control|Contact|Income|Faith|Dr|Mr|Mrs|Ms)\b)"
    r"[A-Z][a-z]"
)
#: Ground named by who took it ("the liberated areas", "territory they have captured"),
#: tried only where `_may_be_taken` finds the participle.
_GROUND_TAKEN = Caseless(
    rf"\b(?:liberated|captured|seized|conquered|recaptured)\s+{_GROUND}"
    rf"|{_GROUND}\s+(?:that\s+|which\s+)?(?:they|it|we|he|she|the\s+(?:government|regime|army"
    r"|rebels|militants|opposition))\s+(?:have\s+|has\s+|had\s+)?"
    r"(?:captured|seized|taken|liberated|recaptured|conquered|controls?|holds?|lost"
    # "the towns it took", "the territory they retook" (not "the town it took an hour to
    # reach", "the village it took over", where no ground is taken)
    r"|(?:re)?took\b(?!\s+(?:an?|\d+|one|two|three|several|many|us|me|him|her|them|you"
    r"|longer|time|place|part|over|up|on|out|off)\b))\b"
)
_CONTROL_HINTS = (
    "control",
    "took",
    "take",
    "taking",
    "hold",
    "held",
    "lose",
    "lost",
    "losing",
    "retain",
    "captur",
    "seiz",
    "liberat",
    "regain",
    "retak",
    "retook",
    "overr",
    "occup",
    "annex",
    "evict",
    "conquer",
    "conquest",
    "invad",
    "hand",
)
_STRONG_HINTS = (
    "offensive",
    "siege",
    "besieged",
    "stronghold",
    "strongholds",
    "strongpoint",
    "strongpoints",
    "bastion",
    "front",
    "fall of",
    "gains",
    "patrol",
    "dug into",
    "commingle",
    "encircled",
    "zone",
    "ceasefire line",
    "used as",
    "launch",
    "assault",
    "onslaught",
    "push",
    "thrust",
    "advance",
    "operation",
    "repel",
    "repuls",
    "de facto",
    "hands",
    "staging",
    "blockade",
    "concentration",
)
#: A party's positions and the kinds of post named like them ("ISIS hideouts", "their
#: command posts in Eastern Ghouta", "gathering centers of militants").
_POSITION_WORD = re.compile(
    r"\b(?:positions?|hideouts?|command\s+posts?|gathering\s+(?:centers|centres|points))\b",
    re.IGNORECASE,
)
#: A place right after a party's own posts ("their hideouts in the province of Idlib").
_POSTS_PLACE_AFTER = re.compile(
    rf"\s+(?:in|near|around|at|on)\s+(?:the\s+)?(?:{_COMPASS}\w*\s+)?"
    r"(?:[A-Z]|(?:province|town|city|village|countryside|outskirts|suburbs?|district|area)\b)"
)
_WORD_BEFORE = re.compile(r"([\w-]+)\s+$")
_POSITION_OWNER_AFTER = re.compile(
    r"\s+(?:of\s+(?:the\s+)?(?:(?-i:[A-Z])|(?:\w+\s+)?(?:militants|terrorists|rebels"
    r"|insurgents|fighters|jihadists|gunmen)\b)|(?:they|it)\s+(?:seized|held|captured))",
    re.IGNORECASE,
)
_OWNER_WORDS = frozenset(
    [
        "army",
        "military",
        "enemy",
        "rebel",
        "regime",
        "government",
        "opposition",
        "defensive",
        "militia",
        *("militant", "insurgent", "jihadist", "islamist", "terrorist", "fighting"),
        *("separatist", "group"),  # "bomb separatist positions", "Islamic State group positions"
    ]
)
#: A strike before a camp (`_PositionPatterns.struck_camp`: the camps or headquarters
#: of a named armed party as the target of a strike; guideline §3(a)1: "Named positions
#: of a named force at a named place count even as strike targets"): "air strikes
#: against PKK camps in northern Iraq", "this strike that has taken out a Daesh training
#: camp", "destroyed the jihadi's headquarters in Gwoza".  The owner must be a named
#: armed group, or a militant noun with the camp's place after it ("the jihadi's
#: headquarters in Gwoza", not "air strikes on the rebel camps overnight"), so that a
#: camp named by its place ("the Atmeh camp") or held by civilians ("refugee camps") is
#: no position.
_STRIKE_BEFORE = (
    r"\b(?:(?:air\s*)?strikes?|raids?|bomb(?:ed|ing|s)?|shell(?:ed|ing)|hit|targeted|targeting"
    r"|destroy(?:ed|ing|s)?|attack(?:ed|ing)?|pound(?:ed|ing)|(?:taken|took|taking)\s+out)\b"
    r"(?:\s+[\w'’-]+){0,6}?\s+"
)
_CAMP = (
    r"(?:['’]s?)?\s+(?:(?i:training|militant|terrorist|military)\s+)?"
    # and a base or hideout struck as a camp is ("bombed al-Shabaab bases in Somalia")
    r"(?i:camps?|headquarters|bases|base(?!\s+of\b)|hideouts?)\b"
)
#: A militant noun's camp at a named place, after a strike (`_PositionPatterns.struck_camp`).
_MILITANT_CAMP_AT = (
    rf"(?i:jihadi(?:st)?s?|militants?|insurgents?|rebels?|terrorists?|extremists?){_CAMP}"
    r"\s+(?:in|near|around|outside)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?[A-Z]"
)
_STRONG_WORD_TERMS = (
    "offensive",
    "counteroffensive",
    "counter-offensive",
    "siege",
    "besieged",
    "stronghold",
    "strongholds",
    "strongpoint",
    "strongpoints",
    "front line",
    "front lines",
    "frontline",
    "opened a front",
    "opened a new front",
    "fall of",
    "made gains",
    "make gains",
    "makes gains",
    "major gains",
    "territorial gains",
    "foot patrol",
    "dug into",
    "commingle",
    "encircled",
    "no-fly zone",
    "buffer zone",
    "ceasefire line",
    "used as a military base",
    "used as a base",
    "used as bases",
    "de facto capital",
    *("changed hands", "change hands", "changes hands", "changing hands"),
    *("consolidated gains", "consolidated their gains", "consolidating gains", "battlefield gains"),
    *("foothold", "footholds", "bridgehead", "territorial losses", "gains against"),
    # a place forces gather at before a move ("using the valley as a staging post for
    # attacks on the capital")
    *("staging post", "staging posts", "staging ground", "staging grounds", "staging area"),
    "staging areas",
    # a blockade of ground, as a siege ("the regime's blockade of most of the roads leading
    # to the area"; not "escaped the suffocating blockades on Saturday")
    *("blockade of", "blockades of", "blockaded"),
    # where a force is massed, named as a target ("Iraqi warplanes attacked Iranian troop
    # concentrations near the front"): guideline §3(a)1, positions even as strike targets
    *("troop concentrations", "troop concentration", "concentrations of troops"),
)
_STRONG_WORDS = terms_pattern(_STRONG_WORD_TERMS, word_start=True)
#: A campaign and where it is aimed ("a fresh offensive north of Baghdad").
_CAMPAIGN_ON = (
    r"(?:(?:a|an|its|their|his|her|the|fresh|new|major|renewed|ground|military|air)\s+)*"
    r"(?:attacks?|offensive|assault|campaign|operation|push|war)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:in|on|near|north|south|east|west|against|into|from|toward|towards)\b"
)
#: Less common military nouns, tried only when `_may_name_presence` finds one of their
#: words: forces present, built up or exercising at a place, and campaigns begun.
_PRESENCE = Caseless(
    r"\b(?:military|troop|naval)\s+presence\b|\bmilitary\s+(?:build-?up|exercises?)\b"
    # "the troop buildup near Ukraine's border"
    r"|\b(?:troop|naval|force)\s+build-?up\b"
    r"|\bcombat\s+operations\b"
    # "Hazm is mainly present in northern Syria", "ISIS has presence north and east"
    r"|\b(?:is|are|was|were|remain|remains)\s+(?:(?:also|mainly|mostly|still|now|largely|heavily)\s+)?"
    r"present\s+(?:in|across|along)\b"
    r"|\b(?:has|have|had)\s+(?:a\s+)?(?:strong\s+|large\s+|heavy\s+)?presence\s+"
    rf"(?:in|across|along|{_COMPASS})\b"
    rf"|\b(?:beg[au]n|start(?:ed|s)?)\s+{_CAMPAIGN_ON}"
)
#: The branches of `_STRONG` other than its words.
_STRONG_PHRASES = (
    rf"\blaunch\w*\s+{_CAMPAIGN_ON}"
    rf"|\b(?:assault|offensive|onslaught|push|thrust|advance)s?\s+(?:{_COMPASS}(?:wards?)?\s+)?"
    r"(?:against|into|toward|towards)\b"
    # "the ongoing brutal onslaught on Aleppo": an onslaught is an offensive
    r"|\b(?:assault|offensive|onslaught)s?\s+on\b"
    # an attack repelled or repulsed ("Iraq said it repulsed an Iranian thrust near Mehran";
    # not one "repulsed by the attack on the town")
    r"|\b(?:repel\w*|repuls(?:e|es|ed|ing)(?!\s+by\b))\s+(?:[\w-]+\s+){0,4}?"
    r"(?:attacks?|assaults?|offensives?|advances?|"
    r"thrusts?)\s+(?:on|near|in|at|against|around)\b"
    # "fighting to push rebels out of five neighbourhoods"
    r"|\bpush(?:ed|es|ing)?\s+(?:[\w’'-]+\s+){1,4}?out\s+of\b"
    # "the Islamic State group's de facto Syrian capital": the group holds the city
    r"|\bde\s+facto\s+[\w-]+\s+capital\b"
    # a party's bastion ("the rebel bastion of Douma"), not the base's name "Camp Bastion",
    # which marks where a visit or a quote took place (guideline §3: mere location); a
    # party's bastion follows a word ("the rebel bastion", "IS bastion", "the rebels'
    # bastion"), so one opening
    # the sentence or a quote is the base's short name ("Bastion, surrounded by desert,")
    r"|(?<!camp\s)(?<=[\w'’]\s)bastions?(?![\w-])"
    # a blockade laid on ground or lived under, as a siege (guideline §3(a)2, besiege:
    # "the rebels imposed a blockade on the town", "Djibo has been under a jihadist
    # blockade since 2022"), as "blockade of" above; not a day ("escaped the blockades
    # on Saturday")
    rf"|\bblockades?\s+(?:on|around)\s+(?!{CALENDAR_WORDS}\b)"
    r"|\bunder\s+(?:(?:an?|the|its|their)\s+)?(?:[\w-]+\s+){0,2}?blockade\b"
)
_STRONG = Caseless(rf"{_STRONG_WORDS}(?![\w-])|{_STRONG_PHRASES}")
#: The words of `_PositionPatterns.strong_other_sense`; a sentence without any of them
#: needs no masking ("siege" is in "besieged" too).
_OTHER_SENSE_HINTS = (
    *("strongh", "bastion", "heartland", "gains", "offensive", "front", "assault"),
    "siege",
    "launch",
    "final",
    "next round",
    "playoff",
    "knockout",
)
#: Strong military words in senses that name no force's ground (guideline §3(a)): an
#: offence given ("deeply offensive to Muslims", "a charm offensive"), a front line of
#: a disease ("Doctors are on the front line of the fight against Ebola") or of people at
#: work there, a crime against a person ("the assault on the woman", "a sexual
#: assault"), siege as a way of fighting, no siege laid on a place ("siege warfare has
#: been used in Syria", "rewards siege tactics"), a person besieged with dissent or by
#: reporters, a team's advance or push into a later round of a contest ("Chelsea's
#: advance into the final", "the team's push into the playoffs").
_OTHER_SENSES = (
    r"\bcharm\s+offensive\b"
    r"|\b(?:deeply|highly|grossly|extremely|very|so|too|most|more|particularly|really|hugely"
    r"|profoundly|less)\s+offensive\b"
    r"|\bfront\s?lines?\s+of\s+(?:the\s+)?(?:(?:fight|battle|war|struggle|response)\s+"
    r"(?:against|on)\s+(?:the\s+)?)?(?:[\w-]+\s+)?(?:ebola|virus|coronavirus|covid|pandemic"
    r"|epidemic|outbreak|disease|cholera|malaria|famine|hunger|poverty|climate|cancer)\b"
    r"|\b(?:sexual|indecent|physical)\s+assault\b"
    # people at work at the front, no force's ground ("a wartime photographer and
    # journalist on the front lines in Ukraine"), and a front line as a figure of speech
    # ("When home becomes the front line")
    r"|\b(?:journalists?|photographers?|reporters?|correspondents?|doctors?|nurses?|medics?"
    r"|paramedics?|volunteers?|aid\s+workers?)\s+(?:[\w-]+\s+){0,3}?on\s+the\s+front\s?lines?\b"
    r"|\bbecomes?\s+(?:the\s+|a\s+)?front\s?lines?\b"
    r"|\bsiege\s+(?:warfare|tactics)\b"
    # besieged by words, not by a force ("Modi was besieged with dissent within the party")
    r"|\bbesieged\s+(?:with|by\s+(?:dissent|criticism|calls|requests|questions|complaints"
    r"|critics|reporters|journalists|fans))\b"
    r"|\b(?:advance|push)\s+into\s+(?:the\s+)?(?:(?:semi|quarter)-?)?(?:finals?|playoffs?"
    r"|knockout\s+(?:stages?|rounds?)|next\s+round)\b"
    r"|\bassault\s+on\s+(?:a|an|the|his|her|their)?\s*(?:young\s+|elderly\s+)?"
    r"(?:woman|women|girl|girls|man|boy|boys|child|teenager|pensioner|wife|husband|partner)\b"
)
#: Forces given, denied or ending a fighting role ("ended its combat mission", "restricted
#: to non-combat roles", "has engaged in combat in Iraq"), not "combat training" or the
#: verb ("to combat terrorism").
_COMBAT_ROLE = re.compile(
    r"\bcombat\s+(?:roles?|missions?|deployments?|troops|soldiers|forces|flights|units"
    r"|aircraft|jets)\b|\bengaged\s+in\s+combat\b",
    re.IGNORECASE,
)
#: Rarer signs of ground held, taken or entered, each tried only where `_may_mark_ground`
#: finds its word (kept out of `_STRONG`, which runs on every sentence with a cue).
_GROUND_MARKED = Caseless(
    # a party driven off ground ("We have driven them out", "troops had ousted
    # separatists from parts of Donetsk"), not people from their homes or a leader
    # from office
    r"\b(?:drove|driven|chased|ousted)\s+(?:[\w’'-]+\s+){1,4}?(?:out|from)\b"
    r"(?!\s+(?:of\s+)?(?:their|his|her|power|office)\b)"
    # the passive, ground named ("They were driven from the town of Sinjar by ISIS"),
    # not homes ("driven from the homes")
    r"|\b(?:driven|chased|ousted)\s+(?:out\s+of|from)\s+(?:the\s+)?(?:[a-z]+\s+)?"
    r"(?:town|city|village|district|province|region|area)\b"
    # a force at the edge of a place ("reached the outskirts of")
    r"|\breach(?:ed|es|ing)?\s+the\s+(?:outskirts|gates|edge|centre|center|village|town"
    r"|city)\s+of\b"
    # "the latest advances in the countryside west of Raqqa"
    r"|\badvances\s+(?:in|on|near|around|across)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?"
    rf"(?:countryside|province|city|town|area|{_COMPASS})\b"
    # "The flag is flying over Tel Hamis", "raised their flag over the town", and the
    # present tense of headlines and "a flag" ("Rebels raise flag over border town",
    # "raised a flag over the administrative building")
    r"|\bflags?\s+(?:(?:is|are|was|were|now)\s+)*(?:flying|raised|hoisted|flew)\s+(?:over|above)\b"
    r"|\b(?:raised|hoisted|planted)\s+(?:the(?:ir|\s+[a-z]+)?\s+|its\s+)?flags?\s+(?:over|above|on)\b"
    r"|\b(?:raised|hoisted|planted)\s+an?\s+flag\s+(?:over|above)\b"
    # (not "raises a flag over the budget", "fans raise flags on the terraces")
    r"|\b(?:raise|raises|raising|hoist|hoists|hoisting|plant|plants|planting)\s+"
    r"(?:their\s+|its\s+)?flags?\s+(?:over|above)\b"
    # "We are now combing the city for terrorists"
    r"|\bcomb(?:s|ed|ing)?\s+the\s+(?:city|town|area|village|district|streets|countryside)\b"
    # "14 Turkish F-16s patrolled the Turkish-Syrian border"
    r"|\bpatroll(?:ed|ing)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:border|frontier|skies|coast)\b"
    # "a second campaign being waged against it in northwest Syria"
    r"|\bcampaigns?\s+(?:(?:is|was|are|were)\s+)?(?:being\s+)?waged\s+against\b"
    # "Kenyan troops had pushed 60 miles (100 kilometres) across the border"
    r"|\bpush(?:ed|ing)\s+(?:[\w()’'-]+\s+){1,5}?(?:across|into|deeper|towards?)\b"
    # "the jihadist fighters have been pushed from the strategic city of Palmyra"
    r"|\bpushed\s+(?:back\s+)?(?:out\s+of|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:city|town"
    r"|village|area|district|province|region|stronghold|positions?)\b"
    # "militants taking position at the border"
    r"|\bt(?:ook|ake|akes|aking|aken)\s+(?:up\s+)?positions?\s+(?:at|in|on|near|along"
    r"|around|outside)\b"
    # swathes of ground won, held, run or lost ("to win large swathes of territory",
    # "runs a self-styled caliphate across swathes of Iraq"), not a country's people
    # "left struggling"
    r"|\b(?:win|wins|won|winning|seiz\w*|control\w*|hold|holds|held|run|runs|ran|across"
    r"|over|captur\w*|lost|lose|loses|losing|from)\s+(?:large\s+|vast\s+|huge\s+)?"
    r"swathes?\s+of\b"
    # a party kept away by force ("continued to use strikes to keep them at bay"), or
    # surrounded by one ("cut off and surrounded by the Islamic State")
    r"|\b(?:keep|keeps|kept|keeping)\s+(?:them|the\s+[\w-]+)\s+at\s+bay\b"
    r"|\bsurrounded\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:islamic\s+state|isis|forces"
    r"|troops|militants|rebels|army|fighters|jihadists)\b"
    # "600 U.S. Nato troops spread between Poland, Latvia, Estonia and Lithuania"
    r"|\b(?:troops|forces|soldiers)\s+spread\s+(?:between|across)\b"
    # fighters gone to join an armed group ("have gone to Syria to join the militants",
    # "are returning to join the militant group in Libya")
    r"|\b(?:to|and)\s+"
    r"(?:join|fight\s+(?:with|for|alongside))\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:militants?|rebels|jihadists|insurgents|islamic\s+state|isis|isil|daesh)\b"
)


#: A named party's presence at a place ("The continued presence of Fatah al-Sham in
#: Aleppo", "Fatah al-Shams presence in the city").
_NAMED_PRESENCE = re.compile(
    r"\bpresence\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:[A-Z]|al-|el-)[\w’'-]*){0,3}\s+in\b"
    r"|(?!(?:His|Her|Their|Its|Our|My|Your|The|This|That|Whose)\s)[A-Z][\w’'-]*s?\s+"
    r"presence\s+in\b"
)
#: Forces sent into a named country or region (guideline §3(a)1, deployment: "Saudi
#: Arabia began its military intervention in Yemen", "since Russia's military
#: intervention in Syria"); not a central bank's "intervention in the currency market",
#: nor one only wished for or opposed ("opposed a military intervention in Libya", "calls
#: for military intervention"; guideline §3: hypothetical presence is at most optional),
#: an intervention after "a" being one launched, begun or mounted.
_INTERVENTION_IN = re.compile(
    r"(?:\b(?:[Ll]aunch\w*|beg[au]n|[Ss]tart\w*|[Mm]ount\w*)\s+(?:a|an)\s+"
    r"|(?<!\ba\s)(?<!\ban\s)(?<![Aa]ny\s)(?<!possible\s)(?<!potential\s)(?<!against\s)"
    r"(?<!for\s)(?<!of\s)(?<!no\s))"
    r"[Mm]ilitary\s+interventions?\s+(?:in|into)\s+(?:the\s+)?(?:[\w-]+\s+)?[A-Z]"
)
#: A named country invaded by a named party (guideline §3(a)2, movement into a place:
#: "Russia's invasion of Ukraine", "the US-led invasion of Iraq"); not one weighed ("the
#: cost of a US invasion of North Korea"), an example without an invader ("such as the
#: invasion of the Falklands"), nor "invasion of privacy".
_NAMED_INVASION = re.compile(
    r"(?<!\ba\s)(?<!\ban\s)\b[A-Z][\w-]*(?:['’]s)?\s+(?:full-scale\s+|ground\s+)?"
    r"invasions?\s+of\s+(?:the\s+)?[A-Z]"
)
#: An invasion of a named place launched by a named party ("Russia launched its
#: full-scale invasion of Ukraine", "Russian forces began a ground invasion of …"); not
#: one never or nearly launched, nor a market or a body invaded ("Netflix launched its
#: invasion of the Indian streaming market": `_invasion_launched`).
_INVASION_LAUNCHED = re.compile(
    r"\b[A-Z][\w-]*\s+(?:(?!(?:never|almost|nearly|not)\s)[a-z]+\s+)?"
    r"(?:(?:has|had|reportedly)\s+)?(?:launched|launches|began|begins|started|mounted)\s+"
    r"(?:its|their|his|the|an|a)\s+(?:(?:full-scale|large-scale|ground|military)\s+){0,2}"
    r"invasions?\s+of\s+(?:the\s+)?(?P<invaded>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?![\w-])"
    # (no noun after it that the name modifies: "the Indian streaming market")
    r"(?!\s+(?!(?:in|on|at|and|by|from|with|after|before|which|that|since|during|last|this"
    r"|to|for|over|under|was|is|has|had)\b)[a-z])"
)


def _invasion_launched(sentence: str) -> bool:
    """Whether `_INVASION_LAUNCHED` finds an invasion whose invaded party is a state, a
    capital or a province (`capitals.place_names`)."""
    found = _INVASION_LAUNCHED.search(sentence)
    if found is None:
        return False
    invaded = found.group("invaded").casefold()
    places = place_names()
    return invaded in places or invaded.split()[0] in places


#: A named party's advance on a named place (guideline §3(a)2, "advance on/into":
#: "Russia's advance on Kharkiv", "the Russian advance on Kyiv"); the party owns the
#: noun by its possessive or after "the", so a verb ("Stocks advance on …") is none, and
#: a day is no place ("the Nikkei's advance on Monday").
_NAMED_ADVANCE = re.compile(
    r"(?:\b[A-Z][\w-]*['’]s|\b[Tt]he\s+[A-Z][\w-]*)\s+advances?\s+on\s+(?:the\s+)?"
    rf"(?!(?i:{CALENDAR_WORDS})\b)[A-Z]"
)
#: The force words that a few compact patterns name as the subject of their verb
#: (`_CUT_OFF_GROUND`, `_FORCE_REACHED_PLACE`, `_PATROLLING_PLACE`), lower-case.
_FORCE_SUBJECT = (
    r"(?:forces|troops|army|soldiers|militants|rebels|fighters|jihadists|insurgents|tanks)"
)
#: Ground or its roads cut off by a force (guideline §3(a)2, surround or besiege: "The
#: town was cut off by Islamic State fighters", "Troops have cut off the last supply
#: route into Aleppo"); the force named before or after "cut off", so neither floods
#: nor snow cut off ground here, and only ground or roads, not aid, power or the
#: internet; run on the lower-cased sentence.
_CUT_OFF_GROUND = re.compile(
    rf"\b{_FORCE_SUBJECT}\s+(?:(?:have|has|had|are|were|is|was|now|already)\s+){{0,2}}"
    r"cut(?:s|ting)?\s+off\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:supply\s+(?:routes?|lines?)|roads?|highways?|corridors?|town|city|village|enclave"
    r"|pocket|garrison|port|border\s+crossing)\b"
    rf"|\bcut\s+off\s+by\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{_FORCE_SUBJECT}\b"
)
#: International bodies, whose capitals name no place a force stands in or reaches.
_NO_PLACE_BODIES = r"nato|eu|un|osce|csto|asean"
#: A force reaching a named place (guideline §3(a)2, movement relative to a place: "The
#: rebels reached Damascus on Sunday", "Israeli tanks reach Rafah", "Ukrainian forces
#: have reached the Dnipro river"); the force named before the verb, so an aid convoy
#: reaching a town is none, and a name after it, so no deal or agreement reached.
_FORCE_REACHED_PLACE = re.compile(
    rf"\b(?i:{_FORCE_SUBJECT})\s+(?:(?i:have|has|had|finally|now|already)\s+){{0,2}}"
    r"(?i:reach(?:ed|es)?)\s+(?:the\s+)?"
    rf"(?!(?i:{CALENDAR_WORDS}|{_NO_PLACE_BODIES})\b)[A-Z]"
)
#: "operations against Islamic State east of Palmyra": an operation needs a place
#: ("operations against the militants' field commanders" is none).
_OPERATION_AT_PLACE = re.compile(
    r"\b[Oo]perations?\s+(?:against|into)\s+(?:[\w'’-]+\s+){1,5}?"
    rf"(?:in|near|around|{_COMPASS}(?:ern)?\s+of)\s+"
    rf"(?:the\s+(?:{_COMPASS}(?:ern)?\s+)?)?[A-Z]"
)
#: Military operations launched, led, conducted, mounted, carried out or widened in a
#: named place (guideline §3(a)2, "launch an offensive in/into X": "Turkey launched
#: military operations in northern Syria", "warlords … led armed operations in
#: Dagestan", "Israel expanded its ground operation in Gaza"); the operations named
#: military, not rescue or relief work.
_OPERATIONS_RUN_IN = re.compile(
    r"\b(?:launch(?:es|ed|ing)?|le[ad]|leads|leading|conduct(?:s|ed|ing)?|mount(?:s|ed|ing)?"
    r"|carr(?:y|ies|ied|ying)\s+out"
    # an operation under way widened ("Israel expanded its ground operation in Gaza")
    r"|expand(?:s|ed|ing)?|widen(?:s|ed|ing)?|intensif(?:y|ies|ied|ying)|extend(?:s|ed|ing)?"
    r"|step(?:s|ped|ping)?\s+up)\s+"
    r"(?:(?:a|an|its|their|new|major|fresh|joint|massive|large-scale|big|intense)\s+)*"
    r"(?:military|armed|ground|combat|special|air|naval|security|counter-?terrorism"
    # a search for fighters in an area ("launched a massive cordon and search operation
    # in the Hapatnard area")
    r"|counter-?insurgency|cordon[- ]and[- ]search|search[- ]and[- ]destroy|combing"
    r"|(?:air\s+)?assault)"
    r"\s+operations?\s+(?:in|inside|across|into)\s+(?:the\s+)?"
    rf"(?:{_COMPASS}\w*\s+)?[A-Z]"
    # operations under way in a named place ("Intense counter-terrorism operations are
    # currently underway at various places in Jammu & Kashmir")
    r"|\b(?i:military|armed|ground|combat|security|counter-?terrorism|counter-?insurgency"
    r"|combing|cordon[- ]and[- ]search)\s+operations?\s+(?:is|are|was|were|remains?|remained)\s+"
    r"(?:(?:currently|now|still)\s+)?(?:underway|under\s+way|ongoing|continuing|in\s+progress)"
    r"\s+(?:(?:at|in)\s+(?:several|various|many|multiple)\s+(?:places|areas|locations)\s+)?"
    r"(?:in|across|near|around)\s+(?:the\s+)?[A-Z]"
)
#: Operations, plural, begun at a place by a force the sentence names ("The army began
#: operations in Fallujah"): the plural of `_CAMPAIGN_ON`'s "operation", which as often
#: names a firm's business ("The company began operations in Texas"), so it is tried
#: only with a force word, and needs a named place or a compass quarter after it.
_OPERATIONS_BEGUN = re.compile(
    r"\b(?:beg[au]n|begins?|beginning|start(?:ed|s|ing)?|resum(?:ed|es|ing))\s+"
    r"(?:(?:its|their|new|fresh|major|joint|further)\s+)*operations\s+"
    r"(?:in|on|near|against|into|around|inside)\s+(?:the\s+)?"
    rf"(?:(?:{_COMPASS}\w*\b)|(?:{_COMPASS}\w*\s+)?[A-Z])"
)
#: A weak control verb and a capitalised place, after a force word or a named armed group
#: (`force_holds`: "ISIS controls Raqqa"); the force may be "in control of" it ("The
#: rebels are in control of Donetsk"), and the place may follow its quarter or a word
#: like "rural" ("Houthi rebels control much of northern Yemen").
_HOLDS_A_PLACE = (
    r"(?:(?:have|has|had)\s+)?(?:(?:still|now|also|effectively|largely|mainly|mostly|since)\s+){0,2}"
    r"(?:control|controls|controlled|hold|holds|held"
    r"|(?:are|is|was|were|remains?|remained)\s+(?:(?:still|now|firmly|fully)\s+)?in\s+"
    r"(?:full\s+|effective\s+)?control\s+of)\s+(?:(?:almost|nearly)\s+)?"
    r"(?:(?:all|most|much|parts?|half|large\s+parts|swathes|the\s+rest"
    # "held the west and south of Aleppo"
    rf"|the\s+{_COMPASS}(?:ern)?(?:\s+and\s+{_COMPASS}(?:ern)?)?)"
    r"\s+of\s+)?"
    rf"(?:the\s+)?(?:(?:{_COMPASS}(?:ern)?|rural|coastal|central)\s+)?(?-i:[A-Z])"
    r"(?![\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+(?:responsible|accountable|hostage|captive|prisoner))"
)
#: Ground taken, named before by a noun the pronoun stands for ("seized it").
_TOOK_IT = re.compile(
    r"\b(?:seized|captured|took|taken|overran|overrun|recaptured|retook|liberated|stormed"
    # "bombarded the city for weeks before taking it"
    r"|seizing|capturing|taking|overrunning|recapturing|retaking|liberating|storming)"
    r"\s+(?:control\s+of\s+)?(?:it|them)\b"
    # "the town council is taking it seriously": no ground taken
    r"(?!\s+(?:seriously|lightly|personally|easy|for\s+granted|upon))"
)
#: The stems of `_TOOK_IT`'s verbs, one of which a sentence must hold for it to be tried
#: (a `find` each costs less than the scan, which starts at every word).
_TOOK_IT_STEMS = ("seiz", "captur", "took", "taken", "taking", "overr", "liberat", "storm")
#: A military move named by its noun, to or from a place, with no force named ("the
#: withdrawal from Basra Palace", "patrols along the border", "the move to the border").
_MOVE_TO_PLACE = re.compile(
    r"\b(?:[Dd]eployments?|[Rr]edeployments?|(?:re)?deployed|[Ww]ithdrawals?|[Pp]ull-?outs?|[Pp]atrols"
    r"|[Ii]ncursions?|[Dd]rawdowns?|(?<=\bthe\s)move|(?<=\bto\s)return)"
    r"\s+(?:of\s+[\w-]+\s+)?(?:to|from|into|along|on|at)\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:(?-i:[A-Z])[\w-]*|border|frontier|front\s+line)\b"
)
#: The place a force stays in or is placed in, unnamed: "will remain in the war zone",
#: "the Russian military stationed in the republic".
_UNNAMED_THEATRE = r"the\s+(?:country|region|republic|war\s+zone|theatre|theater)\b"
#: Forces or arms placed at a named place, a border or bases, whatever they are
#: ("Japan has deployed missile interceptors across Tokyo", "PAC-3 missiles have been
#: deployed at three bases", "Tanks and troops mass on border", "battalions remain
#: poised on the border", or in the country the article is about: "the Russian military
#: stationed in the republic"); "mass" only as a verb before its place ("mass graves").
_PLACED_AT = re.compile(
    r"\b(?:(?:re)?deploy(?:ed|ing|s)?|stationed|positioned|(?:a|re)?massed|massing|poised"
    r"|mass(?=\s+(?:on|at|along|near)\b))"
    r"(?:\s+[\w-]+){0,6}?\s+(?:to|in|at|across|around|along|on|near|into)\s+"
    rf"(?:{_UNNAMED_THEATRE}|(?:(?:the|its|their|three|two|several|key)\s+)?(?:[\w-]+\s+)?"
    r"(?:(?-i:[A-Z])[\w-]*|border|frontier|front\s?lines?|bases)\b)",
    re.IGNORECASE,
)
#: Regular forces or armour at a border, a front line or a checkpoint ("Israeli soldiers
#: prepare tanks near the border", "An Israeli Merkava tank is seen in a staging area on
#: the border", "A Ukrainian soldier inspects a vehicle at a checkpoint near Slovyansk");
#: run on the lower-cased sentence, where no incident is reported (`_INCIDENT`).
_FORCE_AT_FRONTIER = re.compile(
    r"\b(?:soldiers?|troops|tanks?|battalions?|brigades?|forces|army|marines|commanders|"
    r"reservists|artillery|armou?red\s+(?:vehicles?|personnel\s+carriers?))\b"
    r"[^.;:!?]{0,80}?\b(?:on|near|along|at|towards?)\s+(?:the\s+|a\s+|its\s+|their\s+)?"
    r"(?:[a-z-]+\s+)?(?:border|frontier|front\s?lines?|buffer\s+zone|demilitari[sz]ed\s+zone|"
    r"checkpoint)\b"
)
#: Online services named like places ("The soldier posted a video on Twitter"): no
#: place a force is at.
_ONLINE_SERVICES = r"(?:Twitter|Facebook|YouTube|Instagram|Telegram|TikTok|WhatsApp|Snapchat)\b"
#: A quotation mark that may open a sentence before the words a rule anchored at its
#: start reads ("“Palmyra was recaptured by the Syrian army,” the ministry said").
_OPENING_QUOTE = r"[\"“‘]?"
#: Forces named at the head of a sentence, busy at a place ("A Ukrainian serviceman sits
#: on a tank inside a military camp in Donetsk", "South Korean soldiers on exercise near
#: the border"): the captions of news photographs say where forces are this way, and so
#: does a quotation opening the sentence ("“Opposition fighters are making steady
#: progress in Daraa province"); an online service is no place (`_ONLINE_SERVICES`).
_FORCE_BUSY_AT_PLACE = re.compile(
    rf"^{_OPENING_QUOTE}(?:[\w'’()-]+\s+){{0,4}}?"
    r"(?i:soldiers?|troops|servicem[ae]n|marines|sniper\s+teams?"
    r"|militants|(?:rebel\s+)?fighters?|reservists|paratroopers|commandos|militiam[ae]n"
    # and peacekeepers, guardsmen and conscripts ("Peacekeepers have been in Kosovo since 1999")
    r"|peacekeepers|guardsmen|conscripts"
    r"|members?\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}militias?)"
    r"(?:\s+[\w'’-]+){1,14}?\s+(?:in|inside|at|near|on|along|outside)\s+"
    r"(?:the\s+|a\s+|an\s+|their\s+|its\s+)?(?:outskirts\s+of\s+(?:the\s+)?)?"
    r"(?:[a-z-]+\s+){0,3}?(?:(?!" + _ONLINE_SERVICES + r")[A-Z][\w-]*"
    r"|military\s+(?:camp|base|post)|base|post|border|checkpoint|front\s?line|trench)"
)
#: People gone to a named place to fight or to join an armed party, there or elsewhere
#: ("have gone to Syria to join the militants", "have left to fight with Islamic State
#: … in Syria and Iraq", "were travelling to fight against DAESH in northern Aleppo
#: province"): fighters moving to a place; "left to study in Paris" joins no fight, and
#: "going to join the protest in Cairo" no armed party (joining needs the place first).
_GONE_TO_FIGHT = re.compile(
    r"\b(?:left|leave|leaving|travel(?:l?ed|l?ing|s)?|gone|go|going|goes|went|head(?:ed|ing|s)?"
    r"|return(?:ed|ing|s)?)\s+"
    r"(?:(?:to|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and|or)\s+[A-Z][\w’'-]*)?\s+to\s+(?:fight|join)\b"
    r"|to\s+fight\s+(?:[\w’'-]+\s+){0,8}?in\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?[A-Z])"
)
#: A navy's fighting ships, which a force keeps or leaves at sea as it keeps troops
#: ashore (`_STAYING_FORCE`: "maintain warships in the area", "has kept a carrier strike
#: group in the region") and which operate from a port as troops from a base
#: (`_FORCE_ACTIVE_IN`: "Its destroyers operate from Djibouti").
_WARSHIPS = (
    r"warships?|gunboats?|submarines?|frigates?|destroyers?|aircraft\s+carriers?|carriers"
    r"|(?:carrier\s+)?strike\s+groups?|naval\s+vessels"
)
#: The verb of `_FORCE_ACTIVE_IN`; holding out is fighting on where one stands ("army
#: units were still resisting in the west of the city").
_FORCE_ACTIVE_VERB = (
    r"(?:fighting|moving|engaged|operat(?:ing|es?|ed)|serv(?:ing|es?)|battling|resisting"
    r"|holding\s+out)\s+"
)
#: Forces fighting, moving or engaged inside a named country or in the conflict
#: ("Russian forces are now fighting inside Ukraine", "artillery units moving inside
#: Ukraine", "1,000 Russian troops now actively engaged in the conflict"); where forces
#: were killed fighting is an incident (`_INCIDENT`), not this.
_FORCE_ACTIVE_IN = re.compile(
    r"\b(?:troops|forces|soldiers|units|servicem[ae]n|marines|paratroopers|fighters"
    # a force's warships and warplanes, which operate from a port or a base ("Its
    # destroyers operate from Djibouti", "US drones operating from Niger")
    rf"|{_WARSHIPS}|warplanes|bombers|drones)\s+"
    r"(?:(?:are|were|is|was|have|has|had|been|now|still|actively|currently|already|also)\s+)*"
    + _FORCE_ACTIVE_VERB
    # beside whom ("soldiers fighting alongside the rebels inside Congo")
    + r"(?:alongside\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?)?"
    rf"(?:(?:in(?:side)?|from)\s+(?:{_NEIGHBOURING}\s+)?(?:the\s+)?(?-i:[A-Z])"
    r"|in\s+the\s+(?:conflict|fighting|war)\b"
    # a multinational unit the article places ("French and Danish troops also serve in
    # the battlegroup")
    r"|in\s+the\s+(?:[\w-]+\s+){0,2}?battle\s?groups?\b"
    # a quarter of the town the article is about ("in the west of the city")
    rf"|in\s+the\s+{_COMPASS}(?:ern)?\s+(?:part\s+)?of\s+the\s+(?:city|town|capital)\b)",
    re.IGNORECASE,
)
#: The verb of `_FORCE_ACTIVE_IN` and the "alongside" or "in" after it, which every
#: match holds: a scan from the verb, cheaper than the pattern's from every force word.
_FORCE_ACTIVE_CORE = Caseless(rf"{_FORCE_ACTIVE_VERB}(?:alongside|in|from)")
#: After a force word, the force pressing on, or pressing an enemy, near, into or towards
#: a named place (`_PositionPatterns.force_presses`).
#: `_PRESSES_ON` from its verb on, which `_PRESSING_SCAN` looks for alone.
_PRESSING = (
    r"press(?:es|ed|ing)?\s+(?:(?:on|ahead|forward)\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:near|towards?|into|on)\s+(?:the\s+)?[A-Z]"
)
_PRESSES_ON = r"\s+(?:(?:are|were|is|was|have|has|had|been|now|still)\s+)*" + _PRESSING
_STAYING_FORCE = (
    r"(?:troops|soldiers|forces|personnel|marines|boots\s+on\s+the\s+ground|(?:token\s+)?force"
    rf"|contingent|garrison|{_WARSHIPS}"
    # a guard named as a force ("The National Guard will remain in Millbrook", "the
    # Guard will stay in the city"; not "the security guard")
    r"|guardsmen|(?-i:Guard))"
)
_LEVEL_CHANGE = (
    r"(?:cut|cuts|cutting|reduc\w+|fall|falls|fell|drop\w*|slide|slid|shrink\w*|ris\w+|rais\w+"
    r"|increas\w+|grow\w*|swell\w*|halv\w+|doubl\w+|boost\w*)"
)
#: The armed services, which a soldier leaves for civil life, no place ("Thousands of
#: soldiers leave the Army every year").
_SERVICES = r"army|navy|marines|air\s+force|royal\s+navy|raf"
#: A force noun's leaving a named place, after the noun (`_PositionPatterns.force_left_place`;
#: in the past, or the present of headlines: "Ukrainian troops leave Avdiivka"),
#: or its being driven out of it ("The jihadists were forced out of Palmyra").
#: `_LEFT_PLACE` from its verb on, which `_LEAVING_SCAN` looks for alone.
_LEAVING = (
    r"(?:left|leaving|leaves?|(?:were|was|been|being)\s+(?:(?:finally|eventually|largely)\s+)?"
    r"(?:driven|forced|pushed|chased|ousted|expelled)\s+(?:out\s+of|from))\s+"
    r"(?:the\s+(?:(?i:town|city|village|province|region|capital)\s+of\s+)?)?"
    rf"(?!(?i:{CALENDAR_WORDS}|{_SERVICES})\b)(?-i:[A-Z])[\w'’-]+"
)
_LEFT_PLACE = r"\s+(?:(?:have|has|had|finally|then|now)\s+)*" + _LEAVING
#: The craft of a force that patrol (`_PATROLLING_PLACE`) or show up off a coast
#: (`_CRAFT_OFF_A_COAST`).
_PATROL_CRAFT = (
    r"jets|warplanes|bombers|drones|warships|gunboats|aircraft|helicopters|submarines"
    r"|frigates|destroyers"
)
#: A force's craft showing up or cruising off a named coast or port (guideline §3(a),
#: maritime presence: "Two Russian warships appeared off the Crimean coast", "Chinese
#: submarines surfaced off Taiwan"); only warships and their like, not ships or ferries.
_CRAFT_OFF_A_COAST = re.compile(
    rf"\b(?i:{_PATROL_CRAFT})\s+"
    r"(?:(?i:have|has|had|been|were|was|is|are|also|suddenly)\s+){0,2}"
    r"(?i:appeared|surfaced|loitered|loitering|lurked|lurking|cruised|cruising|circled"
    r"|circling|turned\s+up)\s+off\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?"
    rf"(?!(?i:{CALENDAR_WORDS})\b)[A-Z]"
)
#: Forces patrolling a named place (guideline §3(a)1: soldiers "on foot patrol … on the
#: border area around Misamis Occidental"): "A British sniper team patrolling Sangin,
#: Helmand Province", "UDA car and foot patrols were seen on the streets in East
#: Belfast"; the place named right after the verb, or after where patrols were seen;
#: a force or its craft patrolling over, near or off a place patrols it too (guideline
#: §3(a), maritime and air presence: "Russian bombers patrolled over the Baltic Sea",
#: "Chinese warplanes patrolled near Taiwan"), but not guards or lifeguards.
_PATROLLING_PLACE = re.compile(
    r"\bpatroll(?:ing|ed)\s+(?:the\s+)?(?:(?:streets|outskirts|skies)\s+(?:of|over|above)\s+)?"
    rf"(?!(?i:{CALENDAR_WORDS})\b)[A-Z][\w'’-]+"
    rf"|\b(?i:{_FORCE_SUBJECT}|{_PATROL_CRAFT})\s+(?:(?i:are|were|is|was|have|has|had|been)\s+)"
    r"{0,2}patroll(?:ing|ed)\s+(?:over|above|near|along|around|across|off)\s+(?:the\s+)?"
    rf"(?:[a-z]+\s+){{0,2}}?(?!(?i:{CALENDAR_WORDS})\b)[A-Z]"
    r"|\bpatrols\s+(?:(?:were|was|are|have\s+been|had\s+been)\s+)(?:seen|spotted|reported|sighted)"
    r"\s+(?:[\w-]+\s+){0,4}?(?:in|on|at|around|near)\s+(?:the\s+)?(?:streets\s+(?:of|in)\s+)?"
    r"(?:[a-z]+\s+)?[A-Z]"
)
#: A force kept, staying or cut back in a country: "will keep up to 1,000 more soldiers …
#: in Afghanistan", "troops that stay behind", "170 British troops will remain after
#: December", "the number of troops will slide down to 5,500", "troop levels … are to be
#: cut by almost half", "raises the number of U.S. forces in the country to over 1,000".
_FORCE_KEPT = re.compile(
    r"\b(?:keep|keeps|keeping|kept|maintain|maintains|maintaining|retain|retains|retaining)"
    rf"\s+(?:[\w.,'’-]+\s+){{0,6}}?{_STAYING_FORCE}\s+(?:[\w.'’-]+\s+){{0,5}}?"
    # a fleet kept "in the area" of the article's waters, as a force in the region
    rf"(?:in|inside|at|on)\s+(?:{_UNNAMED_THEATRE}|the\s+area\b|(?:the\s+)?(?-i:[A-Z]))"
    rf"|\b{_STAYING_FORCE}\s+(?:(?:that|who|to|will|would|must|should|can|could)\s+)?"
    r"(?:stay|stays|stayed|staying|remain|remains|remained|remaining)\s+"
    rf"(?:behind\b|here\b|there\b|in\s+(?:{_UNNAMED_THEATRE}|(?-i:[A-Z]))"
    r"|(?:after|until|beyond|through)\s+(?:the\s+end\s+of\s+)?(?-i:[A-Z0-9]))"
    rf"|\bnumber\s+of\s+(?:[\w.'’-]+\s+){{0,2}}?{_STAYING_FORCE}\s+(?:[\w.,'’-]+\s+){{0,4}}?"
    rf"(?:(?:will|would|could|is\s+set\s+to|to)\s+)?(?:be\s+)?{_LEVEL_CHANGE}\b"
    rf"|\b{_LEVEL_CHANGE}\s+the\s+number\s+of\s+(?:[\w.'’-]+\s+){{0,2}}?{_STAYING_FORCE}\b"
    rf"|\b(?:troop|force)\s+(?:levels?|numbers|strength)\b[^.;]{{0,80}}?\b{_LEVEL_CHANGE}\b"
    # a force's numbers in a named place changing ("British numbers in Afghanistan will be
    # reduced to a token force"; the sentence names a force, `_may_keep_a_force`)
    r"|\bnumbers\s+in\s+(?-i:[A-Z])[\w'’-]*\s+(?:(?:will|would|could|is|are|to)\s+)?"
    rf"(?:be\s+)?{_LEVEL_CHANGE}\b"
    rf"|\b{_LEVEL_CHANGE}\s+(?:(?:the|its|their|UK|US|U\.S\.|British|American|French)\s+)?"
    r"(?:troop|force)\s+(?:levels?|numbers)\b",
    re.IGNORECASE,
)
#: A part of each `_FORCE_KEPT` branch: its verb of keeping, staying and where, "number
#: of", "numbers in", or a troop level: a scan from these costs a fraction of the
#: pattern's seven branches from every word, which most sentences tried fail.
_FORCE_KEPT_CORE = Caseless(
    r"(?:keep|kept|maintain|retain)\w*\s"
    r"|(?:stay|remain)\w*\s+(?:behind|here|there|in|after|until|beyond|through)\b"
    r"|number\s+of\s|numbers\s+in\s|(?:troop|force)\s+(?:level|numbers|strength)"
)
#: A war or mission in a place ending: "formally ended their 13-year war in Afghanistan",
#: "The NATO-led combat mission in Afghanistan officially ends in two weeks".
_WAR_ENDED = re.compile(
    r"\b(?:end|ended|ends|ending|end\s+of)\s+(?:(?:the|their|its|his|a)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:war|combat\s+mission|combat\s+operations|mission|occupation)"
    r"\s+in\s+(?-i:[A-Z])"
    r"|\b(?:war|combat\s+mission|mission|occupation)\s+in\s+(?-i:[A-Z])[\w'’-]*\s+"
    r"(?:[\w-]+\s+){0,2}?(?:ends|ended|will\s+end)\b",
    re.IGNORECASE,
)
#: A bid to take or open ground, named by a place or a ground noun ("a failed bid to
#: reopen the supply route into Aleppo", "the latest attempt to secure Zabadani"; not
#: "an attempt to secure a loan").
_BID_FOR_GROUND = re.compile(
    r"\b(?:bid|attempts?|efforts?|push|drive)\s+to\s+(?:secure|capture|seize|retake|recapture"
    r"|reopen|encircle|storm|enter|regain|cut\s+off)\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:(?-i:[A-Z])|route|road|highway|city|town|village|area|base|airport|border|crossing)",
    re.IGNORECASE,
)
#: A named party's forces in a town the article names elsewhere.
_NAMED_FORCE_IN_TOWN = re.compile(
    r"\b[A-Z][\w'’-]+\s+(?:fighters|troops|soldiers|forces|militiamen)\s+(?:were\s+|are\s+)?"
    r"(?:seen\s+|spotted\s+|stationed\s+|deployed\s+|gathered\s+)?(?:in|inside)\s+the\s+"
    r"(?:town|city|village|district)\b"
)
#: Ground changing hands or a front moving, told by who did it: "since the RSF took
#: over", "Hizballah was leading the attack on Deir al-Adas", "shelling had forced the
#: Free Syrian Army from the town", "al-Nusra started expanding into the countryside".
_GROUND_CHANGE = re.compile(
    r"\b(?:since|after|when|once)\s+(?:the\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,5}\s+"
    r"(?:took|seized|gained)\s+(?:over|control)\b"
    r"|\b(?:lead|leads|led|leading|spearhead(?:s|ed|ing)?)\s+(?:the|an|a)\s+(?:[\w-]+\s+)?"
    r"(?:attack|assault|offensive|push|battle)\s+(?:on|against|for)\s+(?-i:[A-Z])"
    r"|\bforced\s+(?:out\s+)?(?:the\s+)?(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+){0,5}\s+"
    r"(?:out\s+of|from)\b"
    # "forcing ISIS militants from the city", "expelled the militants from Tikrit",
    # "pushed back the rebels from the airport": an armed party, not people from homes
    r"|\b(?:forc(?:ed|ing)|expel(?:s|led|ling)?|(?:push(?:ed|es|ing)?|drove|beat)\s+back)\s+"
    r"(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:militants|fighters|rebels"
    r"|insurgents|jihadists|terrorists|troops|forces|army)\s+(?:out\s+of|from)\s+"
    r"(?!(?:their|his|her|power|office)\b)"
    r"|\bexpand(?:s|ed|ing)?\s+(?:into|across)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:countryside|territory|territories|areas?|provinces?|regions?|districts?|villages?"
    r"|towns?|suburbs?|outskirts)\b",
    re.IGNORECASE,
)
#: The verb of each `_GROUND_CHANGE` branch and the word after it ("took over", "led
#: the", "forced", "expanding into"), each at a word start as there (the check after
#: its first letter keeps the scan skipping to those letters): a cheaper scan than the
#: pattern's five branches from every word, which most sentences fail.
_GROUND_CHANGE_CORE = Caseless(
    r"(?:took|seized|gained)\s+(?:over|control)\b"
    r"|(?:l(?<!\w.)e(?:ad|d)|s(?<!\w.)pearhead)\w*\s+(?:the|an|a)\s"
    r"|f(?<!\w.)orc(?:ed|ing)\s|e(?<!\w.)xp(?:el\w*\s|and\w*\s+(?:into|across)\s)"
    r"|(?:p(?<!\w.)ush\w*|d(?<!\w.)rove|b(?<!\w.)eat)\s+back\s"
)
#: A named party operating or active at a named place ("the SAS was operating in a
#: reconnaissance role in Iraq", "the vast majority active in Syria").
_OPERATING_IN = re.compile(
    r"\b(?:was|were|is|are|been|majority|most|many|some)\s+(?:currently\s+|still\s+|now\s+|also\s+)?"
    r"(?:operating|active)\s+(?:[\w-]+\s+){0,4}?(?:in|inside|across)\s+(?:the\s+)?"
    rf"(?:[A-Z]|{_COMPASS}(?:ern)?\b)"
)
#: A military site that forces can be inside or at ("a military compound", "the air base").
_FACILITY = (
    r"(?:(?:military|army|naval|air\s*force)\s+(?:compound|base|camp|checkpoint|post|academy"
    r"|training\s+cent(?:er|re)|headquarters)|air\s*base|barracks|garrison|outpost"
    r"|command\s+post|bases?)"
)
_FACILITY_HINTS = fewest_substrings(
    (
        "compound",
        "base",
        "camp",
        "checkpoint",
        "post",
        "academy",
        "training cent",
        "headquarters",
        "barracks",
        "garrison",
    )
)
#: The site nouns of `_MILITARY_SITE` and its gate `_SITE_NAMED`, named once so the gate
#: cannot miss a site the pattern finds.
_SITE_NOUNS = r"(?:headquarters|outposts?|barracks|garrison|checkpoints?|command\s+posts?|bases?)"
#: A military site of a named force, a position even as a strike target (guideline
#: §3a.1): "the headquarters of Ahrar al-Sham", "a Syrian army outpost", "the Basra air
#: base"; not an unnamed one ("hit a military base near Homs"), the mere place of an
#: incident.
_MILITARY_SITE = re.compile(
    r"(?:[Hh]eadquarters|[Oo]utposts?|[Bb]arracks|[Gg]arrison|[Cc]heckpoints?|[Cc]ommand\s+posts?"
    r"|[Bb]ases?)\s+of\s+(?:the\s+)?[A-Z]"
    r"|\b[A-Z][\w'’-]*\s+(?:army|military|rebel|regime|militia|naval|air\s+force|air)\s+"
    rf"{_SITE_NOUNS}\b"
    # a site named as a nation's forces' seat at a place ("Camp Bastion is the British
    # headquarters in Helmand province"), not a firm's ("the Google headquarters in London")
    r"|\b(?:is|was|are|were)\s+(?:the|a|an)\s+(?:main\s+)?[A-Z][a-z]*(?:an|ish|ese|i|ch)\s+"
    r"(?:(?:military|army|air)\s+)?(?:headquarters|base|garrison|outpost)\s+in\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west)\w*\s+)?[A-Z]"
)
#: What makes a named force's site a position (guideline §3a.1): forces there or going
#: there, exercising there, or the site struck ("UK troops will shortly relocate to
#: Kandahar air base", "The attack struck the headquarters of Ahrar al-Sham"), searched
#: before the site.  Without one the site is only where civilians, equipment or a speaker
#: are ("looted from an Iraqi army base", "demonstrators gather outside the headquarters
#: of the security forces", "an army officer at the headquarters of the junta"): the
#: mere location of something else, no statement about forces (guideline §3).
_SITE_IN_ACTION = re.compile(
    r"\b(?:attack|struck|strike|hit|bomb|blew|raid|storm|shell|target|seiz|captur|overr"
    r"|besieg|exercis|relocat|deploy|stationed|based|soldiers|troops|fighters|militants"
    r"|rebels|forces|gunmen|insurgents|militiamen|servicemen|marines|personnel)",
    re.IGNORECASE,
)
#: The site struck, said after it ("the Syrian army base was hit by rockets").
_SITE_STRUCK_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:was|were|is|are|has\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?"
    r"(?:attacked|struck|hit|bombed|shelled|raided|stormed|targeted|seized|captured|overrun)\b"
)


def _military_site(sentence: str) -> bool:
    """Whether `_MILITARY_SITE` finds a site that is a position: one said to be a
    force's seat ("Camp Bastion is the British headquarters in Helmand province"), or
    one `_SITE_IN_ACTION` puts forces or a strike at."""
    for site in _MILITARY_SITE.finditer(sentence):
        if (
            site.group().split(None, 1)[0] in ("is", "was", "are", "were")
            or _SITE_IN_ACTION.search(sentence, 0, site.start())
            or _SITE_STRUCK_AFTER.match(sentence, site.end())
        ):
            return True
    return False


#: The site words of `_MILITARY_SITE` (or their stems), one of which each match holds.
_SITE_WORDS = ("headquarters", "outpost", "barrack", "garrison", "checkpoint", "command", "base")
#: What each `_MILITARY_SITE` match holds, on lower-cased text: a site word before "of"
#: or "in", or an owner word ("army", "rebel", "air force") before a site word.
_SITE_NAMED = re.compile(
    rf"{_SITE_NOUNS}\s+(?:of|in)\s|(?:army|military|rebel|regime|militia|naval|force|air)\s+"
    + _SITE_NOUNS
)


def _may_name_a_site(lower: str) -> bool:
    """Whether `_military_site` can find a site in the sentence whose lower-cased form is
    `lower`: a few `find`s and a scan from the site words rule out most sentences with a
    facility word ("posted", "camp", "base" alone), where `_MILITARY_SITE`'s capitalised
    owner branch is tried at every capital and its "is the" branch at every word."""
    return holds_any(lower, _SITE_WORDS) and _SITE_NAMED.search(lower) is not None


#: A military site set up at a named place or the border, a deployment in the making:
#: "trying to set up a permanent base in north Daraa", "to build fortifications at the
#: Iranian border", "establishing … command centres in Estonia" ("establish" is a
#: military cue word for it: the rule runs only on sentences with one).
_SITE_ESTABLISHED = re.compile(
    r"\b(?:[Ee]stablish|[Ss]et(?:ting)?\s+up|[Bb]uil[dt]|[Cc]onstruct)\w*\s+"
    r"(?:[\w'’-]+\s+){0,5}?"
    r"(?:(?:permanent|forward|military|army|air|naval)\s+bases?|command\s+cent(?:re|er)s"
    r"|outposts?|garrisons?|fortifications|military\s+installations?|positions"
    # "Soldiers set up checkpoints across the city", "set up observation posts in Idlib"
    r"|check\s?points?|roadblocks?|(?:observation|military|army|border)\s+posts?)"
    r"\s+(?:in|at|near|on|along|inside|across|around|throughout|outside)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:[A-Z]|border|city|town|village|capital|area|region|province"
    r"|district|streets|roads?|routes?|highways?)"
    # checkpoints set up, the place named before ("… along the highway, and special
    # checkpoints have been established"): a deployment at them; not a health or a toll
    # checkpoint
    r"|\b(?<!(?i:covid)\s)(?<!-19\s)(?<!(?i:health)\s)(?<!(?i:toll)\s)(?<!(?i:customs)\s)"
    r"(?<!(?i:quarantine)\s)(?<!(?i:testing)\s)(?i:check\s?points?|roadblocks?)\s+(?:have|has|had)\s+been\s+"
    r"(?:set\s+up|established)"
)
#: A base, garrison or outpost a party keeps at a named place (guideline §3(a)1, presence
#: of forces: "The United States maintains a base at Al-Tanf", "Russia has a naval base
#: in Tartus"); after "has" or "have" the base is named military, air, naval or army,
#: as a firm "has a base in London"; not a "customer base".
_BASE_KEPT = re.compile(
    r"(?:\b(?:(?:[Mm]aintain|[Kk]eep|[Oo]perat|[Rr]etain)\w*|[Kk]ept)\s+"
    r"(?:(?:a|an|its|their|two|three|four|several|many|some|small|large|major|key|secret"
    r"|permanent|forward|military|army|air|naval)\s+){1,3}"
    r"|\b(?:has|have|had)\s+(?:(?:a|an|its|their|two|three|four|several|many|some|small"
    r"|large|major|key|secret|permanent|forward)\s+){0,2}(?:military|army|air|naval)\s+)"
    r"(?:bases?|garrisons?|outposts?)\s+(?:in|at|near|on|inside)\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"[A-Z]"
)
#: A named force's base said to lie at a place (guideline §3(a)1, presence of forces):
#: "The U.S. base is strategically located near the Iraqi and Jordanian borders", "Ein
#: al-Asad military airbase is located north-west of Baghdad"; an owner's name or a
#: military word before the base, not a possessive, so that "the company's base is
#: located in London" and "Tesla's base is located in Austin" name none.
_BASE_LOCATED = re.compile(
    r"(?:\b(?:military|army|naval|air|rebel|militia)"
    r"|(?<![\w.])(?!(?:The|A|An|This|That|Its|Their|Our)\s)[A-Z][\w.-]*)\s+"
    r"(?:air\s?base|bases?|garrison|outpost|barracks)\b,?\s+(?:(?:is|are|was|were)\s+)?"
    r"(?:[a-z]+ly\s+)?(?:located|situated)\s+(?:in|inside|near|at|on|along|outside|just|some"
    r"|about|(?:north|south|east|west)\w*|\d)"
)
_WEAK_WORDS = frozenset(
    [
        "took",
        "take",
        "takes",
        "taken",
        "taking",
        "hold",
        "holds",
        "held",
        "holding",
        "lose",
        "loses",  # the present tense of headlines ("Junta loses border town")
        "lost",
        "losing",
        "retain",
        "control",
        "controls",
        "controlled",
    ]
)
_WEAK_CONTROL = terms_pattern(_WEAK_WORDS)
_STRONG_CONTROL = (
    r"(?:captur|seiz|liberat|regain|recaptur|retak|overr[au]n|annex|evict|conquer)\w*"
    r"|retook|occup(?:y|ied|ies|ying)|hand(?:ed)?\s+over|invad(?:e|ed|es|ing)"
    # ground given back, the place between verb and "back" ("the MNDAA handed Lashio back",
    # "handed the town back to the army"); not "handed Putin a letter"
    r"|hand(?:ed|s|ing)?(?=\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?back\b)"
)
#: Participles of `_STRONG_CONTROL` (and "taken") in the passive: "the villages taken
#: by government forces had been recaptured by the rebels".
_PASSIVE_CONTROL = (
    r"(?:captured|seized|liberated|regained|recaptured|retaken|overrun|annexed|conquered"
    r"|occupied|invaded|taken|controlled)"
)
#: `_PASSIVE_CONTROL` and "by", with which every `passive_control` match ends: a scan
#: from the participle, a fraction of the pattern's from every noun for ground, which
#: most sentences with " by" fail.
_PASSIVE_BY = Caseless(rf"{_PASSIVE_CONTROL}\s+by\b")
_FILLER_STOP = terms_pattern(
    [
        "off",
        "from",
        "place",
        "part",
        "in",
        "on",
        "at",
        "to",
        "with",
        "by",
        "for",
        "over",
        "up",
        "down",
        "out",
        "into",
        "that",
        "who",
        "which",
        "while",
        "when",
        "and",
        "or",
        "but",
        "talks",
        "meeting",
        "meetings",
        "election",
        "elections",
        "hostage",
        "hostages",
        "prisoner",
        "prisoners",
        "power",
        "office",
        "responsibility",
        "people",
        "hands",
        "bodies",
        "remains",
        "back",
        "accountable",
        # "took a photo of the building": a picture taken, not ground
        *("photo", "photos", "photograph", "photographs", "picture", "pictures", "look"),
        *("near", "outside", "soldiers", "troops", "fighters", "sailors", "crew"),
        *("personnel", "civilians", "party"),
        # "captured American journalist Steven Sotloff": a person taken, not ground
        *("journalist", "journalists", "reporter", "reporters", "photographer", "worker"),
        *("workers", "pilot", "pilots", "soldier", "officer", "officers", "nurse", "doctor"),
    ]
)
_FILLER = rf"(?:(?!{_FILLER_STOP}\b)[\w’'.-]+\s+){{0,5}}"
#: After a control verb, a capitalised adjective heading people or craft ("seized a
#: British naval crew", "captured Russian soldiers") names no place.
_PEOPLE_OR_CRAFT = (
    r"[\w’'.-]*\s+(?:[a-z]+\s+)?(?:soldiers|troops|fighters|sailors|marines|crews?|"
    r"personnel|prisoners|officers|servicemen|commanders?|ships?|vessels?|tankers?|"
    r"boats?|aircraft|planes?|drones?|tanks|weapons|equipment|citizens|nationals|"
    r"journalists?|reporters?|photographers?|aid\s+workers?|hostages|civilians|fishermen"
    # nuclear arms or material, not a nuclear plant ("seized the Zaporizhzhia nuclear plant")
    r"|nuclear(?!\s+(?:power\s+)?(?:plants?|stations?|reactors?|facilit(?:y|ies))\b)"
    r"|party|parties|patrol|team|unit)\b"
)
#: A named place lost (guideline §3(a)3 lists "lose" among the verbs of control): "when
#: it lost Ramadi", "they have lost Kirkuk and its oil", "lost control of Sirte"; not a
#: person ("she lost Maxine in the bombings", "lost Mr Smith"), a month, a party lost as
#: a friend ("not losing Turkey as an ally", "we lose NATO ally Turkey"), nor people or
#: craft ("lost British soldiers", `_PEOPLE_OR_CRAFT`).
_LOST_PLACE = re.compile(
    r"(?<!\b[Hh]e\s)(?<!\b[Ss]he\s)(?<!\bI\s)\b(?:lost|lose|loses|losing)\s+(?:control\s+of\s+)?"
    r"(?:the\s+(?:city|town|village|province|port|region)\s+of\s+)?"
    rf"(?!(?i:{CALENDAR_WORDS})\b|(?:Mr|Mrs|Ms|Dr|Lance|Corporal|Private|Sergeant|Captain"
    r"|Lieutenant|Major|General|Colonel)\b)"
    rf"[A-Z](?!{_PEOPLE_OR_CRAFT})[\w'’-]*(?![\w'’-])(?!\s+(?:as\s+an?|all(?:y|ies))\b)"
)
#: Ground a force secures (guideline §3(a)3, control of territory: "hold"): "A US Navy
#: Seal team secures the airfield at Ein al-Asad base", "its soldiers were securing Gao
#: and Timbuktu", "a land route that Iranian-backed militias secured"; a named place or
#: a noun for ground right after the verb, not a deal, a release or a party's backing
#: ("secured the release of", "secured Washington's support").
_SECURED_GROUND = re.compile(
    r"\b[Ss]ecur(?:e|es|ed|ing)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:(?:city|town|village|airfield|airport|air\s+base|base|border|frontier|road|highway"
    r"|dam|bridge|crossing|district|province|neighbou?rhood|oil\s*fields?"
    r"|port|supply\s+route|corridor)\b(?!\s+(?:for|of)\s+(?:the\s+)?(?:release|deal|future))"
    r"|(?:[A-Z][a-z][\w-]*)(?![\w'’-])(?!\s+(?:support|backing|approval|deal|funding)\b))"
    r"|\b(?:route|road|airfield|airport|town|city|village|border|crossing)\s+(?:that\s+|which\s+)?"
    r"(?:[\w-]+\s+){1,3}?secured\b(?!\s+(?:a|an|the)\b)"
)
#: The words (or their leading letters) the branches of the control pattern start with,
#: besides the weak and vocabulary control verbs.
_STRONG_CONTROL_STARTS = (
    *("captur", "seiz", "liberat", "regain", "recaptur", "retak", "overr", "annex"),
    *("evict", "conquer", "retook", "occup", "hand", "invad"),
)
#: Casualty words: forces named at a place in such a sentence are where an incident
#: happened, not a statement of where forces are (guideline §3).
_INCIDENT = re.compile(
    r"\b(?:kill|dead|die|death|wound|injur|execut|massacr|casualt|slain|attack|ambush|bomb|"
    r"captur|prisoner|hostage|kidnap|abduct"
    # harmed with a blade or a gun ("A soldier was stabbed outside a barracks in south
    # London", "two soldiers were shot at a checkpoint", "gunned down in Kandahar")
    r"|stabb|shot\b|gunned\s+down"
    # the force arrested or treated ("Some 20 militants were arrested in raids in
    # Brussels", "40 soldiers were treated for heat exhaustion in Kuwait"); not "French
    # soldiers arrest ex-rebels near Bangui's airport", where they are
    r"|(?:were|was|been|being)\s+(?:arrested|detained|treated\s+for)\b"
    # the dead carried or returned ("The bodies of 12 soldiers were returned to their
    # families in Kiev")
    r"|bodies|corpses?|coffins?"
    # shelling, not shells as things ("walks past a pile of shells inside a military
    # camp in Donetsk"): "shelled", "shelling", "a shell hit", "shells landed"
    r"|shell(?:ing|ed|s?\s+(?:hit|land|fell|fall|struck|strike|explod|slam|rain))"
    # "ISIL fired missiles containing toxic gas at Kurdish forces in Syria": forces shot at
    r"|fired\s+(?:[\w-]+\s+){0,5}?at\b"
    # "France has lost 88 troops in Afghanistan": the dead counted
    r"|lost\s+(?:more\s+than\s+|about\s+|some\s+|at\s+least\s+)?[\d,]+\s"
    # "fleeing fighting between government and rebel forces in Awerial": the forces are
    # the sides of a clash, placed where it happens; guideline §3 "Not a position: the
    # mere location of an incident (attack, bombing, shelling, clash, strike)"
    r"|(?:fighting|clash(?:es)?|battles?)\s+between\b)"
)
#: The rules that place a force by a preposition alone ("US troops in eastern Syria",
#: "Soldiers on patrol in Helmand"), which `_SERVICE_TOLD`, `_COURT_OR_CARE` and
#: `_CEREMONY` ("Troops marched in the Victory Day parade in Moscow") undo.
_PLACED_BY_PREPOSITION = frozenset(("force_in_place", "force_busy_at_place"))
#: A life's service or a work about forces, on lower-cased text ("He served in the army in
#: Iraq before becoming a journalist", "The general, who commanded troops in Helmand,
#: retired", "a veteran of the war in Iraq", "The film tells the story of soldiers in
#: Vietnam"): where someone once served, or what a story is about, is no statement of
#: where forces are (guideline §3(a)1).
_SERVICE_TOLD = re.compile(
    r"\b(?:served|commanded)\s+(?:[\w'’-]+\s+){0,5}?(?:in|with)\b|\bveterans?\s+of\b"
    r"|\b(?:story|stories)\s+of\b|\b(?:film|book|documentary|novel|memoir|exhibition)\s+"
    r"(?:about|on)\b"
)
#: Members of a force before a court or in care, on lower-cased text ("The soldiers were
#: charged with murder in Baghdad", "Three soldiers were convicted of rape in Goma",
#: "Two marines went on trial in Tokyo", "Troops were treated at a hospital in
#: Landstuhl"): where a trial or treatment takes place is the place of an incident in
#: their lives, no statement of where forces are (guideline §3(a), "Not a position").
_COURT_OR_CARE = re.compile(
    r"\b(?:charged\s+with|sentenced|convicted|acquitted|court-?martiall?ed"
    r"|(?:on|stood|stand|face|faces|faced|facing)\s+trial|tried\s+(?:for|in|by)"
    r"|(?:treated|recovering|recuperating)\s+(?:at|in)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?hospital)\b"
)
#: People harmed in the sentence: those who flee then are victims, not a force moving.
_HARMED = re.compile(r"\b(?:kill|shot|shoot|wound|injur|massacr|execut|slain|murder)")
#: Civilians before "fled" ("thousands of families have been forced to flee"): people
#: escaping, whichever forces the sentence names.
_CIVILIANS_BEFORE_FLEEING = re.compile(
    r"\b(?:famil(?:y|ies)|civilians|residents|villagers|refugees|people|thousands)"
    r"(?:\s+[a-z]+){0,4}\s+$"
)
#: Force nouns that make the people who fled a force ("thousands of soldiers fled").
_FORCE_NOUN = re.compile(
    r"\b(?:soldiers|troops|fighters|militants|rebels|forces|gunmen|insurgents|jihadists"
    r"|militiamen|servicemen|marines|police|policemen)\b"
)
#: An attack launched on a force with no place after it ("after government forces
#: launched an attack on rebels"): an incident, with not even its location (guideline
#: §3: incidents are no position), where "launched an attack on Kobani" or "on soldiers
#: in Gaza" names ground; a strong word in another sense (`strong_other_sense`).
_ATTACK_ON_FORCE = (
    r"\blaunch\w*\s+(?:(?:an?|fresh|new)\s+)*attacks?\s+(?:on|against)\s+(?:the\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{_FORCE_NOUN.pattern})"
    r"(?!\s+(?:in|near|at|around|outside|inside|on)\b)"
)
#: "fleeing (from) the fighting between government and rebel forces": escaping the war.
_FROM_THE_FIGHTING = re.compile(
    r"\s+(?:from\s+)?(?:the\s+)?(?:fighting|violence|clashes|war|conflict)\b"
)
_DIRECTION = (
    r"(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)"
    r"(?:ern)?"
)
#: Force words that as often name civil things ("Egyptian companies … in Kampala",
#: "housing units in Kampala"): no force placed by a preposition alone.
_CIVIL_TOO = frozenset(("companies", "company", "units", "unit", "allies"))
#: A possessive right before "control" (fixed-width lookbehinds, so that the control
#: pattern, tried from the word start of "control", can read its owner).
_OWNER_BEFORE_CONTROL = (
    r"(?:(?<=['’]s\s)|(?<=s['’]\s)|(?<=\bhis\s)|(?<=\bher\s)|(?<=\bits\s)|(?<=\btheir\s))"
)
#: Control of ground named by its noun, before "of" ("the recapture of Palmyra", "the
#: reconquest of the north").
_CONTROL_NOUNS = (
    *("capture", "seizure", "occupation", "liberation", "recapture", "handover", "conquest"),
    "reconquest",
)


class _Runs:
    """The runs of ASCII letters of a sentence lower-cased by `lower_for_caseless`, split
    once for the `WordScan`s of `_military_class` (`WordScan.matches_in`); `letters` is
    `ascii_letters(lowered)`, as `_sentence_runs` reads it from the article's runs."""

    __slots__ = ("letters", "lowered", "words")

    def __init__(self, lowered: str, letters: bytes) -> None:
        self.lowered = lowered
        self.letters = letters
        self.words = set(letters.split())

    def hold_a_lead(self, leads: frozenset[bytes] | None) -> bool:
        """Whether one of the runs is one of `leads` (`term_leads`; None, leads unknown:
        maybe)."""
        return leads is None or not leads.isdisjoint(self.words)

    def matches(self, scan: WordScan, sentence: str) -> list[re.Match[str]]:
        """`list(scan.pattern.finditer(sentence))`."""
        return scan.matches_in(sentence, self.lowered, self.letters, self.words)

    def find(self, scan: WordScan, sentence: str) -> bool:
        """Whether `scan.pattern.search(sentence)` finds a match."""
        return scan.finds_in(sentence, self.lowered, self.letters, self.words)


class _WordStarts:
    """Finds word starts (after a non-word character or a hyphen, as with \\b) where
    lower-cased text begins with one of some words' leading ASCII letters (`_word_starts`).

    `pattern` is that search on the sentence; its word-start check comes first, so the
    regex engine tries it at every character.  `spaced` finds the same prefixes after a
    space in `ascii_letters` of the sentence with a space before it, where every
    character but an ASCII letter is a space: a literal the engine skips to, so only
    word starts are tried.  Those are the pattern's starts and a few more (after a digit
    or a non-ASCII letter, which are word characters), which `starts` rules out."""

    __slots__ = ("pattern", "prefixes", "spaced")

    def __init__(self, prefixes: set[str]) -> None:
        self.prefixes = frozenset(prefixes)
        self.pattern = re.compile(terms_pattern(prefixes, word_start=True, after_hyphen=True))
        self.spaced = re.compile(b" " + terms_pattern(prefixes).encode("ascii"))

    def starts(self, lowered: str) -> list[int]:
        """The offsets in `lowered` where `pattern` finds a word start, in order."""
        return self.starts_in(lowered, b" " + ascii_letters(lowered))

    def starts_in(self, lowered: str, letters: bytes) -> list[int]:
        """`starts(lowered)`, `letters` being `ascii_letters(lowered)` with a space before
        (the space before a word stands at the word's offset in `lowered`).

        At a start `spaced` finds, `lowered` holds the same prefix (its ASCII letters
        are those of `ascii_letters`), so `pattern.match` there says only whether the
        character before is no word character (`\\w`: alphanumeric or "_"), which one
        character test tells without a call into the regex engine."""
        starts = []
        for found in self.spaced.finditer(letters):
            at = found.start()
            if at == 0 or not is_word_char(lowered[at - 1]):
                starts.append(at)
        return starts

    def begins_at(self, letters: bytes, at: int) -> bool:
        """Whether one of the prefixes begins after the space at `at` of `letters` (as in
        `starts_in`)."""
        return self.spaced.match(letters, at) is not None


class _LazyPattern:
    """A pattern compiled on its first search, for the rules of rare wordings.

    Why: compiling the vocabulary's long alternations is most of the detector's set-up,
    which every process pays before its first article (an app start, each CLI scan, each
    vocabulary change), while the patterns of rare wordings (a party's heartland, ground
    cleared of a force, a force sent from a named place …) are tried, behind their
    cheap tests, in a few articles of a hundred: a process that meets none of their
    wordings never compiles them.  The matches are those of `re.compile(pattern,
    flags)`."""

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        """`re.compile(pattern, flags)`, compiled on the first call."""
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self.pattern, self.flags)
        return compiled

    def search(self, string: str) -> re.Match[str] | None:
        """`compiled().search(string)`."""
        return self.compiled().search(string)

    def finditer(self, string: str) -> Iterator[re.Match[str]]:
        """`compiled().finditer(string)`."""
        return self.compiled().finditer(string)


@dataclass(frozen=True)
class _PositionPatterns:
    control: re.Pattern[str]
    movement: re.Pattern[str]
    #: `movement` found from the words that can start one (`WordScan`), as `force_scan`.
    movement_scan: WordScan
    force: re.Pattern[str]
    #: `force` found from the words that can start one (`WordScan`), for the scans of a
    #: whole sentence: its word-start check comes first, so a plain scan enters the
    #: pattern at every character.
    force_scan: WordScan
    place_after: re.Pattern[str]
    place_before: re.Pattern[str]
    #: Finds any of the substrings one of which a sentence must contain for `control`
    #: to be tried.
    control_hint: re.Pattern[str]
    #: Ground taken in the passive ("the villages had been recaptured by the rebels").
    passive_control: _LazyPattern
    #: Finds, in the lower-cased sentence, every word start where `control` can begin
    #: (None when a control verb does not start with an ASCII letter).
    control_starts: _WordStarts | None
    #: The word starts of `control_starts` and `_STRONG_STARTS` together
    #: (`_control_and_strong_starts`), None when either is.
    military_starts: _WordStarts | None
    #: Forces inside or at a military site ("security forces inside a military compound").
    force_at_facility: re.Pattern[str]
    #: A place lost to a named or armed party ("the city fell to the Taliban"; not "the
    #: task fell to the ministry").
    fell_to: _LazyPattern
    #: Forces placed by a preposition and a place, on lower-cased text ("us troops in
    #: syria"; see `_force_in_place`), found from the words that can start its force
    #: word (`WordScan`), where the plain scan tries its word-start check at every
    #: character.
    force_in_place: WordScan
    #: A named place or ground taken, the agent unsaid ("Deir al-Adas was taken").
    taken_place: re.Pattern[str]
    #: A noun for ground (a city, a town …), on lower-cased text.
    ground: _LazyPattern
    #: Forces holding a named place ("The rebels control almost all of Qabun and
    #: Tishreen", "Hamas controls Gaza"): weak control verbs take a capitalised place only
    #: after a force word or a named armed group (`_party_owner`).
    force_holds: _LazyPattern
    #: A named armed group right before a movement verb ("ISIS has withdrawn from the
    #: area", "Islamic State started expanding into Libya") or a movement noun it made
    #: ("Boko Haram has made several incursions into").
    group_moves: _LazyPattern
    #: Forces leaving a named place (guideline §3(a)2: "withdraw/pull back/retreat/
    #: evacuate from"): "Before government forces left Idlib they executed 15 detainees",
    #: "British forces leaving Basra Palace", "opposition fighters left Madaya and
    #: Zabadani"; the vocabulary's force noun right before the verb, the place named
    #: right after it.
    force_left_place: _LazyPattern
    #: The camps or headquarters of a named armed party as the target of a strike
    #: (guideline §3(a)1): the vocabulary's armed group names (see `_STRIKE_BEFORE`).
    struck_camp: re.Pattern[str]
    #: A subject pronoun (up to two auxiliaries or adverbs after it) before one of the
    #: vocabulary's movement verbs with an `_ASSAULT_STEMS` stem, on lower-cased text.
    pronoun_assault: re.Pattern[str]
    #: Regular forces placed by "there" or "here", the place named before ("thousands of
    #: Russian troops still there"), on lower-cased text.
    force_there: re.Pattern[str]
    #: A force (fighters too) or armed group having camps or bases at a place named
    #: before "where" ("Chad, Cameroon and Niger, where the insurgents also have camps"),
    #: on lower-cased text.
    camps_where: _LazyPattern
    #: The vocabulary's civilian movers right before a movement verb, with only
    #: `_CIVILIAN_MOVER_GAP` between ("migrants caught crossing into", "encourage
    #: migrants to cross into", "tourists were travelling to"), on lower-cased text: the
    #: people who move are no force.
    civilian_movers: re.Pattern[str]
    #: A stronghold named as an armed party's heartland or power base ("the heartland of
    #: Boko Haram", "the terror group's Iraqi power base"; not "the Tory heartland").
    party_heartland: _LazyPattern
    #: A force pressing on, or pressing an enemy, near, into or towards a named place
    #: (guideline §3(a)2, movement relative to a place: "Kurd-led forces press Islamic
    #: State near Syria's Raqqa", "Government troops pressed on towards Sirte"; not
    #: "rebels pressed for talks"): the vocabulary's force word right before `_PRESSES_ON`.
    force_presses: _LazyPattern
    #: Ground cleared of a force (`_CLEARED_OF`).
    cleared_of_force: _LazyPattern
    #: A force or named armed group taking, taking over or taking back a named place
    #: (`_party_took_place`).
    party_took_place: _LazyPattern
    #: A force moved to, into or towards a place ("The army moved tanks to the border",
    #: "Russia moved troops into Crimea"; guideline §3(a)2), not moved to tears or to
    #: hospital.
    force_moved: re.Pattern[str]
    #: A force or named armed group ruling, running or holding sway over a named place
    #: (`_RULES_PLACE`; guideline §3(a)3, control of territory).
    party_rules: _LazyPattern
    #: A grip or hold on ground or a named place ("tightened their grip on the city",
    #: "Islamic State's grip on Mosul", "strengthened their hold on the region", "a firm
    #: hold on the capital"), tried only where the sentence names a force or an armed
    #: group: guideline §3(a)3, control of territory; not a "grip on power".
    grip_on: _LazyPattern
    #: What a control phrase controls when it is no ground (`_controls_no_ground`): the
    #: vocabulary's non-ground nouns right after "control (of|over)", up to two words of
    #: its noun phrase before them.
    control_of_no_ground: re.Pattern[str]
    #: The strong military words in other senses, caseless (`_strong_in_other_senses`):
    #: a stronghold, bastion or heartland of a religious community or an electoral party
    #: (the vocabulary's `sect_and_party_words`: "the Shiite bastion of Sadr City", "a
    #: stronghold of the Alawite sect"), and `_OTHER_SENSES`; run on the lower-cased
    #: sentence where it can be (`Caseless`), several times faster than re.IGNORECASE.
    strong_other_sense: Caseless


#: Armed groups named without a force noun ("ISIS", not "ISIS fighters"), as subjects of
#: a movement.  Only `_PositionPatterns.group_moves` reads them: placed by a preposition
#: ("ISIS in Syria") or merely near a movement ("fled Boko Haram violence") they name no
#: force's position.
_ARMED_GROUPS = (
    *("ISIS", "ISIL", "Daesh", "Islamic State", "Hezbollah", "Hamas", "al-Shabaab"),
    *("al Shabaab", "Shabaab", "Boko Haram", "al-Qaeda", "al Qaeda", "Nusra Front"),
    *("al-Nusra", "YPG", "SDF", "PKK", "Free Syrian Army", "Houthis", "Wagner"),
    # the same names opening a sentence, and groups of later wars
    *("Al-Shabaab", "Al Shabaab", "Al-Qaeda", "Al Qaeda", "Al-Nusra", "M23"),
)
#: Lower-case parts of `_ARMED_GROUPS` (each group's name holds one), one of which a
#: sentence must hold for `group_moves` to be tried.
_ARMED_GROUP_HINTS = (
    *("isis", "isil", "daesh", "islamic state", "hezbollah", "hamas", "shabaab"),
    *("boko haram", "qaeda", "nusra", "ypg", "sdf", "pkk", "free syrian", "houthi"),
    *("wagner", "m23"),
)


#: A named armed group active somewhere (guideline §3(a)1, presence of forces at a
#: place: "ISIS remains active in the desert of eastern Syria", "Al-Shabaab is still active
#: in the south"); the place named (not its politics), or a quarter or kind of ground.
_GROUP_ACTIVE_IN = re.compile(
    rf"(?<![\w-])(?:{terms_pattern(_ARMED_GROUPS, fold=False)})(?:['’]s?)?(?:\s+group)?\s+"
    r"(?:(?:is|are|was|were|remains?|remained|has\s+been|have\s+been|still|also|very|highly"
    r"|increasingly)\s+){1,3}active\s+(?:in|across|along|around|near)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:[A-Z](?![\w-]*\s+(?:politics|elections?|parliament)\b)"
    r"|(?:north|south|east|west|desert|mountains|border)\b)"
)


#: Stems of the movements only an armed party makes, which a subject pronoun standing
#: for a party named before may make: guideline §3(a)2 movement of forces, where the
#: force is named in an earlier sentence ("the moment it stormed Sinjar", "when they
#: invaded us"); fleeing, sending or entering are left out, which pronouns for civilians
#: or envoys do as often.  `_PositionPatterns.pronoun_assault` takes the vocabulary's
#: movement verbs with these stems; `_may_assault` tests for the stems first.
_ASSAULT_STEMS = ("storm", "invad", "overr", "besieg", "encircl")
#: Movement verbs that take what a group sends, not the group ("Hamas sent a delegation").
_SENDING = frozenset(["sent", "send", "sending", "sends", "dispatched"])


#: A share of the country as ground held or taken ("The Taliban controls most of the
#: country", "seized much of the country"): guideline §3(a)3 control of territory; not
#: the country's assets ("controls most of the country's banks"), nor a bare "the
#: country", which a government or a company also controls.
_COUNTRY_SHARE = r"(?:most|much|half|parts|swathes|the\s+rest)\s+of\s+the\s+country(?![\w'’-])"


@lru_cache(maxsize=16)
def _patterns(compiled: Patterns) -> _PositionPatterns:
    vocabulary = compiled.vocabulary
    territory = (
        rf"(?:{terms_pattern((*vocabulary.territory_nouns, 'ground', 'territory'))}"
        rf"|{_COUNTRY_SHARE})"
    )
    # Control verbs from the vocabulary take a place or ground as object; the weak ones
    # ("took", "hold") only ground, since "took Kyiv's side" or "hold talks" are common.
    strong_terms = terms_pattern(
        [t for t in vocabulary.control_verbs if t.split()[0].casefold() not in _WEAK_WORDS]
    )
    # ground, not a body named after it ("lost control of the city council")
    non_ground = terms_pattern(vocabulary.non_ground_nouns)
    sects_and_parties = terms_pattern(vocabulary.sect_and_party_words)
    held_ground = rf"{territory}(?![a-z])(?!\s+{non_ground}\b)"
    control = re.compile(
        # "have taken part in demonstrations" takes no ground
        rf"(?<![\w-])(?:{_WEAK_CONTROL}(?!\s+part\s+in\b)(?:\s+(?:over|back))?\s+{_FILLER}{held_ground}"
        rf"|(?<!\ban\s)(?<!\bthe\s)(?:{_STRONG_CONTROL}|{strong_terms})(?![a-z])\s*"
        rf"(?:from\s+\w+\s+)?(?:back\s+)?"
        rf"(?:{_FILLER}{held_ground}|(?:{_FILLER})?(?-i:[A-Z])(?!{_PEOPLE_OR_CRAFT}))"
        rf"|(?:{'|'.join(_CONTROL_NOUNS)})\s+(?:on\s+\w+\s+)?of\b"
        # "its takeover of Sinjar", "the takeover of el-Fasher": a named place taken, not
        # "the takeover of the company"
        r"|take-?overs?\s+of\s+(?:the\s+)?(?:[a-z]+-)?(?-i:[A-Z])"
        # an owner's control of a named place ("Russia's control of Crimea", "used his
        # control of Bunia-Sud"), not of a body ("the party's control of the Senate")
        rf"|{_OWNER_BEFORE_CONTROL}control\s+(?:of|over)\s+(?:the\s+)?(?!{non_ground}\b)"
        r"(?-i:[A-Z]))",
        re.IGNORECASE,
    )
    passive_control = _LazyPattern(
        # "One of the villages, Mufti, was captured by mid-day": a name set off by commas
        rf"(?<![\w-]){territory}\s*(?:,?\s*[\w’'-]+,?\s+){{0,5}}?(?:been\s+|being\s+)?"
        rf"{_PASSIVE_CONTROL}\s+by\b",
        re.IGNORECASE,
    )
    movement = re.compile(rf"{terms_pattern(vocabulary.movement_verbs, word_start=True)}(?![a-z-])")
    force_words = position_force_words(vocabulary)
    # built once: each trie below would otherwise be built again per pattern
    force_starts = terms_pattern(force_words, word_start=True)
    party = _party_owner(vocabulary.armed_group_names, force_starts)
    force = re.compile(rf"{force_starts}(?![\w-])")
    place = (
        # "in Afghanistan", "just east of Ukraine's border"
        r"(?:in|at|near|across|along|on|inside|into|to"
        rf"|(?:(?:just|some|about|[\d,.]+\s+(?:km|kilometres|kilometers|miles))\s+)?{_COMPASS}\s+of)"
        r"\s+(?:the\s+)?"
        # "in neighbouring Lithuania" (`_NEIGHBOURING`), as after a compass word
        rf"(?:(?:northern|southern|eastern|western|central|{_NEIGHBOURING})\s+)?"
        rf"(?:(?-i:[A-Z])|{territory}\b)"
    )
    # "1,000 more soldiers than previously planned in Afghanistan"
    place_after = re.compile(rf"\s+(?:[a-z]+\s+){{0,3}}?{place}", re.IGNORECASE)
    place_before = re.compile(rf"\b{place}[\w-]*,?\s+where\b[^.]*$", re.IGNORECASE)
    control_hints = tuple(
        dict.fromkeys(
            (*_CONTROL_HINTS, *(t.split()[0].casefold() for t in vocabulary.control_verbs))
        )
    )
    control_starts = _word_starts(
        (
            *_WEAK_WORDS,
            *_STRONG_CONTROL_STARTS,
            *_CONTROL_NOUNS,
            *("takeover", "takeovers", "take-over", "take-overs"),
            *(t.split()[0] for t in vocabulary.control_verbs),
        )
    )
    force_at_facility = re.compile(
        # (a hedge before the verb: "personnel are believed to remain at the al-Tanf base")
        rf"{force_starts}\s+(?:(?:are|is|were|was)\s+{_HEDGED_TO}\s+)?(?:[\w-]+\s+){{0,3}}?"
        rf"(?:inside|in|at|on)\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){{0,2}}?{_FACILITY}(?![\w-])"
    )
    fell_to = _LazyPattern(
        # a place, ground, or a force's post or command ("a regional military command had
        # fallen to rebels", "the garrison fell to the Taliban")
        rf"(?:(?-i:[A-Z])[\w'’-]*|\b{territory}|\b{_SITE_NOUNS}|\bcommand|\bwhich)\s+"
        rf"(?:(?:has|had|have|are|is|were|was)\s+)?"
        rf"(?:fell|falls|fallen|falling)\s+"
        rf"(?:in)?to\s+(?:the\s+hands\s+of\s+)?(?:the\s+)?"
        rf"(?:(?-i:[A-Z])|{terms_pattern(force_words)}(?![\w-]))"
        # "since the city fell": ground lost, the taker said before
        rf"|\bthe\s+{territory}\s+(?:has\s+|had\s+)?(?:fell|fallen)(?=\s*[.,;:!?]|\s*$)",
        re.IGNORECASE,
    )
    regular_forces = [
        word
        for word in position_force_words(vocabulary, fighters=False)
        if word.casefold() not in _CIVIL_TOO
    ]
    # Run case-sensitively on the lower-cased sentence (much faster than IGNORECASE);
    # `_force_in_place` checks that the place starts with a capital in the original.
    force_in_place = re.compile(
        rf"{terms_pattern(regular_forces, word_start=True)}(?![\w-])\s+"
        rf"(?:{_STAYS}\s+(?:in|inside|on|at|near|along|across)\s+(?:the|that|this|their|its)\s+"
        rf"(?:[\w-]+\s+){{0,2}}?(?P<ground>{territory}|country)(?![\w-])|"
        rf"(?:(?:based|stationed|deployed|posted|positioned|were|are|remain|remained)\s+)?"
        rf"(?:{_HEDGED_BE}\s+)?(?:(?:seen|spotted|sighted)\s+)?"
        rf"(?:in|inside|across|at|near|along|on|off|['‘]?out['’]?\s+of)\s+(?:the\s+)?"
        rf"(?:{_DIRECTION}\s+)?(?:{_NEIGHBOURING}\s+)?"
        rf"(?:(?:town|city|village|district|province|region|{_PART_OF_A_PLACE})\s+of\s+"
        rf"(?:the\s+)?)?"
        rf"(?!(?:{CALENDAR_WORDS}|{_NO_PLACE_BODIES})\b)(?P<place>[a-z]))"
    )
    taken_place = re.compile(
        rf"(?:(?<=[a-z,]\s)(?-i:[A-Z])[\w'’-]*(?:\s+(?:(?-i:[A-Z])|a[ln]-|e[ln]-|a[dsrt]-)"
        rf"[\w'’-]*){{0,3}}|(?<![\w-]){territory})\s+(?:was|were|has\s+been|had\s+been|"
        rf"have\s+been)\s+(?:(?:finally|fully|now|completely|effectively)\s+)?"
        rf"(?:taken|captured|seized|recaptured|retaken|overrun|liberated|wrested)"
        rf"(?:\s+over|\s+back)?\b"
        rf"(?!\s+(?:prisoner|hostage|captive|into|to\b|away|off|ill|by\s+surprise))",
        re.IGNORECASE,
    )
    return _PositionPatterns(
        control,
        movement,
        WordScan(movement, vocabulary.movement_verbs),
        force,
        WordScan(force, force_words),
        place_after,
        place_before,
        substrings_regex(control_hints),
        passive_control,
        control_starts,
        None
        if control_starts is None or _STRONG_STARTS is None
        else _WordStarts({*control_starts.prefixes, *_STRONG_STARTS.prefixes}),
        force_at_facility,
        fell_to,
        WordScan(force_in_place, regular_forces),
        taken_place,
        _LazyPattern(rf"\b{territory}\b"),
        _LazyPattern(
            rf"{party}\s+"
            rf"(?:loyal\s+to\s+(?:the\s+)?[\w'’-]+\s+(?:[A-Z][\w'’-]*\s+)?)?{_HOLDS_A_PLACE}",
            re.IGNORECASE,
        ),
        _LazyPattern(
            rf"(?<![\w-])(?:the\s+)?(?:{terms_pattern(_ARMED_GROUPS, fold=False)})(?:\s+group)?\s+"
            rf"(?:(?:has|have|had|was|were|is|are|been|then|also|later|began|started|"
            rf"had\s+begun)\s+){{0,2}}"
            # a movement named by its noun ("has made several incursions into")
            r"(?:(?:made|launched|mounted|staged|carried\s+out)\s+(?:[\w-]+\s+)?)?"
            rf"(?i:{terms_pattern(t for t in vocabulary.movement_verbs if t not in _SENDING)})"
            rf"(?![\w-])"
        ),
        _LazyPattern(rf"(?i:{force_starts})(?![\w-]){_LEFT_PLACE}"),
        re.compile(
            rf"{_STRIKE_BEFORE}(?:(?<![\w-])(?:the\s+)?"
            rf"(?:{terms_pattern(vocabulary.armed_group_names, fold=False)}){_CAMP}"
            rf"|{_MILITANT_CAMP_AT})"
        ),
        re.compile(
            rf"{SUBJECT_START}(?:it|they|we)\s+"
            r"(?:(?:has|have|had|was|were|then|also|later|finally)\s+){0,2}"
            + terms_pattern(
                t for t in vocabulary.movement_verbs if t.casefold().startswith(_ASSAULT_STEMS)
            )
            + r"(?![\w-])"
        ),
        re.compile(
            rf"{terms_pattern(regular_forces, word_start=True)}(?![\w-])\s+"
            r"(?:(?:are|were|is|was|remain|remained|remains|stay|stayed|stays|still|now|already"
            r"|will|would|be|have|has|been|based|stationed|deployed)\s+){0,3}"
            r"(?:there|here)\b"
        ),
        _LazyPattern(
            r"\bwhere\s+(?:[\w'’.-]+\s+){0,6}?"
            rf"(?:{force_starts}|group)(?![\w-])\s+"
            r"(?:[\w-]+\s+){0,4}?(?:have|has|had|maintains?|maintained|keeps?|kept)\s+"
            r"(?:[\w-]+\s+){0,2}?(?:camps?|bases?|headquarters|hideouts?|outposts?)\b"
        ),
        re.compile(
            rf"\b(?:{terms_pattern(vocabulary.civilian_mover_nouns)})\s+{_CIVILIAN_MOVER_GAP}"
        ),
        _party_heartland(vocabulary.armed_group_names, force_words),
        _LazyPattern(rf"(?i:{force_starts})(?![\w-]){_PRESSES_ON}"),
        _LazyPattern(
            rf"{_CLEARED_OF}(?:{territory}|(?-i:[A-Z])[\w'’-]*)\s+of\s+(?:the\s+|all\s+)?"
            rf"(?:[\w'’-]+\s+){{0,2}}?{terms_pattern(force_words)}(?![\w-])",
            re.IGNORECASE,
        ),
        _party_took_place(party),
        re.compile(
            r"\bmov(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){0,3}?"
            rf"{force_starts}(?![\w-])\s+"
            r"(?:(?:closer|nearer|back|up)\s+)?(?:to|into|towards?|toward|near|along|across)\s+"
            r"(?!tears\b|hospital\b|safety\b)",
            re.IGNORECASE,
        ),
        _LazyPattern(rf"{party}{_RULES_PLACE}"),
        _LazyPattern(
            r"\b(?:grip|hold)\s+(?:on|over)\s+(?:the\s+|much\s+of\s+(?:the\s+)?)?"
            rf"(?:(?:[\w-]+\s+){{0,2}}?(?i:{territory})(?![\w-])"
            rf"|(?:(?i:{_COMPASS})\w*\s+)?[A-Z])"
        ),
        re.compile(
            r"(?:\s+(?:of|over))?\s+(?:(?:the|its|their|his|her|a|an|this|that)\s+)?"
            r"(?:(?!(?:and|or)\b)[\w'’-]+\s+){0,2}?"
            rf"{non_ground}(?![\w-])",
            re.IGNORECASE,
        ),
        Caseless(
            rf"\b(?:{sects_and_parties})\s+"
            r"(?:strongholds?|bastions?|heartlands?)\b"
            r"|\b(?:strongholds?|bastions?|heartlands?)\s+of\s+(?:the\s+|its\s+|their\s+)?"
            rf"(?:{sects_and_parties})\b"
            # not a sect's armed men ("a bastion of Sunni Muslim jihadists")
            rf"(?!\s+(?:[\w-]+\s+)?(?:{force_starts}|jihadists|extremists|groups?)\b)"
            # gains made in trade, polls or a workplace: no ground
            r"|\b(?:made|make|makes|making|major)\s+gains\s+in\s+(?:the\s+|early\s+|late\s+)*"
            rf"(?:{non_ground})\b"
            rf"|{_OTHER_SENSES}|{_ATTACK_ON_FORCE}"
        ),
    )


#: A party's own ground named as its stronghold is (`_party_heartland`).
_HEARTLAND = r"(?i:heartlands?|power\s+bases?)"


def _party_heartland(armed_groups: Iterable[str], force_words: Iterable[str]) -> _LazyPattern:
    """`_PositionPatterns.party_heartland`: `_HEARTLAND` owned by a named armed group,
    a force or a group, before it ("the group's Iraqi power base") or after "of" ("the
    heartland of the separatist rebels").  Guideline §3(a)3, control of territory: as a stronghold,
    the place is held by its owner; the owner keeps out a region's or a party's political
    heartland."""
    owner = (
        rf"(?:{terms_pattern(armed_groups, fold=False)}"
        rf"|(?i:{terms_pattern((*force_words, 'group'))}))(?![\w-])"
    )
    return _LazyPattern(
        rf"(?<![\w-]){owner}['’]s?\s+(?:[A-Z][\w'’-]*\s+)?{_HEARTLAND}\b"
        rf"|{_HEARTLAND}\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?{owner}"
    )


#: Ground cleared, before the ground and the force it is cleared of
#: (`_PositionPatterns.cleared_of_force`): guideline §3(a)3, control of territory, the
#: force driven off it ("Soldiers cleared the village of insurgents", "cleared Ramadi of
#: the last ISIS fighters"); not "cleared the road of debris" nor "cleared Smith of
#: charges", which name no force.
_CLEARED_OF = r"\bclear(?:ed|s|ing)?\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?"
#: The "take" verb and the capital of the place after it (`_TOOK_NAMED_PLACE`); a place
#: cleared by a force is taken too ("the troops cleared Nbaga, Bula … towns", Nigerian
#: army usage for ground swept of insurgents).
_TAKES_A_CAPITAL = (
    r"(?:took|take|takes|taken|taking|cleared|clears)(?:\s+(?:over|back))?\s+"
    r"(?:the\s+(?:(?i:city|town|village|port|capital|province|district)\s+of\s+)?)?[A-Z]"
)
#: A weak "take" verb, over or back, and a named place after it, maybe as "the town of"
#: (`_party_took_place`); not a person or party taken somewhere, to task or hostage, nor
#: their side, nor people or craft ("took Smith to hospital", "took Kyiv's side", "took
#: Reuters reporters on a tour", `_PEOPLE_OR_CRAFT`).
_TOOK_NAMED_PLACE = (
    r"\s+(?:(?:have|has|had|quickly|swiftly|finally|then|later|eventually|briefly|also)\s+){0,2}"
    rf"{_TAKES_A_CAPITAL}(?!{_PEOPLE_OR_CRAFT})[\w-]*(?![\w'’-])"
    r"(?!\s+(?:to|into|as|hostage|captive|prisoner|by|off|aside|out|away|home|seriously"
    r"|responsible|accountable|on|under|with|for)\b)"
)


#: Ruling, running or holding sway over a named place or a quarter, or seizing power
#: there (`_PositionPatterns.party_rules`): "The Taliban now rule Afghanistan", "The
#: Houthis run Sanaa", "Rebels hold sway over much of the north"; not a marathon run.
#: `_RULES_PLACE` from its verb on, which `_RULING_SCAN` looks for alone.
_RULING = (
    r"(?:rule|rules|ruled|run|runs|ran|govern|governs|governed"
    r"|(?:hold|holds|held)\s+sway\s+over|seized\s+power\s+in)\s+"
    r"(?:(?:much|most|all|parts?|large\s+parts|swathes)\s+of\s+)?(?:the\s+)?"
    rf"(?:(?i:{_COMPASS})\b(?!-)|(?:(?i:{_COMPASS})\w*\s+)?[A-Z][\w-]*(?![\w'’-])"
    r"(?!\s+(?:[A-Z][\w-]*\s+)?[Mm]arathon))"
)
_RULES_PLACE = (
    r"\s+(?:(?:has|have|had|now|still|effectively|also|largely|de\s+facto)\s+){0,2}" + _RULING
)


def _party_owner(armed_groups: Iterable[str], force_starts: str) -> str:
    """A named armed group (case as written) or a force word (`force_starts`: their
    `terms_pattern` with `word_start`), as the party that takes, holds or rules a place
    (`_party_took_place`, `_PositionPatterns.force_holds` and `party_rules`)."""
    return (
        rf"(?<![\w-])(?:{terms_pattern(armed_groups, fold=False)}"
        rf"|(?i:{force_starts}))(?![\w-])"
    )


def _party_took_place(party: str) -> _LazyPattern:
    """`_PositionPatterns.party_took_place`: a party (`_party_owner`: a named armed group
    or a force word) right before `_TOOK_NAMED_PLACE` ("The Taliban took Kabul", "ISIS
    took Mosul", "Rebels took back the town of Qusair").  Guideline §3(a)3 lists "take"
    among the verbs of control; the general control pattern lets the weak verb take only
    a noun for ground, since "took Kyiv's side" or "took Smith to court" are common, so a
    named place needs the taker named right before it, or a pronoun standing for one
    ("The RSF says it has taken Babanusa", "Rebels said they had taken Goma")."""
    return _LazyPattern(rf"(?:{party}|{SUBJECT_START}(?:it|they|we)){_TOOK_NAMED_PLACE}")


def _may_name_camps_where(lower: str) -> bool:
    """Whether `camps_where` can match: "where" and one of its post nouns' stems (six
    `in` tests cost less than its three lazy spans, tried at every "where")."""
    return "where" in lower and (
        "camp" in lower
        or "base" in lower
        or "headquarters" in lower
        or "hideout" in lower
        or "outpost" in lower
    )


def _word_starts(words: Iterable[str]) -> _WordStarts | None:
    """The word starts where lower-cased text begins with one of the words' leading
    ASCII letters, or None when a word has none.  Each pattern that `_first_match` runs
    from these starts begins with one of the words, so it cannot start anywhere else;
    and since a found prefix is all letters, no other word start hides inside it."""
    prefixes = [LEADING_LETTERS.match(word.casefold()) for word in words]
    if not all(prefix and prefix.group() for prefix in prefixes):
        return None
    return _WordStarts({prefix.group() for prefix in prefixes if prefix})


def _first_match(pattern: re.Pattern[str], starts: list[int], text: str) -> bool:
    """Whether `pattern` matches `text` at one of `starts` (what a `_WordStarts` finds
    in the lower-cased sentence, whose offsets are the sentence's), trying only those
    positions instead of every one."""
    return any(pattern.match(text, start) for start in starts)


def _control_and_strong_starts(
    lowered: str | None, runs: _Runs | None, patterns: _PositionPatterns
) -> tuple[list[int], list[int]] | None:
    """The starts of `patterns.control_starts` and of `_STRONG_STARTS` in `lowered`
    (`lower_for_caseless`), or None where either cannot be used (`lowered` None);
    `runs` are the sentence's runs of letters (`_sentence_runs`).

    Why: `_military` tries both patterns on nearly every sentence it reads, and one
    scan for the prefixes of both (`military_starts`), each start then told apart by a
    match at it, costs about half of a scan for each."""
    both, control, strong = patterns.military_starts, patterns.control_starts, _STRONG_STARTS
    if lowered is None or runs is None or both is None or control is None or strong is None:
        return None
    spaced = b" " + runs.letters
    control_at, strong_at = [], []
    for at in both.starts_in(lowered, spaced):
        if control.begins_at(spaced, at):
            control_at.append(at)
        if strong.begins_at(spaced, at):
            strong_at.append(at)
    return control_at, strong_at


_STRONG_HINT = substrings_regex(_STRONG_HINTS)
#: "offensive" and its compounds: bare, the noun names a campaign but not where it is or
#: whose it is ("Said offensive will include 40,000 soldiers", "set to lead offensive",
#: "killed in the offensive", "the offensive could be delayed").
_OFFENSIVE_TERMS = frozenset(("offensive", "counteroffensive", "counter-offensive"))
#: `_STRONG` without the bare offensive nouns.
_STRONG_BUT_OFFENSIVE = Caseless(
    terms_pattern((t for t in _STRONG_WORD_TERMS if t not in _OFFENSIVE_TERMS), word_start=True)
    + rf"(?![\w-])|{_STRONG_PHRASES}"
)
#: An offensive that says whose it is or where it goes (guideline §3(a)2: "launch an
#: offensive in/into X"): a party or a force before it ("a rebel offensive", "the
#: Syrian army's offensive", "Regime offensive tightens grip"), not the first word of a
#: sentence unless a party word; its owner as a pronoun or its launch ("launched its
#: offensive"); or a place, a target or a goal after it ("offensive in Idlib", "an
#: offensive to retake Mosul", "its offensive for Tabaqa").  `_offensive_placed` tries
#: the four kinds one by one: a sentence holds one iff one of them matches, and the
#: engine runs the kinds apart (the caseless ones on lower-cased text) several times
#: faster than as the branches of one IGNORECASE pattern, which tried each at every
#: character.
_OFFENSIVE_MODIFIERS = (
    r"\s+(?:(?:military|ground|air|major|new|fresh|renewed|large|big|all-out|planned"
    r"|long-awaited)\s+)*(?:counter-?)?offensives?\b"
)
#: A party or a force before the offensive ("a rebel offensive", "Regime offensive").
_OFFENSIVE_OF_PARTY = Caseless(
    r"\b(?:regime|government|army|military|rebel|rebels|opposition|militant|jihadist"
    r"|insurgent|allied|coalition|taliban|forces|troops)(?:['’]s?)?" + _OFFENSIVE_MODIFIERS
)
#: A capitalised word before it, not a sentence's first ("a Russian offensive", "the
#: Syrian army offensive").
_OFFENSIVE_OF_NAME = re.compile(
    r"(?<=\S\s)(?-i:[A-Z])[\w.'’-]*" + _OFFENSIVE_MODIFIERS, re.IGNORECASE
)
#: Its owner as a possessive or pronoun, or its launch ("launched its offensive").
_OFFENSIVE_OWNED = Caseless(
    r"(?:['’]s?|\b(?:its|their|launch\w*\s+(?:an?|the)))\s+(?:[\w-]+\s+)?"
    r"(?:counter-?)?offensives?\b"
)
#: A place, a target or a goal after it ("its offensive for Tabaqa", "offensive in
#: Idlib", "an offensive to retake Mosul").
_OFFENSIVE_AIMED = re.compile(
    r"\b(?:counter-?)?offensives?\s+(?:(?:for|of)\s+(?:the\s+)?(?-i:[A-Z])"
    r"|(?:[\w-]+\s+){0,2}?(?:in|on|near|against|into|toward|towards"
    r"|around|across|along|north|south|east|west|to\s+(?:re)?(?:take|capture|seize|claim|gain"
    r"|liberate|drive|push|oust|clear|encircle|surround))\b)",
    re.IGNORECASE,
)


def _offensive_placed(sentence: str, lowered: str | None) -> bool:
    """Whether an offensive in `sentence` says whose it is or where it goes (the kinds
    above; `lowered`: `lower_for_caseless(sentence)`)."""
    return bool(
        _OFFENSIVE_OF_PARTY.search(sentence, lowered)
        or _OFFENSIVE_OF_NAME.search(sentence)
        or _OFFENSIVE_OWNED.search(sentence, lowered)
        or _offensive_aimed(sentence, lowered)
    )


def _offensive_aimed(sentence: str, lowered: str | None) -> bool:
    """Whether `_OFFENSIVE_AIMED` finds a match in `sentence`, searched from a few
    characters before the first "offensive" of `lowered` (`lower_for_caseless`): every
    match starts with the noun or with "counter" and a hyphen before it, so none starts
    earlier, and the pattern, whose word-boundary check comes first, is not tried at
    every character before it."""
    if lowered is None:
        return _OFFENSIVE_AIMED.search(sentence) is not None
    first = lowered.find("offensive")
    return (
        first >= 0
        and _OFFENSIVE_AIMED.search(sentence, max(0, first - len("counter-"))) is not None
    )


#: Where `_STRONG` can begin: its words and the verbs and nouns of its other branches.
_STRONG_STARTS = _word_starts(
    (
        *_STRONG_WORD_TERMS,
        *("launch", "assault", "offensive", "push", "thrust", "advance", "operation", "repel"),
        "repulse",
        *("bastion", "onslaught", "under"),
    )
)


def detect_positions(
    text: str,
    sentences: list[tuple[int, int]],
    compiled: Patterns,
    phrases: LeftPhrases,
    speakers: dict[int, str | None],
    troops: list[DetectedClaim],
    cues: list[int],
) -> list[DetectedClaim]:
    """Position claims, one per sentence that carries a military or stance cue.

    `compiled` are the vocabulary's patterns; `phrases` finds speaker phrases (shared
    with the statements of the same text); `speakers` maps sentence starts to the
    statement speaker (for stances voiced in quotations); `troops` are the troops
    claims (a placed force figure is a position); `cues` are the sentences' cue bits
    from `patterns.sentence_cues`.
    """
    patterns = _patterns(compiled)
    stance_reader = stance_patterns(compiled)
    model = shipped_model()
    runs = letter_runs(text)
    claims: list[DetectedClaim] = []
    troop_starts = sorted(claim.start for claim in troops)
    next_troop = 0  # the first troops claim not before the sentence (sentences are in order)
    # "rebel-held", "the Kurdish-run area": control modifiers whose hyphenated word is no
    # cue word of its own ("held" and "run" are too common to mark every sentence; `_RUN_BY`)
    held = "-held" in text
    run = holds_any(text, _RUN_BY)
    for (start, end), cue in zip(sentences, cues, strict=True):
        while next_troop < len(troop_starts) and troop_starts[next_troop] < start:
            next_troop += 1
        if (
            text.find("should", start, end) >= 0
            and start not in speakers
            and _author_recommends(text[start:end])
        ):
            continue  # the author's advice: no actor's position (guideline §3b)
        placed = next_troop < len(troop_starts) and troop_starts[next_troop] < end
        military_cue = (
            cue & CUE_MILITARY
            or (held and text.find("-held", start, end) >= 0)
            or (run and holds_any(text, _RUN_BY, start, end))
        )
        force_cue = cue & CUE_FORCE
        stance_cue = cue & CUE_STANCE or (cue & CUE_TOLD and tells_to_act(text, start, end))
        support_cue = cue & CUE_SUPPORT
        pact_cue = cue & CUE_PACT
        # A stated intent or a warned consequence needs a modal; the intent verbs
        # ("return", "strike") are too common to give every sentence holding one the
        # stance bit, and a consequence is a stance only when someone is reported to warn.
        modal = cue & CUE_MODAL
        # an obligation ("'We have to react'") is a stance in a speaker's words only
        spoken = speakers.get(start) is not None
        obliged = spoken and may_voice_obligation(text, start, end)
        if not (
            placed or military_cue or stance_cue or support_cue or pact_cue or force_cue or obliged
        ) and (
            not modal
            or (
                stance_reader.intent.search(text, start, end) is None
                and (not spoken or stance_reader.consequence.search(text, start, end) is None)
            )
        ):
            # nothing for the rules (a modal alone is worth a look only before an intent
            # verb); the model may still mark it
            _add_learned(claims, model, text, runs, start, end, speakers)
            continue
        sentence = text[start:end]
        lowered = lower_for_caseless(sentence)
        lower = ascii_lower(sentence) if lowered is None else lowered
        if "clear" in lower or "uncertain" in lower:
            unsure = _UNSURE.search(lower)
            if unsure is not None:  # the rules read only what the sentence asserts
                sentence = sentence[: unsure.start()]
                lowered = lower_for_caseless(sentence)
                lower = ascii_lower(sentence) if lowered is None else lowered
        runs_of = (
            _sentence_runs(runs, start, sentence, lowered)
            if military_cue or placed or force_cue
            else None
        )
        military = (
            _military(
                sentence,
                lower,
                lowered,
                runs_of,
                start,
                end,
                patterns,
                troops,
                placed,
                force_cue,
                cue & CUE_GROUND_MARK,
            )
            if military_cue or placed
            else None
        )
        if military is None and force_cue:
            if _force_in_place(sentence, lower, patterns, runs_of):
                stands = "force_in_place"
            elif _may_name_a_frontier(lower) and _FORCE_AT_FRONTIER.search(lower):
                stands = "force_at_frontier"  # "Israeli soldiers prepare tanks near the border"
            elif _FORCE_BUSY_AT_PLACE.match(sentence):  # (anchored: tried at the start only)
                stands = "force_busy_at_place"
            elif (
                _may_be_active(lower)
                and _FORCE_ACTIVE_CORE.search(sentence, lowered)
                and _FORCE_ACTIVE_IN.search(sentence)
            ):
                stands = "force_active_in"
            elif "active" in lower and _GROUP_ACTIVE_IN.search(sentence):
                stands = "force_active_in"  # "ISIS remains active in the desert"
            elif (
                "press" in lower
                and _PRESSING_SCAN.search(sentence)
                and patterns.force_presses.search(sentence)
            ):
                stands = "force_movement"  # "Kurd-led forces press Islamic State near Raqqa"
            elif (
                _may_keep_a_force(lower)
                and _FORCE_KEPT_CORE.search(sentence, lowered)
                and _FORCE_KEPT.search(sentence)
            ):
                stands = "force_kept"
            elif (
                _may_rule(lower)
                and _RULING_SCAN.search(sentence)
                and patterns.party_rules.search(sentence)
            ):
                stands = "control_verb"  # "The Taliban now rule Afghanistan"
            elif (
                "base" in lower or "headquartered" in lower or holds_any(lower, _HELD_POSTS)
            ) and _force_based_at(sentence, lower, patterns):
                stands = "force_in_place"  # "The rebels have set up a base near Kidal"
            elif "clear" in lower and patterns.cleared_of_force.search(sentence):
                stands = "control_verb"  # "Soldiers cleared the village of insurgents"
            elif "here" in lower and patterns.force_there.search(lower):  # (or "there")
                stands = "force_in_place"  # "thousands of Russian troops still there"
            elif _may_name_camps_where(lower) and patterns.camps_where.search(lower):
                stands = "force_in_place"  # "Niger, where the insurgents also have camps"
            else:
                stands = None
            if stands in _PLACED_BY_PREPOSITION and (
                _SERVICE_TOLD.search(lower)
                or _CEREMONY.search(lower)
                or _COURT_OR_CARE.search(lower)
            ):
                stands = None  # "He served in the army in Iraq before becoming a journalist"
            if stands and not _INCIDENT.search(lower):
                military = stands  # not where forces were hit: "kills 18 soldiers in …"
            elif (
                _may_leave(lower)
                and _LEAVING_SCAN.search(sentence)
                and patterns.force_left_place.search(sentence)
            ):
                # a move, whatever else happened: "Before government forces left Idlib
                # they executed 15 detainees"
                military = "force_left_place"
        if military is None and (military_cue or force_cue):
            military = _military_class(sentence, lower, runs_of, compiled)
        actor, stance_rule = (
            sentence_stance(
                sentence,
                lower,
                lowered,
                stance_reader,
                phrases,
                speakers.get(start),
                stance_cue=bool(stance_cue),
                support_cue=bool(support_cue),
                pact_cue=bool(pact_cue),
                modal=bool(modal),
                obligation=obliged,
            )
            if stance_cue or support_cue or pact_cue or modal or obliged
            else (None, None)
        )
        if military is None and stance_rule is None:
            _add_learned(claims, model, text, runs, start, end, speakers)
            continue
        if military and stance_rule:
            subtype, rule = PositionSubtype.BOTH, f"position.{military}+{stance_rule}"
        elif military:
            subtype, rule = PositionSubtype.MILITARY, f"position.{military}"
        else:
            subtype, rule = PositionSubtype.STANCE, f"position.{stance_rule}"
        confidence = 0.7 if military else 0.55
        claims.append(
            _position_claim(start, end, text[start:end], subtype, actor, rule, confidence)
        )
    return claims


def _sentence_runs(runs: bytes, start: int, sentence: str, lowered: str | None) -> _Runs | None:
    """The runs of letters of the sentence that starts at `start` (None where `lowered`
    is): its `ascii_letters(lowered)` sliced from the article's `letter_runs` instead
    of read again.

    The two are equal: `lower_for_caseless` gives a lowered form only for text without
    "İ" and the Kelvin sign, the only characters `str.lower` turns into ASCII letters
    (or into more than one character), so the lowered sentence has the ASCII letters of
    the sentence, lower-cased, where the sentence has them, and nothing else."""
    return None if lowered is None else _Runs(lowered, runs[start : start + len(sentence)])


#: An unattributed "X should do Y" sentence: its subject, then "should" (Crisis Group's
#: "Washington should lean on Abu Dhabi to stop arming the RSF", "The UN should establish
#: a task force").  Read outside any statement, it is the author's recommendation, which
#: guideline §3b leaves out as the author's own opinion.  The subject opens with a
#: capital and holds no quote mark, no clause break and no question.
_SHOULD_AFTER_SUBJECT = re.compile(
    r"(?:(?:but|and|instead|meanwhile|rather|first|second|third|finally|above\s+all),?\s+)?"
    r"(?-i:[A-Z])[^\"“”‘?:;\n]{0,200}?\s(?:(?:also|still|now|instead|therefore|then|too)\s+)*"
    r"should\s+(?:(?:also|not|now|instead|therefore|then|urgently|immediately)\s+)*[a-z]",
    re.IGNORECASE,
)

#: Words that make the part before "should" more than a subject: a reporting or opinion
#: verb, or a clause word ("Tillerson meant Iran's Quds Force in Iraq should go home",
#: "We continue to believe that there should be no long-term occupation", "the question
#: of who should pay"): the view is then someone's, or embedded in a larger claim.
_MORE_THAN_A_SUBJECT = re.compile(
    r"\b(?:said|says|say|told|tells|meant|means|mean|think|thinks|thought|believes?|believed"
    r"|know|knows|knew|argues?|argued|agrees?|agreed|insists?|insisted|hopes?|hoped|wants?"
    r"|wanted|feels?|felt|is|are|was|were|be|been|has|have|had|do|does|did|that|if|when"
    r"|whether|who|whom|whose|which|where|why|how|what|because|while|until|unless|once"
    r"|whatever|whoever|so|as)\b",
    re.IGNORECASE,
)


def _author_recommends(sentence: str) -> bool:
    """Whether `sentence`, read outside any statement, is the author's advice to an
    actor ("The U.S., the UN, Oman and other mediators should also work to resume
    talks"): it opens with a bare subject before "should", and it quotes no one."""
    opening = _SHOULD_AFTER_SUBJECT.match(sentence.lstrip())
    if opening is None or any(mark in sentence for mark in '"“”'):
        return False
    subject = opening.group()[: opening.group().lower().rfind("should")]
    return _MORE_THAN_A_SUBJECT.search(subject) is None


#: What a sentence leaves open after it asserts something ("But it was unclear if the
#: major push for control of the city had begun", "The delegation left Egypt, and it was
#: not clear if it would return"): neither a position nor a stance is stated there
#: (guideline §3: hypothetical presence or control is at most optional).
_UNSURE = re.compile(
    r"\b(?:it\s+(?:is|was|remains|remained)\s+)?(?:unclear|not\s+(?:yet\s+)?clear|uncertain)"
    r"\s+(?:if|whether)\b"
)


def _position_claim(
    start: int,
    end: int,
    sentence: str,
    subtype: PositionSubtype,
    actor: str | None,
    rule: str,
    confidence: float,
) -> DetectedClaim:
    """A position claim of the sentence; only a stance has an actor."""
    return new_claim(
        kind=KIND_POSITION,
        start=start,
        end=end,
        text=sentence,
        subtype=subtype.value,
        actor=actor if subtype is not PositionSubtype.MILITARY else None,
        rule=rule,
        confidence=confidence,
    )


#: The confidence of a position only the model marks: about half of those it added in
#: leave-one-set-out runs over its training sets were right (docs/detection-history.md).
LEARNED_CONFIDENCE = 0.5


def _add_learned(
    claims: list[DetectedClaim],
    model: PositionModel,
    text: str,
    runs: bytes,
    start: int,
    end: int,
    speakers: dict[int, str | None],
) -> None:
    """Append the sentence as a position when the rules left it and the position
    model is confident (`runs`: `letter_runs(text)`); a stance's actor is the
    sentence's speaker, if quoted."""
    words = words_in(text, runs, start, end)
    if model.is_position(words):
        sentence = text[start:end]
        if _not_asserted(sentence) or blames_each_other(sentence, None):
            return  # a supposition, a question or a quarrel: no position stated
        stance = model.is_stance(words)
        subtype = PositionSubtype.STANCE if stance else PositionSubtype.MILITARY
        actor = speakers.get(start)
        claims.append(
            _position_claim(start, end, sentence, subtype, actor, LEARNED_RULE, LEARNED_CONFIDENCE)
        )


#: The opening of a sentence that supposes ("If the talks fail, the army will move in")
#: or may ask ("Will they support a clash with Turkey?", "But who authorized this
#: commitment in Syria?"); a quote mark, and a conjunction before a question word, may
#: come first.
_SUPPOSING_OR_ASKING_START = re.compile(
    r"[\s\"“‘'\x95\x81(]*(?:(?P<condition>if|unless)"
    r"|should|would|could|will|can|do|does|did|is|are|or"
    r"|(?:(?:and|but|so|yet)\s+)?(?:what|why|how|who|whom|whose|where|when|which))\b",
    re.IGNORECASE,
)


#: The modal of a supposed outcome ("… the other tribes will be targeted", "… would have
#: been able to"); "If there's a message …, it is the same message" states a fact.
_SUPPOSED_OUTCOME = re.compile(r"\b(?:will|would|could|might|may|can)\b|\w['’](?:ll|d)\b")


def _not_asserted(sentence: str) -> bool:
    """Whether `sentence` only supposes or asks: it opens with a condition whose outcome
    has a modal, or it is a question that opens with its question word. Guideline §3
    makes hypothetical presence or control at most optional, and the stance rules
    leave rhetorical questions to the author's voice; the position model reads words,
    not moods, so its positions are checked here (a question glued after a statement is
    not opened by its question word and still counts)."""
    opening = _SUPPOSING_OR_ASKING_START.match(sentence)
    if opening is None:
        return False
    if opening.group("condition") is not None:
        return _SUPPOSED_OUTCOME.search(sentence, opening.end()) is not None
    return is_question(sentence)


#: Staff who are no force, before "personnel" ("a further drawdown of U.S. Embassy
#: personnel in Juba", "medical personnel"): guideline §3(a) places forces.
_CIVIL_STAFF_BEFORE = re.compile(
    r"\b(?:embassy|diplomatic|consular|civilian|medical|aid|humanitarian|non-?essential)\s+$"
)


def _civil_staff(lower: str, start: int) -> bool:
    """Whether the force word at `lower[start:]` is "personnel" of civil staff."""
    return lower.startswith("personnel", start) and (
        _CIVIL_STAFF_BEFORE.search(lower, max(0, start - 20), start) is not None
    )


def _scan(scan: WordScan, lower: str, runs: _Runs | None) -> list[re.Match[str]]:
    """`scan.matches(lower)` on the lower-cased sentence, from its runs of letters read
    once (`runs`) where `lower_for_caseless` gave them."""
    return scan.matches(lower) if runs is None else runs.matches(scan, lower)


def _names_a_force(lower: str, forces: list[re.Match[str]]) -> bool:
    """Whether one of `forces` (`_PositionPatterns.force_scan`'s matches in `lower`) is a
    force, civil staff aside."""
    return any(not _civil_staff(lower, found.start()) for found in forces)


#: Presence reported with a hedge (guideline §3(a)1, presence of forces at a place),
#: before the preposition of `_PositionPatterns.force_in_place`: "Around 10,000 Russian
#: soldiers are thought to be in eastern Ukraine", "US special forces are believed to be
#: operating in Yemen" is `force_active_in`'s; here the force is simply there.
_HEDGED_TO = r"(?:thought|believed|said|reported|estimated|understood|known)\s+to"
_HEDGED_BE = rf"{_HEDGED_TO}\s+be"
#: The part of a named place a force stands in, before "of" and the name (guideline
#: §3(a)1): "Tanks on the streets of Harare", "troops at the gates of Tripoli", "soldiers
#: in the heart of Kabul".
_PART_OF_A_PLACE = r"streets|outskirts|gates|edges?|heart|cent(?:re|er)|doorstep"
#: A force staying where it is (guideline §3(a)1, presence of forces at a place), up to
#: two auxiliaries or adverbs before the verb: "Russian troops remain in the breakaway
#: region", "US forces will stay in the country", "the soldiers are to remain at the
#: base". Staying names the place as held ground, so it may be a common noun
#: (`_PositionPatterns.force_in_place`); not "remain in hospital" or "in power".
_STAYS = (
    r"(?:(?:to|will|would|shall|must|should|may|might|could|can|still|also|are|is|were|was"
    r"|have|has|had|largely|mostly|only)\s+){0,2}"
    r"(?:remain|remains|remained|remaining|stay|stays|stayed|staying)"
)
#: A war, not a place, after a capitalised word ("lost 12 soldiers in the Syrian war").
_A_WAR_AFTER = re.compile(
    r"[\w'’-]+\s+(?:civil\s+)?(?:war|conflict|crisis|uprising|revolution|campaign)\b"
)


def _force_in_place(
    sentence: str, lower: str, patterns: _PositionPatterns, runs: _Runs | None
) -> bool:
    """Whether regular forces stand at a named place ("US troops in eastern Syria"):
    `patterns.force_in_place` on `lower` (`ascii_lower(sentence)`; `runs` its runs of
    letters, None where `lower_for_caseless` gives no lowered form), the place's first
    letter a capital in the sentence itself, or ground named by its noun after a verb
    of staying (`_STAYS`: "Turkish forces remain in the area"); or a named party's
    forces stand in the town the article is about ("footage showing Hezbollah fighters
    in the town")."""
    return any(
        (
            found.start("ground") >= 0
            or (
                sentence[found.start("place")].isupper()
                and not _A_WAR_AFTER.match(lower, found.start("place"))
            )
        )
        and not _civil_staff(lower, found.start())
        for found in _scan(patterns.force_in_place, lower, runs)
    ) or (
        " the " in lower
        and _may_name_a_town(lower)  # (its town, city, village or district)
        and _NAMED_FORCE_IN_TOWN.search(sentence) is not None
    )


#: What is entered when no force enters a place (guideline §3(a)2 counts a movement
#: "relative to a place: … enter"): a span of time, talks or a deal ("the siege entered
#: its sixth day", "Hamas entered the talks", "entered into an agreement").
_ENTERED_NO_PLACE = re.compile(
    r"\s+(?:into\s+)?(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w-]+\s+)?"
    r"(?:days?|weeks?|months?|years?|hours?|phase|stage|round|talks|negotiations|politics"
    r"|race|contest|agreement|deal|contract|pact|treaty|partnership)\b"
)
#: Going somewhere (`GOING_TO_VERBS`, among the vocabulary's movement verbs) moves a
#: force only to a named place ("the 101st Airborne Division are preparing to go to West
#: Africa"; not "soldiers went to the hospital", "go to war").
_NAMED_PLACE_AFTER = re.compile(r"\s+(?:the\s+)?(?=[A-Z])")
#: What a watch is kept for, right after "keep watch" ("cameras … keep watch for signs
#: of the Taliban"): what is looked out for, not where a force stands guard.
_WATCH_FOR = re.compile(r"\s+for\b")
#: A force posted at a place, the preposition right after "posted" ("Soldiers were posted
#: outside the presidential palace", "troops posted in Germany"); not a message posted on
#: a website, online, to social media or in a video ("The soldier posted a video").
_POSTED_AT = re.compile(
    r"\s+(?:outside|at|along|near|around|across|inside|in\s+(?!(?:a|an|the|his|her|their)\s+"
    r"(?:video|post|tweet|message|statement|clip|comment)s?\b))"
)
#: Care the carried are taken to, right after a verb of carrying (`_CARRIED`): "wounded
#: soldiers were flown to a hospital in Germany", "airlifted to safety"; the wounded or
#: rescued carried there are no force moved to a place (guideline §3(a)2).
_CARRIED_TO_CARE = re.compile(
    r"(?:\s+(?:to|out|in|into))?\s+(?:(?:a|an|the|nearby|local|military|field)\s+){0,2}"
    r"(?:hospitals?|clinics?|safety|treatment|medical\b|care\b|trauma)"
)
#: The movement verbs of carrying, whose object may be the wounded (`_CARRIED_TO_CARE`).
_CARRIED = ("flown", "airlifted", "ferried")
#: A time right after "pushed back to" (`_no_force_moves`): a date put off ("The pay rise
#: was pushed back to next year"), not a force driven back to a place.
_PUT_OFF_TO = re.compile(
    rf"\s+(?:(?:next|later|the\s+end\s+of|early|late|mid)\b|{CALENDAR_WORDS}\b|\d{{4}}\b)"
)
#: A deal right before "entered" ("the contract entered into by service personnel").
_DEAL_ENTERED = re.compile(r"\b(?:agreement|deal|contract|pact|treaty)\s+$")
#: A passive right before a verb of sending: the force sent is its subject ("servicemen
#: were sent", "troops are to be sent").
_PASSIVE_BEFORE = re.compile(r"\b(?:be|been|being|is|are|was|were)\s+(?:[a-z]+ly\s+)?$")
#: Where a force is sent, right after "sent" ("troops sent to Mali", "sent back").
_SENT_WHERE = re.compile(r"\s+(?:to|into|in|back|home)\s+(?!fight\b|help\b|train\b)")
#: The words after a verb of sending in which the force sent must be named: up to eight,
#: before the preposition that says where to ("send condolences to the soldiers' families").
_SENT_OBJECT = re.compile(r"(?:\s+(?!(?:to|into|for|from|with|after)\b)[\w.,’'-]+){1,8}")


#: What may stand between civilians and the movement verb they do (`civilian_movers`):
#: auxiliaries or a verb of trying or being caught.
_CIVILIAN_MOVER_GAP = (
    r"(?:(?:were|are|was|is|be|been|being|had|have|has|who|to|caught|trying|tried"
    r"|attempting|attempted)\s+){0,3}$"
)
#: What follows "patrol" when it names a service's staff ("Border Patrol agents", "the
#: highway patrol officers"), not a force patrolling.
_PATROL_STAFF_AFTER = re.compile(r"\s+(?:agents?|officers?|officials?|chiefs?|spokes\w+)\b")


def _civilians_move(lower: str, moved: re.Match[str], patterns: _PositionPatterns) -> bool:
    """Whether the movement verb `moved` in `lower` is done by civilians or names a
    civil service: "Migrants caught crossing into these areas would be considered
    trespassers", "the ones who decide when to encourage migrants to cross into the
    United States", "until Border Patrol agents arrive" (guideline §3(a)2 is the movement
    of forces; civilians moving or a border service's staff are none)."""
    if moved.group() == "patrol" and _PATROL_STAFF_AFTER.match(lower, moved.end()):
        return True
    return (
        patterns.civilian_movers.search(lower, max(0, moved.start() - 60), moved.start())
        is not None
    )


def _no_force_moves(
    sentence: str, lower: str, moved: re.Match[str], patterns: _PositionPatterns
) -> bool:
    """Whether the movement verb `moved` (in `lower`, `ascii_lower(sentence)`) moves no
    force: those who flee are victims (`_fled_as_victims`), civilians move
    (`_civilians_move`, whatever the verb: "migrants went to Europe"), what is gone to is
    no named place (`GOING_TO_VERBS`), what is entered is no place (`_ENTERED_NO_PLACE`),
    or what is sent is no force ("sent AFP a video", "send a delegation of companies", "send
    personal condolences to the families of the two soldiers"), a watch is kept for
    something (`_WATCH_FOR`), what is posted is no force at a place (`_POSTED_AT`), or
    the word is part of a name (`_in_a_name`), what moves is the dead
    (`_REMAINS_MOVED`), the verb is used in another sense (`_moved_in_other_sense`),
    those carried are the wounded taken to care (`_CARRIED_TO_CARE`), or what is pushed
    back is a date (`_PUT_OFF_TO`): guideline §3(a)2
    is the movement of forces."""
    verb = moved.group()
    if (
        _in_a_name(sentence, moved)
        or _REMAINS_MOVED.search(lower, max(0, moved.start() - 80), moved.start())
        or _moved_in_other_sense(lower, moved)
    ):
        return True
    if verb.startswith("fle"):
        return _fled_as_victims(lower, moved) or _only_attackers_after(lower, moved, patterns)
    if _civilians_move(lower, moved, patterns):
        return True
    if verb.startswith(("go", "went")) and " ".join(verb.split()) in GOING_TO_VERBS:
        return _NAMED_PLACE_AFTER.match(sentence, moved.end()) is None
    if verb.endswith("watch"):
        return _WATCH_FOR.match(lower, moved.end()) is not None
    if verb == "posted":
        return _POSTED_AT.match(lower, moved.end()) is None
    if verb == "pushed back to":
        return _PUT_OFF_TO.match(lower, moved.end()) is not None
    if verb.startswith(_CARRIED):
        return _CARRIED_TO_CARE.match(lower, moved.end()) is not None
    if verb.startswith("enter"):
        return bool(
            _ENTERED_NO_PLACE.match(lower, moved.end())
            or _DEAL_ENTERED.search(lower, max(0, moved.start() - 20), moved.start())
        )
    if verb in _SENDING:
        if _PASSIVE_BEFORE.search(lower, max(0, moved.start() - 20), moved.start()) or (
            # "the 300 troops sent to Mali": a force sent, named before the participle
            verb in ("sent", "dispatched")
            and _SENT_WHERE.match(lower, moved.end())
            and patterns.force.search(lower, max(0, moved.start() - 30), moved.start())
        ):
            return False
        sent = _SENT_OBJECT.match(lower, moved.end())
        return sent is None or patterns.force.search(sent.group()) is None
    return False


#: The dead as the subject of a passive movement verb ("The bodies of 12 soldiers were
#: returned to their families", "the remains of the two marines have been sent home"):
#: remains moved are no force moving (guideline §3(a)2), on lower-cased text, ending
#: where the verb starts.
_REMAINS_MOVED = re.compile(
    r"\b(?:bod(?:y|ies)|remains|corpses?|coffins?)\s+(?:of\s+(?:[\w'’,-]+\s+){1,6}?)?"
    r"(?:(?:were|was|are|is|have|has|had|been|being|later|then|finally|also)\s+){1,3}$"
)


#: What follows a movement verb used in another sense, by the verb's stem, on
#: lower-cased text: a demand, a statement, an envoy or money withdrawn ("The fighters
#: withdrew their demand for a ransom", "withdrew its ambassador", "Soldiers withdrew
#: cash from the bank"), people or a matter approached ("as the patrol approached him",
#: "approached the talks with caution"), notice given in advance, plans or a cause
#: advanced ("Government forces advanced their plans for the election"), paths or a line
#: crossed ("The rebels crossed a red line"; not "the line of control"), civilians or
#: foreign nationals evacuated ("Soldiers helped evacuate residents from flooded
#: areas", "The navy evacuated 500 citizens from Lebanon"), a return to home life ("The
#: fighters returned to their families"), a degree of progress ("at an advanced stage
#: of development", "advanced weapons") and the ground around a place ("bombardments in
#: the surrounding of the cemetery").
_OTHER_SENSE_AFTER = {
    "withdr": re.compile(
        r"\s+(?:its|their|his|her|the|a|an)\s+(?:[\w'’-]+\s+)?(?:demands?|statements?|offers?"
        r"|support|claims?|bill|nominations?|candidacy|recognition|ambassadors?|envoys?"
        r"|funding|aid|threats?|proposals?|applications?|requests?|complaints?|lawsuits?"
        r"|objections?|consent|membership|names?|pay|resignations?|invitations?"
        r"|accreditation|money|cash|funds|savings|deposits?)\b"
        r"|\s+(?:\S+\s+)?(?:money|cash|funds|savings)\b"
    ),
    "approach": re.compile(
        r"\s+(?:the\s+)?(?:talks|negotiations|issue|question|matter|problem|idea|plan"
        r"|villagers|residents|people|journalists|reporters|crowd|him|her|them|us|me)\b"
    ),
    "advance": re.compile(
        r"\s+(?:notice|warning|payment|copy|copies|booking|tickets|stages?|levels?|weapons?"
        r"|weaponry|technology|technologies|systems?|degrees?|training)\b"
        r"|\s+(?:its|their|his|her|the)\s+(?:[\w'’-]+\s+)?(?:plans?|agenda|interests?|cause"
        r"|careers?|ideas?|proposals?|bills?|claims?|case)\b"
    ),
    "surrounding": re.compile(r"\s+of\b"),
    "cross": re.compile(
        r"\s+(?:paths|(?:(?:a|the|any|every|that)\s+)?(?:red\s+)?lines?\b(?!\s+of\s+control))"
    ),
    "evacuat": re.compile(
        r"\s+(?:[\w-]+\s+){0,2}?(?:civilians|residents|people|families|patients|children"
        r"|villagers|wounded|injured|citizens|nationals|foreigners|diplomats|tourists"
        r"|expatriates|staff)\b"
    ),
    "return": re.compile(
        r"\s+(?:their|his|her)\s+(?:families|family|homes?|wives|children|jobs|work"
        r"|studies)\b"
    ),
}
#: A ceremony a march belongs to ("Troops marched in the Victory Day parade in Moscow",
#: "marched through London to mark the end of the mission"), on lower-cased text.
_CEREMONY = re.compile(
    r"\b(?:parades?|ceremon(?:y|ies)|memorial|commemorat\w*|anniversary|to\s+mark"
    r"|celebrat\w*)\b"
)


def _moved_in_other_sense(lower: str, moved: re.Match[str]) -> bool:
    """Whether the movement verb `moved` (in `lower`) moves no force by its sense: its
    object is no force or place (`_OTHER_SENSE_AFTER`), or a march is a ceremony's
    (`_CEREMONY`). Guideline §3(a)2 is the movement of forces relative to a place."""
    verb = moved.group()
    if verb.startswith("march"):
        return _CEREMONY.search(lower) is not None
    return any(
        verb.startswith(stem) and after.match(lower, moved.end()) is not None
        for stem, after in _OTHER_SENSE_AFTER.items()
    )


def _in_a_name(sentence: str, moved: re.Match[str]) -> bool:
    """Whether the movement word `moved` is a word of a capitalised name in a sentence
    of prose ("handed the bodies over to the Red Cross"): it is capitalised after a
    capitalised word that does not open the sentence, and the sentence is no headline
    in title case ("Turkish Troops Cross Into Syria"; a sentence full of names is none:
    "Private Udell, a member of the 25th Infantry Division, was awarded the Gallantry
    Cross"). A name moves nothing (guideline §3(a)2 is the movement of forces)."""
    if not sentence[moved.start()].isupper():
        return False
    before = sentence[: moved.start()].split()
    if len(before) < 2 or not before[-1][:1].isupper():
        return False
    return not in_title_case(sentence.split())


#: How far (in characters, some twenty words) the nearest force word may stand from a
#: movement word and still be what moves.
_MOVER_REACH = 120


def _force_far_from(forces: list[re.Match[str]], moved: re.Match[str]) -> bool:
    """Whether every force word of `forces` (`_PositionPatterns.force_scan`'s matches in
    the sentence) stands more than `_MOVER_REACH` characters from the movement word
    `moved`: then they sit in different clauses of a long sentence and the force is not
    what moves ("The civil administration of Idlib announced the full mobilization of
    the emergency medical services …, as Russian jets …"; "cluster munitions were
    deployed over east Aleppo while … government forces …"): guideline §3(a)2 is the
    movement of forces."""
    near_from, near_to = moved.start() - _MOVER_REACH, moved.end() + _MOVER_REACH
    far = False
    for force in forces:
        if near_from <= force.end() and force.start() <= near_to:
            return False
        far = True
    return far


#: A sentence that opens with a name taken back, overrun or liberated, up to "by"
#: (`_opening_place_taken_by_force`).  `taken_place` wants a word before the name, so
#: that a person or party opening a sentence is not taken for a place ("Smith was taken
#: to hospital"); here only verbs said of ground are left, and the taker must be a force.
_OPENING_PLACE_TAKEN_BY = re.compile(
    rf"{_OPENING_QUOTE}(?:[A-Z][\w'’-]*\s+){{1,3}}(?:was|were|has\s+been|had\s+been)\s+"
    r"(?:(?:finally|fully|quickly|later|eventually|completely)\s+)?"
    r"(?:recaptured|retaken|overrun|liberated|occupied|taken\s+back|won\s+back)\s+by\s+"
)
#: How far after "by" (in characters) the force word that took the place may stand.
_TAKER_REACH = 40


def _opening_place_taken_by_force(sentence: str, lower: str, patterns: _PositionPatterns) -> bool:
    """Whether the sentence opens with a named place that a force took back, overran or
    liberated ("Mosul was liberated by Iraqi forces in July 2017", "Palmyra was
    recaptured by the Syrian army"): guideline §3(a)3 control of territory, a place
    taken in the passive with the taker named, a force word within `_TAKER_REACH` after
    "by" (not "The Louvre was occupied by students", whom no force word names)."""
    taken = _OPENING_PLACE_TAKEN_BY.match(sentence)
    return (
        taken is not None
        and patterns.force.search(lower, taken.end(), taken.end() + _TAKER_REACH) is not None
    )


#: The sites a force keeps at a place besides bases, as substrings that gate `_BASE_AT`:
#: the posts that hold ground or a road ("The militia has checkpoints across the
#: province", "Militants manned roadblocks outside the city", "The army has a garrison
#: in the town").
_HELD_POSTS = ("checkpoint", "roadblock", "outpost", "garrison", "camps")
#: A base or post set up, kept, manned or had at a place, or headquarters there, after
#: its owner (`_force_based_at`): "have set up a base in the mountains near Kidal", "has
#: a base in Djibouti", "is headquartered in Kharkiv", "The army maintains checkpoints
#: along the highway".  The place is named, or ground a force holds out in (mountains,
#: hills, forest, desert, jungle, a border, a quarter of the country) or holds (a town,
#: a province, a road, every entrance to the city).
_BASE_AT = re.compile(
    r"(?:(?:has|have|had|set\s+up|sets\s+up|setting\s+up|established|establish(?:es|ing)?"
    r"|built|builds?|building|maintains?|maintained|keeps?|kept|operates?|operated"
    r"|manned|mans|manning|erected)\s+"
    r"(?:(?:a|an|its|their|two|three|several|many|some|new|small|large|secret|main"
    r"|military|forward|permanent|rear)\s+){0,3}"
    r"(?:bases?|headquarters|checkpoints?|roadblocks?|outposts?|garrisons?|camps)"
    r"|(?:is|are|was|were)\s+headquartered)"
    r"\s+(?:in|at|near|on|inside|outside|along|across|around|throughout)\s+"
    r"(?:(?:the|every|each)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:[A-Z]|(?:mountains|hills|forests?|desert|jungle|border|north|south|east|west"
    r"|city|town|village|province|district|region|area|roads?|highway|streets|capital"
    r"|entrances?|outskirts)\b)"
)
#: What may stand between a force word and `_BASE_AT`: auxiliaries and adverbs only
#: ("The rebels have set up", "the regiment is headquartered"), so that the force is the
#: owner ("the army's supplier, which has a base in London" names none).
_OWNER_GAP = re.compile(
    r"\s+(?:(?:have|has|had|also|now|already|reportedly|long|since|recently|quickly)\s+){0,2}"
)


def _force_based_at(sentence: str, lower: str, patterns: _PositionPatterns) -> bool:
    """Whether a force has, keeps or sets up a base, or its headquarters, at a place
    (`_BASE_AT` right after a force word, `_OWNER_GAP` between): guideline §3(a)1,
    presence of forces at a place ("The Chinese navy has a base in Djibouti", "The rebels
    have set up a base in the mountains"); a firm's base names no force."""
    for based in _BASE_AT.finditer(sentence):
        start = based.start()
        for force in patterns.force.finditer(lower, max(0, start - 60), start):
            if _OWNER_GAP.fullmatch(lower, force.end(), start):
                return True
    return False


def _group_moves(sentence: str, lower: str, patterns: _PositionPatterns) -> bool:
    """Whether a named armed group moves (`_PositionPatterns.group_moves`) into a place:
    what it enters may be no place, as for a force ("Hamas entered the Cairo talks from
    a position of military weakness": `_ENTERED_NO_PLACE`), and what it posts may be a
    video ("the group has posted online a new video": `_POSTED_AT`)."""
    for moved in patterns.group_moves.finditer(sentence):
        entered = lower.rfind("enter", moved.start(), moved.end()) >= 0
        if entered and _ENTERED_NO_PLACE.match(lower, moved.end()):
            continue
        if lower.endswith("posted", 0, moved.end()) and not _POSTED_AT.match(lower, moved.end()):
            continue
        return True
    return False


def _only_attackers_after(lower: str, fled: re.Match[str], patterns: _PositionPatterns) -> bool:
    """Whether no force is named within `_FLEEING_FORCE_REACH` characters before the verb
    of fleeing and every one named after it is the agent of a passive ("ministers …, who
    fled to the compound after their homes were attacked by troops"): those who flee are
    no force.  A force named after the verb otherwise is one ("They fled toward the
    coast, leaving behind tanks", "Those who fled … were mostly soldiers", "belongings
    dropped by rapidly fleeing Iraqi soldiers")."""
    if patterns.force.search(lower, max(0, fled.start() - _FLEEING_FORCE_REACH), fled.start()):
        return False
    return all(
        _AGENT_BY_BEFORE.search(lower, max(0, force.start() - 8), force.start())
        for force in patterns.force.finditer(lower, fled.end())
    )


#: How far before a verb of fleeing a force named counts as the one fleeing.
_FLEEING_FORCE_REACH = 100
#: "by" (and an article) right before a force: the agent of a passive.
_AGENT_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$")


def _fled_as_victims(lower: str, fled: re.Match[str]) -> bool:
    """Whether those who flee in `lower` are victims or civilians, not a force moving:
    "shot anyone attempting to flee", "families that managed to flee", "fled the fighting"."""
    civilians = _CIVILIANS_BEFORE_FLEEING.search(lower, max(0, fled.start() - 60), fled.start())
    return (
        _HARMED.search(lower) is not None
        # not "thousands of Ukrainian soldiers fled across the border"
        or (civilians is not None and _FORCE_NOUN.search(civilians.group()) is None)
        or _FROM_THE_FIGHTING.match(lower, fled.end()) is not None
    )


def _controls_no_ground(sentence: str, lowered: str | None, patterns: _PositionPatterns) -> bool:
    """Whether every control modifier in `sentence` controls no ground: each is a phrase
    ending in "control" (or "control of/over") whose object is a non-ground noun
    (`_PositionPatterns.control_of_no_ground`: "The party lost control of the city
    council", "took control of the game"). Guideline §3(a)3 is control of territory; a
    council, a company or a match is none."""
    return all(
        found.group().casefold().rstrip().endswith(("control", "of", "over"))
        and patterns.control_of_no_ground.match(sentence, found.end()) is not None
        for found in _control_modifiers(sentence, lowered)
    )


def _control_modifiers(sentence: str, lowered: str | None) -> Iterator[re.Match[str]]:
    """The matches of `_CONTROL_MODIFIER.finditer(sentence, lowered)`, the same ones in
    the same order, those of the hyphen branch starting one character later (at the
    hyphen: their text and end are the branch's but for its first character).

    Why: the pattern's first branch starts with a word character, so the engine enters
    it at nearly every character; on the lower-cased sentence the hyphen branch searched
    from its hyphen (`_HYPHEN_CONTROL_AT_HYPHEN`) and the phrases apart
    (`_CONTROL_PHRASES_LOWER`) are merged as the alternation would take them: the one
    that starts first, the hyphen branch where both start at one character."""
    if lowered is None:
        yield from _CONTROL_MODIFIER.finditer(sentence, lowered)
        return
    hyphen = _HYPHEN_CONTROL_AT_HYPHEN.search(lowered, 1)
    phrase = _CONTROL_PHRASES_LOWER.search(lowered)
    while True:
        if hyphen is not None and (phrase is None or hyphen.start() - 1 <= phrase.start()):
            found = hyphen
        elif phrase is not None:
            found = phrase
        else:
            return
        yield found
        end = found.end()
        # a match that starts inside the one taken is no match of the alternation's
        if hyphen is not None and hyphen.start() - 1 < end:
            hyphen = _HYPHEN_CONTROL_AT_HYPHEN.search(lowered, end + 1)
        if phrase is not None and phrase.start() < end:
            phrase = _CONTROL_PHRASES_LOWER.search(lowered, end)


def _strong_in_other_senses(
    sentence: str, lower: str, lowered: str | None, patterns: _PositionPatterns
) -> bool:
    """Whether every strong military word of `sentence` (`_STRONG`) is used in another
    sense (`_PositionPatterns.strong_other_sense`): the stronghold of a religious
    community or an electoral party (where its followers or voters live), gains in
    trade or polls, an offence given, a disease's front line, a crime against a
    person, siege as a way of fighting, an attack on a force at no place. None is
    ground a force holds or moves on (guideline §3(a)). `lower` is
    `ascii_lower(sentence)`, for a cheap test of the words first; `lowered` is
    `lower_for_caseless(sentence)`, for the caseless scan, whose spans are the
    sentence's."""
    if not any(hint in lower for hint in _OTHER_SENSE_HINTS):
        return False
    parts: list[str] = []
    kept = 0  # (the sentence up to here is in `parts`)
    for found in patterns.strong_other_sense.finditer(sentence, lowered):
        start, end = found.span()
        parts += (sentence[kept:start], " " * (end - start))
        kept = end
    if not parts:
        return False
    masked = "".join((*parts, sentence[kept:]))
    return _STRONG.search(masked, lower_for_caseless(masked)) is None


def _military(
    sentence: str,
    lower: str,
    lowered: str | None,
    runs: _Runs | None,
    start: int,
    end: int,
    patterns: _PositionPatterns,
    troops: list[DetectedClaim],
    placed: bool,
    force_cue: int,
    mark_cue: int,
) -> str | None:
    """Name of the first military cue in the sentence, or None.

    `lower` is `ascii_lower(sentence)`, `lowered` is `lower_for_caseless(sentence)`,
    `runs` its runs of letters (None where `lowered` is).  Substring tests on the
    lower-cased sentence guard the costlier patterns: most sentences contain none of the
    words a pattern starts from.  `force_cue` is the
    sentence's `CUE_FORCE` bit: the patterns that need a force word run only with it
    (as `_force_in_place` does); `mark_cue` its `CUE_GROUND_MARK` bit, without which
    `_GROUND_MARKED` cannot match.
    """
    # The words a control modifier needs ("controlled" contains "control"): three
    # substring tests cost less than one scan for any of them.
    modifier_hint = "held" in lower or "control" in lower or "occupied" in lower or " rule" in lower
    if (
        modifier_hint
        and _control_modified(sentence, lowered)
        and not ("control" in lower and _controls_no_ground(sentence, lowered, patterns))
    ):
        return "control_modifier"
    if " hands" in lower and _IN_PARTY_HANDS.search(sentence):
        return "control_modifier"
    if _may_share_ground(lower) and (
        _GROUND_OF_FORCES.search(sentence, lowered) or _LOSS_OF_PLACE.search(sentence)
    ):
        return "control_modifier"
    if ("territor" in lower or "enclave" in lower) and (
        _PARTY_TERRITORY.search(sentence, lowered) or _IS_TERRITORY.search(sentence)
    ):
        return "control_modifier"
    taken = _may_be_taken(lower)
    if taken and _GROUND_TAKEN.search(sentence, lowered):
        return "control_modifier"
    if (
        "position" in lower
        or "hideout" in lower
        or "command post" in lower
        or "gathering cent" in lower
    ) and _named_position(sentence):
        return "named_position"
    if ("heartland" in lower or "power base" in lower) and patterns.party_heartland.search(
        sentence
    ):
        return "military_noun"  # "Chibok in Borno state, the heartland of Boko Haram"
    posts = "checkpoint" in lower or "outpost" in lower or " posts " in lower or "garrison" in lower
    if posts and _party_post_at_place(sentence):
        return "named_position"  # "a Kurdish checkpoint in Kalak"
    if (
        "camp" in lower or "headquarters" in lower or "base" in lower or "hideout" in lower
    ) and patterns.struck_camp.search(sentence):
        return "named_position"  # "air strikes against PKK camps in northern Iraq"
    starts = _control_and_strong_starts(lowered, runs, patterns)
    if lowered is None or starts is None:
        control = bool(patterns.control_hint.search(lower) and patterns.control.search(sentence))
    else:
        control = _first_match(patterns.control, starts[0], sentence)
    if control or (
        ("control" in lower or "hold" in lower or "held" in lower)
        and (force_cue or any(hint in lower for hint in _ARMED_GROUP_HINTS))
        and patterns.force_holds.search(sentence)
    ):
        return "control_verb"
    if (
        ("took" in lower or "tak" in lower or "cleared" in lower or "clears" in lower)
        and _TAKES_A_CAPITAL_SCAN.search(sentence)
        and patterns.party_took_place.search(sentence)
    ):
        return "control_verb"  # "The Taliban took Kabul", "ISIS took back Mosul"
    if (
        " by" in lower
        and _PASSIVE_BY.search(sentence, lowered)
        and patterns.passive_control.search(sentence)
    ):
        return "control_verb"
    if ("fall" in lower or "fell" in lower) and patterns.fell_to.search(sentence):
        return "control_verb"
    # A few `in` tests on the short sentence cost less than one scan for any of them.
    if taken and patterns.taken_place.search(sentence):
        return "control_verb"
    if " by " in lower and _opening_place_taken_by_force(sentence, lower, patterns):
        return "control_verb"  # "Mosul was liberated by Iraqi forces in July 2017"
    if (
        (" it" in lower or " them" in lower)
        and holds_any(lower, _TOOK_IT_STEMS)
        and _TOOK_IT.search(lower)
        and patterns.ground.search(lower)
    ):
        return "control_verb"  # "the city of el-Fasher after the RSF seized it"
    # (not "los": "also" and "close" hold it)
    if ("lost" in lower or "lose" in lower or "losing" in lower) and _LOST_PLACE.search(sentence):
        return "control_verb"  # "since December when it lost Ramadi"
    if "secur" in lower and _SECURED_GROUND.search(sentence):
        return "control_verb"  # "A US Navy Seal team secures the airfield"
    if lowered is None or starts is None:
        strong = bool(_STRONG_HINT.search(lower) and _STRONG.search(sentence, lowered))
    else:
        # the lower-cased form on the lower-cased sentence: `_STRONG.ignorecase`, never run
        # here, is then compiled only where `lowered` is None
        strong = _first_match(_STRONG.lowercase, starts[1], lowered)
    bare_offensive = "offensive" in lower and not _offensive_placed(sentence, lowered)
    if strong and bare_offensive and _STRONG_BUT_OFFENSIVE.search(sentence, lowered) is None:
        strong = False  # "killed in the offensive": no place, no party
    if strong and _strong_in_other_senses(sentence, lower, lowered, patterns):
        strong = False  # "a car bomb … in the Shiite bastion of Sadr City"
    if (
        strong
        or (
            "operation" in lower
            and (_OPERATION_AT_PLACE.search(sentence) or _OPERATIONS_RUN_IN.search(sentence))
        )
        or (
            force_cue
            and "operations" in lower
            and _OPERATIONS_BEGUN.search(sentence)
            and _names_a_force(lower, _scan(patterns.force_scan, lower, runs))
        )
        or (_may_name_presence(lower) and _PRESENCE.search(sentence, lowered))
        or ("presence" in lower and _NAMED_PRESENCE.search(sentence))
        or ("intervention" in lower and _INTERVENTION_IN.search(sentence))
        or (
            "invasion" in lower
            and (_NAMED_INVASION.search(sentence) is not None or _invasion_launched(sentence))
        )
        or ("advance" in lower and _NAMED_ADVANCE.search(sentence))
        or (mark_cue and _may_mark_ground(lower) and _GROUND_MARKED.search(sentence, lowered))
    ):
        return "military_noun"
    if (
        ("grip" in lower or "hold o" in lower)
        and (force_cue or any(hint in lower for hint in _ARMED_GROUP_HINTS))
        and patterns.grip_on.search(sentence)
    ):
        return "control_verb"  # "The rebels tightened their grip on the city"
    if " from " in lower and _may_strike_from(lower) and _ATTACKS_FROM.search(sentence):
        return "military_noun"  # "plan attacks from Afghanistan's remote mountain regions"
    if "reach" in lower and _may_name_a_town(lower) and _REACHED_NAMED_TOWN.search(sentence):
        return "military_noun"  # "They reached Harawa, a town about 70 km from Sirte"
    # (the force words found once: each movement word below is measured against them)
    forces = _scan(patterns.force_scan, lower, runs) if force_cue else []
    if _names_a_force(lower, forces):
        for moved in _scan(patterns.movement_scan, lower, runs):
            if not (
                _no_force_moves(sentence, lower, moved, patterns)
                or (bare_offensive and moved.group() in _OFFENSIVE_TERMS)
                or _force_far_from(forces, moved)
            ):
                return "force_movement"
    if force_cue and "mov" in lower and patterns.force_moved.search(sentence):
        return "force_movement"  # "The army moved tanks to the border"
    if "patrol" in lower and _PATROLLING_PLACE.search(sentence):
        return "force_movement"  # "A British sniper team patrolling Sangin"
    if ("to fight" in lower or "to join" in lower) and _GONE_TO_FIGHT.search(sentence):
        return "gone_to_fight"
    if _may_name_a_move(lower) and _MOVE_TO_PLACE.search(sentence):
        return "move_to_place"
    if _may_place(lower) and _PLACED_AT.search(sentence):
        return "move_to_place"  # "Japan has deployed missile interceptors across Tokyo"
    if _may_bid(lower) and _BID_FOR_GROUND.search(sentence):
        return "military_noun"  # "a failed bid to reopen the supply route into Aleppo"
    if ("operating" in lower or "active" in lower) and _OPERATING_IN.search(sentence):
        return "force_movement"  # "the SAS was operating in a reconnaissance role in Iraq"
    if (
        _may_change_ground(lower)
        and _GROUND_CHANGE_CORE.search(sentence, lowered)
        and _GROUND_CHANGE.search(sentence)
    ):
        return "control_verb"
    if any(hint in lower for hint in _ARMED_GROUP_HINTS) and _group_moves(
        sentence, lower, patterns
    ):
        return "force_movement"
    if _may_assault(lower) and patterns.pronoun_assault.search(lower):
        return "force_movement"  # "the moment it stormed Sinjar"
    facility = holds_any(lower, _FACILITY_HINTS)
    if force_cue and facility and patterns.force_at_facility.search(lower):
        return "force_at_facility"
    for claim in troops if placed else ():
        if not start <= claim.start < end:
            continue
        after = sentence[claim.end - start : claim.end - start + 60]
        before = sentence[max(0, claim.start - start - 60) : claim.start - start]
        if patterns.place_after.match(after) or patterns.place_before.search(before):
            return "placed_force"
    if facility and _may_name_a_site(lower) and _military_site(sentence):
        return "military_site"
    if _may_establish(lower) and _SITE_ESTABLISHED.search(sentence):
        return "site_established"
    if ("base" in lower or "garrison" in lower or "outpost" in lower) and _BASE_KEPT.search(
        sentence
    ):
        return "site_established"  # "The United States maintains a base at Al-Tanf"
    if ("located" in lower or "situated" in lower) and _BASE_LOCATED.search(sentence):
        return "military_site"  # "The U.S. base is strategically located near the borders"
    if ("war" in lower or "mission" in lower or "occupation" in lower) and (
        "end" in lower and _WAR_ENDED.search(sentence)
    ):
        return "war_ended"
    if "combat" in lower and _COMBAT_ROLE.search(sentence):
        return "combat_role"
    return None


#: `_TAKES_A_CAPITAL` alone: a scan from its verb's first letter, cheaper than
#: `party_took_place`'s from every party name and force word, which most sentences with
#: "take" fail for want of a capital after it ("take part", "took the decision").
_TAKES_A_CAPITAL_SCAN = re.compile(_TAKES_A_CAPITAL)
#: The same verb-first scans for `party_rules`, `force_left_place` and `force_presses`,
#: whose force words and names come first.
_RULING_SCAN = re.compile(_RULING)
_LEAVING_SCAN = re.compile(_LEAVING)
_PRESSING_SCAN = re.compile(_PRESSING)
#: "the first areas the government lost": a party losing ground (`_GROUND_TAKEN`).
_PARTIES_LOST = tuple(
    f"the {party} {aux}lost"
    for party in ("government", "regime", "army", "rebels", "militants", "opposition")
    for aux in ("", "has ", "had ", "have ")
)
#: "territory it controls": a pronoun holding ground (`_GROUND_TAKEN`).
_PARTY_HOLDS = ("it control", "they control", "we control", "it hold", "they hold", "we hold")
#: A taker's "took" that `_GROUND_TAKEN` reads ("the towns it took", "the land the army
#: retook"): its subject and verb.
_PARTY_TOOK = (" it took", " they took", " we took", "retook")


# Substring tests that let `_military` skip a pattern on most sentences: a few `in`
# tests on the short lower-cased sentence cost less than one scan for any of the words.
def _may_be_taken(lower: str) -> bool:
    """Whether `taken_place` or `_GROUND_TAKEN` can match ("retaken" and "recaptured"
    hold the stems; `_GROUND_TAKEN` also reads "territory it controls")."""
    return (
        "taken" in lower
        or "captured" in lower
        or "seized" in lower
        or "overrun" in lower
        or "liberated" in lower
        or "conquered" in lower
        or "wrested" in lower
        or (("control" in lower or "hold" in lower) and any(p in lower for p in _PARTY_HOLDS))
        or (" lost" in lower and any(p in lower for p in _PARTIES_LOST))
        or any(p in lower for p in _PARTY_TOOK)
    )


def _may_keep_a_force(lower: str) -> bool:
    """Whether `_FORCE_KEPT` can match: a force kept, staying, or its number changing."""
    return (
        "keep" in lower
        or "kept" in lower
        or "maintain" in lower
        or "retain" in lower
        or "stay" in lower
        or "remain" in lower
        or "number of" in lower
        or " level" in lower
        or "numbers" in lower
    )


def _may_mark_ground(lower: str) -> bool:
    """Whether `_GROUND_MARKED` can match: one scan for its words (a position only where
    it is taken: "took up positions")."""
    found = _GROUND_MARK_WORDS.search(lower)
    while found is not None:
        if not found.group().startswith("position") or "took" in lower or "tak" in lower:
            return True
        found = _GROUND_MARK_WORDS.search(lower, found.end())
    return False


_GROUND_MARK_WORDS = substrings_regex(GROUND_MARK_CUES)


def _may_share_ground(lower: str) -> bool:
    """Whether `_GROUND_OF_FORCES` can match."""
    return (
        "in control of" in lower
        or "in the control of" in lower
        or (" between " in lower and ("split" in lower or "divided" in lower or "carved" in lower))
        or holds_any(lower, _RUN_BY)
        or "loss of" in lower
    )


def _may_name_presence(lower: str) -> bool:
    """Whether `_PRESENCE` can match."""
    return (
        "presence" in lower
        or "present " in lower
        or "build" in lower
        or "exercise" in lower
        or "combat operations" in lower
        or "began" in lower
        or "begun" in lower
        or "start" in lower
    )


def _may_be_active(lower: str) -> bool:
    """Whether `_FORCE_ACTIVE_IN` can match (it runs on every sentence with a force word
    that no other rule placed)."""
    return (
        "fighting" in lower
        or "moving" in lower
        or "engaged" in lower
        or "operat" in lower
        or "serv" in lower
        or "battling" in lower
        or "resisting" in lower
        or "holding out" in lower
    )


def _may_leave(lower: str) -> bool:
    """Whether `_PositionPatterns.force_left_place` can match: "left", "leave",
    "leaves" or "leaving" (the present of headlines: "Ukrainian troops leave Avdiivka"),
    or a verb of driving out, which needs "out of" or "from" after it ("forced" and
    "pushed" are common without)."""
    return (
        "left" in lower
        or "leav" in lower
        or (
            ("out" in lower or "from" in lower)
            and (
                "driven" in lower
                or "forced" in lower
                or "pushed" in lower
                or "chased" in lower
                or "ousted" in lower
                or "expelled" in lower
            )
        )
    )


def _may_rule(lower: str) -> bool:
    """Whether `_PositionPatterns.party_rules` can match."""
    return (
        "rule" in lower
        or " run" in lower
        or " ran " in lower
        or "govern" in lower
        or "sway" in lower
        or "power in" in lower
    )


def _may_strike_from(lower: str) -> bool:
    """Whether `_ATTACKS_FROM` can match: " from " is in most sentences, its nouns are
    not."""
    return "attack" in lower or "raid" in lower or "incursion" in lower


def _may_name_a_town(lower: str) -> bool:
    """Whether `_REACHED_NAMED_TOWN` can match: it needs one of its place nouns."""
    return (
        "town" in lower
        or "city" in lower
        or "village" in lower
        or "port" in lower
        or "district" in lower
    )


def _may_establish(lower: str) -> bool:
    """Whether `_SITE_ESTABLISHED` can match."""
    return "establish" in lower or "set" in lower or "buil" in lower or "construct" in lower


def _may_change_ground(lower: str) -> bool:
    """Whether `_GROUND_CHANGE` can match."""
    return (
        " over" in lower
        or " control" in lower
        or "lead" in lower
        or " led " in lower
        or "spearhead" in lower
        or "forced " in lower
        or "forcing " in lower
        or "expand" in lower
        or "expel" in lower
        or " back " in lower
    )


def _may_bid(lower: str) -> bool:
    """Whether `_BID_FOR_GROUND` can match."""
    return (
        "bid to" in lower
        or "attempt" in lower
        or "effort" in lower
        or "push to" in lower
        or "drive to" in lower
    )


def _may_assault(lower: str) -> bool:
    """Whether `lower` may hold one of `_ASSAULT_STEMS` (substring tests before the
    pattern, which few sentences can match)."""
    return any(stem in lower for stem in _ASSAULT_STEMS)


def _may_name_a_move(lower: str) -> bool:
    """Whether `_MOVE_TO_PLACE` can match."""
    return (
        "deploy" in lower
        or "withdraw" in lower
        or "pull" in lower
        or "patrols" in lower
        or "incursion" in lower
        or "drawdown" in lower
        or "move" in lower
        or "return" in lower
    )


def _may_place(lower: str) -> bool:
    """Whether `_PLACED_AT` can match."""
    return (
        "deploy" in lower
        or "stationed" in lower
        or "massed" in lower
        or "massing" in lower
        or " mass " in lower
        or "poised" in lower
        or "positioned" in lower
    )


def _may_name_a_frontier(lower: str) -> bool:
    """Whether `_FORCE_AT_FRONTIER` can match."""
    return "border" in lower or "front" in lower or "checkpoint" in lower or "zone" in lower


#: A force's checkpoints, outposts or garrisons (or "posts") at a named place right after
#: them ("a Kurdish checkpoint in Kalak", "their posts in Anderstown", "an army garrison
#: in Zacamil"): guideline §3(a)1, forces present at a place, named like a party's
#: positions.  Not a base, a site rather than the force in it ("The strike hit a military
#: base near Homs" places no one).
_POST_AT_PLACE = re.compile(
    r"\b(?:checkpoints?|outposts?|garrisons?|(?P<posts>posts))"
    r"\s+(?:in|near|at|around|outside)\s+"
    rf"(?:the\s+)?(?!(?i:{CALENDAR_WORDS})\b)[A-Z]"
)
#: Capitalised words before a post that name no owner ("A checkpoint in Kabul").
_NO_POST_OWNER = frozenset(("a", "an", "the", "this", "that", "one", "another", "every"))


def _party_post_at_place(sentence: str) -> bool:
    """Whether a party's checkpoint or outpost stands at a named place
    (`_POST_AT_PLACE`): the word before names its owner, a capitalised one ("Kurdish",
    "Israeli"), a military owner word ("army", "rebel") or "their"/"its".  Plain "posts"
    need an owner word or "their"/"its" ("Facebook posts in Arabic" are none); a
    checkpoint with no owner ("a checkpoint in Kabul") places no force."""
    for match in _POST_AT_PLACE.finditer(sentence):
        before = _WORD_BEFORE.search(sentence, max(0, match.start() - 30), match.start())
        if before is None:
            continue
        word = before.group(1)
        folded = word.casefold()
        if folded in _OWNER_WORDS or folded in ("their", "its"):
            return True
        if match.group("posts") is None and word[:1].isupper() and folded not in _NO_POST_OWNER:
            return True
    return False


def _named_position(sentence: str) -> bool:
    """'ISIS positions', 'a Syrian army position', 'positions of the ISIS …', 'their
    hideouts in Idlib'."""
    for match in _POSITION_WORD.finditer(sentence):
        before = _WORD_BEFORE.search(sentence[max(0, match.start() - 30) : match.start()])
        if before:
            word = before.group(1)
            # "a Jaish al-Islam position": the name's last part carries the capital
            if word.rpartition("-")[2][:1].isupper() and word.casefold() not in (
                "the",
                "its",
                "their",
            ):
                return True
            if word.casefold() in _OWNER_WORDS:
                return True
            if word.casefold() in ("their", "its") and _POSTS_PLACE_AFTER.match(
                sentence, match.end()
            ):
                return True
        if _POSITION_OWNER_AFTER.match(sentence, match.end()):
            return True
    return False


# -- military classes: a force placed by a participle, a party's sites at a place -------

#: Collective heads that name an armed party only after an armed modifier ("terrorist
#: organizations positioned in some eastern neighborhoods"; not "rights groups based in
#: London").
_ARMED_MODIFIERS = (
    *("terrorist", "armed", "militant", "rebel", "insurgent", "jihadist", "extremist"),
    "opposition",
)
_ARMED_COLLECTIVE = (
    rf"(?i:{'|'.join(_ARMED_MODIFIERS)})\s+(?i:groups?|organi[sz]ations?|factions?|cells?)"
)
#: Words between a force noun and its participle ("terrorists who were positioned",
#: "troops currently stationed"), a force sighted on the move among them (guideline
#: §3(a)2, movement: "tanks were seen moving towards the capital", "troops were
#: spotted heading into the city of Sumy").
_PLACED_FILLER = (
    r"(?:(?i:who|that|which)\s+)?"
    r"(?:(?i:are|were|is|was|have|has|had|been|being|now|still|currently|already|also"
    r"|reportedly|permanently|mainly|mostly|seen|spotted|sighted)\s+){0,3}"
)
#: The preposition before a force's place (`_AT_PLACE`), as the lower-cased cores below
#: read it; "off" places warships and troops at sea by a coast or a port (guideline
#: §3(a)1, presence: "Russian warships anchored off Tartus", "a carrier positioned off
#: the Korean peninsula").
_AT_PLACE_WORDS = r"(?:in|inside|at|near|along|around|on|across|outside|throughout|off)"
_AT_PLACE = rf"(?i:{_AT_PLACE_WORDS})\s+"


def _named_place(territory: str) -> str:
    """A place right after `_AT_PLACE`: a name (a capital, or an Arabic article's name such
    as "al-Msheirfeh"), or ground named by a territory noun ("some eastern
    neighborhoods"), a few lower-case words before either; a day or a month is no place
    ("on Tuesday")."""
    return (
        r"(?:(?i:the|some|several|a|an|its|their)\s+)?(?:[a-z-]+\s+){0,3}?"
        rf"(?:(?!(?i:{CALENDAR_WORDS})\b)[A-Z]|(?:al|el|ad|ar|as|at|an)-"
        rf"|(?i:{territory})(?![\w-]))"
    )


#: Control of ground stated in the passive or by a place freed from it (guideline §3(a)3,
#: control of territory): "control was established over Telal Hakema", "a village …
#: had been liberated from Russian control"; the owner's word before "control" keeps out
#: "freed from control" of nobody in particular.
_CONTROL_PASSED = re.compile(
    r"\bcontrol\s+(?:was|were|has\s+been|had\s+been|have\s+been|is|being)\s+"
    r"(?:[a-z]+ly\s+)?(?:established|imposed|restored|re-?established|extended|asserted"
    r"|regained|secured)\s+over\b"
    r"|\b(?:liberated|freed|wrested|retaken|recaptured|taken|captured|seized|won)\s+"
    r"(?:back\s+)?from\s+(?:the\s+)?(?:[\w'’-]+\s+){1,2}?control\b",
    re.IGNORECASE,
)


#: The verbs that carry equipment or a force over a border, for `equipment_moved`.
_CARRIED_OVER = (
    *("push", "pushes", "pushed", "pushing", "send", "sends", "sent", "sending"),
    *("move", "moves", "moved", "moving", "bring", "brings", "bringing", "brought"),
    *("transferred", "transferring", "ferry", "ferries", "ferried", "ferrying"),
)
#: What equipment or a force is carried over, for `equipment_moved`.
_BORDER_WORDS = ("border", "frontier")

#: The cores of `_MilitaryClassPatterns.holding_at`, `.present_now`, `.ground_of_forces`
#: and `.sent_from`, run on the lower-cased sentence after a substring test: a scan from
#: these rarer words costs a fraction of the full pattern's from every force word, which
#: most sentences holding the substring fail.
#: A party's own ground or lines ("their positions", "its lines"), for `holding_at`.
_HELD_GROUND = r"(?:their|its|our|his|her)\s+(?:positions?|ground|lines?)\s+"
#: A copula with an adverb of time now ("is currently", "remained still"), for
#: `present_now`.
_PRESENT_NOW = r"(?:is|are|was|were|remains?|remained)\s+(?:currently|now|still|already)\s+"
#: Ground passing between parties or full of them, for `ground_of_forces`.
_GROUND_BETWEEN_FORCES = (
    r"pass(?:ed|es|ing)?\s+(?:back\s+and\s+forth\s+)?between"
    r"|(?:rife|crawling|teeming|infested|swarming)\s+with"
)
#: Sent or withdrawn from somewhere, for `sent_from`.
_SENT_FROM = (
    r"(?:sent|deployed|dispatched|flown|airlifted|transferred|redeployed|withdrawn|pulled)"
    r"\s+(?:(?:in|out|back)\s+)?from"
)
#: The lower-case cores of `holding_at`, `present_now`, `ground_of_forces` and
#: `sent_from`, built from the same parts: cheap tests before the patterns.
_HOLDING_CORE = re.compile(rf"\b{_HELD_GROUND}{_AT_PLACE_WORDS}\s")
_PRESENT_NOW_CORE = re.compile(rf"\b{_PRESENT_NOW}{_AT_PLACE_WORDS}\s")
_GROUND_OF_FORCES_CORE = re.compile(rf"\b(?:{_GROUND_BETWEEN_FORCES})\s")
_SENT_FROM_CORE = re.compile(rf"\b{_SENT_FROM}\s")


@dataclass(frozen=True)
class _MilitaryClassPatterns:
    """Military wordings for which `_PositionPatterns` has no pattern.

    The four that open with long caseless alternations (`placed`, `owned_site`,
    `moving`, `equipment_moved`) are `WordScan`s of the terms their branches open with:
    the regex engine cannot skip through such an alternation by first character, so a
    search tries it at every character, where `_military_class` matches them only where
    a run of the sentence's letters is one of those terms' leads (`_Runs`).  The
    `*_leads` are the leads of a word each of those patterns needs elsewhere, tested
    first; the `*_hint` substring scans guard the plain searches that run where the
    sentence cannot be lower-cased for them (`lower_for_caseless` gives None)."""

    #: Finds any of the vocabulary's placement participles, which `placed` needs.
    placed_hint: re.Pattern[str]
    #: The placement participles' leads (their words stand between whitespace in
    #: `placed`).
    participle_leads: frozenset[bytes] | None
    #: A force, fighter noun or armed collective placed at a place by a participle of the
    #: vocabulary's `placement_participles` (guideline §3(a)1, presence): "terrorists
    #: positioned in al-Msheirfeh village", "troops stationed in the region".
    placed: WordScan
    #: Finds any of the vocabulary's armed site nouns, which `owned_site` needs.
    site_hint: re.Pattern[str]
    #: The armed site nouns' leads (a noun stands between word boundaries in both
    #: branches of `owned_site`).
    site_leads: frozenset[bytes] | None
    #: An armed site noun before "of" or a preposition, on the lower-cased sentence: the
    #: core `owned_site` needs, tried where `site_hint` finds a noun.
    site_core: re.Pattern[str]
    #: A party's sites or gatherings at a place (the vocabulary's `armed_site_nouns`;
    #: guideline §3(a)1, named positions even as strike targets): "gatherings and
    #: fortifications of ISIL terrorists in al-Kassarat area", "an Islamic State
    #: explosives depot in the northern Syrian town of Dabiq".
    owned_site: WordScan
    #: A force, fighter noun, armed collective or named armed group moving toward or into
    #: a place (the vocabulary's `directed_motion_verbs`; guideline §3(a)2): "the
    #: terrorist group which was moving from al-Lajat area toward the northern
    #: countryside of Sweida"; "moved towards civilian rule" names no place.
    moving: WordScan
    #: A control modifier written without its hyphen, as texts stripped of punctuation
    #: write it (guideline §3(a)3, "X-held"): "Aleppos opposition held Kadi Askar",
    #: "government controlled Jamiliyah"; the owner a word of `_OWNER_WORDS` or a named armed
    #: group, the place right after (a name, or ground after at most two adjectives), so
    #: that "the government held talks in Geneva" holds nothing.
    unhyphened_control: _LazyPattern
    #: Positions or ground held at a place, whoever holds them (guideline §3(a)3, hold):
    #: "they were holding their position at the transportation hub of Sibut", "the army
    #: kept its lines near Avdiivka".
    holding_at: _LazyPattern
    #: A force said to be at a place now, a few words after its noun (guideline §3(a)1,
    #: presence): "A U.S. Navy battle group led by the aircraft carrier Kitty Hawk is
    #: currently in the northern Arabian Sea"; the adverb of time makes the copula state
    #: where the force is.
    present_now: _LazyPattern
    #: Finds the equipment nouns, "border" or "frontier", one of which `equipment_moved`
    #: needs.
    equipment_hint: re.Pattern[str]
    #: The leads of the same words (each stands between word boundaries in
    #: `equipment_moved`).
    equipment_leads: frozenset[bytes] | None
    #: A force's equipment (the vocabulary's `military_equipment_nouns`) entering or
    #: crossing into a place, or equipment or a force pushed or sent over or across a
    #: border (guideline §3(a)2): "fresh Russian military equipment entering Ukraine",
    #: "pushing more military equipment over the border".
    equipment_moved: WordScan
    #: Ground passing between forces, or full of them (guideline §3(a)1 and 3, presence
    #: and control): "Villages and towns outside Aleppo have passed between
    #: pro-government and insurgent fighters", "The desert south and east of Deir ez-Zor
    #: … is rife with insurgents".
    ground_of_forces: _LazyPattern
    #: A force sent or withdrawn from a named place (guideline §3(a)2, movement relative
    #: to a place): "the 11,000 troops sent from North Korea", "units withdrawn from
    #: Kherson"; the place a name, since "sent from the front line to rest" or "sent from
    #: home" say less.
    sent_from: _LazyPattern


@lru_cache(maxsize=16)
def _military_class_patterns(compiled: Patterns) -> _MilitaryClassPatterns:
    vocabulary = compiled.vocabulary
    territory = terms_pattern(vocabulary.territory_nouns)
    place = _named_place(territory)
    force_words = tuple(
        w for w in position_force_words(vocabulary) if w.casefold() not in _CIVIL_TOO
    )
    forces = terms_pattern(force_words, word_start=True)
    participles = terms_pattern(vocabulary.placement_participles)
    placed = re.compile(
        rf"(?:(?i:{forces})|\b{_ARMED_COLLECTIVE})(?![\w-])\s+{_PLACED_FILLER}"
        rf"(?i:{participles})\s+{_AT_PLACE}{place}"
    )
    sites = terms_pattern(vocabulary.armed_site_nouns)
    groups = terms_pattern(vocabulary.armed_group_names, fold=False)
    owners = rf"(?:(?i:{terms_pattern(vocabulary.fighter_nouns)})|{groups}|{_ARMED_COLLECTIVE})"
    owned_site = re.compile(
        # "gatherings and movements of al-Nusra terrorists in al-Karak neighborhood"
        rf"\b(?i:{sites})(?:\s+(?i:and)\s+[\w-]+)?\s+(?i:of)\s+(?:(?i:the)\s+)?"
        rf"(?:[\w'’-]+\s+){{0,2}}?{owners}(?![\w-])(?:\s+[\w'’-]+){{0,3}}?\s+{_AT_PLACE}{place}"
        # "an Islamic State explosives depot in … Dabiq"
        rf"|(?<![\w-]){groups}(?:['’]s?)?\s+(?:[a-z-]+\s+){{0,2}}?(?i:{sites})\s+{_AT_PLACE}{place}"
    )
    motion = terms_pattern(vocabulary.directed_motion_verbs)
    moving = re.compile(
        rf"(?:(?i:{forces})|\b{_ARMED_COLLECTIVE}|(?<![\w-]){groups})(?![\w-])\s+"
        rf"{_PLACED_FILLER}(?i:{motion})\s+(?:(?i:away|back|deeper|further)\s+)?"
        r"(?:(?i:from)\s+(?:[\w'’-]+\s+){1,4}?)?(?i:towards?|toward|into)\s+"
        rf"{place}"
    )
    owner_words = terms_pattern(_OWNER_WORDS)
    unhyphened_control = _LazyPattern(
        rf"(?:\b(?i:{owner_words})|(?<![\w-]){groups})\s+(?i:held|controlled|occupied)\s+"
        rf"(?:(?!(?i:{CALENDAR_WORDS})\b)[A-Z]|(?:[a-z-]+\s+){{0,2}}?(?i:{territory})(?![\w-]))"
    )
    holding_at = _LazyPattern(
        r"\b(?i:hold|holds|holding|held|maintain|maintains|maintained|maintaining|keep|keeps"
        rf"|keeping|kept)\s+(?i:{_HELD_GROUND}){_AT_PLACE}{place}"
    )
    present_now = _LazyPattern(
        rf"(?i:{forces})(?![\w-])(?:\s+[\w.'’-]+){{0,8}}?\s+"
        rf"(?i:{_PRESENT_NOW}){_AT_PLACE}{place}"
    )
    equipment = terms_pattern(vocabulary.military_equipment_nouns, word_start=True)
    equipment_moved = re.compile(
        rf"(?i:{equipment})(?![\w-])\s+(?:[\w-]+\s+){{0,2}}?"
        r"(?i:enter(?:s|ed|ing)?|cross(?:es|ed|ing)?(?:\s+into)?|(?:roll|pour|mov)(?:e|es|ed|ing|s)?"
        rf"\s+into)\s+{place}"
        rf"|\b(?i:{terms_pattern(_CARRIED_OVER)})\s+(?:[\w-]+\s+){{0,3}}?"
        rf"(?:(?i:{equipment})|(?i:{forces}))(?![\w-])\s+(?i:over|across)\s+(?i:the\s+)?"
        rf"(?:[\w-]+\s+)?(?i:{'|'.join(_BORDER_WORDS)})\b"
    )
    ground_of_forces = _LazyPattern(
        rf"\b(?i:{_GROUND_BETWEEN_FORCES})\s+(?:[\w'’-]+\s+){{0,4}}?"
        rf"(?i:{forces})(?![\w-])"
    )
    sent_from = _LazyPattern(
        rf"(?i:{forces})(?![\w-])\s+{_PLACED_FILLER}"
        rf"(?i:{_SENT_FROM})\s+(?:(?i:the)\s+)?"
        rf"(?!(?i:{CALENDAR_WORDS})\b)[A-Z]"
    )
    equipment_words = (*vocabulary.military_equipment_nouns, *_BORDER_WORDS)
    return _MilitaryClassPatterns(
        substrings_regex(vocabulary.placement_participles),
        term_leads(vocabulary.placement_participles),
        WordScan(placed, (*force_words, *_ARMED_MODIFIERS)),
        substrings_regex(vocabulary.armed_site_nouns),
        term_leads(vocabulary.armed_site_nouns),
        re.compile(rf"(?<![\w-]){sites}\s+(?:(?:and\s+[\w-]+\s+)?of|{_AT_PLACE_WORDS})\s"),
        WordScan(owned_site, (*vocabulary.armed_site_nouns, *vocabulary.armed_group_names)),
        WordScan(moving, (*force_words, *_ARMED_MODIFIERS, *vocabulary.armed_group_names)),
        unhyphened_control,
        holding_at,
        present_now,
        substrings_regex(equipment_words),
        term_leads(equipment_words),
        WordScan(equipment_moved, (*vocabulary.military_equipment_nouns, *_CARRIED_OVER)),
        ground_of_forces,
        sent_from,
    )


def _placed_by_participle(
    sentence: str, lower: str, runs: _Runs | None, classes: _MilitaryClassPatterns
) -> bool:
    """Whether `classes.placed` places a force, civil staff aside (`runs`: the
    sentence's runs, None where it cannot be lower-cased for them)."""
    if runs is None:
        found = (
            list(classes.placed.pattern.finditer(sentence))
            if classes.placed_hint.search(lower)
            else []
        )
    elif runs.hold_a_lead(classes.participle_leads):
        found = runs.matches(classes.placed, sentence)
    else:
        return False
    return any(not _civil_staff(lower, match.start()) for match in found)


def _owns_a_site(
    sentence: str, lower: str, runs: _Runs | None, classes: _MilitaryClassPatterns
) -> bool:
    """Whether `classes.owned_site` finds a party's sites at a place (`runs` as for
    `_placed_by_participle`)."""
    if runs is None:
        return bool(
            classes.site_hint.search(lower)
            and classes.site_core.search(lower)
            and classes.owned_site.pattern.search(sentence)
        )
    return runs.hold_a_lead(classes.site_leads) and runs.find(classes.owned_site, sentence)


def _moves_equipment(
    sentence: str, lower: str, runs: _Runs | None, classes: _MilitaryClassPatterns
) -> bool:
    """Whether `classes.equipment_moved` finds equipment or a force moved (`runs` as for
    `_placed_by_participle`)."""
    if runs is None:
        return bool(
            classes.equipment_hint.search(lower)
            and classes.equipment_moved.pattern.search(sentence)
        )
    return runs.hold_a_lead(classes.equipment_leads) and runs.find(
        classes.equipment_moved, sentence
    )


def _military_class(
    sentence: str, lower: str, runs: _Runs | None, compiled: Patterns
) -> str | None:
    """The rule of a military wording `_military` and the force rules leave out, or None:
    a force placed by a participle ("force_placed"; the incident it took part in does not
    undo it: "terrorists positioned in al-Msheirfeh village fired shells"), or a party's
    sites at a place ("named_position"), or control established in the passive or a
    place freed from a party's control ("control_verb"), a force moving toward or into
    a place ("force_movement"), a control modifier without its hyphen
    ("control_modifier"), positions held at a place ("control_verb"), a force at a place
    now ("force_placed"), equipment or a force moved into a place or over a border
    ("force_movement"), ground passing between forces or full of them
    ("control_modifier"), a force sent from a named place ("force_movement"), ground
    cut off by a force ("force_movement"), a force reaching a named place
    ("force_movement"), or a force's craft showing up off a coast ("force_placed").

    `lower` is `ascii_lower(sentence)`; `runs` are the sentence's runs of letters, split
    once for the patterns that open with long alternations (`_MilitaryClassPatterns`),
    None where `lower_for_caseless` gives no lowered form."""
    classes = _military_class_patterns(compiled)
    if _placed_by_participle(sentence, lower, runs, classes):
        return "force_placed"
    if _owns_a_site(sentence, lower, runs, classes):
        return "named_position"
    if "control" in lower and _CONTROL_PASSED.search(sentence):
        return "control_verb"
    if ("toward" in lower or "into" in lower) and (
        classes.moving.pattern.search(sentence)
        if runs is None
        else runs.find(classes.moving, sentence)
    ):
        return "force_movement"
    if (
        " held " in lower or " controlled " in lower or " occupied " in lower
    ) and classes.unhyphened_control.search(sentence):
        return "control_modifier"
    if (
        ("position" in lower or "ground" in lower or "line" in lower)
        and _HOLDING_CORE.search(lower)
        and classes.holding_at.search(sentence)
    ):
        return "control_verb"
    if (
        ("currently" in lower or "now" in lower or "still" in lower or "already" in lower)
        and _PRESENT_NOW_CORE.search(lower)
        and classes.present_now.search(sentence)
    ):
        return "force_placed"
    if _moves_equipment(sentence, lower, runs, classes):
        return "force_movement"
    if (
        (" with " in lower or "between" in lower)
        and _GROUND_OF_FORCES_CORE.search(lower)
        and classes.ground_of_forces.search(sentence)
    ):
        return "control_modifier"
    if " from " in lower and _SENT_FROM_CORE.search(lower) and classes.sent_from.search(sentence):
        return "force_movement"
    if " off " in lower and "cut" in lower and _CUT_OFF_GROUND.search(lower):
        return "force_movement"
    if "reach" in lower and _FORCE_REACHED_PLACE.search(sentence):
        return "force_movement"
    if " off " in lower and _CRAFT_OFF_A_COAST.search(sentence):
        return "force_placed"
    return None
