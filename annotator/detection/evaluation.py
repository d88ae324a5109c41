"""Comparing detector output with hand-made gold (guideline §6 records).

Shared by `tools/score_detector.py` and the regression test so both measure the same
thing: one-to-one overlap matching per article and kind (as the samples' score.py does),
value accuracy on matched figures, and lenient speaker accuracy on matched statements.
"""

import re
import unicodedata
from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

Record = Mapping[str, Any]

_PAREN_RE = re.compile(r"\(([^()]*)\)")
#: Words that make a prediction a clause about someone rather than a fuller name.
_CLAUSE_WORDS = frozenset(["who", "which", "that", "whose", "told", "said", "says"])
_STOP = frozenset(["the", "a", "an", "of", "for", "'s", "s", "another", "other"])
#: The figure kinds the gold sets annotate and whose values are scored (not
#: `domain.FIGURE_KINDS`, which also holds the other figures a reviewer may add).
SCORED_FIGURE_KINDS = frozenset(["casualty", "troops"])


def matched_pairs(gold: Mapping[str, Any], preds: Sequence[Record]) -> list[tuple[Record, Record]]:
    """(gold, prediction) pairs matched one-to-one by character overlap, per article and
    kind, over required gold claims (augmenting-path maximum matching)."""
    by_key_gold: dict[tuple[str, str], list[Record]] = defaultdict(list)
    for claim in gold["claims"]:
        if not claim.get("optional"):
            by_key_gold[(claim["article_id"], claim["kind"])].append(claim)
    by_key_pred: dict[tuple[str, str], list[Record]] = defaultdict(list)
    for pred in preds:
        by_key_pred[(pred["article_id"], pred["kind"])].append(pred)
    pairs: list[tuple[Record, Record]] = []
    for key, golds in by_key_gold.items():
        candidates = by_key_pred.get(key, [])
        match_of_gold = _overlap_matching(candidates, golds)
        pairs.extend((golds[j], candidates[i]) for j, i in match_of_gold.items())
    return pairs


def _overlap_matching(candidates: Sequence[Record], golds: Sequence[Record]) -> dict[int, int]:
    """A maximum one-to-one matching of candidates to gold claims they overlap, as
    {gold index: candidate index} (augmenting paths)."""
    adjacency = [
        [j for j, g in enumerate(golds) if p["start"] < g["end"] and g["start"] < p["end"]]
        for p in candidates
    ]
    match_of_gold: dict[int, int] = {}
    for i in range(len(candidates)):
        _augment(i, adjacency, match_of_gold, set())
    return match_of_gold


def prediction_outcomes(gold: Mapping[str, Any], preds: Sequence[Record]) -> list[bool | None]:
    """For each prediction, in order: True when it matches a required gold claim, False
    when it is a false alarm, None when the scorer counts it neither way.

    The three steps of the samples' score.py, so that the share of a rule's claims that
    are right is the precision the scorer would give it (`tools/calibrate_confidence.py`
    reads the detector's confidence from it): required gold first (`matched_pairs`), then
    optional gold absorbs leftovers one to one, then leftovers inside an article's page
    furniture (`ignore_regions`) are dropped.  A second prediction of the same span and
    kind is dropped too, as score.py drops it; so are empty spans and predictions for
    articles the gold does not hold.
    """
    outcomes: list[bool | None] = [None] * len(preds)
    furniture = {a["article_id"]: a.get("ignore_regions", []) for a in gold["articles"]}
    scored: list[int] = []
    spans: set[tuple[str, str, int, int]] = set()
    for index, pred in enumerate(preds):
        span = (pred["article_id"], pred["kind"], pred["start"], pred["end"])
        if pred["article_id"] in furniture and pred["start"] < pred["end"] and span not in spans:
            spans.add(span)
            scored.append(index)
    kept = [preds[index] for index in scored]
    right = {id(pred) for _, pred in matched_pairs(gold, kept)}
    optional: dict[tuple[str, str], list[Record]] = defaultdict(list)
    for claim in gold["claims"]:
        if claim.get("optional"):
            optional[(claim["article_id"], claim["kind"])].append(claim)
    leftovers: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index in scored:
        pred = preds[index]
        if id(pred) in right:
            outcomes[index] = True
        else:
            leftovers[(pred["article_id"], pred["kind"])].append(index)
    for key, indices in leftovers.items():
        matching = _overlap_matching([preds[i] for i in indices], optional.get(key, []))
        absorbed = {indices[position] for position in matching.values()}
        for index in indices:
            pred = preds[index]
            if index in absorbed or any(
                pred["start"] < end and start < pred["end"]
                for start, end in furniture[pred["article_id"]]
            ):
                continue
            outcomes[index] = False
    return outcomes


def annotated_kinds(gold: Mapping[str, Any]) -> set[str]:
    """The claim kinds a gold set annotates: its `kinds` when it says, else the kinds of
    its claims (a made-up set of positions only); casualty and troops go together, since a
    set that annotates figures annotates both."""
    kinds = set(gold.get("kinds") or {claim["kind"] for claim in gold["claims"]})
    if kinds & SCORED_FIGURE_KINDS:
        kinds |= SCORED_FIGURE_KINDS
    return kinds


def calibration_error(scored: Sequence[tuple[float, bool]], bins: int = 10) -> float:
    """Expected calibration error of (confidence, right) pairs: over equal-width bins of
    confidence, the gap between the mean confidence and the share right, weighted by the
    bin's share of the pairs.  0 when every confidence is the share right of its like."""
    if not scored:
        raise ValueError("no claims to measure")
    grouped: dict[int, list[tuple[float, bool]]] = defaultdict(list)
    for confidence, right in scored:
        grouped[min(int(confidence * bins), bins - 1)].append((confidence, right))
    error = 0.0
    for members in grouped.values():
        mean = sum(confidence for confidence, _ in members) / len(members)
        share = sum(1 for _, right in members if right) / len(members)
        error += len(members) / len(scored) * abs(mean - share)
    return error


def brier_score(scored: Sequence[tuple[float, bool]]) -> float:
    """Mean squared gap between confidence and outcome (1 right, 0 wrong)."""
    if not scored:
        raise ValueError("no claims to measure")
    return sum((confidence - right) ** 2 for confidence, right in scored) / len(scored)


def figures_and_statements(
    pairs: Sequence[tuple[Record, Record]],
) -> tuple[list[tuple[Record, Record]], list[tuple[Record, Record]]]:
    """The matched pairs whose values are judged (casualty and troops figures) and those
    whose speakers are (statements), from `matched_pairs`."""
    figures = [(g, p) for g, p in pairs if g["kind"] in SCORED_FIGURE_KINDS]
    statements = [(g, p) for g, p in pairs if g["kind"] == "statement"]
    return figures, statements


def _augment(i: int, adjacency: list[list[int]], match: dict[int, int], seen: set[int]) -> bool:
    for j in adjacency[i]:
        if j in seen:
            continue
        seen.add(j)
        if j not in match or _augment(match[j], adjacency, match, seen):
            match[j] = i
            return True
    return False


def value_matches(gold: Record, pred: Record) -> bool:
    """min, max and casualty_type all equal (troops have no casualty type)."""
    g = gold.get("value") or {}
    p = pred.get("value") or {}
    return (
        _same_number(g.get("min"), p.get("min"))
        and _same_number(g.get("max"), p.get("max"))
        and (g.get("casualty_type") or None) == (p.get("casualty_type") or None)
    )


def _same_number(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) < 1e-6


def speaker_matches(gold: Record, pred: Record) -> bool:
    """Lenient speaker comparison.

    Case- and accent-insensitive, apostrophes unified, leading articles ignored.  Gold
    speakers may join several with ";" and carry descriptions in parentheses ("Sergei
    Ryabkov (Russian Deputy Foreign Minister)"); any gold alternative matches.  Two names also
    match when their content words are equal, when one's content words (at least two)
    are contained in the other's, when the prediction adds at most three words to the
    gold's ("Western diplomats in the region" for "diplomats"), or when both end in the
    same surname.
    """
    predicted = pred.get("speaker")
    if not predicted or not gold.get("speaker"):
        return False
    wanted = _alternatives(str(gold["speaker"]))
    offered = [_normal(part) for part in str(predicted).split(";") if part.strip()]
    return any(_same_speaker(p, g) for p in offered for g in wanted)


def _alternatives(speaker: str) -> list[str]:
    found = []
    for part in speaker.split(";"):
        found.append(_normal(_PAREN_RE.sub(" ", part)))
        found.extend(_normal(inner) for inner in _PAREN_RE.findall(part))
        found.extend(_normal(alt) for alt in part.split("/") if "/" in part)
    return [f for f in found if f]


def _normal(text: str) -> str:
    """The form two speakers are compared in.  Accents are dropped: a scraped text
    writes "Eduardo Ano" where the annotator wrote "Año", and the detector can only give
    the name as the text spells it."""
    text = text.replace("’", "'").replace("‘", "'").strip(" '\"").casefold()
    text = "".join(
        char for char in unicodedata.normalize("NFKD", text) if not unicodedata.combining(char)
    )
    text = re.sub(r"\s+", " ", text)
    return re.sub(r"^(?:the|a|an|one) ", "", text)


def _stands_for(acronym: str, name: str) -> bool:
    """Whether `acronym` is a single word made of the initials of `name`'s words
    ("UN" / "United Nations", "U.S." / "United States"): the text names the speaker by
    its acronym where the annotator wrote the full name, or the other way round."""
    letters = acronym.replace(".", "")
    if " " in letters or not 2 <= len(letters) <= 6 or not letters.isalpha():
        return False
    words = [w for w in re.findall(r"[\w'-]+", name) if w not in _STOP and w != "and"]
    return len(words) == len(letters) and all(
        w.startswith(c) for w, c in zip(words, letters, strict=True)
    )


def _content(text: str) -> set[str]:
    return {w for w in re.findall(r"[\w'-]+", text) if w not in _STOP}


def _same_speaker(pred: str, gold: str) -> bool:
    if pred == gold or _stands_for(pred, gold) or _stands_for(gold, pred):
        return True
    p, g = _content(pred), _content(gold)
    if not p or not g:
        return False
    if p == g or (len(p & g) >= 2 and (p <= g or g <= p)):
        return True
    if g <= p and len(p - g) <= 3 and not p & _CLAUSE_WORDS:
        return True  # named more fully than the gold: "Westerville police" for "police"
    p_words, g_words = pred.split(), gold.split()
    return (
        len(g_words) >= 2
        and len(p_words) >= 1
        and p_words[-1] == g_words[-1]
        and (p_words[-1][:1].isalpha())
    )
