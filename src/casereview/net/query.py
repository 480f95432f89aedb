"""What both protocols share: a query, its matches, what arrives, and what a transfer counted.

A :class:`PacsQuery` is answered the same way by C-FIND (:mod:`casereview.net.dimse`) and by
QIDO-RS (:mod:`casereview.net.web`) as a list of :class:`PacsMatch`. Retrieved instances are
handed, one by one, to an :data:`InstanceSink` the caller gives; the adapters write nothing.
Matches and instances hold patient identity: never log them.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from pydicom.dataset import Dataset

from casereview.domain.progress import CancelToken, ProgressReporter
from casereview.errors import ValidationError
from casereview.messages import Message

_UID = re.compile(r"^[0-9]+(\.[0-9]+)*$")
_MODALITY = re.compile(r"^[A-Z0-9_]{1,16}$")


class QueryLevel(enum.StrEnum):
    """Query/retrieve level (DICOM PS3.4 C.3)."""

    PATIENT = "PATIENT"
    STUDY = "STUDY"
    SERIES = "SERIES"


def check_uid(uid: str, what: Message) -> str:
    """A DICOM UID (digits and dots, at most 64 characters), or a refusal naming ``what``.

    Raises
    ------
    ValidationError
        If ``uid`` is not a UID.
    """
    value = uid.strip()
    if not value or len(value) > 64 or not _UID.match(value):
        raise ValidationError(
            Message(
                "{what} must be a DICOM UID: digits and dots, at most 64 characters (got '{uid}').",
                what=what,
                uid=uid,
            )
        )
    return value


@dataclass(frozen=True, slots=True)
class PacsQuery:
    """Search criteria, as the study browser's PACS panel and the CLI take them.

    Parameters
    ----------
    level
        Patients, studies or series.
    patient_name
        Name or its beginning (``DOE`` finds ``DOE^JANE``); ``*`` and ``?`` are wildcards.
    patient_id, accession_number
        Exact values.
    date_from, date_to
        Study Date range, both ends included; either may be open.
    modality
        ``CT``, ``MR`` …: Modalities in Study for patients and studies, Modality for series.
    study_instance_uid
        Only this study (series queries list its series).
    """

    level: QueryLevel = QueryLevel.STUDY
    patient_name: str = ""
    patient_id: str = ""
    accession_number: str = ""
    date_from: date | None = None
    date_to: date | None = None
    modality: str = ""
    study_instance_uid: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "level", QueryLevel(self.level))
        if len(self.patient_name) > 64 or "\\" in self.patient_name:
            raise ValidationError(
                Message("A patient name to search has at most 64 characters and no backslash.")
            )
        for value, what in (
            (self.patient_id, Message("A patient ID")),
            (self.accession_number, Message("An accession number")),
        ):
            if len(value) > 64 or "\\" in value:
                raise ValidationError(
                    Message("{what} has at most 64 characters and no backslash.", what=what)
                )
        modality = self.modality.strip().upper()
        if modality and not _MODALITY.match(modality):
            raise ValidationError(
                Message(
                    "A modality is a short code such as CT, MR or SEG (got '{modality}').",
                    modality=self.modality,
                )
            )
        object.__setattr__(self, "modality", modality)
        if self.study_instance_uid:
            object.__setattr__(
                self,
                "study_instance_uid",
                check_uid(self.study_instance_uid, Message("The Study Instance UID")),
            )
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValidationError(
                Message("The date range ends before it starts; swap the two dates.")
            )

    @property
    def name_pattern(self) -> str:
        """The patient name as matched: a trailing ``*`` unless the user typed a wildcard."""
        name = self.patient_name.strip()
        if name and "*" not in name and "?" not in name:
            return name + "*"
        return name

    @property
    def date_range(self) -> str:
        """Study Date as a DICOM range (``20260101-20261231``, open ends allowed), or ``""``."""
        if self.date_from is None and self.date_to is None:
            return ""
        start = self.date_from.strftime("%Y%m%d") if self.date_from else ""
        end = self.date_to.strftime("%Y%m%d") if self.date_to else ""
        return start if start == end else f"{start}-{end}"


def _text(ds: Dataset, keyword: str) -> str:
    value = ds.get(keyword)
    if value is None:
        return ""
    if isinstance(value, Sequence) and not isinstance(value, str | bytes):
        return "\\".join(str(v) for v in value)
    return str(value)


def _number(ds: Dataset, keyword: str) -> int | None:
    value = ds.get(keyword)
    if value is None or value == "":
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None  # a malformed count from the server is unknown, not fatal


@dataclass(frozen=True, slots=True)
class PacsMatch:
    """One patient, study or series the archive has. Holds PHI: never log it.

    Counts are ``None`` when the archive did not say.
    """

    level: QueryLevel
    patient_name: str = ""
    patient_id: str = ""
    birth_date: str = ""
    sex: str = ""
    study_instance_uid: str = ""
    study_date: str = ""
    study_time: str = ""
    study_description: str = ""
    accession_number: str = ""
    modalities: tuple[str, ...] = ()
    series_instance_uid: str = ""
    series_number: int | None = None
    series_description: str = ""
    number_of_studies: int | None = None
    number_of_series: int | None = None
    number_of_instances: int | None = None

    @property
    def modality(self) -> str:
        """The series' modality (the first of a study's), or ``""``."""
        return self.modalities[0] if self.modalities else ""

    @classmethod
    def from_dataset(cls, ds: Dataset, level: QueryLevel) -> PacsMatch:
        """A match from a C-FIND identifier or a QIDO-RS result (as a pydicom dataset)."""
        if level is QueryLevel.SERIES:
            modalities = tuple(m for m in [_text(ds, "Modality")] if m)
        else:
            modalities = tuple(m for m in _text(ds, "ModalitiesInStudy").split("\\") if m)
        instances_keyword = {
            QueryLevel.PATIENT: "NumberOfPatientRelatedInstances",
            QueryLevel.STUDY: "NumberOfStudyRelatedInstances",
            QueryLevel.SERIES: "NumberOfSeriesRelatedInstances",
        }[level]
        return cls(
            level=level,
            patient_name=_text(ds, "PatientName"),
            patient_id=_text(ds, "PatientID"),
            birth_date=_text(ds, "PatientBirthDate"),
            sex=_text(ds, "PatientSex"),
            study_instance_uid=_text(ds, "StudyInstanceUID"),
            study_date=_text(ds, "StudyDate"),
            study_time=_text(ds, "StudyTime"),
            study_description=_text(ds, "StudyDescription"),
            accession_number=_text(ds, "AccessionNumber"),
            modalities=modalities,
            series_instance_uid=_text(ds, "SeriesInstanceUID"),
            series_number=_number(ds, "SeriesNumber"),
            series_description=_text(ds, "SeriesDescription"),
            number_of_studies=_number(ds, "NumberOfPatientRelatedStudies"),
            number_of_series=_number(
                ds,
                "NumberOfPatientRelatedSeries"
                if level is QueryLevel.PATIENT
                else "NumberOfStudyRelatedSeries",
            ),
            number_of_instances=_number(ds, instances_keyword),
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready mapping (``--json``)."""
        return {
            "level": self.level.value,
            "patient_name": self.patient_name,
            "patient_id": self.patient_id,
            "birth_date": self.birth_date,
            "sex": self.sex,
            "study_instance_uid": self.study_instance_uid,
            "study_date": self.study_date,
            "study_time": self.study_time,
            "study_description": self.study_description,
            "accession_number": self.accession_number,
            "modalities": list(self.modalities),
            "series_instance_uid": self.series_instance_uid,
            "series_number": self.series_number,
            "series_description": self.series_description,
            "number_of_studies": self.number_of_studies,
            "number_of_series": self.number_of_series,
            "number_of_instances": self.number_of_instances,
        }


def matches_query(match: PacsMatch, query: PacsQuery) -> bool:
    """Whether a study match fits the study-level criteria a server may have ignored.

    Some archives ignore keys they do not index (Modalities in Study, most often); checking
    again here keeps the answer the same whichever archive is asked.
    """
    if query.modality and match.modalities and query.modality not in match.modalities:
        return False
    return not (query.patient_id and match.patient_id and match.patient_id != query.patient_id)


def study_context(series: PacsMatch, study: PacsMatch) -> PacsMatch:
    """A series match completed with its study's and patient's attributes."""
    return replace(
        series,
        patient_name=study.patient_name,
        patient_id=study.patient_id,
        birth_date=study.birth_date,
        sex=study.sex,
        study_instance_uid=series.study_instance_uid or study.study_instance_uid,
        study_date=study.study_date,
        study_time=study.study_time,
        study_description=study.study_description,
        accession_number=study.accession_number,
    )


def patients_of(studies: Sequence[PacsMatch]) -> list[PacsMatch]:
    """Patient-level matches made from study matches (one per patient ID, name and birth date)."""
    grouped: dict[tuple[str, str, str], list[PacsMatch]] = {}
    for study in studies:
        grouped.setdefault((study.patient_id, study.patient_name, study.birth_date), []).append(
            study
        )
    patients: list[PacsMatch] = []
    for (patient_id, name, birth_date), members in grouped.items():
        counts = [m.number_of_instances for m in members]
        series = [m.number_of_series for m in members]
        patients.append(
            PacsMatch(
                level=QueryLevel.PATIENT,
                patient_name=name,
                patient_id=patient_id,
                birth_date=birth_date,
                sex=members[0].sex,
                modalities=tuple(sorted({m for member in members for m in member.modalities})),
                number_of_studies=len(members),
                number_of_series=None if None in series else sum(s or 0 for s in series),
                number_of_instances=None if None in counts else sum(c or 0 for c in counts),
            )
        )
    return patients


@dataclass(frozen=True, slots=True)
class ReceivedInstance:
    """One instance as it arrived: its identifiers and its bytes as a DICOM Part-10 file."""

    sop_instance_uid: str
    sop_class_uid: str
    study_instance_uid: str
    series_instance_uid: str
    data: bytes


#: Receives each instance as it arrives (from the network thread of a DIMSE association); an
#: exception it raises makes the adapter report a failed sub-operation to the archive.
InstanceSink = Callable[[ReceivedInstance], None]


@dataclass(frozen=True, slots=True)
class FetchCounts:
    """What one retrieve of a series counted.

    Attributes
    ----------
    announced
        Instances the archive said it would send (``None`` when it did not say).
    received
        Instances that reached the sink.
    failed
        Sub-operations the archive reported as failed (C-GET/C-MOVE), or instances the sink
        refused.
    """

    announced: int | None
    received: int
    failed: int = 0


@dataclass(frozen=True, slots=True)
class SendOutcome:
    """What sending files to an archive did.

    Attributes
    ----------
    sent
        SOP Instance UIDs the archive accepted.
    failures
        Files not accepted, with the reason (file names are the user's own, no PHI).
    cancelled
        Whether the user stopped the transfer before every file was offered.
    """

    sent: tuple[str, ...]
    failures: tuple[tuple[Path, Message], ...] = field(default_factory=tuple)
    cancelled: bool = False


class PacsSource(Protocol):
    """An archive that can be searched and retrieved from, by either protocol."""

    @property
    def node_name(self) -> str:
        """The user's name for the node (audit records and messages)."""
        ...

    def find(self, query: PacsQuery, cancel: CancelToken | None = None) -> list[PacsMatch]:
        """Matches of ``query`` at its level."""
        ...

    def fetch_series(
        self,
        study_instance_uid: str,
        series_instance_uid: str,
        sink: InstanceSink,
        *,
        progress: ProgressReporter,
        cancel: CancelToken | None = None,
        skip: Collection[str] = (),
    ) -> FetchCounts:
        """Retrieve every instance of a series into ``sink``.

        ``skip`` holds the SOP Instance UIDs already here; an archive client that can ask for
        single instances leaves them out, the others send them and the sink passes over them.
        """
        ...


class PacsDestination(Protocol):
    """An archive that accepts files, by either protocol."""

    @property
    def node_name(self) -> str:
        """The user's name for the node (audit records and messages)."""
        ...

    @property
    def protocol(self) -> str:
        """``"dimse"`` or ``"dicomweb"`` (audit records)."""
        ...

    def send(
        self,
        paths: Sequence[Path],
        *,
        progress: ProgressReporter,
        cancel: CancelToken | None = None,
    ) -> SendOutcome:
        """Send each file; failures are listed, not raised."""
        ...
