"""The identity of the native export format and the JSON Schema that defines it.

`FORMAT_ID` and `FORMAT_VERSION` are written at the top of every native
export.  The version is bumped whenever a field is added, removed or changes
meaning, and import refuses files with a newer version rather than dropping
what it does not understand.
"""

import json
from functools import cache
from importlib.resources import files
from typing import Any

FORMAT_ID = "claim-annotator-export"
FORMAT_VERSION = 1
SCHEMA_RESOURCE = "claim-annotator-export.schema.json"


@cache
def load_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) shipped inside the package; read once."""
    text = files("annotator.exchange").joinpath("schema", SCHEMA_RESOURCE).read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


# Claim fields an export carries under their own names and types, unchanged: the
# CSV columns, the JSONL record and the import all copy these as they are.
CLAIM_ATTRIBUTE_FIELDS = (
    "speaker",
    "via",
    "location",
    "time_ref",
    "status",
    "origin",
    "rule",
    "detector_version",
    "confidence",
)
