"""Running de-identification over a case's images, in worker processes when it pays.

Each image is parsed once: the hold-back check (burned-in text) and the de-identification use
the same parse. Headers are rewritten; pixel bytes are copied from the source file unchanged
when the package is written, except for images the user marked for cleaning, whose regions
are blacked out in every frame first.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import pydicom
from pydicom.errors import InvalidDicomError
from pydicom.uid import ExplicitVRLittleEndian

from casereview.dicom.deid import (
    ChangeLog,
    DeidentifiedFile,
    Deidentifier,
    PatientPseudonym,
    deidentify_source,
    encode_dataset,
    hold_back_reason,
    read_source,
    record_dataset,
)
from casereview.dicom.pixel_bits import clear_bits_above_high_bit
from casereview.dicom.redact import mark_cleaned, redact_dataset
from casereview.dicom.workers import map_in_order
from casereview.domain.packages import HeldBackFile, HoldBackReason, RedactionRegion
from casereview.domain.progress import CancelToken, ProgressReporter
from casereview.errors import ValidationError
from casereview.messages import Message

#: Files per worker task.
_CHUNK_FILES = 24
#: Below this many files the work runs in this process (a pool costs more than it saves).
_PARALLEL_MIN_FILES = 64

#: Regions of burned-in text to clean, per SOP Instance UID.
RegionMap = Mapping[str, tuple[RedactionRegion, ...]]


@dataclass(slots=True)
class DeidentifiedImage:
    """One image of the case after de-identification: written, held back, or only checked.

    Attributes
    ----------
    source
        The original file.
    sop_instance_uid
        Its original SOP Instance UID ("" when unreadable).
    file
        The de-identified header and where the pixel bytes are (None if held back or when only
        headers were checked).
    held
        Why it was held back, if it was.
    cleaned
        Whether burned-in text was blacked out.
    """

    source: str
    sop_instance_uid: str
    file: DeidentifiedFile | None
    held: HeldBackFile | None
    cleaned: bool = False


@dataclass(frozen=True, slots=True)
class ChunkTask:
    """What a worker needs to de-identify one chunk of files (it pickles)."""

    paths: tuple[str, ...]
    deidentifier: Deidentifier
    patient: PatientPseudonym
    confirmed: frozenset[str]
    header_only: bool
    redactions: Mapping[str, tuple[RedactionRegion, ...]]


ChunkResult = tuple[list[DeidentifiedImage], ChangeLog, dict[str, str]]


def deidentify_chunk(task: ChunkTask) -> ChunkResult:
    """Worker: de-identify the files of one chunk (module level, so it pickles by name)."""
    changes = ChangeLog()
    done = [
        _deidentify_one(
            Path(path),
            task.deidentifier,
            task.patient,
            task.confirmed,
            task.header_only,
            changes,
            task.redactions,
        )
        for path in task.paths
    ]
    return done, changes, task.deidentifier.uid_map()


def _deidentify_one(
    path: Path,
    deidentifier: Deidentifier,
    patient: PatientPseudonym,
    confirmed: frozenset[str],
    header_only: bool,
    changes: ChangeLog,
    redactions: RegionMap,
) -> DeidentifiedImage:
    try:
        source = read_source(path)  # parsed once: hold-back check and de-identification
    except (InvalidDicomError, OSError, ValueError):
        held = HeldBackFile("", "", "", None, HoldBackReason.UNREADABLE)
        return DeidentifiedImage(str(path), "", None, held)
    header = source.dataset
    sop = str(header.get("SOPInstanceUID", ""))
    regions = redactions.get(sop)
    if regions and not header_only:
        return _clean_one(path, sop, regions, deidentifier, patient, changes)
    reason = hold_back_reason(header)
    if reason is not None and sop not in confirmed:
        number = header.get("InstanceNumber")
        held = HeldBackFile(
            sop,
            str(header.get("SeriesDescription", "")),
            str(header.get("Modality", "")),
            int(number) if number not in (None, "") else None,
            reason,
        )
        return DeidentifiedImage(str(path), sop, None, held)
    if header_only:
        deidentifier.apply(header, patient, changes)
        return DeidentifiedImage(str(path), sop, None, None)
    file = deidentify_source(source, deidentifier, patient, changes)
    return DeidentifiedImage(str(path), sop, file, None)


def _clean_one(
    path: Path,
    sop: str,
    regions: Sequence[RedactionRegion],
    deidentifier: Deidentifier,
    patient: PatientPseudonym,
    changes: ChangeLog,
) -> DeidentifiedImage:
    """Black out the user's regions in every frame, then de-identify like any image.

    The whole file is read (the pixels change) and written uncompressed; the SOP Instance UID
    is remapped like every other, so references to the image still resolve.
    """
    try:
        original = pydicom.dcmread(path)
    except (InvalidDicomError, OSError, ValueError) as exc:
        raise ValidationError(
            Message("An image marked for cleaning could not be read; exclude it instead.")
        ) from exc
    redact_dataset(original, regions)
    cleaned = deidentifier.apply(original, patient, changes)
    mark_cleaned(cleaned)
    # Bits above High Bit (embedded overlays): pydicom's decoding clears them today, and an
    # export must not depend on that staying so.
    clear_bits_above_high_bit(cleaned, ExplicitVRLittleEndian)  # redact_dataset's syntax
    header = encode_dataset(cleaned)
    file = DeidentifiedFile(
        header=header,
        tail_offset=0,
        tail_length=0,
        dataset=record_dataset(cleaned),
        compressed=False,
    )
    return DeidentifiedImage(str(path), sop, file, None, cleaned=True)


def run_deidentification(
    paths: Sequence[str],
    deidentifier: Deidentifier,
    patient: PatientPseudonym,
    confirmed: frozenset[str],
    *,
    header_only: bool,
    workers: int | None,
    progress: ProgressReporter,
    cancel: CancelToken | None,
    message: Message,
    redactions: RegionMap | None = None,
) -> ChunkResult:
    """De-identify every file, in order, and collect the changes and the UID mapping.

    Parameters
    ----------
    paths
        The case's image files.
    deidentifier, patient
        The export's de-identifier and the patient's pseudonym.
    confirmed
        SOP Instance UIDs of held-back images the user checked and wants included.
    header_only
        Only check what would change (a preview); nothing is encoded.
    workers
        Processes (default: one per core); small cases run in this process.
    progress, cancel
        Progress reporting (``message`` is its text) and cancellation.
    redactions
        Regions of burned-in text to black out, per SOP Instance UID.

    Returns
    -------
    tuple
        The images in input order, the attribute changes, and the UID mapping the workers made.
    """
    regions = dict(redactions or {})
    tasks = [
        ChunkTask(
            tuple(paths[i : i + _CHUNK_FILES]),
            deidentifier,
            patient,
            confirmed,
            header_only,
            regions,
        )
        for i in range(0, len(paths), _CHUNK_FILES)
    ]
    workers = workers or os.cpu_count() or 1
    results: list[DeidentifiedImage] = []
    changes = ChangeLog()
    uid_map: dict[str, str] = {}
    progress(0, len(paths), message)
    outputs: Iterable[tuple[ChunkTask, ChunkResult]]
    if workers == 1 or len(paths) < _PARALLEL_MIN_FILES:
        outputs = ((task, deidentify_chunk(task)) for task in tasks)
    else:
        outputs = map_in_order(deidentify_chunk, tasks, workers=workers, cancel=cancel)
    for _, (done, chunk_changes, chunk_map) in outputs:
        if cancel is not None:
            cancel.raise_if_cancelled()
        results.extend(done)
        changes.merge(chunk_changes)
        uid_map.update(chunk_map)
        progress(len(results), len(paths), message)
    return results, changes, uid_map
