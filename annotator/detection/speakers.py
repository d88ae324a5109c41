"""Who is speaking: the noun phrase that governs a reporting verb, and what it refers to.

News attribution comes in a few shapes, all handled here on sentence text whose quoted
passages are blanked out (so words inside quotes never attribute):

* speaker first: "Russian Foreign Minister Sergei Lavrov said …", with appositions
  ("Zabiullah Mujahid, the spokesperson for the Taliban, claimed …") and relative
  clauses ("An activist who spoke on condition of anonymity said …") skipped;
* speaker last: "…, French military officials said." / "… the news agency said." (FA-KES
  lost its commas, so the phrase is read right-to-left from the verb);
* inverted: "…,” said Trump shortly after …";
* "according to X", "X citing Y said", "X quoted Y as saying", "quoted … by X".

The phrase is then normalised to a name: titles dropped from people ("Major General Igor
Konashenkov" -> "Igor Konashenkov"), descriptors dropped from organisations ("the
state-run Anadolu Agency" -> "Anadolu Agency"), surnames expanded from earlier mentions
("Cuomo" -> "Andrew Cuomo"), acronyms expanded ("SOHR"), and anaphora resolved: "he"
to the last person speaking or acting, "it" to the last organisation, "the observatory"
and "the monitoring group" to the matching earlier speaker.
"""

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import islice

from annotator.detection.capitals import place_names, state_names
from annotator.detection.numbers import COUNT_WORDS
from annotator.detection.patterns import (
    BLANK_LINE,
    CALENDAR_WORDS,
    MONTH_WORD,
    Caseless,
    in_title_case,
    is_word_char,
    lower_for_caseless,
    terms_pattern,
)
from annotator.detection.sentences import PERSONAL_TITLES
from annotator.detection.turns import Transcript
from annotator.detection.vocabulary import Vocabulary

_WORD_RE = re.compile(r"[A-Za-z0-9\x95][\w’'.&-]*")
_DETERMINERS = frozenset(
    [
        "the",
        "a",
        "an",
        "its",
        "his",
        "her",
        "their",
        "our",
        "this",
        "that",
        "these",
        "those",
        "another",
    ]
)
_PRONOUNS = frozenset(["he", "she", "they", "it", "we", "i"])
#: The first person as a speaker phrase's subject, ending it but for adverbs ("We just",
#: "Can I just", "No. What we're", "the three soldiers I"), which in a transcript's turn
#: is the turn's speaker; not inside a relative clause ("People I spoke to") or before
#: another subject ("We went to the United Nations and they").
_FIRST_PERSON_SUBJECT = re.compile(
    r"(?<!\S)(?:I|[Ww]e)(?:['’](?:m|ve|d|re|ll))?(?:\s+(?:just|also|really|only|always|simply|never))*$"
)
_ARTICLES = frozenset(("the", "a", "an"))
#: A document named by its kind alone ("the statement", "The report", "the
#: communique", "The claim"): it speaks for whoever issued it.
_DOCUMENT_KINDS = (
    *("statement", "report", "communique", "communiqué", "announcement", "declaration"),
    *("message", "letter", "claim", "press release", "news release"),
)
_DOCUMENTS = rf"(?:{'|'.join(_DOCUMENT_KINDS)})"
#: The counts a source is read from ("according to officially reported figures"): a
#: speaker by "according to", never what a later "they" stands for.
_COUNTS = frozenset(("figures", "data", "results", "findings", "estimates", "statistics"))
_ISSUED_DOCUMENT = re.compile(r"(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+" + _DOCUMENTS)
#: A document and whom it comes from ("a statement attributed to the field commander",
#: "a statement issued by the brigade", "a communique from the ministry"): the issuer
#: is the speaker.  A search starts only where no blank precedes: the leading `\s*`
#: would otherwise be tried again at every blank of a run (a quotation's masked
#: letters are one), and the earliest match starts at the run's first blank anyway.
_DOCUMENT_ISSUER = re.compile(
    r"(?<!\s)\s*(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+"
    r"(?:(?:joint|new|written|separate|brief|early|earlier|initial|first|official|latest"
    r"|recent|previous|public)\s+)?" + _DOCUMENTS + r"\s+"
    r"(?:(?:attributed|issued|released|sent|signed|posted|published|circulated|put\s+out)"
    r"(?:\s+(?:on|late|early|overnight|[A-Z][a-z]+day|last|this|\w+ly)){0,3}\s+(?:to|by)"
    r"|from|by)\s+(?=\S)"
)
#: The pronouns that can be a clause's subject and stand for a party that speaks.
SUBJECT_PRONOUNS = frozenset(("he", "she", "we", "they", "it"))
#: The pronouns a relative clause's cue may have for its subject and speaker ("…, which
#: they accuse of …"): the tracker finds the body or people from the sentence's subject
#: or the last speakers; "she" and "he" are found by the apposition before them.
_PLURAL_OR_BODY_PRONOUNS = frozenset(("they", "it"))
AUXILIARIES = frozenset(["is", "are", "was", "were", "has", "have", "had", "will", "would"])
MODALS = frozenset(("must", "should", "could", "can", "may", "might", "cannot"))
_PREPOSITIONS = frozenset(
    [
        "in",
        "on",
        "at",
        "to",
        "from",
        "by",
        "with",
        "for",
        "of",
        "about",
        "after",
        "before",
        "during",
        "since",
        "under",
        "over",
        "into",
        "near",
        "across",
        "through",
        "against",
        # ("Despite mounting global calls for a ceasefire, …": no speaker's phrase)
        "despite",
    ]
)
_SUBORDINATORS = re.compile(
    r"^(?:(?:even\s+)?(?:while|when|as|though|if)|although|because|after|before|since|"
    r"but|and|so|meanwhile|elsewhere|however|also|then"
    # "Per the Washington Post's reporting": a source's preposition (not "Per Olsen")
    r"|per(?=\s+(?:the|a|an)\s))\b[\s,]*",
    re.IGNORECASE,
)
#: A finite verb: `\b(?:is|are|…)\b`, as a trie the regex engine can skip through.
_FINITE = Caseless(
    terms_pattern(
        (
            *("is", "are", "was", "were", "has", "have", "had", "will", "would", "could"),
            *("can", "did", "does", "do", "may", "might", "must", "should"),
        ),
        word_start=True,
        after_hyphen=True,
    )
    + r"\b"
)
_TRAILING = re.compile(
    r"(?:(?:^|\s+)(?:has|have|had|(?-i:[Ii]s)|are|was|were|also|later|earlier|today|yesterday|"
    r"tonight|"
    r"previously|quickly|then|again|already|(?:at\s+)?first|last\s+night|late|early|once|"
    r"reportedly|separately|further|too|repeatedly|twice|publicly|\bin\s+a\s+statement|"
    r"meanwhile|however|instead|subsequently|initially|eventually|likewise|similarly|both|"
    # ("He therefore appealed to the GOC …")
    r"therefore|thus|hence|consequently|accordingly|nonetheless|nevertheless|personally|"
    # ("I regret to say", "the ministry hastened to say")
    r"(?:continues|continued|continue|goes\s+on|went\s+on|(?:deeply\s+)?(?:regrets?|regretted)|"
    r"hastens?|hastened|"
    # ("Mr Jaswant Singh made bold to suggest", "the minister was quick to say", "The
    # ministry has been quick to deny")
    r"made\s+bold|(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:quick|keen|careful|eager|swift|at\s+pains))\s+to|"
    # a sharp reply before a participle cue ('"…," the spokesman shot back, adding …')
    r"(?:shot|fired|hit|shoots|fires|hits)\s+back|"
    # "didn't", and "didnt" or "didn t" with the apostrophe lost in scraping
    r"(?:did|does|do|is|are|was|were|has|have|had|could|would|should|wo)n(?:['’]|\s)?t|"
    # an emphatic "do" ("President Biden did declare an end to …", "Russia did say that …";
    # in lower case: "Colonel Nguyen Van Do said" is a name)
    r"(?-i:did|does|do)|"
    r"itself|themselves|himself|herself|stands|stood|adding|noting|saying|"
    r"(?:could|would|can|may|might|will|should)(?:\s+(?:be|have))?(?:\s+(?:heard|seen))?|"
    r"(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|"
    r"evening|night))?|(?:this|last)\s+(?:week|month|year)|"
    # a span of time between the subject and its verb ("officials had for months
    # threatened", "Iranian officials for years said")
    r"(?:for|over|in)\s+(?:the\s+(?:past|last)\s+)?(?:(?:several|many|a\s+few|few|two|three)\s+)?"
    r"(?:days|weeks|months|years|decades)|[,;:—–-]))+\s*$",
    re.IGNORECASE,
)
#: Auxiliaries `_TRAILING` reads with a negation glued on ("didn't", "wouldnt"); not
#: "can't", which tells what an actor is able to do ("North Korea can't today seriously
#: threaten North America" is no stance whose actor it would complete).
_NEGATED_AUXILIARIES = (
    *("did", "does", "do", "is", "are", "was", "were", "has", "have", "had", "could"),
    *("would", "should", "wo"),
)
#: The last words `_TRAILING` can end with (lower-cased): after `strip_np` has
#: normalised spaces and stripped edge punctuation, it can only match when the phrase's
#: last word is one of these, which spares its scan of every position.
_TRAILING_LAST_WORDS = frozenset(
    (
        *("has", "have", "had", "is", "are", "was", "were", "also", "later", "earlier"),
        *("today", "yesterday", "tonight", "previously", "quickly", "then", "again"),
        *("already", "first", "night", "late", "early", "once", "reportedly", "separately"),
        *("further", "too", "repeatedly", "publicly", "statement", "itself", "themselves"),
        *("himself", "herself", "stands", "stood", "could", "would", "can", "may", "might"),
        *("will", "should", "be", "heard", "seen", "monday", "tuesday", "wednesday"),
        *("thursday", "friday", "saturday", "sunday", "morning", "afternoon", "evening"),
        *("week", "month", "year", "adding", "noting", "saying", "meanwhile", "however"),
        *("days", "weeks", "months", "years", "decades"),
        *("instead", "subsequently", "initially", "eventually", "likewise", "similarly"),
        "both",
        *("therefore", "thus", "hence", "consequently", "accordingly", "nonetheless"),
        *("nevertheless", "personally", "back"),
        *("did", "does", "do"),
        "to",
        "twice",
        *(f"{auxiliary}n{mark}t" for auxiliary in _NEGATED_AUXILIARIES for mark in ("", "'")),
        "t",
    )
)
#: The words before a day or a time that opens a sentence ("On Monday", "Late Tuesday").
_LEADING_TIME_WORDS = ("on", "late", "early", "by", "last", "at")
#: The days and times that open one ("Yesterday", "Tonight"; "the time" is matched as two
#: words).
_LEADING_DAYS = (
    *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    *("yesterday", "today", "tonight", "midweek"),
)
#: The adverbs that open one before its subject ("Meanwhile,", "Thus, the BJP Federal
#: Minister … had to step in").
_LEADING_ADVERBS = (
    *("meanwhile", "elsewhere", "earlier", "later", "separately", "however", "but", "and"),
    *("midweek", "now", "so", "yet", "indeed", "initially", "originally", "previously"),
    *("subsequently", "eventually", "finally", "additionally", "recently", "reportedly"),
    *("allegedly", "publicly", "privately", "repeatedly", "immediately", "again", "then"),
    *("also", "moreover", "furthermore", "online", "thus", "hence", "therefore"),
    *("consequently", "accordingly", "nevertheless", "nonetheless", "instead"),
)
#: One `^` in front of the alternation (not one per branch) lets the regex engine try
#: the start of the string only.
_LEADING = re.compile(
    r"^(?:(?:on\s+)?(?:(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    + MONTH_WORD
    + "|"
    + MONTH_WORD
    + r"\s+\d{1,2}(?:st|nd|rd|th)?)"
    r"(?:,?\s+\d{4})?[\s,]+|"
    rf"(?:(?:{'|'.join(_LEADING_TIME_WORDS)})\s+)?(?:{'|'.join(_LEADING_DAYS)}|the\s+time)"
    r"(?:\s+(?:morning|afternoon|evening|night))?[\s,]+"
    rf"|(?:{'|'.join(_LEADING_ADVERBS)})[\s,]+)",
    re.IGNORECASE,
)
#: The first words, case-folded, that `_LEADING` can match in `SpeakerTracker.note_subject`
#: (a month by its first three letters, a date by its digits; "the time" left out, as
#: "The" opens so many sentences): the cheap test before the match, which that method
#: would run on every sentence.
_LEADING_FIRST_WORDS = frozenset((*_LEADING_TIME_WORDS, *_LEADING_DAYS, *_LEADING_ADVERBS))
_MONTH_STARTS = frozenset(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
)


def _may_lead(first_word: str) -> bool:
    """Whether `_LEADING` can match a sentence that opens with `first_word`."""
    lower = first_word.rstrip(",").casefold()
    return lower in _LEADING_FIRST_WORDS or lower[:1].isdigit() or lower[:3] in _MONTH_STARTS


_CUT_MARKERS = Caseless(
    r"\s(?:who|which|whose|whom|speaking|received|quoted|cited|echoing|visiting|writing"
    r"|attributed)\b"
    r"|\s\("
)
_TIME_AFTER = re.compile(
    r"^\s*(?:(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|"
    r"tonight|late|early|later|earlier|shortly|last\s+night|this\s+week|in\s+a\s+statement"
    r"|(?:morning|afternoon|evening|night))\b[\s,]*",
    re.IGNORECASE,
)
_DESCRIPTOR_HEADS = re.compile(
    r"^(?:(?:monitoring|rights|activist|militant|news|state|official|media|rescue|aid)\s+)*"
    r"(?:news\s+agency|agency|group|monitor|network|television|channel|newspaper|daily|"
    r"radio|broadcaster|outlet|website|account|page|statement|communiqu[eé]|"
    r"service|charity|militia|organi[sz]ation|movement)$",
    re.IGNORECASE,
)
#: The nouns that say a body is a news outlet, as an alternation ("radio", "news agency");
#: `statements` builds its outlet patterns on them too.
OUTLET_NOUNS = r"radio|television|TV|news\s+agency|newspaper|channel"
#: What an outlet is, after its name ("Aamaq news agency", "Al-Manar TV").
_OUTLET_HEAD = re.compile(rf"(?:{OUTLET_NOUNS}|daily)")
#: Platforms whose pages and accounts speak for their owners, not for the platform.
_PLATFORM_END = re.compile(
    r"\b(?:Facebook|Twitter|Telegram|YouTube|Instagram|TikTok|WhatsApp|VKontakte|X)$"
)
_PLATFORM_OUTLET = re.compile(r"(?:page|pages|account|accounts|channel|group)$", re.IGNORECASE)
#: "Britain-based", "state-run", and "UK based" with its hyphen lost in scraping; a
#: place of two words comes whole ("New York-based", "Abu Dhabi-based").
_HYPHEN_DESCRIPTOR = re.compile(
    r"\b(?:(?!(?-i:The|An?|In|At|By|For|From|Of|On|To|With)\s)"
    r"(?:(?-i:[A-Z])[a-z]+\s+(?=(?-i:[A-Z])))?[\w’']+-"
    r"(?:based|run|owned|controlled|linked|led|backed|affiliated|funded)|"
    r"(?-i:[A-Z])[\w’']*\s+based)\b\s*",
    re.IGNORECASE,
)
_VERB_ED = re.compile(r"[a-z]{3,}ed")
_ED_ADJECTIVES = frozenset(
    [
        "armed",
        "united",
        "unnamed",
        "unidentified",
        "retired",
        "concerned",
        "elected",
        "appointed",
        "embattled",
        "besieged",
        "detained",
        "wounded",
        "injured",
        "alleged",
        "self-styled",
        "exiled",
        "ousted",
        "displaced",
        "unnamed",
        "interned",
        "abducted",
        "kidnapped",
        # a person described by their family ("The married father of 12 said")
        "married",
        "widowed",
    ]
)
#: Words in -ing that describe the noun after them rather than open a participle clause
#: ("leading candidates", "the ruling party", "warring factions", "outgoing president").
_ING_ADJECTIVES = frozenset(
    (
        *("leading", "ruling", "governing", "opposing", "warring", "remaining"),
        *("neighbouring", "neighboring", "visiting", "outgoing", "incoming", "acting"),
        *("serving", "sitting", "presiding", "reigning", "grieving", "commanding"),
    )
)
#: An auxiliary or a speech verb after a sentence's first word ("Conway was", "Adams
#: continues"): the word is a surname standing for its person, if the text named one in
#: full.
_VERB_AFTER_SURNAME = re.compile(
    r"\s+(?:was|is|has|had|would|will|could|also|later|then|said|says|told|added|continues"
    r"|continued|became|went|remains|remained"
    # what a person did, in the past ("Netanyahu visited the Gush Etzion settlement
    # bloc"; not any verb: "Bellingcat verified" would name the "Support Bellingcat" of
    # a page's furniture)
    r"|visited|arrived|met|travell?ed|flew|returned|addressed|signed|announced|urged"
    r"|warned|ordered|called|accused|rejected|critici[sz]ed|praised|welcomed|vowed|pledged"
    r"|denied|refused|appeared|spoke|insisted|argued|declined|promised|thanked|hosted"
    r"|attended|resigned|appointed)\b"
)
#: The conjunctions and the relative times `_OPENING_NAME` reads before a sentence's
#: opening name ("When …", "Early today …"), and the lower-case words its name run may
#: hold; `_may_open_with_name` tests a sentence's first words against the same words.
_OPENING_CONJUNCTIONS = ("When", "While", "As", "After", "Although", "Though", "Before", "Since")
_RELATIVE_TIMES = ("Early", "Late", "Earlier", "Later")
_NAME_RUN_PARTICLES = ("de", "van", "al", "bin")
#: The word runs are possessive: a shorter run is followed by a word character, never
#: by the whitespace, comma or space that must come next, so backtracking into a run
#: (which the regex engine tries at every capital) can only fail.
_OPENING_NAME = re.compile(
    rf"(?:(?:{'|'.join(_OPENING_CONJUNCTIONS)})\s+"
    # "Early today Mr Whitelaw gave an interview": a time before the name
    rf"|(?:(?:{'|'.join(_RELATIVE_TIMES)})\s+(?:today|yesterday|tonight|on\s+[A-Z][a-z]+day)"
    r"|(?:On\s+)?[A-Z][a-z]+day|Today|Yesterday|Last\s+(?:night|week))\s*,?\s+)?"
    rf"((?:(?:[A-Z][\w’'.-]*+|{'|'.join(_NAME_RUN_PARTICLES)})\s+){{1,5}}[A-Z][\w’'-]++)"
    r"(?=[\s,])"
)
#: The first words of `_OPENING_NAME`'s time before the name ("When", "Early today",
#: "On Monday", "Yesterday,"), a day's name aside (`_may_open_with_name`).
_OPENING_TIME_WORDS = frozenset(
    (*_OPENING_CONJUNCTIONS, *_RELATIVE_TIMES, "On", "Today", "Yesterday", "Last")
)
#: The words that may lead up to a time conjunction, and the words that open a clause of
#: time themselves, in `_FRONTED_TIME_CLAUSE`: together its openers, the cheap test
#: before it, which nearly every sentence fails (an anchored match enters the engine
#: for each).
_TIME_LEADS = ("Just", "Only", "Shortly", "Soon", "Hours", "Days", "Weeks", "Moments", "Minutes")
_TIME_CLAUSE_OPENERS = ("After", "Before", "When", "While", "As", "Since", "Following", "Despite")
_FRONTED_TIME_OPENERS = (*_TIME_LEADS, *_TIME_CLAUSE_OPENERS)
#: A clause of time that opens a sentence before its subject, up to the comma that
#: closes it (a closing quotation mark after the comma allowed): "Just one day after
#: Trump remarked that “…,” Canadian Prime Minister Mark Carney fired back".
_FRONTED_TIME_CLAUSE = re.compile(
    rf"(?:(?:{'|'.join(_TIME_LEADS)})\s+(?:\w+\s+){{0,3}}?"
    rf"(?:after|before|when|as|since)|{'|'.join(_TIME_CLAUSE_OPENERS)})"
    r"\s[^,]{1,160},[”\"’]?\s+"
)
#: A role, perhaps modified and perhaps after a body's bracketed acronym, between a
#: sentence's opening capitalised run and the full name it titles ("Retired Japanese
#: admiral Katsutoshi Kawano told", "But Kobe University security expert Tosh Minohara
#: believes", "Former Citizens-Police Liaison Committee (CPLC) chief Nazim Haji gave").
_ROLE_TITLING_SUBJECT = re.compile(
    r"\s+(?:\([A-Z]{2,8}\)\s+)?(?:[a-z][\w-]*\s+){0,2}(?P<role>[a-z]+)\s+"
    r"(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){1,3})(?= )"
)
#: Past forms of verbs that open a predicate after a subject, besides those in -ed.
_IRREGULAR_PASTS = frozenset(
    ("said", "told", "spoke", "rose", "took", "gave", "made", "met", "went", "came", "left")
)


def _verb_opens(sentence: str, at: int) -> bool:
    """Whether the word after the space at `at` is a verb in the past or an auxiliary
    (`AUXILIARIES`), as after a sentence's subject."""
    word = sentence[at + 1 : at + 24].split(" ", 1)[0]
    return word.endswith("ed") or word in _IRREGULAR_PASTS or word in AUXILIARIES


#: A time or an adverb between a subject and its verb ("Zhao Lijian last Friday
#: responded", "Nazim Haji also said").
_BEFORE_PREDICATE = re.compile(
    r" (?:also|earlier|later|previously|(?:last|this|on) [A-Z]?[a-z]+)(?= )"
)


def _predicate_opens(sentence: str, at: int) -> bool:
    """`_verb_opens`, or a verb in the present's third person ("believes", "says"),
    perhaps after a time or an adverb (`_BEFORE_PREDICATE`)."""
    between = _BEFORE_PREDICATE.match(sentence, at)
    if between is not None:
        at = between.end()
    if _verb_opens(sentence, at):
        return True
    word = sentence[at + 1 : at + 24].split(" ", 1)[0]
    return word.islower() and word.endswith("s") and not word.endswith("ss")


#: Role words that name the same role (`NameRegistry.described_as`): an article names
#: the person by one and refers back by the other.
_ROLE_SYNONYMS = {
    "lawmaker": ("legislator", "parliamentarian"),
    "legislator": ("lawmaker", "parliamentarian"),
    "parliamentarian": ("lawmaker", "legislator"),
}
#: The endings of a possessive, which leave a name run owning the subject after it.
_POSSESSIVE_ENDINGS = ("’s", "'s", "’", "'")
#: A sentence opening with an office's title in the form "Title of Place" and a surname,
#: then a lower-case word ("Secretary of State Tillerson gave …", "Minister of Defence
#: Shoigu said"), which `_OPENING_NAME` does not read across the "of".
_OFFICE_OF_SURNAME = re.compile(
    r"(?P<title>[A-Z][a-z]+)\s+of\s+[A-Z][a-z]+\s+(?P<surname>[A-Z][\w’'-]+)(?=\s+[a-z])"
)
#: The adverbs between the writer and the verb ("I also asked", "we then asked").
WRITER_ADVERBS = ("also", "then", "later", "first")
#: The writer asking someone named ("I asked Timothy Naftali, …", "We also asked Soto
#: whether …"): the capitalised run asked, and the word after it (a role word after the
#: run makes it a modifier: "I asked Defense Ministry spokesman Ali Reza").
_WRITER_ASKED = re.compile(
    rf"(?:I|We)\s+(?:(?:{'|'.join(WRITER_ADVERBS)})\s+)?asked\s+"
    r"(?P<run>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]+)(?:\s+(?P<after>[a-z]+))?"
)
#: A name of two to five capitalised words set off by commas, after the comma that
#: ends a description opening a sentence (`SpeakerTracker.note_subject`).
_APPOSED_RUN = re.compile(r"\s+((?:[A-Z][\w’'.-]*\s+){1,4}[A-Z][\w’'-]+),")
#: Honorifics that tell a woman or a man (`NameRegistry.gender`).
_FEMALE_HONORIFICS = frozenset(("mrs", "ms", "miss", "dame", "lady", "madame", "mme"))
_MALE_HONORIFICS = frozenset(("mr", "sir", "lord"))
#: One of them, capitalised, and the surname after it ("Mr Galloway", "Ms. King").  The
#: word-start check (a \b before the capital) sits after each title's first letter, so
#: the regex engine skips to the capitals D, L, M and S of the whole text, which it
#: reads once per article, instead of trying the pattern at every character.  (Of two
#: titles at one place, "Mrs" and "Mr", only one can be followed by a space.)
_HONORIFIC_SURNAME = re.compile(
    "("
    + terms_pattern(
        (title.capitalize() for title in _FEMALE_HONORIFICS | _MALE_HONORIFICS),
        fold=False,
        word_start=True,
        after_hyphen=True,
    )
    + r")\.?\s+([A-Z][\w’'-]+)"
)
#: Words for people that tell a woman or a man, beside a name ("spokeswoman Maria
#: Lopez", "Amal Haddad, a mother of three", "The widow, Fatima Noor"): as an honorific
#: does, they tell whom a "she" or "he" can stand for (`NameRegistry.gender`).
_FEMALE_ROLES = frozenset(
    (
        *("spokeswoman", "congresswoman", "chairwoman", "businesswoman", "policewoman"),
        *("woman", "mother", "wife", "daughter", "sister", "widow", "grandmother", "aunt"),
        *("girl", "actress", "queen", "princess", "niece"),
    )
)
_MALE_ROLES = frozenset(
    (
        *("spokesman", "congressman", "chairman", "businessman", "policeman", "man"),
        *("father", "husband", "son", "brother", "widower", "grandfather", "uncle", "boy"),
        *("actor", "king", "prince", "nephew"),
    )
)
_GENDERED_ROLES = rf"(?i:{terms_pattern(_FEMALE_ROLES | _MALE_ROLES)})(?![\w'’-])"
#: Such a word right before a name, the name's other words between ("spokeswoman Maria
#: Lopez", "The widow, Fatima Noor"), ending where the surname starts.
_ROLE_BEFORE_NAME = re.compile(
    rf"(?<![\w'’-])(?P<role>{_GENDERED_ROLES}),?[ \t]+(?:[A-Z][\w’'-]+[ \t]+){{0,3}}$"
)
#: A description with such a word set off after a name ("Jane Roe, a spokeswoman",
#: "Amal Haddad, a mother of three"), from the surname's end.
_ROLE_AFTER_NAME = re.compile(
    rf",[ \t]+(?:an?|the)[ \t]+(?:[\w’'-]+[ \t]+){{0,2}}(?P<role>{_GENDERED_ROLES})"
)
#: A "she" or "he" later in the clause a surname opens, no capital between ("Zuma-Sambudla
#: pleaded not guilty to the charges when she appeared"): the person it stands for; not
#: one in what the person says or after a possessive ("Mr Galloway told reporters she
#: had lied", "Smith's lawyer said he …"), which may be someone else.
_PRONOUN_AFTER_NAME = re.compile(
    r"(?:(?!\b(?:told|tells|said|says|that)\b|['’]s\b)[^A-Z,.!?;:“”\"\n]){1,80}?"
    r"\b(?P<pronoun>she|he)\b"
)


def described_gender(speaker: str) -> str | None:
    """ "she" or "he" for a speaker described by a word for a woman or a man ("a
    spokeswoman", "the boy's father"), else None."""
    role = speaker.rsplit(None, 1)[-1]
    if role in _FEMALE_ROLES:
        return "she"
    return "he" if role in _MALE_ROLES else None


#: A description or an age set off after a one-word name ("Mariam, a young teacher",
#: "Rashid, 19,"): the description's first words (none for an age).
_DESCRIPTION_AFTER_NAME = re.compile(
    r",\s+(?:(?:a|an|the)\s+(?P<words>(?:[\w'’-]+\s+){0,3}[a-z]+)\b|\d{1,3},)"
)


@lru_cache(maxsize=16)
def _person_words(lexicon: "Lexicon") -> frozenset[str]:
    """The lexicon's words for a person and the words for a woman or a man, joined once
    per lexicon (`NameRegistry.introduced_as_person` asks for each one-word name)."""
    return lexicon.person_roles | _FEMALE_ROLES | _MALE_ROLES


#: A word for a person set off before a one-word name ("his grandson, Rashid,").
_DESCRIPTION_BEFORE_NAME = re.compile(r"\b(?P<word>[a-z]+),\s+$")
#: How far before a surname such a word may start.
_GENDERED_NAME_REACH = 60
#: How many of the last people who spoke a "she" may reach back past an unmarked one.
_SHE_REACH = 3
#: Title words that are also surnames, when a name ends with them ("Oona King",
#: "John Major"; `person_name`).
_SURNAME_TITLES = frozenset(("king", "major", "judge"))
#: Honorifics, before which such a title word is a surname ("Ms King").
_HONORIFICS = frozenset(("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lady", "lord"))
_CLAUSE_WORDS = frozenset(
    ["said", "says", "told", "reported", "that", "who", "which", "and", "or", "but"]
)
_WORD_CHARS = re.compile(r"[\w’'-]+")
#: What may wrap a speaker phrase but is no part of it: punctuation, quote marks, and
#: Markdown's emphasis marks ("_The Economist_ announced", "**Decoding …**").
_EDGE_CHARS = " ,;:—–-'‘’\"“”[]*_"
#: A phrase's parenthesis, an editor's bracketed insertion ("the Mozambique National
#: Resistance [Renamo]", FBIS) and a Reuters ticker ("<LNTL.O>").
_PARENS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|<[^<>\s]*>")
_SPACES = re.compile(r"\s+")
#: A relative clause's subject right before its verb, or before the verb's perfect
#: auxiliary ("Ouadi Doum, which Chad said cost …", "in what the UN has called the
#: world's largest crisis": "what" is the verb's object as "which" is).
_RELATIVE_SUBJECT = re.compile(
    r"\b(?:which|whom|who|that|what)\s+((?:\S+\s+){0,3}?\S+)(?:\s+ha(?:s|ve|d))?\s*$"
)
#: A source described but not named: "a monitor", "a rights group", "a war monitor".
_GENERIC_SOURCE = re.compile(
    # "a monitoring group", "a Britain-based war monitor": up to two modifiers, one of
    # them a place-based descriptor
    r"(?:[Aa]n?|[Oo]ne)\s+(?:(?:[A-Z][\w’']*-[a-z]+|[a-z-]+)\s+){0,2}"
    r"(?P<head>monitor|group|observatory|watchdog)"
)
#: Modifiers of a described source that say nothing of what the body does ("a
#: monitoring group", "a Britain-based war monitor"): any named source may match.
_GENERIC_SOURCE_WORDS = frozenset(
    ("monitoring", "war", "activist", "activists", "independent", "international", "local")
)
#: The words a named organisation's name or description holds when it is the source a
#: description stands for ("a monitor" is the Syrian Observatory for Human Rights).
_SOURCE_HEADS = {
    "monitor": (" monitor ", " observatory "),
    "group": (" group ", " observatory ", " watch ", " network "),
    "observatory": (" observatory ",),
    "watchdog": (" watchdog ", " watch ", " observatory "),
}
#: How many words of what a described source does (`_GENERIC_SOURCE`) name the body
#: by themselves, without its head word ("civil defence").
_TOPICS_THAT_NAME = 2
#: The head words a monitoring body's name ends in (`_MONITOR_NAME`), where
#: `_monitor_names` looks for it.
_MONITOR_HEADS = ("Observatory", "Monitor")
#: The most capitalised words of `_MONITOR_NAME` before its head word.
_MONITOR_NAME_WORDS = 6
#: The name of a monitoring body: capitalised words ending in "Observatory" or
#: "Monitor", with an "of"/"for" part ("Syrian Observatory for Human Rights").  It
#: starts a word: "al-Sheitaat Observatory director", where a scrape lost the full stop
#: after a tribe's name, names no "Sheitaat Observatory".
_MONITOR_NAME = re.compile(
    rf"(?<![\w-])(?:[A-Z][\w’'-]*\s+){{1,{_MONITOR_NAME_WORDS}}}"
    rf"(?:{'|'.join(_MONITOR_HEADS)})\b"
    r"(?:\s+(?:for|of|on)(?:\s+(?:the\s+)?[A-Z][\w’'-]*){1,6})?"
)


def _monitor_names(text: str) -> list[re.Match[str]]:
    """What `_MONITOR_NAME.finditer(text)` yields, tried only at the capitals of the
    words before each head word (`_MONITOR_HEADS`): a name is at most
    `_MONITOR_NAME_WORDS` words, each followed by spaces, right before its head.  The
    whole-text scan tried the pattern at every character of every article that asks,
    and most name no monitor at all."""
    starts: set[int] = set()
    for head in _MONITOR_HEADS:
        at = text.find(head)
        while at >= 0:
            bound = _words_before(text, at, _MONITOR_NAME_WORDS)
            starts.update(start for start in range(bound, at) if "A" <= text[start] <= "Z")
            at = text.find(head, at + 1)
    found: list[re.Match[str]] = []
    end = 0
    for start in sorted(starts):
        match = _MONITOR_NAME.match(text, start) if start >= end else None
        if match is not None:
            found.append(match)
            end = match.end()
    return found


def _words_before(text: str, at: int, most: int) -> int:
    """The earliest start of at most `most` words (`[\\w’'-]` runs), each followed by
    white space, that end right before `at`."""
    for _ in range(most):
        spaces = at
        while spaces > 0 and text[spaces - 1].isspace():
            spaces -= 1
        word = spaces
        while word > 0 and (is_word_char(text[word - 1]) or text[word - 1] in "’'-"):
            word -= 1
        if spaces == at or word == spaces:
            return at
        at = word
    return at


def monitor_named_in(text: str, described: str) -> str | None:
    """The one monitoring body an article names ("… the Syrian Observatory for Human
    Rights director said"), for a source described as a monitor ("a monitoring group",
    "a war monitor"; guideline §4: "the British-based monitoring group" is the
    Observatory), or None when the description is no monitor's or the article names
    none or several.  `SpeakerTracker.named_later` covers bodies that spoke themselves;
    this also finds one named only in a description of its director."""
    shape = _GENERIC_SOURCE.fullmatch(described)
    if (shape is None or "monitor" not in described.casefold()) and (
        _MONITORING_DESCRIPTION.fullmatch(described) is None
    ):
        return None
    return _one_monitor_named(text)


#: A body described by what it does, which is monitoring ("an organisation that monitors
#: the war", "A group tracking the violence"): a monitor, as "a war monitor" is.
_MONITORING = (
    r"(?:[Aa]n?|[Oo]ne)\s+(?:[\w-]+\s+){0,2}?(?:group|organi[sz]ation|body|network)\s+"
    r"(?:(?:that|which)\s+(?:monitors|tracks)|monitoring|tracking)\s+[\w'’.-]+(?:\s+[\w'’.-]+){0,6}"
)
_MONITORING_DESCRIPTION = re.compile(_MONITORING)
#: That description as the whole clause before a reporting verb, which its "that" would
#: otherwise cut ("A group that monitors the Syrian civil war said").
_MONITORING_CLAUSE = re.compile(rf"(?:^|(?<=[,;:]\s)|(?<=\n))\s*(?P<speaker>{_MONITORING})\s*$")


#: A state named by a point of the compass and a name ("North Korea", "South Sudan").
_COMPASS_STATE = re.compile(r"\b(North|South)\s+(?:Korea|Sudan|Vietnam|Yemen|Ossetia)\b")
#: The members of a body named by its head word, who speak for it ("Council members").
_BODY_MEMBERS = re.compile(r"(?:[Tt]he\s+)?(Council|Committee|Assembly|Board)\s+members")
#: A state's short form, "the North" or "the South" as a speaker.
_COMPASS_SHORT_FORM = re.compile(r"(?:[Tt]he\s+)?(North|South)")


#: A wire agency right after a monitor's name: the headline's source and the dateline
#: glued after it, which the words before run into.
_AGENCY_AFTER = re.compile(r"\s+(?:AFP|Reuters|AP|DPA|Xinhua)\b")
#: An acronym right before a monitor's head word: the outlet spoken to, not the body's
#: name ("Speaking to AFP Observatory director Rami Abdel Rahman said").
_ACRONYM_BEFORE_HEAD = re.compile(r"[A-Z]{2,}\s+(?:Observatory|Monitor)$")


#: Head words a broadcaster is named again with ("the channel said").
_BROADCAST_HEADS = frozenset(("channel", "broadcaster", "station"))
#: Words of a broadcaster's name or description ("Syrian state TV", "Al Arabiya
#: television", "the pan-Arab channel"), in lower case.
_BROADCAST_WORDS = re.compile(r"\b(?:tv|television|channel|broadcaster|radio)\b")


#: Head words of a body of several states or parties, which one another's names stand
#: for: "the alliance" after "the US-led coalition", "the coalition" after NATO.
_ALLIANCE_HEADS = frozenset(["alliance", "coalition"])
#: An alliance's name: NATO in any of its forms, or one led by someone ("US-led coalition").
_ALLIANCE_NAME = re.compile(
    r"\b(?:NATO|Nato|North\s+Atlantic\s+Treaty\s+Organi[sz]ation"
    r"|[A-Z][\w.]*-led\s+(?:coalition|alliance|[Cc]oalition\s+forces))\b"
)


@lru_cache(maxsize=1)
def _one_alliance_named(text: str) -> str | None:
    """The one alliance the article names (`_ALLIANCE_NAME`), as first written, or None
    when it names none or several ("NATO" and "Nato" are one; "the Saudi-led coalition"
    and NATO are two)."""
    names: dict[str, str] = {}
    for match in _ALLIANCE_NAME.finditer(text):
        name = match.group()
        led = "-led" in name  # else one of NATO's forms, which name one alliance
        names.setdefault(" ".join(name.casefold().split()) if led else "nato", name)
    return next(iter(names.values())) if len(names) == 1 else None


@lru_cache(maxsize=1)
def _one_monitor_named(text: str) -> str | None:
    """`monitor_named_in` for the article's text, once per article (a wire story can
    say "a monitor said" a dozen times)."""
    names = set()
    for match in _monitor_names(text):
        if _AGENCY_AFTER.match(text, match.end()):
            continue  # "… attacks Syrias Aleppo Monitor AFP Thursday": a headline's source
        name = _ORGANISATION_LEAD.sub("", _HYPHEN_DESCRIPTOR.sub("", match.group()))
        if _ACRONYM_BEFORE_HEAD.match(name):
            continue  # "Speaking to AFP Observatory director …": the agency, then the head
        if " " in name:  # "The Observatory" is the body named in full elsewhere
            names.add(name)
    if not names and "Observatory" in text and "Syria" in text and _THE_OBSERVATORY.search(text):
        # "… said the Observatory a Britain-based group which reports on Syria": a Syria
        # story's Observatory, never named in full, is the Syrian Observatory for Human
        # Rights, the war monitor wire copy quotes (guideline §4)
        return _SYRIAN_OBSERVATORY
    # A capitalised word after the name runs into it ("… for Human Rights At least").
    return _one_name(names)


#: A watchdog described by its base ("the Britain-based watchdog"), as war monitors are;
#: "the chemical weapons watchdog" is another body, which the monitor test would miss.
_BASED_WATCHDOG = re.compile(r"-based\s+watchdog$")
#: The monitor a Syria story calls "the Observatory" without naming it in full.
_SYRIAN_OBSERVATORY = "Syrian Observatory for Human Rights"
#: The Observatory named by its head word alone.
_THE_OBSERVATORY = re.compile(r"\b[Tt]he\s+Observatory\b")


def _one_name(names: set[str]) -> str | None:
    """The one name all of `names` start with, the others being it with more words
    run into it ("Samuel Locklear III" of "Samuel Locklear"), or None when they name
    several, or none."""
    if not names:
        return None
    shortest = min(names, key=len)
    return shortest if all(name.startswith(shortest) for name in names) else None


#: A source with an indefinite article glued after a name or a clause's last word that
#: ends the phrase before it ("… in northern Syria a monitor", "… fighting that left
#: dozens dead a monitor"; `_clause_phrase`), not after a preposition or a verb whose
#: object it is ("by a monitor", "was a monitor").
_GLUED_SOURCE = re.compile(
    r"(?<![\w’'-])(?!(?:of|for|to|by|with|from|in|on|at|as|than|like|and|or|that|is|was|are"
    r"|were|be|been)\s)[\w’'-]+\s+(?P<source>an?\s+(?:[\w-]+\s+){0,2}[\w-]+)$"
)
#: Where a speaker phrase's segments part: a comma (not one inside a number, "about
#: 1,000 troops inside eastern Ukraine, a NATO officer said"), a semicolon or a dash.
_SEGMENT_SPLIT = re.compile(r",(?!(?<=\d,)\d)|[;—–]|\s-\s")
#: A role that opens a long speaker phrase, then where the role is ("An army officer at
#: the headquarters of …", "A senior official in the ministry of defence in Kabul").
#: The prepositions that place a described source ("a source in Timbuktu", "an official
#: with the ministry").
_LOCATING = r"(?:in|at|near|from|with)"
_LOCATED_LEAD = re.compile(
    r"(?P<np>(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?:[\w'’-]+\s+){0,3}?(?P<role>[a-z]+))"
    rf"\s+{_LOCATING}\s"
)
#: Arabic articles that open a surname with a hyphen ("al-Halqi", "el-Sisi").
_ARABIC_ARTICLES = frozenset(("al", "el", "ad", "ar", "as", "an", "at", "ash", "az"))
#: One of them, as a regex, in lower case before its hyphen ("al-Halqi").
_ARABIC_ARTICLE = f"(?:{'|'.join(sorted(_ARABIC_ARTICLES))})"
#: A person's name opening the sentence or after a lower-case word, then a description
#: without commas up to the verb: an acronym, a role and what it is of ("Robert Mardini
#: ICRC regional director for the Middle East", "Rami Abdel Rahman the head of SOHR"),
#: or only what the person is of ("Mahmoud Barkhadan of the main Syria Kurdish
#: militia"); a surname may open with an Arabic article ("Ayman al-Aasmi a member of
#: the FSA southern front command").
_PERSON_THEN_DESCRIPTION = re.compile(
    r"(?:^|(?<![\w'’-])(?!(?:the|a|an|of|in|at|near|from|to|by|on)\s)[a-z]+[.,;:]?\s)"
    # (a middle initial too: "Francis A. Boyle at the University of Illinois")
    rf"(?P<name>[A-Z][a-z][\w'’-]*(?:\s+(?:[A-Z]\.\s+)?(?:{_ARABIC_ARTICLE}-)?[A-Z][a-z][\w'’-]*){{1,3}})"
    r"\s+(?:[A-Z]{2,6}\s+)?"
    r"(?:(?:(?:the|an?)\s+)?(?:[a-z-]+\s+){0,2}?(?P<role>[a-z]+)\s+)?(?:of|for|at)\s+"
    r"[^,;:.!?“”\"]{2,80}?\s*$"
)
#: "of", "for" or "at" in a speaker phrase, which a description after a name may hold.
_HAS_OF_FOR_AT = re.compile(r" (?:of|for|at) ")
#: Where an indefinite description may start (`_described_source_at_end`).
_INDEFINITE_START = re.compile(r"(?<![\w'’-])(?:an?|one)\s")
#: A described source at the end of a clause: an indefinite article, at most two words,
#: a role, then what tells which ("tracking the violence", "of Syrian doctors that …",
#: "based outside the country").
#: The marks a described source's words never hold (`_DESCRIBED_SOURCE`).
_DESCRIPTION_STOPS = ',;:.!?“”"'
_DESCRIBED_SOURCE = re.compile(
    r"(?P<source>(?:an?|one)\s+(?:[\w'’-]+\s+){0,2}?(?P<role>[a-z]+)"
    r"(?:\s+(?:[a-z]+ing|based|backed|funded|linked|of|that|which|who)\s"
    rf"[^{_DESCRIPTION_STOPS}]{{1,70}}?)?)"
    r"\s*"
)
#: A body's name after "the", ending the text before its description.
_NAME_ENDING = re.compile(
    r"(?<![\w'’-])(?:the|The)\s+(?P<name>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|and|on))*)\s+$"
)
#: A body's name without "the" (two capitalised words or more, of/for/and/on between
#: them), ending the text before its description ("Syria Civil Defence a Syrian rescue
#: service …"); its opening words may be a preposition and a place (`_NOT_NAMES`).
_BARE_NAME_ENDING = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|and|on))*\s+[A-Z][\w'’-]*)\s+$"
)
#: Head nouns of a description set after a body's name ("… a British-based monitoring
#: group", "… an online opposition news portal", "… a Syrian rescue service").
_DESCRIBED_BODIES = frozenset(
    (
        *("group", "monitor", "organisation", "organization", "agency", "body", "network"),
        *("charity", "watchdog", "observatory", "movement", "coalition", "alliance"),
        *("faction", "party", "outlet", "newspaper", "broadcaster", "channel", "portal"),
        *("website", "militia", "ngo", "monitors", "service"),
    )
)
#: A clause that is a capitalised name alone (of/for/and/the between its words), before a
#: description whose commas were lost (`_left_np`).
_NAME_BEFORE_DESCRIPTION = re.compile(
    r"\s*(?P<name>(?:The\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|and|on|the))*?"
    r"\s+[A-Z][\w'’-]*)"
)
#: Adverbs that say where ("the top municipal official there said": where, not who);
#: after a form of "be" they are its predicate ("Whilst I was there reports came").
_PLACE_ADVERBS = ("there", "here")
#: Adverbs between the subject and its verb ("has strongly denied", "defiantly told",
#: "has always denied"), read as if absent, as is a floating "both" ("The YPG and the
#: Observatory both reported").  Nouns in -ly that head a subject are kept.
_PLAIN_ADVERBS = (
    *("always", "never", "also", "still", "already", "again", "often", "long", "once"),
    *("even", "then", "later", "earlier", "since", "too", "now", "both"),
    *_PLACE_ADVERBS,
)
#: Forms of "be", after which a place adverb is the verb's predicate (`_after_a_verb_to_be`).
_FORMS_OF_BE = frozenset(("is", "are", "was", "were", "be", "been", "being"))
#: (with "quite" before an adverb: "quite clearly indicate"; not "very", which inside a
#: quotation runs on its speaker's words: "“The Prime Minister has very appropriately
#: called for …" is still the quoted speaker's)
_ADVERBS_AT_END = re.compile(rf"(?:(?<=\s)(?:[a-z]{{3,}}ly|quite|{'|'.join(_PLAIN_ADVERBS)})\s+)+$")
_NOUNS_IN_LY = frozenset(
    (
        *("family", "ally", "assembly", "rally", "supply", "monopoly", "anomaly", "daily"),
        *("weekly", "monthly", "quarterly", "elderly", "bully", "reply", "fly", "homily"),
    )
)
_BOUNDARY_WORDS = (
    *("that", "after", "before", "while", "because", "since", "when", "if", "although"),
    *("though", "but", "as", "where"),
)
#: A clause boundary: punctuation (not a comma between digits), " - ", or one of the
#: words (`\b(?:that|…)\b`, as a trie the regex engine can skip through); -ing cues
#: also stop at "with".
_BOUNDARY = Caseless(
    r",(?!(?<=\d,)\d)|[;:—–]|\s-\s|(?:"
    + terms_pattern(_BOUNDARY_WORDS, word_start=True, after_hyphen=True)
    + r")\b"
)
#: The single-character boundaries of `_BOUNDARY` and `_BOUNDARY_ING`.
_BOUNDARY_MARKS = ",;:—–"
_BOUNDARY_ING = Caseless(
    r",(?!(?<=\d,)\d)|[;:—–]|\s-\s|(?:"
    + terms_pattern([*_BOUNDARY_WORDS, "with"], word_start=True, after_hyphen=True)
    + r")\b"
)
_AND = re.compile(r"\band\b")
_RELATIVE_WORD = re.compile(r"\b(?:who|whose|whom|which)\b")
_ED_WORD = re.compile(r"\b\w+ed\b")
#: A period glued between a lower-case and a capital letter ("terrorism.In").  The
#: pattern starts with the period itself so the regex engine can skip to periods.
_GLUED_PERIOD = re.compile(r"\.(?<=[a-z]\.)(?=[A-Z])")
_PREPOSITION_SPLIT = re.compile(r"\s+(?:in|of|for|from|at|on|inside|with)\s+")
_POSSESSIVE_HEAD = re.compile(r"\b(?:s|'s|’s)\s+\w+$")
_AND_SPLIT = re.compile(r"\s+and\s+")
#: (Possessive first word, as in `_OPENING_NAME`.)
_NAME_RUN = re.compile(
    r"[A-Z](?<![\w’'-][A-Z])(?:[\w’'\-]++|\.)"
    # (the space between words holds at most one line break: a blank line ends a
    # caption, "… on the outskirts of Maiduguri \n\nReports from Bama say")
    r"(?:(?=\s)[^\S\n]*+\n?[^\S\n]*+(?:[A-Z][\w’'\-]+|[A-Z]\.|(?:de|van|von|al|bin|abu)(?=\s+[A-Z])"
    # "Mohammad al-Halabi", "Zouhir al-Shimale": an article joined to the surname
    rf"|{_ARABIC_ARTICLE}-[A-Z][\w’'\-]*))++"
)
_ACRONYM_DEFINITION = re.compile(
    r"([A-Z](?<![\w-][A-Z])[\w-]+(?:\s+(?:(?:for|of|the|and)\s+)?[A-Z][\w-]+){0,7}+)\s*"
    r"[(\[]([A-Z]{2,6})[)\]]"  # "(SOHR)", and "[MSF]" in some scraped copy
)
#: The "(SOHR)" every acronym definition ends in: most articles have none, and then the
#: costlier definition pattern need not scan them.
_ACRONYM_IN_PARENS = re.compile(r"[(\[][A-Z]{2,6}[)\]]")


def _bracketed_acronyms(text: str) -> Iterator[re.Match[str]]:
    """The `_ACRONYM_IN_PARENS` matches in `text`, round brackets first, each kind in
    order, tried only at the brackets `str.find` skips to.  A search for a pattern that
    starts with a character class tests every character in the regex engine (some 25
    instructions each, a third of a million per article), while `find` skips to the
    next bracket at memory speed."""
    for bracket in "([":
        at = text.find(bracket)
        while at >= 0:
            acronym = _ACRONYM_IN_PARENS.match(text, at)
            if acronym is not None:
                yield acronym
            at = text.find(bracket, at + 1)


def _has_acronym_in_parens(text: str) -> bool:
    """Whether `_ACRONYM_IN_PARENS` finds a match in `text` (`_bracketed_acronyms`)."""
    return next(_bracketed_acronyms(text), None) is not None


def _acronym_definitions(text: str) -> list[re.Match[str]]:
    """What `_ACRONYM_DEFINITION.finditer(text)` yields, searched only in the stretch
    before each bracketed acronym.  A definition is a run of words, spaces and hyphens
    ending in the bracket, so it starts after the last other character before it; the
    whole-text scan instead tried a run of up to eight words at every capital.  The
    look-behind at a stretch's start still sees the character before it."""
    found: list[re.Match[str]] = []
    for acronym in sorted(_bracketed_acronyms(text), key=lambda acronym: acronym.start()):
        first = acronym.start()
        while first > 0 and _in_definition_run(text[first - 1]):
            first -= 1
        # (a blank line ends what runs into the name: "Tweet URL\n\nThe UN World Food
        # Programme (WFP)" defines no "Tweet URL The UN World Food Programme")
        for blank in BLANK_LINE.finditer(text, first, acronym.start()):
            first = blank.end()
        match = _ACRONYM_DEFINITION.search(text, first, acronym.end())
        if match is not None:
            found.append(match)
    return found


#: A full name right after a role word, which is then its title ("spokesperson James
#: Elder"), perhaps after abbreviated titles ("spokesman Col. Ali Musa"; "commissioner
#: Ali. Usman Garba" is a sentence's end).
_NAME_AFTER_TITLE = re.compile(
    rf"[^\S\n]+(?:(?i:{'|'.join(sorted(PERSONAL_TITLES))})\.[^\S\n]+){{0,2}}"
    r"[A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'-]+)+"
)
#: The press's trades, which are no person roles (a quotation's "he added" after "a
#: Reuters journalist observing …" is still its speaker's) but which "the journalist"
#: names as "the commander" does: the one person the article titles so, unless it
#: brings in one unnamed after that person ("A Reuters journalist who reached the tent
#: …").  Not "writer" or "author", which in a column or a brief are its own.
_PRESS_TRADES = frozenset(
    ("journalist", "reporter", "photographer", "photojournalist", "cameraman", "blogger")
)


def _in_definition_run(char: str) -> bool:
    """Whether `char` can stand in an acronym definition before its bracket: a word
    character (`\\w`: a letter, digit or underscore), white space or a hyphen."""
    return char.isalnum() or char.isspace() or char == "_" or char == "-"


_LEADING_THE = re.compile(r"^(?:The|the)\s+")
_PARTICLES = frozenset(
    [
        "de",
        "del",
        "della",
        "da",
        "di",
        "du",
        "van",
        "von",
        "der",
        "la",
        "le",
        "al",
        "el",
        "ul",
        "bin",
        "bint",
        "ben",
        "ibn",
        "abu",
        "dos",
        "das",
    ]
)
_GENERIC_ORG_HEADS = frozenset(
    [
        "group",
        "charity",
        "monitor",
        "observatory",
        "agency",
        "organisation",
        "organization",
        "network",
        "ministry",
        "army",
        "military",
        "command",
        "government",
        "committee",
        "council",
        "office",
        "department",
        "company",
        "firm",
        "corporation",
        "embassy",
        "consulate",
    ]
)
#: Generic heads that the names of such bodies carry ("Health Ministry", "Central
#: Command", "Israeli Embassy in Washington"), unlike a group's or an agency's name.
_HEADS_IN_NAMES = frozenset(
    ["ministry", "department", "office", "council", "committee", "command", "embassy", "consulate"]
)
#: Arms of a state, which "the government" or "the army" names again only where an
#: earlier speaker's name says so ("the government" is no later mention of the Syrian
#: Observatory for Human Rights, the last body that spoke).
_STATE_BODIES = frozenset(["government", "army", "military"])
#: Words that end or head a body's name ("Syrian Observatory for Human Rights").
_BODY_HEADS = _GENERIC_ORG_HEADS | _HEADS_IN_NAMES


#: A person named by an age ("“I lost my whole family,” the 34-year-old said"): a role
#: noun as "the teenager" is.
_AGE_NOUNS = frozenset(f"{years}-year-old" for years in range(1, 121))


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Speaker-related word sets drawn from a vocabulary.

    Compared by identity: there is one per vocabulary (`statements._lexicon` caches
    it), and the memoised helpers below hash it on every call, which for a dataclass
    with value equality would mean hashing all its fields each time."""

    roles: frozenset[str]
    person_roles: frozenset[str]
    residents: frozenset[str]
    titles: frozenset[str]
    organisations: frozenset[str]
    agencies: re.Pattern[str]
    armed_groups: re.Pattern[str]

    @classmethod
    def from_vocabulary(cls, vocabulary: Vocabulary) -> "Lexicon":
        return cls(
            roles=frozenset(t.casefold() for t in vocabulary.role_nouns) | _AGE_NOUNS,
            person_roles=frozenset(t.casefold() for t in vocabulary.person_role_nouns) | _AGE_NOUNS,
            residents=frozenset(t.casefold() for t in vocabulary.resident_nouns),
            titles=frozenset(t.casefold().rstrip(".") for t in vocabulary.title_words),
            organisations=frozenset(t.casefold() for t in vocabulary.organisation_words),
            agencies=re.compile(
                rf"{terms_pattern(vocabulary.news_agencies, fold=False, word_start=True)}(?![\w-])"
            ),
            armed_groups=re.compile(
                rf"{terms_pattern(vocabulary.armed_group_names, fold=False, word_start=True)}"
                r"(?![\w])"
            ),
        )


def _words(text: str) -> list[str]:
    return _WORD_RE.findall(text)


def _is_cap(word: str) -> bool:
    """Whether a word can be part of a name: capitalised, or an Arabic article joined to
    a capitalised word ("al-Assad", "el-Sisi", "ad-Din"; "al-" also before lower case)."""
    if word[:1].isupper():
        return True
    hyphen = word.find("-", 1, 4)
    return hyphen > 0 and (
        word[:2].casefold() == "al"
        or (
            word[:hyphen].casefold() in _ARABIC_ARTICLES and word[hyphen + 1 : hyphen + 2].isupper()
        )
    )


def _sentence_period(last: str) -> bool:
    """Whether the period ending a phrase's last word ends the sentence ("Reuters.",
    "TV.") rather than an abbreviation ("Gov.", "U.S.", the initial "J.")."""
    return (
        last.endswith(".")
        and last.count(".") == 1
        and (len(last) > 4 or (len(last) >= 3 and last[:-1].isupper()))
    )


@lru_cache(maxsize=8192)
def strip_np(np: str) -> str:
    """Drop parentheses, leading time/adverb phrases and trailing auxiliaries."""
    if "(" in np or "[" in np or "<" in np:  # what `_PARENS` needs
        np = _PARENS.sub(" ", np)
    # (`str.split` splits at the characters `\s` matches; the edge's spaces are stripped)
    np = " ".join(np.split()).strip(_EDGE_CHARS)
    previous = None
    while previous != np:
        previous = np
        np = _without_match(_LEADING, np).strip(_EDGE_CHARS)
        np = _without_match(_SUBORDINATORS, np).strip(_EDGE_CHARS)
        last = np.rsplit(" ", 1)[-1]
        # Non-ASCII: a character re.IGNORECASE folds to an ASCII letter ("ſ") may match.
        if (not last.isascii() or last.lower() in _TRAILING_LAST_WORDS) and not (
            last == "Today" and _after_a_capital(np)
        ):
            np = _TRAILING.sub("", np).strip(_EDGE_CHARS)
            last = np.rsplit(" ", 1)[-1]
        if _sentence_period(last):
            np = np[:-1]
    return np


def _without_match(start: re.Pattern[str], np: str) -> str:
    """`start.sub("", np)` for a pattern anchored at the string's start (one match at
    most, never empty): a match and a slice, spared the substitution's set-up."""
    found = start.match(np)
    return np[found.end() :] if found else np


def _after_a_capital(np: str) -> bool:
    """Whether the phrase's last word follows a capitalised word: a capitalised "Today"
    there ends a name ("Aleppo Today", "USA Today"), not a time to strip."""
    words = np.rsplit(None, 2)
    return len(words) >= 2 and words[-2][:1].isupper()


#: People a participle after them describes ("Two men interviewed said", "witnesses
#: contacted by telephone").
_INTERVIEWED = frozenset(
    ("men", "women", "people", "residents", "witnesses", "survivors", "refugees", "villagers")
)


#: Participles that describe a person or body right before a preposition ("a diplomat
#: involved in the talks", "an engineer employed at the plant", "residents reached by
#: phone"): part of the speaker phrase, not its verb.
_DESCRIBING_PARTICIPLES = frozenset(
    (
        *("involved", "employed", "briefed", "contacted", "reached", "interviewed"),
        *("assigned", "deployed", "embedded", "attached", "quoted", "cited"),
    )
)


def _describes_before_preposition(words: list[str], index: int) -> bool:
    """Whether the participle at `index` describes the phrase before it
    (`_DESCRIBING_PARTICIPLES`, then a preposition): "A diplomat involved in the talks
    told us" is a speaker phrase, as "an official based in Aleppo" is."""
    return (
        words[index].casefold() in _DESCRIBING_PARTICIPLES
        and index + 1 < len(words)
        and words[index + 1].casefold() in _PREPOSITIONS
    )


def _modifies_after_preposition(words: list[str], index: int) -> bool:
    """Whether the -ed word at `index` stands between a preposition and a word it
    modifies ("Hospitals in affected regions reported"): no finite verb follows a
    preposition, so it is an adjective of the phrase, not the clause's verb ("to" is
    left out: "to" opens infinitives too)."""
    return (
        index + 1 < len(words)
        and words[index - 1].casefold() in _PREPOSITIONS
        and words[index - 1].casefold() != "to"
    )


#: The words after which a word in -ed inside a phrase is an adjective (`np_like`).
_ADJECTIVE_LEADS = _ARTICLES | {"one"}
#: The prepositions of a phrase that places a speaker ("in one affected Kwara area").
_PLACING_PREPOSITIONS = frozenset(("in", "at", "from", "near", "inside", "outside"))


def _adjective_in_place(words: list[str], index: int) -> bool:
    """Whether the word in -ed at `index` follows an article or "one" after a
    preposition that places the speaker, with a noun after it ("A community leader in
    one affected Kwara area"): an adjective of the place.  The first words' "the freed
    hostages" and an "of"'s "one of the rescued residents" are left as they were read."""
    return (
        2 <= index < len(words) - 1
        and words[index - 1] in _ADJECTIVE_LEADS
        and words[index - 2].casefold() in _PLACING_PREPOSITIONS
    )


def np_like(
    np: str, lexicon: Lexicon, words: list[str] | None = None, most_words: int = 12
) -> bool:
    """A short phrase (at most `most_words` words) without a finite verb that does not
    start like a clause (`words`: `_words(np)`, when the caller has them already)."""
    if words is None:
        words = _words(np)
    if not words or len(words) > most_words:
        return False
    for index, word in enumerate(words[1:], 1):
        if (
            word.endswith("ed")
            and _VERB_ED.fullmatch(word)
            and word.casefold() not in _ED_ADJECTIVES
            and not (word == "based" and _is_cap(words[index - 1]))  # "UK based", hyphen lost
            # "Two men interviewed said": the participle ends the phrase it describes
            and not (index == len(words) - 1 and words[index - 1].casefold() in _INTERVIEWED)
            # "A community leader in one affected Kwara area said": after an article or
            # "one" in a phrase that places the speaker, the word in -ed describes the
            # noun after it
            and not _adjective_in_place(words, index)
            and not _describes_before_preposition(words, index)
            and not _modifies_after_preposition(words, index)
        ):
            return False
    first = words[0].casefold()
    if first in _PREPOSITIONS or (
        first.endswith("ing") and not _is_cap(words[0]) and first not in _ING_ADJECTIVES
    ):
        return False
    if words[0].endswith("ed") and not _is_cap(words[0]):
        return False
    return _FINITE.search(np, lower_for_caseless(np)) is None


def _unit_number(words: list[str], index: int) -> bool:
    """Whether the word at `index` is a number that ends a unit's name after its
    capitalised word ("Division 30", "Brigade 313"): part of the speaker's name, not a
    figure of the clause before it.  Up to three digits: a year ends a date or a
    possessive ("March 2011", "Gaddafi's 2011 overthrow"), no name."""
    word = words[index]
    return word.isdigit() and len(word) <= 3 and index > 0 and _is_cap(words[index - 1])


def right_to_left(region: str, lexicon: Lexicon) -> str:
    """Read a speaker phrase backwards from the verb, for long comma-less regions."""
    words = _words(region)
    if words and words[-1].casefold() in _PRONOUNS:
        return words[-1]
    taken: list[str] = []
    index = len(words) - 1
    while index >= 0 and len(taken) < 9:
        word = words[index]
        lower = word.casefold().rstrip(".")
        if not taken and _unit_number(words, index):
            taken.insert(0, word)
            index -= 1
            continue
        if lower in _DETERMINERS:
            if index > 0 and words[index - 1].casefold() in ("from", "of", "for") and taken:
                taken.insert(0, word)
                index -= 1
                continue
            taken.insert(0, word)
            break
        if (
            taken
            and taken[0].isupper()
            and len(taken[0]) > 1
            and _is_cap(word)
            and not (word.isupper())
        ):
            break  # FA-KES glue: "Idlib and Aleppo DAESH said" -> DAESH
        if (
            _is_cap(word)
            or lower in lexicon.roles
            or _adjective(word, lexicon)
            # what a role is head of: "the head of communications said"
            or (
                not taken
                and index >= 2
                and word.isalpha()
                and words[index - 1] == "of"
                and words[index - 2].casefold() in lexicon.roles
            )
            or (
                lower in ("and", "of", "for", "from", "in")
                and taken
                and index > 0
                and (
                    _is_cap(words[index - 1])
                    or words[index - 1].casefold() in lexicon.roles
                    or _adjective(words[index - 1], lexicon)
                )
            )
        ):
            taken.insert(0, word)
        else:
            break
        index -= 1
    while taken and taken[0].casefold() in ("and", "of", "for", "from", "in"):
        taken.pop(0)
    return " ".join(taken)


def _adjective(word: str, lexicon: Lexicon) -> bool:
    lower = word.casefold()
    return lower in (
        "military",
        "diplomatic",
        "senior",
        "local",
        "other",
        "several",
        "some",
        "official",
        "security",
        "intelligence",
        "rebel",
        "militant",
        "hard-line",
        "monitoring",
        "rights",
        "news",
        "state",
        "government",
        "defense",
        "defence",
        "foreign",
        "high",
        "top",
        "activist",
        "opposition",
        "western",
        "human",
        "war",
        "field",
        "press",
        "police",
    ) or bool(_HYPHEN_DESCRIPTOR.fullmatch(word + " "))


#: "Sharif Hotak, a member of the provincial council in Maidan Wardak said": a name, then
#: an apposition that runs up to the verb without its closing comma.
_OPEN_APPOSITION = re.compile(
    r"(?:^|[.;:!?\"“”]\s*)(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)+),\s+"
    r"(?:a|an|the)\s+[^,;:\"“”]{3,120}$"
)
#: "Speaking at dawn he", "Speaking to Syrian state TV Barazi": an -ing phrase before the
#: speaker, left in when the comma after it is missing.
_PARTICIPLE_INTRO = re.compile(
    r"^[A-Z][a-z]+ing\s.*?\s(?P<rest>(?:he|she|they|we|I)|[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)*)$"
)
#: "an Observatory toll", "the Observatory report": the count or the report of a named
#: body speaks for that body.
_COUNT_OF_NAME = re.compile(
    r"\b(?P<name>[A-Z][\w'’.-]*)\s+(?:toll|tally|count)$"
    # (a report by a name, not by an acronym: "a UN report" is how the text names it)
    r"|\b(?!(?:The|A|An|Another|One|This|That|These|Those|Its|Their|His|Her|Our|Such|Each"
    r"|Every|Some|Any|No)\s)(?P<body>[A-Z][a-z][\w'’.-]*)\s+report$"
)
#: First letters of the articles a described subject opens with (`note_subject`).
_ARTICLE_INITIALS = frozenset("AT")
#: A role noun and the two- to four-word name it titles, ending the text before a verb.
_ROLE_THEN_NAME = re.compile(
    r"\b(?P<role>[a-z]+)\s+(?P<name>(?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+)\s*$"
)
#: A description whose noun a participle phrase completes ("an Israeli woman freed from
#: Hamas captivity", "a man wounded in the attack", "the boy shot by police").
_PARTICIPLE_DESCRIPTION = re.compile(
    r"(?:an?|the)\s+(?:[\w'’-]+\s+){1,3}?(?:[a-z]+ed|held|taken|shot|hit|born|known|kept)\s+"
    # the participle's phrase, not a finite verb's object or infinitive ("the IRA tried
    # to blame")
    r"(?:from|in|by|at|on|during|after|for|near|over|under|outside|inside)\s"
)
#: The part of `_OPEN_APPOSITION` from its comma on.
_APPOSITION_TAIL = re.compile(r",\s+(?:a|an|the)\s+[^,;:\"“”]{3,120}$")
#: "The mayor of London": a role of a named place or body is the speaker as named.
_ROLE_OF_NAME = re.compile(
    r"^(?:[Tt]he|[Aa]n?)\s+(?:[\w'’-]+\s+){0,2}?(?P<role>[\w'’-]+)\s+of\s+"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*$"
)
#: A relative of a person the phrase names, whatever describes the person ("The wife of
#: opposition leader Alexei Navalny", "The mother-in-law of Scotland's first minister
#: Humza Yousaf"): the relative is the speaker, where a role's holder named after "of" is
#: the role's ("The head of the UN agency Philippe Lazzarini").
_KIN_OF_NAME = re.compile(
    r"(?:[Tt]he|[Aa]n?)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:(?:mother|father|son|daughter|brother|sister)(?:-in-law)?|wife|husband|widow(?:er)?"
    r"|grand(?:mother|father|son|daughter)|uncle|aunt|cousin|nephew|niece|parents|relatives"
    r"|family|fianc[ée]e?)\s+of\s+[^,;:]*[A-Z][\w'’.-]*$"
)
#: An apposition that gives an office: a lower-case role, then what it is of ("president
#: of the newly formed National Committee …", "head of the recently created council").
_OFFICE_DESCRIPTION = re.compile(r"[a-z]+\s+(?:of|for|at)\s")
#: A capitalised role of a body or place without an article ("Interim Minister of
#: Health", "Governor of Homs"), at most two words after "of".
_TITLE_OF_BODY = re.compile(
    r"(?:[A-Z][\w'’-]*\s+){0,2}(?P<role>[A-Z][\w'’-]*)\s+of\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?"
)
#: "A senior NDS official in Kabul", "a spokesman at the hospital in Kafr Takharim": a
#: described speaker located by a place with a name after its first preposition.
_LOCATED_ROLE = re.compile(
    rf"^(?P<described>.+?)\s+{_LOCATING}\s+(?P<place>(?:[\w'’.&-]+\s+){{0,7}}[\w'’.&-]+)$"
)


def left_np(masked: str, verb: int, lexicon: Lexicon, participle: bool = False) -> str | None:
    """Speaker phrase before a reporting verb at masked[verb:], or None.

    `participle` marks -ing cues, whose subject may follow "with" ("with Washington
    warning of …")."""
    return _left_np(masked[max(0, verb - 300) : verb], lexicon, participle)


def _may_open_with_name(opening: list[str]) -> bool:
    """Whether `_OPENING_NAME` can match a sentence whose `split(None, 2)` is `opening`.

    Why: the pattern is tried on every sentence and matches few, and its failing tries
    (the optional time, then the run's repeat) cost several times these tests.  Its run
    of names needs two words, the second capitalised or a particle, unless a time opens
    the sentence, whose first word is then one of `_OPENING_TIME_WORDS` or a day's name
    (a comma may follow).  `str.split` breaks where the pattern's `\\s` matches (both
    test `str.isspace`), and the run's first word is possessive, so it is the sentence's
    first word and its second word the one after it."""
    if len(opening) < 2:
        return False
    second = opening[1]
    if "A" <= second[0] <= "Z" or second in _NAME_RUN_PARTICLES:
        return True
    first = opening[0].rstrip(",")
    return first in _OPENING_TIME_WORDS or first.endswith("day")


class LeftPhrases:
    """`left_np` for the sentences of an article, with the lexicon it reads them by:
    statements, positions and stances ask for the phrase before the same word of a
    sentence ("warned", "demanded"), each answer kept (`_phrase_before`)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def find(self, masked: str, verb: int, participle: bool = False) -> str | None:
        """`left_np(masked, verb, self.lexicon, participle)`."""
        return _phrase_before(masked[max(0, verb - 300) : verb], self.lexicon, participle)


#: A run of spaces (`_phrase_before`).
_SPACE_RUN = re.compile(r" {2,}")
#: A blanked quotation or link inside a line: three spaces or more after a character
#: (a line's indent follows its break).
_BLANK_IN_LINE = re.compile(r"(?<=\S) {3,}")


def after_last_blank(head: str) -> str | None:
    """The words after the last blanked quotation or link inside a line of `head`, or
    None when it holds none (`_phrase_before`)."""
    ends = [blank.end() for blank in _BLANK_IN_LINE.finditer(head)]
    return head[ends[-1] :] if ends else None


#: A fronted clause of a gerund that a phrase search ran into ("By labeling its victims
#: as Hamas"): no speaker, the subject after it is.
FRONTED_GERUND = re.compile(r"(?:By|After|Before|While|When|Since|Instead\s+of)\s+[a-z]+ing\b")


@lru_cache(maxsize=8192)
def _phrase_before(head: str, lexicon: Lexicon, participle: bool) -> str | None:
    """The speaker phrase at the end of `head`, the text before a verb (`LeftPhrases`).

    Memoised (bounded) across articles, not per article: the answer depends on the
    head alone, and wire copy repeats its formulae ("The claims could not be
    independently verified.", "…, according to the general staff.") from one article
    to the next as well as within one."""
    after_blank = None
    if "   " in head:
        # a blanked quotation or Markdown link address is no length of words: the
        # windows below count characters ("Reznikov, in an [interview with …
        # program,](https://…) confirmed")
        after_blank = after_last_blank(head)
        head = _SPACE_RUN.sub(" ", head)
    # "X, who …, during his stint in charge, acknowledged": a relative clause set
    # off by commas before the verb goes whole (`_left_phrase`), with the asides in it
    if ", who" not in head or not head.rstrip().endswith(","):
        head = _without_interjections(head)
    found = _left_np(head, lexicon, participle)
    if (found is None or FRONTED_GERUND.match(found)) and after_blank and after_blank[0].isupper():
        # 'Speaking at the conference titled “Regional Security Summit,” Jassim
        # Al-Budaiwi emphasized', 'By labeling its victims as "collaborators," Hamas is
        # seeking to justify …': the comma blanked with the title or the quoted words
        # ended the fronted clause before the name
        found = _left_np(after_blank, lexicon, participle)
    return found


#: "X, commander of Y, based at Basra said": a closing participle phrase that locates the
#: speaker, read as if absent (the apposition before it names the speaker).
#: A document's reader is no speaker either ("The joint report seen by Reuters said").
_LOCATING_PARTICIPLES = (
    *("based", "stationed", "headquartered", "located", "standing", "speaking", "writing"),
    *("seen", "obtained", "reviewed"),
    *("traveling", "travelling"),
)
_LOCATING_PARTICIPLE = re.compile(
    rf"(?:,\s*|(?<=\w)\s+)(?:{'|'.join(_LOCATING_PARTICIPLES)})\s+"
    r"(?:at|in|on|from|near|to|by|with)\s+[^,;:“”\"]{1,40}?,?\s*$"
)


def _may_hold_locating_participle(near: str) -> bool:
    """Whether the last 80 characters of a head (`near`), where a `_LOCATING_PARTICIPLE`
    match starts, hold one of its participles (`_LOCATING_PARTICIPLES`): most hold none,
    and these few `in` tests cost a small part of the search, which tries the pattern
    after every space."""
    return any(participle in near for participle in _LOCATING_PARTICIPLES)


#: The prepositions an aside set off by commas opens with ("Lord Dannatt, in an article
#: for The Daily Telegraph, said"; `statements._AND_ASIDE_BEFORE`).
ASIDE_PREPOSITIONS = "in|on|at|during|after|before|from|via|through"
_INTERJECTED_PHRASE = re.compile(
    rf",\s*(?:{ASIDE_PREPOSITIONS}|speaking\s+(?:to|on|at|in))\s+"
    r"[^,;:“”\"]{1,60},\s*$"
    # "Hagel, confirming a change in the drawdown schedule, said"
    r"|(?<=[A-Za-z]),\s*[a-z]+ing\s+[^,;:“”\"]{1,100},\s*$"
)


#: A time between a speaker and the verb, commas or not ("Breedlove in June told",
#: "the ministry on Monday said", "Kerry last week said", "President Reagan for the
#: first time admitted", "…, Oleksandr Syrskyi, on February 23 stated").
_TIME_AT_END = re.compile(
    rf"(?<=[\w.,])\s+(?:(?:in|on|early|late|earlier|later)\s+(?:{CALENDAR_WORDS}|\d{{4}})"
    r"(?:\s+\d{1,4})?|(?:last|this|earlier\s+this|late\s+last)\s+(?:week|month|year"
    rf"|{CALENDAR_WORDS})|for\s+the\s+(?:first|second|third|last)\s+time)\s*$",
    re.IGNORECASE,
)
#: The last words `_TIME_AT_END` can end with, lower-cased (a number ends it too).
_TIME_END_WORDS = frozenset((*CALENDAR_WORDS[3:-1].split("|"), "week", "month", "year", "time"))


def _may_end_in_time(tail: str) -> bool:
    """Whether `_TIME_AT_END` can match where it is searched, in `tail`, the head's last 40
    characters: the time it ends with is the tail's last word, set off by whitespace.

    Why: "in " and "on " pass the substring test before it in most heads, and its search
    tries every place in the tail.  Its words are matched case-blind, which also takes a
    few letters that are not ASCII ("ſ" for "s"): a last word that is not ASCII is
    searched as before."""
    words = tail.rsplit(None, 1)
    if not words:
        return False
    last = words[-1]
    return not last.isascii() or last.isdigit() or last.lower() in _TIME_END_WORDS


#: Where a speaker posted, between the speaker and the verb ("Lucha on Twitter said", "the
#: army on its Facebook page said"): a platform or a website is never the speaker.
_PLATFORM_AT_END = re.compile(
    r"(?<=[\w.])\s+(?:on|via)\s+(?:(?:its|his|her|their)\s+(?:official\s+)?)?"
    r"(?:Twitter|Facebook|Telegram|Instagram|YouTube|TikTok|WhatsApp|Weibo|WeChat|X"
    r"|social\s+media|(?:web\s*)?site)(?:\s+(?:account|page|channel|feed))?"
    r"(?:\s+(?:also|again|later|earlier|[a-z]+ly))?\s*$"
)


#: A document's publishing between it and the verb ("A statement released on Monday
#: said", "An alert sent shortly before 8 a.m. today said"), read as if absent; not the
#: issuer after "by" ("a statement issued by the brigade said"), who speaks for it.
_PUBLISHED_AT_END = re.compile(
    r"\b(?P<document>statements?|reports?|alerts?|releases?|communiqu[eé]s?|bulletins?"
    r"|letters?|memos?|announcements?|advisory|posts?)"
    r"\s+(?:released|issued|published|sent|posted|circulated|distributed|broadcast|aired"
    r"|dated|put\s+out)(?:\s+(?:(?!\bby\b)[^,;:“”\"]){1,50}?)?\s*$",
    re.IGNORECASE,
)
#: What may stand before that document: nothing, or its determiner and a few modifiers
#: ("The army's latest statement released …"), so that the document is the subject, not
#: where or after what something was said ("In a statement issued early Sunday the
#: coalition said", "Following a report published on Monday the ministry said").
_DOCUMENT_OPENS_CLAUSE = re.compile(
    r"\s*(?:(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|[Tt]hat)\s+"
    r"(?:[\w’'.-]+\s+){0,3})?"
)


def _without_interjections(head: str) -> str:
    """The text before a verb without what is interjected between the speaker and
    the verb: adverbs, a time, a locating participle phrase, a document's publishing, or
    a prepositional phrase set off by commas ("Lord Dannatt, in an article for The Daily
    Telegraph, said")."""
    tail = head[-40:]
    if (
        " last " in tail or " this " in tail or "in " in tail or "on " in tail or " time" in tail
    ) and _may_end_in_time(tail):
        time = _TIME_AT_END.search(head, max(0, len(head) - 40))
        if time:
            head = head[: time.start()] + " "
    if "on " in tail or "via " in tail:
        platform = _PLATFORM_AT_END.search(head, max(0, len(head) - 40))
        if platform:
            head = head[: platform.start()] + " "
    if head.endswith((", ", ",\n")):
        interjected = _INTERJECTED_PHRASE.search(head, max(0, len(head) - 130))
        if interjected:
            return head[: interjected.start()] + " "
    end = head[-60:]
    if ("ed " in end or "ing " in end or "seen " in end) and _may_hold_locating_participle(
        head[-80:]
    ):
        locating = _LOCATING_PARTICIPLE.search(head, max(0, len(head) - 80))
        if locating:
            return head[: locating.start() + 1] + " "  # keeps the comma, or a space
    if "ed " in end or "sent " in end or "out " in end or "broadcast " in end:
        published = _PUBLISHED_AT_END.search(head, max(0, len(head) - 90))
        if published and _DOCUMENT_OPENS_CLAUSE.fullmatch(head, 0, published.start()):
            return head[: published.end("document")] + " "
    # (`not head.isspace()`: whether anything but whitespace is left, without stripping
    # a copy of the head.)
    last = head.rsplit(None, 1)[-1] if end[-1:].isspace() and not head.isspace() else ""
    if not (last.endswith("ly") or last in _PLAIN_ADVERBS):
        return head  # the usual case: no adverb right before the verb
    adverbs = _ADVERBS_AT_END.search(head)
    if adverbs is None or any(word in _NOUNS_IN_LY for word in adverbs.group().split()):
        return head
    if last in _PLACE_ADVERBS and _after_a_verb_to_be(head[: adverbs.start()]):
        return head  # "Whilst I was there reports came through": where someone was
    return head[: adverbs.start()]


def _after_a_verb_to_be(text: str) -> bool:
    """Whether the text ends with a form of "be", so that a "there" after it is its
    predicate ("I was there"), not where the speaker before the verb is."""
    words = text.rsplit(None, 1)
    return bool(words) and words[-1].casefold() in _FORMS_OF_BE


#: How a described person is given a name the reporter was told ("one man, who gave his
#: name only as Steven,", "a resident identified only as Abu Omar", "A medical doctor
#: going by the name of Dr. Shajul Islam for fears for his own safety"), then the name.
_GIVEN_NAME = (
    r"(?:who\s+)?(?:(?:gave|gives|giving|give)\s+(?:only\s+)?(?:his|her|their)\s+"
    # … or the name after a comma: "who gave only his first name, Taras,"
    r"(?:first\s+|full\s+|real\s+)?name\s*(?:\s(?:only\s+)?as|,)"
    r"|(?:(?:asked|asking)\s+to\s+be\s+)?identified\s+(?:(?:him|her)self\s+)?(?:only\s+)?as"
    # a name taken for war or the air: "who uses the nom de guerre Abu Hamza al-Halabi"
    r"|(?:who\s+)?(?:uses|used|goes\s+by|went\s+by)\s+the\s+"
    r"(?:nom\s+de\s+guerre|pseudonym|call\s*sign|alias)"
    r"|going\s+by\s+the\s+name\s+(?:of\s+)?|known\s+only\s+as)\s+"
    r"(?P<name>(?:(?:Dr|Mr|Mrs|Ms)\.?\s+)?[A-Z][\w’'-]*"
    r"(?:\s+(?:[A-Z][\w’'-]*|al-[\w’'-]+|bin|ibn)){0,3})"
    # why the name is all they gave: "for fear of reprisals"
    r"(?:,?\s+(?:for\s+fears?\s+(?:of|for)|out\s+of\s+fear|because)\b[^,;:“”\"]{0,60})?"
)
#: Words one of `_GIVEN_NAME`'s forms holds, a cheap test before its pattern.
_GIVEN_NAME_WORDS = (
    " as ",
    " name",
    " nom de guerre ",
    " pseudonym ",
    " sign ",
    " callsign ",
    " alias ",
)


def _may_give_a_name(window: str) -> bool:
    """Whether `_GIVEN_NAME` may match in a window of text: one of its words is there."""
    return any(word in window for word in _GIVEN_NAME_WORDS)


#: The described speaker's given name at the end of the text before the verb.
_GIVEN_NAME_AT_END = re.compile(rf"\s{_GIVEN_NAME},?\s*$")
#: The described speaker's given name right after them, after the verb ("said a woman
#: who gave her name as Maria").
_GIVEN_NAME_AFTER = re.compile(
    rf"\s*(?:(?:an?|one|the)\s+)?(?:[a-z-]+\s+){{0,3}}[a-z]+,?\s+{_GIVEN_NAME}"
)


def _blank_parentheses(text: str) -> str:
    """The text with each parenthesis (and ticker, `_PARENS`) blanked out, offsets kept:
    it holds no verb or speaker of the clause around it."""
    if "(" not in text:
        return text
    return _PARENS.sub(lambda m: " " * len(m.group()), text)


def _left_np(head: str, lexicon: Lexicon, participle: bool) -> str | None:
    """`left_np` given the text before the verb (at most 300 characters of it)."""
    head = _blank_parentheses(head)
    if _may_give_a_name(head[-130:]):
        given = _GIVEN_NAME_AT_END.search(head, max(0, len(head) - 200))
        if given:
            return given.group("name")
    phrase = _left_phrase(head, lexicon, participle)
    stripped = head.rstrip()
    last_start = max(stripped.rfind(" "), stripped.rfind("\n")) + 1
    if (
        last_start < len(stripped)
        and stripped[last_start].isupper()
        and (phrase is None or not phrase.endswith(stripped[last_start:]))
    ):
        # "Those who were executed are all al-Sheitaat Observatory director Rami
        # Abdelrahman said" (commas lost): the phrase found stops short of the role and
        # the name it titles, right before the verb
        titled = _ROLE_THEN_NAME.search(head, max(0, len(head) - 80))
        if titled and titled.group("role") in lexicon.roles:
            return titled.group("name")
    return phrase


#: A place set off after the last word of an institution's name, at the end of the text
#: before a verb ("… at All Souls College, Oxford, "), and a description set off after a
#: name before it (`_left_phrase`).  Only institutions that sit in a town: after "the
#: leader of Hezbollah, Nasrallah," the word is the leader's name.
_PLACE_AFTER_NAMED_BODY = re.compile(r"\b(?P<body>[A-Z][\w’'-]*)(?P<place>,\s+[A-Z][a-z]+,\s*)$")
_SEATED_INSTITUTIONS = frozenset(
    (
        *("college", "university", "institute", "school", "academy", "hospital"),
        *("centre", "center", "office", "museum", "foundation", "library"),
    )
)
_DESCRIPTION_SET_OFF = re.compile(r"\w,\s+(?:an?|the)\s+[a-z]")


def _left_phrase(head: str, lexicon: Lexicon, participle: bool) -> str | None:
    """`_left_np` but for a name titled by a role right before the verb."""
    whose = max(head.rfind(", whose "), head.rfind(", who "))
    if whose > 0 and head.rstrip().endswith(","):
        # "Bill Richard, whose 8-year-old son, Martin, was killed, said", "Lt Col Slack,
        # who lost one soldier Lance Corporal James Brynin, 22, of the Intelligence
        # Corps, during his stint in charge, acknowledged": the relative clause
        # describes the speaker before it, and the names in it are others'; read
        # without its comma when the speaker follows a fronted phrase ("In a setback
        # for Johnson, respected MP Mark Harper, who formerly served as chief whip, said")
        described = _left_phrase(head[:whose] + ", ", lexicon, participle)
        return described or _left_phrase(head[:whose], lexicon, participle)
    if head.rstrip().endswith(","):
        located = _PLACE_AFTER_NAMED_BODY.search(head, max(0, len(head) - 60))
        if (
            located is not None
            and located.group("body").casefold() in _SEATED_INSTITUTIONS
            and _DESCRIPTION_SET_OFF.search(head, 0, located.start())
        ):
            # "Stefan Talmon, a professor … at All Souls College, Oxford, told": the
            # place after a body's name says where the body is, and the description
            # set off before it describes the speaker named before that
            return _left_phrase(head[: located.start("place")] + ", ", lexicon, participle)
    apposition = _open_apposition(head)
    if apposition and person_name(apposition.group("name"), lexicon) == apposition.group("name"):
        return apposition.group("name")
    near = head[-120:]
    if " that " in near or " which " in near:
        # "The Palmyra Coordination Committee a local group that supports protest and
        # resistance against the Syrian government reported" (commas lost): the body
        # named before its description, whose relative clause the cut below would keep
        described = _described_source_at_end(head, lexicon)
        if described and not _INDEFINITE_START.match(described):
            return described
    if " monitors " in near or " tracks " in near or "tracking " in near or "monitoring " in near:
        monitoring = _MONITORING_CLAUSE.search(head, max(0, len(head) - 120))
        if monitoring:
            return monitoring.group("speaker")
    relative = _relative_subject(head)
    if relative and relative.group(1) in _PLURAL_OR_BODY_PRONOUNS:
        # "the alert, which they claim indicates …": they, whom the sentence's subject
        # or the last speakers are ("which she said" finds its speaker named before it)
        return relative.group(1)
    if (
        relative
        and np_like(relative.group(1), lexicon)
        and (
            _is_cap(relative.group(1))
            or relative.group(1).split()[0].casefold() in _DETERMINERS
            or _bare_role_phrase(relative.group(1), lexicon)
        )
    ):
        # "Ouadi Doum, which Chad said cost …"; "a house, which witnesses said was
        # destroyed …": a role noun without an article names a speaker as well
        return strip_np(relative.group(1))
    region = _clause_phrase(head[_clause_start(head, participle) :], lexicon)
    if region and not _ends_a_speaker(region.rsplit(None, 1)[-1], lexicon):
        # "… the Independent Doctors Association a group of Syrian doctors that supports
        # clinics in the city said": the clause after "that" is the description's
        region = _described_source_at_end(head, lexicon) or region
    if (
        region
        and region not in _PRONOUNS
        and (not region[:1].isupper() or region.startswith("The ") or _HAS_OF_FOR_AT.search(region))
    ):
        # "… Rami Abdel Rahman the head of SOHR said", "… Robert Mardini ICRC regional
        # director for the Middle East told": commas lost, the description after the
        # person's name is no speaker of its own
        person = _person_before_description(head, lexicon)
        if person and (region.startswith(person) or person not in region):
            return person
    if region:
        if region.split()[0].casefold() in _DETERMINERS:
            segments = _SEGMENT_SPLIT.split(head)
            # The description is set off by commas ("J. Peter Donald, a police spokesman,
            # posted"), or is indefinite and lost its closing comma ("…, a member of the
            # House Intelligence Committee told"); "…, the official said" after a clause
            # is the official named before, not a description of the clause's last phrase
            set_off = not segments[-1].strip() or _INDEFINITE_START.match(region)
            if len(segments) >= 3 and set_off:
                segment = segments[-2]
                previous = strip_np(_cut(segment, lower_for_caseless(segment)))
            else:
                previous = ""
            if previous and np_like(previous, lexicon) and _has_name(previous):
                if person_name(previous, lexicon) is None:
                    # "Adam B. Schiff, Democrat of California, a member of …": a second
                    # description, the person's name before it
                    first = segments[-3]
                    person = person_name(strip_np(_cut(first, lower_for_caseless(first))), lexicon)
                    if person and " " in person:
                        return person
                return previous  # "J. Peter Donald, a police spokesman, posted"
            named = (
                _NAME_BEFORE_DESCRIPTION.fullmatch(head[: head.rfind(region)].rstrip())
                if region.rsplit(None, 1)[-1].casefold() in _DESCRIBED_BODIES
                else None
            )
            name = strip_np(named.group("name")) if named else ""
            words = name.removeprefix("The ").split()
            if words and len(words) <= 8 and words[0].casefold() not in _NOT_NAMES:
                # "The Syrian Observatory for Human Rights a British-based monitoring group
                # said": the comma-less apposition describes the name before it.
                return name
        return region
    return _apposition(head, lexicon)


#: People known only by a description, which a relative clause or a participle after
#: them completes (`_DESCRIBED_BY_CLAUSE`).
_DESCRIBED_PEOPLE = _INTERVIEWED | frozenset(
    (
        *("man", "woman", "locals", "resident", "witness", "survivor", "source", "sources"),
        *("forces", "rebels", "fighters", "troops", "soldiers", "activists", "doctors"),
        "workers",
    )
)
#: What opens the words that tell a described person apart (`_DESCRIBED_BY_CLAUSE`),
#: besides a participle.
_DESCRIBING_LEADS = ("who", "involved in", "close to", "familiar with")
#: A described speaker and what tells them apart, before the reporting verb ("One man who
#: came out of the theater said", "residents who managed to flee el-Fasher have told",
#: "One source involved in the negotiations with the Taliban said", "Kurdish forces
#: defending Kobani urged"): annotators keep it.
_DESCRIBED_BY_CLAUSE = re.compile(
    r"\s*(?P<speaker>(?:(?:[Oo]ne|[Aa]n?|[Tt]he|[Ss]ome|[Mm]any|[Oo]ther|[Tt]wo|[Tt]hree)\s+)?"
    r"(?:[A-Za-z][\w-]*\s+){0,2}?(?P<noun>[A-Za-z][a-z]+)"
    rf"\s+(?:{'|'.join(lead.replace(' ', r'\s+') for lead in _DESCRIBING_LEADS)}"
    # a participle ("Kurdish forces defending Kobani urged"), not a preposition in -ing
    r"|(?!(?:during|including|according|following|regarding|concerning)\b)[a-z]{3,}ing)"
    r"\s+[\w'’.-]+(?:\s+[\w'’.-]+){0,7}?)"
    r"(?:\s+(?:have|has|had))?\s*"
)


#: The first words of `_DESCRIBING_LEADS`, for `_may_be_described_by_clause`.
_DESCRIBING_FIRST_WORDS = frozenset(lead.split()[0] for lead in _DESCRIBING_LEADS)
#: The most words `_DESCRIBED_BY_CLAUSE` reads: a determiner, two words, the noun, a
#: two-word lead, eight words after it and "have".
_DESCRIBED_MOST_WORDS = 15


def _may_be_described_by_clause(phrase: str) -> bool:
    """Whether `_DESCRIBED_BY_CLAUSE.fullmatch(phrase)` can match (False only where it
    cannot).

    Why: the full match backtracks through every split of a long phrase into noun and
    clause, some 56,000 instructions a phrase, while nearly every phrase before a
    reporting verb lacks what the pattern needs: at most `_DESCRIBED_MOST_WORDS`
    whitespace-separated words, and after the noun (the first to fourth word) a lead of
    `_DESCRIBING_LEADS` or a participle in -ing."""
    words = phrase.split(None, _DESCRIBED_MOST_WORDS)
    return len(words) <= _DESCRIBED_MOST_WORDS and any(
        word in _DESCRIBING_FIRST_WORDS or word.endswith("ing") for word in words[1:5]
    )


def _names_a_document(clause: str) -> bool:
    """Whether one of `_DOCUMENT_KINDS` is in the clause, which `_DOCUMENT_ISSUER` needs.

    Why: the pattern opens with an optional blank and an article, so a search tries it
    at nearly every character of the clause (some 27,000 instructions a clause), while
    a clause before a reporting verb seldom names a statement or a report; a few
    substring tests cost far less."""
    return any(kind in clause for kind in _DOCUMENT_KINDS)


def _described_by_clause(phrase: str) -> str | None:
    """The described person and what tells them apart, when `phrase` is one
    (`_DESCRIBED_BY_CLAUSE`), else None."""
    if not _may_be_described_by_clause(phrase):
        return None
    described = _DESCRIBED_BY_CLAUSE.fullmatch(phrase)
    if described is None or described.group("noun").casefold() not in _DESCRIBED_PEOPLE:
        return None
    return described.group("speaker")


#: Items a fact check checks, named with where they went round ("A post shared on
#: Facebook", "A video posted on TikTok", "an image circulating online").
_SHARED_ITEMS = frozenset(
    (
        *("post", "posts", "video", "videos", "tweet", "tweets", "image", "images", "photo"),
        *("photos", "message", "messages", "caption", "graphic", "meme", "clip", "clips"),
        *("screenshot", "article", "story", "letter", "claim", "claims", "headline", "reel"),
    )
)
#: Such an item, then a participle of sharing and where ("shared on Facebook", "posted
#: to X", "making the rounds online"); not one issued "by" someone, who speaks.
_SHARED_ITEM = re.compile(
    r"\s*(?P<item>(?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Tt]his|[Tt]hat)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?P<noun>[A-Za-z][a-z]+))\s+"
    r"(?:shared|posted|published|circulated|circulating|uploaded|spreading|viewed|sent"
    r"|making\s+the\s+rounds|going\s+viral)\b(?!\s+by\b)[^,;:()\"“”]*"
)
#: The words `_SHARED_ITEM`'s participles start with (`_may_share`).
_SHARING_WORDS = (
    *("shared", "posted", "published", "circulat", "uploaded", "spreading", "viewed"),
    *("sent", "making the rounds", "going viral"),
)


def _may_share(clause: str) -> bool:
    """Whether the clause holds a word `_SHARED_ITEM` needs (spares most clauses its scan)."""
    return any(word in clause for word in _SHARING_WORDS)


@lru_cache(maxsize=8192)
def _clause_phrase(clause: str, lexicon: Lexicon) -> str:
    """The speaker phrase of the clause before a reporting verb: up to a relative clause
    or parenthesis, read right to left when that is not a short noun phrase; a
    described person with the clause that describes them (`_DESCRIBED_BY_CLAUSE`).

    Memoised (bounded): it depends on the clause alone, and the same few phrases ("the
    ministry", "officials", "he") introduce most statements, while the text before the
    clause rarely repeats."""
    described = _described_by_clause(clause)
    if described is not None:
        return described
    shared = _SHARED_ITEM.fullmatch(clause) if _may_share(clause) else None
    if shared is not None and shared.group("noun").casefold() in _SHARED_ITEMS:
        # "A post shared on Facebook claims": the post, not where it was shared
        return strip_np(shared.group("item"))
    issued = _DOCUMENT_ISSUER.search(clause) if _names_a_document(clause) else None
    if issued is not None:
        # "a statement attributed to the field commander … said": whole, for the
        # tracker to resolve to its issuer (`SpeakerTracker.resolve`)
        return strip_np(clause[issued.start() :])
    if " that " in clause:
        clause = _before_relative_that(clause)
    region = strip_np(_cut(clause, lower_for_caseless(clause)))
    words = _words(region)
    if len(words) > 8 or (words and not np_like(region, lexicon, words)):
        located = _LOCATED_LEAD.match(region)
        if (
            located is not None
            and located.group("role") in lexicon.roles
            and np_like(region, lexicon, words, most_words=24)
        ):
            # "An army officer at the headquarters of Mali's former military junta in
            # Bamako said": a long phrase that only places the role before it; a place
            # of a few words stays ("A spokesman at the hospital in Kafr Takharim in
            # Idlib said")
            place = _LOCATING_PHRASE.fullmatch(region, located.end("np"))
            if place is not None:
                words = place.group("place").split()
                if _place_length(words, lexicon) == len(words):
                    return region
            return located.group("np")
        read_back = strip_np(right_to_left(clause, lexicon))
        if read_back and _ends_a_speaker(read_back.rsplit(None, 1)[-1], lexicon):
            return read_back
        return _described_source_at_end(clause, lexicon) or read_back
    if " a" in region:
        glued = _GLUED_SOURCE.search(region)
        if glued and glued.group("source").rsplit(None, 1)[-1].casefold() in lexicon.roles:
            # "… an extremist-led counterattack in northern Syria a monitor said": the
            # comma before the source was lost
            return glued.group("source")
    return region


def _person_before_description(head: str, lexicon: Lexicon) -> str | None:
    """The person's name before a comma-less description that ends the text before a
    speech verb (`_PERSON_THEN_DESCRIPTION`), or None."""
    if _HAS_OF_FOR_AT.search(head, max(0, len(head) - 90)) is None:
        return None  # (the description's "of", "for" or "at" is near the verb)
    found = _PERSON_THEN_DESCRIPTION.search(head, max(0, len(head) - 160))
    if found is None or (found.group("role") and found.group("role") not in lexicon.roles):
        return None
    name = found.group("name")
    return name if " " in name and person_name(name, lexicon) == name else None


def _described_source_at_end(clause: str, lexicon: Lexicon) -> str | None:
    """The source a long comma-less clause ends with, described after an indefinite
    article ("… in the northern city a group tracking the violence said"), or the name
    that description follows ("… in Aleppo the Independent Doctors Association a group
    of Syrian doctors that supports clinics in the city said"); None without one."""
    # The description runs to the clause's end and holds no `_DESCRIPTION_STOPS` mark:
    # only the articles after the last such mark can start it (an article match holds
    # none, so the scan from there finds what a scan of the clause finds there).
    after = _last_stop(clause) + 1
    for article in reversed(list(_INDEFINITE_START.finditer(clause, after))):
        described = _DESCRIBED_SOURCE.fullmatch(clause, article.start())
        if (
            described is None
            or described.group("role") not in lexicon.roles
            or described.group("source").rsplit(None, 1)[-1] in ("and", "or", "but")
        ):
            continue  # "relies on a network of sources inside Syria and says": a verb follows
        if described.group("role") not in _DESCRIBED_BODIES:
            return described.group("source")
        named = _NAME_ENDING.search(clause, 0, article.start())
        return (
            named.group("name")
            if named
            else _bare_name_before(clause, article.start()) or described.group("source")
        )
    return None


def _bare_name_before(clause: str, end: int) -> str | None:
    """The body's name without "the" that clause[:end] ends with, its opening
    `_NOT_NAMES` words dropped ("On Monday Syria Civil Defence" -> "Syria Civil Defence"),
    or None when fewer than two words are left.

    Why: commas lost (FA-KES), "Syria Civil Defence a Syrian rescue service operating in
    rebel-held territory said" is the body named before its description speaking, as
    "the Syrian Observatory … a British-based monitoring group said" is."""
    named = _BARE_NAME_ENDING.search(clause, 0, end)
    if named is None:
        return None
    words = named.group("name").split()
    while words and words[0].casefold() in _NOT_NAMES:
        words = words[1:]
    return " ".join(words) if len(words) >= 2 else None


def _last_stop(clause: str) -> int:
    """Offset of the clause's last `_DESCRIPTION_STOPS` mark, -1 when it has none.

    Why: `_DESCRIBED_SOURCE` is matched to the clause's end from each indefinite
    article in it, some 60,000 instructions a clause, while the text before a reporting
    verb is mostly set off by commas and periods that no description holds."""
    last = -1
    for stop in _DESCRIPTION_STOPS:
        last = max(last, clause.rfind(stop))
    return last


def _open_apposition(head: str) -> re.Match[str] | None:
    """`_OPEN_APPOSITION.search(head.rstrip())`, skipped when it cannot match: the comma
    before the apposition has no comma after it, so it is the head's last comma, and the
    apposition's start ("a", "an", "the") must follow it.  Most heads end in a space and
    many have no comma, so the head is stripped only once one is found."""
    comma = head.rfind(",")
    if comma < 0:
        return None
    head = head.rstrip()
    if _APPOSITION_TAIL.match(head, comma) is None:
        return None
    return _OPEN_APPOSITION.search(head)


def _bare_role_phrase(phrase: str, lexicon: Lexicon) -> bool:
    """Whether a phrase is a role noun with at most one modifier and no article
    ("witnesses", "local officials"): a relative clause's subject then, where a longer
    one is the clause's verb and object ("who runs the UK-based Observatory said")."""
    words = phrase.split()
    return len(words) <= 2 and words[-1].casefold() in lexicon.roles


def _relative_subject(head: str) -> re.Match[str] | None:
    """`_RELATIVE_SUBJECT.search(head)`, skipped when it cannot match: the pronoun ends
    one of the last six words but the very last (a subject of up to four words and an
    auxiliary follow it), so most heads need no scan."""
    # Words hold no whitespace, so "who " in the joined words is a word ending in "who".
    joined = " ".join(head.rsplit(None, 6)[-6:-1]) + " "
    if not (
        "which " in joined
        or "who " in joined
        or "whom " in joined
        or "that " in joined
        or "what " in joined
    ):
        return None
    return _RELATIVE_SUBJECT.search(head)


#: A relative clause with "that" right after its noun, opened by its verb ("accounts
#: that track the conflict", "Groups that monitor the fighting"), where "that" after a
#: verb opens what was said ("warned that the militia", "says that police").
_RELATIVE_THAT = re.compile(
    r"\b(?P<head>[A-Za-z][\w-]*)\s+(?P<that>that)\s+"
    r"(?!(?:the|a|an|this|these|those|its|their|his|her|our|my|your|it|they|he|she|we|you"
    r"|i|there|some|many|most|all|no|any|such|each|every|one|two|three|several|both"
    r"|police|people|officials|troops|forces|civilians|residents|nobody|none|if|when"
    r"|while|as|because|after|before|since|unless|is|was|are|were|has|had|have|will"
    r"|would|could|should|may|might|must|can|not)\b)[a-z][a-z-]*\b"
)
#: Verbs in "-s" and other words that "that" may follow as the start of a clause said
#: or thought, or as a determiner ("when that nation's Defense Ministry confirmed").
_NOT_NOUNS_BEFORE_THAT = frozenset(
    (
        *("when", "while", "since", "after", "before", "so", "and", "but", "or", "now", "such"),
        *("given", "except", "in", "of", "to", "on", "at", "by", "for", "with", "from"),
        *("about", "than", "because", "if", "as", "all", "like", "say", "said", "told", "tell"),
        *("know", "think", "believe", "hope", "fear", "feel", "claim", "warn", "insist"),
        *("argue", "says", "claims", "warns", "insists", "believes", "argues", "thinks"),
        *("knows", "means", "shows", "suggests", "hopes", "fears", "feels", "adds", "notes"),
        *("states", "stresses", "reports", "denies", "alleges", "admits", "asserts"),
        *("maintains", "acknowledges", "confirms", "reveals", "indicates", "predicts"),
        *("concludes", "explains", "is", "was", "ensures", "agrees", "demands", "recommends"),
        *("proposes", "announces", "understands"),
    )
)


#: The most words on either side of a relative "that" in a speaker's clause.
_RELATIVE_WORDS = 6


def _relative_that_at(clause: str) -> int:
    """Where the first relative "that" after a noun starts in the clause (the phrase
    before a reporting verb: "Experts and open-source intelligence accounts that track
    the conflict said"), or -1."""
    for relative in _RELATIVE_THAT.finditer(clause):
        head = relative.group("head").casefold()
        if (
            head not in _NOT_NOUNS_BEFORE_THAT
            and not head.endswith("ed")
            # a short clause between the noun and the reporting verb, after a short
            # subject: in a long sentence whose commas were lost, "that" may open any
            # clause ("an attack on a hospital that took Syria's civil war to … a
            # monitoring group said")
            and len(clause[relative.end("that") :].split()) <= _RELATIVE_WORDS
            and len(clause[: relative.start("that")].split()) <= _RELATIVE_WORDS
        ):
            return relative.start("that")
    return -1


def _before_relative_that(clause: str) -> str:
    """The clause up to its relative clause with "that" (`_relative_that_at`), or the
    clause itself: the subject's noun phrase ends before it."""
    at = _relative_that_at(clause)
    return clause if at < 0 else clause[:at].rstrip()


def _cut(region: str, lowered: str | None) -> str:
    """Region up to a relative clause or parenthesis (`lowered`: `lower_for_caseless`)."""
    if lowered is not None and "(" not in region and not _has_cut_word(lowered):
        return region  # none of the words the markers start with: no scan needed
    padded = None if lowered is None else " " + lowered
    for marker in _CUT_MARKERS.finditer(" " + region, padded):
        word = region[marker.start() : marker.end() - 1]
        if len(word) > 1 and word.isupper() and not region.isupper():
            continue  # "WHO" in mixed case names the World Health Organization
        return region[: max(0, marker.start() - 1)]
    return region


def _has_cut_word(lowered: str) -> bool:
    """Whether a lower-cased region holds one of the words of `_CUT_MARKERS` ("who"
    also stands for "whose" and "whom")."""
    return (
        "who" in lowered
        or "which" in lowered
        or "speaking" in lowered
        or "received" in lowered
        or "quoted" in lowered
        or "cited" in lowered
        or "echoing" in lowered
        or "visiting" in lowered
        or "writing" in lowered
        or "attributed" in lowered
    )


def _clause_start(head: str, participle: bool) -> int:
    """Offset after the last clause boundary before the verb.  The head is lower-cased
    for `_FINITE` only when an "and" asks for it.

    An "and" after a finite verb starts the speaker's clause ("… killed five and the
    army said"), unless a relative clause follows it ("… an alliance of Kurdish and Arab
    fighters some of whose combatants were among the dead Abdel Rahman said": the "and"
    joins two words of a noun phrase)."""
    # Every punctuation mark of the boundary pattern is a match of its own (no other
    # match can cover one), so the last boundary is at or after the last such mark and
    # only the rest of the head needs scanning for boundary words.
    tail = _after_last_mark(head)
    start = tail + _boundary_word_end(head[tail:], participle)
    if head.find("and", start) < 0:
        return start
    found = _FINITE.search(head, lower_for_caseless(head))
    first_finite = found.start() if found else len(head)
    for match in _AND.finditer(head, start):
        left = head[: match.start()]
        if _shares_a_head(head[start : match.start()], head[match.end() :]):
            continue  # "…, Western and Arab diplomats said": two modifiers of one noun
        if (first_finite < match.start() or _ED_WORD.search(left[-60:])) and not (
            head.find("wh", match.end()) >= 0 and _RELATIVE_WORD.search(head, match.end())
        ):
            start = match.end()
    return start


def _shares_a_head(before: str, after: str) -> bool:
    """Whether an "and" after a clause boundary joins two modifiers of the noun after
    them: one nationality or acronym before it and a capital after ("…, U.S. and NATO
    officials said", "…, Western and Arab diplomats said"), not a clause of its own."""
    word = before.strip()
    return (
        bool(word)
        and " " not in word
        and after.lstrip()[:1].isupper()
        and _shares_a_noun(word, acronyms=True)
    )


def _shares_a_noun(word: str, *, acronyms: bool) -> bool:
    """Whether a word before "and" may modify the noun after the pair, as "Palestinian"
    in "Palestinian and United Nations officials": a nationality, or (`acronyms`) a
    state's or body's acronym ("US", "U.S.", "NATO")."""
    return NATIONALITY.fullmatch(word) is not None or (
        acronyms and _ACRONYM.fullmatch(word.replace(".", "")) is not None
    )


def _after_last_mark(head: str) -> int:
    """Offset after the head's last boundary mark (0 when none), passing over commas
    between digits ("who on Thursday won pounds 150,000 in libel damages")."""
    # The marks of `_BOUNDARY_MARKS`, each `rfind` a direct call in the compiled module
    # (a `map` over the bound method goes through the interpreter's call machinery).
    mark = max(head.rfind(","), head.rfind(";"), head.rfind(":"), head.rfind("—"), head.rfind("–"))
    while mark > 0 and head[mark] == "," and head[mark - 1 : mark + 2 : 2].isdigit():
        mark = max(head.rfind(char, 0, mark) for char in _BOUNDARY_MARKS)
    return mark + 1


@lru_cache(maxsize=4096)
def _boundary_word_end(tail: str, participle: bool) -> int:
    """Offset after the last boundary word in the head after its last boundary mark (0
    when there is none).  A mark or the head's start before `tail` both let a boundary
    word start it, so the answer depends on `tail` alone; memoised (bounded), as the
    same phrases lead up to reporting verbs."""
    end = 0
    relative = _relative_that_at(tail) if " that " in tail else -1
    for match in (_BOUNDARY_ING if participle else _BOUNDARY).finditer(
        tail, lower_for_caseless(tail)
    ):
        if match.start() != relative:  # (a relative "that" is inside the subject)
            end = match.end()
    return end


def _has_name(np: str) -> bool:
    words = _words(np)
    return any(_is_cap(w) for w in words if w.casefold() not in _DETERMINERS)


def _described_role(segment: str, lexicon: Lexicon) -> bool:
    """Whether a segment set off by commas is a long description of a person by their
    role: an article or a possessive, a role noun within three words, and no verb ("a
    former infantry officer and editor of …", "Ukraine’s chief negotiator and the head of
    its national security and defence council", not "the Kurdish forces will be like a
    car …")."""
    words = segment.split(None, 4)
    return (
        (words[0].casefold() in _ARTICLES or words[0].endswith(("’s", "'s")))
        and any(word.casefold() in lexicon.roles for word in words[1:4])
        and np_like(segment, lexicon, most_words=24)
    )


def _apposition(head: str, lexicon: Lexicon) -> str | None:
    """'Zabiullah Mujahid, the spokesperson for the Taliban, claimed' -> the name."""
    segments = [strip_np(s) for s in _SEGMENT_SPLIT.split(head)]
    candidates: list[str] = []
    for segment in reversed(segments):
        if not segment:
            continue
        first = segment.split()[0].casefold()
        if first in ("who", "which", "whose", "whom", "where") or (
            first.endswith("ed") and not _is_cap(segment)
        ):
            continue
        if first in _PREPOSITIONS and (len(segment.split()) <= 4 or first == "of"):
            # an adverbial aside: "Germany, by contrast, has pledged"; or where the
            # speaker is from: "Brigadier Martin Moore, of the UK's Joint Forces
            # Support, said"
            continue
        if first in _NOT_NAMES and " " not in segment:
            continue  # a sentence adverb: "Now, Julie and Brian Hambleton, who …, said"
        if not np_like(segment, lexicon):
            # "Sir Adrian Bradshaw, the British army general who is NATO's No. 2
            # officer, said": the description up to its relative clause
            described = strip_np(_cut(segment, lower_for_caseless(segment)))
            if not (described and described != segment and np_like(described, lexicon)):
                if _OFFICE_DESCRIPTION.match(segment) and segment.split()[0] in lexicon.roles:
                    # "Amadou Sanogo, president of the newly formed National Committee
                    # for …, said": an office too long or verb-like for a phrase
                    # describes the speaker named before it
                    continue
                if _PARTICIPLE_DESCRIPTION.match(segment):
                    # "Noa Argamani, an Israeli woman freed from Hamas captivity in Gaza
                    # in June, said": a description cut short by a participle
                    continue
                if _described_role(segment, lexicon):
                    # "Major Charles Heyman, a former infantry officer and editor of The
                    # Armed Forces of the United Kingdom, warned": a long description
                    continue
                break
            segment = described
        candidates.append(segment)
    people = [c for c in candidates if _names_a_person(c, lexicon)]
    if people:
        return people[0]  # "Moon Jae-in" in "South Korea's new president, Moon Jae-in,"
    named = [c for c in candidates if _has_name(c)]
    proper = [c for c in named if _is_proper_name(c)]
    if proper and len(proper) < len(named):
        # "The main Kurdish armed group, the YPG, said": the name, not the description
        # that holds a capitalised adjective
        return proper[-1]
    if named:
        return named[-1]  # the leftmost: "William Sweeney, Assistant Director …, said"
    return candidates[0] if candidates else None


def _is_proper_name(phrase: str) -> bool:
    """Whether every word of a phrase but an opening "the" and a name's joiners ("of",
    "al-") is capitalised: a name ("the YPG", "National Coalition"), not a description
    with a capitalised adjective ("The main Kurdish armed group")."""
    words = phrase.split()
    if words and words[0].casefold() == "the":
        words = words[1:]
    return bool(words) and all(w[:1].isupper() or w.casefold() in _NAME_JOINERS for w in words)


def _names_a_person(phrase: str, lexicon: Lexicon) -> bool:
    """Whether the phrase is a person's name, or a full name after its title ("General
    Mohan al-Furayji" in "The Iraqi commander in charge of …, General Mohan al-Furayji,
    said")."""
    name = person_name(phrase, lexicon)
    if not name:
        return False
    plain = strip_np(phrase)
    if name == plain:
        return True
    title = plain[: -len(name)].split() if plain.endswith(" " + name) else []
    return (
        bool(title)
        and " " in name
        # "U.S. Army Colonel Steve Warren": a country's initials may lead the title
        and all(_is_title(word, lexicon) or _INITIALISM.fullmatch(word) for word in title)
    )


#: A country's or a body's initials or acronym ("U.S.", "UK", "UN").
_INITIALISM = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]{2,4}")


def _is_title(word: str, lexicon: Lexicon) -> bool:
    """A title word ("General", "Maj-Gen", "Lt.")."""
    return all(part.casefold().rstrip(".") in lexicon.titles for part in word.split("-"))


#: What a body speaks through ("the Twitter account of the Islamic Front").
_OUTLET_WORDS = ("account", "statement", "website", "page")
_ACCOUNT_OF = re.compile(
    rf"(?:the\s+)?[\w\s]*?\b(?:{'|'.join(_OUTLET_WORDS)})\s+of\s+(.+)", re.IGNORECASE
)

#: Lower-case words that may stand before a title or name ("retired Adm.", "former
#: President").
_BEFORE_TITLES = frozenset(("retired", "former", "late", "veteran", "then", "outgoing"))


_OUTLET_MODIFIERS = frozenset(("state", "state-run", "state-owned", "official", "national"))


#: Lower-case words that join or end a phrase rather than modify its noun.
_NO_MODIFIERS = _PREPOSITIONS | frozenset(("and", "or", "but", "nor", "who", "which", "that"))


def _modifies_a_role(words: list[str], index: int, lexicon: Lexicon) -> bool:
    """Whether words[index] is a plain lower-case modifier that one or two words later
    reaches a role noun ("defense" of "U.S. defense officials", "military" of "military
    intelligence officials")."""
    for ahead in (1, 2):
        if index + ahead >= len(words):
            return False
        word = words[index + ahead - 1]
        if not word.isalpha() or not word.islower() or word in _NO_MODIFIERS:
            return False
        if words[index + ahead].casefold().rstrip(".,") in lexicon.roles:
            return True
    return False


def _opens_think_tank(words: list[str], index: int) -> bool:
    """Whether words[index] is the "think" of "think tank", a body that speaks ("according
    to the head of a Ukrainian think tank"), not a verb that ends the name before it."""
    return (
        words[index] == "think"
        and index + 1 < len(words)
        and words[index + 1].rstrip(".,") in ("tank", "tanks")
    )


#: Lower-case words inside a speaker's name or after it in the same phrase ("Terrorism
#: Research and Analysis Consortium", "the Twitter account of the Islamic Front").
_NAME_JOINERS = _PARTICLES | frozenset(("of", "for", "and", "&", *_OUTLET_WORDS))


def _ends_a_speaker(word: str, lexicon: Lexicon) -> bool:
    """Whether a word can end a speaker phrase: a name's word or a role noun."""
    return _is_cap(word) or word.casefold().rstrip(".,") in lexicon.roles


def _described_name(words: list[str], lexicon: Lexicon) -> str | None:
    """The name after a few lower-case words that describe the person ("said 42-year-old
    shop keeper Gul Mohammad", "said local resident Ahmed Ali"), or None: a full name,
    or a single name right after a role noun ("said spokesman Smith")."""
    index = next((i for i, word in enumerate(words[:5]) if _is_cap(word)), 0)
    for at, word in enumerate(words[:index]):
        lower = word.casefold()
        if (
            word.endswith((",", ".", ":", ";"))
            or not (word.islower() or word[:1].isdigit())
            or (lower in _PREPOSITIONS and not _joins_a_description(words, at, index))
            or lower in _DETERMINERS
            or lower in _CLAUSE_WORDS
            or lower in _PRONOUNS
            or lower in AUXILIARIES
        ):
            return None
    if index == 0:
        return None  # no name, or nothing describing it
    name = " ".join(_name_run(words, index))
    person = person_name(name, lexicon)
    if person is None or not _only_titled(name, person):
        return None
    role = words[index - 1].casefold()
    # An age titles no one ("40-year-old Taji" is no name); a role titles no place ("According
    # to US intelligence, Russia has lost …": the state is the clause's subject; "official
    # Israeli sources"), though a person's role may title a name a state has ("army
    # spokesman Jordan").
    folded = person.casefold()
    titled = (
        role in lexicon.roles
        and role not in _AGE_NOUNS
        and (
            folded not in place_names()
            or (role in lexicon.person_roles and folded in state_names())
        )
    )
    return person if len(person.split()) >= 2 or titled else None


#: Lower-case words that join the words of a body's name ("Council on American-Islamic
#: Relations", "Committee to Protect Journalists", "Campaign Against Arms Trade").
_BODY_NAME_JOINERS = frozenset(("of", "on", "to", "for", "the", "and", "against", "in", "at", "&"))


def _name_after_affiliation(words: list[str], rest: str, lexicon: Lexicon) -> str | None:
    """The person named after a body's name and their role in it ("said the Council on
    American-Islamic Relations (CAIR) National Executive Director Nihad Awad", "said the
    Campaign Against Arms Trade spokesman Andrew Smith on Monday"), or None: the body
    only describes the one who speaks, whose name must end the phrase (so "the Pentagon
    would send envoy John Smith to Cairo" names no one), with no clause of its own
    between ("said the Observatory, whose director …" is the Observatory's)."""
    start = 1 if words[0].casefold() in _ARTICLES else 0
    body = False  # a capitalised word of the body's name seen before the role
    for index in range(start, min(len(words), start + 14)):
        word = words[index]
        lower = word.casefold().rstrip(".,")
        if lower in lexicon.roles and body:
            run = _name_run(words, index + 1)
            if len(run) < 2 or len(run) > 4 or any(w.casefold() in lexicon.roles for w in run):
                if _is_cap(word):
                    continue  # "National Executive Director": the role goes on
                return None
            person = person_name(" ".join(run), lexicon)
            if person is None or len(person.split()) < 2 or not _ends_the_phrase(run, rest):
                return None
            return person
        if _sentence_period(word):
            return None  # the sentence has ended
        if _is_cap(word):
            body = True
        elif lower in _BODY_NAME_JOINERS and body:
            continue
        elif not (
            word.islower()
            and index + 2 < len(words)
            and any(
                w.casefold().rstrip(".,") in lexicon.roles for w in words[index + 1 : index + 3]
            )
            and lower not in AUXILIARIES
            and lower not in MODALS
            and lower not in _CLAUSE_WORDS
            and lower not in _PRONOUNS
            and lower not in _DETERMINERS
            and lower not in _OWN_CLAUSE_WORDS
        ):
            # a lower-case word that neither joins a name nor describes a role, or opens
            # a clause of its own ("said the Observatory, whose director Rami Abdel
            # Rahman …", "said the Pentagon, as Defense Secretary Lloyd Austin …")
            return None
    return None


#: Words that open a clause of their own after a body's name (`_name_after_affiliation`).
_OWN_CLAUSE_WORDS = frozenset(
    (
        *("whose", "where", "as", "while", "which", "who", "whom", "when", "after"),
        *("before", "because", "since", "although", "though", "if", "but", "once", "until"),
    )
)
#: What may follow the name that ends a speaker phrase: a stop or a closing mark, the
#: text's end, or where, when or to whom it was said ("… Andrew Smith on Monday", "… in
#: a statement", "… to reporters").
_AFTER_THE_PHRASE = r"\s*(?:[.,;:)”\"]|$)|\s+(?:on|in|at|during|to|last|this|earlier|later)\b"


def _ends_the_phrase(run: list[str], rest: str) -> bool:
    """Whether the name `run` (its words as `_name_run` gives them) ends the speaker
    phrase in `rest`, the text after the cue (`_AFTER_THE_PHRASE`)."""
    name = r"\s+".join(map(re.escape, run))
    return re.search(rf"\b{name}(?:{_AFTER_THE_PHRASE})", rest) is not None


def _name_run(words: list[str], start: int) -> list[str]:
    """The capitalised words from words[start] (at most five, punctuation stripped) up
    to the first that is not capitalised or that punctuation ends: the name a
    description or a group before it introduces ("said local resident Ahmed Ali.")."""
    run = []
    for word in words[start : start + 5]:
        if not _is_cap(word):
            break
        run.append(word.rstrip(".,;:"))
        if word.endswith((",", ";", ":")) or (word.endswith(".") and len(word) > 3):
            break
    return run


def _joins_a_description(words: list[str], at: int, name_at: int) -> bool:
    """Whether words[at] is an "of" inside a lower-case description before a name
    ("said ministry of transportation employee Abu Hadeel", "said head of security Ali
    Ahmed"): between two lower-case words, the name after them."""
    return (
        words[at] == "of"
        and 0 < at < name_at - 1
        and words[at + 1].islower()
        and words[at + 1] not in _DETERMINERS
    )


def _only_titled(name: str, person: str) -> bool:
    """Whether `person` is the capitalised run `name` itself or its end after a title
    ("said spokesman Colonel Chris Garver" names Chris Garver), not a part of it."""
    return name == person or name.endswith(f" {person}")


#: Where a described source is ("one official in the Kurdish region's Security Council",
#: "an official with South Korea's Joint Chiefs of Staff", "a spokesman at the hospital
#: in Kafr Takharim"): a preposition, then at most seven words up to a comma, the
#: sentence's end or a word that starts a clause.  How the source spoke ("in a
#: statement", "at a news conference") is no place.
_CLAUSE_OPENERS = (
    r"who|whom|whose|which|that|where|when|while|as|said|says|told|tells|adding|saying|on|"
    r"after|before|during|since|last|this|and|but|to|was|were|is|are|has|had|have|will|"
    r"would|because|if|earlier|later|yesterday|today|tonight|he|she|it|they|we"
)
_HOW_SPOKEN = (
    r"statement|interview|briefing|tweet|post|conference|remarks|speech|letter|message|"
    r"video|email|call|report"
)
_LOCATING_PHRASE = re.compile(
    rf"\s+(?P<preposition>{_LOCATING})\s+"
    rf"(?!(?:(?:an?|the|his|her|its|their)\s+)?(?:[a-z]+\s+)?(?:{_HOW_SPOKEN})s?\b)"
    rf"(?P<place>(?:(?!(?:{_CLAUSE_OPENERS})\b)[\w’'&-]+(?:\s+|(?=[,;:!?)]|\.|$))){{1,7}}?)"
    rf"(?=[,;:!?)]|\.(?:\s|$)|$|(?:{_CLAUSE_OPENERS})\b)"
)
#: Lower-case nouns that place a described source as a capitalised name does.
_PLACE_NOUNS = frozenset(
    ("city", "town", "village", "area", "region", "province", "district", "hospital", "ministry")
)


def _with_its_place(rest: str, role_index: int, phrase: str, lexicon: Lexicon) -> str:
    """`phrase`, a described source whose role is word `role_index` of `rest`, with the
    place or body the role is at when one follows (`_LOCATING_PHRASE`): annotators keep
    it ("a source at Aleppo Police Command", "activists in Idlib province")."""
    role = next(islice(_WORD_RE.finditer(rest, 0, 200), role_index, None), None)
    if role is None or role.group()[-1:] in ".,;:":
        return phrase
    located = _LOCATING_PHRASE.match(rest, role.end())
    if located is None:
        return phrase
    words = located.group("place").split()
    length = _place_length(words, lexicon)
    if not length:
        return phrase
    return f"{phrase} {located.group('preposition')} {' '.join(words[:length])}"


#: Words that link the words of a place ("Kafr Takharim in Idlib", "Joint Chiefs of
#: Staff"); after a name, an article starts a new phrase instead.
_PLACE_LINKS = frozenset(("of", "for", "and", "in", "at", "near", "de", "al", "el", "bin"))


def _place_length(words: list[str], lexicon: Lexicon) -> int:
    """How many of the words after a described source's preposition name its place:
    all, or those before a lower-case word that follows a name (a clause whose comma
    was lost: "a source at Aleppo Police Command two people were …"); 0 when they name
    no place (`_names_a_place`), end in a name set after a plain noun, a person's ("An
    activist at the scene Muaz Al Shami"), or in a titled person ("a draft document from
    the office of Israeli Foreign Minister Avigdor Lieberman"), who is the speaker."""
    length = _place_words(words)
    run: list[str] = []
    for word in reversed(words[:length]):
        if not _is_cap(word):
            break
        run.insert(0, word)
    name = person_name(" ".join(run), lexicon) if len(run) > 2 else None
    if name and name != " ".join(run) and _is_title(run[-len(name.split()) - 1], lexicon):
        return 0
    return length


def _place_words(words: list[str]) -> int:
    """`_place_length` but for the titled person at the end."""
    for index in range(1, len(words)):
        word, before = words[index], words[index - 1]
        if _is_cap(word):
            if (
                not _is_cap(before)
                and before.casefold() not in _PLACE_LINKS
                and before.casefold() not in _ARTICLES
                and not before.endswith(("'s", "’s"))
                and index + 1 < len(words)
                and _is_cap(words[index + 1])
            ):
                return 0
        elif (
            _is_cap(before)
            and word.casefold() not in _PLACE_LINKS
            and not word.endswith(("'s", "’s"))
        ):
            return index if _names_a_place(words[:index]) else 0
    return len(words) if _names_a_place(words) else 0


def _names_a_place(words: list[str]) -> bool:
    """Whether the words after a described source's preposition name where it is: a
    capitalised name, or a place noun ("in the city")."""
    return any(_is_cap(word) or word.casefold() in _PLACE_NOUNS for word in words)


#: Role nouns of an outlet, which its name may follow without a comma ("state news agency
#: SANA", "broadcaster NTV").
_OUTLET_ROLES = frozenset(
    ("agency", "television", "radio", "channel", "newspaper", "broadcaster", "website")
)


def _outlet_name_after(words: list[str], role: int) -> str | None:
    """The role and the outlet's acronym right after it ("state news agency SANA",
    "broadcaster NTV"), or None.  (A name in several words may run into the clause
    when its comma is lost: "broadcaster Al Arabiya Turkish jets struck ….")"""
    if words[role].casefold() not in _OUTLET_ROLES or role + 1 >= len(words):
        return None
    name = words[role + 1].rstrip(".")
    if len(name) < 2 or not name.isupper() or not name.isalpha():
        return None
    return strip_np(" ".join(words[: role + 2]))


def _verb_after_role(words: list[str], index: int, lexicon: Lexicon) -> bool:
    """Whether words[index] is a finite verb in -ed right after a role noun, so the
    reported clause has begun ("according to the source caused material damage", commas
    lost), not a participle describing the source ("a source involved in the talks",
    "an official based in Aleppo"), which a preposition follows."""
    word = words[index]
    return (
        index > 0
        and index + 1 < len(words)
        and _VERB_ED.fullmatch(word) is not None
        and word not in _ED_ADJECTIVES
        and words[index - 1].casefold() in lexicon.roles
        and words[index + 1].casefold() not in _PREPOSITIONS
    )


def _one_of_a_group(words: list[str], lexicon: Lexicon) -> str | None:
    """The speaker after "said" that opens with "one of": the group phrase, which the
    tracker makes one person ("said one of the residents" is a resident), or the name
    set after it ("said one of the residents, Ali Ahmed"); None when no punctuation
    ends the phrase within a few words (a clause may have begun)."""
    end = next((i for i, word in enumerate(words[:8]) if _ends_a_phrase(word)), None)
    clause = next((i for i, word in enumerate(words[2:8], 2) if word in _CLAUSE_WORDS), None)
    if clause is not None and (end is None or clause <= end):
        return " ".join(words[:clause])  # "said one of the protesters who had marched"
    if end is None:
        return None
    if words[end].endswith(","):
        run = _name_run(words, end + 1)
        person = person_name(" ".join(run), lexicon) if run else None
        if person is not None and len(person.split()) >= 2:
            return person
    return " ".join(words[: end + 1]).rstrip(",.;:")


def _ends_a_phrase(word: str) -> bool:
    """Whether punctuation ends the phrase at `word`: a comma, a colon, a semicolon, or a
    full stop that closes no initialism ("U.S.") or initial ("J.")."""
    return word.endswith((",", ";", ":")) or (
        word.endswith(".") and len(word) > 2 and _INITIALISM.fullmatch(word) is None
    )


def _picks_one_of_several(words: list[str], index: int) -> bool:
    """Whether the "one" at `index` picks one of several within the speaker phrase ("the
    leader of one unit", "a member of one family") rather than opening the reported
    clause ("according to the group one civilian was killed")."""
    return words[index - 1].casefold() == "of"


#: What anonymous sources know, after the words that describe them ("people familiar
#: with the deal", "officials briefed on the talks").
_KNOWING = r"\s+(?:familiar\s+with|briefed\s+on|with\s+(?:direct\s+)?knowledge\s+of)"
#: That, up to a comma, a stop, a verb, a relative clause or a phrase of time or place
#: ("people familiar with the matter who asked not to be named", "… on Monday").
_WHAT_THEY_KNOW = re.compile(
    rf"({_KNOWING}(?:\s+(?!(?:said|say|says|told|added|who|that|which|on|in|at|last|this|"
    rf"yesterday|today)\b)[\w'’-]+){{1,6}})"
)
_KNOWING_AT = re.compile(rf"{_KNOWING}\s")


def _what_they_know(rest: str, described: str) -> str:
    """What the sources know (" familiar with the deal") when it follows the description
    that opens `rest`, else an empty string."""
    at = rest.find(described)
    known = _WHAT_THEY_KNOW.match(rest, at + len(described)) if 0 <= at < 12 else None
    return known.group(1) if known else ""


def described_sources(np: str) -> str:
    """The words that describe a speaker phrase's sources, without what they know
    ("people" of "people familiar with the deal"): its head is their last word."""
    known = _KNOWING_AT.search(np)
    return np[: known.start()] if known else np


def right_np(masked: str, pos: int, lexicon: Lexicon) -> str | None:
    """Speaker phrase starting at masked[pos:] ("according to X", "said Trump")."""
    rest = _TIME_AFTER.sub("", masked[pos : pos + 300], count=1)
    issued = _DOCUMENT_ISSUER.match(rest)
    if issued is not None:
        # "according to a statement issued by the brigade": the document with the
        # phrase that names its issuer, for the tracker to resolve
        issuer = right_np(rest[issued.end() :], 0, lexicon)
        return f"{rest[: issued.end()].strip()} {issuer}" if issuer else None
    if _may_give_a_name(rest[:130]):
        given = _GIVEN_NAME_AFTER.match(rest)
        if given:
            return given.group("name")
    words = _words(rest[:200])
    if len(words) > 1 and words[0].casefold() in _BEFORE_TITLES and _is_cap(words[1]):
        words = words[1:]  # "said retired Adm. Eugene Carroll"
    if not words:
        return None
    taken: list[str] = []
    with_det = words[0].casefold() in _DETERMINERS
    if len(words) > 2 and words[1].islower() and _places_a_person(words[0]):
        # "said Kuwaiti tourist Farah Zamani", "according to UK counter espionage agent
        # David Shayler": the nationality or the state describes the person named after
        # the description, as "said tourist Farah Zamani" does
        described = _described_name(words[1:], lexicon)
        if described:
            return described
    if not with_det and not _is_cap(words[0]):
        # (the words before a comma only: "according to state television, 12 people
        # were killed", whose `_words` lose the comma, ends its source at it; "according
        # to official results, Biya won" names no official Biya, but "according to police
        # spokesman, Superintendent Kwabena Ofori, 12 …" sets the name off by commas)
        comma = rest.find(",", 0, 60)
        words_before_comma = len(_words(rest[:comma])) if comma >= 0 else len(words)
        clause_after = comma >= 0 and _NAME_SET_OFF.match(rest, comma) is None
        described = _described_name(words[:words_before_comma] if clause_after else words, lexicon)
        if described:
            return described
        if (
            len(words) > 2
            and words[0].endswith("ly")
            and words[1].endswith("ed")
            and (words[2].casefold() in _COUNTS or words[2].casefold() in lexicon.roles)
        ):
            return " ".join(words[:3])  # "according to officially reported figures"
        last_role = -1
        for index, word in enumerate(words[: min(4, words_before_comma)]):
            lower = word.casefold().rstrip(".,")
            if lower in _PREPOSITIONS or lower in _DETERMINERS or lower in _CLAUSE_WORDS:
                break
            # (a count after its description is the source too: "according to official
            # results", "according to preliminary findings")
            if lower in lexicon.roles or (index and lower in _COUNTS):
                last_role = index
            if word.endswith(".") and not _INITIALISM.fullmatch(word):
                # (`_words` keeps a period, never a comma; "three U.S. officials" goes on)
                break
        if last_role >= 0:
            named = _outlet_name_after(words, last_role)
            if named:
                return named  # "according to state news agency SANA"
            described = strip_np(" ".join(words[: last_role + 1]))  # "hospital officials"
            if words[0].casefold() == "one":
                return _with_its_place(rest, last_role, described, lexicon)
            return described + _what_they_know(rest, described)
    if len(words) > 3 and words[0].casefold() == "one" and words[1] == "of":
        return _one_of_a_group(words, lexicon)
    if with_det or words[0].endswith(("'s", "’s")):
        # (a body's possessive opens the phrase as an article does: "according to Russia's
        # ambassador to the UN, Vassily Nebenzia,")
        set_off = _name_set_off_after_role(rest, lexicon)
        if set_off is not None:
            return set_off
    if with_det or _is_cap(words[0]):
        affiliated = _name_after_affiliation(words, rest, lexicon)
        if affiliated:
            return affiliated
    shared_head = 0  # words taken before a coordinated modifier ("Palestinian and …")
    for index, word in enumerate(words):
        lower = word.casefold().rstrip(".,")
        if (
            lower == "and"
            and taken
            and all(
                _shares_a_noun(w, acronyms=not with_det)
                for w in taken
                if w.casefold() not in _ARTICLES
            )
            and index + 1 < len(words)
            and _is_cap(words[index + 1])
        ):
            # "according to Palestinian and United Nations officials", "according to US
            # and NATO officials": a nationality or a state's or body's acronym before
            # "and" shares the head noun that follows (without one, the first stays
            # alone; after an article the whole pair is taken as before: "by the UN and
            # UK")
            shared_head = len(taken)
            taken.append(word)
            continue
        if index and (
            lower in ("who", "which", "that", "said", "says", "saying", "as", "while")
            or (lower == "one" and not _picks_one_of_several(words, index))
            or lower in _PRONOUNS
            or lower in AUXILIARIES
            or lower in MODALS
            # "according to the UN official the Syrian economy …": commas lost, a
            # second article after a name or role opens the clause
            # ("said Gen. Bruce A. Wright": "A." is an initial)
            or (
                lower in _ARTICLES
                and not word.endswith(".")
                and _ends_a_speaker(words[index - 1], lexicon)
            )
        ):
            break  # "according to the group they were …": the clause has begun
        if with_det and _verb_after_role(words, index, lexicon):
            break  # "according to the source claimed the lives of …": commas lost
        if (
            with_det
            and index >= 2
            and _is_cap(words[index - 1])
            and word.islower()
            and lower not in lexicon.roles
            and lower not in _NAME_JOINERS
            and not _modifies_a_role(words, index, lexicon)
            and not _opens_think_tank(words, index)
        ):
            break  # "According to the SOHR tens of civilians …": the name has ended
        if (
            with_det
            or _is_cap(word)
            or lower in _PARTICLES
            or lower.removesuffix("-elect") in lexicon.roles  # "president-elect"
            or (lower in ("of", "for") and index + 1 < len(words) and _is_cap(words[index + 1]))
            or (
                # "Syrian state TV", "Iraqi state-run media", "U.S. defense officials",
                # "Israeli military intelligence officials"
                taken and _modifies_a_role(words, index, lexicon)
            )
            or (
                lower in _OUTLET_MODIFIERS
                and index + 1 < len(words)
                and words[index + 1].casefold().rstrip(".,") in lexicon.roles
            )
        ):
            taken.append(word)
        else:
            break
        if len(taken) >= 9:
            break
        following = rest[rest.find(word) + len(word) :][:2]
        if following[:1] in (",", ".", ";") and not word.endswith("."):
            break
        if (
            index + 1 < len(words)
            and word.isupper() is False
            and words[index + 1].isupper()
            and (len(words[index + 1]) > 2 and _is_cap(word))
            and not NATIONALITY.fullmatch(word)  # "the Kurdish YPG militia"
            # "General H.S. Panag": a person's initials, not an acronym
            and not _initials_of_a_name(words, index + 1)
        ):
            break  # "the Observatory DAESH has lost" -> "the Observatory"
        if index + 1 < len(words) and words[index + 1].casefold() in _PREPOSITIONS - {"of", "for"}:
            if taken[0].casefold() in ("a", "an") and lower in lexicon.roles:
                return _with_its_place(rest, index, strip_np(" ".join(taken)), lexicon)
            break
        if (
            index + 1 < len(words)
            and words[index + 1].casefold() in ("of", "for")
            and len(taken) >= 2
            and len((person_name(" ".join(taken), lexicon) or "").split()) >= 2
        ):
            break  # "Eugene Carroll of Washington's Center …": the rest is his affiliation
    if shared_head and taken[-1].casefold().rstrip(".,") not in lexicon.roles:
        taken = taken[:shared_head]  # no head noun shared: the nationality as before
    np = strip_np(" ".join(taken))
    account = _ACCOUNT_OF.match(np)
    if account:
        np = account.group(1)
    return np or None


#: Military ranks a description can name, with the forms an article writes them in.
#: (Both forms of a rank start with the same letter: `NameRegistry.ranked` relies on it.)
_RANK_FORMS = {
    "colonel": ("Colonel", "Col"),
    "general": ("General", "Gen"),
    "major": ("Major", "Maj"),
    "captain": ("Captain", "Capt"),
    "lieutenant": ("Lieutenant", "Lt"),
    "sergeant": ("Sergeant", "Sgt"),
    "admiral": ("Admiral", "Adm"),
    "brigadier": ("Brigadier", "Brig"),
}
#: A capitalised function word that opens the next sentence ("… Human Rights At least").
_ENDS_IN_OPENER = re.compile(
    r"\s(?:At|In|On|The|A|An|But|And|As|It|He|She|They|This|That|For|With|By|After|"
    r"Meanwhile)$"
)
#: Offices a description can name ("the French leader", "the foreign minister"), with
#: the titles an article writes before its holder's name.
_OFFICE_TITLES = {
    "leader": ("President", "Prime Minister", "Premier", "Chancellor", "King", "Leader"),
    "president": ("President",),
    "premier": ("Premier", "Prime Minister"),
    "chancellor": ("Chancellor",),
    "minister": ("Minister",),
    "secretary": ("Secretary", "Secretary of State"),
    "diplomat": ("Secretary of State", "Foreign Minister", "Foreign Secretary"),
    "envoy": ("Envoy", "Ambassador"),  # (news calls an ambassador "the envoy")
    "ambassador": ("Ambassador",),
    # ("Gov. Oluwarotimi Akeredolu of Ondo State … According to the governor, …")
    "governor": ("Governor", r"Gov\.?"),
}
#: The titles a body's chief holds: "the U.N. chief" is the Secretary-General the article
#: names with the body's name ("U.N. Secretary-General António Guterres"). Not an office
#: of `_OFFICE_TITLES`: "the police chief" is the person the article describes so.
_CHIEF_TITLES = ("Secretary-General", "Secretary General")
#: An office named with capitals after "the" ("The Prime Minister", "the President").
_DEFINITE_OFFICE = re.compile(r"[Tt]he\s+(?:[A-Z][a-z]+\s+){0,2}(?P<head>[A-Z][a-z]+)")
#: An office described by whose it is ("Russia's foreign minister", "US President Joe
#: Biden's top diplomat", an apostrophe lost as "Biden s"): as definite as "the".
_OWNED_OFFICE = re.compile(
    r"(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,4})(?:'s|’s|\s+s)\s+"
    r"(?P<office>(?:[a-z-]+\s+){0,2}(?P<head>[a-z]+))"
)
#: Words before an office's title that make its bearer someone else than its holder
#: ("Deputy Foreign Minister Sergei Ryabkov" is no "foreign minister").
_UNDER_THE_OFFICE = frozenset(("deputy", "vice", "assistant", "under"))
#: Words that rank an office holder without naming the office ("the top US diplomat").
_RANK_ADJECTIVES = frozenset(("top", "senior", "chief"))
#: Words of a definite description that say which of the people named before it means,
#: not what kind they are: ranks, and order ("the first official", "the other official").
_NOT_DESCRIBING = _RANK_ADJECTIVES | frozenset(("first", "second", "third", "other", "same"))


#: The place of a post abroad between an office's title and a name: one word, or two
#: where the first is one of the words a two-word state's name opens with ("to the
#: United Kingdom"), so that a three-word name keeps its first word ("Ambassador to
#: Egypt Osama Nugali Ahmed").
_POST_PLACE = (
    r"(?:(?:United|South|North|New|Saudi|Sri|Costa|El|Sierra|Burkina|Czech|Dominican)\s+)?"
    r"[A-Z][a-z]+"
)


@cache
def _office_title_pattern(role: str) -> re.Pattern[str]:
    """An office's title and a name of two or three capitalised words ("President
    Francois Hollande", "Prime Minister Dr. Wael al-Halqi"), perhaps with initials
    ("Prime Minister A.B. Vajpayee", "President George W. Bush"), the place of a post
    abroad between them ("Ambassador to Egypt Osama Nugali"); it starts with the title's
    literal capital, which the regex engine skips ahead to (the words before it are read
    by `_TITLE_WORDS_BEFORE`)."""
    titles = "|".join(_CHIEF_TITLES if role == "chief" else _OFFICE_TITLES[role])
    word = rf"(?:{_ARABIC_ARTICLE}-)?[A-Z][\w'’-]+"
    return re.compile(
        rf"(?P<title>{titles})(?:\s+(?:to|for|in)\s+(?:the\s+)?{_POST_PLACE})?"
        r"\s+(?:Dr\.?\s+)?"
        rf"(?P<name>(?:[A-Z]\.\s?){{1,3}}{word}|[A-Z][\w'’-]+(?:\s+[A-Z]\.)?(?:\s+{word}){{1,2}})"
    )


@cache
def _words_up_to(most: int) -> re.Pattern[str]:
    """Up to `most` runs of non-space characters and the spaces around them."""
    return re.compile(rf"\s*+(?:\S++(?:\s++|\Z)){{0,{most}}}+")


def _few_words_between(text: str, start: int, end: int, most: int) -> bool:
    """Whether `text[start:end]` holds at most `most` words (the runs `str.split`
    gives), read only up to the word after the last one allowed: a slice and a split
    would copy the whole stretch, which may be most of a long article, for each
    occurrence a gate asks about."""
    found = _words_up_to(most).match(text, start, end)
    return found is not None and found.end() == end


#: The word `_group_pattern` looks for around a name.
_GROUP = "group"
#: The most words of the description in apposition that ends in it, after its article.
_GROUP_DESCRIPTION_WORDS = 4


@lru_cache(maxsize=1024)
def _group_pattern(name: str) -> re.Pattern[str]:
    """The name called a group: after "group" ("militant group the Shabab"), before it
    ("the Nusra group"), or with a description ending in it in apposition ("Boko Haram,
    the jihadist group")."""
    named = re.escape(name)
    return re.compile(
        rf"\b{_GROUP},?\s+(?:the\s+)?{named}\b|\b{named}\s+(?:militant\s+)?{_GROUP}\b"
        rf"|\b{named},\s+(?:an?|the)\s+(?:[\w’'-]+\s+){{0,{_GROUP_DESCRIPTION_WORDS}}}?"
        rf"{_GROUP}\b"
    )


def _may_be_called_a_group(text: str, name: str) -> bool:
    """Whether `_group_pattern(name)` may match: at some occurrence of the name, the
    last "group" before it has at most two runs of other characters between ("," and
    "the"), or the first "group" after it at most an article, a comma and
    `_GROUP_DESCRIPTION_WORDS` words (a "group" inside a word of the description comes
    sooner, with fewer).  Most names a text calls "the group" after are never near the
    word, and each pattern is compiled for one name (a few million instructions).  The
    word's places are found once, and walked with the name's, whose occurrences may be
    hundreds in a long text."""
    groups = []
    found = text.find(_GROUP)
    while found >= 0:
        groups.append(found)
        found = text.find(_GROUP, found + 1)
    if not groups:
        return False
    index = 0  # of the first "group" that does not end before the name
    at = text.find(name)
    while at >= 0:
        while index < len(groups) and groups[index] + len(_GROUP) <= at:
            index += 1
        if index and _few_words_between(text, groups[index - 1] + len(_GROUP), at, 2):
            return True
        end = at + len(name)
        after = bisect_left(groups, end, index)
        if after < len(groups) and _few_words_between(
            text, end, groups[after], _GROUP_DESCRIPTION_WORDS + 2
        ):
            return True
        at = text.find(name, at + 1)
    return False


#: The most runs of spaces in the full name before the comma of an apposed role's
#: "before" form (four words), which bounds how far before the comma it can start.
_APPOSED_NAME_GAPS = 3
#: The most words between that comma and the role word: an article and four more.
_APPOSED_WORDS_BETWEEN = 4
#: The "before" form up to the words before the role: a full name, its comma and the
#: spaces after it ("Samuel Locklear, "); the role word is looked for in code after it
#: (`_role_after_comma`), so that one pattern serves every role.  Its match at a start
#: is the only one: the name's words end where a comma must follow.
_APPOSED_NAME = re.compile(
    rf"(?P<before>[A-Z][\w'’.-]+(?:\s+(?:{_ARABIC_ARTICLE}-)?[A-Z][\w'’-]+)"
    rf"{{1,{_APPOSED_NAME_GAPS}}}),\s+"
)
#: The article that may open the words between the comma and the role word.
_APPOSED_ARTICLE = re.compile(r"(?:the|a|an)\s+")
#: One of those words, with the spaces after it.
_APPOSED_WORD = re.compile(r"[\w'’.-]+\s+")
#: The "after" form past its title: a joining word, and the capitalised run up to the
#: name ("… in Europe, U.S. Air Force General Philip Breedlove").
_APPOSED_TITLED_RUN = re.compile(
    r"\s+(?:(?:of|for|in)\s+(?:the\s+)?)?(?P<after>(?:[A-Z][\w.'’-]*,?\s+){1,6}[A-Z][\w'’-]+)"
)


@dataclass(frozen=True)
class _ApposedRole:
    """A full name with a role word in apposition after it ("Samuel Locklear, commander
    of …", "Nathaniel Raymond, the group's executive director": `before` is the name);
    or the role word as a title, capitalised, and the capitalised run up to the name
    after it ("Commander in Europe, U.S. Air Force General Philip Breedlove": `after` is
    the run; in lower case the role may be the speaker, commas lost, and the name the
    subject of what it said: "according to the official Ahmad Saleh was killed").
    The other is "".  `end` is where the form ends (the role word's end for `before`)."""

    start: int
    end: int
    before: str
    after: str


@cache
def _indefinite_role(role: str) -> re.Pattern[str]:
    """The role word after "a" or "an" and at most three words (`brought_in_since`)."""
    return re.compile(rf"\b[Aa]n?\s+(?:[\w’'-]+\s+){{0,3}}{re.escape(role)}\b")


def _role_title(role: str) -> str:
    """The role word as a title ("Commander in Europe, …"), with which the "after"
    form starts."""
    return role.capitalize()


@cache
def _role_word(role: str) -> Caseless:
    """The role word in any case, for a text `lower_for_caseless` refuses (else it is
    found in the lower-cased text as a plain string).  The roles are vocabulary words in
    lower case."""
    return Caseless(role)


def _find_role(text: str, lowered: str | None, role: str, start: int) -> int:
    """Offset of the role word in any case at or after `start`, -1 when none."""
    if lowered is not None:
        return lowered.find(role, start)
    found = _role_word(role).search(text, None, start)
    return -1 if found is None else found.start()


def _role_at(text: str, lowered: str | None, at: int, role: str) -> bool:
    """Whether the role word in any case, a whole word at its end, stands at `at`."""
    end = at + len(role)
    if lowered is not None:
        found = lowered.startswith(role, at)
    else:
        found = _role_word(role).match(text, None, at) is not None
    return found and (end >= len(text) or not is_word_char(text[end]))


def _role_within_words(text: str, lowered: str | None, at: int, role: str) -> int:
    """End of the role word after at most `_APPOSED_WORDS_BETWEEN` words from `at`,
    the fewest first, or -1."""
    for _ in range(_APPOSED_WORDS_BETWEEN):
        if _role_at(text, lowered, at, role):
            return at + len(role)
        word = _APPOSED_WORD.match(text, at)
        if word is None:
            return -1
        at = word.end()
    return at + len(role) if _role_at(text, lowered, at, role) else -1


def _role_after_comma(text: str, lowered: str | None, at: int, role: str) -> int:
    """End of the role word after an apposed name's comma (from `at`, past its spaces):
    after an article and at most `_APPOSED_WORDS_BETWEEN` words, else after as many
    words without one; -1 when it is not there."""
    article = _APPOSED_ARTICLE.match(text, at)
    if article is not None:
        end = _role_within_words(text, lowered, article.end(), role)
        if end >= 0:
            return end
    return _role_within_words(text, lowered, at, role)


def _apposed_role_at(text: str, lowered: str | None, start: int, role: str) -> _ApposedRole | None:
    """The apposed-role form (`_ApposedRole`) that starts at `start`: the "before" form
    if the text has it there, else the "after" form."""
    named = _APPOSED_NAME.match(text, start)
    if named is not None:
        end = _role_after_comma(text, lowered, named.end(), role)
        if end >= 0:
            return _ApposedRole(start, end, named.group("before"), "")
    title = _role_title(role)
    if not text.startswith(title, start) or (
        start > 0 and (is_word_char(text[start - 1]) or text[start - 1] == "-")
    ):
        return None
    titled = _APPOSED_TITLED_RUN.match(text, start + len(title))
    if titled is None:
        return None
    return _ApposedRole(start, titled.end(), "", titled.group("after"))


def _apposed_role_matches(text: str, role: str) -> list[_ApposedRole]:
    """The apposed-role forms of the text (`_ApposedRole`), tried only where the role
    word lets one start: at the word itself when capitalised ("after"), and at the
    capitals of the name of at most four words before the last comma ahead of it, when
    at most an article and `_APPOSED_WORDS_BETWEEN` words come between ("before", whose
    words hold no comma).  The starts are tried in order, past each form found.  One
    pattern a role, run over the whole article, cost more than all the rest of resolving
    the speakers that ask; compiling it, and the role's case-insensitive pattern, for
    each role cost a tenth of that again: the role word is matched in code."""
    lowered = lower_for_caseless(text)
    title = _role_title(role)
    starts: set[int] = set()
    at = _find_role(text, lowered, role, 0)
    while at >= 0:
        if text.startswith(title, at):
            starts.add(at)
        comma = text.rfind(",", 0, at)
        if comma > 0 and _few_words_between(text, comma + 1, at, _APPOSED_WORDS_BETWEEN + 1):
            starts.update(
                start
                for start in range(_name_start_bound(text, comma), comma)
                if "A" <= text[start] <= "Z"
            )
        at = _find_role(text, lowered, role, at + 1)
    found: list[_ApposedRole] = []
    end = 0
    for start in sorted(starts):
        form = _apposed_role_at(text, lowered, start, role) if start >= end else None
        if form is not None:
            found.append(form)
            end = form.end
    return found


#: A full name set off by commas right after a role word ("Germany's defence minister,
#: Klaus Reiter, visited …", "according to health ministry spokesperson, Dr. Ashraf
#: al-Qudra, …").
_NAME_SET_OFF = re.compile(
    rf",\s+(?P<name>[A-Z][\w'’.-]+(?:\s+(?:(?:{_ARABIC_ARTICLE})-)?[A-Z][\w'’.-]+){{1,3}}),"
)


#: The body a role word serves, between the role and a name set off after it, and a
#: unit's operation set off after the body ("the spokesman of the Nigeria Army, Col.
#: Sani Usman", "the spokesman for the army, …", "the commander of the Joint Task Force,
#: Operation Safe Haven, Maj.-Gen. Augustine Agundu").
_OFFICE_OF_A_BODY = re.compile(
    # (an envoy's "to": "Russia's ambassador to the UN, Vassily Nebenzia,")
    r"\s+(?:of|for|to)\s+(?:the\s+)?[\w'’.-]+(?:\s+(?:of\s+)?[\w'’.-]+){0,5}"
    r"(?:,\s+Operation(?:\s+[A-Z][\w'’-]*){1,3})?(?=,)"
)
#: A name set off after a role's body, closed by a comma or by a word of time ("the
#: spokesman of the Nigeria Army, Col. Sani Usman yesterday in Abuja, …").
_NAME_SET_OFF_OR_TIMED = re.compile(
    rf",\s+(?P<name>[A-Z][\w'’.-]+(?:\s+(?:(?:{_ARABIC_ARTICLE})-)?[A-Z][\w'’.-]+){{1,3}})"
    r"(?:,|(?=\s+(?:yesterday|today|on\s+[A-Z][a-z]+day)\b))"
)


#: One role word in lower case after an article, before the body it serves or a comma
#: ("the spokesman of the Nigeria Army, …", "the spokesman for the army, …", "the
#: spokesman, …"); a role of two words ("the deputy spokesman") is not read here.
_ARTICLE_AND_ROLE = re.compile(
    r"\s*(?:the|a|an"
    # … or the body's possessive: "the Pentagon's undersecretary for policy, Colin Kahl,"
    r"|(?:the\s+)?(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s)"
    r"\s+(?P<role>[a-z]+(?:-[a-z]+)?)(?=\s+(?:of|for|to)\s|,)"
)


def _name_set_off_after_role(rest: str, lexicon: Lexicon) -> str | None:
    """The name set off by commas after a person's role and the body it serves, which
    the phrase opens ("according to statement issued by the spokesman of the Nigeria
    Army, Col. Sani Usman yesterday in Abuja, …" -> Sani Usman), or None.  Read here,
    where the phrase stands: a text may have two spokesmen of two bodies."""
    role = _ARTICLE_AND_ROLE.match(rest)
    if role is None or role.group("role") not in lexicon.person_roles:
        return None
    named = _name_after_its_body(rest, role.end()) or _NAME_SET_OFF_OR_TIMED.match(rest, role.end())
    return person_name(named.group("name"), lexicon) if named is not None else None


def _name_after_its_body(text: str, at: int) -> re.Match[str] | None:
    """The name set off after the body a role word ending at `at` serves ("… of the
    Nigeria Army, Col. Sani Usman yesterday", `_OFFICE_OF_A_BODY`, then
    `_NAME_SET_OFF_OR_TIMED`), or None when no body follows the role or no name it."""
    body = _OFFICE_OF_A_BODY.match(text, at)
    return None if body is None else _NAME_SET_OFF_OR_TIMED.match(text, body.end())


def _under_the_office_before(text: str, at: int) -> bool:
    """Whether the word before the role at `at` makes its bearer someone else than the
    role's holder ("The deputy commander, Col. Ivan Petrenko," is no "commander")."""
    before = text[max(0, at - 12) : at].split()
    return bool(before) and before[-1].casefold() in _UNDER_THE_OFFICE


#: An article right before a role word (`_names_after_role`).
_ARTICLE_BEFORE_ROLE = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)


def _names_after_role(text: str, role: str) -> list[_ApposedRole]:
    """The "after" forms with the role word in lower case and the name after it, set off
    by commas ("Germany's defence minister, Klaus Reiter, visited …") or titled by it
    ("PTI legislator Jamal Siddiqi, who …"): whom "the minister" stands for later, as
    for the name before the role ("Klaus Reiter, Germany's defence minister,").  Apart
    from `_apposed_role_matches`, whose forms are one pattern's matches (its fast-path
    test holds it to that pattern)."""
    lowered = lower_for_caseless(text)
    found = []
    at = _find_role(text, lowered, role, 0)
    while at >= 0:
        end = at + len(role)
        if (
            text[at].islower()
            and _role_at(text, lowered, at, role)
            and not _under_the_office_before(text, at)
        ):
            named = _NAME_SET_OFF.match(text, end)
            if named is None and text.startswith((" of ", " for "), end):
                named = _name_after_its_body(text, end)
            if named is not None:
                found.append(_ApposedRole(at, named.end(), "", named.group("name")))
            elif not _ARTICLE_BEFORE_ROLE.search(text, max(0, at - 5), at):
                # the role as the name's title ("the source Colonel Ahmad Saleh will lead
                # …", its comma lost after "according to the source", is no title: the
                # article makes the role a phrase of its own)
                titled = _NAME_AFTER_TITLE.match(text, end)
                if titled is not None:
                    found.append(_ApposedRole(at, titled.end(), "", titled.group().strip()))
        at = _find_role(text, lowered, role, end)
    return found


def _name_start_bound(text: str, end: int) -> int:
    """The earliest start of a name of at most `_APPOSED_NAME_GAPS` runs of spaces that
    ends at `end` (the start of the word after one run more)."""
    gaps = 0
    at = end
    while at > 0:
        if text[at - 1].isspace() and not text[at].isspace():
            gaps += 1
            if gaps > _APPOSED_NAME_GAPS:
                return at
        at -= 1
    return 0


#: Up to three capitalised words before an office's title ("French", "US Air Force").
_TITLE_WORDS_BEFORE = re.compile(r"(?:[A-Z][\w.'’-]*\s+){1,3}$")


#: How often a first name may stand alone in an article and still be expanded.
_FIRST_NAME_MAX_ALONE = 5
#: A newspaper's name: capitalised words ending in a word newspapers are named with, and
#: no capitalised word after it ("the New York Times", "the Daily Telegraph").
NEWSPAPER = re.compile(
    r"(?<![\w-])(?:[A-Z][\w'’-]*\s+){0,3}(?:Times|Post|Journal|Telegraph|Guardian|Herald|"
    r"Tribune|Gazette|Mail|Express|Mirror|Observer|Chronicle|Globe|Monde|Figaro|Haaretz|"
    r"Spiegel|Zeitung)(?![\w-])(?!\s+[A-Z])"
)
#: `NameRegistry._bodies`' key for the newspaper the article names (no body word has a
#: space in it).
_NEWSPAPER_KEY = " newspaper"
#: `NameRegistry._bodies`' key for the armed group the article names most often.
_ARMED_GROUP_KEY = " armed group"
#: Words that make "the … group" an armed one ("the jihadist group", "Terror group").
_ARMED_GROUP_MODIFIERS = frozenset(
    ("militant", "jihadist", "extremist", "terror", "terrorist", "islamist", "insurgent", "armed")
)
#: What an armed group is called again with one of those words before it ("the
#: jihadist group", "the terror network", "the militant organisation").
_ARMED_GROUP_HEADS = frozenset(("group", "network", "organisation", "organization"))
#: Head words a newspaper is named again with ("the paper said").
_NEWSPAPER_HEADS = frozenset(("paper", "newspaper", "daily"))
#: An acronym that may be spelled out elsewhere in the article ("WHO", "SOHR").
_ACRONYM = re.compile(r"[A-Z]{2,6}")
#: An acronym with a lower-case letter for a joining word ("MoD").
_MIXED_ACRONYM = re.compile(r"[A-Z](?:[a-z]?[A-Z]){1,4}")
#: The pieces of a spelled-out acronym (`_spelled_out`), each compiled once: the first
#: character after a word, and a joining word that an acronym leaves out ("Organisation
#: of the Islamic Cooperation"); the spaces after a word are `_SPACES`.
_SPELLED_WORD_END = re.compile(r"[^\w'’-]")
_SPELLED_JOINER = re.compile(r"(?:of|for|the|and|on|in)\s+")
#: The words "placed" before a first name (`NameRegistry._first_name_holder`): "in
#: Israel" is a place, not Israel Katz.
_PLACING_WORDS = ("in", "to", "from", "into", "against", "inside")


def _word_boundary(text: str, at: int) -> bool:
    """Whether the regex `\\b` holds at `at` in a non-empty `text`: a word character
    on one side of it only.  The registry's look-ups walk the text with `str.find` and
    this test rather than compile a pattern for each word an article asks about (a
    compile costs as much as scanning the whole text many times over, and the words
    differ from article to article)."""
    before = at > 0 and is_word_char(text[at - 1])
    return before != (at < len(text) and is_word_char(text[at]))


def _whole_word_starts(text: str, word: str) -> list[int]:
    """Where `re.finditer(rf"\\b{re.escape(word)}\\b", text)` finds `word`: each start
    with `\\b` at both ends, a match not overlapping the one before."""
    starts = []
    at = text.find(word)
    while at >= 0:
        if _word_boundary(text, at) and _word_boundary(text, at + len(word)):
            starts.append(at)
            at = text.find(word, at + len(word))
        else:
            at = text.find(word, at + 1)
    return starts


def _placed_word(text: str, word: str) -> bool:
    """Whether `re.search(rf"\\b(?:in|to|from|into|against|inside)\\s+{word}\\b", text)`
    (the word escaped) finds something: the word, a word boundary after it, right after
    spaces that follow one of `_PLACING_WORDS` standing as a word of its own."""
    at = text.find(word)
    while at >= 0:
        if _word_boundary(text, at + len(word)):
            # the spaces before the word run back to the placing word's last letter
            before = at
            while before > 0 and text[before - 1].isspace():
                before -= 1
            if before < at and any(
                text.endswith(placing, 0, before) and _word_boundary(text, before - len(placing))
                for placing in _PLACING_WORDS
            ):
                return True
        at = text.find(word, at + 1)
    return False


def _lower_word_in(text: str, word: str) -> bool:
    """Whether `word` stands in `text` as a word of its own, neither a word character,
    an apostrophe nor a hyphen before it, nor a word character or an apostrophe after
    it (`NameRegistry.common_word`)."""
    at = text.find(word)
    end = len(word)
    while at >= 0:
        before = text[at - 1] if at else ""
        after = text[at + end : at + end + 1]
        if not (before and (is_word_char(before) or before in "’'-")) and not (
            after and (is_word_char(after) or after in "’'")
        ):
            return True
        at = text.find(word, at + 1)
    return False


def _spelled_from(text: str, at: int, letters: str) -> int:
    """The end of a name spelling out `letters` from `at`, where a word starts with the
    first letter and a lower-case one, or -1 (`NameRegistry._spelled_out`).  Words end
    where their letters do; the spaces after one may hold joining words
    (`_SPELLED_JOINER`), which are tried as such first, most of them first, as the
    regex engine would."""
    stop = _SPELLED_WORD_END.search(text, at + 2)
    end = stop.start() if stop else len(text)
    if len(letters) == 1:
        return end
    spaces = _SPACES.match(text, end)
    if spaces is None:
        return -1
    starts = [spaces.end()]
    joiner = _SPELLED_JOINER.match(text, starts[-1])
    while joiner is not None:
        starts.append(joiner.end())
        joiner = _SPELLED_JOINER.match(text, starts[-1])
    rest = letters[1:]
    for start in reversed(starts):
        if text.startswith(rest[0], start) and "a" <= text[start + 1 : start + 2] <= "z":
            found = _spelled_from(text, start, rest)
            if found >= 0:
                return found
    return -1


#: A person described by what they are, with no name ("the Texas Democrat", "The
#: Glasgow Kelvin MP", "The married father of 12").
_DESCRIBED_PERSON = re.compile(
    r"[Tt]he\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?:suspect|man|woman|father|mother|Democrat|Republican|MP|teenager|veteran|defendant"
    r"|gunman|boy|girl)(?:\s+of\s+\w+)?"
    # "the 21-year-old ethnic Chechen": an age describes a person
    r"|[Tt]he\s+\d{1,3}-year-old(?:\s+[a-zA-Z’'-]+){1,3}"
)
#: Two people named together by what they are ("Both men said", "The two leaders had
#: made a joint call"): the article's two main people (`NameRegistry.two_main_people`).
_TWO_PEOPLE = re.compile(r"(?:[Bb]oth|[Tt]he\s+two)\s+(?:men|women|leaders)")
#: A description set off by commas after a name, a lower-case noun last: "José, a
#: Caracas bus driver," (read by `SpeakerTracker._one_name_person`).
_ONE_NAME_APPOSITION = r",\s+(?:an?|the)\s+(?:[\w’'-]+\s+){0,4}(?P<noun>[a-z][\w’'-]*),"
#: The second of two first names and the surname they share ("Julie and Brian
#: Hambleton"), led by the literal " and " that the scan skips to; the first name is
#: the word before it (`_FIRST_NAME_BEFORE`).
_SHARED_SURNAME = re.compile(r" and ([A-Z][a-z]+) ([A-Z][a-z][\w’'-]*)\b")
_FIRST_NAME_BEFORE = re.compile(r"(?<![\w’'-])[A-Z][a-z]+$")


@dataclass
class NameRegistry:
    """Full names and acronyms mentioned anywhere in the article, read from the text on
    first use (most speakers are full names and never need it)."""

    lexicon: Lexicon
    text: str
    _surnames: dict[str, str] | None = None
    _first_names: dict[str, str | None] | None = None
    _acronyms: dict[str, str] | None = None
    _prepared: str | None = None
    _titled: dict[tuple[str, tuple[str, ...]], str | None] = field(default_factory=dict)
    _bodies: dict[str, str | None] = field(default_factory=dict)
    #: surname -> (pronoun, the first name written before the surname there, or None)
    _genders: dict[str, set[tuple[str, str | None]]] = field(default_factory=dict)
    _honorifics_read: bool = False
    _described_surnames: set[str] = field(default_factory=set)
    _women_marked: dict[str, int] = field(default_factory=dict)
    _common_words: dict[str, bool] = field(default_factory=dict)
    _first_name_holders: dict[str, str | None] = field(default_factory=dict)
    _two_main: str | None = None
    _described: dict[str, str | None] = field(default_factory=dict)
    _bodies_described: dict[str, str | None] = field(default_factory=dict)
    _groups: dict[str, bool] = field(default_factory=dict)
    _one_name_people: dict[str, bool] = field(default_factory=dict)
    #: acronym -> the name the text spells it out as, or None (`_spelled_out`): each
    #: search reads the whole text, so a long text's many mentions would repeat it
    _spelled: dict[str, str | None] = field(default_factory=dict)
    #: Genders by the pronouns after a surname, read only where `_genders` has none.
    _pronoun_marks: dict[str, set[tuple[str, str | None]]] = field(default_factory=dict)

    def introduced_as_person(self, name: str) -> bool:
        """Whether the text sets a one-word name beside a word for a person or an age
        ("Mariam, a young teacher who gave only her first name, said", "Rashid, 19,",
        "his grandson, Rashid,"): a person known by one name, whom a later "she" or "he"
        stands for (memoised per name; read around the name's places, found by
        `str.find`, as `_gender_marks` reads a surname's)."""
        if not (name.isalpha() and name.istitle()):
            return False
        if name not in self._one_name_people:
            # (both descriptions set the name off by a comma: most names never are)
            self._one_name_people[name] = f"{name}," in self.text and any(
                self._person_word_beside(at, at + len(name))
                for at in _whole_word_starts(self.text, name)
            )
        return self._one_name_people[name]

    def _person_word_beside(self, start: int, end: int) -> bool:
        """Whether a word for a person or an age is set off beside the name at
        text[start:end] (`introduced_as_person`)."""
        roles = _person_words(self.lexicon)
        after = _DESCRIPTION_AFTER_NAME.match(self.text, end)
        if after is not None:
            words = after.group("words")
            return words is None or any(word in roles for word in words.split())
        before = _DESCRIPTION_BEFORE_NAME.search(self.text, max(0, start - 30), start)
        return (
            before is not None and before.group("word") in roles and self.text.startswith(",", end)
        )

    def common_word(self, word: str) -> bool:
        """Whether the article also writes the word in lower case ("terror", "militant"):
        then, capitalised at a sentence's start, it is no name ("Terror group has been
        demanding …").  Each word is looked for once, as a literal the scan skips to."""
        if word not in self._common_words:
            self._common_words[word] = _lower_word_in(self.text, word.casefold())
        return self._common_words[word]

    def gender(self, name: str) -> str | None:
        """ "he" or "she" for a person the text gives an honorific ("Mr Galloway",
        "Ms King") or a word for a woman or a man beside the name ("spokeswoman Maria
        Lopez", "Jane Roe, a spokeswoman"), or described by one ("a spokeswoman"), None
        when it gives none or both: a "she said"
        cannot be Mr Galloway.  The text's honorifics are read in one scan, on first use;
        the words beside a name, around its surname's few places, once per surname."""
        described = described_gender(name)
        if described:
            return described
        if not self._honorifics_read:
            self._honorifics_read = True
            for match in _HONORIFIC_SURNAME.finditer(self.text):
                title, surname = match.groups()
                pronoun = "she" if title.casefold() in _FEMALE_HONORIFICS else "he"
                self._note_gender(surname, pronoun, match.start(), None)
        words = name.split()
        surname = words[-1]
        if surname not in self._described_surnames:
            self._described_surnames.add(surname)
            by_roles, by_pronouns = self._gender_marks(surname)
            for pronoun, position in by_roles:
                self._note_gender(surname, pronoun, position, self._first_name_at(position))
            for pronoun, position in by_pronouns:
                first_there = self._first_name_at(position)
                self._pronoun_marks.setdefault(surname, set()).add((pronoun, first_there))
        # relatives share a surname ("Ahmed Haddad … His mother, Amal Haddad"): a mark
        # beside another first name says nothing of this person; a pronoun in the
        # clause the name opens counts only where no word or honorific marks it
        first = words[0] if len(words) > 1 else None
        marks = self._genders.get(surname) or self._pronoun_marks.get(surname) or set()
        pronouns = {
            pronoun
            for pronoun, marked_first in marks
            if first is None or marked_first is None or marked_first == first
        }
        return next(iter(pronouns)) if len(pronouns) == 1 else None

    def _note_gender(self, surname: str, pronoun: str, position: int, first: str | None) -> None:
        """Note that the text names the person as of the pronoun's gender at `position`
        (`first`: the first name written there, None for an honorific), and where it
        first names a woman as one (`woman_named_before`)."""
        self._genders.setdefault(surname, set()).add((pronoun, first))
        if pronoun == "she" and position < self._women_marked.get(surname, len(self.text)):
            self._women_marked[surname] = position

    def _first_name_at(self, position: int) -> str | None:
        """The capitalised word right before a surname at `position` ("Amal" of "Amal
        Haddad"), None when there is none ("spokeswoman Lopez")."""
        before = self.text[max(0, position - _GENDERED_NAME_REACH) : position]
        words = before.split()
        if not before[-1:].isspace() or not words or not words[-1][:1].isupper():
            return None
        return words[-1]

    def _gender_marks(self, surname: str) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
        """("she" or "he", where) for each place the text sets the surname beside a word
        for a woman or a man (`_FEMALE_ROLES`, `_MALE_ROLES`), and for each place a "she"
        or "he" follows it in the clause it opens (`_PRONOUN_AFTER_NAME`): found in one
        pass over the surname's places (`str.find`), where a scan of the text for the
        words cost a third of the detector's time."""
        by_roles = []
        by_pronouns = []
        text = self.text
        at = text.find(surname)
        while at >= 0:
            end = at + len(surname)
            if not (at and is_word_char(text[at - 1])) and not (
                end < len(text) and is_word_char(text[end])
            ):
                before = _ROLE_BEFORE_NAME.search(text, max(0, at - _GENDERED_NAME_REACH), at)
                after = _ROLE_AFTER_NAME.match(text, end)
                for role in (before, after):
                    if role is not None:
                        female = role.group("role").casefold() in _FEMALE_ROLES
                        by_roles.append(("she" if female else "he", at))
                pronoun = _PRONOUN_AFTER_NAME.match(text, end)
                if pronoun is not None:
                    by_pronouns.append((pronoun.group("pronoun"), at))
            at = text.find(surname, end)
        return by_roles, by_pronouns

    def woman_named_before(self, name: str, position: int) -> bool:
        """Whether the text names the person as a woman ("Ms King", "spokeswoman Maria
        Lopez") before `position`: what a reader knows when a "she" comes."""
        surname = name.rsplit(None, 1)[-1]
        return (
            self.gender(name) == "she"
            and self._women_marked.get(surname, len(self.text)) < position
        )

    @property
    def surnames(self) -> dict[str, str]:
        """Surname (and "particle + surname") -> full name of each person named in full."""
        if self._surnames is None:
            self._surnames, self._first_names = self._full_name_tables()
        return self._surnames

    @property
    def first_names(self) -> dict[str, str | None]:
        """First name -> full name of the one person named in full with it (None when
        two people share it)."""
        if self._first_names is None:
            self._surnames, self._first_names = self._full_name_tables()
        return self._first_names

    def _full_name_tables(self) -> tuple[dict[str, str], dict[str, str | None]]:
        """(`surnames`, `first_names`), from one scan of the text's capitalised runs."""
        surnames: dict[str, str] = {}
        first_names: dict[str, str | None] = {}
        by_first_surname: set[str] = set()  # keys taken from a first surname
        prepared = self._glued_periods_split()
        for run in _NAME_RUN.finditer(prepared):
            office = (
                _OFFICE_FOR_BEFORE.search(prepared, max(0, run.start() - 24), run.start())
                if _after_for_or_to(prepared, run.start())
                else None
            )
            # ("envoy for Syria Staffan de Mistura": the place is no first name)
            name = person_name(f"{office.group() if office else ''}{run.group()}", self.lexicon)
            if name and " " in name and not self._plural_role(name[: name.find(" ")]):
                # (not a title-case headline's "Rebels Say Talks Stalled": a plural role
                # noun opens no one's name, where a singular one may be a title, as in
                # "Witness Ahmed Mahat")
                for key in _surname_keys(name):
                    if key not in surnames or (
                        key in by_first_surname
                        and _alone_first_after(prepared, name.rsplit(None, 1)[-1], run.start())
                    ):
                        # a last word names its holder before another's middle word
                        # read as a first surname, when the word stands alone first
                        # after it ("Othman Abubakar" after "Alhaji Abubakar Sokoto":
                        # a later "Abubakar added" is Othman Abubakar)
                        surnames[key] = name
                        by_first_surname.discard(key)
                first_surname = _first_surname_key(name)
                if first_surname is not None and first_surname not in surnames:
                    surnames[first_surname] = name
                    by_first_surname.add(first_surname)
                first = name.split()[0]
                if first_names.get(first, name) != name:
                    first_names[first] = None  # two people share it: no guess
                else:
                    first_names[first] = name
        for first, name in first_names.items():
            if name and (
                _FAMILY_NAME_FIRST.fullmatch(name)
                or (first in _FIRST_WORD_FAMILY_NAMES and name.count(" ") in (1, 2))
            ):
                # "Wi said" after "National Security Adviser Wi Sung-lac": a Korean or
                # Taiwanese name, its hyphenated given name after the family name, which
                # alone names the person (unless two people named share it, or another
                # person's last word is the same: "Sung Kim" keeps "Kim"); a Chinese or
                # Korean family name does so whatever follows ("Xi" of "Xi Jinping")
                surnames.setdefault(first.casefold(), name)
        if " and " in self.text:
            # "Julie and Brian Hambleton": two people who share the surname, the first
            # named in full nowhere else ("Julie said" is Julie Hambleton)
            for pair in _SHARED_SURNAME.finditer(self.text):
                second, surname = pair.groups()
                before = _FIRST_NAME_BEFORE.search(
                    self.text, max(0, pair.start() - 20), pair.start()
                )
                first = before.group() if before else ""
                if (
                    first
                    and f"{second} {surname}" in surnames.values()
                    and first not in first_names
                ):
                    full = f"{first} {surname}"
                    if person_name(full, self.lexicon) == full:
                        first_names[first] = full
        return surnames, first_names

    def _plural_role(self, word: str) -> bool:
        """Whether a word is a role noun in the plural ("Rebels", "Officials")."""
        lower = word.casefold()
        return lower in self.lexicon.roles and lower.endswith("s") and not lower.endswith("ss")

    def two_main_people(self) -> str | None:
        """The two people named in full whose surnames the text writes most often, each
        more than once, joined with ";" (the first of equals first), or None: whom "both
        men" and "the two leaders" stand for ("Salva Kiir; Riek Machar").  A name met
        once is no main character, and is often capitalised words a scrape ran
        together.  Counted once per article."""
        if self._two_main is None:
            counts = Counter(
                {
                    name: len(_whole_word_starts(self.text, name.rsplit(None, 1)[-1]))
                    for name in dict.fromkeys(self.surnames.values())
                    # ("Asharq Al-Awsat Asharq Al-Awsat": a name run into its repeat)
                    if len(set(name.split())) == len(name.split())
                }
            )
            pair = [name for name, seen in counts.most_common(2) if seen > 1]
            self._two_main = "; ".join(pair) if len(pair) == 2 else ""
        return self._two_main or None

    def first_name(self, word: str) -> str | None:
        """The full name of the one person named in full with this first name ("Brian
        added" -> Brian Hambleton), unless the word stands alone too often, or after a
        preposition of place, to be only a name ("Israel" of "Israel Katz").  Each word
        is decided once an article: the answer reads only the text and the name tables,
        and the same first names come back for every "Brian said"."""
        if word not in self._first_name_holders:
            self._first_name_holders[word] = self._first_name_holder(word)
        return self._first_name_holders[word]

    def _first_name_holder(self, word: str) -> str | None:
        """`first_name`, worked out from the text."""
        full = self.first_names.get(word)
        if not full:
            return None
        mentions = _whole_word_starts(self.text, word)
        alone = len(mentions) - self.text.count(full)
        placed = _placed_word(self.text, word)
        # A first name met alone before the full name is someone else ("But José, a
        # Caracas bus driver, said" long before "José Luis Rodríguez Zapatero").
        introduced = next((at for at in mentions if not self.text.startswith(full, at)), None)
        earlier = introduced is not None and introduced < self.text.find(full)
        return full if alone <= _FIRST_NAME_MAX_ALONE and not placed and not earlier else None

    @property
    def acronyms(self) -> dict[str, str]:
        """Acronym -> the name it was defined for ("Syrian Observatory … (SOHR)")."""
        if self._acronyms is None:
            acronyms: dict[str, str] = {}
            # Most articles define none: the plain text says so before the prepared
            # copy is made (splitting glued periods adds no brackets).
            if _has_acronym_in_parens(self.text):
                prepared = self._glued_periods_split()
                for match in _acronym_definitions(prepared):
                    full = _LEADING_THE.sub("", strip_np(match.group(1)))
                    acronyms.setdefault(match.group(2), full)
            self._acronyms = acronyms
        return self._acronyms

    def _glued_periods_split(self) -> str:
        """The text with "terrorism.In" split into "terrorism. In", for the name scans;
        surnames and acronyms are each read only when first needed."""
        if self._prepared is None:
            self._prepared = _GLUED_PERIOD.sub(". ", self.text)
        return self._prepared

    def expand(self, name: str) -> str:
        """Full name for a surname or acronym mentioned in full elsewhere, else `name`."""
        if " " in name.strip() and name.split()[0].casefold() not in _PARTICLES:
            return name
        if name in self.acronyms:
            return self.acronyms[name]
        if _ACRONYM.fullmatch(name) or _MIXED_ACRONYM.fullmatch(name):
            return self._spelled_out(name) or name
        key = name.replace(" ", "").casefold()
        full = self.full_name_of(key)
        if full is None and key.endswith("s") and len(key) > 4:
            full = self.full_name_of(key[:-1])  # "Assads comments", the apostrophe lost
        if full is None and name.istitle() and " " not in name:
            full = self.first_name(name)
        if full and key in state_names() and not self._titled_somewhere(full):
            # "Egypt said": the state, not "Banknbox Egypt" or a headline's "Russia
            # Claims Not"; a person the text gives a title or a role keeps the name
            # ("Rep. Jim Jordan … Jordan said")
            return name
        return full or name

    def _titled_somewhere(self, full: str) -> bool:
        """Whether a title, an honorific or a word for a person stands right before the
        full name somewhere in the text ("Rep. Jim Jordan", "lawmaker Jim Jordan")."""
        for at in _whole_word_starts(self.text, full):
            words = self.text[max(0, at - 40) : at].split()
            before = words[-1].casefold().rstrip(".,") if words else ""
            if (
                before in self.lexicon.titles
                or before in _HONORIFICS
                or before in self.lexicon.person_roles
            ):
                return True
        return False

    def full_name_of(self, surname: str) -> str | None:
        """The full name of the person named in full whose surname this is, or None."""
        return self.surnames.get(surname.casefold().replace("’", "'"))

    def ranked(self, rank: str) -> str | None:
        """The one person the article names with a rank ("the colonel" -> Haitham Afisi
        of "Col Haitham Afisi"), or None when it names none or several."""
        # Both forms start with the same capital; the word-start test sits after it, so
        # the pattern starts with a literal the regex engine skips ahead to.
        first = _RANK_FORMS[rank][0][0]
        rests = "|".join(form[1:] for form in _RANK_FORMS[rank])
        names = {
            found.group(1)
            for found in re.finditer(
                rf"{first}(?<!\w.)(?:{rests})\.?\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,2}})",
                self.text,
            )
        }
        return _one_name(names)

    def office_holder(self, office: str, lexicon: Lexicon) -> str | None:
        """The person the article names with an office spelled out in capitals, right
        after its first mention and a comma or two ("The General Officer Commanding
        (GOC) 1 Division, Nigeria Army, Major Gen. Adeniyi Oyebade, said"): whom the
        office's acronym stands for later ("The GOC explained"), or None."""
        at = self.text.find(office)
        return None if at < 0 else self._titled_name_after(at + len(office), lexicon)

    def brought_in_since(self, role: str, name: str, position: int | None) -> bool:
        """Whether the article brings in someone by the role word with "a" or "an" (at
        most three words between: "A Reuters journalist who reached the tent") after its
        last mention of `name` before `position` (the text's end when None): "the
        journalist" there may be that one, not the one named."""
        end = len(self.text) if position is None else position
        since = max(0, self.text.rfind(name, 0, end))
        return _indefinite_role(role).search(self.text, since, end) is not None

    def role_holder(self, role: str, lexicon: Lexicon) -> str | None:
        """The person the article names after its first mention of the role as a
        capitalised title set off by a comma ("The Commandant, Nigeria Army Peacekeeping
        Centre, Major General Salihu Uba, said"): whom "the commandant" stands for
        later, or None ("Sheikh Maqsoud, Aleppo," has no comma after the title)."""
        at = self.text.find(f"{_role_title(role)},")
        return None if at < 0 else self._titled_name_after(at + len(role), lexicon)

    def _titled_name_after(self, end: int, lexicon: Lexicon) -> str | None:
        """The full name that opens with a title in the first clauses after `end`, or
        None.  Only those clauses are read, and the name must open with a title, so a
        unit or a place between ("Nigeria Army", "Jos") is passed over."""
        window = self.text[end : end + _OFFICE_HOLDER_REACH]
        for part in window.split(",")[1:_OFFICE_HOLDER_CLAUSES]:
            run = _CAPITALISED_RUN.match(part.strip())
            if run is None:
                continue
            words = run.group().split()
            name = person_name(run.group(), lexicon)
            if name and " " in name and name != run.group() and _is_title(words[0], lexicon):
                return self.expand(name)
        return None

    def described_as(self, role: str) -> str | None:
        """The one person the article names in full with this role word in apposition
        ("Adm. Samuel Locklear, commander of U.S. Pacific Command"; "Nathaniel Raymond,
        the group's executive director") or before the name as its title ("Supreme
        Allied Commander in Europe, U.S. Air Force General Philip Breedlove"), or None
        when it names none or several: whom "the commander" and "the top American
        military commander in the Pacific" stand for, before or after the name.  Read
        once per role and article."""
        if role not in self._described:
            names: set[str] = set()
            forms = []
            for word in (role, *_ROLE_SYNONYMS.get(role, ())):
                # ("PTI legislator Jamal Siddiqi … The lawmaker revealed": one role,
                # two words for it)
                forms += _apposed_role_matches(self.text, word) + _names_after_role(self.text, word)
            for found in forms:
                before = found.before
                titled = _NAME_AFTER_TITLE.match(self.text, found.end) if before else None
                if titled:
                    # "Speaking from Gaza City, spokesperson James Elder said": the role
                    # is the title of the name after it, not said of the words before
                    name = person_name(titled.group(), self.lexicon)
                elif before:
                    name = person_name(before, self.lexicon)
                else:  # the name ends the run after the title
                    tail = _final_name(found.after.replace(",", " "), self.lexicon)
                    name = tail if person_name(tail, self.lexicon) == tail else None
                if name and " " in name and not _intrinsic_org(name, self.lexicon):
                    names.add(self.expand(name))
            self._described[role] = _one_name(names)
        return self._described[role]

    def body_described_as(self, np: str, lexicon: Lexicon) -> str | None:
        """The one body the article names with a description holding the words of
        `np` ("the alliance", "The US-backed alliance") set off after the name ("The
        Syrian Democratic Forces, a US-backed alliance of Kurdish and Arab fighters,"):
        whom the description stands for (guideline §4: "the British-based monitoring
        group" is the Syrian Observatory).  Found from the head word's places
        (`str.find`), once per phrase and article."""
        key = np.casefold()
        if key not in self._bodies_described:
            words = key.split()[1:]
            head = words[-1] if words else ""
            names: set[str] = set()
            if head in lexicon.roles and head not in lexicon.person_roles:
                at = self.text.find(head)
                while at >= 0:
                    name = _body_named_before(self.text, at, words)
                    if name:
                        names.add(name)
                    at = self.text.find(head, at + len(head))
            self._bodies_described[key] = next(iter(names)) if len(names) == 1 else None
        return self._bodies_described[key]

    def called_a_group(self, name: str) -> bool:
        """Whether the article calls this name a group ("the Islamist militant group the
        Shabab", "Boko Haram, the jihadist group,", "the Nusra group"): then a later
        "the group" may stand for it, though its name carries no organisation word.
        Read once per name and article."""
        if name not in self._groups:
            self._groups[name] = (
                _may_be_called_a_group(self.text, name)
                and _group_pattern(name).search(self.text) is not None
            )
        return self._groups[name]

    def main_armed_group(self) -> str | None:
        """The armed group the article names most often ("ISIS" in a story of the
        Tikrit offensive), or None when it names none or two as often: whom "the
        jihadist group" stands for when no group spoke before.  Read once per article."""
        if _ARMED_GROUP_KEY not in self._bodies:
            counts = Counter(
                found.group() for found in self.lexicon.armed_groups.finditer(self.text)
            )
            ranked = counts.most_common(2)
            top = (
                ranked[0][0]
                if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1])
                else None
            )
            self._bodies[_ARMED_GROUP_KEY] = top
        return self._bodies[_ARMED_GROUP_KEY]

    def named_body(self, word: str) -> str | None:
        """The one name the article gives a body with this word in it, capitalised words
        before it and an "of"/"for"/"on" phrase after it if any ("Observatory" ->
        "Syrian Observatory for Human Rights"), or None when it names none or several."""
        if word not in self._bodies:
            pattern = re.compile(
                rf"(?<![\w-])(?:[A-Z][\w'’-]*\s+){{1,4}}{re.escape(word)}"
                rf"(?:\s+(?:for|of|on)(?:\s+(?:the\s+)?[A-Z][\w'’-]*){{1,4}})?"
            )
            names = {
                _LEADING_THE.sub("", _HYPHEN_DESCRIPTOR.sub("", found.group()))
                for found in pattern.finditer(self.text)
                if not _ENDS_IN_OPENER.search(found.group())
            }
            # "Syrian Observatory" is a short form of "Syrian Observatory for Human Rights"
            names = {n for n in names if n != word and not any(n in m != n for m in names)}
            self._bodies[word] = names.pop() if len(names) == 1 else None
        return self._bodies[word]

    def newspaper(self) -> str | None:
        """The one newspaper the article names ("the New York Times", "The Telegraph"
        as a short form of "the Daily Telegraph"), which "the paper" stands for, or None
        when it names none or several."""
        if _NEWSPAPER_KEY not in self._bodies:
            names = {_LEADING_THE.sub("", found.group()) for found in NEWSPAPER.finditer(self.text)}
            names = {n for n in names if not any(n in m != n for m in names)}
            self._bodies[_NEWSPAPER_KEY] = names.pop() if len(names) == 1 else None
        return self._bodies[_NEWSPAPER_KEY]

    def compass_state(self, point: str) -> str | None:
        """The one state the article names after this point of the compass ("North
        Korea" for "the North", "South Sudan" for "the South"), which the short form
        stands for, or None when it names none or several."""
        key = f"compass:{point}"
        if key not in self._bodies:
            names = {
                found.group()
                for found in _COMPASS_STATE.finditer(self.text)
                if found.group(1) == point
            }
            self._bodies[key] = names.pop() if len(names) == 1 else None
        return self._bodies[key]

    def titled(self, role: str, modifiers: tuple[str, ...]) -> str | None:
        """The one person the article names with a title of this office whose words
        carry every modifier ("the French leader" -> Francois Hollande of "French
        President Francois Hollande"), or None when it names none or several."""
        key = (role, modifiers)
        if key not in self._titled:
            names = set()
            for found in _office_title_pattern(role).finditer(self.text):
                before = _TITLE_WORDS_BEFORE.search(
                    self.text, max(0, found.start() - 60), found.start()
                )
                title = f"{before.group() if before else ''}{found.group('title')}"
                words = title.casefold().split()
                if _UNDER_THE_OFFICE & set(words):
                    continue  # "US Deputy Secretary of State Wendy Sherman" holds no office
                # ("Prime Minister Benjamin Netanyahu's office": the name, not its owner's)
                name = person_name(_POSSESSIVE_END.sub("", found.group("name")), self.lexicon)
                # (a modifier may be a country's name for its adjective: "iran" for
                # "iranian", in a wire headline's "IRAN PRESIDENT")
                if name and " " in name and all(_has_word_from(words, m) for m in modifiers):
                    names.add(name)
            self._titled[key] = names.pop() if len(names) == 1 else None
        return self._titled[key]

    def _spelled_out(self, acronym: str) -> str | None:
        """The name an acronym abbreviates, when the article spells it out without
        defining it ("the World Health Organization … The WHO said"), else None: the
        first, from the text's start, of the words that begin with its letters in turn
        and a lower-case one ("MoD", "Ministry of Defence"), each word whole, joining
        words between them (`_spelled_from`).  Read once per acronym (`_spelled`)."""
        if acronym not in self._spelled:
            self._spelled[acronym] = self._first_spelling(acronym)
        return self._spelled[acronym]

    def _first_spelling(self, acronym: str) -> str | None:
        """The first spelling out of `acronym` from the text's start, or None
        (`_spelled_out`)."""
        text = self.text
        at = text.find(acronym[0])
        while at >= 0:
            if (at == 0 or not (is_word_char(text[at - 1]) or text[at - 1] == "-")) and (
                "a" <= text[at + 1 : at + 2] <= "z"
            ):
                end = _spelled_from(text, at, acronym)
                if end >= 0:
                    return text[at:end]
            at = text.find(acronym[0], at + 1)
        return None


#: A second name a body goes by, after "or" at the end of a speaker phrase.
_OR_ALIAS = re.compile(r"\s+or\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*$")


#: A two-word name whose second word is a hyphenated given name in the romanisation of
#: Korean and Taiwanese names ("Wi Sung-lac", "Tsai Ing-wen"): the family name is first.
_FAMILY_NAME_FIRST = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+")
#: Chinese, Taiwanese and Korean family names, which such names put first, hyphen or
#: not: "Xi told Biden" after "Xi Jinping bluntly told …", "Kim said" after "Kim Jong
#: Un".  News name these people by the first word alone, often a dozen times a story (too
#: often for `NameRegistry.first_name`).  Not the family names that are English words
#: or pronouns ("He", "Long", "Song", "Sun").
_FIRST_WORD_FAMILY_NAMES = frozenset(
    (
        *("Xi", "Li", "Wang", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou"),
        *("Wu", "Xu", "Hu", "Zhu", "Gao", "Guo", "Luo", "Liang", "Zheng", "Xie", "Tang"),
        *("Feng", "Dong", "Xiao", "Cheng", "Cao", "Yuan", "Deng", "Shen", "Zeng", "Peng"),
        *("Jiang", "Cai", "Jia", "Wei", "Xue", "Zhong", "Wen", "Qin", "Mao", "Hua", "Geng"),
        *("Qian", "Tian", "Yao", "Meng", "Duan", "Qiu", "Zou", "Shao", "Yin", "Tsai"),
        *("Kim", "Moon", "Yoon", "Choi", "Chung", "Roh", "Ban", "Park", "Lee", "Lin", "Fu"),
        *("Ma", "Han", "Lai"),
    )
)


def _surname_keys(name: str) -> list[str]:
    words = name.replace("’", "'").split()
    keys = [words[-1].casefold()]
    article, hyphen, rest = words[-1].partition("-")
    if hyphen and article.casefold() in _ARABIC_ARTICLES and rest:
        keys.append(rest.casefold())  # "Halabi" names Mohammad al-Halabi
    if len(words) >= 3 and words[-2].casefold() in _PARTICLES:
        keys.append((words[-2] + words[-1]).casefold())
    return keys


def _alone_first_after(text: str, surname: str, at: int) -> bool:
    """Whether the text's first mention of `surname` on its own (no capitalised word of
    a name right before it) comes after `at`: a surname used alone before a second
    person with it is named stands for the first ("Police spokesman Mohammed Abubakar
    Tukur said … "…," Abubakar said. … Atiku Abubakar later condemned …")."""
    for start in _whole_word_starts(text, surname):
        before = text[max(0, start - 30) : start].split()
        if before and before[-1][:1].isupper() and before[-1][-1:].isalpha():
            continue  # a full name's last word ("Othman Abubakar")
        return start > at
    return False


def _first_surname_key(name: str) -> str | None:
    """The middle word of a three-word name, lower-cased, as a Spanish name's first
    surname ("Escobar" names Reynaldo Escobar Perez), or None.  It may as well be a
    middle name, so another person's last word takes the key from it."""
    words = name.replace("’", "'").split()
    if (
        len(words) == 3
        and words[1].casefold() not in _PARTICLES
        and words[1][:1].isupper()
        and len(words[1]) > 2
        and "." not in words[1]
    ):
        return words[1].casefold()
    return None


_NOT_NAMES = frozenset(
    [
        "on",
        "in",
        "at",
        "the",
        "a",
        "an",
        "for",
        "of",
        "to",
        "by",
        "with",
        "from",
        "and",
        "but",
        "as",
        "after",
        "before",
        "since",
        "during",
        # prepositions that open a sentence before a name ("Like Noha Samira was …")
        *("like", "unlike", "despite", "amid", "among"),
        # ("Inside Russia, state media reported …": a place, no first name)
        *("inside", "outside", "across", "within", "throughout", "near", "beyond"),
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        # sentence adverbs before a subject ("Elsewhere Syrian troops ousted …")
        *("elsewhere", "meanwhile", "however", "earlier", "later", "separately", "also"),
        *("now", "then", "still", "indeed", "instead", "finally", "thus", "once"),
        # days and times before a subject ("Yesterday Nato's commander said …", "Online
        # a statement …"), and the weekdays' possessives whose apostrophe was lost
        # ("Tuesdays attack")
        *("yesterday", "today", "tonight", "tomorrow", "overnight", "online"),
        *("mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays"),
        # question and function words that open a headline ("Is Russia sending troops?")
        *("is", "are", "was", "were", "does", "did", "has", "have", "can", "will", "why"),
        *("how", "what", "who", "where", "when", "this", "that", "it", "there"),
        # subordinators that open a sentence before its subject ("While Myanmar said …"):
        # the words that open a clause, and a few more
        *_BOUNDARY_WORDS,
        *("whilst", "whereas", "unless"),
        # web page furniture glued into scraped text ("Video Loading Video Unavailable")
        *("video", "loading", "unavailable", "click", "tap", "play", "subscribe", "cancel"),
        *("share", "advertisement", "listen", "watch", "newsletter", "newsletters"),
    ]
)


#: Nouns that end the name of a place ("Gaza City", "Babban Gida Village", "Borno
#: State"), which no person's name ends with.
_PLACE_HEADS = frozenset(
    (
        *("village", "city", "town", "state", "province", "district", "county", "region"),
        *("valley", "island", "islands", "forest", "barracks", "airport", "square", "ward"),
        *("sea", "ocean", "gulf", "strait", "straits", "river", "shoal", "peninsula"),
        *("mountains", "desert", "heights", "plateau", "reef", "canal", "harbour", "harbor"),
    )
)


#: Endings of capitalised common nouns in company names ("Lane Telecommunications",
#: "General Dynamics"), which no surname has.
_COMPANY_WORD_ENDINGS = ("tions", "ments", "ities", "ologies", "ics", "systems", "industries")


#: What may follow a person's name and is no part of it to compare speakers by.
_GENERATIONAL_SUFFIXES = frozenset(("Jr", "Sr", "II", "III", "IV"))


#: Offices held for or to a place ("envoy for Syria", "ambassador to Russia", "the MP for
#: East Lothian").
_OFFICES_FOR_A_PLACE = frozenset(
    ("envoy", "ambassador", "representative", "coordinator", "commissioner", "rapporteur", "mp")
)
#: Such an office and its "for" or "to" right before a run of capitalised words.
_OFFICE_FOR_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(_OFFICES_FOR_A_PLACE))})\s+(?:for|to)\s+$", re.IGNORECASE
)


def _after_for_or_to(text: str, at: int) -> bool:
    """Whether "for" or "to" (in any case), then spaces, come right before `at`: what
    `_OFFICE_FOR_BEFORE` needs to end there, tested before its search of the 24
    characters before each capitalised run of the text."""
    end = at
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end < at and (
        text[end - 3 : end].lower() == "for" or text[end - 2 : end].lower() == "to"
    )


#: How far after an office's mention its holder's name is looked for, and in how many
#: comma-separated clauses at most (the office's own words, then a unit, a place).
_OFFICE_HOLDER_REACH = 160
_OFFICE_HOLDER_CLAUSES = 4
#: A run of capitalised words, dotted abbreviations among them ("Major Gen. Adeniyi
#: Oyebade").
_CAPITALISED_RUN = re.compile(r"[A-Z][\w.'’-]*(?:[^\S\n]+[A-Z][\w.'’-]*)*")


def _is_office(name: str, lexicon: Lexicon) -> bool:
    """Whether a name spelled out from an acronym is an office held by a person
    ("General Officer Commanding", "Chief of Army Staff", "Inspector General of
    Police"): two of its words are titles or people's roles, which no body's name
    ("General Motors") has."""
    words = [w.casefold() for w in name.split()]
    return sum(w in lexicon.titles or w in lexicon.person_roles for w in words) >= 2


#: How far before a person's first mention their title or description may reach
#: ("The General Officer Commanding 2 Division, Nigerian Army, Major Gen. …"), and after
#: it an apposition ("…, the Wagner group's founder,"), within the sentence.
_INTRODUCTION_REACH = 160
#: A sentence's end: a stop after a word of four letters or more (not "Gen." or
#: "Maj."), or a line break.
_SENTENCE_END_BEFORE = re.compile(r"(?<=[a-z]{4}[.!?])\s|\n")


def _introduced_with(text: str, person: str, word: str) -> bool:
    """Whether the text introduces `person` (at the first mention of their full name,
    or else of their surname) with `word` in the title or description of that
    sentence, as a whole word in any case: whom "the army boss" or "the Hamas boss"
    stands for."""
    at = text.find(person)
    if at < 0:
        at = text.find(person.rsplit(None, 1)[-1])
    if at < 0:
        return False
    start = max(0, at - _INTRODUCTION_REACH)
    for end in _SENTENCE_END_BEFORE.finditer(text, start, at):
        start = end.end()
    after = _SENTENCE_END_BEFORE.search(text, at, at + _INTRODUCTION_REACH)
    window = text[start : after.start() if after else at + _INTRODUCTION_REACH]
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", window, re.IGNORECASE) is not None


def _single_capital(word: str) -> bool:
    """Whether a word is one capital letter, an initial written without its period."""
    return len(word) == 1 and "A" <= word <= "Z"


@lru_cache(maxsize=8192)
def person_name(np: str, lexicon: Lexicon) -> str | None:
    """The person's name at the end of a phrase, titles removed, or None when the
    phrase ends in an organisation, a role noun or anything else that is not a name."""
    np = _GLUED_PERIOD.sub(". ", np)
    words = _words(np)
    if len(words) > 2 and words[-1].rstrip(".,") in _GENERATIONAL_SUFFIXES:
        words = words[:-1]  # "Samuel Locklear III", "Martin Luther King Jr."
    run: list[str] = []
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        lower = word.casefold().rstrip(".")
        if (
            _is_cap(word)
            # (`_is_title`: "Brigadier-General", "Lt.-Gen." are titles as "General" is)
            and (_is_title(word, lexicon) or lower in _NOT_NAMES)
            and (run or not _title_as_surname(words, index, lexicon))
            # ("John A. Kelly": a middle initial, not the article)
            and not (run and len(word) == 2 and word[1] == ".")
        ):
            break
        if "-" in word and _HYPHEN_DESCRIPTOR.fullmatch(word):
            break  # "ISIS-affiliated Facebook": a descriptor is no part of a name
        if len(word) > 2 and word[-1] == "s" and word[:-1].isupper():
            # "MSFs" (its apostrophe lost): an acronym's possessive, no part of a name;
            # after one, the name ends ("said Massimiliano Rebaudengo MSFs head …")
            if run:
                break
            continue
        if (
            (lower in lexicon.organisations or lower.endswith(_COMPANY_WORD_ENDINGS))
            and _is_cap(word)
            # (a two-letter acronym written as a word is a name's: the "Un" of "Kim Jong
            # Un" is no UN)
            and not (len(lower) == 2 and not word.isupper())
        ):
            return None
        if (
            (_is_cap(word) and not word.isupper())
            or (lower in _PARTICLES and run)
            or (len(word) == 2 and word[0].isupper() and word[1] == "." and run)
            # "M Y Tarigami", "A K Antony": initials without their periods (South Asian
            # copy), two or more, as one alone may be a compass point ("N Korea")
            or (
                _single_capital(word)
                and run
                and (len(run[0]) == 1 or (index > 0 and _single_capital(words[index - 1])))
            )
            # "H.R. McMaster": initials glued together, not an acronym ("U.S.")
            or (run and _GLUED_INITIALS.fullmatch(word) and word not in _DOTTED_ACRONYMS)
            # "Mr VK Singh", "Union Minister BS Yeddyurappa": initials glued without their
            # periods (South Asian copy), right after a title, where an acronym is none
            or (
                run
                and len(run) == 1
                and 2 <= len(word) <= 3
                and word.isalpha()
                and word.isupper()
                and index > 0
                and _is_title(words[index - 1], lexicon)
                and word.casefold() not in lexicon.titles
            )
        ):
            run.insert(0, word)
        else:
            break
    if len(run) > 1 and run[0].casefold() in _CLAUSE_PARTICIPLES:
        run = run[1:]  # "Defying China, Philippines to …": a clause's verb, its object
    if not run or run[-1].casefold() in _PARTICLES or run[-1].casefold() in _PLACE_HEADS:
        return None  # "BabbanGida Village", "Gaza City": a place
    before = words[-len(run) - 1] if len(run) < len(words) else ""
    if before == "the":
        return None  # "… regional director for the Middle East": a place or a body
    if before == "of":
        if len(run) < 3:
            return None  # "Democrat of California", "Governor of Homs": a place
        run = run[1:]  # "Governor of Homs Talal Barazi": the place, then the name
        while len(run) > 2 and run[0].casefold() in _OFFICE_DOMAINS:
            # "Minister of Public Security Vladimir Gusak", "Minister of Internal
            # Affairs Ivan Petrov": the office's remit, then the name
            run = run[1:]
    elif (
        before in ("for", "to")
        and len(run) + 2 <= len(words)
        and words[-len(run) - 2].casefold().rstrip(".,") in _OFFICES_FOR_A_PLACE
    ):
        if len(run) < 3:
            return None  # "the UN envoy for Syria", "the MP for East Lothian": a place
        # "UN special envoy for Syria Staffan de Mistura", "ambassador to Russia John
        # Tefft": the office's place, then the name (commas lost)
        run = run[1:]
    return " ".join(run)


#: Participles that open a clause before a sentence's subject, capitalised there and
#: followed by a capitalised object ("Defying China, …", "Visiting Kyiv, …"): no name
#: starts with one.
_CLAUSE_PARTICIPLES = frozenset(
    (
        *("defying", "visiting", "addressing", "citing", "responding", "backing"),
        *("accusing", "urging", "welcoming", "condemning", "rejecting", "praising"),
        *("hailing", "warning", "quoting", "blaming", "echoing", "slamming", "touring"),
        *("leaving", "facing", "joining", "supporting", "opposing", "defending"),
        *("invoking", "criticising", "criticizing", "referring", "speaking", "meeting"),
        # prepositions in -ing ("Following Houthi attacks, …")
        *("following", "including", "regarding", "concerning"),
    )
)
#: The last words of a ministry's or office's remit ("of Public Security", "of Internal
#: Affairs"), which no person's name starts with.
_OFFICE_DOMAINS = frozenset(
    (
        *("affairs", "security", "defence", "defense", "interior", "justice", "health"),
        *("finance", "state", "education", "information", "emergencies", "situations"),
        *("development", "relations", "intelligence", "safety", "trade", "economy"),
        *("labour", "labor", "transport", "energy", "agriculture", "culture", "welfare"),
        *("reconstruction", "communications", "environment", "immigration", "homeland"),
    )
)
#: A person's initials written together ("H.R."), and the dotted acronyms of that shape.
_GLUED_INITIALS = re.compile(r"[A-Z]\.[A-Z]\.")
_DOTTED_ACRONYMS = frozenset(("U.S.", "U.K.", "U.N.", "E.U."))


def _initials_of_a_name(words: list[str], index: int) -> bool:
    """Whether words[index] is a person's initials written together with a capitalised
    name after it ("H.S. Panag"), not a dotted acronym ("U.S. forces")."""
    return (
        _GLUED_INITIALS.fullmatch(words[index]) is not None
        and words[index] not in _DOTTED_ACRONYMS
        and index + 1 < len(words)
        and _is_cap(words[index + 1])
    )


def _has_word_from(words: list[str], stem: str) -> bool:
    """Whether a word of `words` is `stem` or starts with it ("iranian" for "iran")."""
    return any(word.startswith(stem) for word in words)


def _title_as_surname(words: list[str], index: int, lexicon: Lexicon) -> bool:
    """Whether the title word that ends a name is its surname ("Oona King", "John Major",
    "Ms King"): one of `_SURNAME_TITLES` after a capitalised word that is a name or an
    honorific, not another title ("Prime Minister")."""
    if index == 0 or words[index].casefold() not in _SURNAME_TITLES:
        return False
    before = words[index - 1]
    lower = before.casefold().rstrip(".")
    return _is_cap(before) and (lower not in lexicon.titles or lower in _HONORIFICS)


#: Two to four capitalised words, the shape of a full personal name.
_FULL_NAME = re.compile(r"\b[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’-]+){1,3}")
#: The capitalised word right after such a run, which may end a longer name.
_WORD_AFTER_NAME = re.compile(r"\s+([A-Z][\w'’-]*)")


_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|on|from|to|near|into|across|of|outside|inside)\s+(?:the\s+)?$", re.IGNORECASE
)


def _intrinsic_org(name: str, lexicon: Lexicon) -> bool:
    """Whether a capitalised run is an organisation or place rather than a person."""
    return any(word.casefold() in lexicon.organisations for word in name.split())


def _final_name(run: str, lexicon: Lexicon) -> str:
    """The longest tail of a capitalised run that is a person's name ("TV Barazi" ->
    "Barazi"), or the run itself."""
    words = run.split()
    for start in range(len(words)):
        name = person_name(" ".join(words[start:]), lexicon)
        if name:
            return name
    return run


def is_headline(sentence: str) -> bool:
    """A title-case line ("America's Immigration Voice.", "Boston Marathon Bomber
    Apologizes to Survivors"): its capitalised words are not a person acting."""
    words = sentence.split()
    return len(words) >= 2 and in_title_case(words)


#: A subject that is someone's words ("Even Bolton's words at the conference", "Putin's
#: statement", "the ministry's latest letter"): its owner is the speaker (`resolve`).
_OWNERS_WORDS = re.compile(
    r"(?:(?:Even|But|And|Also|Yet)\s+)?"
    # the owner: capitalised words, or a body after "the" ("the ministry"); no clause or
    # preposition ("Reporters reading the ministry's statement", "Critics of Biden's
    # speech" speak themselves)
    r"(?P<owner>(?:[Tt]he\s+)?(?:(?:[A-Z][\w.&-]*|[a-z]+)\s+){0,3}?[A-Z\w][\w.&-]*)['’]s\s+"
    r"(?:(?:own|latest|new|recent|first|opening|closing|public|written)\s+)?"
    r"(?:words|remarks|comments|speech|statements?|letter|message|address|testimony"
    r"|tweets?|posts?|interview|op-ed|article|column|reports?|communiqu[eé]|bulletin)"
    r"(?:\s+(?:at|on|in|to|before|during)\s+[^,;:]*)?"
)
#: Words that show a phrase before a possessive is more than its owner's name: a
#: preposition or a participle opens a phrase of its own (`_OWNERS_WORDS`).
_NOT_AN_OWNER_WORDS = frozenset(
    ("of", "at", "in", "on", "by", "for", "from", "with", "to", "about", "and", "or")
)


@dataclass
class SpeakerTracker:
    """Normalises speaker phrases and resolves anaphora against the article so far."""

    lexicon: Lexicon
    registry: NameRegistry
    history: list[tuple[str, str, bool]] = field(default_factory=list)
    last_person_subject: tuple[int, str] | None = None
    last_person_speaker: tuple[int, str] | None = None
    #: The sentences seen so far (offset, text), searched backwards for the last one
    #: that mentions a full name only when a "he"/"she" needs it ("… bomber Dzhokhar
    #: Tsarnaev rose … "I pray …" he said."): most articles never ask.
    seen_sentences: list[tuple[int, str]] = field(default_factory=list)
    #: Phrases that name their speaker by themselves, resolved once per article.
    _names: dict[str, str | None] = field(default_factory=dict)
    #: `history` without repeats, each entry where it last occurred (a dict keeps the
    #: order) with the offset it last spoke at: `_alias` looks for the latest earlier
    #: speaker that fits, and a long text repeats its speakers hundreds of times.
    _latest: dict[tuple[str, str, bool], int] = field(default_factory=dict)
    #: The last speakers named together ("Shultz and Weinberger have said"), with the
    #: length of `history` before them: a later "they" stands for them unless a body
    #: spoke since.
    last_group: tuple[int, str] | None = None
    #: Whether the sentence being read is a bullet of a summary ("@highlight" before
    #: it, as in Daily Mail and CNN copy): its "he" or "she" is whom the article is
    #: about, the person heard most, not the last person named ("@highlight He said
    #: Russia's nuclear programme means …" after paragraphs about others).
    in_highlight: bool = False
    #: Where the last remembered speaker spoke (`remember`), to tell whether a sentence
    #: came after it.
    last_spoke_at: int = -1
    #: Where the section being read starts: after a Markdown heading ("## Pregnant women
    #: … face trauma"), which in a feed's day file opens another story, a "he" or "she"
    #: stands for no one named before it.
    section_start: int = 0
    #: The text's turns when it is a transcript (`turns.transcript`): "I" and "we" in a
    #: turn are its labelled speaker, a questioner's "you" the one answering.
    transcript: Transcript | None = None

    def note_subject(self, position: int, sentence: str) -> None:
        """Remember a person named at the start of a sentence (for a later "he said")."""
        self.seen_sentences.append((position, sentence))
        opener = _LEADING.match(sentence) if _may_lead(sentence[:16].split(" ", 1)[0]) else None
        if opener is not None and opener.end() < len(sentence):
            # "Thus, Mr VK Singh had to step in", "However, the Defence Minister, Sergei
            # Shoigu, visited the front": the subject after an adverb or a time that
            # opens the sentence, read as if it opened it
            rest = sentence[opener.end() :]
            sentence = rest[:1].upper() + rest[1:]
        if sentence.startswith(("I ", "We ")):
            asked = self._person_asked(sentence)
            if asked is not None:
                # "I asked Timothy Naftali, a presidential historian, about …. He
                # responded that …": the one asked answers
                self.last_person_subject = (position, asked)
                return
        # (the first words, for the cheap tests before the opening patterns)
        opening = sentence.split(None, 2)
        match = _OPENING_NAME.match(sentence) if _may_open_with_name(opening) else None
        if match is None and sentence[:1].isupper():
            # "Just one day after Trump remarked that …, Canadian Prime Minister Mark
            # Carney fired back": the subject after a fronted clause of time
            fronted = (
                _FRONTED_TIME_CLAUSE.match(sentence)
                if sentence.startswith(_FRONTED_TIME_OPENERS)
                else None
            )
            match = _OPENING_NAME.match(sentence, fronted.end()) if fronted else None
            if match is not None and not _verb_opens(sentence, match.end(1)):
                # "Moments before a judge sentenced him, Boston Marathon bomber Dzhokhar
                # Tsarnaev rose": a run that a noun follows is a modifier, no subject
                match = None
        run = match.group(1) if match else None
        if run is not None and run.endswith(_POSSESSIVE_ENDINGS):
            # "The White House’s relationship with …": the run owns the subject
            run = None
        if match is not None and run is not None:
            # "Retired Japanese admiral Katsutoshi Kawano told …": the run is the role's
            # modifier, the name after the role the subject (the headline test last, as
            # it reads the whole sentence)
            role_titled = _ROLE_TITLING_SUBJECT.match(sentence, match.end(1))
            if (
                role_titled is not None
                and role_titled.group("role") in self.lexicon.roles
                and _predicate_opens(sentence, role_titled.end("name"))
                and not is_headline(sentence)
            ):
                name = person_name(role_titled.group("name"), self.lexicon)
                if name and " " in name:
                    self.last_person_subject = (position, name)
                    return
        if sentence[:1] in _ARTICLE_INITIALS and sentence.startswith(("A ", "An ", "The ")):
            # "A Kenyan military spokesman, Maj. Emmanuel Chirchir, declined …": the
            # person named in apposition to the opening description
            comma = sentence.find(",", 0, 72)
            role = sentence[sentence.rfind(" ", 0, comma) + 1 : comma] if comma > 0 else ""
            # (a role in capitals too: "The … former Armed Forces Chief, Mr VK Singh, …")
            named = (
                _APPOSED_RUN.match(sentence, comma + 1)
                if role.casefold() in self.lexicon.roles
                else None
            )
            if named:
                run = named.group(1)
            elif sentence.startswith("The "):
                self._note_office_subject(position, sentence)
        elif run is None and sentence[:1].isupper():
            # (its title, a word of letters, is the first word: "of" the second)
            office = (
                _OFFICE_OF_SURNAME.match(sentence)
                if len(opening) > 2 and opening[1] == "of"
                else None
            )
            if (
                office is not None
                and office.group("title").casefold() in self.lexicon.titles
                and not is_headline(sentence)
            ):
                # "Secretary of State Tillerson gave Syria the news": a titled surname,
                # whom a later "he said" stands for (as "Mr Whitelaw"), by the full name
                # the article gives, else as titled
                holder = self.registry.expand(office.group("surname"))
                self.last_person_subject = (position, holder if " " in holder else office.group())
                return
            # "Conway was later jailed": the surname of a person named in full before
            # ("Kieran Conway"), whom a later "he" stands for
            space = sentence.find(" ", 1, 40)
            if (
                space > 0
                and _VERB_AFTER_SURNAME.match(sentence, space)
                # ("He warned": no surname, whatever name run of a page's furniture
                # ends in "He")
                and sentence[:space].casefold() not in _PRONOUNS
            ):
                full_name = self.registry.full_name_of(sentence[:space])
                if full_name and not is_headline(sentence):
                    self.last_person_subject = (position, full_name)
            return
        if (
            run
            and not is_headline(sentence)
            # "Neither The Mulberry Bush nor …": a run with a function word names no one
            and not any(w.casefold() in _NOT_NAMES for w in run.split()[1:])
            # "In New York, France's ambassador said …": a place, the subject after it
            and run.split(None, 1)[0].casefold() not in _PREPOSITIONS
            # "Six Super Hornets … have been deployed": a count of things names no one
            and run.split(None, 1)[0].split("-", 1)[0].casefold() not in COUNT_WORDS
        ):
            name = person_name(run, self.lexicon)
            # "Mr Blair has …": a titled surname stands for the full name the article
            # gave (a bare capitalised word may be anything: "Ukrainian troops …")
            words = run.split()
            titled = (
                len(words) >= 2
                and words[-1] == name
                and words[-2].casefold().rstrip(".") in self.lexicon.titles
            )
            full = self.registry.expand(name) if titled and name else name
            if titled and full and " " not in full:
                full = " ".join(words[-2:])  # "Mr Whitelaw", the only name the text gives
            if full and " " in full:
                self.last_person_subject = (position, full)

    def resolve(
        self, np: str, position: int, subject_of: Callable[[], str | None] | None = None
    ) -> str | None:
        """Canonical speaker for a phrase found at `position`.  `subject_of` gives the
        sentence's subject, which "they" and "it" stand for; it is asked only then."""
        np = strip_np(np)
        if np[:5] in ("What ", "what ") and " " not in np[5:] and np[5:] not in ("I", "we"):
            # a cleft's "What they did say is that …": they speak ("What I can tell you
            # is …" stays the briefing's own words, as a transcript's turn reads them)
            np = np[5:]
        if np.endswith(("’s", "'s")) and " of " not in np and self._owner_named(np[:-2]):
            # "NSC spokesperson Adrienne Watson’s comments": the words' owner speaks ("the
            # head of Iran's …" is cut short, no owner; "Moody's" is a name)
            np = np[:-2]
        spoken = _OWNERS_WORDS.fullmatch(np) if ("’s " in np or "'s " in np) else None
        if (
            spoken is not None
            and not any(
                word in _NOT_AN_OWNER_WORDS or word.endswith("ing")
                for word in spoken["owner"].split()
            )
            and self._owner_named(spoken["owner"])
        ):
            # "Even Bolton's words at the conference … warned", "Putin's statement said":
            # the words' owner speaks
            np = spoken["owner"]
        if not np:
            return None
        labelled = (
            self._turns_speaker(self.transcript, np, position)
            if self.transcript is not None
            else None
        )
        if labelled is not None:
            return labelled
        if np.casefold() in _PRONOUNS:
            return self._pronoun(np.casefold(), subject_of, position)
        issued = _DOCUMENT_ISSUER.match(np)
        if issued is not None:
            # "a statement issued by the brigade": its issuer, when the tracker knows
            # who that is; else the document as worded
            issuer = self.resolve(np[issued.end() :], position, subject_of)
            if issuer:
                return issuer
        if self.history and _ISSUED_DOCUMENT.fullmatch(np):
            # "SANA reported … The report said": a document speaks for the speaker
            # who issued it, the last one named
            return self.history[-1][0]
        if " or " in np:
            # "The Syrian Civil Defence or White Helmets": one body, by its first name
            np = _OR_ALIAS.sub("", np)
        parts = _coordinated(np, self.lexicon)
        if len(parts) == 1:
            return self._one(parts[0], position) or None  # one speaker: no list to join
        names = [self._one(part, position) for part in parts]
        resolved = [n for n in names if n]
        if not resolved:
            return None
        return "; ".join(dict.fromkeys(resolved))

    def _turns_speaker(self, transcript: Transcript, np: str, position: int) -> str | None:
        """Whom a transcript's turn makes the speaker phrase `np` at `position` stand
        for: "Can I just …", "as I said before" are the turn's speaker, a questioner's
        "You said …" the one answering; None for any other phrase or outside a turn.
        The label found is resolved as the article names it, unless it would itself be
        read so again ("DAVID WE:", "YOU:"), which would never end."""
        if np in ("You", "you"):
            label = transcript.addressee_at(position)
        elif _FIRST_PERSON_SUBJECT.search(np):
            label = transcript.speaker_at(position)
        else:
            return None
        if label is None:
            return None
        if label in ("You", "you") or _FIRST_PERSON_SUBJECT.search(label):
            return label
        return self.resolve(label, position)

    def remember(self, speaker: str, position: int, raw: str) -> None:
        """Record a resolved speaker (each coordinated part separately)."""
        self.last_spoke_at = max(self.last_spoke_at, position)
        parts = speaker.split("; ")
        raws = _coordinated(raw, self.lexicon) if len(parts) > 1 else [raw]
        if len(raws) != len(parts):
            raws = [raw] * len(parts)
        if len(parts) > 1:
            self.last_group = (len(self.history), speaker)
        for part, part_raw in zip(parts, raws, strict=True):
            # "a monitor said": the one monitoring body the article names, which a later
            # "the Britain-based organisation" stands for (the unit's own speaker is
            # named at the end, `StatementFinder._named_source`)
            monitor = monitor_named_in(self.registry.text, part) if part[:1] in "aAoO" else None
            entry = _history_entry(monitor or part, part_raw, self.lexicon)
            if entry[2] and self._is_body(part):
                entry = (entry[0], entry[1], False)
            elif not entry[2] and self.registry.introduced_as_person(part):
                entry = (entry[0], entry[1], True)  # "Mariam, a teacher, said": one name
            self.history.append(entry)
            self._latest.pop(entry, None)
            self._latest[entry] = position
            if entry[2]:
                self.last_person_speaker = (position, part)

    def _owner_named(self, owner: str) -> bool:
        """Whether a phrase before a possessive names its owner: several words ("The
        Israeli government"), a word the text also writes without the possessive
        ("Russia"), or a surname it gives in full ("Watson"); not a name that ends in
        "'s" itself ("Moody's")."""
        return (
            " " in owner
            or self.registry.full_name_of(owner) is not None
            or self.registry.full_name_of(f"{owner}'s") is not None
            or any(
                not self.registry.text.startswith(("’s", "'s"), at + len(owner))
                for at in _whole_word_starts(self.registry.text, owner)
            )
        )

    def _is_body(self, speaker: str) -> bool:
        """Whether a speaker is an organisation: by its name's words, or because the
        article gives the name an acronym ("Medcins Sans Frontieres [MSF]"), which
        persons' names do not get."""
        return (
            _intrinsic_name(speaker, self.lexicon)[0] == "organisation"
            or speaker in self.registry.acronyms.values()
        )

    def named_later(self, described: str) -> str | None:
        """The named organisation a bare description ("a monitor") turns out to be, once
        the article names it with the same head word ("the Syrian Observatory for Human
        Rights monitor said"), or None.  Wire copy often names its source only after
        quoting it."""
        shape = _GENERIC_SOURCE.fullmatch(described)
        if shape is None:
            return None
        heads = _SOURCE_HEADS[shape.group("head")]
        # "a civil defence group" is no monitoring group: what the description says the
        # body does must be in its name or description too.
        topics = [
            f" {word} "
            for word in described[: shape.start("head")].casefold().split()[1:]
            if "-" not in word and word not in _GENERIC_SOURCE_WORDS
        ]
        # Two words of what the body does name it without the head word ("a civil
        # defence group" is Syria Civil Defence); one ("a rights group") does not.
        named_by_topics = len(topics) >= _TOPICS_THAT_NAME
        for speaker, raw, is_person in self.history:
            words = _spaced(f"{raw} {speaker.casefold()}")
            if (
                not is_person
                and " " in speaker
                and (named_by_topics or any(head in words for head in heads))
                and all(topic in words for topic in topics)
                and self._is_body(speaker)
            ):
                return speaker
        return None

    def _pronoun(
        self,
        pronoun: str,
        subject_of: Callable[[], str | None] | None,
        position: int | None = None,
    ) -> str | None:
        """Whom a pronoun at `position` (when known) stands for."""
        if pronoun in ("they", "it") and subject_of is not None:
            sentence_subject = subject_of()
            # ("But they warn that …": a subject that is the pronoun itself names no one)
            if sentence_subject and sentence_subject.split()[0].casefold() not in _PRONOUNS:
                return self.resolve(sentence_subject, 0)
        if pronoun in ("he", "she"):
            subject = self._person_subject(pronoun, subject_of) if subject_of else None
            if subject:
                return subject
            about = self._most_heard_person() if self.in_highlight else None
            if about and self.registry.gender(about) in (None, pronoun):
                return about
            options = [
                x
                for x in (self.last_person_speaker, self.last_person_subject)
                if x and x[0] >= self.section_start
            ]
            if not options:  # no person has spoken or led a sentence yet
                mentioned = self._last_mentioned_person()
                return mentioned[1] if mentioned and mentioned[0] >= self.section_start else None
            latest_at, latest = max(options)
            gender = self.registry.gender(latest)
            if gender not in (None, pronoun):
                # "She said" after Mr Galloway spoke: the last person named as a woman,
                # else one named since he spoke, else the last not named as a man
                return (
                    self._last_person_of(pronoun)
                    or self._person_named_since(latest_at, pronoun)
                    or self._last_person_not(gender)
                    # (a name's marks may mislead; "a spokeswoman" is no "he")
                    or (None if described_gender(latest) else latest)
                )
            if gender is None and pronoun == "she" and position is not None:
                # a woman is named as one ("Ms", "spokeswoman", "a mother of three") more
                # often than a man is: one so named before, among the last speakers, is
                # likelier her than a later speaker named neither way
                return self._last_woman_named_before(position) or latest
            return latest
        if pronoun == "they":
            people = self._people_leading_the_last_sentence()
            if people:
                return people
        if pronoun == "it" and not any(not entry[2] for entry in self.history):
            body = self._body_leading_the_last_sentence()
            if body:
                return body
        if pronoun in ("it", "they"):
            # A plural or neuter pronoun does not stand for one named person: for a
            # body, or for the people last named together ("They also said").
            for index in range(len(self.history) - 1, -1, -1):
                speaker, _, is_person = self.history[index]
                if pronoun == "they":
                    if self.last_group and self.last_group[0] > index:
                        return self.last_group[1]
                    owner, _, count = speaker.rpartition(" ")
                    if count.casefold() in _COUNTS:
                        # "They describe having witnessed …": people, not figures; but
                        # "U.N. figures" stand for the U.N.
                        if owner[:1].isupper():
                            return owner
                        continue
                if not is_person and not (pronoun == "it" and self._plural_people(speaker)):
                    return speaker
            return self.last_group[1] if pronoun == "they" and self.last_group else None
        return self.history[-1][0] if self.history else None

    def _person_subject(self, pronoun: str, subject_of: Callable[[], str | None]) -> str | None:
        """The person the sentence's subject names, for a "he" or "she" inside the
        sentence ("Prime Minister Arseniy Yatsenyuk visited Donetsk today where he
        promised …"): a pronoun in a later clause stands for the subject of the clause
        before it, whom the tracker has not yet noted; None when the subject is no
        person by name or of the other gender."""
        subject = subject_of()
        # (a subject across a line break is a caption run into the sentence)
        if not subject or "\n" in subject or subject.split()[0].casefold() in _PRONOUNS:
            return None
        name = self._one(subject)
        if (
            not name
            or " " not in name
            or any(c.isdigit() for c in name)
            or person_name(name, self.lexicon) != name
            or self.registry.gender(name) not in (None, pronoun)
        ):
            return None
        return name

    def pronoun_fits(self, speaker: str, pronoun: str) -> bool:
        """Whether "he" or "she" stands for a resolved speaker: a person by name whom
        the text names as of that gender, or, for "he", as of neither (a woman is named
        as one more often than a man is: "She wept as Governor Ibrahim Dankwa spoke …,
        saying, "…", she said" is not his)."""
        if person_name(speaker, self.lexicon) != speaker:
            return False
        gender = self.registry.gender(speaker)
        return gender == pronoun or (gender is None and pronoun == "he")

    def _plural_people(self, speaker: str) -> bool:
        """Whether a speaker is people described in the plural ("trusted sources",
        "Western diplomats"), whom an "it" never stands for."""
        last = speaker.rsplit(None, 1)[-1]
        return last.islower() and last.endswith("s") and last in self.lexicon.roles

    def _people_leading_the_last_sentence(self) -> str | None:
        """The people the sentence before leads with, when no one has spoken since ("The
        Syrian activists had no information … They claimed …"), else None: a later
        "they" stands for them, not for the last speaker."""
        if not self.seen_sentences:
            return None
        start, sentence = self.seen_sentences[-1]
        if start <= self.last_spoke_at:
            return None
        subject = strip_np(sentence_subject(sentence, _FIRST_VERB_AFTER_LEAD) or "")
        # people named by what they are, in the plural ("The Syrian activists", "Western
        # diplomats"), not by a pronoun
        words = subject.split()
        if (
            0 < len(words) <= 4
            and (_people_in_the_plural(words[-1].casefold(), self.lexicon) or _named_people(words))
            and words[0].casefold() not in _PRONOUNS
        ):
            return subject
        return None

    def _body_leading_the_last_sentence(self) -> str | None:
        """The organisation the sentence before leads with, when no body has spoken yet
        ("The UN released its report on Monday. It said …"), else None: guideline §4's
        "it said" points back to it, and with no body in the history the statement
        would otherwise be lost."""
        if not self.seen_sentences:
            return None
        leading = sentence_subject(self.seen_sentences[-1][1], _FIRST_VERB_AFTER_NAMES, True)
        subject = strip_np(leading or "")
        words = subject.split()
        if not words or not subject[0].isupper() or words[0].casefold() in _PRONOUNS:
            return None
        head = words[-1].casefold()
        if head in self.lexicon.roles and head not in self.lexicon.person_roles:
            # "The ministry", "The UN refugee agency": a body named by what it is; a
            # plural head is people ("The rebels"), unless a capital makes it a word of
            # the body's name ("The Allied Democratic Forces")
            if head.endswith("s") and words[-1].islower():
                return None
            return self._one(subject) or subject
        name = self._one(subject)
        return name if name and self._is_body(name) else None

    def _most_heard_person(self) -> str | None:
        """The person who has spoken most often so far (the first of equals), or None:
        whom an article's summary bullets are about."""
        counts = Counter(speaker for speaker, _, is_person in self.history if is_person)
        return counts.most_common(1)[0][0] if counts else None

    def _last_person_of(self, pronoun: str) -> str | None:
        """The latest person who spoke whom the text gives an honorific or a word of the
        pronoun's gender ("Ms King", "spokeswoman Maria Lopez" for "she")."""
        for speaker in self._people_in_section():
            if self.registry.gender(speaker) == pronoun:
                return speaker
        return None

    def _people_in_section(self) -> Iterator[str]:
        """The people who spoke in the section being read, the latest first."""
        for (speaker, _, is_person), spoke_at in reversed(self._latest.items()):
            if is_person and spoke_at >= self.section_start:
                yield speaker

    def _last_woman_named_before(self, position: int) -> str | None:
        """The latest of the last `_SHE_REACH` people who spoke whom the text names as a
        woman before `position`."""
        for speaker in islice(self._people_in_section(), _SHE_REACH):
            if self.registry.woman_named_before(speaker, position):
                return speaker
        return None

    def _last_person_not(self, gender: str) -> str | None:
        """The latest person who spoke whom the text does not name as of `gender`."""
        for speaker in self._people_in_section():
            if self.registry.gender(speaker) != gender:
                return speaker
        return None

    def _person_named_since(self, position: int, pronoun: str) -> str | None:
        """The last person named in full after `position` whom the text does not name as
        of the other gender ("She said … . The first witness was Major-Gen Gopaul
        Govender … . He said …": Govender), or None."""
        mentioned = self._last_mentioned_person()
        if mentioned is None or mentioned[0] <= position:
            return None
        return mentioned[1] if self.registry.gender(mentioned[1]) in (None, pronoun) else None

    def _last_mentioned_person(self) -> tuple[int, str] | None:
        """The last full person name in the last sentence that has one, at its offset."""
        naming = next(
            (
                (start, sentence)
                for start, sentence in reversed(self.seen_sentences)
                if _FULL_NAME.search(sentence) and not is_headline(sentence)
            ),
            None,
        )
        if naming is None:
            return None
        start, sentence = naming
        for match in reversed(list(_FULL_NAME.finditer(sentence))):
            if _PLACE_BEFORE.search(sentence, 0, match.start()):
                continue  # "in New Jersey", "on Seventh Avenue"
            after = _WORD_AFTER_NAME.match(sentence, match.end())
            if after and after.group(1).casefold() in self.lexicon.organisations:
                continue  # "The Kestrel Conflict Research Lab": a body's long name
            # ("Taira Sluisarenko’s apartment building": the person, not the possessive)
            name = person_name(match.group().removesuffix("’s").removesuffix("'s"), self.lexicon)
            if name and " " in name and not _intrinsic_org(name, self.lexicon):
                return start + match.start(), self.registry.expand(name)
        return None

    def _person_asked(self, sentence: str) -> str | None:
        """The person the writer says they asked, by the full name the article gives
        ("I asked Mr Ricci" -> "Paolo Ricci"), or None: no question, or one put to a
        body ("Human Rights Watch"), to someone's relation ("Helena Brandt's husband")
        or through a run that modifies a role ("Defense Ministry spokesman …")."""
        asked = _WRITER_ASKED.match(sentence)
        if asked is None:
            return None
        run = asked.group("run")
        if run.endswith(_POSSESSIVE_ENDINGS) or asked.group("after") in self.lexicon.roles:
            return None
        name = person_name(run, self.lexicon)
        if not name or self._is_body(name):
            return None
        full = self.registry.expand(name)
        return full if " " in full else None

    def _note_office_subject(self, position: int, sentence: str) -> None:
        """Remember the holder of an office that a sentence opens with, its last title
        word among the first three words after "The" and a verb in the past or an
        auxiliary after it ("The president has been open about …", "The Russian foreign
        minister arrived"), for a "he said" in the next: the article named the holder
        before ("President Donald Trump"), as "the president said" finds."""
        words = sentence[:80].split(" ", 4)[1:4]
        titled = [i for i, word in enumerate(words) if word.casefold() in self.lexicon.titles]
        if not titled:
            return
        title_at = titled[-1]
        office = " ".join(["The", *words[: title_at + 1]])
        if not _verb_opens(sentence, len(office)):
            return  # ("The general elections were postponed": no office)
        holder = self._one(office, position)
        if (
            holder
            and " " in holder
            and person_name(holder, self.lexicon) == holder
            # (the office's holder as named before, not one the article names later)
            and 0 <= self.registry.text.find(holder) < position
        ):
            self.last_person_subject = (position, holder)

    def _one(self, np: str, position: int | None = None) -> str | None:
        """Canonical speaker for one (uncoordinated) phrase; `position` is where the
        phrase stands, so a "she" among coordinated speakers ("She and her deputy
        said") is read as the one alone is, by who was named a woman before it."""
        np = _bare_phrase(np, self.lexicon)
        if not np:
            return None
        if np.casefold() in _PRONOUNS:
            return self._pronoun(np.casefold(), None, position)
        if np in self._names:
            return self._names[np]
        demonstrative = _DEMONSTRATIVE.match(np) if np[1:5] in ("his ", "hese") else None
        if demonstrative is not None and np.rsplit(None, 1)[-1].casefold() not in _OWN_OUTLET:
            # "This GOC warned the troop …": a demonstrative points back as "the" does,
            # and the role is resolved as "the GOC" would be; unresolved, the phrase
            # stays as written ("These same rebel-controlled facilities")
            definite = f"{np[: demonstrative.start(1)]}he{np[demonstrative.end(1) :]}"
            found = self._one(definite, position)
            if found and found != definite:
                return found
        if np[:1] in "BbTt" and _TWO_PEOPLE.fullmatch(np):
            # "Both men said": the pair the article is about, not the last person named
            pair = self.registry.two_main_people()
            if pair:
                return pair
        if _DESCRIBED_PERSON.fullmatch(np):
            # "the Texas Democrat told reporters" after "House Speaker Jim Wright
            # dismissed …": a person described
            person = self._last_person()
            if person:
                return person
        point = _COMPASS_SHORT_FORM.fullmatch(np)
        if point is not None:
            # "The North calls the drills …": the state the article calls North Korea
            state = self.registry.compass_state(point.group(1))
            if state:
                return state
        members = _BODY_MEMBERS.fullmatch(np)
        if members is not None:
            # "Council members noted that …": the council speaks through its members
            body = self.registry.named_body(members.group(1))
            if body:
                return body
        office = _DEFINITE_OFFICE.fullmatch(np)
        if office is not None and office.group("head").casefold() in _OFFICE_TITLES:
            # "The Prime Minister has said": the one holder the article names
            holder = self._office_holder(office.group().casefold().split()[1:])
            if holder:
                return holder
        if np.isupper() and np.rsplit(None, 1)[-1].casefold() in _OFFICE_TITLES:
            # a wire headline's "IRAN PRESIDENT DOUBTS …": the one Iranian president the
            # article names
            holder = self._office_holder(np.casefold().split())
            if holder:
                return holder
        owned = _OWNED_OFFICE.fullmatch(np) if "s " in np else None
        if owned is not None and owned.group("head") in _OFFICE_TITLES:
            # "US President Joe Biden's top diplomat said": the one person the article
            # names with such a title and the owner's first word ("US Secretary of State
            # Antony Blinken"); a title without it may be another state's office
            words = owned.group("office").split()
            holder = self._office_holder([owned.group("owner").split()[0].casefold(), *words])
            if holder:
                return holder
        elif owned is not None and owned.group("head") in self.lexicon.person_roles:
            # "NATO's top military commander said": the one person the article names
            # with that role in apposition, as for "the commander" (`_alias`)
            described = self.registry.described_as(owned.group("head"))
            if described:
                return described
        role_of_name, described = _role_phrase(np, self.lexicon)
        if role_of_name:
            return np
        if described != np:
            # "Critics in Congress", "a source in Timbuktu": the place tells the reader
            # which critics or source, so it stays with people no earlier speaker
            # stands for.  A body is named without it ("the defense ministry in Moscow").
            found = self._described(described, position)
            if found != described or described.rsplit(None, 1)[-1].casefold() in _BODY_HEADS:
                return found
            return np
        found = self._described(np, position)
        if found == np and np.endswith(" boss") and _LEADING_THE.match(np):
            # "The Wagner boss said" after "Wagner boss Yevgeny Prigozhin": the one person
            # the article names so; "The army boss, who arrived …, said" after "The
            # General Officer Commanding …, Nigerian Army, Major Gen. Mohammed Abubakar":
            # the person last named, introduced with what they lead
            qualifier = np.split()[-2]
            spoke, subject = self.last_person_speaker, self.last_person_subject
            for person in (
                self.registry.described_as("boss"),
                spoke[1] if spoke else None,
                subject[1] if subject else None,
            ):
                if person and _introduced_with(self.registry.text, person, qualifier):
                    return person
        return found

    def _last_person(self) -> str | None:
        """Whom a description of a person with no name stands for: the last person a
        sentence opened with or who spoke by name, whichever came later; else a person
        the article names by one name only, who spoke last ("“They’re obliging us to
        vote,” said the young father of two" after "José, a Caracas bus driver, said
        …")."""
        spoke = self.last_person_speaker
        if spoke and person_name(spoke[1], self.lexicon) != spoke[1]:
            spoke = None
        options = [x for x in (spoke, self.last_person_subject) if x]
        if options:
            return max(options)[1]
        last = self.history[-1][0] if self.history else ""
        if last.isalpha() and last.istitle() and self._one_name_person(last):
            return last
        return None

    def _one_name_person(self, name: str) -> bool:
        """Whether the article describes a one-word name as a person in apposition
        ("José, a Caracas bus driver,"; "Noha, a mother of three,"), not as a body
        ("Hamas, the militant group,")."""
        if person_name(name, self.lexicon) != name or self._is_body(name):
            return False
        described = rf"(?<![\w-]){re.escape(name)}{_ONE_NAME_APPOSITION}"
        for found in re.finditer(described, self.registry.text):
            noun = found.group("noun").casefold()
            if noun not in self.lexicon.organisations and noun not in _BODY_HEADS:
                return True
        return False

    def _described(self, np: str, position: int | None = None) -> str | None:
        """`_one` for a phrase that is not a role of a named place or body, found at
        `position` when known."""
        named, name = self._name(np)
        if named:
            self._names[np] = name
            return name
        organisation = _organisation(np, self.lexicon)
        if (
            organisation
            and " " not in organisation
            and np.startswith(organisation)
            and self.registry.common_word(organisation)
        ):
            organisation = None  # "Terror group": a common word capitalised, the group
        if organisation:
            aliased = self._alias(organisation, organisation, position)
            if (
                aliased == organisation
                and organisation.casefold() in _BODY_HEADS
                and _LEADING_THE.match(np)
            ):
                # "The Observatory", no earlier speaker: the one body the article names
                # with that word ("the Britain-based Syrian Observatory for Human
                # Rights"), also when it was named only in a description.
                return self.registry.named_body(organisation) or aliased
            return aliased
        aliased = self._alias(_HYPHEN_DESCRIPTOR.sub("", np) if "-" in np else np, np, position)
        if aliased == np and np[:4] in ("The ", "the "):
            # "The alliance said", no earlier speaker: the one body the article
            # describes so ("The Syrian Democratic Forces, a US-backed alliance of …")
            return self.registry.body_described_as(np, self.lexicon) or aliased
        return aliased

    def _name(self, np: str) -> tuple[bool, str | None]:
        """(True, speaker) when the phrase names its speaker by itself (a person, an
        organisation, or None for nothing speaker-like); (False, None) when only earlier
        speakers can tell."""
        kind, name = _intrinsic_name(np, self.lexicon)
        if kind == "none":
            return True, None
        if kind == "person" and name:
            return True, self.registry.expand(name)
        if kind == "organisation" and name:
            expanded = self.registry.expand(name)
            if expanded != name and _is_office(expanded, self.lexicon):
                # "The GOC": the person holding the office its acronym spells out
                holder = self.registry.office_holder(expanded, self.lexicon)
                if holder:
                    return True, holder
            if " " in expanded:
                return True, expanded
        return False, None

    def _armed_group(self) -> str | None:
        """Whom "the jihadist group" or a headline's "Terror group" stands for: the last
        speaker that is an armed group by its name or that the article calls a group,
        else the armed group the article names most often ("the jihadist group
        announcing a caliphate" in a story that names ISIS throughout), or None."""
        for speaker, _, is_person in reversed(self._latest):
            if not is_person and (
                self.lexicon.armed_groups.fullmatch(speaker)
                or self.registry.called_a_group(speaker)
            ):
                return speaker
        return self.registry.main_armed_group()

    def _last_alliance(self) -> str | None:
        """The last speaker that is an alliance by its name ("NATO", "the Saudi-led
        coalition"; not "NATO officials", who speak for it), or None."""
        for speaker, _, is_person in reversed(self._latest):
            named = None if is_person else _ALLIANCE_NAME.search(speaker)
            if named and named.end() == len(speaker):
                return speaker
        return None

    def _alias(self, np: str, original: str, position: int | None = None) -> str:
        """'the observatory', 'the monitoring group', 'Observatory' -> the earlier speaker
        or the registered full name they stand for (`position`: where the phrase stands,
        when known)."""
        shape = _alias_shape(np)
        if shape is None or _INDEFINITE.match(np):
            # "A source at Camp Bastion said": an indefinite phrase brings in someone new
            return original
        head, definite, phrase, plain = shape
        if head in _NEWSPAPER_HEADS and ((definite and plain) or np.isupper()):
            # "The paper quoted …", a wire headline's "… NEAR GULF - PAPER": the one
            # newspaper the article names
            newspaper = self.registry.newspaper()
            if newspaper:
                return newspaper
        if head in _BROADCAST_HEADS and definite and plain:
            # "Syrian state TV said … The channel said": the last broadcaster that
            # spoke, whichever word it went by
            for speaker, raw, is_person in reversed(self._latest):
                if not is_person and _BROADCAST_WORDS.search(f"{raw} {speaker.casefold()}"):
                    return speaker
        if head in _ALLIANCE_HEADS and ((definite and plain) or np.casefold() == head):
            # "the alliance", "The military alliance", a headline's "Alliance": the
            # last alliance or coalition that spoke, whichever word it went by ("The
            # US-led coalition reported … The alliance also said"), else the one the
            # article names
            alliance = self._last_alliance() or _one_alliance_named(self.registry.text)
            if alliance:
                return alliance
        person_role = head in self.lexicon.person_roles
        own = np.casefold()
        earlier = [h for h in reversed(self._latest) if h[2] == person_role]
        if head in _OFFICE_TITLES and definite:
            # "the Russian top diplomat" after a headline's "…, says Russian top
            # diplomat": an earlier speaker the same words described without a name is
            # no answer; the one person named with such a title is (below)
            earlier = [h for h in earlier if not h[0].rsplit(None, 1)[-1].islower()]
        if head == "chief" and definite and not plain:
            # "the U.N. chief": the one Secretary-General named with the body's name,
            # before any other chief that spoke ("UN aid chief Martin Griffiths")
            holder = self._office_holder(phrase.split())
            if holder:
                return holder
        if head == "agency":
            for speaker, _, _ in earlier:
                if self.lexicon.agencies.fullmatch(speaker):
                    return speaker
        for speaker, raw, _ in earlier:
            if phrase in _spaced(raw) and speaker.casefold() != own:
                return speaker
        # `_spaced` pads single-spaced words, so " head " in it == head among its words.
        padded_head = f" {head} "
        for full in self.registry.acronyms.values():
            if padded_head in _spaced(full.casefold()):
                return full
        if (
            (head in ("monitor", "observatory") or _BASED_WATCHDOG.search(original) is not None)
            and (definite or np[:1].isupper())
            and not any(w[:1].isupper() and "-" not in w for w in np.split()[1:-1])
        ):
            # "the UK-based monitor", "the Observatory" (passed on as "Observatory"), no
            # name of its own: the one monitoring body the article names
            monitor = _one_monitor_named(self.registry.text)
            if monitor:
                return monitor
        if (
            head in _ARMED_GROUP_HEADS
            and (definite or np[:1].isupper())
            and not _ARMED_GROUP_MODIFIERS.isdisjoint(phrase.split())
        ):
            group = self._armed_group()
            if group:
                return group
        if head in _GENERIC_ORG_HEADS and definite and plain:
            # "the ministry", "the group": the last organisation named as a speaker,
            # not a description such as "Residents" or "local hospitals"; a ministry or
            # an office is one whose name says so ("the territory's health ministry" is
            # not Hamas, which spoke before it).
            named_by_head = head in _HEADS_IN_NAMES or head in _STATE_BODIES
            for speaker, _, is_person in reversed(self._latest):
                if head == "group" and self.registry.called_a_group(speaker):
                    return speaker  # (a name like a person's: "Boko Haram, the group")
                if (
                    not is_person
                    and (not named_by_head or padded_head in _spaced(speaker))
                    and self._is_body(speaker)
                ):
                    return speaker
        # "The Israeli military" is no later mention of "the group's military wing" for
        # sharing the head word: the earlier speaker must carry its other words too
        # ("the NATO commander" -> "NATO's top military commander"); a plain description
        # too, but for words of rank or order ("the former provincial official" is no
        # "senior official in the defense ministry"; "the senior official", "the first
        # official" may be "a top official", "a Defense Department official").
        modifiers = [w for w in phrase.split()[:-1] if not (plain and w in _NOT_DESCRIBING)]
        for speaker, raw, _ in earlier:
            words = f"{raw} {speaker.casefold()}"
            if (
                (padded_head in _spaced(raw) or padded_head in _spaced(speaker.casefold()))
                and speaker.casefold() != own
                and all(modifier in words for modifier in modifiers)
            ):
                return speaker
        if (person_role or head in _PRESS_TRADES) and definite and head not in _OFFICE_TITLES:
            # "the commander said", "the top American military commander in the
            # Pacific": the one person the article names with that role in apposition
            # ("the young journalist wrote" after "Palestinian journalist Hind Khoudary"),
            # or after it as a title set off by commas ("The Commandant, …, Major General
            # Salihu Uba,")
            described = self.registry.described_as(head) or self.registry.role_holder(
                head, self.lexicon
            )
            if described and not (
                head in _PRESS_TRADES and self.registry.brought_in_since(head, described, position)
            ):
                return described
        if head in _RANK_FORMS and definite and plain:
            # "the colonel" -> the one colonel the article names ("Col Haitham Afisi")
            return self.registry.ranked(head) or original
        if head in _OFFICE_TITLES and definite:
            # "the French leader" -> the one person the article names with such a
            # title ("French President Francois Hollande"): news copy varies its words;
            # "the minister" alone, with the office in apposition ("Klaus Reiter,
            # Germany's defence minister,"), as for "the commander" above (a longer
            # phrase, "the acting defence minister", must not find "the prime minister")
            office = phrase.split()
            holder = self._office_holder(office)
            if (
                holder is None
                and (len(office) == 1 or head == "governor")
                and head in self.lexicon.person_roles
            ):
                # (a governor's modifier is a kind, not another office: "the regional
                # governor" after "Leila Koval, the regional governor,")
                holder = self.registry.described_as(head)
            if holder and head == "governor":
                # "Gov. Kathy Hochul … The governor of Texas, Greg Abbott, said …": a
                # governor introduced in other words, who spoke last
                spoke = self.last_person_speaker
                if (
                    spoke
                    and spoke[1] != holder
                    and _introduced_with(self.registry.text, spoke[1], head)
                ):
                    return spoke[1]
            return holder or original
        return original

    def _office_holder(self, words: list[str]) -> str | None:
        """The one person the article names with the office these lower-case words
        describe, its head last ("french leader", "prime minister"); rank adjectives
        ("top") name no office."""
        modifiers = tuple(w for w in words[:-1] if w not in _RANK_ADJECTIVES)
        return self.registry.titled(words[-1], modifiers)


#: A body named with "the" at the end of a longer phrase, after a lower-case word ("…
#: rebel fighters the Observatory", "crimes against humanity the rights group").
_BODY_AT_END = re.compile(
    r"(?<=[a-z] )the\s+(?:[A-Z][\w’'-]*|(?:[a-z-]+\s+)?(?:group|monitor|observatory|"
    r"ministry|agency|watchdog|network|charity))$"
)


@lru_cache(maxsize=4096)
def _bare_phrase(np: str, lexicon: Lexicon) -> str:
    """The phrase `SpeakerTracker._one` resolves: normalised, without an -ing
    introduction ("Speaking to Syrian state TV Barazi" -> "Barazi") or a count after a
    name ("an Observatory toll" -> "an Observatory").  Memoised: it depends on the
    phrase alone, and every resolved speaker passes through it."""
    np = strip_np(np)
    intro = _PARTICIPLE_INTRO.match(np)
    if intro:
        np = _final_name(intro.group("rest"), lexicon)
    body = _BODY_AT_END.search(np) if " the " in np else None
    if body is not None and np[: body.start()].split()[-1].casefold() not in _PREPOSITIONS:
        # "… including civilians and rebel fighters the Observatory said", its comma
        # lost: the body at the end speaks, not the words of the clause before it
        np = body.group()
    np = _COUNT_OF_NAME.sub(lambda found: found.group("name") or found.group("body"), np)
    counted = _COUNTED_PEOPLE_BEFORE_NAME.match(np)
    if counted:
        # "… airstrikes that killed 13 people MSF said", its comma lost: a plural
        # describes no one name, so the name after it speaks
        np = counted.group("name")
    if "PM" in np:
        np = _spelled_prime_minister(np)
    return _one_of_the_group(np, lexicon) if np[:4] in ("One ", "one ") else np


#: What "this" names when the writer's outlet speaks of itself ("This newspaper has
#: confirmed …"): no one named before.
_OWN_OUTLET = frozenset(
    (
        *("newspaper", "paper", "reporter", "correspondent", "writer", "website"),
        *("publication", "magazine", "outlet", "channel", "station", "site", "portal"),
    )
)
#: A demonstrative before a noun ("This GOC", "these officials"); its letters after the
#: "T" are the group that "he" replaces.
_DEMONSTRATIVE = re.compile(r"[Tt](his|hese)\s+(?=[\w-])")
#: People counted in the plural, then a name ("people MSF", "soldiers Reuters"): what
#: is left of "killed 13 people, MSF said" when the comma is lost.
_COUNTED_PEOPLE_BEFORE_NAME = re.compile(
    r"(?:people|civilians|soldiers|fighters|rebels|militants|troops|children|others)\s+"
    r"(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)$"
)
#: "PM" after a word ("Israel's PM", "Ukrainian PM"; no clock's "9 PM"), as headlines
#: shorten "prime minister"; before a name it is that name's title, left as it is.
_PM_AFTER_WORD = re.compile(r"(?<=[A-Za-z'’] )PM\b(?!\s+[A-Z])")


def _spelled_prime_minister(np: str) -> str:
    """ "Israel's PM" -> "Israel's prime minister": the office spelled out, so that it
    resolves to its one holder as "Israel's prime minister" does, and stays a title the
    annotators write in full when the article names no holder ("Ukrainian Prime
    Minister")."""
    return _PM_AFTER_WORD.sub("prime minister", np)


#: "One of the two U.S. defense officials": one member of a group the article names
#: (no possessive: "one of the IRA's officers" names the body, left as worded).
_ONE_OF_THE = re.compile(
    r"[Oo]ne\s+of\s+the\s+(?:(?:two|three|four|five|several|many)\s+)?(?P<group>[^'’]+)"
)
_IRREGULAR_SINGULARS = {"men": "man", "women": "woman", "people": "person"}


def _people_in_the_plural(head: str, lexicon: Lexicon) -> bool:
    """Whether a lower-case head word names people in the plural, whom a later "they"
    stands for: a plural role noun ("activists"), one in "-men" ("gunmen", "tribesmen"),
    or "men", "women" and "people" themselves ("Armed men stormed the village. They
    demanded …")."""
    if head in _IRREGULAR_SINGULARS:
        return True
    return head in lexicon.roles and head.endswith(("s", "men"))


#: Capitalised plurals that name places or bodies, not people.
_PLACES_IN_THE_PLURAL = frozenset(
    (
        *("states", "nations", "emirates", "islands", "philippines", "netherlands", "maldives"),
        *("bahamas", "seychelles", "comoros", "heights", "highlands", "territories", "times"),
        *("news", "affairs", "operations", "forces", "services", "headquarters", "arms"),
    )
)


#: Names in "-is" of one person or place ("Harris said …", "Paris hosted the talks").
_ONE_IN_IS = frozenset(
    (
        *("paris", "tunis", "davis", "harris", "lewis", "francis", "chris", "travis", "curtis"),
        *("dennis", "morris", "louis", "memphis", "willis", "ellis", "otis", "doris", "idris"),
    )
)


def names_a_people(word: str) -> bool:
    """Whether one capitalised word names a people by its plural ("Ukrainians",
    "Israelis"), not a place or a person ("Paris", "Harris")."""
    return _named_people([word])


def _named_people(words: list[str]) -> bool:
    """Whether a phrase names a people or a movement by a capitalised plural ("The
    Houthis", "the Kurds"; alone, a demonym: "Palestinians", "Iraqis"), whom a later
    "they" stands for ("The Houthis were acting in support of Hamas. They have
    consistently linked …")."""
    last = words[-1]
    lower = last.casefold()
    if len(words) == 2 and words[0].casefold() == "the":
        plural = not lower.endswith(("ss", "us")) and lower not in _PLACES_IN_THE_PLURAL
    else:
        plural = len(words) == 1 and lower.endswith(("ans", "is")) and lower not in _ONE_IN_IS
    return plural and last[:1].isupper() and last[1:].islower() and lower.endswith("s")


def _one_of_the_group(np: str, lexicon: Lexicon) -> str:
    """ "One of the police officers" -> "a police officer": the speaker is one person,
    named as annotators and later references ("the officer said") name them.  Left as
    worded unless the group's last word is a plural whose singular is a role noun."""
    found = _ONE_OF_THE.fullmatch(np)
    if found is None:
        return np
    *modifiers, plural = found.group("group").split()
    lower = plural.casefold()
    if lower in _IRREGULAR_SINGULARS:
        singular = _IRREGULAR_SINGULARS[lower]
    elif lower.endswith("ies"):
        singular = plural[:-3] + "y"  # "allies"
    elif lower.endswith(("sses", "shes", "ches", "xes")):
        singular = plural[:-2]  # "witnesses"
    elif lower.endswith("s") and not lower.endswith("ss"):
        singular = plural[:-1]
    else:
        return np
    if singular.casefold() not in lexicon.roles and singular != "person":
        return np
    phrase = " ".join((*modifiers, singular))
    # "an" before a vowel sound: lower-case vowels, and capitals but U ("a U.S. official")
    return f"{'an' if phrase[0] in 'aeiouAEIO' else 'a'} {phrase}"


@lru_cache(maxsize=4096)
def _role_phrase(np: str, lexicon: Lexicon) -> tuple[bool, str]:
    """(True, np) for a role of a named place or body ("The mayor of London"), which is
    the speaker as named; else (False, the phrase without a place that only locates a
    described speaker: "A senior NDS official in Kabul" -> "A senior NDS official").
    Memoised: it depends on the phrase alone."""
    role_of = _ROLE_OF_NAME.match(np)
    if role_of and role_of.group("role").casefold() in lexicon.roles:
        return True, np
    if " of " in np and _KIN_OF_NAME.match(np):
        return True, np  # "The wife of opposition leader Alexei Navalny": she, not he
    titled = _TITLE_OF_BODY.fullmatch(np)
    if titled and titled.group("role").casefold() in lexicon.roles:
        name = person_name(np, lexicon)
        if name is None or " " not in name:
            return True, np  # "Interim Minister of Health", not a person named "Health"
    located = _LOCATED_ROLE.match(np)
    head = located.group("described").rsplit(None, 1)[-1].casefold() if located else ""
    # a role, or a body whose name ends in an organisation word ("The Syrian Civil Defence
    # in Idlib", not a person "Idlib")
    if located and (head in lexicon.roles or head in lexicon.organisations):
        place = located.group("place").split()
        if any(_is_cap(word) for word in place) and _place_length(place, lexicon) > 0:
            return False, located.group("described")  # the place says where, not who
    return False, np


@lru_cache(maxsize=4096)
def _alias_shape(np: str) -> tuple[str, bool, str, bool] | None:
    """What `_alias` matches earlier speakers by, or None when the phrase cannot stand for
    one: (head word in lower case, whether it starts with "the", its content words in
    lower case padded with spaces, whether none of them is capitalised).  Memoised: it
    depends on the phrase alone."""
    words = _PREPOSITION_SPLIT.split(np, maxsplit=1)[0].split()
    if not words:
        return None
    # a headline drops "the" before a body's acronym ("USFK commander says …")
    definite = words[0].casefold() == "the" or (
        len(words) == 2 and words[1].islower() and _ACRONYM.fullmatch(words[0]) is not None
    )
    content = [w for w in words if w.casefold() not in _DETERMINERS]
    if not content or not (definite or len(content) == 1):
        return None
    phrase = " " + " ".join(content).casefold() + " "
    return content[-1].casefold(), definite, phrase, all(not _is_cap(w) for w in content)


@lru_cache(maxsize=4096)
def _history_entry(speaker: str, raw: str, lexicon: Lexicon) -> tuple[str, str, bool]:
    """(speaker, its description in lower case, whether it is a person) for the history
    of speakers (memoised: it depends on the phrases alone, and speakers recur)."""
    core = _PREPOSITION_SPLIT.split(raw, maxsplit=1)[0]
    # "The Russian coordination center in Hmeimim": a place after the speaker's head is
    # no surname, so only the words before a preposition can name a person.
    named = _PREPOSITION_SPLIT.split(speaker, maxsplit=1)[0]
    is_person = (" " in named and person_name(named, lexicon) is not None) or any(
        w.casefold() in lexicon.person_roles for w in core.split()[-2:]
    )
    # A long raw phrase ("Syrian army retakes Palmyra … Russia") would make later
    # aliases match words that are not the speaker's; keep the name then.
    described = raw if len(raw.split()) <= 6 else speaker
    return speaker, described.casefold(), is_person


@lru_cache(maxsize=8192)
def _intrinsic_name(np: str, lexicon: Lexicon) -> tuple[str, str | None]:
    """What a phrase says about its speaker without article context: ("none", None) when
    it is nothing speaker-like, ("person", name), ("organisation", name), or
    ("context", None) when only earlier speakers can tell ("the monitoring group")."""
    words = _words(np)
    speaker_like = any(
        (_is_cap(w) and w.casefold() not in _DETERMINERS)
        or w.casefold() in lexicon.roles
        or w.casefold() in _PRONOUNS
        for w in words
    )
    if not speaker_like:
        return "none", None
    if _described_by_clause(np):
        # "Rebels fighting in Aleppo": people described, not the name in the description
        return "context", None
    media = _NATIONAL_MEDIA_AT_END.search(np)
    if media is not None and media.start() > 0:
        # "… in Aleppo Syrian state television said" (commas lost): the broadcaster
        return "organisation", media.group()
    person = person_name(np, lexicon)
    plain = np.split()
    if (
        person
        and (len(person.split()) >= 2 or len(plain) == 1 or plain[0][0].isupper())
        and not _POSSESSIVE_HEAD.search(np)
    ):
        return "person", person
    organisation = _organisation(np, lexicon)
    if organisation:
        return "organisation", organisation
    return "context", None


@lru_cache(maxsize=4096)
def _spaced(text: str) -> str:
    """Lower-case words separated by single spaces, padded, for whole-word `in` tests."""
    return " " + " ".join(_WORD_CHARS.findall(text.casefold())) + " "


def _coordinated(np: str, lexicon: Lexicon) -> list[str]:
    """'The observatory and the Reuters news agency' -> both; 'military and diplomatic
    sources' stays one, and so does a pair of bare plural nouns ('Patients and staff':
    the sentence's capital tells nothing, and the pair is one group of people)."""
    if "and" not in np:
        return [np]  # the common case, without a split
    parts = _AND_SPLIT.split(np)
    if len(parts) != 2:
        return [np]
    left, right = parts
    left_words = _words(left)
    if (
        len(left_words) == 1
        and not _is_cap(left_words[0])
        and left_words[0].casefold() not in (lexicon.roles)
    ):
        return [np]
    if (
        len(left_words) == 1
        and left_words[0].endswith("s")
        and _BARE_PLURAL.fullmatch(right.strip())
    ):
        return [np]
    if (
        left_words
        and _SHARED_HEAD_MODIFIER.fullmatch(left_words[-1])
        and left_words[-1] not in lexicon.roles
    ):
        # "Iranian political and military officials": the adjective shares the head
        return [np]
    if not right or not left:
        return [np]
    return [left, right]


#: A lower-case adjective before "and", whose noun is the one after the pair ("political
#: and military officials", "Western and Arab diplomats").
_SHARED_HEAD_MODIFIER = re.compile(r"[a-z]+(?:al|ic|ary|ive|ous|ian|ese|ish|ern|ior|ign)")
#: One lower-case word ("staff", "residents") after "and".
_BARE_PLURAL = re.compile(r"[a-z]+")

_ORGANISATION_LEAD = re.compile(
    r"^(?:(?:the|a|an|another|one)\s+)?(?:(?:so-called|state-run|official)\s+)?", re.IGNORECASE
)
_ORGANISATION_ACRONYM = re.compile(r"\b(?:agency|group|channel|network)\s+([A-Z]{2,6})$")
_PROPER_NAME = re.compile(
    r"((?:[A-Z][\w’'&.-]*)(?:\s+(?:(?:for|of|the|and|de)\s+)*[A-Z][\w’'&.-]*)*)"
)
#: An indefinite article or "one", "another": a phrase that brings in a new referent.
_INDEFINITE = re.compile(r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s")
_POSSESSIVE_START = re.compile(r"^(?:s|'s|’s)\b")
#: A possessive at a phrase's end ("Netanyahu's", "Netanyahu’s", a lost apostrophe's
#: "Netanyahu s"); also what `NameRegistry`'s office holders lose.
_POSSESSIVE_END = re.compile(r"\b(?:s|'s|’s)$")
#: A capitalised word and an "s" glued to it, not a plural or a name in "-ss", "-us",
#: "-is" ("Syrias", "Irans", "Assads"); agencies ("Reuters") and bodies the vocabulary
#: names ("Hamas") are told apart where it is used.
_LOST_POSSESSIVE = re.compile(r"[A-Z][a-z]{2,}(?<![sui])s")


@lru_cache(maxsize=4096)
def _organisation(np: str, lexicon: Lexicon) -> str | None:
    """A proper organisation name inside a descriptive phrase, or None."""
    np = _HYPHEN_DESCRIPTOR.sub("", np)
    indefinite = _INDEFINITE.match(np) is not None
    np = _ORGANISATION_LEAD.sub("", np)
    acronym = _ORGANISATION_ACRONYM.search(np)
    if acronym:
        return acronym.group(1)
    match = _PROPER_NAME.search(np)
    if match is None:
        return None
    proper = match.group(1)
    before = np[: match.start()].strip()
    after = np[match.end() :].strip()
    if _POSSESSIVE_START.match(after) or _POSSESSIVE_END.search(proper):
        return None
    if (
        after
        and " " not in proper
        and _LOST_POSSESSIVE.fullmatch(proper)
        and not lexicon.agencies.fullmatch(proper)
        and proper.casefold() not in lexicon.organisations
    ):
        # "Turkeys state-run news agency", "Russias defense ministry": the apostrophe was
        # lost, and the country owns the body rather than naming it
        return None
    if proper == "TV" and before.casefold().endswith("state"):
        return "state TV"  # the broadcaster, not its medium: "…, state TV said"
    if indefinite and after and not before and _is_nationality(proper):
        return None  # "a Kurdish militant group": the nationality describes, names no body
    if (
        before
        and before.casefold() not in _DETERMINERS
        and not all(w.casefold() in _DETERMINERS or _adjective(w, lexicon) for w in before.split())
    ):
        return None
    if after and _NATIONAL_MEDIA.fullmatch(f"{proper} {after}"):
        return None  # "Syrian television" is the broadcaster, not "Syrian"
    if after and _PLATFORM_END.search(proper) and _PLATFORM_OUTLET.match(after):
        # "the Ariha Today Facebook page" spoke, not Facebook: keep the outlet's head,
        # and a page named by its platform alone is a description.
        return f"{proper} {after}" if " " in proper else None
    if after and _OUTLET_HEAD.fullmatch(after):
        # "The ISIS-affiliated Aamaq news agency": an outlet keeps the noun that says what
        # it is, as annotators write it ("Aamaq news agency")
        return f"{proper} {after}"
    if not after or _DESCRIPTOR_HEADS.match(after) or after.split()[0].casefold() in (_DETERMINERS):
        return proper
    return None


#: A nationality's adjective ("Syrian", "Iraqi", "Kurdish", "French").
_NATIONALITY_WORD = r"[A-Z][a-z]+(?:an|ian|ese|i|ish|ch)"
NATIONALITY = re.compile(_NATIONALITY_WORD)


def _is_nationality(word: str) -> bool:
    """Whether a single word has a nationality's shape ("Kurdish", "Kuwaiti")."""
    return " " not in word and NATIONALITY.fullmatch(word) is not None


#: Initials of two or three capitals: a state's ("UK", "U.S."), a body's or an outlet's
#: ("UN", "BBC", "IDF").
_INITIALS = re.compile(r"(?:[A-Z]\.?){2,3}")


def _places_a_person(word: str) -> bool:
    """Whether a word before a description says where its person is from or whom the
    person serves: a nationality ("Kuwaiti"), a state ("France") or initials ("UK",
    "BBC")."""
    return (
        _is_nationality(word)
        or _INITIALS.fullmatch(word) is not None
        or word.casefold() in state_names()
    )


#: A nationality and, if said, who runs the medium: "Syrian state ", "Iraqi ".
_NATIONALITY_AND_OWNER = _NATIONALITY_WORD + r"\s+(?:(?:state|state-run|official|national)\s+)?"
#: A nationality and a medium: the phrase names the broadcaster as a whole.
_NATIONAL_MEDIA = re.compile(
    _NATIONALITY_AND_OWNER
    + r"(?:television|TV|radio|media|news\s+agency|press|broadcaster|newspaper|daily|channel)"
)
#: The same (without "press") ending a longer phrase ("Aleppo Syrian state television").
_NATIONAL_MEDIA_AT_END = re.compile(
    r"(?<=\s)" + _NATIONALITY_AND_OWNER + r"(?:television|TV|radio|media|news\s+agency)$"
)

#: A sentence's first verb: auxiliaries, reporting and opinion verbs (also the plural
#: present: "British commanders feel that …"), common irregular pasts ("put the death
#: toll at 58", "government forces found 25 corpses"), and words in -ed that are not the
#: second half of a hyphened adjective ("Britain-based", "US-led").
_FIRST_VERB_WORDS = (
    r"(?<![-‑’'])\b(?:has|have|had|is|are|was|were|will|would|do|did|does|must|should|said|"
    r"says|told|denies|insists|rejects|accuses|warns|admits|urges|vows|refuses|wants|"
    r"disputes|argues|believes|claims|maintains|agrees|fears|hopes|seeks|needs|"
    r"say|deny|insist|warn|argue|believe|maintain|agree|feel|think|know|expect|"
    r"put|took|gave|made|sent|kept|held|fought|struck|brought|began|"
    r"paid|met|spent|won|sought|thought|felt|built|drew|ran|rose|went|came|saw|spoke|"
    r"wrote|heard|chose|knew|became|flew|stood|found|left|lost|led|fled|fell|caught|"
)
_FIRST_VERB = re.compile(rf"{_FIRST_VERB_WORDS}\w{{3,}}ed)\b")
#: More irregular pasts of news text ("The rebels withdrew from the town as they
#: vowed …"), for a speaker's subject only: without them the subject runs on to the
#: next verb.  (The stance rules, given them, took one read position more.)
_MORE_PASTS = (
    r"withdrew|drove|swept|threw|broke|blew|overran|sold|bought|tore|hid|laid|sank|stole|"
    r"swore|upheld|rebuilt|undertook|overthrew|shook|slew|woke|"
)
#: (A word in -ed a speaker's verb is begins lower-case: a capitalised one is a name's,
#: "Colonel Ahmed Saleh declined …", "Khaled Omar … and said".)
_SPEAKER_FIRST_VERB = re.compile(rf"{_FIRST_VERB_WORDS}{_MORE_PASTS}[a-z]\w{{2,}}ed)\b")
#: The same, never the sentence's first word: a word in -ed that opens it describes
#: the people it leads with ("Armed men stormed …", "Masked gunmen seized …"), for the
#: people a later "they" stands for (`SpeakerTracker._people_leading_the_last_sentence`).
_FIRST_VERB_AFTER_LEAD = re.compile(rf"(?<=\s){_FIRST_VERB_WORDS}{_MORE_PASTS}\w{{3,}}ed)\b")
#: The same, where a capitalised word in -ed before another is part of a name ("The
#: United Nations released …", "The Armed Forces of the Philippines launched …"): for
#: the body a sentence leads with (`SpeakerTracker._body_leading_the_last_sentence`).
_FIRST_VERB_AFTER_NAMES = re.compile(
    rf"{_FIRST_VERB_WORDS}{_MORE_PASTS}(?:[a-z]\w{{2,}}ed|[A-Z]\w{{2,}}ed(?!\s+[A-Z])))\b"
)


#: An aside between spaced em dashes ("Maduro — the anointed successor … — defends").
_DASH_ASIDE = re.compile(r"\s—[^—]{1,200}—(?=\s)")


#: A sentence opening with a preposition and a participle ("By openly declaring",
#: "After signing", "In explaining"); the participle is lower case, so "In Beijing" and
#: "On Sunday" are no such opening.
_FRONTED_PARTICIPLE = re.compile(
    r"(?:By|In|After|Before|While|When|On|Upon|Since|Despite|Without|Through)\s+"
    r"(?:[a-z]+ly\s+)?[a-z]+ing\b"
)
#: What opens the main clause after the participle's comma: a capital or a determiner
#: (", Kampala has …", ", the president surprised …"; ", in a statement, that …" is
#: an aside inside a clause whose comma was left out).
_MAIN_CLAUSE_OPENS = re.compile(r"\s*(?:[A-Z]|(?:the|a|an|its|his|her|their|this|these|those)\s)")


def sentence_subject(
    masked: str, first_verb: re.Pattern[str] = _FIRST_VERB, speaking: bool = False
) -> str | None:
    """The noun phrase before a sentence's first verb (for "and demanded", "claiming",
    "they"), after any comma-separated introduction; `first_verb` finds that verb.
    `speaking`: for a speaker, whose verb may be one of `_MORE_PASTS` (the stance
    rules are left as they were)."""
    if speaking and first_verb is _FIRST_VERB:
        first_verb = _SPEAKER_FIRST_VERB
    # "South Korean military (pictured) was alarmed": no verb of the sentence's
    masked = _blank_parentheses(masked)
    aside = _DASH_ASIDE.search(masked) if "—" in masked else None
    if aside is not None and first_verb.search(masked, 0, aside.start()) is None:
        # "Maduro — the anointed successor of …, who died in 2013 — strongly defends":
        # the phrase before an aside between dashes is the subject it describes.
        head = strip_np(masked[: aside.start()])
        if head[:1].isupper() and len(head.split()) <= 5:
            return head
    # "By openly declaring that any move … is war, Kampala has traded …": the subject
    # follows the opening participle's clause, whose verbs are not the sentence's
    fronted = _FRONTED_PARTICIPLE.match(masked)
    start = masked.find(",", fronted.end()) + 1 if fronted is not None else 0
    if start and not _MAIN_CLAUSE_OPENS.match(masked, start):
        start = 0  # ("After rejecting the plan on Monday Hamas said, in a statement, …")
    verb = first_verb.search(masked, start)
    while verb is not None:
        if speaking and _describes_after_article(masked, verb):
            # "In a televised public address, President Rodrigo Duterte …": an adjective
            verb = first_verb.search(masked, verb.end())
        elif _in_relative_aside(masked, verb.start()) or _in_participle_aside(masked, verb):
            # "In explaining his move to Congress, which has the power to …, Duterte
            # cited": the verb of the aside describes the introduction; the sentence's
            # own verb follows the aside's closing comma.
            closing = masked.find(",", verb.end())
            verb = None if closing < 0 else first_verb.search(masked, closing)
        else:
            break
    if verb is None:
        return None
    for part in reversed(masked[start : verb.start()].split(",")):
        np = strip_np(part)
        # "The Britain-based …": a descriptor is no word of the subject's length.
        words = _HYPHEN_DESCRIPTOR.sub("", np).split() if "-" in np else np.split()
        if words and words[0].endswith("ing") and words[0].islower():
            continue  # "Barack Obama, beginning a tour of Asia, backed …": an aside
        if words and words[0] in _RELATIVE_ASIDE_WORDS:
            continue  # "Israel, which controls all entry into Gaza, began …": an aside
        if len(words) == 1 and words[0].isdigit():
            continue  # "Mahmoud Matawalle, 54, paraded …": an age set off
        if _opens_with_participle(words):
            continue  # "Governor Idris, elected in 2023, toured …": an aside
        if words and not (words[0].casefold() in _PREPOSITIONS and len(words) <= 4):
            if len(words) <= 8:
                return np
            # "The Aleppo Media Centre an online opposition news portal for the city
            # posted …": a name and the description its lost comma ran into
            named = _NAME_THEN_DESCRIPTION.match(np)
            return named.group("name") if named else None
    return None


def _in_relative_aside(masked: str, at: int) -> bool:
    """Whether the word at `at` is in a relative clause set off by a comma right after
    an opening introduction ("In explaining his move to Congress, which has …"): the
    sentence's first part opens with a preposition and the part since it with a
    relative word.  After a name ("Hassan, who was born in Aleppo, Syria, said") the
    aside's own commas make parts of it, which `sentence_subject` skips as asides."""
    comma = masked.find(",")
    if comma < 0 or masked.find(",", comma + 1, at) >= 0:
        return False
    opening = masked[:comma].split(None, 1)
    words = masked[comma + 1 : at].split(None, 1)
    return (
        bool(opening)
        and opening[0].casefold() in _PREPOSITIONS
        and bool(words)
        and words[0] in _RELATIVE_ASIDE_WORDS
    )


def _describes_after_article(masked: str, verb: re.Match[str]) -> bool:
    """Whether a word in -ed found as a sentence's first verb follows "the", "a" or
    "an" ("In a televised public address", "the embattled mayor"): it describes the
    noun after it.  (Tested on each match rather than by look-behinds in the pattern,
    which every word the pattern tries would pay for.)"""
    if not verb.group().endswith("ed"):
        return False
    before = masked[max(0, verb.start() - 5) : verb.start()].casefold()
    return before.endswith((" the ", " a ", " an ")) or before in ("the ", "a ", "an ")


def _opens_with_participle(words: list[str]) -> bool:
    """Whether a part set off by commas opens with a past participle that fills it or is
    followed by what places it in time, place or agency, an adverb in -ly allowed
    before it ("newly appointed", "elected in 2023", "backed by Iran", "widely accused
    of lying"): a description of the subject (`_in_participle_aside`), not the subject.
    A participle with an object ("paraded the suspects", "briefed journalists") is a
    verb."""
    if len(words) > 1 and words[0].endswith("ly") and words[0].islower():
        words = words[1:]
    return (
        bool(words)
        and words[0].islower()
        and words[0].endswith("ed")
        and len(words[0]) > 4
        and (len(words) == 1 or words[1] in _ASIDE_PARTICIPLE_FOLLOWERS or words[1][:1].isdigit())
    )


#: What follows a past participle that opens an aside: when, where, by whom or as what
#: ("appointed in September", "backed by Iran", "elected last year", "criticised over
#: the raid", "accused of lying").
_ASIDE_PARTICIPLE_FOLLOWERS = frozenset(
    (
        *("in", "on", "at", "by", "with", "from", "to", "for", "as", "last", "this"),
        *("since", "after", "during", "under", "into", "earlier", "recently", "of"),
        *("over", "near", "without", "alongside", "against"),
    )
)


def _in_participle_aside(masked: str, verb: re.Match[str]) -> bool:
    """Whether `verb` is a past participle that opens a description set off by commas
    after a capitalised subject (`_opens_with_participle`: "Comptroller Mahmoud
    Matawalle, newly appointed in September, paraded …"): the aside describes the
    subject, and the sentence's own verb follows its closing comma."""
    comma = masked.rfind(",", 0, verb.start())
    closing = masked.find(",", verb.end())
    if comma < 0 or closing < 0:
        return False
    last_word = masked[:comma].rsplit(None, 1)[-1:]
    return (
        bool(last_word)
        and last_word[0][:1].isupper()
        and _opens_with_participle(masked[comma + 1 : closing].split())
    )


#: The words of a description set off after a comma, up to its head word: an article
#: and up to five words ("a US-backed alliance", "the London-based rights group").
_DESCRIPTION_BEFORE_HEAD = re.compile(r",\s+(?:a|an|the)\s+((?:[\w'’-]+\s+){0,5})$")
#: A body's capitalised name ending right before that comma, an acronym in brackets
#: after it allowed ("The Syrian Democratic Forces (SDF)", "Hayat Tahrir al-Sham").
_BODY_NAME_BEFORE_COMMA = re.compile(
    r"((?:[A-Z][\w'’-]*\s+)(?:(?:[A-Z][\w'’-]*|al-[\w'’-]+|of\s+the|for\s+the|of|for)\s+){0,6}?"
    r"(?:[A-Z][\w'’-]*|al-[\w'’-]+))(?:\s+\([A-Z]{2,8}\))?$"
)
#: What follows the head word of a description set off after a name: its closing
#: comma, or an of-phrase ("a US-backed alliance of Kurdish and Arab fighters,").
_APPOSITION_CLOSES = re.compile(r",|\s+(?:of|for)\s")
#: How far before its head word a description and its name may start.
_BODY_DESCRIPTION_REACH = 120


def _body_named_before(text: str, at: int, words: list[str]) -> str | None:
    """The body whose name stands before a description that ends with the head word at
    `at` and holds all of `words` (the phrase's words but "the"), else None."""
    end = at + len(words[-1])
    if (at and is_word_char(text[at - 1])) or not _APPOSITION_CLOSES.match(text, end):
        # part of a longer word ("groups"), or no apposition that the head ends ("the
        # French military spokesman", "In Gaza, the health ministry said")
        return None
    start = max(0, at - _BODY_DESCRIPTION_REACH)
    description = _DESCRIPTION_BEFORE_HEAD.search(text, start, at)
    if description is None:
        return None
    held = description.group(1).casefold().split()
    if not all(word in held for word in words[:-1]):
        return None
    name = _BODY_NAME_BEFORE_COMMA.search(text, start, description.start())
    if name is None:
        return None
    body = strip_np(name.group(1)).removeprefix("The ")
    return body if body[:1].isupper() else None


#: Words that open a relative clause set off by commas, which describes the subject
#: before it and is none itself.
_RELATIVE_ASIDE_WORDS = frozenset(("which", "who", "whose", "whom"))
#: A capitalised name and a description after it that a lost comma ran into.
_NAME_THEN_DESCRIPTION = re.compile(
    r"(?P<name>(?:[Tt]he\s+)?[A-Z][\w'’-]*(?:\s+(?:for|of|[A-Z][\w'’-]*)){0,6})\s+an?\s"
)
