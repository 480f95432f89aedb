"""The case and study browser: patients → studies → series, and the cases under review."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from casereview.domain.cases import Case, CaseStatus
from casereview.domain.index import PatientSummary

#: Item data roles carrying internal ids (never shown).
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


def _tr(text: str) -> str:
    return QCoreApplication.translate("Browser", text)


STATUS_TEXT = {
    CaseStatus.DRAFT: QT_TRANSLATE_NOOP("Browser", "Draft"),
    CaseStatus.IN_PREPARATION: QT_TRANSLATE_NOOP("Browser", "In preparation"),
    CaseStatus.READY_FOR_MDT: QT_TRANSLATE_NOOP("Browser", "Ready for MDT"),
    CaseStatus.DISCUSSED: QT_TRANSLATE_NOOP("Browser", "Discussed"),
    CaseStatus.CLOSED: QT_TRANSLATE_NOOP("Browser", "Closed"),
}


def _format_date(value: str) -> str:
    return f"{value[:4]}-{value[4:6]}-{value[6:8]}" if len(value) == 8 and value.isdigit() else value


def _format_name(dicom_name: str) -> str:
    family, _, rest = dicom_name.partition("^")
    given = rest.split("^")[0] if rest else ""
    return f"{family.strip()}, {given.strip()}" if given.strip() else family.strip()


def build_index_model(
    patients: Sequence[PatientSummary], *, hide_phi: bool, model: QStandardItemModel
) -> None:
    """Fill ``model`` with a patient → study → series tree.

    With ``hide_phi`` the patient's name, ID and birth date are replaced by "Patient N".
    """
    model.clear()
    model.setHorizontalHeaderLabels(
        [QCoreApplication.translate("Browser", "Patient / study / series"), QCoreApplication.translate("Browser", "ID / modality"), QCoreApplication.translate("Browser", "Date"), QCoreApplication.translate("Browser", "Images")]
    )
    for number, patient in enumerate(patients, start=1):
        if hide_phi:
            label, ident, born = QCoreApplication.translate("Browser", "Patient {n}").format(n=number), "•••", ""
        else:
            label = _format_name(patient.patient_name) or QCoreApplication.translate("Browser", "(no name)")
            ident, born = patient.patient_id, _format_date(patient.birth_date)
        image_total = sum(se.instance_count for st in patient.studies for se in st.series)
        row = [QStandardItem(label), QStandardItem(ident), QStandardItem(born),
               QStandardItem(str(image_total))]
        row[0].setData("patient", KIND_ROLE)
        row[0].setData(patient.id, ID_ROLE)
        for study in patient.studies:
            study_row = [
                QStandardItem(study.description or QCoreApplication.translate("Browser", "(study without description)")),
                QStandardItem(", ".join(sorted({se.modality for se in study.series if se.modality}))),
                QStandardItem(_format_date(study.study_date)),
                QStandardItem(str(sum(se.instance_count for se in study.series))),
            ]
            study_row[0].setData("study", KIND_ROLE)
            study_row[0].setData(study.id, ID_ROLE)
            for series in study.series:
                number_text = f"{series.series_number}: " if series.series_number is not None else ""
                series_row = [
                    QStandardItem(number_text + (series.description or QCoreApplication.translate("Browser", "(no description)"))),
                    QStandardItem(series.modality),
                    QStandardItem(""),
                    QStandardItem(str(series.instance_count)),
                ]
                series_row[0].setData("series", KIND_ROLE)
                series_row[0].setData(series.id, ID_ROLE)
                study_row[0].appendRow(series_row)
            row[0].appendRow(study_row)
        model.appendRow(row)
    for item_row in range(model.rowCount()):
        for column in range(model.columnCount()):
            item = model.item(item_row, column)
            if item is not None:
                item.setEditable(False)


def build_case_model(cases: Sequence[Case], model: QStandardItemModel) -> None:
    """Fill ``model`` with one row per case."""
    model.clear()
    model.setHorizontalHeaderLabels(
        [QCoreApplication.translate("Browser", "Case"), QCoreApplication.translate("Browser", "Status"), QCoreApplication.translate("Browser", "Tags"), QCoreApplication.translate("Browser", "Series"), QCoreApplication.translate("Browser", "Updated"), QCoreApplication.translate("Browser", "Author")]
    )
    for case in cases:
        row = [
            QStandardItem(case.title),
            QStandardItem(_tr(STATUS_TEXT[case.status])),
            QStandardItem(", ".join(case.tags)),
            QStandardItem(str(len(case.series_ids))),
            QStandardItem(case.updated_at.astimezone().strftime("%Y-%m-%d %H:%M")),
            QStandardItem(case.created_by),
        ]
        row[0].setData("case", KIND_ROLE)
        row[0].setData(case.id, ID_ROLE)
        row[0].setToolTip(case.clinical_question)
        for item in row:
            item.setEditable(False)
        model.appendRow(row)


class Browser(QWidget):
    """Studies on top, cases below; emits :attr:`selection_changed` when the selection moves."""

    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index_model = QStandardItemModel(self)
        self.case_model = QStandardItemModel(self)
        self.hide_phi = False
        self._patients: list[PatientSummary] = []

        self.index_view = QTreeView(self)
        self.index_view.setObjectName("studyTree")
        self.index_view.setModel(self.index_model)
        self.index_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.index_view.setUniformRowHeights(True)
        self.index_view.setAlternatingRowColors(True)
        self.index_view.selectionModel().selectionChanged.connect(self.selection_changed)

        self.case_view = QTableView(self)
        self.case_view.setObjectName("caseTable")
        self.case_view.setModel(self.case_model)
        self.case_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.case_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.case_view.verticalHeader().hide()
        self.case_view.setAlternatingRowColors(True)

        self.index_heading = QLabel(self)
        self.case_heading = QLabel(self)
        for heading in (self.index_heading, self.case_heading):
            heading.setObjectName("sectionHeading")
        self.index_empty_hint = QLabel(
            QCoreApplication.translate("Browser", "No imaging yet. Imported studies appear here."), self
        )
        self.index_empty_hint.setObjectName("emptyHint")

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.index_heading)
        top_layout.addWidget(self.index_view)
        top_layout.addWidget(self.index_empty_hint)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.case_heading)
        bottom_layout.addWidget(self.case_view)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("browserSplitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)

    def show_index(self, patients: Sequence[PatientSummary]) -> None:
        """Show the patients of the index (keeps the PHI setting)."""
        self._patients = list(patients)
        self._rebuild_index()

    def set_hide_phi(self, hide: bool) -> None:
        """Hide or show patient identity in the tree."""
        self.hide_phi = hide
        self._rebuild_index()

    def _rebuild_index(self) -> None:
        build_index_model(self._patients, hide_phi=self.hide_phi, model=self.index_model)
        self.index_view.expandToDepth(0)
        header = self.index_view.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        studies = sum(len(p.studies) for p in self._patients)
        self.index_heading.setText(
            QCoreApplication.translate("Browser", "Imaging — patients: {patients}, studies: {studies}").format(
                patients=len(self._patients), studies=studies
            )
        )
        self.index_empty_hint.setVisible(not self._patients)
        self.selection_changed.emit()

    def show_cases(self, cases: Sequence[Case]) -> None:
        """Show the cases under review."""
        build_case_model(cases, self.case_model)
        header = self.case_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.case_model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.case_heading.setText(QCoreApplication.translate("Browser", "Cases — {n}").format(n=len(cases)))

    def select_case(self, case_id: int) -> bool:
        """Select the row of ``case_id`` in the case table and its patient in the tree."""
        for row in range(self.case_model.rowCount()):
            index = self.case_model.index(row, 0)
            if index.data(ID_ROLE) == case_id:
                self.case_view.selectRow(row)
                self.case_view.scrollTo(index)
                return True
        return False

    def selected_case_id(self) -> int | None:
        """Internal id of the selected case, if any."""
        rows = self.case_view.selectionModel().selectedRows(0)
        return rows[0].data(ID_ROLE) if rows else None

    def select_first_patient(self) -> None:
        """Select the first patient row, if any."""
        index = self.index_model.index(0, 0)
        if index.isValid():
            self.index_view.selectionModel().select(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _selected(self) -> list[QModelIndex]:
        return [i for i in self.index_view.selectionModel().selectedRows(0) if i.isValid()]

    def selected_patient_id(self) -> int | None:
        """Internal id of the single patient the selection belongs to, else ``None``."""
        patients = set()
        for index in self._selected():
            while index.parent().isValid():
                index = index.parent()
            patients.add(index.data(ID_ROLE))
        return patients.pop() if len(patients) == 1 else None

    def selected_study_ids(self) -> tuple[int, ...]:
        """Studies selected directly, or all studies of a selected patient."""
        ids: list[int] = []
        for index in self._selected():
            kind = index.data(KIND_ROLE)
            if kind == "study":
                ids.append(index.data(ID_ROLE))
            elif kind == "patient":
                ids.extend(
                    self.index_model.itemFromIndex(index).child(r, 0).data(ID_ROLE)
                    for r in range(self.index_model.itemFromIndex(index).rowCount())
                )
        return tuple(dict.fromkeys(ids))

    def selected_series_ids(self) -> tuple[int, ...]:
        """Series selected directly."""
        return tuple(
            dict.fromkeys(
                i.data(ID_ROLE) for i in self._selected() if i.data(KIND_ROLE) == "series"
            )
        )
