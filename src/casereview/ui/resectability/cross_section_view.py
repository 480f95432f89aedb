"""The vessel's cross-section at the cursor, with the contact arcs a person can correct.

The image is the plane the contact was measured in (:func:`~casereview.analysis.
vessel_reformat.cross_section`): ``axis_u`` up, section angles counter-clockwise from 12
o'clock. The tumour (yellow) and the vessel (blue) are outlined; each measured contact arc is a
thick red arc just outside the vessel's wall, with a round handle at each end. Dragging a handle
moves that end; the corrected arcs are drawn in orange over the measured ones (thin, dashed),
and :attr:`CrossSectionView.edited` carries the corrected section angle.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from casereview.analysis.vessel_contact import ContactSection
from casereview.analysis.vessel_reformat import PlaneImage, angle_to_pixel
from casereview.ui.resectability.images import (
    ARC_COLOUR,
    CORRECTED_COLOUR,
    TUMOUR_COLOUR,
    VESSEL_COLOUR,
    draw_outline,
    fit_rect,
    grey_image,
    outline,
)

#: Arcs are drawn this far (mm) outside the measured wall, so they do not hide it.
ARC_OFFSET_MM = 1.5
#: A press this close (screen pixels) to a handle grabs it.
GRAB_PX = 12.0
HANDLE_PX = 7.0

Arc = tuple[float, float]


def arc_width(arc: Arc) -> float:
    """Counter-clockwise width (degrees) of an arc ``(start, end)``; 360 for a full circle."""
    start, end = arc
    width = (end - start) % 360.0
    return 360.0 if width == 0.0 and abs(end - start) >= 359.999 else width


def total_angle(arcs: list[Arc]) -> float:
    """The section's contact angle from its arcs (0–360 degrees)."""
    return min(sum(arc_width(a) for a in arcs), 360.0)


class CrossSectionView(QWidget):
    """Draws one section and lets a person drag the ends of its contact arcs."""

    #: The corrected section angle (degrees), emitted when a drag ends.
    edited = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crossSectionView")
        self.setMinimumSize(260, 260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.plane: PlaneImage | None = None
        self.section: ContactSection | None = None
        self.arcs: list[Arc] = []
        self._measured: list[Arc] = []
        self._picture: QImage | None = None
        self._paths = (outline(None), outline(None))
        self._window = (60.0, 400.0)
        self._drag: tuple[int, int] | None = None
        #: False on the shared screen: the arcs are shown, never dragged there.
        self.editable = True

    def sizeHint(self) -> QSize:
        """Square, room for a readable vessel."""
        return QSize(420, 420)

    def show_section(
        self,
        plane: PlaneImage | None,
        section: ContactSection | None,
        window: tuple[float, float],
    ) -> None:
        """Show a section and its measured arcs (a correction under way is dropped)."""
        self.plane, self.section, self._window = plane, section, window
        self._measured = [] if section is None else [(a.start_deg, a.end_deg) for a in section.arcs]
        self.arcs = list(self._measured)
        self._drag = None
        self._picture = None if plane is None else grey_image(plane.image, window)
        self._paths = (
            outline(None if plane is None else plane.tumour),
            outline(None if plane is None else plane.vessel),
        )
        self.update()

    @property
    def is_edited(self) -> bool:
        """Whether the arcs differ from the measured ones."""
        return any(
            abs(a[0] - b[0]) > 1e-6 or abs(a[1] - b[1]) > 1e-6
            for a, b in zip(self.arcs, self._measured, strict=True)
        )

    def corrected_angle(self) -> float:
        """The section angle the corrected arcs give."""
        return total_angle(self.arcs)

    def reset(self) -> None:
        """Back to the measured arcs."""
        self.arcs = list(self._measured)
        self.update()

    # --- geometry ------------------------------------------------------------------------

    def _target(self) -> QRectF:
        size = 1.0 if self.plane is None else float(self.plane.image.shape[1])
        return fit_rect(size, size, QRectF(self.rect()).adjusted(8, 8, -8, -8))

    def _scale(self) -> float:
        if self.plane is None:
            return 1.0
        return self._target().width() / float(self.plane.image.shape[1])

    def _arc_radius_mm(self) -> float:
        return (0.0 if self.section is None else self.section.radius_mm) + ARC_OFFSET_MM

    def point_at(self, angle_deg: float) -> QPointF:
        """Widget position of the arc circle at a section angle (where its handles sit)."""
        if self.plane is None:
            return QPointF()
        column, row = angle_to_pixel(angle_deg, self._arc_radius_mm(), self.plane)
        target, scale = self._target(), self._scale()
        return QPointF(target.left() + (column + 0.5) * scale, target.top() + (row + 0.5) * scale)

    def handle_position(self, arc: int, end: int) -> QPointF:
        """Widget position of a handle: ``end`` 0 is the arc's start, 1 its end."""
        return self.point_at(self.arcs[arc][end])

    def angle_at(self, position: QPointF) -> float:
        """The section angle of a widget position (around the section's centre)."""
        centre = self.point_at(0.0) + (self.point_at(180.0) - self.point_at(0.0)) / 2.0
        dx, dy = position.x() - centre.x(), position.y() - centre.y()
        return math.degrees(math.atan2(-dx, -dy)) % 360.0

    # --- events --------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Grab the handle under the pointer."""
        if not self.editable:
            event.ignore()
            return
        position = event.position()
        best: tuple[float, tuple[int, int]] | None = None
        for index in range(len(self.arcs)):
            for end in (0, 1):
                handle = self.handle_position(index, end)
                distance = math.hypot(handle.x() - position.x(), handle.y() - position.y())
                if distance <= GRAB_PX and (best is None or distance < best[0]):
                    best = (distance, (index, end))
        self._drag = None if best is None else best[1]
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Move the grabbed end; show a hand over a handle."""
        if self._drag is None:
            over = any(
                math.hypot(h.x() - event.position().x(), h.y() - event.position().y()) <= GRAB_PX
                for h in (self.handle_position(i, e) for i in range(len(self.arcs)) for e in (0, 1))
            )
            self.setCursor(Qt.CursorShape.OpenHandCursor if over else Qt.CursorShape.ArrowCursor)
            return
        index, end = self._drag
        angle = round(self.angle_at(event.position()), 1) % 360.0
        start, stop = self.arcs[index]
        self.arcs[index] = (angle, stop) if end == 0 else (start, angle)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Finish a drag: announce the corrected angle."""
        if self._drag is not None:
            self._drag = None
            self.edited.emit(self.corrected_angle())
        event.accept()

    # --- drawing -------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        """Image, outlines, arcs and handles."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#000000"))
        if self.plane is None or self._picture is None:
            painter.setPen(self.palette().color(self.foregroundRole()))
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No cross-section to show")
            )
            return
        target, scale = self._target(), self._scale()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(target, self._picture)
        draw_outline(painter, self._paths[0], TUMOUR_COLOUR, target, QPointF(scale, scale))
        draw_outline(painter, self._paths[1], VESSEL_COLOUR, target, QPointF(scale, scale))
        edited = self.is_edited
        if edited:
            self._draw_arcs(painter, self._measured, ARC_COLOUR, 2.0, Qt.PenStyle.DashLine)
        self._draw_arcs(painter, self.arcs, CORRECTED_COLOUR if edited else ARC_COLOUR, 6.0)
        painter.setPen(QPen(QColor("#ffffff"), 1.5))
        for index in range(len(self.arcs)):
            for end in (0, 1):
                painter.setBrush(CORRECTED_COLOUR if edited else ARC_COLOUR)
                painter.drawEllipse(self.handle_position(index, end), HANDLE_PX, HANDLE_PX)
        painter.setPen(QColor("#ffffff"))
        angle = self.corrected_angle()
        painter.drawText(
            QRectF(self.rect()).adjusted(12, 10, -12, -10),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            self.tr("{angle:.0f}° at {position:.1f} mm").format(
                angle=angle, position=0.0 if self.section is None else self.section.arclength_mm
            ),
        )

    def _draw_arcs(
        self,
        painter: QPainter,
        arcs: list[Arc],
        colour: QColor,
        width: float,
        style: Qt.PenStyle = Qt.PenStyle.SolidLine,
    ) -> None:
        if not arcs or self.plane is None:
            return
        top, bottom = self.point_at(0.0), self.point_at(180.0)
        radius = (bottom.y() - top.y()) / 2.0
        centre = QPointF(top.x(), top.y() + radius)
        box = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
        pen = QPen(colour, width)
        pen.setStyle(style)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for arc in arcs:
            # Qt counts from 3 o'clock counter-clockwise; section angles from 12 o'clock.
            painter.drawArc(box, round((arc[0] + 90.0) * 16), round(arc_width(arc) * 16))
