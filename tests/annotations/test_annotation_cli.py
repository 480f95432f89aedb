"""The command-line twins: list annotations and segments, export and import DICOM SEG."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from casereview.analysis.segmentation import sphere
from casereview.app.cli import main
from casereview.app.context import bootstrap
from casereview.demo.install import find_demo_case
from casereview.domain.annotations import AnnotationDraft, AnnotationKind, ImageReference
from casereview.domain.segments import TEMPLATE_BY_KEY, SegmentDraft
from casereview.services import annotations as annotation_service
from casereview.services import segmentations as segment_service
from casereview.services.volumes import load_series_volume


def test_annotations_and_seg_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = str(tmp_path / "home")
    assert main(["demo", "--small", "--data-dir", home]) == 0
    ctx = bootstrap(home)
    try:
        case = find_demo_case(ctx.db, "borderline")
        assert case is not None
        volume = load_series_volume(ctx.db, case.series_ids[1])
        a = tuple(volume.index_to_patient(np.array([[36.0, 110.0, 110.0]]))[0])
        b = tuple(volume.index_to_patient(np.array([[36.0, 110.0, 130.0]]))[0])
        ref = ImageReference(volume.series_instance_uid, volume.sop_instance_uids[36])
        annotation_service.create_annotation(
            ctx.db,
            case.id,
            AnnotationDraft(AnnotationKind.LENGTH, (a, b), ref, "Tumour"),
            ctx.user.username,
        )
        template = TEMPLATE_BY_KEY["tumour"]
        segment = segment_service.create_segment(
            ctx.db,
            case.id,
            SegmentDraft(
                template.name,
                template.category,
                template.type,
                template.colour,
                volume.series_instance_uid,
            ),
            volume.shape,
            ctx.user.username,
        )
        segment_service.set_segment_mask(
            ctx.db,
            segment.uuid,
            sphere(volume, a, 8.0),
            volume,
            ctx.user.username,
        )
    finally:
        ctx.close()
    capsys.readouterr()

    assert main(["annotations", str(case.id), "--json", "--data-dir", home]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [a["summary"] for a in listed["annotations"]] == ["Length 30.0 mm"]
    assert listed["annotations"][0]["label"] == "Tumour"
    assert listed["segments"][0]["type"]["meaning"] == "Neoplasm"
    assert listed["segments"][0]["volume_ml"] == pytest.approx(4 / 3 * np.pi * 0.512, rel=0.12)

    assert main(["annotations", f"#{case.id}", "--data-dir", home]) == 0
    text = capsys.readouterr().out
    assert "Length 30.0 mm" in text and "Neoplasm" in text

    out = tmp_path / "seg.dcm"
    assert main(["seg", "export", case.uid, "--out", str(out), "--data-dir", home]) == 0
    assert out.exists() and "1 segment(s)" in capsys.readouterr().out
    assert main(["seg", "import", str(case.id), str(out), "--json", "--data-dir", home]) == 0
    imported = json.loads(capsys.readouterr().out)["segments"]
    assert [s["name"] for s in imported] == ["Tumour"]
    assert imported[0]["voxels"] == listed["segments"][0]["voxels"]

    assert main(["annotations", "999", "--data-dir", home]) == 1
    assert "does not exist" in capsys.readouterr().err
