"""The small dialog that asks, once, for the institution that sends this workstation's packages.

Every package names its sender; a partner who reads "not named" cannot tell who answers. The
name is remembered in the settings (Tools → Settings → Institution changes it later).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

#: Longest name kept: a received package's sender is stored with at most this many characters.
MAX_INSTITUTION_LENGTH = 128


class InstitutionDialog(QDialog):
    """Asks for this institution's name; OK only once a name is typed.

    Parameters
    ----------
    parent
        The window asking (the export dialog).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("institutionDialog")
        self.setWindowTitle(self.tr("Your institution"))
        explanation = QLabel(
            self.tr(
                "Every case package names the institution that sends it, so that partners know "
                "who answers them. Type the name of your hospital or department (never a "
                "patient's). It is remembered; you can change it in Tools → Settings."
            )
        )
        explanation.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("institutionName")
        self.name_edit.setMaxLength(MAX_INSTITUTION_LENGTH)
        self.name_edit.setPlaceholderText(self.tr("For example: West China Hospital, HPB Surgery"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(lambda _text: self._update())
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.name_edit)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._update()

    def institution(self) -> str:
        """The typed name, with runs of blanks made one."""
        return " ".join(self.name_edit.text().split())

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.institution()))

    def accept(self) -> None:
        """Close only with a name."""
        if self.institution():
            super().accept()
