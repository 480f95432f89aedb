"""A case's liver plans kept with the case: saved as numbered versions, listed, checked.

:func:`save_liver_plan` stores a draft from :class:`casereview.services.liver_plan.LiverPlanner`
as the case's next version, with its author, time, note and content hash, in one transaction
with its audit record (which holds ids and codes, never the note). A version is never changed:
a decision cites it by UID and content hash, and :func:`verify_liver_plan` recomputes the hash.

Saving refuses a draft computed from segments that were removed or changed since (their mask,
name, colour or code): the stored numbers must be those of the segments the case has.
"""

from __future__ import annotations

import logging

from casereview.domain.audit import AuditAction
from casereview.domain.liver_plan_record import (
    LiverPlanDraft,
    LiverPlanVersion,
    liver_plan_sha256,
    verify_plan,
)
from casereview.errors import ValidationError
from casereview.messages import Message
from casereview.store.database import Database
from casereview.store.repositories import AuditRepository, UserRepository
from casereview.store.repositories_annotations import SegmentRepository
from casereview.store.repositories_liver import LiverPlanRepository
from casereview.store.types import utcnow

log = logging.getLogger(__name__)

__all__ = [
    "MAX_NOTE_LENGTH",
    "get_liver_plan",
    "latest_liver_plan",
    "liver_plan_history",
    "save_liver_plan",
    "verify_liver_plan",
]

#: Longest note a plan keeps (characters): a few paragraphs, not a report.
MAX_NOTE_LENGTH = 4000


def _used_segments(draft: LiverPlanDraft) -> dict[str, str]:
    inputs = draft.inputs
    return {
        c.segment_uuid: c.segment_name for c in (inputs.liver, *inputs.tumours, *inputs.couinaud)
    }


def save_liver_plan(
    db: Database, case_id: int, draft: LiverPlanDraft, actor: str, note: str = ""
) -> LiverPlanVersion:
    """Store a computed plan as the case's next version.

    Parameters
    ----------
    db
        Open case database.
    case_id
        The case the draft was computed on.
    draft
        What :meth:`LiverPlanner.by_segments` or :meth:`LiverPlanner.by_surface` returned.
    actor
        User name of whoever saves it (the version's author).
    note
        What the author wants to say about the plan (kept with it, never in the audit trail).

    Returns
    -------
    LiverPlanVersion
        The stored version (numbered 1, 2, … per case), durable when this returns.

    Raises
    ------
    NotFoundError
        If the case or the actor does not exist.
    ValidationError
        If a segment the plan was computed from is no longer the case's (removed), or changed
        since the plan was computed, or the note is too long.
    """
    note = note.strip()
    if len(note) > MAX_NOTE_LENGTH:
        raise ValidationError(
            Message(
                "A plan's note may have at most {limit} characters; shorten it.",
                limit=MAX_NOTE_LENGTH,
            )
        )
    content_sha256 = liver_plan_sha256(draft.inputs, draft.result)
    at = utcnow()
    with db.writing() as session:
        user_id = UserRepository(session).row_id(actor)
        current = {s.uuid: s for s in SegmentRepository(session).list(case_id)}
        gone = [name for uuid, name in _used_segments(draft).items() if uuid not in current]
        if gone:
            raise ValidationError(
                Message(
                    "The plan was computed from segments this case no longer has ({segments}); "
                    "plan the resection again.",
                    segments=", ".join(sorted(gone)),
                )
            )
        changed = [
            current[uuid].name
            for uuid, modified_at in draft.segment_versions
            if uuid in current and current[uuid].modified_at != modified_at
        ]
        if changed:
            raise ValidationError(
                Message(
                    "The segments {segments} changed after the plan was computed; plan the "
                    "resection again so the saved numbers are theirs.",
                    segments=", ".join(sorted(changed)),
                )
            )
        repository = LiverPlanRepository(session)
        version = repository.add_version(
            case_id, draft.inputs, draft.result, content_sha256, actor, at, note=note
        )
        AuditRepository(session).append(
            AuditAction.LIVER_PLAN_SAVED,
            "liver_plan",
            version.uid,
            user_id,
            {
                "case": case_id,
                "version": version.number,
                "kind": draft.inputs.kind.value,
                "sha256": content_sha256,
            },
        )
    log.info("liver plan of case #%d saved as version %d", case_id, version.number)
    return version


def latest_liver_plan(db: Database, case_id: int) -> LiverPlanVersion | None:
    """The newest of the case's own plans (not a partner's), or ``None`` if none was saved."""
    with db.reading() as session:
        return LiverPlanRepository(session).latest(case_id)


def liver_plan_history(db: Database, case_id: int) -> list[LiverPlanVersion]:
    """Every saved plan of the case, ours and partners' (``origin``), oldest first."""
    with db.reading() as session:
        return LiverPlanRepository(session).history(case_id)


def get_liver_plan(db: Database, uid: str) -> LiverPlanVersion:
    """The plan version with UID ``uid``.

    Raises
    ------
    NotFoundError
        If there is none.
    """
    with db.reading() as session:
        return LiverPlanRepository(session).get(uid)


def verify_liver_plan(version: LiverPlanVersion) -> bool:
    """Whether a version's content still has the hash it was saved (and cited) with."""
    return verify_plan(version)
