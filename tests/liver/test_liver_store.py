"""Liver plans kept with the case: versions, history, content hashes, audit, append-only rows,
and the upgrade of databases written before the tables existed (revision 0017)."""

from __future__ import annotations

import dataclasses
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from liver_support import LANDMARKS, make_demo_home, opened
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from casereview.domain.audit import AuditAction
from casereview.domain.liver_plan_record import (
    LiverPlanInputs,
    LiverPlanResult,
    RemnantMeasure,
    ResectionKind,
    SurfaceLps,
    VerdictRecord,
)
from casereview.domain.liver_remnant import LiverCondition
from casereview.domain.resectability_record import SegmentChoice
from casereview.errors import NotFoundError, ValidationError
from casereview.services.audit import latest_events
from casereview.services.liver_couinaud import parse_landmarks
from casereview.services.liver_plan import (
    LiverPlanner,
    build_couinaud_segments,
    get_liver_plan,
    latest_liver_plan,
    liver_plan_history,
    save_liver_plan,
    verify_liver_plan,
)
from casereview.services.segmentations import (
    delete_segment,
    restore_segment,
    segment_mask,
    set_segment_mask,
)
from casereview.store.database import Database, open_database
from casereview.store.engine import create_database_engine, sqlite_url_for_path
from casereview.store.migrate import upgrade
from casereview.store.repositories_liver import LiverPlanRepository
from casereview.store.types import utcnow

FIXTURES = Path(__file__).parents[1] / "migrations" / "fixtures"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The small demo with Couinaud segments built from :data:`LANDMARKS`."""
    home = tmp_path_factory.mktemp("liver-store")
    case_id = make_demo_home(home)
    with opened(home) as context:
        build_couinaud_segments(context.db, case_id, parse_landmarks(LANDMARKS), "local")
    return {"home": home, "case": case_id}


def test_saved_plans_are_numbered_listed_verified_and_audited(site: dict[str, Any]) -> None:
    with opened(site["home"]) as context:
        db, case_id = context.db, site["case"]
        assert latest_liver_plan(db, case_id) is None and liver_plan_history(db, case_id) == []
        planner = LiverPlanner.open(db, case_id)
        right = planner.by_segments((5, 6, 7, 8), height_cm=172.0, weight_kg=70.0)
        first = save_liver_plan(
            db, case_id, right, "local", note="  Portal vein embolisation first?  "
        )
        assert first.number == 1 and first.author == "local" and first.origin == ""
        assert first.note == "Portal vein embolisation first?"
        assert first.inputs == right.inputs and first.result == right.result
        assert verify_liver_plan(first)
        assert first.created_at.tzinfo is not None
        cirrhosis = planner.by_segments((5, 6, 7, 8), condition="cirrhosis")
        second = save_liver_plan(db, case_id, cirrhosis, "local")
        again = save_liver_plan(db, case_id, right, "local")
        assert (second.number, again.number) == (2, 3)
        # The hash follows the content only: the same plan saved twice hashes the same.
        assert second.content_sha256 != first.content_sha256
        assert again.content_sha256 == first.content_sha256 and again.uid != first.uid
        history = liver_plan_history(db, case_id)
        assert [v.number for v in history] == [1, 2, 3]
        assert all(verify_liver_plan(v) for v in history)
        latest = latest_liver_plan(db, case_id)
        assert latest is not None and latest.uid == again.uid
        assert get_liver_plan(db, first.uid) == first
        with pytest.raises(NotFoundError):
            get_liver_plan(db, "no-such-plan")
        events = [e for e in latest_events(db, 50) if e.action is AuditAction.LIVER_PLAN_SAVED]
    assert [e.details["version"] for e in events] == [3, 2, 1]
    saved = events[-1]
    assert saved.entity_id == first.uid and saved.details["case"] == case_id
    assert saved.details["sha256"] == first.content_sha256
    assert "Portal" not in str(saved.details)  # the note never reaches the audit trail


def test_changed_content_no_longer_verifies(site: dict[str, Any], tmp_path: Path) -> None:
    with opened(site["home"]) as context:
        planner = LiverPlanner.open(context.db, site["case"])
        version = save_liver_plan(context.db, site["case"], planner.by_segments((2, 3)), "local")
    changed = dataclasses.replace(
        version,
        result=dataclasses.replace(version.result, flr_percent=version.result.flr_percent + 1),
    )
    assert verify_liver_plan(version) and not verify_liver_plan(changed)
    moved = dataclasses.replace(
        version, inputs=dataclasses.replace(version.inputs, condition=LiverCondition.CIRRHOSIS)
    )
    assert not verify_liver_plan(moved)
    # Someone lifts the trigger on a copy of the database and edits the stored result.
    copy = tmp_path / "home"
    shutil.copytree(site["home"], copy)
    with opened(copy) as context:
        with context.db.writing() as session:
            session.execute(text("DROP TRIGGER liver_plan_versions_no_update"))
            session.execute(
                text(
                    "UPDATE liver_plan_versions SET result_json = "
                    "replace(result_json, '\"flr_percent\": ', '\"flr_percent\": 1') "
                    "WHERE uid = :uid"
                ),
                {"uid": version.uid},
            )
        tampered = get_liver_plan(context.db, version.uid)
    assert tampered.result.flr_percent != version.result.flr_percent
    assert not verify_liver_plan(tampered)


def test_a_draft_of_segments_that_changed_or_went_is_not_saved(site: dict[str, Any]) -> None:
    with opened(site["home"]) as context:
        db, case_id = context.db, site["case"]
        planner = LiverPlanner.open(db, case_id)
        draft = planner.by_segments((5, 8))
        count = len(liver_plan_history(db, case_id))
        segment_5 = next(c for c in draft.inputs.couinaud if c.role == "couinaud-5")
        delete_segment(db, segment_5.segment_uuid, "local")
        with pytest.raises(ValidationError, match="no longer has .*Segment 5"):
            save_liver_plan(db, case_id, draft, "local")
        restore_segment(db, segment_5.segment_uuid, "local")
        liver = draft.inputs.liver.segment_uuid
        set_segment_mask(db, liver, segment_mask(db, liver), None, "local")
        with pytest.raises(ValidationError, match="Liver changed after the plan was computed"):
            save_liver_plan(db, case_id, draft, "local")
        with pytest.raises(ValidationError, match="at most 4000 characters"):
            save_liver_plan(db, case_id, draft, "local", note="x" * 4001)
        assert len(liver_plan_history(db, case_id)) == count
        fresh = LiverPlanner.open(db, case_id).by_segments((5, 8))
        assert save_liver_plan(db, case_id, fresh, "local").number == count + 1


# --- rows written by hand on an empty database ---------------------------------------------


def _plan(series: str = "1.2.3.4") -> tuple[LiverPlanInputs, LiverPlanResult]:
    inputs = LiverPlanInputs(
        series_instance_uid=series,
        liver=SegmentChoice("liver", "liver-uuid", "Liver", 1, False),
        tumours=(),
        couinaud=(),
        kind=ResectionKind.SURFACE,
        removed_segments=(),
        surface=SurfaceLps((-40.0, 10.0, 80.0), (-1.0, 0.0, 0.0)),
        condition=LiverCondition.NORMAL,
        height_cm=None,
        weight_kg=None,
        size_from="",
    )
    result = LiverPlanResult(
        1500.0,
        0.0,
        900.0,
        0.0,
        None,
        40.0,
        None,
        None,
        None,
        None,
        (VerdictRecord(RemnantMeasure.FLR, 40.0, 20.0, "Abdalla 2006"),),
    )
    return inputs, result


@pytest.fixture
def stored(db: Database, tmp_path: Path) -> int:
    """A case with one plan and one landmark set written through the repository."""
    from meetings.meeting_support import make_cases

    case_id = make_cases(db, tmp_path)[0]
    with db.writing() as session:
        repository = LiverPlanRepository(session)
        repository.add_version(case_id, *_plan(), "0" * 64, "tester", utcnow())
        repository.add_landmarks(
            case_id, "1.2.3.4", parse_landmarks(LANDMARKS), {1: "a", 2: "b"}, 1, utcnow()
        )
    return case_id


@pytest.mark.parametrize("table", ["liver_plan_versions", "couinaud_landmark_sets"])
@pytest.mark.parametrize(
    "statement", ["UPDATE {table} SET created_at = created_at", "DELETE FROM {table}"]
)
def test_stored_rows_cannot_be_changed_or_removed(
    db: Database, stored: int, table: str, statement: str
) -> None:
    with pytest.raises(DBAPIError, match="append-only"):
        with db.writing() as session:
            session.execute(text(statement.format(table=table)))
    with db.reading() as session:
        assert session.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 1


def test_the_rows_go_with_their_case(db: Database, stored: int) -> None:
    with db.writing() as session:
        session.execute(text("DELETE FROM cases WHERE id = :id"), {"id": stored})
    with db.reading() as session:
        for table in ("liver_plan_versions", "couinaud_landmark_sets"):
            assert session.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 0


def test_landmark_sets_are_found_by_the_segments_they_built(db: Database, stored: int) -> None:
    with db.reading() as session:
        repository = LiverPlanRepository(session)
        found = repository.landmarks_of(stored, {2: "b", 1: "a"})
        assert found is not None and found.landmarks == parse_landmarks(LANDMARKS)
        assert found.author == "tester" and found.segments == {1: "a", 2: "b"}
        assert repository.landmarks_of(stored, {1: "a"}) is None


def test_a_plan_for_a_case_that_does_not_exist_is_refused(db: Database) -> None:
    with pytest.raises(NotFoundError, match="does not exist"):
        with db.writing() as session:
            LiverPlanRepository(session).add_version(999, *_plan(), "0" * 64, "tester", utcnow())


# --- upgrade ---------------------------------------------------------------------------------


def test_a_database_of_revision_0016_upgrades_with_its_rows_and_empty_plan_tables(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.sqlite"
    engine = create_database_engine(sqlite_url_for_path(str(path)))
    try:
        upgrade(engine, "0016")
    finally:
        engine.dispose()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA foreign_keys = ON")
    connection.executescript((FIXTURES / "0016.sql").read_text(encoding="utf-8"))
    connection.commit()
    cursor = connection.execute("SELECT * FROM cases ORDER BY id")
    cases_before = cursor.fetchall()
    # Later revisions add columns to cases (0018: row_version); the rows must keep their values.
    columns = ", ".join(column[0] for column in cursor.description)
    connection.close()
    database = open_database(sqlite_url_for_path(str(path)), backup_dir=tmp_path / "backups")
    try:
        assert database.schema.action == "upgraded" and database.schema.from_revision == "0016"
        with database.reading() as session:
            assert session.execute(text("SELECT count(*) FROM liver_plan_versions")).scalar() == 0
            assert LiverPlanRepository(session).latest(1) is None
            triggers = {
                row[0]
                for row in session.execute(
                    text("SELECT name FROM sqlite_master WHERE type = 'trigger'")
                )
            }
            cases_after = session.execute(text(f"SELECT {columns} FROM cases ORDER BY id")).all()
    finally:
        database.close()
    assert {
        "liver_plan_versions_no_update",
        "liver_plan_versions_no_delete",
        "couinaud_landmark_sets_no_update",
        "couinaud_landmark_sets_no_delete",
    } <= triggers
    assert [tuple(r) for r in cases_after] == cases_before


def test_the_0017_fixture_plan_reads_back_through_the_repository(tmp_path: Path) -> None:
    path = tmp_path / "plans.sqlite"
    engine = create_database_engine(sqlite_url_for_path(str(path)))
    try:
        upgrade(engine, "0017")
    finally:
        engine.dispose()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA foreign_keys = ON")
    connection.executescript((FIXTURES / "0017.sql").read_text(encoding="utf-8"))
    connection.commit()
    connection.close()
    database = open_database(sqlite_url_for_path(str(path)))
    try:
        with database.reading() as session:
            repository = LiverPlanRepository(session)
            (version,) = repository.history(1)
            landmarks = repository.landmarks_of(
                1,
                {
                    1: "5c1f0b7a-3c2d-4e5f-8a9b-0c1d2e3f4a81",
                    2: "5c1f0b7a-3c2d-4e5f-8a9b-0c1d2e3f4a82",
                },
            )
    finally:
        database.close()
    assert version.number == 1 and version.inputs.kind is ResectionKind.SURFACE
    assert version.note.endswith("切除右半肝") and version.result.margin_mm == 12.5
    assert landmarks is not None and landmarks.landmarks.caudate_radius_mm == 30.0
