"""The detector: segment once, run each claim family's rules, return sorted claims."""

from annotator.detection.claims import DetectedClaim
from annotator.detection.figures import detect_figures
from annotator.detection.patterns import compile_patterns
from annotator.detection.sentences import segment
from annotator.detection.statements import StatementFinder, statement_claims
from annotator.detection.vocabulary import Vocabulary

_DEFAULT = Vocabulary.default()


def detect(text: str, vocabulary: Vocabulary | None = None) -> list[DetectedClaim]:
    """All claims the rules find in `text`, sorted by (start, end, kind).

    Offsets are code-point indices into `text` exactly as given (no normalisation).
    """
    patterns = compile_patterns(vocabulary or _DEFAULT)
    segmentation = segment(text)
    spans = [(s.start, s.end) for s in segmentation.sentences]
    claims = detect_figures(text, spans, patterns)
    units = StatementFinder(text, segmentation, patterns.vocabulary).units()
    claims.extend(statement_claims(units, text))
    return sorted(claims, key=lambda c: (c.start, c.end, c.kind))
