"""The SAR/APA structured report: the template as data, pre-fill from an assessment with a link
for every filled field, people's entries, and the JSON round trip (no Qt, no I/O)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import pytest

from casereview.domain.resectability import (
    AngleOverride,
    Provenance,
    VesselKind,
    VesselMeasurement,
)
from casereview.domain.resectability_findings import (
    ArterialVariant,
    FindingKind,
    ResectabilityInputs,
    ThrombusKind,
    TumourLocation,
    VariantKind,
    VesselFinding,
)
from casereview.domain.sar_apa import (
    FieldSource,
    FieldStatus,
    ReportEntry,
    ReportField,
    SourceKind,
    StructuredReport,
    TumourSize,
    prefill_sar_apa,
    sources_of,
)
from casereview.domain.sar_apa_template import (
    SAR_APA_CITATION,
    SAR_APA_FIELDS,
    SAR_APA_SECTIONS,
    FieldKind,
)
from casereview.errors import ValidationError
from casereview.messages import Message

V = VesselKind
WHEN = datetime(2026, 3, 4, 10, 30)
FILLED, TBC, NA = FieldStatus.FILLED, FieldStatus.TO_BE_COMPLETED, FieldStatus.NOT_APPLICABLE


def measured(vessel: VesselKind, angle: float, **kw: Any) -> VesselMeasurement:
    """A measurement as the analysis gives it: id, segment and key image."""
    name = vessel.value if kw.get("branch_of") is None else f"{vessel.value}-{kw['branch_of']}"
    return VesselMeasurement(
        vessel,
        angle,
        provenance=Provenance(
            measurement_id=f"m-{name}", segment_uid=f"1.2.826.0.9.{len(name)}", key_image_uid=""
        ),
        **kw,
    )


def assessment(**changes: Any) -> ResectabilityInputs:
    values: dict[str, Any] = {
        "measurements": (
            measured(V.SMA, 94.0),
            measured(V.CELIAC, 0.0),
            measured(V.CHA, 180.0),
            measured(V.SMV, 208.0),
            measured(V.PV, 0.0),
            measured(V.JEJUNAL, 0.0, branch_of=V.SMA),
        ),
        "tumour_location": TumourLocation.HEAD,
        "location_provenance": Provenance(entered_by="Dr Li", entered_at=WHEN),
    }
    values.update(changes)
    return ResectabilityInputs(**values)


def test_the_template_has_the_four_sections_of_the_consensus_statement() -> None:
    assert [s.key for s in SAR_APA_SECTIONS] == [
        "morphology",
        "arterial",
        "venous",
        "extrapancreatic",
    ]
    assert "Radiology 2014;270(1):248-260" in SAR_APA_CITATION
    assert "Gastroenterology 2014;146(1):291-304.e1" in SAR_APA_CITATION
    keys = [f.key for s in SAR_APA_SECTIONS for f in s.fields]
    assert len(keys) == len(set(keys)) == len(SAR_APA_FIELDS)
    for section in SAR_APA_SECTIONS:
        assert isinstance(section.title, Message)
        for f in section.fields:
            assert f.key.startswith(section.key + ".")
            assert isinstance(f.label, Message)
            assert bool(f.choices) == (f.kind in (FieldKind.CHOICE, FieldKind.CHOICES))
            if f.applies_when is not None:
                parent, value = f.applies_when
                assert keys.index(parent) < keys.index(f.key)
                assert value in {c.value for c in SAR_APA_FIELDS[parent].choices}
    for vessel in ("sma", "celiac", "cha"):
        for item in ("contact", "solid_degree", "hazy_degree", "narrowing"):
            assert f"arterial.{vessel}.{item}" in SAR_APA_FIELDS
    for vessel in ("pv", "smv"):
        for item in ("contact", "solid_degree", "hazy_degree", "narrowing"):
            assert f"venous.{vessel}.{item}" in SAR_APA_FIELDS
    assert {c.value for c in SAR_APA_FIELDS["morphology.location"].choices} == {
        loc.value for loc in TumourLocation
    }


def test_contact_fields_rest_on_the_measurement_and_segment() -> None:
    report = prefill_sar_apa(assessment())
    smv = report.field("venous.smv.contact")
    assert (smv.value, smv.status) == ("present", FILLED)
    assert [(s.kind, s.reference) for s in smv.sources] == [
        (SourceKind.MEASUREMENT, "m-smv"),
        (SourceKind.SEGMENT, "1.2.826.0.9.3"),
    ]
    assert report.field("venous.smv.solid_degree").value == "gt_180"
    assert report.field("venous.smv.solid_degree").sources == smv.sources
    assert report.field("arterial.sma.solid_degree").value == "le_180"
    # Exactly 180 degrees is "≤180°", as in the criteria.
    assert report.field("arterial.cha.solid_degree").value == "le_180"
    assert report.field("arterial.sma.first_branch").value == "absent"


def test_fields_without_contact_do_not_apply_and_unknown_ones_are_to_be_completed() -> None:
    report = prefill_sar_apa(assessment())
    assert report.field("arterial.celiac.contact").value == "absent"
    for item in ("solid_degree", "hazy_degree", "narrowing"):
        assert report.field(f"arterial.celiac.{item}").status is NA
        assert report.field(f"venous.pv.{item}").status is NA
    # Hazy stranding and narrowing are a reader's call; nobody recorded them.
    assert report.field("arterial.sma.hazy_degree").status is TBC
    assert report.field("arterial.sma.narrowing").status is TBC
    # No jejunal vein measured: to be completed, not "absent".
    assert report.field("venous.smv.first_jejunal").status is TBC
    missing_pv = prefill_sar_apa(assessment(measurements=(measured(V.SMV, 10.0),)))
    assert missing_pv.field("venous.pv.contact").status is TBC
    assert missing_pv.field("venous.pv.solid_degree").status is TBC
    for key in (
        "morphology.appearance",
        "morphology.duct_cutoff",
        "morphology.biliary_cutoff",
        "venous.collaterals",
        "extrapancreatic.liver_lesions",
        "extrapancreatic.peritoneal_nodules",
        "extrapancreatic.ascites",
        "extrapancreatic.lymph_nodes",
        "extrapancreatic.other",
    ):
        assert report.field(key).status is TBC, key
        assert key in report.to_complete()


def test_an_override_is_reported_with_who_set_it() -> None:
    sma = measured(V.SMA, 175.0).with_override(AngleOverride(200.0, "Dr Dubois", WHEN))
    report = prefill_sar_apa(assessment(measurements=(sma,)))
    degree = report.field("arterial.sma.solid_degree")
    assert degree.value == "gt_180"
    assert FieldSource(SourceKind.ENTERED, "Dr Dubois", WHEN) in degree.sources
    assert FieldSource(SourceKind.MEASUREMENT, "m-sma") in degree.sources
    assert degree.sources[-1].describe() == "entered by Dr Dubois"


def test_findings_fill_narrowing_thrombus_and_extension_with_their_key_images() -> None:
    findings = (
        VesselFinding(
            V.SMV,
            FindingKind.TEAR_DROP,
            "Dr Li",
            WHEN,
            provenance=Provenance(key_image_uid="2.25.1"),
        ),
        VesselFinding(V.SMV, FindingKind.THROMBUS, "Dr Li", WHEN, thrombus=ThrombusKind.TUMOUR),
        VesselFinding(V.PV, FindingKind.THROMBUS, "Dr Wang", thrombus=ThrombusKind.BLAND),
        VesselFinding(V.CHA, FindingKind.EXTENSION_TO_CELIAC_AXIS, "Dr Li"),
        VesselFinding(V.SMA, FindingKind.NARROWING, "Dr Li"),
    )
    report = prefill_sar_apa(assessment(findings=findings))
    narrowing = report.field("venous.smv.narrowing")
    assert narrowing.value == "present"
    assert [(s.kind, s.reference) for s in narrowing.sources] == [
        (SourceKind.KEY_IMAGE, "2.25.1"),
        (SourceKind.ENTERED, "Dr Li"),
    ]
    assert report.field("venous.thrombus").value == "present"
    assert report.field("venous.thrombus_veins").value == ("pv", "smv")
    assert set(report.field("venous.thrombus_kind").value or ()) == {"tumour", "bland"}
    assert {s.reference for s in report.field("venous.thrombus").sources} == {"Dr Li", "Dr Wang"}
    assert report.field("arterial.cha.celiac_extension").value == "present"
    assert report.field("arterial.cha.bifurcation_extension").status is TBC
    assert report.field("arterial.sma.narrowing").value == "present"


def test_variants_fill_the_variant_fields() -> None:
    rrha = ArterialVariant(VariantKind.REPLACED_RIGHT_HEPATIC, True, "Dr Li", WHEN, origin=V.SMA)
    report = prefill_sar_apa(assessment(variants=(rrha,)))
    assert report.field("arterial.variant.present").value == "present"
    assert report.field("arterial.variant.anatomy").value == ("replaced_right_hepatic",)
    assert report.field("arterial.variant.contact").value == "present"
    assert report.field("arterial.variant.description").status is NA
    other = ArterialVariant(VariantKind.OTHER, False, "Dr Li", description="CHA from the aorta")
    report = prefill_sar_apa(assessment(variants=(rrha, other)))
    assert report.field("arterial.variant.description").value == "CHA from the aorta"
    assert report.field("arterial.variant.anatomy").value == ("replaced_right_hepatic", "other")
    none_recorded = prefill_sar_apa(assessment())
    assert none_recorded.field("arterial.variant.present").status is TBC
    assert none_recorded.field("arterial.variant.anatomy").status is TBC


def test_location_and_size_rest_on_who_or_what_gave_them() -> None:
    size = TumourSize(31.2, Provenance(measurement_id="m-diam", key_image_uid="2.25.7"))
    report = prefill_sar_apa(assessment(), tumour_size=size)
    assert report.field("morphology.size_mm").value == 31.2
    assert [s.reference for s in report.field("morphology.size_mm").sources] == ["m-diam", "2.25.7"]
    location = report.field("morphology.location")
    assert location.value == "head"
    assert location.sources == (FieldSource(SourceKind.ENTERED, "Dr Li", WHEN),)
    # An input that names nothing it rests on fills no field.
    bare = prefill_sar_apa(
        assessment(location_provenance=Provenance(), measurements=(VesselMeasurement(V.SMV, 50.0),))
    )
    assert bare.field("morphology.location").status is TBC
    assert bare.field("venous.smv.contact").status is TBC


def test_entries_fill_the_rest_and_win_over_derived_values() -> None:
    entries = [
        ReportEntry("morphology.appearance", "hypoattenuating", "Dr Wang", WHEN),
        ReportEntry("extrapancreatic.lymph_nodes", "present", "Dr Wang"),
        ReportEntry("extrapancreatic.lymph_node_sites", "aortocaval", "Dr Wang"),
        ReportEntry("venous.smv.solid_degree", "le_180", "Prof Martin", key_image_uid="2.25.9"),
        ReportEntry("arterial.sma.contact", "absent", "Prof Martin"),
    ]
    report = prefill_sar_apa(assessment(), entries=entries)
    appearance = report.field("morphology.appearance")
    assert appearance.value == "hypoattenuating"
    assert appearance.sources == (FieldSource(SourceKind.ENTERED, "Dr Wang", WHEN),)
    assert report.field("extrapancreatic.lymph_node_sites").value == "aortocaval"
    degree = report.field("venous.smv.solid_degree")
    assert degree.value == "le_180"
    assert [s.kind for s in degree.sources] == [SourceKind.KEY_IMAGE, SourceKind.ENTERED]
    # A person says there is no SMA contact: its degree no longer applies.
    assert report.field("arterial.sma.solid_degree").status is NA
    assert "morphology.appearance" not in report.to_complete()


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("morphology.appearance", "dark"),
        ("morphology.size_mm", "big"),
        ("arterial.variant.anatomy", ("replaced_left_gastric",)),
        ("arterial.variant.anatomy", ()),
        ("extrapancreatic.lymph_node_sites", "  "),
        ("no.such.field", "present"),
    ],
)
def test_an_entry_that_does_not_fit_its_field_is_refused(key: str, value: Any) -> None:
    with pytest.raises(ValidationError):
        ReportEntry(key, value, "Dr Wang")


def test_a_field_is_entered_once() -> None:
    entry = ReportEntry("extrapancreatic.ascites", "absent", "Dr Wang")
    with pytest.raises(ValidationError):
        prefill_sar_apa(assessment(), entries=[entry, entry])


def test_every_filled_field_names_what_it_rests_on() -> None:
    report = prefill_sar_apa(assessment(), tumour_size=TumourSize(30.0, Provenance("m-d")))
    for f in report.fields:
        assert (f.status is FILLED) == bool(f.sources), f.key
    with pytest.raises(ValidationError):
        ReportField("extrapancreatic.ascites", "absent", FILLED)
    with pytest.raises(ValidationError):
        ReportField(
            "extrapancreatic.ascites", "absent", TBC, (FieldSource(SourceKind.ENTERED, "x"),)
        )
    with pytest.raises(ValidationError):
        ReportField(
            "extrapancreatic.ascites", "maybe", FILLED, (FieldSource(SourceKind.ENTERED, "x"),)
        )


def test_the_report_round_trips_through_json() -> None:
    findings = (
        VesselFinding(V.SMV, FindingKind.THROMBUS, "Dr Li", WHEN, thrombus=ThrombusKind.BLAND),
    )
    report = prefill_sar_apa(
        assessment(findings=findings),
        tumour_size=TumourSize(28.5, Provenance(measurement_id="m-d")),
        entries=[ReportEntry("extrapancreatic.ascites", "absent", "Dr Wang", WHEN)],
    )
    text = json.dumps(report.to_json(), ensure_ascii=False)
    data = json.loads(text)
    assert data["schema"] == 1 and data["template"] == "sar-apa-pdac-2014"
    assert StructuredReport.from_json(data) == report
    statuses = {f["key"]: f["status"] for f in data["fields"]}
    assert statuses["venous.pv.solid_degree"] == "not_applicable"
    assert statuses["extrapancreatic.other"] == "to_be_completed"


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: d.update(schema=2),
        lambda d: d.update(template="other-template"),
        lambda d: d["fields"].pop(),
        lambda d: d["fields"][0].pop("status"),
        lambda d: d["fields"][1].update(status="done"),
        lambda d: d["fields"][1]["sources"][0].update(at="yesterday"),
    ],
)
def test_a_damaged_report_is_refused(damage: Any) -> None:
    report = prefill_sar_apa(assessment(), tumour_size=TumourSize(30.0, Provenance("m-d")))
    data = report.to_json()
    damage(data)
    with pytest.raises(ValidationError):
        StructuredReport.from_json(data)


def test_sources_are_listed_once_in_order() -> None:
    p = Provenance("m-1", "1.2.3", "2.25.4", "Dr Li", WHEN)
    assert [s.kind for s in sources_of(p, p)] == [
        SourceKind.MEASUREMENT,
        SourceKind.SEGMENT,
        SourceKind.KEY_IMAGE,
        SourceKind.ENTERED,
    ]
    assert [str(s.describe()) for s in sources_of(p)] == [
        "measurement m-1",
        "segment 1.2.3",
        "key image 2.25.4",
        "entered by Dr Li",
    ]
