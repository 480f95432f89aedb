"""What a person adds to the assessment: findings on vessels, variant arteries, the vein's
reconstructibility and the tumour's location.

The panel shows what the shown version records and turns a person's choices into requests
(signals); the window stores each as a new version of the assessment, with its author, and the
suggestion follows. Drop-down lists emit only when a person picks an entry, never when the
panel shows a version.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casereview.domain.resectability import VESSEL_NAMES, VesselKind
from casereview.domain.resectability_findings import (
    FINDING_NAMES,
    RECONSTRUCTIBILITY_NAMES,
    THROMBUS_NAMES,
    VARIANT_NAMES,
    FindingKind,
    Reconstructibility,
    ResectabilityInputs,
    ThrombusKind,
    TumourLocation,
)
from casereview.ui.core_messages import translate_message


def _combo(parent: QWidget, name: str, entries: Sequence[tuple[str, object]]) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    for text, value in entries:
        combo.addItem(text, value)
    return combo


class FindingsPanel(QWidget):
    """Editor of the findings, variants, reconstructibility and location of a version."""

    #: ``(vessel, finding kind, thrombus kind or "", note)``.
    finding_added = Signal(str, str, str, str)
    #: ``(vessel, finding kind)``.
    finding_removed = Signal(str, str)
    #: ``(variant kind, touches the tumour, origin vessel or "", description)``.
    variant_added = Signal(str, bool, str, str)
    #: Variant kind.
    variant_removed = Signal(str)
    #: Reconstructibility value, ``""`` to clear.
    reconstruction_set = Signal(str)
    #: Tumour location, ``""`` to clear.
    location_set = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findingsPanel")
        vessels = [(translate_message(VESSEL_NAMES[k]), k.value) for k in VesselKind]
        self.findings = QListWidget(self)
        self.findings.setObjectName("findingList")
        self.vessel = _combo(self, "findingVessel", vessels)
        self.kind = _combo(
            self,
            "findingKind",
            [(translate_message(FINDING_NAMES[k]), k.value) for k in FindingKind],
        )
        self.thrombus = _combo(
            self,
            "thrombusKind",
            [(translate_message(THROMBUS_NAMES[k]), k.value) for k in ThrombusKind],
        )
        self.note = QLineEdit(self)
        self.note.setObjectName("findingNote")
        self.note.setPlaceholderText(self.tr("Note (optional)"))
        self.add_finding = QPushButton(self.tr("Add finding"), self)
        self.add_finding.setObjectName("addFinding")
        self.remove_finding = QPushButton(self.tr("Remove"), self)
        self.remove_finding.setObjectName("removeFinding")

        self.variants = QListWidget(self)
        self.variants.setObjectName("variantList")
        self.variant = _combo(
            self,
            "variantKind",
            [(translate_message(VARIANT_NAMES[k]), k.value) for k in VARIANT_NAMES],
        )
        self.origin = _combo(self, "variantOrigin", [(self.tr("origin not given"), ""), *vessels])
        self.description = QLineEdit(self)
        self.description.setObjectName("variantDescription")
        self.description.setPlaceholderText(self.tr("Description (for another variant)"))
        self.touches = QCheckBox(self.tr("Touches the tumour"), self)
        self.touches.setObjectName("variantTouches")
        self.add_variant = QPushButton(self.tr("Record variant"), self)
        self.add_variant.setObjectName("addVariant")
        self.remove_variant = QPushButton(self.tr("Remove"), self)
        self.remove_variant.setObjectName("removeVariant")

        self.reconstruction = _combo(
            self,
            "reconstruction",
            [
                (self.tr("not recorded"), ""),
                *(
                    (translate_message(RECONSTRUCTIBILITY_NAMES[r]), r.value)
                    for r in Reconstructibility
                ),
            ],
        )
        self.location = _combo(
            self, "tumourLocation", [(self.tr("not recorded"), ""), *self._locations()]
        )
        self._layout()
        self.kind.currentIndexChanged.connect(lambda _i: self._enable_thrombus())
        self.add_finding.clicked.connect(self._add_finding)
        self.remove_finding.clicked.connect(self._remove_finding)
        self.add_variant.clicked.connect(self._add_variant)
        self.remove_variant.clicked.connect(self._remove_variant)
        self.reconstruction.activated.connect(
            lambda i: self.reconstruction_set.emit(str(self.reconstruction.itemData(i)))
        )
        self.location.activated.connect(
            lambda i: self.location_set.emit(str(self.location.itemData(i)))
        )
        self._enable_thrombus()
        self.show_inputs(None)

    def _locations(self) -> list[tuple[str, str]]:
        names = {
            TumourLocation.HEAD: self.tr("head"),
            TumourLocation.UNCINATE: self.tr("uncinate process"),
            TumourLocation.NECK: self.tr("neck"),
            TumourLocation.BODY: self.tr("body"),
            TumourLocation.TAIL: self.tr("tail"),
        }
        return [(names[location], location.value) for location in TumourLocation]

    def _layout(self) -> None:
        findings = QGroupBox(self.tr("Findings on vessels"), self)
        grid = QGridLayout(findings)
        grid.addWidget(self.findings, 0, 0, 1, 3)
        grid.addWidget(self.vessel, 1, 0)
        grid.addWidget(self.kind, 1, 1)
        grid.addWidget(self.thrombus, 1, 2)
        grid.addWidget(self.note, 2, 0, 1, 3)
        grid.addWidget(self.add_finding, 3, 0)
        grid.addWidget(self.remove_finding, 3, 2)
        variants = QGroupBox(self.tr("Variant arterial anatomy"), self)
        grid = QGridLayout(variants)
        grid.addWidget(self.variants, 0, 0, 1, 3)
        grid.addWidget(self.variant, 1, 0)
        grid.addWidget(self.origin, 1, 1)
        grid.addWidget(self.touches, 1, 2)
        grid.addWidget(self.description, 2, 0, 1, 3)
        grid.addWidget(self.add_variant, 3, 0)
        grid.addWidget(self.remove_variant, 3, 2)
        other = QGroupBox(self.tr("Vein and tumour"), self)
        form = QFormLayout(other)
        form.addRow(self.tr("SMV–portal vein reconstructible:"), self.reconstruction)
        form.addRow(self.tr("Tumour location:"), self.location)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for box in (findings, variants, other):
            layout.addWidget(box)
        layout.addStretch(1)  # the boxes keep their height; room is left below them
        for listing in (self.findings, self.variants):
            listing.setMaximumHeight(listing.fontMetrics().height() * 5)

    def _enable_thrombus(self) -> None:
        self.thrombus.setEnabled(self.kind.currentData() == FindingKind.THROMBUS.value)

    def show_inputs(self, inputs: ResectabilityInputs | None) -> None:
        """Show what a version records (``None``: not assessed; editing is off)."""
        self.setEnabled(inputs is not None)
        self.findings.clear()
        self.variants.clear()
        if inputs is None:
            return
        for finding in inputs.findings:
            text = self.tr("{vessel}: {finding} — {author}").format(
                vessel=translate_message(VESSEL_NAMES[finding.vessel]),
                finding=translate_message(finding.name),
                author=finding.author,
            )
            item = QListWidgetItem(text, self.findings)
            item.setData(Qt.ItemDataRole.UserRole, (finding.vessel.value, finding.kind.value))
        for variant in inputs.variants:
            touches = (
                self.tr("touches the tumour")
                if variant.touches_tumour
                else self.tr("does not touch the tumour")
            )
            name = variant.description or translate_message(VARIANT_NAMES[variant.kind])
            item = QListWidgetItem(
                self.tr("{variant}: {touches} — {author}").format(
                    variant=name, touches=touches, author=variant.author
                ),
                self.variants,
            )
            item.setData(Qt.ItemDataRole.UserRole, variant.kind.value)
        value = "" if inputs.reconstruction is None else inputs.reconstruction.value.value
        self.reconstruction.setCurrentIndex(max(self.reconstruction.findData(value), 0))
        where = "" if inputs.tumour_location is None else inputs.tumour_location.value
        self.location.setCurrentIndex(max(self.location.findData(where), 0))

    def _add_finding(self) -> None:
        kind = str(self.kind.currentData())
        thrombus = str(self.thrombus.currentData()) if kind == FindingKind.THROMBUS.value else ""
        self.finding_added.emit(str(self.vessel.currentData()), kind, thrombus, self.note.text())
        self.note.clear()

    def _remove_finding(self) -> None:
        item = self.findings.currentItem()
        if item is not None:
            vessel, kind = item.data(Qt.ItemDataRole.UserRole)
            self.finding_removed.emit(vessel, kind)

    def _add_variant(self) -> None:
        self.variant_added.emit(
            str(self.variant.currentData()),
            self.touches.isChecked(),
            str(self.origin.currentData()),
            self.description.text(),
        )

    def _remove_variant(self) -> None:
        item = self.variants.currentItem()
        if item is not None:
            self.variant_removed.emit(str(item.data(Qt.ItemDataRole.UserRole)))
