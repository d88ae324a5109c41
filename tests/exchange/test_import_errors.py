"""Bad input is refused with the file and the JSON path named, and nothing is imported."""

import json
from pathlib import Path
from typing import Any

import pytest

from annotator.errors import ImportFormatError
from annotator.exchange.import_checks import is_native_export
from annotator.exchange.native_import import import_native
from annotator.project import Project
from annotator.services.projects import create_project, project_info
from tests.exchange.conftest import export_text


@pytest.fixture
def document(rich_project: Project) -> dict[str, Any]:
    return json.loads(export_text(rich_project))


@pytest.fixture
def empty(tmp_path: Path) -> Project:
    return create_project(tmp_path / "empty.claims", name="Empty", reviewer="Ann")


def _refused(project: Project, tmp_path: Path, document: Any) -> str:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    before = project_info(project)
    with pytest.raises(ImportFormatError) as caught:
        import_native(project, path)
    after = project_info(project)
    assert (after.articles, after.claims, after.sources, after.reviewers) == (
        before.articles,
        before.claims,
        before.sources,
        before.reviewers,
    )
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    return message


def test_another_format_is_refused(empty: Project, tmp_path: Path, document: dict) -> None:
    document["format"] = "something-else"
    assert "format: not a Claim Annotator export" in _refused(empty, tmp_path, document)


def test_a_newer_version_is_refused(empty: Project, tmp_path: Path, document: dict) -> None:
    document["format_version"] = 2
    assert "format_version: 2 is newer than this app reads" in _refused(empty, tmp_path, document)


def test_malformed_json_names_line_and_column(empty: Project, tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"format": "claim-annotator-export",\n "claims": [}', encoding="utf-8")
    with pytest.raises(ImportFormatError, match=r"broken.json: not valid JSON: line 2 column"):
        import_native(empty, path)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda d: d["claims"][2].update(start="7"),
            "claims[2].start: must be integer, not a string",
        ),
        (
            lambda d: d["claims"][1].update(start=d["claims"][1]["end"]),
            "claims[1].start: must be < end",
        ),
        (
            lambda d: d["claims"][0].update(end=10_000),
            "claims[0].end: is past the end of the article",
        ),
        (
            lambda d: d["claims"][3].update(exact="forged quote"),
            "claims[3].exact: does not match the article text",
        ),
        (lambda d: d["claims"][0].pop("status"), 'claims[0]: missing required field "status"'),
        (lambda d: d["claims"][0].update(extra=1), "claims[0].extra: unknown field"),
        (lambda d: d["claims"][0].update(status="done"), "claims[0].status: must be one of"),
        (
            lambda d: d["claims"][0].update(created_at="2024-01-01T00:00:00"),
            "claims[0].created_at:",
        ),
        (lambda d: d["claims"][0].update(kind="gossip"), "claims[0].kind: kind 'gossip' is not in"),
        (
            lambda d: d["articles"][0].update(text="changed"),
            "articles[0].text: does not match text_sha256",
        ),
        (lambda d: d["reviewers"].pop(), "names reviewer"),
    ],
)
def test_bad_values_are_refused_with_their_path(
    empty: Project, tmp_path: Path, document: dict, change: Any, expected: str
) -> None:
    change(document)
    assert expected in _refused(empty, tmp_path, document)


def test_every_mismatching_claim_is_listed(empty: Project, tmp_path: Path, document: dict) -> None:
    for claim in document["claims"]:
        claim["exact"] = "x" + claim["exact"][1:]
    message = _refused(empty, tmp_path, document)
    assert "5 problem(s)" in message
    assert all(f"claims[{i}].exact" in message for i in range(5))


def test_no_text_export_needs_the_articles_in_the_project(
    rich_project: Project, empty: Project, tmp_path: Path
) -> None:
    path = tmp_path / "lean.json"
    path.write_text(export_text(rich_project, include_text=False), encoding="utf-8")
    with pytest.raises(ImportFormatError) as caught:
        import_native(empty, path)
    assert "articles[0].text: missing" in str(caught.value)
    assert "articles[1].text: missing" in str(caught.value)
    # Into a project that has the texts, the same file imports (nothing new to add).
    report = import_native(rich_project, path).value
    assert report.claims.new == [] and len(report.claims.same) == 5


def test_native_exports_are_recognised_by_content(rich_project: Project, tmp_path: Path) -> None:
    native = tmp_path / "export.txt"
    native.write_text(export_text(rich_project), encoding="utf-8")
    corpus = tmp_path / "corpus.json"
    corpus.write_text('{"id": "a1", "text": "format"}\n', encoding="utf-8")
    assert is_native_export(native)
    assert not is_native_export(corpus)
    assert not is_native_export(tmp_path / "missing.json")
