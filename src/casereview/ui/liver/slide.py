"""The case's liver resection plan on the MDT's shared screen (key L in the presentation).

It takes the place of the key images: the resection, then the future liver remnant in large
type (FLR, standardised FLR, remnant-to-body-weight ratio), each with its verdict in words and
colour together ("PASS — enough, threshold ≥ 20.0 %"; colour is never the only sign), the
volumes, the tumour's margin, the liver's condition and the plan's version, author and date.
Nothing on it identifies the patient (no name, ID, birth date, height or weight), and nothing
can be changed here: plans are made in the liver planning window. It reads the stored version
only: the numbers are the ones a decision cites.
"""

from __future__ import annotations

import html
from datetime import UTC

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from casereview.domain.liver_plan_evidence import margin_text, percent_text, resection_text
from casereview.domain.liver_plan_record import (
    MEASURE_NAMES,
    LiverPlanVersion,
    RemnantMeasure,
    VerdictRecord,
)
from casereview.domain.liver_remnant import CONDITION_NAMES
from casereview.ui.core_messages import translate_message

#: Badge colours (white text on them reads at ≥ 4.5:1), as in the liver planning window.
PASS_BACKGROUND = "#1e7b34"
FAIL_BACKGROUND = "#b3261e"
#: The verdict's words on the black screen, in the badge's hue and light enough to read.
PASS_TEXT = "#7ee08f"
FAIL_TEXT = "#ff8a80"


def _e(text: str) -> str:
    return html.escape(translate_message(text), quote=False)


def title_line(version: LiverPlanVersion) -> str:
    """ "Liver resection plan: right hepatectomy (segments 5, 6, 7, 8)"."""
    resection = translate_message(
        resection_text(version.inputs.kind, version.inputs.removed_segments)
    )
    return QCoreApplication.translate("LiverPlanSlide", "Liver resection plan: {resection}").format(
        resection=resection
    )


def version_line(version: LiverPlanVersion) -> str:
    """Whose plan, which version, the condition, and that the MDT confirms it."""
    when = version.created_at.astimezone(UTC).strftime("%Y-%m-%d")
    condition = translate_message(CONDITION_NAMES[version.inputs.condition])
    if version.origin:
        line = QCoreApplication.translate(
            "LiverPlanSlide", "Plan of {origin}, version {number} by {author}, {when}"
        ).format(origin=version.origin, number=version.number, author=version.author, when=when)
    else:
        line = QCoreApplication.translate(
            "LiverPlanSlide", "Version {number} by {author}, {when}"
        ).format(number=version.number, author=version.author, when=when)
    return QCoreApplication.translate(
        "LiverPlanSlide", "{line} · {condition} · a planning aid for the MDT to confirm"
    ).format(line=line, condition=condition)


def verdict_html(verdict: VerdictRecord | None) -> str:
    """The verdict as a badge and words ("PASS enough — threshold ≥ 20.0 %"), or why none."""
    if verdict is None:
        return _e(QCoreApplication.translate("LiverPlanSlide", "no threshold applied"))
    if verdict.passes:
        badge, background, colour = (
            QCoreApplication.translate("LiverPlanSlide", "PASS"),
            PASS_BACKGROUND,
            PASS_TEXT,
        )
        words = QCoreApplication.translate(
            "LiverPlanSlide", "enough — threshold ≥ {threshold:.1f} %"
        )
    else:
        badge, background, colour = (
            QCoreApplication.translate("LiverPlanSlide", "FAIL"),
            FAIL_BACKGROUND,
            FAIL_TEXT,
        )
        words = QCoreApplication.translate(
            "LiverPlanSlide", "NOT enough — threshold ≥ {threshold:.1f} %"
        )
    return (
        f"<span style='background-color:{background}; color:#ffffff'>&nbsp;{_e(badge)}&nbsp;</span>"
        f" <span style='color:{colour}'>"
        f"{_e(words.format(threshold=verdict.threshold_percent))}</span>"
    )


def measure_rows(version: LiverPlanVersion) -> list[tuple[str, str, VerdictRecord | None]]:
    """(name, value, verdict) for FLR, standardised FLR and RBWR; a ratio not computed (no
    height and weight) is left out."""
    result = version.result
    rows = []
    for measure, value in (
        (RemnantMeasure.FLR, result.flr_percent),
        (RemnantMeasure.SFLR, result.sflr_percent),
        (RemnantMeasure.RBWR, result.rbwr_percent),
    ):
        if value is None:
            continue
        verdict = next((v for v in result.verdicts if v.measure is measure), None)
        digits = 2 if measure is RemnantMeasure.RBWR else 1  # RBWR's threshold is 0.5 %
        shown = translate_message(percent_text(value, digits))
        rows.append((translate_message(MEASURE_NAMES[measure]), shown, verdict))
    return rows


def volumes_line(version: LiverPlanVersion) -> str:
    """Whole liver, tumour, resected and future remnant in mL, and the tumour's margin."""
    result = version.result
    return QCoreApplication.translate(
        "LiverPlanSlide",
        "Whole liver {total:.0f} mL · tumour {tumour:.0f} mL · resected {resected:.0f} mL · "
        "future remnant {remnant:.0f} mL · tumour margin {margin}",
    ).format(
        total=result.total_ml,
        tumour=result.tumour_ml,
        resected=result.resected_ml,
        remnant=result.future_remnant_ml,
        margin=translate_message(margin_text(result.margin_mm)),
    )


class LiverPlanSlide(QWidget):
    """A stored liver plan version of one case, for the room (read-only).

    Parameters
    ----------
    version
        The plan to show; ``None`` when the case has none (the slide says so).
    """

    def __init__(self, version: LiverPlanVersion | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liverPlanSlide")
        self.version = version
        self.title = QLabel(self)
        self.title.setObjectName("liverPlanTitle")
        self.title.setWordWrap(True)
        self.details = QLabel(self)
        self.details.setObjectName("liverPlanVersion")
        self.details.setWordWrap(True)
        self.measures = QWidget(self)
        self.grid = QGridLayout(self.measures)
        self.grid.setContentsMargins(0, 16, 0, 16)
        self.grid.setHorizontalSpacing(32)
        self.grid.setVerticalSpacing(12)
        #: (name, value, verdict) labels of each ratio shown, in order.
        self.rows: list[tuple[QLabel, QLabel, QLabel]] = []
        self.volumes = QLabel(self)
        self.volumes.setObjectName("liverPlanVolumes")
        self.volumes.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        layout.addWidget(self.measures)
        layout.addWidget(self.volumes)
        layout.addStretch(1)
        self._show()

    def _show(self) -> None:
        version = self.version
        if version is None:
            self.title.setText(
                QCoreApplication.translate(
                    "LiverPlanSlide", "No liver resection plan is stored for this case."
                )
            )
            for widget in (self.details, self.measures, self.volumes):
                widget.hide()
            return
        self.title.setText(title_line(version))
        self.details.setText(version_line(version))
        for row, (name, value, verdict) in enumerate(measure_rows(version)):
            labels = (
                QLabel(name, self.measures),
                QLabel(value, self.measures),
                QLabel(self.measures),
            )
            labels[0].setObjectName("liverPlanMeasure")
            labels[1].setObjectName("liverPlanValue")
            labels[1].setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            labels[2].setObjectName("liverPlanVerdict")
            labels[2].setTextFormat(Qt.TextFormat.RichText)
            labels[2].setWordWrap(True)
            labels[2].setText(verdict_html(verdict))
            for column, label in enumerate(labels):
                self.grid.addWidget(label, row, column)
            self.rows.append(labels)
        self.grid.setColumnStretch(2, 1)
        self.volumes.setText(volumes_line(version))
