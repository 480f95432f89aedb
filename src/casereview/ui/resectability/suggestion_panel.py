"""The suggested category with its reasons, and the choice of criteria set.

The category is a suggestion for the MDT to confirm, marked "at least" when inputs are missing
that could raise it; below it each rule that fired, on which vessel, with its reason and the
measurements or findings behind it; then what is missing and the guideline cited. Choosing
another criteria set asks for a new version of the assessment
(:attr:`SuggestionPanel.criteria_chosen`).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from casereview.domain.resectability import VESSEL_NAMES
from casereview.domain.resectability_criteria import CRITERIA_SETS
from casereview.domain.resectability_rules import CATEGORY_NAMES, ResectabilityCategory
from casereview.domain.resectability_suggestion import Suggestion
from casereview.ui.core_messages import translate_message

#: Colour of each category's heading (readable on light and dark backgrounds).
CATEGORY_COLOURS = {
    ResectabilityCategory.RESECTABLE: "#2e9d4f",
    ResectabilityCategory.BORDERLINE: "#d98200",
    ResectabilityCategory.LOCALLY_ADVANCED: "#d93025",
}


class SuggestionPanel(QWidget):
    """Criteria chooser, suggested category, fired rules, missing inputs and citation."""

    #: The id of the criteria set a person chose.
    criteria_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestionPanel")
        self.criteria = QComboBox(self)
        self.criteria.setObjectName("criteriaChooser")
        for criteria in CRITERIA_SETS.values():
            self.criteria.addItem(criteria.name, criteria.id)
        self.category = QLabel(self)
        self.category.setObjectName("suggestedCategory")
        self.category.setWordWrap(True)
        font = self.category.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.category.setFont(font)
        self.details = QTextBrowser(self)
        self.details.setObjectName("suggestionText")
        self.details.setOpenLinks(False)
        form = QFormLayout()
        form.addRow(self.tr("Criteria set:"), self.criteria)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.category)
        layout.addWidget(self.details, 1)
        self.criteria.activated.connect(
            lambda index: self.criteria_chosen.emit(str(self.criteria.itemData(index)))
        )
        self.show_suggestion(None)

    def show_suggestion(self, suggestion: Suggestion | None) -> None:
        """Show a version's suggestion (``None``: not assessed yet)."""
        self.criteria.setEnabled(suggestion is not None)
        if suggestion is None:
            self.category.setText(self.tr("Not assessed yet"))
            self.category.setStyleSheet("")
            self.details.setHtml(
                "<p>"
                + html.escape(self.tr("Assess the case to measure the contact with each vessel."))
                + "</p>"
            )
            return
        self.criteria.setCurrentIndex(max(self.criteria.findData(suggestion.criteria_id), 0))
        self.category.setText(self.category_text(suggestion))
        colour = CATEGORY_COLOURS.get(suggestion.category) if suggestion.category else None
        self.category.setStyleSheet(f"color: {colour};" if colour else "")
        self.details.setHtml(self.details_html(suggestion))

    def category_text(self, suggestion: Suggestion) -> str:
        """ "At least borderline resectable — for the MDT to confirm"."""
        if suggestion.category is None:
            return self.tr("No category can be suggested")
        name = translate_message(CATEGORY_NAMES[suggestion.category])
        if suggestion.at_least:
            return self.tr("Suggested: at least {category} — for the MDT to confirm").format(
                category=name
            )
        return self.tr("Suggested: {category} — for the MDT to confirm").format(category=name)

    def details_html(self, suggestion: Suggestion) -> str:
        """Fired rules (most advanced first), missing inputs and the citation, as HTML."""
        parts = [f"<p>{html.escape(translate_message(suggestion.summary()))}</p>"]
        fired = sorted(suggestion.fired, key=lambda f: -f.category.rank)
        if fired:
            parts.append(f"<p><b>{html.escape(self.tr('Rules that fired'))}</b></p><ul>")
            for rule in fired:
                vessel = (
                    translate_message(VESSEL_NAMES[rule.vessel]) + ": "
                    if rule.vessel is not None
                    else ""
                )
                category = translate_message(CATEGORY_NAMES[rule.category])
                colour = CATEGORY_COLOURS[rule.category]
                parts.append(
                    f'<li><span style="color:{colour}">[{html.escape(category)}]</span> '
                    f"<b>{html.escape(vessel)}</b>{html.escape(translate_message(rule.reason))} "
                    f"<small>({html.escape(rule.rule_id)})</small></li>"
                )
            parts.append("</ul>")
        if suggestion.missing:
            parts.append(f"<p><b>{html.escape(self.tr('Missing'))}</b></p><ul>")
            for missing in suggestion.missing:
                parts.append(f"<li>{html.escape(translate_message(missing.consequence))}</li>")
            parts.append("</ul>")
        for note in suggestion.notes:
            parts.append(f"<p><i>{html.escape(translate_message(note))}</i></p>")
        parts.append(f"<p><small>{html.escape(suggestion.citation)}</small></p>")
        return "".join(parts)
