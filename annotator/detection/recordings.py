"""Recorded speech in monitoring services' transcripts (FBIS, BBC Monitoring).

Those services carry a broadcast's recorded words without quote marks, between
"[Begin recording]" (or "[Begin Ngonhamo recording]") and "[end recording]", and mark
each turn of an interview with its speaker's name ("[Pomponne] Where does this plan
stand now?  [Sendegeya] The OAU was first going to send …").  Every sentence inside is
speech of the person recorded, as a quotation's continuing sentences are (guideline
§4), though no quote mark or reporting verb shows it.
"""

import re
from typing import NamedTuple

#: A recording's opening mark, with the name of whom it records when the service gives
#: it ("[Begin Mandela recording in English]", "[Begin live relay]").  Transcripts set
#: in capitals, as FBIS's were until the 1990s, bracket it with parentheses ("(BEGIN
#: RECORDING)", read "(Begin recording)").
_RECORDING_OPENS = re.compile(
    r"(?:\[(?P<square>)|\()Begin\s+(?:(?P<who>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3})\s+)?"
    r"(?:live\s+)?(?:recording|relay|broadcast)\b(?(square)[^\]\n]{0,40}\]|[^)\n]{0,40}\))"
)
#: The openings' literals, a cheap test before the pattern.
_OPENING_LITERALS = ("[Begin", "(Begin")
#: A recording's closing mark ("[end recording]", "(END RECORDING)"; a hard wrap may
#: split it).
_RECORDING_ENDS = re.compile(
    r"(?:\[end\s+(?:recording|relay|broadcast)\]|\(end\s+(?:recording|relay|broadcast)\))",
    re.IGNORECASE,
)
#: A speaker's turn label ("[Sendegeya]", "(Ponce)"), or the unnamed speaker's
#: description ("(unidentified military officer)", "(Reporter)"); the item's "[Text]"
#: the transcriber's notes ("(Words indistinct)", "[Passage omitted]") and the
#: recording's own marks ("[Begin Ngonhamo recording]") are no speaker.
_LABEL = (
    r"(?:\[(?P<square>)|\()"
    r"(?!(?i:text|words?\s+indistinct|passage\s+omitted|as\s+heard|laughter|applause)[\])])"
    r"(?!(?i:begin|end)\s)"
    r"(?P<who>[A-Z][\w'.-]+(?: [A-Za-z][\w'.-]+){0,3}|unidentified(?: [a-z][\w'.-]+){1,3})"
    r"(?(square)\]|\))"
)
#: A label at the end of the gap before a sentence ("… whom.  [Pomponne] ").
_TURN_LABEL = re.compile(_LABEL + r"\s*$")
#: A label that opens a sentence, where the segmenter left it ("(Reporter) Colonel, our
#: country will have …", "(Begin recording) (unidentified military officer) The …").
_OPENING_LABEL = re.compile(r"\s*" + _LABEL + r"\s")


class Recording(NamedTuple):
    """A stretch of recorded speech: text[start:end], and whom the opening mark names."""

    start: int
    end: int
    who: str | None


def recordings(text: str) -> list[Recording]:
    """The recordings in a text, in order; one without its closing mark runs to the
    next recording or to the end of the text.  (Most texts have none: the test for the
    mark's literal spares them the pattern's set-up.)"""
    if not any(literal in text for literal in _OPENING_LITERALS):
        return []
    opens = list(_RECORDING_OPENS.finditer(text))
    if not opens:
        return []  # "[Begin" or "(Begin" opening no recording
    found = []
    for opening, following in zip(opens, [*opens[1:], None], strict=True):
        limit = following.start() if following else len(text)
        closing = _RECORDING_ENDS.search(text, opening.end(), limit)
        end = closing.start() if closing else limit
        found.append(Recording(opening.end(), end, opening.group("who")))
    return found


def turn_label(gap: str) -> str | None:
    """The speaker's name a turn label gives at the end of `gap`, the text between two
    sentences ("… whom. \\n  [Pomponne] " → "Pomponne"), or None."""
    if not gap.rstrip().endswith(("]", ")")):
        return None
    label = _TURN_LABEL.search(gap)
    return label.group("who") if label else None


def opening_label(text: str, start: int, end: int) -> str | None:
    """The speaker's name a turn label gives at the start of text[start:end], a sentence
    that opens with it, or None."""
    label = _OPENING_LABEL.match(text, start, end)
    return label.group("who") if label else None
