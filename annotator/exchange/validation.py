"""Checking a document against the shipped JSON Schema, naming the JSON path of each problem.

The schema file is the contract; this module enforces that very file, so the
two can never drift apart.  It compiles the subset of JSON Schema 2020-12 that
the schema uses (the keywords in `SUPPORTED`; a test keeps it that way) into
nested closures once, which checks 200,000 claims in a few seconds, where a
general-purpose validator would take far longer and report paths less plainly.
"""

import re
from collections.abc import Callable
from typing import Any

from annotator.exchange.times import import_time

SUPPORTED = frozenset(
    {
        "$schema",
        "$id",
        "$defs",
        "$ref",
        "title",
        "description",
        "type",
        "properties",
        "required",
        "additionalProperties",
        "items",
        "enum",
        "const",
        "minimum",
        "maximum",
        "minLength",
        "pattern",
        "format",
        "anyOf",
    }
)

JsonPath = tuple[str | int, ...]
Check = Callable[[Any, JsonPath], None]


class SchemaViolationError(Exception):
    """A value that breaks the schema, with where it is."""

    def __init__(self, path: JsonPath, message: str) -> None:
        self.path = path
        self.message = message
        super().__init__(f"{format_path(path)}: {message}")


def format_path(path: JsonPath) -> str:
    """`("claims", 12, "start")` as `claims[12].start`; the document itself is `(top level)`."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text or "(top level)"


_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "null": (type(None),),
    "object": (dict,),
    "array": (list,),
}
_JSON_NAMES = {
    str: "a string",
    int: "an integer",
    float: "a number",
    bool: "true or false",
    type(None): "null",
    dict: "an object",
    list: "an array",
}


def _describe(value: Any) -> str:
    return _JSON_NAMES.get(type(value), type(value).__name__)


def _type_check(names: list[str]) -> Check:
    allowed = tuple(t for name in names for t in _TYPES[name])
    booleans_allowed = "boolean" in names
    wanted = " or ".join(names)

    def check(value: Any, path: JsonPath) -> None:
        # bool is an int in Python but not a number in JSON.
        if not isinstance(value, allowed) or (isinstance(value, bool) and not booleans_allowed):
            raise SchemaViolationError(path, f"must be {wanted}, not {_describe(value)}")

    return check


class _Compiler:
    def __init__(self, root: dict[str, Any]) -> None:
        self.root = root
        self.refs: dict[str, Check] = {}

    def ref(self, pointer: str) -> Check:
        if pointer not in self.refs:
            name = pointer.removeprefix("#/$defs/")
            target: dict[str, Check] = {}
            self.refs[pointer] = lambda value, path: target["check"](value, path)
            target["check"] = self.compile(self.root["$defs"][name])
        return self.refs[pointer]

    def compile(self, schema: dict[str, Any]) -> Check:
        unknown = set(schema) - SUPPORTED
        if unknown:
            raise ValueError(f"unsupported schema keywords: {', '.join(sorted(unknown))}")
        checks: list[Check] = []
        if "$ref" in schema:
            checks.append(self.ref(schema["$ref"]))
        if "type" in schema:
            names = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
            checks.append(_type_check(names))
        if "const" in schema:
            checks.append(_const(schema["const"]))
        if "enum" in schema:
            checks.append(_enum(schema["enum"]))
        if "anyOf" in schema:
            checks.append(self.any_of(schema["anyOf"]))
        checks.extend(_scalar_checks(schema))
        if "properties" in schema or "required" in schema or "additionalProperties" in schema:
            checks.append(self.object(schema))
        if "items" in schema:
            checks.append(self.array(schema["items"]))
        if len(checks) == 1:
            return checks[0]

        def check(value: Any, path: JsonPath) -> None:
            for step in checks:
                step(value, path)

        return check

    def any_of(self, options: list[dict[str, Any]]) -> Check:
        compiled = [self.compile(option) for option in options]

        def check(value: Any, path: JsonPath) -> None:
            problems: list[SchemaViolationError] = []
            for option in compiled:
                try:
                    option(value, path)
                except SchemaViolationError as problem:
                    problems.append(problem)
                else:
                    return
            # The deepest problem is the one that says what is wrong with an almost-right value.
            raise max(problems, key=lambda p: len(p.path))

        return check

    def object(self, schema: dict[str, Any]) -> Check:
        properties = {key: self.compile(sub) for key, sub in schema.get("properties", {}).items()}
        required = tuple(schema.get("required", ()))
        extra = schema.get("additionalProperties", True)
        closed = extra is False

        def check(value: Any, path: JsonPath) -> None:
            if not isinstance(value, dict):
                return  # the type check reports it
            for key in required:
                if key not in value:
                    raise SchemaViolationError(path, f'missing required field "{key}"')
            for key, item in value.items():
                step = properties.get(key)
                if step is not None:
                    step(item, (*path, key))
                elif closed:
                    raise SchemaViolationError((*path, key), "unknown field")

        return check

    def array(self, items: dict[str, Any]) -> Check:
        step = self.compile(items)

        def check(value: Any, path: JsonPath) -> None:
            if isinstance(value, list):
                for index, item in enumerate(value):
                    step(item, (*path, index))

        return check


def _const(expected: Any) -> Check:
    def check(value: Any, path: JsonPath) -> None:
        if value != expected or type(value) is not type(expected):
            raise SchemaViolationError(path, f"must be {expected!r}")

    return check


def _enum(allowed: list[Any]) -> Check:
    members = {(type(v), v) for v in allowed}
    listed = ", ".join("null" if v is None else str(v) for v in allowed)

    def check(value: Any, path: JsonPath) -> None:
        if (type(value), value) not in members:
            raise SchemaViolationError(path, f"must be one of: {listed} (got {value!r})")

    return check


def _scalar_checks(schema: dict[str, Any]) -> list[Check]:
    checks: list[Check] = []
    if "minimum" in schema or "maximum" in schema:
        low, high = schema.get("minimum"), schema.get("maximum")

        def bounds(value: Any, path: JsonPath) -> None:
            if isinstance(value, int | float) and not isinstance(value, bool):
                if low is not None and value < low:
                    raise SchemaViolationError(path, f"must be >= {low} (got {value})")
                if high is not None and value > high:
                    raise SchemaViolationError(path, f"must be <= {high} (got {value})")

        checks.append(bounds)
    if "minLength" in schema:
        shortest = schema["minLength"]

        def length(value: Any, path: JsonPath) -> None:
            if isinstance(value, str) and len(value) < shortest:
                raise SchemaViolationError(
                    path, "must not be empty" if shortest == 1 else "too short"
                )

        checks.append(length)
    if "pattern" in schema:
        pattern = re.compile(schema["pattern"])

        def matches(value: Any, path: JsonPath) -> None:
            if isinstance(value, str) and not pattern.search(value):
                raise SchemaViolationError(path, f"{value[:80]!r} does not have the expected form")

        checks.append(matches)
    if schema.get("format") == "date-time":

        def date_time(value: Any, path: JsonPath) -> None:
            if isinstance(value, str):
                try:
                    import_time(value)
                except ValueError as error:
                    raise SchemaViolationError(
                        path, f"{value[:40]!r} is not a time: {error}"
                    ) from None

        checks.append(date_time)
    return checks


def compile_schema(schema: dict[str, Any]) -> Check:
    """A checker for `schema`: raises SchemaViolationError at the first problem it finds."""
    return _Compiler(schema).compile(schema)
