"""A partner's package with every kind of item, made by "Dr Chen" at Hospital A.

Shared by the merge tests (kill test, author round trip, layer panel): a small synthetic CT
series of another patient (16×16 slices, fixed UIDs), a case with three annotations, two key
images, two segments and a signed MDT decision, exported as a signed package. What the
sender's rows hold (UUIDs, times) is returned, so a test can compare what arrived with what
was sent.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pydicom
from pydicom.dataset import FileMetaDataset
from pydicom.uid import CTImageStorage, ExplicitVRLittleEndian
from sqlalchemy import select

from casereview.domain.annotations import (
    AnnotationDraft,
    AnnotationKind,
    ImageReference,
    KeyImageDraft,
    ViewPlane,
)
from casereview.domain.decisions import DecisionContent, Intent, Recommendation
from casereview.domain.packages import DeidOptions, TrustedKey
from casereview.domain.segments import Code, SegmentDraft
from casereview.domain.users import Role, User
from casereview.services.annotations import create_annotation, flag_key_image
from casereview.services.cases import create_case_from_uids
from casereview.services.decisions import record_decision, sign_decision
from casereview.services.exchange import export_case
from casereview.services.indexing import import_paths
from casereview.services.segmentations import create_segment, set_segment_mask
from casereview.services.signing import load_or_create_secret, load_or_create_signing_key
from casereview.services.user_secrets import set_secret
from casereview.services.users import ensure_user
from casereview.services.volumes import load_series_volume, series_id_for_uid
from casereview.store.database import Database, open_database
from casereview.store.engine import sqlite_url_for_path
from casereview.store.models_annotations import AnnotationRow, KeyImageRow, SegmentRow
from casereview.store.models_meetings import Decision

SENDER = "Hospital A"
SENDER_USER = "chen"
SENDER_AUTHOR = "Dr Chen"
#: The PIN that confirms Dr Chen when signing the opinion.
SENDER_PIN = "482915"
RECEIVER_USER = "dupont"
RECEIVER_AUTHOR = "Dr Dupont"
UID_ROOT = "1.2.826.0.1.3680043.10.511.141"
SLICES = 8


@dataclass(frozen=True)
class SentItem:
    """One item as the sender stored it."""

    kind: str
    uuid: str
    created_at: datetime


@dataclass(frozen=True)
class PartnerPackage:
    """The package file, the sender's folder and public key, and what it carries."""

    path: Path
    root: Path
    public_key_b64: str
    items: tuple[SentItem, ...]

    def trusted(self) -> list[TrustedKey]:
        """The sender as a trusted partner."""
        return [TrustedKey(SENDER, self.public_key_b64)]

    def of_kind(self, kind: str) -> list[SentItem]:
        """The items of one kind ("annotation", "key_image", "segment", "opinion")."""
        return [item for item in self.items if item.kind == kind]


def _write_slice(path: Path, number: int) -> None:
    study = f"{UID_ROOT}.1"
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = CTImageStorage
    meta.MediaStorageSOPInstanceUID = f"{study}.1.{number}"
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = pydicom.Dataset()
    ds.file_meta = meta
    ds.SpecificCharacterSet = "ISO_IR 192"
    ds.PatientName = "MERGE^KILL"
    ds.PatientID = "MERGE-0001"
    ds.PatientBirthDate = "19600101"
    ds.PatientSex = "F"
    ds.StudyID = "1"
    ds.AccessionNumber = "ACC141"
    ds.StudyTime = "101500"
    ds.ReferringPhysicianName = ""
    ds.StudyInstanceUID = study
    ds.SeriesInstanceUID = f"{study}.1"
    ds.FrameOfReferenceUID = f"{study}.1.0"
    ds.SOPInstanceUID = meta.MediaStorageSOPInstanceUID
    ds.SOPClassUID = CTImageStorage
    ds.Modality = "CT"
    ds.StudyDate = "20251103"
    ds.SeriesNumber = 1
    ds.InstanceNumber = number
    ds.ImagePositionPatient = [0.0, 0.0, float(number)]
    ds.ImageOrientationPatient = [1.0, 0.0, 0.0, 0.0, 1.0, 0.0]
    ds.PixelSpacing = [0.8, 0.8]
    ds.SliceThickness = 1.0
    ds.Rows = ds.Columns = 16
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.BitsAllocated = ds.BitsStored = 16
    ds.HighBit = 15
    ds.PixelRepresentation = 1
    ds.RescaleIntercept = -1024
    ds.RescaleSlope = 1
    ds.PixelData = np.full((16, 16), 1000 + number, dtype=np.int16).tobytes()
    path.parent.mkdir(parents=True, exist_ok=True)
    ds.save_as(path, enforce_file_format=True)


def open_sender(root: Path) -> Database:
    """Hospital A's database again (made by :func:`make_partner_package` under ``root``)."""
    return open_database(sqlite_url_for_path(str(root / "casereview.sqlite")))


def open_receiver(root: Path) -> Database:
    """Hospital B's empty database with "Dr Dupont" (user ``dupont``)."""
    root.mkdir(parents=True, exist_ok=True)
    db = open_database(sqlite_url_for_path(str(root / "casereview.sqlite")))
    ensure_user(db, User(0, RECEIVER_USER, RECEIVER_AUTHOR, Role.SURGEON))
    return db


def _fill(db: Database, case_id: int) -> None:
    series = f"{UID_ROOT}.1.1"
    frame = f"{series}.0"
    reference = ImageReference(series, f"{series}.{SLICES // 2}", frame)
    z = float(SLICES // 2)
    for kind, points, label, text in (
        (AnnotationKind.LENGTH, ((1.0, 2.0, z), (9.0, 2.0, z)), "SMV contact", ""),
        (AnnotationKind.POINT, ((4.0, 4.0, z),), "Node", ""),
        (AnnotationKind.TEXT, ((2.0, 6.0, z),), "", "Fat plane preserved"),
    ):
        create_annotation(
            db, case_id, AnnotationDraft(kind, points, reference, label=label, text=text), "chen"
        )
    for number in (1, 2):
        flag_key_image(
            db,
            case_id,
            KeyImageDraft(
                reference=ImageReference(series, f"{series}.{number + 2}", frame),
                orientation="axial",
                plane=ViewPlane((0.0, 0.0, float(number + 2)), (1.0, 0.0, 0.0), (0.0, 1.0, 0.0)),
                window_center=40.0 + number,
                window_width=400.0,
                caption=f"Key view {number}",
            ),
            "chen",
        )
    volume = load_series_volume(db, series_id_for_uid(db, series))
    for name, box, colour in (
        ("Tumour", (slice(2, 5), slice(3, 9), slice(4, 10)), (230, 40, 40)),
        ("SMV", (slice(1, 3), slice(10, 13), slice(2, 6)), (40, 40, 230)),
    ):
        segment = create_segment(
            db,
            case_id,
            SegmentDraft(
                name,
                Code("49755003", "SCT", "Morphologically Abnormal Structure"),
                Code("108369006", "SCT", "Neoplasm"),
                colour,
                series,
                frame,
            ),
            volume.shape,
            "chen",
        )
        mask = np.zeros(volume.shape, dtype=bool)
        mask[box] = True
        set_segment_mask(db, segment.uuid, mask, volume, "chen")
    decision = record_decision(
        db,
        case_id,
        DecisionContent(
            recommendation=Recommendation.NEOADJUVANT_THEN_RESTAGING,
            rationale="SMV contact > 180 degrees",
            intent=Intent.CURATIVE,
            staging="cT3 N0 M0",
            participants=("Dr Chen",),
        ),
        "chen",
    )
    set_secret(db, SENDER_USER, SENDER_PIN, SENDER_USER)
    sign_decision(db, decision.id, SENDER_USER, SENDER_USER, secret=SENDER_PIN)


def _utc(when: datetime) -> datetime:
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _sent_items(db: Database) -> tuple[SentItem, ...]:
    with db.reading() as session:
        items = [
            SentItem(kind, row_uuid, _utc(created))
            for kind, model in (
                ("annotation", AnnotationRow),
                ("key_image", KeyImageRow),
                ("segment", SegmentRow),
            )
            for row_uuid, created in session.execute(select(model.uuid, model.created_at))
        ]
        items += [
            SentItem("opinion", uid, _utc(created))
            for uid, created in session.execute(select(Decision.uid, Decision.created_at))
        ]
    return tuple(items)


def make_partner_package(root: Path) -> PartnerPackage:
    """Build Hospital A's case by "Dr Chen" under ``root`` and export it; the package."""
    root.mkdir(parents=True, exist_ok=True)
    files = []
    for number in range(1, SLICES + 1):
        path = root / "images" / f"slice{number:02d}.dcm"
        _write_slice(path, number)
        files.append(path)
    db = open_database(sqlite_url_for_path(str(root / "casereview.sqlite")))
    try:
        ensure_user(db, User(0, SENDER_USER, SENDER_AUTHOR, Role.SURGEON))
        import_paths(
            db,
            files,
            SENDER_USER,
            staging_dir=root / "imports",
            quarantine_dir=root / "quarantine",
            workers=1,
        )
        case = create_case_from_uids(
            db, SENDER_USER, study_uids=[f"{UID_ROOT}.1"], title="Merge test"
        )
        _fill(db, case.id)
        key = load_or_create_signing_key(root / "keys")
        package = root / "out" / "case.zip"
        export_case(
            db,
            case.id,
            package,
            SENDER_USER,
            options=DeidOptions(),
            signing_key=key,
            secret=load_or_create_secret(root / "keys"),
            institution=SENDER,
        )
        return PartnerPackage(package, root, key.public_key_b64, _sent_items(db))
    finally:
        db.close()
