"""Undoable user actions (do/undo) built on the services; no Qt.

Every command writes to the database as soon as it is done (a crash loses nothing) and undo
applies the inverse through the same services. The UI pushes commands onto one QUndoStack
(``casereview.ui.undo``); :class:`~casereview.commands.base.CommandHistory` is the same stack
without Qt, for the command line and tests.
"""

from casereview.commands.base import Command, CommandHistory, EditContext

__all__ = ["Command", "CommandHistory", "EditContext"]
