"""On PostgreSQL too, a cited liver plan is frozen with the signed decision, and a plan altered
behind the application's back stops the chair from signing (revisions 0016 and 0017)."""

from __future__ import annotations

import pytest
import sqlalchemy.exc
from sqlalchemy import text

from casereview.domain.cases import CaseDraft
from casereview.domain.decision_evidence import CitationKind, EvidenceRequest
from casereview.domain.decisions import DecisionContent, Recommendation
from casereview.domain.users import Role, User
from casereview.errors import ValidationError
from casereview.services import cases as case_service
from casereview.services import decision_evidence as evidence_service
from casereview.services import decisions as decision_service
from casereview.services.user_secrets import set_secret
from casereview.services.users import ensure_user
from casereview.store.database import open_database
from casereview.store.repositories import IndexRepository
from meetings.liver_plan_support import save_plan

pytestmark = pytest.mark.postgresql

PIN = "482915"


def test_postgresql_freezes_a_cited_liver_plan_and_refuses_a_tampered_one(
    postgresql_url: str,
) -> None:
    database = open_database(postgresql_url)
    try:
        ensure_user(database, User(0, "chair", "Dr Chair", Role.SURGEON))
        set_secret(database, "chair", PIN, "chair")
        with database.writing() as session:
            patient_pk, _ = IndexRepository(session).upsert_patient("PG-L1", patient_name="A^B")
        case = case_service.create_case(database, CaseDraft(patient_pk, "Liver case"), "chair")
        plan = save_plan(database, case.id, 573.0)
        content = DecisionContent(
            Recommendation.UPFRONT_RESECTION,
            "Future remnant enough",
            procedure="right hepatectomy",
            participants=("Dr Chair",),
        )
        request = EvidenceRequest(liver_plan_uid=plan.uid)
        signed = decision_service.record_decision(
            database, case.id, content, "chair", evidence=request
        )
        decision_service.sign_decision(database, signed.id, "chair", "chair", secret=PIN)
        (cited,) = evidence_service.decision_evidence(database, signed.id)
        assert (cited.kind, cited.uid, cited.sha256) == (
            CitationKind.LIVER_PLAN,
            plan.uid,
            plan.content_sha256,
        )
        for statement in (
            "UPDATE decision_evidence SET snapshot_json = '{}' WHERE decision_id = :id",
            "DELETE FROM decision_evidence WHERE decision_id = :id",
        ):
            with pytest.raises(sqlalchemy.exc.DBAPIError, match="signed decision"):
                with database.writing() as session:
                    session.execute(text(statement), {"id": signed.id})
        # The plan itself is append-only, ...
        with pytest.raises(sqlalchemy.exc.DBAPIError, match="append-only"):
            with database.writing() as session:
                session.execute(
                    text("UPDATE liver_plan_versions SET result_json = '{}' WHERE uid = :uid"),
                    {"uid": plan.uid},
                )
        # ... and when someone lifts that, a draft citing the altered plan cannot be signed.
        draft = decision_service.record_decision(
            database, case.id, content, "chair", evidence=request
        )
        with database.writing() as session:
            session.execute(
                text("DROP TRIGGER liver_plan_versions_no_update ON liver_plan_versions")
            )
            session.execute(
                text("UPDATE liver_plan_versions SET content_sha256 = :h WHERE uid = :uid"),
                {"h": "f" * 64, "uid": plan.uid},
            )
        with pytest.raises(ValidationError, match="cannot be signed"):
            decision_service.sign_decision(database, draft.id, "chair", "chair", secret=PIN)
        (problem,) = evidence_service.verify_evidence(database, signed.id)
        assert problem.integrity and "was altered" in problem.message
        # The signed decision still holds what it cited.
        assert evidence_service.decision_evidence(database, signed.id) == (cited,)
    finally:
        database.close()
