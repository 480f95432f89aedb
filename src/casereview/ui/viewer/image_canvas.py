"""The drawing surface of the picture view: one frame, zoom and pan, window, marks, corner texts.

Coordinates: a *pixel position* is ``(column, row)`` with ``(0, 0)`` the centre of the first
pixel (as :meth:`~casereview.dicom.single_image.SingleImage.to_points` takes them). The canvas
shows pixel position ``centre`` in the middle of the widget, ``scale`` screen pixels for one
image column (rows are stretched by the pixel aspect ratio, so round things stay round).

Mouse: left-drag changes the window (horizontal: width, vertical: level) or draws with the
chosen measuring tool; middle- or Shift+left-drag pans; right-drag or Ctrl+wheel zooms; the
wheel, Up/Down and Page Up/Page Down page through the frames.
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from casereview.dicom.single_image import SeriesPictures, SingleImage
from casereview.domain.annotations import AnnotationKind

PixelPosition = tuple[float, float]

#: Zoom limits (screen pixels per image column).
MIN_SCALE, MAX_SCALE = 0.02, 64.0
#: A drag shorter than this (screen pixels) draws nothing.
MIN_DRAG = 4.0
#: Part of the view the fitted picture fills (a margin keeps the edges visible).
FIT_FILL = 0.98


class ImageTool(enum.StrEnum):
    """What a left-drag does in the picture view."""

    NAVIGATE = "navigate"  #: window/level (grey) or pan (colour)
    LENGTH = "length"
    ANGLE = "angle"
    POLYGON = "polygon"  #: an area outline, clicked point by point
    ELLIPSE = "ellipse"


#: The annotation each drawing tool makes.
TOOL_KINDS = {
    ImageTool.LENGTH: AnnotationKind.LENGTH,
    ImageTool.ANGLE: AnnotationKind.ANGLE,
    ImageTool.POLYGON: AnnotationKind.POLYGON,
    ImageTool.ELLIPSE: AnnotationKind.ELLIPSE,
}


@dataclass
class ShownMark:
    """A stored mark on the frame shown: its kind, pixel positions and label text."""

    uuid: str
    kind: AnnotationKind
    pixels: list[PixelPosition]
    text: str
    selected: bool = False


@dataclass
class _Drawing:
    kind: AnnotationKind
    pixels: list[PixelPosition] = field(default_factory=list)


def grey_levels(values: np.ndarray, width: float, level: float, *, invert: bool) -> np.ndarray:
    """8-bit display levels of modality ``values`` through a linear window."""
    low = level - width / 2.0
    levels = np.clip((values - low) * (255.0 / max(width, 1e-6)), 0.0, 255.0)
    if invert:
        levels = 255.0 - levels
    return np.ascontiguousarray(np.rint(levels).astype(np.uint8))


class ImageCanvas(QWidget):
    """Shows one frame of a series' pictures and takes the mouse and keys.

    Parameters
    ----------
    pictures
        What it pages through.
    """

    #: The pixel under the mouse: ``(image, frame, column, row)`` or ``None``.
    hovered = Signal(object)
    #: A mark was drawn: ``(AnnotationKind, list of pixel positions)``.
    mark_drawn = Signal(object, object)
    #: The frame shown changed (page index).
    page_changed = Signal(int)
    #: The window changed by dragging: ``(width, level)``.
    window_dragged = Signal(float, float)
    #: Zoom or pan changed.
    view_changed = Signal()

    def __init__(self, pictures: SeriesPictures, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imageCanvas")
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 200)
        self.pictures = pictures
        self.page = 0
        first = pictures.images[0]
        #: ``(width, level)`` of grey pictures.
        self.grey_window: tuple[float, float] = (first.default_window[1], first.default_window[0])
        self.invert = False
        self.tool = ImageTool.NAVIGATE
        self.scale = 1.0
        self.centre: PixelPosition = ((first.columns - 1) / 2, (first.rows - 1) / 2)
        self.fitted = False
        #: Whether a resize fits the picture again (until the user zooms or pans).
        self.follows_size = True
        self.marks: list[ShownMark] = []
        self.corner_texts: dict[str, str] = {}
        self.drawing: _Drawing | None = None
        self._drag: str | None = None
        self._last = QPointF()
        self._cached: tuple[object, QImage] | None = None

    # --- what is shown ---------------------------------------------------------------

    @property
    def image(self) -> SingleImage:
        """The picture of the frame shown."""
        return self.pictures.frame(self.page)[0]

    @property
    def frame(self) -> int:
        """The frame of :attr:`image` shown."""
        return self.pictures.frame(self.page)[1]

    def aspect(self) -> float:
        """Height of a pixel relative to its width (1 without a pixel size)."""
        spacing = self.image.spacing
        return spacing[0] / spacing[1] if spacing is not None else 1.0

    def set_page(self, page: int) -> None:
        """Show frame ``page`` (0-based over all pictures; clamped)."""
        page = max(0, min(self.pictures.frame_count - 1, page))
        if page == self.page:
            return
        before = (self.image.rows, self.image.columns)
        self.page = page
        self.cancel_drawing()
        if (self.image.rows, self.image.columns) != before:
            self.fit()
        self.page_changed.emit(page)
        self.update()

    def set_window(self, width: float, level: float) -> None:
        """Window of grey pictures (colour ones are shown as they are)."""
        self.grey_window = (max(1.0, width), level)
        self.update()

    def set_invert(self, invert: bool) -> None:
        """Show grey pictures white-on-black reversed."""
        self.invert = invert
        self.update()

    def set_tool(self, tool: ImageTool) -> None:
        """Choose what a left-drag does (a mark being drawn is dropped)."""
        self.cancel_drawing()
        self.tool = ImageTool(tool)
        self.setCursor(
            Qt.CursorShape.ArrowCursor
            if self.tool is ImageTool.NAVIGATE
            else Qt.CursorShape.CrossCursor
        )

    def set_marks(self, marks: list[ShownMark]) -> None:
        """The stored marks of the frame shown."""
        self.marks = marks
        self.update()

    def set_corner_texts(self, texts: dict[str, str]) -> None:
        """What the four corners say (``upper_left`` … ``lower_right``)."""
        self.corner_texts = dict(texts)
        self.update()

    # --- zoom and pan ----------------------------------------------------------------

    def fit(self) -> None:
        """Show the whole picture, as large as the view allows."""
        image = self.image
        width = max(self.width(), 1)
        height = max(self.height(), 1)
        self.scale = FIT_FILL * min(width / image.columns, height / (image.rows * self.aspect()))
        self.centre = ((image.columns - 1) / 2, (image.rows - 1) / 2)
        self.fitted = True
        self.follows_size = True
        self.view_changed.emit()
        self.update()

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        """Magnify by ``factor`` keeping the pixel under ``anchor`` (default: centre) in place."""
        anchor = anchor if anchor is not None else QPointF(self.width() / 2, self.height() / 2)
        before = self.to_pixel(anchor)
        self.scale = min(MAX_SCALE, max(MIN_SCALE, self.scale * factor))
        after = self.to_pixel(anchor)
        self.centre = (
            self.centre[0] + before[0] - after[0],
            self.centre[1] + before[1] - after[1],
        )
        self.follows_size = False
        self.view_changed.emit()
        self.update()

    def set_scale(self, scale: float) -> None:
        """Screen pixels per image column (1 = one screen pixel per image pixel)."""
        self.zoom_by(scale / self.scale)

    def pan_by(self, dx: float, dy: float) -> None:
        """Move the picture by ``(dx, dy)`` screen pixels."""
        self.centre = (
            self.centre[0] - dx / self.scale,
            self.centre[1] - dy / (self.scale * self.aspect()),
        )
        self.follows_size = False
        self.view_changed.emit()
        self.update()

    def to_screen(self, pixel: PixelPosition) -> QPointF:
        """Widget position of a pixel position."""
        return QPointF(
            self.width() / 2 + (pixel[0] - self.centre[0]) * self.scale,
            self.height() / 2 + (pixel[1] - self.centre[1]) * self.scale * self.aspect(),
        )

    def to_pixel(self, position: QPointF) -> PixelPosition:
        """Pixel position under a widget position."""
        return (
            self.centre[0] + (position.x() - self.width() / 2) / self.scale,
            self.centre[1] + (position.y() - self.height() / 2) / (self.scale * self.aspect()),
        )

    def pixel_under(self, position: QPointF) -> tuple[int, int] | None:
        """``(column, row)`` of the pixel under a widget position; ``None`` outside."""
        column, row = (int(math.floor(v + 0.5)) for v in self.to_pixel(position))
        if 0 <= column < self.image.columns and 0 <= row < self.image.rows:
            return column, row
        return None

    # --- painting --------------------------------------------------------------------

    def frame_image(self) -> QImage:
        """The frame shown as a screen image (window applied to grey pictures)."""
        image, frame = self.pictures.frame(self.page)
        key = (self.page, image.colour or (self.grey_window, self.invert))
        if self._cached is not None and self._cached[0] == key:
            return self._cached[1]
        if image.colour:
            data = np.ascontiguousarray(image.pixels[frame], dtype=np.uint8)
            picture = QImage(
                data.data, image.columns, image.rows, 3 * image.columns, QImage.Format.Format_RGB888
            ).copy()
        else:
            width, level = self.grey_window
            invert = self.invert != image.monochrome1
            levels = grey_levels(image.pixels[frame], width, level, invert=invert)
            picture = QImage(
                levels.data,
                image.columns,
                image.rows,
                image.columns,
                QImage.Format.Format_Grayscale8,
            ).copy()
        self._cached = (key, picture)
        return picture

    def paintEvent(self, event: QPaintEvent) -> None:
        """Picture, marks, the mark being drawn, scale bar and corner texts."""
        if not self.fitted and self.width() > 1:
            self.fit()
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0))
        image = self.image
        top_left = self.to_screen((-0.5, -0.5))
        bottom_right = self.to_screen((image.columns - 0.5, image.rows - 0.5))
        # Enlarged pixels stay sharp squares (a reader must see the real pixels); reduced
        # pictures are smoothed so thin lines of a screenshot do not vanish.
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, self.scale < 1.0)
        painter.drawImage(QRectF(top_left, bottom_right), self.frame_image())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for mark in self.marks:
            self._paint_mark(painter, mark.kind, mark.pixels, mark.text, mark.selected)
        if self.drawing is not None and self.drawing.pixels:
            self._paint_mark(
                painter, self.drawing.kind, self.drawing.pixels, "", True, closed=False
            )
        self._paint_scale_bar(painter)
        self._paint_corners(painter)
        painter.end()

    def _outline(
        self, kind: AnnotationKind, pixels: list[PixelPosition], closed: bool
    ) -> QPainterPath:
        path = QPainterPath()
        points = [self.to_screen(p) for p in pixels]
        if kind is AnnotationKind.ELLIPSE and len(pixels) == 3:
            centre = np.asarray(pixels[0])
            a = np.asarray(pixels[1]) - centre
            b = np.asarray(pixels[2]) - centre
            for step in range(73):
                t = 2 * math.pi * step / 72
                p = centre + math.cos(t) * a + math.sin(t) * b
                q = self.to_screen((float(p[0]), float(p[1])))
                path.moveTo(q) if step == 0 else path.lineTo(q)
            return path
        path.addPolygon(QPolygonF(points))
        if closed and kind is AnnotationKind.POLYGON:
            path.closeSubpath()
        return path

    def _paint_mark(
        self,
        painter: QPainter,
        kind: AnnotationKind,
        pixels: list[PixelPosition],
        text: str,
        selected: bool,
        *,
        closed: bool = True,
    ) -> None:
        colour = QColor(80, 220, 255) if selected else QColor(255, 215, 0)
        path = self._outline(kind, pixels, closed)
        painter.setPen(QPen(QColor(0, 0, 0, 160), 4))
        painter.drawPath(path)
        painter.setPen(QPen(colour, 2))
        painter.drawPath(path)
        for pixel in pixels if kind is not AnnotationKind.ELLIPSE else pixels[:1]:
            painter.drawEllipse(self.to_screen(pixel), 3, 3)
        if text:
            screen = [self.to_screen(p) for p in pixels]
            anchor = max(screen, key=lambda p: (p.x(), -p.y()))
            self._paint_label(painter, text, anchor + QPointF(8, -8), colour)

    def _paint_label(self, painter: QPainter, text: str, at: QPointF, colour: QColor) -> None:
        font = QFont(self.font())
        font.setPointSizeF(max(9.0, font.pointSizeF()))
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        box = metrics.boundingRect(QRectF(0, 0, 10_000, 10_000), 0, text).adjusted(-4, -2, 4, 2)
        # Kept inside the view: a label cut off at the edge is a label not read.
        x = min(max(at.x(), 2.0), self.width() - box.width() - 2)
        y = min(max(at.y() - box.height(), 2.0), self.height() - box.height() - 2)
        box.moveTo(x, y)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 170))
        painter.drawRoundedRect(box, 3, 3)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(colour)
        painter.drawText(box.adjusted(4, 2, -4, -2), 0, text)

    def _paint_scale_bar(self, painter: QPainter) -> None:
        image = self.image
        per_screen = 1.0 / self.scale  # image columns per screen pixel
        unit_size = image.spacing[1] if image.spacing is not None else 1.0
        target = 0.2 * self.width() * per_screen * unit_size
        if target <= 0:
            return
        exponent = 10 ** math.floor(math.log10(target))
        length = max(m * exponent for m in (1, 2, 5) if m * exponent <= target)
        pixels = length / unit_size * self.scale
        unit = (
            QCoreApplication.translate("ImageView", "mm")
            if image.spacing is not None
            else QCoreApplication.translate("ImageView", "px")
        )
        label = f"{length:g} {unit}"
        metrics = QFontMetricsF(self.font())
        x1 = self.width() - 16.0
        y = self.height() - 12.0 - 2 * metrics.height()
        x0 = x1 - pixels
        painter.setPen(QPen(QColor(230, 230, 230), 2))
        painter.drawPolyline(
            QPolygonF([QPointF(x0, y - 6), QPointF(x0, y), QPointF(x1, y), QPointF(x1, y - 6)])
        )
        width = metrics.horizontalAdvance(label)
        painter.drawText(QPointF((x0 + x1 - width) / 2, y - 8), label)

    def _paint_corners(self, painter: QPainter) -> None:
        font = QFont(self.font())
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        margin = 6.0
        # Each corner gets half the width: long descriptions are cut, never run into the other.
        limit = self.width() / 2 - 2 * margin
        for corner, text in self.corner_texts.items():
            lines = [
                metrics.elidedText(t, Qt.TextElideMode.ElideRight, limit)
                for t in text.split("\n")
                if t
            ]
            right = corner.endswith("right")
            bottom = corner.startswith("lower")
            for number, line in enumerate(reversed(lines) if bottom else lines):
                width = metrics.horizontalAdvance(line)
                x = self.width() - margin - width if right else margin
                y = (
                    self.height() - margin - metrics.descent() - number * metrics.height()
                    if bottom
                    else margin + metrics.ascent() + number * metrics.height()
                )
                # A dark backing keeps the text readable over bright or lettered pictures.
                painter.fillRect(
                    QRectF(x - 3, y - metrics.ascent(), width + 6, metrics.height()),
                    QColor(0, 0, 0, 200),
                )
                painter.setPen(QColor(235, 235, 235))
                painter.drawText(QPointF(x, y), line)

    def resizeEvent(self, event: object) -> None:
        # A zoom the user chose survives a resize (a side panel dragged, the window enlarged).
        if self.follows_size:
            self.fitted = False
        self.update()

    # --- drawing marks ---------------------------------------------------------------

    def cancel_drawing(self) -> None:
        """Drop the mark being drawn."""
        if self.drawing is not None:
            self.drawing = None
            self.update()

    def _finish(self, kind: AnnotationKind, pixels: list[PixelPosition]) -> None:
        self.drawing = None
        self.update()
        self.mark_drawn.emit(kind, list(pixels))

    def close_polygon(self) -> None:
        """Finish the outline being clicked (three points or more)."""
        drawing = self.drawing
        if drawing is None or drawing.kind is not AnnotationKind.POLYGON:
            return
        points = drawing.pixels[:-1]  # the last one follows the mouse
        if len(points) >= 3:
            self._finish(AnnotationKind.POLYGON, points)
        else:
            self.cancel_drawing()

    def _ellipse(self, centre: PixelPosition, corner: PixelPosition) -> list[PixelPosition]:
        du, dv = abs(corner[0] - centre[0]), abs(corner[1] - centre[1])
        return [centre, (centre[0] + du, centre[1]), (centre[0], centre[1] + dv)]

    def _press_tool(self, pixel: PixelPosition) -> None:
        kind = TOOL_KINDS[self.tool]
        drawing = self.drawing
        if kind in (AnnotationKind.LENGTH, AnnotationKind.ELLIPSE):
            self.drawing = _Drawing(kind, [pixel, pixel])
            self._drag = "draw"
        elif drawing is None:
            self.drawing = _Drawing(kind, [pixel, pixel])
        elif kind is AnnotationKind.ANGLE and len(drawing.pixels) == 3:
            drawing.pixels[-1] = pixel
            self._finish(kind, drawing.pixels)
            return
        elif kind is AnnotationKind.POLYGON and len(drawing.pixels) >= 4:
            first = self.to_screen(drawing.pixels[0])
            here = self.to_screen(pixel)
            if math.hypot(first.x() - here.x(), first.y() - here.y()) < 8:
                self.close_polygon()
                return
            drawing.pixels[-1] = pixel
            drawing.pixels.append(pixel)
        else:
            drawing.pixels[-1] = pixel
            drawing.pixels.append(pixel)
        self.update()

    def _release_draw(self, pixel: PixelPosition) -> None:
        drawing = self.drawing
        if drawing is None:
            return
        start = self.to_screen(drawing.pixels[0])
        end = self.to_screen(pixel)
        if math.hypot(start.x() - end.x(), start.y() - end.y()) < MIN_DRAG:
            self.cancel_drawing()
            return
        if drawing.kind is AnnotationKind.ELLIPSE:
            points = self._ellipse(drawing.pixels[0], pixel)
            if min(abs(pixel[0] - points[0][0]), abs(pixel[1] - points[0][1])) <= 0:
                self.cancel_drawing()
                return
            self._finish(drawing.kind, points)
        else:
            self._finish(drawing.kind, [drawing.pixels[0], pixel])

    # --- mouse and keys --------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus()
        self._last = event.position()
        button, shift = event.button(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if button == Qt.MouseButton.MiddleButton or (button == Qt.MouseButton.LeftButton and shift):
            self._drag = "pan"
        elif button == Qt.MouseButton.RightButton:
            self._drag = "zoom"
        elif button == Qt.MouseButton.LeftButton and self.tool is not ImageTool.NAVIGATE:
            self._press_tool(self.to_pixel(event.position()))
        elif button == Qt.MouseButton.LeftButton:
            self._drag = "pan" if self.image.colour else "window"
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        position = event.position()
        dx, dy = position.x() - self._last.x(), position.y() - self._last.y()
        self._last = position
        pixel = self.to_pixel(position)
        if self._drag == "pan":
            self.pan_by(dx, dy)
        elif self._drag == "zoom":
            self.zoom_by(math.exp(-dy / 150.0))
        elif self._drag == "window":
            width, level = self.grey_window
            step = max(self.image.default_window[1], 1.0) / 256.0
            self.set_window(width + dx * step, level - dy * step)
            self.window_dragged.emit(*self.grey_window)
        elif self.drawing is not None:
            if self.drawing.kind is AnnotationKind.ELLIPSE and self._drag == "draw":
                self.drawing.pixels = self._ellipse(self.drawing.pixels[0], pixel)
            else:
                self.drawing.pixels[-1] = pixel
            self.update()
        under = self.pixel_under(position)
        self.hovered.emit(None if under is None else (self.image, self.frame, *under))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        if drag == "draw" and event.button() == Qt.MouseButton.LeftButton:
            self._release_draw(self.to_pixel(event.position()))
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self.drawing is not None and self.drawing.kind is AnnotationKind.POLYGON:
            self.close_polygon()
        event.accept()

    def leaveEvent(self, event: object) -> None:
        self.hovered.emit(None)

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120.0
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1.25**steps, event.position())
        elif steps:
            self.set_page(self.page + (-1 if steps > 0 else 1))
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        moves: dict[int, int] = {
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_PageDown: 1,
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_PageUp: -1,
        }
        if int(key) in moves:
            self.set_page(self.page + moves[int(key)])
        elif key == Qt.Key.Key_Home:
            self.set_page(0)
        elif key == Qt.Key.Key_End:
            self.set_page(self.pictures.frame_count - 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.close_polygon()
        elif key == Qt.Key.Key_Escape and self.drawing is not None:
            self.cancel_drawing()
        else:
            super().keyPressEvent(event)
            return
        event.accept()
