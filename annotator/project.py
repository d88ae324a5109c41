"""`Project`: an open project file plus the reviewer who is working on it.

Every service takes a `Project` as its first argument.  It is the only object
the CLI and the GUI keep while a project is open, and it hides the storage
layer from them.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

from sqlmodel import Session

from annotator.storage.database import ProjectDatabase
from annotator.storage.unit_of_work import UnitOfWork


class Project:
    """An open project.  Close it (or use it as a context manager) to release the file.

    Attributes:
        database: the storage handle; services use `unit_of_work()` and `reading()`.
        reviewer_id: the reviewer every change is recorded under (None read-only).
        reviewer_name: that reviewer's display name.
    """

    def __init__(
        self, database: ProjectDatabase, reviewer_id: int | None, reviewer_name: str | None
    ) -> None:
        self.database = database
        self.reviewer_id = reviewer_id
        self.reviewer_name = reviewer_name

    @property
    def path(self) -> Path:
        return self.database.path

    @property
    def read_only(self) -> bool:
        return self.database.read_only

    @contextmanager
    def unit_of_work(self) -> Iterator[UnitOfWork]:
        """One write transaction recorded under the current reviewer."""
        with self.database.unit_of_work(reviewer_id=self.reviewer_id) as uow:
            yield uow

    @contextmanager
    def bulk_unit_of_work(self) -> Iterator[UnitOfWork]:
        """One large write transaction by the file's only user (see `ProjectDatabase`)."""
        with self.database.bulk_unit_of_work(reviewer_id=self.reviewer_id) as uow:
            yield uow

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only session."""
        with self.database.reading() as session:
            yield session

    def close(self) -> None:
        self.database.close()

    def __enter__(self) -> "Project":
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
