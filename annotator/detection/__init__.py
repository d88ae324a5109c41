"""Rule-based claim detection for news articles (casualty, troops, position, statement).

Pure Python, no Qt and no network: `detect(text)` returns `DetectedClaim`s with offsets
into the text as given.  Rules follow the annotation guideline; the words they use live
in a `Vocabulary` a project can extend.
"""

from annotator.detection.claims import DetectedClaim
from annotator.detection.detector import detect
from annotator.detection.vocabulary import Vocabulary

#: Bumped whenever rules or default vocabulary change what is detected.
DETECTOR_VERSION = "1.0.0"

__all__ = ["DETECTOR_VERSION", "DetectedClaim", "Vocabulary", "detect"]
