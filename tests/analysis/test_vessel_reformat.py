"""The straightened reformation and cross-sections of a vessel, on synthetic tubes.

A straight tube along z: its sections are axial, so the reformation is the axial profile along
``axis_u`` (the array's -y) and the cross-section is the axial slice. An oblique tube measured
by the contact analysis: its cross-section shows the vessel as a disc around the middle pixel
and the tumour where the measured arc says. A point placed in a section's plane at a known
angle and radius appears where :func:`angle_to_pixel` says.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from vessel_phantoms import Axis, Sector, make_phantom

from casereview.analysis.assessment import assess_vessel
from casereview.analysis.vessel_contact import ContactArc, ContactSection
from casereview.analysis.vessel_reformat import (
    OUTSIDE_VALUE,
    PlaneImage,
    angle_to_pixel,
    cross_section,
    curved_planar_reformation,
    pixel_to_angle,
    section_axes,
    section_point_mm,
)


def _section(
    centre: tuple[float, float, float],
    normal: tuple[float, float, float] = (1.0, 0.0, 0.0),
    axis_u: tuple[float, float, float] = (0.0, -1.0, 0.0),
    arclength: float = 0.0,
) -> ContactSection:
    return ContactSection(
        arclength_mm=arclength,
        centre_mm=centre,
        normal=normal,
        axis_u=axis_u,
        angle_deg=0.0,
        arcs=(),
        radius_mm=4.0,
        gap_mm=None,
    )


def _straight_volume() -> tuple[np.ndarray, tuple[float, float, float]]:
    rng = np.random.default_rng(7)
    spacing = (2.0, 0.8, 0.8)
    volume = rng.integers(-200, 300, size=(20, 80, 80)).astype(np.int16)
    return volume, spacing


def test_cpr_of_a_straight_tube_along_z_is_the_axial_profile() -> None:
    volume, spacing = _straight_volume()
    cy, cx = 40, 37
    sections = [
        _section((k * spacing[0], cy * spacing[1], cx * spacing[2]), arclength=2.0 * i)
        for i, k in enumerate(range(3, 17))
    ]
    mask = np.zeros(volume.shape, dtype=bool)
    mask[:, cy - 5 : cy + 6, cx] = True
    cpr = curved_planar_reformation(
        volume, spacing, sections, vessel=mask, half_width_mm=12.0, pixel_mm=0.8
    )
    half = 15  # 12 mm at 0.8 mm
    assert cpr.image.shape == (len(sections), 2 * half + 1)
    assert cpr.centre_index == half
    for row, k in enumerate(range(3, 17)):
        # Columns grow along axis_u = -y (anterior): the axial profile along y, reversed.
        profile = volume[k, cy - half : cy + half + 1, cx][::-1]
        np.testing.assert_allclose(cpr.image[row], profile, atol=1e-3)
    assert cpr.vessel is not None
    assert np.array_equal(cpr.vessel[0], np.abs(np.arange(2 * half + 1) - half) <= 5)


def test_cross_section_of_a_straight_tube_is_the_axial_slice() -> None:
    volume, spacing = _straight_volume()
    cy, cx = 40, 37
    section = _section((8 * spacing[0], cy * spacing[1], cx * spacing[2]))
    u, v = section_axes(section)
    np.testing.assert_allclose(v, (0.0, 0.0, -1.0))  # normal x axis_u: to the left (-x)
    image = cross_section(volume, spacing, section, half_width_mm=8.0, pixel_mm=0.8)
    half = 10
    np.testing.assert_allclose(
        image.image, volume[8, cy - half : cy + half + 1, cx - half : cx + half + 1], atol=1e-3
    )


def test_samples_outside_the_volume_read_air() -> None:
    volume, spacing = _straight_volume()
    section = _section((8 * spacing[0], 2.0, 2.0))  # near the corner: half the plane is outside
    image = cross_section(volume, spacing, section, half_width_mm=10.0, pixel_mm=1.0)
    assert image.image[0, 0] == OUTSIDE_VALUE  # anterior-left of the corner: outside
    assert image.image[-1, -1] != OUTSIDE_VALUE


@pytest.mark.parametrize("angle", [0.0, 60.0, 135.0, 250.0])
def test_a_known_point_maps_where_expected_on_an_oblique_plane(angle: float) -> None:
    spacing = (1.0, 1.0, 1.0)
    tilt = math.radians(35.0)
    normal = (math.cos(tilt), 0.0, math.sin(tilt))
    axis_u = (-math.sin(tilt), 0.0, math.cos(tilt))
    section = _section((30.0, 30.0, 30.0), normal=normal, axis_u=axis_u)
    target = section_point_mm(section, angle, 9.0)
    zz, yy, xx = np.meshgrid(*(np.arange(60.0),) * 3, indexing="ij")
    distance2 = (zz - target[0]) ** 2 + (yy - target[1]) ** 2 + (xx - target[2]) ** 2
    volume = (1000.0 * np.exp(-distance2 / 4.0)).astype(np.float32)
    image = cross_section(volume, spacing, section, half_width_mm=15.0, pixel_mm=0.5)
    row, column = np.unravel_index(int(np.argmax(image.image)), image.image.shape)
    expected_column, expected_row = angle_to_pixel(angle, 9.0, image)
    assert abs(column - expected_column) <= 1.0 and abs(row - expected_row) <= 1.0
    assert pixel_to_angle(expected_column, expected_row, image) == pytest.approx(angle, abs=1e-6)


def test_angles_run_counter_clockwise_from_twelve_o_clock() -> None:
    image = PlaneImage(np.zeros((21, 21), np.float32), None, None, 1.0, 10.0)
    assert angle_to_pixel(0.0, 5.0, image) == pytest.approx((10.0, 5.0))  # up
    assert angle_to_pixel(90.0, 5.0, image) == pytest.approx((5.0, 10.0))  # left
    assert angle_to_pixel(180.0, 5.0, image) == pytest.approx((10.0, 15.0))  # down
    assert pixel_to_angle(15.0, 10.0, image) == pytest.approx(270.0)  # right


def _arc_middle(arc: ContactArc) -> float:
    return (arc.start_deg + arc.width_deg / 2.0) % 360.0


def test_oblique_tube_cross_section_shows_the_vessel_and_the_measured_arc() -> None:
    spacing = (0.7, 0.7, 0.7)
    axis = Axis((22.0, 22.0, 22.0), 30.0)
    sector = Sector(4.0, 9.0, 40.0, 120.0, -7.0, 7.0)
    phantom = make_phantom(axis, 4.0, sector, spacing)
    volume = np.where(phantom.vessel, 200, np.where(phantom.tumour, 40, -100)).astype(np.int16)
    measured = assess_vessel(phantom.vessel, phantom.tumour, spacing, kind="sma")
    assert measured is not None and measured.angle_deg == pytest.approx(120.0, abs=8.0)
    section = max(measured.sections, key=lambda s: s.angle_deg)
    image = cross_section(
        volume,
        spacing,
        section,
        tumour=phantom.tumour,
        vessel=phantom.vessel,
        half_width_mm=12.0,
        pixel_mm=0.35,
    )
    assert image.vessel is not None and image.tumour is not None
    h = image.centre_index
    assert image.vessel[h, h] and not image.tumour[h, h]
    # The vessel is a disc of about 4 mm around the middle pixel.
    rows, cols = np.nonzero(image.vessel)
    assert abs(rows.mean() - h) < 2.0 and abs(cols.mean() - h) < 2.0
    area_mm2 = image.vessel.sum() * image.pixel_mm**2
    assert area_mm2 == pytest.approx(math.pi * 16.0, rel=0.2)
    # Tumour in the middle of the measured arc, just outside the wall; none opposite.
    middle = _arc_middle(section.arcs[0])
    column, row = angle_to_pixel(middle, section.radius_mm + 2.0, image)
    assert image.tumour[int(round(row)), int(round(column))]
    column, row = angle_to_pixel(middle + 180.0, section.radius_mm + 2.0, image)
    assert not image.tumour[int(round(row)), int(round(column))]
    # The image shows the values the masks were given.
    assert image.image[h, h] == pytest.approx(200.0, abs=1.0)
    # The reformation: the vessel runs down the middle column of every row.
    cpr = curved_planar_reformation(
        volume, spacing, measured.sections, vessel=phantom.vessel, half_width_mm=10.0
    )
    assert cpr.vessel is not None
    assert cpr.image.shape[0] == len(measured.sections)
    assert cpr.vessel[:, cpr.centre_index].all()
