"""Meetings: agenda order, preparation, attendance and the live quorum; audited changes."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from meeting_support import MeetingWorld

from casereview.domain.audit import AuditAction
from casereview.domain.decisions import DecisionContent, Recommendation
from casereview.domain.meetings import (
    AgendaStatus,
    Attendance,
    AttendeeDraft,
    ChecklistItem,
    MeetingDraft,
    PatientIdentity,
    QuorumRule,
)
from casereview.domain.settings import Settings
from casereview.domain.users import Role
from casereview.errors import ConfigurationError, ValidationError
from casereview.services import decisions as decision_service
from casereview.services import meetings as meeting_service
from casereview.services.audit import latest_events
from casereview.services.case_summary import case_summary, meeting_summary


def test_meeting_draft_is_validated() -> None:
    when = datetime(2026, 11, 24, 7, 30, tzinfo=UTC)
    with pytest.raises(ValidationError, match="title"):
        MeetingDraft("  ", when)
    with pytest.raises(ValidationError, match="time zone"):
        MeetingDraft("MDT", datetime(2026, 11, 24, 7, 30))
    with pytest.raises(ValidationError, match="5 minutes"):
        MeetingDraft("MDT", when, duration_minutes=1)


def test_agenda_order_reorder_and_remove(world: MeetingWorld) -> None:
    detail = meeting_service.get_meeting(world.db, world.meeting_id)
    assert [i.id for i in detail.agenda] == list(world.item_ids)
    assert detail.agenda[0].question == "Upfront resection or neoadjuvant therapy?"
    with pytest.raises(ValidationError, match="already on this meeting"):
        meeting_service.add_case(world.db, world.meeting_id, world.case_ids[0], "tester")

    reordered = meeting_service.reorder_agenda(
        world.db, world.meeting_id, list(reversed(world.item_ids)), "tester"
    )
    assert [i.id for i in reordered.agenda] == list(reversed(world.item_ids))
    assert [i.position for i in reordered.agenda] == [0, 1]
    with pytest.raises(ValidationError, match="exactly once"):
        meeting_service.reorder_agenda(world.db, world.meeting_id, [world.item_ids[0]], "tester")
    moved = meeting_service.move_agenda_item(world.db, world.item_ids[0], -1, "tester")
    assert [i.id for i in moved.agenda] == list(world.item_ids)

    # A case with a decision stays on the agenda; one without can be taken off.
    decision_service.record_decision(
        world.db,
        world.case_ids[0],
        DecisionContent(Recommendation.SURVEILLANCE, "Stable for 2 years"),
        "tester",
        agenda_item_id=world.item_ids[0],
    )
    with pytest.raises(ValidationError, match="deferred"):
        meeting_service.remove_agenda_item(world.db, world.item_ids[0], "tester")
    meeting_service.remove_agenda_item(world.db, world.item_ids[1], "tester")
    after = meeting_service.get_meeting(world.db, world.meeting_id)
    assert [(i.id, i.position) for i in after.agenda] == [(world.item_ids[0], 0)]


def test_preparation_checklist_and_status(world: MeetingWorld) -> None:
    item = meeting_service.update_agenda_item(
        world.db,
        world.item_ids[0],
        "tester",
        question="Resectable after neoadjuvant therapy?",
        history="Painless jaundice; CA 19-9 410 U/mL; biliary stent",
        staging="cT3 N0 M0",
        checklist=frozenset({ChecklistItem.IMAGING_REVIEWED, ChecklistItem.KEY_IMAGES_SELECTED}),
        status=AgendaStatus.READY,
    )
    assert not item.prepared and item.status is AgendaStatus.READY
    item = meeting_service.update_agenda_item(
        world.db, world.item_ids[0], "tester", checklist=frozenset(ChecklistItem)
    )
    assert item.prepared
    summary = case_summary(world.db, world.case_ids[0], world.item_ids[0])
    assert summary.question == "Resectable after neoadjuvant therapy?"
    assert summary.history.startswith("Painless jaundice") and summary.staging == "cT3 N0 M0"
    assert summary.identity == PatientIdentity("ZHANG^Wei", "P-MDT-1", "19580312", "F")
    changes = [e for e in latest_events(world.db) if e.action is AuditAction.AGENDA_CHANGED]
    assert changes[0].details["fields"] == ["pathology_available"]
    assert changes[0].username == "tester"


def test_attendance_drives_the_quorum_live(world: MeetingWorld) -> None:
    def quorum():
        return meeting_service.get_meeting(world.db, world.meeting_id).quorum

    assert not quorum().met and quorum().missing_roles == (Role.SURGEON, Role.RADIOLOGIST)
    surgeon = meeting_service.add_attendee(
        world.db,
        world.meeting_id,
        AttendeeDraft("Dr Chair", Role.SURGEON, "HPB surgery", attendance=Attendance.PRESENT),
        "tester",
    )
    visitor = meeting_service.add_attendee(
        world.db,
        world.meeting_id,
        AttendeeDraft("Dr Visitor", Role.RADIOLOGIST, "Abdominal imaging", "Partner hospital"),
        "tester",
    )
    assert quorum().missing_roles == (Role.RADIOLOGIST,)  # expected is not taking part
    meeting_service.set_attendance(world.db, visitor.id, Attendance.REMOTE, "tester")
    status = quorum()
    assert status.met and status.taking_part == 2
    meeting_service.set_attendance(world.db, surgeon.id, Attendance.ABSENT, "tester")
    assert not quorum().met
    meeting_service.remove_attendee(world.db, surgeon.id, "tester")
    attendees = meeting_service.get_meeting(world.db, world.meeting_id).attendees
    assert [(a.name, a.institution) for a in attendees] == [("Dr Visitor", "Partner hospital")]


def test_quorum_rule_comes_from_the_settings() -> None:
    settings = Settings.from_dict({"quorum_roles": ["surgeon", "pathologist"], "quorum_minimum": 3})
    assert settings.quorum_rule() == QuorumRule((Role.SURGEON, Role.PATHOLOGIST), 3)
    assert Settings.from_dict(settings.to_dict()) == settings
    with pytest.raises(ConfigurationError, match="role"):
        Settings.from_dict({"quorum_roles": ["wizard"]})
    assert QuorumRule.from_text("surgeon,radiologist", 2).required_roles == (
        Role.SURGEON,
        Role.RADIOLOGIST,
    )


def test_meeting_summary_follows_the_agenda(world: MeetingWorld) -> None:
    meeting_service.reorder_agenda(
        world.db, world.meeting_id, list(reversed(world.item_ids)), "tester"
    )
    summary = meeting_summary(world.db, world.meeting_id)
    assert [c.case.id for c in summary.cases] == list(reversed(world.case_ids))
    assert summary.meeting.chair == "Dr Chair"
    assert meeting_service.find_meeting(world.db, f"#{world.meeting_id}").id == world.meeting_id
    with pytest.raises(ValidationError, match="meeting list"):
        meeting_service.find_meeting(world.db, "9999")


def test_a_meeting_keeps_its_own_quorum_rule(world: MeetingWorld) -> None:
    meeting_service.add_attendee(
        world.db,
        world.meeting_id,
        AttendeeDraft("Dr Chair", Role.SURGEON, attendance=Attendance.PRESENT),
        "tester",
    )
    detail = meeting_service.set_quorum_rule(
        world.db, world.meeting_id, QuorumRule((Role.SURGEON,), 1), "tester"
    )
    assert detail.quorum.met and detail.meeting.quorum_rule.required_roles == (Role.SURGEON,)
    updates = [e for e in latest_events(world.db) if e.action is AuditAction.MEETING_UPDATED]
    assert updates[0].details["roles"] == "surgeon"
    # Setting the same rule again changes (and audits) nothing.
    meeting_service.set_quorum_rule(
        world.db, world.meeting_id, QuorumRule((Role.SURGEON,), 1), "tester"
    )
    assert len([e for e in latest_events(world.db) if e.action is AuditAction.MEETING_UPDATED]) == 1


def test_audit_actions_map_to_dicom_audit_events() -> None:
    from casereview.domain.audit import dicom_event_of

    assert dicom_event_of(AuditAction.CASE_VIEWED) == ("110110", "Patient Record")
    assert dicom_event_of(AuditAction.DECISION_SIGNED) == ("110110", "Patient Record")
    assert dicom_event_of(AuditAction.REPORT_EXPORTED) == ("110106", "Export")
    assert dicom_event_of(AuditAction.DICOM_IMPORTED) == ("110107", "Import")
    assert dicom_event_of(AuditAction.AUDIT_VERIFIED) == ("110101", "Audit Log Used")
    assert dicom_event_of(AuditAction.MEETING_CREATED) == ("110100", "Application Activity")
    # Every action has one.
    assert all(len(dicom_event_of(action)) == 2 for action in AuditAction)
