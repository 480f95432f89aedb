"""Analytic vessel phantoms with known contact: tubes along lines or arcs, tumour sectors around them.

Coordinates are ``(z, y, x)`` mm from the centre of voxel ``[0, 0, 0]``; a voxel belongs to a
shape when its centre lies inside it. The vessel is painted over the tumour, as in a real
segmentation where the patent vessel keeps its lumen.

A tumour is a sector of an annulus around the vessel's axis: radial distance from the axis in
``[inner, outer]``, angle (in the axis' own frame) within ``width_deg`` of a start angle, and
position along the axis within ``[along_start, along_end]``. Touching the vessel (``inner`` = the
vessel's radius) its contact angle is ``width_deg`` and its contact length
``along_end - along_start``, whatever the voxel size; 2 mm away (``inner`` = radius + 2) there is
no contact.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

FloatArray = NDArray[np.float64]


@dataclass(frozen=True)
class Axis:
    """A vessel axis: a straight line, or an arc of a circle when ``bend_radius`` is set.

    Attributes
    ----------
    centre
        ``(z, y, x)`` mm of the axis point where ``along = 0`` (the middle of the phantom).
    tilt_deg
        Angle between the axis at ``along = 0`` and the z axis, in the z-x plane.
    bend_radius
        Radius (mm) of the arc, bending towards +x as ``along`` grows; None: a straight line.
    """

    centre: tuple[float, float, float]
    tilt_deg: float
    bend_radius: float | None = None

    def frame(self, points: FloatArray) -> tuple[FloatArray, FloatArray, FloatArray]:
        """``(along, radial, angle_rad)`` of ``(..., 3)`` points about the axis.

        ``angle`` is measured from the axis' ``u`` direction (in the z-x plane, perpendicular to
        the axis) towards ``y``.
        """
        p = points - np.asarray(self.centre)
        t = np.radians(self.tilt_deg)
        d = np.array([np.cos(t), 0.0, np.sin(t)])  # tangent at along = 0
        u = np.array([-np.sin(t), 0.0, np.cos(t)])  # in the z-x plane, towards the bend
        y = np.array([0.0, 1.0, 0.0])
        if self.bend_radius is None:
            along = p @ d
            a, b = p @ u, p @ y
        else:
            r = self.bend_radius
            # Circle centre on the u side; polar angle from -u gives the arc length.
            q = p - r * u
            x1, x2 = q @ (-u), q @ d
            phi = np.arctan2(x2, x1)
            along = r * phi
            in_plane = np.hypot(x1, x2) - r  # > 0 away from the circle's centre
            a, b = -in_plane, q @ y
        return along, np.hypot(a, b), np.arctan2(b, a)

    def point(self, along: float) -> FloatArray:
        """The axis point at ``along`` mm."""
        t = np.radians(self.tilt_deg)
        d = np.array([np.cos(t), 0.0, np.sin(t)])
        u = np.array([-np.sin(t), 0.0, np.cos(t)])
        c = np.asarray(self.centre)
        if self.bend_radius is None:
            out: FloatArray = c + along * d
            return out
        r = self.bend_radius
        phi = along / r
        bent: FloatArray = c + r * u + r * (-np.cos(phi) * u + np.sin(phi) * d)
        return bent


@dataclass(frozen=True)
class Sector:
    """The tumour around an :class:`Axis` (see the module docstring)."""

    inner: float
    outer: float
    start_deg: float
    width_deg: float
    along_start: float
    along_end: float


@dataclass(frozen=True)
class Phantom:
    """Masks on a grid, and what was drawn."""

    vessel: NDArray[np.bool_]
    tumour: NDArray[np.bool_]
    spacing: tuple[float, float, float]
    axis: Axis


def grid_points(shape: tuple[int, int, int], spacing: tuple[float, float, float]) -> FloatArray:
    """``(z, y, x)`` mm of every voxel centre, shape ``shape + (3,)``."""
    axes = [np.arange(n) * s for n, s in zip(shape, spacing, strict=True)]
    z, y, x = np.meshgrid(*axes, indexing="ij")
    return np.stack([z, y, x], axis=-1)


def make_phantom(
    axis: Axis,
    radius: float,
    sector: Sector | None,
    spacing: tuple[float, float, float],
    size_mm: float = 44.0,
    branch: tuple[Axis, float] | None = None,
) -> Phantom:
    """A cube of ``size_mm`` with the vessel (and a branch from ``along >= 0``) and the tumour."""
    shape = tuple(int(round(size_mm / s)) + 1 for s in spacing)
    pts = grid_points((shape[0], shape[1], shape[2]), spacing)
    along, radial, angle = axis.frame(pts)
    vessel = radial <= radius
    if branch is not None:
        b_axis, b_radius = branch
        b_along, b_radial, _ = b_axis.frame(pts)
        vessel |= (b_radial <= b_radius) & (b_along >= 0)
    tumour = np.zeros_like(vessel)
    if sector is not None:
        rel = (np.degrees(angle) - sector.start_deg) % 360.0
        in_angle = rel <= sector.width_deg if sector.width_deg < 360 else np.ones_like(vessel)
        tumour = (
            (radial >= sector.inner)
            & (radial <= sector.outer)
            & in_angle
            & (along >= sector.along_start)
            & (along <= sector.along_end)
        )
        tumour &= ~vessel
    return Phantom(vessel, tumour, spacing, axis)
