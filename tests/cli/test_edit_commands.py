"""Every editing command of ``casereview-cli``, as round trips on the small demo case.

Values are checked against the analysis functions the viewer's tools call (same volume, same
points), so the command line measures exactly as the GUI does.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
from cli_support import RunJson

from casereview.analysis.measurements import measure
from casereview.analysis.segmentation import sphere, volume_ml
from casereview.app.cli import main
from casereview.app.context import bootstrap
from casereview.demo.install import find_demo_case
from casereview.domain.annotations import AnnotationKind
from casereview.domain.volume import Volume
from casereview.services.volumes import load_series_volume


@dataclass
class Demo:
    home: Path
    case_id: int
    series_id: int
    volume: Volume

    def lps(self, slice_: float, row: float, column: float) -> tuple[float, float, float]:
        x, y, z = self.volume.index_to_patient(np.array([[slice_, row, column]], float))[0]
        return (float(x), float(y), float(z))

    def point_args(self, *points: tuple[float, float, float]) -> list[str]:
        # "--point=" keeps argparse from taking a negative coordinate for an option.
        return [f"--point={x:.4f},{y:.4f},{z:.4f}" for x, y, z in points]


@pytest.fixture
def demo(demo_home: Path) -> Iterator[Demo]:
    ctx = bootstrap(demo_home)
    try:
        case = find_demo_case(ctx.db, "borderline")
        assert case is not None
        series_id = case.series_ids[1]  # portal-venous
        volume = load_series_volume(ctx.db, series_id)
    finally:
        ctx.close()
    yield Demo(demo_home, case.id, series_id, volume)


def _listed(run_json: RunJson, demo: Demo) -> dict[str, dict[str, dict[str, object]]]:
    listing = run_json(demo.home, "annotations", f"#{demo.case_id}")
    return {key: {item["uuid"]: item for item in listing[key]} for key in listing if key != "case"}


def _values(measured: list[dict[str, object]]) -> dict[str, float]:
    return {str(m["name"]): float(m["value"]) for m in measured}


def test_annotations_of_every_kind_are_created_listed_edited_and_deleted(
    demo: Demo, run_json: RunJson
) -> None:
    a, b = demo.lps(36, 110, 110), demo.lps(36, 110, 130)
    c, d = demo.lps(36, 100, 120), demo.lps(36, 120, 120)
    shapes = {
        AnnotationKind.LENGTH: [a, b],
        AnnotationKind.BIDIRECTIONAL: [a, b, c, d],
        AnnotationKind.ANGLE: [a, c, b],
        AnnotationKind.ELLIPSE: [c, demo.lps(36, 100, 130), demo.lps(36, 106, 120)],
        AnnotationKind.POLYGON: [a, b, d],
        AnnotationKind.POINT: [c],
        AnnotationKind.TEXT: [d],
        AnnotationKind.ARROW: [a, c],
    }
    created = {}
    for kind, points in shapes.items():
        extra = ["--text", "Check the SMV here"] if kind is AnnotationKind.TEXT else []
        made = run_json(
            demo.home,
            "annotation",
            "create",
            str(demo.case_id),
            kind.value,
            "--series",
            f"#{demo.series_id}",
            *demo.point_args(*points),
            *extra,
        )
        expected = {m.name: m.value for m in measure(kind, points, demo.volume)}
        assert _values(made["measurements"]) == pytest.approx(expected)
        # On one acquired slice: the reference names it, as a mark drawn on that slice does.
        assert made["sop_instance_uid"] == demo.volume.sop_instance_uids[36]
        created[kind] = made
    assert created[AnnotationKind.LENGTH]["summary"] == "Length 30.0 mm"
    assert {"area", "mean", "sd"} <= set(_values(created[AnnotationKind.ELLIPSE]["measurements"]))
    assert created[AnnotationKind.POINT]["label"].startswith("Point ")
    assert created[AnnotationKind.TEXT]["summary"] == "Check the SMV here"

    listed = _listed(run_json, demo)["annotations"]
    assert {made["uuid"] for made in created.values()} <= set(listed)

    length = created[AnnotationKind.LENGTH]["uuid"]
    edited = run_json(
        demo.home,
        "annotation",
        "edit",
        length,
        "--label",
        "Tumour long axis",
        *demo.point_args(a, demo.lps(36, 110, 150)),
    )
    assert edited["label"] == "Tumour long axis" and edited["summary"] == "Length 60.0 mm"
    assert _listed(run_json, demo)["annotations"][length]["summary"] == "Length 60.0 mm"

    deleted = run_json(demo.home, "annotation", "delete", length)
    assert deleted == {"uuid": length, "case": demo.case_id, "deleted": True}
    assert length not in _listed(run_json, demo)["annotations"]

    audit = run_json(demo.home, "audit", "list", "--limit", "5")
    assert any(event["entity"] == f"annotation:{length}" for event in audit)


def test_annotation_commands_refuse_bad_input(
    demo: Demo, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["annotation", "create", str(demo.case_id), "length", "--series", str(demo.series_id)]
    home = ["--data-dir", str(demo.home)]
    assert main([*base, *demo.point_args(demo.lps(1, 1, 1)), *home]) == 1
    assert "needs 2 point(s)" in capsys.readouterr().err
    far = demo.lps(36, 110, 110)
    outside = (far[0], far[1], far[2] + 10_000.0)
    assert main([*base, *demo.point_args(far, outside), *home]) == 1
    assert "outside the images" in capsys.readouterr().err
    assert main([*base, "--point", "1,2", *home]) == 1
    assert "three LPS coordinates" in capsys.readouterr().err


def test_key_images_are_flagged_and_removed(demo: Demo, run_json: RunJson) -> None:
    flagged = run_json(
        demo.home,
        "key-image",
        "flag",
        f"#{demo.case_id}",
        "--series",
        str(demo.series_id),
        "--slice",
        "36",
        "--caption",
        "Tumour at the SMV",
        "--window",
        "pancreas",
    )
    assert flagged["sop_instance_uid"] == demo.volume.sop_instance_uids[36]
    assert (flagged["window_width"], flagged["window_center"]) == (300.0, 60.0)
    centre = demo.lps(36, (demo.volume.shape[1] - 1) / 2, (demo.volume.shape[2] - 1) / 2)
    assert flagged["plane_origin_lps_mm"] == pytest.approx(list(centre))

    coronal = run_json(
        demo.home,
        "key-image",
        "flag",
        str(demo.case_id),
        "--series",
        str(demo.series_id),
        f"--position={centre[0]},{centre[1]},{centre[2]}",
        "--orientation",
        "coronal",
        "--window",
        "350,50",
    )
    # A coronal plane crosses the acquired slices: it refers to the series only.
    assert coronal["sop_instance_uid"] == "" and coronal["orientation"] == "coronal"
    assert (coronal["window_width"], coronal["window_center"]) == (350.0, 50.0)
    assert {flagged["uuid"], coronal["uuid"]} <= set(_listed(run_json, demo)["key_images"])

    removed = run_json(demo.home, "key-image", "remove", str(demo.case_id), flagged["uuid"])
    assert removed["removed"] is True
    assert flagged["uuid"] not in _listed(run_json, demo)["key_images"]


def test_segments_are_created_painted_measured_recoded_and_deleted(
    demo: Demo, run_json: RunJson, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = str(demo.case_id)
    segment = run_json(
        demo.home,
        "segment",
        "create",
        case,
        "--series",
        str(demo.series_id),
        "--template",
        "tumour",
    )
    assert segment["name"].startswith("Tumour") and segment["type"]["meaning"] == "Neoplasm"
    assert segment["voxels"] == 0
    uuid = segment["uuid"]

    mask = sphere(demo.volume, demo.lps(36, 110, 120), 8.0)
    np.save(tmp_path / "ball.npy", mask)
    painted = run_json(demo.home, "segment", "paint", case, uuid, str(tmp_path / "ball.npy"))
    assert painted["voxels"] == int(mask.sum())
    assert painted["volume_ml"] == pytest.approx(volume_ml(mask, demo.volume), abs=1e-3)
    assert painted["volume_ml"] == pytest.approx(4 / 3 * np.pi * 0.512, rel=0.15)

    removed = run_json(
        demo.home, "seg", "paint", case, uuid, str(tmp_path / "ball.npy"), "--mode", "remove"
    )
    assert removed["voxels"] == 0 and removed["volume_ml"] == 0

    # NIfTI on the series' own grid, as 'casereview-cli volume' writes it.
    import SimpleITK as sitk

    run_json(demo.home, "volume", str(demo.series_id), "--out", str(tmp_path / "pv.nii.gz"))
    grid = sitk.ReadImage(str(tmp_path / "pv.nii.gz"))
    nifti = sitk.GetImageFromArray(mask.astype(np.uint8))
    nifti.CopyInformation(grid)
    sitk.WriteImage(nifti, str(tmp_path / "ball.nii.gz"))
    from_nifti = run_json(demo.home, "segment", "paint", case, uuid, str(tmp_path / "ball.nii.gz"))
    assert from_nifti["voxels"] == int(mask.sum())

    np.save(tmp_path / "small.npy", np.ones((2, 2, 2), dtype=bool))
    assert (
        main(
            [
                "segment",
                "paint",
                case,
                uuid,
                str(tmp_path / "small.npy"),
                "--data-dir",
                str(demo.home),
            ]
        )
        == 1
    )
    assert "voxel grid" in capsys.readouterr().err

    renamed = run_json(demo.home, "segment", "rename", case, uuid, "Head mass")
    assert renamed["name"] == "Head mass"
    recoded = run_json(
        demo.home, "segment", "recode", case, uuid, "--code", "SCT:15776009:Pancreas"
    )
    assert recoded["type"] == {"value": "15776009", "scheme": "SCT", "meaning": "Pancreas"}
    assert recoded["category"]["meaning"] == "Morphologically Abnormal Structure"
    recoloured = run_json(demo.home, "segment", "recolour", case, uuid, "16,32,48")
    assert recoloured["colour"] == "#102030"
    assert _listed(run_json, demo)["segments"][uuid]["voxels"] == int(mask.sum())

    assert run_json(demo.home, "segment", "delete", case, uuid)["deleted"] is True
    assert uuid not in _listed(run_json, demo)["segments"]


def test_named_views_and_presets_are_saved_listed_and_recalled(
    demo: Demo, run_json: RunJson, tmp_path: Path
) -> None:
    series = str(demo.series_id)
    preset = run_json(
        demo.home,
        "preset",
        "save",
        "Soft CTA",
        "--from",
        "cta",
        "--window",
        "500,200",
        "--peak-opacity",
        "0.5",
    )
    assert preset["name"] == "Soft CTA"
    shown = run_json(demo.home, "preset", "show", "soft cta")
    low, high = shown["opacities"][0][0], shown["opacities"][-1][0]
    assert (high - low, (low + high) / 2) == pytest.approx((500.0, 200.0))
    assert max(o for _, o in shown["opacities"]) == pytest.approx(0.5)
    assert "Soft CTA" in [p["name"] for p in run_json(demo.home, "preset", "list")["saved"]]

    saved = run_json(
        demo.home,
        "view",
        "save",
        series,
        "From the right",
        "--side",
        "right",
        "--preset",
        "Soft CTA",
        "--case",
        str(demo.case_id),
    )
    camera = saved["camera"]
    direction = np.subtract(camera["position"], camera["focal_point"])
    assert direction[0] < 0 and abs(direction[1]) < 1e-6  # the camera stands on the right (-L)
    listed = run_json(demo.home, "view", "list", series, "--case", str(demo.case_id))
    assert [v["name"] for v in listed] == ["From the right"]

    picture = tmp_path / "right.png"
    recalled = run_json(
        demo.home,
        "view",
        "recall",
        series,
        "from the RIGHT",
        "--case",
        str(demo.case_id),
        "--out",
        str(picture),
        "--size",
        "160x120",
    )
    assert recalled["camera"] == camera and recalled["preset"]["name"] == "Soft CTA"
    assert picture.stat().st_size > 0

    run_json(demo.home, "view", "delete", series, "From the right", "--case", str(demo.case_id))
    assert run_json(demo.home, "view", "list", series, "--case", str(demo.case_id)) == []
    run_json(demo.home, "preset", "delete", "Soft CTA")
    assert run_json(demo.home, "preset", "list")["saved"] == []
