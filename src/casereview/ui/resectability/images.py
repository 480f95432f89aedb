"""Reformatted images and mask outlines as Qt draws them, and the workbench's colours.

An outline is drawn along the pixel edges where a mask changes: exactly the segmented voxels,
crisp at any zoom, with no smoothing that could move a wall the contact was measured on.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen

#: Soft-tissue window (centre, width) in HU: vessels, tumour and fat apart.
DEFAULT_WINDOW = (60.0, 400.0)
TUMOUR_COLOUR = QColor("#ffd400")
VESSEL_COLOUR = QColor("#4fa3ff")
ARC_COLOUR = QColor("#ff3b30")
CORRECTED_COLOUR = QColor("#ff9f0a")
CURSOR_COLOUR = QColor("#34c759")


def grey_image(values: NDArray[np.float32], window: tuple[float, float]) -> QImage:
    """An 8-bit grey image of ``values`` through a window ``(centre, width)``."""
    centre, width = window
    low = centre - width / 2.0
    scaled = np.clip((values.astype(np.float64) - low) * (255.0 / max(width, 1.0)), 0, 255)
    grey = np.ascontiguousarray(scaled.astype(np.uint8))
    rows, columns = grey.shape
    image = QImage(grey.data, columns, rows, columns, QImage.Format.Format_Grayscale8)
    return image.copy()  # the array's memory goes away; the image keeps its own


def outline(mask: NDArray[np.bool_] | None) -> QPainterPath:
    """Pixel edges where ``mask`` changes, in pixel-corner coordinates (pixel ``(r, c)`` spans
    ``c..c+1`` by ``r..r+1``)."""
    path = QPainterPath()
    if mask is None or not mask.any():
        return path
    padded = np.pad(mask, 1)
    # Horizontal edges: between rows r-1 and r of the mask, at y = r.
    for r, c in np.argwhere(padded[1:, 1:-1] != padded[:-1, 1:-1]):
        path.moveTo(float(c), float(r))
        path.lineTo(float(c + 1), float(r))
    # Vertical edges: between columns c-1 and c, at x = c.
    for r, c in np.argwhere(padded[1:-1, 1:] != padded[1:-1, :-1]):
        path.moveTo(float(c), float(r))
        path.lineTo(float(c), float(r + 1))
    return path


def fit_rect(width: float, height: float, area: QRectF) -> QRectF:
    """The largest rectangle of ``width`` : ``height`` centred in ``area``."""
    if width <= 0 or height <= 0:
        return QRectF(area)
    scale = min(area.width() / width, area.height() / height)
    w, h = width * scale, height * scale
    return QRectF(area.center().x() - w / 2.0, area.center().y() - h / 2.0, w, h)


def draw_outline(
    painter: QPainter, path: QPainterPath, colour: QColor, target: QRectF, scale: QPointF
) -> None:
    """Draw ``path`` (pixel coordinates) scaled by ``scale`` into ``target``, 2 px wide."""
    if path.isEmpty():
        return
    painter.save()
    painter.translate(target.topLeft())
    painter.scale(scale.x(), scale.y())
    pen = QPen(colour, 2.0)
    pen.setCosmetic(True)  # two screen pixels whatever the zoom
    painter.setPen(pen)
    painter.drawPath(path)
    painter.restore()
