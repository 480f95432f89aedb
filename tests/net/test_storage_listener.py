"""The storage listener started with the app: C-MOVE through it, pushed series imported once
quiet, callers checked at association, a taken port said so, the port freed on stop.

Orthanc (loopback) is the archive; its modality ``casereview`` is our AE title on
``orthanc.move_port``, where the listener runs in these tests.
"""

from __future__ import annotations

import json
import logging
import socket
import threading
import time
from pathlib import Path

import numpy as np
import pydicom
import pytest
from orthanc import ORTHANC_AE, OUR_AE, Orthanc, free_port
from pynetdicom import AE
from sqlalchemy import select

from casereview.demo import DemoCase
from casereview.domain.pacs_nodes import DimseNode, StorageListenerSettings
from casereview.domain.settings import Settings
from casereview.errors import ValidationError
from casereview.net.dimse import DimseClient
from casereview.net.errors import PacsError
from casereview.net.query import ReceivedInstance
from casereview.net.storage_scp import StorageListener, known_callers, running_listener
from casereview.services import pacs
from casereview.services.pacs_incoming import IncomingImporter, series_summaries
from casereview.store import models
from casereview.store.database import Database

pytestmark = pytest.mark.slow

PHASE = "portal-venous"
VERIFICATION = "1.2.840.10008.1.1"
CT_IMAGE = "1.2.840.10008.5.1.4.1.1.2"


def _uids(demo: DemoCase, phase: str = PHASE) -> tuple[str, str]:
    header = pydicom.dcmread(demo.series[phase][0], stop_before_pixels=True)
    return str(header.StudyInstanceUID), str(header.SeriesInstanceUID)


def _indexed(db: Database, series_instance_uid: str) -> dict[str, np.ndarray]:
    with db.reading() as session:
        paths = session.scalars(
            select(models.Instance.file_path)
            .join(models.Series, models.Series.id == models.Instance.series_id)
            .where(models.Series.series_instance_uid == series_instance_uid)
        ).all()
    return {str(ds.SOPInstanceUID): ds.pixel_array for ds in (pydicom.dcmread(p) for p in paths)}


def _assert_original_pixels(db: Database, demo: DemoCase, phase: str) -> None:
    indexed = _indexed(db, _uids(demo, phase)[1])
    originals = {
        str(ds.SOPInstanceUID): ds.pixel_array
        for ds in (pydicom.dcmread(p) for p in demo.series[phase])
    }
    assert indexed.keys() == originals.keys()
    for uid, pixels in originals.items():
        np.testing.assert_array_equal(indexed[uid], pixels)


def _settings(port: int, **changes: object) -> StorageListenerSettings:
    values: dict[str, object] = {"ae_title": OUR_AE, "port": port, "bind_host": "127.0.0.1"}
    values.update(changes)
    return StorageListenerSettings(**values)  # type: ignore[arg-type]  # values typed loosely for brevity


def _orthanc_series_id(orthanc: Orthanc, series_instance_uid: str) -> str:
    [found] = orthanc.rest(
        "POST",
        "/tools/find",
        json.dumps(
            {"Level": "Series", "Query": {"SeriesInstanceUID": series_instance_uid}}
        ).encode(),
    )
    return str(found)


def _associate(
    port: int, calling: str, called: str = OUR_AE
) -> tuple[bool, tuple[int, int] | None]:
    """Whether our listener accepts ``calling`` (and the rejection's source and reason)."""
    ae = AE(ae_title=calling)
    ae.add_requested_context(VERIFICATION)
    ae.acse_timeout = ae.network_timeout = 10
    assoc = ae.associate("127.0.0.1", port, ae_title=called)
    if assoc.is_established:
        status = assoc.send_c_echo()
        assoc.release()
        assert status.Status == 0x0000
        return True, None
    assert assoc.is_rejected
    primitive = assoc.acceptor.primitive
    return False, (primitive.result_source, primitive.diagnostic)


def test_settings_validate_and_round_trip() -> None:
    default = Settings()
    assert default.storage_listener == StorageListenerSettings()
    assert not default.storage_listener.enabled
    changed = default.with_changes(
        storage_listener=StorageListenerSettings(True, "WS1", 4242, "127.0.0.1", True)
    )
    assert Settings.from_dict(changed.to_dict()) == changed
    # A settings file written before the listener existed loads with the default.
    old = changed.to_dict()
    del old["storage_listener"]
    assert Settings.from_dict(old).storage_listener == StorageListenerSettings()
    for bad, message in (
        ({"port": 70000}, "port must be a number from 1 to 65535"),
        ({"ae_title": "A" * 17}, "AE title must be 1 to 16 characters"),
        ({"bind_host": "pacs.example.org"}, "one IPv4 address of this machine"),
        ({"bind_host": "10.0.0.300"}, "one IPv4 address of this machine"),
        ({"enabled": "yes"}, "must be true or false"),
    ):
        with pytest.raises(ValidationError, match=message):
            StorageListenerSettings(**bad)  # type: ignore[arg-type]  # wrong on purpose: validation


def test_a_c_move_goes_through_the_running_listener(
    demo_in_orthanc: DemoCase,
    orthanc: Orthanc,
    dimse_node: DimseNode,
    db: Database,
    pacs_dirs: dict[str, Path],
    caplog: pytest.LogCaptureFixture,
) -> None:
    demo = demo_in_orthanc
    study, series = _uids(demo)
    unsolicited: list[ReceivedInstance] = []
    listener = StorageListener(
        _settings(orthanc.move_port), [dimse_node.ae_title], unsolicited.append
    )
    assert running_listener(OUR_AE, orthanc.move_port) is None
    with listener:
        assert listener.running
        assert listener.address == ("127.0.0.1", orthanc.move_port)
        assert running_listener(OUR_AE, orthanc.move_port) is listener
        assert running_listener("OTHER", orthanc.move_port) is None
        caplog.set_level(logging.INFO, logger="casereview.net.dimse_move")
        # With the listener on the node's C-MOVE port, a second server there could not even
        # start: the retrieve succeeds only through the listener.
        report = pacs.retrieve(
            db, DimseClient(dimse_node, "move"), study, [series], "tester", **pacs_dirs
        )
    assert not listener.running
    assert running_listener(OUR_AE, orthanc.move_port) is None
    n = len(demo.series[PHASE])
    assert [(s.state, s.announced, s.imported) for s in report.series] == [
        (pacs.SeriesState.IMPORTED, n, n)
    ]
    _assert_original_pixels(db, demo, PHASE)
    assert unsolicited == []  # the retrieve's images went to the retrieve only
    assert any("through the storage listener" in r.getMessage() for r in caplog.records)


def test_a_series_pushed_unasked_is_imported_once_quiet(
    demo_in_orthanc: DemoCase,
    orthanc: Orthanc,
    db: Database,
    pacs_dirs: dict[str, Path],
    caplog: pytest.LogCaptureFixture,
) -> None:
    demo = demo_in_orthanc
    study, series = _uids(demo, "arterial")
    quiet = 1.5
    imports: list[tuple[float, list[int]]] = []
    arrivals: list[float] = []
    imported = threading.Event()

    def on_imported(series_ids: list[int]) -> None:
        imports.append((time.monotonic(), series_ids))
        imported.set()

    importer = IncomingImporter(
        db, "tester", quiet_seconds=quiet, on_imported=on_imported, **pacs_dirs
    )

    def receive(instance: ReceivedInstance) -> None:
        arrivals.append(time.monotonic())
        importer(instance)

    caplog.set_level(logging.DEBUG)
    listener = StorageListener(_settings(orthanc.move_port), [ORTHANC_AE], receive)
    try:
        listener.start()
        orthanc.rest(
            "POST",
            "/modalities/casereview/store",
            json.dumps(
                {"Resources": [_orthanc_series_id(orthanc, series)], "Synchronous": True}
            ).encode(),
        )
        n = len(demo.series["arterial"])
        assert len(arrivals) == n
        assert imported.wait(timeout=60)
        # Imported once, whole, after the pause: not before the last image plus the pause.
        [(when, series_ids)] = imports
        assert when - max(arrivals) >= quiet * 0.99
        [summary] = series_summaries(db, series_ids)
        assert (summary.series_instance_uid, summary.instance_count) == (series, n)
        assert importer.pending_series == 0
        _assert_original_pixels(db, demo, "arterial")
        folder = pacs.series_folder(pacs_dirs["pacs_dir"], study, series)
        assert len(list(folder.glob("*.dcm"))) == n
        # The same series pushed again: nothing is written or indexed twice.
        before = {p: p.stat().st_mtime_ns for p in folder.glob("*.dcm")}
        orthanc.rest(
            "POST",
            "/modalities/casereview/store",
            json.dumps({"Resources": [_orthanc_series_id(orthanc, series)]}).encode(),
        )
        assert importer.flush() == []
        assert {p: p.stat().st_mtime_ns for p in folder.glob("*.dcm")} == before
        assert len(imports) == 1
    finally:
        listener.stop()
        importer.close()
    # Nothing of the patient's identity reached the log.
    header = pydicom.dcmread(demo.series["arterial"][0], stop_before_pixels=True)
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "pushed series h:" in logged
    for phi in (str(header.PatientName), str(header.PatientID), study, series):
        assert phi not in logged


def test_callers_are_checked_at_association(
    demo_in_orthanc: DemoCase, orthanc: Orthanc, caplog: pytest.LogCaptureFixture
) -> None:
    port = free_port()
    received: list[ReceivedInstance] = []
    with StorageListener(_settings(port), [ORTHANC_AE, "WORKSTATION2"], received.append):
        assert _associate(port, ORTHANC_AE) == (True, None)
        assert _associate(port, "WORKSTATION2") == (True, None)
        # Unknown: refused by the service user, "calling AE title not recognised" (PS3.8).
        assert _associate(port, "STRANGER") == (False, (1, 3))
        # A known caller that calls another AE title meant another workstation: refused,
        # "called AE title not recognised".
        assert _associate(port, ORTHANC_AE, called="WORKSTATION9") == (False, (1, 7))
    assert "refused a caller with AE title 'STRANGER' calling 'CASEREVIEW'" in caplog.text
    assert f"refused a caller with AE title '{ORTHANC_AE}' calling 'WORKSTATION9'" in caplog.text
    # No DICOM node configured: nobody may send (an empty list must not mean "anyone").
    with StorageListener(_settings(port), [], received.append) as nobody:
        assert _associate(port, ORTHANC_AE) == (False, (1, 3))
        nobody.set_known_callers([ORTHANC_AE])  # a node was added while it runs
        assert _associate(port, ORTHANC_AE) == (True, None)
    with StorageListener(_settings(port, accept_unknown_callers=True), [], received.append):
        assert _associate(port, "STRANGER") == (True, None)
    assert received == []


def test_orthanc_pushing_under_an_unknown_ae_title_is_refused(
    demo_in_orthanc: DemoCase, orthanc: Orthanc, caplog: pytest.LogCaptureFixture
) -> None:
    received: list[ReceivedInstance] = []
    _study, series = _uids(demo_in_orthanc)
    with StorageListener(_settings(orthanc.move_port), [ORTHANC_AE], received.append):
        with pytest.raises(Exception, match="HTTP Error"):
            orthanc.rest(
                "POST",
                "/modalities/casereview/store",
                json.dumps(
                    {
                        "Resources": [_orthanc_series_id(orthanc, series)],
                        "LocalAet": "STRANGER",
                        "Synchronous": True,
                    }
                ).encode(),
            )
    assert received == []
    assert "refused a caller with AE title 'STRANGER'" in caplog.text


def test_a_taken_port_is_said_so_and_stop_frees_the_port() -> None:
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen(1)
        taken = other.getsockname()[1]
        listener = StorageListener(_settings(taken), [ORTHANC_AE], lambda instance: None)
        with pytest.raises(PacsError, match=f"cannot open port {taken}: another program"):
            listener.start()
        assert not listener.running
        assert running_listener(OUR_AE, taken) is None
    port = free_port()
    listener = StorageListener(_settings(port), [ORTHANC_AE], lambda instance: None)
    listener.start()
    listener.start()  # already running: nothing happens
    assert listener.running
    listener.stop()
    listener.stop()  # stopping twice is harmless
    assert not listener.running
    with socket.socket() as probe:  # the port is free again at once
        probe.bind(("127.0.0.1", port))
        probe.listen(1)
    # Started again after a stop: listens again.
    with listener:
        assert _associate(port, ORTHANC_AE) == (True, None)


def test_known_callers_are_the_dimse_nodes_ae_titles(dimse_node: DimseNode) -> None:
    from dataclasses import replace

    other = replace(dimse_node, name="Second", ae_title="SECONDPACS")
    settings = Settings(dimse_nodes=(dimse_node, other))
    assert known_callers(settings) == (ORTHANC_AE, "SECONDPACS")
    assert known_callers(Settings()) == ()


def _store(port: int, path: Path) -> int:
    """C-STORE one file to our listener as the archive; the status it answers."""
    ae = AE(ae_title=ORTHANC_AE)
    ae.add_requested_context(CT_IMAGE, str(pydicom.dcmread(path).file_meta.TransferSyntaxUID))
    ae.acse_timeout = ae.network_timeout = ae.dimse_timeout = 10
    assoc = ae.associate("127.0.0.1", port, ae_title=OUR_AE)
    assert assoc.is_established
    try:
        return int(assoc.send_c_store(path).Status)
    finally:
        assoc.release()


def test_instances_go_to_the_transfer_expecting_them_and_failures_reach_the_sender(
    demo_in_orthanc: DemoCase,
) -> None:
    demo = demo_in_orthanc
    study, series = _uids(demo)
    port = free_port()
    expected: list[str] = []

    def cannot_keep(instance: ReceivedInstance) -> None:
        raise OSError("disk full")

    with StorageListener(_settings(port), [ORTHANC_AE], cannot_keep) as listener:
        # Nobody expects it and the workstation cannot keep it: "out of resources", so the
        # sender keeps the image and may try again.
        assert _store(port, demo.series[PHASE][0]) == 0xA700
        with listener.expect(study, series, lambda i: expected.append(i.sop_instance_uid)):
            assert _store(port, demo.series[PHASE][0]) == 0x0000
            # Another series is not the transfer's: it goes to on_unsolicited (which fails).
            assert _store(port, demo.series["arterial"][0]) == 0xA700
        assert _store(port, demo.series[PHASE][1]) == 0xA700  # the transfer is over
        with pytest.raises(ValidationError, match="must be a DICOM UID"):
            listener.expect("not a uid", series, expected.append)
    first = pydicom.dcmread(demo.series[PHASE][0], stop_before_pixels=True)
    assert expected == [str(first.SOPInstanceUID)]


def test_the_importer_waits_for_quiet_imports_on_flush_and_on_close(
    demo_in_orthanc: DemoCase, db: Database, pacs_dirs: dict[str, Path]
) -> None:
    demo = demo_in_orthanc
    study, series = _uids(demo)
    calls: list[list[int]] = []

    def failing_callback(series_ids: list[int]) -> None:
        calls.append(series_ids)
        raise RuntimeError("a front end's own problem")

    def instance(path: Path) -> ReceivedInstance:
        ds = pydicom.dcmread(path)
        return ReceivedInstance(
            str(ds.SOPInstanceUID), str(ds.SOPClassUID), study, series, path.read_bytes()
        )

    paths = demo.series[PHASE]
    importer = IncomingImporter(
        db, "tester", quiet_seconds=600, on_imported=failing_callback, **pacs_dirs
    )
    try:
        for path in paths[:3]:
            importer(instance(path))
        time.sleep(0.2)
        assert importer.pending_series == 1
        assert _indexed(db, series) == {}  # not quiet yet: nothing indexed
        [series_id] = importer.flush()
        assert calls == [[series_id]]  # the callback's failure stopped nothing
        assert len(_indexed(db, series)) == 3
        for path in paths[3:]:
            importer(instance(path))
        importer(instance(paths[0]))  # sent twice: written once
    finally:
        importer.close()  # imports the rest
    assert calls == [[series_id], [series_id]]
    _assert_original_pixels(db, demo, PHASE)
    with pytest.raises(RuntimeError, match="closed"):
        importer(instance(paths[0]))
    with pytest.raises(ValidationError, match="above 0 seconds"):
        IncomingImporter(db, "tester", quiet_seconds=0, **pacs_dirs)
