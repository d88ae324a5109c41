"""Rule-based claim detection for news articles (casualty, troops, position, statement).

Pure Python, no Qt and no network: `detect(text)` returns `DetectedClaim`s with offsets
into the text as given.  Rules follow the annotation guideline; the words they use live
in a `Vocabulary` a project can extend.

`detect` is loaded on first use: the detector compiles its patterns when it is
imported (some 60 ms), which commands that never detect, such as an import with
`--no-detect`, should not pay for.  Its callers reach it as `detection.detect`
(an attribute read when called), or import it inside the function that calls it.
"""

from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotator.build import warn_if_stale
from annotator.detection.claims import DetectedClaim
from annotator.detection.vocabulary import Vocabulary

if TYPE_CHECKING:
    from annotator.detection.detector import detect

#: Bumped whenever rules or default vocabulary change what is detected.
DETECTOR_VERSION = "1.64.0"

__all__ = ["DETECTOR_VERSION", "DetectedClaim", "Vocabulary", "detect"]

warn_if_stale(Path(__file__).parent)  # the rule modules are compiled (setup.py)


def __getattr__(name: str) -> Any:
    """Import the detector when `detect` is first asked for (PEP 562)."""
    if name == "detect":
        from annotator.detection.detector import detect

        return detect
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
