"""The command protocol, the context commands work in, and a Qt-free history."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from typing import ClassVar

import numpy as np
from numpy.typing import NDArray

from casereview.domain.changes import Changes
from casereview.domain.volume import Volume
from casereview.services.annotations import list_annotations, list_key_images
from casereview.services.segmentations import list_segments, segment_mask
from casereview.session import ViewerSession
from casereview.store.database import Database


class EditContext:
    """Where edits go and who makes them.

    Parameters
    ----------
    db
        Open case database.
    actor
        User name recorded as author, or a callable giving the current one (the workstation's
        user may change while a viewer is open: whoever edits or undoes is recorded).
    case_id
        Internal id of the case being edited.
    volume
        The volume shown (for HU statistics and segment measurements); may be ``None``.
    session
        The viewer state to refresh after each change (``None`` without a viewer).
    """

    def __init__(
        self,
        db: Database,
        actor: str | Callable[[], str],
        case_id: int,
        volume: Volume | None = None,
        session: ViewerSession | None = None,
    ) -> None:
        self.db = db
        self._actor = actor
        self.case_id = case_id
        self.volume = volume
        self.session = session

    @property
    def actor(self) -> str:
        """User name of the person editing now."""
        return self._actor() if callable(self._actor) else self._actor

    def refresh_annotations(self) -> None:
        """Reload the case's annotations into the session (views redraw)."""
        if self.session is not None:
            self.session.set_annotations(list_annotations(self.db, self.case_id))

    def refresh_key_images(self) -> None:
        """Reload the case's key images into the session."""
        if self.session is not None:
            self.session.set_key_images(list_key_images(self.db, self.case_id))

    def refresh_segments(self, masks: dict[str, NDArray[np.bool_]] | None = None) -> None:
        """Reload the case's segments (and the given masks) into the session.

        Masks not given and not yet held by the session are read from the database.
        """
        if self.session is None:
            return
        segments = list_segments(self.db, self.case_id)
        held = dict(self.session.segment_masks)
        held.update(masks or {})
        for segment in segments:
            if segment.uuid not in held:
                held[segment.uuid] = segment_mask(self.db, segment.uuid)
        self.session.set_segments(segments, held)


class Command(ABC):
    """One undoable user action.

    ``do`` is called when the command is first pushed and on every redo; ``undo`` reverses it.
    Both write to the database before they return.
    """

    #: Text for the Edit menu: an English template ("Add {kind}") the UI translates, then
    #: fills with :attr:`text_args`.
    text: str = ""
    text_args: dict[str, str] = {}  # read-only default; commands assign their own
    #: The kind of item it changes (a field of :class:`~casereview.domain.changes.Changes`).
    changed_kind: ClassVar[str]
    #: The case and database it works on.
    ctx: EditContext

    def changes(self) -> Changes:
        """What doing or undoing this command changes: that kind of item of its case."""
        return Changes.of(self.changed_kind, [self.ctx.case_id])

    def description(self) -> str:
        """The English text with its arguments filled in."""
        return self.text.format(**self.text_args)

    @abstractmethod
    def do(self) -> None:
        """Apply (or re-apply) the change."""

    @abstractmethod
    def undo(self) -> None:
        """Reverse the change."""


class CommandHistory:
    """An undo/redo stack of commands without Qt (the command line, tests)."""

    def __init__(self) -> None:
        self._done: list[Command] = []
        self._undone: list[Command] = []

    def push(self, command: Command) -> None:
        """Do ``command`` and remember it; clears what could be redone."""
        command.do()
        self._done.append(command)
        self._undone.clear()

    def undo(self) -> Command | None:
        """Undo the last command; returns it (``None`` if there was nothing to undo)."""
        if not self._done:
            return None
        command = self._done.pop()
        command.undo()
        self._undone.append(command)
        return command

    def redo(self) -> Command | None:
        """Redo the last undone command; returns it (``None`` if there was nothing)."""
        if not self._undone:
            return None
        command = self._undone.pop()
        command.do()
        self._done.append(command)
        return command

    @property
    def can_undo(self) -> bool:
        """Whether there is something to undo."""
        return bool(self._done)

    @property
    def can_redo(self) -> bool:
        """Whether there is something to redo."""
        return bool(self._undone)
