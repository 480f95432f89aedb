"""Send a case's results back to the hospital's archive: SR, SEG, key images, the outcome PDF.

The dialog lists what the case has to send (read off the UI thread), each result with its kind
and description, checked; the results of one kind go together (the core sends by kind, each
object made afresh). Send runs as a task with progress and Cancel through C-STORE or STOW-RS,
audited by the core; the outcome — how many the archive took and what it refused, and why —
stays in the dialog.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casereview.domain.pacs_nodes import DimseNode, WebNode
from casereview.domain.progress import CancelToken, ProgressReporter
from casereview.errors import CasereviewError, OperationCancelled
from casereview.messages import Message
from casereview.net.nodes import client_for, list_nodes
from casereview.net.query import SendOutcome
from casereview.services.pacs_results import CaseResult, ResultKind, case_results, send_case_results
from casereview.ui.core_messages import translate_message
from casereview.ui.pacs.common import after_task, node_kind
from casereview.ui.shell_protocol import Shell
from casereview.ui.tasks import Task

PacsNode = DimseNode | WebNode

#: Role of a result item: its :class:`ResultKind` value.
KIND_ROLE = Qt.ItemDataRole.UserRole + 1

#: How each kind is called in the list.
KIND_NAMES = {
    ResultKind.SR: "SR",
    ResultKind.SEG: "SEG",
    ResultKind.KOS: "KOS",
    ResultKind.PDF: "PDF",
}


@dataclass(frozen=True)
class ResultsListing:
    """The case's results, or why there are none to send."""

    results: list[CaseResult]
    problem: str = ""


class SendResultsDialog(QDialog):
    """Node chooser, the case's results as a checked list, Send, and the outcome.

    Parameters
    ----------
    shell
        The window (database, settings, task runner, user).
    case_id
        Internal id of the case whose results are sent.
    case_title
        The case's title, shown in the dialog's heading.
    """

    #: Emitted when the list of results is shown (tests wait on it).
    listed = Signal()
    #: Emitted when a send has ended (sent, refused, cancelled or failed).
    sent = Signal()

    def __init__(
        self, shell: Shell, case_id: int, case_title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pacsSendDialog")
        self.setWindowTitle(QCoreApplication.translate("Pacs", "Send results to PACS"))
        self.shell = shell
        self.case_id = case_id
        self.results: list[CaseResult] = []
        self.outcome: SendOutcome | None = None
        self.list_task: Task[ResultsListing] | None = None
        self.send_task: Task[SendOutcome] | None = None
        self._syncing = False

        heading = QLabel(
            QCoreApplication.translate("Pacs", "Results of case “{title}”").format(
                title=case_title
            ),
            self,
        )
        heading.setObjectName("sectionHeading")
        heading.setWordWrap(True)
        self.node_box = QComboBox(self)
        self.node_box.setObjectName("pacsSendNode")
        for node in list_nodes(shell.context.settings):
            self.node_box.addItem(f"{node.name} ({node_kind(node)})", node.name)
        remembered = shell.ui_state.value("pacs/lastSendNode", "", type=str)
        self.node_box.setCurrentIndex(max(self.node_box.findData(remembered), 0))
        self.result_list = QListWidget(self)
        self.result_list.setObjectName("pacsResultList")
        self.result_list.itemChanged.connect(self._item_changed)
        self.note = QLabel(
            QCoreApplication.translate(
                "Pacs",
                "The archive files them with the patient's study. Results of one kind are sent "
                "together.",
            ),
            self,
        )
        self.note.setWordWrap(True)
        self.outcome_label = QLabel(self)
        self.outcome_label.setObjectName("pacsSendOutcome")
        self.outcome_label.setWordWrap(True)
        self.outcome_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.send_button = QPushButton(QCoreApplication.translate("Pacs", "Send"), self)
        self.send_button.setObjectName("pacsSendButton")
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.send)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(QCoreApplication.translate("Pacs", "Send to"), self.node_box)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.result_list, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.outcome_label)
        layout.addWidget(buttons)
        self.resize(620, 460)
        self._update_buttons()
        self.load()

    # --- the results -------------------------------------------------------------------------

    def load(self) -> Task[ResultsListing]:
        """Read the case's results off the UI thread (the outcome PDF takes a moment)."""
        db, case_id = self.shell.context.db, self.case_id

        def work(progress: ProgressReporter, cancel: CancelToken) -> ResultsListing:
            progress(0, 0, Message("Reading the case's results"))
            try:
                return ResultsListing(case_results(db, case_id))
            except CasereviewError as exc:
                # "Nothing to send yet" is an answer for the dialog, not an error box.
                return ResultsListing([], translate_message(exc.message))

        self.outcome_label.setText(
            QCoreApplication.translate("Pacs", "Reading the case's results…")
        )
        task = self.shell.tasks.run(
            QCoreApplication.translate("Pacs", "Reading the case's results"),
            work,
            self._show_results,
            quiet=True,
        )
        self.list_task = task
        after_task(task, self, self._listing_finished)
        return task

    def _listing_finished(self) -> None:
        self.list_task = None
        self._update_buttons()
        self.listed.emit()

    def _show_results(self, listing: ResultsListing) -> None:
        self.results = listing.results
        self._syncing = True
        try:
            self.result_list.clear()
            for result in listing.results:
                item = QListWidgetItem(
                    f"{KIND_NAMES[result.kind]} — {translate_message(result.description)}"
                )
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsUserCheckable
                    | Qt.ItemFlag.ItemIsSelectable
                )
                item.setCheckState(Qt.CheckState.Checked)
                item.setData(KIND_ROLE, result.kind.value)
                self.result_list.addItem(item)
        finally:
            self._syncing = False
        self.outcome_label.setText(listing.problem)

    def _item_changed(self, changed: QListWidgetItem) -> None:
        if self._syncing:
            return
        # The results of one kind are sent together: their boxes move together.
        self._syncing = True
        try:
            for row in range(self.result_list.count()):
                item = self.result_list.item(row)
                if item is not changed and item.data(KIND_ROLE) == changed.data(KIND_ROLE):
                    item.setCheckState(changed.checkState())
        finally:
            self._syncing = False
        self._update_buttons()

    def checked_kinds(self) -> list[ResultKind]:
        """The kinds of result checked."""
        kinds = {
            ResultKind(self.result_list.item(row).data(KIND_ROLE))
            for row in range(self.result_list.count())
            if self.result_list.item(row).checkState() == Qt.CheckState.Checked
        }
        return [kind for kind in ResultKind if kind in kinds]

    def chosen_node(self) -> PacsNode | None:
        """The node chosen to send to."""
        name = self.node_box.currentData()
        return next((n for n in list_nodes(self.shell.context.settings) if n.name == name), None)

    def _update_buttons(self) -> None:
        self.send_button.setEnabled(
            self.list_task is None
            and self.send_task is None
            and self.chosen_node() is not None
            and bool(self.checked_kinds())
        )
        self.node_box.setEnabled(self.send_task is None)
        self.result_list.setEnabled(self.send_task is None)

    # --- send --------------------------------------------------------------------------------

    def send(self) -> Task[SendOutcome] | None:
        """Send the checked kinds of result to the chosen node, with progress and Cancel."""
        node = self.chosen_node()
        kinds = self.checked_kinds()
        if node is None or not kinds or self.send_task is not None:
            return None
        self.shell.ui_state.setValue("pacs/lastSendNode", node.name)
        context = self.shell.context
        db, keys, actor = context.db, context.paths.keys, context.user.username
        work_dir, case_id = context.paths.cache, self.case_id

        def work(progress: ProgressReporter, cancel: CancelToken) -> SendOutcome:
            client = client_for(node, keys)
            return send_case_results(
                db,
                client,
                case_id,
                actor,
                kinds=kinds,
                work_dir=work_dir,
                progress=progress,
                cancel=cancel,
            )

        title = QCoreApplication.translate("Pacs", "Sending results to {node}").format(
            node=node.name
        )
        self.outcome_label.setText(title + "…")
        task = self.shell.tasks.run(
            title, work, self._show_outcome, unit=QCoreApplication.translate("Pacs", "objects")
        )
        self.send_task = task
        after_task(task, self, lambda: self._send_finished(task))
        self._update_buttons()
        return task

    def _send_finished(self, task: Task[SendOutcome]) -> None:
        self.send_task = None
        if isinstance(task.error, OperationCancelled):
            self.outcome_label.setText(
                QCoreApplication.translate(
                    "Pacs",
                    "Sending was cancelled; what the archive took before the cancel stays there.",
                )
            )
        elif task.error is not None:
            reason = (
                translate_message(task.error.message)
                if isinstance(task.error, CasereviewError)
                else QCoreApplication.translate("Pacs", "an unexpected problem")
            )
            self.outcome_label.setText(
                QCoreApplication.translate("Pacs", "Nothing was sent: {reason}").format(
                    reason=reason
                )
            )
        self._update_buttons()
        self.sent.emit()

    def _show_outcome(self, outcome: SendOutcome) -> None:
        self.outcome = outcome
        node = self.chosen_node()
        name = node.name if node is not None else ""
        lines = [
            QCoreApplication.translate("Pacs", "Sent {n} of {total} to {node}.").format(
                n=len(outcome.sent), total=len(outcome.sent) + len(outcome.failures), node=name
            )
        ]
        if outcome.failures:
            lines.append(
                QCoreApplication.translate("Pacs", "Refused {m}:").format(m=len(outcome.failures))
            )
            for path, reason in outcome.failures:
                # The core names each file after its kind ("02-seg.dcm").
                kind = path.stem.partition("-")[2].upper() or path.name
                lines.append(f"• {kind}: {translate_message(reason)}")
        if outcome.cancelled:
            lines.append(
                QCoreApplication.translate(
                    "Pacs", "Cancelled: the results not offered yet were not sent."
                )
            )
        self.outcome_label.setText("\n".join(lines))
        self.shell.show_status(lines[0], 10000)
