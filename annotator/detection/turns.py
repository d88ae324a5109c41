"""Turns of a press conference's or an interview's transcript.

A ministry's or a broadcaster's transcript opens each turn with its speaker's label in
capitals ("JOHN MOORE: Look, this morning I'd like to …", "QUESTION: Was it a UN
decision?", "SEC. AUSTIN: We have said …"; the White House's "Q Mr. President, …" with no
colon) or in title case ("Question: …", "Vladimir Putin: …").  The speaker's "I" and
"we" in a turn are the labelled speaker, not the person the article named last ("as I
said before" in Mark Burton's turn is Mark Burton's), and the turn's own words are
otherwise no statement, as the rest of the detector already reads a speaker's first
person.
"""

import re
from bisect import bisect_right
from typing import NamedTuple

#: A turn's label at a paragraph's start: one to five words in capitals, an initial or
#: a title's abbreviation among them ("MR. KIRBY", "LT. GEN. JOHN W. RAYMOND",
#: "McCAIN"), or a questioner's "Q" or answerer's "A", then a colon and the turn's words
#: on the same line, or on the lines after a label that stands alone ("JOURNALIST:" on a
#: line of its own, as a transcript scanned from its pages has it).
_LABEL = re.compile(
    r"^[ \t]*(?:(?P<who>(?:(?:Mc)?[A-Z][A-Z'’.-]*[ \t]){0,4}(?:Mc)?[A-Z][A-Z'’-]*[A-Z.]|[QA])"
    r"[ \t]*:|(?P<bare>Q)(?=[ \t]+[A-Z]))(?:[ \t]+(?=\S)|[ \t]*(?=\n))",
    re.MULTILINE,
)
#: A label in title case ("Question:", "Vladimir Putin:", "Mr. Peskov:"): one to four
#: capitalised words, particles of names among them; read when the labels in capitals
#: make no transcript.
_TITLED_LABEL = re.compile(
    r"^[ \t]*(?P<who>(?:[A-Z][a-z'’-]+\.?|[A-Z]\.)(?:[ \t](?:[A-Z][a-z'’-]+\.?|[A-Z]\.|al|bin"
    r"|de|van|von|da|el)){0,3}|Q|A)[ \t]*:(?:[ \t]+(?=\S)|[ \t]*(?=\n))",
    re.MULTILINE,
)
#: Labels of a page's furniture, not of a speaker ("UPDATE:", "EDITOR'S NOTE:"), and of
#: the unnamed questioner, whose first person names no one the text knows.
_NOT_A_SPEAKER = frozenset(
    (
        *("UPDATE", "UPDATED", "BREAKING", "WATCH", "READ", "READ MORE", "ALSO READ"),
        *("PHOTO", "PHOTOS", "VIDEO", "EXCLUSIVE", "ANALYSIS", "OPINION", "NOTE"),
        *("EDITOR'S NOTE", "EDITOR’S NOTE", "CORRECTION", "CLARIFICATION", "RELATED"),
        *("SOURCE", "SOURCES", "TAGS", "LISTEN", "SEE ALSO", "WARNING", "DATE", "TIME"),
        *("PLACE", "LOCATION", "SUBJECT", "FROM", "TO", "CC", "RE", "BY", "FILE", "TOPICS"),
        *("Q", "A", "QUESTION", "ANSWER", "REPORTER", "JOURNALIST", "AUDIENCE"),
        *("INTERVIEWER", "MODERATOR", "PRESENTER", "HOST", "ANCHOR"),
        *("AUDIENCE MEMBER", "PARTICIPANT", "UNIDENTIFIED", "VOICE", "CROWD"),
    )
)
#: A transcript has at least this many labelled turns, and some label recurs: a news
#: page's one "UPDATE:" or "WATCH:" opens no run of turns.
_FEWEST_TURNS = 3
#: The labels of whoever asks the questions, one of which a transcript of a briefing, an
#: interview or a debate holds: a feed's datelines in capitals ("RIYADH: Saudi Arabia's
#: …", "LONDON: …"), which recur as labels do, hold none.
_QUESTIONERS = frozenset(
    ("Q", "QUESTION", "REPORTER", "JOURNALIST", "INTERVIEWER", "MODERATOR", "AUDIENCE MEMBER")
)
#: Their labels in capitals and in title case, for the cheap test before the pattern
#: (`_holds_a_questioners_label`).
_QUESTIONER_LABELS = tuple(
    sorted({*_QUESTIONERS, *(questioner.capitalize() for questioner in _QUESTIONERS)})
)
#: The longest questioner's label, and so how far before a colon it is looked for.
_LONGEST_LABEL = max(map(len, _QUESTIONERS))


class Turn(NamedTuple):
    """A transcript's turn: text[start:end] and whom its label names (None for a
    questioner's, a host's or an unnamed voice's turn)."""

    start: int
    end: int
    who: str | None


class Transcript:
    """A transcript's labelled turns, in order, and who speaks where in it.  A plain
    class, as `speakers.SpeakerTracker` asks it for every speaker phrase in the first
    person."""

    def __init__(self, found: list[Turn]) -> None:
        self.turns = found
        self.starts = [turn.start for turn in found]

    def speaker_at(self, position: int) -> str | None:
        """Whom the turn that holds `position` names, or None (a questioner's turn, or
        no turn)."""
        index = self._turn_index(position)
        return None if index < 0 else self.turns[index].who

    def addressee_at(self, position: int) -> str | None:
        """Whom a questioner's "you" at `position` addresses: the speaker of the named
        turn that answers it, else of the one before ("JOURNALIST: You said on an
        interview this morning that …" before "PRIME MINISTER: …"); None outside a
        questioner's turn."""
        index = self._turn_index(position)
        if index < 0 or self.turns[index].who is not None:
            return None
        later = (turn.who for turn in self.turns[index + 1 :] if turn.who is not None)
        earlier = (turn.who for turn in reversed(self.turns[:index]) if turn.who is not None)
        return next(later, None) or next(earlier, None)

    def _turn_index(self, position: int) -> int:
        """The index of the turn that holds `position`, or -1."""
        index = bisect_right(self.starts, position) - 1
        return index if index >= 0 and position < self.turns[index].end else -1


def transcript(text: str) -> Transcript | None:
    """The text's labelled turns (each runs to the next label or the text's end), or
    None for a text that is no transcript (fewer than three labels, none recurring, or
    no questioner's).  (A text without a questioner's label and its colon is spared the
    pattern, which tries every line.)"""
    if not _holds_a_questioners_label(text):
        return None
    found = _labelled_turns(text, _LABEL, True) or _labelled_turns(text, _TITLED_LABEL, False)
    return Transcript(found) if found else None


def _labelled_turns(text: str, pattern: re.Pattern[str], in_capitals: bool) -> list[Turn]:
    """The turns `pattern`'s labels open, if they make a transcript (`transcript`)."""
    labels = []
    for label in pattern.finditer(text):
        who = (label["who"] or label["bare"] if in_capitals else label["who"]).rstrip(".")
        if _is_label(who):
            labels.append((label, who, who.upper()))
    named = {upper for _, _, upper in labels}
    if len(labels) < _FEWEST_TURNS or len(named) == len(labels) or not named & _QUESTIONERS:
        return []
    header = text[: labels[0][0].start()]
    names: dict[str, str] = {}
    found = []
    for (label, who, upper), following in zip(labels, [*labels[1:], None], strict=True):
        end = following[0].start() if following else len(text)
        if upper in _NOT_A_SPEAKER:
            speaker = None
        else:
            if upper not in names:
                names[upper] = _named_in_header(header, upper) or (
                    _titled(who) if in_capitals else who
                )
            speaker = names[upper]
        found.append(Turn(label.end(), end, speaker))
    return found


#: What may come between an office and its holder's name in a transcript's heading in
#: capitals ("TRANSCRIPT OF THE PRIME MINISTER THE HON JOHN HOWARD MP").
_HONORIFIC = (
    r"(?:THE\s+)?(?P<honorific>(?:RT\.?\s+)?HON(?:OURABLE)?\.?\s+|DR\.?\s+|MR\.?\s+|MS\.?\s+)?"
)


def _named_in_header(header: str, label: str) -> str | None:
    """The name a transcript's heading gives the holder of the office a label names
    ("PRIME MINISTER:" after "TRANSCRIPT OF THE PRIME MINISTER THE HON JOHN HOWARD MP",
    or after "Transcript of the Prime Minister John Howard", is John Howard), cased as a
    name; None where the heading names no one after it.  (The heading is read in
    capitals: the reading may have recased a heading set in capitals, and after "THE
    HON" a name in any case is taken.)"""
    if " " not in label and label.startswith(("MR", "MS", "DR")):
        return None  # a name already
    capitals = header.upper()
    if len(capitals) != len(header):
        return None  # (a letter whose capital is two: no heading of a transcript)
    named = re.search(
        rf"\b{re.escape(label)},?\s+{_HONORIFIC}"
        r"(?P<name>[A-Z][A-Z'’-]+(?:\s+[A-Z]\.)?(?:\s+(?!(?:MP|AND|IN|AT|ON|OF|THE)\b)"
        r"[A-Z][A-Z'’-]+){1,2})\b",
        capitals,
    )
    if named is None:
        return None
    words = header[named.start("name") : named.end("name")].split()
    if not named["honorific"] and not all(word[:1].isupper() for word in words):
        return None  # "the Prime Minister visited Kyiv": no name after the office
    return _titled(named["name"])


def _holds_a_questioners_label(text: str) -> bool:
    """Whether a questioner's label stands before any colon of the text: the cheap test
    that spares a text with none the label pattern, which tries every line (one scan for
    the colons, where seven for the labels cost more than the pattern saved)."""
    if text.startswith("Q ") or "\nQ " in text:
        return True  # the White House's "Q Mr. President, …"
    colon = text.find(":")
    while colon >= 0:
        if text.endswith(_QUESTIONER_LABELS, max(0, colon - _LONGEST_LABEL), colon):
            return True
        colon = text.find(":", colon + 1)
    return False


def _is_label(who: str) -> bool:
    """Whether words in capitals before a colon may label a turn: two letters or more,
    or the questioner's "Q" and the answerer's "A" ("NATO:" may head a list item as well;
    a speaker's label is what recurs)."""
    return sum(char.isalpha() for char in who) >= 2 or who in ("Q", "A")


#: The parts of a name in capitals that a name writes with a capital each: after an
#: apostrophe or a hyphen ("O'BRIEN", "AL-ASSAD"), and after "Mc" ("McCAIN").
_NAME_PART = re.compile(r"(?:Mc|MC)(?=[A-Z]{2})|[^'’-]+|['’-]")


def _titled(who: str) -> str:
    """A label's name in the case a name is written ("JOHN MOORE" → "John Moore",
    "McCAIN" → "McCain", "MR. O'BRIEN" → "Mr. O'Brien", "AL-ASSAD" → "Al-Assad")."""
    return " ".join(
        "".join(part[:1].upper() + part[1:].lower() for part in _NAME_PART.findall(word))
        for word in who.split()
    )
