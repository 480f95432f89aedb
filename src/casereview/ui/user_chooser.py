"""Who is working: chosen at start (the workstation remembers the last choice) or switched later."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from casereview.domain.users import Role, User
from casereview.errors import ValidationError
from casereview.ui.dialogs import ROLE_NAMES


class UserChooser(QDialog):
    """Pick an existing user or create one; :meth:`chosen_user` returns the choice.

    Parameters
    ----------
    users
        The users of this installation.
    current
        User name the workstation remembers (pre-selected).
    ask_at_start
        State of the "ask at every start" box.
    """

    def __init__(
        self,
        users: list[User],
        current: str,
        ask_at_start: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("userChooser")
        self.setWindowTitle(QCoreApplication.translate("UserChooser", "Who is working?"))
        self.users = {u.username: u for u in users}
        intro = QLabel(
            QCoreApplication.translate(
                "UserChooser",
                "Everything you create and every case you open is recorded under the user "
                "chosen here.",
            ),
            self,
        )
        intro.setWordWrap(True)
        self.existing = QRadioButton(QCoreApplication.translate("UserChooser", "Known user"), self)
        self.list = QListWidget(self)
        self.list.setObjectName("userList")
        for user in users:
            text = f"{user.display_name} ({user.username})"
            entry = QListWidgetItem(text, self.list)
            entry.setData(Qt.ItemDataRole.UserRole, user.username)
            if user.username == current:
                self.list.setCurrentItem(entry)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.new = QRadioButton(QCoreApplication.translate("UserChooser", "New user"), self)
        new_box = QGroupBox(self)
        self.username = QLineEdit(new_box)
        self.username.setObjectName("newUserName")
        self.display_name = QLineEdit(new_box)
        self.display_name.setObjectName("newDisplayName")
        self.role = QComboBox(new_box)
        for role in Role:
            self.role.addItem(
                QCoreApplication.translate("Dialogs", str(ROLE_NAMES[role])), role.value
            )
        self.institution = QLineEdit(new_box)
        form = QFormLayout(new_box)
        form.addRow(QCoreApplication.translate("UserChooser", "User name"), self.username)
        form.addRow(QCoreApplication.translate("UserChooser", "Name shown"), self.display_name)
        form.addRow(QCoreApplication.translate("UserChooser", "Role"), self.role)
        form.addRow(QCoreApplication.translate("UserChooser", "Institution"), self.institution)
        self.username.textEdited.connect(lambda _t: self.new.setChecked(True))
        self.display_name.textEdited.connect(lambda _t: self.new.setChecked(True))
        self.ask = QCheckBox(QCoreApplication.translate("UserChooser", "Ask at every start"), self)
        self.ask.setObjectName("askAtStart")
        self.ask.setChecked(ask_at_start)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.existing)
        layout.addWidget(self.list)
        layout.addWidget(self.new)
        layout.addWidget(new_box)
        layout.addWidget(self.ask)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        (self.existing if users else self.new).setChecked(True)

    def chosen_user(self) -> User:
        """The user picked or typed.

        Raises
        ------
        ValidationError
            If a new user lacks a user name, or none is selected.
        """
        if self.existing.isChecked():
            entry = self.list.currentItem()
            if entry is None:
                raise ValidationError(
                    QCoreApplication.translate("UserChooser", "Choose a user from the list.")
                )
            return self.users[entry.data(Qt.ItemDataRole.UserRole)]
        username = self.username.text().strip()
        return User(
            0,
            username,
            self.display_name.text().strip() or username,
            Role(self.role.currentData()),
            institution=self.institution.text().strip(),
        )

    def accept(self) -> None:
        """Close only with a valid choice."""
        try:
            self.chosen_user()
        except ValidationError as exc:
            self.error.setText(str(exc))
            return
        super().accept()
