"""One report renderer, every script: the app's case report and a package's outcome PDF.

Both carry Chinese and accented French text exactly as typed (pypdf reads it back), every font
they use is embedded (a descriptor with a font program), and the first page is rendered to PNG
under artifacts/screenshots for a person to look at.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from case_report_helpers import (
    HISTORY,
    HISTORY_CLINICAL,
    ITEM_QUESTION,
    PATIENT_ID,
    RATIONALE,
    STAGING,
    TITLE,
    first_page_png,
    font_names,
    fonts_not_embedded,
    package_pdf,
    pdf_text,
    prepare_case,
    squeezed,
)
from exchange_helpers import open_site

from casereview.demo.install import install_demo
from casereview.domain.packages import DeidOptions
from casereview.services.exchange import export_case
from casereview.services.signing import load_or_create_secret, load_or_create_signing_key
from casereview.store.database import Database
from casereview.ui.reports import ReportOptions, report_application, write_case_report
from gui.gui_helpers import SCREENSHOTS


@dataclass
class Site:
    root: Path
    db: Database
    case_id: int
    item_id: int


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    root = tmp_path_factory.mktemp("report-fonts")
    db = open_site(root)
    installed = install_demo(
        db,
        root / "demo",
        "tester",
        staging_dir=root / "imports",
        quarantine_dir=root / "quarantine",
        small=True,
        phases=("portal-venous",),
    )
    item_id = prepare_case(db, installed.case.id)
    yield Site(root, db, installed.case.id, item_id)
    db.close()


def test_app_case_report_keeps_every_script_with_embedded_fonts(site: Site, tmp_path) -> None:
    report_application()
    out = write_case_report(
        site.db,
        site.case_id,
        tmp_path / "case.pdf",
        ReportOptions(institution="Hôpital Saint-Éloi 医院", author="Dr Test"),
        agenda_item_id=site.item_id,
    )
    pdf = out.read_bytes()
    text = squeezed(pdf_text(pdf))
    for typed in (TITLE, ITEM_QUESTION, HISTORY, STAGING, RATIONALE, "Hôpital Saint-Éloi 医院"):
        assert squeezed(typed) in text, typed
    assert fonts_not_embedded(pdf) == []
    # The Chinese glyphs come from the CJK font the report registers.
    assert any("CJK" in name for name in font_names(pdf)), font_names(pdf)
    picture = first_page_png(pdf, SCREENSHOTS / "report-fonts-case-report.png")
    assert picture.stat().st_size > 10_000


def test_package_outcome_pdf_is_the_case_report_scrubbed(site: Site) -> None:
    keys = site.root / "keys"
    package = site.root / "out" / "case.zip"
    export_case(
        site.db,
        site.case_id,
        package,
        "tester",
        options=DeidOptions(),
        signing_key=load_or_create_signing_key(keys),
        secret=load_or_create_secret(keys),
        institution="Sending Hospital",
    )
    pdf = package_pdf(package)
    assert pdf.startswith(b"%PDF-")
    text = pdf_text(pdf)
    flat = squeezed(text)
    # The app's report: its headings and every text of the case, in every script.
    assert "MDToutcomereport" in flat
    for typed in (TITLE, ITEM_QUESTION, STAGING, RATIONALE, *HISTORY_CLINICAL):
        assert squeezed(typed) in flat, typed
    # Identity went through the export's scrubber; the identity row is not printed.
    assert PATIENT_ID not in text and "Synthetic" not in text
    assert "Dr A Surgeon" not in text and "Dr Test" not in text
    assert fonts_not_embedded(pdf) == []
    picture = first_page_png(pdf, SCREENSHOTS / "report-fonts-package-report.png")
    assert picture.stat().st_size > 10_000
