"""What the study browser shows: the index and the cases, read off the UI thread.

:func:`read_index` runs on the task runner's thread (the queries may take a while on a remote
PostgreSQL database); :class:`IndexState` keeps the last result on the UI thread and answers
the questions features ask about it (which case holds a series, what a viewer's corner text
says) without another query.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from casereview.domain.cases import Case
from casereview.domain.index import IndexQuery, PatientSummary
from casereview.services import cases as case_service
from casereview.services import identity as identity_service
from casereview.services import index as index_service
from casereview.services.identity import FlagRow
from casereview.session import SeriesInfo
from casereview.store.database import Database
from casereview.ui.browser import format_person_name

#: Modalities that are not images to look at (a comparison series must be one).
NON_IMAGE_MODALITIES = frozenset({"SEG", "SR", "PR", "KO"})


@dataclass(frozen=True)
class IndexSnapshot:
    """One reading of the index (with the browser's search) and of the cases."""

    modalities: list[str] = field(default_factory=list)
    patients: list[PatientSummary] = field(default_factory=list)
    cases: list[Case] = field(default_factory=list)
    #: Identity flags waiting for the user's decision (internal ids only).
    identity_flags: list[FlagRow] = field(default_factory=list)


def read_index(db: Database, query: IndexQuery) -> IndexSnapshot:
    """Query modalities, matching patients, all cases and the open identity flags (runs off
    the UI thread).

    Raises
    ------
    casereview.errors.StoreError
        If the database cannot be read.
    """
    return IndexSnapshot(
        index_service.modalities(db),
        index_service.search_patients(db, query),
        case_service.list_cases(db),
        identity_service.list_flags(db),
    )


class IndexState:
    """The index and cases the browser shows now."""

    def __init__(self) -> None:
        self.snapshot = IndexSnapshot()

    @property
    def patients(self) -> list[PatientSummary]:
        """Patients shown (with their studies and series)."""
        return self.snapshot.patients

    @property
    def cases(self) -> list[Case]:
        """Cases shown."""
        return self.snapshot.cases

    @property
    def identity_flags(self) -> list[FlagRow]:
        """Identity flags waiting for a decision."""
        return self.snapshot.identity_flags

    def flags_of(self, patient_id: int) -> list[FlagRow]:
        """The open identity flags that name patient ``patient_id``."""
        return [
            flag
            for flag in self.identity_flags
            if patient_id in (flag.patient_pk, flag.other_patient_pk)
        ]

    def patient(self, patient_id: int) -> PatientSummary | None:
        """The patient shown with internal id ``patient_id`` (``None`` if not shown)."""
        return next((p for p in self.patients if p.id == patient_id), None)

    def series_info(self, series_id: int) -> SeriesInfo:
        """What the viewer's corner text shows of a series (from the index shown)."""
        for patient in self.patients:
            for study in patient.studies:
                for series in study.series:
                    if series.id == series_id:
                        date = study.study_date
                        if len(date) == 8 and date.isdigit():
                            date = f"{date[:4]}-{date[4:6]}-{date[6:]}"
                        return SeriesInfo(
                            series_id,
                            series.description,
                            series.modality,
                            format_person_name(patient.patient_name),
                            patient.patient_id,
                            study.description,
                            date,
                        )
        return SeriesInfo(series_id)

    def compare_candidates(self, series_id: int) -> list[tuple[int, str]]:
        """``(id, label)`` of the other image series of the same study."""
        for patient in self.patients:
            for study in patient.studies:
                if any(series.id == series_id for series in study.series):
                    return [
                        (se.id, se.description or f"#{se.series_number}")
                        for se in study.series
                        if se.id != series_id and se.modality not in NON_IMAGE_MODALITIES
                    ]
        return []

    def case_for_series(self, series_id: int, selected_case: int | None) -> int | None:
        """The case a series is reviewed in: ``selected_case`` if it holds the series, else
        the most recently changed one that does (``None`` if no case holds it)."""
        study_of = {
            se.id: st.id for patient in self.patients for st in patient.studies for se in st.series
        }
        cases = sorted(self.cases, key=lambda c: c.id != selected_case)
        for case in cases:
            if series_id in case.series_ids or study_of.get(series_id) in case.study_ids:
                return case.id
        return None

    def case_listing(self, case_id: int | None, series_ids: Sequence[int]) -> Case | None:
        """The case ``case_id`` if it lists every one of ``series_ids`` explicitly."""
        case = next((c for c in self.cases if c.id == case_id), None)
        if case is None or not all(s in case.series_ids for s in series_ids):
            return None
        return case
