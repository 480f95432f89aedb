"""The main window: menus and toolbar from the action registry, browser, status bar."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QToolBar,
    QWidget,
)

from casereview.commands import EditContext
from casereview.demo.install import InstalledDemo, demo_directory, install_demo
from casereview.domain.cases import Case
from casereview.domain.index import PatientSummary
from casereview.domain.progress import CancelToken, ProgressReporter
from casereview.domain.volume import Volume
from casereview.errors import OperationCancelled
from casereview.services import cases as case_service
from casereview.services import index as index_service
from casereview.services.indexing import ImportReport, import_paths
from casereview.services.info import describe
from casereview.services.integrity import IntegrityReport, check_store
from casereview.services.thumbnails import series_thumbnail
from casereview.services.volumes import VolumeCache, export_nifti, load_series_volume
from casereview.session import Layout, Orientation, SeriesInfo
from casereview.ui.actions import ActionRegistry, ActionSpec
from casereview.ui.browser import ID_ROLE, KIND_ROLE, Browser, format_person_name
from casereview.ui.context import WorkstationContext
from casereview.ui.dialogs import AboutDialog, NewCaseDialog, SettingsDialog
from casereview.ui.errors import ErrorPresenter
from casereview.ui.import_report import ImportReportDialog, summary_text
from casereview.ui.meetings.audit_viewer import AuditViewer
from casereview.ui.meetings.panel import MeetingsPanel
from casereview.ui.meetings.presentation import PresentationWindow
from casereview.ui.exchange import (
    export_package_action,
    import_package_action,
    partner_keys_action,
)
from casereview.ui.tasks import Task, TaskRunner
from casereview.ui.undo import UndoStack
from casereview.ui.viewer import ViewerWidget
from casereview.ui.viewer.view3d import ScreenshotDialog, View3DContext
from casereview.ui.viewer.tools import CaseEditor, Tool

log = logging.getLogger(__name__)

MENUS = (
    ("file", QT_TRANSLATE_NOOP("actions", "&File")),
    ("edit", QT_TRANSLATE_NOOP("actions", "&Edit")),
    ("case", QT_TRANSLATE_NOOP("actions", "&Case")),
    ("meeting", QT_TRANSLATE_NOOP("actions", "&Meeting")),
    ("view", QT_TRANSLATE_NOOP("actions", "&View")),
    ("measure", QT_TRANSLATE_NOOP("actions", "&Measure")),
    ("tools", QT_TRANSLATE_NOOP("actions", "&Tools")),
    ("help", QT_TRANSLATE_NOOP("actions", "&Help")),
)


#: How often a viewer that is still loading redraws the slices that arrived.
PREVIEW_REFRESH_MS = 250


class _VolumeRelay(QObject):
    """Carries a volume from the loading thread to the UI thread (a queued signal)."""

    arrived = Signal(object)


class MainWindow(QMainWindow):
    """The casereview workstation window.

    Parameters
    ----------
    context
        The bootstrapped application (paths, settings, database, user).
    """

    def __init__(self, context: WorkstationContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("mainWindow")
        self.setWindowTitle("casereview")
        self.setMinimumSize(800, 560)
        self.errors = ErrorPresenter(self, context.paths.log_file)
        self.tasks = TaskRunner(self, self.errors)
        self.browser = Browser(self)
        self.browser.selection_changed.connect(self._refresh_actions)
        self.browser.query_changed.connect(self.refresh_index)
        thumbnails = context.paths.cache / "thumbnails"
        self.browser.set_thumbnail_provider(
            lambda series_id: series_thumbnail(context.db, series_id, thumbnails)
        )
        # The browser is the first tab; each opened series gets a closable viewer tab.
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.addTab(self.browser, QCoreApplication.translate("MainWindow", "Study browser"))
        self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.tabs.tabCloseRequested.connect(self.close_viewer_tab)
        self.tabs.currentChanged.connect(lambda _index: self._refresh_actions())
        # MDT meetings (issue 8) get a window of their own (the coordinator keeps it open
        # beside the browser, or on another screen); the presentation opens full screen.
        self.meetings_window = QMainWindow(self)
        self.meetings_window.setObjectName("meetingsWindow")
        self.meetings_window.setWindowTitle(
            QCoreApplication.translate("MainWindow", "casereview — Meetings")
        )
        meeting_errors = ErrorPresenter(self.meetings_window, context.paths.log_file)
        self.meetings = MeetingsPanel(
            context,
            TaskRunner(self.meetings_window, meeting_errors),
            meeting_errors,
            self.meetings_window,
        )
        self.meetings_window.setCentralWidget(self.meetings)
        self.meetings_window.resize(1440, 880)
        self.meetings.present_requested.connect(self.start_presentation)
        self.meetings.meeting_changed.connect(lambda: self._refresh_actions())
        self.meetings.attendance_changed.connect(self._attendance_changed)
        self.presentation: PresentationWindow | None = None
        self.setCentralWidget(self.tabs)
        self.browser.index_view.doubleClicked.connect(self._index_double_clicked)
        self.volume_cache = VolumeCache(context.settings.volume_cache_mb * 2**20)
        self.viewers: list[ViewerWidget] = []
        self.setAcceptDrops(True)  # files and folders dropped anywhere on the window import
        self._import_task: Task[ImportReport] | None = None
        self._patients_shown: list[PatientSummary] = []
        self._cases_shown: list[Case] = []

        # One undo history for every edit of annotations, key images and segments.
        self.undo_stack = UndoStack(self, self.errors.present)
        self.action_registry = ActionRegistry(self)
        self.action_registry.register_all(self._action_specs())
        self._connect_undo_actions()
        self.action_registry.build_menus(self.menuBar(), MENUS)
        toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Main toolbar"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.action_registry.build_toolbar(toolbar)
        self.addToolBar(toolbar)

        self.status_user = QLabel(self)
        self.status_counts = QLabel(self)
        self.status_database = QLabel(self)
        for label in (self.status_user, self.status_counts, self.status_database):
            label.setFrameShape(QFrame.Shape.StyledPanel)
            label.setContentsMargins(6, 0, 6, 0)
            self.statusBar().addPermanentWidget(label)
        self.errors.shown.connect(lambda title, _text: self.statusBar().showMessage(title, 8000))

        self._ui_state = QSettings(str(context.paths.ui_state), QSettings.Format.IniFormat)
        self._restore_state()
        self.action_registry.action("casereview.view.hide_phi").setChecked(
            context.settings.hide_phi_by_default
        )
        self.refresh()
        if self.browser.case_model.rowCount():
            self.browser.case_view.selectRow(0)  # the most recently changed case

    # --- actions ---------------------------------------------------------------------

    def _action_specs(self) -> list[ActionSpec]:
        role = QAction.MenuRole
        keys = QKeySequence.StandardKey
        return [
            ActionSpec(
                "casereview.file.import",
                QT_TRANSLATE_NOOP("actions", "&Import folder…"),
                "file",
                self.import_folder,
                shortcut="Ctrl+I",
                toolbar=True,
                enabled_when=self._can_import,
                tip=QT_TRANSLATE_NOOP(
                    "actions", "Import every DICOM file in a folder, e.g. a CD or a PACS export"
                ),
            ),
            ActionSpec(
                "casereview.file.import_files",
                QT_TRANSLATE_NOOP("actions", "Import &files…"),
                "file",
                self.import_files,
                shortcut="Ctrl+Shift+I",
                enabled_when=self._can_import,
                tip=QT_TRANSLATE_NOOP("actions", "Import DICOM files, zip archives or a DICOMDIR"),
            ),
            import_package_action(self),
            ActionSpec(
                "casereview.app.refresh",
                QT_TRANSLATE_NOOP("actions", "&Refresh"),
                "file",
                self.refresh,
                shortcut=keys.Refresh,
                toolbar=True,
                tip=QT_TRANSLATE_NOOP("actions", "Reload patients and cases from the database"),
            ),
            ActionSpec(
                "casereview.app.quit",
                QT_TRANSLATE_NOOP("actions", "&Quit"),
                "file",
                self.close,
                shortcut=keys.Quit,
                separator_before=True,
                menu_role=role.QuitRole,
            ),
            ActionSpec(
                "casereview.edit.undo",
                QT_TRANSLATE_NOOP("actions", "&Undo"),
                "edit",
                self.undo_stack.undo,
                shortcut=keys.Undo,
                enabled_when=lambda: self._undo_state(redo=False),
                tip=QT_TRANSLATE_NOOP("actions", "Undo the last change of a mark or segment"),
            ),
            ActionSpec(
                "casereview.edit.redo",
                QT_TRANSLATE_NOOP("actions", "&Redo"),
                "edit",
                self.undo_stack.redo,
                shortcut=keys.Redo,
                enabled_when=lambda: self._undo_state(redo=True),
                tip=QT_TRANSLATE_NOOP("actions", "Redo the change that was undone"),
            ),
            ActionSpec(
                "casereview.edit.flag_key_image",
                QT_TRANSLATE_NOOP("actions", "Flag &key image…"),
                "edit",
                self.flag_key_image,
                shortcut="Ctrl+K",
                separator_before=True,
                enabled_when=lambda: self._current_editor() is not None,
                tip=QT_TRANSLATE_NOOP(
                    "actions",
                    "Keep the active view (slice, window, zoom) with a caption for the MDT, "
                    "the report and exchange packages",
                ),
            ),
            ActionSpec(
                "casereview.edit.delete_annotation",
                QT_TRANSLATE_NOOP("actions", "&Delete selected mark"),
                "edit",
                self.delete_selected_annotation,
                shortcut=keys.Delete,
                enabled_when=lambda: self._current_editor() is not None,
                tip=QT_TRANSLATE_NOOP(
                    "actions", "Delete the selected annotation (Undo brings it back)"
                ),
            ),
            *self._tool_specs(),
            ActionSpec(
                "casereview.case.new_from_selection",
                QT_TRANSLATE_NOOP("actions", "&New case from selection…"),
                "case",
                self.new_case_from_selection,
                shortcut=keys.New,
                toolbar=True,
                enabled_when=self._selection_allows_case,
                tip=QT_TRANSLATE_NOOP(
                    "actions", "Create a case from the selected patient, studies or series"
                ),
            ),
            export_package_action(self),
            ActionSpec(
                "casereview.meeting.new",
                QT_TRANSLATE_NOOP("actions", "&New meeting"),
                "meeting",
                self.new_meeting,
                tip=QT_TRANSLATE_NOOP("actions", "Plan an MDT meeting: date, chair, agenda"),
            ),
            ActionSpec(
                "casereview.meeting.show",
                QT_TRANSLATE_NOOP("actions", "&Meetings"),
                "meeting",
                self.show_meetings,
                shortcut="Ctrl+M",
                toolbar=True,
                tip=QT_TRANSLATE_NOOP(
                    "actions", "Meetings: agenda, preparation, attendance and quorum"
                ),
            ),
            ActionSpec(
                "casereview.meeting.present",
                QT_TRANSLATE_NOOP("actions", "Start &presentation"),
                "meeting",
                lambda: self.start_presentation(),
                shortcut="Ctrl+Shift+P",
                enabled_when=lambda: self.meetings.detail is not None,
                tip=QT_TRANSLATE_NOOP(
                    "actions",
                    "Present the selected meeting full screen on the shared screen "
                    "(identity hidden)",
                ),
            ),
            ActionSpec(
                "casereview.meeting.audit",
                QT_TRANSLATE_NOOP("actions", "&Audit trail…"),
                "meeting",
                self.open_audit_viewer,
                separator_before=True,
                tip=QT_TRANSLATE_NOOP(
                    "actions", "Who viewed, changed, signed or exported what; verify the chain"
                ),
            ),
            ActionSpec(
                "casereview.file.switch_user",
                QT_TRANSLATE_NOOP("actions", "S&witch user…"),
                "file",
                self.switch_user,
                tip=QT_TRANSLATE_NOOP(
                    "actions", "Choose who is working; it is stamped on everything created"
                ),
            ),
            ActionSpec(
                "casereview.view.export_nifti",
                QT_TRANSLATE_NOOP("actions", "&Export volume as NIfTI…"),
                "view",
                self.export_current_volume,
                enabled_when=lambda: self.current_viewer() is not None,
                tip=QT_TRANSLATE_NOOP(
                    "actions",
                    "Write the volume shown in the viewer as a NIfTI file (for research "
                    "and planning tools); it carries no patient identity",
                ),
            ),
            ActionSpec(
                "casereview.view.screenshot",
                QT_TRANSLATE_NOOP("actions", "Save &screenshot…"),
                "view",
                self.save_screenshot,
                shortcut="Ctrl+Shift+S",
                enabled_when=lambda: self.current_viewer() is not None,
                tip=QT_TRANSLATE_NOOP(
                    "actions",
                    "Save a view of the viewer (a slice view or the 3-D view) as a PNG "
                    "picture, up to four times its size on screen",
                ),
            ),
            ActionSpec(
                "casereview.view.open_series",
                QT_TRANSLATE_NOOP("actions", "&Open in viewer"),
                "view",
                self.open_selected_series,
                shortcut="Ctrl+O",
                toolbar=True,
                enabled_when=lambda: bool(self.browser.selected_series_ids()),
                tip=QT_TRANSLATE_NOOP(
                    "actions",
                    "Show the selected series in the 2-D viewer; a second selected series "
                    "opens beside it",
                ),
            ),
            ActionSpec(
                "casereview.view.hide_phi",
                QT_TRANSLATE_NOOP("actions", "&Hide patient identity"),
                "view",
                self.set_hide_phi,
                shortcut="Ctrl+H",
                toolbar=True,
                checkable=True,
                tip=QT_TRANSLATE_NOOP(
                    "actions", "Hide names, IDs and birth dates, e.g. before sharing the screen"
                ),
            ),
            ActionSpec(
                "casereview.tools.check",
                QT_TRANSLATE_NOOP("actions", "&Check database and files…"),
                "tools",
                self.check_store,
                toolbar=True,
                tip=QT_TRANSLATE_NOOP(
                    "actions", "Check the database and that every indexed file is unchanged"
                ),
            ),
            ActionSpec(
                "casereview.tools.settings",
                QT_TRANSLATE_NOOP("actions", "&Settings…"),
                "tools",
                self.open_settings,
                shortcut=keys.Preferences,
                separator_before=True,
                menu_role=role.PreferencesRole,
            ),
            partner_keys_action(self),
            ActionSpec(
                "casereview.help.open_demo",
                QT_TRANSLATE_NOOP("actions", "Open &demo case"),
                "help",
                self.open_demo_case,
                tip=QT_TRANSLATE_NOOP(
                    "actions",
                    "Create (first time only) and open the synthetic pancreatic-cancer demo case",
                ),
            ),
            ActionSpec(
                "casereview.help.about",
                QT_TRANSLATE_NOOP("actions", "&About casereview"),
                "help",
                self.open_about,
                menu_role=role.AboutRole,
            ),
        ]

    def _can_import(self) -> bool:
        return self._import_task is None

    def _selection_allows_case(self) -> bool:
        return self.browser.selected_patient_id() is not None

    def _refresh_actions(self) -> None:
        self.action_registry.refresh()

    # --- behaviour -------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the index (with the browser's search and filters) and the cases."""
        try:
            cases: list[Case] = case_service.list_cases(self.context.db)
        except Exception as exc:  # shown in the one place for errors, window stays usable
            self.errors.present(exc)
            return
        if not self.refresh_index():
            return
        selected_case = self.browser.selected_case_id()
        self.browser.show_cases(cases)
        if selected_case is not None:
            self.browser.select_case(selected_case)
        self._cases_shown = cases
        self.meetings.refresh()
        self._show_counts()

    def refresh_index(self) -> bool:
        """Query the index with the browser's search and filters and show the result.

        Returns
        -------
        bool
            Whether the index could be read (a failure has been shown to the user).
        """
        try:
            modalities = index_service.modalities(self.context.db)
            self.browser.set_modalities(modalities)
            patients: list[PatientSummary] = index_service.search_patients(
                self.context.db, self.browser.query()
            )
        except Exception as exc:
            self.errors.present(exc)
            return False
        self.browser.show_index(patients)
        self._patients_shown = patients
        self._show_counts()
        return True

    def _show_counts(self) -> None:
        patients, cases = self._patients_shown, self._cases_shown
        studies = sum(len(p.studies) for p in patients)
        self.status_counts.setText(
            QCoreApplication.translate(
                "MainWindow", "Patients: {p} · Studies: {s} · Cases: {c}"
            ).format(p=len(patients), s=studies, c=len(cases))
        )
        self.status_user.setText(
            QCoreApplication.translate("MainWindow", "User: {name}").format(
                name=self.context.user.display_name
            )
        )
        self.status_database.setText(
            QCoreApplication.translate("MainWindow", "Database: {kind}, schema {rev}").format(
                kind="SQLite" if self.context.db.is_sqlite else self.context.db.engine.dialect.name,
                rev=self.context.db.schema.to_revision,
            )
        )
        self._refresh_actions()

    def set_hide_phi(self, hide: bool) -> None:
        """Hide or show patient identity everywhere in the window."""
        self.browser.set_hide_phi(hide)
        for viewer in self.viewers:
            viewer.set_hide_phi(hide)
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Patient identity hidden")
            if hide
            else QCoreApplication.translate("MainWindow", "Patient identity shown"),
            4000,
        )

    def new_case_from_selection(self) -> None:
        """Ask for a title and question, then create a case from the selected imaging."""
        patient_id = self.browser.selected_patient_id()
        if patient_id is None:
            return
        dialog = NewCaseDialog(
            patient_id,
            self.browser.selected_study_ids(),
            self.browser.selected_series_ids(),
            self,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            case = case_service.create_case(
                self.context.db, dialog.draft(), self.context.user.username
            )
        except Exception as exc:
            self.errors.present(exc)
            return
        self.refresh()
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Case “{title}” created").format(
                title=case.title
            ),
            6000,
        )

    # --- viewer ----------------------------------------------------------------------

    def _index_double_clicked(self, index: object) -> None:
        if index.data(KIND_ROLE) == "series":  # type: ignore[attr-defined]
            self.open_series([index.data(ID_ROLE)])  # type: ignore[attr-defined]

    def open_selected_series(self) -> Task[object] | None:
        """Open the selected series in a viewer tab (a second one beside it)."""
        return self.open_series(self.browser.selected_series_ids())

    def series_info(self, series_id: int) -> SeriesInfo:
        """What the viewer's corner text shows of a series (from the index shown)."""
        for patient in self._patients_shown:
            for study in patient.studies:
                for series in study.series:
                    if series.id == series_id:
                        date = study.study_date
                        if len(date) == 8 and date.isdigit():
                            date = f"{date[:4]}-{date[4:6]}-{date[6:]}"
                        return SeriesInfo(
                            series_id,
                            series.description,
                            series.modality,
                            format_person_name(patient.patient_name),
                            patient.patient_id,
                            study.description,
                            date,
                        )
        return SeriesInfo(series_id)

    def _compare_candidates(self, series_id: int) -> list[tuple[int, str]]:
        for patient in self._patients_shown:
            for study in patient.studies:
                if any(series.id == series_id for series in study.series):
                    return [
                        (se.id, se.description or f"#{se.series_number}")
                        for se in study.series
                        if se.id != series_id and se.modality not in ("SEG", "SR", "PR", "KO")
                    ]
        return []

    def open_series(self, series_ids: Sequence[int]) -> Task[object] | None:
        """Load a series (and a second to compare) off the UI thread and show a viewer tab.

        The tab opens as soon as the volume's array exists and fills while the images load,
        so the first slices show long before a slow (compressed, remote) series is complete.

        Returns
        -------
        Task or None
            The loading task, or ``None`` when no series was given.
        """
        ids = list(dict.fromkeys(series_ids))[:2]
        if not ids:
            return None
        db, cache = self.context.db, self.volume_cache
        relay = _VolumeRelay(self)
        preview: list[ViewerWidget] = []
        refresher = QTimer(self)
        refresher.setInterval(PREVIEW_REFRESH_MS)
        refresher.timeout.connect(lambda: preview and preview[0].session.notify_voxels_changed())

        def show_preview(volume: Volume) -> None:
            preview.append(self._add_viewer(volume, ids[0]))
            refresher.start()

        relay.arrived.connect(show_preview)

        def work(progress: ProgressReporter, cancel: CancelToken) -> list[Volume]:
            first = load_series_volume(
                db,
                ids[0],
                cache=cache,
                progress=progress,
                cancel=cancel,
                on_allocated=relay.arrived.emit,  # queued to the UI thread
            )
            rest = [
                load_series_volume(db, i, cache=cache, progress=progress, cancel=cancel)
                for i in ids[1:]
            ]
            return [first, *rest]

        def show(volumes: list[Volume]) -> None:
            refresher.stop()
            if preview:
                viewer = preview[0]
                viewer.volume_loaded(volumes[0])
            else:  # it came from the cache: complete at once
                viewer = self._add_viewer(volumes[0], ids[0])
            if len(volumes) > 1:
                viewer.set_comparison(volumes[1], self.series_info(ids[1]))

        task = self.tasks.run(
            QCoreApplication.translate("MainWindow", "Loading images"), work, show
        )

        def ended() -> None:
            refresher.stop()
            if task.error is not None and preview and preview[0] in self.viewers:
                # Cancelled or failed: a half-filled volume must not stay on screen.
                self.close_viewer_tab(self.tabs.indexOf(preview[0]))

        task.finished.connect(ended)
        return task

    def _add_viewer(self, volume: Volume, series_id: int) -> ViewerWidget:
        viewer = ViewerWidget(
            volume,
            self.series_info(series_id),
            hide_phi=self.action_registry.action("casereview.view.hide_phi").isChecked(),
            compare_candidates=self._compare_candidates(series_id),
            view3d_context=View3DContext(
                self.context.db,
                self.context.user.username,
                series_id,
                self._case_of_series(series_id),
                self.tasks,
                self.errors,
            ),
            parent=self.tabs,
        )
        viewer.comparison_requested.connect(lambda other, v=viewer: self.open_comparison(v, other))
        self.viewers.append(viewer)
        self._attach_editor(viewer, volume, series_id)
        self._record_case_view(series_id)
        title = self.series_info(series_id).series_description or QCoreApplication.translate(
            "MainWindow", "Viewer"
        )
        self.tabs.addTab(viewer, title)
        self.tabs.setCurrentWidget(viewer)
        self.last_viewer = viewer
        return viewer

    # --- measuring and segmenting -----------------------------------------------------

    def _tool_specs(self) -> list[ActionSpec]:
        """The measurement and segmentation tools of the front viewer, with their keys."""
        tools = [
            (Tool.NAVIGATE, QT_TRANSLATE_NOOP("actions", "&Navigate"), "Esc"),
            (Tool.LENGTH, QT_TRANSLATE_NOOP("actions", "&Length"), "L"),
            (Tool.BIDIRECTIONAL, QT_TRANSLATE_NOOP("actions", "&Bidirectional (RECIST)"), "B"),
            (Tool.ANGLE, QT_TRANSLATE_NOOP("actions", "&Angle"), "A"),
            (Tool.ELLIPSE, QT_TRANSLATE_NOOP("actions", "&Ellipse ROI"), "E"),
            (Tool.POLYGON, QT_TRANSLATE_NOOP("actions", "Pol&ygon ROI"), "G"),
            (Tool.POINT, QT_TRANSLATE_NOOP("actions", "&Point"), "P"),
            (Tool.TEXT, QT_TRANSLATE_NOOP("actions", "&Note"), "N"),
            (Tool.ARROW, QT_TRANSLATE_NOOP("actions", "A&rrow"), "R"),
            (Tool.PAINT, QT_TRANSLATE_NOOP("actions", "Pa&int segment"), None),
            (Tool.ERASE, QT_TRANSLATE_NOOP("actions", "E&rase segment"), None),
            (Tool.SEED, QT_TRANSLATE_NOOP("actions", "&Grow segment from seed"), None),
        ]
        return [
            ActionSpec(
                f"casereview.annotation.tool.{tool.value}",
                text,
                "measure",
                lambda t=tool: self.set_tool(t),
                shortcut=key,
                separator_before=tool is Tool.PAINT,
                enabled_when=lambda: self._current_editor() is not None,
            )
            for tool, text, key in tools
        ]

    def set_tool(self, tool: Tool) -> None:
        """Make ``tool`` the active tool of the front viewer."""
        editor = self._current_editor()
        if editor is not None:
            editor.set_tool(tool)

    def _connect_undo_actions(self) -> None:
        undo = self.action_registry.action("casereview.edit.undo")
        redo = self.action_registry.action("casereview.edit.redo")
        self.undo_stack.canUndoChanged.connect(lambda _on: self._undo_changed())
        self.undo_stack.canRedoChanged.connect(lambda _on: self._undo_changed())

        def texts() -> None:
            if not shiboken6.isValid(self.undo_stack):
                return
            what = self.undo_stack.undoText()
            undo.setText(
                QCoreApplication.translate("MainWindow", "&Undo {what}").format(what=what)
                if what
                else QCoreApplication.translate("actions", "&Undo")
            )
            what = self.undo_stack.redoText()
            redo.setText(
                QCoreApplication.translate("MainWindow", "&Redo {what}").format(what=what)
                if what
                else QCoreApplication.translate("actions", "&Redo")
            )

        self.undo_stack.indexChanged.connect(lambda _index: texts())

    def _undo_changed(self) -> None:
        # The stack also signals while the window is being destroyed (it is its child).
        if shiboken6.isValid(self.tabs):
            self._refresh_actions()

    def _undo_state(self, *, redo: bool) -> bool:
        # The stack emits while it is destroyed with the window: answer without touching it.
        if not shiboken6.isValid(self.undo_stack):
            return False
        return self.undo_stack.canRedo() if redo else self.undo_stack.canUndo()

    def case_for_series(self, series_id: int) -> int | None:
        """The case a series is reviewed in: the selected case if it holds the series, else
        the most recently changed one that does (``None`` if no case holds it)."""
        study_of = {
            se.id: st.id
            for patient in self._patients_shown
            for st in patient.studies
            for se in st.series
        }
        selected = self.browser.selected_case_id()
        cases = sorted(self._cases_shown, key=lambda c: c.id != selected)
        for case in cases:
            if series_id in case.series_ids or study_of.get(series_id) in case.study_ids:
                return case.id
        return None

    def _attach_editor(self, viewer: ViewerWidget, volume: Volume, series_id: int) -> None:
        case_id = self.case_for_series(series_id)
        if case_id is None:
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow",
                    "This series is in no case: create a case (Ctrl+N) to measure and segment.",
                ),
                8000,
            )
            return
        ctx = EditContext(
            self.context.db, lambda: self.context.user.username, case_id, volume, viewer.session
        )
        try:
            editor = CaseEditor(ctx, self.undo_stack, viewer, run_task=self._run_editor_task)
        except Exception as exc:  # the images stay usable without the tools
            self.errors.present(exc)
            return
        editor.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        viewer.attach_editor(editor)
        self._refresh_actions()

    def _run_editor_task(self, title: str, work: object, done: object) -> object:
        return self.tasks.run(title, work, done)  # type: ignore[arg-type]

    def _current_editor(self) -> CaseEditor | None:
        viewer = self.current_viewer()
        return viewer.editor if viewer is not None else None

    def flag_key_image(self) -> None:
        """Flag the front viewer's active view as a key image of its case."""
        viewer = self.current_viewer()
        if viewer is not None and viewer.editor is not None and viewer.flag_key_image():
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Key image flagged"), 4000
            )

    def delete_selected_annotation(self) -> None:
        """Delete the annotation selected in the front viewer (undo restores it)."""
        editor = self._current_editor()
        if editor is not None:
            editor.annotation_panel.delete_current()

    def _case_of_series(self, series_id: int) -> int | None:
        """The case selected in the browser if the series belongs to it (3-D views go there)."""
        case_id = self.browser.selected_case_id()
        case = next((c for c in self._cases_shown if c.id == case_id), None)
        return case.id if case is not None and series_id in case.series_ids else None

    def _record_case_view(self, series_id: int) -> None:
        """Audit the view when the series was opened from a selected case."""
        case_id = self.browser.selected_case_id()
        case = next((c for c in self._cases_shown if c.id == case_id), None)
        if case is None or series_id not in case.series_ids:
            return
        try:
            case_service.record_case_viewed(
                self.context.db, case.id, self.context.user.username, "viewer"
            )
        except Exception as exc:
            self.errors.present(exc)

    # --- meetings --------------------------------------------------------------------

    def show_meetings(self) -> None:
        """Show the Meetings window in front."""
        self.meetings_window.show()
        self.meetings_window.raise_()
        self.meetings_window.activateWindow()

    def new_meeting(self) -> int | None:
        """Create a meeting and open it in the Meetings window."""
        self.show_meetings()
        return self.meetings.new_meeting()

    def start_presentation(
        self, meeting_id: int | None = None, *, full_screen: bool = True
    ) -> PresentationWindow | None:
        """Present a meeting (the one open in the Meetings window by default) full screen."""
        if meeting_id is None:
            if self.meetings.detail is None:
                return None
            meeting_id = self.meetings.detail.meeting.id
        if self.presentation is not None:
            self.presentation.close()
        # With a projector connected, present there and keep this window on the desk screen.
        others = [s for s in QGuiApplication.screens() if s is not self.screen()]
        try:
            window = PresentationWindow(
                self.context,
                meeting_id,
                self.volume_cache,
                full_screen=full_screen,
                screen=others[0] if others else None,
            )
        except Exception as exc:
            self.errors.present(exc)
            return None
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.closed.connect(lambda: self._presentation_closed(window))
        self.presentation = window
        window.show()
        window.activateWindow()
        window.setFocus()
        return window

    def _attendance_changed(self) -> None:
        presentation = self.presentation
        if presentation is not None and self.meetings.detail is not None:
            if presentation.meeting_id == self.meetings.detail.meeting.id:
                presentation.refresh_attendance()

    def _presentation_closed(self, window: PresentationWindow) -> None:
        if self.presentation is window:
            self.presentation = None
        if self.meetings.detail is not None:
            self.meetings.load_meeting(self.meetings.detail.meeting.id)

    def open_audit_viewer(self) -> AuditViewer:
        """Show the audit trail with its chain verification."""
        viewer = AuditViewer(
            self.context.db, self.context.user.username, self.tasks, self.errors, self
        )
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.open()
        self.last_audit_viewer = viewer
        return viewer

    def switch_user(self) -> None:
        """Choose who is working from now on (remembered for this workstation)."""
        from casereview.services.users import list_users
        from casereview.ui.user_chooser import UserChooser

        dialog = UserChooser(
            list_users(self.context.db),
            self.context.user.username,
            bool(self._ui_state.value("startup/askUser", True, type=bool)),
            self,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.context.switch_user(dialog.chosen_user())
        except Exception as exc:
            self.errors.present(exc)
            return
        self._ui_state.setValue("startup/askUser", dialog.ask.isChecked())
        self.refresh()

    def open_comparison(self, viewer: ViewerWidget, series_id: int) -> Task[object]:
        """Load ``series_id`` off the UI thread and show it beside ``viewer``'s series."""
        db, cache = self.context.db, self.volume_cache

        def work(progress: ProgressReporter, cancel: CancelToken) -> object:
            return load_series_volume(db, series_id, cache=cache, progress=progress, cancel=cancel)

        def show(volume: object) -> None:
            if viewer in self.viewers:
                viewer.set_comparison(volume, self.series_info(series_id))  # type: ignore[arg-type]
                viewer.set_layout(Layout.COMPARE)

        return self.tasks.run(
            QCoreApplication.translate("MainWindow", "Loading images"), work, show
        )

    def close_viewer_tab(self, index: int) -> None:
        """Close a viewer tab (the browser tab stays)."""
        widget = self.tabs.widget(index)
        if isinstance(widget, ViewerWidget):
            self.tabs.removeTab(index)
            self.viewers.remove(widget)
            widget.shutdown()
            widget.deleteLater()

    # --- import ----------------------------------------------------------------------

    def import_folder(self) -> Task[ImportReport] | None:
        """Ask for a folder and import every DICOM file in it (with sub-folders)."""
        folder = QFileDialog.getExistingDirectory(
            self,
            QCoreApplication.translate("MainWindow", "Import a folder of DICOM files"),
            self._last_import_directory(),
        )
        return self.import_paths([Path(folder)]) if folder else None

    def import_files(self) -> Task[ImportReport] | None:
        """Ask for DICOM files, zip archives or a DICOMDIR and import them."""
        files, _filter = QFileDialog.getOpenFileNames(
            self,
            QCoreApplication.translate(
                "MainWindow", "Import DICOM files, zip archives or a DICOMDIR"
            ),
            self._last_import_directory(),
            ";;".join(
                (
                    # DICOM files often have no extension at all, so "all files" comes first.
                    QCoreApplication.translate("MainWindow", "All files (*)"),
                    QCoreApplication.translate(
                        "MainWindow", "DICOM, zip and DICOMDIR (*.dcm *.DCM *.zip *.ZIP DICOMDIR)"
                    ),
                )
            ),
        )
        return self.import_paths([Path(f) for f in files]) if files else None

    def _last_import_directory(self) -> str:
        return str(self._ui_state.value("import/lastDirectory", str(Path.home())))

    def import_paths(self, paths: Sequence[Path]) -> Task[ImportReport] | None:
        """Import ``paths`` (files, folders, zips, DICOMDIR) off the UI thread.

        When it finishes the browser shows and selects the imported series and the import
        report opens; a cancelled import keeps, and shows, what was finished.

        Returns
        -------
        Task or None
            The running import, or ``None`` if another import is still running.
        """
        if self._import_task is not None:
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow", "An import is already running; wait for it to finish."
                ),
                6000,
            )
            return None
        paths = list(paths)
        if not paths:
            return None
        self._ui_state.setValue(
            "import/lastDirectory", str(paths[0] if paths[0].is_dir() else paths[0].parent)
        )
        context = self.context

        def work(progress: ProgressReporter, cancel: CancelToken) -> ImportReport:
            return import_paths(
                context.db,
                paths,
                context.user.username,
                staging_dir=context.paths.imports,
                quarantine_dir=context.paths.quarantine,
                progress=progress,
                cancel=cancel,
            )

        task = self.tasks.run(
            QCoreApplication.translate("MainWindow", "Importing DICOM files"),
            work,
            self._show_import,
            unit=QCoreApplication.translate("MainWindow", "files"),
        )
        self._import_task = task
        task.finished.connect(lambda: self._import_finished(task))
        self._refresh_actions()
        return task

    def _import_finished(self, task: Task[ImportReport]) -> None:
        self._import_task = None
        self._refresh_actions()
        if task.error is not None:
            # Cancelled or failed: batches written before stay indexed, so show them.
            self.refresh()
            if isinstance(task.error, OperationCancelled):
                self.statusBar().showMessage(
                    QCoreApplication.translate(
                        "MainWindow", "Import cancelled; the files imported so far are kept."
                    ),
                    10000,
                )

    def _show_import(self, report: ImportReport) -> None:
        self.refresh()
        new_series = sorted(report.series_ids)
        shown = self.browser.select_series(new_series)
        if shown < len(new_series) and self.browser.filters_active():
            # Some new series are hidden by the search or filters: show everything.
            self.browser.clear_filters()
            self.browser.select_series(new_series)
        self.statusBar().showMessage(summary_text(report), 15000)
        dialog = ImportReportDialog(report, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.last_import_report = dialog

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt naming)
        """Accept local files and folders (the drop imports them)."""
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if urls and all(url.isLocalFile() for url in urls) and self._import_task is None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt naming)
        """Import the dropped files and folders."""
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_paths(paths)

    # --- demo, checks, settings ------------------------------------------------------

    def open_demo_case(self) -> Task[InstalledDemo]:
        """Generate and import the demo case off the UI thread (once), then select it."""
        paths = self.context.paths
        actor = self.context.user.username

        def work(progress: ProgressReporter, cancel: CancelToken) -> InstalledDemo:
            return install_demo(
                self.context.db,
                demo_directory(paths.demo, "borderline", small=False),
                actor,
                staging_dir=paths.imports,
                quarantine_dir=paths.quarantine,
                progress=progress,
                cancel=cancel,
            )

        def show(installed: InstalledDemo) -> None:
            self.refresh()
            self.browser.select_case(installed.case.id)
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Demo case “{title}” is open").format(
                    title=installed.case.title
                ),
                8000,
            )

        return self.tasks.run(
            QCoreApplication.translate("MainWindow", "Preparing the demo case"), work, show
        )

    def current_viewer(self) -> ViewerWidget | None:
        """The viewer in the front tab, if a viewer is in front."""
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, ViewerWidget) else None

    def save_screenshot(self) -> Path | None:
        """Ask which view of the front viewer and how large, then save it as PNG."""
        viewer = self.current_viewer()
        if viewer is None:
            return None
        names = {
            Orientation.AXIAL: QCoreApplication.translate("MainWindow", "Axial"),
            Orientation.CORONAL: QCoreApplication.translate("MainWindow", "Coronal"),
            Orientation.SAGITTAL: QCoreApplication.translate("MainWindow", "Sagittal"),
        }
        views = []
        for widget in viewer.visible_views():
            if widget is viewer.widget_3d:
                label = QCoreApplication.translate("MainWindow", "3-D view")
                views.append((label, widget.host.GetRenderWindow()))
            else:
                label = names[widget.view.orientation]
                if widget.view.role == "comparison":
                    label += " " + QCoreApplication.translate("MainWindow", "(comparison)")
                views.append((label, widget.GetRenderWindow()))
        dialog = ScreenshotDialog(views, self)
        if viewer.widget_3d is not None and viewer.widget_3d.isVisible():
            dialog.view_combo.setCurrentIndex(len(views) - 1)
        if dialog.exec() != ScreenshotDialog.DialogCode.Accepted:
            return None
        target, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("MainWindow", "Save screenshot"),
            str(Path.home() / f"series-{viewer.session.primary.info.series_id}.png"),
            QCoreApplication.translate("MainWindow", "PNG pictures (*.png)"),
        )
        if not target:
            return None
        try:
            path = dialog.save(Path(target))
        except Exception as exc:
            self.errors.present(exc)
            return None
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Screenshot saved to {path}").format(
                path=str(path)
            ),
            8000,
        )
        return path

    def export_current_volume(self) -> None:
        """Ask where, then write the front viewer's volume as NIfTI off the UI thread."""
        viewer = self.current_viewer()
        if viewer is None or viewer.session.primary is None:
            return
        loaded = viewer.session.primary
        # The suggested name carries the series number only: names and IDs stay out of files.
        suggestion = str(Path.home() / f"series-{loaded.info.series_id}.nii.gz")
        target, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("MainWindow", "Export volume as NIfTI"),
            suggestion,
            QCoreApplication.translate("MainWindow", "NIfTI images (*.nii.gz *.nii)"),
        )
        if not target:
            return
        volume = loaded.volume

        def work(progress: ProgressReporter, cancel: CancelToken) -> Path:
            return export_nifti(volume, Path(target))

        def done(path: Path) -> None:
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Volume written to {path}").format(
                    path=str(path)
                ),
                8000,
            )

        self.tasks.run(
            QCoreApplication.translate("MainWindow", "Writing the NIfTI file"),
            work,
            done,
            cancellable=False,
        )

    def check_store(self) -> None:
        """Check the database and every indexed file off the UI thread."""

        def work(progress: ProgressReporter, cancel: CancelToken) -> IntegrityReport:
            return check_store(self.context.db, progress=progress, cancel=cancel)

        self.tasks.run(
            QCoreApplication.translate("MainWindow", "Checking database and files"),
            work,
            self._show_check_report,
        )

    def _show_check_report(self, report: IntegrityReport) -> None:
        if report.healthy:
            text = QCoreApplication.translate(
                "MainWindow", "The database is sound and all {n} indexed files are unchanged."
            ).format(n=report.files_checked)
            icon = QMessageBox.Icon.Information
        else:
            lines = [*report.database_problems]
            lines += [
                QCoreApplication.translate("MainWindow", "Missing: {path}").format(path=p)
                for p in report.missing[:20]
            ]
            lines += [
                QCoreApplication.translate("MainWindow", "Changed: {path}").format(path=p)
                for p in report.changed[:20]
            ]
            text = QCoreApplication.translate(
                "MainWindow",
                "Problems were found ({m} missing, {c} changed files, {d} database problems):",
            ).format(m=len(report.missing), c=len(report.changed), d=len(report.database_problems))
            text += "\n\n" + "\n".join(lines)
            icon = QMessageBox.Icon.Warning
        box = QMessageBox(
            icon,
            QCoreApplication.translate("MainWindow", "Check database and files"),
            text,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("checkReport")
        box.open()
        self.last_report_box = box

    def open_settings(self) -> None:
        """Edit settings; a new user name becomes the author of later changes."""
        dialog = SettingsDialog(self.context.settings, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.context.update_settings(dialog.result_settings())
        except Exception as exc:
            self.errors.present(exc)
            return
        self.refresh()

    def open_about(self) -> None:
        """Show version, components and data locations."""
        try:
            info = describe(self.context.db, self.context.paths.root, self.context.version)
        except Exception as exc:
            self.errors.present(exc)
            return
        dialog = AboutDialog(info, str(self.context.paths.log_file), self)
        dialog.open()
        self.last_about_dialog = dialog

    # --- window state ----------------------------------------------------------------

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

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt naming)
        """Remember the window and let running tasks reach a safe point."""
        if self.tasks.busy:
            for task in self.tasks.tasks:
                task.cancel()
            self.tasks.wait_for_all(10_000)
        if self.presentation is not None:
            self.presentation.close()
        self.meetings_window.close()
        self.browser.shutdown()
        for viewer in list(self.viewers):
            viewer.shutdown()
        self.save_state()
        super().closeEvent(event)
