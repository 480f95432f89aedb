"""PostgreSQL keeps liver plans append-only as SQLite does (revision 0017's triggers)."""

from __future__ import annotations

import pytest
import sqlalchemy.exc
from sqlalchemy import text

from casereview.domain.cases import CaseDraft
from casereview.domain.liver_plan_record import (
    CouinaudLandmarksLps,
    LiverPlanInputs,
    LiverPlanResult,
    RemnantMeasure,
    ResectionKind,
    SurfaceLps,
    VerdictRecord,
)
from casereview.domain.liver_remnant import LiverCondition
from casereview.domain.resectability_record import SegmentChoice
from casereview.domain.users import Role, User
from casereview.services import cases as case_service
from casereview.services.users import ensure_user
from casereview.store.database import open_database
from casereview.store.repositories import IndexRepository, UserRepository
from casereview.store.repositories_liver import LiverPlanRepository
from casereview.store.types import utcnow

pytestmark = pytest.mark.postgresql

_INPUTS = LiverPlanInputs(
    series_instance_uid="1.2.3.4",
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
_RESULT = LiverPlanResult(
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
_LANDMARKS = CouinaudLandmarksLps(
    (0.0, 0.0, 100.0),
    (0.0, 0.0, 50.0),
    ((-40.0, 0.0, 100.0), (-80.0, 0.0, 100.0)),
    ((0.0, -40.0, 100.0), (0.0, -80.0, 100.0)),
    ((40.0, -10.0, 100.0), (80.0, -20.0, 100.0)),
    (-5.0, -30.0, 70.0),
)


def test_postgresql_refuses_to_change_or_remove_a_plan_but_lets_it_go_with_its_case(
    postgresql_url: str,
) -> None:
    database = open_database(postgresql_url)
    try:
        ensure_user(database, User(0, "hpb", "Dr HPB", Role.SURGEON))
        with database.writing() as session:
            patient_pk, _ = IndexRepository(session).upsert_patient("PG-LIVER", patient_name="A^B")
        case = case_service.create_case(database, CaseDraft(patient_pk, "Liver case"), "hpb")
        with database.writing() as session:
            user_id = UserRepository(session).row_id("hpb")
            repository = LiverPlanRepository(session)
            first = repository.add_version(case.id, _INPUTS, _RESULT, "a" * 64, "hpb", utcnow())
            second = repository.add_version(case.id, _INPUTS, _RESULT, "a" * 64, "hpb", utcnow())
            repository.add_landmarks(case.id, "1.2.3.4", _LANDMARKS, {1: "x"}, user_id, utcnow())
        assert (first.number, second.number) == (1, 2)
        for table in ("liver_plan_versions", "couinaud_landmark_sets"):
            for statement in (f"UPDATE {table} SET created_at = now()", f"DELETE FROM {table}"):
                with pytest.raises(sqlalchemy.exc.DBAPIError, match="append-only"):
                    with database.writing() as session:
                        session.execute(text(statement))
        with database.reading() as session:
            assert LiverPlanRepository(session).get(first.uid) == first
        with database.writing() as session:
            session.execute(text("DELETE FROM cases WHERE id = :id"), {"id": case.id})
        with database.reading() as session:
            for table in ("liver_plan_versions", "couinaud_landmark_sets"):
                assert session.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 0
    finally:
        database.close()
