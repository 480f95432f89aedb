"""The liver variant's own anatomy: a colorectal metastasis, the portal tree and true segments.

The liver variant keeps the synthetic body of the pancreatic variants (its liver, the three
hepatic veins joining the inferior vena cava (IVC), the gallbladder), without the pancreatic
tumour; its liver reaches below the hilum on the left and round the hepatic vein confluence,
its right and middle hepatic veins and its IVC run straighter (see
:func:`casereview.demo.anatomy.hepatic_vein_tubes`). It adds:

* a **liver tumour**: a lobed, hypo-attenuating mass of about 3 cm (a colorectal metastasis)
  in segment 8, 4 mm in front of the right hepatic vein;
* a **portal venous tree** with a branch per Couinaud segment: the trunk up to the
  bifurcation at the hilum, the right portal vein dividing into the right anterior (segments
  5 and 8) and right posterior (6 and 7) pedicles, the left portal vein with its transverse
  and umbilical portions (segments 2, 3 and 4), and a small caudate branch (segment 1);
* the **true Couinaud segments** (:class:`CouinaudTruth`), defined from the anatomy as a
  surgeon reads it (Couinaud 1957; Bismuth 1982), with curved boundaries:

  - the IVC's axis is the phantom's curved IVC centreline;
  - the right, middle and left/umbilical boundaries are the surfaces swept, height by height,
    between the IVC axis and the curved centreline of the right hepatic vein (RHV: right
    anterior section 5/8 | right posterior section 6/7), the middle hepatic vein (MHV,
    Cantlie's line: right liver | left liver) and the umbilical fissure (the course of the
    ligamentum venosum and of the umbilical portion of the left portal vein: segment 4 |
    segments 2/3). At each height the boundary is the line from the IVC axis in the
    direction of the vessel at that height, taken where the vessel lies at least 18 mm from
    the axis (nearer, a vein turning into the IVC no longer shows the boundary); heights
    beyond that part of the vessel take its nearest end's direction;
  - the portal surface, through the portal bifurcation and across the IVC axis, bows
    gently downwards away from the hilum (the segmental branches of 2, 7 and 8 reach lower
    at the periphery than at the hilum): points above it are 2, 4a, 7, 8 (4a and 4b are
    both 4), below it 3, 4b, 5, 6;
  - segment 1 (the caudate lobe) is the liver between the portal surface and the level of
    the hepatic vein confluence, in the quarter in front of and to the left of the curved
    IVC axis, no farther forward than the portal bifurcation, within a radius that swells
    from 27 mm at its ends to 33 mm half-way up.

Positions are DICOM patient coordinates (LPS, mm), as in :mod:`casereview.demo.anatomy`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from casereview.demo.geometry import Centerline, LobedEllipsoid, Tube, rotation

FloatArray = NDArray[np.float64]
Point = tuple[float, float, float]

#: Name of the liver variant (the pancreatic ones are :data:`casereview.demo.anatomy.VARIANTS`).
LIVER_VARIANT = "liver"

#: Where the portal vein's trunk divides at the hilum (the end of the pancreatic variants'
#: portal vein).
PORTAL_BIFURCATION: Point = (-64.0, 0.0, 58.0)

#: Height (z, mm) of the hepatic vein confluence: where the three veins open into the IVC.
CONFLUENCE_Z = 118.0
#: Height (z, mm) of the lower IVC point a person picks (at the caudate process).
IVC_LOWER_Z = 62.0

#: Centre (LPS mm), semi-axes (mm) and yaw (degrees) of the metastasis; its lobes.
TUMOUR_CENTRE: Point = (-75.0, -13.0, 110.0)
TUMOUR_RADII: Point = (15.5, 13.5, 14.5)
TUMOUR_YAW = 25.0
TUMOUR_LOBES = ((0.08, 3, 0, 0.7), (0.05, 2, 1, 2.0), (0.04, 5, 1, 0.3))

#: The patient's size written in the liver variant's CT headers.
PATIENT_SIZE_M = 1.72
PATIENT_WEIGHT_KG = 68.0

#: Distance (mm) a vessel's point must lie from the IVC axis for its direction to count:
#: nearer the axis the direction of a vein opening into the IVC is not defined.
_MIN_REACH_MM = 18.0

#: How much the portal surface bows down: its drop (mm) is this times the squared distance
#: from the bifurcation across the IVC axis (1 mm at 80 mm, 2.3 mm at the liver's right edge).
_PORTAL_BOW_PER_MM = 1.0 / 80.0**2

#: Segment 1's radius (mm) at its ends and half-way between the portal surface and the
#: confluence.
_CAUDATE_RADIUS_ENDS_MM = 27.0
_CAUDATE_RADIUS_MIDDLE_MM = 33.0


def liver_tumour() -> LobedEllipsoid:
    """The colorectal metastasis in segment 8, in front of the right hepatic vein."""
    return LobedEllipsoid(
        TUMOUR_CENTRE, TUMOUR_RADII, rotation((0, 0, 1), TUMOUR_YAW), TUMOUR_LOBES
    )


def _tube(points: list[Point], radii: float | list[float]) -> Tube:
    return Tube(Centerline(points, radii, step=1.0))


@dataclass(frozen=True)
class PortalTree:
    """The intrahepatic portal veins of the liver variant, by name.

    Attributes
    ----------
    branches
        Branch name (``"right"``, ``"right_anterior"``, ``"segment_5"`` …) to its tube.
    segments
        For each segmental branch, the Couinaud segment it feeds (its tip lies in it).
    umbilical_portion
        The umbilical portion of the left portal vein.
    """

    branches: dict[str, Tube]
    segments: dict[str, int]
    umbilical_portion: Tube


def portal_tree() -> PortalTree:
    """The portal branches from the bifurcation to every segment (the trunk is the phantom's).

    The right portal vein runs some 18 mm to the right and divides into the anterior pedicle,
    which climbs forwards and gives a branch down to segment 5 and one up to segment 8, and the
    posterior pedicle, which runs back and gives a branch down to segment 6 and one up to
    segment 7. The left portal vein's transverse portion runs to the left under segment 4, then
    its umbilical portion turns forwards in the umbilical fissure, giving segment 2's branch
    (up and to the left), segment 3's (forwards, down and to the left) and segment 4's (one up,
    one down, to the right). A small caudate branch leaves the left portal vein backwards and
    up.
    """
    b = PORTAL_BIFURCATION
    right_end: Point = (-82.0, 6.0, 62.0)
    anterior_end: Point = (-94.0, -14.0, 70.0)
    posterior_end: Point = (-98.0, 24.0, 64.0)
    transverse_end: Point = (-22.0, -20.0, 66.0)
    umbilical: list[Point] = [transverse_end, (-12.0, -36.0, 70.0), (-8.0, -52.0, 70.0)]
    branches = {
        "right": _tube([b, (-73.0, 3.0, 60.0), right_end], [6.0, 5.6, 5.2]),
        "right_anterior": _tube([right_end, (-88.0, -4.0, 66.0), anterior_end], [4.4, 4.2, 4.0]),
        "right_posterior": _tube([right_end, (-90.0, 15.0, 63.0), posterior_end], [4.4, 4.2, 4.0]),
        "segment_5": _tube(
            [anterior_end, (-100.0, -30.0, 60.0), (-104.0, -46.0, 44.0)], [3.2, 2.8, 2.2]
        ),
        "segment_8": _tube(
            [anterior_end, (-98.0, -26.0, 86.0), (-100.0, -34.0, 104.0)], [3.2, 2.8, 2.2]
        ),
        "segment_6": _tube(
            [posterior_end, (-108.0, 36.0, 52.0), (-112.0, 48.0, 34.0)], [3.2, 2.8, 2.2]
        ),
        "segment_7": _tube(
            [posterior_end, (-106.0, 40.0, 80.0), (-104.0, 52.0, 98.0)], [3.2, 2.8, 2.2]
        ),
        "left": _tube([b, (-44.0, -8.0, 62.0), transverse_end], [5.4, 5.0, 4.6]),
        "umbilical": _tube(umbilical, [4.6, 4.4, 3.6]),
        "segment_2": _tube(
            [(-12.0, -36.0, 70.0), (8.0, -38.0, 84.0), (30.0, -40.0, 98.0)], [3.0, 2.6, 2.0]
        ),
        "segment_3": _tube(
            [(-8.0, -52.0, 70.0), (4.0, -62.0, 54.0), (14.0, -66.0, 38.0)], [3.0, 2.6, 2.0]
        ),
        "segment_4a": _tube(
            [(-12.0, -40.0, 70.0), (-26.0, -44.0, 84.0), (-36.0, -46.0, 98.0)], [2.6, 2.3, 1.8]
        ),
        "segment_4b": _tube(
            [(-9.0, -50.0, 70.0), (-22.0, -62.0, 58.0), (-32.0, -68.0, 46.0)], [2.6, 2.3, 1.8]
        ),
        "segment_1": _tube([(-44.0, -8.0, 62.0), (-36.0, 2.0, 70.0), (-30.0, 8.0, 78.0)], 2.0),
    }
    feeds = {
        "segment_1": 1,
        "segment_2": 2,
        "segment_3": 3,
        "segment_4a": 4,
        "segment_4b": 4,
        "segment_5": 5,
        "segment_6": 6,
        "segment_7": 7,
        "segment_8": 8,
    }
    return PortalTree(branches, feeds, branches["umbilical"])


def umbilical_fissure_line(tree: PortalTree) -> FloatArray:
    """The umbilical fissure's course, from the IVC at the confluence to the liver's front.

    It follows the ligamentum venosum from the IVC down to the end of the left portal vein's
    transverse portion, the umbilical portion, then the ligamentum teres forwards: the curve
    that the boundary between segment 4 and segments 2/3 is swept along.
    """
    start = np.array([-10.0, 14.0, CONFLUENCE_Z])
    portion = tree.umbilical_portion.line.points
    teres = portion[-1] + np.array([[0.0, -8.0, -4.0], [0.0, -16.0, -8.0]])
    ligamentum = np.linspace(start, portion[0], 12)[:-1]
    curve: FloatArray = np.concatenate([ligamentum, portion, teres])
    return curve


def _perpendicular(direction: FloatArray) -> FloatArray:
    """Each 2-D direction turned by +90 degrees."""
    turned: FloatArray = np.stack([-direction[..., 1], direction[..., 0]], axis=-1)
    return turned


@dataclass(frozen=True)
class LiverLandmarks:
    """Landmarks for the Couinaud approximation, as a person would pick them (LPS mm).

    Attributes
    ----------
    ivc_confluence, ivc_inferior
        Centre of the IVC at the hepatic vein confluence and at the caudate process below it.
    right_hepatic_vein, middle_hepatic_vein, left_hepatic_vein
        Three points along each vein's trunk, from the periphery towards the IVC.
    portal_bifurcation
        Where the portal trunk divides.
    umbilical_fissure
        The end of the umbilical portion of the left portal vein, where the ligamentum teres
        reaches it.
    """

    ivc_confluence: Point
    ivc_inferior: Point
    right_hepatic_vein: tuple[Point, ...]
    middle_hepatic_vein: tuple[Point, ...]
    left_hepatic_vein: tuple[Point, ...]
    portal_bifurcation: Point
    umbilical_fissure: Point


def _as_point(values: Sequence[float] | FloatArray) -> Point:
    return (round(float(values[0]), 1), round(float(values[1]), 1), round(float(values[2]), 1))


#: Where along each hepatic vein (fractions of its length from the periphery) a person clicks:
#: from its peripheral trunk to two thirds of the way to the IVC, clear of the confluence where
#: the veins run together.
_VEIN_PICKS = (0.05, 0.35, 0.65)


def liver_landmarks(
    ivc_axis: CouinaudTruth, hepatic_veins: dict[str, Tube], tree: PortalTree
) -> LiverLandmarks:
    """The landmarks a person would pick on the liver variant (see :class:`LiverLandmarks`)."""

    def picks(name: str) -> tuple[Point, ...]:
        line = hepatic_veins[name].line
        return tuple(_as_point(line.point_at(f)) for f in _VEIN_PICKS)

    umbilical = tree.umbilical_portion.line
    return LiverLandmarks(
        ivc_confluence=_as_point(ivc_axis.axis_at(np.array([CONFLUENCE_Z]))[0]),
        ivc_inferior=_as_point(ivc_axis.axis_at(np.array([IVC_LOWER_Z]))[0]),
        right_hepatic_vein=picks("rhv"),
        middle_hepatic_vein=picks("mhv"),
        left_hepatic_vein=picks("lhv"),
        portal_bifurcation=_as_point(PORTAL_BIFURCATION),
        # Where the ligamentum teres reaches the left portal vein: the umbilical portion's end.
        umbilical_fissure=_as_point(umbilical.point_at(1.0)),
    )


class CouinaudTruth:
    """The true Couinaud segment of any point of the phantom's liver (see the module's notes).

    Parameters
    ----------
    ivc
        The IVC's tube; its centreline is the axis.
    rhv, mhv
        Centrelines ``(n, 3)`` of the right and middle hepatic veins.
    fissure
        The umbilical fissure's course (:func:`umbilical_fissure_line`).
    bifurcation
        The portal bifurcation.
    """

    def __init__(
        self,
        ivc: Tube,
        rhv: FloatArray,
        mhv: FloatArray,
        fissure: FloatArray,
        bifurcation: Point = PORTAL_BIFURCATION,
    ) -> None:
        line = ivc.line.points
        order = np.argsort(line[:, 2])
        self._axis_z = line[order, 2]
        self._axis_xy = line[order, :2]
        self._curves = {
            name: self._direction_table(curve)
            for name, curve in (("rhv", rhv), ("mhv", mhv), ("fissure", fissure))
        }
        self.bifurcation = np.asarray(bifurcation, dtype=np.float64)
        low, high = self.axis_at(np.array([IVC_LOWER_Z, CONFLUENCE_Z]))
        up = high - low
        self.up: FloatArray = up / np.linalg.norm(up)
        self.confluence: FloatArray = high
        forward = self.bifurcation[:2] - self.axis_at(np.array([self.bifurcation[2]]))[0, :2]
        self.caudate_depth = float(np.linalg.norm(forward))
        self.forward: FloatArray = forward / self.caudate_depth
        # Segment 1 lies on the left of the forward direction: the side of the umbilical
        # fissure (the left liver) half-way up the caudate lobe.
        middle = np.array([(self.bifurcation[2] + CONFLUENCE_Z) / 2.0])
        left = _perpendicular(self.forward)
        self.caudate_left: FloatArray = left * np.sign(
            float(left @ self.direction("fissure", middle)[0])
        )

    def axis_at(self, z: FloatArray) -> FloatArray:
        """Points ``(n, 3)`` of the IVC's axis at heights ``z``."""
        x = np.interp(z, self._axis_z, self._axis_xy[:, 0])
        y = np.interp(z, self._axis_z, self._axis_xy[:, 1])
        out: FloatArray = np.stack([x, y, np.asarray(z, dtype=np.float64)], axis=-1)
        return out

    def _direction_table(self, curve: FloatArray) -> tuple[FloatArray, FloatArray]:
        """Heights and unit horizontal directions from the axis to the curve's points."""
        across = curve[:, :2] - self.axis_at(curve[:, 2])[:, :2]
        reach = np.linalg.norm(across, axis=1)
        keep = reach >= _MIN_REACH_MM
        z, direction = curve[keep, 2], across[keep] / reach[keep, None]
        order = np.argsort(z)
        return z[order], direction[order]

    def direction(self, name: str, z: FloatArray) -> FloatArray:
        """Unit horizontal direction ``(n, 2)`` of boundary ``name`` at heights ``z``."""
        heights, directions = self._curves[name]
        d = np.stack(
            [np.interp(z, heights, directions[:, 0]), np.interp(z, heights, directions[:, 1])],
            axis=-1,
        )
        unit: FloatArray = d / np.linalg.norm(d, axis=-1, keepdims=True)
        return unit

    def superior(self, points: FloatArray) -> NDArray[np.bool_]:
        """Whether each point lies above the (bowed) portal surface."""
        offset = points - self.bifurcation
        height = offset @ self.up
        across = offset - height[:, None] * self.up
        above: NDArray[np.bool_] = height + _PORTAL_BOW_PER_MM * (across**2).sum(axis=1) >= 0.0
        return above

    def labels(self, points: Sequence[Sequence[float]] | FloatArray) -> NDArray[np.uint8]:
        """The segment (1–8) of each point ``(n, 3)``; the caller keeps to the liver."""
        p = np.asarray(points, dtype=np.float64).reshape(-1, 3)
        z = p[:, 2]
        across = p[:, :2] - self.axis_at(z)[:, :2]
        mhv = self.direction("mhv", z)
        rhv = self.direction("rhv", z)
        fissure = self.direction("fissure", z)
        # Each boundary's normal points towards the middle hepatic vein's line (for the MHV
        # itself: towards the left liver, where the fissure lies).
        n_mhv = _perpendicular(mhv)
        n_mhv *= np.sign((n_mhv * fissure).sum(axis=1))[:, None]
        n_rhv = _perpendicular(rhv)
        n_rhv *= np.sign((n_rhv * mhv).sum(axis=1))[:, None]
        n_fissure = _perpendicular(fissure)
        n_fissure *= np.sign((n_fissure * mhv).sum(axis=1))[:, None]
        right = (across * n_mhv).sum(axis=1) < 0.0
        anterior = (across * n_rhv).sum(axis=1) >= 0.0
        medial = (across * n_fissure).sum(axis=1) >= 0.0
        superior = self.superior(p)
        labels = np.where(
            right,
            np.where(anterior, np.where(superior, 8, 5), np.where(superior, 7, 6)),
            np.where(medial, 4, np.where(superior, 2, 3)),
        ).astype(np.uint8)
        labels[self.caudate(p, across)] = 1
        return labels

    def caudate(self, points: FloatArray, across: FloatArray) -> NDArray[np.bool_]:
        """Whether each point lies in segment 1 (see the module's notes).

        ``across`` is each point's horizontal offset from the IVC axis at its height.
        """
        z = points[:, 2]
        portal_z = self.bifurcation[2]
        t = np.clip((z - portal_z) / (self.confluence[2] - portal_z), 0.0, 1.0)
        radius = _CAUDATE_RADIUS_ENDS_MM + (
            _CAUDATE_RADIUS_MIDDLE_MM - _CAUDATE_RADIUS_ENDS_MM
        ) * np.sin(np.pi * t)
        forward = across @ self.forward
        inside: NDArray[np.bool_] = (
            self.superior(points)
            & ((points - self.confluence) @ self.up <= 0.0)
            & (forward >= 0.0)
            & (forward <= self.caudate_depth)
            & (across @ self.caudate_left >= 0.0)
            & ((across**2).sum(axis=1) <= radius**2)
        )
        return inside
