"""Resectability benchmark: tumour-vessel contact on a 512x512x300 case, against a threshold pass.

Builds the demo's anatomy (one variant, default the locally advanced one: the SMA encased, the
SMV abutted over more than half its circumference) as a tissue label map on a 512x512x300 grid
(0.75 mm pixels, the demo's 250 mm range in 0.83 mm slices), in memory. Only the layers painted
from the tumour on are voxelised: they alone decide the tumour's and the vessels' labels, and
the CT values are not read. Then it measures, in the same run:

  per vessel     ``analysis.assessment.assess_label_map`` for that vessel alone: the crop to
                 the tumour's neighbourhood, the tumour's distance map, the vessel's centreline
                 and its sections (target <= 1 s), with the centreline's and the sections'
                 share;
  full case      ``assess_label_map`` for all the demo's vessels at once, junctions and
                 landmarks included (target <= 5 s);

and prints each figure's angle against the phantom's ground truth.

Baseline: one SimpleITK binary threshold pass over the same label volume (best of 3). Times are
the best of ``--repeat`` runs.

Run: ``.venv/bin/python benchmarks/bench_resectability.py [--slices N] [--repeat N]
[--variant NAME]``.
"""

from __future__ import annotations

import argparse
import os
import time
from dataclasses import replace

import numpy as np
import SimpleITK as sitk
from bench_segmentation import best_of
from numpy.typing import NDArray

from casereview.analysis.assessment import DEFAULT_REGION_MM, ContactAssessment, assess_label_map
from casereview.analysis.centreline import bounding_box, compute_centreline
from casereview.analysis.vessel_contact import DistanceField, measure_along
from casereview.demo.anatomy import build_anatomy
from casereview.demo.phantom import Grid, make_grid, render
from casereview.demo.tissues import SEGMENT_BY_KEY
from casereview.demo.truth import GroundTruth, compute_truth

VESSELS = ("sma", "celiac", "cha", "smv", "pv", "ivc", "aorta", "splenic_artery", "splenic_vein")
VESSEL_TARGET_S = 1.0
CASE_TARGET_S = 5.0


def build_labels(variant: str, slices: int) -> tuple[NDArray[np.uint8], Grid, GroundTruth]:
    """Tissue labels of ``variant`` on a 512x512 grid of ``slices`` slices, and its truth."""
    demo = make_grid(small=False)
    spacing = demo.spacing[0] * demo.shape[0] / slices
    grid = Grid((slices, 512, 512), (spacing, *demo.spacing[1:]), demo.origin, spacing)
    anatomy = build_anatomy(variant)
    first = next(i for i, layer in enumerate(anatomy.layers) if layer.tissue == "tumour")
    labels = render(
        replace(anatomy, layers=anatomy.layers[first:]), grid, ["portal-venous"], 7, _drop
    )
    return labels, grid, compute_truth(anatomy, seed=7, size="default")


def _drop(_phase: str, _index: int, _hu: NDArray[np.int16]) -> None:
    """The CT slices are not needed."""


def threshold_baseline(labels: NDArray[np.uint8], repeat: int) -> float:
    """One SimpleITK binary threshold pass over the whole label volume (image already built)."""
    image = sitk.GetImageFromArray(labels)
    tumour = SEGMENT_BY_KEY["tumour"].labels[0]
    seconds, _ = best_of(
        repeat,
        lambda: sitk.BinaryThreshold(image, tumour, tumour, insideValue=1, outsideValue=0),
    )
    return seconds


def split_times(
    labels: NDArray[np.uint8], spacing: tuple[float, float, float], kind: str
) -> tuple[float, float]:
    """Seconds of the centreline and of the sections of one vessel (crop and fields excluded)."""
    tumour = np.isin(labels, SEGMENT_BY_KEY["tumour"].labels)
    sp = np.asarray(spacing)
    lo, hi = bounding_box(tumour, np.ceil(DEFAULT_REGION_MM / sp).astype(np.int64))
    box = tuple(slice(int(a), int(b)) for a, b in zip(lo, hi, strict=True))
    vessel = np.isin(labels[box], SEGMENT_BY_KEY[kind].labels)
    start = time.perf_counter()
    line = compute_centreline(vessel, spacing, focus_mm=np.argwhere(tumour[box]) * sp)
    centreline_s = time.perf_counter() - start
    tumour_field = DistanceField.of_mask(tumour[box], spacing, margin_mm=8.0)
    vessel_field = DistanceField.of_mask(vessel, spacing, margin_mm=3.0)
    start = time.perf_counter()
    measure_along(line, vessel_field, tumour_field, name=kind)
    return centreline_s, time.perf_counter() - start


def verdict(seconds: float, target: float) -> str:
    """The target and whether it was met."""
    return f"[target <= {target:g} s: {'met' if seconds <= target else 'NOT met'}]"


def main() -> None:
    """Build the label volume once, then print each figure."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--slices", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--variant", default="locally-advanced")
    args = parser.parse_args()
    start = time.perf_counter()
    labels, grid, truth = build_labels(args.variant, args.slices)
    shape = "x".join(str(n) for n in labels.shape[::-1])
    print(
        f"{args.variant} labels {shape} ({grid.spacing[1]:.2f} x {grid.spacing[2]:.2f} x "
        f"{grid.spacing[0]:.2f} mm) built in {time.perf_counter() - start:.0f} s; "
        f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}"
    )
    baseline = threshold_baseline(labels, 3)
    tumour = SEGMENT_BY_KEY["tumour"].labels
    print("tumour-vessel contact (centreline + sections; angle measured / ground truth)")
    print(f"  {'(a) SimpleITK threshold pass, baseline':<44} {baseline:7.3f} s   1.00x (a)")
    for kind in VESSELS:

        def one(kind: str = kind) -> object:
            return assess_label_map(
                labels, grid.spacing, tumour=tumour, vessels={kind: SEGMENT_BY_KEY[kind].labels}
            )

        seconds, result = best_of(args.repeat, one)
        measured = result.vessel(kind) if isinstance(result, ContactAssessment) else None
        angle = f"{measured.angle_deg:5.1f}" if measured is not None else "  -  "
        centreline_s, sections_s = split_times(labels, grid.spacing, kind)
        print(
            f"  {kind:<44} {seconds:7.3f} s {seconds / baseline:6.2f}x (a)  "
            f"{verdict(seconds, VESSEL_TARGET_S)}  {angle} / {truth.vessels[kind].angle_deg:5.1f} deg"
            f"  (centreline {centreline_s:.3f} s, sections {sections_s:.3f} s)"
        )
    seconds, _ = best_of(
        args.repeat,
        lambda: assess_label_map(
            labels,
            grid.spacing,
            tumour=tumour,
            vessels={k: SEGMENT_BY_KEY[k].labels for k in VESSELS},
        ),
    )
    label = f"full assessment ({len(VESSELS)} vessels)"
    print(
        f"  {label:<44} {seconds:7.3f} s {seconds / baseline:6.2f}x (a)  "
        f"{verdict(seconds, CASE_TARGET_S)}"
    )


if __name__ == "__main__":
    main()
