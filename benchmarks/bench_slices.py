"""Slice viewer benchmark: time to show the next slice (reslice + render), 800×600 offscreen.

A 512×512×300 int16 CT-like volume is generated in memory (nothing is read from disk). For the
axial, coronal, sagittal and a 30° oblique plane the crosshair is stepped one slice at a time
and the view rendered; the median time per slice is printed with its ratio to the 16 ms budget
of a 60 Hz display (ratio ≤ 1: fast enough). As a baseline measured in the same run, a bare
render of the same window with nothing changed is printed too.

Run: ``.venv/bin/python benchmarks/bench_slices.py [--frames N] [--size 512 512 300]``.
"""

from __future__ import annotations

import argparse
import statistics
import time

import numpy as np

from casereview.domain.volume import Volume
from casereview.render.offscreen import offscreen_window
from casereview.render.slice_pipeline import SliceView
from casereview.session import Orientation, SeriesInfo, ViewerSession

BUDGET_MS = 16.0


def phantom(columns: int, rows: int, slices: int) -> Volume:
    """An elliptical body (soft tissue, a brighter organ, a spine) in air."""
    y, x = np.ogrid[:rows, :columns]
    cy, cx = rows / 2, columns / 2
    body = ((x - cx) / (0.45 * columns)) ** 2 + ((y - cy) / (0.35 * rows)) ** 2 <= 1
    organ = ((x - 0.35 * columns) / (0.12 * columns)) ** 2 + (
        (y - 0.45 * rows) / (0.1 * rows)
    ) ** 2 <= 1
    spine = (x - cx) ** 2 + (y - 0.72 * rows) ** 2 <= (0.04 * columns) ** 2
    plane = np.full((rows, columns), -1000, np.int16)
    plane[body] = 40
    plane[organ] = 110
    plane[spine] = 700
    voxels = np.broadcast_to(plane, (slices, rows, columns)).copy()
    voxels += (np.arange(slices, dtype=np.int16) % 7)[:, None, None]  # every slice differs
    return Volume(
        voxels, (1.0, 0.7, 0.7), (-179.0, -179.0, -150.0), np.eye(3), (), "1.2.3", "1.2.3.4", "CT"
    )


def time_orientation(
    session: ViewerSession,
    orientation: Orientation,
    frames: int,
    rotation: tuple[float, float, float] = (0.0, 0.0, 0.0),
) -> tuple[float, float]:
    """Median ms per next slice and per bare render for one plane."""
    session.set_rotation(rotation)
    session.set_crosshair(session.primary.centre)
    window = offscreen_window(800, 600)
    view = SliceView(session, orientation)
    window.AddRenderer(view.renderer)
    view.reset_camera()
    window.Render()
    times = []
    for frame in range(frames):
        start = time.perf_counter()
        session.scroll(orientation, 1 if (frame // 40) % 2 == 0 else -1)
        window.Render()
        times.append(time.perf_counter() - start)
    bare = []
    for _ in range(max(10, frames // 4)):
        start = time.perf_counter()
        window.Render()
        bare.append(time.perf_counter() - start)
    view.close()
    window.Finalize()
    return statistics.median(times) * 1000, statistics.median(bare) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=120)
    parser.add_argument(
        "--size", type=int, nargs=3, default=(512, 512, 300), metavar=("COLUMNS", "ROWS", "SLICES")
    )
    args = parser.parse_args()
    start = time.perf_counter()
    volume = phantom(*args.size)
    session = ViewerSession()
    session.set_primary(volume, SeriesInfo(series_id=0, series_description="benchmark"))
    print(
        f"volume {args.size[0]}×{args.size[1]}×{args.size[2]} int16 "
        f"({volume.nbytes / 2**20:.0f} MiB) made in {time.perf_counter() - start:.1f} s; "
        f"800×600 offscreen, {args.frames} slices per plane"
    )
    cases = [
        ("axial", Orientation.AXIAL, (0.0, 0.0, 0.0)),
        ("coronal", Orientation.CORONAL, (0.0, 0.0, 0.0)),
        ("sagittal", Orientation.SAGITTAL, (0.0, 0.0, 0.0)),
        ("oblique 30° (axial tilted about L–R)", Orientation.AXIAL, (30.0, 0.0, 0.0)),
    ]
    print(f"{'plane':40s} {'next slice ms':>14s} {'ratio to 16 ms':>15s} {'bare render ms':>15s}")
    for name, orientation, rotation in cases:
        slice_ms, bare_ms = time_orientation(session, orientation, args.frames, rotation)
        print(f"{name:40s} {slice_ms:14.1f} {slice_ms / BUDGET_MS:15.2f} {bare_ms:15.1f}")


if __name__ == "__main__":
    main()
