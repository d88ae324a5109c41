"""A learned second opinion on position sentences: a logistic regression over the words
of a sentence, trained on the hand-marked samples by `tools/train_position_model.py`.

Why a model beside the rules: what makes a sentence a position (guideline §3) is a
judgement over many wordings ("Cameroonian soldiers report chasing militants over the
border", "The US is currently only providing non-lethal assistance").  Sixteen rounds of
rules reached 0.86 overlap F1 on the sets they were written from but 0.75 on sets never
read; the words alone, weighed by a linear model, find many of the sentences the rules
miss.  The model only adds: a sentence the rules mark stays marked, and one they leave
is marked when the model is confident (`PositionModel.threshold`).  Its measured gain
and the sets it learned from are in docs/detection-history.md (the seventeenth round;
retrained in the thirty-fourth on 50 sets, nine of them made up, in the forty-ninth on 82
and in the fifty-fourth on 100, docs/detection.md).

The weights live in `position_model.json` beside this module, so retraining changes no
code.  Scoring is a sum of dictionary look-ups over a sentence's distinct words, which
are read from the article's letters once (`letter_runs`).
"""

import math
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

from annotator.detection.package_data import read_json
from annotator.detection.patterns import ascii_letters
from annotator.errors import PositionModelError

#: The file the training tool writes and the package ships.
MODEL_FILE = "position_model.json"
#: The model file's layout; the loader refuses other versions.
MODEL_FORMAT = 1

#: Quote marks, features of their own (quoted speech weighs differently), as the UTF-8
#: bytes the model's keys are.
_QUOTE_MARKS = tuple((mark, mark.encode("utf-8")) for mark in "\"'‘’“”")


def letter_runs(text: str) -> bytes:
    """The text with its ASCII letters lower-cased and every other character a space,
    one byte a character, so a sentence's offsets hold: what `words_in` splits.  It is
    `ascii_letters`, which the cue scans read, lower-cased, so the two cannot differ in
    what counts as a letter."""
    return ascii_letters(text).lower()


def words_in(text: str, runs: bytes, start: int, end: int) -> set[bytes]:
    """The features of the sentence `text[start:end]` (`runs`: `letter_runs(text)`): its
    distinct lower-cased words, and its quote marks.  Figures are left out: their size
    says nothing of a position."""
    words = set(runs[start:end].split())
    for mark, key in _QUOTE_MARKS:
        if text.find(mark, start, end) >= 0:
            words.add(key)
    return words


def sentence_words(sentence: str) -> set[bytes]:
    """`words_in` for a sentence on its own; the training tool uses it, so the model
    learns the features the detector reads."""
    return words_in(sentence, letter_runs(sentence), 0, len(sentence))


class LinearModel:
    """A logistic regression's weights: the log-odds of a sentence is the bias plus
    the weights of its words."""

    def __init__(self, bias: float, weights: dict[bytes, float]) -> None:
        self.bias = bias
        self.weights = weights

    def log_odds(self, words: set[bytes]) -> float:
        """The bias plus the weight of each word the model knows.

        One look-up a word: a word the model does not know adds 0.0, which leaves the
        (compensated) float sum exactly what it is without that word."""
        weights = self.weights
        return self.bias + sum([weights.get(word, 0.0) for word in words])


class PositionModel:
    """Whether a sentence states a position (`position`), and if so, whether it is a
    stance rather than a military position (`stance`)."""

    def __init__(self, position: LinearModel, stance: LinearModel, threshold: float) -> None:
        self.position = position
        self.stance = stance
        self.threshold = threshold
        #: The threshold as log-odds, so deciding needs no exponential.
        self.threshold_log_odds = math.log(threshold / (1.0 - threshold))

    def is_position(self, words: set[bytes]) -> bool:
        """Whether the model is confident that a sentence with these words states a
        position: its probability is above the threshold."""
        return self.position.log_odds(words) > self.threshold_log_odds

    def is_stance(self, words: set[bytes]) -> bool:
        """Whether a position sentence with these words is more likely a stance than
        a military position."""
        return self.stance.log_odds(words) > 0.0


def model_from_json(data: Any) -> PositionModel:
    """A `PositionModel` from the training tool's JSON, checked: the file is package
    data, but a damaged install should say what is wrong, not fail on a key."""
    try:
        if data["format"] != MODEL_FORMAT:
            raise PositionModelError(
                f"{MODEL_FILE} has format {data['format']!r}; this version reads {MODEL_FORMAT}"
            )
        threshold = float(data["threshold"])
        if not 0.0 < threshold < 1.0:
            raise PositionModelError(f"{MODEL_FILE}: threshold {threshold} is not in (0, 1)")
        return PositionModel(
            _linear(data["position"]), _linear(data["stance"]), threshold=threshold
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise PositionModelError(f"{MODEL_FILE} is not a position model: {exc!r}") from exc


def _linear(data: Any) -> LinearModel:
    weights = {str(word).encode("utf-8"): float(weight) for word, weight in data["weights"].items()}
    return LinearModel(float(data["bias"]), weights)


def read_model(source: Traversable) -> PositionModel:
    """The model in a file the training tool wrote (a `Path` or package resource)."""
    return model_from_json(read_json(source, PositionModelError, "position model"))


@cache
def shipped_model() -> PositionModel:
    """The model shipped in the package, read once."""
    return read_model(resources.files("annotator.detection").joinpath(MODEL_FILE))
