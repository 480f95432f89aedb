"""Reading the DICOM index (the ingest issue adds scanning and importing)."""

from __future__ import annotations

from collections.abc import Sequence

from casereview.domain.index import PatientSummary
from casereview.store.database import Database
from casereview.store.repositories import IndexRepository


def series_ids_for_uids(db: Database, series_instance_uids: Sequence[str]) -> dict[str, int]:
    """Internal ids of indexed series, by Series Instance UID."""
    with db.reading() as session:
        return IndexRepository(session).series_ids_for_uids(series_instance_uids)


def owners_of_series(db: Database, series_ids: Sequence[int]) -> tuple[set[int], set[int]]:
    """Internal ids of the patients and studies that hold ``series_ids``."""
    with db.reading() as session:
        return IndexRepository(session).owners_of_series(series_ids)


def list_patients(db: Database) -> list[PatientSummary]:
    """Patients with studies and series, for the study browser. Holds PHI: never log it."""
    with db.reading() as session:
        return IndexRepository(session).patients()
