"""Two workstations editing the same case and meeting on one PostgreSQL database (issue 19).

Each runs in a process of its own and edits the case's question, the agenda item's history and
the meeting's title read-modify-write, handing back the version it read. Afterwards: every
conflict was reported as ``EditConflictError`` (none silently lost, no other error), no write
was lost (the successful writes of each field form one unbroken chain of versions, each made on
top of the one before it, and the field holds the last one), and the listener of a third
connection heard both workstations' changes.
"""

from __future__ import annotations

import multiprocessing
import queue
import sys
import threading
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from casereview.domain.audit import AuditAction
from casereview.domain.changes import Changes
from casereview.services.audit import latest_events
from casereview.store.database import open_database
from casereview.store.notifications import ChangeListener

sys.path.insert(0, str(Path(__file__).resolve().parent))
from department_workers import TARGETS, build_department, read_target, run_into

pytestmark = [pytest.mark.postgresql, pytest.mark.slow]

#: Operations per workstation and the most seconds either may take (bounded either way).
OPERATIONS = 120
DEADLINE_S = 20.0
SEEDS = (1901, 1902)


def test_two_workstations_lose_no_write_and_every_conflict_is_reported(
    postgresql_url: str,
) -> None:
    world = build_department(postgresql_url)
    heard: list[Changes] = []
    lock = threading.Lock()

    def hear(changes: Changes) -> None:
        with lock:
            heard.append(changes)

    listener = ChangeListener(postgresql_url, hear)
    listener.start()
    assert listener.wait_listening(10)

    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    start = context.Event()
    workers = [
        context.Process(
            target=run_into,
            args=(
                results,
                "edit_concurrently",
                postgresql_url,
                world,
                station,
                OPERATIONS,
                SEEDS[station],
                start,
                DEADLINE_S,
            ),
        )
        for station in (0, 1)
    ]
    for worker in workers:
        worker.start()
    start.set()
    logs: list[list[dict[str, Any]]] = []
    try:
        for _ in workers:
            _name, result = results.get(timeout=120)
            assert not isinstance(result, BaseException), result
            logs.append(result)
    except queue.Empty:
        pytest.fail("a workstation did not finish in time")
    finally:
        for worker in workers:
            worker.join(30)
            if worker.is_alive():
                worker.kill()
        listener.stop()

    entries = [entry for log in logs for entry in log]
    outcomes = Counter(entry["outcome"] for entry in entries)
    errors = [entry["message"] for entry in entries if entry["outcome"] == "error"]
    assert errors == [], errors
    # Both workstations wrote at the same time: some edits met another one.
    assert outcomes["conflict"] > 0 and outcomes["saved"] > 0, outcomes
    print(f"\noperations {len(entries)}: {dict(outcomes)}")

    database = open_database(postgresql_url)
    try:
        for target in TARGETS:
            saved = [e for e in entries if e["target"] == target and e["outcome"] == "saved"]
            versions = sorted(e["version"] for e in saved)
            # Each save was made on the version before it, and no two saves share a version:
            # nobody wrote over a change they had not read.
            bad = [e for e in saved if e["version"] != e["expected"] + 1]
            if bad:
                for log in logs:
                    for e in log:
                        if e["target"] == target:
                            print(e)
            assert bad == [], target
            assert len(set(versions)) == len(versions), target
            text, final_version = read_target(database, world, target)
            first = final_version - len(saved)
            assert versions == list(range(first + 1, final_version + 1)), target
            # The field holds the newest successful save.
            newest = max(saved, key=lambda e: e["version"])
            assert text == newest["text"], target
            # Every conflict names who changed what, and keeps the user's text.
            for entry in entries:
                if entry["outcome"] == "conflict" and entry["target"] == target:
                    message = entry["message"]
                    assert "Dr Amsel" in message or "Dr Berger" in message, message
                    assert "your text is kept in the editor" in message, message
        # One audit record per successful save of the case's question (nothing unaudited).
        events = latest_events(database, 5000)
    finally:
        database.close()
    case_saves = sum(
        1 for e in entries if e["target"] == "case_question" and e["outcome"] == "saved"
    )
    audited = sum(
        1
        for event in events
        if event.action is AuditAction.CASE_UPDATED and event.entity_id == str(world.case_id)
    )
    assert audited == case_saves

    # The listener heard the case's and the meeting's changes.
    with lock:
        combined = Changes()
        for changes in heard:
            combined = combined | changes
        heard_count = len(heard)
    assert combined.touches("cases", world.case_id)
    assert combined.touches("meetings", world.meeting_id)
    assert heard_count >= outcomes["saved"]  # one per committed save at least
    print(f"notifications heard: {heard_count} for {outcomes['saved']} saves")
