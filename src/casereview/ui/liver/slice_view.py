"""The planner's axial slice: CT, segment outlines, the resection surface's curve and its handles.

Drawn with QPainter on the masks' own grid (pixel ``(row, column)`` of slice ``k`` is the
array-frame point ``(k·sz, row·sy, column·sx)`` mm), so what is shown is exactly what is
measured and the mouse maps to the planner's coordinates without a reslice. The part a plan
removes is tinted red; the curve where the resection surface cuts the slice is drawn over the
outlines; control points lying on this slice are round handles that can be dragged (the
surface follows while the mouse moves), those on other slices small rings with their number
(a click on one goes to its slice).

Mouse: in Navigate, drag a handle; in the picking modes (add a control point, place a
landmark, a seed for the liver tool) a left click picks the point under the mouse. The wheel,
Up/Down and Page Up/Page Down scroll through the slices.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from casereview.analysis.resection_surface import ResectionSurface, surface_slice_lines
from casereview.render.segment_overlay import outline
from casereview.ui.viewer.image_canvas import grey_levels

Point = tuple[float, float, float]

#: Window (width, level) in HU: liver parenchyma, vessels and tumour apart.
LIVER_WINDOW = (350.0, 60.0)
#: A press this close (screen pixels) to a handle grabs it.
GRAB_PX = 11.0
HANDLE_PX = 6.5
#: Colour of the resection surface's curve and handles, and of the removed part's tint.
SURFACE_COLOUR = QColor("#b6ff3b")
RESECTED_TINT = (255, 70, 60, 90)
LANDMARK_COLOUR = QColor("#ffd60a")
SEED_COLOUR = QColor("#30d158")
#: Margin (mm) beyond the liver's box (itself 20 mm wider than the liver) that the view shows.
FRAME_MARGIN_MM = 10.0
#: Slices moved by Page Up / Page Down.
PAGE_STEP = 10


class PickMode(enum.StrEnum):
    """What a left click on the slice does."""

    NAVIGATE = "navigate"  #: drag handles
    ADD_POINT = "add-point"  #: a new control point
    LANDMARK = "landmark"  #: the next Couinaud landmark
    SEED = "seed"  #: the liver tool's seed


class LiverSliceView(QWidget):
    """One axial slice of the planner's CT with the plan drawn over it."""

    #: A handle is being dragged: ``(index, (z, y, x) mm)`` at every mouse move.
    point_dragged = Signal(int, object)
    #: A handle was let go: ``(index, (z, y, x) mm)``.
    point_released = Signal(int, object)
    #: A point was picked in a picking mode: ``(z, y, x) mm``.
    picked = Signal(object)
    #: The slice shown changed.
    slice_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liverSliceView")
        self.setMinimumSize(320, 320)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.voxels: NDArray[np.generic] | None = None
        self.spacing: tuple[float, float, float] = (1.0, 1.0, 1.0)
        self.index = 0
        self.mode = PickMode.NAVIGATE
        self.hu_window = LIVER_WINDOW
        self._labels: NDArray[np.uint8] | None = None
        self._colours = np.zeros((256, 4), dtype=np.uint8)
        self._liver: NDArray[np.bool_] | None = None
        self._couinaud: NDArray[np.integer] | None = None
        self.surface: ResectionSurface | None = None
        self.removed: tuple[int, ...] = ()
        self._box: tuple[NDArray[np.float64], NDArray[np.float64]] | None = None
        self.marks: list[tuple[str, Point, QColor]] = []
        self.hint = ""
        self._cache: dict[str, tuple[object, QImage]] = {}
        self._lines: tuple[object, list[NDArray[np.float64]]] | None = None
        self._drag: int | None = None
        #: Grows with every plan shown, so cached drawings of an older plan are not reused.
        self._plan_serial = 0

    def sizeHint(self) -> QSize:
        """Room for a readable liver."""
        return QSize(640, 560)

    # --- what is shown -------------------------------------------------------------------

    def set_volume(self, voxels: NDArray[np.generic] | None, spacing: Sequence[float]) -> None:
        """Show ``voxels`` (CT in HU, ``(slice, row, column)``) with ``spacing`` mm."""
        self.voxels = voxels
        self.spacing = (float(spacing[0]), float(spacing[1]), float(spacing[2]))
        self._cache.clear()
        self._lines = None
        if voxels is not None:
            self.index = min(self.index, voxels.shape[0] - 1)
        self.update()

    def set_overlay(
        self,
        labels: NDArray[np.uint8] | None,
        colours: dict[int, tuple[int, int, int]],
        liver: NDArray[np.bool_] | None,
        couinaud: NDArray[np.integer] | None,
    ) -> None:
        """Outline ``labels`` (value → colour); ``liver`` and ``couinaud`` give the removed
        part's tint."""
        self._labels = labels
        self._colours[:] = 0
        for value, rgb in colours.items():
            self._colours[value] = (*rgb, 255)
        self._liver = liver
        self._couinaud = couinaud
        self._box = None
        if liver is not None and liver.any():
            where = np.argwhere(liver)
            spacing = np.asarray(self.spacing)
            # The liver's box with a margin: the curve is drawn where it matters.
            self._box = (where.min(axis=0) * spacing - 20.0, where.max(axis=0) * spacing + 20.0)
        self._cache.clear()
        self._lines = None
        self.update()

    def set_plan(self, removed: Sequence[int], surface: ResectionSurface | None) -> None:
        """Show a plan: Couinaud segments removed, or a resection surface (or neither)."""
        self.removed = tuple(removed)
        self.surface = surface
        self._plan_serial += 1
        self._cache.pop("resected", None)
        self._lines = None
        self.update()

    def set_marks(self, marks: list[tuple[str, Point, QColor]]) -> None:
        """Landmarks and seeds to draw: ``(label, (z, y, x) mm, colour)``."""
        self.marks = list(marks)
        self.update()

    def set_mode(self, mode: PickMode, hint: str = "") -> None:
        """Choose what a click does; ``hint`` is written at the top of the view."""
        self.mode = PickMode(mode)
        self.hint = hint
        self._drag = None
        self.setCursor(
            Qt.CursorShape.ArrowCursor
            if self.mode is PickMode.NAVIGATE
            else Qt.CursorShape.CrossCursor
        )
        self.update()

    def set_slice(self, index: int) -> None:
        """Show slice ``index`` (clamped)."""
        if self.voxels is None:
            return
        index = max(0, min(int(index), self.voxels.shape[0] - 1))
        if index != self.index:
            self.index = index
            self._lines = None
            self.slice_changed.emit(index)
            self.update()

    @property
    def slice_mm(self) -> float:
        """The shown slice's position (mm along the array's first axis)."""
        return self.index * self.spacing[0]

    # --- coordinates ---------------------------------------------------------------------

    def image_rect(self) -> QRectF:
        """Where the whole slice is drawn: the liver's box (with a margin) fills the view, or the
        whole slice when there is no liver; the aspect follows the pixel spacing."""
        if self.voxels is None:
            return QRectF()
        rows, columns = self.voxels.shape[1:]
        width, height = columns * self.spacing[2], rows * self.spacing[1]
        area = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        if self._box is None:
            top, left, bottom, right = 0.0, 0.0, height, width
        else:
            lo, hi = self._box
            top, left = (
                max(float(lo[1]) - FRAME_MARGIN_MM, 0.0),
                max(float(lo[2]) - FRAME_MARGIN_MM, 0.0),
            )
            bottom = min(float(hi[1]) + FRAME_MARGIN_MM, height)
            right = min(float(hi[2]) + FRAME_MARGIN_MM, width)
        scale = min(area.width() / (right - left), area.height() / (bottom - top))
        middle_x, middle_y = (left + right) / 2.0, (top + bottom) / 2.0
        return QRectF(
            area.center().x() - middle_x * scale,
            area.center().y() - middle_y * scale,
            width * scale,
            height * scale,
        )

    def to_screen(self, y_mm: float, x_mm: float) -> QPointF:
        """Screen position of the array-frame point ``(·, y, x)`` mm (pixel centres at
        ``(row + ½, column + ½)`` of the drawn image)."""
        target = self.image_rect()
        assert self.voxels is not None
        rows, columns = self.voxels.shape[1:]
        sx, sy = target.width() / columns, target.height() / rows
        return QPointF(
            target.left() + (x_mm / self.spacing[2] + 0.5) * sx,
            target.top() + (y_mm / self.spacing[1] + 0.5) * sy,
        )

    def to_array_mm(self, position: QPointF) -> Point | None:
        """The array-frame point ``(z, y, x)`` mm under a screen position on this slice."""
        if self.voxels is None:
            return None
        target = self.image_rect()
        rows, columns = self.voxels.shape[1:]
        column = (position.x() - target.left()) / (target.width() / columns) - 0.5
        row = (position.y() - target.top()) / (target.height() / rows) - 0.5
        if not (-0.5 <= column <= columns - 0.5 and -0.5 <= row <= rows - 0.5):
            return None
        return (self.slice_mm, row * self.spacing[1], column * self.spacing[2])

    def on_slice(self, point: Sequence[float]) -> bool:
        """Whether an array-frame point lies on the slice shown (within half a slice)."""
        return abs(float(point[0]) - self.slice_mm) <= self.spacing[0] / 2.0 + 1e-6

    def on_slice_any(self, points: Sequence[Sequence[float]]) -> bool:
        """Whether any of the array-frame points lies on the slice shown."""
        return any(self.on_slice(p) for p in points)

    @property
    def dragging(self) -> bool:
        """Whether a handle is being dragged."""
        return self._drag is not None

    def handle_at(self, position: QPointF) -> int | None:
        """Index of the control point whose handle is under ``position`` (nearest first)."""
        if self.surface is None or self.voxels is None:
            return None
        best, found = GRAB_PX, None
        for i, point in enumerate(self.surface.control_points_mm):
            screen = self.to_screen(point[1], point[2])
            distance = math.hypot(screen.x() - position.x(), screen.y() - position.y())
            if distance <= best and (self.on_slice(point) or self.mode is PickMode.NAVIGATE):
                best, found = distance, i
        return found

    # --- drawing -------------------------------------------------------------------------

    def _grey(self) -> QImage:
        assert self.voxels is not None
        key = ("grey", self.index, self.hu_window)
        cached = self._cache.get("grey")
        if cached is not None and cached[0] == key:
            return cached[1]
        width, level = self.hu_window
        grey = grey_levels(
            np.asarray(self.voxels[self.index], dtype=np.float32), width, level, invert=False
        )
        rows, columns = grey.shape
        image = QImage(grey.data, columns, rows, columns, QImage.Format.Format_Grayscale8).copy()
        self._cache["grey"] = (key, image)
        return image

    def _rgba(self, pixels: NDArray[np.uint8]) -> QImage:
        rows, columns = pixels.shape[:2]
        data = np.ascontiguousarray(pixels)
        return QImage(data.data, columns, rows, columns * 4, QImage.Format.Format_RGBA8888).copy()

    def _outlines(self) -> QImage | None:
        if self._labels is None:
            return None
        key = ("outline", self.index)
        cached = self._cache.get("outline")
        if cached is not None and cached[0] == key:
            return cached[1]
        labels = np.asarray(self._labels[self.index], dtype=np.uint8)
        edge = outline(labels)
        pixels = np.zeros((*labels.shape, 4), dtype=np.uint8)
        pixels[edge] = self._colours[labels[edge]]
        image = self._rgba(pixels)
        self._cache["outline"] = (key, image)
        return image

    def _resected(self) -> QImage | None:
        if self._liver is None or (self.surface is None and not self.removed):
            return None
        key = ("resected", self.index, self._plan_serial)
        cached = self._cache.get("resected")
        if cached is not None and cached[0] == key:
            return cached[1]
        liver = self._liver[self.index]
        if self.surface is not None:
            rows, columns = np.nonzero(liver)
            points = np.stack(
                [
                    np.full(len(rows), self.slice_mm),
                    rows * self.spacing[1],
                    columns * self.spacing[2],
                ],
                axis=1,
            )
            removed = np.zeros(liver.shape, dtype=bool)
            if len(points):
                removed[rows, columns] = self.surface.side(points) > 0.0
        elif self._couinaud is not None:
            removed = liver & np.isin(self._couinaud[self.index], self.removed)
        else:
            return None
        pixels = np.zeros((*liver.shape, 4), dtype=np.uint8)
        pixels[removed] = RESECTED_TINT
        image = self._rgba(pixels)
        self._cache["resected"] = (key, image)
        return image

    def _curves(self) -> list[NDArray[np.float64]]:
        if self.surface is None or self._box is None:
            return []
        key = (self._plan_serial, self.index)
        if self._lines is not None and self._lines[0] == key:
            return self._lines[1]
        lo, hi = self._box
        if not lo[0] - 1e-6 <= self.slice_mm <= hi[0] + 1e-6:
            lines: list[NDArray[np.float64]] = []
        else:
            step = max(min(self.spacing[1], self.spacing[2]), 0.5)
            lines = surface_slice_lines(self.surface, self.slice_mm, lo, hi, step)
        self._lines = (key, lines)
        return lines

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#000000"))
        if self.voxels is None:
            painter.setPen(QColor("#b0b0b0"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.hint)
            return
        target = self.image_rect()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        painter.drawImage(target, self._grey())
        for layer in (self._resected(), self._outlines()):
            if layer is not None:
                painter.drawImage(target, layer)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self._paint_segment_numbers(painter)
        self._paint_surface(painter)
        self._paint_marks(painter)
        self._paint_texts(painter)

    def _paint_segment_numbers(self, painter: QPainter) -> None:
        """Each Couinaud segment's number at the middle of its part of the slice."""
        if self._couinaud is None:
            return
        labels = np.asarray(self._couinaud[self.index])
        rows, columns = np.nonzero(labels)
        if len(rows) == 0:
            return
        values = labels[rows, columns].astype(np.int64)
        counts = np.bincount(values, minlength=9)
        sum_rows = np.bincount(values, weights=rows, minlength=9)
        sum_columns = np.bincount(values, weights=columns, minlength=9)
        font = QFont(painter.font())
        font.setBold(True)
        painter.setFont(font)
        for label in range(1, 9):
            if counts[label] < 40:  # a sliver: its number would cover it
                continue
            row, column = sum_rows[label] / counts[label], sum_columns[label] / counts[label]
            centre = self.to_screen(row * self.spacing[1], column * self.spacing[2])
            box = QRectF(centre.x() - 10, centre.y() - 9, 20, 18)
            painter.setPen(QColor(0, 0, 0, 220))
            painter.drawText(box.translated(1, 1), int(Qt.AlignmentFlag.AlignCenter), str(label))
            painter.setPen(QColor("#ffffff"))  # readable on its colour and on the red tint
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), str(label))
        painter.setFont(QFont(self.font()))

    def _paint_surface(self, painter: QPainter) -> None:
        if self.surface is None:
            return
        path = QPainterPath()
        for line in self._curves():
            for i, (y, x) in enumerate(line):
                screen = self.to_screen(float(y), float(x))
                if i == 0:
                    path.moveTo(screen)
                else:
                    path.lineTo(screen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(0, 0, 0, 200), 4.5))
        painter.drawPath(path)
        painter.setPen(QPen(SURFACE_COLOUR, 2.0))
        painter.drawPath(path)
        font = QFont(painter.font())
        font.setPointSizeF(max(font.pointSizeF() - 1.0, 7.0))
        painter.setFont(font)
        for i, point in enumerate(self.surface.control_points_mm):
            centre = self.to_screen(point[1], point[2])
            if self.on_slice(point):
                painter.setPen(QPen(QColor("#000000"), 1.5))
                painter.setBrush(SURFACE_COLOUR if i != self._drag else QColor("#ffffff"))
                painter.drawEllipse(centre, HANDLE_PX, HANDLE_PX)
            else:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(SURFACE_COLOUR, 1.5, Qt.PenStyle.DashLine))
                painter.drawEllipse(centre, HANDLE_PX - 2.0, HANDLE_PX - 2.0)
            # "P1": control points, not to be read as Couinaud segment numbers.
            painter.setPen(SURFACE_COLOUR)
            painter.drawText(centre + QPointF(HANDLE_PX + 2.0, -HANDLE_PX), f"P{i + 1}")

    def _paint_marks(self, painter: QPainter) -> None:
        for label, point, colour in self.marks:
            centre = self.to_screen(point[1], point[2])
            near = self.on_slice(point)
            painter.setPen(QPen(colour, 2.0 if near else 1.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            size = 6.0 if near else 4.0
            painter.drawLine(centre + QPointF(-size, 0), centre + QPointF(size, 0))
            painter.drawLine(centre + QPointF(0, -size), centre + QPointF(0, size))
            if near:
                painter.drawText(centre + QPointF(size + 2.0, size + 10.0), label)

    def _paint_texts(self, painter: QPainter) -> None:
        assert self.voxels is not None
        painter.setPen(QColor("#e0e0e0"))
        margin = 8
        metrics = painter.fontMetrics()
        slice_text = self.tr("Slice {number} / {count}").format(
            number=self.index + 1, count=self.voxels.shape[0]
        )
        painter.drawText(margin, self.height() - margin - metrics.descent(), slice_text)
        if self.hint:
            box = QRectF(margin, margin, self.width() - 2 * margin, metrics.height() * 2.4)
            painter.fillRect(box.adjusted(-4, -2, 4, 2), QColor(0, 0, 0, 170))
            painter.setPen(QColor("#ffd60a"))
            painter.drawText(
                box, int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap), self.hint
            )

    # --- mouse and keys ------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.voxels is None:
            return super().mousePressEvent(event)
        position = event.position()
        if self.mode is PickMode.NAVIGATE:
            handle = self.handle_at(position)
            if handle is None or self.surface is None:
                return
            point = self.surface.control_points_mm[handle]
            if not self.on_slice(point):
                # A ring of a point on another slice: go there to drag it.
                self.set_slice(round(point[0] / self.spacing[0]))
                return
            self._drag = handle
            self.update()
            return
        picked = self.to_array_mm(position)
        if picked is not None:
            self.picked.emit(picked)

    def _dragged_to(self, position: QPointF) -> Point | None:
        if self._drag is None or self.surface is None:
            return None
        under = self.to_array_mm(position)
        if under is None:
            return None
        # The point stays on its own slice; it moves across it.
        z = self.surface.control_points_mm[self._drag][0]
        return (z, under[1], under[2])

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None:
            point = self._dragged_to(event.position())
            if point is not None:
                self.point_dragged.emit(self._drag, point)
            return
        if self.mode is PickMode.NAVIGATE:
            over = self.handle_at(event.position()) is not None
            self.setCursor(Qt.CursorShape.OpenHandCursor if over else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None and event.button() == Qt.MouseButton.LeftButton:
            index = self._drag
            point = self._dragged_to(event.position())
            self._drag = None
            if point is not None:
                self.point_released.emit(index, point)
            self.update()
            return
        super().mouseReleaseEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() // 120
        if steps:
            self.set_slice(self.index - steps)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        moves = {
            Qt.Key.Key_Up: 1,
            Qt.Key.Key_Down: -1,
            Qt.Key.Key_PageUp: PAGE_STEP,
            Qt.Key.Key_PageDown: -PAGE_STEP,
        }
        step = moves.get(Qt.Key(event.key()))
        if step is None:
            return super().keyPressEvent(event)
        self.set_slice(self.index + step)
