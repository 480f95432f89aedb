"""``casereview-cli pacs send --case``, ``pacs listener show|set`` and ``pacs listen`` against
Orthanc on loopback (``pacs listen`` as a subprocess, stopped by SIGTERM)."""

from __future__ import annotations

import json
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pydicom
import pytest
from orthanc import ORTHANC_AE, OUR_AE, Orthanc

from casereview.app import cli
from casereview.app.context import bootstrap
from casereview.demo import DemoCase
from casereview.domain.annotations import AnnotationDraft, AnnotationKind, ImageReference
from casereview.domain.decisions import DecisionContent, Intent, Recommendation
from casereview.services.annotations import create_annotation
from casereview.services.decisions import record_decision
from casereview.services.pacs_incoming import series_summaries
from casereview.services.volumes import series_id_for_uid
from casereview.store.database import open_database
from casereview.store.engine import sqlite_url_for_path

pytestmark = pytest.mark.slow

PHASE = "portal-venous"


def _run(capsys: pytest.CaptureFixture[str], home: Path, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = cli.main([*argv, "--data-dir", str(home)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _add_node(capsys: pytest.CaptureFixture[str], home: Path, orthanc: Orthanc) -> None:
    code, _, err = _run(
        capsys, home,
        "pacs", "node", "add", "Test PACS",
        "--ae-title", ORTHANC_AE, "--host", "127.0.0.1", "--port", str(orthanc.dicom_port),
        "--our-ae-title", OUR_AE, "--our-port", str(orthanc.move_port),
    )  # fmt: skip
    assert code == cli.EXIT_OK, err


@pytest.fixture(scope="module")
def home_with_results(
    demo_in_orthanc: DemoCase, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Path]:
    """A data directory with the small demo case (#1): a measurement and a decision."""
    home = tmp_path_factory.mktemp("cli-results")
    assert cli.main(["demo", "--small", "--data-dir", str(home)]) == cli.EXIT_OK
    header = pydicom.dcmread(demo_in_orthanc.series[PHASE][0], stop_before_pixels=True)
    ctx = bootstrap(home)
    try:
        z = float(header.ImagePositionPatient[2])
        create_annotation(
            ctx.db,
            1,
            AnnotationDraft(
                AnnotationKind.LENGTH,
                ((10.0, 20.0, z), (40.0, 20.0, z)),
                ImageReference(
                    str(header.SeriesInstanceUID),
                    str(header.SOPInstanceUID),
                    str(header.FrameOfReferenceUID),
                ),
                label="Tumour",
            ),
            ctx.user.username,
        )
        record_decision(
            ctx.db,
            1,
            DecisionContent(
                recommendation=Recommendation.SURVEILLANCE,
                rationale="Resectable",
                intent=Intent.CURATIVE,
                staging="cT2 N0 M0",
                participants=("Dr A Surgeon",),
            ),
            ctx.user.username,
        )
    finally:
        ctx.close()
    yield home


def _remove_results(orthanc: Orthanc, demo: DemoCase) -> None:
    """Delete every series of the demo's study but its images: the archive as before."""
    images = {
        str(pydicom.dcmread(paths[0], stop_before_pixels=True).SeriesInstanceUID)
        for paths in demo.series.values()
    }
    for orthanc_id in orthanc.rest("GET", "/series"):
        tags = orthanc.rest("GET", f"/series/{orthanc_id}")["MainDicomTags"]
        if tags.get("SeriesInstanceUID") not in images:
            orthanc.rest("DELETE", f"/series/{orthanc_id}")


def test_pacs_send_case_sends_the_case_s_results(
    home_with_results: Path,
    demo_in_orthanc: DemoCase,
    orthanc: Orthanc,
    capsys: pytest.CaptureFixture[str],
) -> None:
    home = home_with_results
    _add_node(capsys, home, orthanc)
    header = pydicom.dcmread(demo_in_orthanc.series[PHASE][0], stop_before_pixels=True)
    try:
        code, out, err = _run(capsys, home, "pacs", "send", "Test PACS", "--case", "1", "--json")
        assert code == cli.EXIT_OK, err
        sent = json.loads(out)
        assert [r["kind"] for r in sent["results"]] == ["sr", "pdf"]
        assert len(sent["sent"]) == 2 and sent["failures"] == []
        for uid in sent["sent"]:
            [orthanc_id] = orthanc.rest(
                "POST",
                "/tools/find",
                json.dumps({"Level": "Instance", "Query": {"SOPInstanceUID": uid}}).encode(),
            )
            tags = orthanc.rest("GET", f"/instances/{orthanc_id}/simplified-tags")
            assert tags["StudyInstanceUID"] == str(header.StudyInstanceUID)
            assert tags["PatientID"] == str(header.PatientID)
        # Only the measurement report, as text; by DICOMweb the same.
        code, out, err = _run(
            capsys, home, "pacs", "send", "Test PACS", "--case", "#1", "--what", "sr"
        )
        assert code == cli.EXIT_OK, err
        assert out.splitlines() == ["SR   Imaging Measurement Report", "sent to Test PACS: 1 of 1"]
    finally:
        _remove_results(orthanc, demo_in_orthanc)
    # What cannot work is said plainly.
    for argv, message in (
        (("--case", "1", "--what", "xray"), "--what takes sr, seg, kos and pdf"),
        (("x.dcm", "--case", "1"), "not both"),
        (("--case", "1", "--what", "seg"), "Case #1 has no results to send yet (SEG)"),
        (("--case", "77"), "Case #77 does not exist"),
        (("x.dcm", "--what", "sr"), "add --case N"),
    ):
        code, _, err = _run(capsys, home, "pacs", "send", "Test PACS", *argv)
        assert code == cli.EXIT_ERROR and message in err, (argv, err)
    # The file form still works.
    code, _, err = _run(capsys, home, "pacs", "send", "Test PACS")
    assert code == cli.EXIT_ERROR and "or a case with --case N" in err


def test_pacs_listener_show_and_set(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = tmp_path / "home"
    code, out, err = _run(capsys, home, "pacs", "listener", "show")
    assert code == cli.EXIT_OK, err
    assert out.strip() == (
        "storage listener disabled: CASEREVIEW on 0.0.0.0:11112, accepting no caller yet "
        "(add a DICOM node)"
    )
    code, out, err = _run(
        capsys, home,
        "pacs", "listener", "set", "--enable", "--ae-title", "WS-ROOM2", "--port", "11113",
        "--bind", "127.0.0.1", "--json",
    )  # fmt: skip
    assert code == cli.EXIT_OK, err
    assert json.loads(out) == {
        "enabled": True,
        "ae_title": "WS-ROOM2",
        "port": 11113,
        "bind_host": "127.0.0.1",
        "accept_unknown_callers": False,
        "known_callers": [],
    }
    code, out, err = _run(capsys, home, "pacs", "listener", "set", "--accept-unknown")
    assert code == cli.EXIT_OK, err
    code, out, _ = _run(capsys, home, "pacs", "listener", "show")
    assert out.strip() == (
        "storage listener enabled: WS-ROOM2 on 127.0.0.1:11113, accepting any caller"
    )
    settings = json.loads((home / "settings.json").read_text())["storage_listener"]
    assert settings["accept_unknown_callers"] is True and settings["port"] == 11113
    code, _, err = _run(capsys, home, "pacs", "listener", "set", "--port", "70000")
    assert code == cli.EXIT_ERROR and "port must be a number from 1 to 65535" in err
    code, _, err = _run(capsys, home, "pacs", "listener", "set")
    assert code == cli.EXIT_ERROR and "Say what to change" in err
    code, out, _ = _run(capsys, home, "pacs", "listener", "set", "--disable", "--known-only")
    assert out.startswith("storage listener disabled: WS-ROOM2") and "no caller yet" in out


def _lines(stream: IO[str]) -> queue.Queue[str]:
    """The lines a subprocess writes, read on a thread (a blocked read cannot time out)."""
    lines: queue.Queue[str] = queue.Queue()

    def read() -> None:
        for line in stream:
            lines.put(line.rstrip("\n"))

    threading.Thread(target=read, daemon=True).start()
    return lines


def _next_line(lines: queue.Queue[str], timeout: float = 60) -> str:
    try:
        return lines.get(timeout=timeout)
    except queue.Empty:
        pytest.fail(f"no line from 'pacs listen' within {timeout} s")


def test_pacs_listen_imports_a_pushed_series_and_stops_on_sigterm(
    demo_in_orthanc: DemoCase,
    orthanc: Orthanc,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    home = tmp_path / "home"
    _add_node(capsys, home, orthanc)
    # Orthanc's modality "casereview" is our AE title on its move port: listen there.
    code, _, err = _run(
        capsys, home, "pacs", "listener", "set",
        "--port", str(orthanc.move_port), "--bind", "127.0.0.1",
    )  # fmt: skip
    assert code == cli.EXIT_OK, err
    header = pydicom.dcmread(demo_in_orthanc.series[PHASE][0], stop_before_pixels=True)
    process = subprocess.Popen(
        [
            sys.executable, "-m", "casereview.app.cli", "pacs", "listen",
            "--quiet-seconds", "1", "--data-dir", str(home),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    assert process.stdout is not None
    try:
        lines = _lines(process.stdout)
        started = _next_line(lines)
        assert started == (
            f"listening as {OUR_AE} on 127.0.0.1:{orthanc.move_port} for {ORTHANC_AE}; Ctrl-C stops"
        )
        [series_id] = orthanc.rest(
            "POST",
            "/tools/find",
            json.dumps(
                {"Level": "Series", "Query": {"SeriesInstanceUID": str(header.SeriesInstanceUID)}}
            ).encode(),
        )
        orthanc.rest("POST", "/modalities/casereview/store", json.dumps([series_id]).encode())
        n = len(demo_in_orthanc.series[PHASE])
        imported = _next_line(lines)
        assert imported.startswith("imported series #") and imported.endswith(f"{n} images")
        assert str(header.PatientID) not in imported
        started_stop = time.monotonic()
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == cli.EXIT_OK
        assert time.monotonic() - started_stop < 10
        assert _next_line(lines) == "stopped; 1 series imported"
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    # The port is free again for a server (connections of the push may linger in TIME_WAIT,
    # which a server's SO_REUSEADDR ignores), and the series is indexed with every image.
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        probe.bind(("127.0.0.1", orthanc.move_port))
        probe.listen(1)
    db = open_database(sqlite_url_for_path(str(home / "casereview.sqlite")))
    try:
        [summary] = series_summaries(db, [series_id_for_uid(db, str(header.SeriesInstanceUID))])
        assert summary.instance_count == n
    finally:
        db.close()
    stderr = process.stderr.read() if process.stderr else ""
    for phi in (str(header.PatientName), str(header.PatientID)):
        assert phi not in stderr
