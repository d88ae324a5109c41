"""Rotating backups of a project, made with SQLite's online backup API.

Copying a file that may be mid-write can capture half a transaction; the
backup API copies a consistent snapshot while the project stays open.  Backups
go into a hidden folder beside the project (`.NAME.claims-backups/`), so they
can be found even when the project file itself is damaged, and the newest
`keep` taken for each reason (routine, on open, by hand, before a refresh or a
restore) are kept.  Restoring first saves the current state as another backup,
so a restore never loses anything either.
"""

import os
import re
import shutil
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from annotator.errors import AnnotatorError, NotFoundError, ProjectInUseError, StorageError
from annotator.storage.database import ProjectDatabase
from annotator.storage.lock import current_owner

DEFAULT_KEEP = 10
#: The reason (tag) of a backup taken on a timer, whose file name carries none.
ROUTINE = "routine"
BEFORE_RESTORE = "before-restore"
#: A `keep` that rotates nothing away.
_NO_ROTATION = 1_000_000
_STAMP = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})(?P<tag>-[a-z-]+)?\.claims$")


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup file: where it is, when it was taken, how big, and why (tag)."""

    path: Path
    created: datetime
    size: int
    tag: str


def backup_folder(project: Path) -> Path:
    return project.with_name(f".{project.name}-backups")


def list_backups(project: Path) -> list[BackupInfo]:
    """The project's backups, newest first."""
    folder = backup_folder(project)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match is None:
            continue
        created = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
        found.append(
            BackupInfo(path, created, path.stat().st_size, (match["tag"] or "-")[1:] or ROUTINE)
        )
    return sorted(found, key=lambda b: b.created, reverse=True)


def make_backup(
    database: ProjectDatabase, *, keep: int = DEFAULT_KEEP, tag: str = ""
) -> BackupInfo:
    """Snapshot an open project into its backup folder and drop the oldest beyond `keep`
    taken for the same reason (`tag`)."""
    folder = backup_folder(database.path)
    stamp = datetime.now(UTC).strftime(_STAMP)
    name = f"{database.path.stem}-{stamp}{'-' + tag if tag else ''}.claims"
    target = folder / name
    partial = folder / f".{name}.partial"
    try:
        folder.mkdir(exist_ok=True)
        with database.raw_connection() as source, closing(sqlite3.connect(partial)) as copy:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as error:
        partial.unlink(missing_ok=True)
        raise StorageError(database.path, f"the backup could not be written ({error})") from error
    _rotate(database.path, tag or ROUTINE, keep)
    return next(b for b in list_backups(database.path) if b.path == target)


def _rotate(project: Path, tag: str, keep: int) -> None:
    """Drop the oldest backups taken for one reason beyond `keep`.  Each reason rotates on
    its own: ten routine backups an afternoon must not push out the one taken before a
    refresh or a restore, which is the way back from it."""
    same_reason = [b for b in list_backups(project) if b.tag == tag]
    for old in same_reason[max(keep, 1) :]:
        old.path.unlink(missing_ok=True)


def restore_backup(project: Path, backup: Path) -> BackupInfo | None:
    """Replace the project with a backup; the current file is kept as a backup first.

    The project must not be open for writing anywhere.  Returns the backup made
    of the state before the restore (None if there was no readable project file).
    """
    if not backup.is_file():
        raise NotFoundError(f"no backup at {backup}")
    owner = current_owner(project)
    if owner is not None:
        raise ProjectInUseError(project, f"it is open in {owner.describe()}; close it first")
    ProjectDatabase.open(backup, read_only=True).close()  # a backup must itself be a project
    saved: BackupInfo | None = None
    if project.exists():
        try:
            current = ProjectDatabase.open(project)
        except ProjectInUseError:
            raise
        except AnnotatorError:  # damaged or foreign: keep its raw bytes instead
            folder = backup_folder(project)
            folder.mkdir(exist_ok=True)
            stamp = datetime.now(UTC).strftime(_STAMP)
            shutil.copyfile(project, folder / f"{project.stem}-{stamp}-damaged.claims")
        else:
            try:
                # Not rotated yet: the backup being restored may be the oldest of them.
                saved = make_backup(current, keep=_NO_ROTATION, tag=BEFORE_RESTORE)
            finally:
                current.close()
    partial = project.with_name(f".{project.name}.restoring")
    with (
        closing(sqlite3.connect(f"file:{backup}?mode=ro", uri=True)) as source,
        closing(sqlite3.connect(partial)) as copy,
    ):
        source.backup(copy)
    for suffix in ("-wal", "-shm"):
        project.with_name(project.name + suffix).unlink(missing_ok=True)
    os.replace(partial, project)
    _rotate(project, BEFORE_RESTORE, DEFAULT_KEEP)
    return saved
