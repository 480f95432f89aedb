"""The same code works on a department PostgreSQL database."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy.exc
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, text

from casereview.domain.cases import CaseDraft, CaseStatus
from casereview.domain.users import Role, User
from casereview.errors import DatabaseTooNewError
from casereview.services import cases as case_service
from casereview.services.info import COUNTED_TABLES
from casereview.services.users import ensure_user
from casereview.store.database import open_database
from casereview.store.engine import create_database_engine
from casereview.store.migrate import HEAD_REVISION, upgrade
from casereview.store.models import Base
from casereview.store.repositories import IndexRepository

pytestmark = pytest.mark.postgresql

FIXTURES = Path(__file__).resolve().parent.parent / "migrations" / "fixtures"


def test_new_postgresql_database_works_like_sqlite(postgresql_url: str) -> None:
    database = open_database(postgresql_url)
    try:
        assert database.schema.action == "created"
        with database.engine.connect() as connection:
            assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
        ensure_user(database, User(0, "pg", "Dr Postgres", Role.ONCOLOGIST))
        with database.writing() as session:
            patient_pk, _ = IndexRepository(session).upsert_patient("PG-1", patient_name="A^B")
        case = case_service.create_case(
            database, CaseDraft(patient_pk, "PG case", tags=("x",)), "pg"
        )
        case_service.update_case(database, case.id, "pg", status=CaseStatus.DISCUSSED)
        assert case_service.get_case(database, case.id).status is CaseStatus.DISCUSSED
        counts = database.count_rows(COUNTED_TABLES)  # what casereview-cli info shows
        assert (counts["patients"], counts["cases"], counts["users"]) == (1, 1, 1)
        with pytest.raises(sqlalchemy.exc.DBAPIError, match="append-only"):
            with database.writing() as session:
                session.execute(text("DELETE FROM audit_events"))
    finally:
        database.close()
    reopened = open_database(postgresql_url)
    try:
        assert reopened.schema.action == "current"
        assert reopened.schema.to_revision == HEAD_REVISION
    finally:
        reopened.close()


def test_postgresql_upgrade_keeps_rows(postgresql_url: str) -> None:
    engine = create_database_engine(postgresql_url)
    try:
        upgrade(engine, "0001")
        with engine.begin() as connection:
            connection.exec_driver_sql((FIXTURES / "0001.sql").read_text(encoding="utf-8"))
            for table in ("patients", "studies", "series", "instances", "users", "audit_events"):
                connection.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT max(id) FROM {table}))"
                )
        with engine.connect() as connection:
            before = {
                t: connection.exec_driver_sql(f"SELECT * FROM {t} ORDER BY id").mappings().all()
                for t in ("patients", "studies", "series", "instances", "users")
            }
    finally:
        engine.dispose()
    database = open_database(postgresql_url)
    try:
        assert database.schema.action == "upgraded"
        assert database.schema.to_revision == HEAD_REVISION
        with database.engine.connect() as connection:
            for table, rows in before.items():
                after = (
                    connection.exec_driver_sql(f"SELECT * FROM {table} ORDER BY id")
                    .mappings()
                    .all()
                )
                # Later revisions may add columns; every value that was there stays as it was.
                assert [{k: new[k] for k in old} for old, new in zip(rows, after, strict=True)] == [
                    dict(old) for old in rows
                ]
    finally:
        database.close()


def test_newer_postgresql_database_is_refused(postgresql_url: str) -> None:
    open_database(postgresql_url).close()
    engine = create_engine(postgresql_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    engine.dispose()
    with pytest.raises(DatabaseTooNewError, match="newer casereview"):
        open_database(postgresql_url)
