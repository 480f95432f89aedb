"""The department database's tests: what two workstations share, and what each one runs.

The functions run in child processes started with ``spawn`` (a fresh interpreter each, like a
second workstation), so they live in a module the child can import by name.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from multiprocessing.synchronize import Event
from typing import Any

from casereview.domain.cases import CaseDraft
from casereview.domain.meetings import MeetingDraft, QuorumRule
from casereview.domain.users import Role, User
from casereview.errors import EditConflictError
from casereview.services import cases as case_service
from casereview.services import meetings as meeting_service
from casereview.services.users import ensure_user
from casereview.store.database import open_database
from casereview.store.repositories import IndexRepository
from casereview.store.repositories_meetings import MeetingRepository

#: The two workstations' users: (username, display name).
STATIONS = (("dr_a", "Dr Amsel"), ("dr_b", "Dr Berger"))

#: What the workers edit in place.
TARGETS = ("case_question", "item_history", "meeting_title")


@dataclass(frozen=True, slots=True)
class DepartmentWorld:
    """Internal ids of the shared case, meeting and agenda item."""

    case_id: int
    meeting_id: int
    item_id: int


def build_department(url: str) -> DepartmentWorld:
    """Create the database (at head), both users, a patient, a case on a meeting's agenda."""
    database = open_database(url)
    try:
        for username, name in STATIONS:
            ensure_user(database, User(0, username, name, Role.SURGEON))
        with database.writing() as session:
            patient_pk, _ = IndexRepository(session).upsert_patient("DEPT-1", patient_name="D^E")
        case = case_service.create_case(
            database,
            CaseDraft(patient_pk, "Shared case", clinical_question="Resectable?"),
            "dr_a",
        )
        meeting = meeting_service.create_meeting(
            database,
            MeetingDraft("HPB MDT", datetime(2026, 12, 10, 8, 0, tzinfo=UTC)),
            QuorumRule(),
            "dr_a",
        )
        item = meeting_service.add_case(database, meeting.id, case.id, "dr_a")
        return DepartmentWorld(case.id, meeting.id, item.id)
    finally:
        database.close()


def read_target(database: Any, world: DepartmentWorld, target: str) -> tuple[str, int]:
    """The stored text and version of one edited field."""
    if target == "case_question":
        case = case_service.get_case(database, world.case_id)
        return case.clinical_question, case.version
    detail = meeting_service.get_meeting(database, world.meeting_id)
    if target == "item_history":
        item = next(i for i in detail.agenda if i.id == world.item_id)
        return item.history, item.version
    return detail.meeting.title, detail.meeting.version


def write_target(
    database: Any, world: DepartmentWorld, target: str, text: str, actor: str, expected: int
) -> int:
    """Store ``text`` in one field on top of version ``expected``; returns the new version."""
    if target == "case_question":
        return case_service.update_case(
            database, world.case_id, actor, clinical_question=text, expected_version=expected
        ).version
    if target == "item_history":
        return meeting_service.update_agenda_item(
            database, world.item_id, actor, history=text, expected_version=expected
        ).version
    meeting = meeting_service.get_meeting(database, world.meeting_id).meeting
    draft = MeetingDraft(
        text,
        meeting.scheduled_at,
        meeting.duration_minutes,
        meeting.location,
        meeting.remote_link,
        meeting.chair,
    )
    return meeting_service.update_meeting(
        database, world.meeting_id, draft, actor, expected_version=expected
    ).version


def edit_concurrently(
    url: str,
    world: DepartmentWorld,
    station: int,
    operations: int,
    seed: int,
    start: Event,
    deadline_s: float,
) -> list[dict[str, Any]]:
    """One workstation's editing session: read, think a moment, write on what was read.

    Every operation is logged: ``{"target", "text", "expected", "outcome", "version",
    "message"}`` with outcome ``"saved"``, ``"conflict"`` or ``"error"`` (anything else that
    went wrong, with its type). Stops after ``operations`` or ``deadline_s`` seconds.
    """
    rng = random.Random(seed)
    actor = STATIONS[station][0]
    database = open_database(url)
    log: list[dict[str, Any]] = []
    try:
        start.wait(30)
        began = time.monotonic()
        for number in range(operations):
            if time.monotonic() - began > deadline_s:
                break
            target = rng.choice(TARGETS)
            _text, version = read_target(database, world, target)
            # The time a person takes to type: the other workstation may save meanwhile.
            time.sleep(rng.uniform(0.0, 0.03))
            text = f"{actor} edit {number}"
            entry: dict[str, Any] = {"target": target, "text": text, "expected": version}
            try:
                entry["version"] = write_target(database, world, target, text, actor, version)
                entry["outcome"] = "saved"
            except EditConflictError as exc:
                entry["outcome"] = "conflict"
                entry["message"] = str(exc)
                entry["version"] = exc.current_version
            except Exception as exc:  # reported to the test, which fails on any
                entry["outcome"] = "error"
                entry["message"] = f"{type(exc).__name__}: {exc}"
            log.append(entry)
    finally:
        database.close()
    return log


def write_questions(url: str, world: DepartmentWorld, count: int, gap_s: float) -> list[float]:
    """Change the case's question ``count`` times; the wall-clock time each save started (the
    notification goes out when it commits, before the save returns)."""
    database = open_database(url)
    committed: list[float] = []
    try:
        for number in range(count):
            case = case_service.get_case(database, world.case_id)
            committed.append(time.time())
            case_service.update_case(
                database,
                world.case_id,
                "dr_b",
                clinical_question=f"question {number}",
                expected_version=case.version,
            )
            time.sleep(gap_s)
    finally:
        database.close()
    return committed


def run_into(results: Any, name: str, *args: Any) -> None:
    """Run the function ``name`` of this module and put ``(name, result)`` on ``results``."""
    try:
        results.put((name, globals()[name](*args)))
    except BaseException as exc:
        results.put((name, exc))
        raise


def write_item_question(url: str, item_id: int, text: str, actor: str) -> float:
    """Another workstation saves an agenda item's question (on the version it reads now);
    returns the wall-clock time the save started.

    It starts like casereview does (``bootstrap``) on the data directory of ``CASEREVIEW_HOME``:
    workstations sharing a database share its keys folder, which keys the audit trail.
    """
    from casereview.app.context import bootstrap

    context = bootstrap(db_url=url, user=actor, exchange=False, clean_staging=False)
    try:
        with context.db.reading() as session:
            item = MeetingRepository(session).item(item_id)
        started = time.time()
        meeting_service.update_agenda_item(
            context.db, item_id, actor, question=text, expected_version=item.version
        )
        return started
    finally:
        context.close()
