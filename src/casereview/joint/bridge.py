"""The viewer's evented state (:class:`~casereview.session.ViewerSession`) joined to a session.

:class:`ViewerBridge` sends what the viewer's session holds (layout and plane, crosshair,
window and inversion, slab, oblique angles) when the local user changes it, and applies what
the session sends back. The series, zoom and pan, the 3-D camera and preset, the agenda and
annotations live in the GUI's views; the GUI sends them with
:meth:`~casereview.joint.client.JointSession.change` (numbers: a slice view's camera focal
point ``(u, v)`` and parallel scale, a :class:`~casereview.domain.rendering.CameraView`) and
applies them from the same ``state_changed`` events, using :func:`series_state` and
:func:`local_series` to translate UIDs.

:meth:`ViewerBridge.apply` must run on the thread that owns the viewer (the GUI thread): the
GUI receives ``state_changed`` on the network thread and hands each change over.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from psygnal import SignalInstance

from casereview.joint.client import JointSession
from casereview.joint.packages import PackageBinding
from casereview.joint.protocol import (
    CrosshairState,
    FacetValue,
    LayoutState,
    RotationState,
    SeriesState,
    SlabState,
    WindowState,
)
from casereview.joint.state import StateChange
from casereview.session import Layout, Orientation, SlabMode, ViewerSession


def viewer_facets(viewer: ViewerSession) -> list[FacetValue]:
    """What of ``viewer``'s state travels, as facet values."""
    x, y, z = (float(v) for v in viewer.crosshair)
    return [
        LayoutState(viewer.layout.value, viewer.single_orientation.value),
        CrosshairState((x, y, z)),
        WindowState(viewer.window[0], viewer.window[1], viewer.invert),
        SlabState(viewer.slab_mode.value, viewer.slab_thickness),
        RotationState(viewer.rotation_degrees),
    ]


def series_state(
    binding: PackageBinding, primary_uid: str, comparison_uid: str = ""
) -> SeriesState:
    """The series shown, named by the package's UIDs (from our Series Instance UIDs)."""
    return SeriesState(
        binding.package_id,
        binding.package_series_uid(primary_uid),
        binding.package_series_uid(comparison_uid) if comparison_uid else "",
    )


def local_series(binding: PackageBinding, state: SeriesState) -> tuple[str, str]:
    """Our Series Instance UIDs (primary, comparison or "") for a received series state."""
    comparison = binding.local_series_uid(state.comparison) if state.comparison else ""
    return binding.local_series_uid(state.primary), comparison


class ViewerBridge:
    """Keeps a :class:`ViewerSession` and a :class:`JointSession` in step.

    Parameters
    ----------
    viewer
        The open viewer's session.
    joint
        The joint review session.
    unfollow_on_local_change
        When the local user changes the view while someone else drives, stop following (the
        session's changes are kept and shown on :meth:`JointSession.set_following`).
    """

    def __init__(
        self, viewer: ViewerSession, joint: JointSession, *, unfollow_on_local_change: bool = True
    ) -> None:
        self.viewer = viewer
        self.joint = joint
        self.unfollow_on_local_change = unfollow_on_local_change
        self._applying = False
        self._connections: list[tuple[SignalInstance, Callable[..., None]]] = [
            (viewer.crosshair_changed, self._crosshair),
            (viewer.window_changed, self._window),
            (viewer.invert_changed, self._invert),
            (viewer.layout_changed, self._layout),
            (viewer.single_orientation_changed, self._layout),
            (viewer.slab_changed, self._slab),
            (viewer.rotation_changed, self._rotation),
        ]
        for signal, slot in self._connections:
            signal.connect(slot)

    def disconnect(self) -> None:
        """Stop observing the viewer."""
        for signal, slot in self._connections:
            signal.disconnect(slot)
        self._connections = []

    def publish_all(self) -> None:
        """Send (or, when not in control, record as shown) the viewer's whole state."""
        self.joint.change(*viewer_facets(self.viewer))

    # --- local changes ---------------------------------------------------------------------

    def _send(self, value: FacetValue) -> None:
        if self._applying:
            return
        if self.unfollow_on_local_change and not self.joint.driving and self.joint.following:
            self.joint.set_following(False)
        self.joint.change(value)

    def _crosshair(self, point: object) -> None:
        x, y, z = (float(v) for v in np.asarray(point, dtype=np.float64))
        self._send(CrosshairState((x, y, z)))

    def _window(self, *_: object) -> None:
        self._send(WindowState(self.viewer.window[0], self.viewer.window[1], self.viewer.invert))

    def _invert(self, *_: object) -> None:
        self._window()

    def _layout(self, *_: object) -> None:
        self._send(LayoutState(self.viewer.layout.value, self.viewer.single_orientation.value))

    def _slab(self, *_: object) -> None:
        self._send(SlabState(self.viewer.slab_mode.value, self.viewer.slab_thickness))

    def _rotation(self, *_: object) -> None:
        self._send(RotationState(self.viewer.rotation_degrees))

    # --- changes from the session ------------------------------------------------------------

    def apply(self, change: StateChange) -> bool:
        """Show a change of the session in the viewer (on the viewer's thread).

        Returns
        -------
        bool
            Whether it was one of the viewer session's facets (else the GUI applies it).
        """
        value = change.value
        self._applying = True
        try:
            if isinstance(value, CrosshairState):
                self.viewer.set_crosshair(np.asarray(value.lps, dtype=np.float64))
            elif isinstance(value, WindowState):
                self.viewer.set_window(value.width, value.level)
                self.viewer.set_invert(value.invert)
            elif isinstance(value, LayoutState):
                self.viewer.set_single_orientation(Orientation(value.plane))
                self.viewer.set_layout(Layout(value.layout))
            elif isinstance(value, SlabState):
                self.viewer.set_slab(SlabMode(value.mode), value.thickness)
            elif isinstance(value, RotationState):
                self.viewer.set_rotation(value.degrees)
            else:
                return False
            return True
        finally:
            self._applying = False
