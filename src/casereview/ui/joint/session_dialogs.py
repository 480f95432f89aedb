"""The Session menu's dialogs: start (and invite), show the invitation or code, join.

The dialogs only gather choices; the feature (:mod:`casereview.ui.features.joint`) does the
network work off the UI thread. A one-time code is shown large, with the session id, to be
read out on the phone; an invitation is one line to copy into a message to the partners.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from casereview.domain.settings import check_relay_url
from casereview.errors import CasereviewError
from casereview.joint.keys import PartnerKey
from casereview.ui.core_messages import translate_message

#: The relay suggested when the settings name none (``casereview-cli relay`` on this machine).
LOCAL_RELAY = "nats://127.0.0.1:4222"


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("jointDialogError")
    label.setWordWrap(True)
    label.setStyleSheet("QLabel { color: #b3261e; }")
    label.hide()
    return label


class PartnerChooser(QGroupBox):
    """The trusted partners (their key cards accepted) to invite, and a one-time code."""

    def __init__(self, partners: Sequence[PartnerKey], parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("JointDialogs", "Invite"), parent)
        self.partners = list(partners)
        self.list = QListWidget(self)
        self.list.setObjectName("jointPartners")
        for partner in self.partners:
            item = QListWidgetItem(partner.institution)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setToolTip(
                QCoreApplication.translate("JointDialogs", "Key fingerprint {fingerprint}").format(
                    fingerprint=partner.fingerprint
                )
            )
            self.list.addItem(item)
        empty = QLabel(
            QCoreApplication.translate(
                "JointDialogs",
                "No partner's key card is trusted yet (casereview-cli session trust CARD): "
                "invite with a one-time code.",
            ),
            self,
        )
        empty.setWordWrap(True)
        empty.setVisible(not self.partners)
        self.list.setVisible(bool(self.partners))
        self.code = QCheckBox(
            QCoreApplication.translate(
                "JointDialogs", "Make a one-time code to read out on the phone"
            ),
            self,
        )
        self.code.setObjectName("jointMakeCode")
        self.code.setChecked(not self.partners)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(empty)
        layout.addWidget(self.code)

    def chosen(self) -> list[PartnerKey]:
        """The partners ticked."""
        return [
            partner
            for index, partner in enumerate(self.partners)
            if self.list.item(index).checkState() == Qt.CheckState.Checked
        ]

    def check(self, institution: str) -> bool:
        """Tick a partner by institution name; whether it is in the list."""
        for index, partner in enumerate(self.partners):
            if partner.institution.casefold() == institution.casefold():
                self.list.item(index).setCheckState(Qt.CheckState.Checked)
                return True
        return False


class StartSessionDialog(QDialog):
    """Start a remote session for a case (or a meeting's agenda) exchanged as a package."""

    def __init__(
        self,
        what: str,
        packages: Sequence[str],
        partners: Sequence[PartnerKey],
        name: str,
        relay_url: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("jointStartDialog")
        self.setWindowTitle(QCoreApplication.translate("JointDialogs", "Start remote session"))
        self.packages = tuple(packages)
        intro = QLabel(
            QCoreApplication.translate(
                "JointDialogs",
                "Partners follow on their own screens, each from the copy of the case package "
                "they received; only the view travels, encrypted.",
            ),
            self,
        )
        intro.setWordWrap(True)
        shown = QLabel(what, self)
        shown.setObjectName("jointShows")
        shown.setWordWrap(True)
        self.name = QLineEdit(name, self)
        self.name.setObjectName("jointName")
        self.relay = QLineEdit(relay_url or LOCAL_RELAY, self)
        self.relay.setObjectName("jointRelay")
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("JointDialogs", "Shows"), shown)
        form.addRow(
            QCoreApplication.translate("JointDialogs", "Your name as others see it"), self.name
        )
        form.addRow(QCoreApplication.translate("JointDialogs", "Relay"), self.relay)
        self.invite = PartnerChooser(partners, self)
        self.error_label = _error_label(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("JointDialogs", "Start")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.invite)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def relay_url(self) -> str:
        """The relay, checked (raises :class:`~casereview.errors.ConfigurationError`)."""
        return check_relay_url(self.relay.text()) or LOCAL_RELAY

    def accept(self) -> None:
        """Close only with a valid relay, a name and someone to invite."""
        try:
            self.relay_url()
        except CasereviewError as exc:
            self._say(translate_message(exc.message))
            return
        if not self.name.text().strip():
            self._say(
                QCoreApplication.translate(
                    "JointDialogs", "Give your name as the others will see it."
                )
            )
            return
        if not self.invite.chosen() and not self.invite.code.isChecked():
            self._say(
                QCoreApplication.translate(
                    "JointDialogs", "Choose a partner to invite, or make a one-time code."
                )
            )
            return
        super().accept()

    def _say(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()


class InviteDialog(QDialog):
    """Invite more partners, or make another one-time code, for the running session."""

    def __init__(self, partners: Sequence[PartnerKey], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("jointInviteDialog")
        self.setWindowTitle(QCoreApplication.translate("JointDialogs", "Invite to the session"))
        self.invite = PartnerChooser(partners, self)
        self.invite.code.setChecked(True)
        self.error_label = _error_label(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("JointDialogs", "Invite")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.invite)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Close only with someone to invite."""
        if not self.invite.chosen() and not self.invite.code.isChecked():
            self.error_label.setText(
                QCoreApplication.translate(
                    "JointDialogs", "Choose a partner to invite, or make a one-time code."
                )
            )
            self.error_label.show()
            return
        super().accept()


class InvitationDialog(QDialog):
    """The session id and code to read out, and the invitation line to copy."""

    def __init__(
        self,
        session_id: str,
        code: str,
        invitation: str,
        institutions: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("jointInvitationDialog")
        self.setWindowTitle(
            QCoreApplication.translate("JointDialogs", "Invitation to the remote session")
        )
        layout = QVBoxLayout(self)
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        big = QFont(fixed)
        big.setPointSizeF(max(fixed.pointSizeF(), 10.0) * 2.2)
        big.setBold(True)
        if code:
            say = QLabel(
                QCoreApplication.translate(
                    "JointDialogs",
                    "Read out the session id and the code on the phone. The code opens one "
                    "join and lasts 10 minutes.",
                ),
                self,
            )
            say.setWordWrap(True)
            layout.addWidget(say)
            form = QFormLayout()
            self.session_label = QLabel(session_id, self)
            self.session_label.setObjectName("jointSessionIdLarge")
            self.code_label = QLabel(code, self)
            self.code_label.setObjectName("jointCodeLarge")
            for label in (self.session_label, self.code_label):
                label.setFont(big)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(QCoreApplication.translate("JointDialogs", "Session"), self.session_label)
            form.addRow(QCoreApplication.translate("JointDialogs", "Code"), self.code_label)
            layout.addLayout(form)
        self.invitation = QPlainTextEdit(invitation, self)
        self.invitation.setObjectName("jointInvitationText")
        self.invitation.setReadOnly(True)
        self.invitation.setFont(fixed)
        if invitation:
            send = QLabel(
                QCoreApplication.translate(
                    "JointDialogs", "Send this invitation to {institutions} (it opens only there):"
                ).format(institutions=", ".join(institutions)),
                self,
            )
            send.setWordWrap(True)
            layout.addWidget(send)
            layout.addWidget(self.invitation)
            copy = QPushButton(QCoreApplication.translate("JointDialogs", "Copy invitation"), self)
            copy.setObjectName("jointCopyInvitation")
            copy.clicked.connect(self.copy)
            layout.addWidget(copy, 0, Qt.AlignmentFlag.AlignLeft)
        else:
            self.invitation.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def copy(self) -> None:
        """Put the invitation on the clipboard."""
        QGuiApplication.clipboard().setText(self.invitation.toPlainText())


class JoinSessionDialog(QDialog):
    """Join with an invitation pasted here, or a session id and a code read out."""

    def __init__(self, name: str, relay_url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("jointJoinDialog")
        self.setWindowTitle(QCoreApplication.translate("JointDialogs", "Join remote session"))
        self.with_invitation = QRadioButton(
            QCoreApplication.translate("JointDialogs", "With an invitation"), self
        )
        self.with_invitation.setObjectName("jointWithInvitation")
        self.with_code = QRadioButton(
            QCoreApplication.translate("JointDialogs", "With a session id and a one-time code"),
            self,
        )
        self.with_code.setObjectName("jointWithCode")
        self.invitation = QPlainTextEdit(self)
        self.invitation.setObjectName("jointInvitationInput")
        self.invitation.setPlaceholderText(
            QCoreApplication.translate("JointDialogs", "Paste the invitation (casereview-invite:…)")
        )
        self.invitation.setFixedHeight(80)
        self.session = QLineEdit(self)
        self.session.setObjectName("jointSessionInput")
        self.session.setPlaceholderText(QCoreApplication.translate("JointDialogs", "ABCDE-FGHJK"))
        self.code = QLineEdit(self)
        self.code.setObjectName("jointCodeInput")
        self.name = QLineEdit(name, self)
        self.name.setObjectName("jointName")
        self.relay = QLineEdit(relay_url, self)
        self.relay.setObjectName("jointRelay")
        self.relay.setPlaceholderText(
            QCoreApplication.translate("JointDialogs", "the invitation's relay")
        )
        code_form = QFormLayout()
        code_form.addRow(QCoreApplication.translate("JointDialogs", "Session"), self.session)
        code_form.addRow(QCoreApplication.translate("JointDialogs", "Code"), self.code)
        form = QFormLayout()
        form.addRow(
            QCoreApplication.translate("JointDialogs", "Your name as others see it"), self.name
        )
        form.addRow(QCoreApplication.translate("JointDialogs", "Relay"), self.relay)
        self.error_label = _error_label(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("JointDialogs", "Join")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.with_invitation)
        layout.addWidget(self.invitation)
        layout.addWidget(self.with_code)
        layout.addLayout(code_form)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.with_invitation.toggled.connect(self._mode)
        self.with_invitation.setChecked(True)
        self._mode()
        self.resize(520, self.sizeHint().height())

    def _mode(self, *_: object) -> None:
        invited = self.with_invitation.isChecked()
        self.invitation.setEnabled(invited)
        self.session.setEnabled(not invited)
        self.code.setEnabled(not invited)

    def relay_url(self) -> str:
        """The relay typed ("" for the invitation's; raises on a malformed URL)."""
        return check_relay_url(self.relay.text())

    def accept(self) -> None:
        """Close only with what joining needs."""
        try:
            relay = self.relay_url()
        except CasereviewError as exc:
            self._say(translate_message(exc.message))
            return
        if not self.name.text().strip():
            self._say(
                QCoreApplication.translate(
                    "JointDialogs", "Give your name as the others will see it."
                )
            )
            return
        if self.with_invitation.isChecked() and not self.invitation.toPlainText().strip():
            self._say(
                QCoreApplication.translate("JointDialogs", "Paste the invitation you received.")
            )
            return
        if self.with_code.isChecked():
            if not self.session.text().strip() or not self.code.text().strip():
                self._say(
                    QCoreApplication.translate(
                        "JointDialogs", "Type the session id and the code the presenter read out."
                    )
                )
                return
            if not relay:
                self._say(
                    QCoreApplication.translate(
                        "JointDialogs",
                        "A code names no relay: type the relay's address (nats://host:port), "
                        "or set it in the Settings.",
                    )
                )
                return
        super().accept()

    def _say(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
