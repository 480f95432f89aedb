"""How a case window (resectability workbench, liver planner) keeps step with the application.

The window tells every other view what it changed, and reads its case again when someone else
changed it: at once when it is on screen, when it is next opened otherwise. Its own changes do
not come back to it (it shows them already).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from casereview.domain.changes import Changes
from casereview.ui.shell_protocol import Shell


class CaseFollower(QObject):
    """Publishes a case window's changes and follows the others' changes to its case.

    Parameters
    ----------
    window
        The case window (the parent: the follower stops following when it is destroyed).
    shell
        The application shell whose ``changed`` records are followed.
    kinds
        The kinds of change (``"segments"``, ``"cases"``…) after which the case is read again.
    case_id
        The case the window shows now (0: none).
    reload
        Reads the case again without announcing it (the window shows a stale case meanwhile).
    """

    def __init__(
        self,
        window: QWidget,
        shell: Shell,
        kinds: tuple[str, ...],
        case_id: Callable[[], int],
        reload: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._shell = shell
        self._kinds = kinds
        self._case_id = case_id
        self._reload = reload
        self._announcing = False
        self._stale = False
        shell.changed.connect(self.follow)

    def announce(self, changes: Changes) -> None:
        """Tell the other views what the window changed (the window itself shows it already)."""
        self._announcing = True
        try:
            self._shell.publish(changes)
        finally:
            self._announcing = False

    def follow(self, changes: Changes) -> None:
        """Read the case again after a change made elsewhere, or mark it stale if hidden."""
        case_id = self._case_id()
        if self._announcing or not case_id:
            return
        if not any(changes.touches(kind, case_id) for kind in self._kinds):
            return
        if self._window.isVisible():
            self._reload()
        else:
            self._stale = True

    def take_stale(self) -> bool:
        """Whether the case changed while the window was hidden (and forget it: it is read)."""
        stale, self._stale = self._stale, False
        return stale
