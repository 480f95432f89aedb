"""What the liver planner window shows of a case, read off the UI thread in one go.

The planner (:class:`~casereview.services.liver_plan.LiverPlanner`) holds the liver, tumour and
Couinaud masks and computes every plan; this module adds what only the window needs: the CT
on the masks' grid for the slice view, the portal and hepatic veins for the 3-D view, and the
latest saved plan. A case without a liver segment still opens (its CT and the liver tool), with
the reason no plan can be made.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

from casereview.domain.hu_presets import ContrastPhase, phase_from_description
from casereview.domain.liver_plan_record import LiverPlanVersion
from casereview.domain.progress import CancelToken, ProgressReporter
from casereview.domain.segments import Code, Segment
from casereview.domain.volume import Volume
from casereview.errors import DicomReadError, NotFoundError, ValidationError
from casereview.messages import Message
from casereview.services.liver_plan import LIVER_CODE, LiverPlanner
from casereview.services.liver_plan_record import latest_liver_plan
from casereview.services.segmentations import list_segments, segment_mask
from casereview.services.volumes import (
    VolumeCache,
    examine_indexed_series,
    load_series_volume,
    series_id_for_uid,
)
from casereview.store.database import Database

log = logging.getLogger(__name__)

Mask = NDArray[np.bool_]

#: Steps of reading a case, for the progress dialog.
READING_STEP = Message("Reading the liver plan")
IMAGES_STEP = Message("Reading the images")

#: Veins the 3-D view shows beside the liver, by SNOMED CT code: key and sRGB colour.
VEIN_CODES: dict[str, tuple[str, tuple[int, int, int]]] = {
    "32764006": ("portal", (70, 120, 255)),  # portal vein
    "8993003": ("hepatic", (0, 200, 220)),  # hepatic vein
    "64131007": ("ivc", (40, 70, 170)),  # inferior vena cava
}


@dataclass(frozen=True)
class VeinMask:
    """A vein segment the 3-D view draws (portal, hepatic or the IVC)."""

    key: str
    name: str
    colour: tuple[int, int, int]
    mask: Mask


@dataclass
class PlannerData:
    """A case as the planner window shows it.

    Attributes
    ----------
    case_id
        The case (0: none).
    planner
        Computes plans; ``None`` when the case has no liver segment yet (see ``problem``).
    volume
        The CT the liver lies on (or, without a liver, the series the liver tool works on).
    series_id
        Internal id of ``volume``'s series.
    phase
        The series' contrast phase read from its description, when it says one.
    veins
        Portal and hepatic veins (and the IVC) segmented on the same grid.
    liver_segment
        The case's liver segment on that series, if there is one (the liver tool replaces it).
    latest
        The latest saved plan of the case.
    problem
        Why no plan can be made yet (empty when ``planner`` is there).
    """

    case_id: int = 0
    planner: LiverPlanner | None = None
    volume: Volume | None = None
    series_id: int | None = None
    phase: ContrastPhase | None = None
    veins: tuple[VeinMask, ...] = ()
    liver_segment: Segment | None = None
    latest: LiverPlanVersion | None = None
    problem: str = ""
    segments: tuple[Segment, ...] = field(default_factory=tuple)


def _is(segment: Segment, code: Code) -> bool:
    return segment.type.scheme.upper() in ("SCT", "SRT") and segment.type.value == code.value


def _load_volume(
    db: Database,
    series_id: int,
    shape: tuple[int, ...] | None,
    cache: VolumeCache | None,
    cancel: CancelToken,
) -> Volume | None:
    """The part of the series on the masks' grid (any part when ``shape`` is not known)."""
    examination = examine_indexed_series(db, series_id)
    for part, loadable in enumerate(examination.loadables):
        if shape is None or tuple(loadable.geometry.shape) == tuple(shape):
            return load_series_volume(
                db, series_id, part=part, cache=cache, cancel=cancel, examination=examination
            )
    return None


def load_planner(
    db: Database,
    case_id: int,
    cache: VolumeCache | None,
    candidate_series: Sequence[tuple[int, str]],
    progress: ProgressReporter,
    cancel: CancelToken,
) -> PlannerData:
    """Read a case for the planner window.

    Parameters
    ----------
    db
        Open case database.
    case_id
        The case.
    cache
        The application's volume cache.
    candidate_series
        ``(series id, description)`` of the case's image series, used when the case has no
        liver yet: the liver tool works on the portal-venous one if a description says so,
        else on the first that stacks into a volume.
    progress, cancel
        As the task runner gives them.
    """
    progress(0, 3, READING_STEP)
    segments = tuple(list_segments(db, case_id))
    problem = ""
    planner: LiverPlanner | None = None
    try:
        planner = LiverPlanner.open(db, case_id)
    except ValidationError as exc:
        problem = exc.message
    cancel.raise_if_cancelled()
    progress(1, 3, IMAGES_STEP)
    volume: Volume | None = None
    series_id: int | None = None
    descriptions = dict(candidate_series)
    if planner is not None:
        series_id = series_id_for_uid(db, planner.series_instance_uid)
        volume = _load_volume(db, series_id, tuple(planner.shape), cache, cancel)
    else:
        livers = [s for s in segments if _is(s, LIVER_CODE)]
        order = [series_id_for_uid(db, livers[0].series_instance_uid)] if livers else []
        portal = [
            i
            for i, text in candidate_series
            if phase_from_description(text) is ContrastPhase.PORTAL_VENOUS
        ]
        order += portal + [i for i, _ in candidate_series if i not in portal]
        for candidate in dict.fromkeys(order):
            try:
                volume = _load_volume(db, candidate, None, cache, cancel)
            except (DicomReadError, NotFoundError):
                continue
            if volume is not None:
                series_id = candidate
                break
    progress(2, 3, IMAGES_STEP)
    veins: list[VeinMask] = []
    liver_segment: Segment | None = None
    if volume is not None:
        uid = volume.series_instance_uid
        for segment in segments:
            if segment.series_instance_uid != uid:
                continue
            if _is(segment, LIVER_CODE) and liver_segment is None:
                liver_segment = segment
            known = VEIN_CODES.get(segment.type.value)
            if known is None or segment.type.scheme.upper() not in ("SCT", "SRT"):
                continue
            cancel.raise_if_cancelled()
            mask = np.asarray(segment_mask(db, segment.uuid), dtype=bool)
            if mask.shape == volume.shape and mask.any():
                veins.append(VeinMask(known[0], segment.name, known[1], mask))
    phase = None if series_id is None else phase_from_description(descriptions.get(series_id, ""))
    latest = latest_liver_plan(db, case_id)
    progress(3, 3, IMAGES_STEP)
    log.info(
        "liver planner of case #%d read: plan %s, %d vein segment(s)",
        case_id,
        "possible" if planner is not None else "not possible yet",
        len(veins),
    )
    return PlannerData(
        case_id,
        planner,
        volume,
        series_id,
        phase,
        tuple(veins),
        liver_segment,
        latest,
        problem,
        segments,
    )
