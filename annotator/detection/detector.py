"""The detector: segment once, run each claim family's rules, return sorted claims."""

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise
from operator import attrgetter

from annotator.detection.capitals import state_table, with_state
from annotator.detection.claims import DetectedClaim, set_confidence
from annotator.detection.confidence import shipped_table
from annotator.detection.entities import decoded_references
from annotator.detection.figures import detect_figures
from annotator.detection.patterns import Patterns, compile_patterns, sentence_cues
from annotator.detection.positions import detect_positions
from annotator.detection.reading import as_undamaged, with_apostrophes
from annotator.detection.sentences import (
    Segmentation,
    end_before_wire_credit,
    headline_topic,
    segment,
    sentence_ends_within,
    skip_space,
)
from annotator.detection.statements import (
    StatementFinder,
    StatementUnit,
    statement_claims,
)
from annotator.detection.vocabulary import Vocabulary
from annotator.domain import KIND_POSITION, KIND_STATEMENT, KIND_TROOPS

#: The default vocabulary's patterns, looked up once: `compile_patterns` is cached per
#: vocabulary, but the lookup hashes every term list of it on each call.
_DEFAULT_PATTERNS = compile_patterns(Vocabulary.default())
_CLAIM_ORDER = attrgetter("start", "end", "kind")
#: The claim kinds whose span is a whole sentence (guideline §5).
_SENTENCE_KINDS = frozenset((KIND_POSITION, KIND_STATEMENT))


def detect(text: str, vocabulary: Vocabulary | None = None) -> list[DetectedClaim]:
    """All claims the rules find in `text`, sorted by (start, end, kind).

    Offsets are code-point indices into `text` exactly as given, and each claim's text is
    its slice of it.  The rules read no-break and other typeset spaces as plain spaces
    (guideline §0: scraped text is full of them, and a rule written with a plain space
    must not miss "13,000\u00a0people" or "President\u00a0Putin said"), so a speaker
    found across one is named with a plain space.  They read a hard-wrapped text as
    unwrapped and a headline in capitals in the body's case (`reading.as_undamaged`),
    and statements read lost apostrophes put back ("Ukraine s minister said" as
    "Ukraine's minister said", `reading.with_apostrophes`).
    Positions are judged on the text with its apostrophes as they came: an apostrophe
    is no position cue, and the learned model, which weighs "'s" as a word, judges a
    few sentences either way once one is put back.  HTML character references left in
    scraped text ("Britain&#8217;s") are read as the characters they stand for, and a
    claim's offsets mapped back to the text as given (`entities.decoded_references`).
    Each claim's confidence is the share of its rule's claims that were right on the
    evaluation sets (`confidence.ConfidenceTable`).
    """
    claims = detect_by_rules(text, vocabulary)
    table = shipped_table()
    for claim in claims:  # this call's own claims, still with their rules' coarse values
        set_confidence(
            claim, table.confidence(claim.kind, claim.rule, claim.confidence, claim.text)
        )
    return claims


def detect_by_rules(text: str, vocabulary: Vocabulary | None = None) -> list[DetectedClaim]:
    """`detect` with each claim's confidence the coarse value its rule gave, which tells
    a rule's variants apart: what `tools/calibrate_confidence.py` measures the share
    right of."""
    decoded = decoded_references(text)
    if decoded is None:
        return _detect_read(text, vocabulary)
    claims = []
    for claim in _detect_read(decoded.text, vocabulary):
        start, end = decoded.span_in_source(claim.start, claim.end)
        claims.append(replace(claim, start=start, end=end, text=text[start:end]))
    return claims


def _detect_read(text: str, vocabulary: Vocabulary | None) -> list[DetectedClaim]:
    """`detect` on a text with no character references to decode: read undamaged
    (`reading`), then the rules."""
    read = as_undamaged(text)
    named = with_apostrophes(read)
    if named is text:
        claims = _detect_in(text, vocabulary, text)
    else:
        claims = [
            replace(claim, text=text[claim.start : claim.end])
            for claim in _detect_in(named, vocabulary, read)
        ]
    # (on the text as given: a text set in capitals is read recased, its labels not)
    return _with_headline_topic(text, claims)


def _detect_in(text: str, vocabulary: Vocabulary | None, position_text: str) -> list[DetectedClaim]:
    """`detect` on a text whose spaces are plain, its positions judged on `position_text`
    (the same text with its lost apostrophes left out, `reading.with_apostrophes`)."""
    patterns = _DEFAULT_PATTERNS if vocabulary is None else compile_patterns(vocabulary)
    segmentation = segment(text)
    spans = [(s.start, s.end) for s in segmentation.sentences]
    claims = detect_figures(text, spans, patterns)
    cues, finder, units = _statement_units(text, segmentation, spans, patterns)
    claims.extend(statement_claims(units, text))
    speakers: dict[int, str | None] = {}
    for unit in units:
        for sentence in segmentation.sentences[unit.first_sentence : unit.last_sentence + 1]:
            speakers[sentence.start] = unit.speaker
        speakers[unit.start] = unit.speaker
    position_spans, position_cues = _quoted_sentences_apart(text, spans, cues, units, patterns)
    troops = [c for c in claims if c.kind == KIND_TROOPS]

    def judge(sentences: list[tuple[int, int]], sentence_cues: list[int]) -> list[DetectedClaim]:
        return detect_positions(
            position_text, sentences, patterns, finder.phrases, speakers, troops, sentence_cues
        )

    passages = (
        _unpunctuated_quotations(text, position_spans, segmentation.quotes)
        if segmentation.quotes
        else {}
    )
    if passages:
        claims.extend(
            _positions_by_quoted_sentence(
                text, position_spans, position_cues, passages, speakers, patterns, judge
            )
        )
    else:
        claims.extend(judge(position_spans, position_cues))
    claims = _without_wire_credits(text, claims)
    return sorted(_with_states(claims, patterns.vocabulary.state_capitals), key=_CLAIM_ORDER)


def _without_wire_credits(text: str, claims: list[DetectedClaim]) -> list[DetectedClaim]:
    """The claims with each sentence span (position, statement) ending before a wire
    credit glued after its stop (`end_before_wire_credit`)."""
    out = []
    for claim in claims:
        if claim.kind in _SENTENCE_KINDS:
            end = end_before_wire_credit(text, claim.start, claim.end)
            if end != claim.end:
                claim = replace(claim, end=end, text=text[claim.start : end])
        out.append(claim)
    return out


def _with_headline_topic(text: str, claims: list[DetectedClaim]) -> list[DetectedClaim]:
    """The claims with the headline's sentence span (position, statement) opened at the
    topic kicker before it (`sentences.headline_topic`: "Lebanon: Army Commander Hails
    Victory over Daesh"), which the rules read without."""
    topic = headline_topic(text)
    if topic is None:
        return claims
    start, after = topic
    opened = [
        replace(claim, start=start, text=text[start : claim.end])
        if claim.kind in _SENTENCE_KINDS and claim.start == after
        else claim
        for claim in claims
    ]
    return sorted(opened, key=_CLAIM_ORDER)


def _with_states(claims: list[DetectedClaim], capitals: tuple[str, ...]) -> list[DetectedClaim]:
    """The claims with each speaker or stance actor that is a capital alone given its
    state ("Pyongyang (North Korea)", `capitals.with_state`): done once, on the output,
    so that the speaker tracker keeps matching the words the article uses."""
    table = state_table(capitals)
    out = []
    for claim in claims:
        if claim.speaker is not None or claim.actor is not None:
            speaker = claim.speaker and with_state(claim.speaker, table)
            actor = claim.actor and with_state(claim.actor, table)
            if speaker != claim.speaker or actor != claim.actor:
                claim = replace(claim, speaker=speaker, actor=actor)
        out.append(claim)
    return out


def position_sentences(text: str) -> list[tuple[int, int]]:
    """The spans `detect` judges as position sentences, with the default vocabulary:
    the segmenter's sentences with closed quotations split apart (not the sentences of
    a quotation that lost its punctuation, `_unpunctuated_quotations`, which `detect`
    also judges one by one).  The position model's training tool labels these, so it
    learns from what the detector sees."""
    segmentation = segment(text)
    spans = [(s.start, s.end) for s in segmentation.sentences]
    cues, _finder, units = _statement_units(text, segmentation, spans, _DEFAULT_PATTERNS)
    return _quoted_sentences_apart(text, spans, cues, units, _DEFAULT_PATTERNS)[0]


def _statement_units(
    text: str, segmentation: Segmentation, spans: list[tuple[int, int]], patterns: Patterns
) -> tuple[list[int], StatementFinder, list[StatementUnit]]:
    """The sentences' cue bits, the statement finder and its units."""
    cues = sentence_cues(text, spans, patterns)
    finder = StatementFinder(text, segmentation, patterns, cues)
    return cues, finder, finder.units()


def _quoted_sentences_apart(
    text: str,
    spans: list[tuple[int, int]],
    cues: list[int],
    units: list[StatementUnit],
    patterns: Patterns,
) -> tuple[list[tuple[int, int]], list[int]]:
    """Sentence spans and cue bits for positions, with each quoted sentence that the
    statement finder split out of a segmenter sentence on its own.

    The segmenter keeps a closed quotation whole ('He said: "We are not sitting idly.
    The security of Basra is our responsibility."'), while a position is one sentence
    (guideline §5): each quoted sentence may state one, or none."""
    pieces: dict[int, list[tuple[int, int]]] = {}
    for unit in units:
        if unit.first_sentence == unit.last_sentence:
            pieces.setdefault(unit.first_sentence, []).append((unit.start, unit.end))
    split = {index: parts for index, parts in pieces.items() if len(parts) > 1}
    if not split:
        return spans, cues
    # The pieces' cue bits in one call: `sentence_cues` reads the whole text each time.
    piece_cues = iter(
        sentence_cues(text, [part for index in sorted(split) for part in split[index]], patterns)
    )
    new_spans: list[tuple[int, int]] = []
    new_cues: list[int] = []
    for index, (span, cue) in enumerate(zip(spans, cues, strict=True)):
        parts = split.get(index)
        if parts is None:
            new_spans.append(span)
            new_cues.append(cue)
        else:
            new_spans.extend(parts)
            new_cues.extend(next(piece_cues) for _ in parts)
    return new_spans, new_cues


#: `detect_positions` over one article, given sentence spans and their cue bits.
PositionJudge = Callable[[list[tuple[int, int]], list[int]], list[DetectedClaim]]


def _unpunctuated_quotations(
    text: str, spans: list[tuple[int, int]], quotes: tuple[tuple[int, int], ...]
) -> dict[int, list[tuple[int, int]]]:
    """Index -> pieces of each span holding a quotation of several sentences whose
    closing mark follows a word, cut after each sentence end inside it.

    A quotation that lost its punctuation before the attribution ('"The flag is flying
    over Tel Hamis. We are now combing the city for mines" militia spokesman Redur Xelil
    told Reuters.', as FA-KES gives it) is one statement unit, but the annotators mark
    each of its sentences as a position of its own; where the comma stayed ('…,' he
    said.) they keep the quotation whole about as often as they split it."""
    starts = [open_at for open_at, _ in quotes]
    pieces: dict[int, list[tuple[int, int]]] = {}
    for index, (start, end) in enumerate(spans):
        ends: list[int] = []
        for quote in range(bisect_left(starts, start), bisect_left(starts, end)):
            open_at, close_at = quotes[quote]
            if close_at <= end and text[close_at - 2 : close_at - 1].isalpha():
                ends.extend(sentence_ends_within(text, open_at + 1, close_at - 1))
        if ends:
            bounds = [start, *ends, end]
            pieces[index] = [(skip_space(text, a, b), b) for a, b in pairwise(bounds)]
    return pieces


def _positions_by_quoted_sentence(
    text: str,
    spans: list[tuple[int, int]],
    cues: list[int],
    pieces: dict[int, list[tuple[int, int]]],
    speakers: dict[int, str | None],
    patterns: Patterns,
    judge: PositionJudge,
) -> list[DetectedClaim]:
    """The positions of `spans`, those in `pieces` judged one quoted sentence at a time
    (`_unpunctuated_quotations`); a span none of whose pieces states a position on its
    own (the place named in one sentence, its capture in the next) is judged whole.
    `speakers` gains the pieces' starts, with their sentence's speaker."""
    flat: list[tuple[int, int]] = []
    flat_cues: list[int] = []
    owner: dict[int, int] = {}  # a piece's start -> the index of its span
    for index, (span, cue) in enumerate(zip(spans, cues, strict=True)):
        parts = pieces.get(index)
        if parts is None:
            flat.append(span)
            flat_cues.append(cue)
            continue
        flat.extend(parts)
        flat_cues.extend(sentence_cues(text, parts, patterns))
        for start, _end in parts:
            owner[start] = index
            speakers.setdefault(start, speakers.get(span[0]))
    claims = judge(flat, flat_cues)
    found = {owner[claim.start] for claim in claims if claim.start in owner}
    whole = [index for index in pieces if index not in found]
    if whole:
        claims.extend(judge([spans[i] for i in whole], [cues[i] for i in whole]))
    return claims
