"""Reading the detector's data files (the position model, the confidence table).

They ship inside the package and are written by tools, not by hand, but a damaged or
half-copied install should still say which file is wrong rather than end in a traceback.
"""

import json
from importlib.resources.abc import Traversable
from typing import Any

from annotator.errors import AnnotatorError


def read_json(source: Traversable, error: type[AnnotatorError], what: str) -> Any:
    """The JSON in `source` (a `Path` or package resource); `error`, naming `what` and the
    file, when it cannot be read or is not JSON."""
    try:
        return json.loads(source.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise error(f"cannot read the {what} {source}: {exc}") from exc
