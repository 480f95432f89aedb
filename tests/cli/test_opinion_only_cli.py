"""``casereview-cli export --opinion-only``: a partner answers the demo case without resending
its images (issue 20); the answer merges at the first sender and is refused where the images
are not held. The sizes of the full and the opinion-only answer are compared (the numbers:
benchmarks/bench_reply.py)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import numpy as np
import pytest
from cli_support import RunJson

from casereview.app.cli import EXIT_ERROR, main

SENDER = "Hôpital A"
PARTNER = "Partner Hospital"


def _image_files(package: Path) -> int:
    with zipfile.ZipFile(package) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    return sum(1 for f in manifest["files"] if f["kind"] == "dicom-image")


def test_a_partner_answers_the_demo_case_with_its_opinion_only(
    demo_home: Path, run_json: RunJson, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (case,) = [c for c in run_json(demo_home, "case", "list") if "demo" in c["tags"]]
    sent = tmp_path / "case.zip"
    exported = run_json(
        demo_home, "export", str(case["id"]), "--out", str(sent), "--institution", SENDER
    )
    assert exported["institution"] == SENDER and exported["images"] > 0
    partner = tmp_path / "partner"
    run_json(partner, "import-package", str(sent), "--accept-untrusted")
    (received,) = run_json(partner, "case", "list")

    # The partner measures on the series it received.
    (patient,) = run_json(partner, "studies")
    series = [s["id"] for st in patient["studies"] for s in st["series"] if s["modality"] == "CT"][
        -1
    ]
    geometry = run_json(partner, "volume", f"#{series}", "--out", str(tmp_path / "v.nii.gz"))
    origin, spacing = np.asarray(geometry["origin"]), geometry["spacing"]
    direction = np.asarray(geometry["direction"])
    middle = [n // 2 for n in geometry["shape"]]
    a = origin + direction @ (np.array(middle[::-1], float) * np.array(spacing[::-1]))
    b = a + direction[:, 0] * 15.0
    run_json(
        partner,
        "annotation",
        "create",
        str(received["id"]),
        "length",
        "--series",
        str(series),
        *(f"--point={p[0]:.4f},{p[1]:.4f},{p[2]:.4f}" for p in (a, b)),
        "--label",
        "Opinion-only contact",
    )
    full = tmp_path / "full-answer.zip"
    answer = tmp_path / "answer.zip"
    full_report = run_json(
        partner, "export", str(received["id"]), "--out", str(full), "--institution", PARTNER
    )
    report = run_json(
        partner, "export", str(received["id"]), "--out", str(answer), "--opinion-only"
    )
    assert report["opinion_only"] is True and report["institution"] == PARTNER  # remembered
    assert report["images"] == 0 and _image_files(answer) == 0
    assert _image_files(full) == full_report["images"] > 0
    assert report["bytes"] * 10 < full_report["bytes"]

    # A workstation that never received the images refuses the answer and keeps nothing.
    stranger = tmp_path / "stranger"
    capsys.readouterr()
    code = main(["import-package", str(answer), "--accept-untrusted", "--data-dir", str(stranger)])
    assert code == EXIT_ERROR
    assert "not on this workstation" in capsys.readouterr().err
    assert run_json(stranger, "case", "list") == []

    # At the first sender it merges as the partner's layer.
    imported = run_json(demo_home, "import-package", str(answer), "--accept-untrusted")
    assert imported["images_imported"] == 0
    layers = {
        layer["name"]: layer for layer in run_json(demo_home, "layer", "list", str(case["id"]))
    }
    assert layers[PARTNER]["annotations"] >= 1
