"""The small demo abdomen in memory for the 3-D render tests, and what they look for in it."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from casereview.demo.anatomy import build_anatomy
from casereview.demo.phantom import make_grid, render
from casereview.demo.seg_writer import segment_label_map
from casereview.demo.tissues import SEGMENTS
from casereview.domain.rendering import SegmentStyle
from casereview.domain.volume import Volume
from casereview.render.camera import project_points
from casereview.session import SeriesInfo, ViewerSession

#: Display colours of the structures the tests look for (distinct hues, 0–1 RGB).
TEST_COLOURS: dict[str, tuple[float, float, float]] = {
    "tumour": (0.1, 0.9, 0.1),  # green: unlike any vessel or the CTA ramp
    "smv": (0.15, 0.3, 1.0),
    "pv": (0.15, 0.3, 1.0),
    "sma": (1.0, 0.1, 0.8),
    "aorta": (1.0, 0.1, 0.8),
}


@dataclass(frozen=True)
class DemoScene:
    """Arterial-phase CT of the small demo, its segment label map and segment numbers."""

    volume: Volume
    segments: NDArray[np.uint8]
    numbers: dict[str, int]

    def centroid(self, key: str) -> NDArray[np.float64]:
        """LPS centroid of a segment's voxels."""
        index = np.argwhere(self.segments == self.numbers[key]).mean(axis=0)
        return self.volume.index_to_patient(index[None, :])[0]

    def footprint(self, renderer: object, key: str, shape: tuple[int, int]) -> NDArray[np.bool_]:
        """Pixels of an image of ``shape`` onto which the segment's voxels project."""
        index = np.argwhere(self.segments == self.numbers[key]).astype(np.float64)
        columns, rows = project_points(renderer, self.volume.index_to_patient(index)).T
        mask = np.zeros(shape, bool)
        inside = (columns >= 0) & (columns < shape[1]) & (rows >= 0) & (rows < shape[0])
        mask[rows[inside].astype(int), columns[inside].astype(int)] = True
        # Zoomed in, neighbouring voxel centres land pixels apart: close the gaps by the size
        # of one voxel on screen.
        centre = index.mean(axis=0)
        steps = np.array([centre, *(centre + np.eye(3))])
        ends = project_points(renderer, self.volume.index_to_patient(steps))
        reach = int(np.ceil(np.linalg.norm(ends[1:] - ends[0], axis=1).max() / 2))
        grown = mask.copy()
        for dy in range(-reach, reach + 1):
            for dx in range(-reach, reach + 1):
                grown |= np.roll(np.roll(mask, dy, axis=0), dx, axis=1)
        return grown

    def styles(self, keys: list[str]) -> list[SegmentStyle]:
        """Styles of the given segments in :data:`TEST_COLOURS`."""
        return [SegmentStyle(self.numbers[k], k, TEST_COLOURS[k]) for k in keys]

    def session(self) -> ViewerSession:
        """A viewer session showing the CT."""
        session = ViewerSession()
        session.set_primary(self.volume, SeriesInfo(1, "Arterial", "CT"))
        return session


def make_demo_scene() -> DemoScene:
    """The small borderline demo (256×256×96, arterial phase) voxelised in memory."""
    grid = make_grid(True)
    voxels = np.empty(grid.shape, np.int16)

    def sink(_phase: str, index: int, hu: NDArray[np.int16]) -> None:
        voxels[index] = hu

    labels = render(build_anatomy("borderline"), grid, ["arterial"], 0, sink)
    volume = Volume(voxels, grid.spacing, grid.origin, np.eye(3), (), "2.25.7", "2.25.8", "CT")
    numbers = {segment.key: n for n, segment in enumerate(SEGMENTS, start=1)}
    return DemoScene(volume, segment_label_map(labels), numbers)
