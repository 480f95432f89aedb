"""``casereview-cli liver`` and ``liver-segments`` on the small demo's liver (issue 17).

The demo's reference SEG carries a liver segment (SNOMED CT liver); its pancreatic tumour lies
outside the liver and is not counted as a liver tumour. The resected volume is checked against
a count made independently, in patient coordinates: every liver voxel's LPS position from the
volume's own geometry, on the removed side of the plane (or of the middle hepatic vein's plane
for a right hepatectomy on Couinaud segments built from landmarks).
"""

from __future__ import annotations

import contextlib
import io
import json
import shutil
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from cli_support import RunJson

from casereview.app.cli import main
from casereview.app.context import bootstrap
from casereview.services.segmentations import list_segments, segment_mask
from casereview.services.volumes import load_series_volume, series_id_for_uid
from liver.liver_support import LANDMARKS, right_of_middle_hepatic_vein


def _quiet(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(list(argv))
    return code, out.getvalue()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The small borderline demo with its reference segments, and the liver seen in LPS."""
    home = tmp_path_factory.mktemp("liver")
    code, out = _quiet("demo", "--small", "--json", "--data-dir", str(home))
    assert code == 0
    demo = json.loads(out)
    seg = Path(demo["ground_truth"]).parent / "SEG_90_reference" / "SEG0001.dcm"
    code, _ = _quiet("segment", "import", str(demo["case_id"]), str(seg), "--data-dir", str(home))
    assert code == 0
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CASEREVIEW_HOME", str(home))
        context = bootstrap()
        try:
            liver = next(s for s in list_segments(context.db, demo["case_id"]) if s.name == "Liver")
            mask = np.asarray(segment_mask(context.db, liver.uuid), dtype=bool)
            series = series_id_for_uid(context.db, liver.series_instance_uid)
            volume = load_series_volume(context.db, series)
        finally:
            context.close()
    assert volume.shape == mask.shape
    lps = volume.index_to_patient(np.argwhere(mask).astype(np.float64))
    voxel_ml = float(np.prod(volume.spacing)) / 1000.0
    return {"home": home, "case": str(demo["case_id"]), "lps": lps, "voxel_ml": voxel_ml}


@pytest.fixture(scope="module")
def built(site: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A copy of the site where 'liver-segments' built the Couinaud segments."""
    home = tmp_path_factory.mktemp("liver-built") / "home"
    shutil.copytree(site["home"], home)
    landmarks = home.parent / "landmarks.json"
    landmarks.write_text(json.dumps(LANDMARKS), encoding="utf-8")
    code, out = _quiet(
        "liver-segments",
        site["case"],
        "--landmarks",
        str(landmarks),
        "--json",
        "--data-dir",
        str(home),
    )
    assert code == 0
    return {**site, "home": home, "landmarks": landmarks, "segments": json.loads(out)}


def test_a_plane_resection_of_the_demo_liver(site: dict[str, Any], run_json: RunJson) -> None:
    lps: np.ndarray = site["lps"]
    centre = lps.mean(axis=0)
    normal = np.array([-1.0, 0.2, 0.1])  # towards the patient's right, a little posterior
    plane = f"{centre[0]:.2f},{centre[1]:.2f},{centre[2]:.2f};{normal[0]},{normal[1]},{normal[2]}"
    document = run_json(site["home"], "liver", site["case"], f"--plane={plane}")
    expected_total = len(lps) * site["voxel_ml"]
    removed = (lps - np.round(centre, 2)) @ (normal / np.linalg.norm(normal)) > 0
    expected_resected = float(removed.sum()) * site["voxel_ml"]
    volumes = document["volumes_ml"]
    assert volumes["total"] == pytest.approx(expected_total, abs=0.1)
    assert volumes["resected"] == pytest.approx(expected_resected, rel=0.005)
    assert 0.2 < volumes["resected"] / volumes["total"] < 0.8
    # The pancreatic tumour is not in the liver: no liver tumour, no margin.
    assert document["tumours"] == [] and volumes["tumour"] == 0.0
    assert document["margin_mm"] is None
    assert document["flr_percent"] == pytest.approx(
        100 * volumes["remnant"] / volumes["total"], abs=0.1
    )
    # No size in the demo's headers: only the FLR % is judged, against 20 % for a normal liver.
    assert document["size_from"] is None and document["sflr_percent"] is None
    (verdict,) = document["verdicts"]
    assert verdict["threshold_percent"] == 20.0 and document["requires_confirmation"] is True


def test_size_and_condition_from_the_command_line(
    site: dict[str, Any], run_json: RunJson, capsys: pytest.CaptureFixture[str]
) -> None:
    centre = site["lps"].mean(axis=0)
    plane = f"{centre[0]:.1f},{centre[1]:.1f},{centre[2]:.1f};-1,0,0"
    document = run_json(
        site["home"],
        "liver",
        site["case"],
        f"--plane={plane}",
        "--condition",
        "cirrhosis",
        "--height",
        "144",
        "--weight",
        "100",
    )
    assert document["size_from"] == "entered" and document["bsa_m2"] == pytest.approx(2.0)
    assert document["slv_ml"] == pytest.approx(1740.2, abs=0.1)
    assert [v["threshold_percent"] for v in document["verdicts"]] == [40.0]
    assert main(["liver", site["case"], f"--plane={plane}", "--data-dir", str(site["home"])]) == 0
    text = capsys.readouterr().out
    assert "FLR" in text and "a planning aid for the MDT to confirm" in text


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--plane", "1,2;3,4,5"], "Write the plane as a point"),
        (["--plane", "0,0,0;0,0,0"], "a point and a direction"),
        (["--plane", "0,0,0;1,0,0", "--height", "175"], "both the patient's height and weight"),
        (["--plane", "0,0,0;1,0,0", "--height", "1.75", "--weight", "70"], "centimetres"),
        (["--plane", "0,0,0;1,0,0", "--liver", "Spleen2"], "has no segment"),
    ],
)
def test_wrong_input_is_refused_clearly(
    site: dict[str, Any], capsys: pytest.CaptureFixture[str], extra: list[str], message: str
) -> None:
    assert main(["liver", site["case"], *extra, "--data-dir", str(site["home"])]) == 1
    assert message in capsys.readouterr().err


def test_without_couinaud_segments_resect_says_how_to_build_them(
    site: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        ["liver", site["case"], "--resect", "right-hepatectomy", "--data-dir", str(site["home"])]
    )
    assert code == 1
    err = capsys.readouterr().err
    assert "no Couinaud segments yet" in err and "liver-segments CASE --landmarks" in err


def test_liver_segments_prints_volumes_that_add_up_to_the_liver(
    built: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    document = built["segments"]
    assert [s["label"] for s in document["segments"]] == list(range(1, 9))
    assert [s["name"] for s in document["segments"]] == [f"Segment {n}" for n in range(1, 9)]
    assert all(s["volume_ml"] > 0 for s in document["segments"])
    assert document["total_ml"] == pytest.approx(len(built["lps"]) * built["voxel_ml"], abs=0.1)
    # Building again replaces them (text output this time).
    argv = ["liver-segments", built["case"], "--landmarks", str(built["landmarks"])]
    assert main([*argv, "--data-dir", str(built["home"])]) == 0
    text = capsys.readouterr().out
    assert "Segment 8" in text and "planar approximation" in text


def test_right_hepatectomy_saved_and_listed(
    built: dict[str, Any], run_json: RunJson, capsys: pytest.CaptureFixture[str]
) -> None:
    home, case = built["home"], built["case"]
    document = run_json(
        home,
        "liver",
        case,
        "--resect",
        "right-hepatectomy",
        "--height",
        "172",
        "--weight",
        "70",
        "--save",
        "--note",
        "PVE first?",
    )
    resection = document["resection"]
    assert resection == {
        "kind": "segments",
        "name": "right-hepatectomy",
        "segments": [5, 6, 7, 8],
        "plane": None,
        "control_points_lps_mm": [],
    }
    right = right_of_middle_hepatic_vein(built["lps"])
    assert document["flr_percent"] == pytest.approx(100.0 * (1.0 - right.mean()), abs=0.1)
    assert document["volumes_ml"]["resected"] == pytest.approx(
        float(right.sum()) * built["voxel_ml"], abs=0.1
    )
    assert sorted(document["couinaud_volumes_ml"]) == [str(n) for n in range(1, 9)]
    assert document["landmarks_kept"] is True and document["size_from"] == "entered"
    assert {v["measure"] for v in document["verdicts"]} == {"sflr", "rbwr"}
    saved = document["saved"]
    assert saved["number"] == 1 and saved["verified"] and saved["note"] == "PVE first?"
    plane = run_json(home, "liver", case, "--plane=0,0,50;-1,0,0", "--save")
    assert plane["saved"]["number"] == 2 and plane["resection"]["kind"] == "surface"
    assert plane["landmarks_kept"] is False
    history = run_json(home, "liver", case, "--history")
    assert [v["version"]["number"] for v in history["versions"]] == [1, 2]
    assert history["versions"][0]["plan"]["flr_percent"] == document["flr_percent"]
    assert history["versions"][0]["version"]["content_sha256"] == saved["content_sha256"]
    assert main(["liver", case, "--history", "--data-dir", str(home)]) == 0
    text = capsys.readouterr().out
    assert "v1" in text and "right hepatectomy (Couinaud segments 5, 6, 7, 8)" in text
    assert "note: PVE first?" in text and "v2" in text
    assert main(["liver", case, "--resect", "2,3", "--data-dir", str(home)]) == 0
    text = capsys.readouterr().out
    assert "left lateral sectionectomy" in text and "Saved as" not in text


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--resect", "5,6", "--plane", "0,0,0;1,0,0"], "exactly one of --resect"),
        ([], "exactly one of --resect"),
        (["--resect", "9"], "Name the resection"),
        (["--resect", "left-liver"], "Name the resection"),
        (["--resect", "1,2,3,4,5,6,7,8"], "leaves no liver"),
        (["--resect", "5,6", "--note", "x"], "--note goes with --save"),
        (["--history", "--resect", "5,6"], "--history lists the saved plans"),
    ],
)
def test_wrong_resections_are_refused_clearly(
    built: dict[str, Any], capsys: pytest.CaptureFixture[str], extra: list[str], message: str
) -> None:
    assert main(["liver", built["case"], *extra, "--data-dir", str(built["home"])]) == 1
    assert message in capsys.readouterr().err


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "is not JSON"),
        (json.dumps({k: v for k, v in LANDMARKS.items() if k != "ivc_inferior"}), "lack"),
        (json.dumps(dict(LANDMARKS, portal_bifurcation=[0, -5, 900])), "outside the images"),
    ],
)
def test_bad_landmark_files_are_refused_clearly(
    site: dict[str, Any],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: str,
    message: str,
) -> None:
    path = tmp_path / "landmarks.json"
    path.write_text(content, encoding="utf-8")
    argv = ["liver-segments", site["case"], "--landmarks", str(path)]
    assert main([*argv, "--data-dir", str(site["home"])]) == 1
    assert message in capsys.readouterr().err
