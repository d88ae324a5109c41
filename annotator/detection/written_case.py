"""A text set all in capitals read in the case English writes it ("GUERRILLAS ATTACKED
THE 1ST INFANTRY BRIGADE, COL. RENE EMILIO PONCE SAID" as "Guerrillas attacked the 1st
infantry brigade, Col. Rene Emilio Ponce said"), so that names stand out from the words
around them.

Teletype wire copy, monitoring services' transcripts and the research corpora built
from them are written wholly in capitals.  The rules tell a name by its capital (a
speaker, a place held, a person killed), and in such a text every word has one.  A
headline in capitals is read with the forms its body uses (`reading`); a text with no
body in lower case has none, so each word's case comes from a dictionary instead: a word
English writes in lower case is read so, a word it writes with a capital ("Paris",
"Monday") or does not know (most names: "Ponce", "Amilcar") is read with one, and a
short unknown word is an acronym ("FMLN", "EFE").  The dictionary is Webster's Second
(`english-words`' "web2" list, in the public domain), whose headwords carry no
inflections, so a word's plain form is looked up too ("soldiers", "killed").
"""

import re
from functools import lru_cache

from english_words import get_english_words_set  # type: ignore[import-untyped]

from annotator.detection.capitals import place_names, state_names
from annotator.detection.sentences import PERSONAL_TITLES
from annotator.detection.vocabulary import Vocabulary

#: A run of letters of any script (a word, or a part of one that an apostrophe or a
#: hyphen splits); `reading` reads a headline in capitals by the same runs.
LETTER_RUN = re.compile(r"[^\W\d_]+")
#: Three lower-case words in a row, each a whole word (matched possessively, so a long
#: run of letters costs one pass): a text whose opening holds them is no text in
#: capitals, which the first lines of almost any other text show at once.
_LOWER_CASE_WORDS = re.compile(r"(?<![^\W\d_])[a-z]{2,}+[ \t]+[a-z]{2,}+[ \t]+[a-z]{2,}+")
#: How far into a text `_LOWER_CASE_WORDS` looks: a text in capitals may end in a line
#: in lower case (a copyright, a photo credit), which must not turn its reading off.
_OPENING = 400
#: The next word after a word's end, when only spaces come between.
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")
#: A blank line, or a line break before an indented line: a paragraph's end.
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n|\n[ \t]")
#: A line shorter than this ends where its writer ended it (a headline, a dateline).
_SHORT_LINE = 50
#: A dash set off by spaces after a dateline ("KABUL, AFGHANISTAN - AT LEAST …",
#: "WASHINGTON, MARCH 3 (AP) -- THE PENTAGON SAID"), with what may close the dateline.
_DATELINE_DASH = re.compile(r"[ \t\-—–.,)]*\s(?:-{1,2}|—|–)\s+")
#: A line's opening up to a dash set off by spaces: a dateline when it has few words
#: (`_DATELINE_WORDS`).
_DATELINE = re.compile(r"(?m)^[ \t]*[^\W\d_][^\n]{0,100}?(?=[ \t](?:-{1,2}|—|–)[ \t])")
#: At most this many words before a dash on its line make it a dateline's.
_DATELINE_WORDS = 8
#: A sentence's end between two words: its mark, closing quotes or brackets, a space.
_SENTENCE_END = re.compile(r"[\"'”’)\]]*([.!?:])[\"'”’)\]]*(?:\s|$)")
#: A line in capitals has at most this share of its letters in lower case (a URL, a
#: stray "p.m." may be).
_LOWER_SHARE = 0.05
#: A text in capitals has at least this share of its letters on lines in capitals.
_CAPITALS_SHARE = 0.85
#: Fewer letters than this are a headline or a label, read as such (`reading`).
_MIN_LETTERS = 200
#: An unknown word this short, or one with no vowel, is an acronym ("UN", "EFE", "FMLN");
#: `reading` keeps an unknown word this short in capitals in a headline too.
ACRONYM_LENGTH = 3
_VOWELS = frozenset("AEIOUY")
#: Words Webster's Second (1934) does not know, written in lower case: newer words,
#: "has", and irregular forms whose plain form no ending gives back.
_WORDS_WEB2_LACKS = frozenset(
    (
        *("ceasefire", "airstrike", "jihadist", "online", "internet", "website", "email"),
        *("video", "militant", "paramilitary", "hostage", "spokesperson", "insurgent"),
        *("counterinsurgency", "teenager", "cellphone", "helicopter", "checkpoint"),
        *("frontline", "escalation", "airbase", "hardline", "firefight", "handover"),
        *("takeover", "hideout", "timeline", "hometown", "airspace", "cooperation"),
        *("coordination", "km", "has", "women", "men", "children", "people", "began"),
        *("begun", "held", "heard", "blew", "blown", "became", "paid", "withdrew"),
        *("withdrawn", "overthrew", "overthrown", "fought", "caught", "brought", "sought"),
        *("struck", "stricken", "drew", "drawn", "flew", "flown", "grew", "grown", "knew"),
        *("known", "threw", "thrown", "took", "taken", "gave", "given", "went", "gone"),
        *("came", "ran", "stood", "sent", "spent", "built", "lost", "left", "led", "met"),
        *("kept", "felt", "dealt", "hid", "hidden", "rode", "rose", "risen", "spoke"),
        *("spoken", "broke", "broken", "chose", "chosen", "stole", "stolen", "wore", "worn"),
        *("tore", "torn", "wrote", "written", "drove", "driven", "fell", "fallen", "got"),
        *("shook", "shaken", "fled", "shot", "seen", "saw", "sold", "told", "said", "won"),
    )
)
#: Names of several words that English writes with capitals, besides the places'
#: (`capitals.place_names`): bodies and places news copy names often.
_NAMES = frozenset(
    (
        *("united nations", "european union", "african union", "security council"),
        *("general assembly", "white house", "red cross", "red crescent", "islamic state"),
        *("human rights watch", "amnesty international", "middle east", "west bank"),
        *("gaza strip", "persian gulf", "red sea", "black sea", "new york", "new york times"),
        *("wall street journal", "associated press", "state department", "pentagon"),
        *("kremlin", "congress", "nato", "hezbollah", "hamas", "taliban", "islamic jihad"),
        *("syrian observatory for human rights", "doctors without borders", "white helmets"),
        *("international committee of the red cross", "international criminal court"),
        *("world health organization", "world food programme", "free syrian army"),
        *("syrian democratic forces", "rapid support forces", "human rights council"),
        *("national guard", "civil defence", "syrian civil defence", "popular mobilisation"),
    )
)
#: Names of two or three capitals that are also English words, acronyms wherever they
#: stand ("UN", "EU").
_ACRONYM_WORDS = frozenset(("un", "eu", "au"))
#: Those that are acronyms only after "the" or before a title or a force's or an office's
#: word ("THE US SAID", "US TROOPS", "THE WHO SAID", "300 IS FIGHTERS"), not the words
#: of "TOLD US", "WHO SAID", "IS IN".
_ACRONYMS_BEFORE_A_BODY = frozenset(("us", "who", "is"))
#: A word, then a single space, ending where a name starts (`_capitalise_titles_before`).
_TITLE_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)\.? $")
#: The vocabulary's lists of verbs: a word of them ends a name ("… OMERI REFUSED TO").
_VERB_LISTS = ("reporting_verbs", "quote_tag_verbs", "stance_verbs", "movement_verbs")
#: The vocabulary's lists of words for forces and officials (`_before_a_body`).
_BODY_LISTS = ("force_nouns", "fighter_nouns", "role_nouns", "organisation_words")
#: An acronym in brackets right after the words it spells out ("… FRONT (FMLN)").
_BRACKETED_ACRONYM = re.compile(r"\(([A-Z]{2,6})\)")
#: Small words inside a name an acronym spells out, which it does not spell.
_SMALL_NAME_WORDS = frozenset(("of", "for", "the", "and", "on", "in", "de", "al"))
#: The most words `_capitalise_names` looks for in one name.
_LONGEST_NAME = 5
#: Words with single spaces between them (no line break, no punctuation).
_SPACED_WORDS = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*")
#: The vocabulary's term lists that hold names, not words ("Hezbollah", "Reuters").
_NAME_LISTS = frozenset(("armed_group_names", "news_agencies", "state_capitals"))
#: Abbreviated titles before a name ("COL.", "GEN."), whose period ends no sentence:
#: the segmenter's, and a few more.
_ABBREVIATED_TITLES = PERSONAL_TITLES | frozenset(("cpt", "cpl", "pres", "st"))
#: Titles before a name, read with a capital, after which a word in the dictionary is
#: still part of the name ("GEN. CARTER HAM": Carter); not those that are also common
#: adjectives ("MAJOR", "GENERAL", "CHIEF").
_TITLES = _ABBREVIATED_TITLES | frozenset(
    (
        *("colonel", "captain", "lieutenant", "sergeant", "admiral", "president"),
        *("minister", "commander", "governor", "senator", "ambassador", "mayor"),
        *("bishop", "archbishop", "king", "queen", "sheikh", "spokesman", "spokeswoman"),
        *("secretary", "commissioner", "superintendent"),
    )
)
#: Words that end a name a title opened, or never start one.
_NOT_NAMES = frozenset(
    (
        *("the", "a", "an", "and", "or", "of", "in", "on", "at", "to", "for", "from", "by"),
        *("with", "said", "says", "told", "added", "who", "which", "that", "is", "was"),
        *("has", "had", "have", "will", "would", "also", "as", "but", "not", "he", "she"),
        *("it", "they", "we", "i", "his", "her", "its", "their", "this", "these", "there"),
        # counts ("COMMANDER AMILCAR, ONE OF THE REBEL CHIEFS")
        *("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    )
)
#: Month names that are also English words, read with a capital only next to a figure
#: ("MAY 25", "25 MARCH"; not "ARRIVE IN MAY", a rarer reading than "may").
_AMBIGUOUS_MONTHS = frozenset(("march", "may", "june", "august"))
#: Endings a headword takes in running text, and what to put back ("ies" -> "y").
_ENDINGS = (
    ("ies", "y"),
    ("ied", "y"),
    ("ier", "y"),
    ("iest", "y"),
    ("ing", ""),
    ("ing", "e"),
    ("es", ""),
    ("ed", ""),
    ("ed", "e"),
    ("s", ""),
    ("ly", ""),
    ("er", ""),
    ("er", "e"),
    ("est", ""),
    ("est", "e"),
)
#: British spellings, and the American ones Webster's writes ("armour", "centre",
#: "organise", "defence", "programme", "travelled").
_BRITISH = (
    ("our", "or"),
    ("isation", "ization"),
    ("ise", "ize"),
    ("ising", "izing"),
    ("ised", "ized"),
    ("tre", "ter"),
    ("tres", "ters"),
    ("ence", "ense"),
    ("mme", "m"),
    ("lled", "led"),
    ("lling", "ling"),
    ("ogue", "og"),
)


def in_capitals(text: str) -> bool:
    """Whether `text` is written in capitals throughout (not a headline alone): of its
    letters that have a case (Arabic and Chinese have none), at least 200, and at least
    85 % of them on lines with at most 5 % of theirs in lower case (a copyright or a
    photo credit in lower case may end a text in capitals)."""
    if _LOWER_CASE_WORDS.search(text, 0, _OPENING) is not None:
        return False
    in_capitals = cased = 0
    for line in text.splitlines():
        lower = sum(map(str.islower, line))
        letters = lower + sum(map(str.isupper, line))
        cased += letters
        if lower <= letters * _LOWER_SHARE:
            in_capitals += letters
    return cased >= _MIN_LETTERS and in_capitals >= cased * _CAPITALS_SHARE


def in_written_case(text: str) -> str:
    """`text`, set in capitals, with each word in the case English writes it (the
    module's docstring); same length: a letter whose lower case is longer ("İ") stays."""
    words = _dictionary()
    chars = list(text)
    sentence_start = True
    title_before = False
    named = False  # whether the word before was read as part of a name
    previous = ""
    previous_end = 0
    line_start = 0
    words_on_line = 0
    # the datelines' spans, in text order, and the next one's index
    datelines = [
        found.span()
        for found in _DATELINE.finditer(text)
        if len(LETTER_RUN.findall(found.group())) <= _DATELINE_WORDS
    ]
    next_dateline = 0
    for run in LETTER_RUN.finditer(text):
        while next_dateline < len(datelines) and datelines[next_dateline][1] <= run.start():
            next_dateline += 1
        in_dateline = next_dateline < len(datelines) and datelines[next_dateline][0] <= run.start()
        word = run.group()
        lower = word.lower()
        between = text[previous_end : run.start()]
        break_at = between.find("\n")
        short_line = break_at >= 0 and previous_end + break_at - line_start < _SHORT_LINE
        if break_at >= 0:
            line_start = previous_end + between.rfind("\n") + 1
            words_on_line = 0
        previous_end = run.end()
        figure_end = _after_last_digit(between)
        if figure_end:
            # "10 DEAD AFTER …": the figure opened the sentence; "ROSE TO 45. POLICE
            # SAID": a sentence ends after it
            sentence_start = _ends_sentence(between[figure_end:], "", after_figure=True)
        elif _ends_sentence(between, previous, short_line, words_on_line <= _DATELINE_WORDS):
            sentence_start = True
        previous = lower
        words_on_line += 1
        if not word.isupper() or in_dateline:
            # a word the text itself writes in lower case keeps it, as a dateline keeps
            # its capitals ("DUBLIN, IRELAND - …": wire copy writes its place so)
            title_before = named = False
            continue
        glued = between in ("'", "’", "-") and run.start() > 0
        in_name = title_before or (
            named
            and lower not in words.name_enders
            and lower not in words.body_words
            and not lower.endswith("ed")
            and _ends_a_name(text, run.end(), words)
        )
        form = _form(lower, words, text, run, glued, in_name)
        # (not an ordinal's ending: "1ST INFANTRY")
        title_before = lower in _TITLES and not glued and not between[-1:].isdigit()
        # (a name runs on from a title, an unknown word or a word the dictionary writes
        # only with a capital, through unknown words, and through a word it knows where
        # the name ends after it: "COL. RENE EMILIO PONCE SAID", "ROBERT GATES TOLD",
        # "JOHN WALKER, A WITNESS")
        named = (title_before or in_name or words.case_of(lower) != _LOWER) and (
            form[:1].isupper() and not form.isupper()
        )
        sentence_start_word = sentence_start and not glued
        if sentence_start_word:
            form = form[:1].upper() + form[1:]
        sentence_start = False
        if len(form) == len(word):
            chars[run.start() : run.end()] = form
            if named and not sentence_start_word:
                _capitalise_titles_before(text, chars, run.start(), words)
    _capitalise_names(text, chars, words)
    _capitalise_spelled_acronyms(text, chars)
    return "".join(chars)


def _capitalise_spelled_acronyms(text: str, chars: list[str]) -> None:
    """Give a capital to the words an acronym in brackets spells out, but for the small
    words inside them ("SYRIAN OBSERVATORY FOR HUMAN RIGHTS (SOHR)": Syrian Observatory
    for Human Rights); an acronym of another language's order spells nothing here
    ("FARABUNDO MARTI NATIONAL LIBERATION FRONT (FMLN)")."""
    for acronym in _BRACKETED_ACRONYM.finditer(text):
        letters = acronym.group(1)
        words = list(LETTER_RUN.finditer(text, max(0, acronym.start() - 200), acronym.start()))
        spelled: list[re.Match[str]] = []
        at = len(letters)
        for word in reversed(words):
            if at == 0:
                break
            lower = word.group().lower()
            if lower in _SMALL_NAME_WORDS and spelled:
                continue
            if word.group()[:1] != letters[at - 1]:
                break
            spelled.append(word)
            at -= 1
        if at:
            continue  # the words before do not spell it
        for word in spelled:
            _give_capital(chars, word)


def _capitalise_titles_before(text: str, chars: list[str], start: int, words: "_Words") -> None:
    """Give a capital to the title words right before a name that starts at `start`
    ("PRIME MINISTER DAVID CAMERON": Prime Minister), as English writes a title that
    stands before a name."""
    end = start
    while True:
        title = _TITLE_BEFORE.search(text, max(0, end - 40), end)
        if title is None or title.group(1).lower() not in words.title_words:
            return
        at = title.start(1)
        chars[at] = text[at]
        end = at


def _capitalise_names(text: str, chars: list[str], words: "_Words") -> None:
    """Give a capital to each word of the names of several words that English writes
    with capitals ("UNITED STATES", "SAN SALVADOR", "HUMAN RIGHTS WATCH"), longest
    first, but for the small words inside them ("Gulf of Aden")."""
    runs = list(LETTER_RUN.finditer(text))
    at = 0
    while at < len(runs):
        for length in range(min(_LONGEST_NAME, len(runs) - at), 1, -1):
            last = runs[at + length - 1]
            phrase = text[runs[at].start() : last.end()]
            if not _SPACED_WORDS.fullmatch(phrase) or phrase.lower() not in words.names:
                continue
            for run in runs[at : at + length]:
                if run.group().isupper() and run.group().lower() not in _NOT_NAMES:
                    _give_capital(chars, run)
            at += length - 1
            break
        at += 1


def _give_capital(chars: list[str], run: re.Match[str]) -> None:
    """Write the word `run` found into `chars` with a capital and the rest in lower case,
    where that keeps its length."""
    word = run.group()
    form = word[:1] + word[1:].lower()
    if len(form) == len(word):
        chars[run.start() : run.end()] = form


def _form(
    lower: str, words: "_Words", text: str, run: re.Match[str], glued: bool, in_name: bool
) -> str:
    """One word's written form (`in_written_case`): `glued` when an apostrophe or a
    hyphen joins it to the word before ("DON'T", "PRO-GOVERNMENT"), `in_name` when a
    title stands right before it or it ends a name begun before it."""
    word = run.group()
    capitalised = word[:1] + lower[1:]
    if glued and len(lower) <= 2:
        return lower  # "DON'T", "IT'S"
    if len(word) == 1:
        return lower if lower == "a" else word  # "U.S.", "I", "J. PETER"
    if _BRACKETED_ACRONYM.fullmatch(text, run.start() - 1, run.end() + 1):
        return word  # "(SOHR)", "(WHO)": an acronym the text spells out before it
    if in_name and lower not in _NOT_NAMES:
        return capitalised  # "GEN. CARTER": a name, whatever else the word is
    if lower.endswith("n") and text[run.end() : run.end() + 2] in ("'T", "’T"):
        lower_stem = lower[:-1]  # "DIDN'T", "WASN'T": did, was
        if words.case_of(lower_stem) == _LOWER or words.case_of(lower) == _LOWER:
            return lower
    if lower in _AMBIGUOUS_MONTHS and _next_to_figure(text, run):
        return capitalised
    if lower in _ABBREVIATED_TITLES and text[run.end() : run.end() + 1] == ".":
        return capitalised  # "COL.", "GEN."
    if lower in _ACRONYM_WORDS or (
        lower in _ACRONYMS_BEFORE_A_BODY
        and (_after_the(text, run.start()) or _before_a_body(text, run.end(), words))
    ):
        return word  # "THE UN SAYS", "THE US SAID", "300 IS FIGHTERS"
    if lower in words.places:
        return capitalised  # "RUSSIA", "CHINA", "IDLIB"
    known = words.case_of(lower)
    if known == _LOWER:
        return lower
    if known == _CAPITAL:
        return capitalised
    if len(word) <= ACRONYM_LENGTH or _VOWELS.isdisjoint(word):
        return word  # "UN", "EFE", "FMLN"
    prefix = 2 if lower.startswith("mc") else 3 if lower.startswith("mac") else 0
    if prefix and words.case_of(lower[prefix:]):
        # "MCDONALD": McDonald
        return word[:1] + lower[1:prefix] + word[prefix] + lower[prefix + 1 :]
    return capitalised  # an unknown word: a name ("PONCE", "AMILCAR")


def _before_a_body(text: str, end: int, words: "_Words") -> bool:
    """Whether a title or a force's or an office's word follows ("US PRESIDENT", "US
    TROOPS", "US OFFICIALS"): "US" is the state there, not the pronoun."""
    after = _NEXT_WORD.match(text, end)
    return after is not None and after.group(1).lower() in words.body_words


def _after_the(text: str, start: int) -> bool:
    """Whether "the" stands right before the word at `start`."""
    return text[max(0, start - 4) : start].lower() == "the "


def _after_last_digit(between: str) -> int:
    """Where the characters between two words go on after their last digit, or 0 when
    they hold none."""
    for at in range(len(between) - 1, -1, -1):
        if between[at].isdigit():
            return at + 1
    return 0


def _ends_a_name(text: str, end: int, words: "_Words") -> bool:
    """Whether a name may end at `end`: punctuation, or a word that names do not hold
    (a small word, a verb), follows ("… PONCE SAID", "… PONCE, THE", "… CROCKER
    ACCUSED")."""
    after = _NEXT_WORD.match(text, end)
    return after is None or after.group(1).lower() in words.name_enders


def _next_to_figure(text: str, run: re.Match[str]) -> bool:
    """Whether a figure stands right before or after the word ("MAY 25", "25 MAY")."""
    after = text[run.end() : run.end() + 3].lstrip()
    before = text[max(0, run.start() - 3) : run.start()].rstrip()
    return after[:1].isdigit() or before[-1:].isdigit()


def _ends_sentence(
    between: str,
    previous: str,
    short_line: bool = False,
    dateline: bool = False,
    after_figure: bool = False,
) -> bool:
    """Whether the characters between two words end a sentence: a blank line, a line
    break before an indented line (a wire paragraph) or after a short line (a headline,
    a dateline; the text comes unwrapped, but a line the unwrapper left is no sentence's
    end by itself), a dateline's dash ("KABUL, AFGHANISTAN - AT LEAST 40 …"), or a stop,
    a question or exclamation mark or a colon before a space or glued to the next word
    (not the period of a title or an initial: "COL. PONCE", "U.S. TROOPS").  `short_line`:
    whether the line a break in `between` ends is short; `dateline`: whether a dash in
    `between` may end a dateline (few words before it on its line); `after_figure`:
    whether a figure, not the word `previous`, stands before `between` (its period is
    no title's or initial's)."""
    if "\n" in between and (_PARAGRAPH_BREAK.search(between) or short_line):
        return True
    if dateline and _DATELINE_DASH.fullmatch(between):
        return True
    end = _SENTENCE_END.fullmatch(between) or _SENTENCE_END.match(between)
    if end is None:
        return False
    if end.group(1) != ".":
        return True
    if after_figure:
        return True
    glued = end.end() == len(between) and not between[end.end() - 1 :].isspace()
    return len(previous) > (2 if glued else 1) and previous not in _ABBREVIATED_TITLES


#: How the dictionary writes a word.
_LOWER = 1
_CAPITAL = 2


class _Words:
    """The dictionary's words: those it writes in lower case, and those it writes only
    with a capital."""

    def __init__(
        self,
        entries: set[str],
        verbs: frozenset[str],
        titles: frozenset[str],
        bodies: frozenset[str],
    ) -> None:
        #: Words that end a name: small words, the verbs that follow a speaker or an
        #: actor ("said", "refused"), irregular verb forms and the other words
        #: `_WORDS_WEB2_LACKS` adds.
        self.name_enders = verbs | _NOT_NAMES | _WORDS_WEB2_LACKS
        #: Title words ("minister", "general"), capitalised before a name.
        self.title_words = titles
        #: Words for forces, offices and officials ("troops", "officials"): no part of a
        #: name, and what makes "US" the state before them.
        self.body_words = bodies
        self.lower = {w for w in entries if w.islower()} | _WORDS_WEB2_LACKS
        self.capital = {w.lower() for w in entries if w[:1].isupper()} - self.lower
        known_names = place_names() | _NAMES
        states = state_names()
        #: Names of several words, read with capitals (`_capitalise_names`).
        self.names = frozenset(name for name in known_names if " " in name)
        #: One-word names of places read with a capital: a state's always ("TURKEY",
        #: "CHAD"), another place's where English knows no such word ("IDLIB", not
        #: the province "CENTRAL" or the capital "MALE").
        self.places = frozenset(
            name
            for name in known_names
            if " " not in name and (name in states or name in _NAMES or name not in self.lower)
        )

    @lru_cache(maxsize=65536)  # noqa: B019 (one dictionary, kept for the process)
    def case_of(self, lower: str) -> int:
        """`_LOWER`, `_CAPITAL` or 0 (unknown) for a lower-case word, by itself, by its
        plain form or by its American spelling; a word that is written in lower case
        in any of these forms is ("lives" is not "Lives")."""
        forms = [lower, *self._plain_forms(lower)]
        for british, american in _BRITISH:
            if british in lower:
                spelled = lower.replace(british, american)
                forms.extend((spelled, *self._plain_forms(spelled)))
        if any(form in self.lower for form in forms):
            return _LOWER
        if any(form in self.capital for form in forms):
            return _CAPITAL
        return 0

    @staticmethod
    def _plain_forms(lower: str) -> list[str]:
        """The forms a word may take without an inflection's ending ("soldiers":
        soldier; "killed": kill; "stopped": stop; "died": die)."""
        forms = []
        for ending, put_back in _ENDINGS:
            if lower.endswith(ending) and len(lower) > len(ending) + 1:
                stem = lower[: -len(ending)]
                forms.append(stem + put_back)
                if not put_back and len(stem) > 3 and stem[-1] == stem[-2]:
                    forms.append(stem[:-1])  # "STOPPED", "BIGGEST"
        return forms


@lru_cache(maxsize=1)
def _dictionary() -> _Words:
    """The dictionary, loaded once, the first time a text in capitals is read (about
    a quarter of a second and some 20 MB, which a text in lower case never costs)."""
    entries = get_english_words_set(["web2"])
    terms = Vocabulary.default().to_dict()
    verbs: set[str] = set()
    for name, listed in terms.items():
        if name not in _NAME_LISTS and isinstance(listed, list):
            lower = [word for term in listed for word in str(term).split() if word.islower()]
            entries.update(lower)
            if name in _VERB_LISTS:
                verbs.update(lower)
    titles = {str(title).lower() for title in terms["title_words"]}
    bodies = titles | {
        str(word).lower() for name in _BODY_LISTS for word in terms[name] if " " not in str(word)
    }
    return _Words(entries, frozenset(verbs), frozenset(titles), frozenset(bodies))
