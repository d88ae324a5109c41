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
#: it ("[Begin Mandela recording in English]", "[Begin live relay]").
_RECORDING_OPENS = re.compile(
    r"\[Begin\s+(?:(?P<who>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3})\s+)?"
    r"(?:live\s+)?(?:recording|relay|broadcast)\b[^\]\n]{0,40}\]"
)
#: A recording's closing mark ("[end recording]"; a hard wrap may split it).
_RECORDING_ENDS = re.compile(r"\[end\s+(?:recording|relay|broadcast)\]", re.IGNORECASE)
#: A speaker's turn label at the end of the gap before a sentence ("[Sendegeya] ");
#: the item's "[Text]" is no speaker.
_TURN_LABEL = re.compile(r"\[(?!Text\])([A-Z][\w'.-]+(?: [A-Z][\w'.-]+){0,3})\]\s*$")


class Recording(NamedTuple):
    """A stretch of recorded speech: text[start:end], and whom the opening mark names."""

    start: int
    end: int
    who: str | None


def recordings(text: str) -> list[Recording]:
    """The recordings in a text, in order; one without its closing mark runs to the
    next recording or to the end of the text.  (Most texts have none: the test for the
    mark's literal spares them the pattern's set-up.)"""
    if "[Begin" not in text:
        return []
    opens = list(_RECORDING_OPENS.finditer(text))
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
    if "]" not in gap:
        return None
    label = _TURN_LABEL.search(gap)
    return label.group(1) if label else None
