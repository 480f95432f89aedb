"""The case's resectability assessment on the MDT's shared screen.

The presentation shows it in place of the key images (key A): the suggested category with the
rules that set it, every vessel's contact (a person's correction beside the measured angle),
and the vessel with the largest contact straightened, in cross-section with its arcs and as
the angle profile along it. Nothing can be changed here: corrections are made in the
workbench, before or during the meeting, by whoever prepares the case.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from casereview.domain.resectability import VESSEL_NAMES, VesselMeasurement
from casereview.domain.resectability_criteria import CRITERIA_SETS
from casereview.domain.resectability_record import AssessmentVersion
from casereview.domain.resectability_rules import CATEGORY_NAMES
from casereview.ui.core_messages import translate_message
from casereview.ui.resectability.data import WorkbenchData
from casereview.ui.resectability.vessel_view import VesselView


def shown_vessel(version: AssessmentVersion) -> VesselMeasurement | None:
    """The vessel the slide opens on: the largest contact the criteria read (arteries first
    when equal, as they weigh more in every criteria set)."""
    measured = [m for m in version.inputs.measurements if m.in_contact]
    if not measured:
        return None
    return max(
        measured, key=lambda m: (m.effective_angle_deg, m.vessel.value in ("sma", "celiac", "cha"))
    )


def category_line(version: AssessmentVersion) -> str:
    """ "Suggested (NCCN 2.2024): at least borderline resectable — for the MDT to confirm"."""
    suggestion = version.suggestion
    criteria = CRITERIA_SETS[version.criteria_id].name
    if suggestion.category is None:
        return QCoreApplication.translate(
            "AssessmentSlide", "{criteria}: no category suggested — for the MDT to decide"
        ).format(criteria=criteria)
    category = translate_message(CATEGORY_NAMES[suggestion.category])
    if suggestion.at_least:
        category = QCoreApplication.translate("AssessmentSlide", "at least {category}").format(
            category=category
        )
    return QCoreApplication.translate(
        "AssessmentSlide", "Suggested ({criteria}): {category} — for the MDT to confirm"
    ).format(criteria=criteria, category=category)


def vessel_lines(version: AssessmentVersion) -> list[str]:
    """One line per vessel: the angle the criteria read, and the measured one when corrected."""
    lines = []
    for m in version.inputs.measurements:
        name = translate_message(VESSEL_NAMES[m.vessel])
        if m.override is not None and m.angle_deg is not None:
            text = QCoreApplication.translate(
                "AssessmentSlide",
                "{vessel}: {angle:.0f}° (corrected by {author}; measured {measured:.0f}°)",
            )
            line = text.format(
                vessel=name,
                angle=m.effective_angle_deg,
                author=m.override.author,
                measured=m.angle_deg,
            )
        elif m.override is not None:
            line = QCoreApplication.translate(
                "AssessmentSlide", "{vessel}: {angle:.0f}° (read by {author})"
            ).format(vessel=name, angle=m.effective_angle_deg, author=m.override.author)
        else:
            line = QCoreApplication.translate("AssessmentSlide", "{vessel}: {angle:.0f}°").format(
                vessel=name, angle=m.effective_angle_deg
            )
        if m.in_contact and m.length_mm:
            line += QCoreApplication.translate("AssessmentSlide", ", over {length:.0f} mm").format(
                length=m.length_mm
            )
        lines.append(line)
    return lines


class AssessmentSlide(QWidget):
    """The stored assessment of one case, for the room (read-only)."""

    def __init__(self, data: WorkbenchData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentSlide")
        self.data = data
        self.category = QLabel(self)
        self.category.setObjectName("assessmentCategory")
        self.category.setWordWrap(True)
        self.reasons = QLabel(self)
        self.reasons.setObjectName("assessmentReasons")
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.RichText)
        self.vessels = QLabel(self)
        self.vessels.setObjectName("assessmentVessels")
        self.vessels.setWordWrap(True)
        self.vessels.setTextFormat(Qt.TextFormat.RichText)
        self.view = VesselView(self)
        self.view.set_read_only(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.category)
        layout.addWidget(self.reasons)
        layout.addWidget(self.vessels)
        layout.addWidget(self.view, 1)
        self._show()

    def _show(self) -> None:
        version = self.data.version
        if version is None:
            self.category.setText(
                QCoreApplication.translate(
                    "AssessmentSlide", "No resectability assessment is stored for this case."
                )
            )
            for label in (self.reasons, self.vessels):
                label.hide()
            self.view.hide()
            return
        self.category.setText(category_line(version))
        reasons = [translate_message(rule.reason) for rule in version.suggestion.decisive]
        self.reasons.setText("<br>".join(f"• {html.escape(r)}" for r in reasons))
        self.reasons.setVisible(bool(reasons))
        self.vessels.setText(" · ".join(html.escape(line) for line in vessel_lines(version)))
        shown = shown_vessel(version)
        if shown is None:
            self.view.hide()
            return
        self.view.show_vessel(self.data, shown.vessel.value, shown)
