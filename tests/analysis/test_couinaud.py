"""Couinaud segments from landmarks on analytic phantoms (issue 17).

The liver is an ellipsoid whose vertical semi-axis is the IVC's axis. In the phantom's own
anatomical coordinates ``(s, a, l)`` (superior, anterior, left; mm from the ellipsoid's centre)
the hepatic veins are rays at known angles from the axis, the portal bifurcation lies at a known
height and angle, and segment 1 is a quarter cylinder. Because every cross-section of the
ellipsoid is the same ellipse scaled, a wedge between two rays holds the same share of every
slab, so each segment's volume is known in closed form: the ellipse's sector share (found by
mapping the ellipse to a circle) times the slab's volume (the integral of the cross-section's
area), minus the circular sectors of segment 1 it loses. None of it uses the code under test.

The phantom is voxelised upright, mirrored (left-right flipped in the array) and tilted, on an
isotropic 1 mm grid and on a 0.7 × 0.7 × 2.5 mm CT grid.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Any

import numpy as np
import pytest
from numpy.typing import NDArray

from casereview.analysis.couinaud import (
    RIGHT_LIVER_SEGMENTS,
    CouinaudLandmarks,
    couinaud_segments,
    fit_couinaud_geometry,
    segment_volumes_ml,
)
from casereview.analysis.liver_resection import by_segments
from casereview.errors import ValidationError

GRIDS = {"isotropic": (1.0, 1.0, 1.0), "ct": (2.5, 0.7, 0.7)}
#: Semi-axes (mm): superior-inferior, antero-posterior, left-right.
AXES = (50.0, 60.0, 80.0)
#: Heights (s, mm from the centre) of the hepatic vein confluence and the portal bifurcation.
CONFLUENCE_S = 25.0
PORTAL_S = -5.0
#: Angles (degrees, from anterior towards the left, around the IVC axis).
RHV_DEG, MHV_DEG, LHV_DEG, UMBILICAL_DEG, PORTAL_DEG = -80.0, -5.0, 55.0, 30.0, -10.0
PORTAL_DEPTH = 35.0
CAUDATE_RADIUS = 30.0


def _rotation(axis: tuple[float, float, float], degrees: float) -> NDArray[np.float64]:
    k = np.asarray(axis) / np.linalg.norm(axis)
    cross = np.array([[0, -k[2], k[1]], [k[2], 0, -k[0]], [-k[1], k[0], 0]])
    angle = math.radians(degrees)
    turn: NDArray[np.float64] = (
        np.eye(3) + math.sin(angle) * cross + (1 - math.cos(angle)) * cross @ cross
    )
    return turn


#: Columns: where the anatomical s, a, l unit vectors point in the array frame (z, y, x).
UPRIGHT = np.array([[1.0, 0.0, 0.0], [0.0, -1.0, 0.0], [0.0, 0.0, 1.0]]).T
ORIENTATIONS = {
    "upright": UPRIGHT,
    "mirrored": UPRIGHT @ np.diag([1.0, 1.0, -1.0]),
    "tilted": _rotation((1.0, 0.6, -0.4), 28.0) @ UPRIGHT,
}


class Phantom:
    """The ellipsoidal liver voxelised on a grid, with its landmarks in array millimetres."""

    def __init__(
        self,
        spacing: tuple[float, float, float],
        basis: NDArray[np.float64],
        ivc: tuple[float, float] = (0.0, 0.0),
    ) -> None:
        self.spacing = spacing
        self.basis = basis
        #: Where the IVC's axis crosses each transverse section, (a, l) mm from the centre.
        self.ivc = ivc
        half = np.sqrt((basis**2) @ np.asarray(AXES) ** 2) + 3.0
        # Upright on the CT grid, the confluence's and the portal bifurcation's levels fall
        # between slices, so that the transverse boundaries are exactly sampled.
        self.centre = half + np.array([0.0, 0.35, 0.35])
        self.centre[0] = 1.25 + 2.5 * math.ceil((half[0] - 1.25) / 2.5)
        shape = [int(math.ceil(2 * (h + 1) / step)) for h, step in zip(half, spacing, strict=True)]
        axes = [
            (np.arange(n) * step - c)
            for n, step, c in zip(shape, spacing, self.centre, strict=True)
        ]
        z, y, x = axes[0][:, None, None], axes[1][None, :, None], axes[2][None, None, :]
        inside = np.zeros(shape, dtype=np.float64)
        for column, semi in zip(basis.T, AXES, strict=True):
            inside += ((z * column[0] + y * column[1] + x * column[2]) / semi) ** 2
        self.liver = inside <= 1.0

    def at(self, s: float, a: float, left: float) -> tuple[float, float, float]:
        point = self.centre + self.basis @ np.array([s, a, left])
        return (float(point[0]), float(point[1]), float(point[2]))

    def polar(self, s: float, radius: float, degrees: float) -> tuple[float, float, float]:
        """A point ``radius`` mm from the IVC's axis, at ``degrees`` from anterior to the left."""
        angle = math.radians(degrees)
        a0, l0 = self.ivc
        return self.at(s, a0 + radius * math.cos(angle), l0 + radius * math.sin(angle))

    def landmarks(self, *, umbilical: bool = False) -> CouinaudLandmarks:
        def vein(degrees: float) -> tuple[tuple[float, float, float], ...]:
            # Along the vein, rising towards the confluence as real hepatic veins do.
            return tuple(
                self.polar(s, r, degrees) for s, r in ((22.0, 12.0), (15.0, 30.0), (5.0, 45.0))
            )

        return CouinaudLandmarks(
            ivc_confluence_mm=self.polar(CONFLUENCE_S, 0.0, 0.0),
            ivc_inferior_mm=self.polar(-30.0, 0.0, 0.0),
            right_hepatic_vein_mm=vein(RHV_DEG),
            middle_hepatic_vein_mm=vein(MHV_DEG),
            left_hepatic_vein_mm=vein(LHV_DEG),
            portal_bifurcation_mm=self.polar(PORTAL_S, PORTAL_DEPTH, PORTAL_DEG),
            umbilical_fissure_mm=self.polar(0.0, 40.0, UMBILICAL_DEG) if umbilical else None,
        )


def _sector_share(start_deg: float, stop_deg: float) -> float:
    """Share of the ellipse (semi-axes AXES[1] anterior, AXES[2] left) between two rays from its
    centre, going from ``start`` towards the left to ``stop``."""

    def circle_angle(degrees: float) -> float:
        angle = math.radians(degrees)
        return math.atan2(math.sin(angle) / AXES[2], math.cos(angle) / AXES[1])

    sweep = (circle_angle(stop_deg) - circle_angle(start_deg)) % (2 * math.pi)
    return sweep / (2 * math.pi)


def _expected_ml(*, umbilical: bool = False) -> dict[int, float]:
    cs, ca, cl = AXES
    t = PORTAL_S / cs
    above = math.pi * ca * cl * cs * (2 / 3 - t + t**3 / 3)
    total = 4 / 3 * math.pi * ca * cl * cs
    below = total - above
    fissure = UMBILICAL_DEG if umbilical else LHV_DEG
    posterior = _sector_share(MHV_DEG + 180.0, RHV_DEG)
    anterior = _sector_share(RHV_DEG, MHV_DEG)
    medial = _sector_share(MHV_DEG, fissure)
    lateral = _sector_share(fissure, MHV_DEG + 180.0)
    assert posterior + anterior + medial + lateral == pytest.approx(1.0)
    height = CONFLUENCE_S - PORTAL_S

    def caudate(start_deg: float, stop_deg: float) -> float:
        """Segment 1 (a quarter cylinder from the portal direction to the left) within a
        sector."""
        low, high = max(start_deg, PORTAL_DEG), min(stop_deg, PORTAL_DEG + 90.0)
        return max(high - low, 0.0) * math.pi / 180.0 * CAUDATE_RADIUS**2 / 2 * height

    mm3 = {
        1: math.pi * CAUDATE_RADIUS**2 / 4 * height,
        2: lateral * above - caudate(fissure, MHV_DEG + 180.0),
        3: lateral * below,
        4: medial * total - caudate(MHV_DEG, fissure),
        5: anterior * below,
        6: posterior * below,
        7: posterior * above,
        8: anterior * above - caudate(RHV_DEG, MHV_DEG),
    }
    return {segment: value / 1000.0 for segment, value in mm3.items()}


def _check(phantom: Phantom, *, umbilical: bool = False) -> dict[int, float]:
    labels = couinaud_segments(
        phantom.liver,
        phantom.spacing,
        phantom.landmarks(umbilical=umbilical),
        caudate_radius_mm=CAUDATE_RADIUS,
    )
    assert labels.dtype == np.uint8 and labels.shape == phantom.liver.shape
    # The labels partition the liver: 1-8 on every liver voxel, 0 elsewhere.
    assert ((labels > 0) == phantom.liver).all()
    assert set(np.unique(labels[phantom.liver]).tolist()) == set(range(1, 9))
    measured = segment_volumes_ml(labels, phantom.spacing)
    expected = _expected_ml(umbilical=umbilical)
    errors = {s: measured[s] / expected[s] - 1.0 for s in range(1, 9)}
    assert max(abs(e) for e in errors.values()) < 0.03, errors
    assert sum(measured.values()) == pytest.approx(sum(expected.values()), rel=0.01)
    right = by_segments(labels, RIGHT_LIVER_SEGMENTS, np.zeros_like(phantom.liver), phantom.spacing)
    right_expected = sum(expected[s] for s in RIGHT_LIVER_SEGMENTS)
    assert right.resected_ml == pytest.approx(right_expected, rel=0.01)
    return errors


@pytest.mark.parametrize(
    ("grid", "orientation"),
    [
        ("isotropic", "upright"),
        ("ct", "upright"),
        ("ct", "mirrored"),
        ("isotropic", "tilted"),
        ("ct", "tilted"),
    ],
)
def test_segment_volumes_match_the_analytic_phantom(grid: str, orientation: str) -> None:
    _check(Phantom(GRIDS[grid], ORIENTATIONS[orientation]))


def _monte_carlo_ml(ivc: tuple[float, float], samples: int = 4_000_000) -> dict[int, float]:
    """Segment volumes (mL) of the ellipsoid with the IVC's axis off its centre, by sampling it
    uniformly (fixed seed) and sorting each sample by its angle around the axis and its height.
    """
    rng = np.random.default_rng(17)
    unit = rng.uniform(-1.0, 1.0, size=(samples, 3))
    unit = unit[(unit**2).sum(axis=1) <= 1.0]
    s, a, left = (unit * np.asarray(AXES)).T
    across_a, across_l = a - ivc[0], left - ivc[1]
    angle = np.degrees(np.arctan2(across_l, across_a))

    def within(start: float, stop: float) -> NDArray[np.bool_]:
        return np.asarray((angle - start) % 360.0 < (stop - start) % 360.0)

    above = s >= PORTAL_S
    caudate = (
        above
        & (s <= CONFLUENCE_S)
        & within(PORTAL_DEG, PORTAL_DEG + 90.0)
        & (np.hypot(across_a, across_l) <= CAUDATE_RADIUS)
    )
    right_posterior, right_anterior = within(MHV_DEG + 180, RHV_DEG), within(RHV_DEG, MHV_DEG)
    medial = within(MHV_DEG, LHV_DEG)
    lateral = ~(right_posterior | right_anterior | medial)
    regions = {
        1: caudate,
        2: lateral & above,
        3: lateral & ~above,
        4: medial,
        5: right_anterior & ~above,
        6: right_posterior & ~above,
        7: right_posterior & above,
        8: right_anterior & above,
    }
    total_ml = 4 / 3 * math.pi * math.prod(AXES) / 1000.0
    share = {
        segment: np.count_nonzero(region if segment == 1 else region & ~caudate) / len(unit)
        for segment, region in regions.items()
    }
    return {segment: float(value) * total_ml for segment, value in share.items()}


def test_segment_volumes_with_the_ivc_at_the_back_of_the_liver() -> None:
    """The IVC runs behind the liver's centre and to its right, as in a patient: the sections
    are no longer similar, so the truth comes from sampling the analytic shapes."""
    ivc = (-25.0, -10.0)
    phantom = Phantom(GRIDS["ct"], ORIENTATIONS["tilted"], ivc=ivc)
    labels = couinaud_segments(
        phantom.liver, phantom.spacing, phantom.landmarks(), caudate_radius_mm=CAUDATE_RADIUS
    )
    assert ((labels > 0) == phantom.liver).all()
    measured = segment_volumes_ml(labels, phantom.spacing)
    expected = _monte_carlo_ml(ivc)
    errors = {s: measured[s] / expected[s] - 1.0 for s in range(1, 9)}
    assert max(abs(e) for e in errors.values()) < 0.03, errors


def test_the_umbilical_fissure_replaces_the_left_hepatic_vein_for_segment_4() -> None:
    phantom = Phantom(GRIDS["ct"], ORIENTATIONS["tilted"])
    _check(phantom, umbilical=True)


def test_vein_planes_are_least_squares_fits_containing_the_ivc_axis() -> None:
    """Points scattered symmetrically off the vein's plane give back that plane; the fitted
    plane contains the IVC axis whatever the scatter."""
    phantom = Phantom(GRIDS["ct"], ORIENTATIONS["tilted"])
    exact = phantom.landmarks()
    scattered = []
    # Pairs at one distance from the axis, off the plane by opposite amounts: the least-squares
    # plane through the axis is the vein's own.
    for s, r, off in ((22.0, 20.0, 3.0), (18.0, 20.0, -3.0), (12.0, 40.0, 2.0), (5.0, 40.0, -2.0)):
        angle = math.radians(RHV_DEG)
        radial = np.array([math.cos(angle), math.sin(angle)])
        normal = np.array([-math.sin(angle), math.cos(angle)])
        a, l = r * radial + off * normal
        scattered.append(phantom.at(s, float(a), float(l)))
    geometry = fit_couinaud_geometry(replace(exact, right_hepatic_vein_mm=tuple(scattered)))
    reference = fit_couinaud_geometry(exact)
    normal = np.asarray(geometry.right.plane.normal)
    assert abs(float(normal @ np.asarray(reference.right.plane.normal))) == pytest.approx(1.0)
    assert float(normal @ np.asarray(geometry.superior)) == pytest.approx(0.0, abs=1e-12)
    assert geometry.right.rms_residual_mm == pytest.approx(math.sqrt((9 + 9 + 4 + 4) / 4))
    assert reference.right.rms_residual_mm == pytest.approx(0.0, abs=1e-9)
    # The superior direction is the IVC's, pointing to the confluence.
    assert np.asarray(geometry.superior) == pytest.approx(phantom.basis[:, 0])


def test_segment_volumes_count_voxels() -> None:
    labels = np.zeros((2, 3, 4), dtype=np.uint8)
    labels[0, 0, :3] = 5
    labels[1, 2, 1] = 1
    volumes = segment_volumes_ml(labels, (2.0, 1.0, 0.5))
    assert volumes == {1: 0.001, 2: 0.0, 3: 0.0, 4: 0.0, 5: 0.003, 6: 0.0, 7: 0.0, 8: 0.0}
    labels[0, 0, 0] = 9
    with pytest.raises(ValidationError, match="1 to 8"):
        segment_volumes_ml(labels, (1.0, 1.0, 1.0))
    with pytest.raises(ValidationError, match="spacing must be positive"):
        segment_volumes_ml(labels, (1.0, -1.0, 1.0))


def test_degenerate_landmarks_are_refused() -> None:
    phantom = Phantom(GRIDS["ct"], ORIENTATIONS["upright"])
    good = phantom.landmarks()
    spacing = phantom.spacing

    def refused(match: str, **changes: Any) -> None:
        with pytest.raises(ValidationError, match=match):
            couinaud_segments(phantom.liver, spacing, replace(good, **changes))

    along_axis = (phantom.at(20.0, 1.0, 0.5), phantom.at(0.0, -2.0, 1.0))
    refused("middle hepatic vein lie along the IVC's axis", middle_hepatic_vein_mm=along_axis)
    both_sides = (phantom.polar(10.0, 30.0, RHV_DEG), phantom.polar(10.0, 30.0, RHV_DEG + 180))
    refused("right hepatic vein lie on both sides", right_hepatic_vein_mm=both_sides)
    same_side = tuple(phantom.polar(s, r, 25.0) for s, r in ((20.0, 15.0), (10.0, 40.0)))
    refused("either side of the middle hepatic vein", right_hepatic_vein_mm=same_side)
    refused(
        "either side.*umbilical fissure",
        umbilical_fissure_mm=phantom.polar(0.0, 40.0, MHV_DEG + 2.0),
    )
    refused("portal bifurcation must lie", portal_bifurcation_mm=phantom.polar(30.0, 30.0, 0.0))
    refused("portal bifurcation must lie", portal_bifurcation_mm=phantom.at(-10.0, 2.0, 0.0))
    refused("beside the IVC", portal_bifurcation_mm=phantom.polar(-10.0, 30.0, MHV_DEG + 90.0))
    refused("'portal bifurcation' lies outside", portal_bifurcation_mm=phantom.at(-5, 300.0, 0))
    refused(
        "'left hepatic vein' lies outside",
        left_hepatic_vein_mm=(*good.left_hepatic_vein_mm, phantom.at(80.0, 0.0, 20.0)),
    )
    with pytest.raises(ValidationError, match="at least two points along the right"):
        replace(good, right_hepatic_vein_mm=good.right_hepatic_vein_mm[:1])
    with pytest.raises(ValidationError, match="IVC points are 4.0 mm apart"):
        replace(good, ivc_inferior_mm=phantom.at(CONFLUENCE_S - 4.0, 0.0, 0.0))
    with pytest.raises(ValidationError, match="three finite numbers"):
        replace(good, portal_bifurcation_mm=(1.0, float("nan"), 2.0))
    with pytest.raises(ValidationError, match="three finite numbers"):
        two_numbers: Any = ((1.0, 2.0), (3.0, 4.0, 5.0))
        replace(good, middle_hepatic_vein_mm=two_numbers)
    with pytest.raises(ValidationError, match="positive number of mm"):
        couinaud_segments(phantom.liver, spacing, good, caudate_radius_mm=0.0)
    with pytest.raises(ValidationError, match="segment the liver first"):
        couinaud_segments(np.zeros_like(phantom.liver), spacing, good)
    with pytest.raises(ValidationError, match="3-D volume"):
        couinaud_segments(phantom.liver[0], spacing, good)
    with pytest.raises(ValidationError, match="spacing must be positive"):
        couinaud_segments(phantom.liver, (0.0, 0.7, 0.7), good)
