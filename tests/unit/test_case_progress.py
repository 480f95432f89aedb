"""A case's status and "updated" time follow its work: items, decisions, a partner's layer."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from casereview.domain.annotations import AnnotationDraft, AnnotationKind, ImageReference
from casereview.domain.case_progress import CaseProgress, progressed_status, shown_status
from casereview.domain.cases import CaseDraft, CaseStatus
from casereview.domain.decisions import DecisionContent, Recommendation
from casereview.domain.meetings import AgendaStatus, MeetingDraft, QuorumRule
from casereview.domain.users import Role
from casereview.services import annotations as annotation_service
from casereview.services import cases as case_service
from casereview.services import decisions as decision_service
from casereview.services import meetings as meeting_service
from casereview.services.case_summary import case_summary
from casereview.store import models
from casereview.store.database import Database
from casereview.store.models_annotations import AnnotationRow
from casereview.store.types import utcnow
from support import add_sample_imaging

DRAFT, PREPARATION, READY, DISCUSSED, CLOSED = (
    CaseStatus.DRAFT,
    CaseStatus.IN_PREPARATION,
    CaseStatus.READY_FOR_MDT,
    CaseStatus.DISCUSSED,
    CaseStatus.CLOSED,
)


@pytest.mark.parametrize(
    ("progress", "status"),
    [
        (CaseProgress(), DRAFT),
        (CaseProgress(items=2), PREPARATION),
        (CaseProgress(items=2, ready=True), READY),
        (CaseProgress(discussed=True), DISCUSSED),
        (CaseProgress(items=1, decisions=1), DISCUSSED),
        (CaseProgress(decisions=1, current_signed=True), CLOSED),
        # An amendment drafted after a sign-off: discussed again until it is signed.
        (CaseProgress(decisions=2, current_signed=False), DISCUSSED),
    ],
)
def test_the_status_a_case_s_work_gives_it(progress: CaseProgress, status: CaseStatus) -> None:
    assert progressed_status(progress) is status


def test_a_status_set_further_on_by_hand_is_kept() -> None:
    assert shown_status(CLOSED, CaseProgress(items=3)) is CLOSED
    assert shown_status(READY, CaseProgress()) is READY
    assert shown_status(DRAFT, CaseProgress(items=1)) is PREPARATION


def _case_made_yesterday(db: Database, folder: Path) -> tuple[int, datetime]:
    ids = add_sample_imaging(db, folder)
    case = case_service.create_case(
        db, CaseDraft(ids["patient"], "Pancreatic head mass", series_ids=(ids["series"],)), "tester"
    )
    yesterday = utcnow() - timedelta(days=1)
    with db.writing() as session:
        row = session.get(models.Case, case.id)
        assert row is not None
        row.updated_at = yesterday
    return case.id, yesterday


def _note() -> AnnotationDraft:
    return AnnotationDraft(
        AnnotationKind.TEXT,
        ((1.0, 2.0, 3.0),),
        ImageReference("1.2.3", "1.2.3.4", "1.2"),
        text="Node",
    )


def test_measuring_and_deciding_move_status_and_updated(db: Database, tmp_path: Path) -> None:
    case_id, yesterday = _case_made_yesterday(db, tmp_path / "files")
    assert case_service.get_case(db, case_id).status is DRAFT
    assert case_service.get_case(db, case_id).updated_at == yesterday

    note = annotation_service.create_annotation(db, case_id, _note(), "tester")
    after_note = case_service.get_case(db, case_id)
    assert after_note.status is PREPARATION and after_note.updated_at > yesterday
    assert [c.id for c in case_service.list_cases(db, PREPARATION)] == [case_id]
    assert case_service.list_cases(db, DRAFT) == []

    # A deletion is a change too (soft: the row stays, with its deletion time).
    with db.writing() as session:
        row = session.get(models.Case, case_id)
        assert row is not None
        row.updated_at = yesterday
    annotation_service.delete_annotation(db, note.uuid, "tester")
    after_delete = case_service.get_case(db, case_id)
    assert after_delete.updated_at > yesterday and after_delete.status is DRAFT

    decision = decision_service.record_decision(
        db,
        case_id,
        DecisionContent(Recommendation.SURVEILLANCE, "Stable over six months."),
        "tester",
    )
    decided = case_service.get_case(db, case_id)
    assert decided.status is DISCUSSED and decided.updated_at >= after_delete.updated_at
    assert case_summary(db, case_id).case.status is DISCUSSED
    assert decision.case_id == case_id


def test_an_agenda_marked_ready_makes_the_case_ready(db: Database, tmp_path: Path) -> None:
    case_id, _ = _case_made_yesterday(db, tmp_path / "files")
    meeting = meeting_service.create_meeting(
        db,
        MeetingDraft("HPB MDT", datetime(2026, 11, 24, 7, 30, tzinfo=UTC)),
        QuorumRule((Role.SURGEON,), 1),
        "tester",
    )
    item = meeting_service.add_case(db, meeting.id, case_id, "tester")
    assert case_service.get_case(db, case_id).status is DRAFT
    meeting_service.update_agenda_item(db, item.id, "tester", status=AgendaStatus.READY)
    assert case_service.get_case(db, case_id).status is READY


def test_a_partner_layer_moves_updated_to_when_it_arrived_here(
    db: Database, tmp_path: Path
) -> None:
    case_id, yesterday = _case_made_yesterday(db, tmp_path / "files")
    sent = datetime(2020, 1, 1, tzinfo=UTC)  # the partner's own (old) times stay on the item
    before = utcnow()
    with db.writing() as session:
        case_row = session.get(models.Case, case_id)
        assert case_row is not None
        user_id = case_row.created_by_id
        session.add(
            AnnotationRow(
                uuid="received-note",
                case_id=case_id,
                kind="text",
                label="",
                text="Partner's note",
                points_json=json.dumps([[1.0, 2.0, 3.0]]),
                series_instance_uid="1.2.3",
                sop_instance_uid="1.2.3.4",
                frame_of_reference_uid="1.2",
                measurements_json="[]",
                author_id=user_id,
                modified_by_id=user_id,
                created_at=sent,
                modified_at=sent,
                layer="Partner University Hospital",
            )
        )
    case = case_service.get_case(db, case_id)
    assert case.updated_at >= before > yesterday > sent
    assert case.status is PREPARATION
