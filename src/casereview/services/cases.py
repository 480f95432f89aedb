"""Creating, listing and editing cases. Every change is audited in the same transaction."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from casereview.domain.audit import AuditAction
from casereview.domain.cases import Case, CaseDraft, CaseStatus
from casereview.store.database import Database
from casereview.store.repositories import AuditRepository, CaseRepository, UserRepository

log = logging.getLogger(__name__)


def create_case(db: Database, draft: CaseDraft, actor: str) -> Case:
    """Store a new case authored by ``actor``.

    Parameters
    ----------
    db
        Open case database.
    draft
        Validated case content.
    actor
        User name of the author (must exist, see ``services.users.ensure_user``).

    Returns
    -------
    Case
        The stored case; it is durable when this returns.

    Raises
    ------
    NotFoundError
        If the author, the patient or a selected study/series is unknown.
    ValidationError
        If the selected imaging belongs to another patient.
    """
    with db.writing() as session:
        user_id = UserRepository(session).row_id(actor)
        case = CaseRepository(session).add(draft, user_id)
        AuditRepository(session).append(
            AuditAction.CASE_CREATED,
            "case",
            case.id,
            user_id,
            {"studies": len(case.study_ids), "series": len(case.series_ids)},
        )
    log.info("case #%d created", case.id)
    return case


def update_case(
    db: Database,
    case_id: int,
    actor: str,
    *,
    title: str | None = None,
    clinical_question: str | None = None,
    status: CaseStatus | None = None,
    tags: Sequence[str] | None = None,
) -> Case:
    """Change a case's title, question, status or tags (only what is given).

    Raises
    ------
    NotFoundError
        If the case or the actor does not exist.
    ValidationError
        If the new title or tags are invalid.
    """
    with db.writing() as session:
        user_id = UserRepository(session).row_id(actor)
        before = CaseRepository(session).get(case_id)
        case, changed = CaseRepository(session).update(
            case_id,
            user_id,
            title=title,
            clinical_question=clinical_question,
            status=status,
            tags=tags,
        )
        if changed:
            audit = AuditRepository(session)
            audit.append(AuditAction.CASE_UPDATED, "case", case_id, user_id, {"fields": changed})
            if "status" in changed:
                audit.append(
                    AuditAction.CASE_STATUS_CHANGED,
                    "case",
                    case_id,
                    user_id,
                    {"from": before.status.value, "to": case.status.value},
                )
    return case


def get_case(db: Database, case_id: int) -> Case:
    """Return one case.

    Raises
    ------
    NotFoundError
        If it does not exist.
    """
    with db.reading() as session:
        return CaseRepository(session).get(case_id)


def list_cases(db: Database, status: CaseStatus | None = None) -> list[Case]:
    """Return cases, most recently changed first, optionally only those with ``status``."""
    with db.reading() as session:
        return CaseRepository(session).list(status)
