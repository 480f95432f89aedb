"""Segmentation tools against the demo's ground truth, segment storage, undo and DICOM SEG."""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
import pydicom
import pytest
import SimpleITK as sitk
from annotations_support import DemoData

from casereview.analysis import region_growing
from casereview.analysis import segmentation as seg
from casereview.commands import CommandHistory, EditContext
from casereview.commands.edits import ChangeSegment, CreateSegment, DeleteSegment, EditSegmentMask
from casereview.dicom.seg import read_seg
from casereview.domain.segments import TEMPLATE_BY_KEY, SegmentDraft
from casereview.domain.volume import Volume
from casereview.errors import ValidationError
from casereview.services import segmentations as service
from casereview.session import SeriesInfo, ViewerSession
from support import require_tool


def _deepest_voxel(mask: np.ndarray) -> tuple[int, int, int]:
    distance = sitk.GetArrayFromImage(
        sitk.SignedMaurerDistanceMap(
            sitk.GetImageFromArray(mask.astype(np.uint8)),
            insideIsPositive=True,
            squaredDistance=False,
        )
    )
    return tuple(
        int(i) for i in np.unravel_index(np.argmax(np.where(mask, distance, -1e9)), mask.shape)
    )


def _draft(data: DemoData, key: str) -> SegmentDraft:
    template = TEMPLATE_BY_KEY[key]
    return SegmentDraft(
        template.name,
        template.category,
        template.type,
        template.colour,
        data.volume.series_instance_uid,
        data.volume.frame_of_reference_uid,
    )


def test_region_growing_from_a_seed_in_the_smv_recovers_it(demo_data: DemoData) -> None:
    """Seed in the middle of the SMV; growth limited, as a user would, to the slices below the
    splenoportal confluence (where the portal and splenic veins begin), with a 1 mm opening to
    cut the one-voxel bridges to neighbouring veins."""
    data = demo_data
    smv = data.truth["Superior mesenteric vein"]
    confluence = int(np.flatnonzero(data.truth["Portal vein"].any(axis=(1, 2)))[0])
    middle = int(np.flatnonzero(smv.any(axis=(1, 2))).mean())
    seed = (middle, *(int(round(c)) for c in np.argwhere(smv[middle]).mean(axis=0)))
    below = np.zeros(smv.shape, dtype=bool)
    below[: confluence + 2] = True
    grown = region_growing.region_grow(
        data.volume, seed, 110.0, 400.0, opening_mm=1.0, within=below
    )
    score = seg.dice(grown, smv)
    assert score >= 0.9, score


def test_tumour_segmented_with_the_tools_has_the_true_volume(demo_data: DemoData) -> None:
    """Region growing in the tumour's HU range, cut from neighbours by a 1.5 mm opening, then
    small islands removed and the surface smoothed."""
    data = demo_data
    truth = data.demo.demo.ground_truth.tumour.volume_ml
    seed = _deepest_voxel(data.truth["Pancreatic head tumour"])
    mask = region_growing.region_grow(data.volume, seed, 35.0, 95.0, opening_mm=1.5)
    mask = seg.remove_small_islands(mask, data.volume, 0.1)
    mask = seg.smooth(mask, data.volume, 1.5)
    measured = seg.volume_ml(mask, data.volume)
    assert abs(measured - truth) / truth < 0.10, (measured, truth)
    d3, long_axis, short_axis = seg.longest_diameters(mask, data.volume)
    tumour = data.demo.demo.ground_truth.tumour
    assert long_axis == pytest.approx(tumour.longest_axial_diameter_mm, rel=0.15)
    assert short_axis == pytest.approx(tumour.short_axis_mm, rel=0.2)
    assert d3 >= long_axis


def test_brushes_islands_and_interpolation(demo_data: DemoData) -> None:
    volume = demo_data.volume
    centre = tuple(float(c) for c in volume.index_to_patient(np.array([[40.0, 120.0, 120.0]]))[0])
    ball = seg.sphere(volume, centre, 10.0)
    assert seg.volume_ml(ball, volume) == pytest.approx(4 / 3 * np.pi * 1.0, rel=0.1)
    d3, long_axis, short_axis = seg.longest_diameters(ball, volume)
    assert d3 == pytest.approx(20.0, abs=2.0)  # voxel centres within 10 mm, plus one pixel
    assert long_axis == pytest.approx(20.0, abs=2.0)
    assert short_axis == pytest.approx(long_axis, abs=1.6)
    disc = seg.disc(volume, centre, 10.0, (0.0, 0.0, 1.0))
    assert np.flatnonzero(disc.any(axis=(1, 2))).tolist() == [40]
    assert disc.sum() * 1.5 * 1.5 == pytest.approx(np.pi * 100, rel=0.08)
    speck = ball.copy()
    speck[5, 5, 5] = True
    assert seg.remove_small_islands(speck, volume, 0.01).sum() == ball.sum()
    outlined = np.zeros_like(ball)
    outlined[30] = ball[40]
    outlined[36] = ball[40]
    filled = seg.interpolate_slices(outlined)
    assert all(filled[s].sum() > 0.8 * ball[40].sum() for s in range(30, 37))
    with pytest.raises(ValidationError):
        region_growing.region_grow(volume, (40, 120, 120), 3000.0, 4000.0)


def test_segment_edits_are_stored_and_undone(demo_data: DemoData) -> None:
    data = demo_data
    session = ViewerSession()
    session.set_primary(data.volume, SeriesInfo(1))
    ctx = EditContext(data.db, "tester", data.case_id, data.volume, session)
    history = CommandHistory()
    create = CreateSegment(ctx, _draft(data, "lymph_node"))
    history.push(create)
    assert [s.name for s in session.segments][-1] == "Lymph node"
    centre = tuple(
        float(c) for c in data.volume.index_to_patient(np.array([[50.0, 90.0, 90.0]]))[0]
    )
    ball = seg.sphere(data.volume, centre, 6.0)
    empty = session.segment_masks[create.uuid]
    history.push(EditSegmentMask(ctx, create.uuid, empty, ball, "Paint"))
    stored = next(s for s in service.list_segments(data.db, data.case_id) if s.uuid == create.uuid)
    assert stored.voxel_count == int(ball.sum())
    assert stored.volume_ml == pytest.approx(seg.volume_ml(ball, data.volume))
    assert stored.diameters_mm[0] == pytest.approx(13.5, abs=1.6)
    assert np.array_equal(service.segment_mask(data.db, create.uuid), ball)
    history.push(ChangeSegment(ctx, create.uuid, name="Node 8a", colour=(1, 2, 3)))
    history.undo()
    history.undo()
    assert not service.segment_mask(data.db, create.uuid).any()
    assert next(s for s in session.segments if s.uuid == create.uuid).name == "Lymph node"
    history.redo()
    assert np.array_equal(session.segment_masks[create.uuid], ball)
    history.push(DeleteSegment(ctx, create.uuid))
    assert create.uuid not in {s.uuid for s in service.list_segments(data.db, data.case_id)}
    history.undo()
    assert np.array_equal(service.segment_mask(data.db, create.uuid), ball)


def test_dicom_seg_export_import_round_trip(demo_data: DemoData, tmp_path: Path) -> None:
    data = demo_data
    ctx = EditContext(data.db, "tester", data.case_id, data.volume)
    before = {s.uuid for s in service.list_segments(data.db, data.case_id)}
    for uuid in before:
        service.delete_segment(data.db, uuid, "tester")
    masks = {
        "tumour": data.truth["Pancreatic head tumour"],
        "smv": data.truth["Superior mesenteric vein"],
        "pancreas": data.truth["Pancreas"],  # overlaps nothing here, but large
    }
    history = CommandHistory()
    uuids = {}
    for key, mask in masks.items():
        create = CreateSegment(ctx, _draft(data, key))
        history.push(create)
        history.push(EditSegmentMask(ctx, create.uuid, np.zeros_like(mask), mask))
        uuids[key] = create.uuid
    originals = {s.uuid: s for s in service.list_segments(data.db, data.case_id)}
    out = service.export_seg(data.db, data.case_id, tmp_path / "out" / "seg.dcm", actor="tester")

    dciodvfy = require_tool("dciodvfy", "dicom3tools")
    result = subprocess.run([dciodvfy, str(out)], capture_output=True, text=True, timeout=120)
    report = result.stdout + result.stderr
    errors = [line for line in report.splitlines() if line.startswith("Error")]
    assert errors == [], report

    dataset = pydicom.dcmread(out, stop_before_pixels=True)
    assert dataset.SOPClassUID == "1.2.840.10008.5.1.4.1.1.66.4"
    assert dataset.ReferencedSeriesSequence[0].SeriesInstanceUID == data.volume.series_instance_uid

    for uuid in uuids.values():  # the originals go; the import must bring everything back
        service.delete_segment(data.db, uuid, "tester")
    imported = service.import_seg(data.db, data.case_id, out, "tester", data.volume)
    assert len(imported) == 3
    by_name = {s.name: s for s in originals.values()}
    for segment in imported:
        original = by_name[segment.name]
        assert segment.uuid != original.uuid  # removed rows are kept: an import never reuses them
        assert segment.category == original.category and segment.type == original.type
        assert max(abs(a - b) for a, b in zip(segment.colour, original.colour, strict=True)) <= 1
        assert np.array_equal(
            service.segment_mask(data.db, segment.uuid), masks[_key(uuids, original.uuid)]
        )
        assert segment.volume_ml == pytest.approx(original.volume_ml)
    # The file read directly holds the same names and codes.
    items = read_seg(out).segments(data.volume.sop_instance_uids)
    assert [i.name for i in items] == [TEMPLATE_BY_KEY[k].name for k in masks]
    # Importing the same file again never overwrites what is there: new identities.
    again = service.import_seg(data.db, data.case_id, out, "tester", data.volume)
    assert not {s.uuid for s in again} & ({s.uuid for s in imported} | set(uuids.values()))
    assert len(service.list_segments(data.db, data.case_id)) == 6


def _key(uuids: dict[str, str], uuid: str) -> str:
    return next(k for k, v in uuids.items() if v == uuid)


def test_smoothing_and_islands_work_in_the_segments_box_with_the_whole_volumes_result() -> None:
    """The tools compute in the box around the segment (fast on a 512x512x300 CT); the result
    is what the whole volume gives, also for a part touching the volume's corner."""
    rng = np.random.default_rng(0)
    shape = (60, 120, 130)
    volume = Volume(np.zeros(shape, np.int16), (1.0, 0.75, 0.75), (0, 0, 0), np.eye(3), (), "1", "")
    s, r, c = np.indices(shape)
    mask = ((s - 30) ** 2 / 100 + (r - 60) ** 2 / 300 + (c - 64) ** 2 / 300 <= 1) & (
        rng.random(shape) > 0.1
    )
    mask[0:3, 0:4, 0:5] = True
    mask[50, 100, 120] = True

    def whole(image: sitk.Image) -> np.ndarray:
        return sitk.GetArrayFromImage(image).astype(bool)

    full = sitk.GetImageFromArray(mask.astype(np.uint8))
    for radius_mm in (1.5, 3.0):
        radius = [max(1, round(radius_mm / sp)) for sp in volume.spacing[::-1]]
        closed = sitk.BinaryMorphologicalClosing(full, radius, sitk.sitkBall)
        expected = whole(sitk.BinaryMorphologicalOpening(closed, radius, sitk.sitkBall))
        assert np.array_equal(seg.smooth(mask, volume, radius_mm), expected)
    labels = sitk.ConnectedComponent(full, True)
    largest = whole(sitk.RelabelComponent(labels, sortByObjectSize=True) == 1)
    assert np.array_equal(seg.keep_largest_island(mask), largest)
    min_voxels = int(np.ceil(0.01 / (np.prod(volume.spacing) / 1000)))
    kept = whole(sitk.RelabelComponent(labels, minimumObjectSize=min_voxels) > 0)
    assert np.array_equal(seg.remove_small_islands(mask, volume, 0.01), kept)
    assert not seg.smooth(np.zeros(shape, bool), volume).any()
