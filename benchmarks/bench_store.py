"""Store benchmark: durable write transactions and database opening, against raw sqlite3.

Prints figures as ratios to a baseline measured in the same run on the same disk:
- a case (with its audit record) committed through casereview's store vs. a bare
  ``INSERT`` + ``COMMIT`` through ``sqlite3`` with the same WAL / ``synchronous=FULL`` settings;
- opening a database (schema check included) vs. a bare ``sqlite3.connect`` + one query.

Run: ``.venv/bin/python benchmarks/bench_store.py [--transactions N]``.
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
import time
from pathlib import Path

from casereview.domain.cases import CaseDraft
from casereview.domain.users import Role, User
from casereview.services.cases import create_case
from casereview.services.info import COUNTED_TABLES
from casereview.services.users import ensure_user
from casereview.store.database import open_database
from casereview.store.engine import sqlite_url_for_path
from casereview.store.repositories import IndexRepository


def raw_commits(path: Path, count: int) -> float:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, title TEXT, question TEXT)")
    start = time.perf_counter()
    for number in range(count):
        connection.execute("BEGIN IMMEDIATE")
        connection.execute(
            "INSERT INTO t (title, question) VALUES (?, ?)", (f"c{number}", "q" * 200)
        )
        connection.execute("COMMIT")
    elapsed = time.perf_counter() - start
    connection.close()
    return elapsed


def store_commits(path: Path, count: int) -> float:
    database = open_database(sqlite_url_for_path(str(path)))
    ensure_user(database, User(0, "bench", "Bench", Role.OTHER))
    with database.writing() as session:
        patient_pk, _ = IndexRepository(session).upsert_patient("BENCH-1")
    start = time.perf_counter()
    for number in range(count):
        create_case(
            database, CaseDraft(patient_pk, f"c{number}", clinical_question="q" * 200), "bench"
        )
    elapsed = time.perf_counter() - start
    database.close()
    return elapsed


def raw_open(path: Path, repeats: int) -> float:
    start = time.perf_counter()
    for _ in range(repeats):
        connection = sqlite3.connect(path)
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        connection.close()
    return (time.perf_counter() - start) / repeats


def store_open(path: Path, repeats: int) -> float:
    url = sqlite_url_for_path(str(path))
    start = time.perf_counter()
    for _ in range(repeats):
        database = open_database(url)
        database.count_rows(COUNTED_TABLES)
        database.close()
    return (time.perf_counter() - start) / repeats


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--transactions", type=int, default=500)
    parser.add_argument("--opens", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="casereview-bench-") as tmp:
        root = Path(tmp)
        raw = raw_commits(root / "raw.sqlite", args.transactions)
        store = store_commits(root / "store.sqlite", args.transactions)
        raw_o = raw_open(root / "store.sqlite", args.opens)
        store_o = store_open(root / "store.sqlite", args.opens)
    n = args.transactions
    print(f"durable write transactions ({n}, WAL + synchronous=FULL):")
    print(f"  baseline sqlite3 INSERT+COMMIT   {n / raw:9.0f} /s")
    print(f"  casereview create_case + audit   {n / store:9.0f} /s")
    print(f"  ratio (casereview time / baseline time)   {store / raw:.2f}x")
    print("open database (schema check) and count rows:")
    print(f"  baseline sqlite3 connect+query   {raw_o * 1000:9.2f} ms")
    print(f"  casereview open_database         {store_o * 1000:9.2f} ms")
    print(f"  ratio                                     {store_o / raw_o:.1f}x")


if __name__ == "__main__":
    main()
