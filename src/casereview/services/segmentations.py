"""Segments of a case: create, edit masks, describe, remove, and DICOM SEG import/export.

Each change is one transaction with its audit record, durable when the function returns.
A segment's mask lies on the voxel grid of the series it was drawn on; its volume (mL) and
longest diameters are measured whenever the mask changes.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray
from pydicom.dataset import Dataset

from casereview import __version__
from casereview.analysis.segmentation import longest_diameters, volume_ml
from casereview.dicom.seg import SegmentData, build_seg, read_headers, read_seg, save_seg
from casereview.domain.audit import AuditAction
from casereview.domain.segments import Code, Segment, SegmentDraft
from casereview.domain.volume import Volume
from casereview.errors import NotFoundError, ValidationError
from casereview.messages import Message
from casereview.services.volumes import (
    examine_indexed_series,
    load_series_volume,
    series_id_for_uid,
)
from casereview.store.database import Database
from casereview.store.repositories import AuditRepository, UserRepository
from casereview.store.repositories_annotations import SegmentRepository, StoredMask, pack_mask

log = logging.getLogger(__name__)

Mask = NDArray[np.bool_]

__all__ = [
    "change_segment",
    "create_segment",
    "case_seg",
    "delete_segment",
    "export_seg",
    "import_seg",
    "list_segments",
    "measure_mask",
    "read_mask_file",
    "restore_segment",
    "segment_mask",
    "set_segment_mask",
]


def create_segment(
    db: Database,
    case_id: int,
    draft: SegmentDraft,
    shape: tuple[int, int, int],
    actor: str,
) -> Segment:
    """Add an empty segment to a case, or bring back a removed one with the same UUID.

    Parameters
    ----------
    db
        Open case database.
    case_id
        Internal id of the case.
    draft
        Name, codes, colour and the series whose voxel grid it uses.
    shape
        ``(slices, rows, columns)`` of that grid.
    actor
        User name of the author.

    Raises
    ------
    NotFoundError
        If the case or the actor does not exist.
    """
    with db.writing() as session:
        user_id = UserRepository(session).row_id(actor)
        repo = SegmentRepository(session)
        try:
            repo.case_of(draft.uuid)
        except NotFoundError:
            segment = repo.add(case_id, draft, shape, user_id)
            action = AuditAction.SEGMENT_CREATED
        else:
            segment = repo.set_deleted(draft.uuid, False, user_id)
            action = AuditAction.SEGMENT_RESTORED
        AuditRepository(session).append(
            action, "segment", segment.uuid, user_id, {"case": case_id, "type": draft.type.value}
        )
    return segment


def set_segment_mask(
    db: Database, uuid: str, mask: Mask, volume: Volume | None, actor: str
) -> Segment:
    """Replace the voxels of a segment; measures its volume and diameters.

    Parameters
    ----------
    db
        Open case database.
    uuid
        The segment.
    mask
        Boolean ``(slice, row, column)`` mask on the segment's grid.
    volume
        The series' volume (its spacing and orientation turn voxels into mL and mm); without
        it only the voxel count is updated.
    actor
        User name.

    Raises
    ------
    NotFoundError
        If the segment or the actor does not exist.
    ValidationError
        If the mask does not fit the segment's grid.
    """
    measured = measure_mask(mask, volume)
    count = measured.voxel_count
    with db.writing() as session:
        user_id = UserRepository(session).row_id(actor)
        segment = SegmentRepository(session).set_mask(
            uuid, measured.stored, count, measured.volume_ml, measured.diameters, user_id
        )
        AuditRepository(session).append(
            AuditAction.SEGMENT_MASK_CHANGED,
            "segment",
            uuid,
            user_id,
            {"case": segment.case_id, "voxels": count},
        )
    return segment


@dataclass(frozen=True, slots=True)
class MeasuredMask:
    """A mask packed for storage with what is measured of it whenever it changes."""

    stored: StoredMask
    voxel_count: int
    volume_ml: float
    diameters: tuple[float, float, float]


def measure_mask(mask: Mask, volume: Volume | None) -> MeasuredMask:
    """Pack a mask and measure its volume (mL) and longest diameters (mm).

    Parameters
    ----------
    mask
        Boolean ``(slice, row, column)`` mask.
    volume
        The series' volume whose spacing and orientation turn voxels into mL and mm; without
        it only the voxels are counted.

    Raises
    ------
    ValidationError
        If the mask does not fit the volume's grid.
    """
    mask = np.asarray(mask, dtype=bool)
    if volume is None:
        return MeasuredMask(pack_mask(mask), int(mask.sum()), 0.0, (0.0, 0.0, 0.0))
    if volume.shape != mask.shape:
        raise ValidationError(Message("The mask does not fit the image it is drawn on."))
    return MeasuredMask(
        pack_mask(mask),
        int(mask.sum()),
        volume_ml(mask, volume),
        longest_diameters(mask, volume),
    )


#: Largest distance (mm) between a mask file's grid and the series' grid that still counts as the
#: same grid (NIfTI stores geometry in single precision).
GRID_TOLERANCE_MM = 0.01


def read_mask_file(path: Path, volume: Volume) -> Mask:
    """Read a mask drawn elsewhere on the voxel grid of ``volume``.

    Two formats are read: NumPy ``.npy`` arrays indexed ``(slice, row, column)`` like
    :class:`~casereview.domain.volume.Volume` (what ``casereview-cli volume`` loads), and NIfTI
    (``.nii``, ``.nii.gz``) images whose grid (size, spacing, origin, axes) is the series' own,
    as ``casereview-cli volume --out`` writes it. Non-zero voxels belong to the mask.

    Parameters
    ----------
    path
        The mask file.
    volume
        The series' volume the mask must fit.

    Returns
    -------
    numpy.ndarray
        Boolean ``(slice, row, column)`` mask of ``volume.shape``.

    Raises
    ------
    ValidationError
        If the file cannot be read, is of another format, or its grid is not the series'.
    """
    name = path.name.lower()
    try:
        if name.endswith(".npy"):
            array = np.load(path, allow_pickle=False)
        elif name.endswith((".nii", ".nii.gz")):
            import SimpleITK as sitk

            image = sitk.ReadImage(str(path))
            _check_nifti_grid(image, volume)
            array = sitk.GetArrayFromImage(image)  # x, y, z -> (slice, row, column)
        else:
            raise ValidationError(
                Message("Give the mask as a NumPy .npy file or a NIfTI .nii/.nii.gz file.")
            )
    except (OSError, ValueError, RuntimeError) as exc:
        raise ValidationError(
            Message("The mask file {name} cannot be read ({reason}).", name=path.name, reason=exc)
        ) from exc
    if tuple(array.shape) != volume.shape:
        raise ValidationError(
            Message(
                "The mask has {found} voxels (slices, rows, columns) but the series has "
                "{expected}; draw it on the series' own voxel grid.",
                found=" x ".join(map(str, array.shape)),
                expected=" x ".join(map(str, volume.shape)),
            )
        )
    drawn: Mask = np.asarray(array) != 0
    return drawn


def _check_nifti_grid(image: Any, volume: Volume) -> None:
    """Refuse a NIfTI image whose grid is not ``volume``'s (SimpleITK's LPS geometry)."""
    size = tuple(int(v) for v in image.GetSize()[::-1])
    same = (
        size == volume.shape
        and np.allclose(image.GetSpacing(), volume.spacing[::-1], atol=1e-4)
        and np.allclose(image.GetOrigin(), volume.origin, atol=GRID_TOLERANCE_MM)
        and np.allclose(np.reshape(image.GetDirection(), (3, 3)), volume.direction, atol=1e-4)
    )
    if not same:
        raise ValidationError(
            Message(
                "The NIfTI mask lies on another voxel grid than the series (size, spacing, "
                "origin or axes differ). Draw it on the volume 'casereview-cli volume' writes."
            )
        )


def segment_mask(db: Database, uuid: str) -> Mask:
    """The full boolean mask of a segment.

    Raises
    ------
    NotFoundError
        If the segment does not exist.
    """
    with db.reading() as session:
        stored = SegmentRepository(session).mask(uuid)
    return stored.unpack()


def change_segment(
    db: Database,
    uuid: str,
    actor: str,
    *,
    name: str | None = None,
    colour: tuple[int, int, int] | None = None,
    category: Code | None = None,
    type: Code | None = None,  # the DICOM term, though it shadows the builtin
    visible: bool | None = None,
) -> Segment:
    """Rename, recolour, recode or hide/show a segment.

    Raises
    ------
    NotFoundError
        If the segment or the actor does not exist.
    ValidationError
        If the name is empty or too long.
    """
    with db.writing() as session:
        user_id = UserRepository(session).row_id(actor)
        segment, changed = SegmentRepository(session).update(
            uuid,
            user_id,
            name=name,
            colour=colour,
            category=category,
            type=type,
            visible=visible,
        )
        if changed:
            AuditRepository(session).append(
                AuditAction.SEGMENT_CHANGED,
                "segment",
                uuid,
                user_id,
                {"case": segment.case_id, "fields": changed},
            )
    return segment


def delete_segment(db: Database, uuid: str, actor: str) -> Segment:
    """Remove a segment from the case (kept, marked removed; undo restores it).

    Raises
    ------
    NotFoundError
        If the segment or the actor does not exist.
    """
    return _set_deleted(db, uuid, actor, True)


def restore_segment(db: Database, uuid: str, actor: str) -> Segment:
    """Bring back a removed segment.

    Raises
    ------
    NotFoundError
        If the segment or the actor does not exist.
    """
    return _set_deleted(db, uuid, actor, False)


def _set_deleted(db: Database, uuid: str, actor: str, deleted: bool) -> Segment:
    with db.writing() as session:
        user_id = UserRepository(session).row_id(actor)
        segment = SegmentRepository(session).set_deleted(uuid, deleted, user_id)
        AuditRepository(session).append(
            AuditAction.SEGMENT_DELETED if deleted else AuditAction.SEGMENT_RESTORED,
            "segment",
            uuid,
            user_id,
            {"case": segment.case_id},
        )
    return segment


def list_segments(db: Database, case_id: int) -> list[Segment]:
    """Segments of a case (not the removed ones), by number.

    Parameters
    ----------
    db
        Open case database.
    case_id
        Internal id of the case.

    Returns
    -------
    list of Segment
        Name, SNOMED CT category and type, colour, referenced series, volume (mL) and
        longest diameters; :func:`segment_mask` gives the voxels.
    """
    with db.reading() as session:
        return SegmentRepository(session).list(case_id)


def series_source_order(db: Database, series_instance_uid: str) -> tuple[list[Path], list[str]]:
    """Files and SOP Instance UIDs of a series in the slice order of its volume.

    A DICOM Segmentation's frames and a received SEG's references follow this order.

    Raises
    ------
    ValidationError
        If the series was resampled to build its volume (a SEG cannot refer to its images).
    """
    series_id = series_id_for_uid(db, series_instance_uid)
    loadable = examine_indexed_series(db, series_id).part(0)
    if loadable.resampling != "none":
        raise ValidationError(
            Message(
                "This series was resampled to build its volume (irregular spacing or tilt), so a "
                "DICOM Segmentation cannot refer to its original images."
            )
        )
    paths = [frame.path for frame in loadable.frames]
    uids = [frame.sop_instance_uid for frame in loadable.frames]
    return paths, uids


def export_seg(
    db: Database,
    case_id: int,
    out_path: Path,
    *,
    actor: str | None = None,
    segment_uuids: Sequence[str] | None = None,
    content_creator: str = "",
) -> Path:
    """Write the case's segments as one DICOM Segmentation file.

    Parameters
    ----------
    db
        Open case database.
    case_id
        Internal id of the case.
    out_path
        The file to write.
    actor
        User name recorded in the audit trail (the export is audited only when given).
    segment_uuids
        Only these segments (default: all of the case).
    content_creator
        Name of the person responsible, in DICOM PN form ("Surgeon^Ann").

    Returns
    -------
    pathlib.Path
        ``out_path``.

    Raises
    ------
    ValidationError
        If the case has no segment, its segments lie on different series, or the object
        would be invalid.
    NotFoundError
        If the referenced series is no longer indexed.
    """
    dataset = case_seg(db, case_id, segment_uuids=segment_uuids, content_creator=content_creator)
    save_seg(dataset, out_path)
    count = len(dataset.SegmentSequence)
    if actor is not None:
        with db.writing() as session:
            user_id = UserRepository(session).row_id(actor)
            AuditRepository(session).append(
                AuditAction.SEGMENTATION_EXPORTED,
                "case",
                case_id,
                user_id,
                {"segments": count},
            )
    log.info("case #%d: %d segment(s) exported as DICOM SEG", case_id, count)
    return out_path


def case_seg(
    db: Database,
    case_id: int,
    *,
    segment_uuids: Sequence[str] | None = None,
    content_creator: str = "",
) -> Dataset:
    """The case's segments as one DICOM Segmentation, in memory.

    The object carries the images' patient module: a package's exporter de-identifies it
    before anything is written, so the identified SEG never reaches a disk.

    Parameters
    ----------
    db
        Open case database.
    case_id
        Internal id of the case.
    segment_uuids
        Only these segments (default: all of the case).
    content_creator
        Name of the person responsible, in DICOM PN form ("Surgeon^Ann"); empty in packages.

    Returns
    -------
    pydicom.dataset.Dataset
        The SEG.

    Raises
    ------
    ValidationError, NotFoundError
        As :func:`export_seg` raises them.
    """
    segments = list_segments(db, case_id)
    if segment_uuids is not None:
        wanted = set(segment_uuids)
        segments = [s for s in segments if s.uuid in wanted]
    if not segments:
        raise ValidationError(Message("This case has no segment to export."))
    series = {s.series_instance_uid for s in segments}
    if len(series) > 1:
        raise ValidationError(
            Message(
                "The segments of this case lie on different series; export the segments of one "
                "series at a time."
            )
        )
    paths, _ = series_source_order(db, series.pop())
    sources = read_headers(paths)
    data = []
    for segment in segments:
        mask = segment_mask(db, segment.uuid)
        data.append(
            SegmentData(
                name=segment.name,
                category=segment.category,
                type=segment.type,
                colour=segment.colour,
                mask=mask,
                uuid=segment.uuid,
            )
        )
    return build_seg(
        sources,
        data,
        series_description="casereview segmentation",
        content_creator=content_creator,
        software_version=__version__,
    )


def import_seg(
    db: Database,
    case_id: int,
    path: Path,
    actor: str,
    volume: Volume | None = None,
) -> list[Segment]:
    """Add the segments of a DICOM Segmentation file to a case.

    The SEG must refer to an indexed series. Names, codes and colours are kept; a segment
    whose Tracking UID is one of ours and still exists in the database gets a new identity
    (an import never overwrites).

    Parameters
    ----------
    db
        Open case database.
    case_id
        Internal id of the case.
    path
        The SEG file.
    actor
        User name of the person importing.
    volume
        The referenced series' volume, to measure volume and diameters (loaded when not
        given).

    Returns
    -------
    list of Segment
        The new segments.

    Raises
    ------
    DicomReadError
        If the file is not a readable SEG or does not refer to the series' images.
    NotFoundError
        If the referenced series is not indexed.
    """
    seg = read_seg(path)
    if not seg.referenced_series_instance_uid:
        raise ValidationError(Message("The segmentation does not say which series it was made on."))
    _, uids = series_source_order(db, seg.referenced_series_instance_uid)
    items = seg.segments(uids)
    if volume is None or volume.series_instance_uid != seg.referenced_series_instance_uid:
        volume = load_series_volume(db, series_id_for_uid(db, seg.referenced_series_instance_uid))
    shape = volume.shape
    created: list[Segment] = []
    with db.reading() as session:
        repo = SegmentRepository(session)
        taken = set()
        for item in items:
            if item.uuid:
                try:
                    repo.case_of(item.uuid)
                    taken.add(item.uuid)
                except NotFoundError:
                    pass
    for item in items:
        kwargs = {} if (not item.uuid or item.uuid in taken) else {"uuid": item.uuid}
        draft = SegmentDraft(
            name=item.name[:64],
            category=item.category,
            type=item.type,
            colour=item.colour,
            series_instance_uid=seg.referenced_series_instance_uid,
            frame_of_reference_uid=seg.frame_of_reference_uid,
            **kwargs,
        )
        segment = create_segment(db, case_id, draft, shape, actor)
        segment = set_segment_mask(db, segment.uuid, item.mask, volume, actor)
        created.append(segment)
    with db.writing() as session:
        user_id = UserRepository(session).row_id(actor)
        AuditRepository(session).append(
            AuditAction.SEGMENTATION_IMPORTED,
            "case",
            case_id,
            user_id,
            {"segments": len(created)},
        )
    log.info("case #%d: %d segment(s) imported from DICOM SEG", case_id, len(created))
    return created
