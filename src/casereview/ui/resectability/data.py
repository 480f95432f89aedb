"""What the workbench reads and runs off the UI thread: the stored assessment with its images.

:func:`load_workbench` reads the newest assessment version of a case, its history, the
cross-sections of its contact run and what the vessel view draws them on: the series' volume
(through the shell's volume cache) and the tumour and vessel masks the run was measured on.
:func:`assess_and_store` measures the case again from its segments and stores a new version.
Both take the task runner's progress reporter and cancel token and run on a worker thread.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QT_TRANSLATE_NOOP

from casereview.analysis.assessment import ContactAssessment
from casereview.analysis.vessel_contact import VesselContactMeasurement
from casereview.domain.progress import CancelToken, ProgressReporter
from casereview.domain.resectability import vessel_kind_of
from casereview.domain.resectability_record import AssessmentVersion
from casereview.domain.volume import Volume
from casereview.errors import DicomReadError, NotFoundError, ValidationError
from casereview.messages import Message
from casereview.services import resectability_record as record
from casereview.services.resectability import TUMOUR_CODE, assess_case
from casereview.services.resectability_layers import latest_received_assessments
from casereview.services.segmentations import list_segments, segment_mask
from casereview.services.volumes import (
    VolumeCache,
    examine_indexed_series,
    load_series_volume,
    series_id_for_uid,
)
from casereview.store.database import Database

log = logging.getLogger(__name__)

#: Progress steps (translated by the task runner in its "TaskRunner" context).
READING_STEP = str(QT_TRANSLATE_NOOP("TaskRunner", "Reading the assessment"))
IMAGES_STEP = str(QT_TRANSLATE_NOOP("TaskRunner", "Reading the images of the vessels"))
MEASURING_STEP = str(QT_TRANSLATE_NOOP("TaskRunner", "Measuring the contact along each vessel"))


@dataclass(frozen=True, eq=False)
class WorkbenchData:
    """A case's assessment as the workbench shows it.

    Attributes
    ----------
    case_id
        The case.
    version
        The newest version, or ``None`` when the case was never assessed.
    history
        Every version, oldest first.
    contacts
        The cross-sections of the version's contact run.
    volume
        The series the segments lie on (``None`` when it cannot be read: the vessel view then
        shows the masks alone).
    spacing
        Voxel spacing ``(z, y, x)`` mm of the masks' grid (``None``: the series is gone).
    tumour
        The tumour's mask on the volume's grid (``None`` when its segment is gone).
    vessels
        Vessel role (``"smv"``...) to its mask.
    layer
        ``""`` for our own assessment; else the partner institution whose received assessment
        this is (shown read-only).
    partners
        The institutions whose assessments of the case were received in packages.
    """

    case_id: int
    version: AssessmentVersion | None = None
    history: tuple[AssessmentVersion, ...] = ()
    contacts: ContactAssessment | None = None
    volume: Volume | None = None
    spacing: tuple[float, float, float] | None = None
    tumour: NDArray[np.bool_] | None = None
    vessels: dict[str, NDArray[np.bool_]] = field(default_factory=dict)
    layer: str = ""
    partners: tuple[str, ...] = ()

    def contact(self, role: str) -> VesselContactMeasurement | None:
        """The contact measurement of a vessel (``None``: not near the tumour)."""
        return None if self.contacts is None else self.contacts.vessel(role)

    def with_version(self, version: AssessmentVersion) -> WorkbenchData:
        """The same run and images with a newer version of the same run."""
        return WorkbenchData(
            self.case_id,
            version,
            (*self.history, version),
            self.contacts,
            self.volume,
            self.spacing,
            self.tumour,
            self.vessels,
            self.layer,
            self.partners,
        )


def _mask(db: Database, uuid: str) -> NDArray[np.bool_] | None:
    try:
        return np.asarray(segment_mask(db, uuid), dtype=bool)
    except NotFoundError:
        return None  # deleted since the run: the view draws without its contour


def _volume(
    db: Database, series_uid: str, shape: tuple[int, ...] | None, cache: VolumeCache | None
) -> tuple[Volume | None, tuple[float, float, float] | None]:
    """The part of the series whose grid is the masks', and its spacing.

    Either may be ``None``: a series no longer indexed has neither, a series whose files
    cannot be read any more still has its spacing (the view then draws the masks alone).
    """
    try:
        series_id = series_id_for_uid(db, series_uid)
        examination = examine_indexed_series(db, series_id)
    except (NotFoundError, DicomReadError):
        return None, None
    for part, loadable in enumerate(examination.loadables):
        if shape is None or tuple(loadable.geometry.shape) == tuple(shape):
            sz, sy, sx = (float(v) for v in loadable.geometry.spacing)
            try:
                volume = load_series_volume(
                    db, series_id, part=part, cache=cache, examination=examination
                )
            except DicomReadError:
                log.warning("workbench: series #%d part %d cannot be read", series_id, part)
                return None, (sz, sy, sx)
            return volume, (sz, sy, sx)
    return None, None


def load_workbench(
    db: Database,
    case_id: int,
    cache: VolumeCache | None,
    progress: ProgressReporter,
    cancel: CancelToken,
    layer: str = "",
) -> WorkbenchData:
    """Read the newest assessment of a case with the images its vessel view needs.

    ``layer`` names a partner institution to read its received assessment instead of ours.
    """
    progress(0, 3, READING_STEP)
    received = latest_received_assessments(db, case_id)
    partners = tuple(sorted(received))
    if layer:
        if layer not in received:
            return WorkbenchData(case_id, partners=partners)
        history: tuple[AssessmentVersion, ...] = (received[layer].version,)
    else:
        history = tuple(record.assessment_history(db, case_id))
    if not history:
        return WorkbenchData(case_id, partners=partners)
    version = history[-1]
    contacts = record.run_contacts(db, version)
    cancel.raise_if_cancelled()
    progress(1, 3, IMAGES_STEP)
    run = version.run
    tumour = _mask(db, run.tumour.segment_uuid)
    vessels: dict[str, NDArray[np.bool_]] = {}
    for choice in run.segments:
        cancel.raise_if_cancelled()
        if choice.role != "tumour" and (mask := _mask(db, choice.segment_uuid)) is not None:
            vessels[choice.role] = mask
    shape = tumour.shape if tumour is not None else next((m.shape for m in vessels.values()), None)
    progress(2, 3, IMAGES_STEP)
    volume, spacing = _volume(db, run.series_instance_uid, shape, cache)
    progress(3, 3, IMAGES_STEP)
    log.info("workbench of case #%d: version %d read", case_id, version.number)
    return WorkbenchData(
        case_id, version, history, contacts, volume, spacing, tumour, vessels, layer, partners
    )


def assess_and_store(
    db: Database,
    case_id: int,
    criteria: str,
    actor: str,
    progress: ProgressReporter,
    cancel: CancelToken,
) -> AssessmentVersion:
    """Measure the case from its coded segments and store the result as a new version.

    Raises
    ------
    ValidationError
        If the tumour or no vessel is segmented (the message says what to segment), or
        :func:`~casereview.services.resectability.assess_case` refuses.
    OperationCancelled
        If cancelled between vessels.
    """
    progress(0, 100, MEASURING_STEP)
    segments = list_segments(db, case_id)
    # Without a tumour, assess_case says so itself; with one, an assessment of no vessel at
    # all would be stored as an empty one, so it is refused here.
    tumour = any(s.type.value.strip() == TUMOUR_CODE.value for s in segments)
    if tumour and not any(vessel_kind_of(s.type) is not None for s in segments):
        raise ValidationError(
            Message(
                "Segment the vessels first: the case has no segment coded as the SMA, celiac "
                "axis, CHA, SMV, portal vein, IVC or aorta (segment templates of the segment "
                "editor)."
            )
        )

    def report(fraction: float, _message: str) -> None:
        progress(round(fraction * 100), 100, MEASURING_STEP)

    result = assess_case(
        db,
        case_id,
        criteria=criteria,
        progress=report,
        should_cancel=lambda: cancel.cancelled,
    )
    cancel.raise_if_cancelled()
    return record.save_assessment(db, result, actor)
