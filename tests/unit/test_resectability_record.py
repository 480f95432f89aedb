"""A case's resectability assessment kept with the case: versions, overrides, findings, audit.

The measurements are built by hand (the measuring itself is tested in ``tests/analysis`` and
``tests/cli/test_resectability_cli.py``); what is tested here is what is stored, what a
correction makes of it and that nothing stored can be rewritten.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from casereview.domain.resectability import VesselKind
from casereview.domain.resectability_findings import (
    FindingKind,
    ThrombusKind,
    VariantKind,
)
from casereview.domain.resectability_record import ChangeKind
from casereview.domain.resectability_rules import ResectabilityCategory
from casereview.domain.users import Role, User
from casereview.errors import NotFoundError, ValidationError
from casereview.services import audit as audit_service
from casereview.services import resectability_record as record
from casereview.services.users import ensure_user
from casereview.store.database import Database
from meetings.evidence_support import BORDERLINE, SERIES, measured
from meetings.meeting_support import make_cases


@pytest.fixture
def case_id(db: Database, tmp_path: Path) -> int:
    ensure_user(db, User(0, "wang", "王医生", Role.SURGEON))
    return make_cases(db, tmp_path)[0]


def test_a_measurement_is_stored_as_version_one_with_its_run(db: Database, case_id: int) -> None:
    assert record.latest_assessment(db, case_id) is None
    version = record.save_assessment(db, measured(case_id, BORDERLINE), "tester")
    assert version.number == 1 and version.change is ChangeKind.MEASURED
    assert version.author == "tester"
    assert version.run.series_instance_uid == SERIES
    assert version.run.tumour.segment_name == "肿瘤"
    assert version.run.not_found == (VesselKind.IVC,)
    sma = version.inputs.measurement(VesselKind.SMA)
    assert sma is not None and sma.angle_deg == 90.0 and not sma.is_overridden
    assert version.suggestion.category is ResectabilityCategory.BORDERLINE
    assert record.verify_version(version)
    again = record.latest_assessment(db, case_id)
    assert again is not None and again.uid == version.uid
    assert again.inputs == version.inputs and again.content_sha256 == version.content_sha256
    assert record.run_contacts(db, again).region_mm == 40.0


def test_an_override_keeps_the_measured_angle_and_names_who_and_when(
    db: Database, case_id: int
) -> None:
    first = record.save_assessment(db, measured(case_id, BORDERLINE), "tester")
    second = record.override_angle(
        db, case_id, "sma", 200.0, "wang", reason="arc end moved onto the fat plane"
    )
    assert (first.number, second.number) == (1, 2)
    assert second.change is ChangeKind.OVERRIDE and second.author == "wang"
    sma = second.inputs.measurement(VesselKind.SMA)
    assert sma is not None and sma.angle_deg == 90.0 and sma.effective_angle_deg == 200.0
    assert sma.override is not None and sma.override.author == "王医生"
    assert sma.override.reason == "arc end moved onto the fat plane"
    assert sma.override.at.tzinfo is not None
    # SMA > 180° is locally advanced under NCCN; the suggestion follows the override.
    assert second.suggestion.category is ResectabilityCategory.LOCALLY_ADVANCED
    assert "200.0" in str(second.change_text())
    # The first version still says what it said.
    history = record.assessment_history(db, case_id)
    assert [v.number for v in history] == [1, 2]
    assert history[0].inputs == first.inputs and record.verify_version(history[0])
    assert history[0].content_sha256 != second.content_sha256
    back = record.override_angle(db, case_id, VesselKind.SMA, None, "tester")
    measured_again = back.inputs.measurement(VesselKind.SMA)
    assert measured_again is not None and not measured_again.is_overridden
    assert back.change is ChangeKind.OVERRIDE_REMOVED
    assert back.suggestion.category is ResectabilityCategory.BORDERLINE


def test_findings_variants_reconstruction_and_location_make_versions(
    db: Database, case_id: int
) -> None:
    record.save_assessment(db, measured(case_id, BORDERLINE), "tester")
    record.add_finding(db, case_id, "smv", FindingKind.TEAR_DROP, "wang")
    record.add_finding(db, case_id, "pv", FindingKind.THROMBUS, "wang", thrombus=ThrombusKind.BLAND)
    record.record_variant(
        db, case_id, VariantKind.REPLACED_RIGHT_HEPATIC, True, "wang", origin="sma"
    )
    record.set_reconstruction(db, case_id, "yes", "wang", note="good SMV below the confluence")
    latest = record.set_tumour_location(db, case_id, "head", "wang")
    assert latest.number == 6
    assert [f.kind for f in latest.inputs.findings] == [FindingKind.TEAR_DROP, FindingKind.THROMBUS]
    assert latest.inputs.findings[0].author == "王医生"
    assert latest.inputs.variants[0].touches_tumour and latest.inputs.variants[0].origin == "sma"
    assert latest.inputs.reconstruction is not None
    assert latest.inputs.tumour_location == "head"
    assert latest.inputs.location_provenance.entered_by == "王医生"
    with pytest.raises(ValidationError, match="already recorded"):
        record.add_finding(db, case_id, "smv", FindingKind.TEAR_DROP, "tester")
    with pytest.raises(ValidationError, match="on a vein"):
        record.add_finding(db, case_id, "sma", FindingKind.TEAR_DROP, "tester")
    removed = record.remove_finding(db, case_id, "smv", FindingKind.TEAR_DROP, "tester")
    assert [f.kind for f in removed.inputs.findings] == [FindingKind.THROMBUS]
    without = record.remove_variant(db, case_id, VariantKind.REPLACED_RIGHT_HEPATIC, "tester")
    assert without.inputs.variants == ()
    assert [v.change for v in record.assessment_history(db, case_id)] == [
        ChangeKind.MEASURED,
        ChangeKind.FINDING_ADDED,
        ChangeKind.FINDING_ADDED,
        ChangeKind.VARIANT_ADDED,
        ChangeKind.RECONSTRUCTION,
        ChangeKind.LOCATION,
        ChangeKind.FINDING_REMOVED,
        ChangeKind.VARIANT_REMOVED,
    ]


def test_measuring_again_keeps_what_people_recorded(db: Database, case_id: int) -> None:
    record.save_assessment(db, measured(case_id, BORDERLINE), "tester")
    record.override_angle(db, case_id, "smv", 250.0, "wang")
    record.add_finding(db, case_id, "smv", FindingKind.CONTOUR_IRREGULARITY, "wang")
    remeasured = record.save_assessment(
        db, measured(case_id, {**BORDERLINE, VesselKind.SMV: 180.0}), "tester"
    )
    smv = remeasured.inputs.measurement(VesselKind.SMV)
    assert smv is not None and smv.angle_deg == 180.0 and smv.effective_angle_deg == 250.0
    assert [f.kind for f in remeasured.inputs.findings] == [FindingKind.CONTOUR_IRREGULARITY]
    history = record.assessment_history(db, case_id)
    assert history[-1].run.uid != history[0].run.uid
    assert history[1].run.uid == history[0].run.uid


def test_criteria_set_can_be_changed_and_the_suggestion_follows(db: Database, case_id: int) -> None:
    record.save_assessment(db, measured(case_id, BORDERLINE), "tester")
    dutch = record.change_criteria(db, case_id, "dpcg", "tester")
    assert dutch.criteria_id == "dpcg-2012" and dutch.suggestion.criteria_id == "dpcg-2012"
    with pytest.raises(ValidationError, match="already uses"):
        record.change_criteria(db, case_id, "DPCG", "tester")
    with pytest.raises(ValidationError, match="No criteria set"):
        record.change_criteria(db, case_id, "mayo", "tester")


def test_corrections_need_an_assessment_and_a_measured_vessel(db: Database, case_id: int) -> None:
    with pytest.raises(NotFoundError, match="assess it first"):
        record.override_angle(db, case_id, "sma", 10.0, "tester")
    record.save_assessment(db, measured(case_id, BORDERLINE), "tester")
    with pytest.raises(ValidationError, match="was not measured"):
        record.override_angle(db, case_id, "ivc", 10.0, "tester")
    with pytest.raises(ValidationError, match="between 0 and 360"):
        record.override_angle(db, case_id, "sma", 400.0, "tester")
    with pytest.raises(ValidationError, match="no corrected angle"):
        record.override_angle(db, case_id, "sma", None, "tester")
    assert len(record.assessment_history(db, case_id)) == 1


def test_every_version_is_audited_without_identity(db: Database, case_id: int) -> None:
    first = record.save_assessment(db, measured(case_id, BORDERLINE), "tester")
    second = record.override_angle(db, case_id, "sma", 120.0, "wang", reason="ZHANG Wei")
    events = sorted(
        (e for e in audit_service.latest_events(db) if e.entity_type == "resectability"),
        key=lambda e: e.id,
    )
    assert [(e.action.value, e.entity_id) for e in events] == [
        ("resectability.assessed", first.uid),
        ("resectability.changed", second.uid),
    ]
    assert events[1].details["change"] == "override" and events[1].details["angle_deg"] == 120.0
    assert all("ZHANG" not in str(e.details) for e in events)


def test_a_stored_version_cannot_be_rewritten(db: Database, case_id: int) -> None:
    version = record.save_assessment(db, measured(case_id, BORDERLINE), "tester")
    for table in ("resectability_versions", "contact_runs"):
        with pytest.raises(DBAPIError, match="append-only"), db.writing() as session:
            session.execute(text(f"UPDATE {table} SET created_by_id = created_by_id"))
    stored = record.get_assessment(db, version.uid)
    assert stored.content_sha256 == version.content_sha256 and record.verify_version(stored)
    with pytest.raises(NotFoundError):
        record.get_assessment(db, "no-such-version")
