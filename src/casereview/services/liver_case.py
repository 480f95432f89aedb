"""The liver of a case as the planner and the Couinaud builder read it: segments, masks, geometry.

The liver is the case's segment coded as liver (SNOMED CT 10200004) or named by hand; the
tumours are the segments coded as a neoplasm that lie in the liver (a pancreatic tumour of the
same case is not one of them) or named by hand; the Couinaud segments are the segments on the
liver's series whose type is one of :data:`~casereview.domain.liver_segments.COUINAUD_CODES`
(recognised by code, never by name). Masks are on the voxel grid of the liver's series, whose
geometry turns patient positions (LPS mm, as the viewer shows them) into the analysis' array
frame ``(z, y, x)`` mm (index × spacing) and back.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import numpy as np
import pydicom
from numpy.typing import ArrayLike, NDArray

from casereview.domain.liver_segments import couinaud_label
from casereview.domain.resectability_record import SegmentChoice
from casereview.domain.segments import TEMPLATE_BY_KEY, Code, Segment
from casereview.errors import ValidationError
from casereview.messages import Message
from casereview.services.resectability import TUMOUR_CODE, find_segment
from casereview.services.segmentations import list_segments, segment_mask
from casereview.services.volumes import examine_indexed_series, series_id_for_uid
from casereview.store.database import Database
from casereview.store.repositories_resectability_layers import ResectabilityLayerRepository

log = logging.getLogger(__name__)

#: SNOMED CT type of the liver's segment (the segment editor's "Liver" template).
LIVER_CODE: Code = TEMPLATE_BY_KEY["liver"].type

FloatArray = NDArray[np.float64]


@dataclass(frozen=True, eq=False)
class SeriesFrame:
    """The voxel grid of a series: patient LPS mm ↔ the analysis' array frame ``(z, y, x)`` mm.

    Attributes
    ----------
    shape
        ``(slices, rows, columns)``.
    spacing
        ``(slice, row, column)`` spacing, mm.
    origin
        LPS position of the centre of voxel ``[0, 0, 0]``.
    direction
        3×3; columns are the LPS directions of the column, row and slice index axes.
    part
        Which loadable part of the series has this grid (``load_series_volume(part=…)``).
    """

    shape: tuple[int, int, int]
    spacing: tuple[float, float, float]
    origin: tuple[float, float, float]
    direction: FloatArray
    part: int = 0

    def to_array_mm(self, points_lps: ArrayLike) -> FloatArray:
        """Array-frame positions ``(z, y, x)`` mm of LPS positions (shape ``(3,)`` or ``(n, 3)``)."""
        points = np.asarray(points_lps, dtype=np.float64)
        xyz = np.linalg.solve(self.direction, (points.reshape(-1, 3) - self.origin).T).T
        out: FloatArray = np.ascontiguousarray(xyz[:, ::-1])
        return out.reshape(points.shape)

    def to_lps(self, points_array_mm: ArrayLike) -> FloatArray:
        """LPS positions of array-frame positions ``(z, y, x)`` mm (inverse of :meth:`to_array_mm`)."""
        points = np.asarray(points_array_mm, dtype=np.float64)
        xyz = points.reshape(-1, 3)[:, ::-1]
        out: FloatArray = np.asarray(self.origin) + xyz @ self.direction.T
        return out.reshape(points.shape)

    def normal_to_array(self, normal_lps: ArrayLike) -> FloatArray:
        """A plane's normal in the array frame (``Dᵀ n``, reordered to ``(z, y, x)``).

        Normals transform with the transpose of the direction matrix, not its inverse, so the
        side of every point stays the same even on a grid whose axes are not orthogonal (a
        gantry tilt kept in the direction matrix).
        """
        along = self.direction.T @ np.asarray(normal_lps, dtype=np.float64).reshape(3)
        out: FloatArray = along[::-1].copy()
        return out

    def index_of(self, points_array_mm: ArrayLike) -> FloatArray:
        """Continuous voxel indices ``(slice, row, column)`` of array-frame positions."""
        index: FloatArray = np.asarray(points_array_mm, dtype=np.float64) / np.asarray(
            self.spacing, dtype=np.float64
        )
        return index

    def contains(self, point_array_mm: ArrayLike) -> bool:
        """Whether a position lies inside the grid (within half a voxel of its outer centres)."""
        index = self.index_of(point_array_mm).reshape(3)
        return bool(((index >= -0.5) & (index <= np.asarray(self.shape) - 0.5)).all())


def series_frame(db: Database, series_instance_uid: str, shape: tuple[int, ...]) -> SeriesFrame:
    """The geometry of the series' part whose grid has ``shape`` (no pixels read).

    Raises
    ------
    ValidationError
        If no part of the series has that grid (the segment was drawn on another one).
    NotFoundError
        If the series is not indexed.
    """
    examination = examine_indexed_series(db, series_id_for_uid(db, series_instance_uid))
    for part, loadable in enumerate(examination.loadables):
        geometry = loadable.geometry
        if tuple(geometry.shape) == tuple(shape):
            direction = geometry.direction_matrix()
            if abs(float(np.linalg.det(direction))) < 1e-6:
                break
            return SeriesFrame(
                (int(shape[0]), int(shape[1]), int(shape[2])),
                (
                    float(geometry.spacing[0]),
                    float(geometry.spacing[1]),
                    float(geometry.spacing[2]),
                ),
                (float(geometry.origin[0]), float(geometry.origin[1]), float(geometry.origin[2])),
                direction,
                part,
            )
    raise ValidationError(
        Message(
            "The liver's segment does not fit the voxel grid of the series it was drawn on; "
            "draw it again on that series."
        )
    )


def size_from_images(db: Database, series_instance_uid: str) -> tuple[float | None, float | None]:
    """Patient's Size (m → cm) and Weight (kg) from the series' first file, when present."""
    with db.reading() as session:
        files = ResectabilityLayerRepository(session).series_files(series_instance_uid)[:1]
    for path in files:
        try:
            header = pydicom.dcmread(path, stop_before_pixels=True)
            size, weight = header.get("PatientSize"), header.get("PatientWeight")
            height_cm = float(size) * 100.0 if size not in (None, "") and float(size) > 0 else None
            weight_kg = float(weight) if weight not in (None, "") and float(weight) > 0 else None
        except (OSError, ValueError, pydicom.errors.InvalidDicomError):
            log.warning("liver plan: the series' first file gives no readable size and weight")
            return None, None
        return height_cm, weight_kg
    return None, None


def choice_of(role: str, segment: Segment, by_hand: bool) -> SegmentChoice:
    """How a plan records the segment it used for ``role``."""
    return SegmentChoice(role, segment.uuid, segment.name, segment.number, by_hand)


def _coded(segment: Segment, code: Code) -> bool:
    return segment.type.scheme.upper() in ("SCT", "SRT") and segment.type.value == code.value


def _liver(segments: list[Segment], reference: str | None) -> Segment:
    if reference is not None:
        return find_segment(segments, reference)
    coded = [s for s in segments if _coded(s, LIVER_CODE)]
    if len(coded) != 1:
        raise ValidationError(
            Message(
                "Segment the liver first (one segment coded as liver, template 'Liver'), or "
                "name the liver's segment by hand."
            )
            if not coded
            else Message(
                "The case has {count} liver segments; name the one to plan on by hand.",
                count=len(coded),
            )
        )
    return coded[0]


@dataclass(frozen=True, eq=False)
class LiverCase:
    """A case's liver, tumours and Couinaud segments, read once.

    Attributes
    ----------
    case_id, series_instance_uid, frame_of_reference_uid
        The case and the series whose grid the masks use.
    frame
        The series' geometry.
    liver, tumours, couinaud
        The segments used (Couinaud ones with role ``"couinaud-N"``, by label).
    liver_mask, tumour_mask
        Boolean masks ``(z, y, x)``; the tumours may reach outside the liver's mask.
    couinaud_labels
        Label map (0 outside, 1–8) of the Couinaud segments, ``None`` when the case has none.
    segment_versions
        Each segment used, by UUID, with its last change time when read.
    """

    case_id: int
    series_instance_uid: str
    frame_of_reference_uid: str
    frame: SeriesFrame
    liver: SegmentChoice
    tumours: tuple[SegmentChoice, ...]
    couinaud: tuple[SegmentChoice, ...]
    liver_mask: NDArray[np.bool_]
    tumour_mask: NDArray[np.bool_]
    couinaud_labels: NDArray[np.uint8] | None
    segment_versions: tuple[tuple[str, datetime | None], ...]

    @property
    def couinaud_uuids(self) -> dict[int, str]:
        """Couinaud label → the UUID of its segment."""
        return {int(c.role.rpartition("-")[2]): c.segment_uuid for c in self.couinaud}


def couinaud_segments_of(
    segments: Sequence[Segment], series_instance_uid: str
) -> dict[int, Segment]:
    """The Couinaud segments on a series, by label.

    Raises
    ------
    ValidationError
        If two segments on the series carry the code of the same Couinaud segment.
    """
    found: dict[int, Segment] = {}
    for segment in segments:
        label = couinaud_label(segment.type)
        if label is None or segment.series_instance_uid != series_instance_uid:
            continue
        if label in found:
            raise ValidationError(
                Message(
                    "Two segments ('{first}' and '{second}') are coded as Couinaud segment "
                    "{label}; remove one, or build the Couinaud segments again.",
                    first=found[label].name,
                    second=segment.name,
                    label=label,
                )
            )
        found[label] = segment
    return found


def load_liver_case(
    db: Database,
    case_id: int,
    *,
    liver: str | None = None,
    tumours: Sequence[str] = (),
    with_couinaud: bool = True,
) -> LiverCase:
    """Read the case's liver, tumours and (when ``with_couinaud``) Couinaud segments.

    Parameters
    ----------
    db
        Open case database.
    case_id
        The case.
    liver, tumours
        Segments (name or UUID) chosen by hand; by default the liver by its code and every
        segment coded as a neoplasm that lies in the liver.
    with_couinaud
        Whether to read the Couinaud segments too.

    Raises
    ------
    ValidationError
        If the liver is not segmented (or twice), a named segment does not exist, the segments
        lie on different series, or the liver does not fit its series' grid.
    """
    segments = list_segments(db, case_id)
    liver_segment = _liver(segments, liver)
    series_uid = liver_segment.series_instance_uid
    liver_mask = np.asarray(segment_mask(db, liver_segment.uuid), dtype=bool)
    frame = series_frame(db, series_uid, liver_mask.shape)
    used: list[Segment] = [liver_segment]
    if tumours:
        candidates = [(find_segment(segments, t), True) for t in tumours]
    else:
        candidates = [
            (s, False) for s in segments if _coded(s, TUMOUR_CODE) and s.uuid != liver_segment.uuid
        ]
    tumour_mask: NDArray[np.bool_] = np.zeros_like(liver_mask)
    tumour_choices: list[SegmentChoice] = []
    for segment, by_hand in candidates:
        if segment.series_instance_uid != series_uid:
            if by_hand:
                raise ValidationError(
                    Message("The liver and tumour segments were drawn on different series.")
                )
            continue
        mask = np.asarray(segment_mask(db, segment.uuid), dtype=bool)
        # A coded tumour outside the liver (the pancreatic one) is not a liver tumour.
        if by_hand or (mask & liver_mask).any():
            tumour_mask |= mask
            tumour_choices.append(choice_of("tumour", segment, by_hand))
            used.append(segment)
    labels: NDArray[np.uint8] | None = None
    couinaud: list[SegmentChoice] = []
    if with_couinaud:
        found = couinaud_segments_of(segments, series_uid)
        if found:
            labels = np.zeros(liver_mask.shape, dtype=np.uint8)
            for label in sorted(found):
                segment = found[label]
                mask = np.asarray(segment_mask(db, segment.uuid), dtype=bool)
                if mask.shape != labels.shape:
                    raise ValidationError(
                        Message(
                            "Couinaud segment {label} does not lie on the liver's voxel grid; "
                            "build the Couinaud segments again.",
                            label=label,
                        )
                    )
                labels[mask] = label
                couinaud.append(choice_of(f"couinaud-{label}", segment, False))
                used.append(segment)
    return LiverCase(
        case_id=case_id,
        series_instance_uid=series_uid,
        frame_of_reference_uid=liver_segment.frame_of_reference_uid,
        frame=frame,
        liver=choice_of("liver", liver_segment, liver is not None),
        tumours=tuple(tumour_choices),
        couinaud=tuple(couinaud),
        liver_mask=liver_mask,
        tumour_mask=tumour_mask,
        couinaud_labels=labels,
        segment_versions=tuple((s.uuid, s.modified_at) for s in used),
    )
