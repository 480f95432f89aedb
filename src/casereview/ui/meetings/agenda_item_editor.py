"""The selected case of a meeting's agenda: its question, history, staging, preparation
checklist and status, and what a partner sent with it.

The fields are saved as they are typed (``ui.meetings.autosave``), each save against the
version of the agenda item they were loaded with. When someone else saved the item meanwhile
(the department database), the save is refused, the user's text stays and the conflict bar
(``ui.department.ConflictBar``) offers to bring the other version in beside it.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from casereview.domain.meetings import AgendaItem, AgendaStatus, ChecklistItem, MeetingDetail
from casereview.errors import EditConflictError
from casereview.services import meetings as meeting_service
from casereview.services.exchange.case_document import ReceivedCase
from casereview.store.database import Database
from casereview.ui.core_messages import translate_message
from casereview.ui.department import ConflictBar, merge_fields, settle_merge
from casereview.ui.errors import ErrorPresenter
from casereview.ui.meetings.autosave import AutoSave
from casereview.ui.meetings.labels import label


def checklist_text(checklist: frozenset[ChecklistItem]) -> str:
    """A checklist as one comparable text (the ticked items' values, sorted)."""
    return ",".join(sorted(entry.value for entry in checklist))


def item_fields(item: AgendaItem) -> dict[str, str]:
    """What the preparation editor shows of an agenda item, as texts to merge."""
    return {
        "question": item.question,
        "history": item.history,
        "staging": item.staging,
        "checklist": checklist_text(item.checklist),
        "status": item.status.value,
    }


class AgendaItemEditor(QGroupBox):
    """The preparation of the case selected on the agenda, saved as typed.

    Parameters
    ----------
    db
        The database the agenda is stored in.
    actor
        Gives the user name of whoever works at the workstation now.
    shown
        Gives the meeting the window shows (``None``: none, and nothing is saved).
    errors
        Where a refusal is shown.
    delay_ms
        The pause in typing after which the preparation is saved.
    """

    #: Emitted with the :class:`AgendaItem` as stored after a save or read again after a
    #: conflict (the agenda row follows).
    stored = Signal(object)
    #: Emitted with the :class:`MeetingDetail` read again to show the other version.
    meeting_read = Signal(object)
    #: The user asked for the decision form of the case.
    decision_requested = Signal()
    #: The user asked for the case's outcome report.
    report_requested = Signal()

    def __init__(
        self,
        db: Database,
        actor: Callable[[], str],
        shown: Callable[[], MeetingDetail | None],
        errors: ErrorPresenter,
        delay_ms: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(QCoreApplication.translate("Meetings", "Selected case"), parent)
        self.db = db
        self._actor = actor
        self._shown = shown
        self.errors = errors
        self.question = QPlainTextEdit(self)
        self.question.setObjectName("itemQuestion")
        self.question.setMaximumHeight(80)
        self.history = QPlainTextEdit(self)
        self.history.setObjectName("itemHistory")
        self.history.setMaximumHeight(80)
        self.item_staging = QLineEdit(self)
        self.item_staging.setObjectName("itemStaging")
        # What a partner sent with a received case, as the sender wrote it (read-only).
        self.received = QLabel(self)
        self.received.setObjectName("receivedCase")
        self.received.setWordWrap(True)
        self.received.setTextFormat(Qt.TextFormat.RichText)
        self.received.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.received.hide()
        self.checks: dict[ChecklistItem, QCheckBox] = {}
        checks_row = QHBoxLayout()
        for entry in ChecklistItem:
            box = QCheckBox(label(entry), self)
            box.setObjectName(f"check_{entry.value}")
            self.checks[entry] = box
            checks_row.addWidget(box)
        self.item_status = QComboBox(self)
        self.item_status.setObjectName("itemStatus")
        for agenda_status in AgendaStatus:
            self.item_status.addItem(label(agenda_status), agenda_status.value)
        # Saved as typed: a state instead of a Save button.
        self.preparation_state = QLabel(self)
        self.preparation_state.setObjectName("preparationState")
        self.preparation_state.setWordWrap(True)  # a refusal's reason can be a long sentence
        self.preparation_autosave = AutoSave(
            self.save_item, self.preparation_state, errors, delay_ms, self
        )
        # The agenda item whose preparation the fields show, as loaded or last saved (its
        # version goes back with the next save).
        self._shown_item_id: int | None = None
        self._item_base: AgendaItem | None = None
        self.question.textChanged.connect(self.preparation_autosave.edited)
        self.history.textChanged.connect(self.preparation_autosave.edited)
        self.item_staging.textChanged.connect(self.preparation_autosave.edited)
        for box in self.checks.values():
            box.toggled.connect(self.preparation_autosave.edited)
        self.item_status.currentIndexChanged.connect(self.preparation_autosave.edited)
        decide = QPushButton(QCoreApplication.translate("Meetings", "Decision…"), self)
        decide.setObjectName("openDecision")
        decide.clicked.connect(self.decision_requested)
        case_report = QPushButton(
            QCoreApplication.translate("Meetings", "Case report (PDF)…"), self
        )
        case_report.setObjectName("caseReport")
        case_report.clicked.connect(self.report_requested)
        prep_form = QFormLayout(self)
        prep_form.addRow(
            QCoreApplication.translate("Meetings", "Question for the MDT"), self.question
        )
        prep_form.addRow(QCoreApplication.translate("Meetings", "History"), self.history)
        prep_form.addRow(QCoreApplication.translate("Meetings", "Staging"), self.item_staging)
        prep_form.addRow(self.received)
        prep_form.addRow(QCoreApplication.translate("Meetings", "Preparation"), checks_row)
        prep_form.addRow(QCoreApplication.translate("Meetings", "Status"), self.item_status)
        self.preparation_conflict = ConflictBar(self)
        self.preparation_conflict.reload_requested.connect(self.reload_item_after_conflict)
        self.preparation_conflict.save_requested.connect(
            lambda: self.preparation_autosave.save_now(quietly=False)
        )
        prep_form.addRow(self.preparation_conflict)
        prep_buttons = QHBoxLayout()
        prep_buttons.addWidget(self.preparation_state, 1)
        prep_buttons.addWidget(decide)
        prep_buttons.addWidget(case_report)
        prep_form.addRow("", prep_buttons)

    @property
    def shown_item_id(self) -> int | None:
        """The id of the agenda item whose preparation the fields hold."""
        return self._shown_item_id

    def holds_unsaved(self, item: AgendaItem | None) -> bool:
        """Whether the fields show ``item`` with text typed and not saved yet."""
        return (
            item is not None
            and item.id == self._shown_item_id
            and self.preparation_autosave.pending
        )

    def show_item(self, item: AgendaItem | None, received: list[ReceivedCase]) -> None:
        """Fill the fields with ``item``'s preparation as stored (the base of the next save),
        and ``received``, what partners sent with the case."""
        same = item is not None and item.id == self._shown_item_id
        # The same case shown again (the meeting was read again): a field that holds what is
        # stored is left alone, so the cursor of someone typing there does not jump.
        with self.preparation_autosave.filling(shown=item is not None):
            for editor, stored in (
                (self.question, item.question if item else ""),
                (self.history, item.history if item else ""),
            ):
                if not (same and editor.toPlainText().strip() == stored):
                    editor.setPlainText(stored)
            staging = item.staging if item else ""
            if not (same and self.item_staging.text().strip() == staging):
                self.item_staging.setText(staging)
            for entry, box in self.checks.items():
                box.setChecked(item is not None and entry in item.checklist)
            if item is not None:
                self.item_status.setCurrentIndex(self.item_status.findData(item.status.value))
        self._show_received(received)
        self._shown_item_id = item.id if item is not None else None
        self._item_base = item
        self.preparation_conflict.clear()

    def _show_received(self, received: list[ReceivedCase]) -> None:
        """The sender's question, history and staging of a case received in a package."""
        if not received:
            self.received.clear()
            self.received.hide()
            return
        parts = []
        for case in received:
            latest = case.latest
            question = (latest.question if latest else "") or case.clinical_question
            heading = QCoreApplication.translate(
                "Meetings", "Received from {institution} with the case"
            ).format(institution=case.institution)
            rows = [
                (QCoreApplication.translate("Meetings", "Question"), question),
                (
                    QCoreApplication.translate("Meetings", "History"),
                    latest.history if latest else "",
                ),
                (
                    QCoreApplication.translate("Meetings", "Staging"),
                    latest.staging if latest else "",
                ),
            ]
            body = "".join(
                f"<br/><i>{html.escape(name)}:</i> "
                + (html.escape(text).replace("\n", "<br/>") if text else "—")
                for name, text in rows
            )
            parts.append(f"<p><b>{html.escape(heading)}</b>{body}</p>")
        self.received.setText("".join(parts))
        self.received.show()

    def _ticked(self) -> frozenset[ChecklistItem]:
        return frozenset(entry for entry, box in self.checks.items() if box.isChecked())

    def save_item(self) -> None:
        """Store the shown case's question, history, staging, checklist and status.

        The fields are not refilled from what was stored, so typing goes on undisturbed;
        :attr:`stored` tells the window, whose agenda shows the new status and checklist at
        once.

        Raises
        ------
        EditConflictError
            If someone else saved the case's preparation since it was loaded (the conflict
            bar shows).
        """
        item_id = self._shown_item_id
        if self._shown() is None or item_id is None:
            return
        base = self._item_base
        try:
            stored = meeting_service.update_agenda_item(
                self.db,
                item_id,
                self._actor(),
                question=self.question.toPlainText(),
                history=self.history.toPlainText(),
                staging=self.item_staging.text(),
                checklist=self._ticked(),
                status=AgendaStatus(self.item_status.currentData()),
                expected_version=base.version if base is not None and base.id == item_id else None,
            )
        except EditConflictError as exc:
            self.preparation_conflict.show_conflict(translate_message(exc.message))
            raise
        self._item_base = stored
        self.preparation_conflict.clear()
        self.stored.emit(stored)

    def reload_item_after_conflict(self) -> None:
        """After a conflict: bring the stored preparation into the fields without losing what
        was typed (theirs where nothing was typed; both where both typed), on its version."""
        item_id, base, shown = self._shown_item_id, self._item_base, self._shown()
        if shown is None or item_id is None or base is None:
            return
        try:
            detail = meeting_service.get_meeting(self.db, shown.meeting.id)
        except Exception as exc:
            self.errors.present(exc)
            return
        fresh = next((i for i in detail.agenda if i.id == item_id), None)
        if fresh is None:
            self.preparation_conflict.show_conflict(
                QCoreApplication.translate(
                    "Meetings",
                    "This case was taken off the agenda at another workstation; your text "
                    "stays in the fields until you choose another case: copy what you need.",
                )
            )
            return
        self.meeting_read.emit(detail)
        mine = {
            "question": self.question.toPlainText().strip(),
            "history": self.history.toPlainText().strip(),
            "staging": self.item_staging.text().strip(),
            "checklist": checklist_text(self._ticked()),
            "status": str(self.item_status.currentData()),
        }
        merged, clashes = merge_fields(item_fields(base), mine, item_fields(fresh))
        with self.preparation_autosave.filling():
            for editor, name in ((self.question, "question"), (self.history, "history")):
                if editor.toPlainText().strip() != merged[name]:
                    editor.setPlainText(merged[name])
            if self.item_staging.text().strip() != merged["staging"]:
                self.item_staging.setText(merged["staging"])
            ticked = set(merged["checklist"].split(",")) - {""}
            for entry, box in self.checks.items():
                box.setChecked(entry.value in ticked)
            self.item_status.setCurrentIndex(self.item_status.findData(merged["status"]))
        self._item_base = fresh
        self.stored.emit(fresh)
        names = {
            "question": QCoreApplication.translate("Meetings", "Question for the MDT"),
            "history": QCoreApplication.translate("Meetings", "History"),
            "staging": QCoreApplication.translate("Meetings", "Staging"),
            "checklist": QCoreApplication.translate("Meetings", "Preparation"),
            "status": QCoreApplication.translate("Meetings", "Status"),
        }
        settle_merge(
            self.preparation_conflict,
            self.preparation_autosave,
            names,
            merged,
            clashes,
            item_fields(fresh),
        )
