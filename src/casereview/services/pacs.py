"""Query, retrieve and send with an archive (PACS), through either protocol.

Retrieving is series by series into a staging folder that stays the images' home once they
are indexed (``<pacs_dir>/<Study Instance UID>/<Series Instance UID>/<SOP Instance UID>.dcm``,
each file written under a temporary name and renamed when complete). A series is imported —
through the same :func:`~casereview.services.indexing.import_paths` as a CD or a folder — only
when every image the archive announced is there (staged or indexed already); otherwise what
arrived stays staged, and the next retrieve of the same series asks the archive for it again
and writes only the images still missing (a series wholly staged or indexed is not asked for
at all). So an interrupted or cancelled retrieve never leaves a half-indexed series, and
retrieving again resumes it.

Sending (C-STORE or STOW-RS) is audited: which node, how many objects of which SOP classes,
how many refused — never patient data.
"""

from __future__ import annotations

import hashlib
import logging
import os
import queue
import re
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import pydicom
from pydicom.errors import InvalidDicomError
from sqlalchemy import func, select

from casereview.dicom.scan import ScanProblem
from casereview.domain.audit import AuditAction
from casereview.domain.privacy import pseudonymous_tag
from casereview.domain.progress import CancelToken, ProgressReporter, no_progress
from casereview.errors import NotFoundError, ValidationError
from casereview.messages import Message
from casereview.net.query import (
    FetchCounts,
    PacsDestination,
    PacsMatch,
    PacsQuery,
    PacsSource,
    QueryLevel,
    ReceivedInstance,
    SendOutcome,
    check_uid,
)
from casereview.services.indexing import import_paths
from casereview.store import models
from casereview.store.database import Database
from casereview.store.repositories import AuditRepository, UserRepository

log = logging.getLogger(__name__)

_UID = re.compile(r"^[0-9]+(\.[0-9]+)*$")
#: Suffix of a file being written; such a file is never counted as staged.
PARTIAL_SUFFIX = ".part"
#: Writing behind: files at most waiting to be flushed to disk and renamed (bounds the open
#: files; a disk slower than the network then holds the transfer back).
WRITE_BEHIND_DEPTH = 32
#: Writing behind: threads that flush and rename (two let the file system commit several
#: flushes at once).
WRITE_BEHIND_THREADS = 2


class SeriesState:
    """What a retrieve did with one series."""

    IMPORTED = "imported"
    ALREADY_LOCAL = "already_local"
    INCOMPLETE = "incomplete"


@dataclass(frozen=True, slots=True)
class SeriesRetrieval:
    """The outcome of one series of a retrieve.

    Attributes
    ----------
    announced
        Images the archive announced for the series (``None`` if it never said).
    available
        Images of the series now on this workstation (indexed or staged).
    imported
        Images added to the index by this retrieve.
    state
        One of :class:`SeriesState`.
    message
        Why a series is incomplete, for the user (``None`` otherwise).
    """

    study_instance_uid: str
    series_instance_uid: str
    series_number: int | None
    modality: str
    announced: int | None
    available: int
    imported: int
    state: str
    message: Message | None = None


@dataclass(slots=True)
class RetrieveReport:
    """What a retrieve did, series by series, and what the import could not take."""

    series: list[SeriesRetrieval] = field(default_factory=list)
    problems: list[ScanProblem] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        """Whether every series asked for is on this workstation and indexed."""
        return all(s.state != SeriesState.INCOMPLETE for s in self.series)

    @property
    def imported(self) -> int:
        """Images added to the index."""
        return sum(s.imported for s in self.series)


def series_folder(pacs_dir: Path, study_instance_uid: str, series_instance_uid: str) -> Path:
    """Where the images of a series retrieved from an archive are kept (the same every time)."""
    study = check_uid(study_instance_uid, Message("The Study Instance UID"))
    series = check_uid(series_instance_uid, Message("The Series Instance UID"))
    return pacs_dir / study / series


def _file_name(sop_instance_uid: str) -> str:
    if _UID.match(sop_instance_uid) and len(sop_instance_uid) <= 64:
        return f"{sop_instance_uid}.dcm"
    # Not a well-formed UID: a name that cannot climb out of the folder, still one per UID.
    return hashlib.sha256(sop_instance_uid.encode("utf-8")).hexdigest() + ".dcm"


def staged_uids(folder: Path) -> set[str]:
    """SOP Instance UIDs of the complete files staged in ``folder`` (removes partial files)."""
    if not folder.is_dir():
        return set()
    uids: set[str] = set()
    for path in folder.iterdir():
        if path.name.endswith(PARTIAL_SUFFIX):
            path.unlink(missing_ok=True)  # a write interrupted by a crash or a cancel
        elif path.suffix == ".dcm":
            uids.add(path.stem)
    return uids


def indexed_uids(db: Database, series_instance_uid: str) -> set[str]:
    """SOP Instance UIDs of the series' images in the index."""
    with db.reading() as session:
        return set(
            session.scalars(
                select(models.Instance.sop_instance_uid)
                .join(models.Series, models.Series.id == models.Instance.series_id)
                .where(models.Series.series_instance_uid == series_instance_uid)
            )
        )


class StagingSink:
    """Writes each received instance of one series into its folder, atomically.

    Each file is written under a temporary name (:data:`PARTIAL_SUFFIX`), flushed to disk and
    renamed, so a crash never leaves a file that looks complete. Thread-safe: a retrieve's and
    the storage listener's network threads call it.

    Flushing to disk (``fsync``) waits for the disk; on a busy or slow one (a network home
    folder) that takes longer than receiving the image, and a network thread that waits keeps
    the archive waiting too. Writing behind, the call returns once the bytes are written;
    threads of the sink flush and rename meanwhile, and :meth:`close` waits for them: a file
    still counts as staged only once it is on disk.

    Parameters
    ----------
    folder
        The series' folder (:func:`series_folder`); it must exist.
    present
        SOP Instance UIDs already staged or indexed: not written again.
    write_behind
        Flush and rename off the caller's thread; the owner must call :meth:`close`.

    Attributes
    ----------
    written
        Files this sink wrote (writing behind: handed over and not failed since).
    failed
        Files written behind whose flush or rename failed (removed, so not staged).
    """

    def __init__(self, folder: Path, present: set[str], *, write_behind: bool = False) -> None:
        self.folder = folder
        self.present = set(present)
        self.written = 0
        self.failed = 0
        self._lock = threading.Lock()
        self._queue: queue.Queue[tuple[BinaryIO, Path, Path] | None] | None = None
        # Calls between taking the queue and handing their file over: close waits for them.
        self._handing_over = 0
        self._handed_over = threading.Condition(self._lock)
        self._threads: list[threading.Thread] = []
        if write_behind:
            self._queue = queue.Queue(maxsize=WRITE_BEHIND_DEPTH)
            self._threads = [
                threading.Thread(
                    target=self._settle_handed_over,
                    args=(self._queue,),
                    name="staging",
                    daemon=True,
                )
                for _ in range(WRITE_BEHIND_THREADS)
            ]
            for thread in self._threads:
                thread.start()

    def __call__(self, instance: ReceivedInstance) -> None:
        name = _file_name(instance.sop_instance_uid)
        with self._lock:
            if Path(name).stem in self.present:
                return  # staged or indexed already: resuming, nothing to write
            pending = self._queue
            if pending is not None:
                self._handing_over += 1
        try:
            target = self.folder / name
            partial = target.with_name(target.name + PARTIAL_SUFFIX)
            handle = open(partial, "wb")  # closed once flushed, maybe elsewhere
            try:
                handle.write(instance.data)
                handle.flush()
            except BaseException:
                handle.close()
                raise
            if pending is None:
                self._settle(handle, partial, target)
            with self._lock:
                self.present.add(Path(name).stem)
                self.written += 1
            if pending is not None:
                pending.put((handle, partial, target))  # waits while the disk is behind
        finally:
            if pending is not None:
                with self._lock:
                    self._handing_over -= 1
                    self._handed_over.notify_all()

    @staticmethod
    def _settle(handle: BinaryIO, partial: Path, target: Path) -> None:
        """Flush a written file to disk, then give it its final name."""
        try:
            os.fsync(handle.fileno())
        finally:
            handle.close()
        os.replace(partial, target)

    def _settle_handed_over(self, pending: queue.Queue[tuple[BinaryIO, Path, Path] | None]) -> None:
        while (item := pending.get()) is not None:
            handle, partial, target = item
            try:
                self._settle(handle, partial, target)
            except Exception as exc:  # the thread must live on, or the queue fills for ever
                # Not staged: the retrieve finds the series incomplete and asks for it again.
                log.warning("could not keep a received instance: %s", type(exc).__name__)
                partial.unlink(missing_ok=True)
                with self._lock:
                    self.present.discard(target.stem)
                    self.written -= 1
                    self.failed += 1

    def close(self) -> None:
        """Wait until every file written behind is on disk under its final name (or failed).

        Later calls write synchronously. Does nothing without ``write_behind``.
        """
        with self._lock:
            pending, self._queue = self._queue, None
            self._handed_over.wait_for(lambda: self._handing_over == 0)
        if pending is None:
            return
        for _ in self._threads:
            pending.put(None)
        for thread in self._threads:
            thread.join()


def _offset_progress(progress: ProgressReporter, offset: int, overall: int) -> ProgressReporter:
    def report(done: int, total: int, message: str = "") -> None:
        del total  # of one series; the whole retrieve's total is what the user sees
        progress(offset + done, overall, message)

    return report


def retrieve(
    db: Database,
    source: PacsSource,
    study_instance_uid: str,
    series_instance_uids: Sequence[str] | None,
    actor: str,
    *,
    pacs_dir: Path,
    staging_dir: Path,
    quarantine_dir: Path,
    progress: ProgressReporter = no_progress,
    cancel: CancelToken | None = None,
) -> RetrieveReport:
    """Retrieve a study, or some of its series, from an archive and import what is complete.

    Parameters
    ----------
    db
        Open case database.
    source
        The archive (:class:`~casereview.net.dimse.DimseClient` or
        :class:`~casereview.net.web.WebClient`).
    study_instance_uid
        The study.
    series_instance_uids
        Only these series of it; every series when ``None``.
    actor
        User name recorded in the audit trail of the import.
    pacs_dir
        Where retrieved images are kept (the index points at them).
    staging_dir, quarantine_dir
        As for :func:`~casereview.services.indexing.import_paths`.
    progress, cancel
        Images received of those announced for the whole retrieve (time left is the front
        end's, from these counts); a cancel stops at the next image.

    Returns
    -------
    RetrieveReport
        Per series: imported, already local, or incomplete with the shortfall.

    Raises
    ------
    OperationCancelled
        If cancelled: series imported before stay imported, the one in progress stays
        staged (not indexed) and is resumed by the next retrieve.
    PacsError
        If the archive cannot be reached or refuses the request.
    NotFoundError
        If the archive has no series of the study.
    ValidationError
        If a series asked for is not part of the study on the archive.
    """
    study = check_uid(study_instance_uid, Message("The Study Instance UID"))
    progress(0, 0, Message("Asking the archive what the study holds"))
    listed = source.find(PacsQuery(level=QueryLevel.SERIES, study_instance_uid=study), cancel)
    by_uid = {m.series_instance_uid: m for m in listed if m.series_instance_uid}
    wanted = list(series_instance_uids) if series_instance_uids is not None else list(by_uid)
    if not by_uid:
        raise NotFoundError(
            Message(
                "{node} has no images of study {uid}. Search again: it may have been moved or "
                "deleted on the archive.",
                node=source.node_name,
                uid=study,
            )
        )
    missing = [uid for uid in wanted if uid not in by_uid]
    if missing:
        raise ValidationError(
            Message(
                "{node} has no series {uid} in this study. Search the study again: the "
                "archive may have changed.",
                node=source.node_name,
                uid=missing[0],
            )
        )
    total = sum(by_uid[uid].number_of_instances or 0 for uid in wanted)
    report = RetrieveReport()
    done = 0
    for uid in wanted:
        match = by_uid[uid]
        outcome = _retrieve_series(
            db,
            source,
            match,
            actor,
            report,
            pacs_dir=pacs_dir,
            staging_dir=staging_dir,
            quarantine_dir=quarantine_dir,
            progress=_offset_progress(progress, done, total),
            cancel=cancel,
        )
        report.series.append(outcome)
        done += match.number_of_instances or outcome.available
        progress(done, total, Message("Retrieving images"))
    log.info(
        "retrieve of %d series from a node: %d imported, %d incomplete",
        len(report.series),
        sum(1 for s in report.series if s.state == SeriesState.IMPORTED),
        sum(1 for s in report.series if s.state == SeriesState.INCOMPLETE),
    )
    return report


def _retrieve_series(
    db: Database,
    source: PacsSource,
    match: PacsMatch,
    actor: str,
    report: RetrieveReport,
    *,
    pacs_dir: Path,
    staging_dir: Path,
    quarantine_dir: Path,
    progress: ProgressReporter,
    cancel: CancelToken | None,
) -> SeriesRetrieval:
    study, series = match.study_instance_uid, match.series_instance_uid
    announced = match.number_of_instances

    def outcome(
        available: int, imported: int, state: str, message: Message | None = None
    ) -> SeriesRetrieval:
        return SeriesRetrieval(
            study,
            series,
            match.series_number,
            match.modality,
            announced,
            available,
            imported,
            state,
            message,
        )

    indexed = indexed_uids(db, series)
    if announced is not None and len(indexed) >= announced:
        return outcome(len(indexed), 0, SeriesState.ALREADY_LOCAL)
    folder = series_folder(pacs_dir, study, series)
    folder.mkdir(parents=True, exist_ok=True)
    present = indexed | staged_uids(folder)
    counts = FetchCounts(announced=None, received=0)
    if announced is None or len(present) < announced:
        sink = StagingSink(folder, present, write_behind=True)
        try:
            counts = source.fetch_series(
                study, series, sink, progress=progress, cancel=cancel, skip=frozenset(present)
            )
        finally:
            sink.close()  # what arrived is on disk before it is counted (also when cancelled)
        present = indexed | staged_uids(folder)
    expected = max((n for n in (announced, counts.announced) if n is not None), default=None)
    if expected is not None:
        announced = expected
    complete = len(present) >= expected if expected is not None else counts.failed == 0
    if not complete or not present:
        log.warning(
            "series %s incomplete: %d of %s images (kept staged for resume)",
            pseudonymous_tag(series),
            len(present),
            expected,
        )
        return outcome(
            len(present),
            0,
            SeriesState.INCOMPLETE,
            Message(
                "{node} announced {expected} images of series {number} but {available} "
                "arrived ({failed} failed). They are kept and the series is not imported; "
                "retrieve it again to fetch the rest.",
                node=source.node_name,
                expected=expected if expected is not None else "?",
                number=match.series_number if match.series_number is not None else "?",
                available=len(present),
                failed=counts.failed,
            ),
        )
    imported = 0
    if len(present) > len(indexed):
        # The series is complete: index it in one go, uncancellable (it takes seconds), so it
        # is never left half-indexed.
        result = import_paths(
            db, [folder], actor, staging_dir=staging_dir, quarantine_dir=quarantine_dir
        )
        report.problems.extend(result.problems)
        report.problems.extend(result.conflicts)
        imported = result.imported
    return outcome(len(present), imported, SeriesState.IMPORTED)


# --- what is local already -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LocalPresence:
    """How much of a query match this workstation holds.

    Attributes
    ----------
    instances
        Indexed images of the match (by Study or Series Instance UID, or Patient ID).
    state
        ``"absent"``, ``"partial"`` (fewer than the archive announced) or ``"complete"``.
    """

    instances: int
    state: str


def local_presence(db: Database, matches: Sequence[PacsMatch]) -> list[LocalPresence]:
    """For each match, what the index holds of it (the "already local" mark of the results).

    Studies and series are recognised by their UIDs, patients by Patient ID.
    """
    counts: dict[tuple[QueryLevel, str], int] = {}
    with db.reading() as session:
        for level, column, values in (
            (
                QueryLevel.STUDY,
                models.Study.study_instance_uid,
                {m.study_instance_uid for m in matches if m.level is QueryLevel.STUDY},
            ),
            (
                QueryLevel.SERIES,
                models.Series.series_instance_uid,
                {m.series_instance_uid for m in matches if m.level is QueryLevel.SERIES},
            ),
            (
                QueryLevel.PATIENT,
                models.Patient.patient_id,
                {m.patient_id for m in matches if m.level is QueryLevel.PATIENT},
            ),
        ):
            values.discard("")
            if not values:
                continue
            rows = session.execute(
                select(column, func.count(models.Instance.id))
                .select_from(models.Instance)
                .join(models.Series, models.Series.id == models.Instance.series_id)
                .join(models.Study, models.Study.id == models.Series.study_id)
                .join(models.Patient, models.Patient.id == models.Study.patient_id)
                .where(column.in_(sorted(values)))
                .group_by(column)
            ).all()
            counts.update({(level, str(key)): int(n) for key, n in rows})
    presence: list[LocalPresence] = []
    for m in matches:
        key = {
            QueryLevel.STUDY: m.study_instance_uid,
            QueryLevel.SERIES: m.series_instance_uid,
            QueryLevel.PATIENT: m.patient_id,
        }[m.level]
        n = counts.get((m.level, key), 0)
        if n == 0:
            state = "absent"
        elif m.number_of_instances is not None and n < m.number_of_instances:
            state = "partial"
        else:
            state = "complete"
        presence.append(LocalPresence(n, state))
    return presence


# --- sending -------------------------------------------------------------------------------


def _sop_classes(paths: Sequence[Path], read_class: Callable[[Path], str]) -> dict[str, int]:
    classes: dict[str, int] = {}
    for path in paths:
        sop_class = read_class(path)
        classes[sop_class] = classes.get(sop_class, 0) + 1
    return classes


def _sop_class_of(path: Path) -> str:
    try:
        return str(pydicom.dcmread(path, specific_tags=["SOPClassUID"]).SOPClassUID)
    except (OSError, InvalidDicomError, AttributeError, ValueError):
        return "unreadable"


def send_files(
    db: Database,
    destination: PacsDestination,
    paths: Sequence[Path],
    actor: str,
    *,
    progress: ProgressReporter = no_progress,
    cancel: CancelToken | None = None,
    details: Mapping[str, object] | None = None,
) -> SendOutcome:
    """Send DICOM objects (SR, SEG, KOS, Encapsulated PDF, images) to an archive, audited.

    Parameters
    ----------
    details
        More for the audit record (e.g. the case id and the kinds of results sent); never
        patient data. Keys of the record's own (protocol, counts) cannot be overridden.

    Returns
    -------
    SendOutcome
        What the archive accepted and what it refused; ``cancelled`` when the user stopped.
        The audit record (DICOM "Export") names the node, the protocol and the counts per
        SOP class, never patient data.

    Raises
    ------
    PacsError
        If the archive cannot be reached, or refuses us, before anything was sent.
    ValidationError
        If no file is given.
    """
    if not paths:
        raise ValidationError(Message("Choose at least one DICOM file to send."))
    outcome = destination.send(paths, progress=progress, cancel=cancel)
    with db.writing() as session:
        AuditRepository(session).append(
            AuditAction.PACS_SENT,
            "pacs_node",
            destination.node_name,
            UserRepository(session).row_id(actor),
            {
                **(details or {}),
                "protocol": destination.protocol,
                "sent": len(outcome.sent),
                "not_sent": len(outcome.failures),
                "cancelled": outcome.cancelled,
                "sop_classes": _sop_classes(paths, _sop_class_of),
            },
        )
    return outcome
