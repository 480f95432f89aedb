"""Recording, signing and amending MDT decisions; action items.

A decision is a draft until the chair signs it. A signed decision is frozen: the service refuses
to change it and the database triggers of revision 0007 refuse it too, whatever the client. A
change to a signed decision is an amendment: a new decision with a reason, pointing to the one
it replaces, signed in its turn.

A decision cites its evidence (the exact assessment version, key images, annotations: an
``EvidenceRequest`` given when it is recorded, edited or amended), written in the same
transaction as the decision and frozen with it (:mod:`casereview.services.decision_evidence`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from casereview.domain.audit import AuditAction
from casereview.domain.decision_evidence import Citation, EvidenceRequest
from casereview.domain.decisions import (
    ActionItem,
    ActionItemDraft,
    ActionStatus,
    Decision,
    DecisionContent,
    DecisionFrozenError,
)
from casereview.domain.meetings import AgendaStatus
from casereview.errors import DatabaseError, ValidationError
from casereview.messages import Message, joined
from casereview.services.edit_conflicts import Edited, check_version, conflict_guard
from casereview.services.user_secrets import confirm_user
from casereview.store.database import Database
from casereview.store.repositories import AuditRepository, UserRepository
from casereview.store.repositories_evidence import EvidenceRepository
from casereview.store.repositories_meetings import DecisionRepository, MeetingRepository

log = logging.getLogger(__name__)


def _cite(session: Session, case_id: int, decision_id: int, evidence: EvidenceRequest) -> list[str]:
    """Store what ``evidence`` names as the decision's citations; returns them for the audit.

    Imported here, not at the top: resolving an assessment loads the measuring code, which a
    decision without evidence (and ``casereview-cli meeting show``) need not wait for.
    """
    from casereview.services.decision_evidence import resolve_evidence

    citations = EvidenceRepository(session).replace(
        decision_id, resolve_evidence(session, case_id, evidence)
    )
    return _audited(citations)


def _audited(citations: tuple[Citation, ...]) -> list[str]:
    # UIDs and short hashes only: the snapshots (names, captions) stay out of the audit trail.
    return [f"{c.kind.value}:{c.uid}:{c.short_hash}" for c in citations]


def record_decision(
    db: Database,
    case_id: int,
    content: DecisionContent,
    actor: str,
    *,
    agenda_item_id: int | None = None,
    evidence: EvidenceRequest | None = None,
) -> Decision:
    """Store a draft decision about a case (taken at a meeting when ``agenda_item_id`` is given).

    Parameters
    ----------
    evidence
        What the decision cites (the assessment version shown, key images, annotations),
        stored with it; nothing when ``None``.

    Raises
    ------
    ValidationError
        If the agenda item belongs to another case, the case already has a current decision
        at this meeting (edit that draft, or amend it once signed), or cited evidence belongs
        to another case or was removed.
    NotFoundError
        If cited evidence does not exist.
    """
    with db.writing() as session:
        user_id = UserRepository(session).row_id(actor)
        repo = DecisionRepository(session)
        if agenda_item_id is not None:
            item = MeetingRepository(session).item(agenda_item_id)
            if item.case_id != case_id:
                raise ValidationError(Message("That agenda item is about another case."))
            if any(d.is_current for d in repo.for_item(agenda_item_id)):
                raise ValidationError(
                    Message(
                        "This case already has a decision at this meeting: edit the draft, or amend "
                        "it if it is signed."
                    )
                )
        decision = repo.add(case_id, agenda_item_id, content, user_id)
        details: dict[str, object] = {
            "case": case_id,
            "recommendation": content.recommendation.value,
        }
        if evidence is not None and not evidence.is_empty:
            details["evidence"] = _cite(session, case_id, decision.id, evidence)
        AuditRepository(session).append(
            AuditAction.DECISION_RECORDED, "decision", decision.id, user_id, details
        )
    log.info("decision #%d recorded for case #%d", decision.id, case_id)
    return decision


def update_draft(
    db: Database,
    decision_id: int,
    content: DecisionContent,
    actor: str,
    *,
    evidence: EvidenceRequest | None = None,
    expected_version: int | None = None,
) -> Decision:
    """Change a decision that is not signed yet.

    Parameters
    ----------
    evidence
        What the draft cites from now on (an empty request: nothing); ``None`` keeps what it
        cites.
    expected_version
        The version the user's form loaded (``Decision.version``); ``None`` skips the check.

    Raises
    ------
    DecisionFrozenError
        If it is signed (record an amendment instead).
    EditConflictError
        If someone changed the draft since the form loaded ``expected_version``.
    """
    with (
        _frozen_guard(),
        conflict_guard(db, Edited.DECISION, decision_id),
        db.writing() as session,
    ):
        user_id = UserRepository(session).row_id(actor)
        repo = DecisionRepository(session)
        before = repo.get(decision_id)
        # A signed one is refused below, as frozen; a draft edited since, as a conflict.
        check_version(
            session, Edited.DECISION, decision_id, None if before.is_signed else expected_version
        )
        decision = repo.update_draft(decision_id, content)
        details: dict[str, object] = {"recommendation": content.recommendation.value}
        if evidence is not None:
            details["evidence"] = _cite(session, decision.case_id, decision_id, evidence)
        AuditRepository(session).append(
            AuditAction.DECISION_UPDATED, "decision", decision_id, user_id, details
        )
    return decision


def sign_decision(
    db: Database,
    decision_id: int,
    signer: str,
    actor: str,
    *,
    secret: str,
    expected_version: int | None = None,
) -> Decision:
    """The chair signs a decision off, confirmed by their PIN; it is frozen from then on.

    Parameters
    ----------
    signer
        User name of the chair signing, one of the workstation's users (the meeting's chair
        when the decision was taken at a meeting that names one). The decision records this
        user, confirmed by ``secret``.
    actor
        User name of the person at the workstation.
    secret
        The signer's PIN or password (checked against its hash, never stored or logged).
    expected_version
        The version of the draft the signer read (``Decision.version``): signing is refused
        if it changed since, so nobody signs a text they did not see. ``None`` skips the check.

    Raises
    ------
    SecretNotSetError
        If the signer has not chosen a PIN yet (``user_secrets.set_secret`` first).
    SignerNotConfirmedError
        If the PIN is wrong (audited) or the signer must wait after repeated wrong ones.
    ValidationError
        If the signer is not the chair, nobody is listed as taking part, or a cited assessment
        version is missing or altered (signing would freeze a citation that cannot be checked).
    DecisionFrozenError
        If it is signed already.
    EditConflictError
        If the draft changed since the signer read ``expected_version``.
    """
    confirmed = confirm_user(db, signer, secret, actor)
    with (
        _frozen_guard(),
        conflict_guard(db, Edited.DECISION, decision_id, signing=True),
        db.writing() as session,
    ):
        user_id = UserRepository(session).row_id(actor)
        repo = DecisionRepository(session)
        # Signed already: refused below, as frozen; a draft edited since, as a conflict.
        check_version(
            session,
            Edited.DECISION,
            decision_id,
            None if repo.get(decision_id).is_signed else expected_version,
            signing=True,
        )
        decision = repo.get(decision_id)
        if decision.agenda_item_id is not None:
            meetings = MeetingRepository(session)
            chair = meetings.get(meetings.item(decision.agenda_item_id).meeting_id).chair
            if chair and chair.strip().casefold() not in {
                confirmed.display_name.strip().casefold(),
                confirmed.username.casefold(),
            }:
                raise ValidationError(
                    Message(
                        (
                            "Decisions of this meeting are signed by its chair, {chair}. Change "
                            "the meeting's chair if someone else chairs today."
                        ),
                        chair=chair,
                    )
                )
        if not decision.content.participants:
            raise ValidationError(Message("List who took part in the discussion before signing."))
        _check_evidence(session, decision)
        signed = repo.sign(decision_id, confirmed.display_name, confirmed.id)
        audit = AuditRepository(session)
        audit.append(
            AuditAction.DECISION_SIGNED,
            "decision",
            decision_id,
            user_id,
            {"case": signed.case_id, "amends": signed.amends_id, "signer": confirmed.id},
        )
        if signed.agenda_item_id is not None:
            # A signed decision means the case was discussed at this meeting.
            item, changed = MeetingRepository(session).update_item(
                signed.agenda_item_id, status=AgendaStatus.DISCUSSED
            )
            if changed:
                audit.append(
                    AuditAction.AGENDA_CHANGED,
                    "meeting",
                    item.meeting_id,
                    user_id,
                    {"item": item.id, "case": item.case_id, "fields": changed},
                )
    log.info("decision #%d signed", decision_id)
    return signed


def amend_decision(
    db: Database,
    decision_id: int,
    content: DecisionContent,
    reason: str,
    actor: str,
    *,
    evidence: EvidenceRequest | None = None,
) -> Decision:
    """Record an amendment (a new draft) that replaces a signed decision.

    Parameters
    ----------
    evidence
        What the amendment cites (its own evidence; the signed decision keeps its own);
        nothing when ``None``.

    Raises
    ------
    ValidationError
        If no reason is given, the decision is not signed, or it was amended already (amend
        the newest decision of the chain).
    """
    reason = reason.strip()
    if not reason:
        raise ValidationError(Message("Give the reason for amending the signed decision."))
    with db.writing() as session:
        user_id = UserRepository(session).row_id(actor)
        repo = DecisionRepository(session)
        original = repo.get(decision_id)
        if not original.is_signed:
            raise ValidationError(
                Message("A draft can simply be edited; only signed decisions are amended.")
            )
        if original.superseded_by_id is not None:
            raise ValidationError(
                Message(
                    (
                        "Decision #{decision_id} was amended already by #{superseded_by_id}; "
                        "amend the newest decision."
                    ),
                    decision_id=decision_id,
                    superseded_by_id=original.superseded_by_id,
                )
            )
        try:
            amendment = repo.add(
                original.case_id,
                original.agenda_item_id,
                content,
                user_id,
                amends_id=decision_id,
                amendment_reason=reason,
            )
        except IntegrityError as exc:  # another workstation amended it a moment ago
            raise ValidationError(
                Message(
                    "Someone amended this decision at the same time; reload and amend the newest one."
                )
            ) from exc
        details: dict[str, object] = {"amends": decision_id, "case": original.case_id}
        if evidence is not None and not evidence.is_empty:
            details["evidence"] = _cite(session, original.case_id, amendment.id, evidence)
        AuditRepository(session).append(
            AuditAction.DECISION_AMENDED, "decision", amendment.id, user_id, details
        )
    return amendment


def delete_draft(db: Database, decision_id: int, actor: str) -> Decision:
    """Discard an unsigned decision.

    Raises
    ------
    DecisionFrozenError
        If it is signed.
    """
    with _frozen_guard(), db.writing() as session:
        user_id = UserRepository(session).row_id(actor)
        decision = DecisionRepository(session).delete_draft(decision_id)
        AuditRepository(session).append(
            AuditAction.DECISION_UPDATED, "decision", decision_id, user_id, {"discarded": True}
        )
    return decision


def get_decision(db: Database, decision_id: int) -> Decision:
    """One decision."""
    with db.reading() as session:
        return DecisionRepository(session).get(decision_id)


def decisions_of_case(db: Database, case_id: int) -> list[Decision]:
    """Every decision about a case, oldest first (drafts, signed and amended ones)."""
    with db.reading() as session:
        return DecisionRepository(session).for_case(case_id)


def current_decision(db: Database, agenda_item_id: int) -> Decision | None:
    """The newest decision of a case at a meeting (the end of its amendment chain)."""
    with db.reading() as session:
        current = [d for d in DecisionRepository(session).for_item(agenda_item_id) if d.is_current]
    return current[-1] if current else None


def amendment_chain(db: Database, decision_id: int) -> list[Decision]:
    """The decisions linked by amendments through ``decision_id``, the original first."""
    with db.reading() as session:
        repo = DecisionRepository(session)
        decision = repo.get(decision_id)
        earlier: list[Decision] = []
        while decision.amends_id is not None:
            earlier.append(decision)
            decision = repo.get(decision.amends_id)
        chain = [decision, *reversed(earlier)]
        later = repo.amendment_of(chain[-1].id)
        while later is not None:
            chain.append(later)
            later = repo.amendment_of(later.id)
    return chain


def add_action_item(
    db: Database, agenda_item_id: int, draft: ActionItemDraft, actor: str
) -> ActionItem:
    """Add an action item (owner, due date) to a case discussed at a meeting."""
    with db.writing() as session:
        user_id = UserRepository(session).row_id(actor)
        action = DecisionRepository(session).add_action(agenda_item_id, draft, user_id)
        AuditRepository(session).append(
            AuditAction.ACTION_ITEM_CHANGED,
            "action_item",
            action.id,
            user_id,
            {"agenda_item": agenda_item_id, "status": action.status.value},
        )
    return action


def set_action_status(
    db: Database,
    action_id: int,
    status: ActionStatus,
    actor: str,
    *,
    expected_version: int | None = None,
) -> ActionItem:
    """Mark an action item open or done.

    Parameters
    ----------
    expected_version
        The version the user's list was read at (``ActionItem.version``); ``None`` skips the
        check.

    Raises
    ------
    EditConflictError
        If someone changed the action item since ``expected_version``.
    """
    with conflict_guard(db, Edited.ACTION_ITEM, action_id), db.writing() as session:
        user_id = UserRepository(session).row_id(actor)
        check_version(session, Edited.ACTION_ITEM, action_id, expected_version)
        action = DecisionRepository(session).set_action_status(action_id, status)
        AuditRepository(session).append(
            AuditAction.ACTION_ITEM_CHANGED,
            "action_item",
            action_id,
            user_id,
            {"status": status.value},
        )
    return action


def action_items(db: Database, agenda_item_ids: list[int]) -> list[ActionItem]:
    """Action items of the given agenda items."""
    with db.reading() as session:
        return DecisionRepository(session).actions(agenda_item_ids)


def _check_evidence(session: Session, decision: Decision) -> None:
    """Refuse to sign a decision whose cited assessment is missing or altered."""
    from casereview.services.decision_evidence import integrity_problems

    citations = EvidenceRepository(session).of(decision.id)
    if not citations:
        return
    broken = [
        p.message for p in integrity_problems(session, decision.case_id, citations) if p.integrity
    ]
    if broken:
        raise ValidationError(
            Message(
                "The decision cannot be signed: {problems} Save the draft again to cite the "
                "current assessment.",
                problems=joined(broken),
            )
        )


@contextmanager
def _frozen_guard() -> Iterator[None]:
    """Turn the database's refusal to touch a signed decision into a clear error.

    Another workstation may sign a draft between our read and our write; the trigger then
    refuses, and the user learns why instead of seeing a raw database message.
    """
    try:
        yield
    except DecisionFrozenError:
        raise
    except (DatabaseError, IntegrityError) as exc:
        if "signed decision" not in str(exc):
            raise
        raise DecisionFrozenError(
            Message(
                "This decision was signed in the meantime and cannot be changed; record an "
                "amendment instead."
            )
        ) from exc
