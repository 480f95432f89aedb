"""The main window: tabs, menus and tool bar built from the action registry, status bar.

The window holds what every feature shares (context, task runner, error display, undo stack,
action registry, browser selection, open viewers) and nothing of any feature: each feature
(``casereview.ui.features``) installs its own actions and panels through the
:class:`~casereview.ui.shell_protocol.Shell` protocol. After every operation a
:class:`~casereview.domain.changes.Changes` record goes out on :attr:`ShellWindow.changed`;
the browser reloads (off the UI thread) only when the index or the cases changed.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDialog, QFrame, QLabel, QMainWindow, QToolBar, QWidget

from casereview.domain.changes import Changes
from casereview.domain.progress import CancelToken, ProgressReporter
from casereview.services.thumbnails import series_thumbnail
from casereview.services.volumes import VolumeCache
from casereview.ui.actions import ActionContext, ActionRegistry
from casereview.ui.browser import Browser
from casereview.ui.context import WorkstationContext
from casereview.ui.errors import ErrorPresenter
from casereview.ui.features import FEATURES
from casereview.ui.index_state import IndexSnapshot, IndexState, read_index
from casereview.ui.shell_protocol import Selection
from casereview.ui.tasks import Task, TaskRunner
from casereview.ui.undo import UndoStack
from casereview.ui.viewer import ViewerWidget
from casereview.ui.viewer_tabs import ViewerTabs

log = logging.getLogger(__name__)

MENUS = (
    ("file", QT_TRANSLATE_NOOP("actions", "&File")),
    ("edit", QT_TRANSLATE_NOOP("actions", "&Edit")),
    ("case", QT_TRANSLATE_NOOP("actions", "&Case")),
    ("patient", QT_TRANSLATE_NOOP("actions", "&Patient")),
    ("meeting", QT_TRANSLATE_NOOP("actions", "&Meeting")),
    ("session", QT_TRANSLATE_NOOP("actions", "&Session")),
    ("view", QT_TRANSLATE_NOOP("actions", "&View")),
    ("measure", QT_TRANSLATE_NOOP("actions", "&Measure")),
    ("tools", QT_TRANSLATE_NOOP("actions", "&Tools")),
    ("help", QT_TRANSLATE_NOOP("actions", "&Help")),
)

#: Kinds of change after which the browser reads the index and the cases again.
BROWSER_KINDS = ("index", "cases", "series", "users", "settings")


class ShellWindow(QMainWindow):
    """The casereview workstation window (implements the ``Shell`` protocol).

    Parameters
    ----------
    context
        The bootstrapped application (paths, settings, database, user).
    """

    #: A :class:`Changes` record: what an operation changed.
    changed = Signal(object)
    #: The browser's selection moved.
    selection_changed = Signal()
    #: Another tab came to the front.
    current_viewer_changed = Signal()
    #: A viewer tab opened (the :class:`ViewerWidget`).
    viewer_opened = Signal(object)
    #: ``(name, widget)``: a report or dialog opened.
    dialog_shown = Signal(str, object)
    #: Files or folders were dropped on the window (a list of :class:`Path`).
    paths_dropped = Signal(list)
    #: The window is closing.
    closing = Signal()
    #: The browser shows a new reading of the index and cases.
    index_shown = Signal()

    def __init__(self, context: WorkstationContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.setObjectName("mainWindow")
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "casereview"))
        self.setMinimumSize(800, 560)
        self.setAcceptDrops(True)  # files and folders dropped anywhere on the window import
        self._errors = ErrorPresenter(self, context.paths.log_file)
        self._tasks = TaskRunner(self, self._errors)
        self._undo_stack = UndoStack(self, self._errors.present)
        self._index = IndexState()
        self._phi_hidden = False
        self._ui_state = QSettings(str(context.paths.ui_state), QSettings.Format.IniFormat)
        self._refresh_generation = 0
        self._shown_generation = 0
        self._first_reading = True
        self._pending_series: list[int] = []
        self._pending_case: int | None = None
        self._meeting_id: int | None = None

        self.browser = Browser(self)
        thumbnails = context.paths.cache / "thumbnails"
        self.browser.set_thumbnail_provider(
            lambda series_id: series_thumbnail(context.db, series_id, thumbnails)
        )
        self.tabs = ViewerTabs(
            context, self._tasks, self._errors, self.browser, self._index, self.phi_hidden, self
        )
        self.setCentralWidget(self.tabs)
        self.browser.selection_changed.connect(self.selection_changed)
        self.browser.query_changed.connect(self.refresh)
        self.tabs.currentChanged.connect(lambda _index: self.current_viewer_changed.emit())
        self.tabs.viewer_opened.connect(self.viewer_opened)
        self.changed.connect(self._apply_changes)

        self._registry = ActionRegistry(self)
        self._registry.set_context_guard(
            ActionContext.VIEWER, lambda: self.current_viewer() is not None
        )
        for install in FEATURES:
            install(self)
        self._registry.build_menus(self.menuBar(), MENUS)
        toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Main toolbar"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._registry.build_toolbar(toolbar)
        self.addToolBar(toolbar)
        for signal in (self.selection_changed, self.current_viewer_changed, self.index_shown):
            signal.connect(self._refresh_actions)
        self._undo_stack.indexChanged.connect(lambda _index: self._refresh_actions())

        self.status_user = QLabel(self)
        self.status_counts = QLabel(self)
        self.status_database = QLabel(self)
        for label in (self.status_user, self.status_counts, self.status_database):
            label.setFrameShape(QFrame.Shape.StyledPanel)
            label.setContentsMargins(6, 0, 6, 0)
            self.statusBar().addPermanentWidget(label)
        self._errors.shown.connect(lambda title, _text: self.statusBar().showMessage(title, 8000))
        self._restore_state()
        self._refresh_actions()
        self.refresh()

    # --- the Shell protocol ------------------------------------------------------------

    @property
    def context(self) -> WorkstationContext:
        """Paths, settings, database and user."""
        return self._context

    @property
    def tasks(self) -> TaskRunner:
        """The window's task runner."""
        return self._tasks

    @property
    def errors(self) -> ErrorPresenter:
        """The window's error display."""
        return self._errors

    @property
    def undo_stack(self) -> UndoStack:
        """The one undo history."""
        return self._undo_stack

    @property
    def action_registry(self) -> ActionRegistry:
        """Every action of the window."""
        return self._registry

    @property
    def volume_cache(self) -> VolumeCache:
        """Volumes already read."""
        return self.tabs.volume_cache

    @property
    def index(self) -> IndexState:
        """The index and cases the browser shows."""
        return self._index

    @property
    def ui_state(self) -> QSettings:
        """Remembered window state and choices of this workstation."""
        return self._ui_state

    @property
    def viewers(self) -> list[ViewerWidget]:
        """Open viewers, oldest first."""
        return self.tabs.viewers

    def as_widget(self) -> QWidget:
        """The window itself (parent of dialogs)."""
        return self

    def publish(self, changes: Changes) -> None:
        """Broadcast what an operation changed."""
        if changes:
            self.changed.emit(changes)

    def selection(self) -> Selection:
        """The browser's selection."""
        browser = self.browser
        return Selection(
            browser.selected_patient_id(),
            browser.selected_study_ids(),
            browser.selected_series_ids(),
            browser.selected_case_id(),
            self._meeting_id,
        )

    def select_series(self, series_ids: Sequence[int]) -> int:
        """Select series in the tree (again after a reading in progress lands); filters
        that hide some of them are cleared."""
        self._pending_series = list(series_ids) if self.reading else []
        shown = self.browser.select_series(series_ids)
        if shown < len(set(series_ids)) and not self.reading and self.browser.filters_active():
            # Clearing the filters reads the index again; the selection follows it.
            self._pending_series = list(series_ids)
            self.browser.clear_filters()
            self.refresh()
        return shown

    def select_case(self, case_id: int) -> bool:
        """Select a case in the case list (again after a reading in progress lands)."""
        self._pending_case = case_id if self.reading else None
        return self.browser.select_case(case_id)

    def select_meeting(self, meeting_id: int | None) -> None:
        """Make ``meeting_id`` the selected meeting."""
        self._meeting_id = meeting_id
        self.selection_changed.emit()

    def current_viewer(self) -> ViewerWidget | None:
        """The viewer in front, if any."""
        return self.tabs.current_viewer()

    def open_series(self, series_ids: Sequence[int]) -> Task[Any] | None:
        """Open series in a viewer tab (loaded off the UI thread)."""
        return self.tabs.open_series(series_ids)

    def phi_hidden(self) -> bool:
        """Whether patient identity is hidden."""
        return self._phi_hidden

    def set_phi_hidden(self, hide: bool) -> None:
        """Hide or show patient identity in the browser and every viewer."""
        self._phi_hidden = hide
        self.browser.set_hide_phi(hide)
        for viewer in self.viewers:
            viewer.set_hide_phi(hide)

    def show_status(self, text: str, msecs: int = 6000) -> None:
        """Show a message in the status bar for a while."""
        self.statusBar().showMessage(text, msecs)

    def show_dialog(self, name: str, dialog: QWidget) -> None:
        """Open ``dialog`` without blocking and announce it."""
        if isinstance(dialog, QDialog):
            dialog.open()
        else:
            dialog.show()
        self.dialog_shown.emit(name, dialog)

    # --- the browser -------------------------------------------------------------------

    def refresh(self) -> Task[IndexSnapshot]:
        """Read the index (with the browser's search and filters) and the cases off the UI
        thread, then show them; an older reading that arrives late is dropped."""
        self._refresh_generation += 1
        generation = self._refresh_generation
        db, query = self._context.db, self.browser.query()

        def work(progress: ProgressReporter, cancel: CancelToken) -> IndexSnapshot:
            return read_index(db, query)

        def show(snapshot: IndexSnapshot) -> None:
            if generation == self._refresh_generation and shiboken6.isValid(self.browser):
                self._shown_generation = generation
                self._show_snapshot(snapshot)

        task = self._tasks.run(
            QCoreApplication.translate("MainWindow", "Reading the index"), work, show, quiet=True
        )

        def failed() -> None:
            if task.error is not None and generation == self._refresh_generation:
                self._shown_generation = generation  # shown as an error; nothing is pending

        task.finished.connect(failed)
        return task

    @property
    def reading(self) -> bool:
        """Whether a reading of the index is under way (its result is not shown yet)."""
        return self._shown_generation != self._refresh_generation

    def _show_snapshot(self, snapshot: IndexSnapshot) -> None:
        selected_case = self._pending_case or self.browser.selected_case_id()
        self._index.snapshot = snapshot
        self.browser.set_modalities(snapshot.modalities)
        self.browser.show_index(snapshot.patients, snapshot.identity_flags)
        self.browser.show_cases(snapshot.cases)
        if selected_case is not None:
            self.browser.select_case(selected_case)
        elif self._first_reading and snapshot.cases:
            self.browser.case_view.selectRow(0)  # the most recently changed case
        self._first_reading = False
        self._pending_case = None
        pending, self._pending_series = self._pending_series, []
        if pending:
            self.select_series(pending)
        self._show_counts()
        self.index_shown.emit()

    def _apply_changes(self, changes: Changes) -> None:
        if any(changes.touches(kind) for kind in BROWSER_KINDS):
            self.refresh()

    def _show_counts(self) -> None:
        patients, cases = self._index.patients, self._index.cases
        studies = sum(len(p.studies) for p in patients)
        self.status_counts.setText(
            QCoreApplication.translate(
                "MainWindow", "Patients: {p} · Studies: {s} · Cases: {c}"
            ).format(p=len(patients), s=studies, c=len(cases))
        )
        self.status_user.setText(
            QCoreApplication.translate("MainWindow", "User: {name}").format(
                name=self._context.user.display_name
            )
        )
        db = self._context.db
        self.status_database.setText(
            QCoreApplication.translate("MainWindow", "Database: {kind}, schema {rev}").format(
                kind="SQLite" if db.is_sqlite else db.engine.dialect.name,
                rev=db.schema.to_revision,
            )
        )

    def _refresh_actions(self) -> None:
        # Signals also arrive while the window is being destroyed (the undo stack is a child).
        if shiboken6.isValid(self.tabs):
            self._registry.refresh()

    # --- window --------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept local files and folders (the drop imports them)."""
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if urls and all(url.isLocalFile() for url in urls):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        """Hand the dropped files and folders to whoever imports them."""
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.paths_dropped.emit(paths)

    def _restore_state(self) -> None:
        geometry = self._ui_state.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = self._ui_state.value("main/state")
        if state is not None:
            self.restoreState(state)
        splitter = self._ui_state.value("main/browserSplitter")
        if splitter is not None:
            self.browser.splitter.restoreState(splitter)

    def save_state(self) -> None:
        """Remember geometry, toolbars and splitter positions."""
        self._ui_state.setValue("main/geometry", self.saveGeometry())
        self._ui_state.setValue("main/state", self.saveState())
        self._ui_state.setValue("main/browserSplitter", self.browser.splitter.saveState())
        self._ui_state.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Close the features' windows, remember this one, let running tasks reach a safe
        point."""
        self.closing.emit()
        if self._tasks.busy:
            for task in self._tasks.tasks:
                task.cancel()
            self._tasks.wait_for_all(10_000)
        self.browser.shutdown()
        self.tabs.shutdown()
        self.save_state()
        super().closeEvent(event)
