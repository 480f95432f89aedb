"""Loading indexed series as volumes, with a memory-bounded cache of open volumes."""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from pathlib import Path

from casereview.dicom.volume import load_ct_volume
from casereview.domain.progress import CancelToken, ProgressReporter, no_progress
from casereview.domain.volume import Volume
from casereview.store.database import Database
from casereview.store.index_queries import series_instances

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


def series_files(db: Database, series_id: int) -> list[Path]:
    """Files of an indexed series, by instance number."""
    with db.reading() as session:
        _, records = series_instances(session, series_id)
    return [Path(record.file_path) for record in records]


def load_series_volume(
    db: Database,
    series_id: int,
    *,
    cache: VolumeCache | None = None,
    progress: ProgressReporter = no_progress,
    cancel: CancelToken | None = None,
) -> Volume:
    """Load an indexed series as a volume (from ``cache`` when it is there).

    Raises
    ------
    NotFoundError
        If the series is not indexed.
    DicomReadError
        If its files cannot be stacked into a volume; the message says why.
    OperationCancelled
        If cancelled.
    """
    key = (series_id, 0)
    if cache is not None and (cached := cache.get(key)) is not None:
        return cached
    files = series_files(db, series_id)
    progress(0, len(files), "Loading images")
    if cancel is not None:
        cancel.raise_if_cancelled()
    volume = load_ct_volume(files)
    progress(len(files), len(files), "Loading images")
    if cache is not None:
        cache.put(key, volume)
    return volume
