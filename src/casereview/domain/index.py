"""Summaries of the DICOM index, as shown by the study browser and the CLI."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SeriesSummary:
    """One series of a study, with how many instances are indexed."""

    id: int
    series_instance_uid: str
    modality: str
    series_number: int | None
    description: str
    instance_count: int


@dataclass(frozen=True, slots=True)
class StudySummary:
    """One study of a patient with its series."""

    id: int
    study_instance_uid: str
    study_date: str
    description: str
    accession_number: str
    series: tuple[SeriesSummary, ...]


@dataclass(frozen=True, slots=True)
class PatientSummary:
    """One patient of the index with studies. Holds PHI: show it, never log it."""

    id: int
    patient_id: str
    patient_name: str
    birth_date: str
    sex: str
    studies: tuple[StudySummary, ...]


@dataclass(frozen=True, slots=True)
class InstanceRecord:
    """What the index stores of one DICOM file (ingest fills it, integrity checks read it)."""

    sop_instance_uid: str
    sop_class_uid: str
    transfer_syntax_uid: str
    file_path: str
    file_size: int
    file_mtime_ns: int
    sha256: str
    instance_number: int | None = None
