"""Contact angles and lengths on analytic phantoms with known answers.

Each phantom is a tube (4 mm radius) along a straight, oblique (30 and 60 degrees to z) or curved
(35 mm radius) axis, on isotropic 0.7 mm voxels and on 0.7 x 0.7 mm pixels in 2.5 mm slices,
with a tumour sector around it 14 mm long: touching over 30 to 360 degrees in 30 degree steps
(360 encases the vessel), or 2 mm away (no contact). Sector orientations are random (seeded).
"""

from __future__ import annotations

import json
from functools import cache

import numpy as np
import pytest
from vessel_phantoms import Axis, Phantom, Sector, make_phantom

from casereview.analysis.assessment import assess_vessel
from casereview.analysis.centreline import Centreline, compute_centreline
from casereview.analysis.vessel_contact import (
    DEFAULT_TOLERANCE_MM,
    ContactArc,
    DistanceField,
    VesselContactMeasurement,
    measure_along,
    section_frame,
)
from casereview.demo.truth import CONTACT_TOLERANCE_MM

RADIUS = 4.0
LENGTH = 14.0
SPACINGS = {"isotropic": (0.7, 0.7, 0.7), "thick": (2.5, 0.7, 0.7)}
AXES = {
    "straight": Axis((22.0, 22.0, 22.0), 0.0),
    "oblique30": Axis((22.0, 22.0, 22.0), 30.0),
    "oblique60": Axis((22.0, 22.0, 22.0), 60.0),
    "curved": Axis((22.0, 22.0, 22.0), 30.0, 35.0),
}
WIDTHS = tuple(range(30, 361, 30))


@cache
def _vessel(geometry: str, voxels: str) -> tuple[Phantom, Centreline, DistanceField]:
    """The tube alone, its centreline and its distance map (shared by every tumour around it)."""
    spacing = SPACINGS[voxels]
    phantom = make_phantom(AXES[geometry], RADIUS, None, spacing)
    line = compute_centreline(phantom.vessel, spacing)
    field = DistanceField.of_mask(phantom.vessel, spacing, margin_mm=3.0)
    return phantom, line, field


def _measure(geometry: str, voxels: str, sector: Sector) -> VesselContactMeasurement:
    vessel, line, field = _vessel(geometry, voxels)
    spacing = SPACINGS[voxels]
    tumour = make_phantom(AXES[geometry], RADIUS, sector, spacing).tumour
    tumour_field = DistanceField.of_mask(tumour, spacing, margin_mm=8.0)
    return measure_along(line, field, tumour_field, name="sma")


def test_the_tolerance_is_the_ground_truths() -> None:
    assert DEFAULT_TOLERANCE_MM == CONTACT_TOLERANCE_MM


@pytest.mark.slow
def test_contact_angles_and_lengths_on_phantoms() -> None:
    rng = np.random.default_rng(20240516)
    errors, length_errors, rows = [], [], []
    for geometry in AXES:
        for voxels, spacing in SPACINGS.items():
            for width in WIDTHS:
                start = float(rng.uniform(0.0, 360.0))
                sector = Sector(RADIUS, RADIUS + 7.0, start, float(width), -LENGTH / 2, LENGTH / 2)
                m = _measure(geometry, voxels, sector)
                errors.append(m.angle_deg - width)
                rows.append(f"{geometry} {voxels} {width}: {m.angle_deg}")
                # The length along the centreline, to a voxel and a half of the slice.
                length_errors.append(abs(m.length_mm - LENGTH))
                assert abs(m.length_mm - LENGTH) <= 1.5 * max(spacing), rows[-1]
                assert m.min_gap_mm is not None and m.min_gap_mm <= 0.2
            # Tumour 2 mm away, half round or all round: no contact, and the gap is seen.
            for width in (180.0, 360.0):
                gap = Sector(RADIUS + 2.0, RADIUS + 7.0, 0.0, width, -LENGTH / 2, LENGTH / 2)
                m = _measure(geometry, voxels, gap)
                assert m.angle_deg == 0.0 and m.length_mm == 0.0, (geometry, voxels, width)
                assert m.contact_start_mm is None and not m.in_contact
                # Binary voxels place each wall to half a voxel: the gap to about a voxel.
                assert m.min_gap_mm is not None and 1.2 <= m.min_gap_mm <= 2.6
    absolute = np.abs(errors)
    summary = f"median {np.median(absolute):.1f}, max {absolute.max():.1f}\n" + "\n".join(rows)
    assert np.median(absolute) <= 3.0, summary
    assert absolute.max() <= 8.0, summary


def _arc_middle(arc: ContactArc) -> float:
    return (arc.start_deg + arc.width_deg / 2.0) % 360.0


def test_arcs_lie_where_the_tumour_is_in_the_sections_frame() -> None:
    sector = Sector(RADIUS, RADIUS + 7.0, 40.0, 120.0, -LENGTH / 2, LENGTH / 2)
    m = _measure("oblique30", "isotropic", sector)
    axis = AXES["oblique30"]
    # Sections at the tumour's ends see part of it; the others its whole width.
    touching = [s for s in m.sections if abs(s.angle_deg - 120.0) <= 8.0]
    assert len(touching) >= 8
    for section in touching:
        assert len(section.arcs) == 1
        arc = section.arcs[0]
        assert sum(a.width_deg for a in section.arcs) == pytest.approx(section.angle_deg, abs=1.5)
        # The arc's middle, drawn from the section's centre in its own frame, is inside the
        # tumour's sector (the phantom knows its angle there).
        u = np.array(section.axis_u)
        v = np.cross(np.array(section.normal), u)
        middle = np.radians(_arc_middle(arc))
        probe = np.array(section.centre_mm) + (RADIUS + 2.0) * (
            np.cos(middle) * u + np.sin(middle) * v
        )
        _, _, angle = axis.frame(probe[None, :])
        relative = (np.degrees(angle[0]) - 40.0) % 360.0
        assert relative == pytest.approx(60.0, abs=6.0)
        # The frame is orthonormal and the normal follows the vessel.
        assert abs(np.dot(u, section.normal)) < 1e-6
        assert np.linalg.norm(u) == pytest.approx(1.0)
    assert m.contact_start_mm is not None and m.contact_end_mm is not None
    assert m.contact_end_mm - m.contact_start_mm == pytest.approx(m.length_mm, abs=0.01)


def test_an_arc_through_zero_degrees_wraps() -> None:
    tangent = np.array([1.0, 0.0, 0.0])
    u, v = section_frame(tangent)
    assert np.allclose(u, [0.0, -1.0, 0.0]) and np.allclose(np.cross(tangent, u), v)
    arc = ContactArc(330.0, 20.0)
    assert arc.width_deg == pytest.approx(50.0)
    assert ContactArc(0.0, 360.0).width_deg == 360.0


def test_measurement_round_trips_through_json() -> None:
    sector = Sector(RADIUS, RADIUS + 7.0, 100.0, 210.0, -LENGTH / 2, LENGTH / 2)
    m = _measure("curved", "thick", sector)
    text = json.dumps(m.to_json())
    back = VesselContactMeasurement.from_json(json.loads(text))
    assert back == m
    with pytest.raises(ValueError, match="newer"):
        VesselContactMeasurement.from_json({**m.to_json(), "schema": 99})


def test_single_vessel_entry_point_crops_to_the_tumour() -> None:
    spacing = SPACINGS["thick"]
    sector = Sector(RADIUS, RADIUS + 7.0, 0.0, 90.0, -LENGTH / 2, LENGTH / 2)
    phantom = make_phantom(AXES["straight"], RADIUS, sector, spacing)
    m = assess_vessel(phantom.vessel, phantom.tumour, spacing, kind="smv")
    assert m is not None and m.vessel == "smv"
    assert m.angle_deg == pytest.approx(90.0, abs=8.0)
    far = np.zeros_like(phantom.vessel)
    far[0:2, 0:3, 0:3] = True
    assert assess_vessel(far, phantom.tumour, spacing, region_mm=5.0) is None
