"""Reading the DICOM index (the ingest issue adds scanning and importing)."""

from __future__ import annotations

from casereview.domain.index import PatientSummary
from casereview.store.database import Database
from casereview.store.repositories import IndexRepository


def list_patients(db: Database) -> list[PatientSummary]:
    """Patients with studies and series, for the study browser. Holds PHI: never log it."""
    with db.reading() as session:
        return IndexRepository(session).patients()
