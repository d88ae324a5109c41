"""`export`, `settings` and the native import from the command line."""

import argparse
import json
from pathlib import Path

import pytest

from annotator.cli import commands_exchange
from annotator.cli.common import add_format_option
from annotator.errors import AnnotatorError
from annotator.exchange.native_import import import_native
from annotator.project import Project
from tests.exchange.conftest import export_text


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reviewer", default="Ann")
    subparsers = parser.add_subparsers(dest="command")
    commands_exchange.register(subparsers)
    for sub in subparsers.choices.values():
        if sub.get_default("wants_format"):
            add_format_option(sub)
    args = parser.parse_args(list(argv))
    code = args.handler(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_export_to_a_file_and_to_stdout(rich_project: Project, tmp_path: Path, capsys) -> None:
    path = str(rich_project.path)
    target = tmp_path / "verified.json"
    code, out, _ = run(capsys, "export", path, "-o", str(target), "--status", "verified")
    assert code == 0 and "Exported 1 claim(s) from 1 article(s) as json" in out
    assert json.loads(target.read_text("utf-8"))["selection"]["statuses"] == ["verified"]
    code, out, err = run(capsys, "export", path, "--format", "csv", "--kind", "casualty")
    assert out.startswith("\ufeffclaim_uuid") and out.count("\r\n") == 2
    assert "as csv to standard output" in err


def test_settings_then_claimreview(rich_project: Project, capsys) -> None:
    path = str(rich_project.path)
    rich_project.close()
    run(capsys, "settings", path, "claimreview.author_name", "Other Desk")
    code, out, _ = run(capsys, "settings", path, "--format", "json")
    assert json.loads(out)["claimreview.author_name"] == "Other Desk"
    run(capsys, "settings", path, "detector.limits", '{"max": 3}', "--json")
    code, out, _ = run(capsys, "settings", path, "detector.limits")
    assert code == 0
    assert '{"max": 3}' in out
    code, out, _ = run(capsys, "export", path, "--format", "claimreview")
    assert code == 0
    assert {r["author"]["name"] for r in json.loads(out)} == {"Other Desk"}


def test_native_import_into_new_and_existing_projects(
    rich_project: Project, tmp_path: Path, capsys
) -> None:
    export = tmp_path / "e.json"
    export.write_text(export_text(rich_project), encoding="utf-8")
    target = tmp_path / "new.claims"
    args = argparse.Namespace(project=str(target), reviewer="Ann", format="text")
    assert commands_exchange.run_native_import(args, export) == 0
    out, _ = capsys.readouterr()
    assert "claims: 5 new, 0 already here" in out
    assert commands_exchange.run_native_import(args, export) == 0
    out, _ = capsys.readouterr()
    assert "claims: 0 new, 5 already here" in out


def test_a_read_only_project_refuses_import(rich_project: Project, tmp_path: Path) -> None:
    from annotator.services.projects import open_project

    export = tmp_path / "e.json"
    export.write_text(export_text(rich_project), encoding="utf-8")
    rich_project.close()
    with open_project(rich_project.path, read_only=True) as reader, pytest.raises(AnnotatorError):
        import_native(reader, export)
