"""Key images as a surgeon uses them (issue 20): choosing one in the list takes the views there,
Remove removes the chosen one, and a flagged 3-D view comes back with its scene.

Needs Xvfb (VTK inside Qt)."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
from gui_helpers import SCREENSHOTS, save_screenshot
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QPushButton, QSpinBox, QTreeWidget
from pytestqt.qtbot import QtBot
from test_annotations import _demo, open_case_series

from casereview.app.context import AppContext
from casereview.demo.install import InstalledDemo
from casereview.domain.rendering import BUILTIN_PRESETS, StandardView
from casereview.domain.segments import Code, SegmentDraft
from casereview.services.annotations import list_key_images
from casereview.services.segmentations import create_segment, set_segment_mask
from casereview.services.volumes import load_series_volume
from casereview.session import Layout, Orientation
from casereview.ui.shell import ShellWindow
from casereview.ui.viewer import ViewerWidget
from casereview.ui.viewer.view3d import STILL_DELAY_MS

pytestmark = [
    pytest.mark.gui,
    pytest.mark.xvfb,
    pytest.mark.skipif(not os.environ.get("DISPLAY"), reason="VTK inside Qt needs an X display"),
]


def _screenshot(window: ShellWindow, name: str) -> Path:
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


def _click_row(qtbot: QtBot, tree: QTreeWidget, row: int) -> None:
    item = tree.topLevelItem(row)
    assert item is not None
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _flag_here(viewer: ViewerWidget, orientation: Orientation, caption: str) -> None:
    viewer.plane_combo.setCurrentIndex(viewer.plane_combo.findData(orientation))
    assert viewer.session.single_orientation is orientation
    viewer.active_orientation = orientation
    assert viewer.flag_key_image(caption)


def _zoom_of(viewer: ViewerWidget, orientation: Orientation) -> float:
    widget = viewer.slice_widgets[("primary", orientation)]
    return float(widget.view.renderer.GetActiveCamera().GetParallelScale())


def test_choosing_a_key_image_takes_the_view_there_by_mouse_and_keys(
    window: ShellWindow, context: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    demo = _demo(context, tmp_path)
    case_id, portal_venous = demo.case.id, demo.case.series_ids[1]
    viewer = open_case_series(window, qtbot, case_id, portal_venous)
    session = viewer.session
    centre = np.asarray(demo.demo.ground_truth.tumour.centre_lps_mm, dtype=float)

    # Three key images: the tumour axial (narrow window, zoomed), the SMV coronal, a sagittal.
    session.set_crosshair(centre)
    session.set_window(350, 45)
    viewer.slice_widgets[("primary", Orientation.AXIAL)].view.zoom(2.5)
    _flag_here(viewer, Orientation.AXIAL, "Tumour axial")
    session.set_crosshair(centre + np.array([0.0, -12.0, 6.0]))
    session.set_window(500, 80)
    _flag_here(viewer, Orientation.CORONAL, "SMV coronal")
    viewer.slice_widgets[("primary", Orientation.CORONAL)].view.zoom(1.6)
    session.set_window(1500, 300)
    session.set_crosshair(centre + np.array([15.0, 0.0, -8.0]))
    _flag_here(viewer, Orientation.SAGITTAL, "Spine sagittal")
    stored = list_key_images(context.db, case_id)
    assert [k.caption for k in stored] == ["Tumour axial", "SMV coronal", "Spine sagittal"]

    # Somewhere else entirely: another plane, window, slice and zoom.
    viewer.plane_combo.setCurrentIndex(viewer.plane_combo.findData(Orientation.AXIAL))
    session.set_window(2000, 500)
    session.set_crosshair(centre + np.array([0.0, 0.0, 30.0]))
    viewer.reset_cameras()
    panel = viewer.editor.annotation_panel
    tree = panel.key_tree
    assert tree.topLevelItemCount() == 3

    # A click on the coronal one: coronal plane through its slice, its window and zoom.
    _click_row(qtbot, tree, 1)
    coronal = stored[1]
    assert session.single_orientation is Orientation.CORONAL
    assert session.window == pytest.approx((500, 80))
    normal = np.asarray(coronal.plane.normal(), dtype=float)
    offset = float(np.dot(session.crosshair - np.asarray(coronal.plane.origin), normal))
    assert abs(offset) < session.step_mm(Orientation.CORONAL)
    assert _zoom_of(viewer, Orientation.CORONAL) == pytest.approx(coronal.zoom_mm, rel=1e-3)
    assert viewer.width_spin.value() == 500 and viewer.level_spin.value() == 80
    _screenshot(window, "i20_2_keyimage_2d_chosen")

    # The arrow keys choose the one above: the zoomed axial view of the tumour.
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Up)
    axial = stored[0]
    assert tree.currentItem() is tree.topLevelItem(0)
    assert session.single_orientation is Orientation.AXIAL
    assert session.window == pytest.approx((350, 45))
    assert session.crosshair[2] == pytest.approx(axial.plane.origin[2], abs=0.51)
    assert _zoom_of(viewer, Orientation.AXIAL) == pytest.approx(axial.zoom_mm, rel=1e-3)
    qtbot.keyClick(tree, Qt.Key.Key_End)
    assert session.single_orientation is Orientation.SAGITTAL
    assert session.window == pytest.approx((1500, 300))

    # In the 1×3 layout the plane's view is there already: the slice and window follow.
    viewer.set_layout(Layout.THREE)
    session.set_crosshair(centre + np.array([0.0, 0.0, 30.0]))
    _click_row(qtbot, tree, 0)
    assert session.layout is Layout.THREE
    assert session.crosshair[2] == pytest.approx(axial.plane.origin[2], abs=0.51)
    assert viewer.active_orientation is Orientation.AXIAL
    save_screenshot(panel, "i20_2_keyimage_panel")


def test_remove_takes_off_the_chosen_key_image_of_three(
    window: ShellWindow, context: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    demo = _demo(context, tmp_path)
    case_id, portal_venous = demo.case.id, demo.case.series_ids[1]
    viewer = open_case_series(window, qtbot, case_id, portal_venous)
    centre = np.asarray(demo.demo.ground_truth.tumour.centre_lps_mm, dtype=float)
    for number, caption in enumerate(("First", "Second", "Third")):
        viewer.session.set_crosshair(centre + np.array([0.0, 0.0, 4.0 * number]))
        _flag_here(viewer, Orientation.AXIAL, caption)
    panel = viewer.editor.annotation_panel
    tree, remove = panel.key_tree, panel.remove_key_button
    assert tree.topLevelItemCount() == 3
    assert not remove.isEnabled()  # nothing chosen: nothing to remove

    _click_row(qtbot, tree, 1)
    assert remove.isEnabled()
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert [k.caption for k in list_key_images(context.db, case_id)] == ["First", "Third"]
    assert [tree.topLevelItem(r).text(0) for r in range(tree.topLevelItemCount())] == [
        "First",
        "Third",
    ]
    assert not remove.isEnabled()
    _screenshot(window, "i20_2_keyimage_removed")

    undo = window.action_registry.action("casereview.edit.undo")
    assert undo.isEnabled()
    undo.trigger()
    assert [k.caption for k in list_key_images(context.db, case_id)] == [
        "First",
        "Second",
        "Third",
    ]
    # Chosen with the keyboard (the first row, then the last) and removed: the last one goes.
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Home)
    assert tree.currentItem() is tree.topLevelItem(0) and remove.isEnabled()
    qtbot.keyClick(tree, Qt.Key.Key_End)
    assert tree.currentItem() is tree.topLevelItem(2)
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert [k.caption for k in list_key_images(context.db, case_id)] == ["First", "Second"]

    # The Delete key in the list removes the key image chosen there (not a selected mark).
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    tree.setFocus()
    qtbot.waitUntil(tree.hasFocus, timeout=5000)
    qtbot.keyClick(tree, Qt.Key.Key_Home)
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert [k.caption for k in list_key_images(context.db, case_id)] == ["Second"]


def _add_segments(context: AppContext, demo: InstalledDemo) -> list[str]:
    """Tumour, SMV and a node painted as boxes around the tumour (three segments)."""
    series_id = demo.case.series_ids[1]
    volume = load_series_volume(context.db, series_id)
    column, row, slice_ = np.rint(
        np.linalg.solve(
            volume.direction * np.asarray(volume.spacing)[::-1],
            np.asarray(demo.demo.ground_truth.tumour.centre_lps_mm) - np.asarray(volume.origin),
        )
    ).astype(int)
    k, j, i = int(slice_), int(row), int(column)
    neoplasm = Code("108369006", "SCT", "Neoplasm")
    abnormal = Code("49755003", "SCT", "Morphologically Abnormal Structure")
    uuids = []
    for name, colour, (dk, dj, di) in (
        ("Tumour", (230, 200, 40), (0, 0, 0)),
        ("SMV", (40, 90, 230), (0, 12, -10)),
        ("Node", (40, 200, 80), (2, -14, 14)),
    ):
        segment = create_segment(
            context.db,
            demo.case.id,
            SegmentDraft(
                name,
                abnormal,
                neoplasm,
                colour,
                volume.series_instance_uid,
                volume.frame_of_reference_uid,
            ),
            volume.shape,
            context.user.username,
        )
        mask = np.zeros(volume.shape, dtype=bool)
        mask[k + dk - 3 : k + dk + 3, j + dj - 5 : j + dj + 5, i + di - 5 : i + di + 5] = True
        set_segment_mask(context.db, segment.uuid, mask, volume, context.user.username)
        uuids.append(segment.uuid)
    return uuids


def test_a_flagged_3d_view_comes_back_with_its_scene(
    window: ShellWindow, context: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    demo = _demo(context, tmp_path)
    case_id, portal_venous = demo.case.id, demo.case.series_ids[1]
    tumour, smv, node = _add_segments(context, demo)
    viewer = open_case_series(window, qtbot, case_id, portal_venous)
    editor = viewer.editor
    viewer.set_layout(Layout.QUAD)
    qtbot.wait(300)
    # Surfaces of the three segments, then the node hidden and the SMV made see-through in
    # the 3-D view's surface list, the soft-tissue preset, a crop box and a view from the left.
    qtbot.mouseClick(editor.segment_panel.surfaces_button, Qt.MouseButton.LeftButton)
    view3d = viewer.widget_3d
    qtbot.waitUntil(lambda: len(view3d.styles) == 3, timeout=60_000)
    view3d.set_panel_visible(True)
    names = [s.name for s in view3d.styles]
    node_check = view3d.segment_table.cellWidget(names.index("Node"), 0)
    assert isinstance(node_check, QCheckBox)
    node_check.click()
    smv_opacity = view3d.segment_table.cellWidget(names.index("SMV"), 3)
    assert isinstance(smv_opacity, QSpinBox)
    smv_opacity.setValue(40)
    view3d.choose_preset("soft_tissue")
    view3d.crop_check.setChecked(True)
    view3d.crop_spins[0].setValue(10)
    view3d.set_panel_visible(False)
    view3d.prepare_volume_rendering()
    view3d.view.set_standard_view(StandardView.LEFT, zoom=2.2)  # the "L" button, zoomed in
    qtbot.wait(100)
    camera = view3d.view.camera_view()
    editor.ask_text = lambda *_: "Tumour against the SMV"
    qtbot.mouseClick(editor.annotation_panel.flag_3d_button, Qt.MouseButton.LeftButton)
    flagged = list_key_images(context.db, case_id)[-1]
    assert flagged.caption == "Tumour against the SMV" and flagged.camera is not None
    _screenshot(window, "i20_2_keyimage_3d_flagged")
    view3d.set_panel_visible(True)

    # Everything changed afterwards: no surfaces, another preset, no crop, another camera,
    # and the 1×1 layout.
    qtbot.mouseClick(
        view3d.findChild(QPushButton, "view3D.clearSurfaces"), Qt.MouseButton.LeftButton
    )
    assert view3d.styles == []
    view3d.choose_preset("cta")
    view3d.crop_check.setChecked(False)
    view3d.set_standard_view(StandardView.ANTERIOR)
    viewer.set_layout(Layout.ONE)
    qtbot.wait(200)

    # Choosing the key image brings the 2×2 layout back with the same scene.
    tree = editor.annotation_panel.key_tree
    _click_row(qtbot, tree, tree.topLevelItemCount() - 1)
    assert viewer.session.layout is Layout.QUAD
    qtbot.waitUntil(lambda: len(view3d.styles) == 3, timeout=60_000)
    shown = {s.name: s for s in view3d.styles}
    assert shown["Tumour"].visible and shown["SMV"].visible and not shown["Node"].visible
    assert shown["SMV"].opacity == pytest.approx(0.4)
    assert shown["Tumour"].colour == pytest.approx((230 / 255, 200 / 255, 40 / 255))
    assert view3d.surface_segments == {
        s.label: uuid for s, uuid in zip(view3d.styles, (tumour, smv, node), strict=True)
    }
    drawn = view3d.view.surfaces.visible_meshes()
    assert len(drawn) == 2  # the node stays hidden
    assert view3d.view.preset.name == BUILTIN_PRESETS["soft_tissue"].name
    assert view3d.crop_check.isChecked() and view3d.crop_spins[0].value() == 10
    now = view3d.view.camera_view()
    assert np.allclose(now.position, camera.position, atol=1e-3)
    assert np.allclose(now.focal_point, camera.focal_point, atol=1e-3)
    assert np.allclose(now.view_up, camera.view_up, atol=1e-3)
    view3d.set_panel_visible(False)
    qtbot.wait(STILL_DELAY_MS + 200)  # the full-quality frame after the camera moved
    _screenshot(window, "i20_2_keyimage_3d_reshown")


def test_a_key_image_of_another_series_opens_that_series_there(
    window: ShellWindow, context: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    demo = _demo(context, tmp_path)
    case_id = demo.case.id
    arterial, portal_venous = demo.case.series_ids[0], demo.case.series_ids[1]
    venous_viewer = open_case_series(window, qtbot, case_id, portal_venous)
    centre = np.asarray(demo.demo.ground_truth.tumour.centre_lps_mm, dtype=float)
    venous_viewer.session.set_crosshair(centre)
    venous_viewer.session.set_window(420, 70)
    _flag_here(venous_viewer, Orientation.CORONAL, "SMV on the venous phase")
    venous_uid = venous_viewer.session.primary.volume.series_instance_uid
    window.tabs.close_viewer_tab(window.tabs.indexOf(venous_viewer))
    qtbot.waitUntil(lambda: venous_viewer not in window.viewers, timeout=10_000)

    # The arterial phase lists the case's key images; choosing the venous one opens that
    # series in a tab of its own, at the key image's plane and window.
    arterial_viewer = open_case_series(window, qtbot, case_id, arterial)
    arterial_viewer.session.set_window(600, 150)
    tree = arterial_viewer.editor.annotation_panel.key_tree
    assert tree.topLevelItemCount() == 1
    _click_row(qtbot, tree, 0)
    qtbot.waitUntil(
        lambda: (
            (front := window.current_viewer()) is not None
            and front.session.primary.volume.series_instance_uid == venous_uid
            and front.session.window == pytest.approx((420, 70))
        ),
        timeout=60_000,
    )
    reopened = window.current_viewer()
    # It opens in its usual layout (every plane shown): the coronal view is the active one,
    # through the key image's plane.
    key_image = list_key_images(context.db, case_id)[0]
    assert reopened.active_orientation is Orientation.CORONAL
    normal = np.asarray(key_image.plane.normal(), dtype=float)
    offset = float(np.dot(reopened.session.crosshair - np.asarray(key_image.plane.origin), normal))
    assert abs(offset) < reopened.session.step_mm(Orientation.CORONAL)
    assert arterial_viewer.session.window == pytest.approx((600, 150))  # left as it was
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=60_000)
    _screenshot(window, "i20_2_keyimage_other_series")

    # With both open, choosing it in the arterial tab brings the venous tab to the front.
    window.tabs.setCurrentWidget(arterial_viewer)
    reopened.session.set_window(2000, 500)
    _click_row(qtbot, tree, 0)  # the row is chosen already: a click shows it again
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert window.current_viewer() is reopened
    assert reopened.session.window == pytest.approx((420, 70))
