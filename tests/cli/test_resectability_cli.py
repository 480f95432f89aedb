"""``casereview-cli resectability`` on the small demo cases (borderline, locally advanced).

The small demo's 1.5 mm pixels give contact angles within about 10 degrees of the ground
truth, so angles are compared with a tolerance; the suggested NCCN category must be the ground
truth's.
"""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path
from typing import Any

import pytest
from cli_support import RunJson

from casereview.app.cli import main
from casereview.demo.truth import GroundTruth
from casereview.domain.resectability_rules import CATEGORY_NAMES, ResectabilityCategory

#: Largest difference (degrees) between a measured angle on the small demo and the truth.
ANGLE_TOLERANCE_DEG = 12.0


def _quiet(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(list(argv))
    return code, out.getvalue()


def _install(home: Path, variant: str) -> tuple[int, GroundTruth]:
    """Install a small demo variant and import its reference segments into its case."""
    code, out = _quiet("demo", "--small", "--variant", variant, "--json", "--data-dir", str(home))
    assert code == 0
    demo = json.loads(out)
    truth_path = Path(demo["ground_truth"])
    seg = truth_path.parent / "SEG_90_reference" / "SEG0001.dcm"
    code, _ = _quiet("segment", "import", str(demo["case_id"]), str(seg), "--data-dir", str(home))
    assert code == 0
    truth = GroundTruth.from_json(json.loads(truth_path.read_text(encoding="utf-8")))
    return int(demo["case_id"]), truth


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A data directory with both demo cases segmented, and a case without segments."""
    home = tmp_path_factory.mktemp("resectability")
    borderline = _install(home, "borderline")
    advanced = _install(home, "locally-advanced")
    code, out = _quiet("studies", "--json", "--data-dir", str(home))
    assert code == 0
    study = json.loads(out)[0]["studies"][0]["study_instance_uid"]
    code, out = _quiet("case", "new", "--study", study, "--json", "--data-dir", str(home))
    assert code == 0
    return {
        "home": home,
        "borderline": borderline,
        "advanced": advanced,
        "unsegmented": int(json.loads(out)["id"]),
    }


def _category(truth: GroundTruth) -> ResectabilityCategory:
    return next(c for c, name in CATEGORY_NAMES.items() if str(name) == truth.nccn_category)


def _vessel(document: dict[str, Any], kind: str) -> dict[str, Any]:
    return next(v for v in document["vessels"] if v["vessel"] == kind)


@pytest.mark.parametrize("variant", ["borderline", "advanced"])
def test_suggests_the_ground_truth_category_from_coded_segments(
    site: dict[str, Any], run_json: RunJson, variant: str
) -> None:
    case_id, truth = site[variant]
    document = run_json(site["home"], "resectability", str(case_id))
    assert document["criteria"]["id"] == "nccn-2.2024"
    assert document["stored"] is False
    assert document["suggestion"]["category"] == _category(truth).value
    assert document["suggestion"]["requires_confirmation"] is True
    assert document["tumour"]["chosen"] == "by code"
    for kind in ("sma", "smv", "pv", "celiac", "cha"):
        vessel = _vessel(document, kind)
        assert vessel["segment"]["chosen"] == "by code"
        assert vessel["angle_deg"] == pytest.approx(
            truth.vessels[kind].angle_deg, abs=ANGLE_TOLERANCE_DEG
        )
        if vessel["angle_deg"] == 0.0:
            assert vessel["length_mm"] == 0.0
    assert [v["vessel"] for v in document["not_segmented"]] == ["jejunal"]
    smv = _vessel(document, "smv")
    assert "encasement" in smv["flags"]
    assert "portosplenic_confluence" in {m["landmark"] for m in smv["landmarks"]}
    # Every fired contact rule names the segment its measurement was made on.
    uuids = {v["segment"]["uuid"] for v in document["vessels"]}
    contact_evidence = [
        e for r in document["suggestion"]["rules"] for e in r["evidence"] if e["kind"] == "contact"
    ]
    assert contact_evidence
    assert all(set(e["segment_uids"]) <= uuids and e["segment_uids"] for e in contact_evidence)


def test_text_output(site: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    case_id, truth = site["borderline"]
    assert main(["resectability", str(case_id), "--data-dir", str(site["home"])]) == 0
    out = capsys.readouterr().out
    # "at least": reconstructibility and the first jejunal branch are not recorded.
    assert (
        f"Suggested category (NCCN 2.2024): at least {truth.nccn_category} — a suggestion for "
        "the MDT to confirm"
    ) in out
    assert "superior mesenteric vein (SMV): contact " in out
    assert "portosplenic confluence" in out
    assert "portal vein: no contact, min gap" in out
    assert "- [borderline resectable] SMA: " in out
    assert "missing: " in out


def test_dpcg_is_selectable(site: dict[str, Any], run_json: RunJson) -> None:
    case_id, _ = site["borderline"]
    document = run_json(site["home"], "resectability", str(case_id), "--criteria", "dpcg")
    assert document["criteria"]["id"] == "dpcg-2012"
    assert document["suggestion"]["category"] is not None
    assert document["suggestion"]["rules"]


def test_segments_named_by_hand(site: dict[str, Any], run_json: RunJson) -> None:
    case_id, _ = site["borderline"]
    by_code = run_json(site["home"], "resectability", str(case_id))
    sma_uuid = _vessel(by_code, "sma")["segment"]["uuid"]
    document = run_json(
        site["home"],
        "resectability",
        str(case_id),
        "--tumour",
        "pancreatic head tumour",
        "--vessel",
        "SMV=Superior mesenteric vein",
        "--vessel",
        f"sma={sma_uuid}",
    )
    assert document["tumour"]["chosen"] == "by hand"
    for kind in ("sma", "smv"):
        vessel = _vessel(document, kind)
        assert vessel["segment"]["chosen"] == "by hand"
        assert "by_hand" in vessel["flags"]
        assert vessel["angle_deg"] == _vessel(by_code, kind)["angle_deg"]
    assert _vessel(document, "pv")["segment"]["chosen"] == "by code"
    assert document["suggestion"]["category"] == by_code["suggestion"]["category"]


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ((), "Segment the tumour first"),
        (("--vessel", "artery=SMA"), "'artery' is not a vessel that is graded"),
        (("--vessel", "sma"), "Write --vessel as KIND=SEGMENT"),
        (("--tumour", "no such segment"), "has no segment 'no such segment'"),
    ],
)
def test_clear_messages_without_traceback(
    site: dict[str, Any],
    capsys: pytest.CaptureFixture[str],
    extra: tuple[str, ...],
    expected: str,
) -> None:
    case_id = site["unsegmented"] if not extra else site["borderline"][0]
    code = main(["resectability", str(case_id), *extra, "--data-dir", str(site["home"])])
    captured = capsys.readouterr()
    assert code == 1
    assert expected in captured.err
    assert "Traceback" not in captured.err
    assert captured.out == ""


def test_save_then_correct_from_the_command_line(
    site: dict[str, Any], run_json: RunJson, capsys: pytest.CaptureFixture[str]
) -> None:
    case_id, truth = site["borderline"]
    home, case = site["home"], str(case_id)
    assert main(["assessment", "show", case, "--data-dir", str(home)]) == 1
    assert "has no stored resectability assessment" in capsys.readouterr().err
    saved = run_json(home, "resectability", case, "--save")
    assert saved["stored"] is True and saved["version"] == 1
    assert saved["suggestion"]["category"] == _category(truth).value
    measured_smv = _vessel(saved, "smv")["measured_angle_deg"]
    assert measured_smv == pytest.approx(truth.vessels["smv"].angle_deg, abs=ANGLE_TOLERANCE_DEG)

    corrected = run_json(
        home, "assessment", "override", case, "sma", "200", "--reason", "arc end on fat plane"
    )
    sma = _vessel(corrected, "sma")
    assert corrected["version"] == 2 and sma["angle_deg"] == 200.0
    assert sma["override"]["reason"] == "arc end on fat plane"
    assert sma["measured_angle_deg"] == _vessel(saved, "sma")["measured_angle_deg"]
    assert corrected["suggestion"]["category"] == ResectabilityCategory.LOCALLY_ADVANCED.value

    run_json(home, "assessment", "finding", case, "smv", "tear_drop")
    run_json(home, "assessment", "reconstruction", case, "yes", "--note", "SMV suitable")
    run_json(home, "assessment", "override", case, "sma", "--clear")
    shown = run_json(home, "assessment", "show", case)
    assert shown["version"] == 5
    assert [f["finding"] for f in shown["findings"]] == ["tear_drop"]
    assert shown["reconstruction"]["value"] == "yes"
    assert _vessel(shown, "sma")["override"] is None
    history = run_json(home, "assessment", "history", case)
    assert [h["version"] for h in history] == [1, 2, 3, 4, 5]
    assert len({h["sha256"] for h in history}) == 5

    assert main(["assessment", "show", case, "--data-dir", str(home)]) == 0
    text = capsys.readouterr().out
    assert f"Resectability of case #{case_id}, version 5" in text
    assert "finding: SMV tear-drop deformity" in text
    assert "vein reconstructible: yes" in text
    # Measuring again keeps what people recorded.
    again = run_json(home, "resectability", case, "--save")
    assert again["version"] == 6 and [f["finding"] for f in again["findings"]] == ["tear_drop"]
    # Wrong input is refused with a clear message and stores nothing.
    assert main(["assessment", "override", case, "sma", "--data-dir", str(home)]) == 1
    assert "Give the angle in degrees" in capsys.readouterr().err
    assert main(["assessment", "override", case, "jejunal", "20", "--data-dir", str(home)]) == 1
    assert "was not measured" in capsys.readouterr().err
    assert len(run_json(home, "assessment", "history", case)) == 6
