"""The liver planner on the small demo: Couinaud segments from landmarks, plans by segments and
by a surface, each checked against a count made independently in patient coordinates."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from liver_support import LANDMARKS, make_demo_home, opened, right_of_middle_hepatic_vein

from casereview.analysis.liver_resection import ResectionPlane
from casereview.analysis.resection_surface import ResectionSurface
from casereview.domain.audit import AuditAction
from casereview.domain.liver_plan_record import ResectionKind, SurfaceLps
from casereview.domain.liver_remnant import LiverCondition
from casereview.domain.liver_segments import COUINAUD_CODES, COUINAUD_COLOURS, couinaud_label
from casereview.domain.segments import ANATOMICAL_STRUCTURE, TEMPLATE_BY_KEY, SegmentDraft
from casereview.errors import ValidationError
from casereview.services.audit import latest_events
from casereview.services.liver_couinaud import parse_landmarks
from casereview.services.liver_plan import LiverPlanner, build_couinaud_segments, plan_resection
from casereview.services.segmentations import (
    create_segment,
    list_segments,
    segment_mask,
    set_segment_mask,
)
from casereview.services.volumes import load_series_volume, series_id_for_uid


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The demo before any Couinaud segment, the liver's voxels in LPS, and a planner."""
    home = tmp_path_factory.mktemp("liver-planner")
    case_id = make_demo_home(home)
    with opened(home) as context:
        planner = LiverPlanner.open(context.db, case_id)
        volume = load_series_volume(
            context.db, series_id_for_uid(context.db, planner.series_instance_uid)
        )
    whole = planner.liver_mask | planner.tumour_mask
    lps = volume.index_to_patient(np.argwhere(whole).astype(np.float64))
    return {
        "home": home,
        "case": case_id,
        "planner": planner,
        "volume": volume,
        "lps": lps,
        "voxel_ml": float(np.prod(volume.spacing)) / 1000.0,
    }


@pytest.fixture(scope="module")
def built(site: dict[str, Any]) -> dict[str, Any]:
    """The Couinaud segments built once from :data:`LANDMARKS`, and a planner that reads them."""
    with opened(site["home"]) as context:
        segments = build_couinaud_segments(
            context.db, site["case"], parse_landmarks(LANDMARKS), "local", volume=site["volume"]
        )
        planner = LiverPlanner.open(context.db, site["case"])
    return {"segments": segments, "planner": planner}


def test_without_couinaud_segments_a_plan_by_segments_says_what_to_do(
    site: dict[str, Any],
) -> None:
    planner: LiverPlanner = site["planner"]
    assert planner.couinaud_labels is None and planner.segment_volumes_ml() == {}
    with pytest.raises(ValidationError, match="no Couinaud segments yet. Build them"):
        planner.by_segments((5, 6, 7, 8))


def test_couinaud_segments_are_stored_coded_and_add_up_to_the_liver(
    site: dict[str, Any], built: dict[str, Any]
) -> None:
    segments = built["segments"]
    assert [couinaud_label(s.type) for s in segments] == list(range(1, 9))
    for label, segment in enumerate(segments, start=1):
        assert segment.name == f"Segment {label}"
        assert segment.type == COUINAUD_CODES[label]
        assert segment.category == ANATOMICAL_STRUCTURE
        assert segment.colour == COUINAUD_COLOURS[label]
        assert segment.series_instance_uid == built["planner"].series_instance_uid
        assert segment.volume_ml > 0.0, f"segment {label} is empty"
    liver_voxels = len(site["lps"])
    assert sum(s.voxel_count for s in segments) == liver_voxels
    planner: LiverPlanner = built["planner"]
    volumes = planner.segment_volumes_ml()
    assert sorted(volumes) == list(range(1, 9))
    assert sum(volumes.values()) == pytest.approx(liver_voxels * site["voxel_ml"], rel=1e-9)
    assert planner.landmarks == parse_landmarks(LANDMARKS)
    # The planner's label map is the stored segments, label by label.
    assert planner.couinaud_labels is not None
    with opened(site["home"]) as context:
        for label, segment in enumerate(segments, start=1):
            mask = segment_mask(context.db, segment.uuid)
            assert np.array_equal(mask, planner.couinaud_labels == label)


def test_a_right_hepatectomy_matches_an_independent_count(
    site: dict[str, Any], built: dict[str, Any]
) -> None:
    planner: LiverPlanner = built["planner"]
    draft = planner.by_segments((8, 5, 7, 6), condition="chemotherapy")
    inputs, result = draft.inputs, draft.result
    assert inputs.kind is ResectionKind.SEGMENTS and inputs.removed_segments == (5, 6, 7, 8)
    assert inputs.resection_key == "right-hepatectomy"
    assert inputs.landmarks == parse_landmarks(LANDMARKS)
    assert [c.role for c in inputs.couinaud] == [f"couinaud-{n}" for n in range(1, 9)]
    right = right_of_middle_hepatic_vein(site["lps"])
    voxel_ml = site["voxel_ml"]
    expected_resected = float(right.sum()) * voxel_ml
    assert result.total_ml == pytest.approx(len(site["lps"]) * voxel_ml, rel=1e-9)
    # Voxels whose centres lie on the plane itself could fall either way by rounding.
    assert abs(result.resected_ml - expected_resected) <= 3 * voxel_ml
    expected_flr = 100.0 * (1.0 - right.mean())
    assert result.flr_percent == pytest.approx(expected_flr, abs=0.05)
    assert 5.0 < result.flr_percent < 60.0
    # No liver tumour in this demo: no margin, the FLR judged against 30 % after chemotherapy.
    assert result.tumour_ml == 0.0 and result.margin_mm is None
    assert [v.threshold_percent for v in result.verdicts] == [30.0]
    assert dict(result.segment_volumes_ml) == pytest.approx(planner.segment_volumes_ml())


def test_size_entered_beats_none_in_the_images_and_needs_both(built: dict[str, Any]) -> None:
    planner: LiverPlanner = built["planner"]
    assert planner.height_cm_images is None  # the demo's headers carry no size
    draft = planner.by_segments((2, 3), height_cm=144.0, weight_kg=100.0)
    assert draft.inputs.size_from == "entered" and draft.result.bsa_m2 == pytest.approx(2.0)
    assert draft.inputs.resection_key == "left-lateral-sectionectomy"
    assert draft.inputs.condition is LiverCondition.NORMAL
    assert len(draft.result.verdicts) == 2  # sFLR and RBWR
    with pytest.raises(ValidationError, match="both the patient's height and weight"):
        planner.by_segments((2, 3), height_cm=170.0)
    bare = planner.by_segments((2, 3))
    assert bare.inputs.size_from == "" and bare.result.sflr_percent is None


@pytest.mark.parametrize(
    ("removed", "message"),
    [((), "among 1 to 8"), ((0, 5), "among 1 to 8"), (tuple(range(1, 9)), "leaves no liver")],
)
def test_wrong_segment_choices_are_refused(
    built: dict[str, Any], removed: tuple[int, ...], message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        built["planner"].by_segments(removed)


def test_a_surface_in_patient_coordinates_cuts_where_the_images_say(
    site: dict[str, Any], built: dict[str, Any]
) -> None:
    planner: LiverPlanner = built["planner"]
    lps: np.ndarray = site["lps"]
    centre = lps.mean(axis=0)
    normal = np.array([-1.0, 0.2, 0.1])
    flat = SurfaceLps(tuple(centre), tuple(normal))
    by_plane = planner.by_surface(flat)
    voxel_ml = site["voxel_ml"]
    removed = (lps - centre) @ (normal / np.linalg.norm(normal)) > 0
    assert by_plane.result.resected_ml == pytest.approx(float(removed.sum()) * voxel_ml, rel=1e-3)
    assert by_plane.inputs.kind is ResectionKind.SURFACE and by_plane.inputs.landmarks is None
    # Three control points on the plane leave it flat: the very same volumes.
    u = np.cross(normal, [0.0, 0.0, 1.0])
    u /= np.linalg.norm(u)
    v = np.cross(normal / np.linalg.norm(normal), u)
    on_plane = [tuple(centre + 40.0 * d) for d in (u, v, -u - v)]
    same = planner.by_surface(SurfaceLps(tuple(centre), tuple(normal), tuple(on_plane)))
    assert same.result.resected_ml == pytest.approx(by_plane.result.resected_ml, abs=voxel_ml)
    # A fourth point pulled 15 mm into the remnant bends the surface. The count it is checked
    # against uses the analysis' surface built from positions that the loaded volume's own
    # affine turns into array millimetres (not the planner's conversion).
    bump = centre - 15.0 * normal / np.linalg.norm(normal)
    bent = SurfaceLps(tuple(centre), tuple(normal), (*on_plane, tuple(bump)))
    draft = planner.by_surface(bent, condition=LiverCondition.CIRRHOSIS)
    assert abs(draft.result.resected_ml - by_plane.result.resected_ml) > 10 * voxel_ml
    assert draft.inputs.surface == bent and draft.inputs.condition is LiverCondition.CIRRHOSIS
    volume = site["volume"]
    inverse = np.linalg.inv(volume.affine())

    def array_mm(point: np.ndarray) -> tuple[float, float, float]:
        column, row, slice_ = (inverse @ np.append(point, 1.0))[:3]
        sz, sy, sx = volume.spacing
        return (float(slice_ * sz), float(row * sy), float(column * sx))

    direction = volume.direction.T @ normal  # normals go with the transposed directions
    reference = ResectionSurface(
        ResectionPlane(array_mm(centre), (direction[2], direction[1], direction[0])),
        tuple(array_mm(np.asarray(p)) for p in (*on_plane, bump)),
    )
    whole = planner.liver_mask | planner.tumour_mask
    centres = np.argwhere(whole) * np.asarray(volume.spacing)
    expected = float((reference.side(centres) > 0.0).sum()) * voxel_ml
    assert draft.result.resected_ml == pytest.approx(expected, abs=voxel_ml)


def test_planner_coordinates_go_both_ways(site: dict[str, Any]) -> None:
    planner: LiverPlanner = site["planner"]
    rng = np.random.default_rng(17)
    points = rng.uniform(-100.0, 100.0, size=(20, 3))
    there = planner.to_array_mm(points)
    assert there.shape == (20, 3)
    assert np.allclose(planner.to_lps(there), points)
    index = np.array([[3.0, 40.0, 70.0]])
    lps = site["volume"].index_to_patient(index)
    assert np.allclose(planner.to_array_mm(lps[0]), index[0] * np.asarray(planner.spacing))


def test_plan_resection_still_answers_by_a_plane(site: dict[str, Any]) -> None:
    centre = site["lps"].mean(axis=0)
    with opened(site["home"]) as context:
        plan = plan_resection(context.db, site["case"], (tuple(centre), (-1.0, 0.0, 0.0)))
    removed = site["lps"][:, 0] < centre[0]
    assert plan.volumes.resected_ml == pytest.approx(
        float(removed.sum()) * site["voxel_ml"], rel=1e-3
    )
    assert plan.remnant.flr_percent == pytest.approx(100.0 * (1.0 - removed.mean()), abs=0.1)


def test_rebuilding_replaces_the_segments_as_the_segment_editor_removes_them(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    case_id = make_demo_home(home)
    moved = dict(LANDMARKS, portal_bifurcation=[0.0, -5.0, 60.0])
    with opened(home) as context:
        first = build_couinaud_segments(context.db, case_id, parse_landmarks(LANDMARKS), "local")
        second = build_couinaud_segments(context.db, case_id, parse_landmarks(moved), "local")
        current = [s for s in list_segments(context.db, case_id) if couinaud_label(s.type)]
        events = latest_events(context.db, 200)
        planner = LiverPlanner.open(context.db, case_id)
    assert [s.uuid for s in current] == [s.uuid for s in second]
    assert not {s.uuid for s in first} & {s.uuid for s in current}
    deleted = {e.entity_id for e in events if e.action is AuditAction.SEGMENT_DELETED}
    assert {s.uuid for s in first} <= deleted
    built = [e for e in events if e.action is AuditAction.COUINAUD_SEGMENTS_BUILT]
    assert [e.details["replaced"] for e in built] == [8, 0]  # newest first
    assert planner.landmarks == parse_landmarks(moved)
    # The lower portal plane moves tissue from the lower segments to the upper ones.
    assert second[7].volume_ml > first[7].volume_ml  # segment 8 grows
    assert second[4].volume_ml < first[4].volume_ml  # segment 5 shrinks


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"ivc_inferior": [-10.0, 35.0, 95.0]}, "IVC points are 5.0 mm apart"),
        ({"portal_bifurcation": [0.0, -5.0, 500.0]}, "lies outside the images"),
        ({"umbilical_fissure": [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]}, "at most one point"),
        ({"left_hepatic_vein": [[0.0, 2.0, 100.0]]}, "at least two points"),
    ],
)
def test_bad_landmarks_are_refused_before_anything_is_stored(
    site: dict[str, Any], change: dict[str, Any], message: str
) -> None:
    with opened(site["home"]) as context:
        before = list_segments(context.db, site["case"])
        with pytest.raises(ValidationError, match=message):
            build_couinaud_segments(
                context.db, site["case"], parse_landmarks(dict(LANDMARKS, **change)), "local"
            )
        assert list_segments(context.db, site["case"]) == before


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ({k: v for k, v in LANDMARKS.items() if k != "portal_bifurcation"}, "lack"),
        (dict(LANDMARKS, ivc_confluence=[1.0, 2.0]), "ivc_confluence"),
        (dict(LANDMARKS, spleen=[1.0, 2.0, 3.0]), "Unknown landmark"),
        ([1, 2, 3], "JSON object"),
    ],
)
def test_a_landmarks_document_is_read_strictly(document: Any, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        parse_landmarks(document)


def test_no_liver_no_couinaud_segments(db: Any, tmp_path: Path) -> None:
    from meetings.meeting_support import make_cases

    case_id = make_cases(db, tmp_path)[0]
    with pytest.raises(ValidationError, match="Segment the liver first"):
        build_couinaud_segments(db, case_id, parse_landmarks(LANDMARKS), "tester")
    with pytest.raises(ValidationError, match="Segment the liver first"):
        LiverPlanner.open(db, case_id)


def test_a_tumour_in_the_right_liver_gets_its_margin_to_the_remnant(
    site: dict[str, Any], built: dict[str, Any], tmp_path: Path
) -> None:
    from scipy.spatial import cKDTree

    home = tmp_path / "home"
    shutil.copytree(site["home"], home)
    planner: LiverPlanner = built["planner"]
    labels = planner.couinaud_labels
    assert labels is not None
    spacing = np.asarray(planner.spacing)
    # A 9 mm ball deep in segment 7, away from the middle hepatic vein's plane.
    candidates = np.argwhere(labels == 7)
    centre = candidates[len(candidates) // 2]
    z, y, x = np.ogrid[: labels.shape[0], : labels.shape[1], : labels.shape[2]]
    ball = (
        ((z - centre[0]) * spacing[0]) ** 2
        + ((y - centre[1]) * spacing[1]) ** 2
        + ((x - centre[2]) * spacing[2]) ** 2
    ) <= 9.0**2
    ball &= labels > 0
    template = TEMPLATE_BY_KEY["tumour"]
    with opened(home) as context:
        segment = create_segment(
            context.db,
            site["case"],
            SegmentDraft(
                "Metastasis",
                template.category,
                template.type,
                template.colour,
                planner.series_instance_uid,
            ),
            planner.shape,
            "local",
        )
        set_segment_mask(context.db, segment.uuid, ball, site["volume"], "local")
        with_tumour = LiverPlanner.open(context.db, site["case"])
    assert [t.segment_name for t in with_tumour.tumours] == ["Metastasis"]
    right = with_tumour.by_segments((5, 6, 7, 8))
    voxel_ml = site["voxel_ml"]
    assert right.result.tumour_ml == pytest.approx(ball.sum() * voxel_ml)
    assert right.result.remnant_tumour_ml == 0.0
    remnant = (labels > 0) & ~np.isin(labels, (5, 6, 7, 8))
    tree = cKDTree(np.argwhere(remnant) * spacing)
    distances, _ = tree.query(np.argwhere(ball) * spacing)
    assert right.result.margin_mm == pytest.approx(float(distances.min()), abs=1e-6)
    assert right.result.margin_mm > 9.0
    # A left lateral sectionectomy leaves the tumour: no margin, and the FLR counts no tumour.
    left = with_tumour.by_segments((2, 3))
    assert left.result.margin_mm is None
    assert left.result.remnant_tumour_ml == pytest.approx(ball.sum() * voxel_ml)
    functional = left.result.total_ml - left.result.tumour_ml
    expected = 100.0 * (left.result.remnant_ml - left.result.remnant_tumour_ml) / functional
    assert left.result.flr_percent == pytest.approx(expected)
