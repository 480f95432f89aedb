"""Annotation and segmentation tools of the 2-D views, and the editor that ties a viewer to a case.

:class:`CaseEditor` owns the tool bar of measurement and segmentation tools, the side panels
(annotations and key images; segments) and the overlay layers of every slice view. Mouse
events of a slice view come here first; whatever the active tool does not use goes on to the
view (crosshair, pan, zoom). Every change is a command on the window's one undo stack and is
written to the database at once.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QInputDialog, QTabWidget, QToolBar, QWidget

from casereview.analysis import segmentation as seg
from casereview.analysis.measurements import measure, short_axis_for
from casereview.commands import EditContext
from casereview.commands.edits import (
    ChangeAnnotation,
    CreateAnnotation,
    EditSegmentMask,
    FlagKeyImage,
)
from casereview.domain.annotations import (
    MEASUREMENT_NAMES,
    Annotation,
    AnnotationDraft,
    AnnotationKind,
    Camera3D,
    ImageReference,
    KeyImageDraft,
    Point,
    ViewPlane,
    format_measurement,
)
from casereview.domain.progress import CancelToken, ProgressReporter
from casereview.domain.rendering import SegmentStyle
from casereview.errors import ValidationError
from casereview.render.annotation_actors import AnnotationLayer2D, AnnotationLayer3D
from casereview.render.segment_overlay import SegmentOverlay2D, label_volume
from casereview.ui.undo import UndoStack
from casereview.ui.viewer.views import SliceViewWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("Tools", text)


class Tool(enum.StrEnum):
    """What a left-drag in a slice view does."""

    NAVIGATE = "navigate"  #: crosshair (and dragging annotation handles)
    LENGTH = "length"
    BIDIRECTIONAL = "bidirectional"
    ANGLE = "angle"
    ELLIPSE = "ellipse"
    POLYGON = "polygon"
    POINT = "point"
    TEXT = "text"
    ARROW = "arrow"
    PAINT = "paint"
    ERASE = "erase"
    SEED = "seed"  #: region growing from the clicked voxel


#: Tool bar texts, tips and shortcuts.
TOOL_TEXTS: dict[Tool, tuple[str, str, str]] = {
    Tool.NAVIGATE: (
        QT_TRANSLATE_NOOP("Tools", "Navigate"),
        QT_TRANSLATE_NOOP("Tools", "Move the crosshair; drag a mark's handle to edit it"),
        "Esc",
    ),
    Tool.LENGTH: (
        QT_TRANSLATE_NOOP("Tools", "Length"),
        QT_TRANSLATE_NOOP("Tools", "Drag from one end to the other"),
        "L",
    ),
    Tool.BIDIRECTIONAL: (
        QT_TRANSLATE_NOOP("Tools", "Bidirectional"),
        QT_TRANSLATE_NOOP(
            "Tools",
            "Drag the long axis, then move the mouse to set the short axis and click (RECIST)",
        ),
        "B",
    ),
    Tool.ANGLE: (
        QT_TRANSLATE_NOOP("Tools", "Angle"),
        QT_TRANSLATE_NOOP("Tools", "Click the end of one arm, the vertex, then the other end"),
        "A",
    ),
    Tool.ELLIPSE: (
        QT_TRANSLATE_NOOP("Tools", "Ellipse ROI"),
        QT_TRANSLATE_NOOP("Tools", "Drag from the centre: area and HU mean, SD, min and max"),
        "E",
    ),
    Tool.POLYGON: (
        QT_TRANSLATE_NOOP("Tools", "Polygon ROI"),
        QT_TRANSLATE_NOOP(
            "Tools", "Click the corners; double-click or Enter closes it (area and HU statistics)"
        ),
        "G",
    ),
    Tool.POINT: (
        QT_TRANSLATE_NOOP("Tools", "Point"),
        QT_TRANSLATE_NOOP("Tools", "Click to mark a point (a lymph node, a landmark) and name it"),
        "P",
    ),
    Tool.TEXT: (
        QT_TRANSLATE_NOOP("Tools", "Note"),
        QT_TRANSLATE_NOOP("Tools", "Click to pin a note to a place"),
        "N",
    ),
    Tool.ARROW: (
        QT_TRANSLATE_NOOP("Tools", "Arrow"),
        QT_TRANSLATE_NOOP("Tools", "Drag from the tail to the tip"),
        "R",
    ),
    Tool.PAINT: (
        QT_TRANSLATE_NOOP("Tools", "Paint"),
        QT_TRANSLATE_NOOP("Tools", "Paint the selected segment (disc, or sphere in 3-D mode)"),
        "",
    ),
    Tool.ERASE: (
        QT_TRANSLATE_NOOP("Tools", "Erase"),
        QT_TRANSLATE_NOOP("Tools", "Erase from the selected segment"),
        "",
    ),
    Tool.SEED: (
        QT_TRANSLATE_NOOP("Tools", "Grow from seed"),
        QT_TRANSLATE_NOOP(
            "Tools", "Click inside a structure: region growing in the segment panel's HU range"
        ),
        "",
    ),
}

ANNOTATION_TOOLS = {
    Tool.LENGTH: AnnotationKind.LENGTH,
    Tool.BIDIRECTIONAL: AnnotationKind.BIDIRECTIONAL,
    Tool.ANGLE: AnnotationKind.ANGLE,
    Tool.ELLIPSE: AnnotationKind.ELLIPSE,
    Tool.POLYGON: AnnotationKind.POLYGON,
    Tool.POINT: AnnotationKind.POINT,
    Tool.TEXT: AnnotationKind.TEXT,
    Tool.ARROW: AnnotationKind.ARROW,
}

#: Names of the measurements, translated where shown.
MEASUREMENT_TEXTS = {
    "length": QT_TRANSLATE_NOOP("Tools", "Length"),
    "long_axis": QT_TRANSLATE_NOOP("Tools", "Long axis"),
    "short_axis": QT_TRANSLATE_NOOP("Tools", "Short axis"),
    "angle": QT_TRANSLATE_NOOP("Tools", "Angle"),
    "area": QT_TRANSLATE_NOOP("Tools", "Area"),
    "perimeter": QT_TRANSLATE_NOOP("Tools", "Perimeter"),
    "mean": QT_TRANSLATE_NOOP("Tools", "Mean"),
    "sd": QT_TRANSLATE_NOOP("Tools", "SD"),
    "min": QT_TRANSLATE_NOOP("Tools", "Min"),
    "max": QT_TRANSLATE_NOOP("Tools", "Max"),
}
assert set(MEASUREMENT_TEXTS) == set(MEASUREMENT_NAMES)


def measurement_names() -> dict[str, str]:
    """Measurement names in the user's language."""
    return {key: _tr(text) for key, text in MEASUREMENT_TEXTS.items()}


def annotation_summary(annotation: Annotation) -> str:
    """The translated values shown next to a mark."""
    return annotation.summary(measurement_names())


@dataclass
class _Drawing:
    """A mark being drawn in one view."""

    kind: AnnotationKind
    widget: SliceViewWidget
    points: list[Point] = field(default_factory=list)
    stage: str = "first"  #: "first", "drag", "clicks", "short"
    half_width: float = 0.0


@dataclass
class _HandleDrag:
    annotation: Annotation
    index: int
    widget: SliceViewWidget
    points: list[Point]


@dataclass
class _Stroke:
    widget: SliceViewWidget
    uuid: str
    before: NDArray[np.bool_]
    working: NDArray[np.bool_]
    erase: bool


TextPrompt = Callable[[str, str, str], "str | None"]
TaskStarter = Callable[
    [str, Callable[[ProgressReporter, CancelToken], object], Callable[[object], None]], object
]


def _ask_text(parent: QWidget) -> TextPrompt:
    def ask(title: str, label: str, default: str) -> str | None:
        text, ok = QInputDialog.getText(parent, title, label, text=default)
        return text if ok else None

    return ask


def _run_now(
    title: str,
    work: Callable[[ProgressReporter, CancelToken], object],
    done: Callable[[object], None],
) -> object:
    """Run ``work`` at once on this thread (an editor without a task runner)."""
    result = work(lambda *_: None, CancelToken())
    done(result)
    return result


class CaseEditor(QObject):
    """Measuring, marking and segmenting on one viewer, saved to one case.

    Parameters
    ----------
    ctx
        Database, author, case and viewer session the edits go to.
    undo_stack
        The window's undo history.
    parent
        The viewer widget (tool bar and panels are its children).
    run_task
        Starts long work off the UI thread: ``run_task(title, work, on_success)``
        (the window's TaskRunner); without it work runs at once.
    ask_text
        Asks for a label or note: ``ask_text(title, label, default)`` → text or ``None``.
    """

    #: The active tool changed.
    tool_changed = Signal(object)
    #: Something to tell the user in the status bar.
    message = Signal(str)

    def __init__(
        self,
        ctx: EditContext,
        undo_stack: UndoStack,
        parent: QWidget,
        *,
        run_task: TaskStarter | None = None,
        ask_text: TextPrompt | None = None,
    ) -> None:
        super().__init__(parent)
        from casereview.ui.viewer.annotation_panel import AnnotationPanel
        from casereview.ui.viewer.segment_panel import SegmentPanel

        self.ctx = ctx
        self.session = ctx.session
        assert self.session is not None
        self.undo_stack = undo_stack
        self.run_task: TaskStarter = run_task or _run_now
        self.ask_text = ask_text or _ask_text(parent)
        self.tool = Tool.NAVIGATE
        self.layers: dict[SliceViewWidget, AnnotationLayer2D] = {}
        self.overlays: dict[SliceViewWidget, SegmentOverlay2D] = {}
        self.layer_3d: AnnotationLayer3D | None = None
        self._widget_3d: object = None
        self._drawing: _Drawing | None = None
        self._handle: _HandleDrag | None = None
        self._stroke: _Stroke | None = None
        self.active_segment: str | None = None
        self.brush_radius_mm = 5.0
        self.brush_sphere = False
        self.grow_range = (30.0, 95.0)
        self.grow_opening_mm = 1.5
        #: Optional slice limits ``(first, last)`` (0-based, inclusive) for region growing.
        self.grow_slices: tuple[int, int] | None = None

        self.toolbar = QToolBar(QCoreApplication.translate("Tools", "Measure and segment"), parent)
        self.toolbar.setObjectName("annotationToolbar")
        self.actions: dict[Tool, QAction] = {}
        group = QActionGroup(self)
        group.setExclusive(True)
        for tool, (text, tip, key) in TOOL_TEXTS.items():
            action = QAction(_tr(text), self)
            action.setObjectName(f"tool.{tool.value}")
            action.setCheckable(True)
            # The keys belong to the window's action registry (Measure menu); shown here.
            action.setToolTip(_tr(tip) + (f" ({key})" if key else ""))
            action.setStatusTip(_tr(tip))
            action.toggled.connect(lambda on, t=tool: on and self.set_tool(t))
            group.addAction(action)
            self.toolbar.addAction(action)
            self.actions[tool] = action
            if tool is Tool.ARROW:
                self.toolbar.addSeparator()
        self.actions[Tool.NAVIGATE].setChecked(True)

        self.annotation_panel = AnnotationPanel(self)
        self.segment_panel = SegmentPanel(self)
        self.side_panel = QTabWidget(parent)
        self.side_panel.setObjectName("editorPanels")
        self.side_panel.addTab(
            self.annotation_panel, QCoreApplication.translate("Tools", "Annotations")
        )
        self.side_panel.addTab(self.segment_panel, QCoreApplication.translate("Tools", "Segments"))
        self.side_panel.setMinimumWidth(300)

        self.session.series_changed.connect(self._follow_volume)
        self.session.voxels_changed.connect(self._follow_volume)
        self._follow_volume()
        self.reload()

    # --- state ---------------------------------------------------------------------------

    def _follow_volume(self, *_: object) -> None:
        primary = self.session.primary  # type: ignore[union-attr]
        self.ctx.volume = primary.volume if primary is not None else None

    def reload(self) -> None:
        """Read the case's annotations, key images and segments from the database."""
        self.ctx.refresh_annotations()
        self.ctx.refresh_key_images()
        self.ctx.refresh_segments()

    def set_tool(self, tool: Tool) -> None:
        """Make ``tool`` the active one (a mark being drawn is dropped)."""
        tool = Tool(tool)
        self._cancel_drawing()
        self.tool = tool
        action = self.actions[tool]
        if not action.isChecked():
            action.setChecked(True)
        for widget in self.layers:
            widget.setCursor(
                Qt.CursorShape.ArrowCursor if tool is Tool.NAVIGATE else Qt.CursorShape.CrossCursor
            )
        if tool in (Tool.PAINT, Tool.ERASE, Tool.SEED) and self.active_segment is None:
            self.message.emit(
                QCoreApplication.translate(
                    "Tools", "Add or select a segment in the Segments panel first."
                )
            )
            self.side_panel.setCurrentWidget(self.segment_panel)
        self.tool_changed.emit(tool)

    # --- views ---------------------------------------------------------------------------

    def attach(self, widget: SliceViewWidget) -> None:
        """Draw the case's marks and segments in ``widget`` and take its tool mouse events."""
        if widget in self.layers:
            return
        self.layers[widget] = AnnotationLayer2D(widget.view, annotation_summary)
        self.overlays[widget] = SegmentOverlay2D(widget.view)
        widget.tool_handler = self
        widget.setMouseTracking(True)  # previews follow the mouse between clicks

    def attach_3d(self, widget: object) -> None:
        """Show the annotations in a 3-D view (``widget.view.renderer``), once."""
        if widget is None or widget is self._widget_3d:
            return
        view = getattr(widget, "view", None)
        renderer = getattr(view, "renderer", None)
        if renderer is None:
            return
        if self.layer_3d is not None:
            self.layer_3d.close()
        self._widget_3d = widget
        self.layer_3d = AnnotationLayer3D(renderer, self.session)  # type: ignore[arg-type]
        self.layer_3d.request_render = getattr(view, "request_render", lambda: None)

    def show_segments_3d(self) -> bool:
        """Make surfaces of the visible segments in the viewer's 3-D view (when it has one)."""
        show = getattr(self._widget_3d, "show_segments", None)
        combined = label_volume(self.session)  # type: ignore[arg-type]
        if show is None or combined is None:
            self.message.emit(
                QCoreApplication.translate(
                    "Tools", "Choose the 2×2 layout for the 3-D view, and paint a segment first."
                )
            )
            return False
        labels, colours, shown = combined
        styles = [
            SegmentStyle(n, s.name, tuple(c / 255 for c in colours[n]), 1.0, True)  # type: ignore[arg-type]
            for n, s in enumerate(shown, start=1)
        ]
        show(labels, styles)
        return True

    def close(self) -> None:
        """Stop observing the session (commands left on the undo stack then only write to
        the database: the closed viewer is not refreshed any more)."""
        self.ctx.session = None
        for signal, slot in self.panel_connections():
            signal.disconnect(slot)
        for layer in self.layers.values():
            layer.close()
        for overlay in self.overlays.values():
            overlay.close()
        if self.layer_3d is not None:
            self.layer_3d.close()
        for widget in self.layers:
            widget.tool_handler = None
        self.layers.clear()
        self.overlays.clear()

    def panel_connections(self) -> list[tuple[object, object]]:
        """The session signals the side panels listen to."""
        session = self.session
        assert session is not None
        a, s = self.annotation_panel, self.segment_panel
        return [
            (session.annotations_changed, a.refresh),
            (session.annotation_selected, a.show_selection),
            (session.key_images_changed, a.refresh_key_images),
            (session.segments_changed, s.refresh),
        ]

    def layer(self, widget: SliceViewWidget) -> AnnotationLayer2D:
        """The annotation layer of a view."""
        return self.layers[widget]

    # --- mouse (called by SliceViewWidget) -----------------------------------------------

    def press(self, widget: SliceViewWidget, event: QMouseEvent) -> bool:
        """A button went down in a view; returns whether the tool used it."""
        if widget.view.role != "primary":
            return False  # marks and voxels belong to the primary series, not a comparison
        if event.button() != Qt.MouseButton.LeftButton or (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            return False
        point = widget.point_at(event.position())
        if point is None or not widget.view.has_image:
            return False
        p = _point(point)
        if self.tool is Tool.NAVIGATE:
            return self._grab_handle(widget, event.position())
        if self.tool in ANNOTATION_TOOLS:
            return self._press_annotation(widget, p)
        if self.tool in (Tool.PAINT, Tool.ERASE):
            return self._start_stroke(widget, p)
        if self.tool is Tool.SEED:
            self.grow_from(p)
            return True
        return False

    def move(self, widget: SliceViewWidget, event: QMouseEvent) -> bool:
        """The mouse moved in a view; returns whether the tool used it."""
        point = widget.point_at(event.position())
        if point is None:
            return False
        p = _point(point)
        if self._handle is not None and self._handle.widget is widget:
            self._drag_handle(p)
            return True
        drawing = self._drawing
        if drawing is not None and drawing.widget is widget:
            self._move_annotation(drawing, p)
            return True
        if self._stroke is not None and self._stroke.widget is widget:
            self._paint(p)
            return True
        return False

    def release(self, widget: SliceViewWidget, event: QMouseEvent) -> bool:
        """A button came up in a view; returns whether the tool used it."""
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        if self._handle is not None:
            self._finish_handle()
            return True
        drawing = self._drawing
        if drawing is not None and drawing.widget is widget:
            point = widget.point_at(event.position())
            self._release_annotation(drawing, _point(point) if point is not None else None)
            return True
        if self._stroke is not None:
            self._finish_stroke()
            return True
        return False

    def double_click(self, widget: SliceViewWidget, event: QMouseEvent) -> bool:
        """A double click: closes a polygon."""
        drawing = self._drawing
        if drawing is not None and drawing.kind is AnnotationKind.POLYGON:
            self._close_polygon()
            return True
        return False

    def key(self, widget: SliceViewWidget, event: QKeyEvent) -> bool:
        """Enter closes a polygon, Escape drops the mark being drawn."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._drawing is not None:
            if self._drawing.kind is AnnotationKind.POLYGON:
                self._close_polygon()
                return True
        if event.key() == Qt.Key.Key_Escape and self._drawing is not None:
            self._cancel_drawing()
            return True
        return False

    # --- drawing annotations -------------------------------------------------------------

    def _press_annotation(self, widget: SliceViewWidget, p: Point) -> bool:
        kind = ANNOTATION_TOOLS[self.tool]
        drawing = self._drawing
        if drawing is not None and drawing.widget is not widget:
            self._cancel_drawing()
            drawing = None
        if kind in (AnnotationKind.POINT, AnnotationKind.TEXT):
            self._finish_point(widget, kind, p)
            return True
        if drawing is None:
            drawing = _Drawing(kind, widget, [p, p])
            drawing.stage = (
                "clicks" if kind in (AnnotationKind.ANGLE, AnnotationKind.POLYGON) else "drag"
            )
            self._drawing = drawing
            self._preview(drawing)
            return True
        if drawing.stage == "short":
            self._commit(drawing.widget, drawing.kind, self._bidirectional_points(drawing))
            return True
        if drawing.stage == "clicks":
            if drawing.kind is AnnotationKind.ANGLE and len(drawing.points) == 3:
                drawing.points[-1] = p
                self._commit(widget, drawing.kind, list(drawing.points))
                return True
            if drawing.kind is AnnotationKind.POLYGON and len(drawing.points) >= 4:
                first = widget.view.patient_to_display(np.asarray(drawing.points[0]))
                here = widget.view.patient_to_display(np.asarray(p))
                if first and here and np.hypot(first[0] - here[0], first[1] - here[1]) < 8:
                    self._close_polygon()
                    return True
            drawing.points[-1] = p
            drawing.points.append(p)
            self._preview(drawing)
        return True

    def _move_annotation(self, drawing: _Drawing, p: Point) -> None:
        if drawing.stage == "drag":  # between press and release
            drawing.points[-1] = p
            if drawing.kind is AnnotationKind.ELLIPSE:
                drawing.points = self._ellipse_points(drawing.widget, drawing.points[0], p)
        elif drawing.stage == "short":
            a, b = np.asarray(drawing.points[0]), np.asarray(drawing.points[1])
            axis = (b - a) / (np.linalg.norm(b - a) or 1.0)
            d = np.asarray(p) - (a + b) / 2
            drawing.half_width = float(np.linalg.norm(d - (d @ axis) * axis))
        elif drawing.stage == "clicks":
            drawing.points[-1] = p
        else:
            return
        self._preview(drawing)

    def _release_annotation(self, drawing: _Drawing, p: Point | None) -> None:
        if drawing.stage != "drag":
            return
        if p is not None and drawing.kind is not AnnotationKind.ELLIPSE:
            drawing.points[-1] = p
        widget = drawing.widget
        a, b = drawing.points[0], drawing.points[1]
        if drawing.kind is AnnotationKind.ELLIPSE:
            size = min(
                np.linalg.norm(np.subtract(drawing.points[1], a)),
                np.linalg.norm(np.subtract(drawing.points[2], a)),
            )
        else:
            size = float(np.linalg.norm(np.subtract(b, a)))
        if size < 2 * widget.view.mm_per_pixel():
            # A click without a drag: for angles it is the first arm's end, else nothing.
            self._cancel_drawing()
            return
        if drawing.kind is AnnotationKind.BIDIRECTIONAL:
            drawing.stage = "short"
            drawing.half_width = size / 4
            self._preview(drawing)
            return
        self._commit(widget, drawing.kind, list(drawing.points))

    def _ellipse_points(self, widget: SliceViewWidget, centre: Point, corner: Point) -> list[Point]:
        plane = widget.view.source.plane
        assert plane is not None
        d = np.asarray(corner) - np.asarray(centre)
        du, dv = float(d @ plane.u), float(d @ plane.v)
        c = np.asarray(centre)
        return [centre, _point(c + abs(du) * plane.u), _point(c + abs(dv) * plane.v)]

    def _bidirectional_points(self, drawing: _Drawing) -> list[Point]:
        a, b = drawing.points[0], drawing.points[1]
        plane = drawing.widget.view.source.plane
        assert plane is not None
        short = short_axis_for(a, b, _point(plane.normal), max(drawing.half_width, 0.5))
        return [a, b, short[0], short[1]]

    def _close_polygon(self) -> None:
        drawing = self._drawing
        if drawing is None:
            return
        points = drawing.points[:-1] if len(drawing.points) > 3 else drawing.points
        if len(points) < 3:
            self._cancel_drawing()
            return
        self._commit(drawing.widget, AnnotationKind.POLYGON, points)

    def _finish_point(self, widget: SliceViewWidget, kind: AnnotationKind, p: Point) -> None:
        if kind is AnnotationKind.TEXT:
            text = self.ask_text(
                QCoreApplication.translate("Tools", "Note"),
                QCoreApplication.translate("Tools", "Text of the note:"),
                "",
            )
            if text is None or not text.strip():
                return
            self._commit(widget, kind, [p], text=text.strip())
        else:
            count = sum(1 for a in self.session.annotations if a.kind is AnnotationKind.POINT)  # type: ignore[union-attr]
            default = QCoreApplication.translate("Tools", "Point {n}").format(n=count + 1)
            label = self.ask_text(
                QCoreApplication.translate("Tools", "Point"),
                QCoreApplication.translate("Tools", "Name of the point:"),
                default,
            )
            if label is None:
                return
            self._commit(widget, kind, [p], label=label.strip() or default)

    def _preview(self, drawing: _Drawing) -> None:
        points = drawing.points
        if drawing.stage == "short":
            points = self._bidirectional_points(drawing)
        text = ""
        try:
            values = measure(drawing.kind, points) if len(points) >= 2 else ()
        except ValidationError:
            values = ()
        names = measurement_names()
        text = ", ".join(format_measurement(m, names) for m in values if m.name != "perimeter")
        self.layers[drawing.widget].set_preview(drawing.kind, points, text)

    def _cancel_drawing(self) -> None:
        if self._drawing is not None:
            self.layers[self._drawing.widget].set_preview(None, [])
        self._drawing = None

    def reference(self, widget: SliceViewWidget, points: list[Point]) -> ImageReference:
        """The image a mark drawn in ``widget`` refers to (the slice when it is one)."""
        primary = self.session.primary  # type: ignore[union-attr]
        assert primary is not None
        volume = primary.volume
        plane = widget.view.source.plane
        sop = ""
        if plane is not None and volume.sop_instance_uids:
            along = volume.direction.T @ plane.normal
            if abs(abs(along[2]) - 1.0) < 1e-6:  # the plane is an acquired slice
                index = int(np.rint(primary.continuous_index(np.asarray(points[0]))[0]))
                if 0 <= index < len(volume.sop_instance_uids):
                    sop = volume.sop_instance_uids[index]
        return ImageReference(volume.series_instance_uid, sop, volume.frame_of_reference_uid)

    def _commit(
        self,
        widget: SliceViewWidget,
        kind: AnnotationKind,
        points: list[Point],
        *,
        label: str = "",
        text: str = "",
    ) -> None:
        self._cancel_drawing()
        try:
            draft = AnnotationDraft(
                kind, tuple(points), self.reference(widget, points), label, text
            )
        except ValidationError as exc:
            self.undo_stack.on_error(exc)
            return
        command = CreateAnnotation(self.ctx, draft)
        if self.undo_stack.run(command):
            self.session.select_annotation(draft.uuid)  # type: ignore[union-attr]

    # --- handles -------------------------------------------------------------------------

    def _grab_handle(self, widget: SliceViewWidget, position: QPointF) -> bool:
        layer = self.layers.get(widget)
        if layer is None:
            return False
        found = layer.handle_at(widget.display_position(position))
        if found is None:
            return False
        annotation, index = found
        self.session.select_annotation(annotation.uuid)  # type: ignore[union-attr]
        self._handle = _HandleDrag(annotation, index, widget, list(annotation.points))
        return True

    def _drag_handle(self, p: Point) -> None:
        handle = self._handle
        assert handle is not None
        kind, index = handle.annotation.kind, handle.index
        points = list(handle.annotation.points)
        if kind is AnnotationKind.ELLIPSE and index == 0:
            shift = np.asarray(p) - np.asarray(points[0])
            points = [_point(np.asarray(q) + shift) for q in points]
        elif kind is AnnotationKind.BIDIRECTIONAL and index < 2:
            points[index] = p
            half = float(np.linalg.norm(np.subtract(points[3], points[2]))) / 2
            plane = handle.widget.view.source.plane
            assert plane is not None
            points[2], points[3] = short_axis_for(points[0], points[1], _point(plane.normal), half)
        elif kind is AnnotationKind.BIDIRECTIONAL:
            a, b = np.asarray(points[0]), np.asarray(points[1])
            axis = (b - a) / (np.linalg.norm(b - a) or 1.0)
            d = np.asarray(p) - (a + b) / 2
            half = float(np.linalg.norm(d - (d @ axis) * axis))
            plane = handle.widget.view.source.plane
            assert plane is not None
            points[2], points[3] = short_axis_for(points[0], points[1], _point(plane.normal), half)
        else:
            points[index] = p
        handle.points = points
        names = measurement_names()
        try:
            values = measure(kind, points)
        except ValidationError:
            values = ()
        text = ", ".join(format_measurement(m, names) for m in values if m.name != "perimeter")
        self.layers[handle.widget].set_preview(kind, points, text)

    def _finish_handle(self) -> None:
        handle = self._handle
        self._handle = None
        if handle is None:
            return
        self.layers[handle.widget].set_preview(None, [])
        if tuple(handle.points) == handle.annotation.points:
            return
        self.undo_stack.run(
            ChangeAnnotation(self.ctx, handle.annotation.uuid, points=tuple(handle.points))
        )

    # --- segments ------------------------------------------------------------------------

    def mask_of(self, uuid: str) -> NDArray[np.bool_]:
        """The current mask of a segment (as shown)."""
        masks = self.session.segment_masks  # type: ignore[union-attr]
        volume = self.ctx.volume
        if uuid in masks:
            return masks[uuid]
        assert volume is not None
        return np.zeros(volume.shape, dtype=bool)

    def _segment_ready(self) -> bool:
        if self.active_segment is None or self.ctx.volume is None:
            self.message.emit(
                QCoreApplication.translate(
                    "Tools", "Add or select a segment in the Segments panel first."
                )
            )
            return False
        segment = next((s for s in self.session.segments if s.uuid == self.active_segment), None)  # type: ignore[union-attr]
        if segment is None or segment.series_instance_uid != self.ctx.volume.series_instance_uid:
            self.message.emit(
                QCoreApplication.translate(
                    "Tools", "This segment was drawn on another series; open that series."
                )
            )
            return False
        return True

    def _brush(
        self, widget: SliceViewWidget, p: Point
    ) -> tuple[tuple[slice, slice, slice], NDArray[np.bool_]] | None:
        volume = self.ctx.volume
        assert volume is not None
        if self.brush_sphere:
            return seg.brush_region(volume, p, self.brush_radius_mm)
        plane = widget.view.source.plane
        assert plane is not None
        return seg.brush_region(volume, p, self.brush_radius_mm, _point(plane.normal))

    def _start_stroke(self, widget: SliceViewWidget, p: Point) -> bool:
        if not self._segment_ready():
            return True
        assert self.active_segment is not None
        before = self.mask_of(self.active_segment)
        self._stroke = _Stroke(
            widget, self.active_segment, before, before.copy(), self.tool is Tool.ERASE
        )
        self._paint(p)
        return True

    def _paint(self, p: Point) -> None:
        stroke = self._stroke
        assert stroke is not None
        region = self._brush(stroke.widget, p)
        if region is None:
            return
        box, brush = region
        if stroke.erase:
            stroke.working[box] &= ~brush
        else:
            stroke.working[box] |= brush
        # Shown at once (only the touched voxels are redrawn); written to the database as one
        # command when the stroke ends.
        assert self.session is not None
        self.session.segment_voxels_edited(stroke.uuid, stroke.working, box)  # type: ignore[arg-type]

    def _finish_stroke(self) -> None:
        stroke = self._stroke
        self._stroke = None
        if stroke is None or np.array_equal(stroke.before, stroke.working):
            return
        text = "Erase" if stroke.erase else "Paint"
        if not self.undo_stack.run(
            EditSegmentMask(self.ctx, stroke.uuid, stroke.before, stroke.working, text)
        ):
            session = self.session
            assert session is not None
            masks = dict(session.segment_masks)
            masks[stroke.uuid] = stroke.before
            session.set_segments(session.segments, masks)

    def grow_from(self, p: Point) -> None:
        """Region growing from the voxel at ``p`` into the active segment (off the UI thread)."""
        if not self._segment_ready():
            return
        volume = self.ctx.volume
        assert volume is not None and self.active_segment is not None
        try:
            seed = seg.seed_index(volume, p)
        except ValidationError as exc:
            self.undo_stack.on_error(exc)
            return
        low, high = self.grow_range
        within = None
        if self.grow_slices is not None:
            first, last = self.grow_slices
            within = np.zeros(volume.shape, dtype=bool)
            within[max(0, first) : last + 1] = True
        opening = self.grow_opening_mm

        def work(progress: ProgressReporter, cancel: CancelToken) -> object:
            return seg.region_grow(volume, seed, low, high, opening_mm=opening, within=within)

        self.apply_to_segment(
            QCoreApplication.translate("Tools", "Region growing"),
            "Region growing",
            work,
            combine="add",
        )

    def apply_to_segment(
        self,
        title: str,
        command_text: str,
        work: Callable[[ProgressReporter, CancelToken], object],
        *,
        combine: str = "replace",
    ) -> None:
        """Compute a mask off the UI thread, then make it the active segment's (one command).

        ``combine``: ``"replace"`` the mask, ``"add"`` to it.
        """
        if not self._segment_ready():
            return
        uuid = self.active_segment
        assert uuid is not None
        before = self.mask_of(uuid).copy()

        def done(result: object) -> None:
            after = np.asarray(result, dtype=bool)
            if combine == "add":
                after = before | after
            if np.array_equal(after, before):
                self.message.emit(QCoreApplication.translate("Tools", "Nothing changed."))
                return
            self.undo_stack.run(EditSegmentMask(self.ctx, uuid, before, after, command_text))

        self.run_task(title, work, done)

    # --- key images ----------------------------------------------------------------------

    def flag_key_image(self, widget: SliceViewWidget, caption: str) -> bool:
        """Store what ``widget`` shows (plane, window, zoom) as a key image."""
        view = widget.view
        plane = view.source.plane
        primary = self.session.primary  # type: ignore[union-attr]
        if plane is None or primary is None:
            return False
        camera = view.renderer.GetActiveCamera()
        focus = camera.GetFocalPoint()
        centre = plane.to_patient(focus[0], focus[1])
        width, level = self.session.window  # type: ignore[union-attr]
        draft = KeyImageDraft(
            self.reference(widget, [_point(centre)]),
            view.orientation.value,
            ViewPlane(_point(centre), _point(plane.u), _point(plane.v)),
            window_center=level,
            window_width=width,
            caption=caption,
            zoom_mm=float(camera.GetParallelScale()),
        )
        return self.undo_stack.run(FlagKeyImage(self.ctx, draft))

    def flag_key_image_3d(self, caption: str) -> bool:
        """Store the 3-D view's camera (with the window) as a key image."""
        view = getattr(self._widget_3d, "view", None)
        primary = self.session.primary  # type: ignore[union-attr]
        if view is None or primary is None:
            self.message.emit(
                QCoreApplication.translate(
                    "Tools", "Choose the 2×2 layout to show the 3-D view first."
                )
            )
            return False
        camera = view.renderer.GetActiveCamera()
        volume = primary.volume
        width, level = self.session.window  # type: ignore[union-attr]
        draft = KeyImageDraft(
            ImageReference(volume.series_instance_uid, "", volume.frame_of_reference_uid),
            "3d",
            None,
            window_center=level,
            window_width=width,
            caption=caption,
            camera=Camera3D(
                _point(camera.GetPosition()),
                _point(camera.GetFocalPoint()),
                _point(camera.GetViewUp()),
                float(camera.GetParallelScale()) if camera.GetParallelProjection() else 0.0,
                float(camera.GetViewAngle()),
            ),
        )
        return self.undo_stack.run(FlagKeyImage(self.ctx, draft))

    def jump_to(self, annotation: Annotation) -> None:
        """Show ``annotation``: crosshair on it, the plane of the view it lies in."""
        self.session.select_annotation(annotation.uuid)  # type: ignore[union-attr]
        self.session.set_crosshair(np.asarray(annotation.centroid()))  # type: ignore[union-attr]


def _point(p: object) -> Point:
    a = np.asarray(p, dtype=np.float64).ravel()
    return (float(a[0]), float(a[1]), float(a[2]))


__all__ = ["CaseEditor", "Tool", "annotation_summary"]
