"""The vessel straightened along its centreline (curved planar reformation), with the cursor.

Row ``i`` is the measured section ``i`` (:func:`~casereview.analysis.vessel_reformat.
curved_planar_reformation`), drawn to scale: the vessel runs down the middle, the first section
at the top. The tumour (yellow) and vessel (blue) are outlined; a bar on the right marks the
sections with contact (red above 180°). A click or a drag moves the cursor to a section.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLineF, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from casereview.analysis.vessel_reformat import PlaneImage
from casereview.ui.resectability.images import (
    ARC_COLOUR,
    CORRECTED_COLOUR,
    CURSOR_COLOUR,
    TUMOUR_COLOUR,
    VESSEL_COLOUR,
    draw_outline,
    fit_rect,
    grey_image,
    outline,
)

#: Width (screen pixels) of the contact bar beside the image.
BAR_PX = 10.0


class CprView(QWidget):
    """Draws the straightened vessel and the cursor; clicks move the cursor."""

    #: The section index the person chose.
    cursor_moved = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cprView")
        self.setMinimumSize(160, 260)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.plane: PlaneImage | None = None
        self.angles: tuple[float, ...] = ()
        self.arclengths: tuple[float, ...] = ()
        self.cursor_index = 0
        self._picture: QImage | None = None
        self._paths = (outline(None), outline(None))

    def sizeHint(self) -> QSize:
        """Narrow and tall, like the vessel."""
        return QSize(220, 420)

    def show_cpr(
        self,
        plane: PlaneImage | None,
        arclengths: Sequence[float],
        angles: Sequence[float],
        window: tuple[float, float],
    ) -> None:
        """Show a reformation whose rows are at ``arclengths`` with section ``angles``."""
        self.plane = plane
        self.arclengths, self.angles = tuple(arclengths), tuple(angles)
        self._picture = None if plane is None else grey_image(plane.image, window)
        self._paths = (
            outline(None if plane is None else plane.tumour),
            outline(None if plane is None else plane.vessel),
        )
        self.cursor_index = min(self.cursor_index, max(len(self.arclengths) - 1, 0))
        self.update()

    def set_cursor(self, index: int) -> None:
        """Move the cursor line to section ``index`` (no signal)."""
        self.cursor_index = index
        self.update()

    def _target(self) -> QRectF:
        area = QRectF(self.rect()).adjusted(6, 22, -(BAR_PX + 10), -22)
        if self.plane is None or not self.arclengths:
            return area
        width_mm = self.plane.image.shape[1] * self.plane.pixel_mm
        span = max(self.arclengths[-1] - self.arclengths[0], 1.0)
        # Each row covers the distance to the next section: the span plus one step.
        step = span / max(len(self.arclengths) - 1, 1)
        return fit_rect(width_mm, span + step, area)

    def row_y(self, index: int) -> float:
        """Widget y of the middle of section ``index``'s row."""
        target = self._target()
        rows = max(len(self.arclengths), 1)
        return target.top() + (index + 0.5) * target.height() / rows

    def index_at(self, y: float) -> int:
        """The section whose row is at widget ``y``."""
        target = self._target()
        rows = len(self.arclengths)
        if rows == 0:
            return 0
        index = int((y - target.top()) / max(target.height(), 1.0) * rows)
        return min(max(index, 0), rows - 1)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Move the cursor to the clicked row."""
        self._choose(event.position().y())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Follow a drag with the cursor."""
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._choose(event.position().y())

    def _choose(self, y: float) -> None:
        if not self.arclengths:
            return
        index = self.index_at(y)
        if index != self.cursor_index:
            self.set_cursor(index)
            self.cursor_moved.emit(index)

    def paintEvent(self, _event: QPaintEvent) -> None:
        """Image, outlines, contact bar, cursor and the ends' positions."""
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#000000"))
        if self.plane is None or self._picture is None or not self.arclengths:
            painter.setPen(QColor("#ffffff"))
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr("No straightened view to show"),
            )
            return
        target = self._target()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(target, self._picture)
        scale = QPointF(
            target.width() / self.plane.image.shape[1], target.height() / self.plane.image.shape[0]
        )
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        draw_outline(painter, self._paths[0], TUMOUR_COLOUR, target, scale)
        draw_outline(painter, self._paths[1], VESSEL_COLOUR, target, scale)
        row_height = target.height() / len(self.arclengths)
        for index, angle in enumerate(self.angles):
            if angle > 0.0:
                colour = ARC_COLOUR if angle > 180.0 else CORRECTED_COLOUR
                painter.fillRect(
                    QRectF(
                        target.right() + 4, target.top() + index * row_height, BAR_PX, row_height
                    ),
                    colour,
                )
        y = self.row_y(self.cursor_index)
        painter.setPen(QPen(CURSOR_COLOUR, 2.0))
        painter.drawLine(QLineF(target.left() - 4, y, target.right() + BAR_PX + 6, y))
        painter.setPen(QColor("#ffffff"))
        top = QRectF(0, 2, self.width(), 18)
        bottom = QRectF(0, self.height() - 20, self.width(), 18)
        painter.drawText(
            top, Qt.AlignmentFlag.AlignCenter, self.tr("{mm:.0f} mm").format(mm=self.arclengths[0])
        )
        painter.drawText(
            bottom,
            Qt.AlignmentFlag.AlignCenter,
            self.tr("{mm:.0f} mm").format(mm=self.arclengths[-1]),
        )
