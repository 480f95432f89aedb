"""Reading the audit trail and recording that it was verified or that something left.

Verification itself lives in :mod:`casereview.services.audit_check` (the keyed chain, the ids
and the signed head); its results are re-exported here for the front ends.
"""

from __future__ import annotations

import logging

from casereview.domain.audit import AuditAction, AuditEvent
from casereview.services.audit_check import (
    BrokenRecord,
    ChainVerification,
    MissingRecords,
    OlderCopy,
    check_audit_at_start,
    verify_audit_chain,
)
from casereview.store.database import Database
from casereview.store.repositories import AuditRepository, UserRepository

__all__ = [
    "BrokenRecord",
    "ChainVerification",
    "MissingRecords",
    "OlderCopy",
    "check_audit_at_start",
    "latest_events",
    "record_export",
    "record_verification",
    "verify_audit_chain",
]

log = logging.getLogger(__name__)


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
                "missing": result.missing.count if result.missing else None,
                "missing_after": result.missing.after_id if result.missing else None,
                "older_copy": result.older_copy is not None,
            },
        )
    if not result.intact:
        log.warning("audit trail verification failed: %s", result.describe())


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
