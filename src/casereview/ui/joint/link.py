"""The session's events on the UI thread, and one viewer joined to the session.

:class:`SessionEvents` re-emits the :class:`~casereview.joint.client.JointSession`'s signals
(emitted on the network thread) as Qt signals of an object living on the UI thread; every
receiver is connected queued, so nothing of the views is touched from the network thread.

:class:`ViewLink` joins one :class:`~casereview.ui.viewer.ViewerWidget` to the session: the
viewer session's facets through :class:`~casereview.joint.bridge.ViewerBridge`; zoom and pan of
the slice views and the 3-D camera and preset read from the views' VTK cameras; the series
shown beside it for comparison; the others' pointers drawn on the slice views and our own
pointer sent; the marks the driver draws during the session (a measurement, an arrow, a note)
sent, and the driver's marks shown here as *session marks*: read-only, in a colour of their
own, in a layer apart from the case's annotations, never stored, gone when the session ends.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import numpy as np
import shiboken6
from psygnal import SignalInstance as CoreSignal
from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, QTimer, Signal, SignalInstance
from vtkmodules.vtkCommonCore import vtkCommand
from vtkmodules.vtkRenderingCore import vtkCamera

from casereview.analysis.measurements import measure
from casereview.domain.annotations import Annotation, AnnotationKind, ImageReference
from casereview.domain.rendering import CameraView
from casereview.errors import CasereviewError
from casereview.joint.bridge import ViewerBridge, series_state
from casereview.joint.client import JointSession
from casereview.joint.packages import PackageBinding
from casereview.joint.protocol import (
    ANNOTATION_PREFIX,
    MAX_LABEL,
    MAX_POINTS,
    AnnotationShape,
    CameraState,
    FacetValue,
    LayoutState,
    Pointer,
    PresetState,
    RotationState,
    SeriesState,
    SlabState,
    ZoomPanState,
)
from casereview.joint.state import PointerMoved, StateChange
from casereview.render.annotation_actors import AnnotationLayer2D
from casereview.render.slice_pipeline import SeriesRole
from casereview.services.cases import get_case
from casereview.session import Layout, Orientation, SlabMode
from casereview.ui.joint.pointers import PointerMarks
from casereview.ui.viewer import ViewerWidget
from casereview.ui.viewer.tool_kinds import annotation_summary
from casereview.ui.viewer.views import SliceViewWidget

#: A camera change this soon after the user's mouse or wheel in a view is the user's own.
USER_WINDOW_S = 0.6
#: Differences below these are the same camera (mm, and unitless for directions).
CAMERA_TOLERANCE = 1e-3
#: Camera changes are gathered for this long before one update is sent (milliseconds).
CAMERA_INTERVAL_MS = 33
#: Colour of the session's marks (magenta): never mistaken for the case's own (yellow) ones.
SESSION_MARK_COLOUR = (1.0, 0.35, 0.85)


def series_in_package(binding: PackageBinding, series_uid: str, series_id: int) -> bool:
    """Whether one of our series is part of ``binding``'s package (so its UID may travel).

    At the site that exported the package its series have replacement UIDs; at a site that
    received it, its series are the case's. Any other series would leak its own UID.
    """
    if binding.package_series_uid(series_uid) != series_uid:
        return True  # we exported it under this package's UIDs
    if binding.case_id is None or binding.exported:
        return False
    return series_id in get_case(binding.db, binding.case_id).series_ids


class SessionEvents(QObject):
    """A session's events, re-emitted on the UI thread.

    Parameters
    ----------
    joint
        The session whose signals (network thread) are moved here.
    """

    state_changed = Signal(object)
    control_changed = Signal(object)
    participants_changed = Signal(object)
    pointer_moved = Signal(object)
    problem = Signal(object)
    connection_changed = Signal(object)

    def __init__(self, joint: JointSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.joint = joint
        # Emitting a Qt signal from the network thread is safe; receivers connected with
        # ``connect_queued`` then run on the UI thread.
        self._relays: list[tuple[CoreSignal, Callable[[object], None]]] = []
        for source, target in (
            (joint.state_changed, self.state_changed),
            (joint.control_changed, self.control_changed),
            (joint.participants_changed, self.participants_changed),
            (joint.pointer_moved, self.pointer_moved),
            (joint.problem, self.problem),
            (joint.connection_changed, self.connection_changed),
        ):
            relay = self._relay(target)
            source.connect(relay)
            self._relays.append((source, relay))

    def _relay(self, target: SignalInstance) -> Callable[[object], None]:
        def emit(value: object) -> None:
            if shiboken6.isValid(self):
                target.emit(value)

        return emit

    @staticmethod
    def connect_queued(signal: SignalInstance, slot: Callable[..., object]) -> None:
        """Connect ``slot`` (a method of an object of the UI thread) so it runs there."""
        signal.connect(slot, Qt.ConnectionType.QueuedConnection)

    def detach(self) -> None:
        """Stop relaying the session's signals (it was left)."""
        for source, relay in self._relays:
            source.disconnect(relay)
        self._relays = []


def view_name(widget: SliceViewWidget) -> str:
    """The protocol's name of a slice view (``axial`` … or ``compare``)."""
    return "compare" if widget.view.role == "comparison" else widget.view.orientation.value


def _zoom_of(widget: SliceViewWidget) -> tuple[float, float, float]:
    camera = widget.view.renderer.GetActiveCamera()
    u, v, _ = camera.GetFocalPoint()
    return float(u), float(v), float(camera.GetParallelScale())


def _same(a: tuple[float, ...], b: tuple[float, ...] | None) -> bool:
    return b is not None and all(
        math.isclose(x, y, abs_tol=CAMERA_TOLERANCE) for x, y in zip(a, b, strict=True)
    )


def _camera_numbers(camera: CameraView) -> tuple[float, ...]:
    return (
        *camera.position,
        *camera.focal_point,
        *camera.view_up,
        camera.view_angle,
        float(camera.parallel_projection),
        camera.parallel_scale,
    )


class ViewLink(QObject):
    """One viewer joined to a session (sending what changes here, showing what arrives).

    Parameters
    ----------
    viewer
        The viewer shown in the session.
    joint
        The session.
    binding
        The session's package the viewer's series belongs to.
    """

    def __init__(self, viewer: ViewerWidget, joint: JointSession, binding: PackageBinding) -> None:
        super().__init__(viewer)
        self.viewer = viewer
        self.joint = joint
        self.binding = binding
        self.bridge = ViewerBridge(viewer.session, joint)
        primary = viewer.session.primary
        self.series_uid = primary.volume.series_instance_uid if primary is not None else ""
        self.package_series = binding.package_series_uid(self.series_uid) if primary else ""
        self.marks: dict[SliceViewWidget, PointerMarks] = {}
        #: The session's marks (drawn by a driver during the session), by UUID, and as the
        #: layers draw them (measured on our own copy of the images).
        self.session_marks: dict[str, AnnotationShape] = {}
        self._mark_annotations: dict[str, Annotation] = {}
        self.mark_layers: dict[SliceViewWidget, AnnotationLayer2D] = {}
        #: Marks of the case before the link: the case's, not the session's (never sent).
        self._case_marks = {a.uuid for a in viewer.session.annotations}
        self._sent_marks: dict[str, AnnotationShape] = {}
        self._sent_series: SeriesState | None = None
        self._observed: set[int] = set()
        self._observers: list[tuple[vtkCamera, int]] = []
        self._qt_connections: list[tuple[SignalInstance, Callable[..., None]]] = []
        #: The camera values last sent or shown, per facet (so our own apply is not an echo).
        self._known: dict[str, tuple[float, ...]] = {}
        self._known_preset = ""
        self._user_until = 0.0
        self._check = QTimer(self)
        self._check.setSingleShot(True)
        # At most ~30 camera updates a second leave while the user turns or zooms a view.
        self._check.setInterval(CAMERA_INTERVAL_MS)
        self._check.timeout.connect(self.check_cameras)
        session = viewer.session
        session.layout_changed.connect(self._rescan)
        session.single_orientation_changed.connect(self._rescan)
        session.crosshair_changed.connect(self._move_marks)
        session.rotation_changed.connect(self._move_marks)
        session.annotations_changed.connect(self._annotations_changed)
        session.series_changed.connect(self._series_changed)
        self._rescan()

    # --- views ---------------------------------------------------------------------------

    def _rescan(self, *_: object) -> None:
        """Observe the views the layout shows now (they are made when first shown)."""
        if not shiboken6.isValid(self.viewer):
            return
        for widget in self.viewer.slice_widgets.values():
            if id(widget) in self._observed:
                continue
            self._observed.add(id(widget))
            camera = widget.view.renderer.GetActiveCamera()
            tag = camera.AddObserver(vtkCommand.ModifiedEvent, self._camera_modified)
            self._observers.append((camera, tag))
            widget.installEventFilter(self)
            hovered = self._hover_slot(widget)
            widget.hovered.connect(hovered)
            self._qt_connections.append((widget.hovered, hovered))
            self.marks[widget] = PointerMarks(widget)
            self.mark_layers[widget] = AnnotationLayer2D(
                widget.view,
                annotation_summary,
                source=self.shown_marks,
                colour=SESSION_MARK_COLOUR,
            )
        widget_3d = self.viewer.widget_3d
        if widget_3d is not None and id(widget_3d) not in self._observed:
            self._observed.add(id(widget_3d))
            camera = widget_3d.view.renderer.GetActiveCamera()
            tag = camera.AddObserver(vtkCommand.ModifiedEvent, self._camera_modified)
            self._observers.append((camera, tag))
            widget_3d.host.installEventFilter(self)
            chosen = self._camera_modified
            widget_3d.preset_combo.activated.connect(chosen)
            self._qt_connections.append((widget_3d.preset_combo.activated, chosen))
            self._known_preset = self._preset_name()
        self._camera_modified()

    def _hover_slot(self, widget: SliceViewWidget) -> Callable[[object], None]:
        def hovered(point: object) -> None:
            self._hovered(widget, point)

        return hovered

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Note the user's own mouse and wheel in a view (their camera changes are theirs)."""
        if event.type() in (
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseMove,
            QEvent.Type.Wheel,
            QEvent.Type.MouseButtonRelease,
        ):
            if event.type() != QEvent.Type.MouseMove or _buttons(event):
                self._user_until = time.monotonic() + USER_WINDOW_S
        return False

    def _camera_modified(self, *_: object) -> None:
        # VTK reports each Set* of a camera; one check for all of them.
        if not self._check.isActive():
            self._check.start()

    def _preset_name(self) -> str:
        widget_3d = self.viewer.widget_3d
        if widget_3d is None:
            return ""
        preset = widget_3d.view.preset
        return preset.key or preset.name

    def visible_slice_widgets(self) -> list[SliceViewWidget]:
        """The slice views of the current layout."""
        return [w for w in self.viewer.visible_views() if isinstance(w, SliceViewWidget)]

    def check_cameras(self) -> None:
        """Send (or note, or undo while following) camera changes of the views."""
        if not shiboken6.isValid(self.viewer):
            return
        values: list[FacetValue] = []
        for widget in self.visible_slice_widgets():
            if widget.width() <= 1:
                continue  # not laid out yet: its camera is fitted to nothing
            zoom = ZoomPanState(view_name(widget), *_zoom_of(widget))
            if not _same(_zoom_of(widget), self._known.get(zoom.facet)):
                values.append(zoom)
        widget_3d = self.viewer.widget_3d
        if widget_3d is not None and widget_3d.isVisible():
            camera = CameraState(widget_3d.view.camera_view())
            if not _same(_camera_numbers(camera.camera), self._known.get(camera.facet)):
                values.append(camera)
            preset = self._preset_name()
            if preset and preset != self._known_preset:
                values.append(PresetState(preset))
        for marks in self.marks.values():
            marks.update()
        if not values:
            return
        joint = self.joint
        if joint.driving or not joint.following:
            self._note(values)
            joint.change(*values)
        elif time.monotonic() < self._user_until:
            # The user zooms, pans or turns the 3-D view: they look around.
            joint.set_following(False)
            self._note(values)
            joint.change(*values)
        else:
            # Something of ours moved a camera (a layout fitted a new view): while following,
            # the session's framing wins.
            shown = joint.shown()
            for value in values:
                facet = value.facet
                if facet in shown:
                    self.apply_value(shown[facet])
                else:
                    self._note([value])

    def _note(self, values: list[FacetValue]) -> None:
        for value in values:
            if isinstance(value, ZoomPanState):
                self._known[value.facet] = (value.centre_u, value.centre_v, value.half_height)
            elif isinstance(value, CameraState):
                self._known[value.facet] = _camera_numbers(value.camera)
            elif isinstance(value, PresetState):
                self._known_preset = value.name

    # --- sending -------------------------------------------------------------------------

    def series_value(self) -> SeriesState:
        """The series shown, by the package's UIDs (the comparison only if in the package)."""
        comparison = self.viewer.session.comparison
        uid = ""
        if comparison is not None:
            candidate = comparison.volume.series_instance_uid
            if series_in_package(self.binding, candidate, comparison.info.series_id):
                uid = candidate
        return series_state(self.binding, self.series_uid, uid)

    def publish(self) -> None:
        """Send the whole view (becoming the session's view, or after a series change)."""
        self._sent_series = self.series_value()
        self.joint.change(self._sent_series)
        self.bridge.publish_all()
        self._known.clear()
        self._known_preset = ""
        self.check_cameras()

    def _series_changed(self) -> None:
        """A comparison series put beside ours (or removed) is shown to the others."""
        if not shiboken6.isValid(self.viewer) or not self.joint.driving:
            return
        value = self.series_value()
        if value != self._sent_series:
            self._sent_series = value
            self.joint.change(value)

    def _annotations_changed(self) -> None:
        """Send the marks the driver drew since the link (moved: again; deleted: wiped)."""
        if not shiboken6.isValid(self.viewer) or not self.joint.driving or not self.package_series:
            return
        drawn: dict[str, AnnotationShape] = {}
        for annotation in self.viewer.session.annotations:
            if (
                annotation.uuid in self._case_marks
                or not annotation.visible
                or annotation.reference.series_instance_uid != self.series_uid
                or len(annotation.points) > MAX_POINTS
            ):
                continue
            note = annotation.kind is AnnotationKind.TEXT
            drawn[annotation.uuid] = AnnotationShape(
                annotation.uuid,
                self.binding.package_id,
                self.package_series,
                annotation.kind,
                tuple(annotation.points),
                (annotation.text if note else annotation.label)[:MAX_LABEL],
            )
        for uuid, shape in drawn.items():
            if self._sent_marks.get(uuid) != shape:
                self._sent_marks[uuid] = shape
                self.joint.change(shape)
        for uuid in [u for u in self._sent_marks if u not in drawn]:
            del self._sent_marks[uuid]
            self.joint.remove_annotation(uuid)

    def _hovered(self, widget: SliceViewWidget, point: object) -> None:
        if point is None or not self.package_series:
            return
        x, y, z = (float(v) for v in np.asarray(point, dtype=np.float64))
        self.joint.point(
            Pointer(self.binding.package_id, self.package_series, view_name(widget), (x, y, z))
        )

    # --- showing -------------------------------------------------------------------------

    def apply(self, change: StateChange) -> None:
        """Show a change of the session in the viewer."""
        if change.value is not None:
            self.apply_value(change.value)
        elif change.facet.startswith(ANNOTATION_PREFIX):
            self.remove_mark(change.facet.removeprefix(ANNOTATION_PREFIX))

    @contextmanager
    def quietly(self) -> Iterator[None]:
        """Change the viewer for the session without sending it back (nor looking around)."""
        self.bridge.disconnect()
        try:
            yield
        finally:
            self.bridge = ViewerBridge(self.viewer.session, self.joint)

    def apply_value(self, value: FacetValue) -> None:
        """Show one facet's value (on the UI thread)."""
        viewer = self.viewer
        if not shiboken6.isValid(viewer):
            return
        if self.bridge.apply(StateChange(value.facet, value, "")):
            self._sync_controls(value)
            return
        if isinstance(value, ZoomPanState):
            widget = self._widget_of(value.view)
            if widget is not None:
                self._known[value.facet] = (value.centre_u, value.centre_v, value.half_height)
                widget.view.look_at((value.centre_u, value.centre_v), value.half_height)
                widget.schedule_render()
        elif isinstance(value, CameraState):
            widget_3d = viewer.widget_3d
            if widget_3d is not None:
                self._known[value.facet] = _camera_numbers(value.camera)
                widget_3d.view.apply_camera_view(value.camera)
                widget_3d.host.preview()
        elif isinstance(value, PresetState):
            widget_3d = viewer.widget_3d
            if widget_3d is not None and value.name != self._preset_name():
                self._known_preset = value.name
                try:
                    widget_3d.choose_preset(value.name)
                except KeyError:
                    pass  # a preset saved only at the sending site: ours stays
        elif isinstance(value, AnnotationShape):
            self.show_mark(value)
        for marks in self.marks.values():
            marks.update()

    def apply_shown(self) -> None:
        """Show everything the session shows now (after joining or opening the series)."""
        shown = self.joint.shown()
        for facet in ("layout", "slab", "rotation", "window", "crosshair"):
            if facet in shown:
                self.apply_value(shown[facet])
        # Views of a new layout fit themselves on the next turn of the event loop; zoom and
        # camera come after that.
        QTimer.singleShot(0, self._apply_framing)

    def _apply_framing(self) -> None:
        if not shiboken6.isValid(self.viewer):
            return
        self._rescan()
        for facet, value in sorted(self.joint.shown().items()):
            if facet.startswith(("zoom/", ANNOTATION_PREFIX)) or facet in ("camera3d", "preset3d"):
                self.apply_value(value)

    def _widget_of(self, view: str) -> SliceViewWidget | None:
        role: SeriesRole = "comparison" if view == "compare" else "primary"
        orientation = (
            self.viewer.session.single_orientation if view == "compare" else Orientation(view)
        )
        return self.viewer.slice_widgets.get((role, orientation))

    def _sync_controls(self, value: FacetValue) -> None:
        """The viewer's tool bar shows what the session set (without sending it again)."""
        viewer = self.viewer
        if isinstance(value, LayoutState):
            combo = viewer.layout_combo
            with QSignalBlocker(combo):
                combo.setCurrentIndex(combo.findData(Layout(value.layout)))
            self._rescan()
        elif isinstance(value, SlabState):
            with QSignalBlocker(viewer.slab_combo), QSignalBlocker(viewer.slab_spin):
                viewer.slab_combo.setCurrentIndex(viewer.slab_combo.findData(SlabMode(value.mode)))
                if value.thickness >= viewer.slab_spin.minimum():
                    viewer.slab_spin.setValue(value.thickness)
        elif isinstance(value, RotationState):
            for spin, degrees in zip(viewer.rotation_spins, value.degrees, strict=True):
                with QSignalBlocker(spin):
                    spin.setValue(round(degrees))

    # --- session marks -------------------------------------------------------------------

    def show_mark(self, shape: AnnotationShape) -> None:
        """Draw a mark of the session (read-only, not stored) where its plane is shown."""
        if shape.package != self.binding.package_id or shape.series != self.package_series:
            return  # drawn on another series than ours
        primary = self.viewer.session.primary
        volume = primary.volume if primary is not None else None
        note = shape.kind is AnnotationKind.TEXT
        try:
            values = measure(shape.kind, shape.points, volume)
        except CasereviewError:
            values = ()  # a degenerate shape is still drawn, without values
        self.session_marks[shape.uuid] = shape
        self._mark_annotations[shape.uuid] = Annotation(
            shape.uuid,
            self.binding.case_id or 0,
            shape.kind,
            "" if note else shape.label,
            shape.points,
            ImageReference(self.series_uid),
            text=shape.label if note else "",
            measurements=values,
        )
        self._refresh_marks()

    def remove_mark(self, uuid: str) -> None:
        """Take a mark of the session off the views (the driver wiped it)."""
        if self.session_marks.pop(uuid, None) is not None:
            self._mark_annotations.pop(uuid, None)
            self._refresh_marks()

    def shown_marks(self) -> list[Annotation]:
        """The session's marks as the layers draw them."""
        return list(self._mark_annotations.values())

    def _refresh_marks(self) -> None:
        for layer in self.mark_layers.values():
            layer.refresh()

    # --- pointers ------------------------------------------------------------------------

    def show_pointer(self, moved: PointerMoved) -> None:
        """Draw another participant's pointer on the views where its place is shown."""
        pointer = moved.pointer
        if pointer.package != self.binding.package_id or pointer.series != self.package_series:
            return  # on another series than ours: nothing here to point at
        for marks in self.marks.values():
            marks.show(moved.participant_id, moved.name, pointer.lps)

    def remove_pointer(self, participant_id: str) -> None:
        """Take a participant's pointer off every view."""
        for marks in self.marks.values():
            marks.remove(participant_id)

    def expire_pointers(self) -> None:
        """Hide pointers their owners stopped moving."""
        for marks in self.marks.values():
            marks.expire()

    def _move_marks(self, *_: object) -> None:
        for marks in self.marks.values():
            marks.update()

    # --- end -----------------------------------------------------------------------------

    def close(self) -> None:
        """Stop linking the viewer (the session ended or another viewer took its place)."""
        self.bridge.disconnect()
        self._check.stop()
        if not shiboken6.isValid(self.viewer):
            return
        for camera, tag in self._observers:
            camera.RemoveObserver(tag)
        self._observers = []
        for signal, slot in self._qt_connections:
            signal.disconnect(slot)
        self._qt_connections = []
        session = self.viewer.session
        session.layout_changed.disconnect(self._rescan)
        session.single_orientation_changed.disconnect(self._rescan)
        session.crosshair_changed.disconnect(self._move_marks)
        session.rotation_changed.disconnect(self._move_marks)
        session.annotations_changed.disconnect(self._annotations_changed)
        session.series_changed.disconnect(self._series_changed)
        # The session's marks vanish with it (they were never the case's).
        self.session_marks.clear()
        self._mark_annotations.clear()
        for layer in self.mark_layers.values():
            layer.refresh()
            layer.close()
        self.mark_layers.clear()
        for widget, marks in self.marks.items():
            marks.clear()
            widget.removeEventFilter(self)
        if self.viewer.widget_3d is not None:
            self.viewer.widget_3d.host.removeEventFilter(self)


def _buttons(event: QEvent) -> bool:
    """Whether a mouse event has a button held (a drag, not a hover)."""
    buttons = getattr(event, "buttons", None)
    return bool(buttons is not None and buttons() != Qt.MouseButton.NoButton)
