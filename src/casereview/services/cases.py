"""Creating, listing and editing cases. Every change is audited in the same transaction.

A case is read with the status its work gives it when that is further on than the status
stored (:func:`casereview.domain.case_progress.shown_status`): measuring puts a draft in
preparation, a decision makes it discussed. Its ``updated_at`` moves whenever one of its items
or decisions changes (``store.case_progress.watch_case_items``).
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from casereview.domain.audit import AuditAction
from casereview.domain.case_progress import CaseProgress, shown_status
from casereview.domain.cases import Case, CaseDraft, CaseStatus
from casereview.errors import NotFoundError, ValidationError
from casereview.messages import Message
from casereview.services.edit_conflicts import Edited, check_version, conflict_guard
from casereview.services.index import owners_of_series
from casereview.store.case_progress import case_progress
from casereview.store.database import Database
from casereview.store.repositories import (
    AuditRepository,
    CaseRepository,
    IndexRepository,
    UserRepository,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

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
        case = add_case(session, draft, UserRepository(session).row_id(actor))
    log.info("case #%d created", case.id)
    return case


def add_case(session: Session, draft: CaseDraft, user_id: int) -> Case:
    """Store a new case with its audit record inside the caller's transaction.

    For work that must create a case in one unit with other rows (a received package's
    layer); :func:`create_case` is the same in a transaction of its own.

    Raises
    ------
    NotFoundError
        If the patient or a selected study/series is unknown.
    """
    case = CaseRepository(session).add(draft, user_id)
    AuditRepository(session).append(
        AuditAction.CASE_CREATED,
        "case",
        case.id,
        user_id,
        {"studies": len(case.study_ids), "series": len(case.series_ids)},
    )
    return case


def create_case_from_uids(
    db: Database,
    actor: str,
    *,
    study_uids: Sequence[str] = (),
    series_uids: Sequence[str] = (),
    title: str = "",
    clinical_question: str = "",
    tags: Sequence[str] = (),
) -> Case:
    """Create a case from DICOM UIDs (the command-line twin of "New case from selection").

    Parameters
    ----------
    study_uids, series_uids
        Study and Series Instance UIDs; all must belong to one patient.
    title
        Case title; defaults to the first study's description and date.

    Raises
    ------
    NotFoundError
        If a UID is not in the index.
    ValidationError
        If nothing is selected or the imaging belongs to several patients.
    """
    draft = case_draft_from_uids(
        db,
        study_uids=study_uids,
        series_uids=series_uids,
        title=title,
        clinical_question=clinical_question,
        tags=tags,
    )
    return create_case(db, draft, actor)


def case_draft_from_uids(
    db: Database,
    *,
    study_uids: Sequence[str] = (),
    series_uids: Sequence[str] = (),
    title: str = "",
    clinical_question: str = "",
    tags: Sequence[str] = (),
) -> CaseDraft:
    """The case :func:`create_case_from_uids` would store, checked but not yet stored.

    Raises
    ------
    NotFoundError
        If a UID is not in the index.
    ValidationError
        If nothing is selected or the imaging belongs to several patients.
    """
    if not study_uids and not series_uids:
        raise ValidationError(Message("Choose at least one study or series for the case."))
    with db.reading() as session:
        index = IndexRepository(session)
        studies = index.studies_for_uids(study_uids)
        series = index.series_ids_for_uids(series_uids)
        missing = [u for u in study_uids if u not in studies] + [
            u for u in series_uids if u not in series
        ]
        if missing:
            raise NotFoundError(
                Message(
                    (
                        "{missing_count} of the given UIDs are not in the index; import the "
                        "imaging first or check the UIDs (casereview-cli studies lists them)."
                    ),
                    missing_count=len(missing),
                )
            )
        patients, series_studies = index.owners_of_series(list(series.values()))
        patients |= {patient for _, patient in studies.values()}
        if len(patients) != 1:
            raise ValidationError(Message("A case may only hold imaging of one patient."))
        study_pks = sorted({pk for pk, _ in studies.values()} | series_studies)
        description, date = index.study_description_and_date(study_pks[0])
    when = f"{date[:4]}-{date[4:6]}-{date[6:]}" if len(date) == 8 else date
    default_title = " ".join(part for part in (description or "Study", when) if part)
    return CaseDraft(
        patient_id=patients.pop(),
        title=title.strip() or default_title,
        clinical_question=clinical_question,
        study_ids=tuple(sorted(pk for pk, _ in studies.values())),
        series_ids=tuple(sorted(series.values())),
        tags=tuple(tags),
    )


def update_case(
    db: Database,
    case_id: int,
    actor: str,
    *,
    title: str | None = None,
    clinical_question: str | None = None,
    status: CaseStatus | None = None,
    tags: Sequence[str] | None = None,
    expected_version: int | None = None,
) -> Case:
    """Change a case's title, question, status or tags (only what is given).

    Parameters
    ----------
    expected_version
        The version the user's editor loaded (``Case.version``): the change is refused if
        someone changed the case since. ``None`` skips the check (the command line, or a
        status the application moves on by itself).

    Raises
    ------
    NotFoundError
        If the case or the actor does not exist.
    ValidationError
        If the new title or tags are invalid.
    EditConflictError
        If the case changed since the editor loaded ``expected_version``.
    """
    with conflict_guard(db, Edited.CASE, case_id), db.writing() as session:
        user_id = UserRepository(session).row_id(actor)
        check_version(session, Edited.CASE, case_id, expected_version)
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
        return case_with_progress(session, case)


def case_with_progress(session: Session, case: Case) -> Case:
    """``case`` with the status its work gives it, when that is further on than the stored one.

    For readers that hold a session already (the MDT's case summary).
    """
    return _shown(case, case_progress(session, [case.id]))


def _shown(case: Case, progress: dict[int, CaseProgress]) -> Case:
    status = shown_status(case.status, progress.get(case.id, CaseProgress()))
    return case if status is case.status else dataclasses.replace(case, status=status)


def get_case(db: Database, case_id: int) -> Case:
    """Return one case (with the status its work gives it).

    Raises
    ------
    NotFoundError
        If it does not exist.
    """
    with db.reading() as session:
        return case_with_progress(session, CaseRepository(session).get(case_id))


def list_cases(db: Database, status: CaseStatus | None = None) -> list[Case]:
    """Return cases, most recently changed first, optionally only those with ``status``.

    A case's status is the one its work gives it when that is further on than the one stored.
    """
    with db.reading() as session:
        cases = CaseRepository(session).list()
        progress = case_progress(session)
    shown = [_shown(case, progress) for case in cases]
    return shown if status is None else [case for case in shown if case.status is status]


def record_case_viewed(db: Database, case_id: int, actor: str, where: str) -> None:
    """Audit that ``actor`` looked at a case (DICOM "Patient Record" read).

    Parameters
    ----------
    where
        What showed it, e.g. ``"presentation"`` or ``"viewer"`` (no PHI).

    Raises
    ------
    NotFoundError
        If the case or the actor does not exist.
    """
    with db.writing() as session:
        user_id = UserRepository(session).row_id(actor)
        CaseRepository(session).get(case_id)
        AuditRepository(session).append(
            AuditAction.CASE_VIEWED, "case", case_id, user_id, {"where": where}
        )


def check_series_of_case(db: Database, case_id: int, series_id: int) -> None:
    """Make sure a series is part of a case (chosen itself or through its study).

    Marks, key images and segments made on a series are stored with the case; this keeps them
    from landing on another patient's images.

    Raises
    ------
    NotFoundError
        If the case or the series does not exist.
    ValidationError
        If the series is not part of the case.
    """
    case = get_case(db, case_id)
    patients, studies = owners_of_series(db, [series_id])
    if not patients:
        raise NotFoundError(
            Message("The series is not in the index; 'casereview-cli studies' lists the series.")
        )
    if series_id not in case.series_ids and not studies & set(case.study_ids):
        raise ValidationError(
            Message(
                "That series is not part of case #{case_id}; choose one of the case's series.",
                case_id=case_id,
            )
        )
