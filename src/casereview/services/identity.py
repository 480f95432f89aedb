"""Reviewing patient identity: flagged rows, merging, keeping apart, splitting, undoing.

Every decision is audited in the same transaction (internal ids only) and can be undone: a
merge or split by :func:`undo_change`, a "keep apart" by :func:`reopen_flag`.
"""

from __future__ import annotations

import logging

from casereview.domain.audit import AuditAction
from casereview.domain.identity import FlagStatus, Identity
from casereview.errors import NotFoundError, ValidationError
from casereview.messages import Message
from casereview.store.database import Database
from casereview.store.repositories import AuditRepository, UserRepository
from casereview.store.repositories_identity import (
    MERGE,
    ChangeRow,
    FlagRow,
    IdentityRepository,
)

log = logging.getLogger(__name__)

__all__ = [
    "ChangeRow",
    "FlagRow",
    "identities",
    "keep_apart",
    "list_changes",
    "list_flags",
    "merge_patients",
    "reopen_flag",
    "split_patient",
    "study_ids_for_uids",
    "undo_change",
]


def list_flags(db: Database, *, open_only: bool = True) -> list[FlagRow]:
    """Identity flags, oldest first; by default only those waiting for a decision."""
    with db.reading() as session:
        return IdentityRepository(session).flags(open_only=open_only)


def list_changes(db: Database) -> list[ChangeRow]:
    """Every merge and split, newest first."""
    with db.reading() as session:
        return IdentityRepository(session).changes()


def identities(db: Database, patient_pks: list[int]) -> dict[int, Identity]:
    """The identities of the given patient rows, to show beside a flag (PHI: never log it).

    Raises
    ------
    NotFoundError
        If a patient is not in the index.
    """
    with db.reading() as session:
        repository = IdentityRepository(session)
        return {pk: repository.identity_of(pk) for pk in patient_pks}


def study_ids_for_uids(db: Database, patient_pk: int, study_instance_uids: list[str]) -> list[int]:
    """Internal ids of the patient's studies with these UIDs.

    Raises
    ------
    NotFoundError
        If a UID is not a study of that patient.
    """
    with db.reading() as session:
        found = IdentityRepository(session).study_ids_for_uids(patient_pk, study_instance_uids)
    if len(found) < len(set(study_instance_uids)):
        raise NotFoundError(
            Message(
                "{missing_count} of the given Study Instance UIDs are not studies of patient "
                "#{patient}; casereview-cli studies lists them.",
                missing_count=len(set(study_instance_uids)) - len(found),
                patient=patient_pk,
            )
        )
    return found


def merge_patients(db: Database, source_pk: int, target_pk: int, actor: str) -> ChangeRow:
    """Move every study and case of patient ``source_pk`` to patient ``target_pk``.

    Raises
    ------
    NotFoundError
        If a patient or the actor is unknown.
    ValidationError
        If the two are one row, or one was merged away already.
    """
    with db.writing() as session:
        user_id = UserRepository(session).row_id(actor)
        change = IdentityRepository(session).merge(source_pk, target_pk, user_id)
        AuditRepository(session).append(
            AuditAction.PATIENT_MERGED,
            "patient",
            target_pk,
            user_id,
            {
                "change": change.id,
                "merged_patient": source_pk,
                "studies": len(change.study_ids),
                "cases": len(change.case_ids),
            },
        )
    log.info("patient #%d merged into #%d (change #%d)", source_pk, target_pk, change.id)
    return change


def split_patient(db: Database, patient_pk: int, study_ids: list[int], actor: str) -> ChangeRow:
    """Move the given studies of ``patient_pk`` (and cases holding only them) to a new row.

    Raises
    ------
    NotFoundError
        If the patient or the actor is unknown.
    ValidationError
        If a study is not the patient's, no study would stay, or a case holds studies on both
        sides.
    """
    with db.writing() as session:
        user_id = UserRepository(session).row_id(actor)
        change = IdentityRepository(session).split(patient_pk, tuple(study_ids), user_id)
        AuditRepository(session).append(
            AuditAction.PATIENT_SPLIT,
            "patient",
            patient_pk,
            user_id,
            {
                "change": change.id,
                "new_patient": change.target_patient_pk,
                "studies": len(change.study_ids),
                "cases": len(change.case_ids),
            },
        )
    log.info(
        "patient #%d split: %d studies to #%d (change #%d)",
        patient_pk,
        len(change.study_ids),
        change.target_patient_pk,
        change.id,
    )
    return change


def undo_change(db: Database, change_id: int, actor: str) -> ChangeRow:
    """Revert merge or split ``change_id``.

    Raises
    ------
    NotFoundError
        If there is no such change or the actor is unknown.
    ValidationError
        If it was undone already or a later change moved its studies on.
    """
    with db.writing() as session:
        user_id = UserRepository(session).row_id(actor)
        change = IdentityRepository(session).undo(change_id)
        action = (
            AuditAction.PATIENT_MERGE_UNDONE
            if change.kind == MERGE
            else AuditAction.PATIENT_SPLIT_UNDONE
        )
        AuditRepository(session).append(
            action,
            "patient",
            change.source_patient_pk,
            user_id,
            {"change": change.id, "other_patient": change.target_patient_pk},
        )
    log.info("identity change #%d undone", change.id)
    return change


def keep_apart(db: Database, flag_id: int, actor: str) -> FlagRow:
    """Record that the two rows of flag ``flag_id`` are different people.

    Raises
    ------
    NotFoundError
        If there is no such flag or the actor is unknown.
    ValidationError
        If the flag was decided already.
    """
    return _decide(db, flag_id, FlagStatus.KEPT_APART, actor)


def reopen_flag(db: Database, flag_id: int, actor: str) -> FlagRow:
    """Take back a "keep apart" decision (the flag waits for a decision again).

    Raises
    ------
    NotFoundError
        If there is no such flag or the actor is unknown.
    ValidationError
        If the flag was not kept apart.
    """
    return _decide(db, flag_id, FlagStatus.OPEN, actor)


def _decide(db: Database, flag_id: int, status: FlagStatus, actor: str) -> FlagRow:
    expected = FlagStatus.KEPT_APART if status is FlagStatus.OPEN else FlagStatus.OPEN
    with db.writing() as session:
        user_id = UserRepository(session).row_id(actor)
        identity = IdentityRepository(session)
        if identity.flag(flag_id).status is not expected:
            raise ValidationError(
                Message(
                    "Identity flag #{flag_id} is not {expected}; refresh and check it again.",
                    flag_id=flag_id,
                    expected=expected.value,
                )
            )
        identity.set_flag_status(flag_id, status, user_id)
        flag = identity.flag(flag_id)
        AuditRepository(session).append(
            AuditAction.PATIENTS_KEPT_APART
            if status is FlagStatus.KEPT_APART
            else AuditAction.IDENTITY_FLAG_REOPENED,
            "identity_flag",
            flag_id,
            user_id,
            {"patients": [flag.patient_pk, flag.other_patient_pk]},
        )
    log.info("identity flag #%d now %s", flag_id, status.value)
    return flag
