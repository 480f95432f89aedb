"""The resectability workbench of one case: vessels, vessel view, suggestion and findings.

"Assess" measures the case from its coded segments off the UI thread (progress, Cancel) and
stores the result as a new version; every correction (an arc moved, a finding, a variant, the
vein's reconstructibility, the tumour's location, the criteria set) stores one more version
with its author. The window always shows the newest version; what changed goes out as a
``Changes`` record of the case, and a change of the case's segments or layers made elsewhere is
read again here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casereview.domain.changes import Changes
from casereview.domain.progress import CancelToken, ProgressReporter
from casereview.domain.resectability import VesselKind
from casereview.domain.resectability_record import AssessmentVersion
from casereview.services import resectability_record as record
from casereview.ui.case_follow import CaseFollower
from casereview.ui.core_messages import translate_message
from casereview.ui.resectability.data import WorkbenchData, assess_and_store, load_workbench
from casereview.ui.resectability.findings_panel import FindingsPanel
from casereview.ui.resectability.suggestion_panel import SuggestionPanel
from casereview.ui.resectability.vessel_table import VesselTable
from casereview.ui.resectability.vessel_view import VesselView
from casereview.ui.shell_protocol import Shell
from casereview.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

#: Kinds of change to a case after which the workbench reads it again.
FOLLOWED_KINDS = ("segments", "layers", "cases")


class ResectabilityWindow(QMainWindow):
    """The workbench window; :meth:`open_case` shows a case."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell.as_widget())
        self.shell = shell
        self.setObjectName("resectabilityWindow")
        self.setWindowTitle(self.tr("casereview — Resectability"))
        # Progress over this window, errors through the application's one presenter.
        self.runner = TaskRunner(self, shell.errors)
        self.data = WorkbenchData(0)
        self._generation = 0

        self.case_label = QLabel(self)
        self.case_label.setObjectName("caseLabel")
        self.version_label = QLabel(self)
        self.version_label.setObjectName("versionLabel")
        self.version_label.setWordWrap(True)
        self.assess_button = QPushButton(self.tr("Assess"), self)
        self.assess_button.setObjectName("assessButton")
        self.assess_button.setToolTip(
            self.tr(
                "Measure the tumour's contact with each segmented vessel and store it as a new "
                "version (corrections and findings are kept)"
            )
        )
        # Our own assessment, or one a partner sent in a package (read-only, their layer).
        self.layer_box = QComboBox(self)
        self.layer_box.setObjectName("assessmentLayer")
        self.layer_box.setToolTip(
            self.tr("Our assessment, or a partner institution's received in a package")
        )
        self.layer_box.hide()
        self.table = VesselTable(self)
        self.vessel_view = VesselView(self)
        self.suggestion = SuggestionPanel(self)
        self.findings = FindingsPanel(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("workbenchTabs")
        self.tabs.addTab(self.suggestion, self.tr("Suggestion"))
        self.tabs.addTab(self.findings, self.tr("Findings"))

        top = QHBoxLayout()
        top.addWidget(self.case_label)
        top.addWidget(self.version_label, 1)
        top.addWidget(self.layer_box)
        top.addWidget(self.assess_button)
        left = QSplitter(Qt.Orientation.Vertical, self)
        left.addWidget(self.table)
        left.addWidget(self.vessel_view)
        left.setStretchFactor(0, 1)
        left.setStretchFactor(1, 4)
        left.setSizes([230, 730])  # every vessel's row in view, the rest for the images
        body = QSplitter(Qt.Orientation.Horizontal, self)
        body.addWidget(left)
        body.addWidget(self.tabs)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addWidget(body, 1)
        self.setCentralWidget(central)
        self.resize(1500, 960)

        self.assess_button.clicked.connect(self.assess)
        self.layer_box.activated.connect(self._choose_layer)
        self.table.vessel_chosen.connect(self._show_vessel)
        self.vessel_view.override_requested.connect(self._override)
        self.vessel_view.override_removed.connect(self._back_to_measured)
        self.suggestion.criteria_chosen.connect(self._criteria)
        self._connect_findings()
        self.follower = CaseFollower(
            self, shell, FOLLOWED_KINDS, lambda: self.case_id, lambda: self.reload(quiet=True)
        )
        shell.closing.connect(self.shut_down)

    def _connect_findings(self) -> None:
        panel, actor = self.findings, lambda: self.shell.context.user.username
        db = self.shell.context.db
        panel.finding_added.connect(
            lambda vessel, kind, thrombus, note: self._store(
                lambda case: record.add_finding(
                    db, case, vessel, kind, actor(), thrombus=thrombus or None, note=note
                )
            )
        )
        panel.finding_removed.connect(
            lambda vessel, kind: self._store(
                lambda case: record.remove_finding(db, case, vessel, kind, actor())
            )
        )
        panel.variant_added.connect(
            lambda kind, touches, origin, text: self._store(
                lambda case: record.record_variant(
                    db, case, kind, touches, actor(), origin=origin or None, description=text
                )
            )
        )
        panel.variant_removed.connect(
            lambda kind: self._store(lambda case: record.remove_variant(db, case, kind, actor()))
        )
        panel.reconstruction_set.connect(
            lambda value: self._store(
                lambda case: record.set_reconstruction(db, case, value or None, actor())
            )
        )
        panel.location_set.connect(
            lambda value: self._store(
                lambda case: record.set_tumour_location(db, case, value or None, actor())
            )
        )

    # --- showing a case ------------------------------------------------------------------

    @property
    def case_id(self) -> int:
        """The case shown (0: none yet)."""
        return self.data.case_id

    @property
    def layer(self) -> str:
        """``""`` when our assessment is shown, else the partner institution's name."""
        return self.data.layer

    def open_case(self, case_id: int, layer: str = "") -> None:
        """Show ``case_id`` in front (a partner's assessment with ``layer``), read off the UI
        thread."""
        stale = self.follower.take_stale()
        if case_id != self.case_id or layer != self.layer or stale:
            self.data = WorkbenchData(case_id, layer=layer, partners=self.data.partners)
            self._show_data()
            self.reload()
        self.show()
        self.raise_()
        self.activateWindow()
        self.shell.dialog_shown.emit("resectability", self)

    def reload(self, quiet: bool = False) -> None:
        """Read the case's newest assessment and its images again."""
        case_id, db, cache = self.case_id, self.shell.context.db, self.shell.volume_cache
        layer = self.layer
        self._generation += 1
        generation = self._generation

        def work(progress: ProgressReporter, cancel: CancelToken) -> WorkbenchData:
            return load_workbench(db, case_id, cache, progress, cancel, layer)

        def show(data: WorkbenchData) -> None:
            if generation == self._generation and data.case_id == self.case_id:
                self.data = data
                self._show_data()

        self.runner.run(self.tr("Reading the assessment"), work, show, quiet=quiet)

    def _show_data(self) -> None:
        data, version = self.data, self.data.version
        case = next((c for c in self.shell.index.cases if c.id == data.case_id), None)
        self.case_label.setText(
            self.tr("Case #{number}: {title}").format(
                number=data.case_id, title="" if case is None else case.title
            )
        )
        self.version_label.setText(self._version_text(version))
        self._show_layers()
        self.table.show_data(data)
        self.suggestion.show_suggestion(None if version is None else version.suggestion)
        self.findings.show_inputs(None if version is None else version.inputs)
        # A partner's assessment is theirs: shown, never changed here.
        received = bool(data.layer)
        self.assess_button.setEnabled(not received)
        self.vessel_view.set_read_only(received)
        self.findings.setEnabled(not received and version is not None)
        self.suggestion.criteria.setEnabled(not received)
        if version is not None and not self.table.current_role():
            measured = version.inputs.measurements
            if measured:
                self.table.select_vessel(max(measured, key=lambda m: m.effective_angle_deg).vessel)

    def _show_layers(self) -> None:
        partners = self.data.partners
        self.layer_box.blockSignals(True)
        self.layer_box.clear()
        self.layer_box.addItem(self.tr("Our assessment"), "")
        for name in partners:
            self.layer_box.addItem(
                self.tr("Assessment of {institution}").format(institution=name), name
            )
        self.layer_box.setCurrentIndex(max(self.layer_box.findData(self.data.layer), 0))
        self.layer_box.blockSignals(False)
        self.layer_box.setVisible(bool(partners))

    def _choose_layer(self, index: int) -> None:
        layer = str(self.layer_box.itemData(index) or "")
        if layer != self.layer:
            self.table.clearSelection()
            self.open_case(self.case_id, layer)

    def _version_text(self, version: AssessmentVersion | None) -> str:
        if version is not None and self.data.layer:
            when = version.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
            return self.tr(
                "Received from {institution}: their version {number} — {change} ({author}, "
                "{when}); read-only"
            ).format(
                institution=self.data.layer,
                number=version.number,
                change=translate_message(version.change_text()),
                author=version.author,
                when=when,
            )
        if version is None:
            return self.tr("Not assessed yet: press Assess to measure the case's segments.")
        when = version.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        return self.tr("Version {number} — {change} ({author}, {when})").format(
            number=version.number,
            change=translate_message(version.change_text()),
            author=version.author,
            when=when,
        )

    def _show_vessel(self, role: str) -> None:
        version = self.data.version
        measurement = None
        if version is not None and role:
            measurement = version.inputs.measurement(VesselKind(role))
        self.vessel_view.show_vessel(self.data if role else None, role, measurement)

    # --- changing the assessment ---------------------------------------------------------

    def assess(self) -> None:
        """Measure the case again from its segments (off the UI thread) and store it."""
        if not self.case_id or self.runner.busy:
            return
        case_id, db = self.case_id, self.shell.context.db
        actor = self.shell.context.user.username
        version = self.data.version
        criteria = "nccn" if version is None else version.criteria_id
        self.assess_button.setEnabled(False)

        def work(progress: ProgressReporter, cancel: CancelToken) -> AssessmentVersion:
            return assess_and_store(db, case_id, criteria, actor, progress, cancel)

        def stored(version: AssessmentVersion) -> None:
            self._announce(version.case_id)
            self.reload()

        task = self.runner.run(self.tr("Assessing resectability"), work, stored)
        task.finished.connect(lambda: self.assess_button.setEnabled(True))

    def _store(self, change: Callable[[int], AssessmentVersion]) -> AssessmentVersion | None:
        """Store one correction as a new version and show it (errors are shown, not raised)."""
        if not self.case_id:
            return None
        try:
            version = change(self.case_id)
        except Exception as exc:
            self.shell.errors.present(exc)
            self._show_data()  # drop-down lists go back to what is stored
            return None
        current = self.data.version
        if current is not None and version.run.uid == current.run.uid:
            self.data = self.data.with_version(version)
            self._show_data()
            self._show_vessel(self.table.current_role())
        else:
            self.reload()
        self._announce(version.case_id)
        self.shell.show_status(
            QCoreApplication.translate("MainWindow", "Resectability: {change}").format(
                change=translate_message(version.change_text())
            )
        )
        return version

    def _override(self, angle: float, reason: str) -> None:
        role, db = self.vessel_view.role, self.shell.context.db
        user = self.shell.context.user.username
        if role:
            self._store(
                lambda case: record.override_angle(db, case, role, angle, user, reason=reason)
            )

    def _back_to_measured(self) -> None:
        role, db = self.vessel_view.role, self.shell.context.db
        user = self.shell.context.user.username
        if role:
            self._store(lambda case: record.override_angle(db, case, role, None, user))

    def _criteria(self, criteria_id: str) -> None:
        version, db = self.data.version, self.shell.context.db
        user = self.shell.context.user.username
        if version is not None and criteria_id != version.criteria_id:
            self._store(lambda case: record.change_criteria(db, case, criteria_id, user))

    # --- following the rest of the application -------------------------------------------

    def _announce(self, case_id: int) -> None:
        self.follower.announce(Changes.of("cases", [case_id]))

    def shut_down(self) -> None:
        """Close, and let reads under way finish (the database closes next)."""
        for task in self.runner.tasks:
            task.cancel()
        self.close()
        self.runner.wait_for_all(10_000)
