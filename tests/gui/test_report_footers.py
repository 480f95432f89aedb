"""Every page of every report says which case and meeting it belongs to, and which page it is.

The case report is made from the Meetings window as the coordinator makes it (button, file
dialog); the meeting summary with identity hidden and the package's case report (identity
hidden, a partner's copy) are made by the same renderer. The text of every page is read back
with pypdf; page pictures land in artifacts/screenshots for a person to look at.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

import pypdf
import pypdfium2
import pytest
from gui_helpers import SCREENSHOTS
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QMainWindow
from pytestqt.qtbot import QtBot

from casereview.app.context import AppContext
from casereview.domain.cases import CaseDraft
from casereview.domain.meetings import MeetingDraft, QuorumRule
from casereview.domain.users import Role
from casereview.services import cases as case_service
from casereview.services import meetings as meeting_service
from casereview.services.case_summary import case_summary
from casereview.store.database import Database
from casereview.ui.meetings.panel import MeetingsPanel
from casereview.ui.reports import ReportOptions, case_report_pdf, write_meeting_report
from casereview.ui.shell import ShellWindow
from support import add_sample_imaging

pytestmark = pytest.mark.gui

PATIENT_NAME, PATIENT_ID = "ZHANG^Wei", "P-FOOT-1"
#: A meeting title in French and Chinese: the footer must carry both scripts.
MEETING_TITLE = "RCP hépato-biliaire 肝胆胰多学科会诊"
#: Enough history for the case report to run over several pages.
HISTORY = "\n".join(
    f"{n}. Follow-up visit: CA 19-9 trend reviewed, imaging compared with the prior study."
    for n in range(1, 90)
)


def _pages(path: Path) -> list[str]:
    return [
        re.sub(r"\s+", " ", unicodedata.normalize("NFKC", page.extract_text()))
        for page in pypdf.PdfReader(path).pages
    ]


def _save_pages(path: Path, name: str) -> None:
    """The first and last page as PNG (a person checks the footer is whole and clear)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    document = pypdfium2.PdfDocument(str(path))
    try:
        last = len(document) - 1
        for number in sorted({0, last}):
            picture = document[number].render(scale=1.2).to_pil()
            picture.save(SCREENSHOTS / f"{name}_page{number + 1}.png")
    finally:
        document.close()


def _world(db: Database, folder: Path, actor: str) -> tuple[int, int, int]:
    """A case on a meeting's agenda with a long history: ``(case_id, meeting_id, item_id)``."""
    ids = add_sample_imaging(db, folder, patient_name=PATIENT_NAME, patient_id=PATIENT_ID)
    case = case_service.create_case(
        db,
        CaseDraft(ids["patient"], "Pancreatic head mass", series_ids=(ids["series"],)),
        actor,
    )
    meeting = meeting_service.create_meeting(
        db,
        MeetingDraft(MEETING_TITLE, datetime(2026, 11, 24, 7, 30, tzinfo=UTC), chair="Dr Chair"),
        QuorumRule((Role.SURGEON,), 1),
        actor,
    )
    item = meeting_service.add_case(db, meeting.id, case.id, actor, "Resect or not?")
    meeting_service.update_agenda_item(db, item.id, actor, history=HISTORY)
    return case.id, meeting.id, item.id


def _assert_footers(pages: list[str], *expected: str) -> None:
    assert len(pages) >= 2, "the report runs over several pages"
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text, (number, text[-300:])
        for part in expected:
            assert part in text, (number, part)


def test_case_report_from_the_meetings_window_has_a_footer_on_every_page(
    window: ShellWindow,
    context: AppContext,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    case_id, meeting_id, _ = _world(context.db, tmp_path / "files", context.user.username)
    window.action_registry.action("casereview.meeting.show").trigger()
    panel = window.findChild(MeetingsPanel)
    assert isinstance(panel, MeetingsPanel)
    qtbot.waitExposed(window.findChild(QMainWindow, "meetingsWindow"))
    panel.load_meeting(meeting_id)
    qtbot.waitUntil(lambda: panel.agenda.count() == 1, timeout=10_000)
    panel.agenda.setCurrentRow(0)
    out = tmp_path / "reports" / "case.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(out), ""))
    button = panel.findChild(QAbstractButton, "caseReport")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: out.exists() and not panel.tasks.busy, timeout=120_000)
    _save_pages(out, "i20_reports_case_footer")
    pages = _pages(out)
    # Identity shown: a page that strays from the record still names its patient.
    _assert_footers(
        pages,
        f"Case #{case_id}",
        "Pancreatic head mass",
        MEETING_TITLE,
        "2026-11-24",
        PATIENT_ID,
        "ZHANG",
    )


def test_meeting_summary_made_with_identity_hidden_has_footers_without_identity(
    context: AppContext, tmp_path: Path
) -> None:
    _, meeting_id, _ = _world(context.db, tmp_path / "files", context.user.username)
    out = write_meeting_report(
        context.db, meeting_id, tmp_path / "meeting.pdf", ReportOptions(hide_identity=True)
    )
    _save_pages(out, "i20_reports_meeting_footer_hidden")
    pages = _pages(out)
    _assert_footers(pages, MEETING_TITLE, "2026-11-24")
    for text in pages:
        assert PATIENT_ID not in text and "ZHANG" not in text and "1958" not in text


def test_the_package_case_report_has_footers_without_identity(
    context: AppContext, tmp_path: Path
) -> None:
    case_id, _, item_id = _world(context.db, tmp_path / "files", context.user.username)
    # A partner's copy: identity hidden, no meeting details (its attendees are staff).
    summary = case_summary(context.db, case_id, item_id)
    out = tmp_path / "package-report.pdf"
    out.write_bytes(case_report_pdf(summary, ReportOptions(hide_identity=True)))
    pages = _pages(out)
    _assert_footers(pages, f"Case #{case_id}", "Pancreatic head mass")
    for text in pages:
        assert PATIENT_ID not in text and "ZHANG" not in text
