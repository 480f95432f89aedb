"""Repositories: the only code that turns rows into domain objects and back.

Each repository works inside a session handed to it by ``Database.reading``/``writing``; the
services decide the transaction boundaries.
"""

from __future__ import annotations

import builtins  # inside a repository class, ``list`` names its list() method
import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, selectinload

from casereview.domain import audit as audit_domain
from casereview.domain import cases as case_domain
from casereview.domain import identity as identity_domain
from casereview.domain import index as index_domain
from casereview.domain import users as user_domain
from casereview.errors import AuditTrailError, NotFoundError, ValidationError
from casereview.messages import Message
from casereview.store import models
from casereview.store.audit_heads import (
    AUDIT_SEAL_INFO,
    HEAD_ROW_ID,
    write_head_file_after_commit,
)
from casereview.store.types import utcnow


class UserRepository:
    """Users of this installation."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def _row(self, username: str) -> models.User | None:
        return self.session.scalars(
            select(models.User).where(models.User.username == username)
        ).one_or_none()

    def ensure(self, user: user_domain.User) -> tuple[user_domain.User, bool]:
        """Return the stored user with ``user.username``, creating it if needed.

        Returns
        -------
        tuple
            The stored user and whether it was created now.
        """
        row = self._row(user.username)
        if row is not None:
            return _user(row), False
        row = models.User(
            username=user.username,
            display_name=user.display_name,
            role=user.role.value,
            specialty=user.specialty,
            institution=user.institution,
        )
        self.session.add(row)
        self.session.flush()
        return _user(row), True

    def get(self, username: str) -> user_domain.User:
        """The user called ``username``.

        Raises
        ------
        NotFoundError
            If no such user exists.
        """
        row = self._row(username)
        if row is None:
            raise NotFoundError(
                Message(
                    "No user named '{username}' is known on this workstation.", username=username
                )
            )
        return _user(row)

    def list(self) -> list[user_domain.User]:
        """Every user, by display name."""
        rows = self.session.scalars(
            select(models.User).order_by(models.User.display_name, models.User.username)
        ).all()
        return [_user(row) for row in rows]

    def row_id(self, username: str) -> int:
        """Internal id of ``username``.

        Raises
        ------
        NotFoundError
            If no such user exists.
        """
        row = self._row(username)
        if row is None:
            raise NotFoundError(
                Message(
                    "No user named '{username}' is known on this workstation.", username=username
                )
            )
        return row.id


def _user(row: models.User) -> user_domain.User:
    return user_domain.User(
        id=row.id,
        username=row.username,
        display_name=row.display_name,
        role=user_domain.Role(row.role),
        specialty=row.specialty,
        institution=row.institution,
    )


class AuditRepository:
    """The append-only audit trail."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def append(
        self,
        action: audit_domain.AuditAction,
        entity_type: str,
        entity_id: str | int,
        user_id: int | None,
        details: dict[str, Any] | None = None,
    ) -> None:
        """Add one audit record to the current transaction (``details`` must hold no PHI).

        With the database's audit seal (``Database.audit_seal``) the record is chained to the
        newest one by HMAC under the installation's audit key, and the head (record count,
        newest id and hash) is signed and stored in ``audit_heads`` in the same transaction and
        in the head file once it commits. Without a seal, a trail that has no keyed record yet
        continues its plain SHA-256 chain. Writers hold the database's write lock (SQLite
        ``BEGIN IMMEDIATE``; a table lock on PostgreSQL), so two transactions cannot chain to
        the same predecessor.

        Raises
        ------
        AuditTrailError
            If the trail is keyed and this database was opened without the audit seal.
        """
        dialect = self.session.get_bind().dialect.name
        if dialect == "postgresql":
            self.session.execute(text("LOCK TABLE audit_events IN SHARE ROW EXCLUSIVE MODE"))
        last = self.session.execute(
            select(models.AuditEvent.id, models.AuditEvent.row_hash, models.AuditEvent.chain)
            .order_by(models.AuditEvent.id.desc())
            .limit(1)
        ).one_or_none()
        seal: audit_domain.AuditSeal | None = self.session.info.get(AUDIT_SEAL_INFO)
        if seal is None and last is not None and last.chain == audit_domain.CHAIN_HMAC:
            raise AuditTrailError(
                Message(
                    "The audit trail is protected by this installation's audit key, which was "
                    "not available, so nothing was saved. Open the database from casereview "
                    "with its data directory (keys folder)."
                )
            )
        event_id = self._next_id(dialect, 0 if last is None else last.id)
        previous = audit_domain.GENESIS_HASH if last is None else last.row_hash
        occurred_at = utcnow()
        details_json = json.dumps(details or {}, sort_keys=True)
        fields = (
            event_id,
            occurred_at,
            user_id,
            action.value,
            entity_type,
            str(entity_id),
            details_json,
        )
        if seal is None:
            chain = audit_domain.CHAIN_SHA256
            row_hash = audit_domain.chain_hash(previous, *fields)
        else:
            chain = audit_domain.CHAIN_HMAC
            row_hash = audit_domain.keyed_chain_hash(seal.chain_key, previous, *fields)
        self.session.add(
            models.AuditEvent(
                id=event_id,
                occurred_at=occurred_at,
                action=action.value,
                entity_type=entity_type,
                entity_id=str(entity_id),
                user_id=user_id,
                details_json=details_json,
                prev_hash=previous,
                row_hash=row_hash,
                chain=chain,
            )
        )
        # Written now so the next append in this transaction chains to it.
        self.session.flush()
        if seal is not None:
            self._sign_head(seal, event_id, row_hash)

    def _next_id(self, dialect: str, last_id: int) -> int:
        # The hash covers the id, so it is chosen here rather than by the INSERT; taken from the
        # AUTOINCREMENT counter (SQLite) or the sequence (PostgreSQL) so that the id of a deleted
        # newest record is never handed out again and the deletion shows as a gap.
        if dialect == "sqlite":
            counter = self.session.scalar(
                text("SELECT seq FROM sqlite_sequence WHERE name = 'audit_events'")
            )
        elif dialect == "postgresql":
            counter = self.session.scalar(
                text("SELECT nextval(pg_get_serial_sequence('audit_events', 'id'))")
            )
            if counter is not None and counter > last_id:
                return int(counter)
        else:
            counter = None
        return max(int(counter or 0), last_id) + 1

    def _sign_head(self, seal: audit_domain.AuditSeal, last_id: int, last_hash: str) -> None:
        # The count carries on from the signed head rather than being recounted, so records
        # deleted behind casereview's back stay missing in every later head.
        row = self.session.get(models.AuditHead, HEAD_ROW_ID)
        if row is None:
            count = self.session.scalar(select(func.count()).select_from(models.AuditEvent)) or 0
        else:
            count = row.record_count + 1
        signed = seal.seal(audit_domain.AuditHead(count, last_id, last_hash))
        if row is None:
            row = models.AuditHead(id=HEAD_ROW_ID)
            self.session.add(row)
        row.record_count = count
        row.last_id = last_id
        row.last_hash = last_hash
        row.public_key = signed.public_key.hex()
        row.signature = signed.signature.hex()
        row.signed_at = utcnow()
        if seal.head_file is not None:
            write_head_file_after_commit(self.session, seal.head_file, signed)

    def latest(self, limit: int = 100) -> list[audit_domain.AuditEvent]:
        """Return the newest ``limit`` records, newest first."""
        rows = self.session.execute(
            select(models.AuditEvent, models.User.username)
            .outerjoin(models.User, models.AuditEvent.user_id == models.User.id)
            .order_by(models.AuditEvent.id.desc())
            .limit(limit)
        ).all()
        return [
            audit_domain.AuditEvent(
                id=event.id,
                occurred_at=event.occurred_at,
                action=audit_domain.AuditAction(event.action),
                entity_type=event.entity_type,
                entity_id=event.entity_id,
                username=username or "",
                details=json.loads(event.details_json),
                prev_hash=event.prev_hash,
                row_hash=event.row_hash,
            )
            for event, username in rows
        ]


class IndexRepository:
    """Patients, studies, series and instances of the DICOM index."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def upsert_patient(
        self,
        patient_id: str,
        *,
        issuer_of_patient_id: str = "",
        patient_name: str = "",
        birth_date: str = "",
        sex: str = "",
    ) -> tuple[int, bool]:
        """Return the internal id of the row this identity joins, creating one if none does.

        A row is joined on the same identity, or by
        :func:`casereview.domain.identity.same_patient` (Patient ID and issuer with a
        consistent name and birth date); never on the Patient ID alone. Importing images goes
        through :class:`casereview.store.repositories_identity.IdentityRepository`, which also
        flags rows that might be one person.

        Returns
        -------
        tuple
            Internal id and whether the row was created now.
        """
        incoming = identity_domain.Identity(
            patient_id=patient_id,
            issuer_of_patient_id=issuer_of_patient_id,
            patient_name=patient_name,
            birth_date=birth_date,
        )
        rows = self.session.scalars(
            select(models.Patient)
            .where(models.Patient.patient_id == patient_id)
            .order_by(models.Patient.id)
        ).all()
        for row in rows:
            known = identity_domain.Identity(
                patient_id=row.patient_id,
                issuer_of_patient_id=row.issuer_of_patient_id,
                patient_name=row.patient_name,
                birth_date=row.birth_date,
            )
            if identity_domain.same_identity(incoming, known) or identity_domain.same_patient(
                incoming, known
            ):
                return row.id, False
        row = models.Patient(
            patient_id=patient_id,
            issuer_of_patient_id=issuer_of_patient_id,
            patient_name=patient_name,
            birth_date=birth_date,
            sex=sex,
        )
        self.session.add(row)
        self.session.flush()
        return row.id, True

    def upsert_study(
        self,
        patient_pk: int,
        study_instance_uid: str,
        *,
        study_date: str = "",
        study_time: str = "",
        accession_number: str = "",
        description: str = "",
    ) -> int:
        """Return the internal id of the patient's study, creating the row if needed.

        The same Study Instance UID may be a study of another patient row too (images of two
        identities that carry it are kept apart); only ``patient_pk``'s is looked for.
        """
        row = self.session.scalars(
            select(models.Study)
            .where(
                models.Study.patient_id == patient_pk,
                models.Study.study_instance_uid == study_instance_uid,
            )
            .order_by(models.Study.id)
            .limit(1)
        ).one_or_none()
        if row is None:
            row = models.Study(
                patient_id=patient_pk,
                study_instance_uid=study_instance_uid,
                study_date=study_date,
                study_time=study_time,
                accession_number=accession_number,
                description=description,
            )
            self.session.add(row)
            self.session.flush()
        return row.id

    def upsert_series(
        self,
        study_pk: int,
        series_instance_uid: str,
        *,
        modality: str = "",
        series_number: int | None = None,
        description: str = "",
        frame_of_reference_uid: str = "",
    ) -> int:
        """Return the internal id of the study's series, creating the row if needed."""
        row = self.session.scalars(
            select(models.Series)
            .where(
                models.Series.study_id == study_pk,
                models.Series.series_instance_uid == series_instance_uid,
            )
            .order_by(models.Series.id)
            .limit(1)
        ).one_or_none()
        if row is None:
            row = models.Series(
                study_id=study_pk,
                series_instance_uid=series_instance_uid,
                modality=modality,
                series_number=series_number,
                description=description,
                frame_of_reference_uid=frame_of_reference_uid,
            )
            self.session.add(row)
            self.session.flush()
        return row.id

    def add_instance(self, series_pk: int, record: index_domain.InstanceRecord) -> int:
        """Store one indexed file and return its internal id."""
        row = models.Instance(
            series_id=series_pk,
            sop_instance_uid=record.sop_instance_uid,
            sop_class_uid=record.sop_class_uid,
            instance_number=record.instance_number,
            transfer_syntax_uid=record.transfer_syntax_uid,
            file_path=record.file_path,
            file_size=record.file_size,
            file_mtime_ns=record.file_mtime_ns,
            sha256=record.sha256,
        )
        self.session.add(row)
        self.session.flush()
        return row.id

    def study_description_and_date(self, study_pk: int) -> tuple[str, str]:
        """Description and StudyDate (YYYYMMDD) of one study.

        Raises
        ------
        NotFoundError
            If the study is not indexed.
        """
        study = self.session.get(models.Study, study_pk)
        if study is None:
            raise NotFoundError(Message("The study is no longer in the index."))
        return study.description, study.study_date

    def studies_for_uids(self, study_instance_uids: Sequence[str]) -> dict[str, tuple[int, int]]:
        """Map Study Instance UIDs to ``(study id, patient id)``; unknown UIDs are left out.

        A UID that images of two identities share maps to its first indexed study.
        """
        rows = self.session.execute(
            select(models.Study.study_instance_uid, models.Study.id, models.Study.patient_id)
            .where(models.Study.study_instance_uid.in_(list(study_instance_uids)))
            .order_by(models.Study.id.desc())
        ).all()
        return {uid: (pk, patient) for uid, pk, patient in rows}

    def series_ids_for_uids(self, series_instance_uids: Sequence[str]) -> dict[str, int]:
        """Map Series Instance UIDs to internal ids (UIDs not indexed are left out).

        A UID that images of two identities share maps to its first indexed series.
        """
        rows = self.session.execute(
            select(models.Series.series_instance_uid, models.Series.id)
            .where(models.Series.series_instance_uid.in_(list(series_instance_uids)))
            .order_by(models.Series.id.desc())
        ).all()
        return {uid: pk for uid, pk in rows}

    def owners_of_series(self, series_ids: Sequence[int]) -> tuple[set[int], set[int]]:
        """Internal ids of the patients and studies the given series belong to."""
        rows = self.session.execute(
            select(models.Study.patient_id, models.Study.id)
            .join(models.Series, models.Series.study_id == models.Study.id)
            .where(models.Series.id.in_(list(series_ids)))
        ).all()
        return {row[0] for row in rows}, {row[1] for row in rows}

    def instances(self) -> list[index_domain.InstanceRecord]:
        """Every indexed file, ordered by internal id."""
        rows = self.session.scalars(select(models.Instance).order_by(models.Instance.id)).all()
        return [instance_record(row) for row in rows]


def instance_record(row: models.Instance) -> index_domain.InstanceRecord:
    """The domain view of one indexed file."""
    return index_domain.InstanceRecord(
        sop_instance_uid=row.sop_instance_uid,
        sop_class_uid=row.sop_class_uid,
        transfer_syntax_uid=row.transfer_syntax_uid,
        file_path=row.file_path,
        file_size=row.file_size,
        file_mtime_ns=row.file_mtime_ns,
        sha256=row.sha256,
        instance_number=row.instance_number,
        rows=row.rows,
        columns=row.columns,
        number_of_frames=row.number_of_frames,
        image_position_patient=row.image_position_patient,
        image_orientation_patient=row.image_orientation_patient,
        pixel_spacing=row.pixel_spacing,
        slice_thickness=row.slice_thickness,
        pixel=None
        if row.bits_allocated is None
        else index_domain.PixelAttributes(
            image_type=row.image_type,
            samples_per_pixel=row.samples_per_pixel or 1,
            bits_allocated=row.bits_allocated,
            bits_stored=row.bits_stored or row.bits_allocated,
            pixel_representation=row.pixel_representation or 0,
            rescale_slope=row.rescale_slope,
            rescale_intercept=row.rescale_intercept,
            window_center=row.window_center,
            window_width=row.window_width,
            acquisition_number=row.acquisition_number,
            echo_numbers=row.echo_numbers,
            temporal_position=row.temporal_position,
            spacing_between_slices=row.spacing_between_slices,
            pixel_data_offset=row.pixel_data_offset,
        ),
    )


class CaseRepository:
    """Cases and their selected imaging."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, draft: case_domain.CaseDraft, user_id: int) -> case_domain.Case:
        """Store a new case in the current transaction.

        Raises
        ------
        NotFoundError
            If the patient or a selected study/series does not exist.
        ValidationError
            If a selected study or series belongs to another patient.
        """
        patient = self.session.get(models.Patient, draft.patient_id)
        if patient is None:
            raise NotFoundError(Message("The patient of this case is no longer in the index."))
        studies = self._load(
            models.Study,
            draft.study_ids,
            Message("A selected study is no longer in the index; refresh the list and retry."),
        )
        series = self._load(
            models.Series,
            draft.series_ids,
            Message("A selected series is no longer in the index; refresh the list and retry."),
        )
        if any(st.patient_id != patient.id for st in studies) or any(
            se.study.patient_id != patient.id for se in series
        ):
            raise ValidationError(Message("A case may only hold imaging of its own patient."))
        now = utcnow()
        row = models.Case(
            uid=draft.uid,
            patient_id=patient.id,
            title=draft.title,
            clinical_question=draft.clinical_question,
            status=case_domain.CaseStatus.DRAFT.value,
            created_at=now,
            updated_at=now,
            created_by_id=user_id,
            updated_by_id=user_id,
            tags=[models.CaseTag(tag=tag) for tag in draft.tags],
            studies=list(studies),
            series=list(series),
        )
        self.session.add(row)
        self.session.flush()
        return _case(row)

    def _load(self, model: Any, ids: Sequence[int], missing: Message) -> list[Any]:
        rows = [self.session.get(model, pk) for pk in ids]
        if any(row is None for row in rows):
            raise NotFoundError(missing)
        return rows

    def get(self, case_id: int) -> case_domain.Case:
        """Return one case.

        Raises
        ------
        NotFoundError
            If the case does not exist.
        """
        return _case(self._row(case_id))

    def _row(self, case_id: int) -> models.Case:
        row = self.session.get(models.Case, case_id)
        if row is None:
            raise NotFoundError(Message("Case #{case_id} does not exist.", case_id=case_id))
        return row

    def list(self, status: case_domain.CaseStatus | None = None) -> list[case_domain.Case]:
        """Cases, most recently updated first."""
        query = select(models.Case).options(
            selectinload(models.Case.tags),
            selectinload(models.Case.studies),
            selectinload(models.Case.series),
            selectinload(models.Case.created_by),
            selectinload(models.Case.updated_by),
        )
        if status is not None:
            query = query.where(models.Case.status == status.value)
        rows = self.session.scalars(
            query.order_by(models.Case.updated_at.desc(), models.Case.id.desc())
        ).all()
        return [_case(row) for row in rows]

    def update(
        self,
        case_id: int,
        user_id: int,
        *,
        title: str | None = None,
        clinical_question: str | None = None,
        status: case_domain.CaseStatus | None = None,
        tags: Sequence[str] | None = None,
    ) -> tuple[case_domain.Case, builtins.list[str]]:
        """Change fields of a case; returns the case and the names of fields that changed."""
        row = self._row(case_id)
        changed: list[str] = []
        if title is not None:
            validated = case_domain.CaseDraft(patient_id=row.patient_id, title=title).title
            if validated != row.title:
                row.title = validated
                changed.append("title")
        if clinical_question is not None and clinical_question != row.clinical_question:
            row.clinical_question = clinical_question
            changed.append("clinical_question")
        if status is not None and status.value != row.status:
            row.status = status.value
            changed.append("status")
        if tags is not None:
            new_tags = case_domain.normalise_tags(tags)
            if new_tags != tuple(t.tag for t in row.tags):
                row.tags = [models.CaseTag(tag=tag) for tag in new_tags]
                changed.append("tags")
        if changed:
            row.updated_at = utcnow()
            # The relationship, not only the key: a row read earlier in this transaction (the
            # version check pins it) would otherwise keep the previous editor loaded. No
            # autoflush: the change is one UPDATE.
            with self.session.no_autoflush:
                row.updated_by = self.session.get_one(models.User, user_id)
            row.row_version += 1  # a person's edit: an editor still on the old version conflicts
            self.session.flush()
        return _case(row), changed


def _case(row: models.Case) -> case_domain.Case:
    return case_domain.Case(
        id=row.id,
        uid=row.uid,
        patient_id=row.patient_id,
        title=row.title,
        clinical_question=row.clinical_question,
        status=case_domain.CaseStatus(row.status),
        tags=tuple(tag.tag for tag in row.tags),
        study_ids=tuple(st.id for st in row.studies),
        series_ids=tuple(se.id for se in row.series),
        created_at=row.created_at,
        updated_at=row.updated_at,
        created_by=row.created_by.username,
        updated_by=row.updated_by.username,
        version=row.row_version,
    )
