"""Single images open (issue 20): screenshots, secondary captures, ultrasound and lone slices
open in a 2-D picture view with window/level, zoom and measurements in mm or pixels.

Driven as a user would: import through the app, select in the browser, Open or double-click,
then the mouse and keys on the picture. Needs an X display (the window is shown).
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import numpy as np
import pydicom
import pytest
from gui_helpers import refresh, save_screenshot
from pydicom.data import get_testdata_file
from pydicom.dataset import FileDataset, FileMetaDataset
from pydicom.uid import ExplicitVRLittleEndian, generate_uid
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QWheelEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QToolButton
from pytestqt.qtbot import QtBot

from casereview.app.context import AppContext
from casereview.services.annotations import list_annotations
from casereview.services.cases import create_case_from_uids
from casereview.services.indexing import import_paths
from casereview.ui.shell import ShellWindow
from casereview.ui.viewer.image_canvas import ImageCanvas

pytestmark = [
    pytest.mark.gui,
    pytest.mark.xvfb,
    pytest.mark.skipif(not os.environ.get("DISPLAY"), reason="the window needs an X display"),
]

SECONDARY_CAPTURE = "1.2.840.10008.5.1.4.1.1.7"
DX_IMAGE = "1.2.840.10008.5.1.4.1.1.1.1"


def _test_file(name: str, folder: Path) -> Path:
    """A copy of one of pydicom's test files (the app indexes files where they are)."""
    source = get_testdata_file(name)
    assert source is not None, f"pydicom's test file {name} is not installed"
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copy(source, folder / name))


def _synthetic_screen(
    folder: Path,
    *,
    imager_spacing: float | None = None,
    study: tuple[str, str, str] | None = None,
) -> Path:
    """A grey image with no place in the patient: a screen save without a pixel size, or
    (``imager_spacing``) a radiograph measured at the detector. ``study`` is
    ``(Study Instance UID, patient name, patient ID)`` to put it beside other series."""
    folder.mkdir(parents=True, exist_ok=True)
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = SECONDARY_CAPTURE if imager_spacing is None else DX_IMAGE
    meta.MediaStorageSOPInstanceUID = generate_uid()
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    path = folder / "screen.dcm"
    ds = FileDataset(str(path), {}, file_meta=meta, preamble=b"\0" * 128)
    ds.SOPClassUID = meta.MediaStorageSOPClassUID
    ds.SOPInstanceUID = meta.MediaStorageSOPInstanceUID
    study_uid, name, patient_id = study or (generate_uid(), "Screen^Synthetic", "SYN-0001")
    ds.StudyInstanceUID = study_uid
    ds.SeriesInstanceUID = generate_uid()
    ds.PatientName = name
    ds.PatientID = patient_id
    ds.Modality = "OT"
    ds.SeriesDescription = "Dose screen"
    ds.StudyDescription = "Synthetic study"
    ds.SeriesNumber = 9
    ds.InstanceNumber = 1
    if imager_spacing is None:
        ds.ImageType = ["DERIVED", "SECONDARY", "SCREEN SAVE"]
    else:
        ds.Modality = "DX"
        ds.SeriesDescription = "Chest PA"
        ds.ImageType = ["ORIGINAL", "PRIMARY"]
        ds.ImagerPixelSpacing = [imager_spacing, imager_spacing]
    rows, columns = 120, 160
    # A ramp from left to right with a bright square: values and windows are easy to check.
    pixels = np.tile(np.linspace(0, 1000, columns, dtype=np.uint16), (rows, 1))
    pixels[40:80, 60:100] = 3000
    ds.Rows, ds.Columns = rows, columns
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.BitsAllocated = 16
    ds.BitsStored = 16
    ds.HighBit = 15
    ds.PixelRepresentation = 0
    ds.PixelData = pixels.tobytes()
    ds.save_as(path, enforce_file_format=True)
    return path


def _import(context: AppContext, path: Path) -> tuple[int, str]:
    """Index ``path`` as the app's import does; the series id and UID."""
    report = import_paths(
        context.db,
        [path],
        context.user.username,
        staging_dir=context.paths.imports,
        quarantine_dir=context.paths.quarantine,
    )
    assert len(report.series_ids) == 1, report
    first = path if path.is_file() else next(p for p in sorted(path.rglob("*")) if p.is_file())
    series_uid = str(pydicom.dcmread(first, stop_before_pixels=True).SeriesInstanceUID)
    return next(iter(report.series_ids)), series_uid


def _open(
    window: ShellWindow,
    qtbot: QtBot,
    context: AppContext,
    path: Path,
    *,
    in_case: bool = True,
    double_click: bool = False,
) -> tuple[QToolButton | object, int | None]:
    """Import ``path`` (in a case), select its series in the browser and open it."""
    series_id, series_uid = _import(context, path)
    case_id = None
    if in_case:
        case_id = create_case_from_uids(
            context.db, context.user.username, series_uids=[series_uid], title="Pictures"
        ).id
    refresh(window, qtbot)
    if case_id is not None:
        assert window.browser.select_case(case_id)
    assert window.browser.select_series([series_id]) == 1
    if double_click:
        view = window.browser.index_view
        selected = view.selectionModel().selectedIndexes()
        assert selected, "the series row is selected"
        index = selected[0]
        rect = view.visualRect(index)
        # As a hand does it: the press of the first click, then the double click.
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    else:
        window.action_registry.action("casereview.view.open_series").trigger()
    qtbot.waitUntil(lambda: window.tabs.count() > 1 and not window.tasks.busy, timeout=60_000)
    viewer = window.tabs.currentWidget()
    assert viewer.objectName() == "imageViewer", (
        f"the series opened as {type(viewer).__name__} ({viewer.objectName()}), "
        "not in the picture view"
    )
    qtbot.wait(200)  # the canvas gets its size and fits the picture
    return viewer, case_id


def _canvas_point(canvas: ImageCanvas, column: float, row: float) -> QPoint:
    return canvas.to_screen((column, row)).toPoint()


def _drag(qtbot: QtBot, canvas: ImageCanvas, start: QPoint, end: QPoint, steps: int = 6) -> None:
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, steps + 1):
        t = step / steps
        qtbot.mouseMove(
            canvas,
            QPoint(
                round(start.x() + t * (end.x() - start.x())),
                round(start.y() + t * (end.y() - start.y())),
            ),
        )
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=end)


def _hover(qtbot: QtBot, viewer: object, column: int, row: int) -> str:
    canvas = viewer.canvas
    qtbot.mouseMove(canvas, _canvas_point(canvas, column, row))
    qtbot.waitUntil(lambda: f"column {column}, row {row}" in viewer.readout.text(), timeout=5000)
    return str(viewer.readout.text())


def _choose_tool(qtbot: QtBot, viewer: object, name: str) -> None:
    button = viewer.findChild(QToolButton, f"imageTool.{name}")
    assert button is not None and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert viewer.canvas.tool.value == name


def test_secondary_capture_in_colour_measures_a_length_in_mm(
    window: ShellWindow, context: AppContext, tmp_path: Path, qtbot: QtBot
) -> None:
    path = _test_file("SC_rgb.dcm", tmp_path / "sc")  # RGB, Pixel Spacing 1 mm
    viewer, case_id = _open(window, qtbot, context, path)
    canvas = viewer.canvas
    expected = pydicom.dcmread(path).pixel_array[10, 10]
    assert f"RGB {expected[0]}, {expected[1]}, {expected[2]}" in _hover(qtbot, viewer, 10, 10)
    # Colour is shown as stored: the window controls are off and the screen shows the RGB.
    assert not viewer.width_spin.isVisible()
    shown = canvas.frame_image().pixelColor(10, 10)
    assert (shown.red(), shown.green(), shown.blue()) == tuple(int(v) for v in expected)
    assert not viewer.notes.isVisible()  # Pixel Spacing: nothing to warn about

    _choose_tool(qtbot, viewer, "length")
    _drag(qtbot, canvas, _canvas_point(canvas, 20, 50), _canvas_point(canvas, 80, 50))
    qtbot.waitUntil(lambda: viewer.measurement_list.count() == 1, timeout=5000)
    item_text = viewer.measurement_list.item(0).text()
    assert "mm" in item_text and "px" not in item_text
    stored = list_annotations(context.db, case_id)
    assert len(stored) == 1
    length = stored[0].measurement("length")
    assert length is not None and length.unit == "mm"
    assert length.value == pytest.approx(60.0, abs=1.5)  # 60 pixels of 1 mm
    assert stored[0].reference.sop_instance_uid == str(pydicom.dcmread(path).SOPInstanceUID)
    save_screenshot(window, "i20_5_single_secondary_capture_rgb")


def test_ultrasound_without_pixel_size_measures_in_px_never_mm(
    window: ShellWindow, context: AppContext, tmp_path: Path, qtbot: QtBot
) -> None:
    path = _test_file("US1_UNCR.dcm", tmp_path / "us")  # RGB, no Pixel Spacing
    viewer, case_id = _open(window, qtbot, context, path, double_click=True)
    assert viewer.notes.isVisible()
    assert "pixels (px)" in viewer.notes.text()
    assert "No pixel size: px" in viewer.canvas.corner_texts["lower_left"]

    canvas = viewer.canvas
    _choose_tool(qtbot, viewer, "length")
    _drag(qtbot, canvas, _canvas_point(canvas, 100, 200), _canvas_point(canvas, 400, 200))
    qtbot.waitUntil(lambda: viewer.measurement_list.count() == 1, timeout=5000)
    item_text = viewer.measurement_list.item(0).text()
    assert " px" in item_text and "mm" not in item_text
    length = list_annotations(context.db, case_id)[0].measurement("length")
    assert length is not None and length.unit == "px"
    assert length.value == pytest.approx(300.0, abs=3.0)

    # The measuring keys of the slice viewers work here too: E for an ellipse.
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    assert canvas.tool.value == "navigate"
    qtbot.keyClick(canvas, Qt.Key.Key_E)
    assert canvas.tool.value == "ellipse"
    _drag(qtbot, canvas, _canvas_point(canvas, 320, 300), _canvas_point(canvas, 370, 330))
    qtbot.waitUntil(lambda: viewer.measurement_list.count() == 2, timeout=5000)
    area = next(
        a.measurement("area")
        for a in list_annotations(context.db, case_id)
        if a.measurement("area") is not None
    )
    assert area is not None and area.unit == "px2"
    assert "px²" in viewer.measurement_list.item(1).text()
    save_screenshot(window, "i20_5_single_ultrasound_px")


def test_mr_slice_window_level_zoom_and_an_angle(
    window: ShellWindow, context: AppContext, tmp_path: Path, qtbot: QtBot
) -> None:
    path = _test_file("MR_small.dcm", tmp_path / "mr")  # one grey slice, 0.3125 mm pixels
    viewer, case_id = _open(window, qtbot, context, path)
    canvas = viewer.canvas
    ds = pydicom.dcmread(path)
    stored = float(ds.pixel_array[20, 30]) * float(ds.get("RescaleSlope", 1)) + float(
        ds.get("RescaleIntercept", 0)
    )
    assert f"{stored:.6g} · column 30, row 20" in _hover(qtbot, viewer, 30, 20)

    # Dragging the window changes the spin boxes and what is on screen.
    before_picture = canvas.frame_image().copy()
    before = (viewer.width_spin.value(), viewer.level_spin.value())
    _drag(qtbot, canvas, _canvas_point(canvas, 20, 30), _canvas_point(canvas, 50, 40))
    after = (viewer.width_spin.value(), viewer.level_spin.value())
    assert after[0] > before[0] and after[1] < before[1]
    assert canvas.frame_image() != before_picture
    assert f"W {after[0]}" in canvas.corner_texts["lower_right"]
    viewer.apply_preset("full")
    values = ds.pixel_array
    assert viewer.width_spin.value() == round(float(values.max()) - float(values.min()))

    # Zoom in with the button and Ctrl+wheel; Fit brings the whole image back.
    fitted = canvas.scale
    fitted_width = canvas.to_screen((63.5, 0)).x() - canvas.to_screen((-0.5, 0)).x()
    assert fitted_width == pytest.approx(min(canvas.width(), canvas.height()), rel=0.05)
    qtbot.mouseClick(viewer.findChild(QToolButton, "zoomIn"), Qt.MouseButton.LeftButton)
    assert canvas.scale == pytest.approx(fitted * 1.25)
    centre = QPointF(canvas.width() / 2, canvas.height() / 2).toPoint()
    qtbot.mouseMove(canvas, centre)
    wheel = QWheelEvent(
        QPointF(centre),
        QPointF(canvas.mapToGlobal(centre)),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(canvas, wheel)  # Ctrl+wheel: one notch closer
    for _ in range(2):
        qtbot.mouseClick(viewer.findChild(QToolButton, "zoomIn"), Qt.MouseButton.LeftButton)
    zoomed_width = canvas.to_screen((63.5, 0)).x() - canvas.to_screen((-0.5, 0)).x()
    assert zoomed_width == pytest.approx(fitted_width * 1.25**4, rel=0.01)
    assert "Zoom" in canvas.corner_texts["lower_right"]
    # Widening the side panel keeps the zoom the user chose.
    zoomed = canvas.scale
    viewer.splitter.setSizes([canvas.width() - 120, viewer.splitter.sizes()[1] + 120])
    qtbot.wait(50)
    assert canvas.scale == pytest.approx(zoomed)
    qtbot.mouseClick(viewer.findChild(QToolButton, "fitImage"), Qt.MouseButton.LeftButton)
    fitted_again = canvas.scale
    assert fitted_again == pytest.approx(
        0.98 * min(canvas.width() / 64, canvas.height() / 64), rel=0.01
    )

    _choose_tool(qtbot, viewer, "angle")
    for column, row in ((10, 50), (30, 30), (50, 50)):
        point = _canvas_point(canvas, column, row)
        qtbot.mouseMove(canvas, point)
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: viewer.measurement_list.count() == 1, timeout=5000)
    angle = list_annotations(context.db, case_id)[0].measurement("angle")
    assert angle is not None and angle.value == pytest.approx(90.0, abs=2.0)
    assert "°" in viewer.measurement_list.item(0).text()
    save_screenshot(window, "i20_5_single_mr_slice")


def test_grey_screen_without_pixel_size_area_in_px_and_identity_hidden(
    window: ShellWindow,
    context: AppContext,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = _synthetic_screen(tmp_path / "screen")
    viewer, case_id = _open(window, qtbot, context, path)
    canvas = viewer.canvas
    assert "3000 · column 70, row 50" in _hover(qtbot, viewer, 70, 50)
    assert "Synthetic" in canvas.corner_texts["upper_left"]
    # No window in the header: one spanning the values, shown in the tool bar and the corner.
    width, level = canvas.grey_window
    assert (viewer.width_spin.value(), viewer.level_spin.value()) == (round(width), round(level))
    assert f"W {width:.0f} L {level:.0f}" in canvas.corner_texts["lower_right"]

    _choose_tool(qtbot, viewer, "polygon")
    for column, row in ((60, 40), (100, 40), (100, 80), (60, 80)):
        point = _canvas_point(canvas, column, row)
        qtbot.mouseMove(canvas, point)
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=point)
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: viewer.measurement_list.count() == 1, timeout=5000)
    area = list_annotations(context.db, case_id)[0].measurement("area")
    assert area is not None and area.unit == "px2"
    assert area.value == pytest.approx(1600.0, rel=0.05)
    assert "px²" in viewer.measurement_list.item(0).text()

    hide = window.action_registry.action("casereview.view.hide_phi")
    if hide.isChecked():
        hide.trigger()
    hide.trigger()
    assert hide.isChecked()
    corners = "\n".join(canvas.corner_texts.values())
    assert "Identity hidden" in corners
    assert "Synthetic" not in canvas.corner_texts["upper_left"] and "SYN-0001" not in corners
    save_screenshot(window, "i20_5_single_grey_screen_identity_hidden")
    # Save screenshot (Ctrl+Shift+S) saves the picture as shown, marks and corners included.
    target = tmp_path / "shot.png"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    shot = window.action_registry.action("casereview.view.screenshot")
    window.action_registry.refresh()
    assert shot.isEnabled()
    shot.trigger()
    saved = QImage(str(target))
    assert (saved.width(), saved.height()) == (canvas.width(), canvas.height())

    # Undo from the Edit menu takes the mark away; Delete in the list too.
    window.action_registry.action("casereview.edit.undo").trigger()
    qtbot.waitUntil(lambda: viewer.measurement_list.count() == 0, timeout=5000)
    window.action_registry.action("casereview.edit.redo").trigger()
    qtbot.waitUntil(lambda: viewer.measurement_list.count() == 1, timeout=5000)
    viewer.measurement_list.setCurrentRow(0)
    qtbot.mouseClick(viewer.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: viewer.measurement_list.count() == 0, timeout=5000)
    assert list_annotations(context.db, case_id) == []


def test_radiograph_with_imager_pixel_spacing_says_mm_are_at_the_detector(
    window: ShellWindow, context: AppContext, tmp_path: Path, qtbot: QtBot
) -> None:
    # A lone grey image without position: today it became a flat one-slice "volume".
    path = _synthetic_screen(tmp_path / "dx", imager_spacing=0.5)
    viewer, case_id = _open(window, qtbot, context, path)
    canvas = viewer.canvas
    assert "Imager Pixel Spacing" in viewer.notes.text() and viewer.notes.isVisible()
    assert "Imager Pixel Spacing 0.5 mm" in canvas.corner_texts["lower_left"]
    _choose_tool(qtbot, viewer, "length")
    _drag(qtbot, canvas, _canvas_point(canvas, 20, 100), _canvas_point(canvas, 120, 100))
    qtbot.waitUntil(lambda: viewer.measurement_list.count() == 1, timeout=5000)
    length = list_annotations(context.db, case_id)[0].measurement("length")
    assert length is not None and length.unit == "mm"
    assert length.value == pytest.approx(50.0, abs=1.0)  # 100 pixels of 0.5 mm
    save_screenshot(window, "i20_5_single_radiograph_imager_spacing")


def test_ultrasound_cine_pages_through_its_frames(
    window: ShellWindow, context: AppContext, tmp_path: Path, qtbot: QtBot
) -> None:
    path = _test_file("color3d_jpeg_baseline.dcm", tmp_path / "cine")  # 120 colour frames
    viewer, _ = _open(window, qtbot, context, path, in_case=False)
    canvas = viewer.canvas
    assert "Im 1/120" in canvas.corner_texts["lower_left"]
    first = canvas.frame_image().copy()
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_PageDown)
    qtbot.keyClick(canvas, Qt.Key.Key_PageDown)
    assert canvas.page == 2 and viewer.frame_spin.value() == 3
    assert "Im 3/120" in canvas.corner_texts["lower_left"]
    assert canvas.frame_image() != first
    wheel_target = QPointF(canvas.width() / 2, canvas.height() / 2)
    qtbot.mouseMove(canvas, wheel_target.toPoint())
    canvas.set_page(canvas.pictures.frame_count - 1)
    assert "Im 120/120" in canvas.corner_texts["lower_left"]
    cine = viewer.findChild(QToolButton, "imageCine")
    assert cine.isVisible()
    qtbot.mouseClick(cine, Qt.MouseButton.LeftButton)  # plays, and wraps to the first frame
    qtbot.waitUntil(lambda: 0 < canvas.page < 100, timeout=5000)
    qtbot.mouseClick(cine, Qt.MouseButton.LeftButton)
    paused = canvas.page
    qtbot.wait(300)
    assert canvas.page == paused and not viewer.cine_timer.isActive()
    # Outside a case the marks cannot be kept: the tools say so instead of losing them.
    assert not viewer.findChild(QToolButton, "imageTool.length").isEnabled()
    assert "no case" in viewer.case_note.text()
    save_screenshot(window, "i20_5_single_ultrasound_cine")


def test_a_dose_screen_chosen_to_compare_opens_in_its_own_picture_tab(
    window: ShellWindow, context: AppContext, tmp_path: Path, qtbot: QtBot
) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "volume"))
    from volume_series import write_series

    series = write_series(tmp_path / "ct", [(0.0, 0.0, float(z)) for z in range(0, 20, 2)])
    ct = pydicom.dcmread(series.paths[0], stop_before_pixels=True)
    screen = _synthetic_screen(
        tmp_path / "screen",
        study=(str(ct.StudyInstanceUID), str(ct.PatientName), str(ct.PatientID)),
    )
    ct_id, _ = _import(context, tmp_path / "ct")
    screen_id, _ = _import(context, screen)
    refresh(window, qtbot)
    assert window.browser.select_series([ct_id]) == 1
    window.action_registry.action("casereview.view.open_series").trigger()
    qtbot.waitUntil(lambda: bool(window.viewers) and not window.tasks.busy, timeout=60_000)
    viewer = window.viewers[-1]
    combo = viewer.compare_combo
    index = combo.findData(screen_id)
    assert index > 0, "the dose screen is offered for comparison"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)  # what choosing the entry with the mouse sends
    qtbot.waitUntil(
        lambda: window.tabs.currentWidget().objectName() == "imageViewer" and not window.tasks.busy,
        timeout=60_000,
    )
    assert viewer in window.viewers and viewer.session.comparison is None
    assert window.tabs.count() == 3


def test_ct_slice_area_gives_hu_statistics_and_ct_presets(
    window: ShellWindow, context: AppContext, tmp_path: Path, qtbot: QtBot
) -> None:
    path = _test_file("CT_small.dcm", tmp_path / "ct1")  # one CT slice, 0.66 mm pixels
    viewer, case_id = _open(window, qtbot, context, path)
    canvas = viewer.canvas
    assert " HU · column 64, row 64" in _hover(qtbot, viewer, 64, 64)
    viewer.apply_preset("bone")
    assert (viewer.width_spin.value(), viewer.level_spin.value()) == (1800, 400)
    assert "W 1800 L 400" in canvas.corner_texts["lower_right"]

    _choose_tool(qtbot, viewer, "ellipse")
    _drag(qtbot, canvas, _canvas_point(canvas, 64, 64), _canvas_point(canvas, 84, 79))
    qtbot.waitUntil(lambda: viewer.measurement_list.count() == 1, timeout=5000)
    annotation = list_annotations(context.db, case_id)[0]
    area, mean = annotation.measurement("area"), annotation.measurement("mean")
    assert area is not None and area.unit == "mm2"
    spacing = float(pydicom.dcmread(path, stop_before_pixels=True).PixelSpacing[0])
    assert area.value == pytest.approx(np.pi * 20 * 15 * spacing**2, rel=0.05)
    assert mean is not None and mean.unit == "[hnsf'U]"
    assert "HU" in viewer.measurement_list.item(0).text()
    save_screenshot(window, "i20_5_single_ct_slice_roi")


def test_a_mark_made_in_one_picture_tab_shows_in_another_of_the_case(
    window: ShellWindow, context: AppContext, tmp_path: Path, qtbot: QtBot
) -> None:
    path = _test_file("SC_rgb.dcm", tmp_path / "sc")
    first, case_id = _open(window, qtbot, context, path)
    window.action_registry.action("casereview.view.open_series").trigger()
    qtbot.waitUntil(lambda: window.tabs.count() == 3 and not window.tasks.busy, timeout=60_000)
    second = window.tabs.currentWidget()
    assert second is not first and second.objectName() == "imageViewer"
    qtbot.wait(200)
    _choose_tool(qtbot, second, "length")
    canvas = second.canvas
    _drag(qtbot, canvas, _canvas_point(canvas, 10, 20), _canvas_point(canvas, 40, 20))
    qtbot.waitUntil(lambda: second.measurement_list.count() == 1, timeout=5000)
    qtbot.waitUntil(lambda: first.measurement_list.count() == 1, timeout=5000)
    window.action_registry.action("casereview.edit.undo").trigger()
    qtbot.waitUntil(
        lambda: first.measurement_list.count() == 0 and second.measurement_list.count() == 0,
        timeout=5000,
    )
    assert list_annotations(context.db, case_id) == []
    window.tabs.close_viewer_tab(window.tabs.indexOf(second))
    assert window.tabs.count() == 2 and second not in window.tabs.image_viewers
