"""The case report prints the liver resection plan, and the decision cites it (issue 17).

PDF text is read back with pypdf (as the other report tests do): the resection, the volumes,
each Couinaud segment, the margin, FLR/sFLR/RBWR with thresholds, verdicts and sources in full,
the version with its author and hash, a partner's plan said to be theirs; Chinese and French
come through with every font embedded, in English and with the interface in Chinese and in
French. The page with the plan is rendered to PNG under artifacts/screenshots for a person to
look at.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pypdfium2
import pytest
from liver_plan_support import save_plan
from meeting_support import CHAIR, CHAIR_PIN, MeetingWorld
from PySide6.QtWidgets import QApplication

from casereview.app.qt_setup import install_translations
from casereview.domain.decision_evidence import EvidenceRequest
from casereview.domain.decisions import DecisionContent, Recommendation
from casereview.domain.liver_remnant import (
    BSA_SOURCE,
    RBWR_SOURCE,
    SFLR_SOURCE,
    SLV_SOURCE,
    LiverCondition,
)
from casereview.domain.settings import Language
from casereview.services import decisions as decision_service
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


def _text(pdf: bytes) -> str:
    # NFKC: Qt sets "fi" as a ligature, which pypdf reads as one character.
    return unicodedata.normalize("NFKC", squeezed(pdf_text(pdf)))


def _squeezed(expected: str) -> str:
    """``expected`` as :func:`_text` reads it back (m² as m2, narrow spaces dropped)."""
    return squeezed(unicodedata.normalize("NFKC", expected))


@pytest.fixture
def planned(world: MeetingWorld, qapp: QApplication) -> Iterator[MeetingWorld]:
    """The first case planned twice (v2 after chemotherapy leaves too little) and a signed
    decision citing v2."""
    report_application()
    case_id = world.case_ids[0]
    save_plan(world.db, case_id, 573.0)
    v2 = save_plan(
        world.db,
        case_id,
        465.0,
        condition=LiverCondition.CHEMOTHERAPY,
        margin_mm=4.0,
        note="Après six cycles de FOLFOX — 化疗后重新规划",
    )
    decision = decision_service.record_decision(
        world.db,
        case_id,
        DecisionContent(
            Recommendation.OTHER,
            "Future remnant too small: portal vein embolisation first — 门静脉栓塞",
            other="portal vein embolisation",
            participants=("Dr Chair",),
        ),
        "tester",
        agenda_item_id=world.item_ids[0],
        evidence=EvidenceRequest(liver_plan_uid=v2.uid),
    )
    decision_service.sign_decision(world.db, decision.id, CHAIR, "tester", secret=CHAIR_PIN)
    yield world


def test_the_case_report_prints_the_liver_plan_and_what_the_decision_cites(
    planned: MeetingWorld, tmp_path: Path
) -> None:
    db, case_id = planned.db, planned.case_ids[0]
    out = write_case_report(
        db,
        case_id,
        tmp_path / "case.pdf",
        ReportOptions(institution="Hôpital Saint-Éloi 医院", author="Dr Test"),
        agenda_item_id=planned.item_ids[0],
    )
    pdf = out.read_bytes()
    text = _text(pdf)
    from casereview.services.decision_evidence import citable_liver_plan

    v2 = citable_liver_plan(db, case_id)
    assert v2 is not None and v2.number == 2
    for expected in (
        "Liverresectionplan",
        "Resectionrighthepatectomy(segments5,6,7,8)",
        "Livercondition" + "liverafterextensivechemotherapy",
        "Heightandweight180cm,80.0kg(readfromtheimages",
        "Tumourmargin4.0mm",
        "belowathreshold:theremnantmaynotbeenough—aplanningaidfortheMDTtoconfirm",
        f"version2of{v2.created_at:%Y-%m-%d}",
        f"by王医生;SHA-256{v2.content_sha256[:16]}",
        "AprèssixcyclesdeFOLFOX—化疗后重新规划",
        # The volumes table: whole, tumour, resected, remnant, future remnant, segments.
        "Wholeliver(tumourincluded)1,510.0mL",
        "Tumour10.0mL",
        "Resected(tumourincluded)1,045.0mL",
        "Remnant465.0mL",
        "Futureliverremnant465.0mL",
        "Couinaudsegment1(remains)60.0mL",
        "Couinaudsegment8(removed)232.0mL",
        # FLR, sFLR, RBWR: value, threshold, verdict in words, source.
        "FLR31.0%—notjudged",
        "standardisedFLR26.7%≥30.0%NOTenough[1]",
        "RBWR0.58%≥0.5%enough[2]",
        "bodysurfaceareaof2.00m²[3];formula[4]",
    ):
        assert _squeezed(expected) in text, expected
    # The sources in full, numbered as cited.
    for number, source in enumerate((SFLR_SOURCE, RBWR_SOURCE, BSA_SOURCE, SLV_SOURCE), 1):
        assert f"[{number}]" + _squeezed(source)[:80] in text, source
    # The decision's evidence names the plan with its summary.
    assert (
        f"EvidencecitedLiverresectionplanversion2(SHA-256{v2.content_sha256[:12]}):"
        "righthepatectomy(segments5,6,7,8):FLR31.0%;standardisedFLR26.7%below30.0%:notenough"
    ) in text
    assert "HôpitalSaint-Éloi医院" in text
    assert fonts_not_embedded(pdf) == []

    pages = _pages(pdf)
    page = next(i for i, p in enumerate(pages) if "Liverresectionplan" in p)
    picture = _render(pdf, page, SCREENSHOTS / "case-report-liver-plan.png")
    _render(pdf, page + 1, SCREENSHOTS / "case-report-liver-plan-2.png")
    assert picture.stat().st_size > 10_000


def test_a_partner_s_plan_is_printed_as_theirs(
    world: MeetingWorld, qapp: QApplication, tmp_path: Path
) -> None:
    report_application()
    case_id = world.case_ids[0]
    save_plan(
        world.db,
        case_id,
        520.0,
        author="Dr Émile Lefèvre",
        origin="CHU de Lyon — 里昂大学医院",
        surface=True,
        height_cm=None,
        weight_kg=None,
    )
    out = write_case_report(world.db, case_id, tmp_path / "case.pdf", ReportOptions())
    text = _text(out.read_bytes())
    for expected in (
        "Resectionresectionsurface(aplanethroughtheliver)",
        "PlanofCHUdeLyon—里昂大学医院,receivedinapackage;notplannedhere.",
        "byDrÉmileLefèvre",
        "Heightandweightnotknown",
        "FLR34.7%≥20.0%enough[1]",
        "everythresholdreached",
    ):
        assert _squeezed(expected) in text, expected
    assert "Couinaudsegment" not in text and "Sources[1]" in text


@pytest.mark.parametrize(
    ("language", "condition"),
    [(Language.CHINESE_SIMPLIFIED, "正常肝脏"), (Language.FRENCH, "foiesain")],
)
def test_the_liver_plan_section_renders_in_chinese_and_french(
    world: MeetingWorld, qapp: QApplication, tmp_path: Path, language: Language, condition: str
) -> None:
    report_application()
    save_plan(world.db, world.case_ids[0], 573.0)
    translators = install_translations(qapp, language)
    try:
        out = write_case_report(world.db, world.case_ids[0], tmp_path / "case.pdf", ReportOptions())
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        from PySide6.QtCore import QLocale

        QLocale.setDefault(QLocale(QLocale.Language.English))
    pdf = out.read_bytes()
    text = _text(pdf)
    # The core's names come translated (the condition), the author in Chinese, numbers in the
    # language's own form, and every glyph from an embedded font.
    assert condition in text and "王医生" in text
    # Numbers in the language's own form: "1 510,0 mL" in French, "1,510.0 mL" in Chinese.
    assert ("1510,0mL" if language is Language.FRENCH else "1,510.0mL") in text
    assert fonts_not_embedded(pdf) == []
    pages = _pages(pdf)
    page = next(i for i, p in enumerate(pages) if condition in p)
    _render(pdf, page, SCREENSHOTS / f"case-report-liver-plan-{language.value}.png")
