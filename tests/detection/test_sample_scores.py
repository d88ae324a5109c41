"""Regression tests on the hand-annotated article sets.

One hundred and thirty-nine sets: the dev samples (../shared/samples, the set the rules
were written against) and the held-out sets in tests/fixtures/holdout… (real articles the rules were
not tuned on when first scored; see their sources.md; the positions of holdout40 and
holdout42 to holdout54 have never been read, their casualty and troops errors were read
in the thirty-fifth round, holdout51 to holdout54's after they had been scored unseen,
and their wrong speakers in the thirty-sixth; holdout55 to holdout57, built in the
thirty-sixth round, had not been read at all before the fortieth, nor had holdout59, built in the
thirty-seventh round with holdout58 and holdout60, whose troops errors that round read
(in the thirty-third round a helper saw the detector's claims, not the gold, on six
articles of holdout48 to holdout50, and used nothing of them); the fortieth round read
the casualty and troops errors of holdout40 and holdout42 to holdout60, and built
holdout61 to holdout63, of which it read holdout61's casualty and troops errors and left
holdout62 and holdout63 unread; the forty-first round read holdout62 and holdout63, built
holdout64 to holdout68 in house styles no earlier set used, scored them unseen, then read
holdout64's errors and the figure and statement errors of holdout65, 67 and 68, leaving
holdout66 unread; the forty-second round built holdout69 to holdout72 the same way,
scored them unseen, read holdout69 and holdout70 and left holdout71 and holdout72 unread
(some of their detected claims, not their gold, were printed while checking a diff);
the forty-third round read holdout71 and holdout72, built holdout73 to holdout76 the same
way, scored them unseen, read holdout73 and holdout74 and left holdout75 and holdout76
unread (a few of their detected claims were printed in a diff, never their gold); the
forty-fourth round read holdout75 and holdout76, built holdout77 to holdout80 the same
way, scored them unseen, read holdout78 and holdout79 and left holdout77 and holdout80
unread (one of holdout77's gold headlines was printed in a listing of short positions
and used for nothing); the forty-fifth round read holdout77 and holdout80, built
holdout81 and holdout82 the same way, scored them unseen and left them unread; the
forty-sixth round read holdout81 and holdout82, built holdout83 and holdout84 the same
way, scored them unseen and then read them, and built holdout85 and holdout86, scored
them unseen and left them unread; the forty-seventh round read holdout85 and holdout86,
built holdout87 to holdout90 the same way, scored them unseen, read holdout87 and
holdout90 and left holdout88 and holdout89 unread; the forty-eighth round read holdout88
and holdout89, built holdout91 to holdout94 the same way, scored them unseen and left
them unread (one gold speaker of holdout91 was printed in a listing and used for nothing);
the forty-ninth round read holdout93 and holdout94, built holdout95 to holdout97 the same
way, scored them unseen and left them unread, and left holdout91 and holdout92 unread;
the fiftieth round read holdout91, holdout96 and holdout97, built holdout98 to holdout101
the same way, scored them unseen, then read holdout99 and left holdout98, holdout100 and
holdout101 (and holdout92 and holdout95) unread; the fifty-first round read holdout101,
holdout95 and holdout100 and holdout98's statement and casualty errors, built holdout102
and holdout103 the same way, scored them unseen and left them unread; the fifty-second
round read holdout102 and holdout103, built holdout104 and holdout105 the same way, scored
them unseen and left them unread (of holdout105, the statements its reading of texts in
capitals dropped or added were compared, without the gold); the fifty-third round read
holdout104 and holdout105, built holdout106 and holdout107 the same way, scored them
unseen and left them unread, and, its rules final, built holdout108 and holdout109, scored
them unseen under 1.52.0 and left them unread; the fifty-fourth round read holdout106 to
holdout109, built holdout110 to holdout113 the same way while its rules changed, scored
them unseen under 1.52.0 and left them unread; the fifty-fifth round read holdout110 to
holdout113, built holdout114 to holdout117 the same way while its rules changed, scored
them unseen under 1.53.0 and then read them too, and, its rules final, built holdout118
to holdout121, scored them unseen and left them unread; the fifty-sixth round read
holdout118 to holdout121, built holdout123 to holdout125 the same way while its rules
changed (a holdout122 was tried and not built), scored them unseen under 1.54.0 and
1.55.0 and left them unread; the fifty-seventh round read holdout123 to holdout125, built
holdout122 and holdout126 to holdout128 the same way while its rules changed, scored them
unseen under 1.55.0 and 1.56.0 and left them unread, and, its rules final, built
holdout129 and holdout130, scored them unseen under 1.56.0 and left them unread; the
fifty-eighth round read holdout122 and holdout126 to holdout128, built holdout131 to
holdout134 the same way while its rules changed, scored them unseen under 1.56.0 and
1.57.0 and left them unread, and, its rules final, built holdout135 and holdout136,
scored them unseen under 1.57.0 and left them unread; the fifty-ninth round read
holdout129, holdout130, holdout133 and holdout135 (and, at its end, holdout131 and
holdout132), built holdout137 to holdout140 the same
way while its rules changed, scored them unseen under 1.57.0 and 1.58.0 and left them
unread, and, its rules final, built holdout141 and holdout142, scored them unseen under
1.58.0 and left them unread; the sixtieth round read holdout134, holdout136, holdout138,
holdout141 and holdout142 (and, at its end, holdout140), built holdout143 to holdout149
the same way while its rules changed, scored them unseen under 1.58.0 and 1.59.0 and
left them unread but holdout149, a transcript set read after it was scored; the
sixty-first round read holdout143 to holdout147, built holdout150, holdout151 and
holdout153 the same way while its rules changed, scored them unseen under 1.59.0 and
1.60.0 and left them unread; the sixty-second round read holdout150, holdout151 and
holdout153, built holdout154 to holdout156 the same way while its rules changed (from
the pages article-extraction libraries keep as test data), scored them unseen under
1.60.0 and 1.61.0 and left them unread, and built holdout157 and holdout158 from a
parser's and a reader app's test pages the same way, scored them unseen under 1.60.0 and
1.61.0 and left them unread; the sixty-third round read holdout154 to holdout158, built
holdout159 and holdout160 (one text each, from a date-extraction library's test pages)
the same way while its rules changed, scored them unseen under 1.61.0 and 1.62.0 and left
them unread;
holdout8, 10, 12, 18, 22,
28, 29, 33, 35 and 38 were first read in the twenty-eighth round), and
the made-up sets (each folder's README.md): fresh1, annotated for positions only;
fresh2a/b (figures), fresh3a/b (statements) and fresh4a/b (positions), written in the
thirty-third round by helpers who had not read the rules, the A halves then used to fix
rules and the B halves held back (fresh2b's errors were read in the thirty-fifth round);
and fresh5 and fresh6, annotated for every kind and never read by anyone who wrote
rules; and fresh7 to fresh13 (positions), written in the thirty-fourth round the same
way, of which the position model learns from fresh7 to fresh12 and fresh13 is held out
like fresh5 and fresh6; and fresh14 and fresh15 (figures), written in the thirty-fifth
round the same way and held out like fresh5 and fresh6 (fresh15's troops errors were read
in the thirty-seventh round); and fresh16 to fresh18
(positions), written in the thirty-sixth round the same way and held out like fresh13;
and fresh19 and fresh20 (positions), written in the forty-ninth round the same way, which
the position model learns from, and fresh21 and fresh22 (positions), written then too and
held out like fresh13.
Each is scored with the samples' own score.py (exact and overlap matching, per kind) and with
`annotator.detection.evaluation` (value and speaker accuracy); a test fails when any
figure drops below the level reached when the floors were last set, minus a small
margin. Raise the floors when the detector improves. (The thirty-fourth round lowered
the position floors of 20 sets, 16 of them read sets the old position model had learned
from, when it retrained the model on 50 sets: pooled over the never-read and the held-
out made-up sets, positions rose.  The forty-ninth round, retraining it on 82 sets with
holdout61 to holdout90 and fresh19 and fresh20 added, lowered the position floors of 16
sets the same way: dev, holdout6, 8, 15, 31, 35, 38 and 39 and fresh4b, 8 and 9, which the
old model had memorised, and holdout46, 48, 50 and 56 and fresh5, never read; pooled over
the 27 never-read real sets positions rose from 0.752 to 0.759.  It also lowered
holdout93's value accuracy, 18/20 to 20/23: three more figures matched, two of them
"government casualties" that its gold reads as killed.  The fiftieth round lowered
holdout76's speaker accuracy, 51/51 to 51/52: "He further warned that …" is found now,
its "he" read as the last person named, not the prime minister it continues; and
holdout99's position overlap, 0.644 to 0.633: an aid worker's report quoted in a Markdown
block quotation is read as his statements now, and one of its sentences ("The process
… will continue tomorrow") as his stated intention.  The fifty-fourth round retrained the
position model on 100 sets, with holdout91 and holdout93 to holdout109 added, at the same
threshold (0.8); pooled over the 21 never-read real sets and the four blind sets of that
round positions rose from 0.777 to 0.781 overlap F1 (over the held-out made-up sets they
stayed at 0.834).  It lowered the position floors of 18 sets: fresh11 and fresh12 and
holdout8, 16, 65, 66, 76, 79, 81, 83 and 85 to 89, which the old model had learned from,
and holdout47, 56 and 58, never read.  It also lowered holdout107's exact statement F1,
0.333 to 0.322: a card deck's "Russia calls cease-fire “unrealistic.”" is found now, its
span run on from the unstopped lines before it.  The fifty-fifth round raised the floors
it had first set for holdout114 to holdout117 after reading them, then lowered two after
its review: holdout116's speaker accuracy, 1.0 to 0.868, because a sentence inside a
reproduced press statement that names its own speaker ("The U.S. is now claiming that
…") is now that speaker's, where the gold keeps the issuer (the review showed the
issuer taking over later sentences of an article that name their own speakers); and
holdout115's overlap position F1, 0.831 to 0.818, because "moved away from" a place was
dropped as a movement term ("The army has moved away from conscription").  The
fifty-sixth round lowered holdout110's statement F1 (exact 0.8 to 0.772, overlap 0.888
to 0.863): a speaker's own "I also want to say that …" in a floor speech is no longer a
statement, as holdout114's and holdout120's gold read a member's or a debater's own
words, where holdout110's gold counts it.  The fifty-seventh round lowered holdout118's
speaker accuracy, 0.87 to 0.841: its "they point out that, according to officially
reported figures, …" is now a statement of the health workers the text calls "The
workers" (a verb of saying in the base form with its "that"), which the lenient speaker
comparison does not match with the gold's "99 US health workers who volunteered in
Gaza", and the "They describe …" after it now names them so too, where the statement
before took the letter's group by its first description; and holdout106's speaker
accuracy, 0.927 to 0.91: its press release's "It recalled the urgent need to continue
…", missed before, is now found, with the commissioner who issued the release as its
speaker where the gold names the release itself.)"""

import importlib.util
import json
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from annotator.detection import detect
from annotator.detection.evaluation import (
    figures_and_statements,
    matched_pairs,
    speaker_matches,
    value_matches,
)

SHARED_SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples"
HOLDOUT = Path(__file__).resolve().parents[1] / "fixtures" / "holdout"
HOLDOUT2 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout2"
HOLDOUT3 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout3"
HOLDOUT4 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout4"
HOLDOUT5 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout5"
HOLDOUT6 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout6"
HOLDOUT7 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout7"
HOLDOUT8 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout8"
HOLDOUT9 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout9"
HOLDOUT10 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout10"
HOLDOUT11 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout11"
HOLDOUT12 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout12"
HOLDOUT13 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout13"
HOLDOUT14 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout14"
HOLDOUT15 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout15"
HOLDOUT16 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout16"
HOLDOUT17 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout17"
HOLDOUT18 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout18"
HOLDOUT19 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout19"
HOLDOUT20 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout20"
HOLDOUT21 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout21"
HOLDOUT22 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout22"
HOLDOUT23 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout23"
HOLDOUT24 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout24"
HOLDOUT25 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout25"
HOLDOUT26 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout26"
HOLDOUT27 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout27"
HOLDOUT28 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout28"
HOLDOUT29 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout29"
HOLDOUT30 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout30"
HOLDOUT31 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout31"
HOLDOUT32 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout32"
HOLDOUT33 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout33"
HOLDOUT34 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout34"
HOLDOUT35 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout35"
HOLDOUT36 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout36"
HOLDOUT37 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout37"
HOLDOUT38 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout38"
HOLDOUT39 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout39"
HOLDOUT40 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout40"
HOLDOUT41 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout41"
HOLDOUT42 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout42"
HOLDOUT43 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout43"
HOLDOUT44 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout44"
HOLDOUT45 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout45"
HOLDOUT46 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout46"
HOLDOUT47 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout47"
HOLDOUT48 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout48"
HOLDOUT49 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout49"
HOLDOUT50 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout50"
HOLDOUT51 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout51"
HOLDOUT52 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout52"
HOLDOUT53 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout53"
HOLDOUT54 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout54"
FRESH1 = Path(__file__).resolve().parents[1] / "fixtures" / "fresh1"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SCORER = SHARED_SAMPLES / "score.py"
MARGIN = 0.01


@dataclass(frozen=True)
class SampleSet:
    """Articles with gold claims, and the scores the detector reached on them."""

    name: str
    folder: Path
    #: F1 reached per match mode and kind (docs/detection.md gives the pooled scores,
    #: docs/detection-history.md each set's).
    f1_floors: dict[str, dict[str, float]]
    value_accuracy: float
    speaker_accuracy: float


SAMPLE_SETS = {
    "dev": SampleSet(
        "dev",
        SHARED_SAMPLES,
        {
            "exact": {"casualty": 0.993, "troops": 1.0, "position": 0.948, "statement": 0.984},
            "overlap": {"casualty": 1.0, "troops": 1.0, "position": 0.969, "statement": 0.994},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.989,
    ),
    "holdout": SampleSet(
        "holdout",
        HOLDOUT,
        {
            "exact": {"casualty": 0.98, "troops": 1.0, "position": 0.972, "statement": 0.977},
            "overlap": {"casualty": 0.98, "troops": 1.0, "position": 0.972, "statement": 0.99},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.967,
    ),
    "holdout2": SampleSet(
        "holdout2",
        HOLDOUT2,
        {
            "exact": {"casualty": 0.947, "troops": 0.842, "position": 0.941, "statement": 0.984},
            "overlap": {"casualty": 1.0, "troops": 0.947, "position": 0.976, "statement": 0.984},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.952,
    ),
    "holdout3": SampleSet(
        "holdout3",
        HOLDOUT3,
        {
            "exact": {"casualty": 0.947, "troops": 1.0, "position": 0.923, "statement": 0.956},
            "overlap": {"casualty": 0.947, "troops": 1.0, "position": 0.946, "statement": 0.967},
        },
        value_accuracy=1.0,
        speaker_accuracy=1.0,
    ),
    "holdout4": SampleSet(
        "holdout4",
        HOLDOUT4,
        {
            "exact": {"casualty": 0.971, "troops": 1.0, "position": 0.925, "statement": 0.98},
            "overlap": {"casualty": 0.985, "troops": 1.0, "position": 0.945, "statement": 1.0},
        },
        value_accuracy=0.973,
        speaker_accuracy=0.98,
    ),
    "holdout5": SampleSet(
        "holdout5",
        HOLDOUT5,
        {
            "exact": {"casualty": 0.982, "troops": 1.0, "position": 0.832, "statement": 0.93},
            "overlap": {"casualty": 0.982, "troops": 1.0, "position": 0.942, "statement": 0.97},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.948,
    ),
    "holdout6": SampleSet(
        "holdout6",
        HOLDOUT6,
        {
            "exact": {"casualty": 1.0, "troops": 0.0, "position": 0.914, "statement": 1.0},
            "overlap": {"casualty": 1.0, "troops": 0.0, "position": 0.914, "statement": 1.0},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.9,
    ),
    "holdout7": SampleSet(
        "holdout7",
        HOLDOUT7,
        {
            "exact": {"casualty": 0.988, "troops": 0.0, "position": 0.852, "statement": 0.959},
            "overlap": {"casualty": 0.988, "troops": 0.0, "position": 0.852, "statement": 0.983},
        },
        value_accuracy=1.0,
        # lowered from 0.941 (detector 1.19.0, which had raised it): "It deemed such
        # claims …" and "It also considers the claim …" are found now (deeming is a cue;
        # "it" in a relative clause speaks), the second with a wrong speaker
        speaker_accuracy=0.942,
    ),
    "holdout8": SampleSet(
        "holdout8",
        HOLDOUT8,
        {
            "exact": {"casualty": 0.956, "troops": 1.0, "position": 0.87, "statement": 0.964},
            "overlap": {"casualty": 1.0, "troops": 1.0, "position": 0.903, "statement": 0.982},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.89,
    ),
    "holdout9": SampleSet(
        "holdout9",
        HOLDOUT9,
        {
            "exact": {"casualty": 1.0, "troops": 0.0, "position": 0.971, "statement": 0.974},
            "overlap": {"casualty": 1.0, "troops": 0.0, "position": 0.971, "statement": 0.984},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.927,
    ),
    "holdout10": SampleSet(
        "holdout10",
        HOLDOUT10,
        {
            "exact": {"casualty": 0.982, "troops": 1.0, "position": 0.944, "statement": 0.964},
            "overlap": {"casualty": 1.0, "troops": 1.0, "position": 0.972, "statement": 0.99},
        },
        value_accuracy=0.983,
        speaker_accuracy=0.919,
    ),
    "holdout11": SampleSet(
        "holdout11",
        HOLDOUT11,
        {
            "exact": {"casualty": 1.0, "troops": 1.0, "position": 0.928, "statement": 0.97},
            "overlap": {"casualty": 1.0, "troops": 1.0, "position": 0.964, "statement": 0.994},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.952,
    ),
    # troops lowered from 1.0 in the fifty-third round: a head in double scare quotes is
    # read as one in single quotes is, and 'it had struck more than 1,300 "terrorists"'
    # now counts a force as the same words unquoted always did (the gold counts none)
    "holdout12": SampleSet(
        "holdout12",
        HOLDOUT12,
        {
            "exact": {"casualty": 1.0, "troops": 0.666, "position": 0.921, "statement": 0.989},
            "overlap": {"casualty": 1.0, "troops": 0.666, "position": 0.935, "statement": 0.996},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.925,
    ),
    "holdout13": SampleSet(
        "holdout13",
        HOLDOUT13,
        {
            "exact": {"casualty": 0.987, "troops": 1.0, "position": 0.974, "statement": 0.981},
            "overlap": {"casualty": 0.987, "troops": 1.0, "position": 0.974, "statement": 1.0},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.912,
    ),
    "holdout14": SampleSet(
        "holdout14",
        HOLDOUT14,
        {
            "exact": {"casualty": 1.0, "troops": 1.0, "position": 0.918, "statement": 0.985},
            "overlap": {"casualty": 1.0, "troops": 1.0, "position": 0.951, "statement": 0.995},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.971,
    ),
    "holdout15": SampleSet(
        "holdout15",
        HOLDOUT15,
        {
            "exact": {"casualty": 0.992, "troops": 1.0, "position": 0.963, "statement": 0.95},
            "overlap": {"casualty": 0.992, "troops": 1.0, "position": 0.975, "statement": 0.98},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.969,
    ),
    "holdout16": SampleSet(
        "holdout16",
        HOLDOUT16,
        {
            "exact": {"casualty": 1.0, "troops": 0.965, "position": 0.919, "statement": 0.991},
            "overlap": {"casualty": 1.0, "troops": 0.965, "position": 0.924, "statement": 0.991},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.923,
    ),
    "holdout17": SampleSet(
        "holdout17",
        HOLDOUT17,
        {
            "exact": {"casualty": 0.97, "troops": 1.0, "position": 0.946, "statement": 0.982},
            "overlap": {"casualty": 0.97, "troops": 1.0, "position": 0.946, "statement": 0.982},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.957,
    ),
    "holdout18": SampleSet(
        "holdout18",
        HOLDOUT18,
        {
            "exact": {"casualty": 0.975, "troops": 1.0, "position": 0.936, "statement": 0.975},
            "overlap": {"casualty": 1.0, "troops": 1.0, "position": 0.958, "statement": 1.0},
        },
        value_accuracy=1.0,
        speaker_accuracy=1.0,
    ),
    "holdout19": SampleSet(
        "holdout19",
        HOLDOUT19,
        {
            "exact": {"casualty": 1.0, "troops": 0.933, "position": 0.967, "statement": 0.96},
            "overlap": {"casualty": 1.0, "troops": 1.0, "position": 0.978, "statement": 0.971},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.894,
    ),
    # speaker accuracy lowered from 0.975 in the fifty-second round: the HTML character
    # references now decoded add the statement "The communiqu&#233; congratulated …",
    # whose speaker is given as "EU" (the gold's "EU summit communique")
    "holdout20": SampleSet(
        "holdout20",
        HOLDOUT20,
        {
            "exact": {"casualty": 0.977, "troops": 0.0, "position": 0.938, "statement": 0.975},
            "overlap": {"casualty": 0.977, "troops": 0.0, "position": 0.938, "statement": 0.975},
        },
        value_accuracy=0.976,
        speaker_accuracy=0.962,
    ),
    "holdout21": SampleSet(
        "holdout21",
        HOLDOUT21,
        {
            "exact": {"casualty": 0.965, "troops": 0.968, "position": 0.929, "statement": 0.956},
            "overlap": {"casualty": 0.965, "troops": 0.968, "position": 0.948, "statement": 0.975},
        },
        value_accuracy=0.977,
        speaker_accuracy=0.96,
    ),
    "holdout22": SampleSet(
        "holdout22",
        HOLDOUT22,
        {
            "exact": {"casualty": 0.0, "troops": 1.0, "position": 0.88, "statement": 0.984},
            "overlap": {"casualty": 0.0, "troops": 1.0, "position": 0.88, "statement": 0.984},
        },
        value_accuracy=1.0,
        speaker_accuracy=1.0,
    ),
    "holdout23": SampleSet(
        "holdout23",
        HOLDOUT23,
        {
            "exact": {"casualty": 0.936, "troops": 0.0, "position": 0.946, "statement": 0.972},
            "overlap": {"casualty": 0.978, "troops": 0.0, "position": 0.959, "statement": 0.989},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.966,
    ),
    "holdout24": SampleSet(
        "holdout24",
        HOLDOUT24,
        {
            "exact": {"casualty": 0.947, "troops": 1.0, "position": 0.96, "statement": 0.987},
            "overlap": {"casualty": 0.947, "troops": 1.0, "position": 0.964, "statement": 0.987},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.963,
    ),
    "holdout25": SampleSet(
        "holdout25",
        HOLDOUT25,
        {
            "exact": {"casualty": 0.989, "troops": 1.0, "position": 0.909, "statement": 0.982},
            "overlap": {"casualty": 0.989, "troops": 1.0, "position": 0.927, "statement": 0.994},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.883,
    ),
    "holdout26": SampleSet(
        "holdout26",
        HOLDOUT26,
        {
            "exact": {"casualty": 0.974, "troops": 1.0, "position": 0.978, "statement": 0.983},
            "overlap": {"casualty": 0.974, "troops": 1.0, "position": 0.978, "statement": 0.983},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.942,
    ),
    "holdout27": SampleSet(
        "holdout27",
        HOLDOUT27,
        {
            "exact": {"casualty": 0.979, "troops": 0.941, "position": 0.97, "statement": 0.972},
            "overlap": {"casualty": 1.0, "troops": 0.941, "position": 0.97, "statement": 0.972},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.981,
    ),
    "holdout28": SampleSet(
        "holdout28",
        HOLDOUT28,
        {
            "exact": {"casualty": 1.0, "troops": 1.0, "position": 0.917, "statement": 0.966},
            "overlap": {"casualty": 1.0, "troops": 1.0, "position": 0.925, "statement": 0.983},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.966,
    ),
    "holdout29": SampleSet(
        "holdout29",
        HOLDOUT29,
        {
            "exact": {"casualty": 1.0, "troops": 0.0, "position": 0.876, "statement": 0.967},
            "overlap": {"casualty": 1.0, "troops": 0.0, "position": 0.943, "statement": 0.989},
        },
        value_accuracy=1.0,
        # lowered from 0.886 (detector 1.19.0): an outlet keeps the noun that says what
        # it is ("Aamaq news agency"), which gained five unread statements' speakers
        # and lost this set one, a two-word name that gained " channel"; lowered from
        # 0.909 (detector 1.58.0): "The source clarified that …" is now a statement, whose
        # speaker the tracker leaves "The source", as it does "The source said"
        speaker_accuracy=0.888,
    ),
    "holdout30": SampleSet(
        "holdout30",
        HOLDOUT30,
        {
            "exact": {"casualty": 0.0, "troops": 0.0, "position": 1.0, "statement": 1.0},
            "overlap": {"casualty": 0.0, "troops": 0.0, "position": 1.0, "statement": 1.0},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.969,
    ),
    "holdout31": SampleSet(
        "holdout31",
        HOLDOUT31,
        {
            "exact": {"casualty": 0.983, "troops": 0.0, "position": 0.808, "statement": 0.929},
            "overlap": {"casualty": 0.983, "troops": 0.0, "position": 0.808, "statement": 0.929},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.913,
    ),
    "holdout32": SampleSet(
        "holdout32",
        HOLDOUT32,
        {
            "exact": {"casualty": 1.0, "troops": 1.0, "position": 0.92, "statement": 0.937},
            "overlap": {"casualty": 1.0, "troops": 1.0, "position": 0.932, "statement": 0.937},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.985,
    ),
    "holdout33": SampleSet(
        "holdout33",
        HOLDOUT33,
        {
            "exact": {"casualty": 1.0, "troops": 1.0, "position": 0.913, "statement": 0.994},
            "overlap": {"casualty": 1.0, "troops": 1.0, "position": 0.913, "statement": 0.994},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.955,
    ),
    "holdout34": SampleSet(
        "holdout34",
        HOLDOUT34,
        {
            "exact": {"casualty": 0.965, "troops": 1.0, "position": 0.918, "statement": 1.0},
            "overlap": {"casualty": 1.0, "troops": 1.0, "position": 0.934, "statement": 1.0},
        },
        value_accuracy=1.0,
        speaker_accuracy=1.0,
    ),
    "holdout35": SampleSet(
        "holdout35",
        HOLDOUT35,
        {
            "exact": {"casualty": 1.0, "troops": 1.0, "position": 0.917, "statement": 0.933},
            "overlap": {"casualty": 1.0, "troops": 1.0, "position": 0.937, "statement": 0.962},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.938,
    ),
    "holdout36": SampleSet(
        "holdout36",
        HOLDOUT36,
        {
            "exact": {"casualty": 1.0, "troops": 0.983, "position": 0.96, "statement": 0.992},
            "overlap": {"casualty": 1.0, "troops": 0.983, "position": 0.96, "statement": 0.992},
        },
        value_accuracy=1.0,
        # lowered from 0.953 (detector 1.19.0, which had raised it): "… even though he
        # boasted of a 'responsible' end …" is found now (boasting of is a cue), its
        # "he" resolved to the last speaker, not Obama
        speaker_accuracy=0.938,
    ),
    "holdout37": SampleSet(
        "holdout37",
        HOLDOUT37,
        {
            "exact": {"casualty": 0.977, "troops": 1.0, "position": 0.895, "statement": 0.97},
            "overlap": {"casualty": 0.977, "troops": 1.0, "position": 0.895, "statement": 0.97},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.938,
    ),
    "holdout38": SampleSet(
        "holdout38",
        HOLDOUT38,
        {
            "exact": {"casualty": 1.0, "troops": 0.0, "position": 0.926, "statement": 0.987},
            "overlap": {"casualty": 1.0, "troops": 0.0, "position": 0.926, "statement": 0.987},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.948,
    ),
    "holdout39": SampleSet(
        "holdout39",
        HOLDOUT39,
        {
            "exact": {"casualty": 1.0, "troops": 1.0, "position": 0.907, "statement": 0.952},
            "overlap": {"casualty": 1.0, "troops": 1.0, "position": 0.948, "statement": 0.952},
        },
        value_accuracy=1.0,
        speaker_accuracy=1.0,
    ),
    "holdout40": SampleSet(
        "holdout40",
        HOLDOUT40,
        {
            "exact": {"casualty": 1.0, "troops": 0.0, "position": 0.444, "statement": 0.837},
            "overlap": {"casualty": 1.0, "troops": 0.0, "position": 0.444, "statement": 0.884},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.895,
    ),
    "holdout41": SampleSet(
        "holdout41",
        HOLDOUT41,
        {
            # exact position lowered from 0.846 (detector 1.18.0): a caption's closing
            # "(file photo)" is left out of its sentence, as the annotators of six read
            # cases did; this set's annotator kept it in its one case
            "exact": {"casualty": 1.0, "troops": 1.0, "position": 0.879, "statement": 0.953},
            "overlap": {"casualty": 1.0, "troops": 1.0, "position": 0.891, "statement": 0.953},
        },
        value_accuracy=1.0,
        # speaker accuracy lowered from 0.974 (detector 1.31.0): "Retired commanders
        # issued the chilling warning as they urged …" now has its subject (a capitalised
        # word in -ed is no verb), so three more statements are found, all with the
        # speaker "Retired commanders" where this set's annotator named the two men the
        # article introduces later; no statement lost its right speaker
        speaker_accuracy=0.939,
    ),
    "holdout42": SampleSet(
        "holdout42",
        HOLDOUT42,
        {
            "exact": {"casualty": 0.857, "troops": 0.0, "position": 0.857, "statement": 0.942},
            "overlap": {"casualty": 0.857, "troops": 0.0, "position": 0.864, "statement": 0.956},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.969,
    ),
    "holdout43": SampleSet(
        "holdout43",
        HOLDOUT43,
        {
            "exact": {"casualty": 0.974, "troops": 1.0, "position": 0.771, "statement": 0.937},
            "overlap": {"casualty": 0.974, "troops": 1.0, "position": 0.807, "statement": 0.958},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.869,
    ),
    "holdout44": SampleSet(
        "holdout44",
        HOLDOUT44,
        {
            "exact": {"casualty": 0.962, "troops": 1.0, "position": 0.643, "statement": 0.929},
            "overlap": {"casualty": 0.962, "troops": 1.0, "position": 0.643, "statement": 0.942},
        },
        value_accuracy=0.975,
        speaker_accuracy=0.945,
    ),
    "holdout45": SampleSet(
        "holdout45",
        HOLDOUT45,
        {
            # statement lowered from 0.943 in the forty-seventh round: "a placard (left)
            # that reads: 'Are you dumb? Is there any sane person …?'" is now read by its
            # verb, and the quotation's second question is a statement of its own
            # (guideline §4, continuation), where the gold keeps one unit
            "exact": {"casualty": 0.954, "troops": 0.0, "position": 0.857, "statement": 0.929},
            "overlap": {"casualty": 0.954, "troops": 0.0, "position": 0.879, "statement": 0.952},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.95,
    ),
    "holdout46": SampleSet(
        "holdout46",
        HOLDOUT46,
        {
            "exact": {"casualty": 0.833, "troops": 0.0, "position": 0.545, "statement": 0.937},
            "overlap": {"casualty": 0.833, "troops": 0.0, "position": 0.545, "statement": 0.937},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.933,
    ),
    "holdout47": SampleSet(
        "holdout47",
        HOLDOUT47,
        {
            "exact": {"casualty": 1.0, "troops": 1.0, "position": 0.85, "statement": 0.957},
            "overlap": {"casualty": 1.0, "troops": 1.0, "position": 0.85, "statement": 0.957},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.911,
    ),
    "holdout48": SampleSet(
        "holdout48",
        HOLDOUT48,
        {
            "exact": {"casualty": 1.0, "troops": 0.956, "position": 0.761, "statement": 0.894},
            "overlap": {"casualty": 1.0, "troops": 0.956, "position": 0.785, "statement": 0.944},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.947,
    ),
    "holdout49": SampleSet(
        "holdout49",
        HOLDOUT49,
        {
            "exact": {"casualty": 1.0, "troops": 1.0, "position": 0.812, "statement": 0.924},
            "overlap": {"casualty": 1.0, "troops": 1.0, "position": 0.825, "statement": 0.954},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.963,
    ),
    "holdout50": SampleSet(
        "holdout50",
        HOLDOUT50,
        {
            "exact": {"casualty": 0.912, "troops": 0.8, "position": 0.753, "statement": 0.905},
            "overlap": {"casualty": 0.912, "troops": 0.8, "position": 0.753, "statement": 0.995},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.91,
    ),
    "holdout51": SampleSet(
        "holdout51",
        HOLDOUT51,
        {
            "exact": {"casualty": 0.958, "troops": 0.667, "position": 0.775, "statement": 0.979},
            "overlap": {"casualty": 0.958, "troops": 0.667, "position": 0.775, "statement": 0.979},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.876,
    ),
    "holdout52": SampleSet(
        "holdout52",
        HOLDOUT52,
        {
            "exact": {"casualty": 1.0, "troops": 0.923, "position": 0.918, "statement": 0.977},
            "overlap": {"casualty": 1.0, "troops": 0.923, "position": 0.918, "statement": 0.977},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.93,
    ),
    "holdout53": SampleSet(
        "holdout53",
        HOLDOUT53,
        {
            "exact": {"casualty": 0.962, "troops": 1.0, "position": 0.775, "statement": 0.832},
            "overlap": {"casualty": 0.962, "troops": 1.0, "position": 0.775, "statement": 0.963},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.848,
    ),
    "holdout54": SampleSet(
        "holdout54",
        HOLDOUT54,
        {
            "exact": {"casualty": 0.974, "troops": 1.0, "position": 0.611, "statement": 0.98},
            "overlap": {"casualty": 0.974, "troops": 1.0, "position": 0.611, "statement": 0.98},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.92,
    ),
    # real texts built in the thirty-sixth round, never read
    "holdout55": SampleSet(
        "holdout55",
        FIXTURES / "holdout55",
        {
            "exact": {"casualty": 0.968, "troops": 1.0, "position": 0.884, "statement": 0.984},
            "overlap": {"casualty": 0.968, "troops": 1.0, "position": 0.884, "statement": 0.984},
        },
        value_accuracy=1.0,
        speaker_accuracy=1.0,
    ),
    "holdout56": SampleSet(
        "holdout56",
        FIXTURES / "holdout56",
        {
            "exact": {"casualty": 0.909, "troops": 0.8, "position": 0.789, "statement": 0.965},
            "overlap": {"casualty": 0.909, "troops": 0.8, "position": 0.789, "statement": 0.965},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.976,
    ),
    "holdout57": SampleSet(
        "holdout57",
        FIXTURES / "holdout57",
        {
            "exact": {"casualty": 0.846, "troops": 1.0, "position": 0.826, "statement": 0.94},
            "overlap": {"casualty": 0.923, "troops": 1.0, "position": 0.846, "statement": 0.966},
        },
        value_accuracy=0.846,
        speaker_accuracy=0.958,
    ),
    # real texts built in the thirty-seventh round for their force sizes; holdout58 and
    # holdout60's troops errors were read in that round, holdout59 never read
    "holdout58": SampleSet(
        "holdout58",
        FIXTURES / "holdout58",
        {
            "exact": {"casualty": 1.0, "troops": 0.957, "position": 0.735, "statement": 0.973},
            "overlap": {"casualty": 1.0, "troops": 0.957, "position": 0.746, "statement": 0.973},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.927,
    ),
    "holdout59": SampleSet(
        "holdout59",
        FIXTURES / "holdout59",
        {
            "exact": {"casualty": 0.96, "troops": 0.783, "position": 0.634, "statement": 0.863},
            "overlap": {"casualty": 0.96, "troops": 0.957, "position": 0.634, "statement": 0.863},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.921,
    ),
    "holdout60": SampleSet(
        "holdout60",
        FIXTURES / "holdout60",
        {
            "exact": {"casualty": 1.0, "troops": 0.944, "position": 0.74, "statement": 0.923},
            "overlap": {"casualty": 1.0, "troops": 0.971, "position": 0.779, "statement": 0.948},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.918,
    ),
    # real texts built in the fortieth round (casualty, mixed figures and troops focus;
    # Nigerian newspapers, Socialist Worker, CBC4Kids, CNN and the Daily Mail); that
    # round read holdout61's casualty and troops errors, holdout62 and holdout63 never
    # read; holdout63 has no casualty claims, so its casualty scores are not kept
    "holdout61": SampleSet(
        "holdout61",
        FIXTURES / "holdout61",
        {
            "exact": {"casualty": 0.951, "troops": 1.0, "position": 0.711, "statement": 0.875},
            "overlap": {"casualty": 0.976, "troops": 1.0, "position": 0.711, "statement": 0.93},
        },
        value_accuracy=0.976,
        speaker_accuracy=0.925,
    ),
    "holdout62": SampleSet(
        "holdout62",
        FIXTURES / "holdout62",
        {
            "exact": {"casualty": 0.759, "troops": 0.444, "position": 0.716, "statement": 0.677},
            "overlap": {"casualty": 0.786, "troops": 0.444, "position": 0.769, "statement": 0.809},
        },
        value_accuracy=1.0,
        # lowered from 0.978 in the forty-sixth round: two statements found since, whose
        # speakers are not the gold's ("Today, Meles highlights …" as "Ethiopia's Meles";
        # the headline "… In Yobe – GOC 3 Division" as the division, not its general)
        speaker_accuracy=0.938,
    ),
    "holdout63": SampleSet(
        "holdout63",
        FIXTURES / "holdout63",
        {
            "exact": {"troops": 1.0, "position": 0.736, "statement": 0.929},
            "overlap": {"troops": 1.0, "position": 0.831, "statement": 0.964},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.818,
    ),
    # built blind by helpers in the forty-first round in house styles no earlier set used:
    # holdout64's errors and holdout65, 67 and 68's figure and statement errors were read
    # that round (after all five were scored unseen); holdout66 was never read
    "holdout64": SampleSet(
        "holdout64",
        FIXTURES / "holdout64",
        {
            "exact": {"casualty": 0.913, "position": 0.461, "statement": 0.893},
            "overlap": {"casualty": 0.933, "position": 0.48, "statement": 0.97},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.8,
    ),
    "holdout65": SampleSet(
        "holdout65",
        FIXTURES / "holdout65",
        {
            "exact": {"casualty": 1.0, "troops": 0.727, "position": 0.763, "statement": 0.961},
            "overlap": {"casualty": 1.0, "troops": 0.727, "position": 0.789, "statement": 0.967},
        },
        value_accuracy=1.0,
        speaker_accuracy=1.0,
    ),
    "holdout66": SampleSet(
        "holdout66",
        FIXTURES / "holdout66",
        {
            "exact": {"casualty": 0.923, "position": 0.676, "statement": 0.896},
            "overlap": {"casualty": 1.0, "position": 0.852, "statement": 0.928},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.81,
    ),
    "holdout67": SampleSet(
        "holdout67",
        FIXTURES / "holdout67",
        {
            "exact": {"casualty": 1.0, "troops": 0.978, "position": 0.633, "statement": 0.907},
            "overlap": {"casualty": 1.0, "troops": 0.978, "position": 0.711, "statement": 0.948},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.869,
    ),
    "holdout68": SampleSet(
        "holdout68",
        FIXTURES / "holdout68",
        # (no troops floor: its one force size is missed, and a floor of 0 tests nothing)
        {
            "exact": {"casualty": 0.954, "position": 0.8, "statement": 0.977},
            "overlap": {"casualty": 0.954, "position": 0.8, "statement": 0.977},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.954,
    ),
    # built blind by helpers in the forty-second round in house styles no earlier set used
    # (Yonhap and Korean dailies; Fox News, Reason and The Dispatch as Markdown feeds;
    # Bellingcat and the Syrian Archive; Newsweek, News.az and Foreign Policy): holdout69
    # and holdout70 were read after all four were scored unseen; 71 and 72 never were
    "holdout69": SampleSet(
        "holdout69",
        FIXTURES / "holdout69",
        {
            "exact": {"position": 0.9, "statement": 0.945},
            "overlap": {"position": 0.9, "statement": 0.986},
        },
        value_accuracy=1.0,
        # lowered from 0.944 in the forty-seventh round: a statement found since ("a bill
        # proposed by ruling party lawmakers that calls for …") gives the bill's
        # proposers, where the gold gives the UNC that objected to it
        speaker_accuracy=0.932,
    ),
    "holdout70": SampleSet(
        "holdout70",
        FIXTURES / "holdout70",
        {
            "exact": {"casualty": 0.769, "troops": 0.857, "position": 0.793, "statement": 0.795},
            "overlap": {"casualty": 0.769, "troops": 0.857, "position": 0.827, "statement": 0.954},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.833,
    ),
    "holdout71": SampleSet(
        "holdout71",
        FIXTURES / "holdout71",
        {
            "exact": {"casualty": 0.92, "position": 0.545, "statement": 0.807},
            "overlap": {"casualty": 0.979, "position": 0.608, "statement": 0.842},
        },
        value_accuracy=0.958,
        speaker_accuracy=0.708,
    ),
    "holdout72": SampleSet(
        "holdout72",
        FIXTURES / "holdout72",
        {
            "exact": {"casualty": 1.0, "position": 0.871, "statement": 0.906},
            "overlap": {"casualty": 1.0, "position": 0.891, "statement": 0.923},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.988,
    ),
    "holdout73": SampleSet(
        "holdout73",
        FIXTURES / "holdout73",
        {
            "exact": {"casualty": 0.724, "troops": 0.222, "position": 0.523, "statement": 0.41},
            "overlap": {"casualty": 0.724, "troops": 0.444, "position": 0.585, "statement": 0.769},
        },
        value_accuracy=0.777,
        speaker_accuracy=0.933,
    ),
    "holdout74": SampleSet(
        "holdout74",
        FIXTURES / "holdout74",
        {
            "exact": {"casualty": 0.933, "position": 0.844, "statement": 0.928},
            "overlap": {"casualty": 0.933, "position": 0.888, "statement": 0.954},
        },
        value_accuracy=0.928,
        speaker_accuracy=0.873,
    ),
    "holdout75": SampleSet(
        "holdout75",
        FIXTURES / "holdout75",
        {
            "exact": {"casualty": 0.954, "troops": 1.0, "position": 0.878, "statement": 0.948},
            "overlap": {"casualty": 0.954, "troops": 1.0, "position": 0.878, "statement": 0.974},
        },
        value_accuracy=0.958,
        speaker_accuracy=0.947,
    ),
    "holdout76": SampleSet(
        "holdout76",
        FIXTURES / "holdout76",
        {
            "exact": {"casualty": 0.9, "position": 0.815, "statement": 0.928},
            "overlap": {"casualty": 0.9, "position": 0.815, "statement": 0.928},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.98,
    ),
    # built blind in the forty-fourth round (sources.md): 77 and 80 read in the forty-fifth
    "holdout77": SampleSet(
        "holdout77",
        FIXTURES / "holdout77",
        {
            "exact": {"casualty": 0.8, "troops": 0.4, "position": 0.666, "statement": 0.861},
            "overlap": {"casualty": 0.8, "troops": 0.4, "position": 0.684, "statement": 0.892},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.842,
    ),
    "holdout78": SampleSet(
        "holdout78",
        FIXTURES / "holdout78",
        {
            "exact": {"casualty": 0.956, "position": 0.758, "statement": 0.884},
            "overlap": {"casualty": 0.956, "position": 0.781, "statement": 0.902},
        },
        value_accuracy=0.954,
        speaker_accuracy=0.901,
    ),
    "holdout79": SampleSet(
        "holdout79",
        FIXTURES / "holdout79",
        {
            "exact": {"casualty": 0.912, "position": 0.72, "statement": 0.861},
            "overlap": {"casualty": 0.93, "position": 0.72, "statement": 0.861},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.87,
    ),
    "holdout80": SampleSet(
        "holdout80",
        FIXTURES / "holdout80",
        {
            "exact": {"casualty": 0.888, "troops": 0.666, "position": 0.666, "statement": 0.787},
            "overlap": {"casualty": 0.888, "troops": 0.666, "position": 0.738, "statement": 0.872},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.902,
    ),
    # built blind in the forty-fifth round (sources.md), read in the forty-sixth; exact
    # statement lowered from 0.861 in the fifty-first: Markdown's underscores around a
    # name are read as emphasis now ("_The Economist_ announced …"), and this set's
    # annotator began the statement at the mark where other sets' begin at the word
    "holdout81": SampleSet(
        "holdout81",
        FIXTURES / "holdout81",
        {
            "exact": {"casualty": 0.969, "position": 0.606, "statement": 0.902},
            "overlap": {"casualty": 0.969, "position": 0.606, "statement": 0.93},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.97,
    ),
    "holdout82": SampleSet(
        "holdout82",
        FIXTURES / "holdout82",
        {
            "exact": {"casualty": 0.941, "position": 0.8, "statement": 0.896},
            "overlap": {"casualty": 0.941, "position": 0.8, "statement": 0.906},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.948,
    ),
    # built blind in the forty-sixth round (sources.md), scored unseen, then read
    "holdout83": SampleSet(
        "holdout83",
        FIXTURES / "holdout83",
        {
            "exact": {"casualty": 0.962, "position": 0.75, "statement": 0.905},
            "overlap": {"casualty": 0.962, "position": 0.776, "statement": 0.924},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.836,
    ),
    "holdout84": SampleSet(
        "holdout84",
        FIXTURES / "holdout84",
        {
            "exact": {"casualty": 1.0, "troops": 1.0, "position": 0.913, "statement": 0.906},
            "overlap": {"casualty": 1.0, "troops": 1.0, "position": 0.934, "statement": 0.921},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.898,
    ),
    # built blind in the forty-sixth round (sources.md), scored unseen, then read in the
    # forty-seventh
    "holdout85": SampleSet(
        "holdout85",
        FIXTURES / "holdout85",
        {
            "exact": {"casualty": 1.0, "position": 0.765, "statement": 0.952},
            "overlap": {"casualty": 1.0, "position": 0.765, "statement": 0.952},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.971,
    ),
    "holdout86": SampleSet(
        "holdout86",
        FIXTURES / "holdout86",
        {
            "exact": {"casualty": 1.0, "position": 0.718, "statement": 0.8},
            "overlap": {"casualty": 1.0, "position": 0.781, "statement": 0.88},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.909,
    ),
    # built blind in the forty-seventh round (sources.md), scored unseen, then read
    "holdout87": SampleSet(
        "holdout87",
        FIXTURES / "holdout87",
        {
            "exact": {"casualty": 0.789, "position": 0.677, "statement": 0.723},
            "overlap": {"casualty": 0.789, "position": 0.733, "statement": 0.851},
        },
        value_accuracy=1.0,
        # lowered from 0.589 in the fifty-first round: a statement found since ("The
        # politician recalled that Poland …", "politician" now a person role), its
        # speaker the role where the annotator named the politician
        speaker_accuracy=0.575,
    ),
    "holdout90": SampleSet(
        "holdout90",
        FIXTURES / "holdout90",
        {
            "exact": {"casualty": 0.857, "troops": 1.0, "position": 0.666, "statement": 0.866},
            "overlap": {"casualty": 0.952, "troops": 1.0, "position": 0.755, "statement": 0.935},
        },
        value_accuracy=0.969,
        speaker_accuracy=0.753,
    ),
    # built blind in the forty-seventh round (sources.md), read in the forty-eighth
    "holdout88": SampleSet(
        "holdout88",
        FIXTURES / "holdout88",
        {
            "exact": {"casualty": 0.933, "position": 0.612, "statement": 0.949},
            "overlap": {"casualty": 0.933, "position": 0.612, "statement": 0.949},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.833,
    ),
    "holdout89": SampleSet(
        "holdout89",
        FIXTURES / "holdout89",
        {
            "exact": {"casualty": 1.0, "position": 0.683, "statement": 0.916},
            "overlap": {"casualty": 1.0, "position": 0.784, "statement": 0.937},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.97,
    ),
    # built blind in the forty-eighth round (sources.md), never read
    "holdout91": SampleSet(
        "holdout91",
        FIXTURES / "holdout91",
        {
            "exact": {"casualty": 0.864, "troops": 1.0, "position": 0.743, "statement": 0.958},
            "overlap": {"casualty": 0.864, "troops": 1.0, "position": 0.769, "statement": 0.967},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.838,
    ),
    "holdout92": SampleSet(
        "holdout92",
        FIXTURES / "holdout92",
        {
            "exact": {"casualty": 0.956, "troops": 1.0, "position": 0.893, "statement": 0.805},
            "overlap": {"casualty": 0.956, "troops": 1.0, "position": 0.893, "statement": 0.833},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.966,
    ),
    "holdout93": SampleSet(
        "holdout93",
        FIXTURES / "holdout93",
        {
            "exact": {"casualty": 0.8, "troops": 1.0, "position": 0.611, "statement": 0.978},
            "overlap": {"casualty": 0.8, "troops": 1.0, "position": 0.666, "statement": 0.978},
        },
        value_accuracy=0.869,
        speaker_accuracy=0.977,
    ),
    "holdout94": SampleSet(
        "holdout94",
        FIXTURES / "holdout94",
        {
            # (its three troops claims, all missed, have no floor to keep)
            "exact": {"casualty": 1.0, "position": 0.711, "statement": 0.93},
            "overlap": {"casualty": 1.0, "position": 0.733, "statement": 0.93},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.985,
    ),
    # built blind in the forty-ninth round (sources.md), never read
    "holdout95": SampleSet(
        "holdout95",
        FIXTURES / "holdout95",
        {
            # (no troops claim in its gold: a floor of 0 would keep nothing)
            "exact": {"casualty": 0.83, "position": 0.295, "statement": 0.814},
            "overlap": {"casualty": 0.923, "position": 0.444, "statement": 0.85},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.845,
    ),
    "holdout96": SampleSet(
        "holdout96",
        FIXTURES / "holdout96",
        {
            "exact": {"casualty": 0.8, "troops": 1.0, "position": 0.842, "statement": 0.8},
            "overlap": {"casualty": 0.8, "troops": 1.0, "position": 0.842, "statement": 0.8},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.687,
    ),
    "holdout97": SampleSet(
        "holdout97",
        FIXTURES / "holdout97",
        {
            "exact": {"casualty": 0.857, "troops": 1.0, "position": 0.68, "statement": 0.796},
            "overlap": {"casualty": 0.952, "troops": 1.0, "position": 0.68, "statement": 0.814},
        },
        value_accuracy=0.846,
        # 0.673 until detector 1.60.0: "Families of victims …, alongside activists,
        # gathered outside …, once again urging authorities to intervene" gave the speaker
        # "alongside activists" (the phrase before "once again"), which matched the gold's
        # activists; read past the adverb, the sentence's subject resolves to the
        # headline's "Frustrated families", which the gold words otherwise
        speaker_accuracy=0.652,
    ),
    # built blind in the fiftieth round (sources.md); holdout99 read after it was scored
    "holdout98": SampleSet(
        "holdout98",
        FIXTURES / "holdout98",
        {
            "exact": {"casualty": 0.943, "troops": 1.0, "position": 0.75, "statement": 0.927},
            "overlap": {"casualty": 0.943, "troops": 1.0, "position": 0.75, "statement": 0.942},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.892,
    ),
    "holdout99": SampleSet(
        "holdout99",
        FIXTURES / "holdout99",
        {
            "exact": {"casualty": 0.848, "troops": 1.0, "position": 0.586, "statement": 0.825},
            "overlap": {"casualty": 0.848, "troops": 1.0, "position": 0.655, "statement": 0.884},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.869,
    ),
    "holdout100": SampleSet(
        "holdout100",
        FIXTURES / "holdout100",
        {
            "exact": {"casualty": 0.923, "troops": 0.875, "position": 0.741, "statement": 0.872},
            "overlap": {"casualty": 0.923, "troops": 0.875, "position": 0.806, "statement": 0.872},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.75,
    ),
    # built blind in the fiftieth round (sources.md), scored unseen, read in the
    # fifty-first; overlap position lowered from 0.536 then: the site keeps its posts'
    # bodies in the front matter, which is now read (the first post's body had been
    # skipped whole), and its opinionated sentences add position false alarms (its
    # "Militants massacre at least 170 civilians" is missed again: the review found
    # "massacre" as a killing word misread the noun)
    "holdout101": SampleSet(
        "holdout101",
        FIXTURES / "holdout101",
        {
            "exact": {"casualty": 0.909, "troops": 1.0, "position": 0.6, "statement": 0.732},
            "overlap": {"casualty": 0.961, "troops": 1.0, "position": 0.612, "statement": 0.767},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.86,
    ),
    # built blind in the fifty-first round (sources.md), scored unseen, read in the
    # fifty-second
    "holdout102": SampleSet(
        "holdout102",
        FIXTURES / "holdout102",
        {
            "exact": {"casualty": 0.666, "troops": 0.75, "position": 0.571, "statement": 0.597},
            "overlap": {"casualty": 0.666, "troops": 0.75, "position": 0.693, "statement": 0.835},
        },
        value_accuracy=0.75,
        speaker_accuracy=0.75,
    ),
    "holdout103": SampleSet(
        "holdout103",
        FIXTURES / "holdout103",
        {
            "exact": {"casualty": 0.881, "position": 0.777, "statement": 0.836},
            "overlap": {"casualty": 0.983, "position": 0.777, "statement": 0.907},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.727,
    ),
    # built blind in the fifty-second round (sources.md), scored unseen, read in the
    # fifty-third
    "holdout104": SampleSet(
        "holdout104",
        FIXTURES / "holdout104",
        {
            "exact": {"casualty": 0.809, "troops": 1.0, "position": 0.931, "statement": 0.926},
            "overlap": {"casualty": 1.0, "troops": 1.0, "position": 0.931, "statement": 0.936},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.931,
    ),
    # built blind in the fifty-second round, all in capitals (sources.md), scored unseen
    # under 1.50.0 and again with the round's reading of texts in capitals (its
    # predictions compared, its gold and errors left unread); read in the fifty-third
    "holdout105": SampleSet(
        "holdout105",
        FIXTURES / "holdout105",
        {
            "exact": {"casualty": 0.915, "troops": 1.0, "position": 0.773, "statement": 0.975},
            "overlap": {"casualty": 0.915, "troops": 1.0, "position": 0.783, "statement": 0.975},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.887,
    ),
    # built blind in the fifty-third round (sources.md; one text is of the same bombing
    # as a dev article, in other words), scored unseen, left unread; no troops in its gold
    "holdout106": SampleSet(
        "holdout106",
        FIXTURES / "holdout106",
        {
            "exact": {"casualty": 1.0, "position": 0.689, "statement": 1.0},
            "overlap": {"casualty": 1.0, "position": 0.758, "statement": 1.0},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.91,
    ),
    # built blind in the fifty-third round (sources.md), scored unseen, left unread
    "holdout107": SampleSet(
        "holdout107",
        FIXTURES / "holdout107",
        {
            "exact": {"casualty": 0.888, "troops": 0.0, "position": 0.705, "statement": 0.322},
            "overlap": {"casualty": 0.888, "troops": 0.666, "position": 0.8, "statement": 0.645},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.6,
    ),
    # built blind in the fifty-third round after its rules were final (sources.md), scored
    # unseen under 1.52.0, left unread; no troops in its gold
    "holdout108": SampleSet(
        "holdout108",
        FIXTURES / "holdout108",
        {
            "exact": {"casualty": 0.909, "position": 0.84, "statement": 0.934},
            "overlap": {"casualty": 1.0, "position": 0.84, "statement": 0.957},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.933,
    ),
    # built blind in the fifty-third round after its rules were final (sources.md), scored
    # unseen under 1.52.0, left unread
    "holdout109": SampleSet(
        "holdout109",
        FIXTURES / "holdout109",
        {
            "exact": {"casualty": 0.75, "troops": 1.0, "position": 0.61, "statement": 0.553},
            "overlap": {"casualty": 0.75, "troops": 1.0, "position": 0.61, "statement": 0.735},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.6,
    ),
    # built blind in the fifty-fourth round (sources.md), scored unseen, left unread
    "holdout110": SampleSet(
        "holdout110",
        FIXTURES / "holdout110",
        {
            "exact": {"casualty": 0.785, "troops": 0.875, "position": 0.711, "statement": 0.772},
            "overlap": {"casualty": 0.928, "troops": 0.933, "position": 0.711, "statement": 0.863},
        },
        value_accuracy=0.95,
        speaker_accuracy=0.894,
    ),
    # built blind in the fifty-fourth round (sources.md), scored unseen, left unread
    "holdout111": SampleSet(
        "holdout111",
        FIXTURES / "holdout111",
        {
            "exact": {"casualty": 0.827, "troops": 1.0, "position": 0.623, "statement": 0.762},
            "overlap": {"casualty": 0.857, "troops": 1.0, "position": 0.715, "statement": 0.854},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.878,
    ),
    # built blind in the fifty-fourth round (sources.md), scored unseen, left unread
    "holdout112": SampleSet(
        "holdout112",
        FIXTURES / "holdout112",
        {
            "exact": {"casualty": 1.0, "troops": 1.0, "position": 0.285, "statement": 0.79},
            "overlap": {"casualty": 1.0, "troops": 1.0, "position": 0.4, "statement": 0.888},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.944,
    ),
    # built blind in the fifty-fourth round (sources.md), scored unseen, left unread; no
    # troops in its gold
    "holdout113": SampleSet(
        "holdout113",
        FIXTURES / "holdout113",
        {
            "exact": {"casualty": 0.923, "position": 0.615, "statement": 0.68},
            "overlap": {"casualty": 0.923, "position": 0.763, "statement": 0.787},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.945,
    ),
    # built blind in the fifty-fifth round (sources.md): Canadian House of Commons debates of 1998
    # and 1999; scored unseen, then read in the same round
    "holdout114": SampleSet(
        "holdout114",
        FIXTURES / "holdout114",
        {
            "exact": {"casualty": 0.615, "troops": 1.0, "position": 0.584, "statement": 0.682},
            "overlap": {"casualty": 0.769, "troops": 1.0, "position": 0.587, "statement": 0.682},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.827,
    ),
    # built blind in the fifty-fifth round (sources.md): Financial Times and San Jose Mercury News
    # stories of 1991 and 1992; scored unseen, then read in the same round
    "holdout115": SampleSet(
        "holdout115",
        FIXTURES / "holdout115",
        {
            "exact": {"casualty": 1.0, "troops": 0.857, "position": 0.735, "statement": 0.857},
            "overlap": {"casualty": 1.0, "troops": 0.857, "position": 0.818, "statement": 0.923},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.888,
    ),
    # built blind in the fifty-fifth round (sources.md): KCNA releases of 2024, most of them whole
    # press statements after a colon; scored unseen, then read in the same round
    "holdout116": SampleSet(
        "holdout116",
        FIXTURES / "holdout116",
        {
            "exact": {"casualty": 0.933, "troops": 1.0, "position": 0.646, "statement": 0.974},
            "overlap": {"casualty": 0.933, "troops": 1.0, "position": 0.676, "statement": 0.987},
        },
        value_accuracy=0.875,
        speaker_accuracy=0.868,
    ),
    # built blind in the fifty-fifth round (sources.md): Chile Today and Africanews stories of
    # 2022; scored unseen, then read in the same round
    "holdout117": SampleSet(
        "holdout117",
        FIXTURES / "holdout117",
        {
            "exact": {"casualty": 0.0, "troops": 1.0, "position": 0.721, "statement": 0.8},
            "overlap": {"casualty": 1.0, "troops": 1.0, "position": 0.819, "statement": 0.885},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.87,
    ),
    # built blind in the fifty-fifth round after its rules were final (sources.md): Mother
    # Jones and Truthout on Gaza's death toll, 2024; scored unseen (its one troops claim
    # missed), read in the fifty-sixth round
    "holdout118": SampleSet(
        "holdout118",
        FIXTURES / "holdout118",
        {
            "exact": {"casualty": 0.851, "troops": 1.0, "position": 0.638, "statement": 0.953},
            "overlap": {"casualty": 0.893, "troops": 1.0, "position": 0.652, "statement": 0.969},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.841,
    ),
    # built blind in the fifty-fifth round after its rules were final (sources.md): a war
    # museum's feed of quoted posts, 24-27 February 2022; no troops in its gold; scored
    # unseen, read in the fifty-sixth round
    "holdout119": SampleSet(
        "holdout119",
        FIXTURES / "holdout119",
        {
            "exact": {"casualty": 0.96, "position": 0.646, "statement": 0.824},
            "overlap": {"casualty": 0.96, "position": 0.67, "statement": 0.927},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.9,
    ),
    # built blind in the fifty-fifth round after its rules were final (sources.md):
    # Intelligence Squared U.S. debate transcripts of 2010 and 2013; scored unseen, read
    # in the fifty-sixth round
    "holdout120": SampleSet(
        "holdout120",
        FIXTURES / "holdout120",
        {
            "exact": {"casualty": 0.888, "troops": 0.705, "position": 0.473, "statement": 0.754},
            "overlap": {"casualty": 0.941, "troops": 0.823, "position": 0.473, "statement": 0.754},
        },
        value_accuracy=0.866,
        speaker_accuracy=0.5,
    ),
    # built blind in the fifty-fifth round after its rules were final (sources.md): LRA Crisis
    # Tracker briefs of 2013-15; scored unseen, read in the fifty-sixth round
    "holdout121": SampleSet(
        "holdout121",
        FIXTURES / "holdout121",
        {
            "exact": {"casualty": 0.816, "troops": 0.7, "position": 0.608, "statement": 0.733},
            "overlap": {"casualty": 0.833, "troops": 0.7, "position": 0.608, "statement": 0.8},
        },
        value_accuracy=0.925,
        speaker_accuracy=0.416,
    ),
    # built blind in the fifty-sixth round while its rules changed (sources.md): TMP News
    # stories of 2025 (Germany's military service, Russia's strike capacity, Ternopil,
    # Cameroon's election violence, the Islamabad bombing);
    # scored unseen under 1.54.0 and 1.55.0, read in the fifty-seventh round
    "holdout123": SampleSet(
        "holdout123",
        FIXTURES / "holdout123",
        {
            "exact": {"casualty": 1.0, "troops": 1.0, "position": 0.45, "statement": 0.866},
            "overlap": {"casualty": 1.0, "troops": 1.0, "position": 0.45, "statement": 0.866},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.807,
    ),
    # built blind in the fifty-sixth round while its rules changed (sources.md): CNN
    # Philippines stories of 2018 on the suspended peace talks with the NDF and an alleged
    # ouster plot; no casualty or troops claims in its gold;
    # scored unseen under 1.54.0 and 1.55.0, read in the fifty-seventh round
    "holdout124": SampleSet(
        "holdout124",
        FIXTURES / "holdout124",
        {
            "exact": {"position": 0.565, "statement": 0.951},
            "overlap": {"position": 0.653, "statement": 0.975},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.925,
    ),
    # built blind in the fifty-sixth round while its rules changed (sources.md): four
    # outlets' pages of 19 April 2022 (Winnipeg Free Press, The Pantagraph, Herald &
    # Review, Irish Independent) from one news-search answer;
    # scored unseen under 1.54.0 and 1.55.0, read in the fifty-seventh round
    "holdout125": SampleSet(
        "holdout125",
        FIXTURES / "holdout125",
        {
            "exact": {"casualty": 0.761, "troops": 0.666, "position": 0.774, "statement": 0.939},
            "overlap": {"casualty": 0.761, "troops": 0.8, "position": 0.816, "statement": 0.951},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.948,
    ),
    # built blind in the fifty-seventh round while its rules changed (sources.md): The Sun
    # (Nigeria), P.M. News and Champion Newspapers on army deployments and orders in
    # Nigeria; no casualty claims in its gold; scored unseen under 1.55.0 and 1.56.0, read
    # in the fifty-eighth round
    "holdout122": SampleSet(
        "holdout122",
        FIXTURES / "holdout122",
        {
            "exact": {"troops": 0.857, "position": 0.75, "statement": 0.838},
            "overlap": {"troops": 0.857, "position": 0.75, "statement": 0.903},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.928,
    ),
    # built blind in the fifty-seventh round while its rules changed (sources.md): Free
    # Press Journal and Republic World on the Pahalgam attack, Journal Club (BITS Pilani
    # Hyderabad) on the Taliban's 2021 offensive; scored unseen under 1.55.0 and 1.56.0,
    # read in the fifty-eighth round
    "holdout126": SampleSet(
        "holdout126",
        FIXTURES / "holdout126",
        {
            "exact": {"casualty": 0.857, "troops": 0.666, "position": 0.69, "statement": 0.741},
            "overlap": {"casualty": 1.0, "troops": 0.666, "position": 0.731, "statement": 0.81},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.829,
    ),
    # built blind in the fifty-seventh round while its rules changed (sources.md): two U.S.
    # Senate office news releases of 2007 on the Iraq troop increase; scored unseen under
    # 1.55.0 and 1.56.0, read in the fifty-eighth round
    "holdout127": SampleSet(
        "holdout127",
        FIXTURES / "holdout127",
        {
            "exact": {"casualty": 1.0, "troops": 0.666, "position": 0.916, "statement": 0.744},
            "overlap": {"casualty": 1.0, "troops": 0.666, "position": 0.916, "statement": 0.79},
        },
        value_accuracy=1.0,
        speaker_accuracy=1.0,
    ),
    # built blind in the fifty-seventh round while its rules changed (sources.md): ISAF
    # Joint Command press releases of 2010-11 from a fine-tuning data set and a TIEMPO
    # (Honduras) story of 1989 in the MUC-3 corpus; scored unseen under 1.55.0 and 1.56.0,
    # read in the fifty-eighth round
    "holdout128": SampleSet(
        "holdout128",
        FIXTURES / "holdout128",
        {
            "exact": {"casualty": 0.842, "troops": 1.0, "position": 0.604, "statement": 0.962},
            "overlap": {"casualty": 0.842, "troops": 1.0, "position": 0.636, "statement": 0.962},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.769,
    ),
    # built blind at the end of the fifty-seventh round (sources.md): pages of 27 February
    # 2026 from Türkiye Today, Vijesti, Cotidianul and a school paper (Scot Scoop News);
    # no troops claims in its gold; scored unseen under 1.56.0, read in the fifty-ninth round
    "holdout129": SampleSet(
        "holdout129",
        FIXTURES / "holdout129",
        {
            "exact": {"casualty": 1.0, "position": 0.622, "statement": 0.569},
            "overlap": {"casualty": 1.0, "position": 0.681, "statement": 0.816},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.879,
    ),
    # built blind at the end of the fifty-seventh round (sources.md): The Pangean, a youth
    # magazine of international affairs, on Yemen, Balakot and U.S. Africa policy; no
    # troops claims in its gold; scored unseen under 1.56.0, read in the fifty-ninth round
    "holdout130": SampleSet(
        "holdout130",
        FIXTURES / "holdout130",
        {
            "exact": {"casualty": 1.0, "position": 0.654, "statement": 0.93},
            "overlap": {"casualty": 1.0, "position": 0.654, "statement": 0.93},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.95,
    ),
    # built blind in the fifty-eighth round while its rules changed (sources.md): five
    # Breitbart News articles of October 2019 on the Turkish offensive into northern Syria
    # and the U.S. troop moves; scored unseen under 1.56.0 and 1.57.0, read at the end of
    # the fifty-ninth round
    "holdout131": SampleSet(
        "holdout131",
        FIXTURES / "holdout131",
        {
            "exact": {"casualty": 1.0, "troops": 0.857, "position": 0.741, "statement": 0.941},
            "overlap": {"casualty": 1.0, "troops": 0.857, "position": 0.741, "statement": 0.954},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.917,
    ),
    # built blind in the fifty-eighth round while its rules changed (sources.md): five
    # press releases published on Scoop.co.nz (Peace Action Wellington, Palestine
    # Solidarity Network Aotearoa, the Green Party) on New Zealand's deployments and the
    # wars in the Middle East; scored unseen under 1.56.0 and 1.57.0, read at the end of
    # the fifty-ninth round
    "holdout132": SampleSet(
        "holdout132",
        FIXTURES / "holdout132",
        {
            "exact": {"casualty": 0.75, "troops": 0.6, "position": 0.645, "statement": 0.871},
            "overlap": {"casualty": 1.0, "troops": 0.8, "position": 0.736, "statement": 0.888},
        },
        value_accuracy=0.916,
        speaker_accuracy=0.846,
    ),
    # built blind in the fifty-eighth round while its rules changed (sources.md): two Air
    # Force News Service stories of 2016 from a copy of af.mil, and three pieces of the
    # American Sentinel (1899-1900) on the Philippine war, soldiers' letters among them;
    # scored unseen under 1.56.0 and 1.57.0, read in the fifty-ninth round
    "holdout133": SampleSet(
        "holdout133",
        FIXTURES / "holdout133",
        {
            "exact": {"casualty": 0.8, "troops": 0.666, "position": 0.642, "statement": 0.759},
            "overlap": {"casualty": 0.933, "troops": 0.666, "position": 0.678, "statement": 0.911},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.677,
    ),
    # built blind in the fifty-eighth round while its rules changed (sources.md): ten
    # United Press and staff reports of 1944-51 (D-Day, Korea, MacArthur's dismissal) in
    # The Stanford Daily's OCR'd archive, its errors kept; scored unseen under 1.56.0 and
    # 1.57.0, read in the sixtieth round
    "holdout134": SampleSet(
        "holdout134",
        FIXTURES / "holdout134",
        {
            "exact": {"casualty": 0.0, "troops": 0.857, "position": 0.342, "statement": 0.469},
            "overlap": {"casualty": 0.666, "troops": 1.0, "position": 0.578, "statement": 0.74},
        },
        value_accuracy=0.75,
        speaker_accuracy=0.633,
    ),
    # built blind at the end of the fifty-eighth round, its rules final (sources.md): five
    # pieces of The Bowdoin Orient (1967-72) on the Vietnam war, pasted from its digitised
    # volumes; few figures and positions; scored unseen under 1.57.0 (1.56.0: one
    # statement fewer), read in the fifty-ninth round
    "holdout135": SampleSet(
        "holdout135",
        FIXTURES / "holdout135",
        {
            "exact": {"casualty": 1.0, "troops": 1.0, "position": 0.4, "statement": 0.534},
            "overlap": {"casualty": 1.0, "troops": 1.0, "position": 0.416, "statement": 0.558},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.75,
    ),
    # built blind at the end of the fifty-eighth round, its rules final (sources.md): an
    # Australian and a New Zealand defence minister's joint press conference of 2000 on
    # East Timor, and an immigration minister's release on war evacuees, OCR text from a
    # repository holdout92 used; small, no required figures; scored unseen under 1.57.0
    # (1.56.0 the same), read in the sixtieth round
    "holdout136": SampleSet(
        "holdout136",
        FIXTURES / "holdout136",
        {
            "exact": {"position": 0.37, "statement": 0.742},
            "overlap": {"position": 0.37, "statement": 0.882},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.933,
    ),
    # built blind in the fifty-ninth round while its rules changed (sources.md): TIME,
    # Kurdistan24 and OSV News on the Ukraine peace talks of February 2026 (its Northeastern
    # Global News text removed: holdout139 holds the same text); no troops claims in its
    # gold; scored unseen under 1.57.0 and 1.58.0, left unread
    "holdout137": SampleSet(
        "holdout137",
        FIXTURES / "holdout137",
        {
            "exact": {"casualty": 0.888, "position": 0.677, "statement": 0.886},
            "overlap": {"casualty": 0.888, "position": 0.741, "statement": 0.929},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.949,
    ),
    # built blind in the fifty-ninth round while its rules changed (sources.md): two
    # columns of 2016 on the Kashmir unrest (The Telegraph, Kolkata, and Firstpost) from a
    # repository holdout66 used; small, no troops claims; scored unseen under 1.57.0 and
    # 1.58.0, read in the sixtieth round
    "holdout138": SampleSet(
        "holdout138",
        FIXTURES / "holdout138",
        {
            "exact": {"casualty": 1.0, "position": 0.357, "statement": 0.5},
            "overlap": {"casualty": 1.0, "position": 0.461, "statement": 0.714},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.8,
    ),
    # built blind in the fifty-ninth round while its rules changed (sources.md): CNBC on
    # the attack on Iran of February 2026, Fortune on Russia's war economy, and Northeastern
    # Global News on the Ukraine war's fifth year; no troops claims; scored unseen under
    # 1.57.0 and 1.58.0, left unread
    "holdout139": SampleSet(
        "holdout139",
        FIXTURES / "holdout139",
        {
            "exact": {"casualty": 0.869, "position": 0.692, "statement": 0.898},
            "overlap": {"casualty": 0.869, "position": 0.743, "statement": 0.929},
        },
        value_accuracy=0.9,
        speaker_accuracy=0.891,
    ),
    # built blind in the fifty-ninth round while its rules changed (sources.md): Catholic
    # News Agency on Christians in Nigeria and the Gatestone Institute on Hamas's public
    # executions (2025); small, no troops claims; scored unseen under 1.57.0 and 1.58.0,
    # read at the end of the sixtieth round
    "holdout140": SampleSet(
        "holdout140",
        FIXTURES / "holdout140",
        {
            "exact": {"casualty": 1.0, "position": 0.53, "statement": 0.827},
            "overlap": {"casualty": 1.0, "position": 0.612, "statement": 0.919},
        },
        # 1.0 (6/6) until detector 1.59.0: "hundreds of clergy, including Catholic
        # priests, have been kidnapped or attacked" is a figure now ("clergy" counts
        # people), typed captured by its first verb where the gold reads casualties
        value_accuracy=0.857,
        speaker_accuracy=0.95,
    ),
    # built blind at the end of the fifty-ninth round, its rules final (sources.md):
    # GlobalSecurity.org's machine-translated digest of the war bulletins of 10 February
    # 2025, EUobserver, ICIJ and PRIO on the Ukraine war; scored unseen under 1.58.0
    # (1.57.0 the same), read in the sixtieth round
    "holdout141": SampleSet(
        "holdout141",
        FIXTURES / "holdout141",
        {
            "exact": {"casualty": 0.9, "troops": 1.0, "position": 0.627, "statement": 0.895},
            "overlap": {"casualty": 0.9, "troops": 1.0, "position": 0.644, "statement": 0.938},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.956,
    ),
    # built blind at the end of the fifty-ninth round, its rules final (sources.md): two
    # TomDispatch essays (2021-22) on the Afghan war and the arms trade, as a magazine
    # reprinted them; long opinion, few figures; scored unseen under 1.58.0 (1.57.0 the
    # same), read in the sixtieth round
    "holdout142": SampleSet(
        "holdout142",
        FIXTURES / "holdout142",
        {
            "exact": {"casualty": 0.923, "position": 0.619, "statement": 0.415},
            "overlap": {"casualty": 0.923, "position": 0.637, "statement": 0.641},
        },
        value_accuracy=0.833,
        speaker_accuracy=0.647,
    ),
    # built blind in the sixtieth round while its rules changed (sources.md): one
    # OilPrice.com page of February 2026 on the Ukraine talks in Geneva, RFE/RL's wording
    # (an author earlier sets used); small, no troops claims; scored unseen under 1.58.0
    # and 1.59.0, read in the sixty-first
    "holdout143": SampleSet(
        "holdout143",
        FIXTURES / "holdout143",
        {
            "exact": {"casualty": 1.0, "position": 0.705, "statement": 0.977},
            "overlap": {"casualty": 1.0, "position": 0.823, "statement": 0.977},
        },
        value_accuracy=1.0,
        speaker_accuracy=1.0,
    ),
    # built blind in the sixtieth round while its rules changed (sources.md): Project
    # Censored's "Human Costs of War and Violence" (2011) as a repost stored it, cut at
    # 14,833 characters; one text; scored unseen under 1.58.0 and 1.59.0, read in the
    # sixty-first
    "holdout144": SampleSet(
        "holdout144",
        FIXTURES / "holdout144",
        {
            "exact": {"casualty": 0.864, "troops": 1.0, "position": 0.09, "statement": 0.255},
            "overlap": {"casualty": 0.864, "troops": 1.0, "position": 0.181, "statement": 0.465},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.75,
    ),
    # built blind in the sixtieth round while its rules changed (sources.md): five
    # UN-aligned reviews of Security Council meetings (2019-23: Ukraine, Libya, Gaza);
    # opinion, few figures; scored unseen under 1.58.0 and 1.59.0, read in the sixty-first
    "holdout145": SampleSet(
        "holdout145",
        FIXTURES / "holdout145",
        # statements 0.752 / 0.682 until detector 1.60.0: the writer's "This is not to say
        # that the organisation lacks people of goodwill …" was a statement whose speaker
        # was "that the organisation lacks …", and the unattributed quotation paragraph
        # after the next one took it up (five statements matched, none with its speaker);
        # no longer speech, the paragraph continues no one
        {
            "exact": {"casualty": 1.0, "troops": 1.0, "position": 0.584, "statement": 0.632},
            "overlap": {"casualty": 1.0, "troops": 1.0, "position": 0.666, "statement": 0.708},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.892,
    ),
    # built blind in the sixtieth round while its rules changed (sources.md): five Al-Ahed
    # News stories of 2016-17 (South Sudan's war and peacekeepers, the Lebanese army's
    # offensive on Daesh) from a 2017 crawl, their first paragraphs lost; scored unseen
    # under 1.58.0 and 1.59.0, read in the sixty-first
    "holdout146": SampleSet(
        "holdout146",
        FIXTURES / "holdout146",
        {
            "exact": {"casualty": 0.96, "troops": 1.0, "position": 0.693, "statement": 0.966},
            "overlap": {"casualty": 0.96, "troops": 1.0, "position": 0.833, "statement": 0.966},
        },
        value_accuracy=0.923,
        speaker_accuracy=0.965,
    ),
    # built blind in the sixtieth round while its rules changed (sources.md): The Courier
    # (Dundee), an AAP blurb in the Merimbula News Weekly and The Age from a news-search
    # API dump of April 2022; no required casualty claims, one troops claim; scored unseen
    # under 1.58.0 and 1.59.0, read in the sixty-first
    "holdout147": SampleSet(
        "holdout147",
        FIXTURES / "holdout147",
        {
            "exact": {"troops": 1.0, "position": 0.666, "statement": 0.92},
            "overlap": {"troops": 1.0, "position": 0.666, "statement": 0.92},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.689,
    ),
    # built blind at the end of the sixtieth round (sources.md): five Nigerian texts of
    # 2013-17 (The Nation, Channels Television, Daily Post) from a repository holdout61,
    # 62, 91 and 122 used, one of them NAN copy; few troops claims; scored unseen under
    # 1.58.0 and 1.59.0 (the same), left unread
    "holdout148": SampleSet(
        "holdout148",
        FIXTURES / "holdout148",
        {
            "exact": {"casualty": 1.0, "troops": 0.666, "position": 0.6, "statement": 0.898},
            "overlap": {"casualty": 1.0, "troops": 0.666, "position": 0.666, "statement": 0.927},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.687,
    ),
    # built blind at the end of the sixtieth round (sources.md): three doorstop interview
    # transcripts of Australia's prime minister (2002-06), labels on lines of their own,
    # from a repository holdout92 and 136 used; scored unseen under 1.58.0 and 1.59.0
    # (speakers 5/13 in both), then its format and statement errors were read and the
    # transcript turns mended (13/13)
    "holdout149": SampleSet(
        "holdout149",
        FIXTURES / "holdout149",
        {
            "exact": {"casualty": 0.5, "troops": 0.666, "position": 0.266, "statement": 0.684},
            "overlap": {"casualty": 0.5, "troops": 0.666, "position": 0.333, "statement": 0.684},
        },
        value_accuracy=1.0,
        speaker_accuracy=1.0,
    ),
    # built blind in the sixty-first round while its rules changed (sources.md): three
    # stories of The Guardian (Nigeria), 2016-17, from a repository holdout59, 61, 62, 91,
    # 117, 122, 125 and 148 used; no troops claims; scored unseen under 1.59.0 and 1.60.0
    # (the same), read in the sixty-second round
    "holdout150": SampleSet(
        "holdout150",
        FIXTURES / "holdout150",
        {
            "exact": {"casualty": 0.928, "position": 0.838, "statement": 0.86},
            "overlap": {"casualty": 0.928, "position": 0.838, "statement": 0.906},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.974,
    ),
    # built blind in the sixty-first round while its rules changed (sources.md): an EIU
    # brief on Hizbullah and Israel (2024), a New York Daily News op-ed on Afghanistan
    # (2015) and a Splinter story on Syria (2019); analysis, positions first; scored
    # unseen under 1.59.0 and 1.60.0 (the same), read in the sixty-second round
    "holdout151": SampleSet(
        "holdout151",
        FIXTURES / "holdout151",
        {
            "exact": {"casualty": 1.0, "troops": 1.0, "position": 0.843, "statement": 0.933},
            "overlap": {"casualty": 1.0, "troops": 1.0, "position": 0.843, "statement": 1.0},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.8,
    ),
    # built blind in the sixty-first round while its rules changed (sources.md): one
    # column of The Pioneer (New Delhi, 2008) on the 1999 Kandahar hijacking; few
    # figures; scored unseen under 1.59.0 and 1.60.0 (the same), read in the sixty-second
    # round
    "holdout153": SampleSet(
        "holdout153",
        FIXTURES / "holdout153",
        {
            "exact": {"casualty": 0.857, "position": 0.684, "statement": 0.851},
            "overlap": {"casualty": 0.857, "position": 0.684, "statement": 0.851},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.7,
    ),
    # built blind in the sixty-second round while its rules changed (sources.md): a
    # Polygraph.info fact check on al-Tanf (2019) and a Hot Air post on Xi and Taiwan
    # (2023), the texts an extraction benchmark and a dataset keep as ground truth; few
    # figures; scored unseen under 1.60.0 and 1.61.0 (the same), read in the sixty-third
    "holdout154": SampleSet(
        "holdout154",
        FIXTURES / "holdout154",
        {
            "exact": {"casualty": 1.0, "troops": 1.0, "position": 0.761, "statement": 0.931},
            "overlap": {"casualty": 1.0, "troops": 1.0, "position": 0.761, "statement": 0.977},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.906,
    ),
    # built blind in the sixty-second round while its rules changed (sources.md): France
    # 24 (2015), The Telegraph (2017) and DW (2020), pages readability libraries keep as
    # tests; few figures; scored unseen under 1.60.0 and 1.61.0 (the same), read in the
    # sixty-third
    "holdout155": SampleSet(
        "holdout155",
        FIXTURES / "holdout155",
        {
            "exact": {"casualty": 1.0, "position": 0.444, "statement": 0.944},
            "overlap": {"casualty": 1.0, "position": 0.444, "statement": 0.972},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.885,
    ),
    # built blind in the sixty-second round while its rules changed (sources.md): Daily
    # Express (2019) and Al Bawaba (2019), from an extraction benchmark's ground truth;
    # positions and statements only; scored unseen under 1.60.0 and 1.61.0 (the same),
    # read in the sixty-third
    "holdout156": SampleSet(
        "holdout156",
        FIXTURES / "holdout156",
        {
            "exact": {"position": 0.772, "statement": 0.972},
            "overlap": {"position": 0.772, "statement": 0.972},
        },
        value_accuracy=0.0,
        speaker_accuracy=0.861,
    ),
    # built blind in the sixty-second round with its rules final but for positions
    # (sources.md): the Ottawa Citizen (2022), City Journal (2022) and Modern Diplomacy
    # (2023), as a reader app's Readability test pages; few figures; scored unseen under
    # 1.60.0 and 1.61.0 (the same), read in the sixty-third
    "holdout157": SampleSet(
        "holdout157",
        FIXTURES / "holdout157",
        {
            "exact": {"casualty": 1.0, "troops": 0.8, "position": 0.582, "statement": 0.909},
            "overlap": {"casualty": 1.0, "troops": 0.8, "position": 0.582, "statement": 0.909},
        },
        value_accuracy=1.0,
        speaker_accuracy=1.0,
    ),
    # built blind in the sixty-second round with its rules final but for positions
    # (sources.md): one Western Journalism story (2016), a test fixture of a parser; scored
    # unseen under 1.60.0 and 1.61.0 (the same), read in the sixty-third
    "holdout158": SampleSet(
        "holdout158",
        FIXTURES / "holdout158",
        {
            "exact": {"casualty": 1.0, "position": 0.666, "statement": 1.0},
            "overlap": {"casualty": 1.0, "position": 0.666, "statement": 1.0},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.923,
    ),
    # built blind in the sixty-third round while its rules changed (sources.md): one
    # Channel 4 News page (2023) from a date-extraction library's test pages; casualty,
    # positions and statements; scored unseen under 1.61.0 and 1.62.0, left unread
    "holdout159": SampleSet(
        "holdout159",
        FIXTURES / "holdout159",
        {
            "exact": {"casualty": 1.0, "position": 0.666, "statement": 1.0},
            "overlap": {"casualty": 1.0, "position": 0.666, "statement": 1.0},
        },
        value_accuracy=1.0,
        speaker_accuracy=1.0,
    ),
    # built blind in the sixty-third round while its rules changed (sources.md): one
    # Politics.co.uk story (2023) from the same test pages; positions and statements only;
    # scored unseen under 1.61.0 and 1.62.0, left unread
    "holdout160": SampleSet(
        "holdout160",
        FIXTURES / "holdout160",
        {
            "exact": {"position": 0.941, "statement": 0.971},
            "overlap": {"position": 0.941, "statement": 0.971},
        },
        value_accuracy=0.0,
        speaker_accuracy=0.941,
    ),
    # made-up articles, casualty and troops only, written in the thirty-fifth round by a
    # helper who had not read the rules; held out from rule writers like fresh5 and fresh6
    "fresh14": SampleSet(
        "fresh14",
        FIXTURES / "fresh14",
        {
            "exact": {"casualty": 0.835, "troops": 0.771},
            "overlap": {"casualty": 0.898, "troops": 0.807},
        },
        value_accuracy=0.957,
        speaker_accuracy=1.0,
    ),
    # made-up articles, casualty and troops only, written in the thirty-fifth round by a
    # helper who had not read the rules; held out from rule writers like fresh5 and fresh6
    "fresh15": SampleSet(
        "fresh15",
        FIXTURES / "fresh15",
        {
            "exact": {"casualty": 0.693, "troops": 0.732},
            "overlap": {"casualty": 0.776, "troops": 0.762},
        },
        value_accuracy=0.969,
        speaker_accuracy=1.0,
    ),
    # made-up articles in varied house styles, annotated for positions only (its README)
    "fresh1": SampleSet(
        "fresh1",
        FRESH1,
        {"exact": {"position": 0.951}, "overlap": {"position": 0.964}},
        value_accuracy=1.0,
        speaker_accuracy=1.0,
    ),
    # made-up articles, casualty and troops only, written by a helper who had not read the
    # rules; the A half, which this round's rules were fixed on (its README)
    "fresh2a": SampleSet(
        "fresh2a",
        FIXTURES / "fresh2a",
        {
            "exact": {"casualty": 0.979, "troops": 0.914},
            "overlap": {"casualty": 0.979, "troops": 0.957},
        },
        value_accuracy=1.0,
        speaker_accuracy=1.0,
    ),
    # … and its B half, held back from the helper who fixed figures
    "fresh2b": SampleSet(
        "fresh2b",
        FIXTURES / "fresh2b",
        {
            "exact": {"casualty": 0.829, "troops": 0.857},
            "overlap": {"casualty": 0.902, "troops": 0.888},
        },
        value_accuracy=1.0,
        speaker_accuracy=1.0,
    ),
    # made-up articles, statements only; the A half, which the rules were fixed on
    "fresh3a": SampleSet(
        "fresh3a",
        FIXTURES / "fresh3a",
        {"exact": {"statement": 0.868}, "overlap": {"statement": 0.938}},
        value_accuracy=1.0,
        speaker_accuracy=0.837,
    ),
    # … and its B half, held back from the helper who fixed statements
    "fresh3b": SampleSet(
        "fresh3b",
        FIXTURES / "fresh3b",
        {"exact": {"statement": 0.855}, "overlap": {"statement": 0.879}},
        value_accuracy=1.0,
        speaker_accuracy=0.87,
    ),
    # made-up articles, positions only; the A half, which the rules were fixed on
    "fresh4a": SampleSet(
        "fresh4a",
        FIXTURES / "fresh4a",
        {"exact": {"position": 0.924}, "overlap": {"position": 0.942}},
        value_accuracy=1.0,
        speaker_accuracy=1.0,
    ),
    # … and its B half, held back from the helper who fixed positions
    "fresh4b": SampleSet(
        "fresh4b",
        FIXTURES / "fresh4b",
        {"exact": {"position": 0.801}, "overlap": {"position": 0.883}},
        value_accuracy=1.0,
        speaker_accuracy=1.0,
    ),
    # made-up articles of all four kinds, written by helpers who never read or ran the
    # detector, and never read by anyone who wrote rules: aggregate figures only
    "fresh5": SampleSet(
        "fresh5",
        FIXTURES / "fresh5",
        {
            "exact": {"casualty": 0.897, "troops": 0.911, "position": 0.813, "statement": 0.906},
            "overlap": {"casualty": 0.926, "troops": 0.911, "position": 0.822, "statement": 0.94},
        },
        value_accuracy=0.99,
        speaker_accuracy=0.866,
    ),
    # the second such set (its README)
    "fresh6": SampleSet(
        "fresh6",
        FIXTURES / "fresh6",
        {
            "exact": {"casualty": 0.895, "troops": 0.87, "position": 0.769, "statement": 0.928},
            "overlap": {"casualty": 0.91, "troops": 0.894, "position": 0.81, "statement": 0.949},
        },
        value_accuracy=1.0,
        speaker_accuracy=0.862,
    ),
    # made-up articles, positions only, by seven writers who had not read the rules (their
    # READMEs); the position model learns from fresh7 to fresh12
    "fresh7": SampleSet(
        "fresh7",
        FIXTURES / "fresh7",
        # exact lowered from 0.925 in the forty-second round: this set's annotator kept a
        # Markdown list's "* " inside the span, which guideline §5 (junk in front) and
        # the other sets with such lists (fresh4, fresh9, held-out 57 and 70) leave out
        {"exact": {"position": 0.892}, "overlap": {"position": 0.96}},
        value_accuracy=1.0,
        speaker_accuracy=1.0,
    ),
    "fresh8": SampleSet(
        "fresh8",
        FIXTURES / "fresh8",
        {"exact": {"position": 0.877}, "overlap": {"position": 0.877}},
        value_accuracy=1.0,
        speaker_accuracy=1.0,
    ),
    "fresh9": SampleSet(
        "fresh9",
        FIXTURES / "fresh9",
        {"exact": {"position": 0.779}, "overlap": {"position": 0.933}},
        value_accuracy=1.0,
        speaker_accuracy=1.0,
    ),
    "fresh10": SampleSet(
        "fresh10",
        FIXTURES / "fresh10",
        {"exact": {"position": 0.877}, "overlap": {"position": 0.94}},
        value_accuracy=1.0,
        speaker_accuracy=1.0,
    ),
    "fresh11": SampleSet(
        "fresh11",
        FIXTURES / "fresh11",
        {"exact": {"position": 0.865}, "overlap": {"position": 0.89}},
        value_accuracy=1.0,
        speaker_accuracy=1.0,
    ),
    "fresh12": SampleSet(
        "fresh12",
        FIXTURES / "fresh12",
        {"exact": {"position": 0.83}, "overlap": {"position": 0.898}},
        value_accuracy=1.0,
        speaker_accuracy=1.0,
    ),
    # written in the forty-ninth round by helpers who had not read the rules (new house
    # styles: long reads, releases, transcripts; feeds, live blogs, fact checks)
    "fresh19": SampleSet(
        "fresh19",
        FIXTURES / "fresh19",
        {"exact": {"position": 0.893}, "overlap": {"position": 0.918}},
        value_accuracy=1.0,
        speaker_accuracy=1.0,
    ),
    "fresh20": SampleSet(
        "fresh20",
        FIXTURES / "fresh20",
        {"exact": {"position": 0.824}, "overlap": {"position": 0.898}},
        value_accuracy=1.0,
        speaker_accuracy=1.0,
    ),
    # written in the forty-ninth round the same way and held out like fresh13 (a model
    # retrained with them scored the never-read real sets no better: 0.767 -> 0.764)
    "fresh21": SampleSet(
        "fresh21",
        FIXTURES / "fresh21",
        {"exact": {"position": 0.889}, "overlap": {"position": 0.904}},
        value_accuracy=1.0,
        speaker_accuracy=1.0,
    ),
    "fresh22": SampleSet(
        "fresh22",
        FIXTURES / "fresh22",
        {"exact": {"position": 0.887}, "overlap": {"position": 0.904}},
        value_accuracy=1.0,
        speaker_accuracy=1.0,
    ),
    # … and fresh13, held out: never read by anyone who writes rules, nor learned from
    "fresh13": SampleSet(
        "fresh13",
        FIXTURES / "fresh13",
        {"exact": {"position": 0.766}, "overlap": {"position": 0.847}},
        value_accuracy=1.0,
        speaker_accuracy=1.0,
    ),
    # … and fresh16 to fresh18 (positions), written in the thirty-sixth round the same way
    # and held out like fresh13
    "fresh16": SampleSet(
        "fresh16",
        FIXTURES / "fresh16",
        {"exact": {"position": 0.792}, "overlap": {"position": 0.862}},
        value_accuracy=1.0,
        speaker_accuracy=1.0,
    ),
    "fresh17": SampleSet(
        "fresh17",
        FIXTURES / "fresh17",
        {"exact": {"position": 0.798}, "overlap": {"position": 0.909}},
        value_accuracy=1.0,
        speaker_accuracy=1.0,
    ),
    "fresh18": SampleSet(
        "fresh18",
        FIXTURES / "fresh18",
        {"exact": {"position": 0.87}, "overlap": {"position": 0.919}},
        value_accuracy=1.0,
        speaker_accuracy=1.0,
    ),
}

pytestmark = pytest.mark.skipif(
    not SCORER.exists() or not (SHARED_SAMPLES / "gold.json").exists(),
    reason=f"samples not found at {SHARED_SAMPLES} (shared/ is not checked out next to the repo)",
)


@pytest.fixture(scope="module")
def score_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("samples_score", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module", params=sorted(SAMPLE_SETS))
def sample_set(request: pytest.FixtureRequest) -> SampleSet:
    return SAMPLE_SETS[request.param]


@pytest.fixture(scope="module")
def gold(sample_set: SampleSet) -> dict[str, Any]:
    with open(sample_set.folder / "gold.json", encoding="utf-8") as handle:
        return json.load(handle)


@pytest.fixture(scope="module")
def predictions(sample_set: SampleSet, gold: dict[str, Any]) -> list[dict[str, Any]]:
    preds = []
    for article in gold["articles"]:
        path = sample_set.folder / "articles" / f"{article['article_id']}.txt"
        with open(path, encoding="utf-8", newline="") as handle:
            text = handle.read()
        for claim in detect(text):
            record: dict[str, Any] = {
                "article_id": article["article_id"],
                "kind": claim.kind,
                "start": claim.start,
                "end": claim.end,
                "speaker": claim.speaker,
            }
            if claim.value is not None:
                record["value"] = {
                    "min": claim.value.min,
                    "max": claim.value.max,
                    "casualty_type": claim.value.casualty_type,
                }
            preds.append(record)
    return preds


@pytest.mark.parametrize("mode", ["exact", "overlap"])
def test_f1_per_kind(
    score_module: ModuleType,
    sample_set: SampleSet,
    gold: dict[str, Any],
    predictions: list[dict[str, Any]],
    mode: str,
) -> None:
    counts = score_module.score(gold, predictions, mode)
    for kind, floor in sample_set.f1_floors[mode].items():
        f1 = score_module.prf(counts[kind]["tp"], counts[kind]["fp"], counts[kind]["fn"])[2]
        assert f1 >= floor - MARGIN, (
            f"{sample_set.name}: {mode} F1 for {kind} fell to {f1:.3f} (floor {floor})"
        )


def test_value_and_speaker_accuracy(
    sample_set: SampleSet, gold: dict[str, Any], predictions: list[dict[str, Any]]
) -> None:
    annotated = {claim["kind"] for claim in gold["claims"]}
    if not annotated & {"casualty", "troops", "statement"}:
        pytest.skip(f"{sample_set.name} is annotated for positions only")
    pairs = matched_pairs(gold, predictions)
    figures, statements = figures_and_statements(pairs)
    # holdout30 (1987 wire politics) has no figure to match, the made-up sets are
    # annotated for some kinds only, and holdout136 marks its few figures optional: each
    # accuracy is tested where its kind is annotated as required.
    required = {claim["kind"] for claim in gold["claims"] if not claim.get("optional")}
    if required & {"casualty", "troops"}:
        assert figures
        value_accuracy = sum(value_matches(g, p) for g, p in figures) / len(figures)
        assert value_accuracy >= sample_set.value_accuracy - MARGIN
    if "statement" in annotated:
        assert statements
        speaker_accuracy = sum(speaker_matches(g, p) for g, p in statements) / len(statements)
        assert speaker_accuracy >= sample_set.speaker_accuracy - MARGIN


def test_lenient_speaker_comparison() -> None:
    gold_claim = {"speaker": "Sergei Ryabkov (Russian Deputy Foreign Minister)"}
    assert speaker_matches(gold_claim, {"speaker": "Sergei Ryabkov"})
    assert speaker_matches(gold_claim, {"speaker": "Russian deputy foreign minister"})
    assert speaker_matches({"speaker": "the Taliban"}, {"speaker": "Taliban"})
    assert speaker_matches({"speaker": "SOHR; Reuters"}, {"speaker": "Reuters"})
    assert speaker_matches({"speaker": "a diplomat"}, {"speaker": "one diplomat"})
    # an acronym stands for the name it is made of, either way round
    assert speaker_matches({"speaker": "United Nations"}, {"speaker": "UN"})
    assert speaker_matches({"speaker": "U.S."}, {"speaker": "the United States"})
    assert not speaker_matches({"speaker": "United Nations"}, {"speaker": "US"})
    assert speaker_matches({"speaker": "Syrian Arab News Agency"}, {"speaker": "SANA"})
    assert not speaker_matches({"speaker": "Syrian Arab News Agency"}, {"speaker": "SAA"})
    assert speaker_matches({"speaker": "police"}, {"speaker": "Westerville police"})
    assert not speaker_matches({"speaker": "Westerville police"}, {"speaker": "Westerville"})
    assert not speaker_matches({"speaker": "police"}, {"speaker": "the man who told police"})
    assert not speaker_matches(gold_claim, {"speaker": "Antony Blinken"})
    assert not speaker_matches(gold_claim, {"speaker": None})
