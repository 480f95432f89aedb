"""Volume rendering offscreen on the demo abdomen: mapper choice, presets, crop, clip, quality."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from numpy.typing import NDArray
from render_scene import DemoScene

from casereview.domain.rendering import BUILTIN_PRESETS, StandardView
from casereview.render.camera import project
from casereview.render.capture import write_png
from casereview.render.offscreen import capture, offscreen_window
from casereview.render.planes_3d import PlanesView3D, plane_box_polygon
from casereview.render.slice_pipeline import patient_to_image
from casereview.render.volume_rendering import (
    INTERACTIVE_FRAME_S,
    INTERACTIVE_IMAGE_SAMPLE_RANGE,
    MapperKind,
    VolumeRendering,
    choose_mapper_kind,
    enable_threaded_smp,
    is_software_opengl,
    opengl_renderer,
)
from casereview.session import Orientation

SCREENSHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
WIDTH, HEIGHT = 600, 450
BACKGROUND = np.array([20, 23, 31])


def _scene(demo_scene: DemoScene, preset: str = "cta", kind: MapperKind = MapperKind.CPU):
    session = demo_scene.session()
    window = offscreen_window(WIDTH, HEIGHT)
    view = PlanesView3D(
        session,
        volume_rendering=True,
        show_planes=False,
        mapper_kind=kind,
        preset=BUILTIN_PRESETS[preset],
    )
    view.add_to(window)
    view.set_standard_view(StandardView.ANTERIOR)
    return session, view, window


def _foreground(image: NDArray[np.uint8]) -> NDArray[np.bool_]:
    return np.abs(image.astype(int) - BACKGROUND).sum(axis=2) > 30


def _near(image: NDArray[np.uint8], centre: NDArray[np.float64], radius: int) -> NDArray[np.uint8]:
    x, y = (int(round(v)) for v in centre)
    return image[max(0, y - radius) : y + radius + 1, max(0, x - radius) : x + radius + 1]


def _warm(pixels: NDArray[np.uint8]) -> NDArray[np.bool_]:
    """CT-angiography vessel colours: bright red to orange (the preset's ramp)."""
    p = pixels.astype(int)
    return (p[..., 0] > 120) & (p[..., 0] > p[..., 2] + 40)


def _green(pixels: NDArray[np.uint8]) -> NDArray[np.bool_]:
    p = pixels.astype(int)
    # The tumour's (0.1, 0.9, 0.1), not the paler green (0.4, 0.85, 0.4) of the coronal frame.
    return (p[..., 1] > 110) & (p[..., 0] < 0.3 * p[..., 1]) & (p[..., 2] < 0.3 * p[..., 1])


@pytest.mark.parametrize(
    ("renderer", "kind"),
    [
        ("llvmpipe (LLVM 15.0.6, 256 bits)", MapperKind.CPU),
        ("softpipe", MapperKind.CPU),
        ("Mesa Intel(R) UHD Graphics 620 (KBL GT2)", MapperKind.GPU),
        ("NVIDIA GeForce RTX 3060/PCIe/SSE2", MapperKind.GPU),
        ("Microsoft Basic Render Driver / GDI Generic", MapperKind.CPU),
        ("", MapperKind.CPU),
    ],
)
def test_mapper_choice_follows_the_opengl_renderer(renderer: str, kind: MapperKind) -> None:
    assert choose_mapper_kind(renderer) is kind


def test_this_machine_renders_in_software_and_gets_the_cpu_ray_caster() -> None:
    window = offscreen_window(64, 64)
    name = opengl_renderer(window)
    assert name  # the context reports a renderer
    assert is_software_opengl(name) == (choose_mapper_kind(name) is MapperKind.CPU)
    window.Finalize()
    assert enable_threaded_smp() == "STDThread"


def test_cta_render_of_the_demo_shows_vessels_and_tumour_where_they_project(
    demo_scene: DemoScene,
) -> None:
    session, view, window = _scene(demo_scene)
    # CTA shows the opacified arteries; the tumour is shown as its segment surface, as the
    # MDT sees it (a hypo-attenuating tumour has no CTA opacity of its own).
    view.show_label_map(demo_scene.segments, demo_scene.styles(["tumour"]))
    window.Render()
    image = capture(window)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    write_png(image, SCREENSHOTS / "render_cta_anterior.png")

    assert 0.1 < _foreground(image).mean() < 0.9  # a picture, not an empty or flooded frame
    for vessel in ("aorta", "sma"):
        where = project(view.renderer, demo_scene.centroid(vessel))
        assert 0 <= where[0] < WIDTH and 0 <= where[1] < HEIGHT
        assert _warm(_near(image, where, 6)).mean() > 0.3, vessel
    # The tumour's colour fills much of its projected footprint and appears nowhere else.
    footprint = demo_scene.footprint(view.renderer, "tumour", image.shape[:2])
    green = _green(image)
    assert green[footprint].mean() > 0.3
    assert green[~footprint].mean() < 0.002
    view.close()


def test_presets_shading_and_mip_change_the_picture(demo_scene: DemoScene) -> None:
    _session, view, window = _scene(demo_scene, "bone")
    window.Render()
    bone = capture(window)
    view.apply_preset(BUILTIN_PRESETS["mip"])
    assert view.volume is not None
    assert view.volume.mapper.GetBlendMode() == view.volume.mapper.MAXIMUM_INTENSITY_BLEND
    assert not view.volume.property.GetShade()
    window.Render()
    mip = capture(window)
    # A MIP is grey (colour from black to white) and covers the whole body.
    body = _foreground(mip)
    spread = np.ptp(mip[body].astype(int), axis=1)
    assert np.median(spread) < 8
    assert body.mean() > _foreground(bone).mean()
    view.apply_preset(BUILTIN_PRESETS["cta"])
    view.volume.set_shading(False)
    assert not view.volume.property.GetShade()
    view.volume.set_shading(True)
    assert view.volume.property.GetShade()
    view.close()


def test_interactive_quality_casts_fewer_rays_and_still_quality_comes_back(
    demo_scene: DemoScene,
) -> None:
    _session, view, window = _scene(demo_scene)
    assert view.volume is not None
    window.Render()
    still = capture(window)
    view.set_interactive(True)
    assert view.volume.mapper.GetImageSampleDistance() > 1.0
    assert view.volume.mapper.GetSampleDistance() > view.volume.still_step
    window.Render()
    moving = capture(window)
    view.set_interactive(False)
    assert view.volume.mapper.GetImageSampleDistance() == 1.0
    window.Render()
    again = capture(window)
    assert np.array_equal(still, again)  # still frames are exact, not timing-dependent
    # The coarse frame is the same picture, only blurrier.
    difference = np.abs(moving.astype(int) - still.astype(int)).mean()
    assert 0 < difference < 25
    view.close()


def test_crop_box_keeps_one_side_of_the_patient(demo_scene: DemoScene) -> None:
    _session, view, window = _scene(demo_scene, "bone")
    window.Render()
    whole = _foreground(capture(window))
    # Columns grow towards the patient's left; keep the right half. Seen from the front the
    # patient's right is on the image's left.
    view.set_crop([0.0, 0.5, 0.0, 1.0, 0.0, 1.0])
    window.Render()
    cropped = _foreground(capture(window))
    centre = project(
        view.renderer, demo_scene.volume.index_to_patient(np.array([[48, 128, 128]]))[0]
    )
    x = int(centre[0])
    assert cropped[:, : x - 10].mean() > 0.5 * whole[:, : x - 10].mean()
    assert cropped[:, x + 10 :].mean() < 0.3 * whole[:, x + 10 :].mean()
    view.set_crop(None)
    assert not view.volume.mapper.GetCropping()
    view.close()


def test_clipping_plane_removes_what_lies_in_front(demo_scene: DemoScene) -> None:
    session, view, window = _scene(demo_scene, "soft_tissue")
    window.Render()
    before = capture(window)
    # A coronal plane through the aorta; the anterior side (−y in LPS) is cut away.
    aorta = demo_scene.centroid("aorta")
    view.set_clip_plane(aorta, (0.0, -1.0, 0.0))
    window.Render()
    after = capture(window)
    assert view.volume is not None and view.volume.clip_plane is not None
    assert np.abs(after.astype(int) - before.astype(int)).mean() > 3
    # Nothing in front of the plane remains: the aorta's own front half is gone, so the
    # picture at the aorta shows its cut face, not the bowel in front of it.
    view.set_clip_plane(None)
    window.Render()
    assert np.array_equal(capture(window), before)
    view.close()


def test_crosshair_is_drawn_through_the_volume(demo_scene: DemoScene) -> None:
    session, view, window = _scene(demo_scene, "bone")
    point = demo_scene.centroid("tumour")
    session.set_crosshair(point)
    window.Render()
    image = capture(window)
    where = project(view.renderer, session.crosshair)
    patch = _near(image, where, 3).astype(int)
    # The yellow sphere at the crosshair (in front of the bone behind it).
    yellow = (patch[..., 0] > 180) & (patch[..., 1] > 150) & (patch[..., 2] < 120)
    assert yellow.any()
    # The planes through it are drawn as frames where they cut the volume.
    to_image = patient_to_image(demo_scene.volume)
    corners = demo_scene.session().primary.corners()
    low, high = corners.min(axis=0), corners.max(axis=0)
    bounds = (0.0, 255 * 1.5, 0.0, 255 * 1.5, 0.0, 95 * 2.5)
    axial = plane_box_polygon(np.asarray(point), np.array([0.0, 0, 1]), to_image, bounds)
    assert len(axial) == 4 and np.allclose(axial[:, 2], point[2])
    assert np.allclose(np.sort(axial[:, 0])[[0, -1]], [low[0], high[0]])
    oblique = plane_box_polygon(np.asarray(point), np.array([1.0, 1.0, 1.0]), to_image, bounds)
    assert 3 <= len(oblique) <= 6
    assert np.allclose((oblique - point) @ np.array([1.0, 1.0, 1.0]), 0.0, atol=1e-6)
    assert len(plane_box_polygon(high + 10, np.array([0.0, 0, 1]), to_image, bounds)) == 0
    assert view.crosshair_lines.GetMapper().GetInput().GetNumberOfCells() == 3
    assert session.plane(Orientation.AXIAL).normal @ np.array([0.0, 0, 1]) == 1.0
    view.close()


def test_gpu_mapper_renders_the_same_scene(demo_scene: DemoScene) -> None:
    session, view, window = _scene(demo_scene, "bone", MapperKind.GPU)
    window.SetSize(200, 150)
    view.set_crop([0.0, 0.5, 0.0, 1.0, 0.0, 1.0])
    window.Render()
    assert 0.05 < _foreground(capture(window)).mean() < 0.9
    # Switching ray casters keeps the crop box.
    view.set_mapper_kind(MapperKind.CPU)
    assert view.volume is not None and view.volume.kind is MapperKind.CPU
    assert view.volume.crop_fractions == (0.0, 0.5, 0.0, 1.0, 0.0, 1.0)
    view.close()


def test_interactive_sampling_adapts_to_the_frame_time(demo_scene: DemoScene) -> None:
    rendering = VolumeRendering(demo_scene.volume, MapperKind.CPU, BUILTIN_PRESETS["cta"])
    rendering.frame_rendered(1.0)  # still frames are never adapted
    assert rendering.mapper.GetImageSampleDistance() == 1.0
    rendering.set_interactive(True)
    start = rendering.interactive_spacing
    rendering.frame_rendered(4 * INTERACTIVE_FRAME_S)  # too slow: fewer rays
    assert rendering.interactive_spacing > start
    for _ in range(20):
        rendering.frame_rendered(10.0)
    assert rendering.interactive_spacing == INTERACTIVE_IMAGE_SAMPLE_RANGE[1]
    for _ in range(20):
        rendering.frame_rendered(0.001)  # a fast machine: more rays, within the range
    assert rendering.interactive_spacing == INTERACTIVE_IMAGE_SAMPLE_RANGE[0]
    assert rendering.mapper.GetImageSampleDistance() == INTERACTIVE_IMAGE_SAMPLE_RANGE[0]
    rendering.set_interactive(False)
    assert rendering.mapper.GetImageSampleDistance() == 1.0


def test_every_preset_renders_the_demo(demo_scene: DemoScene) -> None:
    """A contact sheet of the built-in presets (anterior view) for people to look at."""
    _session, view, window = _scene(demo_scene)
    window.SetSize(300, 225)
    pictures = []
    for key, preset in BUILTIN_PRESETS.items():
        view.apply_preset(preset)
        view.set_standard_view(StandardView.ANTERIOR)
        window.Render()
        picture = capture(window)
        covered = _foreground(picture).mean()
        assert 0.05 < covered < 0.9, key
        pictures.append(picture)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    write_png(np.concatenate(pictures, axis=1), SCREENSHOTS / "render_presets_anterior.png")
    # Soft tissue shows organs the CT-angiography preset leaves out.
    assert _foreground(pictures[1]).mean() > _foreground(pictures[0]).mean()
    view.close()


def test_deferred_preparation_shows_the_planes_until_the_volume_is_prepared(
    demo_scene: DemoScene,
) -> None:
    session = demo_scene.session()
    window = offscreen_window(200, 150)
    view = PlanesView3D(
        session, volume_rendering=True, show_planes=False, deferred_preparation=True
    )
    view.add_to(window)
    assert view.volume is not None and view.volume_pending
    assert not view.renderer.HasViewProp(view.volume.prop)
    assert all(actor.GetVisibility() for actor in view.actors.values())  # planes stand in
    session.notify_voxels_changed()  # a loading series: nothing is computed yet
    assert view.volume_pending
    view.show_message("Preparing")
    assert view.message.GetVisibility()
    view.show_message("")
    assert view.prepare_volume()
    assert view.renderer.HasViewProp(view.volume.prop) and not view.volume_pending
    assert not any(actor.GetVisibility() for actor in view.actors.values())
    assert not view.prepare_volume()  # nothing left to prepare
    window.Render()
    assert _foreground(capture(window)).mean() > 0.1
    view.close()
