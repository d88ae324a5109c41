"""Importing records the project already holds changes nothing and reports each difference."""

import json
from pathlib import Path

from annotator.exchange.export import export_to_file
from annotator.exchange.native_import import first_lines, import_native
from annotator.project import Project
from annotator.services.claims import list_claims, update_claim
from annotator.services.history import recent_events
from annotator.services.projects import create_project
from tests.exchange.conftest import export_text


def test_conflicts_are_listed_and_the_project_keeps_its_version(
    rich_project: Project, tmp_path: Path
) -> None:
    path = tmp_path / "e.json"
    export_to_file(rich_project, path)
    claim = next(c for c in list_claims(rich_project) if c.kind == "troops")
    update_claim(rich_project, claim.id, speaker="a spokesman", status="disputed")
    document = json.loads(path.read_text("utf-8"))
    document["claims"].append(
        {
            **document["claims"][0],
            "uuid": "00000000-0000-4000-8000-000000000001",
            "verdict": None,
            "verdict_history": [],
            "comments": [],
        }
    )
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    before = export_text(rich_project)

    report = import_native(rich_project, path).value

    assert [(c.entity, c.key, c.fields) for c in report.conflicts] == [
        ("claim", claim.uuid, ("speaker", "status", "updated_at"))
    ]
    assert report.claims.new == ["00000000-0000-4000-8000-000000000001"]
    assert len(report.claims.same) == 4
    after = {c.uuid: c for c in list_claims(rich_project)}
    assert after[claim.uuid].speaker == "a spokesman"  # not overwritten
    assert (
        len(json.loads(export_text(rich_project))["claims"])
        == len(json.loads(before)["claims"]) + 1
    )
    assert any("conflict: claim" in line for line in first_lines(report))


def test_import_writes_audit_events(rich_project: Project, tmp_path: Path) -> None:
    path = tmp_path / "e.json"
    export_to_file(rich_project, path)
    with create_project(tmp_path / "o.claims", name="O", reviewer="Cy") as other:
        import_native(other, path)
        events = recent_events(other, limit=10)
    assert events[0].entity == "project" and events[0].data["claims"] == 5
    assert {(e.entity, e.action, e.data.get("claims")) for e in events[1:3]} == {
        ("article", "created", 3),
        ("article", "created", 2),
    }


def test_an_article_already_present_by_text_receives_the_claims(
    rich_project: Project, tmp_path: Path
) -> None:
    path = tmp_path / "e.json"
    export_to_file(rich_project, path)
    document = json.loads(path.read_text("utf-8"))
    with create_project(tmp_path / "o.claims", name="O", reviewer="Ann") as other:
        from annotator.services.articles import import_drafts
        from tests.helpers import sample_draft

        existing_id = import_drafts(other, [sample_draft()]).value.added_article_ids[0]
        report = import_native(other, path).value
        first = next(a for a in document["articles"] if a["external_id"] == "n-1")
        assert first["uuid"] in report.articles.mapped
        assert existing_id not in report.added_article_ids
        assert sum(c.article_id == existing_id for c in list_claims(other)) == 3
