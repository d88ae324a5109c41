"""Stances (guideline §3b): an attributed actor's demands, refusals, threats, warnings,
pledges, support, opposition, condemnation, vetoes and votes, and stated aims ("aimed
at", "wants to", "Iran would respond decisively").

A stance needs an actor: the subject of the cue, or the speaker when the cue sits in a
quotation; the author's own opinions have neither, and neither do rhetorical questions.
`positions.detect_positions` asks `sentence_stance` for each sentence whose cue bits
(`patterns.sentence_cues`) hold a stance cue or a modal, and joins what it finds to the
sentence's military position, if any.  The rules live apart from the military ones
because they read speakers and subjects (`speakers`), not forces and ground.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from annotator.detection.patterns import (
    CALLS_FOR_HELP,
    CUE_WINDOW,
    PACT_NOUNS,
    SUBJECT_START,
    WARNING_AS_NOUN_BEFORE,
    Caseless,
    CueContext,
    CueContexts,
    Patterns,
    terms_pattern,
)
from annotator.detection.speakers import (
    SUBJECT_PRONOUNS,
    LeftPhrases,
    Lexicon,
    sentence_subject,
    strip_np,
)
from annotator.detection.vocabulary import (
    AGAINST_TERMS,
    AIM_NAMED_TERMS,
    AIM_OF_TERMS,
    AIM_TO_TERMS,
    APPLICATION_TERMS,
    ATTEMPT_TERMS,
    BANNING_VERBS,
    BLOCKING_TERMS,
    CAUTIONING_TERMS,
    CONDEMNING_WORDS,
    CONDITION_TERMS,
    FAVOURING_TERMS,
    LABELLING_VERBS,
    NEED_TERMS,
    OWNED_POSITION_TERMS,
    PLAN_REJECTING_VERBS,
    PRAISING_TERMS,
    RECOGNISING_TERMS,
    REFUSED_COURSES,
    SANCTIONING_VERBS,
    STANDING_WITH_TERMS,
    SWORN_TERMS,
    Vocabulary,
)

_ACCUSED_OF_BACKING = Caseless(
    # blaming is the same charge ("Kabul blamed Islamabad for harbouring the insurgents")
    r"\b(?:accus\w*\s+(?:[\w-]+\s+){0,3}?of|blam(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,3}?for)"
    r"\s+[“\"]?(?:supporting|backing|arming|funding|"
    r"sponsoring|aiding|harbouring|harboring|providing|supplying|sheltering|sending"
    # a charge of breaking a truce or a border ("accused Russia of a ‘blatant violation’")
    r"|(?:an?\s+)?[‘'“\"]?(?:(?:blatant|flagrant|clear|serious)\s+)?violat\w*|aggression|invading)\b"
)
#: Nouns of a stance that take "to", "for" or "that" ("Colombia's request to …").
_STANCE_NOUNS = (
    "request|requests|demand|demands|call|calls|plan|plans|pledge|proposal|ultimatum|refusal"
    "|decision|offer|bid|threat|vow|desire|aim|goal|intention|strategy|commitment|insistence"
)
#: A stance named by the noun of its verb, with the preposition that verb's object takes
#: ("Russia's rejection of the plan", "Turkey's opposition to the bid", "Ankara's
#: insistence on a buffer zone", "India's abstention on the resolution").
_STANCE_NOUNS_OF = (
    "rejection|refusal|opposition|recognition|non-recognition|condemnation|support|backing"
    "|acceptance|endorsement|veto|abstention|insistence"
)
#: The possessive's "s" and the stance noun after an owner (`_OWNED_STANCE`); the quote
#: mark before the "s" is tested behind it, so that a scan for these words alone starts
#: from the letter, which the regex engine skips to.
_OWNED_NOUN = (
    r"s(?<=['’]s)\s+(?:[a-z][\w-]*\s+)?"
    # (not a reporter's "requests for comment": "did not respond to ICIJ's requests for
    # comment" is silence, no stance)
    rf"(?:(?:{_STANCE_NOUNS})\s+(?:to|for(?!\s+comments?\b)|that)|(?:{_STANCE_NOUNS_OF})\s+(?:of|to|on)"
    # an aim named by its noun and "is" ("Moscow's ultimate aim is the partition of …")
    r"|(?:aims?|goals?|objectives?|polic(?:y|ies))\s+(?:is|was|are|were|remains|remained))\b"
)
#: A stance named by a noun its owner holds: "Colombia's request to extradite the
#: rebels", "Moscow's demand for guarantees", "Trump's decision to withdraw", "Obama's
#: multi-year plan to roll back Islamic State fighters", "Obama's desire to fight".
_OWNED_STANCE = re.compile(rf"\b(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,3}})['’]{_OWNED_NOUN}")
#: The words after the owner of every `_OWNED_STANCE` match: its cheap test, where the
#: whole pattern, its word-start check first, is tried at every character.
_OWNED_NOUN_SCAN = re.compile(_OWNED_NOUN)
#: "by" and the owner after a noun of `_STANCE_BY_OWNER`.
_BY_OWNER = (
    r"by\s+(?:the\s+)?(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+(?:to|for|that|of|on)\b"
)
#: The nouns of rejection, opposition and the like, and a threat, with their owner, a
#: name, after "by" ("The refusal by Turkey to allow US jets …", "The rejection by Hamas
#: of the plan", "the threat by Pyongyang to test a missile"); not "a decision by X to",
#: which annotators leave when X is someone else's subject ("the decision by Johnson to
#: cancel the visit shows …, the ministry said").
_STANCE_BY_OWNER = re.compile(rf"\b(?:{_STANCE_NOUNS_OF}|threat)\s+{_BY_OWNER}")
#: The words after the noun of every `_STANCE_BY_OWNER` match: its cheap test, a scan
#: from the literal "by", where the whole pattern, its word-start check first, is tried
#: at every character.
_BY_OWNER_SCAN = re.compile(_BY_OWNER)
#: What parties agree, as a plan of action (guideline §3b: "agreement to a plan").
_PLAN = (
    r"(?i:assistance|aid|deal|plans?|ceasefire|cease-fire|truce|move|withdrawal|pull-?out"
    r"|drawdown|accord|agreement|pact|treaty|deployment|sanctions|package|resolution"
    r"|road\s*map|framework|compromise|settlement|swap|evacuation|handover|mission"
    r"|cooperation)"
)
#: The party named after "by" of a passive, a name up to a time, a place or the end of
#: its clause ("by New Zealand Spain and Egypt.", "by David Cameron last night").
_AGENT = (
    r"(?P<agent>[A-Z][^.;,]{2,80}?)"
    r"(?=\s+(?:this|last|on|in|at|during|over|yesterday|today|earlier)\b|\s*[.;,]|\s*$)"
)
#: A plan agreed, active or passive: "Prime Minister David Cameron agreed the withdrawal
#: of 4,000 British troops", "David Cameron agreed move with President Obama", "the
#: military said it has agreed a ceasefire with their captors", "Assistance was agreed in
#: a phone call between David Cameron and French President Francois Hollande" (the
#: `agent` after "between" or "by"); not an opinion shared ("agreed the Russian move was
#: a mistake") nor a plan named by when it was agreed ("the reform plans agreed in 2000").
_AGREED_PLAN = re.compile(
    r"\bagreed\s+(?:(?:a|an|the|to\s+a)\s+)?(?:[\w-]+\s+){0,3}?"
    rf"{_PLAN}\b(?!\s+(?:was|were|is|are|had|has|would|will|could)\b)"
    rf"|\b{_PLAN}\s+(?:[\w'’-]+\s+){{0,4}}?(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:(?:reportedly|already|now|also|finally)\s+)?agreed\b"
    rf"(?:[^.;]{{0,60}}?\b(?:between|by)\s+{_AGENT})?"
)
#: "ordered missile strikes against", "a resolution ordering an end to sieges": an
#: actor's decision to use, move or stop force is a stated policy.
_ORDERED_ACTION = re.compile(
    r"(?<!\bin\s)\border(?:s|ed|ing)\s+(?:[\w-]+\s+){0,3}?(?:air\s*strikes?|strikes?|attacks?|offensive"
    r"|invasion|withdrawal|pull-?out|deployment|blockade|ceasefire|troops|forces|military|army"
    r"|an\s+end\s+to)\b",
    re.IGNORECASE,
)

#: A truce declared or announced, its words between ("Syria declared brief local
#: truces near Damascus", "the army chief announced the truce"): agreement to a plan
#: (guideline §3b), as "declared a ceasefire" (a stance verb) is; not a truce that was
#: "previously announced".
_DECLARED_TRUCE = re.compile(
    r"(?<!ly\s)\b(?:declared|declares|announced|announces)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:truces?|ceasefires?|cease-fires?)\b"
)
#: An envoy expelled or summoned ("Ukraine expelled the Russian ambassador", "Berlin
#: summoned the Iranian envoy", "Poland expels 45 Russian diplomats"): opposition to the
#: envoy's state shown by a measure against it (guideline §3b), as "expelled the
#: ambassador" (a stance verb) is, with the envoy's nationality or number between.
_ENVOYS = ("ambassador", "envoy", "diplomat", "chargé", "charge d")
_ENVOY_EXPELLED = re.compile(
    r"\b(?:[Ee]xpel(?:s|led|ling)?|[Ss]ummon(?:s|ed|ing)?)\s+(?:(?:the|its|their|an?|all"
    r"|\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens\s+of)\s+)?"
    rf"(?:[A-Z][\w-]*\s+){{0,2}}(?:{'|'.join(_ENVOYS)})"
)
#: The bodies a party leaves or suspends its part in (`_PACT_LEFT`).
_PACTS = (
    *("alliance", "bloc", "treaty", "pact", "accord", "agreement", "coalition", "union"),
    # a deal between states ("Russia withdrew from the grain deal", "quit the nuclear deal")
    "deal",
    *("federation", "community", "organisation", "organization"),
)
#: A party's part in a body, which it suspends (`_PACT_LEFT`).
_PACT_PARTS = ("participation", "membership")
#: The words one of which every `_PACT_LEFT` match holds: its cheap test.
_PACT_WORDS = (*_PACTS, *_PACT_PARTS)
#: A party leaving an alliance or a pact ("Mali withdrew from the G5 Sahel alliance",
#: "The United States left the Paris climate agreement", "Burkina Faso quit the
#: regional bloc", "Russia suspended its participation in the treaty"): a refusal or a
#: decision announced (guideline §3b), as leaving talks is.
_PACT_LEFT = re.compile(
    r"\b(?:(?:withdr[ae]w[ns]?|withdrawing|pull(?:s|ed|ing)?\s+out|quit(?:s|ting)?"
    r"|le(?:ft|aves?|aving)|exit(?:s|ed|ing)?)\s+(?:from\s+|of\s+)?the\s+(?:[\w-]+\s+){0,3}?"
    rf"(?i:{'|'.join(_PACTS)})\b(?!\s+(?:hall|building|offices?|headquarters|meeting)\b)"
    rf"|suspend(?:s|ed|ing)?\s+(?:its|their)\s+(?:{'|'.join(_PACT_PARTS)})\s+in\b)"
)
#: The verbs of backing an armed party (`StancePatterns.backed`), each a stem and its
#: endings as the pattern reads them: the stems, each a word start, are the pattern's
#: cheap test.
_BACKING_FORMS = (
    ("fund", "(?:s|ed|ing)?"),
    ("financ", "(?:e|es|ed|ing)"),
    ("bankroll", "(?:s|ed|ing)?"),
    ("shelter", "(?:s|ed|ing)"),
    ("harbo", "u?r(?:s|ed|ing)"),
    ("train", "(?:s|ed|ing)"),
)
_BACKING_STEMS = tuple(stem for stem, _ in _BACKING_FORMS)
_BACKING_VERBS = "|".join(stem + endings for stem, endings in _BACKING_FORMS)
#: "will" or "would" as a word: the word-start test sits after the modal's first letter,
#: so that a pattern starting with it starts with a literal letter (as `terms_pattern(…,
#: word_start=True)` does), which the regex engine skips ahead to.
_WILL_OR_WOULD = r"w(?<![\w-]w)(?:ill|ould)"
#: A modal and an adverb or two before one of the vocabulary's intent verbs
#: (`StancePatterns.intent`); each modal's word-start test sits after its first letter,
#: as in `_WILL_OR_WOULD`.
_INTENT_LEAD = (
    rf"(?:{_WILL_OR_WOULD}|s(?<![\w-]s)hall|c(?<![\w-]c)an|g(?<![\w-]g)oing\s+to)\s+"
    # "would only disarm once …": a condition on the intent (guideline §3b, conditions)
    r"(?:not\s+|never\s+|also\s+|only\s+|continue\s+to\s+)?"
)
#: "will" or "would" and up to four words (a quote mark may open any of them) before a
#: consequence (`StancePatterns.consequence`): "would make Australia a greater target",
#: "would be met by “a strong response”".
_CONSEQUENCE_LEAD = rf"{_WILL_OR_WOULD}\s+(?:[‘'“\"]?[\w’'-]+\s+){{0,4}}?[‘'“\"]?"
#: The party before the modal: a subject pronoun, a name ("Iran would", "we are going
#: to") or a party's common noun, searched back from the modal.
_INTENT_SUBJECT = re.compile(
    rf"{SUBJECT_START}(?P<subject>[Ww]e|[Tt]hey|[Ii]t|[Hh]e|[Ss]he"
    # a name of up to three capitalised words ("The United States will")
    r"|(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'.-]*|"
    # a party named by a common noun ("his troops would target", "the delegation would
    # stay", "that country will seek")
    r"(?<=[a-z] )(?:forces|troops|force|army|military|delegation|country|government"
    # a party's armed or political struggle, which its side vows to carry on ("The
    # Euphrates Shield operation will continue", "our revolution will continue")
    r"|(?P<struggle>operations?|campaign|revolution|struggle|resistance|offensive|fighting)))"
    # "we are going to", "we're going to", "we're clearly not going to"
    r"(?:\s+(?:(?:are|is|am)\s+)?|['’]re\s+)(?:[a-z]+ly\s+)?(?:not\s+)?$"
)

#: A question word right before the party: what it will do is asked, not declared
#: ("they don't know where we're going to strike next").
_ASKED_BEFORE = re.compile(r"\b(?:where|what|how|whether)\s+[‘'“\"]?$", re.IGNORECASE)
#: A conjunction that opens a clause with its own subject.
_CLAUSE_START = re.compile(r"\b(?:since|after|when|because|while|until|before|but)\s+")
#: Of the acts called for below, those only an armed party does: whoever is called on to
#: do them ("called on him to surrender", of a rebel leader) is such a party, pronoun or
#: not.
_ARMED_ACTS = ("surrender", "disarm", "lay down")
#: What `_URGED_STATE` calls on anyone to do ("to leave").  A sentence with "told" gets
#: the stance bit only where `_TOLD_TO_ACT` finds a call to act.
_ACTS_CALLED_FOR = (
    *("leave", "withdraw", "evacuate", *_ARMED_ACTS, "step down"),
    *("quit", "cease", "pull out", "return to work", "flee"),
)
_ACTS_ALTERNATION = "|".join(act.replace(" ", r"\s+") for act in _ACTS_CALLED_FOR)
#: Verbs of urging or calling on a party, in each of `_URGED_STATE`'s branches.
_URGE = r"urg(?:e|es|ed|ing)"
_CALLED_ON = r"call(?:s|ed)\s+on"
#: The opening of a second party urged with the first, named by a list of what it is
#: ("and all military, political, and social actors").
_AND_LISTED = r",?\s+and\s+(?:all\s+)?(?:[a-z]+,\s+){0,3}(?:and\s+)?"
#: Parties named by their stake or part in a conflict ("the stakeholders", "all social
#: actors"): urged only to end the fighting is that a demand on a party.
_STAKEHOLDERS = r"(?:(?:the|all)\s+)?(?:[\w-]+\s+)?(?:stakeholders|actors)"
#: Pressing a party to act is urging it ("Washington is pressing Ankara to end the
#: operation", "The EU pressured Belgrade to recognise the vote").
_PRESS = r"press(?:es|ed|ing|ur(?:e|es|ed|ing))?"
#: Whom telling or asking to act states no party's stance: a person in a household or
#: the press (`_URGED_STATE`, `_TOLD_TO_ACT`).
_NO_PARTY = r"(?:her|him|them|me|us|you|the\s+neighbou?rs|reporters|journalists)"
#: A party urged or called on ("the Security Council", "all warring sides"): a name,
#: or a party named by its role ("called on the regime's leader to step down").
_URGED_PARTY = (
    r"(?:the\s+|an?\s+)?(?:(?:al-|el-)?[A-Z][\w.-]*(?:\s+[A-Z][\w-]*)*(?:\s+coalition)?"
    r"|(?:[\w’'-]+\s+){0,2}?(?:(?:tiers|levels|arms)\s+of\s+)?"
    r"(?:leaders?|governments?|regime|president|authorities|army|"
    # the state's agencies ("called on … the security agents to come together")
    r"agencies|agents|institutions|"
    r"forces|militants|rebels|fighters|troops|soldiers|community|communities|powers"
    r"|countries|states|sides|parties"
    r"|groups|factions|coalition|alliance|allies"
    # the parties to a conflict by their part in it
    r"|belligerents|combatants"
    # a ruling or armed party named by its role ("urged the junta to hand over power",
    # "called on the separatists to lay down their arms")
    r"|juntas?|administration|opposition|militias?|separatists|insurgents"
    # the powers that decide a measure ("ICC prosecutor urges judges to rule on
    # warrants", "called on lawmakers to reject the bill")
    r"|judges|courts?|judiciary|parliaments?|lawmakers|legislators|legislature|senators))"
)
#: "urged Russia to …": urging a named party is a demand ("We urge people to …" is not).
_URGED_STATE = re.compile(
    rf"\b(?:{_URGE}|ask(?:s|ed)?|{_PRESS}|call(?:s|ed|ing)\s+(?:up)?on)"
    # "urged Israel and the Palestinians to", "called on the US-led coalition carrying out
    # strikes over Syria and Iraq to broaden", "called on 'all warring sides to avoid'"
    rf"\s+[\"“‘']?{_URGED_PARTY}"
    # a second party (`_AND_LISTED`)
    rf"(?:{_AND_LISTED}{_URGED_PARTY})?"
    r"(?:\s+[a-z]+ing(?:\s+[\w’'-]+){1,8}?)?\s+(?:\w+ly\s+)?[\"“‘']?to\b"
    # anyone told, ordered, urged or asked to leave, withdraw or give up ("Pyongyang told
    # foreigners and tourists to leave South Korea")
    rf"|\b(?:{_URGE}|ask(?:s|ed)?|told|tells?|instructed|order(?:s|ed)|appeal(?:s|ed)\s+to|"
    rf"{_CALLED_ON})\s+(?!{_NO_PARTY}\s)"
    rf"(?:[\w’'-]+\s+){{1,8}}?to\s+(?:{_ACTS_ALTERNATION})\b"
    r"(?!\s+(?:their|his|her|the|its)\s+(?:homes?|houses?|flats?|apartments?|building|room|"
    r"hall|stage|courtroom|chamber)\b)"
    # an armed party called on to give up, named by a pronoun ("called on him to surrender")
    rf"|\b(?:{_URGE}|{_CALLED_ON})\s+(?:him|them)\s+to\s+(?:{terms_pattern(_ARMED_ACTS)})\b"
    # a party asked for help, arms or a measure ("Ukraine asked NATO for more air defence
    # systems", "has asked the federal government for a major disaster declaration")
    rf"|\bask(?:s|ed)?\s+{_URGED_PARTY}(?:\s+and\s+{_URGED_PARTY})?\s+for\b"
    # the parties to a conflict named by their stake or part in it, urged to end it
    # ("urged the stakeholders and all military, political, and social actors to put an
    # immediate end to the hostilities"; not "urged stakeholders to embrace digital
    # payments")
    rf"|\b{_URGE}\s+{_STAKEHOLDERS}(?:{_AND_LISTED}{_STAKEHOLDERS})?"
    r"\s+to\s+(?:put\s+an?\s+(?:\w+\s+)?end\s+to|end|stop|cease"
    r"|halt)\s+(?:\w+\s+){0,3}?(?:hostilities|fighting|violence|clashes|war|conflict|attacks)\b"
)
#: The verb (and the space after it) each `_URGED_STATE` match starts with, at a word
#: start as there; the check after the first letter keeps the engine skipping to those
#: letters (`_urged_state`).
_URGING_VERB = re.compile(
    rf"(?:u(?<!\w.)rg(?:e|es|ed|ing)|a(?<!\w.)sk(?:s|ed)?|p(?<!\w.){_PRESS[1:]}"
    r"|c(?<!\w.)all(?:s|ed|ing)\s+(?:up)?on|t(?<!\w.)old|t(?<!\w.)ells?|i(?<!\w.)nstructed"
    r"|o(?<!\w.)rder(?:s|ed)"
    r"|a(?<!\w.)ppeal(?:s|ed)\s+to)\s"
)
#: A party told or asked to act ("Putin told the separatists to open up a corridor"; not
#: "asked people to"); `_told_to_act` skips the passive ("had been told to").
_TOLD_TO_ACT = re.compile(
    r"\b(?:told|tells|asked|asks|instructed)\s+"
    rf"(?!(?:not|people|{_NO_PARTY})\s)"
    r"(?:[\w’'-]+\s+){1,4}?to\s+(?!be\b|have\b|do\b|the\b|a\b|leave\s+(?:their|his|her)\b)[a-z]+\b"
)
#: What "we" say they will do, in a party's own words ("'We will leave very quickly,'
#: the commander said", "'We will let those brothers in'"): a pledge or a stated
#: policy whatever the verb (guideline §3b), unless it is a forecast or a feeling ("we
#: will be", "we will see", "we will prevail") or an inquiry ("we will look at").
_WE_WILL = re.compile(
    r"\b[Ww]e\s+(?:will|shall|are\s+going\s+to)\s+(?:not\s+|never\s+|also\s+|only\s+|still\s+)?"
    # the adverbs again, so that the optional group cannot be skipped to take one as
    # the verb ("we will not be leaving")
    r"(?!(?:not|never|also|only|still|be|have|see|look|need|know|encounter|get|find|hear"
    r"|learn|miss|wait|try|triumph|prevail|succeed)\b)[a-z]+\b"
)
_PASSIVE_END = re.compile(r"\b(?:been|was|were|being)\s+$")
_REPORTING_SPLIT = re.compile(r"\b(?:said|says|told|added|stated|warned)\b")
_HYPHEN_WORD = re.compile(r"-\w")
#: Weapons, strikes, talks, checks and protests: what they are "aimed at" is a target or
#: a purpose, no actor's stance (a protest march is at most optional, guideline §3).
_AIMED_THING = re.compile(
    r"\b(?:missiles?|rockets?|strikes?|airstrikes?|raids?|bombs?|bombings?|attacks?|shells?"
    r"|fire|guns?|talks|negotiations|checks|acts|measures|march(?:es)?|protests?|rall(?:y|ies)"
    r"|demonstrations?)\s+(?:(?:are|were|was|is|been|be)\s+)?$"
    # "which seemed to be aimed at civilians": whatever was aimed, no party's aim
    r"|\b(?:to\s+be|been)\s+$"
)
#: A sports title or contest after "champions" ("Shakhtar play Champions League tie",
#: "the Champions Trophy"), or a title-holder before it ("the defending champions"): a
#: noun, no one championing a cause.
_SPORTS_TITLE_AFTER = re.compile(r"\s+(?:league|trophy|cup|challenge|series|tour)\b")
_TITLE_HOLDER_BEFORE = re.compile(
    r"\b(?:the|world|european|olympic|national|reigning|defending|league|cup|title)\s+$"
)
#: Who is welcomed in a greeting ("The city welcomes you", "welcomed visitors to the
#: festival"): courtesy, no stance.
_GREETED_AFTER = re.compile(r"\s+(?:you|visitors|guests|tourists|everyone)\b")
#: What follows a verb of resisting when nothing is resisted: a place or a time, or the
#: clause's end.
_NOTHING_RESISTED = re.compile(
    r"\s*(?:[,.;:!?)”\"’–—-]|$)|\s+(?:in|at|on|near|around|inside|for|until|from|as|when"
    r"|while|and|but|with)\b"
    # nor a course when an arrest, an urge or wear is resisted ("The suspect resisted
    # arrest", "resisted the temptation", "resists corrosion"), nor an attack, which a
    # force fights off ("troops resisted the Russian advance on Kharkiv")
    r"|\s+(?:(?:the|an?|their|its|his|her)\s+)?(?:[\w-]+\s+){0,2}?(?:arrest|temptation|urge"
    r"|corrosion|heat|water|wear|attacks?|advance|assaults?|offensive|onslaught|invasion"
    r"|incursion|push)\b"
)
#: A load after "cannot support" and the like: what a structure bears, no side taken.
_LOAD_BORNE_AFTER = re.compile(r"\s+(?:the\s+|its\s+)?(?:weight|load|heavy|heavier)\b")
#: A verb of giving right before the phrase a stance cue follows: that phrase is who
#: receives the stance ("offered Mr Poroshenko continued support").
_GIVEN_TO_BEFORE = re.compile(r"\b(?:offered|offers|offering|gave|gives|giving|assured)\s+$")
#: A pronoun for parties as the subject right before a verb of giving, with its
#: auxiliaries and adverbs ("they have also sent", "we will eventually provide"); not
#: "it", which as often stands for a firm ("It has supplied Ukraine with 500 drones").
_PARTY_PRONOUN_BEFORE = re.compile(
    r"\b([Tt]hey|[Ww]e)\s+(?:(?:have|had|will|would|also|already|then|now|eventually"
    r"|since|recently|previously|are|were|been)\s+){0,3}$"
)
#: A verb right after "warning": the word is the noun ("The warning was heard").
_NOUN_VERB_AFTER = re.compile(r"\s+(?:was|were|is|are|had|has|came|went)\b")
#: What a speaker declines to say: silence, no stance.
_NO_COMMENT = r"(?:comment|be\s+drawn|say|confirm|disclose|elaborate|discuss|give\s+details)\b"
#: What "refused" declines when it is no stance ("refused to comment on their plans").
_NO_COMMENT_AFTER = re.compile(rf"\s+to\s+{_NO_COMMENT}")
#: The same after a negated "will" ("Pentagon officials would not say how they knew").
_NO_COMMENT_WILL_AFTER = re.compile(rf"\s+{_NO_COMMENT}")
#: A source kept unnamed, after "refused" ("A witness, who refused to give his name,
#: said", "an official who refused to be named"): the news's formula for anonymity.
_ANONYMITY_AFTER = re.compile(
    r"\s+to\s+(?:be\s+(?:named|identified)|(?:give|reveal|disclose)\s+(?:his|her|their)\s+"
    r"(?:full\s+|real\s+|last\s+)?(?:names?|identity|identities)|identify\s+"
    r"(?:himself|herself|themselves))\b"
)
#: A be-verb right before a cue: the passive ("The journalist was refused entry"),
#: whose subject receives the cue's act.
_PASSIVE_BEFORE_CUE = re.compile(r"\b(?:be|been|being|is|are|was|were)\s+$")
#: Up to six words between a term of arms supply and its weapon noun ("supplied 100
#: battle tanks", "receive U.S.-made anti-tank missiles").
_ARMS_GAP = r"\s+(?:[\w’'.,-]+\s+){0,6}?"
#: A party named in an arms transfer: up to four capitalised words, or a backer named
#: as such ("its Western backers", "its foreign backers").
_ARMS_PARTY_NAME = (
    r"(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}|[a-z-]+)\s+(?:backers|allies|sponsors|patrons)\b"
    r"|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}"
)
#: Words before "an ultimatum" that make its subject the one who got it.
#: A named party and "with" between a term of supply and its weapon noun ("supplying Iran
#: with fighter jets", "providing the RSF with weapons"): `_arms_pattern`.
_ARMED_WITH = (
    r"\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}\s+with\s+(?:[\w’'-]+\s+){0,3}?"
)
_RECEIVED_BEFORE = re.compile(r"\b(?:given|received|receive|receives|got|get|gets)\s+$")
#: Words before "vows" that make them a wedding's, not a pledge.
_WEDDING_VOWS = re.compile(r"\b(?:exchang\w*|wedding|marriage)\s+(?:(?:their|his|her)\s+)?$")
#: Side effects foreseen by an analyst, not consequences a party warns of (guideline §3b:
#: "warning of consequences"): "could have other unintended consequences".
_SIDE_EFFECT_BEFORE = re.compile(r"\b(?:unintended|unforeseen|unexpected|unanticipated)\s+$")
#: A quote mark opened inside a sentence, before a word: the stance cues match across
#: it ("Hamas bears ‘principal responsibility’", "warned of 'severe consequences'"), read
#: as a space so that offsets stay the same.  Written to start from the mark, which the
#: engine skips to, the whitespace before it tested from there (`(?<=\s.)`), not tried
#: at every character.
_OPENING_QUOTE = re.compile(r"[‘'“\"](?<=\s.)(?=\w)")
#: Whether a quote mark follows whitespace (`_OPENING_QUOTE` can match only then), written
#: to start from the mark, which the engine skips to, not from every space.
_QUOTE_HINT = re.compile(r"[‘'“\"](?<=\s.)")
_POSSESSIVE_END = re.compile(r"(?<=\w)['’]s$")
_BY_AFTER = re.compile(r"\s+by\b")
#: The stems of the stance verbs `_PRIVATE_QUARREL` reads.
_QUARREL_STEMS = "accus|warn|threat|condemn|urg|blam|demand"
#: A stance verb aimed at the actor's own family ("accused her husband") or a phrasal
#: "warn off": a private matter, not a political stance.
_PRIVATE_QUARREL = Caseless(
    rf"\b(?:(?:{_QUARREL_STEMS})\w*\s+off\b|"
    # a relative labelled ("He called his brother a fraud"), as one accused or warned
    rf"(?:{_QUARREL_STEMS}|call|brand|label|describ)\w*\s+"
    r"(?:her|his|their|my)\s+"
    r"(?:husband|wife|son|daughter|father|mother|brother|sister|partner|boyfriend|girlfriend"
    r"|family|children)\b)"
)
#: Blame the parties lay on each other ("Both sides accused each other of violating the
#: ceasefire", "They held one another responsible for the breaches"): a quarrel reported,
#: in which no one party states a stance of its own (guideline §3(b) wants an attributed
#: actor's demand, refusal or condemnation; mutual blame is at most optional).
_MUTUAL_BLAME = Caseless(
    r"\b(?:(?:accus|blam)\w*\s+(?:each\s+other|one\s+another|the\s+other)\b"
    r"|(?:held|holds?|holding)\s+(?:each\s+other|one\s+another|the\s+other)\s+"
    r"(?:to\s+blame|responsible|accountable)\b)"
)
#: A lower-case word that is no auxiliary right before an -ing cue: the cue modifies it.
_NOUN_BEFORE_PARTICIPLE = re.compile(
    r"\b(?!(?:is|are|was|were|be|been|being|am|he|she|they|we|it|i|and|or|not|also|still"
    r"|now|of|by|in|on|for|to|while|after|before|without|from|as)\b)[a-z]{3,}\s+$"
)
#: "issued a statement condemning …": the participle is what the subject said.
_SPEECH_BEFORE = re.compile(r"\b(?:statement|communiqu[eé]|letter|message|speech|video)\s+$")
#: A verb that takes a gerund for its object, right before an -ing cue: the cue is what
#: the subject denies, admits, keeps up, starts or stops doing ("Moscow denies backing the
#: separatists", "Iran admitted arming the Houthis", "Washington stopped supporting the
#: rebels"), support for a party affirmed, denied or ended (guideline §3b), not a noun's
#: modifier as after `_NOUN_BEFORE_PARTICIPLE`'s other words.
_GERUND_VERB_BEFORE = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|admit(?:s|ted|ting)?|continu(?:e|es|ed|ing)|keep(?:s|ing)?"
    r"|kept|stop(?:s|ped|ping)?|start(?:s|ed|ing)?|beg(?:a|i|u)n|begins|resum(?:e|es|ed|ing))\s+$"
)
_NEGATED_WILL = frozenset(("will not", "would not", "won't", "will never", "would never"))
#: A forecast after a negated "will": "will not be coming home", "won't be able to", an
#: outcome foreseen ("But they won't succeed").
_PREDICTION_AFTER = re.compile(r"\s+(?:be\s+(?:able\b|[a-z]+ing\b)|succeed\b)")
#: What evidence supports, after a cue of support: a claim, not a party ("no evidence to
#: support these claims").
_SUPPORTED_CLAIM = re.compile(
    r"\s+(?:the|these|this|that|those|such|his|her|their|its)\s+(?:[a-z-]+\s+)?"
    r"(?:claims?|allegations?|assertions?|theor(?:y|ies)|accounts?|reports?|view|argument)\b"
)
#: Evidence right before a cue of support: what it backs is a claim, and evidence is no
#: actor (guideline §3b: "an attributed actor's … support"): "its analysis supports the
#: government's claim", "Analysis backs claim drones were used".
_EVIDENCE_BEFORE = re.compile(
    r"\b(?:analysis|evidence|data|findings|research|study|report|footage|images|photos"
    r"|photographs|video|tests|results|records)\s+(?:(?:also|strongly|further|largely)\s+)?$"
)
#: Cues that make a stance only in a speaker's words: "should", an obligation ("Any
#: foreign fighters in Iraq need to go home", "The Malian authorities must begin talks";
#: "have to", too common to cue a sentence, is `_obligation_voiced`'s), "will continue",
#: an aim named as the priority ("Restoring state authority to the north was the
#: priority, he said"), an order named as a directive, a course named as no answer ("for
#: us to withdraw from the conflict is not the answer"; the author's own "force is not
#: the answer" states no party's stance), an act judged in condemning words
#: (`CONDEMNING_WORDS`: "this is outrageous, unacceptable, he said"), a need
#: (`NEED_TERMS`: "the continued need for a foreign presence"), a condition
#: (`CONDITION_TERMS`: "would use its missiles only if the raids went on").
_MODAL_STANCE = re.compile(
    r"^(?:should|must|needs?\s+to|needed\s+to|will\s+come\s+to|will\s+continue"
    r"|priority|directives?\s+to|is\s+(?:not\s+the|no)\s+(?:answer|solution)"
    rf"|no\s+(?:{'|'.join(REFUSED_COURSES)})"
    # spaces as any whitespace: a hard-wrapped text breaks "as\nlong as"
    rf"|{terms_pattern((*CONDEMNING_WORDS, *NEED_TERMS, *CONDITION_TERMS))})$",
    re.IGNORECASE,
)
#: An obligation that is no demand: the speaker's own ("I must warn you", "I need to
#: know", "I have to say"), a guess ("must have been") or a need ("need to be in
#: treatment").
_NO_DEMAND = re.compile(
    r"(?<=\bI\s)(?:must|need\s+to|have\s+to)|must\s+have\s+been|needs?\s+to\s+be\b",
    re.IGNORECASE,
)
#: A feeling, an expectation or caution after "should", "must" or "have to": an attitude,
#: no policy (guideline §3b lists "attitudes rather than policies" as optional): "Britain
#: should feel proud of its troops", "we must expect more of this", "Kuwait must be
#: happy", "we have to be careful".
_ATTITUDE_AFTER = re.compile(
    r"\s+(?:(?:not|never|now|also|all|sadly|surely|really|rightly)\s+)*(?:feel|expect"
    r"|be\s+(?:(?:very|so|rightly|immensely|extremely)\s+)?(?:happy|relieved|proud|grateful"
    r"|thankful|pleased|glad|delighted|ashamed|sad|saddened|disappointed|careful|cautious)\b)"
)
#: A task of knowing what happened after "we have to" or "I have to" ("We have to
#: understand whether he was in transit"): the speaker's own inquiry, no demand; a party
#: told to find out stays a demand ("Israel must find out who is responsible").
_OWN_INQUIRY = re.compile(
    r"(?<![\w'’])(?:we|i)\s+ha(?:ve|s)\s+to\s+(?:(?:find|figure)\s+out|(?:understand|establish"
    r"|determine)\s+(?:whether|if|what|who|how|why|where|when))\b"
)
#: "whether" and the subject of its clause, right before a modal: an open question
#: ("we'll see whether the U.N. has to do something", "whether it should stay"), no
#: demand.
_OPEN_QUESTION_BEFORE = re.compile(r"\bwhether\s+(?:[\w.'’-]+\s+){0,4}$")
#: A past participle after "should have" or "must have": a judgement of what was or was
#: not done ("He should have stood his ground", "They must have known"), no demand of a
#: course to come (guideline §3(b)); "should have a say" keeps its demand.
_PAST_JUDGED_AFTER = re.compile(
    r"\s+(?:not\s+|never\s+)?have\s+(?:been|[a-z]+(?:ed|en|wn|ne)|stood|done|made|kept|left"
    r"|gone|sent|had|told|said|let|put|met|fought|brought|thought|sought|held|won|lost)\b"
)
#: A person "wanted" by the law ("no wanted people here", "wanted militants"): a
#: fugitive, no one's wish.
_WANTED_PERSON_AFTER = re.compile(
    r"\s+(?:people|men|man|persons?|fugitives?|suspects?|criminals?|terrorists?|militants?"
    r"|list)\b"
)
#: "wanted" in the passive ("Susukan is wanted in the Philippines and Malaysia for a
#: series of kidnappings"): sought by the law, no one's wish.
_PASSIVE_WANTED_BEFORE = re.compile(r"\b(?:is|are|was|were|been|being)\s+(?:also\s+|still\s+)?$")
#: A clause of time or condition before a decision: the decision is the background of
#: what happened, no stated policy ("the least provocative act the United States could
#: have taken once it had decided to retaliate", "if the council decides to act").
_BACKGROUND_CLAUSE_BEFORE = re.compile(
    r"\b(?:once|if|after|before|when|until|unless)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE
)
#: A modal before an obligation makes it a forecast ("troops will need to work alongside
#: …", "the mission will also need to assist", "the buildings will have to be
#: demolished").
_FORECAST_BEFORE = re.compile(r"\b(?:will|would|’ll|'ll)\s+(?:also\s+|still\s+)?$")
#: An obligation named by "have to" or "has to" ("'We have to react to these moves,' the
#: minister said", "'This has to be settled by the region's own armies'"): a demand, as
#: "must" is, in a speaker's words only (`_obligation_voiced`).
_HAVE_TO = re.compile(r"\bha(?:ve|s)\s+to\b", re.IGNORECASE)
#: A speaker's own opinion or forecast framed in the first person singular, before a
#: cue ("I think he should be kept there", "I hope that Mr Cameron … ensures",
#: "I expect that this operation will not go on for long"): what one person thinks or
#: hopes is an attitude, no party's demand or policy (guideline §3b: attitudes rather
#: than policies; an analyst's or author's own view is not annotated).  Searched on the
#: lower-cased sentence, where a lone "i" is the pronoun.
_OPINION_BEFORE = re.compile(
    r"\bi\s+(?:do\s+not\s+|don['’]t\s+|also\s+|still\s+|really\s+)?"
    r"(?:think|believe|hope|expect|guess|suppose|reckon|feel)\b"
)


#: A fact insisted on, right after "insist": a subject and a plain verb of being or
#: knowing with no modal before it ("insists Hamas knows the locations", "insisted the
#: threat was real", "insists the fighting was sparked by a coup attempt"): a claim
#: argued, no demand or condition (guideline §3b: "The Kremlin is insisting NATO must
#: never grant membership", "Pretoria insists on making … conditional").
_FACT_INSISTED = re.compile(
    r"\s+(?:that\s+)?(?!on\b|upon\b)"
    r"(?:(?!(?:will|would|must|should|shall|can|cannot|could|may|might|not|never|no)\b)"
    r"[\w'’-]+\s+){1,4}?"
    r"(?:is|are|was|were|knows|knew|does|did)\b"
    r"(?!\s+(?:not\s+)?(?:to|ready|willing|prepared|determined|committed|going|part|entitled"
    # a claim to ground ("insists that Taiwan is an inalienable part of China")
    r"|under|ours|theirs|an?\s+(?:integral|inalienable|inseparable)\s+part)\b)"
)

#: A fact denied, right after "deny" ("continues to deny that he was ever in the IRA",
#: "deny having ordered the raid"): a statement (guideline §4), not the refusal that
#: "deny" states when it withholds something ("never grant … deny Ukraine membership").
_FACT_DENIED = re.compile(r"\s+(?:that|ever|any|all|[a-z]+ing)\b")
#: A demonstrative right before a condemning word (`CONDEMNING_WORDS`): the act is named
#: by it ("these cowardly acts", "this barbaric killing", "This reprehensible attack
#: reflects …"), not judged ("this is outrageous", "condemned the murders as 'barbaric'",
#: "a 'monstrous disregard' for civilian lives"); in read sets such a name was almost
#: never the speaker's stance.
_NAMED_ACT_BEFORE = re.compile(r"\b(?:this|these|that|those|such)\s+(?:[a-z]+ly\s+)?$")
#: A copula or a verb of feeling right before "threatened": the subject is threatened,
#: no party's threat ("French interests are threatened throughout the entire Sahel").
_UNDER_THREAT_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|feel|feels|felt)\s+(?:[a-z]+ly\s+)?$"
)
#: A forecast of how long something takes, right after "warn" ("warned it would take
#: months rather than weeks", "warned the process of providing safe passage would take
#: days"): a timetable foreseen, no warning of consequences nor a threat (guideline §3b).
#: Matched in `_stance` itself, as the subject can run past a `CueContext`'s window.
_DURATION_FORECAST = re.compile(
    r"\s+(?:that\s+)?(?:[\w'’-]+\s+){1,6}?(?:would|will|could|may|might)\s+(?:only\s+)?"
    r"(?:take|last)\s+(?:(?:many|several|a\s+few|some|more|at\s+least)\s+)?"
    r"(?:hours|days|weeks|months|years|decades|time|longer|a\s+long\s+time)\b"
)


#: "what" and one or two words right before "want" (`_NO_STANCE_CONTEXTS`); not "we",
#: whose wishes a party voices ("We as NASA are very clear about what we want").
_WHAT_BEFORE = re.compile(r"\bwhat\s+(?!we\s)(?:[\w’'-]+\s+){1,2}$")
#: The clause's end right after a cue (`_NO_STANCE_CONTEXTS`); not a colon, after which
#: the wish is named ("until they get what they want: independence").
_CLAUSE_END_AFTER = re.compile(r"\s*(?:[.,;!?)”\"’]|$)")


#: What does not follow a plan proposed or accepted: up to three words, then a plan, a
#: proposal, terms, an offer, talks, a zone or a vote, or an act proposed ("proposed
#: sending troops").
_NO_PLAN_AFTER = re.compile(
    rf"(?!\s+(?:[\w'’-]+\s+){{0,3}}?"
    rf"(?:{_PLAN}|proposals?|terms|offer|talks|zones?|referendum|elections?"
    # … or calls and pressure for one ("Netanyahu has rebuffed international pressure for
    # a ceasefire", "rejected calls for his resignation")
    rf"|pressure|calls|demands|appeals|overtures)\b|\s+[a-z]+ing\b)"
)
#: What follows "slammed" of a blow: a thing hit, a door ("slammed into a wall").
_BLOW_AFTER = re.compile(r"\s+(?:into|against|on|shut|down|(?:\w+\s+)?doors?)\b")
#: A determiner before "proposed": the participle names a planned thing.
_PLANNED_THING_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+$", re.IGNORECASE)
#: A particle after "backed", or a thing and one ("backed the truck into"): moved back.
_MOVED_BACK_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}?(?:out|off|away|down|up|into)\b")
#: A passive's auxiliary, and an adverb, before a verb of blame or backing
#: (`_NO_STANCE_CONTEXTS`).
_PASSIVE_AUXILIARY_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?$")
#: What follows "determined to" of a finding ("was determined to be a gas leak").
_FINDING_AFTER = re.compile(r"\s+(?:be|have)\b")
#: The possessives of a person, not of a party.
_PERSONAL_POSSESSIVES = ("her", "his", "my", "your")
#: A person's own possessive before "goal is to" or "aim was to": a personal ambition,
#: no party's aim ("Her goal is to become a doctor").
_PERSONAL_OWNER_BEFORE = re.compile(rf"\b(?:{'|'.join(_PERSONAL_POSSESSIVES)})\s+(?:[a-z]+\s+)?$")
#: "if", "unless" or "whether" and a few words before a cue (lower-cased text): a
#: supposition ("If Germany were against the deployment, …"), no stance held.
_SUPPOSED_BEFORE = re.compile(r"\b(?:if|unless|whether)\s+(?:[\w'’-]+\s+){1,3}$")
#: A possessive pronoun right before an aim noun "of" (lower-cased text): a person's
#: ambition, or a party's aim that the rules, reading no antecedent, would give to the
#: sentence's subject ("Silence serves its goal of undermining a solution").
_PRONOUN_OWNER_BEFORE = re.compile(
    rf"\b(?:{'|'.join((*_PERSONAL_POSSESSIVES, 'its', 'their'))})\s+(?:[a-z]+\s+)?$"
)
#: What follows a labelling verb (`vocabulary.LABELLING_VERBS`) when it condemns: up to
#: six words, then a label of condemnation or unlawfulness ("called the visit a
#: provocation", "branded the raid an act of state terrorism", "regards the vote as
#: illegal", "termed the move a flagrant violation of international law").  Matched in
#: `_stance` itself (`_OBJECT_NEEDED`), as the label can run past a `CueContext`'s
#: window.  A label of a place's status or of a party as a danger or an outlaw states
#: recognition refused or opposition ("regards Taiwan as a breakaway province",
#: "considers the enclave an integral part of Azerbaijan", "views the alliance as a
#: threat to its security", "designated the group a terrorist organisation").
_CONDEMNING_LABEL_AFTER = re.compile(
    r"\s+(?:[\w'’.-]+\s+){0,6}?[“\"‘']?(?:provocations?|provocative"
    r"|genocide|ethnic\s+cleansing|aggression"
    r"|acts?\s+of\s+(?:[a-z-]+\s+)?(?:aggression|war|piracy)"
    r"|illegal|illegitimate|unlawful|null\s+and\s+void|violation\s+of|breach\s+of"
    r"|fraud|fraudulent|breakaway|renegade|(?:integral|inseparable|inalienable)\s+part\s+of"
    r"|part\s+of\s+(?:its|their|our)\s+(?:own\s+|sovereign\s+)?(?:territory|soil|homeland)"
    r"|(?:terrorist|extremist)\s+(?:groups?|organi[sz]ations?|entit(?:y|ies)|outfits?)"
    r"|occupiers|puppets?"
    r"|threat\s+to\s+(?:[\w-]+\s+){0,2}?(?:security|peace|stability|sovereignty))\b",
    re.IGNORECASE,
)
#: A political body, a medium or a protest a few words after a verb of banning
#: (`vocabulary.BANNING_VERBS`): "banned the pro-Kurdish party", "banned Meta as an
#: extremist organisation", "bans opposition rallies"; "banned mobile phones" bans no party.
_BANNED_BODY_AFTER = re.compile(
    r"\s+(?:[\w'’.-]+\s+){0,4}?(?:groups?|part(?:y|ies)|organi[sz]ations?|movements?|militias?"
    r"|brotherhood|opposition|networks?|broadcasters?|channels?|newspapers?|outlets?|media"
    r"|rall(?:y|ies)|protests?|demonstrations?|marches)\b",
    re.IGNORECASE,
)
#: A party after "stands with" (`vocabulary.STANDING_WITH_TERMS`), case-sensitive: a name
#: ("stands with Ukraine", "stood with the United States"), the people of one, or a
#: party's allies; "stood with her family" or "stands with his back to" names none.
_PARTY_AFTER = re.compile(
    r"\s+(?:the\s+)?(?:[A-Z]|people\s+of\s+[A-Z]|(?:its|our|their)\s+(?:allies|partners)\b)"
)
#: A course of policy after a determiner and two words at most: a plan (`_PLAN`), a
#: course of war or statehood, or a line taken ("any military intervention", "the arms
#: sale", "a tougher line on Moscow").
_COURSE = (
    r"(?:(?:any|the|a|an|further|its|their|such|this|that)\s+)?"
    rf"(?:[\w'’-]+\s+){{0,2}}?(?:{_PLAN}|intervention|invasion|war|strikes?|membership"
    r"|expansion|enlargement|annexation|talks|negotiations|proposals?|bill|law|referendum"
    r"|escalation|independence|reunification|regime|government|junta|sales?|bid|accession"
    r"|(?:tough|hard|soft|firm)\w*\s+line|approach|stance|solution|option|policy|decisions?"
    # a joint text of a bloc ("Hungary blocks EU statement on Russian frozen assets")
    r"|statements?(?!\s+of\b)|declarations?|communiqu[eé]s?)\b"
)
#: A course of policy after "is against" (`vocabulary.AGAINST_TERMS`): an -ing verb ("is
#: against lifting the sanctions") or a `_COURSE` ("is firmly against any military
#: intervention"); "is against the wall" or "the odds are against them" names none.
_OPPOSED_COURSE_AFTER = re.compile(rf"\s+(?:[a-z]+ing\b|{_COURSE})", re.IGNORECASE)
#: A `_COURSE` after a verb of preferring or blocking (`vocabulary.FAVOURING_TERMS`,
#: `vocabulary.BLOCKING_TERMS`): "Paris favours a tougher line on Moscow", "Congress
#: blocked the arms sale"; "prefers the morning train", "blocked the road" name none.
_COURSE_AFTER = re.compile(rf"\s+{_COURSE}", re.IGNORECASE)
#: A `_COURSE` after a determiner, after a verb of praise or "backed"
#: (`vocabulary.PRAISING_TERMS`): "praised the decision to suspend the drills", "backed
#: the annexation"; a determiner first, as "Iran backed government forces" (a lost
#: hyphen) names who is backed, not a course backed.
_DETERMINED_COURSE_AFTER = re.compile(
    rf"\s+(?=(?:the|a|an|its|their|this|that|any)\s){_COURSE}", re.IGNORECASE
)
#: A policy after "is trying to" or "hopes to" (`vocabulary.ATTEMPT_TERMS`): unseating,
#: weakening or cornering a party, taking power or ground, brokering or ending a war
#: ("has been trying to overthrow and undermine North Korea's regime", "hopes to broker
#: a ceasefire"); "hopes to win the race" or "tried to capture the moment" states none.
_ATTEMPTED_POLICY_AFTER = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?:overthrow|topple|oust|undermine|destabili[sz]e|annex|retake"
    r"|recapture|broker|isolate|reunify|install|conquer|dismantle|crush|expel|drive\s+out"
    r"|sabotage|seize\s+(?:control|power)|end\s+the\s+(?:war|conflict|fighting|occupation"
    r"|siege|blockade))\b",
    re.IGNORECASE,
)
#: A state, a government or a change of status after a verb of recognising
#: (`vocabulary.RECOGNISING_TERMS`): "it" or "them", or within four words a name or a
#: noun of statehood ("recognise Kosovo", "recognised the breakaway regions as
#: independent", "does not recognise the annexation"); "recognise the man" names none.
_RECOGNISED_PARTY_AFTER = re.compile(
    r"\s+(?:(?:it|them)\b|(?:[\w'’-]+\s+){0,3}?(?:[A-Z]\w|(?i:independen|sovereign|annex"
    r"|government|state|republic|regime|referendum|election|result|claim|junta|territor|region"
    r"|authorit|administration|occupation|border)))"
)
#: A civic project after a cue of support (lower-cased text): "gave its backing to the new
#: library", "supports the new cycle lane": a local body's choice, no party's stance.
_CIVIC_PROJECT_AFTER = re.compile(
    r"\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:library|playground|park|museum|stadium"
    r"|swimming\s+pool|leisure\s+cent(?:re|er)|cycle\s+lanes?|bus\s+lanes?|car\s+park|bypass"
    r"|community\s+cent(?:re|er))\b"
)
#: The stance cues that count only with a certain object after them, and the pattern
#: that object must match (on the sentence, from the cue's end) in `_stance`.
_OBJECT_NEEDED = {
    **dict.fromkeys(LABELLING_VERBS, _CONDEMNING_LABEL_AFTER),
    **dict.fromkeys(BANNING_VERBS, _BANNED_BODY_AFTER),
    **dict.fromkeys(STANDING_WITH_TERMS, _PARTY_AFTER),
    **dict.fromkeys((*AGAINST_TERMS, *CAUTIONING_TERMS), _OPPOSED_COURSE_AFTER),
    **dict.fromkeys((*FAVOURING_TERMS, *BLOCKING_TERMS), _COURSE_AFTER),
    **dict.fromkeys(PRAISING_TERMS, _DETERMINED_COURSE_AFTER),
    **dict.fromkeys(ATTEMPT_TERMS, _ATTEMPTED_POLICY_AFTER),
    **dict.fromkeys(RECOGNISING_TERMS, _RECOGNISED_PARTY_AFTER),
}
#: An oath of court or of office after "swore to" (lower-cased text): "She swore to tell
#: the truth", "swore to uphold the constitution" (the vow of a party is a pledge,
#: guideline §3b; an oath is a formality).
_OATH_AFTER = re.compile(r"\s+(?:tell\s+the\s+(?:whole\s+)?truth|uphold|abide\s+by|serve\b)")
#: A private body after "applied to join" (lower-cased text): "He applied to join the golf
#: club", "She has applied to join the police"; a state applying to join an alliance is a
#: stance (guideline §3b), a person joining a club or a service is none.
_PRIVATE_BODY_AFTER = re.compile(
    r"\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}?(?:club|society|team|gym"
    r"|choir|band|school|university|college|course|academy|company|firm|police|army|navy)\b"
)
#: An article and at most one word right before a noun (lower-cased text): the noun has
#: no owner ("the legal position is that"), where "Beijing's position" has one.
_UNOWNED_BEFORE = re.compile(r"\b(?:the|a|an|this|that)\s+(?:[a-z-]+\s+)?$")
#: Words around a stance cue that show it states no stance.
_NO_STANCE_CONTEXTS = CueContexts(
    # "US-backed forces were backed by …", "accused by", "welcomed by": the passive's
    # subject receives what the agent does
    *(CueContext(word, after=_BY_AFTER) for word in ("backed", "accused", "welcomed")),
    # "exploded without warning", "the warning was heard"
    CueContext("warning", before=WARNING_AS_NOUN_BEFORE, after=_NOUN_VERB_AFTER, within=True),
    # "no evidence to support these claims": backing words, not a party
    CueContext("support", after=_SUPPORTED_CLAIM, within=True),
    # "its analysis supports the government's claim": evidence, not a party
    *(CueContext(word, before=_EVIDENCE_BEFORE, within=True) for word in ("support", "back")),
    # "offered the Vietnamese only half of what they want": a free relative's wish, no
    # party's demand
    CueContext("want", before=_WHAT_BEFORE, after=_CLAUSE_END_AFTER, together=True),
    # "they want to be safe", "if you want me to …": a wish, a manner of speech
    CueContext("want", before=re.compile(r"you $"), after=re.compile(r" to "), within=True),
    # "a range of unintended consequences": side effects, no warning
    CueContext("consequences", before=_SIDE_EFFECT_BEFORE),
    # "refused to comment": silence, no stance
    CueContext("refus", after=_NO_COMMENT_AFTER, within=True),
    # "whose calls for help were ignored": a plea in danger, no party's demand
    CALLS_FOR_HELP,
    # "who refused to give his name", "refused to be named": a source kept anonymous;
    # "was refused entry": the refused is the subject, the refuser unsaid ("is refusing
    # to back down" refuses)
    CueContext("refus", after=_ANONYMITY_AFTER, within=True),
    CueContext("refused", before=_PASSIVE_BEFORE_CUE),
    # "The city welcomes you": a greeting
    CueContext("welcom", after=_GREETED_AFTER, within=True),
    # "missiles aimed at Tel Aviv", "talks aimed at ending the war"
    CueContext("aimed at", before=_AIMED_THING),
    # "play Champions League tie", "the defending champions": a title, no cause
    CueContext("champions", before=_TITLE_HOLDER_BEFORE, after=_SPORTS_TITLE_AFTER),
    # "were given an ultimatum by their bosses": whoever gave it
    CueContext("an ultimatum", before=_RECEIVED_BEFORE),
    # "as the bride and groom were exchanging vows"
    CueContext("vows", before=_WEDDING_VOWS),
    # "once it had decided to retaliate": a decision as the background of events
    CueContext("decided", before=_BACKGROUND_CLAUSE_BEFORE, within=True),
    # "insisted the threat was real": a fact argued, no demand
    CueContext("insist", after=_FACT_INSISTED, within=True),
    # "Loyalist units were resisting in the east of the capital", "were resisting – known
    # as …": fighting back, no course resisted
    *(CueContext(word, after=_NOTHING_RESISTED) for word in ("resisting", "resisted", "resists")),
    # "The old bridge cannot support the weight of heavy tanks": a load borne, no side taken
    CueContext("not support", after=_LOAD_BORNE_AFTER, within=True),
    # "a deal had been offered to suspend the vote": the thing offered, no one's pledge
    *(CueContext(word, before=_PASSIVE_BEFORE_CUE) for word in ("offered to", "offers to")),
    # "Britain should feel proud of its troops": an attitude
    *(CueContext(word, after=_ATTITUDE_AFTER) for word in ("should", "must")),
    # "He should have stood his ground": a past course judged, no demand; "whether it
    # should stay": a question left open
    *(
        CueContext(word, before=_OPEN_QUESTION_BEFORE, after=_PAST_JUDGED_AFTER)
        for word in ("should", "must")
    ),
    # "there are no wanted people here", "is wanted in Malaysia": fugitives
    CueContext("wanted", before=_PASSIVE_WANTED_BEFORE, after=_WANTED_PERSON_AFTER),
    # "will not be coming home", "won't be able to": a forecast
    *(CueContext(word, after=_PREDICTION_AFTER) for word in _NEGATED_WILL),
    # "would not say how they knew": silence, as "refused to comment"
    *(CueContext(word, after=_NO_COMMENT_WILL_AFTER) for word in _NEGATED_WILL),
    # "continues to deny that he was ever in the IRA": a fact denied, no refusal
    CueContext("deny", after=_FACT_DENIED),
    # "explore whether there is need for them to assist": a need asked about, no demand
    *(CueContext(term, before=_OPEN_QUESTION_BEFORE) for term in NEED_TERMS),
    # "these cowardly acts": an act named, not judged
    *(CueContext(word, before=_NAMED_ACT_BEFORE) for word in CONDEMNING_WORDS),
    # "French interests are threatened": the subject is under threat, it makes none
    CueContext("threatened", before=_UNDER_THREAT_BEFORE),
    # "Jonathan was criticised for his slow response", "the report was endorsed": the
    # subject is blamed or backed, it holds no stance (the holder, if named, is after
    # "by": `_passive_stance`)
    *(
        CueContext(stem, before=_PASSIVE_AUXILIARY_BEFORE, within=True)
        for stem in ("critici", "denounc", "endors")
    ),
    # "could have backed out of the plot", "had backed the truck up": a move, no support
    CueContext("backed", after=_MOVED_BACK_AFTER, within=True),
    # "accepted an invitation", "proposed a new theory": no plan agreed to; "the
    # proposed pipeline": a thing planned, no one's proposal (the words alone: "cannot
    # accept" is a refusal whatever follows)
    *(
        CueContext(word, before=_PLANNED_THING_BEFORE, after=_NO_PLAN_AFTER)
        for word in (
            *("accept", "accepts", "accepted", "accepting", "propose", "proposes"),
            *("proposed", "proposing"),
        )
    ),
    # "turned down the volume": no plan rejected
    *(CueContext(word, after=_NO_PLAN_AFTER) for word in PLAN_REJECTING_VERBS),
    # "the sanctioned banks": the participle names who bears the sanctions
    *(CueContext(word, before=_PLANNED_THING_BEFORE) for word in SANCTIONING_VERBS),
    # "is considered illegal", "was banned": the labelled or banned thing is the subject
    *(CueContext(word, before=_PASSIVE_BEFORE_CUE) for word in (*LABELLING_VERBS, *BANNING_VERBS)),
    # "the banned group", "the bans on rallies": the thing banned or the ban, no banning
    *(CueContext(word, before=_PLANNED_THING_BEFORE) for word in BANNING_VERBS),
    # "the legal position is that": a state of affairs, no party's position
    *(CueContext(term, before=_UNOWNED_BEFORE) for term in OWNED_POSITION_TERMS),
    # "She swore to tell the truth": an oath, no pledge
    *(CueContext(term, after=_OATH_AFTER) for term in SWORN_TERMS),
    # "He applied to join the golf club": a person's membership, no party's
    *(CueContext(term, after=_PRIVATE_BODY_AFTER) for term in APPLICATION_TERMS),
    # "The council gave its backing to the new library": a civic matter, no party's stance
    *(CueContext(stem, after=_CIVIC_PROJECT_AFTER, within=True) for stem in ("support", "backing")),
    # "Her goal is to become a doctor": a personal ambition
    *(CueContext(cue, before=_PERSONAL_OWNER_BEFORE) for cue in (*AIM_TO_TERMS, *AIM_NAMED_TERMS)),
    # "If Germany were against the deployment": a supposition, no stance held
    *(CueContext(term, before=_SUPPOSED_BEFORE) for term in AGAINST_TERMS),
    # "her goal of winning gold", "serves its goal of undermining": a person's ambition,
    # or an aim whose owner a pronoun leaves to another sentence
    *(CueContext(cue, before=_PRONOUN_OWNER_BEFORE) for cue in AIM_OF_TERMS),
    # "repeated his refusal to comment": silence, as "refused to comment"
    CueContext("refusal to", after=_NO_COMMENT_WILL_AFTER),
    # "the car slammed into a wall", "slammed the door shut": a blow, no condemnation
    CueContext("slam", after=_BLOW_AFTER, within=True),
    # "the cause was determined to be a gas leak": a finding, no resolve
    CueContext("determined to", after=_FINDING_AFTER, within=True),
)


_PACT_NOUN = rf"(?i:{'|'.join(PACT_NOUNS)})s?(?![\w-])"
_PACT_MADE = re.compile(
    r"\b(?i:signs?|signed|signing|inks?|inked|inking|initial(?:l)?ed|reach(?:es|ed|ing)?"
    r"|finali[sz](?:e|es|ed|ing)|conclude[sd]?|concluding|ratif(?:y|ies|ied|ying)"
    r"|agree[sd]?\s+on)"
    rf"\s+(?:[\w$£€’'.-]+\s+){{0,4}}?{_PACT_NOUN}"
    rf"|\b{_PACT_NOUN}(?:[’']s)?\s[^.;:?!]{{0,160}}?\b(?:is|are|was|were|has\s+been"
    r"|have\s+been|had\s+been|would\s+be|will\s+be)\s+(?:(?:formally|finally|officially"
    r"|also|now)\s+)?(?:signed|reached|inked|initial(?:l)?ed|finali[sz]ed|concluded|ratified"
    r"|announced|agreed)\b"
    # in force ("a local cease-fire between Ukraine and Russia has come into force around
    # the plant", "Another IAEA-brokered local ceasefire is now in effect"), or agreed in
    # a headline ("Cease-fire agreed near Zaporizhzhia"): `_pact_made` wants the parties
    rf"|(?P<in_force>\b{_PACT_NOUN}(?:\s[^.;:?!]{{0,120}}?)?\s(?:(?:has|have|had)\s+)?"
    r"(?:(?:come|came|comes|coming)\s+into\s+(?:force|effect)|(?:took|takes|take|taken)\s+effect"
    r"|went\s+into\s+effect|(?:is|was|are|were|remains?|remained)\s+(?:now\s+|still\s+)?"
    rf"in\s+(?:force|effect))\b|^{_PACT_NOUN}\s+agreed\b)"
)
#: The parties named after a pact's noun ("a local cease-fire between Ukraine and
#: Russia"), which a pact in force needs where no speaker reports it.
_PACT_PARTIES = re.compile(r"\bbetween\s|\bwith\s+(?:the\s+)?[A-Z]")
#: Private pacts, no party's policy ("The pension deal entered into by the union").
_PRIVATE_PACT = re.compile(
    r"\b(?:pension|pay|wage|wages|salary|sponsorship|transfer|record|book|loan|licensing"
    r"|merger|takeover|mortgage|insurance|broadcasting|publishing)\s+(?:deal|agreement)s?\b",
    re.IGNORECASE,
)


#: Words before a pact made that make it no party's agreement: a failure ("have failed to
#: reach a new deal"), a pact not (yet) made or made by companies, a clause of background
#: or description ("since the two countries initialled a peace treaty", "guerrillas who
#: had signed the 2016 peace deal"), or the pact's end ("the end of the ceasefire was
#: announced").
_NO_PACT_BEFORE = re.compile(
    r"(?:\b(?:failed|fail|fails|failing|unable)\s+to"
    # a pact not (yet) made ("has not yet reached an agreement", "have yet to sign")
    r"|\b(?:not|never)(?:\s+yet)?|\byet\s+to"
    # a pact between companies ("several companies have signed agreements with Lukoil"):
    # trade, no party's stance (guideline §3b)
    r"|\b(?i:compan(?:y|ies)|firms?|corporations?|bidders?|buyers?|investors?)"
    r"(?:\s+[\w’'-]+){0,2}"
    r"|\b(?:who|which|since|after|before|when|once|until)(?:\s+[\w’'-]+){0,3}"
    # the pact's end, not its making ("after the end of the ceasefire was announced")
    r"|\b(?:end|collapse|breakdown|expiry|violations?)\s+of(?:\s+(?:the|a|its|their))?)\s+$"
)


@dataclass(frozen=True)
class StancePatterns:
    """The stance patterns built from one vocabulary (its stance and intent verbs)."""

    #: Any of the vocabulary's stance verbs, on lower-cased text.
    stance: re.Pattern[str]
    #: A modal and an intent verb, of a party saying what it will do ("Iran would respond
    #: decisively to any aggressive measure", "we are going to respond with pressure");
    #: `_stated_intent` reads the party before the modal.
    intent: re.Pattern[str]
    #: "will" or "would" and a consequence a few words on ("would be at risk of terror
    #: attacks", "would 'evoke a strong response'"), of a reported warning
    #: (`sentence_stance`, rule `warned_consequence`).
    consequence: re.Pattern[str]
    #: Arms handed to a party ("Russia had supplied 100 battle tanks … to separatists")
    #: or got from one ("received anti-tank missiles from its Western backers", whose
    #: giver is the group `party`): `_support_given`.
    arms: re.Pattern[str]
    #: Help given as such ("The US is only providing 'non-lethal' assistance", "The EU
    #: confirmed a new aid package"): `_support_given`.
    aid: re.Pattern[str]
    #: The weapon nouns, on lower-cased text: a cheap test before `arms`, whose caseless
    #: term lists make a slow scan and which needs one of them.
    weapon_words: re.Pattern[str]
    #: The aid nouns, on lower-cased text: the same test before `aid`.
    aid_words: re.Pattern[str]
    #: The terms of supply and receipt `arms` starts from, on lower-cased text (a test
    #: after `weapon_words`, which most sentences tried hold).
    arms_terms: re.Pattern[str]
    #: The terms of giving `aid` starts from, on lower-cased text.
    aid_terms: re.Pattern[str]
    #: A stance told in the passive, its holder the `agent` after "by" ("He was backed by
    #: David Cameron"): `_passive_stance`.
    passive: re.Pattern[str]
    #: A named party kept from acting ("Turkey is preventing Kobane from getting
    #: ammunition"): the subject opposes it (`_prevented_party`).
    prevented: re.Pattern[str]
    #: Any of the vocabulary's non-political actors, private party nouns or resident
    #: nouns, caseless: a cue whose subject or speaker names one states no political
    #: stance (`_speaks_for_no_party`).
    no_party: re.Pattern[str]
    #: A plan to do one of the vocabulary's planned acts ("The US plans to send more
    #: troops"): the planner states a policy (`_planned_action`).
    planned: re.Pattern[str]
    #: Help given to a named party, or to its forces, in one of the vocabulary's helped
    #: acts ("Russia helped Damascus regain territory", "CHINA HELPS IRAN TO DEVELOP NEW
    #: MISSILES", "to help Syrian opposition clear the border area"): support for
    #: someone, held by the helper (`_help_given`).
    helped: re.Pattern[str]
    #: A non-state armed party funded, financed, bankrolled, sheltered, harboured or
    #: trained ("Iran has been funding the Houthis", "Pakistan is harbouring Taliban
    #: leaders", "Russia trained the separatists"): support for someone, held by the
    #: backer (`_backed_party`).
    backed: re.Pattern[str]
    #: A pact made: signed, inked, initialled, reached, finalised, concluded, ratified or
    #: agreed on, in the active ("India signed a $3.5bn arms deal", "to ink a preliminary
    #: trade deal") or the passive ("the deal would be finalized", "The initial agreement
    #: to transfer sovereignty … was announced"): agreement to a plan, held by the party
    #: that makes it (`_pact_made`).
    pact: re.Pattern[str]


@lru_cache(maxsize=16)
def stance_patterns(compiled: Patterns) -> StancePatterns:
    """The stance patterns of `compiled`'s vocabulary, built once per vocabulary."""
    vocabulary = compiled.vocabulary
    no_party = terms_pattern(_no_party_nouns(vocabulary), word_start=True, after_hyphen=True)
    return StancePatterns(
        re.compile(rf"{terms_pattern(vocabulary.stance_verbs, word_start=True)}(?![\w]|-\w)"),
        re.compile(
            rf"{_INTENT_LEAD}(?i:{terms_pattern(vocabulary.intent_verbs)})(?![\w-])"
            # "will continue to suffer": "continue to" leads a verb, which must be one
            r"(?!(?<=continue)\s+to\b)"
        ),
        re.compile(
            rf"{_CONSEQUENCE_LEAD}(?i:{terms_pattern(vocabulary.consequence_terms)})(?![\w-])"
        ),
        _arms_pattern(vocabulary),
        re.compile(
            rf"(?i:{terms_pattern(vocabulary.aid_giving_terms, word_start=True)})"
            # (up to six words between: "provide Ukraine with $20 billion in military aid")
            rf"\s+(?:[\w$£€’'“”\"-]+\s+){{0,6}}?(?i:{terms_pattern(vocabulary.aid_nouns)})\b"
        ),
        re.compile(terms_pattern(vocabulary.weapon_nouns)),
        re.compile(terms_pattern(vocabulary.aid_nouns)),
        re.compile(terms_pattern((*vocabulary.arms_supply_terms, *vocabulary.arms_receipt_terms))),
        re.compile(terms_pattern(vocabulary.aid_giving_terms)),
        re.compile(
            r"\b(?:is|are|was|were|be|been|being|remains?|remained)\s+(?:[a-z]+ly\s+)?"
            rf"(?:{terms_pattern(vocabulary.passive_stance_verbs)})"
            # "is supported militarily by Iran": the manner between verb and agent
            r"(?:\s+[a-z]+ly)?\s+by\s+(?:(?:the|both)\s+)?"
            rf"{_AGENT}"
        ),
        re.compile(
            rf"{terms_pattern(vocabulary.prevention_verbs, word_start=True)}\s+(?:the\s+)?"
            r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}\s+from\s+[a-z]+ing\b"
        ),
        re.compile(rf"(?i:{no_party})\b"),
        re.compile(
            r"\bplan(?:s|ned|ning)\s+to\s+(?:[a-z]+ly\s+)?"
            rf"(?i:{terms_pattern(vocabulary.planned_acts)})(?![\w-])"
        ),
        re.compile(
            r"\b(?i:help(?:s|ed|ing)?)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
            r"(?:\s+(?:forces|troops|army|government|fighters|rebels|opposition|militias?))?"
            rf"\s+(?:(?i:to)\s+)?(?i:{terms_pattern(vocabulary.helped_acts)})(?![\w-])"
        ),
        re.compile(
            rf"\b(?:{_BACKING_VERBS})\s+(?:(?:the|its|their)\s+)?(?:[\w’'-]+\s+){{0,2}}?"
            rf"(?i:{terms_pattern((*vocabulary.fighter_nouns, *vocabulary.armed_group_names))}"
            r"|militias)(?![\w-])"
        ),
        _PACT_MADE,
    )


def _no_party_nouns(vocabulary: Vocabulary) -> tuple[str, ...]:
    """The non-political actors, the private party nouns and the nouns of people named
    by where they live ("Residents in the capital said: 'They need to negotiate'"): none
    of them speaks for a party, so their wishes are no political stance (guideline
    §3(b))."""
    return (
        *vocabulary.non_political_actors,
        *vocabulary.private_party_nouns,
        *vocabulary.resident_nouns,
    )


def _arms_pattern(vocabulary: Vocabulary) -> re.Pattern[str]:
    """`StancePatterns.arms` of `vocabulary`: a term of supply (group `supply`) or of
    receipt, a few words, a weapon noun, and within the clause "to" or "from" (group
    `way`) and a party (group `party`): a name or an armed force's noun, so that
    "supplied weapons to help repel" or "to the border" gives none; or a term of supply,
    a named party and "with" before the weapon noun ("Russia is supplying Iran with
    fighter jets", `_ARMED_WITH`).  Supply and receipt
    share one pattern (its tries are slow to compile); `_support_given` checks that the
    way suits the term."""
    forces = terms_pattern((*vocabulary.fighter_nouns, *vocabulary.force_nouns))
    weapons = rf"(?i:{terms_pattern(vocabulary.weapon_nouns)})(?![\w-])"
    return re.compile(
        rf"(?i:(?P<supply>{terms_pattern(vocabulary.arms_supply_terms, word_start=True)})"
        rf"|{terms_pattern(vocabulary.arms_receipt_terms, word_start=True)})"
        rf"(?:{_ARMED_WITH}{weapons}|{_ARMS_GAP}{weapons}[^.;]{{0,120}}?"
        r"\b(?P<way>to|from)\s+(?:(?:the|its|their|his|her)\s+)?"
        rf"(?P<party>{_ARMS_PARTY_NAME}|(?i:{forces})\b))"
    )


def tells_to_act(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] tells or asks a party to act ("Putin told the separatists
    to open up a corridor"): the check that gives a sentence with "told" or "asked" (cue
    bit `CUE_TOLD`) the stance bit, since most such sentences only report speech."""
    return _TOLD_TO_ACT.search(text, start, end) is not None


def is_question(sentence: str) -> bool:
    """Whether `sentence` ends in a question mark (before any closing quote mark): it
    asks rather than states.  Not a quotation of several sentences that the segmenter
    kept whole and only ends in one ('"If they are not willing to talk to me, that's fine.
    … why not add 30 years?"'): its earlier sentences state."""
    return sentence.rstrip(' ”"’').endswith("?") and _EARLIER_STOP.search(sentence) is None


#: A sentence's stop after a word of three lower-case letters or more, before the next
#: sentence's capital: a text of more than one sentence ("… fine. Wala …"; not "Rep.
#: Greene", "Gov. Abbott", "Mrs. Clinton", "U.S. Army", nor "Capt.", "Prof.", "Sept.").
_EARLIER_STOP = re.compile(r"(?<!Capt)(?<!Prof)(?<!Sept)(?<!Corp)[a-z]{3}[.!]\s+[\"“‘']?[A-Z]")


def sentence_stance(
    sentence: str,
    lower: str,
    lowered: str | None,
    patterns: StancePatterns,
    phrases: LeftPhrases,
    speaker: str | None,
    *,
    stance_cue: bool,
    support_cue: bool,
    pact_cue: bool,
    modal: bool,
    obligation: bool,
) -> tuple[str | None, str | None]:
    """(actor, rule) of the stance `sentence` states, or (None, None).

    `lower` is `ascii_lower(sentence)`, `lowered` is `lower_for_caseless(sentence)`;
    `speaker` is the speaker of the statement the sentence belongs to, if any.
    `stance_cue` says a stance cue is in the sentence, `support_cue` that a word of the
    rarer rules is (arms or aid given, a passive, a party kept from acting: `CUE_SUPPORT`
    in `patterns`), `pact_cue` that a noun of a pact is (`CUE_PACT`), `modal` that a
    modal is (a stated intent is looked for only where no stance cue found an actor),
    `obligation` that the sentence may hold "have to" or "has to"
    (`may_voice_obligation`)."""
    if is_question(sentence):
        return None, None  # a rhetorical question: the author's voice
    actor, rule = None, None
    # a stance told in the passive first: its holder is after "by", where a stance verb's
    # own reading would take the passive's subject ("The plan is opposed by the Kremlin")
    if support_cue and " by " in sentence:
        actor, rule = _passive_stance(sentence, patterns, phrases.lexicon, speaker)
    if rule is None and stance_cue:
        actor, rule = _stance(sentence, lower, lowered, patterns, phrases, speaker)
    if rule is None and support_cue:
        actor, rule = _support_given(sentence, lower, lowered, patterns, phrases, speaker)
        if rule is None and " from " in sentence:
            actor, rule = _prevented_party(sentence, patterns, phrases, speaker)
    if rule is None and pact_cue:
        actor, rule = _pact_made(sentence, patterns, phrases, speaker)
    if rule is None and obligation and speaker and _obligation_voiced(sentence, lower):
        actor, rule = speaker, "stance_quoted"
    if rule is None and modal:
        actor, rule = _stated_intent(sentence, patterns, speaker)
        if rule is None and speaker and _we_pledge(sentence, speaker, patterns):
            actor, rule = speaker, "we_pledge"
        if rule is None and speaker and patterns.consequence.search(sentence):
            # guideline §3(b), "warning of consequences": the one who warns is the speaker
            actor, rule = speaker, "warned_consequence"
    # Tested only once a stance is found (most stance-cue sentences state none).
    if rule is not None and _PRIVATE_QUARREL.search(sentence, lowered):
        return None, None  # "accused her husband of …": a private matter
    if rule is not None and blames_each_other(sentence, lowered):
        return None, None
    return actor, rule


def blames_each_other(sentence: str, lowered: str | None) -> bool:
    """Whether the parties of `sentence` blame each other (`_MUTUAL_BLAME`), a quarrel
    with no one party's stance; `lowered`: `lower_for_caseless(sentence)`."""
    return "other" in sentence and _MUTUAL_BLAME.search(sentence, lowered) is not None


def _stance(
    sentence: str,
    lower: str,
    lowered: str | None,
    patterns: StancePatterns,
    phrases: LeftPhrases,
    speaker: str | None,
) -> tuple[str | None, str | None]:
    """(actor, rule) for the first stance cue with an actor, or (None, None).

    `lower` is `ascii_lower(sentence)`, `lowered` is `lower_for_caseless(sentence)`.
    The caller rules out rhetorical questions and private quarrels."""
    # Both patterns need a literal word part ("accus", "urg"): test for it first.
    accused = (
        _ACCUSED_OF_BACKING.search(sentence, lowered)
        if lowered is None or "accus" in lowered or "blam" in lowered
        else None
    )
    urged = (
        _urged_state(sentence)
        if "urg" in sentence
        or "ask" in sentence
        or "press" in sentence
        or "call" in sentence
        or "told" in sentence
        or "tell" in sentence
        or "appeal" in sentence
        or "instruct" in sentence
        or "order" in sentence
        else None
    )
    if (
        urged is None
        and " to " in lower
        and ("told" in lower or "tell" in lower or "ask" in lower or "instruct" in lower)
    ):
        urged = _told_to_act(sentence)
    ordered = _ORDERED_ACTION.search(sentence) if "order" in lower else None
    agreed = _AGREED_PLAN.search(sentence) if "agreed" in lower else None
    declared = (
        _DECLARED_TRUCE.search(sentence)
        if ("declare" in lower or "announce" in lower) and ("truce" in lower or "fire" in lower)
        else None
    )
    if (
        "s " in sentence
        and ("'" in sentence or "’" in sentence)
        and _OWNED_NOUN_SCAN.search(sentence)
    ):
        owned = _OWNED_STANCE.search(sentence)
        if owned:  # "Colombia's request to extradite the rebels": the owner's stance
            return _reported_actor(owned.group("owner"), speaker), "stance_noun"
    if " by " in sentence and _BY_OWNER_SCAN.search(sentence):
        owned = _STANCE_BY_OWNER.search(sentence)
        if owned:  # "The refusal by Turkey to allow …": the owner's stance
            return _reported_actor(owned.group("owner"), speaker), "stance_noun"
    expelled = (
        _ENVOY_EXPELLED.search(sentence)
        if ("xpel" in lower or "ummon" in lower) and any(envoy in lower for envoy in _ENVOYS)
        else None
    )
    left = _PACT_LEFT.search(sentence) if any(word in lower for word in _PACT_WORDS) else None
    if accused or urged or ordered or agreed or declared or expelled or left:
        for found, rule in (
            (accused, "accused_of_backing"),
            (urged, "urged"),
            (ordered, "ordered_action"),
            (agreed, "agreed_plan"),
            (declared, "declared_truce"),
            (expelled, "envoy_expelled"),
            (left, "pact_left"),
        ):
            if found:
                if rule == "agreed_plan" and not found.group().startswith("agreed"):
                    # passive: the agent names who agreed, else the speaker does
                    agent = found.group("agent")
                    if agent:
                        return _reported_actor(strip_np(agent), speaker), rule
                    if speaker:
                        return speaker, rule
                    continue
                # "a resolution ordering an end to …": the -ing form modifies a noun,
                # and the sentence's subject passed it.
                participle = found.group().casefold().startswith("ordering")
                actor = (
                    _clause_subject(sentence, found.start())
                    if participle
                    else phrases.find(sentence, found.start())
                ) or speaker
                # "The company pulled out of the deal": no party's stance
                if actor and not _speaks_for_no_party(actor, patterns):
                    return _reported_actor(strip_np(actor), speaker), rule
    if any(stem in lower for stem in _BACKING_STEMS):
        backer, backed = _backed_party(sentence, patterns, phrases, speaker)
        if backed:
            return backer, backed
    if "plan" in lower:
        planner, planned = _planned_action(sentence, patterns, phrases, speaker)
        if planned:
            return planner, planned
    if "help" in lower:
        helper, helped = _help_given(sentence, patterns, phrases, speaker)
        if helped:
            return helper, helped
    # "bears ‘principal responsibility’": a quote opened inside a cue hides it
    unquoted = _OPENING_QUOTE.sub(" ", lower) if _QUOTE_HINT.search(lower) else lower
    for match in patterns.stance.finditer(unquoted):
        cue = match.group()
        if (match.start() and sentence[match.start() - 1] == "-") or _HYPHEN_WORD.match(
            sentence, match.end()
        ):
            continue  # "US-backed" describes, it is not a stance
        if _NO_STANCE_CONTEXTS.undo(cue, lower, match.start(), match.end()):
            continue
        if _OPINION_BEFORE.search(unquoted, 0, match.start()):
            continue  # "I think he should be kept there": one person's opinion
        if cue.startswith("warn") and _DURATION_FORECAST.match(lower, match.end()):
            continue  # "warned it would take months": a timetable foreseen
        needed = _OBJECT_NEEDED.get(cue)
        if needed is not None and not needed.match(sentence, match.end()):
            continue  # "a group called Islamic State", "stood with her family": no object
        # the subject is read before a verb the -ing cue is the object of ("Moscow denies
        # backing …"), else before the cue
        subject_end = match.start()
        if cue.endswith("ing"):
            gerund_verb = _GERUND_VERB_BEFORE.search(lower, 0, match.start())
            if gerund_verb:
                subject_end = gerund_verb.start()
            elif _NOUN_BEFORE_PARTICIPLE.search(
                sentence, 0, match.start()
            ) and not _SPEECH_BEFORE.search(lower, 0, match.start()):
                continue  # "the war threatening the Gulf states": a noun's modifier
        if _NO_DEMAND.match(sentence, match.start()) or (
            cue.startswith("need") and _FORECAST_BEFORE.search(lower, 0, match.start())
        ):
            continue  # "I must warn Australians", "must have been", "will have to"
        inside_quote = _in_quote(sentence, match.start())
        # a term the writer quotes, in no one's words, has the subject as its actor
        if _MODAL_STANCE.match(cue) or (
            inside_quote and (speaker or not _scare_quoted(sentence, match.start(), match.end()))
        ):
            if speaker and not _speaks_for_no_party(speaker, patterns):
                return speaker, "stance_quoted"
            continue
        actor = _cue_subject(sentence, subject_end, phrases)
        if actor:
            if _speaks_for_no_party(actor, patterns) or _EVENT_AS_SUBJECT.fullmatch(actor):
                continue
            return _reported_actor(actor, speaker), "stance_verb"
        if speaker and not _speaks_for_no_party(speaker, patterns):
            return speaker, "stance_reported"
    return None, None


def _backed_party(
    sentence: str, patterns: StancePatterns, phrases: LeftPhrases, speaker: str | None
) -> tuple[str | None, str | None]:
    """(actor, rule) of a non-state armed party funded, sheltered or trained
    (`StancePatterns.backed`, rule `party_backed`), or (None, None): guideline §3b
    counts support for someone, and keeping an armed group is support as arming it is
    (`_support_given`); the backer is the subject, else the speaker."""
    found = patterns.backed.search(sentence)
    if found is None:
        return None, None
    return _held_by(
        _cue_subject(sentence, found.start(), phrases), speaker, "party_backed", patterns
    )


def _planned_action(
    sentence: str, patterns: StancePatterns, phrases: LeftPhrases, speaker: str | None
) -> tuple[str | None, str | None]:
    """(actor, rule) of a party's plan to act (`StancePatterns.planned`), or (None,
    None): guideline §3b counts a stated policy, and a plan to send troops or end a
    mission is one; the planner must read as a political actor ("The family plans to
    return" states none)."""
    found = patterns.planned.search(sentence)
    if found is None:
        return None, None
    actor = _cue_subject(sentence, found.start(), phrases)
    if actor is None or _speaks_for_no_party(actor, patterns):
        return None, None
    return _reported_actor(actor, speaker), "planned_action"


def _help_given(
    sentence: str, patterns: StancePatterns, phrases: LeftPhrases, speaker: str | None
) -> tuple[str | None, str | None]:
    """(actor, rule) of help given to a named party (`StancePatterns.helped`, rule
    `help_given`), or (None, None): the helper is the subject, else the speaker."""
    found = patterns.helped.search(sentence)
    if found is None:
        return None, None
    return _held_by(_cue_subject(sentence, found.start(), phrases), speaker, "help_given", patterns)


#: A subject that is an event or a state of affairs, not a party ("The fighting
#: threatened to spill over into Lebanon", "The schism threatened to alter the course of
#: the conflict", "Krishanthi's murder refused to vanish"): the verb is a figure of
#: speech, no one's stance.
_EVENT_AS_SUBJECT = re.compile(
    r"(?:(?:the|this|that|its|their|his|her)\s+|[\w-]+['’]s\s+)?"
    # up to two modifiers, none a preposition that makes the event a party's description
    # ("Both sides in the conflict vowed …", "Militants responsible for the bombing …")
    r"(?:(?!(?:of|in|for|to|from|on|at|by|with|over|about|behind|against)\b)[\w-]+\s+){0,2}"
    r"(?:schism|split|crisis|fighting|violence|conflict|unrest|tensions?|dispute|murder"
    r"|killings?|bombing|shelling|clashes|escalation|standoff|stalemate|situation|instability"
    r"|chaos|pandemic|drought|famine|flooding|floods|war|bombardment)",
    re.IGNORECASE,
)


def _speaks_for_no_party(name: str, patterns: StancePatterns) -> bool:
    """Whether a speaker or an actor is a private party or one an incident touched
    ("'We must find my brother,' his sister said", "said the widow of the aid worker",
    "The family plans to return"): a wish, a need, a plan or a pledge of theirs is no
    party's stance (guideline §3(b))."""
    return patterns.no_party.search(name) is not None


def _cue_subject(sentence: str, position: int, phrases: LeftPhrases) -> str | None:
    """The party that a cue at `position` has for its subject: the phrase before it, or
    else the sentence's subject, when it reads as an actor (a name, a role, a pronoun
    for a person); None when neither does."""
    actor = phrases.find(sentence, position)
    actor = strip_np(actor) if actor else None
    if actor and _GIVEN_TO_BEFORE.search(sentence, 0, max(0, sentence.rfind(actor))):
        actor = None  # "offered Mr Poroshenko continued support": he gets it
    if not (actor and _actor_like(actor, phrases.lexicon)):
        actor = sentence_subject(sentence)
    return actor if actor and _actor_like(actor, phrases.lexicon) else None


def _support_given(
    sentence: str,
    lower: str,
    lowered: str | None,
    patterns: StancePatterns,
    phrases: LeftPhrases,
    speaker: str | None,
) -> tuple[str | None, str | None]:
    """(actor, rule) of arms handed between parties (`StancePatterns.arms`, rule
    `arms_transfer`) or help given as such (`StancePatterns.aid`, rule `aid_given`), or
    (None, None): guideline §3b counts support for someone, and arming or aiding a party
    is the plainest support.  The giver is the actor: the party after "from" of a
    receipt, else the subject of the giving, else the speaker.  `lower` is
    `ascii_lower(sentence)`, `lowered` is `lower_for_caseless(sentence)`."""
    weapons = patterns.weapon_words.search(lower) is not None
    aid = patterns.aid_words.search(lower) is not None
    if not (weapons or aid):
        return None, None
    found = (
        patterns.arms.search(sentence)
        if _may_hold(weapons, patterns.arms_terms, lower, lowered)
        else None
    )
    if found is not None and (found.group("supply") is None) == (found.group("way") == "from"):
        rule = "arms_transfer"
        giver = (
            found.group("party")
            if found.group("way") == "from"
            else _cue_subject(sentence, found.start(), phrases)
        )
    else:
        found = (
            patterns.aid.search(sentence)
            if _may_hold(aid, patterns.aid_terms, lower, lowered)
            else None
        )
        if found is None:
            return None, None
        rule = "aid_given"
        giver = _cue_subject(sentence, found.start(), phrases)
    if giver is None and speaker is None:
        # "In addition, they have provided Ukraine with … artillery guns": the parties the
        # last sentence named give them
        pronoun = _PARTY_PRONOUN_BEFORE.search(sentence, 0, found.start())
        giver = pronoun.group(1) if pronoun else None
    return _held_by(giver, speaker, rule, patterns)


def _may_hold(nouns: bool, terms: re.Pattern[str], lower: str, lowered: str | None) -> bool:
    """Whether a caseless scan of `_support_given` (`arms` or `aid`) can match, by cheap
    scans of `lower`: `nouns` says its nouns are there, `terms` its verbs must be.  Where
    `lowered` is None the sentence holds a character the caseless scan folds unlike
    `lower`, so the scan runs whenever any support noun is there, as it always did."""
    return lowered is None or (nouns and terms.search(lower) is not None)


def _pact_made(
    sentence: str, patterns: StancePatterns, phrases: LeftPhrases, speaker: str | None
) -> tuple[str | None, str | None]:
    """(actor, rule) of a pact made (`StancePatterns.pact`), or (None, None): guideline
    §3b counts agreement to a plan; the party that makes it holds it, else the speaker.
    A pact only in force needs its parties named or a speaker who reports it; a private
    pact (`_PRIVATE_PACT`) is none."""
    found = patterns.pact.search(sentence)
    if (
        found is None
        or _NO_PACT_BEFORE.search(sentence, max(0, found.start() - 48), found.start())
        or _PRIVATE_PACT.search(sentence, max(0, found.start() - 16), found.end())
    ):
        return None, None
    if found.group("in_force") and not (speaker or _PACT_PARTIES.search(found.group())):
        return None, None  # "The ceasefire took effect at midnight": no one's agreement told
    return _held_by(_cue_subject(sentence, found.start(), phrases), speaker, "pact_made", patterns)


def _prevented_party(
    sentence: str, patterns: StancePatterns, phrases: LeftPhrases, speaker: str | None
) -> tuple[str | None, str | None]:
    """(actor, rule) of a party keeping a named party from acting
    (`StancePatterns.prevented`), or (None, None): guideline §3b counts opposition to
    someone; the subject holds it, else the speaker."""
    found = patterns.prevented.search(sentence)
    if found is None:
        return None, None
    return _held_by(
        _cue_subject(sentence, found.start(), phrases), speaker, "prevented_party", patterns
    )


def _held_by(
    party: str | None, speaker: str | None, rule: str, patterns: StancePatterns
) -> tuple[str | None, str | None]:
    """(actor, rule) of a support or opposition rule: the party the sentence names as
    its holder, unless none reads as one or it is no political actor, then the speaker
    whose words report it, else (None, None)."""
    if party and not _speaks_for_no_party(party, patterns):
        return _reported_actor(party, speaker), rule
    return (speaker, rule) if speaker else (None, None)


def _passive_stance(
    sentence: str, patterns: StancePatterns, lexicon: Lexicon, speaker: str | None
) -> tuple[str | None, str | None]:
    """(actor, rule) of a stance told in the passive (`StancePatterns.passive`), or
    (None, None): the party after "by" holds it ("He was backed by David Cameron"), and
    must read as an actor ("was backed by air strikes" names none)."""
    found = patterns.passive.search(sentence)
    if found is None:
        return None, None
    agent = strip_np(found.group("agent"))
    if agent and _actor_like(agent, lexicon) and not _speaks_for_no_party(agent, patterns):
        return _reported_actor(agent, speaker), "passive_stance"
    return None, None


def may_voice_obligation(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] may hold "have to" or "has to" (`_HAVE_TO`): a cheap test
    for the sentences with a speaker, since the words are too common to cue a sentence
    (`patterns.sentence_cues`)."""
    return text.find(" have to ", start, end) >= 0 or text.find(" has to ", start, end) >= 0


def _obligation_voiced(sentence: str, lower: str) -> bool:
    """Whether `sentence`, in a speaker's words, states an obligation with "have to" or
    "has to" that is a demand, as "must" does (`_MODAL_STANCE`): not the speaker's own
    ("I have to say"), a forecast ("will have to be rebuilt"), an attitude ("we have to
    be careful"), what one person thinks ("I think we have to") or an open question
    ("we'll see whether the U.N. has to act")."""
    for match in _HAVE_TO.finditer(lower):
        start, end = match.span()
        if not (
            _NO_DEMAND.match(sentence, start)
            or _OPEN_QUESTION_BEFORE.search(lower, max(0, start - CUE_WINDOW), start)
            or _FORECAST_BEFORE.search(lower, 0, start)
            or _ATTITUDE_AFTER.match(lower, end)
            or _OWN_INQUIRY.search(lower, max(0, start - 4), end + 40)
            or _OPINION_BEFORE.search(lower, 0, start)
        ):
            return True
    return False


def _stated_intent(
    sentence: str, patterns: StancePatterns, speaker: str | None
) -> tuple[str | None, str | None]:
    """(actor, rule) of a party saying what it will do (`StancePatterns.intent`), or
    (None, None); tried on sentences with a modal where no stance cue found one."""
    for intent in patterns.intent.finditer(sentence):
        party = _INTENT_SUBJECT.search(sentence, max(0, intent.start() - 40), intent.start())
        if party is None or _ASKED_BEFORE.search(sentence, 0, party.start()):
            continue
        if (
            party.group("struggle")
            and speaker is None
            and sentence.startswith("would", intent.start())
        ):
            continue  # "The cell's campaign would continue until 1975": a narrative
        subject = party.group("subject").removeprefix("The ")
        # a pronoun or a common noun ("that country will seek") stands for the speaker
        unnamed = subject.casefold() in SUBJECT_PRONOUNS or subject.islower()
        actor = speaker if unnamed or _in_quote(sentence, party.start()) else subject
        if actor and _speaks_for_no_party(actor, patterns):
            continue  # "Police said they would release the names": no political actor
        if (actor or subject).casefold() in _NO_ACTOR_WORDS:
            continue  # "It would respond within a week", no one speaking: no party named
        return _reported_actor(actor or subject, speaker), "stated_intent"
    return None, None


def _we_pledge(sentence: str, speaker: str, patterns: StancePatterns) -> bool:
    """Whether a statement of a political `speaker` says what "we" will do
    (`_WE_WILL`): the speaker's party pledges or states its policy."""
    if "we" not in sentence and "We" not in sentence:
        return False  # a cheap test before the pattern, whose word-start check comes first
    return _WE_WILL.search(sentence) is not None and not _speaks_for_no_party(speaker, patterns)


def _urged_state(sentence: str) -> re.Match[str] | None:
    """`_URGED_STATE.search(sentence)`, searched from the first `_URGING_VERB`: every
    match starts with one, so none starts before it, and the pattern, whose word-start
    check comes first, is not tried at every character before it."""
    verb = _URGING_VERB.search(sentence)
    return None if verb is None else _URGED_STATE.search(sentence, verb.start())


def _told_to_act(sentence: str) -> re.Match[str] | None:
    """The first `_TOLD_TO_ACT` match that is no passive ("she had been told to wait")."""
    for found in _TOLD_TO_ACT.finditer(sentence):
        if not _PASSIVE_END.search(sentence, max(0, found.start() - 8), found.start()):
            return found
    return None


def _clause_subject(sentence: str, position: int) -> str | None:
    """Subject of the clause holding `position` ("… since the UN Security Council passed
    a resolution ordering …" -> "the UN Security Council")."""
    starts = [m.end() for m in _CLAUSE_START.finditer(sentence, 0, position)]
    return sentence_subject(sentence[starts[-1] if starts else 0 :])


def _reported_actor(actor: str, speaker: str | None) -> str:
    """'Rebel commanders said they' -> 'Rebel commanders': the one who voiced it;
    "Obama’s" (of "Obama’s ambition to …") -> "Obama"."""
    actor = _POSSESSIVE_END.sub("", actor)
    head, verb, tail = _split_report(actor)
    if not verb:
        return actor
    tail = tail.strip()
    if tail and tail.casefold() not in ("they", "it", "he", "she", "we"):
        return tail
    return speaker or head.strip() or actor


def _split_report(actor: str) -> tuple[str, str, str]:
    match = _REPORTING_SPLIT.search(actor)
    if match is None:
        return actor, "", ""
    return actor[: match.start()], match.group(), actor[match.end() :]


#: Words that stand for no party on their own ("it", "there"): not an actor.
_NO_ACTOR_WORDS = frozenset(("it", "this", "that", "there"))


def _actor_like(actor: str, lexicon: Lexicon) -> bool:
    words = actor.split()
    return (
        any(
            w[:1].isupper()
            or w.casefold() in lexicon.roles
            or w.casefold() in ("he", "she", "they")
            for w in words
        )
        and actor.casefold() not in _NO_ACTOR_WORDS
    )


#: A closing quote mark a few words after a cue: the quoted passage is a term the
#: writer quotes, not a speaker's words (`_scare_quoted`).
_CLOSING_QUOTE_SOON = re.compile(r"[^‘'“\".;:]{0,40}?[’'”\"]")


def _scare_quoted(sentence: str, start: int, end: int) -> bool:
    """Whether the cue at sentence[start:end] opens a short quoted term that closes soon
    after it ("is blacklisted as a “terrorist organization” by Washington"): the
    writer's quote marks around a name, whose actor is the sentence's subject, not a
    speaker's."""
    return (
        start > 0
        and sentence[start - 1] in "‘'“\""
        and bool(_CLOSING_QUOTE_SOON.match(sentence, end))
    )


def _in_quote(sentence: str, pos: int) -> bool:
    """Whether pos is inside a quotation opened earlier in the sentence."""
    before = sentence[:pos]
    curly = before.count("“") > before.count("”")
    straight = before.count('"') % 2 == 1
    return curly or straight or before.lstrip().startswith(("“", '"', "\x95"))
