"""The case database: connection rules, repositories, audit trail, integrity checks."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlalchemy.exc
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.engine import make_url

from casereview.domain.audit import AuditAction
from casereview.domain.cases import CaseDraft, CaseStatus
from casereview.domain.progress import CancelToken
from casereview.errors import NotFoundError, OperationCancelled, ValidationError
from casereview.services import cases as case_service
from casereview.services.integrity import check_store
from casereview.store.database import Database
from casereview.store.models import Base
from casereview.store.repositories import AuditRepository
from support import add_sample_imaging


def _db_file(db: Database) -> str:
    database = make_url(db.url).database
    assert database
    return database


def test_sqlite_connections_use_wal_full_sync_and_foreign_keys(db: Database) -> None:
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_writers_take_the_write_lock_at_begin_readers_do_not(db: Database) -> None:
    other = sqlite3.connect(_db_file(db), timeout=0, isolation_level=None)
    try:
        with db.reading() as session:
            session.execute(text("SELECT 1"))
            other.execute("BEGIN IMMEDIATE")  # a reader leaves the write lock free
            other.execute("ROLLBACK")
        with db.writing() as session:
            session.execute(text("SELECT 1"))  # no write yet: BEGIN IMMEDIATE already locked
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
    finally:
        other.close()


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(sqlalchemy.exc.IntegrityError):
        with db.writing() as session:
            session.execute(
                text(
                    "INSERT INTO studies (patient_id, study_instance_uid, study_date, study_time,"
                    " accession_number, description) VALUES (999, '1.2.3', '', '', '', '')"
                )
            )


def test_case_round_trip_with_imaging_tags_and_audit(db: Database, tmp_path: Path) -> None:
    ids = add_sample_imaging(db, tmp_path / "files")
    draft = CaseDraft(
        patient_id=ids["patient"],
        title="Pancreatic head mass",
        clinical_question="Resectable after neoadjuvant therapy?",
        study_ids=(ids["study"],),
        series_ids=(ids["series"],),
        tags=("HPB", "borderline"),
    )
    created = case_service.create_case(db, draft, "tester")
    loaded = case_service.get_case(db, created.id)
    assert loaded == created
    assert loaded.uid == draft.uid
    assert loaded.tags == ("borderline", "hpb")
    assert loaded.series_ids == (ids["series"],)
    assert loaded.status is CaseStatus.DRAFT
    assert loaded.created_by == "tester"

    updated = case_service.update_case(
        db, created.id, "tester", status=CaseStatus.READY_FOR_MDT, tags=["urgent"]
    )
    assert updated.status is CaseStatus.READY_FOR_MDT
    assert updated.tags == ("urgent",)
    assert updated.updated_at >= created.updated_at
    assert [c.id for c in case_service.list_cases(db, CaseStatus.READY_FOR_MDT)] == [created.id]
    assert case_service.list_cases(db, CaseStatus.CLOSED) == []

    with db.reading() as session:
        events = AuditRepository(session).latest()
    actions = [e.action for e in events]
    assert actions[:3] == [
        AuditAction.CASE_STATUS_CHANGED,
        AuditAction.CASE_UPDATED,
        AuditAction.CASE_CREATED,
    ]
    assert events[0].details == {"from": "draft", "to": "ready_for_mdt"}
    assert all(e.username == "tester" for e in events[:3])


def test_an_update_that_changes_nothing_is_not_audited(db: Database, tmp_path: Path) -> None:
    ids = add_sample_imaging(db, tmp_path / "files")
    case = case_service.create_case(db, CaseDraft(ids["patient"], "Liver lesion"), "tester")
    with db.reading() as session:
        before = len(AuditRepository(session).latest())
    case_service.update_case(db, case.id, "tester", title=" Liver lesion ")
    with db.reading() as session:
        assert len(AuditRepository(session).latest()) == before


def test_case_cannot_hold_another_patients_imaging(db: Database, tmp_path: Path) -> None:
    first = add_sample_imaging(db, tmp_path / "a")
    second = add_sample_imaging(db, tmp_path / "b", patient_id="PID-0002")
    with pytest.raises(ValidationError, match="own patient"):
        case_service.create_case(
            db, CaseDraft(first["patient"], "Mixed", series_ids=(second["series"],)), "tester"
        )
    assert case_service.list_cases(db) == []


def test_unknown_case_author_and_patient_are_reported(db: Database, tmp_path: Path) -> None:
    ids = add_sample_imaging(db, tmp_path / "files")
    with pytest.raises(NotFoundError, match="user"):
        case_service.create_case(db, CaseDraft(ids["patient"], "T"), "nobody")
    with pytest.raises(NotFoundError, match="patient"):
        case_service.create_case(db, CaseDraft(12345, "T"), "tester")
    with pytest.raises(NotFoundError, match="#77"):
        case_service.get_case(db, 77)


@pytest.mark.parametrize(
    "statement", ["UPDATE audit_events SET action = 'x'", "DELETE FROM audit_events"]
)
def test_audit_trail_is_append_only(db: Database, statement: str) -> None:
    with pytest.raises(sqlalchemy.exc.DBAPIError, match="append-only"):
        with db.writing() as session:
            session.execute(text(statement))
    with db.reading() as session:
        assert AuditRepository(session).latest()


def test_models_match_the_migrated_schema(db: Database) -> None:
    with db.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_check_store_finds_missing_and_changed_files(db: Database, tmp_path: Path) -> None:
    add_sample_imaging(db, tmp_path / "files", files=4)
    progress: list[tuple[int, int]] = []
    report = check_store(db, progress=lambda d, t, m="": progress.append((d, t)))
    assert report.healthy and report.files_checked == 4
    assert progress[-1] == (4, 4)

    files = sorted((tmp_path / "files").iterdir())
    files[0].unlink()
    original = files[1].stat()
    files[1].write_bytes(b"X" * original.st_size)  # same size, new content
    import os

    os.utime(files[1], ns=(original.st_atime_ns, original.st_mtime_ns))  # and same time
    report = check_store(db)
    assert report.missing == [str(files[0])]
    assert report.changed == [str(files[1])]
    assert not report.healthy
    assert check_store(db, verify_content=False).changed == []  # only the hash sees it


def test_check_store_can_be_cancelled(db: Database, tmp_path: Path) -> None:
    add_sample_imaging(db, tmp_path / "files", files=5)
    token = CancelToken()

    def progress(done: int, total: int, message: str = "") -> None:
        if done == 2:
            token.cancel()

    with pytest.raises(OperationCancelled):
        check_store(db, progress=progress, cancel=token)
