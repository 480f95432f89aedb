"""Audit trail benchmark: cost of the hash chain on writing, and speed of verifying it.

Appends N audit records through ``AuditRepository.append`` (chained: reads the newest hash,
hashes, writes, flushes) in one transaction, against a baseline measured in the same run: the
same N rows inserted as plain ORM objects without a chain. Then verifies the whole chain
(``services.audit.verify_audit_chain``) and prints records per second. A temporary SQLite
database is used (WAL, synchronous FULL, as in the application).

Run: ``.venv/bin/python benchmarks/bench_audit.py [--records N]``.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from casereview.domain.audit import AuditAction
from casereview.services.audit import verify_audit_chain
from casereview.store import models
from casereview.store.database import open_database
from casereview.store.engine import sqlite_url_for_path
from casereview.store.repositories import AuditRepository
from casereview.store.types import utcnow


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=20_000)
    args = parser.parse_args()
    n = args.records
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(sqlite_url_for_path(str(Path(folder) / "bench.sqlite")))
        try:
            start = time.perf_counter()
            with db.writing() as session:
                for i in range(n):
                    session.add(
                        models.AuditEvent(
                            id=10_000_000 + i,  # apart from the chain, which is verified below
                            occurred_at=utcnow(),
                            action=AuditAction.CASE_VIEWED.value,
                            entity_type="case",
                            entity_id=str(i % 50),
                            user_id=None,
                            details_json=json.dumps({"where": "bench"}),
                        )
                    )
                    session.flush()
                session.rollback()  # keep only the chained rows in the database
            plain = time.perf_counter() - start

            start = time.perf_counter()
            with db.writing() as session:
                audit = AuditRepository(session)
                for i in range(n):
                    audit.append(AuditAction.CASE_VIEWED, "case", i % 50, None, {"where": "bench"})
            chained = time.perf_counter() - start

            start = time.perf_counter()
            result = verify_audit_chain(db)
            verify = time.perf_counter() - start
        finally:
            db.close()
    assert result.intact and result.records_checked == n + 1  # + "database created"
    print(f"records                 {n:,}")
    print(f"plain insert + flush    {n / plain:,.0f} records/s (baseline)")
    print(
        f"chained append          {n / chained:,.0f} records/s ({chained / plain:.2f}× baseline time)"
    )
    print(f"verify chain            {result.records_checked / verify:,.0f} records/s")


if __name__ == "__main__":
    main()
