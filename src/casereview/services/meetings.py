"""MDT meetings: creating them, the agenda of cases, attendance and quorum.

Every change is audited in the same transaction, stamped with the acting user.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from casereview.domain.audit import AuditAction
from casereview.domain.meetings import (
    AgendaItem,
    AgendaStatus,
    Attendance,
    Attendee,
    AttendeeDraft,
    ChecklistItem,
    Meeting,
    MeetingDetail,
    MeetingDraft,
    MeetingStatus,
    QuorumRule,
)
from casereview.errors import ValidationError
from casereview.messages import Message
from casereview.services.edit_conflicts import Edited, check_version, conflict_guard
from casereview.store.database import Database
from casereview.store.repositories import AuditRepository, UserRepository
from casereview.store.repositories_meetings import MeetingRepository

log = logging.getLogger(__name__)


def create_meeting(db: Database, draft: MeetingDraft, rule: QuorumRule, actor: str) -> Meeting:
    """Store a new planned meeting.

    Parameters
    ----------
    draft
        Title, time, place and chair.
    rule
        Quorum rule (from the settings); kept with the meeting.
    actor
        User name of the author.

    Raises
    ------
    NotFoundError
        If the actor is unknown.
    """
    with db.writing() as session:
        user_id = UserRepository(session).row_id(actor)
        meeting = MeetingRepository(session).add(draft, rule, user_id)
        AuditRepository(session).append(
            AuditAction.MEETING_CREATED, "meeting", meeting.id, user_id, {}
        )
    log.info("meeting #%d created", meeting.id)
    return meeting


def update_meeting(
    db: Database,
    meeting_id: int,
    draft: MeetingDraft,
    actor: str,
    status: MeetingStatus | None = None,
    *,
    expected_version: int | None = None,
) -> Meeting:
    """Change a meeting's title, time, place, chair or status.

    Parameters
    ----------
    expected_version
        The version the user's editor loaded (``Meeting.version``); ``None`` skips the check.

    Raises
    ------
    EditConflictError
        If the meeting changed since the editor loaded ``expected_version``.
    """
    with conflict_guard(db, Edited.MEETING, meeting_id), db.writing() as session:
        user_id = UserRepository(session).row_id(actor)
        repo = MeetingRepository(session)
        check_version(session, Edited.MEETING, meeting_id, expected_version)
        meeting, changed = repo.update(meeting_id, draft, status)
        if changed:
            AuditRepository(session).append(
                AuditAction.MEETING_UPDATED, "meeting", meeting_id, user_id, {"fields": changed}
            )
    return meeting


def set_meeting_status(db: Database, meeting_id: int, status: MeetingStatus, actor: str) -> Meeting:
    """Start or close a meeting."""
    meeting = get_meeting(db, meeting_id).meeting
    draft = MeetingDraft(
        meeting.title,
        meeting.scheduled_at,
        meeting.duration_minutes,
        meeting.location,
        meeting.remote_link,
        meeting.chair,
    )
    return update_meeting(db, meeting_id, draft, actor, status)


def set_quorum_rule(db: Database, meeting_id: int, rule: QuorumRule, actor: str) -> MeetingDetail:
    """Change the quorum rule of one meeting (the settings hold the default for new ones)."""
    with db.writing() as session:
        user_id = UserRepository(session).row_id(actor)
        repo = MeetingRepository(session)
        if repo.set_quorum_rule(meeting_id, rule):
            AuditRepository(session).append(
                AuditAction.MEETING_UPDATED,
                "meeting",
                meeting_id,
                user_id,
                {"fields": ["quorum"], "roles": rule.to_text(), "minimum": rule.minimum_attendees},
            )
        return repo.detail(meeting_id)


def list_meetings(db: Database) -> list[Meeting]:
    """Every meeting, most recent date first."""
    with db.reading() as session:
        return MeetingRepository(session).list()


def get_meeting(db: Database, meeting_id: int) -> MeetingDetail:
    """A meeting with its agenda (in order), attendees and live quorum.

    Raises
    ------
    NotFoundError
        If it does not exist.
    """
    with db.reading() as session:
        return MeetingRepository(session).detail(meeting_id)


def meetings_of_case(db: Database, case_id: int) -> list[Meeting]:
    """The meetings at which a case is (or was) on the agenda."""
    with db.reading() as session:
        return MeetingRepository(session).meetings_of_case(case_id)


def add_case(
    db: Database, meeting_id: int, case_id: int, actor: str, question: str = ""
) -> AgendaItem:
    """Put a case at the end of a meeting's agenda.

    A case received in a package starts from the sender's latest preparation: its history
    and staging fill the new item (the received text stays readable as the sender wrote it,
    ``received_case_context``).

    Parameters
    ----------
    question
        The question for the MDT; the case's clinical question when empty.

    Raises
    ------
    ValidationError
        If the case is already on the agenda.
    """
    from casereview.services.exchange.case_document import received_case_context

    received = received_case_context(db, case_id)
    sent = received[0].latest if received else None
    with db.writing() as session:
        user_id = UserRepository(session).row_id(actor)
        meetings = MeetingRepository(session)
        item = meetings.add_case(meeting_id, case_id, question)
        if sent is not None and (sent.history or sent.staging):
            item, _changed = meetings.update_item(
                item.id, history=sent.history, staging=sent.staging
            )
        AuditRepository(session).append(
            AuditAction.AGENDA_CHANGED,
            "meeting",
            meeting_id,
            user_id,
            {"added_case": case_id, "item": item.id},
        )
    return item


def update_agenda_item(
    db: Database,
    item_id: int,
    actor: str,
    *,
    question: str | None = None,
    history: str | None = None,
    staging: str | None = None,
    checklist: frozenset[ChecklistItem] | None = None,
    status: AgendaStatus | None = None,
    expected_version: int | None = None,
) -> AgendaItem:
    """Change the question, history, staging, checklist or status of one case on the agenda.

    Parameters
    ----------
    expected_version
        The version the user's editor loaded (``AgendaItem.version``); ``None`` skips the
        check.

    Raises
    ------
    EditConflictError
        If the item changed since the editor loaded ``expected_version``.
    """
    meeting_id = _meeting_of_item(db, item_id)
    with (
        conflict_guard(db, Edited.AGENDA_ITEM, item_id, audit_entity_id=meeting_id),
        db.writing() as session,
    ):
        user_id = UserRepository(session).row_id(actor)
        repo = MeetingRepository(session)
        check_version(
            session, Edited.AGENDA_ITEM, item_id, expected_version, audit_entity_id=meeting_id
        )
        item, changed = repo.update_item(
            item_id,
            question=question,
            history=history,
            staging=staging,
            checklist=checklist,
            status=status,
        )
        if changed:
            AuditRepository(session).append(
                AuditAction.AGENDA_CHANGED,
                "meeting",
                item.meeting_id,
                user_id,
                {"item": item_id, "case": item.case_id, "fields": changed},
            )
    return item


def reorder_agenda(
    db: Database,
    meeting_id: int,
    item_ids: Sequence[int],
    actor: str,
    *,
    expected_version: int | None = None,
) -> MeetingDetail:
    """Put the agenda in the order of ``item_ids`` (every item exactly once).

    Parameters
    ----------
    expected_version
        The meeting's version the user's agenda was read at (the order is the meeting's);
        ``None`` skips the check.

    Raises
    ------
    ValidationError
        If ``item_ids`` is not a reordering of the agenda.
    EditConflictError
        If the meeting changed since ``expected_version``.
    """
    with conflict_guard(db, Edited.MEETING, meeting_id), db.writing() as session:
        user_id = UserRepository(session).row_id(actor)
        repo = MeetingRepository(session)
        check_version(session, Edited.MEETING, meeting_id, expected_version)
        repo.reorder(meeting_id, item_ids)
        AuditRepository(session).append(
            AuditAction.AGENDA_CHANGED, "meeting", meeting_id, user_id, {"order": list(item_ids)}
        )
        return repo.detail(meeting_id)


def move_agenda_item(
    db: Database,
    item_id: int,
    offset: int,
    actor: str,
    *,
    expected_version: int | None = None,
) -> MeetingDetail:
    """Move one case up (negative ``offset``) or down the agenda.

    Parameters
    ----------
    expected_version
        The meeting's version the user's agenda was read at; ``None`` skips the check.

    Raises
    ------
    EditConflictError
        If the meeting changed since ``expected_version``.
    """
    with db.reading() as session:
        repo = MeetingRepository(session)
        detail = repo.detail(repo.item(item_id).meeting_id)
    order = [item.id for item in detail.agenda]
    index = order.index(item_id)
    target = max(0, min(len(order) - 1, index + offset))
    if target == index:
        return detail
    order.insert(target, order.pop(index))
    return reorder_agenda(db, detail.meeting.id, order, actor, expected_version=expected_version)


def remove_agenda_item(db: Database, item_id: int, actor: str) -> AgendaItem:
    """Take a case off the agenda while nothing was decided for it.

    Raises
    ------
    ValidationError
        If the case has a decision or action items at this meeting.
    """
    with db.writing() as session:
        user_id = UserRepository(session).row_id(actor)
        item = MeetingRepository(session).remove_item(item_id)
        AuditRepository(session).append(
            AuditAction.AGENDA_CHANGED,
            "meeting",
            item.meeting_id,
            user_id,
            {"removed_case": item.case_id, "item": item_id},
        )
    return item


def add_attendee(db: Database, meeting_id: int, draft: AttendeeDraft, actor: str) -> Attendee:
    """Add someone to a meeting's attendees (visiting physicians included)."""
    with db.writing() as session:
        user_id = UserRepository(session).row_id(actor)
        attendee = MeetingRepository(session).add_attendee(meeting_id, draft)
        AuditRepository(session).append(
            AuditAction.ATTENDANCE_CHANGED,
            "meeting",
            meeting_id,
            user_id,
            {
                "added": attendee.id,
                "role": attendee.role.value,
                "attendance": draft.attendance.value,
            },
        )
    return attendee


def set_attendance(
    db: Database,
    attendee_id: int,
    attendance: Attendance,
    actor: str,
    *,
    expected_version: int | None = None,
) -> Attendee:
    """Mark an attendee present, remote, absent or expected.

    Parameters
    ----------
    expected_version
        The attendee's version the user's list was read at (``Attendee.version``); ``None``
        skips the check.

    Raises
    ------
    EditConflictError
        If someone changed the attendance since ``expected_version``.
    """
    meeting_id = _meeting_of_attendee(db, attendee_id)
    with (
        conflict_guard(db, Edited.ATTENDEE, attendee_id, audit_entity_id=meeting_id),
        db.writing() as session,
    ):
        user_id = UserRepository(session).row_id(actor)
        check_version(
            session, Edited.ATTENDEE, attendee_id, expected_version, audit_entity_id=meeting_id
        )
        attendee = MeetingRepository(session).set_attendance(attendee_id, attendance)
        AuditRepository(session).append(
            AuditAction.ATTENDANCE_CHANGED,
            "meeting",
            attendee.meeting_id,
            user_id,
            {"attendee": attendee_id, "attendance": attendance.value},
        )
    return attendee


def _meeting_of_item(db: Database, item_id: int) -> int:
    """The meeting of an agenda item (its audit records name the meeting)."""
    with db.reading() as session:
        return MeetingRepository(session).item(item_id).meeting_id


def _meeting_of_attendee(db: Database, attendee_id: int) -> int:
    """The meeting of an attendee (its audit records name the meeting)."""
    with db.reading() as session:
        return MeetingRepository(session).attendee(attendee_id).meeting_id


def remove_attendee(db: Database, attendee_id: int, actor: str) -> Attendee:
    """Take someone off a meeting's attendee list."""
    with db.writing() as session:
        user_id = UserRepository(session).row_id(actor)
        attendee = MeetingRepository(session).remove_attendee(attendee_id)
        AuditRepository(session).append(
            AuditAction.ATTENDANCE_CHANGED,
            "meeting",
            attendee.meeting_id,
            user_id,
            {"removed": attendee_id},
        )
    return attendee


def find_meeting(db: Database, reference: str) -> Meeting:
    """A meeting by internal id (``12`` or ``#12``) or UID, for the command line.

    Raises
    ------
    ValidationError
        If nothing matches.
    """
    text = reference.strip().lstrip("#")
    for meeting in list_meetings(db):
        if text == str(meeting.id) or text == meeting.uid:
            return meeting
    raise ValidationError(
        Message(
            (
                "No meeting “{reference}”; casereview-cli meeting list shows the "
                "meetings and their ids."
            ),
            reference=reference,
        )
    )
