"""The vessel view: straightened vessel, cross-section at the cursor, angle profile, correction.

The cursor (a section along the centreline) starts at the section with the largest contact and
moves with the slider, a click on the straightened vessel or a click on the chart. Dragging an
arc end on the cross-section offers to record the corrected angle as the vessel's angle
(:attr:`VesselView.override_requested`, with a reason that names the section); "Back to
measured" asks to remove a person's angle (:attr:`VesselView.override_removed`).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from casereview.analysis.vessel_contact import ContactSection, VesselContactMeasurement
from casereview.analysis.vessel_reformat import (
    PlaneImage,
    cross_section,
    curved_planar_reformation,
)
from casereview.domain.resectability import VESSEL_NAMES, VesselKind, VesselMeasurement
from casereview.services.resectability import LANDMARK_NAMES
from casereview.ui.core_messages import translate_message
from casereview.ui.resectability.angle_chart import AngleChart, Landmark
from casereview.ui.resectability.cpr_view import CprView
from casereview.ui.resectability.cross_section_view import CrossSectionView
from casereview.ui.resectability.data import WorkbenchData
from casereview.ui.resectability.images import DEFAULT_WINDOW

#: Half the width (mm) of the straightened view: the vessel and the tumour beside it, tall enough
#: to follow the vessel.
CPR_HALF_WIDTH_MM = 15.0
#: What the masks read as when the series' images cannot be read (vessel bright, tumour grey).
_MASK_VALUES = (200.0, 40.0, -100.0)


def landmarks_of(contact: VesselContactMeasurement | None) -> list[Landmark]:
    """The named branch points of a vessel's centreline, translated."""
    if contact is None:
        return []
    return [
        Landmark(b.branch_point.arclength_mm, translate_message(LANDMARK_NAMES[key]))
        for b in contact.branch_distances
        if (key := b.branch_point.landmark) in LANDMARK_NAMES
    ]


class VesselView(QWidget):
    """One vessel's straightened view, cross-section, profile and correction bar."""

    #: ``(angle_deg, reason)``: record a person's angle for the vessel shown.
    override_requested = Signal(float, str)
    #: Remove the person's angle of the vessel shown.
    override_removed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vesselView")
        self.data: WorkbenchData | None = None
        self.role = ""
        self.contact: VesselContactMeasurement | None = None
        self.measurement: VesselMeasurement | None = None
        self.cpr = CprView(self)
        self.section_view = CrossSectionView(self)
        self.chart = AngleChart(self)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setObjectName("sectionSlider")
        self.title = QLabel(self)
        self.title.setObjectName("vesselTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.correction = QLabel(self)
        self.correction.setObjectName("correctionText")
        self.correction.setWordWrap(True)
        self.correction.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.record_button = QPushButton(self.tr("Record as the vessel's angle"), self)
        self.record_button.setObjectName("recordOverride")
        self.discard_button = QPushButton(self.tr("Discard the correction"), self)
        self.discard_button.setObjectName("discardCorrection")
        self.measured_button = QPushButton(self.tr("Back to measured"), self)
        self.measured_button.setObjectName("backToMeasured")
        self.measured_button.setToolTip(
            self.tr("Remove the corrected angle; the rules read the measured one again")
        )

        images = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(images)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.cpr, 1)
        column.addWidget(self.slider)
        images.addWidget(left)
        images.addWidget(self.section_view)
        images.setStretchFactor(0, 1)
        images.setStretchFactor(1, 2)
        bar = QHBoxLayout()
        bar.addWidget(self.correction, 1)
        for button in (self.record_button, self.discard_button, self.measured_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(images, 3)
        layout.addLayout(bar)
        layout.addWidget(self.chart, 1)

        self.slider.valueChanged.connect(self.move_cursor)
        self.cpr.cursor_moved.connect(self.move_cursor)
        self.chart.cursor_moved.connect(self.move_cursor)
        self.section_view.edited.connect(lambda _angle: self._show_correction())
        self.record_button.clicked.connect(self._record)
        self.discard_button.clicked.connect(self._discard)
        self.measured_button.clicked.connect(self.override_removed)
        self.show_vessel(None, "", None)

    def set_read_only(self, read_only: bool) -> None:
        """Show the vessel without the means to correct it (the presentation's view)."""
        self.section_view.editable = not read_only
        self.correction.setVisible(not read_only)
        self.measured_button.setVisible(not read_only)
        self._show_correction()

    @property
    def read_only(self) -> bool:
        """Whether corrections are switched off."""
        return not self.section_view.editable

    @property
    def sections(self) -> tuple[ContactSection, ...]:
        """The sections of the vessel shown."""
        return () if self.contact is None else self.contact.sections

    def _window(self) -> tuple[float, float]:
        volume = None if self.data is None else self.data.volume
        return (
            DEFAULT_WINDOW
            if volume is None or volume.default_window is None
            else volume.default_window
        )

    def _values(self) -> np.ndarray | None:
        data = self.data
        if data is None:
            return None
        if data.volume is not None:
            return data.volume.voxels
        vessel, tumour = data.vessels.get(self.role), data.tumour
        if vessel is None or tumour is None:
            return None
        inside, around, outside = _MASK_VALUES
        return np.where(vessel, inside, np.where(tumour, around, outside)).astype(np.float32)

    def _plane(self, sections: tuple[ContactSection, ...], whole: bool) -> PlaneImage | None:
        data, values = self.data, self._values()
        if data is None or values is None or data.spacing is None or not sections:
            return None
        tumour, vessel = data.tumour, data.vessels.get(self.role)
        if whole:
            return curved_planar_reformation(
                values,
                data.spacing,
                sections,
                tumour=tumour,
                vessel=vessel,
                half_width_mm=CPR_HALF_WIDTH_MM,
            )
        return cross_section(values, data.spacing, sections[0], tumour=tumour, vessel=vessel)

    def show_vessel(
        self,
        data: WorkbenchData | None,
        role: str,
        measurement: VesselMeasurement | None,
    ) -> None:
        """Show vessel ``role`` of ``data`` (``None``: nothing to show)."""
        self.data, self.role, self.measurement = data, role, measurement
        self.contact = None if data is None or not role else data.contact(role)
        sections = self.sections
        arclengths = [s.arclength_mm for s in sections]
        angles = [s.angle_deg for s in sections]
        self.cpr.show_cpr(self._plane(sections, True), arclengths, angles, self._window())
        override = (
            None if measurement is None or measurement.override is None else measurement.override
        )
        self.chart.set_profile(
            arclengths,
            angles,
            landmarks_of(self.contact),
            None if override is None else override.angle_deg,
        )
        peak = int(np.argmax(angles)) if angles else 0
        self.slider.blockSignals(True)
        self.slider.setRange(0, max(len(sections) - 1, 0))
        self.slider.setEnabled(bool(sections))
        self.slider.blockSignals(False)
        self._title()
        self.measured_button.setEnabled(override is not None)
        self.move_cursor(peak, force=True)

    def _title(self) -> None:
        if not self.role:
            self.title.setText(self.tr("Choose a vessel in the table"))
            return
        name = translate_message(VESSEL_NAMES[VesselKind(self.role)])
        if self.contact is None:
            self.title.setText(
                self.tr("{vessel}: not near the tumour, no sections measured").format(vessel=name)
            )
            return
        self.title.setText(
            self.tr("{vessel}: largest contact {angle:.0f}° over {length:.1f} mm").format(
                vessel=name, angle=self.contact.angle_deg, length=self.contact.length_mm
            )
        )

    def move_cursor(self, index: int, force: bool = False) -> None:
        """Show the cross-section of section ``index`` (a correction under way is dropped)."""
        sections = self.sections
        if (
            not force
            and sections
            and index == self.cpr.cursor_index
            and self.section_view.section is sections[index]
        ):
            return
        index = min(max(index, 0), max(len(sections) - 1, 0))
        for follower in (self.cpr, self.chart):
            follower.set_cursor(index)
        self.slider.blockSignals(True)
        self.slider.setValue(index)
        self.slider.blockSignals(False)
        section = sections[index] if sections else None
        plane = None if section is None else self._plane((section,), False)
        self.section_view.show_section(plane, section, self._window())
        self._show_correction()

    def _show_correction(self) -> None:
        view = self.section_view
        edited = view.section is not None and view.is_edited and view.editable
        self.record_button.setVisible(edited)
        self.discard_button.setVisible(edited)
        if not edited or view.section is None:
            # The same line says how to correct, so nothing moves when a correction starts.
            hint = self.tr("Drag an end of a red arc to correct the contact.")
            self.correction.setText(hint if view.arcs else "")
            return
        self.correction.setText(
            self.tr(
                "Corrected at {position:.1f} mm: {angle:.0f}° (measured here {measured:.0f}°)"
            ).format(
                position=view.section.arclength_mm,
                angle=view.corrected_angle(),
                measured=view.section.angle_deg,
            )
        )

    def _record(self) -> None:
        view = self.section_view
        if view.section is None:
            return
        reason = self.tr(
            "Contact arcs corrected on the cross-section at {position:.1f} mm along the vessel "
            "(measured there {measured:.1f}°)"
        ).format(position=view.section.arclength_mm, measured=view.section.angle_deg)
        self.override_requested.emit(round(view.corrected_angle(), 1), reason)

    def _discard(self) -> None:
        self.section_view.reset()
        self._show_correction()
