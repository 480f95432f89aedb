"""Read-only queries over the DICOM index for the study browser: search, filters, thumbnails.

These complement :class:`casereview.store.repositories.IndexRepository` (which owns writing the
index) and, like it, return domain objects only.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from casereview.domain.index import (
    IndexQuery,
    InstanceRecord,
    PatientSummary,
    SeriesIdentity,
    SeriesSummary,
    StudySummary,
)
from casereview.errors import NotFoundError
from casereview.messages import Message
from casereview.store import models
from casereview.store.repositories import instance_record

#: Characters a user may type around words ("LI, Hua" as the browser shows names).
_TOKEN_PUNCTUATION = ",;:()\"'"


def fold_text(text: str) -> str:
    """Return ``text`` in the form search compares: no accents, case-folded, ``^`` as a space.

    Matching happens in Python rather than SQL because SQLite's ``lower()`` folds ASCII only
    ("ÉLODIE" would not match "élodie"), and because users type names without accents.

    Parameters
    ----------
    text
        A patient name (DICOM PN, components separated by ``^``), an ID or typed search text.

    Returns
    -------
    str
        The folded text with single spaces between words.
    """
    decomposed = unicodedata.normalize("NFKD", text.replace("^", " ").replace("=", " "))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


def _tokens(text: str) -> list[str]:
    return [t for t in (w.strip(_TOKEN_PUNCTUATION) for w in fold_text(text).split()) if t]


def _matches(tokens: Iterable[str], *fields: str) -> bool:
    # Fields are joined by a newline, which no token contains, so a word never spans two fields.
    haystack = "\n".join(fold_text(f) for f in fields)
    return all(token in haystack for token in tokens)


def search_patients(session: Session, query: IndexQuery) -> list[PatientSummary]:
    """Patients, studies and series of the index that match ``query``.

    A patient is listed with only its matching studies, and a study with only the series of
    the requested modality. With an empty query the result equals
    :meth:`~casereview.store.repositories.IndexRepository.patients`.

    Parameters
    ----------
    session
        Open read session.
    query
        Free text (every word must occur in the patient's name, patient ID or the study's
        accession number), inclusive Study Date range and modality.

    Returns
    -------
    list of PatientSummary
        Ordered by patient name; studies newest first; series by series number. Holds PHI.
    """
    structured = bool(query.date_from or query.date_to or query.modality)
    study_query = select(models.Study.id, models.Study.patient_id, models.Study.accession_number)
    if query.date_from:
        study_query = study_query.where(models.Study.study_date >= query.date_from)
    if query.date_to:
        # An unknown (empty) Study Date would sort before every date: it never matches a range.
        study_query = study_query.where(
            models.Study.study_date != "", models.Study.study_date <= query.date_to
        )
    if query.modality:
        study_query = study_query.where(
            models.Study.id.in_(
                select(models.Series.study_id).where(
                    func.upper(models.Series.modality) == query.modality
                )
            )
        )
    studies_by_patient: dict[int, list[tuple[int, str]]] = {}
    for study_pk, patient_pk, accession in session.execute(study_query):
        studies_by_patient.setdefault(patient_pk, []).append((study_pk, accession or ""))

    tokens = _tokens(query.text)
    kept_studies: set[int] = set()
    kept_patients: set[int] = set()
    for patient_pk, name, patient_id in session.execute(
        select(models.Patient.id, models.Patient.patient_name, models.Patient.patient_id).where(
            models.Patient.merged_into_id.is_(None)  # a merged row's studies moved on
        )
    ):
        candidates = studies_by_patient.get(patient_pk, [])
        matching = [pk for pk, acc in candidates if _matches(tokens, name, patient_id, acc)]
        if matching:
            kept_patients.add(patient_pk)
            kept_studies.update(matching)
        elif not structured and _matches(tokens, name, patient_id):
            # Without date or modality filters every study was a candidate, so only a patient
            # with no study at all gets here; list it when its name or ID matches.
            kept_patients.add(patient_pk)
    if not kept_patients:
        return []

    counts = dict(
        session.execute(
            select(models.Instance.series_id, func.count()).group_by(models.Instance.series_id)
        ).all()
    )
    rows = session.scalars(
        select(models.Patient)
        .where(models.Patient.id.in_(kept_patients))
        .options(selectinload(models.Patient.studies).selectinload(models.Study.series))
        .order_by(models.Patient.patient_name, models.Patient.id)
    ).all()
    return [
        PatientSummary(
            id=p.id,
            patient_id=p.patient_id,
            patient_name=p.patient_name,
            birth_date=p.birth_date,
            sex=p.sex,
            studies=tuple(
                StudySummary(
                    id=st.id,
                    study_instance_uid=st.study_instance_uid,
                    study_date=st.study_date,
                    description=st.description,
                    accession_number=st.accession_number,
                    series=tuple(
                        SeriesSummary(
                            id=se.id,
                            series_instance_uid=se.series_instance_uid,
                            modality=se.modality,
                            series_number=se.series_number,
                            description=se.description,
                            instance_count=counts.get(se.id, 0),
                        )
                        for se in sorted(
                            st.series,
                            key=lambda s: (s.series_number is None, s.series_number or 0, s.id),
                        )
                        if not query.modality or se.modality.upper() == query.modality
                    ),
                )
                for st in sorted(p.studies, key=lambda s: (s.study_date, s.id), reverse=True)
                if st.id in kept_studies
            ),
        )
        for p in rows
    ]


def modalities(session: Session) -> list[str]:
    """Distinct modalities of the indexed series, sorted (empty values left out)."""
    values = session.scalars(select(func.upper(models.Series.modality)).distinct()).all()
    return sorted(v for v in values if v)


def series_identity(session: Session, series_id: int) -> SeriesIdentity:
    """UID, modality and frame of reference of one indexed series.

    Raises
    ------
    NotFoundError
        If the series is not in the index.
    """
    row = session.execute(
        select(
            models.Series.series_instance_uid,
            models.Series.modality,
            models.Series.frame_of_reference_uid,
        ).where(models.Series.id == series_id)
    ).one_or_none()
    if row is None:
        raise NotFoundError(Message("The series is no longer in the index; refresh the browser."))
    return SeriesIdentity(
        series_instance_uid=row[0], modality=row[1], frame_of_reference_uid=row[2]
    )


def series_instances(session: Session, series_id: int) -> tuple[str, list[InstanceRecord]]:
    """Series Instance UID and indexed files of one series, in instance order.

    Parameters
    ----------
    session
        Open read session.
    series_id
        Internal id of the series.

    Returns
    -------
    tuple
        The Series Instance UID and the instances, ordered by Instance Number (instances
        without one last), then by internal id.

    Raises
    ------
    NotFoundError
        If the series is not in the index.
    """
    uid = session.scalar(
        select(models.Series.series_instance_uid).where(models.Series.id == series_id)
    )
    if uid is None:
        raise NotFoundError(Message("The series is no longer in the index; refresh the browser."))
    rows = session.scalars(
        select(models.Instance)
        .where(models.Instance.series_id == series_id)
        .order_by(
            models.Instance.instance_number.is_(None),
            models.Instance.instance_number,
            models.Instance.id,
        )
    ).all()
    return uid, [instance_record(row) for row in rows]
