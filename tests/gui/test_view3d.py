"""The 3-D view in the viewer's 2×2 layout as a surgeon uses it (needs Xvfb: VTK inside Qt)."""

from __future__ import annotations

import os
from pathlib import Path

import highdicom as hd
import imageio.v3 as iio
import numpy as np
import pytest
from gui_helpers import SCREENSHOTS, refresh
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot
from test_annotations import _demo

from casereview.app.context import AppContext
from casereview.demo.install import InstalledDemo
from casereview.dicom.volume import load_ct_volume
from casereview.domain.rendering import BUILTIN_PRESETS, SegmentStyle, StandardView
from casereview.render.volume_rendering import MapperKind
from casereview.services.rendering import list_presets, list_views
from casereview.session import Layout
from casereview.ui.shell import ShellWindow
from casereview.ui.viewer import ViewerWidget
from casereview.ui.viewer.view3d import ScreenshotDialog, View3DWidget

pytestmark = [
    pytest.mark.gui,
    pytest.mark.xvfb,
    pytest.mark.skipif(not os.environ.get("DISPLAY"), reason="VTK inside Qt needs an X display"),
]


def _open(window: ShellWindow, qtbot: QtBot, demo: InstalledDemo) -> ViewerWidget:
    refresh(window, qtbot)
    assert window.browser.select_case(demo.case.id)
    portal_venous = demo.case.series_ids[1]
    assert window.browser.select_series([portal_venous]) == 1
    window.action_registry.action("casereview.view.open_series").trigger()
    qtbot.waitUntil(lambda: bool(window.viewers), timeout=60_000)
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=60_000)
    viewer = window.viewers[-1]
    qtbot.wait(300)
    return viewer


def _screenshot(window: ShellWindow, name: str) -> Path:
    """The window as on screen (VTK's OpenGL content included), from the Xvfb display."""
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


def _drag(qtbot: QtBot, widget: View3DWidget, dx: int, dy: int) -> None:
    """Left-drag across the 3-D view (the trackball rotates the camera)."""
    host = widget.host
    start = QPoint(host.width() // 2, host.height() // 2)
    qtbot.mousePress(host, Qt.MouseButton.LeftButton, pos=start)
    steps = 8
    for step in range(1, steps + 1):
        qtbot.mouseMove(host, start + QPoint(dx * step // steps, dy * step // steps))
        qtbot.wait(15)
    qtbot.mouseRelease(host, Qt.MouseButton.LeftButton, pos=start + QPoint(dx, dy))


def _position(widget: View3DWidget) -> np.ndarray:
    return np.asarray(widget.view.renderer.GetActiveCamera().GetPosition())


def test_rotate_save_and_recall_a_named_view_in_the_2x2_layout(
    window: ShellWindow, context: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    demo = _demo(context, tmp_path)
    viewer = _open(window, qtbot, demo)
    viewer.set_layout(Layout.QUAD)
    qtbot.wait(300)
    widget = viewer.widget_3d
    assert isinstance(widget, View3DWidget) and widget.isVisible()
    assert widget in viewer.visible_views()
    # The first frame found software OpenGL here and kept the CPU ray caster.
    qtbot.waitUntil(lambda: bool(widget.host.renderer_name), timeout=5000)
    assert "llvmpipe" in widget.host.renderer_name.lower()
    # The volume rendering is prepared once the series is complete (a second without new
    # voxels), with a message in the view; the planes stand in until then.
    qtbot.waitUntil(lambda: not widget.view.volume_pending, timeout=20_000)
    assert widget.view.mapper_kind is MapperKind.CPU and widget.view.volume is not None
    assert widget.view.renderer.HasViewProp(widget.view.volume.prop)
    assert not widget.view.message.GetVisibility()
    assert not any(a.GetVisibility() for a in widget.view.actors.values())
    assert widget.view.preset == BUILTIN_PRESETS["cta"]

    # The crosshair follows the 2-D views: a click in the axial view moves the 3-D sphere.
    target = viewer.session.crosshair + np.array([20.0, 10.0, 0.0])
    axial = next(v for v in viewer.visible_views() if v is not widget)
    qtbot.mouseClick(axial, Qt.MouseButton.LeftButton, pos=axial.position_of(target))
    assert np.allclose(widget.view._sphere.GetCenter(), viewer.session.crosshair)
    _screenshot(window, "view3d_2x2_cta")

    # Rotate with the mouse: reduced quality while dragging, full quality after.
    before = _position(widget)
    _drag(qtbot, widget, 120, 40)
    after = _position(widget)
    assert np.linalg.norm(after - before) > 10.0
    qtbot.waitUntil(lambda: not widget.view.volume.interactive, timeout=3000)

    # Save it as a named view (typed name, button), persisted in the database.
    widget.set_panel_visible(True)
    qtbot.wait(100)
    qtbot.keyClicks(widget.view_name, "Tumour vs SMV")
    qtbot.mouseClick(widget.save_view_button, Qt.MouseButton.LeftButton)
    series_id = demo.case.series_ids[1]
    stored = list_views(context.db, series_id, demo.case.id)
    assert [v.name for v in stored] == ["Tumour vs SMV"]
    assert stored[0].case_id == demo.case.id
    assert np.allclose(stored[0].camera.position, after)
    assert widget.views_combo.currentText() == "Tumour vs SMV"

    # Look from elsewhere, then recall: the camera comes back exactly.
    widget.view_buttons[StandardView.LEFT].click()
    _drag(qtbot, widget, -60, 30)
    assert np.linalg.norm(_position(widget) - after) > 10.0
    qtbot.mouseClick(widget.recall_button, Qt.MouseButton.LeftButton)
    assert np.allclose(_position(widget), after, atol=1e-6)
    camera = widget.view.renderer.GetActiveCamera()
    assert np.allclose(camera.GetViewUp(), stored[0].camera.view_up, atol=1e-6)
    _screenshot(window, "view3d_named_view_recalled")

    # A viewer opened again later lists the saved view for the same series.
    window.tabs.close_viewer_tab(window.tabs.indexOf(viewer))
    viewer = _open(window, qtbot, demo)
    viewer.set_layout(Layout.QUAD)
    qtbot.wait(200)
    assert viewer.widget_3d.views_combo.findText("Tumour vs SMV") >= 0
    viewer.widget_3d.recall_view("Tumour vs SMV")
    assert np.allclose(_position(viewer.widget_3d), after, atol=1e-6)


def test_panel_presets_editor_segments_crop_clip_and_capture(
    window: ShellWindow,
    context: AppContext,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    demo = _demo(context, tmp_path)
    viewer = _open(window, qtbot, demo)
    viewer.set_layout(Layout.QUAD)
    window.resize(1600, 1000)
    qtbot.wait(300)
    widget = viewer.widget_3d
    assert widget is not None
    qtbot.waitUntil(lambda: not widget.view.volume_pending, timeout=20_000)
    qtbot.mouseClick(widget.panel_button, Qt.MouseButton.LeftButton)
    assert widget.panel_area.isVisible()

    # Presets from the chooser; the editor shows their window and opacity.
    widget.choose_preset("bone")
    assert widget.view.preset.key == "bone"
    assert widget.tf_level.value() == round(BUILTIN_PRESETS["bone"].window[1])
    # Edit the ramp and save it as a preset of this workstation.
    widget.tf_level.setValue(widget.tf_level.value() + 100)
    widget.tf_opacity.setValue(60)
    assert widget.view.preset.key == "" and widget.view.preset.peak_opacity == pytest.approx(0.6)
    widget.set_colour(0, (0.2, 0.6, 1.0))
    assert widget.view.volume.colours.GetColor(
        widget.view.preset.colours[0].value
    ) == pytest.approx((0.2, 0.6, 1.0))
    qtbot.keyClicks(widget.preset_name, "Dense bone")
    qtbot.mouseClick(widget.save_preset_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in list_presets(context.db)] == ["Dense bone"]
    assert widget.preset_combo.currentText() == "Dense bone"
    # Shading off and 3-D MIP on.
    widget.shade_check.setChecked(False)
    assert not widget.view.volume.property.GetShade()
    widget.mip_check.setChecked(True)
    assert (
        widget.view.volume.mapper.GetBlendMode()
        == widget.view.volume.mapper.MAXIMUM_INTENSITY_BLEND
    )
    widget.choose_preset("cta")
    assert not widget.mip_check.isChecked() and widget.shade_check.isChecked()

    # Crop box and a movable clipping plane.
    widget.crop_check.setChecked(True)
    widget.crop_spins[1].setValue(50)
    assert widget.view.volume.crop_fractions[:2] == (0.0, 0.5)
    widget.clip_check.setChecked(True)
    first = widget.view.volume.clip_plane[0].copy()
    widget.clip_slider.setValue(30)
    assert np.linalg.norm(widget.view.volume.clip_plane[0] - first) == pytest.approx(30.0)
    widget.clip_check.setChecked(False)
    widget.crop_check.setChecked(False)
    assert widget.view.volume.clip_plane is None and widget.view.volume.crop_fractions is None

    # Surfaces of the demo's reference segmentation, made off the UI thread.
    assert demo.demo is not None
    ct = load_ct_volume(list(demo.demo.series["portal-venous"]))
    seg = hd.seg.segread(demo.demo.seg_path)
    labels = seg.get_pixels_by_source_instance(
        list(ct.sop_instance_uids), combine_segments=True, dtype=np.uint8
    )
    wanted = {"tumour": (0.1, 0.9, 0.1), "smv": (0.2, 0.35, 1.0), "sma": (1.0, 0.1, 0.8)}
    styles = [
        SegmentStyle(int(d.SegmentNumber), d.SegmentLabel, wanted[d.TrackingID])
        for d in seg.SegmentSequence
        if d.TrackingID in wanted
    ]
    assert len(styles) == 3
    widget.show_segments(labels, styles)
    qtbot.waitUntil(lambda: widget.segment_table.rowCount() == len(styles), timeout=30_000)
    assert widget.segment_table.item(0, 2).text() == styles[0].name
    tumour_row = [s.name for s in widget.styles].index("Pancreatic head tumour")
    visible = widget.segment_table.cellWidget(tumour_row, 0)
    box = QPoint(8, visible.height() // 2)  # the check box's indicator
    qtbot.mouseClick(visible, Qt.MouseButton.LeftButton, pos=box)
    assert not widget.view.surfaces.actors[widget.styles[tumour_row].label].GetVisibility()
    qtbot.mouseClick(visible, Qt.MouseButton.LeftButton, pos=box)
    widget.segment_table.cellWidget(tumour_row, 3).setValue(50)
    actor = widget.view.surfaces.actors[widget.styles[tumour_row].label]
    assert actor.GetVisibility() and actor.GetProperty().GetOpacity() == pytest.approx(0.5)
    widget.volume_check.setChecked(False)
    widget.set_standard_view(StandardView.ANTERIOR)
    qtbot.wait(400)
    _screenshot(window, "view3d_panel_surfaces")
    exported = widget.export_surfaces(tmp_path / "out" / "surfaces.obj")
    assert exported is not None and "g " in exported.read_text()
    widget.volume_check.setChecked(True)

    # Screenshot at 2× and a short 360° movie, through the widget's own buttons' code path.
    with qtbot.waitSignal(widget.screenshot_written, timeout=10_000) as shot_written:
        shot = widget.save_screenshot(tmp_path / "shots" / "view.png", 2)
    assert shot is not None and shot_written.args == [shot]
    height, width = iio.imread(shot).shape[:2]
    assert (width, height) == (2 * widget.host.width(), 2 * widget.host.height())
    with qtbot.waitSignal(widget.movie_written, timeout=60_000) as written:
        widget.record_movie(tmp_path / "turn.gif", 12)
    assert iio.imread(written.args[0], index=None).shape[0] == 12

    # View > Save screenshot… picks the 3-D view by default.
    target = tmp_path / "menu.png"
    monkeypatch.setattr(ScreenshotDialog, "exec", lambda self: ScreenshotDialog.DialogCode.Accepted)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.action_registry.action("casereview.view.screenshot").trigger()
    assert iio.imread(target).shape[1] == 2 * widget.host.width()
