"""The speed shortcuts give exactly what the plain patterns they replace would.

Each shortcut (a prefilter, a narrowed search window, a lower-cased scan instead of
re.IGNORECASE, a merged scan) is compared with the plain pattern on tricky text:
abbreviations, glued words, quotes, URLs, the characters IGNORECASE folds differently
from `str.lower` ("İ", "ı", "ſ", "K"), and random splices of all of them.
"""

import dataclasses
import inspect
import os
import random
import re
import subprocess
import sys
from collections.abc import Callable, Iterable

import pytest

from annotator.detection import (
    figures,
    numbers,
    patterns,
    positions,
    sentences,
    speakers,
    statements,
)
from annotator.detection.claims import DetectedClaim, new_claim
from annotator.detection.detector import _DEFAULT_PATTERNS, detect
from annotator.detection.patterns import (
    CUE_WINDOW,
    Caseless,
    WordScan,
    ascii_letters,
    ascii_lower,
    fewest_substrings,
    holds_any,
    lower_for_caseless,
    sentence_cues,
    substrings_regex,
    terms_pattern,
)
from annotator.detection.position_model import letter_runs
from annotator.detection.vocabulary import Vocabulary
from annotator.domain import NormalizedValue

_PIECES = [
    "Officials said at least 12 people were killed on Monday. ",
    "The observatory, which monitors the war, said that 13,000 fighters had died, and ",
    "“We will not surrender,” he said. ",
    '"They shelled our homes. They killed our children." ',
    "New York Gov.Andrew Cuomo said it was terrorism.In other words, ",
    "J. Peter Donald, a U.S. official, spoke at 11 p.m. ",
    "US BombZabiullah Mujahid, the spokesperson for the Taliban, claimed ",
    "approx.15 soldiers, some5 rebels, AT LEAST 20 TROOPS and twenty-one civilians ",
    "between 5 and 10, 3-2, 10+ and several hundred ",
    "the Syrian Observatory for Human Rights (SOHR) reported ",
    "http://x.com/a www.example.org *bullet* ==Reactions== (AFP) ",
    "a - - b - c: that, as; although — when ",
    "\u0130stanbul officials \u017faid \u0131s and \u212a ",
    "It said; while the army, according to Reuters, reportedly ",
    "\n\n    GENEVA (AFP): ",
    "\n",
    "  ",
    "had been told, and is ",
    "rebel-held positions near the front line ",
]


def _with_tail_head_splices(texts: list[str], seed: int) -> list[str]:
    """The texts, then 200 splices of two of them drawn at random (seeded, so a failure
    repeats): one's tail glued to another's head, so that words and marks are cut where
    a fast path's window may start or end."""
    rng = random.Random(seed)
    spliced = list(texts)
    for _ in range(200):
        first, second = rng.sample(texts, 2)
        spliced.append(first[rng.randrange(len(first)) :] + second[: rng.randrange(len(second))])
    return spliced


def _spliced_texts(pieces: list[str], seed: int, count: int, fewest: int, most: int) -> list[str]:
    """`count` texts of `fewest` to `most` pieces drawn at random (seeded, so a failure
    repeats), some cut at a random offset and some also upper-cased: a fast path's edge
    cases come from where pieces meet and where a text starts."""
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(fewest, most)))
        cut = rng.randrange(len(text))
        texts.append(text[cut:] if rng.random() < 0.3 else text)
        if rng.random() < 0.2:
            texts.append(text.upper())
    return texts


TEXTS = [*_PIECES, *_spliced_texts(_PIECES, 0, 300, 1, 5)]


def _spans(matches: Iterable[re.Match[str]]) -> list[tuple[int, int]]:
    return [match.span() for match in matches]


def test_caseless_lowered_scan_matches_ignorecase() -> None:
    caseless = [
        speakers._FINITE,
        speakers._CUT_MARKERS,
        speakers._BOUNDARY,
        speakers._BOUNDARY_ING,
        numbers._QUALIFIER_START,
        numbers._QUALIFIER_WORD,
        numbers._FIGURE_START,
        numbers._FIGURE,
    ]
    for text in TEXTS:
        lowered = lower_for_caseless(text)
        for pattern in caseless:
            assert _spans(pattern.finditer(text, lowered)) == _spans(
                pattern.ignorecase.finditer(text)
            )
            for pos in range(0, len(text), 7):
                found = pattern.match(text, lowered, pos)
                expected = pattern.ignorecase.match(text, pos)
                assert (found and found.span()) == (expected and expected.span())


def test_lower_for_caseless_rejects_characters_folded_differently() -> None:
    for char in "\u0130\u0131\u017f\u212a":  # İ, dotless ı, long ſ, Kelvin sign
        assert lower_for_caseless(f"said {char}") is None
    assert lower_for_caseless("Said “it”") == "said “it”"


def test_caseless_refuses_patterns_with_capitals_or_flags() -> None:
    for pattern in (r"[A-Z]x", r"(?i:x)", r"(?-i:x)", "é"):
        with pytest.raises(ValueError, match="Caseless"):
            Caseless(pattern)
    Caseless(r"(?P<name>x)\S\w(?=y)(?<!z)")


def test_sentence_boundaries_match_the_plain_scan() -> None:
    for text in TEXTS:
        for start in (0, 1, len(text) // 2):
            fast = list(sentences._boundaries(text, start, len(text)))
            plain = list(sentences._BOUNDARY_RE.finditer(text, start, len(text)))
            assert [(m.span(), m.groupdict()) for m in fast] == [
                (m.span(), m.groupdict()) for m in plain
            ]


def test_word_before_a_period_matches_the_plain_pattern() -> None:
    word_before = re.compile(r"([A-Za-z][A-Za-z.]*)$")
    for text in TEXTS:
        for stop in range(1, len(text)):
            if text[stop - 1].isalpha():
                plain = word_before.search(text, max(0, stop - 25), stop)
                assert sentences._word_before(text, stop) == (plain.group(1) if plain else "")


def test_glued_words_are_found_as_before() -> None:
    camel = re.compile(r"[a-z](?=[A-Z][a-z]{3})")
    for text in TEXTS:
        for start in (0, 3):
            plain = [m.end() for m in camel.finditer(text, start, len(text))]
            fast = [m.start() for m in sentences._CAMEL_RE.finditer(text, start + 1, len(text))]
            assert fast == plain


def test_figure_anchors_match_the_single_alternation() -> None:
    words = numbers._WORD_ANCHOR_RE.pattern + "|" + numbers._HYPHENATED_TENS_RE.pattern
    anchors = re.compile(r"\d[\d,.]*|" + words)
    for text in TEXTS:
        lowered = ascii_lower(text)
        assert numbers._anchors(lowered, 0, len(lowered)) == _spans(anchors.finditer(lowered))


def test_figure_search_from_candidates_matches_a_plain_search() -> None:
    for text in TEXTS:
        scanner = numbers._FigureScanner(text, lower_for_caseless(text))
        for start in range(0, len(text), 5):
            end = min(len(text), start + 80)
            fast = scanner._search(start, end)
            plain = numbers.FIGURE_RE.search(text, start, end)
            assert (fast and fast.span()) == (plain and plain.span())


def test_find_figures_matches_trying_every_word_start() -> None:
    """The qualifier prefilter and the merged anchors change nothing."""
    for text in TEXTS:
        assert numbers.find_figures(text) == _find_figures_plain(text)


def _find_figures_plain(text: str) -> list[numbers.Figure]:
    """find_figures as it was, with one anchor pattern and every word start tried."""
    anchors = re.compile(
        r"\d[\d,.]*|" + numbers._WORD_ANCHOR_RE.pattern + "|" + numbers._HYPHENATED_TENS_RE.pattern
    )
    qualifier_start = numbers._QUALIFIER_START.ignorecase
    found = []
    position = 0
    for anchor in anchors.finditer(ascii_lower(text)):
        if anchor.start() < position:
            continue
        low = max(position, anchor.start() - 40)
        starts = [m.start() for m in re.finditer(r"\S+", text[low : anchor.start()])]
        starts = [low + s for s in starts[-4:]] + [anchor.start()]
        window_end = min(len(text), anchor.end() + 80)
        match = None
        for begin in starts:
            if begin != anchor.start() and not qualifier_start.match(text, begin):
                continue
            candidate = numbers.FIGURE_RE.match(text, begin, window_end)
            if candidate is not None and candidate.end() > anchor.start():
                match = candidate
                break
        else:
            match = numbers.FIGURE_RE.search(text, anchor.start(), window_end)
        if match is None:
            continue
        position = match.end()
        figure = numbers.parse_figure(match)
        if figure is not None:
            found.append(figure)
    return found


def test_relative_clause_prefilter_and_clause_start() -> None:
    for text in TEXTS:
        for verb in range(0, len(text), 3):
            head = text[max(0, verb - 300) : verb]
            plain = speakers._RELATIVE_SUBJECT.search(head)
            fast = speakers._relative_subject(head)
            assert (fast and fast.span()) == (plain and plain.span())
            for participle in (False, True):
                expected = _clause_start_plain(head, participle)
                assert speakers._clause_start(head, participle) == expected


def _clause_start_plain(head: str, participle: bool) -> int:
    """_clause_start as it was: whole-head scans with the IGNORECASE patterns."""
    boundary = (speakers._BOUNDARY_ING if participle else speakers._BOUNDARY).ignorecase
    start = 0
    for match in boundary.finditer(head):
        start = match.end()
    base = start
    for match in re.finditer(r"\band\b", head[base:]):
        left = head[: base + match.start()]
        relative = re.search(r"\b(?:who|whose|whom|which)\b", head[base + match.end() :])
        if (
            speakers._FINITE.ignorecase.search(left) or re.search(r"\b\w+ed\b", left[-60:])
        ) and not relative:
            start = base + match.end()
    return start


def test_end_anchored_searches_start_near_the_end() -> None:
    for pattern in (
        statements._NOUN_BEFORE,
        statements._PASSIVE_BEFORE,
        statements._AND_BEFORE,
        statements._HEADLINE_REPORT,
    ):
        for text in [*TEXTS, "the  ", "reportedly\n", "were  \t", "x and", "Some Report."]:
            for end in range(0, len(text) + 1, 4):
                window = text[max(0, end - 40) : end]
                fast = statements._search_end(pattern, window)
                plain = pattern.search(window)
                assert (fast and fast.span()) == (plain and plain.span())


def test_pronoun_right_before_matches_the_plain_search_after_any_whitespace() -> None:
    """The quick test and the narrowed search of `_pronoun_right_before` find what the
    plain patterns find, however much whitespace (spaces, line breaks) follows the
    pronoun."""
    gaps = [" ", "  ", "     ", "\n", " \n \n  ", "\t      \n", ""]
    heads = ["the rule of law he", "from school they", "and I", "which she", "a cafe", "she's"]
    for head in [*heads, *TEXTS]:
        for gap in gaps:
            before = head + gap
            plain = statements._SUBJECT_PRONOUN_BEFORE.search(before)
            expected = (
                None
                if plain is None or statements._CLAUSE_PRONOUN.search(before)
                else plain.group().rstrip()
            )
            assert statements._pronoun_right_before(before) == expected
    assert statements._pronoun_right_before("the rule of law he \n \n    ") == "he"


def test_sentence_cues_match_lower_cased_token_lookup() -> None:
    compiled = _DEFAULT_PATTERNS
    for text in TEXTS:
        spans = [(0, len(text)), (0, len(text) // 2)]
        expected = []
        for start, end in spans:
            tokens = {t.lower() for t in patterns._TOKEN_RE.findall(text, start, end)}
            bits = 0
            for word in compiled.keyword_masks.keys() & tokens:
                bits |= compiled.keyword_masks[word]
            expected.append(bits)
        assert sentence_cues(text, spans, compiled) == expected


def test_substrings_regex_is_an_in_test_per_string() -> None:
    hints = ["fall of", "front", "fall", "a.b", "held", "dug into", "hand"]
    finder = substrings_regex(hints)
    for text in [*TEXTS, "the fall  of", "axb", "withheld", "dug  into"]:
        lower = text.lower()
        assert (finder.search(lower) is not None) == any(hint in lower for hint in hints)


def test_word_start_tries_match_leading_word_boundaries() -> None:
    words = ["that", "as", "do", "does", "with"]
    trie = re.compile(terms_pattern(words, word_start=True, after_hyphen=True) + r"\b")
    plain = re.compile(r"\b(?:that|as|does|do|with)\b")
    for text in [*TEXTS, "x-as do-does doesn't with-that"]:
        lowered = text.lower()
        assert _spans(trie.finditer(lowered)) == _spans(plain.finditer(lowered))


def test_word_scan_finds_what_the_plain_scan_finds() -> None:
    """Reporting verbs and stance verbs tried only at the words that can start them."""
    reporting = statements._verb_scan(_DEFAULT_PATTERNS)
    stance = WordScan(
        re.compile(
            terms_pattern(_DEFAULT_PATTERNS.vocabulary.stance_verbs, word_start=True)
            + r"(?![\w]|-\w)"
        ),
        _DEFAULT_PATTERNS.vocabulary.stance_verbs,
    )
    assert reporting.leads is not None and stance.leads is not None
    extra = [
        "unsaid said, saidx said- x-said _said 5said said5 \u00e9said said\u00e9",
        "called  for called\nupon according to according-to told told",
        "a de-escalation and a cease-fire cease-fire-x won't wont agreed a  cease-fire",
        "said said said according to according to said",
    ]
    for text in [*TEXTS, *extra]:
        lowered = ascii_lower(text)
        for scan in (reporting, stance):
            assert [(m.span(), m.group()) for m in scan.matches(lowered)] == [
                (m.span(), m.group()) for m in scan.pattern.finditer(lowered)
            ]
    # A term that starts with no ASCII letter leaves the plain scan.
    terms = ["\u00e9t\u00e9", "said"]
    plain = WordScan(re.compile(rf"(?<![\w-])(?:{'|'.join(terms)})(?![\w-])"), terms)
    assert plain.leads is None
    assert [m.span() for m in plain.matches("\u00e9t\u00e9 said")] == [(0, 3), (4, 8)]


def test_article_scans_that_start_with_a_letter_match_the_plain_ones() -> None:
    """The honorific scan (`NameRegistry.gender`) and the lower-case word scan
    (`NameRegistry.common_word`) with their word-start checks after the first letter."""
    titles = speakers._FEMALE_HONORIFICS | speakers._MALE_HONORIFICS
    honorific = re.compile(
        r"\b("
        + "|".join(sorted((t.capitalize() for t in titles), key=lambda t: (-len(t), t)))
        + r")\.?\s+([A-Z][\w’'-]+)"
    )
    extra = [
        "Mrs King, Mr. Galloway, Ms.King, MrsX Mrs  Lee xMr Lee -Mr Lee 5Mr Lee Sir\nJohn",
        "Madame Mme Dame Lady Lord Miss Mrs. Mr-Smith Lady’s Lord O’Neill, Mr Mrs Jones",
    ]
    for text in [*TEXTS, *extra]:
        assert speakers._HONORIFIC_SURNAME.findall(text) == honorific.findall(text)
    for word in ["Terror", "Militant", "Said", "Al-Qaeda", "O'Neill", "Ms", "\u00c9tat"]:
        plain = re.compile(rf"(?<![\w’'-]){re.escape(word.casefold())}(?![\w’'])")
        for text in [*TEXTS, *extra, f"x{word} {word}x -{word} ’{word} {word}’ {word}"]:
            for lowered in (text, text.lower()):
                registry = speakers.NameRegistry(statements._lexicon(_DEFAULT_PATTERNS), lowered)
                assert registry.common_word(word) == (plain.search(lowered) is not None)


def test_a_first_name_is_decided_once_with_the_same_answer() -> None:
    """`NameRegistry.first_name` keeps each word's answer; asked again, in any order, it
    gives what working it out from the text gives."""
    text = (
        "Julie and Brian Hambleton spoke. Brian said he was tired. Israel Katz said so. "
        "Troops moved into Israel. But José, a driver, said no. Later José Luis Rodríguez "
        "Zapatero spoke, and Brian Hambleton added more."
    )
    words = ["Brian", "Julie", "Israel", "José", "Nobody", "Brian", "Israel"]
    lexicon = statements._lexicon(_DEFAULT_PATTERNS)
    cached = speakers.NameRegistry(lexicon, text)
    answers = [cached.first_name(word) for word in words]
    fresh = [speakers.NameRegistry(lexicon, text)._first_name_holder(word) for word in words]
    assert answers == fresh
    assert answers[0] == "Brian Hambleton" and answers[2] is None and answers[3] is None


def test_quote_marks_match_the_plain_alternation() -> None:
    plain = re.compile("''|[“”\"\x95]")
    for text in [*TEXTS, "'''", "x''y'z", "'' \"“”\x95 '", "it's ''quoted''"]:
        assert _spans(sentences._QUOTE_MARK_RE.finditer(text)) == _spans(plain.finditer(text))


def _texts_before(texts: list[str], step: int) -> list[str]:
    """The last 300 characters before every `step`-th offset of each text (its end
    included), as the statement finder cuts a head before a cue."""
    return [
        text[max(0, end - 300) : end] for text in texts for end in range(0, len(text) + 1, step)
    ]


def _heads() -> list[str]:
    extra = [
        "Sharif Hotak, a member of the provincial council in Maidan Wardak",
        "Moon Jae-in, the new president",
        "They said, an official who spoke (anonymously) which",
        "Officials, the  army",
    ]
    return _texts_before([*TEXTS, *extra], 3)


def test_open_apposition_prefilter_matches_the_plain_search() -> None:
    for head in _heads():
        plain = speakers._OPEN_APPOSITION.search(head.rstrip())
        fast = speakers._open_apposition(head)
        assert (fast and fast.span()) == (plain and plain.span())


def test_cut_word_prefilter_matches_the_plain_search() -> None:
    for head in _heads():
        lowered = lower_for_caseless(head)
        markers = [
            m
            for m in speakers._CUT_MARKERS.ignorecase.finditer(" " + head)
            if not (
                len(word := head[m.start() : m.end() - 1]) > 1
                and word.isupper()
                and not head.isupper()
            )
        ]
        plain = head[: max(0, markers[0].start() - 1)] if markers else head
        assert speakers._cut(head, lowered) == plain


def test_strip_np_trailing_word_prefilter_changes_nothing() -> None:
    endings = [
        *speakers._TRAILING_LAST_WORDS,
        *("last night", "in a statement", "could be heard", "will have seen", "this week"),
        *("on Monday", "Sunday evening", "last year", "ha\u017f", "wee\u212a", "x -", "y,"),
    ]
    phrases = [f"The army {ending}" for ending in endings]
    phrases += [p.upper() for p in phrases] + [f"{p} ." for p in phrases]
    for text in [*phrases, *_heads()]:
        speakers.strip_np.cache_clear()
        assert speakers.strip_np(text) == _strip_np_by_substitution(text, prefilter=False)
    leading = re.compile(  # _LEADING as it was, with "^" in front of each branch
        r"^(?:(?:on|late|early|by|last|at)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
        r"yesterday|today|tonight|the\s+time|midweek)(?:\s+(?:morning|afternoon|evening|"
        r"night))?[\s,]+|^(?:meanwhile|elsewhere|earlier|later|separately|however|but|and|"
        r"midweek)[\s,]+",
        re.IGNORECASE,
    )
    for text in ["Meanwhile, the army", "On Monday morning, he", "the time, x", "and, so", "x"]:
        assert speakers._LEADING.sub("", text) == leading.sub("", text)


def test_possessive_modifier_matches_the_backtracking_one() -> None:
    old_mod = patterns._MOD.replace(r"[\w’'.-]*+(?<!\.\.)", r"[\w’'.-]*(?<!\.)(?:\.(?=\s))?")
    assert old_mod != patterns._MOD
    compiled = _DEFAULT_PATTERNS
    for new in (compiled.head, compiled.strong_force):
        old = re.compile(new.pattern.replace(patterns._MOD, old_mod), new.flags)
        extra = ["5 U.S. troops", "6 etc.. men", "7 x-. men", "8 A. men", "-strong U.S. force"]
        for text in [*TEXTS, *extra]:
            for pos in range(len(text)):
                fast, plain = new.match(text, pos), old.match(text, pos)
                assert (fast and (fast.span(), fast.groupdict())) == (
                    plain and (plain.span(), plain.groupdict())
                )


def test_figure_guards_skip_only_windows_that_cannot_match() -> None:
    compiled = _DEFAULT_PATTERNS
    assert compiled.toll_first_words is not None
    for text in [*TEXTS, "the death toll rose to", "an army of  ", "a Force OF\n", "of "]:
        for end in range(len(text) + 1):
            window = text[max(0, end - 30) : end]
            trimmed = window.rstrip()
            force = compiled.force_of.search(window)
            if force:
                # after "of", or after the force noun alone (no "of" group)
                assert len(trimmed) < len(window)
                assert (trimmed[-2:].lower() == "of") == (force.group("of") is not None)
            if compiled.toll_hint.search(ascii_lower(window)):
                assert holds_any(window.lower(), compiled.toll_first_words)


def test_token_pattern_matches_the_plain_alternation() -> None:
    plain = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
    rng = random.Random(1)
    samples = ["".join(rng.choice("aAbB zZ-é.") for _ in range(12)) for _ in range(3000)]
    for text in [*TEXTS, *samples, "SAIDthat McDonald iPhone ABCdef A b"]:
        assert patterns._TOKEN_RE.findall(text) == plain.findall(text)


def test_military_patterns_tried_from_word_starts_match_a_plain_search() -> None:
    compiled = positions._patterns(_DEFAULT_PATTERNS)
    assert compiled.control_starts is not None and positions._STRONG_STARTS is not None
    extra = [
        "Rebels captured the town and took control of the area",
        "the army retook Palmyra; pre-launch offensive against ISIS, handed over the base",
        "a siege, the fall of Aleppo, no-fly zone, Counter-Offensive into the city",
        "the seizure of the airport and the recapture on Monday of the town",
        "it held most of the province while an advance toward Raqqa stalled",
    ]
    for text in [*TEXTS, *extra, *(t.upper() for t in extra)]:
        lowered = lower_for_caseless(text)
        if lowered is None:
            continue
        control = positions._first_match(
            compiled.control, compiled.control_starts.starts(lowered), text
        )
        assert control == (compiled.control.search(text) is not None)
        strong = positions._first_match(
            positions._STRONG.lowercase, positions._STRONG_STARTS.starts(lowered), lowered
        )
        assert strong == (positions._STRONG.ignorecase.search(text) is not None)


def test_word_starts_found_after_spaces_match_the_pattern_scan() -> None:
    """`_WordStarts.starts` (a scan of the letters after spaces, each start checked by
    the character before it) finds what a scan with the pattern alone finds."""
    compiled = positions._patterns(_DEFAULT_PATTERNS)
    extra = [
        "5captured x_captured \u00e9captured -captured captured-held recaptured took",
        "seized  seizure\ttook-over handover, 'held' (held) holds9 \u00fcbertook a",
        "\u00b2took \u0663took \u2160took \u00aatook \u00b7took _-took \u05d0took \u200dtook",
    ]
    for starts in (compiled.control_starts, positions._STRONG_STARTS):
        assert starts is not None
        for text in [*TEXTS, *extra, *(t.upper() for t in extra)]:
            lowered = text.lower()
            expected = [match.start() for match in starts.pattern.finditer(lowered)]
            assert starts.starts(lowered) == expected


def test_lower_case_keeps_word_characters_and_offsets() -> None:
    """What the shortcuts on lower-cased text rely on: `str.lower` keeps every
    character a word character or not, and only "İ" changes length."""
    word = re.compile(r"\w")
    for code in range(0x2FFFF):
        char = chr(code)
        lower = char.lower()
        if len(lower) != 1:
            assert char == "\u0130"
            continue
        assert bool(word.match(char)) == bool(word.match(lower))


def test_clause_phrase_needs_only_the_clause() -> None:
    """`_clause_phrase` lower-cases the clause itself instead of slicing the lower-cased
    text before the verb, so it can be memoised on the clause."""
    for head in _heads():
        lowered = lower_for_caseless(head)
        for participle in (False, True):
            start = speakers._clause_start(head, participle)
            clause = head[start:]
            sliced = None if lowered is None else lowered[start:]
            assert speakers._cut(clause, sliced) == speakers._cut(
                clause, lower_for_caseless(clause)
            )


def test_qualifier_starts_are_the_qualified_last_word_starts() -> None:
    """At every anchor (a digit run or a number word), from any window start."""
    for text in [*TEXTS, "approx.15 men", "x at least 5", "  about  some  nearly 7 several"]:
        scanner = numbers._FigureScanner(text, lower_for_caseless(text))
        scanned = scanner.scanned
        for anchor, _ in numbers._anchors(ascii_lower(text), 0, len(text)):
            for low in range(max(0, anchor - 40), anchor + 1):
                starts = [m.start() for m in re.finditer(r"\S+", scanned[low:anchor])]
                expected = [
                    low + start
                    for start in starts[-numbers._WORDS_BACK :]
                    if scanner.qualifier_start.match(scanned, low + start)
                ]
                assert scanner._qualifier_starts(low, anchor) == expected


def test_before_cue_flags_need_only_the_end_of_the_window() -> None:
    extra = ["the  ", "reportedly\n", "were  \t", "It was also ", "xthe ", "stands accused "]
    for text in [*TEXTS, *extra]:
        for end in range(len(text) + 1):
            before = text[max(0, end - 40) : end]
            tail = statements._end_word_start(before)
            expected = tuple(
                pattern.search(before) is not None
                for pattern in (statements._NOUN_BEFORE, statements._PASSIVE_BEFORE)
            )
            statements._before_cue.cache_clear()
            assert statements._before_cue(before[max(0, tail - 1) :], min(tail, 1)) == expected


def test_memoised_phrase_helpers_match_their_inline_form() -> None:
    lexicon = statements._lexicon(_DEFAULT_PATTERNS)
    phrases = ["The mayor of London", "A senior NDS official in Kabul", "the observatory"]
    for np in [*phrases, *(h.strip() for h in _heads()[::7])]:
        role_of = speakers._ROLE_OF_NAME.match(np)
        located = speakers._LOCATED_ROLE.match(np)
        if role_of and role_of.group("role").casefold() in lexicon.roles:
            assert speakers._role_phrase(np, lexicon) == (True, np)
        elif located and located.group("described").split()[-1].casefold() in lexicon.roles:
            assert speakers._role_phrase(np, lexicon) == (False, located.group("described"))
        else:
            assert speakers._role_phrase(np, lexicon) == (False, np)


def test_possessive_name_patterns_match_the_backtracking_ones() -> None:
    opening = re.compile(
        r"(?:(?:When|While|As|After|Although|Though|Before|Since)\s+)?"
        r"((?:(?:[A-Z][\w’'.-]*|de|van|al|bin)\s+){1,5}[A-Z][\w’'-]+)(?=[\s,])"
    )
    name_run = re.compile(
        r"[A-Z](?<![\w’'-][A-Z])(?:[\w’'\-]+|\.)"
        r"(?:\s+(?:[A-Z][\w’'\-]+|[A-Z]\.|(?:de|van|von|al|bin|abu)(?=\s+[A-Z])))++"
    )
    extra = ["When Sergei Lavrov said", "U.S. Gov. Andrew Cuomo's aide", "Smith. Jones, J. R. R. X"]
    for text in [*TEXTS, *extra]:
        assert _spans(speakers._NAME_RUN.finditer(text)) == _spans(name_run.finditer(text))
        for pos in range(len(text)):
            fast, plain = speakers._OPENING_NAME.match(text, pos), opening.match(text, pos)
            assert (fast and fast.span(1)) == (plain and plain.span(1))


_OPENING_EXTRA = [
    "When Sergei Lavrov said",
    "Monday, John Smith said",
    "Yesterday , John Smith said",
    "Early today Mr Whitelaw gave an interview",
    "On Monday Mr Jones said",
    "Last week Bob Smith said",
    "de Mistura Staffan said",
    "Ivan van Dijk said",
    "The\u00a0White House said",
    "Foo\u2003Bar said",
    "John\nSmith said",
    "Kiev, Ukraine said",
    "\u00c9mile Zola said",
    "Bob \u00c9mile said",
    "Secretary of State Tillerson gave Syria the news",
    "Minister\u2003of\u2003Defence Shoigu said",
    "Just one day after Trump remarked that, Canadian Prime Minister Mark Carney fired back",
    "Asked about it, Mr Smith said",
    "A B",
]


def test_opening_pattern_gates_pass_every_sentence_their_patterns_match() -> None:
    """`note_subject` tries `_OPENING_NAME`, `_FRONTED_TIME_CLAUSE` and
    `_OFFICE_OF_SURNAME` only where the sentence's first words allow a match
    (`_may_open_with_name`, `_FRONTED_TIME_OPENERS`, "of" second); `str.split` breaks
    where the patterns' `\\s` matches."""
    assert all(
        char.isspace() == bool(re.fullmatch(r"\s", char)) for char in map(chr, range(0x3100))
    )
    matched = dict.fromkeys(("opening", "fronted", "office"), 0)
    for text in [*_OPENING_EXTRA, *_gate_inputs()]:
        for sentence in (text, text[1:], text.strip()):
            opening = sentence.split(None, 2)
            if speakers._OPENING_NAME.match(sentence):
                matched["opening"] += 1
                assert speakers._may_open_with_name(opening), sentence
            if speakers._FRONTED_TIME_CLAUSE.match(sentence):
                matched["fronted"] += 1
                assert sentence.startswith(speakers._FRONTED_TIME_OPENERS), sentence
            if speakers._OFFICE_OF_SURNAME.match(sentence):
                matched["office"] += 1
                assert len(opening) > 2 and opening[1] == "of", sentence
    assert all(count >= 2 for count in matched.values()), matched


def test_time_at_end_gate_passes_every_head_the_pattern_matches() -> None:
    """`_without_interjections` searches `_TIME_AT_END` only when the last word of the
    head's last 40 characters may end a time (`_may_end_in_time`)."""
    extra = [
        "the army on Monday ",
        "Kerry last week ",
        "President Reagan for the first time ",
        "Oleksandr Syrskyi, on February 23 ",
        "the ministry in 2014\n",
        "the ministry on \u017funday ",
        "the ministry ON MONDAY  ",
        "the ministry in 12345 ",
    ]
    found = 0
    for text in [*extra, *_heads()]:
        head = text if text.endswith((" ", "\n")) else text + " "
        if speakers._TIME_AT_END.search(head, max(0, len(head) - 40)):
            found += 1
            assert speakers._may_end_in_time(head[-40:]), head
    assert found >= len(extra) - 1, found


def test_blame_test_on_lower_cased_text_matches_the_full_one() -> None:
    """`statements._may_hold_to_blame` with `lowered` leaves out the written forms in
    capitals, which a text `ascii_lower` made cannot hold."""
    extra = ["Kyiv HOLDS Moscow RESPONSIBLE", "held the other to Blame", "holds them accountable"]
    for text in [*extra, *_gate_inputs()]:
        lower = ascii_lower(text)
        assert statements._may_hold_to_blame(lower, lowered=True) == (
            statements._may_hold_to_blame(lower)
        )


def test_left_verb_on_the_last_words_matches_the_guarded_search() -> None:
    compiled = _DEFAULT_PATTERNS
    extra = [
        "Rebels killed or wounded a total of ",
        "the attack claimed the lives of ",
        "  (killed ",
        "They have killed \n ",
        "x killed killed  ",
    ]
    for text in [*TEXTS, *extra]:
        for end in range(len(text) + 1):
            before = text[max(0, end - 60) : end]
            last_words = {w.strip(",;:").casefold() for w in before.rsplit(None, 4)[-4:]}
            plain = (
                compiled.left_verb.search(before) if last_words & compiled.left_verb_words else None
            )
            expected = plain and (plain.group("verb"), plain.group("second"), plain.group())
            for caseless in (figures._caseless_left_verb(compiled), None):
                assert figures._left_verb(before, compiled, caseless) == expected


def test_new_claim_builds_the_same_claim_as_the_dataclass() -> None:
    names = [field.name for field in dataclasses.fields(DetectedClaim)]
    assert names == list(inspect.signature(new_claim).parameters)
    value = NormalizedValue(min=12, max=12)
    fast = new_claim(
        kind="casualty",
        start=3,
        end=9,
        text="12 men",
        subtype="military",
        value=value,
        speaker="x",
        via="AFP",
        actor="y",
        rule="figure.casualty.head_noun",
        confidence=0.9,
    )
    plain = DetectedClaim(
        kind="casualty",
        start=3,
        end=9,
        text="12 men",
        subtype="military",
        value=value,
        speaker="x",
        via="AFP",
        actor="y",
        rule="figure.casualty.head_noun",
        confidence=0.9,
    )
    assert type(fast) is DetectedClaim
    assert fast == plain and hash(fast) == hash(plain) and repr(fast) == repr(plain)
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.kind = "other"  # type: ignore[misc]
    minimal = new_claim(kind="statement", start=0, end=1, text="x", rule="r", confidence=0.5)
    assert minimal == DetectedClaim(kind="statement", start=0, end=1, text="x", rule="r")


def test_quote_mark_offsets_match_the_pattern_without_typewriter_closes() -> None:
    for text in [*TEXTS, '“a” "b" \x95c\x95 ‘d’ it\'s']:
        if "''" in text:
            continue
        expected = [match.start() for match in sentences._QUOTE_MARK_RE.finditer(text)]
        assert sentences._offsets(text, sentences._QUOTE_MARKS) == expected


def test_glued_opener_test_matches_the_pattern_scan() -> None:
    extra = ["forces retreated Elsewhere Syrian troops", "Meanwhile, x", "xMeanwhile y"]
    for text in [*TEXTS, *extra]:
        expected = any(
            sentences._glued_opener(text, match.start())
            for match in sentences._GLUED_OPENER_RE.finditer(text)
        )
        assert sentences._has_glued_opener(text) == expected


def test_period_only_boundaries_match_the_full_pattern() -> None:
    periods_only = [
        text.translate(str.maketrans("!?…:=(*", "......."))
        for text in TEXTS
        if "http" not in text and "www" not in text
    ]
    assert len(periods_only) > 100
    for text in periods_only:
        assert _spans(sentences._BOUNDARY_PERIOD_RE.finditer(text)) == _spans(
            sentences._BOUNDARY_RE.finditer(text)
        )


def test_every_stance_term_is_cued_by_a_token_it_holds() -> None:
    """The cue scan is a necessary condition: a sentence holding a term holds the token
    that stands for it, so no stance is skipped; common words stand in only when a term
    has no other ("have to stop" by "stop", "cease-fire" by one of its parts)."""
    compiled = _DEFAULT_PATTERNS
    vocabulary = compiled.vocabulary
    for term in vocabulary.stance_verbs:
        tokens = {t.lower() for t in patterns._TOKEN_RE.findall(term)}
        cued = {t for t in tokens if compiled.keyword_masks.get(t, 0) & patterns.CUE_STANCE}
        assert cued, term
    assert not compiled.keyword_masks.get("have", 0) & patterns.CUE_STANCE
    assert compiled.keyword_masks["stop"] & patterns.CUE_STANCE
    sentence = "Both sides have to stop the shelling, the envoy said."
    assert sentence_cues(sentence, [(0, len(sentence))], compiled)[0] & patterns.CUE_STANCE


def test_acronym_bracket_test_matches_the_pattern_search() -> None:
    """The bracket-by-bracket test says what a search of `_ACRONYM_IN_PARENS` says,
    with brackets that open no acronym, square ones, and an acronym at either end."""
    extra = [
        "(SOHR)",
        "the Syrian Observatory (SOHR",
        "Médecins Sans Frontières [MSF] said",
        "(a) (Ab) (ABCDEFG) [US] x",
        "[(UN)] ((AU))",
        "no brackets at all",
        "",
    ]
    for text in [*TEXTS, *extra]:
        expected = speakers._ACRONYM_IN_PARENS.search(text) is not None
        assert speakers._has_acronym_in_parens(text) == expected
    assert speakers._has_acronym_in_parens("Doctors Without Borders [MSF] said")
    assert not speakers._has_acronym_in_parens("a (Reuters) report (AB-C)")


def test_acronym_definitions_match_the_whole_text_scan() -> None:
    """Searching only the run of words before each bracketed acronym finds what the
    whole-text scan finds: definitions after punctuation, hyphenated and "of the"
    names, a capital glued to the run's start, non-ASCII letters and square brackets."""
    extra = [
        "the Syrian Observatory for Human Rights (SOHR) said, and the UN (UN) too.",
        "Doctors Without Borders [MSF]; Médecins Sans Frontières (MSF) said",
        "x-Ray Anti-Terror Unit (ATU) and (BBC) and Islamic State in Iraq (ISI)(IS)",
        "One Two Three Four Five Six Seven Eight Nine (ONE) — aB Cd (CD) 9Front (FR)",
        "Kurdistan_Workers Party (PKK) in Ankara (Turkey) [US] [U.S.]",
    ]
    rng = random.Random(1)
    pieces = [
        "Syrian ",
        "Observatory ",
        "of ",
        "the ",
        "(SOHR) ",
        "[MSF] ",
        "(Reuters) ",
        ", ",
        "-",
        "x",
    ]
    extra += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(300)]
    for text in [*TEXTS, *extra]:
        expected = [(m.span(1), m.span(2)) for m in speakers._ACRONYM_DEFINITION.finditer(text)]
        found = [(m.span(1), m.span(2)) for m in speakers._acronym_definitions(text)]
        assert found == expected, text


_POSITION_EXTRAS = [
    "The rebel-held town, remote-controlled bombs, radio-controlled, Army-controlled area",
    "hostages held by the rebels; the areas held by the rebels; being held by militants",
    "the city is under Syrian control and was held largely by IS until it lost control of",
    "a conference held by the think-tank, by-held x-held _-held 5-occupied \u00e9-held",
    "prisoners held mostly by Hamas, the town held by-held forces, held almostly by them",
    "REBEL-HELD; HELD BY THE ARMY; Under Kurdish Control; out of the regime's control",
    "a rebel offensive, the Syrian army's offensive, Regime offensive tightens grip",
    "Offensive will include 40,000 soldiers; set to lead offensive; killed in the offensive",
    "launched its counter-offensive, an offensive to retake Mosul, offensive for Tabaqa",
    "the new fresh major offensive; their long-awaited offensives near Idlib; OFFENSIVE IN X",
    "US troops in eastern Syria, personnel in Juba, embassy personnel, soldiers-in-arms",
    "5troops _troops \u00e9troops troops5 troops\u00e9 x-troops Troops in Mali, forces at Kunduz",
]


def test_offensive_kinds_apart_match_the_one_pattern() -> None:
    """`_offensive_placed` tries the kinds of a placed offensive one by one: a sentence
    holds one iff the one IGNORECASE pattern of all of them finds one."""
    one = re.compile(
        "|".join(
            (
                positions._OFFENSIVE_OF_PARTY.ignorecase.pattern,
                positions._OFFENSIVE_OF_NAME.pattern,
                positions._OFFENSIVE_OWNED.ignorecase.pattern,
                positions._OFFENSIVE_AIMED.pattern,
            )
        ),
        re.IGNORECASE,
    )
    for text in [*TEXTS, *_POSITION_EXTRAS, *(t.upper() for t in _POSITION_EXTRAS)]:
        expected = one.search(text) is not None
        assert positions._offensive_placed(text, lower_for_caseless(text)) == expected
        assert positions._offensive_placed(text, None) == expected


def test_control_modifier_without_held_by_needs_no_match_list() -> None:
    """`_control_modified` on a lower-cased sentence without "held by" (its search from
    the hyphen and of the phrases apart) says what the full scan, each "held" match
    checked, says."""
    assert positions._CONTROL_MODIFIER.ignorecase.pattern.startswith(
        positions._HYPHEN_CONTROL + "|"
    )
    for text in [*TEXTS, *_POSITION_EXTRAS, *(t.upper() for t in _POSITION_EXTRAS)]:
        lowered = lower_for_caseless(text)
        if lowered is None:
            continue
        # with `lowered` None the function runs the full scan on the text itself
        assert positions._control_modified(text, lowered) == positions._control_modified(text, None)
        # the hyphen searched from the hyphen finds the branch's matches, one later
        assert [m.start() + 1 for m in re.finditer(positions._HYPHEN_CONTROL, lowered)] == [
            m.start() for m in positions._HYPHEN_CONTROL_AT_HYPHEN.finditer(lowered)
        ]


def _cue_windows() -> list[str]:
    """Text before a cue as the statement finder cuts it, with the endings the gated
    patterns look for: a blanked quotation, "which"/"who", an acronym, questions."""
    extra = [
        'IS "   " said',
        "the army,   said",
        "the army  \n , \t said",
        "   ,",
        "the army, which  ",
        "the man who\n",
        "killing who ",
        "a UN ",
        "An U.S. ",
        "an A.B.C. \n",
        "Have the generals told",
        "Why not?",
        "Did they?",
        "Should we",
        "Are you sure?",
        "It is, speaking on Monday, based in Kabul, ",
        "The officer, headquartered at the base in Herat,  ",
        "He, writing from Aleppo said ",
        "he stationed near Mosul",
    ]
    texts = [*TEXTS, *extra]
    return [*_texts_before(texts, 2), *texts]


def test_cue_window_gates_pass_every_text_their_patterns_match() -> None:
    """A gate before an end-anchored search says no only where the search finds
    nothing, so skipping the search changes no answer."""
    for before in _cue_windows():
        if statements._AFTER_QUOTATION.search(before):
            assert statements._may_follow_quotation(before), repr(before)
        if statements._RELATIVE_PRONOUN_BEFORE.search(before):
            assert before.rstrip().endswith(statements._RELATIVE_ENDINGS), repr(before)
        if statements._ACRONYM_NOUN_BEFORE.search(before, max(0, len(before) - 14)):
            last = before.rstrip()[-1:]
            assert "A" <= last <= "Z" or last == ".", repr(before)
        if statements._QUESTION.match(before):
            assert before[:1] in statements._QUESTION_INITIALS, repr(before)
        if speakers._LOCATING_PARTICIPLE.search(before, max(0, len(before) - 80)):
            assert speakers._may_hold_locating_participle(before[-80:]), repr(before)
        if speakers._PLATFORM_AT_END.search(before, max(0, len(before) - 40)):
            assert "on " in before[-40:] or "via " in before[-40:], repr(before)


def test_cue_window_gates_rule_out_the_usual_text_before_a_verb() -> None:
    """The gates do their work: the text before a plain "said" passes none of them."""
    before = "Officials in the northern province of Helmand on Monday "
    assert not statements._may_follow_quotation(before)
    assert not before.rstrip().endswith(statements._RELATIVE_ENDINGS)
    assert not speakers._may_hold_locating_participle(before[-80:])
    assert "The army said."[:1] not in statements._QUESTION_INITIALS


def test_last_boundary_mark_is_found_as_by_each_mark_of_the_set() -> None:
    """`_after_last_mark` spells out `_BOUNDARY_MARKS`' marks, one `rfind` each."""
    assert speakers._BOUNDARY_MARKS == ",;:—–"
    for head in [*_heads(), "a — b – c", "won pounds 150,000 in", "x: y; z"]:
        mark = max(map(head.rfind, speakers._BOUNDARY_MARKS))
        while mark > 0 and head[mark] == "," and head[mark - 1 : mark + 2 : 2].isdigit():
            mark = max(head.rfind(char, 0, mark) for char in speakers._BOUNDARY_MARKS)
        assert speakers._after_last_mark(head) == mark + 1, repr(head)


#: Phrases before a reporting verb that describe their speaker by a clause, with odd
#: spacing, a non-breaking space and too many words.
_DESCRIBED_PHRASES = [
    "One man who came out of the theater",
    "residents who managed to flee the town have",
    "One source involved in the negotiations with the rebels",
    "Kurdish forces defending the border town",
    "a  doctor\tclose to the family\n",
    "Two local officials familiar with the talks had",
    "the soldiers including three officers",
    "Some witnesses speaking on condition of anonymity about the attack on the base in the north",
    "A woman who\u00a0lost her son in the war",
    "the other two tired men standing near the gate of the old camp by the river in the town",
]


def test_described_clause_gate_passes_every_phrase_the_pattern_reads() -> None:
    """`_may_be_described_by_clause` says no only where `_DESCRIBED_BY_CLAUSE` cannot
    match the whole phrase, so skipping the pattern changes no speaker."""
    phrases = [text[-120:] for text in _heads()]
    for text in _DESCRIBED_PHRASES:
        phrases.extend(text[cut:] for cut in range(len(text)))
        phrases.extend(text[:cut] for cut in range(len(text)))
    matched = 0
    for phrase in phrases:
        if speakers._DESCRIBED_BY_CLAUSE.fullmatch(phrase):
            matched += 1
            assert speakers._may_be_described_by_clause(phrase), repr(phrase)
    assert matched > 50


def test_described_clause_gate_rules_out_the_usual_speaker_phrase() -> None:
    """The gate does its work: plain speaker phrases and long clauses fail it."""
    for phrase in ("the ministry", "Officials in the northern province", "he", "x " * 16):
        assert not speakers._may_be_described_by_clause(phrase)
    assert speakers._may_be_described_by_clause("residents fleeing the town")


def test_described_sources_start_after_the_last_stop_mark() -> None:
    """`_described_source_at_end` tries only the articles after the clause's last
    `_DESCRIPTION_STOPS` mark: none before it starts a description that runs to the
    end, and the scan from there finds the articles the whole scan finds there."""
    extra = [
        "in the north a group tracking the violence",
        "in the north, a group tracking the violence",
        "the town. A monitor based in the city",
        "a “group” of doctors that supports one clinic",
        "an official who declined to be named; one source close to the talks ",
        "One man. an aid worker",
    ]
    matched = 0
    for clause in [*(text[-160:] for text in _heads()), *extra]:
        stop = speakers._last_stop(clause)
        assert stop == max(clause.rfind(mark) for mark in speakers._DESCRIPTION_STOPS)
        articles = list(speakers._INDEFINITE_START.finditer(clause))
        for article in articles:
            if speakers._DESCRIBED_SOURCE.fullmatch(clause, article.start()):
                matched += 1
                assert article.start() > stop, repr(clause)
        after = [m.span() for m in speakers._INDEFINITE_START.finditer(clause, stop + 1)]
        assert after == [m.span() for m in articles if m.start() > stop]
    assert matched > 20


def test_document_gate_passes_every_clause_the_issuer_pattern_reads() -> None:
    """`_names_a_document` says no only where `_DOCUMENT_ISSUER` finds nothing."""
    extra = [
        "a statement attributed to the field commander",
        "In a joint communiqué from the two ministries",
        "the communique issued late Monday by the brigade",
        "Their letter sent to the council",
        "an announcement released overnight to the press",
        "the report by  the monitors",
    ]
    matched = 0
    for clause in [*(text[-120:] for text in _heads()), *extra]:
        if speakers._DOCUMENT_ISSUER.search(clause):
            matched += 1
            assert speakers._names_a_document(clause), repr(clause)
    assert matched >= len(extra)
    assert not speakers._names_a_document("Officials in the northern province of Helmand")


def test_the_exceed_gate_skips_only_figures_that_no_beyond_verb_precedes() -> None:
    extra = [
        "is expected to exceed 8,000 troops",
        "the toll EXCEEDED\n 1,000",
        "Deaths Topped  300",
        "casualties surpassing\t50",
        "the desktop 5 and stopped 12",
        "exceedance 9",
    ]
    for text in [*TEXTS, *extra]:
        for end in range(len(text) + 1):
            plain = figures._BEYOND_BEFORE.search(text, max(0, end - 16), end) is not None
            assert figures._may_exceed(text, end) == plain, (text, end)


def test_holds_any_of_the_fewest_substrings_is_the_substrings_scan() -> None:
    """`holds_any` (a `find` per string) on `fewest_substrings` answers as a
    `substrings_regex` search for all the strings, in any window of a text."""
    word_lists = [
        ["dead", "death", "number", "toll", "tolls", "deaths"],
        ["compound", "base", "camp", "checkpoint", "post", "academy", "training cent"],
        ["a", "ab", "b a", "ba", "a"],
    ]
    assert fewest_substrings(word_lists[0]) == ("dead", "death", "number", "toll")
    assert fewest_substrings(word_lists[2]) == ("a",)
    rng = random.Random(3)
    texts = [*(text.lower() for text in TEXTS[:150]), "the death toll", "tolls. deat h"]
    for words in word_lists:
        scan, fewest = substrings_regex(words), fewest_substrings(words)
        for text in texts:
            assert holds_any(text, fewest) == (scan.search(text) is not None)
            for _ in range(8):
                start = rng.randrange(len(text) + 1)
                end = max(0, start + rng.randint(-3, 30))  # offsets, none negative
                expected = scan.search(text, start, end) is not None
                assert holds_any(text, fewest, start, end) == expected, (text, start, end)


def test_marked_anchor_copy_keeps_letters_and_marks_digits_and_separators() -> None:
    """The bytes copy `_anchors` scans: same length, every digit "0", every separator
    but "," and "." a space, letters, "_", "-", "," and "." kept."""
    for text in TEXTS:
        lowered = ascii_lower(text)
        if not lowered.isascii():
            continue
        marked = lowered.encode("ascii").translate(numbers._ANCHOR_MARKS).decode("ascii")
        assert len(marked) == len(lowered)
        for char, mark in zip(lowered, marked, strict=True):
            if char.isdigit():
                assert mark == "0"
            elif char.isalpha() or char in "_-,.":
                assert mark == char
            else:
                assert mark == " ", repr(char)


def test_figure_anchors_in_a_window_match_the_single_alternation() -> None:
    """`_anchors` on part of a text (ASCII: the marked bytes; else the plain scans)."""
    words = numbers._WORD_ANCHOR_RE.pattern + "|" + numbers._HYPHENATED_TENS_RE.pattern
    anchors = re.compile(r"\d[\d,.]*|" + words)
    for text in [*TEXTS, *(f"ü {text} 3,5 twenty-one" for text in TEXTS[:60])]:
        lowered = ascii_lower(text)
        for start in range(0, len(lowered), 9):
            for end in (start + 1, start + 30, len(lowered)):
                expected = _spans(anchors.finditer(lowered, start, min(end, len(lowered))))
                assert numbers._anchors(lowered, start, min(end, len(lowered))) == expected


def test_left_verb_caseless_matches_the_ignorecase_search() -> None:
    """`_left_verb` runs `left_verb` case-sensitively on the lower-cased window: the
    same verb, pair and match, taken from the window as written."""
    caseless = figures._caseless_left_verb(_DEFAULT_PATTERNS)
    assert caseless is not None
    extra = [
        "gunmen KILLED or Wounded a total of ",
        "the blast Killed The ",
        "militants executed\n",
        "which claimed the lives of ",
        "\u0130stanbul bombers killed ",
        "and injured another ",
        "killed or captured all the ",
    ]
    windows = [*extra, *(text[-60:] for text in TEXTS), *(text[:60] for text in TEXTS)]
    checked = 0
    for before in windows:
        figures._left_verb.cache_clear()
        found = figures._left_verb(before, _DEFAULT_PATTERNS, caseless)
        plain = _DEFAULT_PATTERNS.left_verb.search(before)
        words = {w.strip(",;:").casefold() for w in before.rsplit(None, 4)[-4:]}
        if not words & _DEFAULT_PATTERNS.left_verb_words:
            assert found is None
            continue
        checked += plain is not None
        expected = plain and (plain.group("verb"), plain.group("second"), plain.group())
        assert found == (expected or None), repr(before)
    assert checked >= len(extra) - 1


def test_one_character_tests_after_a_figure_match_startswith() -> None:
    """`_quoted_alone` and the hyphen and " of " tests after a figure (a slice compared)
    answer as `startswith` at the offset, at the text's ends too."""
    texts = [*TEXTS, "'over 100' rebels", "“12” fighters", "a 3,000-strong force", "5 of "]
    quoted = 0
    for text in texts:
        for figure in numbers.find_figures(text):
            plain = (
                text.startswith(("’", "”", "'", '"'), figure.end)
                and figure.start == figure.outer_start > 0
                and text.startswith(("‘", "“", "'", '"'), figure.start - 1)
            )
            quoted += plain
            assert figures._quoted_alone(text, figure) == plain, (text, figure)
        for pos in range(len(text) + 2):
            assert (text[pos : pos + 1] == "-") == text.startswith("-", pos)
            assert (text[pos : pos + 4] == " of ") == text.startswith(" of ", pos)
    assert quoted >= 2


def _left_phrase_plain(head: str, lexicon: speakers.Lexicon, participle: bool) -> str | None:
    """The phrase before a verb as `LeftPhrases.find` worked it out for each article."""
    after_blank = None
    if "   " in head:
        after_blank = speakers.after_last_blank(head)
        head = speakers._SPACE_RUN.sub(" ", head)
    if ", who" not in head or not head.rstrip().endswith(","):
        head = speakers._without_interjections(head)
    found = speakers._left_np(head, lexicon, participle)
    if found is None and after_blank and after_blank[0].isupper():
        found = speakers._left_np(after_blank, lexicon, participle)
    return found


def test_left_phrases_kept_across_articles_are_the_plain_answers() -> None:
    """`LeftPhrases.find` keeps its answers across articles (`_phrase_before`): each
    is what the article alone would work out, whichever article asked first."""
    lexicon = statements._lexicon(_DEFAULT_PATTERNS)
    heads = [
        *_heads(),
        "The claims could not be independently",
        "Lt Col Slack, who lost one soldier, during his stint in charge, ",
        "the ministry on Monday ",
        "Lord Dannatt, in an article for The Daily Telegraph, ",
    ]
    speakers._phrase_before.cache_clear()
    first, second = speakers.LeftPhrases(lexicon), speakers.LeftPhrases(lexicon)
    for participle in (False, True):
        for head in heads:
            masked = f"{head}said"
            expected = _left_phrase_plain(head[-300:], lexicon, participle)
            assert first.find(masked, len(head), participle) == expected, repr(head)
        for head in reversed(heads):
            masked = f"{head}said"
            expected = _left_phrase_plain(head[-300:], lexicon, participle)
            assert second.find(masked, len(head), participle) == expected, repr(head)
    # the second article's asks were all answered from the first's
    assert speakers._phrase_before.cache_info().hits >= len(heads) * 2


def _rule_test_sentences() -> list[str]:
    """The sentences of the position and stance rule tests (string constants of their
    modules), lower-case and upper-case too: the rules' own wordings for the gates."""
    import ast
    from pathlib import Path

    folder = Path(__file__).parent
    found: list[str] = []
    for name in ("test_military_recall.py", "test_positions.py"):
        tree = ast.parse((folder / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            text = node.value if isinstance(node, ast.Constant) else None
            if isinstance(text, str) and len(text) > 15:
                found.extend((text, text.lower(), text.upper()))
    return found


_GATED_SENTENCES = [
    "They still can obtain supplies and plan attacks from Afghanistan's remote mountains.",
    "Groups mounting raids from Iraqi territory were hit.",
    "The rebels launched incursions from Lebanon.",
    "Hundreds fled from the town after the attack.",
    "They reached Harawa, a town about 70 km from Sirte.",
    "The convoy reached Aleppo, the city the rebels hold.",
    "Aid reached Goma, a port on the lake.",
    "The jihadists were forced out of Palmyra.",
    "The rebels were finally forced from Homs.",
    "Government forces left Idlib.",
    "The troops were pushed from the town of Sinjar.",
    "The soldiers were forced to retreat.",
    "Russia had supplied 100 battle tanks to the separatists.",
    "The rebels received anti-tank missiles from their Western backers.",
    "The US is only providing non-lethal assistance to the opposition.",
    "The EU confirmed a new aid package for Ukraine.",
    "Britain will send weapons and humanitarian aid to Kyiv.",
    "Turkey is preventing Kobane from getting ammunition.",
    "The Taliban took Kabul.",
    "Rebels took back the town of Qusair.",
    "ISIS quickly took over Mosul.",
    "The soldiers took part in the parade.",
    "The army took the decision to withdraw.",
    "Houthi rebels control much of northern Yemen.",
    "The rebels are in control of Donetsk.",
    "Hamas held talks in Cairo.",
    "The Taliban now rule Afghanistan.",
    "Rebels hold sway over much of the north.",
    "The soldiers ran the London Marathon.",
    "The troops left on Monday.",
    "Kurd-led forces press Islamic State near Raqqa.",
    "Government troops pressed on towards Sirte.",
    "The rebels pressed for talks in Geneva.",
]


def _pieces_joined(pieces: tuple[str, ...], seed: int, count: int, most: int) -> list[str]:
    """`count` texts of one to `most` pieces drawn at random (seeded, so a failure
    repeats), each piece followed by a space or not: the edge cases of a fast path
    come from the pieces' joins, which hand-written inputs miss."""
    rng = random.Random(seed)
    return [
        "".join(rng.choice(pieces) + rng.choice(("", " ")) for _ in range(rng.randint(1, most)))
        for _ in range(count)
    ]


def _gate_inputs() -> list[str]:
    return [*_GATED_SENTENCES, *_rule_test_sentences(), *TEXTS]


def _lowered(sentence: str) -> str:
    """The lower-cased sentence `_military` and the stance rules are handed."""
    lowered = lower_for_caseless(sentence)
    return ascii_lower(sentence) if lowered is None else lowered


def test_military_gates_pass_every_sentence_their_patterns_match() -> None:
    """`_may_strike_from`, `_may_name_a_town`, `_may_leave` and the verb-first scans
    (`_TAKES_A_CAPITAL_SCAN`, `_RULING_SCAN`, `_LEAVING_SCAN`, `_PRESSING_SCAN`) skip a
    pattern only where it cannot match, so the gated rules answer as the plain patterns
    do."""
    rules = positions._patterns(_DEFAULT_PATTERNS)

    def scan(pattern: re.Pattern[str]) -> Callable[[str, str], bool]:
        return lambda lower, sentence: pattern.search(sentence) is not None

    takes_a_capital = scan(positions._TAKES_A_CAPITAL_SCAN)
    gates = (
        (positions._ATTACKS_FROM, lambda lower, _: positions._may_strike_from(lower)),
        (positions._REACHED_NAMED_TOWN, lambda lower, _: positions._may_name_a_town(lower)),
        (rules.force_left_place, lambda lower, _: positions._may_leave(lower)),
        (rules.force_left_place, scan(positions._LEAVING_SCAN)),
        (rules.party_took_place, takes_a_capital),
        (rules.party_rules, scan(positions._RULING_SCAN)),
        (rules.force_presses, scan(positions._PRESSING_SCAN)),
    )
    matched = dict.fromkeys(range(len(gates)), 0)
    for sentence in _gate_inputs():
        lower = _lowered(sentence)
        for index, (pattern, gate) in enumerate(gates):
            if pattern.search(sentence):
                matched[index] += 1
                assert gate(lower, sentence), (pattern.pattern[:40], sentence)
    assert all(count >= 2 for count in matched.values()), matched
    assert not positions._may_strike_from(_lowered("Hundreds fled from the town."))
    assert not positions._may_leave(_lowered("The soldiers were forced to retreat."))
    assert not takes_a_capital("", "The soldiers took part in the parade.")
    assert not positions._RULING_SCAN.search("The rebels ran out of ammunition.")


def test_support_gates_pass_every_sentence_arms_or_aid_match() -> None:
    """`StancePatterns.weapon_words`, `aid_words`, `arms_terms` and `aid_terms` skip the
    caseless `arms` and `aid` scans only where they cannot match (`stances._may_hold`),
    so `_support_given` answers as before; a sentence whose characters the caseless
    scans fold unlike `str.lower` is always scanned."""
    from annotator.detection import stances

    stance = stances.stance_patterns(_DEFAULT_PATTERNS)
    matched = {"arms": 0, "aid": 0}
    for sentence in _gate_inputs():
        lowered = lower_for_caseless(sentence)
        lower = _lowered(sentence)
        weapons = stance.weapon_words.search(lower) is not None
        aid = stance.aid_words.search(lower) is not None
        if stance.arms.search(sentence):
            matched["arms"] += 1
            assert stances._may_hold(weapons, stance.arms_terms, lower, lowered), sentence
        if stance.aid.search(sentence):
            matched["aid"] += 1
            assert stances._may_hold(aid, stance.aid_terms, lower, lowered), sentence
    assert matched["arms"] >= 2 and matched["aid"] >= 2, matched
    assert stances._may_hold(False, stance.aid_terms, "\u017fent aid", None)
    assert not stances._may_hold(True, stance.aid_terms, "aid arrived", "aid arrived")


_PLACE_HEADING_SPANS = [
    "Raqqa Army units advanced in Raqqa countryside and took two villages.",
    "Deir Ezzor Units of the army repelled an attack in the Deir Ezzor city on Monday.",
    "Hama Army units destroyed a position near the southern Hama province.",
    "Idlib University and the Department of Education in Idlib also announced exams.",
    "Daraa Troops shelled Daraa and then the Daraa countryside again.",
    "Aleppo Army units struck in Aleppo, far from the Aleppo city centre.",
    "Homs Army units advanced towards Homs Homs city after the Homs governorate fell.",
    "Syrian Army units attacked the Syrian rebels in the Syrian province.",
    "Monday Army units opened the Monday market area.",
    "Raqqa Army units advanced in Raqqa\ncountryside and took it.",
    "Palmyra Army units returned to Palmyra countrysides in the east.",
    "Raqqa Army units held Raqqa, the Raqqa province and the Raqqa city.",
    "Tal Abyad Kurdish fighters entered at Tal Abyad town on Sunday.",
    "Tal Abyad Kurdish fighters entered Tal Abyad.",
]


def _place_heading_end_unguarded(text: str, start: int, end: int) -> int:
    """`sentences._place_heading_end` as it was before its `find` gate and its fixed
    patterns: one pattern compiled with the place in it."""
    found = sentences._PLACE_HEADING_RE.match(text, start, end)
    if found is None:
        return -1
    place = found.group()
    if place.endswith(sentences._DEMONYM_ENDINGS) or sentences._CALENDAR_WORD.fullmatch(
        place.casefold()
    ):
        return -1
    again = re.compile(
        rf"\b(?:in|at|of|near|around|from|into|to|the)(?: [a-z]+)? {re.escape(place)}"
        rf" {sentences._PLACE_NOUNS}\b"
    )
    if again.search(text, found.end(), end) is None:
        return -1
    return found.end()


def test_place_heading_gate_finds_what_the_pattern_finds() -> None:
    """`_place_heading_end` skips building and running its place-again pattern when the
    span never has the place between spaces again; it cuts where the plain pattern cuts,
    at every start and end of made-up headings and random splices of them."""
    rng = random.Random(27)
    spans = list(_PLACE_HEADING_SPANS)
    for _ in range(300):
        first, second = rng.sample(_PLACE_HEADING_SPANS, 2)
        cut = rng.randrange(len(second))
        spans.append(first[: rng.randrange(len(first))] + " " + second[cut:])
    cuts = 0
    for text in spans:
        for end in {len(text), len(text) - 1, len(text) // 2}:
            for start in (0, 1, text.find(" ") + 1):
                expected = _place_heading_end_unguarded(text, start, end)
                assert sentences._place_heading_end(text, start, end) == expected, text
                cuts += expected > 0
    assert cuts >= 10


_NOT_ASCII_ANCHOR_TEXTS = [
    "“Twelve soldiers” were killed — five of them officers.",
    "They counted ٣٤ dead and ١٢,٠٠٠ displaced in Ḥalab.",
    "éone ñtwo threeé fourß ﬁve ²six seven² eight³ 9² ½ten",
    "Al-Qaïda lost twenty\u00a0fighters and thirty\u2009one\u202fwounded.",
    "İki İstanbul one—two–three…four«five»six‘seven’eight",
    "١٢three four٣ ٣four, five.٣ six.seven, eight,nine 1.٢",
    "Sixty-two ﬁghters; sixty‑two (a non-breaking hyphen) and ninety-ﬁve.",
    "Ünter hundreds ünd thousands öf dozens; scores·several·tens",
]


def test_figure_anchors_of_text_not_ascii_match_the_single_alternation() -> None:
    """`_anchors` marks a text that is not ASCII for the byte scans too: letters and
    digits that are not ASCII next to the number words and digit runs (accented letters,
    Arabic-Indic digits, superscripts, ligatures), and separators that are not ASCII
    (curly quotes, dashes, no-break spaces), give the spans the plain alternation finds
    in the text, at every window."""
    words = numbers._WORD_ANCHOR_RE.pattern + "|" + numbers._HYPHENATED_TENS_RE.pattern
    anchors = re.compile(r"\d[\d,.]*|" + words)
    texts = _with_tail_head_splices(_NOT_ASCII_ANCHOR_TEXTS, seed=27)
    for text in texts:
        lowered = ascii_lower(text)
        assert not lowered.isascii() or text.isascii()
        marked = numbers._marked_anchor_text(lowered)
        assert len(marked) == len(lowered)
        for start in range(0, len(lowered), 4):
            for end in (start + 1, start + 17, len(lowered)):
                expected = _spans(anchors.finditer(lowered, start, min(end, len(lowered))))
                assert numbers._anchors(lowered, start, min(end, len(lowered))) == expected, text


_GLUED_SOURCE_SPANS = [
    "Chemical attacks Human Rights Watch on Monday accused the government of gas use.",
    "Humanitarian corridors SANA said the corridors opened at dawn.",
    "In a statement SANA said the army advanced.",
    "Nato chief Jens Stoltenberg says the alliance is ready.",
    "Air strikes The Syrian Observatory for Human Rights reported 12 dead.",
    "Ceasefire talks UN envoy Staffan de Mistura on Friday warned of delays.",
    "Border crossings A Turkish official confirmed the closure.",
    "killed Abu Omar said: “we were attacked”, and Reuters denied it.",
    "Sieges Amnesty’s O’Brien claimed that the town was starving.",
    "no space before\u00a0Reuters said it, then again Reuters reported.",
]


def test_glued_source_pattern_opening_with_its_space_finds_what_it_found() -> None:
    """`_HEADING_SOURCE_RE` opens with the space and looks back for the lower-case letter
    before it, rather than opening with the look-behind: the same matches at every window,
    including one that starts right after the letter (the look-behind reads before the
    window, as before)."""
    before = re.compile(
        "(?<=[a-z]) " + sentences._HEADING_SOURCE_RE.pattern.removeprefix(" (?<=[a-z] )")
    )
    assert before.pattern != sentences._HEADING_SOURCE_RE.pattern
    rng = random.Random(27)
    texts = list(_GLUED_SOURCE_SPANS)
    for _ in range(200):
        first, second = rng.sample(_GLUED_SOURCE_SPANS, 2)
        texts.append(first[: rng.randrange(len(first))] + second[rng.randrange(len(second)) :])
    found = 0
    for text in texts:
        for start in range(len(text)):
            for end in (start + 40, start + sentences._HEADING_REACH, len(text)):
                expected = before.search(text, start, end)
                fast = sentences._HEADING_SOURCE_RE.search(text, start, end)
                assert (fast and fast.span()) == (expected and expected.span()), text
                found += expected is not None
    assert found >= 50


#: Pieces of text for the registry's word look-ups: names, joining words, acronyms,
#: the characters `\w`, `\s` and the look-arounds treat apart (apostrophes, hyphens,
#: "_", digits, non-ASCII letters and digits, line breaks, non-breaking spaces).
_REGISTRY_PIECES = (
    *("World", "Health", "Organization", "Organisation", "of", "the", "for", "and", "on"),
    *("in", "into", "inside", "to", "from", "against", "Ministry", "Defence", "Israel"),
    *("Brian", "Katz", "O'Brien", "Obrien", "Syrian", "Observatory", "Human", "Rights"),
    *("SOHR", "WHO", "MoD", "terror", "Terror", "group", "ofthe", "theology", "only", "X"),
    *(" ", " ", " ", "  ", "\n", "\u00a0", "\t", "-", "'", "’", "_", ".", ",", "(", "3"),
    *("é", "Élysée", "٣", "o", "Oo", "Mo", "Mi", "D", "De", "Wo"),
)


def _registry_texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    texts = [
        "the World Health Organization said. The WHO said",
        "the Ministry of Defence said the MoD",
        "Organization of the Islamic Cooperation",
        "in  Israel, Israel Katz said; to\nIsrael_ into Israel' inside-Israel",
        "terror-group's terror_ 'terror terror’s Terror",
        "Brian Katz and Brian. -Brian Brian' Brian-Brian Brian_",
    ]
    for _ in range(count):
        pieces = [rng.choice(_REGISTRY_PIECES) for _ in range(rng.randint(1, 40))]
        # words apart as often as glued: a look-up's hits need spaces around
        texts.append("".join(p + rng.choice(("", " ")) for p in pieces))
    return texts


def test_registry_word_scans_find_what_their_patterns_would() -> None:
    """`NameRegistry._spelled_out`, `common_word` and `_first_name_holder` walk the text
    with `str.find` instead of compiling a pattern per acronym or word: on made-up text
    full of near misses they find exactly what those patterns find."""
    lexicon = statements._lexicon(_DEFAULT_PATTERNS)
    acronyms = ("WHO", "MoD", "SOHR", "OIC", "IKD", "WO", "MD", "OOO", "HR", "DoD")
    words = ("Israel", "Brian", "O'Brien", "Terror", "Katz", "_x", "-Brian", "Brian'", "é")

    def spelled(acronym: str, text: str) -> str | None:
        joiner = r"\s+(?:(?:of|for|the|and|on|in)\s+)*"
        parts = joiner.join(rf"{letter}[a-z][\w'’-]*" for letter in acronym)
        found = re.search(rf"{parts[0]}(?<![\w-].){parts[1:]}(?![\w-])", text)
        return found.group() if found else None

    def common(word: str, text: str) -> bool:
        escaped = re.escape(word.casefold())
        return re.search(rf"{escaped}(?<![\w’'-]{escaped})(?![\w’'])", text) is not None

    seen = {"spelled": 0, "common": 0, "mentions": 0, "placed": 0}
    for text in _registry_texts(3000, 7):
        registry = speakers.NameRegistry(lexicon, text)
        for acronym in acronyms:
            expected = spelled(acronym, text)
            seen["spelled"] += expected is not None
            assert registry._spelled_out(acronym) == expected, (acronym, text)
        for word in words:
            expected_common = common(word, text)
            seen["common"] += expected_common
            assert speakers._lower_word_in(text, word.casefold()) == expected_common
            mentions = [m.start() for m in re.finditer(rf"\b{re.escape(word)}\b", text)]
            seen["mentions"] += bool(mentions)
            assert speakers._whole_word_starts(text, word) == mentions, (word, text)
            placed = re.search(rf"\b(?:in|to|from|into|against|inside)\s+{re.escape(word)}\b", text)
            seen["placed"] += placed is not None
            assert speakers._placed_word(text, word) == (placed is not None), (word, text)
    assert all(count >= 20 for count in seen.values()), seen
    registry = speakers.NameRegistry(lexicon, "the Ministry of Defence said")
    assert registry._spelled_out("MoD") == "Ministry of Defence"
    assert speakers._placed_word("flights to Israel", "Israel")
    assert not speakers._placed_word("flights into-Israel", "Israel")


def _strip_np_by_substitution(np: str, prefilter: bool = True) -> str:
    """`speakers.strip_np` as it read with a substitution for each pattern; without
    `prefilter`, as it was before the trailing pattern's prefilter, which applied that
    pattern on every round."""
    np = speakers._PARENS.sub(" ", np)
    np = speakers._SPACES.sub(" ", np).strip(speakers._EDGE_CHARS)
    previous = None
    while previous != np:
        previous = np
        np = speakers._LEADING.sub("", np).strip(speakers._EDGE_CHARS)
        np = speakers._SUBORDINATORS.sub("", np).strip(speakers._EDGE_CHARS)
        last = np.rsplit(" ", 1)[-1]
        if not prefilter or (
            (not last.isascii() or last.lower() in speakers._TRAILING_LAST_WORDS)
            and not (last == "Today" and speakers._after_a_capital(np))
        ):
            np = speakers._TRAILING.sub("", np).strip(speakers._EDGE_CHARS)
            last = np.rsplit(" ", 1)[-1]
        if speakers._sentence_period(last):
            np = np[:-1]
    return np


def test_strip_np_matches_its_substitutions() -> None:
    """`strip_np` blanks parentheses only where there is one, joins the words split at
    whitespace instead of substituting `\\s+`, and cuts a leading phrase with a match
    and a slice: every phrase comes out as the substitutions gave it, whitespace of
    every kind `\\s` knows (and `str.split` splits at) included."""
    every = "".join(map(chr, range(0x110000)))
    spaces = [char for char in every if char.isspace()]
    assert re.findall(r"\s", every) == spaces
    pieces = (
        *("Meanwhile", "on Monday", "12 March", "Mar 3,", "But", "and", "also", "the"),
        *("ministry", "(SOHR)", "<LNTL.O>", "(", ")", "<", ">", "said", "has", "today"),
        *("Today", "Aleppo", "TV.", "U.S.", ",", "—", "'", "“", *spaces),
    )
    phrases = [*_gate_inputs(), *_pieces_joined(pieces, seed=11, count=4000, most=12)]
    for phrase in phrases:
        assert speakers.strip_np(phrase) == _strip_np_by_substitution(phrase), phrase
    assert speakers.strip_np("Meanwhile,\u2003the ministry (in Damascus)") == "the ministry"
    assert speakers._without_match(speakers._LEADING, "Meanwhile, the army") == "the army"
    assert speakers._without_match(speakers._SUBORDINATORS, "the army") == "the army"


def test_office_search_runs_wherever_it_can_match() -> None:
    """`_after_for_or_to` lets `_OFFICE_FOR_BEFORE` search before a capitalised run
    only where it can end (the name tables' "envoy for Syria Staffan de Mistura"): at
    every position of made-up and sample text where the search finds an office, the
    gate holds; and no character but the letters themselves folds to one of "f", "o",
    "r", "t" under re.IGNORECASE, which `str.lower` would miss."""
    folds = [chr(c) for c in range(0x110000) if re.fullmatch(r"(?i)[fort]", chr(c))]
    assert all(char.lower() in "fort" for char in folds), folds
    pieces = (
        *("UN special envoy", "Envoy", "AMBASSADOR", "ambassador", "rapporteur", "for"),
        *("FOR", "To", "to", "into", "Syria", "Staffan", "de", "Mistura", "Russia", "the"),
        *(" ", "  ", "\n", "\u00a0", "\u2003", ",", "-", "x"),
    )
    texts = [*_gate_inputs(), *_pieces_joined(pieces, seed=13, count=3000, most=16)]
    found = 0
    for text in texts:
        for at in range(len(text) + 1):
            if speakers._OFFICE_FOR_BEFORE.search(text, max(0, at - 24), at):
                found += 1
                assert speakers._after_for_or_to(text, at), (text, at)
    assert found >= 100, found
    assert not speakers._after_for_or_to("envoy for Syria", len("envoy for Syria"))


_PASSIVE_AND_CHANGE_SENTENCES = [
    "The villages taken by government forces had been recaptured by the rebels.",
    "One of the villages, Mufti, was captured by mid-day.",
    "The town was seized  by\nthe militants.",
    "The airport was CAPTURED BY the army.",
    "The bill was passed by parliament.",
    "The ground was \u017feized by the rebels.",
    "since the RSF took over",
    "after Islamic State took control of the town",
    "Hizballah was leading the attack on Deir al-Adas.",
    "They led an assault against Homs.",
    "He killed the attack dog.",
    "shelling had forced the Free Syrian Army from the town",
    "forcing ISIS militants from the city",
    "The army expelled the militants from Tikrit.",
    "The troops pushed back the rebels from the airport.",
    "They beat back the fighters out of the valley.",
    "al-Nusra started expanding into the countryside.",
    "They were enforced the rules; the council misled the public.",
    "The company expanded into new markets.",
    "Rebels FORCED the Army out of the town.",
]


def test_passive_and_ground_change_cores_pass_every_match() -> None:
    """`_PASSIVE_BY` and `_GROUND_CHANGE_CORE` skip `passive_control` and `_GROUND_CHANGE`
    only where these cannot match: each match holds the core's participle and "by", or a
    branch's verb and the word after it; on a sentence `lower_for_caseless` rejects the
    core runs caselessly on the sentence itself."""
    rules = positions._patterns(_DEFAULT_PATTERNS)
    gates = (
        (rules.passive_control, positions._PASSIVE_BY),
        (positions._GROUND_CHANGE, positions._GROUND_CHANGE_CORE),
    )
    matched = [0, 0]
    rng = random.Random(27)
    inputs = [*_PASSIVE_AND_CHANGE_SENTENCES, *_gate_inputs()]
    inputs += [rng.choice(inputs) + " " + rng.choice(inputs).upper() for _ in range(300)]
    for sentence in inputs:
        lowered = lower_for_caseless(sentence)
        for index, (pattern, core) in enumerate(gates):
            if pattern.search(sentence):
                matched[index] += 1
                assert core.search(sentence, lowered), (index, sentence)
    assert all(count >= 8 for count in matched), matched
    assert not positions._PASSIVE_BY.search("The bill was passed by parliament.", None)
    for sentence in ("He killed the attack dog.", "The council misled the public."):
        assert not positions._GROUND_CHANGE_CORE.search(sentence, sentence.lower())


def test_named_force_in_town_needs_its_town_word() -> None:
    """`_force_in_place` tries `_NAMED_FORCE_IN_TOWN` only where `_may_name_a_town` finds
    one of its place nouns (all of them are among that test's words)."""
    extra = [
        "Footage showed Hezbollah fighters in the town.",
        "Russian troops were seen inside the city.",
        "Kurdish forces deployed in the district.",
        "Syrian soldiers are in the village.",
        "Hezbollah fighters in the hills.",
    ]
    found = 0
    for sentence in [*extra, *_gate_inputs()]:
        if positions._NAMED_FORCE_IN_TOWN.search(sentence):
            found += 1
            assert positions._may_name_a_town(_lowered(sentence)), sentence
    assert found >= 4


def test_quote_hint_from_the_mark_is_the_hint_from_the_space() -> None:
    """`stances._QUOTE_HINT` (from the quote mark back to a space) finds a mark after
    whitespace where the plain scan from the space does."""
    from annotator.detection import stances

    plain = re.compile(r"\s[‘'“\"]")
    extra = ["'a", " 'a", "a'", "a 'b", "\t\u201cx", 'x\n"y', "\u2018", " \u2018", "''", " ''"]
    for text in [*extra, *TEXTS, *_gate_inputs()]:
        lower = _lowered(text)
        assert bool(stances._QUOTE_HINT.search(lower)) == bool(plain.search(lower)), text


def test_took_it_and_lost_place_gates_pass_every_match() -> None:
    """`_military` tries `_TOOK_IT` only where one of `_TOOK_IT_STEMS` is, and
    `_LOST_PLACE` only where "lost", "lose" or "losing" is (not any "los", which "also"
    and "close" hold): each match holds one of them."""
    extra = [
        "the city of el-Fasher after the RSF seized it",
        "bombarded the city for weeks before taking it",
        "The rebels overran them at dawn.",
        "Government troops retook it on Monday.",
        "They stormed them.",
        "The militants liberated it.",
        "since December when it lost Ramadi",
        "The army is losing Aleppo.",
        "The regime loses Idlib.",
        "They could lose Mosul.",
        "She also lost Maxine in the bombings.",
    ]
    took = lost = 0
    for sentence in [*extra, *_gate_inputs()]:
        lower = _lowered(sentence)
        if positions._TOOK_IT.search(lower):
            took += 1
            assert holds_any(lower, positions._TOOK_IT_STEMS), sentence
        if positions._LOST_PLACE.search(sentence):
            lost += 1
            assert "lost" in lower or "lose" in lower or "losing" in lower, sentence
    assert took >= 6 and lost >= 4, (took, lost)


_FORCE_AT_PLACE_SENTENCES = [
    "A Ukrainian serviceman sits on a tank inside a military camp in Donetsk.",
    "South Korean soldiers on exercise near the border.",
    "  Troops patrol in Kabul.",
    "Officials said soldiers were in Kabul.",
    "Russian forces are now fighting inside Ukraine.",
    "Artillery units moving inside Ukraine.",
    "1,000 Russian troops now actively engaged in the conflict.",
    "TROOPS ARE FIGHTING IN SYRIA.",
    "The US will keep 9,800 troops in Afghanistan.",
    "The troops that stay behind will train the army.",
    "170 British troops will remain after December.",
    "The number of troops will slide down to 5,500.",
    "Troop levels are to be cut by almost half.",
    "It raises the number of U.S. forces in the country to over 1,000.",
    "British numbers in Afghanistan will be reduced to a token force.",
    "Obama will cut US troop levels in Iraq.",
    "The marines remained\nin Helmand.",
    "The headquarters of Ahrar al-Sham was struck.",
    "UK troops will shortly relocate to Kandahar air base.",
    "Camp Bastion is the British headquarters in Helmand province.",
    "Rebels attacked a Syrian army outpost.",
    "Soldiers guarded the Basra air base.",
    "The Google headquarters in London.",
    "A video was posted from the camp.",
]


def test_force_at_place_gates_pass_every_match() -> None:
    """`_FORCE_ACTIVE_CORE`, `_FORCE_KEPT_CORE` and `_may_name_a_site` skip
    `_FORCE_ACTIVE_IN`, `_FORCE_KEPT` and `_military_site` only where these cannot match,
    and `_FORCE_BUSY_AT_PLACE` (anchored at the start) matches where it searches."""
    matched = [0, 0, 0]
    for sentence in [*_FORCE_AT_PLACE_SENTENCES, *_gate_inputs()]:
        lowered = lower_for_caseless(sentence)
        lower = _lowered(sentence)
        busy = positions._FORCE_BUSY_AT_PLACE
        assert bool(busy.match(sentence)) == bool(busy.search(sentence)), sentence
        if positions._FORCE_ACTIVE_IN.search(sentence):
            matched[0] += 1
            assert positions._FORCE_ACTIVE_CORE.search(sentence, lowered), sentence
        if positions._FORCE_KEPT.search(sentence):
            matched[1] += 1
            assert positions._FORCE_KEPT_CORE.search(sentence, lowered), sentence
        if positions._MILITARY_SITE.search(sentence):
            matched[2] += 1
            assert positions._may_name_a_site(lower), sentence
    assert all(count >= 3 for count in matched), matched
    assert not positions._may_name_a_site("a video was posted from the camp.")
    assert not positions._FORCE_KEPT_CORE.search("the troops remain calm.", None)


def test_urged_state_from_its_first_verb_is_the_plain_search() -> None:
    """`stances._urged_state` finds the match `_URGED_STATE.search` finds (the same span
    and groups): every match starts with an `_URGING_VERB`."""
    from annotator.detection import stances

    extra = [
        "The UN urged Russia to withdraw its troops.",
        "He urged them to surrender.",
        "Britain called on the regime's leader to step down.",
        "They called upon Iran to halt enrichment.",
        "Pyongyang told foreigners and tourists to leave South Korea.",
        "The EU appealed to all warring sides to avoid civilian casualties.",
        "She asked the Security Council to act.",
        "The task urged nobody; unasked, untold tasks pressed on.",
        "Obama presses Putin to pull back.",
        "He was told to wait.",
        "URGED RUSSIA TO WITHDRAW",
        "urged  Russia\nto withdraw",
    ]
    found = 0
    for sentence in [*extra, *TEXTS, *_gate_inputs()]:
        plain = stances._URGED_STATE.search(sentence)
        fast = stances._urged_state(sentence)
        assert (fast and (fast.span(), fast.groups())) == (
            plain and (plain.span(), plain.groups())
        ), sentence
        found += plain is not None
    assert found >= 6


_WORD_SCAN_EXTRA = [
    "The US-backed rebels-held; Russian troops-to fight, soldiers’ calls.",
    "anti-government forces, pro-Russian separatists and 12troops; soldiers' kit",
    "ex-soldiers, peacekeepers-in-waiting, security forces and \u0130stanbul police",
    "They ‘demanded’ that “troops” withdraw; SOLDIERS and Forces left.",
    "threatened2 militiamen_ fighters- fighters",
    "US troops in Syria, British soldiers stationed in Estonia and troops out of Iraq.",
    "Regime forces in-Aleppo; soldiers at-the border, soldiers at the Front.",
]


def _word_scan_inputs() -> list[str]:
    """Lower-cased sentences for the word scans: the rule tests' sentences, the
    shared texts and joins of tricky pieces."""
    texts = [*_WORD_SCAN_EXTRA, *_gate_inputs(), *_pieces_joined(tuple(_PIECES), 28, 300, 6)]
    return [_lowered(text) for text in texts]


def test_force_word_scans_find_what_their_patterns_find() -> None:
    """`_PositionPatterns.force_scan` and `force_in_place` find, from the words that can
    start a term (`WordScan`), every match the plain pattern's `finditer` finds, with
    the same spans."""
    rules = positions._patterns(_DEFAULT_PATTERNS)
    scans = {"force": rules.force_scan, "force_in_place": rules.force_in_place}
    assert all(scan.leads is not None for scan in scans.values())
    assert rules.force_scan.pattern is rules.force
    found = dict.fromkeys(scans, 0)
    for lower in _word_scan_inputs():
        for name, scan in scans.items():
            plain = [match.span() for match in scan.pattern.finditer(lower)]
            assert [match.span() for match in scan.matches(lower)] == plain, (name, lower)
            found[name] += len(plain)
    assert found["force"] >= 50 and found["force_in_place"] >= 5, found


_CONTROL_AND_OFFENSIVE_EXTRA = [
    "The rebel-held town and the government-controlled areas, held by the army.",
    "under rebel-held control; out of rebel-held control; remote-controlled drones",
    "Rebels took control of the council and lost control over the city council.",
    "x-held by the regime, a-controlled-by, -held, radio-controlled, self-held",
    "The party lost control of the city council after the army-held vote.",
    "The Syrian army's counter-offensive; a counteroffensive near Idlib",
    "a charm offensive in Paris, deeply offensive to Muslims; the offensive.",
    "OFFENSIVE TO RETAKE MOSUL; an Offensive for Tabaqa; offenſive in Idlib",
    "the Shiite bastion of Sadr City, a stronghold of the Alawite sect",
    "a sexual assault on the woman; the front line of the fight against Ebola",
    "A bastion of Sunni Muslim jihadists; made gains in the polls; \u0130dlib offensive",
]


def _control_and_offensive_inputs() -> list[str]:
    extra = _CONTROL_AND_OFFENSIVE_EXTRA
    return [
        *extra,
        *(text.upper() for text in extra),
        *_gate_inputs(),
        *_pieces_joined((*_PIECES, *extra), 29, 400, 5),
    ]


def test_control_modifiers_merged_are_the_pattern_matches() -> None:
    """`_control_modifiers` yields the matches of `_CONTROL_MODIFIER.finditer`, in order
    and with the same ends and texts (the hyphen branch's but for its first character),
    so `_controls_no_ground` answers as before."""
    seen = 0
    for sentence in _control_and_offensive_inputs():
        lowered = lower_for_caseless(sentence)
        plain = [
            (found.end(), found.group()[-4:])
            for found in positions._CONTROL_MODIFIER.finditer(sentence, lowered)
        ]
        merged = [
            (found.end(), found.group()[-4:])
            for found in positions._control_modifiers(sentence, lowered)
        ]
        assert merged == plain, sentence
        seen += len(plain)
    assert seen >= 100, seen


def test_strong_other_senses_and_aimed_offensive_match_the_plain_scans() -> None:
    """`_strong_in_other_senses` masks what the caseless pattern, run with re.IGNORECASE
    on the sentence, would; `_offensive_aimed`, searched from the first "offensive",
    finds a match wherever `_OFFENSIVE_AIMED` does."""
    rules = positions._patterns(_DEFAULT_PATTERNS)
    other_sense = rules.strong_other_sense.ignorecase

    def other_senses(sentence: str, lower: str) -> bool:
        if not any(hint in lower for hint in positions._OTHER_SENSE_HINTS):
            return False
        masked = other_sense.sub(lambda found: " " * len(found.group()), sentence)
        return masked != sentence and (
            positions._STRONG.search(masked, lower_for_caseless(masked)) is None
        )

    seen = {"other": 0, "aimed": 0}
    for sentence in _control_and_offensive_inputs():
        lowered = lower_for_caseless(sentence)
        lower = _lowered(sentence)
        expected = other_senses(sentence, lower)
        seen["other"] += expected
        assert positions._strong_in_other_senses(sentence, lower, lowered, rules) == expected, (
            sentence
        )
        aimed = positions._OFFENSIVE_AIMED.search(sentence) is not None
        seen["aimed"] += aimed
        assert positions._offensive_aimed(sentence, lowered) == aimed, sentence
    assert seen["other"] >= 5 and seen["aimed"] >= 5, seen


#: The non-political actors as `stances` once listed them, one flat alternation run
#: with re.IGNORECASE: with `_PRIVATE_PARTY_FLAT`, the reference for
#: `stances._speaks_for_no_party`, which now reads them from the vocabulary's
#: `non_political_actors`.
_NON_POLITICAL_FLAT = re.compile(
    r"\b(?:police|policemen|detectives|investigators|firefighters|doctors|hospitals?|"
    r"paramedics|witnesses|victims|survivors|relatives|families|jurors|prosecutors"
    r"|husbands?|wife|wives|widows?|women\s+and\s+children"
    r"|MSF|ICRC|UNHCR|UNICEF|NHS|Red\s+(?:Cross|Crescent)|M[eé]decins\s+Sans\s+Fronti[eè]res"
    r"|Doctors\s+Without\s+Borders|charity|charities|aid\s+(?:agenc(?:y|ies)|groups?|workers?)"
    r"|coach|coaches|referees?|footballers?|athletes?|striker|goalkeeper|fans"
    r"|singers?|actress|teachers?|landlords?|tenants?|shop|shops|school\s+board"
    r"|analysts?|experts?|observers)\b",
    re.IGNORECASE,
)
#: The private party and resident nouns as `stances` matched them before the two lists
#: became one pattern, except that a hyphen may now come before them as it could
#: before the non-political actors ("ex-company").
_PRIVATE_AND_RESIDENT = (
    *Vocabulary.default().private_party_nouns,
    *Vocabulary.default().resident_nouns,
)
_PRIVATE_PARTY_FLAT = re.compile(
    rf"(?i:{terms_pattern(_PRIVATE_AND_RESIDENT, word_start=True, after_hyphen=True)})\b"
)


def test_one_no_party_pattern_matches_the_two_lists_it_replaced() -> None:
    """`stances._speaks_for_no_party`, one pattern over the vocabulary's non-political
    actors, private party nouns and resident nouns, says what the hard-coded caseless
    list and the vocabulary's private party pattern said together, on actors,
    sentences and near misses."""
    from annotator.detection import stances

    stance = stances.stance_patterns(_DEFAULT_PATTERNS)

    actors = [
        "the police",
        "POLICEMEN in Kabul",
        "Médecins Sans Frontières",
        "MÉDECINS SANS FRONTIÈRES",
        "Medecins  Sans\nFrontieres",
        "Médecins Sans Frontièress",
        "her husbands",
        "the aid agencies",
        "aid  workers",
        "the Red Crescent",
        "red crosses",
        "Doctors Without Borders",
        "a \u212aurdish coach",
        "\u0130CRC",
        "the \u017fchool board",
        "shopkeepers",
        "the fans’ club",
        "policeman",
        "wifes",
        "msf-backed clinics",
        "Rebel commanders",
        "the company's shareholders",
        "ex-company",
        "Residents of Aleppo",
        "townsfolk",
    ]
    texts = [*actors, *_gate_inputs(), *_pieces_joined((*_PIECES, *actors), 30, 300, 4)]
    seen = [0, 0]
    for text in texts:
        expected = (
            _NON_POLITICAL_FLAT.search(text) is not None
            or _PRIVATE_PARTY_FLAT.search(text) is not None
        )
        seen[expected] += 1
        assert stances._speaks_for_no_party(text, stance) == expected, text
    assert min(seen) >= 20, seen


def test_opening_quote_from_the_mark_is_the_quote_after_a_space() -> None:
    """`stances._OPENING_QUOTE`, written to start from the mark, replaces the marks the
    pattern that starts from the whitespace before them did."""
    from annotator.detection import stances

    from_space = re.compile(r"(?<=\s)[‘'“\"](?=\w)")
    # (the mark first: a literal set the engine skips to)
    assert stances._OPENING_QUOTE.pattern.startswith("[")
    marks = [
        "Hamas bears ‘principal responsibility’ and warned of 'severe consequences'",
        '\'quoted at start, "twice"  “curly”\n‘x\' \' y "\t"z',
        "a\u00a0‘b, a\n'b', x'y, ‘’ “”",
    ]
    seen = 0
    for text in [*marks, *_gate_inputs(), *_pieces_joined((*_PIECES, *marks), 31, 300, 5)]:
        lower = _lowered(text)
        expected = from_space.sub(" ", lower)
        seen += expected != lower
        assert stances._OPENING_QUOTE.sub(" ", lower) == expected, text
    assert seen >= 10, seen


def test_control_and_strong_starts_of_one_scan_are_each_scan_s() -> None:
    """`_control_and_strong_starts` (one scan for the prefixes of both, each start told
    apart by a match) gives what `control_starts` and `_STRONG_STARTS` find apart, and
    None where the sentence has no caseless lower-cased form."""
    compiled = positions._patterns(_DEFAULT_PATTERNS)
    control, strong = compiled.control_starts, positions._STRONG_STARTS
    assert control is not None and strong is not None
    extra = [
        "Rebels captured the town and took control; the assault on the stronghold",
        "5captured x_captured \u00e9captured -captured captured-held recaptured took",
        "the advance, a siege, handover; an offensive under way; occupied-launch",
        "siege siege5 siege_ under\u00e9under underunder siege-siege SIEGE; captured captured",
        "advance advances advanced; took tookk; the the offensive offensive, offensives",
    ]
    seen = [0, 0]
    for text in [*extra, *TEXTS, *_gate_inputs(), *_pieces_joined(tuple(_PIECES), 32, 200, 6)]:
        lowered = lower_for_caseless(text)
        runs = positions._sentence_runs(letter_runs(text), 0, text, lowered)
        both = positions._control_and_strong_starts(lowered, runs, compiled)
        if lowered is None:
            assert both is None
            continue
        expected = (control.starts(lowered), strong.starts(lowered))
        assert both == expected, text
        seen[0] += len(expected[0])
        seen[1] += len(expected[1])
    assert min(seen) >= 50, seen


#: Casualty predicates after a figure's phrase in the wordings `Patterns.right_predicate`
#: and its aside form take (asides, subsets, auxiliaries, "among the casualties"), and
#: near misses: a predicate word glued into another word, before the figure, hyphenated.
_PREDICATE_SENTENCES = [
    "Twelve people were killed and 30 were wounded in the blast.",
    "At least 15 civilians, including three children, have been killed.",
    "41 Palestinians – nearly half of them civilians – had been killed.",
    "Five children, neighbours of the family, were treated in hospital.",
    "Three people two of them children died on Monday.",
    "Four suspected bomb makers were killed.",
    "Tens of civilians were also among the casualties.",
    "The 276 girls, aged 11 to 18, were abducted.",
    "12 children from those displaced were killed.",
    "200 soldiers KILLED IN ACTION, 40 Missing, 7 Taken Prisoner",
    "2 people shot-dead, 5 hurt and 3 killed or wounded.",
    "The 14 rebels who had been captured were released.",
    "14 kilometres north of the town, 8 percent of 30 homes, killed-off 4 unkilledx",
    "Seven troops were\u00a0killed\u2009and 9 fled, six\nwere\tinjured.",
    "Killed: 5 fighters, 6 men said to be dead, 9 km away.",
    "the toll rose to 82 people, 20 of whom were later reported dead",
]


def _figure_test_sentences() -> list[str]:
    """The string constants of the figure rule tests: the wordings the rules were
    written for."""
    import ast
    from pathlib import Path

    tree = ast.parse((Path(__file__).parent / "test_figures.py").read_text(encoding="utf-8"))
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) > 15
    ]


def test_run_keys_are_the_longest_letter_run_of_each_term() -> None:
    assert patterns.run_keys(["killed in action", "Shot-Dead", "hurt"]) == [
        "killed",
        "shot",
        "hurt",
    ]
    assert patterns.run_keys(["killed", "--"]) is None
    assert patterns.run_scan(["killed", "--"]) is None
    scan = patterns.run_scan(["killed in action", "hurt"])
    assert scan is not None
    letters = patterns.ascii_letters("two were killed, one hurt-badly; unhurt overkilled")
    assert [m.start() for m in scan.finditer(letters)] == [8, 20]
    assert _DEFAULT_PATTERNS.predicate_scan is not None


def test_predicate_scan_rules_out_only_phrases_no_predicate_follows() -> None:
    """Where `figures._Scans.predicate_may_follow` says no after an offset, neither
    right-predicate pattern matches from there (`_headed_after` asks it once from the
    figure's end and tries one after a loose head further on), so skipping them changes
    nothing."""
    gated = matched = 0
    inputs = [*_PREDICATE_SENTENCES, *_figure_test_sentences(), *TEXTS]
    for sentence in [*inputs, *(text.upper() for text in _PREDICATE_SENTENCES)]:
        scans = figures._Scans(sentence, lower_for_caseless(sentence), _DEFAULT_PATTERNS)
        end = len(sentence)
        for pos in range(end + 1):
            if pos < end and sentence[pos].isalnum():
                continue  # a phrase ends at a word's end
            plain = scans.right_predicate.match(scans.right_scanned, pos, end)
            aside = scans.right_predicate_aside.match(scans.right_scanned, pos, end)
            matched += plain is not None or aside is not None
            if not scans.predicate_may_follow(pos, end):
                gated += 1
                assert plain is None and aside is None, (sentence, pos)
    assert gated > 1000
    assert matched > 100


def test_predicate_search_remembered_answers_as_a_new_search() -> None:
    """`_Scans.predicate_may_follow` asked in any order (the figures of a sentence ask in
    order; the first of another sentence starts anew) answers as a search of its own."""
    rng = random.Random(3)
    for sentence in [*_PREDICATE_SENTENCES, *TEXTS[:80]]:
        remembered = figures._Scans(sentence, lower_for_caseless(sentence), _DEFAULT_PATTERNS)
        end = len(sentence)
        queries = sorted(rng.randrange(end + 1) for _ in range(12))
        queries += [rng.randrange(end + 1) for _ in range(6)]
        for pos in queries:
            for stop in (end, max(pos, end - 7)):
                fresh = figures._Scans(sentence, lower_for_caseless(sentence), _DEFAULT_PATTERNS)
                assert remembered.predicate_may_follow(pos, stop) == (
                    fresh.predicate_may_follow(pos, stop)
                ), (sentence, pos, stop)


def test_cased_letters_are_what_ignorecase_matches_each_letter_with() -> None:
    everything = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000)
    for letter, cased in patterns._CASED_LETTERS.items():
        folded = set(re.findall(letter, everything, re.IGNORECASE))
        assert set(re.findall(cased, everything)) == folded, letter
        assert set(re.findall(cased, everything, re.IGNORECASE)) == folded, letter


_HEAD_TEXTS = [
    "12 TROOPS, 13 Soldiers and 14 sOlDiErS were killed; 5 \u0130ranians, 6 \u212aurds",
    "killed 7 Iraqis and 3 civilians (SOHR) fighters, 4 IS fighters, 9 \u017foldiers",
    "20 pro-government militiamen and allied Shia fighters, 21 Libyans and Syrians",
    "22 Red Crescent [SARC] volunteers, 23 ISIS (Daesh) militants, 8 of the victims",
    "a 3,000-strong force, a 30,000-man Border Security Force, a 150-strong 'private army'",
    "24 armoured personnel carriers, 25 mostly foreign jihadists, 26 \u0131nsurgents",
]


def test_tries_with_cased_branches_match_the_folded_tries(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The head noun and "-strong" patterns, whose tries open each branch with its
    letter's cased set (`terms_pattern`'s `cased_branches`), find the matches (spans and
    groups) the same patterns with plain folded letters find."""
    stops = patterns._STOP_WORDS.split("|")
    assert terms_pattern(stops, cased_branches=True) in patterns._MOD
    plain_mod = patterns._MOD.replace(
        terms_pattern(stops, cased_branches=True), terms_pattern(stops)
    )
    monkeypatch.setattr(patterns, "_MOD", plain_mod)
    monkeypatch.setattr(patterns, "_CASED_LETTERS", {})
    plain = patterns.compile_patterns.__wrapped__(_DEFAULT_PATTERNS.vocabulary)
    found = 0
    for fast_pattern, plain_pattern in (
        (_DEFAULT_PATTERNS.head, plain.head),
        (_DEFAULT_PATTERNS.strong_force, plain.strong_force),
    ):
        assert fast_pattern.pattern != plain_pattern.pattern
        for text in [*TEXTS, *_HEAD_TEXTS, *(text.upper() for text in _HEAD_TEXTS)]:
            for pos in range(len(text)):
                fast, slow = fast_pattern.match(text, pos), plain_pattern.match(text, pos)
                assert (fast and (fast.span(), fast.groupdict())) == (
                    slow and (slow.span(), slow.groupdict())
                ), (text, pos)
                found += fast is not None
    assert found > 50


_MILITARY_CLASS_TEXTS = [
    "Terrorists positioned in al-Msheirfeh village fired shells at the town.",
    "troops who were currently stationed near Kharkiv; civilian personnel based in Kabul",
    "armed groups hunkered down in some eastern neighborhoods, militants holed up in Sirte",
    "gatherings and fortifications of ISIL terrorists in al-Kassarat area were hit",
    "an Islamic State explosives depot in the northern Syrian town of Dabiq",
    "Hezbollah's weapons depots near Tyre and the PKK’s camps in Qandil",
    "the terrorist group which was moving from al-Lajat area toward the countryside",
    "Houthis advanced into Aden as M23 rebels pushed towards Goma; M23 marched into Bunia",
    "fresh Russian military equipment entering Ukraine, rocket launchers crossed into Syria",
    "pushing more military equipment over the border; Kyiv re-sent tanks across the frontier",
    "ferrying troops across the border, transferring heavy weapons over a frontier",
    "a re-moved force, ex-rebels stationed in Homs, pro-rebel groups based in Idlib",
    "5troops stationed in Homs, \u00e9troops stationed in Homs, troops_ stationed in Homs",
    "soldiers-stationed in Homs, soldiers stationed in\tHoms, SOLDIERS STATIONED IN HOMS",
    "sOlDiErS PoSiTiOnEd In Gaza; Daesh fighters moving into Mosul; ISIS' bases in Raqqa",
    "\u017foldiers po\u017fitioned in Gaza, \u0130SIS bases in Raqqa, mi\u212aed forces into Kyiv",
]


def test_military_class_scans_from_runs_match_the_plain_searches() -> None:
    """`_military_class`'s scans from the sentence's runs of letters (`_Runs`,
    `WordScan.matches_in`) find what the plain searches find, and each word its lead
    tests stand for is in the sentence wherever the pattern matches: the rule is the
    same with and without the runs."""
    classes = positions._military_class_patterns(_DEFAULT_PATTERNS)
    scans = (classes.placed, classes.owned_site, classes.moving, classes.equipment_moved)
    rng = random.Random(4)
    spliced = [
        " ".join(rng.choice(_MILITARY_CLASS_TEXTS).split(", ")[0] for _ in range(2))
        for _ in range(60)
    ]
    texts = [*TEXTS, *_MILITARY_CLASS_TEXTS, *spliced]
    texts += [text.upper() for text in texts] + [text.title() for text in _MILITARY_CLASS_TEXTS]
    found = 0
    for text in texts:
        lowered = lower_for_caseless(text)
        if lowered is None:
            continue
        runs = positions._Runs(lowered, ascii_letters(lowered))
        for scan in scans:
            plain = list(scan.pattern.finditer(text))
            assert _spans(runs.matches(scan, text)) == _spans(plain), (text, scan.pattern)
            assert runs.find(scan, text) == bool(plain), text
            found += bool(plain)
        for scan, leads in (
            (classes.placed, classes.participle_leads),
            (classes.owned_site, classes.site_leads),
            (classes.equipment_moved, classes.equipment_leads),
        ):
            assert runs.hold_a_lead(leads) or scan.pattern.search(text) is None, text
        lower = ascii_lower(text)
        assert positions._military_class(text, lower, runs, _DEFAULT_PATTERNS) == (
            positions._military_class(text, lower, None, _DEFAULT_PATTERNS)
        ), text
    assert found > 40


_APPOSED_ROLE_PIECES = [
    "Adm. Samuel Locklear, commander of U.S. Pacific Command, said the commander agreed. ",
    "Nathaniel Raymond, the group's executive director, said ",
    "Supreme Allied Commander in Europe, U.S. Air Force General Philip Breedlove, said ",
    "Commander Bob Smith Jones, deputy commander, spoke; COMMANDER Ali al-Hassan, a COMMANDER ",
    "Ahmad Abu Bakr al-Baghdadi Ibn Saleh, the top rebel commander in the north, said ",
    "according to the official Ahmad Saleh was killed, Official Ahmad Saleh, Officials ",
    "Mr.John Smith,commander, Jane  Doe,\n\nthe local mayor’s chief of staff, ",
    "Director General, Dr. Tedros Adhanom Ghebreyesus, Director-General Tedros, director ",
    "\u0130stanbul Mayor Ekrem \u0130mamo\u011flu, the city's mayor, said; ",
    "\u212aurt \u017fmith, a \u212aommander, and \u0130van \u0131lic, an off\u0131cial ",
    "Maria Jos\u00e9 Garc\u00eda L\u00f3pez, a spokeswoman, and Abu Mohammed, the group’s ",
    "spokesman ",
    "Lt. Col. Steve Warren, Pentagon spokesman, said. Spokesman for the Army, Major John ",
    "Brown Smith ",
    "U.N. Secretary-General Ban Ki-moon, a secretary, and Chief of Staff, Gen. Mark Milley, ",
    "Ali Saleh, the very top rebel army commander; Omar Ali, the very top rebel army field ",
    "commander; Sami Hadi,\u00a0a  top \n rebel\tarmy commander; Said Adel Hadi, chief ",
]


def _apposed_role_texts() -> list[str]:
    return [
        *_APPOSED_ROLE_PIECES,
        *TEXTS[:60],
        *_spliced_texts(_APPOSED_ROLE_PIECES + _PIECES, 29, 200, 2, 6),
    ]


def _apposed_role_pattern(role: str) -> re.Pattern[str]:
    """The apposed-role forms of one role as one pattern, the role word in it
    (`speakers._ApposedRole`): the oracle `speakers._apposed_role_matches` must agree
    with, group "before" and "after"."""
    return re.compile(
        rf"(?P<before>[A-Z][\w'’.-]+(?:\s+(?:{speakers._ARABIC_ARTICLE}-)?[A-Z][\w'’-]+)"
        rf"{{1,{speakers._APPOSED_NAME_GAPS}}}),\s+"
        rf"(?:(?:the|a|an)\s+)?(?:[\w'’.-]+\s+){{0,{speakers._APPOSED_WORDS_BETWEEN}}}?"
        rf"(?i:{role})\b"
        rf"|(?<![\w-]){role.capitalize()}\s+(?:(?:of|for|in)\s+(?:the\s+)?)?"
        rf"(?P<after>(?:[A-Z][\w.'’-]*,?\s+){{1,6}}[A-Z][\w'’-]+)"
    )


def _apposed_role_forms_agree(texts: Iterable[str]) -> int:
    """Assert that `speakers._apposed_role_matches` finds, for every person role, the
    spans and groups `_apposed_role_pattern`'s `finditer` finds; how many it found."""
    roles = sorted(speakers.Lexicon.from_vocabulary(_DEFAULT_PATTERNS.vocabulary).person_roles)
    found = 0
    for text in texts:
        for role in roles:
            fast = speakers._apposed_role_matches(text, role)
            slow = list(_apposed_role_pattern(role).finditer(text))
            assert [(form.start, form.end, form.before, form.after) for form in fast] == [
                (m.start(), m.end(), m.group("before") or "", m.group("after") or "") for m in slow
            ], (text, role)
            found += len(slow)
    return found


def test_apposed_role_matches_are_the_whole_text_scan() -> None:
    """The apposed-role forms tried only around their role word's occurrences
    (`speakers._apposed_role_matches`) are the matches (spans and groups) the one
    pattern for the role finds over the whole text."""
    assert _apposed_role_forms_agree(_apposed_role_texts()) > 100


def test_name_start_bound_allows_the_longest_apposed_name() -> None:
    """The bound before a comma reaches the start of a name of four words, whatever the
    spaces between them, and no further."""
    for name in ("Ahmad Saleh", "Abu Bakr al-Baghdadi Saleh", "Jane \n\n Doe\tSmith  Jones"):
        text = f"Said the man {name}, the commander"
        comma = text.index(",")
        assert speakers._name_start_bound(text, comma) <= text.index(name)
    text = "Ahmad Abu Bakr al-Baghdadi Saleh, the commander"
    assert speakers._name_start_bound(text, text.index(",")) == text.index("Abu")
    assert speakers._name_start_bound("Saleh, the commander", 5) == 0


_GROUP_NAMES = ["Boko Haram", "Nusra", "the Shabab", "Shabab", "al-Shabab", "ISIS", "Hamas", "Ha"]
_GROUP_PIECES = [
    "The Islamist militant group the Shabab said; ",
    "Boko Haram, the jihadist group, claimed it. ",
    "the Nusra group and the Nusra  militant\ngroup, ",
    "Hamas, a Palestinian Islamist militant armed political group said ",
    "Hamas, a Palestinian Islamist militant armed political wing group said ",
    "ISIS, the subgroups of the group; group,\u00a0the ISIS; group, ISIS; groups ISIS ",
    "Shabab, an offshoot group; al-Shabab groupthink group Hamasgroup, Boko Haram ",
    "The group said. A rights group, Human Rights Watch, said Hamas fired. ",
]


def test_may_be_called_a_group_holds_wherever_the_group_pattern_matches() -> None:
    """`speakers._may_be_called_a_group` is never False where `_group_pattern(name)`
    matches, and rules out most texts that name a group far from the word."""
    rng = random.Random(7)
    texts = [*_GROUP_PIECES, *TEXTS[:60]]
    for _ in range(300):
        texts.append("".join(rng.choice(_GROUP_PIECES + _PIECES) for _ in range(rng.randint(1, 5))))
    matched = ruled_out = 0
    for text in texts:
        for name in _GROUP_NAMES:
            found = speakers._group_pattern(name).search(text) is not None
            may = speakers._may_be_called_a_group(text, name)
            assert may or not found, (text, name)
            matched += found
            ruled_out += not may
    assert matched > 100
    assert ruled_out > 100


def test_few_words_between_counts_the_words_split_gives() -> None:
    """`speakers._few_words_between` says what counting `str.split`'s words of the
    slice says, at every span of spliced texts with all kinds of spaces."""
    rng = random.Random(11)
    texts = ["", " ", "a", "a b", " ab \n\n cd\u00a0e\u2003f,g\tgroup ", *TEXTS[:40]]
    for text in texts:
        for _ in range(60):
            start = rng.randint(0, len(text))
            end = rng.randint(start, len(text))
            for most in (0, 1, 2, 5, 6):
                assert speakers._few_words_between(text, start, end, most) == (
                    len(text[start:end].split()) <= most
                ), (text, start, end, most)


def test_heading_source_verb_gate_passes_every_window_the_pattern_matches() -> None:
    """`_glued_source_end` skips the `_HEADING_SOURCE_RE` search only in windows that
    hold none of its verbs, where the pattern finds nothing."""
    pieces = [
        "Chemical attacks Human Rights Watch on Monday accused ",
        "Humanitarian corridors SANA said ",
        "Aid convoys The UN warned ",
        "the army denied it ",
        *_PIECES,
    ]
    rng = random.Random(17)
    texts = [*pieces, *_spliced_texts(pieces, 17, 300, 1, 4)]
    ruled_out = 0
    for text in texts:
        for _ in range(6):
            start = rng.randrange(len(text) + 1)
            end = rng.randint(start, len(text))
            gated = not holds_any(text, sentences._HEADING_SOURCE_VERBS, start, end)
            assert not gated or sentences._HEADING_SOURCE_RE.search(text, start, end) is None
            ruled_out += gated
    assert ruled_out > 200


def test_place_named_again_is_found_as_by_a_pattern_for_the_place() -> None:
    """`_place_heading_end` (the place found by `find`, the words around it by fixed
    patterns) answers as one pattern with the place in it, on place sub-headings glued
    before sentences that name the place again in all kinds of ways."""
    openings = ["Raqqa Army units ", "Deir Ezzor Units of the army ", "Daraa Rebels ", "Idlib "]
    middles = [
        "advanced in Raqqa countryside ",
        "fought in the Deir Ezzor city ",
        "near the southern Daraa province ",
        "into Daraa province",
        "inDaraa province ",
        "to Idlib University ",
        "the Raqqa Raqqa city ",
        "around Deir Ezzor outskirts. ",
        "within Raqqa neighbourhood ",
        "Bahrain Raqqa area ",
        "at  Raqqa town ",
        "of the Raqqa towns ",
        "of the a Raqqa region ",
        "from  Deir Ezzor ",
        "in the southern Daraa province ",
        "fought Raqqa city ",
        "around to Idlib area ",
        *_PIECES[:6],
    ]
    rng = random.Random(19)
    texts = [a + b for a in openings for b in middles]
    for _ in range(400):
        text = rng.choice(openings) + "".join(rng.choice(middles) for _ in range(rng.randint(1, 4)))
        texts.append(text)
    found = 0
    for text in texts:
        for end in (len(text), rng.randint(0, len(text))):
            expected = _place_heading_end_unguarded(text, 0, end)
            assert sentences._place_heading_end(text, 0, end) == expected, (text, end)
            found += expected > 0
    assert found > 50


_OWNED_SENTENCES = [
    "Colombia's request to extradite the rebels was refused.",
    "Moscow’s demand for guarantees stands; Ankara's insistence on a buffer zone too.",
    "Trump's decision to withdraw, Obama's multi-year plan to roll back fighters.",
    "The refusal by Turkey to allow US jets …, the rejection by the Hamas of the plan.",
    "the threat by Pyongyang to test a missile; support by  North Korea for them",
    "its request to leave; it's a plan to go; Iran 's demand for; IRAN'S DEMAND FOR",
    "The decision by Johnson to cancel the visit; the refusal by turkey to allow",
    "Kurd-led SDF's backing of the plan; al-Qaeda’s vow to fight; bys Turkey to",
]


def test_owned_stance_scans_from_the_words_after_the_owner_find_the_same() -> None:
    """`_OWNED_STANCE` and `_STANCE_BY_OWNER`, now built around the words after their
    owner's noun (`_OWNED_NOUN`, `_BY_OWNER`), match what the patterns written whole
    matched, and the cheap tests `_stance` runs first (`_OWNED_NOUN_SCAN`,
    `_BY_OWNER_SCAN`) find those words in every sentence either matches."""
    from annotator.detection import stances

    owned_whole = re.compile(
        r"\b(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})(?:'s|’s)\s+(?:[a-z][\w-]*\s+)?"
        rf"(?:(?:{stances._STANCE_NOUNS})\s+(?:to|for|that)"
        rf"|(?:{stances._STANCE_NOUNS_OF})\s+(?:of|to|on))\b"
    )
    by_owner_whole = re.compile(
        rf"\b(?:{stances._STANCE_NOUNS_OF}|threat)\s+by\s+(?:the\s+)?"
        r"(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+(?:to|for|that|of|on)\b"
    )
    pairs = (
        (stances._OWNED_STANCE, owned_whole, stances._OWNED_NOUN_SCAN),
        (stances._STANCE_BY_OWNER, by_owner_whole, stances._BY_OWNER_SCAN),
    )
    inputs = [*_OWNED_SENTENCES, *_pieces_joined(tuple(_OWNED_SENTENCES), 30, 200, 4)]
    found = [0, 0]
    for sentence in [*inputs, *TEXTS, *_gate_inputs()]:
        for index, (built, whole, scan) in enumerate(pairs):
            plain = whole.search(sentence)
            fast = built.search(sentence)
            assert (fast and (fast.span(), fast.groups())) == (
                plain and (plain.span(), plain.groups())
            ), sentence
            if plain is not None:
                found[index] += 1
                assert scan.search(sentence) is not None, sentence
    assert found[0] >= 20 and found[1] >= 10, found


def test_sentence_runs_from_the_article_runs_are_the_sentence_s_own() -> None:
    """`positions._sentence_runs`'s letters (a slice of the article's `letter_runs`) are
    `ascii_letters` of the lowered sentence wherever `lower_for_caseless` lowers it, for
    sentences cut anywhere from the test texts and around every character of the Basic
    Multilingual Plane and the next one (letters that lower to ASCII or lengthen, "İ"
    and the Kelvin sign, among them)."""
    rng = random.Random(30)
    texts = [*TEXTS, *_gate_inputs(), *(text.upper() for text in TEXTS)]
    texts += [
        "The \u0130SIS-held town, 5\u212a troops; \u017ftrong \u0131slam",
        "\uff21BC \u00c9cole",
    ]
    cuts = []
    for text in texts:
        for _ in range(3):
            start = rng.randrange(len(text) + 1)
            cuts.append((text, start, rng.randrange(start, len(text) + 1)))
    for code in (*range(0xD800), *range(0xE000, 0x20000)):
        cuts.append((f"aB{chr(code)}Cd", 1, 4))
    lowered_seen = 0
    for text, start, end in cuts:
        sentence = text[start:end]
        lowered = lower_for_caseless(sentence)
        runs = positions._sentence_runs(letter_runs(text), start, sentence, lowered)
        if lowered is None:
            assert runs is None, sentence
            continue
        lowered_seen += 1
        assert runs is not None and runs.letters == ascii_letters(lowered), sentence
        assert runs.lowered is lowered and runs.words == set(runs.letters.split())
    assert lowered_seen * 100 > len(cuts) * 99  # nearly every cut is lowered


#: Movements near forces, and near misses: verbs glued to digits, hyphens or other
#: letters, in capitals, and with the characters `lower_for_caseless` refuses.
_MOVEMENT_EXTRA = [
    "Troops advanced on the town and rebels withdrew; forces pulled back from Idlib.",
    "5advanced troops, advanced-guard soldiers, re-deployed fighters, pull-out of forces",
    "SOLDIERS ADVANCED INTO MOSUL; Militants Stormed The Base; fighters_advanced",
    "The offensive advanced as the army moved tanks; troops \u00e9advanced, forces advanced\u00e9",
    "Kurdish fighters retreated; the army deployed; \u0130SIS fighters advanced on Raqqa",
    "soldiers who had advanced, then advancing, advances, and the advance of the troops",
]


def test_movement_scan_from_the_sentence_runs_is_the_plain_search() -> None:
    """`_PositionPatterns.movement_scan` finds, from the words that can start a
    movement verb (`WordScan`), what `movement.finditer` finds on the lower-cased
    sentence (what `_military`'s search from each rejected match's end found), and
    `_scan` finds it, the force words and the forces in place from the sentence's runs
    (`_sentence_runs`) as from the sentence."""
    rules = positions._patterns(_DEFAULT_PATTERNS)
    assert rules.movement_scan.pattern is rules.movement and rules.movement_scan.leads
    texts = [*_MOVEMENT_EXTRA, *_WORD_SCAN_EXTRA, *_gate_inputs(), *TEXTS]
    texts += _pieces_joined(tuple(_MOVEMENT_EXTRA + _PIECES), 30, 200, 5)
    found = [0, 0, 0]
    for text in [*texts, *(text.upper() for text in texts)]:
        lower = _lowered(text)
        runs = positions._sentence_runs(letter_runs(text), 0, text, lower_for_caseless(text))
        for at, (scan, pattern) in enumerate(
            (
                (rules.movement_scan, rules.movement),
                (rules.force_scan, rules.force),
                (rules.force_in_place, rules.force_in_place.pattern),
            )
        ):
            plain = [match.span() for match in pattern.finditer(lower)]
            assert [match.span() for match in scan.matches(lower)] == plain, text
            assert [match.span() for match in positions._scan(scan, lower, runs)] == plain
            assert [match.span() for match in positions._scan(scan, lower, None)] == plain
            found[at] += len(plain)
    assert min(found[:2]) >= 100 and found[2] >= 20, found


#: Apposed roles at the edges of the words allowed between the comma and the role word
#: (an article, or a word that is one, and up to four more), roles glued to other words,
#: and titles after a hyphen or a letter.
_APPOSED_ROLE_EDGES = [
    "Ali Saleh, the a b c d commander; Omar Ali, a b c d e commander; Sami Hadi, an ",
    "officer; Adel Hadi, the the the the the official, Ali Omar, The one two three four ",
    "mayor; Mona Ali, thea mayor, Lina Ali, an an mayor; Bob Smith, mayoral aide, ",
    "Jim Beam, the commanders' commander_x commander-in-chief, Jo Ko, ano u.s. envoy; ",
    "x-Commander Ali Saleh, xCommander Omar Ali, Commander of the Army Ali Hadi Omar said ",
    "Lt. Gen. John Smith, (the commander), Ann Lee, the 'chief' of staff, Tom Lee, ",
    "Chief,Jo Ko, Chief\nof\nthe Staff Bob Lee. \u212aurt Lee, the \u212aOMMANDER, ",
    "Ali Saleh, the top rebel army \u017fource; Omar Ali, the top rebel sources ",
    "Omar Ali, the top rebel source",
]


def test_apposed_role_matches_at_the_edges_of_the_form() -> None:
    """The apposed-role forms found in code (the name by one pattern, the role word
    after at most an article and four words, the title's run by another) are the
    matches of the one pattern for the role, at the edges of what it allows and on the
    text in capitals, where the role word may be in either case."""
    texts = [*_APPOSED_ROLE_EDGES, *(text.upper() for text in _APPOSED_ROLE_EDGES)]
    texts += _spliced_texts(_APPOSED_ROLE_EDGES + _APPOSED_ROLE_PIECES, 31, 120, 2, 6)
    assert _apposed_role_forms_agree(texts) > 40


#: Monitors' names of up to six words and more, run into other capitalised words, after
#: hyphens, apostrophes and line breaks, with "of" parts, and head words inside others.
_MONITOR_PIECES = [
    "the Syrian Observatory for Human Rights said; ",
    "Britain-based Syrian Observatory for the Human Rights Watch, ",
    "One Two Three Four Five Six Seven Observatory. A B C D E F Monitor of X Y, ",
    "al-Sheitaat Observatory director; O'Brien Monitor on the Arms Trade; ",
    "Syrias Aleppo Monitor AFP Thursday. The Observatory said. Monitoring Group ",
    "Iraq Body Count\n\nConflict Monitor\tof  the Sahel; Euro-Med Monitor ",
    "xObservatory, Human Rights Monitor’s Observatory Monitor Observatory",
    "\u212aurt Monitor; İdlib Observatory \u00a0 of İdlib, Free Syria-Monitor ",
]


def test_monitor_names_are_the_whole_text_scan() -> None:
    """The monitors' names found only before their head words
    (`speakers._monitor_names`) are the matches `_MONITOR_NAME.finditer` finds over the
    whole text."""
    texts = [*_MONITOR_PIECES, *TEXTS[:60]]
    texts += _spliced_texts(_MONITOR_PIECES + _PIECES, 37, 200, 2, 6)
    found = 0
    for text in texts:
        fast = speakers._monitor_names(text)
        slow = list(speakers._MONITOR_NAME.finditer(text))
        assert [m.span() for m in fast] == [m.span() for m in slow], text
        found += len(slow)
    assert found > 100


def test_words_before_reaches_the_first_of_the_words_allowed() -> None:
    """The bound before a monitor's head word is the start of the sixth word before it
    (whatever the spaces), or where a word's characters or spaces stop."""
    text = "x, One Two\n Three  Four Five Six Seven Observatory"
    head = text.index("Observatory")
    assert speakers._words_before(text, head, 6) == text.index("Two")
    assert speakers._words_before("One, Two Observatory", 9, 6) == 5
    assert speakers._words_before("One Observatory", 0, 6) == 0
    assert speakers._words_before("One-Two’s Observatory", 10, 6) == 0


#: Text before a cue around the words the quick tests look for: pronouns and the words
#: before a cue in either case, glued to word characters, after other whitespace, and
#: with characters a case-blind pattern folds ("ı" for "i", "ſ" for "s", "K").
_BEFORE_CUE_EXTRA = [
    "The strikes, it ",
    "The strikes,   IT\n",
    "“…”    they  ",
    "they said,\u00a0they\u2003",
    "the war, ıt ",
    "xit ",
    "_they ",
    "3it ",
    "…, thEY\t\n ",
    "the",
    "It was also ",
    "wıdely ",
    "alſo ",
    "ıs ",
    "IS ",
    "Is ",
    "the\u00a0",
    "x_the ",
    "3the ",
    "The\n",
    "Earlier ",
    "earlier ",
    "stands accused ",
    "REPORTEDLY   ",
    "reportedly",
    "unconfirmed  ",
    "Türkiye ",
    "a",
    "an ",
    "",
    "   ",
]


def test_trailing_pronoun_test_passes_every_text_the_pattern_matches() -> None:
    """`_trailing_pronoun_before` answers as `_TRAILING_PRONOUN` searched in its window
    before every position of many texts: its quick test (whitespace last, before it a
    letter a pronoun ends with) rules out only texts the pattern cannot match."""
    matched = 0
    texts = [*_BEFORE_CUE_EXTRA, *TEXTS, *_gate_inputs()]
    for text in [*texts, *(text.upper() for text in texts)]:
        for cue in range(len(text) + 1):
            plain = (
                statements._TRAILING_PRONOUN.search(
                    text, max(0, cue - statements._TRAILING_PRONOUN_REACH), cue
                )
                is not None
            )
            assert statements._trailing_pronoun_before(text, cue) == plain, (text, cue)
            matched += plain
    for code in (*range(0xD800), *range(0xE000, 0x20000)):
        for text in (f"x, i{chr(code)} ", f"x, the{chr(code)} ", f"x,   {chr(code)} "):
            plain = statements._TRAILING_PRONOUN.search(text, 0, len(text)) is not None
            assert statements._trailing_pronoun_before(text, len(text)) == plain, text
    assert matched >= 20, matched


def test_words_before_a_cue_test_passes_every_text_the_patterns_match() -> None:
    """`_may_end_in_word_before_cue` rules out only ends of the text before a cue where
    none of `_before_cue`'s patterns matches, so `_usable` reads the same flags with or
    without it (every end of the windows of many texts, and every character in the
    place of a letter of those words)."""
    patterns = (statements._NOUN_BEFORE, statements._PASSIVE_BEFORE)
    texts = [*_BEFORE_CUE_EXTRA, *TEXTS, *_gate_inputs()]
    ends = []
    for text in [*texts, *(text.upper() for text in texts)]:
        for cue in range(len(text) + 1):
            before = text[max(0, cue - CUE_WINDOW) : cue]
            tail = statements._end_word_start(before)
            ends.append((before[max(0, tail - 1) :], min(tail, 1)))
    for code in (*range(0xD800), *range(0xE000, 0x20000)):
        for word in ("is", "also", "the", "widely", "were"):
            for at in range(len(word)):
                end = f" {word[:at]}{chr(code)}{word[at + 1 :]} "
                ends.extend(((end, 0), (end, 1)))
    ruled_out = flagged = 0
    for end, start in ends:
        flags = tuple(pattern.search(end, start) is not None for pattern in patterns)
        flagged += any(flags)
        if not statements._may_end_in_word_before_cue(end):
            ruled_out += 1
            assert flags == statements._NOTHING_BEFORE_CUE, (end, start)
    assert flagged >= 100 and ruled_out * 2 > len(ends), (flagged, ruled_out, len(ends))


def _plain_trie(terms: Iterable[str], fold: bool = True) -> str:
    """The oracle of `terms_pattern` without shared tails: one trie of all the terms."""
    phrases = (" ".join(term.split()) for term in terms)
    return patterns._trie_regex(patterns._trie(p.casefold() if fold else p for p in phrases))


#: Made-up cross products (first words by owners by nouns) and phrases around them: a
#: first word alone, with tails of its own, glued to a longer word, prefixes of tails.
_SHARED_TAIL_TERMS = (
    *(
        f"{verb} {owner} {thing}"
        for verb in (
            *("widen", "widens", "widening", "widened", "extend", "extends", "extending"),
            *("extended", "broaden", "broadens"),
        )
        for owner in ("its", "their", "its own")
        for thing in ("offensive", "air campaign", "air strikes", "air", "campaign of strikes")
    ),
    *(f"{verb} {owner}support to" for verb in ("lent", "lend", "gave") for owner in ("", "its ")),
    *("widen", "extended", "extended the mandate", "widen-ranging", "lend a hand", "lent"),
    *("its offensive", "air strikes", "widened its", "broadening its offensive", "Widens Its"),
)
_SHARED_TAIL_TEXTS = (
    "Israel widened its offensive; Israel widened  its\nair campaign of strikes.",
    "They extended their air strikes-x and extended their airstrikes, extended the mandate.",
    "Kyiv lent its support to Tbilisi and gave support to x, lent its support toward y.",
    "widen their own offensive widen their own air, re-widen its offensive, widen-ranging",
    "broadening its offensive, broaden its own campaign of strikes; lend a hand to its air",
    "Widens Its Offensive, widens its Air, WIDEN ITS AIR",
)


def test_shared_tails_match_the_plain_trie() -> None:
    """`terms_pattern` writes the folded phrases whose first words share all their tails
    once per group (`patterns._shared_tails_regex`): on every vocabulary list it changes
    and on made-up cross products it finds what one trie of all the terms
    (`_plain_trie`) finds, the same spans in the same order, caseless or not, also where
    the pattern must give back a longer match (a lookahead after it, or more pattern
    after it); phrases as written keep the one trie."""
    vocabulary = _DEFAULT_PATTERNS.vocabulary
    lists = [getattr(vocabulary, name) for name in vocabulary.list_names()]
    front = patterns._WORD_START_FRONT
    assert terms_pattern(_SHARED_TAIL_TERMS, fold=False) == _plain_trie(_SHARED_TAIL_TERMS, False)
    shorter = 0
    for terms in [_SHARED_TAIL_TERMS, *lists]:
        for word_start in (False, True):
            shared = terms_pattern(terms, word_start=word_start)
            plain = _plain_trie(terms) or "(?!)"
            if word_start and not shared.startswith(front):
                continue  # the check after each first letter: one trie, as it was
            plain = front + plain if word_start else plain
            if shared == plain:
                continue
            shorter += len(shared) < len(plain)
            texts = [*_SHARED_TAIL_TEXTS, *(text.lower() for text in _SHARED_TAIL_TEXTS)]
            for term in terms:
                phrase = " ".join(term.split()).casefold()
                for end in ("", "s", "-x", " x", phrase[-1:]):
                    texts += [f"a {phrase}{end}", f"{phrase[:-1]}{end}"]
                texts.append(phrase.replace(" ", " \n ").upper())
            for after, flags in ((r"(?![\w]|-\w)", 0), (r"\s+\w+\b", re.IGNORECASE)):
                fast, slow = re.compile(shared + after, flags), re.compile(plain + after, flags)
                for text in texts:
                    assert [m.span() for m in fast.finditer(text)] == [
                        m.span() for m in slow.finditer(text)
                    ], (text, after)
    assert shorter >= 9, shorter


def test_caseless_compiles_its_ignorecase_form_on_first_use() -> None:
    """`Caseless.ignorecase` is compiled only when first asked for (text that
    `lower_for_caseless` refuses), and then is the pattern compiled with re.IGNORECASE
    and the pattern's own flags: the same matches as the lower-cased run where both
    run, and the folded ones ("\u0130", Kelvin "\u212a") where only it runs."""
    for source, flags in ((r"\bkilled\s+(?P<n>\d+)\b", 0), (r"^said\b", re.MULTILINE)):
        pattern = Caseless(source, flags)
        assert pattern._ignorecase is None
        text = "Killed 12 and KILLED 3\nsaid kiLLed 4; said"
        assert pattern.search(text, lower_for_caseless(text)) is not None
        assert pattern._ignorecase is None
        compiled = pattern.ignorecase
        assert compiled is pattern.ignorecase and pattern._ignorecase is compiled
        expected = re.compile(source, flags | re.IGNORECASE)
        assert (compiled.pattern, compiled.flags) == (source, expected.flags)
        assert _spans(compiled.finditer(text)) == _spans(pattern.lowercase.finditer(text.lower()))
        folded = "\u212ailled 5 and \u0130 said\nsaid"
        assert lower_for_caseless(folded) is None
        assert _spans(pattern.finditer(folded, None)) == _spans(expected.finditer(folded))


def _run_in_a_fresh_process(script: str) -> subprocess.CompletedProcess[str]:
    """Run `script` in a new interpreter on this one's import path: what is compiled
    lazily can only be seen from a process that no other test has used."""
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
        env=environment,
    )


def test_ascii_text_leaves_the_strong_pattern_uncompiled_caseless() -> None:
    """Detection on text `lower_for_caseless` accepts never compiles
    `positions._STRONG.ignorecase` (`Caseless.ignorecase`, compiled on first use): the
    "-strong" test runs the lower-cased form on the lower-cased sentence.  In a fresh
    process, since other tests compile it."""
    script = (
        "from annotator.detection import detect, positions\n"
        "detect('A 5,000-strong force advanced on the town. The 300-strong unit took"
        " the airport; rebels 2,000 strong moved into Idlib.')\n"
        "print(positions._STRONG._ignorecase is None)\n"
    )
    done = _run_in_a_fresh_process(script)
    assert done.stdout.split() == ["True"], done.stderr


def test_a_place_around_a_town_is_no_stance_cue() -> None:
    """The term "rally around" is cued by "rally": "around" names where things are far more often
    than a stance, and a cue word only decides which sentences the stance rules read."""
    compiled = _DEFAULT_PATTERNS
    place = "Journalists were not allowed to visit the area around Ulmo."
    rally = "Western allies will rally around Kyiv, the minister said."
    assert not sentence_cues(place, [(0, len(place))], compiled)[0] & patterns.CUE_STANCE
    assert sentence_cues(rally, [(0, len(rally))], compiled)[0] & patterns.CUE_STANCE
    assert any(claim.kind == "position" for claim in detect(rally))


def _lazy_patterns() -> list[tuple[str, positions._LazyPattern]]:
    """The patterns of `positions._patterns` and `positions._military_class_patterns`
    compiled on first use (`positions._LazyPattern`), by field name."""
    found = []
    for rules in (
        positions._patterns(_DEFAULT_PATTERNS),
        positions._military_class_patterns(_DEFAULT_PATTERNS),
    ):
        for field in dataclasses.fields(rules):
            value = getattr(rules, field.name)
            if isinstance(value, positions._LazyPattern):
                found.append((field.name, value))
    return found


_RARE_WORDING_SENTENCES = [
    "Rebels cleared the village of insurgents and the Taliban took Kabul.",
    "The Houthis run Sanaa, and ISIS controls Raqqa and Deir ez-Zor.",
    "Chibok in Borno state, the heartland of Boko Haram, fell to the militants.",
    "British forces leaving Basra Palace; Kurd-led forces press Islamic State near Raqqa.",
    "Niger, where the insurgents also have camps, and the town was captured by rebels.",
    "The rebels tightened their grip on the city after the RSF seized it.",
    "Aleppos opposition held Kadi Askar while troops kept their positions at Sibut.",
    "A U.S. Navy battle group is currently in the northern Arabian Sea.",
    "Villages outside Aleppo have passed between pro-government and insurgent fighters.",
    "The 11,000 troops sent from North Korea arrived; the desert is rife with insurgents.",
    "THE TALIBAN TOOK KABUL. the city fell. Government-controlled Jamiliyah was quiet.",
    "The task fell to the ministry; the company ran a marathon and took Smith to court.",
    "İstanbul troops stationed in Kelvin \u212a town; the city fell to the rebels.",
    "ISIS has withdrawn from the area; Boko Haram has made several incursions into Chad.",
]


def test_lazy_patterns_find_what_their_compiled_pattern_finds() -> None:
    """Each rare wording's pattern compiled on first use (`positions._LazyPattern`)
    finds, on every input, the match of its pattern compiled at once with its flags;
    and compiles only on its first search, once."""
    lazy = _lazy_patterns()
    assert len(lazy) >= 10, [name for name, _ in lazy]
    rng = random.Random(32)
    inputs = [*_RARE_WORDING_SENTENCES, *_gate_inputs()]
    inputs += [rng.choice(inputs) + " " + rng.choice(inputs).lower() for _ in range(200)]
    found = dict.fromkeys((name for name, _ in lazy), 0)
    for name, pattern in lazy:
        plain = re.compile(pattern.pattern, pattern.flags)
        for text in inputs:
            match, expected = pattern.search(text), plain.search(text)
            assert (match and match.span()) == (expected and expected.span()), (name, text)
            assert _spans(pattern.finditer(text)) == _spans(plain.finditer(text)), (name, text)
            found[name] += match is not None
    assert all(count >= 1 for count in found.values()), found
    fresh = positions._LazyPattern(r"\bfell\s+to\b", re.IGNORECASE)
    assert fresh._compiled is None
    assert fresh.search("The city FELL to the rebels") is not None
    compiled = fresh._compiled
    assert compiled is not None and compiled.flags & re.IGNORECASE
    assert fresh.search("no match here") is None and fresh._compiled is compiled


def test_common_articles_leave_rare_wording_patterns_uncompiled() -> None:
    """Detection on an article without the rare wordings compiles none of the patterns
    `positions._LazyPattern` holds (the set-up a process pays before its first article
    leaves them out).  In a fresh process, since other tests compile them."""
    script = (
        "import dataclasses\n"
        "from annotator.detection import detect, positions\n"
        "from annotator.detection.detector import _DEFAULT_PATTERNS as p\n"
        "detect('At least 12 people were killed as troops advanced on the town. \"We will"
        " fight,\" the minister said. Rebels shelled the army base near Idlib.')\n"
        "for rules in (positions._patterns(p), positions._military_class_patterns(p)):\n"
        "    for f in dataclasses.fields(rules):\n"
        "        v = getattr(rules, f.name)\n"
        "        if isinstance(v, positions._LazyPattern):\n"
        "            print(f.name, v._compiled is None)\n"
    )
    done = _run_in_a_fresh_process(script)
    lines = done.stdout.split("\n")
    assert len([line for line in lines if line]) >= 10, done.stderr
    assert all(line.endswith(" True") for line in lines if line), done.stdout


_CAPTION_DATE_TEXTS = [
    "A child waits on a bus in Debaltseve, Ukraine, 3 February 2015 About 1.2 million fled.",
    "Shelling in the village of Horlivka, Donetsk region - 4 February 2015 Three people died.",
    "On 3 February 2015 Russia said, 12 Feb 2016 was the date - 5 Sept 1999 Nobody knew.",
    "Kyiv, 31 December 2014 - 1 January 2015 New year, 7 Jan 2015 After the truce held.",
    "Mosul, 123 March 2016 Troops; Mosul, 12 Mar 2016 - 14 Mar 2016 Troops advanced.",
    "Aleppo,3 May 2016 Rebels, 3  May 2016 Rebels, 3 May 2016 rebels, 3 May 2016 Rebels",
    "Homs -- 9 June 2013 A raid - 9 June 2013 - 10 June 2013 B raid , 9 June 2013 C raid",
    "Idlib, 1 Octo 2019 X, 1 Oct 2019 Y, 1 October 1899 Z, 1 October 2099 Q, 01 Aug 2018 R",
]


def test_caption_date_ends_match_the_pattern_with_both_separators() -> None:
    """The caption-closing dates found by one pattern per separator (", ", " - ") end
    where those of the single pattern with the separators as a choice end: in made-up
    captions with either separator, several dates in a row, dates that open a clause,
    days of three digits, years out of range, and random splices of them, at every
    window."""
    month = patterns.CAPITALISED_MONTH
    single = re.compile(rf"(?:,| -) \d{{1,2}} {month} (?:19|20)\d\d(?= [A-Z])")
    texts = _with_tail_head_splices(_CAPTION_DATE_TEXTS, seed=32)
    for text in texts:
        for start in range(0, len(text), 3):
            for end in (start + 25, start + 61, len(text)):
                expected = [match.end() for match in single.finditer(text, start, end)]
                assert sentences._caption_date_ends(text, start, end) == expected, text
    assert sentences._split_after_caption_dates(_CAPTION_DATE_TEXTS[0], [(0, 86)]) == [
        (0, 62),
        (62, 86),
    ]


def test_marked_anchor_text_marks_the_characters_not_ascii_as_a_scan_does() -> None:
    """The marked copy of a text not ASCII, its characters that are not ASCII found at
    the "?" of the encoding, equals the copy marked by a scan for them: word characters
    become a digit or letter mark, other characters a separator, and a "?" of the text
    itself stays a separator (accented letters, digits that are not ASCII, curly quotes,
    dashes, no-break spaces, surrogates, question marks next to all of them)."""
    not_ascii = re.compile(r"[^\x00-\x7f]")
    rng = random.Random(32)
    pool = "é’“٣½²ßı\u00a0\u2009\ud800?-,. 0a1"
    texts = [*_NOT_ASCII_ANCHOR_TEXTS, "Why? ٣? ¿Qué? “?” —?", "??é??", "é", "?"]
    texts += ["".join(rng.choice(pool) for _ in range(rng.randrange(1, 40))) for _ in range(300)]
    for text in texts:
        lowered = ascii_lower(text)
        expected = bytearray(lowered.encode("ascii", "replace").translate(numbers._ANCHOR_MARKS))
        for found in not_ascii.finditer(lowered):
            char = found.group()
            if char.isalnum():
                expected[found.start()] = ord("0") if char.isdecimal() else ord("x")
        assert numbers._marked_anchor_text(lowered) == bytes(expected), text
