"""What ``casereview-cli info`` and the About dialog report about an installation."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from casereview.store.database import Database

#: The tables whose row counts are shown, by their names in the database.
COUNTED_TABLES = ("patients", "studies", "series", "instances", "cases", "users", "audit_events")


@dataclass(frozen=True, slots=True)
class InstallationInfo:
    """Facts about the data directory and database, free of PHI."""

    version: str
    data_dir: str
    database_url: str
    schema_revision: str
    counts: dict[str, int]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready mapping."""
        return asdict(self)


def describe(db: Database, data_dir: Path, version: str) -> InstallationInfo:
    """Collect the facts shown by ``casereview-cli info``; reads only.

    Parameters
    ----------
    db
        The open database.
    data_dir
        The data directory in use.
    version
        The version of casereview that is running.

    Returns
    -------
    InstallationInfo
        Version, data directory, database URL (password hidden), schema revision and the row
        counts of :data:`COUNTED_TABLES`.
    """
    return InstallationInfo(
        version=version,
        data_dir=str(data_dir),
        database_url=db.display_url,
        schema_revision=db.schema.to_revision,
        counts=db.count_rows(COUNTED_TABLES),
    )
