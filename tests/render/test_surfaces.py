"""Surface models: geometry in patient space, budget, styles, export, and the demo's surfaces."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from render_scene import TEST_COLOURS, DemoScene
from vtkmodules.util.numpy_support import vtk_to_numpy
from vtkmodules.vtkFiltersCore import vtkMassProperties
from vtkmodules.vtkIOGeometry import vtkSTLReader

from casereview.domain.progress import CancelToken
from casereview.domain.rendering import SegmentStyle, StandardView
from casereview.domain.volume import Volume
from casereview.errors import OperationCancelled, ValidationError
from casereview.render.capture import write_png
from casereview.render.offscreen import capture, offscreen_window
from casereview.render.planes_3d import PlanesView3D
from casereview.render.surfaces import (
    SurfaceOptions,
    SurfaceScene,
    build_iso_surface,
    build_label_surfaces,
    export_surfaces,
    triangle_count,
)

SCREENSHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"


def _oblique_grid() -> Volume:
    """40×48×56 voxels, anisotropic spacing, rotated 30° about S–I, off the origin."""
    a = math.radians(30)
    direction = np.array([[math.cos(a), -math.sin(a), 0], [math.sin(a), math.cos(a), 0], [0, 0, 1]])
    voxels = np.full((40, 48, 56), -1000, np.int16)
    return Volume(
        voxels, (2.0, 1.0, 0.8), (12.0, -30.0, 40.0), direction, (), "2.25.1", "2.25.2", "CT"
    )


def _ball(grid: Volume, centre_index: tuple[float, float, float], radius_mm: float) -> np.ndarray:
    s, r, c = np.indices(grid.shape, dtype=np.float64)
    dz, dy, dx = grid.spacing
    cs, cr, cc = centre_index
    return ((s - cs) * dz) ** 2 + ((r - cr) * dy) ** 2 + ((c - cc) * dx) ** 2 <= radius_mm**2


def test_label_surface_lies_on_the_ball_in_patient_space() -> None:
    grid = _oblique_grid()
    labels = np.zeros(grid.shape, np.uint8)
    labels[_ball(grid, (20, 24, 28), 12.0)] = 3
    labels[_ball(grid, (8, 10, 10), 4.0)] = 5
    meshes = build_label_surfaces(
        labels, grid, [SegmentStyle(3, "ball", (1, 0, 0)), SegmentStyle(5, "small", (0, 1, 0))]
    )
    assert set(meshes) == {3, 5}
    centre = grid.index_to_patient(np.array([[20.0, 24.0, 28.0]]))[0]
    points = vtk_to_numpy(meshes[3].GetPoints().GetData())
    distance = np.linalg.norm(points - centre, axis=1)
    assert abs(np.median(distance) - 12.0) < 1.0
    assert distance.min() > 10.0 and distance.max() < 13.5
    # Normals point outwards (from the centre) although the grid is rotated.
    normals = vtk_to_numpy(meshes[3].GetPointData().GetNormals())
    outward = np.einsum("ij,ij->i", normals, points - centre) > 0
    assert outward.mean() > 0.98
    mass = vtkMassProperties()
    mass.SetInputData(meshes[3])
    assert mass.GetVolume() == pytest.approx(4 / 3 * math.pi * 12.0**3, rel=0.1)


def test_triangle_budget_is_shared_by_size() -> None:
    grid = _oblique_grid()
    labels = np.zeros(grid.shape, np.uint8)
    labels[_ball(grid, (20, 24, 28), 15.0)] = 1
    labels[_ball(grid, (6, 8, 8), 5.0)] = 2
    styles = [SegmentStyle(1, "big", (1, 0, 0)), SegmentStyle(2, "small", (0, 1, 0))]
    full = build_label_surfaces(labels, grid, styles, SurfaceOptions(triangle_budget=0))
    reduced = build_label_surfaces(labels, grid, styles, SurfaceOptions(triangle_budget=3000))
    assert triangle_count(full) > 3000
    assert triangle_count(reduced) <= 3000 * 1.1 + 2000  # no segment below its 2,000 floor
    assert reduced[1].GetNumberOfPolys() < full[1].GetNumberOfPolys()


def test_wrong_grid_and_cancel_are_reported() -> None:
    grid = _oblique_grid()
    with pytest.raises(ValidationError, match="grid"):
        build_label_surfaces(np.zeros((4, 4, 4), np.uint8), grid, [SegmentStyle(1, "x", (1, 0, 0))])
    token = CancelToken()
    token.cancel()
    labels = np.zeros(grid.shape, np.uint8)
    labels[_ball(grid, (20, 24, 28), 10.0)] = 1
    with pytest.raises(OperationCancelled):
        build_label_surfaces(labels, grid, [SegmentStyle(1, "x", (1, 0, 0))], cancel=token)
    # A segment without voxels is simply absent.
    assert build_label_surfaces(labels, grid, [SegmentStyle(9, "none", (1, 0, 0))]) == {}


def test_iso_surface_of_a_bright_ball() -> None:
    grid = _oblique_grid()
    grid.voxels[_ball(grid, (20, 24, 28), 10.0)] = 400
    mesh = build_iso_surface(grid, 0.0)
    centre = grid.index_to_patient(np.array([[20.0, 24.0, 28.0]]))[0]
    distance = np.linalg.norm(vtk_to_numpy(mesh.GetPoints().GetData()) - centre, axis=1)
    assert abs(np.median(distance) - 10.0) < 1.2


def test_export_stl_and_obj_with_colours(tmp_path: Path) -> None:
    grid = _oblique_grid()
    labels = np.zeros(grid.shape, np.uint8)
    labels[_ball(grid, (20, 24, 28), 8.0)] = 1
    labels[_ball(grid, (6, 8, 8), 4.0)] = 2
    styles = [
        SegmentStyle(1, "Tumour", (0.9, 0.1, 0.1), opacity=0.6),
        SegmentStyle(2, "SMV", (0.1, 0.2, 0.9)),
    ]
    meshes = build_label_surfaces(labels, grid, styles)
    stl = export_surfaces(meshes, styles, tmp_path / "case.stl")
    reader = vtkSTLReader()
    reader.SetFileName(str(stl))
    reader.Update()
    assert reader.GetOutput().GetNumberOfPolys() == triangle_count(meshes)
    obj = export_surfaces(meshes, styles, tmp_path / "case.obj")
    text = obj.read_text()
    assert "g 1_Tumour" in text and "g 2_SMV" in text and "mtllib case.mtl" in text
    faces = [line for line in text.splitlines() if line.startswith("f ")]
    assert len(faces) == triangle_count(meshes)
    vertices = sum(1 for line in text.splitlines() if line.startswith("v "))
    assert max(int(f.split()[-1].split("//")[0]) for f in faces) == vertices
    material = (tmp_path / "case.mtl").read_text()
    assert "newmtl 1_Tumour" in material and "Kd 0.9000 0.1000 0.1000" in material
    assert "d 0.600" in material
    with pytest.raises(ValidationError):
        export_surfaces(meshes, styles, tmp_path / "case.ply")
    with pytest.raises(ValidationError):
        export_surfaces({}, styles, tmp_path / "empty.stl")


def test_demo_surfaces_show_tumour_and_vessels_where_they_project(demo_scene: DemoScene) -> None:
    session = demo_scene.session()
    window = offscreen_window(600, 450)
    view = PlanesView3D(session, volume_rendering=False, show_planes=False)
    view.add_to(window)
    keys = ["tumour", "smv", "pv", "sma", "aorta"]
    view.show_label_map(demo_scene.segments, demo_scene.styles(keys))
    assert set(view.surfaces.actors) == {demo_scene.numbers[k] for k in keys}
    view.set_standard_view(StandardView.ANTERIOR)
    # Without the volume rendering the camera frames the surfaces, not the whole volume.
    low, high = np.reshape(view.content_bounds(), (3, 2)).T
    whole_low, whole_high = np.reshape(view.bounds(), (3, 2)).T
    assert np.prod(high - low) < 0.5 * np.prod(whole_high - whole_low)
    window.Render()
    image = capture(window)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    write_png(image, SCREENSHOTS / "render_surfaces_anterior.png")

    def share(key: str, colour: tuple[float, float, float]) -> tuple[float, float]:
        """Share of the segment's projected footprint in its colour, and of the rest."""
        footprint = demo_scene.footprint(view.renderer, key, image.shape[:2])
        hue = np.asarray(colour) / max(colour)
        # Shaded pixels keep the hue: compare colours normalised by their brightest channel.
        pixels = image.astype(int)
        bright = pixels.max(axis=2, keepdims=True).clip(1)
        coloured = (np.abs(pixels / bright - hue).max(axis=2) < 0.25) & (bright[..., 0] > 40)
        return float(coloured[footprint].mean()), float(coloured[~footprint].mean())

    # The tumour wraps round the SMV, which hides part of it from the front.
    inside, outside = share("tumour", TEST_COLOURS["tumour"])
    assert inside > 0.3 and outside < 0.002
    for vessel in ("sma", "smv"):
        inside, _outside = share(vessel, TEST_COLOURS[vessel])
        assert inside > 0.3, vessel
    # Hiding the tumour removes its colour; showing it again brings it back.
    tumour = demo_scene.styles(["tumour"])[0]
    view.surfaces.set_style(SegmentStyle(tumour.label, "tumour", tumour.colour, visible=False))
    window.Render()
    image = capture(window)
    assert share("tumour", TEST_COLOURS["tumour"])[0] < 0.01
    view.surfaces.set_style(tumour)
    view.close()


def test_surface_scene_clears_and_hides(demo_scene: DemoScene) -> None:
    window = offscreen_window(100, 100)
    view = PlanesView3D(demo_scene.session(), show_planes=False)
    view.add_to(window)
    scene: SurfaceScene = view.surfaces
    view.show_label_map(demo_scene.segments, demo_scene.styles(["tumour"]))
    assert scene.visible_meshes()
    scene.set_visible(False)
    assert not any(a.GetVisibility() for a in scene.actors.values())
    scene.set_visible(True)
    assert all(a.GetVisibility() for a in scene.actors.values())
    scene.clear()
    assert not scene.actors and not scene.visible_meshes()
    view.close()
