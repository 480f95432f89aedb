"""Importing DICOM files into the index: scan headers, store rows, report what could not be read."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from casereview.dicom.scan import ScannedInstance, ScanProblem, iter_files, scan_file
from casereview.domain.audit import AuditAction
from casereview.domain.index import InstanceRecord
from casereview.domain.privacy import pseudonymous_tag
from casereview.domain.progress import CancelToken, ProgressReporter, no_progress
from casereview.store import models
from casereview.store.database import Database
from casereview.store.repositories import AuditRepository, IndexRepository, UserRepository

log = logging.getLogger(__name__)

#: Files written per transaction: large enough to be fast, small enough that a cancel or a
#: crash loses at most one batch of work (never data).
BATCH_SIZE = 200


@dataclass(slots=True)
class ImportReport:
    """What an import did.

    Attributes
    ----------
    files_seen
        Regular files found under the given paths.
    imported
        New instances added to the index.
    unchanged
        Files skipped because the index already has them with the same size and time.
    duplicates
        Files whose SOP Instance UID is indexed already with identical content.
    conflicts
        Files whose SOP Instance UID is indexed with different content; the stored one is kept.
    problems
        Files that could not be read, with the reason.
    series_ids
        Internal ids of the series that received new instances.
    """

    files_seen: int = 0
    imported: int = 0
    unchanged: int = 0
    duplicates: int = 0
    conflicts: list[ScanProblem] = field(default_factory=list)
    problems: list[ScanProblem] = field(default_factory=list)
    series_ids: set[int] = field(default_factory=set)


def import_paths(
    db: Database,
    paths: Iterable[Path],
    actor: str,
    *,
    progress: ProgressReporter = no_progress,
    cancel: CancelToken | None = None,
) -> ImportReport:
    """Index every DICOM file under ``paths``.

    Parameters
    ----------
    db
        Open case database.
    paths
        Files and folders (searched recursively).
    actor
        User name recorded in the audit trail.
    progress, cancel
        Progress reporting and cancellation; batches already written are kept on cancel.

    Returns
    -------
    ImportReport
        Counts and the files that could not be imported.

    Raises
    ------
    OperationCancelled
        If cancelled; everything written before stays indexed.
    """
    report = ImportReport()
    files = list(iter_files(paths))
    report.files_seen = len(files)
    with db.reading() as session:
        known = {
            path: (size, mtime)
            for path, size, mtime in session.execute(
                select(models.Instance.file_path, models.Instance.file_size,
                       models.Instance.file_mtime_ns)
            )
        }
    batch: list[ScannedInstance] = []
    for number, path in enumerate(files, start=1):
        if cancel is not None:
            cancel.raise_if_cancelled()
        stat_key = _stat_key(path)
        if stat_key is not None and known.get(str(path.resolve())) == stat_key:
            report.unchanged += 1
        else:
            scanned = scan_file(path)
            if isinstance(scanned, ScanProblem):
                report.problems.append(scanned)
            else:
                batch.append(scanned)
        if len(batch) >= BATCH_SIZE:
            _write_batch(db, batch, actor, report)
            batch = []
        progress(number, len(files), "Importing DICOM files")
    if batch:
        _write_batch(db, batch, actor, report)
    log.info(
        "import: %d files, %d new, %d unchanged, %d duplicates, %d conflicts, %d unreadable",
        report.files_seen, report.imported, report.unchanged, report.duplicates,
        len(report.conflicts), len(report.problems),
    )
    return report


def _stat_key(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_size, stat.st_mtime_ns


def _write_batch(
    db: Database, batch: list[ScannedInstance], actor: str, report: ImportReport
) -> None:
    with db.writing() as session:
        index = IndexRepository(session)
        user_id = UserRepository(session).row_id(actor)
        stored = {
            uid: (sha, path)
            for uid, sha, path in session.execute(
                select(models.Instance.sop_instance_uid, models.Instance.sha256,
                       models.Instance.file_path).where(
                    models.Instance.sop_instance_uid.in_([s.sop_instance_uid for s in batch])
                )
            )
        }
        for item in batch:
            existing = stored.get(item.sop_instance_uid)
            if existing is not None:
                sha, stored_path = existing
                if sha == item.sha256:
                    report.duplicates += 1
                else:
                    report.conflicts.append(ScanProblem(
                        item.path,
                        "same image identifier as an indexed file with different content; "
                        "the indexed file was kept",
                    ))
                    log.info("conflicting content for %s", pseudonymous_tag(item.sop_instance_uid))
                continue
            patient_pk, created = index.upsert_patient(
                item.patient_id, issuer_of_patient_id=item.issuer_of_patient_id,
                patient_name=item.patient_name, birth_date=item.birth_date, sex=item.sex,
            )
            if created:
                AuditRepository(session).append(
                    AuditAction.PATIENT_INDEXED, "patient", patient_pk, user_id
                )
            study_pk = index.upsert_study(
                patient_pk, item.study_instance_uid, study_date=item.study_date,
                study_time=item.study_time, accession_number=item.accession_number,
                description=item.study_description,
            )
            series_pk = index.upsert_series(
                study_pk, item.series_instance_uid, modality=item.modality,
                series_number=item.series_number, description=item.series_description,
                frame_of_reference_uid=item.frame_of_reference_uid,
            )
            index.add_instance(series_pk, InstanceRecord(
                sop_instance_uid=item.sop_instance_uid, sop_class_uid=item.sop_class_uid,
                transfer_syntax_uid=item.transfer_syntax_uid, file_path=item.path,
                file_size=item.file_size, file_mtime_ns=item.file_mtime_ns, sha256=item.sha256,
                instance_number=item.instance_number,
            ))
            stored[item.sop_instance_uid] = (item.sha256, item.path)
            report.imported += 1
            report.series_ids.add(series_pk)
