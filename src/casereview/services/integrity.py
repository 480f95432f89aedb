"""Checking that the database is sound and every indexed file is still as it was indexed.

Also finds and removes what interrupted imports left in the imports folder: files unpacked from
archives that no committed import owns (see :mod:`casereview.dicom.staging_folders`).
"""

from __future__ import annotations

import hashlib
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from casereview.dicom.staging_folders import MARKERS, abandoned_roots, settle_root
from casereview.domain.privacy import pseudonymous_tag
from casereview.domain.progress import CancelToken, ProgressReporter, no_progress
from casereview.messages import Message
from casereview.services.audit_check import missing_audit_triggers
from casereview.store import models
from casereview.store.database import Database
from casereview.store.repositories import IndexRepository
from casereview.store.repositories_packages import ExchangeRepository

log = logging.getLogger(__name__)

_CHUNK = 1 << 20


@dataclass(slots=True)
class StagingLeftovers:
    """Files unpacked by imports that were interrupted, which no committed import owns.

    Attributes
    ----------
    files
        How many.
    size
        Their bytes together.
    folders
        The staging folders holding them.
    """

    files: int = 0
    size: int = 0
    folders: list[str] = field(default_factory=list)


@dataclass(slots=True)
class IntegrityReport:
    """Outcome of :func:`check_store`.

    Attributes
    ----------
    database_problems
        Messages of the database's own consistency check (empty when healthy).
    files_checked
        Number of indexed files examined.
    missing
        Paths of indexed files that no longer exist.
    changed
        Paths of files whose content differs from what was indexed.
    leftovers
        Files interrupted imports left in the imports folder (none when it was not checked).
    """

    database_problems: list[str] = field(default_factory=list)
    files_checked: int = 0
    missing: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    leftovers: StagingLeftovers = field(default_factory=StagingLeftovers)

    @property
    def healthy(self) -> bool:
        """Whether nothing is wrong."""
        return not (self.database_problems or self.missing or self.changed or self.leftovers.files)


def file_sha256(path: Path) -> str:
    """SHA-256 of a file's bytes, read in 1 MiB chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def check_store(
    db: Database,
    *,
    imports_dir: Path | None = None,
    verify_content: bool = True,
    progress: ProgressReporter = no_progress,
    cancel: CancelToken | None = None,
) -> IntegrityReport:
    """Check the database and every indexed file.

    Parameters
    ----------
    db
        Open case database.
    imports_dir
        The data directory's imports folder, searched for files interrupted imports left.
    verify_content
        Also recompute SHA-256 of files whose size and time still match.
    progress
        Called after each file.
    cancel
        Checked between files.

    Returns
    -------
    IntegrityReport
        What was found; nothing is changed.

    Raises
    ------
    OperationCancelled
        If ``cancel`` was triggered.
    """
    report = IntegrityReport(
        database_problems=[*db.integrity_problems(), *missing_audit_triggers(db)]
    )
    with db.reading() as session:
        records = IndexRepository(session).instances()
    total = len(records)
    progress(0, total, Message("Checking indexed files"))
    for number, record in enumerate(records, start=1):
        if cancel is not None:
            cancel.raise_if_cancelled()
        path = Path(record.file_path)
        try:
            stat = path.stat()
        except OSError:
            report.missing.append(record.file_path)
        else:
            same_stat = (
                stat.st_size == record.file_size and stat.st_mtime_ns == record.file_mtime_ns
            )
            if not same_stat or (verify_content and file_sha256(path) != record.sha256):
                report.changed.append(record.file_path)
                log.warning("indexed file changed: %s", pseudonymous_tag(record.sop_instance_uid))
        report.files_checked = number
        progress(number, total, Message("Checking indexed files"))
    if imports_dir is not None:
        report.leftovers = find_staging_leftovers(db, imports_dir)
    return report


def find_staging_leftovers(db: Database, imports_dir: Path) -> StagingLeftovers:
    """Count what interrupted imports left in ``imports_dir``; nothing is changed.

    Parameters
    ----------
    db
        Open case database (its index rows and recorded packages own files).
    imports_dir
        The data directory's imports folder.

    Returns
    -------
    StagingLeftovers
        Files in staging folders whose import was interrupted that no index row points to and
        no recorded package holds. Folders of running imports are left out.
    """
    found = StagingLeftovers()
    for root, unowned in _unowned_files(db, imports_dir):
        if unowned:
            found.folders.append(str(root))
        found.files += len(unowned)
        found.size += sum(_size(path) for path in unowned)
    return found


def remove_staging_leftovers(db: Database, imports_dir: Path) -> StagingLeftovers:
    """Delete what interrupted imports left in ``imports_dir``.

    Only files that no index row points to and no recorded package holds are deleted (the
    images an interrupted import had already indexed are the image store and stay); folders
    left empty go too. Each staging folder checked is marked settled and never checked again.
    Folders of imports still running (here or in another casereview process) are not touched.

    Parameters
    ----------
    db
        Open case database.
    imports_dir
        The data directory's imports folder.

    Returns
    -------
    StagingLeftovers
        What was deleted.
    """
    removed = StagingLeftovers()
    for root, unowned in _unowned_files(db, imports_dir):
        for path in unowned:
            size = _size(path)
            try:
                path.unlink()
            except FileNotFoundError:
                continue
            except OSError as exc:
                log.warning("could not remove a staged file: %s", exc.strerror)
                continue
            removed.files += 1
            removed.size += size
        if unowned:
            removed.folders.append(str(root))
        _remove_empty_folders(root)
        if _holds_only_markers(root):
            for marker in MARKERS:
                (root / marker).unlink(missing_ok=True)
            _rmdir_quietly(root)
        else:
            settle_root(root)
    if removed.files:
        log.info(
            "removed %d files (%d bytes) left by interrupted imports", removed.files, removed.size
        )
    return removed


def _unowned_files(db: Database, imports_dir: Path) -> list[tuple[Path, list[Path]]]:
    """Each abandoned staging root with the files in it that nothing committed owns."""
    roots = abandoned_roots(imports_dir)
    if not roots:
        return []
    with db.reading() as session:
        package_folders = {
            Path(folder) for folder in ExchangeRepository(session).imported_package_folders()
        }
    result: list[tuple[Path, list[Path]]] = []
    for root in roots:
        if root in package_folders:  # a recorded package owns everything in its folder
            result.append((root, []))
            continue
        files = _staged_files(root)
        indexed: set[str] = set()
        with db.reading() as session:
            for start in range(0, len(files), 500):  # bounded IN lists on any backend
                chunk = [str(path) for path in files[start : start + 500]]
                indexed.update(
                    session.scalars(
                        select(models.Instance.file_path).where(
                            models.Instance.file_path.in_(chunk)
                        )
                    )
                )
        result.append((root, [path for path in files if str(path) not in indexed]))
    return result


def _staged_files(root: Path) -> list[Path]:
    """Files below ``root`` (links included, never followed), its markers aside."""
    files: list[Path] = []
    for here, _folders, names in os.walk(root):
        for name in names:
            if here == str(root) and name in MARKERS:
                continue
            files.append(Path(here, name))
    return files


def _size(path: Path) -> int:
    try:
        return path.lstat().st_size
    except OSError:
        return 0


def _remove_empty_folders(root: Path) -> None:
    for here, _folders, _names in os.walk(root, topdown=False):
        if here != str(root):
            _rmdir_quietly(Path(here))


def _holds_only_markers(root: Path) -> bool:
    try:
        return all(entry.name in MARKERS for entry in os.scandir(root))
    except OSError:
        return False


def _rmdir_quietly(folder: Path) -> None:
    try:
        folder.rmdir()  # only succeeds when empty
    except OSError:
        pass
