"""Repository of the exchange: packages sent and received, and what export and import ask.

:class:`ExchangeRepository` answers what an export or an import asks of the index (the images
of a case and the identity they carry, which packages were recorded, which UIDs we replaced)
and records packages. The senders' layers are in :mod:`casereview.store.repositories_layers`.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from casereview.errors import NotFoundError
from casereview.messages import Message
from casereview.store import models
from casereview.store.models_packages import ExchangePackage, ExchangePseudonym, ExchangeUidMapping

#: Directions of a recorded package.
EXPORT = "export"
IMPORT = "import"


# -- Records ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CaseImages:
    """The image files of a case and the patient identity they carry (sender side only)."""

    case_id: int
    patient_pk: int
    issuer_of_patient_id: str
    patient_id: str
    patient_name: str
    birth_date: str
    accession_numbers: tuple[str, ...]
    paths: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ExportRecord:
    """A package this installation wrote, with what links its pseudonyms to the patient."""

    package_id: str
    case_id: int
    institution: str
    key_fingerprint: str
    verification: str
    created: str
    file_count: int
    image_count: int
    options_json: str
    patient_pk: int
    pseudonym: str
    date_shift_days: int | None
    uid_map: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class ImportRecord:
    """A package this installation took in."""

    package_id: str
    case_id: int | None
    institution: str
    key_fingerprint: str
    verification: str
    created: str
    file_count: int
    image_count: int
    options_json: str
    storage_path: str


@dataclass(frozen=True, slots=True)
class PackageRecord:
    """A package in the exchange history."""

    package_id: str
    direction: str
    institution: str
    verification: str
    created: str
    images: int


# -- Packages --------------------------------------------------------------------------------


class ExchangeRepository:
    """Packages, the UIDs they replaced, and the index queries of export and import."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def case_images(self, case_id: int) -> CaseImages:
        """The case's image files (series by series, in instance order) and its patient.

        A case made of whole studies has no series of its own: every series of its studies
        counts.

        Raises
        ------
        NotFoundError
            If the case does not exist.
        """
        case = self.session.get(models.Case, case_id)
        if case is None:
            raise NotFoundError(Message("Case #{case_id} does not exist.", case_id=case_id))
        series_ids = [s.id for s in case.series]
        if not series_ids:
            series_ids = list(
                self.session.scalars(
                    select(models.Series.id).where(
                        models.Series.study_id.in_([s.id for s in case.studies])
                    )
                )
            )
        paths = self.session.scalars(
            select(models.Instance.file_path)
            .where(models.Instance.series_id.in_(series_ids))
            .order_by(models.Instance.series_id, models.Instance.instance_number)
        ).all()
        patient = case.patient
        accession = self.session.scalars(
            select(models.Study.accession_number).where(models.Study.patient_id == patient.id)
        ).all()
        return CaseImages(
            case_id=case_id,
            patient_pk=patient.id,
            issuer_of_patient_id=patient.issuer_of_patient_id,
            patient_id=patient.patient_id,
            patient_name=patient.patient_name,
            birth_date=patient.birth_date,
            accession_numbers=tuple(accession),
            paths=tuple(paths),
        )

    def instance_paths(self, sop_instance_uids: Iterable[str]) -> dict[str, str]:
        """``SOP Instance UID → file`` of the indexed images among ``sop_instance_uids``."""
        rows = self.session.execute(
            select(models.Instance.sop_instance_uid, models.Instance.file_path).where(
                models.Instance.sop_instance_uid.in_(sorted(set(sop_instance_uids)))
            )
        )
        return {sop: path for sop, path in rows}

    def evidence_paths(
        self, sop_instance_uids: Collection[str], series_instance_uids: Collection[str]
    ) -> dict[str, str]:
        """``SOP Instance UID → file`` of the images that annotations refer to.

        The referenced images come first; an annotation on a series without a referenced image
        takes images of its series, so at most ``max(len(sop_instance_uids), 1)`` rows return.
        """
        wanted = sorted(sop_instance_uids)
        rows = self.session.execute(
            select(models.Instance.sop_instance_uid, models.Instance.file_path)
            .join(models.Series)
            .where(
                models.Instance.sop_instance_uid.in_(wanted)
                | models.Series.series_instance_uid.in_(sorted(series_instance_uids))
            )
            .order_by(models.Instance.sop_instance_uid.in_(wanted).desc())
            .limit(max(len(wanted), 1))
        )
        return {sop: path for sop, path in rows}

    def first_image_of_case(self, case_id: int) -> str | None:
        """A file of any image of the case's patient, or ``None``."""
        return self.session.scalar(
            select(models.Instance.file_path)
            .join(models.Series)
            .join(models.Study)
            .join(models.Case, models.Case.patient_id == models.Study.patient_id)
            .where(models.Case.id == case_id)
            .limit(1)
        )

    def imported_package_folders(self) -> list[str]:
        """The folders where received packages were kept."""
        return list(
            self.session.scalars(
                select(ExchangePackage.storage_path).where(
                    ExchangePackage.direction == IMPORT, ExchangePackage.storage_path != ""
                )
            )
        )

    def has_package(self, package_id: str, direction: str) -> bool:
        """Whether the package was recorded in ``direction`` (``"export"`` or ``"import"``)."""
        found = self.session.scalar(
            select(ExchangePackage.id).where(
                ExchangePackage.package_uid == package_id, ExchangePackage.direction == direction
            )
        )
        return found is not None

    def record_export(self, record: ExportRecord, user_id: int) -> None:
        """Record a written package, its pseudonym and the UIDs it replaced."""
        row = ExchangePackage(
            package_uid=record.package_id,
            direction=EXPORT,
            case_id=record.case_id,
            institution=record.institution,
            key_fingerprint=record.key_fingerprint,
            verification=record.verification,
            package_created_at=record.created,
            file_count=record.file_count,
            image_count=record.image_count,
            options_json=record.options_json,
            storage_path="",
            user_id=user_id,
        )
        self.session.add(row)
        self.session.flush()
        self.session.add(
            ExchangePseudonym(
                package_id=row.id,
                patient_id=record.patient_pk,
                pseudonym=record.pseudonym,
                date_shift_days=record.date_shift_days,
            )
        )
        mappings = [
            {"package_id": row.id, "original_uid": original, "replacement_uid": replacement}
            for original, replacement in record.uid_map.items()
            if original != replacement
        ]
        if mappings:
            self.session.execute(insert(ExchangeUidMapping), mappings)

    def record_import(self, record: ImportRecord, user_id: int) -> None:
        """Record a package taken in."""
        self.session.add(
            ExchangePackage(
                package_uid=record.package_id,
                direction=IMPORT,
                case_id=record.case_id,
                institution=record.institution,
                key_fingerprint=record.key_fingerprint,
                verification=record.verification,
                package_created_at=record.created,
                file_count=record.file_count,
                image_count=record.image_count,
                options_json=record.options_json,
                storage_path=record.storage_path,
                user_id=user_id,
            )
        )

    def history(self) -> list[PackageRecord]:
        """Exported and imported packages, newest first."""
        rows = self.session.scalars(
            select(ExchangePackage).order_by(ExchangePackage.recorded_at.desc())
        ).all()
        return [
            PackageRecord(
                r.package_uid,
                r.direction,
                r.institution,
                r.verification,
                r.package_created_at,
                r.image_count,
            )
            for r in rows
        ]

    def original_uid(self, replacement_uid: str) -> str | None:
        """The UID of ours that one of our exports replaced by ``replacement_uid``."""
        return self.session.scalar(
            select(ExchangeUidMapping.original_uid)
            .join(ExchangePackage, ExchangePackage.id == ExchangeUidMapping.package_id)
            .where(
                ExchangeUidMapping.replacement_uid == replacement_uid,
                ExchangePackage.direction == EXPORT,
            )
            .limit(1)
        )

    def study_is_indexed(self, study_instance_uid: str) -> bool:
        """Whether the study is in the index."""
        found = self.session.scalar(
            select(models.Study.id).where(models.Study.study_instance_uid == study_instance_uid)
        )
        return found is not None

    def case_with_images(
        self, series_instance_uids: Collection[str], study_instance_uids: Collection[str]
    ) -> int | None:
        """The oldest case holding any of the series or studies, or ``None``."""
        found = self.session.scalar(
            select(models.Case.id)
            .where(
                models.Case.series.any(
                    models.Series.series_instance_uid.in_(sorted(series_instance_uids))
                )
                | models.Case.studies.any(
                    models.Study.study_instance_uid.in_(sorted(study_instance_uids))
                )
            )
            .order_by(models.Case.id)
            .limit(1)
        )
        return None if found is None else int(found)
