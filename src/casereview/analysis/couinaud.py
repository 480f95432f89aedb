"""Couinaud liver segments (1–8) approximated from landmarks a person confirms on CT.

The classic planar approximation (Couinaud 1957; Bismuth 1982) divides the liver by

- three **vertical planes** that contain the axis of the inferior vena cava (IVC) and one hepatic
  vein each: the right hepatic vein (RHV) separates the right posterior section (6/7) from the
  right anterior section (5/8); the middle hepatic vein (MHV, Cantlie's line) separates the right
  liver from the left; the left hepatic vein (LHV), or the umbilical fissure when it is given,
  separates segment 4 from the left lateral section (2/3);
- one **transverse plane** through the portal bifurcation, perpendicular to the IVC axis:
  segments 2, 4a, 7 and 8 lie above it, 3, 4b, 5 and 6 below (4a and 4b are given the one
  label 4);
- **segment 1** (the caudate lobe): the liver between the IVC and the portal bifurcation, taken
  here as the liver between the levels of the portal bifurcation and of the hepatic vein
  confluence, in the quarter on the anterior-left of the IVC axis (in front of the IVC towards
  the portal bifurcation, and to its left), no farther than a stated radius from the axis and
  no farther forward than the portal bifurcation.

Each vein's plane is fitted by least squares to the points picked along the vein, constrained to
contain the IVC axis. Only the part of each plane on the vein's side of the axis counts (a
half-plane): the MHV's whole plane splits right from left, and the RHV's and LHV's half-planes
then split each half in two, so the sections meet behind the IVC along the MHV's plane.

Limits, said plainly: real segment boundaries are curved, the hepatic veins bend, the portal
branches do not follow one horizontal plane (segment 2 reaches lower than 4a or 8), and the
caudate lobe's borders (the ligamentum venosum, the caudate process) are not a cylinder's
quarter. The result is the usual planning approximation, which the surgeon checks and corrects
with the segment editor; segment volumes from it carry that uncertainty. Directions are taken
from the landmarks themselves (superior from the IVC axis, left from where the LHV lies), so the
volume's orientation in the array does not matter; by the same token, landmarks with the right
and left hepatic veins' names swapped give mirrored segments, which nothing here can detect
(the caller that knows the patient's orientation can check that the LHV lies to the left).

Positions are ``(z, y, x)`` millimetres in the volume's array frame (index × spacing), as in the
rest of :mod:`casereview.analysis`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from casereview.analysis.liver_resection import ResectionPlane, voxel_volume_ml
from casereview.errors import ValidationError
from casereview.messages import Message

Spacing = tuple[float, float, float]
Point = tuple[float, float, float]
FloatArray = NDArray[np.float64]

#: The IVC's two points must be at least this far apart (mm) to give its axis a direction.
MIN_IVC_LENGTH_MM = 10.0
#: A vein's points must reach at least this far (mm) from the IVC axis to fix its plane.
MIN_VEIN_REACH_MM = 10.0
#: A vein point may lie this far (mm) on the wrong side of the IVC axis (a click at the ostium).
VEIN_SIDE_TOLERANCE_MM = 5.0
#: Smallest angle (degrees) between two planes that must divide the liver.
MIN_PLANE_ANGLE_DEG = 5.0
#: The portal bifurcation must lie at least this far (mm) below the confluence and from the axis.
MIN_PORTAL_OFFSET_MM = 5.0
#: Default radius (mm) of segment 1 around the IVC axis: the caudate lobe is typically 2–4 cm
#: thick in front of the IVC.
DEFAULT_CAUDATE_RADIUS_MM = 30.0
#: Liver segments right of the middle hepatic vein (a right hepatectomy removes them).
RIGHT_LIVER_SEGMENTS = (5, 6, 7, 8)

_SLAB_SLICES = 16


def _point(value: Sequence[float]) -> Point | None:
    array = np.asarray(value, dtype=float)
    if array.shape != (3,) or not np.isfinite(array).all():
        return None
    return (float(array[0]), float(array[1]), float(array[2]))


def _invalid_point(name: Message) -> ValidationError:
    return ValidationError(
        Message(
            "The landmark '{landmark}' needs a position of three finite numbers; place it again.",
            landmark=name,
        )
    )


def _names() -> dict[str, Message]:
    return {
        "ivc_confluence_mm": Message("IVC at the hepatic vein confluence"),
        "ivc_inferior_mm": Message("IVC, lower point"),
        "right_hepatic_vein_mm": Message("right hepatic vein"),
        "middle_hepatic_vein_mm": Message("middle hepatic vein"),
        "left_hepatic_vein_mm": Message("left hepatic vein"),
        "portal_bifurcation_mm": Message("portal bifurcation"),
        "umbilical_fissure_mm": Message("umbilical fissure"),
    }


@dataclass(frozen=True)
class CouinaudLandmarks:
    """The anatomy, confirmed by a person, from which Couinaud segments are approximated.

    All positions are ``(z, y, x)`` mm in the volume's array frame. Best picked on a
    portal-venous (or late hepatic venous) phase CT, where the hepatic and portal veins are
    both opacified.

    Attributes
    ----------
    ivc_confluence_mm
        A point on the axis of the inferior vena cava at the level where the hepatic veins join
        it (the confluence), just below the diaphragm: on axial slices, the centre of the IVC
        where the right, middle and left hepatic veins open into it (the "Playboy bunny" sign).
    ivc_inferior_mm
        A point on the axis of the intrahepatic IVC at least 1 cm lower, e.g. at the level of
        the caudate process or the right renal vein's entry; with the confluence it gives the
        IVC's axis, taken as the vertical direction of the segments.
    right_hepatic_vein_mm, middle_hepatic_vein_mm, left_hepatic_vein_mm
        Two or more points along each hepatic vein's trunk, from near the IVC outwards (centres
        of the vein on axial slices, or along it on a coronal or oblique reformat). The points
        of one vein must reach at least 1 cm from the IVC axis.
    portal_bifurcation_mm
        The division of the main portal vein into its right and left branches at the hilum
        (centre of the vessel where the branches part), in front of the IVC and below the
        confluence. It sets the transverse plane and the front of segment 1.
    umbilical_fissure_mm
        Optional: a point on the umbilical portion of the left portal vein (in the umbilical
        fissure, where the ligamentum teres reaches the left portal vein). When given, the
        vertical plane through it and the IVC axis separates segment 4 from segments 2 and 3
        instead of the left hepatic vein's plane, which is closer to the anatomy (the LHV runs
        between segments 2 and 3).

    Raises
    ------
    ValidationError
        If a position is not three finite numbers, a vein has fewer than two points, or the
        two IVC points are less than 1 cm apart.
    """

    ivc_confluence_mm: Point
    ivc_inferior_mm: Point
    right_hepatic_vein_mm: tuple[Point, ...]
    middle_hepatic_vein_mm: tuple[Point, ...]
    left_hepatic_vein_mm: tuple[Point, ...]
    portal_bifurcation_mm: Point
    umbilical_fissure_mm: Point | None = None

    def __post_init__(self) -> None:
        names = _names()
        singles = ["ivc_confluence_mm", "ivc_inferior_mm", "portal_bifurcation_mm"]
        if self.umbilical_fissure_mm is not None:
            singles.append("umbilical_fissure_mm")
        for field in singles:
            point = _point(getattr(self, field))
            if point is None:
                raise _invalid_point(names[field])
            object.__setattr__(self, field, point)
        for field in ("right_hepatic_vein_mm", "middle_hepatic_vein_mm", "left_hepatic_vein_mm"):
            raw = getattr(self, field)
            points = [_point(p) for p in raw] if raw is not None else []
            if len(points) < 2:
                raise ValidationError(
                    Message(
                        "Pick at least two points along the {vein}.",
                        vein=names[field],
                    )
                )
            checked: list[Point] = []
            for point in points:
                if point is None:
                    raise _invalid_point(names[field])
                checked.append(point)
            object.__setattr__(self, field, tuple(checked))
        length = float(np.linalg.norm(np.subtract(self.ivc_confluence_mm, self.ivc_inferior_mm)))
        if length < MIN_IVC_LENGTH_MM:
            raise ValidationError(
                Message(
                    "The two IVC points are {mm:.1f} mm apart; pick the lower one at least "
                    "{minimum:.0f} mm below the hepatic vein confluence.",
                    mm=length,
                    minimum=MIN_IVC_LENGTH_MM,
                )
            )

    def named_points(self) -> list[tuple[Message, Point]]:
        """Every landmark position with the landmark's name (veins once per point)."""
        names = _names()
        out: list[tuple[Message, Point]] = [
            (names["ivc_confluence_mm"], self.ivc_confluence_mm),
            (names["ivc_inferior_mm"], self.ivc_inferior_mm),
        ]
        for field in ("right_hepatic_vein_mm", "middle_hepatic_vein_mm", "left_hepatic_vein_mm"):
            out.extend((names[field], p) for p in getattr(self, field))
        out.append((names["portal_bifurcation_mm"], self.portal_bifurcation_mm))
        if self.umbilical_fissure_mm is not None:
            out.append((names["umbilical_fissure_mm"], self.umbilical_fissure_mm))
        return out


@dataclass(frozen=True)
class VeinPlane:
    """A vertical plane fitted to one hepatic vein, containing the IVC axis.

    Attributes
    ----------
    plane
        The plane through the confluence; its normal points towards the middle hepatic vein
        (for the right and left veins and the umbilical fissure) or towards the left liver
        (for the middle hepatic vein).
    direction
        Unit vector in the plane, perpendicular to the IVC axis, pointing from the axis along
        the vein: only this half of the plane divides the liver, except for the middle hepatic
        vein's, whose whole plane separates right from left.
    rms_residual_mm
        Root-mean-square distance of the vein's points from the plane: a few millimetres is
        normal for a curved vein; much more suggests a point on another vessel.
    """

    plane: ResectionPlane
    direction: Point
    rms_residual_mm: float


@dataclass(frozen=True)
class CouinaudGeometry:
    """The planes fitted to a :class:`CouinaudLandmarks`, ready to label points.

    Build it with :func:`fit_couinaud_geometry`.

    Attributes
    ----------
    confluence_mm
        The IVC point at the hepatic vein confluence; every vertical plane goes through it.
    superior
        Unit vector along the IVC axis, from the lower IVC point to the confluence.
    right, middle, left
        The right, middle and left hepatic veins' planes.
    segment_4_boundary
        The plane between segment 4 and segments 2/3: the umbilical fissure's when it was
        given, else the left hepatic vein's.
    portal
        The transverse plane through the portal bifurcation; its normal points up.
    caudate_anterior
        Unit vector perpendicular to the IVC axis towards the portal bifurcation.
    caudate_left
        Unit vector perpendicular to the IVC axis and to ``caudate_anterior``, towards the left
        liver.
    caudate_depth_mm
        Distance of the portal bifurcation from the IVC axis: segment 1 reaches no farther
        forward.
    caudate_radius_mm
        Segment 1's reach from the IVC axis.
    """

    confluence_mm: Point
    superior: Point
    right: VeinPlane
    middle: VeinPlane
    left: VeinPlane
    segment_4_boundary: VeinPlane
    portal: ResectionPlane
    caudate_anterior: Point
    caudate_left: Point
    caudate_depth_mm: float
    caudate_radius_mm: float

    def labels_at(self, points_mm: FloatArray) -> NDArray[np.uint8]:
        """The Couinaud segment of each point.

        Parameters
        ----------
        points_mm
            Positions ``(z, y, x)`` mm, shape ``(n, 3)``.

        Returns
        -------
        numpy.ndarray
            ``uint8`` labels 1–8, one per point: every point gets exactly one, and a point on a
            boundary goes to a fixed side of it.
        """
        points = np.asarray(points_mm, dtype=np.float64).reshape(-1, 3)
        offset = points - np.asarray(self.confluence_mm)
        up = np.asarray(self.superior)
        height = offset @ up
        across = offset - height[:, None] * up
        portal_height = float((np.asarray(self.portal.point_mm) - self.confluence_mm) @ up)
        superior = height >= portal_height
        right = across @ np.asarray(self.middle.plane.normal) < 0.0
        anterior = across @ np.asarray(self.right.plane.normal) >= 0.0
        medial = across @ np.asarray(self.segment_4_boundary.plane.normal) >= 0.0
        labels = np.where(
            right,
            np.where(anterior, np.where(superior, 8, 5), np.where(superior, 7, 6)),
            np.where(medial, 4, np.where(superior, 2, 3)),
        ).astype(np.uint8)
        forward = across @ np.asarray(self.caudate_anterior)
        caudate = (
            superior
            & (height <= 0.0)
            & (forward >= 0.0)
            & (forward <= self.caudate_depth_mm)
            & (across @ np.asarray(self.caudate_left) >= 0.0)
            & ((across**2).sum(axis=1) <= self.caudate_radius_mm**2)
        )
        labels[caudate] = 1
        return labels


def _unit(vector: FloatArray) -> Point:
    unit = vector / float(np.linalg.norm(vector))
    return (float(unit[0]), float(unit[1]), float(unit[2]))


def _fit_vein(
    name: Message, points: Sequence[Point], confluence: FloatArray, up: FloatArray
) -> tuple[FloatArray, FloatArray, float]:
    """Least-squares plane containing the IVC axis through a vein's points.

    Returns the plane's unit normal (sign arbitrary), the unit direction of the vein from the
    axis, and the RMS residual (mm).
    """
    offset = np.asarray(points, dtype=np.float64) - confluence
    across = offset - np.outer(offset @ up, up)
    reach = float(np.sqrt((across**2).sum(axis=1)).max())
    if reach < MIN_VEIN_REACH_MM:
        raise ValidationError(
            Message(
                "The points of the {vein} lie along the IVC's axis (within {mm:.0f} mm of it), so "
                "they do not fix a plane; pick points along the vein farther from the IVC.",
                vein=name,
                mm=MIN_VEIN_REACH_MM,
            )
        )
    # An orthonormal basis of the plane perpendicular to the axis: the fitted normal lies in it,
    # which is what keeps the IVC axis inside the plane.
    helper = np.eye(3)[int(np.argmin(np.abs(up)))]
    first = np.cross(up, helper)
    first /= np.linalg.norm(first)
    second = np.cross(up, first)
    flat = np.stack([across @ first, across @ second], axis=1)
    eigenvalues, eigenvectors = np.linalg.eigh(flat.T @ flat)
    normal = eigenvectors[0, 0] * first + eigenvectors[1, 0] * second
    direction = np.cross(up, normal)
    along = across @ direction
    if along[int(np.argmax(np.abs(along)))] < 0.0:
        direction = -direction
        along = -along
    if along.min() < -VEIN_SIDE_TOLERANCE_MM:
        raise ValidationError(
            Message(
                "The points of the {vein} lie on both sides of the IVC; pick them along that "
                "one vein, from the IVC outwards.",
                vein=name,
            )
        )
    residual = float(np.sqrt(max(float(eigenvalues[0]), 0.0) / len(flat)))
    return normal, direction, residual


def _vein_plane(
    normal: FloatArray, direction: FloatArray, residual: float, confluence: FloatArray
) -> VeinPlane:
    return VeinPlane(
        ResectionPlane(
            (float(confluence[0]), float(confluence[1]), float(confluence[2])), _unit(normal)
        ),
        _unit(direction),
        residual,
    )


def fit_couinaud_geometry(
    landmarks: CouinaudLandmarks, *, caudate_radius_mm: float = DEFAULT_CAUDATE_RADIUS_MM
) -> CouinaudGeometry:
    """Fit the segment-dividing planes to the landmarks.

    Parameters
    ----------
    landmarks
        The confirmed landmarks.
    caudate_radius_mm
        How far segment 1 reaches from the IVC axis.

    Returns
    -------
    CouinaudGeometry
        The fitted planes.

    Raises
    ------
    ValidationError
        If a vein's points lie along the IVC axis or on both sides of it, the right and left
        hepatic veins (or the umbilical fissure) do not lie on either side of the middle
        hepatic vein's plane, two planes nearly coincide, the portal bifurcation is not below
        the confluence and in front of the IVC, or the caudate radius is not positive.
    """
    names = _names()
    radius = float(caudate_radius_mm)
    if not np.isfinite(radius) or radius <= 0.0:
        raise ValidationError(
            Message("The caudate lobe's radius around the IVC must be a positive number of mm.")
        )
    confluence = np.asarray(landmarks.ivc_confluence_mm, dtype=np.float64)
    up = confluence - np.asarray(landmarks.ivc_inferior_mm, dtype=np.float64)
    up /= np.linalg.norm(up)
    fits = {
        field: _fit_vein(names[field], getattr(landmarks, field), confluence, up)
        for field in ("right_hepatic_vein_mm", "middle_hepatic_vein_mm", "left_hepatic_vein_mm")
    }
    if landmarks.umbilical_fissure_mm is not None:
        # One point and the axis fix the plane exactly.
        fits["umbilical_fissure_mm"] = _fit_vein(
            names["umbilical_fissure_mm"],
            [landmarks.ivc_confluence_mm, landmarks.umbilical_fissure_mm],
            confluence,
            up,
        )
    middle_normal, anterior, middle_residual = fits["middle_hepatic_vein_mm"]
    left_direction = fits["left_hepatic_vein_mm"][1]
    if middle_normal @ left_direction < 0.0:
        middle_normal = -middle_normal
    least = float(np.sin(np.radians(MIN_PLANE_ANGLE_DEG)))
    sides = {
        "right_hepatic_vein_mm": -1.0,
        "left_hepatic_vein_mm": 1.0,
        "umbilical_fissure_mm": 1.0,
    }
    planes: dict[str, VeinPlane] = {
        "middle_hepatic_vein_mm": _vein_plane(middle_normal, anterior, middle_residual, confluence)
    }
    for field, (normal, direction, residual) in fits.items():
        if field == "middle_hepatic_vein_mm":
            continue
        if sides[field] * float(middle_normal @ direction) < least:
            raise ValidationError(
                Message(
                    "The right and left hepatic veins (and the umbilical fissure) must lie on "
                    "either side of the middle hepatic vein's plane, at least {degrees:.0f}° from "
                    "it; check which vein is which ({vein}).",
                    degrees=MIN_PLANE_ANGLE_DEG,
                    vein=names[field],
                )
            )
        # Oriented towards the middle hepatic vein, so that the sector between the two veins
        # (the right anterior section, or segment 4) lies on the positive side.
        oriented = normal if float(normal @ anterior) >= 0.0 else -normal
        planes[field] = _vein_plane(oriented, direction, residual, confluence)

    portal = np.asarray(landmarks.portal_bifurcation_mm, dtype=np.float64)
    portal_height = float((portal - confluence) @ up)
    portal_across = (portal - confluence) - portal_height * up
    depth = float(np.linalg.norm(portal_across))
    if portal_height > -MIN_PORTAL_OFFSET_MM or depth < MIN_PORTAL_OFFSET_MM:
        raise ValidationError(
            Message(
                "The portal bifurcation must lie at least {mm:.0f} mm below the hepatic vein "
                "confluence and in front of the IVC; check the portal bifurcation and the IVC "
                "points.",
                mm=MIN_PORTAL_OFFSET_MM,
            )
        )
    forward = portal_across / depth
    sideways = np.cross(up, forward)
    lateral = float(sideways @ middle_normal)
    if abs(lateral) < least:
        raise ValidationError(
            Message(
                "The portal bifurcation lies beside the IVC rather than in front of it; check "
                "the portal bifurcation and the middle hepatic vein."
            )
        )
    if lateral < 0.0:
        sideways = -sideways
    boundary = (
        "umbilical_fissure_mm" if "umbilical_fissure_mm" in planes else "left_hepatic_vein_mm"
    )
    return CouinaudGeometry(
        confluence_mm=landmarks.ivc_confluence_mm,
        superior=_unit(up),
        right=planes["right_hepatic_vein_mm"],
        middle=planes["middle_hepatic_vein_mm"],
        left=planes["left_hepatic_vein_mm"],
        segment_4_boundary=planes[boundary],
        portal=ResectionPlane(landmarks.portal_bifurcation_mm, _unit(up)),
        caudate_anterior=_unit(forward),
        caudate_left=_unit(sideways),
        caudate_depth_mm=depth,
        caudate_radius_mm=radius,
    )


def couinaud_segments(
    liver_mask: NDArray[np.bool_],
    spacing: Spacing,
    landmarks: CouinaudLandmarks,
    *,
    caudate_radius_mm: float = DEFAULT_CAUDATE_RADIUS_MM,
) -> NDArray[np.uint8]:
    """Label every liver voxel with its approximate Couinaud segment.

    Parameters
    ----------
    liver_mask
        The liver's mask (tumours included), ``(z, y, x)``.
    spacing
        Voxel spacing ``(z, y, x)`` mm.
    landmarks
        The confirmed landmarks, in the same array frame (mm).
    caudate_radius_mm
        How far segment 1 reaches from the IVC axis (see the module's description).

    Returns
    -------
    numpy.ndarray
        ``uint8`` labels of the mask's shape: 0 outside the liver, 1–8 inside (segment 4a and
        4b both 4). Each voxel is labelled by where its centre lies.

    Raises
    ------
    ValidationError
        If the mask is not a non-empty 3-D volume, the spacing is not positive, a landmark lies
        outside the liver's bounding box, or the landmarks are degenerate (see
        :func:`fit_couinaud_geometry`).
    """
    mask = np.asarray(liver_mask, dtype=bool)
    if mask.ndim != 3:
        raise ValidationError(Message("The liver's mask must be a 3-D volume."))
    step = np.asarray([float(s) for s in spacing], dtype=np.float64)
    voxel_volume_ml((float(step[0]), float(step[1]), float(step[2])))
    occupied = [np.flatnonzero(mask.any(axis=other)) for other in ((1, 2), (0, 2), (0, 1))]
    if any(len(found) == 0 for found in occupied):
        raise ValidationError(Message("The liver has no volume: segment the liver first."))
    # The bounding box of the voxel centres, grown by one voxel: the IVC often lies just
    # outside the liver's mask, at its back.
    low = np.array([found[0] for found in occupied]) * step - step
    high = np.array([found[-1] for found in occupied]) * step + step
    for name, point in landmarks.named_points():
        position = np.asarray(point)
        if (position < low).any() or (position > high).any():
            raise ValidationError(
                Message(
                    "The landmark '{landmark}' lies outside the liver's extent; check that it was "
                    "placed on this series and inside the liver.",
                    landmark=name,
                )
            )
    geometry = fit_couinaud_geometry(landmarks, caudate_radius_mm=caudate_radius_mm)
    labels = np.zeros(mask.shape, dtype=np.uint8)
    # Slab by slab, so that the coordinates of a large liver never all sit in memory at once.
    for start in range(0, mask.shape[0], _SLAB_SLICES):
        slab = mask[start : start + _SLAB_SLICES]
        index = np.nonzero(slab)
        if len(index[0]) == 0:
            continue
        centres = np.stack(
            [(index[0] + start) * step[0], index[1] * step[1], index[2] * step[2]], axis=1
        )
        labels[start : start + _SLAB_SLICES][index] = geometry.labels_at(centres)
    return labels


def segment_volumes_ml(labels: NDArray[np.integer], spacing: Spacing) -> dict[int, float]:
    """Volume (mL) of each Couinaud segment 1–8 (0.0 for a segment absent from the labels).

    Parameters
    ----------
    labels
        Segment labels, 0 outside the liver and 1–8 inside.
    spacing
        Voxel spacing ``(z, y, x)`` mm.

    Raises
    ------
    ValidationError
        If a label is not between 0 and 8, or the spacing is not positive.
    """
    voxel = voxel_volume_ml(spacing)
    values = np.asarray(labels)
    if values.size and (int(values.min()) < 0 or int(values.max()) > 8):
        raise ValidationError(
            Message("Liver segment labels must be 1 to 8 inside the liver and 0 outside it.")
        )
    counts = np.bincount(values.ravel().astype(np.intp), minlength=9)
    return {segment: float(counts[segment]) * voxel for segment in range(1, 9)}
