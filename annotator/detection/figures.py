"""Casualty and troop figures: minimal noun phrases with their normalised values.

For each figure (see `numbers`) the rules find the noun phrase it counts (guideline §1:
qualifier + figure + pre-nominal modifiers + head noun, post-head modifiers excluded),
then decide the kind from the predicate of the figure's own clause:

* casualty when an active casualty verb governs the figure ("killed 18 soldiers",
  "injured another 15"), a casualty predicate follows its noun phrase ("… were killed",
  "58 wounded"), a death-toll phrase leads to it ("the toll rose to 82 people"), or the
  head is a casualty noun itself ("15,000 casualties", "21 lives");
* troops when the head is a force or formation noun and nothing above applies, or the
  figure sizes a force ("5,000-strong force", "a militia of over 5 million");
* figures joined by "and", "including" or nothing (lost commas) share a predicate, so
  "At least 15 civilians including three children have been killed" types both.

Anything else (bases, bombs, kilometres, populations, ages, dates) is not a claim.
"""

import re
from collections.abc import Callable
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from annotator.detection.claims import DetectedClaim, new_claim, slot_setters
from annotator.detection.numbers import Figure, figures_in, quantity_value
from annotator.detection.patterns import (
    BEYOND_VERBS,
    CAPITALISED_MONTH,
    DATE_NUMBER,
    MONTH_WORD,
    SECOND_HARM_TIMES,
    Caseless,
    Patterns,
    ascii_letters,
    ascii_lower,
    holds_any,
    lower_for_caseless,
    suffix_pattern,
    terms_pattern,
    word_regex,
)
from annotator.detection.vocabulary import Vocabulary
from annotator.domain import (
    KIND_CASUALTY,
    KIND_TROOPS,
    CasualtyType,
    NormalizedValue,
    Qualifier,
)

_MONTH_OR_PREP_BEFORE = re.compile(
    MONTH_WORD + r"\s+(?:\d{1,2},?\s+)?$"
    r"|\b(?:in|since|of|by|until|from|before|after|during|year|summer|winter|spring)\s+$",
    re.IGNORECASE,
)
#: A report, plan or event whose title ends in its year ("Human Rights Watch's World
#: Report 2026 noted continued killings", "Vision 2030"), case as written.
_TITLE_BEFORE_YEAR = re.compile(
    r"\b(?:Report|Review|Index|Survey|Yearbook|Vision|Agenda|Plan|Strategy|Budget|Act|"
    r"Census|Cup|Games|Olympics|Expo)\s+$"
)
#: "Report" after a plural in a title-case headline: the headline's verb.
_HEADLINE_REPORTS_BEFORE = re.compile(r"[A-Z][a-z]+s\s+Report\s+$")
#: A capitalised word right after a figure: a title-case headline goes on.
_CAPITALISED_WORD_AFTER = re.compile(r"\s+[A-Z]")
#: An event a year names ("convicts a commander over 2013 killings", "the 2011
#: uprising", "the 2018 murder of Saudi journalist Jamal Khashoggi"): a count of them
#: would have its thousands separated, and a singular counts nothing.
_EVENT_AFTER_YEAR = re.compile(
    r"\s+(?:killings?|murders?|massacres?|bombings?|uprising|revolution|elections?|war|coup"
    r"|abductions?|kidnappings?|assassination|shooting|attacks?|invasion|genocide|offensive"
    r"|ambush|siege|executions?|beheadings?|death|slayings?|disappearance|stabbings?"
    r"|poisoning)\b"
)
#: A month's name right after a day's number ("drone strikes on 3 January"): a date
#: written day first.
_MONTH_AFTER = re.compile(rf"\s+{CAPITALISED_MONTH}\b")
#: A month's name right before a day's number.
_MONTH_BEFORE = re.compile(rf"\b{CAPITALISED_MONTH}\.?\s+$")
_CHAIN_GAP = re.compile(
    r"\s*(?:,\s*|[–—-]\s+)?(?:(?:(?:including\s+(?:a|an|one)\s+[a-z]+\s+)?"
    r"(?:were|was|are|is)\s+(?:also\s+)?among(?:\s+the)?|and(?:\s+(?:their|his|her))?|"
    # "including children and two hospital staffers": a group without a figure first, or
    # one person ("including a Sudanese fighter and two Arabs")
    r"including(?:\s+(?:(?:a|an|one)\s+)?[a-z]+(?:\s+[a-z]+)?\s+and(?:\s+(?:their|his|her))?)?|"
    # "seven soldiers, several civilians and 80 'terrorists' were killed": a group
    # without a figure listed between two figures
    r"(?<=,\s)(?:several|many|some|numerous|other|a|an)\s+(?:[a-z]+\s+)?"
    r"(?:civilians?|people|others|child(?:ren)?|wom[ae]n|m[ae]n|soldiers?|police(?:m[ae]n)?"
    r"|officers?|gendarmes?|fighters?|militants?|residents?|villagers?|workers?|passengers?"
    r"|guards?|journalists?)\s+and|"
    r"among\s+them|"
    r"of\s+whom|as\s+well\s+as|in\s+addition\s+to|plus|along\s+with|among\s+whom|"
    # "has reached 236 individuals as follows: 82 armed opposition gunmen …": a breakdown
    r"as\s+follows\s*:"
    # "listed 55 wounded including nine women": a headless figure's predicate
    r"|(?:wounded|injured|hurt|dead|killed|missing)\s*,?\s+(?:including|among\s+them))\s+)?",
    re.IGNORECASE,
)
#: A dashed aside after the figure that names part of it ("41 Palestinians – nearly half
#: of them civilians including eight children – had been killed").
_ASIDE_SUBSET = re.compile(r"\s+[–—]\s[^–—.;!?\d]{0,60}?\s(?:including|among\s+them)\s+")
#: A group without a figure included in the figure before, then a figure added to it
#: ("killed 18 civilians, including women and children, along with six insurgents").
_INCLUDED_THEN_ADDED = re.compile(
    r",?\s+(?:including|among\s+them)\s+[a-z]+(?:\s+and\s+[a-z]+)?,?"
    r"\s+(?:along\s+with|as\s+well\s+as|plus|in\s+addition\s+to)\s+",
    re.IGNORECASE,
)
#: The rest of a typed figure's clause, then a dash or colon that opens its breakdown
#: ("18 civilians were killed in the air strike - five women, seven children and six
#: men"), and how long that rest may be.
_BREAKDOWN_GAP = re.compile(r"[^.;:!?\d“”\"()–—]*?(?:\s[–—-]|:)\s+")
_BREAKDOWN_REACH = 100
#: Where a breakdown's list ends, how far it is read, and a verb in it, which makes the
#: list a clause of its own: an auxiliary, or a word in "-ed" ("arrived", "fled", "freed")
#: other than an age ("aged").
_BREAKDOWN_STOP = re.compile(r"[.;!?]")
_BREAKDOWN_REST = 160
_VERB_IN_LIST = re.compile(
    r"\b(?:were|was|are|is|have|has|had|be|been|being|will|would|(?!aged\b)[a-z]+ed)\b",
    re.IGNORECASE,
)
#: A section's number: digits, a point, digits ("3.2").
_SECTION_DIGITS = re.compile(r"\d+\.\d+")
#: The words `_ADDED_AFTER_PREDICATE` and `_ASIDE_SUBSET` need, and the longest gap
#: between two figures they span.
_ADDED_OR_ASIDE = re.compile(r"well|along|[–—]")
_ADDED_OR_ASIDE_REACH = 100
#: The figure's predicate, then a figure added to it ("28 SDF troops had been killed as
#: well as 41 civilians"), after the head's own of- or from-phrase, if any ("29 fighters
#: from the Hazm movement were killed along with six …").
_ADDED_AFTER_PREDICATE = re.compile(
    r"(?:\s+(?:from|of)\s+[^,.;:!?]{1,60}?)?"
    r"\s+(?:were|was|have\s+been|had\s+been)\s+[a-z]+\s*,?\s+(?:as\s+well\s+as|along\s+with)\s+",
    re.IGNORECASE,
)
#: A verb right after a figure's phrase: the figure opens a clause of its own, and shares
#: no predicate with the figure before it.
_OWN_VERB_AFTER = re.compile(
    r"\s+(?:were|was|are|is|have|has|had|will|would|remain|remained|arrived|stayed)\b"
    r"(?!\s+(?:also\s+)?among\b)"  # "two women and two children were among … killed"
)
#: The head's own from-phrase, or the source of the figure before, then a figure added to
#: it ("killing two men from (Lebanese Shia group) Hezballah and three men from …",
#: "killed at least 66 civilians … according to the Syrian Observatory for Human Rights as
#: well as three rescue workers").
_ADDED_AFTER_PHRASE = re.compile(
    r"\s+(?:from|according\s+to)\s+[^,.;:!?\d“”\"]{1,60}?"
    r"\s+(?:and|as\s+well\s+as|along\s+with|plus|in\s+addition\s+to)\s+",
    re.IGNORECASE,
)
#: A verb of going beyond right before a figure: its bound is a floor ("is expected to
#: exceed 8,000 troops": more than 8,000).
_BEYOND_BEFORE = re.compile(rf"\b(?:{terms_pattern(BEYOND_VERBS)})\s+$", re.IGNORECASE)
#: A place phrase right after a bare figure: "in Ansari", "in the town of Harasta", "in
#: the neighborhood Alsaliheen", "in each of the districts of Marjah".
_LOCATED_AFTER = re.compile(r"\s+in\s+(?:each\s+of\s+)?(?:the\s+)?(?:[a-z]+\s+(?:of\s+)?)?[A-Z]")
#: The same with "at" or "from", for a figure joined by "and" ("killed 15 people in Aden
#: and seven at a Houthi-run mosque", "the killing of 170 teachers from Borno State and
#: three from Yobe State"): after a dash "one at the bus station" counts bombs.  Or an
#: agent, its verb left out ("102 were killed by Israeli forces and seven by settlers").
_LOCATED_AT_OR_FROM = re.compile(
    r"\s+(?:(?:at|from)\s+(?:the\s+|an?\s+)?(?:[a-z]+\s+(?:of\s+)?)?[A-Z]|by\s+[A-Za-z])"
)
#: Where a share of the figure before comes from (or where it was, or by whom), after
#: ", with" ("remains at 20, with 17 coming from the Armed Forces and 3 from the PNP").
_SHARE_FROM = re.compile(r"(?:\s+coming)?" + _LOCATED_AT_OR_FROM.pattern)
#: … or with a day, for a figure joined by "and" ("more than 150 people were killed on
#: Friday and more than 120 on Saturday").
_TIMED_AFTER = re.compile(
    r"\s+(?:on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|overnight"
    r"|the\s+(?:day|night)\s+(?:before|after)|a\s+day\s+(?:earlier|later))\b"
)
#: A circumstance right after a bare figure set off by a comma, which tells a part of
#: the figure before by how they were harmed ("112 people were killed …, 22 while trying
#: to get aid").
_CIRCUMSTANCE_AFTER = re.compile(r"\s+(?:while|when|as)\s+[a-z]+ing\b")
#: Punctuation that ends the clause a located figure shares with the one before, and the
#: longest gap between the two.
_CLAUSE_STOP = re.compile(r"[.;:!?()“”\"]")
_LOCATED_ELLIPSIS_REACH = 150
#: What lies between a casualty figure and a bare part of it (`_type_bare_parts`): the
#: rest of the clause, without a stop, then "including" or "among them"; how long it
#: may be; and what may follow the part: the clause's end, or a time, place or manner
#: word ("last year alone", "on Sunday", "in the capital", "seriously").
_BARE_PART_GAP = re.compile(
    r"[^.;:!?()“”\"\d]*?(?:[\s,]|\s[–—-])\s*(?:including|among\s+them|among\s+whom)\s+",
    re.IGNORECASE,
)
_BARE_PART_REACH = 100
_BARE_PART_END = re.compile(
    r"\s*(?:[.,;:!?)–—]|$)|\s+[-–—]\s"
    r"|\s+(?:in|on|at|near|across|during|since|last|this|earlier|alone|so\s+far|overnight"
    r"|yesterday|today|and|who|when|while|after|before|[a-z]+ly)\b",
    re.IGNORECASE,
)
#: The figure's own predicate ("Twenty people were killed, including three soldiers",
#: "50 have died, among them …"), a place or time phrase (after that predicate, if it
#: has one: "14 people were killed across the city, including …", "stands at more than
#: 50 for this year alone, including …") or the head's own of- or from-phrase ("killed
#: 15 members of Ahrar al-Sham including four field commanders"), then a connector that
#: introduces part of the figure before.  The predicate may hold an adverb ("have now
#: been killed in El Fasher …, among them"), the phrase a year ("more than 6,000 deaths
#: since 2017, including …").
_SUBSET_GAP = re.compile(
    r"(?:\s+(?:were|was|are|is|have|has|had)(?:\s+(?:now|also|already|reportedly))?"
    r"(?:\s+been)?\s+[a-z]+)?"
    r"(?:\s+(?:in|at|on|near|across|during|earlier|last|this|for|over|since|so\s+far|of|from"
    # … or a time by one word ("killed at least 40 people overnight, including …")
    r"|overnight|yesterday|today|tonight)\b"
    # … a year, or a day after its month ("had died since June 25, including …")
    r"(?:[^.;:!?\d“”\"]|(?<![\d,])(?:19|20)\d\d(?!\d|,\d)"
    r"|\b" + MONTH_WORD + r"\s[0-3]?\d(?=,)){0,60}?)?"
    r",?\s+"
    # "rose to 38, including the 11 soldiers who were hit by friendly fire": the part
    # may be named as known
    r"(?:among\s+them|including|among\s+whom|of\s+whom)\s+(?:the\s+)?",
    re.IGNORECASE,
)
#: The harmed as a subject, then a copula right before the figure ("Those who were
#: executed during the storming of the area are around 300", "those killed were 12"); how
#: far before the figure the subject may stand.
_THOSE_HARMED_ARE = re.compile(
    r"\b[Tt]hose\s+(?:who\s+(?:were|was|have\s+been|had\s+been)\s+)?(?P<pred>[a-z]+)\b"
    r"[^.;:!?\d]{0,100}?\s(?:are|were|number|numbered|total|totalled|totaled)\s+$"
)
_THOSE_REACH = 160
#: A count of the harmed by its noun and a verb of reaching, right before a bare figure
#: ("civilian deaths rose to 3,400", "expects civilian casualties to hit 10,000",
#: "deaths from measles have reached 120"): a toll without a toll word.
_HARM_NOUN_REACHED = re.compile(
    # … or the harmed as a noun: "the dead numbered at least 40", "the wounded totalled 300"
    # … or the uprooted and the lost, counted alike: "the displaced now number 2 million",
    # "losses stood at 300" (not refugees, whose number is a population)
    r"\b(?P<harm>deaths|casualties|fatalities|injuries|losses|dead\s+and\s+wounded"
    r"|(?<=the\s)(?:dead|wounded|injured|displaced|missing))"
    r"(?:\s+(?:from|in|among|of|on)\s+[^,.;:!?\d]{1,40}?)?"  # "deaths from measles"
    r"\s+(?:(?:have|has|had|could|would|will|may)\s+)?"
    r"(?:(?:now|already|also|still)\s+)?(?:to\s+)?"
    r"(?:r[io]se[ns]?(?:\s+to)?|rising\s+to|reach(?:ed|es)?|hit|climb(?:ed|s)?\s+to"
    r"|top(?:ped|s)?|st(?:ood|ands?)\s+at|exceed(?:ed|s)?|surpass(?:ed|es)?"
    r"|cross(?:ed|es)"
    # "Casualties among militiamen ran to between 150 and 200"
    r"|r[au]ns?\s+to"
    # "Casualties numbered 300", "the dead totalled 40"
    r"|number(?:ed|s|ing)?|total(?:l?ed|s|l?ing)?"
    # "Total casualties were 45", "Civilian deaths are now at least 300": given by a
    # copula, when the figure ends its clause (`_NUMBER_ENDS`)
    # … or by an estimate ("Casualties are estimated at 300", "deaths were put at 2,000"),
    # or as a count that has not moved ("Civilian deaths also remain at 19"; not "remain
    # at 12 hospitals", "remained at 2019 levels")
    r"|(?P<copula>(?:were|was|are|is)(?:\s+(?:now|already))?"
    r"(?:\s+(?:estimated|put|placed))?(?:\s+at)?|remain(?:s|ed)?\s+at))\s+$",
    re.IGNORECASE,
)
#: The number of the people a sentence counts as killed or harmed, then what gives it
#: ("the number of Nato soldiers killed in attacks stands at", "… was", "… has become",
#: or a dashed aside: "the number of civilians killed – between 64 and 116 –"): a toll that
#: `Patterns.toll`'s words do not name.
_NUMBER_HARMED = re.compile(
    # "of" may go: "the number killed has now reached 80", "the number wounded stood at"
    r"\b[Nn]umber\s+(?:of\s+)?(?:[\w'’-]+\s+){0,8}?"
    r"(?P<harm>killed|martyred|dead|casualties|deaths|fatalities|wounded|injured|injuries"
    r"|displaced|missing)"
    # (a date's numbers are no figure: "… fatalities … since 7 October to 109")
    rf"\b(?:[^.;!?\d]|{DATE_NUMBER}){{0,100}}?"
    # "puts the number of displaced at 6 million": an estimate's "at", as a toll word's
    r"(?:\bto|\breached|\bhit|\bstands\s+at|\bstood\s+at|\bat|\bwas|\bis|\bbec[oa]me|[–—])\s+$"
)
#: "the number of peacekeepers killed" after a figure a toll was brought to
#: (`_BROUGHT_TO`): the count told before the harmed it counts.
_NUMBER_HARMED_AFTER = re.compile(
    # (the words between name the people, not a thing of theirs: "the number of cases of
    # people killed that were reopened" counts cases)
    r"\s+the\s+(?:total\s+|overall\s+)?number\s+of\s+"
    r"(?:(?!(?:of|that|which|who)\b)[\w'’-]+\s+){0,6}?"
    r"(?P<harm>killed|martyred|dead|casualties|deaths|fatalities|wounded|injured|injuries"
    r"|displaced|missing)(?![\w-])"
)
#: A count brought to a figure: "brings to 23", "raised to 40", "took the total to 9".
_BROUGHT_TO = re.compile(
    r"\b(?:br(?:ings?|ought|inging)|rais(?:es|e|ed|ing)|tak(?:es|e|ing)|took"
    r"|push(?:es|ed|ing)?)\s+(?:the\s+(?:total|toll)\s+)?to\s+$",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(
    r"\s*(?:[.,;:!?)]|$)|\s+(?:and|or|but|in|on|at|near|around|across|throughout|inside|outside|"
    r"during|while|when|after|since|overnight|yesterday|today|earlier|overall|"
    r"last|this|including|among|mostly|mainly|many|most|just|alive|—|-|–)\b|\s+[—–-](?=\s|$)"
    # a relative clause on the figure: "had killed 13 of which a majority were women"
    r"|\s+of\s+(?:which|whom)\b"
    # the attribution after a clause whose comma was stripped: "injured scores a monitor said"
    r"|\s+(?:a|an|the)\s+[\w-]+(?:\s+[\w-]+){0,3}?\s+(?:said|says|reported|told)\b"
    # … or a pronoun's: "wounded 22 it said"
    r"|\s+(?:it|they|he|she)\s+(?:said|says|added|reported)\b"
    # … or the source that ends a headline: "… kills six Syrian state TV.", "Syria air
    # strikes kill 32 Monitor AFP"
    r"|(?-i:\s+(?:[A-Z][\w'’-]*\s+){0,2}(?:state\s+)?(?:TV|[Tt]elevision|[Mm]edia|[Rr]adio|"
    r"[Mm]onitor|AFP|Reuters|AP|SANA)(?:\s+(?:AFP|Reuters|AP))?\.?\s*$)",
    re.IGNORECASE,
)
#: "Krystle Campbell, 29, who was killed": an age in apposition (guideline §1: no claim).
_AGE_BEFORE = re.compile(r"[A-Z][\w'’.-]*,\s*$")
#: "aged 11 to 18", "between the ages of 15 and 25": ages (`_aged`).
_AGED_BEFORE = re.compile(
    r"\b(?:aged|ages(?:\s+of)?|age\s+of)\s+(?:between\s+)?"
    # … and the ages listed after the first ("aged 9 and 11", "aged 4, 7 and 12")
    r"(?:\d{1,3}(?:\s*,\s*\d{1,3})*\s*,?\s+(?:and|or|to)\s+)?$",
    re.IGNORECASE,
)
_AGE_AFTER = re.compile(r"\s*,")
#: After a casualty verb, a plural noun the head lists lack still heads the figure
#: ("claimed the lives of 129 loyalists"); the endings are those of nouns for people.
_PEOPLE_NOUN = (
    r"(?P<head>[a-z]{2,}(?:ists|ers|ors|ians|ans|ites|ees|ants|ents|ards|als|men|people|folk))\b"
)
_LOOSE_HEAD = re.compile(rf"\s+{_PEOPLE_NOUN}")
#: `_LOOSE_HEAD` after at most two words that modify it, before the figure's predicate
#: ("Four suspected bomb makers were killed").
_LOOSE_HEAD_BEFORE_PREDICATE = re.compile(rf"(?:\s+[a-z][a-z-]*){{0,2}}?\s+{_PEOPLE_NOUN}")
#: "left" or "leaving" before a figure, whose "dead" after it says what it left them.
_LEFT_BEFORE = re.compile(r"\b(?:left|leaving|leaves|leave)\s+$")
#: Verbs that also take things ("destroyed 30 tankers", "lost 12 aircraft").
_THING_VERBS = frozenset(
    ("destroyed", "eliminated", "neutralised", "neutralized", "lost", "losing", "lose", "loses")
)
_PLAIN_PERSONNEL = Caseless(r"(?<!military\s)(?<!army\s)\bpersonnel$")
_DEPLOYING = re.compile(r"\bdeploy|\bstation|\bdispatch|\bmobili", re.IGNORECASE)
#: "wounding dozens more": a trailing "more" belongs to a figure without head noun.
_TRAILING_MORE = Caseless(r"\s+more\b(?!\s+than)")
#: An item of a list of people before a figure, after its article: one to three words,
#: any capitalised (`_ARTICLE_LIST`, `_NAMED_ITEMS_LIST`).
_LISTED_ITEM = r"[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}"
#: "a nurse, a hospital employee and ": people listed one by one before a figure.
#: The item's noun may be capitalised: "kidnapped a wheelchair-bound Frenchwoman and ",
#: and so may its first modifier, of up to three words: "killed a Pakistani army officer
#: and ".
_ARTICLE_LIST = re.compile(rf"\s(?:(?:a|an|one)\s+{_LISTED_ITEM}\s*,?\s+)+and\s+$")
#: The same list with items a definite article or a possessive opens, or the killer
#: himself, and the figure's people perhaps the last item's own ("killed the commander
#: and 11 of his men", "killed himself and 14 others", "killed a woman and her two
#: children"): read only when the figure has a head noun for people, since "destroyed
#: the school and 30 homes" lists things.
_NAMED_ITEMS_LIST = re.compile(
    rf"\s(?:(?:(?:a|an|one|the|his|her|their)\s+{_LISTED_ITEM}|himself|herself|themselves)"
    r"\s*,?\s+)+and\s+(?:(?:his|her|their)\s+)?$"
)
#: How the lists `_ARTICLE_LIST` and `_NAMED_ITEMS_LIST` read end right before the last
#: item's figure.
_LIST_LAST_ITEM_OPENINGS = ("and ", "and\n", "and his ", "and her ", "and their ")
#: Nothing but the sentence's end after the figure.
_SENTENCE_CLOSE = re.compile(r"\s*[.!?]?[\s”\"’]*$")
#: "adding that 234 of them were children": a part of a group counted before.
_PRONOUN_PARTITIVE = re.compile(
    r"(?P<partitive>\s+of\s+(?:them|whom|those))\b(?:\s+(?:were|was|are|being)\s+(?P<group>[a-z]+)\b)?",
    re.IGNORECASE,
)
#: The same partitive before a figure ("45 people, of whom 12 were children", "of them,
#: 3 were journalists"), the pronoun a cheap test first; and the group said after the
#: figure.
_PRONOUN_ENDS = ("whom", "them", "those")
_PRONOUN_PARTITIVE_BEFORE = re.compile(r"\bof\s+(?:them|whom|those),?\s+$", re.IGNORECASE)
_GROUP_AFTER = re.compile(
    r"\s+(?:were|was|are|being)\s+(?:(?:said|thought|believed|reported)\s+to\s+be\s+)?"
    r"(?P<group>[a-z]+)\b",
    re.IGNORECASE,
)
#: What joins the next group to a partitive subset's group, the verb left out ("of whom
#: 4,506 were children and 3,027 women", "…, 3,027 women and 200 elderly").
_NEXT_GROUP_JOIN = re.compile(r",?\s+(?:and\s+)?")
#: "at least" after a figure's phrase, before its verb ("125 terrorists at least were
#: killed"), not before a figure of its own ("5 people at least 3 of them children").
_AT_LEAST_AFTER = re.compile(
    r"\s+at\s+least\s+(?:were|was|have|had|are|died|killed|wounded|injured)\b", re.IGNORECASE
)
#: Fighters evacuated (under a deal, in buses) are displaced like the people with them,
#: not a force on the move: "thousands of regime loyalists evacuated the day before".
_EVACUATED_AFTER = re.compile(
    r"\s+(?:(?:were|was|had\s+been|have\s+been|being|been)\s+)?evacuated\b", re.IGNORECASE
)
#: A country sheltering people of another nation, right before their figure: they are
#: refugees (the head must be a demonym, "sheltering 2.5 million Syrians"), and the
#: endings of those words, a cheap test before the pattern.
_SHELTERED_BEFORE = re.compile(
    r"\b(?:shelter(?:s|ing|ed)?|host(?:s|ing|ed)?|(?:takes|taken|took|taking)\s+in)\s+$"
)
_SHELTERED_ENDINGS = ("ing ", "ers ", "ed ", "ts ", "ost ", " in ", "ter ")
#: A toll's size as a range of vague quantity: "(the toll) is in the dozens".
_COPULA_IN_THE = re.compile(r"\b(?:is|was|are|were|be|been|it's)\s+in\s+the\s+$")
#: "1,000 of the 11,000 troops": the words between a part's figure and its group's.
_OF_COUNTED_GROUP = re.compile(r"\s+of\s+(?:the|those|these|its|their|our|his|her)\s+")
#: "killing dozens of them": a pronoun's partitive after a headless figure.
_OF_THEM = re.compile(r"\s+of\s+(?:them|those)\b", re.IGNORECASE)
#: "nine of those killed had been identified": a part of the dead or wounded, counted.
#: … also of a group counted there ("Two of the 12 initially killed were police"), which is
#: a claim of its own.
_OF_THOSE_HARMED = re.compile(
    r"\s+of\s+(?:those|the)\s+(?P<counted>[\d,]+\s+(?:[a-z]+ly\s+)?)?"
    r"(?P<pred>killed|dead|wounded|injured|hurt|missing)\b",
    re.IGNORECASE,
)
#: A bare figure moved as a force is moved ("another 100 were sent to Syria").
_DEPLOYED_AFTER = Caseless(
    r"\s+(?:more\s+)?(?:(?:were|are|will\s+be|have\s+been|had\s+been|would\s+be)\s+)?"
    r"(?:sent|deployed|dispatched|redeployed|stationed|withdrawn|pulled\s+out|returning|"
    r"return|returned|will\s+(?:leave|return|go|be\s+sent))\b"
)
#: A nation's people said to be deployed or stationed, right after their phrase: its
#: troops ("Nearly 1,000 Americans are deployed in Syria", "some 500 Britons remain
#: stationed there"; guideline §2 counts personnel deployed or stationed).  Not "based":
#: aid workers and reporters are based somewhere too.
_STATIONED_AFTER = re.compile(
    r"\s+(?:(?:are|were|is|was|remain|remained|have\s+been|had\s+been|will\s+be)\s+)"
    r"(?:(?:currently|now|still|already|permanently)\s+)?(?:deployed|stationed|garrisoned)\b"
)
#: People counted as fighters by what they do: "500 Britons are fighting for IS",
#: "200 foreigners have joined the group", or set out to do: "3,000 Tunisians have left
#: to fight with Islamic State", "hundreds of Britons who have travelled to Syria to join
#: the rebels".
_FIGHTING_FOR = re.compile(
    r"\s+(?:who\s+)?(?:(?:are|were|is|was|have\s+been|had\s+been|have|has|had)\s+)?"
    r"(?:(?:currently|now|still|reportedly|already)\s+)?"
    r"(?:(?:left|gone|went|travell?ed|traveled)\s+(?:to\s+[A-Z][\w-]*\s+)?to\s+(?=fight|join))?"
    r"(?:(?:fighting|fought|fight)\s+(?:for|with|alongside)|joined|join|enlisted\s+(?:in|with))\b",
    re.IGNORECASE,
)
#: "800 armed men": men under arms are a force.
_ARMED = re.compile(r"\b(?i:armed|gunmen)\b")
#: The singular head of a figure of one ("one soldier", "1 civilian"): the vocabulary's
#: head nouns are plural; not a noun modifying another ("one fighter jet").
_SINGLE_NOUNS = (
    r"(?P<head>soldier|civilian|child|boy|girl|baby|woman|man"
    r"|person|fighter|militant|rebel|insurgent|gunman|policeman|officer|journalist|worker"
    r"|student|doctor|member|serviceman|marine|guard|bodyguard|attacker|assailant|protester"
    r"|peacekeeper|paramedic|medic|nurse|hostage|farmer|villager|resident|teenager|shepherd"
    r"|fisherman|driver|passenger|fatality|commander|leader|official|diplomat|pilot|sailor"
    r"|reporter|photographer|cameraman|volunteer|contractor|employee|activist|trooper"
    r"|policewoman|teacher|priest|corporal|sergeant|colonel"
    # … and the harm's own singular, not in a compound ("one casualty ward", "one death
    # sentence")
    r"|(?:casualty|death)(?!\s+(?:wards?|sentences?|threats?|squads?|row|certificates?"
    r"|tolls?|figures?|lists?|rates?|penalty|penalties|camps?|march(?:es)?|traps?|zones?"
    r"|knell|reports?|clearing)\b)"
    # a singular demonym that ends its phrase ("nine Germans and one Peruvian were …")
    r"|[A-Z][a-z]+(?:ian|an|ese|i)(?=,|\s+(?:and|were|was|had|has|died|killed|wounded)\b))"
    r"(?![\w-])"
    r"(?!\s+(?:jets?|planes?|aircraft|helicopters?|pilots?|groups?|commanders?|leaders?|units?"
    r"|posts?|towers?|dogs?|stations?))"
)
_SINGLE_HEAD = re.compile(rf"(?:\s+[A-Za-z][\w’'-]*){{0,2}}?\s+{_SINGLE_NOUNS}")
#: An intention or a future before a harm verb ("vowed to kill", "threatened to
#: neutralise", "will kill"): the harm is not done, so it counts no one (guideline §1: a
#: stated number of people killed or wounded).  Not "managed to", "went on to".
_INTENDED_BEFORE = re.compile(
    r"\b(?:(?:vow|vows|vowed|vowing|pledge|pledges|pledged|threaten|threatens|threatened"
    r"|threatening|plan|plans|planned|planning|aim|aims|aimed|aiming|seek|seeks|sought"
    r"|intend|intends|intended|want|wants|wanted|promise|promises|promised|try|tries|tried"
    r"|trying|attempt|attempts|attempted|hope|hopes|hoped|ready|prepared)\s+to"
    # the same harm named by its noun ("threatened the annihilation of 2 million", "calls
    # for the killing of")
    r"|(?:vow|vows|vowed|threaten|threatens|threatened|threatening|seek|seeks|sought"
    r"|called\s+for|calls\s+for|calling\s+for)\s+(?:the|an?)"
    r"|will|would|shall)\s+$",
    re.IGNORECASE,
)
#: How far before the harm verb `_INTENDED_BEFORE` looks ("threatening to " and a space).
_INTENDED_REACH = 20
#: What makes "one casualty" the one person, not a count: the "of" of the person's own
#: ("the shoulder of one casualty as he was carried").
_OF_ONE_PERSON = re.compile(r"\bof\s+$", re.IGNORECASE)
#: The same right after a head that was its modifier ("One police officer died").
_SINGLE_AFTER_MODIFIER = re.compile(rf"\s+{_SINGLE_NOUNS}")
#: Personnel named by a civilian trade (`_troops_unit`; the phrase is lower-cased).
_CIVILIAN_PERSONNEL = re.compile(
    r"\b(?:medical|health|aid|humanitarian|hospital|rescue|relief|embassy|diplomatic|un|"
    r"civilian|airline|airport|emergency)\s+personnel\b"
)
#: How far around a figure the troops rules read their context (characters).
_CONTEXT = 300
#: A word that numbers what follows it: a table, a chapter, a resolution ("Table 2
#: Brigades abroad", "Resolution 2254"), a picture of a gallery, and so the count of
#: its items after "of" ("Item 1 of 5 Ukrainian prisoners of war pose …", a caption).
_NUMBERING_WORD_BEFORE = re.compile(
    r"\b(?:Table|Figure|Fig\.|Chart|Graph|Map|Annex|Appendix|Section|Chapter|Article"
    r"|Resolution|Paragraph|Page|Item|Photo|Image|Slide|Picture)\s+(?:\d{1,3}\s+of\s+)?$"
)
#: Words before "one" that make it a pick, not a count ("not one" is none).
_ONE_PICKED = re.compile(r"\b(?i:last|first|only|each|every|any|no|not|which|same)\s+$")
#: A unit of time or measure glued to a figure by a hyphen ("the 12-year conflict", "a
#: two-day siege", "a 5-mile convoy"): the figure measures, it counts no one.
_MEASURE_AFTER = re.compile(
    r"-(?:year|month|week|day|night|hour|minute|second|decade|century|mile|kilometre"
    r"|kilometer|km|metre|meter|foot|feet|inch|storey|story|ton|tonne|pound|kg)s?\b",
    re.IGNORECASE,
)
#: "all but" right before a figure: the figure is the exception from a group ("All but
#: one died", "all but two of the dead hostages"), which it does not count.  Looked for
#: only where "but " ends right before the figure, which nearly every figure fails.
_ALL_BUT_BEFORE = re.compile(r"\b(?i:all)\s+but\s+$")
#: "one in five residents", "1 out of every 3 soldiers": the figure is a rate's base, not
#: a count; the word before the figure, a cheap test before the pattern.
_RATE_ENDS = ("in", "of", "every")
_ONE_IN_BEFORE = re.compile(r"\b(?i:one|1)\s+(?i:in|out\s+of)\s+(?i:every\s+)?$")
#: A bare figure that a force's number rises or falls to, or by ("the number of troops
#: will drop from 102,000 to 82,000", "bringing the number to an all-time high of
#: 150,000", "cutting the number of regular soldiers by 20,000 to 82,000").
_FORCE_NUMBER_BEFORE = re.compile(
    # "troop levels pitted against the Taliban are to be cut by almost half from 9,000"
    # (a period only after an initial: "the number of U.S. forces in the country to")
    # … or the figure or estimate of it ("A previous estimate had put the figure at 10,000")
    r"\b(?:[Nn]umber(?:s|ed|ing)?|[Tt]otal|[Ss]trength|[Ll]evels?|[Ff]igure|[Ee]stimates?"
    # … or its ceiling or cap ("raised the troop cap to 5,262"), or its size ("plans to
    # raise the size of the army to 500,000")
    r"|[Cc]eiling|[Cc]ap|[Ss]ize)\b"
    r"(?:[^.;:!?]|(?<=\b[A-Z])\.){0,80}?"
    # "the deployment numbered 'in the low hundreds'", "may drop well below 10,000"
    r"\b(?:from|to|of|at|by|in(?:\s+the)?|drop(?:s|ped)?|f[ae]ll(?:s|en)?|r[io]se[sn]?)\s+[‘'\"]?"
    r"(?:(?:an?\s+)?[\w-]+\s+(?:high|low)\s+of\s+)?$"
    # "the Afghan army and police now number almost 340,000": the verb, also as a
    # participle ("a force numbering some 4,000")
    r"|\b(?:[Nn]umber(?:s|ed|ing)?|[Tt]otal(?:s|ed|led|ing|ling)?)\s+$"
    # … or its highest ("The international force peaked at about 140,000 in 2011")
    r"|\b[Pp]eak(?:s|ed)?\s+at\s+$"
    # … or the number named a few words before a copula ("The troop ceiling is 9,800", "the
    # army's strength is now 350,000"), when the figure ends its clause (`_NUMBER_ENDS`)
    r"|\b(?:[Nn]umbers?|[Tt]otal|[Ss]trength|[Ll]evels?|[Cc]eiling|[Cc]ap)(?:\s+[\w.'’-]+){0,6}?"
    r"\s+(?P<copula>is|was|are|were|be)(?:\s+(?:now|still))?\s+$"
)
#: A force cut, raised or kept to a figure: "cut U.S. troops to about 5,000", "cut the
#: mission to 270".
_FORCE_TO_NUMBER = re.compile(
    r"\b(?:cut|cuts|cutting|reduc\w+|trim\w*|rais\w+|increas\w+|boost\w*|bring\w*|brought"
    r"|keep\w*|kept)\s+(?:(?:the\s+)?(?:[A-Z][\w.]*\s+){0,2}(?:troops|forces|soldiers"
    r"|personnel|force|mission|contingent|garrison)"
    r"|(?:the\s+)?(?:number\s+of\s+)?(?:[A-Z][\w.]*\s+)?(?:troops|forces"
    r"|soldiers))\s+(?:in\s+[A-Z]\w+\s+)?to\s+$"
    # … or a force that is cut, grows or shrinks to a figure, as the subject: "The force
    # has grown to 12,000", "The Afghan army has been cut to 150,000", "ISIS's ranks have
    # swelled to 30,000"
    r"|\b(?i:troops|forces|soldiers|personnel|force|army|ranks|contingent|garrison|fighters"
    r"|militants|rebels|insurgents)(?:['’]s?)?\s+(?:(?:has|have|had|will|would|could|may|is|are"
    r"|was|were|be|been|now|to)\s+){0,3}(?:cut|reduced|trimmed|slashed|raised|increased|boosted"
    r"|expanded?|grown?|grew|grows|swell(?:ed|s)?|swollen|shr[iau]nk|risen|rise|rose|fallen|fall"
    r"|fell|dropped|drop)\s+to\s+$"
)
#: The wounded named with the dead in one head: "dozens of dead and injured" (after
#: "dead") and "deaths and injuries" (after another death noun).
_AND_WOUNDED = re.compile(r"\s+(?:and|or)\s+(?:injured|wounded|hurt)\b")
_AND_INJURIES = re.compile(r"\s+(?:and|or)\s+(?:injuries|wounds)\b")
#: What comes before a bare figure that a sentence compares with a force's size: a
#: change or a comparison ("down from", "compared with the", "rather than", "fall to"),
#: the force it is added to ("to add to the roughly 8,400 already in Afghanistan", "to
#: join the 800 there", "on top of 4,500 already there") or named beside ("along with
#: about 45,000 from the NATO alliance"), or the whole it is part of ("160 soldiers out
#: of 550"), or what is left of it or what it comes to ("leaving about 17,600", "bringing
#: its deployment to about 600").
_COMPARED_BEFORE = re.compile(
    r"\b(?:(?:down|up)\s+from(?:\s+(?:a|an|the)\s+(?:previous\s+|earlier\s+)?"
    r"(?:figure|estimate|total|high|peak|level)\s+of)?|compared\s+(?:with|to)(?:\s+the)?"
    r"|rather\s+than|instead\s+of|(?:f[ae]ll|falls|drop(?:s|ped)?|r[io]se|rises|cut"
    r"|reduced|increased|gr[eo]w|grows|raised|boosted|expanded)\s+(?:only\s+)?(?:to|from)"
    r"|(?:from|to)\s+the\s+(?:current|present|existing)"
    r"|(?:add(?:s|ed|ing)?\s+to|join(?:s|ed|ing)?)\s+the"
    r"|(?:on\s+top\s+of|in\s+addition\s+to|along\s+with|alongside)(?:\s+the)?"
    r"|leaving(?:\s+(?:only|just|behind))?"
    r"|bring(?:s|ing)?\s+(?:its|their|the|his|her|our)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:deployment|force|total|contingent|presence|numbers?|strength|garrison)\s+to"
    r"|out\s+of(?:\s+(?:a|the))?)"
    r"\s+[‘'\"]?$"
)
#: What may follow a bare figure compared with a force: the end of its phrase, or where
#: or when that force is, or whose it is ("the roughly 8,400 already in Afghanistan", "from
#: the current 8,400 to 12,000", "45,000 from the NATO alliance"), not a noun it counts
#: ("join the 150 aircraft there").
_COMPARED_FIGURE_ENDS = re.compile(
    r"\s*(?:[.,;:!?)–—]|$)|\s+(?:already|now|currently|still|there|here|in|at|on|to|by|last"
    r"|this|deployed|stationed|based|that|which|who|as|before|after|when|during|since|until"
    r"|under|for|over|from|today|previously|earlier|initially|originally|a|an|the)\b"
)
#: A part of a force counted by a pronoun or by "that number" right after its figure
#: ("250 of whom were sent home", "2,000 of that number are foreigners"): the span keeps
#: the of-phrase (guideline §1, partitives; §2: the same span rules).
_FORCE_PARTITIVE = re.compile(
    r"\s+of\s+(?:whom|them|those|that\s+(?:number|figure|total|force))\b", re.IGNORECASE
)
#: What comes before a bare figure that counts part of a force sized before it.
_PART_OF_FORCE_BEFORE = re.compile(r"\b(?:including|among\s+them|of\s+whom)\s+$")
#: What opens or closes an aside: a comma, or a dash (two hyphens, an em or an en dash,
#: spaced or not; a single hyphen joins words, so it is no dash here).
_ASIDE_MARK = r"(?:,|\s*(?:--|[—–]))"
#: A comma or a dash and an adverb of time or a hedge before a bare figure set off as an
#: aside ("troops based in Germany, currently around 20,000, will leave", "some troops --
#: perhaps 3,000 to 4,000 -- will remain") … or an estimate of it there ("ISIS militants,
#: estimated at 30,000, hold …").
_APPOSED_BEFORE = re.compile(
    _ASIDE_MARK + r"\s+(?:(?:currently|now|then|still|perhaps|possibly|probably|maybe)\s+)?"
    r"(?:(?:estimated|believed|thought|put|reckoned)\s+(?:to\s+number\s+|at\s+))?$"
)
#: What closes an aside after a bare figure: a comma, or a dash as the aside opened.
_ASIDE_CLOSES = re.compile(_ASIDE_MARK)
#: What joins "another" and a bare figure to a force's size before it.
_ADDED_BEFORE = re.compile(r"\b(?:with|and|plus)\s+$")
#: How a sentence opens that goes on about the force the sentence before sized.
_SAME_FORCE_OPENING = re.compile(
    r"(?:This|That|It|The\s+(?:number|figure|total|force|contingent))\s+(?:will|would|is|was"
    r"|could|should|has|had|must)\b"
    # a bare part of that force as the subject: "About 500 will help train Afghan forces"
    r"|(?P<part>(?:[A-Z][a-z]+\s+(?:[a-z]+\s+)?)?\d[\d,]*\s+(?:will|would)\b)"
)
#: The smallest figure read as a force's size when nothing but the sentence says it is
#: one: a bare figure compared with a force's size, or unarmed "men" in a sentence
#: about forces ("some 3,000 men"; not "the two men can control their troops").
_SMALLEST_FORCE = 100


def _large_enough_for_a_force(figure: Figure) -> bool:
    """Whether a figure's floor is at least `_SMALLEST_FORCE`: large enough to be read as
    a force's size from the sentence alone."""
    return figure.min is not None and figure.min >= _SMALLEST_FORCE


#: Women listed with the men a figure counts ("men, women and children", "men and
#: women"): the people of a place, not a force's men.
_WOMEN_TOO = re.compile(r"\s*,?\s+(?:and\s+)?women\b", re.IGNORECASE)
#: A compound noun in "-men", then "and women" ("servicemen and women", "airmen and
#: women", "policemen and women"): the members of a service or force of either sex (not
#: "men and women", the people of a place).
_COMPOUND_MEN_AND_WOMEN = re.compile(r"(?<=[a-z]{2}men)\s+and\s+women$")
#: The smallest count of soldiers or fighters that sizes a force: fewer are people in
#: an incident (guideline §2: small attacking parties are optional at most, and no
#: required troops claim in the samples counts fewer than 70 people).  Formations are
#: counted from one ("One battalion").
_SMALLEST_PARTY = 10
#: What after a bare figure makes it no head count ("down from 40 percent").
_NOT_A_HEADCOUNT = (" percent", " per cent")
#: Words that make such a number a count of the dead or wounded, not of a force.
_HARM_WORDS = re.compile(r"\b(?i:kill|dead|die|death|wound|injur|casualt|missing|captur)")
_SINGULAR_FORMATIONS = frozenset(
    ("brigade", "division", "regiment", "battalion", "corps", "squadron", "company", "fleet")
)
#: People the noun phrase itself calls taken: "200 kidnapped schoolgirls" (the verbs
#: that take only people, not "captured", which takes weapons too).
_TAKEN_MODIFIER = re.compile(r"\b(?:kidnapped|abducted|enslaved)\b", re.IGNORECASE)
#: People the noun phrase itself calls displaced.
_UPROOTED = re.compile(r"\b(?i:refugees|displaced|evacuees|asylum\s+seekers|IDPs)\b")
#: Heads that count people only when they are uprooted: "thousands of families fled"
#: counts the displaced (guideline §2 table, note "count of families"), but "two families
#: were killed" or "500 families live there" gives no number of people.
_UPROOTED_ONLY_HEADS = frozenset({"families"})
#: A captive counted dead ("13 deceased hostages"), said inside the noun phrase.
_DEAD_MODIFIER = re.compile(r"\b(?:dead|deceased|slain|murdered|killed)\b", re.IGNORECASE)
#: Lives that go on after a figure of lives: "Eight lives changed by the Iraq war",
#: "12 lives saved", "lives at risk", "Thousands of lives are now at stake", "lives
#: hang in the balance" (no death).
_LIVES_SPARED = re.compile(
    r"\s+(?:(?:were|are|is|was|have|has|had|been|being|be|remain|remained|remains|will"
    r"|would|could|may|might|still|now|put)\s+){0,3}(?:changed|saved|spared|touched"
    r"|transformed|shaped|upended|disrupted|at\s+risk|at\s+stake|hang\s+in\s+the\s+balance"
    r"|hangs\s+in\s+the\s+balance|hung\s+in\s+the\s+balance)\b",
    re.IGNORECASE,
)
#: Lives given to a calling rather than lost ("These 40 teachers have given their lives to
#: education", "gave their lives to the church"): after the tribute wording ("gave their
#: lives", `_GIVEN` its first letters) "to" before anything but a verb of defending
#: ("gave their lives to protect the town" is a death).
_GIVEN = frozenset(("gave", "give"))
_DEVOTED_TO = re.compile(
    r"\s+to\s+(?!(?:protect|defend|save|free|serve|secure|liberate|fight|keep|stop|hold"
    r"|rescue)\b)",
    re.IGNORECASE,
)
#: "the population of 12 million", "a city of 3 million": how many live there.
_POPULATION_OF = re.compile(
    r"\b(?:population|city|town|country|nation|province|region|state)\s+of\s+$", re.IGNORECASE
)
#: The dead found, shown or mourned: "wept over the bodies of his two sons", "passed the
#: corpses of three men", "a video showing the heads of 17 soldiers".
_REMAINS_OF = re.compile(
    r"\b(?:bodies|corpses|remains|heads)\s+of\s+(?:(?:the|his|her|their|its)\s+)?$", re.IGNORECASE
)
#: "The dead included two soldiers", "Among the wounded were three children", "Of the 130
#: injured, 77 were …": a list of the dead or the hurt, the figure one of its items; the
#: casualties too, of unspecified harm ("The casualties include 14 civilians"), and a
#: war bulletin's count of losses ("The AFU losses amounted to up to 190 troops").
#: The words of its lists: the harmed as an adjective or participle; harm nouns after an
#: article, alone, or after "among"; and so the words the cheap test looks for.
_HARMED_WORDS = ("dead", "killed", "wounded", "injured")
_LISTED_HARMED = (*_HARMED_WORDS, "fatalities", "victims", "casualties", "losses")
_HARM_NOUNS_ALONE = ("fatalities", "victims", "casualties", "losses", "deaths")
_AMONG_HARMED = (*_HARMED_WORDS, "fatalities", "casualties", "losses")
_AMONG_THE_HARMED = re.compile(
    # … counted or not: "The 30 dead included ten children"
    rf"\b(?:(?:(?:the|those)\s+(?:[\d,]+\s+)?(?P<listed>{'|'.join(_LISTED_HARMED)})"
    # … a plural noun needs no article: "Casualties included 12 children"
    rf"|(?P<noun>{'|'.join(_HARM_NOUNS_ALONE)}))"
    r"\s+(?:included|include|includes|were|are|amounted\s+to|amount\s+to|totall?ed|totals?"
    r"|reached|stood\s+at)"
    # "the AFU sustained losses of more than 380 troops": a bulletin's count of the harmed
    r"|(?:sustained|suffered|with)\s+(?P<suffered>losses)\s+of"
    rf"|among\s+(?:the\s+|those\s+)?(?P<among>{'|'.join(_AMONG_HARMED)})"
    r"\s+(?:were|was|are|is)"
    # "Of the 130 injured, 77 were women or children"
    rf"|\bof\s+(?:the|those)\s+(?:[\d,]+\s+)?(?P<of>{'|'.join(_HARMED_WORDS)}),)\s+$",
    re.IGNORECASE,
)
#: Every word `_AMONG_THE_HARMED` needs one of, for its cheap test.
_AMONG_THE_HARMED_WORDS = tuple(
    dict.fromkeys((*_LISTED_HARMED, *_HARM_NOUNS_ALONE, *_AMONG_HARMED))
)
#: "Ten children among 30 dead", "Two Britons among the 38 killed": people counted among
#: the harmed right after their phrase (a headline's "were among the dead"), and the
#: word that must follow the phrase, a cheap test before the pattern.
_AMONG = " among "
_AMONG_HARMED_AFTER = re.compile(
    r"\s+among\s+(?:the\s+|those\s+)?(?:[\d,]+\s+|(?:dozens|scores|hundreds)\s+)?"
    r"(?P<pred>dead|killed|wounded|injured|hurt|casualties|victims)\b",
    re.IGNORECASE,
)
#: "48 living and deceased hostages": captives, some of them dead.
_ALIVE_TOO = re.compile(r"\b(?:living|alive)\b", re.IGNORECASE)
_DEATH_HEADS = frozenset(
    {"lives", "dead", "slain", "deaths", "fatalities", "bodies", "corpses", "martyrs"}
    | {"killings", "murders", "kias", "kia", "fatality", "death", "suicides"}
)
#: The casualty noun's singular, head of a figure of one ("causing one more casualty").
_CASUALTY_SINGULAR = "casualty"
#: Heads that count people uprooted by their count of moves ("26.4 million
#: displacements", the monitors' unit; guideline §1 counts them as displaced).
_DISPLACEMENT_HEADS = frozenset({"displacements"})
#: `CasualtyType(value)` without the enum's call machinery.
_CASUALTY_TYPES = {member.value: member for member in CasualtyType}
#: The values the rules set, read once: an enum member's `.value` is a property call.
_CASUALTIES = CasualtyType.CASUALTIES.value
_KILLED = CasualtyType.KILLED.value
_KILLED_OR_WOUNDED = CasualtyType.KILLED_OR_WOUNDED.value
_WOUNDED = CasualtyType.WOUNDED.value
_KILLED_AND_WOUNDED = frozenset((_KILLED, _WOUNDED))
_CAPTURED = CasualtyType.CAPTURED.value
_CAPTURED_THEN_KILLED = frozenset((_CAPTURED, _KILLED))
#: Wounding verbs that tell how someone was killed when "and killed" follows.
_HARMED_TO_DEATH = frozenset(("stabbed", "mutilated"))
#: The rules that type a figure by the predicate after its phrase and by a captive head
#: noun alone (`_captives_share_the_predicate_after`).
_PREDICATE_AFTER = "casualty.predicate_after"
#: The rule of a figure whose head noun says its people were uprooted ("5 million
#: Syrian refugees").
_DISPLACED_HEAD = "casualty.displaced_head"
#: The rule of a part of a casualty figure told after a partitive pronoun ("of whom 12").
_SUBSET_OF_EARLIER = "casualty.subset_of_earlier"
_VERB_BEFORE = "casualty.verb_before"
#: The rules by which a part of a counted group is harmed: a predicate of its own.
_PART_HARMED_RULES = frozenset((_VERB_BEFORE, _PREDICATE_AFTER))
_CAPTIVE_HEAD = "casualty.captive_head"
_DISPLACED = CasualtyType.DISPLACED.value
_MISSING = CasualtyType.MISSING.value
_UNIT_BY_WORD = {
    "civilians": "civilians",
    "children": "children",
    "kids": "children",
    "boys": "children",
    "girls": "children",
    "schoolgirls": "children",
    "schoolboys": "children",
    "schoolchildren": "children",
    "minors": "children",
    "babies": "children",
    "infants": "children",
    "teenagers": "children",
    "women": "women",
    "workers": "workers",
    "civilian": "civilians",
    "child": "children",
    "boy": "children",
    "girl": "children",
    "baby": "children",
    "woman": "women",
    "worker": "workers",
    "soldier": "troops",
    "serviceman": "troops",
    "marine": "troops",
    "sailor": "troops",
    "trooper": "troops",
    "fighter": "fighters",
    "militant": "fighters",
    "rebel": "fighters",
    "insurgent": "fighters",
    "gunman": "fighters",
    "policeman": "police",
    "policewoman": "police",
    # the attackers of an incident, named as people: the non-state side (§2 table)
    "assailants": "fighters",
}
_FIGHTER_CONTEXT = re.compile(
    r"^\s+of\s+(?:the\s+|a\s+|an\s+)?[\w\s-]{0,40}?\b(?:militia|group|rebels|militants|"
    r"faction|organisation|organization|jihadists|insurgents|terrorist)",
    re.IGNORECASE,
)


#: Opening quote marks that may stand between a casualty verb and its figure.
_OPENING_QUOTES = ("‘", "“", "'", '"')
#: The same as a set, and the closing marks after a figure quoted alone, for
#: `_quoted_alone`: a one-character slice looked up in a set costs a fraction of a
#: `startswith` with an offset, whose arguments are parsed anew for every figure.
_OPENING_QUOTE_MARKS = frozenset(_OPENING_QUOTES)
_CLOSING_QUOTE_MARKS = frozenset(("’", "”", "'", '"'))
#: A verb in scare quotes before its figure (state-media wording quoted by the writer:
#: the army "neutralised" some 60 assailants): the quoted words and the space after
#: them.  Single marks are left alone, as "’" and "'" are also apostrophes.
_SCARE_QUOTE_MARKS = frozenset(("”", '"'))
_SCARE_QUOTED = re.compile(r"[“\"](?P<words>[a-z][a-z -]{0,30}[a-z])[”\"]\s+$")


class _Candidate:
    """A figure with its noun phrase and what the rules found out about it.

    A plain class, not a dataclass, for the reason `sentences.Sentence` is one."""

    __slots__ = ("casualty_type", "end", "figure", "head", "rule", "troops_rule")

    def __init__(self, figure: Figure, end: int, head: str | None) -> None:
        self.figure = figure
        self.end = end
        self.head = head
        self.casualty_type: str | None = None
        self.rule = ""
        self.troops_rule = ""


def _as_caseless(pattern: re.Pattern[str]) -> Caseless:
    """A compiled IGNORECASE pattern as a `Caseless` pattern (ValueError when it does not
    convert: it has capitals or flags)."""
    return Caseless(pattern.pattern, pattern.flags & ~re.IGNORECASE)


@lru_cache(maxsize=16)
def _caseless_right_predicates(patterns: Patterns) -> tuple[Caseless, Caseless] | None:
    """`patterns.right_predicate` and `right_predicate_aside` as `Caseless` patterns, or
    None when one does not convert."""
    try:
        return (
            _as_caseless(patterns.right_predicate),
            _as_caseless(patterns.right_predicate_aside),
        )
    except ValueError:
        return None


@lru_cache(maxsize=16)
def _caseless_heads(patterns: Patterns) -> tuple[Caseless, Caseless, Caseless, Caseless] | None:
    """The formation, fighter, force and police head-noun patterns as `Caseless`
    patterns, or None when one does not convert."""
    try:
        formation, fighter, force, police = (
            _as_caseless(pattern)
            for pattern in (
                patterns.formation_heads,
                patterns.fighter_heads,
                patterns.force_heads,
                patterns.police_heads,
            )
        )
    except ValueError:
        return None
    return formation, fighter, force, police


class _Heads:
    """The tests of which head-noun list a figure's noun phrase ends with, for one text:
    each pattern with the string to take the phrase from (see `_Scans`).  They search
    the whole phrase for the suffix, which case-sensitively takes about 60 % of the time."""

    __slots__ = ("fighter", "force", "formation", "plain_personnel", "police", "scanned")

    def __init__(self, text: str, lowered: str | None, patterns: Patterns) -> None:
        caseless = _caseless_heads(patterns)
        chosen: tuple[re.Pattern[str], ...]
        if lowered is None or caseless is None:
            chosen = (
                patterns.formation_heads,
                patterns.fighter_heads,
                patterns.force_heads,
                patterns.police_heads,
                _PLAIN_PERSONNEL.ignorecase,
            )
            self.scanned = text
        else:
            chosen = (*(heads.lowercase for heads in caseless), _PLAIN_PERSONNEL.lowercase)
            self.scanned = lowered
        self.formation, self.fighter, self.force, self.police, self.plain_personnel = chosen

    def armed(self, start: int, end: int) -> bool:
        """Whether the phrase at [start, end) holds a fighter or a force noun, the slice
        taken once for both tests."""
        phrase = self.scanned[start:end]
        return self.fighter.search(phrase) is not None or self.force.search(phrase) is not None


class _Scans:
    """The stage's hot case-insensitive patterns for one text, each picked once (see
    `Caseless`): the case-sensitive form to run on the lower-cased text, or for the rare
    text that needs it the IGNORECASE form and the text itself.  Most of their matches
    fail after a few characters, which case-sensitively takes about half the time.
    Matched text then comes from the lower-cased string: callers casefold it."""

    __slots__ = (
        "deployed_after",
        "heads",
        "left_verb",
        "predicate_end",
        "predicate_found",
        "predicate_from",
        "predicate_letters",
        "predicate_scan",
        "right_predicate",
        "right_predicate_aside",
        "right_scanned",
        "scanned",
        "trailing_more",
    )

    def __init__(self, text: str, lowered: str | None, patterns: Patterns) -> None:
        self.heads = _Heads(text, lowered, patterns)
        self.trailing_more, self.scanned = _TRAILING_MORE.on(text, lowered)
        self.deployed_after = _DEPLOYED_AFTER.on(text, lowered)[0]
        # Not picked per text: `_left_verb` lower-cases each window it searches.
        self.left_verb = _caseless_left_verb(patterns)
        right = _caseless_right_predicates(patterns)
        # The runs of letters of the text the right predicates run on, for
        # `_predicate_may_follow`: only the lower-cased text has them as they are read.
        self.predicate_scan = patterns.predicate_scan
        self.predicate_letters: bytes | None = None
        # The last search of `predicate_may_follow`: its end and start, and where its
        # match began (-1 for none).
        self.predicate_end = -1
        self.predicate_from = 0
        self.predicate_found = -1
        if right is None or lowered is None:
            self.right_predicate, self.right_scanned = patterns.right_predicate, text
            self.right_predicate_aside = patterns.right_predicate_aside
        else:
            self.right_predicate, self.right_scanned = right[0].lowercase, lowered
            self.right_predicate_aside = right[1].lowercase
            if self.predicate_scan is not None:
                self.predicate_letters = ascii_letters(lowered)

    def predicate_may_follow(self, pos: int, end: int) -> bool:
        """Whether `right_predicate` (or its aside form) may match a casualty predicate
        after `pos` in text[:end]: False when no key of its terms follows (`run_scan`).

        Why: most figures (distances, percentages, days, most heads) have no such word
        after them in their sentence, and the two patterns then failed after trying
        every modifier, aside and auxiliary before them.  The figures of a sentence ask
        in order, so the last search answers a later offset up to its match (or any
        later offset when it found none): a run-on sentence of many figures is scanned
        about once, not once per figure."""
        letters = self.predicate_letters
        scan = self.predicate_scan
        if letters is None or scan is None:
            return True
        if end == self.predicate_end and pos >= self.predicate_from:
            if self.predicate_found < 0:
                return False
            if pos <= self.predicate_found:
                return True
        match = scan.search(letters, pos, end)
        self.predicate_end, self.predicate_from = end, pos
        self.predicate_found = -1 if match is None else match.start()
        return match is not None


def detect_figures(
    text: str, sentences: list[tuple[int, int]], patterns: Patterns
) -> list[DetectedClaim]:
    """Casualty and troops claims in the text, sentence by sentence."""
    claims: list[DetectedClaim] = []
    # The text lower-cased once, for the figure scan and for the scans below.
    caseless = lower_for_caseless(text)
    figures = figures_in(text, caseless)
    if " times" in text:
        # "ten times more losses", "about eight times less": a multiplier counts no one
        figures = [figure for figure in figures if not text.startswith(" times", figure.end)]
    if not figures:
        return claims
    # Most sentences have no death-toll phrase before their last figure: then their
    # figures need no toll scan (the phrase is looked for before a figure only).  The
    # lower-cased text keeps offsets unless a character lengthens ("İ").
    scans = _Scans(text, caseless, patterns)
    toll_words = patterns.toll_first_words
    lowered = text.lower() if caseless is None else caseless
    if len(lowered) != len(text):
        toll_words = None
    index = 0
    count = len(figures)
    # The casualty type of the last figure typed in the sentence before, for a
    # sentence that lists who they were ("… 11 people died. They included two soldiers").
    typed_before: tuple[int, str] | None = None
    # The unit of the last force sized in the sentence before, for a sentence that goes
    # on about that force ("This will fall to 5,200").
    sized_before: tuple[int, str] | None = None
    for number, (start, end) in enumerate(sentences):
        # Half the sentences hold no figure: one comparison passes over them (a figure
        # is never empty, so one starting at or after the end is not inside).
        if index == count:
            break
        if figures[index].start >= end:
            continue
        while index < count and figures[index].start < start:
            index += 1
        inside = []
        while index < count and figures[index].end <= end:
            inside.append(figures[index])
            index += 1
        if not inside:
            continue
        toll_end = inside[-1].outer_start
        tolls = toll_words is None or holds_any(lowered, toll_words, start, toll_end)
        candidates = _candidates(text, start, end, inside, patterns, scans, tolls)
        if len(candidates) > 1:  # both relate a figure to the others of its sentence
            _untype_things_destroyed(text, candidates)
            _untype_agents_of_harm(text, candidates)
            _type_bracketed_restatements(text, candidates)
            _share_predicates(text, candidates)
            _type_pronoun_subsets(text, end, candidates)
            _type_located_ellipses(text, end, candidates)
            _type_bare_parts(text, end, candidates)
            _type_compared_counts(text, end, candidates)
        if typed_before is not None and typed_before[0] == number - 1:
            _type_listed_victims(text, start, candidates, typed_before[1])
        bare: list[_Candidate] = []
        troops_unit: str | None = None
        unit_before: str | None = None
        opening_part = False
        if sized_before is not None and _follows(text, sentences, number, sized_before[0]):
            # "The UK has 7,900 troops in Afghanistan. This will fall to 5,200 by …"
            opening = _SAME_FORCE_OPENING.match(text, start)
            unit_before = sized_before[1]
            troops_unit = unit_before if opening else None
            opening_part = opening is not None and opening.group("part") is not None
        # The unit of the force sized right before the figure at hand: the one the
        # sentence before sized, then the figure before it in this sentence.
        force_unit = unit_before
        # The casualty type of the last count of the harmed before the figure at hand,
        # in the sentence before or this one, and where the words after it start.
        harm_type = (
            typed_before[1]
            if typed_before is not None and _follows(text, sentences, number, typed_before[0])
            else None
        )
        previous_end = start
        for candidate in candidates:
            claim = _to_claim(text, start, end, candidate, patterns, scans)
            if claim is None and candidate.head is None and force_unit is not None:
                claim = _part_of_force(text, end, candidate, force_unit)
            if claim is None and candidate.head is None and harm_type is not None:
                claim = _number_of_the_harmed(
                    text, previous_end, end, candidate, harm_type, patterns
                )
            if claim is None and candidate.head is None:
                claim = _sent_force(text, sentences, number, candidate, patterns)
            force_unit = None
            previous_end = candidate.end
            if claim is not None:
                claims.append(claim)
                if claim.kind == KIND_CASUALTY and claim.value and claim.value.casualty_type:
                    harm_type = claim.value.casualty_type
                if claim.kind == KIND_CASUALTY and candidate.casualty_type is not None:
                    typed_before = (number, candidate.casualty_type)
                elif claim.kind == KIND_TROOPS and claim.value and claim.value.unit:
                    troops_unit = troops_unit or claim.value.unit
                    sized_before = (number, claim.value.unit)
                    force_unit = claim.value.unit
            elif candidate.head is None:
                bare.append(candidate)
        if troops_unit is not None and bare:
            claims.extend(_compared_forces(text, start, bare, troops_unit, opening_part))
        elif unit_before is not None and bare:
            named = _numbers_of_the_force_before(text, start, end, bare, unit_before, patterns)
            if named:
                # the force sized again, for the sentence after ("… put the figure at
                # 10,000. It is thought that 2,000 of that number are foreigners")
                claims.extend(named)
                sized_before = (number, unit_before)
    if _has_table_mark(text, 0, len(text)):
        claims.extend(_table_cells(text, figures, claims, patterns))
    return claims


#: What separates the cells of a table row as scraped: a bar or a tab.
_TABLE_MARKS = ("|", "\t")
#: A cell separator with the spaces around it ("Masisi | 52 | 130").
_CELL_SEPARATOR = re.compile(r"[ \t]*[|\t][ \t]*")


def _has_table_mark(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds a cell separator (`_TABLE_MARKS`): a plain search
    for each mark, so that texts without tables cost two string scans."""
    return any(text.find(mark, start, end) >= 0 for mark in _TABLE_MARKS)


def _row_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the cells of the table row text[start:end], spaces around them
    left out (an empty cell before a leading bar or after a trailing one kept)."""
    cells = []
    cell_start = start
    for separator in _CELL_SEPARATOR.finditer(text, start, end):
        cells.append((cell_start, separator.start()))
        cell_start = separator.end()
    cells.append((cell_start, end))
    return cells


#: The header of a table column that sizes forces ("Host | Lead nation | Troops"), and
#: the unit of its cells.  Not "fighters" (jets) nor "personnel" (a firm's staff).
_FORCE_COLUMNS = {"troops": "troops", "soldiers": "troops"}


def _table_cells(
    text: str, figures: list[Figure], found: list[DetectedClaim], patterns: Patterns
) -> list[DetectedClaim]:
    """Casualty figures in the cells of a table whose header row names a harm per
    column ("Territory | Killed | Injured | Displaced", then "Masisi | 52 | 130 |
    71,000"), and force sizes in a column headed by a force ("Host | Lead nation |
    Troops", then "Estonia | UK | 1,800") unless the line above the header names a harm
    ("Deaths by year": those columns count the dead): each cell that holds a figure alone
    counts the people of its column (guideline §0 "annotate every mention", §1 a figure
    without head noun: the figure alone).  Sentence rules cannot type them: a row has no
    predicate.  A row with another number of cells, or a line without a bar or tab, ends
    the table; figures already claimed are left as they are."""
    claims: list[DetectedClaim] = []
    alone = {(figure.start, figure.end): figure for figure in figures}
    taken = {claim.start for claim in found}
    # Per column of the current table: (kind, casualty type or unit), or None.
    columns: list[tuple[str, str] | None] | None = None
    line_start = 0
    previous_line = (0, 0)
    while line_start < len(text):
        line_end = text.find("\n", line_start)
        if line_end < 0:
            line_end = len(text)
        cells = (
            _row_cells(text, line_start, line_end)
            if _has_table_mark(text, line_start, line_end)
            else []
        )
        words = [" ".join(text[a:b].casefold().split()) for a, b in cells]
        if len(cells) < 2:
            columns = None
        elif any(word in patterns.casualty_words or word in _FORCE_COLUMNS for word in words):
            forces_counted = _HARM_WORDS.search(text, *previous_line) is None
            columns = [_column(word, patterns, forces_counted) for word in words]
        elif columns is not None and len(columns) == len(cells):
            for (cell_start, cell_end), column in zip(cells, columns, strict=True):
                figure = alone.get((cell_start, cell_end))
                if column is None or figure is None or cell_start in taken:
                    continue
                kind, what = column
                candidate = _Candidate(figure, cell_end, None)
                if kind == KIND_CASUALTY:
                    claims.append(
                        _claim(text, candidate, kind, "people", what, "casualty.table", 0.6)
                    )
                else:
                    claims.append(_claim(text, candidate, kind, what, None, "troops.table", 0.6))
        else:
            columns = None
        previous_line = (line_start, line_end)
        line_start = line_end + 1
    return claims


def _column(header: str, patterns: Patterns, forces_counted: bool) -> tuple[str, str] | None:
    """What the cells under a table header count: (kind, casualty type) for a harm,
    (kind, unit) for a force when the table counts forces, else None."""
    harm = patterns.casualty_words.get(header)
    if harm is not None:
        return (KIND_CASUALTY, harm)
    unit = _FORCE_COLUMNS.get(header)
    return (KIND_TROOPS, unit) if unit is not None and forces_counted else None


#: The verbs that move forces only (of `_SENT_BEFORE`'s): a bare figure deployed is
#: troops where no force is named ("it would deploy another 1,500 to the Middle East"),
#: as one sent or added may be aid or money.
_DEPLOY_VERBS = r"(?:re)?deploy(?:s|ed|ing)?|dispatch(?:es|ed|ing)?"
#: A verb that sends or withdraws a force right before a bare figure, the force its
#: understood object ("deployed 1,500 more to the region", "will send another 500",
#: "plans to withdraw 1,800 from Syria", "pull out 4,000"), or its noun with "of" ("the
#: withdrawal of 2,000"): guideline §2, "deployed, … sent … withdrawal"; or a verb that asks
#: for that force ("has called for up to 40,000 more", "requested 3,000"), fields it or adds
#: to it ("continuing to field more than 500,000 in Ukraine", "has added about 2,000").
_SENT_BEFORE = re.compile(
    rf"\b(?:send|sends|sending|sent|{_DEPLOY_VERBS}"
    r"|(?:call(?:s|ed|ing)?|ask(?:s|ed|ing)?)\s+for|request(?:s|ed|ing)?|field(?:s|ed|ing)?"
    r"|add(?:s|ed|ing)?"
    r"|withdr[ae]w(?:s|n|ing)?|pull(?:s|ed|ing)?\s+out|br(?:ing|ings|inging|ought)\s+home"
    r"|(?:deployment|withdrawal|dispatch|departure|pullout)\s+of)\s+$",
    re.IGNORECASE,
)
#: One of `_DEPLOY_VERBS` right before a bare figure.
_DEPLOYED_BEFORE = re.compile(rf"\b(?:{_DEPLOY_VERBS})\s+$", re.IGNORECASE)
#: How far before a figure (its qualifier, "another" included) `_SENT_BEFORE` is looked for.
_SENT_REACH = 16


def _sent_force(
    text: str,
    sentences: list[tuple[int, int]],
    number: int,
    candidate: _Candidate,
    patterns: Patterns,
) -> DetectedClaim | None:
    """A bare figure a force is sent, deployed or withdrawn by (`_SENT_BEFORE`: "The
    Pentagon sent troops to Iraq last year. It deployed 1,500 more to the region"), in
    the unit of the force the sentence names before it or the sentence before names: a
    force's size (guideline §2: "deployed, … sent", "withdrawal").  Not when a noun
    follows the figure ("sent 500 tonnes of aid"), nor in a sentence with a harm word, nor
    after a sentence with one when the force is named there.
    A figure with a ceiling only ("up to 40,000 more") is sized by that ceiling."""
    figure = candidate.figure
    start, end = sentences[number]
    size = figure.min if figure.min is not None else figure.max
    if (
        size is None
        or size < _SMALLEST_FORCE
        or _SENT_BEFORE.search(
            text, max(start, figure.outer_start - _SENT_REACH), figure.outer_start
        )
        is None
        or _SENT_ENDS.match(text, candidate.end, end) is None
        or _HARM_WORDS.search(text, start, end) is not None
    ):
        return None
    unit = _force_named(ascii_lower(text[start : figure.outer_start]), patterns)
    if unit is None and number > 0:
        # the force of the sentence before, unless that sentence counts the harmed: "…
        # put the losses of its forces at about 1.1 million killed. Cambodia and Laos add
        # hundreds of thousands more" goes on counting the dead
        before_start, before_end = sentences[number - 1]
        if _HARM_WORDS.search(text, before_start, before_end) is None:
            unit = _force_named(ascii_lower(text[before_start:before_end]), patterns)
    if unit is None and _DEPLOYED_BEFORE.search(
        text, max(start, figure.outer_start - _SENT_REACH), figure.outer_start
    ):
        unit = "troops"  # "The Pentagon would deploy another 1,500 to the Middle East"
    if unit is None:
        return None
    return _claim(text, candidate, KIND_TROOPS, unit, None, "troops.sent", 0.6)


#: The marker a summary's bullet stands after ("@highlight" of the Daily Mail rows): a
#: sentence of its own that says nothing.
_BULLET_MARKER = "@highlight"


def _follows(text: str, sentences: list[tuple[int, int]], number: int, before: int) -> bool:
    """Whether sentence `number` comes right after sentence `before`, a bullet marker
    between them not counted: a summary's bullets go on about each other's force
    ("… can gather 20,000 fighters @highlight A previous estimate had put the figure at
    10,000")."""
    return before == number - 1 or (
        before == number - 2 and text.startswith(_BULLET_MARKER, sentences[number - 1][0])
    )


def _part_of_force(text: str, end: int, candidate: _Candidate, unit: str) -> DetectedClaim | None:
    """A bare figure right after a force's size that counts a part of that force by a
    pronoun or by "that number" ("ISIS can gather 20,000 fighters. It is thought that
    2,000 of that number are from Western countries"), in the force's unit."""
    part_end = _force_part_end(text, end, candidate.figure)
    if part_end is None:
        return None
    candidate.end = part_end
    return _claim(text, candidate, KIND_TROOPS, unit, None, "troops.part_of_force", 0.6)


def _force_part_end(text: str, end: int, figure: Figure) -> int | None:
    """The end of the of-phrase (`_FORCE_PARTITIVE`) after a figure large enough to count
    part of a force, which the span keeps; None when there is none."""
    if not _of_after_a_force_size(text, figure):
        return None
    part = _FORCE_PARTITIVE.match(text, figure.end, end)
    return None if part is None else part.end()


def _of_after_a_force_size(text: str, figure: Figure) -> bool:
    """Whether " of " follows a figure large enough to count part of a force: the cheap
    test most figures fail before an of-phrase pattern runs."""
    return _large_enough_for_a_force(figure) and text.startswith(" of ", figure.end)


#: "total" as the adjective of another noun ("the total cost was put at 500 million"),
#: not the total of people: a word other than "of" or a verb after it.
_TOTAL_OF_A_THING = re.compile(
    r"totals?\s+(?!(?:of|was|is|were|are|has|had|have|will|would|could|stood|stands|rose"
    r"|risen|reached|now|then|later|since|also|at|to|in|by)\b)[a-z]"
)


def _named_number(text: str, low: int, end: int, candidate: _Candidate) -> int | None:
    """Where the words text[low:] before a bare figure that name the number it gives
    start: at the number, figure, total or estimate ("the eventual number coming home
    could be nearer to", "put the figure at"); None when no such words stand there or a
    noun the figure counts follows it (`_NUMBER_ENDS`: "at 500 million dollars")."""
    figure = candidate.figure
    if (
        figure.min is None
        or not _may_name_a_number(text, low, figure.outer_start)
        or _NUMBER_ENDS.match(text, candidate.end, end) is None
    ):
        return None
    number = _FORCE_NUMBER_BEFORE.search(text, low, figure.outer_start)
    if number is None or _TOTAL_OF_A_THING.match(ascii_lower(text[number.start() : end])):
        return None
    return number.start()


#: A determiner right before the noun that names a count of the harmed ("put the figure
#: at", "the number later rose to"): the noun, not the verb of another group ("the
#: mourners numbered in the thousands").
_COUNT_NOUN_BEFORE = re.compile(r"\b(?i:the|an?|its|their|this|that)\s+$")


def _number_of_the_harmed(
    text: str, low: int, end: int, candidate: _Candidate, casualty_type: str, patterns: Patterns
) -> DetectedClaim | None:
    """A bare figure given as the number, figure or estimate of the harmed counted right
    before it ("The UN said 400 civilians were killed. Activists put the figure at 600",
    "… contrasted with the number recorded by the Bureau, which at 380 to 801 was …"): the
    same count again, with its casualty type.  A number of other people or of a force
    ("the number of refugees", "troop numbers") is not that."""
    named_at = _named_number(text, low, end, candidate)
    if named_at is None or _COUNT_NOUN_BEFORE.search(text, low, named_at) is None:
        return None
    named = ascii_lower(text[named_at : candidate.figure.outer_start])
    # "used a figure of 600,000": the "of" that introduces the figure names no other group
    counted = named.removesuffix(" ").removesuffix(" of")
    if (" of " in counted and _HARM_WORDS.search(named) is None) or patterns.force_context.search(
        named
    ):
        return None
    candidate.casualty_type = casualty_type
    return _claim(
        text, candidate, KIND_CASUALTY, "people", casualty_type, "casualty.number_before", 0.6
    )


def _numbers_of_the_force_before(
    text: str, start: int, end: int, bare: list[_Candidate], unit: str, patterns: Patterns
) -> list[DetectedClaim]:
    """Bare figures that a sentence gives as the number, figure or estimate of the force
    the sentence before sized ("Britain has 9,000 troops there. Officials put the number
    coming home at 4,000"): the force is named once, its number again without it.  A
    number of other people ("the number of refugees rose to 300,000") is not that."""
    found = []
    for candidate in bare:
        figure = candidate.figure
        low = max(start, figure.outer_start - _CONTEXT)
        if not _large_enough_for_a_force(figure):
            continue
        named_at = _named_number(text, low, end, candidate)
        if named_at is None or _HARM_WORDS.search(text, low, figure.outer_start) is not None:
            continue
        named = ascii_lower(text[named_at : figure.outer_start])
        if " of " not in named or patterns.force_context.search(named) is not None:
            found.append(
                _claim(text, candidate, KIND_TROOPS, unit, None, "troops.number_before", 0.6)
            )
    return found


#: A second party named in a clause of its own right before a bare figure, its verb
#: dropped or the one the force was sized by ("…; France has 600", "… and Germany 4,000",
#: "…, while Italy sent 1,000"): guideline §2's force size, given party by party.
_PARALLEL_BEFORE = re.compile(
    r"(?:[;,]\s+(?:(?:and|while|whereas|but)\s+)?|\s(?:and|while|whereas|but)\s+)"
    r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s+"
    r"(?:(?:has|had|have|keeps|kept|sent|sends|deployed|deploys|contributes|contributed"
    r"|pledged|pledges)\s+)?$"
)
#: How far before a figure `_PARALLEL_BEFORE` is looked for.
_PARALLEL_REACH = 50


def _parallel_force(text: str, start: int, candidate: _Candidate) -> bool:
    """Whether a bare figure that ends its clause or says where it goes (`_SENT_ENDS`)
    follows a second party named in a clause of its own (`_PARALLEL_BEFORE`), after a
    force the sentence sized: that party's force ("Britain has 400 troops there; France
    has 600", "Britain is sending 800 soldiers to Estonia and France 800 to Romania")."""
    figure = candidate.figure
    return (
        _SENT_ENDS.match(text, candidate.end) is not None
        and _PARALLEL_BEFORE.search(
            text, max(start, figure.outer_start - _PARALLEL_REACH), figure.outer_start
        )
        is not None
    )


def _compared_forces(
    text: str, start: int, bare: list[_Candidate], unit: str, opening_part: bool
) -> list[DetectedClaim]:
    """Bare figures a sentence compares with the size of a force it gives ("about 33,000
    U.S. troops in Afghanistan, down from 100,000 in 2011", "10,800 troops, rather than
    9,800"), adds to it ("with another 1,500") or counts part of it ("including 2,000";
    `opening_part`: the sentence opens with a part of the force the sentence before sized,
    "About 500 will help train Afghan forces"): sizes of that force too, in its unit."""
    found = []
    for candidate in bare:
        figure = candidate.figure
        if (
            _large_enough_for_a_force(figure)
            and not text.startswith(_NOT_A_HEADCOUNT, candidate.end)
            and (
                (
                    _COMPARED_BEFORE.search(
                        text, max(start, figure.outer_start - 50), figure.outer_start
                    )
                    and _COMPARED_FIGURE_ENDS.match(text, candidate.end) is not None
                )
                or (opening_part and figure.start == start)
                # "Britain has 400 troops there; France has 600"
                or _parallel_force(text, start, candidate)
                # "about 2,500 troops in Iraq and about 900 in Syria"
                or _located_like_the_force(text, figure)
                # "4,000 troops from Ethiopia, 3,500 from Kenya and 2,000 from Burundi"
                or _sent_like_the_force(text, figure)
                # "about 1,500 soldiers in Transnistria, some 400 serving as peacekeepers"
                or _SERVING_AFTER.match(text, candidate.end) is not None
                # "15,000 fighters from 80 countries, including 2,000 from Westerners"
                or _PART_OF_FORCE_BEFORE.search(
                    text, max(start, figure.outer_start - 16), figure.outer_start
                )
                # "1,500 British troops will leave Iraq within weeks with another 1,500"
                or (
                    text.startswith("another ", figure.outer_start)
                    and _ADDED_BEFORE.search(
                        text, max(start, figure.outer_start - 8), figure.outer_start
                    )
                )
            )
        ):
            found.append(_claim(text, candidate, KIND_TROOPS, unit, None, "troops.compared", 0.6))
    return found


#: A bare figure said to serve, after a force the sentence sized: part of that force.
_SERVING_AFTER = re.compile(
    r"\s+(?:(?:are|were|is|was)\s+(?:already\s+|now\s+|still\s+)?)?serving\s+(?:as|with|in)\b"
)


def _located_like_the_force(text: str, figure: Figure) -> bool:
    """Whether a bare figure after "and" only says where, as the force sized before it
    in the sentence did ("approximately 2,500 troops in Iraq and about 900 in Syria",
    "… on active duty and a further 200,000 in the reserve"):
    the head is left out, so the figure counts the same kind of force (guideline §2,
    a force's size; §1, no head noun: the figure alone)."""
    return (
        _MORE_OF_THE_FORCE_BEFORE.search(text, max(0, figure.outer_start - 24), figure.outer_start)
        is not None
        and (
            _LOCATED_AFTER.match(text, figure.end) is not None
            or _FORCE_PART_PLACED.match(text, figure.end) is not None
        )
        and not _year_digits(text[figure.start : figure.end])  # "in 2014 and 2015 in …"
    )


#: The words between a force's size and a bare figure that places more of it: "and",
#: perhaps "a further" or "another" ("255,000 soldiers on active duty and a further
#: 200,000 in the reserve").
_MORE_OF_THE_FORCE_BEFORE = re.compile(r" and (?:a further |another |an additional )?$")
#: Where a bare figure after a force's size places its part besides a named place: in
#: reserve, on duty, or a point of the compass ("5,000 troops in the north and 3,000 in
#: the south").
_FORCE_PART_PLACED = re.compile(
    r"\s+(?:in\s+(?:the\s+)?reserves?|on\s+(?:active\s+)?duty"
    r"|in\s+the\s+(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?)\b"
)


#: A listed bare figure's place of origin: "and 2,000 from Burundi", ", 3,500 from Kenya".
_LISTED_FROM = re.compile(r"\s+from\s+(?:the\s+)?[A-Z]")


def _sent_like_the_force(text: str, figure: Figure) -> bool:
    """Whether a bare figure in a list only says where it comes from, as a force sized
    before it in the sentence may ("4,000 troops from Ethiopia, 3,500 from Kenya and 2,000
    from Burundi"): contributors' shares of a force, each in its unit."""
    return (
        text.endswith(" and ", 0, figure.outer_start) or text.endswith(", ", 0, figure.outer_start)
    ) and _LISTED_FROM.match(text, figure.end) is not None


#: A sentence that lists who the people of the sentence before were ("They included two
#: soldiers, a little girl and a messenger boy", "Among them were three children").
_LISTED_VICTIMS = re.compile(
    r"(?:They|These|Those|The\s+victims)\s+(?:included|include|were)\s"
    r"|Among\s+them\s+(?:were|was|are)\s"
)


def _type_listed_victims(
    text: str, start: int, candidates: list[_Candidate], casualty_type: str
) -> None:
    """Give the figures of a sentence that lists the people of the sentence before
    (`_LISTED_VICTIMS`) that sentence's casualty type."""
    if _LISTED_VICTIMS.match(text, start) is None:
        return
    for candidate in candidates:
        if candidate.casualty_type is None and candidate.head is not None:
            candidate.casualty_type = casualty_type
            candidate.rule = "casualty.listed_after"


def _candidates(
    text: str,
    start: int,
    end: int,
    figures: list[Figure],
    patterns: Patterns,
    scans: _Scans,
    tolls: bool,
) -> list[_Candidate]:
    """Figures of one sentence with noun phrase and own predicate (`tolls`: whether the
    sentence may hold a death-toll phrase)."""
    found: list[_Candidate] = []
    # The start of a figure that counts the group a part before it was taken from.
    group_start = -1
    for number, figure in enumerate(figures):
        body = text[figure.start : figure.end]
        # Years and ages are plain digits: most figures need neither test.
        if body.isdigit() and (
            _is_year(text, figure, body)
            or _is_age(text, figure, body, patterns)
            or _class_year(text, figure, body)
        ):
            continue
        if _names_an_event(text, figure, body) or _day_before_month(text, figure, body):
            continue
        if (
            figure.min != figure.max
            and _year_range(body)
            and (_AFTER_YEARS.match(text, figure.end) or _DASHED_YEARS.fullmatch(body))
        ):
            # "perished between 1915 and 1923", "wars between 1996-2003 killed millions":
            # a span of years, not a count
            continue
        if body[:1].isdigit() and _NUMBERING_WORD_BEFORE.search(
            text, max(start, figure.outer_start - 20), figure.outer_start
        ):
            continue  # "Table 2 Brigades abroad": a label's number, not a count
        if text.endswith("of ", start, figure.outer_start) and _POPULATION_OF.search(
            text, max(start, figure.outer_start - 16), figure.outer_start
        ):
            continue  # "a third of the population of 12 million": who live there
        if figure.min is not None and figure.min < 130 and _aged(text, figure):
            continue  # "The 276 girls, aged 11 to 18, were abducted": their ages
        if body.casefold() == "one" and _one_picked(text, start, figure.start):
            continue  # "the last one of his soldiers" picks one out, it counts none
        if text.endswith("but ", start, figure.outer_start) and _ALL_BUT_BEFORE.search(
            text, max(start, figure.outer_start - 12), figure.outer_start
        ):
            continue  # "All but one died": the exception, not the count
        if _word_before_ends(text, start, figure.outer_start, _RATE_ENDS) and _ONE_IN_BEFORE.search(
            text, max(start, figure.outer_start - 20), figure.outer_start
        ):
            continue  # "One in five residents was displaced": a rate, not a count
        if text.startswith("-", figure.end) and _MEASURE_AFTER.match(text, figure.end):
            continue  # "in the 12-year conflict": a length of time, not a count
        if figure.qualifier is Qualifier.EXACT and _may_exceed(text, figure.outer_start):
            # "expected to exceed 8,000 troops": more than 8,000 (guideline §2 table)
            figure = figure._replace(max=None, qualifier=Qualifier.MORE_THAN)
        candidate = _noun_phrase(text, figure, end, patterns, scans)
        if (
            figure.qualifier is Qualifier.EXACT
            and candidate.head is not None
            and text.startswith(" at least ", candidate.end)
            and _AT_LEAST_AFTER.match(text, candidate.end, end)
        ):
            # "125 terrorists at least were killed": the floor follows the phrase
            figure = figure._replace(max=None, qualifier=Qualifier.AT_LEAST)
            candidate.figure = figure
        if candidate.head is None and len(body) <= 2 and _is_day(text, figure, body):
            continue  # "airstrikes between April 27 and May 18 had eliminated three …"
        if candidate.head is None and figure.min == 1 and figure.max in (1, None):
            # "killing one soldier", "including at least one child"
            single = _SINGLE_HEAD.match(text, figure.end, end)
            if single and _single_counted(text, figure, single.group("head")):
                candidate.end, candidate.head = single.end(), single.group("head")
        elif figure.min == 1 and figure.max == 1 and text.startswith(" ", candidate.end):
            single = _SINGLE_AFTER_MODIFIER.match(text, candidate.end, end)
            if single:  # "One police officer": "police" modifies the head
                candidate.end, candidate.head = single.end(), single.group("head")
        those = (
            _OF_THOSE_HARMED.match(text, figure.end, end)
            if candidate.head is None and text[figure.end : figure.end + 4] == " of "
            else None
        )
        if those is not None:
            # the part alone when the group has its own figure: two claims, not nested
            candidate.end = figure.end if those.group("counted") else those.end()
            candidate.head = "those"
            candidate.casualty_type = _those_harmed_since(text, those.end(), end) or _casualty_type(
                patterns, those.group("pred"), None
            )
            candidate.rule = "casualty.of_those_harmed"
        elif figure.start != group_start:
            # "the 11,000 troops" of "1,000 of the 11,000 troops were killed" is the
            # group: the predicate is the part's, so the group's is not looked for
            if candidate.head is None and text.startswith(" of ", figure.end):
                group_start = _take_counted_group(
                    text, end, candidate, figures[number + 1 : number + 2], patterns, scans
                )
            _own_predicate(text, start, end, candidate, patterns, scans, tolls)
            if group_start > figure.start and candidate.rule not in _PART_HARMED_RULES:
                # a part of a group is a claim only when a predicate harms it, not by
                # the group's head ("one of the 13 deceased hostages"): else the group
                group_start = -1
                candidate = _noun_phrase(text, figure, end, patterns, scans)
                _own_predicate(text, start, end, candidate, patterns, scans, tolls)
        if candidate.casualty_type is None and candidate.head is not None:
            _harm_compound_modifier(text, figure, candidate)
        if candidate.casualty_type is None:
            _fighters_in_custody(text, start, end, candidate, found, patterns, scans)
        found.append(candidate)
    return found


#: A death after the harm that picked the part out ("two of the wounded later died").
_DIED_SINCE = re.compile(
    r"\s+(?:(?:have|has|had)\s+)?(?:(?:later|since|subsequently|eventually|then)\s+)?"
    r"(?:died|succumbed|(?:been\s+)?(?:found|confirmed|declared)\s+dead)\b",
    re.IGNORECASE,
)


def _those_harmed_since(text: str, phrase_end: int, end: int) -> str | None:
    """Killed when the part of those harmed died after it ("two of the wounded later
    died", "three of the missing have since been found dead"; guideline §1: the
    predicate of the figure's own clause decides), else None."""
    return _KILLED if _DIED_SINCE.match(text, phrase_end, end) is not None else None


#: A harm participle closing a hyphened modifier of the head ("300 war-wounded
#: patients", "12 gunshot-injured children"): the figure counts the wounded.
_HARM_COMPOUND = re.compile(r"[a-z]-(?:wounded|injured)\b", re.IGNORECASE)


def _harm_compound_modifier(text: str, figure: Figure, candidate: _Candidate) -> None:
    """Type a headed figure whose modifiers hold a hyphened harm participle ("received
    more than 300 war-wounded patients") as wounded, as the participle alone makes
    "300 wounded patients" (guideline §1: wounded, injured).  The cheap test for a
    hyphen in the phrase runs first."""
    if text.find("-", figure.end, candidate.end) < 0:
        return
    if _HARM_COMPOUND.search(text, figure.end, candidate.end) is not None:
        candidate.casualty_type = _WOUNDED
        candidate.rule = "casualty.harm_modifier"


def _elliptic_part(text: str, end: int, candidate: _Candidate, people_verb: bool) -> bool:
    """Whether a headless figure after a casualty verb is a whole noun phrase though a
    clause goes on after it: a trailing "more" ("wounding dozens more observers said")
    or a pronoun's partitive ("killing dozens of them and destroying …", which joins
    the span, guideline §1 partitives) stands for the head (`end`: the sentence end;
    `people_verb`: the verb takes no things, so "destroyed 3 of them" counts none)."""
    if candidate.head is not None:
        return False
    if candidate.end > candidate.figure.end:
        return True  # `_noun_phrase` took a trailing "more" in
    if not people_verb or not text.startswith(" of ", candidate.end):
        return False
    of_them = _OF_THEM.match(text, candidate.end, end)
    if of_them is None:
        return False
    candidate.end = of_them.end()
    return True


def _take_counted_group(
    text: str,
    end: int,
    candidate: _Candidate,
    following: list[Figure],
    patterns: Patterns,
    scans: _Scans,
) -> int:
    """Extend a headless figure over the counted group it is a part of ("at least 1,000
    of the 11,000 troops", guideline §1 partitives keep their of-phrase), and return
    the start of the group's figure (`following`: the figure after this one, if any),
    or -1 when the figure is no such part (`end`: the sentence end)."""
    if not following:
        return -1
    group_figure = following[0]
    gap = _OF_COUNTED_GROUP.fullmatch(text, candidate.figure.end, group_figure.outer_start)
    if gap is None:
        return -1
    group = _noun_phrase(text, group_figure, end, patterns, scans)
    if group.head is None:
        return -1
    candidate.end, candidate.head = group.end, group.head
    return group_figure.start


def _paired_participles(text: str, before_verb: str, left_verb: str, phrase_end: int) -> bool:
    """Whether the harm participle before a figure's phrase ends a headline pair of its
    own and another follows the phrase ("A child killed 7 people injured in attacks",
    commas lost: the 7 are injured, not killed; guideline §1, the figure's own clause
    decides).  The two participles must differ: "killed … killed" is no pair; after an
    auxiliary (`before_verb`: the text before the verb) the first is a verb whose object
    the figure is ("has killed 220000 people wounded a million", a list)."""
    verb = left_verb.casefold()
    if verb not in _HEADLINE_PARTICIPLES or _AUXILIARY_BEFORE.search(before_verb):
        return False
    after = _HEADLINE_PARTICIPLE.match(text, phrase_end)
    return after is not None and after.group(1).casefold() != verb


#: Harm participles that pair in a headline ("… killed … injured").
_HEADLINE_PARTICIPLES = frozenset(("killed", "injured", "wounded"))
#: An auxiliary that makes a participle a verb ("the war has killed").
_AUXILIARY_BEFORE = re.compile(r"\b(?i:has|have|had|was|were|is|are|been|be)\s+$")
#: One of them right after a figure's phrase, as a word of its own.
_HEADLINE_PARTICIPLE = re.compile(
    rf"\s+({'|'.join(sorted(_HEADLINE_PARTICIPLES))})\b(?![\w-])", re.IGNORECASE
)


#: The leaders of an armed group an arrest takes, counted as its fighters are ("arresting
#: three of their commanders", "arrest three Boko Haram commanders"), though they are no
#: force noun: "three commanders" alone sizes no force.
_ARMED_LEADERS = re.compile(r"\bcommanders\b", re.IGNORECASE)


#: Adverbs between an auxiliary and a verb of custody ("had also been detained").
_CUSTODY_ADVERB = r"(?:also|later|then|reportedly|subsequently)"
#: Words that let people go from custody or trade them, before the figure they take
#: ("the release of", "freed", "frees", "in exchange for").
_LET_GO = (
    r"in\s+(?:exchange|return)\s+(?:for|of)|swapped\s+for|exchanged\s+for"
    r"|(?:the\s+)?(?:release|freeing)\s+of|released|releases|release|freed|frees|free"
)
#: What after the figure makes a release a force let go for a task, not prisoners let
#: out ("freed some 5,000 rebel fighters to join the offensive", "released 3,000 fighters
#: from duty", "in return for 2,000 Syrian fighters joining its operation").
_LET_GO_FOR_A_TASK = re.compile(
    r"\s+(?:to\s+[a-z]+|from\s+(?:duty|service|the\s+front)"
    # (not what prisoners face or serve: "three dreaded terrorists facing charges")
    r"|(?!(?:facing|awaiting|serving)\b)[a-z]+ing\b)",
    re.IGNORECASE,
)


class _CustodyPatterns(NamedTuple):
    """`_custody_patterns`: the words of custody before a figure, a release or a swap
    among them in the group `let_go`, and the verb of custody after its phrase."""

    before: re.Pattern[str]
    after: re.Pattern[str]


@lru_cache(maxsize=16)
def _custody_patterns(terms: tuple[str, ...]) -> _CustodyPatterns:
    """The vocabulary's arrest terms, or the words of a prisoner's release or swap,
    right before a figure ("detained 14 …", "demanded the release of 36 militants",
    "free the hostages in exchange of three dreaded terrorists": held, or they could
    not be let go); and the arrest terms or a release as the predicate right after its
    phrase ("… had been detained", "… in custody", "… to be released", "… were freed"),
    also past a participle's phrase with an auxiliary after it."""
    arrest = terms_pattern(terms)
    before = re.compile(rf"(?<![\w-])(?:{arrest}|(?P<let_go>{_LET_GO}))\s+$", re.IGNORECASE)
    after = re.compile(
        # a participle's phrase may come first: "militants plotting an attack … had been"
        r"(?:\s+[a-z]+ing\s[^,.;:!?\d]{1,80}?(?=\s+(?:were|was|have|had|has)\s))?"
        r"\s+(?:(?:who|that)\s+)?(?:"
        r"(?:(?:were|was|are|is|have\s+been|had\s+been|has\s+been|being|been|getting|got"
        # ("12 militants remain in custody")
        r"|remain|remains|remained)\s+)?"
        rf"(?:{_CUSTODY_ADVERB}\s+)?(?:{arrest})"
        rf"|(?:were|was|be|been|being)\s+(?:{_CUSTODY_ADVERB}\s+)?(?:released|freed)"
        r"|to\s+be\s+(?:released|freed))(?![\w-])",
        re.IGNORECASE,
    )
    return _CustodyPatterns(before, after)


def _taken_into_custody_before(
    text: str, start: int, outer_start: int, patterns: Patterns
) -> re.Match[str] | None:
    """The arrest, release or swap right before a figure (`_custody_patterns`), in the
    30 characters before it, or None."""
    before = _custody_patterns(patterns.vocabulary.arrest_terms).before
    return before.search(text, max(start, outer_start - 30), outer_start)


def _fighters_in_custody(
    text: str,
    start: int,
    end: int,
    candidate: _Candidate,
    earlier: list[_Candidate],
    patterns: Patterns,
    scans: _Scans,
) -> None:
    """Type as captured the fighters a verb of arrest takes, or a release or a swap
    lets go (guideline §1: captured; `_custody_patterns`): "four suspected militants had
    been detained", "detained 14 militants", "36 terrorists … to be released", and a bare
    figure after the verb when the sentence counted fighters before it ("killed 33
    militants and arrested six").  Arrested migrants or protesters are no casualties,
    so the head (or the earlier figure's) must be a fighter noun (`earlier`: the
    sentence's figures before this one).  One arrested is a suspect the story names
    ("detained one of its militiamen, Abu Lulu"), not a count."""
    figure = candidate.figure
    if figure.max == 1:
        return
    if candidate.head is None:
        fighters = any(
            other.head is not None
            and scans.heads.fighter.search(scans.heads.scanned[other.figure.start : other.end])
            for other in earlier
        )
        if not fighters or not _CLAUSE_END.match(text, candidate.end, end):
            return
    elif (
        not scans.heads.fighter.search(scans.heads.scanned[figure.start : candidate.end])
        and _ARMED_LEADERS.search(text, figure.end, candidate.end) is None
    ):
        return
    taken = _taken_into_custody_before(text, start, figure.outer_start, patterns)
    if (
        taken is not None
        and taken.group("let_go") is not None
        and _LET_GO_FOR_A_TASK.match(text, candidate.end, end) is not None
    ):
        return  # "freed some 5,000 rebel fighters to join the offensive": a force
    if taken is None and (
        candidate.head is None
        or _custody_patterns(patterns.vocabulary.arrest_terms).after.match(text, candidate.end, end)
        is None
    ):
        return
    candidate.casualty_type = _CAPTURED
    candidate.rule = "casualty.fighters_in_custody"


def _may_exceed(text: str, figure_start: int) -> bool:
    """Whether a verb of going beyond stands right before the figure ("exceed 8,000
    troops", "topped 1,000"): the last word's ending (`BEYOND_VERBS`, whatever the
    case and the whitespace after it) is tested before the pattern."""
    low = max(0, figure_start - 16)
    return text[low:figure_start].rstrip().lower().endswith(BEYOND_VERBS) and (
        _BEYOND_BEFORE.search(text, low, figure_start) is not None
    )


def _one_picked(text: str, start: int, figure_start: int) -> bool:
    """`_ONE_PICKED.search(text, start, figure_start)`, searched from the last word before
    the figure only: the pattern is that word (five letters at most) and the whitespace
    up to the figure, and a search from the sentence start per "one" made run-on text
    cost the square of its length."""
    word_end = figure_start
    while word_end > start and text[word_end - 1].isspace():
        word_end -= 1
    return _ONE_PICKED.search(text, max(start, word_end - 5), figure_start) is not None


#: Two years joined as a range ("between 1915 and 1923", "2014 to 2016"), plain digits.
_YEAR_RANGE = re.compile(
    r"(?:(?:[Bb]etween|[Ff]rom)\s+)?(?P<first>(?:1[89]|20)\d\d)\s*(?:and|to|-|–)\s*"
    r"(?P<last>(?:1[89]|20)\d\d)"
)


#: Two years joined by a dash with no space ("1996-2003"), which no count of people is
#: written as whatever follows.
_DASHED_YEARS = re.compile(r"\d{4}[-–]\d{4}")
#: What follows a span of years: a stop or a preposition, not the head noun of a count
#: ("between 1990 and 2000 people").
_AFTER_YEARS = re.compile(
    r"\s*(?:[,.;:)]|$)|\s+(?:in|on|at|during|when|as|and|before|after|while|under|across)\b"
)


def _year_range(body: str) -> bool:
    """Whether a figure's text is two years that run forward by at most 30 years, as
    spans of years do ("perished between 1915 and 1923"); counts that look like years
    mostly lie wider apart or are written with a separator ("between 1,500 and 2,000"),
    and the caller also asks that no head noun follow (`_AFTER_YEARS`)."""
    years = _YEAR_RANGE.fullmatch(body)
    return years is not None and 0 < int(years["last"]) - int(years["first"]) <= 30


def _year_digits(body: str) -> bool:
    """Whether a figure's text is four digits that may be a year (1900 to 2099)."""
    return len(body) == 4 and body.isdigit() and 1900 <= int(body) <= 2099


def _is_year(text: str, figure: Figure, body: str) -> bool:
    """'October 2017', 'in 2014': a year, not a count (`body`: the figure's digits)."""
    if not _year_digits(body):
        return False
    before = text[max(0, figure.start - 20) : figure.start]
    if _MONTH_OR_PREP_BEFORE.search(before) is not None:
        return True
    title = _TITLE_BEFORE_YEAR.search(before)
    # (a title-case headline's "Report" after a plural is its verb: "Activists Report
    # 2000 Civilians Killed", not "UN Mission Report 2023" or "Commonwealth Games 2022")
    return title is not None and not (
        _HEADLINE_REPORTS_BEFORE.search(before) and _CAPITALISED_WORD_AFTER.match(text, figure.end)
    )


#: A person's name right before a year cut to two digits by an apostrophe ("Lt. Curtis
#: E. Chase '65", "Smith ’09"): a class year, as college papers give it; not an acronym
#: ("told AFP '65 people died …'").
_NAME_BEFORE_CLASS_YEAR = re.compile(r"\b[A-Z][a-z][\w.-]*\s+[‘’']$")
#: A single quote mark that may close a quotation: after a word or a stop and before no
#: letter or digit; not an apostrophe inside a word ("Vietnam’s", "can't") nor one that
#: opens a class year (" '65").
_CLOSING_SINGLE_QUOTE = re.compile(r"(?<=\S)[’'](?![^\W_])")
#: How far a closing single quote mark is looked for after the figure: the paragraph.
_CLASS_YEAR_QUOTE_REACH = 1000


def _class_year(text: str, figure: Figure, body: str) -> bool:
    """Whether two digits after an apostrophe and a person's name are a class year
    ("Lt. Chase '65 Slain In Vietnam"), not a count: no single quote mark closes after
    them in their paragraph, as one would after a quoted figure ("'65 killed' in
    strike", "told the court '40 soldiers were killed in the ambush\nand …'")."""
    if len(body) != 2 or figure.start < 2 or text[figure.start - 1] not in "'’‘":
        return False
    if _NAME_BEFORE_CLASS_YEAR.search(text, max(0, figure.start - 40), figure.start) is None:
        return False
    paragraph_end = text.find("\n\n", figure.end, figure.end + _CLASS_YEAR_QUOTE_REACH)
    reach = paragraph_end if paragraph_end >= 0 else figure.end + _CLASS_YEAR_QUOTE_REACH
    return _CLOSING_SINGLE_QUOTE.search(text, figure.end, reach) is None


def _names_an_event(text: str, figure: Figure, body: str) -> bool:
    """'the 2011 uprising', 'convicts a commander over 2013 killings': a year naming an
    event, not a count, whatever word before it reads as a qualifier (`body`: the
    figure's text)."""
    digits = body[-4:]
    return (
        body[-5:-4] in ("", " ")
        and _year_digits(digits)
        and _EVENT_AFTER_YEAR.match(text, figure.end) is not None
    )


def _day_before_month(text: str, figure: Figure, body: str) -> bool:
    """'on 3 January': a day of the month before its month's name, not a count (`body`:
    the figure's text)."""
    return (
        len(body) <= 2
        and body.isdigit()
        and 1 <= int(body) <= 31
        and _MONTH_AFTER.match(text, figure.end) is not None
    )


def _is_day(text: str, figure: Figure, body: str) -> bool:
    """'May 18', 'on March 3': a day of the month after its month's name, not a count
    (`body`: the figure's text, at most two characters).  Asked only of a figure with no
    head noun, since lost commas leave counts after months too ("In March 12 soldiers
    were killed")."""
    return (
        body.isdigit()
        and 1 <= int(body) <= 31
        and _MONTH_BEFORE.search(text, max(0, figure.start - 11), figure.start) is not None
    )


def _is_age(text: str, figure: Figure, body: str, patterns: Patterns) -> bool:
    """'Salomon, 52,': a plain number set off by commas after a name is an age (`body`:
    the figure's digits); so is one after a person's noun ("The driver, 34, died at the
    scene") or after "all" or "both" ("Four soldiers, all 19, were killed")."""
    if not int(body) < 120 or figure.outer_start != figure.start:
        return False
    # Few figures have a comma after them: that test goes before the look-back search.
    if _AGE_AFTER.match(text, figure.end) is None:
        return False
    before = text[max(0, figure.start - 40) : figure.start]
    if _AGE_BEFORE.search(before) is not None:
        return True
    noun = _PERSON_OR_ALL_BEFORE_AGE.search(before)
    if noun is None:
        return False
    if noun.group("all") is not None:
        # "Four soldiers, all 19,": an age when a figure counted the group ("The plane's
        # crew, all 12, were killed" counts the crew)
        return _COUNT_BEFORE_ALL.search(before, 0, noun.start()) is not None
    return noun.group("noun") in _person_nouns(patterns)


#: A figure within the few words before a noun set off by commas ("Four soldiers,"),
#: which makes a number after "all" their age (`_is_age`).
_COUNT_BEFORE_ALL = re.compile(
    r"(?:\d|\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en"
    r"|[Ee]leven|[Tt]welve|[Bb]oth))(?:\s+[\w’'-]+){1,3}\s*$"
)
#: A lower-case word set off by a comma before a figure (`_is_age`: a person's noun), or
#: "all" or "both" after a comma.
_PERSON_OR_ALL_BEFORE_AGE = re.compile(r"(?:(?<![\w-])(?P<noun>[a-z]+),|,\s+(?P<all>all|both))\s*$")


@lru_cache(maxsize=16)
def _person_nouns(patterns: Patterns) -> frozenset[str]:
    """The vocabulary's nouns for one person ("driver", "man", "soldier"), lower-cased
    (keyed by the patterns, which hash by identity: a vocabulary hashes all its terms)."""
    return frozenset(
        noun.casefold() for noun in patterns.vocabulary.person_role_nouns if " " not in noun
    )


def _aged(text: str, figure: Figure) -> bool:
    """Whether the figure follows "aged" or "ages": an age, not a count."""
    low = max(0, figure.outer_start - 24)
    return (
        text.find("age", low, figure.outer_start) >= 0
        and _AGED_BEFORE.search(text, low, figure.outer_start) is not None
    )


#: A military branch or role before a unit's noun ("engineering company", "rifle
#: company"): what makes "company", "battery" or "troop" a unit of a force.
_BRANCH = (
    r"(?:engineer(?:ing)?|infantry|rifle|signals?|medical|logistics?|reconnaissance|security"
    r"|protection|guard|military|army|marine|commando|mechani[sz]ed|armou?red|artillery"
    r"|special|headquarters|support|airborne|parachute|mortar|missile)\s+"
)
#: A small unit sized with "-strong" that the vocabulary's force-size nouns leave out,
#: as they also name firms and the like: a platoon or squadron ("a 30-strong platoon"),
#: or a company, battery or troop after a branch ("a 110-strong engineering company";
#: "a 500-strong insurance company" is a firm).
_STRONG_SUBUNIT = re.compile(
    rf"-strong\s+(?:(?:{_BRANCH}){{0,2}}(?:platoon|squadron)"
    rf"|(?:{_BRANCH}){{1,2}}(?:company|battery|troop))(?![\w-])",
    re.IGNORECASE,
)


def _noun_phrase(
    text: str, figure: Figure, limit: int, patterns: Patterns, scans: _Scans
) -> _Candidate:
    """Extend the figure over its modifiers and head noun, if it has one."""
    # "-strong force": the pattern starts with the hyphen.
    strong = (
        patterns.strong_force.match(text, figure.end, limit)
        if text[figure.end : figure.end + 1] == "-"
        else None
    )
    if strong is None and text[figure.end : figure.end + 1] == "-":
        strong = _STRONG_SUBUNIT.match(text, figure.end, limit)
    if strong:
        candidate = _Candidate(figure, strong.end(), "force")
        candidate.troops_rule = "troops.strong_force"
        return candidate
    if _quoted_alone(text, figure):
        # "'over 100' rebels had been killed": the head after the closing mark, and the
        # marks in the span with the figure they enclose
        match = patterns.head.match(text, figure.end + 1, limit)
        if match is not None and not match.group("of"):
            return _Candidate(
                figure._replace(start=figure.start - 1), match.end(), match.group("head")
            )
    match = patterns.head.match(text, figure.end, limit)
    if match is None and text.startswith(" ", figure.end):
        named = _named_branches_head(text, figure, limit, patterns)
        if named is not None:
            return named
    if match is None and _may_scare_quote(text, figure.end):
        quoted = _scare_quoted_head(text, figure, limit, patterns)
        if quoted is not None:
            return quoted
    if match is None or (match.group("of") and not _partitive_ok(figure, match)):
        more = scans.trailing_more.match(scans.scanned, figure.end, limit)
        return _Candidate(figure, more.end() if more else figure.end, None)
    if match.group("head").casefold() == "dead":
        # "left eight policemen dead": "dead" is the predicate of a head already met;
        # "two police officers shot dead" too.
        left = _LEFT_BEFORE.search(text, max(0, figure.outer_start - 12), figure.outer_start)
        mods_end = match.end("mods")
        if text.endswith(" shot", 0, mods_end):
            mods_end -= len(" shot")
        inner = (
            patterns.head.fullmatch(text, figure.end, mods_end) if mods_end > figure.end else None
        )
        if inner is not None and (left or not inner.group("of")):
            return _Candidate(figure, inner.end(), inner.group("head"))
        if left:
            # "left 21 dead", "leaving at least five shot dead": the figure alone is the
            # noun phrase (guideline §1: no head noun), "dead" its predicate
            return _Candidate(figure, figure.end, match.group("head"))
        bodies = _BODIES_AFTER_DEAD.match(text, match.end(), limit)
        if bodies is not None:
            # "14 dead bodies in the mortuary": "dead" modifies the dead's own noun
            return _Candidate(figure, bodies.end(), bodies.group("head"))
    inner = _head_before_participle(text, figure, match, patterns) or _head_before_title_words(
        text, figure, match, patterns
    )
    if inner is not None:
        return _Candidate(figure, inner.end(), inner.group("head"))
    inner = _before_coordinated_subject(text, figure, match, limit, patterns, scans.left_verb)
    if inner is not None:
        return _Candidate(figure, inner.end(), inner.group("head"))
    phrase_end = match.end()
    if (
        match.group("coord") is None
        and text.startswith(",", phrase_end)
        and _armed_head(match.group("head"), patterns)
    ):
        phrase_end = _listed_heads_end(text, phrase_end, limit, patterns)
    elif match.group("head") == "men":
        # "About 1,000 men, women and children were killed": the people of a place,
        # listed in one phrase (guideline §1)
        everyone = _WOMEN_AND_CHILDREN_AFTER.match(text, phrase_end, limit)
        if everyone is not None:
            phrase_end = everyone.end()
    return _Candidate(figure, phrase_end, match.group("head"))


#: The rest of "men, women and children" after "men".
_WOMEN_AND_CHILDREN_AFTER = re.compile(r",\s+women,?\s+and\s+children\b")


#: The "and" that closes a list of heads after its last comma (", and airmen").
_OXFORD_AND = " and"


#: The noun "dead" may modify: "14 dead bodies".
_BODIES_AFTER_DEAD = re.compile(r"\s+(?P<head>bodies|corpses)\b", re.IGNORECASE)


def _armed_head(head: str, patterns: Patterns) -> bool:
    """Whether a head noun names armed personnel of a force: a force or fighter noun.
    Police nouns are left out: a phrase ending in one is read as police, which needs a
    deployment to count (guideline §2)."""
    return (
        patterns.force_heads.search(head) is not None
        or patterns.fighter_heads.search(head) is not None
    )


def _listed_heads_end(text: str, end: int, limit: int, patterns: Patterns) -> int:
    """Where a list of heads after a figure's armed head ends, when commas and a closing
    "and" join them ("around 4,000 soldiers, sailors and airmen", "300 troops,
    paratroopers, and militiamen", "Some 70 soldiers, policemen and civilians were
    injured"): coordinated heads stay in one span (guideline §1, §2).  The heads before
    the last are armed or police; the last may be any people the harm after the list
    befalls (`_closes_list`).  A list that no "and" closes, any other word after a comma,
    or an unarmed head before the last leaves the phrase at its first head (`end`): "12
    soldiers, police said", "20 soldiers, women and children among them"."""
    position = end
    while position < limit and text.startswith(",", position):
        after = position + 1
        if text.startswith(_OXFORD_AND, after):
            after += len(_OXFORD_AND)
            last = patterns.head.match(text, after, limit)
            if last is None or last.group("of") or last.group("coord"):
                return end
            return (
                last.end() if _closes_list(text, last.end(), last.group("head"), patterns) else end
            )
        listed = patterns.head.match(text, after, limit)
        if (
            listed is None
            or listed.group("of")
            or not _armed_or_police_head(listed.group("head"), patterns)
        ):
            return end
        if listed.group("coord"):
            closing = listed.end()
            return closing if _closes_list(text, closing, listed.group("coord"), patterns) else end
        position = listed.end()
    return end


#: A verb of harm after a list of people ("… soldiers, policemen and civilians were
#: injured"): the people in it are one subject, the harmed.
_HARMED_AFTER_LIST = re.compile(
    r"\s+(?:(?:were|are|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?"
    r"(?:killed|wounded|injured|hurt|abducted|kidnapped|missing)|died|perished)\b"
)


def _closes_list(text: str, end: int, head: str, patterns: Patterns) -> bool:
    """Whether the last head of a list of forces may close it: an armed or police head
    always, any people when a verb of harm follows the list ("Some 70 soldiers,
    policemen and civilians were injured"; "The force has 500 soldiers, marines and
    civilians" counts the soldiers and marines only)."""
    return _armed_or_police_head(head, patterns) or _HARMED_AFTER_LIST.match(text, end) is not None


def _armed_or_police_head(head: str, patterns: Patterns) -> bool:
    """`_armed_head`, or a police noun: the heads a list of forces holds before its
    last ("soldiers, policemen and civilians")."""
    return _armed_head(head, patterns) or patterns.police_heads.search(head) is not None


#: Two named forces or branches joined by "and" before a head ("350 U.S. Army and Air
#: Force personnel"), which the head pattern's one capitalised word after "and" misses.
_NAMED_BRANCHES = re.compile(r"(?:\s+[A-Z][\w.’'-]*){1,3}\s+and(?:\s+[A-Z][\w.’'-]*){2,3}")


def _named_branches_head(
    text: str, figure: Figure, limit: int, patterns: Patterns
) -> _Candidate | None:
    """The noun phrase of a figure whose modifiers join two capitalised names of forces
    ("approximately 350 U.S. Army and Air Force personnel", "2,000 Royal Navy and Royal
    Marines commandos"): the head right after them, without modifiers or "of" of its own
    (guideline §2: pre-nominal modifiers + head noun), or None.  Tried only where the
    head pattern found nothing; the capital after the figure is the cheap test."""
    if not text[figure.end + 1 : figure.end + 2].isupper():
        return None
    names = _NAMED_BRANCHES.match(text, figure.end, limit)
    if names is None:
        return None
    head = patterns.head.match(text, names.end(), limit)
    if head is None or head.group("of") or head.group("mods"):
        return None
    return _Candidate(figure, head.end(), head.group("head"))


#: Up to two modifiers, then the opening mark of a head in scare quotes ("440 Russian
#: 'peacekeepers'", '80 "terrorists"'), and how far after the figure that mark may stand.
_SCARE_QUOTE_BEFORE = re.compile(r"(?:\s+[A-Za-z][\w.-]*){0,2}\s+['‘\"“](?=[A-Za-z])")
_SCARE_QUOTE_REACH = 40
#: The marks that close a head in scare quotes, by the mark that opened it, and all of
#: them.
_SCARE_QUOTE_CLOSES_BY_OPENING = {
    "'": ("'", "’"),
    "‘": ("'", "’"),
    '"': ('"', "”"),
    "“": ('"', "”"),
}
_SCARE_QUOTE_CLOSING_MARKS = tuple(
    dict.fromkeys(mark for marks in _SCARE_QUOTE_CLOSES_BY_OPENING.values() for mark in marks)
)


def _may_scare_quote(text: str, figure_end: int) -> bool:
    """Whether an opening mark stands near after the figure: a cheap test before
    `_scare_quoted_head` (single or double, straight or curly marks)."""
    reach = figure_end + _SCARE_QUOTE_REACH
    return any(text.find(mark, figure_end, reach) >= 0 for mark in _SCARE_QUOTE_CLOSES_BY_OPENING)


def _scare_quoted_head(
    text: str, figure: Figure, limit: int, patterns: Patterns
) -> _Candidate | None:
    """The noun phrase of a figure whose head stands in scare quotes, marks in the span
    ("Around 440 Russian 'peacekeepers' have been deployed", 'seven soldiers and 80
    "terrorists" were killed', guideline §1: the head noun): the head pattern is tried
    with the opening mark read as a space, and the head must end at a closing mark of
    the opening's kind."""
    opening = _SCARE_QUOTE_BEFORE.match(text, figure.end, limit)
    if opening is None:
        return None
    mark = opening.end() - 1
    spaced = text[figure.end : mark] + " " + text[mark + 1 : limit]
    match = patterns.head.match(spaced)
    if match is None or match.group("of") or match.end() <= mark - figure.end:
        return None
    end = figure.end + match.end()
    if not text.startswith(_SCARE_QUOTE_CLOSES_BY_OPENING[text[mark]], end):
        return None
    return _Candidate(figure, end + 1, match.group("head"))


def _before_coordinated_subject(
    text: str,
    figure: Figure,
    match: re.Match[str],
    limit: int,
    patterns: Patterns,
    left_verb: Caseless | None,
) -> re.Match[str] | None:
    """The noun phrase before "and" when what follows "and" opens a clause of its own:
    it has a verb of its own while the figure is the object of a casualty verb before
    it ("killed 20 people and civilian casualties were also reported" is "20 people").
    A figure that is itself a subject shares the verb ("18 regime forces and allied
    fighters were killed": one span).  `left_verb` is the caseless form of the verb
    pattern the figure stage already holds (`_Scans.left_verb`)."""
    conjunction = text.rfind(" and", figure.end, match.end())
    if conjunction < 0 or _OWN_VERB_AFTER.match(text, match.end(), limit) is None:
        return None
    before = _words_before(text, 0, figure.outer_start)
    if _left_verb(before, patterns, left_verb) is None:
        return None
    return patterns.head.fullmatch(text, figure.end, conjunction)


#: A lower-case participle among a head's modifiers ("… troops training Kurdish …").
_PARTICIPLE = re.compile(r"\s[a-z]+ing(?=\s)")


def _head_before_participle(
    text: str, figure: Figure, match: re.Match[str], patterns: Patterns
) -> re.Match[str] | None:
    """The noun phrase that ends before a participle among the modifiers, when it has a
    head of its own: "50 British troops training Kurdish fighters" is "50 British
    troops" (guideline §1, post-head modifiers excluded; the rightmost head would make
    them fighters), "200 soldiers guarding Kurdish refugees" is no count of refugees.
    A participle before the first head stays a modifier ("100 peacekeeping troops")."""
    mods_start, mods_end = match.span("mods")
    if text.find("ing", mods_start, mods_end) < 0:
        return None
    for participle in _PARTICIPLE.finditer(text, mods_start, mods_end + 1):
        inner = patterns.head.fullmatch(text, figure.end, participle.start())
        if inner is not None and not inner.group("of"):
            return inner
    return None


#: A word of a modifier run, for `_head_before_title_words`.
_MODIFIER_WORD = re.compile(r"\S+")


def _head_before_title_words(
    text: str, figure: Figure, match: re.Match[str], patterns: Patterns
) -> re.Match[str] | None:
    """The noun phrase that ends at a capitalised head followed by a capitalised word that
    is no head, in a title set in title case or capitals: "Did 45,000 Ukrainian Troops
    Reach This Major Ukrainian City?" is "45,000 Ukrainian Troops" (the rightmost head
    would be "This", which has a demonym's ending; "300 Soldiers Kill Rebels" would count
    rebels).  Two heads side by side stay one phrase ("20 Police Officers")."""
    mods_start, mods_end = match.span("mods")
    if mods_start == mods_end or not match.group("head")[:1].isupper():
        return None
    words = list(_MODIFIER_WORD.finditer(text, mods_start, mods_end))
    for index, word in enumerate(words):
        following = words[index + 1] if index + 1 < len(words) else None
        if not word.group()[:1].isupper():
            continue
        inner = patterns.head.fullmatch(text, figure.end, word.end())
        if inner is None or inner.group("of"):
            continue
        next_end = following.end() if following is not None else match.end()
        next_start = following.start() if following is not None else match.start("head")
        if text[next_start : next_start + 1].isupper() and (
            patterns.head.fullmatch(text, figure.end, next_end) is None
        ):
            return inner
    return None


def _single_counted(text: str, figure: Figure, head: str) -> bool:
    """Whether a figure of one with this singular head counts someone harmed: any head
    does but "casualty" after "of", the one person's own ("the shoulder of one casualty";
    "causing one more casualty", "appears to be one casualty" count)."""
    if head.casefold() != _CASUALTY_SINGULAR:
        return True
    start = figure.outer_start
    return _OF_ONE_PERSON.search(text, max(0, start - 4), start) is None


def _quoted_alone(text: str, figure: Figure) -> bool:
    """Whether the figure stands alone in quote marks ("'over 100' rebels")."""
    return (
        text[figure.end : figure.end + 1] in _CLOSING_QUOTE_MARKS
        and figure.start == figure.outer_start > 0
        and text[figure.start - 1] in _OPENING_QUOTE_MARKS
    )


def _partitive_ok(figure: Figure, match: re.Match[str]) -> bool:
    """'tens of thousands of Syrians' and 'nine of the victims' count; 'nine of
    Syrians' is not English, so a plain number needs 'of the', or a named group
    before the head ('five of Al-Nusra and allied militants')."""
    if figure.vague or match.group("of").strip().casefold() != "of":
        return True
    return match.group("mods").lstrip()[:1].isupper()


#: An auxiliary or a modal right after a figure's phrase: the figure is the subject of
#: a clause of its own, not the object of the verb before it ("He claimed six of his
#: relatives were among the hostages" is speech, where "claimed 21 lives" kills).
_AUXILIARY_AFTER_PHRASE = re.compile(
    r"\s+(?:were|was|are|is|had|have|has|will|would|could|might|may)\b", re.IGNORECASE
)
#: A relative pronoun before "claimed": the clause's verb is the main clause's ("The
#: violence that claimed 300 people has shocked the nation" kills).
_RELATIVE_BEFORE_VERB = re.compile(r"(?:that|which)\s+(?:has\s+|had\s+|have\s+)?$", re.I)
#: A figure a verb takes as its object right after it ("kill 22 others", "killing at
#: least 12"): a verb past a comma with one is a deed of its own.
_FIGURE_AFTER_VERB = re.compile(
    r"\s+(?:(?:at\s+least|more\s+than|another|over|about|nearly|some)\s+)?"
    r"(?:\d|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty"
    r"|dozens|scores|hundreds|thousands|others)\b)",
    re.IGNORECASE,
)


def _own_predicate(
    text: str,
    start: int,
    end: int,
    candidate: _Candidate,
    patterns: Patterns,
    scans: _Scans,
    tolls: bool,
) -> None:
    """Find the casualty predicate governing this figure, if any (`tolls`: whether the
    sentence may hold a death-toll phrase): its clause's, or failing that a harm word
    labelling it in a list (a colon or dash also opens an aside: "caused casualties –
    21 people were killed" is the clause's)."""
    _clause_predicate(text, start, end, candidate, patterns, scans, tolls)
    if candidate.rule:
        return
    labelled = _labelled_harm(text, start, candidate.figure.outer_start, patterns)
    if labelled is not None:
        candidate.casualty_type = labelled
        candidate.rule = "casualty.labelled"


def _clause_predicate(
    text: str,
    start: int,
    end: int,
    candidate: _Candidate,
    patterns: Patterns,
    scans: _Scans,
    tolls: bool,
) -> None:
    """Find the casualty predicate of this figure's own clause, if any (`tolls`: as
    `_own_predicate` takes it)."""
    figure = candidate.figure
    casualty_head, death_head, captive_head, displacement_head = (
        _head_nouns(candidate.head, patterns) if candidate.head else _NO_HEAD_NOUNS
    )
    if casualty_head or displacement_head:
        candidate.casualty_type = _CASUALTIES if casualty_head else _DISPLACED
        candidate.rule = "casualty.head_noun"
        return
    if (
        death_head
        and _LIVES_SPARED.match(text, candidate.end, end) is None
        and not _ATTEMPTED_BEFORE.search(text, figure.outer_start, candidate.end)
    ):
        candidate.casualty_type = _KILLED
        candidate.rule = "casualty.head_noun"
        # "the dead and wounded" pairs adjectives, "deaths and injuries" nouns; after
        # another head the word is a verb of its own ("claimed 21 lives and wounded …")
        pair = _AND_WOUNDED if (candidate.head or "").casefold() == "dead" else _AND_INJURIES
        and_wounded = pair.match(text, candidate.end, end)
        if and_wounded:
            # "dozens of dead and injured", "hundreds of deaths and injuries": both
            candidate.end = and_wounded.end()
            candidate.casualty_type = _KILLED_OR_WOUNDED
        return
    before = _words_before(text, start, figure.outer_start)
    if candidate.head is not None and _may_name_remains(before) and _REMAINS_OF.search(before):
        candidate.casualty_type = _KILLED  # "the bodies of his two sons"
        candidate.rule = "casualty.remains_of"
        return
    if _may_list_the_harmed(before):
        among = _AMONG_THE_HARMED.search(before)
        if among and (candidate.head is not None or among.group("of")):
            word = (
                among.group("listed")
                or among.group("noun")
                or among.group("suffered")
                or among.group("among")
                or among.group("of")
            )
            candidate.casualty_type = _casualty_type(patterns, word, None)
            candidate.rule = "casualty.among_the_harmed"
            return
    if before.endswith(_OPENING_QUOTES):
        before = before[:-1]  # the verb before a quoted figure: "eliminated ‘up to eight …’"
    before = _without_scare_quote(before)
    left = _left_verb(before, patterns, scans.left_verb)
    if (
        left
        and candidate.head is not None
        and _paired_participles(text, before[: -len(left[2])], left[0], candidate.end)
    ):
        left = None  # "13 civilians killed 43 others injured": the second pair's own
    if (
        left
        and left[0][:5].casefold() == "claim"
        and _AUXILIARY_AFTER_PHRASE.match(text, candidate.end, end) is not None
        and _RELATIVE_BEFORE_VERB.search(before, 0, len(before) - len(left[2])) is None
    ):
        left = None  # "He claimed six of his relatives were among the hostages": speech
    if left:
        verb_at = len(before) - len(left[2])
        if _INTENDED_BEFORE.search(before, max(0, verb_at - _INTENDED_REACH), verb_at):
            left = None  # "vowed to kill 200 militants", "will neutralise 40": no one harmed
    # Whether a figure without head may stand bare matters only after a verb.
    if left:
        bare_ok = (
            candidate.head is not None
            or _CLAUSE_END.match(text, candidate.end, end)
            or _elliptic_part(text, end, candidate, left[0].casefold() not in _THING_VERBS)
        )
        if (
            not bare_ok
            and not figure.vague
            and (left[0].casefold() not in _THING_VERBS or "lives" in left[2])
        ):
            loose = _LOOSE_HEAD.match(text, figure.end, end)
            if loose:
                candidate.end, candidate.head = loose.end(), loose.group("head")
                bare_ok = True
        if bare_ok:
            candidate.casualty_type = _casualty_type(patterns, left[0], left[1])
            named = _loss_named_after(text, end, candidate, left, patterns)
            if named is not None:
                candidate.casualty_type = named
            elif candidate.casualty_type == _WOUNDED and _TO_DEATH_AFTER.match(
                text, candidate.end, end
            ):
                candidate.casualty_type = _KILLED  # "stabbed three children to death"
            candidate.rule = _VERB_BEFORE
            return
    those = _those_harmed_are(text, start, figure, patterns)
    if those is not None:
        candidate.casualty_type = those
        candidate.rule = "casualty.those_harmed_are"
        return
    # From the figure's end, not the phrase's: `_headed_after` reads it there too.
    may_follow = scans.predicate_may_follow(figure.end, end)
    right = (
        scans.right_predicate.match(scans.right_scanned, candidate.end, end) if may_follow else None
    )
    if right is None and may_follow and _may_hold_an_aside(text, candidate.end, end):
        right = scans.right_predicate_aside.match(scans.right_scanned, candidate.end, end)
        if (
            right is not None
            and right.group("rest_of_list") is not None
            and not _opens_clause(text, start, figure.outer_start)
        ):
            # "In a village of 300 people, a teacher and his son were killed": the list is
            # the next clause's subject, not the rest of one the figure opens
            right = None
    if right is None and may_follow:
        past = _past_brackets(text, candidate.end, end)
        if past is not None:
            right = scans.right_predicate.match(scans.right_scanned, past, end)
    if right is None and text.startswith(_MOSTLY_WORDS, candidate.end):
        right = _predicate_after_aside(text, candidate.end, end, scans, _ASIDE_WORD)
    if right is None and candidate.head is not None and text.startswith(" ", candidate.end):
        placed = _PLACED_ASIDE.match(text, candidate.end, end)
        if placed is not None:
            right = _predicate_after_aside(text, placed.end(), end, scans, _PLACE_WORD, True)
    if right is not None and right.group("pred").casefold() in _ACTIVE_HARM:
        # "with one injuring two Israelis": the figure is the verb's agent; its object is
        # the casualty (guideline §1: the predicate of the figure's own clause decides)
        right = None
    if right is not None and _agent_of_harm(text, end, right):
        right = None  # "About 300 fighters seized the airport": the verb's agent
    if (
        right is not None
        and "," in text[candidate.end : right.start("pred")]
        and _FIGURE_AFTER_VERB.match(text, right.end("pred")) is not None
        and _taken_into_custody_before(text, start, figure.outer_start, patterns) is not None
    ):
        # "Troops arrest three Boko Haram commanders, kill 22 others": the arrest (or a
        # release) took the figure; the verb past the comma, with a figure of its own,
        # is the subject's next deed (not "…, wounded in the clashes,")
        right = None
    if right is not None and candidate.head is None and _thing_participle(text, right):
        right = None  # "two destroyed tanks": the participle modifies the counted things
    if (
        right is not None
        and right.group("pred")[:4].casefold() in _GIVEN
        and _DEVOTED_TO.match(text, right.end("pred")) is not None
    ):
        right = None  # "40 teachers have given their lives to education": no death
    if right and (candidate.head is not None or right.group("pp") is None):
        candidate.casualty_type = _casualty_type(
            patterns, right.group("pred"), right.group("second")
        )
        candidate.rule = _PREDICATE_AFTER
        if (
            candidate.casualty_type in _HARMS_SURVIVED
            and candidate.head is not None
            and text[candidate.end : right.start("pred")].isspace()
            and _DEATH_LATER.match(text, right.end("pred"), end) is not None
        ):
            # "nine servicemen captured by Daesh in 2014 had been killed", "Twelve
            # soldiers wounded in the attack later died": the participle tells which
            # people, the clause's own verb what became of them
            candidate.casualty_type = _KILLED
        if candidate.head is None and text[candidate.end : right.start("pred")].isspace():
            # the harm word right after the figure ("fewer than 50, most of them with
            # shrapnel injuries" leaves the aside out)
            pred = right.group("pred").casefold()
            if pred == "injuries":
                # "recorded three deaths and 22 injuries": a noun, the figure's head
                candidate.end, candidate.head = right.end("pred"), "injuries"
            elif pred in _WOUNDED_NOUNS:
                _wounded_as_noun(text, before, end, candidate, patterns, right.end("pred"))
        return
    if (
        right is None
        and candidate.head is not None
        and text[candidate.end : candidate.end + len(_AMONG)].lower() == _AMONG  # any case
        and (among_harmed := _AMONG_HARMED_AFTER.match(text, candidate.end, end)) is not None
    ):
        # "Ten children among 30 dead in strike", "Two Britons among 38 killed": a
        # headline's subset, its "were" dropped as in "4 killed in blast"
        candidate.casualty_type = _casualty_type(patterns, among_harmed.group("pred"), None)
        candidate.rule = "casualty.among_the_harmed_after"
        return
    if right is None and patterns.sent_for_treatment.match(text, candidate.end, end):
        # "Thirteen people were transferred to other facilities for treatment": told by
        # where they went rather than by a harm word
        candidate.casualty_type = _WOUNDED
        candidate.rule = "casualty.sent_for_treatment"
        return
    if (
        right is None
        and candidate.head is not None
        and _held_as_hostages(text, before, candidate.end, end)
    ):
        candidate.casualty_type = _CAPTURED
        candidate.rule = "casualty.held_as_hostages"
        return
    if (
        right is None
        and candidate.head is not None
        and _HELD_IN_PRISON.match(text, candidate.end, end) is not None
        and scans.heads.armed(figure.start, candidate.end)
    ):
        candidate.casualty_type = _CAPTURED
        candidate.rule = "casualty.held_in_prison"
        return
    if (
        right is None
        and candidate.head is not None
        and _killed_by_a_means(text, before, candidate.end, end)
    ):
        candidate.casualty_type = _KILLED
        candidate.rule = "casualty.killed_by_a_means"
        return
    if candidate.head is None:
        _headed_after(text, end, candidate, patterns, scans, right, may_follow)
        if candidate.casualty_type is not None:
            return
    if before.endswith(_LIST_LAST_ITEM_OPENINGS):
        listed = _listed_after_verb(before, patterns, candidate.head is not None)
        if listed:
            candidate.casualty_type = listed
            candidate.rule = "casualty.verb_before_list"
            return
    # The head is the one `_head_nouns` was given: the rules above change it only to return.
    if captive_head:
        # "250 Palestinian prisoners", "13 deceased hostages": the noun says it.
        dead = _DEAD_MODIFIER.search(text, figure.end, candidate.end) and not _ALIVE_TOO.search(
            text, figure.end, candidate.end
        )
        candidate.casualty_type = _KILLED if dead else _CAPTURED
        candidate.rule = _CAPTIVE_HEAD
        return
    if candidate.head and _UPROOTED.search(text, figure.end, candidate.end):
        # "5 million Syrian refugees", "some 900000 displaced Syrians"
        candidate.casualty_type = _DISPLACED
        candidate.rule = _DISPLACED_HEAD
        return
    if candidate.head and _TAKEN_MODIFIER.search(text, figure.end, candidate.end):
        # "to rescue the more than 200 kidnapped schoolgirls"
        candidate.casualty_type = _CAPTURED
        candidate.rule = "casualty.taken_head"
        return
    if (
        candidate.head is not None
        and candidate.head[:1].isupper()
        and before.endswith(_SHELTERED_ENDINGS)
        and _SHELTERED_BEFORE.search(before)
    ):
        # "It is already sheltering more than 2.5 million Syrians": a nation's refugees
        candidate.casualty_type = _DISPLACED
        candidate.rule = "casualty.sheltered"
        return
    if candidate.head is None and _may_reach_a_count(before):
        reached = _HARM_NOUN_REACHED.search(before)
        if reached and (
            reached.group("copula") is None or _NUMBER_ENDS.match(text, candidate.end, end)
        ):
            # "civilian deaths rose to 3,400", "expects civilian casualties to hit 10,000";
            # a harm listed before it counts too ("deaths and injuries rose to 120")
            listed_before = _HARM_LISTED_BEFORE.search(
                before, max(0, reached.start("harm") - 40), reached.start("harm")
            )
            candidate.casualty_type = (
                _listed_harm_type(
                    listed_before.group("harm"),
                    before[listed_before.end("harm") : reached.end("harm")],
                )
                if listed_before
                else _harm_type(reached.group("harm"))
            )
            candidate.rule = "casualty.death_toll"
            return
        put = _HARM_PUT_AT.search(before) if reached is None else None
        if put:
            # "U.S. officials put Ukrainian casualties at about 400,000"
            candidate.casualty_type = _harm_type(put.group("harm"))
            candidate.rule = "casualty.death_toll"
            return
    if candidate.head is None and before.endswith(" to "):
        counted_after = _NUMBER_HARMED_AFTER.match(text, candidate.end, end)
        if counted_after is not None and _BROUGHT_TO.search(before) is not None:
            # "The attack brings to 23 the number of peacekeepers killed this year": the
            # toll told before the people it counts
            candidate.casualty_type = _harm_type(counted_after.group("harm"))
            candidate.rule = "casualty.death_toll"
            return
    if not tolls:
        return
    toll_window = text[max(start, figure.outer_start - 200) : figure.outer_start]
    if patterns.toll_hint.search(ascii_lower(toll_window)) and (
        patterns.toll.search(toll_window)
        or (
            _closes_with_source(text, candidate.end, end)
            and (
                patterns.toll_bare.search(toll_window)
                # "puts the toll at 10, while activists say it is in the dozens."
                or (
                    figure.vague
                    and candidate.head is None
                    and before.endswith(" in the ")
                    and _COPULA_IN_THE.search(before) is not None
                )
            )
        )
    ):
        # "Death toll from Aleppo bomb attack at least 112.": a headline drops the verb;
        # "The toll of wounded rose to 310": a toll of the wounded
        toll_of = _TOLL_OF_WOUNDED.search(toll_window)
        candidate.casualty_type = (
            _harm_type(toll_of.group("harm"))
            if toll_of
            # "The number of dead and missing rose to 120": the toll of a list of harms
            else _number_harmed_type(toll_window) or _KILLED
        )
        candidate.rule = "casualty.death_toll"
        return
    counted = _number_harmed_type(toll_window)
    if counted:
        # "brought the total number of … forces killed in Syria to 18": a toll by its
        # people ("the number of militant casualties to over 300"), or by a list of
        # harms ("put the number of killed, wounded, and missing at 1.2 million")
        candidate.casualty_type = counted
        candidate.rule = "casualty.death_toll"


def _number_harmed_type(toll_window: str) -> str | None:
    """The casualty type of "the number of …" harmed that a toll window ends with
    (`_NUMBER_HARMED`), typed by the harm words listed there, or None without one."""
    harmed = _NUMBER_HARMED.search(toll_window) if "umber" in toll_window else None
    if harmed is None:
        return None
    return _listed_harm_type(harmed.group("harm"), toll_window[harmed.end("harm") : harmed.end()])


#: A toll of the wounded ("the toll of injured rose to 310"), not of the dead.
_TOLL_OF_WOUNDED = re.compile(
    r"\btoll\s+of\s+(?:the\s+)?(?P<harm>wounded|injured|injuries)\b", re.IGNORECASE
)


#: A source named after the figure that ends its clause ("The death toll is now 45,
#: officials said", "…, according to the ministry"): the sentence's attribution, not
#: more of its clause.
_SOURCE_AFTER = re.compile(
    r",\s+(?:(?:[\w’'.-]+\s+){0,4}?(?:said|says|say|told|reported|added)\b|according\s+to\s)"
)


#: A clause joined after a figure that ends its own ("the death toll could be 335,000,
#: while researchers estimated …").
_CLAUSE_JOINED_AFTER = re.compile(r",\s+(?:while|whereas|but)\s")


def _closes_with_source(text: str, figure_end: int, end: int) -> bool:
    """Whether a figure ends its sentence, or its clause before only the source that gives
    it (`_SOURCE_AFTER`) or another clause joined to it (`_CLAUSE_JOINED_AFTER`): a bare
    figure after a toll word is the toll then."""
    return _SENTENCE_CLOSE.match(text, figure_end, end) is not None or (
        text.startswith(",", figure_end)
        and (
            _SOURCE_AFTER.match(text, figure_end, end) is not None
            or _CLAUSE_JOINED_AFTER.match(text, figure_end, end) is not None
        )
    )


#: The words that open an aside on who most of a group were, set off by commas that
#: FA-KES lost ("dozens of civilians mostly families were killed").
_MOSTLY_WORDS = (" mostly ", " mainly ", " largely ", " mainly\n", " mostly\n", " largely\n")
#: Most words such an aside holds before the predicate ("mostly women and children").
_MOSTLY_REACH = 6
#: One lower-case word of such an aside, with the space before it.
_ASIDE_WORD = re.compile(r"\s+[a-z][\w'’-]*")
#: A participle that places the people of a figure's phrase, opening a post-head
#: phrase before their predicate ("1,000 troops sent from North Korea had been killed").
_PLACED_ASIDE = re.compile(
    r"\s+(?:sent|deployed|based|stationed|dispatched|posted|serving|fighting|working|living)"
    r"\s+(?:from|to|in|at|into|near|with|on)"
)
#: One word of a place or force after such a participle ("in the Kursk region").
_PLACE_WORD = re.compile(r"\s+[A-Za-z][\w'’.-]*")
#: An auxiliary that opens the predicate after a placing phrase ("… had been killed").
_AUXILIARY = re.compile(r"\s+(?:had|has|have|were|was|are|is)\s")


#: How far a bracketed aside after a figure's phrase may run to its closing bracket.
_BRACKET_REACH = 80


def _past_brackets(text: str, phrase_end: int, end: int) -> int | None:
    """Where the clause goes on after brackets around or after a figure's phrase, so its
    predicate is the figure's ("At least 40 people (including 12 children) were
    killed", "Civilians (at least 40) were killed"), or None when no bracket is there."""
    if text.startswith(")", phrase_end):
        return phrase_end + 1
    if not text.startswith(" (", phrase_end):
        return None
    close = text.find(")", phrase_end + 2, min(end, phrase_end + _BRACKET_REACH))
    return None if close < 0 else close + 1


def _predicate_after_aside(
    text: str,
    phrase_end: int,
    end: int,
    scans: _Scans,
    word_pattern: re.Pattern[str],
    auxiliary: bool = False,
) -> re.Match[str] | None:
    """The casualty predicate after an aside that follows the figure's phrase: a
    "mostly …" one (`_MOSTLY_WORDS`; "35 civilians mostly schoolchildren and teachers
    were killed") or the place of a placing participle (`_PLACED_ASIDE`).  Tried after
    each of the aside's first words (`word_pattern`), so the aside is as short as the
    predicate allows (`end`: the sentence end; `auxiliary`: the predicate must open
    with an auxiliary, "… in Kursk had been killed", not the place's own clause)."""
    at = phrase_end
    for _ in range(_MOSTLY_REACH):
        word = word_pattern.match(text, at, end)
        if word is None:
            return None
        at = word.end()
        if auxiliary and _AUXILIARY.match(text, at, end) is None:
            continue
        right = scans.right_predicate.match(scans.right_scanned, at, end)
        if right is not None:
            return right
    return None


#: A word after a participle that makes it a modifier of that word ("destroyed tanks"):
#: any lower-case word but those that go on a verb's clause.
_MODIFIED_AFTER = re.compile(
    r"\s+(?!(?:in|on|at|by|and|or|as|to|of|for|from|with|near|across|over|during|when"
    r"|while|after|before|since|last|this|but|so|yesterday|today|overnight)\b)[a-z][\w-]*\b"
)


def _thing_participle(text: str, right: re.Match[str]) -> bool:
    """Whether the predicate right after a headless figure is a participle of a verb
    that also takes things, modifying the noun after it ("two destroyed tanks", "at
    least one destroyed incubator"): then it counts things, not people."""
    return (
        right.group("pred").casefold() in _THING_VERBS
        and text[right.start() : right.start("pred")].isspace()
        and _MODIFIED_AFTER.match(text, right.end("pred")) is not None
    )


#: The harm words of a count of the harmed (`_HARM_NOUN_REACHED`, `_NUMBER_HARMED`) that
#: count others than the dead: "casualties" and "losses" count both dead and wounded.
_HARM_TYPES = {
    **dict.fromkeys(("wounded", "injured", "injuries"), _WOUNDED),
    **dict.fromkeys(("casualties", "losses"), _CASUALTIES),
    "displaced": _DISPLACED,
    "missing": _MISSING,
    # (a harm `_HARM_LISTED_AFTER` finds after another: "the number of killed and captured")
    "captured": _CAPTURED,
    "dead and wounded": _KILLED_OR_WOUNDED,
}


def _listed_harm_type(harm: str, after: str) -> str:
    """The casualty type of a count of the harmed named by `harm` and the harm words
    listed after it in `after` ("the number of killed and wounded": killed or wounded;
    "of killed, wounded, and missing": a mix, casualties, as guideline §2 types it)."""
    first = _harm_type(harm)
    kinds = {first}
    listed = _HARM_LISTED_AFTER.match(after)
    while listed is not None:
        kinds.add(_harm_type(listed.group("harm")))
        listed = _HARM_LISTED_AFTER.match(after, listed.end())
    if len(kinds) == 1 or _DISPLACED in kinds:
        return first  # (the uprooted are no casualties: "the number of missing and displaced")
    return _KILLED_OR_WOUNDED if kinds == {_KILLED, _WOUNDED} else _CASUALTIES


#: Harms their people outlive, told by a participle right after the figure's head
#: (`_clause_predicate`).
_HARMS_SURVIVED = frozenset((_CAPTURED, _WOUNDED))
#: The death of people a participle told apart, later in the clause ("… captured by
#: Daesh in 2014 had been killed", "… wounded in the attack later died").
_DEATH_LATER = re.compile(
    # (not past the clause's own verb or another clause's start: "… captured by the
    # militants were freed after their captors were killed", "… rebels who were killed")
    r"(?:(?!\b(?:who|which|that|whom|whose|where|when|and|while|but|after|before|though"
    r"|as|because|were|was|had|have|has|are|is)\b)[^.;!?\n]){0,120}?\s"
    r"(?:(?:(?:had|have|has)\s+(?:(?:since|later|all)\s+)?been"
    r"|(?:were|was)(?:\s+(?:since|later|all|subsequently))?)\s+"
    r"(?:killed|executed|murdered|slain|beheaded)|(?:later|subsequently|since|all)\s+died"
    r"|died\s+(?:later|in\s+captivity|of\s+(?:their|his|her)\s+(?:wounds|injuries)))\b"
)


#: The harm words a list of harms names (`_HARM_LISTED_BEFORE`, `_HARM_LISTED_AFTER`).
_LISTED_HARMS = r"killed|dead|deaths|wounded|injured|injuries|missing|captured"
#: What joins two harms in a list: "killed, wounded, and missing", "dead or injured".
_HARMS_JOINED = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?"
#: A harm word listed before another that a count reaches ("deaths and injuries rose to").
_HARM_LISTED_BEFORE = re.compile(rf"\b(?P<harm>{_LISTED_HARMS}){_HARMS_JOINED}$")
#: Suicides attempted, which count no dead ("14 attempted suicides").
_ATTEMPTED_BEFORE = re.compile(r"\b(?:attempted|failed)\s+suicides\b")
#: One more harm word listed after another (`_listed_harm_type`).
_HARM_LISTED_AFTER = re.compile(rf"{_HARMS_JOINED}(?P<harm>{_LISTED_HARMS}|displaced)\b")


def _harm_type(harm: str) -> str:
    """The casualty type a count of the harmed names by its harm word: "the number of
    wounded rose to 80" counts the wounded, "casualties numbered 300" both, "the
    displaced number 2 million" the uprooted; the other words count the dead."""
    return _HARM_TYPES.get(" ".join(harm.casefold().split()), _KILLED)


#: Active present participles of harm verbs: a figure before one is its agent.
_ACTIVE_HARM = frozenset(
    (
        "killing",
        "injuring",
        "wounding",
        "massacring",
        "slaughtering",
        "murdering",
        "executing",
        "abducting",
        "kidnapping",
    )
)
#: Harm verbs in the past that take an object: where one does, the figure before it is
#: its agent ("About 300 fighters seized the airport", "Some 5,000 soldiers had captured
#: the town"), not those it harmed.  "fled" is not among them: "40,000 people fled the
#: city" are the uprooted.
_TRANSITIVE_HARM = frozenset(
    (
        "killed",
        "executed",
        "slaughtered",
        "massacred",
        "murdered",
        "assassinated",
        "beheaded",
        "wounded",
        "injured",
        "maimed",
        "captured",
        "seized",
        "abducted",
        "kidnapped",
        "enslaved",
        "displaced",
    )
)
#: The perfect's auxiliary right before a past participle: the verb is active ("have
#: seized"), as "have been seized" is not.
_PERFECT_AUXILIARIES = frozenset(("has", "have", "had"))
#: Words that make a verb's phrase passive or perfect between the figure and its verb.
_AUXILIARIES_BEFORE_HARM = _PERFECT_AUXILIARIES | frozenset(
    ("is", "are", "was", "were", "be", "been", "being")
)
#: The object right after a harm verb: a determiner, not a time ("30 people killed the
#: day before", "12 wounded a week ago"), nor a count, which may pair a headline's harms
#: ("13 civilians killed 43 others injured").
_OBJECT_AFTER_HARM = re.compile(
    r"\s+(?:(?:the|a|an|this|that)\s+(?!(?:day|night|week|month|year|weekend|morning|"
    r"evening|afternoon|previous|following|same|next|last|other)\b)"
    r"|(?:his|her|their|its|our|several|most|all)\b)",
    re.IGNORECASE,
)
#: Harm participles that also name the hurt as a noun ("55 wounded"): "dead" is a
#: head noun of its own (`Vocabulary.people_nouns`).
_WOUNDED_NOUNS = frozenset(("wounded", "injured", "hurt"))
#: A verb after "N wounded": the clause's predicate, so "wounded" is its subject's
#: head ("Four wounded were brought to hospitals").
_VERB_AFTER_WOUNDED = re.compile(r"\s+(?:were|was|are|is|have|has|had)\b")
#: A verb before "N wounded" that counts or reports them, of which they are the object
#: ("listed 55 wounded", "reported 294 wounded and 33 dead").
_COUNTED_BEFORE = re.compile(
    r"\b(?:reported|reports|listed|lists|recorded|records|counted|counts|registered"
    r"|documented|tallied|received|receives"
    # … or that tends them: "helped carry 14 wounded to a clinic", "evacuated 30 injured"
    r"|carry|carried|carrying|evacuated|evacuating|treated|treating|transported|admitted"
    r"|brought|took|rescued)\s+$",
    re.IGNORECASE,
)

#: A determiner right before "N wounded", which makes the figure and the word a noun
#: phrase ("Of the 19 injured, four were flown …", "the 40 wounded were taken …").
_DETERMINER_BEFORE = re.compile(r"\b(?:the|those|these)\s+$", re.IGNORECASE)
#: A count of the dead as a noun phrase paired before "N wounded" ("27 dead and more
#: than 70 wounded", the headline "Three dead, 19 hurt in blast"): its count.
_DEAD_PAIRED_BEFORE = re.compile(r"(?P<count>[\w,.-]+)\s+dead(?:\s+and|,)\s+$", re.IGNORECASE)
#: How far from a window's end a paired " dead" may stand: "dead and " and a space.
_DEAD_PAIRED_REACH = 16


def _wounded_named_as_noun(before: str) -> bool:
    """Whether the words before "N wounded" make "wounded" the figure's head rather than
    its predicate: a determiner ("Of the 19 injured"), or a count of the dead as a noun
    phrase paired with it ("27 dead and more than 70 wounded": the toll's two heads,
    guideline §1 `17 dead`).  Not after a verb that leaves them dead ("which left 21
    dead and almost 200 injured": "dead" and "injured" are complements there, as in
    "were killed and 58 wounded"); the cheap test of the window's end runs first."""
    if _DETERMINER_BEFORE.search(before):
        return True
    if " dead" not in before[-_DEAD_PAIRED_REACH:].lower():
        return False
    paired = _DEAD_PAIRED_BEFORE.search(before)
    return (
        paired is not None
        and quantity_value(paired.group("count").strip(",.")) is not None
        and _LEFT_BEFORE.search(before, 0, paired.start()) is None
    )


def _wounded_as_noun(
    text: str, before: str, end: int, candidate: _Candidate, patterns: Patterns, pred_end: int
) -> None:
    """Take "wounded" right after a headless figure into its noun phrase when it is no
    predicate but the head ("listed 55 wounded", "Four wounded were brought") or a
    modifier of one ("more than 115 wounded persons"): guideline §1, the minimal NP is
    figure + pre-nominal modifiers + head noun; "29 soldiers were killed and 58
    wounded" keeps the figure alone, "wounded" its predicate (`pred_end`: where the
    word ends)."""
    head = patterns.head.match(text, pred_end, end)
    if head is not None and not head.group("of") and not head.group("mods"):
        candidate.end, candidate.head = head.end(), head.group("head")
    elif (
        _VERB_AFTER_WOUNDED.match(text, pred_end, end)
        or _COUNTED_BEFORE.search(before)
        or _wounded_named_as_noun(before)
    ):
        candidate.end, candidate.head = pred_end, text[candidate.end : pred_end].strip()


def _headed_after(
    text: str,
    end: int,
    candidate: _Candidate,
    patterns: Patterns,
    scans: _Scans,
    right: re.Match[str] | None,
    may_follow: bool,
) -> None:
    """Type a headless figure by the predicate after it, across what heads it: a pronoun
    it is part of ("50 of them died", "two of whom were among the dead"), which the span
    keeps (guideline §1, partitives), or a plural noun of people that the head lists lack
    ("Four suspected bomb makers were killed", "four islanders were killed").
    `may_follow`: `_Scans.predicate_may_follow` from the figure's end (False rules out a
    predicate after such a noun)."""
    figure = candidate.figure
    if right is not None:
        partitive = _PRONOUN_PARTITIVE.match(text, figure.end, end)
        if partitive is not None and right.end("pp") == partitive.end("partitive"):
            candidate.end = partitive.end("partitive")
            candidate.head = "them"
            candidate.casualty_type = _casualty_type(
                patterns, right.group("pred"), right.group("second")
            )
            candidate.rule = _PREDICATE_AFTER
        return
    if not may_follow:
        return
    loose = _LOOSE_HEAD_BEFORE_PREDICATE.match(text, figure.end, end)
    if loose is None:
        return
    after = scans.right_predicate.match(scans.right_scanned, loose.end(), end)
    if after is None or after.group("pp") is not None:
        return
    predicate = after.group("pred").casefold()
    if predicate in _THING_VERBS or _casualty_type(patterns, predicate, None) == _CAPTURED:
        return  # "two oil tankers were destroyed", "… were seized"
    candidate.end, candidate.head = loose.end(), loose.group("head")
    candidate.casualty_type = _casualty_type(patterns, predicate, after.group("second"))
    candidate.rule = _PREDICATE_AFTER


#: "took 30 soldiers hostage", "are holding 12 people captive": a verb of taking or
#: holding before the figure and "hostage" or "captive" after its noun phrase.
_HELD_BEFORE = re.compile(
    r"\b(?:took|take|takes|taking|taken|held|hold|holds|holding|kept|keep|keeps|keeping)\s+"
    # … the ones they had: "took its 25 crew members hostage"
    r"(?:(?:its|their|his|her|our|all)\s+)?$",
    re.IGNORECASE,
)
_HELD_AFTER = re.compile(r"\s+(?:hostages?|captives?)\b", re.IGNORECASE)


def _object_between(
    text: str, before: str, phrase_end: int, end: int, verb: re.Pattern[str], after: re.Pattern[str]
) -> bool:
    """Whether the figure's noun phrase is the object of a verb right before it (`verb`,
    searched in `before`, the text up to the figure) that words right after the phrase
    complete (`after`): "took 30 soldiers hostage", "hacked 12 villagers to death".  The
    rarer words after are tested first."""
    return after.match(text, phrase_end, end) is not None and verb.search(before) is not None


#: Held in a prison, right after the phrase ("36 terrorists, held in various Indian
#: jails", "Some 4,000 of the group's fighters remain detained in Kurdish-run jails"):
#: prisoners (guideline §1, captured) when the head is a fighter's or a force's, not
#: migrants in detention centres or jailed journalists.
_HELD_IN_PRISON = re.compile(
    r",?\s+(?:(?:who|that)\s+)?(?:(?:are|were|is|was|being|been|remain|remained)\s+)?"
    r"(?:(?:still|now|currently)\s+)?(?:held|detained|locked\s+up|imprisoned|jailed)\s+in\s+"
    r"(?:[\w-]+\s+){0,4}?(?:jails?|prisons?|detention|custody|cells)\b",
    re.IGNORECASE,
)


def _held_as_hostages(text: str, before: str, phrase_end: int, end: int) -> bool:
    """Whether the figure's people are taken or held as hostages or captives (guideline
    §1, captured): the object of "took … hostage", which no harm word follows."""
    return _object_between(text, before, phrase_end, end, _HELD_BEFORE, _HELD_AFTER)


#: A verb that tells how people were killed when "to death" or "alive" follows its
#: object ("hacked at least a thousand people to death", "burned 30 villagers alive"),
#: possibly after a possessive; and what follows the object.  "sentenced 12 men to death"
#: kills no one, so the verb is needed.
_MEANS_BEFORE = re.compile(
    r"(?<![\w-])(?:hack|stabb?|beat|beaten|burn|burnt|ston|clubb?|tortur|crush|trampl|bludgeon"
    r"|kick|whipp?|flogg?|batter|starv)(?:e|ed|ing)?\s+(?:(?:the|their|his|her|its)\s+)?$",
    re.IGNORECASE,
)
_TO_DEATH_AFTER = re.compile(r"\s+(?:to\s+death|to\s+their\s+deaths|alive)(?![\w-])", re.IGNORECASE)


def _killed_by_a_means(text: str, before: str, phrase_end: int, end: int) -> bool:
    """Whether the figure's people are the object of a verb of violence that "to death"
    or "alive" after them makes a killing ("hacked 12 villagers to death", guideline §1,
    killed)."""
    return _object_between(text, before, phrase_end, end, _MEANS_BEFORE, _TO_DEATH_AFTER)


def _may_list_the_harmed(before: str) -> bool:
    """Whether `_AMONG_THE_HARMED` can match: one of its words is there, in any case as
    the pattern reads them (a few `in` tests cost less than its scan)."""
    lowered = before.lower()
    return any(word in lowered for word in _AMONG_THE_HARMED_WORDS)


#: The marks that end a label before its figure in a list or table ("Killed: 45",
#: "Dead — 12"), a cheap test on the window's last two characters before the pattern.
_LABEL_MARKS = (":", "—", "–")
#: How far before a figure its label is read: a word, its mark and spaces.
_LABEL_REACH = 30
#: The label's last word right before its mark.
_LABEL_BEFORE = re.compile(rf"(?<![\w-])(?P<label>[A-Za-z]+)\s*[{''.join(_LABEL_MARKS)}]\s*$")


#: The first word of a label that opens its line, after a bullet, with at most four more
#: words before the label's last ("• Refugees in neighbouring countries:").
_LABEL_FIRST_WORD = re.compile(r"[\s•*·▪–—-]*(?P<word>[A-Za-z]+)(?:\s+[\w'’-]+){0,4}\s+$")


def _labelled_harm(text: str, start: int, figure_start: int, patterns: Patterns) -> str | None:
    """The casualty type of a figure at `figure_start` listed after a harm word as its
    label ("Killed: 45; wounded: 120", "Civilians dead — 12"; guideline §1, a stated
    number of people killed, wounded …), else None: a list or table gives the predicate
    as a label, with no verb.  The label is read back to its line's start even before
    the sentence's (`start`): a list item's label is no part of the sentence ("- Reported
    killed: 45 including 7 women")."""
    if not any(mark in text[max(0, figure_start - 2) : figure_start] for mark in _LABEL_MARKS):
        return None  # the cheap test first: almost no figure follows a label's mark
    line_start = text.rfind("\n", 0, figure_start) + 1
    low = min(start, line_start)
    tail = text[max(low, figure_start - 2) : figure_start]
    if not any(mark in tail for mark in _LABEL_MARKS):
        return None
    label = _LABEL_BEFORE.search(text, max(low, figure_start - _LABEL_REACH), figure_start)
    if label is None:
        return None
    harm = patterns.casualty_words.get(label.group("label").casefold())
    if harm is not None:
        return harm
    # a longer label that opens with the harm: "• Refugees in neighbouring countries: 2,014,000"
    first = _LABEL_FIRST_WORD.match(text, line_start, label.start("label"))
    return patterns.casualty_words.get(first.group("word").casefold()) if first else None


def _those_harmed_are(text: str, start: int, figure: Figure, patterns: Patterns) -> str | None:
    """The casualty type when the figure is what the harmed, as a subject, are counted
    to be ("Those who were executed during the storming of the area are around 300"),
    else None."""
    low = max(start, figure.outer_start - _THOSE_REACH)
    if text.find("hose ", low, figure.outer_start) < 0:
        return None
    those = _THOSE_HARMED_ARE.search(text, low, figure.outer_start)
    if those is None:
        return None
    return patterns.casualty_words.get(those.group("pred").casefold())


_HARM_NOUN_ENDINGS = (
    *("aths", "ties", "ries", "dead", "wounded", "injured"),
    *("osses", "displaced", "missing"),
)


#: The harmed as a noun that a source puts at a figure, its words before ("put Ukrainian
#: casualties at", "estimates civilian deaths at"): the estimate gives their number.
_HARM_PUT_AT = re.compile(
    r"\b(?:put|puts|putting|placed|places|placing|estimated|estimates|estimating)\s+"
    r"(?:(?:the|its|their)\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?P<harm>deaths|casualties|fatalities|injuries|losses|dead\s+and\s+wounded"
    r"|(?<=the\s)(?:dead|wounded|injured))"
    r"\s+at\s+$"
)


def _may_reach_a_count(before: str) -> bool:
    """Whether `_HARM_NOUN_REACHED` can match: its nouns end in "-aths", "-ties",
    "-ries" or "-osses", or are the dead, the hurt, the displaced or the missing (a few
    `in` tests cost less than its scan)."""
    return any(ending in before for ending in _HARM_NOUN_ENDINGS)


def _may_name_remains(before: str) -> bool:
    """Whether `_REMAINS_OF` can match: a few `in` tests on the short window cost less
    than its scan, which most figures would pay for "of" alone."""
    return "bodies" in before or "corpses" in before or "remains" in before or "heads" in before


def _opens_clause(text: str, start: int, figure_start: int) -> bool:
    """Whether a figure opens its sentence or a clause after a stop, a colon, a dash or
    a comma (an opening quote mark may stand before it)."""
    before = text[start:figure_start].rstrip().rstrip("‘“'\"").rstrip()
    return not before or before.endswith((",", ":", ";", "–", "—", "-"))


def _may_hold_an_aside(text: str, start: int, end: int) -> bool:
    """Whether `Patterns.right_predicate_aside` may match where the plain form failed:
    a comma or a dash right after the figure's noun phrase, or a pronoun's partitive in
    the next words ("Three people two of them children died")."""
    pos = start
    while pos < end and text[pos] == " ":
        pos += 1
    return pos < end and (
        text[pos] in ",–—-"
        or text.find(" of them", pos, pos + _PARTITIVE_REACH) >= 0
        or text.find(" of whom", pos, pos + _PARTITIVE_REACH) >= 0
    )


#: How far after a figure's noun phrase a pronoun's partitive can end.
_PARTITIVE_REACH = 24


def _listed_after_verb(before: str, patterns: Patterns, headed: bool) -> str | None:
    """Casualty type when the figure ends a list of people after a casualty verb
    ("killed a nurse, a hospital employee and two soldiers"; when the figure has a head
    noun, `headed`, also a list of named items: "killed the commander and 11 of his
    men"), else None."""
    items = (_NAMED_ITEMS_LIST if headed else _ARTICLE_LIST).search(before)
    if items is None:
        return None
    left = patterns.left_verb.search(before, 0, items.start() + 1)
    if left is None:
        return None
    return _casualty_type(patterns, left.group("verb"), left.group("second"))


#: `_head_nouns` of a figure without head noun.
_NO_HEAD_NOUNS = (False, False, False, False)


@lru_cache(maxsize=4096)
def _head_nouns(head: str, patterns: Patterns) -> tuple[bool, bool, bool, bool]:
    """Whether a head noun is a casualty noun ("casualties"), a death noun ("dead",
    "lives"), a captive noun ("hostages") or a displacement noun ("displacements").
    Memoised: a few dozen heads ("people", "soldiers", "civilians") make up most
    figures' heads, in any text."""
    folded = head.casefold()
    return (
        patterns.casualty_heads.search(head) is not None or folded == _CASUALTY_SINGULAR,
        folded in _DEATH_HEADS,
        patterns.captive_heads.search(head) is not None,
        folded in _DISPLACEMENT_HEADS,
    )


def _without_scare_quote(before: str) -> str:
    """The window before a figure with the marks of a quoted verb taken out, so
    that the verb reads as if unquoted: 'had "neutralised" 130 militants' is a
    count of the killed as 'had neutralised 130 militants' is (guideline §1: the
    predicate of the figure's own clause decides).  The cheap test of the last
    characters runs first: almost no window ends with a quote mark."""
    if before[-2:-1] not in _SCARE_QUOTE_MARKS:
        return before
    match = _SCARE_QUOTED.search(before)
    if match is None:
        return before
    return f"{before[: match.start()]}{match.group('words')} "


#: How many characters before a figure its verb and the words around it are sought in.
_WORDS_BEFORE = 60
#: A run of spaces a blanked Markdown link address left ("have [killed](https://…)
#: thousands" reads "have  killed" and spaces), which counts as one space there.
_BLANKED_RUN = re.compile(r" {3,}")


def _words_before(text: str, start: int, figure_start: int) -> str:
    """The last `_WORDS_BEFORE` characters of text[start:figure_start], the window the
    verb before a figure is sought in, with a link address blanked there read as one
    space, so that the verb before the link is still in the window."""
    before = text[max(start, figure_start - _WORDS_BEFORE) : figure_start]
    if "   " not in before:
        return before
    wide = _BLANKED_RUN.sub(" ", text[max(start, figure_start - 5 * _WORDS_BEFORE) : figure_start])
    return wide[-_WORDS_BEFORE:]


@lru_cache(maxsize=4096)
def _left_verb(
    before: str, patterns: Patterns, caseless: Caseless | None
) -> tuple[str, str | None, str] | None:
    """(verb, "or wounded" part, whole match) of `patterns.left_verb` in the text before a
    figure, or None (`caseless`: the pattern as `_caseless_left_verb` gives it).  The
    pattern only runs when one of the last four words is one of its words.  Memoised on
    the whole window: cutting it to the most words the pattern can span first cost more
    than it saved, as a 60-character window seldom holds more, and the cut windows
    recurred no more often than the whole ones."""
    last_words = {w.strip(",;:").casefold() for w in before.rsplit(None, 4)[-4:]}
    if not last_words & patterns.left_verb_words:
        return None
    lowered = lower_for_caseless(before) if caseless is not None else None
    if caseless is None or lowered is None:
        match = patterns.left_verb.search(before)
    else:
        match = caseless.lowercase.search(lowered)
    if match is None:
        return None
    # Spans, not group text: the caseless match ran on the lower-cased window.
    second_start, second_end = match.span("second")
    return (
        before[match.start("verb") : match.end("verb")],
        before[second_start:second_end] if second_start >= 0 else None,
        before[match.start() : match.end()],
    )


@lru_cache(maxsize=16)
def _caseless_left_verb(patterns: Patterns) -> Caseless | None:
    """`patterns.left_verb` as a `Caseless` pattern, or None when it does not convert.

    Why: the pattern opens with a word-start look-behind, so the engine tries it at every
    character of the window before a figure, each time folding case; case-sensitively on
    the lower-cased window the same search takes about a third of the time."""
    try:
        return _as_caseless(patterns.left_verb)
    except ValueError:
        return None


#: A harm participle right after the head of a lost figure ("lost 1,140 troops killed
#: or wounded", "lost 40 men captured").
_HARM_AFTER_LOSS = re.compile(
    r"\s+(?P<pred>killed|dead|wounded|injured|captured|missing)"
    r"(?P<second>\s+(?:or|and)\s+(?:killed|dead|wounded|injured|captured|missing))?(?![\w-])"
    # not a verb of its own, commas lost: "the lives of over 470000 people injured 1.9
    # million others"
    r"(?!\s*\d)",
    re.IGNORECASE,
)


def _loss_named_after(
    text: str,
    end: int,
    candidate: _Candidate,
    left: tuple[str, str | None, str],
    patterns: Patterns,
) -> str | None:
    """The casualty type a participle right after the head gives a figure counted by a
    verb of loss (`left`: as `_left_verb` gives it): "lost 1,140 troops killed or
    wounded" counts the killed or wounded, not the killed that "lost" alone stands for
    (guideline §2 table); else None.  A harm verb ("killed 12 soldiers wounded …") or
    "the lives of" names the harm itself."""
    verb, second, matched = left
    if (
        candidate.head is None
        or second is not None
        or verb.casefold() in patterns.casualty_words
        or "lives" in matched
    ):
        return None
    named = _HARM_AFTER_LOSS.match(text, candidate.end, end)
    if named is None:
        return None
    return _casualty_type(patterns, named.group("pred"), named.group("second"))


def _agent_of_harm(text: str, end: int, right: re.Match[str]) -> bool:
    """Whether the harm verb a figure's right predicate found is active, so that the
    figure is its agent (guideline §1: the casualty is the one harmed): a verb that takes
    an object after "has", "have" or "had" ("have seized"), or before its object with no
    auxiliary ("seized the airport", "killed their neighbours")."""
    if right.group("pred").casefold() not in _TRANSITIVE_HARM:
        return False
    words = text[right.start() : right.start("pred")].casefold().split()
    if words and words[-1] in _PERFECT_AUXILIARIES:
        return True
    return not _AUXILIARIES_BEFORE_HARM.intersection(words) and (
        _OBJECT_AFTER_HARM.match(text, right.end(), end) is not None
    )


#: What parts the harms of a list: "killed, wounded or captured".
_HARM_LIST_BREAK = re.compile(rf",|\b(?:or|and)\b(?:\s+{SECOND_HARM_TIMES}\b)?")


def _casualty_type(patterns: Patterns, word: str, second: str | None) -> str:
    """Casualty type of a predicate word, or of a list of them (`second`: "or wounded",
    "and captured", ", wounded or captured"): "killed or wounded" is its own type, and any
    other mix of types counts casualties (guideline §2 table: `casualties` for "a
    killed/wounded/captured mix": "killed or captured", "wounded or missing")."""
    words = patterns.casualty_words
    kind = words.get(" ".join(word.casefold().split()), _KILLED)
    if not second:
        return kind
    kinds = {kind} | {
        words.get(" ".join(listed.split()), kind)
        for listed in _HARM_LIST_BREAK.split(second.casefold())
        if listed.strip()
    }
    if len(kinds) == 1:
        return kind  # "injured or hurt"
    if " or " not in second and (
        (kinds == _CAPTURED_THEN_KILLED and kind == _CAPTURED)
        or (kinds == _KILLED_AND_WOUNDED and word.casefold() in _HARMED_TO_DEATH)
    ):
        # "were abducted, murdered, and buried": the captives' fate; "was stabbed and
        # killed": how they died
        return _KILLED
    return _KILLED_OR_WOUNDED if kinds == _KILLED_AND_WOUNDED else _CASUALTIES


#: A passive verb that destroys things as well as people, right after a headless figure
#: ("at least four were destroyed").
_THINGS_DESTROYED_AFTER = re.compile(
    r"\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+"
    r"(?:destroyed|lost|eliminated|neutralised|neutralized)\b",
    re.IGNORECASE,
)
#: A word right after a figure that no head noun list knows: the figure counts things
#: ("12 armoured vehicles", "30 tanks").
_THING_WORD_AFTER = re.compile(r"\s+[a-z][a-z-]+")


def _untype_things_destroyed(text: str, candidates: list[_Candidate]) -> None:
    """Take the harm off a headless figure that is "destroyed" or "lost" when an earlier
    figure of its sentence counts things ("The army has 12 armoured vehicles in the area,
    and at least four were destroyed"): the figure stands for those things, whose noun
    it leaves out, not for people (guideline §1: not casualties, counts of vehicles and
    weapons).  A headed earlier figure ("80 fighters attacked and 40 were destroyed")
    keeps it."""
    things = False
    for candidate in candidates:
        if candidate.head is not None:
            things = False
        elif candidate.casualty_type is None:
            things = things or _THING_WORD_AFTER.match(text, candidate.figure.end) is not None
        elif (
            things
            and candidate.rule == _PREDICATE_AFTER
            and _THINGS_DESTROYED_AFTER.match(text, candidate.end) is not None
        ):
            candidate.casualty_type = None
            candidate.rule = ""


#: What stands between a figure's phrase and the count its verb harms, for that figure
#: to be the verb's agent (`_untype_agents_of_harm`): the verb alone, after the comma
#: that closes an aside or not, an adverb or a perfect's auxiliary before it allowed.
_HARM_BETWEEN_COUNTS = re.compile(
    r"\s*,?\s+(?:[a-z]+ly\s+)?(?:(?:has|have|had)\s+)?(?P<verb>[a-z]+)\s+$"
)


def _untype_agents_of_harm(text: str, candidates: list[_Candidate]) -> None:
    """Take the harm off a counted group that is the agent of a verb whose object is the
    next figure of the sentence ("Three gunmen killed two girls", "The camp, which hosts
    some 10,000 IDPs, killed two girls" said of a strike on it): the verb harms its
    object, not its subject (guideline §1, the one harmed is the casualty).

    `_agent_of_harm` reads an object opened by an article or a pronoun; a count as the
    object is read here, where the figures of the sentence are known.  Headline pairs
    ("13 civilians killed 43 others injured") type the second count by its own
    participle after it, so they are left as they are.  A head that names the uprooted
    keeps that harm ("10,000 IDPs")."""
    for agent, harmed in pairwise(candidates):
        if (
            agent.rule == _PREDICATE_AFTER
            and agent.head is not None
            and harmed.rule != _PREDICATE_AFTER
        ):
            between = _HARM_BETWEEN_COUNTS.fullmatch(text, agent.end, harmed.figure.outer_start)
            if between is not None and between.group("verb") in _TRANSITIVE_HARM:
                uprooted = _UPROOTED.search(text, agent.figure.end, agent.end) is not None
                agent.casualty_type = _DISPLACED if uprooted else None
                agent.rule = _DISPLACED_HEAD if uprooted else ""


#: What opens a bracket right after a figure's phrase (`_type_bracketed_restatements`).
_BRACKET_OPENING = re.compile(r"\s*\(\s*")


def _type_bracketed_restatements(text: str, candidates: list[_Candidate]) -> None:
    """A count of people that opens a bracket right after a casualty figure restates that
    figure in people and takes its harm ("displacing three families (12 people,
    including five children)", OCHA's way): a claim of its own, as the figure before
    it is.  Figures later in the bracket share it as a list does (`_share_predicates`,
    which runs after)."""
    for counted, restated in pairwise(candidates):
        if (
            counted.casualty_type is not None
            and restated.casualty_type is None
            and restated.head is not None
            and _BRACKET_OPENING.fullmatch(text, counted.end, restated.figure.outer_start)
        ):
            restated.casualty_type = counted.casualty_type
            restated.rule = "casualty.restated_in_brackets"


def _share_predicates(text: str, candidates: list[_Candidate]) -> None:
    """Figures chained by 'and' / 'including' / nothing share one predicate.

    A count of things, neither typed nor of people, between two figures leaves the chain
    whole: "counted 148 bodies in four different locations in the town, including several
    dozen … soldiers" chains the soldiers to the bodies across "four"."""
    chains: list[list[_Candidate]] = []
    for candidate in candidates:
        if chains and candidate.head is None and candidate.casualty_type is None:
            continue
        if chains and _chained(text, chains[-1][-1], candidate):
            chains[-1].append(candidate)
        else:
            chains.append([candidate])
    for chain in chains:
        typed = [c for c in chain if c.casualty_type is not None]
        if not typed or len(chain) == 1:
            continue
        _captives_share_the_predicate_after(chain)
        for candidate in chain:
            if (
                candidate.casualty_type is None
                and candidate.head is not None
                # "killed two men and 300 troops arrived later": a clause of its own
                and _OWN_VERB_AFTER.match(text, candidate.end) is None
                # "9 suicides and 14 attempted suicides": no one died in an attempt
                and not _ATTEMPTED_BEFORE.search(text, candidate.figure.outer_start, candidate.end)
            ):
                candidate.casualty_type = typed[0].casualty_type
                candidate.rule = "casualty.shared_predicate"


def _captives_share_the_predicate_after(chain: list[_Candidate]) -> None:
    """Captives typed by their noun alone take the predicate that follows the chain they
    lead: "at least 37 hostages and 29 militants were killed" counts dead hostages
    (guideline §1: the predicate of the figure's own clause decides, and the noun says
    what happened to them only when nothing else does)."""
    last = chain[-1]
    if last.rule != _PREDICATE_AFTER:
        return
    for candidate in chain[:-1]:
        if candidate.rule == _CAPTIVE_HEAD:
            candidate.casualty_type = last.casualty_type
            candidate.rule = "casualty.shared_predicate"


def _type_pronoun_subsets(text: str, end: int, candidates: list[_Candidate]) -> None:
    """A bare figure partitive on a pronoun ("234 of them", "12 of whom") after a
    casualty figure of the same sentence is a subset of that figure: a new count with
    its type (guideline §1, subsets).  The group named after it ("… were children")
    gives the unit."""
    earlier_type: str | None = None
    # Where the group of the last subset typed ends, for a next group that leaves the
    # verb out ("of whom 4,506 were children and 3,027 women"), else -1.
    group_end = -1
    for candidate in candidates:
        if (
            group_end >= 0
            and earlier_type is not None
            and candidate.casualty_type is None
            and candidate.head is not None
            and _NEXT_GROUP_JOIN.fullmatch(text, group_end, candidate.figure.outer_start)
            and _OWN_VERB_AFTER.match(text, candidate.end) is None
        ):
            candidate.casualty_type = earlier_type
            candidate.rule = _SUBSET_OF_EARLIER
            group_end = candidate.end
            continue
        group_end = -1
        if candidate.casualty_type is not None:
            earlier_type = candidate.casualty_type
            continue
        if earlier_type is None or candidate.head is not None:
            continue
        partitive = _PRONOUN_PARTITIVE.match(text, candidate.figure.end, end)
        if partitive is None:
            named = _group_after_pronoun(text, end, candidate.figure)
            if named is None:
                continue
            group, group_end = named
        else:
            group = (partitive.group("group") or "").casefold()
            candidate.end = partitive.end("partitive")
        candidate.head = group if group in _UNIT_BY_WORD else "them"
        candidate.casualty_type = earlier_type
        candidate.rule = _SUBSET_OF_EARLIER


def _word_before_ends(text: str, start: int, figure_start: int, endings: tuple[str, ...]) -> bool:
    """Whether the word before a figure (past spaces and a comma, in the last 20
    characters from start) ends with one of the endings, in any case: the cheap test
    before a case-blind pattern of the words before a figure, which must pass whatever
    the pattern matches, so an all-caps headline ("ONE IN FIVE RESIDENTS") or a line
    wrap ("of whom\n12") reaches it."""
    before = text[max(start, figure_start - 20) : figure_start].rstrip().rstrip(",")
    return before.lower().endswith(endings)


def _group_after_pronoun(text: str, end: int, figure: Figure) -> tuple[str, int] | None:
    """The group ("children", or "" when none is said) of a bare figure after a
    partitive pronoun ("of whom 12 were children", "of them, 3 were journalists") and
    where the group's word ends (-1 when none is said), or None when no such pronoun is
    right before the figure."""
    low = max(0, figure.outer_start - 16)
    if not _word_before_ends(text, low, figure.outer_start, _PRONOUN_ENDS):
        return None
    if _PRONOUN_PARTITIVE_BEFORE.search(text, low, figure.outer_start) is None:
        return None
    group = _GROUP_AFTER.match(text, figure.end, end)
    return ("", -1) if group is None else (group.group("group").casefold(), group.end())


def _type_located_ellipses(text: str, end: int, candidates: list[_Candidate]) -> None:
    """A bare figure that only says where ("… were killed in the town of Sabqa and one in
    the town of Harasta", "54 civilians were killed, including 9 in Alsaliheen, 8 in
    Ansari"), after a comma how ("… were killed, 22 while trying to get aid"), or after
    ", with" where from ("remains at 20, with 17 coming from the Armed Forces"), counts
    the same people as the casualty figure before it in the sentence: the
    head is left out (guideline §1, no head noun → the figure alone), so the figure takes
    that figure's type and head, for its unit.  Each typed one leads the next ("9 in
    Alsaliheen, 8 in Ansari")."""

    def located(earlier: _Candidate, candidate: _Candidate) -> bool:
        return (
            candidate.figure.outer_start - earlier.end <= _LOCATED_ELLIPSIS_REACH
            and (
                _LOCATED_AFTER.match(text, candidate.figure.end, end) is not None
                or (
                    text.endswith(" and ", 0, candidate.figure.outer_start)
                    and (
                        _LOCATED_AT_OR_FROM.match(text, candidate.figure.end, end) is not None
                        or (
                            _TIMED_AFTER.match(text, candidate.figure.end, end) is not None
                            # "two … shot dead, one on Friday and one on Saturday" parts
                            # the two: the day's figure follows the harm in one clause
                            and text.find(",", earlier.end, candidate.figure.outer_start) < 0
                        )
                    )
                )
                or (
                    text.endswith(", ", 0, candidate.figure.outer_start)
                    and _CIRCUMSTANCE_AFTER.match(text, candidate.figure.end, end) is not None
                )
                or (
                    text.endswith(", with ", 0, candidate.figure.outer_start)
                    and _SHARE_FROM.match(text, candidate.figure.end, end) is not None
                )
            )
            and _CLAUSE_STOP.search(text, earlier.end, candidate.figure.outer_start) is None
        )

    _type_headless(candidates, located, "casualty.located_ellipsis", leads_next=True)


def _type_bare_parts(text: str, end: int, candidates: list[_Candidate]) -> None:
    """A bare figure right after "including" or "among them" that a casualty figure of
    the same clause leads to ("Thousands have lost their lives - including an estimated
    10,000 last year alone", "killed 40, among them 12 on Sunday") is part of that
    figure: a claim of its own (guideline §1, subsets) with the figure alone as its span
    (no head noun), so only where the phrase ends right after it or a time, place or
    manner word follows; a word that may be an unknown head ("12 Yazidi") leaves it.
    A bare "one" is left too: it picks out a thing as often as a person ("killed in
    airstrikes on the city including one near a hospital")."""

    def part(earlier: _Candidate, candidate: _Candidate) -> bool:
        return (
            candidate.figure.max != 1
            and candidate.figure.outer_start - earlier.end <= _BARE_PART_REACH
            and _BARE_PART_GAP.fullmatch(text, earlier.end, candidate.figure.outer_start)
            is not None
            and _BARE_PART_END.match(text, candidate.figure.end, end) is not None
        )

    _type_headless(candidates, part, "casualty.bare_part", leads_next=False)


#: What right before a bare figure compares it with a casualty figure before it: "19
#: civilians were wounded …, up from 12 a day earlier", "revised the toll down to 39 from
#: the 48 reported earlier", "rose to an estimated 7,620 in 2023, up from 6,180".
_COMPARED_COUNT_BEFORE = re.compile(
    r"(?:\b(?:up|down)\s+from|(?<=\d)\s+from|\bcompared\s+(?:with|to))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: How far a compared figure may stand from the figure it is compared with.
_COMPARED_COUNT_REACH = 120
#: What may follow a compared figure: its time or source, not a head of its own.
_COMPARED_COUNT_END = re.compile(
    r"\s*(?:[.,;:!?)–—]|$)|\s+(?:a|an|the|in|on|at|during|since|last|this|earlier|before"
    r"|previously|reported|recorded|given|announced|[a-z]+ly)\b",
    re.IGNORECASE,
)


def _type_compared_counts(text: str, end: int, candidates: list[_Candidate]) -> None:
    """A bare figure that the casualty figure right before it in the sentence is compared
    with ("19 civilians were wounded, up from 12 a day earlier") counts the same harm at
    another time: a claim of its own with that type (guideline §0, annotate every
    mention; §1, no head noun: the figure alone)."""

    starts = [other.figure.start for other in candidates]

    def compared(earlier: _Candidate, candidate: _Candidate) -> bool:
        start = candidate.figure.outer_start
        return (
            start - earlier.end <= _COMPARED_COUNT_REACH
            # the figure right before it: "6,500 armed members, up from 2,300" compares
            # the members, not the displaced of the clause before
            and not any(earlier.end <= other < start for other in starts)
            and _COMPARED_COUNT_BEFORE.search(text, max(earlier.end, start - 24), start) is not None
            and _COMPARED_COUNT_END.match(text, candidate.figure.end, end) is not None
        )

    _type_headless(candidates, compared, "casualty.compared", leads_next=False)


def _type_headless(
    candidates: list[_Candidate],
    fits: Callable[[_Candidate, _Candidate], bool],
    rule: str,
    leads_next: bool,
) -> None:
    """Give each untyped, headless candidate that `fits` the casualty figure before it
    that figure's type and head, with `rule`: the figure alone stands for people of the
    kind the earlier figure names.  With `leads_next`, a candidate so typed is the
    figure the next one is judged against; otherwise the last typed figure of its own
    stays the lead."""
    earlier: _Candidate | None = None
    for candidate in candidates:
        if candidate.casualty_type is not None:
            earlier = candidate
            continue
        if earlier is None or candidate.head is not None or not fits(earlier, candidate):
            continue
        candidate.head = earlier.head
        candidate.casualty_type = earlier.casualty_type
        candidate.rule = rule
        if leads_next:
            earlier = candidate


def _chained(text: str, previous: _Candidate, current: _Candidate) -> bool:
    # A bare figure chains only when typed: "killed 12, including five children".
    if current.head is None or (previous.head is None and previous.casualty_type is None):
        return False
    gap = _CHAIN_GAP.match(text, previous.end, current.figure.outer_start)
    if gap is not None and gap.end() == current.figure.outer_start:
        return True
    # "executed 48 people in a northern village, among them 10 children"
    gap_start, gap_end = previous.end, current.figure.outer_start
    if _SUBSET_GAP.fullmatch(text, gap_start, gap_end) is not None:
        return True
    if gap_end - gap_start <= 80 and _ADDED_AFTER_PHRASE.fullmatch(text, gap_start, gap_end):
        return True
    # "killed 18 civilians, including women and children, along with six Taliban insurgents"
    if _INCLUDED_THEN_ADDED.fullmatch(text, gap_start, gap_end) is not None:
        return True
    # "18 civilians were killed in the air strike that followed the raid - five women,
    # seven children and six men": a typed figure's clause, then its breakdown
    if (
        previous.casualty_type is not None
        and gap_end - gap_start <= _BREAKDOWN_REACH
        and _BREAKDOWN_GAP.fullmatch(text, gap_start, gap_end) is not None
    ):
        return _breakdown_of(text, previous, current)
    # "had been killed as well as 41 civilians", "30 people – most of them … including":
    # short gaps, which `_ADDED_OR_ASIDE` finds the words of
    if gap_end - gap_start > _ADDED_OR_ASIDE_REACH or not _ADDED_OR_ASIDE.search(
        text, gap_start, gap_end
    ):
        return False
    return (
        _ADDED_AFTER_PREDICATE.fullmatch(text, gap_start, gap_end) is not None
        or _ASIDE_SUBSET.fullmatch(text, gap_start, gap_end) is not None
    )


def _section_number(text: str, figure: Figure) -> bool:
    """Whether a figure is a section's number opening a line ("3.2 Germany's brigade in
    Lithuania"), not a count ("moved 2.5 divisions")."""
    return (
        figure.qualifier is Qualifier.EXACT
        and (figure.start == 0 or text[figure.start - 1] == "\n")
        and _SECTION_DIGITS.fullmatch(text, figure.start, figure.end) is not None
    )


def _breakdown_of(text: str, whole: _Candidate, part: _Candidate) -> bool:
    """Whether a figure after a dash or colon is part of a breakdown of the typed figure
    before it: no bigger than it, and the list it starts has no verb of its own up to the
    end of the sentence ("- 20 others and 12 children were hurt" is a clause of its own,
    "- five women, seven children and six men" is a breakdown)."""
    whole_size = whole.figure.max if whole.figure.max is not None else whole.figure.min
    if whole_size is not None and part.figure.min is not None and part.figure.min > whole_size:
        return False  # "Nine soldiers were killed - 300 troops were sent": no part of nine
    stop = _BREAKDOWN_STOP.search(text, part.end, part.end + _BREAKDOWN_REST)
    rest = text[part.end : stop.start() if stop else part.end + _BREAKDOWN_REST]
    return _VERB_IN_LIST.search(rest) is None


def _to_claim(
    text: str, start: int, end: int, candidate: _Candidate, patterns: Patterns, scans: _Scans
) -> DetectedClaim | None:
    """Decide the kind and build the claim, or None when the figure is not a claim."""
    figure = candidate.figure
    head = candidate.head
    heads = scans.heads
    phrase = heads.scanned[figure.start : candidate.end]
    if phrase.endswith(_SCARE_QUOTE_CLOSING_MARKS):
        phrase = phrase[:-1]  # a head in scare quotes (`_scare_quoted_head`)
    if head and _unit_name(text, figure, head, candidate.end):
        return None
    if head and _possessive_head(text, figure, candidate.end):
        return None  # "49 bandits' camps were destroyed": the figure counts the camps
    if head and heads.formation.search(phrase) and not _firms(text, start, end, phrase, patterns):
        if _section_number(text, figure):
            return None  # a section's number before its heading: "3.2 Germany's brigade"
        return _claim(text, candidate, KIND_TROOPS, "formations", None, "troops.formation", 0.85)
    if (
        candidate.casualty_type == _DISPLACED
        and head
        and (heads.force.search(phrase) or heads.fighter.search(phrase))
        and not _EVACUATED_AFTER.match(text, candidate.end, end)
    ):
        # "hundreds of soldiers fled the town": a force on the move, not people displaced
        candidate.casualty_type = None
    if head and candidate.casualty_type != _DISPLACED and head.casefold() in _UPROOTED_ONLY_HEADS:
        return None
    if candidate.casualty_type is not None:
        unit = _unit(text, candidate, patterns, heads, phrase, text[start:end])
        confidence = 0.9 if candidate.rule != "casualty.shared_predicate" else 0.75
        if head is None:
            confidence -= 0.1
        return _claim(
            text,
            candidate,
            KIND_CASUALTY,
            unit,
            candidate.casualty_type,
            candidate.rule,
            confidence,
        )
    if candidate.troops_rule:
        return _claim(text, candidate, KIND_TROOPS, "troops", None, candidate.troops_rule, 0.85)
    if head is None:
        return _bare_troops(text, start, end, candidate, patterns, scans)
    service = _COMPOUND_MEN_AND_WOMEN.search(phrase)
    if service is not None:
        phrase = phrase[: service.start()]  # "900 Australian servicemen"
    troops_unit = _troops_unit(phrase, candidate, patterns, heads, text[start:end])
    if troops_unit is None and head.casefold() == "men":
        troops_unit = (
            _men_of_armed_group(text[start:end], candidate, patterns)
            or _commanded_men(text, start, figure)
            or _mobilised_men(text, start, end, candidate)
            or _men_of_formations(text, start, figure, patterns)
        )
    elif troops_unit is None and head.casefold() == "members":
        troops_unit = _members_of_armed_group(text, start, end, candidate, patterns)
    if (
        troops_unit is not None
        and service is None
        and _WOMEN_TOO.search(text, figure.end, min(end, candidate.end + 12))
    ):
        troops_unit = None  # "millions of Afghan men, women and children": civilians
    if troops_unit is not None and " and " in phrase and _with_civilians(phrase, patterns):
        troops_unit = None  # "2000 Sunni residents and rebel fighters": no force
    if troops_unit is None and _FIGHTING_FOR.match(text, candidate.end, end):
        troops_unit = "fighters"  # "more than 500 Britons are fighting for IS"
    if (
        troops_unit is None
        and head[:1].isupper()
        and _STATIONED_AFTER.match(text, candidate.end, end)
    ):
        troops_unit = "troops"  # "Nearly 1,000 Americans are deployed in Syria"
    if (
        troops_unit is None
        and head[:1].isupper()
        and _part_of_a_sized_force(text, start, figure, patterns)
    ):
        troops_unit = "troops"  # "some 13,000 troops, including about 8,000 Americans"
    if troops_unit is None and head.casefold() == "members":
        troops_unit = _members_of_force(text, start, end, candidate, patterns, heads, phrase)
    if troops_unit is None or (figure.max is not None and figure.max < _SMALLEST_PARTY):
        # one soldier is a person, and a handful of soldiers or gunmen people an
        # incident ("two French troops were part of a team"), not the size of a force
        return None
    return _claim(text, candidate, KIND_TROOPS, troops_unit, None, "troops.force_noun", 0.8)


#: How far before a figure `_part_of_a_sized_force` reads for the force it is part of.
_PART_REACH = 80


def _part_of_a_sized_force(text: str, start: int, figure: Figure, patterns: Patterns) -> bool:
    """Whether a nation's people are part of a force sized right before them ("some 13,000
    troops in Afghanistan, including about 8,000 Americans": those troops, guideline §2):
    "including", "among them" or "of whom" after a figure whose phrase names a force (the
    words after the window's last digit), not "5,000 civilians, including 3,000 Afghans"."""
    low = max(start, figure.outer_start - _PART_REACH)
    if (
        not _large_enough_for_a_force(figure)
        or _PART_OF_FORCE_BEFORE.search(text, low, figure.outer_start) is None
    ):
        return False
    window = text[low : figure.outer_start]
    last_digit = max(window.rfind(digit) for digit in "0123456789")
    return (
        last_digit >= 0
        and patterns.force_context.search(ascii_lower(window[last_digit:])) is not None
    )


#: Plural formations right before the men each counts ("battalions of roughly 1,000 men",
#: "battalions (roughly 1,000 men each)", "85 battalions each of 400 men", "The
#: battalions apparently will consist of roughly 400 men each"), not a fire, rescue,
#: volunteer, labour or police unit's.
_FORMATIONS_OF_MEN_BEFORE = re.compile(
    r"(?<![Ff]ire\s)(?<![Rr]escue\s)(?<![Vv]olunteer\s)(?<![Ll]abour\s)(?<![Ll]abor\s)"
    r"(?<![Pp]olice\s)"
    r"\b(?:battalions|brigades|regiments|platoons|squadrons|detachments|divisions)"
    r"(?:\s+(?:(?:each\s+)?of\s+|\(\s*|(?:[a-z]+\s+){0,3}?consist(?:s|ed)?\s+of\s+)"
    # set off by a dash after them: "ten German divisions— nearly 150,000 men—"
    r"|\s*(?:[—–]|--)\s*)$"
)


def _men_of_formations(text: str, start: int, figure: Figure, patterns: Patterns) -> str | None:
    """The unit of men counted as the size of plural formations right before the figure
    ("battalions of roughly 1,000 men", guideline §2: men of a force): fighters in a
    sentence that names a non-state armed group, else troops; None elsewhere."""
    if (
        _FORMATIONS_OF_MEN_BEFORE.search(
            text, max(start, figure.outer_start - 40), figure.outer_start
        )
        is None
    ):
        return None
    before = ascii_lower(text[start : figure.outer_start])
    fighters = patterns.fighter_context.search(before) or _NON_STATE_MODIFIER.search(before)
    return "fighters" if fighters else "troops"


#: A non-state armed group's adjective before its formations ("Rebel brigades").
_NON_STATE_MODIFIER = re.compile(
    r"\b(?:rebel|militia|insurgent|jihadist|guerrilla|militant|separatist|paramilitary)\s"
)


#: Men said to bear arms ("some 2,000 men under arms"): a force's men whoever leads them.
_UNDER_ARMS = " under arms"


def _men_of_armed_group(sentence: str, candidate: _Candidate, patterns: Patterns) -> str | None:
    """The unit of the many men (guideline §2: "men (of a force)") of a sentence that
    names a non-state armed group ("The rebels have some 2,000 men") or says the men are
    under arms ("The warlord keeps 3,000 men under arms"): fighters; else None (an
    army's men are troops by `_troops_unit`; men harmed are a casualty figure before
    this is asked)."""
    figure = candidate.figure
    if not _large_enough_for_a_force(figure):
        return None
    lowered = ascii_lower(sentence)
    if _UNDER_ARMS in lowered or patterns.fighter_context.search(lowered):
        return "fighters"
    return None


#: Men called to arms right after their phrase ("318,000 men had been mobilised").
_MOBILISED_AFTER = re.compile(
    r"\s+(?:(?:were|was|are|is|have\s+been|has\s+been|had\s+been|will\s+be|would\s+be"
    r"|to\s+be)\s+)?(?:mobili[sz]ed|conscripted|drafted|called\s+up)\b",
    re.IGNORECASE,
)
#: … or by the verb right before their figure ("called up 300,000 men", "mobilised
#: another 150,000 men").
_MOBILISING_BEFORE = re.compile(
    r"\b(?:mobili[sz](?:e|es|ed|ing)|call(?:s|ed|ing)?\s+up|conscript(?:s|ed|ing)?"
    r"|draft(?:s|ed|ing)?)\s+(?:another\s+|an\s+(?:additional|extra|further)\s+)?$",
    re.IGNORECASE,
)


def _mobilised_men(text: str, start: int, end: int, candidate: _Candidate) -> str | None:
    """ "troops" when many men are mobilised, conscripted or called up ("Putin said
    318,000 men had been mobilised", "The Kremlin called up 300,000 men"; guideline §2:
    "men (of a force)", mobilised reservists), else None."""
    figure = candidate.figure
    if not _large_enough_for_a_force(figure):
        return None
    if _MOBILISED_AFTER.match(text, candidate.end, end):
        return "troops"
    low = max(start, figure.outer_start - 24)
    return "troops" if _MOBILISING_BEFORE.search(text, low, figure.outer_start) else None


#: A verb of commanding or leading right before a figure: the men it counts are the
#: commander's force ("He commands 50,000 men", "a warlord leading some 3,000 men").
_COMMANDED_BEFORE = re.compile(r"\b(?i:command(?:s|ed|ing)?|lead(?:s|ing)?|led)\s+$")


def _commanded_men(text: str, start: int, figure: Figure) -> str | None:
    """ "troops" when many men are the force someone commands or leads (guideline §2:
    "men (of a force)"; the samples' "some 90000 fighters" commanded by a militia), else
    None: a commander's men are armed whoever he is, where "500 men" alone are people."""
    if not _large_enough_for_a_force(figure):
        return None
    low = max(start, figure.outer_start - 20)
    return "troops" if _COMMANDED_BEFORE.search(text, low, figure.outer_start) else None


def _members_of_force(
    text: str,
    start: int,
    end: int,
    candidate: _Candidate,
    patterns: Patterns,
    heads: _Heads,
    phrase: str,
) -> str | None:
    """Unit of "members" that are a force's personnel (guideline §2: "military or armed
    personnel … that make up a force"), or None: named so by a force noun before the
    head ("About 200 special forces members") or by an of-phrase naming a force ("almost
    11,000 members of the residual force", "54 members of Division 30"), in a sentence
    with no harm word (members killed are a casualty figure, even when `_own_predicate`
    does not reach the predicate)."""
    modifiers = phrase[: -len("members")].rstrip()
    if heads.force.search(modifiers):
        unit = "troops"
    else:
        named = patterns.members_of_force.match(text, candidate.end, end)
        if named is None:
            return None
        unit = "fighters" if named.group("force").casefold().startswith("militia") else "troops"
    return unit if _HARM_WORDS.search(text, start, end) is None else None


#: Words that make "companies" military ones ("two infantry companies").
_MILITARY_COMPANIES = re.compile(
    r"\b(?:infantry|rifle|commando|marine|paratroop\w*|mechani[sz]ed|armou?red|tank|reserve)"
    r"\s+companies$"
)


def _firms(text: str, start: int, end: int, phrase: str, patterns: Patterns) -> bool:
    """Whether a phrase ending in "companies" counts firms ("More than 120 South Korean
    companies operated at Kaesong"), not a force's formations (guideline §2 lists
    battalions, brigades, divisions, regiments, corps): no military word before the
    head, nor a force word in the sentence (`phrase`: from `_Heads.scanned`, which is
    lower-cased for all but rare texts)."""
    lowered = phrase.lower()
    return (
        lowered.endswith("companies")
        and _MILITARY_COMPANIES.search(lowered) is None
        and patterns.force_context.search(ascii_lower(text[start:end])) is None
    )


#: The plural a singular formation may modify, a word or two on: "battalion tactical
#: groups", "brigade combat teams", "battalion task forces".
_COUNTED_AFTER_UNIT = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(?:groups|teams|forces)\b")
#: A plural's possessive mark and the noun it owns ("bandits' camps").
_POSSESSIVE_AFTER = re.compile(r"['’]\s+[a-z]")


def _possessive_head(text: str, figure: Figure, phrase_end: int) -> bool:
    """Whether the head noun is a plural possessive ("49 bandits' camps"), so the figure
    counts what it owns; a head in scare quotes ("12 'terrorists' were killed") opens
    its quote inside the phrase."""
    return (
        text.endswith("s", 0, phrase_end)
        and _POSSESSIVE_AFTER.match(text, phrase_end) is not None
        and not any(mark in text[figure.start : phrase_end] for mark in "'‘")
    )


def _unit_name(text: str, figure: Figure, head: str, phrase_end: int) -> bool:
    """'1 Mechanised Brigade', '16 Air Assault Brigade', 'the GOC 3 division', 'its 101
    battalion': digits before a singular formation name a unit (British and Nigerian
    style), since a count of several would take the plural; it counts nothing.  An
    all-caps headline's singular says nothing, and a lower-case one may modify the
    plural it counts ("34 battalion tactical groups", "five brigade combat teams")."""
    return (
        text[figure.start].isdigit()
        and not head.isupper()
        and head.casefold() in _SINGULAR_FORMATIONS
        and (head[:1].isupper() or _COUNTED_AFTER_UNIT.match(text, phrase_end) is None)
    )


#: The qualifiers that bound a figure ("below 10,000", "some 5,000"), and what may
#: follow a bounded figure that sizes the force noun right before it: the end of its
#: clause or a verb.
_BOUNDED = frozenset(
    (
        Qualifier.LESS_THAN,
        Qualifier.MORE_THAN,
        Qualifier.UP_TO,
        Qualifier.AT_LEAST,
        Qualifier.NEARLY,
        Qualifier.ABOUT,
    )
)
_SIZE_ENDS = re.compile(
    r"\s*(?:[,.;:)]|$)|\s+(?:were|was|are|is|have|has|had|will|would|could|might|may|should"
    r"|must|can)\b"
)
#: What may follow a bare figure that names a force's number: the clause's end, a verb
#: or a preposition ("put the figure at 10,000 in 2014"), not a noun it counts ("500
#: million dollars").
_NUMBER_ENDS = re.compile(
    rf"{_SIZE_ENDS.pattern}|\s+(?:in|by|from|at|on|after|before|within|next|last|this|when"
    r"|as|and|but|if)\b"
)


def _bounded_size(text: str, candidate: _Candidate, end: int) -> bool:
    """Whether a bare figure is bounded and ends its clause (`_BOUNDED`, `_SIZE_ENDS`),
    so that it may size the force noun right before it without "of".  The identity
    test goes first: most figures are exact, and an enum's hash is a Python call."""
    qualifier = candidate.figure.qualifier
    return (
        qualifier is not Qualifier.EXACT
        and qualifier in _BOUNDED
        and _SIZE_ENDS.match(text, candidate.end, end) is not None
    )


#: What may follow a bare figure a force is sent by: what may follow a named number, or
#: where it goes ("deployed 1,500 more to the region") or since when ("has added about
#: 2,000 since the spring").
_SENT_ENDS = re.compile(rf"{_NUMBER_ENDS.pattern}|\s+(?:to|into|toward|towards|since)\b")
#: "strong" after a bare figure, as a word of its own that ends the phrase (`_NUMBER_ENDS`,
#: not "300 strong rounds"): the force named before it is that many ("The garrison is
#: some 600 strong"; guideline §2's "-strong force" unhyphened).
_STRONG = " strong"
_STRONG_AFTER = re.compile(rf"{_STRONG}(?:{_NUMBER_ENDS.pattern})")


def _bare_troops(
    text: str, start: int, end: int, candidate: _Candidate, patterns: Patterns, scans: _Scans
) -> DetectedClaim | None:
    """A figure without head noun is troops after 'a militia of', or when the counted
    group joins a force ('hundreds … have joined the al-Qaeda branch')."""
    figure = candidate.figure
    before = text[max(start, figure.outer_start - 30) : figure.outer_start]
    # `force_of` ends in whitespace, after "of" or (for a bounded figure that ends its
    # clause: "A U.S. force significantly below 10,000 might focus …") the force noun:
    # test for those before scanning the window.
    trimmed = before.rstrip()
    if len(trimmed) < len(before):
        after_of = trimmed[-2:].lower() == "of"
        if after_of or _bounded_size(text, candidate, end):
            force = patterns.force_of.search(before)
            if force is not None and (force.group("of") or not after_of):
                return _claim(text, candidate, KIND_TROOPS, "troops", None, "troops.force_of", 0.7)
    if figure.vague and patterns.recruit.search(ascii_lower(text[candidate.end : end])):
        return _claim(text, candidate, KIND_TROOPS, "fighters", None, "troops.joined_force", 0.6)
    if _ASIDE_CLOSES.match(text, candidate.end):
        apposed = _sized_force_before(text, start, figure, patterns)
        if apposed is not None:
            return _claim(text, candidate, KIND_TROOPS, apposed, None, "troops.apposed_size", 0.6)
    if text.startswith(" of ", figure.end) and _sized_force_before(
        text, start, figure, patterns, fighters=False
    ):
        # "the King's Royal Hussars battle group, 250 of whom were told …"
        part = _part_of_force(text, end, candidate, "troops")
        if part is not None:
            return part
    whole = _whole_force_after(text, end, candidate, patterns)
    if whole is not None:
        return _claim(text, candidate, KIND_TROOPS, whole, None, "troops.part_of_whole", 0.6)
    listed = _listed_modifiers_head(text, end, candidate, patterns)
    if listed is not None:
        return _claim(text, candidate, KIND_TROOPS, listed, None, "troops.listed_modifiers", 0.7)
    # The context read around a figure is bounded, so that a run-on sentence with many
    # figures costs time in proportion to its length, not to its square.
    low = max(start, figure.outer_start - _CONTEXT)
    if text.startswith(_STRONG, candidate.end):
        # "Its army is 120,000 strong", "The rebel force, 3,000 strong, advanced"; or the
        # force right before it, whatever follows ("An army 300,000 strong invaded")
        if _STRONG_AFTER.match(text, candidate.end):
            unit = _force_named(ascii_lower(text[low : figure.outer_start]), patterns)
        else:
            unit = _force_named(_word_before(text, low, figure.outer_start), patterns)
        if unit is not None:
            return _claim(text, candidate, KIND_TROOPS, unit, None, "troops.strong_after", 0.7)
    sized = _sizes_a_force(text, low, figure, patterns)
    if sized is not None:
        return _claim(text, candidate, KIND_TROOPS, sized, None, "troops.force_number", 0.6)
    deployed = scans.deployed_after.match(scans.scanned, candidate.end, end)
    high = min(end, candidate.end + _CONTEXT)
    if deployed and patterns.force_context.search(ascii_lower(text[low:high])):
        # "another 100 were sent to Syria", "after 2,000 return from Iraq": the figure
        # counts the troops the sentence is about.
        return _claim(text, candidate, KIND_TROOPS, "troops", None, "troops.deployed", 0.6)
    return None


#: "of", a determiner and a figure right after a bare figure, the whole it counts part of
#: ("withdraw 9,500 of its 34,500 troops", "2,000 of the 12,000 soldiers").
_OF_A_WHOLE = re.compile(
    r" of (?:its|their|the|his|her|our|these|those|an estimated) "
    r"(?:(?:about|around|roughly|some|nearly|almost|approximately|more than|over) )?"
    r"[0-9][0-9,.]*(?: (?:thousand|million))?"
)


def _whole_force_after(
    text: str, end: int, candidate: _Candidate, patterns: Patterns
) -> str | None:
    """The unit of the force a bare figure counts part of, sized right after it by "of"
    and a figure with a force noun ("America would withdraw 9,500 of its 34,500 troops"):
    the part is a force's size too, given alone, as claims of one kind do not overlap
    (guideline §2).  The whole's head is read with the noun-phrase pattern, so "of the
    3,000 people the army moved" names no force."""
    figure = candidate.figure
    if not _of_after_a_force_size(text, figure):
        return None
    whole = _OF_A_WHOLE.match(text, figure.end, end)
    if whole is None:
        return None
    head = patterns.head.match(text, whole.end(), end)
    if head is None or head.group("of") is not None:
        return None
    return _force_named(ascii_lower(head.group("head")), patterns)


#: Modifiers listed between a figure and its head noun, set off by commas and closed by
#: "and" or "or" ("8,000 combat, aviation and support troops", "2,000 Chadian, Nigerien or
#: Malian fighters"): the noun-phrase pattern takes one coordinated modifier only.
_LISTED_MODIFIERS = re.compile(
    r"(?: [A-Za-z][a-z-]*,){1,3} [A-Za-z][a-z-]*,? (?:and|or) [A-Za-z][a-z-]*"
    r" (?P<head>[A-Za-z][\w-]*)"
)


def _listed_modifiers_head(
    text: str, end: int, candidate: _Candidate, patterns: Patterns
) -> str | None:
    """The unit of a force noun that heads a bare figure's phrase after a list of
    modifiers (`_LISTED_MODIFIERS`), the span taken to the noun; None when the head is no
    force noun ("3,000 tanks, trucks and armoured vehicles") or the figure a handful."""
    figure = candidate.figure
    if figure.max is not None and figure.max < _SMALLEST_PARTY:
        return None
    listed = _LISTED_MODIFIERS.match(text, candidate.end, end)
    if listed is None:
        return None
    unit = _force_named(ascii_lower(listed.group("head")), patterns)
    if unit is not None:
        candidate.end = listed.end()
    return unit


def _sized_force_before(
    text: str, start: int, figure: Figure, patterns: Patterns, fighters: bool = True
) -> str | None:
    """The unit of the force a bare figure set off by commas or dashes follows and sizes
    ("all troops based in Germany, currently around 20,000, will leave": troops; "ISIS
    militants, estimated at 30,000, hold the city": fighters, a non-state group's size as
    guideline §2 counts it), or None; a handful is no force's size (`fighters`: whether a fighter
    noun may name the force too)."""
    if not _large_enough_for_a_force(figure):
        return None
    apposed = _APPOSED_BEFORE.search(text, max(start, figure.outer_start - 40), figure.outer_start)
    if apposed is None:
        return None
    comma = apposed.start()
    window = ascii_lower(text[max(start, comma - 40) : comma])
    if patterns.force_context.search(window) is not None:
        return "troops"
    if fighters and patterns.fighter_context.search(window) is not None:
        return "fighters"
    return None


def _sizes_a_force(text: str, low: int, figure: Figure, patterns: Patterns) -> str | None:
    """The unit of the force whose size the words text[low:] before a bare figure make
    it, or None: "The number of British servicemen will drop from 102,000 to 82,000",
    "plans to cut U.S. troops to about 5,000" (not "to 2016"); a non-state group's
    number is its fighters' ("The rebels number about 5,000", "the number of militants
    rose to 3,000", guideline §2); no harm word may stand there, and a handful is no
    force's size ("meant to number 5,000 soldiers drawn from five countries")."""
    end = figure.outer_start
    if text.startswith(_NOT_A_HEADCOUNT, figure.end):
        return None  # "troop numbers rose by 30 percent": a share, not the force's size
    if figure.max is not None and figure.max < _SMALLEST_PARTY:
        return None
    unit = _numbered_force(text, low, figure, patterns)
    if (
        unit is None
        and text.endswith(" to ", low, end)
        and not (figure.min is not None and 1900 <= figure.min <= 2099)
        and _FORCE_TO_NUMBER.search(text, low, end) is not None
    ):
        unit = _force_named(ascii_lower(text[low:end]), patterns) or "troops"
    return unit if unit is not None and _HARM_WORDS.search(text, low, end) is None else None


#: A force named by its sending or raising, whose number is its troops' ("the deployment
#: numbered in the low hundreds", "the mobilisation will total 300,000"): read for a
#: force's number only, as the words alone name no force a figure is sent by ("The
#: deployment of 3,000 is expected") nor a force's place for positions.
_RAISED_FORCE = re.compile(r"\b(?:deployments?|mobili[sz]ations?)\b")


#: A group's strength estimated or put at a figure, no force noun named: a non-state
#: group's fighters ("US officials estimate the group's remaining strength in Syria at
#: between 5,000 and 7,000"; guideline §2 counts a group's strength as its fighters).
_STRENGTH_PUT_AT = re.compile(
    r"\b(?:put|puts|putting|estimate|estimates|estimated|estimating|place|places|placed)\s+"
    r"(?:[\w'’-]+\s+){0,4}?strength\b[^.;:!?]{0,60}?\bat\s+$"
)


def _numbered_force(text: str, low: int, figure: Figure, patterns: Patterns) -> str | None:
    """The unit of the force that the words text[low:] before a figure give the number
    of (`_FORCE_NUMBER_BEFORE` with a force or, failing that, a fighter noun or a
    deployment, `_RAISED_FORCE`, in the window), or None; a number given by a copula
    only when the figure ends its clause ("The troop ceiling is 9,800", not "the troop
    level is 10 times …")."""
    end = figure.outer_start
    if not _may_name_a_number(text, low, end):
        return None
    number = _FORCE_NUMBER_BEFORE.search(text, low, end)
    if number is None or (
        number.group("copula") is not None and _NUMBER_ENDS.match(text, figure.end) is None
    ):
        return None
    window = ascii_lower(text[low:end])
    unit = _force_named(window, patterns)
    if unit is None and _RAISED_FORCE.search(window):
        return "troops"
    if unit is None and _large_enough_for_a_force(figure) and _STRENGTH_PUT_AT.search(window):
        return "fighters"  # "put the strength of the Wagner Group in Mali at roughly 1,000"
    return unit


#: A non-state group named by its singular word before the noun of its size ("rebel
#: strength was estimated at 7,000", "militant numbers rose to 3,000"), which the fighter
#: nouns (plural heads) do not find.
_FIGHTER_ATTRIBUTE = re.compile(
    r"\b(?:rebel|militant|insurgent|guerrill?a|jihadist|militia)\s+(?:strength|numbers|ranks)\b"
)


def _word_before(text: str, low: int, end: int) -> str:
    """The lower-cased last word of text[low:end] when a space ends it, else ""."""
    if not text.endswith(" ", low, end):
        return ""
    words = text[low:end].rsplit(None, 1)
    return ascii_lower(words[-1]) if words else ""


def _force_named(window: str, patterns: Patterns) -> str | None:
    """The unit of the force a lower-cased window names: troops for a force word,
    fighters for a non-state group's ("the rebels", "militants"), else None."""
    if patterns.force_context.search(window) is not None:
        return "troops"
    if patterns.fighter_context.search(window) is not None:
        return "fighters"
    return "fighters" if _FIGHTER_ATTRIBUTE.search(window) is not None else None


def _may_name_a_number(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds a word `_FORCE_NUMBER_BEFORE` starts from: ten
    substring searches cost less than the pattern's scan, and most sentences fail them."""
    return (
        text.find("ize", start, end) >= 0
        or text.find("eak", start, end) >= 0
        or text.find("umber", start, end) >= 0
        or text.find("otal", start, end) >= 0
        or text.find("trength", start, end) >= 0
        or text.find("evel", start, end) >= 0
        or text.find("igure", start, end) >= 0
        or text.find("stimate", start, end) >= 0
        or text.find("eiling", start, end) >= 0
        or text.find("cap", start, end) >= 0
    )


#: "officers and men", a unit's whole strength (military usage): read as "men" are.
_OFFICERS_AND_MEN = re.compile(r"\bofficers\s+and\s+men$", re.IGNORECASE)


#: An aircraft's model before "fighters" ("F-16", "Su-30", "MiG-29", "J-10C", "F/A-18"),
#: by the makers' prefixes: "M-23 fighters" are rebels.
_AIRCRAFT_MODEL = re.compile(
    r"\b(?:f|f/a|fa|su|mig|j|jf|jh|yak|tu|av|ea)-\d{1,3}[a-z]?\b", re.IGNORECASE
)


def _troops_unit(
    phrase: str, candidate: _Candidate, patterns: Patterns, heads: _Heads, sentence: str
) -> str | None:
    """Unit of a troops figure from its head, or None when the head is no force
    (`phrase`: the figure and its noun phrase, from `heads.scanned`)."""
    if heads.fighter.search(phrase):
        if _AIRCRAFT_MODEL.search(phrase):
            return None  # "150 F-16 fighters", "24 Su-30 fighters": jets, not fighters
        return "fighters"  # also a user's "Wagner fighters" filed under force nouns
    if heads.force.search(phrase):
        if heads.plain_personnel.search(phrase):
            return "personnel"
        return "security_forces" if _army_and_police(phrase, heads.police) else "troops"
    if heads.police.search(phrase):
        if _army_and_police(phrase, heads.force):
            return "security_forces"
        deploying = _DEPLOYING.search(sentence)
        return "police" if deploying else None
    head = (candidate.head or "").casefold()
    if head == "personnel":
        # "two medical personnel" are no force
        return None if _CIVILIAN_PERSONNEL.search(phrase) else "personnel"
    if head == "men" or _OFFICERS_AND_MEN.search(phrase):
        if _ARMED.search(phrase):
            return "fighters"
        figure = candidate.figure
        if _large_enough_for_a_force(figure) and patterns.force_context.search(
            ascii_lower(sentence)
        ):
            return "troops"
    return None


#: The named body a count of members belongs to, with its acronym and an apposition
#: after a comma ("of the Volunteers for the Defence of the Homeland (VDP), a civilian
#: militia"): a capitalised name, or one after the Arabic article ("of al-Qaeda"), so
#: "members of parliament" names no body here.
_MEMBERS_OF_NAMED = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[A-Z]|al[- ](?=[A-Z]))[^,.;:()]{0,60}(?:\s*\([^()]{1,20}\))?"
    r"(?:,\s+(?:a|an|the)\s+[^,.;:]{0,40})?"
)
#: A verb of having right before a count of members ("which it says has four million
#: members"): the group the sentence names before it is their owner.
_HAS_MEMBERS_BEFORE = re.compile(r"\b(?:has|have|had|numbers|numbering|counts)\s+$")
#: An aside that gives the size of the group named right before it ("The Revolutionary
#: Guards, with 200,000 members and …"): up to three words before the comma.
_SIZE_ASIDE_BEFORE = re.compile(r"((?:[\w'’-]+\s+){0,2}[\w'’-]+),\s+with\s+$")
#: How far before the figure the owner of the members may stand.
_MEMBERS_OWNER_REACH = 100


def _members_of_armed_group(
    text: str, start: int, end: int, candidate: _Candidate, patterns: Patterns
) -> str | None:
    """The unit of a count of members of an armed group named with them: fighters for a
    non-state group in the named body after "of" ("an estimated 50,000 members of the
    VDP, a civilian militia"), as the owner of a verb of having before ("the Bolivarian
    Militia, which the government says has four million members") or right before an
    aside that gives its size ("The Hezbollah militia, with 20,000 members,"); troops
    for a state's force in such an aside ("The Revolutionary Guards, with 200,000
    members"): the size of that force (guideline §2, militia are fighters).  A force of
    at least `_SMALLEST_FORCE`: "three members" of a group are a cell or the killed more
    often than its size; a party's, a parliament's or a union's members are no force
    ("members of parliament", "The party, which has 4,000 members, backs the rebels",
    "the teachers' union, with 60,000 members")."""
    figure = candidate.figure
    if not _large_enough_for_a_force(figure):
        return None
    named = _MEMBERS_OF_NAMED.match(text, candidate.end, end)
    in_aside = False  # (only an aside's words right before it may name a state's force)
    if named is not None:
        owner = named.group()
    elif _HAS_MEMBERS_BEFORE.search(text, max(start, figure.outer_start - 12), figure.outer_start):
        owner = text[max(start, figure.outer_start - _MEMBERS_OWNER_REACH) : figure.outer_start]
    else:
        aside = _SIZE_ASIDE_BEFORE.search(
            text, max(start, figure.outer_start - 80), figure.outer_start
        )
        if aside is None:
            return None
        owner, in_aside = aside.group(1), True
    lowered = ascii_lower(owner)
    if patterns.fighter_context.search(lowered) or _armed_group_words(patterns.vocabulary).search(
        lowered
    ):
        return "fighters"  # ("2,000 members of al-Qaeda": a group named, no force noun)
    return "troops" if in_aside and patterns.force_context.search(lowered) else None


@lru_cache(maxsize=16)
def _armed_group_words(vocabulary: Vocabulary) -> re.Pattern[str]:
    """The vocabulary's armed groups named without a force noun ("al-Qaeda", "Islamic
    State"), as words of `ascii_lower`-ed text."""
    return word_regex(vocabulary.armed_group_names)


@lru_cache(maxsize=16)
def _civilian_heads(vocabulary: Vocabulary) -> re.Pattern[str]:
    """The vocabulary's people nouns that name no one under arms ("residents",
    "civilians"), as the end of a phrase."""
    armed = {
        term.casefold()
        for term in (
            *vocabulary.personnel_nouns,
            *vocabulary.force_nouns,
            *vocabulary.fighter_nouns,
            *vocabulary.police_nouns,
        )
    }
    return suffix_pattern(term for term in vocabulary.people_nouns if term.casefold() not in armed)


def _with_civilians(phrase: str, patterns: Patterns) -> bool:
    """Whether a phrase coordinates civilians with the fighters or troops it ends in
    ("2000 Sunni residents and rebel fighters" were bussed out): a count of people,
    not the size of a force (guideline §2)."""
    first = phrase.rsplit(" and ", 1)[0]
    return _civilian_heads(patterns.vocabulary).search(first) is not None


#: The "and" of a coordinated phrase, a hard line wrap on either side of it too
#: ("1,000 soldiers\nand police").
_AND_JOIN = re.compile(r"\s+and\s+")


def _army_and_police(phrase: str, other_heads: re.Pattern[str]) -> bool:
    """Whether a phrase ending in a police (or force) noun joins it to a force (or
    police) noun: "350,000 Afghan soldiers and policemen" are security forces, and so
    are "1,000 soldiers\nand police" with a line wrapped before "and" (guideline §0)."""
    if "and" not in phrase:
        return False
    joins = list(_AND_JOIN.finditer(phrase))
    return bool(joins) and other_heads.search(phrase, 0, joins[-1].start()) is not None


def _unit(
    text: str,
    candidate: _Candidate,
    patterns: Patterns,
    heads: _Heads,
    phrase: str,
    sentence: str,
) -> str:
    """Unit of a casualty figure (guideline §2 table; `phrase`: the figure and its noun
    phrase, from `heads.scanned`)."""
    head = (candidate.head or "").casefold()
    if head in _UNIT_BY_WORD:
        return _UNIT_BY_WORD[head]
    if head == "members" and _FIGHTER_CONTEXT.match(text[candidate.end : candidate.end + 80]):
        return "fighters"
    if heads.police.search(phrase):
        return "security_forces" if _army_and_police(phrase, heads.force) else "police"
    troops = _troops_unit(phrase, candidate, patterns, heads, sentence) if head else None
    return troops or "people"


def _claim(
    text: str,
    candidate: _Candidate,
    kind: str,
    unit: str,
    casualty_type: str | None,
    rule: str,
    confidence: float,
) -> DetectedClaim:
    figure = candidate.figure
    value = _new_value(
        figure.min,
        figure.max,
        figure.qualifier,
        figure.approx,
        unit,
        _CASUALTY_TYPES[casualty_type] if casualty_type else None,
    )
    return new_claim(
        kind=kind,
        start=figure.start,
        end=candidate.end,
        text=text[figure.start : candidate.end],
        value=value,
        rule=f"figure.{rule}",
        confidence=round(confidence, 2),
    )


_MIN, _MAX, _QUALIFIER, _APPROX, _UNIT, _CASUALTY_TYPE, _NOTE = slot_setters(
    NormalizedValue, "min", "max", "qualifier", "approx", "unit", "casualty_type", "note"
)
_new = object.__new__


def _new_value(
    low: float | None,
    high: float | None,
    qualifier: Qualifier,
    approx: bool,
    unit: str,
    casualty_type: CasualtyType | None,
) -> NormalizedValue:
    """`NormalizedValue(min=low, max=high, …)` for a claim, as `new_claim` builds the
    claim: a frozen dataclass's `__init__` sets each field through
    `object.__setattr__`, and setting the slots directly takes a third of the time.
    The result is the same object (`test_figure_fast_paths` compares the two and the
    field lists)."""
    value = _new(NormalizedValue)
    _MIN(value, low)
    _MAX(value, high)
    _QUALIFIER(value, qualifier)
    _APPROX(value, approx)
    _UNIT(value, unit)
    _CASUALTY_TYPE(value, casualty_type)
    _NOTE(value, None)
    return value
