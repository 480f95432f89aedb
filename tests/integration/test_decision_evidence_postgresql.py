"""PostgreSQL freezes a signed decision's evidence as SQLite does (revision 0016's triggers)."""

from __future__ import annotations

import pytest
import sqlalchemy.exc
from sqlalchemy import text

from casereview.domain.cases import CaseDraft
from casereview.domain.decisions import DecisionContent, Recommendation
from casereview.domain.users import Role, User
from casereview.services import cases as case_service
from casereview.services import decisions as decision_service
from casereview.services.user_secrets import set_secret
from casereview.services.users import ensure_user
from casereview.store.database import open_database
from casereview.store.repositories import IndexRepository

pytestmark = pytest.mark.postgresql

_EVIDENCE = (
    "INSERT INTO decision_evidence (decision_id, position, kind, uid, number, sha256,"
    " snapshot_json, created_at) VALUES (:id, :position, 'key_image', :uid, NULL, :sha,"
    " :snapshot, now())"
)
_SNAPSHOT = '{"schema": 1, "caption": "SMV", "series_instance_uid": "1.2.3", "measurements": []}'


def test_postgresql_refuses_to_change_the_evidence_of_a_signed_decision(
    postgresql_url: str,
) -> None:
    database = open_database(postgresql_url)
    try:
        ensure_user(database, User(0, "chair", "Dr Chair", Role.SURGEON))
        set_secret(database, "chair", "482915", "chair")
        with database.writing() as session:
            patient_pk, _ = IndexRepository(session).upsert_patient("PG-1", patient_name="A^B")
        case = case_service.create_case(database, CaseDraft(patient_pk, "PG case"), "chair")
        content = DecisionContent(
            Recommendation.SURVEILLANCE, "Nothing to resect", participants=("Dr Chair",)
        )
        draft = decision_service.record_decision(database, case.id, content, "chair")
        signed = decision_service.record_decision(database, case.id, content, "chair")
        with database.writing() as session:
            for decision_id in (draft.id, signed.id):
                session.execute(
                    text(_EVIDENCE),
                    {
                        "id": decision_id,
                        "position": 0,
                        "uid": f"ki-{decision_id}",
                        "sha": "a" * 64,
                        "snapshot": _SNAPSHOT,
                    },
                )
        decision_service.sign_decision(database, signed.id, "chair", "chair", secret="482915")
        for statement in (
            "UPDATE decision_evidence SET sha256 = 'x' WHERE decision_id = :id",
            "DELETE FROM decision_evidence WHERE decision_id = :id",
            _EVIDENCE.replace(":position", "1"),
        ):
            with pytest.raises(sqlalchemy.exc.DBAPIError, match="signed decision"):
                with database.writing() as session:
                    session.execute(
                        text(statement),
                        {"id": signed.id, "uid": "late", "sha": "b", "snapshot": _SNAPSHOT},
                    )
        with pytest.raises(sqlalchemy.exc.DBAPIError, match="signed decision"):
            with database.writing() as session:
                session.execute(
                    text("UPDATE decision_evidence SET decision_id = :s WHERE decision_id = :d"),
                    {"s": signed.id, "d": draft.id},
                )
        # A draft's evidence changes with it and goes with it.
        with database.writing() as session:
            session.execute(
                text("UPDATE decision_evidence SET position = 3 WHERE decision_id = :id"),
                {"id": draft.id},
            )
        decision_service.delete_draft(database, draft.id, "chair")
        with database.reading() as session:
            rows = session.execute(text("SELECT decision_id FROM decision_evidence")).all()
        assert [row[0] for row in rows] == [signed.id]
    finally:
        database.close()
