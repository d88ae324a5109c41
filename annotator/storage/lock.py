"""One writer per project: a lock file beside the project names who has it open.

SQLite's own locks only last for one transaction, so two app instances could
interleave edits in one file and each believe its undo history is right.  A
writable open therefore creates `NAME.claims.lock` atomically (O_EXCL) with the
owner's user, host, process id and start time; a second writer gets a clear
"in use by …" error and can open the file read-only instead.  A lock left by a
crash is recognised (same host, process gone) and cleared.
"""

import getpass
import json
import os
import socket
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from annotator.errors import ProjectInUseError, StorageError


@dataclass(frozen=True, slots=True)
class LockOwner:
    """Who holds a project open for writing."""

    user: str
    host: str
    pid: int
    since: str

    def describe(self) -> str:
        return f"{self.user} on {self.host} (process {self.pid}, since {self.since[:16]})"


def lock_path(project: Path) -> Path:
    """The lock file of a project, keyed on its real path (two links share one lock)."""
    real = project.resolve()
    return real.with_name(real.name + ".lock")


def _me() -> LockOwner:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown"
    return LockOwner(
        user, socket.gethostname(), os.getpid(), datetime.now(UTC).isoformat(timespec="seconds")
    )


def _read_owner(path: Path) -> LockOwner | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return LockOwner(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    return True


def is_stale(owner: LockOwner | None) -> bool:
    """A lock whose owner is gone: unreadable, or on this host with a dead process."""
    if owner is None:
        return True
    return owner.host == socket.gethostname() and not _process_alive(owner.pid)


class ProjectLock:
    """The held lock of a writable open; release it on close."""

    def __init__(self, project: Path) -> None:
        self.path = lock_path(project)
        self.project = project
        self._held = False

    def acquire(self) -> None:
        """Take the lock, clearing a stale one; raise ProjectInUseError if it is live."""
        for _attempt in range(2):
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                owner = _read_owner(self.path)
                if (
                    owner is not None
                    and owner.pid == os.getpid()
                    and owner.host == socket.gethostname()
                ):
                    raise ProjectInUseError(
                        self.project, "it is already open for writing in this program"
                    ) from None
                if not is_stale(owner):
                    assert owner is not None
                    raise ProjectInUseError(
                        self.project,
                        f"it is in use by {owner.describe()}; open it read-only, "
                        "or close it there first",
                    ) from None
                self.path.unlink(missing_ok=True)  # left by a crash: clear it and retry
                continue
            except OSError as error:
                raise StorageError(
                    self.project,
                    f"cannot create the lock file {self.path.name} "
                    f"({error.strerror}); is the folder read-only? Open the project read-only",
                ) from error
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(asdict(_me()), handle)
            self._held = True
            return
        raise ProjectInUseError(self.project, "another program keeps taking its lock")

    def release(self) -> None:
        if self._held:
            owner = _read_owner(self.path)
            if owner is not None and owner.pid == os.getpid():
                self.path.unlink(missing_ok=True)
            self._held = False


def current_owner(project: Path) -> LockOwner | None:
    """Who holds the project open for writing right now (None if nobody, or a stale lock)."""
    owner = _read_owner(lock_path(project))
    return None if owner is None or is_stale(owner) else owner
