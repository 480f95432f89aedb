"""3-D view benchmark: volume rendering and surface frame times, 800×600 offscreen.

The demo's synthetic abdomen (arterial phase, with its label map) is voxelised in memory on a
512×512×320 grid (0.75 mm pixels, 0.8 mm slices); nothing is read from disk. Measured, with
the camera turning 6° between frames:

* volume rendering with the CT-angiography preset on the mapper chosen for this machine
  (:func:`casereview.render.volume_rendering.choose_mapper_kind`): the interactive frame
  (reduced sampling, as while dragging) and the still frame (full quality);
* the same on the other mapper as the baseline (``--no-baseline`` skips it: on software
  OpenGL the GPU mapper needs seconds a frame);
* the surfaces of all demo segments after smoothing and decimation to the default budget,
  and before decimation as the baseline;
* surface building (discrete flying edges, smoothing, decimation) with VTK's sequential and
  threaded SMP backends.

Targets on a 2-core CPU with software OpenGL: interactive ≥ 15 frames/s, still ≤ 250 ms,
surfaces ≥ 15 frames/s. Each line prints the figure and its ratio to the target (ratio ≥ 1:
target met).

Run: ``.venv/bin/python benchmarks/bench_render.py [--frames N] [--slices 320] [--no-baseline]``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable

import numpy as np
from vtkmodules.vtkCommonCore import vtkSMPTools

from casereview.demo.anatomy import build_anatomy
from casereview.demo.phantom import Grid, render
from casereview.demo.tissues import SEGMENTS
from casereview.domain.rendering import BUILTIN_PRESETS, SegmentStyle, StandardView
from casereview.domain.volume import Volume
from casereview.render.offscreen import offscreen_window
from casereview.render.planes_3d import PlanesView3D
from casereview.render.surfaces import (
    SurfaceOptions,
    build_label_surfaces,
    triangle_count,
)
from casereview.render.volume_rendering import (
    MapperKind,
    choose_mapper_kind,
    enable_threaded_smp,
    opengl_renderer,
)
from casereview.session import SeriesInfo, ViewerSession

TARGET_FPS = 15.0
TARGET_STILL_MS = 250.0
STEP_DEGREES = 6.0


def demo_volume(slices: int) -> tuple[Volume, np.ndarray]:
    """The demo anatomy on a 512×512×``slices`` grid (arterial phase) and its label map."""
    grid = Grid((slices, 512, 512), (0.8, 0.75, 0.75), (-191.625, -181.625, -120.0), 0.8)
    voxels = np.empty(grid.shape, np.int16)

    def sink(_phase: str, index: int, hu: np.ndarray) -> None:
        voxels[index] = hu

    labels = render(build_anatomy("borderline"), grid, ["arterial"], 0, sink)
    volume = Volume(voxels, grid.spacing, grid.origin, np.eye(3), (), "2.25.1", "2.25.2", "CT")
    return volume, labels


def segment_styles() -> tuple[list[SegmentStyle], np.ndarray]:
    """Styles of the demo segments and the tissue-label to segment-number table."""
    lut = np.zeros(256, np.uint8)
    styles = []
    rng = np.random.default_rng(1)
    for number, segment in enumerate(SEGMENTS, start=1):
        lut[list(segment.labels)] = number
        styles.append(SegmentStyle(number, segment.label, tuple(rng.uniform(0.3, 1.0, 3))))
    return styles, lut


def frame_times(
    window, view: PlanesView3D, frames: int, before: Callable[[], None], warm_up: int = 1
) -> tuple[float, float]:
    """Median ms per frame (wall clock, and CPU time per core), turning between frames.

    The machine may be shared: CPU time divided by the cores is what a frame would take on an
    otherwise idle machine (the ray caster keeps all cores busy), wall time what it took now.
    """
    for _ in range(warm_up):  # the first frames build caches and adapt the sampling
        view.renderer.GetActiveCamera().Azimuth(STEP_DEGREES)
        before()
        window.Render()
    walls, cpus = [], []
    for _ in range(frames):
        view.renderer.GetActiveCamera().Azimuth(STEP_DEGREES)
        before()
        start, cpu = time.perf_counter(), time.process_time()
        window.Render()
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    cores = os.cpu_count() or 1
    return statistics.median(walls) * 1000, statistics.median(cpus) * 1000 / cores


def volume_rendering(
    session: ViewerSession, kind: MapperKind, frames: int
) -> tuple[tuple[float, float], tuple[float, float], tuple[float, float]]:
    """One-off preparation, interactive and still ms (wall, CPU per core), CTA preset."""
    window = offscreen_window(800, 600)
    view = PlanesView3D(
        session,
        volume_rendering=True,
        show_planes=False,
        mapper_kind=kind,
        preset=BUILTIN_PRESETS["cta"],
        deferred_preparation=True,
    )
    view.add_to(window)
    view.set_standard_view(StandardView.ANTERIOR)
    window.Render()
    start, cpu = time.perf_counter(), time.process_time()
    view.prepare_volume()  # gradient and min-max tables, once per volume
    cores = os.cpu_count() or 1
    prepare = ((time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000 / cores)
    interactive = frame_times(window, view, frames, lambda: view.set_interactive(True), 6)
    assert view.volume is not None
    print(
        f"  {kind.value} mapper: interactive rays every {view.volume.interactive_spacing:.2f} "
        "pixels after adapting (1 when still)"
    )
    still = frame_times(window, view, max(3, frames // 3), lambda: view.set_interactive(False))
    view.close()
    window.Finalize()
    return prepare, interactive, still


def surfaces(
    session: ViewerSession, meshes: dict, styles: list, frames: int
) -> tuple[float, float]:
    """Ms per frame of the surfaces alone."""
    window = offscreen_window(800, 600)
    view = PlanesView3D(session, volume_rendering=False, show_planes=False)
    view.add_to(window)
    view.surfaces.set_meshes(meshes, styles)
    view.set_standard_view(StandardView.ANTERIOR)
    ms = frame_times(window, view, frames, lambda: None)
    view.close()
    window.Finalize()
    return ms


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=30)
    parser.add_argument("--slices", type=int, default=320)
    parser.add_argument("--no-baseline", action="store_true", help="skip the other mapper")
    args = parser.parse_args()

    start = time.perf_counter()
    volume, tissue_labels = demo_volume(args.slices)
    styles, lut = segment_styles()
    labels = lut[tissue_labels]
    session = ViewerSession()
    session.set_primary(volume, SeriesInfo(series_id=0, series_description="benchmark"))
    probe = offscreen_window(64, 64)
    renderer_name = opengl_renderer(probe)
    probe.Finalize()
    chosen = choose_mapper_kind(renderer_name)
    print(
        f"volume 512×512×{args.slices} int16 ({volume.nbytes / 2**20:.0f} MiB) made in "
        f"{time.perf_counter() - start:.1f} s; OpenGL: {renderer_name}; mapper chosen: "
        f"{chosen.value}; 800×600 offscreen, {args.frames} frames, {STEP_DEGREES:g}° apart"
    )

    print("\nsurface building (all demo segments, default options):")
    builds = {}
    meshes = {}
    for backend in ("Sequential", "STDThread"):
        vtkSMPTools.SetBackend(backend)
        began = time.perf_counter()
        meshes = build_label_surfaces(labels, volume, styles, SurfaceOptions())
        builds[backend] = time.perf_counter() - began
        print(f"  SMP backend {backend:11s} {builds[backend]:6.2f} s")
    print(f"  threaded vs sequential: {builds['Sequential'] / builds['STDThread']:.2f}× faster")
    enable_threaded_smp()

    print(
        f"\n{'measure':50s} {'wall ms':>8s} {'frames/s':>9s} {'ratio':>6s}"
        f" {'CPU ms/core':>12s} {'ratio':>6s}   (ratio: target ÷ time; ≥ 1 meets it)"
    )

    def line(name: str, ms: tuple[float, float], target_ms: float) -> None:
        wall, cpu = ms
        print(
            f"{name:50s} {wall:8.1f} {1000 / wall:9.1f} {target_ms / wall:6.2f}"
            f" {cpu:12.1f} {target_ms / max(cpu, 1e-3):6.2f}"
        )

    prepare, interactive, still = volume_rendering(session, chosen, args.frames)
    print(
        f"  one-off preparation of the {chosen.value} mapper (gradients, min-max): "
        f"{prepare[0]:.0f} ms wall, {prepare[1]:.0f} ms CPU per core"
    )
    line(f"volume rendering, interactive ({chosen.value} mapper)", interactive, 1000 / TARGET_FPS)
    line(f"volume rendering, still ({chosen.value} mapper)", still, TARGET_STILL_MS)
    if not args.no_baseline:
        other = MapperKind.GPU if chosen is MapperKind.CPU else MapperKind.CPU
        _prepare, b_interactive, b_still = volume_rendering(session, other, 3)
        line(f"  baseline: interactive ({other.value} mapper)", b_interactive, 1000 / TARGET_FPS)
        line(f"  baseline: still ({other.value} mapper)", b_still, TARGET_STILL_MS)
        print(
            f"  chosen mapper vs baseline: interactive {b_interactive[0] / interactive[0]:.1f}× "
            f"faster, still {b_still[0] / still[0]:.1f}× faster"
        )

    count = triangle_count(meshes)
    surface_ms = surfaces(session, meshes, styles, args.frames)
    line(
        f"surfaces, {len(meshes)} segments, {count / 1000:.0f}k triangles",
        surface_ms,
        1000 / TARGET_FPS,
    )
    if not args.no_baseline:
        full = build_label_surfaces(labels, volume, styles, SurfaceOptions(triangle_budget=0))
        full_ms = surfaces(session, full, styles, max(5, args.frames // 3))
        line(
            f"  baseline: undecimated, {triangle_count(full) / 1000:.0f}k triangles",
            full_ms,
            1000 / TARGET_FPS,
        )
        print(f"  decimated vs undecimated: {full_ms[0] / surface_ms[0]:.1f}× faster")


if __name__ == "__main__":
    main()
