"""Exports validate against the shipped JSON Schema, and import enforces that same schema."""

import json
from typing import Any

import jsonschema
import pytest

from annotator.exchange.export import ExportFilter
from annotator.exchange.format import load_schema
from annotator.exchange.validation import SUPPORTED, SchemaViolationError, compile_schema
from annotator.project import Project
from tests.exchange.conftest import export_text


def _keywords(schema: Any) -> set[str]:
    if isinstance(schema, dict):
        found = set(schema)
        for key, value in schema.items():
            if key in ("properties", "$defs"):
                for sub in value.values():
                    found |= _keywords(sub)
            elif key in ("items", "additionalProperties") and isinstance(value, dict):
                found |= _keywords(value)
            elif key == "anyOf":
                for sub in value:
                    found |= _keywords(sub)
        return found
    return set()


def test_the_schema_is_valid_draft_2020_12_within_what_import_enforces() -> None:
    schema = load_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert _keywords(schema) <= SUPPORTED


@pytest.mark.parametrize(
    "options",
    [
        {},
        {"include_text": False},
        {"include_events": True},
        {"filter": ExportFilter(statuses=("verified",)), "include_events": True},
    ],
)
def test_exports_validate(rich_project: Project, options: dict) -> None:
    document = json.loads(export_text(rich_project, **options))
    jsonschema.Draft202012Validator(load_schema()).validate(document)
    compile_schema(load_schema())(document, ())


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d["claims"][0].update(start=-1),
        lambda d: d["claims"][0].update(confidence=1.5),
        lambda d: d["claims"][0].update(approx=True),
        lambda d: next(c for c in d["claims"] if c["sources"])["sources"][0].update(relation="x"),
        lambda d: d["articles"][0].update(text_sha256="abc"),
        lambda d: d["project"].update(uuid="not-a-uuid"),
        lambda d: d.update(format_version=True),
        lambda d: d.pop("claims"),
    ],
)
def test_schema_and_import_agree_on_bad_documents(rich_project: Project, change: Any) -> None:
    document = json.loads(export_text(rich_project))
    change(document)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(load_schema()).validate(document)
    with pytest.raises(SchemaViolationError):
        compile_schema(load_schema())(document, ())
