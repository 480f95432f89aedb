"""What ``casereview-cli info`` and the About dialog report about an installation."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from casereview.store.database import Database
from casereview.store.repositories import IndexRepository


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
    """Collect the facts shown by ``casereview-cli info``."""
    with db.reading() as session:
        counts = IndexRepository(session).counts()
    return InstallationInfo(
        version=version,
        data_dir=str(data_dir),
        database_url=db.display_url,
        schema_revision=db.schema.to_revision,
        counts=counts,
    )
