"""The resectability workbench on the small borderline demo, as a surgeon uses it (issue 16).

The demo is installed and its reference SEG imported into its case (coded tumour and vessel
segments), as in the command-line test. From the main window: select the case, Case →
Resectability…, Assess; the table's angles agree with the ground truth (within 10° on the
small demo's 1.5 mm pixels). On the SMV's cross-section an arc end is dragged with the mouse
and the correction recorded: a new stored version carries the override (author: the user of
the window; the measured angle kept) and the table shows both angles. Findings change the
suggestion where the criteria say so; a case without segments is refused with a message that
says what to segment.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from gui_helpers import ShownDialogs, refresh, save_screenshot
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from casereview.app.context import AppContext
from casereview.demo.install import install_demo
from casereview.demo.truth import GroundTruth
from casereview.domain.cases import CaseDraft
from casereview.domain.resectability import AngleOverride, VesselKind
from casereview.domain.resectability_criteria import CRITERIA_SETS
from casereview.domain.resectability_evaluation import evaluate
from casereview.domain.resectability_record import ChangeKind, with_override
from casereview.domain.resectability_rules import ResectabilityCategory
from casereview.services import cases as case_service
from casereview.services import resectability_record as record
from casereview.services.resectability import assess_case
from casereview.services.resectability_record import assessment_sha256
from casereview.services.segmentations import import_seg
from casereview.store.repositories import UserRepository
from casereview.store.repositories_resectability_layers import (
    AssessmentOrigin,
    ReceivedRun,
    ReceivedVersion,
    ResectabilityLayerRepository,
)
from casereview.ui.reports import ReportOptions, write_case_report
from casereview.ui.resectability.cross_section_view import arc_width
from casereview.ui.resectability.vessel_table import CORRECTED, MEASURED
from casereview.ui.resectability.window import ResectabilityWindow
from casereview.ui.shell import ShellWindow
from exchange.case_report_helpers import pdf_text, squeezed

pytestmark = pytest.mark.gui

#: Largest difference (degrees) between an angle in the table and the ground truth.
ANGLE_TOLERANCE_DEG = 10.0
#: How far (degrees) the arc's end is dragged back.
DRAGGED_DEG = 40.0


@pytest.fixture
def borderline(context: AppContext, tmp_path: Path) -> tuple[int, GroundTruth]:
    """The small borderline demo case with its reference segments imported."""
    demo = install_demo(
        context.db,
        tmp_path / "demo",
        context.user.username,
        staging_dir=context.paths.imports,
        quarantine_dir=context.paths.quarantine,
        small=True,
    )
    assert demo.demo is not None
    import_seg(context.db, demo.case.id, demo.demo.seg_path, context.user.username)
    return demo.case.id, demo.demo.ground_truth


def _open_workbench(
    window: ShellWindow, qtbot: QtBot, dialogs: ShownDialogs, case_id: int
) -> ResectabilityWindow:
    refresh(window, qtbot)
    assert window.browser.select_case(case_id)
    action = window.action_registry.action("casereview.case.resectability")
    qtbot.waitUntil(action.isEnabled, timeout=5_000)
    dialogs.clear()
    action.trigger()
    workbench = dialogs.wait(qtbot, "resectability")
    assert isinstance(workbench, ResectabilityWindow)
    qtbot.waitExposed(workbench)
    qtbot.waitUntil(lambda: not workbench.runner.busy, timeout=60_000)
    return workbench


def _cell(workbench: ResectabilityWindow, vessel: str, column: int) -> str:
    row = workbench.table.row_of(vessel)
    assert row >= 0, vessel
    item = workbench.table.item(row, column)
    assert item is not None
    return item.text()


def _drag(qtbot: QtBot, widget: object, start: QPointF, end: QPointF) -> None:
    """Press at ``start``, move in steps, release at ``end`` (as a hand drags)."""
    a, b = start.toPoint(), end.toPoint()
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    for step in range(1, 11):
        point = QPoint(
            round(a.x() + (b.x() - a.x()) * step / 10), round(a.y() + (b.y() - a.y()) * step / 10)
        )
        QTest.mouseMove(widget, point, 10)
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)
    qtbot.wait(50)


def _rules(workbench: ResectabilityWindow) -> set[tuple[str, str | None]]:
    version = workbench.data.version
    assert version is not None
    return {
        (f.rule_id, None if f.vessel is None else f.vessel.value) for f in version.suggestion.fired
    }


def test_assess_correct_an_arc_and_add_findings(
    borderline: tuple[int, GroundTruth],
    context: AppContext,
    window: ShellWindow,
    dialogs: ShownDialogs,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    case_id, truth = borderline
    workbench = _open_workbench(window, qtbot, dialogs, case_id)
    assert workbench.data.version is None
    assert workbench.suggestion.category.text() == "Not assessed yet"

    # Assess: measured off the UI thread, stored as version 1, shown.
    qtbot.mouseClick(workbench.assess_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: workbench.data.version is not None, timeout=120_000)
    qtbot.waitUntil(lambda: not workbench.runner.busy, timeout=60_000)
    first = record.latest_assessment(context.db, case_id)
    assert first is not None and first.number == 1 and first.change is ChangeKind.MEASURED
    for kind in ("sma", "celiac", "cha", "smv", "pv"):
        shown = float(_cell(workbench, kind, MEASURED).rstrip("°"))
        assert shown == pytest.approx(truth.vessels[kind].angle_deg, abs=ANGLE_TOLERANCE_DEG)
        assert _cell(workbench, kind, CORRECTED) == "–"
    assert "> 180°" in _cell(workbench, "smv", 5)
    assert workbench.table.row_of("jejunal") == -1  # not segmented: listed, not choosable
    assert workbench.suggestion.category.text() == (
        "Suggested: at least borderline resectable — for the MDT to confirm"
    )
    assert "NCCN-BR-VEIN-ABOVE-180" in workbench.suggestion.details.toPlainText() + str(
        _rules(workbench)
    )

    # Every measured vessel can be shown (with or without contact, near the tumour or not).
    version = workbench.data.version
    assert version is not None
    for measured in version.inputs.measurements:
        workbench.table.select_vessel(measured.vessel.value)
        assert workbench.vessel_view.role == measured.vessel.value
        assert workbench.vessel_view.title.text().startswith(_cell(workbench, measured.vessel, 0))
        if measured.angle_deg == 0.0:
            assert not workbench.vessel_view.section_view.arcs

    # The SMV in the vessel view: the cursor on its largest contact, arcs on the cross-section.
    workbench.table.select_vessel("smv")
    view = workbench.vessel_view
    assert view.role == "smv"
    section_view = view.section_view
    section = section_view.section
    assert section is not None and section.angle_deg == max(s.angle_deg for s in view.sections)
    assert section_view.plane is not None and section_view.plane.vessel is not None
    assert section_view.plane.vessel[
        section_view.plane.centre_index, section_view.plane.centre_index
    ]
    assert section_view.arcs, "the largest SMV contact has no arc"
    measured_angle = section.angle_deg
    save_screenshot(workbench, "resectability_vessel_view")

    # Drag the end of the widest arc back by 40 degrees and record the correction.
    index = max(range(len(section_view.arcs)), key=lambda i: arc_width(section_view.arcs[i]))
    start, end = section_view.arcs[index]
    target = section_view.point_at((end - DRAGGED_DEG) % 360.0)
    _drag(qtbot, section_view, section_view.handle_position(index, 1), target)
    assert section_view.is_edited
    corrected = section_view.corrected_angle()
    assert corrected == pytest.approx(measured_angle - DRAGGED_DEG, abs=2.0)
    assert view.record_button.isVisible()
    assert "measured here" in view.correction.text()
    save_screenshot(workbench, "resectability_arc_corrected")
    qtbot.mouseClick(view.record_button, Qt.MouseButton.LeftButton)

    stored = record.latest_assessment(context.db, case_id)
    assert stored is not None and stored.number == 2 and stored.change is ChangeKind.OVERRIDE
    smv = stored.inputs.measurement(VesselKind.SMV)
    assert smv is not None and smv.override is not None
    assert smv.override.angle_deg == pytest.approx(round(corrected, 1), abs=0.05)
    assert smv.override.author == (context.user.display_name or context.user.username)
    assert f"{section.arclength_mm:.1f} mm" in smv.override.reason
    assert smv.angle_deg == first.inputs.measurement(VesselKind.SMV).angle_deg  # kept
    # The table shows both: the measured angle and the person's, with who set it.
    assert _cell(workbench, "smv", MEASURED) == f"{smv.angle_deg:.1f}°"
    corrected_text = _cell(workbench, "smv", CORRECTED)
    assert corrected_text.startswith(f"{smv.override.angle_deg:.1f}°")
    assert smv.override.author in corrected_text
    assert workbench.version_label.text().startswith("Version 2")
    # Now at most 180°: the SMV is read as resectable by NCCN, the SMA keeps borderline.
    rules = _rules(workbench)
    assert ("NCCN-BR-VEIN-ABOVE-180", "smv") not in rules
    assert ("NCCN-R-VEIN", "smv") in rules
    assert view.measured_button.isEnabled()
    assert view.chart.override == pytest.approx(smv.override.angle_deg)
    save_screenshot(workbench, "resectability_override_recorded")
    # The case report prints the correction beside the measured angle, with who made it.
    report = write_case_report(
        context.db, case_id, tmp_path / "case-report.pdf", ReportOptions(author="Dr Test")
    )
    text = squeezed(pdf_text(report.read_bytes()))
    assert squeezed(f"{smv.override.angle_deg:.1f}° by {smv.override.author}") in text
    assert squeezed(f"{smv.angle_deg:.1f}°") in text and "version2" in text

    # A finding: occlusion of the SMV (tumour thrombus) takes it out of "resectable".
    workbench.tabs.setCurrentWidget(workbench.findings)
    panel = workbench.findings
    panel.vessel.setCurrentIndex(panel.vessel.findData("smv"))
    panel.kind.setCurrentIndex(panel.kind.findData("occlusion"))
    qtbot.mouseClick(panel.add_finding, Qt.MouseButton.LeftButton)
    assert panel.findings.count() == 1
    rules = _rules(workbench)
    assert ("NCCN-R-VEIN", "smv") not in rules
    assert ("NCCN-BR-VEIN-THROMBOSIS", "smv") in rules
    # Not reconstructible: locally advanced.
    panel.reconstruction.setCurrentIndex(panel.reconstruction.findData("no"))
    panel.reconstruction.activated.emit(panel.reconstruction.currentIndex())
    version = workbench.data.version
    assert version is not None and version.number == 4
    assert version.suggestion.category is ResectabilityCategory.LOCALLY_ADVANCED
    assert ("NCCN-LA-VEIN-UNRECONSTRUCTIBLE", "smv") in _rules(workbench)
    assert "locally advanced" in workbench.suggestion.category.text()
    save_screenshot(workbench, "resectability_findings")

    # The Dutch criteria: an occluded SMV is irresectable there too.
    combo = workbench.suggestion.criteria
    combo.setCurrentIndex(combo.findData("dpcg-2012"))
    combo.activated.emit(combo.currentIndex())
    version = workbench.data.version
    assert version is not None and version.criteria_id == "dpcg-2012"
    assert ("DPCG-LA-OCCLUSION", "smv") in _rules(workbench)
    workbench.tabs.setCurrentWidget(workbench.suggestion)
    assert "DPCG" in workbench.suggestion.details.toPlainText()
    save_screenshot(workbench, "resectability_suggestion")

    # Back to measured: the person's angle goes, the measured one stays.
    workbench.table.select_vessel("smv")
    qtbot.mouseClick(view.measured_button, Qt.MouseButton.LeftButton)
    latest = record.latest_assessment(context.db, case_id)
    assert latest is not None and latest.change is ChangeKind.OVERRIDE_REMOVED
    smv = latest.inputs.measurement(VesselKind.SMV)
    assert smv is not None and smv.override is None
    assert _cell(workbench, "smv", CORRECTED) == "–"
    assert [v.number for v in record.assessment_history(context.db, case_id)] == [1, 2, 3, 4, 5, 6]


def test_a_case_without_segments_is_refused_with_what_to_segment(
    borderline: tuple[int, GroundTruth],
    context: AppContext,
    window: ShellWindow,
    dialogs: ShownDialogs,
    qtbot: QtBot,
) -> None:
    case_id, _truth = borderline
    demo_case = case_service.get_case(context.db, case_id)
    empty = case_service.create_case(
        context.db,
        CaseDraft(demo_case.patient_id, "No segments", series_ids=demo_case.series_ids),
        context.user.username,
    )
    workbench = _open_workbench(window, qtbot, dialogs, empty.id)
    shown: list[str] = []
    window.errors.shown.connect(lambda _title, text: shown.append(text))
    qtbot.mouseClick(workbench.assess_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=60_000)
    assert "Segment the tumour first" in shown[0]
    assert record.latest_assessment(context.db, empty.id) is None
    assert workbench.data.version is None
    qtbot.waitUntil(workbench.assess_button.isEnabled, timeout=10_000)


#: The partner institution whose assessment arrives in a package, and its surgeon.
PARTNER, PARTNER_SURGEON = "Hôpital Saint-Éloi", "Dr Émile Lefèvre"


def _receive_partner_assessment(context: AppContext, case_id: int, smv_deg: float) -> None:
    """Store, as the package merge does, a partner's version of our assessment in which their
    surgeon reads the SMV at ``smv_deg``."""
    ours = record.latest_assessment(context.db, case_id)
    assert ours is not None
    at = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
    inputs = with_override(
        ours.inputs, VesselKind.SMV, AngleOverride(smv_deg, PARTNER_SURGEON, at, "second look")
    )
    suggestion = evaluate(CRITERIA_SETS[ours.criteria_id], inputs)
    content = assessment_sha256(ours.criteria_id, inputs, suggestion)
    origin = AssessmentOrigin(PARTNER, "package-1", "partner-version-3", PARTNER_SURGEON, at)
    run = ReceivedRun(
        case_id,
        ours.run.series_instance_uid,
        ours.run.segments,
        ours.run.not_found,
        json.dumps(record.run_contacts(context.db, ours).to_json()),
        replace(origin, origin_uid="partner-run-1"),
    )
    with context.db.writing() as session:
        user_id = UserRepository(session).row_id(context.user.username)
        repository = ResectabilityLayerRepository(session)
        run_id = repository.add_run(run, user_id)
        repository.add_version(
            ReceivedVersion(
                case_id,
                ours.criteria_id,
                inputs,
                suggestion,
                content,
                ChangeKind.OVERRIDE,
                {"vessel": "smv", "angle_deg": smv_deg},
                3,
                content,
                origin,
            ),
            run_id,
            user_id,
        )


@pytest.fixture
def received(borderline: tuple[int, GroundTruth], context: AppContext) -> int:
    """The borderline case assessed here, and a partner's version of it received."""
    case_id, _truth = borderline
    record.save_assessment(context.db, assess_case(context.db, case_id), context.user.username)
    _receive_partner_assessment(context, case_id, 250.0)
    return case_id


def test_a_partners_assessment_is_shown_read_only_beside_ours(
    received: int,
    context: AppContext,
    window: ShellWindow,
    dialogs: ShownDialogs,
    qtbot: QtBot,
) -> None:
    case_id = received
    workbench = _open_workbench(window, qtbot, dialogs, case_id)
    box = workbench.layer_box
    assert box.isVisible() and box.count() == 2
    assert _cell(workbench, "smv", CORRECTED) == "–"  # ours: the measured angle only
    assert workbench.assess_button.isEnabled()

    box.setCurrentIndex(1)
    box.activated.emit(1)
    qtbot.waitUntil(lambda: workbench.layer == PARTNER and workbench.data.version is not None)
    qtbot.waitUntil(lambda: not workbench.runner.busy, timeout=60_000)
    assert workbench.version_label.text().startswith(f"Received from {PARTNER}: their version 3")
    assert _cell(workbench, "smv", CORRECTED).startswith(f"250.0° — {PARTNER_SURGEON}")
    assert not workbench.assess_button.isEnabled() and not workbench.findings.isEnabled()
    assert workbench.vessel_view.read_only
    workbench.table.select_vessel("smv")
    qtbot.waitUntil(lambda: workbench.vessel_view.role == "smv")
    assert workbench.vessel_view.section_view.arcs
    save_screenshot(workbench, "resectability_partner_layer")
    # Our own history is untouched by the partner's version.
    assert [v.number for v in record.assessment_history(context.db, case_id)] == [1]

    box.setCurrentIndex(0)
    box.activated.emit(0)
    qtbot.waitUntil(lambda: workbench.layer == "" and workbench.data.version is not None)
    qtbot.waitUntil(lambda: not workbench.runner.busy, timeout=60_000)
    assert workbench.assess_button.isEnabled() and not workbench.vessel_view.read_only
    assert _cell(workbench, "smv", CORRECTED) == "–"
    workbench.close()
