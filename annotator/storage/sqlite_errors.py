"""Turn SQLite's error codes into our known-error classes, with the file named.

SQLite reports a full disk, a locked file, a corrupt page or a file that is not
a database through one exception type; the reviewer needs to know which, and
that it is not a bug in the app.
"""

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import exc as sa_exc

from annotator.errors import (
    AnnotatorError,
    CorruptProjectError,
    NotAProjectError,
    ProjectNotFoundError,
    ReadOnlyProjectError,
    StorageError,
    ValidationError,
)


def known_error(path: Path, error: sqlite3.Error) -> AnnotatorError | None:
    """The known error matching a SQLite error, or None when it looks like a bug of ours."""
    name = getattr(error, "sqlite_errorname", "") or ""
    message = str(error)
    if name.startswith("SQLITE_NOTADB"):
        return NotAProjectError(path, "not a SQLite database (or encrypted)")
    if name.startswith("SQLITE_CORRUPT"):
        return CorruptProjectError(path, f"the file is damaged ({message}); restore a backup")
    if name.startswith("SQLITE_FULL"):
        return StorageError(path, "the disk is full; free some space, nothing was saved")
    if name.startswith("SQLITE_READONLY"):
        return ReadOnlyProjectError(
            path, "the file or its folder cannot be written; nothing was saved"
        )
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return StorageError(path, "the project is busy in another program; try again")
    if name.startswith("SQLITE_CANTOPEN"):
        if not path.exists():
            return ProjectNotFoundError(path, "the file does not exist (moved or deleted?)")
        return StorageError(path, "the file cannot be opened (permissions?)")
    if name.startswith("SQLITE_IOERR"):
        if not path.exists():
            return ProjectNotFoundError(path, "the file was moved or deleted while open")
        return StorageError(path, f"a disk error stopped the write ({message}); nothing was saved")
    if name.startswith("SQLITE_CONSTRAINT"):
        return ValidationError(f"the change breaks a rule of the project: {message}")
    return None


@contextmanager
def translated_errors(path: Path) -> Iterator[None]:
    """Re-raise SQLite errors from the block as known errors where they are known."""
    try:
        yield
    except sa_exc.DBAPIError as error:
        original = error.orig
        if isinstance(original, sqlite3.Error):
            known = known_error(path, original)
            if known is not None:
                raise known from error
        raise
    except sqlite3.Error as error:
        known = known_error(path, error)
        if known is not None:
            raise known from error
        raise
