"""Typed errors raised by the casereview core.

Every error carries a message written for the person at the workstation: what happened and
what to do next. The UI shows ``str(error)`` in one place (``casereview.ui.errors``); the CLI
prints it and exits non-zero. Messages never contain patient identifiers.
"""

from __future__ import annotations


class CasereviewError(Exception):
    """Base class of every error the core raises on purpose.

    Parameters
    ----------
    message
        A sentence a clinician can act on ("The database was written by a newer casereview
        (revision 0007). Install the newer version or open another data directory.").
    """

    #: Short title for dialogs; subclasses override it.
    title: str = "casereview could not finish this"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ConfigurationError(CasereviewError):
    """Settings, paths or command-line options are unusable."""

    title = "Settings problem"


class DatabaseError(CasereviewError):
    """The case database cannot be opened, upgraded or written."""

    title = "Database problem"


class DatabaseTooNewError(DatabaseError):
    """The database was written by a newer casereview; it is refused, untouched."""

    title = "Database from a newer version"


class DatabaseBusyError(DatabaseError):
    """Another program held the database for longer than the wait allows."""

    title = "Database busy"


class NotFoundError(CasereviewError):
    """A case, patient, series or user asked for does not exist."""

    title = "Not found"


class ValidationError(CasereviewError):
    """Input that would make invalid clinical data (an empty title, an unknown status)."""

    title = "Please check the input"


class OperationCancelled(CasereviewError):
    """The user cancelled a long operation; whatever was finished is kept."""

    title = "Cancelled"


class DicomReadError(CasereviewError):
    """A DICOM file or series could not be read."""

    title = "DICOM file could not be read"
