"""The detector's confidence: the share of a rule's claims that were right on the
evaluation sets, read from `confidence.json` (written by `tools/calibrate_confidence.py`).

Why measured rather than set by hand: each rule family used to give its claims a coarse
value of its own (0.5 to 0.9), which ranked the families but meant nothing a reviewer
could act on: on the sets never read while rules were written, 98 % of the casualty
figures given 0.9 were right, and so were 97 % of the statements given 0.85.  A reviewer
who sorts suggestions by confidence, or reads "confidence 0.97" in the inspector, should
be able to take it as "about 97 in 100 such suggestions were right".

The rules still give their coarse value, and it still tells a rule's variants apart
(a statement whose speaker the text names or one that continues a quotation, a figure
with a head noun or without); `ConfidenceTable.share` is the share right measured for
that rule and variant, and `ConfidenceTable.confidence` is what `detect` gives a claim.  A
variant seen a few times is shrunk toward its rule's share, and a rule toward its
kind's, by `prior_weight` claims of the share above it, so that three right out of three
does not read as certainty.  A rule the training sets never saw gets its kind's share.

Positions are the kind whose rules are least often right, and a rule's share does not
tell its right claims from its wrong ones: the position model's log-odds for the
claim's sentence does (on the never-read sets it ranks the rules' positions far better
than their rules do).  A position's confidence is therefore a logistic blend of its
rule's share and that log-odds (`PositionBlend`), fitted on read sets the model did
not learn from (a model scores its own training sentences too well).
"""

import math
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

from annotator.detection.package_data import read_json
from annotator.detection.position_model import PositionModel, sentence_words, shipped_model
from annotator.domain import KIND_POSITION
from annotator.errors import ConfidenceTableError

#: The file the calibration tool writes and the package ships.
TABLE_FILE = "confidence.json"
#: The table file's layout; the loader refuses other versions.
TABLE_FORMAT = 1


#: The highest confidence a claim is given, and one minus the lowest: a few hundred
#: claims cannot tell 99.9 % right from 99 %, and no suggestion should read as certain
#: (the calibration tool caps the table's shares at it too).
HIGHEST_SHARE = 0.99
_LOWEST_SHARE = round(1.0 - HIGHEST_SHARE, 3)
#: How far from 0 and 1 a share is kept before its log-odds are taken.
_SHARE_BOUND = 0.001


def blend_features(share: float, sentence: str, model: PositionModel) -> tuple[float, float]:
    """A position blend's inputs: its rule's share as log-odds, and the position model's
    log-odds for its sentence (what the calibration tool fits the blend's weights on)."""
    share = min(max(share, _SHARE_BOUND), 1.0 - _SHARE_BOUND)
    return math.log(share / (1.0 - share)), model.position.log_odds(sentence_words(sentence))


class PositionBlend:
    """A position's confidence from its rule's share and the position model's log-odds
    for its sentence: the logistic of `bias + rule_weight * logit(share) + model_weight *
    log_odds`."""

    def __init__(
        self, bias: float, rule_weight: float, model_weight: float, model: PositionModel
    ) -> None:
        self.bias = bias
        self.rule_weight = rule_weight
        self.model_weight = model_weight
        self.model = model

    def confidence(self, share: float, sentence: str) -> float:
        """The blended confidence, to three decimals as the table's shares are, and
        between 1 - `HIGHEST_SHARE` and `HIGHEST_SHARE`."""
        rule_log_odds, model_log_odds = blend_features(share, sentence, self.model)
        log_odds = self.bias + self.rule_weight * rule_log_odds + self.model_weight * model_log_odds
        if log_odds >= 0.0:
            probability = 1.0 / (1.0 + math.exp(-log_odds))
        else:
            odds = math.exp(log_odds)  # (not exp(-log_odds): a long sentence's can overflow)
            probability = odds / (1.0 + odds)
        return min(max(round(probability, 3), _LOWEST_SHARE), HIGHEST_SHARE)


class ConfidenceTable:
    """The measured share right per kind, per rule and per rule variant (a rule and the
    coarse confidence it gave), and the blend that positions go through."""

    def __init__(
        self,
        kinds: dict[str, float],
        rules: dict[str, float],
        variants: dict[tuple[str, float], float],
        positions: PositionBlend | None = None,
    ) -> None:
        self.kinds = kinds
        self.rules = rules
        self.variants = variants
        self.positions = positions

    def share(self, kind: str, rule: str, rule_confidence: float) -> float:
        """The measured share right for a claim of `kind` that `rule` gave
        `rule_confidence`: its variant's, else its rule's, else its kind's; the rule's
        own value only for a kind the table does not know."""
        measured = self.variants.get((rule, rule_confidence))
        if measured is None:
            measured = self.rules.get(rule)
        if measured is None:
            measured = self.kinds.get(kind, rule_confidence)
        return measured

    def confidence(self, kind: str, rule: str, rule_confidence: float, text: str) -> float:
        """A claim's confidence: its `share`, through the blend for a position (whose
        `text` is its sentence)."""
        share = self.share(kind, rule, rule_confidence)
        if kind == KIND_POSITION and self.positions is not None:
            return self.positions.confidence(share, text)
        return share


def table_from_json(data: Any) -> ConfidenceTable:
    """A `ConfidenceTable` from the calibration tool's JSON, checked: the file is
    package data, but a damaged install should say what is wrong, not fail on a key."""
    try:
        if data["format"] != TABLE_FORMAT:
            raise ConfidenceTableError(
                f"{TABLE_FILE} has format {data['format']!r}; this version reads {TABLE_FORMAT}"
            )
        kinds = {str(kind): _share(entry) for kind, entry in data["kinds"].items()}
        rules: dict[str, float] = {}
        variants: dict[tuple[str, float], float] = {}
        for rule, entry in data["rules"].items():
            rules[str(rule)] = _share(entry)
            for rule_confidence, variant in entry["variants"].items():
                variants[(str(rule), float(rule_confidence))] = _share(variant)
        blend = data.get("positions")
        positions = None
        if blend is not None:
            bias, rule_weight, model_weight = (
                float(blend[key]) for key in ("bias", "rule_weight", "model_weight")
            )
            if not all(math.isfinite(weight) for weight in (bias, rule_weight, model_weight)):
                raise ConfidenceTableError(f"{TABLE_FILE}: a position weight is not finite")
            positions = PositionBlend(bias, rule_weight, model_weight, shipped_model())
        return ConfidenceTable(kinds, rules, variants, positions)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ConfidenceTableError(f"{TABLE_FILE} is not a confidence table: {exc!r}") from exc


def _share(entry: Any) -> float:
    confidence = float(entry["confidence"])
    if not 0.0 <= confidence <= 1.0:
        raise ConfidenceTableError(f"{TABLE_FILE}: confidence {confidence} is not in [0, 1]")
    return confidence


def read_table(source: Traversable) -> ConfidenceTable:
    """The table in a file the calibration tool wrote (a `Path` or package resource)."""
    return table_from_json(read_json(source, ConfidenceTableError, "confidence table"))


@cache
def shipped_table() -> ConfidenceTable:
    """The table shipped in the package, read once."""
    return read_table(resources.files("annotator.detection").joinpath(TABLE_FILE))
