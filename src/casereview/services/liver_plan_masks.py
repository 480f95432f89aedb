"""The voxels of a saved liver plan's parts: what it removes, what it leaves, its segments.

A stored plan version keeps what it was computed from (segments by UUID, the resection) and
the numbers it measured, not voxels. :func:`plan_masks` draws its parts again on the grid of
the series it was planned on, the way the planner counted them:

- a plan that removes Couinaud segments: the liver is the union of its Couinaud segments
  (tumours included, as the Couinaud builder labels them), the resected part the segments
  removed, the remnant the rest (:func:`casereview.analysis.liver_resection.by_segments`);
- a plan by a resection surface: the liver is the liver's segment with its tumours, the
  resected part its voxels on the surface's resected side
  (:class:`casereview.analysis.resection_surface.ResectionSurface`), the remnant the rest.

The result is checked against the version's numbers: when the segments were edited since the
plan was saved, the voxels no longer are the plan's, and :func:`plan_masks` says so instead of
returning parts that do not match what the report states.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from casereview.analysis.liver_resection import ResectionPlane, voxel_volume_ml
from casereview.analysis.resection_surface import ResectionSurface
from casereview.domain.liver_plan_record import LiverPlanVersion, ResectionKind
from casereview.errors import ValidationError
from casereview.messages import Message
from casereview.services.liver_case import series_frame
from casereview.services.segmentations import list_segments, segment_mask
from casereview.store.database import Database

log = logging.getLogger(__name__)

#: How far the redrawn parts may differ from the stored volumes: half a percent, and never less
#: than one voxel (the planner and this module count the same voxel centres, so an unchanged
#: case agrees exactly; a tolerance only absorbs floating-point ties on the surface).
RELATIVE_TOLERANCE = 0.005


@dataclass(frozen=True)
class PlanMasks:
    """A plan's parts on the voxel grid of its series.

    Attributes
    ----------
    series_instance_uid
        The series the masks lie on (``(slice, row, column)`` in its slice order).
    spacing
        ``(slice, row, column)`` spacing, mm.
    resected, remnant
        The part removed and the part left, tumour included.
    couinaud
        Couinaud label → (its segment's UUID, its mask), for the segments the plan used.
    """

    series_instance_uid: str
    spacing: tuple[float, float, float]
    resected: NDArray[np.bool_]
    remnant: NDArray[np.bool_]
    couinaud: dict[int, tuple[str, NDArray[np.bool_]]]

    @property
    def resected_ml(self) -> float:
        """Volume of the resected part (mL)."""
        return float(np.count_nonzero(self.resected)) * voxel_volume_ml(self.spacing)

    @property
    def remnant_ml(self) -> float:
        """Volume of the remnant (mL)."""
        return float(np.count_nonzero(self.remnant)) * voxel_volume_ml(self.spacing)


def _changed() -> ValidationError:
    return ValidationError(
        Message(
            "The segments this liver plan was computed from changed or were removed after it "
            "was saved; plan the resection again to send its parts as a segmentation."
        )
    )


def _label_of(role: str) -> int | None:
    head, _, tail = role.rpartition("-")
    return int(tail) if head == "couinaud" and tail.isdigit() else None


def plan_masks(db: Database, version: LiverPlanVersion) -> PlanMasks:
    """The resected part, the remnant and the Couinaud segments of a saved plan, as voxels.

    Parameters
    ----------
    db
        Open case database.
    version
        One of the case's plan versions.

    Returns
    -------
    PlanMasks
        The parts; their volumes equal the version's resected and remnant volumes.

    Raises
    ------
    ValidationError
        If a segment the plan used was removed or edited since (the parts would not be the
        plan's), or the segments no longer fit the series' grid.
    NotFoundError
        If the series is no longer indexed.
    """
    inputs, result = version.inputs, version.result
    present = {s.uuid: s for s in list_segments(db, version.case_id)}
    used = [inputs.liver, *inputs.tumours, *inputs.couinaud]
    if any(choice.segment_uuid not in present for choice in used):
        raise _changed()
    liver = np.asarray(segment_mask(db, inputs.liver.segment_uuid), dtype=bool)
    shape = liver.shape
    tumours = np.zeros(shape, dtype=bool)
    for choice in inputs.tumours:
        mask = np.asarray(segment_mask(db, choice.segment_uuid), dtype=bool)
        if mask.shape != shape:
            raise _changed()
        tumours |= mask
    couinaud: dict[int, tuple[str, NDArray[np.bool_]]] = {}
    labels = np.zeros(shape, dtype=np.uint8)
    for choice in sorted(inputs.couinaud, key=lambda c: _label_of(c.role) or 0):
        label = _label_of(choice.role)
        mask = np.asarray(segment_mask(db, choice.segment_uuid), dtype=bool)
        if label is None or mask.shape != shape:
            raise _changed()
        # Later labels win where segments overlap, as when the planner reads them.
        labels[mask] = label
        couinaud[label] = (choice.segment_uuid, mask)
    frame = series_frame(db, inputs.series_instance_uid, shape)
    if inputs.kind is ResectionKind.SEGMENTS:
        whole = labels > 0
        resected = np.isin(labels, [int(s) for s in inputs.removed_segments])
    else:
        surface_lps = inputs.surface
        assert surface_lps is not None  # LiverPlanInputs checks it for a surface plan
        whole = liver | tumours
        point = frame.to_array_mm(surface_lps.point)
        normal = frame.normal_to_array(surface_lps.normal)
        surface = ResectionSurface(
            ResectionPlane(
                (float(point[0]), float(point[1]), float(point[2])),
                (float(normal[0]), float(normal[1]), float(normal[2])),
            ),
            tuple(
                (float(p[0]), float(p[1]), float(p[2]))
                for p in (
                    frame.to_array_mm(np.asarray(surface_lps.control_points, dtype=float))
                    if surface_lps.control_points
                    else np.zeros((0, 3))
                )
            ),
        )
        indices = np.argwhere(whole)
        centres = indices.astype(np.float64) * np.asarray(frame.spacing)
        side = surface.resected(surface.plane_coordinates(centres))
        resected = np.zeros(shape, dtype=bool)
        resected[tuple(indices[side].T)] = True
    remnant = whole & ~resected
    masks = PlanMasks(inputs.series_instance_uid, frame.spacing, resected, remnant, couinaud)
    voxel = voxel_volume_ml(frame.spacing)
    checks = [(masks.resected_ml, result.resected_ml), (masks.remnant_ml, result.remnant_ml)]
    # The Couinaud segments go into the SEG too: each must still hold the volume it had.
    checks += [
        (float(np.count_nonzero(labels == label)) * voxel, stored)
        for label, stored in result.segment_volumes_ml
    ]
    for found, stored in checks:
        if abs(found - stored) > max(RELATIVE_TOLERANCE * max(stored, 0.0), voxel * 1.5):
            log.info("liver plan %s: its parts no longer match its segments", version.number)
            raise _changed()
    return masks
