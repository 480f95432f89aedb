"""Marking burned-in text on a held-back image so that the export blacks it out.

The user drags rectangles over names, IDs and dates burned into a secondary capture, an
ultrasound frame or a screenshot; the export (``services.exchange``) fills them with black in
every frame. This module only shows the picture and collects the rectangles.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from casereview.domain.packages import RedactionRegion


def _to_qimage(pixels: np.ndarray) -> QImage:
    """An independent QImage of 8-bit grey (rows x columns) or RGB (rows x columns x 3) pixels."""
    data = np.ascontiguousarray(pixels, dtype=np.uint8)
    rows, columns = data.shape[:2]
    if data.ndim == 3:
        image = QImage(data.data, columns, rows, columns * 3, QImage.Format.Format_RGB888)
    else:
        image = QImage(data.data, columns, rows, columns, QImage.Format.Format_Grayscale8)
    return image.copy()  # own the bytes: ``data`` goes away with this function


class RegionCanvas(QWidget):
    """The picture, scaled to fit, with the rectangles drawn over it; drag to add one.

    Signals
    -------
    changed
        After a rectangle was added or removed.
    """

    changed = Signal()

    def __init__(self, pixels: np.ndarray, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("redactCanvas")
        self.image = _to_qimage(pixels)
        self.regions: list[RedactionRegion] = []
        self._anchor: QPointF | None = None
        self._current: QPointF | None = None
        self.setMouseTracking(False)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 240)

    def sizeHint(self) -> QSize:
        # Small captures are shown enlarged (a 64-pixel-wide screenshot is unreadable at 1:1).
        scale = max(1, min(8, 720 // max(1, self.image.width())))
        return QSize(min(1200, self.image.width() * scale), min(800, self.image.height() * scale))

    # -- geometry --------------------------------------------------------------------------

    def image_rect(self) -> QRectF:
        """Where the picture is drawn: as large as fits, aspect kept, centred."""
        width, height = self.image.width(), self.image.height()
        scale = min(self.width() / width, self.height() / height)
        drawn_w, drawn_h = width * scale, height * scale
        return QRectF((self.width() - drawn_w) / 2, (self.height() - drawn_h) / 2, drawn_w, drawn_h)

    def to_image(self, point: QPointF) -> QPointF:
        """Widget position to image pixel coordinates (may lie outside the image)."""
        rect = self.image_rect()
        scale = rect.width() / self.image.width()
        return QPointF((point.x() - rect.x()) / scale, (point.y() - rect.y()) / scale)

    def to_widget(self, region: RedactionRegion) -> QRectF:
        """A region's rectangle on screen."""
        rect = self.image_rect()
        scale = rect.width() / self.image.width()
        return QRectF(
            rect.x() + region.x * scale,
            rect.y() + region.y * scale,
            region.width * scale,
            region.height * scale,
        )

    def _region(self, a: QPointF, b: QPointF) -> RedactionRegion | None:
        """The whole pixels covered by a drag from ``a`` to ``b``, clipped to the image."""
        columns, rows = self.image.width(), self.image.height()
        left = max(0, int(np.floor(min(a.x(), b.x()))))
        top = max(0, int(np.floor(min(a.y(), b.y()))))
        right = min(columns, int(np.ceil(max(a.x(), b.x()))))
        bottom = min(rows, int(np.ceil(max(a.y(), b.y()))))
        if right <= left or bottom <= top:
            return None
        return RedactionRegion(left, top, right - left, bottom - top)

    # -- editing ------------------------------------------------------------------------------

    def set_regions(self, regions: Sequence[RedactionRegion]) -> None:
        self.regions = list(regions)
        self.update()
        self.changed.emit()

    def undo(self) -> None:
        if self.regions:
            self.regions.pop()
            self.update()
            self.changed.emit()

    def clear(self) -> None:
        if self.regions:
            self.regions.clear()
            self.update()
            self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._anchor = self.to_image(event.position())
            self._current = self._anchor
            self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._anchor is not None:
            self._current = self.to_image(event.position())
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._anchor is None or event.button() != Qt.MouseButton.LeftButton:
            return
        region = self._region(self._anchor, self.to_image(event.position()))
        self._anchor = self._current = None
        if region is not None:
            self.regions.append(region)
            self.changed.emit()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(20, 20, 20))
        # Nearest neighbour: the user must see the exact pixels of small burned-in letters.
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        painter.drawImage(self.image_rect(), self.image)
        # What will be exported: black, outlined so the user sees what was covered.
        painter.setPen(QPen(QColor(255, 170, 0), 2))
        for region in self.regions:
            painter.fillRect(self.to_widget(region), QColor(0, 0, 0))
            painter.drawRect(self.to_widget(region))
        if self._anchor is not None and self._current is not None:
            dragged = self._region(self._anchor, self._current)
            if dragged is not None:
                painter.setPen(QPen(QColor(255, 170, 0), 1, Qt.PenStyle.DashLine))
                painter.fillRect(self.to_widget(dragged), QColor(0, 0, 0, 140))
                painter.drawRect(self.to_widget(dragged))
        painter.end()

    def widget_point(self, x: float, y: float) -> QPoint:
        """The widget position of image pixel coordinates (for tests and keyboard users)."""
        rect = self.image_rect()
        scale = rect.width() / self.image.width()
        return QPoint(round(rect.x() + x * scale), round(rect.y() + y * scale))


class RedactDialog(QDialog):
    """Mark the burned-in text of one held-back image.

    Parameters
    ----------
    pixels
        The first frame, 8-bit, windowed (``services.exchange.held_back_picture``).
    frames
        How many frames the image has (every frame is cleaned the same way).
    regions
        Rectangles marked earlier, to edit.
    description
        What the image is (shown above the picture).
    """

    def __init__(
        self,
        pixels: np.ndarray,
        frames: int = 1,
        regions: Sequence[RedactionRegion] = (),
        description: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("redactDialog")
        self.setWindowTitle(self.tr("Clean burned-in text"))
        self.canvas = RegionCanvas(pixels, self)
        self.canvas.set_regions(regions)
        rows, columns = pixels.shape[:2]
        intro = QLabel(
            self.tr(
                "Drag a rectangle over every name, number or date burned into the picture. "
                "The marked areas are made black in all %n frame(s) before export.",
                "",
                frames,
            )
        )
        intro.setWordWrap(True)
        about = QLabel(
            (description + "  " if description else "")
            + self.tr("%1 × %2 pixels").replace("%1", str(columns)).replace("%2", str(rows))
        )
        self.count_label = QLabel()
        self.count_label.setObjectName("redactCount")

        self.undo_button = QPushButton(self.tr("Undo last"))
        self.undo_button.setObjectName("redactUndo")
        self.undo_button.clicked.connect(self.canvas.undo)
        self.clear_button = QPushButton(self.tr("Clear all"))
        self.clear_button.setObjectName("redactClear")
        self.clear_button.clicked.connect(self.canvas.clear)
        tools = QHBoxLayout()
        tools.addWidget(self.count_label, 1)
        tools.addWidget(self.undo_button)
        tools.addWidget(self.clear_button)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("redactOk")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(about)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(tools)
        layout.addWidget(self.buttons)
        self.canvas.changed.connect(self._update)
        self._update()

    def regions(self) -> list[RedactionRegion]:
        """The rectangles marked, in image pixels."""
        return list(self.canvas.regions)

    def _update(self) -> None:
        count = len(self.canvas.regions)
        self.count_label.setText(self.tr("%n region(s) marked", "", count))
        self.undo_button.setEnabled(count > 0)
        self.clear_button.setEnabled(count > 0)
