"""Reading the DICOM index (the ingest issue adds scanning and importing)."""

from __future__ import annotations

from collections.abc import Sequence

from casereview.domain.index import IndexQuery, PatientSummary
from casereview.store import index_queries
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
    """Every patient with studies and series, for the study browser. Holds PHI: never log it."""
    return search_patients(db, IndexQuery())


def search_patients(db: Database, query: IndexQuery) -> list[PatientSummary]:
    """Patients with the studies and series that match ``query``. Holds PHI: never log it.

    Parameters
    ----------
    db
        Open case database.
    query
        Free text (patient name, patient ID, accession number), Study Date range, modality.

    Returns
    -------
    list of PatientSummary
        Same order and shape as :func:`list_patients`, restricted to what matches.
    """
    with db.reading() as session:
        return index_queries.search_patients(session, query)


def modalities(db: Database) -> list[str]:
    """Modalities present in the index, sorted (for the browser's modality filter)."""
    with db.reading() as session:
        return index_queries.modalities(session)
