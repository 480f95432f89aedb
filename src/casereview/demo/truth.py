"""Ground truth computed from the analytic phantom (never from the voxelised images).

Definitions, shared with :mod:`casereview.analysis.vessel_contact`:

* **Contact angle** of a vessel: at each point of the vessel's centreline, the plane
  perpendicular to the centreline is searched along rays from the centre; a ray is in contact
  when tumour lies within ``tolerance`` mm outside the vessel wall. The angle is the fraction
  of rays in contact times 360 degrees; the vessel's contact angle is the maximum along it.
* **Contact length**: arc length of the centreline where the angle is above zero.
* **Tumour** measures refer to the tumour label (tumour shape minus the patent vessels painted
  over it): volume, longest axial diameter, the longest diameter perpendicular to it in the
  same slice (short axis) and the craniocaudal extent.
* **NCCN category** (v2.2024 resectability criteria, simplified to contact angles): locally
  advanced if SMA or celiac contact > 180 degrees; borderline if any arterial (SMA, celiac,
  CHA) contact or SMV/PV contact > 180 degrees; otherwise resectable.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np
from numpy.typing import NDArray

from casereview.demo.anatomy import Anatomy
from casereview.demo.geometry import Shape, Tube

#: Default distance (mm) within which tumour counts as touching a vessel wall.
CONTACT_TOLERANCE_MM = 1.0

NCCN_RESECTABLE = "resectable"
NCCN_BORDERLINE = "borderline resectable"
NCCN_LOCALLY_ADVANCED = "locally advanced"

#: The vessels whose tumour contact the ground truth gives.
TRUTH_VESSELS = (
    "smv",
    "pv",
    "sma",
    "celiac",
    "cha",
    "aorta",
    "splenic_artery",
    "splenic_vein",
    "ivc",
)


@dataclass(frozen=True)
class VesselContact:
    """Tumour contact with one vessel."""

    angle_deg: float
    length_mm: float


@dataclass(frozen=True)
class TumourTruth:
    """Size of the tumour label."""

    volume_ml: float
    longest_axial_diameter_mm: float
    short_axis_mm: float
    craniocaudal_mm: float
    centre_lps_mm: tuple[float, float, float]
    location: str = "pancreatic head"


@dataclass(frozen=True)
class GroundTruth:
    """Everything a test or a reader study can check a measurement against."""

    variant: str
    nccn_category: str
    tumour: TumourTruth
    vessels: dict[str, VesselContact]
    contact_tolerance_mm: float
    seed: int
    size: str
    definitions: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """JSON-ready dictionary (``schema`` 1)."""
        d = asdict(self)
        d["schema"] = 1
        return d

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> GroundTruth:
        """Inverse of :meth:`to_json`."""
        t = dict(d["tumour"])
        t["centre_lps_mm"] = tuple(t["centre_lps_mm"])
        return cls(
            variant=d["variant"],
            nccn_category=d["nccn_category"],
            tumour=TumourTruth(**t),
            vessels={k: VesselContact(**v) for k, v in d["vessels"].items()},
            contact_tolerance_mm=d["contact_tolerance_mm"],
            seed=d["seed"],
            size=d["size"],
            definitions=dict(d.get("definitions", {})),
        )


def nccn_category(vessels: dict[str, VesselContact]) -> str:
    """NCCN resectability category from contact angles (see module docstring)."""

    def ang(k: str) -> float:
        return vessels[k].angle_deg if k in vessels else 0.0

    if ang("sma") > 180.0 or ang("celiac") > 180.0:
        return NCCN_LOCALLY_ADVANCED
    if max(ang("sma"), ang("celiac"), ang("cha")) > 0.0 or max(ang("smv"), ang("pv")) > 180.0:
        return NCCN_BORDERLINE
    return NCCN_RESECTABLE


def _covered(points: NDArray[np.float64], shapes: list[Shape]) -> NDArray[np.bool_]:
    out = np.zeros(len(points), dtype=bool)
    for s in shapes:
        out |= s.inside(points)
    return out


def vessel_contact(
    vessel: Tube,
    tumour: Shape,
    overrides: list[Shape],
    tolerance: float = CONTACT_TOLERANCE_MM,
    n_rays: int = 720,
) -> VesselContact:
    """Contact of the tumour with one vessel, from the analytic shapes.

    Parameters
    ----------
    vessel
        The vessel tube.
    tumour
        The tumour shape.
    overrides
        Shapes painted over the tumour (patent vessels): points inside them are not tumour.
    tolerance
        Maximum tumour-to-wall distance counted as contact, in mm.
    n_rays
        Angular sampling.

    Returns
    -------
    VesselContact
        Maximum angle along the centreline and length of the contact.
    """
    lo, hi = tumour.bounds()
    line = vessel.line
    near = np.all(
        (line.points > lo - line.radii[:, None] - tolerance - 1.0)
        & (line.points < hi + line.radii[:, None] + tolerance + 1.0),
        axis=1,
    )
    idx = np.flatnonzero(near)
    if idx.size == 0:
        return VesselContact(0.0, 0.0)
    theta = np.linspace(0.0, 2 * np.pi, n_rays, endpoint=False)
    offsets = np.linspace(0.05, tolerance, 5)
    angles = np.zeros(len(line.points))
    seg_lo, seg_hi = lo - 30.0, hi + 30.0
    local = [
        s for s in overrides if np.all(s.bounds()[0] < seg_hi) and np.all(s.bounds()[1] > seg_lo)
    ]
    for i in idx:
        t = line.tangents[i]
        helper = np.array([0.0, 0.0, 1.0]) if abs(t[2]) < 0.9 else np.array([1.0, 0.0, 0.0])
        e1 = np.cross(t, helper)
        e1 /= np.linalg.norm(e1)
        e2 = np.cross(t, e1)
        dirs = np.cos(theta)[:, None] * e1 + np.sin(theta)[:, None] * e2
        radius = line.radii[i]
        pts = line.points[i] + (radius + offsets[None, :, None]) * dirs[:, None, :]
        flat = pts.reshape(-1, 3)
        hit = tumour.inside(flat) & ~_covered(flat, local)
        angles[i] = 360.0 * hit.reshape(n_rays, len(offsets)).any(axis=1).mean()
    step = float(np.mean(np.diff(line.arclength)))
    return VesselContact(round(float(angles.max()), 1), round(float((angles > 0).sum() * step), 1))


def _feret(points: NDArray[np.float64]) -> tuple[float, float]:
    """Longest in-plane diameter and the longest diameter perpendicular to it."""
    ang = np.deg2rad(np.arange(0.0, 180.0, 1.0))
    dirs = np.stack([np.cos(ang), np.sin(ang)], axis=1)
    proj = points @ dirs.T
    width = proj.max(axis=0) - proj.min(axis=0)
    k = int(np.argmax(width))
    return float(width[k]), float(width[(k + 90) % 180])


def tumour_truth(tumour: Shape, overrides: list[Shape], step: float = 0.3) -> TumourTruth:
    """Volume and RECIST-style diameters of the tumour label, sampled on a fine grid."""
    lo, hi = tumour.bounds()
    xs, ys, zs = (np.arange(lo[k] - step, hi[k] + step, step) for k in range(3))
    inside = tumour.sdf_block(xs, ys, zs) < 0
    for s in overrides:
        slo, shi = s.bounds()
        if np.all(slo < hi) and np.all(shi > lo):
            inside &= s.sdf_block(xs, ys, zs) >= 0
    volume_ml = float(inside.sum()) * step**3 / 1000.0
    best = (0.0, 0.0)
    zi = np.flatnonzero(inside.any(axis=(1, 2)))
    for k in zi:
        jj, ii = np.nonzero(inside[k])
        pts = np.stack([xs[ii], ys[jj]], axis=1)
        d = _feret(pts)
        if d[0] > best[0]:
            best = d
    cc = float(zs[zi[-1]] - zs[zi[0]] + step) if zi.size else 0.0
    kz, jy, ix = np.nonzero(inside)
    centre = (float(xs[ix].mean()), float(ys[jy].mean()), float(zs[kz].mean()))
    return TumourTruth(
        volume_ml=round(volume_ml, 2),
        longest_axial_diameter_mm=round(best[0] + step, 1),
        short_axis_mm=round(best[1] + step, 1),
        craniocaudal_mm=round(cc, 1),
        centre_lps_mm=(round(centre[0], 1), round(centre[1], 1), round(centre[2], 1)),
    )


def compute_truth(anatomy: Anatomy, *, seed: int, size: str) -> GroundTruth:
    """Ground truth of ``anatomy`` (contacts, tumour size, NCCN category)."""
    overrides = list(anatomy.after_tumour)
    vessels = {
        key: vessel_contact(anatomy.vessels[key], anatomy.tumour, overrides)
        for key in TRUTH_VESSELS
    }
    return GroundTruth(
        variant=anatomy.variant,
        nccn_category=nccn_category(vessels),
        tumour=tumour_truth(anatomy.tumour, overrides),
        vessels=vessels,
        contact_tolerance_mm=CONTACT_TOLERANCE_MM,
        seed=seed,
        size=size,
        definitions={
            "contact_angle_deg": "Maximum over the vessel centreline of the fraction of rays in "
            "the perpendicular plane with tumour within contact_tolerance_mm of the wall, x 360.",
            "contact_length_mm": "Centreline arc length with a contact angle above zero.",
            "tumour": "Tumour label (mass minus patent vessels); longest axial diameter, longest "
            "perpendicular diameter in the same slice, craniocaudal extent.",
            "nccn_category": "Locally advanced if SMA or celiac contact > 180 deg; borderline "
            "if any SMA/celiac/CHA contact or SMV/PV contact > 180 deg; else resectable.",
        },
    )
