"""The audit trail: who did what, when. Append-only; details never carry PHI."""

from __future__ import annotations

import enum
import hashlib
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
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
    # patient identity review (issue 15)
    PATIENT_MERGED = "patient.merged"
    PATIENT_MERGE_UNDONE = "patient.merge_undone"
    PATIENT_SPLIT = "patient.split"
    PATIENT_SPLIT_UNDONE = "patient.split_undone"
    PATIENTS_KEPT_APART = "patient.kept_apart"
    IDENTITY_FLAG_REOPENED = "patient.flag_reopened"
    DICOM_IMPORTED = "dicom.imported"
    # annotations, key images, segmentations (issue 7)
    ANNOTATION_CREATED = "annotation.created"
    ANNOTATION_CHANGED = "annotation.changed"
    ANNOTATION_DELETED = "annotation.deleted"
    ANNOTATION_RESTORED = "annotation.restored"
    KEY_IMAGE_FLAGGED = "key_image.flagged"
    KEY_IMAGE_CHANGED = "key_image.changed"
    KEY_IMAGE_REMOVED = "key_image.removed"
    KEY_IMAGE_RESTORED = "key_image.restored"
    SEGMENT_CREATED = "segment.created"
    SEGMENT_CHANGED = "segment.changed"
    SEGMENT_MASK_CHANGED = "segment.mask_changed"
    SEGMENT_DELETED = "segment.deleted"
    SEGMENT_RESTORED = "segment.restored"
    SEGMENTATION_IMPORTED = "segmentation.imported"
    SEGMENTATION_EXPORTED = "segmentation.exported"
    # 3-D views (issue 6)
    VIEW3D_SAVED = "view3d.saved"
    VIEW3D_DELETED = "view3d.deleted"
    RENDER_PRESET_SAVED = "render_preset.saved"
    RENDER_PRESET_DELETED = "render_preset.deleted"
    # MDT meetings and decisions (issue 8)
    CASE_VIEWED = "case.viewed"
    MEETING_CREATED = "meeting.created"
    MEETING_UPDATED = "meeting.updated"
    AGENDA_CHANGED = "meeting.agenda_changed"
    ATTENDANCE_CHANGED = "meeting.attendance_changed"
    DECISION_RECORDED = "decision.recorded"
    DECISION_UPDATED = "decision.updated"
    DECISION_SIGNED = "decision.signed"
    # case packages (issue 9)
    PACKAGE_EXPORTED = "package.exported"
    PACKAGE_IMPORTED = "package.imported"
    DECISION_AMENDED = "decision.amended"
    ACTION_ITEM_CHANGED = "decision.action_item_changed"
    REPORT_EXPORTED = "report.exported"
    AUDIT_VERIFIED = "audit.verified"


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
    prev_hash: str = ""
    row_hash: str = ""

    @property
    def dicom_event(self) -> tuple[str, str]:
        """The DICOM audit event (DCM code, meaning) this record corresponds to."""
        return dicom_event_of(self.action)


#: DICOM PS3.15 A.5 audit event IDs (DCM codes) for our actions; the rest are application
#: activity. Keeps the trail readable by audit repositories that speak DICOM.
_DICOM_EVENTS: dict[str, tuple[str, str]] = {
    "case.viewed": ("110110", "Patient Record"),
    "case.created": ("110110", "Patient Record"),
    "case.updated": ("110110", "Patient Record"),
    "case.status_changed": ("110110", "Patient Record"),
    "decision.": ("110110", "Patient Record"),
    "annotation.": ("110110", "Patient Record"),
    "key_image.": ("110110", "Patient Record"),
    "segment.": ("110110", "Patient Record"),
    "report.exported": ("110106", "Export"),
    "package.exported": ("110106", "Export"),
    "segmentation.exported": ("110106", "Export"),
    "package.imported": ("110107", "Import"),
    "segmentation.imported": ("110107", "Import"),
    "dicom.imported": ("110107", "Import"),
    "patient.indexed": ("110107", "Import"),
    "patient.": ("110110", "Patient Record"),
    "user.": ("110114", "User Authentication"),
    "audit.": ("110101", "Audit Log Used"),
}


def dicom_event_of(action: str) -> tuple[str, str]:
    """DICOM audit event (DCM code, meaning) of an action value (exact or by prefix)."""
    if action in _DICOM_EVENTS:
        return _DICOM_EVENTS[action]
    for prefix, event in _DICOM_EVENTS.items():
        if prefix.endswith(".") and action.startswith(prefix):
            return event
    return ("110100", "Application Activity")


#: ``prev_hash`` of the first record of a chain.
GENESIS_HASH = "0" * 64


def chain_hash(
    prev_hash: str,
    event_id: int,
    occurred_at: datetime,
    user_id: int | None,
    action: str,
    entity_type: str,
    entity_id: str,
    details_json: str,
) -> str:
    """SHA-256 linking one audit record to the one before it.

    The record is serialised canonically (JSON array, fixed order, UTC time with microseconds)
    so the same row always gives the same hash on SQLite and PostgreSQL; changing any field, or
    deleting or reordering a record, breaks the chain at that point.
    """
    when = occurred_at.astimezone(UTC) if occurred_at.tzinfo else occurred_at
    canonical = json.dumps(
        [
            event_id,
            when.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
            user_id,
            action,
            entity_type,
            entity_id,
            details_json,
        ],
        ensure_ascii=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(f"{prev_hash}\n{canonical}".encode("ascii")).hexdigest()
