"""Opening, creating and checking project files; engines, sessions and transactions.

A project file is a SQLite database that identifies itself with
`PRAGMA application_id` and keeps its schema version in `PRAGMA user_version`.
Before a file is used it is checked: header, identity, version (older files
are migrated, newer ones refused) and the exact set of schema objects, so a
file sent by someone else cannot bring triggers or views of its own.

Connections are configured for durability and distrust:
* WAL journal with `synchronous=FULL`: every committed edit is on disk when
  the commit returns, even on power loss (NORMAL would only survive an app
  crash); see docs/data-model.md.
* `foreign_keys=ON`, `trusted_schema=OFF`, SQLite's defensive mode, and no
  ATTACH, so nothing in a file can make us write elsewhere.
* Write transactions start with `BEGIN IMMEDIATE`, so a writer takes the lock
  up front instead of failing half-way; reads use deferred transactions and run
  beside a writer thanks to WAL.

Read-only opens never change the file or its folder: the file is opened with
`mode=ro&immutable=1` (no -wal or -shm is created), and when it needs a
migration or still has a -wal (or -journal) file beside it, a private temporary
copy is read instead.

A bulk import by the file's only user runs with a rollback journal instead of
WAL, to write its pages once (`ProjectDatabase.bulk_unit_of_work`).
"""

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager, suppress
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.pool import QueuePool
from sqlmodel import Session

from annotator.errors import (
    AnnotatorError,
    CorruptProjectError,
    NotAProjectError,
    ProjectError,
    ProjectExistsError,
    ProjectNotFoundError,
    ProjectTooNewError,
    ReadOnlyProjectError,
)
from annotator.storage.lock import ProjectLock
from annotator.storage.migrations import migrate
from annotator.storage.schema import (
    APPLICATION_ID,
    FULL_TEXT_INDEX,
    IMMUTABILITY_TRIGGERS,
    MIN_SCHEMA_VERSION,
    SCHEMA_VERSION,
    create_current_schema,
    expected_signature,
    read_signature,
    schema_differences,
)
from annotator.storage.sqlite_errors import translated_errors, unreadable_values
from annotator.storage.unit_of_work import UnitOfWork

SQLITE_HEADER = b"SQLite format 3\x00"

# Trigger names any version of ours has created; a file with others is refused
# before we run a migration on it.
_OUR_TRIGGER_NAMES = frozenset(
    statement.split()[2]
    for statement in IMMUTABILITY_TRIGGERS + FULL_TEXT_INDEX
    if statement.split()[1] == "TRIGGER"
)


def _uri(path: Path, **params: str) -> str:
    """A SQLite file: URI for `path` with query parameters such as mode=ro."""
    query = "&".join(f"{key}={value}" for key, value in params.items())
    return f"file:{quote(str(path.resolve()))}" + (f"?{query}" if query else "")


def configure_connection(conn: sqlite3.Connection, *, writable: bool) -> None:
    """Apply our safety and durability settings to a fresh SQLite connection."""
    conn.isolation_level = None  # we issue BEGIN ourselves
    if hasattr(conn, "setconfig"):
        conn.setconfig(sqlite3.SQLITE_DBCONFIG_DEFENSIVE, True)
        conn.setconfig(sqlite3.SQLITE_DBCONFIG_TRUSTED_SCHEMA, False)
    conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA cell_size_check = ON")
    if writable:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
    else:
        conn.execute("PRAGMA query_only = ON")


def _connect(uri: str, *, writable: bool) -> sqlite3.Connection:
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
    try:
        configure_connection(conn, writable=writable)
    except BaseException:
        conn.close()
        raise
    return conn


def _file_identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of the file, to notice it being moved or replaced while open."""
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _check_header(path: Path) -> None:
    """Refuse missing, empty and non-SQLite files before SQLite ever sees them."""
    if not path.exists():
        raise ProjectNotFoundError(path, "no such file")
    if not path.is_file():
        raise NotAProjectError(path, "not a file")
    size = path.stat().st_size
    if size == 0:
        raise NotAProjectError(path, "the file is empty (0 bytes)")
    with path.open("rb") as handle:
        header = handle.read(100)
    if not header.startswith(SQLITE_HEADER):
        raise NotAProjectError(path, "not a Claim Annotator project (not a SQLite database)")
    if len(header) < 100:
        raise CorruptProjectError(path, "the file is truncated (shorter than its header)")


def _identify(path: Path, conn: sqlite3.Connection) -> int:
    """Check application_id and return the schema version, refusing what is not ours."""
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if app_id != APPLICATION_ID:
        tables = conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0]
        if app_id == 0 and tables == 0:
            raise NotAProjectError(path, "an empty SQLite database, not a Claim Annotator project")
        owner = f"application id {app_id:#010x}" if app_id else "no application id"
        raise NotAProjectError(
            path, f"a SQLite database of another application ({owner}), not a project"
        )
    if version > SCHEMA_VERSION:
        raise ProjectTooNewError(
            path,
            f"made by a newer Claim Annotator (schema version {version}; this version reads "
            f"up to {SCHEMA_VERSION}); update the app to open it",
        )
    if version < MIN_SCHEMA_VERSION:
        raise CorruptProjectError(path, f"unknown schema version {version}")
    return int(version)


def _refuse_foreign_objects(path: Path, conn: sqlite3.Connection) -> None:
    """Before migrating, refuse views and triggers we never create (they could run SQL)."""
    rows = conn.execute(
        "SELECT type, name FROM sqlite_schema WHERE type IN ('view', 'trigger')"
    ).fetchall()
    for kind, name in rows:
        if kind == "view" or name not in _OUR_TRIGGER_NAMES:
            raise CorruptProjectError(path, f"refusing a file with a foreign {kind} '{name}'")


def _verify_schema(path: Path, conn: sqlite3.Connection) -> None:
    problems = schema_differences(read_signature(conn), expected_signature())
    if problems:
        listed = "; ".join(problems[:5]) + ("; …" if len(problems) > 5 else "")
        raise CorruptProjectError(path, f"the schema is not a Claim Annotator schema: {listed}")


def _check_and_upgrade(path: Path, conn: sqlite3.Connection) -> list[int]:
    """Identify, migrate in place if older, and verify the schema of an open file."""
    version = _identify(path, conn)
    passed: list[int] = []
    if version < SCHEMA_VERSION:
        _refuse_foreign_objects(path, conn)
        try:
            passed = migrate(conn, version)
        except sqlite3.DatabaseError as error:
            raise CorruptProjectError(
                path, f"cannot upgrade it from schema version {version}: {error}"
            ) from error
    _verify_schema(path, conn)
    if conn.execute("SELECT count(*) FROM project").fetchone()[0] != 1:
        raise CorruptProjectError(path, "the project record is missing")
    return passed


class ProjectDatabase:
    """An open project file: engines for reading and writing, and its read-only guard.

    Attributes:
        path: the project file the user chose.
        read_only: True for a colleague's file or `--read-only`; every write is refused.
        migrated_from: versions this open passed through (empty if none).
    """

    def __init__(
        self,
        path: Path,
        working_uri: str,
        *,
        read_only: bool,
        temp_dir: Path | None = None,
        migrated: list[int] | None = None,
    ) -> None:
        self.path = path
        self.read_only = read_only
        self.migrated_from = migrated or []
        self._temp_dir = temp_dir
        self._lock: ProjectLock | None = None
        self._identity = _file_identity(path)
        writable = not read_only
        self._read_engine = self._make_engine(working_uri, writable=writable, begin="BEGIN")
        self._write_engine = (
            self._make_engine(working_uri, writable=True, begin="BEGIN IMMEDIATE")
            if writable
            else None
        )

    @staticmethod
    def _make_engine(uri: str, *, writable: bool, begin: str) -> Engine:
        # A small pool keeps connections open between edits: reopening would re-read
        # the schema and, for the last connection, checkpoint the WAL every time.
        engine = create_engine(
            "sqlite://",
            creator=lambda: _connect(uri, writable=writable),
            poolclass=QueuePool,
            pool_size=2,
            max_overflow=4,
        )

        @event.listens_for(engine, "begin")
        def _begin(conn: Connection) -> None:
            conn.exec_driver_sql(begin)

        return engine

    # -- opening and creating ------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False) -> "ProjectDatabase":
        """Open and check a project file; raises a `ProjectError` subclass when it can't be used."""
        path = Path(path)
        _check_header(path)
        with translated_errors(path):
            if read_only:
                return cls._open_read_only(path)
            lock = ProjectLock(path)
            lock.acquire()
            try:
                # mode=rw: a connection made after the file was moved must fail, not
                # quietly create a new empty database at the old path.
                with closing(_connect(_uri(path, mode="rw"), writable=True)) as conn:
                    migrated = _check_and_upgrade(path, conn)
                database = cls(path, _uri(path, mode="rw"), read_only=False, migrated=migrated)
            except BaseException:
                lock.release()
                raise
            database._lock = lock
            return database

    @classmethod
    def _open_read_only(cls, path: Path) -> "ProjectDatabase":
        # Committed data may still sit in a -wal file, and a -journal file left by a bulk
        # import that never finished holds the pages to roll back (immutable=1 would ignore
        # either): read a private copy of the file and its companion.
        companions = [
            companion
            for companion in (
                path.with_name(path.name + "-wal"),
                path.with_name(path.name + "-journal"),
            )
            if companion.exists() and companion.stat().st_size > 0
        ]
        if companions:
            temp_dir = Path(tempfile.mkdtemp(prefix="claim-annotator-ro-"))
            copy = temp_dir / path.name
            shutil.copyfile(path, copy)
            for companion in companions:
                shutil.copyfile(companion, temp_dir / companion.name)
            return cls._open_private_copy(path, copy, temp_dir)
        with closing(_connect(_uri(path, mode="ro", immutable="1"), writable=False)) as conn:
            version = _identify(path, conn)
            if version == SCHEMA_VERSION:
                _verify_schema(path, conn)
                return cls(path, _uri(path, mode="ro", immutable="1"), read_only=True)
            temp_dir = Path(tempfile.mkdtemp(prefix="claim-annotator-ro-"))
            copy = temp_dir / path.name
            with closing(sqlite3.connect(copy)) as target:
                conn.backup(target)
        return cls._open_private_copy(path, copy, temp_dir)

    @classmethod
    def _open_private_copy(cls, path: Path, copy: Path, temp_dir: Path) -> "ProjectDatabase":
        """Migrate and check a temporary copy, then serve it read-only on behalf of `path`."""
        try:
            with closing(_connect(_uri(copy), writable=True)) as conn:
                migrated = _check_and_upgrade(path, conn)
                conn.execute("PRAGMA journal_mode = DELETE")
            return cls(
                path, _uri(copy, mode="ro"), read_only=True, temp_dir=temp_dir, migrated=migrated
            )
        except BaseException:
            shutil.rmtree(temp_dir, ignore_errors=True)
            raise

    @classmethod
    def create(cls, path: Path | str, populate: Callable[[UnitOfWork], None]) -> "ProjectDatabase":
        """Create a new project file atomically: it appears complete or not at all.

        The schema and `populate`'s rows are written to a hidden file in the same
        folder, which is then linked into place; an existing file is never replaced.
        """
        path = Path(path)
        if path.exists():
            raise ProjectExistsError(path, "a file of that name already exists")
        if not path.parent.is_dir():
            raise ProjectNotFoundError(path, f"the folder {path.parent} does not exist")
        partial = path.with_name(f".{path.name}.creating-{os.getpid()}")
        try:
            with translated_errors(path):
                with closing(_connect(_uri(partial), writable=True)) as conn:
                    conn.execute("BEGIN IMMEDIATE")
                    create_current_schema(conn)
                    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                    conn.execute("COMMIT")
                staging = cls(partial, _uri(partial), read_only=False)
                with staging.unit_of_work(reviewer_id=None) as uow:
                    populate(uow)
                staging.close()
                try:
                    os.link(partial, path)
                except FileExistsError:
                    raise ProjectExistsError(path, "a file of that name already exists") from None
                except OSError:  # file systems without hard links
                    if path.exists():
                        raise ProjectExistsError(path, "a file of that name already exists")  # noqa: B904
                    os.replace(partial, path)
        except OSError as error:
            raise ProjectError(
                path, f"cannot create the project: {error.strerror or error}"
            ) from error
        finally:
            for leftover in (
                partial,
                partial.with_name(partial.name + "-wal"),
                partial.with_name(partial.name + "-shm"),
            ):
                with suppress(FileNotFoundError):
                    leftover.unlink()
        return cls.open(path)

    # -- transactions ------------------------------------------------------------------

    @contextmanager
    def unit_of_work(self, *, reviewer_id: int | None) -> Iterator[UnitOfWork]:
        """One write transaction: commits when the block ends, rolls back on any error."""
        with self._transaction(self._writer(), reviewer_id) as uow:
            yield uow

    @contextmanager
    def bulk_unit_of_work(self, *, reviewer_id: int | None) -> Iterator[UnitOfWork]:
        """One large write transaction (an import) for a caller that is the file's only user.

        In WAL mode every page a transaction writes goes to the -wal file first and
        into the database again when the WAL is checkpointed: for a 10,000-article
        import that is 156 MB written twice, 0.4 s of commit and checkpoint.  This
        transaction therefore runs with a rollback journal instead: new pages go
        straight into the file, and the journal keeps the original content of the
        few existing pages that change.  It stays all or nothing (`synchronous=FULL`
        applies to the journal too): an error rolls back, and after a crash the
        journal left beside the file is "hot" and the next connection rolls the
        file back before reading it (a read-only open first copies both, see
        `_open_read_only`).  WAL, and with it the usual per-edit behaviour, is
        switched back on when the transaction ends, whatever its outcome; a file
        left in rollback mode by a crash gets WAL back from the next connection,
        as every connection asks for it (`configure_connection`).

        Leaving WAL needs every other connection to the file closed: the idle ones
        of this database are closed here, so the caller must not read or write the
        project elsewhere meanwhile (the CLI; not the GUI, whose views read while an
        import runs).  If the switch is refused all the same, this is an ordinary
        unit of work, only slower.
        """
        writer = self._writer()
        self._read_engine.dispose()  # idle connections would hold the WAL open
        writer.dispose()
        with translated_errors(self.path), writer.connect() as connection:
            driver = connection.connection.driver_connection
            if not isinstance(driver, sqlite3.Connection):  # pragma: no cover - defensive
                raise AnnotatorError("unexpected database driver")
            try:
                journal = driver.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
            except sqlite3.OperationalError:  # another connection has the file open
                journal = "wal"
            try:
                with self._transaction(connection, reviewer_id) as uow:
                    yield uow
            finally:
                if journal != "wal":
                    # Should this fail, the file stays in rollback mode, just as safe for
                    # later edits; the next connection opened switches it back to WAL.
                    with suppress(sqlite3.Error):
                        driver.execute("PRAGMA journal_mode = WAL")

    def _writer(self) -> Engine:
        """The write engine, after checking the project may still be written."""
        if self._write_engine is None:
            raise ReadOnlyProjectError(self.path, "the project is open read-only")
        if _file_identity(self.path) != self._identity:
            self._checkpoint()  # edits already committed go into the moved file, not a stray -wal
            raise ProjectNotFoundError(
                self.path,
                "the file was moved, replaced or deleted while open; nothing was "
                "saved. Reopen it from its new place (or restore a backup)",
            )
        return self._write_engine

    @contextmanager
    def _transaction(
        self, bind: Engine | Connection, reviewer_id: int | None
    ) -> Iterator[UnitOfWork]:
        with (
            translated_errors(self.path),
            unreadable_values(self.path),
            Session(bind, expire_on_commit=False) as session,
        ):
            uow = UnitOfWork(session, reviewer_id)
            yield uow
            session.commit()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only session on a consistent snapshot; never writes."""
        with (
            translated_errors(self.path),
            unreadable_values(self.path),
            Session(self._read_engine, expire_on_commit=False) as session,
        ):
            yield session

    @contextmanager
    def raw_connection(self) -> Iterator[sqlite3.Connection]:
        """A configured DB-API connection for checks that need SQLite itself (integrity_check)."""
        with translated_errors(self.path):
            raw = self._read_engine.raw_connection()
            try:
                driver = raw.driver_connection
                if not isinstance(driver, sqlite3.Connection):  # pragma: no cover - defensive
                    raise AnnotatorError("unexpected database driver")
                yield driver
            finally:
                raw.close()

    def _checkpoint(self) -> None:
        """Copy the WAL into the database through a connection that is already open.

        Such a connection keeps the file it opened even if the file was moved since,
        so committed edits end up in the moved file.
        """
        if self._write_engine is None:
            return
        with suppress(sqlite3.Error, sa_exc.DBAPIError):
            raw = self._write_engine.raw_connection()  # outside any transaction
            try:
                driver = raw.driver_connection
                if isinstance(driver, sqlite3.Connection):
                    driver.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                raw.close()

    def close(self) -> None:
        """Release every connection (checkpointing the WAL) and any temporary copy."""
        if self._write_engine is not None:
            self._checkpoint()
            self._write_engine.dispose()
        self._read_engine.dispose()
        if self._temp_dir is not None:
            shutil.rmtree(self._temp_dir, ignore_errors=True)
            self._temp_dir = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None
