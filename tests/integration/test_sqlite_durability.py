"""Crash safety and concurrent writers on the embedded SQLite database."""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import sqlite3
import time
from pathlib import Path

import db_workers
import pytest

from casereview.store.database import open_database
from casereview.store.engine import sqlite_url_for_path

KILLS = 100
pytestmark = pytest.mark.slow


def _context() -> multiprocessing.context.BaseContext:
    # A fork server starts clean (no Qt, no test threads) and forks workers in milliseconds.
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["db_workers", "casereview.services.cases"])
    return ctx


def _case_uids(path: Path) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        return {row[0] for row in connection.execute("SELECT uid FROM cases")}
    finally:
        connection.close()


def test_acknowledged_cases_survive_sigkill(tmp_path: Path) -> None:
    path = tmp_path / "crash.sqlite"
    url = sqlite_url_for_path(str(path))
    patient_pk = db_workers.prepare(url)
    ctx = _context()
    rng = random.Random(20261121)
    acknowledged: set[str] = set()
    kills = 0
    while kills < KILLS:
        receiver, sender = ctx.Pipe(duplex=False)
        child = ctx.Process(target=db_workers.create_cases_forever, args=(url, patient_pk, sender))
        child.start()
        sender.close()
        # Wait for the first acknowledgement so the kill lands inside the write loop, then
        # let it run a random while: the kill hits any point of a transaction or commit.
        assert receiver.poll(30), "writer never acknowledged a commit"
        deadline = time.monotonic() + rng.uniform(0.0, 0.08)
        while time.monotonic() < deadline:
            if receiver.poll(0.001):
                acknowledged.add(receiver.recv())
        os.kill(child.pid, signal.SIGKILL)
        child.join(10)
        assert child.exitcode == -signal.SIGKILL
        kills += 1
        while receiver.poll(0):  # acks already in the pipe were sent after their commit
            try:
                acknowledged.add(receiver.recv())
            except EOFError:
                break
        receiver.close()

    present = _case_uids(path)
    lost = acknowledged - present
    assert not lost, f"{len(lost)} acknowledged cases were lost"
    assert len(acknowledged) > KILLS  # the loop really wrote between kills
    database = open_database(url)
    try:
        assert database.integrity_problems() == []
    finally:
        database.close()
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        connection.close()


def test_four_writers_never_see_database_is_locked(tmp_path: Path) -> None:
    url = sqlite_url_for_path(str(tmp_path / "busy.sqlite"))
    patient_pk = db_workers.prepare(url)
    ctx = _context()
    with ctx.Pool(4) as pool:
        results = pool.starmap(
            db_workers.write_transactions, [(url, patient_pk, 200, worker) for worker in range(4)]
        )
    failures = [f for result in results for f in result["failures"]]
    assert failures == []
    assert len(_case_uids(tmp_path / "busy.sqlite")) == 800
