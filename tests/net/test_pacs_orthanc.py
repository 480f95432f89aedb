"""Query, retrieve and send against a real archive: Orthanc on loopback, DIMSE and DICOMweb.

The small demo case is stored in Orthanc; each test finds it, retrieves it into an empty
casereview and compares the pixel data with the originals, or sends results back and looks for
them through Orthanc's REST API. The failures a clinician meets (wrong AE title, server down,
refused password, a cancelled or short retrieve) must give their own clear message and leave
no half-indexed series.
"""

from __future__ import annotations

import itertools
import socket
import time
from collections.abc import Collection
from dataclasses import replace
from datetime import date
from pathlib import Path

import numpy as np
import pydicom
import pytest
from orthanc import OUR_AE, Orthanc, free_port
from sqlalchemy import select

from casereview.demo import DemoCase
from casereview.dicom.encapsulated import encapsulated_pdf
from casereview.dicom.kos import key_object_selection
from casereview.dicom.sr import measurement_report
from casereview.domain.annotations import (
    Annotation,
    AnnotationKind,
    ImageReference,
    Measurement,
)
from casereview.domain.pacs_nodes import DimseNode, WebNode
from casereview.domain.progress import CancelToken
from casereview.errors import NotFoundError, OperationCancelled, ValidationError
from casereview.net import dimse, dimse_get
from casereview.net.dimse import DimseClient
from casereview.net.errors import (
    AssociationRejectedError,
    AuthenticationFailedError,
    PacsRequestError,
    ServerUnreachableError,
)
from casereview.net.query import (
    FetchCounts,
    InstanceSink,
    PacsMatch,
    PacsQuery,
    QueryLevel,
    ReceivedInstance,
)
from casereview.net.web import WebClient
from casereview.services import pacs
from casereview.services.audit import latest_events
from casereview.store import models
from casereview.store.database import Database

pytestmark = pytest.mark.slow

PHASE = "portal-venous"


def _study_uid(demo: DemoCase) -> str:
    return str(pydicom.dcmread(demo.series[PHASE][0], stop_before_pixels=True).StudyInstanceUID)


def _series_uid(demo: DemoCase, phase: str = PHASE) -> str:
    return str(pydicom.dcmread(demo.series[phase][0], stop_before_pixels=True).SeriesInstanceUID)


def _pixels_by_sop(paths: list[Path] | tuple[Path, ...]) -> dict[str, np.ndarray]:
    out: dict[str, np.ndarray] = {}
    for path in paths:
        ds = pydicom.dcmread(path)
        out[str(ds.SOPInstanceUID)] = ds.pixel_array
    return out


def _indexed_paths(db: Database, series_instance_uid: str) -> list[Path]:
    with db.reading() as session:
        return [
            Path(path)
            for path in session.scalars(
                select(models.Instance.file_path)
                .join(models.Series, models.Series.id == models.Instance.series_id)
                .where(models.Series.series_instance_uid == series_instance_uid)
            )
        ]


def _assert_same_pixels(db: Database, demo: DemoCase, phase: str) -> None:
    retrieved = _pixels_by_sop(_indexed_paths(db, _series_uid(demo, phase)))
    original = _pixels_by_sop(demo.series[phase])
    assert retrieved.keys() == original.keys()
    for uid, pixels in original.items():
        np.testing.assert_array_equal(retrieved[uid], pixels)


# --- echo and find ---------------------------------------------------------------------------


def test_echo_answers_through_both_protocols(
    demo_in_orthanc: DemoCase, dimse_node: DimseNode, web_node: WebNode, web_password: str
) -> None:
    assert 0 < dimse.echo(dimse_node) < 10
    assert 0 < WebClient(web_node, web_password).echo() < 10


def test_find_gives_the_same_studies_series_and_patients_by_dimse_and_dicomweb(
    demo_in_orthanc: DemoCase, dimse_node: DimseNode, web_node: WebNode, web_password: str
) -> None:
    demo = demo_in_orthanc
    header = pydicom.dcmread(demo.series[PHASE][0], stop_before_pixels=True)
    name = str(header.PatientName)
    clients = [DimseClient(dimse_node), WebClient(web_node, web_password)]
    for client in clients:
        studies = client.find(PacsQuery(level=QueryLevel.STUDY, patient_name=name[:3]))
        assert [s.study_instance_uid for s in studies] == [_study_uid(demo)]
        study = studies[0]
        assert study.patient_id == str(header.PatientID)
        assert study.number_of_instances == sum(len(p) for p in demo.series.values())
        assert "CT" in study.modalities
        series = client.find(
            PacsQuery(level=QueryLevel.SERIES, patient_id=str(header.PatientID), modality="CT")
        )
        assert {s.series_instance_uid for s in series} == {
            _series_uid(demo, phase) for phase in demo.series
        }
        by_uid = {s.series_instance_uid: s for s in series}
        assert by_uid[_series_uid(demo)].number_of_instances == len(demo.series[PHASE])
        assert by_uid[_series_uid(demo)].patient_name == name  # completed from the study
        patients = client.find(PacsQuery(level=QueryLevel.PATIENT, patient_id=header.PatientID))
        assert [(p.patient_id, p.number_of_studies) for p in patients] == [
            (str(header.PatientID), 1)
        ]
        # Criteria that exclude the study: another modality, a date range before it, an
        # accession number it does not have.
        study_date = date(int(header.StudyDate[:4]), int(header.StudyDate[4:6]), 1)
        for query in (
            PacsQuery(patient_name=name[:3], modality="MR"),
            PacsQuery(date_to=date(study_date.year - 1, 1, 1)),
            PacsQuery(accession_number="NO-SUCH-ACC"),
        ):
            assert client.find(query) == [], query


# --- retrieve --------------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["get", "move"])
def test_a_dimse_retrieve_imports_the_series_with_the_original_pixels(
    demo_in_orthanc: DemoCase,
    dimse_node: DimseNode,
    db: Database,
    pacs_dirs: dict[str, Path],
    method: str,
) -> None:
    demo = demo_in_orthanc
    client = DimseClient(dimse_node, method)
    study = client.find(PacsQuery(study_instance_uid=_study_uid(demo)))
    assert [p.state for p in pacs.local_presence(db, study)] == ["absent"]
    seen: list[tuple[int, int]] = []
    report = pacs.retrieve(
        db,
        client,
        _study_uid(demo),
        [_series_uid(demo)],
        "tester",
        progress=lambda done, total, message="": seen.append((done, total)),
        **pacs_dirs,
    )
    n = len(demo.series[PHASE])
    assert report.complete
    assert [(s.state, s.announced, s.imported) for s in report.series] == [
        (pacs.SeriesState.IMPORTED, n, n)
    ]
    assert seen[-1] == (n, n)
    _assert_same_pixels(db, demo, PHASE)
    # The study is partly here (one of its two series), the series wholly.
    assert [p.state for p in pacs.local_presence(db, study)] == ["partial"]
    series = client.find(PacsQuery(level=QueryLevel.SERIES, study_instance_uid=_study_uid(demo)))
    states = {
        m.series_instance_uid: p.state
        for m, p in zip(series, pacs.local_presence(db, series), strict=True)
    }
    assert states[_series_uid(demo)] == "complete"
    # Asking again fetches nothing.
    again = pacs.retrieve(db, client, _study_uid(demo), [_series_uid(demo)], "tester", **pacs_dirs)
    assert [s.state for s in again.series] == [pacs.SeriesState.ALREADY_LOCAL]
    # A study or series the archive does not have is said so.
    with pytest.raises(NotFoundError, match="has no images of study 1.2.3.4"):
        pacs.retrieve(db, client, "1.2.3.4", None, "tester", **pacs_dirs)
    with pytest.raises(ValidationError, match="has no series 1.2.3.4.5 in this study"):
        pacs.retrieve(db, client, _study_uid(demo), ["1.2.3.4.5"], "tester", **pacs_dirs)


def test_wado_rs_retrieves_the_whole_study_with_the_original_pixels(
    demo_in_orthanc: DemoCase,
    web_node: WebNode,
    web_password: str,
    db: Database,
    pacs_dirs: dict[str, Path],
) -> None:
    demo = demo_in_orthanc
    client = WebClient(web_node, web_password)
    report = pacs.retrieve(db, client, _study_uid(demo), None, "tester", **pacs_dirs)
    assert report.complete
    assert report.imported == sum(len(p) for p in demo.series.values())
    for phase in demo.series:
        _assert_same_pixels(db, demo, phase)


class _Interrupting:
    """A source that lets the real archive send, but loses some instances on the way or stops
    the transfer halfway (a cable pulled, a cancelled retrieve)."""

    def __init__(self, real: DimseClient | WebClient, *, drop_every: int = 0) -> None:
        self.real = real
        self.drop_every = drop_every

    @property
    def node_name(self) -> str:
        return self.real.node_name

    def find(self, query: PacsQuery, cancel: CancelToken | None = None) -> list[PacsMatch]:
        return self.real.find(query, cancel)

    def fetch_series(
        self,
        study_instance_uid: str,
        series_instance_uid: str,
        sink: InstanceSink,
        *,
        progress: pacs.ProgressReporter,
        cancel: CancelToken | None = None,
        skip: Collection[str] = (),
    ) -> FetchCounts:
        # Several associations call the sink at once: next() on a count is atomic.
        arrivals = itertools.count(1)

        def lossy(instance: ReceivedInstance) -> None:
            if self.drop_every and next(arrivals) % self.drop_every == 0:
                return  # lost on the way: the server believes it sent it
            sink(instance)

        return self.real.fetch_series(
            study_instance_uid,
            series_instance_uid,
            lossy,
            progress=progress,
            cancel=cancel,
            skip=skip,
        )


@pytest.mark.parametrize("protocol", ["dimse", "dicomweb"])
def test_a_cancelled_retrieve_indexes_nothing_and_the_next_one_resumes(
    demo_in_orthanc: DemoCase,
    dimse_node: DimseNode,
    web_node: WebNode,
    web_password: str,
    db: Database,
    pacs_dirs: dict[str, Path],
    protocol: str,
) -> None:
    demo = demo_in_orthanc
    client = DimseClient(dimse_node) if protocol == "dimse" else WebClient(web_node, web_password)
    token = CancelToken()
    n = len(demo.series[PHASE])

    def cancel_after_some(done: int, total: int, message: str = "") -> None:
        if done >= 3:
            token.cancel()

    with pytest.raises(OperationCancelled, match="resume"):
        pacs.retrieve(
            db,
            client,
            _study_uid(demo),
            [_series_uid(demo)],
            "tester",
            progress=cancel_after_some,
            cancel=token,
            **pacs_dirs,
        )
    folder = pacs.series_folder(pacs_dirs["pacs_dir"], _study_uid(demo), _series_uid(demo))
    staged = pacs.staged_uids(folder)
    assert 3 <= len(staged) < n
    assert _indexed_paths(db, _series_uid(demo)) == []  # nothing half-indexed
    kept = {p: p.stat().st_mtime_ns for p in folder.glob("*.dcm")}

    report = pacs.retrieve(db, client, _study_uid(demo), [_series_uid(demo)], "tester", **pacs_dirs)
    assert [(s.state, s.imported) for s in report.series] == [(pacs.SeriesState.IMPORTED, n)]
    # What was staged was not written again.
    assert all(p.stat().st_mtime_ns == mtime for p, mtime in kept.items())
    _assert_same_pixels(db, demo, PHASE)


def test_a_server_sending_fewer_images_than_announced_leaves_the_series_staged(
    demo_in_orthanc: DemoCase, dimse_node: DimseNode, db: Database, pacs_dirs: dict[str, Path]
) -> None:
    demo = demo_in_orthanc
    n = len(demo.series[PHASE])
    lossy = _Interrupting(DimseClient(dimse_node), drop_every=4)
    report = pacs.retrieve(db, lossy, _study_uid(demo), [_series_uid(demo)], "tester", **pacs_dirs)
    [series] = report.series
    assert not report.complete
    assert series.state == pacs.SeriesState.INCOMPLETE
    assert series.available == n - n // 4
    assert series.message is not None
    assert f"announced {n} images" in series.message
    assert "retrieve it again" in series.message
    assert _indexed_paths(db, _series_uid(demo)) == []
    # A retrieve from an archive that sends everything completes it.
    report = pacs.retrieve(
        db, DimseClient(dimse_node), _study_uid(demo), [_series_uid(demo)], "tester", **pacs_dirs
    )
    assert [s.state for s in report.series] == [pacs.SeriesState.IMPORTED]
    assert len(_indexed_paths(db, _series_uid(demo))) == n


# --- send ------------------------------------------------------------------------------------


def _results(demo: DemoCase, folder: Path) -> dict[str, Path]:
    """An SR, a KOS and an Encapsulated PDF about the demo's images, and the demo's SEG."""
    folder.mkdir(parents=True, exist_ok=True)
    headers = [pydicom.dcmread(p) for p in demo.series[PHASE][:3]]
    first = headers[0]
    annotation = Annotation(
        "0b1e7a52-7f0e-4a52-9a8e-5d1c0c7d0c01",
        1,
        AnnotationKind.LENGTH,
        "tumour",
        (
            (0.0, 0.0, float(first.ImagePositionPatient[2])),
            (20.0, 0.0, float(first.ImagePositionPatient[2])),
        ),
        ImageReference(
            str(first.SeriesInstanceUID),
            str(first.SOPInstanceUID),
            str(first.FrameOfReferenceUID),
        ),
        measurements=(Measurement("length", 20.0, "mm"),),
    )
    objects = {
        "sr": measurement_report([annotation], headers),
        "kos": key_object_selection(headers, description="For the MDT"),
        "pdf": encapsulated_pdf(b"%PDF-1.4\n%casereview test\n", first, title="MDT outcome"),
    }
    paths = {"seg": demo.seg_path}
    for name, ds in objects.items():
        paths[name] = folder / f"{name}.dcm"
        ds.save_as(paths[name], enforce_file_format=True)
    return paths


@pytest.mark.parametrize("protocol", ["dimse", "dicomweb"])
def test_results_sent_back_are_in_the_archive_and_the_audit_trail(
    demo_in_orthanc: DemoCase,
    orthanc: Orthanc,
    dimse_node: DimseNode,
    web_node: WebNode,
    web_password: str,
    db: Database,
    tmp_path: Path,
    protocol: str,
) -> None:
    paths = _results(demo_in_orthanc, tmp_path / "results")
    uids = {
        name: str(pydicom.dcmread(p, stop_before_pixels=True).SOPInstanceUID)
        for name, p in paths.items()
    }
    for uid in uids.values():
        orthanc.delete_instance(uid)  # the other protocol's test may have sent the SEG
    client = DimseClient(dimse_node) if protocol == "dimse" else WebClient(web_node, web_password)
    not_dicom = tmp_path / "notes.txt"
    not_dicom.write_text("not DICOM")
    try:
        outcome = pacs.send_files(db, client, [*paths.values(), not_dicom], "tester")
        assert sorted(outcome.sent) == sorted(uids.values())
        assert [path for path, _reason in outcome.failures] == [not_dicom]
        assert all(orthanc.has_instance(uid) for uid in uids.values())
    finally:
        for uid in uids.values():
            orthanc.delete_instance(uid)  # the archive holds the demo's images only, as before
    [event] = [e for e in latest_events(db) if e.action.value == "pacs.sent"]
    assert event.entity_id == client.node_name
    assert event.details["protocol"] == protocol
    assert (event.details["sent"], event.details["not_sent"]) == (4, 1)
    assert set(event.details["sop_classes"]) == {
        "1.2.840.10008.5.1.4.1.1.66.4",  # SEG
        "1.2.840.10008.5.1.4.1.1.88.34",  # Comprehensive 3D SR
        "1.2.840.10008.5.1.4.1.1.88.59",  # KOS
        "1.2.840.10008.5.1.4.1.1.104.1",  # Encapsulated PDF
        "unreadable",
    }
    assert event.dicom_event == ("110106", "Export")


# --- failures --------------------------------------------------------------------------------


def test_a_wrong_ae_title_is_named_in_the_refusal(
    demo_in_orthanc: DemoCase, dimse_node: DimseNode
) -> None:
    wrong = replace(dimse_node, ae_title="NOTORTHANC")
    with pytest.raises(AssociationRejectedError, match="AE title 'NOTORTHANC'") as raised:
        dimse.echo(wrong)
    assert "Test PACS" in str(raised.value)


def test_a_closed_port_says_the_server_is_not_reachable() -> None:
    node = DimseNode("Closed", "ANY", "127.0.0.1", free_port(), our_ae_title=OUR_AE, timeout=5)
    with pytest.raises(ServerUnreachableError, match=r"nothing answers at 127\.0\.0\.1"):
        dimse.echo(node)
    web = WebNode("Closed web", f"http://127.0.0.1:{free_port()}/dicom-web", timeout=5)
    with pytest.raises(ServerUnreachableError, match="not reachable"):
        WebClient(web).echo()


def test_an_unknown_calling_ae_title_is_named_when_the_archive_hangs_up(
    demo_in_orthanc: DemoCase, dimse_node: DimseNode
) -> None:
    stranger = replace(dimse_node, our_ae_title="STRANGER")
    with pytest.raises(PacsRequestError, match="our AE title 'STRANGER' is registered"):
        dimse.find(stranger, PacsQuery())
    with pytest.raises(PacsRequestError, match="our AE title 'STRANGER' is registered"):
        dimse_get.get_series(
            stranger,
            _study_uid(demo_in_orthanc),
            _series_uid(demo_in_orthanc),
            lambda instance: None,
        )


def test_a_port_that_answers_but_never_speaks_dicom_is_said_so() -> None:
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)  # connections wait in the backlog, unanswered
        node = DimseNode("Silent", "ANY", "127.0.0.1", silent.getsockname()[1], timeout=1)
        started = time.monotonic()
        with pytest.raises(ServerUnreachableError, match="did not speak DICOM"):
            dimse.echo(node)
        assert time.monotonic() - started < 5


def test_a_refused_password_is_a_clear_401_message(
    demo_in_orthanc: DemoCase, web_node: WebNode
) -> None:
    client = WebClient(web_node, "wrong password")
    with pytest.raises(AuthenticationFailedError, match="refused the user name or password"):
        client.find(PacsQuery())
    anonymous = WebClient(WebNode("Anonymous", web_node.base_url, timeout=10))
    with pytest.raises(AuthenticationFailedError, match="asks for a user name and password"):
        anonymous.echo()
