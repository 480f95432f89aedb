"""Typed errors raised by the casereview core.

Every error carries a message written for the person at the workstation: what happened and
what to do next. Messages and titles are :class:`~casereview.messages.Message` objects: the CLI
prints the English ``str(error)`` and exits non-zero; the UI shows them translated in one place
(``casereview.ui.errors``). Messages never contain patient identifiers.
"""

from __future__ import annotations

from casereview.messages import Message


class CasereviewError(Exception):
    """Base class of every error the core raises on purpose.

    Parameters
    ----------
    message
        A sentence a clinician can act on, as a :class:`~casereview.messages.Message` so the
        UI can translate it (``Message("The database was written by a newer casereview
        (revision {revision}). Install the newer version or open another data directory.",
        revision=...)``).
    """

    #: Short title for dialogs; subclasses override it.
    title: Message = Message("casereview could not finish this")

    def __init__(self, message: Message) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ConfigurationError(CasereviewError):
    """Settings, paths or command-line options are unusable."""

    title = Message("Settings problem")


class DatabaseError(CasereviewError):
    """The case database cannot be opened, upgraded or written."""

    title = Message("Database problem")


class DatabaseTooNewError(DatabaseError):
    """The database was written by a newer casereview; it is refused, untouched."""

    title = Message("Database from a newer version")


class AuditTrailError(DatabaseError):
    """The audit trail was altered, or cannot be extended without this installation's key."""

    title = Message("Audit trail problem")


class DatabaseBusyError(DatabaseError):
    """Another program held the database for longer than the wait allows."""

    title = Message("Database busy")


class NotFoundError(CasereviewError):
    """A case, patient, series or user asked for does not exist."""

    title = Message("Not found")


class ValidationError(CasereviewError):
    """Input that would make invalid clinical data (an empty title, an unknown status)."""

    title = Message("Please check the input")


class OperationCancelled(CasereviewError):
    """The user cancelled a long operation; whatever was finished is kept."""

    title = Message("Cancelled")


class DicomReadError(CasereviewError):
    """A DICOM file or series could not be read."""

    title = Message("DICOM file could not be read")


class EditConflictError(CasereviewError):
    """Someone else saved the same item while this user was editing it (optimistic locking).

    Raised instead of overwriting their change: the editor keeps the user's text, shows this
    message (who changed what, and when) and lets the user read the other version before
    saving again.

    Parameters
    ----------
    message
        Who changed what and when, and what to do next.
    current_version
        The item's version now stored (``None`` if it was removed), so an editor can tell
        whether a reload caught up.
    """

    title = Message("Changed at another workstation")

    def __init__(self, message: Message, current_version: int | None = None) -> None:
        super().__init__(message)
        self.current_version = current_version
