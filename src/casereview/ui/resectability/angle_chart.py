"""The contact angle along the vessel as a chart (QPainter; QtCharts is not installed).

Angle (0–360°) against arclength (mm): the measured angle of every section, the 180° line that
most criteria turn on, a person's override as a dotted level, the cursor, and the surgical
landmarks (SMA origin, portosplenic confluence...) as ticks on the arclength axis. A click moves
the cursor to the nearest section.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QMouseEvent, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from casereview.ui.resectability.images import ARC_COLOUR, CORRECTED_COLOUR, CURSOR_COLOUR


@dataclass(frozen=True)
class Landmark:
    """A named point along the vessel's centreline."""

    arclength_mm: float
    name: str


class AngleChart(QWidget):
    """Angle profile along one vessel."""

    #: The section index nearest to a click.
    cursor_moved = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("angleChart")
        self.setMinimumSize(320, 170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.arclengths: tuple[float, ...] = ()
        self.angles: tuple[float, ...] = ()
        self.landmarks: tuple[Landmark, ...] = ()
        self.override: float | None = None
        self.cursor_index = 0

    def sizeHint(self) -> QSize:
        """Wide and low."""
        return QSize(640, 220)

    def set_profile(
        self,
        arclengths: Sequence[float],
        angles: Sequence[float],
        landmarks: Sequence[Landmark] = (),
        override: float | None = None,
    ) -> None:
        """Show the angles of the sections at ``arclengths``."""
        self.arclengths, self.angles = tuple(arclengths), tuple(angles)
        self.landmarks, self.override = tuple(landmarks), override
        self.cursor_index = min(self.cursor_index, max(len(self.arclengths) - 1, 0))
        self.update()

    def set_cursor(self, index: int) -> None:
        """Move the cursor line (no signal)."""
        self.cursor_index = index
        self.update()

    # --- geometry ------------------------------------------------------------------------

    def _range(self) -> tuple[float, float]:
        values = [*self.arclengths, *(m.arclength_mm for m in self.landmarks)]
        if not values:
            return (0.0, 1.0)
        low, high = min(values), max(values)
        return (low, high if high > low else low + 1.0)

    def _plot(self) -> QRectF:
        metrics = QFontMetricsF(self.font())
        left = metrics.horizontalAdvance("360°") + 14
        top = metrics.height() * 2 + 8  # room for the landmarks' names
        return QRectF(self.rect()).adjusted(left, top, -12, -(metrics.height() * 2 + 10))

    def x_of(self, arclength: float) -> float:
        """Widget x of an arclength."""
        plot, (low, high) = self._plot(), self._range()
        return plot.left() + (arclength - low) / (high - low) * plot.width()

    def y_of(self, angle: float) -> float:
        """Widget y of an angle."""
        plot = self._plot()
        return plot.bottom() - angle / 360.0 * plot.height()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Move the cursor to the section nearest the click."""
        if not self.arclengths:
            return
        x = event.position().x()
        index = min(
            range(len(self.arclengths)), key=lambda i: abs(self.x_of(self.arclengths[i]) - x)
        )
        if index != self.cursor_index:
            self.set_cursor(index)
            self.cursor_moved.emit(index)

    # --- drawing -------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        """Axes, 180° line, profile, override, landmarks and cursor."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(palette.ColorRole.Base))
        text = palette.color(palette.ColorRole.Text)
        plot = self._plot()
        metrics = QFontMetricsF(self.font())
        grid = QColor(text)
        grid.setAlpha(60)
        for angle in (0, 90, 180, 270, 360):
            y = self.y_of(angle)
            painter.setPen(QPen(grid, 1.0))
            painter.drawLine(QLineF(plot.left(), y, plot.right(), y))
            painter.setPen(text)
            label = QRectF(0, y - metrics.height() / 2, plot.left() - 6, metrics.height())
            painter.drawText(
                label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{angle}°"
            )
        pen = QPen(ARC_COLOUR, 1.5)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QLineF(plot.left(), self.y_of(180), plot.right(), self.y_of(180)))
        self._draw_x_axis(painter, plot, text, metrics)
        if not self.arclengths:
            painter.setPen(text)
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("No sections measured"))
            return
        profile = QPolygonF(
            [
                QPointF(self.x_of(s), self.y_of(a))
                for s, a in zip(self.arclengths, self.angles, strict=True)
            ]
        )
        painter.setPen(QPen(palette.color(palette.ColorRole.Highlight), 2.0))
        painter.drawPolyline(profile)
        if self.override is not None:
            self._draw_override(painter, plot, metrics)
        x = self.x_of(self.arclengths[self.cursor_index])
        painter.setPen(QPen(CURSOR_COLOUR, 2.0))
        painter.drawLine(QLineF(x, plot.top(), x, plot.bottom()))

    def _draw_override(self, painter: QPainter, plot: QRectF, metrics: QFontMetricsF) -> None:
        assert self.override is not None
        pen = QPen(CORRECTED_COLOUR, 2.0)
        pen.setStyle(Qt.PenStyle.DotLine)
        painter.setPen(pen)
        y = self.y_of(self.override)
        painter.drawLine(QLineF(plot.left(), y, plot.right(), y))
        label = self.tr("corrected {angle:.0f}°").format(angle=self.override)
        width = metrics.horizontalAdvance(label) + 8
        # Beside the 180° line the label goes to the side away from it, so both stay legible.
        below = abs(self.override - 180.0) < 30.0 and self.override < 180.0
        top = y + 3 if below or y - metrics.height() - 3 < plot.top() else y - metrics.height() - 3
        box = QRectF(plot.left() + 4, top, width, metrics.height())
        painter.fillRect(box, self.palette().color(self.palette().ColorRole.Base))
        painter.setPen(CORRECTED_COLOUR.darker(130))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)

    def _draw_x_axis(
        self, painter: QPainter, plot: QRectF, text: QColor, metrics: QFontMetricsF
    ) -> None:
        painter.setPen(text)
        low, high = self._range()
        step = 5.0 if high - low <= 60 else 10.0 if high - low <= 150 else 25.0
        tick = step * int(low // step + 1) if low % step else low
        while tick <= high + 1e-6:
            x = self.x_of(tick)
            painter.drawLine(QLineF(x, plot.bottom(), x, plot.bottom() + 4))
            painter.drawText(
                QRectF(x - 30, plot.bottom() + 5, 60, metrics.height()),
                Qt.AlignmentFlag.AlignHCenter,
                f"{tick:.0f}",
            )
            tick += step
        painter.drawText(
            QRectF(
                plot.left(), plot.bottom() + 5 + metrics.height(), plot.width(), metrics.height()
            ),
            Qt.AlignmentFlag.AlignRight,
            self.tr("along the vessel (mm)"),
        )
        rows = [plot.top() - 2 * metrics.height() - 4, plot.top() - metrics.height() - 2]
        for number, mark in enumerate(sorted(self.landmarks, key=lambda m: m.arclength_mm)):
            x = self.x_of(mark.arclength_mm)
            line = QColor(text)
            line.setAlpha(150)
            pen = QPen(line, 1.0)
            pen.setStyle(Qt.PenStyle.DashDotLine)
            painter.setPen(pen)
            painter.drawLine(QLineF(x, plot.top(), x, plot.bottom()))
            painter.setPen(QPen(text, 2.0))
            painter.drawLine(QLineF(x, plot.bottom() - 6, x, plot.bottom() + 6))
            width = metrics.horizontalAdvance(mark.name) + 4
            left = min(max(x - width / 2, 0.0), self.width() - width)
            painter.drawText(
                QRectF(left, rows[number % 2], width, metrics.height()),
                Qt.AlignmentFlag.AlignCenter,
                mark.name,
            )
