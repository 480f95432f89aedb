"""The sign-off dialog: the signer picks themselves among the workstation's users and confirms
with their PIN or password (or chooses one first), before a decision is frozen.

The dialog only gathers the choice; whoever opens it checks the PIN (``services.user_secrets``
through ``services.decisions.sign_decision``) and either closes it or shows the refusal in it,
so a mistyped PIN is typed again without starting over.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from casereview.domain.users import MIN_SECRET_LENGTH, SignerNotConfirmedError, User
from casereview.errors import CasereviewError
from casereview.ui.core_messages import translate_message


def _secret_field(name: str, parent: QWidget) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    # A PIN never goes to the clipboard or an input method's memory.
    field.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
    return field


class SignDialog(QDialog):
    """Who signs, and their PIN: emits :attr:`submitted`; the opener calls :meth:`refuse` or
    :meth:`accept`.

    Parameters
    ----------
    users
        The workstation's users (the signer is one of them, never a typed name).
    chair
        The meeting's chair as written on the meeting: the user of that name is preselected.
    current
        User name of whoever works at the workstation (preselected when no user is the chair).
    without_secret
        User names of the users who have not chosen a PIN yet.
    """

    #: Emitted with (user name, PIN, new PIN) when Sign is pressed; the new PIN is "" unless
    #: the signer had none and chose one here.
    submitted = Signal(str, str, str)

    def __init__(
        self,
        users: list[User],
        chair: str,
        current: str,
        without_secret: set[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signDialog")
        self.setWindowTitle(QCoreApplication.translate("Meetings", "Sign off the decision"))
        self.setMinimumWidth(520)
        self.without_secret = set(without_secret)
        explanation = QLabel(
            QCoreApplication.translate(
                "Meetings",
                "Signing freezes the decision: it can no longer be changed, only amended with "
                "a reason. Sign as the chair of the meeting.",
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.signer = QComboBox(self)
        self.signer.setObjectName("signerChoice")
        wanted = chair.strip().casefold()
        chosen = -1
        for index, user in enumerate(users):
            self.signer.addItem(f"{user.display_name} ({user.username})", user.username)
            if wanted and wanted in {user.display_name.strip().casefold(), user.username}:
                chosen = index
            elif chosen < 0 and user.username == current and not wanted:
                chosen = index
        if chosen < 0:
            chosen = max(0, self.signer.findData(current))
        self.signer.setCurrentIndex(chosen)
        self.signer.currentIndexChanged.connect(self._signer_changed)

        self.secret = _secret_field("signerSecret", self)
        self.secret_label = QLabel(QCoreApplication.translate("Meetings", "PIN or password"), self)
        self.new_intro = QLabel(self)
        self.new_intro.setObjectName("newSecretIntro")
        self.new_intro.setWordWrap(True)
        self.new_secret = _secret_field("newSecret", self)
        self.new_label = QLabel(QCoreApplication.translate("Meetings", "New PIN or password"), self)
        self.repeat_secret = _secret_field("repeatSecret", self)
        self.repeat_label = QLabel(QCoreApplication.translate("Meetings", "The same again"), self)
        self.message = QLabel(self)
        self.message.setObjectName("signMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020; font-weight: bold;")
        self.message.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.sign_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_button.setText(QCoreApplication.translate("Meetings", "Sign"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        # After repeated wrong PINs the Sign button rests until the wait is over.
        self.wait_timer = QTimer(self)
        self.wait_timer.setSingleShot(True)
        self.wait_timer.timeout.connect(lambda: self.sign_button.setEnabled(True))

        self.form = QFormLayout()
        self.form.addRow(QCoreApplication.translate("Meetings", "Signed by"), self.signer)
        self.form.addRow(self.secret_label, self.secret)
        self.form.addRow(self.new_intro)
        self.form.addRow(self.new_label, self.new_secret)
        self.form.addRow(self.repeat_label, self.repeat_secret)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        # Height left over by wrapped text goes above the buttons, not between the rows.
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._signer_changed()

    @property
    def signer_username(self) -> str:
        """User name of the user picked as the signer."""
        return str(self.signer.currentData() or "")

    @property
    def choosing_secret(self) -> bool:
        """Whether the picked user has no PIN yet and chooses one here."""
        return self.signer_username in self.without_secret

    def _signer_changed(self) -> None:
        choosing = self.choosing_secret
        # Whole rows, so that a hidden row leaves no empty band behind.
        self.form.setRowVisible(self.secret, not choosing)
        for field in (self.new_intro, self.new_secret, self.repeat_secret):
            self.form.setRowVisible(field, choosing)
        name = self.signer.currentText().rsplit(" (", 1)[0]
        self.new_intro.setText(
            QCoreApplication.translate(
                "Meetings",
                "{name} has no PIN yet. {name} chooses one now (at least {count} characters or "
                "digits) and signs with it from then on; nobody else should type it.",
            ).format(name=name, count=MIN_SECRET_LENGTH)
        )
        self.message.hide()
        (self.new_secret if choosing else self.secret).setFocus()
        self.adjustSize()  # no empty band where the other fields were

    def submit(self) -> None:
        """Pass the choice on (the dialog stays open until the opener accepts it)."""
        if self.choosing_secret:
            new = self.new_secret.text()
            if new != self.repeat_secret.text():
                self._show_message(
                    QCoreApplication.translate(
                        "Meetings", "The two PINs differ; type the same new PIN twice."
                    )
                )
                self.repeat_secret.clear()
                self.repeat_secret.setFocus()
                return
            self.submitted.emit(self.signer_username, "", new)
        else:
            self.submitted.emit(self.signer_username, self.secret.text(), "")

    def secret_was_set(self, username: str) -> None:
        """``username`` chose a PIN here: from now on it is asked like everyone's."""
        self.without_secret.discard(username)
        self.new_secret.clear()
        self.repeat_secret.clear()
        self._signer_changed()

    def refuse(self, error: CasereviewError) -> None:
        """Show why signing was refused and let the signer try again (after any wait)."""
        self.secret.clear()
        self._show_message(translate_message(error.message))
        wait = error.retry_after if isinstance(error, SignerNotConfirmedError) else 0
        if wait:
            self.sign_button.setEnabled(False)
            self.wait_timer.start(wait * 1000)
        (self.new_secret if self.choosing_secret else self.secret).setFocus()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
