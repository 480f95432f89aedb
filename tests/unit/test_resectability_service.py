"""The resectability service's pieces that need no database: the analysis-to-domain adapter,
vessel kinds and segment references."""

from __future__ import annotations

import pytest

from casereview.analysis.vessel_contact import VesselContactMeasurement
from casereview.app.cli_resectability import parse_vessel_options
from casereview.domain.resectability import VesselKind
from casereview.domain.segments import TEMPLATE_BY_KEY, Segment
from casereview.errors import ValidationError
from casereview.services.resectability import (
    find_segment,
    parse_vessel_kind,
    to_vessel_measurement,
)


def _contact(angle: float, length: float) -> VesselContactMeasurement:
    return VesselContactMeasurement(
        vessel="smv",
        angle_deg=angle,
        length_mm=length,
        contact_start_mm=10.0 if angle else None,
        contact_end_mm=10.0 + length if angle else None,
        min_gap_mm=0.0 if angle else 3.0,
        sections=(),
        branch_distances=(),
        centreline_length_mm=80.0,
        tolerance_mm=1.0,
        n_rays=360,
    )


def test_adapter_keeps_angle_length_and_segment() -> None:
    m = to_vessel_measurement(VesselKind.SMV, _contact(208.04, 27.96), "seg-uuid", "m-1")
    assert m.vessel is VesselKind.SMV
    assert m.angle_deg == 208.0
    assert m.length_mm == 28.0
    assert m.effective_angle_deg == 208.0
    assert not m.is_overridden
    assert m.provenance.segment_uid == "seg-uuid"
    assert m.provenance.measurement_id == "m-1"


def test_adapter_without_contact_measurement_is_no_contact() -> None:
    m = to_vessel_measurement(VesselKind.CHA, None, "seg-uuid")
    assert (m.angle_deg, m.length_mm, m.in_contact) == (0.0, 0.0, False)
    assert m.provenance.segment_uid == "seg-uuid"
    zero = to_vessel_measurement(VesselKind.PV, _contact(0.0, 0.0), "pv-uuid")
    assert (zero.angle_deg, zero.length_mm) == (0.0, 0.0)


def test_adapter_clamps_rounding_noise() -> None:
    assert to_vessel_measurement(VesselKind.SMA, _contact(360.04, 5.0), "u").angle_deg == 360.0


def test_vessel_kinds() -> None:
    assert parse_vessel_kind(" SMA ") is VesselKind.SMA
    with pytest.raises(ValidationError, match="not a vessel that is graded"):
        parse_vessel_kind("splenic")
    assert parse_vessel_options(["sma=SMA 2", "pv = abc"]) == {"sma": "SMA 2", "pv": "abc"}
    with pytest.raises(ValidationError, match="KIND=SEGMENT"):
        parse_vessel_options(["sma="])
    with pytest.raises(ValidationError, match="twice"):
        parse_vessel_options(["sma=a", "SMA=b"])


def _segment(uuid: str, name: str, number: int) -> Segment:
    template = TEMPLATE_BY_KEY["sma"]
    return Segment(
        uuid, 1, number, name, template.category, template.type, template.colour, "1.2.3"
    )


def test_segment_references() -> None:
    segments = [_segment("u1", "SMA", 1), _segment("u2", "sma", 2), _segment("u3", "Vein", 3)]
    assert find_segment(segments, "u2").number == 2
    assert find_segment(segments, "vein").number == 3
    with pytest.raises(ValidationError, match="Several segments"):
        find_segment(segments, "Sma")
    with pytest.raises(ValidationError, match="no segment 'x'"):
        find_segment(segments, "x")
