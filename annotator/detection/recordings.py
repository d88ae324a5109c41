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
#: RECORDING)", read "(Begin recording)" when the capitals reading recases the text).
_RECORDING_OPENS = re.compile(
    r"(?:\[(?P<square>)|\()(?i:begin)\s+"
    r"(?:(?P<who>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3})\s+)?"
    r"(?i:(?:live\s+)?(?:recording|relay|broadcast))\b"
    r"(?(square)[^\]\n]{0,40}\]|[^)\n]{0,40}\))"
)
#: The openings' literals, a cheap test before the pattern.
_OPENING_LITERALS = ("[Begin", "(Begin", "[BEGIN", "(BEGIN", "[begin", "(begin")
#: A recording's closing mark ("[end recording]", "(END RECORDING)"; a hard wrap may
#: split it).
_RECORDING_ENDS = re.compile(
    r"(?:\[end\s+(?:recording|relay|broadcast)\]|\(end\s+(?:recording|relay|broadcast)\))",
    re.IGNORECASE,
)
#: A speaker's turn label ("[Sendegeya]", "(Ponce)", "[Jean-Pierre Bemba]"), or an
#: unnamed speaker's description ("(unidentified military officer)", "(Military
#: officer)", "(Reporter)"); the item's "[Text]" and the recording's own marks ("[Begin
#: Ngonhamo recording]") are none, nor are the transcriber's notes ("[Passage
#: indistinct]", "(Prolonged applause)", "(Translated from Pashto)"), which a word in
#: lower case or a note's opening word tells apart (`_speaker_label`).
_LABEL = (
    r"(?:\[(?P<square>)|\()"
    r"(?!(?i:text|begin|end|passage|sentence|name|words?|video|crowd|shouts?|translated"
    r"|prolonged|music|break|laughter|applause|as\s+heard)\b)"
    r"(?P<who>[A-Za-z][\w'.-]+(?: [A-Za-z][\w'.-]+){0,3})"
    r"(?(square)\]|\))"
)
#: A label at the end of the gap before a sentence ("… whom.  [Pomponne] ").
_TURN_LABEL = re.compile(_LABEL + r"\s*$")
#: A label that opens a sentence, where the segmenter left it ("(Reporter) Colonel, our
#: country will have …", "(Begin recording) (unidentified military officer) The …").
_OPENING_LABEL = re.compile(r"\s*" + _LABEL + r"\s")
#: The last words of an unnamed speaker's description, which may be written in lower
#: case ("(Military officer)", "(unidentified correspondent)").
_SPEAKER_NOUNS = frozenset(
    (
        *("reporter", "correspondent", "announcer", "presenter", "interviewer", "anchor"),
        *("officer", "official", "spokesman", "spokeswoman", "commander", "soldier"),
        *("speaker", "woman", "man", "resident", "witness", "guerrilla", "colonel"),
    )
)


class Recording(NamedTuple):
    """A stretch of recorded speech: text[start:end], whom the opening mark names, and
    where that mark starts."""

    start: int
    end: int
    who: str | None
    mark_start: int


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
        found.append(Recording(opening.end(), end, opening.group("who"), opening.start()))
    return found


def turn_label(gap: str) -> str | None:
    """Whom a turn label at the end of `gap`, the text between two sentences, names or
    describes ("… whom. \\n  [Pomponne] " → "Pomponne"), or None."""
    if not gap.rstrip().endswith(("]", ")")):
        return None
    label = _TURN_LABEL.search(gap)
    return _speaker_label(label.group("who")) if label else None


def opening_label(text: str, start: int, end: int) -> str | None:
    """Whom a turn label at the start of text[start:end], a sentence that opens with it,
    names or describes, or None."""
    label = _OPENING_LABEL.match(text, start, end)
    return _speaker_label(label.group("who")) if label else None


def _speaker_label(words: str) -> str | None:
    """The label's words when they name or describe a speaker: every word capitalised
    (a name), or an unnamed speaker's description ("unidentified …", "Military
    officer"); else None (a note: "Video shows burned houses")."""
    if all(word[:1].isupper() for word in words.split()):
        return words
    if words.casefold().startswith("unidentified ") or (
        words.rsplit(None, 1)[-1].casefold() in _SPEAKER_NOUNS
    ):
        return words
    return None
