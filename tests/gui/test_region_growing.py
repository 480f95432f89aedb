"""Region growing as a surgeon uses it: the HU range follows the structure and the series'
contrast phase, a grow in the SMV recovers it, a seed outside the range is refused at once.

Needs Xvfb (VTK inside Qt).
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import numpy as np
import pytest
from gui_helpers import save_screenshot
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot
from test_annotations import _demo, open_case_series, screenshot

from casereview.analysis import region_growing
from casereview.analysis.region_growing import Box
from casereview.analysis.segmentation import dice
from casereview.app.context import AppContext
from casereview.dicom.seg import read_seg
from casereview.domain.hu_presets import ContrastPhase, Structure, hu_range
from casereview.domain.volume import Volume
from casereview.errors import OperationCancelled
from casereview.services.segmentations import list_segments, segment_mask
from casereview.session import Orientation
from casereview.ui.shell import ShellWindow
from casereview.ui.viewer import ViewerWidget
from casereview.ui.viewer.tool_kinds import Tool, tool_action_id

pytestmark = [
    pytest.mark.gui,
    pytest.mark.xvfb,
    pytest.mark.skipif(not os.environ.get("DISPLAY"), reason="VTK inside Qt needs an X display"),
]


def _portal_venous_viewer(
    window: ShellWindow, context: AppContext, qtbot: QtBot, tmp_path: Path
) -> tuple[ViewerWidget, dict[str, np.ndarray], int]:
    """The demo's portal-venous series in the viewer, its reference masks and the case id."""
    demo = _demo(context, tmp_path)
    viewer = open_case_series(window, qtbot, demo.case.id, demo.case.series_ids[1])
    volume = viewer.session.primary.volume
    truth = {
        item.name: item.mask
        for item in read_seg(demo.demo.seg_path).segments(volume.sop_instance_uids)
    }
    viewer.editor.side_panel.setCurrentWidget(viewer.editor.segment_panel)
    qtbot.wait(100)
    return viewer, truth, demo.case.id


def _add_segment(viewer: ViewerWidget, qtbot: QtBot, template: str) -> None:
    panel = viewer.editor.segment_panel
    panel.template_combo.setCurrentIndex(panel.template_combo.findData(template))
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)


def _centre_of(mask: np.ndarray, slice_index: int) -> tuple[int, int, int]:
    rows, columns = np.argwhere(mask[slice_index]).mean(axis=0)
    return slice_index, int(round(rows)), int(round(columns))


def _click_voxel(viewer: ViewerWidget, qtbot: QtBot, voxel: tuple[int, int, int]) -> None:
    """Show the voxel's slice in the axial view and click on it with the active tool."""
    volume = viewer.session.primary.volume
    point = volume.index_to_patient(np.array([voxel], dtype=float))[0]
    viewer.session.set_crosshair(point)
    qtbot.wait(100)
    widget = viewer.slice_widgets[("primary", Orientation.AXIAL)]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.position_of(point))


def test_the_range_follows_the_structure_and_a_grow_recovers_the_smv(
    window: ShellWindow, context: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    viewer, truth, case_id = _portal_venous_viewer(window, context, qtbot, tmp_path)
    editor, panel = viewer.editor, viewer.editor.segment_panel
    # "Portal venous phase 2.5mm (demo)": the phase comes from the series description.
    assert panel.chosen_phase() is ContrastPhase.PORTAL_VENOUS

    _add_segment(viewer, qtbot, "smv")
    vein = hu_range(Structure.VEIN, ContrastPhase.PORTAL_VENOUS)
    assert panel.chosen_structure() is Structure.VEIN
    assert (panel.low_spin.value(), panel.high_spin.value()) == (vein.lower, vein.upper)
    assert editor.grow_range == (vein.lower, vein.upper)
    assert panel.preset_label.text() == "Vein, Portal venous: 130 to 300 HU"

    # Choosing another structure or phase moves the range with it; the user can still edit it.
    panel.structure_combo.setCurrentIndex(panel.structure_combo.findData("artery"))
    panel.structure_combo.activated.emit(panel.structure_combo.currentIndex())
    artery = hu_range(Structure.ARTERY, ContrastPhase.PORTAL_VENOUS)
    assert editor.grow_range == (artery.lower, artery.upper)
    panel.phase_combo.setCurrentIndex(panel.phase_combo.findData("arterial"))
    panel.phase_combo.activated.emit(panel.phase_combo.currentIndex())
    artery = hu_range(Structure.ARTERY, ContrastPhase.ARTERIAL)
    assert editor.grow_range == (artery.lower, artery.upper)
    panel.phase_combo.setCurrentIndex(panel.phase_combo.findData("portal-venous"))
    panel.phase_combo.activated.emit(panel.phase_combo.currentIndex())
    panel.structure_combo.setCurrentIndex(panel.structure_combo.findData("vein"))
    panel.structure_combo.activated.emit(panel.structure_combo.currentIndex())
    panel.high_spin.setValue(320)
    assert editor.grow_range == (vein.lower, 320.0)
    assert panel.preset_label.text().startswith("Range changed by hand")
    panel.refresh()  # a refresh (after any edit) leaves the user's range alone
    assert editor.grow_range == (vein.lower, 320.0)

    # Grow below the splenoportal confluence, as the surgeon limits it, with 1 mm bridges cut.
    smv = truth["Superior mesenteric vein"]
    confluence = int(np.flatnonzero(truth["Portal vein"].any(axis=(1, 2)))[0])
    panel.limit_check.setChecked(True)
    panel.first_spin.setValue(1)
    panel.last_spin.setValue(confluence + 2)
    panel.opening_spin.setValue(1.0)
    window.action_registry.action(tool_action_id(Tool.SEED)).trigger()
    middle = int(np.flatnonzero(smv.any(axis=(1, 2))).mean())
    _click_voxel(viewer, qtbot, _centre_of(smv, middle))
    qtbot.waitUntil(lambda: list_segments(context.db, case_id)[0].voxel_count > 0, timeout=30_000)
    grown = segment_mask(context.db, list_segments(context.db, case_id)[0].uuid)
    assert dice(grown, smv) >= 0.9, dice(grown, smv)
    save_screenshot(panel, "i20_grow_segment_panel")
    screenshot(window, "i20_grow_smv")


def test_a_seed_outside_the_range_is_refused_before_any_work(
    window: ShellWindow,
    context: AppContext,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    viewer, truth, case_id = _portal_venous_viewer(window, context, qtbot, tmp_path)
    entered: list[object] = []
    real_grow = region_growing.region_grow

    def recorded_grow(*args: object, **kwargs: object) -> object:
        entered.append(args)
        return real_grow(*args, **kwargs)  # type: ignore[arg-type]  # forwarded as given

    monkeypatch.setattr(region_growing, "region_grow", recorded_grow)
    shown: list[str] = []
    window.errors.shown.connect(lambda _title, text: shown.append(text))
    _add_segment(viewer, qtbot, "smv")
    tasks_before = len(window.tasks.tasks)
    window.action_registry.action(tool_action_id(Tool.SEED)).trigger()

    # The tumour (~70 HU) is no vein of the portal-venous phase (130 to 300 HU).
    tumour = truth["Pancreatic head tumour"]
    middle = int(np.flatnonzero(tumour.any(axis=(1, 2))).mean())
    _click_voxel(viewer, qtbot, _centre_of(tumour, middle))

    assert len(shown) == 1, shown  # shown by the click itself, before the event loop ran on
    assert "outside the range 130 to 300 HU" in shown[0], shown[0]
    assert "HU)" in shown[0]  # the seed's own value
    assert len(window.tasks.tasks) == tasks_before  # no worker was started
    assert entered == []  # and growing was never entered
    assert list_segments(context.db, case_id)[0].voxel_count == 0
    box = window.errors.current_box
    assert box is not None and box.isVisible()
    save_screenshot(box, "i20_grow_bad_seed_message")
    screenshot(window, "i20_grow_bad_seed")
    box.close()


def test_a_grow_cancelled_from_its_progress_dialog_leaves_the_segment_unchanged(
    window: ShellWindow,
    context: AppContext,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    viewer, truth, case_id = _portal_venous_viewer(window, context, qtbot, tmp_path)
    _add_segment(viewer, qtbot, "tumour")
    # Hold the grow in its first smoothing off the UI thread (the seed check on the UI thread
    # runs as usual), as a grow on a large structure keeps working.
    working, release = threading.Event(), threading.Event()
    real_smoothing = region_growing.smoothed_box

    def held_smoothing(volume: Volume, box: Box) -> np.ndarray:
        if threading.current_thread() is not threading.main_thread():
            working.set()
            release.wait(30)
        return real_smoothing(volume, box)

    monkeypatch.setattr(region_growing, "smoothed_box", held_smoothing)
    shown: list[str] = []
    window.errors.shown.connect(lambda _title, text: shown.append(text))
    window.action_registry.action(tool_action_id(Tool.SEED)).trigger()
    tumour = truth["Pancreatic head tumour"]
    middle = int(np.flatnonzero(tumour.any(axis=(1, 2))).mean())
    _click_voxel(viewer, qtbot, _centre_of(tumour, middle))
    qtbot.waitUntil(working.is_set, timeout=10_000)
    task = window.tasks.tasks[-1]

    dialog = window.findChild(QProgressDialog, "taskProgress")
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=10_000)  # shown while the grow takes its time
    assert "Region growing" in dialog.windowTitle()
    save_screenshot(dialog, "i20_grow_progress_cancel")
    cancel = dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: task.done, timeout=30_000)

    assert isinstance(task.error, OperationCancelled)
    assert shown == []  # a cancel the user asked for is no error
    assert list_segments(context.db, case_id)[0].voxel_count == 0
    assert not viewer.session.segment_masks[list_segments(context.db, case_id)[0].uuid].any()
