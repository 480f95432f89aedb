"""The vessels of an assessment in a table: measured angle, a person's angle, length, landmarks.

Both angles are always shown: the measured one, and beside it the corrected one with who set it
and when; the flags say what a reader must not miss (contact above 180°, a corrected angle, a
vessel not near the tumour, a segment chosen by hand). Vessels that were not segmented are
listed greyed out, so a missing vessel is seen, not assumed free.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from casereview.analysis.vessel_contact import VesselContactMeasurement
from casereview.domain.resectability import VESSEL_NAMES, VesselKind, VesselMeasurement
from casereview.services.resectability import LANDMARK_NAMES
from casereview.ui.core_messages import translate_message
from casereview.ui.resectability.data import WorkbenchData

#: Contact above this angle (degrees) is flagged (encasement; most criteria turn on it).
FLAG_ABOVE_DEG = 180.0

VESSEL, MEASURED, CORRECTED, LENGTH, LANDMARKS, FLAGS = range(6)


def landmark_text(contact: VesselContactMeasurement | None) -> str:
    """The nearest distance to each named landmark, nearest first."""
    nearest: dict[str, float] = {}
    for b in () if contact is None else contact.branch_distances:
        key, distance = b.branch_point.landmark, b.distance_mm
        if key in LANDMARK_NAMES and distance is not None:
            nearest[key] = min(distance, nearest.get(key, distance))
    return "; ".join(
        f"{translate_message(LANDMARK_NAMES[key])} {distance:.1f} mm"
        for key, distance in sorted(nearest.items(), key=lambda item: item[1])
    )


class VesselTable(QTableWidget):
    """One row per vessel of the shown version."""

    #: The role (``"smv"``...) of the vessel chosen, ``""`` for none.
    vessel_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 6, parent)
        self.setObjectName("vesselTable")
        self.setHorizontalHeaderLabels(
            [
                self.tr("Vessel"),
                self.tr("Measured"),
                self.tr("Corrected (by, when)"),
                self.tr("Contact length"),
                self.tr("Landmarks"),
                self.tr("Flags"),
            ]
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        self.setWordWrap(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LANDMARKS, QHeaderView.ResizeMode.Stretch)
        self.itemSelectionChanged.connect(lambda: self.vessel_chosen.emit(self.current_role()))

    def current_role(self) -> str:
        """The role of the selected vessel, ``""`` when none (or a vessel not measured)."""
        rows = self.selectionModel().selectedRows()
        if not rows:
            return ""
        item = self.item(rows[0].row(), VESSEL)
        return "" if item is None else str(item.data(Qt.ItemDataRole.UserRole) or "")

    def row_of(self, role: str) -> int:
        """The row of a measured vessel, -1 when it is not in the table."""
        for row in range(self.rowCount()):
            item = self.item(row, VESSEL)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == role:
                return row
        return -1

    def select_vessel(self, role: str) -> None:
        """Select the row of ``role`` (if it is measured)."""
        row = self.row_of(role)
        if row >= 0:
            self.selectRow(row)

    def show_data(self, data: WorkbenchData) -> None:
        """Fill the table from the shown version (the selection is kept)."""
        chosen = self.current_role()
        self.blockSignals(True)
        self.setRowCount(0)
        version = data.version
        if version is not None:
            for measurement in version.inputs.measurements:
                choice = version.run.segment_of(measurement.vessel)
                self._add_row(
                    measurement,
                    data.contact(measurement.vessel.value),
                    by_hand=choice is not None and choice.by_hand,
                )
            for kind in version.run.not_found:
                self._add_missing(kind)
        self.resizeRowsToContents()
        self.blockSignals(False)
        if chosen and self.row_of(chosen) >= 0:
            self.select_vessel(chosen)
        self.vessel_chosen.emit(self.current_role())

    def _set(self, row: int, column: int, text: str, role: str | None = None) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        if role is not None:
            item.setData(Qt.ItemDataRole.UserRole, role)
        if column in (MEASURED, LENGTH):
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setItem(row, column, item)
        return item

    def _add_row(
        self, m: VesselMeasurement, contact: VesselContactMeasurement | None, *, by_hand: bool
    ) -> None:
        row = self.rowCount()
        self.insertRow(row)
        self._set(row, VESSEL, translate_message(VESSEL_NAMES[m.vessel]), m.vessel.value)
        measured = "–" if m.angle_deg is None else f"{m.angle_deg:.1f}°"
        self._set(row, MEASURED, measured)
        corrected = "–"
        if m.override is not None:
            when = m.override.at.astimezone().strftime("%Y-%m-%d %H:%M")
            corrected = self.tr("{angle:.1f}° — {author}, {when}").format(
                angle=m.override.angle_deg, author=m.override.author, when=when
            )
        item = self._set(row, CORRECTED, corrected)
        if m.override is not None and m.override.reason:
            item.setToolTip(m.override.reason)
        length = "–" if m.length_mm is None else f"{m.length_mm:.1f} mm"
        self._set(row, LENGTH, length)
        self._set(row, LANDMARKS, landmark_text(contact))
        flags = []
        if m.effective_angle_deg > FLAG_ABOVE_DEG:
            flags.append(self.tr("> 180°"))
        if m.override is not None:
            flags.append(self.tr("corrected"))
        if contact is None:
            flags.append(self.tr("not near the tumour"))
        if by_hand:
            flags.append(self.tr("segment chosen by hand"))
        self._set(row, FLAGS, ", ".join(flags))

    def _add_missing(self, kind: VesselKind) -> None:
        row = self.rowCount()
        self.insertRow(row)
        texts = [translate_message(VESSEL_NAMES[kind]), "", "", "", "", self.tr("not segmented")]
        for column, text in enumerate(texts):
            item = self._set(row, column, text)
            item.setFlags(Qt.ItemFlag.NoItemFlags)  # greyed, cannot be chosen
