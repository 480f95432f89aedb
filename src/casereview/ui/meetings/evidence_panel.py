"""The evidence part of the decision form: what a decision will cite, and what it cites.

While a decision is recorded (a new one, a draft, an amendment) the panel shows the case's latest
resectability assessment with its suggested category and the reasons behind it, a "cite this
assessment" box (ticked when there is one), beside it the case's liver resection plan (its
resection, FLR and verdicts) with a "cite this liver plan" box (ticked when there is one), and
the case's key images to cite. The suggestion
never fills a field of the decision: the clinicians pick the recommendation themselves.

For a signed decision it shows what is cited (frozen with the signature), whether each cited
item still checks (``services.decision_evidence.evidence_status``) and "evidence changed since"
when the assessment or the liver plan has a newer version. For an amendment, what evidence changed from the
decision it amends.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casereview.domain.annotations import KeyImage
from casereview.domain.decision_evidence import (
    Citation,
    CitationKind,
    EvidenceRequest,
    cite_assessment,
    cite_key_image,
    cite_liver_plan,
    cited_assessment,
    cited_liver_plan,
    evidence_changes,
)
from casereview.domain.decisions import Decision
from casereview.domain.liver_plan_record import LiverPlanVersion
from casereview.domain.resectability_record import AssessmentVersion
from casereview.errors import CasereviewError
from casereview.services import annotations as annotation_service
from casereview.services import decision_evidence as evidence_service
from casereview.services import resectability_record
from casereview.store.database import Database
from casereview.ui.core_messages import translate_message
from casereview.ui.errors import ErrorPresenter

#: Item data role holding a key image's UUID in the list of key images to cite.
UUID_ROLE = Qt.ItemDataRole.UserRole + 1


def _lines(items: Sequence[str]) -> str:
    return "<br/>".join(items)


def _e(text: str) -> str:
    """``text`` (a core message is translated first) escaped for a rich-text label."""
    return html.escape(translate_message(text), quote=False)


def citation_line(citation: Citation) -> str:
    """One cited item for the reader, translated: the assessment with its suggested category."""
    line = translate_message(citation.describe())
    if citation.kind is CitationKind.ASSESSMENT and citation.assessment is not None:
        line = QCoreApplication.translate(
            "Meetings", "{citation}: {category} suggested ({criteria})"
        ).format(
            citation=line,
            category=translate_message(citation.assessment.category_text),
            criteria=citation.assessment.criteria_name,
        )
    if citation.kind is CitationKind.LIVER_PLAN and citation.liver_plan is not None:
        line = QCoreApplication.translate("Meetings", "{citation}: {summary}").format(
            citation=line, summary=translate_message(citation.liver_plan.summary())
        )
    return line


class WrappedText(QLabel):
    """A word-wrapped rich-text label that asks for the height its lines need at its width.

    A plain ``QLabel`` reports a minimum height for an arbitrary width, so a form taller than
    its window (or scroll area) squeezes it and cuts its last lines off.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self._laid_out_width = -1

    def minimumSizeHint(self) -> QSize:
        """At least the height of the wrapped text at the current width."""
        hint = super().minimumSizeHint()
        if self.width() > 0:
            hint.setHeight(max(hint.height(), self.heightForWidth(self.width())))
        return hint

    def setText(self, text: str) -> None:
        """Show ``text`` and ask the layout for the height it needs."""
        super().setText(text)
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A new width may need another height; asked once per width, so layouts settle."""
        super().resizeEvent(event)
        if event.size().width() != self._laid_out_width:
            self._laid_out_width = event.size().width()
            self.updateGeometry()


class EvidencePanel(QGroupBox):
    """Shows the suggestion and the choice of evidence, or the evidence a decision cites.

    Parameters
    ----------
    db
        The open database.
    errors
        Where a failure to read the evidence is shown.
    """

    def __init__(self, db: Database, errors: ErrorPresenter, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("Meetings", "Evidence"), parent)
        self.setObjectName("decisionEvidence")
        self.db = db
        self.errors = errors
        self.case_id: int | None = None
        self.latest: AssessmentVersion | None = None
        #: The liver plan offered for citing (the case's newest; a partner's when it has none).
        self.liver_plan: LiverPlanVersion | None = None
        self.key_images: list[KeyImage] = []
        #: What the decision shown (or the one being amended) cites.
        self.stored: tuple[Citation, ...] = ()
        #: What the choice is compared with while editing, and the heading of the comparison.
        self.baseline: tuple[Citation, ...] = ()
        self.baseline_heading = ""
        self.always_compare = False
        self.compared = False
        self.amending = False
        self.editable = False

        self.suggestion = WrappedText(self)
        self.suggestion.setObjectName("evidenceSuggestion")
        self.cite_assessment = QCheckBox(self)
        self.cite_assessment.setObjectName("citeAssessment")
        self.cite_assessment.toggled.connect(self._choice_changed)
        self.liver_summary = WrappedText(self)
        self.liver_summary.setObjectName("evidenceLiverPlan")
        self.cite_liver_plan = QCheckBox(self)
        self.cite_liver_plan.setObjectName("citeLiverPlan")
        self.cite_liver_plan.toggled.connect(self._choice_changed)
        self.images_label = QLabel(
            QCoreApplication.translate("Meetings", "Key images to cite:"), self
        )
        self.images = QListWidget(self)
        self.images.setObjectName("citeKeyImages")
        self.images.setMaximumHeight(90)
        self.images.itemChanged.connect(self._choice_changed)
        self.cited = WrappedText(self)
        self.cited.setObjectName("citedEvidence")
        self.notes = WrappedText(self)
        self.notes.setObjectName("evidenceNotes")

        layout = QVBoxLayout(self)
        layout.addWidget(self.suggestion)
        layout.addWidget(self.cite_assessment)
        layout.addWidget(self.liver_summary)
        layout.addWidget(self.cite_liver_plan)
        layout.addWidget(self.images_label)
        layout.addWidget(self.images)
        layout.addWidget(self.cited)
        layout.addWidget(self.notes)

    # --- loading ----------------------------------------------------------------------

    def show_for(
        self, case_id: int | None, decision: Decision | None, *, editable: bool, amending: bool
    ) -> None:
        """Show the evidence of ``decision`` about ``case_id`` (``None``: no case shown).

        Parameters
        ----------
        editable
            Whether the decision is being recorded or edited (the choice is offered).
        amending
            Whether a signed ``decision`` is being amended (its evidence is the starting
            point, and what would change is shown).
        """
        self.case_id, self.editable, self.amending = case_id, editable, amending
        self.setVisible(case_id is not None)
        if case_id is None:
            return
        status: evidence_service.EvidenceStatus | None = None
        amended: tuple[Citation, ...] = ()
        try:
            self.latest = resectability_record.latest_assessment(self.db, case_id)
            self.liver_plan = evidence_service.citable_liver_plan(self.db, case_id)
            self.key_images = annotation_service.list_key_images(self.db, case_id)
            if decision is not None:
                status = evidence_service.evidence_status(self.db, decision.id)
                if editable and not amending and decision.amends_id is not None:
                    amended = evidence_service.decision_evidence(self.db, decision.amends_id)
        except CasereviewError as exc:
            self.errors.present(exc)
            self.latest, self.key_images, self.liver_plan = None, [], None
        self.stored = status.citations if status is not None else ()
        self.always_compare = amending or (decision is not None and decision.amends_id is not None)
        # A new decision has nothing to be compared with.
        self.compared = decision is not None
        if amending:
            self.baseline = self.stored
            self.baseline_heading = QCoreApplication.translate(
                "Meetings", "Evidence changes from the signed decision:"
            )
        elif decision is not None and decision.amends_id is not None:
            self.baseline = amended
            self.baseline_heading = QCoreApplication.translate(
                "Meetings", "Evidence changes from the amended decision:"
            )
        else:
            self.baseline = self.stored
            self.baseline_heading = QCoreApplication.translate(
                "Meetings", "Changes from what the draft cites now:"
            )
        self._show_suggestion()
        self._fill_choice(decision)
        for widget in (self.cite_assessment, self.images_label, self.images):
            widget.setVisible(editable)
        self.cite_assessment.setEnabled(editable and self.latest is not None)
        # A case without a liver plan is not a liver case: nothing about it is offered.
        self.liver_summary.setVisible(editable and self.liver_plan is not None)
        self.cite_liver_plan.setVisible(editable and self.liver_plan is not None)
        self.images_label.setVisible(editable and bool(self.key_images))
        self.images.setVisible(editable and bool(self.key_images))
        if editable:
            self._show_choice()
        else:
            self._show_cited(status)

    def _show_suggestion(self) -> None:
        latest = self.latest
        if latest is None:
            self.suggestion.setText(
                _e(
                    QCoreApplication.translate(
                        "Meetings", "This case has no resectability assessment to cite."
                    )
                )
            )
            return
        suggestion = latest.suggestion
        heading = QCoreApplication.translate(
            "Meetings",
            "Suggested by the resectability assessment (version {number}, {criteria}), for the "
            "MDT to confirm; it fills none of the decision's fields:",
        ).format(number=latest.number, criteria=suggestion.criteria_name)
        category = cite_assessment(latest).assessment
        assert category is not None  # an assessment citation has its snapshot
        # The rules that set the category are the reasons; every rule that fired, and what
        # is missing, are in the tooltip (a long list would crowd the form at the meeting).
        reasons = [f"• {_e(f.reason)}" for f in suggestion.decisive]
        self.suggestion.setText(
            _lines([f"<i>{_e(heading)}</i>", f"<b>{_e(category.category_text)}</b>", *reasons])
        )
        self.suggestion.setToolTip(
            "\n".join(
                [
                    translate_message(suggestion.summary()),
                    *(f"• {translate_message(f.reason)}" for f in suggestion.fired),
                ]
            )
        )

    def _show_liver_plan(self) -> None:
        plan = self.liver_plan
        if plan is None:
            self.liver_summary.clear()
            return
        summary = cite_liver_plan(plan).liver_plan
        assert summary is not None  # a liver plan citation has its snapshot
        if plan.origin:
            heading = QCoreApplication.translate(
                "Meetings",
                "Liver resection plan of {origin} (version {number}, by {author}), a planning "
                "aid for the MDT to confirm:",
            ).format(origin=plan.origin, number=plan.number, author=plan.author)
        else:
            heading = QCoreApplication.translate(
                "Meetings",
                "Liver resection plan (version {number}, by {author}), a planning aid for the "
                "MDT to confirm:",
            ).format(number=plan.number, author=plan.author)
        self.liver_summary.setText(
            _lines([f"<i>{_e(heading)}</i>", f"<b>{_e(summary.summary())}</b>"])
        )

    def _fill_choice(self, decision: Decision | None) -> None:
        """Tick what the draft (or the decision being amended) cites; the latest assessment and
        liver plan are ticked by default when nothing was chosen before."""
        chosen_images = {c.uid for c in self.stored if c.kind is CitationKind.KEY_IMAGE}
        cites_assessment = cited_assessment(self.stored) is not None
        cites_plan = cited_liver_plan(self.stored) is not None
        first_choice = decision is None or (not self.stored and not decision.is_signed)
        self._show_liver_plan()
        blocked = [
            self.cite_assessment.blockSignals(True),
            self.images.blockSignals(True),
            self.cite_liver_plan.blockSignals(True),
        ]
        try:
            latest = self.latest
            if latest is None:
                self.cite_assessment.setText(
                    QCoreApplication.translate("Meetings", "Cite the assessment (none yet)")
                )
                self.cite_assessment.setChecked(False)
            else:
                self.cite_assessment.setText(
                    QCoreApplication.translate(
                        "Meetings", "Cite this assessment (version {number}, SHA-256 {hash})"
                    ).format(number=latest.number, hash=latest.content_sha256[:12])
                )
                self.cite_assessment.setChecked(first_choice or cites_assessment)
            plan = self.liver_plan
            if plan is None:
                self.cite_liver_plan.setChecked(False)
            else:
                self.cite_liver_plan.setText(
                    QCoreApplication.translate(
                        "Meetings", "Cite this liver plan (version {number}, SHA-256 {hash})"
                    ).format(number=plan.number, hash=plan.content_sha256[:12])
                )
                self.cite_liver_plan.setChecked(first_choice or cites_plan)
            self.images.clear()
            for key_image in self.key_images:
                entry = QListWidgetItem(
                    key_image.caption or key_image.orientation.capitalize(), self.images
                )
                entry.setData(UUID_ROLE, key_image.uuid)
                entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                entry.setCheckState(
                    Qt.CheckState.Checked
                    if key_image.uuid in chosen_images
                    else Qt.CheckState.Unchecked
                )
        finally:
            self.cite_assessment.blockSignals(blocked[0])
            self.images.blockSignals(blocked[1])
            self.cite_liver_plan.blockSignals(blocked[2])

    # --- the choice -------------------------------------------------------------------

    def request(self) -> EvidenceRequest:
        """What was chosen to cite."""
        assessment = (
            self.latest.uid if self.latest is not None and self.cite_assessment.isChecked() else ""
        )
        images = tuple(
            str(self.images.item(i).data(UUID_ROLE))
            for i in range(self.images.count())
            if self.images.item(i).checkState() == Qt.CheckState.Checked
        )
        plan = self.liver_plan
        liver_plan = plan.uid if plan is not None and self.cite_liver_plan.isChecked() else ""
        return EvidenceRequest(assessment, images, liver_plan_uid=liver_plan)

    def planned(self) -> tuple[Citation, ...]:
        """The citations the choice makes, from what is shown (nothing is read or stored)."""
        request = self.request()
        citations: list[Citation] = []
        if request.assessment_uid and self.latest is not None:
            citations.append(cite_assessment(self.latest))
        if request.liver_plan_uid and self.liver_plan is not None:
            citations.append(cite_liver_plan(self.liver_plan))
        by_uid = {k.uuid: k for k in self.key_images}
        citations += [cite_key_image(by_uid[uid]) for uid in request.key_image_uids]
        return tuple(citations)

    def _choice_changed(self, *_: object) -> None:
        if self.editable:
            self._show_choice()

    def _show_choice(self) -> None:
        planned = self.planned()
        heading = QCoreApplication.translate("Meetings", "Will be cited when saved:")
        if planned:
            lines = [_e(citation_line(c)) for c in planned]
        else:
            lines = [_e(QCoreApplication.translate("Meetings", "nothing"))]
        self.cited.setText(_lines([f"<b>{_e(heading)}</b>", *lines]))
        notes: list[str] = []
        changes = evidence_changes(self.baseline, planned)
        # An amendment says what changed even when nothing did: its reader looks for it. A
        # draft mentions only a change from what it cites now.
        if self.compared and (changes or self.always_compare):
            notes.append(f"<b>{_e(self.baseline_heading)}</b>")
            notes += [f"• {_e(m)}" for m in changes] or [
                _e(QCoreApplication.translate("Meetings", "none"))
            ]
        self.notes.setText(_lines(notes))
        self.notes.setVisible(bool(notes))

    # --- a stored decision ------------------------------------------------------------

    def _show_cited(self, status: evidence_service.EvidenceStatus | None) -> None:
        heading = QCoreApplication.translate("Meetings", "Cited evidence (frozen when signed):")
        citations = status.citations if status is not None else ()
        lines = [_e(citation_line(c)) for c in citations] or [
            _e(QCoreApplication.translate("Meetings", "This decision cites no evidence."))
        ]
        self.cited.setText(_lines([f"<b>{_e(heading)}</b>", *lines]))
        notes: list[str] = []
        if status is not None:
            for problem in status.problems:
                colour = "#c00000" if problem.integrity else "#b36b00"
                notes.append(f"<span style='color:{colour}'>{_e(problem.message)}</span>")
            if status.changed_since is not None:
                notes.append(f"<span style='color:#b36b00'>{_e(status.changed_since)}</span>")
            if status.liver_plan_changed_since is not None:
                notes.append(
                    f"<span style='color:#b36b00'>{_e(status.liver_plan_changed_since)}</span>"
                )
            if status.amendment_changes:
                notes.append(
                    "<b>"
                    + _e(
                        QCoreApplication.translate(
                            "Meetings", "Evidence changes from the amended decision:"
                        )
                    )
                    + "</b>"
                )
                notes += [f"• {_e(m)}" for m in status.amendment_changes]
        self.notes.setText(_lines(notes))
        self.notes.setVisible(bool(notes))
