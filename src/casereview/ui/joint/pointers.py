"""Other participants' pointers drawn on a slice view, each with the person's name.

The marks are VTK 2-D actors in the view's own renderer (a Qt widget laid over an OpenGL
window does not composite on every platform). A pointer is shown on a view when the point it
names lies on (or within a slice of) the plane the view shows, so the driver's pointer on the
axial view also shows on a coronal view that cuts through the same place.
"""

from __future__ import annotations

import time
import zlib

import numpy as np
from vtkmodules.vtkFiltersSources import vtkRegularPolygonSource
from vtkmodules.vtkRenderingCore import vtkActor2D, vtkPolyDataMapper2D, vtkTextActor

from casereview.ui.viewer.views import SliceViewWidget

#: Distinct, bright colours (readable on the black of the images), chosen per participant.
COLOURS = (
    (1.0, 0.78, 0.0),
    (0.0, 0.86, 1.0),
    (1.0, 0.35, 0.75),
    (0.45, 1.0, 0.35),
    (1.0, 0.55, 0.2),
    (0.75, 0.6, 1.0),
)
#: A pointer not moved for this long (seconds) fades from the views.
STALE_S = 20.0
#: Radius of the ring around the pointed place (display pixels).
RING_RADIUS = 9.0
#: Width of a character of a pointer's name (display pixels, the bold 15-point font).
LABEL_CHAR_WIDTH = 9.0


def colour_of(participant_id: str) -> tuple[float, float, float]:
    """The colour of a participant's pointer (the same at every site)."""
    return COLOURS[zlib.crc32(participant_id.encode("ascii", "replace")) % len(COLOURS)]


class _Mark:
    """One participant's ring and name in one view."""

    def __init__(self, widget: SliceViewWidget, name: str, colour: tuple[float, ...]) -> None:
        self.ring_source = vtkRegularPolygonSource()
        self.ring_source.SetNumberOfSides(24)
        self.ring_source.SetRadius(RING_RADIUS)
        self.ring_source.GeneratePolygonOff()
        mapper = vtkPolyDataMapper2D()
        mapper.SetInputConnection(self.ring_source.GetOutputPort())
        self.ring = vtkActor2D()
        self.ring.SetMapper(mapper)
        self.ring.GetProperty().SetColor(*colour)
        self.ring.GetProperty().SetLineWidth(2.0)
        self.label = vtkTextActor()
        self.label.SetInput(name)
        text = self.label.GetTextProperty()
        text.SetColor(*colour)
        text.SetFontSize(15)
        text.BoldOn()
        text.ShadowOn()
        for actor in (self.ring, self.label):
            actor.PickableOff()
            widget.view.renderer.AddViewProp(actor)

    def place(self, x: float, y: float, visible: bool, width: float) -> None:
        self.ring_source.SetCenter(x, y, 0.0)
        # The name goes left of the ring where the right edge would cut it.
        text_width = LABEL_CHAR_WIDTH * len(self.label.GetInput() or "")
        if x + RING_RADIUS + 3 + text_width > width:
            self.label.SetPosition(x - RING_RADIUS - 3 - text_width, y - 6)
        else:
            self.label.SetPosition(x + RING_RADIUS + 3, y - 6)
        self.ring.SetVisibility(visible)
        self.label.SetVisibility(visible)

    def remove(self, widget: SliceViewWidget) -> None:
        widget.view.renderer.RemoveViewProp(self.ring)
        widget.view.renderer.RemoveViewProp(self.label)


class PointerMarks:
    """The pointers of the others on one slice view.

    Parameters
    ----------
    widget
        The slice view drawn on.
    """

    def __init__(self, widget: SliceViewWidget) -> None:
        self.widget = widget
        self._marks: dict[str, _Mark] = {}
        #: Participant id → (name, LPS point, when it last moved).
        self._pointers: dict[str, tuple[str, np.ndarray, float]] = {}

    def show(self, participant_id: str, name: str, lps: tuple[float, float, float]) -> None:
        """Place a participant's pointer (named ``name``) at an LPS point."""
        self._pointers[participant_id] = (name, np.asarray(lps, dtype=np.float64), time.monotonic())
        mark = self._marks.get(participant_id)
        if mark is not None and mark.label.GetInput() != name:
            mark.remove(self.widget)
            mark = None
        if mark is None:
            self._marks[participant_id] = _Mark(self.widget, name, colour_of(participant_id))
        self.update()

    def remove(self, participant_id: str) -> None:
        """Take a participant's pointer off the view (they left)."""
        self._pointers.pop(participant_id, None)
        mark = self._marks.pop(participant_id, None)
        if mark is not None:
            mark.remove(self.widget)
            self.widget.schedule_render()

    def participants(self) -> list[str]:
        """The participants whose pointer this view shows now."""
        return [pid for pid, mark in self._marks.items() if mark.ring.GetVisibility()]

    def update(self) -> None:
        """Place every mark again (the camera, slice or plane moved)."""
        view = self.widget.view
        plane = view.source.plane
        session = self.widget.session
        tolerance = max(2.0, session.step_mm(view.orientation) * 0.75) if plane else 0.0
        now = time.monotonic()
        for pid, mark in self._marks.items():
            name, point, moved = self._pointers[pid]
            display = view.patient_to_display(point) if plane is not None else None
            near = plane is not None and abs(float(plane.to_plane(point)[2])) <= tolerance
            fresh = now - moved <= STALE_S
            width = float(view.renderer.GetSize()[0])
            if display is None:
                mark.place(0.0, 0.0, False, width)
            else:
                mark.place(display[0], display[1], bool(near and fresh), width)
        self.widget.schedule_render()

    def expire(self) -> None:
        """Hide the pointers not moved for :data:`STALE_S` (their owner stopped pointing)."""
        now = time.monotonic()
        if any(
            mark.ring.GetVisibility() and now - self._pointers[pid][2] > STALE_S
            for pid, mark in self._marks.items()
        ):
            self.update()

    def clear(self) -> None:
        """Remove every mark (the session ended)."""
        for pid in list(self._marks):
            self.remove(pid)
