"""Checking that the database is sound and every indexed file is still as it was indexed."""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from pathlib import Path

from casereview.domain.privacy import pseudonymous_tag
from casereview.domain.progress import CancelToken, ProgressReporter, no_progress
from casereview.messages import Message
from casereview.store.database import Database
from casereview.store.repositories import IndexRepository

log = logging.getLogger(__name__)

_CHUNK = 1 << 20


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
    """

    database_problems: list[str] = field(default_factory=list)
    files_checked: int = 0
    missing: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)

    @property
    def healthy(self) -> bool:
        """Whether nothing is wrong."""
        return not (self.database_problems or self.missing or self.changed)


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
    verify_content: bool = True,
    progress: ProgressReporter = no_progress,
    cancel: CancelToken | None = None,
) -> IntegrityReport:
    """Check the database and every indexed file.

    Parameters
    ----------
    db
        Open case database.
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
    report = IntegrityReport(database_problems=db.integrity_problems())
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
    return report
