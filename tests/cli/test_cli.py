"""The command line: each subcommand through `main()`, checking output and the project file."""

import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.services.claims import add_claim, set_status
from annotator.services.projects import open_project
from annotator.services.verdicts import set_verdict


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--reviewer", "Cli Tester", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.jsonl"
    text = "Officials said at least 21 civilians were killed and 3,000 troops moved north."
    records = [
        {
            "id": "a1",
            "title": "First",
            "text": text,
            "outlet": "Northwire",
            "spans": [
                {
                    "start": text.index("at least 21 civilians"),
                    "end": text.index("at least 21 civilians") + 21,
                    "label": "casualty",
                },
                {
                    "start": text.index("3,000 troops"),
                    "end": text.index("3,000 troops") + 12,
                    "label": "troops",
                },
            ],
        },
        {"id": "a2", "title": "Second", "text": "A quiet day on the front."},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


def test_new_import_info_claims_check(capsys, tmp_path: Path, corpus: Path) -> None:
    project = tmp_path / "p.claims"
    code, out, _ = run(capsys, "new", str(project), "--name", "Desk")
    assert code == 0 and "Created project 'Desk'" in out

    code, out, _ = run(capsys, "import", str(project), str(corpus), "--no-detect")
    assert code == 0
    assert "Imported 2 article(s) with 2 claim(s)." in out
    assert "Detected" not in out

    code, out, _ = run(capsys, "import", str(project), str(corpus), "--format", "json")
    report = json.loads(out)
    assert report["added_article_ids"] == [] and len(report["skipped"]) == 2

    code, out, _ = run(capsys, "info", str(project), "--format", "json")
    info = json.loads(out)["project"]
    assert (info["name"], info["articles"], info["claims"]) == ("Desk", 2, 2)

    code, out, _ = run(capsys, "claims", str(project), "--kind", "troops", "--format", "json")
    listed = json.loads(out)
    assert listed["count"] == 1
    assert listed["claims"][0]["exact"] == "3,000 troops"
    assert listed["claims"][0]["origin"] == "imported"

    code, out, _ = run(capsys, "claims", str(project))
    assert code == 0 and "at least 21 civilians" in out and "2 claim(s)" in out

    code, out, _ = run(capsys, "check", str(project))
    assert (code, out.strip()) == (0, f"{project}: ok")

    with sqlite3.connect(project) as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM reviewer")}
    assert "Cli Tester" in names


def test_import_runs_the_detector_by_default(capsys, tmp_path: Path, corpus: Path) -> None:
    project = tmp_path / "p.claims"
    run(capsys, "new", str(project))
    code, out, _ = run(capsys, "import", str(project), str(corpus), "--format", "json")
    report = json.loads(out)
    assert code == 0 and report["claims_added"] == 2 and report["claims_detected"] >= 1
    _, out, _ = run(capsys, "claims", str(project), "--origin", "detected", "--format", "json")
    assert json.loads(out)["count"] == report["claims_detected"]


def test_claims_filters_from_the_command_line(capsys, tmp_path: Path, corpus: Path) -> None:
    project = tmp_path / "p.claims"
    run(capsys, "new", str(project))
    run(capsys, "import", str(project), str(corpus), "--no-detect")
    with open_project(project, reviewer="Ann") as opened:
        set_verdict(opened, 1, "false")
        set_status(opened, 2, "verified")
    _, out, _ = run(capsys, "claims", str(project), "--verdict", "false", "--format", "json")
    assert [c["id"] for c in json.loads(out)["claims"]] == [1]
    _, out, _ = run(capsys, "claims", str(project), "--status", "verified", "--format", "json")
    assert [c["id"] for c in json.loads(out)["claims"]] == [2]


def test_known_errors_are_one_line_without_traceback(capsys, tmp_path: Path) -> None:
    bad = tmp_path / "bad.claims"
    bad.write_bytes(b"not a database at all, just text" * 10)
    code, out, err = run(capsys, "info", str(bad))
    assert code == 1
    assert err.startswith("claim-annotator: error: ") and "not a SQLite database" in err
    assert "Traceback" not in err + out

    code, _, err = run(capsys, "new", str(bad))
    assert code == 1 and "already exists" in err


def test_bad_import_changes_nothing(capsys, tmp_path: Path) -> None:
    project = tmp_path / "p.claims"
    run(capsys, "new", str(project))
    good = tmp_path / "good.txt"
    good.write_text("A good article about 40 soldiers.", encoding="utf-8")
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        '{"id": "x", "title": "T", "text": "abc", '
        '"spans": [{"start": 0, "end": 2, "label": "rumour"}]}\n',
        encoding="utf-8",
    )
    code, _, err = run(capsys, "import", str(project), str(good), str(bad))
    assert code == 1 and "unknown claim kind 'rumour'" in err
    with sqlite3.connect(project) as conn:
        assert conn.execute("SELECT count(*) FROM article").fetchone()[0] == 0


def test_check_reports_a_damaged_quote(capsys, tmp_path: Path, corpus: Path) -> None:
    project = tmp_path / "p.claims"
    run(capsys, "new", str(project))
    run(capsys, "import", str(project), str(corpus), "--no-detect")
    with sqlite3.connect(project) as conn:
        conn.execute("UPDATE claim SET exact = 'forged' WHERE id = 1")
    code, out, _ = run(capsys, "check", str(project), "--format", "json")
    assert code == 1
    assert json.loads(out)["problems"] == ["claim 1: quote does not match article 1 at 15..36"]


def test_gui_subcommand_goes_through_the_entry_point(monkeypatch, tmp_path: Path) -> None:
    calls: list[dict[str, object]] = []

    import ui.app

    monkeypatch.setattr(ui.app, "main", lambda **kwargs: calls.append(kwargs) or 0)
    assert main(["--reviewer", "R", "gui", str(tmp_path / "x.claims"), "--read-only"]) == 0
    assert main(["--reviewer", "R"]) == 0
    assert calls == [
        {"project": str(tmp_path / "x.claims"), "demo": False, "read_only": True, "reviewer": "R"},
        {"project": None, "demo": False, "read_only": False, "reviewer": "R"},
    ]


def test_python_dash_m_runs_the_cli(tmp_path: Path) -> None:
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "annotator", "new", str(tmp_path / "m.claims")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "m.claims").exists()


def test_add_claim_is_visible_to_cli(capsys, tmp_path: Path, corpus: Path) -> None:
    project = tmp_path / "p.claims"
    run(capsys, "new", str(project))
    run(capsys, "import", str(project), str(corpus), "--no-detect")
    with open_project(project, reviewer="Ann") as opened:
        add_claim(opened, article_id=2, start=2, end=7, kind="position", subtype="military")
    _, out, _ = run(capsys, "claims", str(project), "--article", "2", "--format", "json")
    (claim,) = json.loads(out)["claims"]
    assert (claim["kind"], claim["subtype"], claim["exact"]) == ("position", "military", "quiet")


def test_commands_that_never_detect_do_not_load_the_detector(tmp_path: Path) -> None:
    # Compiling the detector's patterns is some 60 ms of every start; an import with
    # --no-detect must not pay it, while `scan` still finds claims.
    code = (
        "import sys\n"
        "from annotator.cli import main\n"
        "main(['new', sys.argv[1]])\n"
        "main(['import', sys.argv[1], sys.argv[2], '--no-detect'])\n"
        "print('annotator.detection.detector' in sys.modules)\n"
        "main(['scan', sys.argv[2]])\n"
    )
    article = tmp_path / "a.txt"
    article.write_text("At least 240 people were killed, officials said.", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "p.claims"), str(article)],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        check=True,
    )
    lines = done.stdout.splitlines()
    assert "False" in lines
    assert '"kind": "casualty"' in lines[-1]


def numbered_corpus(path: Path, count: int, *, repeats: int) -> Path:
    """A JSONL corpus of `count` distinct articles ("10. At least 240 …" repeated), each
    with one span over its number: bulk enough to fill pipes and buffers."""
    text = "At least 240 people were killed, officials said. " * repeats
    records = (
        {
            "id": f"a{n}",
            "title": f"Report {n}",
            "text": f"{n}. {text}",
            "spans": [{"start": 0, "end": 2, "label": "other_figure"}],
        }
        for n in range(10, 10 + count)
    )
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_the_command_exits_quickly_with_its_output_and_code_and_the_project_closed(
    tmp_path: Path,
) -> None:
    # `run` ends the process without the interpreter's teardown: the output (piped, so
    # block-buffered) must still arrive whole, the exit code must be the command's,
    # and the project must have been closed properly before (no -wal, -shm or lock).
    project = tmp_path / "quick.claims"
    corpus = numbered_corpus(tmp_path / "corpus.jsonl", 300, repeats=40)

    buffered = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "annotator", *args],
            cwd=Path(__file__).resolve().parents[2],
            env=buffered,
            capture_output=True,
            text=True,
        )

    assert cli("new", str(project)).returncode == 0
    imported = cli("import", str(project), str(corpus), "--no-detect")
    assert (imported.returncode, imported.stdout) == (
        0,
        "Imported 300 article(s) with 300 claim(s).\n",
    )
    exported = cli("export", str(project))
    assert exported.returncode == 0
    assert len(json.loads(exported.stdout)["articles"]) == 300  # some 600 KB, all of it
    failed = cli("import", str(tmp_path / "missing.claims"), str(corpus))
    assert failed.returncode == 1
    assert failed.stderr.startswith("claim-annotator: error: ")
    assert sorted(path.name for path in tmp_path.iterdir() if path.is_file()) == [
        "corpus.jsonl",
        "quick.claims",
    ]
    with closing(sqlite3.connect(project)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert conn.execute("SELECT count(*) FROM claim").fetchone() == (300,)


def test_a_reader_that_stops_early_ends_the_export_quietly(tmp_path: Path) -> None:
    # `claim-annotator export P | head`: the closed pipe is the reader's choice, so
    # no "internal error" and no traceback; the status is SIGPIPE's, as for other tools.
    project = tmp_path / "pipe.claims"
    corpus = numbered_corpus(tmp_path / "corpus.jsonl", 1000, repeats=20)
    repo = Path(__file__).resolve().parents[2]
    for args in (["new", str(project)], ["import", str(project), str(corpus), "--no-detect"]):
        subprocess.run([sys.executable, "-m", "annotator", *args], cwd=repo, check=True)
    with subprocess.Popen(  # some 2 MB of JSONL, far more than a pipe holds
        [sys.executable, "-m", "annotator", "export", str(project), "--format", "jsonl"],
        cwd=repo,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as export:
        assert export.stdout is not None and export.stderr is not None
        first = export.stdout.read(10)
        export.stdout.close()
        stderr = export.stderr.read().decode()
        assert export.wait() == 141
    assert first.startswith(b"{")
    assert stderr == ""
