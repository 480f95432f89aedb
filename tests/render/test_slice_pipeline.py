"""Slice views offscreen: geometry, orientation letters, slabs (no Qt, no X server)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from casereview.domain.volume import Volume
from casereview.render.offscreen import capture, offscreen_window
from casereview.render.planes_3d import PlanesView3D
from casereview.render.slice_pipeline import PlaneReslice, SliceView
from casereview.session import (
    Orientation,
    SeriesInfo,
    SlabMode,
    ViewerSession,
    direction_label,
)

AXIAL, CORONAL, SAGITTAL = Orientation
WIDTH, HEIGHT = 400, 300


def _rotation_z(degrees: float) -> np.ndarray:
    a = math.radians(degrees)
    return np.array([[math.cos(a), -math.sin(a), 0], [math.sin(a), math.cos(a), 0], [0, 0, 1]])


def _volume(direction: np.ndarray, origin: tuple[float, float, float]) -> Volume:
    voxels = np.full((40, 64, 64), -1000, np.int16)
    return Volume(voxels, (2.0, 1.5, 1.5), origin, direction, (), "1.2", "1.2.3", "CT")


def _with_blobs(
    direction: np.ndarray, origin: tuple[float, float, float], points: list[np.ndarray]
) -> tuple[Volume, list[np.ndarray]]:
    """A volume with a bright 3×3×1 blob at the voxel nearest each LPS point, and the
    LPS centres of those voxels."""
    volume = _volume(direction, origin)
    centres = []
    for point in points:
        ijk = direction.T @ (point - np.asarray(origin)) / np.asarray(volume.spacing)[::-1]
        c, r, s = np.rint(ijk).astype(int)
        volume.voxels[s, r - 1 : r + 2, c - 1 : c + 2] = 2000
        centres.append(volume.index_to_patient(np.array([[s, r, c]], float))[0])
    return volume, centres


def _session(volume: Volume) -> ViewerSession:
    session = ViewerSession()
    session.set_primary(volume, SeriesInfo(1, "test series", "CT", "TEST^Patient", "ID-1"))
    return session


def _show(session: ViewerSession, orientation: Orientation) -> tuple[SliceView, object]:
    window = offscreen_window(WIDTH, HEIGHT)
    view = SliceView(session, orientation)
    window.AddRenderer(view.renderer)
    window.Render()
    view.reset_camera()
    view.image_actor.InterpolateOff()
    for actor in (
        *view.edge_actors.values(),
        *view.corner_actors.values(),
        view.crosshair_actor,
        view.scale_actor,
        view.scale_text,
    ):
        actor.SetVisibility(False)
    window.Render()
    return view, window


def _bright_centroids(image: np.ndarray) -> list[tuple[float, float]]:
    """Centroids (column, row from top) of the bright spots, left to right."""
    rows, columns = np.nonzero(image[:, :, 0] > 200)
    if rows.size == 0:
        return []
    order = np.argsort(columns)
    rows, columns = rows[order], columns[order]
    gaps = np.flatnonzero(np.diff(columns) > 5)  # the spots are far apart
    groups = np.split(np.arange(columns.size), gaps + 1)
    return [(float(columns[g].mean()), float(rows[g].mean())) for g in groups]


@pytest.mark.parametrize("rotation", [0.0, 90.0, 30.0])
def test_known_patient_points_land_on_their_pixels(rotation: float) -> None:
    left_anterior = np.array([20.0, -15.0, 4.0])  # patient's left, anterior
    right_posterior = np.array([-25.0, 18.0, 4.0])
    direction = _rotation_z(rotation)
    # The volume centre at the LPS origin whatever the direction.
    centre_ijk = (np.array([63, 63, 39]) / 2) * np.array([1.5, 1.5, 2.0])
    origin = tuple(-(direction @ centre_ijk))
    volume, (left_anterior, right_posterior) = _with_blobs(
        direction, origin, [left_anterior, right_posterior]
    )
    session = _session(volume)
    session.set_crosshair(left_anterior)
    view, window = _show(session, AXIAL)
    image = capture(window)
    spots = _bright_centroids(image)
    assert len(spots) == 2
    # Patient right on the image's left, anterior at the top.
    (right_x, right_y), (left_x, left_y) = spots
    assert right_x < left_x and left_y < right_y
    for point, (x, y) in ((right_posterior, spots[0]), (left_anterior, spots[1])):
        renderer = view.renderer
        plane = session.plane(AXIAL)
        u, v, _ = plane.to_plane(point)
        renderer.SetWorldPoint(u, v, 0.0, 1.0)
        renderer.WorldToDisplay()
        dx, dy, _ = renderer.GetDisplayPoint()
        assert x == pytest.approx(dx, abs=1.5)
        assert y == pytest.approx(HEIGHT - 1 - dy, abs=1.5)
        # The view's own mapping back from the pixel gives the patient point.
        back = view.display_to_patient(dx, dy)
        assert np.allclose(back, point, atol=1.0)
    view.close()


def test_orientation_letters_of_the_standard_planes() -> None:
    session = _session(_volume(np.eye(3), (0.0, 0.0, 0.0)))
    expected = {
        AXIAL: {"left": "R", "right": "L", "top": "A", "bottom": "P"},
        CORONAL: {"left": "R", "right": "L", "top": "S", "bottom": "I"},
        SAGITTAL: {"left": "A", "right": "P", "top": "S", "bottom": "I"},
    }
    for orientation, letters in expected.items():
        view, _window = _show(session, orientation)
        assert view.edge_labels() == letters
        view.close()
    # +30° about the R→L axis (right-hand rule) turns posterior towards superior: the top of
    # the tilted axial plane points anterior and a little inferior.
    session.set_rotation((30.0, 0.0, 0.0))
    view, _window = _show(session, AXIAL)
    assert view.edge_labels()["top"] == "AI" and view.edge_labels()["left"] == "R"
    view.close()


def test_direction_label() -> None:
    assert direction_label(np.array([0.0, 0.0, 1.0])) == "S"
    assert direction_label(np.array([-0.8, 0.6, 0.0])) == "RP"


def test_slab_mip_is_at_least_the_slice_and_minip_at_most() -> None:
    rng = np.random.default_rng(7)
    volume = _volume(np.eye(3), (0.0, 0.0, 0.0))
    volume.voxels[...] = rng.integers(-200, 300, volume.voxels.shape, dtype=np.int16)
    session = _session(volume)
    for orientation in Orientation:
        source = PlaneReslice(session, orientation)
        source.reslice.SetInterpolationModeToNearestNeighbor()
        source.update()
        thin = source.pixels().astype(np.int32).copy()
        results = {}
        for mode in (SlabMode.MIP, SlabMode.MINIP, SlabMode.MEAN):
            session.set_slab(mode, 10.0)
            source.update()
            results[mode] = source.pixels().astype(np.float64).copy()
        session.set_slab(SlabMode.NONE)
        assert np.all(results[SlabMode.MIP] >= thin)
        assert np.mean(results[SlabMode.MIP] > thin) > 0.5  # a thick slab finds brighter voxels
        assert np.all(results[SlabMode.MINIP] <= thin)
        assert np.all(results[SlabMode.MINIP] <= results[SlabMode.MEAN] + 1)
        assert np.all(results[SlabMode.MEAN] <= results[SlabMode.MIP] + 1)


def test_scrolling_steps_one_slice_and_stays_inside() -> None:
    session = _session(_volume(np.eye(3), (0.0, 0.0, 0.0)))
    index, count = session.slice_index(AXIAL)
    assert count == 40
    session.scroll(AXIAL, 1)
    assert session.slice_index(AXIAL) == (index + 1, count)
    session.scroll(AXIAL, 1000)
    assert session.slice_index(AXIAL) == (count, count)
    assert session.position_along(AXIAL) == ("S", pytest.approx(78.0))
    session.scroll(SAGITTAL, -3)
    assert session.slice_index(SAGITTAL)[1] == 64


def test_corner_text_hides_identity() -> None:
    session = _session(_volume(np.eye(3), (0.0, 0.0, 0.0)))
    view, _window = _show(session, CORONAL)
    assert "TEST^Patient" in view.corner_texts()["upper_left"]
    session.set_phi_hidden(True)
    assert "TEST" not in " ".join(view.corner_texts().values())
    assert view.corner_texts()["lower_right"] == "W 400 L 40"
    view.close()


def test_three_planes_in_3d_render() -> None:
    volume = _volume(np.eye(3), (0.0, 0.0, 0.0))
    volume.voxels[...] = 100
    session = _session(volume)
    window = offscreen_window(WIDTH, HEIGHT)
    view = PlanesView3D(session)
    view.add_to(window)
    window.Render()
    image = capture(window)
    # Grey planes (100 HU at W 400 L 40 ≈ 165) drawn over the dark background.
    grey = np.all(np.abs(image.astype(int) - 165) < 20, axis=2)
    assert grey.mean() > 0.05
    view.close()


def test_corner_texts_are_cut_again_when_the_view_narrows() -> None:
    description = "CT Abdomen pancreas protocol - synthetic demo (biphasic)"
    session = ViewerSession()
    session.set_primary(
        _volume(np.eye(3), (0.0, 0.0, 0.0)),
        SeriesInfo(1, "Portal venous", "CT", "TEST^Patient", "ID-1", description, "20240315"),
    )
    view, window = _show(session, AXIAL)
    window.SetSize(1600, 1200)
    window.Render()
    wide = view.corner_texts()["upper_right"].split("\n")[0]
    window.SetSize(WIDTH, HEIGHT)  # a 2x2 layout makes each view smaller
    window.Render()
    narrow = view.corner_texts()["upper_right"].split("\n")[0]
    assert wide == description
    assert narrow.endswith("…") and len(narrow) < len(wide)
    view.close()


@pytest.mark.parametrize("outline_only", [False, True], ids=["filled", "outline"])
def test_segment_overlay_lands_on_its_voxels(outline_only: bool) -> None:
    from casereview.domain.segments import Code, Segment
    from casereview.render.segment_overlay import SegmentOverlay2D

    volume = _volume(np.eye(3), (0.0, 0.0, 0.0))
    mask = np.zeros(volume.shape, dtype=bool)
    mask[10:30, 20:30, 40:52] = True  # rows 20-29, columns 40-51 on every slice shown
    code = Code("108369006", "SCT", "Neoplasm")
    segment = Segment("seg-1", 1, 1, "Tumour", code, code, (255, 0, 0), volume.series_instance_uid)
    session = _session(volume)
    view, window = _show(session, AXIAL)
    overlay = SegmentOverlay2D(view)
    session.set_segments([segment], {"seg-1": mask})
    session.set_segment_display(outline_only, 0.6)
    window.Render()
    image = capture(window)
    red = (image[..., 0] > 80) & (image[..., 1] < 40) & (image[..., 2] < 40)
    rows, columns = np.nonzero(red)
    assert rows.size > 0
    # The corners of the block, as the view shows them.
    corners = [
        view.patient_to_display(volume.index_to_patient(np.array([[20.0, r, c]]))[0])
        for r, c in ((20, 40), (29, 51))
    ]
    xs = sorted(p[0] for p in corners if p is not None)
    ys = sorted(HEIGHT - 1 - p[1] for p in corners if p is not None)
    half_pixel = 0.5 / view.mm_per_pixel() * 1.5 + 1  # half a voxel, plus rounding
    assert columns.min() == pytest.approx(xs[0], abs=half_pixel)
    assert columns.max() == pytest.approx(xs[1], abs=half_pixel)
    assert rows.min() == pytest.approx(ys[0], abs=half_pixel)
    assert rows.max() == pytest.approx(ys[1], abs=half_pixel)
    if outline_only:
        middle_row, middle_column = int(np.mean(ys)), int(np.mean(xs))
        assert not red[middle_row, middle_column]  # hollow inside
    overlay.close()
    view.close()
