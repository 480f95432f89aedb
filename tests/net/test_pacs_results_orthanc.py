"""A case's results (SR, SEG, KOS, outcome PDF) sent back to the archive, by C-STORE and STOW-RS.

One demo case per module, with a measurement, its reference segmentation as a case segment,
a key image and a decision, in a workstation whose images are those stored in Orthanc (the
demo generator is deterministic: same UIDs). Each object sent is looked up through Orthanc's
REST API: its SOP class, the case's Study Instance UID and the original Patient ID (the
archive is the hospital's own: nothing de-identified). The send is audited without PHI.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pydicom
import pytest
from orthanc import Orthanc
from sqlalchemy import select

from casereview.app.exchange_setup import register_exchange_providers
from casereview.demo import DemoCase
from casereview.demo.install import install_demo
from casereview.domain.annotations import (
    AnnotationDraft,
    AnnotationKind,
    ImageReference,
    KeyImageDraft,
    ViewPlane,
)
from casereview.domain.cases import CaseDraft
from casereview.domain.decisions import DecisionContent, Intent, Recommendation
from casereview.domain.pacs_nodes import DimseNode, WebNode
from casereview.domain.users import Role, User
from casereview.errors import NotFoundError, ValidationError
from casereview.net.dimse import DimseClient
from casereview.net.web import WebClient
from casereview.services import cases as case_service
from casereview.services.annotations import create_annotation, flag_key_image
from casereview.services.audit import latest_events
from casereview.services.decisions import record_decision
from casereview.services.pacs_results import (
    CaseResult,
    ResultKind,
    case_results,
    send_case_results,
)
from casereview.services.segmentations import import_seg
from casereview.services.users import ensure_user
from casereview.store import models
from casereview.store.database import Database, open_database
from casereview.store.engine import sqlite_url_for_path

pytestmark = pytest.mark.slow

SOP_CLASSES = {
    ResultKind.SR: "1.2.840.10008.5.1.4.1.1.88.34",  # Comprehensive 3D SR
    ResultKind.SEG: "1.2.840.10008.5.1.4.1.1.66.4",
    ResultKind.KOS: "1.2.840.10008.5.1.4.1.1.88.59",
    ResultKind.PDF: "1.2.840.10008.5.1.4.1.1.104.1",
}


@dataclass(frozen=True)
class Site:
    """The workstation holding the demo case with results."""

    db: Database
    case_id: int
    patient_pk: int
    study_instance_uid: str
    patient_id: str
    patient_name: str


@pytest.fixture(scope="module")
def site(demo_in_orthanc: DemoCase, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    register_exchange_providers()  # the results are the objects a package would carry
    root = tmp_path_factory.mktemp("results-site")
    db = open_database(sqlite_url_for_path(str(root / "casereview.sqlite")))
    ensure_user(db, User(0, "tester", "Dr Test", Role.SURGEON))
    installed = install_demo(
        db,
        root / "demo",
        "tester",
        staging_dir=root / "imports",
        quarantine_dir=root / "quarantine",
        small=True,
    )
    assert installed.demo is not None
    case_id = installed.case.id
    import_seg(db, case_id, installed.demo.seg_path, "tester")
    header = pydicom.dcmread(demo_in_orthanc.series["portal-venous"][0], stop_before_pixels=True)
    with db.reading() as session:
        sop, series, frame = session.execute(
            select(
                models.Instance.sop_instance_uid,
                models.Series.series_instance_uid,
                models.Series.frame_of_reference_uid,
            )
            .join(models.Series)
            .where(models.Series.series_instance_uid == str(header.SeriesInstanceUID))
            .order_by(models.Instance.instance_number)
        ).all()[3]
    reference = ImageReference(series, sop, frame)
    z = float(header.ImagePositionPatient[2])
    create_annotation(
        db,
        case_id,
        AnnotationDraft(
            AnnotationKind.LENGTH, ((10.0, 20.0, z), (42.5, 20.0, z)), reference, label="Tumour"
        ),
        "tester",
    )
    flag_key_image(
        db,
        case_id,
        KeyImageDraft(
            reference=reference,
            orientation="axial",
            plane=ViewPlane((0.0, 0.0, z), (1.0, 0.0, 0.0), (0.0, 1.0, 0.0)),
            window_center=40.0,
            window_width=400.0,
            caption="SMV contact",
        ),
        "tester",
    )
    record_decision(
        db,
        case_id,
        DecisionContent(
            recommendation=Recommendation.NEOADJUVANT_THEN_RESTAGING,
            rationale="SMV contact above 180 degrees",
            intent=Intent.CURATIVE,
            staging="cT3 N0 M0, borderline resectable",
            participants=("Dr A Surgeon", "Dr B Radiologist"),
        ),
        "tester",
    )
    yield Site(
        db,
        case_id,
        installed.case.patient_id,
        str(header.StudyInstanceUID),
        str(header.PatientID),
        str(header.PatientName),
    )
    db.close()


def _in_orthanc(orthanc: Orthanc, sop_instance_uid: str) -> dict[str, str]:
    [orthanc_id] = orthanc.rest(
        "POST",
        "/tools/find",
        json.dumps({"Level": "Instance", "Query": {"SOPInstanceUID": sop_instance_uid}}).encode(),
    )
    tags: dict[str, str] = orthanc.rest("GET", f"/instances/{orthanc_id}/simplified-tags")
    return tags


def test_the_case_results_are_its_objects_with_the_original_identifiers(site: Site) -> None:
    results = case_results(site.db, site.case_id)
    assert [r.kind for r in results] == [
        ResultKind.SR,
        ResultKind.SEG,
        ResultKind.KOS,
        ResultKind.PDF,
    ]
    for result in results:
        assert result.sop_class_uid == SOP_CLASSES[result.kind]
        assert result.sop_instance_uid == str(result.dataset.SOPInstanceUID)
        assert str(result.dataset.StudyInstanceUID) == site.study_instance_uid
        assert str(result.dataset.PatientID) == site.patient_id
        assert str(result.dataset.PatientName) == site.patient_name
    by_kind = {r.kind: r.description for r in results}
    assert by_kind[ResultKind.SR] == "Imaging Measurement Report"
    assert by_kind[ResultKind.KOS] == "Key images (images referenced: 1)"
    assert by_kind[ResultKind.PDF] == "MDT outcome report"
    [seg] = [r for r in results if r.kind is ResultKind.SEG]
    assert isinstance(seg, CaseResult)
    assert seg.description == str(seg.dataset.SeriesDescription) != ""
    only = case_results(site.db, site.case_id, [ResultKind.KOS, ResultKind.SR])
    assert [r.kind for r in only] == [ResultKind.SR, ResultKind.KOS]


def test_a_case_without_results_or_unknown_is_said_so(site: Site) -> None:
    with pytest.raises(NotFoundError):
        case_results(site.db, 9999)
    empty = case_service.create_case(
        site.db, CaseDraft(patient_id=site.patient_pk, title="Not prepared yet"), "tester"
    )
    with pytest.raises(ValidationError, match=rf"Case #{empty.id} has no results to send yet"):
        case_results(site.db, empty.id)
    with pytest.raises(ValidationError, match="has no results to send yet \\(SR\\)"):
        case_results(site.db, empty.id, [ResultKind.SR])
    with pytest.raises(ValidationError, match="at least one kind"):
        case_results(site.db, site.case_id, [])


@pytest.mark.parametrize("protocol", ["dimse", "dicomweb"])
def test_the_results_sent_are_in_the_archive_with_the_case_s_study_and_audited(
    site: Site,
    orthanc: Orthanc,
    dimse_node: DimseNode,
    web_node: WebNode,
    web_password: str,
    tmp_path: Path,
    protocol: str,
) -> None:
    client = DimseClient(dimse_node) if protocol == "dimse" else WebClient(web_node, web_password)
    seen: list[tuple[int, int]] = []
    work = tmp_path / "work"
    outcome = send_case_results(
        site.db,
        client,
        site.case_id,
        "tester",
        work_dir=work,
        progress=lambda done, total, message="": seen.append((done, total)),
    )
    try:
        assert outcome.failures == () and not outcome.cancelled
        assert len(outcome.sent) == 4
        assert seen[-1] == (4, 4)
        found = {uid: _in_orthanc(orthanc, uid) for uid in outcome.sent}
        assert sorted(tags["SOPClassUID"] for tags in found.values()) == sorted(
            SOP_CLASSES.values()
        )
        for tags in found.values():
            assert tags["StudyInstanceUID"] == site.study_instance_uid
            assert tags["PatientID"] == site.patient_id
    finally:
        for uid in outcome.sent:
            orthanc.delete_instance(uid)  # the archive holds the demo's images only, as before
    assert list(work.iterdir()) == []  # the objects written for sending are gone
    event = next(e for e in latest_events(site.db) if e.action.value == "pacs.sent")
    assert event.entity_id == client.node_name
    assert event.details["protocol"] == protocol
    assert event.details["case_id"] == site.case_id
    assert event.details["kinds"] == ["kos", "pdf", "seg", "sr"]
    assert event.details["results"] == {"kos": 1, "pdf": 1, "seg": 1, "sr": 1}
    assert (event.details["sent"], event.details["not_sent"]) == (4, 0)
    assert set(event.details["sop_classes"]) == set(SOP_CLASSES.values())
    recorded = json.dumps(event.details)
    for phi in (site.patient_id, site.patient_name, site.study_instance_uid):
        assert phi not in recorded


def test_the_results_listed_are_the_ones_sent_and_the_work_folder_is_cleaned_on_failure(
    site: Site, orthanc: Orthanc, dimse_node: DimseNode, tmp_path: Path
) -> None:
    from dataclasses import replace

    from casereview.net.errors import AssociationRejectedError

    work = tmp_path / "work"
    [seg] = case_results(site.db, site.case_id, [ResultKind.SEG])
    outcome = send_case_results(
        site.db, DimseClient(dimse_node), site.case_id, "tester", work_dir=work, results=[seg]
    )
    try:
        assert outcome.sent == (seg.sop_instance_uid,)  # the one the user saw, no other
        assert (
            _in_orthanc(orthanc, seg.sop_instance_uid)["SOPClassUID"] == SOP_CLASSES[ResultKind.SEG]
        )
    finally:
        orthanc.delete_instance(seg.sop_instance_uid)
    wrong = DimseClient(replace(dimse_node, ae_title="NOTORTHANC"))
    with pytest.raises(AssociationRejectedError):
        send_case_results(site.db, wrong, site.case_id, "tester", work_dir=work, results=[seg])
    assert list(work.iterdir()) == []
    with pytest.raises(ValidationError, match="at least one result"):
        send_case_results(site.db, wrong, site.case_id, "tester", work_dir=work, results=[])
