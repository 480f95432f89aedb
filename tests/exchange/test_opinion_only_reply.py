"""Opinion-only replies (issue 20): answer a received case without sending its images back.

Hospital A ("Dr Chen", tests/partner_package.py) sends a case; Hospital B imports it, adds a
measurement and a draft decision, and answers twice: a full package and an opinion-only one.
The opinion-only package carries no image, names the images by the UIDs A gave them, verifies
like any package and merges at A as B's layer on A's own images. A third workstation that
never received the images refuses it and keeps nothing of it.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from exchange_helpers import open_site
from sqlalchemy import func, select

from casereview.domain.annotations import AnnotationDraft, AnnotationKind, ImageReference
from casereview.domain.decisions import DecisionContent, Intent, Recommendation
from casereview.domain.packages import (
    DeidOptions,
    ExportReport,
    PackageError,
    TrustedKey,
    VerificationStatus,
)
from casereview.errors import ValidationError
from casereview.services.annotations import create_annotation, list_annotations
from casereview.services.decisions import record_decision
from casereview.services.exchange import (
    export_case,
    import_package,
    reply_partner,
    verify_package,
)
from casereview.services.layers import layer_of, received_opinions
from casereview.services.signing import (
    SigningKey,
    load_or_create_secret,
    load_or_create_signing_key,
)
from casereview.store import models
from casereview.store.database import Database
from casereview.store.models_annotations import AnnotationRow, KeyImageRow, SegmentRow
from casereview.store.models_cases import AuditEvent
from casereview.store.models_meetings import ReceivedOpinion
from casereview.store.models_packages import ExchangePackage
from partner_package import (
    RECEIVER_USER,
    SENDER,
    SENDER_USER,
    UID_ROOT,
    PartnerPackage,
    make_partner_package,
    open_receiver,
    open_sender,
)

REPLIER = "Hôpital Partenaire"


@dataclass
class World:
    root: Path
    partner: PartnerPackage
    a: Database
    b: Database
    b_case: int
    b_key: SigningKey
    full: ExportReport
    reply: ExportReport
    b_series: str
    b_images: set[str]


def _dirs(root: Path) -> dict[str, Path]:
    return {"staging_dir": root / "imports", "quarantine_dir": root / "quarantine"}


def _export(world_root: Path, db: Database, case_id: int, name: str, **kwargs) -> ExportReport:
    keys = world_root / "b" / "keys"
    return export_case(
        db,
        case_id,
        world_root / "b" / "out" / name,
        RECEIVER_USER,
        options=DeidOptions(),
        signing_key=load_or_create_signing_key(keys),
        secret=load_or_create_secret(keys),
        institution=REPLIER,
        **kwargs,
    )


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    root = tmp_path_factory.mktemp("opinion-only")
    partner = make_partner_package(root / "a")
    a = open_sender(partner.root)
    b = open_receiver(root / "b")
    import_package(b, partner.path, RECEIVER_USER, **_dirs(root / "b"), trusted=partner.trusted())
    with b.reading() as session:
        b_case = session.scalars(select(models.Case.id)).one()
        rows = session.execute(
            select(
                models.Instance.sop_instance_uid,
                models.Series.series_instance_uid,
                models.Series.frame_of_reference_uid,
                models.Instance.image_position_patient,
            )
            .join(models.Series)
            .where(models.Series.modality == "CT")
            .order_by(models.Instance.instance_number)
        ).all()
    sop, series, frame, position = rows[len(rows) // 2]
    z = float(str(position).split("\\")[2])
    create_annotation(
        b,
        b_case,
        AnnotationDraft(
            AnnotationKind.LENGTH,
            ((1.0, 1.0, z), (1.0, 9.0, z)),
            ImageReference(series, sop, frame),
            label="Contact length",
        ),
        RECEIVER_USER,
    )
    record_decision(
        b,
        b_case,
        DecisionContent(
            recommendation=Recommendation.NEOADJUVANT_THEN_RESTAGING,
            rationale="Venous contact 200 degrees; reconstructable",
            intent=Intent.CURATIVE,
            staging="cT3 N0 M0",
            participants=("Pr B",),
        ),
        RECEIVER_USER,
    )
    full = _export(root, b, b_case, "full.zip")
    reply = _export(root, b, b_case, "reply.zip", opinion_only=True)
    yield World(
        root,
        partner,
        a,
        b,
        b_case,
        load_or_create_signing_key(root / "b" / "keys"),
        full,
        reply,
        series,
        {r[0] for r in rows},
    )
    a.close()
    b.close()


def _manifest(path: Path) -> dict:
    with zipfile.ZipFile(path) as archive:
        return json.loads(archive.read("manifest.json"))


def _trust_b(world: World) -> list[TrustedKey]:
    return [TrustedKey(REPLIER, world.b_key.public_key_b64)]


def test_a_received_case_is_answered_to_its_sender(world: World) -> None:
    assert reply_partner(world.b, world.b_case) == SENDER
    with world.a.reading() as session:
        a_case = session.scalars(select(models.Case.id)).one()
    assert reply_partner(world.a, a_case) is None  # A's own case: its images are A's


def test_the_reply_carries_the_opinion_and_no_image(world: World) -> None:
    reply, full = world.reply, world.full
    # The full answer sends the images back (and A's own objects that came with them).
    assert reply.images == 0 and full.images >= len(world.b_images)
    manifest = _manifest(Path(reply.path))
    kinds = [f["kind"] for f in manifest["files"]]
    assert "dicom-image" not in kinds
    assert {"dicom-sr", "dicom-pdf", "document"} <= set(kinds)
    with zipfile.ZipFile(reply.path) as archive:
        names = archive.namelist()
    assert "documents/annotations.json" in names and "documents/decisions.json" in names
    with zipfile.ZipFile(reply.path) as archive:
        readme = archive.read("README.TXT").decode("utf-8")
    # Read without casereview, the package says why it holds no image.
    assert f"No images: an answer about {len(world.b_images)} image(s)" in readme
    # The images are named by the UIDs the partner gave them (B keeps them for a reply).
    referenced = manifest["content"]["referenced_images"]
    assert {uid for series in referenced for uid in series["sop_instance_uids"]} == world.b_images
    assert {series["series_instance_uid"] for series in referenced} == {world.b_series}
    # These images are tiny (16 × 16); the demo case's sizes are compared in tests/cli.
    assert reply.bytes_written < full.bytes_written
    print(f"full reply {full.bytes_written} bytes, opinion only {reply.bytes_written} bytes")


def test_the_reply_verifies_like_every_package(world: World) -> None:
    result = verify_package(
        Path(world.reply.path),
        staging_dir=world.root / "a" / "verify",
        trusted=_trust_b(world),
    )
    assert result.status is VerificationStatus.TRUSTED and not result.problems


def test_the_reply_merges_as_the_partners_layer_at_the_first_sender(world: World) -> None:
    a = world.a
    with a.reading() as session:
        a_case = session.scalars(select(models.Case.id)).one()
        instances = session.scalar(select(func.count()).select_from(models.Instance))
    report = import_package(
        a, Path(world.reply.path), SENDER_USER, **_dirs(world.partner.root), trusted=_trust_b(world)
    )
    assert not report.already_imported and report.images_imported == 0
    assert not [line for line in report.layers if line.startswith("Conflict")]
    annotations = list_annotations(a, a_case)
    layers = layer_of(a, [x.uuid for x in annotations])
    (answer,) = [x for x in annotations if layers.get(x.uuid) == REPLIER]
    assert answer.label == "Contact length"
    assert answer.measurements[0].value == pytest.approx(8.0, abs=0.01)
    with a.reading() as session:
        # On A's own image (found back through A's pseudonym mapping), nothing new indexed.
        assert (
            session.scalar(
                select(func.count())
                .select_from(models.Instance)
                .where(models.Instance.sop_instance_uid == answer.reference.sop_instance_uid)
            )
            == 1
        )
        assert session.scalar(select(func.count()).select_from(models.Instance)) == instances
        assert session.scalar(select(func.count()).select_from(models.Patient)) == 1
    opinions = received_opinions(a, a_case)
    assert [(o.institution, o.status) for o in opinions] == [(REPLIER, "draft")]


def _counts(db: Database) -> list[int]:
    with db.reading() as session:
        return [
            session.scalar(select(func.count()).select_from(table))
            for table in (
                models.Patient,
                models.Instance,
                models.Case,
                AnnotationRow,
                KeyImageRow,
                SegmentRow,
                ReceivedOpinion,
                ExchangePackage,
                AuditEvent,
            )
        ]


def test_a_workstation_without_the_images_refuses_the_reply_and_keeps_nothing(
    world: World, tmp_path: Path
) -> None:
    c = open_site(tmp_path / "c", "c")
    try:
        before = _counts(c)
        with pytest.raises(PackageError) as refused:
            import_package(
                c, Path(world.reply.path), "c", **_dirs(tmp_path / "c"), trusted=_trust_b(world)
            )
        message = str(refused.value)
        assert "images" in message and "not on this workstation" in message
        assert str(len(world.b_images)) in message
        assert _counts(c) == before
        packages = tmp_path / "c" / "imports" / "packages"
        assert not packages.exists() or not any(packages.iterdir())
    finally:
        c.close()


def test_only_a_case_whose_images_all_came_from_the_partner_is_answered_without_them(
    world: World,
) -> None:
    with world.a.reading() as session:
        a_case = session.scalars(select(models.Case.id)).one()
    with pytest.raises(ValidationError, match="full package"):
        export_case(
            world.a,
            a_case,
            world.root / "a" / "out" / "not-a-reply.zip",
            SENDER_USER,
            options=DeidOptions(),
            signing_key=load_or_create_signing_key(world.partner.root / "keys"),
            secret=load_or_create_secret(world.partner.root / "keys"),
            institution=SENDER,
            opinion_only=True,
        )
    assert not (world.root / "a" / "out" / "not-a-reply.zip").exists()


def test_the_reply_carries_no_identity_nor_the_first_senders_original_uids(world: World) -> None:
    with zipfile.ZipFile(world.reply.path) as archive:
        # Every entry, deflated or not, as the bytes a reader gets (PDF text streams are
        # compressed: the report's text is checked by the identity tests of the report).
        contents = b"\n".join(archive.read(name) for name in archive.namelist())
    for identity in (b"MERGE", b"KILL", b"MERGE-0001", b"ACC141", b"19600101", UID_ROOT.encode()):
        assert identity not in contents, identity
