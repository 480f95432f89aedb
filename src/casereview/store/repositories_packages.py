"""Repositories of the exchange: packages sent and received, and the senders' layers of a case.

:class:`ExchangeRepository` answers what an export or an import asks of the index (the images
of a case and the identity they carry, which packages were recorded, which UIDs we replaced)
and records packages. :class:`LayerRepository` reads and writes the senders' layers: merged
annotations, key images and segments (``layer`` is the sender, ``origin_uuid`` the UUID the
item had there) and the partners' MDT opinions. Both work inside the caller's session, so a
merge stays one transaction.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from casereview.errors import NotFoundError
from casereview.messages import Message
from casereview.store import models
from casereview.store.models_annotations import AnnotationRow, KeyImageRow, SegmentRow
from casereview.store.models_meetings import Decision, ReceivedOpinion
from casereview.store.models_packages import ExchangePackage, ExchangePseudonym, ExchangeUidMapping
from casereview.store.types import utcnow

#: Directions of a recorded package.
EXPORT = "export"
IMPORT = "import"

#: The rows that can belong to a sender's layer, in the order of :class:`Layer`'s counts.
LAYERED_ROWS: tuple[type[AnnotationRow] | type[KeyImageRow] | type[SegmentRow], ...] = (
    AnnotationRow,
    KeyImageRow,
    SegmentRow,
)


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


@dataclass(frozen=True, slots=True)
class Layer:
    """One layer of a case: ``name`` "" is our own work."""

    name: str
    annotations: int
    key_images: int
    segments: int
    opinions: int
    visible: bool


@dataclass(frozen=True, slots=True)
class ReceivedOpinionView:
    """A partner's MDT decision as received (read-only)."""

    institution: str
    status: str
    signed_at: str
    content: dict[str, Any]


@dataclass(frozen=True, slots=True)
class StoredAnnotation:
    """What a merge compares of an annotation already in the case."""

    uuid: str
    layer: str
    kind: str
    label: str
    text: str
    points: list[list[float]]


@dataclass(frozen=True, slots=True)
class StoredKeyImage:
    """What a merge compares of a key image already in the case."""

    uuid: str
    layer: str
    caption: str
    window_center: float


@dataclass(frozen=True, slots=True)
class StoredSegment:
    """A segment already in the case (its voxels are compared through the segment service)."""

    uuid: str
    layer: str


@dataclass(frozen=True, slots=True)
class LayerOrigin:
    """Where a merged item came from: the sender, its package and the UUID it had there."""

    layer: str
    package_id: str
    origin_uuid: str


@dataclass(frozen=True, slots=True)
class ReceivedAnnotation:
    """A sender's annotation to add to a case, its UIDs already mapped to ours."""

    case_id: int
    kind: str
    label: str
    text: str
    points: list[list[float]]
    series_instance_uid: str
    sop_instance_uid: str
    frame_of_reference_uid: str
    frame_number: int | None
    measurements: list[Any]
    author_id: int
    origin: LayerOrigin


@dataclass(frozen=True, slots=True)
class ReceivedKeyImage:
    """A sender's key image to add to a case, its UIDs already mapped to ours."""

    case_id: int
    series_instance_uid: str
    sop_instance_uid: str
    frame_of_reference_uid: str
    frame_number: int | None
    orientation: str
    plane: dict[str, Any] | None
    window_center: float
    window_width: float
    zoom_mm: float
    caption: str
    author_id: int
    origin: LayerOrigin


@dataclass(frozen=True, slots=True)
class ReceivedOpinionRecord:
    """A partner's MDT decision to keep beside (never in) our decision chain."""

    case_id: int
    institution: str
    package_id: str
    origin_uid: str
    status: str
    signed_at: str
    content_json: str


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


# -- Layers ----------------------------------------------------------------------------------


class LayerRepository:
    """The senders' layers of a case: merged items and received opinions."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def origins(self, case_id: int) -> dict[str, tuple[str, str]]:
        """``uuid → (layer, origin uuid)`` of the case's annotations, key images and segments."""
        found: dict[str, tuple[str, str]] = {}
        for row_type in LAYERED_ROWS:
            rows = self.session.execute(
                select(row_type.uuid, row_type.layer, row_type.origin_uuid).where(
                    row_type.case_id == case_id
                )
            )
            for item_uuid, layer, origin in rows:
                found[item_uuid] = (layer, origin)
        return found

    def layers(self, case_id: int) -> list[Layer]:
        """Our own layer first, then every sender's layer with what it holds."""
        counts: dict[str, list[int]] = {"": [0, 0, 0, 0]}
        for index, row_type in enumerate(LAYERED_ROWS):
            rows = self.session.execute(
                select(row_type.layer).where(
                    row_type.case_id == case_id, row_type.deleted_at.is_(None)
                )
            )
            for (layer,) in rows:
                counts.setdefault(layer, [0, 0, 0, 0])[index] += 1
        for (institution,) in self.session.execute(
            select(ReceivedOpinion.institution).where(ReceivedOpinion.case_id == case_id)
        ):
            counts.setdefault(institution, [0, 0, 0, 0])[3] += 1
        hidden: set[str] = set()
        for row_type in (AnnotationRow, SegmentRow):
            hidden |= set(
                self.session.scalars(
                    select(row_type.layer).where(
                        row_type.case_id == case_id,
                        row_type.layer != "",
                        row_type.visible.is_(False),
                        row_type.deleted_at.is_(None),
                    )
                )
            )
        return [
            Layer(name, c[0], c[1], c[2], c[3], name not in hidden)
            for name, c in sorted(counts.items(), key=lambda item: (item[0] != "", item[0]))
        ]

    def set_visible(self, case_id: int, layer: str, visible: bool) -> int:
        """Show or hide the layer's annotations and segments; return how many rows matched."""
        changed = 0
        for row_type in (AnnotationRow, SegmentRow):
            result = self.session.execute(
                update(row_type)
                .where(row_type.case_id == case_id, row_type.layer == layer)
                .values(visible=visible)
            )
            changed += int(getattr(result, "rowcount", 0) or 0)
        return changed

    def layer_of(self, uuids: Collection[str]) -> dict[str, str]:
        """``uuid → layer`` of the merged items among ``uuids`` (our own are left out)."""
        found: dict[str, str] = {}
        for row_type in LAYERED_ROWS:
            for item_uuid, layer in self.session.execute(
                select(row_type.uuid, row_type.layer).where(
                    row_type.uuid.in_(list(uuids)), row_type.layer != ""
                )
            ):
                found[item_uuid] = layer
        return found

    def received_opinions(self, case_id: int) -> list[ReceivedOpinionView]:
        """The partners' MDT decisions received for a case, oldest first."""
        rows = self.session.scalars(
            select(ReceivedOpinion)
            .where(ReceivedOpinion.case_id == case_id)
            .order_by(ReceivedOpinion.id)
        ).all()
        return [
            ReceivedOpinionView(r.institution, r.status, r.signed_at, json.loads(r.content_json))
            for r in rows
        ]

    # -- merging a received package ---------------------------------------------------------

    def find_annotation(self, case_id: int, key: str) -> StoredAnnotation | None:
        """Our annotation with UUID ``key``, or a merged one that came with origin ``key``."""
        row = self.session.scalars(
            select(AnnotationRow)
            .where(
                AnnotationRow.case_id == case_id,
                (AnnotationRow.uuid == key) | (AnnotationRow.origin_uuid == key),
            )
            .limit(1)
        ).first()
        if row is None:
            return None
        points = [[float(v) for v in p] for p in json.loads(row.points_json)]
        return StoredAnnotation(row.uuid, row.layer, row.kind, row.label, row.text, points)

    def find_key_image(self, case_id: int, key: str) -> StoredKeyImage | None:
        """Our key image with UUID ``key``, or a merged one that came with origin ``key``."""
        row = self.session.scalars(
            select(KeyImageRow)
            .where(
                KeyImageRow.case_id == case_id,
                (KeyImageRow.uuid == key) | (KeyImageRow.origin_uuid == key),
            )
            .limit(1)
        ).first()
        if row is None:
            return None
        return StoredKeyImage(row.uuid, row.layer, row.caption, row.window_center)

    def find_segment(self, case_id: int, key: str) -> StoredSegment | None:
        """Our segment with UUID ``key``, or a merged one that came with origin ``key``."""
        row = self.session.scalars(
            select(SegmentRow)
            .where(
                SegmentRow.case_id == case_id,
                (SegmentRow.uuid == key) | (SegmentRow.origin_uuid == key),
            )
            .limit(1)
        ).first()
        return None if row is None else StoredSegment(row.uuid, row.layer)

    def add_annotation(self, item: ReceivedAnnotation) -> str:
        """Add a sender's annotation as part of its layer; return its new UUID."""
        new_uuid = str(uuid.uuid4())
        self.session.add(
            AnnotationRow(
                uuid=new_uuid,
                case_id=item.case_id,
                kind=item.kind,
                label=item.label,
                text=item.text,
                points_json=json.dumps(item.points),
                series_instance_uid=item.series_instance_uid,
                sop_instance_uid=item.sop_instance_uid,
                frame_of_reference_uid=item.frame_of_reference_uid,
                frame_number=item.frame_number,
                measurements_json=json.dumps(item.measurements),
                author_id=item.author_id,
                modified_by_id=item.author_id,
                layer=item.origin.layer,
                layer_package=item.origin.package_id,
                origin_uuid=item.origin.origin_uuid,
            )
        )
        return new_uuid

    def add_key_image(self, item: ReceivedKeyImage) -> str:
        """Add a sender's key image as part of its layer; return its new UUID."""
        new_uuid = str(uuid.uuid4())
        self.session.add(
            KeyImageRow(
                uuid=new_uuid,
                case_id=item.case_id,
                series_instance_uid=item.series_instance_uid,
                sop_instance_uid=item.sop_instance_uid,
                frame_of_reference_uid=item.frame_of_reference_uid,
                frame_number=item.frame_number,
                orientation=item.orientation,
                plane_json="" if not item.plane else json.dumps(item.plane),
                window_center=item.window_center,
                window_width=item.window_width,
                zoom_mm=item.zoom_mm,
                caption=item.caption,
                author_id=item.author_id,
                layer=item.origin.layer,
                layer_package=item.origin.package_id,
                origin_uuid=item.origin.origin_uuid,
            )
        )
        return new_uuid

    def mark_segment_received(self, segment_uuid: str, origin: LayerOrigin) -> None:
        """Put a segment made from a received SEG into the sender's layer."""
        self.session.execute(
            update(SegmentRow)
            .where(SegmentRow.uuid == segment_uuid)
            .values(
                layer=origin.layer,
                layer_package=origin.package_id,
                origin_uuid=origin.origin_uuid,
            )
        )

    def decision_uids(self, case_id: int) -> set[str]:
        """UIDs of our own decisions on the case (every version)."""
        return set(self.session.scalars(select(Decision.uid).where(Decision.case_id == case_id)))

    def received_opinion_content(self, case_id: int, origin_uid: str) -> str | None:
        """The content (JSON) of a partner's decision received before, or ``None``."""
        return self.session.scalars(
            select(ReceivedOpinion.content_json).where(
                ReceivedOpinion.case_id == case_id, ReceivedOpinion.origin_uid == origin_uid
            )
        ).first()

    def add_received_opinion(self, record: ReceivedOpinionRecord) -> None:
        """Keep a partner's decision (it never enters our decision chain)."""
        self.session.add(
            ReceivedOpinion(
                case_id=record.case_id,
                institution=record.institution,
                package_uid=record.package_id,
                origin_uid=record.origin_uid,
                status=record.status,
                signed_at=record.signed_at,
                content_json=record.content_json,
                received_at=utcnow(),
            )
        )
