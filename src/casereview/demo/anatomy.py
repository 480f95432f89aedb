"""Analytic upper-abdominal anatomy of the synthetic patient.

Coordinates are DICOM patient coordinates (LPS, mm): +x towards the patient's left, +y
posterior, +z superior (head). z = 0 is the level of the portal confluence (about L1/L2);
the spine is centred on x = 0.

The anatomy is a painter's list: later layers overwrite earlier ones. The order encodes the
relationships that matter for the case: organs are clipped to the body cavity, the tumour is
painted after the pancreas (it infiltrates it) and before the vessels (which stay patent and
keep their calibre, so the tumour abuts or encases them rather than replacing them).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

from casereview.demo.geometry import (
    Centerline,
    Difference,
    Ellipsoid,
    HalfSpace,
    Intersection,
    LobedEllipsoid,
    Offset,
    Shape,
    SmoothUnion,
    SuperellipticPrism,
    TearDrop,
    Tube,
    rotation,
)
from casereview.demo.liver import (
    LIVER_VARIANT,
    CouinaudTruth,
    PortalTree,
    liver_tumour,
    portal_tree,
    umbilical_fissure_line,
)

#: Variants with known answers: three graded by their contact angles, from most to least
#: favourable, then two borderline resectable cases whose category rests on what a person
#: records beside the angles (a tear-drop SMV, a replaced right hepatic artery touching the
#: tumour); from the angles alone both would be resectable.
VARIANTS: tuple[str, ...] = (
    "resectable",
    "borderline",
    "locally-advanced",
    "tear-drop",
    "replaced-rha",
)

#: Every variant the generator makes: the pancreatic ones, then the liver variant (a colorectal
#: metastasis in the right liver for liver surgery planning, :mod:`casereview.demo.liver`).
#: Code that expects a pancreatic tumour iterates :data:`VARIANTS`.
DEMO_VARIANTS: tuple[str, ...] = (*VARIANTS, LIVER_VARIANT)


@dataclass(frozen=True)
class Layer:
    """One painted shape: tissue name and its implicit shape."""

    tissue: str
    shape: Shape


@dataclass(frozen=True)
class VesselFindingSpec:
    """A finding on a vessel that the anatomy shows and a person would record.

    Attributes
    ----------
    vessel
        Segment key of the vessel (``"smv"``).
    finding
        The finding's name as the resectability workbench records it (``"tear_drop"``).
    """

    vessel: str
    finding: str


@dataclass(frozen=True)
class ArterialVariantSpec:
    """Variant arterial anatomy the phantom has.

    Attributes
    ----------
    variant
        Its name as the resectability workbench records it (``"replaced_right_hepatic"``).
    vessel
        Segment key of the variant artery (its tumour contact is in the ground truth).
    origin
        Segment key of the vessel it arises from (``"sma"``).
    """

    variant: str
    vessel: str
    origin: str


@dataclass(frozen=True)
class LiverAnatomy:
    """The parts of the liver variant its ground truth and reference segments need.

    Attributes
    ----------
    liver
        The liver's envelope (parenchyma with the vessels and tumour inside it).
    hepatic_veins
        ``"rhv"``, ``"mhv"``, ``"lhv"`` to the right, middle and left hepatic veins' tubes.
    portal
        The intrahepatic portal tree.
    couinaud
        The true Couinaud segments.
    gallbladder
        The gallbladder (wall and bile).
    """

    liver: Shape
    hepatic_veins: dict[str, Tube]
    portal: PortalTree
    couinaud: CouinaudTruth
    gallbladder: Shape


@dataclass(frozen=True)
class Anatomy:
    """The phantom: painter's list plus the pieces the ground truth needs.

    Attributes
    ----------
    layers
        Shapes in painting order.
    vessels
        Vessel key (segment key) to its tube, for the contact ground truth. The tube's
        centreline is the vessel's axis even where the vessel is deformed.
    tumour
        The tumour's implicit shape.
    after_tumour
        Shapes painted after the tumour (they carve the tumour label).
    variant
        Variant name.
    deformed
        Vessel key to the shape painted in place of its tube, where the tumour deforms it.
    findings
        Findings on vessels that the anatomy shows (the tear-drop SMV).
    arterial_variants
        Variant arterial anatomy (the replaced right hepatic artery).
    liver
        The liver variant's liver, veins and true segments (``None`` for the pancreatic
        variants, whose tumour is in the pancreatic head).
    """

    layers: tuple[Layer, ...]
    vessels: dict[str, Tube]
    tumour: LobedEllipsoid
    after_tumour: tuple[Shape, ...]
    variant: str
    deformed: dict[str, Shape] = field(default_factory=dict)
    findings: tuple[VesselFindingSpec, ...] = ()
    arterial_variants: tuple[ArterialVariantSpec, ...] = ()
    liver: LiverAnatomy | None = None


@dataclass(frozen=True)
class _TumourSpec:
    center: tuple[float, float, float]
    radii: tuple[float, float, float]
    yaw: float


# Placement relative to the SMV (x -12.5, y -26 at z -20) and SMA (x 4.5, y -20): the resectable
# mass sits in the lateral head and only abuts the SMV; the borderline mass straddles the
# SMV's posterior-medial wall and reaches the SMA's right side; the locally advanced mass sits
# between both vessels and encases the SMA completely. The tear-drop mass sits against the
# SMV's right wall, which it tethers into a point (see _TEAR_DROP); the replaced-rha mass sits
# in the upper posterior head behind the portal vein, where the replaced right hepatic artery
# runs behind it, some 15 mm to the right of the SMA.
_TUMOURS: dict[str, _TumourSpec] = {
    "resectable": _TumourSpec((-32.0, -22.0, -20.0), (15.0, 12.5, 14.0), 20.0),
    "borderline": _TumourSpec((-14.0, -16.0, -21.0), (16.0, 12.0, 14.0), -20.0),
    "locally-advanced": _TumourSpec((-5.0, -18.0, -21.0), (16.0, 13.0, 14.5), -10.0),
    "tear-drop": _TumourSpec((-30.0, -24.0, -20.0), (15.0, 12.5, 14.0), -20.0),
    "replaced-rha": _TumourSpec((-27.0, -9.0, -3.0), (14.0, 11.0, 13.0), 20.0),
}


@dataclass(frozen=True)
class _TearDropSpec:
    """Where the SMV is drawn into a point towards the tumour (axial heights, mm)."""

    z_range: tuple[float, float]
    tip_distance: float


_TEAR_DROP = _TearDropSpec((-34.0, -6.0), 11.0)

_TUMOUR_LOBES = ((0.07, 3, 0, 0.4), (0.05, 2, 1, 1.3), (0.04, 5, 0, 2.1))


def _point(values: NDArray[np.float64]) -> tuple[float, float, float]:
    """An LPS point (mm) from a computed 3-vector."""
    return (float(values[0]), float(values[1]), float(values[2]))


def _tube(points: list[tuple[float, float, float]], radii: float | list[float]) -> Tube:
    return Tube(Centerline(points, radii, step=1.0))


def _walled(
    points: list[tuple[float, float, float]], radii: float | list[float], wall: float
) -> tuple[Tube, Shape]:
    outer = _tube(points, radii)
    return outer, Offset(outer, -wall)


def _body() -> tuple[list[Layer], Shape]:
    z = (-200.0, -90.0, -20.0, 40.0, 90.0, 140.0, 220.0)
    half_w = (158.0, 160.0, 162.0, 166.0, 164.0, 156.0, 150.0)
    ant = (108.0, 110.0, 112.0, 110.0, 104.0, 100.0, 98.0)
    post = (108.0, 108.0, 110.0, 110.0, 110.0, 110.0, 110.0)

    def prism(dw: float, da: float, dp: float, n: float) -> SuperellipticPrism:
        return SuperellipticPrism(
            (0.0, 6.0),
            z,
            tuple(w - dw for w in half_w),
            tuple(a - da for a in ant),
            tuple(p - dp for p in post),
            exponent=n,
        )

    skin = prism(0.0, 0.0, 0.0, 2.6)
    fat = prism(2.0, 2.0, 2.0, 2.6)
    wall = prism(24.0, 20.0, 12.0, 2.6)
    cavity = prism(33.0, 26.0, 22.0, 2.5)
    # Paired recti either side of the linea alba, thicker than the flat lateral muscles.
    recti = [
        SuperellipticPrism(
            (s * 36.0, 6.0 - 92.0 + 6.5), z, (30.0,) * 7, (6.5,) * 7, (6.5,) * 7, exponent=2.2
        )
        for s in (-1.0, 1.0)
    ]
    couch_outer = SuperellipticPrism((0.0, -70.0), z, (230.0,) * 7, (240.0,) * 7, (194.0,) * 7, 2.0)
    couch = Intersection(
        Difference(couch_outer, Offset(couch_outer, -4.0)),
        Intersection(HalfSpace((0, 100.0, 0), (0, -1.0, 0)), prism(-40.0, -40.0, -30.0, 2.0)),
    )
    layers = [
        Layer("couch", couch),
        Layer("skin", skin),
        Layer("subcutaneous_fat", fat),
        Layer("muscle", wall),
        Layer("visceral_fat", cavity),
        *(Layer("muscle", r) for r in recti),
    ]
    return layers, cavity


def _spine_and_ribs() -> list[Layer]:
    layers: list[Layer] = []
    period, body_h = 32.0, 25.0
    centers = [-150.0 + period * k for k in range(12)]
    for zc in centers:
        disc_z = (zc + body_h / 2, zc + period - body_h / 2)
        disc = SuperellipticPrism(
            (0.0, 46.0), (-1e4, 1e4), (21.0, 21.0), (14.5, 14.5), (13.0, 13.0), 2.4, disc_z
        )
        layers.append(Layer("intervertebral_disc", disc))
    for zc in centers:
        zr = (zc - body_h / 2, zc + body_h / 2)
        vb = SuperellipticPrism(
            (0.0, 46.0), (-1e4, 1e4), (22.0, 22.0), (15.5, 15.5), (14.0, 14.0), 2.4, zr
        )
        arch = SuperellipticPrism(
            (0.0, 72.0),
            (-1e4, 1e4),
            (19.0, 19.0),
            (13.0, 13.0),
            (14.0, 14.0),
            2.2,
            (zc - 9.0, zc + 9.0),
        )
        spinous = Ellipsoid((0.0, 94.0, zc - 5.0), (4.5, 14.0, 10.0), rotation((1, 0, 0), 25.0))
        transverse = [
            Ellipsoid((s * 27.0, 70.0, zc + 2.0), (15.0 if zc < 30 else 9.0, 5.0, 6.0))
            for s in (-1.0, 1.0)
        ]
        bone = SmoothUnion((vb, arch, spinous, *transverse), 3.0)
        layers.append(Layer("cortical_bone", bone))
        layers.append(Layer("cancellous_bone", Offset(vb, -2.0)))
        layers.append(Layer("cancellous_bone", Offset(SmoothUnion((arch, spinous), 3.0), -2.2)))
    canal = SuperellipticPrism((0.0, 73.0), (-1e4, 1e4), (10.5, 10.5), (8.5, 8.5), (8.5, 8.5), 2.0)
    layers.append(Layer("spinal_canal", canal))
    layers.extend(_ribs(centers))
    return layers


def _ribs(centers: list[float]) -> list[Layer]:
    layers: list[Layer] = []
    # Ribs run from the transverse processes round the inside of the body wall, sloping
    # caudally towards the front; the lower ones are short (floating ribs 11 and 12).
    rib_levels = [
        (z, end) for z, end in zip(centers[6:], (1.2, 1.75, 2.35, 2.6, 2.7, 2.75), strict=False)
    ]
    for zc, phi_end in rib_levels:
        for side in (-1.0, 1.0):
            phis = np.linspace(0.28, phi_end, 9)
            pts = []
            for phi in phis:
                a = 126.0 + 6.0 * np.sin(phi)
                b = 68.0 if np.cos(phi) > 0 else 86.0
                x = side * a * np.sin(phi)
                y = 8.0 + b * np.cos(phi)
                z = zc + 4.0 - 34.0 * (phi - 0.28)
                pts.append((float(x), float(y), float(z)))
            cut = max(2, int(len(pts) * (0.78 if phi_end > 2.2 else 1.0)))
            bony = pts[:cut]
            layers.append(Layer("cortical_bone", _tube(bony, 5.2)))
            layers.append(Layer("cancellous_bone", _tube(bony, 3.4)))
            if cut < len(pts):
                layers.append(Layer("costal_cartilage", _tube(pts[cut - 1 :], 5.5)))
    return layers


def _muscles() -> list[Layer]:
    layers = []
    for s in (-1.0, 1.0):
        psoas = _tube(
            [
                (s * 24.0, 40.0, 25.0),
                (s * 36.0, 37.0, -30.0),
                (s * 47.0, 32.0, -85.0),
                (s * 56.0, 28.0, -140.0),
                (s * 62.0, 26.0, -200.0),
            ],
            [5.0, 13.0, 19.0, 22.0, 22.0],
        )
        erector = SuperellipticPrism(
            (s * 33.0, 88.0), (-1e4, 1e4), (22.0, 22.0), (14.0, 14.0), (20.0, 20.0), 2.2
        )
        quadratus = _tube(
            [
                (s * 55.0, 72.0, 40.0),
                (s * 62.0, 74.0, -20.0),
                (s * 70.0, 72.0, -80.0),
                (s * 78.0, 68.0, -120.0),
            ],
            [6.0, 11.0, 12.0, 9.0],
        )
        crus = _tube(
            [
                (s * 18.0, 20.0, 80.0),
                (s * 20.0, 28.0, 40.0),
                (s * 14.0, 35.0, 0.0),
                (s * 8.0, 36.0, -20.0),
            ],
            [4.0, 4.5, 4.0, 3.0],
        )
        layers += [Layer("muscle", erector), Layer("muscle", quadratus), Layer("muscle", psoas)]
        layers.append(Layer("diaphragm", crus))
    return layers


def _organs(cavity: Shape, variant: str = "") -> tuple[list[Layer], Shape]:
    layers: list[Layer] = []
    lung_r = Intersection(Ellipsoid((-70.0, 32.0, 190.0), (64.0, 82.0, 102.0)), cavity)
    lung_l = Intersection(Ellipsoid((72.0, 34.0, 196.0), (60.0, 80.0, 102.0)), cavity)
    lobes: tuple[Shape, ...] = (
        Ellipsoid((-66.0, 2.0, 66.0), (66.0, 92.0, 78.0), rotation((0, 1, 0), -12.0)),
        Ellipsoid((0.0, -52.0, 86.0), (62.0, 34.0, 36.0), rotation((0, 0, 1), 12.0)),
        Ellipsoid((-16.0, 14.0, 78.0), (22.0, 20.0, 26.0)),
        Ellipsoid((-92.0, 10.0, 8.0), (30.0, 42.0, 30.0)),
    )
    if variant == LIVER_VARIANT:
        # The left lateral section and segment 4b reach below the hilum in front of the
        # stomach (segments 3 and 4b), as they do in most livers; the stomach, painted after,
        # leaves its impression on them. The liver also wraps the hepatic vein confluence on
        # the left, so the left and middle hepatic veins run inside it up to the IVC.
        lobes += _LIVER_VARIANT_LOBES
    liver = Intersection(SmoothUnion(lobes, 18.0), cavity)
    spleen = Intersection(
        Difference(
            Ellipsoid((92.0, 50.0, 52.0), (24.0, 52.0, 46.0), rotation((0, 0, 1), -38.0)),
            Ellipsoid((60.0, 40.0, 45.0), (22.0, 36.0, 44.0), rotation((0, 0, 1), -30.0)),
        ),
        cavity,
    )
    for lung in (lung_r, lung_l):
        layers.append(Layer("diaphragm", Offset(lung, 3.5)))
    layers += [Layer("lung", lung_r), Layer("lung", lung_l)]
    layers.append(Layer("liver", liver))
    layers.append(Layer("spleen", spleen))
    layers += _kidney("right", (-70.0, 46.0, -22.0), 1.0)
    layers += _kidney("left", (68.0, 46.0, -6.0), -1.0)
    layers += _bowel()
    layers += _stomach_and_duodenum()
    return layers, liver


#: The liver variant's own lobes (see :func:`_organs`): the inferior extension of the left
#: liver, and the liver round the hepatic vein confluence on its left.
_LIVER_VARIANT_LOBES = (
    Ellipsoid((-2.0, -60.0, 52.0), (44.0, 22.0, 22.0), rotation((0, 0, 1), 14.0)),
    Ellipsoid((-6.0, -14.0, 106.0), (34.0, 30.0, 22.0)),
)


def _kidney(side: str, c: tuple[float, float, float], medial: float) -> list[Layer]:
    # medial = +1 when the midline is towards +x (right kidney).
    rot = rotation((0, 0, 1), medial * 32.0) @ rotation((0, 1, 0), medial * 12.0)
    outer = Ellipsoid(c, (23.0, 26.0, 55.0), rot)
    ax_med = rot @ np.array([medial, 0.0, 0.0])
    sinus_c = _point(np.asarray(c) + 15.0 * ax_med + np.array([0, -4.0, 0]))
    sinus = Ellipsoid(sinus_c, (14.0, 9.0, 27.0), rot)
    pelvis_c = _point(np.asarray(c) + 17.0 * ax_med + np.array([0, -6.0, -6.0]))
    pelvis = Ellipsoid(pelvis_c, (8.0, 5.0, 13.0), rot)
    pyramids = []
    for k in range(7):
        ang = np.deg2rad(-150 + 50 * k)
        local = np.array(
            [np.cos(ang) * 13.0 - 3.0 * medial, np.sin(ang) * 8.0, np.sin(ang * 1.7) * 8.0]
        )
        local[2] = (k - 3) * 13.0
        p = np.asarray(c) + rot @ local
        pyramids.append(Ellipsoid(_point(p), (7.0, 6.0, 8.5), rot))
    return [
        Layer(f"kidney_{side}_cortex", outer),
        Layer(f"kidney_{side}_medulla", SmoothUnion(tuple(pyramids), 0.0)),
        Layer("visceral_fat", Intersection(sinus, Offset(outer, 2.0))),
        Layer("urine", pelvis),
    ]


def _bowel() -> list[Layer]:
    colon_pts = [
        (-100.0, 20.0, -200.0),
        (-102.0, 14.0, -110.0),
        (-100.0, 4.0, -50.0),
        (-90.0, -30.0, -22.0),
        (-62.0, -52.0, -10.0),
        (-20.0, -52.0, -18.0),
        (25.0, -50.0, -10.0),
        (62.0, -38.0, 12.0),
        (92.0, -20.0, 40.0),
        (106.0, 8.0, 30.0),
        (108.0, 20.0, -30.0),
        (104.0, 22.0, -110.0),
        (96.0, 20.0, -200.0),
    ]
    colon, colon_lumen = _walled(
        colon_pts,
        [20.0, 20.0, 21.0, 19.0, 16.0, 15.0, 15.0, 16.0, 18.0, 18.0, 17.0, 16.0, 16.0],
        2.5,
    )
    layers = [
        Layer("bowel_wall", colon),
        Layer("stool", colon_lumen),
        Layer("bowel_gas", Intersection(colon_lumen, HalfSpace((0, -50.0, 0), (0, 1.0, 0)))),
        Layer("bowel_gas", Intersection(colon_lumen, HalfSpace((0, 2.0, 0), (0, 1.0, 0)))),
    ]
    # Small bowel: from the duodenojejunal flexure, loops that run up and down in columns
    # across the anterior abdomen (two layers deep), so axial slices cut them as the round
    # and oval fluid-filled loops seen on real scans.
    pts: list[tuple[float, float, float]] = [(38.0, -24.0, -22.0), (60.0, -36.0, -6.0)]
    columns = [
        (84.0, -20.0),
        (70.0, -50.0),
        (44.0, -62.0),
        (40.0, -36.0),
        (14.0, -56.0),
        (-14.0, -58.0),
        (-38.0, -60.0),
        (-44.0, -34.0),
        (-64.0, -44.0),
        (-78.0, -20.0),
        (-56.0, -12.0),
        (-30.0, -40.0),
        (2.0, -68.0),
        (28.0, -48.0),
        (58.0, -28.0),
        (80.0, -46.0),
    ]
    for k, (x, y) in enumerate(columns):
        top = -10.0 if (x > 30 or x < -50) else -48.0
        ends = (top, -165.0) if k % 2 == 0 else (-165.0, top)
        for f in (0.0, 0.33, 0.66, 1.0):
            z = ends[0] + f * (ends[1] - ends[0])
            wig = 6.0 * np.sin(2.3 * f * np.pi + k)
            pts.append((x + wig, y - 0.5 * wig, z))
    sb, sb_lumen = _walled(pts, 12.0, 2.0)
    sb_gas = Intersection(sb_lumen, HalfSpace((0, -64.0, 0), (0, 1.0, 0)))
    layers += [
        Layer("bowel_wall", sb),
        Layer("bowel_fluid", sb_lumen),
        Layer("bowel_gas", sb_gas),
    ]
    return layers


def _stomach_and_duodenum() -> list[Layer]:
    stomach_pts = [
        (52.0, 32.0, 112.0),
        (68.0, 8.0, 96.0),
        (74.0, -22.0, 72.0),
        (62.0, -48.0, 48.0),
        (34.0, -58.0, 34.0),
        (4.0, -56.0, 28.0),
        (-22.0, -48.0, 26.0),
    ]
    stomach, lumen = _walled(stomach_pts, [36.0, 36.0, 31.0, 25.0, 19.0, 14.0, 10.0], 4.0)
    gas = Intersection(lumen, HalfSpace((0, -34.0, 0), (0, 1.0, 0)))
    duo_pts = [
        (-22.0, -48.0, 26.0),
        (-44.0, -40.0, 24.0),
        (-62.0, -26.0, 18.0),
        (-69.0, -12.0, 2.0),
        (-69.0, -10.0, -28.0),
        (-60.0, -10.0, -47.0),
        (-34.0, -12.0, -57.0),
        (-6.0, -10.0, -59.0),
        (20.0, -10.0, -54.0),
        (34.0, -16.0, -38.0),
        (38.0, -24.0, -22.0),
    ]
    duo, duo_lumen = _walled(
        duo_pts, [10.0, 12.0, 12.0, 12.5, 12.5, 11.0, 9.5, 9.0, 9.5, 10.0, 10.0], 2.5
    )
    duo_gas = Intersection(duo_lumen, HalfSpace((0, -46.0, 0), (0, 1.0, 0)))
    return [
        Layer("stomach_wall", stomach),
        Layer("stomach_content", lumen),
        Layer("stomach_gas", gas),
        Layer("duodenum_wall", duo),
        Layer("duodenum_content", duo_lumen),
        Layer("bowel_gas", duo_gas),
    ]


def _pancreas() -> tuple[Shape, Tube, Tube]:
    body = _tube(
        [
            (-14.0, -38.0, -4.0),
            (12.0, -40.0, 3.0),
            (42.0, -33.0, 10.0),
            (70.0, -15.0, 16.0),
            (90.0, 6.0, 22.0),
        ],
        [10.0, 10.5, 10.0, 9.0, 7.5],
    )
    head = Ellipsoid((-35.0, -18.0, -16.0), (19.0, 16.0, 25.0), rotation((0, 0, 1), 20.0))
    uncinate = Ellipsoid((-14.0, -6.0, -27.0), (15.0, 8.5, 11.0), rotation((0, 0, 1), -10.0))
    neck = Ellipsoid((-22.0, -36.0, -6.0), (12.0, 9.0, 13.0))
    pancreas = SmoothUnion((body, head, uncinate, neck), 8.0)
    duct = _tube(
        [
            (86.0, 5.0, 22.0),
            (66.0, -16.0, 16.0),
            (40.0, -32.0, 10.0),
            (12.0, -38.0, 3.0),
            (-14.0, -36.0, -4.0),
            (-26.0, -30.0, -10.0),
            (-34.0, -24.0, -18.0),
        ],
        [1.6, 2.2, 2.6, 2.8, 3.0, 3.0, 3.0],
    )
    cbd = _tube(
        [
            (-58.0, -4.0, 58.0),
            (-50.0, -2.0, 40.0),
            (-44.0, 0.0, 20.0),
            (-42.0, -4.0, 2.0),
            (-40.0, -8.0, -8.0),
        ],
        [4.5, 5.5, 6.0, 6.0, 5.5],
    )
    return pancreas, duct, cbd


def _gallbladder_shape() -> Ellipsoid:
    return Ellipsoid((-58.0, -52.0, 30.0), (16.0, 17.0, 36.0), rotation((1, 0, 0), -35.0))


def _gallbladder() -> list[Layer]:
    gb = _gallbladder_shape()
    return [Layer("gallbladder_wall", gb), Layer("gallbladder_bile", Offset(gb, -2.0))]


def hepatic_vein_tubes(variant: str = "") -> dict[str, Tube]:
    """The right, middle and left hepatic veins (``"rhv"``, ``"mhv"``, ``"lhv"``), each from
    the periphery of the liver to its opening into the IVC at the confluence.

    The liver variant's right and middle hepatic veins run straighter, each nearly in one
    plane with the IVC, as in most livers (the pancreatic variants' right vein bends forwards
    at its peripheral end, their middle vein turns into the IVC from the front), and its left
    vein opens into the IVC a little lower, inside the liver.
    """
    liver = variant == LIVER_VARIANT
    rhv_middle = (-74.0, 10.0, 106.0) if liver else (-74.0, 16.0, 106.0)
    mhv_end = (-24.0, 12.0, 120.0) if liver else (-18.0, 14.0, 120.0)
    lhv_end = (-12.0, 14.0, 120.0) if liver else (-10.0, 14.0, 122.0)
    return {
        "rhv": _tube(
            [(-112.0, 0.0, 88.0), rhv_middle, (-30.0, 22.0, 118.0), (-16.0, 22.0, 120.0)],
            [3.0, 5.0, 6.5, 7.0],
        ),
        "mhv": _tube([(-64.0, -56.0, 74.0), (-44.0, -20.0, 100.0), mhv_end], [2.5, 4.5, 6.0]),
        "lhv": _tube([(22.0, -58.0, 92.0), (2.0, -22.0, 112.0), lhv_end], [2.5, 4.0, 5.5]),
    }


def _wiggle(
    pts: list[tuple[float, float, float]], amp: float, turns: float
) -> list[tuple[float, float, float]]:
    out = []
    n = len(pts)
    for i, (x, y, z) in enumerate(pts):
        if 0 < i < n - 1:
            t = i / (n - 1)
            z += amp * np.sin(2 * np.pi * turns * t)
            y += 0.6 * amp * np.cos(2 * np.pi * turns * t)
        out.append((float(x), float(y), float(z)))
    return out


def _pancreatic_variants_portal_branches() -> list[Tube]:
    """The intrahepatic portal branches of the pancreatic variants."""
    return [
        _tube([(-64.0, 0.0, 58.0), (-88.0, 8.0, 64.0), (-112.0, 12.0, 70.0)], [5.5, 4.5, 3.0]),
        _tube([(-88.0, 8.0, 64.0), (-98.0, -22.0, 78.0), (-102.0, -45.0, 86.0)], [3.8, 3.0, 2.2]),
        _tube([(-92.0, 8.0, 64.0), (-104.0, 36.0, 58.0), (-108.0, 56.0, 50.0)], [3.8, 3.0, 2.2]),
        _tube(
            [
                (-64.0, 0.0, 58.0),
                (-40.0, -18.0, 66.0),
                (-18.0, -36.0, 72.0),
                (2.0, -54.0, 80.0),
                (24.0, -62.0, 86.0),
            ],
            [5.0, 4.5, 4.0, 3.2, 2.4],
        ),
    ]


def _vessels(variant: str) -> tuple[list[Layer], dict[str, Tube], dict[str, Shape]]:
    """Vessel layers, the tubes the ground truth measures, and deformed vessels' shapes."""
    t: dict[str, Tube] = {}
    # Veins.
    t["smv"] = _tube(
        [
            (-20.0, -34.0, -200.0),
            (-18.0, -33.0, -120.0),
            (-15.0, -31.0, -70.0),
            (-13.0, -28.0, -40.0),
            (-12.5, -26.0, -18.0),
            (-11.0, -24.0, 0.0),
        ],
        [6.0, 5.5, 5.5, 5.5, 5.5, 6.4],
    )
    # The portal vein starts inside the top of the SMV, which is painted over it, so the two
    # labels meet in one clean seam instead of leaving stray voxels of either.
    t["pv"] = _tube(
        [
            (-11.3, -24.4, -2.0),
            (-20.0, -17.0, 16.0),
            (-36.0, -9.0, 33.0),
            (-52.0, -4.0, 48.0),
            (-64.0, 0.0, 58.0),
        ],
        [6.2, 6.5, 6.5, 6.5, 6.2],
    )
    # The liver variant has a portal branch for every Couinaud segment; the pancreatic
    # variants keep their simpler tree (their files must not change).
    portal_branches = (
        list(portal_tree().branches.values())
        if variant == LIVER_VARIANT
        else _pancreatic_variants_portal_branches()
    )
    t["splenic_vein"] = _tube(
        _wiggle(
            [
                (96.0, 32.0, 30.0),
                (84.0, 16.0, 20.0),
                (60.0, -3.0, 13.0),
                (32.0, -20.0, 7.0),
                (8.0, -28.0, 3.0),
                (-8.0, -25.0, 0.5),
            ],
            1.5,
            1.0,
        ),
        [4.5, 4.5, 4.5, 4.5, 4.5, 4.8],
    )
    # The liver variant's IVC climbs more nearly straight behind the liver (as the
    # intrahepatic IVC does in most people), so the plane perpendicular to it through the
    # portal bifurcation runs almost level and segments 3 and 4b keep their usual share.
    retrohepatic = (
        [(-21.0, 22.0, 90.0), (-18.0, 21.0, 130.0)]
        if variant == LIVER_VARIANT
        else [(-18.0, 24.0, 90.0), (-12.0, 20.0, 130.0)]
    )
    t["ivc"] = _tube(
        [
            (-18.0, 16.0, -200.0),
            (-22.0, 18.0, -90.0),
            (-24.0, 18.0, -20.0),
            (-23.0, 20.0, 40.0),
            *retrohepatic,
            (-6.0, 12.0, 220.0),
        ],
        [10.0, 10.5, 11.0, 11.0, 11.5, 12.0, 13.0],
    )
    renal_veins = [
        _tube(
            [
                (50.0, 38.0, -4.0),
                (28.0, 10.0, -3.0),
                (10.0, -3.0, -2.0),
                (-6.0, 4.0, -3.0),
                (-22.0, 16.0, -5.0),
            ],
            [4.5, 4.5, 4.0, 4.5, 5.0],
        ),
        _tube([(-50.0, 38.0, -18.0), (-36.0, 26.0, -14.0), (-24.0, 18.0, -12.0)], [5.0, 5.0, 5.0]),
    ]
    hepatic_veins = list(hepatic_vein_tubes(variant).values())
    # Arteries.
    t["aorta"] = _tube(
        [
            (6.0, 20.0, 220.0),
            (9.0, 18.0, 100.0),
            (10.0, 15.0, 30.0),
            (10.0, 15.0, -40.0),
            (7.0, 12.0, -105.0),
            (5.0, 11.0, -118.0),
        ],
        [12.0, 11.5, 11.0, 10.5, 9.5, 9.0],
    )
    iliacs = [
        _tube([(5.0, 11.0, -112.0), (s * 22.0, 14.0, -150.0), (s * 40.0, 22.0, -200.0)], 6.5)
        for s in (-1.0, 1.0)
    ]
    t["celiac"] = _tube([(10.0, 10.0, 27.0), (10.0, -3.0, 30.0), (10.0, -13.0, 31.0)], 3.6)
    t["cha"] = _tube(
        [(10.0, -13.0, 31.0), (-4.0, -19.0, 31.0), (-24.0, -22.0, 33.0)], [3.0, 2.9, 2.8]
    )
    if variant == "replaced-rha":
        # The right liver gets its artery from the SMA, so the proper hepatic artery goes on
        # only as the left hepatic artery, up and forwards to the left lobe.
        proper_hepatic = _tube(
            [
                (-24.0, -22.0, 33.0),
                (-36.0, -18.0, 45.0),
                (-38.0, -20.0, 57.0),
                (-26.0, -32.0, 67.0),
                (-10.0, -44.0, 75.0),
            ],
            [2.3, 2.2, 2.1, 1.9, 1.7],
        )
    else:
        proper_hepatic = _tube(
            [
                (-24.0, -22.0, 33.0),
                (-38.0, -17.0, 43.0),
                (-52.0, -11.0, 54.0),
                (-64.0, -7.0, 62.0),
            ],
            [2.4, 2.3, 2.2, 2.0],
        )
    gda = _tube(
        [(-24.0, -22.0, 33.0), (-28.0, -32.0, 18.0), (-32.0, -36.0, 0.0), (-36.0, -38.0, -16.0)],
        [2.0, 1.9, 1.8, 1.6],
    )
    t["splenic_artery"] = _tube(
        _wiggle(
            [
                (10.0, -13.0, 31.0),
                (26.0, -10.0, 30.0),
                (46.0, -2.0, 32.0),
                (66.0, 10.0, 29.0),
                (84.0, 22.0, 31.0),
                (98.0, 34.0, 33.0),
            ],
            4.0,
            2.0,
        ),
        [3.0, 2.9, 2.8, 2.7, 2.6, 2.5],
    )
    t["sma"] = _tube(
        [
            (10.0, 10.0, 17.0),
            (9.0, 0.0, 12.0),
            (7.0, -10.0, 4.0),
            (5.0, -18.0, -12.0),
            (3.5, -21.0, -35.0),
            (0.0, -27.0, -75.0),
            (-5.0, -32.0, -120.0),
            (-10.0, -36.0, -200.0),
        ],
        [3.8, 3.7, 3.6, 3.5, 3.5, 3.2, 2.8, 2.5],
    )
    renal_arteries = [
        _tube([(10.0, 15.0, 0.0), (30.0, 26.0, -2.0), (46.0, 38.0, -5.0)], 2.8),
        _tube(
            [(10.0, 15.0, 0.0), (-8.0, 29.0, -5.0), (-26.0, 32.0, -12.0), (-46.0, 38.0, -18.0)], 2.8
        ),
    ]
    layers = [Layer("hepatic_vein", v) for v in hepatic_veins]
    layers += [Layer("renal_vein", v) for v in renal_veins]
    layers.append(Layer("inferior_vena_cava", t["ivc"]))
    layers.append(Layer("splenic_vein", t["splenic_vein"]))
    layers += [Layer("portal_vein", v) for v in portal_branches]
    layers.append(Layer("portal_vein", t["pv"]))
    deformed: dict[str, Shape] = {}
    if variant == "tear-drop":
        deformed["smv"] = _tear_drop_smv(t["smv"], _TUMOURS[variant].center)
    layers.append(Layer("superior_mesenteric_vein", deformed.get("smv", t["smv"])))
    layers += [Layer("other_artery", a) for a in (proper_hepatic, gda, *renal_arteries, *iliacs)]
    layers.append(Layer("splenic_artery", t["splenic_artery"]))
    layers.append(Layer("common_hepatic_artery", t["cha"]))
    layers.append(Layer("celiac_trunk", t["celiac"]))
    if variant == "replaced-rha":
        t[_REPLACED_RHA.vessel] = _replaced_right_hepatic_artery()
        # Painted before the SMA, which then covers the artery's root in one clean seam.
        layers.append(Layer("replaced_right_hepatic_artery", t[_REPLACED_RHA.vessel]))
    layers.append(Layer("superior_mesenteric_artery", t["sma"]))
    layers.append(Layer("aorta", t["aorta"]))
    return layers, t, deformed


#: The replaced right hepatic artery of the "replaced-rha" variant.
_REPLACED_RHA = ArterialVariantSpec("replaced_right_hepatic", "replaced_rha", "sma")


def _replaced_right_hepatic_artery() -> Tube:
    """A replaced right hepatic artery from the proximal SMA to the right liver hilum.

    It leaves the SMA about 1 cm from the SMA's origin (starting inside the SMA, as the
    portal vein starts inside the SMV), runs to the right behind the portal vein and the
    upper pancreatic head, between them and the IVC, then up behind and to the right of the
    portal vein and the bile duct (the hepatoduodenal ligament) to the right portal branch.
    """
    return _tube(
        [
            (7.8, -6.0, 8.0),
            (-4.0, -5.0, 5.0),
            (-18.0, -2.0, 5.0),
            (-32.0, 0.0, 14.0),
            (-40.0, 6.0, 30.0),
            (-54.0, 8.0, 46.0),
            (-68.0, 11.0, 56.0),
            (-86.0, 16.0, 62.0),
        ],
        [2.6, 2.6, 2.5, 2.5, 2.4, 2.3, 2.1, 1.8],
    )


def _tear_drop_smv(smv: Tube, tumour_centre: tuple[float, float, float]) -> TearDrop:
    """The SMV drawn into a point towards the tumour's centre (see :data:`_TEAR_DROP`)."""
    line = smv.line
    z = tumour_centre[2]
    axis = (
        np.interp(z, line.points[:, 2], line.points[:, 0]),
        np.interp(z, line.points[:, 2], line.points[:, 1]),
    )
    direction = (tumour_centre[0] - axis[0], tumour_centre[1] - axis[1])
    return TearDrop(smv, direction, _TEAR_DROP.z_range, _TEAR_DROP.tip_distance)


def tumour_shape(variant: str) -> LobedEllipsoid:
    """The tumour of ``variant`` as an irregular (lobed) ellipsoid in the pancreatic head."""
    spec = _TUMOURS[variant]
    return LobedEllipsoid(spec.center, spec.radii, rotation((0, 0, 1), spec.yaw), _TUMOUR_LOBES)


def build_anatomy(variant: str) -> Anatomy:
    """Assemble the phantom for ``variant``.

    Parameters
    ----------
    variant
        One of :data:`DEMO_VARIANTS`: a pancreatic variant (its tumour in the pancreatic
        head) or ``"liver"`` (no pancreatic tumour; a metastasis in segment 8, the portal
        tree of :func:`casereview.demo.liver.portal_tree` and :attr:`Anatomy.liver`).

    Returns
    -------
    Anatomy
        Painter's list, vessel tubes and the tumour.

    Raises
    ------
    ValueError
        If ``variant`` is unknown.
    """
    if variant not in _TUMOURS and variant != LIVER_VARIANT:
        raise ValueError(
            f"Unknown demo variant {variant!r}; choose one of {', '.join(DEMO_VARIANTS)}."
        )
    body_layers, cavity = _body()
    organ_layers, liver = _organs(cavity, variant)
    pancreas, duct, cbd = _pancreas()
    is_liver = variant == LIVER_VARIANT
    tumour = liver_tumour() if is_liver else tumour_shape(variant)
    vessel_layers, vessels, deformed = _vessels(variant)
    layers = [
        *body_layers,
        *organ_layers,
        *_muscles(),
        *_spine_and_ribs(),
        Layer("pancreas", pancreas),
        Layer("pancreatic_duct", duct),
        Layer("common_bile_duct", cbd),
        *_gallbladder(),
        Layer("liver_tumour" if is_liver else "tumour", tumour),
        *vessel_layers,
    ]
    after = tuple(layer.shape for layer in vessel_layers)
    liver_parts = None
    if is_liver:
        veins = hepatic_vein_tubes(variant)
        tree = portal_tree()
        liver_parts = LiverAnatomy(
            liver=liver,
            hepatic_veins=veins,
            portal=tree,
            couinaud=CouinaudTruth(
                vessels["ivc"],
                veins["rhv"].line.points,
                veins["mhv"].line.points,
                umbilical_fissure_line(tree),
            ),
            gallbladder=_gallbladder_shape(),
        )
    return Anatomy(
        tuple(layers),
        vessels,
        tumour,
        after,
        variant,
        deformed=deformed,
        findings=(VesselFindingSpec("smv", "tear_drop"),) if "smv" in deformed else (),
        arterial_variants=(_REPLACED_RHA,) if _REPLACED_RHA.vessel in vessels else (),
        liver=liver_parts,
    )
