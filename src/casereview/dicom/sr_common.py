"""What casereview's clinical reports (Comprehensive SR, TID 1500) write the same way.

The resectability assessment (:mod:`casereview.dicom.resectability_sr`) and the liver plan
(:mod:`casereview.dicom.liver_sr`) are both one version of a record made by a person with
casereview's help: the same observation context (the person, then the device), the same
measurement report root, the same private coding scheme and the same common attributes
(UTF-8, UTC, content date and time = when the version was made). They are written here once so
that the two reports cannot drift apart.
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TypeVar

import highdicom as hd
from pydicom.dataset import Dataset
from pydicom.sr.codedict import codes
from pydicom.uid import generate_uid
from pydicom.valuerep import DA, TM

from casereview.dicom.own_codes import CODING_SCHEME, OWN_CODE_MEANINGS

_Item = TypeVar("_Item", bound=Dataset)

#: Answers of coded yes/no evaluations (SNOMED CT).
YES = hd.sr.CodedConcept("373066001", "SCT", "Yes")
NO = hd.sr.CodedConcept("373067005", "SCT", "No")

#: The report-level container of TID 1500 row 12.
QUALITATIVE_EVALUATIONS = hd.sr.CodedConcept("C0034375", "UMLS", "Qualitative Evaluations")

#: UCUM unit shared by both reports.
MILLIMETRES = hd.sr.CodedConcept("mm", "UCUM", "millimeter")


def own_code(value: str) -> hd.sr.CodedConcept:
    """The concept ``value`` of casereview's private coding scheme, with its meaning.

    Parameters
    ----------
    value
        A code value of :data:`~casereview.dicom.own_codes.OWN_CODE_MEANINGS`.

    Returns
    -------
    highdicom.sr.CodedConcept
        The concept.

    Raises
    ------
    KeyError
        If the scheme has no such code (a programming error, caught when the module loads).
    """
    return hd.sr.CodedConcept(value, CODING_SCHEME, OWN_CODE_MEANINGS[(CODING_SCHEME, value)])


def yes_no(value: bool) -> hd.sr.CodedConcept:
    """SNOMED CT "Yes" or "No"."""
    return YES if value else NO


def uid_of_uuid(value: str) -> str | None:
    """``2.25.<integer>`` of a UUID (how tracking UIDs are written), ``None`` if not one."""
    try:
        return f"2.25.{uuid.UUID(value).int}"
    except ValueError:
        return None


def dicom_datetime(at: datetime) -> str:
    """``at`` in UTC as a DICOM DT without fraction or offset (``YYYYMMDDHHMMSS``)."""
    return at.astimezone(UTC).strftime("%Y%m%d%H%M%S")


def person_name(author: str) -> str:
    """An author's display name ("Dr Wang Li", "王医生") as a DICOM Person Name.

    casereview keeps one display name per person, not its parts: the whole name goes into the
    family name component (the trailing caret says so), with the component and group
    separators a typed name cannot mean taken out.
    """
    name = " ".join(author.replace("^", " ").replace("=", " ").replace("\\", " ").split())
    return f"{name[:63]}^" if name else ""


def with_children(item: _Item, children: Sequence[hd.sr.ContentItem]) -> _Item:
    """``item`` with ``children`` appended to its content sequence (made when it has none)."""
    if children:
        if "ContentSequence" not in item:
            item.ContentSequence = hd.sr.ContentSequence()
        for child in children:
            item.ContentSequence.append(child)
    return item


def report_root(
    groups: Sequence[
        hd.sr.MeasurementsAndQualitativeEvaluations
        | hd.sr.VolumetricROIMeasurementsAndQualitativeEvaluations
    ],
    observer_name: str,
) -> Dataset:
    """The root container of an imaging measurement report (TID 1500) of ``groups``.

    The observation context names the person (when ``observer_name`` is not empty) and then
    casereview as the device that computed the values.

    Parameters
    ----------
    groups
        The measurement groups, in the order they are to be read.
    observer_name
        The person as a DICOM Person Name (:func:`person_name`), or ``""``.

    Returns
    -------
    pydicom.dataset.Dataset
        The root container, to which report-level containers may still be appended.
    """
    observers = hd.sr.ObservationContext(
        observer_person_context=hd.sr.ObserverContext(
            observer_type=codes.DCM.Person,
            observer_identifying_attributes=hd.sr.PersonObserverIdentifyingAttributes(
                name=observer_name
            ),
        )
        if observer_name
        else None,
        observer_device_context=hd.sr.ObserverContext(
            observer_type=codes.DCM.Device,
            observer_identifying_attributes=hd.sr.DeviceObserverIdentifyingAttributes(
                uid=generate_uid(), name="casereview"
            ),
        ),
    )
    report = hd.sr.MeasurementReport(
        observation_context=observers,
        procedure_reported=codes.SCT.ImagingProcedure,
        imaging_measurements=list(groups),
        title=codes.DCM.ImagingMeasurementReport,
    )
    root: Dataset = report[0]
    return root


def container(
    name: hd.sr.CodedConcept, items: Sequence[hd.sr.ContentItem]
) -> hd.sr.ContainerContentItem:
    """A container ``name`` that CONTAINS ``items`` (a report-level section of the root)."""
    section = hd.sr.ContainerContentItem(
        name=name, relationship_type=hd.sr.RelationshipTypeValues.CONTAINS
    )
    section.ContentSequence = hd.sr.ContentSequence(items)
    return section


def comprehensive_report(
    root: Dataset,
    evidence: Sequence[Dataset],
    *,
    series_number: int,
    instance_number: int,
    series_description: str,
    made_at: datetime,
    coding_scheme: Dataset,
) -> Dataset:
    """A Comprehensive SR of ``root``, with the attributes every casereview report shares.

    Parameters
    ----------
    root
        The report's content (:func:`report_root` and its sections).
    evidence
        The objects the report references (the patient and study modules come from them).
    series_number, instance_number
        Numbers of the new series and instance.
    series_description
        What the series is, for a viewer's list.
    made_at
        When the reported version was made: the content date and time (not the export's).
    coding_scheme
        The Coding Scheme Identification item that declares the private scheme.

    Returns
    -------
    pydicom.dataset.Dataset
        The report, a copy owning all its items.
    """
    sr = hd.sr.ComprehensiveSR(
        evidence=list(evidence),
        content=root,
        series_instance_uid=generate_uid(),
        series_number=series_number,
        sop_instance_uid=generate_uid(),
        instance_number=instance_number,
        manufacturer="casereview",
        is_complete=True,
        series_description=series_description,
    )
    # Names, reasons and the criteria's wording are Unicode (王医生, "180°", "—"): UTF-8.
    sr.SpecificCharacterSet = "ISO_IR 192"
    # Every date and time of the report is in UTC (observation times carry no offset).
    sr.TimezoneOffsetFromUTC = "+0000"
    sr.CodingSchemeIdentificationSequence = [coding_scheme]
    made = dicom_datetime(made_at)
    sr.ContentDate = DA(made[:8])
    sr.ContentTime = TM(made[8:14])
    # The concepts of the report modules are module-wide datasets shared by every report; a
    # copy keeps a later edit of this report (the exporter's de-identification) from changing
    # the next one.
    return copy.deepcopy(sr)
