"""The liver planner on the small demo, as a surgeon uses it (issue 17).

The small borderline demo is installed and its reference SEG imported into its case (the liver
coded as liver; the pancreatic tumour lies outside the liver). From the main window: select the
case, Case → Liver planning…; place the Couinaud landmarks by clicking them on the slice view
(positions picked on the demo's anatomy, in LPS) and build the segments; choose a right
hepatectomy: the panel shows the service's numbers; switch to the resection surface and drag a
control point with the mouse: the panel shows the service's plan for the point where the mouse
let go; save: version 1 appears and is stored. Screenshots of the segments in 3-D, the surface
with its handles (2-D and 3-D), the remnant panel and the whole window at 1366×768.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from gui_helpers import SCREENSHOTS, ShownDialogs, refresh, save_screenshot
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from scipy.ndimage import distance_transform_edt

from casereview.analysis.liver_tool import liver_window
from casereview.app.context import AppContext
from casereview.demo.install import install_demo
from casereview.domain.changes import Changes
from casereview.domain.liver_plan_record import LiverPlanResult, SurfaceLps
from casereview.render.capture import write_png
from casereview.services.liver_plan import LiverPlanner, liver_plan_history
from casereview.services.segmentations import import_seg, segment_mask
from casereview.ui.core_messages import translate_message
from casereview.ui.liver.landmarks import STEPS, LandmarkSteps
from casereview.ui.liver.slice_view import LiverSliceView
from casereview.ui.liver.start_surface import StartKind, start_surface
from casereview.ui.liver.window import LiverPlannerWindow
from casereview.ui.shell import ShellWindow
from casereview.ui.theme import DarkTheme
from casereview.ui.viewer.editor import editor_of
from casereview.ui.viewer.tool_kinds import Tool

pytestmark = pytest.mark.gui

#: Landmarks on the demo's anatomy (LPS mm, from the phantom's IVC, hepatic veins and portal
#: vein in casereview.demo.anatomy), in the order the planner asks for them.
LANDMARKS_LPS: dict[str, list[tuple[float, float, float]]] = {
    "ivc_confluence": [(-14.0, 21.0, 118.0)],
    "ivc_inferior": [(-20.0, 22.0, 62.0)],
    "right_hepatic_vein": [(-30.0, 22.0, 118.0), (-74.0, 16.0, 106.0), (-112.0, 0.0, 88.0)],
    "middle_hepatic_vein": [(-44.0, -20.0, 100.0), (-64.0, -56.0, 74.0)],
    "left_hepatic_vein": [(2.0, -22.0, 112.0), (22.0, -58.0, 92.0)],
    "portal_bifurcation": [(-64.0, 0.0, 58.0)],
}
#: How far (screen pixels) the control point is dragged.
DRAG_PX = 40


@pytest.fixture
def liver_case(context: AppContext, tmp_path: Path) -> int:
    """The small demo case with its reference segments (a liver among them)."""
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
    return demo.case.id


def _idle(planner: LiverPlannerWindow, qtbot: QtBot, timeout: int = 120_000) -> None:
    """Wait until nothing runs: reading, surfaces, the plan's computation."""
    qtbot.waitUntil(lambda: not planner.runner.busy and not planner.live.busy, timeout=timeout)
    qtbot.wait(50)  # the last results' slots


def _screen_of(view: LiverSliceView, point_mm: tuple[float, float, float]) -> QPoint:
    """Go to the slice of an array-frame point and return where it is on the screen."""
    view.set_slice(round(point_mm[0] / view.spacing[0]))
    return view.to_screen(point_mm[1], point_mm[2]).toPoint()


def _drag(qtbot: QtBot, widget: LiverSliceView, start: QPoint, end: QPoint) -> None:
    """Press at ``start``, move in steps, release at ``end`` (as a hand drags)."""
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 11):
        QTest.mouseMove(
            widget,
            QPoint(
                round(start.x() + (end.x() - start.x()) * step / 10),
                round(start.y() + (end.y() - start.y()) * step / 10),
            ),
            15,
        )
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def _assert_shown(planner: LiverPlannerWindow, result: LiverPlanResult) -> None:
    """The panel's figures are the result's."""
    values = planner.flr.values
    assert values["total"].text() == f"{result.total_ml:.0f} mL"
    assert values["resected"].text() == f"{result.resected_ml:.0f} mL"
    assert values["remnant"].text() == f"{result.remnant_ml:.0f} mL"
    assert values["future"].text() == f"{result.future_remnant_ml:.0f} mL"
    assert values["flr"].text() == f"{result.flr_percent:.1f} %"
    verdicts = [label.text() for label in planner.flr.verdict_labels]
    assert len(verdicts) == len(result.verdicts)
    for text, verdict in zip(verdicts, result.verdicts, strict=True):
        word = "PASS" if verdict.passes else "FAIL"
        assert text == f"{word} — {translate_message(verdict.text())}"


def _window_picture(planner: LiverPlannerWindow, name: str) -> Path:
    """The whole window, with the 3-D view's OpenGL content painted in (a grab shows it black)."""
    image = planner.grab().toImage()
    pixels = np.ascontiguousarray(planner.scene.picture())
    height, width = pixels.shape[:2]
    scene = QImage(pixels.data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()
    painter = QPainter(image)
    corner = planner.scene.host.mapTo(planner, QPoint(0, 0))
    painter.drawImage(corner, scene.scaled(planner.scene.host.size()))
    painter.end()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    assert image.save(str(path))
    return path


def test_plan_a_right_hepatectomy_and_a_surface(
    liver_case: int,
    context: AppContext,
    window: ShellWindow,
    dialogs: ShownDialogs,
    qtbot: QtBot,
) -> None:
    refresh(window, qtbot)
    assert window.browser.select_case(liver_case)
    action = window.action_registry.action("casereview.case.liver_planning")
    qtbot.waitUntil(action.isEnabled, timeout=5_000)
    dialogs.clear()
    action.trigger()
    planner = dialogs.wait(qtbot, "liver-planning")
    assert isinstance(planner, LiverPlannerWindow)
    qtbot.waitExposed(planner)
    _idle(planner, qtbot)
    assert planner.windowTitle().startswith("Liver planning — ")
    service = planner.data.planner
    assert service is not None and service.couinaud_labels is None
    # No segments yet: the start plane crosses the liver's centre, the patient's right removed.
    assert (
        planner.surface_editor.start_kind is StartKind.CENTRE
        and planner.surface_editor.surface is not None
    )
    assert "left–right" in planner.surface_editor.start_note.text()
    assert planner.chooser.boxes_widget.isHidden()

    # Couinaud landmarks, clicked on the slice in the order asked.
    view = planner.slice_view
    planner.tabs.setCurrentIndex(1)
    qtbot.mouseClick(planner.landmark_panel.place_button, Qt.MouseButton.LeftButton)
    expected: list[np.ndarray] = []
    for step in STEPS:
        assert step.name in planner.landmark_panel.instruction.text()
        for lps in LANDMARKS_LPS[step.key]:
            point = service.to_array_mm(np.asarray(lps))
            at = _screen_of(view, (float(point[0]), float(point[1]), float(point[2])))
            QTest.mouseClick(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
            expected.append(point)
        if step.maximum is None:
            qtbot.mouseClick(planner.landmark_panel.next_button, Qt.MouseButton.LeftButton)
    placed = [p for _, p in planner.segments.steps.placed()]
    assert len(placed) == len(expected)
    for got, want in zip(placed, expected, strict=True):
        # A click lands on the slice's centre and within a pixel of the point.
        assert abs(got[0] - want[0]) <= service.spacing[0] / 2 + 1e-6
        assert np.hypot(got[1] - want[1], got[2] - want[2]) <= 1.5 * service.spacing[1]
    assert planner.landmark_panel.build_button.isEnabled()
    _window_picture(planner, "liver-planner-landmarks")
    qtbot.mouseClick(planner.landmark_panel.build_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            planner.data.planner is not None and planner.data.planner.couinaud_labels is not None
        ),
        timeout=120_000,
    )
    _idle(planner, qtbot)
    service = planner.data.planner
    assert service is not None
    assert planner.surface_editor.start_kind is StartKind.CANTLIE
    assert not planner.chooser.boxes_widget.isHidden()

    # (a) the segments in 3-D (the plan's parts hidden).
    planner.parts.plan_in_3d.setChecked(False)
    planner.scene.reset_camera()
    qtbot.wait(100)
    shot = write_png(planner.scene.picture(), SCREENSHOTS / "liver-planner-segments-3d.png")
    assert shot.stat().st_size > 10_000
    planner.parts.plan_in_3d.setChecked(True)

    # A right hepatectomy: the panel shows the service's numbers.
    planner.tabs.setCurrentIndex(0)
    planner.chooser.choose_named("right-hepatectomy")
    _idle(planner, qtbot)
    assert planner.chooser.removed() == (5, 6, 7, 8)
    reference = LiverPlanner.open(context.db, liver_case)
    right = reference.by_segments((5, 6, 7, 8), condition=planner.flr.condition())
    assert planner.plan.draft is not None and planner.plan.draft.result == right.result
    _assert_shown(planner, right.result)
    assert 15.0 < right.result.flr_percent < 60.0

    # The resection surface: drag its first control point with the mouse.
    planner.chooser.choose_surface()
    _idle(planner, qtbot)
    surface = planner.surface_editor.surface
    assert surface is not None and len(surface.control_points) == 3
    before = planner.plan.draft
    assert before is not None
    in_array = planner.surface_editor.in_array()
    assert in_array is not None
    handle = in_array.control_points_mm[0]
    start = _screen_of(view, handle)
    qtbot.wait(50)
    end = start + QPoint(-DRAG_PX, DRAG_PX // 2)
    _drag(qtbot, view, start, end)
    _idle(planner, qtbot)
    let_go = view.to_array_mm(QPointF(end))
    assert let_go is not None
    moved_mm = (handle[0], let_go[1], let_go[2])
    moved_lps = tuple(float(v) for v in service.to_lps(np.asarray(moved_mm)))
    assert planner.surface_editor.surface is not None
    assert np.allclose(planner.surface_editor.surface.control_points[0], moved_lps, atol=1e-6)
    assert planner.surface_editor.surface.control_points[1:] == surface.control_points[1:]
    expected_surface = SurfaceLps(
        surface.point, surface.normal, (moved_lps, *surface.control_points[1:])
    )
    after = reference.by_surface(expected_surface, condition=planner.flr.condition())
    assert planner.plan.draft is not None
    assert planner.plan.draft.result.flr_percent == pytest.approx(
        after.result.flr_percent, abs=1e-9
    )
    assert planner.plan.draft.result.resected_ml == pytest.approx(
        after.result.resected_ml, abs=1e-9
    )
    assert after.result.resected_ml != before.result.resected_ml
    _assert_shown(planner, after.result)

    # (b) the surface with its handles, in 2-D and 3-D; (c) the remnant panel.
    qtbot.waitUntil(lambda: bool(planner.scene.plan_parts.meshes), timeout=60_000)
    planner.scene.reset_camera()
    qtbot.wait(100)
    write_png(planner.scene.picture(), SCREENSHOTS / "liver-planner-surface-3d.png")
    save_screenshot(view, "liver-planner-surface-2d")
    save_screenshot(planner.tabs, "liver-planner-flr-panel")

    # Save: the note, then version 1 shown and stored with the numbers shown.
    dialogs.clear()
    qtbot.mouseClick(planner.flr.save_button, Qt.MouseButton.LeftButton)
    dialog = dialogs.wait(qtbot, "save-liver-plan")
    dialog.note.setPlainText("Surface along the MHV, tilted")
    dialog.accept()
    qtbot.waitUntil(
        lambda: "Version 1 saved by" in planner.flr.version_label.text(), timeout=20_000
    )
    (version,) = liver_plan_history(context.db, liver_case)
    assert version.number == 1 and version.author == context.user.username
    assert version.note == "Surface along the MHV, tilted"
    assert version.result == planner.plan.draft.result
    assert version.inputs.surface == planner.surface_editor.surface

    # Closed, the case changed meanwhile, opened again: the saved version and its surface.
    planner.close()
    window.publish(Changes.of("cases", [liver_case]))
    dialogs.clear()
    action.trigger()
    assert dialogs.wait(qtbot, "liver-planning") is planner
    assert planner.surface_editor.surface is None  # read again from the case
    qtbot.waitUntil(lambda: planner.surface_editor.surface is not None, timeout=60_000)
    _idle(planner, qtbot)
    assert "Version 1 saved by" in planner.flr.version_label.text()
    assert planner.surface_editor.surface == version.inputs.surface
    assert planner.plan.draft is not None and planner.plan.draft.result == version.result

    # Height and weight typed: the standardised FLR and the RBWR join the verdicts.
    planner.flr.height_box.setValue(172.0)
    planner.flr.weight_box.setValue(68.0)
    _idle(planner, qtbot)
    sized = reference.by_surface(
        planner.surface_editor.surface,
        condition=planner.flr.condition(),
        height_cm=172.0,
        weight_kg=68.0,
    )
    assert planner.plan.draft is not None and planner.plan.draft.result == sized.result
    assert planner.plan.draft.inputs.size_from == "entered"
    assert planner.flr.size_note.text() == "Entered by you."
    assert sized.result.sflr_percent is not None
    assert planner.flr.values["sflr"].text() == f"{sized.result.sflr_percent:.1f} %"
    _assert_shown(planner, sized.result)

    # The dark theme (as on the MDT's screen): the panel stays readable.
    DarkTheme.acquire()
    try:
        qtbot.wait(100)
        save_screenshot(planner.tabs, "liver-planner-flr-panel-dark")
    finally:
        DarkTheme.release()

    # A small screen: everything still fits.
    planner.resize(1366, 768)
    qtbot.wait(200)
    _window_picture(planner, "liver-planner-1366x768")
    assert planner.flr.save_button.isVisibleTo(planner)


def test_liver_tool_replaces_the_liver_undoably_then_the_brush(
    liver_case: int,
    context: AppContext,
    window: ShellWindow,
    dialogs: ShownDialogs,
    qtbot: QtBot,
) -> None:
    refresh(window, qtbot)
    assert window.browser.select_case(liver_case)
    dialogs.clear()
    window.action_registry.action("casereview.case.liver_planning").trigger()
    planner = dialogs.wait(qtbot, "liver-planning")
    assert isinstance(planner, LiverPlannerWindow)
    _idle(planner, qtbot)
    existing = planner.data.liver_segment
    volume = planner.data.volume
    assert existing is not None and volume is not None
    original = np.asarray(segment_mask(context.db, existing.uuid), dtype=bool)

    # A seed deep in the parenchyma of the slice through the liver's middle.
    middle = int(np.argwhere(original)[:, 0].mean())
    depth = distance_transform_edt(original[middle], sampling=volume.spacing[1:])
    window_hu = liver_window(planner.liver_tool.phase_box.currentData()).parenchyma
    values = volume.voxels[middle].astype(float)
    usable = (values >= window_hu.lower + 10) & (values <= window_hu.upper - 10)
    row, column = np.unravel_index(int(np.argmax(np.where(usable, depth, 0.0))), depth.shape)
    seed = (middle * volume.spacing[0], row * volume.spacing[1], column * volume.spacing[2])

    planner.tabs.setCurrentIndex(1)
    qtbot.mouseClick(planner.liver_tool.segment_button, Qt.MouseButton.LeftButton)
    assert "liver parenchyma" in planner.slice_view.hint
    dialogs.clear()
    at = _screen_of(planner.slice_view, seed)
    QTest.mouseClick(
        planner.slice_view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at
    )
    question = dialogs.wait(qtbot, "replace-liver")
    question.button(question.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: "Liver segmented" in planner.liver_tool.status.text(), timeout=120_000)
    grown = np.asarray(segment_mask(context.db, existing.uuid), dtype=bool)
    dice = 2.0 * float((grown & original).sum()) / float(grown.sum() + original.sum())
    assert dice > 0.9, dice
    assert not np.array_equal(grown, original)

    # One undo step takes the liver tool back; redo brings its result again.
    assert window.undo_stack.undoText()
    window.undo_stack.undo()
    assert np.array_equal(segment_mask(context.db, existing.uuid), original)
    window.undo_stack.redo()
    assert np.array_equal(segment_mask(context.db, existing.uuid), grown)

    # Correct with the brush: the series opens in the viewer, Liver chosen, the brush on.
    _idle(planner, qtbot)
    qtbot.mouseClick(planner.liver_tool.brush_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor_of(window.current_viewer()) is not None, timeout=60_000)
    editor = editor_of(window.current_viewer())
    assert editor is not None
    qtbot.waitUntil(lambda: editor.tool is Tool.PAINT, timeout=10_000)
    assert editor.active_segment == existing.uuid


def test_landmark_steps_go_forward_and_back() -> None:
    steps = LandmarkSteps()
    steps.add((1.0, 0.0, 0.0))
    steps.add((20.0, 0.0, 0.0))  # both IVC points: on to the right hepatic vein
    assert steps.step is not None and steps.step.key == "right_hepatic_vein"
    steps.add((5.0, 1.0, 1.0))
    assert not steps.can_advance()  # a vein needs two points
    steps.advance()
    assert steps.step.key == "right_hepatic_vein"
    steps.add((5.0, 2.0, 2.0))
    steps.advance()
    assert steps.step.key == "middle_hepatic_vein" and not steps.complete
    steps.undo()  # nothing on the MHV yet: the RHV's last point goes
    assert steps.step.key == "right_hepatic_vein" and len(steps.points[2]) == 1
    steps.undo()
    steps.undo()
    assert steps.current == 1 and steps.points[1] == [] and steps.points[0] == [(1.0, 0.0, 0.0)]


def test_start_plane_separates_the_right_liver_from_the_left() -> None:
    liver = np.zeros((20, 40, 60), dtype=bool)
    liver[2:18, 5:35, 5:55] = True
    labels = np.zeros(liver.shape, dtype=np.uint8)
    labels[:, :, :25][liver[:, :, :25]] = 7  # patient's right: low columns here
    labels[:, :, 25:][liver[:, :, 25:]] = 3
    spacing = (2.5, 1.0, 1.0)
    right_mm = (0.0, 0.0, -1.0)
    start = start_surface(liver, spacing, labels, right_mm)
    assert start.kind is StartKind.CANTLIE
    normal = np.asarray(start.surface.plane.normal)
    assert normal @ np.array([0.0, 0.0, -1.0]) > 0.99  # removes the right liver
    centres = np.argwhere(liver) * np.asarray(spacing)
    resected = start.surface.side(centres) > 0
    assert np.array_equal(resected, labels[liver] == 7)
    # Every control point lies on a slice centre, so it can be grabbed on its slice.
    for point in start.surface.control_points_mm:
        assert point[0] / spacing[0] == pytest.approx(round(point[0] / spacing[0]))
    plain = start_surface(liver, spacing, None, right_mm)
    assert plain.kind is StartKind.CENTRE
    assert np.asarray(plain.surface.plane.normal) @ np.array([0.0, 0.0, -1.0]) > 0.99


@pytest.fixture
def metastasis_case(context: AppContext, tmp_path: Path) -> int:
    """The demo's liver variant: a metastasis in segment 8, its truth's Couinaud segments."""
    demo = install_demo(
        context.db,
        tmp_path / "demo-liver",
        context.user.username,
        staging_dir=context.paths.imports,
        quarantine_dir=context.paths.quarantine,
        variant="liver",
        small=True,
    )
    assert demo.demo is not None and demo.demo.couinaud_seg_path is not None
    for path in demo.demo.seg_paths:
        import_seg(context.db, demo.case.id, path, context.user.username)
    return demo.case.id


def test_a_metastasis_planned_with_its_margin_and_the_size_from_the_images(
    metastasis_case: int,
    context: AppContext,
    window: ShellWindow,
    dialogs: ShownDialogs,
    qtbot: QtBot,
) -> None:
    refresh(window, qtbot)
    assert window.browser.select_case(metastasis_case)
    action = window.action_registry.action("casereview.case.liver_planning")
    qtbot.waitUntil(action.isEnabled, timeout=5_000)
    dialogs.clear()
    action.trigger()
    planner = dialogs.wait(qtbot, "liver-planning")
    assert isinstance(planner, LiverPlannerWindow)
    qtbot.waitExposed(planner)
    _idle(planner, qtbot)
    # The truth's Couinaud segments came in with the reference SEG: recognised by their codes.
    assert planner.data.planner is not None and planner.data.planner.couinaud_labels is not None
    assert not planner.chooser.boxes_widget.isHidden()
    planner.tabs.setCurrentIndex(0)
    planner.chooser.choose_named("right-hepatectomy")
    _idle(planner, qtbot)
    reference = LiverPlanner.open(context.db, metastasis_case)
    right = reference.by_segments((5, 6, 7, 8), condition=planner.flr.condition())
    assert planner.plan.draft is not None and planner.plan.draft.result == right.result
    _assert_shown(planner, right.result)
    # The metastasis in segment 8 is removed whole: its margin is shown in millimetres.
    assert right.result.tumour_ml > 5.0 and right.result.remnant_tumour_ml == 0.0
    assert right.result.margin_mm is not None
    assert planner.flr.values["margin"].text() == f"{right.result.margin_mm:.1f} mm"
    # Height and weight were read from the images' Patient's Size and Weight.
    assert right.inputs.size_from == "images"
    assert right.result.sflr_percent is not None and right.result.rbwr_percent is not None
    assert planner.flr.values["sflr"].text() == f"{right.result.sflr_percent:.1f} %"
    _window_picture(planner, "liver-planner-metastasis")
