"""The tear-drop and replaced-rha demo variants through the resectability workbench's core.

Their contact angles alone say resectable; a person then records what the images show (the
tear-drop SMV, the replaced right hepatic artery from the SMA touching the tumour) and the
suggested NCCN category becomes the ground truth's, borderline resectable. Once from the
command line as a user types it, once through the services the command line calls.
"""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path
from typing import Any

import pytest
from cli_support import RunJson

from casereview.app.cli import build_parser, main
from casereview.app.context import AppContext
from casereview.demo.anatomy import VARIANTS
from casereview.demo.install import install_demo
from casereview.demo.truth import GroundTruth
from casereview.domain.resectability import VesselKind
from casereview.domain.resectability_rules import CATEGORY_NAMES, ResectabilityCategory
from casereview.services.resectability import assess_case
from casereview.services.resectability_record import (
    add_finding,
    latest_assessment,
    record_variant,
    save_assessment,
)
from casereview.services.segmentations import import_seg, list_segments

#: Largest difference (degrees) between an angle measured on the small demo and the truth
#: (1.5 mm pixels; as tests/cli/test_resectability_cli.py).
ANGLE_TOLERANCE_DEG = 12.0

NEW_VARIANTS = ("tear-drop", "replaced-rha")

#: What a person records on each variant, as command-line arguments and as the rule it fires.
RECORDED = {
    "tear-drop": (("finding", "smv", "tear_drop"), "NCCN-BR-VEIN-IRREGULAR", "finding"),
    "replaced-rha": (
        ("variant", "replaced_right_hepatic", "--touches-tumour", "--origin", "sma"),
        "NCCN-BR-VARIANT",
        "variant",
    ),
}


def _quiet(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(list(argv))
    return code, out.getvalue()


def _category(name: str) -> ResectabilityCategory:
    return next(c for c, text in CATEGORY_NAMES.items() if str(text) == name)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A data directory with both small demo variants installed and their segments imported."""
    home = tmp_path_factory.mktemp("resectability-variants")
    cases: dict[str, tuple[int, GroundTruth]] = {}
    for variant in NEW_VARIANTS:
        code, out = _quiet(
            "demo", "--small", "--variant", variant, "--json", "--data-dir", str(home)
        )
        assert code == 0
        demo = json.loads(out)
        truth_path = Path(demo["ground_truth"])
        seg = truth_path.parent / "SEG_90_reference" / "SEG0001.dcm"
        code, _ = _quiet(
            "segment", "import", str(demo["case_id"]), str(seg), "--data-dir", str(home)
        )
        assert code == 0
        truth = GroundTruth.from_json(json.loads(truth_path.read_text(encoding="utf-8")))
        cases[variant] = (int(demo["case_id"]), truth)
    return {"home": home, **cases}


def test_demo_command_offers_every_variant() -> None:
    parser = build_parser()
    for variant in VARIANTS:
        assert parser.parse_args(["demo", "--variant", variant]).variant == variant
    with pytest.raises(SystemExit):
        parser.parse_args(["demo", "--variant", "operable"])


@pytest.mark.parametrize("variant", NEW_VARIANTS)
def test_recording_what_the_images_show_gives_the_truths_category(
    site: dict[str, Any], run_json: RunJson, variant: str
) -> None:
    case_id, truth = site[variant]
    home, case = site["home"], str(case_id)
    assert truth.nccn_category_from_angles is not None
    saved = run_json(home, "resectability", case, "--save")
    assert saved["stored"] is True and saved["version"] == 1
    measured = {v["vessel"]: v for v in saved["vessels"]}
    for kind in ("sma", "celiac", "cha", "smv", "pv", "ivc", "aorta"):
        assert measured[kind]["angle_deg"] == pytest.approx(
            truth.vessels[kind].angle_deg, abs=ANGLE_TOLERANCE_DEG
        ), kind
    # The arteries are free; the angles alone suggest (at least) resectable.
    assert all(measured[k]["angle_deg"] == 0.0 for k in ("sma", "celiac", "cha"))
    before = saved["suggestion"]
    assert before["category"] == _category(truth.nccn_category_from_angles).value
    assert before["category"] == ResectabilityCategory.RESECTABLE.value
    assert before["at_least"] is True  # the first jejunal branch is not segmented

    command, rule, evidence = RECORDED[variant]
    recorded = run_json(home, "assessment", command[0], case, *command[1:])
    after = recorded["suggestion"]
    assert recorded["version"] == 2
    assert after["category"] == _category(truth.nccn_category).value
    assert after["category"] == ResectabilityCategory.BORDERLINE.value
    fired = [r for r in after["rules"] if r["rule"] == rule]
    assert len(fired) == 1 and [e["kind"] for e in fired[0]["evidence"]].count(evidence) == 1
    if variant == "tear-drop":
        assert [(f["vessel"], f["finding"]) for f in recorded["findings"]] == [
            (f.vessel, f.finding) for f in truth.findings
        ]
        assert fired[0]["vessel"] == "smv"
    else:
        (expected,) = truth.arterial_variants
        assert [(v["variant"], v["origin"], v["touches_tumour"]) for v in recorded["variants"]] == [
            (expected.variant, expected.origin, expected.touches_tumour)
        ]
    assert [h["category"] for h in run_json(home, "assessment", "history", case)] == [
        before["category"],
        after["category"],
    ]


def test_replaced_artery_segment_is_imported_but_not_graded(
    site: dict[str, Any], run_json: RunJson
) -> None:
    case_id, truth = site["replaced-rha"]
    document = run_json(site["home"], "resectability", str(case_id))
    # Its SNOMED CT code (right branch of hepatic artery) names no graded vessel: it is not
    # measured, a person records the variant; its angle is in the truth for the analysis.
    assert "replaced_rha" not in {v["vessel"] for v in document["vessels"]}
    assert truth.vessels["replaced_rha"].angle_deg > 0.0


@pytest.mark.parametrize("variant", NEW_VARIANTS)
def test_services_as_a_person_uses_them(context: AppContext, tmp_path: Path, variant: str) -> None:
    installed = install_demo(
        context.db,
        tmp_path / "demo",
        context.user.username,
        staging_dir=context.paths.imports,
        quarantine_dir=context.paths.quarantine,
        variant=variant,
        small=True,
    )
    assert installed.demo is not None
    case_id, truth = installed.case.id, installed.demo.ground_truth
    author = context.user.username
    import_seg(context.db, case_id, installed.demo.seg_path, author)
    names = {s.name for s in list_segments(context.db, case_id)}
    assert ("Replaced right hepatic artery" in names) == (variant == "replaced-rha")

    result = assess_case(context.db, case_id)
    smv = next(m for m in result.measurements if m.vessel is VesselKind.SMV)
    assert smv.angle_deg == pytest.approx(truth.vessels["smv"].angle_deg, abs=ANGLE_TOLERANCE_DEG)
    first = save_assessment(context.db, result, author)
    assert first.suggestion.category is ResectabilityCategory.RESECTABLE
    assert truth.nccn_category_from_angles == str(CATEGORY_NAMES[ResectabilityCategory.RESECTABLE])

    if variant == "tear-drop":
        (finding,) = truth.findings
        second = add_finding(context.db, case_id, finding.vessel, finding.finding, author)
    else:
        (arterial,) = truth.arterial_variants
        second = record_variant(
            context.db,
            case_id,
            arterial.variant,
            arterial.touches_tumour,
            author,
            origin=arterial.origin,
        )
    assert second.number == 2 and second.suggestion.category is not None
    assert str(CATEGORY_NAMES[second.suggestion.category]) == truth.nccn_category
    latest = latest_assessment(context.db, case_id)
    assert latest is not None and latest.uid == second.uid
