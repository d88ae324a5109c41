"""Regular expressions built from a Vocabulary, compiled once per vocabulary.

Compiling the dozens of alternations costs milliseconds; detecting one article costs
less.  `compile_patterns` is therefore cached on the (frozen, hashable) vocabulary, so a
project that extends its vocabulary pays once, and the default vocabulary is compiled
at most once per process.
"""

import os
import re
import string
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from annotator.detection.vocabulary import Vocabulary
from annotator.domain import CasualtyType

#: Count words above one, lower case (`numbers` builds on this module and has its own
#: tables for reading them).
_COUNT_WORDS_ABOVE_ONE = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|"
    "forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|"
    "million|millions|dozen|dozens"
)
#: Words that end a pre-nominal modifier run: a figure's head noun comes before them.
_STOP_WORDS = (
    "of|the|a|an|and|or|but|in|on|at|to|from|by|with|for|as|that|which|who|whom|whose|"
    "were|was|are|is|be|been|being|have|has|had|will|would|could|should|may|might|can|"
    "did|do|does|not|no|this|these|those|their|its|his|her|our|my|your|they|he|she|it|"
    "we|them|including|among|while|after|before|during|since|until|when|where|than|"
    "then|also|said|says|near|into|over|under|about|around|across|per|each|all|both|"
    "most|some|what|if|because|so|just|only|last|next|ago|later|earlier|"
    "one|" + _COUNT_WORDS_ABOVE_ONE + "|killed|wounded|injured|dead|died|kill|kills|killing|"
    "injures|injure|injuring|wounds|wounding|flee|flees|fled|"
    "today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    "second|seconds|minute|minutes|hour|hours|day|days|week|weeks|month|months|year|years|"
    "decade|decades|mostly|mainly|largely|chiefly|primarily|predominantly|lay|lie|lies|lying|"
    "carrying|vehicles|trucks|cars|boats|against|airstrikes|strikes|raids|sorties|attacks|"
    # what a picture shows, not a word of the counted people ("two images showing
    # casualties" counts images)
    "showing|depicting|containing"
)
#: Month and day names, lower case: a time, not a place or a speaker (`positions`'
#: forces in place, `statements`' inverted speakers).
CALENDAR_WORDS = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
)
#: A month's name, whole or cut short ("Sept.", "Dec"), lower case, for patterns compiled
#: with re.IGNORECASE: the date of a figure, of a dateline or of a speaker's words.
MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
#: A month's name or its abbreviation, capitalised (not the verb "may"), for patterns
#: compiled case-sensitively: dates glued before an article, a day before or after its
#: month.
CAPITALISED_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_DEMONYM = (
    r"(?-i:(?:(?!ISIS\b)[A-Z][a-zA-Z]+(?:ans|ANS|ians|is|IS|ese|ESE|ks|KS|ds|DS|ons|ONS)"
    # peoples of other endings, by name ("20,000 Filipinos"; "2,000 Jobs" is none)
    r"|Filipinos|FILIPINOS|Serbs|SERBS|Arabs|ARABS|Czechs|CZECHS|Croats|CROATS)(?![\w-]))"
)


#: What may follow a killing verb that is a second harm of the people before it ("were
#: abducted, murdered, and buried.", "was stabbed and killed at a bus stop"): the clause's
#: end, a conjunction, or a preposition or time; anything else is its own object ("and
#: killed hundreds more", "and killed another 200").
_AFTER_SECOND_KILLING = (
    r"(?=\s*(?:[.,;:!?)\]\"”’]|$)|\s+(?:and|or|but|in|on|at|by|after|during|when|while|as"
    r"|near|inside|outside|over|around|before|since|last|this|later|earlier|overnight"
    r"|yesterday|today|tonight|early|late|along|across|between|under|with|without|for|from"
    r"|following|amid|because|according)\b)"
)
#: Harm verbs in the active voice that take the harmed as their object: after a counted
#: group, with an object after them, they make it the doers ("Two gunmen kill 5
#: villagers", "300 troops took out the post"), so they are no predicate of the people
#: before them (`Patterns.right_predicate`; before a figure, `Patterns.left_verb`, they
#: are: "Army kill 35 bandits").  Without an object they are broken English for the
#: passive ("Three soldiers kill in ambush"), or reflexive ("kill themselves"):
#: `_NO_OBJECT_AFTER_HARM`.
_HARMS_DONE = (
    "kill",
    "kills",
    "injure",
    "injures",
    "abduct",
    "abducts",
    "kidnap",
    "kidnaps",
    "displace",
    "displaces",
    "neutralise",
    "neutralises",
    "neutralize",
    "neutralizes",
    "took out",
    "took down",
)
#: What may follow one of `_HARMS_DONE` that is no object of it.
_NO_OBJECT_AFTER_HARM = (
    r"(?:in|at|on|as|during|after|near|by|while|when|themselves|himself|herself|itself)"
)
#: A time between a harm list's conjunction and its last harm ("were abducted and later
#: killed"): the right predicate's second harms and `figures._HARM_LIST_BREAK` read it.
SECOND_HARM_TIMES = r"(?:later|then|subsequently|eventually)"
#: Fates the guideline counts no one by, which may come before one it does in a list
#: of harms ("were arrested, tortured and killed"; `Patterns.right_predicate`).
_UNCOUNTED_FATES = r"(?:arrested|detained|tortured|beaten|raped|rounded\s+up|taken\s+away)"
#: Adverbs ending in -ly that are no manner of a harm: a medical evacuation moves the
#: wounded, "fatally" and "mortally" are harms themselves, the rest undo the harm.
_NOT_MANNER_ADVERBS = (
    r"(?:medically|fatally|mortally|nearly|narrowly|wrongly|falsely|mistakenly|erroneously"
    r"|hardly|barely)"
)


def terms_pattern(
    terms: Iterable[str],
    fold: bool = True,
    word_start: bool = False,
    after_hyphen: bool = False,
    cased_branches: bool = False,
) -> str:
    """Alternation of literal terms as a trie ("kill(?:ed|s)?"), spaces matching any
    whitespace.  Python's regex engine tries alternatives one by one at every position,
    so factoring common prefixes makes a scan several times faster than a flat list.
    With `fold`, terms are lower-cased (use the pattern with re.IGNORECASE).

    With `word_start`, each term must start a word (no letter, digit or hyphen before
    it).  For terms that start with a few letters only, the check sits after the first
    character rather than in front of the pattern, so the pattern still starts with a
    set of literal characters, which lets the regex engine skip quickly over positions
    that cannot start a match; where the terms start with many letters there is little
    to skip, and the check goes in front.  With `after_hyphen` a term may follow a
    hyphen, as with `\\b` in front of it.

    With `cased_branches` (for a pattern compiled with re.IGNORECASE that cannot run
    lower-cased, see `Caseless`), each branch of an alternation opens with its letter as
    the set re.IGNORECASE matches it with, matched case-sensitively (`_CASED_LETTERS`):
    the regex engine passes over a branch whose first character is a literal or such a
    set with one test, but enters every branch that opens with a folded letter, so a
    trie of many first letters cost a fold and a jump per branch at each try."""
    phrases = [" ".join(term.split()) for term in terms]
    if fold:
        phrases = [phrase.casefold() for phrase in phrases]
    many_starts = len({phrase[:1] for phrase in phrases}) >= _MANY_FIRST_CHARACTERS
    if word_start and many_starts:
        # Terms starting with many letters: the check in front rejects a position inside
        # a word at once, where the engine would otherwise try each branch's letter.
        front = _WORD_START_FRONT_AFTER_HYPHEN if after_hyphen else _WORD_START_FRONT
        if fold and not cased_branches:
            return front + _shared_tails_regex(phrases)
        return front + (_trie_regex(_trie(phrases), cased_branches=cased_branches) or "(?!)")
    if fold and not (word_start or cased_branches):
        return _shared_tails_regex(phrases)
    start = (_WORD_START_AFTER_HYPHEN if after_hyphen else _WORD_START) if word_start else ""
    return _trie_regex(_trie(phrases), start, cased_branches=cased_branches) or "(?!)"


def _trie(strings: Iterable[str]) -> dict[str, Any]:
    """The strings as a trie of characters, "" marking where one ends."""
    trie: dict[str, Any] = {}
    for string_ in strings:
        node = trie
        for char in string_:
            node = node.setdefault(char, {})
        node[""] = {}
    return trie


#: The fewest characters a group of first words must save (the characters of its tails
#: times its words but one) to be written as its own branch (`_shared_tails_regex`):
#: each branch is one more try at every position a scan tries.
_SHARED_TAILS_SAVING = 300


def _head(phrase: str) -> str | None:
    """The first word of a phrase of several words (None for one word): the phrases of
    one first word go in one branch of `_shared_tails_regex`."""
    head, space, _ = phrase.partition(" ")
    return head if space else None


def _shared_tails_regex(phrases: list[str]) -> str:
    """`_trie_regex` of the phrases (normalised, one space between words), with the
    phrases whose first words share all their tails written once per group of first
    words with one first letter, at the trie node of their common start:
    "widen(?:s|ed|ing)?\\s+(?:its|their)\\s+(?:offensive|air\\s+strikes)" for the cross
    product of verbs, owners and nouns, which a trie writes out once per verb.  Only for
    folded phrases: the first words of phrases as written ("Hamas", "HAMAS") may match
    one text caseless.

    Why: a vocabulary list of generated phrases makes a trie of tens of thousands of
    characters, and `re.compile` of it is most of the detector's set-up; placed at the
    node of its common start, a group costs a scan no more tries than the trie did.
    Why the matches are the trie's, in the same order: a trie tries, at one position,
    the terms the text starts with, longest first.  A group takes every phrase of its
    first words, no two groups share a first word, and a first word is followed by
    whitespace, so at one position at most one group matches, its first words and its
    tails as tries (longest first); a group comes before the trie's branches at its
    node, and every phrase a group matches is longer than any other phrase that matches
    there: that is a single word (no longer than the text's first word) or starts with
    a first word of no group."""
    tails: dict[str, set[str]] = {}
    for phrase in phrases:
        head, space, tail = phrase.partition(" ")
        if space:
            tails.setdefault(head, set()).add(tail)
    heads: dict[frozenset[str], list[str]] = {}
    for head, head_tails in tails.items():
        heads.setdefault(frozenset(head_tails), []).append(head)
    groups = [
        (_head_groups(group_heads, sum(map(len, group_tails))), sorted(group_tails))
        for group_tails, group_heads in heads.items()
        if (len(group_heads) - 1) * sum(map(len, group_tails)) >= _SHARED_TAILS_SAVING
    ]
    grouped = {head for letter_groups, _ in groups for group in letter_groups for head in group}
    trie = _trie(phrase for phrase in phrases if _head(phrase) not in grouped)
    attached: dict[int, list[str]] = {}
    for letter_groups, group_tails in sorted(groups):
        # whitespace, then the tails
        tail = _trie_regex(_trie(" " + group_tail for group_tail in group_tails))
        for group in letter_groups:
            start = os.path.commonprefix(group)  # noqa: RUF071 (words, not paths)
            node = trie
            for char in start:
                node = node.setdefault(char, {})
            rests = _trie_regex(_trie(head[len(start) :] for head in group))
            attached.setdefault(id(node), []).append(rests + tail)
    return _trie_regex(trie, attached=attached) or "(?!)"


def _head_groups(heads: list[str], tails_length: int) -> list[list[str]]:
    """The first words of one group of `_shared_tails_regex`, sorted, in one list per
    first letter where that still saves `_SHARED_TAILS_SAVING` characters of tails
    (each list then sits at the node of its common start, where a scan tries it only
    past that start), else in one list (at the root, where a scan tries it at every
    position: a group of few first words, whose phrases are tried after a lead)."""
    letters: dict[str, list[str]] = {}
    for head in sorted(heads):
        letters.setdefault(head[:1], []).append(head)
    if (len(heads) - len(letters)) * tails_length >= _SHARED_TAILS_SAVING:
        return list(letters.values())
    return [sorted(heads)]


#: The characters re.IGNORECASE matches to an ASCII letter although `str.lower` does not
#: lower them to it (or not to one character): "İ", dotless "ı", long "ſ", Kelvin "K".
_FOLD_SPECIAL_CHARACTERS = "\u0130\u0131\u017f\u212a"
#: The characters re.IGNORECASE matches with each lower-case ASCII letter: its two cases
#: and those of `_FOLD_SPECIAL_CHARACTERS` that fold to it, as a set matched
#: case-sensitively (`terms_pattern`'s `cased_branches`).
_CASED_LETTERS = {
    letter: "(?-i:["
    + letter
    + letter.upper()
    + "".join(
        special
        for special in _FOLD_SPECIAL_CHARACTERS
        if re.fullmatch(letter, special, re.IGNORECASE)
    )
    + "])"
    for letter in string.ascii_lowercase
}


_WORD_START = r"(?<![\w-].)"
_WORD_START_AFTER_HYPHEN = r"(?<!\w.)"
_WORD_START_FRONT = r"(?<![\w-])"
_WORD_START_FRONT_AFTER_HYPHEN = r"(?<!\w)"
#: A subject's first word: at a word's start (`_WORD_START_FRONT`: no letter, digit or
#: hyphen before it) and after no apostrophe inside a word ("Iran's"); an opening single
#: quote may stand there ("'We're going to stay …,' said", British-style quotations).
SUBJECT_START = _WORD_START_FRONT + r"(?<!\w[’'])"
#: From this many different first characters on, a trie's word-start check goes in front
#: of it (`terms_pattern`): a regex scan of the reporting verbs took a third less time,
#: and the corpus's stage sums 6 % less with 6 than with the check after each first
#: letter (4 % with 12, 5 % with 3).
_MANY_FIRST_CHARACTERS = 6


def fewest_substrings(strings: Iterable[str]) -> tuple[str, ...]:
    """The strings, once each and in order, without those that hold another of them
    ("deaths" goes where "death" is one): a text holds one of the strings iff it holds
    one of these (`holds_any`), which then has fewer to look for."""
    unique = list(dict.fromkeys(strings))
    return tuple(s for s in unique if not any(o != s and o in s for o in unique))


def holds_any(text: str, strings: tuple[str, ...], start: int = 0, end: int = sys.maxsize) -> bool:
    """Whether text[start:end] holds one of the literal strings (`start`, `end`: offsets,
    not negative).

    Why not `substrings_regex`: for a few strings a `find` each costs a fraction of one
    regex scan for all of them, which tests every character against the strings' first
    characters with a call into the engine's set matcher, where `find` runs a tight loop
    over memory."""
    return any(text.find(string_, start, end) >= 0 for string_ in strings)


def substrings_regex(strings: Iterable[str]) -> re.Pattern[str]:
    """Finds any of the literal strings (spaces included as they are): the same answer
    as an `in` test per string, in one scan.  Built as a trie, since the regex engine
    tries a flat alternation's branches one by one at every position."""
    return re.compile(_trie_regex(_trie(strings), literal_spaces=True) or "(?!)")


def _trie_regex(
    node: dict[str, Any],
    after_first: str = "",
    literal_spaces: bool = False,
    cased_branches: bool = False,
    attached: dict[int, list[str]] | None = None,
) -> str:
    """The trie as a regex; `attached`: branches tried first at a node, by the node's
    id (`_shared_tails_regex`)."""
    cased = cased_branches and len(node) - ("" in node) > 1
    branches = [
        (
            r"\s+"
            if char == " " and not literal_spaces
            else _CASED_LETTERS[char]
            if cased and char in _CASED_LETTERS
            else re.escape(char)
        )
        + after_first
        + _trie_regex(child, "", literal_spaces, cased_branches, attached)
        for char, child in sorted(node.items())
        if char
    ]
    if attached:
        branches[:0] = attached.get(id(node), ())
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return f"(?:{body})?"
    return body


#: A pre-nominal modifier token ("Iranian", "pro-government", "U.S.", "crack").  Every
#: pattern follows it with whitespace, so it is a whole token that does not end in "..";
#: the possessive run stops the regex engine from backtracking through each word's
#: letters when the phrase fails (as `[\w’'.-]*(?<!\.)(?:\.(?=\s))?` did).  "IS" in
#: capitals is the group ("287 IS fighters"), not the stop word "is".
_MOD = (
    rf"(?:(?-i:IS)(?=\s)|(?!{terms_pattern(_STOP_WORDS.split('|'), cased_branches=True)}\b)"
    r"[A-Za-z][\w’'.-]*+(?<!\.\.)"
    # an age ("two 19-year-old soldiers")
    r"|\d{1,3}-(?:year|month|week|day)s?-old)"
)
#: Not a harm's gerund, which opens a second predicate, not a coordinated head's
#: modifier ("… and kidnapping others", "… and wounding dozens more").
_NO_HARM_GERUND = (
    r"(?!(?:kill|wound|injur|kidnapp|abduct|captur|tak|hold|seiz|detain|arrest|displac)ing\b)"
)
#: Capitalised plural demonyms ("Libyans", "Iraqis", "KOREANS"), not "ISIS".


#: The numbers of a date inside a toll phrase, which are no figure of its own ("the
#: number of victims from Friday March 27 2015 to Friday April 10 2015 has reached"): a
#: day after a word, with or without its year, or a year alone; or a day before its
#: month, or a time of day ("The reported fatality toll … as of 10 November at 14:00").
DATE_NUMBER = (
    r"(?:(?<=[A-Za-z]\s)[0-3]?\d(?:,?\s+(?:19|20)\d\d)?|\b(?:19|20)\d\d)(?![\d,.]\d|\w)"
    rf"|\b[0-3]?\d(?=\s+(?-i:{CAPITALISED_MONTH})\b)|\b[0-2]?\d:[0-5]\d\b"
)
#: Verbs of going beyond a mark ("exceeded 300", "topped 2,000", "has passed 1,000"), each
#: form: the figure after one is a floor, and a toll word before one makes the figure the
#: toll.
BEYOND_VERBS = (
    *("exceed", "exceeds", "exceeded", "exceeding", "surpass", "surpasses", "surpassed"),
    *("surpassing", "top", "tops", "topped", "topping", "passes", "passed", "passing"),
    # "Spain flood death toll crosses 200"
    *("crosses", "crossed", "crossing"),
)
#: Scare quotes around the force a "-strong" figure sizes: the opening mark before a
#: letter, the closing one right after the force noun.
_OPEN_QUOTE = r"[‘'\"“](?=[A-Za-z])"
_CLOSE_QUOTE = r"[’'\"”]"
#: Asides `Patterns.right_predicate_aside` allows before a figure's predicate: a dashed
#: one, one of up to nine words set off by commas, or the rest of a list the figure opens
#: (group `rest_of_list`: `figures` takes it only when the figure opens its clause); and
#: a subset partitive on a pronoun.
_PREDICATE_ASIDES = (
    r"(?:\s+[–—-]\s[^–—.;!?]{1,140}?\s[–—-])?"  # dashed (a spaced hyphen for a dash)
    # set off by commas ("The 276 girls, aged 11 to 18, were abducted", "At least four
    # people, including two girls under the age of five, were killed")
    r"(?:\s*,\s+(?:[a-z0-9][\w'’-]*\s+){0,8}?[a-z0-9][\w'’-]*,"
    # … or a relative clause ("While four terrorists, who carried out a Fidayeen attack
    # at the IAF base on Saturday, were killed")
    r"|\s*,\s+who\s+[^,.;:!?“”\"]{1,100}?,"
    # … or the rest of a list of the harmed that the figure opens ("Eight Afghan
    # policemen, a local municipal worker and the New Zealand soldier were all killed")
    r"|(?P<rest_of_list>\s*,\s+(?:an?|the|one|another)\s+(?:[\w'’-]+\s+){0,4}?and"
    r"\s+(?:an?|the|one|another|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+))?"
)
_PREDICATE_SUBSET = r"(?:\s*,?\s+(?:[a-z]+|\d+)\s+of\s+(?:them|whom)(?:\s+[a-z]+)?,?)?"
#: The first words of the captured terms that are no participle in "-ed" but are one
#: ("taken prisoner", "held hostage").
_HELD = frozenset(("taken", "held"))
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def ascii_lower(text: str) -> str:
    """Lower-cased text with the same offsets as `text`.

    Scanning lower-cased text with a case-sensitive pattern is about four times faster
    than scanning the original with re.IGNORECASE.  `str.lower` is fast but can lengthen
    a few characters ("İ"); then only A-Z are lowered, which keeps offsets."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text.translate(_ASCII_LOWER)


#: One of `_FOLD_SPECIAL_CHARACTERS`, which `lower_for_caseless` refuses.
_FOLD_SPECIALS = re.compile(f"[{_FOLD_SPECIAL_CHARACTERS}]")


def lower_for_caseless(text: str) -> str | None:
    """`text.lower()` for `Caseless` patterns, or None when `text` holds a character
    that re.IGNORECASE folds differently from `str.lower` (then the slower original
    pattern runs, so results never depend on the shortcut).

    `str.isascii` is a flag lookup, so ASCII text (none of those characters) skips the
    scan for them."""
    if text.isascii() or not _FOLD_SPECIALS.search(text):
        return text.lower()
    return None


class Caseless:
    """A case-insensitive pattern that runs case-sensitively on lower-cased text.

    re.IGNORECASE costs the regex engine a case fold per character and stops it from
    skipping ahead by first character, so the same pattern compiled without it and run
    on `text.lower()` is two to four times faster.  For a pattern without capitals,
    non-ASCII letters or inline flags, the two match at the same offsets on every text
    `lower_for_caseless` accepts (it rejects the four characters whose folding differs).
    Matched *text* then comes from the lower-cased string: callers take spans, not
    group text, where case matters.
    """

    __slots__ = ("_ignorecase", "lowercase")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        plain = re.sub(r"\\.|\(\?P<\w+>|\(\?P=\w+\)", "", pattern)
        if re.search(r"[A-Z]|\(\?[a-zA-Z-]+[:)]", plain) or any(
            char.isalpha() and not char.isascii() for char in plain
        ):
            raise ValueError(f"Caseless needs a pattern without capitals or flags: {pattern!r}")
        self.lowercase = re.compile(pattern, flags)
        self._ignorecase: re.Pattern[str] | None = None

    @property
    def ignorecase(self) -> re.Pattern[str]:
        """The pattern compiled with re.IGNORECASE, for text `lower_for_caseless` refuses.

        Compiled on first use: such text is rare (most processes never see it), and the
        compile of every Caseless pattern's second form was a tenth of the detector's
        set-up."""
        if self._ignorecase is None:
            lowercase = self.lowercase
            self._ignorecase = re.compile(lowercase.pattern, lowercase.flags | re.IGNORECASE)
        return self._ignorecase

    def on(self, text: str, lowered: str | None) -> tuple[re.Pattern[str], str]:
        """The compiled pattern and the string to run it on, for a caller that runs it
        many times on one text (`lowered`: from `lower_for_caseless(text)`)."""
        if lowered is None:
            return self.ignorecase, text
        return self.lowercase, lowered

    def search(
        self, text: str, lowered: str | None, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        """`search` on `lowered` (from `lower_for_caseless(text)`), or on `text`."""
        if lowered is None:
            return self.ignorecase.search(text, pos, endpos)
        return self.lowercase.search(lowered, pos, endpos)

    def match(
        self, text: str, lowered: str | None, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        """`match` on `lowered` (from `lower_for_caseless(text)`), or on `text`."""
        if lowered is None:
            return self.ignorecase.match(text, pos, endpos)
        return self.lowercase.match(lowered, pos, endpos)

    def finditer(
        self, text: str, lowered: str | None, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """`finditer` on `lowered` (from `lower_for_caseless(text)`), or on `text`."""
        if lowered is None:
            return self.ignorecase.finditer(text, pos, endpos)
        return self.lowercase.finditer(lowered, pos, endpos)


def word_regex(terms: Iterable[str]) -> re.Pattern[str]:
    """Whole-word search for any of the terms, in `ascii_lower`-ed text."""
    return re.compile(rf"{terms_pattern(terms, word_start=True)}(?![\w-])")


def in_title_case(words: list[str]) -> bool:
    """Whether no word is a lower-case one of more than three letters, as in a title
    ("Boston Marathon Bomber Apologizes to Survivors", "Let's Make a Deal")."""
    return not any(word[:1].islower() and len(word) > 3 for word in words)


def is_word_char(char: str) -> bool:
    """Whether `char` is one the regex `\\w` matches (a Unicode letter or digit, or
    "_"): one character test where a scan would otherwise call into the regex engine
    for a word boundary."""
    return char.isalnum() or char == "_"


def ascii_letters(text: str) -> bytes:
    """The text one byte a character, its ASCII letters kept and every other character a
    space: `split` yields its runs of ASCII letters, and offsets hold."""
    return text.encode("ascii", "replace").translate(_LETTERS_ONLY)


#: The leading ASCII letters of a lower-cased term ("cease" of "cease-fire"): where a
#: term can start in a text's runs of letters (`WordScan`, `positions._word_starts`).
LEADING_LETTERS = re.compile(r"[a-z]*")


def term_leads(terms: Iterable[str]) -> frozenset[bytes] | None:
    """The leading ASCII letters of each term, lower-cased, as the runs of
    `ascii_letters` they stand as when the term starts a word (`WordScan`), or None when
    a term starts with none."""
    leads = [LEADING_LETTERS.match(" ".join(term.split()).casefold()) for term in terms]
    if not all(lead and lead.group() for lead in leads):
        return None
    return frozenset(lead.group().encode() for lead in leads if lead)


class WordScan:
    """`pattern.finditer(lower)` as a list, for a pattern of whole terms on lower-cased
    text (`terms_pattern` with `word_start`, then a look-ahead that no word character
    follows a term), tried only where a term can start.

    Why: the pattern's word-start check comes first, so the regex engine enters it at
    every character of a sentence (about 60 ns each for the reporting verbs), while only
    a word or two of a sentence can start a term.  A match begins with the run of ASCII
    letters its term begins with ("said", "cease" of "cease-fire"), and the run cannot
    go on in the text: the word-start check rules out a letter before it, and after it
    comes the term's own next character, whitespace, or (at the term's end) no word
    character.  So a match starts only where a run of the text's letters *is* one of
    those leading runs; the runs are read with bytes methods, as in `sentence_cues`,
    and the pattern is matched at each such run, in order, from the end of the last
    match on: what `finditer` finds.  Terms that do not start with an ASCII letter
    leave the plain scan (`leads` None)."""

    __slots__ = ("leads", "pattern")

    def __init__(self, pattern: re.Pattern[str], terms: Iterable[str]) -> None:
        self.pattern = pattern
        self.leads = term_leads(terms)

    def matches(self, lower: str) -> list[re.Match[str]]:
        """`list(self.pattern.finditer(lower))`."""
        if self.leads is None:
            return list(self.pattern.finditer(lower))
        letters = ascii_letters(lower)
        return self.matches_in(lower, lower, letters, letters.split())

    def matches_in(
        self, text: str, lower: str, letters: bytes, runs: Iterable[bytes]
    ) -> list[re.Match[str]]:
        """`list(self.pattern.finditer(text))`, for the runs of letters of `lower`, read
        once by a caller that runs several scans on one sentence: `letters` is
        `ascii_letters(lower)`, `runs` its runs (`letters.split()`, or a set of them).

        `lower` is `text` lower-cased with its offsets; for a pattern that reads `text`
        with IGNORECASE branches it must come from `lower_for_caseless(text)`, so that a
        term those branches match in `text` stands in `lower` as the term's own
        lower-case letters."""
        if self.leads is None:
            return list(self.pattern.finditer(text))
        matches = []
        end = 0
        for at in _run_starts(self.leads, lower, letters, runs):
            if at >= end:
                match = self.pattern.match(text, at)
                if match is not None:
                    matches.append(match)
                    end = match.end()
        return matches

    def finds_in(self, text: str, lower: str, letters: bytes, runs: Iterable[bytes]) -> bool:
        """Whether `self.pattern.search(text)` finds a match (arguments as for
        `matches_in`): it stops at the first."""
        if self.leads is None:
            return self.pattern.search(text) is not None
        return any(
            self.pattern.match(text, at) is not None
            for at in _run_starts(self.leads, lower, letters, runs)
        )


def _run_starts(
    leads: frozenset[bytes], lower: str, letters: bytes, runs: Iterable[bytes]
) -> list[int]:
    """Where a whole run of `letters` (`ascii_letters(lower)`, whose runs are `runs`) is
    one of `leads`, in order: where a `WordScan` pattern may match."""
    found = leads.intersection(runs)
    if not found:
        return []  # the usual sentence: none of the terms' first words
    size = len(letters)
    starts = []
    for lead in found:
        word = lead.decode()
        at = lower.find(word)
        while at >= 0:
            after = at + len(word)
            # a whole run only (a run starting inside the found one has a letter
            # before it, so the search may go on after it)
            if (at == 0 or letters[at - 1] == 32) and (after == size or letters[after] == 32):
                starts.append(at)
            at = lower.find(word, after)
    starts.sort()
    return starts


#: Bits of a sentence's cue mask (see `sentence_cues`).
CUE_REPORTING = 1
CUE_STANCE = 2
CUE_MILITARY = 4
#: A force noun ("troops", "fighters", "battalion"): forces may be placed ("in Syria").
CUE_FORCE = 8
#: A modal a party's stated intent needs ("Iran would respond"; `positions._INTENT_LEAD`).
CUE_MODAL = 16
#: A word of the rarer signs of ground held or entered (`positions._GROUND_MARKED`).
CUE_GROUND_MARK = 32
#: A verb of telling or asking someone to act (`positions._TOLD_TO_ACT`).
CUE_TOLD = 64
#: A word of the rarer stance rules (arms or aid given, a stance in the passive, a party
#: kept from acting; `stances.sentence_stance`), which need no full stance reading.
CUE_SUPPORT = 128
#: A noun of a pact (`PACT_NOUNS`), which `stances.StancePatterns.pact` may find made.
CUE_PACT = 256
#: The nouns of a pact: the cue words of `CUE_PACT`.
PACT_NOUNS = ("deal", "agreement", "treaty", "pact", "accord", "ceasefire", "cease-fire", "truce")

#: A word token: a lower-case run, a capital and its lower-case run, or a run of
#: capitals not followed by a lower-case letter (the plain form is
#: `[A-Z]?[a-z]+|[A-Z]+(?![a-z])`).  Written to start with one character class, which
#: lets the regex engine skip to letters instead of trying both branches everywhere.
_TOKEN_RE = re.compile(r"[A-Za-z](?:(?<=[A-Z])(?:[a-z]+|[A-Z]*(?![a-z]))|(?<=[a-z])[a-z]*)")
#: Inflections added to stems such as "captur" so a word lookup finds every form.
_STEM_ENDINGS = ("", "e", "ed", "es", "ing", "s", "d", "ation", "ure", "ures", "ion")
#: The words before "warning" that make it the noun ("exploded without warning", "There
#: was no warning"): then it neither reports speech nor states a stance.
WARNING_AS_NOUN_BEFORE = re.compile(
    r"\b(?:without|no|little|any|advance|prior|issue|issues|issued|issuing)\s+$", re.IGNORECASE
)

#: How many characters before and after a cue `CueContext` reads.
CUE_WINDOW = 40

#: A blank line (perhaps with spaces on it): a paragraph's end, which no sentence, post
#: or figure runs across.
BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


@dataclass(frozen=True)
class CueContext:
    """Words right around a cue that undo it: no speech for a speech verb ("warning
    call"), no stance for a stance verb ("refused to comment").

    The cue is `word` itself, or any cue holding it when `within`. `before` is searched
    in the `CUE_WINDOW` characters before the cue (its patterns end at the window's
    end); `after` is matched at the start of those after it.  Either undoes the cue,
    or, when `together`, only both ("What the Numbers Say About …": a title's "What"
    before the verb and its topic after it)."""

    word: str
    before: re.Pattern[str] | None = None
    after: re.Pattern[str] | None = None
    within: bool = False
    together: bool = False

    def concerns(self, cue: str) -> bool:
        """Whether this context is about `cue`."""
        return self.word in cue if self.within else self.word == cue

    def holds(self, before: str, after: str) -> bool:
        """Whether it holds between the windows `before` and `after` the cue."""
        if self.together:
            return bool(
                self.before is not None
                and self.after is not None
                and self.after.match(after)
                and self.before.search(before)
            )
        return bool(
            (self.before is not None and self.before.search(before))
            or (self.after is not None and self.after.match(after))
        )


class CueContexts:
    """A family's `CueContext`s, sorted out per cue on the cue's first use: a sentence
    tries many cues, and most have no context at all."""

    def __init__(self, *contexts: CueContext) -> None:
        self._contexts = contexts
        self._by_cue: dict[str, tuple[CueContext, ...]] = {}

    def undo(self, cue: str, text: str, start: int, end: int) -> bool:
        """Whether a context undoes `cue`, found at text[start:end]."""
        found = self._by_cue.get(cue)
        if found is None:
            found = self._by_cue[cue] = tuple(c for c in self._contexts if c.concerns(cue))
        if not found:
            return False
        before = text[max(0, start - CUE_WINDOW) : start]
        after = text[end : end + CUE_WINDOW]
        return any(context.holds(before, after) for context in found)


#: A numbered list item's opening ("2. [Source]", "3) "), which no wrap puts at a
#: line's start.
_NUMBERED_ITEM = re.compile(r"\d{1,3}[.)] ")
#: A line that begins with one of these is a list item, heading or table row, never the
#: rest of a wrapped line.
_LINE_MARKERS = " \t#>|="


def opens_a_block(line: str) -> bool:
    """Whether a non-empty `line` opens a list item, heading, table row or numbered item
    (`_LINE_MARKERS`, `_NUMBERED_ITEM`), which no wrap puts at a line's start (the
    unwrapper's test, and a front matter's literal block's)."""
    return line[0] in _LINE_MARKERS or _NUMBERED_ITEM.match(line) is not None


#: A plea for help named as a noun ("whose calls for help were ignored", "despite
#: several calls for help", "The villagers' calls for help", a sentence's opening "Calls
#: for help went unanswered"): no party's demand, nothing said; an entry of both the
#: stance and the speech cue tables ("Ukraine called for help from its allies" stays
#: a demand).
CALLS_FOR_HELP = CueContext(
    "calls for",
    before=re.compile(
        r"(?:^|\b(?:whose|their|his|her|its|the|several|many|repeated|desperate|frantic"
        r"|urgent|despite|amid|after|ignoring|ignored)\s|['’]s?\s)\s*$",
        re.IGNORECASE,
    ),
    after=re.compile(r"\s+help\b"),
    within=True,
    together=True,
)

#: Force words the position rules know besides the vocabulary's force nouns.
_POSITION_FORCE_EXTRAS = (
    *("personnel", "units", "patrol", "defenders", "allies", "jets", "warships"),
    *("tanks", "armoured vehicles", "armored vehicles", "gunboats", "warplanes"),
    *("military vehicles", "fighting vehicles"),
    *("armored personnel carriers", "armoured personnel carriers"),
    *("tank convoy", "tank convoys", "tank column", "tank columns"),
    *("military convoy", "military convoys"),
    *("task force", "strike group"),
    # naval forces (guideline §3(a)1, deployments): a ship moves or stands as a force does
    *("frigate", "frigates", "destroyer", "destroyers", "warship", "cruisers"),
    *("aircraft carrier", "aircraft carriers", "submarines", "navy ships", "naval ships"),
    *("naval vessels", "corvettes", "minesweepers"),
    # the services themselves ("The Chinese navy has a base in Djibouti", "The navy is
    # blockading the port", "The air force moved jets to the border")
    *("navy", "air force"),
)


def position_force_words(vocabulary: Vocabulary, fighters: bool = True) -> tuple[str, ...]:
    """The words that name a force for the position rules: the vocabulary's force,
    formation and force-size nouns, with or without its fighter nouns ("militants in
    Syria" says who they are more than where), and armour, craft and task groups."""
    return (
        *vocabulary.force_nouns,
        *(vocabulary.fighter_nouns if fighters else ()),
        *vocabulary.formation_nouns,
        *vocabulary.force_size_nouns,
        *_POSITION_FORCE_EXTRAS,
    )


_MILITARY_STEMS = (
    "captur",
    "seiz",
    "liberat",
    "regain",
    "recaptur",
    "retak",
    "retaken",
    "retook",
    "overr",
    "overran",
    "overrun",
    "occup",
    "occupied",
    "annex",
    "evict",
    "conquer",
    "conquest",
    "reconquest",
    "invad",
    "base",
    "launch",
    "held",
    "controlled",
    "occupied",
    "control",
    "position",
    "positions",
    "assault",
    "push",
    "thrust",
    "advance",
    "operation",
    "took",
    "take",
    "hold",
    "lose",
    "lost",
    "losing",
    "retain",
    "offensive",
    "onslaught",
    "counteroffensive",
    "siege",
    "besieged",
    "stronghold",
    "strongholds",
    "strongpoint",
    "strongpoints",
    "bastion",
    "bastions",
    "front",
    "frontline",
    "fall",
    "gains",
    "patrol",
    "dug",
    "commingle",
    "encircled",
    "zone",
    "line",
    "hand",
    "handed",
    *("compound", "checkpoint", "camp", "post", "academy", "headquarters", "barracks"),
    *("garrison", "outpost", "handover"),
    # the less common military nouns and named moves of `positions` (`_PRESENCE`,
    # `_MOVE_TO_PLACE`): "military presence", "began its assault", "the move to the border"
    *("presence", "exercise", "exercises", "buildup", "build", "combat", "assault"),
    *("campaign", "move", "patrols", "withdrawal", "operating", "active", "bid", "attempt"),
    # sites set up and ground changing hands (`positions._SITE_ESTABLISHED`,
    # `_GROUND_CHANGE`): "establishing command centres", "expanding into", "forced … from"
    *("establish", "expand", "forced", "forcing"),
    # ground changing hands (`positions._STRONG`), a party driven off it and a place
    # reached (`positions._GROUND_MARKED`)
    *("hands", "drove", "driven", "chased", "ousted", "reached", "reach", "reaching"),
)
#: Military cue words taken as they are, without `_STEM_ENDINGS` ("losses" is no cue):
#: ground shared out or lost, and a group's capital (`positions._GROUND_OF_FORCES`,
#: `_STRONG`): "split between government forces and …", "the loss of the town", "its
#: de facto capital", and "overrunning" (doubled n).
_MILITARY_WORDS = (
    *("split", "divided", "loss", "facto", "overrunning", "spearheaded", "present"),
    *("flag", "flags", "comb", "combing", "combed", "foothold", "footholds", "bridgehead"),
    *("waged", "territorial", "patrolled", "patrolling"),
    # "troop concentrations near the front" (`positions._STRONG`)
    *("concentration", "concentrations"),
    # posts named like positions (`positions._named_position`), and ground taken
    *("hideout", "hideouts", "posts", "centers", "centres", "taking"),
    "rule",  # "under Taliban rule" (`positions._CONTROL_MODIFIER`)
    *("takeover", "takeovers", "take-over", "take-overs"),  # "its takeover of Sinjar"
    "fight",  # "have left to fight with Islamic State … in Syria and Iraq"
    "heartland",  # "the heartland of Boko Haram" (`positions._party_heartland`)
    "staging",  # "using the valley as a staging post" (`positions._STRONG`)
    *("blockade", "blockades", "blockaded"),  # "the regime's blockade of the roads"
    # "its military intervention in Yemen" (`positions._INTERVENTION_IN`)
    *("intervention", "interventions"),
    "grip",  # "tightened their grip on the city" (`positions._PositionPatterns.grip_on`)
    # "The U.S. base is strategically located near the borders" (`positions._BASE_LOCATED`)
    *("located", "situated"),
)
#: The words `positions._GROUND_MARKED` starts from, in every form the text may use (its
#: cue bit, and `positions._may_mark_ground`).
GROUND_MARK_CUES = (
    *("drove", "driven", "chased", "ousted", "reach", "reached", "reaches", "reaching"),
    *("advances", "flag", "flags", "comb", "combs", "combed", "combing", "patrolled"),
    *("patrolling", "waged", "position", "positions", "pushed", "pushing", "swathes"),
    *("swathe", "bay", "surrounded", "spread", "join"),
)
#: Ground named by the party holding it ("rebel territory", `positions._PARTY_TERRITORY`).
_GROUND_WORDS = ("territory", "territories", "enclave", "enclaves")
#: Force words of the position rules' own (`positions._FORCE_AT_FRONTIER`): one soldier
#: or tank can stand at a border.
_SINGLE_FORCE_WORDS = (
    *("soldier", "tank", "serviceman", "commanders", "artillery", "militiaman", "fighter"),
    "troop",  # "troop levels" (`positions._FORCE_KEPT`)
)


#: Words too common to stand for a cue term that holds a rarer one ("have" of "have to
#: stop", "must" of "must stop").
_COMMON_WORDS = frozenset(
    (
        *("have", "has", "had", "will", "would", "shall", "can", "could", "should", "must"),
        *("not", "to", "for", "of", "the", "a", "an", "and", "or", "be", "been", "is", "are"),
        *("was", "were", "in", "on", "at", "by", "from", "with", "that", "this", "it", "its"),
        *("their", "his", "her", "we", "i", "they", "he", "she", "no", "up", "out"),
        # "rally around" stands for itself by "rally", not by every place "around" a town
        "around",
    )
)


def _cue_token(term: str) -> str:
    """The token of a cue term that stands for it in `sentence_cues`: its longest token
    that is not a common word (or its longest, when all are), as the tokens of a
    sentence are split ("cease-fire" gives "cease" and "fire")."""
    tokens = [token for word in term.casefold().split() for token in _TOKEN_RE.findall(word)]
    rarer = [token for token in tokens if token not in _COMMON_WORDS] or tokens
    return max(rarer, key=len) if rarer else ""


def _keyword_masks(vocabulary: Vocabulary) -> dict[str, int]:
    """One token of every cue term (and inflected military stems) -> cue bits.

    A sentence holding a term holds each of its tokens, so any one of them can stand
    for it; the longest uncommon one is the rarest, where the first ("will" of "will
    leave", "have" of "have to stop") would mark nearly every sentence."""
    masks: dict[str, int] = {}

    def add(words: Iterable[str], bit: int) -> None:
        for word in words:
            token = _cue_token(word)
            if token:
                masks[token] = masks.get(token, 0) | bit

    add(vocabulary.reporting_verbs, CUE_REPORTING)
    stance_extras = (
        *("accuses", "accused", "accusing", "urge", "urges", "urged", "urging"),
        *("ask", "asks", "asked", "press", "presses", "pressed", "pressing"),
        *("pressure", "pressures", "pressured", "pressuring"),
        *("blame", "blames", "blamed", "blaming"),
        # stances named by a noun ("Colombia's request to …")
        *("request", "requests", "proposal", "ultimatum", "refusal", "decision", "threat"),
        *("plan", "plans", "planned", "planning", "desire", "aim", "goal", "intention"),
        *("strategy", "commitment", "rejection", "condemnation", "acceptance"),
        *("endorsement", "abstention", "insistence", "announcement"),
        # envoys expelled or summoned, alliances and pacts left (`stances._stance`)
        *("envoy", "envoys", "diplomat", "expelled", "expels", "summoned", "summons"),
        *("quit", "quits", "exited", "withdrawn", "withdrawing", "participation"),
        *("alliance", "bloc", "pact", "union"),
        # an armed party funded, sheltered or trained (`stances._backed_party`)
        *("fund", "funds", "funded", "funding", "finances", "financed", "financing"),
        *("bankroll", "bankrolls", "bankrolled", "bankrolling", "shelters", "sheltered"),
        *("sheltering", "harbours", "harbors", "harboured", "harbored", "harbouring"),
        *("harboring", "trains", "trained", "training"),
        # help given to a named party ("Russia helped Damascus regain territory")
        *("help", "helps", "helped", "helping"),
        *("order", "orders", "ordered", "ordering"),
    )
    add((*vocabulary.stance_verbs, *stance_extras), CUE_STANCE)
    # arms handed between parties, where the weapon is the rarer word of the two, help
    # given, a stance in the passive, a party kept from acting (`stances.StancePatterns`)
    support_words = (*vocabulary.weapon_nouns, *vocabulary.aid_nouns)
    add(
        (*support_words, *vocabulary.passive_stance_verbs, *vocabulary.prevention_verbs),
        CUE_SUPPORT,
    )
    # a pact made (`stances.StancePatterns.pact`)
    add((*PACT_NOUNS, *(f"{noun}s" for noun in PACT_NOUNS), "treaties"), CUE_PACT)
    add(vocabulary.movement_verbs + vocabulary.control_verbs, CUE_MILITARY)
    add(("fell", "falls", "fallen", "falling", "taken"), CUE_MILITARY)  # "fell to", "was taken"
    add(("secure", "secures", "secured", "securing"), CUE_MILITARY)  # "secured the airfield"
    # a named armed group is a force for the rules that take a party ("Hezbollah governs
    # southern Lebanon": `positions._PositionPatterns.party_rules`)
    add(
        (*position_force_words(vocabulary), *_SINGLE_FORCE_WORDS, *vocabulary.armed_group_names),
        CUE_FORCE,
    )
    add((stem + ending for stem in _MILITARY_STEMS for ending in _STEM_ENDINGS), CUE_MILITARY)
    add(_MILITARY_WORDS, CUE_MILITARY)
    add(_GROUND_WORDS, CUE_MILITARY)
    add(("will", "would", "shall", "can", "going"), CUE_MODAL)
    add(GROUND_MARK_CUES, CUE_GROUND_MARK)
    add(("told", "tells", "asked", "asks", "instructed"), CUE_TOLD)
    return masks


def sentence_cues(text: str, sentences: list[tuple[int, int]], patterns: "Patterns") -> list[int]:
    """For each sentence, the bits of the cue families whose words occur in it.

    One pass of word lookups over the text replaces a regular-expression scan per cue
    family; rules then run only on sentences that can possibly match.

    The words are split by bytes methods, several times faster than `_TOKEN_RE`: in
    `text.encode("ascii", "replace")` every character is one byte (a "?" when not
    ASCII), so offsets are kept, and with every byte but an ASCII letter made a space
    `split` yields the runs of letters.  A run is a single `_TOKEN_RE` token unless its
    case changes inside it ("McCain", "ISISfighters": a lower-case letter then a capital,
    or two capitals then a lower-case letter); a sentence holding such a run is
    tokenised by the pattern, as before.
    """
    raw = text.encode("ascii", "replace")
    letters = raw.translate(_LETTERS_ONLY)
    cases = raw.translate(_LETTER_CASES)
    mixed = _TOKEN_SPLIT.search(cases) is not None
    byte_forms = patterns.keyword_byte_forms
    byte_words = patterns.keyword_byte_form_set
    cues = []
    for start, end in sentences:
        bits = 0
        if mixed and _TOKEN_SPLIT.search(cases[start:end]):
            forms = patterns.keyword_forms
            for word in patterns.keyword_form_set.intersection(_TOKEN_RE.findall(text, start, end)):
                bits |= forms[word]
        else:
            for run in byte_words.intersection(letters[start:end].split()):
                bits |= byte_forms[run]
        cues.append(bits)
    return cues


#: For `sentence_cues`: ASCII letters kept, every other byte a space (for `split`).
_LETTERS_ONLY = bytes(
    byte if chr(byte) in string.ascii_letters else ord(" ") for byte in range(256)
)
#: ASCII letters as "a" (lower case) or "A" (capital), every other byte a space.
_LETTER_CASES = bytes(
    ord("a")
    if chr(byte) in string.ascii_lowercase
    else ord("A")
    if chr(byte) in string.ascii_uppercase
    else ord(" ")
    for byte in range(256)
)


def letter_cases(text: str) -> bytes:
    """One byte per character of `text`: "a" for an ASCII lower-case letter, "A" for an
    ASCII capital, a space for anything else.  `LOWER_THEN_CAPITAL` finds a change of
    case in it several times faster than a pattern such as `[a-z][A-Z]` in the text,
    which the regex engine tries at every letter."""
    return text.encode("ascii", "replace").translate(_LETTER_CASES)


#: In `letter_cases` bytes: a capital after a lower-case letter ("aA").  The pattern
#: starts with the capital, a literal the regex engine skips to fast (faster than a
#: bytes search for "aA", which steps along the "a" of nearly every letter).
LOWER_THEN_CAPITAL = re.compile(rb"A(?<=aA)")
#: The same, or two capitals before a lower-case letter ("AAa"): where `_TOKEN_RE` splits
#: a run of letters.
_TOKEN_SPLIT = re.compile(rb"A(?:(?<=aA)|(?<=AA)(?=a))")


def written_forms(word: str) -> tuple[str, str, str]:
    """A lower-case word as it is written in running text, in a title-case and in an
    all-capitals headline ("said", "Said", "SAID")."""
    return (word, word.capitalize(), word.upper())


def _keyword_forms(masks: dict[str, int]) -> dict[str, int]:
    """The cue bits of every form a token of a keyword can take ("said", "Said",
    "SAID"), so tokens are looked up as they are, without lower-casing each one.
    Keywords are lower-case ASCII words, and a token is lower-case, capitalised or
    upper-case, so a token is one of these forms exactly when its lower case is a key."""
    forms: dict[str, int] = {}
    for word, bits in masks.items():
        for form in written_forms(word):
            forms[form] = bits
    return forms


@dataclass(frozen=True, eq=False)
class Patterns:
    """Everything the rules need from one vocabulary, compiled.  Compared by identity
    (there is one per vocabulary), so the other modules can cache what they derive
    from it without hashing the whole vocabulary on every text."""

    vocabulary: Vocabulary
    #: Noun phrase after a figure: optional partitive "of (the)", modifiers, head noun.
    head: re.Pattern[str]
    #: "-strong force" after a figure.
    strong_force: re.Pattern[str]
    #: Active casualty verb right before a figure ("killed", "injured another").
    left_verb: re.Pattern[str]
    #: Every word of the left-verb terms, to skip the pattern when none is near.
    left_verb_words: frozenset[str]
    #: "death toll … rose to" right before a figure (and a cheap test for its words).
    toll: re.Pattern[str]
    #: The toll words anywhere before a figure that ends its sentence (a headline).
    toll_bare: re.Pattern[str]
    toll_hint: re.Pattern[str]
    #: The first words of the toll terms (`holds_any` on lower-cased text): `toll_hint`
    #: can only match where the lower-cased text holds one (None when one is not ASCII).
    toll_first_words: tuple[str, ...] | None
    #: Casualty predicate after a figure's noun phrase ("… were killed").
    right_predicate: re.Pattern[str]
    #: The same with an aside or a subset between the two.
    right_predicate_aside: re.Pattern[str]
    #: A word of each term the two patterns' predicate can be, found in `ascii_letters`
    #: bytes (`run_scan`): neither pattern can match where none follows.
    predicate_scan: re.Pattern[bytes] | None
    #: People moved to a place of treatment right after a figure's noun phrase ("… were
    #: rushed to hospital", "… were allowed home after treatment"): the wounded.
    sent_for_treatment: re.Pattern[str]
    #: "an army of", "a force of" right before a figure: a bare figure is troops; also
    #: the force noun alone (no "of" group) before a bounded figure ("a force below").
    force_of: re.Pattern[str]
    #: The of-phrase after "members" that names a force ("of the residual force").
    members_of_force: re.Pattern[str]
    #: Verb that makes a counted group join a force.
    recruit: re.Pattern[str]
    #: Casualty type by predicate word (casefolded) and head-noun word lists.
    casualty_words: dict[str, str]
    force_heads: re.Pattern[str]
    fighter_heads: re.Pattern[str]
    police_heads: re.Pattern[str]
    formation_heads: re.Pattern[str]
    casualty_heads: re.Pattern[str]
    captive_heads: re.Pattern[str]
    force_context: re.Pattern[str]
    #: A non-state armed group named anywhere in a window ("the rebels", "militants"):
    #: the fighters a bare figure may number (`word_regex` of the fighter nouns).
    fighter_context: re.Pattern[str]
    #: Cue word -> cue bits, for `sentence_cues`.
    keyword_masks: dict[str, int]
    #: The same for each form a token of a cue word can take, and those forms as a set.
    keyword_forms: dict[str, int]
    keyword_form_set: frozenset[str]
    #: The same forms as ASCII bytes, for the bytes runs `sentence_cues` looks up.
    keyword_byte_forms: dict[bytes, int]
    keyword_byte_form_set: frozenset[bytes]


#: A run of ASCII letters.
_LETTER_RUN = re.compile("[a-z]+")


def run_keys(terms: Iterable[str]) -> list[str] | None:
    """The longest run of ASCII letters of each term as `terms_pattern` folds it ("killed"
    of "killed in action"), or None when a term has none.

    Why: where a term matches a lower-cased text, each of its runs of letters is a whole
    run of the text's `ascii_letters` (what borders a run inside the term is matched as
    it is, whitespace or punctuation, and a term starts after whitespace and ends before
    no word character in the patterns that use this), so a text whose runs hold no key of
    a term after some offset holds no match of the term after it either."""
    keys = []
    for term in terms:
        runs = _LETTER_RUN.findall(" ".join(term.split()).casefold())
        if not runs:
            return None
        keys.append(max(runs, key=len))
    return keys


def run_scan(terms: Iterable[str]) -> re.Pattern[bytes] | None:
    """A search in `ascii_letters` bytes for the space before a whole run that is one of
    the terms' `run_keys` (None when a term has none): from an offset before a term's
    match it finds one, since the run its key is (after whitespace or punctuation, which
    those bytes hold as spaces) starts after that offset.  It starts with a literal
    space, which the regex engine skips to, and the trie's branches start with literals."""
    keys = run_keys(terms)
    if keys is None:
        return None
    return re.compile(rf" {terms_pattern(keys, fold=False)}(?![a-z])".encode("ascii"))


def suffix_pattern(terms: Iterable[str]) -> re.Pattern[str]:
    """Matches when a span ends with one of the terms."""
    return re.compile(rf"(?<![\w-])(?:{terms_pattern(terms)})$", re.IGNORECASE)


def _first_words(terms: Iterable[str]) -> tuple[str, ...] | None:
    """The first words of the terms as `terms_pattern` folds them, for `holds_any`, or
    None when one is not ASCII.  An ASCII word found in `ascii_lower`-ed text is also at
    the same offsets in `str.lower()` of the whole text (when that keeps its length),
    which makes this a cheap test per sentence."""
    words = [" ".join(t.split()).casefold().split(" ")[0] for t in terms]
    return fewest_substrings(words) if all(word.isascii() for word in words) else None


@lru_cache(maxsize=16)
def compile_patterns(vocabulary: Vocabulary) -> Patterns:
    """Compile all patterns for a vocabulary (cached)."""
    v = vocabulary
    heads = terms_pattern(
        v.force_nouns
        + v.fighter_nouns
        + v.police_nouns
        + v.personnel_nouns
        + v.formation_nouns
        + v.people_nouns
        + v.casualty_nouns
        + v.captive_nouns,
        cased_branches=True,
    )
    # "80 armoured personnel carriers", "30 tanks personnel vehicles" count vehicles
    head_alt = rf"(?:{heads}|{_DEMONYM})(?![\w-])(?!\s+(?:carriers?|vehicles?)\b)"
    head = re.compile(
        rf"""(?P<of>\s+of(?:\s+(?:the|those|these|its|their|our|his|her|your|my))?)?
        (?P<mods>(?:\s+(?:mostly|mainly|largely|chiefly|primarily|predominantly))?
          (?:\s+{_MOD}){{0,4}}(?:\s+and\s+(?-i:[A-Z])[\w’'.-]*|(?<![sS])\s+(?:and|or(?!\s+(?:fewer|less|more|so)\b))\s+{_MOD}(?=\s+{head_alt}))?
          # a coordinated modifier ("Afghan and NATO soldiers", "nine police or military
          # officers"); a bracketed one ("23 ISIS (Daesh) militants", "120 Daesh (banned
          # in Russia) militants", "22 Red Crescent [SARC] volunteers")
          (?:\s+(?:\([^()\d]{{1,30}}\)|\[[^\[\]\d]{{1,30}}\])(?=\s+{head_alt}))?)
        \s+(?P<head>{head_alt})
        # (not a second harm's object: "killed hundreds of partygoers and kidnapping
        # others"; nor "dead", the predicate after the second noun: "left at least 13
        # peacekeepers and foreign soldiers dead")
        (?P<coord>\s+and\s+{_NO_HARM_GERUND}(?:{_MOD}\s+){{0,2}}(?!dead(?![\w-])){head_alt})?""",
        re.IGNORECASE | re.VERBOSE,
    )
    strong_force = re.compile(
        # "a 3,000-strong force", "a 30,000-man Border Security Force", "a
        # 10,000-member force", "a 2,000-troop contingent", "a 500-person unit"
        # … also in scare quotes: "a 150-strong 'private army'"
        rf"-(?:strong|man|member|person|troop|soldier)\s+(?P<quote>{_OPEN_QUOTE})?(?:{_MOD}\s+){{0,2}}?"
        rf"{terms_pattern(v.force_size_nouns)}(?![\w-])(?(quote){_CLOSE_QUOTE})",
        re.IGNORECASE,
    )
    casualty_words: dict[str, str] = {}
    for casualty_type, terms in v.casualty_type_lists():
        for term in terms:
            casualty_words.setdefault(" ".join(term.casefold().split()), casualty_type.value)
    # "Tens of civilians … were also among the casualties": a casualty noun is the
    # predicate after "among the" only (before a figure it is a head: "15,000 casualties").
    for noun in v.casualty_nouns:
        casualty_words.setdefault(" ".join(noun.casefold().split()), CasualtyType.CASUALTIES.value)
    among_casualties = rf"(?<=among\sthe\s){terms_pattern(v.casualty_nouns)}"
    predicate_terms = [t for _, terms in v.casualty_type_lists() for t in terms]
    predicate = terms_pattern(predicate_terms)
    # The second harm of a pair ("killed or wounded", "killed or captured", "wounded or
    # missing"): of the captured terms only the participles, so that "were killed and
    # hostages were taken" pairs nothing.
    second_harm = terms_pattern(
        (
            *v.wounded_terms,
            *v.missing_terms,
            *(t for t in v.captured_terms if t.split()[0].endswith("ed") or t.split()[0] in _HELD),
        )
    )
    # … or the last two of three ("killed, wounded or captured")
    second_harms = rf"(?:,\s+{second_harm})?,?\s+(?:or|and)\s+{second_harm}(?![\w-])"
    # After a figure, the participles of killing too: the fate of the captured ("were
    # abducted, murdered, and buried"), not a verb with an object of its own ("took 1,500
    # soldiers prisoner and killed hundreds more"); "buried" not under something, where
    # the wounded may be too ("were wounded and buried under rubble")
    killed_after = terms_pattern(
        t for t in v.killed_terms if " " not in t and t.endswith("ed") and t != "buried"
    )
    second_harm_after = (
        rf"(?:{second_harm}|(?:{killed_after}|buried(?!\s+(?:under|beneath)\b))(?![\w-])"
        rf"{_AFTER_SECOND_KILLING})"
    )
    second_harms_after = (
        rf"(?:,\s+{second_harm_after})?,?\s+(?:or|and)\s+"
        rf"(?:{SECOND_HARM_TIMES}\s+)?{second_harm_after}(?![\w-])"
    )
    left_verb = re.compile(
        rf"(?<![\w-])(?P<verb>{predicate}|{terms_pattern(v.loss_verbs)})"
        rf"(?P<second>{second_harms})?"
        # whom a loss cost them: "cost Moscow about 15,000 soldiers", "cost the army 300 men"
        # (no preposition, qualifier or currency: "the cost of the two deployments", "cost
        # GBP 13.8 million")
        rf"(?:(?<=cost)\s+(?:the\s+)?(?!(?:the|a|an|its|their|his|her|our|all|about|some"
        rf"|nearly|almost|around|over|more|at|up|as|roughly|of|for|in|to|by|on|per|under"
        rf"|gbp|usd|eur|us|dollars?|pounds?|euros?|rupees?|yuan|roubles?|rubles?)\b)[\w'’-]+)?"
        # "killed a family of five": the family's members are the figure's count
        # … or of the ones they had ("killed its 25 crew members", "lost their 12 sons")
        # … or the rest of a group ("injured the other three")
        rf"(?:\s+(?:a\s+total\s+of|the\s+lives\s+of|the(?:\s+other)?|its|their|his|her|our"
        rf"|all(?:\s+the)?"
        rf"|(?:an?|the|his|her|their)\s+(?:entire\s+|whole\s+)?family\s+of"
        # how sure the count is: "killing probably hundreds of thousands of them"
        rf"|probably|possibly|perhaps|reportedly|allegedly|apparently|likely|maybe))?\s+$",
        re.IGNORECASE,
    )
    toll = re.compile(
        rf"(?<![\w-]){terms_pattern(v.toll_words)}(?![\w-])(?:[^.;!?\d]|{DATE_NUMBER}){{0,160}}?"
        r"(?:\bto|\bof|\bat|\breached|\bhit|\bstands\s+at|\bstood\s+at|\bput\s+at"
        # a toll past a mark: "the death toll exceeded 300 on Friday", "passed 1,000"
        rf"|\b(?:{terms_pattern(BEYOND_VERBS)}))\s+$",
        re.IGNORECASE,
    )
    toll_bare = re.compile(
        rf"(?<![\w-]){terms_pattern(v.toll_words)}(?![\w-])[^.;!?\d]{{0,80}}?\s+$",
        re.IGNORECASE,
    )

    def right_predicate_pattern(asides: str, subset: str) -> re.Pattern[str]:
        return re.compile(
            rf"""(?:\s*,)?
            (?P<pp>\s+(?:of|from|in|on|inside|outside|near|at|like|aboard|along|across|throughout)\s+
              (?:(?!\b(?:said|says|told|that|who|which|while|when|after|where|whose)\b)
                 (?:[^,.;:!?“”"\d]|(?<![\w])\d{{1,3}}(?:st|nd|rd|th)\b|\s\.\.\.(?=\s)|…)){{1,80}}?)?
            # "and a driver", "and a civilian interpreter were killed": one more person
            # … not a count, which has its own phrase ("three gendarmes and twenty wounded";
            # "and one were wounded" is the person, "and scores", "and tens of …" counts)
            (?:\s+(?:and|with)\s+(?:(?:the|a|an|his|her|their|its|no)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?
                                   |(?!(?:{_COUNT_WORDS_ABOVE_ONE}|scores|tens)\b)[a-z][\w-]*))?
            {asides}
            (?:\s*,?\s+including\s+(?:(?:an?|one)\s+)?[\w-]+(?:\s+[a-z][\w-]*)?
              (?:\s+and\s+(?:an?\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?,?)?
            {subset}
            (?:(?(pp)(?!\s+(?:who|that|which)\s+(?:have|has|had)\b))\s+(?:who|that|which))?
            (?:\s+(?:have|has|had|were|was|are|is|been|being|getting|got|also|all|later|lay|lie|lies|
                 # "may have died", "could have been killed": a death reported as likely
                 # (not the month after a day: "since 21 may have killed", lower-cased)
                 (?<!\d\s)(?:may|might|could|must)(?=\s+have\b)|
                 # "were found dead", "have been found shot dead"
                 found(?=\s+(?:dead|killed|murdered|slain|shot|stabbed|beheaded|executed)\b)|
                 remain|remains|remained|still|went|go|gone|listed\s+as|reported\s+as|either|
                 # registered or listed with their harm: "has registered 2,300 people as missing"
                 as(?=\s+(?:missing|dead|killed|wounded|injured|captured)\b)|
                 reported|feared|believed|thought|said|understood|presumed|
                 known|confirmed|now|already|left|suffered|sustained|suffering|sustaining|
                 # injuries of some degree: "received various degrees of injuries"
                 (?:various|varying|different|differing)\s+degrees\s+of(?=\s+(?:injuries|injury|wounds)\b)|
                 serious|minor|critical|severe|gunshot|shrapnel|life-threatening|
                 # "suffered traumatic brain injuries", "were diagnosed with head injuries"
                 traumatic|brain|head|multiple|internal|moderate|light|blast|bullet|
                 diagnosed\s+with(?=\s+(?:[\w-]+\s+){{0,3}}?(?:injuries|wounds|concussions)\b)|
                 non-life-threatening|non\s+life-threatening|
                 # "received non-life-threatening injuries", not "received wounded patients"
                 receiv(?:ed|ing)(?=\s+(?:[\w-]+\s+){{0,3}}?(?:injuries|wounds)\b)|
                 then|since|to\s+have|to\s+be|among\s+those|among\s+the|among|
                 # fates the guideline does not count before one it does: "were arrested
                 # and executed", "were arrested, tortured and killed", "were detained and
                 # later shot dead", "were arrested and summarily executed" … or a
                 # shooting before its end ("were shot or crushed to death"); the last a
                 # participle (not "were arrested and killings continued")
                 (?:(?:{_UNCOUNTED_FATES},\s+)*{_UNCOUNTED_FATES},?\s+and
                   |shot,?\s+(?:and|or))
                 (?=\s+(?:{SECOND_HARM_TIMES}\s+)?(?:[a-z]+ly\s+)?(?=[a-z]+(?:ed|ain|ot|nt)\b)
                    (?:{predicate})(?![\w-]))|
                 # the group named before its harm: "were among the soldiers wounded"
                 (?<=\bamong\sthe\s)[a-z][\w-]*(?=\s+(?:killed|wounded|injured|dead|hurt|missing)\b)|
                 # any adverb of manner, time or likelihood: "were brutally massacred", "had
                 # been systematically abducted", "were reportedly killed", "were forcibly
                 # disappeared", "were critically wounded"; not a medical evacuation, which
                 # moves the wounded ("eight of them were medically evacuated"), not a harm
                 # itself ("were fatally wounded"), and not one that undoes it ("were nearly
                 # killed", "were wrongly reported killed")
                 (?!{_NOT_MANNER_ADVERBS}\b)[a-z]{{2,}}ly|
                 # where or in all: "over 60 million people worldwide were displaced"
                 worldwide|nationwide|globally|altogether))*
            # not the harm of those the head's phrase says the people are from ("12
            # children from those displaced … were killed"): the predicate comes later
            \s+(?<!\bfrom\sthose\s)(?<!\bof\sthose\s)
            # (not a harm the people do to an object: "two gunmen kill 5 villagers", a
            # headline's present; "three soldiers kill in ambush", broken english for the
            # passive, is still theirs. all lower case: a capital in this comment would
            # keep the pattern from its caseless form)
            (?!{terms_pattern(_HARMS_DONE)}\s+(?!{_NO_OBJECT_AFTER_HARM}\b)[\w$£€"“‘'])
            (?P<pred>{predicate}|{among_casualties})(?![\w-])
            (?P<second>{second_harms_after})?""",
            re.IGNORECASE | re.VERBOSE,
        )

    right_predicate = right_predicate_pattern("", "")
    # The same with asides between the figure and its predicate ("41 Palestinians – nearly
    # half of them civilians – had been killed", "Five children, neighbours of the family,
    # were treated", "Three people two of them children died"): tried only where the
    # plain form fails and a comma or dash follows (`figures._may_hold_an_aside`).
    right_predicate_aside = right_predicate_pattern(_PREDICATE_ASIDES, _PREDICATE_SUBSET)
    sent_for_treatment = re.compile(
        r"\s+(?:were|was|are|is|have\s+been|had\s+been|being)"
        r"\s+(?:(?:later|then|also|all|immediately|subsequently|quickly)\s+)?"
        r"(?:taken|rushed|brought|transferred|evacuated|airlifted|flown|sent|moved"
        r"|allowed\s+home|discharged|released)\b[^.;:!?\d]{0,40}?"
        r"\b(?:to|in|at|from|for|after)\s+"
        # "a nearby hospital", "the city's main hospital", "Kabul hospitals", "other
        # facilities for treatment"; not a verb after "to" ("sent to guard hospitals")
        r"(?:(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?|(?:(?:(?-i:[A-Z])[\w'’-]*|nearby|local|other"
        r"|military|field|several|various|different)\s+)?)"
        rf"{terms_pattern(v.treatment_places)}(?![\w-])",
        re.IGNORECASE,
    )
    force_of = re.compile(
        rf"(?<![\w-]){terms_pattern(v.force_size_nouns)}\s+(?P<of>of\s+)?$", re.IGNORECASE
    )
    # the words before the force noun stay in the of-phrase: no clause word among them
    # ("members of Congress objected that cutting troops …" names no force)
    members_of_force = re.compile(
        r"\s+of\s+(?:(?:the|a|an|its|their|his|her)\s+)?"
        r"(?:(?!(?:that|which|who|whom|whose|to|and|or|but|than|if|when|while|because|was"
        r"|were|is|are|has|have|had|will|would|should|could|did|does|do)\s)[\w'’.-]+\s+){0,4}?"
        rf"(?P<force>{terms_pattern(v.force_size_nouns)})(?![\w-])",
        re.IGNORECASE,
    )
    masks = _keyword_masks(v)
    forms = _keyword_forms(masks)
    byte_forms = {form.encode("ascii"): bits for form, bits in forms.items()}
    return Patterns(
        vocabulary=v,
        head=head,
        strong_force=strong_force,
        left_verb=left_verb,
        left_verb_words=frozenset(
            word.casefold() for term in (*predicate_terms, *v.loss_verbs) for word in term.split()
        ),
        toll=toll,
        toll_bare=toll_bare,
        toll_hint=word_regex(v.toll_words),
        toll_first_words=_first_words(v.toll_words),
        right_predicate=right_predicate,
        right_predicate_aside=right_predicate_aside,
        predicate_scan=run_scan((*predicate_terms, *v.casualty_nouns)),
        sent_for_treatment=sent_for_treatment,
        force_of=force_of,
        members_of_force=members_of_force,
        recruit=word_regex(v.recruit_verbs),
        casualty_words=casualty_words,
        force_heads=suffix_pattern(v.force_nouns),
        fighter_heads=suffix_pattern(v.fighter_nouns),
        police_heads=suffix_pattern(v.police_nouns),
        formation_heads=suffix_pattern(v.formation_nouns),
        casualty_heads=suffix_pattern(v.casualty_nouns),
        captive_heads=suffix_pattern(v.captive_nouns),
        keyword_masks=masks,
        keyword_forms=forms,
        keyword_form_set=frozenset(forms),
        keyword_byte_forms=byte_forms,
        keyword_byte_form_set=frozenset(byte_forms),
        force_context=word_regex(
            (*v.force_size_nouns, *v.force_nouns, "military", "armed forces", "troop")
        ),
        fighter_context=word_regex(v.fighter_nouns),
    )
