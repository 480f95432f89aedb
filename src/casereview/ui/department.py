"""The department database in the GUI: changes from other workstations, and edit conflicts.

On a PostgreSQL database shared by several workstations, :func:`install` starts a
:class:`~casereview.store.notifications.ChangeListener` (its own connection and thread). What it
hears is marshalled to the UI thread, gathered for :data:`COALESCE_MS` so that a burst (an
import, a package merge) becomes one refresh, and published through ``shell.publish`` like the
record of a local operation: every open view reloads what it shows. Our own writes come back
too; the views refresh idempotently and an editor holding unsaved text keeps it
(``ui.meetings.meeting_details`` and ``ui.meetings.agenda_item_editor``). On SQLite nothing is
installed.

:class:`ConflictBar` is what an editor shows when its save met someone else's
(:class:`~casereview.errors.EditConflictError`): the message, a Reload button that brings their
version in beside the user's text (:func:`merge_fields`), and Save again.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from casereview.domain.changes import NO_CHANGES, Changes
from casereview.store.notifications import ChangeListener, supports_notifications
from casereview.ui.meetings.autosave import AutoSave
from casereview.ui.shell_protocol import Shell

log = logging.getLogger(__name__)

#: Changes heard within this many milliseconds are published together.
COALESCE_MS = 200


class DepartmentLink(QObject):
    """Hands the listener's changes to the shell on the UI thread, one publish per burst.

    Parameters
    ----------
    shell
        Where the changes are published.
    listener
        Started by :meth:`start`; its callbacks run on its own thread and only emit signals.
    """

    #: A :class:`Changes` record heard (emitted from the listener's thread, queued).
    heard = Signal(object)
    #: Whether the listener is connected (emitted from the listener's thread, queued).
    connection_changed = Signal(bool)

    def __init__(self, shell: Shell, url: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.pending: Changes = NO_CHANGES
        #: Publishes made (one per burst).
        self.published = 0
        self.connected = False
        self.stopped = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(COALESCE_MS)
        self.timer.timeout.connect(self._publish)
        self.heard.connect(self._gather, Qt.ConnectionType.QueuedConnection)
        self.connection_changed.connect(self._show_connection, Qt.ConnectionType.QueuedConnection)
        self.listener = ChangeListener(url, self.heard.emit, self.connection_changed.emit)

    def start(self) -> None:
        """Start listening."""
        self.listener.start()

    def stop(self) -> None:
        """Stop listening (the window is closing); changes still queued are dropped."""
        self.stopped = True
        self.timer.stop()
        self.listener.stop()

    def _gather(self, changes: Changes) -> None:
        if self.stopped:
            return  # queued before the window closed: nothing may start reading any more
        self.pending = self.pending | changes
        if not self.timer.isActive():
            self.timer.start()

    def _publish(self) -> None:
        changes, self.pending = self.pending, NO_CHANGES
        if changes and not self.stopped:
            self.published += 1
            self.shell.publish(changes)

    def _show_connection(self, connected: bool) -> None:
        if connected == self.connected:
            return
        self.connected = connected
        if connected:
            text = QCoreApplication.translate(
                "Department", "Connected to the department database: changes show at once."
            )
        else:
            text = QCoreApplication.translate(
                "Department",
                "Lost the connection to the department database; reconnecting. Changes made "
                "elsewhere show once it is back.",
            )
        self.shell.show_status(text, 8000)


def install(shell: Shell) -> None:
    """Follow the other workstations' changes when the database is a department PostgreSQL."""
    db = shell.context.db
    if not supports_notifications(db.url):
        return
    link = DepartmentLink(shell, db.url, shell.as_widget())
    shell.closing.connect(link.stop)
    link.start()
    log.info("following department changes")


def merge_fields(
    base: Mapping[str, str], mine: Mapping[str, str], theirs: Mapping[str, str]
) -> tuple[dict[str, str], list[str]]:
    """Bring someone else's saved values into an editor without losing what the user typed.

    Parameters
    ----------
    base
        The values the editor was loaded with.
    mine
        What the editor holds now (the user's unsaved text).
    theirs
        What is stored now.

    Returns
    -------
    tuple
        The values the editor shows next (theirs where the user changed nothing, the user's
        where only the user changed something or both typed the same) and the names of the
        fields both changed differently: there the user's text stays and theirs is shown
        beside it.
    """
    merged: dict[str, str] = {}
    clashes: list[str] = []
    for name, stored in theirs.items():
        typed = mine.get(name, stored)
        loaded = base.get(name, stored)
        if typed == loaded or typed == stored:
            merged[name] = stored
        elif stored == loaded:
            merged[name] = typed
        else:
            merged[name] = typed
            clashes.append(name)
    return merged, clashes


class ConflictBar(QFrame):
    """Says that a save met someone else's change, keeps the user's text, offers Reload.

    After :meth:`show_conflict` the bar shows the message and Reload; after the editor merged
    their version in, :meth:`show_theirs` lists their text of the fields both changed, and
    Save again stores the user's.
    """

    #: The user asked to see the other version.
    reload_requested = Signal()
    #: The user, having seen theirs, saves their own text again.
    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#conflictBar { background: #fff4e5; border: 1px solid #b26a00; border-radius: 4px; }"
        )
        self.message = QLabel(self)
        self.message.setObjectName("conflictMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #7a3e00; font-weight: bold;")
        self.theirs = QLabel(self)
        self.theirs.setObjectName("conflictTheirs")
        self.theirs.setWordWrap(True)
        self.theirs.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.theirs.setTextFormat(Qt.TextFormat.PlainText)
        self.theirs.hide()
        self.reload = QPushButton(QCoreApplication.translate("Department", "Reload"), self)
        self.reload.setObjectName("conflictReload")
        self.reload.setToolTip(
            QCoreApplication.translate(
                "Department",
                "Show what was saved at the other workstation; what you typed stays",
            )
        )
        self.reload.clicked.connect(self.reload_requested)
        self.save_again = QPushButton(
            QCoreApplication.translate("Department", "Save mine again"), self
        )
        self.save_again.setObjectName("conflictSaveAgain")
        self.save_again.clicked.connect(self.save_requested)
        self.save_again.hide()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reload)
        buttons.addWidget(self.save_again)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.message)
        layout.addWidget(self.theirs)
        layout.addLayout(buttons)
        self.hide()

    def show_conflict(self, text: str) -> None:
        """Show the (translated) conflict message with Reload."""
        self.message.setText(text)
        self.theirs.hide()
        self.save_again.hide()
        self.reload.show()
        self.show()
        self._reveal()

    def show_theirs(self, rows: list[tuple[str, str]]) -> None:
        """After a reload: their text of the fields both changed (label, text), and Save again.

        With no such field their version is in the editor already and the bar closes.
        """
        if not rows:
            self.clear()
            return
        self.message.setText(
            QCoreApplication.translate(
                "Department",
                "Their version is shown where you had not typed. Where you both typed, your "
                "text is in the editor and theirs is below: combine them, then save again.",
            )
        )
        self.theirs.setText(
            "\n".join(
                QCoreApplication.translate("Department", "Theirs — {field}: {text}").format(
                    field=label, text=text or "—"
                )
                for label, text in rows
            )
        )
        self.theirs.show()
        self.reload.hide()
        self.save_again.show()
        self.show()
        self._reveal()

    def _reveal(self) -> None:
        """Scroll the bar into view: the editor may sit low in a scrolled column."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        content = parent.widget() if parent is not None else None
        if parent is not None and content is not None:
            # Vertically only, from the left edge: the message must be read from its start.
            top = self.mapTo(content, QPoint(0, 0)).y()
            parent.ensureVisible(0, top + self.height() // 2, 0, self.height() // 2 + 12)

    def clear(self) -> None:
        """Hide the bar (saved, or another item is shown)."""
        self.message.clear()
        self.theirs.clear()
        self.hide()


def settle_merge(
    bar: ConflictBar,
    autosave: AutoSave,
    names: Mapping[str, str],
    merged: Mapping[str, str],
    clashes: list[str],
    theirs: Mapping[str, str],
) -> None:
    """After a reload that merged theirs into an editor: show their text where both typed,
    and hold the save until the user combines them; else save what only the user changed."""
    bar.show_theirs([(names[name], theirs[name]) for name in clashes])
    if clashes:
        autosave.hold(QCoreApplication.translate("Meetings", "Not saved: yours and theirs differ"))
    elif dict(merged) != dict(theirs):
        autosave.edited()  # only yours changed: saved at the pause
