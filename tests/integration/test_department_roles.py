"""The README's department set-up: an owner role migrates, a DML-only workstation role works.

The roles and grants are the ones the README's "Department database" section gives; the
workstation role edits with version checks, appends to the audit trail, hears notifications,
and can neither change the schema nor a signed decision.
"""

from __future__ import annotations

import secrets

import pytest
import sqlalchemy.exc
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from casereview.domain.cases import CaseDraft
from casereview.domain.users import Role, User
from casereview.errors import EditConflictError
from casereview.services import cases as case_service
from casereview.services.users import ensure_user
from casereview.store.database import open_database
from casereview.store.notifications import ChangeListener
from casereview.store.repositories import IndexRepository

pytestmark = pytest.mark.postgresql


def test_owner_migrates_and_the_workstation_role_only_reads_and_writes_rows(
    postgresql_server: str,
) -> None:
    suffix = secrets.token_hex(3)
    owner, station, name = f"cr_owner_{suffix}", f"cr_station_{suffix}", f"cr_dept_{suffix}"
    admin = create_engine(postgresql_server + "/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"CREATE ROLE {owner} LOGIN"))
        connection.execute(text(f"CREATE ROLE {station} LOGIN"))
        connection.execute(
            text(f"CREATE DATABASE {name} OWNER {owner} ENCODING 'UTF8' TEMPLATE template0")
        )
    admin.dispose()
    server = make_url(postgresql_server)
    as_owner = str(server.set(username=owner, database=name))
    as_station = str(server.set(username=station, database=name))
    grants = create_engine(as_owner, isolation_level="AUTOCOMMIT")
    with grants.connect() as connection:
        for statement in (
            f"GRANT CONNECT ON DATABASE {name} TO {station}",
            f"GRANT USAGE ON SCHEMA public TO {station}",
            f"ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public "
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {station}",
            f"ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public "
            f"GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO {station}",
        ):
            connection.execute(text(statement))
    grants.dispose()

    open_database(as_owner).close()  # the owner creates the schema

    heard: list[object] = []
    database = open_database(as_station)
    listener = ChangeListener(as_station, heard.append)
    listener.start()
    try:
        assert database.schema.action == "current"
        assert listener.wait_listening(10)
        ensure_user(database, User(0, "dr_a", "Dr Amsel", Role.SURGEON))
        with database.writing() as session:
            patient_pk, _ = IndexRepository(session).upsert_patient("ROLE-1", patient_name="R^S")
        case = case_service.create_case(database, CaseDraft(patient_pk, "Role case"), "dr_a")
        edited = case_service.update_case(
            database, case.id, "dr_a", clinical_question="Resect?", expected_version=case.version
        )
        with pytest.raises(EditConflictError, match="Dr Amsel changed this case's question"):
            case_service.update_case(
                database, case.id, "dr_a", clinical_question="Stale", expected_version=case.version
            )
        assert edited.version == case.version + 1
        for statement in ("DROP TABLE cases", "ALTER TABLE cases ADD COLUMN x integer"):
            with pytest.raises(sqlalchemy.exc.ProgrammingError, match="must be owner"):
                with database.writing() as session:
                    session.execute(text(statement))
        with pytest.raises(sqlalchemy.exc.DBAPIError, match="append-only"):
            with database.writing() as session:
                session.execute(text("DELETE FROM audit_events"))
    finally:
        listener.stop()
        database.close()
    assert heard, "the workstation role hears the changes"
