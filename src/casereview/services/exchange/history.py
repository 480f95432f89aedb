"""The exchange history: packages this installation wrote and took in."""

from __future__ import annotations

from casereview.store.database import Database
from casereview.store.repositories_packages import ExchangeRepository, PackageRecord


def package_history(db: Database) -> list[PackageRecord]:
    """Exported and imported packages, newest first."""
    with db.reading() as session:
        return ExchangeRepository(session).history()
