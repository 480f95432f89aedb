"""What a feature may use of the main window: the typed :class:`Shell` protocol.

Features (``casereview.ui.features``) receive the shell and nothing else: they never import
each other nor the window class. They talk through it: its action registry, its task runner
and error display, its undo stack, the browser's selection, the open viewers, and the
``changed`` signal that carries a :class:`~casereview.domain.changes.Changes` record after
every operation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QSettings, SignalInstance
from PySide6.QtWidgets import QWidget

from casereview.domain.changes import Changes
from casereview.services.volumes import VolumeCache
from casereview.ui.actions import ActionRegistry
from casereview.ui.browser import Browser
from casereview.ui.context import WorkstationContext
from casereview.ui.errors import ErrorPresenter
from casereview.ui.index_state import IndexState
from casereview.ui.tasks import Task, TaskRunner
from casereview.ui.undo import UndoStack
from casereview.ui.viewer import ViewerWidget


@dataclass(frozen=True, slots=True)
class Selection:
    """What is selected in the study browser (internal ids)."""

    patient_id: int | None = None
    study_ids: tuple[int, ...] = ()
    series_ids: tuple[int, ...] = ()
    case_id: int | None = None
    #: The meeting open in the Meetings window (the one "Start presentation" presents).
    meeting_id: int | None = None


class Shell(Protocol):
    """The main window as features see it."""

    @property
    def context(self) -> WorkstationContext:
        """Paths, settings, database and user."""
        ...

    @property
    def tasks(self) -> TaskRunner:
        """Runs work off the UI thread with progress, cancel and error display."""
        ...

    @property
    def errors(self) -> ErrorPresenter:
        """The one place errors are shown."""
        ...

    @property
    def undo_stack(self) -> UndoStack:
        """The one undo history of edits."""
        ...

    @property
    def action_registry(self) -> ActionRegistry:
        """Every action of the application."""
        ...

    @property
    def volume_cache(self) -> VolumeCache:
        """Volumes already read (shared by the viewers and the presentation)."""
        ...

    @property
    def browser(self) -> Browser:
        """The study browser with the case list."""
        ...

    @property
    def reading(self) -> bool:
        """Whether a reading of the index (and the cases) is under way, not shown yet."""
        ...

    @property
    def index(self) -> IndexState:
        """The index and cases the browser shows."""
        ...

    @property
    def ui_state(self) -> QSettings:
        """This workstation's remembered window state and choices."""
        ...

    @property
    def viewers(self) -> list[ViewerWidget]:
        """Open viewer tabs, oldest first."""
        ...

    @property
    def changed(self) -> SignalInstance:
        """Emitted with a :class:`Changes` record after an operation changed something."""
        ...

    @property
    def selection_changed(self) -> SignalInstance:
        """Emitted when the browser's selection moves."""
        ...

    @property
    def current_viewer_changed(self) -> SignalInstance:
        """Emitted when another tab comes to the front."""
        ...

    @property
    def viewer_opened(self) -> SignalInstance:
        """Emitted with the :class:`ViewerWidget` of a newly opened series."""
        ...

    @property
    def dialog_shown(self) -> SignalInstance:
        """Emitted with ``(name, widget)`` when a report or dialog opens (tests wait on it)."""
        ...

    @property
    def paths_dropped(self) -> SignalInstance:
        """Emitted with a list of :class:`~pathlib.Path` dropped on the window."""
        ...

    @property
    def closing(self) -> SignalInstance:
        """Emitted when the window closes (features close their own windows)."""
        ...

    def as_widget(self) -> QWidget:
        """The window, as parent of dialogs."""
        ...

    def publish(self, changes: Changes) -> None:
        """Tell every view what an operation changed (emits :attr:`changed`)."""
        ...

    def refresh(self) -> Task[Any]:
        """Read the index and cases again (off the UI thread) and show them."""
        ...

    def selection(self) -> Selection:
        """The browser's selection now."""
        ...

    def select_series(self, series_ids: Sequence[int]) -> int:
        """Select (and reveal, clearing filters that hide them) series; how many are shown."""
        ...

    def select_case(self, case_id: int) -> bool:
        """Select a case in the case list; whether it is shown."""
        ...

    def select_meeting(self, meeting_id: int | None) -> None:
        """Make ``meeting_id`` the meeting of the selection (``None``: no meeting)."""
        ...

    def current_viewer(self) -> ViewerWidget | None:
        """The viewer in the front tab, if a viewer is in front."""
        ...

    def open_series(self, series_ids: Sequence[int]) -> Task[Any] | None:
        """Load a series (and a second beside it) off the UI thread into a viewer tab."""
        ...

    def phi_hidden(self) -> bool:
        """Whether patient identity is hidden in the window."""
        ...

    def set_phi_hidden(self, hide: bool) -> None:
        """Hide or show patient identity in the browser and every viewer."""
        ...

    def show_status(self, text: str, msecs: int = 6000) -> None:
        """Show a translated message in the status bar for a while."""
        ...

    def show_dialog(self, name: str, dialog: QWidget) -> None:
        """Open a non-modal report or dialog and announce it on :attr:`dialog_shown`."""
        ...
