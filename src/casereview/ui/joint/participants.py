"""The participants of the session: names, institutions, connection, who drives, who asks.

The presenter (or the participant driving) grants control from here too: a participant asking
for control is marked, and Grant control hands it to the selected one.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casereview.joint.protocol import ParticipantRole
from casereview.joint.state import Connection, Participant


def connection_text(connection: Connection) -> str:
    """A participant's connection in words."""
    return {
        Connection.CONNECTED: QCoreApplication.translate("JointParticipants", "connected"),
        Connection.LOST: QCoreApplication.translate("JointParticipants", "connection lost"),
        Connection.LEFT: QCoreApplication.translate("JointParticipants", "left"),
    }[connection]


class ParticipantsPanel(QWidget):
    """The list of participants, with Grant control for whoever asks."""

    #: Grant control to the participant of this id.
    grant_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("jointParticipants")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("jointParticipantList")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels(
            [
                QCoreApplication.translate("JointParticipants", "Participant"),
                QCoreApplication.translate("JointParticipants", "State"),
            ]
        )
        # Two lines a row (name over institution, connection over control): the dock stays
        # narrow beside the viewers.
        self.tree.setUniformRowHeights(False)
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setMinimumWidth(240)
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.grant_button = QPushButton(
            QCoreApplication.translate("JointParticipants", "Grant control"), self
        )
        self.grant_button.setObjectName("jointGrantControl")
        self.grant_button.setToolTip(
            QCoreApplication.translate(
                "JointParticipants", "Hand control to the selected participant"
            )
        )
        self.grant_button.clicked.connect(self._grant)
        self.session_label = QLabel(self)
        self.session_label.setObjectName("jointSessionId")
        self.session_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.session_label)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.grant_button)
        self._may_grant = False
        self._own_id = ""
        self._participants: tuple[Participant, ...] = ()
        self._selection_changed()

    def show_session(self, session_id: str, own_id: str) -> None:
        """Name the session (to read out with a code) and who we are."""
        self._own_id = own_id
        self.session_label.setText(
            QCoreApplication.translate("JointParticipants", "Session {session}").format(
                session=session_id
            )
        )

    def show_participants(self, participants: Sequence[Participant], may_grant: bool) -> None:
        """Show the list (presenter first); ``may_grant``: we present or drive."""
        selected = self.selected_id()
        self._participants = tuple(participants)
        self._may_grant = may_grant
        self.tree.clear()
        for participant in participants:
            name = participant.name
            if participant.participant_id == self._own_id:
                name = QCoreApplication.translate("JointParticipants", "{name} (you)").format(
                    name=name
                )
            control = []
            if participant.role is ParticipantRole.PRESENTER:
                control.append(QCoreApplication.translate("JointParticipants", "presents"))
            if participant.driving:
                control.append(QCoreApplication.translate("JointParticipants", "drives"))
            if participant.requesting:
                control.append(QCoreApplication.translate("JointParticipants", "asks for control"))
            who = f"{name}\n{participant.institution}" if participant.institution else name
            state = connection_text(participant.connection)
            if control:
                state += "\n" + " · ".join(control)
            item = QTreeWidgetItem([who, state])
            item.setData(0, Qt.ItemDataRole.UserRole, participant.participant_id)
            if participant.requesting or participant.driving:
                font = item.font(0)
                font.setBold(True)
                for column in range(2):
                    item.setFont(column, font)
            self.tree.addTopLevelItem(item)
            if participant.participant_id == selected:
                item.setSelected(True)
        if not self.tree.selectedItems():
            asking = [p for p in participants if p.requesting]
            if asking:
                self.select(asking[0].participant_id)
        self._selection_changed()

    def select(self, participant_id: str) -> None:
        """Select a participant in the list."""
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == participant_id:
                self.tree.setCurrentItem(item)

    def selected_id(self) -> str:
        """The selected participant's id ("" if none)."""
        items = self.tree.selectedItems()
        return str(items[0].data(0, Qt.ItemDataRole.UserRole)) if items else ""

    def _selection_changed(self) -> None:
        chosen = next(
            (p for p in self._participants if p.participant_id == self.selected_id()), None
        )
        self.grant_button.setEnabled(
            self._may_grant
            and chosen is not None
            and not chosen.driving
            and chosen.connection is Connection.CONNECTED
        )

    def _grant(self) -> None:
        chosen = self.selected_id()
        if chosen:
            self.grant_requested.emit(chosen)
