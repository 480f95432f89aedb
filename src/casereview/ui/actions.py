"""One registry of user actions: menus, toolbars and shortcuts are built from it.

Every action has a stable id (``casereview.case.new``) so tests, shortcuts, and later the
presentation mode and a command palette refer to the same thing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenuBar, QToolBar, QWidget


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """Declaration of one user action.

    Parameters
    ----------
    id
        Stable dotted id, ``casereview.<area>.<verb>``.
    text
        Menu text in English (translated through Qt's ``"actions"`` context).
    menu
        Key of the menu it appears in (``file``, ``view``, ``tools``, ``help``).
    trigger
        Called when the user triggers it; checkable actions receive the new state.
    shortcut
        Portable key sequence, e.g. ``QKeySequence.StandardKey.Quit`` or ``"Ctrl+H"``.
    toolbar
        Whether it also appears on the main toolbar.
    checkable
        Whether it is a toggle.
    enabled_when
        Predicate evaluated by :meth:`ActionRegistry.refresh`; always enabled when ``None``.
    tip
        Status bar help text in English.
    menu_role
        Lets macOS move About/Preferences/Quit to the application menu.
    """

    id: str
    text: str
    menu: str
    trigger: Callable[..., None]
    shortcut: QKeySequence.StandardKey | str | None = None
    toolbar: bool = False
    checkable: bool = False
    enabled_when: Callable[[], bool] | None = None
    tip: str = ""
    menu_role: QAction.MenuRole = QAction.MenuRole.NoRole
    separator_before: bool = False


def _tr(text: str) -> str:
    return QCoreApplication.translate("actions", text)


class ActionRegistry(QObject):
    """Holds :class:`ActionSpec` declarations and the :class:`QAction` built for each."""

    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)
        self._owner = owner
        self._specs: dict[str, ActionSpec] = {}
        self._actions: dict[str, QAction] = {}

    def register(self, spec: ActionSpec) -> QAction:
        """Create the :class:`QAction` for ``spec``.

        Raises
        ------
        ValueError
            If the id is already registered or its shortcut is taken by another action.
        """
        if spec.id in self._specs:
            raise ValueError(f"action {spec.id} registered twice")
        action = QAction(_tr(spec.text), self._owner)
        action.setObjectName(spec.id)
        action.setCheckable(spec.checkable)
        action.setMenuRole(spec.menu_role)
        if spec.tip:
            action.setStatusTip(_tr(spec.tip))
            action.setToolTip(_tr(spec.tip))
        if spec.shortcut is not None:
            sequence = QKeySequence(spec.shortcut)
            for other_id, other in self._actions.items():
                if not sequence.isEmpty() and sequence in other.shortcuts():
                    raise ValueError(f"shortcut of {spec.id} already used by {other_id}")
            action.setShortcut(sequence)
        if spec.checkable:
            action.toggled.connect(spec.trigger)
        else:
            action.triggered.connect(lambda _checked=False, fn=spec.trigger: fn())
        self._owner.addAction(action)  # shortcuts work even when menus are hidden
        self._specs[spec.id] = spec
        self._actions[spec.id] = action
        return action

    def register_all(self, specs: Iterable[ActionSpec]) -> None:
        """Register several specs in order."""
        for spec in specs:
            self.register(spec)

    def action(self, action_id: str) -> QAction:
        """Return the :class:`QAction` of ``action_id``.

        Raises
        ------
        KeyError
            If no such action exists.
        """
        return self._actions[action_id]

    def ids(self) -> list[str]:
        """All registered ids, in registration order."""
        return list(self._specs)

    def build_menus(self, menubar: QMenuBar, menus: Iterable[tuple[str, str]]) -> None:
        """Fill ``menubar`` with one menu per ``(key, English title)``, in that order."""
        for key, title in menus:
            menu = menubar.addMenu(_tr(title))
            menu.setObjectName(f"menu.{key}")
            for action_id, spec in self._specs.items():
                if spec.menu == key:
                    if spec.separator_before:
                        menu.addSeparator()
                    menu.addAction(self._actions[action_id])

    def build_toolbar(self, toolbar: QToolBar) -> None:
        """Add every action declared with ``toolbar=True``."""
        for action_id, spec in self._specs.items():
            if spec.toolbar:
                toolbar.addAction(self._actions[action_id])

    def refresh(self) -> None:
        """Re-evaluate every ``enabled_when`` predicate."""
        for action_id, spec in self._specs.items():
            if spec.enabled_when is not None:
                self._actions[action_id].setEnabled(bool(spec.enabled_when()))
