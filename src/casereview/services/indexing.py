"""Importing DICOM into the index: expand sources, scan headers in parallel, write in batches.

Nothing that arrives can abort an import: unreadable files go to the report with a reason, files
that clash with indexed ones (same SOP Instance UID, other content) are copied to quarantine and
the indexed file stays untouched.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import insert, select

from casereview.dicom.scan import ScannedInstance, ScanProblem, os_error_kind, scan_in_parallel
from casereview.dicom.sources import expand_sources
from casereview.domain.audit import AuditAction
from casereview.domain.identity import Identity
from casereview.domain.index import PixelAttributes
from casereview.domain.privacy import pseudonymous_tag
from casereview.domain.progress import CancelToken, ProgressReporter, no_progress
from casereview.messages import Message
from casereview.store import models
from casereview.store.database import Database
from casereview.store.repositories import AuditRepository, IndexRepository, UserRepository
from casereview.store.repositories_identity import IdentityRepository
from casereview.store.types import utcnow

log = logging.getLogger(__name__)

#: Files written per transaction: large enough to be fast, small enough that a cancel or a
#: crash loses at most one batch of scanning work (never indexed data).
BATCH_SIZE = 500


@dataclass(slots=True)
class ImportReport:
    """What an import did.

    Attributes
    ----------
    files_seen
        Files found under the given paths (inside archives and DICOMDIR media included).
    imported
        New instances added to the index.
    unchanged
        Files skipped because the index has them at the same path with the same size and time.
    duplicates
        Files whose SOP Instance UID is indexed already with identical content.
    duplicate_files
        Their paths.
    conflicts
        Files whose SOP Instance UID is indexed with different content; each was copied to
        quarantine (the reason says where) and the indexed file kept.
    problems
        Files and archive entries that could not be imported, with the reason.
    series_ids
        Internal ids of the series that received new instances.
    """

    files_seen: int = 0
    imported: int = 0
    unchanged: int = 0
    duplicates: int = 0
    duplicate_files: list[str] = field(default_factory=list)
    conflicts: list[ScanProblem] = field(default_factory=list)
    problems: list[ScanProblem] = field(default_factory=list)
    series_ids: set[int] = field(default_factory=set)

    @property
    def not_imported(self) -> int:
        """Files that are not in the index after this import."""
        return len(self.problems) + len(self.conflicts)


@dataclass(slots=True)
class _Keys:
    """Internal ids already resolved during this import (saves a query per file)."""

    #: (identity, Study Instance UID) -> study row: a UID may be shared by two identities.
    studies: dict[tuple[Identity, str], int] = field(default_factory=dict)
    #: (study row, Series Instance UID) -> series row.
    series: dict[tuple[int, str], int] = field(default_factory=dict)


def import_paths(
    db: Database,
    paths: Sequence[Path],
    actor: str,
    *,
    staging_dir: Path,
    quarantine_dir: Path,
    progress: ProgressReporter = no_progress,
    cancel: CancelToken | None = None,
    workers: int | None = None,
) -> ImportReport:
    """Index every DICOM file in ``paths`` (files, folders, zip archives, DICOMDIR media).

    Parameters
    ----------
    db
        Open case database.
    paths
        What the user dropped or chose.
    actor
        User name recorded in the audit trail.
    staging_dir
        Where archives are unpacked (kept: the index points at the unpacked files).
    quarantine_dir
        Where files that clash with indexed ones are copied.
    progress, cancel
        Progress reporting and cancellation; batches already written stay indexed on cancel.
    workers
        Scanner processes (default: one per core).

    Returns
    -------
    ImportReport
        Counts and the files that were not imported, with reasons.

    Raises
    ------
    OperationCancelled
        If cancelled; everything written before stays indexed.
    """
    report = ImportReport()
    progress(0, 0, Message("Looking for files"))
    expanded = expand_sources(
        list(paths), staging_dir=staging_dir, cancel=cancel, skip_dirs=(quarantine_dir,)
    )
    report.problems.extend(expanded.problems)
    files = list(expanded.files)
    report.files_seen = len(files)
    try:
        to_scan = _changed_files(db, files, report)
        total = len(files)
        done = report.unchanged
        progress(done, total, Message("Reading DICOM headers"))
        keys = _Keys()
        session_quarantine = quarantine_dir / datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        batch: list[ScannedInstance] = []
        for result in scan_in_parallel(to_scan, workers=workers, cancel=cancel):
            if isinstance(result, ScanProblem):
                report.problems.append(result)
            else:
                batch.append(result)
            if len(batch) >= BATCH_SIZE:
                _write_batch(db, batch, actor, report, keys, session_quarantine)
                batch = []
            done += 1
            progress(done, total, Message("Reading DICOM headers"))
        if batch:
            _write_batch(db, batch, actor, report, keys, session_quarantine)
    finally:
        # Also after a cancel: unpacked files that did not make it into the index (duplicates,
        # non-DICOM entries, unscanned files) would only pile up; the archive itself remains.
        _prune_unindexed_staged_files(db, files, staging_dir)
        _audit_import(db, actor, report)
    log.info(
        "import: %d files, %d new, %d unchanged, %d duplicates, %d quarantined, %d unreadable",
        report.files_seen,
        report.imported,
        report.unchanged,
        report.duplicates,
        len(report.conflicts),
        len(report.problems),
    )
    return report


def _prune_unindexed_staged_files(db: Database, files: list[Path], staging_dir: Path) -> None:
    staging = staging_dir.resolve()
    staged = [path for path in files if path.is_relative_to(staging)]
    if not staged:
        return
    indexed: set[str] = set()
    with db.reading() as session:
        for start in range(0, len(staged), 500):  # bounded IN lists on any backend
            chunk = [str(p) for p in staged[start : start + 500]]
            indexed.update(
                session.scalars(
                    select(models.Instance.file_path).where(models.Instance.file_path.in_(chunk))
                )
            )
    folders: set[Path] = set()
    for path in staged:
        if str(path) not in indexed:
            path.unlink(missing_ok=True)
            folders.update(p for p in path.parents if p.is_relative_to(staging) and p != staging)
    for folder in sorted(folders, key=lambda p: len(p.parts), reverse=True):
        try:
            folder.rmdir()  # only succeeds when empty
        except OSError:
            pass


def _changed_files(db: Database, files: list[Path], report: ImportReport) -> list[Path]:
    """Files whose path, size and time are not indexed yet; counts the others as unchanged."""
    with db.reading() as session:
        known = {
            path: (size, mtime)
            for path, size, mtime in session.execute(
                select(
                    models.Instance.file_path,
                    models.Instance.file_size,
                    models.Instance.file_mtime_ns,
                )
            )
        }
    changed: list[Path] = []
    for path in files:
        try:
            stat = path.stat()
        except OSError:
            changed.append(path)  # the scanner reports why it cannot be read
            continue
        if known.get(str(path)) == (stat.st_size, stat.st_mtime_ns):
            report.unchanged += 1
        else:
            changed.append(path)
    return changed


def _write_batch(
    db: Database,
    batch: list[ScannedInstance],
    actor: str,
    report: ImportReport,
    keys: _Keys,
    quarantine_dir: Path,
) -> None:
    with db.writing() as session:
        index = IndexRepository(session)
        audit = AuditRepository(session)
        user_id = UserRepository(session).row_id(actor)
        stored = {
            uid: sha
            for uid, sha in session.execute(
                select(models.Instance.sop_instance_uid, models.Instance.sha256).where(
                    models.Instance.sop_instance_uid.in_({s.sop_instance_uid for s in batch})
                )
            )
        }
        new_rows: list[dict[str, object]] = []
        now = utcnow()
        for item in batch:
            known_sha = stored.get(item.sop_instance_uid)
            if known_sha is not None:
                if known_sha == item.sha256:
                    report.duplicates += 1
                    report.duplicate_files.append(item.path)
                else:
                    report.conflicts.append(_quarantine(item, quarantine_dir))
                continue
            series_pk = _series_pk(index, audit, user_id, item, keys)
            new_rows.append(_instance_row(item, series_pk, now))
            stored[item.sop_instance_uid] = item.sha256
            report.series_ids.add(series_pk)
        if new_rows:
            # One multi-row INSERT: ~5x faster than adding ORM objects one by one.
            session.execute(insert(models.Instance), new_rows)
        report.imported += len(new_rows)


def _series_pk(
    index: IndexRepository,
    audit: AuditRepository,
    user_id: int,
    item: ScannedInstance,
    keys: _Keys,
) -> int:
    identity = Identity(
        patient_id=item.patient_id,
        issuer_of_patient_id=item.issuer_of_patient_id,
        patient_name=item.patient_name,
        birth_date=item.birth_date,
    )
    study_key = (identity, item.study_instance_uid)
    study_pk = keys.studies.get(study_key)
    if study_pk is None:
        placement = IdentityRepository(index.session).place(
            identity, item.sex, item.study_instance_uid
        )
        if placement.created:
            audit.append(
                AuditAction.PATIENT_INDEXED,
                "patient",
                placement.patient_pk,
                user_id,
                {"identity_flags": placement.flags} if placement.flags else None,
            )
        if placement.flags:
            # Internal ids only: the identities themselves are PHI.
            log.info(
                "patient #%d indexed with %d identity flag(s) for review",
                placement.patient_pk,
                placement.flags,
            )
        study_pk = index.upsert_study(
            placement.patient_pk,
            item.study_instance_uid,
            study_date=item.study_date,
            study_time=item.study_time,
            accession_number=item.accession_number,
            description=item.study_description,
        )
        keys.studies[study_key] = study_pk
    series_key = (study_pk, item.series_instance_uid)
    series_pk = keys.series.get(series_key)
    if series_pk is not None:
        return series_pk
    series_pk = index.upsert_series(
        study_pk,
        item.series_instance_uid,
        modality=item.modality,
        series_number=item.series_number,
        description=item.series_description,
        frame_of_reference_uid=item.frame_of_reference_uid,
    )
    keys.series[series_key] = series_pk
    return series_pk


def _instance_row(item: ScannedInstance, series_pk: int, now: datetime) -> dict[str, object]:
    return {
        "series_id": series_pk,
        "sop_instance_uid": item.sop_instance_uid,
        "sop_class_uid": item.sop_class_uid,
        "instance_number": item.instance_number,
        "transfer_syntax_uid": item.transfer_syntax_uid,
        "file_path": item.path,
        "file_size": item.file_size,
        "file_mtime_ns": item.file_mtime_ns,
        "sha256": item.sha256,
        "indexed_at": now,
        "rows": item.rows,
        "columns": item.columns,
        "number_of_frames": item.number_of_frames,
        "image_position_patient": item.image_position_patient,
        "image_orientation_patient": item.image_orientation_patient,
        "pixel_spacing": item.pixel_spacing,
        "slice_thickness": item.slice_thickness,
        **_pixel_columns(item.pixel),
    }


def _pixel_columns(pixel: PixelAttributes | None) -> dict[str, object]:
    """Instance columns of the pixel attributes (NULL bits_allocated: not an image)."""
    # Every row gets every key: a bulk insert runs as one statement per key set.
    if pixel is None:
        columns = _pixel_columns(PixelAttributes())
        return {
            **columns,
            "samples_per_pixel": None,
            "bits_allocated": None,
            "bits_stored": None,
            "pixel_representation": None,
        }
    return {
        "image_type": pixel.image_type,
        "samples_per_pixel": pixel.samples_per_pixel,
        "bits_allocated": pixel.bits_allocated,
        "bits_stored": pixel.bits_stored,
        "pixel_representation": pixel.pixel_representation,
        "rescale_slope": pixel.rescale_slope,
        "rescale_intercept": pixel.rescale_intercept,
        "window_center": pixel.window_center,
        "window_width": pixel.window_width,
        "acquisition_number": pixel.acquisition_number,
        "echo_numbers": pixel.echo_numbers,
        "temporal_position": pixel.temporal_position,
        "spacing_between_slices": pixel.spacing_between_slices,
        "pixel_data_offset": pixel.pixel_data_offset,
    }


def _quarantine(item: ScannedInstance, quarantine_dir: Path) -> ScanProblem:
    """Copy a clashing file aside (by content hash) so nobody's data is lost or overwritten."""
    target = quarantine_dir / f"{item.sha256}.dcm"
    try:
        quarantine_dir.mkdir(parents=True, exist_ok=True)
        if not target.exists():
            shutil.copy2(item.path, target)
    except OSError as exc:
        log.warning(
            "could not quarantine %s: %s", pseudonymous_tag(item.sop_instance_uid), exc.strerror
        )
        return ScanProblem(
            item.path,
            Message(
                "same image identifier as an indexed file but different content; the indexed "
                "file was kept and this one could not be copied to quarantine ({error})",
                error=os_error_kind(exc),
            ),
        )
    log.info("quarantined %s", pseudonymous_tag(item.sop_instance_uid))
    return ScanProblem(
        item.path,
        Message(
            "same image identifier as an indexed file but different content; the indexed file "
            "was kept and this one was copied to quarantine: {target}",
            target=str(target),
        ),
    )


def _audit_import(db: Database, actor: str, report: ImportReport) -> None:
    if not (report.imported or report.conflicts):
        return
    with db.writing() as session:
        AuditRepository(session).append(
            AuditAction.DICOM_IMPORTED,
            "import",
            "-",
            UserRepository(session).row_id(actor),
            {
                "files": report.files_seen,
                "imported": report.imported,
                "duplicates": report.duplicates,
                "quarantined": len(report.conflicts),
                "not_imported": len(report.problems),
            },
        )
