"""Functions run in child processes by the crash-safety and concurrency tests.

They live in their own module so the forkserver can import them by name.
"""

from __future__ import annotations

from multiprocessing.connection import Connection
from typing import Any

from casereview.domain.cases import CaseDraft
from casereview.domain.users import Role, User
from casereview.errors import DatabaseBusyError
from casereview.services.cases import create_case
from casereview.services.users import ensure_user
from casereview.store.database import open_database
from casereview.store.repositories import IndexRepository


def prepare(url: str) -> int:
    """Create the database, a user and a patient; return the patient's internal id."""
    database = open_database(url)
    try:
        ensure_user(database, User(0, "writer", "Writer", Role.COORDINATOR))
        with database.writing() as session:
            patient_pk, _ = IndexRepository(session).upsert_patient("CRASH-1", patient_name="X^Y")
        return patient_pk
    finally:
        database.close()


def create_cases_forever(url: str, patient_pk: int, acks: Connection) -> None:
    """Create cases until killed; send each case's uid once its commit has returned."""
    database = open_database(url)
    number = 0
    while True:
        number += 1
        draft = CaseDraft(patient_pk, f"crash case {number}", clinical_question="q" * 200)
        create_case(database, draft, "writer")
        acks.send(draft.uid)


def write_transactions(url: str, patient_pk: int, count: int, worker: int) -> dict[str, Any]:
    """Run ``count`` write transactions and report how many failed and why."""
    database = open_database(url)
    failures: list[str] = []
    try:
        for number in range(count):
            try:
                create_case(database, CaseDraft(patient_pk, f"w{worker} #{number}"), "writer")
            except DatabaseBusyError as exc:
                failures.append(str(exc))
            except Exception as exc:  # any other failure is reported, not swallowed
                failures.append(f"{type(exc).__name__}: {exc}")
    finally:
        database.close()
    return {"worker": worker, "failures": failures}
