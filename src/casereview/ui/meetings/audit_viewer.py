"""The audit trail viewer: who did what, when, to which object, and whether the chain holds."""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casereview.domain.audit import AuditEvent
from casereview.domain.progress import CancelToken, ProgressReporter
from casereview.services import audit as audit_service
from casereview.store.database import Database
from casereview.ui.core_messages import translate_message
from casereview.ui.errors import ErrorPresenter
from casereview.ui.tasks import Task, TaskRunner


class AuditViewer(QDialog):
    """Lists the newest audit records (filterable) and verifies the hash chain.

    Parameters
    ----------
    db
        The open database.
    actor
        User name recorded as having used the audit log.
    tasks, errors
        The window's task runner and error presenter.
    """

    def __init__(
        self,
        db: Database,
        actor: str,
        tasks: TaskRunner,
        errors: ErrorPresenter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("auditViewer")
        self.setWindowTitle(QCoreApplication.translate("Meetings", "Audit trail"))
        self.db, self.actor, self.tasks, self.errors = db, actor, tasks, errors
        self.model = QStandardItemModel(0, 7, self)
        self.model.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("Meetings", "#"),
                QCoreApplication.translate("Meetings", "Time (UTC)"),
                QCoreApplication.translate("Meetings", "User"),
                QCoreApplication.translate("Meetings", "Action"),
                QCoreApplication.translate("Meetings", "DICOM event"),
                QCoreApplication.translate("Meetings", "Object"),
                QCoreApplication.translate("Meetings", "Details"),
            ]
        )
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.table = QTableView(self)
        self.table.setObjectName("auditTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("auditFilter")
        self.filter.setPlaceholderText(
            QCoreApplication.translate("Meetings", "Filter: user, action, object…")
        )
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.limit = QSpinBox(self)
        self.limit.setRange(50, 100_000)
        self.limit.setSingleStep(500)
        self.limit.setValue(1000)
        self.limit.setPrefix(QCoreApplication.translate("Meetings", "newest "))
        reload_button = QPushButton(QCoreApplication.translate("Meetings", "Reload"), self)
        reload_button.clicked.connect(self.reload)
        verify = QPushButton(QCoreApplication.translate("Meetings", "Verify chain"), self)
        verify.setObjectName("verifyChain")
        verify.clicked.connect(self.verify)
        self.result_label = QLabel(
            QCoreApplication.translate(
                "Meetings", "The chain has not been verified in this window."
            ),
            self,
        )
        self.result_label.setObjectName("chainResult")
        self.result_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.limit)
        top.addWidget(reload_button)
        top.addWidget(verify)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.result_label)
        layout.addWidget(buttons)
        self.resize(1100, 640)
        self.reload()

    def reload(self) -> None:
        """Read the newest records again."""
        try:
            events = audit_service.latest_events(self.db, self.limit.value())
        except Exception as exc:
            self.errors.present(exc)
            return
        self.show_events(events)

    def show_events(self, events: list[AuditEvent]) -> None:
        """Fill the table (newest first)."""
        self.model.removeRows(0, self.model.rowCount())
        for event in events:
            code, meaning = event.dicom_event
            values = [
                event.id,
                event.occurred_at.strftime("%Y-%m-%d %H:%M:%S"),
                event.username or "—",
                event.action.value,
                f"{meaning} ({code})",
                f"{event.entity_type} {event.entity_id}",
                json.dumps(event.details, ensure_ascii=False, sort_keys=True),
            ]
            row = []
            for value in values:
                item = QStandardItem()
                item.setData(value, Qt.ItemDataRole.DisplayRole)
                row.append(item)
            self.model.appendRow(row)
        self.table.resizeColumnsToContents()

    def verify(self) -> Task[audit_service.ChainVerification]:
        """Verify the whole hash chain off the UI thread and show the outcome."""
        db, actor = self.db, self.actor

        def work(
            progress: ProgressReporter, cancel: CancelToken
        ) -> audit_service.ChainVerification:
            result = audit_service.verify_audit_chain(db, progress=progress, cancel=cancel)
            audit_service.record_verification(db, result, actor)
            return result

        def show(result: audit_service.ChainVerification) -> None:
            if result.intact:
                self.result_label.setText(
                    QCoreApplication.translate(
                        "Meetings", "The audit trail is intact: {n} records verified."
                    ).format(n=result.records_checked)
                )
                self.result_label.setStyleSheet("color: #0a6b2e; font-weight: bold;")
            else:
                # The first bad record, how many records are missing after which one, or that
                # the database is an older copy: the core's sentence, translated.
                self.result_label.setText(translate_message(result.describe()))
                self.result_label.setStyleSheet("color: #b00020; font-weight: bold;")
            self.reload()

        return self.tasks.run(
            QCoreApplication.translate("Meetings", "Verifying the audit trail"), work, show
        )
