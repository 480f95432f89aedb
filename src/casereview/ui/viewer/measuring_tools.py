"""Measuring and marking: drawing annotations in a slice view, dragging their handles,
flagging key images (mixed into :class:`~casereview.ui.viewer.editor.CaseEditor`)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF

from casereview.analysis.measurements import measure, short_axis_for
from casereview.commands.edits import (
    ChangeAnnotation,
    CreateAnnotation,
    FlagKeyImage,
)
from casereview.domain.annotations import (
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
from casereview.errors import ValidationError
from casereview.ui.viewer.editor_state import Drawing, EditorBase, HandleDrag
from casereview.ui.viewer.tool_kinds import ANNOTATION_TOOLS, as_point, measurement_names
from casereview.ui.viewer.views import SliceViewWidget


class MeasuringTools(EditorBase):
    """What the annotation tools do."""

    # --- drawing annotations -------------------------------------------------------------

    def _press_annotation(self, widget: SliceViewWidget, p: Point) -> bool:
        kind = ANNOTATION_TOOLS[self.tool]
        drawing = self.drawing
        if drawing is not None and drawing.widget is not widget:
            self.cancel_drawing()
            drawing = None
        if kind in (AnnotationKind.POINT, AnnotationKind.TEXT):
            self._finishas_point(widget, kind, p)
            return True
        if drawing is None:
            drawing = Drawing(kind, widget, [p, p])
            drawing.stage = (
                "clicks" if kind in (AnnotationKind.ANGLE, AnnotationKind.POLYGON) else "drag"
            )
            self.drawing = drawing
            self._preview(drawing)
            return True
        if drawing.stage == "short":
            # The click sets the short axis where it lands, even when no hover move preceded
            # it (a tablet tap, or a move the window never received).
            self._move_annotation(drawing, p)
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

    def _move_annotation(self, drawing: Drawing, p: Point) -> None:
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

    def _release_annotation(self, drawing: Drawing, p: Point | None) -> None:
        if drawing.stage != "drag":
            return
        if p is not None and drawing.kind is not AnnotationKind.ELLIPSE:
            drawing.points[-1] = p
        widget = drawing.widget
        a, b = drawing.points[0], drawing.points[1]
        if drawing.kind is AnnotationKind.ELLIPSE:
            size = float(
                min(
                    np.linalg.norm(np.subtract(drawing.points[1], a)),
                    np.linalg.norm(np.subtract(drawing.points[2], a)),
                )
            )
        else:
            size = float(np.linalg.norm(np.subtract(b, a)))
        if size < 2 * widget.view.mm_per_pixel():
            # A click without a drag: for angles it is the first arm's end, else nothing.
            self.cancel_drawing()
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
        return [centre, as_point(c + abs(du) * plane.u), as_point(c + abs(dv) * plane.v)]

    def _bidirectional_points(self, drawing: Drawing) -> list[Point]:
        a, b = drawing.points[0], drawing.points[1]
        plane = drawing.widget.view.source.plane
        assert plane is not None
        short = short_axis_for(a, b, as_point(plane.normal), max(drawing.half_width, 0.5))
        return [a, b, short[0], short[1]]

    def _close_polygon(self) -> None:
        drawing = self.drawing
        if drawing is None:
            return
        points = drawing.points[:-1] if len(drawing.points) > 3 else drawing.points
        if len(points) < 3:
            self.cancel_drawing()
            return
        self._commit(drawing.widget, AnnotationKind.POLYGON, points)

    def _finishas_point(self, widget: SliceViewWidget, kind: AnnotationKind, p: Point) -> None:
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
            count = sum(1 for a in self.session.annotations if a.kind is AnnotationKind.POINT)
            default = QCoreApplication.translate("Tools", "Point {n}").format(n=count + 1)
            label = self.ask_text(
                QCoreApplication.translate("Tools", "Point"),
                QCoreApplication.translate("Tools", "Name of the point:"),
                default,
            )
            if label is None:
                return
            self._commit(widget, kind, [p], label=label.strip() or default)

    def _preview(self, drawing: Drawing) -> None:
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

    def reference(self, widget: SliceViewWidget, points: list[Point]) -> ImageReference:
        """The image a mark drawn in ``widget`` refers to (the slice when it is one)."""
        primary = self.session.primary
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
        self.cancel_drawing()
        try:
            draft = AnnotationDraft(
                kind, tuple(points), self.reference(widget, points), label, text
            )
        except ValidationError as exc:
            self.undo_stack.on_error(exc)
            return
        command = CreateAnnotation(self.ctx, draft)
        if self.undo_stack.run(command):
            self.session.select_annotation(draft.uuid)

    # --- handles -------------------------------------------------------------------------

    def _grab_handle(self, widget: SliceViewWidget, position: QPointF) -> bool:
        layer = self.layers.get(widget)
        if layer is None:
            return False
        found = layer.handle_at(widget.display_position(position))
        if found is None:
            return False
        annotation, index = found
        self.session.select_annotation(annotation.uuid)
        self.handle = HandleDrag(annotation, index, widget, list(annotation.points))
        return True

    def _drag_handle(self, p: Point) -> None:
        handle = self.handle
        assert handle is not None
        kind, index = handle.annotation.kind, handle.index
        points = list(handle.annotation.points)
        if kind is AnnotationKind.ELLIPSE and index == 0:
            shift = np.asarray(p) - np.asarray(points[0])
            points = [as_point(np.asarray(q) + shift) for q in points]
        elif kind is AnnotationKind.BIDIRECTIONAL and index < 2:
            points[index] = p
            half = float(np.linalg.norm(np.subtract(points[3], points[2]))) / 2
            plane = handle.widget.view.source.plane
            assert plane is not None
            points[2], points[3] = short_axis_for(
                points[0], points[1], as_point(plane.normal), half
            )
        elif kind is AnnotationKind.BIDIRECTIONAL:
            a, b = np.asarray(points[0]), np.asarray(points[1])
            axis = (b - a) / (np.linalg.norm(b - a) or 1.0)
            d = np.asarray(p) - (a + b) / 2
            half = float(np.linalg.norm(d - (d @ axis) * axis))
            plane = handle.widget.view.source.plane
            assert plane is not None
            points[2], points[3] = short_axis_for(
                points[0], points[1], as_point(plane.normal), half
            )
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
        handle = self.handle
        self.handle = None
        if handle is None:
            return
        self.layers[handle.widget].set_preview(None, [])
        if tuple(handle.points) == handle.annotation.points:
            return
        self.undo_stack.run(
            ChangeAnnotation(self.ctx, handle.annotation.uuid, points=tuple(handle.points))
        )

    # --- key images ----------------------------------------------------------------------

    def flag_key_image(self, widget: SliceViewWidget, caption: str) -> bool:
        """Store what ``widget`` shows (plane, window, zoom) as a key image."""
        view = widget.view
        plane = view.source.plane
        primary = self.session.primary
        if plane is None or primary is None:
            return False
        camera = view.renderer.GetActiveCamera()
        focus = camera.GetFocalPoint()
        centre = plane.to_patient(focus[0], focus[1])
        width, level = self.session.window
        draft = KeyImageDraft(
            self.reference(widget, [as_point(centre)]),
            view.orientation.value,
            ViewPlane(as_point(centre), as_point(plane.u), as_point(plane.v)),
            window_center=level,
            window_width=width,
            caption=caption,
            zoom_mm=float(camera.GetParallelScale()),
        )
        return self.undo_stack.run(FlagKeyImage(self.ctx, draft))

    def flag_key_image_3d(self, caption: str) -> bool:
        """Store the 3-D view's camera and scene (surfaces, volume rendering, crop, clip;
        with the window) as a key image."""
        view = getattr(self.widget_3d, "view", None)
        scene_of = getattr(self.widget_3d, "scene", None)
        primary = self.session.primary
        if view is None or primary is None:
            self.message.emit(
                QCoreApplication.translate(
                    "Tools", "Choose the 2×2 layout to show the 3-D view first."
                )
            )
            return False
        camera = view.renderer.GetActiveCamera()
        volume = primary.volume
        width, level = self.session.window
        draft = KeyImageDraft(
            ImageReference(volume.series_instance_uid, "", volume.frame_of_reference_uid),
            "3d",
            None,
            window_center=level,
            window_width=width,
            caption=caption,
            camera=Camera3D(
                as_point(camera.GetPosition()),
                as_point(camera.GetFocalPoint()),
                as_point(camera.GetViewUp()),
                float(camera.GetParallelScale()) if camera.GetParallelProjection() else 0.0,
                float(camera.GetViewAngle()),
            ),
            scene=scene_of() if callable(scene_of) else None,
        )
        return self.undo_stack.run(FlagKeyImage(self.ctx, draft))

    def jump_to(self, annotation: Annotation) -> None:
        """Show ``annotation``: crosshair on it, the plane of the view it lies in."""
        self.session.select_annotation(annotation.uuid)
        self.session.set_crosshair(np.asarray(annotation.centroid()))
