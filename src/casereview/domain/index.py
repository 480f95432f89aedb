"""Summaries of the DICOM index, as shown by the study browser and the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from casereview.errors import ValidationError
from casereview.messages import Message


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
class SeriesIdentity:
    """The series-level attributes the index keeps that volume building needs."""

    series_instance_uid: str
    modality: str
    frame_of_reference_uid: str


@dataclass(frozen=True, slots=True)
class PixelAttributes:
    """Header attributes of an image that volume building needs beyond its geometry.

    Stored at import so that opening a series as a volume reads each file once, for its
    pixels, instead of parsing every header again. Texts are the DICOM values exactly as in
    the file (backslash-separated multi-values); the volume builder parses them.

    Attributes
    ----------
    pixel_data_offset
        Byte offset of native little-endian 16-bit single-frame pixel values, which can be
        read without a decoder; ``None`` when the pixels need a decoder.
    """

    image_type: str = ""
    samples_per_pixel: int = 1
    bits_allocated: int = 16
    bits_stored: int = 16
    pixel_representation: int = 0
    rescale_slope: str = ""
    rescale_intercept: str = ""
    window_center: str = ""
    window_width: str = ""
    acquisition_number: str = ""
    echo_numbers: str = ""
    temporal_position: str = ""
    spacing_between_slices: str = ""
    pixel_data_offset: int | None = None


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
    rows: int | None = None
    columns: int | None = None
    number_of_frames: int | None = None
    image_position_patient: str = ""
    image_orientation_patient: str = ""
    pixel_spacing: str = ""
    slice_thickness: str = ""
    #: ``None`` for files that are not images, and for files indexed before casereview
    #: stored these attributes (their headers are read when a volume is built).
    pixel: PixelAttributes | None = None


def _normalise_date(value: str, invalid: Message) -> str:
    """Return ``value`` as ``YYYYMMDD`` (accepts ``YYYY-MM-DD`` too), or ``""``.

    Raises
    ------
    ValidationError
        With ``invalid`` when ``value`` is not a calendar date.
    """
    text = value.strip().replace("-", "")
    if not text:
        return ""
    try:
        if len(text) != 8 or not text.isdigit():
            raise ValueError(text)
        date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        raise ValidationError(invalid) from None
    return text


@dataclass(frozen=True, slots=True)
class IndexQuery:
    """What the study browser and the CLI filter the index by; empty fields filter nothing.

    Parameters
    ----------
    text
        Words that must all occur (case- and accent-insensitive) in the patient's name (``^``
        counts as a space), the patient ID or the study's accession number.
    date_from, date_to
        Inclusive Study Date range, ``YYYYMMDD`` (``YYYY-MM-DD`` is accepted and normalised).
    modality
        DICOM Modality (``CT``, ``MR``…); only series of this modality are kept.

    Raises
    ------
    ValidationError
        If a date is not a calendar date or the range ends before it starts.
    """

    text: str = ""
    date_from: str = ""
    date_to: str = ""
    modality: str = ""

    def __post_init__(self) -> None:
        # frozen dataclass: normalise through object.__setattr__ once, at construction
        object.__setattr__(self, "text", " ".join(self.text.split()))
        object.__setattr__(
            self,
            "date_from",
            _normalise_date(
                self.date_from,
                Message("The start date must be a calendar date written YYYYMMDD or YYYY-MM-DD."),
            ),
        )
        object.__setattr__(
            self,
            "date_to",
            _normalise_date(
                self.date_to,
                Message("The end date must be a calendar date written YYYYMMDD or YYYY-MM-DD."),
            ),
        )
        object.__setattr__(self, "modality", self.modality.strip().upper())
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValidationError(
                Message("The date range ends before it starts; swap the two dates.")
            )

    @property
    def is_empty(self) -> bool:
        """Whether the query filters nothing."""
        return not (self.text or self.date_from or self.date_to or self.modality)
