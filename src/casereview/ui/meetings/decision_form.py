"""The structured decision form: captured while a case is discussed, signed by the chair.

Used in the presentation's side panel (or on a second screen) and in the meeting editor. The
chair signs in ``ui.meetings.sign_dialog``: they pick themselves among the workstation's users
and confirm with their PIN. A signed decision is shown read-only; changing it records an
amendment with a reason. Above the fields, ``ui.meetings.evidence_panel`` shows the case's
resectability suggestion and the evidence the decision will cite (or cites, once signed); the
suggestion fills no field.

What is typed is kept as a draft (``services.decision_drafts``) half a second after the last
change and whenever a field loses the focus or the form is hidden, so paging to another case,
closing the presentation or closing the application loses nothing; the draft comes back when the
case is shown again and is cleared once the decision is recorded.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casereview.domain.decisions import (
    ActionItemDraft,
    ActionStatus,
    Decision,
    DecisionContent,
    Intent,
    Recommendation,
    TrialEligibility,
)
from casereview.domain.meetings import AgendaItem, MeetingDetail
from casereview.errors import CasereviewError, ValidationError
from casereview.messages import Message
from casereview.services import decisions as decision_service
from casereview.services import user_secrets
from casereview.services.decision_drafts import DecisionDraft, DecisionDraftStore
from casereview.services.users import list_users
from casereview.store.database import Database
from casereview.ui.errors import ErrorPresenter
from casereview.ui.meetings.evidence_panel import EvidencePanel
from casereview.ui.meetings.labels import label
from casereview.ui.meetings.sign_dialog import SignDialog


def open_draft_store(
    root: Path, keys_dir: Path, errors: ErrorPresenter
) -> DecisionDraftStore | None:
    """The decision draft store of the data directory ``root``.

    When the installation secret that encrypts drafts cannot be read, the problem is shown and
    ``None`` returned: decisions can still be recorded, only unsaved typing is not kept.
    """
    try:
        return DecisionDraftStore.in_data_dir(root, keys_dir)
    except CasereviewError as exc:
        errors.present(exc)
        return None


class DecisionForm(QWidget):
    """Edits the decision of one case on a meeting's agenda.

    Parameters
    ----------
    db
        The open database.
    actor
        Returns the user name of whoever works at the workstation now.
    errors
        Where refused input is shown.
    drafts
        Where what is typed is kept until the decision is recorded; nothing is kept when
        ``None``.
    """

    #: Emitted with the stored :class:`Decision` after each save, signature or amendment.
    decision_changed = Signal(object)
    #: Milliseconds after the last change before the draft is written.
    DRAFT_DELAY_MS = 500

    def __init__(
        self,
        db: Database,
        actor: Callable[[], str],
        errors: ErrorPresenter,
        parent: QWidget | None = None,
        *,
        drafts: DecisionDraftStore | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("decisionForm")
        self.db = db
        self._actor = actor
        self.errors = errors
        self.drafts = drafts
        #: Whether the form shows a draft brought back from the draft store.
        self.draft_restored = False
        # Filling the form from the database is not typing: no draft is written meanwhile.
        self._filling = False
        self._draft_failed = False
        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(self.DRAFT_DELAY_MS)
        self.draft_timer.timeout.connect(self.keep_draft)
        self.detail: MeetingDetail | None = None
        self.item: AgendaItem | None = None
        self.decision: Decision | None = None
        self.amending = False
        self.sign_dialog: SignDialog | None = None

        self.state = QLabel(self)
        self.state.setObjectName("decisionState")
        self.state.setWordWrap(True)
        # The suggestion and the evidence to cite: shown beside the fields, never filling them.
        self.evidence = EvidencePanel(db, errors, self)
        self.recommendation = QComboBox(self)
        self.recommendation.setObjectName("recommendation")
        # No recommendation is preselected: a decision is never recorded by default.
        self.recommendation.addItem(QCoreApplication.translate("Meetings", "Choose…"), None)
        for value in Recommendation:
            self.recommendation.addItem(label(value), value.value)
        self.recommendation.currentIndexChanged.connect(self._recommendation_changed)
        self.procedure = QLineEdit(self)
        self.procedure.setObjectName("procedure")
        self.procedure.setPlaceholderText(
            QCoreApplication.translate("Meetings", "e.g. Pancreatoduodenectomy with SMV resection")
        )
        self.other = QLineEdit(self)
        self.other.setObjectName("otherRecommendation")
        self.intent = QComboBox(self)
        self.intent.setObjectName("intent")
        for intent in Intent:
            self.intent.addItem(label(intent), intent.value)
        self.rationale = QPlainTextEdit(self)
        self.rationale.setObjectName("rationale")
        self.rationale.setTabChangesFocus(True)
        self.rationale.setMaximumHeight(110)
        self.guideline = QLineEdit(self)
        self.guideline.setObjectName("guideline")
        self.guideline.setPlaceholderText(
            QCoreApplication.translate("Meetings", "e.g. NCCN Pancreatic Adenocarcinoma, PANC-3")
        )
        self.trial = QComboBox(self)
        self.trial.setObjectName("trial")
        for eligibility in TrialEligibility:
            self.trial.addItem(label(eligibility), eligibility.value)
        self.trial_reference = QLineEdit(self)
        self.trial_reference.setObjectName("trialReference")
        self.trial_reference.setPlaceholderText(QCoreApplication.translate("Meetings", "Trial"))
        self.staging = QLineEdit(self)
        self.staging.setObjectName("staging")
        self.dissent = QPlainTextEdit(self)
        self.dissent.setObjectName("dissent")
        self.dissent.setTabChangesFocus(True)
        self.dissent.setMaximumHeight(70)
        self.participants = QListWidget(self)
        self.participants.setObjectName("participants")
        self.participants.setMaximumHeight(110)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("amendmentReason")
        self.reason.setPlaceholderText(
            QCoreApplication.translate("Meetings", "Why the signed decision is changed")
        )
        self.reason_label = QLabel(
            QCoreApplication.translate("Meetings", "Reason for amendment"), self
        )

        trial_row = QHBoxLayout()
        trial_row.addWidget(self.trial)
        trial_row.addWidget(self.trial_reference, 1)
        form = QFormLayout()
        # In a narrow column (the presentation at large type) a field goes under its label
        # instead of pushing the form wider than its column.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(QCoreApplication.translate("Meetings", "Recommendation"), self.recommendation)
        form.addRow(QCoreApplication.translate("Meetings", "Procedure"), self.procedure)
        form.addRow(QCoreApplication.translate("Meetings", "Other"), self.other)
        form.addRow(QCoreApplication.translate("Meetings", "Intent"), self.intent)
        form.addRow(QCoreApplication.translate("Meetings", "Rationale"), self.rationale)
        form.addRow(QCoreApplication.translate("Meetings", "Guideline"), self.guideline)
        form.addRow(QCoreApplication.translate("Meetings", "Clinical trial"), trial_row)
        form.addRow(QCoreApplication.translate("Meetings", "Staging"), self.staging)
        form.addRow(QCoreApplication.translate("Meetings", "Dissent"), self.dissent)
        form.addRow(QCoreApplication.translate("Meetings", "Participants"), self.participants)
        form.addRow(self.reason_label, self.reason)

        self.save_button = QPushButton(QCoreApplication.translate("Meetings", "Save draft"), self)
        self.save_button.setObjectName("saveDecision")
        self.save_button.clicked.connect(self.save)
        self.sign_button = QPushButton(QCoreApplication.translate("Meetings", "Sign off…"), self)
        self.sign_button.setObjectName("signDecision")
        self.sign_button.clicked.connect(self.ask_signature)
        self.amend_button = QPushButton(QCoreApplication.translate("Meetings", "Amend…"), self)
        self.amend_button.setObjectName("amendDecision")
        self.amend_button.clicked.connect(self.start_amendment)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.sign_button)
        buttons.addWidget(self.amend_button)
        buttons.addStretch(1)

        actions = QGroupBox(QCoreApplication.translate("Meetings", "Action items"), self)
        self.action_items = QTableWidget(0, 4, actions)
        self.action_items.setObjectName("actionItems")
        self.action_items.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("Meetings", "Action"),
                QCoreApplication.translate("Meetings", "Owner"),
                QCoreApplication.translate("Meetings", "Due"),
                QCoreApplication.translate("Meetings", "Status"),
            ]
        )
        self.action_items.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.action_items.verticalHeader().setVisible(False)
        self.action_items.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.action_items.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.action_items.setMaximumHeight(130)
        self.action_text = QLineEdit(actions)
        self.action_text.setObjectName("actionDescription")
        self.action_text.setPlaceholderText(QCoreApplication.translate("Meetings", "Action"))
        self.action_owner = QLineEdit(actions)
        self.action_owner.setObjectName("actionOwner")
        self.action_owner.setPlaceholderText(QCoreApplication.translate("Meetings", "Owner"))
        self.action_due = QDateEdit(QDate.currentDate().addDays(7), actions)
        self.action_due.setObjectName("actionDue")
        self.action_due.setCalendarPopup(True)
        self.action_due.setDisplayFormat("yyyy-MM-dd")
        add_action = QPushButton(QCoreApplication.translate("Meetings", "Add"), actions)
        add_action.setObjectName("addAction")
        add_action.clicked.connect(self.add_action)
        done_action = QPushButton(QCoreApplication.translate("Meetings", "Done / reopen"), actions)
        done_action.setObjectName("toggleAction")
        done_action.clicked.connect(self.toggle_action)
        # Two rows (what, who; when and the buttons) so the form fits the presentation's
        # column at large type without scrolling sideways.
        action_row = QHBoxLayout()
        action_row.addWidget(self.action_text, 3)
        action_row.addWidget(self.action_owner, 2)
        button_row = QHBoxLayout()
        button_row.addWidget(self.action_due)
        button_row.addStretch(1)
        button_row.addWidget(add_action)
        button_row.addWidget(done_action)
        action_layout = QVBoxLayout(actions)
        action_layout.addWidget(self.action_items)
        action_layout.addLayout(action_row)
        action_layout.addLayout(button_row)

        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.evidence)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(actions)
        layout.addStretch(1)
        self._action_ids: list[int] = []
        #: The version of each listed action item (handed back when it is ticked off).
        self._action_versions: list[int] = []
        self._watch_for_drafts()
        self._show()

    @property
    def actor(self) -> str:
        """User name of whoever works at the workstation now."""
        return self._actor()

    # --- loading ----------------------------------------------------------------------

    @property
    def editable(self) -> bool:
        """Whether the form may be changed now (a case is shown and its decision is not frozen,
        or is being amended)."""
        decision = self.decision
        return self.item is not None and (
            decision is None or not decision.is_signed or self.amending
        )

    def set_item(self, detail: MeetingDetail | None, item: AgendaItem | None) -> None:
        """Show the decision of ``item`` (a case on ``detail``'s agenda), or nothing.

        What was typed for the case shown before is kept as its draft first; a draft kept
        earlier for ``item`` is shown again over its decision.
        """
        self.flush_draft()
        self.detail, self.item = detail, item
        self.amending = False
        self.decision = (
            decision_service.current_decision(self.db, item.id) if item is not None else None
        )
        draft = self._stored_draft()
        self.amending = draft is not None and draft.amending
        # An action typed for one case must not be added to the next one.
        self._filling = True
        try:
            self.action_text.clear()
            self.action_owner.clear()
            self.action_due.setDate(QDate.currentDate().addDays(7))
        finally:
            self._filling = False
        self._show(draft)

    def _show(self, draft: DecisionDraft | None = None) -> None:
        self._filling = True
        try:
            self._show_filled(draft)
        finally:
            self._filling = False

    def _show_filled(self, draft: DecisionDraft | None) -> None:
        decision = self.decision
        self._fill_participants(decision)
        if decision is not None:
            self._fill(decision.content)
        else:
            self._fill(None)
        if draft is not None:
            self._apply_draft(draft)
        self.draft_restored = draft is not None
        signed = decision is not None and decision.is_signed
        editable = self.item is not None and (not signed or self.amending)
        for widget in (
            self.recommendation,
            self.intent,
            self.trial,
            self.participants,
        ):
            widget.setEnabled(editable)
        for line in (
            self.procedure,
            self.other,
            self.guideline,
            self.trial_reference,
            self.staging,
            self.reason,
        ):
            line.setReadOnly(not editable)
        self.rationale.setReadOnly(not editable)
        self.dissent.setReadOnly(not editable)
        self._recommendation_changed()
        self.reason.setVisible(self.amending)
        self.reason_label.setVisible(self.amending)
        self.save_button.setEnabled(editable)
        self.save_button.setText(
            QCoreApplication.translate("Meetings", "Save amendment")
            if self.amending
            else QCoreApplication.translate("Meetings", "Save draft")
        )
        self.sign_button.setEnabled(decision is not None and not signed and not self.amending)
        self.amend_button.setEnabled(signed and not self.amending)
        state = self._state_text()
        if self.draft_restored:
            state += " " + QCoreApplication.translate(
                "Meetings", "Unsaved changes typed earlier are shown again."
            )
        self.state.setText(state)
        self.evidence.show_for(
            self.item.case_id if self.item is not None else None,
            decision,
            editable=editable,
            amending=self.amending,
        )
        self._show_actions()

    def _state_text(self) -> str:
        decision = self.decision
        if self.item is None:
            return QCoreApplication.translate("Meetings", "Choose a case on the agenda.")
        if self.amending:
            return QCoreApplication.translate(
                "Meetings", "Amending decision #{id}: change what was decided and give the reason."
            ).format(id=decision.id if decision else "")
        if decision is None:
            return QCoreApplication.translate(
                "Meetings", "No decision yet: fill in the form and save the draft."
            )
        prefix = ""
        if decision.amends_id is not None:
            prefix = QCoreApplication.translate(
                "Meetings", "Amendment of decision #{id} ({reason}). "
            ).format(id=decision.amends_id, reason=decision.amendment_reason)
        if decision.is_signed and decision.signed_at is not None:
            return prefix + QCoreApplication.translate(
                "Meetings", "Signed off by {who} on {when}; frozen."
            ).format(
                who=decision.signed_by,
                when=decision.signed_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC"),
            )
        return prefix + QCoreApplication.translate(
            "Meetings", "Draft #{id}: not signed yet."
        ).format(id=decision.id)

    def _fill(self, content: DecisionContent | None) -> None:
        default_staging = self.item.staging if self.item is not None else ""
        if content is None:
            self.recommendation.setCurrentIndex(0)
            self.procedure.clear()
            self.other.clear()
            self.intent.setCurrentIndex(0)
            self.rationale.clear()
            self.guideline.clear()
            self.trial.setCurrentIndex(0)
            self.trial_reference.clear()
            self.staging.setText(default_staging)
            self.dissent.clear()
            self.reason.clear()
            return
        self.recommendation.setCurrentIndex(
            self.recommendation.findData(content.recommendation.value)
        )
        self.procedure.setText(content.procedure)
        self.other.setText(content.other)
        self.intent.setCurrentIndex(self.intent.findData(content.intent.value))
        self.rationale.setPlainText(content.rationale)
        self.guideline.setText(content.guideline_reference)
        self.trial.setCurrentIndex(self.trial.findData(content.trial_eligibility.value))
        self.trial_reference.setText(content.trial_reference)
        self.staging.setText(content.staging or default_staging)
        self.dissent.setPlainText(content.dissent)
        self.reason.clear()

    def _fill_participants(self, decision: Decision | None) -> None:
        self.participants.clear()
        names: list[str] = []
        if self.detail is not None:
            names = [a.name for a in self.detail.attendees]
        chosen = set(decision.content.participants) if decision is not None else None
        if decision is not None:
            names += [n for n in decision.content.participants if n not in names]
        taking_part = (
            {a.name for a in self.detail.attendees if a.attendance.takes_part}
            if self.detail is not None
            else set()
        )
        for name in names:
            entry = QListWidgetItem(name, self.participants)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = name in chosen if chosen is not None else name in taking_part
            entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def refresh_attendees(self, detail: MeetingDetail) -> None:
        """Attendance changed: offer the new list of participants (keeps what was ticked)."""
        ticked = set(self.participant_names())
        self.detail = detail
        if self.decision is not None and self.decision.is_signed and not self.amending:
            return
        known = {self.participants.item(i).text() for i in range(self.participants.count())}
        self._filling = True
        try:
            self._fill_participants(None)
            for i in range(self.participants.count()):
                entry = self.participants.item(i)
                if entry.text() in known:
                    entry.setCheckState(
                        Qt.CheckState.Checked if entry.text() in ticked else Qt.CheckState.Unchecked
                    )
        finally:
            self._filling = False

    def _recommendation_changed(self) -> None:
        data = self.recommendation.currentData()
        value = Recommendation(data) if data else None
        self.procedure.setEnabled(value is Recommendation.UPFRONT_RESECTION)
        self.other.setEnabled(value is Recommendation.OTHER)

    def participant_names(self) -> list[str]:
        """Names ticked as taking part."""
        return [
            self.participants.item(i).text()
            for i in range(self.participants.count())
            if self.participants.item(i).checkState() == Qt.CheckState.Checked
        ]

    def content(self) -> DecisionContent:
        """The form as a validated :class:`DecisionContent`.

        Raises
        ------
        ValidationError
            If something required is missing.
        """
        if not self.recommendation.currentData():
            raise ValidationError(Message("Choose the recommendation."))
        recommendation = Recommendation(self.recommendation.currentData())
        # Only the field that belongs to the chosen recommendation is kept.
        resection = recommendation is Recommendation.UPFRONT_RESECTION
        other = recommendation is Recommendation.OTHER
        return DecisionContent(
            recommendation=recommendation,
            rationale=self.rationale.toPlainText(),
            procedure=self.procedure.text() if resection else "",
            other=self.other.text() if other else "",
            intent=Intent(self.intent.currentData()),
            guideline_reference=self.guideline.text(),
            trial_eligibility=TrialEligibility(self.trial.currentData()),
            trial_reference=self.trial_reference.text(),
            staging=self.staging.text(),
            dissent=self.dissent.toPlainText(),
            participants=tuple(self.participant_names()),
        )

    # --- actions ----------------------------------------------------------------------

    def save(self) -> Decision | None:
        """Store the form: a new draft, an edited draft, or an amendment."""
        if self.item is None:
            return None
        try:
            content = self.content()
            evidence = self.evidence.request()
            if self.amending and self.decision is not None:
                stored = decision_service.amend_decision(
                    self.db,
                    self.decision.id,
                    content,
                    self.reason.text(),
                    self.actor,
                    evidence=evidence,
                )
            elif self.decision is None:
                stored = decision_service.record_decision(
                    self.db,
                    self.item.case_id,
                    content,
                    self.actor,
                    agenda_item_id=self.item.id,
                    evidence=evidence,
                )
            else:
                stored = decision_service.update_draft(
                    self.db,
                    self.decision.id,
                    content,
                    self.actor,
                    evidence=evidence,
                    # A draft changed at another workstation since it was shown is refused;
                    # the form keeps what was typed (and its draft file).
                    expected_version=self.decision.version,
                )
        except Exception as exc:
            self.errors.present(exc)
            return None
        # Recorded: the draft has served its purpose.
        self.draft_timer.stop()
        if self.drafts is not None:
            self.drafts.clear(self.item.id)
        self.decision, self.amending = stored, False
        self._show()
        self.decision_changed.emit(stored)
        return stored

    def ask_signature(self) -> SignDialog | None:
        """Save the draft, then ask who signs and their PIN (non-blocking dialog)."""
        if self.decision is None or self.decision.is_signed:
            return None
        if self.save() is None:
            return None
        chair = self.detail.meeting.chair if self.detail is not None else ""
        try:
            users = list_users(self.db)
            without = {
                u.username for u in users if not user_secrets.has_secret(self.db, u.username)
            }
        except CasereviewError as exc:
            self.errors.present(exc)
            return None
        dialog = SignDialog(users, chair, self.actor, without, self)
        dialog.submitted.connect(
            lambda username, secret, new_secret: self._sign_from_dialog(
                dialog, username, secret, new_secret
            )
        )
        dialog.open()
        self.sign_dialog = dialog
        return dialog

    def _sign_from_dialog(
        self, dialog: SignDialog, username: str, secret: str, new_secret: str
    ) -> None:
        """Set the signer's first PIN if they chose one, then sign; a refusal stays in the
        dialog so the PIN can be typed again."""
        try:
            if new_secret:
                user_secrets.set_secret(self.db, username, new_secret, self.actor)
                dialog.secret_was_set(username)
                secret = new_secret
            self._signed(self._sign_as(username, secret))
        except CasereviewError as exc:
            dialog.refuse(exc)
            return
        except Exception as exc:
            self.errors.present(exc)
            return
        dialog.accept()

    def sign(self, signer: str, secret: str) -> Decision | None:
        """Sign the current draft as the user ``signer``, confirmed by their PIN ``secret``."""
        try:
            signed = self._sign_as(signer, secret)
        except Exception as exc:
            self.errors.present(exc)
            return None
        if signed is not None:
            self._signed(signed)
        return signed

    def _sign_as(self, signer: str, secret: str) -> Decision | None:
        if self.decision is None:
            return None
        # Nobody signs a text they did not see: a draft changed elsewhere since is refused.
        return decision_service.sign_decision(
            self.db,
            self.decision.id,
            signer,
            self.actor,
            secret=secret,
            expected_version=self.decision.version,
        )

    def _signed(self, signed: Decision | None) -> None:
        if signed is None:
            return
        self.decision = signed
        self._show()
        self.decision_changed.emit(signed)

    def start_amendment(self) -> None:
        """Make the signed decision's content editable as an amendment."""
        if self.decision is None or not self.decision.is_signed:
            return
        self.amending = True
        self._show()
        self.reason.setFocus()

    def _show_actions(self) -> None:
        self.action_items.setRowCount(0)
        self._action_ids = []
        self._action_versions = []
        if self.item is None:
            return
        for action in decision_service.action_items(self.db, [self.item.id]):
            row = self.action_items.rowCount()
            self.action_items.insertRow(row)
            due = action.due.isoformat() if action.due else "—"
            for column, text in enumerate(
                (action.description, action.owner, due, label(action.status))
            ):
                self.action_items.setItem(row, column, QTableWidgetItem(text))
            self._action_ids.append(action.id)
            self._action_versions.append(action.version)

    def add_action(self) -> None:
        """Add the action typed below the list."""
        if self.item is None:
            return
        try:
            draft = ActionItemDraft(
                self.action_text.text(),
                self.action_owner.text(),
                self.action_due.date().toPython(),  # type: ignore[arg-type]  # PySide6 types toPython() as object; a QDate gives a date
            )
            decision_service.add_action_item(self.db, self.item.id, draft, self.actor)
        except Exception as exc:
            self.errors.present(exc)
            return
        self.action_text.clear()
        self.action_owner.clear()
        self._show_actions()

    def toggle_action(self) -> None:
        """Mark the selected action done, or open again."""
        row = self.action_items.currentRow()
        if row < 0 or row >= len(self._action_ids):
            return
        cell = self.action_items.item(row, 3)
        current = cell.text() if cell is not None else ""
        status = ActionStatus.OPEN if current == label(ActionStatus.DONE) else ActionStatus.DONE
        try:
            decision_service.set_action_status(
                self.db,
                self._action_ids[row],
                status,
                self.actor,
                expected_version=self._action_versions[row],
            )
        except Exception as exc:
            self.errors.present(exc)
            return
        self._show_actions()

    # --- drafts -----------------------------------------------------------------------

    def _draft_texts(self) -> list[QLineEdit | QPlainTextEdit]:
        return [
            self.procedure,
            self.other,
            self.rationale,
            self.guideline,
            self.trial_reference,
            self.staging,
            self.dissent,
            self.reason,
            self.action_text,
            self.action_owner,
        ]

    def _draft_choices(self) -> list[QComboBox]:
        return [self.recommendation, self.intent, self.trial]

    def _watch_for_drafts(self) -> None:
        for text in self._draft_texts():
            text.textChanged.connect(self._typed)
            text.installEventFilter(self)
        for choice in self._draft_choices():
            choice.currentIndexChanged.connect(self._typed)
            choice.installEventFilter(self)
        self.participants.itemChanged.connect(self._typed)
        self.action_due.dateChanged.connect(self._typed)
        self.action_due.installEventFilter(self)

    def _typed(self, *_: object) -> None:
        if self._filling or self.drafts is None or not self.editable:
            return
        self.draft_timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keep the draft at once when a field loses the focus; the event goes on unchanged."""
        if event.type() == QEvent.Type.FocusOut:
            self.flush_draft()
        return super().eventFilter(watched, event)

    def hideEvent(self, event: QHideEvent) -> None:
        """The form is closing or being hidden: keep what was typed."""
        self.flush_draft()
        super().hideEvent(event)

    def flush_draft(self) -> None:
        """Write a pending draft now rather than when the typing pause ends."""
        if self.draft_timer.isActive():
            self.draft_timer.stop()
            self.keep_draft()

    def current_draft(self) -> DecisionDraft:
        """What the form holds now, as a draft."""
        values = {text.objectName(): _text_of(text) for text in self._draft_texts()}
        for choice in self._draft_choices():
            data = choice.currentData()
            values[choice.objectName()] = str(data) if data else ""
        values[self.action_due.objectName()] = self.action_due.date().toString(
            Qt.DateFormat.ISODate
        )
        return DecisionDraft(
            based_on=self.decision.id if self.decision is not None else None,
            amending=self.amending,
            values=values,
            ticked=tuple(self.participant_names()),
        )

    def keep_draft(self) -> None:
        """Write what the form holds as the draft of the case shown."""
        if self.drafts is None or self.item is None or not self.editable:
            return
        try:
            self.drafts.save(self.item.id, self.current_draft())
        except Exception as exc:
            # Shown once: a full disk must not bring up a dialog at every keystroke.
            if not self._draft_failed:
                self._draft_failed = True
                self.errors.present(exc)

    def _stored_draft(self) -> DecisionDraft | None:
        """The kept draft of the case shown, if it still fits its decision."""
        if self.drafts is None or self.item is None:
            return None
        draft = self.drafts.load(self.item.id)
        if draft is None:
            return None
        decision = self.decision
        if draft.based_on != (decision.id if decision is not None else None):
            return None  # the decision changed since (saved or signed elsewhere)
        signed = decision is not None and decision.is_signed
        return draft if draft.amending == signed else None

    def _apply_draft(self, draft: DecisionDraft) -> None:
        values = draft.values
        for text in self._draft_texts():
            if text.objectName() in values:
                _set_text(text, values[text.objectName()])
        for choice in self._draft_choices():
            wanted = values.get(choice.objectName())
            if wanted is not None:
                index = choice.findData(wanted) if wanted else 0
                choice.setCurrentIndex(max(index, 0))
        due = QDate.fromString(values.get(self.action_due.objectName(), ""), Qt.DateFormat.ISODate)
        if due.isValid():
            self.action_due.setDate(due)
        ticked = set(draft.ticked)
        for i in range(self.participants.count()):
            entry = self.participants.item(i)
            entry.setCheckState(
                Qt.CheckState.Checked if entry.text() in ticked else Qt.CheckState.Unchecked
            )


def _text_of(widget: QLineEdit | QPlainTextEdit) -> str:
    return widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()


def _set_text(widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    if isinstance(widget, QLineEdit):
        widget.setText(text)
    else:
        widget.setPlainText(text)
