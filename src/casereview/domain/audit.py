"""The audit trail: who did what, when. Append-only; details never carry PHI."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


class AuditAction(enum.StrEnum):
    """Things worth an audit record."""

    DATABASE_CREATED = "database.created"
    DATABASE_UPGRADED = "database.upgraded"
    USER_CREATED = "user.created"
    CASE_CREATED = "case.created"
    CASE_UPDATED = "case.updated"
    CASE_STATUS_CHANGED = "case.status_changed"
    PATIENT_INDEXED = "patient.indexed"
    DICOM_IMPORTED = "dicom.imported"


@dataclass(frozen=True, slots=True)
class AuditEvent:
    """One audit record. ``details`` holds internal ids and codes, never names or PHI."""

    id: int
    occurred_at: datetime
    action: AuditAction
    entity_type: str
    entity_id: str
    username: str
    details: dict[str, Any] = field(default_factory=dict)
