"""Images an archive or a modality sends us unasked: staged as they arrive, imported once quiet.

The storage listener (:class:`casereview.net.storage_scp.StorageListener`) hands every
instance nobody is retrieving to an :class:`IncomingImporter`. It writes each one, atomically,
where a retrieve would have put it (:func:`casereview.services.pacs.series_folder`), and
imports a series through the same :func:`~casereview.services.indexing.import_paths` as
everything else once no image of it arrived for ``quiet_seconds``: a sender gives no count of
what it will push, so a pause is the only sign that a series is complete. Only complete files
are imported (never one still being written), and a series imports in one go, so nothing is
half-indexed; images of the series that arrive later are imported by the next quiet period.
The import is audited like any other import (counts only, no patient data).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select

from casereview.domain.index import SeriesSummary
from casereview.domain.privacy import pseudonymous_tag
from casereview.errors import ValidationError
from casereview.messages import Message
from casereview.net.query import ReceivedInstance
from casereview.services.indexing import import_paths
from casereview.services.pacs import StagingSink, indexed_uids, series_folder
from casereview.store import models
from casereview.store.database import Database

log = logging.getLogger(__name__)

#: Called with the internal ids of the series that received new images (from the importer's
#: thread: a GUI hands it over to its own thread).
ImportedCallback = Callable[[list[int]], None]


@dataclass(slots=True)
class _Pending:
    """One series receiving images: its sink and when the last image came."""

    folder: Path
    sink: StagingSink
    last_arrival: float
    dirty: bool = True
    images: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


class IncomingImporter:
    """The storage listener's ``on_unsolicited``: stages pushed images, imports quiet series.

    Parameters
    ----------
    db
        Open case database.
    actor
        User name recorded in the audit trail of the imports.
    pacs_dir
        Where images from archives are kept (the index points at them).
    staging_dir, quarantine_dir
        As for :func:`~casereview.services.indexing.import_paths`.
    quiet_seconds
        A series is imported once no image of it arrived for this long.
    on_imported
        Receives the internal ids of the series an import added images to (called from the
        importer's thread, or from the thread calling :meth:`flush`).

    Raises
    ------
    ValidationError
        If ``quiet_seconds`` is not positive.
    """

    def __init__(
        self,
        db: Database,
        actor: str,
        *,
        pacs_dir: Path,
        staging_dir: Path,
        quarantine_dir: Path,
        quiet_seconds: float = 5.0,
        on_imported: ImportedCallback | None = None,
    ) -> None:
        if not quiet_seconds > 0:
            raise ValidationError(
                Message("The pause before importing pushed images must be above 0 seconds.")
            )
        self._db = db
        self._actor = actor
        self._pacs_dir = pacs_dir
        self._staging_dir = staging_dir
        self._quarantine_dir = quarantine_dir
        self._quiet = float(quiet_seconds)
        self._on_imported = on_imported
        self._series: dict[tuple[str, str], _Pending] = {}
        self._closed = False
        self._wake = threading.Condition()
        # One import at a time (the timer's or a flush's): two imports of one folder at once
        # would race for the same rows.
        self._importing = threading.Lock()
        self._thread = threading.Thread(
            target=self._run, name="casereview-incoming-import", daemon=True
        )
        self._thread.start()

    # --- receiving ------------------------------------------------------------------------

    def __call__(self, instance: ReceivedInstance) -> None:
        """Stage one pushed instance (thread-safe; called from the listener's threads).

        Raises
        ------
        ValidationError
            If the instance's Study or Series Instance UID is not a UID (nowhere to file it).
        RuntimeError
            If the importer is closed.
        OSError
            If the file cannot be written (the listener tells the sender, who keeps it).
        """
        key = (instance.study_instance_uid, instance.series_instance_uid)
        pending = self._pending_for(key)
        with pending.lock:  # the series' import lists complete files while we write another
            pending.sink(instance)
        with self._wake:
            # The series may have been imported and forgotten since we took it: put it back
            # (or mark the one made since), so this image is not left out of the index.
            current = self._series.setdefault(key, pending)
            current.images += 1
            current.dirty = True
            current.last_arrival = time.monotonic()
            self._wake.notify_all()

    def _pending_for(self, key: tuple[str, str]) -> _Pending:
        with self._wake:
            if self._closed:
                raise RuntimeError("the importer of pushed images is closed")
            pending = self._series.get(key)
            if pending is not None:
                return pending
        folder = series_folder(self._pacs_dir, *key)
        folder.mkdir(parents=True, exist_ok=True)
        # Complete files only, and nothing removed: another association of the series may
        # be writing one under its partial name right now.
        present = indexed_uids(self._db, key[1]) | {path.stem for path in folder.glob("*.dcm")}
        with self._wake:
            # Another thread may have made it meanwhile (two associations of one series).
            pending = self._series.setdefault(
                key, _Pending(folder, StagingSink(folder, present), time.monotonic())
            )
        return pending

    @property
    def pending_series(self) -> int:
        """Series with images not imported yet."""
        with self._wake:
            return sum(1 for p in self._series.values() if p.dirty)

    # --- importing ------------------------------------------------------------------------

    def _due(self, now: float, force: bool) -> list[tuple[str, str]]:
        return [
            key
            for key, p in self._series.items()
            if p.dirty and (force or now - p.last_arrival >= self._quiet)
        ]

    def _run(self) -> None:
        while True:
            with self._wake:
                while not self._closed:
                    now = time.monotonic()
                    if self._due(now, force=False):
                        break
                    waits = [
                        self._quiet - (now - p.last_arrival)
                        for p in self._series.values()
                        if p.dirty
                    ]
                    self._wake.wait(timeout=min(waits) if waits else None)
                if self._closed:
                    return  # close() flushes what is left
            self._import_due(force=False)

    def flush(self) -> list[int]:
        """Import every series with images pending now, quiet or not.

        Returns
        -------
        list of int
            Internal ids of the series that received new images.
        """
        return self._import_due(force=True)

    def close(self) -> None:
        """Stop the timer and import what is pending. Stop the listener first."""
        with self._wake:
            if self._closed:
                return
            self._closed = True
            self._wake.notify_all()
        self._thread.join()
        self._import_due(force=True)

    def _import_due(self, *, force: bool) -> list[int]:
        imported: set[int] = set()
        with self._importing:
            with self._wake:
                due = self._due(time.monotonic(), force)
            for key in due:
                imported |= self._import_series(key)
        if imported and self._on_imported is not None:
            try:
                self._on_imported(sorted(imported))
            except Exception:  # the front end's problem must not stop the next imports
                log.exception("the callback of imported pushed series failed")
        return sorted(imported)

    def _import_series(self, key: tuple[str, str]) -> set[int]:
        with self._wake:
            pending = self._series[key]
            pending.dirty = False  # an image arriving during the import sets it again
            images = pending.images
        with pending.lock:
            # Complete files only: one arriving now is still under its partial name.
            files = sorted(pending.folder.glob("*.dcm"))
        try:
            report = import_paths(
                self._db,
                files,
                self._actor,
                staging_dir=self._staging_dir,
                quarantine_dir=self._quarantine_dir,
            )
        except Exception as exc:  # a busy database, a full disk: try again after a pause
            log.warning(
                "import of pushed series %s failed (%s); retrying after a pause",
                pseudonymous_tag(key[1]),
                type(exc).__name__,
            )
            with self._wake:
                pending.dirty = True
                pending.last_arrival = time.monotonic()
            return set()
        log.info(
            "pushed series %s imported: %d received, %d new in the index, %d not imported",
            pseudonymous_tag(key[1]),
            images,
            report.imported,
            report.not_imported,
        )
        with self._wake:
            if not pending.dirty:
                del self._series[key]  # done; a later push starts afresh
        return set(report.series_ids)


def series_summaries(db: Database, series_ids: Collection[int]) -> list[SeriesSummary]:
    """The indexed series ``series_ids`` (what :class:`IncomingImporter` reports), by id.

    Series that are not indexed are left out.
    """
    if not series_ids:
        return []
    with db.reading() as session:
        rows = session.execute(
            select(models.Series, func.count(models.Instance.id))
            .outerjoin(models.Instance, models.Instance.series_id == models.Series.id)
            .where(models.Series.id.in_(sorted(set(series_ids))))
            .group_by(models.Series.id)
            .order_by(models.Series.id)
        ).all()
        return [
            SeriesSummary(
                id=series.id,
                series_instance_uid=series.series_instance_uid,
                modality=series.modality,
                series_number=series.series_number,
                description=series.description,
                instance_count=int(count),
            )
            for series, count in rows
        ]
