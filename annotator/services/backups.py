"""Backups of a project: on open, periodically while editing, listed and restored on demand."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

from annotator.project import Project
from annotator.storage.backups import (
    DEFAULT_KEEP,
    BackupInfo,
    list_backups,
    make_backup,
    restore_backup,
)

DEFAULT_INTERVAL = timedelta(minutes=10)

__all__ = ["BackupInfo", "backup_if_due", "backup_project", "project_backups", "restore_project"]


def backup_project(project: Project, *, keep: int = DEFAULT_KEEP, tag: str = "") -> BackupInfo:
    """Take a backup now (a consistent snapshot, even while the project is being edited)."""
    return make_backup(project.database, keep=keep, tag=tag)


def backup_if_due(
    project: Project, *, interval: timedelta = DEFAULT_INTERVAL, keep: int = DEFAULT_KEEP
) -> BackupInfo | None:
    """Take a backup when the newest one is older than `interval`; returns it, or None."""
    if project.read_only:
        return None
    backups = list_backups(project.path)
    if backups and datetime.now(UTC) - backups[0].created < interval:
        return None
    return backup_project(project, keep=keep)


def project_backups(path: Path | str) -> list[BackupInfo]:
    """Backups of a project file, newest first (works even if the file is damaged)."""
    return list_backups(Path(path))


def restore_project(path: Path | str, backup: Path | str) -> BackupInfo | None:
    """Put a backup in place of the project (closed everywhere); the current state is kept."""
    return restore_backup(Path(path), Path(backup))
