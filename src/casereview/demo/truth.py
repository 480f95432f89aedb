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
* **Findings and variant anatomy** a person records beside the angles, where the phantom has
  them: a tear-drop SMV (NCCN: SMV/PV contact of 180 degrees or less with contour
  irregularity) and a replaced right hepatic artery touching a head tumour (NCCN: contact with
  variant arterial anatomy) each make a resectable case borderline. Such a case's truth gives
  the category with them (``nccn_category``) and from the angles alone
  (``nccn_category_from_angles``).
* **The liver variant** (a colorectal metastasis in the right liver, no pancreatic tumour):
  its ``tumour`` is the liver tumour, it has no vessel contacts and its NCCN category (a
  pancreatic cancer's) is ``"not applicable"``; its ``liver`` section (volumes, Couinaud
  segments, landmarks, right hepatectomy, patient size) is defined in
  :mod:`casereview.demo.liver_truth`. The other variants' files have no ``liver`` section.
* **A deformed vessel** (the tear-drop SMV) is measured in the same planes perpendicular to its
  axis, but from the centre of its outline in each plane (the area centroid of the deformed
  cross-section), as a reader would centre the arc on the vein they see; its wall is where
  each ray leaves the deformed shape.
"""

from __future__ import annotations

import dataclasses
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np
from numpy.typing import NDArray

from casereview.demo.anatomy import Anatomy
from casereview.demo.geometry import Shape, Tube
from casereview.demo.liver_truth import LiverTruth, compute_liver_truth

#: Default distance (mm) within which tumour counts as touching a vessel wall.
CONTACT_TOLERANCE_MM = 1.0

NCCN_RESECTABLE = "resectable"
NCCN_BORDERLINE = "borderline resectable"
NCCN_LOCALLY_ADVANCED = "locally advanced"
#: The category of a case without a pancreatic tumour (the liver variant).
NCCN_NOT_APPLICABLE = "not applicable"

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
class FindingTruth:
    """A finding on a vessel a person records (``"smv"``, ``"tear_drop"``)."""

    vessel: str
    finding: str


@dataclass(frozen=True)
class ArterialVariantTruth:
    """Variant arterial anatomy, and whether the tumour touches it.

    Attributes
    ----------
    variant
        Its name as the workbench records it (``"replaced_right_hepatic"``).
    origin
        The vessel it arises from (``"sma"``).
    touches_tumour
        Whether its tumour contact angle is above zero.
    vessel
        Key of its contact in :attr:`GroundTruth.vessels` (and of its SEG segment).
    """

    variant: str
    origin: str
    touches_tumour: bool
    vessel: str


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
    findings: tuple[FindingTruth, ...] = ()
    arterial_variants: tuple[ArterialVariantTruth, ...] = ()
    nccn_category_from_angles: str | None = None
    liver: LiverTruth | None = None

    def to_json(self) -> dict[str, Any]:
        """JSON-ready dictionary (``schema`` 1).

        Findings, arterial variants and the category from the angles alone are written only
        for a case that has findings or variants (the files of the other variants stay as
        they were); so is the ``liver`` section, for the liver variant only.
        """
        d = asdict(self)
        del d["liver"]
        if self.liver is not None:
            d["liver"] = self.liver.to_json()
        if not (self.findings or self.arterial_variants):
            for key in ("findings", "arterial_variants", "nccn_category_from_angles"):
                del d[key]
        else:
            d["findings"] = [asdict(f) for f in self.findings]
            d["arterial_variants"] = [asdict(v) for v in self.arterial_variants]
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
            findings=tuple(FindingTruth(**f) for f in d.get("findings", ())),
            arterial_variants=tuple(
                ArterialVariantTruth(**v) for v in d.get("arterial_variants", ())
            ),
            nccn_category_from_angles=d.get("nccn_category_from_angles"),
            liver=LiverTruth.from_json(d["liver"]) if "liver" in d else None,
        )


#: Findings on the SMV or portal vein that NCCN reads as contour irregularity.
_VEIN_DEFORMITIES = frozenset({"tear_drop", "contour_irregularity"})


def nccn_category(
    vessels: dict[str, VesselContact],
    findings: tuple[FindingTruth, ...] = (),
    arterial_variants: tuple[ArterialVariantTruth, ...] = (),
) -> str:
    """NCCN resectability category from contact angles, findings and variant anatomy.

    See the module docstring. Every demo tumour is in the pancreatic head, where NCCN grades
    tumour contact with variant arterial anatomy as borderline.
    """

    def ang(k: str) -> float:
        return vessels[k].angle_deg if k in vessels else 0.0

    if ang("sma") > 180.0 or ang("celiac") > 180.0:
        return NCCN_LOCALLY_ADVANCED
    if max(ang("sma"), ang("celiac"), ang("cha")) > 0.0 or max(ang("smv"), ang("pv")) > 180.0:
        return NCCN_BORDERLINE
    deformed_vein = any(
        f.vessel in ("smv", "pv") and f.finding in _VEIN_DEFORMITIES for f in findings
    )
    if deformed_vein or any(v.touches_tumour for v in arterial_variants):
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


def _exits(
    shape: Shape, centres: NDArray[np.float64], dirs: NDArray[np.float64], reach: float
) -> NDArray[np.float64]:
    """Per ray, the distance from ``centres`` where it first leaves ``shape`` (NaN: never).

    ``centres`` is one point ``(3,)`` or one per ray ``(n, 3)``; ``dirs`` is ``(n, 3)``. Found
    on 0.25 mm samples, then by regula falsi on the bracketing samples (to ~0.001 mm).
    """
    step = 0.25
    radii = np.arange(0.0, reach + step, step)
    origin = np.asarray(centres, dtype=np.float64).reshape(-1, 1, 3)

    def sdf(r: NDArray[np.float64]) -> NDArray[np.float64]:
        """The shape's distance at radii ``r`` (one row per ray, one or more per row)."""
        per_ray = r.reshape(len(dirs), -1)
        pts = origin + per_ray[..., None] * dirs[:, None, :]
        d = shape.sdf(pts[..., 0], pts[..., 1], pts[..., 2]).astype(np.float64)
        return d.reshape(r.shape)

    d = sdf(np.broadcast_to(radii, (len(dirs), len(radii))))
    leaving = (d[:, :-1] < 0) & (d[:, 1:] >= 0)
    found = leaving.any(axis=1)
    k = np.argmax(leaving, axis=1)
    rows = np.arange(len(d))
    lo_r, hi_r = radii[k], radii[k + 1]
    lo_d, hi_d = d[rows, k], d[rows, k + 1]
    for _ in range(4):
        mid_r = lo_r + (hi_r - lo_r) * lo_d / np.where(lo_d != hi_d, lo_d - hi_d, -1.0)
        mid_d = sdf(mid_r)
        inside = mid_d < 0
        lo_r, lo_d = np.where(inside, mid_r, lo_r), np.where(inside, mid_d, lo_d)
        hi_r, hi_d = np.where(inside, hi_r, mid_r), np.where(inside, hi_d, mid_d)
    out = lo_r + (hi_r - lo_r) * lo_d / np.where(lo_d != hi_d, lo_d - hi_d, -1.0)
    return np.where(found, out, np.nan)


def _outline_centroid(
    centre: NDArray[np.float64], walls: NDArray[np.float64], dirs: NDArray[np.float64]
) -> NDArray[np.float64]:
    """Area centroid of the polygon of wall points seen from ``centre`` (a fan of triangles)."""
    ok = np.isfinite(walls)
    a = walls[ok][:, None] * dirs[ok]
    b = np.roll(a, -1, axis=0)
    area = 0.5 * np.linalg.norm(np.cross(a, b), axis=1)
    moved: NDArray[np.float64] = centre + ((a + b) / 3.0 * area[:, None]).sum(axis=0) / area.sum()
    return moved


def deformed_vessel_contact(
    axis: Tube,
    shape: Shape,
    tumour: Shape,
    overrides: list[Shape],
    tolerance: float = CONTACT_TOLERANCE_MM,
    n_rays: int = 720,
) -> VesselContact:
    """Contact of the tumour with a vessel the tumour deforms (the tear-drop SMV).

    As :func:`vessel_contact`, in the planes perpendicular to the vessel's axis, but each
    plane's rays start from the area centroid of the deformed outline in that plane, and a
    ray's wall is where it leaves ``shape``.

    Parameters
    ----------
    axis
        The vessel's undeformed tube: its centreline gives the planes and their order.
    shape
        The deformed vessel as painted.
    tumour, overrides, tolerance, n_rays
        As :func:`vessel_contact`.

    Returns
    -------
    VesselContact
        Maximum angle along the axis and length of the contact.
    """
    lo, hi = tumour.bounds()
    line = axis.line
    # How far the deformed wall may lie from the axis (a tear-drop's tip: about two radii).
    reach = 3.0 * float(line.radii.max())
    near = np.all(
        (line.points > lo - reach - tolerance - 1.0) & (line.points < hi + reach + tolerance + 1.0),
        axis=1,
    )
    theta = np.linspace(0.0, 2 * np.pi, n_rays, endpoint=False)
    offsets = np.linspace(0.05, tolerance, 5)
    angles = np.zeros(len(line.points))
    seg_lo, seg_hi = lo - 30.0, hi + 30.0
    local = [
        s for s in overrides if np.all(s.bounds()[0] < seg_hi) and np.all(s.bounds()[1] > seg_lo)
    ]
    for i in np.flatnonzero(near):
        t = line.tangents[i]
        helper = np.array([0.0, 0.0, 1.0]) if abs(t[2]) < 0.9 else np.array([1.0, 0.0, 0.0])
        e1 = np.cross(t, helper)
        e1 /= np.linalg.norm(e1)
        e2 = np.cross(t, e1)
        dirs = np.cos(theta)[:, None] * e1 + np.sin(theta)[:, None] * e2
        # The centre of the outline is found with a quarter of the rays: it moves by
        # hundredths of a millimetre with more.
        coarse = dirs[::4]
        centre = _outline_centroid(
            line.points[i], _exits(shape, line.points[i], coarse, reach), coarse
        )
        walls = _exits(shape, centre, dirs, reach)
        pts = centre + (walls[:, None, None] + offsets[None, :, None]) * dirs[:, None, :]
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


def truth_vessels(anatomy: Anatomy) -> tuple[str, ...]:
    """The vessels whose contact the truth of ``anatomy`` gives: :data:`TRUTH_VESSELS` and any
    variant artery of its anatomy."""
    extra = tuple(v.vessel for v in anatomy.arterial_variants)
    return TRUTH_VESSELS + tuple(k for k in extra if k not in TRUTH_VESSELS)


def _contact(anatomy: Anatomy, key: str, overrides: list[Shape]) -> VesselContact:
    deformed = anatomy.deformed.get(key)
    if deformed is None:
        return vessel_contact(anatomy.vessels[key], anatomy.tumour, overrides)
    return deformed_vessel_contact(anatomy.vessels[key], deformed, anatomy.tumour, overrides)


def compute_truth(anatomy: Anatomy, *, seed: int, size: str) -> GroundTruth:
    """Ground truth of ``anatomy`` (contacts, tumour size, findings, NCCN category; for the
    liver variant the liver tumour and the ``liver`` section)."""
    overrides = list(anatomy.after_tumour)
    if anatomy.liver is not None:
        return _liver_variant_truth(anatomy, overrides, seed=seed, size=size)
    vessels = {key: _contact(anatomy, key, overrides) for key in truth_vessels(anatomy)}
    findings = tuple(FindingTruth(f.vessel, f.finding) for f in anatomy.findings)
    variants = tuple(
        ArterialVariantTruth(v.variant, v.origin, vessels[v.vessel].angle_deg > 0.0, v.vessel)
        for v in anatomy.arterial_variants
    )
    definitions = {
        "contact_angle_deg": "Maximum over the vessel centreline of the fraction of rays in "
        "the perpendicular plane with tumour within contact_tolerance_mm of the wall, x 360.",
        "contact_length_mm": "Centreline arc length with a contact angle above zero.",
        "tumour": "Tumour label (mass minus patent vessels); longest axial diameter, longest "
        "perpendicular diameter in the same slice, craniocaudal extent.",
        "nccn_category": "Locally advanced if SMA or celiac contact > 180 deg; borderline "
        "if any SMA/celiac/CHA contact or SMV/PV contact > 180 deg; else resectable.",
    }
    if findings or variants:
        definitions["nccn_category"] = (
            "As nccn_category_from_angles, then borderline if a tear-drop or contour "
            "irregularity of the SMV/PV is recorded, or variant arterial anatomy (e.g. a "
            "replaced right hepatic artery) touches the head tumour."
        )
        definitions["nccn_category_from_angles"] = (
            "Locally advanced if SMA or celiac contact > 180 deg; borderline if any "
            "SMA/celiac/CHA contact or SMV/PV contact > 180 deg; else resectable."
        )
        definitions["findings"] = (
            "Findings the anatomy shows and a person records (vessel segment key, finding)."
        )
        definitions["arterial_variants"] = (
            "Variant arterial anatomy: its origin, whether the tumour touches it (its contact "
            "angle in vessels[vessel] is above zero) and its key in vessels."
        )
    if anatomy.deformed:
        definitions["deformed_vessels"] = (
            f"{', '.join(sorted(anatomy.deformed))}: measured in the planes perpendicular to "
            "the vessel's axis from the area centroid of its deformed outline in each plane."
        )
    return GroundTruth(
        variant=anatomy.variant,
        nccn_category=nccn_category(vessels, findings, variants),
        tumour=tumour_truth(anatomy.tumour, overrides),
        vessels=vessels,
        contact_tolerance_mm=CONTACT_TOLERANCE_MM,
        seed=seed,
        size=size,
        definitions=definitions,
        findings=findings,
        arterial_variants=variants,
        nccn_category_from_angles=nccn_category(vessels) if findings or variants else None,
    )


def _liver_variant_truth(
    anatomy: Anatomy, overrides: list[Shape], *, seed: int, size: str
) -> GroundTruth:
    """Ground truth of the liver variant: its tumour, its ``liver`` section, no contacts."""
    liver = compute_liver_truth(anatomy)
    tumour = dataclasses.replace(
        tumour_truth(anatomy.tumour, overrides),
        location=f"liver, segment {liver.tumour_segment}",
    )
    return GroundTruth(
        variant=anatomy.variant,
        nccn_category=NCCN_NOT_APPLICABLE,
        tumour=tumour,
        vessels={},
        contact_tolerance_mm=CONTACT_TOLERANCE_MM,
        seed=seed,
        size=size,
        definitions={
            "tumour": "Liver tumour label (mass minus the vessels painted over it); longest "
            "axial diameter, longest perpendicular diameter in the same slice, craniocaudal "
            "extent.",
            "nccn_category": "Not applicable: no pancreatic tumour.",
            "liver": "Liver = parenchyma with the intrahepatic portal and hepatic veins and the "
            "tumour inside the liver's envelope (not the IVC or gallbladder). Couinaud segments: "
            "curved surfaces from the curved IVC axis to the right and middle hepatic veins and "
            "the umbilical fissure, a portal surface through the bifurcation bowing down 1 mm "
            "at 80 mm from it, segment 1 round the IVC between the portal surface and the "
            "confluence. Landmarks in patient LPS mm. FLR % = (remnant - tumour left) / "
            "(total - tumour). BSA Mosteller, SLV Vauthey. Margin: smallest distance from the "
            "tumour to the remnant.",
        },
        liver=liver,
    )
