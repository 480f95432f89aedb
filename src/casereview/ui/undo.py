"""One QUndoStack over the core's commands (``casereview.commands``).

A command is done before it is pushed, so a change the database refused never enters the
history; the stack's first ``redo`` (Qt calls it on push) is therefore skipped. Errors of
later undo/redo steps are shown through the window's error presenter.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from casereview.commands import Command

#: The commands' text templates, marked for translation (``casereview.commands.edits``).
COMMAND_TEXTS = (
    QT_TRANSLATE_NOOP("Undo", "Add {kind}"),
    QT_TRANSLATE_NOOP("Undo", "Move {kind}"),
    QT_TRANSLATE_NOOP("Undo", "Rename annotation"),
    QT_TRANSLATE_NOOP("Undo", "Show annotation"),
    QT_TRANSLATE_NOOP("Undo", "Hide annotation"),
    QT_TRANSLATE_NOOP("Undo", "Delete annotation"),
    QT_TRANSLATE_NOOP("Undo", "Flag key image"),
    QT_TRANSLATE_NOOP("Undo", "Remove key image"),
    QT_TRANSLATE_NOOP("Undo", "Add segment {name}"),
    QT_TRANSLATE_NOOP("Undo", "Change segment {name}"),
    QT_TRANSLATE_NOOP("Undo", "Delete segment"),
    QT_TRANSLATE_NOOP("Undo", "Edit segment"),
    QT_TRANSLATE_NOOP("Undo", "Paint"),
    QT_TRANSLATE_NOOP("Undo", "Erase"),
    QT_TRANSLATE_NOOP("Undo", "Region growing"),
    QT_TRANSLATE_NOOP("Undo", "Threshold"),
    QT_TRANSLATE_NOOP("Undo", "Fill between slices"),
    QT_TRANSLATE_NOOP("Undo", "Remove small islands"),
    QT_TRANSLATE_NOOP("Undo", "Smooth"),
    QT_TRANSLATE_NOOP("Undo", "Import segmentation"),
    # annotation kinds filled into "Add {kind}" and "Move {kind}"
    QT_TRANSLATE_NOOP("Undo", "length"),
    QT_TRANSLATE_NOOP("Undo", "bidirectional"),
    QT_TRANSLATE_NOOP("Undo", "angle"),
    QT_TRANSLATE_NOOP("Undo", "ellipse"),
    QT_TRANSLATE_NOOP("Undo", "polygon"),
    QT_TRANSLATE_NOOP("Undo", "point"),
    QT_TRANSLATE_NOOP("Undo", "text"),
    QT_TRANSLATE_NOOP("Undo", "arrow"),
)


def _tr(text: object) -> str:
    # ``QT_TRANSLATE_NOOP`` marks a str; its stub types the result as ``object``.
    return QCoreApplication.translate("Undo", str(text))


class _QtCommand(QUndoCommand):
    def __init__(
        self,
        command: Command,
        on_error: Callable[[BaseException], None],
        on_done: Callable[[Command], None],
    ) -> None:
        args = dict(command.text_args)
        if "kind" in args:
            args["kind"] = _tr(args["kind"])
        super().__init__(_tr(command.text).format(**args))
        self.command = command
        self._on_error = on_error
        self._on_done = on_done
        self._skip_first_redo = True

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        try:
            self.command.do()
        except Exception as exc:  # shown once; the history keeps its place
            self._on_error(exc)
        else:
            self._on_done(self.command)

    def undo(self) -> None:
        try:
            self.command.undo()
        except Exception as exc:
            self._on_error(exc)
        else:
            self._on_done(self.command)


class UndoStack(QUndoStack):
    """The application's one undo history.

    Parameters
    ----------
    parent
        Owner.
    on_error
        Shows an error the database raised while doing, undoing or redoing.
    """

    #: The core :class:`Command` that was just done, undone or redone.
    command_applied = Signal(object)

    def __init__(self, parent: QObject, on_error: Callable[[BaseException], None]) -> None:
        super().__init__(parent)
        #: Shows an error to the user (tools use it for their own validation errors too).
        self.on_error = on_error

    def run(self, command: Command) -> bool:
        """Do ``command`` and put it on the history; returns whether it was done.

        A failure is shown and leaves the history unchanged.
        """
        try:
            command.do()
        except Exception as exc:
            self.on_error(exc)
            return False
        self.push(_QtCommand(command, self.on_error, self.command_applied.emit))
        self.command_applied.emit(command)
        return True

    def last_command(self) -> Command | None:
        """The core command that the next undo would reverse."""
        if self.index() == 0:
            return None
        qt = self.command(self.index() - 1)
        return qt.command if isinstance(qt, _QtCommand) else None
