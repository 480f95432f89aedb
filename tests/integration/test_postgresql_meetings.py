"""MDT decisions and the hash-chained audit trail on a department PostgreSQL database."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import sqlalchemy.exc
from sqlalchemy import create_engine, text

from casereview.domain.decisions import DecisionContent, Recommendation
from casereview.domain.users import Role, User
from casereview.services import decisions as decision_service
from casereview.services.audit import verify_audit_chain
from casereview.services.users import ensure_user
from casereview.store.database import open_database

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "meetings"))
from meeting_support import CHAIR, CHAIR_PIN, build_world

pytestmark = pytest.mark.postgresql


def test_signed_decisions_are_frozen_and_the_chain_verifies(
    postgresql_url: str, tmp_path: Path
) -> None:
    database = open_database(postgresql_url)
    try:
        ensure_user(database, User(0, "tester", "Dr Test", Role.SURGEON))
        world = build_world(database, tmp_path / "files")
        decision = decision_service.record_decision(
            database,
            world.case_ids[0],
            DecisionContent(
                Recommendation.SURVEILLANCE, "Stable for two years", participants=("Dr Chair",)
            ),
            "tester",
            agenda_item_id=world.item_ids[0],
        )
        decision_service.sign_decision(database, decision.id, CHAIR, "tester", secret=CHAIR_PIN)
        for statement in (
            "UPDATE decisions SET rationale = 'x' WHERE id = :id",
            "DELETE FROM decisions WHERE id = :id",
        ):
            with pytest.raises(sqlalchemy.exc.DBAPIError, match="signed decision"):
                with database.writing() as session:
                    session.execute(text(statement), {"id": decision.id})
        result = verify_audit_chain(database)
        assert result.intact and result.records_checked > 5
        target = result.records_checked // 2
    finally:
        database.close()

    # Tampering by someone with owner rights on the server: triggers off, one row edited.
    engine = create_engine(postgresql_url)
    with engine.begin() as connection:
        connection.execute(text("ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_change"))
        connection.execute(
            text("UPDATE audit_events SET entity_id = '42' WHERE id = :id"), {"id": target}
        )
    engine.dispose()
    database = open_database(postgresql_url)
    try:
        broken = verify_audit_chain(database).broken
        assert broken is not None and broken.event_id == target
    finally:
        database.close()
