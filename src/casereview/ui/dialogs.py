"""Settings, About and New case dialogs."""

from __future__ import annotations

import platform

import pydicom
import SimpleITK
import sqlalchemy
import vtkmodules
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from casereview.domain.cases import CaseDraft
from casereview.domain.settings import Language, Settings
from casereview.domain.users import Role
from casereview.errors import CasereviewError
from casereview.services.info import InstallationInfo


def _tr(text: object) -> str:
    # ``QT_TRANSLATE_NOOP`` marks a str; its stub types the result as ``object``.
    return QCoreApplication.translate("Dialogs", str(text))


LANGUAGE_NAMES = {
    Language.ENGLISH: "English",
    Language.CHINESE_SIMPLIFIED: "中文（简体）",
    Language.FRENCH: "Français",
}

ROLE_NAMES = {
    Role.SURGEON: QT_TRANSLATE_NOOP("Dialogs", "Surgeon"),
    Role.RADIOLOGIST: QT_TRANSLATE_NOOP("Dialogs", "Radiologist"),
    Role.ONCOLOGIST: QT_TRANSLATE_NOOP("Dialogs", "Medical oncologist"),
    Role.RADIATION_ONCOLOGIST: QT_TRANSLATE_NOOP("Dialogs", "Radiation oncologist"),
    Role.PATHOLOGIST: QT_TRANSLATE_NOOP("Dialogs", "Pathologist"),
    Role.GASTROENTEROLOGIST: QT_TRANSLATE_NOOP("Dialogs", "Gastroenterologist"),
    Role.NURSE: QT_TRANSLATE_NOOP("Dialogs", "Nurse"),
    Role.COORDINATOR: QT_TRANSLATE_NOOP("Dialogs", "MDT coordinator"),
    Role.TRAINEE: QT_TRANSLATE_NOOP("Dialogs", "Trainee"),
    Role.OTHER: QT_TRANSLATE_NOOP("Dialogs", "Other"),
}


class SettingsDialog(QDialog):
    """Edits :class:`~casereview.domain.settings.Settings`; :meth:`result_settings` validates."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(QCoreApplication.translate("Dialogs", "Settings"))
        self._original = settings
        self.error_label = QLabel(self)
        self.error_label.setObjectName("settingsError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.language = QComboBox(self)
        for language, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, language.value)
        self.language.setCurrentIndex(self.language.findData(settings.language.value))
        self.institution = QLineEdit(settings.institution_name, self)
        self.user_name = QLineEdit(settings.user_name, self)
        self.display_name = QLineEdit(settings.user_display_name, self)
        self.role = QComboBox(self)
        for role, role_name in ROLE_NAMES.items():
            self.role.addItem(_tr(role_name), role.value)
        self.role.setCurrentIndex(self.role.findData(settings.user_role.value))
        self.hide_phi = QCheckBox(
            QCoreApplication.translate("Dialogs", "Hide patient identity when casereview starts"),
            self,
        )
        self.hide_phi.setChecked(settings.hide_phi_by_default)
        self.cache = QSpinBox(self)
        self.cache.setRange(256, 262144)
        self.cache.setSingleStep(256)
        self.cache.setSuffix(" MB")
        self.cache.setValue(settings.volume_cache_mb)
        self.relay_url = QLineEdit(settings.joint_relay_url, self)
        self.relay_url.setObjectName("jointRelayUrl")
        self.relay_url.setPlaceholderText(
            QCoreApplication.translate("Dialogs", "nats://relay.hospital.example:4222")
        )
        self.relay_url.setToolTip(
            QCoreApplication.translate(
                "Dialogs",
                "The hospital's relay for remote joint review (its NATS server, nats:// or "
                "tls://); leave empty to use the relay each invitation names",
            )
        )

        form = QFormLayout()
        form.addRow(
            QCoreApplication.translate("Dialogs", "Language (after restart)"), self.language
        )
        form.addRow(QCoreApplication.translate("Dialogs", "Institution"), self.institution)
        form.addRow(QCoreApplication.translate("Dialogs", "User name"), self.user_name)
        form.addRow(
            QCoreApplication.translate("Dialogs", "Name shown on reports"), self.display_name
        )
        form.addRow(QCoreApplication.translate("Dialogs", "Role"), self.role)
        form.addRow(QCoreApplication.translate("Dialogs", "Memory for open images"), self.cache)
        form.addRow("", self.hide_phi)
        form.addRow(
            QCoreApplication.translate("Dialogs", "Relay for remote sessions"), self.relay_url
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def result_settings(self) -> Settings:
        """The edited settings.

        Raises
        ------
        ConfigurationError
            If a value is invalid.
        """
        return self._original.with_changes(
            language=Language(self.language.currentData()),
            institution_name=self.institution.text().strip(),
            user_name=self.user_name.text().strip(),
            user_display_name=self.display_name.text().strip() or self.user_name.text().strip(),
            user_role=Role(self.role.currentData()),
            hide_phi_by_default=self.hide_phi.isChecked(),
            volume_cache_mb=self.cache.value(),
            joint_relay_url=self.relay_url.text().strip(),
        )

    def accept(self) -> None:
        """Close only when the values are valid; otherwise say what is wrong in place."""
        try:
            self.result_settings()
        except CasereviewError as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            return
        super().accept()


class AboutDialog(QDialog):
    """Version, components and where this installation keeps its data."""

    def __init__(self, info: InstallationInfo, log_file: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(QCoreApplication.translate("Dialogs", "About casereview"))
        text = QLabel(self)
        text.setObjectName("aboutText")
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        rows = [
            (QCoreApplication.translate("Dialogs", "Version"), info.version),
            (QCoreApplication.translate("Dialogs", "Data directory"), info.data_dir),
            (QCoreApplication.translate("Dialogs", "Database"), info.database_url),
            (QCoreApplication.translate("Dialogs", "Schema revision"), info.schema_revision),
            (QCoreApplication.translate("Dialogs", "Log file"), log_file),
            ("Python", platform.python_version()),
            ("Qt / PySide6", f"{qVersion()} / {pyside_version}"),
            ("VTK", vtkmodules.__version__),
            ("pydicom", pydicom.__version__),
            ("SimpleITK", SimpleITK.Version_VersionString()),
            ("SQLAlchemy", sqlalchemy.__version__),
        ]
        table = "".join(f"<tr><td><b>{k}</b>&nbsp;&nbsp;</td><td>{v}</td></tr>" for k, v in rows)
        text.setText(
            "<h2>casereview</h2><p>"
            + QCoreApplication.translate(
                "Dialogs", "Surgical case review and MDT meetings for hepatopancreatobiliary teams."
            )
            + "</p><p><i>"
            + QCoreApplication.translate(
                "Dialogs",
                "Not a medical device for primary diagnosis; decisions rest with the clinical team.",
            )
            + f"</i></p><table>{table}</table>"
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)


class NewCaseDialog(QDialog):
    """Title, clinical question and tags for a case made from the browser selection."""

    def __init__(
        self,
        patient_id: int,
        study_ids: tuple[int, ...],
        series_ids: tuple[int, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newCaseDialog")
        self.setWindowTitle(QCoreApplication.translate("Dialogs", "New case"))
        self._patient_id = patient_id
        self._study_ids = study_ids
        self._series_ids = series_ids
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(
            QCoreApplication.translate("Dialogs", "e.g. Pancreatic head mass, SMV contact")
        )
        self.question = QPlainTextEdit(self)
        self.question.setPlaceholderText(
            QCoreApplication.translate("Dialogs", "Question for the review or the MDT")
        )
        self.tags = QLineEdit(self)
        self.tags.setPlaceholderText(
            QCoreApplication.translate("Dialogs", "Comma-separated, e.g. pancreas, borderline")
        )
        self.error_label = QLabel(self)
        self.error_label.setObjectName("newCaseError")
        self.error_label.hide()
        summary = QLabel(
            QCoreApplication.translate(
                "Dialogs", "Selected — studies: {studies}, series: {series}"
            ).format(studies=len(study_ids), series=len(series_ids)),
            self,
        )
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("Dialogs", "Title"), self.title)
        form.addRow(QCoreApplication.translate("Dialogs", "Clinical question"), self.question)
        form.addRow(QCoreApplication.translate("Dialogs", "Tags"), self.tags)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def draft(self) -> CaseDraft:
        """The case to create.

        Raises
        ------
        ValidationError
            If the title is missing or too long, or a tag is too long.
        """
        return CaseDraft(
            patient_id=self._patient_id,
            title=self.title.text(),
            clinical_question=self.question.toPlainText().strip(),
            study_ids=self._study_ids,
            series_ids=self._series_ids,
            tags=tuple(self.tags.text().split(",")),
        )

    def accept(self) -> None:
        """Close only with a valid draft; otherwise say what is missing in place."""
        try:
            self.draft()
        except CasereviewError as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            return
        super().accept()
