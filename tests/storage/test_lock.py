"""One writer per project: a clear "in use" error, stale locks cleared, files moved while open."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.errors import ProjectInUseError, ProjectNotFoundError
from annotator.project import Project
from annotator.services.claims import add_claim, list_claims
from annotator.services.projects import open_project
from annotator.storage.lock import current_owner, lock_path


def test_second_writer_is_refused_with_who_has_it(project: Project, project_path: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from annotator.services.projects import open_project\n"
            f"p = open_project({str(project_path)!r}, reviewer='Bo')\n"
            "print('open', flush=True)\n"
            "time.sleep(30)\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    project.close()
    try:
        project_reopened = None
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(ProjectInUseError, match=r"in use by .* \(process \d+"):
            project_reopened = open_project(project_path, reviewer="Ann")
        owner = current_owner(project_path)
        assert owner is not None and owner.pid == holder.pid
        # Reading is still possible, without waiting.
        with open_project(project_path, read_only=True) as colleague:
            assert list_claims(colleague) == []
    finally:
        holder.kill()
        holder.communicate()
    assert project_reopened is None


def test_same_process_cannot_open_twice_for_writing(project: Project, project_path: Path) -> None:
    with pytest.raises(ProjectInUseError, match="already open for writing in this program"):
        open_project(project_path, reviewer="Ann")


def test_lock_is_released_on_close(project: Project, project_path: Path) -> None:
    assert lock_path(project_path).exists()
    project.close()
    assert not lock_path(project_path).exists()
    open_project(project_path, reviewer="Ann").close()


def test_stale_lock_from_a_crash_is_cleared(project: Project, project_path: Path) -> None:
    project.close()
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    import socket

    lock_path(project_path).write_text(
        json.dumps(
            {
                "user": "someone",
                "host": socket.gethostname(),
                "pid": int(dead.stdout),
                "since": "2026-01-01T00:00:00+00:00",
            }
        ),
        encoding="utf-8",
    )
    assert current_owner(project_path) is None
    with open_project(project_path, reviewer="Ann") as reopened:
        assert json.loads(lock_path(project_path).read_text())["pid"] == os.getpid()
        assert reopened.reviewer_name == "Ann"


def test_cli_write_on_an_open_project_says_in_use(
    project: Project, project_path: Path, tmp_path: Path, capsys
) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Some 40 fighters crossed the river.", encoding="utf-8")
    assert main(["import", str(project_path), str(article)]) == 1
    assert "already open for writing" in capsys.readouterr().err


def test_file_moved_while_open_saves_nothing_silently(
    project: Project, project_path: Path, article_id: int
) -> None:
    moved = project_path.with_name("moved.claims")
    project_path.rename(moved)
    with pytest.raises(ProjectNotFoundError, match="moved, replaced or deleted while open"):
        add_claim(project, article_id=article_id, start=0, end=4, kind="casualty")


def test_file_deleted_while_open(project: Project, project_path: Path, article_id: int) -> None:
    project_path.unlink()
    with pytest.raises(ProjectNotFoundError, match="deleted while open"):
        add_claim(project, article_id=article_id, start=0, end=4, kind="casualty")
