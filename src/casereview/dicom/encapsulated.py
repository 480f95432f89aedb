"""Encapsulated PDF documents (the MDT outcome report in a case package), without Qt.

The PDF itself is the app's case report (``ui.reports``, rendered for packages through the
report writer the application registers); this module only wraps its bytes as Encapsulated PDF
Storage in the study of the case's images.
"""

from __future__ import annotations

from datetime import UTC, datetime

from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import ExplicitVRLittleEndian, generate_uid

from casereview import __version__

ENCAPSULATED_PDF_STORAGE = "1.2.840.10008.5.1.4.1.1.104.1"


def encapsulated_pdf(
    pdf: bytes,
    study: Dataset,
    *,
    title: str,
    series_number: int = 902,
    instance_number: int = 1,
) -> Dataset:
    """Encapsulated PDF Storage of ``pdf`` in the study (and for the patient) of ``study``.

    Parameters
    ----------
    pdf
        The document.
    study
        A header of an image of the study (patient and study modules are copied from it).
    title
        Document Title.
    """
    ds = Dataset()
    for keyword in (
        "SpecificCharacterSet",
        "PatientName",
        "PatientID",
        "PatientBirthDate",
        "PatientSex",
        "StudyInstanceUID",
        "StudyDate",
        "StudyTime",
        "ReferringPhysicianName",
        "StudyID",
        "AccessionNumber",
    ):
        if keyword in study:
            ds.add(study[keyword])
    for keyword, fallback in (
        ("PatientName", ""),
        ("PatientID", ""),
        ("PatientBirthDate", ""),
        ("PatientSex", ""),
        ("StudyDate", ""),
        ("StudyTime", ""),
        ("ReferringPhysicianName", ""),
        ("StudyID", ""),
        ("AccessionNumber", ""),
    ):
        if keyword not in ds:
            setattr(ds, keyword, fallback)
    now = datetime.now(UTC)
    ds.SOPClassUID = ENCAPSULATED_PDF_STORAGE
    ds.SOPInstanceUID = generate_uid()
    ds.Modality = "DOC"
    ds.SeriesInstanceUID = generate_uid()
    ds.SeriesNumber = series_number
    ds.InstanceNumber = instance_number
    ds.Manufacturer = "casereview"
    ds.SoftwareVersions = __version__
    ds.ConversionType = "WSD"
    ds.ContentDate = now.strftime("%Y%m%d")
    ds.ContentTime = now.strftime("%H%M%S")
    ds.AcquisitionDateTime = now.strftime("%Y%m%d%H%M%S")
    ds.BurnedInAnnotation = "NO"
    ds.DocumentTitle = title[:64]
    ds.ConceptNameCodeSequence = []
    ds.MIMETypeOfEncapsulatedDocument = "application/pdf"
    ds.EncapsulatedDocument = pdf + (b"\0" if len(pdf) % 2 else b"")
    ds.EncapsulatedDocumentLength = len(pdf)
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = ds.SOPClassUID
    meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds.file_meta = meta
    return ds
