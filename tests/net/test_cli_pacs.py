"""``casereview-cli pacs``: nodes, echo, find, get, move and send against Orthanc on loopback."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pydicom
import pytest
from orthanc import ORTHANC_AE, OUR_AE, PASSWORD, USER, Orthanc

from casereview.app import cli
from casereview.demo import DemoCase
from casereview.dicom.kos import key_object_selection

pytestmark = pytest.mark.slow


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_pacs_commands_from_adding_nodes_to_sending_results(
    demo_in_orthanc: DemoCase,
    orthanc: Orthanc,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    demo = demo_in_orthanc
    first = {
        phase: pydicom.dcmread(paths[0], stop_before_pixels=True)
        for phase, paths in demo.series.items()
    }
    study = str(first["portal-venous"].StudyInstanceUID)
    venous = str(first["portal-venous"].SeriesInstanceUID)
    arterial = str(first["arterial"].SeriesInstanceUID)
    secret = tmp_path / "password.txt"
    secret.write_text(PASSWORD + "\n")

    code, out, err = _run(
        capsys,
        "pacs", "node", "add", "Test PACS",
        "--ae-title", ORTHANC_AE, "--host", "127.0.0.1", "--port", str(orthanc.dicom_port),
        "--our-ae-title", OUR_AE, "--our-port", str(orthanc.move_port), "--timeout", "10",
    )  # fmt: skip
    assert code == cli.EXIT_OK, err
    code, out, err = _run(
        capsys,
        "pacs", "node", "add", "Test web", "--web", orthanc.dicomweb_url,
        "--auth", "basic", "--username", USER, "--secret-file", str(secret),
    )  # fmt: skip
    assert code == cli.EXIT_OK, err
    code, out, _ = _run(capsys, "pacs", "node", "list", "--json")
    listed = json.loads(out)
    assert [(n["kind"], n["name"]) for n in listed] == [
        ("dimse", "Test PACS"),
        ("dicomweb", "Test web"),
    ]
    assert PASSWORD not in out

    code, out, _ = _run(capsys, "pacs", "echo", "Test PACS", "--json")
    assert code == cli.EXIT_OK and json.loads(out)["protocol"] == "dimse"
    code, out, _ = _run(capsys, "pacs", "echo", "--web", "Test web")
    assert code == cli.EXIT_OK and out.startswith("Test web answers")

    code, out, _ = _run(
        capsys, "pacs", "find", "Test PACS", "--level", "series", "--name", "DEMO", "--json", "-v"
    )
    found = json.loads(out)
    assert {(s["series_instance_uid"], s["local"]["state"]) for s in found} == {
        (venous, "absent"),
        (arterial, "absent"),
    }

    code, out, err = _run(
        capsys, "pacs", "get", "--web", "Test web", "--study", study, "--series", venous, "--json"
    )
    assert code == cli.EXIT_OK, err
    got = json.loads(out)
    assert got["complete"] and got["imported"] == len(demo.series["portal-venous"])
    code, out, err = _run(capsys, "pacs", "move", "Test PACS", "--study", study)
    assert code == cli.EXIT_OK, err
    assert "already here" in out and "imported" in out
    assert f"imported {len(demo.series['arterial'])} images" in out
    code, out, _ = _run(capsys, "pacs", "find", "--web", "Test web", "--json")
    assert [s["local"]["state"] for s in json.loads(out)] == ["complete"]

    kos = tmp_path / "kos.dcm"
    key_object_selection(
        [pydicom.dcmread(demo.series["arterial"][0])], description="For the MDT"
    ).save_as(kos, enforce_file_format=True)
    code, out, err = _run(capsys, "pacs", "send", "Test PACS", str(kos), "--json")
    assert code == cli.EXIT_OK, err
    [uid] = json.loads(out)["sent"]
    assert orthanc.has_instance(uid)
    orthanc.delete_instance(uid)  # the archive holds the demo's images only, as before

    # Wrong kind of node for the command: a clear message, no traceback.
    code, _, err = _run(capsys, "pacs", "echo", "--web", "Test PACS")
    assert code == cli.EXIT_ERROR and "is a DICOM node: name it without --web" in err
    code, _, err = _run(capsys, "pacs", "move", "--web", "Test web", "--study", study)
    assert code == cli.EXIT_ERROR and "use 'pacs get --web NODE'" in err
    code, _, err = _run(capsys, "pacs", "find", "Nowhere")
    assert code == cli.EXIT_ERROR and "No PACS node 'Nowhere'" in err
    # Nothing of the patient's identity, nor the password, reached the log (verbose included).
    log = (Path(os.environ["CASEREVIEW_HOME"]) / "logs" / "casereview.log").read_text()
    assert "C-MOVE of series" in log  # the log was written
    for secret_text in (
        str(first["arterial"].PatientName),
        str(first["arterial"].PatientID),
        "DEMO*",
        PASSWORD,
    ):
        assert secret_text not in log
    code, _, _ = _run(capsys, "pacs", "node", "remove", "Test web")
    assert code == cli.EXIT_OK
    code, out, _ = _run(capsys, "pacs", "node", "list")
    assert "Test web" not in out and "Test PACS" in out
