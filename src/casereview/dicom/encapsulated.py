"""Encapsulated PDF documents (the MDT outcome in a case package), without Qt.

The PDF is a plain text document (PDF 1.4, Helvetica, uncompressed so that it stays searchable
and checkable byte for byte); the DICOM object wraps it as Encapsulated PDF Storage in the
study of the case's images.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from datetime import UTC, datetime

from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import ExplicitVRLittleEndian, generate_uid

from casereview import __version__

ENCAPSULATED_PDF_STORAGE = "1.2.840.10008.5.1.4.1.1.104.1"

_PAGE_LINES = 56
_WRAP = 92


def text_pdf(title: str, lines: Sequence[str]) -> bytes:
    """A minimal PDF with ``title`` and ``lines`` (wrapped, paginated, A4).

    Characters outside Latin-1 are replaced by "?" (the built-in Helvetica has no others).
    """
    wrapped: list[str] = []
    for line in lines:
        wrapped.extend(textwrap.wrap(line, _WRAP) or [""])
    pages = [wrapped[i : i + _PAGE_LINES] for i in range(0, max(len(wrapped), 1), _PAGE_LINES)]
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled in below
    pages_id = add(b"")
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    kids = []
    for number, page_lines in enumerate(pages):
        text = [b"BT /F1 14 Tf 56 800 Td 16 TL"]
        if number == 0:
            text.append(b"(" + _escape(title) + b") Tj T* /F1 10 Tf T*")
        else:
            text.append(b"/F1 10 Tf")
        text.extend(b"(" + _escape(line) + b") Tj T*" for line in page_lines)
        text.append(b"ET")
        stream = b"\n".join(text)
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        kids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (pages_id, content, font)
            )
        )
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objects[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        catalog,
        xref,
    )
    return bytes(out)


def _escape(text: str) -> bytes:
    data = text.encode("cp1252", errors="replace")
    return data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


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
        if (element := study.data_element(keyword)) is not None:
            ds.add(element)
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
