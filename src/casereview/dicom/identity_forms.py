"""The patient's identity forms as DICOM headers hold them, for the text scrubber.

An export scrubs every free text it carries with a :class:`~casereview.domain.identity_text.
TextScrubber` built from these forms: every Person Name group of the patient's name, other
names and birth name, every identifier and issuer, accession numbers, the birth date, phone
numbers and address. Reading the first file of each series is enough (one patient's headers
repeat in every image) and cheap; the index's rows add what the database knows.
"""

from __future__ import annotations

import datetime
import logging
from collections.abc import Iterable
from pathlib import Path

import pydicom
from pydicom.dataset import Dataset
from pydicom.errors import InvalidDicomError
from pydicom.multival import MultiValue

from casereview.domain.identity_text import IdentityForms

log = logging.getLogger(__name__)

#: Person Name attributes that name the patient (or are the patient's other names).
NAME_KEYWORDS = ("PatientName", "OtherPatientNames", "PatientBirthName", "PatientMotherBirthName")
#: Attributes that identify the patient or one of the patient's studies.
ID_KEYWORDS = (
    "PatientID",
    "OtherPatientIDs",
    "IssuerOfPatientID",
    "AccessionNumber",
    "AdmissionID",
    "MedicalRecordLocator",
)
#: Only these are read from a file: identity never needs the pixels or anything else.
_READ_KEYWORDS = (
    *NAME_KEYWORDS,
    *ID_KEYWORDS,
    "OtherPatientIDsSequence",
    "PatientBirthDate",
    "PatientTelephoneNumbers",
    "PatientAddress",
    "SpecificCharacterSet",
)


def _values(dataset: Dataset, keyword: str) -> list[str]:
    """The text values of ``keyword`` (each value of a multi-valued one, every PN group)."""
    value = dataset.get(keyword)
    if value is None or value == "":
        return []
    items = list(value) if isinstance(value, MultiValue | list | tuple) else [value]
    return [str(item) for item in items if str(item).strip()]


def parse_birth_date(value: str) -> datetime.date | None:
    """A DICOM DA value (``YYYYMMDD``, or ``YYYY-MM-DD`` from older files) as a date.

    Returns
    -------
    datetime.date or None
        ``None`` when the value is empty or not a real date.
    """
    digits = "".join(c for c in str(value) if c.isdigit())
    if len(digits) != 8:
        return None
    try:
        return datetime.date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        return None


def identity_forms_of_dataset(dataset: Dataset) -> IdentityForms:
    """Every identity form one header holds.

    Parameters
    ----------
    dataset
        An image header (identity attributes decoded with its Specific Character Set).

    Returns
    -------
    IdentityForms
        Names (every group), identifiers and issuers (Other Patient IDs Sequence included),
        accession number, birth date, phone numbers and address.
    """
    names = [v for keyword in NAME_KEYWORDS for v in _values(dataset, keyword)]
    ids = [v for keyword in ID_KEYWORDS for v in _values(dataset, keyword)]
    for item in dataset.get("OtherPatientIDsSequence", None) or ():
        ids.extend(v for k in ("PatientID", "IssuerOfPatientID") for v in _values(item, k))
    birth = parse_birth_date(str(dataset.get("PatientBirthDate", "") or ""))
    return IdentityForms(
        names=tuple(names),
        ids=tuple(ids),
        birth_dates=(birth,) if birth else (),
        phones=tuple(_values(dataset, "PatientTelephoneNumbers")),
        addresses=tuple(_values(dataset, "PatientAddress")),
    )


def identity_forms_of_files(paths: Iterable[str | Path]) -> IdentityForms:
    """The identity forms of several files' headers, merged.

    Parameters
    ----------
    paths
        Image files, typically the first file of each series of a case.

    Returns
    -------
    IdentityForms
        Every form found; a file that cannot be read adds nothing (its identity, if any,
        is de-identified with the image itself and the index rows still count).
    """
    forms = IdentityForms()
    for path in paths:
        try:
            header = pydicom.dcmread(
                path, stop_before_pixels=True, specific_tags=list(_READ_KEYWORDS)
            )
            forms = forms.merged(identity_forms_of_dataset(header))
        except (InvalidDicomError, OSError, ValueError, TypeError, LookupError) as exc:
            # The file's name or content could be identifying: log only the kind of failure.
            log.warning("identity forms: a header could not be read (%s)", type(exc).__name__)
    return forms
