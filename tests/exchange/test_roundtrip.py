"""The native export is lossless: export, import into an empty project, export again."""

import json
from pathlib import Path

from annotator.exchange.export import export_to_file
from annotator.exchange.native_import import import_as_new_project, import_native
from annotator.project import Project
from annotator.services.claims import list_claims
from annotator.services.projects import create_project
from annotator.services.verdicts import verdict_history
from tests.exchange.conftest import export_text


def test_export_import_export_gives_the_same_bytes(rich_project: Project, tmp_path: Path) -> None:
    first = tmp_path / "first.json"
    export_to_file(rich_project, first)
    copy, report = import_as_new_project(tmp_path / "copy.claims", first, reviewer="Ann")
    with copy:
        second = export_text(copy)
    assert second.encode("utf-8") == first.read_bytes()
    assert len(report.claims.new) == 5 and not report.conflicts


def test_round_trip_keeps_what_the_services_show(rich_project: Project, tmp_path: Path) -> None:
    path = tmp_path / "e.json"
    export_to_file(rich_project, path)
    copy, _ = import_as_new_project(tmp_path / "copy.claims", path, reviewer="Ann")
    with copy:
        before = sorted(list_claims(rich_project), key=lambda c: c.uuid)
        after = sorted(list_claims(copy), key=lambda c: c.uuid)
        assert [
            (c.uuid, c.value, c.confidence, c.tags, c.verdict.rating if c.verdict else None)
            for c in before
        ] == [
            (c.uuid, c.value, c.confidence, c.tags, c.verdict.rating if c.verdict else None)
            for c in after
        ]
        died = next(c for c in after if c.kind == "casualty")
        assert died.confidence == 0.1 + 0.2  # not rounded to 15 digits
        assert [v.rating for v in verdict_history(copy, died.id)] == ["mostly_true", "half_true"]


def test_the_export_is_deterministic(rich_project: Project) -> None:
    assert export_text(rich_project) == export_text(rich_project)
    text = export_text(rich_project)
    assert text.endswith("}\n") and "\r" not in text
    assert text.startswith('{\n"format":"claim-annotator-export",\n"format_version":1,\n')


def test_import_into_another_project_maps_and_reports(
    rich_project: Project, tmp_path: Path
) -> None:
    path = tmp_path / "e.json"
    export_to_file(rich_project, path)
    with create_project(tmp_path / "other.claims", name="Other", reviewer="Ann") as other:
        report = import_native(other, path).value
        assert report.reviewers.mapped  # Ann exists there under another UUID
        assert sorted(report.kinds.new) == ["rumour"]
        again = import_native(other, path).value
        assert again.claims.new == [] and len(again.claims.same) == 5
        assert again.articles.new == [] and not again.conflicts
        exported = json.loads(export_text(other))
        assert {c["uuid"] for c in exported["claims"]} == {
            c["uuid"] for c in json.loads(export_text(rich_project))["claims"]
        }
