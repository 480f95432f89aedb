"""The state of a session as one participant knows it: a pure state machine, no I/O.

Every participant runs the same :class:`SessionModel` over the same entries in the same order
(the key-value stream's order: the history a joiner replays, then live updates), so every
participant that has seen the same entries holds the same state, and a late joiner or a
participant rejoining after a drop reaches the state the others hold.

Rules, applied to each entry in order:

- A sender's sequence numbers only grow: an entry with a number already seen from that
  sender is a replay and is dropped.
- What everyone sees (:data:`~casereview.joint.protocol.VIEW_FACETS`, zoom and pan,
  annotations) is taken only from the participant in control at that point of the stream.
  Before any control entry has been seen (a history that starts later) it is taken from anyone.
- Control changes only as allowed: the presenter may change anything but who presents; the
  driver may hand control to anyone; while control is open, anyone may take it for themselves.
- A participant announces only itself; a control request is made or withdrawn by its
  participant (or withdrawn by the presenter or driver when they answer it).
- A value naming a case package that is not the session's raises a
  :class:`~casereview.joint.errors.ForeignPackageError` event and changes nothing.

While the local user looks around (``following`` off), changes of the session are kept but
not shown; :meth:`SessionModel.set_following` with ``True`` shows them at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum

from casereview.joint.errors import ForeignPackageError, JointError
from casereview.joint.protocol import (
    ANNOTATION_PREFIX,
    VIEW_FACETS,
    ZOOM_PREFIX,
    ControlMode,
    ControlRequest,
    ControlState,
    FacetValue,
    ParticipantInfo,
    ParticipantRole,
    Pointer,
    package_of,
)
from casereview.messages import Message

log = logging.getLogger(__name__)

#: A participant unheard for this long (seconds) is shown as having lost the connection.
PRESENCE_TIMEOUT_S = 16.0


def is_view_facet(facet: str) -> bool:
    """Whether ``facet`` is part of what everyone sees (written only by the driver)."""
    return facet in VIEW_FACETS or facet.startswith((ZOOM_PREFIX, ANNOTATION_PREFIX))


class Connection(StrEnum):
    """A participant's connection as the others see it."""

    CONNECTED = "connected"
    LOST = "lost"  #: not heard from for :data:`PRESENCE_TIMEOUT_S`
    LEFT = "left"


@dataclass(frozen=True, slots=True)
class Received:
    """An entry read from the relay and opened: who sent it, its number, the facet's value.

    ``value`` is ``None`` when the entry removes the facet (an annotation wiped, a request
    withdrawn).
    """

    facet: str
    sender: str
    seq: int
    value: FacetValue | None


@dataclass(frozen=True, slots=True)
class Participant:
    """A participant as the participants list shows them."""

    participant_id: str
    name: str
    institution: str
    role: ParticipantRole
    connection: Connection
    driving: bool
    requesting: bool


# --- events ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StateChange:
    """A facet the local view must show now (``value`` ``None``: remove it, an annotation)."""

    facet: str
    value: FacetValue | None
    sender: str


@dataclass(frozen=True, slots=True)
class ControlChange:
    """Control passed (or opened); ``previous`` is ``None`` for the first control seen."""

    control: ControlState
    previous: ControlState | None


@dataclass(frozen=True, slots=True)
class ParticipantsChange:
    """Someone joined, left, lost or regained the connection, or asked for control."""

    participants: tuple[Participant, ...]


@dataclass(frozen=True, slots=True)
class PointerMoved:
    """A participant points at a place (named by their display name)."""

    participant_id: str
    name: str
    pointer: Pointer


@dataclass(frozen=True, slots=True)
class JointProblem:
    """Something received could not be used; nothing local changed."""

    error: JointError


Event = StateChange | ControlChange | ParticipantsChange | PointerMoved | JointProblem


class SessionModel:
    """One participant's view of a session (see the module's rules).

    Parameters
    ----------
    own_id
        This participant's id.
    packages
        The session's case packages.
    check
        Says whether a value can be shown here (e.g. the series is held), returning the error
        to report when it cannot; the value still becomes the session's state but is not shown.
    """

    def __init__(
        self,
        own_id: str,
        packages: Iterable[str],
        check: Callable[[FacetValue], JointError | None] | None = None,
    ) -> None:
        self.own_id = own_id
        self.packages = frozenset(packages)
        self._check = check
        #: The session's state: what the driver set (view facets and annotations).
        self.state: dict[str, FacetValue] = {}
        #: What the local view shows (the state while following).
        self.shown: dict[str, FacetValue] = {}
        self.following = True
        #: True while the stored history is replayed (at join); then live entries follow.
        self.replaying = True
        self.control: ControlState | None = None
        #: Revision of the newest control entry in the store (for compare-and-swap).
        self.control_revision = 0
        self.participants: dict[str, ParticipantInfo] = {}
        self.requests: set[str] = set()
        self.last_seq: dict[str, int] = {}
        self.last_pointer_seq: dict[str, int] = {}
        self.last_heard: dict[str, float] = {}
        self._connections: dict[str, Connection] = {}

    # --- queries ---------------------------------------------------------------------------

    @property
    def driving(self) -> bool:
        """Whether this participant is in control."""
        return self.control is not None and self.control.driver == self.own_id

    @property
    def presenting(self) -> bool:
        """Whether this participant is the presenter."""
        return self.control is not None and self.control.presenter == self.own_id

    def name_of(self, participant_id: str) -> str:
        """A participant's display name ("" if they have not announced themselves)."""
        info = self.participants.get(participant_id)
        return info.name if info is not None else ""

    def participant_list(self) -> tuple[Participant, ...]:
        """The participants, the presenter first, then in order of joining."""
        driver = self.control.driver if self.control is not None else ""
        listed = [
            Participant(
                pid,
                info.name,
                info.institution,
                info.role,
                self._connections.get(pid, Connection.CONNECTED),
                pid == driver,
                pid in self.requests,
            )
            for pid, info in self.participants.items()
        ]
        listed.sort(key=lambda p: p.role is not ParticipantRole.PRESENTER)
        return tuple(listed)

    # --- entries from the store -----------------------------------------------------------

    def receive(self, entry: Received, revision: int = 0) -> list[Event]:
        """Apply one entry of the store, in stream order; return what changed."""
        if entry.seq <= self.last_seq.get(entry.sender, 0):
            log.debug("dropped a replayed or duplicate session message")
            return []
        self.last_seq[entry.sender] = entry.seq
        value = entry.value
        if isinstance(value, ControlState):
            self.control_revision = max(self.control_revision, revision)
            return self._control(entry.sender, value)
        if isinstance(value, ParticipantInfo):
            return self._participant(entry.sender, value)
        if isinstance(value, ControlRequest) or entry.facet.startswith("request/"):
            return self._request(entry)
        if is_view_facet(entry.facet):
            return self._view(entry)
        return []

    def _control(self, sender: str, new: ControlState) -> list[Event]:
        old = self.control
        if old is not None and not self._may_set_control(sender, old, new):
            log.info("ignored a control change its sender was not entitled to")
            return []
        self.control = new
        self.requests.discard(new.driver)
        return [ControlChange(new, old), *self._participants_changed()]

    def _participants_changed(self) -> list[Event]:
        # While the history is replayed the list is told once, at its end (a joiner replaying
        # n announcements would otherwise build n lists of up to n participants).
        return [] if self.replaying else [ParticipantsChange(self.participant_list())]

    @staticmethod
    def _may_set_control(sender: str, old: ControlState, new: ControlState) -> bool:
        if new.presenter != old.presenter:
            return False
        if sender == old.presenter:
            return True
        if sender == old.driver:
            return new.mode is old.mode or new.mode is ControlMode.HELD
        return (
            old.mode is ControlMode.OPEN and new.driver == sender and new.mode is ControlMode.HELD
        )

    def _participant(self, sender: str, info: ParticipantInfo) -> list[Event]:
        if info.participant_id != sender:
            log.info("ignored a participant announced by someone else")
            return []
        self.participants[sender] = info
        self._connections[sender] = Connection.CONNECTED if info.present else Connection.LEFT
        if not info.present:
            self.requests.discard(sender)
        return self._participants_changed()

    def _request(self, entry: Received) -> list[Event]:
        pid = entry.facet.removeprefix("request/")
        answering = self.control is not None and entry.sender in (
            self.control.presenter,
            self.control.driver,
        )
        if entry.value is not None and entry.sender == pid:
            if self.control is not None and self.control.driver == pid:
                return []  # already in control
            self.requests.add(pid)
        elif entry.value is None and (entry.sender == pid or answering):
            self.requests.discard(pid)
        else:
            return []
        return self._participants_changed()

    def _view(self, entry: Received) -> list[Event]:
        if self.control is not None and entry.sender != self.control.driver:
            log.info("ignored a view change from a participant not in control")
            return []
        value = entry.value
        if value is not None:
            package = package_of(value)
            if package is not None and package not in self.packages:
                return [
                    JointProblem(
                        ForeignPackageError(
                            Message(
                                "A participant sent a view of a case that is not part of this "
                                "session; it was not shown and nothing was changed."
                            )
                        )
                    )
                ]
        if value is None:
            if self.state.pop(entry.facet, None) is None:
                return []
        else:
            if self.state.get(entry.facet) == value:
                return []
            self.state[entry.facet] = value
        if entry.sender == self.own_id and not self.replaying:
            return []  # our own change coming back: the view shows it (or a newer one) already
        if not self.following:
            return []
        return self._show(entry.facet, value, entry.sender)

    def _show(self, facet: str, value: FacetValue | None, sender: str) -> list[Event]:
        if value is None:
            if self.shown.pop(facet, None) is None:
                return []
            return [StateChange(facet, None, sender)]
        if self.shown.get(facet) == value:
            return []
        problem = self._check(value) if self._check is not None else None
        if problem is not None:
            return [JointProblem(problem)]
        self.shown[facet] = value
        return [StateChange(facet, value, sender)]

    # --- local changes ---------------------------------------------------------------------

    def change_locally(self, value: FacetValue | None, facet: str) -> None:
        """Record what the local view shows after a change made at this workstation.

        When this participant is in control the change is also sent; it becomes the session's
        state when it comes back from the store (in the store's order).
        """
        if value is None:
            self.shown.pop(facet, None)
        else:
            self.shown[facet] = value

    def set_following(self, following: bool) -> list[Event]:
        """Leave "follow" (keep the session's changes without showing them) or snap back
        (show the session's state now: one change per facet that differs)."""
        self.following = following
        if not following:
            return []
        events: list[Event] = []
        for facet in [f for f in self.shown if f.startswith(ANNOTATION_PREFIX)]:
            if facet not in self.state:
                events.extend(self._show(facet, None, ""))
        for facet, value in list(self.state.items()):
            events.extend(self._show(facet, value, ""))
        return events

    # --- pointers and presence ----------------------------------------------------------

    def receive_pointer(self, sender: str, seq: int, pointer: Pointer) -> list[Event]:
        """A pointer from another participant (dropped when older than one already seen)."""
        if seq <= self.last_pointer_seq.get(sender, 0) or sender == self.own_id:
            return []
        self.last_pointer_seq[sender] = seq
        if pointer.package not in self.packages:
            return []
        return [PointerMoved(sender, self.name_of(sender), pointer)]

    def heard(self, sender: str, now: float) -> list[Event]:
        """A presence beat from ``sender`` at monotonic time ``now`` (a participant who had
        lost the connection has it again)."""
        self.last_heard[sender] = now
        if self._connections.get(sender) is Connection.LOST:
            self._connections[sender] = Connection.CONNECTED
            return [ParticipantsChange(self.participant_list())]
        return []

    def tick(self, now: float) -> list[Event]:
        """Update connection states at monotonic time ``now`` (participants silent too long
        have lost the connection)."""
        changed = False
        for pid, info in self.participants.items():
            if pid == self.own_id:
                continue
            if not info.present:
                state = Connection.LEFT
            elif now - self.last_heard.setdefault(pid, now) > PRESENCE_TIMEOUT_S:
                state = Connection.LOST
            else:
                state = Connection.CONNECTED
            if self._connections.get(pid) != state:
                self._connections[pid] = state
                changed = True
        return [ParticipantsChange(self.participant_list())] if changed else []
