"""Statements: sentences (or quotation units) reporting what an identifiable speaker said.

A sentence is a statement when, outside its quoted passages, a reporting verb has a
speaker ("X said", "according to X", "X told Y", "…,” said X") that is not passive or
anonymous ("are reported to", "stands accused"), or when it is quoted
speech continuing a known speaker's quotation (guideline §4).  A quotation of several
sentences followed by one attribution is a single unit from the opening mark to the end
of the attribution sentence; an introduction ending in a colon travels with its quote.
"""

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import lru_cache, partial
from itertools import accumulate, pairwise
from typing import NamedTuple

from annotator.detection.capitals import place_names
from annotator.detection.claims import DetectedClaim, new_claim
from annotator.detection.patterns import (
    CALENDAR_WORDS,
    CALLS_FOR_HELP,
    CAPITALISED_MONTH,
    CUE_REPORTING,
    CUE_WINDOW,
    WARNING_AS_NOUN_BEFORE,
    CueContext,
    CueContexts,
    Patterns,
    WordScan,
    ascii_lower,
    terms_pattern,
    word_regex,
    written_forms,
)
from annotator.detection.posts import Post, embedded_posts
from annotator.detection.recordings import Recording, opening_label, recordings, turn_label
from annotator.detection.sentences import (
    CLOSING_QUOTES,
    KICKER_LENGTH,
    Segmentation,
    Sentence,
    body_start,
    caption_kicker,
    end_before_space,
    sentence_ends_within,
    skip_space,
)
from annotator.detection.speakers import (
    ASIDE_PREPOSITIONS,
    AUXILIARIES,
    FRONTED_GERUND,
    MODALS,
    NATIONALITY,
    NEWSPAPER,
    OUTLET_NOUNS,
    SUBJECT_PRONOUNS,
    WRITER_ADVERBS,
    LeftPhrases,
    Lexicon,
    NameRegistry,
    SpeakerTracker,
    after_last_blank,
    described_sources,
    is_headline,
    monitor_named_in,
    names_a_people,
    np_like,
    person_name,
    right_np,
    sentence_subject,
    strip_np,
)
from annotator.detection.turns import transcript
from annotator.detection.written_case import ACRONYM_LENGTH
from annotator.domain import KIND_STATEMENT


def _either_initial(word: str) -> str:
    """`word` as a pattern matching it with its first letter in either case ("[Tt]he")."""
    return f"[{word[0].upper()}{word[0]}]{word[1:]}"


#: The words before a cue that make it a noun ("the statement", "further reports"):
#: those whose first letter may be a capital, and those matched as written.
_NOUN_DETERMINERS_EITHER_CASE = ("the", "a", "an", "these", "those", "this")
_NOUN_DETERMINERS = (
    *("such", "Earlier", "initial", "first", "unconfirmed", "his", "her", "their", "its"),
    *("our", "further", "new", "latest", "separate"),
    # "Reuters cannot independently verify reports from Syria": what is verified
    *("verify", "confirm"),
)
_NOUN_WORDS = "|".join([*map(_either_initial, _NOUN_DETERMINERS_EITHER_CASE), *_NOUN_DETERMINERS])
_NOUN_BEFORE = re.compile(rf"(?:\b(?:{_NOUN_WORDS})\s+)$")
#: An indefinite article and an acronym before a cue ("prompting a UN warning", "an AP
#: report"): the cue is a noun the acronym modifies, no speech verb ("A Palestinian
#: said" is a person's, hence acronyms only).
_ACRONYM_NOUN_BEFORE = re.compile(r"(?<![\w-])(?:a|an|A|An)\s+(?:[A-Z]{2,6}|(?:[A-Z]\.){2,3})\s+$")
#: A participle cue after a plural noun and before the clause's own auxiliary ("the
#: casualty figures reported could not be reconciled"): the participle describes the
#: noun, and nobody is said to speak.
_PARTICIPLE_NOUN_BEFORE = re.compile(r"(?<![\w'’-])(?P<noun>[a-z]{3,}s)\s+$")
#: The auxiliary or modal of that clause, right after the participle.
_AUXILIARY_AFTER = re.compile(
    r"\s+(?:could|would|can|cannot|may|might|must|will|should|were|are|have|had)\s"
)
#: A relative pronoun a few words before that noun: "… which officials reported were
#: killed" is a report whose subject is the relative clause's.
_RELATIVE_BEFORE_NOUN = re.compile(r"\b(?:which|that|what|who|whom)\s+(?:[\w'’-]+\s+){0,2}$")
#: A cue right after a quotation (blanked by `_mask`): 'IS "was expelled …" said X'.
_AFTER_QUOTATION = re.compile(r"\s{3},?\s*$")


def _may_follow_quotation(before: str) -> bool:
    """Whether `_AFTER_QUOTATION` can match `before`: its last three characters are
    whitespace, or its last one but whitespace is the comma.  Two string tests rule out
    the usual text before a verb ("the army "), where a search costs some thirty times
    more."""
    return before[-3:].isspace() or before.rstrip().endswith(",")


#: "… blamed the army, which said", "the man who told": the cue is the relative clause's
#: own verb, so the pronoun's antecedent speaks.
#: ("Bangladesh, which has said": an auxiliary and an adverb may come between; "that"
#: right before the verb has no subject of its own: "a Politico article that claimed").
_RELATIVE_PRONOUNS = ("which", "who", "that")
_RELATIVE_AUXILIARIES = ("has", "have", "had")
_RELATIVE_ADVERBS = ("also", "already", "repeatedly")
_RELATIVE_PRONOUN_BEFORE = re.compile(
    rf"(?:,\s*|\s)(?:{'|'.join(_RELATIVE_PRONOUNS)})"
    rf"(?:\s+(?:{'|'.join(_RELATIVE_AUXILIARIES)}))?(?:\s+(?:{'|'.join(_RELATIVE_ADVERBS)}))?\s+$"
)
#: The words `_RELATIVE_PRONOUN_BEFORE` may end with: the cheap test before its search.
_RELATIVE_ENDINGS = (*_RELATIVE_PRONOUNS, *_RELATIVE_AUXILIARIES, *_RELATIVE_ADVERBS)
#: A passive auxiliary before a cue ("was told"), perhaps with an adverb ("is also
#: said"); "is" only in lower case or capitalised ("IS said": the Islamic State group,
#: not a passive "is said").
_PASSIVE_IS = "is"
_PASSIVE_AUXILIARIES = ("are", "was", "were", "been", "being", "be", "stands", "stood", "widely")
#: ("were reportedly warned", "was allegedly told": the subject is told, whoever told it)
_PASSIVE_ADVERBS = ("also", "still", "now", "later", "not", "reportedly", "allegedly")
_PASSIVE_BEFORE = re.compile(
    rf"\b(?:(?-i:{_either_initial(_PASSIVE_IS)})|{'|'.join(_PASSIVE_AUXILIARIES)})\s+"
    rf"(?:(?:{'|'.join(_PASSIVE_ADVERBS)})\s+)?$",
    re.IGNORECASE,
)
#: A refusal or a failure to speak before the cue ("declined Monday to say", "refused to
#: comment", a headline's "The UN unable to condemn attack", "failed to condemn").
_DECLINED_BEFORE = re.compile(
    r"\b(?:declined|declines|declining|refused|refuses|refusing|unable|failed|fails|failing)"
    # (an adverb may split the infinitive: "was unable to immediately confirm")
    r"\s+(?:[\w-]+\s+){0,2}?to\s+(?:[a-z]+ly\s+)?$",
    re.IGNORECASE,
)
#: A prize won, not a claim made ("claimed a bronze medal", "claimed the title",
#: "claimed victory in the run-off" is said, hence no "victory").
_PRIZE_AFTER = re.compile(
    r"\s+(?:(?:a|an|the|his|her|its|their)\s+)?(?:(?:gold|silver|bronze|first|second|third|"
    r"top|world|national|\w+-place)\s+)?(?:medals?|titles?|trophy|trophies|prizes?|crown|"
    r"championships?|podium|spot|berth|seats?)\b"
)
_FIGURE_AFTER = re.compile(
    # "claimed 12 lives", "claimed hundreds of civilian lives": a toll, not a claim; a
    # figure whose phrase a verb of its own follows is what was claimed ("claimed 160
    # civilians mostly women and children were killed", "claimed 12 fighters died")
    r"^\s+(?:(?:more\s+than\s+)?\d(?![\d,.]*\s+(?:(?!lives\b)[\w-]+\s+){0,6}?"
    r"(?:were|was|had|have|died|are)\b)|the\s+lives|lives|(?:[\w,-]+\s+){1,4}?lives\b)",
    re.IGNORECASE,
)
_QUOTED_AS = re.compile(r"^\s+as\s+saying", re.IGNORECASE)
#: A passive's agent after the verb ("was quoted by", "As noted on 28 October by"), not
#: the means of speech ("said by telephone from Britain").
_BY_AGENT = re.compile(
    r"^\s+(?:on\s+(?:\d{1,2}\s+)?[a-z]+(?:\s+\d{1,2})?\s+)?"
    r"by\s+(?!(?:tele)?phone\b|satellite\s+phone\b|text\b|e-?mail\b|video\b|radio\b)",
    re.IGNORECASE,
)
#: Verbs by which evidence or a report points to something ("Evidence suggests that …",
#: "Media reports indicated that …").
_POINTING_VERBS = (
    *("suggest", "suggests", "suggested", "indicate", "indicates", "indicated"),
    *("show", "shows", "showed"),
)
#: A verb of saying right after "reports", which makes it the noun that speaks ("Media
#: reports indicated that about 30 of the hostages are children"), or a modal or "do"
#: ("UN reports do not save children"), past an aside or "clearly" ("All ground reports,
#: particularly from the smaller towns, quite clearly indicate that …"): no verb of
#: saying has one after it.
_VERB_AFTER_REPORTS = re.compile(
    r"(?:,[^,.;:“”\"]{1,80},)?(?:\s+(?:quite\s+)?clearly)?"
    rf"\s+(?:{'|'.join(_POINTING_VERBS)}|estimated|estimate|estimates|claimed|claim|claims|put|"
    r"do|does|did|cannot|can|could|will|would|should|must)\b"
)
#: The cues by which evidence points to something, whose subject may be evidence alone
#: (`_evidence_alone`).
_EVIDENCE_VERBS = frozenset((*_POINTING_VERBS, "shown"))
#: An owner's conduct as an evidence verb's subject ("Hamas's actions and rhetoric in the
#: past two weeks, however, suggest that …"): what the writer reads into it, not the
#: owner's words (guideline §4).
_OWNERS_CONDUCT = re.compile(
    r"[\w.-]+(?:\s+[\w.-]+){0,3}['’]s?\s+(?:actions|conduct|behaviou?r|rhetoric|moves|record"
    r"|silence|history)\b"
)
#: An emphatic "do" right before an evidence verb whose subject is a thing ("While this
#: data does not capture the full reality, it does suggest which periods …"): the writer
#: weighing evidence ("US officials did suggest that …" still speak).
_EMPHATIC_DO_ENDINGS = (" does ", " did ", " do ")
_THING_SUBJECTS = frozenset(("it", "this", "that", "these", "those"))
_HEADLINE_REPORT = re.compile(r"\s(?:Report|REPORT)\.?$")
#: A headline that ends with its source, the FA-KES way ("Aleppo bomb blast kills six
#: Syrian state TV."); a news agency at the end is tested with the lexicon.
_HEADLINE_MEDIA = re.compile(
    r"\s(?P<source>(?:[A-Z][\w-]*\s+)?(?:state|official|government)(?:-run)?\s+"
    r"(?:TV|television|media|radio|news\s+agency)|monitor|[Mm]onitoring\s+group|"
    r"Observatory|activists)\s*\.?$"
)
#: How many words a headline has before its colon at least to be a clause that a name
#: after the colon says.
_CLAUSE_WORDS_BEFORE_NAME = 4
#: A headline's label of one to three capitalised words before its colon.
_NAMED_LABEL = re.compile(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}")
#: A headline's label that may name a speaker and whom they address ("GOC to soldiers",
#: "Army chief to troops"; `StatementFinder._addresses_people` tells).
_ADDRESSED_LABEL = re.compile(
    r"(?P<speaker>[A-Z][\w’'.-]*(?:\s+[A-Za-z][\w’'.-]*){0,2}?)\s+to\s+"
    r"(?P<whom>[\w’'-]+(?:\s+[\w’'-]+){0,2})"
)
#: People a headline's speaker may address that are no role words ("Army chief to
#: troops: …").
_ADDRESSED_PEOPLE = frozenset(("troops", "youths", "citizens", "nigerians", "graduands"))
#: Labels that name the kind of page or picture, not a source ("Analysis: …", "Video:
#: …", "FILE PHOTO: Senator Risa Hontiveros."): what follows their colon is shown, not said.
_EDITORIAL_LABELS = frozenset(
    (
        *("analysis", "exclusive", "update", "updated", "watch", "video", "photos", "live"),
        *("photo", "file photo", "picture", "image", "caption"),
        *("breaking", "opinion", "factbox", "explainer", "comment", "editorial", "interview"),
        *("review", "report", "timeline", "revealed", "pictured", "formats", "read more"),
        # a fact check's labels ("DISINFO: During WWII Europe was liberated …", "FACT
        # CHECK: Russia Claims …", "Verdict: Misleading")
        *("fact check", "fact-check", "disinfo", "disinformation", "fake", "myth", "claim"),
        *("verdict", "rating", "false", "misleading", "debunked", "fact", "reality"),
    )
)
#: The most words of a source's label before a headline's colon (`_headline_label`).
_LABEL_WORDS = 3
#: The labels that name who speaks in a headline ("Police: More than 900 civilian bodies
#: found …", "Expert: Gun pressed to …", "Study: Redlining tied to …"): bodies and people
#: who find and state things. Not every role: a photo caption's kicker is a role too
#: ("Pilot: Harry is trained to fly …", "Refugees: Baby Lurky's family …", "Witness: …").
_SPEAKING_LABELS = frozenset(
    (
        *("police", "official", "officials", "expert", "experts", "study", "studies"),
        *("survey", "poll", "observers", "analysts", "monitor", "monitors"),
        *("investigators", "prosecutors", "spokesman", "spokeswoman", "spokesperson"),
        *("ministry", "authorities", "witnesses", "researchers", "scientists", "doctors"),
        *("medics", "activists", "diplomats", "lawmakers"),
    )
)
#: A clause's "that" right before "according to": the source is read inside what a
#: speaker before it says ("They point out that, according to officially reported
#: figures, …").
_THAT_BEFORE = re.compile(r"\bthat,?\s+$")
#: The kinds of a headline's label (`StatementFinder._headline_label`).
_ROLE_LABEL = "role"
_ACRONYM_LABEL = "acronym"
#: A photo's scene told in the present after a caption's kicker ("Police: Officers stand
#: guard outside the embassy", "Officials: Firefighters work at the scene"): what a
#: picture shows, not what the label's role says.
_SCENE_VERB = re.compile(
    r"\b(?:stands?|standing|works?|working|walks?|walking|gathers?|gathering|sits?"
    r"|sitting|waits?|waiting|holds?|holding|carr(?:y|ies|ying)|looks?|looking|patrols?"
    r"|patrolling|pictured|seen|poses?|posing)\b"
)
#: How far into a headline its scene's verb is looked for.
_SCENE_REACH = 60
#: What stands before "reported" when it describes the noun after it ("according to
#: officially reported figures", "the reported deaths"), not a verb whose subject reports.
_BEFORE_REPORTED_NOUN = re.compile(r"\b(?:the|to|of)\s+(?:[a-z]+ly\s+)?$")
#: A headline's subject of one to three words without an article ("Explosions ",
#: "Heavy fighting ", "Casualties ", "Explosions Reported …" in title case), which a
#: passive "reported" follows (`_PLACE_OR_TIME_AFTER`); whether it names a reporter
#: instead is `StatementFinder._names_no_reporter`'s to say.
_HEADLINE_SUBJECT = re.compile(
    r"\s*(?!(?:The|A|An|This|It|They|We|He|She)\s)[A-Z][A-Za-z]+(?:\s+[A-Za-z]+){0,2}\s+"
)
#: Where or when after that passive "reported" ("reported in central Kyiv", "reported
#: overnight").
_PLACE_OR_TIME_AFTER = re.compile(
    r"\s+(?:in|at|near|across|along|around|outside|inside|after|overnight|as)\b",
    re.IGNORECASE,
)
#: The marks that end a sentence, which a headline lacks.
_SENTENCE_STOPS = (".", "!", "?", ".”", '."')
#: The verbs of a second speaker's clause (`StatementFinder._contrasted_speaker`).
_CONTRASTED_CUES = frozenset(("said", "says", "say", "told", "reported", "claimed", "insisted"))
#: A contrasting clause's subject right before that verb: a comma, the conjunction and a
#: short phrase with no clause's punctuation ("…, while the rebels said").
_CONTRASTING_SUBJECT = re.compile(
    r",\s+(?:while|but|whereas|although)\s+"
    r"(?P<subject>(?:[Tt]he\s+|[Aa]n?\s+)?[A-Z]?[\w’'.-]+(?:\s+[\w’'.-]+){0,7}?)"
    # (an auxiliary or adverb before the verb is no part of it: "senior officials have")
    r"(?:\s+(?:have|has|had|also|later|previously|initially|now))?\s+$"
)
#: The last word of a name (`StatementFinder._contrasted_speaker`): capitalised, perhaps
#: after an Arabic article ("the semi-official Tasnim", "Nasser al-Awlaki"; "Gaza's civil
#: defence agency" ends in a role instead).
_NAME_WORD = re.compile(r"(?:(?:al|el|ad|ar|as|bin|ibn)-)?[A-Z][\w’'.-]*")
#: Words that open the rest of the first speaker's clause or an adverbial phrase, not a
#: subject of its own ("…, while in Kharkiv officials said").
_NO_SUBJECT_OPENINGS = AUXILIARIES | frozenset(
    (
        *("in", "at", "on", "from", "after", "before", "during", "since", "last", "this"),
        *("next", "earlier", "meanwhile", "by", "for", "with", "to", "over", "under"),
        *("said", "says", "told", "added", "also", "did", "does", "do", "could", "later"),
        *("then", "insisted", "claimed"),
    )
)
#: How far before its verb a contrasting clause's conjunction may stand (a subject of up
#: to eight words: "…, while the British-based Syrian Observatory for Human Rights said").
_CONTRAST_REACH = 90
#: Nouns of counts, which name no one who speaks when nothing but an article comes
#: before them ("the figures said nothing"; "government figures said" names its source).
_DATA_NOUNS = frozenset(("figures", "data", "estimates", "count", "tally", "numbers", "statistics"))
#: Pronouns that may open that clause: no second speaker named.
_PRONOUNS_OF_SPEAKERS = SUBJECT_PRONOUNS | frozenset(("i", "you"))
#: A plural noun right after a word (`_BEFORE_REPORTED_NOUN`).
_PLURAL_NOUN_AFTER = re.compile(r"\s+[a-z]+s\b")
#: The labels that name a page's kind after a headline's colon too ("Malawi election
#: results: live"); not "report", which after it is the source ("…: report").
_EDITORIAL_TAILS = _EDITORIAL_LABELS - {"report"}
#: Words that make a phrase a clause, not a headline's source (`_colon_source`).
_CLAUSE_VERBS = frozenset(("is", "are", "was", "were", "killed", "kill", "kills", "says", "said"))
_OPEN_MARKS = '“"\x95'
#: Single opening marks, curly or straight: a quotation opened with one is closed with one.
_SINGLE_OPEN_MARKS = "‘'"
#: Every mark that opens a quotation, double or single.
_QUOTE_OPENERS = _OPEN_MARKS + _SINGLE_OPEN_MARKS
#: What a source's label heads: a clause of four words or more, in any case or quoted
#: ("Russia: Terrorists breached …", "Zelensky: we will …", "Pentagon: two soldiers
#: killed …", "Netanyahu: 'we will win …'").
_CLAUSE_AFTER_LABEL = re.compile(rf"\s*[\w{_QUOTE_OPENERS}][\w’'-]*(?:\s+[\w’'%-]+){{3,}}")
#: A sentence whose speaker and verb follow at least three words of what was said,
#: its quote marks lost ("Now we dont have a single Syrian pound she said", "We had to
#: leave we were scared said Samira 55").
_SPEECH_FIRST = re.compile(
    r"(?:\S+\s+){3,}?(?:(?:he|she|they|(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)\s+"
    r"(?:said|says|told|added)\b|(?:said|says|told|added)\s+(?:he\b|she\b|[A-Z]))"
)
#: A first-person word, which outside quote marks is speech that lost them.
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|us|me|[Ww]eve|Ive|Im)\b")
#: How many sentences of such speech may come before its attribution's sentence.
_MOST_SPEECH_SENTENCES = 4
#: How many paragraphs a quotation that opens each of them again may run over.
_MOST_QUOTED_PARAGRAPHS = 6
#: How many sentences that quote no one a quotation left open may pass over to go on.
_MOST_CAPTIONS_BETWEEN = 10
#: A wire story's closing credits ("(Reporting by Saif Hameed; Writing by …)", "(Writing
#: and additional reporting by …)"): furniture, no one's statement.
_CREDIT_LINE = re.compile(
    r"\((?:additional\s+|writing\s+and\s+additional\s+)?(?:reporting|writing|editing)\s+by\s",
    re.IGNORECASE,
)
#: A wire story's credits with their brackets lost ("Reporting by Sylvia Westall; Editing
#: by Ron Popeski Our Standards:The Thomson Reuters Trust Principles."): the reporters,
#: a semicolon and the editors; no speech (guideline §5: bylines are no sentence).
_BARE_CREDIT_LINE = re.compile(
    r"(?:additional\s+)?reporting\s+by\s[^;()\n]{3,120};\s*"
    r"(?:additional\s+reporting|writing|editing)(?:\s+by|\s+and)\s",
    re.IGNORECASE,
)
#: A phrase that opens with a verb in -ing: an object after a verb ("ruled out using
#: ground forces"), no speaker named after it.
_GERUND = re.compile(r"[a-z]+ing\s")
#: What ends a sentence of running text, closing quotation marks included.
_SENTENCE_CLOSERS = ".!?…" + CLOSING_QUOTES
#: Every quotation mark: captions between a speaker's paragraphs quote no one.
_QUOTE_MARKS = CLOSING_QUOTES + "“‘"
_QUOTED_BY = re.compile(r"\bby\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)")
#: The rule of "according to", whose outlet may relay a speaker named after it.
_ACCORDING_TO_RULE = "statement.according_to"
#: Plain speech verbs win over softer cues in the same sentence ("Washington has pledged
#: …, Blinken told reporters": the speaker is Blinken).
_CORE_RULES = frozenset(
    f"statement.{verb}"
    for verb in ("said", "says", "say", "told", "tells", "added", "according_to", "wrote")
)
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_OF_AFTER = re.compile(r"\s+of\b")
#: "incident reports showing police had been …": a participle (or a verb of its own)
#: after the cue makes it the noun ("reports", "claims") of a longer phrase, not a
#: reporting verb.
_PARTICIPLE_AFTER = re.compile(
    r"\s+(?:showing|suggesting|indicating|saying|detailing"
    # "as reports came of French forces taking …": the noun, then its own verb (but
    # "reports emerged that …" still report); "… Deir al-Adas reports say" (comma
    # lost): the noun, then the speech verb whose subject it is
    r"|(?:came|emerged|surfaced|circulated)(?!\s+(?:through\s+)?(?:that|claiming|saying)\b)"
    r"|say|says|said|suggest|suggests|suggested)\b"
)
#: A verb right after the phrase that follows a speech verb: the phrase is the subject
#: of what was said, not who said it.
_CLAUSE_VERB = rf"\s+(?:{'|'.join(sorted(AUXILIARIES | MODALS | {'did', 'do', 'does'}))})\b"
_CLAUSE_AFTER = re.compile(_CLAUSE_VERB)
#: "according to" and a role with its article, then a capital ("According to the source
#: Colonel Fadlullah Naji …", its comma lost): the role may be the source and the name
#: the subject of what it said (`StatementFinder._role_before_subject`).
_ROLE_THEN_CAPITAL = re.compile(
    r"\s+(?P<role>(?:[Tt]he|an?)\s+(?:[a-z-]+\s+){0,2}?(?P<head>[a-z]+))\s+(?=[A-Z])"
)
#: What follows a clause's subject up to its verb: what the subject is of or at ("Fadlullah
#: Naji of the al-Sham Legion will head").
_SUBJECT_THEN_VERB = re.compile(r"(?:\s+(?:of|from|at|in)\s+[^,;:.!?“”\"]{1,60}?)?" + _CLAUSE_VERB)
#: Sources a wire headline names at its end besides news agencies.
_HEADLINE_SOURCES = frozenset(("monitor", "state media", "state tv", "activists", "sources"))
#: The last words of the `_before_cue` patterns (`_NOUN_BEFORE`, `_PASSIVE_BEFORE`),
#: lower-cased: the quick test before them
#: (`_may_end_in_word_before_cue`).
_WORDS_BEFORE_CUE = frozenset(
    word.lower()
    for word in (
        *_NOUN_DETERMINERS_EITHER_CASE,
        *_NOUN_DETERMINERS,
        _PASSIVE_IS,
        *_PASSIVE_AUXILIARIES,
        *_PASSIVE_ADVERBS,
    )
)
#: `_before_cue`'s answer for text that ends in none of `_WORDS_BEFORE_CUE`.
_NOTHING_BEFORE_CUE = (False, False)
_TO_HAVE = re.compile(r"\s+to\s+(?:have|be)\b")
#: "commented on the situation": speech about a topic, with no content reported.
_ON_TOPIC = re.compile(r"\s+on\b")
#: (and "as telling" whom: "as telling his congregation", not "as telling signs" or "as
#: telling as")
_AS_SAYING = re.compile(
    r"\bas\s+(?:saying|telling(?=\s+(?:[A-Z]|(?:his|her|their|its|the|a|an|him|them|us|me"
    r"|reporters|journalists|residents)\b)))\b"
)
#: How far after a "quoted" or "quotes" cue its "as saying" may come: past an apposition
#: ("quotes Habibullah Badami, a religious leader linked to the separatist Hurriyat
#: Conference as telling"); after "cited" or "reported", `_CITED_REACH`.
_QUOTED_REACH = 120
_CITED_REACH = 80
#: A "quoted" cue's object, no stop or comma in it, then a bare "saying" ("quoted an
#: opposition figure saying"); after a comma "saying" is the quoting subject's own.
_OBJECT_SAYING = re.compile(r"\s+[^\s,;:.]+(?:\s+[^\s,;:.]+){0,7}?\s+saying\b")
#: How far after a passive "quoted by" its "as saying" may come: past the agent's name
#: ("was quoted by the state-run Anadolu news agency as saying").
_RELAYED_SAYING_REACH = 90
#: "according to preliminary information from": the source follows the information.
#: The date of a document before its noun ("an April 2025 estimate", "Reuters’ Nov. 13,
#: 2025, estimate").
_DOCUMENT_DATE = rf"(?:{CAPITALISED_MONTH}\.?\s+(?:\d{{1,2}},?\s+)?)?(?:(?:19|20)\d\d,?\s+)?"
#: The documents of a count or an assessment that a source issues ("figures", "an
#: estimate"), read after "according to" both as a source's (`_INFORMATION_FROM`) and
#: as its owner's (`_OWNERS_DOCUMENT`).
_DOCUMENT_NOUNS = r"figures|reports?|data|estimates?|assessments?|analys[ie]s"
_INFORMATION_FROM = re.compile(
    rf"\s+(?:(?:the|an?)\s+)?{_DOCUMENT_DATE}(?:(?:preliminary|initial|first|latest|new|"
    r"official|unofficial|joint|brief|short|written)\s+)?"
    rf"(?:information|{_DOCUMENT_NOUNS}|statements?"
    r"|accounts?|tallies|counts?"
    r"|communiqu[eé]s?|letters?|messages?|posts?|tweets?|videos?|reporting(?=\s+by\b))"
    r"\s+(?:from|by|of|(?:released|issued|published|posted|sent|logged|compiled|collected"
    r"|gathered|kept|provided)\s+by)\b"
)
#: A source's own document after "according to" ("according to CSIS’s June 2025
#: estimate", "the U.K. Defense Ministry’s June 2025 estimate"): the owner speaks.
_OWNERS_DOCUMENT = re.compile(
    r"\s+(?:the\s+)?(?P<owner>(?:[A-Z][\w.&-]*(?:\s+(?:of\s+)?[A-Z][\w.&-]*){0,5}"
    # … or a body by its common noun, a name before it or not ("the Bangladesh
    # government’s data", "the army’s latest figures")
    r"|(?:[A-Z][\w.&-]*\s+){0,3}(?:government|ministry|army|military|police|authorities"
    r"|navy|council|observatory|monitor|agency)))"
    # the possessive, its apostrophe perhaps lost ("the Bangladesh government s data")
    r"(?:[’']s?|\s+s)\s+"
    rf"{_DOCUMENT_DATE}(?:(?:latest|new|own|annual|monthly|weekly|daily)\s+)?"
    rf"(?:{_DOCUMENT_NOUNS}|tally|count|statement)\b"
)
#: A form of "be" right before a participle cue, an adverb between or not: the
#: progressive, whose subject speaks ("…, the New York Times is reporting.", "… has been
#: reporting", "is now reporting").
_PROGRESSIVE_BEFORE = re.compile(
    r"\b(?:(?:has|have|had)\s+been|is|are|was|were|been)\s+"
    r"(?:(?:now|also|still|already|[a-z]+ly)\s+)?$"
)
#: The capitalised name that opens a clause, before its lower-case verb.
_LEADING_NAME = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w’'-]*\s+)*[A-Z][\w’'-]*(?=\s+[a-z])")
#: The capitalised name of a source right after "a report by" (`_INFORMATION_FROM`).
_NAME_AFTER = re.compile(
    # ("an April 2025 estimate by then-SACEUR Cavoli": a former office before the name)
    r"\s*(?:the\s+)?(?:then-)?([A-Z][\w’'-]*(?:\s+(?:(?:for|of|on|and)\s+)?[A-Z][\w’'-]*)*)"
)
#: A window before "reads" that ends in no written text's noun and no closed quotation
#: (blanked, `_AFTER_QUOTATION`, or not): the verb is no report there ("She read the
#: report", "Read more").
_NO_TEXT_BEFORE = re.compile(
    r"^(?![\s\S]*(?:\b(?:text|caption|description|post|tweet|message|sign|banner|headline"
    r"|letter|statement|note|inscription|subtitle|label|poster|placard|graphic|title|slogan"
    r"|leaflet|notice|translation|transcript|chyron|excerpt|passage|correction)s?"
    r"|[”\"’'],?|\s{3},?)\s*$)"
)
#: A window before "show" that ends in no document's noun (an "also" allowed), nor in one
#: and its issuer's name ("the latest report from the Kiel Institute shows"): a thing
#: that shows is no report there ("The video shows soldiers", "This shows the need").
_NO_DOCUMENT_BEFORE = re.compile(
    # (a capital where the noun opens the sentence: "Records show …"; not "the Center
    # for Non-proliferation Studies shows", a name)
    r"^(?![\s\S]*\b(?:[Rr]ecords?|[Dd]ocuments?|[Ff]igures|[Dd]ata|[Ss]tatistics|[Rr]eports?"
    r"|[Ss]urveys?|study|studies|analys[ie]s|assessments?|[Ee]stimates?|[Ff]indings)"
    r"(?:\s+(?:from|by|of)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,5}[A-Z][\w'’-]*)?"
    r"(?:\s+(?:also|(?:quite\s+)?clearly))?\s*$)"
)
#: A verb of ending or opening and what it ends, before "by" and a participle cue ("ends
#: his report by stating", "opened the session by saying"): its subject speaks.
_MEANS_OF_ENDING = re.compile(
    r"\s(?:ends|ended|closes|closed|concludes|concluded|opens|opened|begins|began|starts"
    r"|started|finishes|finished|wraps\s+up|wrapped\s+up)"
    r"(?:\s+(?:his|her|its|their|the|a|an|each|every|this|that)(?:\s+[a-z]+){1,2})?\s+by\s+$"
)
#: How far before the cue `_MEANS_OF_ENDING` looks ("closes the evening newscast by").
_MEANS_OF_ENDING_REACH = 60
#: How far into a colon's label its role subject may end (`_role_before_verb`).
_ROLE_SUBJECT_WORDS = 5
#: Words between a role and an article that are no verb ("The officials of the
#: ministry:", "the spokesman for the army:").
_LINKING_WORDS = frozenset(
    ("of", "for", "from", "in", "at", "on", "with", "by", "to", "and", "or", "as", "was", "is")
)
#: The words after a verb that show it is one ("read a statement", "gave his reasons").
_DETERMINERS_AFTER_VERB = frozenset(("a", "an", "the", "his", "her", "its", "their", "our"))
#: The outlet after "reporting" as a noun: "by" a name ("reporting by the Wall Street
#: Journal"), or "from" a name and then what it reported ("reporting from Middle East Eye
#: that …"); a reporter "reporting from Amman," names a place.
_REPORTING_OUTLET = re.compile(
    r"\s+(?:by\s+(?:the\s+)?(?P<outlet>[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,4})"
    r"|from\s+(?:the\s+)?(?P<source>[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,4})(?=\s+that\b))"
)
#: The subject of a clause reported after a softer cue, up to its own plain verb ("claims
#: U.S. intel said"): a few words with no break ("and", a comma, a quote mark) between.
_NESTED_SUBJECT = re.compile(
    r"\s+(?:that\s+)?(?:(?!(?:and|but|or|as|while|when|who|which|that|for|of|in|on|at|to"
    # ("The report explained why officials said …": the officials said it)
    r"|by|with|from|after|before|why|how|what|whether)\b)[\w’'.-]+\s+){1,4}"
)
#: The softer cues whose content may report someone else's words ("claims U.S. intel
#: said"): claiming, not reporting, blaming or confirming, where the plain verb after
#: them has its own subject ("Reuters reported a military source who said").
_CLAIMING_CUES = frozenset(
    (
        *("claims", "claimed", "claim", "alleges", "alleged", "insists", "insisted", "argues"),
        *("argued", "asserts", "asserted"),
        # noting, pointing out, explaining or stressing what someone else said ("Ano also
        # noted that witnesses also told the NBI …"): the noter reports it
        *("noted", "notes", "noting", "pointed out", "points out", "pointing out"),
        *("explained", "explains", "explaining", "stressed", "stresses"),
    )
)
#: The word before "reporting" in a credit line ("Additional reporting by …").
_CREDITED = frozenset(("additional", "with", "further", "extra", "and"))
#: What may follow the speaker of an attribution set off after its verb: the closing
#: comma or the sentence's end, a day or "today" allowed before it ("…, said Reuters on
#: Monday.").
_ASIDE_CLOSED = re.compile(
    r"\s*(?:(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*|today\s*|yesterday\s*"
    r"|last\s+night\s*)?(?:[,.;]|$)",
    re.IGNORECASE,
)
#: A full name in apposition, closed by a comma (an age may follow) or the sentence end,
#: perhaps after an abbreviated title ("his brother, Mr. James Yama.").
_APPOSED_NAME = re.compile(
    r",\s+((?:[A-Z][a-z]{1,4}\.\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})\s*(?:,|\.|$)"
)
#: The rest of a described speaker's phrase, which the phrase found may leave out, up to
#: the comma that sets off the name (`StatementFinder._apposed_name`): what an office is
#: of or for, or the end of a body's name ("an analyst from the Information Resistance
#: group, Kostyantyn Mashovets").
_DESCRIPTION_REST = re.compile(r"[^,;:“”\"]{0,50}?(?=,)")
#: How far either side of a name-and-colon line its title is looked for.
_KICKER_REACH = 8000
#: The role nouns of a news outlet.
_OUTLET_NOUNS = rf"{OUTLET_NOUNS}|broadcaster"
#: The last word of a news outlet's name ("Tehran radio", "state television").
_OUTLET_END = re.compile(rf"\b(?:{_OUTLET_NOUNS}|daily|paper)$", re.IGNORECASE)
#: An outlet's role in a phrase that also names it ("state-run news agency RIA").
_OUTLET_WORD = re.compile(rf"\b(?:{_OUTLET_NOUNS})\b", re.IGNORECASE)
#: How a headline names its source when the source is a monitor it does not name.
_HEADLINE_MONITORS = ("monitor", "monitoring group")
_PERSONAL_PRONOUNS = frozenset(("he", "she", "we", "i"))
#: The word right after a phrase.
_WORD_AFTER = re.compile(r"\s+([\w-]+)")
#: An object pronoun that a "quoted" cue quotes "as saying", and its subject form.
_PRONOUN_QUOTED = re.compile(r"\s+(him|her|them)\s+as\s+saying\b")
#: The words by which a speaker relays a source: a sentence without one relays none.
_RELAY_WORDS = ("quoting", "citing")
#: The cues that quote someone "as saying" (`_quoted_as_saying`).
_QUOTING = ("quoted", "quotes")
#: A plain speech verb's speaker relaying a source right after it ("…, NNA correspondent
#: added quoting the Syrian National Television", "state TV said Sunday citing military
#: statements"): the source speaks, through the relay.
_RELAYED_SOURCE = re.compile(
    rf"(?:\s+(?:on\s+)?[A-Z][a-z]+day)?,?\s+(?:{'|'.join(_RELAY_WORDS)})\s"
)
#: An outlet's "quoting" or "citing" anywhere in its sentence ("The paper, quoting Iranian
#: sources, said", "Anadolu reported 15 deaths citing a statement from …").
_QUOTING_OR_CITING = re.compile(rf"\s(?:{'|'.join(_RELAY_WORDS)})\s")
_SUBJECT_FORMS = {"him": "he", "her": "she", "them": "they"}
#: "according to him": an object pronoun as the whole source, standing for the speaker
#: its subject form would ("he").
_OBJECT_PRONOUN_SOURCE = re.compile(r"\s+(him|her|them)\b(?!\s+as\b)")
#: A place the sentence names after "in" or "of", perhaps after a place noun and "of"
#: ("In the northwestern province of Idlib", "The air raids in Aleppo").
_SENTENCE_PLACE = re.compile(
    r"\b(?:in|of)\s+(?:the\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:province|city|town|village|district|region|governorate)\s+of\s+)?"
    r"(?P<place>[A-Z][a-z]+(?:[ -](?:al-)?[A-Z][a-z]+)?)\b"
)
#: A lower-case word after a nationality ("in Syrian territory"): an adjective, no place.
_LOWER_WORD_AFTER = re.compile(r"\s+[a-z]")
#: Possessive determiners and the subject pronoun of their owner ("its conclusion": it).
_OWNER_FORMS = {"its": "it", "their": "they", "his": "he", "her": "she"}
_NO_ONE = frozenset(("no one", "nobody", "no-one", "none", "no group"))
_AND_BEFORE = re.compile(r"\b(?:and|but)\s*$")
#: "and" or "but", an auxiliary of the perfect and perhaps an adverb, before the cue
#: ("Russia has not commented …, but has previously said its attacks …"): the first
#: clause's subject speaks, as after `_AND_BEFORE`; searched in the last
#: `_AND_AUXILIARY_REACH` characters.
_AND_AUXILIARY_BEFORE = re.compile(
    r"\b(?:and|but)\s+(?:has|have|had)(?:\s+(?:also|since|\w+ly))?\s+$"
)
_AND_AUXILIARY_REACH = 40
#: "and" or "but", then an aside set off by commas, before the cue ("Israel did not
#: appear at the hearings, but, in a written submission to the court, rejected …"): the
#: first clause's subject speaks, as after `_AND_BEFORE`; searched in the last
#: `_AND_ASIDE_REACH` characters.
_AND_ASIDE_BEFORE = re.compile(
    rf"\b(?:and|but),\s*(?:{ASIDE_PREPOSITIONS})\s+[^,;:“”\"]{{1,60}},\s*$"
)
_AND_ASIDE_REACH = 80
#: A sentence opening with a name and a description set off by commas, an article's
#: or an age ("Amal Saleh, a teacher, …", "Jane Roe, the UN envoy, …", "Tom Reed,
#: 45, …"), after any dateline ("DUBAI: "): the name is the subject the description
#: describes ("On Wednesday, the Trump administration …", "Under Putin, the Kremlin …"
#: open with a phrase of time or place, no name).
_NAME_THEN_APPOSITION = re.compile(
    r"\s*(?:[A-Z][A-Z .'’-]*:\s+)?"
    r"(?!(?:On|In|At|By|After|Before|During|Since|From|Under|For|Across|With|Without|Within"
    r"|Like|Unlike|Inside|Outside|Among|Amid|Despite|Over|Through|Throughout|Until|Near"
    r"|Last|This|Next|Early|Late|Earlier|Later)\s)"
    r"((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*),\s+(?:(?:a|an|the)\s+[^,;:“”\"]{1,60}|\d{1,3}),\s"
)
#: Punctuation that closes a relative clause or opens a quotation.
_CLAUSE_MARK = re.compile(r"[,;:“”\"]")
#: "the IRA tried to blame the security forces": the cue is an infinitive after a verb
#: of trying or wanting, whose subject speaks.
_TRIED_TO_BEFORE = re.compile(
    r"\b(?:tried|tries|trying|sought|seeks|seeking|wanted|wants|attempted|attempts"
    r"|refused|refuses|decided|decides|moved|rushed|went\s+on|continued|continues)\s+to\s+$"
)
_WITH_SUBJECT = re.compile(
    # "with one military official Yun Jong Bum telling": a titled name is longer
    r"(?:\bwith\s*\S+(?:\s+\S+){0,5}|,\s*\S+(?:\s+\S+){0,3})(?<![,;:])\s*$"
)
#: "with" opening a clause, then a name and its description set off by commas
#: (", with Zouhir AlShimale, a freelance journalist in eastern Aleppo, saying"): the
#: name speaks ("The minister met with Karim Haddad, a local journalist, saying …" is
#: the minister's: "with" there is the verb's).
_WITH_NAME_SET_OFF = re.compile(
    r"(?:^|[,;—–]\s*)with\s+(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}),"
    r"[^,;:“”\"]{1,80},\s*$"
)
#: How far back from a participle `_WITH_NAME_SET_OFF` is searched (characters).
_WITH_NAME_REACH = 140
_NAMED_AGENCY = re.compile(r"news\s+agency\s+([A-Z][\w-]+)")
_MAYBE_OTHER_CUE = re.compile(r"\s(?:Report|REPORT)\.?$|:\s*$|:\s*[“\"‘']")
_NESTED_VERBS = re.compile(
    r"\b(?:said|says|told|affirmed|added|stated|declared)\b(?!\s+(?:of|to\s+be)\b)"
)
_BARE_VERBS = frozenset({"according to", "issued a statement"})
#: An auxiliary and "not", or "never", right before a cue: the speech is denied ("has not
#: reported that Ukrainian troops have reached the city", "did not say how", "have
#: never confirmed"); a sentence that also says something has its other cue.
_NEGATED_BEFORE = re.compile(
    r"\b(?:(?:has|have|had|did|does|do|is|are|was|were|will|would)(?:\s+not|n(?:['’]|\s)?t)"
    r"|never)\s+"
    r"(?:(?:yet|independently|publicly|officially|directly|immediately|specifically|also)\s+)*$"
)
#: A sentence that opens "Neither X nor Y", up to its cue.
_NEITHER_NOR = re.compile(r"[Nn]either\s[^,;:.]*\snor\s[^,;:.]*$")
#: "told to" and the word after it (`StatementFinder._told_passively`).
_TOLD_TO_WORD = re.compile(r"[ \t\n]+to[ \t\n]+([a-z]+)\b")
#: Whom "told to" tells, then what: "told to local media that …", "told to newsmen: …".
_TOLD_TO_WHOM = re.compile(r"[ \t\n]+to[ \t\n]+(?:\S+[ \t\n]+){0,3}?(?:that\b|[\"“'‘:,])")
#: Words after "told to" that open whom the telling is to ("told to the committee").
_TOLD_OBJECT_WORDS = frozenset(
    (
        *("the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that"),
        *("these", "those", "him", "them", "us", "me", "you", "one", "two", "several", "some"),
    )
)
#: "All told," opening a sentence or a clause: a sum, not speech.
_ALL_BEFORE = re.compile(r"(?:^|[,;:]\s*)[Aa]ll\s+$")
#: Space and Markdown's emphasis and heading marks, around a headline's phrase.
_MARKS_AND_SPACE = " \t\n*_#"
#: How many words after a preposition a relative clause's antecedent may have
#: (`_people_after_preposition`), and the prepositions that govern it.
_PHRASE_AFTER_PREPOSITION = 5
_GOVERNING_PREPOSITIONS = frozenset(("to", "with", "from", "among", "by"))
#: The words that open a content clause, which says what was said, never who.
_CONTENT_CLAUSE_OPENERS = ("that ", "whether ", "how ", "why ")
#: The dashes, spaced, before which a headline names its source (`_dash_source`).
_SOURCE_DASHES = (" - ", " – ", " — ")
#: A figure that rose or fell by an amount ("grew by 3.3%", "fell 12 percent"), which a
#: participle after it takes as its subject ("…, confirming how essential …").
_FIGURE_CHANGED = re.compile(
    r"\b(?:grew|grow|rose|risen|fell|fallen|dropped|increased|decreased|declined|climbed|"
    r"jumped|surged|shrank|slumped)\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+)?[\d.,]+"
    r"\s*(?:%|percent|per\s+cent)"
)
#: Cues that report speech only after a subject that can speak ("Minister Fouad
#: highlighted", not "the strikes have highlighted").
_SPEAKER_ONLY_CUES = frozenset(("highlighted", "highlights"))
#: A thing's noun and a name right after it: a relative clause without "that", the
#: name its subject ("a move Belgrade", "the plan Moscow"; `_pronoun_ending`).
_NAME_AFTER_THING = re.compile(
    r"(?:an?|the)\s+(?:move|step|decision|plan|measure|deal|policy|attack|raid|claim|"
    r"report|proposal)\s+(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
)
#: How many words a phrase before "citing" has at most to be its giver outright.
_SHORT_SOURCE_WORDS = 4
#: What "citing" gives as a reason, not as a source ("citing threats from neighbouring
#: Burundi", "citing security concerns").
_REASON_CITED = re.compile(
    r"\s+(?:(?:the|a|an|its|their|his|her|growing|serious|unspecified)\s+)?(?:security\s+|safety\s+)?"
    r"(?:threats?|concerns?|fears?|reasons?|risks?|grounds|lack|need|pressure|delays?|costs?|"
    r"insecurity|violence)\b"
)
#: The rule of a headline that names its source (`_headline_source`).
_HEADLINE_SOURCE_RULE = "statement.headline_source"
#: A document reproduced after its introduction ("… released the following statement:").
_DOCUMENT_RULE = "statement.following_document"
#: The rule of a social-media post embedded in the text (`posts.embedded_posts`).
_POST_RULE = "statement.embedded_post"
#: The fewest words a unit keeps before a post it ran into ("The prime minister wrote on
#: Twitter:"); fewer are a feed's time stamp ("10:05"), no statement.
_FEWEST_WORDS_BEFORE_POST = 3
#: How many statements after a headline, and how many characters after it, its lede's
#: speaker is looked for (`_with_lede_speakers`).
_LEDE_UNITS = 3
_LEDE_REACH = 600
#: What ends a line that is a sentence, not a headline (`_headline_line`).
_LINE_STOPS = ".!?\"”’'…"
#: A time clause's preposition right before a participle ("after declaring
#: independence", "since declaring a caliphate"): when an act was done, nothing told.
_TIME_PREPOSITION_BEFORE = re.compile(r"\b(?:[Aa]fter|[Bb]efore|[Ss]ince|[Uu]pon|[Oo]n)\s+$")
#: "put it" as speech: after "as" and its speaker ("As one European diplomat put it",
#: "… as Miller put it"), or before how and a comma or colon ("She put it bluntly: …").
_PUT_IT_AS_SPEECH_BEFORE = re.compile(r"(?:^|\W)[Aa]s\s+(?:[\w’'.-]+\s+){1,6}$")
_PUT_IT_AS_SPEECH_AFTER = re.compile(r"(?:\s+[a-z]+ly)?\s*[,:]")
#: Whom a protest is lodged with, or what about ("lodges protest with Pak Rangers",
#: "lodged a strong protest over the killing"): a protest made to another side, where
#: one lodged "outside the district office" is a demonstration.
_PROTEST_LODGED_WITH = re.compile(r"\s+(?:with|over|against|to)\b")
#: A relative clause opening after a comma ("…, which killed 12 soldiers, …").
_RELATIVE_AFTER_COMMA = re.compile(r"(?:which|who|whose|whom|where|when)\b")
#: What "as per" names when it means "in line with", not a source: a rule, a pact, a
#: custom or an order ("as per the Simla Agreement", "as per military tradition", "as
#: per the orders of the commander"), within a few words and no comma.
_RULE_NOUNS = (
    r"(?:agreements?|accords?|constitution|act|treaty|convention"
    r"|protocols?|charter|resolutions?|rules?|norms?|traditions?|rites?|customs?|orders?"
    r"|requirements?|schedules?|plans?|guidelines?|laws?|procedures?|directives?|mandate"
    r"|deals?|arrangements?|understanding|provisions?|instructions?|standards?|polic(?:y|ies)"
    r"|practices?|regulations?|terms)\b"
)
_AS_PER_RULE = re.compile(rf"\s+(?:[\w'’-]+\s+){{0,3}}?{_RULE_NOUNS}", re.IGNORECASE)
#: The same after "according to", with its article and no other article in the few words
#: before the noun, which ends the phrase ("According to the current UN protocol, the
#: MICT is responsible …, explains Muvunyi", "according to the Minsk agreement,"): what
#: the sentence follows, not who said it; "according to John Smith the deal was signed",
#: "according to a law enforcement official", "according to a professor of international
#: law," (a preposition among the words) and a document someone saw ("the draft
#: resolution, seen by Reuters,") keep their source.
_RULE_AFTER_ACCORDING_TO = re.compile(
    r"\s+(?:the|an?)\s+(?:(?!(?:the|an?|of|in|for|on|at|to|by|with)\s)[\w-]+\s+){0,3}?"
    rf"{_RULE_NOUNS}\s*[,.;:](?!\s*(?:seen|obtained|reviewed|published|leaked)\b)",
    re.IGNORECASE,
)
#: A modal, or "to" after a word of wanting, needing or failing or a headline's
#: subject, right before a verb ("must hold", "does not do enough to hold", "vowed to
#: hold", "urged Kyiv to hold", "Iran to hold"): an act wanted or foreseen, not done
#: ("continues to hold Russia responsible" is done).
_WANTED_ACT_BEFORE = re.compile(
    r"\b(?:(?:will|would|must|should|could|can|may|might|shall)"
    r"|(?:enough|fail(?:s|ed)?|refus(?:e|es|ed)|vow(?:s|ed)?|pledg(?:e|es|ed)|promis(?:e|es|ed)"
    r"|wants?|wanted|needs?|needed|urg(?:e|es|ed)|calls?\s+on|called\s+on|seeks?|sought"
    r"|tr(?:y|ies|ied)|attempt(?:s|ed)?|aims?|aimed|plans?|planned|ready|determined"
    r"|able|unable|going|have|has|had|intends?|intended)"
    r"(?:\s+[\w'’-]+){0,2}?\s+to"
    # a headline's future ("Iran to hold Israel accountable …: acting FM")
    r"|(?-i:[A-Z][\w'’-]*)\s+to)\s+$",
    re.IGNORECASE,
)
#: "charged" as speech: charging people with a task in words ("He charged the troop to
#: respect …", "charged them to be more committed", "charged service chiefs to end …",
#: "charged troops of Operation Lafiya Dole to remain resolute"), or alleging ("Critics
#: charged on Monday that …"); not an accusation in court ("charged with murder",
#: "charged him to court") nor an attack or a fee ("charged the hill to dislodge …",
#: "charged families to collect …"): whom a task is charged to are the speaker's
#: people, named by `_CHARGED_PEOPLE`.
_CHARGED_PEOPLE = (
    r"(?:troops?|soldiers|officers|men|personnel|commanders|chiefs|heads|officials"
    r"|agencies|stakeholders|leaders|residents|citizens|youths|members|staff|workers"
    r"|students|graduands|journalists|police|policemen|operatives|forces|units|ranks"
    r"|[A-Z][a-z]+(?:ians|ans|ese))"
)
_CHARGED_AS_SPEECH_AFTER = re.compile(
    r"\s+(?:(?:(?:yesterday|today|again|also|earlier|(?:on\s+)?[A-Za-z]+day)\s+)?that\b"
    r"|(?:him|her|them|us|you|(?:(?:the|all|his|their|its|our)\s+)?(?:[a-z-]+\s+){0,2}?"
    rf"{_CHARGED_PEOPLE}(?:\s+and\s+(?:men|officers|soldiers))?"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})?)"
    r",?\s+to\s+(?!court\b|the\b|a\b|an\b|his\b|her\b|their\b|its\b|trial\b|death\b)"
    r"[a-z]{2,}\b)"
)
#: A toll given by its source ("The observatory put the death toll at 58", "a monitoring
#: group gave a slightly lower toll of 31", "Officials later raised the death toll to
#: 14"): the source reports the figure, as with "said".  Searched in `ascii_lower` text.
_TOLL_GIVEN = re.compile(
    r"\b(?:put|puts|putting|gave|gives|giving|given|raised|raises|raising)\s+"
    r"(?:the|a|an|its|their|his|her)\s+(?:[a-z-]+\s+){0,3}?toll\b"
)
#: The cue and rule of a `_TOLL_GIVEN` match, whatever its words.
_TOLL_CUE = ("toll", "statement.toll_given")
#: What a party is held to be ("held Hamas responsible", "to blame", "accountable").
_BLAME_TERMS = ("responsible", "to blame", "accountable")
#: Blame laid with "hold" ("Kyiv holds Moscow responsible for …", "Both sides have held
#: the other to blame for …"): the verb, its object of a few words (no clause or
#: preposition: "held talks on who was responsible" lays none) after it.
_HELD_TO_BLAME = re.compile(
    r"\b(?:hold|holds|held|holding)(?=\s+(?:(?!(?:who|which|that|was|were|is|are|be|been|"
    r"with|on|about|for|of|those|whoever)\b)[\w'’-]+\s+){1,5}?"
    rf"(?:{'|'.join(term.replace(' ', r'\s+') for term in _BLAME_TERMS)})\b)"
)
#: The last word of a `_BLAME_TERMS` term, one of which a sentence must hold for
#: `_HELD_TO_BLAME` to match, and the stems of "hold", as written in a sentence, a
#: title-case or an all-capitals headline (the pattern runs on the lower-cased sentence).
_BLAME_WORDS = tuple(form for term in _BLAME_TERMS for form in written_forms(term.split()[-1]))
_HOLD_STEMS = tuple(form for word in ("hold", "held") for form in written_forms(word))
#: Their lower-case forms alone, for a text `ascii_lower` made, which holds no capital.
_LOWER_BLAME_WORDS = tuple(term.split()[-1] for term in _BLAME_TERMS)
_LOWER_HOLD_STEMS = ("hold", "held")


def _may_hold_to_blame(text: str, lowered: bool = False) -> bool:
    """The cheap test before `_HELD_TO_BLAME`: a word of blame and a form of "hold"
    (the rarer words first: most sentences have none).  For a text `ascii_lower` made
    (`lowered`) the written forms in capitals cannot occur, and the test runs for every
    sentence read for a speaker, so it looks for the lower-case ones alone (a third of
    the `in` tests)."""
    words, stems = (
        (_LOWER_BLAME_WORDS, _LOWER_HOLD_STEMS) if lowered else (_BLAME_WORDS, _HOLD_STEMS)
    )
    return any(word in text for word in words) and any(stem in text for stem in stems)


#: A document someone came by, right before the participle that gives what it says
#: ("obtained a document stating", "found a handwritten letter saying"); not one they
#: issued ("issued a statement saying"), whose issuer speaks.
_FOUND_DOCUMENT = re.compile(
    r"\b(?:obtained|found|seen|saw|received|discovered|intercepted|reviewed)\s+"
    r"(?P<document>(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:document|letter|memo|note|message|leaflet|file|dossier))\s*,?\s*$"
)
#: Verbs whose object is whom the speaker tells ("told TMD", "tells reporters").
_TELLING = ("told", "tell")
#: Cues that are never nouns: "further" before them is an adverb.
_VERBS_ONLY = frozenset(("said", "says", "told", "added", "stated", "wrote"))

#: "further" or "first" in a passive ("It was further reported that …", "was first
#: reported"): the participle has no subject that speaks.
_PASSIVE_ADVERB = re.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:further|first)\s+$", re.IGNORECASE
)
#: "first" as an ordinal after a determiner or a possessive ("the first reported case",
#: "Ukraine's first confirmed death").
_FIRST_OF_A_NOUN = re.compile(
    r"(?:\b(?:the|a|an|its|his|her|their|our|this|these|those|whose|such|very)|['’]s)\s+first\s+$",
    re.IGNORECASE,
)
#: What follows a verb of saying after the adverb "first": a clause, an object's article
#: or pronoun, a preposition, punctuation or a quotation ("Rostow first asserted that
#: …", "The ministry first reported the attack"), not the noun a participle modifies
#: ("Nigeria records first confirmed death").
_FIRST_ADVERB_AFTER = re.compile(
    r"\s*(?:[,:;“\"‘']|$|(?:that|the|a|an|this|these|those|his|her|its|their|on|in|at|to"
    r"|from|with|by|it|he|she|they|we|there|how|what|when|whether|why|about|of)\b)",
    re.IGNORECASE,
)


def _first_is_ordinal(before: str, cue: str, masked: str, match: re.Match[str]) -> bool:
    """Whether "first" right before a verb of saying is an ordinal: after a determiner or
    a possessive, or before a participle that a noun follows ("records first confirmed
    death", "Syrias first confirmed case"); a verb never a participle ("said", "told")
    is said first."""
    if _FIRST_OF_A_NOUN.search(before) is not None:
        return True
    return cue not in _VERBS_ONLY and _FIRST_ADVERB_AFTER.match(masked, match.end()) is None


def _is_past_tense(cue: str) -> bool:
    """Whether a cue opens with a verb's past tense ("appealed to", "revealed"): "further"
    before it is an adverb ("He further assured that …"), as before `_VERBS_ONLY`, since
    no speech noun ends in -ed ("further reports" is a noun's adjective)."""
    verb = cue.split(" ", 1)[0]
    return verb.endswith("ed") and len(verb) > 4


#: The prepositions a cue may end with ("calls for", "called on"), after which the
#: phrase is what is asked or whom, never the speaker.
_CUE_PREPOSITIONS = frozenset(("for", "on", "upon", "to", "against"))
#: Speech verbs whose speaker may follow them at the sentence's end ("…, said the
#: ministry.", "… in western Aleppo said observatory head Rami Abdel Rahman.", a
#: headline's "…, warns WFP", "…, insisted Colonel John Smith.").
_INVERTING_VERBS = frozenset(
    ("said", "says", "added", "adds", "stated", "warns", "warned", "insists", "insisted")
)
#: What may follow a speaker named after its verb: a stop, an apposition's comma, what
#: the person is of ("said Matt Bryden of the think-tank Sahan Research"), or where or
#: when they said it ("said Ara in Rohingya", "said Ara on Monday").
_NAME_PLACE_WORDS = r"\s+(?:of|from|at|with|in|on)\s"
_NAME_ENDS_CLAUSE = re.compile(rf"\s*(?:[,.;:!?]|$)|{_NAME_PLACE_WORDS}")
#: What follows a one-word name after its verb when it ends the clause: punctuation
#: right after it, or where, when or of what it spoke (a blanked quotation after it is
#: what the name, its subject, was said to do).
_ONE_WORD_NAME_ENDS = re.compile(rf"[,.;:!?]|{_NAME_PLACE_WORDS}")
#: A name set off by a comma at a sentence's start or right after a quotation that opens
#: it (blanked by `_mask`, hence three spaces or more, read possessively so that a long
#: run of them is never tried again): '“…,” Jim Townsend, a senior fellow …'.
_NAME_OPENING_THE_SENTENCE = re.compile(
    r"(?P<quoted>\s{3,}+,?)?\s*(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}),\s"
)
#: An age before a name after its verb ("said 72-year-old Salem").
_AGE_BEFORE_NAME = re.compile(r"\s+\d{1,3}-year-old(?=\s+[A-Z])")
#: A description set off after a one-word name: an article, or a possessive whose
#: apostrophe may be lost ("Salem, Rehana s father", "Ali, a fisherman").
_DESCRIPTION_AFTER_NAME = re.compile(
    r",\s+(?:(?:a|an|the|his|her|their)\s|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?:[’']s|\ss)\s)"
)
#: Words, spaces and closing marks only: no clause punctuation after a speech verb.
_PLAIN_TAIL = re.compile(r"[\s\w’'.!?\"”-]*")
#: Determiners a speaker named after its verb may open with (`_speaker_ending_the_sentence`).
_SPEAKER_OPENERS = frozenset(("the", "a", "an", "one", "its", "his", "her", "their"))
#: "hails from": where someone is from, not praise (`_usable`).
_HAILING = frozenset(("hailed", "hails"))
#: How a question opens: an auxiliary or a question word ("Have the generals told …?").
_QUESTION = re.compile(
    r"(?:Have|Has|Had|Did|Does|Do|Will|Would|Can|Could|Should|Is|Are|Was|Were|Why|How"
    r"|What|When|Where|Who)\s"
)
#: The first letters of `_QUESTION`'s words: a sentence starting with none of them is
#: no such question, and is not matched against the pattern.
_QUESTION_INITIALS = "HDWCSIA"
#: A threat to a place, made by force rather than words: the object, then no "to" or
#: "with" that would say what was threatened ("threatened the regional capitals of Kidal").
_THREAT_TO_A_PLACE = re.compile(
    r"\s+the\s+(?:[a-z-]+\s+)?(?:capitals?|city|cities|towns?|villages?|base|bases|"
    r"province|region|border|airport|port|lines?)\b(?![^.;:]{0,40}\b(?:with|to)\b)"
)
#: A place that echoed with a sound, not a speaker who echoed words.
_SOUND_ECHOED = re.compile(r"\s+(?:to|with|through|around|round|across|off|over)\b")
#: Someone removed from an office, not a claim rejected: a name, then "as" and the post
#: ("Kiir dismissed Machar as his vice president").
_REMOVED_FROM_OFFICE = re.compile(
    r"\s+(?:[A-Z][\w'’-]+\s+){1,3}as\s+(?:his|her|its|their|the)\s+(?:[a-z-]+\s+){0,2}"
    r"(?:president|minister|commander|chief|head|governor|deputy|secretary|director|"
    r"adviser|advisor|ambassador|envoy|spokesman|spokeswoman|general|leader|premier)\b"
)
#: What follows "reporting" as a journalist's work, not a report of something: the
#: nouns it modifies ("reporting restrictions") and a verb whose subject it is
#: ("Reporting is no easy task").
_REPORTING_AS_WORK = re.compile(
    r"\s+(?:restrictions?|rules?|requirements?|guidelines?|standards?|period|staff|team|"
    r"is|was|remains|has\s+been|had\s+been)\b"
)
#: Where the reporter is, with no "that" of what was reported after it ("journalists
#: reporting from Gaza", "reporting live"; "reporting live from the hospital that …" and
#: "reporting from Middle East Eye that …" report).
_REPORTING_FROM_A_PLACE = re.compile(r"\s+(?:live|from|inside)\b(?![^.;]{0,80}\bthat\b)")
#: The topic of reporting that opens a sentence as its subject ("Reporting on the
#: Taliban's beliefs helped …"), no comma soon after it: "Reporting on Monday, Ukraine's
#: General Staff put …" is a lead-in whose subject reports.
_REPORTING_ON_A_TOPIC = re.compile(r"\s+(?:on|about)\b(?![^,.;:]{0,60},)")
#: Reporting kept from someone ("has been banned from reporting from Israel").
_BARRED_FROM = re.compile(
    r"\b(?:banned|barred|prevented|stopped|prohibited|blocked|restricted|kept|ban|bar)\s+"
    r"(?:[a-z]+\s+)?from\s+$"
)
#: A possessive right before "alleged" or "reported", which makes it an adjective
#: ("Syria's alleged use of gas", "its alleged role", "the site of Tuesdays alleged
#: attack" with the weekday's apostrophe lost, "the United States’ reported use of AI"),
#: not a verb; "it's" and "he's" are no possessives ("he's alleged that …").
_POSSESSIVE_BEFORE = re.compile(
    r"(?:(?<![Ii]t)(?<![Hh]e)(?<![Ss]he)(?<![Tt]hat)(?<![Tt]here)(?<![Ww]ho)['’]s|(?<=s)['’]"
    r"|\b(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days))"
    r"\s+$"
)
#: Media right before "posted", which the participle describes ("Footage posted by
#: activists online shows …").
_POSTED_THING = re.compile(
    r"\b(?:[Pp]hotos?|[Ff]ootage|[Vv]ideos?|[Ii]mages?|[Pp]ictures?|[Aa]ccounts)"
    r"(?:\s+and\s+\w+)?\s+$"
)
#: What may stand before a headline's first sentence: a date ("10 October 2017", "Sat
#: May 7 2016"), then a label of at most five words and its colon.
_LABEL_AFTER_DATE = re.compile(
    r"(?:(?:\d[\d,]*|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|"
    r"Oct|Nov|Dec)[a-z]*\.?)\s+)*(?P<label>(?:\S+\s+){0,4}\S+:)"
)
#: Verbs that name what something is ("calls the drills a rehearsal for invasion").
_NAMING_VERBS = frozenset(
    (
        *("called", "calls", "calling", "call", "branded", "brands", "branding", "labelled"),
        *("labeled", "labels", "labelling", "labeling", "dubbed", "dubbing", "termed"),
        *("terms", "terming"),
        *("describing", "refers to", "refer to", "referring to", "characterized"),
        *("characterizes", "characterize", "characterised", "characterises", "characterise"),
        "designated",
    )
)
#: What a naming verb calls its object: a noun phrase with an article, "as" and a phrase,
#: or a quotation (blanked in the masked sentence: a run of spaces), also after an
#: article ("called it a “needless war”").
_NAME = r"(?:(?:an?|the|as)\s+(?:[\w'’-]|\s{2})|\s{3}|[‘'“\"])"
_NAME_GIVEN = re.compile(rf"\s*,?\s+{_NAME}")
#: A naming verb's object, then what it is called ("calls the drills a …", "branded this
#: BSF a …", "called it 'a fast and practical response'").
_NAMED_OBJECT = re.compile(
    r"\s+(?:it|them|him|her|this|that|these|those|"
    r"(?:the|this|that|these|those|its|their|his|her)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+|"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
    rf"\s*,?\s+{_NAME}"
    # "labels rebel groups and militants fighting the regime as …"
    r"|\s+(?:[\w'’-]+\s+){1,8}?as\s+(?:[\w'’-]|\s{3}|[‘'“\"])"
    # a longer object, told by the quotation that names it ("called the soldiers who
    # took over Ukrainian bases ‘self defence forces’")
    r"|\s+(?:the|this|that|these|those|its|their|his|her)\s+(?:[\w'’-]+\s+){0,9}?[\w'’-]+(?:\s{3}|\s+[‘'“\"])"
    # a headline's object without its article, told by the quotation that names it
    # ("Russia calls cease-fire “unrealistic”", "Netanyahu calls UN vote ‘shameful’"); not a
    # pronoun, determiner or preposition ("calling them local “self-defence forces”",
    # "called his ‘or else’ bluff", "calling for “a lasting peace”"), whose phrases the
    # forms above read
    r"|\s+(?!(?:it|its|them|him|her|his|their|this|that|these|those|the|an?|for|on|upon|to"
    r"|in|at|by|with|of|off|out|up|back)\b)"
    r"[A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?(?:\s{3}|\s+[‘'“\"])"
)
#: Naming verbs that name only in the passive, their agent after the name ("HTS is
#: designated as a terrorist organisation by the UN"); active, "designated" is as often
#: an adjective ("a designated safe zone").
_PASSIVE_NAMING_VERBS = frozenset(("designated",))
#: A passive naming verb's name, then its agent ("was branded a “traitor” by the
#: president", "has been designated “a terrorist organisation” by many governments"):
#: what the subject is called, then who called it that.
_NAME_THEN_AGENT = re.compile(
    rf"{_NAME_GIVEN.pattern}(?:[^,;:.!?]{{0,60}}?\s)?by\s+(?!(?:tele)?phone\b|e-?mail\b)"
)
#: "called" then where or when the call was made, then "for" ("called in a video message
#: for other tribes to join", "called on Twitter for calm", "called last week for talks"):
#: a call for something (guideline §4, "called for"), not a naming.  The medium is a
#: means of speech, so "called in air support for the troops" is none.
_CALL_MADE_FOR = re.compile(
    r"\s+(?:in\s+(?:an?|the|his|her|its|their)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:statement|video|audio|message|interview|speech|letter|address|post|tweet|broadcast"
    r"|communiqu[eé]|article|editorial|op-ed|sermon|recording|appeal)"
    r"|on\s+(?:Twitter|Facebook|X|Telegram|television|TV|state\s+(?:television|TV|radio)"
    r"|radio|[A-Z][a-z]+day)"
    r"|(?:last|this)\s+(?:week|month|year|night|[A-Z][a-z]+day)|yesterday|today|tonight"
    r"|again|also|repeatedly|publicly|openly)"
    r",?\s+for\s"
)
#: The relative pronoun that stands for a naming verb's object before its subject
#: ("which the North calls …", "what Washington has called …", "what US President
#: Donald Trump has called …": a name of four words and an auxiliary).
_RELATIVE_OBJECT = re.compile(r"\b(?:which|what|whom)\s+(?:[\w'’-]+\s+){1,5}$")
#: A capitalised name of up to four words, then the sentence's end.
_TITLED_NAME_ENDING = re.compile(
    r"\s+([A-Z][\w'’-]+(?:\s+(?:al-)?[A-Z][\w'’-]+){0,3})[.!?\"”’']*\s?"
)
#: Closing marks and at most a space or two: a quotation masked as spaces is no end.
_ONLY_CLOSING = re.compile(r"[.!?\"”’']*\s?[.!?\"”’']*\s?")
#: What may follow a speaker named after the verb, commas lost, up to the sentence's end:
#: an age or a description ("… we have said Hossam Qassab a 32-year-old pharmacist.",
#: "… said Noha 45 asking not to be identified by her last name.").
_DESCRIBED_NAME_ENDING = re.compile(
    r"\s+(?:\d{1,3}|an?\s+\d{1,3}-year-old)"
    r"(?:\s+(?:[a-z][\w’'-]*)(?:\s+[\w’'-]+)*)?[.!?\"”’']*\s?"
    r"|\s+(?:who|which|asking|adding|speaking)\s+[\w’'-]+(?:\s+[\w’'-]+)*[.!?\"”’']*\s?"
)
#: A name, perhaps after "the" ("said the Observatory which tracks …", commas lost).
_NAMED = re.compile(r"(?:[Tt]he\s+)?[A-Z]")
#: A day or a date after a speech verb: when, not who ("said on Monday").
_CALENDAR_WORD = re.compile(
    rf"(?:on\s+)?{CALENDAR_WORDS}(?:\s+\d+)?|today|yesterday|tonight", re.IGNORECASE
)
#: The patterns searched with `_search_end` start their match at most this many
#: characters before the text's last non-space one, where single spaces part its words:
#: "unconfirmed", " Report.", a passive's "stands reportedly", a relative clause's ",
#: that have repeatedly".
_END_WORD_SPAN = 24


#: What is said that reports nothing: a parting, a greeting, a prayer or a speaker's
#: preamble ("Friends and relatives say goodbye to volunteers", "mourners said a final
#: prayer", "allowing me to say a few words concerning the resolution"); not the
#: subject of a clause reported ("The imam said prayers would be held …", "said grace
#: periods").
_FORMULA_SAID = re.compile(
    r"\s+(?:(?:a|their|his|her|our|a\s+last|a\s+final|a\s+tearful|their\s+last|their\s+final)\s+)?"
    r"(?:goodbyes?|good-byes?|farewells?|hello|prayers?|grace|thank\s+you"
    # a few words and no more: not "said a few words to reporters: the army had lost …"
    r"|few\s+words(?![^.;:]*(?::|\bthat\b)))\b"
    r"(?!\s+(?:periods?|would|will|were|was|are|is|had|have|has|could|should|may|might"
    r"|must|can)\b)"
)
#: "Nothing" said about a topic, or said and no more ("The draft says nothing about the
#: right of return", "The army said nothing further."): no content reported, as "made no
#: mention" (guideline §4); not the subject of a clause reported ("said nothing would
#: change").
_NOTHING_SAID = re.compile(
    r"\s+nothing(?:\s+(?:about|of|on|regarding|concerning|further|more|publicly)\b|\s*[.,;])"
)
#: An amount of time, distance or money added ("Rerouting ships … adds roughly 10 to 14
#: days to a journey", "added $2 billion to the bill"): arithmetic, not speech; a figure
#: of people or a share may open what was said ("He added 40 people were hurt").
_AMOUNT_ADDED = re.compile(
    r"\s+(?:(?:roughly|about|around|some|nearly|almost|up\s+to|another|an\s+extra)\s+)?"
    r"(?:[$£€]?\d[\d,.]*(?:\s+(?:to|or)\s+[$£€]?\d[\d,.]*)?|two|three|four|five|six|seven"
    r"|eight|nine|ten|several)\s*"
    r"(?:minutes?|hours?|days?|weeks?|months?|years?|km|kilometres?|kilometers?|miles?"
    r"|billion|million|dollars|euros|pounds)\b"
    # "added two days later that …": when it was said, not what was added
    r"(?!\s+(?:later|earlier|ago|after|before)\b)",
    re.IGNORECASE,
)
#: A thing added to a list, a map or a count ("The administration added Syria to the
#: full travel ban list", "added them to the below map", "adding 30,000 additional
#: troops to the 68,000 troops"), and the idiom "adding insult to injury": no speech.
#: The object holds no auxiliary or modal and does not end in a verb of motion or
#: change, either of which would make it a clause reported ("He added the troops would
#: move to the border", "The spokesman added Russian forces retreated to the 2014 line").
_THING_ADDED_TO = re.compile(
    r"\s+(?:insult\s+to\s+injury"
    # the object, not a preposition or a participle ("added in remarks to the Council
    # that …", "added speaking to the 300 cadets that …")
    r"|(?!(?:to|in|on|at|for|with|by|from|during|after|before|as|while|when|according"
    r"|[a-z]+ing)\b)"
    r"(?:(?!(?:that|was|were|is|are|had|has|have|would|will|could|can|may|might|must|should"
    r"|did|does)\b)[\w'’.,-]+\s+){1,5}?"
    # … whose last word is no verb of motion or change ("He added the death toll rose to
    # the 200 mark", "Russian forces retreated to the 2014 line")
    r"(?<!ed\s)(?<!\bwithdrew\s)(?<!\brose\s)(?<!\bfell\s)(?<!\bwent\s)(?<!\bcame\s)"
    r"(?<!\bfled\s)(?<!\bgrew\s)"
    r"to\s+(?:the|its|their|his|her|our|a|an)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:lists?|maps?|tally|total|roster|ranks|register|registry|database|\d))",
    re.IGNORECASE,
)
#: A request for comment, the writer's or an outlet's ("The BBC has asked the military
#: for comment", "AFP asked the army to comment"): no one has said anything.
_FOR_COMMENT = re.compile(
    r"\s+(?:[\w'’.-]+\s+){0,5}?(?:for\s+(?:a\s+|further\s+)?comments?|to\s+comment)\b"
)
#: The writer asking ("I asked Timothy Naftali …", "when we asked the question"): what
#: was asked is the writer's, and no one has said anything yet.
_WRITER_BEFORE = re.compile(rf"\b(?:I|[Ww]e)\s+(?:(?:{'|'.join(WRITER_ADVERBS)})\s+)?$")
#: "There were reports", "there have been unconfirmed reports": reports no one gave.
_THERE_WERE = re.compile(
    r"\b[Tt]here\s+(?:is|are|was|were|have\s+been|has\s+been|had\s+been)\s+"
    r"(?:(?:also|now|still|unconfirmed|conflicting|several|many|some|other|no)\s+)*$"
)
#: An outlet's note that it could not check a claim ("Reuters could not independently
#: confirm the reports"): the writer's own words, no one's statement.
_NOT_INDEPENDENTLY = re.compile(
    r"\b(?:not|cannot|unable\s+to|been\s+able\s+to)\s+independently\s+$", re.IGNORECASE
)
#: Nouns "warning" modifies ("a warning call"), where it reports nothing.
_WARNING_NOUN = re.compile(
    r"\s+(?:call|calls|shots?|signs?|system|systems|lights?|labels?|networks?|mechanisms?)\b"
)
#: A place someone hails from; also what makes "quotes" a noun ("quotes from the trial").
_FROM_AFTER = re.compile(" from ")
#: What the plural present "report" needs before it to be a verb: a plural subject
#: ("Israeli media report that …", "Cameroonian soldiers report chasing …", "they
#: report"); after a singular word, an article or nothing it is the noun ("The UN
#: report found", "a report"), after "to" or "who" no report of its own.
_NO_PLURAL_BEFORE = re.compile(
    r"(?:^|(?<![s\s])(?<!media)(?<!people)(?<!police)(?<!men)(?<!they))\s*$", re.IGNORECASE
)
#: Reporting somewhere or on a topic, not reporting something ("report for duty",
#: "report to their units", "report on the war"), or the noun ending a clause ("verify
#: the Observatorys report.", a headline's "… by US Airstrikes Report.").
_REPORT_TO = re.compile(r"\s*(?:[.,;:!?]|$)|\s+(?:on|for|to|back)\b")
#: Envoys and reservists, whom a state "recalls" home or to service ("recalled its
#: ambassador", "recalling its top diplomats", "recalled 5,000 reservists"): no
#: recollection told.
_RECALLED_PEOPLE = re.compile(
    r"\s+(?:(?:its|their|his|her|the|all|some)\s+)?(?:(?!that\b|how\b|when\b)[\w,'’-]+\s+){0,2}"
    r"(?:ambassadors?|envoys?|diplomats?|consuls?|emissar(?:y|ies)|charg[eé]s?\s+d|"
    r"reservists|diplomatic)\b"
)
#: What is denied when something is withheld, not a claim rejected ("seeks to deny
#: funding for …", "denied them entry", "denied access to journalists", "to deny the
#: AA escape routes and safe havens", "deny the Taliban a victory"), after the one it
#: is withheld from where a name gives it.
_THING_WITHHELD = re.compile(
    r"\s+(?:(?:them|him|her|us|it|the|its|their|his|any|all|further)\s+)?"
    r"(?:[A-Z][\w’'-]*\s+){0,2}(?:(?<=the\s)[a-z]+s\s+)?(?:a\s+)?"
    r"(?:funding|funds|money|access|entry|permission|visas?|bail|aid|passage|asylum|"
    r"landing|overflight|membership|escape|refuge|sanctuary|safe\s+havens?|havens?|"
    r"supplies|victory|foothold)\b"
)

#: The end of a paragraph with no stop, right after a cue: the cue is a title's last
#: word ("The Houthis’ Red Sea Attacks Explained"), where a sentence would go on to what
#: was said or end with a stop.
_PARAGRAPH_END = re.compile(r"[ \t]*(?:\n[ \t]*\n|\n?[ \t]*$)")

#: What a vehicle or a missile slams into, not what a speaker slams ("a warplane that
#: slammed into a residential area").
_CRASHED_INTO = re.compile(r"\s+(?:into|onto|shut|on\s+the\s+brakes)\b")

#: What a declaration does rather than says (`_NO_SPEECH_CONTEXTS`): war, an emergency,
#: martial law, a curfew, independence ("declared a three-day state of emergency"), the
#: act ending its clause or followed by where, when or against whom; not what is
#: declared of it ("declared the war over", "declared the curfew lifted", "declared war
#: crimes had been committed").
_ACT_DECLARED = re.compile(
    r"\s+(?:(?:a|an|the)\s+)?(?:(?:total|full|formal|full-scale|all-out|nationwide|national"
    r"|general|unilateral|[\w-]+-(?:day|week|month|hour))\s+)?"
    r"(?:war|state\s+of\s+(?:emergency|war|siege|alert)|martial\s+law|curfews?|independence"
    r"|emergency|no-fly\s+zone|lockdown|(?:days?|period)\s+of\s+(?:national\s+)?mourning)"
    r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:on|in|across|for|against|from|after|as|and|until|at|with"
    r"|over\s+(?:the\s+)?[A-Z])\b)"
)
#: Power taken, not a claim made ("extremists who have asserted power", "asserted
#: control over the north").
_POWER_ASSERTED = re.compile(
    r"\s+(?:(?:its|their|his|her|the|full|greater)\s+)?"
    r"(?:power|control|authority|dominance|influence)\b"
)

#: "with" after "contend": a struggle ("contends with some 5,000 fighters").
_WITH_AFTER = re.compile(r"\s+with\b")
#: The first person's intent, or a modal, right before a speech verb: "I just want to",
#: "I would", "we'd like to", "I'm going to", "I won't", "I'm very sorry to", "I wish
#: to", "Can I just", "I want to start by"; not a cleft's "What I can tell you is that
#: …" or "All I can say is …", which a briefing's answer reports.
_SPEAKING_NOW_BEFORE = re.compile(
    r"(?:(?<!What\s)(?<!what\s)(?<!All\s)(?<!all\s)\b(?:I|we|We)"
    r"(?:\s+(?:just|really|also|only))?\s*"
    r"(?:(?:want(?:ed)?|wish)\s+to|would(?:\s+like\s+to)?|['’]d(?:\s+like\s+to)?|will|"
    r"won['’]t|(?:am|['’]m|are|['’]re)\s+(?:going|about|here|(?:very\s+)?(?:sorry|happy|glad"
    r"|proud))\s+to|have\s+to|must|can)|\b(?:(?:[Cc]an|[Mm]ay|[Cc]ould)\s+(?:I|we)|[Ll]et\s+me))"
    r"(?:\s+(?:just|also|simply|only))?(?:\s+(?:start|begin|end|close)\s+by)?\s+$"
)
#: A term in quotation marks that the sentence defines ('"Unidentified armed group" is
#: used for attacks …', '"Nakba" refers to …'): a glossary's entry, no one's words.
_QUOTED_TERM_DEFINED = re.compile(
    r"[“\"‘'][^“”\"‘’'.!?]{1,40}[”\"’']\s+(?:(?:is|are|was|were)\s+(?:used|defined|applied)\b"
    r"|refers?\s+to\b|means\b|denotes\b|stands\s+for\b)"
)
#: An indefinite noun phrase of up to six words right before "called" ("a Shia colonel
#: in west Baghdad called …"), and a bare name with a comma after it: a person
#: introduced by name (`_NO_SPEECH_CONTEXTS`).
_INDEFINITE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w'’-]+\s+){0,5}$")
_NAME_THEN_COMMA = re.compile(r"\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s?,")
#: Idioms of speech verbs that report nothing (`_NO_SPEECH_CONTEXTS`).
_THE_BOOK_ON = re.compile(r"\s+the\s+book\s+on\b")
_THE_TALE = re.compile(r"\s+the\s+tale\b")
_ACKNOWLEDGED_AS_ADJECTIVE = re.compile(r"\s+(?:experts?|leaders?|masters?|authorit(?:y|ies))\b")
#: A noun right after "estimated", after a determiner or "total", which is then its
#: adjective ("the estimated death toll", "the total estimated number of dead");
#: "estimated the toll at 500" and "The UN estimated total deaths at 3,000" report.
_ADJECTIVE_PLACE_BEFORE = re.compile(r"\b(?:the|an?|its|their|his|her|our|total)\s+$", re.I)
_ESTIMATED_NOUN = re.compile(
    r"\s+(?:death\s+tolls?|tolls?|numbers?|totals?|costs?|populations?|figures?|values?)\b"
)
#: A past participle's place: after a comma or a form of "be" or "feel", an adverb
#: between ("civilians, often threatened with violence", "who felt threatened").
_PARTICIPLE_BEFORE = re.compile(
    r"(?:,|\b(?:is|are|was|were|be|been|being|feel|feels|felt))\s+"
    r"(?:(?:[a-z]+ly|often|sometimes|also|still|even)\s+)?$"
)
#: Events counted right before a participle "reported" (`_NO_SPEECH_CONTEXTS`).
_EVENTS_BEFORE = re.compile(
    r"\b(?:attacks|incidents|cases|clashes|violations|killings|abductions|raids|strikes"
    r"|deaths|casualties)\s+$"
)
#: Where or when events were reported, or the clause's end, right after the participle:
#: "reported in the area", not "reported that …", "reported 40 strikes", "reported
#: Monday by the Health Ministry".
_REPORTED_WHERE_AFTER = re.compile(
    r"\s*[.,;]|\s+(?:in|at|across|near|since|during|over|around|so\s+far|last|this)\b"
)
#: "What" opening a line and at most four words before "say", "show", "reveal" or
#: "tell" that "about" or a colon follows: a title ("What the Numbers Say About Sudan's
#: Unravelling", "What the Data Show: …"), nothing said in it ("Guterres repeated what
#: he says about every such strike: that …" reports).
_WHAT_THEY_SAY = re.compile(r"(?:^|\n)[#* ]*What\s+(?:[\w’'-]+\s+){1,4}$")
_TITLE_TOPIC_AFTER = re.compile(r"\s+(?:about|About)\b|:")
_TITLE_VERBS = frozenset(("say", "says", "show", "shows", "reveal", "reveals", "tell", "tells"))
#: "as" right after "described", as in a description in the passive.
_AS_AFTER = re.compile(r"\s+as\b")
#: A description set off after the name that opens the sentence, in the passive
#: without its verb ("Sudan, once described as Africa's breadbasket, is …"): whose words
#: they were goes unsaid ("…, speaking on television, described the advance as …" has
#: its object, and "described by the UN as" its agent, between the verb and "as"; "The
#: army, in a statement, described as false …" an aside, not the name, before it).
_APPOSED_PASSIVE_BEFORE = re.compile(
    r"\A\s*(?:The\s+)?(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'.-]*,\s+"
    r"(?:(?:once|often|long|widely|sometimes|previously|also|aptly|commonly|"
    r"frequently|variously|best)\s+)?\Z"
)

#: A modal of possibility right before a speech verb (`_NO_SPEECH_CONTEXTS`), or "would"
#: after an indefinite someone ("Some would argue that …"), not after a speaker telling
#: what they later said ("he would later say").
_MAY_BEFORE = re.compile(r"\b(?:could|might|may|(?i:(?:some|one|many|others|few)\s+would))\s+$")
#: Speech verbs in the base form that `_MAY_BEFORE` makes hypothetical.
_MAY_SAY = ("say", "argue", "claim", "contend", "suggest", "object")
#: A reflexive after "calling": the name someone goes by.
_SELF_AFTER = re.compile(r"\s+(?:itself|themselves|himself|herself)\b")
#: "Only time will tell", "time alone will tell": nobody tells anything.
_TIME_WILL_BEFORE = re.compile(r"\btime\s+(?:alone\s+)?(?:will|would|can|may)\s+$", re.IGNORECASE)
#: "you all you need to know", "us a lot about" after "tells": the writer's idiom, whole
#: (not "tells us all 40 hostages were released", "tells us a lot of troops have moved").
_ALL_YOU_NEED_AFTER = re.compile(
    r"\s+(?:you|us)\s+(?:(?:all|everything)\s+(?:you|we)\s+need\s+to\s+know"
    r"|(?:a\s+lot|much|something|nothing)\s+about)\b"
)
#: How hard something is to judge, right before "to tell" (`_NO_SPEECH_CONTEXTS`), or
#: the writer's hedges and glosses "it's fair to say", "safe to say", "needless to say",
#: "suffice it to say", "that is to say", "this is not to say", "That isn't to say" (not
#: "The minister is to say in a speech", a speech to come).
_HARD_TO_BEFORE = re.compile(
    r"\b(?:hard|harder|difficult|impossible|easy|easier|fair|safe|too\s+(?:early|soon)"
    r"|needless|suffice(?:\s+it)?|sufficient"
    r"|(?:that|this|which|it)(?:\s+is|['’]s)(?:\s+not|n['’]t)?|(?:that|this|which|it)\s+isn['’]t"
    r"|is\s+not|isn['’]t)\s+to\s+$",
    re.IGNORECASE,
)
#: An adverb between a participle's comma and the participle ("…, instead saying",
#: "…, again saying", `StatementFinder._speaker_for`).
_ADVERB_BEFORE_PARTICIPLE = re.compile(
    r",\s+(?P<adverb>(?:(?:once|only|even)\s+)?(?:[Ii]nstead|also|again|later|then|further"
    r"|repeatedly|simply|only|publicly|merely|even)(?:\s+(?:simply|merely))?)\s+$"
)
#: "by" right before a cue (`_NO_SPEECH_CONTEXTS`).
_BY_BEFORE = re.compile(r"\bby\s+$")
#: What "adding" adds when no words are added: anything but "that", a colon or comma, a
#: quotation (blanked in the masked sentence) or a clause's pronoun subject ("by adding
#: more soldiers", "by adding warning labels"; not "by adding it had sent 300 troops").
_THING_ADDED = re.compile(r"(?!\s*(?:that\b|[,:]|\s\s|(?:it|he|she|they|we|I|there)\s))")
#: A quotation's tag whose verb ends the sentence, after quoted words inside it (blanked
#: in the masked sentence): 'Woeroon's case is “indicative of a much bigger problem,” the
#: researchers concluded.'
_TAG_AFTER_QUOTED_WORDS = re.compile(r"\s{3},?\s*(?:[\w'’.-]+\s+){1,5}$")
#: Verbs of going on to speak, speech only right before a quotation ('He continued, "…"').
_GOING_ON_VERBS = frozenset(("continued", "concluded"))
#: A comma or colon and a quotation (blanked in the masked sentence) right after a verb.
_QUOTATION_AFTER_TAG = re.compile(r"\s*[,:]\s{3,}")
#: "no to" or "yes to" right after "say" (`_NO_SPEECH_CONTEXTS`).
_NO_OR_YES_TO_AFTER = re.compile(r"\s+(?:no|yes)\s+to\b", re.IGNORECASE)
#: "goes without" before "saying" (`_NO_SPEECH_CONTEXTS`).
_GOES_WITHOUT_BEFORE = re.compile(r"\b(?:goes|go|went|going)\s+without\s+$", re.IGNORECASE)
#: Who someone was taken for, told by "who" before the speaker and "to be" ending the
#: clause after the verb: "was not who he claimed to be" (not "arrested a man who they
#: claimed to be the gunman", nor "what he claimed to be a map", which say something).
_WHO_BEFORE = re.compile(r"\bwho\s+(?:he|she|they|it|we|you|I)\s+$", re.IGNORECASE)
_TO_BE_AFTER = re.compile(r"\s+to\s+be\s*(?:[.,;:!?)\"”’]|$)")

#: Words around a speech verb that show it reports no speech.
_NO_SPEECH_CONTEXTS = CueContexts(
    # "reports of the attack", "claims made by …", "a statement issued …": the noun
    *(
        CueContext(word, after=pattern, within=True)
        for word in ("report", "claim", "statement")
        for pattern in (_OF_AFTER, _PARTICIPLE_AFTER)
    ),
    # "claimed 21 lives", "cost the lives of 40": a toll taken, not told
    *(CueContext(word, after=_FIGURE_AFTER, within=True) for word in ("claim", "cost")),
    # "Some could say it was the rise of terrorism", "Critics might argue that …", "Some
    # would argue": what someone might say, said by no one
    *(CueContext(word, before=_MAY_BEFORE) for word in _MAY_SAY),
    CueContext("tell", before=_TIME_WILL_BEFORE),
    # "it is difficult to tell right from wrong", "too early to tell", "hard to say how
    # many died": a judgement hard to make, nothing told; "It goes without saying that
    # …": the writer's
    CueContext("tell", before=_HARD_TO_BEFORE),
    # "The fact that they won't do so tells you all you need to know about …": the
    # writer's idiom, no one telling
    *(CueContext(word, after=_ALL_YOU_NEED_AFTER) for word in ("tells", "tell")),
    CueContext("say", before=_HARD_TO_BEFORE),
    CueContext("saying", before=_GOES_WITHOUT_BEFORE),
    # "Sign on to Say NO to SAS return to Afghanistan": a campaign's call, no one's words
    CueContext("say", after=_NO_OR_YES_TO_AFTER),
    # "beefing up its security by adding more soldiers": a means, nothing added in words
    # ("closed by adding that …", "responded by adding it had sent troops" add words)
    CueContext("adding", before=_BY_BEFORE, after=_THING_ADDED, together=True),
    # "The group, calling itself “the Resistance”, has no known leader": a name it goes by,
    # told as its description, not something it said
    CueContext("calling", after=_SELF_AFTER),
    CueContext("claim", before=_WHO_BEFORE, after=_TO_BE_AFTER, within=True, together=True),
    # "whose calls for help were ignored": a plea, nothing said
    CALLS_FOR_HELP,
    # "a warplane that slammed into a residential area": a crash, nothing said
    CueContext("slam", after=_CRASHED_INTO, within=True),
    # "Reza Alipour claimed a bronze medal": a prize won, nothing said
    CueContext("claim", after=_PRIZE_AFTER, within=True),
    # "The army still contends with some 5,000 fighters": a struggle, nothing said
    CueContext("contend", after=_WITH_AFTER, within=True),
    # "What the Numbers Say About …": a title, nothing said in it
    *(
        CueContext(word, before=_WHAT_THEY_SAY, after=_TITLE_TOPIC_AFTER, together=True)
        for word in _TITLE_VERBS
    ),
    # "Sudan, once described as …, is": no one's words
    CueContext("described", before=_APPOSED_PASSIVE_BEFORE, after=_AS_AFTER, together=True),
    # "The Houthis’ Red Sea Attacks Explained": an explainer's title, nothing said
    CueContext("explained", after=_PARAGRAPH_END),
    # "the whole city centre echoed to the crack of the bombs"
    CueContext("echoed", after=_SOUND_ECHOED),
    # "had not yet threatened the regional capitals of Kidal and Gao"
    CueContext("threaten", after=_THREAT_TO_A_PLACE, within=True),
    # "There was a Shia colonel in west Baghdad called Sabah, an army criminal who …":
    # someone introduced by name, the apposition after it no name he was called
    CueContext("called", before=_INDEFINITE_BEFORE, after=_NAME_THEN_COMMA, together=True),
    # idioms: "literally wrote the book on counter insurgency", "come back to tell the
    # tale", "acknowledged experts in this field"
    CueContext("wrote", after=_THE_BOOK_ON),
    CueContext("tell", after=_THE_TALE),
    CueContext("acknowledged", after=_ACKNOWLEDGED_AS_ADJECTIVE),
    # "brings the total estimated death toll to 114,000": an adjective before its noun
    CueContext("estimated", before=_ADJECTIVE_PLACE_BEFORE, after=_ESTIMATED_NOUN, together=True),
    # "civilians, often threatened with violence, …": the threatened, no threat told
    # ("Moscow threatened with a tough response" told one)
    CueContext("threatened", before=_PARTICIPLE_BEFORE, after=_WITH_AFTER, together=True),
    # "within 30km of all 23 LRA attacks reported in the area": events counted, no one
    # reporting them ("attacks reported by the UN" names who did)
    CueContext("reported", before=_EVENTS_BEFORE, after=_REPORTED_WHERE_AFTER, together=True),
    # "A Democratic bill seeks to deny funding": a thing withheld, no claim rejected
    *(CueContext(word, after=_THING_WITHHELD, within=True) for word in ("deny", "denie")),
    # "Israel formally declares war", "declared a state of emergency": an act done by
    # declaring it, nothing reported
    CueContext("declar", after=_ACT_DECLARED, within=True),
    # "extremists who have asserted power": power taken, nothing said
    CueContext("assert", after=_POWER_ASSERTED, within=True),
    # "after Kiir dismissed Machar as his vice president": a sacking
    CueContext("dismiss", after=_REMOVED_FROM_OFFICE, within=True),
    # "due to security conditions and reporting restrictions", "Reporting is no easy
    # task", "banned from reporting": the work, no report
    CueContext("reporting", before=_BARRED_FROM, after=_REPORTING_AS_WORK),
    # "Reuters could not independently confirm the reports": the writer's own note
    CueContext("confirm", before=_NOT_INDEPENDENTLY),
    # "The BBC has asked the military for comment": a request, nothing said
    CueContext("ask", after=_FOR_COMMENT, within=True),
    # "One laughed when I asked the question": the writer's question
    CueContext("ask", before=_WRITER_BEFORE, within=True),
    # "There were reports that a village had been liberated": no one reports
    CueContext("report", before=_THERE_WERE, within=True),
    # "relatives say goodbye to volunteers", "mourners said a prayer", "to say a few
    # words": no report
    *(CueContext(word, after=_FORMULA_SAID, within=True) for word in ("say", "said")),
    # "The draft treaty says nothing about the right of return": no content
    *(CueContext(word, after=_NOTHING_SAID, within=True) for word in ("say", "said")),
    # "Rerouting adds roughly 10 to 14 days to a journey": an amount added
    CueContext("add", after=_AMOUNT_ADDED, within=True),
    # "added Syria to the travel ban list": a thing added, no speech
    CueContext("add", after=_THING_ADDED_TO, within=True),
    # "read the report", "Read more": what a text reads is said only after the text's
    # noun ("The caption reads: …") or a quotation ("“…,” reads the description")
    *(CueContext(word, before=_NO_TEXT_BEFORE) for word in ("reads", "read")),
    # "U.N. figures show that …": what a document shows is reported; a video or a
    # sentence's "this" showing something reports nothing
    *(CueContext(word, before=_NO_DOCUMENT_BEFORE) for word in ("show", "shows", "showed")),
    # "Syria's alleged use of gas", "the United States’ reported use of AI", "Ankara's
    # stated goal": adjectives
    *(CueContext(word, before=_POSSESSIVE_BEFORE) for word in ("alleged", "reported", "stated")),
    # "Photos posted online by … showed …": what was posted, no speech
    CueContext("posted", before=_POSTED_THING),
    # "hails from a prominent family": where someone is from
    *(CueContext(word, after=_FROM_AFTER) for word in _HAILING),
    # "The UN report found", "Troops report for duty": the noun, or no speech
    CueContext("report", before=_NO_PLURAL_BEFORE, after=_REPORT_TO),
    # "recalled its ambassador": a state calls its envoy home, nothing is said
    CueContext("recall", after=_RECALLED_PEOPLE, within=True),
    # "commented on the deal": a topic, no content
    CueContext("comment", after=_ON_TOPIC, within=True),
    # "warning call", "exploded without warning": a noun
    CueContext("warning", before=WARNING_AS_NOUN_BEFORE, after=_WARNING_NOUN),
    # "I just want to say it's great to be back", "I would argue that …", "I'm going to
    # ask you two questions": a speaker's own words about what they say now, in a
    # transcript, report no one's speech (guideline §4: the author's own claims)
    # "The other matter that I wish to announce today is …", "I want to start by
    # acknowledging the support …": a speaker's own announcement, at the podium
    *(
        CueContext(word, before=_SPEAKING_NOW_BEFORE)
        for word in ("say", "argue", "ask", "tell", "announce", "acknowledge", "acknowledging")
    ),
    # "is reported to have", "are reported to be": hearsay without a source
    CueContext("report", after=_TO_HAVE, within=True),
    # "a suspect, said to be a neighbour", "is said to have fled": the same hearsay
    CueContext("said", after=_TO_HAVE),
)
#: "…, it added." or "“…” it added." (the quotation blanked by `_mask`): a pronoun after
#: the reported words.
_TRAILING_PRONOUNS = ("it", "they")
_TRAILING_PRONOUN = re.compile(
    rf"(?:,\s+|\s{{3,}})(?:{'|'.join(_TRAILING_PRONOUNS)})\s+$", re.IGNORECASE
)
#: How far before a cue `_TRAILING_PRONOUN` is searched, and the last letters of its
#: pronouns in either case (no other character folds to "t" or "y"): the quick test
#: before the search (`_trailing_pronoun_before`).
_TRAILING_PRONOUN_REACH = 12
_TRAILING_PRONOUN_ENDS = frozenset(
    letter for pronoun in _TRAILING_PRONOUNS for letter in (pronoun[-1], pronoun[-1].upper())
)
_BARE_PRONOUN_BEFORE = re.compile(rf"\s(?:{'|'.join(_TRAILING_PRONOUNS)})\s+$")
#: A "he" or "she" opening a relative or time clause inside the sentence ("… visited
#: Donetsk today where he promised", "… a video which he claimed …", "… fighters near
#: what he says is the city's gate"), or the clause after "but" ("Pentagon spokesman
#: Geoff Morrell would not discuss numbers, but he said …"): it stands for
#: the sentence's subject (`SpeakerTracker._person_subject`), as does one in a relative
#: "that" clause ("Tommy Fleetwood … was hoping to win a tournament that he said was
#: close to his heart"; "X said that he …" stands for the subject too).
_CLAUSE_PRONOUN = re.compile(
    r"\b(?:where|which|whom|when|while|what|but|that)\s+(?:he|she)(?:\s+(?:also|later|then))?\s+$"
)
#: What may follow a sentence's last word: stops and closing quotes.
_SENTENCE_TAIL = " .;!?”\"’'\n"


def _speaking_subject(masked: str) -> str | None:
    """The subject of a sentence with a speech cue: the name, not the description set
    off after it ("Tommy Fleetwood, the Dubai-based world No. 15, was hoping to win a
    tournament that he said …": Tommy Fleetwood)."""
    np = sentence_subject(masked, speaking=True)
    if np and FRONTED_GERUND.match(np):
        # 'By labeling its victims as "collaborators," Hamas is seeking …': the subject
        # after the fronted clause, whose comma was blanked with the quoted words
        rest = after_last_blank(masked)
        np = sentence_subject(rest, speaking=True) if rest else None
    pronoun, _, rest = (np or "").partition(" ")
    if pronoun in _PRONOUN_SUBJECTS and rest[:1].islower() and not rest.startswith(("and ", "or ")):
        # "Telling him to state he is a mercenary, he adds the penalty is …": a pronoun
        # takes no words after it, the subject found ran on into the clause (not "they
        # and their allies"; "He Weidong" is a name)
        return pronoun
    return _name_before_apposition(masked, np) if np and np[:1].islower() else np


#: Subject pronouns that are a whole subject by themselves (`_speaking_subject`).
_PRONOUN_SUBJECTS = frozenset(("he", "she", "they", "we", "He", "She", "They", "We"))


def _name_before_apposition(masked: str, np: str) -> str:
    """The name opening the sentence when the subject found before an "and said" is the
    description set off after it ("Amal Saleh, a teacher, spoke to AFP by phone and
    said …": Amal Saleh, not "a teacher"), else `np`."""
    opening = _NAME_THEN_APPOSITION.match(masked)
    if opening is None or np not in masked[opening.end(1) : opening.end()]:
        return np
    return opening.group(1)


def _after_opening_clause(masked: str, start: int) -> int:
    """Where the main clause starts after an opening participle's clause from `start`:
    after its comma, and past a relative clause set off inside it ("Condemning the
    attack, which killed 12 soldiers, the governor …")."""
    comma = masked.index(", ", start)
    while _RELATIVE_AFTER_COMMA.match(masked, comma + 2):
        following = masked.find(", ", comma + 2)
        if following < 0:
            break
        comma = following
    return comma + 2


def _trailing_pronoun_before(masked: str, cue: int) -> bool:
    """Whether `_TRAILING_PRONOUN` ends the text before the cue at `cue` ("…, it
    added."), searched only when whitespace ends that text and a letter a pronoun ends
    with stands before it: most cues follow a name or a noun, and the case-blind search
    tried at every position of its window cost more than the test."""
    start = max(0, cue - _TRAILING_PRONOUN_REACH)
    window = masked[start:cue]
    word = window.rstrip()
    if len(word) == len(window) or word[-1:] not in _TRAILING_PRONOUN_ENDS:
        return False
    return _TRAILING_PRONOUN.search(masked, start, cue) is not None


def _ends_with_pronoun_cue(masked: str, cue: re.Match[str]) -> bool:
    """Whether the sentence ends with "it added" or "they said" whose comma was lost in
    scraping ("The death toll is expected to rise it added."): the pronoun stands for
    the last speaker, as after a comma."""
    return (
        len(masked) - cue.end() <= len(_SENTENCE_TAIL)  # most cues are not the last word
        and not masked[cue.end() :].strip(_SENTENCE_TAIL)
        and _BARE_PRONOUN_BEFORE.search(masked, max(0, cue.start() - 8), cue.start()) is not None
    )


#: Subject pronouns: one right before a speech verb is its speaker, whatever comes
#: before it ("… the rule of law he stressed", "… from pursuing knowledge he told
#: SANA", FA-KES texts whose commas were lost).
#: The personal ones: `SUBJECT_PRONOUNS` without "it", and "I".
_SPEAKING_PRONOUNS = sorted((SUBJECT_PRONOUNS - {"it"}) | {"I"})
_SUBJECT_PRONOUN_BEFORE = re.compile(rf"(?<![\w'’-])(?:{'|'.join(_SPEAKING_PRONOUNS)})\s+$")
#: The last letters of `_SPEAKING_PRONOUNS` and their greatest length: a quick test of
#: the character before the whitespace, and how far back the search starts.
_SPEAKING_PRONOUN_ENDS = frozenset(pronoun[-1] for pronoun in _SPEAKING_PRONOUNS)
_SPEAKING_PRONOUN_LENGTH = max(map(len, _SPEAKING_PRONOUNS))


def _pronoun_right_before(before: str) -> str | None:
    """The subject pronoun that ends the text before a speech verb, else None: as the
    verb's subject it speaks, where the phrase search reads a long comma-less clause
    back past it ("based on inclusivity and the rule of law he" read as a place)."""
    # The pronoun ends at the last non-space, however much whitespace follows it (a
    # line break, spaces): the searches start a pronoun's length, or a clause's, before.
    tail = before.rstrip()
    if len(tail) == len(before) or tail[-1:] not in _SPEAKING_PRONOUN_ENDS:
        return None  # (a quick test: whitespace follows, the pronouns end in these letters)
    found = _SUBJECT_PRONOUN_BEFORE.search(before, max(0, len(tail) - _SPEAKING_PRONOUN_LENGTH))
    if found is None or _CLAUSE_PRONOUN.search(before, max(0, len(tail) - 30)):
        return None  # "the raid, which she said …": the clause's subject, found as before
    return found.group().rstrip()


def _may_relay(masked: str) -> bool:
    """Whether a sentence holds a word by which a speaker relays a source
    (`_RELAY_WORDS`): the cheap test before the relay patterns."""
    return any(word in masked for word in _RELAY_WORDS)


def _named_by_agent(masked: str, cue: re.Match[str]) -> re.Match[str] | None:
    """The name and agent after a passive naming verb ("was branded a “traitor” by the
    president"): the subject is what is named, so the agent is who named it, though
    the name stands between the verb and "by".  Only for a cue read as passive."""
    return _NAME_THEN_AGENT.match(masked, cue.end())


def _quoted_as_saying(masked: str, quoted: re.Match[str]) -> bool:
    """Whether a "quoted", "cited" or "reported" cue is followed by "as saying" within
    its object phrase, or a "quoted" by its object and a bare "saying" ("Interfax
    quoted a military source saying …": wire style drops the "as").  The object ends at
    a "that", which opens what was reported ("reported that 40 people had died …, and
    the mayor was later quoted as telling …" is the report's)."""
    quoting = quoted.group() in _QUOTING
    end = quoted.end() + (_QUOTED_REACH if quoting else _CITED_REACH)
    clause = masked.find(" that ", quoted.end(), end)
    return _AS_SAYING.search(masked, quoted.end(), end if clause < 0 else clause) is not None or (
        quoting and _OBJECT_SAYING.match(masked, quoted.end(), quoted.end() + 80) is not None
    )


def _search_end(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """`pattern.search(text)` for a pattern anchored at the end of the text by a few
    short words and trailing whitespace (_PASSIVE_BEFORE, _RELATIVE_PRONOUN_BEFORE,
    _AND_BEFORE, _AFTER_QUOTATION, _HEADLINE_REPORT): a match can only start within
    `_END_WORD_SPAN` characters of the last non-space one, so the search starts there
    instead of trying every position of a 300-character window."""
    return pattern.search(text, _end_word_start(text))


def _end_word_start(text: str) -> int:
    """Where a `_search_end` pattern's match can start at the earliest: `_END_WORD_SPAN`
    before the last non-space character, or the text's start where a line break or a
    run of spaces near the end may stretch a match."""
    end = len(text.rstrip())
    start = max(0, end - _END_WORD_SPAN)
    tail = text[start:end]
    return 0 if "\n" in tail or "  " in tail or "\t" in tail else start


#: A heading's "What people are saying", its line ending after the cue (`_usable`):
#: the title of a section of quotations, itself saying nothing.
_WHAT_PEOPLE_SAY = re.compile(r"(?:^|\n)[#* ]*What\s+(?:\w+\s+){1,3}(?:Are|are)\s+$")


#: Prepositions after which a cue is no finite verb (`_preposition_before`); "to" opens
#: infinitives ("to say") and "by" an agent, so neither is here.
_PREPOSITIONS_BEFORE_NOUNS = frozenset(
    (
        *("of", "following", "amid", "despite", "over", "about", "on", "for", "with"),
        # ("since" and "before" are left out: "Petro has since said", "had never before
        # said" are adverbs)
        *("from", "into", "against", "in", "after", "under", "without"),
        *("among", "through"),
    )
)


def _preposition_before(before: str) -> bool:
    """Whether the text before a cue ends in one of `_PREPOSITIONS_BEFORE_NOUNS` and
    whitespace."""
    if not before[-1:].isspace():
        return False
    words = before[-12:].split()
    return bool(words) and words[-1] in _PREPOSITIONS_BEFORE_NOUNS


def _may_end_in_word_before_cue(end: str) -> bool:
    """Whether `end` (as `_before_cue` is handed it) can end in a match of its patterns:
    whitespace last, and before it a whole word of `_WORDS_BEFORE_CUE` in any case, or
    one not ASCII, which a case-blind pattern may fold into one ("ı" for "i").  Most
    cues follow a name or a noun, and this test spares the three searches and the
    cache's look-up; the patterns' \\b ends the word at the first character that is
    no word character (`isalnum` or "_", as for the patterns) or at the text's start."""
    word_end = len(end.rstrip())
    if word_end == len(end):
        return False
    at = word_end
    while at > 0 and (end[at - 1].isalnum() or end[at - 1] == "_"):
        at -= 1
    word = end[at:word_end]
    return not word.isascii() or word.lower() in _WORDS_BEFORE_CUE


@lru_cache(maxsize=4096)
def _before_cue(end: str, start: int) -> tuple[bool, bool]:
    """Whether the text before a reporting cue ends in a noun's determiner ("the
    statement") or a passive auxiliary ("was told"), given the end of
    that text where those patterns can match (`_end_word_start`) and the character
    before it for their leading \\b (`start`: where the end proper starts in `end`).
    Memoised: the same short endings recur."""
    return (
        _NOUN_BEFORE.search(end, start) is not None,
        _PASSIVE_BEFORE.search(end, start) is not None,
    )


#: What evidence is called, when it is no one's statement (`_evidence_alone`).
_EVIDENCE_NOUNS = frozenset(
    (
        *("evidence", "analysis", "information", "traffic", "data", "numbers"),
        *("speculation", "modelling", "modeling", "signs", "indications"),
    )
)


#: Words that open a phrase of evidence no one named gives, besides an evidence noun
#: and a participle ("Our data", "Early speculation", "Intercepted radio traffic").
_EVIDENCE_OPENERS = frozenset(
    (
        *("the", "our", "this", "these", "that", "such", "some", "all", "more", "further"),
        *("early", "initial", "preliminary", "new", "available"),
    )
)


def _evidence_alone(phrase: str) -> bool:
    """Whether an evidence verb's subject is evidence that no one named gives: an
    evidence noun in its first four words, no agent after "by", no capitalised word but
    its first, and that first a common word (`_EVIDENCE_OPENERS`, an evidence noun or a
    participle: "Evidence", "Analysis of the footage", "Intercepted radio traffic",
    "Our data").  The writer reads such evidence; it reports no one's words (guideline
    §4), where "UN data", "Israeli data", "Analysis … by the website Bellingcat" or
    "Media reports" name their source."""
    words = phrase.split()
    if not words or " by " in phrase:
        return False
    if not any(word.casefold() in _EVIDENCE_NOUNS for word in words[:4]):
        return False
    first = words[0].casefold()
    return (
        first in _EVIDENCE_OPENERS or first in _EVIDENCE_NOUNS or first.endswith("ed")
    ) and not any(word[:1].isupper() for word in words[1:])


#: What a reminder given says, after "reminded" or "reminds": a clause with "that" after
#: whom it reminds ("He reminded everybody in the hall that …"), in the passive after
#: the one who gave it ("Russia was reminded by various speakers that …").
_REMINDER_THAT = re.compile(r"\s+(?:[\w'’-]+\s+){0,6}?that\b")
_REMINDER_BY = re.compile(r"\s+by\s+(?:[\w'’-]+\s+){1,6}?that\b")
#: A passive's auxiliary (and an adverb in "-ly") right before "reminded".
_AUXILIARY_BEFORE_REMINDED = re.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE
)


def _reminder_given(masked: str, match: re.Match[str]) -> bool:
    """Whether "reminded" or "reminds" reports a reminder someone gave: with a "that"
    clause, and in the passive only with its giver after "by" ("Residents were grimly
    reminded that the war is not over" names no one who spoke); not a likeness ("reminds
    many voters of his predecessor")."""
    passive = _AUXILIARY_BEFORE_REMINDED.search(masked, max(0, match.start() - 24), match.start())
    if passive is not None:
        return _REMINDER_BY.match(masked, match.end()) is not None
    return _REMINDER_THAT.match(masked, match.end()) is not None


#: Cues read as another that means the same: "as per sources", "As per reports from India
#: Today" are "according to" (Indian and Nigerian English).
_SAME_CUES = {"as per": "according to"}


@lru_cache(maxsize=1024)
def _cue_rule(matched: str) -> tuple[str, str]:
    """The cue ("called for") and its rule ("statement.called_for") for a reporting
    verb as matched in lower-cased text.  Memoised: a few spellings make up all cues."""
    cue = " ".join(matched.casefold().split())
    cue = _SAME_CUES.get(cue, cue)
    return cue, f"statement.{cue.replace(' ', '_')}"


def _pronoun_ending(np: str) -> str:
    """The subject pronoun a speaker phrase ends with, or the phrase: a pronoun heads no
    longer phrase, so words before it belong to the clause before (commas lost in
    scraping: "… to live and die there she said", "The strikes “…” it added"); and the
    name that ends a thing's phrase ("a move Belgrade has condemned as terror": the
    clause about the move has lost its "that", and Belgrade speaks)."""
    rest, _, last = np.rpartition(" ")
    if rest and last.casefold() in SUBJECT_PRONOUNS:
        return last
    contact = _NAME_AFTER_THING.fullmatch(np) if rest else None
    return contact.group("name") if contact else np


def _opens(masked: str, raw: str) -> bool:
    """Whether the speaker phrase `raw` opens the sentence (ignoring case): compared
    in place, where slicing off the sentence's leading space would copy it."""
    start = len(masked) - len(masked.lstrip()) if masked[:1].isspace() else 0
    return masked[start : start + len(raw)].casefold() == raw.casefold()


class StatementUnit(NamedTuple):
    """A detected statement before it becomes a claim (positions reuse the speaker).
    A named tuple, as `numbers.Figure`, because it is built often and cheaply."""

    start: int
    end: int
    speaker: str | None
    via: str | None
    rule: str
    explicit: bool
    first_sentence: int
    last_sentence: int


#: Up to this many quotations in a text, `_QuoteIndex.near` returns them all.
_FEW_QUOTES = 8


class _QuoteIndex:
    """The text's quotations (sorted by start; one may hold another) with what finds
    those near a span in logarithmic time: a long text has thousands of quotations, and
    each sentence asks about the few around it."""

    def __init__(self, quotes: tuple[tuple[int, int], ...]) -> None:
        self.quotes = quotes
        self.starts = [start for start, _ in quotes]
        #: The furthest end of any quotation up to each index (nondecreasing).
        self.reach = list(accumulate((end for _, end in quotes), max))

    def near(self, after: int, before: int) -> tuple[tuple[int, int], ...]:
        """The quotations, in order, among which are all that end after `after` and start
        before `before` (callers test each one: others may be included, and are when
        there are only a few, which costs less than the bisections)."""
        if len(self.quotes) <= _FEW_QUOTES:
            return self.quotes
        return self.quotes[bisect_right(self.reach, after) : bisect_left(self.starts, before)]


def _headline_line(text: str, start: int, end: int, text_end: int) -> bool:
    """Whether text[start:end] is a paragraph of one line with no stop at its end whose
    colon or dash follows a clause: a headline or a deck that names its source after it
    ("Targeting global investors, roadshow commences in Middle East: Insiders"), not a
    page's field ("authors: Raul Dancel") or a verdict's label ("Our verdict: FALSE").
    `text_end` is where the text's trailing whitespace starts, so that the last line is
    told without copying the rest of the text for every sentence."""
    if not (
        text[end - 1 : end] not in _LINE_STOPS
        and (text[end : end + 2] == "\n\n" or end >= text_end)
        and (start < 2 or text[start - 2 : start] == "\n\n")
    ):
        return False
    line = text[start:end]
    mark = max(line.rfind(":"), _last_source_dash(line))
    return mark > 0 and len(line[:mark].split()) >= _CLAUSE_WORDS_BEFORE_NAME


def _last_source_dash(text: str) -> int:
    """Where the last spaced dash that may set off a headline's source starts in `text`
    (`_SOURCE_DASHES`), or -1."""
    return max(text.rfind(dash) for dash in _SOURCE_DASHES)


def _opens_gerund_phrase(words: list[str]) -> bool:
    """Whether the words open with a gerund and its object's determiner ("Decoding the
    Arakan Army: Understanding …", "Countering the Islamic State"): a title says what the
    piece does, where a source's label names who speaks ("Beijing's envoy")."""
    return (
        len(words) > 1
        and words[0].endswith("ing")
        and words[1] in ("the", "a", "an", "its", "their", "his", "her")
    )


#: The short words a title leaves in lower case ("Tracking Maritime Tensions with Iran").
_TITLE_MINOR_WORDS = frozenset(
    (
        *("a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for"),
        *("with", "from", "by", "as", "into", "over", "after", "amid", "vs", "via", "off"),
        "up",
    )
)


def _titled_gerund_phrase(words: list[str]) -> bool:
    """Whether the words are a title-cased phrase that opens with a gerund ("Tracking
    Maritime Tensions with Iran", after "Rough Seas:"): a piece's subtitle, where a
    source's words are a sentence ("Russia: Fighting continues in Donetsk")."""
    return (
        len(words) > 1
        and words[0][:1].isupper()
        and words[0].endswith("ing")
        and all(word[:1].isupper() for word in words if word not in _TITLE_MINOR_WORDS)
    )


def _after_heading_marks(text: str, start: int) -> bool:
    """Whether the sentence at `start` opens a Markdown heading's line ("## Israeli forces
    killed 165 children …: UN"): a feed's or a page's headline, read as the opening one."""
    if not text[max(0, start - 8) : start].rstrip(" ").endswith("#"):
        return False  # the cheap test first: almost no sentence follows a heading's marks
    line_start = text.rfind("\n", 0, start) + 1
    marks = text[line_start:start].rstrip(" ")
    return bool(marks) and len(marks) <= 6 and marks == "#" * len(marks)


#: A document an issuer reproduces after the sentence that introduces it ("Kim Yo Jong …
#: released the following press statement on July 7:", "The ministry issued the
#: following statement:"): its verb and the document's noun.
_FOLLOWING_DOCUMENT = re.compile(
    r"\b(?:released|issued|issues|releases|made\s+public|makes\s+public|published|publishes"
    r"|read\s+out|delivered|sent|adopted|circulated)\s+the\s+following\s+"
    r"(?:(?:press|joint|official|open|formal)\s+)?"
    r"(?:statement|communiqu[eé]|declaration|message|letter|text|address|note|appeal)\b"
)
#: A time word or date between an issuer's name and the verb ("Kim Kang Il, …, Monday
#: made public …", "The KCNA on July 7 made public …"), which is no part of the name;
#: one at a time from the end (`_without_times`), so a long run of words costs no
#: backtracking.
_TIME_BEFORE_VERB = re.compile(
    rf",?\s+(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday"
    rf"|also|again|recently|earlier|later"
    rf"|(?:on\s+)?{CAPITALISED_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?"
    rf"|(?:on\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+{CAPITALISED_MONTH})$"
)
#: An adverbial before the first comma of the phrase before a document's verb ("In
#: Geneva, the ICRC delivered …", "Following the attack, the ministry sent …"): the
#: issuer comes after it.
_OPENING_ADVERBIAL = re.compile(
    r"(?:In|On|At|After|Before|Following|During|Since|From|Late|Early|Earlier|Later|Last"
    r"|This|Meanwhile|However|Then|Today|Yesterday|Separately|Overnight|Also)\b"
)
#: A separator line (* * *, ---, ___) between two stretches of a text.
_SEPARATOR_LINE = re.compile(r"\n[ \t]*(?:[*_=-][ \t]*){3,}\n")
#: An introduction about shown or posted content ("The NYPD posted a photo showing …:",
#: "Zelensky posted a video on Telegram:"): what its colon introduces was left out of
#: the text (guideline §5), so the next paragraph is the writer's.
_SHOWN_CONTENT = re.compile(
    r"\b(?:photos?|videos?|images?|clips?|footage|pictures?|maps?|charts?|graphics?|posted"
    r"|shared|showing|tweeted|retweeted)\b",
    re.IGNORECASE,
)
#: A word in lower case: an introduction that has none is a label ("Chilling Warning:").
_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")
#: A list item's marker at a line's start: a dash or bullet, or a number ("1.", "2)").
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*•–·][ \t]|\d{1,2}[.)][ \t])")
#: A sentence that opens with the first person ("I am happy that the IGP has said …",
#: "We were told that …"): inside a quotation, the quoted speaker's own words.
_FIRST_PERSON_OPENING = re.compile(r"(?:I|We)(?:['’](?:m|ve|d|re|ll))?\s")


def _without_times(phrase: str) -> str:
    """`phrase` less the time words and dates at its end (`_TIME_BEFORE_VERB`)."""
    time = _TIME_BEFORE_VERB.search(phrase)
    while time is not None:
        phrase = phrase[: time.start()]
        time = _TIME_BEFORE_VERB.search(phrase)
    return phrase


def _continuing(speaker: str | None, start: int, end: int, index: int) -> StatementUnit:
    """A statement of (part of) the sentence at `index` that continues a speaker's
    quotation, its speaker not named in it (guideline §4's `speaker_explicit: false`)."""
    return StatementUnit(
        start, end, speaker, None, "statement.quote_continuation", False, index, index
    )


class StatementFinder:
    """Finds statement units in one text; holds per-article speaker state."""

    def __init__(
        self, text: str, segmentation: Segmentation, patterns: Patterns, cues: list[int]
    ) -> None:
        """`cues` are the sentences' cue bits from `patterns.sentence_cues`."""
        self.text = text
        self.segmentation = segmentation
        self.cues = cues
        closed = {start for start, _ in segmentation.quotes}
        #: Opening marks (curly or straight, not U+0095) that no closing mark matches; a
        #: single one only where speech opens, as a plural's apostrophe may have
        #: been taken for the mark that closes a scare quote ("unaccompanied 'Lost Boys'").
        self.unclosed = sorted(
            pos
            for pos in segmentation.openers
            if pos not in closed
            and (
                text[pos] in '“"' or (text[pos] in _SINGLE_OPEN_MARKS and _opens_speech(text, pos))
            )
        )
        self.unclosed_at = frozenset(self.unclosed)
        self.quotes = _QuoteIndex(segmentation.quotes)
        self.lexicon = _lexicon(patterns)
        self.phrases = LeftPhrases(self.lexicon)
        self.verbs = _verb_regex(patterns)
        self.verb_scan = _verb_scan(patterns)
        self.quote_tags = _quote_tags(patterns)
        registry = NameRegistry(self.lexicon, text)
        self.tracker = SpeakerTracker(self.lexicon, registry)
        self.tracker.transcript = transcript(text)

    def units(self) -> list[StatementUnit]:
        sentences = self.segmentation.sentences
        units: list[StatementUnit] = []
        consumed = -1
        #: The unit whose colon introduced a Markdown block quotation ("… did the
        #: following report:" then "> It was planned …"), while its quoted lines run on.
        quoting: StatementUnit | None = None
        quoted = self._quoted_sentences()
        highlights = "@highlight" in self.text
        text_end = len(self.text.rstrip())  # where a last headline line may end
        #: The issuer of a document reproduced after its introduction's colon, while its
        #: sentences run on (`_document_issuer`).
        reproducing: str | None = None
        for sentence in sentences:
            if sentence.index <= consumed:
                continue
            if reproducing is not None:
                if self._document_ends(sentence):
                    reproducing = None
                elif not (
                    self.cues[sentence.index] & CUE_REPORTING
                    and self._attribution(self._mask(sentence.start, sentence.end), sentence.start)
                ):
                    # the document's sentences are its issuer's words (guideline §4: a
                    # quotation's sentences continue its speaker); one that names its
                    # own speaker is read by the other rules, and the document goes on
                    # after it
                    start = self._after_quotation_marks(sentence.start, sentence.end)
                    units.append(_continuing(reproducing, start, sentence.end, sentence.index))
                    continue
            in_block = quoting is not None and self._in_block_quotation(sentence.start)
            if highlights:
                before = self.text[max(0, sentence.start - 16) : sentence.start]
                self.tracker.in_highlight = before.rstrip().endswith("@highlight")
            body = self.text[sentence.start : sentence.end]
            heading = _after_heading_marks(self.text, sentence.start)
            if heading:
                self.tracker.section_start = sentence.start
            attributed = None
            # `_MAYBE_OTHER_CUE` needs a colon or "Report"/"REPORT": `in` tests rule
            # out most sentences without copying them upper-cased.
            if (
                body[:1] in _QUESTION_INITIALS
                and _QUESTION.match(body)
                and body.rstrip(" \"”’'").endswith("?")
            ):
                pass  # "Have the generals told the president how …?": asks, reports nothing
            elif body.startswith("(") and _CREDIT_LINE.match(body):
                pass  # "(Reporting by … ; Editing by …)": a wire story's credits
            elif body[:1] in "RrAa" and _BARE_CREDIT_LINE.match(body):
                pass  # the same credits with their brackets lost (FA-KES)
            elif (
                self.cues[sentence.index] & CUE_REPORTING
                or (
                    (":" in body or "Report" in body or "REPORT" in body)
                    and _MAYBE_OTHER_CUE.search(body)
                )
                or (" toll" in body and _TOLL_GIVEN.search(ascii_lower(body)))
                or (_may_hold_to_blame(body) and _HELD_TO_BLAME.search(ascii_lower(body)))
            ):
                attributed = self._attribution(
                    self._mask(sentence.start, sentence.end), sentence.start
                )
                if attributed is not None and self._quoted_speaker_reports(
                    sentence, body, units, sentence.index in quoted
                ):
                    # '“No hunting … I am happy that the IGP has said that …': inside a
                    # quotation, speech the quoted speaker reports in the first person is
                    # their own words (guideline §4), and the quotation runs on after it
                    attributed = None
            issuer = (
                self._document_issuer(sentence, attributed)
                if "following" in body
                and body.rstrip().endswith(":")
                # (not a page's own preface in italics: "*Today, the leaders … released
                # the following joint statement following their call:*")
                and self.text[sentence.start - 1 : sentence.start] not in ("*", "_")
                else None
            )
            if issuer is not None and attributed is None:
                attributed = (issuer, None, _DOCUMENT_RULE)
            label_start = sentence.start
            if attributed is None and (
                sentence.index == 0
                or heading
                or _headline_line(self.text, sentence.start, sentence.end, text_end)
            ):
                # the opening headline, a Markdown heading's ("## … over past year: UN"),
                # or a headline's line in a feed or a page ("Targeting global investors,
                # roadshow commences in Middle East: Insiders")
                headline = self._headline_source(body, sentence.start)
                if headline is not None:
                    attributed, label_start = headline[:3], headline[3]
            if (
                attributed is None
                and sentence.index != 0
                and "\n" in self.text[sentence.end : sentence.end + 2]
            ):
                # a sub-headline's line, with a quotation the segmenter may have cut off
                line_start = self.text.rfind("\n", 0, sentence.start) + 1
                line = self.text[line_start : sentence.end]
                source = self._quoted_label_source(line, sentence.start) if ":" in line else None
                if source is not None:
                    # (past a Markdown heading's marks: "## ‘…’: Ukrainians react")
                    label_start = line_start + len(line) - len(line.lstrip("# "))
                    attributed = (source, None, "statement.quoted_label")
            merged = (
                self._quote_then_attribution(sentence.index)
                if self.text[sentence.start] in _OPEN_MARKS
                or self.text[sentence.start] in _SINGLE_OPEN_MARKS
                else None
            )
            if merged is None and attributed is None and sentence.start in self.unclosed_at:
                merged = self._quote_over_paragraphs(sentence.index)
            kicker = (
                self._name_kicker(sentence.start, sentence.end)
                if attributed is None
                and merged is None
                and ":" in self.text[sentence.start - 3 : sentence.start]
                else None
            )
            if merged is not None:
                units.append(merged)
                consumed = merged.last_sentence
            elif kicker is not None:
                units.append(
                    StatementUnit(
                        kicker[0],
                        sentence.end,
                        kicker[1],
                        None,
                        kicker[2],
                        True,
                        sentence.index,
                        sentence.index,
                    )
                )
            elif attributed is not None:
                speaker, via, rule = attributed
                found = self._attributed_units(sentence, speaker, via, rule)
                if label_start != sentence.start:
                    # a headline's label cut off by the segmenter belongs to its statement
                    found[0] = found[0]._replace(start=label_start)
                introduced = self._introduced_sentence(sentence, rule)
                if (
                    issuer is not None
                    and sentence.index + 1 < len(sentences)
                    and self._opens_unmarked(sentences[sentence.index + 1])
                ):
                    # the document's first sentence joins its introduction, the others
                    # continue it (`_document_ends`)
                    introduced = sentences[sentence.index + 1]
                    reproducing = issuer
                elif introduced is None and self._ends_in_colon(found[-1]):
                    introduced = self._introduced_across_break(sentence)
                if introduced is not None:
                    found[-1] = found[-1]._replace(
                        end=introduced.end, last_sentence=introduced.index
                    )
                    consumed = introduced.index
                units.extend(found)
            elif quoting is not None and in_block and self._quoted_on(quoting, units[-1], sentence):
                # the block quotation's lines are its introducer's words; the first joins
                # the introduction (guideline §4: a colon introduction belongs to the
                # first quoted sentence), the others continue it
                if units[-1] is quoting and self._ends_in_colon(quoting):
                    units[-1] = quoting = quoting._replace(
                        end=sentence.end, last_sentence=sentence.index
                    )
                else:
                    start = self._after_quotation_marks(sentence.start, sentence.end)
                    units.append(_continuing(quoting.speaker, start, sentence.end, sentence.index))
                self.tracker.note_subject(sentence.start, body)
                continue
            elif self.segmentation.openers:  # without quote marks neither rule applies
                in_quote = sentence.index in quoted
                nested = self._nested_attribution(sentence.index, in_quote)
                if nested is not None:
                    units.append(nested)
                else:
                    continued = self._continuation(sentence.index, units, in_quote)
                    tagged = self._tagged_quotation(sentence, bool(continued))
                    if tagged is not None:
                        units.append(tagged)
                        consumed = tagged.last_sentence
                    else:
                        units.extend(continued)
            if attributed is not None and self._ends_in_colon(units[-1]):
                quoting = units[-1]
            elif not in_block:
                quoting = None  # (a quoted line with its own attribution keeps it open)
            self.tracker.note_subject(sentence.start, body)
        self.tracker.in_highlight = False
        if not self.segmentation.quotes:
            units = self._with_unquoted_speech_before(units)
        recorded = recordings(self.text)
        if recorded:
            units = self._with_recorded_speech(units, recorded)
        posts = embedded_posts(self.text)
        if posts:
            units = self._with_embedded_posts(units, posts)
        return self._with_lede_speakers([self._named_source(unit) for unit in units])

    def _with_lede_speakers(self, units: list[StatementUnit]) -> list[StatementUnit]:
        """The units with a headline's source that is one person's role and no name ("…
        since end of 2023 — lawmaker", "Iranian FM: …") named as the person who speaks
        in the lede right after it ("State Duma Deputy Speaker Anna Kuznetsova said …").

        Why: a headline names its source by a role and the first paragraph names the
        holder; the tracker cannot tie a role to a title it never shares words with."""
        out = list(units)
        for index, unit in enumerate(units):
            speaker = unit.speaker
            if (
                unit.rule != _HEADLINE_SOURCE_RULE
                or not speaker
                or speaker.rsplit(None, 1)[-1].casefold() not in self.lexicon.person_roles
                or person_name(speaker, self.lexicon) is not None
            ):
                continue  # (a role, bare or with its country: "lawmaker", "Iranian FM")
            for later in units[index + 1 : index + 1 + _LEDE_UNITS]:
                if later.start - unit.end > _LEDE_REACH:
                    break
                named = later.speaker
                if named and " " in named and person_name(named, self.lexicon) == named:
                    out[index] = unit._replace(speaker=named)
                    break
        return out

    def _with_recorded_speech(
        self, units: list[StatementUnit], recorded: list[Recording]
    ) -> list[StatementUnit]:
        """Units with every sentence of a monitoring transcript's recordings spoken by
        whom it records: the person its opening mark names, then whom each turn label
        names, else the speaker named last before it ("Ngonhamo said: [Begin recording]
        …").  A reporting verb inside is still the recorded person speaking ("It seems
        that the government has been alleging …")."""
        sentences = self.segmentation.sentences
        starts = [sentence.start for sentence in sentences]
        spoken = {unit.first_sentence: unit for unit in units}
        for recording in recorded:
            named_before = [u.speaker for u in units if u.end <= recording.start and u.speaker]
            who = recording.who
            speaker = named_before[-1] if named_before else None
            # from the sentence the opening mark stands in, when the segmenter left it
            # there and the mark opens it ("(Begin recording) (Ponce) That shows …"; not
            # "Malan said: (Begin recording) We have …", whose speaker is its own)
            first = bisect_right(starts, recording.start) - 1
            if (
                first < 0
                or sentences[first].end <= recording.start
                or self.text[sentences[first].start : recording.mark_start].strip()
            ):
                first += 1
            for index in range(first, len(sentences)):
                sentence = sentences[index]
                if sentence.start >= recording.end:
                    break
                if self.text[sentence.start] == "[" and self.text[sentence.end - 1] == "]":
                    continue  # "[passage omitted]"
                gap = self.text[sentences[index - 1].end if index else 0 : sentence.start]
                who = (
                    turn_label(gap)
                    or opening_label(self.text, max(sentence.start, recording.start), sentence.end)
                    or who
                )
                if who is not None:
                    speaker = self.tracker.resolve(who, sentence.start)
                    if who.isupper() and len(who) > ACRONYM_LENGTH:
                        # a name the capitals reading kept in capitals ("(PONCE)"): the
                        # person it names earlier, if any
                        titled = who.title()
                        named = self.tracker.resolve(titled, sentence.start)
                        if named is not None and named != titled:
                            speaker = named
                    if speaker is None or speaker.startswith("Begin "):
                        speaker = who  # the opening mark's "[Begin Okello" is no name
                    who = None
                if speaker is None:
                    continue
                unit = spoken.get(index)
                spoken[index] = StatementUnit(
                    sentence.start,
                    unit.end if unit else sentence.end,
                    speaker,
                    None,
                    "statement.recorded_speech",
                    False,
                    index,
                    unit.last_sentence if unit else index,
                )
        return sorted(spoken.values())

    def _with_embedded_posts(
        self, units: list[StatementUnit], posts: list[Post]
    ) -> list[StatementUnit]:
        """Units with each embedded post one unit, its author's (guideline §4: a post
        and its footer are one unit).  The units the rules found inside it go, since a
        post's "Cyprus confirmed it will not block the ban" is its author's words; one
        that starts before it ends where the post starts ("The prime minister wrote on
        Twitter:").  A post whose start is a guess (`Post.loose`) starts after the
        article's own attributed sentences in its reach ("According to police, …")."""
        starts = [sentence.start for sentence in self.segmentation.sentences]
        placed = []
        for post in posts:
            start = post.start
            if post.loose:
                for unit in units:
                    if start <= unit.start and unit.end <= post.words_end and unit.explicit:
                        start = skip_space(self.text, unit.end, post.words_end)
            if start < post.words_end:
                placed.append(post._replace(start=start))
        kept = []
        for unit in units:
            inside = next((p for p in placed if unit.start < p.end and p.start < unit.end), None)
            if inside is None:
                kept.append(unit)
            elif len(self.text[unit.start : inside.start].split()) >= _FEWEST_WORDS_BEFORE_POST:
                end = end_before_space(self.text, unit.start, inside.start)
                last = max(unit.first_sentence, bisect_left(starts, end) - 1)
                kept.append(unit._replace(end=end, last_sentence=last))
        for post in placed:
            first = max(0, bisect_right(starts, post.start) - 1)
            last = max(first, bisect_left(starts, post.end) - 1)
            kept.append(
                StatementUnit(
                    post.start, post.end, post.author, None, _POST_RULE, True, first, last
                )
            )
        return sorted(kept)

    def _unattributed_speech(self, sentence: Sentence) -> bool:
        """Whether a sentence speaks in the first person and names no one speaking
        ("Weve lost everything."), not "… out on our schoolchildren … he told SANA"."""
        return _FIRST_PERSON.search(self.text, sentence.start, sentence.end) is not None and (
            # the cue bit rules out most sentences, as in `units`
            not self.cues[sentence.index] & CUE_REPORTING
            or self.verbs.search(ascii_lower(self.text[sentence.start : sentence.end])) is None
        )

    def _with_unquoted_speech_before(self, units: list[StatementUnit]) -> list[StatementUnit]:
        """Units whose speech the text gives before the attribution's sentence with its
        quote marks lost ("Weve lost everything. We hope to go back one day … said Noha
        45"): the first-person sentences of the paragraph right before a sentence that
        ends with its speaker and verb, and are no statement of their own, join that
        unit (guideline §4: a quotation followed by its attribution is one unit)."""
        sentences = self.segmentation.sentences
        taken = {
            index for unit in units for index in range(unit.first_sentence, unit.last_sentence + 1)
        }
        joined = []
        for unit in units:
            first = unit.first_sentence
            sentence = sentences[first]
            # the sentence before is tested first: first-person speech is rare, and
            # cheaper to rule out than the attribution's shape
            while (
                first > 0
                and first - 1 not in taken
                and sentences[first - 1].block == sentence.block
                and unit.first_sentence - first < _MOST_SPEECH_SENTENCES
                and self._unattributed_speech(sentences[first - 1])
            ):
                first -= 1
            if (
                first < unit.first_sentence
                and unit.explicit
                and unit.first_sentence == unit.last_sentence
                and unit.start == sentence.start
                and _SPEECH_FIRST.match(self.text, sentence.start, sentence.end)
            ):
                unit = unit._replace(start=sentences[first].start, first_sentence=first)
            joined.append(unit)
        return joined

    def _named_source(self, unit: StatementUnit) -> StatementUnit:
        """The unit with a described source ("a monitor said") replaced by the
        organisation the article names it as later, if it does."""
        if not unit.speaker:
            return unit
        named = self.tracker.named_later(unit.speaker) or monitor_named_in(self.text, unit.speaker)
        return unit._replace(speaker=named) if named else unit

    # -- attribution inside one sentence --------------------------------------------
    def _attribution(
        self, masked: str, offset: int, tags: bool = False
    ) -> tuple[str | None, str | None, str] | None:
        """(speaker, via, rule) of the first usable reporting cue, or None; with `tags`,
        a quotation's tag verb is a cue where no reporting verb is (`_QuoteTags`).

        A plain speech verb ("said", "told", "according to") wins over a softer cue met
        earlier in the sentence, so cues are read until the first plain one.
        """
        lower = ascii_lower(masked)
        matches = self.verb_scan.matches(lower)
        if tags and matches and all(match.group() in _GOING_ON_VERBS for match in matches):
            matches = []  # '"…," he continued': a quotation's tag (`_QuoteTags`)
        matches = matches or (self.quote_tags.tag(lower) if tags else [])
        if "toll" in lower:
            # Only before the first reporting verb: "WHO said in a statement putting the
            # death toll at 70" is said, whoever the verb's speaker turns out to be.
            first_verb = matches[0].start() if matches else len(lower)
            matches = [*_TOLL_GIVEN.finditer(lower, 0, first_verb), *matches]
        if _may_hold_to_blame(lower, lowered=True):
            held = list(_HELD_TO_BLAME.finditer(lower))
            if held:
                matches = sorted([*held, *matches], key=lambda match: match.start())
        # "NHK said police quoted the unemployed man, Yasuo Yamamoto, as saying": the
        # words are the quoted man's, whoever relays them; that cue is read first and
        # ends the search.
        nested = (
            next(
                (m for m in matches if m.group() in _QUOTING and _quoted_as_saying(masked, m)), None
            )
            if len(matches) > 1 and ("as saying" in masked or "as telling" in masked)
            else None
        )
        if nested is not None:
            matches = [nested, *(m for m in matches if m is not nested)]
        # The sentence's subject, worked out only for the few cues that need it.
        subject = partial(_speaking_subject, masked)
        found: list[tuple[str, str | None, str, str]] = []
        relaying = False
        soft_end = -1  # where the last softer cue that found a speaker ends
        introducing = None  # the speaker a participle found ("…, saying, "…", he said")
        for index, match in enumerate(matches):
            cue, rule = _TOLL_CUE if match.re is _TOLL_GIVEN else _cue_rule(match.group())
            if not self._usable(masked, match, cue):
                continue
            if (
                found
                and cue == "according to"
                and _THAT_BEFORE.search(masked, max(0, match.start() - 8), match.start())
            ):
                continue  # "they point out that, according to …": the one who points out
            result = self._speaker_for(masked, match, cue, subject, offset)
            if result is None:
                continue
            raw, via = result
            if cue.split(None, 1)[0] in _EVIDENCE_VERBS and (
                _evidence_alone(raw)
                or _OWNERS_CONDUCT.match(raw) is not None
                or (
                    raw.casefold() in _THING_SUBJECTS
                    and masked.endswith(_EMPHATIC_DO_ENDINGS, 0, match.start())
                )
            ):
                # "Evidence suggests that …", "it does suggest which periods …": what the
                # writer reads, no one's words
                continue
            # ("in 2025 exports grew by 3.3%, confirming how essential …": a figure that
            # rose shows something, no one says it)
            figure_clause = cue.endswith("ing") and _FIGURE_CHANGED.search(raw) is not None
            if (cue in _SPEAKER_ONLY_CUES or figure_clause) and not self._names_a_speaker(raw):
                continue  # "Israel's strikes … have highlighted": a thing shows, no one says
            # "…, it added.": a pronoun after the reported clause stands for the last
            # speaker, not for the clause's subject.
            trailing = _trailing_pronoun_before(masked, match.start()) or _ends_with_pronoun_cue(
                masked, match
            )
            # ("according to them": the source, not the subject of the reported clause)
            reads_back = raw.casefold() in ("he", "she") or (
                cue == "according to" and raw == "they"
            )
            in_clause = not reads_back or (
                _CLAUSE_PRONOUN.search(masked, max(0, match.start() - 30), match.start())
                is not None
            )
            speaker = self.tracker.resolve(
                raw,
                offset + match.start(),
                None if trailing or not in_clause or _opens(masked, raw) else subject,
            )
            if (
                introducing is not None
                and not in_clause
                and raw.casefold() in ("he", "she")
                and self.tracker.pronoun_fits(introducing, raw.casefold())
            ):
                # 'Governor Yuguda appealed …, saying, "… anymore", he said.': a pronoun
                # after the quotation is the person whose participle introduced it
                speaker = introducing
            if not speaker and raw.casefold() in _PERSONAL_PRONOUNS:
                # No one named before: the speech is still a claim, its speaker unknown.
                speaker = raw
            if not speaker:
                continue
            if (
                rule in _CORE_RULES
                and soft_end >= 0
                and _NESTED_SUBJECT.fullmatch(masked, soft_end, match.start())
            ):
                # "A post shared on Facebook claims U.S. intel said that …": the plain
                # verb reports inside what the softer one reports; its speaker is quoted
                break
            found.append((speaker, via, rule, raw))
            if cue.endswith("ing"):
                introducing = speaker
            if match is nested:
                return self._remembered(found[-1], offset)
            if cue in _CLAIMING_CUES:  # (none of them a core rule's verb)
                soft_end = match.end()
            if rule in _CORE_RULES:
                if (
                    index == 0
                    and rule == _ACCORDING_TO_RULE
                    and _opens(lower, "according to")
                    and (self._is_outlet(speaker) or _OUTLET_WORD.search(raw))
                ):
                    # "According to state-run news agency RIA, a senior official
                    # claimed …": the outlet relays a speaker named after it
                    relaying = True
                    continue
                relayed = self._relayed_source(masked, match.end(), offset)
                if relayed is not None:
                    found[-1] = (relayed[0], speaker, rule, relayed[1])
                elif via is None:
                    via = self._later_agency(masked, matches[index + 1 :], speaker)
                    found[-1] = (speaker, via, rule, raw)
                other = self._contrasted_speaker(masked, matches[index + 1 :], speaker, offset)
                if other is not None:
                    # "The army said five soldiers were killed, while the rebels said they
                    # had captured the base": two speakers of one sentence (guideline §4)
                    found[-1] = (f"{found[-1][0]}; {other}", *found[-1][1:])
                break
        if (
            not found
            and ("Report" in masked or "REPORT" in masked)
            and _search_end(_HEADLINE_REPORT, masked.rstrip())
            and len(masked.split()) < 25
        ):
            return "report", None, "statement.headline_report"
        if (
            not found
            and self._colon_quote(masked, offset)
            and self._quotation_after_colon(masked, offset)
        ):
            head = masked.split(":")[0].rstrip()
            # "Kadyrov responded on Twitter on Tuesday:": the subject, where one is found;
            # "Defence minister:", a role, labels the quotation, as one the article
            # names ("the Defence minister", whom the tracker may know)
            words = head.split()
            labelled = len(words) <= 3 and words[-1].casefold() in self.lexicon.roles
            subject_of = subject if matches else None
            raw = _role_before_verb(words, self.lexicon.roles) or strip_np(
                sentence_subject(head, speaking=True) or ""
            )
            # "Here's its conclusion:": whose words the label announces, when the
            # tracker knows who that is; else the label's words as before
            owner = None if raw else _owner_of_label(words)
            speaker = self.tracker.resolve(owner, offset, subject_of) if owner else None
            if owner and speaker:
                raw = owner
            else:
                raw = raw or strip_np(f"the {head}" if labelled else head.rsplit(" ", 1)[0])
                speaker = self.tracker.resolve(raw, offset, subject_of) if raw else None
            if speaker:
                found.append((speaker, None, "statement.colon_quote", raw))
        if not found:
            return None
        if relaying and len(found) > 1 and _after_first_comma(masked, found[1][3]):
            speaker, _, rule, raw = found[1]
            return self._remembered((speaker, found[0][0], rule, raw), offset)
        if relaying:
            found = found[:1]  # "According to X cluster munitions …, while Y also said"
        core = [f for f in found if f[2] in _CORE_RULES]
        speaker, via, rule, raw = core[0] if core else found[0]
        first = found[0]
        if (
            core
            and first[2] not in _CORE_RULES
            and self._is_outlet(speaker)
            and not self._is_outlet(first[0])
            and first[0].casefold() not in _PERSONAL_PRONOUNS
        ):
            # "Khomeini warned the nation …, Tehran radio said": the outlet relays
            # what the first speaker said.
            speaker, via, rule, raw = first[0], speaker, first[2], first[3]
        relay = self._outlet_relay(speaker, masked, offset) if via is None else None
        if relay is not None:
            # The outlet, the sentence's subject, is remembered last: its report is what
            # a later "The report said" means.
            source, outlet, cited = relay
            self.tracker.remember(source, offset, cited)
            self.tracker.remember(outlet, offset, outlet)
            return source, outlet, rule
        if via is None and not core:
            via = next((s for s, _, _, _ in found[1:] if self._is_agency(s)), None)
            via = via if via != speaker else None
        if raw.casefold() in self.lexicon.residents:
            speaker = _with_the_sentences_place(raw, masked) or speaker
        return self._remembered((speaker, via, rule, raw), offset)

    def _relayed_source(self, masked: str, end: int, offset: int) -> tuple[str, str] | None:
        """(speaker, raw phrase) of a source that the speech verb ending at `end` quotes
        or cites right after it (`_RELAYED_SOURCE`), when the phrase names a speaker
        ("citing security concerns" names none), else None."""
        if not _may_relay(masked):
            return None
        relay = _RELAYED_SOURCE.match(masked, end)
        return self._cited(masked, relay.end(), offset) if relay else None

    def _outlet_relay(self, speaker: str, masked: str, offset: int) -> tuple[str, str, str] | None:
        """(source, outlet, raw phrase of the source) when the speaker is an outlet that
        quotes or cites a source elsewhere in its sentence than right after its verb
        ("The British Sunday paper, quoting Iranian sources, said", "the agency reported
        15 deaths citing a statement from …"): an outlet relays, so the source speaks
        through it (guideline §4, "The state-run Anadolu Agency citing military officials
        said", where commas lost leave "citing" inside the speaker phrase); else None."""
        if not _may_relay(masked):
            return None
        inside = _QUOTING_OR_CITING.search(speaker)
        outlet = self._expand(speaker[: inside.start()]) if inside else speaker
        if not outlet or not self._is_outlet(outlet):
            return None
        relay = _QUOTING_OR_CITING.search(masked)
        cited = self._cited(masked, relay.end(), offset) if relay else None
        return (cited[0], outlet, cited[1]) if cited else None

    def _cited(self, masked: str, start: int, offset: int) -> tuple[str, str] | None:
        """(speaker, raw phrase) of the source named at `start`, after "quoting" or
        "citing", when the phrase names a speaker ("citing security concerns" names
        none), else None."""
        cited = right_np(masked, start, self.lexicon)
        if not cited or not self._names_a_speaker(cited):
            return None
        if cited.endswith(("’s", "'s")):
            # "he said, citing Egypt’s instability": what the possessive owns is the
            # reason given, not a source (unless it is one: "citing Egypt's ministry")
            owned = _WORD_AFTER.match(masked, masked.find(cited, start) + len(cited))
            if owned and owned.group(1).islower() and owned.group(1) not in self.lexicon.roles:
                return None
        speaker = self.tracker.resolve(cited, offset + start, None)
        return (speaker, cited) if speaker else None

    def _remembered(
        self, attribution: tuple[str, str | None, str, str], offset: int
    ) -> tuple[str, str | None, str]:
        """(speaker, via, rule) of the chosen attribution, its speaker added to the
        tracker's history (a bare "he" or "I" is no one to refer back to)."""
        speaker, via, rule, raw = attribution
        if via and via != speaker:
            # the relaying outlet, named again later as "the radio", before the speaker
            # that a later "he" or "it" stands for
            self.tracker.remember(via, offset, via)
        if speaker.casefold() not in _PERSONAL_PRONOUNS:
            self.tracker.remember(speaker, offset, raw)
        return speaker, via, rule

    def _headline_source(self, body: str, offset: int) -> tuple[str, str | None, str, int] | None:
        """(speaker, via, rule, start) for a short opening headline that ends with its
        source ("… nerve agent use Reuters.", "… kills six Syrian state TV."), or None.
        `start` is `offset`, or where a label naming the source starts that the
        segmenter cut off ("Russian Defense Ministry: More than 100 …")."""
        if " | " in body:
            # a web page's title: "… end war: Zelenskyy | Russia-Ukraine war News | Al
            # Jazeera" names the site after its bars, not the headline's source
            body = body[: body.index(" | ")]
        words = body.rstrip(" .").split()
        if (
            not 3 <= len(words) < 25
            or body.rstrip().endswith(("?", "!"))
            or words[0] in ("By", "BY")
        ):
            return None  # (a byline names the writer: "By David Martosko and Associated Press")
        media = _HEADLINE_MEDIA.search(body.rstrip())
        source = media.group("source") if media else None
        for size in (1, 2, 3):
            tail = " ".join(words[-size:])
            if (
                source is None
                and len(words) > size
                and (self._is_agency(tail) or tail.casefold() in _HEADLINE_SOURCES)
            ):
                source = tail  # "… kills 14 Reuters", "Syria air raids kill 25 civilians Monitor"
        if source is None and any(mark in body for mark in _SOURCE_DASHES):
            source = self._dash_source(body)
        if source is None:
            source = self._colon_source(body)
        # (the text before the headline, past a blog's front matter, whose keys are no
        # label: "---\ntitle: Army retakes Bunza")
        front_end = body_start(self.text)
        raw = (
            self.text[front_end:offset] if source is None and 0 < offset - front_end <= 120 else ""
        )
        lead = raw.strip()
        label = _LABEL_AFTER_DATE.fullmatch(lead) if lead.endswith(":") else None
        start = offset
        if label is not None:
            # "Russian Defense Ministry: More than 100 …": the source before the colon,
            # cut from the sentence as a label, after the date a page may glue before it
            # ("10 October 2017 Russian Defense Ministry:")
            source = self._colon_source(f"{label.group('label')} {body}")
            start = front_end + len(raw) - len(raw.lstrip()) + label.start("label")
        if source is None:
            return None
        if source.casefold().endswith(_HEADLINE_MONITORS):
            # "… kill 13 fighters: monitor", "…: monitoring group": the monitoring body
            # the article names
            source = monitor_named_in(self.text, f"a {source}") or f"the {source.casefold()}"
        speaker = self.tracker.resolve(source, offset)
        if not speaker:
            return None
        if not speaker.startswith("the "):  # not "the monitor" no name was found for
            self.tracker.remember(speaker, offset, source)
        return speaker, None, _HEADLINE_SOURCE_RULE, start

    def _quoted_label_source(self, body: str, offset: int) -> str | None:
        """The speaker a sub-headline labels its quotation with, before or after a colon
        ("Army: 'We are holding'", "'Horrified': UN relief chief"): up to four words
        ending in a role noun, or a name the article gives in full ("Zelensky"), where
        the other side is a quotation and nothing else; else None.

        Why: liveblogs and features head their sections with a speaker's words and no
        reporting verb (guideline §4: headlines with attribution are statements)."""
        # (a Markdown heading's marks are no part of either side: "## ‘…’: Ukrainians react")
        head, _, rest = body.strip().lstrip("#").partition(":")
        if ":" in rest:
            return None
        for label, quotation in ((head.strip(), rest.strip()), (rest.strip(), head.strip())):
            words = label.split()
            if (
                1 <= len(words) <= 4
                and len(quotation) > 2
                and quotation[0] in _QUOTE_OPENERS
                and quotation[-1] in CLOSING_QUOTES
                and not any(word[:1].isdigit() for word in words)
            ):
                speaker = self.tracker.resolve(label, offset)
                if words[-1].casefold() in self.lexicon.roles:
                    return speaker or label
                if speaker is not None and len(speaker.split()) > len(words):
                    return speaker
        return self._people_after_quotation(head.strip(), rest.split(), offset)

    def _people_after_quotation(self, quotation: str, clause: list[str], offset: int) -> str | None:
        """The subject of the clause after a quotation's colon, when it names people by a
        role or a nationality in the plural and a verb follows ("‘Neither Trump nor Putin
        can be trusted’: Ukrainians react to Zelenskyy White House clash", "'We are not
        afraid': Residents describe the attack"), else None: a feed's headline gives
        whose words they are as the subject of what they do.  A singular noun is more
        often a compound's first word ("The Malian refugee crisis the world forgot")."""
        if not (
            len(quotation.split()) >= _WORDS_OF_A_QUOTED_CLAUSE
            and quotation[0] in _QUOTE_OPENERS
            and quotation[-1] in CLOSING_QUOTES
            and len(clause) > 1
        ):
            return None  # (a quoted title or label says nothing: "‘Iron Dome’: Israelis …")
        for size in range(1, min(4, len(clause))):
            last, verb = clause[size - 1], clause[size]
            if (
                verb[:1].islower()
                and verb.isalpha()
                and verb not in _NOT_VERBS_AFTER_SUBJECT
                and not verb.endswith("ed")  # "Dozens of Palestinians killed as …"
                and verb not in self.lexicon.roles
                and last.endswith("s")
                and (last.casefold() in self.lexicon.roles or names_a_people(last))
            ):
                subject = " ".join(clause[:size])
                return self.tracker.resolve(subject, offset) or subject
        return None

    def _name_kicker(self, start: int, end: int) -> tuple[int, str, str] | None:
        """(start, speaker, rule) when a person's name and a colon open the line of the
        sentence text[start:end] ("William Hague: Hamas bears 'principal responsibility'
        for starting conflict"), or a source's label opens a headline's line ("Police:
        More than 900 civilian bodies found in Kyiv region"), which the segmenter cut
        off as a kicker; else None."""
        before = self.text[max(0, start - 60) : start]
        if not before.rstrip().endswith(":"):
            return None
        line_start = before.rfind("\n") + 1
        lead = before[line_start:].strip()
        name = lead[:-1].strip()
        words = name.split()
        rule = "statement.name_kicker"
        label = self._headline_label(words, start, end)
        if label is not None:
            rule = "statement.headline_label"
        elif not (2 <= len(words) <= 4 and all(word[:1].isupper() for word in words)):
            return None
        elif person_name(name, self.lexicon) != name or not self._titled_near(words[-1], start):
            return None  # "Iron Dome: Israeli soldiers watch …" labels a picture
        speaker = self.tracker.resolve(name, start)
        if not speaker or (label == _ACRONYM_LABEL and speaker == name):
            # (an acronym the article never spells out may be a place or a page's label:
            # "HAITI: GANGS KILL 20 …", "LIVE: RUSSIAN TROOPS …")
            return None
        self.tracker.remember(speaker, start, name)
        return start - len(before) + before.index(lead, line_start), speaker, rule

    def _headline_label(self, words: list[str], start: int, end: int) -> str | None:
        """How `words`, cut off before a colon, label the headline text[start:end] with
        its source, or None: a line of its own with no stop at its end whose label is one
        to three words ending in a speaking role (`_ROLE_LABEL`: "Police", "Expert",
        "Study"), but not over a photo's scene ("Police: Officers stand guard …"); or an
        acronym before a headline in capitals (`_ACRONYM_LABEL`: "NDF: MEETING DELAYED
        …"), which the article must spell out (`_name_kicker`).  A news summary lists
        such headlines between its stories (guideline §4: headlines with attribution are
        statements)."""
        if (
            not 1 <= len(words) <= _LABEL_WORDS
            or not words[0][:1].isupper()
            or self.text[end - 1 : end] in _LINE_STOPS
            or self.text[end : end + 1] not in ("\n", "")
            or "\n" in self.text[start:end]
        ):
            return None
        last = words[-1]
        if last.casefold() in _SPEAKING_LABELS:
            scene = _SCENE_VERB.search(self.text, start, min(end, start + _SCENE_REACH))
            return None if scene else _ROLE_LABEL
        acronym = (
            len(words) == 1
            and last.isupper()
            and last.isalpha()
            and 2 <= len(last) <= 6
            and self.text[start:end].isupper()
        )
        return _ACRONYM_LABEL if acronym else None

    def _titled_near(self, surname: str, position: int) -> bool:
        """Whether the text around `position` (an article's length either side) gives
        the surname a title ("Mr Hague", "Foreign Secretary William Hague"): then it
        names a person.  The window keeps a long text's cost linear."""
        end = min(len(self.text), position + _KICKER_REACH)
        found = self.text.find(surname, max(0, position - _KICKER_REACH), end)
        while found >= 0:
            before = self.text[max(0, found - 40) : found].split()[-2:]
            if any(word.casefold().rstrip(".") in self.lexicon.titles for word in before):
                return True
            found = self.text.find(surname, found + len(surname), end)
        return False

    def _dash_source(self, body: str) -> str | None:
        """The source a wire headline names after a dash ("IRAN HAS ANTI-SHIP MISSILES
        NEAR GULF - PAPER", "… - DIPLOMATS", TASS's "… since end of 2023 — lawmaker"):
        up to three words ending in a role or outlet word, or None."""
        stripped = body.rstrip(" .")
        dash = _last_source_dash(stripped)
        if dash < 0:
            return None  # the only dash ended the body ("… -."), stripped off with it
        head, tail = stripped[:dash], stripped[dash + 3 :]
        words = tail.split()
        if (
            # (a spaced hyphen has long set off wire sources; a longer dash also sets off
            # a page's name: "ТАСС / TASS — English service")
            (stripped[dash + 1] == "-" or len(head.split()) >= _CLAUSE_WORDS_BEFORE_NAME)
            and head
            and 1 <= len(words) <= 3
            and (words[-1].casefold() in self.lexicon.roles or words[-1].casefold() == "paper")
            and not any(w.casefold() in _CLAUSE_VERBS for w in words)
        ):
            return tail
        return None

    def _addresses_people(self, addressed: re.Match[str]) -> bool:
        """Whether a headline's "X to Y" label speaks to people ("GOC to soldiers",
        "Army chief to troops"), Y a plural of a role or force, and X is named again in
        the article, as a whole word: not a route or a return ("Kabul to Kandahar",
        "Road to Peace", "Ukraine to join NATO")."""
        whom = addressed.group("whom").rsplit(None, 1)[-1]
        if not (whom.islower() and whom.endswith("s")) or not (
            whom in self.lexicon.roles or whom in _ADDRESSED_PEOPLE
        ):
            return False
        speaker = re.escape(addressed.group("speaker"))
        named = re.finditer(rf"(?<![\w-]){speaker}(?![\w-])", self.text)
        return next(named, None) is not None and next(named, None) is not None

    def _colon_source(self, body: str) -> str | None:
        """The source a wire headline names before or after a colon ("Russian Defense
        Ministry: More than 100 … killed", "… air strikes deadly: aid agencies"): a short
        phrase with a role word ("ministry", "agencies"), or None."""
        head, colon, rest = body.rstrip(" .").partition(":")
        if (
            not colon
            or ":" in rest
            or head.strip().casefold() in _EDITORIAL_LABELS
            or rest.strip().casefold() in _EDITORIAL_TAILS
        ):
            return None
        addressed = _ADDRESSED_LABEL.fullmatch(head.strip(_MARKS_AND_SPACE))
        if addressed is not None and self._addresses_people(addressed):
            # "GOC to soldiers: Shoot Ondo poll troublemakers": who speaks, then the
            # people they speak to
            return addressed.group("speaker")
        # Each side that may name a source, with the index of its last role word.
        sides: list[tuple[str, list[str], int]] = []
        # (Markdown's emphasis marks are no words: "**Decoding the Arakan Army: …")
        for phrase in (rest.strip(_MARKS_AND_SPACE), head.strip(_MARKS_AND_SPACE)):
            words = phrase.split()
            # a role word after "of" is what the phrase is about, not who it names ("out
            # of Service", "Head of Service")
            roles = [
                i
                for i, w in enumerate(words)
                if w.casefold() in self.lexicon.roles and not (i and words[i - 1] == "of")
            ]
            if (
                1 <= len(words) <= 5
                and roles
                and not any(w.casefold() in _CLAUSE_VERBS for w in words)
                and not _opens_gerund_phrase(words)
            ):
                sides.append((phrase, words, roles[-1]))
        # A side whose role heads it ("Interim Minister of Health", "aid agencies") names
        # the source before one that only holds a role word ("Aleppos Hospitals out of
        # Service").
        for phrase, words, role in sides:
            if role == len(words) - 1 or words[role + 1].casefold() == "of":
                return phrase
        if sides:
            return sides[0][0]
        # "Russia: Terrorists breached …", "Alabdah: Deir Ezzor …": a name before the colon
        # of a headline is who says what follows, unless it labels the page's kind
        label = head.strip()
        if (
            _NAMED_LABEL.fullmatch(label)
            and _CLAUSE_AFTER_LABEL.match(rest)
            and not rest.lstrip().startswith(("a ", "an ", "A ", "An "))
            and not _titled_gerund_phrase(rest.split())
        ):
            # (a phrase with "a" describes the label: "Baba Taher Mausoleum: a harmonious
            # blend of Persian poetry and architecture" is a title)
            return label
        # "US has given Ukraine and Russia June deadline to end war: Zelenskyy": a name
        # after the colon of a headline that is a clause says it
        named = rest.strip()
        if len(head.split()) >= _CLAUSE_WORDS_BEFORE_NAME and _NAMED_LABEL.fullmatch(named):
            return named
        return None

    def _contrasted_speaker(
        self, masked: str, later: list[re.Match[str]], speaker: str, offset: int
    ) -> str | None:
        """The speaker of a second "said" a contrasting clause opens ("…, while the
        rebels said …", "…, but Kyiv said …"), when it names someone else, or None."""
        for match in later:
            if match.group() not in _CONTRASTED_CUES:
                continue
            clause = _CONTRASTING_SUBJECT.search(
                masked, max(0, match.start() - _CONTRAST_REACH), match.start()
            )
            if clause is None:
                continue
            raw = clause.group("subject")
            words = raw.split()
            if words[0].casefold() in _NO_SUBJECT_OPENINGS or any(
                word.casefold() in _PRONOUNS_OF_SPEAKERS for word in words
            ):
                # "…, but said it was nonsensical": the first speaker's verb; "…, but he
                # said", "…, while at the same time he said": no one else named
                return None
            last = words[-1].casefold()
            if (last in _DATA_NOUNS and words[0].casefold() in ("the", last)) or not (
                last in self.lexicon.roles or _NAME_WORD.fullmatch(words[-1])
            ):
                # "…, but the figures said nothing": no speaker; "…, while in Kharkiv
                # officials said": not a speaker's phrase alone
                return None
            other = self.tracker.resolve(raw, offset + clause.start("subject"))
            if not other or other == speaker or "; " in other or other.endswith(("'s", "’s")):
                return None  # ("Monday's report" resolved to its possessive alone)
            return other
        return None

    def _later_agency(self, masked: str, later: list[re.Match[str]], speaker: str) -> str | None:
        """'Other sources said … Press TV reported.' -> Press TV relays the statement."""
        for match in later:
            before = masked[max(0, match.start() - 40) : match.start()].rstrip()
            agency = self.lexicon.agencies.search(before)
            if agency and agency.end() == len(before) and agency.group() != speaker:
                return agency.group()
        return None

    def _usable(self, masked: str, match: re.Match[str], cue: str) -> bool:
        if (
            # (`find` with bounds is compiled to a direct call; `startswith` with an
            # offset is not, and this runs for every cue)
            masked.find("Said", match.start(), match.start() + 4) == match.start()
            and _ends_in_capital(masked, match.start())
            and (
                self.verbs.search(ascii_lower(masked), match.end())
                or _AUXILIARY_AFTER_NAME.match(masked, match.end()) is not None
            )
        ):
            # "Port Said, the ministry said", "Sheikh Said it said": a name, the verb
            # after it ("The U.S. Said Iranians used …" has no other: a typo'd verb);
            # or a name a verb's auxiliary follows ("Port Said was placed under a curfew")
            return False
        if cue in ("reported", "announced", "estimated") and _AUXILIARY_AFTER.match(
            masked, match.end()
        ):
            plural = _PARTICIPLE_NOUN_BEFORE.search(
                masked, max(0, match.start() - 24), match.start()
            )
            if plural and not _RELATIVE_BEFORE_NOUN.search(
                masked, max(0, plural.start() - 40), plural.start()
            ):
                return False  # "the casualty figures reported could not be reconciled"
        if (
            cue == "reported"
            and _BEFORE_REPORTED_NOUN.search(masked, max(0, match.start() - 16), match.start())
            and _PLURAL_NOUN_AFTER.match(masked, match.end())
        ):
            return False  # "according to officially reported figures": what describes a noun
        if (
            cue == "reported"
            and _HEADLINE_SUBJECT.fullmatch(masked, 0, match.start()) is not None
            and _PLACE_OR_TIME_AFTER.match(masked, match.end()) is not None
            and not masked.rstrip().endswith(_SENTENCE_STOPS)
            and masked.find(" that ", match.end()) < 0
            and self._names_no_reporter(masked[: match.start()])
        ):
            # "Explosions reported in central Kyiv": a headline's passive (not "Witnesses
            # reported in Kyiv hearing explosions", people who report)
            return False
        if cue == "quotes" and (
            _FROM_AFTER.match(masked, match.end()) or not _quoted_as_saying(masked, match)
        ):
            return False  # "the quotes of Sir Albion Banerjee", "Stock quotes from": a noun
        if cue in ("reports", "report") and _VERB_AFTER_REPORTS.match(masked, match.end()):
            return False  # "Media reports indicated that …": a noun, the verb after it
        if (
            cue == "reporting"
            and _REPORTING_FROM_A_PLACE.match(masked, match.end())
            and not masked.endswith("to ", 0, match.start())
        ):
            return False  # "journalists reporting from Gaza" ("according to reporting from")
        if (
            cue == "reporting"
            and not masked[: match.start()].strip()
            and _REPORTING_ON_A_TOPIC.match(masked, match.end())
        ):
            # "Reporting on the Taliban's beliefs helped foster the belief that …": the
            # press's work as the sentence's subject, no one's words
            return False
        if (
            cue == "according to"
            and match.group()[:2] == "as"
            and _AS_PER_RULE.match(masked, match.end())
        ):
            return False  # "as per the Simla Agreement", "as per military tradition"
        if cue in ("reminded", "reminds") and not _reminder_given(masked, match):
            return False  # "The president reminds many voters of his predecessor"
        if cue in _BARE_VERBS:
            return True
        before = masked[max(0, match.start() - CUE_WINDOW) : match.start()]
        if (
            "not " in before
            or "nt " in before
            or "n't " in before
            or "n’t " in before
            or "n t " in before
            or "ever " in before
        ) and (_NEGATED_BEFORE.search(before) is not None):
            return False  # "has not reported that …", "He didn't say to what group": unsaid
        if masked.startswith(("Neither ", "neither ")) and _NEITHER_NOR.match(
            masked, 0, match.start()
        ):
            return False  # "Neither the ministry nor the general staff have confirmed …"
        after = masked[match.end() : match.end() + CUE_WINDOW]
        # The patterns on `before` end with a short word: only its end (and the
        # character before, for a leading \b) decides them.
        tail = _end_word_start(before)
        end = before[max(0, tail - 1) :]
        noun, passive = (
            _before_cue(end, min(tail, 1))
            if _may_end_in_word_before_cue(end)
            else _NOTHING_BEFORE_CUE
        )
        if noun and not (
            before.endswith(("further ", "first "))
            and (cue in _VERBS_ONLY or _is_past_tense(cue))
            and _PASSIVE_ADVERB.search(before) is None
            and not (before.endswith("first ") and _first_is_ordinal(before, cue, masked, match))
        ):
            # "further reports", "the first reported case", but "The statement further
            # said", "Rostow first asserted that …"
            return False
        if (
            cue == "saying"
            and _WHAT_PEOPLE_SAY.search(before)
            and not after.strip(" *#\t")[:1].isalnum()
        ):
            return False  # the heading "What People Are Saying": nothing said in it
        if not cue.endswith("ing") and _preposition_before(before):
            # "came under strain following reported strikes", "verification of claims
            # remains challenging": no finite verb follows a preposition, so the cue is
            # a noun or a participle that modifies one ("accused of saying" is speech)
            return False
        # The pattern's acronym ends the text but for whitespace: a capital or a period
        # last rules it in, and spares the search for almost every cue.
        last = before.rstrip()[-1:]
        if ("A" <= last <= "Z" or last == ".") and _ACRONYM_NOUN_BEFORE.search(
            before, max(0, len(before) - 14)
        ):
            return False  # "… and prompting a UN warning"
        # ("Sharif reportedly said": what the writer heard he said is his statement, a
        # "reportedly deployed" no statement at all)
        if _NO_SPEECH_CONTEXTS.undo(cue, masked, match.start(), match.end()):
            return False
        if (
            cue in ("added", "adding")
            and match.start() < 3
            and not masked[: match.start()].strip()
            and not after.startswith((":", ",", " that "))
        ):
            # "Added combat-ready British soldiers will be at …": an adjective; "Adding an
            # estimate of the starved brings the toll to 114,000": a gerund as subject
            return False
        named_by = passive and cue in _NAMING_VERBS and _named_by_agent(masked, match)
        if cue in _PASSIVE_NAMING_VERBS and not named_by:
            return False  # "a designated safe zone": no naming
        if cue in _NAMING_VERBS and not (named_by or self._names_something(masked, match)):
            return False  # "called a meeting", "called off the talks": nothing named
        if cue in ("highlighted", "highlights") and after.startswith((" by ", "\nby ")):
            return False  # "the area highlighted by Bellingcat": an example or a mark shown
        if (
            cue == "declaring"
            and _TIME_PREPOSITION_BEFORE.search(before)
            and not after.lstrip(" ,").startswith(("that", *_QUOTE_OPENERS))
        ):
            return False  # "after declaring independence": the act dates what follows
        if cue == "adding" and passive:
            return False  # "The U.S. is adding 350 more troops": no speech
        if cue == "questioned" and passive:
            return False  # "Dharda was questioned by counter-terrorism police": held
        if before.endswith(("to ", "to\n", "ly ")) and _DECLINED_BEFORE.search(before):
            return False  # "declined Monday to say how many": nothing was said
        if after[:1] == "," and (
            (cue == "say" and before.endswith(", "))  # "a brigade of, say, 3,000 men"
            or (cue == "told" and _ALL_BEFORE.search(before))  # "All told, the war cost …"
        ):
            return False  # a hedge or a sum set off by commas: nothing was said
        if cue == "told" and self._told_passively(after):
            return False  # a headline's "Residents told to leave": told, not telling
        if cue == "put it" and not (
            _PUT_IT_AS_SPEECH_BEFORE.search(before) or _PUT_IT_AS_SPEECH_AFTER.match(after)
        ):
            return False  # "had put it out of action": no speech
        if cue == "hold" and _WANTED_ACT_BEFORE.search(before):
            # "the plan does not do enough to hold the Iraqi government accountable",
            # "we must hold them responsible": a course wanted, no blame laid yet
            return False
        if cue.startswith("lodge") and not _PROTEST_LODGED_WITH.match(after):
            return False  # "Villagers lodged a protest at the police station": a rally
        if cue == "charged" and not _CHARGED_AS_SPEECH_AFTER.match(after):
            return False  # "charged with murder", "charged the enemy lines": no speech
        if (
            cue in _GOING_ON_VERBS
            and match.re is not self.quote_tags.verb
            and not _QUOTATION_AFTER_TAG.match(after)
            and not self._tags_quoted_words(masked, match.start())
        ):
            # "Fighting continued", "the talks concluded": no speech ('"…," he continued'
            # is a quotation's tag, found by `_QuoteTags`)
            return False
        # ("a truce was called for the holiday": a phrasal cue's participle is passive too)
        participle = cue.partition(" ")[0].endswith(("ed", "told", "said"))
        return not (
            participle
            and passive
            and not (_BY_AGENT.match(after) or _QUOTED_AS.match(after) or named_by)
        )

    @staticmethod
    def _tags_quoted_words(masked: str, cue: int) -> bool:
        """Whether the cue at `cue` is the tag of words quoted inside the sentence, after
        its own words ('Woeroon's case is “indicative of a much bigger problem,” the
        researchers concluded.'); a quotation that opens the sentence has its tag found
        by `_QuoteTags` ('“We took out their eyes and ears,” he continued.')."""
        tag = _TAG_AFTER_QUOTED_WORDS.search(masked, max(0, cue - 60), cue)
        return tag is not None and bool(masked[: tag.start()].strip())

    def _told_passively(self, after: str) -> bool:
        """Whether "told" is followed by "to" and a verb, not by whom it tells ("told to
        move south", not "told to reporters" or "told to local media that …"): a passive
        whose "were" a headline left out, so its subject is told, not telling."""
        told = _TOLD_TO_WORD.match(after)
        if told is None or _TOLD_TO_WHOM.match(after):
            return False
        word = told.group(1)
        return word not in _TOLD_OBJECT_WORDS and word not in self.lexicon.roles

    def _names_something(self, masked: str, match: re.Match[str]) -> bool:
        """Whether a naming verb says what its object is (guideline §4, "called (X an
        attack)"): an object, then what it is called ("calls the drills a rehearsal",
        "branded this BSF a 'terror army'", its quotation blanked); or only the name,
        when the object came before as a relative pronoun ("which the North calls a
        rehearsal for invasion")."""
        if _NAMED_OBJECT.match(masked, match.end()):
            return True
        if match.group().startswith("call") and _CALL_MADE_FOR.match(masked, match.end()):
            return True  # "called in a video message for other tribes to join"
        named = _NAME_GIVEN.match(masked, match.end())
        return named is not None and (
            _RELATIVE_OBJECT.search(masked, max(0, match.start() - 50), match.start()) is not None
        )

    def _speaker_for(
        self,
        masked: str,
        match: re.Match[str],
        cue: str,
        subject: Callable[[], str | None],
        offset: int,
    ) -> tuple[str, str | None] | None:
        """Raw speaker phrase and relaying outlet for one cue (`subject` gives the
        sentence's subject; `offset` is where the sentence starts in the text)."""
        after = masked[match.end() : match.end() + 300]
        before = masked[max(0, match.start() - 300) : match.start()]
        by_agent = _BY_AGENT.match(after)
        if by_agent and self._blanked(after, offset + match.end(), by_agent.end()):
            # "admitted ‘mistakes were made’ by both officials and politicians": the
            # agent of the quoted clause, not of the verb
            by_agent = None
        if by_agent and cue in ("quoted", "cited") and self._relayed(before, after):
            # "the ministry was quoted by RIA as saying": RIA relays, the subject speaks
            # (the passive reading below)
            by_agent = None
        if by_agent and cue.endswith(("ed", "said", "told")):
            at = by_agent.end() + match.end()
            agent = right_np(masked, at, self.lexicon)
            # ("was announced by his brother, Mr. James Yama": the name set off after him)
            return (self._apposed_name(masked, agent, at), None) if agent else None
        if cue == "reporting":
            # "according to bombshell reporting by the Wall Street Journal", "is reporting
            # from Middle East Eye that …": the noun, whose outlet speaks
            reporter = _REPORTING_OUTLET.match(after)
            credited = before.split()[-2:]
            # (not a credit line's "Additional reporting by Merlyn Thomas", "With
            # reporting by AP", "Reporting by Dmitry Antonov": staff, not a source)
            if reporter and len(credited) == 2 and credited[-1].casefold() not in _CREDITED:
                return reporter.group("outlet") or reporter.group("source"), None
        if cue in _NAMING_VERBS and _search_end(_PASSIVE_BEFORE, before):
            named_by = _named_by_agent(masked, match)
            if named_by:
                # "HTS is designated as a terrorist organisation by the UN": the agent
                agent = right_np(masked, named_by.end(), self.lexicon)
                return (agent, None) if agent else None
        if cue == "according to":
            # "according to preliminary information from state TV": the source speaks.
            information = _INFORMATION_FROM.match(masked, match.end())
            if information:
                source = right_np(masked, information.end(), self.lexicon)
                # A source the article names ("issued by the Sawaiq al-Rahman Brigade"),
                # or one a speaker phrase can stand for ("from the ministry"); else the
                # document.
                if not (source and self._names_a_source(source)):
                    # "a report by the Syrian Network for Human Rights 20 civilians …",
                    # commas lost: the name's capitalised words
                    named = _NAME_AFTER.match(masked, information.end())
                    source = named.group(1) if named else None
                if source and self._names_a_source(source):
                    return source, None
            owned = _OWNERS_DOCUMENT.match(masked, match.end())
            if owned:
                return owned.group("owner"), None
            if _RULE_AFTER_ACCORDING_TO.match(masked, match.end()):
                return None  # "According to the Minsk agreement, …": no source
            pronoun = _OBJECT_PRONOUN_SOURCE.match(masked, match.end())
            if pronoun:
                # "According to him, 6,009 animals were recovered": he, whom the
                # tracker knows
                return _SUBJECT_FORMS[pronoun.group(1)], None
            np = right_np(masked, match.end(), self.lexicon)
            return (self._role_before_subject(masked, match.end(), np), None) if np else None
        passive = _search_end(_PASSIVE_BEFORE, before) if cue in ("quoted", "cited") else None
        if passive:
            speaker = self.phrases.find(masked, passive.start())
            relay = _QUOTED_BY.search(after)
            via = strip_np(relay.group(1)) if relay else None
            return (speaker, via) if speaker else None
        if (
            not cue.startswith(_TELLING)
            and _may_follow_quotation(before)
            and _search_end(_AFTER_QUOTATION, before)
            # (a quotation blanked there, not a Markdown link's address read as spaces:
            # "A post [shared on Facebook](https://…) claims U.S. intel said")
            and self._blanked(
                masked[match.start() - len(before) :],
                offset + match.start() - len(before),
                len(before),
            )
        ):
            # 'IS "was expelled …" said the Observatory's director': a speaker named
            # after the verb said the quotation, not the subject before it (whom a
            # verb of telling names after it is told, not speaking).
            inverted = right_np(masked, match.end(), self.lexicon)
            if inverted and self._names_a_speaker(inverted):
                return self._apposed_name(masked, inverted, match.end()), self._via(cue, after)
        if cue in _INVERTING_VERBS:
            if before.rstrip().endswith(","):
                person = self._person_after_comma(masked, match.end())
                if person:
                    return self._apposed_name(masked, person, match.end()), None
            inverted = self._speaker_ending_the_sentence(masked, match.end())
            if inverted and not self._subject_before(before):
                # "… the main supply route in western Aleppo said observatory head Rami
                # Abdel Rahman.": a speaker named after the verb, right before the
                # sentence's end, said the clause before the verb, commas or not.
                return self._apposed_name(masked, inverted, match.end()), None
        # (The pronoun ends the text but for whitespace: most cues are ruled out by that.)
        relative = (
            _search_end(_RELATIVE_PRONOUN_BEFORE, before)
            if before.rstrip().endswith(_RELATIVE_ENDINGS)
            else None
        )
        if relative:
            antecedent = self.phrases.find(masked, match.start() - len(before) + relative.start())
            if antecedent and not relative.group().startswith(","):
                antecedent = self._people_of(antecedent)
            if antecedent is None and relative.group().strip() == "who":
                # "Amnesty reported speaking to seven survivors and eyewitnesses who said
                # …": the people the preposition governs, where the phrase search finds
                # no subject for the whole
                antecedent = self._people_after_preposition(before[: relative.start()])
            if antecedent and self._names_a_speaker(antecedent):
                return antecedent, self._via(cue, after)
        if cue in ("quoted", "quotes", "cited", "reported"):
            # "Interfax quoted him as saying", "Al-Ikhbariya TV cited the provincial
            # police chief, who was not named, as saying", "al-Durrar al-Shamiyyah
            # reported an informed source as saying": the one quoted speaks
            pronoun = _PRONOUN_QUOTED.match(masked, match.end())
            quoted = (
                _SUBJECT_FORMS[pronoun.group(1)]
                if pronoun  # "Interfax quoted him as saying": he, whom the tracker knows
                else right_np(masked, match.end(), self.lexicon)
            )
            source = self.phrases.find(masked, match.start())
            if source:
                # "NHK said police quoted …": the outlet that quoted is "police"
                source = _NESTED_VERBS.split(source)[-1].strip() or source
                source = _agency_after_role(source, self.lexicon)
            if quoted and _quoted_as_saying(masked, match):
                return self._apposed_name(masked, quoted, match.end()), self._expand(source)
        if cue == "citing":
            source = self.phrases.find(masked, match.start())
            if _REASON_CITED.match(masked, match.end()):
                # "Rwanda has tightened its air defenses, citing threats from …": a
                # reason given, by the subject, not a source quoted
                # (the phrase before the verb, unless it runs on into a clause: "Both
                # Israel and Egypt maintain a partial blockade of Gaza, citing …")
                short = source is not None and len(source.split()) <= _SHORT_SOURCE_WORDS
                giver = source if short else subject() or source
                return (giver, None) if giver else None
            cited = right_np(masked, match.end(), self.lexicon)
            return (cited, self._expand(source)) if cited else None
        # "… took a jab at the United States calling on …": a participle, as "calling";
        # "…, issuing a statement that …"
        participle = cue.endswith("ing") or cue.startswith(("calling", "issuing"))
        if participle and cue in ("saying", "stating"):
            found = _FOUND_DOCUMENT.search(before, max(0, len(before) - 80))
            if found:
                # "CIT obtained a document stating that …", "Police found a letter
                # saying …": the document says it, not who came by it
                return found.group("document"), None
        right_before = None if participle else _pronoun_right_before(before)
        if right_before and not self.tracker.resolve(right_before, offset + match.start()):
            right_before = None  # no one named before it stands for: the phrase search decides
        phrase_end = match.start()
        if participle and before.endswith((" ", "\n")):
            adverb = _ADVERB_BEFORE_PARTICIPLE.search(before, max(0, len(before) - 30))
            if adverb is not None:
                # "…, instead saying Zelenskyy could come to Moscow": read as "…,
                # saying", the adverb left out
                phrase_end = match.start() - (len(before) - adverb.start("adverb"))
                before = before[: adverb.start("adverb")]
        np = right_before or self.phrases.find(masked, phrase_end, participle)
        progressive = (
            _PROGRESSIVE_BEFORE.search(before, max(0, len(before) - 30)) if participle else None
        )
        if not np and progressive is not None:
            # "…, the New York Times has been reporting.": the phrase before the auxiliary
            np = self.phrases.find(masked, match.start() - (len(before) - progressive.start()))
        if np and np.casefold() in ("and", "or"):
            np = None
        if (not np or np.rsplit(None, 1)[-1].casefold() in ("and", "but")) and (
            _search_end(_AND_BEFORE, before)
            or _AND_AUXILIARY_BEFORE.search(before, max(0, len(before) - _AND_AUXILIARY_REACH))
            or _AND_ASIDE_BEFORE.search(before, max(0, len(before) - _AND_ASIDE_REACH))
        ):
            # "… has amassed troops and demanded guarantees", "Russia denies … but says"
            np = self._relative_antecedent(masked, before, match.start()) or subject() or np
            if np and np[:1].islower():
                np = _name_before_apposition(masked, np)  # (of a relative antecedent)
            if np and len(np.split()) > 6:
                # "The Observatory relies on a network of sources … and says": the name
                # that opens the long clause
                lead = _LEADING_NAME.match(np)
                np = lead.group() if lead else np
        with_named = (
            _WITH_NAME_SET_OFF.search(before, max(0, len(before) - _WITH_NAME_REACH))
            if participle and "with " in before
            else None
        )
        means = (
            _MEANS_OF_ENDING.search(before, max(0, len(before) - _MEANS_OF_ENDING_REACH))
            if participle and before.endswith("by ")
            else None
        )
        if with_named is not None:
            np = with_named.group("name")
        elif means is not None:
            # "The announcer ends his report by stating: …": the one who ends it
            np = self.phrases.find(masked, match.start() - len(before) + means.start()) or np
        elif (
            not before.strip()
            and cue.partition(" ")[0].endswith("ing")
            and ", " in masked[match.end() :]
        ):
            # "Hitting out at Congress' post targeting PM Modi, BJP leader Gaurav Bhatia
            # on Tuesday held a press briefing": a participle that opens the sentence is
            # the subject's after its clause's comma
            np = _speaking_subject(masked[_after_opening_clause(masked, match.end()) :]) or np
        elif (
            participle and not _WITH_SUBJECT.search(before) and not (np and progressive is not None)
        ):
            # "… shelled northern Syria claiming to have …"; not the progressive's own
            # subject ("…, the New York Times is reporting.")
            np = subject() or np
        if np and before.endswith((", ", ",\n")) and not self._names_a_speaker(np):
            np = self._parenthetical_speaker(masked, match.end()) or np
        if (
            not np
            and before.endswith("to ")
            and _TRIED_TO_BEFORE.search(before, max(0, len(before) - 24))
        ):
            np = subject()
        if not np and cue.startswith(_TELLING) and masked[: match.start()].strip():
            # "Dragomir, who has praised … and called NATO …, told supporters": whom the
            # verb tells is no speaker; the sentence's subject is, where one is found
            np = subject()
            if np and not self._names_a_speaker(np):
                np = None
            if np is None:
                np = self._name_opening_the_sentence(masked, before)
        if not np and cue.rsplit(None, 1)[-1] not in _CUE_PREPOSITIONS:
            # (after "calls for", "called on" come what is asked and whom: "Calls for
            # Comprehensive Response" is a subheading, no one's words)
            np = right_np(masked, match.end(), self.lexicon)
            if np and (_GERUND.match(np) or not self._owner_names_a_speaker(np)):
                # "it has not ruled out using ground forces", "announced the creation of
                # the battalion": what, not who
                np = None
            if np and _OF_AFTER.match(masked, masked.find(np, match.end()) + len(np)):
                np = None  # "could not confirm reports of a second attack": a topic
            if np and _CLAUSE_AFTER.match(masked, masked.find(np, match.end()) + len(np)):
                # "said the additional forces were needed": what was said; a headline's
                # "Said Hamas should be …" leaves out its subject, the last speaker, but
                # a cue that may be a noun opens the subject ("Reports that troops had
                # been sent emerged …")
                opening = not masked[: match.start()].strip()
                np = "he" if opening and cue in _VERBS_ONLY else None
            if np and f"{np} ".startswith(_CONTENT_CLAUSE_OPENERS) and cue in _VERBS_ONLY:
                # "is pleased to announce that the Ghana Armed Forces will …": what was
                # said follows; the sentence's subject said it, or, where the verb opens
                # a headline's line ("Says that the stand-off …"), the last speaker
                opening = not masked[: match.start()].strip()
                np = "he" if opening else subject() or np
            np = self._apposed_name(masked, np, match.end()) if np else np
        if (not np and not cue.startswith(_TELLING)) or (
            np and f"{np} ".startswith(_CONTENT_CLAUSE_OPENERS)
        ):
            # (as for "told" above: "Charles Simpson, program administrator for … at
            # Tufts University’s Feinstein International Center, explained that …"; a
            # verb's "that" is what was said, no speaker)
            np = self._name_opening_the_sentence(masked, before) or np
        if not np or np.casefold() in _NO_ONE:
            return None  # "No one claimed responsibility": nobody spoke
        return _pronoun_ending(np), self._via(cue, after)

    def _name_opening_the_sentence(self, masked: str, before: str) -> str | None:
        """The person's name that opens the sentence, right after an opening quotation
        or at its start, its description set off by commas up to the cue, however long
        ('“…,” Jim Townsend, a senior fellow at … and former deputy …, told TMD',
        "Charles Simpson, program administrator for … at Tufts University’s Feinstein
        International Center, told Polygraph.info"), or None: the phrase search finds no
        subject across so long a description."""
        named = _NAME_OPENING_THE_SENTENCE.match(masked)
        if (
            named
            and (named.group("quoted") or before.endswith(", "))
            and person_name(named.group("name"), self.lexicon) == named.group("name")
        ):
            return named.group("name")
        return None

    def _role_before_subject(self, masked: str, end: int, np: str) -> str:
        """The role after "according to" (ending at `end`) when the name `np` after it
        is the subject of a clause, its verb following ("According to the source Colonel
        Fadlullah Naji of the al-Sham Legion will head the room": the source speaks,
        its comma lost); else `np` ("according to the spokesman Ahmad Saleh the army
        withdrew": the spokesman's name)."""
        role = _ROLE_THEN_CAPITAL.match(masked, end)
        if role is None or role.group("head") not in self.lexicon.roles:
            return np
        # (the phrase found runs on from the role into the name: "the source Colonel …")
        at = masked.find(np, role.start("role"), role.end() + 60)
        if at < 0 or _SUBJECT_THEN_VERB.match(masked, at + len(np)) is None:
            return np
        return role.group("role")

    def _relative_antecedent(self, masked: str, before: str, cue: int) -> str | None:
        """The phrase a relative clause set off by a comma describes, when the verb
        before the cue's "and" is that clause's ("… prompted a backlash from Russia,
        which sent its troops … and declared"), else None: the clause's "which" is the
        subject of both verbs, not the sentence's."""
        at = max(before.rfind(", which "), before.rfind(", who "))
        if at < 0 or _CLAUSE_MARK.search(before, at + 1):
            return None  # (a mark after it closes the clause: "X, which …, and said")
        antecedent = self.phrases.find(masked, cue - len(before) + at)
        return antecedent if antecedent and self._names_a_speaker(antecedent) else None

    def _apposed_name(self, masked: str, np: str, end: int) -> str:
        """The full name set off by commas right after a described speaker found after
        `end` ("…,” said her son, Luis González Añez, 23, who …", "As noted by the UN
        High Commissioner for Human Rights, Volker Türk, …"), else the phrase.  A
        capitalised phrase is a name of its own unless a role heads it."""
        described = not np[:1].isupper() or self._headed_by_role(np)
        # (the phrase starts within 40 characters of `end`, however long it is)
        at = masked.find(np, end, end + 40 + len(np)) if described else -1
        if at >= 0:
            # past the rest of the description ("the UN Special Rapporteur on the Right to
            # Food, Maria Olsen")
            rest = _DESCRIPTION_REST.match(masked, at + len(np))
            at = rest.end() - len(np) if rest else at
        name = _APPOSED_NAME.match(masked, at + len(np)) if at >= 0 else None
        person = person_name(name.group(1), self.lexicon) if name else None
        return person if person and " " in person else np

    def _headed_by_role(self, np: str) -> bool:
        """Whether a role word heads a capitalised phrase, its last word before any "of"
        or "for" ("UN High Commissioner for Human Rights"), so that it describes the
        person a name after it gives."""
        head = np.split(" of ", 1)[0].split(" for ", 1)[0].rsplit(None, 1)[-1]
        return head.casefold() in self.lexicon.roles

    def _subject_before(self, before: str) -> bool:
        """Whether the text before a speech verb is only its subject, a short phrase that
        names a speaker ("The ministry said the strikes hit ISIS."): then what follows
        the verb is what was said, not an inverted speaker."""
        subject = before.strip()
        if not subject or subject.count(" ") > 5:
            return False
        if subject.endswith(",") and "," not in subject[:-1]:
            # "Hostages 'highly likely' held in Gaza, says defence secretary": a subject
            # sets off no comma alone before its verb (one in apposition has two)
            return False
        return np_like(subject, self.lexicon) and self._names_a_speaker(subject)

    def _people_after_preposition(self, head: str) -> str | None:
        """The phrase of up to five words after the last preposition ending `head` when
        its last word is a role noun ("speaking to seven survivors and eyewitnesses"),
        else None."""
        words = head.split()[-_PHRASE_AFTER_PREPOSITION - 1 :]
        prepositions = [i for i, word in enumerate(words) if word in _GOVERNING_PREPOSITIONS]
        if not prepositions or words[-1].casefold() not in self.lexicon.roles:
            return None
        return " ".join(words[prepositions[-1] + 1 :]) or None

    def _people_of(self, antecedent: str) -> str:
        """The people after the last "of" of a restrictive relative clause's antecedent
        when what they are of is no role ("These times coincide with the testimonies of
        witnesses who said": the witnesses said it; "the head of the agency who said"
        keeps the head)."""
        before, of, people = antecedent.rpartition(" of ")
        if not of or not before:
            return antecedent
        owner = before.rsplit(None, 1)[-1].casefold()
        words = people.split()
        if (
            owner in self.lexicon.roles
            or not 1 <= len(words) <= 4
            or words[-1].casefold() not in self.lexicon.roles
        ):
            return antecedent
        return people

    def _person_after_comma(self, masked: str, end: int) -> str | None:
        """The person named after a speech verb at `end` that follows a comma, who said
        the clause before it ("… coordinate better, said Matt Bryden of the think-tank
        Sahan Research.": wire copy whose quote marks were stripped): in full, or by one
        word that is a surname named in full before or that a description follows; None
        when no such name follows, or the name opens what was said ("…, said Perez de
        Cuellar had no comment")."""
        aged = _AGE_BEFORE_NAME.match(masked, end)
        if aged is not None:
            end = aged.end()  # "…, said 72-year-old Salem, Rehana s father."
        name = right_np(masked, end, self.lexicon)
        if not name or person_name(name, self.lexicon) != name:
            return None
        at = masked.find(name, end, end + 80)
        if at < 0 or _NAME_ENDS_CLAUSE.match(masked, at + len(name)) is None:
            return None
        if " " in name:
            return name
        # one word: the surname of someone named in full before ("…, said Ara in
        # Rohingya" after "Ismat Ara"), or a name that a description follows ("…, said
        # 72-year-old Salem, Rehana s father")
        if _ONE_WORD_NAME_ENDS.match(masked, at + len(name)) is None:
            return None  # "…, said Tsarnaev “can't possibly …”": the name opens what was said
        full = self.tracker.registry.full_name_of(name)
        if full:
            return full
        return name if _DESCRIPTION_AFTER_NAME.match(masked, at + len(name)) else None

    def _speaker_ending_the_sentence(self, masked: str, end: int) -> str | None:
        """The phrase after a speech verb at `end` when it names a speaker and nothing
        but closing punctuation follows it, else None."""
        if len(masked) - end > 120 or not masked[end : end + 1].isspace():
            return None
        rest = masked[end:]
        tail = rest.split()
        first = tail[0] if tail else ""
        if (
            not 1 <= len(tail) <= 14
            # a speaker opens with a capital, an article or a role ("said the ministry",
            # "said observatory head …"), or with a role's modifier where the role ends a
            # short tail (a headline's "…, says defence secretary"), not "on Monday", "in
            # a statement", "that"
            or not (
                first[:1].isupper()
                or first in _SPEAKER_OPENERS
                or first.casefold() in self.lexicon.roles
                or (len(tail) <= 3 and tail[-1].rstrip(".!?").casefold() in self.lexicon.roles)
            )
            or not _PLAIN_TAIL.fullmatch(rest)
            or masked.isupper()
        ):
            return None  # (a wire headline's "SAYS" reports what follows it)
        np = right_np(masked, end, self.lexicon)
        if (
            not np
            or not self._names_a_speaker(np)
            or _CALENDAR_WORD.fullmatch(np)
            or not np_like(np, self.lexicon)
        ):
            return None
        at = masked.find(np, end, end + 80)
        if at < 0:
            return None
        if _ONLY_CLOSING.fullmatch(masked, at + len(np)):
            return np
        described = _DESCRIBED_NAME_ENDING.fullmatch(masked, at + len(np)) is not None
        if len(tail) > 8 and not described:
            return None  # a long tail is a name's description or a clause
        if described and _NAMED.match(np):
            return np
        # "said observatory head Rami Abdel Rahman.": the role, then the name it titles
        titled = _TITLED_NAME_ENDING.fullmatch(masked, at + len(np))
        return titled.group(1) if titled else None

    def _names_a_source(self, np: str) -> bool:
        """Whether a phrase after "a report by" names who reported: a name, or a phrase
        a speaker can be ("the ministry")."""
        return np[:1].isupper() or self._names_a_speaker(np)

    def _owner_names_a_speaker(self, np: str) -> bool:
        """Whether the head of a phrase with "of" can name who speaks ("the leader of one
        unit", "the head of SOHR"), not what ("the creation of the battalion"); a
        phrase without "of" passes."""
        owner, of, _ = np.partition(" of ")
        return not of or not owner or self._names_a_speaker(owner)

    def _names_a_speaker(self, np: str) -> bool:
        """Whether a phrase's last word can name who speaks: a name, a role noun
        ("diplomat", "officials") or a pronoun, not "the move" or "… shows"; what
        sources know does not count ("people familiar with the deal")."""
        last = described_sources(np).rsplit(None, 1)[-1].strip(".,'’")
        lower = last.casefold()
        return last[:1].isupper() or lower in self.lexicon.roles or lower in SUBJECT_PRONOUNS

    def _names_no_reporter(self, subject: str) -> bool:
        """Whether a headline's subject before a passive "reported" names no one who
        could report: not a people's role ("Witnesses reported in Kyiv …"), a body, an
        outlet or a place a state speaks for ("Ukraine Reported …")."""
        words = subject.split()
        last = words[-1].casefold()
        return not (
            last in self.lexicon.roles
            or last in self.lexicon.organisations
            or self.lexicon.agencies.match(subject.strip()) is not None
            or any(word.casefold() in place_names() for word in words)
        )

    def _parenthetical_speaker(self, masked: str, end: int) -> str | None:
        """The speaker of an attribution set off by commas after its verb ("The move, said
        one diplomat, was …", "… shows, say American commanders, that …"), or None."""
        np = right_np(masked, end, self.lexicon)
        if not np or not self._names_a_speaker(np):
            return None
        at = masked.find(np, end, end + 40)
        closed = at >= 0 and _ASIDE_CLOSED.match(masked, at + len(np)) is not None
        return np if closed else None

    @staticmethod
    def _relayed(before: str, after: str) -> bool:
        """Whether a passive "quoted"/"cited" with a by-agent reports its subject's words
        through that agent ("X was quoted by Interfax as saying"), not the agent's own
        ("the figure was cited by the UN")."""
        return _search_end(_PASSIVE_BEFORE, before) is not None and bool(
            _AS_SAYING.search(after, 0, _RELAYED_SAYING_REACH)
        )

    def _via(self, cue: str, after: str) -> str | None:
        """'told AFP', 'told a correspondent of … news agency INA' -> the outlet."""
        if not cue.startswith("told"):
            return None
        window = after[:90]
        named = _NAMED_AGENCY.search(window)
        if named:
            return named.group(1)
        agency = self.lexicon.agencies.match(_LEADING_THE.sub("", window.lstrip()))
        return agency.group() if agency else None

    def _expand(self, np: str | None) -> str | None:
        """Canonical name of a relaying outlet ("The state-run Anadolu Agency")."""
        return self.tracker.resolve(np, 0) if np else None

    def _blanked(self, masked: str, start: int, length: int) -> bool:
        """Whether masking blanked a quotation in the first `length` characters of
        `masked`, which starts at `start` in the text."""
        return masked[:length] != self.text[start : start + length]

    def _is_agency(self, speaker: str) -> bool:
        return self.lexicon.agencies.fullmatch(speaker) is not None

    def _is_outlet(self, speaker: str) -> bool:
        """Whether the speaker is a news outlet ("Reuters", "Tehran radio", "state
        television"), which relays what others say."""
        return (
            self._is_agency(speaker)
            or _OUTLET_END.search(speaker) is not None
            # ("the Washington Post", "the Boston Globe": a newspaper by its name)
            or NEWSPAPER.fullmatch(_LEADING_THE.sub("", speaker)) is not None
        )

    def _quotation_after_colon(self, masked: str, offset: int) -> bool:
        """Whether a quotation follows the colon that ends `masked` (the sentence at
        `offset`, its quotations blanked): inside the sentence, glued to it, or opening the
        next one.
        A colon before a list, a picture or a page's furniture ("Here's a quick look at
        the system:", "… has been named as Quentin Lamar Smith:") introduces no speech."""
        end = offset + len(masked)
        colon = offset + masked.rfind(":")
        if self.text[colon + 1 : end].strip():
            return True  # the quotation masking blanked
        if self.text[end : end + 1].isalpha():
            return True  # glued on, its line break lost ("Here’s its conclusion:From …")
        following = self.text[end : end + 8].lstrip()
        return following[:1] in _QUOTE_OPENERS

    def _colon_quote(self, masked: str, offset: int) -> bool:
        """Whether the sentence is a short introduction ending in a colon, before nothing
        but a closed quotation (blanked in `masked`) or one that runs on past the
        sentence ("It went on: "The ICRC team …¶"Our team …")."""
        head, colon, rest = masked.partition(":")
        words = head.split()
        # "Box 3:", "Figure 2:": a numbered label too
        label = len(words) <= 4 and all(word[:1].isupper() or word.isdigit() for word in words)
        quoted = rest.strip() == "" or (
            offset + len(masked) - len(rest.lstrip()) in self.unclosed_at
        )
        return (
            bool(colon)
            and len(words) <= 12
            and not head.isupper()
            and not label  # "Arrest Information:", "Booking Charge:" head a form's fields
            and quoted
        )

    def _in_block_quotation(self, start: int) -> bool:
        """Whether the line of the sentence starting at `start` opens with ">" (perhaps
        after spaces): a Markdown block quotation, whose sentence the segmenter may
        start at the mark itself."""
        line_start = self.text.rfind("\n", 0, start) + 1
        at = line_start
        while at < len(self.text) and self.text[at] in " \t":
            at += 1
        return self.text[at : at + 1] == ">"

    def _quoted_on(self, quoting: StatementUnit, last: StatementUnit, sentence: Sentence) -> bool:
        """Whether a sentence of a block quotation runs on from the unit `quoting`
        introduced with a colon: only whitespace and the quotation's marks since the
        last unit, `last`."""
        between = self.text[last.end : sentence.start]
        return last.end >= quoting.end and not between.strip(" \t\n>")

    def _after_quotation_marks(self, start: int, end: int) -> int:
        """Where a block quotation's sentence starts past the marks and spaces the
        segmenter left before it ("> The roads will reopen soon.")."""
        while start < end and self.text[start] in " \t\n>":
            start += 1
        return start

    def _ends_in_colon(self, unit: StatementUnit) -> bool:
        """Whether a unit ends with a colon (perhaps before spaces), as an introduction
        does."""
        end = unit.end
        while end > unit.start and self.text[end - 1].isspace():
            end -= 1
        return self.text[end - 1 : end] == ":"

    def _introduced_sentence(self, sentence: Sentence, rule: str) -> Sentence | None:
        """The sentence glued after an introduction ending in a colon, its quote marks
        and line break lost ("Here’s its conclusion:From the open sources …", "… the Post
        instructed the president:The interventionist Post is saying: …"), or None: it
        belongs to the introduction's unit (guideline §4: an introduction ending in a
        colon belongs to the first quoted sentence).  A colon with a space after it is
        left alone."""
        sentences = self.segmentation.sentences
        following = sentence.index + 1
        if (
            rule != "statement.colon_quote"
            or following >= len(sentences)
            or self.text[sentence.end - 1 : sentence.end] != ":"
            or sentences[following].start != sentence.end
            or sentences[following].block != sentence.block
        ):
            return None
        return sentences[following]

    def _document_issuer(
        self, sentence: Sentence, attributed: tuple[str | None, str | None, str] | None
    ) -> str | None:
        """The issuer of a document the sentence introduces with a colon ("Kim Yo Jong,
        vice department director of …, released the following press statement on July
        7:"), or None: the speaker the sentence was attributed to (`attributed`, which
        keeps its own reading), else the phrase before the verb: its part before the
        first comma (which drops an appositive), or after an opening adverbial ("In
        Geneva, the ICRC …"), less time words and dates at its end.

        Why: an agency that reproduces a statement whole gives it no quote marks; every
        sentence after the colon is the issuer's (guideline §4), and an introduction
        with "released" or "issued" has no speech verb the other rules know."""
        body = self.text[sentence.start : sentence.end]
        match = _FOLLOWING_DOCUMENT.search(body)
        if match is None:
            return None
        if attributed is not None and attributed[0]:
            return attributed[0]
        parts = _without_times(body[: match.start()].rstrip()).split(",")
        while len(parts) > 1 and _OPENING_ADVERBIAL.match(parts[0].strip()):
            parts = parts[1:]  # ("In Geneva, the ICRC …": the issuer after the adverbial)
        head = strip_np(parts[0])
        # a name, or a definite description ("the ministry")
        named = head[:1].isupper() or head[:4].casefold() == "the "
        return head if named and len(head.split()) <= 12 else None

    def _opens_unmarked(self, first: Sentence) -> bool:
        """Whether `first`, the sentence after an introduction's colon, is plain text the
        introduction may take in (a reproduced document's first sentence, the next
        paragraph's): not a quotation, a Markdown block quotation or a heading, whose
        own rules read them."""
        return not (
            self.text[first.start] in _QUOTE_OPENERS
            or self._in_block_quotation(first.start)
            or _after_heading_marks(self.text, first.start)
        )

    def _document_ends(self, sentence: Sentence) -> bool:
        """Whether a reproduced document has ended before `sentence`: at a heading, a
        separator line or another document's introduction.

        Why: with no quote marks, nothing but the text's end marks where a reproduced
        statement ends (KCNA prints one an item); a heading or a separator starts the
        next item."""
        previous = self.segmentation.sentences[sentence.index - 1]
        return (
            _after_heading_marks(self.text, sentence.start)
            or _SEPARATOR_LINE.search(self.text, previous.end, sentence.start) is not None
            or _FOLLOWING_DOCUMENT.search(self.text, sentence.start, sentence.end) is not None
        )

    def _introduced_across_break(self, sentence: Sentence) -> Sentence | None:
        """The first sentence of the next paragraph, which an introduction ending in a
        colon introduces without quote marks ("As CNN's Dana Bash said:" then " It was a
        milestone in the Iraq war debate.", an HTML block quotation's first sentence), or
        None.

        Why: guideline §4 joins a colon's introduction to the first quoted sentence
        across a line break, and §5 ends one before left-out content (a photo, a video,
        a post) at its colon.  A quotation, a Markdown block quotation and a heading have
        their own readings, a sentence with its own speech cue is its own unit, and a
        list's items stay apart (the annotators join them to the introduction about as
        often as not, and its items may state positions of their own)."""
        sentences = self.segmentation.sentences
        following = sentence.index + 1
        if (
            following >= len(sentences)
            or not _LOWER_WORD.search(self.text, sentence.start, sentence.end)
            or _SHOWN_CONTENT.search(self.text, sentence.start, sentence.end) is not None
        ):
            # a label in capitals introduces nothing ("Chilling Warning:"), and what a
            # photo, a video or a post showed was left out of the text
            return None
        first = sentences[following]
        between = self.text[sentence.end : first.start]
        if (
            "\n" not in between
            or between.strip()
            or not self._opens_unmarked(first)
            or _LIST_ITEM.match(self.text, self.text.rfind("\n", 0, first.start) + 1)
            or self.cues[first.index] & CUE_REPORTING
        ):
            return None
        return first

    # -- quotations spanning sentences ----------------------------------------------
    def _quote_then_attribution(self, index: int, tags: bool = False) -> StatementUnit | None:
        """'“A.B.C,” X said.' -> one unit from the opening mark to the attribution;
        with `tags`, also a quotation of one sentence, and read with tag verbs
        (`_tagged_quotation`).
        Single marks count too ("'A. B,' he said." in the Daily Mail, where a wrapped
        line after "A." splits the quotation): the region must be a quotation the
        segmenter closed at the sentence's first character, so an apostrophe opens none."""
        sentences = self.segmentation.sentences
        first = sentences[index]
        if self.text[first.start] not in _QUOTE_OPENERS:
            return None
        region = self._quotation_opened_at(first.start)
        if region is None:
            return None
        last = index
        while last + 1 < len(sentences) and sentences[last].end < region[1]:
            last += 1
        if self._bare_tag_follows(last, region[1]):
            # '"I never discuss my family." Putin told reporters.': the tag the quotation's
            # stop cut off is the attribution of all it quotes
            last += 1
        elif region[1] <= first.end and not tags:
            return None
        closing = sentences[last]
        masked = self._mask(closing.start, closing.end)
        attributed = self._attribution(masked, closing.start, tags)
        if attributed is None:
            return None
        speaker, via, _ = attributed
        return StatementUnit(
            first.start,
            closing.end,
            speaker,
            via,
            "statement.quote_then_attribution",
            True,
            index,
            last,
        )

    def _bare_tag_follows(self, index: int, closed_at: int) -> bool:
        """Whether the sentence at `index` ends where its quotation closes, on a stop,
        and the next sentence on its line is only a name and its verb of saying ("Putin
        told reporters at a 2015 news conference.", "Bautista added."): a tag that says
        nothing of its own, set apart by the stop the writer put inside the marks."""
        sentences = self.segmentation.sentences
        if index + 1 >= len(sentences) or sentences[index].end != closed_at:
            return False
        if self.text[closed_at - 2 : closed_at - 1] not in (".", "!", "?"):
            return False
        tag = sentences[index + 1]
        if self.text[closed_at : tag.start].strip(" \t") or tag.end - tag.start > _TAG_REACH:
            return False
        return _BARE_TAG.fullmatch(self.text, tag.start, tag.end) is not None

    def _quotation_opened_at(self, start: int) -> tuple[int, int] | None:
        """The closed quotation whose opening mark stands at `start`, else None."""
        return next((q for q in self.quotes.near(start, start + 1) if q[0] == start), None)

    def _tagged_quotation(self, sentence: Sentence, continuing: bool) -> StatementUnit | None:
        """A quotation tagged by a verb that reports speech only there ('"…," the lawyer
        protested', '"…," continued the envoy'): one unit to its tag.  Where the
        quotation continues a speaker (`continuing`), the continuation stands: a tag's
        description ('"…" the UN official concluded') is the person quoted before; but a
        tag that introduces someone by an indefinite article ('"Right," exclaimed an
        equally bald gentleman', '"…," a girl protested') names a new speaker."""
        if self.text[sentence.start] not in _QUOTE_OPENERS:
            return None
        region = self._quotation_opened_at(sentence.start)
        # the tag follows the quotation: its end's sentence holds a tag verb
        tail = self.text[region[1] : region[1] + _TAG_REACH] if region else ""
        if not self.quote_tags.may_tag(tail) or (
            continuing and _INDEFINITE_TAG.match(tail) is None
        ):
            return None
        return self._quote_then_attribution(sentence.index, tags=True)

    def _quote_over_paragraphs(self, index: int) -> StatementUnit | None:
        """ "‘A.¶‘B,’ X said." -> one unit from the first paragraph's opening mark to the
        attribution.  A quotation that runs over paragraphs opens each one again and is
        closed only in the last, where its attribution follows it (guideline §4: a
        quotation followed by its attribution is one unit).  The sentence at `index`
        opens a mark that its paragraph never closes."""
        sentences = self.segmentation.sentences
        first = sentences[index]
        single = self.text[first.start] in _SINGLE_OPEN_MARKS
        current = index
        for _ in range(_MOST_QUOTED_PARAGRAPHS):
            following = current + 1
            while following < len(sentences) and sentences[following].block == first.block:
                following += 1
            if following == len(sentences):
                return None
            opening = sentences[following].start
            if (self.text[opening] in _SINGLE_OPEN_MARKS) != single:
                return None  # a quotation of the other kind
            region = next(
                (q for q in self.quotes.near(opening, opening + 1) if q[0] == opening), None
            )
            if region is None:
                if opening not in self.unclosed_at:
                    return None
                first, current = sentences[following], following  # one more paragraph
                continue
            last = following
            while last + 1 < len(sentences) and sentences[last].end < region[1]:
                last += 1
            closing = sentences[last]
            attributed = self._attribution(self._mask(closing.start, closing.end), closing.start)
            if attributed is None:
                return None
            speaker, via, _ = attributed
            return StatementUnit(
                sentences[index].start,
                closing.end,
                speaker,
                via,
                "statement.quote_over_paragraphs",
                True,
                index,
                last,
            )
        return None

    def _quoted_sentences(self) -> set[int]:
        """Indexes of the sentences that start inside a closed quotation (after its
        opening mark, before its closing one)."""
        starts = [sentence.start for sentence in self.segmentation.sentences]
        quoted: set[int] = set()
        for a, b in self.segmentation.quotes:
            quoted.update(range(bisect_right(starts, a), bisect_left(starts, b)))
        return quoted

    def _nested_attribution(self, index: int, in_quote: bool) -> StatementUnit | None:
        """A sentence inside a longer quotation that names its own speaker ("... Rex
        Tillerson (has) affirmed that …" inside a quoted op-ed).  `in_quote`: whether it
        starts inside a quotation."""
        sentence = self.segmentation.sentences[index]
        if not in_quote or not any(
            a < sentence.start and sentence.end < b
            for a, b in self.quotes.near(sentence.end, sentence.start)
        ):
            return None
        body = self.text[sentence.start : sentence.end]
        match = _NESTED_VERBS.search(body)
        if match is None:
            return None
        np = self.phrases.find(body, match.start())
        speaker = self.tracker.resolve(np, sentence.start) if np else None
        if speaker is None:
            return None
        return StatementUnit(
            sentence.start,
            sentence.end,
            speaker,
            None,
            "statement.nested_attribution",
            True,
            index,
            index,
        )

    def _attributed_units(
        self, sentence: Sentence, speaker: str | None, via: str | None, rule: str
    ) -> list[StatementUnit]:
        """The unit of an attributed sentence; when the attribution comes first and the
        quotation after it holds several sentences ('Richard said, “he chose hate. He
        chose death.”'), the later ones are continuations of their own (guideline §4:
        only a quotation *followed* by its attribution is one unit)."""
        pieces = [sentence.start]
        for open_at, close_at in self.quotes.near(sentence.start, sentence.end):
            if sentence.start < open_at and close_at <= sentence.end:
                lead = ascii_lower(self.text[sentence.start : open_at])
                # `verb_scan` finds what `verbs` does from the lead's words, sparing a
                # pattern search at every character of it
                if self.verb_scan.matches(lead):
                    pieces.extend(sentence_ends_within(self.text, open_at + 1, close_at - 1))
                break
        if len(pieces) == 1:
            # The usual sentence without a quotation to split: one unit, built directly
            # (a sentence span starts with no whitespace, so none is skipped).
            return [
                StatementUnit(
                    sentence.start,
                    sentence.end,
                    speaker,
                    via,
                    rule,
                    True,
                    sentence.index,
                    sentence.index,
                )
            ]
        bounds = [*pieces, sentence.end]
        units = []
        for number, (start, end) in enumerate(pairwise(bounds)):
            units.append(
                StatementUnit(
                    skip_space(self.text, start, end),
                    end,
                    speaker,
                    via if number == 0 else None,
                    rule if number == 0 else "statement.quote_continuation",
                    number == 0,
                    sentence.index,
                    sentence.index,
                )
            )
        return units

    def _continuation(
        self, index: int, units: list[StatementUnit], in_quote: bool
    ) -> list[StatementUnit]:
        """Quoted speech without attribution that continues a known speaker, one unit
        per sentence of it (none when it continues no one).  `in_quote`: whether it starts
        inside a quotation.

        A quotation standing alone (a paragraph that is all quote, after the paragraph
        naming its speaker) is one sentence to `segment`; guideline §4 makes each of its
        sentences a statement, as only a quotation *followed* by its attribution is one
        unit."""
        sentence = self.segmentation.sentences[index]
        inside = (
            [
                q
                for q in self.quotes.near(sentence.start, sentence.start)
                if q[0] < sentence.start < q[1]
            ]
            if in_quote
            else []
        )
        starts_quoted = (
            self.text[sentence.start] in _OPEN_MARKS or sentence.start in self.segmentation.openers
        )
        if not units or self.text[sentence.start : sentence.end].isupper():
            # (an all-capitals line is a sub-heading, guideline §5, though it quotes:
            # '"I DREAD THE HORROR"', '"UNIMAGINABLE" SCENE')
            return []
        if _QUOTED_TERM_DEFINED.match(self.text, sentence.start, sentence.end):
            return []  # '"Other armed group" is used for attacks …': a term, no one's words
        if not inside and not starts_quoted:
            opened = self._open_quote_sentence(index)
            if opened < 0 or self._reported_since(units, opened, index):
                return []
        previous = self._continued(units, index)
        if inside:
            opener = inside[0][0]
            owner = next((u for u in reversed(units) if u.start <= opener < u.end), None)
            previous = owner or previous
        if previous is None:
            return []
        # A quotation that an attribution follows inside the sentence ('"I again appeal
        # … found soon" the UN official concluded.') stays one unit.
        ends = (
            sentence_ends_within(self.text, sentence.start, sentence.end)
            if self.text[sentence.start : sentence.end].rstrip(".!? ")[-1:] in CLOSING_QUOTES
            else []
        )
        bounds = [sentence.start, *ends, sentence.end]
        return [
            _continuing(previous.speaker, skip_space(self.text, start, end), end, index)
            for start, end in pairwise(bounds)
        ]

    def _quoted_speaker_reports(
        self, sentence: Sentence, body: str, units: list[StatementUnit], in_quote: bool
    ) -> bool:
        """Whether a sentence that opens in the first person and holds a reporting cue
        lies inside a quotation whose speaker it continues: a sentence after the mark a
        paragraph left open, or inside a closed quotation ("“No hunting on the election
        day. I am happy that the IGP has said that …"), or a paragraph that opens a
        quotation again after one ('“I am pleased to report that the army has said …').
        Not where the quotation closes before a tag of its own ('… We have no illusions
        …," Mr Kerry said.'), nor where no statement comes before for it to continue.
        `in_quote`: whether the sentence starts inside a closed quotation."""
        opening = body.lstrip(_OPEN_MARKS)
        if (
            not _FIRST_PERSON_OPENING.match(opening)
            or '"' in opening
            or "”" in opening
            or not units
        ):
            return False
        index = sentence.index
        inside = (
            in_quote
            or self._open_quote_sentence(index) >= 0
            or (len(opening) < len(body) and sentence.start in self.unclosed_at)
        )
        return inside and self._continued(units, index) is not None

    def _continued(self, units: list[StatementUnit], index: int) -> StatementUnit | None:
        """The statement a quotation at sentence `index` continues: the last one, passing
        over picture captions set between a speaker's paragraphs ("Worry: Military chiefs
        admitted …"), or None when more than two sentences of text come between (a
        paragraph of the writer's own between two of the speaker's is common)."""
        sentences = self.segmentation.sentences
        gap = 0
        after = index
        for unit in reversed(units):
            for between in range(after - 1, unit.last_sentence, -1):
                if not self._passed_over(sentences[between]):
                    gap += 1
                    if gap > 2:
                        return unit if unit is units[-1] and self._left_open(unit, index) else None
            if not self._passed_over(sentences[unit.first_sentence]):
                return unit
            after = unit.first_sentence
        return None

    def _passed_over(self, sentence: Sentence) -> bool:
        """Whether a quotation's speaker is looked for before this sentence: a picture
        caption, with its kicker (`_is_caption`) or a line without closing punctuation
        or quotation ("Ukraine has appealed to the West for supplies …" between a
        paragraph naming Putin and his quotation)."""
        if self._is_caption(sentence):
            return True
        start, end = sentence.start, sentence.end
        # (the last characters only: most sentences end in a stop, and are no caption)
        last = self.text[max(start, end - 4) : end].rstrip()[-1:]
        return bool(last) and last not in _SENTENCE_CLOSERS and not self._quotes_in(start, end)

    def _quotes_in(self, start: int, end: int) -> bool:
        """Whether any quotation mark stands in `text[start:end]`."""
        return any(self.text.find(mark, start, end) >= 0 for mark in _QUOTE_MARKS)

    def _left_open(self, unit: StatementUnit, index: int) -> bool:
        """Whether the quotation at sentence `index` takes up one that `unit` left open
        at its paragraph's end, over paragraphs that quote no one: a speaker's quotation
        runs on, each paragraph opening a mark again, while picture captions are set
        between its paragraphs ("Prime Minister David Cameron said: 'The conflict …
        we can do.¶Buildings in Gaza City are covered …¶'The NHS has always …")."""
        sentences = self.segmentation.sentences
        start = sentences[index].start
        if (
            index - unit.last_sentence > _MOST_CAPTIONS_BETWEEN
            or self.text[start] not in _QUOTE_OPENERS
        ):
            return False
        # the last mark left open before the unit's end, in the unit's paragraph
        opened = bisect_left(self.unclosed, unit.end) - 1
        paragraph = unit.last_sentence
        block = sentences[paragraph].block
        while paragraph > 0 and sentences[paragraph - 1].block == block:
            paragraph -= 1
        if opened < 0 or self.unclosed[opened] < sentences[paragraph].start:
            return False
        return not self._quotes_in(unit.end, start)

    def _is_caption(self, sentence: Sentence) -> bool:
        """Whether the sentence is a picture caption whose kicker the segmenter left
        out ("Worry: " before it on its line, `sentences.caption_kicker`)."""
        start = sentence.start
        if self.text[start - 2 : start] != ": ":
            return False
        # (a kicker is short: the line start is looked for in the few characters before)
        line_start = self.text.rfind("\n", max(0, start - KICKER_LENGTH), start) + 1
        if line_start == 0 and start > KICKER_LENGTH:
            return False
        kicker = caption_kicker(self.text, line_start, sentence.end)
        return kicker is not None and kicker.end() == start

    def _open_quote_sentence(self, index: int) -> int:
        """Index of the sentence holding a quotation mark, never closed in its
        paragraph, that the sentence at `index` follows ('“They shelled our homes. They
        killed our children.' before a new paragraph), or -1."""
        if not self.unclosed:
            return -1
        sentences = self.segmentation.sentences
        sentence = sentences[index]
        for back in range(index - 1, max(-1, index - 4), -1):
            earlier = sentences[back]
            if earlier.block != sentence.block:
                return -1
            first = bisect_left(self.unclosed, earlier.start)
            if first < len(self.unclosed) and self.unclosed[first] < earlier.end:
                mark = self.unclosed[first]
                # A quotation opened again after it and closed before this sentence
                # ended it ('"Here … MP. "A stooge … contrary." Ms King has …': a quoted
                # paragraph leaves its closing mark out).
                closed = any(
                    mark < a and b <= sentence.start
                    for a, b in self.quotes.near(mark, sentence.start)
                )
                return -1 if closed else back
        return -1

    def _reported_since(self, units: list[StatementUnit], opened: int, index: int) -> bool:
        """Whether a sentence between the one that left a mark open (`opened`) and the
        one at `index` reports speech in the writer's own words, with its attribution and
        no quote mark in front ('"… an outrage said Silvia … MSF said that the hospital
        … was hit. The hospital served …'): the source lost the closing mark, and the
        writer's text has resumed (guideline §4: content continuing a report in a later
        sentence without its own attribution or quote marks is no statement)."""
        for unit in reversed(units):
            if unit.first_sentence <= opened:
                return False
            if (
                unit.last_sentence < index
                and unit.explicit
                and self.text[unit.start] not in _QUOTE_OPENERS
                and unit.start not in self.segmentation.openers
            ):
                return True
        return False

    def _mask(self, start: int, end: int) -> str:
        """Sentence text with closed quotations blanked (offsets kept)."""
        body = self.text[start:end]
        for a, b in self.quotes.near(start, end):
            if a < end and start < b:
                if _NICKNAME_BEFORE.search(self.text, max(0, a - 16), a) and _NICKNAME.fullmatch(
                    self.text, a, b
                ):
                    continue  # "known as ‘Jihadi John’": a name, which the speaker needs
                lo, hi = max(a, start) - start, min(b, end) - start
                body = body[:lo] + " " * (hi - lo) + body[hi:]
        if body[:1] in ".…":
            # an opening ellipsis of omission ("… The department said"): no part of the
            # speaker's name
            dots = len(body) - len(body.lstrip(".…"))
            body = " " * dots + body[dots:]
        return body.replace("\x95", " ").replace("\x81", " ")


#: Words that give a person's other name, in quote marks after them ("The executioner
#: – known as ‘Jihadi John’ – tells the camera: …").
_NICKNAME_BEFORE = re.compile(r"\bknown\s+as\s+$")
#: A quoted name: one to four capitalised words between quote marks.
_NICKNAME = re.compile(r"[‘'\"“][A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}[’'\"”]")


#: Words after a subject that are no verb (`_people_after_quotation`).
_NOT_VERBS_AFTER_SUBJECT = frozenset(
    ("on", "of", "in", "at", "for", "with", "from", "to", "and", "or", "the", "a", "an", "who")
)
#: The fewest words of a quotation that says something, not a title or a label
#: (`_people_after_quotation`).
_WORDS_OF_A_QUOTED_CLAUSE = 3


def _agency_after_role(source: str, lexicon: Lexicon) -> str:
    """The news agency a relaying phrase ends with when a role noun runs into it ("…
    recruited 3000 militants AP quoted SOHR as saying", commas lost): the agency quoted,
    not the people the clause before counted; else the phrase as found."""
    agencies = list(lexicon.agencies.finditer(source))
    last = agencies[-1] if agencies else None
    if last is None or last.end() != len(source):
        return source
    before = source[: last.start()].split()
    return last.group() if before and before[-1].casefold() in lexicon.roles else source


def _with_the_sentences_place(people: str, masked: str) -> str | None:
    """People named by where they live, with the one place the sentence names ("In the
    northwestern province of Idlib meanwhile residents said" gives "residents of
    Idlib", as the annotators name them), or None when it names none or several: then
    they are whom the tracker makes of them (residents of a place named before)."""
    places = {
        found.group("place")
        for found in _SENTENCE_PLACE.finditer(masked)
        if not _CALENDAR_WORD.fullmatch(found.group("place"))
        and not (
            NATIONALITY.fullmatch(found.group("place"))
            and _LOWER_WORD_AFTER.match(masked, found.end())
        )
    }
    return f"{people} of {places.pop()}" if len(places) == 1 else None


def _role_before_verb(words: list[str], roles: frozenset[str]) -> str | None:
    """The role that opens a colon's label as the subject of a verb the cues do not know
    ("The station announcer lists its reports from Santa Ana:", "The spokesman read a
    statement from the army:", "The announcer reminds listeners that … and says:"): the
    words up to the role, or None.  A verb reads as one by its ending or by the article
    or possessive after it."""
    for index in range(1, min(len(words) - 2, _ROLE_SUBJECT_WORDS)):
        verb = words[index + 1]
        if (
            words[index].casefold() in roles
            and verb.isalpha()
            and verb.islower()
            and verb not in roles
            and verb not in _LINKING_WORDS
            and (verb.endswith(("s", "ed")) or words[index + 2] in _DETERMINERS_AFTER_VERB)
            and all(word.isalpha() for word in words[: index + 1])
        ):
            return " ".join(words[: index + 1])
    return None


def _owner_of_label(words: list[str]) -> str | None:
    """The pronoun for whose words a colon's label announces ("Here's its conclusion:",
    "Their statement read:" gives "it", "they"), for the tracker to resolve, or None:
    a label's last word is what was said, its owner the speaker."""
    if len(words) < 2 or len(words) > 4:
        return None
    return _OWNER_FORMS.get(words[-2].casefold())


def _after_first_comma(masked: str, raw: str) -> bool:
    """Whether the speaker phrase `raw` follows the sentence's first comma ("According to
    Reuters, the ministry said")."""
    comma = masked.find(",")
    return comma >= 0 and masked[comma + 1 :].lstrip().startswith(raw)


def _opens_speech(text: str, pos: int) -> bool:
    """Whether a quote mark at `pos` stands where speech opens: a paragraph's or
    sentence's start, or after the colon or comma of an attribution."""
    before = text[max(0, pos - 8) : pos].rstrip(" ")
    return not before or before[-1] in "\n.!?:,"


def statement_claims(units: list[StatementUnit], text: str) -> list[DetectedClaim]:
    """Turn statement units into claims."""
    return [
        new_claim(
            kind=KIND_STATEMENT,
            start=u.start,
            end=u.end,
            text=text[u.start : u.end],
            speaker=u.speaker,
            via=u.via,
            rule=u.rule,
            confidence=0.85 if u.explicit else 0.65,
        )
        for u in units
    ]


def _ends_in_capital(masked: str, end: int) -> bool:
    """Whether the word before `end` is capitalised in a sentence of running text: a
    verb after it is capitalised only in a title-case headline, where every word is."""
    before = masked[:end].split()
    return bool(before) and before[-1][:1].isupper() and not is_headline(masked)


#: An auxiliary right after a capitalised "Said": the name's verb follows, no verb of
#: saying ("Port Said was placed under a curfew").
_AUXILIARY_AFTER_NAME = re.compile(
    r"\s+(?:was|is|were|are|has|had|have|will|would|could|remains|remained)\b"
)


@lru_cache(maxsize=16)
def _lexicon(patterns: Patterns) -> Lexicon:
    return Lexicon.from_vocabulary(patterns.vocabulary)


@lru_cache(maxsize=16)
def _verb_regex(patterns: Patterns) -> re.Pattern[str]:
    return word_regex(patterns.vocabulary.reporting_verbs)


#: How a tag verb may say the words were spoken, before the clause ends ('"…," Mrs.
#: Chapin complains in an impassioned voice.', '"…," she continued quietly,').
_TAG_MANNER = r"\s+(?:[a-z]+ly|in\s+an?\s+(?:[a-z-]+\s+){0,2}?(?:voice|tone|whisper))"


#: When or at whom a tag verb's words were said, before the clause ends ('"…," Lavrov
#: shot back on Monday.', '"…," the minister fired back at reporters.').
_TAG_WHEN_OR_AT = r"\s+(?:on\s+[a-z]+day|yesterday|today|at\s+(?:[a-z]+\s+){0,2}?[a-z]+)"


#: A period inside the tag's subject, where the sentence went on: an abbreviation's
#: ('"…," Mrs. Chapin complains').
_ABBREVIATION_PERIOD = r"\.(?=\s\w)"


class _QuoteTags:
    """Verbs that report speech only as a quotation's tag ('"…," he continued', '"…,"
    laughed the driver'; `Vocabulary.quote_tag_verbs`): after a quotation that opens the
    sentence, with the speaker between them and the sentence's end, or inverted with
    the speaker after the verb.  Elsewhere they report nothing ("fighting continued")."""

    def __init__(self, terms: tuple[str, ...]) -> None:
        self.verb = word_regex(terms)
        verbs = terms_pattern(terms, word_start=True)
        #: the blanked quotation (its blanks taken whole: a second whitespace run after
        #: them would make a failed match quadratic), then "NP verb" ending the clause
        #: or "verb NP"
        self.shape = re.compile(
            rf"\s{{3,}}+,?\s*(?:[^,;:.!?\s](?:[^,;:.!?]|{_ABBREVIATION_PERIOD}){{0,60}}?"
            rf"\s(?P<tagged>{verbs})(?![\w-])"
            rf"(?:{_TAG_MANNER})?(?:{_TAG_WHEN_OR_AT})?\s*(?:[,.!?]|$)"
            rf"|(?P<inverted>{verbs})\s+(?!{_NOT_A_SPEAKER})\w)"
        )
        #: the verbs anywhere, in any case: the cheap test before the sentence is masked
        self.anchor = re.compile(rf"{verbs}(?![\w-])", re.IGNORECASE)

    def may_tag(self, body: str) -> bool:
        """Whether the text after a quotation holds one of the verbs."""
        return self.anchor.search(body) is not None

    def tag(self, lower: str) -> list[re.Match[str]]:
        """The tag verb of a lower-cased masked sentence that opens with its blanked
        quotation (as one cue), else no cue."""
        if not lower[:3].isspace():
            return []
        shape = self.shape.match(lower)
        if shape is None:
            return []
        verb = self.verb.match(lower, shape.start("tagged" if shape["tagged"] else "inverted"))
        return [verb] if verb else []


#: A quotation's tag that opens with someone introduced by an indefinite article, before
#: its verb ('"…," a girl protested') or after one ('"…," exclaimed an equally bald
#: gentleman', '"…," put in a balding man').
_INDEFINITE_TAG = re.compile(r",?\s*(?:[a-z]+(?:\s+in)?\s+)?(?:a|an|another)\s")
#: How far after a quotation's end its tag verb is looked for (a name and the verb).
_TAG_REACH = 80
#: A sentence that is only a tag: who spoke (a capitalised name or pronoun, a role after
#: an article: "The minister", "A spokesman", "Hospital officials"), the verb of saying,
#: whom it was told to, and a short where or when that reports nothing ("Putin told
#: reporters at a 2015 news conference, according to the BBC.", "Ahmed told the BBC's
#: Newshour programme.", "Bautista added."; not "Kirby said on Monday that 12 …").
_BARE_TAG = re.compile(
    r"(?:(?:The|A|An)\s+|[A-Z][\w.’'-]*\s+)"
    r"(?:(?!(?:is|was|were|are|has|have|had|be|been|not)\b)[\w.’'-]+\s+){0,3}"
    r"(?:said|says|added|adds|(?:told|tells)\s+(?:reporters|journalists"
    r"|(?:[Tt]he\s+)?(?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*(?:[’']s(?:\s+[A-Za-z][\w’'-]*){1,2})?))"
    r"(?:\s+(?:on|in|at|during|from|after|before|late|earlier|later|last|yesterday|today)\b"
    r"(?:(?!\s+that\b)[^,.;:!?\"“”]){0,40})?"
    r"(?:,\s*according\s+to\s+[^,.;:!?\"“”]{1,60})?[.!]?"
)
#: Words after an inverted tag verb that open no speaker ('"…" continued for weeks').
_NOT_A_SPEAKER = r"(?:for|in|on|at|to|until|after|before|with|into|through|from)\b"


@lru_cache(maxsize=16)
def _quote_tags(patterns: Patterns) -> _QuoteTags:
    return _QuoteTags(patterns.vocabulary.quote_tag_verbs)


@lru_cache(maxsize=16)
def _verb_scan(patterns: Patterns) -> WordScan:
    """`_verb_regex`'s matches in a sentence, found from its words (`WordScan`)."""
    return WordScan(_verb_regex(patterns), patterns.vocabulary.reporting_verbs)
