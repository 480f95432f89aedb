"""Shared data for the exchange tests: a sender database with the small demo case, its keys, and
one exported package (made once per session; tests copy it before changing anything)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from exchange_helpers import add_segment, open_site

from casereview.app.exchange_setup import register_exchange_providers
from casereview.demo.install import install_demo
from casereview.domain.packages import DeidOptions, ExportReport
from casereview.services.exchange import export_case
from casereview.services.signing import (
    SigningKey,
    load_or_create_secret,
    load_or_create_signing_key,
)
from casereview.store.database import Database


@dataclass
class Sender:
    """The sending hospital: database with the demo case, keys, and one package."""

    root: Path
    db: Database
    case_id: int
    key: SigningKey
    secret: bytes
    package: Path
    report: ExportReport
    demo_dir: Path


def _flag_key_images(db: Database, case_id: int) -> None:
    """Two key images on CT slices of the demo, one caption naming the patient (PHI)."""
    from sqlalchemy import select

    from casereview.domain.annotations import ImageReference, KeyImageDraft, ViewPlane
    from casereview.services.annotations import flag_key_image
    from casereview.store import models

    with db.reading() as session:
        rows = session.execute(
            select(
                models.Instance.sop_instance_uid,
                models.Series.series_instance_uid,
                models.Series.frame_of_reference_uid,
            )
            .join(models.Series)
            .where(models.Series.modality == "CT")
            .order_by(models.Instance.instance_number)
        ).all()
        patient_name = session.scalars(select(models.Patient.patient_name)).first()
    from casereview.domain.annotations import AnnotationDraft, AnnotationKind
    from casereview.services.annotations import create_annotation

    sop, series, frame = rows[len(rows) // 2]
    reference = ImageReference(series, sop, frame)
    for kind, points, label in (
        (AnnotationKind.LENGTH, ((10.0, 20.0, -30.0), (42.5, 20.0, -30.0)), "Tumour long axis"),
        (
            AnnotationKind.POLYGON,
            ((0.0, 0.0, -30.0), (20.0, 0.0, -30.0), (10.0, 15.0, -30.0)),
            "SMV",
        ),
        (AnnotationKind.POINT, ((5.0, 5.0, -30.0),), f"Node of {patient_name}"),
    ):
        create_annotation(
            db, case_id, AnnotationDraft(kind, points, reference, label=label), "tester"
        )
    from casereview.domain.decisions import DecisionContent, Intent, Recommendation
    from casereview.services.decisions import record_decision

    record_decision(
        db,
        case_id,
        DecisionContent(
            recommendation=Recommendation.NEOADJUVANT_THEN_RESTAGING,
            rationale=f"SMV contact > 180 degrees in {patient_name}",
            intent=Intent.CURATIVE,
            staging="cT3 N0 M0, borderline resectable",
            participants=("Dr A Surgeon", "Dr B Radiologist"),
        ),
        "tester",
    )
    add_segment(db, case_id, series, frame, f"Node {patient_name}")
    for number, (sop, series, frame) in enumerate((rows[len(rows) // 3], rows[len(rows) // 2])):
        flag_key_image(
            db,
            case_id,
            KeyImageDraft(
                reference=ImageReference(series, sop, frame),
                orientation="axial",
                plane=ViewPlane((0.0, 0.0, -10.0 * number), (1.0, 0.0, 0.0), (0.0, 1.0, 0.0)),
                window_center=40.0,
                window_width=400.0,
                caption=f"SMV contact < 180 degrees ({patient_name})" if number else "Tumour",
            ),
            "tester",
        )


@pytest.fixture(scope="session", autouse=True)
def exchange_providers() -> None:
    """Exports and imports use the providers the application registers at start-up."""
    register_exchange_providers()


@pytest.fixture(scope="session")
def sender(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sender]:
    root = tmp_path_factory.mktemp("sender")
    db = open_site(root)
    installed = install_demo(
        db,
        root / "demo",
        "tester",
        staging_dir=root / "imports",
        quarantine_dir=root / "quarantine",
        small=True,
        phases=("portal-venous",),
    )
    _flag_key_images(db, installed.case.id)
    key = load_or_create_signing_key(root / "keys")
    secret = load_or_create_secret(root / "keys")
    package = root / "out" / "case.zip"
    report = export_case(
        db,
        installed.case.id,
        package,
        "tester",
        options=DeidOptions(),
        signing_key=key,
        secret=secret,
        institution="Sending Hospital",
    )
    yield Sender(root, db, installed.case.id, key, secret, package, report, root / "demo")
    db.close()


@pytest.fixture
def receiver(tmp_path: Path) -> Iterator[tuple[Database, Path]]:
    """An empty receiving site: its database and its data folder."""
    root = tmp_path / "receiver"
    db = open_site(root)
    yield db, root
    db.close()


@pytest.fixture
def site_dirs() -> Callable[[Path], dict[str, Path]]:
    def dirs(root: Path) -> dict[str, Path]:
        return {"staging_dir": root / "imports", "quarantine_dir": root / "quarantine"}

    return dirs
