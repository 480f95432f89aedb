"""The Archive panel's search form: the archive to ask, the patient and study fields, Search.

The form only holds the fields and turns them into a :class:`~casereview.net.query.PacsQuery`;
the panel chooses the archives offered and runs the search.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from casereview.net.query import PacsQuery, QueryLevel

#: Modalities offered in the search (the field also takes any other code typed).
MODALITIES = ("", "CT", "MR", "PT", "NM", "US", "CR", "DX", "XA", "SEG", "SR", "KO", "DOC")


def _date(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


class SearchForm(QWidget):
    """The archive chooser and the search fields, with Search."""

    #: The user asked to search (Search, or Return in a text field).
    search_requested = Signal()
    #: The user asked for the PACS nodes dialog.
    nodes_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.node_box = QComboBox(self)
        self.node_box.setObjectName("pacsNode")
        self.no_node_hint = QLabel(
            QCoreApplication.translate(
                "Pacs", "No archive is set up yet. Add the hospital's PACS under PACS nodes…"
            ),
            self,
        )
        self.no_node_hint.setObjectName("emptyHint")
        self.no_node_hint.setWordWrap(True)
        self.nodes_button = QPushButton(QCoreApplication.translate("Pacs", "PACS nodes…"), self)
        self.nodes_button.setObjectName("pacsNodesButton")
        self.nodes_button.clicked.connect(self.nodes_requested)

        self.name_field = QLineEdit(self)
        self.name_field.setObjectName("pacsName")
        self.name_field.setPlaceholderText(
            QCoreApplication.translate("Pacs", "Name or its beginning; * and ? are wildcards")
        )
        self.patient_id_field = QLineEdit(self)
        self.patient_id_field.setObjectName("pacsPatientId")
        self.accession_field = QLineEdit(self)
        self.accession_field.setObjectName("pacsAccession")
        for field_widget in (self.name_field, self.patient_id_field, self.accession_field):
            field_widget.setClearButtonEnabled(True)
            field_widget.returnPressed.connect(self.search_requested)

        today = QDate.currentDate()
        self.date_from_check = QCheckBox(QCoreApplication.translate("Pacs", "From"), self)
        self.date_from_check.setObjectName("pacsFromCheck")
        self.date_from = QDateEdit(today.addMonths(-3), self)
        self.date_from.setObjectName("pacsFrom")
        self.date_to_check = QCheckBox(QCoreApplication.translate("Pacs", "To"), self)
        self.date_to_check.setObjectName("pacsToCheck")
        self.date_to = QDateEdit(today, self)
        self.date_to.setObjectName("pacsTo")
        for check, edit in (
            (self.date_from_check, self.date_from),
            (self.date_to_check, self.date_to),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")  # ISO dates: unambiguous in every language
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
        self.date_from_check.setToolTip(
            QCoreApplication.translate("Pacs", "Only studies on or after this date")
        )
        self.date_to_check.setToolTip(
            QCoreApplication.translate("Pacs", "Only studies on or before this date")
        )
        self.modality_box = QComboBox(self)
        self.modality_box.setObjectName("pacsModality")
        self.modality_box.setEditable(True)
        self.modality_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for code in MODALITIES:
            self.modality_box.addItem(code or QCoreApplication.translate("Pacs", "Any"), code)
        self.search_button = QPushButton(QCoreApplication.translate("Pacs", "Search"), self)
        self.search_button.setObjectName("pacsSearch")
        self.search_button.setDefault(True)
        self.search_button.clicked.connect(self.search_requested)

        node_row = QHBoxLayout()
        node_row.addWidget(self.node_box, 1)
        node_row.addWidget(self.nodes_button)
        dates = QHBoxLayout()
        for widget in (self.date_from_check, self.date_from, self.date_to_check, self.date_to):
            dates.addWidget(widget)
        dates.addStretch(1)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)  # the panel's margins frame it
        form.addRow(QCoreApplication.translate("Pacs", "Archive"), node_row)
        form.addRow("", self.no_node_hint)
        form.addRow(QCoreApplication.translate("Pacs", "Patient name"), self.name_field)
        form.addRow(QCoreApplication.translate("Pacs", "Patient ID"), self.patient_id_field)
        form.addRow(QCoreApplication.translate("Pacs", "Accession number"), self.accession_field)
        form.addRow(QCoreApplication.translate("Pacs", "Study date"), dates)
        modality_row = QHBoxLayout()
        modality_row.addWidget(self.modality_box)
        modality_row.addStretch(1)
        modality_row.addWidget(self.search_button)
        form.addRow(QCoreApplication.translate("Pacs", "Modality"), modality_row)

    def query(self) -> PacsQuery:
        """The study search the fields ask for.

        Raises
        ------
        ValidationError
            If a field is not acceptable (the message says which).
        """
        modality = self.modality_box.currentText().strip()
        if self.modality_box.currentIndex() == 0 and modality == self.modality_box.itemText(0):
            modality = ""  # "Any"
        return PacsQuery(
            level=QueryLevel.STUDY,
            patient_name=self.name_field.text().strip(),
            patient_id=self.patient_id_field.text().strip(),
            accession_number=self.accession_field.text().strip(),
            date_from=_date(self.date_from) if self.date_from_check.isChecked() else None,
            date_to=_date(self.date_to) if self.date_to_check.isChecked() else None,
            modality=modality,
        )
