"""The identity canary through the GUI's export dialog (issue 14's acceptance, GUI side).

Her case question, a decision's rationale and a segment's label name "Wang^Li=王^丽" the way
staff write; the question also mentions "丽" alone, which the scrubber cannot decide about. The
export dialog's Free text section must list those fields as they will be sent, placeholders in
bold; Export stays disabled until the lone character is answered; after "Remove" the preview
shows it replaced, and the written package holds no form of her identity.
"""

from __future__ import annotations

import zipfile
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from casereview.app.context import AppContext
from casereview.app.logging_setup import flush_logging
from casereview.domain.decisions import DecisionContent, Recommendation
from casereview.domain.meetings import MeetingDraft, QuorumRule
from casereview.domain.segments import Code, SegmentDraft
from casereview.domain.users import Role
from casereview.services import meetings as meeting_service
from casereview.services.cases import create_case_from_uids
from casereview.services.decisions import record_decision
from casereview.services.segmentations import create_segment, set_segment_mask
from casereview.services.volumes import load_series_volume, series_id_for_uid
from casereview.store import models
from casereview.ui.exchange import ExportDialog
from casereview.ui.export_text_review import UNSURE_STYLE, Answer, sent_text_html
from casereview.ui.shell import ShellWindow
from gui.gui_helpers import save_screenshot
from identity_leaks import (
    ACCESSION,
    SERIES_UID,
    STUDY_UID,
    find_leaks,
    identity_in,
    package_leaks,
    write_identified_series,
)

pytestmark = pytest.mark.gui

QUESTION = (
    "Mrs Wang (DOB 12/03/1958, accession " + ACCESSION + "): is the tumour across the SMV? "
    "丽 asked whether resection is planned."
)
RATIONALE = "Wang Li (ID ZJ0012345, born 1958-03-12): liver clear, no vessel across, resection."
SEGMENT_NAME = "王丽 liver lesion"
LONE_NAME_PART = "丽"


def _import_by_drop(qtbot: QtBot, window: ShellWindow, folder: Path) -> None:
    """Her images, in a folder named after her as staff name them, dropped on the window."""
    write_identified_series(folder)
    window.paths_dropped.emit([folder])
    db = window.context.db

    def indexed() -> bool:
        with db.reading() as session:
            return session.scalar(select(func.count()).select_from(models.Instance)) == 4

    qtbot.waitUntil(indexed, timeout=60_000)
    window.tasks.wait_for_all(30_000)


def _canary_case(context: AppContext) -> int:
    """A case whose question names her, a decision and a segment that do too."""
    assert context.user is not None
    db, user = context.db, context.user.username
    case = create_case_from_uids(
        db, user, study_uids=[STUDY_UID], title="Pancreas CT", clinical_question=QUESTION
    )
    meeting = meeting_service.create_meeting(
        db,
        MeetingDraft("HPB MDT", datetime(2026, 11, 3, 7, 30, tzinfo=UTC), chair="Dr Chair"),
        QuorumRule((Role.SURGEON,), 1),
        user,
    )
    item = meeting_service.add_case(db, meeting.id, case.id, user)
    record_decision(
        db,
        case.id,
        DecisionContent(Recommendation.UPFRONT_RESECTION, RATIONALE, procedure="Whipple"),
        user,
        agenda_item_id=item.id,
    )
    volume = load_series_volume(db, series_id_for_uid(db, SERIES_UID))
    segment = create_segment(
        db,
        case.id,
        SegmentDraft(
            SEGMENT_NAME,
            Code("49755003", "SCT", "Morphologically Abnormal Structure"),
            Code("108369006", "SCT", "Neoplasm"),
            (230, 40, 40),
            SERIES_UID,
            f"{STUDY_UID}.9",
        ),
        volume.shape,
        user,
    )
    mask = np.zeros(volume.shape, dtype=bool)
    mask[1:3, 50:70, 50:70] = True
    set_segment_mask(db, segment.uuid, mask, volume, user)
    return case.id


def _preview_done(qtbot: QtBot, dialog: ExportDialog) -> None:
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=60_000)
    qtbot.waitUntil(lambda: dialog.preview_task is None, timeout=60_000)


@pytest.fixture
def reported(context: AppContext, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The messages the export reports when done; the sender is named (a first export would
    ask for it: tests/exchange/test_i20_export_dialog_gui.py)."""
    context.update_settings(context.settings.with_changes(institution_name="Test Hospital"))
    messages: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda parent, title, text: messages.append(text)
    )
    return messages


def _open_export_dialog(qtbot: QtBot, window: ShellWindow, case_id: int) -> ExportDialog:
    """Case → Export case package… on ``case_id``, its first preview made."""
    task = window.refresh()
    qtbot.waitUntil(lambda: task.done, timeout=20_000)
    window.browser.select_case(case_id)
    with qtbot.waitSignal(window.dialog_shown) as shown:
        window.action_registry.action("casereview.case.export_package").trigger()
    name, dialog = shown.args
    assert name == "export_package" and isinstance(dialog, ExportDialog)
    _preview_done(qtbot, dialog)
    return dialog


def test_export_dialog_shows_free_text_as_sent_and_waits_for_unsure_answers(
    qtbot: QtBot, window: ShellWindow, context: AppContext, tmp_path: Path, reported: list[str]
) -> None:
    _import_by_drop(qtbot, window, tmp_path / "Wang Li 王丽 CT 1958-03-12")
    dialog = _open_export_dialog(qtbot, window, _canary_case(context))

    # Every field naming her is listed, as it will be sent: placeholders, no identity.
    review = dialog.free_text
    sent = {change.field: change.as_sent for change in review.changes}
    assert any(
        t.startswith("Mrs [patient] (DOB [date of birth], accession [ID])") for t in sent.values()
    )
    assert any(t.startswith("[patient] (ID [ID], born [date of birth])") for t in sent.values())
    assert any(t.startswith("[patient] liver lesion") for t in sent.values()), sent
    for text in sent.values():
        assert not identity_in(text), text
    shown_html = review.texts.toHtml()
    assert "font-weight" in shown_html and "[patient]" in review.texts.toPlainText()

    # The lone "丽" is asked about; Export waits for the answer even with a file chosen.
    assert review.unanswered() == [LONE_NAME_PART]
    assert LONE_NAME_PART in review.choices
    out = tmp_path / "canary-gui.zip"
    qtbot.keyClicks(dialog.out_edit, str(out))
    dialog._update_buttons()
    assert not dialog.export_button.isEnabled()
    assert "Free text" in dialog.export_button.toolTip()
    assert dialog.export() is None  # nor can it be started another way
    qtbot.wait(200)  # rows added to a shown dialog appear on the next event loop turn
    save_screenshot(dialog, "export-free-text-unsure")

    # Keep, then change the answer to Remove: the preview is made again with it removed.
    review.answer(LONE_NAME_PART, Answer.KEEP)
    assert review.unanswered() == [] and dialog.export_button.isEnabled()
    review.answer(LONE_NAME_PART, Answer.REMOVE)
    assert not dialog.export_button.isEnabled()  # the new preview is being made
    _preview_done(qtbot, dialog)
    assert review.removed() == [LONE_NAME_PART]
    assert all(LONE_NAME_PART not in c.as_sent for c in review.changes)
    assert any("[removed] asked whether resection is planned" in c.as_sent for c in review.changes)
    assert review.choices[LONE_NAME_PART][0].isChecked()  # still shown, answer changeable
    dialog._update_buttons()
    assert dialog.export_button.isEnabled()
    qtbot.wait(200)
    save_screenshot(dialog, "export-free-text-answered")

    with qtbot.waitSignal(dialog.accepted, timeout=120_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.report is not None and out.is_file() and reported
    assert package_leaks(out) == []
    with zipfile.ZipFile(out) as archive:
        documents = "\n".join(
            archive.read(n).decode("utf-8")
            for n in archive.namelist()
            if n.startswith("documents/")
        )
    assert LONE_NAME_PART not in documents
    for word in ("liver", "across", "resection", "Whipple"):
        assert word in documents, word

    # The window's state, thumbnails, logs and drafts hold nothing of her either.
    window.tasks.wait_for_all(10_000)
    window.close()
    flush_logging()
    assert find_leaks(context.paths.root, data_dir=True) == {}


def test_sent_text_marks_placeholders_and_unsure_spans_and_escapes_the_rest() -> None:
    shown = sent_text_html(
        "[patient] <b>asked</b> & 丽 said [ID], ref 88812345678\nok", ["丽", "88812345678"]
    )
    assert shown.count("<b>[patient]</b>") == 1 and "<b>[ID]</b>" in shown
    assert "&lt;b&gt;asked&lt;/b&gt; &amp;" in shown  # typed markup is text, not markup
    assert f'<span style="{UNSURE_STYLE}">丽</span>' in shown
    assert f'<span style="{UNSURE_STYLE}">88812345678</span>' in shown
    assert shown.endswith("<br>ok")


#: Staff also write what only the user knows identifies her: a relative, her village.
RELATIVES_QUESTION = (
    "Husband Zhang Wei (丈夫张伟) asks whether the Whipple is planned; "
    "she farms near Lotus Village and travels across the province."
)
ADDED_WORDS = ("Zhang Wei", "张伟", "Lotus Village")


def _added_words_in(text: str) -> list[str]:
    return [word for word in ADDED_WORDS if word.casefold() in text.casefold()]


def test_words_the_user_adds_are_removed_from_every_text_of_the_package(
    qtbot: QtBot, window: ShellWindow, context: AppContext, tmp_path: Path, reported: list[str]
) -> None:
    _import_by_drop(qtbot, window, tmp_path / "CT abdomen")
    assert context.user is not None
    case = create_case_from_uids(
        context.db,
        context.user.username,
        study_uids=[STUDY_UID],
        title="Pancreas CT",
        clinical_question=RELATIVES_QUESTION,
    )
    dialog = _open_export_dialog(qtbot, window, case.id)
    review = dialog.free_text
    out = tmp_path / "relatives.zip"
    qtbot.keyClicks(dialog.out_edit, str(out))
    dialog._update_buttons()
    assert dialog.export_button.isEnabled()
    assert not review.add_button.isEnabled()  # nothing typed yet

    # Typed and Return: the word is removed everywhere and the preview is made again. Return
    # stays in the field: it must not press the dialog's Export button.
    review.add_edit.setFocus()
    qtbot.keyClicks(review.add_edit, "  Zhang   Wei ")
    assert review.add_button.isEnabled()
    qtbot.keyClick(review.add_edit, Qt.Key.Key_Return)
    assert dialog.export_task is None and not out.exists() and dialog.isVisible()
    assert review.add_edit.text() == "" and review.added == ["Zhang Wei"]
    assert not dialog.export_button.isEnabled()  # the new preview is being made
    _preview_done(qtbot, dialog)
    sent = [c.as_sent for c in review.changes]
    assert any(t.startswith("Husband [removed] (丈夫张伟) asks") for t in sent), sent
    assert review.choices["Zhang Wei"][0].isChecked()  # listed, answered Remove, changeable

    # The button adds the others; a CJK name goes inside a run of Chinese text too.
    for word in ("张伟", "Lotus Village"):
        review.add_edit.insert(word)  # as an input method commits it (QTest types only ASCII)
        qtbot.mouseClick(review.add_button, Qt.MouseButton.LeftButton)
        _preview_done(qtbot, dialog)
    sent = [c.as_sent for c in review.changes]
    assert any(
        t.startswith(
            "Husband [removed] (丈夫[removed]) asks whether the Whipple is planned; "
            "she farms near [removed] and travels across the province."
        )
        for t in sent
    ), sent
    assert review.removed() == list(ADDED_WORDS)
    # Adding a word already removed changes nothing and makes no new preview.
    assert not review.add_identity("Lotus  Village")
    assert dialog.preview_task is None
    dialog._update_buttons()
    assert dialog.export_button.isEnabled()
    qtbot.wait(200)
    save_screenshot(dialog, "export-free-text-added-words")

    # Keep takes a word back: the village is sent as written again.
    review.answer("Lotus Village", Answer.KEEP)
    _preview_done(qtbot, dialog)
    assert any("farms near Lotus Village" in c.as_sent for c in review.changes)
    assert "Lotus Village" not in review.choices  # no longer asked about
    assert review.add_identity("Lotus Village")  # and it can be added again
    _preview_done(qtbot, dialog)
    assert any("farms near [removed]" in c.as_sent for c in review.changes)

    dialog._update_buttons()
    with qtbot.waitSignal(dialog.accepted, timeout=120_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert out.is_file() and reported
    assert package_leaks(out, raw_forms=ADDED_WORDS, find=_added_words_in) == []
    assert package_leaks(out) == []
    with zipfile.ZipFile(out) as archive:
        case_document = archive.read("documents/case.json").decode("utf-8")
    for word in ("Husband", "Whipple", "planned", "across", "province"):
        assert word in case_document, word
