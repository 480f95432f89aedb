"""The audit trail: who did what, when. Append-only; details never carry PHI."""

from __future__ import annotations

import enum
import hashlib
import hmac
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any


class AuditAction(enum.StrEnum):
    """Things worth an audit record."""

    DATABASE_CREATED = "database.created"
    DATABASE_UPGRADED = "database.upgraded"
    USER_CREATED = "user.created"
    # confirming who signs (issue 20): never the PIN itself, only that it was set or refused
    USER_SECRET_SET = "user.secret_set"
    USER_SECRET_RESET = "user.secret_reset"
    USER_CONFIRMATION_FAILED = "user.confirmation_failed"
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
    # a partner's layer merged from a package (issue 14): each item audited as received
    ANNOTATION_RECEIVED = "annotation.received"
    KEY_IMAGE_RECEIVED = "key_image.received"
    SEGMENT_RECEIVED = "segment.received"
    OPINION_RECEIVED = "opinion.received"
    DECISION_AMENDED = "decision.amended"
    # resectability assessments (issue 16): each stored measurement and each correction
    RESECTABILITY_ASSESSED = "resectability.assessed"
    RESECTABILITY_CHANGED = "resectability.changed"
    #: A partner's assessment merged from a package as its layer.
    RESECTABILITY_RECEIVED = "resectability.received"
    # liver plans (issue 17): each saved plan version and each set of Couinaud segments built
    LIVER_PLAN_SAVED = "liver_plan.saved"
    COUINAUD_SEGMENTS_BUILT = "liver_plan.couinaud_built"
    #: A partner's liver plan merged from a package (its origin is the partner).
    LIVER_PLAN_RECEIVED = "liver_plan.received"
    ACTION_ITEM_CHANGED = "decision.action_item_changed"
    REPORT_EXPORTED = "report.exported"
    # PACS (issue 19): results sent back to an archive (which node, how many; never PHI)
    PACS_SENT = "pacs.sent"
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
    "pacs.sent": ("110106", "Export"),
    "segmentation.exported": ("110106", "Export"),
    "package.imported": ("110107", "Import"),
    "annotation.received": ("110107", "Import"),
    "key_image.received": ("110107", "Import"),
    "segment.received": ("110107", "Import"),
    "opinion.received": ("110107", "Import"),
    "liver_plan.received": ("110107", "Import"),
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

#: ``audit_events.chain`` of records hashed with plain SHA-256 (written before revision 0011, or
#: by a program that was given no audit key).
CHAIN_SHA256 = "sha256"
#: ``audit_events.chain`` of records hashed with HMAC-SHA256 under the installation's audit key.
CHAIN_HMAC = "hmac"

#: Length in bytes of the audit chain key.
CHAIN_KEY_BYTES = 32


def _chain_message(
    prev_hash: str,
    event_id: int,
    occurred_at: datetime,
    user_id: int | None,
    action: str,
    entity_type: str,
    entity_id: str,
    details_json: str,
) -> bytes:
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
    return f"{prev_hash}\n{canonical}".encode("ascii")


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
    """SHA-256 linking one audit record to the one before it (the chain before revision 0011).

    The record is serialised canonically (JSON array, fixed order, UTC time with microseconds)
    so the same row always gives the same hash on SQLite and PostgreSQL; changing any field, or
    deleting or reordering a record, breaks the chain at that point. Anyone can recompute it,
    which is why records from revision 0011 on use :func:`keyed_chain_hash`.
    """
    message = _chain_message(
        prev_hash, event_id, occurred_at, user_id, action, entity_type, entity_id, details_json
    )
    return hashlib.sha256(message).hexdigest()


def keyed_chain_hash(
    key: bytes,
    prev_hash: str,
    event_id: int,
    occurred_at: datetime,
    user_id: int | None,
    action: str,
    entity_type: str,
    entity_id: str,
    details_json: str,
) -> str:
    """HMAC-SHA256 under the installation's audit key over the same canonical record.

    Someone who edits the database but does not hold the key (kept in the keys folder, not in
    the database) cannot recompute the hashes after an edit.
    """
    message = _chain_message(
        prev_hash, event_id, occurred_at, user_id, action, entity_type, entity_id, details_json
    )
    return hmac.new(key, message, hashlib.sha256).hexdigest()


@dataclass(frozen=True, slots=True)
class AuditHead:
    """The end of the audit trail: how many records, the newest one's id and its hash."""

    record_count: int
    last_id: int
    last_hash: str

    def signed_bytes(self) -> bytes:
        """The exact bytes the institution key signs (versioned, canonical)."""
        return json.dumps(
            ["casereview.audit-head", 1, self.record_count, self.last_id, self.last_hash],
            separators=(",", ":"),
        ).encode("ascii")


@dataclass(frozen=True, slots=True)
class SignedAuditHead:
    """An :class:`AuditHead` with the Ed25519 signature of the installation that wrote it."""

    head: AuditHead
    public_key: bytes
    signature: bytes

    def to_json(self) -> str:
        """The head file's content."""
        return json.dumps(
            {
                "format": "casereview.audit-head/1",
                "record_count": self.head.record_count,
                "last_id": self.head.last_id,
                "last_hash": self.head.last_hash,
                "public_key": self.public_key.hex(),
                "signature": self.signature.hex(),
            },
            indent=2,
        )

    @classmethod
    def from_json(cls, text: str) -> SignedAuditHead:
        """Read a head file's content.

        Raises
        ------
        ValueError
            If the text is not a head written by casereview.
        """
        try:
            data = json.loads(text)
            if data.get("format") != "casereview.audit-head/1":
                raise ValueError("not an audit head")
            head = AuditHead(int(data["record_count"]), int(data["last_id"]), data["last_hash"])
            if not isinstance(head.last_hash, str):
                raise ValueError("not an audit head")
            return cls(head, bytes.fromhex(data["public_key"]), bytes.fromhex(data["signature"]))
        except (AttributeError, KeyError, TypeError, json.JSONDecodeError) as exc:
            raise ValueError("not an audit head") from exc


@dataclass(frozen=True, slots=True)
class AuditSeal:
    """What protects the audit trail of one installation; none of it is stored in the database.

    Attributes
    ----------
    chain_key
        Secret key of the HMAC chain (the keys folder's ``audit-chain.key``).
    public_key
        Raw Ed25519 public key of the institution, whose private half signs the head.
    sign
        Signs bytes with the institution's private key.
    verify
        ``verify(public_key, signature, data)``: whether the signature holds.
    head_file
        The signed head kept beside the database, or ``None`` for none.
    head_file_required
        Whether a missing head file means it was deleted (the database's own data directory,
        SQLite) or only that this workstation has not written one yet (a server database).
    """

    chain_key: bytes = field(repr=False)
    public_key: bytes
    sign: Callable[[bytes], bytes] = field(repr=False)
    verify: Callable[[bytes, bytes, bytes], bool] = field(repr=False)
    head_file: Path | None
    head_file_required: bool

    def seal(self, head: AuditHead) -> SignedAuditHead:
        """Sign ``head`` with the institution key."""
        return SignedAuditHead(head, self.public_key, self.sign(head.signed_bytes()))

    def is_genuine(self, signed: SignedAuditHead) -> bool:
        """Whether ``signed`` was signed with this installation's key."""
        return signed.public_key == self.public_key and self.verify(
            self.public_key, signed.signature, signed.head.signed_bytes()
        )
