"""The banner above the viewers while in a session: who drives, take control, follow.

It says "Dr X (Hôpital …) is driving" or "You are driving", offers Take control (the
presenter takes it at once, the others ask), Hand back control for a participant driving,
the Follow / Look around switch with Snap back, and the connection to the relay. Its colours
are set explicitly (white on dark blue, or on dark green while driving) so it reads the same
in the light and the dark theme.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from casereview.joint.client import ConnectionState
from casereview.joint.protocol import ControlMode, ControlState

_STYLE = """
QFrame#jointBanner {{ background: {background}; border-radius: 4px; }}
QFrame#jointBanner QLabel {{ color: #ffffff; background: transparent; }}
QFrame#jointBanner QLabel#jointConnection {{ color: {connection}; font-weight: bold; }}
QFrame#jointBanner QPushButton {{
    color: #10233b; background: #f2f5f9; border: 1px solid #c8d2de; border-radius: 3px;
    padding: 3px 10px;
}}
QFrame#jointBanner QPushButton:checked {{ background: #ffd25e; border-color: #d9a600; }}
QFrame#jointBanner QPushButton:disabled {{ color: #6c7a89; background: #d5dbe2; }}
"""
#: Banner background while someone else drives, while we drive, while not connected.
FOLLOWING_BG = "#1d4e89"
DRIVING_BG = "#1e6b3a"
LOST_BG = "#8a3b12"


class SessionBanner(QFrame):
    """Who drives the session, and the buttons to take control and to follow."""

    #: The user wants control (presenter: take it back; others: ask for it).
    take_control_requested = Signal()
    #: A participant driving hands control back to the presenter.
    release_requested = Signal()
    #: Follow (``True``) or look around (``False``).
    following_requested = Signal(bool)
    #: Leave the session.
    leave_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("jointBanner")
        self.status = QLabel(self)
        self.status.setObjectName("jointDriver")
        font = self.status.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.status.setFont(font)
        self.hint = QLabel(self)
        self.hint.setObjectName("jointHint")
        self.connection = QLabel(self)
        self.connection.setObjectName("jointConnection")
        self.take_button = QPushButton(
            QCoreApplication.translate("JointBanner", "Take control"), self
        )
        self.take_button.setObjectName("jointTakeControl")
        self.take_button.clicked.connect(self.take_control_requested)
        self.release_button = QPushButton(
            QCoreApplication.translate("JointBanner", "Hand back control"), self
        )
        self.release_button.setObjectName("jointReleaseControl")
        self.release_button.clicked.connect(self.release_requested)
        self.look_button = QPushButton(
            QCoreApplication.translate("JointBanner", "Look around"), self
        )
        self.look_button.setObjectName("jointLookAround")
        self.look_button.setCheckable(True)
        self.look_button.setToolTip(
            QCoreApplication.translate(
                "JointBanner", "Stop following to look at the case on your own; the session goes on"
            )
        )
        self.look_button.toggled.connect(lambda on: self.following_requested.emit(not on))
        self.snap_button = QPushButton(QCoreApplication.translate("JointBanner", "Snap back"), self)
        self.snap_button.setObjectName("jointSnapBack")
        self.snap_button.setToolTip(
            QCoreApplication.translate(
                "JointBanner", "Show again what the driver shows, and follow"
            )
        )
        self.snap_button.clicked.connect(lambda: self.following_requested.emit(True))
        self.leave_button = QPushButton(QCoreApplication.translate("JointBanner", "Leave"), self)
        self.leave_button.setObjectName("jointLeave")
        self.leave_button.clicked.connect(self.leave_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.addWidget(self.status)
        layout.addWidget(self.hint, 1)
        for widget in (
            self.connection,
            self.take_button,
            self.release_button,
            self.look_button,
            self.snap_button,
            self.leave_button,
        ):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignVCenter)
        self._driving = False
        self._presenting = False
        self._following = True
        self._requested = False
        self._connection = ConnectionState.CONNECTED
        self._driver_text = ""
        self._open = False
        self._refresh()

    def show_control(
        self,
        control: ControlState | None,
        *,
        driver_name: str,
        driver_institution: str,
        driving: bool,
        presenting: bool,
    ) -> None:
        """Say who drives now."""
        self._driving, self._presenting = driving, presenting
        if driving:
            self._requested = False
        if control is None:
            self._driver_text = QCoreApplication.translate("JointBanner", "Joining the session…")
        elif driving:
            self._driver_text = QCoreApplication.translate("JointBanner", "You are driving")
        elif driver_institution:
            self._driver_text = QCoreApplication.translate(
                "JointBanner", "{name} ({institution}) is driving"
            ).format(name=driver_name, institution=driver_institution)
        else:
            self._driver_text = QCoreApplication.translate(
                "JointBanner", "{name} is driving"
            ).format(name=driver_name)
        self._open = control is not None and control.mode is ControlMode.OPEN
        self._refresh()

    def show_following(self, following: bool) -> None:
        """Follow or look around (as the session has it now)."""
        self._following = following
        self._refresh()

    def show_requested(self, requested: bool) -> None:
        """Whether our request for control waits for an answer."""
        self._requested = requested
        self._refresh()

    def show_connection(self, state: ConnectionState) -> None:
        """The connection to the relay."""
        self._connection = state
        self._refresh()

    @property
    def driver_text(self) -> str:
        """What the banner says about who drives."""
        return self._driver_text

    def _refresh(self) -> None:
        connected = self._connection is ConnectionState.CONNECTED
        background = DRIVING_BG if self._driving else FOLLOWING_BG
        if not connected:
            background = LOST_BG
        self.setStyleSheet(
            _STYLE.format(background=background, connection="#ffffff" if connected else "#ffd25e")
        )
        self.status.setText(self._driver_text)
        if self._driving:
            hint = QCoreApplication.translate("JointBanner", "everyone sees what you show")
        elif self._requested:
            hint = QCoreApplication.translate(
                "JointBanner", "you asked for control; waiting for an answer"
            )
        elif not self._following:
            hint = QCoreApplication.translate("JointBanner", "you are looking around on your own")
        elif self._open:
            hint = QCoreApplication.translate(
                "JointBanner", "control is open: the first to take it drives"
            )
        else:
            hint = QCoreApplication.translate("JointBanner", "you follow")
        self.hint.setText("— " + hint)
        self.connection.setText(
            {
                ConnectionState.CONNECTED: QCoreApplication.translate("JointBanner", "Connected"),
                ConnectionState.RECONNECTING: QCoreApplication.translate(
                    "JointBanner", "Connection lost, reconnecting…"
                ),
                ConnectionState.CLOSED: QCoreApplication.translate("JointBanner", "Left"),
            }[self._connection]
        )
        self.take_button.setVisible(not self._driving)
        self.take_button.setEnabled(connected and not self._requested)
        self.take_button.setText(
            QCoreApplication.translate("JointBanner", "Take control")
            if self._presenting
            else (
                QCoreApplication.translate("JointBanner", "Control asked for")
                if self._requested
                else QCoreApplication.translate("JointBanner", "Ask for control")
            )
        )
        self.release_button.setVisible(self._driving and not self._presenting)
        self.look_button.setVisible(not self._driving)
        self.look_button.blockSignals(True)
        self.look_button.setChecked(not self._following)
        self.look_button.blockSignals(False)
        self.snap_button.setVisible(not self._driving and not self._following)
