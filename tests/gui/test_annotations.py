"""Measuring on the demo tumour with the mouse, undo/redo, and the mark after a restart.

Needs Xvfb (VTK inside Qt)."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
from gui_helpers import SCREENSHOTS, refresh
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from casereview.app.context import AppContext
from casereview.demo.install import InstalledDemo, install_demo
from casereview.domain.annotations import AnnotationKind
from casereview.services.annotations import list_annotations, list_key_images
from casereview.session import Layout, Orientation
from casereview.ui.shell import ShellWindow
from casereview.ui.viewer import ViewerWidget
from casereview.ui.viewer.tool_kinds import Tool, tool_action_id
from casereview.ui.viewer.views import SliceViewWidget

pytestmark = [
    pytest.mark.gui,
    pytest.mark.xvfb,
    pytest.mark.skipif(not os.environ.get("DISPLAY"), reason="VTK inside Qt needs an X display"),
]


def _demo(context: AppContext, tmp_path: Path) -> InstalledDemo:
    return install_demo(
        context.db,
        tmp_path / "demo",
        context.user.username,
        staging_dir=context.paths.imports,
        quarantine_dir=context.paths.quarantine,
        small=True,
    )


def open_case_series(
    window: ShellWindow, qtbot: QtBot, case_id: int, series_id: int
) -> ViewerWidget:
    """Select the case and its series in the browser and open the viewer."""
    refresh(window, qtbot)
    window.browser.select_case(case_id)
    assert window.browser.select_series([series_id]) == 1
    window.action_registry.action("casereview.view.open_series").trigger()
    qtbot.waitUntil(
        lambda: bool(window.viewers) and window.viewers[-1].editor is not None, timeout=60_000
    )
    viewer = window.viewers[-1]
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=60_000)
    viewer.set_layout(Layout.ONE)
    qtbot.wait(300)
    return viewer


def screenshot(window: ShellWindow, name: str) -> Path:
    """The window as on screen, VTK content included (grabbed from the X display)."""
    QApplication.processEvents()
    for viewer in window.viewers:
        for view in viewer.visible_views():
            view.render_now()
    geometry = window.frameGeometry()
    picture = QApplication.primaryScreen().grabWindow(
        0, geometry.x(), geometry.y(), geometry.width(), geometry.height()
    )
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    assert picture.save(str(path))
    return path


def drag(qtbot: QtBot, widget: SliceViewWidget, start: QPoint, end: QPoint, steps: int = 6) -> None:
    """Press at ``start``, move in steps, release at ``end`` (left button)."""
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    for i in range(1, steps + 1):
        t = i / steps
        qtbot.mouseMove(
            widget,
            QPoint(
                round(start.x() + t * (end.x() - start.x())),
                round(start.y() + t * (end.y() - start.y())),
            ),
        )
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)


def test_draw_a_length_on_the_tumour_undo_redo_and_restart(
    window: ShellWindow, context: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    demo = _demo(context, tmp_path)
    case_id, portal_venous = demo.case.id, demo.case.series_ids[1]
    viewer = open_case_series(window, qtbot, case_id, portal_venous)
    session = viewer.session
    truth = demo.demo.ground_truth.tumour
    session.set_crosshair(np.asarray(truth.centre_lps_mm))
    widget = viewer.slice_widgets[("primary", Orientation.AXIAL)]
    widget.view.zoom(2.0)
    qtbot.wait(100)

    window.action_registry.action(tool_action_id(Tool.LENGTH)).trigger()
    assert viewer.editor.tool is Tool.LENGTH
    # Across the tumour, left to right, through its centre (the axial long axis is ~33 mm).
    centre = np.asarray(truth.centre_lps_mm)
    a = centre + np.array([-15.0, 0.0, 0.0])
    b = centre + np.array([15.0, 0.0, 0.0])
    start, end = widget.position_of(a), widget.position_of(b)
    drag(qtbot, widget, start, end)
    qtbot.waitUntil(lambda: len(session.annotations) == 1, timeout=5000)

    stored = list_annotations(context.db, case_id)
    assert len(stored) == 1 and stored[0].kind is AnnotationKind.LENGTH
    length = stored[0].measurement("length").value
    drawn = np.linalg.norm(widget.point_at(end) - widget.point_at(start))
    assert length == pytest.approx(drawn, abs=0.01)
    assert length == pytest.approx(30.0, abs=2 * widget.view.mm_per_pixel() + 0.01)
    assert stored[0].author == context.user.username
    assert stored[0].reference.series_instance_uid == session.primary.volume.series_instance_uid
    assert stored[0].reference.sop_instance_uid in session.primary.volume.sop_instance_uids
    layer = viewer.editor.layer(widget)
    text = f"Length {length:.1f} mm"
    assert layer.label_texts() == [text]
    panel = viewer.editor.annotation_panel
    assert panel.tree.topLevelItem(0).text(1) == text
    path = screenshot(window, "annotations-length-on-tumour")
    assert path.stat().st_size > 10_000

    undo = window.action_registry.action("casereview.edit.undo")
    redo = window.action_registry.action("casereview.edit.redo")
    assert undo.isEnabled() and "length" in undo.text()
    undo.trigger()
    assert list_annotations(context.db, case_id) == []
    assert layer.label_texts() == [] and panel.tree.topLevelItemCount() == 0
    assert redo.isEnabled()
    redo.trigger()
    assert [x.uuid for x in list_annotations(context.db, case_id)] == [stored[0].uuid]
    assert layer.label_texts() == [text]

    # Rename in the list (inline edit), hide and show with the check box.
    item = panel.tree.topLevelItem(0)
    item.setText(0, "Tumour long axis")
    assert list_annotations(context.db, case_id)[0].label == "Tumour long axis"
    panel.tree.topLevelItem(0).setCheckState(0, Qt.CheckState.Unchecked)
    assert not list_annotations(context.db, case_id)[0].visible
    assert layer.label_texts() == []
    undo.trigger()
    assert list_annotations(context.db, case_id)[0].visible and layer.label_texts() == [text]

    # Flag the view as a key image (caption given, as the dialog would return it).
    assert viewer.flag_key_image("Tumour long axis")
    key_images = list_key_images(context.db, case_id)
    assert [k.caption for k in key_images] == ["Tumour long axis"]
    assert key_images[0].window_width == session.window[0]

    # Restart: a new main window on the same data directory shows the same mark.
    window.close()
    again = ShellWindow(context)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    viewer2 = open_case_series(again, qtbot, case_id, portal_venous)
    viewer2.session.set_crosshair(np.asarray(truth.centre_lps_mm))
    widget2 = viewer2.slice_widgets[("primary", Orientation.AXIAL)]
    qtbot.wait(200)
    assert viewer2.editor.layer(widget2).label_texts() == [text]
    assert [k.caption for k in viewer2.session.key_images] == ["Tumour long axis"]
    screenshot(again, "annotations-after-restart")
    again.close()


def test_every_tool_draws_on_an_oblique_plane(
    window: ShellWindow, context: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    demo = _demo(context, tmp_path)
    case_id = demo.case.id
    viewer = open_case_series(window, qtbot, case_id, demo.case.series_ids[1])
    session = viewer.session
    session.set_crosshair(np.asarray(demo.demo.ground_truth.tumour.centre_lps_mm))
    session.set_rotation((20.0, 0.0, 15.0))
    widget = viewer.slice_widgets[("primary", Orientation.AXIAL)]
    qtbot.wait(200)
    editor = viewer.editor
    prompts = iter(["Node 1", "Fat plane preserved"])
    editor.ask_text = lambda *_: next(prompts)
    c = widget.rect().center()

    def at(dx: int, dy: int) -> QPoint:
        return QPoint(c.x() + dx, c.y() + dy)

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)  # shortcuts need the active window
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_L)  # the Measure menu's keys
    assert (
        editor.tool is Tool.LENGTH
        and window.action_registry.action(tool_action_id(Tool.LENGTH)).isChecked()
    )
    qtbot.keyClick(widget, Qt.Key.Key_R)
    assert editor.tool is Tool.ARROW
    drag(qtbot, widget, at(-60, -60), at(-20, -20))
    editor.set_tool(Tool.ELLIPSE)
    drag(qtbot, widget, at(0, 0), at(25, 15))
    editor.set_tool(Tool.BIDIRECTIONAL)
    drag(qtbot, widget, at(-40, 40), at(40, 40))
    # no hover first: the click alone places the short axis
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=at(0, 55))
    editor.set_tool(Tool.ANGLE)
    for point in (at(60, -40), at(60, 0), at(100, 0)):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=point)
    editor.set_tool(Tool.POLYGON)
    for point in (at(-80, 60), at(-40, 60), at(-40, 100), at(-80, 100)):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=point)
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    editor.set_tool(Tool.POINT)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=at(90, 80))
    editor.set_tool(Tool.TEXT)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=at(-100, -100))
    qtbot.waitUntil(lambda: len(session.annotations) == 7, timeout=5000)

    kinds = {a.kind: a for a in list_annotations(context.db, case_id)}
    assert set(kinds) == {
        AnnotationKind.ARROW,
        AnnotationKind.ELLIPSE,
        AnnotationKind.BIDIRECTIONAL,
        AnnotationKind.ANGLE,
        AnnotationKind.POLYGON,
        AnnotationKind.POINT,
        AnnotationKind.TEXT,
    }
    plane = widget.view.source.plane
    for annotation in kinds.values():  # every point lies on the oblique plane
        assert all(abs(plane.to_plane(np.asarray(p))[2]) < 1e-6 for p in annotation.points)
    assert kinds[AnnotationKind.ANGLE].measurement("angle").value == pytest.approx(90.0, abs=2.0)
    bidirectional = kinds[AnnotationKind.BIDIRECTIONAL]
    long_axis = bidirectional.measurement("long_axis").value
    mm = widget.view.mm_per_pixel()
    assert long_axis == pytest.approx(80 * mm, rel=0.03)
    assert bidirectional.measurement("short_axis").value == pytest.approx(30 * mm, rel=0.1)
    ellipse = kinds[AnnotationKind.ELLIPSE]
    assert ellipse.measurement("area").value == pytest.approx(np.pi * 25 * 15 * mm * mm, rel=0.05)
    assert ellipse.measurement("mean") is not None  # HU statistics
    assert kinds[AnnotationKind.POLYGON].measurement("area").value == pytest.approx(
        1600 * mm * mm, rel=0.05
    )
    assert kinds[AnnotationKind.POINT].label == "Node 1"
    assert kinds[AnnotationKind.TEXT].text == "Fat plane preserved"
    assert kinds[AnnotationKind.POLYGON].reference.sop_instance_uid == ""  # oblique: no one slice
    texts = editor.layer(widget).label_texts()
    assert "Node 1" in texts and "Fat plane preserved" in texts
    assert any(t.startswith("Area ") and "HU" in t for t in texts)

    # Drag the tip of the arrow's handle in navigate mode: an edit, undoable.
    editor.set_tool(Tool.NAVIGATE)
    arrow = kinds[AnnotationKind.ARROW]
    tip = widget.position_of(np.asarray(arrow.points[1]))
    drag(qtbot, widget, tip, QPoint(tip.x() + 30, tip.y()))
    moved = next(a for a in list_annotations(context.db, case_id) if a.uuid == arrow.uuid)
    assert moved.points[0] == arrow.points[0] and moved.points[1] != arrow.points[1]
    screenshot(window, "annotations-all-tools-oblique")
    window.action_registry.action("casereview.edit.undo").trigger()
    assert (
        next(a for a in list_annotations(context.db, case_id) if a.uuid == arrow.uuid).points
        == arrow.points
    )

    # With the viewer closed, undo still reverses the edits in the database.
    window.tabs.close_viewer_tab(window.tabs.indexOf(viewer))
    qtbot.wait(50)
    window.action_registry.action("casereview.edit.undo").trigger()  # the note
    assert len(list_annotations(context.db, case_id)) == 6
