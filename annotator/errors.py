"""Errors that come from the outside world, kept apart from bugs.

Every class here is a *known* error: a bad file, a locked file, a full disk,
input that breaks a rule.  The CLI and the GUI show its message to the user
as it is, without a traceback.  Anything else that escapes is a bug and is
logged with its traceback.
"""

from pathlib import Path


class AnnotatorError(Exception):
    """A problem the user can understand and act on; its message says what and why."""


class ProjectError(AnnotatorError):
    """A project file cannot be used as asked."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class NotAProjectError(ProjectError):
    """The file is not a Claim Annotator project (another app's database, random bytes...)."""


class ProjectTooNewError(ProjectError):
    """The file was written by a newer version of the app with a schema we do not know."""


class CorruptProjectError(ProjectError):
    """The file claims to be a project but SQLite or our schema check finds damage."""


class ReadOnlyProjectError(ProjectError):
    """A write was attempted on a project opened read-only."""


class ProjectNotFoundError(ProjectError):
    """The project file does not exist (or vanished while open)."""


class ProjectExistsError(ProjectError):
    """Refusing to create a project over an existing file."""


class ProjectInUseError(ProjectError):
    """Another program (or window) has the project open for writing."""


class StorageError(ProjectError):
    """The environment refused a write: disk full, folder read-only, file locked."""


class ImportFormatError(AnnotatorError):
    """An input file for import cannot be read; the message names the file and the place."""


class ValidationError(AnnotatorError):
    """A requested edit breaks a rule of the data model (bad offsets, unknown kind...)."""


class NotFoundError(AnnotatorError):
    """A referenced article, claim, source or tag does not exist in the project."""


class PositionModelError(AnnotatorError):
    """The detector's position model file is missing or damaged (a broken install)."""


class ConfidenceTableError(AnnotatorError):
    """The detector's confidence table file is missing or damaged (a broken install)."""
