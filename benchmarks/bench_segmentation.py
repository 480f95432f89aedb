"""Segmentation benchmark: region growing on a 512x512x300 CT, against a threshold pass.

Builds the demo's phantom (the borderline pancreatic head tumour, portal-venous phase) on a
512x512x300 grid (0.75 mm pixels, the demo's 250 mm range in 0.83 mm slices), in memory, and
measures in the same run:

  region growing (``analysis.region_growing.region_grow``, as the seed tool runs it, with the
  structure's portal-venous HU preset):
    SMV            seed in the middle of the vein, slices below the splenoportal confluence,
                   1 mm bridges cut (target <= 2 s);
    portal vein    seed in the portal vein, slices from the confluence up, 1.5 mm bridges cut
                   (target <= 2 s);
    tumour         seed in the tumour, 1.5 mm bridges cut (target <= 2 s);
  and after each grow what the editor does with the mask before the views show it: pack the
  masks before and after for undo, measure volume and diameters, build the overlay's labels.

  presentation Page Down (``presentation_timing``): a meeting of demo cases at 1920x1080, a
  cold jump to a case not drawn ahead and the warm Page Downs (median, max; target <= 0.3 s),
  against one key image render and one series read in the same run.

Baseline: one SimpleITK binary threshold pass over the same volume (best of 3). Times are the
best of ``--repeat`` runs; the Dice coefficient against the phantom's own labels shows the grow
found the structure.

Run: ``.venv/bin/python benchmarks/bench_segmentation.py [--slices N] [--repeat N]``.
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import SimpleITK as sitk
from numpy.typing import NDArray
from presentation_timing import page_down_times, print_page_down_times

from casereview.analysis.region_growing import region_grow
from casereview.analysis.segmentation import dice
from casereview.demo.anatomy import build_anatomy
from casereview.demo.phantom import Grid, make_grid, render
from casereview.demo.tissues import label_of
from casereview.domain.hu_presets import ContrastPhase, HuRange, Structure, hu_range
from casereview.domain.segments import ANATOMICAL_STRUCTURE, Code, Segment
from casereview.domain.volume import Volume
from casereview.render.segment_overlay import label_volume
from casereview.services.segmentations import measure_mask
from casereview.session import SeriesInfo, ViewerSession
from casereview.store.repositories_annotations import pack_mask

PHASE = ContrastPhase.PORTAL_VENOUS


@dataclass(frozen=True)
class Phantom:
    """The rendered CT and its tissue labels."""

    volume: Volume
    labels: NDArray[np.uint8]


def build_phantom(slices: int) -> Phantom:
    """The demo's anatomy in the portal-venous phase on a 512x512 grid of ``slices`` slices."""
    demo = make_grid(small=False)
    spacing = demo.spacing[0] * demo.shape[0] / slices
    grid = Grid((slices, 512, 512), (spacing, *demo.spacing[1:]), demo.origin, spacing)
    voxels = np.empty(grid.shape, dtype=np.int16)

    def keep(_phase: str, index: int, hu: NDArray[np.int16]) -> None:
        voxels[index] = hu

    labels = render(build_anatomy("borderline"), grid, [PHASE.value], 7, keep)
    volume = Volume(
        voxels, grid.spacing, grid.origin, np.eye(3), (), "2.25.1", "2.25.2", modality="CT"
    )
    return Phantom(volume, labels)


def best_of(repeat: int, run: Callable[[], object]) -> tuple[float, object]:
    """Smallest wall time of ``repeat`` runs, and the last result."""
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = run()
        best = min(best, time.perf_counter() - start)
    return best, result


def threshold_baseline(volume: Volume, repeat: int) -> float:
    """One SimpleITK binary threshold pass over the whole volume (the image already built)."""
    image = sitk.GetImageFromArray(volume.voxels)
    seconds, _ = best_of(
        repeat, lambda: sitk.BinaryThreshold(image, 130, 300, insideValue=1, outsideValue=0)
    )
    return seconds


def deepest_voxel(mask: NDArray[np.bool_]) -> tuple[int, int, int]:
    """The voxel of ``mask`` farthest from its surface (computed in its bounding box)."""
    present = [
        np.flatnonzero(mask.any(axis=tuple(a for a in range(3) if a != x))) for x in range(3)
    ]
    box = tuple(slice(int(p[0]), int(p[-1]) + 1) for p in present)
    inner = mask[box]
    distance = sitk.GetArrayFromImage(
        sitk.SignedMaurerDistanceMap(
            sitk.GetImageFromArray(inner.astype(np.uint8)), insideIsPositive=True
        )
    )
    s, r, c = np.unravel_index(np.argmax(np.where(inner, distance, -np.inf)), inner.shape)
    return int(s) + box[0].start, int(r) + box[1].start, int(c) + box[2].start


@dataclass(frozen=True)
class GrowCase:
    """One structure to grow, as the surgeon sets it up."""

    name: str
    structure: Structure
    tissue: str
    seed: tuple[int, int, int]
    opening_mm: float
    slices: tuple[int, int] | None  #: first, last (inclusive) slices the grow is limited to


def grow_cases(phantom: Phantom) -> list[GrowCase]:
    """SMV, portal vein and tumour of the phantom, with seeds and limits a user would choose."""
    labels = phantom.labels
    smv = labels == label_of("superior_mesenteric_vein")
    portal = labels == label_of("portal_vein")
    confluence = int(np.flatnonzero(portal.any(axis=(1, 2)))[0])
    middle = int(np.flatnonzero(smv.any(axis=(1, 2))).mean())
    rows, columns = np.argwhere(smv[middle]).mean(axis=0)
    last = labels.shape[0] - 1
    return [
        GrowCase(
            "SMV",
            Structure.VEIN,
            "superior_mesenteric_vein",
            (middle, int(round(rows)), int(round(columns))),
            1.0,
            (0, confluence + 2),
        ),
        GrowCase(
            "portal vein",
            Structure.VEIN,
            "portal_vein",
            deepest_voxel(portal),
            1.5,
            (confluence - 2, last),
        ),
        GrowCase(
            "tumour",
            Structure.TUMOUR,
            "tumour",
            deepest_voxel(labels == label_of("tumour")),
            1.5,
            None,
        ),
    ]


def editor_path(mask: NDArray[np.bool_], volume: Volume) -> None:
    """What the editor does with a grown mask before the views show it (no database)."""
    before = np.zeros(volume.shape, dtype=bool)
    after = before | mask
    pack_mask(before)
    pack_mask(after)
    measure_mask(after, volume)
    session = ViewerSession()
    session.set_primary(volume, SeriesInfo(1))
    segment = Segment(
        "grown",
        1,
        1,
        "Grown",
        ANATOMICAL_STRUCTURE,
        Code("32764006", "SCT", "Portal vein"),
        (0, 0, 255),
        volume.series_instance_uid,
    )
    session.set_segments([segment], {segment.uuid: after})
    label_volume(session)


def region_growing_section(phantom: Phantom, repeat: int) -> None:
    """Print the region growing times, their ratio to a threshold pass, and their accuracy."""
    volume = phantom.volume
    baseline = threshold_baseline(volume, 3)
    print("region growing (portal-venous presets)")
    print(f"  {'(a) SimpleITK threshold pass, baseline':<44} {baseline:7.3f} s   1.00x (a)")
    for case in grow_cases(phantom):
        preset = hu_range(case.structure, PHASE)
        within = None
        if case.slices is not None:
            within = np.zeros(volume.shape, dtype=bool)
            within[case.slices[0] : case.slices[1] + 1] = True

        def grow(
            case: GrowCase = case,
            within: NDArray[np.bool_] | None = within,
            preset: HuRange = preset,
        ) -> object:
            return region_grow(
                volume,
                case.seed,
                preset.lower,
                preset.upper,
                opening_mm=case.opening_mm,
                within=within,
            )

        seconds, grown = best_of(repeat, grow)
        mask = np.asarray(grown, dtype=bool)
        truth = phantom.labels == label_of(case.tissue)
        if within is not None:
            truth &= within
        store, _ = best_of(1, lambda mask=mask: editor_path(mask, volume))
        label = f"{case.name} ({preset.lower:.0f}-{preset.upper:.0f} HU)"
        print(
            f"  {label:<44} {seconds:7.3f} s {seconds / baseline:6.2f}x (a)  [target <= 2 s]"
            f"  Dice {dice(mask, truth):.3f}, {int(mask.sum())} voxels"
        )
        print(
            f"  {'   + editor: undo masks, measure, overlay':<44} {store:7.3f} s "
            f"{store / baseline:6.2f}x (a)"
        )


def main() -> None:
    """Build the volume once, then print each section."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--slices", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    start = time.perf_counter()
    phantom = build_phantom(args.slices)
    shape = "x".join(str(n) for n in phantom.volume.shape[::-1])
    print(
        f"phantom {shape} (portal-venous) built in {time.perf_counter() - start:.0f} s; "
        f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}"
    )
    region_growing_section(phantom, args.repeat)
    print()
    print_page_down_times(page_down_times())


if __name__ == "__main__":
    main()
