"""Optimistic concurrency for what people edit in place: the version check and its message.

Cases, meetings, agenda items, attendees, unsigned decisions and action items carry a
``row_version`` (revision 0018). An editor remembers the version it loaded and hands it to the
service as ``expected_version``; the service refuses the change with :class:`EditConflictError`
when the stored version moved on since, instead of silently overwriting someone else's change.
Two transactions that both read the same version cannot both win either: every UPDATE requires
the version it read (SQLAlchemy's ``version_id_col``), and the loser's
:class:`~sqlalchemy.orm.exc.StaleDataError` becomes the same :class:`EditConflictError`
(:func:`conflict_guard`).

The message says who changed what and when, taken from the audit trail (the change and its
audit record are written in one transaction), and that the user's text is kept::

    Dr Chen changed this case's question at 14:32 while you were editing; your text is kept
    in the editor — reload to see theirs, then save again.
"""

from __future__ import annotations

import enum
import json
import logging
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import cast

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from casereview.domain.audit import AuditAction
from casereview.errors import EditConflictError
from casereview.messages import Message, joined
from casereview.store import models
from casereview.store import models_meetings as mm
from casereview.store.database import Database

log = logging.getLogger(__name__)

_Versioned = models.Case | mm.Meeting | mm.AgendaItem | mm.Attendee | mm.Decision | mm.ActionItem

#: Key of ``Session.info`` holding the rows :func:`check_version` checked (strong references).
_PINNED = "casereview_checked_rows"

#: How many of an entity's newest audit records are searched for the change that conflicts.
_AUDIT_LOOKBACK = 50


class Edited(enum.Enum):
    """The kinds of item edited in place, with how their changes are found in the audit trail."""

    CASE = "case"
    MEETING = "meeting"
    AGENDA_ITEM = "agenda_item"
    ATTENDEE = "attendee"
    DECISION = "decision"
    ACTION_ITEM = "action_item"


@dataclass(frozen=True, slots=True)
class _AuditTrace:
    """Where an item's changes are audited: entity type, actions, and the details key (if the
    record names the item inside its details rather than as its entity)."""

    entity_type: str
    actions: frozenset[AuditAction]
    detail_key: str | None = None


_TRACES: Mapping[Edited, _AuditTrace] = {
    Edited.CASE: _AuditTrace("case", frozenset({AuditAction.CASE_UPDATED})),
    Edited.MEETING: _AuditTrace(
        "meeting", frozenset({AuditAction.MEETING_UPDATED, AuditAction.AGENDA_CHANGED})
    ),
    Edited.AGENDA_ITEM: _AuditTrace("meeting", frozenset({AuditAction.AGENDA_CHANGED}), "item"),
    Edited.ATTENDEE: _AuditTrace(
        "meeting", frozenset({AuditAction.ATTENDANCE_CHANGED}), "attendee"
    ),
    Edited.DECISION: _AuditTrace(
        "decision", frozenset({AuditAction.DECISION_UPDATED, AuditAction.DECISION_SIGNED})
    ),
    Edited.ACTION_ITEM: _AuditTrace("action_item", frozenset({AuditAction.ACTION_ITEM_CHANGED})),
}

#: The item as the sentence names it, when no field is known.
_ITEMS: Mapping[Edited, Message] = {
    Edited.CASE: Message("this case"),
    Edited.MEETING: Message("this meeting"),
    Edited.AGENDA_ITEM: Message("this case's preparation for the MDT"),
    Edited.ATTENDEE: Message("this attendee"),
    Edited.DECISION: Message("this draft decision"),
    Edited.ACTION_ITEM: Message("this action item"),
}

#: Field names of the audit records, as the sentence names them.
_FIELDS: Mapping[str, Message] = {
    "title": Message("title"),
    "clinical_question": Message("question"),
    "status": Message("status"),
    "tags": Message("tags"),
    "question": Message("question for the MDT"),
    "history": Message("history"),
    "staging": Message("staging"),
    "imaging_reviewed": Message("preparation checklist"),
    "key_images_selected": Message("preparation checklist"),
    "pathology_available": Message("preparation checklist"),
    "scheduled_at": Message("date and time"),
    "duration_minutes": Message("duration"),
    "location": Message("location"),
    "remote_link": Message("remote link"),
    "chair": Message("chair"),
    "quorum": Message("quorum rule"),
    "order": Message("agenda order"),
    "attendance": Message("attendance"),
}

_OWNERS: Mapping[Edited, Callable[[str], Message]] = {
    Edited.CASE: lambda field: Message("this case's {field}", field=field),
    Edited.MEETING: lambda field: Message("this meeting's {field}", field=field),
    Edited.AGENDA_ITEM: lambda field: Message("this case's {field}", field=field),
    Edited.ATTENDEE: lambda field: Message("this attendee's {field}", field=field),
    Edited.DECISION: lambda field: Message("this draft decision's {field}", field=field),
    Edited.ACTION_ITEM: lambda field: Message("this action item's {field}", field=field),
}


@dataclass(frozen=True, slots=True)
class ConflictingChange:
    """The newest audited change of an item: who made it, when, and to which fields."""

    who: str
    when: datetime
    fields: tuple[str, ...]
    signed: bool = False


def check_version(
    session: Session,
    edited: Edited,
    item_id: int,
    expected_version: int | None,
    *,
    audit_entity_id: int | None = None,
    signing: bool = False,
) -> None:
    """Refuse an edit made on an older version of the item.

    The item's row stays pinned in ``session`` until it closes: the session's identity map
    holds rows weakly, and a repository reading the row again would otherwise see a version
    committed since this check (PostgreSQL reads the newest committed row in every
    statement), so the UPDATE would require that newer version instead of the checked one and
    overwrite a change nobody read.

    Parameters
    ----------
    session
        The write transaction the edit runs in (the audit trail is read in it).
    edited, item_id
        What is edited.
    expected_version
        The version the user's editor loaded; ``None`` skips the check (a command-line edit
        that states its whole new value, or a change the application makes itself).
    audit_entity_id
        The id the audit records name when it is not ``item_id`` (an agenda item's or
        attendee's meeting).
    signing
        The edit is a signature: the message asks to read the decision again before signing
        rather than to save again.

    Raises
    ------
    EditConflictError
        If ``expected_version`` is given and differs from the stored version.
    """
    row = cast("_Versioned | None", session.get(_MODELS[edited], item_id))
    if row is None:
        return  # the repository reports it missing
    session.info.setdefault(_PINNED, []).append(row)
    if expected_version is None or expected_version == row.row_version:
        return
    raise conflict_error(
        session,
        edited,
        item_id,
        row.row_version,
        audit_entity_id=audit_entity_id,
        signing=signing,
    )


@contextmanager
def conflict_guard(
    db: Database,
    edited: Edited,
    item_id: int,
    *,
    audit_entity_id: int | None = None,
    signing: bool = False,
) -> Iterator[None]:
    """Turn a lost race on the version column into :class:`EditConflictError`.

    Two workstations may read the same version at the same moment; the database lets the first
    UPDATE through and makes the second match no row, which SQLAlchemy reports as
    :class:`StaleDataError` at flush. Wrap the whole ``db.writing()`` block: the failed
    transaction is rolled back first, then the winner's change is read for the message.
    """
    try:
        yield
    except StaleDataError as exc:
        log.info("edit conflict on %s #%d (concurrent write)", edited.value, item_id)
        with db.reading() as session:
            raise conflict_error(
                session,
                edited,
                item_id,
                _stored_version(session, edited, item_id),
                audit_entity_id=audit_entity_id,
                signing=signing,
            ) from exc


def conflict_error(
    session: Session,
    edited: Edited,
    item_id: int,
    current_version: int | None,
    *,
    audit_entity_id: int | None = None,
    signing: bool = False,
) -> EditConflictError:
    """The error that tells the user who changed the item, what and when.

    Parameters
    ----------
    current_version
        The version stored now (``None`` if the item is gone).
    """
    change = latest_change(session, edited, item_id, audit_entity_id=audit_entity_id)
    log.info("edit conflict on %s #%d", edited.value, item_id)
    return EditConflictError(_describe(edited, change, signing), current_version)


def latest_change(
    session: Session, edited: Edited, item_id: int, *, audit_entity_id: int | None = None
) -> ConflictingChange | None:
    """The newest audited change of an item, or ``None`` when the trail names none."""
    trace = _TRACES[edited]
    entity_id = item_id if audit_entity_id is None else audit_entity_id
    rows = session.execute(
        select(models.AuditEvent, models.User.display_name)
        .outerjoin(models.User, models.AuditEvent.user_id == models.User.id)
        .where(
            models.AuditEvent.entity_type == trace.entity_type,
            models.AuditEvent.entity_id == str(entity_id),
            models.AuditEvent.action.in_([action.value for action in trace.actions]),
        )
        .order_by(models.AuditEvent.id.desc())
        .limit(_AUDIT_LOOKBACK)
    ).all()
    for event, display_name in rows:
        details = json.loads(event.details_json or "{}")
        if not isinstance(details, dict):
            continue
        if trace.detail_key is not None and details.get(trace.detail_key) != item_id:
            continue
        if edited is Edited.MEETING and event.action == AuditAction.AGENDA_CHANGED.value:
            if "order" not in details:
                continue  # a case added or removed is not an edit of the meeting itself
            fields: tuple[str, ...] = ("order",)
        elif edited is Edited.ATTENDEE:
            fields = ("attendance",)
        else:
            raw = details.get("fields", ())
            fields = tuple(str(f) for f in raw) if isinstance(raw, list) else ()
        return ConflictingChange(
            who=display_name or "",
            when=event.occurred_at,
            fields=fields,
            signed=event.action == AuditAction.DECISION_SIGNED.value,
        )
    return None


def _describe(edited: Edited, change: ConflictingChange | None, signing: bool) -> Message:
    what = _what(edited, change)
    if change is None or not change.who:
        if signing:
            return Message(
                (
                    "Someone at another workstation changed {what} after you opened it; read "
                    "it again before signing."
                ),
                what=what,
            )
        return Message(
            (
                "Someone at another workstation changed {what} while you were editing; your "
                "text is kept in the editor — reload to see theirs, then save again."
            ),
            what=what,
        )
    when = _local_time(change.when)
    if signing:
        return Message(
            "{who} changed {what} at {when} after you opened it; read it again before signing.",
            who=change.who,
            what=what,
            when=when,
        )
    if change.signed:
        return Message(
            (
                "{who} signed this decision at {when} while you were editing; your text is kept "
                "in the editor — record it as an amendment."
            ),
            who=change.who,
            when=when,
        )
    return Message(
        (
            "{who} changed {what} at {when} while you were editing; your text is kept in the "
            "editor — reload to see theirs, then save again."
        ),
        who=change.who,
        what=what,
        when=when,
    )


def _what(edited: Edited, change: ConflictingChange | None) -> Message:
    names: list[Message] = []
    for name in change.fields if change is not None else ():
        field = _FIELDS.get(name)
        if field is not None and field not in names:
            names.append(field)
    if not names:
        return _ITEMS[edited]
    # Every name is a Message, so the list is one too and translates as a whole.
    return _OWNERS[edited](joined(names))


def _local_time(moment: datetime) -> str:
    """``14:32`` today, ``2026-11-03 14:32`` on another day, in this workstation's time zone."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    local = aware.astimezone()
    if local.date() == datetime.now(UTC).astimezone().date():
        return local.strftime("%H:%M")
    return local.strftime("%Y-%m-%d %H:%M")


_MODELS: Mapping[Edited, type[_Versioned]] = {
    Edited.CASE: models.Case,
    Edited.MEETING: mm.Meeting,
    Edited.AGENDA_ITEM: mm.AgendaItem,
    Edited.ATTENDEE: mm.Attendee,
    Edited.DECISION: mm.Decision,
    Edited.ACTION_ITEM: mm.ActionItem,
}


def _stored_version(session: Session, edited: Edited, item_id: int) -> int | None:
    model = _MODELS[edited]
    version = session.scalar(select(model.row_version).where(model.id == item_id))
    return None if version is None else int(version)
