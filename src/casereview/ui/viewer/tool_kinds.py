"""The tools of the 2-D views, their actions' texts and keys, and measurement names.

The tools are chosen through the action registry (one exclusive group of the viewer context);
:mod:`casereview.ui.viewer.measuring_tools` and :mod:`casereview.ui.viewer.segmenting_tools`
implement what they do.
"""

from __future__ import annotations

import enum

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from casereview.domain.annotations import (
    MEASUREMENT_NAMES,
    Annotation,
    AnnotationKind,
    Point,
)
from casereview.ui.actions import MarkedText


def _tr(text: object) -> str:
    # ``QT_TRANSLATE_NOOP`` marks a str; its stub types the result as ``object``.
    return QCoreApplication.translate("Tools", str(text))


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


#: The exclusive group of the viewer's tools in the action registry.
TOOL_GROUP = "viewer.tools"


def tool_action_id(tool: Tool) -> str:
    """Registry id of the action that chooses ``tool``."""
    return f"casereview.annotation.tool.{tool.value}"


#: Menu text, tip and key of each tool's action (English; the ``actions`` context).
TOOL_TEXTS: dict[Tool, tuple[MarkedText, MarkedText, str]] = {
    Tool.NAVIGATE: (
        QT_TRANSLATE_NOOP("actions", "&Navigate"),
        QT_TRANSLATE_NOOP("actions", "Move the crosshair; drag a mark's handle to edit it"),
        "Esc",
    ),
    Tool.LENGTH: (
        QT_TRANSLATE_NOOP("actions", "&Length"),
        QT_TRANSLATE_NOOP("actions", "Drag from one end to the other"),
        "L",
    ),
    Tool.BIDIRECTIONAL: (
        QT_TRANSLATE_NOOP("actions", "&Bidirectional (RECIST)"),
        QT_TRANSLATE_NOOP(
            "actions",
            "Drag the long axis, then move the mouse to set the short axis and click (RECIST)",
        ),
        "B",
    ),
    Tool.ANGLE: (
        QT_TRANSLATE_NOOP("actions", "&Angle"),
        QT_TRANSLATE_NOOP("actions", "Click the end of one arm, the vertex, then the other end"),
        "A",
    ),
    Tool.ELLIPSE: (
        QT_TRANSLATE_NOOP("actions", "&Ellipse ROI"),
        QT_TRANSLATE_NOOP("actions", "Drag from the centre: area and HU mean, SD, min and max"),
        "E",
    ),
    Tool.POLYGON: (
        QT_TRANSLATE_NOOP("actions", "Pol&ygon ROI"),
        QT_TRANSLATE_NOOP(
            "actions", "Click the corners; double-click or Enter closes it (area and HU statistics)"
        ),
        "G",
    ),
    Tool.POINT: (
        QT_TRANSLATE_NOOP("actions", "&Point"),
        QT_TRANSLATE_NOOP(
            "actions", "Click to mark a point (a lymph node, a landmark) and name it"
        ),
        "P",
    ),
    Tool.TEXT: (
        QT_TRANSLATE_NOOP("actions", "&Note"),
        QT_TRANSLATE_NOOP("actions", "Click to pin a note to a place"),
        "N",
    ),
    Tool.ARROW: (
        QT_TRANSLATE_NOOP("actions", "A&rrow"),
        QT_TRANSLATE_NOOP("actions", "Drag from the tail to the tip"),
        "R",
    ),
    Tool.PAINT: (
        QT_TRANSLATE_NOOP("actions", "Pa&int segment"),
        QT_TRANSLATE_NOOP("actions", "Paint the selected segment (disc, or sphere in 3-D mode)"),
        "",
    ),
    Tool.ERASE: (
        QT_TRANSLATE_NOOP("actions", "E&rase segment"),
        QT_TRANSLATE_NOOP("actions", "Erase from the selected segment"),
        "",
    ),
    Tool.SEED: (
        QT_TRANSLATE_NOOP("actions", "&Grow segment from seed"),
        QT_TRANSLATE_NOOP(
            "actions", "Click inside a structure: region growing in the segment panel's HU range"
        ),
        "",
    ),
}

#: The tools that mark and measure; the others paint segments.
MEASURING_TOOLS = (
    Tool.NAVIGATE,
    Tool.LENGTH,
    Tool.BIDIRECTIONAL,
    Tool.ANGLE,
    Tool.ELLIPSE,
    Tool.POLYGON,
    Tool.POINT,
    Tool.TEXT,
    Tool.ARROW,
)
SEGMENTING_TOOLS = (Tool.PAINT, Tool.ERASE, Tool.SEED)

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
    return {key: _tr(str(text)) for key, text in MEASUREMENT_TEXTS.items()}


def annotation_summary(annotation: Annotation) -> str:
    """The translated values shown next to a mark."""
    return annotation.summary(measurement_names())


def as_point(p: object) -> Point:
    """A point of three floats from any sequence or array."""
    a = np.asarray(p, dtype=np.float64).ravel()
    return (float(a[0]), float(a[1]), float(a[2]))
