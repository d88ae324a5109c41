"""Turn SQLite's error codes into our known-error classes, with the file named.

SQLite reports a full disk, a locked file, a corrupt page or a file that is not
a database through one exception type; the reviewer needs to know which, and
that it is not a bug in the app.

Two kinds of damage do not come with a SQLite error code, because Python's
`sqlite3` module raises them itself: text in the file that is not valid UTF-8
(a damaged page, or a crafted file) surfaces as an OperationalError "Could not
decode to UTF-8 column ..." when a row is read, or as a bare UnicodeDecodeError
when SQLite's own error message quotes the damaged schema text.  Both mean the
file is damaged, so both become `CorruptProjectError` (found by
tests/reliability/test_fuzz_opener.py).
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


def _truncation(path: Path) -> str | None:
    """Why a damaged file looks cut short (its size against its header), or None.

    Only asked once SQLite has found damage, so that a truncated copy (an
    interrupted download or sync) reads differently from a damaged page.
    """
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError:
        return None
    if len(header) < 100:
        return None
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return None
    if size % page_size:
        return f"{size} bytes is not a whole number of {page_size}-byte pages"
    pages = int.from_bytes(header[28:32], "big")
    header_valid = header[92:96] == header[24:28]
    if header_valid and pages and size < pages * page_size:
        return f"{size} bytes, but its header counts {pages * page_size}"
    return None


def known_error(path: Path, error: sqlite3.Error) -> AnnotatorError | None:
    """The known error matching a SQLite error, or None when it looks like a bug of ours."""
    name = getattr(error, "sqlite_errorname", "") or ""
    message = str(error)
    if name.startswith("SQLITE_NOTADB"):
        return NotAProjectError(path, "not a SQLite database (or encrypted)")
    if name.startswith("SQLITE_CORRUPT"):
        shortfall = _truncation(path)
        if shortfall is not None:
            return CorruptProjectError(
                path, f"the file is truncated ({shortfall}); restore a backup"
            )
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
    if message.startswith("Could not decode to UTF-8"):
        # Raised by Python's sqlite3 itself (no error code): a text value is not UTF-8.
        return CorruptProjectError(
            path, "the file is damaged (it holds text that is not valid UTF-8); restore a backup"
        )
    if name.startswith("SQLITE_ERROR") and message == "unsupported file format":
        # The header's read/write version or schema format is one SQLite does not know.
        return CorruptProjectError(
            path,
            "the file is damaged or uses a SQLite file format this app cannot read "
            "(unsupported file format); restore a backup",
        )
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
    except UnicodeDecodeError as error:
        # sqlite3 decodes SQLite's error messages as UTF-8; a message that quotes damaged
        # schema text (e.g. "malformed database schema (\xff...)") fails to decode.
        raise CorruptProjectError(
            path,
            "the file is damaged (its schema holds text that is not valid UTF-8); restore a backup",
        ) from error


def _raised_in_database_layer(error: BaseException) -> bool:
    """True if the error came out of SQLAlchemy or SQLModel (converting a stored value).

    The traceback holds only the frames between the handler and the raise, so a
    ValueError our own code raises directly has no database-layer frame in it.
    """
    frame = error.__traceback__
    while frame is not None:
        filename = frame.tb_frame.f_code.co_filename
        if "sqlalchemy" in filename or "sqlmodel" in filename:
            return True
        frame = frame.tb_next
    return False


@contextmanager
def unreadable_values(path: Path) -> Iterator[None]:
    """A value in the file that cannot be converted (a malformed date) is damage, not a bug.

    Only errors raised inside the database layer's converters are translated;
    a ValueError from our own code stays a bug with its traceback.
    """
    try:
        yield
    except (ValueError, TypeError) as error:
        if _raised_in_database_layer(error):
            raise CorruptProjectError(
                path, f"the file holds a value this app cannot read ({error})"
            ) from error
        raise
