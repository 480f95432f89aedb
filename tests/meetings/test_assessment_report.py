"""The case report prints the resectability assessment, the SAR/APA report and the evidence.

PDF text is read back with pypdf (as the other report tests do); Chinese and French names come
through, every font is embedded, and the page with the assessment is rendered to PNG under
artifacts/screenshots for a person to look at.
"""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path

import pypdf
import pypdfium2
from evidence_support import BORDERLINE, key_image, measured
from meeting_support import CHAIR, CHAIR_PIN, MeetingWorld

from casereview.domain.decision_evidence import EvidenceRequest
from casereview.domain.decisions import DecisionContent, Recommendation
from casereview.domain.resectability_findings import FindingKind, VariantKind
from casereview.domain.users import Role, User
from casereview.services import decisions as decision_service
from casereview.services import resectability_record as record
from casereview.services.users import ensure_user
from casereview.ui.reports import ReportOptions, report_application, write_case_report
from exchange.case_report_helpers import fonts_not_embedded, pdf_text, squeezed
from gui.gui_helpers import SCREENSHOTS


def _pages(pdf: bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return [unicodedata.normalize("NFKC", squeezed(p.extract_text() or "")) for p in reader.pages]


def _render(pdf: bytes, index: int, target: Path) -> Path:
    document = pypdfium2.PdfDocument(pdf)
    try:
        image = document[index].render(scale=1.5).to_pil()
    finally:
        document.close()
    target.parent.mkdir(parents=True, exist_ok=True)
    image.save(target)
    return target


def test_the_case_report_prints_the_assessment_and_what_the_decision_cites(
    world: MeetingWorld, tmp_path: Path, qapp: object
) -> None:
    db, case_id = world.db, world.case_ids[0]
    ensure_user(db, User(0, "wang", "王医生", Role.SURGEON))
    ensure_user(db, User(0, "lefevre", "Dr Émile Lefèvre", Role.RADIOLOGIST))
    record.save_assessment(db, measured(case_id, BORDERLINE), "tester")
    record.override_angle(
        db, case_id, "sma", 200.0, "lefevre", reason="contact sur la face postérieure"
    )
    picture = key_image(db, case_id, "VMS : contact 210° — 交界可切除")
    record.add_finding(
        db, case_id, "smv", FindingKind.TEAR_DROP, "wang", key_image_uid=picture.uuid
    )
    record.record_variant(
        db, case_id, VariantKind.REPLACED_RIGHT_HEPATIC, True, "wang", origin="sma"
    )
    version = record.set_tumour_location(db, case_id, "head", "wang")
    decision = decision_service.record_decision(
        db,
        case_id,
        DecisionContent(
            Recommendation.DEFINITIVE_CHEMORADIOTHERAPY,
            "Contact AMS > 180° — 局部进展期",
            participants=("Dr Chair",),
        ),
        "tester",
        agenda_item_id=world.item_ids[0],
        evidence=EvidenceRequest(version.uid, (picture.uuid,)),
    )
    decision_service.sign_decision(db, decision.id, CHAIR, "tester", secret=CHAIR_PIN)

    report_application()
    out = write_case_report(
        db,
        case_id,
        tmp_path / "case.pdf",
        ReportOptions(institution="Hôpital Saint-Éloi 医院", author="Dr Test"),
        agenda_item_id=world.item_ids[0],
    )
    pdf = out.read_bytes()
    # NFKC: Qt sets "fi" as a ligature, which pypdf reads as one character.
    text = unicodedata.normalize("NFKC", squeezed(pdf_text(pdf)))
    # The assessment: criteria with its citation, the version cited, the vessel table.
    for expected in (
        "Resectabilityassessment",
        "NCCN2.2024",
        f"version{version.number}of",
        version.content_sha256,
        "MeasuredangleOverride(who,when)Anglethecriteriaread",
        "Contactlength",
        "superiormesentericartery(SMA)90.0°200.0°byDrÉmileLefèvre",
        "contactsurlafacepostérieure",
        "12.5mm",
    ):
        assert expected in text, expected
    # The suggested category, for the MDT to confirm, with the reasons of the rules.
    assert "locallyadvanced—fortheMDTtoconfirm" in text
    fired = version.suggestion.decisive[0]
    assert squeezed(str(fired.reason))[:60] in text
    # Findings with who recorded them, in Chinese.
    assert "tear-dropdeformity—recordedby王医生" in text
    assert "replacedrighthepaticartery(touchesthetumour)—recordedby王医生" in text
    # The SAR/APA report: sections, fields, values and what each rests on.
    for expected in (
        "Structuredreport(SAR/APA)",
        "Morphologicevaluation",
        "ArterialevaluationFieldValueRestson",
        "superiormesentericartery(SMA):tumourcontact",
        "measurementrun-1;segment“SMA”;enteredbyDrÉmileLefèvre(",
        "superiormesentericartery(SMA):degreeofsolidsoft-tissuecontact>180°",
        "celiacaxis:tumourcontactabsentmeasurementrun-1;segment“CELIAC”",
        "Location" + "head(rightoftheSMV–portalveinconfluence)",
        "key image“VMS:contact210°—交界可切除”".replace(" ", ""),
        "tobecompleted",
        "notapplicable",
    ):
        assert squeezed(expected) in text, expected
    # The decision lists its cited evidence: version number and short hash.
    assert (
        f"EvidencecitedResectabilityassessmentversion{version.number}"
        f"(SHA-256{version.content_sha256[:12]})" in text
    )
    plain = text.replace("“", "").replace("”", "")
    assert "KeyimageVMS:contact210°—交界可切除(SHA-256" in plain
    assert "HôpitalSaint-Éloi医院" in text
    assert fonts_not_embedded(pdf) == []

    pages = _pages(pdf)
    page = next(i for i, p in enumerate(pages) if "Resectabilityassessment" in p)
    picture_path = _render(pdf, page, SCREENSHOTS / "case-report-resectability.png")
    assert picture_path.stat().st_size > 10_000
    sar = next(i for i, p in enumerate(pages) if "Venousevaluation" in p)
    _render(pdf, sar, SCREENSHOTS / "case-report-sar-apa.png")
