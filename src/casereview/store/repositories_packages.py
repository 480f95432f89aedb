"""Repository of the exchange: packages sent and received, and what export and import ask.

:class:`ExchangeRepository` answers what an export or an import asks of the index (the images
of a case and the identity they carry, which packages were recorded, which UIDs we replaced)
and records packages. The senders' layers are in :mod:`casereview.store.repositories_layers`.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, insert, or_, select
from sqlalchemy.orm import Session

from casereview.errors import NotFoundError
from casereview.messages import Message
from casereview.store import models
from casereview.store.models_annotations import AnnotationRow, KeyImageRow, SegmentRow
from casereview.store.models_index import IdentityChange, IdentityFlag
from casereview.store.models_meetings import ReceivedOpinion
from casereview.store.models_packages import ExchangePackage, ExchangePseudonym, ExchangeUidMapping
from casereview.store.models_resectability import ContactRunRow, ResectabilityVersionRow

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
    #: The first file of each series (its header gives the identity forms to scrub).
    series_first_paths: tuple[str, ...] = ()


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
class ImportedPackage:
    """Where a received package of a case is kept."""

    package_id: str
    institution: str
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


@dataclass(frozen=True, slots=True)
class RowsBefore:
    """The highest row ids before an import began: rows above them are the import's own.

    A rollback removes only rows above these ids, so nothing that existed before the import
    (our own patients, studies, series, cases, layer items) can be removed by it.
    """

    patient: int
    study: int
    series: int
    case: int
    identity_flag: int
    annotation: int
    key_image: int
    segment: int
    received_opinion: int
    #: A partner's resectability assessment (runs and versions of its layer).
    contact_run: int = 0
    resectability_version: int = 0


@dataclass(frozen=True, slots=True)
class ImportAdditions:
    """What an unrecorded package import added: its staging folder, package and case."""

    package_id: str
    folders: tuple[str, ...]
    case_id: int | None


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
        rows = self.session.execute(
            select(models.Instance.series_id, models.Instance.file_path)
            .where(models.Instance.series_id.in_(series_ids))
            .order_by(models.Instance.series_id, models.Instance.instance_number)
        ).all()
        paths = [path for _series, path in rows]
        first_of_series = {series: path for series, path in reversed(rows)}
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
            series_first_paths=tuple(
                first_of_series[series]
                for series in dict.fromkeys(series for series, _path in rows)
            ),
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

    def imports_of_case(self, case_id: int) -> list[ImportedPackage]:
        """The packages recorded as imported onto ``case_id``, the most recent first."""
        rows = self.session.scalars(
            select(ExchangePackage)
            .where(ExchangePackage.case_id == case_id, ExchangePackage.direction == IMPORT)
            .order_by(ExchangePackage.recorded_at.desc(), ExchangePackage.id.desc())
        ).all()
        return [ImportedPackage(r.package_uid, r.institution, r.storage_path) for r in rows]

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

    def rows_before(self) -> RowsBefore:
        """The highest id of every table a package import adds to (0 for an empty table)."""

        def highest(column: Any) -> int:
            return int(self.session.scalar(select(func.coalesce(func.max(column), 0))) or 0)

        return RowsBefore(
            patient=highest(models.Patient.id),
            study=highest(models.Study.id),
            series=highest(models.Series.id),
            case=highest(models.Case.id),
            identity_flag=highest(IdentityFlag.id),
            annotation=highest(AnnotationRow.id),
            key_image=highest(KeyImageRow.id),
            segment=highest(SegmentRow.id),
            received_opinion=highest(ReceivedOpinion.id),
            contact_run=highest(ContactRunRow.id),
            resectability_version=highest(ResectabilityVersionRow.id),
        )

    def remove_unrecorded_import(self, added: ImportAdditions, before: RowsBefore) -> int:
        """Remove what a package import that failed before it was recorded added.

        Removed: the layer items merged from the package and the case the import created
        (both newer than ``before``), every instance whose file lies in the package's staging
        folder (no other import points there), then the series, studies and patients newer
        than ``before`` that are left empty, with the identity flags naming those patients.
        Rows that existed before the import are never removed. Call it in one write
        transaction.

        Returns
        -------
        int
            The number of instance rows removed.
        """
        package_id = added.package_id
        for item, newer in (
            (AnnotationRow, before.annotation),
            (KeyImageRow, before.key_image),
            (SegmentRow, before.segment),
        ):
            self.session.execute(
                delete(item).where(item.layer_package == package_id, item.id > newer)
            )
        self.session.execute(
            delete(ReceivedOpinion).where(
                ReceivedOpinion.package_uid == package_id,
                ReceivedOpinion.id > before.received_opinion,
            )
        )
        # Versions before runs: a version names its run.
        for assessment, newer in (
            (ResectabilityVersionRow, before.resectability_version),
            (ContactRunRow, before.contact_run),
        ):
            self.session.execute(
                delete(assessment).where(
                    assessment.layer_package == package_id, assessment.id > newer
                )
            )
        if added.case_id is not None and added.case_id > before.case:
            case_id = added.case_id
            # Explicitly, not only by ON DELETE CASCADE: bulk deletes skip the ORM's cascades.
            for table in (models.case_studies, models.case_series):
                self.session.execute(delete(table).where(table.c.case_id == case_id))
            self.session.execute(delete(models.CaseTag).where(models.CaseTag.case_id == case_id))
            for owned in (
                AnnotationRow,
                KeyImageRow,
                SegmentRow,
                ReceivedOpinion,
                ResectabilityVersionRow,
                ContactRunRow,
            ):
                self.session.execute(delete(owned).where(owned.case_id == case_id))
            self.session.execute(delete(models.Case).where(models.Case.id == case_id))
        removed = 0
        for folder in added.folders:
            prefix = folder.rstrip("/\\") + "/"
            outcome = self.session.execute(
                delete(models.Instance).where(
                    or_(
                        models.Instance.file_path.startswith(prefix, autoescape=True),
                        models.Instance.file_path.startswith(prefix[:-1] + "\\", autoescape=True),
                    )
                )
            )
            removed += int(getattr(outcome, "rowcount", 0) or 0)
        self._remove_empty_index_rows(before)
        return removed

    def _remove_empty_index_rows(self, before: RowsBefore) -> None:
        """Series, studies and patients newer than ``before`` that nothing refers to now."""
        in_cases = select(models.case_series.c.series_id)
        self.session.execute(
            delete(models.Series).where(
                models.Series.id > before.series,
                ~models.Series.id.in_(select(models.Instance.series_id)),
                ~models.Series.id.in_(in_cases),
            )
        )
        self.session.execute(
            delete(models.Study).where(
                models.Study.id > before.study,
                ~models.Study.id.in_(select(models.Series.study_id)),
                ~models.Study.id.in_(select(models.case_studies.c.study_id)),
            )
        )
        empty = list(
            self.session.scalars(
                select(models.Patient.id).where(
                    models.Patient.id > before.patient,
                    ~models.Patient.id.in_(select(models.Study.patient_id)),
                    ~models.Patient.id.in_(select(models.Case.patient_id)),
                    ~models.Patient.id.in_(select(IdentityChange.source_patient_id)),
                    ~models.Patient.id.in_(select(IdentityChange.target_patient_id)),
                    ~models.Patient.id.in_(
                        select(models.Patient.merged_into_id).where(
                            models.Patient.merged_into_id.is_not(None)
                        )
                    ),
                )
            )
        )
        if not empty:
            return
        flag = IdentityFlag
        self.session.execute(
            delete(flag).where(
                flag.id > before.identity_flag,
                flag.patient_id.in_(empty) | flag.other_patient_id.in_(empty),
            )
        )
        # A flag that existed before and names one of these patients keeps its patient.
        still_flagged = select(flag.patient_id).union(select(flag.other_patient_id))
        self.session.execute(
            delete(models.Patient).where(
                models.Patient.id.in_(empty), ~models.Patient.id.in_(still_flagged)
            )
        )
