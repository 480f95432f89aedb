"""Synthetic demo case: a fictional pancreatic head cancer on multiphase CT with known answers.

The generator builds an analytic upper abdomen (:mod:`casereview.demo.anatomy`), voxelises it
per contrast phase (:mod:`casereview.demo.phantom`), writes scanner-like CT series
(:mod:`casereview.demo.ct_writer`), a reference DICOM SEG (:mod:`casereview.demo.seg_writer`)
and ``ground_truth.json`` computed from the analytic model (:mod:`casereview.demo.truth`).
The ``"liver"`` variant is the same body with a colorectal liver metastasis instead of the
pancreatic tumour, for liver surgery planning (:mod:`casereview.demo.liver`): a second SEG
holds its true Couinaud segments, its headers the patient's height and weight, its ground
truth a ``liver`` section (:mod:`casereview.demo.liver_truth`). No real patient data is
involved.
"""

from __future__ import annotations

import json
import logging
import shutil
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from casereview.demo.anatomy import DEMO_VARIANTS, VARIANTS, Anatomy, build_anatomy
from casereview.demo.ct_writer import PHASE_DIR, CtSeriesWriter, StudyIds
from casereview.demo.liver import LIVER_VARIANT
from casereview.demo.liver_truth import LIVER_TISSUES
from casereview.demo.phantom import (
    LIVER_SCAN_START_Z,
    PANCREAS_SCAN_START_Z,
    SLAB,
    Grid,
    make_grid,
    render,
)
from casereview.demo.seg_writer import write_liver_segmentations, write_segmentation
from casereview.demo.tissues import PHASES, label_of
from casereview.demo.truth import GroundTruth, compute_truth
from casereview.errors import ConfigurationError, OperationCancelled
from casereview.messages import Message

__all__ = [
    "DEMO_VARIANTS",
    "LIVER_VARIANT",
    "PHASES",
    "VARIANTS",
    "DemoCase",
    "GroundTruth",
    "generate_demo",
]

_log = logging.getLogger(__name__)

GROUND_TRUTH_FILE = "ground_truth.json"
SEG_FILE = Path("SEG_90_reference") / "SEG0001.dcm"
#: The liver variant's true Couinaud segments.
COUINAUD_SEG_FILE = Path("SEG_91_couinaud") / "SEG0001.dcm"


@dataclass(frozen=True)
class DemoCase:
    """Files of a generated demo case.

    Attributes
    ----------
    out_dir
        Directory holding everything below.
    series
        Phase name to the CT files of that phase, from caudal to cranial.
    seg_path
        The reference DICOM SEG (references the portal-venous series when present).
    ground_truth_path
        ``ground_truth.json``.
    ground_truth
        Its content.
    couinaud_seg_path
        The liver variant's SEG of the true Couinaud segments 1-8 (``None`` for the others).
    """

    out_dir: Path
    series: dict[str, tuple[Path, ...]]
    seg_path: Path
    ground_truth_path: Path
    ground_truth: GroundTruth
    couinaud_seg_path: Path | None = None

    @property
    def seg_paths(self) -> tuple[Path, ...]:
        """Every SEG of the case (the reference, then the Couinaud segments if any)."""
        if self.couinaud_seg_path is None:
            return (self.seg_path,)
        return (self.seg_path, self.couinaud_seg_path)


def _liver_voxels(
    anatomy: Anatomy, grid: Grid, labels: NDArray[np.uint8]
) -> tuple[NDArray[np.bool_], NDArray[np.uint8]]:
    """The liver variant's liver (as volumetry counts it) and true Couinaud segment per voxel.

    A voxel is liver when its centre lies in the liver's envelope and its label is liver,
    the tumour or an intrahepatic vein (the rule of :mod:`casereview.demo.liver_truth`). A
    voxel labelled liver lies in the envelope by construction, so only the others are tested.
    """
    parts = anatomy.liver
    if parts is None:
        raise ValueError(f"The {anatomy.variant!r} demo has no liver segments.")
    xs, ys, zs = grid.axes()
    liver = labels == label_of("liver")
    others = [label_of(name) for name in LIVER_TISSUES if name != "liver"]
    k, j, i = np.nonzero(np.isin(labels, others))
    inside = parts.liver.inside(np.stack([xs[i], ys[j], zs[k]], axis=1))
    liver[k[inside], j[inside], i[inside]] = True
    k, j, i = np.nonzero(liver)
    couinaud = np.zeros(labels.shape, dtype=np.uint8)
    couinaud[k, j, i] = parts.couinaud.labels(np.stack([xs[i], ys[j], zs[k]], axis=1))
    return liver, couinaud


def generate_demo(
    out_dir: Path,
    *,
    variant: str = "borderline",
    small: bool = False,
    phases: Sequence[str] = ("arterial", "portal-venous"),
    seed: int = 0,
    progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> DemoCase:
    """Generate the synthetic demo case into ``out_dir``.

    Parameters
    ----------
    out_dir
        Target directory; created if missing. Existing demo series folders in it are replaced.
    variant
        ``"resectable"``, ``"borderline"`` (default) or ``"locally-advanced"``, graded by their
        contact angles; or ``"tear-drop"`` (an SMV drawn into a tear-drop towards the tumour)
        or ``"replaced-rha"`` (a replaced right hepatic artery from the SMA touching the
        tumour), borderline resectable only with that finding or variant recorded (their
        ground truth gives both categories); or ``"liver"``, a colorectal liver metastasis
        near the right hepatic vein for right hepatectomy planning (no pancreatic tumour).
    small
        Fast 256x256x96 volume (1.5 mm pixels, 2.5 mm slices) instead of the diagnostic
        512x512x200 (0.75 mm pixels, 1.25 mm slices).
    phases
        Contrast phases to write, from ``"non-contrast"``, ``"arterial"``, ``"portal-venous"``.
    seed
        Seed of noise, texture and UIDs; the same seed gives the same files.
    progress
        Called as ``progress(done, total)`` while working.
    should_cancel
        Polled regularly; when it returns True the partial output is removed and
        :class:`casereview.errors.OperationCancelled` is raised.

    Returns
    -------
    DemoCase
        Paths and ground truth of the generated case.

    Raises
    ------
    casereview.errors.ConfigurationError
        Unknown variant or phase, or no phase requested.
    casereview.errors.OperationCancelled
        ``should_cancel`` returned True.
    """
    if variant not in DEMO_VARIANTS:
        raise ConfigurationError(
            Message(
                "Unknown demo variant '{variant}'. Choose one of: {known}.",
                variant=variant,
                known=", ".join(DEMO_VARIANTS),
            )
        )
    wanted = [p for p in PHASES if p in set(phases)]
    unknown = sorted(set(phases) - set(PHASES))
    if unknown or not wanted:
        raise ConfigurationError(
            Message(
                "Demo phases must be chosen from {known} (got {given}).",
                known=", ".join(PHASES),
                given=", ".join(phases) or "-",
            )
        )
    started = time.perf_counter()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    for phase in wanted:
        shutil.rmtree(out_dir / PHASE_DIR[phase], ignore_errors=True)
    grid = make_grid(
        small, LIVER_SCAN_START_Z if variant == LIVER_VARIANT else PANCREAS_SCAN_START_Z
    )
    ids = StudyIds.for_demo(seed, variant)
    writers = {p: CtSeriesWriter(out_dir, grid, p, ids, seed, variant) for p in wanted}
    anatomy = build_anatomy(variant)
    n_slabs = -(-grid.shape[0] // SLAB)
    total = n_slabs + 2

    def on_slab(done: int, _total: int) -> None:
        if progress is not None:
            progress(done, total)

    def sink(phase: str, index: int, hu: NDArray[np.int16]) -> None:
        writers[phase].write(index, hu)

    try:
        labels = render(
            anatomy, grid, wanted, seed, sink, on_slab=on_slab, should_cancel=should_cancel
        )
        if should_cancel is not None and should_cancel():
            raise OperationCancelled(
                Message("Demo generation was cancelled; no demo case was created.")
            )
        reference = "portal-venous" if "portal-venous" in writers else wanted[0]
        couinaud_seg_path: Path | None = None
        if variant == LIVER_VARIANT:
            liver, couinaud = _liver_voxels(anatomy, grid, labels)
            seg_path, couinaud_seg_path = write_liver_segmentations(
                out_dir / SEG_FILE,
                out_dir / COUINAUD_SEG_FILE,
                labels,
                liver,
                couinaud,
                writers[reference].ordered_paths(),
                seed=seed,
                variant=variant,
            )
        else:
            seg_path = write_segmentation(
                out_dir / SEG_FILE,
                labels,
                writers[reference].ordered_paths(),
                seed=seed,
                variant=variant,
            )
        if progress is not None:
            progress(n_slabs + 1, total)
        truth = compute_truth(anatomy, seed=seed, size="small" if small else "default")
        truth_path = out_dir / GROUND_TRUTH_FILE
        truth_path.write_text(json.dumps(truth.to_json(), indent=2) + "\n", encoding="utf-8")
        if progress is not None:
            progress(total, total)
    except OperationCancelled:
        for phase in wanted:
            shutil.rmtree(out_dir / PHASE_DIR[phase], ignore_errors=True)
        shutil.rmtree((out_dir / SEG_FILE).parent, ignore_errors=True)
        shutil.rmtree((out_dir / COUINAUD_SEG_FILE).parent, ignore_errors=True)
        raise
    _log.info(
        "Generated %s demo (%s, %d phases) in %.1f s",
        variant,
        "small" if small else "default",
        len(wanted),
        time.perf_counter() - started,
    )
    return DemoCase(
        out_dir=out_dir,
        series={p: tuple(w.ordered_paths()) for p, w in writers.items()},
        seg_path=seg_path,
        ground_truth_path=truth_path,
        ground_truth=truth,
        couinaud_seg_path=couinaud_seg_path,
    )
