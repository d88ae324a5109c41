"""The detector: segment once, run each claim family's rules, return sorted claims."""

from operator import attrgetter

from annotator.detection.claims import DetectedClaim
from annotator.detection.figures import detect_figures
from annotator.detection.patterns import compile_patterns, sentence_cues
from annotator.detection.positions import detect_positions
from annotator.detection.sentences import segment
from annotator.detection.statements import StatementFinder, statement_claims
from annotator.detection.vocabulary import Vocabulary
from annotator.domain import KIND_TROOPS

#: The default vocabulary's patterns, looked up once: `compile_patterns` is cached per
#: vocabulary, but the lookup hashes every term list of it on each call.
_DEFAULT_PATTERNS = compile_patterns(Vocabulary.default())
_CLAIM_ORDER = attrgetter("start", "end", "kind")


def detect(text: str, vocabulary: Vocabulary | None = None) -> list[DetectedClaim]:
    """All claims the rules find in `text`, sorted by (start, end, kind).

    Offsets are code-point indices into `text` exactly as given (no normalisation).
    """
    patterns = _DEFAULT_PATTERNS if vocabulary is None else compile_patterns(vocabulary)
    segmentation = segment(text)
    spans = [(s.start, s.end) for s in segmentation.sentences]
    claims = detect_figures(text, spans, patterns)
    cues = sentence_cues(text, spans, patterns)
    finder = StatementFinder(text, segmentation, patterns, cues)
    units = finder.units()
    claims.extend(statement_claims(units, text))
    speakers: dict[int, str | None] = {}
    for unit in units:
        for sentence in segmentation.sentences[unit.first_sentence : unit.last_sentence + 1]:
            speakers[sentence.start] = unit.speaker
    troops = [c for c in claims if c.kind == KIND_TROOPS]
    claims.extend(detect_positions(text, spans, patterns, finder.phrases, speakers, troops, cues))
    return sorted(claims, key=_CLAIM_ORDER)
