"""`compare` and `merge` on the command line, through a parser holding only these commands."""

import argparse
import json
from pathlib import Path

import pytest

from annotator.cli import commands_review
from annotator.cli.common import add_format_option
from annotator.project import Project
from annotator.services.claims import list_claims
from annotator.services.projects import open_project
from annotator.services.verdicts import set_verdict
from tests.helpers import claim_on

Side = tuple[Project, int]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    parser = argparse.ArgumentParser(prog="claim-annotator")
    parser.add_argument("--reviewer", default="Ann")
    subparsers = parser.add_subparsers(dest="command")
    commands_review.register(subparsers)
    for sub in subparsers.choices.values():
        if sub.get_default("wants_format"):
            add_format_option(sub)
    args = parser.parse_args(argv)
    code = args.handler(args)
    return code, capsys.readouterr().out


@pytest.fixture
def files(mine: Side, theirs: Side) -> tuple[Path, Path]:
    project, article = mine
    colleague, their_article = theirs
    set_verdict(project, claim_on(project, article, "More than 13,000 people"), "true")
    set_verdict(colleague, claim_on(colleague, their_article, "More than 13,000 people"), "false")
    claim_on(colleague, their_article, "tens of thousands of troops", kind="troops")
    claim_on(colleague, their_article, "General Ilse Varga", kind="statement")
    project.close()
    colleague.close()
    return project.path, colleague.path


def test_compare_text_and_json(
    capsys: pytest.CaptureFixture[str], files: tuple[Path, Path]
) -> None:
    mine, theirs = files
    code, out = run(capsys, "compare", str(mine), str(theirs))
    assert code == 0
    assert "1 paired claim(s), 0 the same" in out
    assert "Cohen's kappa, verdicts: 0.000 over 1 pair(s)" in out
    assert "Talks stall" in out and "only_theirs" in out
    code, out = run(capsys, "compare", str(mine), str(theirs), str(theirs), "--format", "json")
    data = json.loads(out)
    assert len(data["comparisons"]) == 2
    first = data["comparisons"][0]
    assert first["counts"]["only_theirs"] == 2 and first["counts"]["verdict"] == 1
    assert first["agreement"]["overall"]["exact"]["recall"] == 1
    assert {d["class"] for d in first["differences"]} == {"verdict", "only_theirs"}
    assert data["verdict_alpha"]["units"] == 1


def test_merge_policy_dry_run_then_real(
    capsys: pytest.CaptureFixture[str], files: tuple[Path, Path]
) -> None:
    mine, theirs = files
    code, out = run(
        capsys,
        "merge",
        str(mine),
        str(theirs),
        "--take",
        "only-theirs",
        "--kind",
        "troops",
        "--dry-run",
    )
    assert code == 0 and "Would take 1 of 1 difference(s) from 'Bob's desk'" in out
    with open_project(mine, read_only=True) as project:
        assert len(list_claims(project)) == 1
    code, out = run(
        capsys,
        "merge",
        str(mine),
        str(theirs),
        "--take",
        "only-theirs,verdicts",
        "--format",
        "json",
    )
    report = json.loads(out)
    assert report["created"] == {"claim": 2, "verdict": 1}
    with open_project(mine, read_only=True) as project:
        claims = list_claims(project)
        assert [c.verdict.rating if c.verdict else None for c in claims] == ["false", None, None]
    code, out = run(capsys, "merge", str(mine), str(theirs), "--take", "only-theirs,verdicts")
    assert "Took 0 of 0" in out  # compared again: nothing left to take


def test_unknown_policy_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        run(capsys, "merge", "a", "b", "--take", "everything")
