"""Ground truth of the liver variant, computed from the analytic phantom (never from voxels).

Definitions (the ``liver`` section of ``ground_truth.json``):

* **Liver** (total volume): every point of the liver's envelope whose last painted layer is
  liver parenchyma, the liver tumour, or a portal or hepatic vein: the parenchyma with the
  intrahepatic vessels and the tumour, as liver volumetry counts it. The IVC, the gallbladder
  and the organs that press on the liver (kidney, stomach, bowel) are not liver.
* **Tumour**: the tumour's shape less the vessels painted over it (its label).
* **Couinaud segments 1–8**: the true segments of :class:`casereview.demo.liver.CouinaudTruth`
  (curved surfaces between the curved IVC axis and the right and middle hepatic veins and the
  umbilical fissure, a gently bowed portal surface, the caudate lobe round the IVC); 4a and 4b
  are both 4. Each liver point belongs to exactly one.
* **Landmarks**: what a person picks for the planar approximation
  (:mod:`casereview.analysis.couinaud`), in patient LPS mm: IVC centre at the confluence and
  at the caudate process, three points along each hepatic vein's trunk, the portal bifurcation
  and the umbilical portion of the left portal vein where the ligamentum teres reaches it.
* **Tumour segments**: the share of the tumour's volume in each segment it reaches.
* **Distance to the hepatic veins**: the smallest distance from the tumour's surface to each
  vein's wall (the tube round its centreline), in mm.
* **Right hepatectomy** (segments 5–8 removed): resected and remnant volumes (tumour included),
  the tumour left in the remnant, the FLR as a share of the functional liver (total − tumour),
  and the margin: the smallest distance from the tumour to the remnant.
* **Patient**: height and weight written in the CT headers; body surface area (Mosteller),
  standard liver volume (Vauthey), standardised FLR and remnant-to-body-weight ratio of the right
  hepatectomy, by :mod:`casereview.domain.liver_remnant`.

Volumes are counted on a :data:`LIVER_STEP_MM` lattice of points over the liver (midpoint
rule; against a 1 mm lattice the total differs by 0.05 % and each segment by at most 0.4 %, for
a third of the time); the tumour on a 0.3 mm lattice; the margin on the liver's lattice, then
refined on a 0.25 mm lattice in the cells nearest the tumour (to about 0.2 mm).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray
from scipy.spatial import cKDTree

from casereview.demo.anatomy import Anatomy, LiverAnatomy
from casereview.demo.geometry import Shape, Tube
from casereview.demo.liver import (
    PATIENT_SIZE_M,
    PATIENT_WEIGHT_KG,
    LiverLandmarks,
    liver_landmarks,
)
from casereview.demo.tissues import TISSUE_BY_NAME
from casereview.domain.liver_remnant import LiverCondition, LiverVolumes, assess_remnant

FloatArray = NDArray[np.float64]

#: Spacing (mm) of the lattice the liver and its segments are counted on.
LIVER_STEP_MM = 1.5
#: Spacing (mm) of the tumour's lattice.
TUMOUR_STEP_MM = 0.3
#: Spacing (mm) of the lattice the margin is refined on, in the cells nearest the tumour.
MARGIN_STEP_MM = 0.25

#: Segments a right hepatectomy removes.
RIGHT_HEPATECTOMY = (5, 6, 7, 8)

#: Tissues whose points inside the liver's envelope count as liver.
LIVER_TISSUES = ("liver", "liver_tumour", "portal_vein", "hepatic_vein")

_SLAB_MM = 16.0
#: How far (mm) round the tumour's bounding box the remnant is searched for the margin: farther
#: than the right hepatectomy's margin on the phantom (15 mm).
_MARGIN_SEARCH_MM = 30.0


@dataclass(frozen=True)
class ResectionTruth:
    """One resection of the truth (volumes in mL, percentages, margin in mm)."""

    resected_segments: tuple[int, ...]
    resected_ml: float
    remnant_ml: float
    remnant_tumour_ml: float
    flr_percent: float
    margin_mm: float


@dataclass(frozen=True)
class PatientTruth:
    """The patient's size and what follows from it for the right hepatectomy."""

    height_cm: float
    weight_kg: float
    bsa_m2: float
    slv_ml: float
    sflr_percent: float
    rbwr_percent: float


@dataclass(frozen=True)
class LiverTruth:
    """The liver variant's answers (see the module's definitions)."""

    total_ml: float
    tumour_ml: float
    functional_ml: float
    segments_ml: dict[int, float]
    landmarks: LiverLandmarks
    tumour_segments: dict[int, float]
    tumour_segment: int
    tumour_to_hepatic_vein_mm: dict[str, float]
    nearest_hepatic_vein: str
    right_hepatectomy: ResectionTruth
    patient: PatientTruth

    def to_json(self) -> dict[str, Any]:
        """JSON-ready dictionary (segment numbers become strings)."""
        d = asdict(self)
        d["segments_ml"] = {str(k): v for k, v in self.segments_ml.items()}
        d["tumour_segments"] = {str(k): v for k, v in self.tumour_segments.items()}
        d["landmarks"] = {
            k: [list(p) for p in v] if isinstance(v[0], tuple) else list(v)
            for k, v in asdict(self.landmarks).items()
        }
        d["right_hepatectomy"]["resected_segments"] = list(self.right_hepatectomy.resected_segments)
        return d

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> LiverTruth:
        """Inverse of :meth:`to_json`."""

        def point(v: list[float]) -> tuple[float, float, float]:
            return (float(v[0]), float(v[1]), float(v[2]))

        marks = d["landmarks"]
        resection = dict(d["right_hepatectomy"])
        resection["resected_segments"] = tuple(resection["resected_segments"])
        return cls(
            total_ml=d["total_ml"],
            tumour_ml=d["tumour_ml"],
            functional_ml=d["functional_ml"],
            segments_ml={int(k): v for k, v in d["segments_ml"].items()},
            landmarks=LiverLandmarks(
                ivc_confluence=point(marks["ivc_confluence"]),
                ivc_inferior=point(marks["ivc_inferior"]),
                right_hepatic_vein=tuple(point(p) for p in marks["right_hepatic_vein"]),
                middle_hepatic_vein=tuple(point(p) for p in marks["middle_hepatic_vein"]),
                left_hepatic_vein=tuple(point(p) for p in marks["left_hepatic_vein"]),
                portal_bifurcation=point(marks["portal_bifurcation"]),
                umbilical_fissure=point(marks["umbilical_fissure"]),
            ),
            tumour_segments={int(k): v for k, v in d["tumour_segments"].items()},
            tumour_segment=d["tumour_segment"],
            tumour_to_hepatic_vein_mm=dict(d["tumour_to_hepatic_vein_mm"]),
            nearest_hepatic_vein=d["nearest_hepatic_vein"],
            right_hepatectomy=ResectionTruth(**resection),
            patient=PatientTruth(**d["patient"]),
        )


def _layers_after_liver(anatomy: Anatomy) -> list[tuple[Shape, int]]:
    """The layers painted after the liver (they decide what a liver point really is)."""
    names = [layer.tissue for layer in anatomy.layers]
    start = names.index("liver") + 1
    return [(layer.shape, TISSUE_BY_NAME[layer.tissue].label) for layer in anatomy.layers[start:]]


def _overlaps(shape: Shape, lo: FloatArray, hi: FloatArray) -> bool:
    slo, shi = shape.bounds()
    return bool(np.all(slo <= hi) and np.all(shi >= lo))


def liver_mask_block(
    anatomy: Anatomy, xs: FloatArray, ys: FloatArray, zs: FloatArray
) -> NDArray[np.bool_]:
    """Which points of the block ``zs × ys × xs`` are liver (see the module's definitions).

    The same painter's rule as the voxeliser's label map: a point belongs to the last layer
    whose shape contains it.
    """
    parts = _liver_parts(anatomy)
    inside = parts.liver.sdf_block(xs, ys, zs) < 0
    label = np.where(inside, TISSUE_BY_NAME["liver"].label, 0).astype(np.uint8)
    for shape, value in _layers_after_liver(anatomy):
        # Only the part of the block in the shape's bounding box can change.
        lo, hi = shape.bounds()
        ix = np.searchsorted(xs, [lo[0], hi[0]])
        iy = np.searchsorted(ys, [lo[1], hi[1]])
        iz = np.searchsorted(zs, [lo[2], hi[2]])
        if ix[0] >= ix[1] or iy[0] >= iy[1] or iz[0] >= iz[1]:
            continue
        box = (slice(iz[0], iz[1]), slice(iy[0], iy[1]), slice(ix[0], ix[1]))
        if not inside[box].any():
            continue
        sub = label[box]
        sub[shape.sdf_block(xs[box[2]], ys[box[1]], zs[box[0]]) < 0] = value
    keep = [TISSUE_BY_NAME[name].label for name in LIVER_TISSUES]
    mask: NDArray[np.bool_] = inside & np.isin(label, keep)
    return mask


def _liver_parts(anatomy: Anatomy) -> LiverAnatomy:
    if anatomy.liver is None:
        raise ValueError(f"The {anatomy.variant!r} demo has no liver ground truth.")
    return anatomy.liver


def _lattice(lo: FloatArray, hi: FloatArray, step: float) -> tuple[FloatArray, ...]:
    return tuple(np.arange(lo[k] + step / 2, hi[k], step) for k in range(3))


def _liver_points(anatomy: Anatomy, step: float) -> Iterator[FloatArray]:
    """The liver's lattice points ``(n, 3)``, slab by slab (bounded memory)."""
    lo, hi = _liver_parts(anatomy).liver.bounds()
    xs, ys, zs_all = _lattice(lo, hi, step)
    per_slab = max(1, int(_SLAB_MM / step))
    for start in range(0, len(zs_all), per_slab):
        zs = zs_all[start : start + per_slab]
        mask = liver_mask_block(anatomy, xs, ys, zs)
        k, j, i = np.nonzero(mask)
        yield np.stack([xs[i], ys[j], zs[k]], axis=1)


def _tumour_points(anatomy: Anatomy, step: float) -> FloatArray:
    """The tumour label's lattice points ``(n, 3)``."""
    tumour = anatomy.tumour
    lo, hi = tumour.bounds()
    xs, ys, zs = _lattice(lo - step, hi + step, step)
    inside = tumour.sdf_block(xs, ys, zs) < 0
    for shape in anatomy.after_tumour:
        if _overlaps(shape, lo, hi):
            inside &= shape.sdf_block(xs, ys, zs) >= 0
    k, j, i = np.nonzero(inside)
    return np.stack([xs[i], ys[j], zs[k]], axis=1)


def _distance_to_wall(points: FloatArray, vein: Tube) -> float:
    """Smallest distance (mm) from ``points`` to the wall of ``vein`` (outside it)."""
    line = vein.line
    tree = cKDTree(points)
    best = np.inf
    for centre, radius in zip(line.points, line.radii, strict=True):
        distance, _ = tree.query(centre)
        best = min(best, float(distance) - float(radius))
    return best


def _surface(points: FloatArray, step: float) -> FloatArray:
    """The points of a lattice set that have a missing neighbour (its outer layer)."""
    index = np.rint((points - points.min(axis=0)) / step).astype(np.int64)
    shape = index.max(axis=0) + 3
    grid = np.zeros(tuple(int(s) for s in shape), dtype=bool)
    grid[index[:, 0] + 1, index[:, 1] + 1, index[:, 2] + 1] = True
    core = grid.copy()
    for axis in range(3):
        core &= np.roll(grid, 1, axis) & np.roll(grid, -1, axis)
    outer = ~core[index[:, 0] + 1, index[:, 1] + 1, index[:, 2] + 1]
    surface: FloatArray = points[outer]
    return surface


def _is_liver(anatomy: Anatomy, points: FloatArray) -> NDArray[np.bool_]:
    """Which of the points ``(n, 3)`` are liver (the rule of :func:`liver_mask_block`)."""
    inside = _liver_parts(anatomy).liver.inside(points)
    label = np.where(inside, TISSUE_BY_NAME["liver"].label, 0).astype(np.uint8)
    lo, hi = points.min(axis=0), points.max(axis=0)
    for shape, value in _layers_after_liver(anatomy):
        if _overlaps(shape, lo, hi):
            label[shape.inside(points)] = value
    keep = [TISSUE_BY_NAME[name].label for name in LIVER_TISSUES]
    liver: NDArray[np.bool_] = inside & np.isin(label, keep)
    return liver


def _margin_to_remnant(
    anatomy: Anatomy, tumour_surface: FloatArray, remnant: FloatArray, step: float
) -> float:
    """Smallest distance (mm) from the tumour to the remnant of the right hepatectomy.

    ``remnant`` holds the remnant's points of the liver's lattice (spacing ``step``) near the
    tumour. The nearest of them give the distance to within a lattice cell; the cells round
    them are then sampled every :data:`MARGIN_STEP_MM` and the remnant's points among
    those give the margin to about a quarter of a millimetre.
    """
    parts = _liver_parts(anatomy)
    if not len(remnant):
        raise ValueError("No remnant lies near the tumour; widen the margin's search.")
    tree = cKDTree(tumour_surface)
    distance = np.asarray(tree.query(remnant)[0], dtype=np.float64)
    coarse = float(distance.min())
    near = remnant[distance <= coarse + step]
    fine = MARGIN_STEP_MM
    offsets = np.arange(-step / 2.0, step / 2.0 + fine / 2.0, fine)
    cube = np.stack(np.meshgrid(offsets, offsets, offsets, indexing="ij"), axis=-1).reshape(-1, 3)
    points = (near[:, None, :] + cube[None, :, :]).reshape(-1, 3)
    kept = _is_liver(anatomy, points) & ~np.isin(
        parts.couinaud.labels(points), list(RIGHT_HEPATECTOMY)
    )
    if not kept.any():
        return coarse
    refined = np.asarray(tree.query(points[kept])[0], dtype=np.float64)
    return min(coarse, float(refined.min()))


def compute_liver_truth(anatomy: Anatomy) -> LiverTruth:
    """The ``liver`` section of the liver variant's ground truth (see the module's notes).

    Raises
    ------
    ValueError
        If ``anatomy`` is not the liver variant's.
    """
    parts = _liver_parts(anatomy)
    step = LIVER_STEP_MM
    cell_ml = step**3 / 1000.0
    tumour = _tumour_points(anatomy, TUMOUR_STEP_MM)
    near_lo, near_hi = (
        tumour.min(axis=0) - _MARGIN_SEARCH_MM,
        tumour.max(axis=0) + _MARGIN_SEARCH_MM,
    )
    counts = np.zeros(9, dtype=np.int64)
    remnant_near: list[FloatArray] = []
    for points in _liver_points(anatomy, step):
        labels = parts.couinaud.labels(points)
        counts += np.bincount(labels, minlength=9)
        near = np.all((points >= near_lo) & (points <= near_hi), axis=1)
        remnant_near.append(points[near & ~np.isin(labels, RIGHT_HEPATECTOMY)])
    total_ml = float(counts.sum()) * cell_ml
    segments = {s: round(float(counts[s]) * cell_ml, 2) for s in range(1, 9)}

    tumour_ml = float(len(tumour)) * TUMOUR_STEP_MM**3 / 1000.0
    shares = np.bincount(parts.couinaud.labels(tumour), minlength=9) / len(tumour)
    tumour_segments = {s: round(float(shares[s]), 3) for s in range(1, 9) if shares[s] > 0.0}
    surface = _surface(tumour, TUMOUR_STEP_MM)
    to_veins = {
        name: round(_distance_to_wall(surface, vein), 1)
        for name, vein in parts.hepatic_veins.items()
    }

    resected_set = set(RIGHT_HEPATECTOMY)
    resected_ml = sum(segments[s] for s in RIGHT_HEPATECTOMY)
    left_in_remnant = float(shares[[s for s in range(1, 9) if s not in resected_set]].sum())
    remnant_tumour_ml = tumour_ml * left_in_remnant
    volumes = LiverVolumes(total_ml, tumour_ml, resected_ml, remnant_tumour_ml)
    height_cm = PATIENT_SIZE_M * 100.0
    assessment = assess_remnant(
        volumes, LiverCondition.NORMAL, height_cm=height_cm, weight_kg=PATIENT_WEIGHT_KG
    )
    assert assessment.bsa_m2 is not None and assessment.slv_ml is not None
    assert assessment.sflr_percent is not None and assessment.rbwr_percent is not None
    margin = _margin_to_remnant(anatomy, surface, np.concatenate(remnant_near), step)
    return LiverTruth(
        total_ml=round(total_ml, 2),
        tumour_ml=round(tumour_ml, 2),
        functional_ml=round(total_ml - tumour_ml, 2),
        segments_ml=segments,
        landmarks=liver_landmarks(parts.couinaud, parts.hepatic_veins, parts.portal),
        tumour_segments=tumour_segments,
        tumour_segment=int(np.argmax(shares)),
        tumour_to_hepatic_vein_mm=to_veins,
        nearest_hepatic_vein=min(to_veins, key=lambda k: to_veins[k]),
        right_hepatectomy=ResectionTruth(
            resected_segments=RIGHT_HEPATECTOMY,
            resected_ml=round(resected_ml, 2),
            remnant_ml=round(total_ml - resected_ml, 2),
            remnant_tumour_ml=round(remnant_tumour_ml, 2),
            flr_percent=round(assessment.flr_percent, 2),
            margin_mm=round(margin, 1),
        ),
        patient=PatientTruth(
            height_cm=round(height_cm, 1),
            weight_kg=PATIENT_WEIGHT_KG,
            bsa_m2=round(assessment.bsa_m2, 3),
            slv_ml=round(assessment.slv_ml, 1),
            sflr_percent=round(assessment.sflr_percent, 2),
            rbwr_percent=round(assessment.rbwr_percent, 3),
        ),
    )
