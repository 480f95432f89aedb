"""The agenda of the meeting shown: its cases in order, and the buttons that change it.

A change of the order is saved against the version of the meeting the user saw, so an agenda
changed at another workstation meanwhile is not reordered blindly; after any change (or a
refusal) the Meetings window reads the meeting again and shows the stored order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casereview.domain.cases import Case
from casereview.domain.meetings import AgendaItem, MeetingDetail
from casereview.services import meetings as meeting_service
from casereview.ui.context import WorkstationContext
from casereview.ui.errors import ErrorPresenter
from casereview.ui.meetings.labels import label

#: Item data role holding an agenda item's id.
AGENDA_ITEM_ROLE = Qt.ItemDataRole.UserRole


def agenda_text(item: AgendaItem) -> str:
    """An agenda row: position, case, status and whether its preparation is complete."""
    mark = "✓" if item.prepared else "…"
    return f"{item.position + 1}. {item.case_title}  [{label(item.status)}] {mark}"


class AgendaList(QListWidget):
    """The agenda: one row per case, reordered by dragging (or the Up/Down buttons)."""

    #: Emitted with the agenda item ids in their new order after a drag.
    reordered = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaList")
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.model().rowsMoved.connect(lambda *_: self.reordered.emit(self.item_ids()))

    def item_ids(self) -> list[int]:
        """Agenda item ids top to bottom."""
        return [self.item(row).data(AGENDA_ITEM_ROLE) for row in range(self.count())]

    def current_item_id(self) -> int | None:
        """The id of the selected agenda item."""
        entry = self.currentItem()
        return None if entry is None else entry.data(AGENDA_ITEM_ROLE)

    def show_items(self, items: Sequence[AgendaItem], selected: int | None) -> None:
        """Show ``items`` in order, with ``selected`` (an id) the current row if listed."""
        self.clear()
        for item in items:
            entry = QListWidgetItem(agenda_text(item), self)
            entry.setData(AGENDA_ITEM_ROLE, item.id)
            if item.id == selected:
                self.setCurrentItem(entry)

    def select_item(self, item_id: int | None) -> None:
        """Make the row of ``item_id`` the current one."""
        for row in range(self.count()):
            if self.item(row).data(AGENDA_ITEM_ROLE) == item_id:
                self.setCurrentRow(row)

    def show_stored(self, item: AgendaItem) -> None:
        """Show ``item`` as stored now (its status and preparation) in its row."""
        for row in range(self.count()):
            entry = self.item(row)
            if entry.data(AGENDA_ITEM_ROLE) == item.id:
                entry.setText(agenda_text(item))


class AgendaBox(QGroupBox):
    """The agenda list with the case to add and the Up, Down and Remove buttons.

    Parameters
    ----------
    context
        The application (database, current user).
    shown
        Gives the meeting the window shows (``None``: none, and nothing changes).
    errors
        Where a refusal is shown.
    settle
        Saves what was typed in the meeting details; whether they are saved (the order is
        saved against the meeting's version, so the details' own conflict comes first).
    """

    #: Emitted with a meeting id and the agenda item id to select (or ``None``) when the
    #: meeting must be read again: after a change, and after a refused one.
    reload_requested = Signal(int, object)

    def __init__(
        self,
        context: WorkstationContext,
        shown: Callable[[], MeetingDetail | None],
        errors: ErrorPresenter,
        settle: Callable[[], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(QCoreApplication.translate("Meetings", "Agenda (drag to reorder)"), parent)
        self.context = context
        self._shown = shown
        self.errors = errors
        self._settle = settle
        self._filling = False
        self.agenda = AgendaList(self)
        self.agenda.reordered.connect(self._dragged)
        self.case_choice = QComboBox(self)
        self.case_choice.setObjectName("caseChoice")
        add_case = QPushButton(QCoreApplication.translate("Meetings", "Add case"), self)
        add_case.setObjectName("addCase")
        add_case.clicked.connect(self.add_chosen_case)
        up = QPushButton(QCoreApplication.translate("Meetings", "Up"), self)
        up.setObjectName("moveUp")
        up.clicked.connect(lambda: self.move_current(-1))
        down = QPushButton(QCoreApplication.translate("Meetings", "Down"), self)
        down.setObjectName("moveDown")
        down.clicked.connect(lambda: self.move_current(1))
        remove = QPushButton(QCoreApplication.translate("Meetings", "Remove"), self)
        remove.setObjectName("removeCase")
        remove.clicked.connect(self.remove_current)
        add_row = QHBoxLayout()
        add_row.addWidget(self.case_choice, 1)
        add_row.addWidget(add_case)
        move_row = QHBoxLayout()
        move_row.addWidget(up)
        move_row.addWidget(down)
        move_row.addWidget(remove)
        move_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.agenda, 1)
        layout.addLayout(move_row)
        layout.addLayout(add_row)

    @property
    def actor(self) -> str:
        """User name of whoever works at the workstation now."""
        return self.context.user.username

    def _run(self, change: Callable[[], object]) -> bool:
        """Apply a change through the services; show a refusal instead of raising."""
        try:
            change()
        except Exception as exc:
            self.errors.present(exc)
            return False
        return True

    def set_cases(self, cases: Sequence[Case]) -> None:
        """Offer ``cases`` to add to the agenda."""
        self.case_choice.clear()
        for case in cases:
            self.case_choice.addItem(f"#{case.id} {case.title}", case.id)

    def show_items(self, items: Sequence[AgendaItem], selected: int | None) -> None:
        """Show ``items`` in order, with ``selected`` (an id) the current row if listed."""
        self._filling = True
        try:
            self.agenda.show_items(items, selected)
        finally:
            self._filling = False

    def add_chosen_case(self) -> None:
        """Put the case chosen in the combo box at the end of the agenda."""
        case_id = self.case_choice.currentData()
        detail = self._shown()
        if detail is None or case_id is None:
            return
        meeting_id = detail.meeting.id
        added: list[int] = []
        if self._run(
            lambda: added.append(
                meeting_service.add_case(self.context.db, meeting_id, case_id, self.actor).id
            )
        ):
            self.reload_requested.emit(meeting_id, added[0])

    def move_current(self, offset: int) -> None:
        """Move the selected case up or down the agenda."""
        item_id = self.agenda.current_item_id()
        detail = self._shown()
        if detail is None or item_id is None:
            return
        if not self._settle():
            return  # the details' own conflict comes first
        detail = self._shown() or detail  # saving the details gave the meeting a new version
        version = detail.meeting.version
        if self._run(
            lambda: meeting_service.move_agenda_item(
                self.context.db, item_id, offset, self.actor, expected_version=version
            )
        ):
            self.reload_requested.emit(detail.meeting.id, item_id)

    def _dragged(self, order: list[int]) -> None:
        detail = self._shown()
        if detail is None or self._filling:
            return
        item_id = self.agenda.current_item_id()
        meeting_id = detail.meeting.id
        self._settle()
        detail = self._shown() or detail
        version = detail.meeting.version  # the order the user saw is this version's
        self._run(
            lambda: meeting_service.reorder_agenda(
                self.context.db, meeting_id, order, self.actor, expected_version=version
            )
        )
        # Reload either way: the list shows the stored order, also after a refusal.
        self.reload_requested.emit(meeting_id, item_id)

    def remove_current(self) -> None:
        """Take the selected case off the agenda."""
        item_id = self.agenda.current_item_id()
        detail = self._shown()
        if detail is None or item_id is None:
            return
        if self._run(
            lambda: meeting_service.remove_agenda_item(self.context.db, item_id, self.actor)
        ):
            self.reload_requested.emit(detail.meeting.id, None)
