"""Rotating backups with SQLite's backup API, listing, and restoring (nothing lost either way)."""

import json
import time
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.errors import ProjectInUseError
from annotator.project import Project
from annotator.services.backups import (
    backup_if_due,
    backup_project,
    project_backups,
    restore_project,
)
from annotator.services.claims import add_claim, list_claims
from annotator.services.projects import open_project
from annotator.storage.backups import backup_folder


def test_backup_is_a_consistent_project_while_open(
    project: Project, project_path: Path, article_id: int
) -> None:
    add_claim(project, article_id=article_id, start=0, end=5, kind="casualty")
    made = backup_project(project)
    assert made.path.parent == backup_folder(project_path)
    with open_project(made.path, read_only=True) as copy:
        assert [c.exact for c in list_claims(copy)] == [list_claims(project)[0].exact]


def test_rotation_keeps_the_newest(project: Project, project_path: Path) -> None:
    made = [backup_project(project, keep=3) for _ in range(5)]
    listed = project_backups(project_path)
    assert [b.path for b in listed] == [m.path for m in reversed(made[-3:])]


def test_each_reason_rotates_on_its_own(project: Project, project_path: Path) -> None:
    before_refresh = backup_project(project, keep=3, tag="refresh")
    routine = [backup_project(project, keep=3) for _ in range(5)]
    listed = project_backups(project_path)
    assert [b.path for b in listed] == [m.path for m in reversed(routine[-3:])] + [
        before_refresh.path
    ]
    assert [b.tag for b in listed] == ["routine"] * 3 + ["refresh"]


def test_backup_if_due(project: Project) -> None:
    from datetime import timedelta

    assert backup_if_due(project) is not None
    assert backup_if_due(project) is None  # the newest is fresh
    time.sleep(0.01)
    assert backup_if_due(project, interval=timedelta(0)) is not None


def test_restore_brings_back_the_backup_and_keeps_the_present(
    project: Project, project_path: Path, article_id: int
) -> None:
    backup = backup_project(project)
    add_claim(project, article_id=article_id, start=0, end=5, kind="casualty")
    with pytest.raises(ProjectInUseError):
        restore_project(project_path, backup.path)
    project.close()
    saved = restore_project(project_path, backup.path)
    with open_project(project_path, reviewer="Ann") as restored:
        assert list_claims(restored) == []
    assert saved is not None and saved.tag == "before-restore"
    with open_project(saved.path, read_only=True) as before:
        assert len(list_claims(before)) == 1


def test_restoring_the_oldest_backup_taken_before_a_restore(
    project: Project, project_path: Path, article_id: int
) -> None:
    # Restoring first backs up the present, tagged as the one being restored may be:
    # the rotation waits until the restore is done, so it cannot remove its source.
    oldest = backup_project(project, tag="before-restore")
    for _ in range(9):
        backup_project(project, tag="before-restore")
    add_claim(project, article_id=article_id, start=0, end=5, kind="casualty")
    project.close()
    saved = restore_project(project_path, oldest.path)
    with open_project(project_path, reviewer="Ann") as restored:
        assert list_claims(restored) == []
    kept = [b.path for b in project_backups(project_path) if b.tag == "before-restore"]
    assert saved is not None and saved.path in kept
    assert len(kept) == 10 and oldest.path not in kept


def test_restore_over_a_damaged_file(project: Project, project_path: Path) -> None:
    backup = backup_project(project)
    project.close()
    project_path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    assert restore_project(project_path, backup.path) is None
    open_project(project_path, reviewer="Ann").close()
    assert any(b.tag == "damaged" for b in project_backups(project_path))


def test_cli_backups_and_restore(
    project: Project, project_path: Path, article_id: int, capsys
) -> None:
    project.close()
    assert main(["backups", str(project_path), "--create", "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)["backups"]
    assert listed and listed[0]["tag"] == "manual"
    with open_project(project_path, reviewer="Ann") as opened:
        add_claim(opened, article_id=article_id, start=0, end=5, kind="casualty")
    assert main(["restore", str(project_path), "1"]) == 0
    assert "Restored" in capsys.readouterr().out
    with open_project(project_path, read_only=True) as restored:
        assert list_claims(restored) == []
    assert main(["restore", str(project_path), "99"]) == 1
    assert "no backup number 99" in capsys.readouterr().err
