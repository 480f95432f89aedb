"""The future liver remnant panel: condition, size, volumes, margin, ratios and the verdicts.

The liver's condition sets the threshold (shown with each choice); height and weight come
pre-filled from the images' headers when they carry them, marked so, and may be typed over.
Each verdict reads as text and colour together ("PASS" / "FAIL" on green or red, then the
sentence), never colour alone; its source is in its tool tip and listed in the details line.
Numbers come from the planner's result only; the panel computes nothing.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casereview.domain.liver_plan_record import LiverPlanResult, VerdictRecord
from casereview.domain.liver_remnant import (
    CONDITION_NAMES,
    HEIGHT_RANGE_CM,
    RBWR_THRESHOLD_PERCENT,
    SFLR_THRESHOLDS,
    WEIGHT_RANGE_KG,
    LiverCondition,
)
from casereview.ui.core_messages import translate_message

#: Badge colours: white text on these reads at ≥ 4.5:1 in the light and the dark theme.
PASS_BACKGROUND = "#1e7b34"
FAIL_BACKGROUND = "#b3261e"
#: What the size fields say about where the size came from.
SIZE_FROM_IMAGES = "images"
SIZE_ENTERED = "entered"


def short_reference(source: str) -> str:
    """ "Abdalla 2006" from "Abdalla EK, Adam R, … Ann Surg Oncol 2006;13:1271-1280."."""
    author = source.split(" ", 1)[0].rstrip(",")
    years = re.findall(r"\b(19\d\d|20\d\d)\b", source)
    return f"{author} {years[-1]}" if years else author


def _badge(background: str) -> str:
    return (
        f"QLabel {{ background: {background}; color: #ffffff; border-radius: 3px;"
        " padding: 2px 6px; font-weight: bold; }"
    )


class FlrPanel(QWidget):
    """Shows a plan's result and takes the condition and the patient's size."""

    #: Condition, height or weight changed (the plan is computed again).
    inputs_changed = Signal()
    #: "Save plan…" was pressed.
    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("flrPanel")
        self.condition_box = QComboBox(self)
        self.condition_box.setObjectName("conditionBox")
        for condition in LiverCondition:
            threshold = SFLR_THRESHOLDS[condition]
            text = (
                self.tr("{condition}: remnant ≥ {sflr:.0f} %")
                if condition is LiverCondition.CIRRHOSIS
                else self.tr("{condition}: remnant ≥ {sflr:.0f} %, RBWR ≥ {rbwr:.1f} %")
            ).format(
                condition=translate_message(CONDITION_NAMES[condition]).capitalize(),
                sflr=threshold,
                rbwr=RBWR_THRESHOLD_PERCENT,
            )
            self.condition_box.addItem(text, condition.value)
        # The longest choice must not widen the panel past a small screen's side bar.
        self.condition_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.condition_box.setMinimumContentsLength(14)
        self.condition_box.setToolTip(
            self.tr("The liver's condition sets how much of it must remain (chosen by you)")
        )
        self.height_box = self._size_box("heightBox", self.tr(" cm"), HEIGHT_RANGE_CM)
        self.weight_box = self._size_box("weightBox", self.tr(" kg"), WEIGHT_RANGE_KG)
        self.size_note = QLabel(self)
        self.size_note.setObjectName("sizeNote")
        self.size_note.setWordWrap(True)
        self._size_from = ""

        self.values: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        rows = (
            ("total", self.tr("Total liver")),
            ("tumour", self.tr("Tumour")),
            ("resected", self.tr("Resected")),
            ("remnant", self.tr("Remnant")),
            ("future", self.tr("Future liver remnant")),
            ("margin", self.tr("Margin")),
            ("flr", self.tr("FLR (of the functional liver)")),
            ("sflr", self.tr("Standardised FLR")),
            ("rbwr", self.tr("Remnant / body weight")),
        )
        for row, (key, text) in enumerate(rows):
            name = QLabel(text, self)
            value = QLabel("—", self)
            value.setObjectName(f"value_{key}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
            self.values[key] = value
        self.values["sflr"].setToolTip(
            self.tr("Remnant against the standard liver volume from the body surface area")
        )
        self.verdict_box = QVBoxLayout()
        self.verdict_labels: list[QLabel] = []
        self.details = QLabel(self)
        self.details.setObjectName("verdictDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.status = QLabel(self)
        self.status.setObjectName("planStatus")
        self.status.setWordWrap(True)
        self.aid = QLabel(self.tr("Planning aid for the MDT to confirm — not a decision."), self)
        self.aid.setObjectName("planningAid")
        self.aid.setWordWrap(True)
        font = self.aid.font()
        font.setItalic(True)
        self.aid.setFont(font)
        self.save_button = QPushButton(self.tr("Save plan…"), self)
        self.save_button.setObjectName("savePlanButton")
        self.save_button.setToolTip(self.tr("Keep this plan with the case as a new version"))
        self.save_button.setEnabled(False)
        self.version_label = QLabel(self)
        self.version_label.setObjectName("planVersion")
        self.version_label.setWordWrap(True)

        form = QFormLayout()
        # Labels above their fields: the condition's text keeps its threshold in view.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("Liver condition (sets the threshold)"), self.condition_box)
        size = QHBoxLayout()
        size.addWidget(self.height_box)
        size.addWidget(self.weight_box)
        form.addRow(self.tr("Height, weight"), size)
        form.addRow(self.size_note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addLayout(grid)
        layout.addLayout(self.verdict_box)
        layout.addWidget(self.details)
        layout.addWidget(self.status)
        layout.addWidget(self.aid)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.version_label, 1)
        layout.addLayout(buttons)
        layout.addStretch(1)

        self.condition_box.activated.connect(lambda _: self.inputs_changed.emit())
        self.height_box.valueChanged.connect(self._size_typed)
        self.weight_box.valueChanged.connect(self._size_typed)
        self.save_button.clicked.connect(self.save_requested.emit)
        self.show_result(None)
        self._show_size_note()

    def _size_box(self, name: str, suffix: str, limits: tuple[float, float]) -> QDoubleSpinBox:
        box = QDoubleSpinBox(self)
        box.setObjectName(name)
        box.setDecimals(1)
        # 0 stands for "not known"; a value typed below the plausible range is refused by the
        # core with a sentence saying why, rather than silently clamped here.
        box.setRange(0.0, limits[1])
        box.setSpecialValueText("—")
        box.setSuffix(suffix)
        box.setKeyboardTracking(False)
        box.setMinimumWidth(80)
        return box

    # --- inputs --------------------------------------------------------------------------

    def condition(self) -> LiverCondition:
        """The liver's condition chosen."""
        return LiverCondition(str(self.condition_box.currentData()))

    def set_condition(self, condition: LiverCondition) -> None:
        """Show ``condition`` as chosen (a saved plan's)."""
        self.condition_box.setCurrentIndex(max(self.condition_box.findData(condition.value), 0))

    def entered_size(self) -> tuple[float | None, float | None]:
        """Height and weight typed by the person, or ``(None, None)`` when they are the
        images' (or not known): the planner then reads them from the images itself."""
        if self._size_from != SIZE_ENTERED:
            return None, None
        height, weight = self.height_box.value(), self.weight_box.value()
        return (height or None, weight or None)

    def show_size(self, height_cm: float | None, weight_kg: float | None, size_from: str) -> None:
        """Show the size a plan used and where it came from (typing is not interrupted)."""
        if self._size_from == SIZE_ENTERED and size_from != SIZE_ENTERED:
            return
        self._size_from = size_from
        for box, value in ((self.height_box, height_cm), (self.weight_box, weight_kg)):
            box.blockSignals(True)
            box.setValue(0.0 if value is None else float(value))
            box.blockSignals(False)
        self._show_size_note()

    def _size_typed(self, _value: float) -> None:
        self._size_from = SIZE_ENTERED
        self._show_size_note()
        height, weight = self.height_box.value(), self.weight_box.value()
        if (height > 0) == (weight > 0):  # both or neither: a plan can be computed
            self.inputs_changed.emit()

    def _show_size_note(self) -> None:
        if self._size_from == SIZE_FROM_IMAGES:
            text = self.tr("From the images' headers (Patient's Size and Weight); type to change.")
        elif self._size_from == SIZE_ENTERED:
            text = self.tr("Entered by you.")
        else:
            text = self.tr(
                "Not in the images: enter height and weight for the standardised FLR and the "
                "remnant-to-body-weight ratio."
            )
        self.size_note.setText(text)

    # --- result --------------------------------------------------------------------------

    def show_result(self, result: LiverPlanResult | None, problem: str = "") -> None:
        """Show a plan's result (``None``: no plan; ``problem`` says why, in red)."""
        for label in self.verdict_labels:
            self.verdict_box.removeWidget(label)
            label.deleteLater()
        self.verdict_labels = []
        self.status.setText(problem)
        self.status.setStyleSheet(_badge(FAIL_BACKGROUND) if problem else "")
        self.status.setVisible(bool(problem))
        if result is None:
            for value in self.values.values():
                value.setText("—")
                value.setStyleSheet("")
            self.details.setText("")
            return
        ml = self.tr("{value:.0f} mL")
        self.values["total"].setText(ml.format(value=result.total_ml))
        self.values["tumour"].setText(ml.format(value=result.tumour_ml))
        self.values["resected"].setText(ml.format(value=result.resected_ml))
        self.values["remnant"].setText(ml.format(value=result.remnant_ml))
        self.values["future"].setText(ml.format(value=result.future_remnant_ml))
        margin = self.values["margin"]
        if result.remnant_tumour_ml > 0.0:
            margin.setText(
                self.tr("tumour left in the remnant ({value:.1f} mL)").format(
                    value=result.remnant_tumour_ml
                )
            )
            margin.setStyleSheet(_badge(FAIL_BACKGROUND))
        elif result.margin_mm is None:
            margin.setText(self.tr("no tumour segmented"))
            margin.setStyleSheet("")
        else:
            margin.setText(self.tr("{value:.1f} mm").format(value=result.margin_mm))
            margin.setStyleSheet("")
        percent = self.tr("{value:.1f} %")
        self.values["flr"].setText(percent.format(value=result.flr_percent))
        # The RBWR is judged against 0.5 %: two decimals, as its verdict states it.
        for key, ratio, shown in (
            ("sflr", result.sflr_percent, percent),
            ("rbwr", result.rbwr_percent, self.tr("{value:.2f} %")),
        ):
            self.values[key].setText(
                self.tr("needs height and weight") if ratio is None else shown.format(value=ratio)
            )
        if result.slv_ml is not None and result.bsa_m2 is not None:
            self.values["sflr"].setToolTip(
                self.tr(
                    "Standard liver volume {slv:.0f} mL from a body surface area of {bsa:.2f} m²"
                ).format(slv=result.slv_ml, bsa=result.bsa_m2)
            )
        for verdict in result.verdicts:
            label = self._verdict_label(verdict)
            self.verdict_box.addWidget(label)
            self.verdict_labels.append(label)
        sources = list(dict.fromkeys(v.source for v in result.verdicts))
        # The line names each source shortly ("Abdalla 2006"); hovering shows them in full.
        self.details.setText(
            "<small>"
            + html.escape(
                self.tr("Thresholds from {sources} (hover for the references).").format(
                    sources="; ".join(short_reference(s) for s in sources)
                )
            )
            + "</small>"
        )
        self.details.setToolTip("\n\n".join(sources))

    def _verdict_label(self, verdict: VerdictRecord) -> QLabel:
        word = self.tr("PASS") if verdict.passes else self.tr("FAIL")
        label = QLabel(f"{word} — {translate_message(verdict.text())}", self)
        label.setObjectName("verdictPass" if verdict.passes else "verdictFail")
        label.setStyleSheet(_badge(PASS_BACKGROUND if verdict.passes else FAIL_BACKGROUND))
        label.setWordWrap(True)
        label.setToolTip(self.tr("Source: {source}").format(source=verdict.source))
        return label
