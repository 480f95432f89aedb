"""Annotations and key images: canonical, in patient space, with authors (no I/O, no Qt).

An annotation's geometry is a list of points in patient LPS millimetres, never screen or
voxel coordinates, so every view (axial, oblique, 3-D), every export (DICOM SR) and every
later reader sees the same mark. It references the image it was drawn on (series, SOP
instance, frame of reference) and carries the values measured when it was made or changed.
"""

from __future__ import annotations

import enum
import math
import uuid as uuid_module
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from casereview.domain.key_image_scene import Scene3D
from casereview.errors import ValidationError
from casereview.messages import Message

Point = tuple[float, float, float]


class AnnotationKind(enum.StrEnum):
    """What an annotation is; fixes how many points it has and what is measured."""

    LENGTH = "length"  #: two points; their distance
    BIDIRECTIONAL = "bidirectional"  #: long axis (points 0, 1) and short axis (2, 3), RECIST
    ANGLE = "angle"  #: three points; the angle at the middle one
    ELLIPSE = "ellipse"  #: centre, end of the first semi-axis, end of the second
    POLYGON = "polygon"  #: three or more points of a closed outline in one plane
    POINT = "point"  #: one point with a label (a lymph node, a landmark)
    TEXT = "text"  #: a note pinned to one point
    ARROW = "arrow"  #: tail, head


#: Number of points each kind needs (``None``: three or more).
POINT_COUNTS: dict[AnnotationKind, int | None] = {
    AnnotationKind.LENGTH: 2,
    AnnotationKind.BIDIRECTIONAL: 4,
    AnnotationKind.ANGLE: 3,
    AnnotationKind.ELLIPSE: 3,
    AnnotationKind.POLYGON: None,
    AnnotationKind.POINT: 1,
    AnnotationKind.TEXT: 1,
    AnnotationKind.ARROW: 2,
}

#: Kinds whose outline encloses an area (HU statistics inside).
REGION_KINDS = frozenset({AnnotationKind.ELLIPSE, AnnotationKind.POLYGON})


@dataclass(frozen=True, slots=True)
class Measurement:
    """One computed value of an annotation.

    Attributes
    ----------
    name
        Machine name: ``length``, ``long_axis``, ``short_axis``, ``angle``, ``area``,
        ``mean``, ``sd``, ``min``, ``max``, ``perimeter``.
    value
        The number.
    unit
        UCUM unit: ``mm``, ``mm2``, ``deg``, ``[hnsf'U]`` (Hounsfield unit); ``px``, ``px2``
        on pictures without a pixel size.
    """

    name: str
    value: float
    unit: str

    def to_json(self) -> dict[str, Any]:
        """Plain JSON form."""
        return {"name": self.name, "value": self.value, "unit": self.unit}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Measurement:
        """Inverse of :meth:`to_json`."""
        return cls(str(data["name"]), float(data["value"]), str(data["unit"]))


HU_UNIT = "[hnsf'U]"

#: Short display form of units.
#: Pictures without a pixel size (screenshots, scanned pages) are measured in pixels.
UNIT_TEXT = {
    "mm": "mm",
    "mm2": "mm²",
    "deg": "°",
    HU_UNIT: "HU",
    "ml": "mL",
    "px": "px",
    "px2": "px²",
}

#: Display names of measurements (English; the UI translates them through the same keys).
MEASUREMENT_NAMES = {
    "length": "Length",
    "long_axis": "Long axis",
    "short_axis": "Short axis",
    "angle": "Angle",
    "area": "Area",
    "perimeter": "Perimeter",
    "mean": "Mean",
    "sd": "SD",
    "min": "Min",
    "max": "Max",
}


def format_measurement(measurement: Measurement, names: dict[str, str] | None = None) -> str:
    """``"Length 32.4 mm"``; ``names`` may give translated measurement names."""
    name = (names or MEASUREMENT_NAMES).get(measurement.name, measurement.name)
    unit = UNIT_TEXT.get(measurement.unit, measurement.unit)
    decimals = 0 if measurement.unit in (HU_UNIT, "mm2", "px2") else 1
    sep = "" if unit == "°" else " "
    return f"{name} {measurement.value:.{decimals}f}{sep}{unit}"


@dataclass(frozen=True, slots=True)
class ImageReference:
    """The image an annotation or key image was made on.

    Attributes
    ----------
    series_instance_uid
        Series Instance UID of the volume shown.
    sop_instance_uid
        SOP Instance UID of the slice nearest to the mark (empty for a mark on an oblique
        plane that crosses many slices).
    frame_of_reference_uid
        Frame of Reference UID; the LPS coordinates are meaningful within it.
    frame_number
        Frame of a multi-frame image (1-based), ``None`` for single-frame images.
    """

    series_instance_uid: str
    sop_instance_uid: str = ""
    frame_of_reference_uid: str = ""
    frame_number: int | None = None


def _clean_points(points: Any) -> tuple[Point, ...]:
    cleaned: list[Point] = []
    for p in points:
        values = tuple(float(v) for v in p)
        if len(values) != 3 or not all(math.isfinite(v) for v in values):
            raise ValidationError(
                Message("An annotation point needs three finite coordinates (mm).")
            )
        cleaned.append(values)
    return tuple(cleaned)


def check_geometry(kind: AnnotationKind, points: Any) -> tuple[Point, ...]:
    """Validate the points of an annotation of ``kind`` and return them as tuples.

    Raises
    ------
    ValidationError
        If the number of points is wrong for the kind or a coordinate is not finite.
    """
    cleaned = _clean_points(points)
    expected = POINT_COUNTS[kind]
    if expected is None and len(cleaned) < 3:
        raise ValidationError(Message("An outline needs at least three points."))
    if expected is not None and len(cleaned) != expected:
        raise ValidationError(
            Message(
                "This kind of annotation ({kind}) needs {expected} point(s).",
                kind=kind.value,
                expected=expected,
            )
        )
    return cleaned


def new_uuid() -> str:
    """A fresh random UUID string for an annotation, key image or segment."""
    return str(uuid_module.uuid4())


@dataclass(frozen=True, slots=True)
class AnnotationDraft:
    """What the user drew, before it is stored.

    The UUID is chosen here so that redoing a creation recreates the very same annotation.
    """

    kind: AnnotationKind
    points: tuple[Point, ...]
    reference: ImageReference
    label: str = ""
    text: str = ""
    uuid: str = field(default_factory=new_uuid)

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", AnnotationKind(self.kind))
        object.__setattr__(self, "points", check_geometry(self.kind, self.points))
        object.__setattr__(self, "label", self.label.strip()[:200])
        if self.kind is AnnotationKind.TEXT and not self.text.strip():
            raise ValidationError(Message("A text note needs some text."))


@dataclass(frozen=True, slots=True)
class Annotation:
    """A stored annotation.

    Attributes
    ----------
    uuid
        Stable identifier (also used in DICOM SR tracking UIDs and exchange packages).
    case_id
        Internal id of the case.
    kind
        What it is.
    label
        User's name for it ("Tumour long axis", "Node 1").
    points
        Geometry in patient LPS millimetres.
    reference
        The image it was drawn on.
    text
        Free text of a note.
    measurements
        Values computed from the geometry (and the voxels for regions), with units.
    visible
        Whether views draw it.
    author
        User name of the person who made it.
    created_at, modified_at
        When it was made and last changed (UTC).
    """

    uuid: str
    case_id: int
    kind: AnnotationKind
    label: str
    points: tuple[Point, ...]
    reference: ImageReference
    text: str = ""
    measurements: tuple[Measurement, ...] = ()
    visible: bool = True
    author: str = ""
    created_at: datetime | None = None
    modified_at: datetime | None = None

    def measurement(self, name: str) -> Measurement | None:
        """The measurement called ``name``, if any."""
        return next((m for m in self.measurements if m.name == name), None)

    def summary(self, names: dict[str, str] | None = None) -> str:
        """The values shown next to the mark: ``"Length 32.4 mm"``.

        Regions show their area and HU mean ± SD; bidirectional both axes; points and notes
        their label or text.
        """
        if self.kind is AnnotationKind.TEXT:
            return self.text
        if self.kind in (AnnotationKind.POINT, AnnotationKind.ARROW):
            return self.label
        if self.kind in REGION_KINDS:
            # "Area 1048 mm², Mean 27 ± 16 HU (Min −3, Max 60)"
            words = names or MEASUREMENT_NAMES
            parts = [format_measurement(m, names) for m in self.measurements if m.name == "area"]
            mean, sd = self.measurement("mean"), self.measurement("sd")
            low, high = self.measurement("min"), self.measurement("max")
            if mean is not None and sd is not None:
                text = f"{words['mean']} {mean.value:.0f} ± {sd.value:.0f} HU"
                if low is not None and high is not None:
                    text += f" ({words['min']} {low.value:.0f}, {words['max']} {high.value:.0f})"
                parts.append(text)
            return ", ".join(parts)
        return ", ".join(format_measurement(m, names) for m in self.measurements)

    def centroid(self) -> Point:
        """Mean of the points (where "jump to" goes)."""
        n = len(self.points)
        return (
            sum(p[0] for p in self.points) / n,
            sum(p[1] for p in self.points) / n,
            sum(p[2] for p in self.points) / n,
        )


@dataclass(frozen=True, slots=True)
class ViewPlane:
    """A 2-D view's plane in patient space: a point on it and its screen axes (LPS)."""

    origin: Point
    u: Point  #: towards the image's right
    v: Point  #: towards the image's bottom

    def normal(self) -> Point:
        """``u × v``, the viewing direction."""
        (a, b, c), (d, e, f) = self.u, self.v
        return (b * f - c * e, c * d - a * f, a * e - b * d)


@dataclass(frozen=True, slots=True)
class Camera3D:
    """A 3-D camera (LPS mm), as VTK describes one."""

    position: Point
    focal_point: Point
    view_up: Point
    parallel_scale: float = 0.0
    view_angle: float = 30.0


@dataclass(frozen=True, slots=True)
class KeyImageDraft:
    """The current view the user flags as a key image."""

    reference: ImageReference
    orientation: str  #: "axial", "coronal", "sagittal", "oblique" or "3d"
    plane: ViewPlane | None
    window_center: float
    window_width: float
    caption: str = ""
    camera: Camera3D | None = None
    zoom_mm: float = 0.0  #: half height of the view in mm (0: the whole plane)
    uuid: str = field(default_factory=new_uuid)
    #: What a 3-D view showed besides its camera (surfaces, volume rendering, crop, clip).
    scene: Scene3D | None = None

    def __post_init__(self) -> None:
        if self.plane is None and self.camera is None:
            raise ValidationError(
                Message("A key image needs the plane or the 3-D camera of the view.")
            )
        if self.window_width <= 0:
            raise ValidationError(Message("The window width of a key image must be positive."))
        object.__setattr__(self, "caption", self.caption.strip()[:1000])


@dataclass(frozen=True, slots=True)
class KeyImage:
    """A stored key image: a view chosen as evidence (feeds the MDT, the report, packages)."""

    uuid: str
    case_id: int
    reference: ImageReference
    orientation: str
    plane: ViewPlane | None
    window_center: float
    window_width: float
    caption: str
    camera: Camera3D | None
    zoom_mm: float
    author: str
    created_at: datetime | None = None
    #: What a 3-D key image showed besides its camera; ``None`` for a 2-D one and for a 3-D
    #: one flagged before scenes were kept (drawn with the case's visible segments).
    scene: Scene3D | None = None
