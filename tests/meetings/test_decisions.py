"""Decisions: drafts, sign-off that freezes them in the database, amendment chains."""

from __future__ import annotations

import pytest
import sqlalchemy.exc
from meeting_support import CHAIR, CHAIR_PIN, MeetingWorld
from sqlalchemy import text

from casereview.domain.decisions import (
    ActionItemDraft,
    ActionStatus,
    DecisionContent,
    DecisionFrozenError,
    Intent,
    Recommendation,
    TrialEligibility,
)
from casereview.errors import ValidationError
from casereview.services import decisions as decision_service
from casereview.services.user_secrets import set_secret

RESECT = DecisionContent(
    Recommendation.UPFRONT_RESECTION,
    "No arterial contact; SMV contact under 180 degrees without deformity.",
    procedure="Pylorus-preserving pancreatoduodenectomy",
    guideline_reference="NCCN Pancreatic Adenocarcinoma v2.2025, PANC-2",
    staging="cT2 N0 M0, resectable",
    participants=("Dr Chair", "Dr Radiologist"),
)
NEOADJUVANT = DecisionContent(
    Recommendation.NEOADJUVANT_THEN_RESTAGING,
    "SMV contact over 180 degrees on re-review.",
    intent=Intent.CURATIVE,
    trial_eligibility=TrialEligibility.ELIGIBLE,
    trial_reference="PREOPANC-3",
    staging="cT3 N0 M0, borderline resectable",
    dissent="One surgeon favours upfront resection.",
    participants=("Dr Chair",),
)


def _signed(world: MeetingWorld) -> int:
    decision = decision_service.record_decision(
        world.db, world.case_ids[0], RESECT, "tester", agenda_item_id=world.item_ids[0]
    )
    return decision_service.sign_decision(
        world.db, decision.id, CHAIR, "tester", secret=CHAIR_PIN
    ).id


def test_content_is_validated() -> None:
    with pytest.raises(ValidationError, match="procedure"):
        DecisionContent(Recommendation.UPFRONT_RESECTION, "because")
    with pytest.raises(ValidationError, match="Other"):
        DecisionContent(Recommendation.OTHER, "because")
    with pytest.raises(ValidationError, match="rationale"):
        DecisionContent(Recommendation.SURVEILLANCE, "  ")
    with pytest.raises(ValidationError, match="only with an upfront resection"):
        DecisionContent(Recommendation.SURVEILLANCE, "stable", procedure="Whipple")
    assert RESECT.recommendation_text == (
        "Upfront resection: Pylorus-preserving pancreatoduodenectomy"
    )


def test_draft_can_be_edited_then_signed_and_frozen(world: MeetingWorld) -> None:
    draft = decision_service.record_decision(
        world.db, world.case_ids[0], NEOADJUVANT, "tester", agenda_item_id=world.item_ids[0]
    )
    edited = decision_service.update_draft(world.db, draft.id, RESECT, "tester")
    assert edited.content == RESECT and not edited.is_signed
    signed = decision_service.sign_decision(world.db, draft.id, CHAIR, "tester", secret=CHAIR_PIN)
    # The decision names the confirmed user, not whoever sat at the workstation.
    assert signed.is_signed and signed.signed_by == "Dr Chair"
    assert signed.signed_by_username == CHAIR and signed.signed_at is not None

    with pytest.raises(DecisionFrozenError):
        decision_service.update_draft(world.db, draft.id, NEOADJUVANT, "tester")
    with pytest.raises(DecisionFrozenError):
        decision_service.delete_draft(world.db, draft.id, "tester")
    with pytest.raises(DecisionFrozenError):
        decision_service.sign_decision(world.db, draft.id, CHAIR, "tester", secret=CHAIR_PIN)
    assert decision_service.get_decision(world.db, draft.id) == signed


def test_the_database_refuses_to_change_or_delete_a_signed_decision(world: MeetingWorld) -> None:
    decision_id = _signed(world)
    for statement in (
        "UPDATE decisions SET recommendation = 'surveillance' WHERE id = :id",
        "UPDATE decisions SET signed_at = NULL WHERE id = :id",
        "DELETE FROM decisions WHERE id = :id",
    ):
        with pytest.raises(sqlalchemy.exc.IntegrityError, match="signed decision"):
            with world.db.writing() as session:
                session.execute(text(statement), {"id": decision_id})
    after = decision_service.get_decision(world.db, decision_id)
    assert after.content == RESECT and after.is_signed


def test_the_database_lets_drafts_change(world: MeetingWorld) -> None:
    draft = decision_service.record_decision(world.db, world.case_ids[1], NEOADJUVANT, "tester")
    with world.db.writing() as session:
        session.execute(
            text("UPDATE decisions SET dissent = 'none' WHERE id = :id"), {"id": draft.id}
        )
        session.execute(text("DELETE FROM decisions WHERE id = :id"), {"id": draft.id})


def test_the_database_refuses_an_amendment_of_a_draft(world: MeetingWorld) -> None:
    draft = decision_service.record_decision(world.db, world.case_ids[1], NEOADJUVANT, "tester")
    with pytest.raises(ValidationError, match="only signed decisions"):
        decision_service.amend_decision(world.db, draft.id, RESECT, "typo", "tester")
    with pytest.raises(sqlalchemy.exc.IntegrityError, match="only a signed decision"):
        with world.db.writing() as session:
            session.execute(
                text(
                    "INSERT INTO decisions (uid, case_id, recommendation, procedure, other, intent,"
                    " rationale, guideline_reference, trial_eligibility, trial_reference, staging,"
                    " dissent, participants_json, created_at, updated_at, created_by_id,"
                    " signed_by, amends_id, amendment_reason) VALUES ('x', :case, 'surveillance',"
                    " '', '', 'curative', 'r', '', 'not_assessed', '', '', '', '[]',"
                    " '2026-01-01 00:00:00', '2026-01-01 00:00:00', 1, '', :id, 'r')"
                ),
                {"case": world.case_ids[1], "id": draft.id},
            )


def test_amendments_chain_from_the_original_to_the_newest(world: MeetingWorld) -> None:
    first = _signed(world)
    with pytest.raises(ValidationError, match="reason"):
        decision_service.amend_decision(world.db, first, NEOADJUVANT, " ", "tester")
    second = decision_service.amend_decision(
        world.db, first, NEOADJUVANT, "Venous contact seen on re-review", "tester"
    )
    assert second.amends_id == first and not second.is_signed
    assert second.amendment_reason == "Venous contact seen on re-review"
    # The original is superseded but unchanged.
    original = decision_service.get_decision(world.db, first)
    assert original.superseded_by_id == second.id and original.content == RESECT
    # Only the newest decision can be amended, and only once it is signed.
    with pytest.raises(ValidationError, match="amended already"):
        decision_service.amend_decision(world.db, first, NEOADJUVANT, "again", "tester")
    with pytest.raises(ValidationError, match="only signed decisions"):
        decision_service.amend_decision(world.db, second.id, RESECT, "again", "tester")
    decision_service.sign_decision(world.db, second.id, CHAIR, "tester", secret=CHAIR_PIN)
    third = decision_service.amend_decision(
        world.db, second.id, RESECT, "Restaging after 4 cycles shows response", "tester"
    )

    expected = [first, second.id, third.id]
    for member in expected:
        assert [d.id for d in decision_service.amendment_chain(world.db, member)] == expected
    assert decision_service.current_decision(world.db, world.item_ids[0]).id == third.id
    # A second parallel decision for the same case at the meeting is refused.
    with pytest.raises(ValidationError, match="already has a decision"):
        decision_service.record_decision(
            world.db, world.case_ids[0], RESECT, "tester", agenda_item_id=world.item_ids[0]
        )
    # The database keeps the chain linear: two amendments of one decision are impossible.
    with pytest.raises(sqlalchemy.exc.IntegrityError):
        with world.db.writing() as session:
            session.execute(
                text(
                    "INSERT INTO decisions (uid, case_id, recommendation, procedure, other, intent,"
                    " rationale, guideline_reference, trial_eligibility, trial_reference, staging,"
                    " dissent, participants_json, created_at, updated_at, created_by_id,"
                    " signed_by, amends_id, amendment_reason) VALUES ('y', :case, 'surveillance',"
                    " '', '', 'curative', 'r', '', 'not_assessed', '', '', '', '[]',"
                    " '2026-01-01 00:00:00', '2026-01-01 00:00:00', 1, '', :id, 'r')"
                ),
                {"case": world.case_ids[0], "id": first},
            )


def test_only_the_chair_signs_and_participants_are_required(world: MeetingWorld) -> None:
    decision = decision_service.record_decision(
        world.db,
        world.case_ids[1],
        DecisionContent(Recommendation.FURTHER_INVESTIGATION, "MRI liver"),
        "tester",
        agenda_item_id=world.item_ids[1],
    )
    # "tester" (Dr Test) confirms who they are, but is not the chair.
    set_secret(world.db, "tester", "735194", "tester")
    with pytest.raises(ValidationError, match="chair, Dr Chair"):
        decision_service.sign_decision(world.db, decision.id, "tester", "tester", secret="735194")
    with pytest.raises(ValidationError, match="took part"):
        decision_service.sign_decision(world.db, decision.id, CHAIR, "tester", secret=CHAIR_PIN)
    assert not decision_service.get_decision(world.db, decision.id).is_signed


def test_action_items(world: MeetingWorld) -> None:
    from datetime import date

    action = decision_service.add_action_item(
        world.db,
        world.item_ids[0],
        ActionItemDraft("Book EUS-guided biopsy", "Dr Gastro", date(2026, 12, 1)),
        "tester",
    )
    assert action.status is ActionStatus.OPEN and action.created_by == "tester"
    done = decision_service.set_action_status(world.db, action.id, ActionStatus.DONE, "tester")
    assert done.status is ActionStatus.DONE
    assert decision_service.action_items(world.db, [world.item_ids[0]]) == [done]
    with pytest.raises(ValidationError, match="owns"):
        ActionItemDraft("Biopsy", " ")
