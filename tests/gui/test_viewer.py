"""The 2-D multi-planar viewer as a surgeon uses it (needs Xvfb: VTK inside Qt)."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
from gui_helpers import SCREENSHOTS, refresh
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from test_annotations import _demo

from casereview.app.context import AppContext
from casereview.session import WINDOW_PRESETS, Layout, Orientation, SlabMode
from casereview.ui.shell import ShellWindow
from casereview.ui.viewer import ViewerWidget

pytestmark = [
    pytest.mark.gui,
    pytest.mark.xvfb,
    pytest.mark.skipif(not os.environ.get("DISPLAY"), reason="VTK inside Qt needs an X display"),
]

AXIAL, CORONAL, SAGITTAL = Orientation


def _open(window: ShellWindow, qtbot: QtBot, series_ids: list[int]) -> ViewerWidget:
    refresh(window, qtbot)
    assert window.browser.select_series(series_ids) == len(series_ids)
    action = window.action_registry.action("casereview.view.open_series")
    assert action.isEnabled()
    action.trigger()
    qtbot.waitUntil(lambda: bool(window.viewers), timeout=60_000)
    viewer = window.viewers[-1]
    assert window.tabs.currentWidget() is viewer
    qtbot.wait(300)  # views get their size and first frame
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


def test_portal_venous_phase_in_2x2_with_linked_crosshair(
    window: ShellWindow, context: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    demo = _demo(context, tmp_path)
    portal_venous = demo.case.series_ids[1]
    viewer = _open(window, qtbot, [portal_venous])
    session = viewer.session
    viewer.set_layout(Layout.QUAD)
    qtbot.wait(200)
    views = viewer.visible_views()
    assert len(views) == 4 and all(v.isVisible() for v in views)
    axial = viewer.slice_widgets[("primary", AXIAL)]
    coronal = viewer.slice_widgets[("primary", CORONAL)]
    assert axial.view.edge_labels() == {"left": "R", "right": "L", "top": "A", "bottom": "P"}
    assert coronal.view.edge_labels()["top"] == "S"

    # Scroll: keys and wheel move the axial plane by one slice, Page Up by ten.
    index, count = session.slice_index(AXIAL)
    qtbot.keyClick(axial, Qt.Key.Key_Up)
    assert session.slice_index(AXIAL) == (index + 1, count)
    qtbot.keyClick(axial, Qt.Key.Key_PageDown)
    assert session.slice_index(AXIAL) == (index - 9, count)
    assert f"Im {index - 9}/{count}" in axial.view.corner_texts()["lower_left"]

    # Pancreas preset: every view and the typed values follow.
    viewer.apply_preset("pancreas")
    width, level = WINDOW_PRESETS["pancreas"]
    assert session.window == (width, level)
    assert (viewer.width_spin.value(), viewer.level_spin.value()) == (width, level)
    assert coronal.view.corner_texts()["lower_right"] == f"W {width:.0f} L {level:.0f}"
    viewer.level_spin.setValue(70)  # typed values
    assert session.window == (width, 70.0)

    # Click in the axial view: 24 mm to the patient's left, 15 mm posterior.
    coronal_before = session.slice_index(CORONAL)
    sagittal_before = session.slice_index(SAGITTAL)
    axial_before = session.slice_index(AXIAL)
    target = session.crosshair + np.array([24.0, 15.0, 0.0])
    position = axial.position_of(target)
    assert position.x() > axial.width() / 2 - 5  # patient left is on the image's right
    qtbot.mouseClick(axial, Qt.MouseButton.LeftButton, pos=position)
    assert np.allclose(session.crosshair, target, atol=1.5)
    pixel = 1.5  # the demo's in-plane spacing
    assert session.slice_index(AXIAL) == axial_before
    assert session.slice_index(CORONAL)[0] == pytest.approx(coronal_before[0] + 15 / pixel, abs=1)
    # Sagittal slices are numbered along its viewing direction, towards the patient's right.
    assert session.slice_index(SAGITTAL)[0] == pytest.approx(sagittal_before[0] - 24 / pixel, abs=1)
    assert coronal.view.corner_texts()["lower_left"] != "" and (
        f"Im {session.slice_index(CORONAL)[0]}/" in coronal.view.corner_texts()["lower_left"]
    )

    # Window drag and the HU read-out under the cursor.
    viewer.apply_preset("abdomen")
    qtbot.mouseMove(axial, position)
    assert "HU" in viewer.readout.text() and "LPS" in viewer.readout.text()

    # Ctrl+H hides the patient's identity in the views too.
    patient_text = axial.view.corner_texts()["upper_left"]
    assert "DEMO" in patient_text.upper()
    window.action_registry.action("casereview.view.hide_phi").trigger()
    assert axial.view.corner_texts()["upper_left"] == "Identity hidden"
    info = session.primary.info
    shown = " ".join(coronal.view.corner_texts().values())
    assert info.patient_name and info.patient_name not in shown
    assert info.patient_id and info.patient_id not in shown
    window.action_registry.action("casereview.view.hide_phi").trigger()

    # Back to a slice through the tumour (pancreatic head) for the picture.
    assert demo.demo is not None
    session.set_crosshair(np.asarray(demo.demo.ground_truth.tumour.centre_lps_mm))
    qtbot.wait(100)
    path = _screenshot(window, "viewer_2x2")
    assert path.stat().st_size > 10_000

    # Thick-slab MIP and an oblique plane change what is shown, and come back.
    viewer.slab_combo.setCurrentIndex(viewer.slab_combo.findData(SlabMode.MIP))
    assert session.slab_mode is SlabMode.MIP
    assert "MIP" in axial.view.corner_texts()["lower_left"]
    viewer.rotation_spins[0].setValue(30)
    assert session.rotation_degrees == (30.0, 0.0, 0.0)
    assert session.slice_index(AXIAL) is None  # an oblique plane is not a stored slice
    qtbot.wait(100)
    _screenshot(window, "viewer_2x2_oblique_mip")
    viewer.rotation_spins[0].setValue(0)
    viewer.slab_combo.setCurrentIndex(0)

    # Cine plays through the active view and pauses.
    axial_index = session.slice_index(AXIAL)[0]
    viewer.cine_button.click()
    qtbot.waitUntil(lambda: session.slice_index(AXIAL)[0] != axial_index, timeout=3000)
    viewer.cine_button.click()
    assert not viewer.cine_timer.isActive()

    # Closing the tab leaves the browser.
    window.tabs.close_viewer_tab(window.tabs.indexOf(viewer))
    assert window.tabs.count() == 1 and not window.viewers


def test_arterial_and_portal_venous_side_by_side_scroll_together(
    window: ShellWindow, context: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    demo = _demo(context, tmp_path)
    arterial, portal_venous = demo.case.series_ids[:2]
    viewer = _open(window, qtbot, [portal_venous, arterial])
    session = viewer.session
    assert session.layout is Layout.COMPARE and session.comparison is not None
    primary = viewer.slice_widgets[("primary", AXIAL)]
    other = viewer.slice_widgets[("comparison", AXIAL)]
    assert other.isVisible() and primary.isVisible()
    for steps in (3, -7):
        qtbot.keyClick(primary, Qt.Key.Key_Up if steps > 0 else Qt.Key.Key_Down)
        assert session.slice_index(AXIAL, session.comparison) == session.slice_index(AXIAL)
    primary_text = primary.view.corner_texts()["lower_left"].splitlines()[-1]
    assert other.view.corner_texts()["lower_left"].splitlines()[-1] == primary_text
    viewer.plane_combo.setCurrentIndex(viewer.plane_combo.findData(CORONAL))
    assert viewer.slice_widgets[("comparison", CORONAL)].isVisible()
    _screenshot(window, "viewer_side_by_side")


def test_geometry_warnings_are_shown_above_the_images(
    window: ShellWindow, context: AppContext, tmp_path: Path, qtbot: QtBot
) -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "volume"))
    from volume_series import write_series

    from casereview.services.indexing import import_paths

    # Slices at 0..30 mm every 2 mm, with 12-16 mm missing: a gap the user must be told about.
    positions = [(0.0, 0.0, z) for z in range(0, 32, 2) if not 12 <= z <= 16]
    write_series(tmp_path / "gap", positions)
    report = import_paths(
        context.db,
        [tmp_path / "gap"],
        context.user.username,
        staging_dir=context.paths.imports,
        quarantine_dir=context.paths.quarantine,
    )
    viewer = _open(window, qtbot, sorted(report.series_ids))
    assert viewer.warnings_label.isVisible()
    text = viewer.warnings_label.text()
    assert "Check before measuring" in text and "missing" in text
    _screenshot(window, "viewer_geometry_warning")


def test_export_volume_as_nifti_from_the_viewer(
    window: ShellWindow,
    context: AppContext,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import SimpleITK as sitk
    from PySide6.QtWidgets import QFileDialog

    demo = _demo(context, tmp_path)
    action = window.action_registry.action("casereview.view.export_nifti")
    assert not action.isEnabled()  # nothing to export from the browser
    viewer = _open(window, qtbot, [demo.case.series_ids[1]])
    assert action.isEnabled()
    target = tmp_path / "out" / "pv.nii.gz"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    action.trigger()
    qtbot.waitUntil(target.exists, timeout=30_000)
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=30_000)
    image = sitk.ReadImage(str(target))
    volume = viewer.session.primary.volume
    assert image.GetSize() == volume.shape[::-1]
    assert np.allclose(image.GetOrigin(), volume.origin, atol=1e-3)
    assert np.allclose(image.GetSpacing(), volume.spacing[::-1], atol=1e-4)
    assert "written" in window.statusBar().currentMessage()
    window.tabs.setCurrentIndex(0)
    assert not action.isEnabled()


def _slow_native_reads(monkeypatch: pytest.MonkeyPatch, seconds: float) -> None:
    """Make every slice of a native series take ``seconds`` to read (a slow disk or network)."""
    import time

    from casereview.dicom import volume as volume_module

    original = volume_module._Assembler.add_native

    def slow(self: object, index: int) -> bool:
        time.sleep(seconds)
        return original(self, index)

    monkeypatch.setattr(volume_module._Assembler, "add_native", slow)


def test_viewer_opens_while_the_volume_is_still_loading(
    window: ShellWindow,
    context: AppContext,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    demo = _demo(context, tmp_path)
    _slow_native_reads(monkeypatch, 0.03)  # ~3 s for the 96 slices
    refresh(window, qtbot)
    window.browser.select_series([demo.case.series_ids[1]])
    task = window.open_series([demo.case.series_ids[1]])
    assert task is not None
    qtbot.waitUntil(lambda: bool(window.viewers), timeout=30_000)
    viewer = window.viewers[-1]
    assert not task.done  # the tab is there before the images are
    shown = viewer.session.primary.volume
    assert shown.sop_instance_uids == ()  # the preview: array allocated, still filling
    _screenshot(window, "viewer_while_loading")
    qtbot.waitUntil(lambda: task.done, timeout=60_000)
    assert task.error is None
    final = viewer.session.primary.volume
    assert final.voxels is shown.voxels  # filled in place, shown all along
    assert len(final.sop_instance_uids) == final.shape[0]


def test_cancelled_loading_closes_the_half_filled_viewer(
    window: ShellWindow,
    context: AppContext,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QProgressDialog

    demo = _demo(context, tmp_path)
    _slow_native_reads(monkeypatch, 0.05)
    refresh(window, qtbot)
    task = window.open_series([demo.case.series_ids[1]])
    qtbot.waitUntil(lambda: bool(window.viewers), timeout=30_000)
    task.cancel()
    qtbot.waitUntil(lambda: task.done, timeout=30_000)
    assert window.viewers == []
    assert window.tabs.count() == 1  # only the study browser
    assert not any(d.isVisible() for d in window.findChildren(QProgressDialog))
