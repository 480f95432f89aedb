"""Repositories of meetings, agenda items, attendees, decisions and action items.

They work inside a session handed to them by ``Database.reading``/``writing``; the services
decide the transaction boundaries and write the audit records.
"""

from __future__ import annotations

import builtins  # inside a repository class, ``list`` names its list() method
import json
import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from casereview.domain import decisions as dd
from casereview.domain import meetings as md
from casereview.domain.users import Role
from casereview.errors import NotFoundError, ValidationError
from casereview.messages import Message
from casereview.store import models
from casereview.store import models_meetings as mm
from casereview.store.types import utcnow


class MeetingRepository:
    """Meetings with their agenda and attendees."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def _row(self, meeting_id: int) -> mm.Meeting:
        row = self.session.get(mm.Meeting, meeting_id)
        if row is None:
            raise NotFoundError(
                Message("Meeting #{meeting_id} does not exist.", meeting_id=meeting_id)
            )
        return row

    def add(self, draft: md.MeetingDraft, rule: md.QuorumRule, user_id: int) -> md.Meeting:
        """Store a new planned meeting with ``rule`` as its quorum rule."""
        now = utcnow()
        row = mm.Meeting(
            uid=str(uuid.uuid4()),
            title=draft.title,
            scheduled_at=draft.scheduled_at,
            duration_minutes=draft.duration_minutes,
            location=draft.location,
            remote_link=draft.remote_link,
            chair=draft.chair,
            status=md.MeetingStatus.PLANNED.value,
            quorum_roles=rule.to_text(),
            quorum_minimum=rule.minimum_attendees,
            created_at=now,
            updated_at=now,
            created_by_id=user_id,
        )
        self.session.add(row)
        self.session.flush()
        return _meeting(row)

    def update(
        self, meeting_id: int, draft: md.MeetingDraft, status: md.MeetingStatus | None
    ) -> tuple[md.Meeting, list[str]]:
        """Change a meeting's details; returns it and the names of the fields that changed."""
        row = self._row(meeting_id)
        changed: list[str] = []
        values = {
            "title": draft.title,
            "scheduled_at": draft.scheduled_at,
            "duration_minutes": draft.duration_minutes,
            "location": draft.location,
            "remote_link": draft.remote_link,
            "chair": draft.chair,
        }
        if status is not None:
            values["status"] = status.value
        for name, value in values.items():
            if getattr(row, name) != value:
                setattr(row, name, value)
                changed.append(name)
        if changed:
            row.updated_at = utcnow()
            row.row_version += 1  # a person's edit: an editor still on the old version conflicts
            self.session.flush()
        return _meeting(row), changed

    def set_quorum_rule(self, meeting_id: int, rule: md.QuorumRule) -> bool:
        """Give a meeting another quorum rule; returns whether it changed."""
        row = self._row(meeting_id)
        if (row.quorum_roles, row.quorum_minimum) == (rule.to_text(), rule.minimum_attendees):
            return False
        row.quorum_roles = rule.to_text()
        row.quorum_minimum = rule.minimum_attendees
        row.updated_at = utcnow()
        row.row_version += 1
        self.session.flush()
        return True

    def get(self, meeting_id: int) -> md.Meeting:
        """One meeting.

        Raises
        ------
        NotFoundError
            If it does not exist.
        """
        return _meeting(self._row(meeting_id))

    def detail(self, meeting_id: int) -> md.MeetingDetail:
        """A meeting with its ordered agenda, attendees and quorum."""
        row = self._row(meeting_id)
        meeting = _meeting(row)
        attendees = tuple(_attendee(a) for a in row.attendees)
        return md.MeetingDetail(
            meeting=meeting,
            agenda=tuple(_agenda_item(i) for i in row.agenda),
            attendees=attendees,
            quorum=md.evaluate_quorum(meeting.quorum_rule, attendees),
        )

    def list(self) -> list[md.Meeting]:
        """Every meeting, the most recent date first."""
        rows = self.session.scalars(
            select(mm.Meeting)
            .options(selectinload(mm.Meeting.created_by))
            .order_by(mm.Meeting.scheduled_at.desc(), mm.Meeting.id.desc())
        ).all()
        return [_meeting(row) for row in rows]

    # --- agenda ---------------------------------------------------------------------

    def add_case(self, meeting_id: int, case_id: int, question: str) -> md.AgendaItem:
        """Put a case at the end of the agenda.

        Raises
        ------
        NotFoundError
            If the meeting or the case does not exist.
        ValidationError
            If the case is already on this agenda.
        """
        meeting = self._row(meeting_id)
        case = self.session.get(models.Case, case_id)
        if case is None:
            raise NotFoundError(Message("Case #{case_id} does not exist.", case_id=case_id))
        if any(item.case_id == case_id for item in meeting.agenda):
            raise ValidationError(
                Message("Case “{title}” is already on this meeting's agenda.", title=case.title)
            )
        position = max((item.position for item in meeting.agenda), default=-1) + 1
        row = mm.AgendaItem(
            meeting_id=meeting_id,
            case_id=case_id,
            position=position,
            question=question.strip() or case.clinical_question,
            history="",
            staging="",
            imaging_reviewed=False,
            key_images_selected=False,
            pathology_available=False,
            status=md.AgendaStatus.PREPARING.value,
        )
        self.session.add(row)
        self.session.flush()
        self.session.refresh(meeting)
        return _agenda_item(row)

    def item_row(self, item_id: int) -> mm.AgendaItem:
        """The row of one agenda item.

        Raises
        ------
        NotFoundError
            If it does not exist.
        """
        row = self.session.get(mm.AgendaItem, item_id)
        if row is None:
            raise NotFoundError(Message("That case is no longer on the agenda."))
        return row

    def item(self, item_id: int) -> md.AgendaItem:
        """One agenda item."""
        return _agenda_item(self.item_row(item_id))

    def update_item(
        self,
        item_id: int,
        *,
        question: str | None = None,
        history: str | None = None,
        staging: str | None = None,
        checklist: frozenset[md.ChecklistItem] | None = None,
        status: md.AgendaStatus | None = None,
    ) -> tuple[md.AgendaItem, builtins.list[str]]:
        """Change the preparation of one case; returns it and the fields that changed."""
        row = self.item_row(item_id)
        changed: list[str] = []
        values: dict[str, object] = {}
        if question is not None:
            values["question"] = question.strip()
        if history is not None:
            values["history"] = history.strip()
        if staging is not None:
            values["staging"] = staging.strip()
        if status is not None:
            values["status"] = status.value
        if checklist is not None:
            for entry in md.ChecklistItem:
                values[entry.value] = entry in checklist
        for name, value in values.items():
            if getattr(row, name) != value:
                setattr(row, name, value)
                changed.append(name)
        if changed:
            row.row_version += 1
            self.session.flush()
        return _agenda_item(row), changed

    def reorder(self, meeting_id: int, item_ids: Sequence[int]) -> None:
        """Give the agenda the order of ``item_ids``.

        Raises
        ------
        ValidationError
            If ``item_ids`` is not a reordering of the agenda.
        """
        meeting = self._row(meeting_id)
        rows = {item.id: item for item in meeting.agenda}
        md.check_new_order(list(rows), list(item_ids))
        for position, item_id in enumerate(item_ids):
            rows[item_id].position = position
        # The order is the meeting's: someone reordering on an older reading conflicts.
        meeting.row_version += 1
        self.session.flush()
        self.session.refresh(meeting)

    def remove_item(self, item_id: int) -> md.AgendaItem:
        """Take a case off the agenda (only while nothing was decided or assigned for it).

        Raises
        ------
        ValidationError
            If a decision or an action item refers to it.
        """
        row = self.item_row(item_id)
        decided = self.session.scalar(
            select(mm.Decision.id).where(mm.Decision.agenda_item_id == item_id).limit(1)
        )
        actions = self.session.scalar(
            select(mm.ActionItem.id).where(mm.ActionItem.agenda_item_id == item_id).limit(1)
        )
        if decided is not None or actions is not None:
            raise ValidationError(
                Message(
                    "This case has a decision or action items at this meeting and stays on the "
                    "agenda; mark it deferred instead."
                )
            )
        item = _agenda_item(row)
        meeting = row.meeting
        self.session.delete(row)
        self.session.flush()
        self.session.refresh(meeting)
        for position, other in enumerate(meeting.agenda):
            other.position = position
        self.session.flush()
        return item

    # --- attendees ------------------------------------------------------------------

    def add_attendee(self, meeting_id: int, draft: md.AttendeeDraft) -> md.Attendee:
        """Add an attendee to a meeting."""
        meeting = self._row(meeting_id)
        row = mm.Attendee(
            meeting_id=meeting.id,
            name=draft.name,
            role=draft.role.value,
            specialty=draft.specialty,
            institution=draft.institution,
            attendance=draft.attendance.value,
        )
        self.session.add(row)
        self.session.flush()
        self.session.refresh(meeting)
        return _attendee(row)

    def _attendee_row(self, attendee_id: int) -> mm.Attendee:
        row = self.session.get(mm.Attendee, attendee_id)
        if row is None:
            raise NotFoundError(Message("That attendee is no longer on the list."))
        return row

    def attendee(self, attendee_id: int) -> md.Attendee:
        """One attendee.

        Raises
        ------
        NotFoundError
            If it is no longer on the list.
        """
        return _attendee(self._attendee_row(attendee_id))

    def set_attendance(self, attendee_id: int, attendance: md.Attendance) -> md.Attendee:
        """Mark an attendee present, remote, absent or expected."""
        row = self._attendee_row(attendee_id)
        if row.attendance != attendance.value:
            row.attendance = attendance.value
            row.row_version += 1
            self.session.flush()
        return _attendee(row)

    def remove_attendee(self, attendee_id: int) -> md.Attendee:
        """Take someone off the attendee list."""
        row = self._attendee_row(attendee_id)
        attendee = _attendee(row)
        meeting = row.meeting
        self.session.delete(row)
        self.session.flush()
        self.session.refresh(meeting)
        return attendee

    def meetings_of_case(self, case_id: int) -> builtins.list[md.Meeting]:
        """Meetings that have ``case_id`` on their agenda, most recent first."""
        rows = self.session.scalars(
            select(mm.Meeting)
            .join(mm.AgendaItem, mm.AgendaItem.meeting_id == mm.Meeting.id)
            .where(mm.AgendaItem.case_id == case_id)
            .order_by(mm.Meeting.scheduled_at.desc())
        ).all()
        return [_meeting(row) for row in rows]


def _meeting(row: mm.Meeting) -> md.Meeting:
    return md.Meeting(
        id=row.id,
        uid=row.uid,
        title=row.title,
        scheduled_at=row.scheduled_at,
        duration_minutes=row.duration_minutes,
        location=row.location,
        remote_link=row.remote_link,
        chair=row.chair,
        status=md.MeetingStatus(row.status),
        quorum_rule=md.QuorumRule.from_text(row.quorum_roles, row.quorum_minimum),
        created_by=row.created_by.username,
        created_at=row.created_at,
        version=row.row_version,
    )


def _agenda_item(row: mm.AgendaItem) -> md.AgendaItem:
    return md.AgendaItem(
        id=row.id,
        meeting_id=row.meeting_id,
        case_id=row.case_id,
        case_title=row.case.title,
        position=row.position,
        question=row.question,
        history=row.history,
        staging=row.staging,
        checklist=frozenset(entry for entry in md.ChecklistItem if bool(getattr(row, entry.value))),
        status=md.AgendaStatus(row.status),
        version=row.row_version,
    )


def _attendee(row: mm.Attendee) -> md.Attendee:
    return md.Attendee(
        id=row.id,
        meeting_id=row.meeting_id,
        name=row.name,
        role=Role(row.role),
        specialty=row.specialty,
        institution=row.institution,
        attendance=md.Attendance(row.attendance),
        version=row.row_version,
    )


class DecisionRepository:
    """Decisions (drafts, signed, amendments) and action items."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def _row(self, decision_id: int) -> mm.Decision:
        row = self.session.get(mm.Decision, decision_id)
        if row is None:
            raise NotFoundError(
                Message("Decision #{decision_id} does not exist.", decision_id=decision_id)
            )
        return row

    def add(
        self,
        case_id: int,
        agenda_item_id: int | None,
        content: dd.DecisionContent,
        user_id: int,
        *,
        amends_id: int | None = None,
        amendment_reason: str = "",
    ) -> dd.Decision:
        """Store a new draft decision (or amendment) for a case."""
        if self.session.get(models.Case, case_id) is None:
            raise NotFoundError(Message("Case #{case_id} does not exist.", case_id=case_id))
        now = utcnow()
        row = mm.Decision(
            uid=str(uuid.uuid4()),
            case_id=case_id,
            agenda_item_id=agenda_item_id,
            created_at=now,
            updated_at=now,
            created_by_id=user_id,
            signed_at=None,
            signed_by="",
            signed_by_id=None,
            amends_id=amends_id,
            amendment_reason=amendment_reason,
        )
        _write_content(row, content)
        self.session.add(row)
        self.session.flush()
        return self._decision(row)

    def update_draft(self, decision_id: int, content: dd.DecisionContent) -> dd.Decision:
        """Replace the content of an unsigned decision.

        Raises
        ------
        DecisionFrozenError
            If it is signed.
        """
        row = self._row(decision_id)
        if row.signed_at is not None:
            raise dd.DecisionFrozenError(
                Message(
                    "This decision is signed and cannot be changed; record an amendment with a "
                    "reason instead."
                )
            )
        _write_content(row, content)
        row.updated_at = utcnow()
        row.row_version += 1
        self.session.flush()
        return self._decision(row)

    def sign(self, decision_id: int, signer_name: str, user_id: int) -> dd.Decision:
        """Sign a draft: from now on the database refuses any change to it.

        Raises
        ------
        DecisionFrozenError
            If it is signed already.
        """
        row = self._row(decision_id)
        if row.signed_at is not None:
            raise dd.DecisionFrozenError(Message("This decision is signed already."))
        # The relationship, not only the key: a row read earlier in this transaction (the
        # version check pins it) would otherwise keep its signer loaded as None. Read first:
        # the signature must be one UPDATE (the triggers refuse any change once it is signed).
        signer = self.session.get(models.User, user_id)
        row.signed_at = utcnow()
        row.signed_by = signer_name
        row.signer = signer
        row.row_version += 1  # the last change the row ever takes (triggers freeze it now)
        self.session.flush()
        return self._decision(row)

    def delete_draft(self, decision_id: int) -> dd.Decision:
        """Discard an unsigned decision.

        Raises
        ------
        DecisionFrozenError
            If it is signed.
        """
        row = self._row(decision_id)
        if row.signed_at is not None:
            raise dd.DecisionFrozenError(
                Message("A signed decision cannot be deleted; record an amendment if it is wrong.")
            )
        decision = self._decision(row)
        self.session.delete(row)
        self.session.flush()
        return decision

    def get(self, decision_id: int) -> dd.Decision:
        """One decision."""
        return self._decision(self._row(decision_id))

    def for_case(self, case_id: int) -> list[dd.Decision]:
        """Every decision about a case, oldest first."""
        rows = self.session.scalars(
            select(mm.Decision).where(mm.Decision.case_id == case_id).order_by(mm.Decision.id)
        ).all()
        return [self._decision(row) for row in rows]

    def for_item(self, agenda_item_id: int) -> list[dd.Decision]:
        """Every decision taken for one agenda item, oldest first."""
        rows = self.session.scalars(
            select(mm.Decision)
            .where(mm.Decision.agenda_item_id == agenda_item_id)
            .order_by(mm.Decision.id)
        ).all()
        return [self._decision(row) for row in rows]

    def amendment_of(self, decision_id: int) -> dd.Decision | None:
        """The decision that amends ``decision_id``, if any."""
        row = self.session.scalars(
            select(mm.Decision).where(mm.Decision.amends_id == decision_id)
        ).one_or_none()
        return None if row is None else self._decision(row)

    def _decision(self, row: mm.Decision) -> dd.Decision:
        superseded = self.session.scalar(
            select(mm.Decision.id).where(mm.Decision.amends_id == row.id)
        )
        return dd.Decision(
            id=row.id,
            uid=row.uid,
            case_id=row.case_id,
            agenda_item_id=row.agenda_item_id,
            content=_content(row),
            created_by=row.created_by.username,
            created_at=row.created_at,
            updated_at=row.updated_at,
            signed_by=row.signed_by,
            signed_at=row.signed_at,
            signed_by_username=row.signer.username if row.signer is not None else "",
            amends_id=row.amends_id,
            amendment_reason=row.amendment_reason,
            superseded_by_id=superseded,
            version=row.row_version,
        )

    # --- action items ---------------------------------------------------------------

    def add_action(
        self, agenda_item_id: int, draft: dd.ActionItemDraft, user_id: int
    ) -> dd.ActionItem:
        """Add an action item to one case of a meeting."""
        if self.session.get(mm.AgendaItem, agenda_item_id) is None:
            raise NotFoundError(Message("That case is no longer on the agenda."))
        row = mm.ActionItem(
            agenda_item_id=agenda_item_id,
            description=draft.description,
            owner=draft.owner,
            due_date=draft.due,
            status=draft.status.value,
            created_at=utcnow(),
            created_by_id=user_id,
        )
        self.session.add(row)
        self.session.flush()
        return _action(row)

    def _action_row(self, action_id: int) -> mm.ActionItem:
        row = self.session.get(mm.ActionItem, action_id)
        if row is None:
            raise NotFoundError(Message("That action item no longer exists."))
        return row

    def action(self, action_id: int) -> dd.ActionItem:
        """One action item.

        Raises
        ------
        NotFoundError
            If it no longer exists.
        """
        return _action(self._action_row(action_id))

    def set_action_status(self, action_id: int, status: dd.ActionStatus) -> dd.ActionItem:
        """Mark an action item open or done."""
        row = self._action_row(action_id)
        if row.status != status.value:
            row.status = status.value
            row.row_version += 1
            self.session.flush()
        return _action(row)

    def actions(self, agenda_item_ids: Sequence[int]) -> list[dd.ActionItem]:
        """Action items of the given agenda items, in creation order."""
        rows = self.session.scalars(
            select(mm.ActionItem)
            .where(mm.ActionItem.agenda_item_id.in_(list(agenda_item_ids)))
            .order_by(mm.ActionItem.id)
        ).all()
        return [_action(row) for row in rows]


def _write_content(row: mm.Decision, content: dd.DecisionContent) -> None:
    row.recommendation = content.recommendation.value
    row.procedure = content.procedure
    row.other = content.other
    row.intent = content.intent.value
    row.rationale = content.rationale
    row.guideline_reference = content.guideline_reference
    row.trial_eligibility = content.trial_eligibility.value
    row.trial_reference = content.trial_reference
    row.staging = content.staging
    row.dissent = content.dissent
    row.participants_json = json.dumps(list(content.participants), ensure_ascii=False)


def _content(row: mm.Decision) -> dd.DecisionContent:
    return dd.DecisionContent(
        recommendation=dd.Recommendation(row.recommendation),
        rationale=row.rationale,
        procedure=row.procedure,
        other=row.other,
        intent=dd.Intent(row.intent),
        guideline_reference=row.guideline_reference,
        trial_eligibility=dd.TrialEligibility(row.trial_eligibility),
        trial_reference=row.trial_reference,
        staging=row.staging,
        dissent=row.dissent,
        participants=tuple(json.loads(row.participants_json)),
    )


def _action(row: mm.ActionItem) -> dd.ActionItem:
    return dd.ActionItem(
        id=row.id,
        agenda_item_id=row.agenda_item_id,
        description=row.description,
        owner=row.owner,
        due=row.due_date,
        status=dd.ActionStatus(row.status),
        created_by=row.created_by.username,
        created_at=row.created_at,
        version=row.row_version,
    )


def patient_identity(session: Session, patient_pk: int) -> md.PatientIdentity:
    """Identity of the patient with internal id ``patient_pk`` (PHI, for display and reports).

    Raises
    ------
    NotFoundError
        If the patient is no longer in the index.
    """
    row = session.get(models.Patient, patient_pk)
    if row is None:
        raise NotFoundError(Message("The patient of this case is no longer in the index."))
    return md.PatientIdentity(row.patient_name, row.patient_id, row.birth_date, row.sex)
