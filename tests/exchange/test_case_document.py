"""Packages carry the case: title, question and each meeting's preparation, de-identified.

At the partner the import gives the case it creates the sender's title and question, the
preparation (question, history, staging) stays readable as the sender wrote it and starts the
partner's own preparation when the case goes on an agenda, and a case that was already there
keeps its own values.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from case_report_helpers import (
    CHECKLIST,
    HISTORY_CLINICAL,
    ITEM_QUESTION,
    PATIENT_ID,
    QUESTION,
    STAGING,
    TITLE,
    package_document,
    prepare_case,
    squeezed,
)
from exchange_helpers import open_site
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from casereview.app.context import AppContext
from casereview.demo.install import install_demo
from casereview.domain.meetings import MeetingDraft, QuorumRule
from casereview.domain.package_documents import PackageDocumentError
from casereview.domain.packages import DeidOptions, PackageError
from casereview.services import meetings as meeting_service
from casereview.services.cases import get_case, list_cases, update_case
from casereview.services.exchange import case_document, export_case, import_package
from casereview.services.exchange.case_document import CASE_SCHEMA_ID, received_case_context
from casereview.services.exchange.schemas import read_document
from casereview.services.signing import (
    SigningKey,
    load_or_create_secret,
    load_or_create_signing_key,
)
from casereview.store.database import Database
from casereview.ui.meetings.panel import MeetingsPanel
from casereview.ui.shell import ShellWindow
from gui.gui_helpers import refresh, save_screenshot

SENDER = "Hôpital Saint-Éloi"


@dataclass
class Sender:
    root: Path
    db: Database
    case_id: int
    key: SigningKey
    secret: bytes
    package: Path

    def export(self, name: str) -> Path:
        out = self.root / "out" / name
        export_case(
            self.db,
            self.case_id,
            out,
            "tester",
            options=DeidOptions(),
            signing_key=self.key,
            secret=self.secret,
            institution=SENDER,
        )
        return out


@pytest.fixture(scope="module")
def sender(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sender]:
    root = tmp_path_factory.mktemp("case-sender")
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
    prepare_case(db, installed.case.id)
    site = Sender(
        root,
        db,
        installed.case.id,
        load_or_create_signing_key(root / "keys"),
        load_or_create_secret(root / "keys"),
        root / "out" / "case.zip",
    )
    site.package = site.export("case.zip")
    yield site
    db.close()


def _import(db: Database, root: Path, package: Path) -> None:
    """Import ``package`` into the site whose data folder is ``root`` (untrusted: no keys)."""
    report = import_package(
        db,
        package,
        "tester",
        staging_dir=root / "imports",
        quarantine_dir=root / "quarantine",
        accept_untrusted=True,
    )
    assert not report.already_imported


def test_package_carries_the_case_de_identified(sender: Sender) -> None:
    raw = package_document(sender.package, "case.json")
    document = json.loads(raw)
    assert document["schema"] == CASE_SCHEMA_ID
    assert document["title"] == TITLE
    assert document["clinical_question"] == QUESTION
    (preparation,) = document["preparations"]
    assert preparation["question"] == ITEM_QUESTION
    assert preparation["staging"] == STAGING
    assert preparation["checklist"] == sorted(c.value for c in CHECKLIST)
    assert preparation["status"] == "ready"
    # The history named the patient by ID and name: placeholders stand in, clinical words stay.
    history = preparation["history"]
    assert "[ID]" in history and "[patient]" in history
    for clinical in HISTORY_CLINICAL:
        assert clinical in history
    for identity in (PATIENT_ID, "Synthetic", "DEMO"):
        assert identity.encode() not in raw
    # The received document passes the schema a partner checks it against.
    path = sender.root / "case.json"
    path.write_bytes(raw)
    assert read_document(path, "documents/case.json")["title"] == TITLE


def test_partner_summary_keeps_no_identity_and_no_staff(sender: Sender) -> None:
    """Every free text goes through the cleaner; a required text it empties shows a
    placeholder; identity, staff names and partners' opinions are left out."""
    from casereview.services.case_summary import case_summary

    items = case_document.agenda_items_of_case(sender.db, sender.case_id)
    summary = case_summary(sender.db, sender.case_id, items[0].id)
    assert summary.identity.patient_id == PATIENT_ID and summary.current is not None
    emptied = case_document.partner_summary(summary, lambda text: "")
    assert emptied.identity.name == emptied.identity.patient_id == ""
    assert emptied.identity.birth_date == ""
    assert emptied.case.title == emptied.question == emptied.history == "[removed]"
    assert emptied.current is not None
    content = emptied.current.content
    assert content.rationale == "[removed]" and content.participants == ()
    assert emptied.current.created_by == emptied.current.signed_by == ""
    assert emptied.received_opinions == ()
    kept = case_document.partner_summary(summary, lambda text: text)
    assert kept.history == summary.history and kept.staging == STAGING


def test_a_malformed_case_document_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "case.json"
    path.write_text(json.dumps({"schema": CASE_SCHEMA_ID, "title": "x", "clinical_question": ""}))
    with pytest.raises(PackageDocumentError):
        read_document(path, "documents/case.json")
    path.write_text(
        json.dumps(
            {
                "schema": CASE_SCHEMA_ID,
                "title": "x",
                "clinical_question": "",
                "preparations": [{"question": "q", "history": 3, "staging": ""}],
            }
        )
    )
    with pytest.raises(PackageDocumentError):
        read_document(path, "documents/case.json")


def test_partner_case_gets_title_question_and_preparation(sender: Sender, tmp_path: Path) -> None:
    root = tmp_path / "partner"
    db = open_site(root)
    try:
        _import(db, root, sender.package)
        (case,) = list_cases(db)
        assert case.title == f"{TITLE} ({SENDER})"
        assert case.clinical_question == QUESTION
        (received,) = received_case_context(db, case.id)
        assert received.institution == SENDER
        latest = received.latest
        assert latest is not None
        assert latest.question == ITEM_QUESTION and latest.staging == STAGING
        assert "[ID]" in latest.history and PATIENT_ID not in latest.history
        # On the partner's agenda the case starts from the sender's preparation.
        meeting = meeting_service.create_meeting(
            db,
            MeetingDraft("Tumour board", datetime.now(UTC) + timedelta(days=2)),
            QuorumRule(),
            "tester",
        )
        item = meeting_service.add_case(db, meeting.id, case.id, "tester")
        assert item.question == QUESTION
        assert item.history == latest.history and item.staging == STAGING
    finally:
        db.close()


def test_existing_case_values_are_never_overwritten(sender: Sender, tmp_path: Path) -> None:
    """The partner answers; the answer's case document reaches the sender's own case, whose
    title and question stay; the partner's description is readable beside them."""
    root = tmp_path / "partner"
    db = open_site(root)
    try:
        _import(db, root, sender.package)
        (case,) = list_cases(db)
        update_case(db, case.id, "tester", title="Notre cas", clinical_question="Notre question ?")
        answer = root / "answer.zip"
        export_case(
            db,
            case.id,
            answer,
            "tester",
            options=DeidOptions(),
            signing_key=load_or_create_signing_key(root / "keys"),
            secret=load_or_create_secret(root / "keys"),
            institution="Partner Hospital",
        )
    finally:
        db.close()
    before = get_case(sender.db, sender.case_id)
    _import(sender.db, sender.root, answer)
    assert [c.id for c in list_cases(sender.db)] == [sender.case_id]
    after = get_case(sender.db, sender.case_id)
    assert (after.title, after.clinical_question) == (before.title, before.clinical_question)
    (received,) = received_case_context(sender.db, sender.case_id)
    assert received.institution == "Partner Hospital"
    assert received.title == "Notre cas" and received.clinical_question == "Notre question ?"


def test_export_without_a_report_writer_is_refused(
    sender: Sender, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(case_document, "case_report_writer", lambda: None)
    with pytest.raises(PackageError, match="no report writer"):
        sender.export("no-writer.zip")
    assert not (sender.root / "out" / "no-writer.zip").exists()


@pytest.mark.gui
def test_partner_sees_the_received_preparation(
    qtbot: QtBot, context: AppContext, sender: Sender
) -> None:
    report = import_package(
        context.db,
        sender.package,
        context.user.username,
        staging_dir=context.paths.imports,
        quarantine_dir=context.paths.quarantine,
        accept_untrusted=True,
    )
    assert not report.already_imported
    (case,) = list_cases(context.db)
    window = ShellWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    refresh(window, qtbot)
    window.action_registry.action("casereview.meeting.new").trigger()
    panel = window.findChild(MeetingsPanel)
    assert isinstance(panel, MeetingsPanel)
    qtbot.waitExposed(window.findChild(QMainWindow, "meetingsWindow"))
    qtbot.waitUntil(lambda: panel.case_choice.findData(case.id) >= 0, timeout=10_000)
    panel.case_choice.setCurrentIndex(panel.case_choice.findData(case.id))
    panel.add_chosen_case()
    assert panel.current_item() is not None
    shown = squeezed(panel.received.text())
    assert panel.received.isVisible()
    assert squeezed(SENDER) in shown
    assert squeezed(ITEM_QUESTION.replace("'", "&#x27;")) in shown
    assert squeezed(STAGING) in shown and "[ID]" in shown and PATIENT_ID not in shown
    assert panel.item_staging.text() == STAGING
    assert "既往史" in panel.history.toPlainText()
    save_screenshot(window.findChild(QMainWindow, "meetingsWindow"), "received-case-preparation")
    window.close()
