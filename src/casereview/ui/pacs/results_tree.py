"""The Archive panel's results: patient → study → series rows, each marked with how much of it
this workstation holds (the Local column), and what the selection asks to retrieve.

Rows are found again by key (:func:`~casereview.ui.pacs.archive_work.row_key`), so a new
reading of the presence, a study's series arriving or names being hidden keep the expanded
studies and the selection.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from casereview.net.query import PacsMatch
from casereview.services.pacs import LocalPresence
from casereview.ui.browser import format_person_name
from casereview.ui.pacs.archive_work import (
    RetrieveItem,
    SearchResult,
    patient_key,
    row_key,
    series_key,
    study_key,
    uid_of_key,
)
from casereview.ui.pacs.common import ABSENT, presence_icon, presence_text, presence_tip

#: Item data roles (on the first column): the kind of row and its key.
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2
#: Role of the Local column: ``"absent"``, ``"partial"`` or ``"complete"``.
LOCAL_ROLE = Qt.ItemDataRole.UserRole + 3

#: Columns of the results.
COLUMNS = ("label", "local", "date", "modality", "images", "patient_id")
LOCAL_COLUMN = COLUMNS.index("local")


def _format_date(value: str) -> str:
    if len(value) == 8 and value.isdigit():
        return f"{value[:4]}-{value[4:6]}-{value[6:8]}"
    return value


def _count(value: int | None) -> str:
    return "?" if value is None else str(value)


class ResultsTree(QTreeView):
    """The results of the last search, with the series listed so far and the Local column.

    Parameters
    ----------
    hide_phi
        Whether patient names, IDs and birth dates are hidden (as the window hides them).
    """

    #: Emitted with a study's UID when it is expanded and its series are not listed yet.
    series_wanted = Signal(str)

    def __init__(self, hide_phi: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pacsResults")
        self.hide_phi = hide_phi
        #: The search shown (``None`` before the first).
        self.result: SearchResult | None = None
        #: Series listed so far, by study UID.
        self.series: dict[str, list[PacsMatch]] = {}
        self._presence: dict[str, LocalPresence] = {}
        self._items: dict[str, QStandardItem] = {}
        self.results = QStandardItemModel(self)
        self.setModel(self.results)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.expanded.connect(self._expanded)
        self._set_headers()

    def _set_headers(self) -> None:
        titles = {
            "label": QCoreApplication.translate("Pacs", "Patient / description"),
            "local": QCoreApplication.translate("Pacs", "Local"),
            "date": QCoreApplication.translate("Pacs", "Date"),
            "modality": QCoreApplication.translate("Pacs", "Modality"),
            "images": QCoreApplication.translate("Pacs", "Images"),
            "patient_id": QCoreApplication.translate("Pacs", "Patient ID"),
        }
        self.results.setHorizontalHeaderLabels([titles[c] for c in COLUMNS])
        header = self.header()
        # The label takes what the other columns leave (elided, whole in its tooltip); the
        # others, Local first, keep the width of what they hold.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(48)
        header.setStretchLastSection(False)

    def show_result(self, result: SearchResult) -> None:
        """Show a new search's results in place of the ones shown."""
        self.result = result
        self.series.clear()
        self._presence = dict(result.presence)
        self.rebuild()

    def rebuild(self) -> None:
        """Fill the tree from the results (expanded studies and selection are kept)."""
        expanded = {key for key, item in self._items.items() if self.isExpanded(item.index())}
        selected = set(self._selected_keys())
        self.results.clear()
        self._items.clear()
        self._set_headers()
        result = self.result
        if result is None:
            return
        hide = self.hide_phi
        for number, patient in enumerate(result.patients, start=1):
            if hide:
                label = QCoreApplication.translate("Pacs", "Patient {n}").format(n=number)
                ident, born = "•••", ""
            else:
                label = format_person_name(patient.patient_name) or QCoreApplication.translate(
                    "Pacs", "(no name)"
                )
                ident, born = patient.patient_id, _format_date(patient.birth_date)
            row = self._row(
                "patient",
                patient_key(patient),
                [
                    label,
                    ident,
                    born,
                    " ".join(patient.modalities),
                    _count(patient.number_of_instances),
                ],
                patient.number_of_instances,
            )
            for study in result.studies:
                if patient_key(study) != patient_key(patient):
                    continue
                study_row = self._row(
                    "study",
                    study_key(study.study_instance_uid),
                    [
                        study.study_description
                        or QCoreApplication.translate("Pacs", "(study without description)"),
                        "",
                        _format_date(study.study_date),
                        " ".join(study.modalities),
                        _count(study.number_of_instances),
                    ],
                    study.number_of_instances,
                )
                if study.accession_number and not hide:
                    study_row[0].setToolTip(
                        study_row[0].text()
                        + "\n"
                        + QCoreApplication.translate("Pacs", "Accession number {number}").format(
                            number=study.accession_number
                        )
                    )
                self._fill_series(study_row[0], study.study_instance_uid)
                row[0].appendRow(study_row)
            self.results.appendRow(row)
        self.expandToDepth(0)
        for key in expanded:
            item = self._items.get(key)
            if item is not None:
                self.expand(item.index())
        self._select_keys(selected)

    def _row(
        self, kind: str, key: str, texts: list[str], announced: int | None
    ) -> list[QStandardItem]:
        # ``texts`` are label, patient ID, date, modality and images; the Local column comes
        # right after the label, where it is seen without scrolling sideways.
        by_column = dict(
            zip(("label", "patient_id", "date", "modality", "images"), texts, strict=True)
        )
        local = QStandardItem()
        items = [local if c == "local" else QStandardItem(by_column[c]) for c in COLUMNS]
        for item in items:
            item.setEditable(False)
        items[0].setToolTip(items[0].text())
        items[0].setData(kind, KIND_ROLE)
        items[0].setData(key, KEY_ROLE)
        self._items[key] = items[0]
        self._show_presence(local, key, announced)
        return items

    def _show_presence(self, item: QStandardItem, key: str, announced: int | None) -> None:
        presence = self._presence.get(key)
        state = presence.state if presence is not None else ABSENT
        instances = presence.instances if presence is not None else 0
        item.setText(presence_text(state, instances, announced))
        item.setToolTip(presence_tip(state, instances, announced))
        item.setIcon(presence_icon(state))
        item.setData(state, LOCAL_ROLE)

    def _fill_series(self, study_item: QStandardItem, study_uid: str) -> None:
        series = self.series.get(study_uid)
        if series is None:
            placeholder = QStandardItem(
                QCoreApplication.translate("Pacs", "Expand to list the series…")
            )
            placeholder.setEditable(False)
            placeholder.setEnabled(False)
            placeholder.setData("placeholder", KIND_ROLE)
            study_item.appendRow(placeholder)
            return
        for match in sorted(series, key=lambda m: (m.series_number is None, m.series_number or 0)):
            number = f"{match.series_number}: " if match.series_number is not None else ""
            study_item.appendRow(
                self._row(
                    "series",
                    series_key(match.series_instance_uid),
                    [
                        number
                        + (
                            match.series_description
                            or QCoreApplication.translate("Pacs", "(no description)")
                        ),
                        "",
                        "",
                        match.modality,
                        _count(match.number_of_instances),
                    ],
                    match.number_of_instances,
                )
            )

    def _expanded(self, index: QModelIndex) -> None:
        if index.data(KIND_ROLE) != "study" or self.result is None:
            return
        study_uid = uid_of_key(str(index.data(KEY_ROLE)))
        if study_uid not in self.series:
            self.series_wanted.emit(study_uid)

    def show_series(
        self, study_uid: str, series: list[PacsMatch], presence: dict[str, LocalPresence]
    ) -> None:
        """Show the series of study ``study_uid`` as listed, with how much of each is here."""
        self.series[study_uid] = series
        self._presence.update(presence)
        item = self._items.get(study_key(study_uid))
        if item is not None:
            # A listing may arrive after the user selected series of the study (a second
            # listing of the same study, a slow archive): the selection is kept.
            selected = set(self._selected_keys())
            item.removeRows(0, item.rowCount())
            self._fill_series(item, study_uid)
            self._select_keys(selected)
            self.expand(item.index())

    def shown_matches(self) -> list[PacsMatch]:
        """Every patient, study and series shown (what a presence reading asks about)."""
        result = self.result
        if result is None:
            return []
        return [*result.patients, *result.studies, *(m for s in self.series.values() for m in s)]

    def show_presence(self, presence: dict[str, LocalPresence], matches: list[PacsMatch]) -> None:
        """Mark the rows of ``matches`` with ``presence`` (read again) in the Local column."""
        self._presence.update(presence)
        announced = {row_key(m): m.number_of_instances for m in matches}
        for key, item in self._items.items():
            parent = item.parent() or self.results.invisibleRootItem()
            local = parent.child(item.row(), LOCAL_COLUMN)
            if local is not None:
                self._show_presence(local, key, announced.get(key))

    def _selected_keys(self) -> list[str]:
        return [
            str(index.data(KEY_ROLE))
            for index in self.selectionModel().selectedRows(0)
            if index.data(KEY_ROLE)
        ]

    def _select_keys(self, keys: set[str]) -> None:
        selection = self.selectionModel()
        for key in keys:
            item = self._items.get(key)
            if item is not None:
                selection.select(
                    item.index(),
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )

    def row_item(self, key: str) -> QStandardItem | None:
        """The first-column item of the row with ``key``."""
        return self._items.get(key)

    def local_state(self, key: str) -> str | None:
        """The Local column's state of the row with ``key``."""
        item = self._items.get(key)
        if item is None:
            return None
        parent = item.parent() or self.results.invisibleRootItem()
        local = parent.child(item.row(), LOCAL_COLUMN)
        return None if local is None else str(local.data(LOCAL_ROLE))

    def selected_items(self) -> list[RetrieveItem]:
        """What the selection asks to retrieve, study by study (a study selected whole wins
        over some of its series; a patient means all of its studies)."""
        result = self.result
        if result is None:
            return []
        whole: dict[str, PacsMatch] = {}
        parts: dict[str, list[PacsMatch]] = {}
        studies = {s.study_instance_uid: s for s in result.studies}
        for index in self.selectionModel().selectedRows(0):
            kind, key = index.data(KIND_ROLE), str(index.data(KEY_ROLE))
            if kind == "patient":
                for study in result.studies:
                    if patient_key(study) == key:
                        whole[study.study_instance_uid] = study
            elif kind == "study":
                uid = uid_of_key(key)
                if uid in studies:
                    whole[uid] = studies[uid]
            elif kind == "series":
                uid = uid_of_key(key)
                study_uid = uid_of_key(str(index.parent().data(KEY_ROLE)))
                match = next(
                    (m for m in self.series.get(study_uid, []) if m.series_instance_uid == uid),
                    None,
                )
                if match is not None:
                    parts.setdefault(study_uid, []).append(match)
        items = [RetrieveItem(uid, (), study.number_of_instances) for uid, study in whole.items()]
        for study_uid, series in parts.items():
            if study_uid in whole:
                continue
            counts = [m.number_of_instances for m in series]
            items.append(
                RetrieveItem(
                    study_uid,
                    tuple(m.series_instance_uid for m in series),
                    None if None in counts else sum(c or 0 for c in counts),
                )
            )
        return items
