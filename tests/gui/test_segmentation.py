"""The segmentation editor as a surgeon uses it: segment the demo tumour with the tools, paint,
undo, outlines. Needs Xvfb (VTK inside Qt)."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot
from test_annotations import _demo, drag, open_case_series, screenshot

from casereview.app.context import AppContext
from casereview.services.annotations import list_key_images
from casereview.services.segmentations import list_segments, segment_mask
from casereview.session import Layout, Orientation
from casereview.ui.shell import ShellWindow
from casereview.ui.viewer.tool_kinds import Tool, tool_action_id

pytestmark = [
    pytest.mark.gui,
    pytest.mark.xvfb,
    pytest.mark.skipif(not os.environ.get("DISPLAY"), reason="VTK inside Qt needs an X display"),
]


def test_segment_the_tumour_with_the_tools_then_paint_and_undo(
    window: ShellWindow, context: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    demo = _demo(context, tmp_path)
    case_id = demo.case.id
    truth = demo.demo.ground_truth.tumour
    viewer = open_case_series(window, qtbot, case_id, demo.case.series_ids[1])
    viewer.session.set_crosshair(np.asarray(truth.centre_lps_mm))
    widget = viewer.slice_widgets[("primary", Orientation.AXIAL)]
    editor = viewer.editor
    panel = editor.segment_panel
    editor.side_panel.setCurrentWidget(panel)
    qtbot.wait(100)

    panel.template_combo.setCurrentIndex(panel.template_combo.findData("tumour"))
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    segments = list_segments(context.db, case_id)
    assert [s.name for s in segments] == ["Tumour"]
    assert segments[0].type.value == "108369006" and segments[0].type.scheme == "SCT"
    assert editor.active_segment == segments[0].uuid
    panel.low_spin.setValue(35)
    panel.high_spin.setValue(95)
    panel.opening_spin.setValue(1.5)

    window.action_registry.action(tool_action_id(Tool.SEED)).trigger()
    seed = widget.position_of(np.asarray(truth.centre_lps_mm))
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=seed)
    qtbot.waitUntil(lambda: list_segments(context.db, case_id)[0].voxel_count > 0, timeout=30_000)
    qtbot.mouseClick(panel.islands_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=30_000)
    before_smooth = list_segments(context.db, case_id)[0].modified_at
    qtbot.mouseClick(panel.smooth_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: list_segments(context.db, case_id)[0].modified_at != before_smooth, timeout=30_000
    )
    tumour = list_segments(context.db, case_id)[0]
    assert abs(tumour.volume_ml - truth.volume_ml) / truth.volume_ml < 0.10, tumour.volume_ml
    assert tumour.diameters_mm[1] == pytest.approx(truth.longest_axial_diameter_mm, rel=0.15)
    assert "mL" in panel.tree.topLevelItem(0).text(1)
    overlay = editor.overlays[widget]
    assert overlay.last_labels is not None and (overlay.last_labels > 0).sum() > 50
    screenshot(window, "segmentation-tumour-filled")

    # Surfaces in the 3-D view of the 2×2 layout.
    viewer.set_layout(Layout.QUAD)
    qtbot.wait(300)
    qtbot.mouseClick(panel.surfaces_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(viewer.widget_3d.view.surfaces.visible_meshes()), timeout=60_000)
    assert editor.layer_3d is not None
    editor.ask_text = lambda *_: "Tumour in 3-D"
    editor.annotation_panel.flag_3d()
    key_image = list_key_images(context.db, case_id)[-1]
    assert key_image.caption == "Tumour in 3-D" and key_image.camera is not None
    assert key_image.plane is None
    screenshot(window, "segmentation-tumour-3d")
    viewer.set_layout(Layout.ONE)
    qtbot.wait(200)

    # Outline display, then paint a lymph node with the 2-D brush and undo/redo it.
    panel.outline_check.setChecked(True)
    assert viewer.session.segment_outline
    panel.template_combo.setCurrentIndex(panel.template_combo.findData("lymph_node"))
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    node = next(s for s in list_segments(context.db, case_id) if s.name == "Lymph node")
    assert editor.active_segment == node.uuid
    panel.radius_spin.setValue(4.0)
    window.action_registry.action(tool_action_id(Tool.PAINT)).trigger()
    c = widget.rect().center()
    drag(qtbot, widget, QPoint(c.x() + 120, c.y() + 60), QPoint(c.x() + 150, c.y() + 60))
    painted = segment_mask(context.db, node.uuid)
    assert painted.any()
    slices = np.flatnonzero(painted.any(axis=(1, 2)))
    assert len(slices) == 1  # a 2-D brush paints on the shown slice only
    screenshot(window, "segmentation-outlines-and-brush")
    window.action_registry.action("casereview.edit.undo").trigger()
    assert not segment_mask(context.db, node.uuid).any()
    window.action_registry.action("casereview.edit.redo").trigger()
    assert np.array_equal(segment_mask(context.db, node.uuid), painted)

    # The 3-D brush paints a sphere: several slices.
    panel.sphere_check.setChecked(True)
    drag(qtbot, widget, QPoint(c.x() - 150, c.y() + 60), QPoint(c.x() - 140, c.y() + 60))
    sphere = segment_mask(context.db, node.uuid) & ~painted
    assert len(np.flatnonzero(sphere.any(axis=(1, 2)))) >= 3
    # Erase what the 2-D stroke painted.
    window.action_registry.action(tool_action_id(Tool.ERASE)).trigger()
    panel.sphere_check.setChecked(False)
    panel.radius_spin.setValue(8.0)
    drag(qtbot, widget, QPoint(c.x() + 110, c.y() + 60), QPoint(c.x() + 160, c.y() + 60))
    assert not (segment_mask(context.db, node.uuid) & painted).any()

    # DICOM SEG out of the panel and back in (undo takes the import back off).
    out = tmp_path / "case-seg.dcm"
    panel.export_seg(str(out))
    qtbot.waitUntil(out.exists, timeout=30_000)
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=30_000)
    count = len(list_segments(context.db, case_id))
    panel.import_seg(str(out))
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 2 * count, timeout=30_000)
    names = sorted(s.name for s in list_segments(context.db, case_id))
    assert names == sorted(["Tumour", "Lymph node"] * 2)
    assert panel.tree.topLevelItemCount() == 2 * count
    window.action_registry.action("casereview.edit.undo").trigger()
    assert len(list_segments(context.db, case_id)) == count
