"""The live, evented state of an open image viewer; views observe it (psygnal, no Qt, no VTK).

Everything the multi-planar viewer shows is derived from one :class:`ViewerSession`: the
volumes, the crosshair point in patient space (LPS, mm), the window, the layout, the slab and
the oblique rotation. Views never talk to each other; they change the session and redraw when
it emits. Because the crosshair is a patient position, every view of every series that shares
the frame of reference shows the same place: scrolling one series scrolls the other.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import StrEnum

import numpy as np
from numpy.typing import NDArray
from psygnal import Signal

from casereview.domain.annotations import Annotation, KeyImage
from casereview.domain.segments import Segment
from casereview.domain.volume import Volume

Vector = NDArray[np.float64]


class Orientation(StrEnum):
    """The three standard planes of a multi-planar view."""

    AXIAL = "axial"
    CORONAL = "coronal"
    SAGITTAL = "sagittal"


class Layout(StrEnum):
    """Arrangements of views in the viewer."""

    ONE = "1x1"  #: one plane (the session's ``single_orientation``)
    THREE = "1x3"  #: axial, coronal, sagittal side by side
    QUAD = "2x2"  #: axial, coronal, sagittal and the three planes in 3-D
    COMPARE = "compare"  #: the same plane of the primary and the comparison series


class SlabMode(StrEnum):
    """How a thick slab is projected onto the plane."""

    NONE = "none"
    MIP = "mip"  #: maximum intensity
    MINIP = "minip"  #: minimum intensity
    MEAN = "mean"  #: average


#: Screen axes of each standard plane in LPS: (towards the image's right, towards its bottom).
#: Radiological convention: patient right on image left; superior at top; anterior on the left
#: of a sagittal image. The viewing direction is their cross product (axial: from the feet).
PLANE_AXES: dict[Orientation, tuple[tuple[float, float, float], tuple[float, float, float]]] = {
    Orientation.AXIAL: ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0)),
    Orientation.CORONAL: ((1.0, 0.0, 0.0), (0.0, 0.0, -1.0)),
    Orientation.SAGITTAL: ((0.0, 1.0, 0.0), (0.0, 0.0, -1.0)),
}

#: Window presets as ``(width, level)`` in HU, in menu order.
WINDOW_PRESETS: dict[str, tuple[float, float]] = {
    "abdomen": (400.0, 40.0),
    "liver": (150.0, 90.0),
    # Narrower than the abdomen window: a hypo-attenuating tumour against enhancing pancreas.
    "pancreas": (300.0, 60.0),
    "angiography": (600.0, 170.0),
    "bone": (1800.0, 400.0),
    "lung": (1500.0, -600.0),
}

#: Patient-direction letters of the +/- LPS axes.
_LETTERS = (("L", "R"), ("P", "A"), ("S", "I"))


def direction_label(vector: Vector, threshold: float = 0.25) -> str:
    """Orientation letters of an LPS direction, strongest component first ("L", "SA", …).

    Parameters
    ----------
    vector
        A direction in LPS.
    threshold
        Components smaller than this (of a unit vector) are left out.
    """
    v = np.asarray(vector, dtype=np.float64)
    v = v / (np.linalg.norm(v) or 1.0)
    order = np.argsort(-np.abs(v))
    return "".join(
        _LETTERS[axis][0 if v[axis] > 0 else 1] for axis in order if abs(v[axis]) >= threshold
    )


def rotation_matrix(degrees: tuple[float, float, float]) -> Vector:
    """Rotation about the L–R, then A–P, then S–I axis (degrees), as a 3x3 LPS matrix."""
    ax, ay, az = (math.radians(d) for d in degrees)
    c, s = (math.cos(ax), math.cos(ay), math.cos(az)), (math.sin(ax), math.sin(ay), math.sin(az))
    rx = np.array([[1, 0, 0], [0, c[0], -s[0]], [0, s[0], c[0]]], dtype=np.float64)
    ry = np.array([[c[1], 0, s[1]], [0, 1, 0], [-s[1], 0, c[1]]], dtype=np.float64)
    rz = np.array([[c[2], -s[2], 0], [s[2], c[2], 0], [0, 0, 1]], dtype=np.float64)
    return rz @ ry @ rx


@dataclass(frozen=True, eq=False)
class Plane:
    """A plane in patient space with its screen axes.

    Attributes
    ----------
    origin
        A point of the plane (LPS, mm); plane coordinates ``(u, v)`` are measured from it.
    u
        Unit vector towards the image's right.
    v
        Unit vector towards the image's bottom.
    normal
        ``u × v``: the viewing direction (into the screen); scrolling "forward" moves along it.
    """

    origin: Vector
    u: Vector
    v: Vector
    normal: Vector

    def to_patient(self, u: float, v: float, w: float = 0.0) -> Vector:
        """LPS position of plane coordinates ``(u, v)`` at distance ``w`` along the normal."""
        return self.origin + u * self.u + v * self.v + w * self.normal

    def to_plane(self, point: Vector) -> Vector:
        """Plane coordinates ``(u, v, w)`` of an LPS point (``w``: distance from the plane)."""
        d = np.asarray(point, dtype=np.float64) - self.origin
        return np.array([d @ self.u, d @ self.v, d @ self.normal])

    def matrix(self) -> Vector:
        """4x4 matrix mapping homogeneous plane coordinates ``(u, v, w, 1)`` to LPS."""
        m = np.eye(4)
        m[:3, 0], m[:3, 1], m[:3, 2], m[:3, 3] = self.u, self.v, self.normal, self.origin
        return m

    def edge_labels(self) -> dict[str, str]:
        """Orientation letters at the ``left``, ``right``, ``top`` and ``bottom`` edges."""
        return {
            "left": direction_label(-self.u),
            "right": direction_label(self.u),
            "top": direction_label(-self.v),
            "bottom": direction_label(self.v),
        }


@dataclass(frozen=True)
class SeriesInfo:
    """What the viewer's corner text says about a series. Holds PHI: show it, never log it."""

    series_id: int
    series_description: str = ""
    modality: str = ""
    patient_name: str = ""
    patient_id: str = ""
    study_description: str = ""
    study_date: str = ""


@dataclass(frozen=True, eq=False)
class LoadedSeries:
    """A volume with what is known of its series."""

    volume: Volume
    info: SeriesInfo
    centre: Vector = field(init=False)

    def __post_init__(self) -> None:
        shape = np.asarray(self.volume.shape, dtype=np.float64)
        object.__setattr__(
            self, "centre", self.volume.index_to_patient(((shape - 1) / 2)[None, :])[0]
        )

    def corners(self) -> Vector:
        """The eight corner voxel centres in LPS, ``(8, 3)``."""
        s, r, c = (n - 1 for n in self.volume.shape)
        idx = np.array([[i, j, k] for i in (0, s) for j in (0, r) for k in (0, c)], float)
        return self.volume.index_to_patient(idx)

    def continuous_index(self, point: Vector) -> Vector:
        """``(slice, row, column)`` index (fractional) of an LPS point."""
        v = self.volume
        ijk = v.direction.T @ (np.asarray(point, float) - np.asarray(v.origin))
        index: Vector = (ijk / np.asarray(v.spacing)[::-1])[::-1]
        return index

    def value_at(self, point: Vector) -> float | None:
        """Voxel value nearest to ``point``, or ``None`` outside the volume."""
        index = np.rint(self.continuous_index(point)).astype(int)
        if np.any(index < 0) or np.any(index >= np.asarray(self.volume.shape)):
            return None
        return float(self.volume.voxels[tuple(index)])


class ViewerSession:
    """Evented state of one open viewer.

    Signals carry no Qt; any observer (a Qt widget, an offscreen renderer, a test) connects.
    """

    series_changed = Signal()  #: primary or comparison series set or removed
    crosshair_changed = Signal(object)  #: new crosshair point (LPS ndarray)
    window_changed = Signal(float, float)  #: width, level
    invert_changed = Signal(bool)
    layout_changed = Signal(object)  #: Layout
    single_orientation_changed = Signal(object)  #: Orientation of the 1x1 / compare views
    slab_changed = Signal(object, float)  #: SlabMode, thickness in mm
    rotation_changed = Signal(object)  #: (about L–R, about A–P, about S–I) in degrees
    phi_hidden_changed = Signal(bool)
    voxels_changed = Signal()  #: more of a loading volume's voxels have arrived
    # The case's marks (issue 7); the database is the truth, the session holds what is shown.
    annotations_changed = Signal()  #: annotations reloaded (added, changed, removed)
    annotation_selected = Signal(object)  #: UUID of the selected annotation or None
    key_images_changed = Signal()
    segments_changed = Signal()  #: segment list, properties or masks changed
    #: Voxels of one segment changed in place inside a box (uuid, tuple of slices): a stroke.
    segment_voxels_changed = Signal(str, object)
    segment_display_changed = Signal()  #: outline/fill or opacity of segments changed

    def __init__(self) -> None:
        self.primary: LoadedSeries | None = None
        self.comparison: LoadedSeries | None = None
        self.crosshair: Vector = np.zeros(3)
        self.window: tuple[float, float] = WINDOW_PRESETS["abdomen"]
        self.invert = False
        self.layout = Layout.QUAD
        self.single_orientation = Orientation.AXIAL
        self.slab_mode = SlabMode.NONE
        self.slab_thickness = 10.0
        self.rotation_degrees: tuple[float, float, float] = (0.0, 0.0, 0.0)
        self.phi_hidden = False
        self.annotations: list[Annotation] = []
        self.selected_annotation: str | None = None
        self.key_images: list[KeyImage] = []
        self.segments: list[Segment] = []
        #: Boolean masks ``(slice, row, column)`` by segment UUID, on the primary's grid.
        self.segment_masks: dict[str, NDArray[np.bool_]] = {}
        self.segment_outline = False
        self.segment_opacity = 0.4

    # --- series ----------------------------------------------------------------------

    def set_primary(self, volume: Volume, info: SeriesInfo) -> None:
        """Show ``volume``: crosshair at its centre, window from the files or abdomen."""
        self.primary = LoadedSeries(volume, info)
        # On a voxel centre (not between two slices), so every step lands on a slice.
        middle = (np.asarray(volume.shape) // 2).astype(np.float64)
        self.crosshair = volume.index_to_patient(middle[None, :])[0]
        if volume.default_window is not None:
            centre, width = volume.default_window
            self.window = (float(width), float(centre))
        self.series_changed.emit()
        self.window_changed.emit(*self.window)
        self.crosshair_changed.emit(self.crosshair.copy())

    def replace_primary_volume(self, volume: Volume) -> None:
        """Swap in the completed volume for the one shown while loading (same voxels array).

        Crosshair, window and layout stay as the user left them.
        """
        if self.primary is None:
            return
        self.primary = LoadedSeries(volume, self.primary.info)
        self.voxels_changed.emit()

    def notify_voxels_changed(self) -> None:
        """Tell views that voxels of a shown volume changed in place (it is still loading)."""
        self.voxels_changed.emit()

    def set_comparison(self, volume: Volume | None, info: SeriesInfo | None = None) -> None:
        """Show a second series beside the first (``None`` removes it)."""
        if volume is None:
            self.comparison = None
        else:
            self.comparison = LoadedSeries(volume, info or SeriesInfo(series_id=-1))
        self.series_changed.emit()

    def series(self) -> list[LoadedSeries]:
        """The loaded series, primary first."""
        return [s for s in (self.primary, self.comparison) if s is not None]

    # --- geometry --------------------------------------------------------------------

    def rotation(self) -> Vector:
        """The oblique rotation applied to all three planes (3x3)."""
        return rotation_matrix(self.rotation_degrees)

    def plane(self, orientation: Orientation) -> Plane:
        """The plane of ``orientation`` through the crosshair, rotated by the oblique angles.

        Its origin is the crosshair projected so that plane coordinates are measured from the
        primary volume's centre: they stay put while the plane scrolls.
        """
        rot = self.rotation()
        u0, v0 = PLANE_AXES[orientation]
        u, v = rot @ np.asarray(u0), rot @ np.asarray(v0)
        normal = np.cross(u, v)
        centre = self.primary.centre if self.primary is not None else np.zeros(3)
        origin = centre + ((self.crosshair - centre) @ normal) * normal
        return Plane(origin, u, v, normal)

    def step_mm(self, orientation: Orientation, series: LoadedSeries | None = None) -> float:
        """Distance between neighbouring slices along the plane normal (mm)."""
        series = series or self.primary
        if series is None:
            return 1.0
        normal = self.plane(orientation).normal
        weights = np.abs(series.volume.direction.T @ normal)  # along column, row, slice
        spacing = np.asarray(series.volume.spacing)[::-1]
        return float(np.sqrt(np.sum((weights * spacing) ** 2)))

    def slice_index(
        self, orientation: Orientation, series: LoadedSeries | None = None
    ) -> tuple[int, int] | None:
        """``(index, count)`` (1-based) of the shown slice when the plane is a voxel plane."""
        series = series or self.primary
        if series is None:
            return None
        normal = self.plane(orientation).normal
        along = series.volume.direction.T @ normal  # column, row, slice components
        axis = int(np.argmax(np.abs(along)))
        if abs(abs(along[axis]) - 1.0) > 1e-6:
            return None
        count = series.volume.shape[2 - axis]
        index = int(np.rint(series.continuous_index(self.crosshair)[2 - axis]))
        if along[axis] < 0:
            index = count - 1 - index
        if not 0 <= index < count:
            return None
        return index + 1, count

    def position_along(self, orientation: Orientation) -> tuple[str, float]:
        """Where the plane is, as a direction letter and mm from the LPS origin ("I", 21.2).

        The letter is the patient direction the plane lies towards along its normal (for an
        oblique plane, the strongest one), as scanners print slice locations.
        """
        normal = self.plane(orientation).normal
        value = float(self.crosshair @ normal)
        letter = direction_label(normal if value >= 0 else -normal)[:1]
        return letter, abs(value)

    def _clamp(self, point: Vector) -> Vector:
        if self.primary is None:
            return point
        series = self.primary
        shape = np.asarray(series.volume.shape, float)
        index = np.clip(series.continuous_index(point), 0, shape - 1)
        clamped: Vector = series.volume.index_to_patient(index[None, :])[0]
        return clamped

    # --- changes ---------------------------------------------------------------------

    def set_crosshair(self, point: Vector) -> None:
        """Move the crosshair (kept inside the primary volume)."""
        point = self._clamp(np.asarray(point, dtype=np.float64))
        if np.allclose(point, self.crosshair, atol=1e-9):
            return
        self.crosshair = point
        self.crosshair_changed.emit(point.copy())

    def scroll(self, orientation: Orientation, steps: float) -> None:
        """Move the plane of ``orientation`` by ``steps`` slices (negative: backwards)."""
        normal = self.plane(orientation).normal
        self.set_crosshair(self.crosshair + steps * self.step_mm(orientation) * normal)

    def set_window(self, width: float, level: float) -> None:
        """Set the display window (HU); the width is at least 1."""
        window = (max(1.0, float(width)), float(level))
        if window != self.window:
            self.window = window
            self.window_changed.emit(*window)

    def apply_preset(self, name: str) -> None:
        """Apply one of :data:`WINDOW_PRESETS`."""
        self.set_window(*WINDOW_PRESETS[name])

    def set_invert(self, invert: bool) -> None:
        """Show the grey scale inverted (white air)."""
        if invert != self.invert:
            self.invert = invert
            self.invert_changed.emit(invert)

    def set_layout(self, layout: Layout) -> None:
        """Arrange the views."""
        layout = Layout(layout)
        if layout != self.layout:
            self.layout = layout
            self.layout_changed.emit(layout)

    def set_single_orientation(self, orientation: Orientation) -> None:
        """The plane shown by the 1x1 and side-by-side layouts."""
        orientation = Orientation(orientation)
        if orientation != self.single_orientation:
            self.single_orientation = orientation
            self.single_orientation_changed.emit(orientation)

    def set_slab(self, mode: SlabMode, thickness: float | None = None) -> None:
        """Project a thick slab (``SlabMode.NONE``: a thin plane)."""
        mode = SlabMode(mode)
        thickness = self.slab_thickness if thickness is None else max(0.5, float(thickness))
        if (mode, thickness) != (self.slab_mode, self.slab_thickness):
            self.slab_mode, self.slab_thickness = mode, thickness
            self.slab_changed.emit(mode, thickness)

    def set_rotation(self, degrees: tuple[float, float, float]) -> None:
        """Rotate all planes about the L–R, A–P and S–I axes through the crosshair."""
        degrees = (float(degrees[0]), float(degrees[1]), float(degrees[2]))
        if degrees != self.rotation_degrees:
            self.rotation_degrees = degrees
            self.rotation_changed.emit(degrees)

    def set_phi_hidden(self, hidden: bool) -> None:
        """Hide or show the patient's name, ID and birth date in the views."""
        if hidden != self.phi_hidden:
            self.phi_hidden = hidden
            self.phi_hidden_changed.emit(hidden)

    # --- annotations and segments of the case --------------------------------------

    def set_annotations(self, annotations: list[Annotation]) -> None:
        """Show these annotations (the case's, as stored)."""
        self.annotations = list(annotations)
        if self.selected_annotation not in {a.uuid for a in self.annotations}:
            self.selected_annotation = None
        self.annotations_changed.emit()

    def select_annotation(self, uuid: str | None) -> None:
        """Highlight one annotation (``None``: none)."""
        if uuid != self.selected_annotation:
            self.selected_annotation = uuid
            self.annotation_selected.emit(uuid)

    def set_key_images(self, key_images: list[KeyImage]) -> None:
        """The case's key images."""
        self.key_images = list(key_images)
        self.key_images_changed.emit()

    def set_segments(self, segments: list[Segment], masks: dict[str, NDArray[np.bool_]]) -> None:
        """Show these segments with their masks (masks of other segments are dropped)."""
        self.segments = list(segments)
        self.segment_masks = {s.uuid: masks[s.uuid] for s in segments if s.uuid in masks}
        self.segments_changed.emit()

    def segment_voxels_edited(
        self, uuid: str, mask: NDArray[np.bool_], box: tuple[slice, slice, slice]
    ) -> None:
        """Show ``mask`` for segment ``uuid`` whose voxels changed only inside ``box``."""
        self.segment_masks[uuid] = mask
        self.segment_voxels_changed.emit(uuid, box)

    def set_segment_display(self, outline: bool, opacity: float) -> None:
        """Draw segments as outlines or filled with ``opacity`` (0–1)."""
        opacity = min(1.0, max(0.0, float(opacity)))
        if (outline, opacity) != (self.segment_outline, self.segment_opacity):
            self.segment_outline, self.segment_opacity = outline, opacity
            self.segment_display_changed.emit()
