"""A case prepared in three scripts for the case document and report tests, and PDF checks.

A module, not the conftest: a test module importing ``conftest`` may get another folder's
conftest when several test folders run together.
"""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pydicom
import pypdf
import pypdfium2

from casereview.domain.decisions import DecisionContent, Intent, Recommendation
from casereview.domain.meetings import AgendaStatus, ChecklistItem, MeetingDraft, QuorumRule
from casereview.services import meetings as meeting_service
from casereview.services.cases import update_case
from casereview.services.decisions import record_decision
from casereview.store.database import Database

#: The demo patient's identity forms (demo/ct_writer.py): never in what a package carries.
PATIENT_ID = "DEMO-PANC-0001"
PATIENT_NAME_PARTS = ("DEMO", "Synthetic")

TITLE = "王丽 — résection pancréatique (Whipple)"
QUESTION = "王丽：是否适合胰十二指肠切除术（Whipple）？ Résection envisageable après réévaluation ?"
#: History as staff write it, naming the patient by ID and name: scrubbed in a package.
HISTORY = f"Patiente {PATIENT_ID}, Mme Synthetic, 67 ans; ictère. 既往史：糖尿病，胆道支架。"
#: The history's clinical words, which survive the scrubber.
HISTORY_CLINICAL = ("67 ans; ictère.", "既往史：糖尿病，胆道支架。")
STAGING = "cT3 N0 M0, résécabilité limite — 交界可切除"
ITEM_QUESTION = "Whipple d'emblée ou traitement néoadjuvant ? 新辅助治疗？"
RATIONALE = "Contact avec la VMS > 180°; 新辅助化疗后再评估 (Whipple après réévaluation)."
CHECKLIST = frozenset({ChecklistItem.IMAGING_REVIEWED, ChecklistItem.KEY_IMAGES_SELECTED})


def prepare_case(db: Database, case_id: int, actor: str = "tester") -> int:
    """Give the case the texts above: title, question, a meeting's preparation, a decision.

    Returns the agenda item's id.
    """
    update_case(db, case_id, actor, title=TITLE, clinical_question=QUESTION)
    meeting = meeting_service.create_meeting(
        db,
        MeetingDraft("HPB MDT", datetime.now(UTC) + timedelta(days=1), chair="Dr Chair"),
        QuorumRule(),
        actor,
    )
    item = meeting_service.add_case(db, meeting.id, case_id, actor, question=ITEM_QUESTION)
    meeting_service.update_agenda_item(
        db,
        item.id,
        actor,
        history=HISTORY,
        staging=STAGING,
        checklist=CHECKLIST,
        status=AgendaStatus.READY,
    )
    record_decision(
        db,
        case_id,
        DecisionContent(
            recommendation=Recommendation.NEOADJUVANT_THEN_RESTAGING,
            rationale=RATIONALE,
            intent=Intent.CURATIVE,
            staging=STAGING,
            participants=("Dr A Surgeon",),
        ),
        actor,
        agenda_item_id=item.id,
    )
    return item.id


def squeezed(text: str) -> str:
    """``text`` without any whitespace: a PDF's line breaks fall anywhere in Chinese text."""
    return "".join(text.split())


def pdf_text(pdf: bytes) -> str:
    """The text of every page as pypdf extracts it."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def fonts_not_embedded(pdf: bytes) -> list[str]:
    """The base names of the PDF's fonts whose program is not in the file (none is right).

    A Type 0 font is embedded when its descendant's descriptor has a ``/FontFile``,
    ``/FontFile2`` or ``/FontFile3``; a simple font when its own descriptor has one; a Type 3
    font has no program at all and counts as not embedded (Qt never needs one here).
    """
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    missing: list[str] = []
    seen = 0
    for page in reader.pages:
        fonts = page.get("/Resources", {}).get_object().get("/Font", {}).get_object()
        for font_ref in fonts.values():
            font = font_ref.get_object()
            seen += 1
            described = font
            if font.get("/Subtype") == "/Type0":
                described = font["/DescendantFonts"][0].get_object()
            descriptor = described.get("/FontDescriptor")
            files = set(descriptor.get_object().keys()) if descriptor is not None else set()
            if not files & {"/FontFile", "/FontFile2", "/FontFile3"}:
                missing.append(str(font.get("/BaseFont", font.get("/Subtype"))))
    assert seen, "the PDF uses no font at all"
    return missing


def font_names(pdf: bytes) -> set[str]:
    """The base font names the PDF's pages use."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    names = set()
    for page in reader.pages:
        fonts = page.get("/Resources", {}).get_object().get("/Font", {}).get_object()
        names |= {str(f.get_object().get("/BaseFont", "")) for f in fonts.values()}
    return names


def first_page_png(pdf: bytes, target: Path) -> Path:
    """Render the first page (pdfium, 1.5x) to ``target`` for a person to look at."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        image = document[0].render(scale=1.5).to_pil()
    finally:
        document.close()
    target.parent.mkdir(parents=True, exist_ok=True)
    image.save(target)
    return target


def package_pdf(package: Path) -> bytes:
    """The PDF of the package's Encapsulated PDF object (the case report)."""
    with zipfile.ZipFile(package) as archive:
        import json

        manifest = json.loads(archive.read("manifest.json"))
        (entry,) = [f for f in manifest["files"] if f["kind"] == "dicom-pdf"]
        ds = pydicom.dcmread(io.BytesIO(archive.read(entry["path"])))
    return bytes(ds.EncapsulatedDocument)[: int(ds.EncapsulatedDocumentLength)]


def package_document(package: Path, name: str) -> bytes:
    """A document of the package, as bytes."""
    with zipfile.ZipFile(package) as archive:
        return archive.read(f"documents/{name}")
