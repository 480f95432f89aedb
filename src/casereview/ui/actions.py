"""One registry of user actions: menus, toolbars, tool buttons and shortcuts are built from it.

Every action has a stable id (``casereview.case.new_from_selection``) so tests, shortcuts, the
viewer's tool bar and the presentation keys refer to the same thing. An action belongs to a
context that decides where its shortcut works:

- ``WINDOW``: anywhere in the main window;
- ``VIEWER``: in the main window while a viewer tab is in front (the measuring and
  segmenting tools);
- ``PRESENTATION``: in the presentation window, except while a field that takes typed keys
  has focus there (typing "V" into the decision form must write a V, not open the viewer).

Actions of one exclusive group (the viewer's tools) are checked one at a time.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMenuBar,
    QPlainTextEdit,
    QTextEdit,
    QToolBar,
    QWidget,
)


class ActionContext(enum.Enum):
    """Where an action's shortcut works."""

    WINDOW = "window"
    VIEWER = "viewer"
    PRESENTATION = "presentation"


#: Contexts whose actions live on the main window: their shortcuts share one key space.
MAIN_WINDOW_CONTEXTS = frozenset({ActionContext.WINDOW, ActionContext.VIEWER})

Shortcut = QKeySequence.StandardKey | str

#: English text marked with ``QT_TRANSLATE_NOOP("actions", …)`` (a ``str`` at run time; the
#: PySide6 stubs type the marker's result as ``object``).
MarkedText = object


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
        Key of the menu it appears in (``file``, ``view``, ``tools``, ``help``), or ``None``
        for actions that live elsewhere (the presentation window's keys).
    trigger
        Called when the user triggers it; a checkable action outside a group receives the new
        state, an action of an exclusive group is called when it becomes the checked one.
    shortcut
        Portable key sequence, e.g. ``QKeySequence.StandardKey.Quit`` or ``"Ctrl+H"``.
    more_shortcuts
        Further keys for the same action (presenter remotes send Page Down, arrows or Space).
    toolbar
        Whether it also appears on the main toolbar (window context only).
    checkable
        Whether it is a toggle.
    enabled_when
        Predicate evaluated by :meth:`ActionRegistry.refresh`; always enabled when ``None``.
    tip
        Status bar help text in English.
    menu_role
        Lets macOS move About/Preferences/Quit to the application menu.
    separator_before
        Whether a separator precedes it in its menu and tool bar.
    context
        Where its shortcut works (see :class:`ActionContext`).
    group
        Name of the exclusive group it belongs to (implies ``checkable``).
    """

    id: str
    text: MarkedText
    menu: str | None
    trigger: Callable[..., object]
    shortcut: Shortcut | None = None
    more_shortcuts: tuple[str, ...] = ()
    toolbar: bool = False
    checkable: bool = False
    enabled_when: Callable[[], bool] | None = None
    tip: MarkedText = ""
    menu_role: QAction.MenuRole = QAction.MenuRole.NoRole
    separator_before: bool = False
    context: ActionContext = ActionContext.WINDOW
    group: str | None = None


def _tr(text: MarkedText) -> str:
    return QCoreApplication.translate("actions", str(text))


def text_field_has_focus() -> bool:
    """Whether the keyboard focus is in a widget that takes typed keys.

    Text fields and spin boxes (date edits included) take the text; drop-down lists, lists and
    tables jump to the entry whose name is typed, and Page Down moves through them. A letter
    typed there is meant for the field, never for a single-key shortcut.
    """
    focus = QApplication.focusWidget()
    return isinstance(
        focus,
        QLineEdit | QTextEdit | QPlainTextEdit | QAbstractSpinBox | QComboBox | QAbstractItemView,
    )


class ActionRegistry(QObject):
    """Holds :class:`ActionSpec` declarations and the :class:`QAction` built for each.

    Parameters
    ----------
    owner
        The main window: window and viewer actions are added to it, so their shortcuts work
        even where no menu shows them.
    """

    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)
        self._owner = owner
        self._specs: dict[str, ActionSpec] = {}
        self._actions: dict[str, QAction] = {}
        self._groups: dict[str, QActionGroup] = {}
        self._guards: dict[ActionContext, Callable[[], bool]] = {
            ActionContext.PRESENTATION: lambda: not text_field_has_focus(),
        }
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def set_context_guard(self, context: ActionContext, active: Callable[[], bool]) -> None:
        """Make every action of ``context`` usable only while ``active()`` holds."""
        self._guards[context] = active

    def register(self, spec: ActionSpec) -> QAction:
        """Create the :class:`QAction` for ``spec``.

        Raises
        ------
        ValueError
            If the id is already registered or one of its shortcuts is taken by another action
            of the same key space (window and viewer actions share the main window's).
        """
        if spec.id in self._specs:
            raise ValueError(f"action {spec.id} registered twice")
        action = QAction(_tr(spec.text), self._owner)
        action.setObjectName(spec.id)
        action.setCheckable(spec.checkable or spec.group is not None)
        action.setMenuRole(spec.menu_role)
        sequences = self._sequences(spec)
        if spec.tip:
            keys = (
                sequences[0].toString(QKeySequence.SequenceFormat.NativeText) if sequences else ""
            )
            action.setStatusTip(_tr(spec.tip))
            action.setToolTip(_tr(spec.tip) + (f" ({keys})" if keys else ""))
        action.setShortcuts(sequences)
        if spec.group is not None:
            group = self._groups.get(spec.group)
            if group is None:
                group = self._groups[spec.group] = QActionGroup(self)
                group.setExclusive(True)
            group.addAction(action)
            # ``triggered`` (the user, a shortcut, ``trigger()``) and not ``toggled``: showing
            # another viewer's tool with setChecked must not set that tool again.
            action.triggered.connect(lambda checked, fn=spec.trigger: checked and fn())
        elif spec.checkable:
            action.toggled.connect(spec.trigger)
        else:
            action.triggered.connect(lambda _checked=False, fn=spec.trigger: fn())
        if spec.context in MAIN_WINDOW_CONTEXTS:
            self._owner.addAction(action)  # shortcuts work even when menus are hidden
        self._specs[spec.id] = spec
        self._actions[spec.id] = action
        return action

    def _sequences(self, spec: ActionSpec) -> list[QKeySequence]:
        keys: list[Shortcut] = [] if spec.shortcut is None else [spec.shortcut]
        sequences = [QKeySequence(key) for key in [*keys, *spec.more_shortcuts]]
        sequences = [s for s in sequences if not s.isEmpty()]
        space = spec.context in MAIN_WINDOW_CONTEXTS
        for other_id, other in self._actions.items():
            other_context = self._specs[other_id].context
            if (other_context in MAIN_WINDOW_CONTEXTS) != space or (
                not space and other_context is not spec.context
            ):
                continue
            for sequence in sequences:
                if sequence in other.shortcuts():
                    raise ValueError(f"shortcut of {spec.id} already used by {other_id}")
        return sequences

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

    def spec(self, action_id: str) -> ActionSpec:
        """Return the declaration of ``action_id``.

        Raises
        ------
        KeyError
            If no such action exists.
        """
        return self._specs[action_id]

    def ids(self, context: ActionContext | None = None, group: str | None = None) -> list[str]:
        """Registered ids in registration order, of one context or group if given."""
        return [
            action_id
            for action_id, spec in self._specs.items()
            if (context is None or spec.context is context)
            and (group is None or spec.group == group)
        ]

    def build_menus(self, menubar: QMenuBar, menus: Iterable[tuple[str, MarkedText]]) -> None:
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

    def fill_toolbar(self, toolbar: QToolBar, group: str) -> None:
        """Add the actions of an exclusive ``group`` (a viewer's tool buttons)."""
        for action_id in self.ids(group=group):
            if self._specs[action_id].separator_before:
                toolbar.addSeparator()
            toolbar.addAction(self._actions[action_id])

    def attach(self, context: ActionContext, widget: QWidget) -> None:
        """Make the actions of ``context`` work in ``widget`` (the presentation window)."""
        for action_id in self.ids(context):
            widget.addAction(self._actions[action_id])
        self.refresh()

    def refresh(self) -> None:
        """Re-evaluate every ``enabled_when`` predicate and context guard."""
        for action_id, spec in self._specs.items():
            guard = self._guards.get(spec.context)
            enabled = guard is None or guard()
            if enabled and spec.enabled_when is not None:
                enabled = bool(spec.enabled_when())
            self._actions[action_id].setEnabled(enabled)

    def _focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        # A disabled action's key goes on to the focused widget: a letter typed into the
        # decision form lands there, Page Down in a line edit does not change the case.
        guard = self._guards[ActionContext.PRESENTATION]
        for action_id in self.ids(ActionContext.PRESENTATION):
            spec = self._specs[action_id]
            enabled = guard() and (spec.enabled_when is None or bool(spec.enabled_when()))
            self._actions[action_id].setEnabled(enabled)
