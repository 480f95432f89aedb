"""The audit viewer says what verification found: here, records deleted from the end (issue 14)."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from casereview.app.context import AppContext
from casereview.domain.audit import AuditAction
from casereview.store.repositories import AuditRepository
from casereview.ui.errors import ErrorPresenter
from casereview.ui.meetings.audit_viewer import AuditViewer
from casereview.ui.tasks import TaskRunner

pytestmark = pytest.mark.gui


def test_viewer_names_the_records_missing_after_the_newest_kept(
    context: AppContext, qtbot: QtBot
) -> None:
    with context.db.writing() as session:
        for number in range(5):
            AuditRepository(session).append(AuditAction.CASE_VIEWED, "case", number, None)
    connection = sqlite3.connect(context.paths.database)
    try:
        ids = [row[0] for row in connection.execute("SELECT id FROM audit_events ORDER BY id")]
        connection.execute("DROP TRIGGER audit_events_no_delete")
        connection.execute("DELETE FROM audit_events WHERE id > ?", (ids[-3],))
        connection.commit()
    finally:
        connection.close()

    parent = QWidget()
    qtbot.addWidget(parent)
    errors = ErrorPresenter(parent)
    viewer = AuditViewer(context.db, context.user.username, TaskRunner(parent, errors), errors)
    qtbot.addWidget(viewer)
    task = viewer.verify()
    qtbot.waitUntil(lambda: task.done, timeout=60_000)
    assert f"2 records are missing after record #{ids[-3]}" in viewer.result_label.text()
