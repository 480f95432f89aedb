"""The session's events on the UI thread, and one viewer joined to the session.

:class:`SessionEvents` re-emits the :class:`~casereview.joint.client.JointSession`'s signals
(emitted on the network thread) as Qt signals of an object living on the UI thread; every
receiver is connected queued, so nothing of the views is touched from the network thread.

:class:`ViewLink` joins one :class:`~casereview.ui.viewer.ViewerWidget` to the session: the
viewer session's facets through :class:`~casereview.joint.bridge.ViewerBridge`; zoom and pan of
the slice views and the 3-D camera and preset read from the views' VTK cameras; the others'
pointers drawn on the slice views and our own pointer sent.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

import numpy as np
import shiboken6
from psygnal import SignalInstance as CoreSignal
from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, QTimer, Signal, SignalInstance
from vtkmodules.vtkCommonCore import vtkCommand
from vtkmodules.vtkRenderingCore import vtkCamera

from casereview.domain.rendering import CameraView
from casereview.joint.bridge import ViewerBridge, series_state
from casereview.joint.client import JointSession
from casereview.joint.packages import PackageBinding
from casereview.joint.protocol import (
    CameraState,
    FacetValue,
    LayoutState,
    Pointer,
    PresetState,
    RotationState,
    SlabState,
    ZoomPanState,
)
from casereview.joint.state import PointerMoved, StateChange
from casereview.render.slice_pipeline import SeriesRole
from casereview.session import Layout, Orientation, SlabMode
from casereview.ui.joint.pointers import PointerMarks
from casereview.ui.viewer import ViewerWidget
from casereview.ui.viewer.views import SliceViewWidget

#: A camera change this soon after the user's mouse or wheel in a view is the user's own.
USER_WINDOW_S = 0.6
#: Differences below these are the same camera (mm, and unitless for directions).
CAMERA_TOLERANCE = 1e-3
#: Camera changes are gathered for this long before one update is sent (milliseconds).
CAMERA_INTERVAL_MS = 33


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

    def publish(self) -> None:
        """Send the whole view (becoming the session's view, or after a series change)."""
        self.joint.change(series_state(self.binding, self.series_uid))
        self.bridge.publish_all()
        self._known.clear()
        self._known_preset = ""
        self.check_cameras()

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
            if facet.startswith("zoom/") or facet in ("camera3d", "preset3d"):
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
        for widget, marks in self.marks.items():
            marks.clear()
            widget.removeEventFilter(self)
        if self.viewer.widget_3d is not None:
            self.viewer.widget_3d.host.removeEventFilter(self)


def _buttons(event: QEvent) -> bool:
    """Whether a mouse event has a button held (a drag, not a hover)."""
    buttons = getattr(event, "buttons", None)
    return bool(buttons is not None and buttons() != Qt.MouseButton.NoButton)
