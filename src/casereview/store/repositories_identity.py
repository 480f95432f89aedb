"""Patient identity in the index: which row images join, flags, merges and splits (issue 15).

The rules live in :mod:`casereview.domain.identity`; this module applies them to the rows.
Nothing here logs: identities are PHI.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from casereview.domain import identity as rules
from casereview.errors import NotFoundError, ValidationError
from casereview.messages import Message
from casereview.store import models
from casereview.store.models_index import IdentityChange, IdentityFlag
from casereview.store.types import utcnow

MERGE = "merge"
SPLIT = "split"


@dataclass(frozen=True, slots=True)
class Placement:
    """Where a study's images go: the patient row, and whether it was created for them."""

    patient_pk: int
    created: bool
    flags: int


@dataclass(frozen=True, slots=True)
class FlagRow:
    """One identity flag, by internal ids only."""

    id: int
    kind: rules.FlagKind
    reason: rules.FlagReason
    status: rules.FlagStatus
    patient_pk: int
    other_patient_pk: int


@dataclass(frozen=True, slots=True)
class ChangeRow:
    """One merge or split, by internal ids only."""

    id: int
    kind: str
    source_patient_pk: int
    target_patient_pk: int
    study_ids: tuple[int, ...]
    case_ids: tuple[int, ...]
    undone: bool


def _identity(row: models.Patient) -> rules.Identity:
    return rules.Identity(
        patient_id=row.patient_id,
        issuer_of_patient_id=row.issuer_of_patient_id,
        patient_name=row.patient_name,
        birth_date=row.birth_date,
    )


class IdentityRepository:
    """Patient rows as people: placing new images, flags, merges and splits."""

    def __init__(self, session: Session) -> None:
        self.session = session

    # -- placing images --------------------------------------------------------------------

    def survivor(self, patient_pk: int) -> int:
        """The row that holds ``patient_pk``'s studies now (itself unless merged away)."""
        seen = {patient_pk}
        row = self.session.get(models.Patient, patient_pk)
        while row is not None and row.merged_into_id is not None and row.merged_into_id not in seen:
            seen.add(row.merged_into_id)
            row = self.session.get(models.Patient, row.merged_into_id)
        return patient_pk if row is None else row.id

    def place(self, incoming: rules.Identity, sex: str, study_instance_uid: str) -> Placement:
        """The patient row for images of ``study_instance_uid`` with ``incoming`` identity.

        A study already indexed for the same identity keeps its images together; otherwise
        the images join a row only by :func:`~casereview.domain.identity.same_patient`, or get
        a new row. New rows that share a Study Instance UID or Patient ID with another row, or
        might be the same person, are flagged.
        """
        owners = [
            self.session.get_one(models.Patient, pk)
            for pk in self.session.scalars(
                select(models.Study.patient_id)
                .where(models.Study.study_instance_uid == study_instance_uid)
                .order_by(models.Study.id)
            )
        ]
        for owner in owners:
            known = _identity(owner)
            if rules.same_identity(incoming, known) or rules.same_patient(incoming, known):
                return Placement(self.survivor(owner.id), created=False, flags=0)
        patient_pk, created, flags = self._match_or_create(incoming, sex)
        for owner in owners:
            owner_pk = self.survivor(owner.id)
            if owner_pk != patient_pk:
                flags += self._flag(
                    rules.FlagKind.IDENTITY_CONFLICT,
                    rules.FlagReason.STUDY_UID_SHARED,
                    patient_pk,
                    owner_pk,
                )
        return Placement(patient_pk, created, flags)

    def _match_or_create(self, incoming: rules.Identity, sex: str) -> tuple[int, bool, int]:
        same_id: list[models.Patient] = []
        if incoming.patient_id.strip():
            same_id = list(
                self.session.scalars(
                    select(models.Patient)
                    .where(
                        func.upper(func.trim(models.Patient.patient_id))
                        == incoming.patient_id.strip().upper()
                    )
                    .order_by(models.Patient.id)
                )
            )
            for row in same_id:
                if rules.same_patient(incoming, _identity(row)):
                    return self.survivor(row.id), False, 0
        row = models.Patient(
            patient_id=incoming.patient_id,
            issuer_of_patient_id=incoming.issuer_of_patient_id,
            patient_name=incoming.patient_name,
            birth_date=incoming.birth_date,
            sex=sex,
        )
        self.session.add(row)
        self.session.flush()
        flags = 0
        for other in same_id:
            known = _identity(other)
            if not rules.shares_patient_id(incoming, known):
                continue
            agree = rules.birth_dates_agree(incoming.birth_date, known.birth_date) and (
                not known.patient_name.strip()
                or not incoming.patient_name.strip()
                or rules.names_agree(incoming.patient_name, known.patient_name)
            )
            kind = (
                rules.FlagKind.POSSIBLE_SAME_PATIENT if agree else rules.FlagKind.IDENTITY_CONFLICT
            )
            flags += self._flag(
                kind, rules.FlagReason.PATIENT_ID_SHARED, row.id, self.survivor(other.id)
            )
        for other in self.session.scalars(
            select(models.Patient).where(
                models.Patient.merged_into_id.is_(None), models.Patient.id != row.id
            )
        ):
            known = _identity(other)
            if rules.shares_patient_id(incoming, known):
                continue  # flagged above
            if rules.possibly_same_patient(incoming, known):
                flags += self._flag(
                    rules.FlagKind.POSSIBLE_SAME_PATIENT,
                    rules.FlagReason.SAME_NAME_AND_BIRTH_DATE,
                    row.id,
                    other.id,
                )
        return row.id, True, flags

    def _flag(self, kind: rules.FlagKind, reason: rules.FlagReason, first: int, second: int) -> int:
        """Flag a pair once per reason (a pair kept apart is not flagged again); 1 if new."""
        low, high = min(first, second), max(first, second)
        exists = self.session.scalars(
            select(IdentityFlag.id).where(
                IdentityFlag.patient_id == low,
                IdentityFlag.other_patient_id == high,
                IdentityFlag.reason == reason.value,
            )
        ).first()
        if exists is not None:
            return 0
        self.session.add(
            IdentityFlag(
                kind=kind.value,
                reason=reason.value,
                patient_id=low,
                other_patient_id=high,
                status=rules.FlagStatus.OPEN.value,
            )
        )
        self.session.flush()
        return 1

    def identity_of(self, patient_pk: int) -> rules.Identity:
        """The identity a patient row was indexed with (PHI: show it, never log it).

        Raises
        ------
        NotFoundError
            If the patient is not in the index.
        """
        row = self.session.get(models.Patient, patient_pk)
        if row is None:
            raise NotFoundError(
                Message("Patient #{patient} is not in the index.", patient=patient_pk)
            )
        return _identity(row)

    def study_ids_for_uids(self, patient_pk: int, study_instance_uids: list[str]) -> list[int]:
        """Internal ids of the patient's studies with the given UIDs (others are left out)."""
        return list(
            self.session.scalars(
                select(models.Study.id)
                .where(
                    models.Study.patient_id == patient_pk,
                    models.Study.study_instance_uid.in_(study_instance_uids),
                )
                .order_by(models.Study.id)
            )
        )

    # -- flags -----------------------------------------------------------------------------

    def flags(self, *, open_only: bool = True) -> list[FlagRow]:
        """Identity flags, oldest first (only those still waiting for a decision by default)."""
        query = select(IdentityFlag).order_by(IdentityFlag.id)
        if open_only:
            query = query.where(IdentityFlag.status == rules.FlagStatus.OPEN.value)
        return [_flag_row(row) for row in self.session.scalars(query)]

    def flag(self, flag_id: int) -> FlagRow:
        """One flag.

        Raises
        ------
        NotFoundError
            If there is no such flag.
        """
        return _flag_row(self._flag_row(flag_id))

    def _flag_row(self, flag_id: int) -> IdentityFlag:
        row = self.session.get(IdentityFlag, flag_id)
        if row is None:
            raise NotFoundError(Message("There is no identity flag #{flag_id}.", flag_id=flag_id))
        return row

    def set_flag_status(self, flag_id: int, status: rules.FlagStatus, user_id: int) -> None:
        """Record the user's decision on one flag (``OPEN`` takes it back)."""
        row = self._flag_row(flag_id)
        row.status = status.value
        row.resolved_at = None if status is rules.FlagStatus.OPEN else utcnow()
        row.resolved_by_id = None if status is rules.FlagStatus.OPEN else user_id
        self.session.flush()

    def _pair_flags(self, first: int, second: int) -> list[IdentityFlag]:
        low, high = min(first, second), max(first, second)
        return list(
            self.session.scalars(
                select(IdentityFlag).where(
                    IdentityFlag.patient_id == low, IdentityFlag.other_patient_id == high
                )
            )
        )

    # -- merges and splits -----------------------------------------------------------------

    def _live_patient(self, patient_pk: int) -> models.Patient:
        row = self.session.get(models.Patient, patient_pk)
        if row is None:
            raise NotFoundError(
                Message("Patient #{patient} is not in the index.", patient=patient_pk)
            )
        if row.merged_into_id is not None:
            raise ValidationError(
                Message(
                    "Patient #{patient} was merged into patient #{target}; use that one.",
                    patient=patient_pk,
                    target=row.merged_into_id,
                )
            )
        return row

    def merge(self, source_pk: int, target_pk: int, user_id: int) -> ChangeRow:
        """Move every study and case of ``source_pk`` to ``target_pk``; resolves their flags.

        Raises
        ------
        NotFoundError
            If either patient is not in the index.
        ValidationError
            If they are the same row or one was merged away already.
        """
        if source_pk == target_pk:
            raise ValidationError(Message("A patient cannot be merged with itself."))
        source = self._live_patient(source_pk)
        self._live_patient(target_pk)
        study_ids = tuple(
            self.session.scalars(
                select(models.Study.id).where(models.Study.patient_id == source_pk)
            )
        )
        case_ids = tuple(
            self.session.scalars(select(models.Case.id).where(models.Case.patient_id == source_pk))
        )
        self._move(study_ids, case_ids, target_pk)
        source.merged_into_id = target_pk
        pair = self._pair_flags(source_pk, target_pk)
        for flag in pair:
            flag.status = rules.FlagStatus.MERGED.value
            flag.resolved_at = utcnow()
            flag.resolved_by_id = user_id
        return self._record(
            MERGE, source_pk, target_pk, pair[0].id if pair else None, study_ids, case_ids, user_id
        )

    def split(self, patient_pk: int, study_ids: tuple[int, ...], user_id: int) -> ChangeRow:
        """Move ``study_ids`` (and the cases holding only them) to a new row of the same identity.

        Raises
        ------
        NotFoundError
            If the patient is not in the index.
        ValidationError
            If a study is not the patient's, every study would leave, or a case holds imaging
            of studies on both sides.
        """
        patient = self._live_patient(patient_pk)
        own = set(
            self.session.scalars(
                select(models.Study.id).where(models.Study.patient_id == patient_pk)
            )
        )
        moving = set(study_ids)
        if not moving or not moving <= own:
            raise ValidationError(
                Message(
                    "Choose one or more studies of patient #{patient} to split off.",
                    patient=patient_pk,
                )
            )
        if moving == own:
            raise ValidationError(
                Message("At least one study must stay with patient #{patient}.", patient=patient_pk)
            )
        case_ids: list[int] = []
        for case in self.session.scalars(
            select(models.Case).where(models.Case.patient_id == patient_pk)
        ):
            held = {st.id for st in case.studies} | {se.study_id for se in case.series}
            if held and held <= moving:
                case_ids.append(case.id)
            elif held & moving:
                raise ValidationError(
                    Message(
                        "Case #{case_id} holds imaging of studies on both sides; remove them "
                        "from the case or split them together.",
                        case_id=case.id,
                    )
                )
        new_row = models.Patient(
            patient_id=patient.patient_id,
            issuer_of_patient_id=patient.issuer_of_patient_id,
            patient_name=patient.patient_name,
            birth_date=patient.birth_date,
            sex=patient.sex,
        )
        self.session.add(new_row)
        self.session.flush()
        self._move(tuple(sorted(moving)), tuple(case_ids), new_row.id)
        return self._record(
            SPLIT, patient_pk, new_row.id, None, tuple(sorted(moving)), tuple(case_ids), user_id
        )

    def undo(self, change_id: int) -> ChangeRow:
        """Revert one merge or split (its studies and cases go back).

        Raises
        ------
        NotFoundError
            If there is no such change.
        ValidationError
            If it was undone already or a later change moved its studies on.
        """
        row = self.session.get(IdentityChange, change_id)
        if row is None:
            raise NotFoundError(
                Message("There is no merge or split #{change_id}.", change_id=change_id)
            )
        if row.undone_at is not None:
            raise ValidationError(
                Message("Merge or split #{change_id} was undone already.", change_id=change_id)
            )
        study_ids = tuple(json.loads(row.study_ids_json))
        case_ids = tuple(json.loads(row.case_ids_json))
        holders = set(
            self.session.scalars(
                select(models.Study.patient_id).where(models.Study.id.in_(study_ids))
            )
        )
        if holders - {row.target_patient_id}:
            raise ValidationError(
                Message(
                    "A later merge or split moved these studies on; undo that one first.",
                )
            )
        self._move(study_ids, case_ids, row.source_patient_id)
        if row.kind == MERGE:
            self.session.get_one(models.Patient, row.source_patient_id).merged_into_id = None
            for flag in self._pair_flags(row.source_patient_id, row.target_patient_id):
                if flag.status == rules.FlagStatus.MERGED.value:
                    flag.status = rules.FlagStatus.OPEN.value
                    flag.resolved_at = None
                    flag.resolved_by_id = None
        else:
            # The split-off row keeps its id (the change refers to it) and is merged back.
            target = self.session.get_one(models.Patient, row.target_patient_id)
            target.merged_into_id = row.source_patient_id
        row.undone_at = utcnow()
        self.session.flush()
        return _change_row(row)

    def changes(self) -> list[ChangeRow]:
        """Every merge and split, newest first."""
        rows = self.session.scalars(select(IdentityChange).order_by(IdentityChange.id.desc()))
        return [_change_row(row) for row in rows]

    def _move(self, study_ids: tuple[int, ...], case_ids: tuple[int, ...], patient_pk: int) -> None:
        if study_ids:
            self.session.execute(
                update(models.Study)
                .where(models.Study.id.in_(study_ids))
                .values(patient_id=patient_pk)
            )
        if case_ids:
            self.session.execute(
                update(models.Case)
                .where(models.Case.id.in_(case_ids))
                .values(patient_id=patient_pk)
            )
        self.session.expire_all()

    def _record(
        self,
        kind: str,
        source_pk: int,
        target_pk: int,
        flag_id: int | None,
        study_ids: tuple[int, ...],
        case_ids: tuple[int, ...],
        user_id: int,
    ) -> ChangeRow:
        row = IdentityChange(
            kind=kind,
            source_patient_id=source_pk,
            target_patient_id=target_pk,
            flag_id=flag_id,
            study_ids_json=json.dumps(list(study_ids)),
            case_ids_json=json.dumps(list(case_ids)),
            created_by_id=user_id,
        )
        self.session.add(row)
        self.session.flush()
        return _change_row(row)


def _flag_row(row: IdentityFlag) -> FlagRow:
    return FlagRow(
        id=row.id,
        kind=rules.FlagKind(row.kind),
        reason=rules.FlagReason(row.reason),
        status=rules.FlagStatus(row.status),
        patient_pk=row.patient_id,
        other_patient_pk=row.other_patient_id,
    )


def _change_row(row: IdentityChange) -> ChangeRow:
    return ChangeRow(
        id=row.id,
        kind=row.kind,
        source_patient_pk=row.source_patient_id,
        target_patient_pk=row.target_patient_id,
        study_ids=tuple(json.loads(row.study_ids_json)),
        case_ids=tuple(json.loads(row.case_ids_json)),
        undone=row.undone_at is not None,
    )
