"""Fuzzing the native JSON import: any input gives a clean error or a correct import.

Starting from a real export, Hypothesis mutates the document (deleting keys,
replacing values with values of other types, changing offsets and texts) and
also feeds arbitrary bytes.  The import must either succeed, leaving a project
that passes `check_project`, or raise an `AnnotatorError`, leaving the project
exactly as it was (all or nothing).
"""

import json
import os
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.errors import AnnotatorError
from annotator.exchange.export import ExportOptions, export_to_file
from annotator.exchange.native_import import import_native
from annotator.services.articles import import_drafts
from annotator.services.claims import add_claim, list_claims
from annotator.services.integrity import check_project
from annotator.services.projects import create_project
from annotator.services.verdicts import set_verdict
from tests.helpers import SAMPLE_TEXT, sample_draft, span_of

EXAMPLES = int(os.environ.get("CLAIM_ANNOTATOR_FUZZ_EXAMPLES", "100"))
_seed_cache: dict[str, Any] = {}


def seed_document(folder: Path) -> dict[str, Any]:
    """A small real export (one article, two claims, a verdict), built once."""
    if "doc" not in _seed_cache:
        project = create_project(folder / "seed.claims", name="Seed", reviewer="Ann")
        article = import_drafts(project, [sample_draft()]).value.added_article_ids[0]
        start, end = span_of(SAMPLE_TEXT, "More than 13,000 people")
        claim = add_claim(project, article_id=article, start=start, end=end, kind="casualty").value
        set_verdict(project, claim, "false", "No.")
        add_claim(project, article_id=article, start=0, end=5, kind="troops")
        export_to_file(project, folder / "seed.json", ExportOptions())
        project.close()
        _seed_cache["doc"] = json.loads((folder / "seed.json").read_text(encoding="utf-8"))
    return json.loads(json.dumps(_seed_cache["doc"]))


ODD_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=True),
    st.text(max_size=20),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)


def paths(document: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every key/index path in a JSON document."""
    found: list[tuple[Any, ...]] = []
    if isinstance(document, dict):
        for key, value in document.items():
            found.append((*prefix, key))
            found.extend(paths(value, (*prefix, key)))
    elif isinstance(document, list):
        for index, value in enumerate(document):
            found.append((*prefix, index))
            found.extend(paths(value, (*prefix, index)))
    return found


def mutate(document: Any, path: tuple[Any, ...], action: str, value: Any) -> None:
    parent = document
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    if action == "delete":
        del parent[last]
    else:
        parent[last] = value


def state(project: Any) -> list[tuple[str, int, int, str]]:
    return sorted((c.uuid, c.start, c.end, c.kind) for c in list_claims(project))


def attempt(tmp_path: Path, data: bytes) -> None:
    target = tmp_path / "target.claims"
    for leftover in tmp_path.glob("target.claims*"):
        leftover.unlink()
    source = tmp_path / "input.json"
    source.write_bytes(data)
    with create_project(target, name="Target", reviewer="Bo") as project:
        before = state(project)
        try:
            import_native(project, source)
        except AnnotatorError:
            assert state(project) == before  # nothing partly imported
            return
        assert check_project(project) == []


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(choice=st.data())
def test_mutated_exports_import_cleanly_or_not_at_all(tmp_path: Path, choice: Any) -> None:
    document = seed_document(tmp_path)
    for _ in range(choice.draw(st.integers(1, 3))):
        where = paths(document)
        if not where:
            break
        path = choice.draw(st.sampled_from(where))
        action = choice.draw(st.sampled_from(["delete", "replace"]))
        try:
            mutate(document, path, action, choice.draw(ODD_VALUES))
        except (KeyError, IndexError, TypeError):
            continue
    attempt(tmp_path, json.dumps(document, ensure_ascii=False, allow_nan=True).encode("utf-8"))


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.binary(max_size=400))
def test_arbitrary_bytes_are_refused_cleanly(tmp_path: Path, data: bytes) -> None:
    attempt(tmp_path, data)
