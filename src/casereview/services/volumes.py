"""Examining and loading indexed series as volumes, a memory-bounded cache, NIfTI export."""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

import numpy as np
import SimpleITK as sitk

from casereview.dicom.series_examine import SeriesExamination, examine_records
from casereview.dicom.single_image import SeriesPictures, load_pictures, picture_files
from casereview.dicom.volume import PROGRESS_MESSAGE, load_volume
from casereview.domain.progress import CancelToken, ProgressReporter, no_progress
from casereview.domain.volume import Volume
from casereview.errors import NotFoundError, ValidationError
from casereview.messages import Message
from casereview.services.index import series_ids_for_uids
from casereview.store.database import Database
from casereview.store.index_queries import series_identity, series_instances

log = logging.getLogger(__name__)


class VolumeCache:
    """Least-recently-used volumes, evicted beyond a memory budget.

    Parameters
    ----------
    max_bytes
        Budget for the voxels of all cached volumes (the Settings' image memory).
    """

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self._volumes: OrderedDict[tuple[int, int], Volume] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple[int, int]) -> Volume | None:
        """The cached volume for ``(series id, part)``, marked as recently used."""
        with self._lock:
            volume = self._volumes.get(key)
            if volume is not None:
                self._volumes.move_to_end(key)
            return volume

    def put(self, key: tuple[int, int], volume: Volume) -> None:
        """Cache ``volume``, evicting the least recently used ones beyond the budget."""
        with self._lock:
            self._volumes[key] = volume
            self._volumes.move_to_end(key)
            while len(self._volumes) > 1 and self.used_bytes > self.max_bytes:
                evicted, _ = self._volumes.popitem(last=False)
                log.info("volume cache: evicted series #%d", evicted[0])

    @property
    def used_bytes(self) -> int:
        """Bytes held by cached voxels."""
        return sum(v.nbytes for v in self._volumes.values())


def series_id_for_uid(db: Database, series_instance_uid: str) -> int:
    """Internal id of an indexed series.

    Raises
    ------
    NotFoundError
        If no series with that UID is indexed.
    """
    ids = series_ids_for_uids(db, [series_instance_uid.strip()])
    if not ids:
        raise NotFoundError(
            Message(
                "No series with this Series Instance UID is indexed. Import it first, or list the "
                "indexed series with 'casereview-cli studies'."
            )
        )
    return next(iter(ids.values()))


def examine_indexed_series(db: Database, series_id: int) -> SeriesExamination:
    """Propose the loadable parts of an indexed series (no pixels read).

    Ordinary images are examined from what the index stored at import, without opening their
    files; the others have their headers read (see
    :func:`casereview.dicom.series_examine.examine_records`).

    Parameters
    ----------
    db
        Open case database.
    series_id
        Internal id of the series.

    Returns
    -------
    SeriesExamination
        Volume parts, best first, with geometry, confidence and warnings; picture files.

    Raises
    ------
    NotFoundError
        If the series is not indexed.
    """
    with db.reading() as session:
        series = series_identity(session, series_id)
        _, records = series_instances(session, series_id)
    return examine_records(records, series)


def load_series_volume(
    db: Database,
    series_id: int,
    *,
    part: int = 0,
    cache: VolumeCache | None = None,
    progress: ProgressReporter = no_progress,
    cancel: CancelToken | None = None,
    on_allocated: Callable[[Volume], None] | None = None,
    examination: SeriesExamination | None = None,
) -> Volume:
    """Load one part of an indexed series as a volume (from ``cache`` when it is there).

    Parameters
    ----------
    db
        Open case database.
    series_id
        Internal id of the series.
    part
        Which loadable part (0 = the best; :func:`examine_indexed_series` lists them).
    cache
        Volumes already loaded, keyed by ``(series_id, part)``.
    progress
        Receives ``(done, total, "Loading images")``.
    cancel
        Checked between images.
    on_allocated
        Called with the volume as soon as its (empty) array exists; it fills in place.
        Not called when the volume comes from ``cache``.
    examination
        The series' examination when the caller has made it already (it is made otherwise).

    Returns
    -------
    Volume
        With the examination's warnings (irregular spacing, gantry tilt corrected …).

    Raises
    ------
    NotFoundError
        If the series is not indexed.
    DicomReadError
        If no part of it stacks into a volume, ``part`` does not exist, or its files cannot
        be read; the message says why.
    OperationCancelled
        If cancelled.
    """
    key = (series_id, part)
    if cache is not None and (cached := cache.get(key)) is not None:
        return cached
    progress(0, 0, PROGRESS_MESSAGE)
    if cancel is not None:
        cancel.raise_if_cancelled()
    loadable = (examination or examine_indexed_series(db, series_id)).part(part)
    volume = load_volume(loadable, progress=progress, cancel=cancel, on_allocated=on_allocated)
    log.info(
        "loaded series #%d part %d: %s voxels, %d warning(s)",
        series_id,
        part,
        "x".join(map(str, volume.shape)),
        len(volume.warnings),
    )
    if cache is not None:
        cache.put(key, volume)
    return volume


def load_series_for_viewing(
    db: Database,
    series_id: int,
    *,
    cache: VolumeCache | None = None,
    progress: ProgressReporter = no_progress,
    cancel: CancelToken | None = None,
    on_allocated: Callable[[Volume], None] | None = None,
) -> Volume | SeriesPictures:
    """What the viewer shows of a series: its best volume, or its pictures when it holds none.

    Screenshots, dose screens, secondary captures, ultrasound images and lone slices load as
    :class:`~casereview.dicom.single_image.SeriesPictures` (each file as it is, every frame)
    instead of failing or becoming a flat one-slice volume (see
    :func:`~casereview.dicom.single_image.picture_files`).

    Parameters
    ----------
    db, series_id, cache, progress, cancel, on_allocated
        As :func:`load_series_volume` (``on_allocated`` is called for volumes only).

    Returns
    -------
    Volume or SeriesPictures
        The volume (part 0), or the pictures.

    Raises
    ------
    NotFoundError
        If the series is not indexed.
    DicomReadError
        If neither a volume nor a picture can be read from it; the message says why.
    OperationCancelled
        If cancelled.
    """
    if cache is not None and (cached := cache.get((series_id, 0))) is not None:
        return cached
    progress(0, 0, PROGRESS_MESSAGE)
    examination = examine_indexed_series(db, series_id)
    files = picture_files(examination)
    if files is None:
        return load_series_volume(
            db,
            series_id,
            cache=cache,
            progress=progress,
            cancel=cancel,
            on_allocated=on_allocated,
            examination=examination,
        )
    pictures = load_pictures(files, progress=progress, cancel=cancel)
    log.info(
        "loaded series #%d as %d picture(s), %d frame(s)",
        series_id,
        len(pictures.images),
        pictures.frame_count,
    )
    return pictures


def export_nifti(volume: Volume, path: Path) -> Path:
    """Write ``volume`` as NIfTI (``.nii`` or ``.nii.gz``) with its patient geometry.

    SimpleITK images use DICOM's LPS patient axes like :class:`Volume`; its NIfTI writer turns
    them into the RAS axes NIfTI requires (negating the first two rows of the qform/sform),
    so other tools show the volume in the right place. Values are written as they are held
    (int16 or float32).

    Parameters
    ----------
    volume
        The volume to write.
    path
        Target file, ending in ``.nii`` or ``.nii.gz``; its folder is created.

    Returns
    -------
    Path
        ``path``.

    Raises
    ------
    ValidationError
        If the file name does not end in ``.nii`` or ``.nii.gz``.
    """
    name = path.name.lower()
    if not (name.endswith(".nii") or name.endswith(".nii.gz")):
        raise ValidationError(Message("A NIfTI file name must end in .nii or .nii.gz."))
    image = sitk.GetImageFromArray(volume.voxels)  # (slice, row, column) -> x, y, z
    image.SetSpacing(tuple(float(v) for v in volume.spacing[::-1]))
    image.SetOrigin(tuple(float(v) for v in volume.origin))
    # ITK's direction is row-major with the index axes as columns, the same as Volume's.
    image.SetDirection(tuple(float(v) for v in np.asarray(volume.direction).ravel()))
    path.parent.mkdir(parents=True, exist_ok=True)
    sitk.WriteImage(image, str(path), useCompression=name.endswith(".gz"))
    return path
