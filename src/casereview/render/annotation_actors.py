"""VTK actors that draw the session's annotations: in a 2-D slice view and in 3-D.

The database holds the canonical geometry (LPS mm); these actors only project it. In a slice
view an annotation is drawn when its points lie on the shown plane (within half a slice), in
any orientation, oblique included; its values are always written next to it.

Labels are placed at every frame, in display pixels, by :mod:`casereview.render.label_layout`:
apart from each other, clear of the view's corner texts, orientation letters and scale bar,
and wholly inside the view, whatever its size (1×1, 2×2, a key image in a report). A label
that had to move away from its mark is joined to it by a leader line.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import vtkmodules.vtkRenderingFreeType  # registers the text rendering classes
import vtkmodules.vtkRenderingOpenGL2  # noqa: F401  (OpenGL implementations)
from numpy.typing import NDArray
from vtkmodules.vtkCommonCore import vtkCommand, vtkPoints
from vtkmodules.vtkCommonDataModel import vtkCellArray, vtkPolyData
from vtkmodules.vtkRenderingCore import (
    vtkActor,
    vtkActor2D,
    vtkPolyDataMapper,
    vtkPolyDataMapper2D,
    vtkRenderer,
    vtkTextActor,
)

from casereview.analysis.measurements import ellipse_outline
from casereview.domain.annotations import Annotation, AnnotationKind, Point
from casereview.errors import ValidationError
from casereview.render.fonts import use_image_font
from casereview.render.label_layout import Box, LabelRequest, PlacedLabel, place_labels
from casereview.render.slice_pipeline import SliceView
from casereview.session import ViewerSession

COLOUR = (1.0, 0.85, 0.1)  #: yellow: visible on grey images and on every segment colour
SELECTED_COLOUR = (0.2, 0.95, 1.0)
PREVIEW_COLOUR = (0.55, 1.0, 0.45)
LEADER_COLOUR = (0.75, 0.75, 0.75)
#: Distance (display pixels) within which a press grabs a handle.
HANDLE_PIXELS = 7.0
#: Pixels kept free between a label and the view's edge.
EDGE_MARGIN = 2.0
#: Spacing (display pixels) of the small boxes along drawn marks that labels keep off.
MARK_STEP = 6.0
#: Most boxes along marks considered in one frame (keeps a frame cheap with many marks).
MARK_SAMPLES = 2000

#: One LPS point, as the domain holds it or as computed by NumPy.
Coordinates = Sequence[float] | NDArray[np.float64]


def outline_points(
    kind: AnnotationKind, points: Sequence[Point]
) -> list[list[NDArray[np.float64]]]:
    """The polylines (LPS) that draw an annotation: each a list of points."""
    p = [np.asarray(x, dtype=np.float64) for x in points]
    if kind in (AnnotationKind.LENGTH, AnnotationKind.ARROW) and len(p) >= 2:
        lines = [[p[0], p[1]]]
        if kind is AnnotationKind.ARROW:
            lines += _arrow_head(p[0], p[1])
        return lines
    if kind is AnnotationKind.BIDIRECTIONAL and len(p) >= 4:
        return [[p[0], p[1]], [p[2], p[3]]]
    if kind is AnnotationKind.BIDIRECTIONAL and len(p) >= 2:
        return [[p[0], p[1]]]
    if kind is AnnotationKind.ANGLE:
        return [p[:3]] if len(p) >= 2 else []
    if kind is AnnotationKind.ELLIPSE and len(p) == 3:
        try:
            ring = list(ellipse_outline(points, 72))
        except ValidationError:
            return []
        return [ring + ring[:1]]
    if kind is AnnotationKind.POLYGON and len(p) >= 2:
        return [p + [p[0]]] if len(p) >= 3 else [p]
    if kind in (AnnotationKind.POINT, AnnotationKind.TEXT) and p:
        return _cross(p[0])
    return []


def _arrow_head(
    tail: NDArray[np.float64], head: NDArray[np.float64]
) -> list[list[NDArray[np.float64]]]:
    d = head - tail
    length = float(np.linalg.norm(d))
    if length == 0:
        return []
    d /= length
    helper = np.array([0.0, 0.0, 1.0]) if abs(d[2]) < 0.9 else np.array([1.0, 0.0, 0.0])
    side = np.cross(d, helper)
    side /= np.linalg.norm(side)
    size = min(6.0, length / 3)
    return [
        [head, head - size * d + 0.5 * size * side],
        [head, head - size * d - 0.5 * size * side],
    ]


def _cross(point: NDArray[np.float64], size: float = 2.5) -> list[list[NDArray[np.float64]]]:
    return [[point - size * axis, point + size * axis] for axis in np.eye(3)]


def text_box(actor: vtkTextActor, renderer: vtkRenderer) -> Box | None:
    """Where ``actor`` draws its text, in viewport pixels (``None`` if it shows nothing).

    VTK gives a text's bounding box relative to the actor's position; the position is added.
    """
    if not actor.GetVisibility() or not actor.GetInput():
        return None
    offsets = [0.0, 0.0, 0.0, 0.0]
    actor.GetBoundingBox(renderer, offsets)
    x, y = actor.GetPositionCoordinate().GetComputedViewportValue(renderer)
    return Box(x + offsets[0], y + offsets[2], x + offsets[1], y + offsets[3])


def view_obstacles(view: SliceView) -> list[Box]:
    """What labels must not cover in a slice view: corner texts, orientation letters and the
    scale bar with its text (viewport pixels)."""
    renderer = view.renderer
    actors = [*view.corner_actors.values(), *view.edge_actors.values(), view.scale_text]
    boxes = [box for box in (text_box(actor, renderer) for actor in actors) if box is not None]
    mapper = view.scale_actor.GetMapper()
    bar = mapper.GetInput() if isinstance(mapper, vtkPolyDataMapper2D) else None
    if view.scale_actor.GetVisibility() and bar is not None and bar.GetNumberOfPoints():
        xmin, xmax, ymin, ymax, _, _ = bar.GetBounds()
        boxes.append(Box(xmin, ymin, xmax, ymax))
    return boxes


class _Lines:
    """One polydata of line cells with a fixed colour and width."""

    def __init__(
        self, renderer: vtkRenderer, colour: tuple[float, float, float], width: float
    ) -> None:
        self.points = vtkPoints()
        self.cells = vtkCellArray()
        self.data = vtkPolyData()
        self.data.SetPoints(self.points)
        self.data.SetLines(self.cells)
        mapper = vtkPolyDataMapper()
        mapper.SetInputData(self.data)
        self.actor = vtkActor()
        self.actor.SetMapper(mapper)
        prop = self.actor.GetProperty()
        prop.SetColor(*colour)
        prop.SetLineWidth(width)
        prop.SetPointSize(7.0)
        prop.LightingOff()
        self.actor.PickableOff()
        renderer.AddViewProp(self.actor)
        self.vertices = vtkCellArray()
        self.data.SetVerts(self.vertices)

    def set(
        self, polylines: Sequence[Sequence[Coordinates]], handles: Sequence[Coordinates] = ()
    ) -> None:
        self.points.Reset()
        self.cells.Reset()
        self.vertices.Reset()
        for line in polylines:
            ids = [self.points.InsertNextPoint(*map(float, q)) for q in line]
            if len(ids) >= 2:
                self.cells.InsertNextCell(len(ids), ids)
        for q in handles:
            self.vertices.InsertNextCell(1, [self.points.InsertNextPoint(*map(float, q))])
        self.points.Modified()
        self.cells.Modified()
        self.vertices.Modified()
        self.data.Modified()


class AnnotationLayer2D:
    """Draws the session's annotations in one slice view, plus a preview while drawing.

    Parameters
    ----------
    view
        The slice view to draw in.
    summary
        Turns an annotation into the text shown next to it (the UI passes a translated one).
    source
        The annotations to draw (the session's, by default); e.g. the read-only marks of a
        remote joint review, drawn by a layer of their own beside the case's.
    colour
        Colour of the marks and their labels.
    """

    #: Depth (plane mm towards the camera) of the marks: in front of image and crosshair.
    Z = -2.0

    def __init__(
        self,
        view: SliceView,
        summary: Callable[[Annotation], str] | None = None,
        *,
        source: Callable[[], Sequence[Annotation]] | None = None,
        colour: tuple[float, float, float] = COLOUR,
    ) -> None:
        self.view = view
        self.session: ViewerSession = view.session
        self.renderer: vtkRenderer = view.renderer
        self.summary = summary or (lambda a: a.summary())
        self.source: Callable[[], Sequence[Annotation]] = source or (
            lambda: self.session.annotations
        )
        self.colour = colour
        self._normal = _Lines(self.renderer, colour, 2.0)
        self._selected = _Lines(self.renderer, SELECTED_COLOUR, 2.5)
        self._preview = _Lines(self.renderer, PREVIEW_COLOUR, 2.0)
        self._texts: list[vtkTextActor] = []
        self._preview_text = self._text_actor(PREVIEW_COLOUR)
        self.shown: list[Annotation] = []  #: annotations on the current plane
        #: The drawn vertices, plane ``(u, v)`` mm, of the mark of each label (the first
        #: pooled actors, in order); each frame a label is anchored at its mark's rightmost
        #: vertex in view (:meth:`place_labels`). The preview's label has one anchor.
        self._anchors: list[list[tuple[float, float]]] = []
        #: The shown marks' polylines in plane mm ``(u, v)``: labels keep off them.
        self._marks: list[list[tuple[float, float]]] = []
        self._preview_anchor: tuple[float, float] | None = None
        self._placed_actors: list[vtkTextActor] = []
        self._placed: list[PlacedLabel] = []
        self._leader_points = vtkPoints()
        self._leader_cells = vtkCellArray()
        leaders = vtkPolyData()
        leaders.SetPoints(self._leader_points)
        leaders.SetLines(self._leader_cells)
        self._leaders = leaders
        leader_mapper = vtkPolyDataMapper2D()
        leader_mapper.SetInputData(leaders)
        self.leader_actor = vtkActor2D()
        self.leader_actor.SetMapper(leader_mapper)
        # Thin and grey: a leader must not read as part of a measurement.
        self.leader_actor.GetProperty().SetColor(*LEADER_COLOUR)
        self.leader_actor.GetProperty().SetLineWidth(1.0)
        self.leader_actor.PickableOff()
        self.renderer.AddViewProp(self.leader_actor)
        # After the view's own frame preparation (priority 0), which fits the corner texts.
        self._frame_observer: int | None = self.renderer.AddObserver(
            vtkCommand.StartEvent, lambda *_: self.place_labels(), -1.0
        )
        self._connections = [
            (self.session.annotations_changed, self.refresh),
            (self.session.annotation_selected, self.refresh),
            (self.session.crosshair_changed, self.refresh),
            (self.session.rotation_changed, self.refresh),
            (self.session.series_changed, self.refresh),
        ]
        for signal, slot in self._connections:
            signal.connect(slot)
        self.refresh()

    def close(self) -> None:
        """Stop observing the session."""
        for signal, slot in self._connections:
            signal.disconnect(slot)
        self._connections = []
        if self._frame_observer is not None:
            self.renderer.RemoveObserver(self._frame_observer)
            self._frame_observer = None

    def _text_actor(self, colour: tuple[float, float, float]) -> vtkTextActor:
        actor = vtkTextActor()
        actor.GetPositionCoordinate().SetCoordinateSystemToViewport()
        prop = actor.GetTextProperty()
        prop.SetFontSize(15)
        prop.BoldOn()
        prop.SetColor(*colour)
        prop.ShadowOn()
        prop.SetVerticalJustificationToBottom()
        use_image_font(prop)
        actor.PickableOff()
        self.renderer.AddViewProp(actor)
        return actor

    def tolerance_mm(self) -> float:
        """How far from the plane a point may lie and still count as on it."""
        step = self.session.step_mm(self.view.orientation)
        return max(0.5, 0.5 * step + 1e-3)

    def _plane_xy(self, point: Coordinates) -> tuple[float, float, float]:
        plane = self.view.source.plane
        assert plane is not None, "marks are projected only while the view shows a plane"
        u, v, w = plane.to_plane(np.asarray(point, dtype=np.float64))
        return float(u), float(v), float(w)

    def on_plane(self, annotation: Annotation) -> bool:
        """Whether every point of ``annotation`` lies on the shown plane."""
        if self.view.source.plane is None:
            return False
        tolerance = self.tolerance_mm()
        return all(abs(self._plane_xy(p)[2]) <= tolerance for p in annotation.points)

    def refresh(self, *_: object) -> None:
        """Redraw from the session."""
        plane = self.view.source.plane
        self.shown = []
        normal_lines: list[Sequence[Coordinates]] = []
        selected_lines: list[Sequence[Coordinates]] = []
        handles: list[Coordinates] = []
        labels: list[tuple[str, list[tuple[float, float]]]] = []
        if plane is not None:
            for annotation in self.source():
                if not annotation.visible or not self.on_plane(annotation):
                    continue
                self.shown.append(annotation)
                projected = [
                    [self._to_view(q) for q in line]
                    for line in outline_points(annotation.kind, annotation.points)
                ]
                selected = annotation.uuid == self.session.selected_annotation
                (selected_lines if selected else normal_lines).extend(projected)
                if selected or annotation.kind in (AnnotationKind.POINT, AnnotationKind.TEXT):
                    handles.extend(self._to_view(p) for p in annotation.points)
                text = self.summary(annotation)
                if text and (projected or annotation.points):
                    drawn = projected or [[self._to_view(p) for p in annotation.points]]
                    labels.append((text, [(q[0], q[1]) for line in drawn for q in line]))
        self._normal.set(normal_lines, [h for h in handles])
        self._selected.set(selected_lines)
        while len(self._texts) < len(labels):
            self._texts.append(self._text_actor(self.colour))
        # Actors are pooled: there may be more of them than labels (the rest are hidden below).
        for actor, (text, _vertices) in zip(self._texts, labels, strict=False):
            if actor.GetInput() != text:
                actor.SetInput(text)
            actor.SetVisibility(True)
        for actor in self._texts[len(labels) :]:
            actor.SetVisibility(False)
        self._anchors = [vertices for _, vertices in labels]
        self._marks = [
            [(float(q[0]), float(q[1])) for q in line] for line in (*normal_lines, *selected_lines)
        ]
        self.view.request_render()

    def _to_view(self, point: Coordinates) -> tuple[float, float, float]:
        u, v, _ = self._plane_xy(point)
        return (u, v, self.Z)

    def place_labels(self) -> None:
        """Put the shown labels (and the preview's) where they collide with nothing.

        Called before every frame: where a label may go depends on the view's size, zoom and
        corner texts, which change without the annotations changing. A label belongs to the
        rightmost (then topmost) point of its mark inside the view; a mark wholly outside the
        view (zoomed or panned away) shows no label, rather than one pinned to the edge.
        """
        renderer = self.renderer
        # Pooled actors beyond the labels are not candidates (zip stops at the labels); which
        # are shown is decided here again each frame, so a mark panned back in gets its label.
        candidates = list(zip(self._texts, self._anchors, strict=False))
        if self._preview_anchor is not None:
            candidates.append((self._preview_text, [self._preview_anchor]))
        width, height = renderer.GetSize()
        origin_x, origin_y = renderer.GetOrigin()
        bounds = Box(EDGE_MARGIN, EDGE_MARGIN, width - EDGE_MARGIN, height - EDGE_MARGIN)
        actors: list[vtkTextActor] = []
        requests: list[LabelRequest] = []
        offsets: list[tuple[float, float]] = []
        for actor, vertices in candidates:
            shown = [self.view.plane_to_display(u, v) for u, v in vertices]
            inside = [
                (x - origin_x, y - origin_y)
                for x, y in shown
                if bounds.left <= x - origin_x <= bounds.right
                and bounds.bottom <= y - origin_y <= bounds.top
            ]
            actor.SetVisibility(bool(inside))
            if not inside:
                continue
            # The box relative to the actor's position: measured with the actor at (0, 0).
            actor.GetPositionCoordinate().SetValue(0.0, 0.0)
            box = text_box(actor, renderer)
            assert box is not None, "shown labels have text"
            requests.append(LabelRequest(max(inside), box.width, box.height))
            offsets.append((box.left, box.bottom))
            actors.append(actor)
        self._placed_actors = actors
        if not actors:
            self._placed = []
            self._set_leaders([])
            return
        self._placed = place_labels(
            requests, bounds, view_obstacles(self.view), self._mark_boxes(origin_x, origin_y)
        )
        for actor, placed, (dx, dy) in zip(actors, self._placed, offsets, strict=True):
            actor.GetPositionCoordinate().SetValue(placed.box.left - dx, placed.box.bottom - dy)
        self._set_leaders([p.leader for p in self._placed if p.leader is not None])

    def _mark_boxes(self, origin_x: float, origin_y: float) -> list[Box]:
        """Small boxes every :data:`MARK_STEP` pixels along the shown marks (viewport)."""
        boxes: list[Box] = []
        half = MARK_STEP / 2
        for line in self._marks:
            shown = [self.view.plane_to_display(u, v) for u, v in line]
            for (x0, y0), (x1, y1) in zip(shown, shown[1:], strict=False):
                steps = max(1, int(np.hypot(x1 - x0, y1 - y0) / MARK_STEP))
                for i in range(steps + 1):
                    x = x0 + (x1 - x0) * i / steps - origin_x
                    y = y0 + (y1 - y0) * i / steps - origin_y
                    boxes.append(Box(x - half, y - half, x + half, y + half))
                    if len(boxes) >= MARK_SAMPLES:
                        return boxes
        return boxes

    def _set_leaders(
        self, leaders: Sequence[tuple[tuple[float, float], tuple[float, float]]]
    ) -> None:
        self._leader_points.Reset()
        self._leader_cells.Reset()
        for start, end in leaders:
            ids = [self._leader_points.InsertNextPoint(x, y, 0.0) for x, y in (start, end)]
            self._leader_cells.InsertNextCell(2, ids)
        self._leader_points.Modified()
        self._leader_cells.Modified()
        self._leaders.Modified()

    def label_actors(self) -> list[vtkTextActor]:
        """The text actors that drew labels in the last frame, in the order of
        :meth:`label_boxes`."""
        return list(self._placed_actors)

    def label_boxes(self) -> list[Box]:
        """Where the shown labels were drawn in the last frame (viewport pixels)."""
        return [placed.box for placed in self._placed]

    def leader_lines(self) -> list[tuple[tuple[float, float], tuple[float, float]]]:
        """The leader lines of the last frame: ``(anchor, point on the label)`` pixels."""
        return [p.leader for p in self._placed if p.leader is not None]

    def set_preview(
        self, kind: AnnotationKind | None, points: Sequence[Point], text: str = ""
    ) -> None:
        """Show what is being drawn (``kind=None`` clears it)."""
        self._preview_anchor = None
        if kind is None or not points or self.view.source.plane is None:
            self._preview.set([])
            self._preview_text.SetVisibility(False)
        else:
            lines = [[self._to_view(q) for q in line] for line in outline_points(kind, points)]
            self._preview.set(lines, [self._to_view(p) for p in points])
            if text:
                u, v, _ = self._plane_xy(points[-1])
                self._preview_anchor = (u, v)
                self._preview_text.SetInput(text)
                self._preview_text.SetVisibility(True)
            else:
                self._preview_text.SetVisibility(False)
        self.view.request_render()

    def label_texts(self) -> list[str]:
        """The value texts currently drawn (for tests and accessibility)."""
        return [a.GetInput() for a in self._texts if a.GetVisibility()]

    def handle_at(self, display: tuple[float, float]) -> tuple[Annotation, int] | None:
        """The annotation point under a display position (VTK display pixels), if any."""
        best: tuple[float, Annotation, int] | None = None
        for annotation in self.shown:
            for index, point in enumerate(annotation.points):
                shown = self.view.patient_to_display(np.asarray(point))
                if shown is None:
                    continue
                distance = float(np.hypot(shown[0] - display[0], shown[1] - display[1]))
                if distance <= HANDLE_PIXELS and (best is None or distance < best[0]):
                    best = (distance, annotation, index)
        return None if best is None else (best[1], best[2])


class AnnotationLayer3D:
    """Draws every visible annotation of the session in a 3-D renderer (LPS world)."""

    def __init__(self, renderer: vtkRenderer, session: ViewerSession) -> None:
        self.session = session
        self.renderer = renderer
        self._lines = _Lines(renderer, COLOUR, 3.0)
        self.request_render: Callable[[], None] = lambda: None
        session.annotations_changed.connect(self.refresh)
        self.refresh()

    def close(self) -> None:
        """Stop observing the session."""
        self.session.annotations_changed.disconnect(self.refresh)

    def refresh(self, *_: object) -> None:
        """Redraw from the session."""
        lines: list[Sequence[Coordinates]] = []
        points: list[Coordinates] = []
        for annotation in self.session.annotations:
            if annotation.visible:
                lines.extend(outline_points(annotation.kind, annotation.points))
                points.extend(annotation.points)
        self._lines.set(lines, points)
        self.request_render()

    @property
    def actor(self) -> vtkActor:
        """The actor holding the lines."""
        return self._lines.actor
