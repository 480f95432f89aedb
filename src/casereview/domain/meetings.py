"""MDT meetings: the agenda of cases, who attends, and whether the meeting is quorate."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from casereview.domain.users import Role
from casereview.errors import ValidationError
from casereview.messages import Message

MAX_MEETING_TITLE = 200
MAX_NAME = 128


class MeetingStatus(enum.StrEnum):
    """Where a meeting stands."""

    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    CLOSED = "closed"


class AgendaStatus(enum.StrEnum):
    """Where one case on the agenda stands."""

    PREPARING = "preparing"
    READY = "ready"
    DISCUSSED = "discussed"
    DEFERRED = "deferred"


class Attendance(enum.StrEnum):
    """How an attendee takes part; remote attendees count towards the quorum."""

    EXPECTED = "expected"
    PRESENT = "present"
    REMOTE = "remote"
    ABSENT = "absent"

    @property
    def takes_part(self) -> bool:
        """Whether the attendee is in the discussion (in the room or remote)."""
        return self in (Attendance.PRESENT, Attendance.REMOTE)


class ChecklistItem(enum.StrEnum):
    """Preparation checklist of a case before the meeting."""

    IMAGING_REVIEWED = "imaging_reviewed"
    KEY_IMAGES_SELECTED = "key_images_selected"
    PATHOLOGY_AVAILABLE = "pathology_available"


@dataclass(frozen=True, slots=True)
class MeetingDraft:
    """What a user supplies to create or edit a meeting.

    Parameters
    ----------
    title
        E.g. "HPB MDT".
    scheduled_at
        Start, timezone-aware.
    duration_minutes
        Planned length.
    location
        Room, or empty for a remote-only meeting.
    remote_link
        Video-conference address, or empty.
    chair
        Name of the chair, who signs decisions off.
    """

    title: str
    scheduled_at: datetime
    duration_minutes: int = 60
    location: str = ""
    remote_link: str = ""
    chair: str = ""

    def __post_init__(self) -> None:
        title = self.title.strip()
        if not title:
            raise ValidationError(Message("A meeting needs a title."))
        if len(title) > MAX_MEETING_TITLE:
            raise ValidationError(
                Message(
                    "A meeting title may have at most {limit} characters.",
                    limit=MAX_MEETING_TITLE,
                )
            )
        if self.scheduled_at.tzinfo is None:
            raise ValidationError(Message("The meeting time needs a time zone."))
        if not 5 <= self.duration_minutes <= 24 * 60:
            raise ValidationError(Message("A meeting lasts between 5 minutes and 24 hours."))
        object.__setattr__(self, "title", title)
        object.__setattr__(self, "location", self.location.strip())
        object.__setattr__(self, "remote_link", self.remote_link.strip())
        object.__setattr__(self, "chair", self.chair.strip())


@dataclass(frozen=True, slots=True)
class QuorumRule:
    """Specialties that must take part, and how many people at least.

    Parameters
    ----------
    required_roles
        Each must be represented by at least one attendee present or remote.
    minimum_attendees
        Attendees present or remote needed in total.
    """

    required_roles: tuple[Role, ...] = (
        Role.SURGEON,
        Role.RADIOLOGIST,
        Role.ONCOLOGIST,
        Role.PATHOLOGIST,
    )
    minimum_attendees: int = 4

    def __post_init__(self) -> None:
        if self.minimum_attendees < 1:
            raise ValidationError(Message("A quorum needs at least one attendee."))
        object.__setattr__(self, "required_roles", tuple(dict.fromkeys(self.required_roles)))

    def to_text(self) -> str:
        """Comma-separated role values, as stored with a meeting."""
        return ",".join(role.value for role in self.required_roles)

    @classmethod
    def from_text(cls, roles: str, minimum_attendees: int) -> QuorumRule:
        """Inverse of :meth:`to_text`."""
        return cls(tuple(Role(r) for r in roles.split(",") if r), minimum_attendees)


@dataclass(frozen=True, slots=True)
class AttendeeDraft:
    """An attendee as entered: visiting physicians need no account on this workstation."""

    name: str
    role: Role = Role.OTHER
    specialty: str = ""
    institution: str = ""
    attendance: Attendance = Attendance.EXPECTED

    def __post_init__(self) -> None:
        name = self.name.strip()
        if not name:
            raise ValidationError(Message("An attendee needs a name."))
        if len(name) > MAX_NAME:
            raise ValidationError(
                Message("A name may have at most {limit} characters.", limit=MAX_NAME)
            )
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "specialty", self.specialty.strip())
        object.__setattr__(self, "institution", self.institution.strip())


@dataclass(frozen=True, slots=True)
class Attendee:
    """A stored attendee of one meeting."""

    id: int
    meeting_id: int
    name: str
    role: Role
    specialty: str
    institution: str
    attendance: Attendance
    #: How many times its attendance was changed (``row_version``, see ``AgendaItem.version``).
    version: int = 1


@dataclass(frozen=True, slots=True)
class QuorumStatus:
    """Whether the attendees taking part satisfy a :class:`QuorumRule`."""

    met: bool
    taking_part: int
    minimum: int
    missing_roles: tuple[Role, ...]


def evaluate_quorum(rule: QuorumRule, attendees: Iterable[Attendee]) -> QuorumStatus:
    """Check ``attendees`` against ``rule`` (present and remote attendees count)."""
    taking_part = [a for a in attendees if a.attendance.takes_part]
    roles = {a.role for a in taking_part}
    missing = tuple(role for role in rule.required_roles if role not in roles)
    met = not missing and len(taking_part) >= rule.minimum_attendees
    return QuorumStatus(met, len(taking_part), rule.minimum_attendees, missing)


@dataclass(frozen=True, slots=True)
class AgendaItem:
    """One case on a meeting's agenda, with its preparation."""

    id: int
    meeting_id: int
    case_id: int
    case_title: str
    position: int
    question: str
    history: str
    staging: str
    checklist: frozenset[ChecklistItem]
    status: AgendaStatus
    #: How many times people changed it in place (``row_version``); an editor hands the
    #: version it loaded back with its change so a change made meanwhile is not overwritten.
    version: int = 1

    @property
    def prepared(self) -> bool:
        """Whether every checklist item is ticked."""
        return self.checklist == frozenset(ChecklistItem)


@dataclass(frozen=True, slots=True)
class Meeting:
    """A stored meeting (without agenda and attendees, see :class:`MeetingDetail`)."""

    id: int
    uid: str
    title: str
    scheduled_at: datetime
    duration_minutes: int
    location: str
    remote_link: str
    chair: str
    status: MeetingStatus
    quorum_rule: QuorumRule
    created_by: str
    created_at: datetime
    #: How many times people changed it in place (``row_version``); an editor hands the
    #: version it loaded back with its change so a change made meanwhile is not overwritten.
    version: int = 1


@dataclass(frozen=True, slots=True)
class MeetingDetail:
    """A meeting with its ordered agenda and its attendees."""

    meeting: Meeting
    agenda: tuple[AgendaItem, ...] = ()
    attendees: tuple[Attendee, ...] = ()
    quorum: QuorumStatus = field(default_factory=lambda: QuorumStatus(False, 0, 1, ()))

    def item(self, item_id: int) -> AgendaItem:
        """The agenda item with ``item_id``.

        Raises
        ------
        ValidationError
            If it is not on this meeting's agenda.
        """
        for item in self.agenda:
            if item.id == item_id:
                return item
        raise ValidationError(Message("That case is not on this meeting's agenda."))


def check_new_order(current: Sequence[int], proposed: Sequence[int]) -> None:
    """Check that ``proposed`` is a reordering of ``current`` agenda item ids.

    Raises
    ------
    ValidationError
        If items are missing, repeated or foreign.
    """
    if sorted(current) != sorted(proposed) or len(set(proposed)) != len(proposed):
        raise ValidationError(
            Message(
                "The new agenda order must list every case of the meeting exactly once; "
                "reload the meeting and try again."
            )
        )


@dataclass(frozen=True, slots=True)
class PatientIdentity:
    """Who a case is about (PHI): on reports and on screen only when identity is shown."""

    name: str
    patient_id: str
    birth_date: str
    sex: str

    def as_text(self) -> str:
        """Identity on one line: "DOE, Jane · PID-1 · 1958-03-12"."""
        family, _, given = self.name.partition("^")
        name = f"{family}, {given.split('^')[0]}" if given else family
        date = self.birth_date
        if len(date) == 8 and date.isdigit():
            date = f"{date[:4]}-{date[4:6]}-{date[6:]}"
        return " · ".join(part for part in (name, self.patient_id, date) if part)
