"""Reading and verifying the hash-chained audit trail.

Each record carries the hash of the record before it and its own hash over a canonical form of
its content (``domain.audit.chain_hash``). Editing a record, deleting one or slipping one in
breaks the chain at that record; :func:`verify_audit_chain` names the first record that does
not match.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select

from casereview.domain.audit import GENESIS_HASH, AuditAction, AuditEvent, chain_hash
from casereview.domain.progress import CancelToken
from casereview.messages import Message
from casereview.store import models
from casereview.store.database import Database
from casereview.store.repositories import AuditRepository, UserRepository

log = logging.getLogger(__name__)

_BATCH = 5000


@dataclass(frozen=True, slots=True)
class BrokenRecord:
    """The first audit record whose chain does not hold.

    Attributes
    ----------
    event_id
        Internal id of the record (``audit_events.id``).
    action
        Its action as stored now.
    reason
        What does not match, in words.
    """

    event_id: int
    action: str
    reason: str


@dataclass(frozen=True, slots=True)
class ChainVerification:
    """Result of :func:`verify_audit_chain`."""

    records_checked: int
    broken: BrokenRecord | None

    @property
    def intact(self) -> bool:
        """Whether every record matched."""
        return self.broken is None

    def describe(self) -> str:
        """One sentence for the command line and the GUI."""
        if self.broken is None:
            return f"The audit trail is intact: {self.records_checked} records verified."
        return (
            f"The audit trail was altered: record #{self.broken.event_id} "
            f"({self.broken.action}) {self.broken.reason}. Records before it are intact; keep a "
            "copy of the database and tell your data protection officer."
        )


def verify_audit_chain(
    db: Database,
    *,
    progress: Callable[[int, int, str], None] | None = None,
    cancel: CancelToken | None = None,
) -> ChainVerification:
    """Recompute the hash chain of the whole audit trail, oldest record first.

    Returns
    -------
    ChainVerification
        How many records were checked and the first broken one, if any.

    Raises
    ------
    OperationCancelled
        If ``cancel`` is set.
    """
    previous = GENESIS_HASH
    checked = 0
    last_id = 0
    with db.reading() as session:
        total = session.scalar(select(func.count()).select_from(models.AuditEvent)) or 0
        while True:
            rows = session.scalars(
                select(models.AuditEvent)
                .where(models.AuditEvent.id > last_id)
                .order_by(models.AuditEvent.id)
                .limit(_BATCH)
            ).all()
            if not rows:
                break
            for row in rows:
                if row.prev_hash != previous:
                    reason = (
                        "does not follow the record before it (a record was deleted, inserted "
                        "or reordered here)"
                        if row.prev_hash
                        else "has no hash (it was written around casereview)"
                    )
                    return ChainVerification(checked, BrokenRecord(row.id, row.action, reason))
                expected = chain_hash(
                    previous,
                    row.id,
                    row.occurred_at,
                    row.user_id,
                    row.action,
                    row.entity_type,
                    row.entity_id,
                    row.details_json,
                )
                if row.row_hash != expected:
                    return ChainVerification(
                        checked,
                        BrokenRecord(
                            row.id, row.action, "was changed after it was written (hash mismatch)"
                        ),
                    )
                previous = row.row_hash
                checked += 1
                last_id = row.id
            if cancel is not None:
                cancel.raise_if_cancelled()
            if progress is not None:
                progress(checked, total, Message("Verifying the audit trail"))
    return ChainVerification(checked, None)


def record_verification(db: Database, result: ChainVerification, actor: str | None) -> None:
    """Audit that the trail was verified, and the outcome (DICOM "Audit Log Used")."""
    with db.writing() as session:
        user_id = UserRepository(session).row_id(actor) if actor else None
        AuditRepository(session).append(
            AuditAction.AUDIT_VERIFIED,
            "audit",
            "chain",
            user_id,
            {
                "intact": result.intact,
                "checked": result.records_checked,
                "broken_id": result.broken.event_id if result.broken else None,
            },
        )
    if result.broken is not None:
        log.warning("audit chain broken at record #%d", result.broken.event_id)


def latest_events(db: Database, limit: int = 500) -> list[AuditEvent]:
    """The newest audit records, newest first."""
    with db.reading() as session:
        return AuditRepository(session).latest(limit)


def record_export(db: Database, what: str, entity_type: str, entity_id: int, actor: str) -> None:
    """Audit that a report or another export left the workstation (DICOM "Export").

    Parameters
    ----------
    what
        Kind of export, e.g. ``"case_report"`` or ``"meeting_report"`` (no PHI, no paths).
    """
    with db.writing() as session:
        user_id = UserRepository(session).row_id(actor)
        AuditRepository(session).append(
            AuditAction.REPORT_EXPORTED, entity_type, entity_id, user_id, {"what": what}
        )
