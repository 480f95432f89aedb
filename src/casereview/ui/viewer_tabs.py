"""The main window's tabs: the study browser first, then one closable tab per open series.

Series load off the UI thread; a tab opens as soon as the volume's array exists and fills while
the images arrive, so the first slices show long before a slow series is complete.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QTimer, Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from casereview.commands import EditContext
from casereview.dicom.single_image import SeriesPictures
from casereview.domain.progress import CancelToken, ProgressReporter
from casereview.domain.volume import Volume
from casereview.services import cases as case_service
from casereview.services.volumes import VolumeCache, load_series_for_viewing, load_series_volume
from casereview.session import Layout
from casereview.ui.browser import ID_ROLE, KIND_ROLE, Browser
from casereview.ui.context import WorkstationContext
from casereview.ui.errors import ErrorPresenter
from casereview.ui.index_state import IndexState
from casereview.ui.tasks import Task, TaskRunner
from casereview.ui.undo import UndoStack
from casereview.ui.viewer import ViewerWidget
from casereview.ui.viewer.image_view import ImageViewer
from casereview.ui.viewer.view3d import View3DContext

#: How often a viewer that is still loading redraws the slices that arrived.
PREVIEW_REFRESH_MS = 250


class VolumeRelay(QObject):
    """Carries a volume from the loading thread to the UI thread (a queued signal)."""

    arrived = Signal(object)


class ViewerTabs(QTabWidget):
    """The browser tab and the viewer tabs.

    Parameters
    ----------
    context, tasks, errors
        The application and the window's task runner and error display.
    browser
        The study browser (first tab, not closable).
    index
        The index shown (corner texts, comparison candidates).
    phi_hidden
        Whether new viewers start with patient identity hidden.
    """

    #: A viewer tab opened (the new :class:`ViewerWidget`).
    viewer_opened = Signal(object)

    def __init__(
        self,
        context: WorkstationContext,
        tasks: TaskRunner,
        errors: ErrorPresenter,
        browser: Browser,
        index: IndexState,
        phi_hidden: Callable[[], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainTabs")
        self.setDocumentMode(True)
        self.setTabsClosable(True)
        self.context = context
        self.tasks = tasks
        self.errors = errors
        self.browser = browser
        self.index = index
        self.phi_hidden = phi_hidden
        self.volume_cache = VolumeCache(context.settings.volume_cache_mb * 2**20)
        self.viewers: list[ViewerWidget] = []
        #: Tabs of series that hold pictures rather than a volume.
        self.image_viewers: list[ImageViewer] = []
        self.addTab(browser, QCoreApplication.translate("MainWindow", "Study browser"))
        self.tabBar().setTabButton(0, self.tabBar().ButtonPosition.RightSide, None)
        self.tabCloseRequested.connect(self.close_viewer_tab)
        browser.index_view.doubleClicked.connect(self._index_double_clicked)

    def _index_double_clicked(self, index: QModelIndex) -> None:
        if index.data(KIND_ROLE) == "series":
            self.open_series([index.data(ID_ROLE)])

    def current_viewer(self) -> ViewerWidget | None:
        """The viewer in the front tab, if a viewer is in front."""
        widget = self.currentWidget()
        return widget if isinstance(widget, ViewerWidget) else None

    def open_series(self, series_ids: Sequence[int]) -> Task[list[Volume | SeriesPictures]] | None:
        """Load a series (and a second to compare) off the UI thread and show a viewer tab.

        A series that holds no volume (screenshots, dose screens, secondary captures,
        ultrasound, a lone slice) opens in a picture tab instead; nothing is put beside it.

        Returns
        -------
        Task or None
            The loading task, or ``None`` when no series was given.
        """
        ids = list(dict.fromkeys(series_ids))[:2]
        if not ids:
            return None
        db, cache = self.context.db, self.volume_cache
        relay = VolumeRelay(self)
        preview: list[ViewerWidget] = []
        refresher = QTimer(self)
        refresher.setInterval(PREVIEW_REFRESH_MS)
        refresher.timeout.connect(lambda: self._redraw_preview(preview))

        def show_preview(volume: Volume) -> None:
            preview.append(self._add_viewer(volume, ids[0]))
            refresher.start()

        relay.arrived.connect(show_preview)

        def work(progress: ProgressReporter, cancel: CancelToken) -> list[Volume | SeriesPictures]:
            first = load_series_for_viewing(
                db,
                ids[0],
                cache=cache,
                progress=progress,
                cancel=cancel,
                on_allocated=relay.arrived.emit,  # queued to the UI thread
            )
            if isinstance(first, SeriesPictures):
                return [first]
            rest = [
                load_series_volume(db, i, cache=cache, progress=progress, cancel=cancel)
                for i in ids[1:]
            ]
            return [first, *rest]

        def show(volumes: list[Volume | SeriesPictures]) -> None:
            refresher.stop()
            if isinstance(volumes[0], SeriesPictures):
                self._add_image_viewer(volumes[0], ids[0])
                return
            volume = volumes[0]
            if preview:
                viewer = preview[0]
                viewer.volume_loaded(volume)
            else:  # it came from the cache: complete at once
                viewer = self._add_viewer(volume, ids[0])
            if len(volumes) > 1 and isinstance(volumes[1], Volume):
                viewer.set_comparison(volumes[1], self.index.series_info(ids[1]))

        task = self.tasks.run(
            QCoreApplication.translate("MainWindow", "Loading images"), work, show
        )

        def ended() -> None:
            refresher.stop()
            if task.error is not None and preview and preview[0] in self.viewers:
                # Cancelled or failed: a half-filled volume must not stay on screen.
                self.close_viewer_tab(self.indexOf(preview[0]))

        task.finished.connect(ended)
        return task

    def _redraw_preview(self, preview: list[ViewerWidget]) -> None:
        if preview:
            preview[0].session.notify_voxels_changed()

    def open_comparison(
        self, viewer: ViewerWidget, series_id: int
    ) -> Task[Volume | SeriesPictures]:
        """Load ``series_id`` off the UI thread and show it beside ``viewer``'s series.

        A series of pictures (a dose screen of the same study) cannot lie beside a volume:
        it opens in a picture tab of its own.
        """
        db, cache = self.context.db, self.volume_cache

        def work(progress: ProgressReporter, cancel: CancelToken) -> Volume | SeriesPictures:
            return load_series_for_viewing(
                db, series_id, cache=cache, progress=progress, cancel=cancel
            )

        def show(volume: Volume | SeriesPictures) -> None:
            if isinstance(volume, SeriesPictures):
                self._add_image_viewer(volume, series_id)
            elif viewer in self.viewers:
                viewer.set_comparison(volume, self.index.series_info(series_id))
                viewer.set_layout(Layout.COMPARE)

        return self.tasks.run(
            QCoreApplication.translate("MainWindow", "Loading images"), work, show
        )

    def _add_viewer(self, volume: Volume, series_id: int) -> ViewerWidget:
        selected_case = self.browser.selected_case_id()
        listing = self.index.case_listing(selected_case, [series_id])
        viewer = ViewerWidget(
            volume,
            self.index.series_info(series_id),
            hide_phi=self.phi_hidden(),
            compare_candidates=self.index.compare_candidates(series_id),
            view3d_context=View3DContext(
                self.context.db,
                self.context.user.username,
                series_id,
                listing.id if listing is not None else None,
                self.tasks,
                self.errors,
            ),
            parent=self,
        )
        viewer.comparison_requested.connect(lambda other, v=viewer: self.open_comparison(v, other))
        self.viewers.append(viewer)
        if listing is not None:
            self._record_case_view(listing.id)
        title = self.index.series_info(series_id).series_description or (
            QCoreApplication.translate("MainWindow", "Viewer")
        )
        self.addTab(viewer, title)
        self.setCurrentWidget(viewer)
        self.viewer_opened.emit(viewer)
        return viewer

    def _add_image_viewer(self, pictures: SeriesPictures, series_id: int) -> ImageViewer:
        selected_case = self.browser.selected_case_id()
        case_id = self.index.case_for_series(series_id, selected_case)
        context = self.context
        edit_context = (
            None
            if case_id is None
            else EditContext(context.db, lambda: context.user.username, case_id)
        )
        info = self.index.series_info(series_id)
        viewer = ImageViewer(
            pictures,
            info,
            hide_phi=self.phi_hidden(),
            edit_context=edit_context,
            undo_stack=self._undo_stack(),
            parent=self,
        )
        self.image_viewers.append(viewer)
        listing = self.index.case_listing(selected_case, [series_id])
        if listing is not None:
            self._record_case_view(listing.id)
        title = info.series_description or QCoreApplication.translate("MainWindow", "Viewer")
        self.addTab(viewer, title)
        self.setCurrentWidget(viewer)
        return viewer

    def _undo_stack(self) -> UndoStack:
        """The window's undo history (marks on pictures undo with everything else)."""
        window_stack = self.window().findChild(UndoStack)
        if window_stack is not None:
            return window_stack
        stack = self.findChild(UndoStack)  # tabs shown without a main window keep their own
        return stack if stack is not None else UndoStack(self, self.errors.present)

    def _record_case_view(self, case_id: int) -> None:
        """Audit the view when the series was opened from a selected case."""
        try:
            case_service.record_case_viewed(
                self.context.db, case_id, self.context.user.username, "viewer"
            )
        except Exception as exc:
            self.errors.present(exc)

    def close_viewer_tab(self, index: int) -> None:
        """Close a viewer tab (the browser tab stays)."""
        widget = self.widget(index)
        if isinstance(widget, ViewerWidget):
            self.removeTab(index)
            self.viewers.remove(widget)
            widget.shutdown()
            widget.deleteLater()
        elif isinstance(widget, ImageViewer):
            self.removeTab(index)
            self.image_viewers.remove(widget)
            widget.shutdown()
            widget.deleteLater()

    def shutdown(self) -> None:
        """Release every viewer (before the window closes)."""
        for viewer in list(self.viewers):
            viewer.shutdown()
        for image_viewer in list(self.image_viewers):
            image_viewer.shutdown()
