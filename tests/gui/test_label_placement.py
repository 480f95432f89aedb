"""Measurement labels in slice views: never on each other, never under a corner text, never cut.

Three lengths drawn with the mouse close together near a view's upper-right corner in the 2×2
layout: the label boxes VTK reports (display bounding boxes of the text actors) must not
overlap each other or the corner texts, and must lie inside the view. Needs Xvfb (VTK inside
Qt).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from gui_helpers import refresh, save_screenshot
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from vtkmodules.vtkRenderingCore import vtkTextActor

from casereview.app.context import AppContext
from casereview.demo.install import install_demo
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

Box = tuple[float, float, float, float]  # xmin, xmax, ymin, ymax (VTK display pixels)


class _ScreenPicture:
    """What ``save_screenshot`` needs of a widget, taken from the X display: ``grab`` of an
    OpenGL widget is black."""

    def __init__(self, widget: QWidget) -> None:
        self.widget = widget

    def grab(self) -> QPixmap:
        QApplication.processEvents()
        top_left = self.widget.mapToGlobal(QPoint(0, 0))
        return QApplication.primaryScreen().grabWindow(
            0, top_left.x(), top_left.y(), self.widget.width(), self.widget.height()
        )


def _open_viewer(
    window: ShellWindow, qtbot: QtBot, context: AppContext, tmp_path: Path
) -> ViewerWidget:
    demo = install_demo(
        context.db,
        tmp_path / "demo",
        context.user.username,
        staging_dir=context.paths.imports,
        quarantine_dir=context.paths.quarantine,
        small=True,
    )
    refresh(window, qtbot)
    window.browser.select_case(demo.case.id)
    assert window.browser.select_series([demo.case.series_ids[1]]) == 1
    window.action_registry.action("casereview.view.open_series").trigger()
    qtbot.waitUntil(
        lambda: bool(window.viewers) and window.viewers[-1].editor is not None, timeout=60_000
    )
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=60_000)
    return window.viewers[-1]


def _drag(qtbot: QtBot, widget: SliceViewWidget, start: QPoint, end: QPoint) -> None:
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 7):
        t = step / 6
        qtbot.mouseMove(
            widget,
            QPoint(
                round(start.x() + t * (end.x() - start.x())),
                round(start.y() + t * (end.y() - start.y())),
            ),
        )
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)


def _box(actor: vtkTextActor, widget: SliceViewWidget) -> Box:
    """The actor's text box in viewport pixels: VTK gives it relative to the actor's position."""
    renderer = widget.view.renderer
    bounds = [0.0, 0.0, 0.0, 0.0]
    actor.GetBoundingBox(renderer, bounds)
    x, y = actor.GetPositionCoordinate().GetComputedViewportValue(renderer)
    return (x + bounds[0], x + bounds[1], y + bounds[2], y + bounds[3])


def _label_boxes(widget: SliceViewWidget, texts: list[str]) -> list[Box]:
    """Display boxes of the visible text actors that draw the measurement labels."""
    props = widget.view.renderer.GetViewProps()
    props.InitTraversal()
    boxes = []
    for _ in range(props.GetNumberOfItems()):
        prop = props.GetNextProp()
        if isinstance(prop, vtkTextActor) and prop.GetVisibility() and prop.GetInput() in texts:
            boxes.append(_box(prop, widget))
    return boxes


def _overlap(a: Box, b: Box) -> bool:
    return a[0] < b[1] and b[0] < a[1] and a[2] < b[3] and b[2] < a[3]


def test_close_lengths_near_a_corner_keep_their_labels_apart_and_whole(
    window: ShellWindow, context: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    window.resize(1600, 1000)
    viewer = _open_viewer(window, qtbot, context, tmp_path)
    viewer.set_layout(Layout.QUAD)
    qtbot.wait(300)
    widget = viewer.slice_widgets[("primary", Orientation.AXIAL)]
    session = viewer.session
    # Zoomed so the image fills the view up to its corners.
    widget.view.zoom(2.5)
    qtbot.wait(100)
    window.action_registry.action(tool_action_id(Tool.LENGTH)).trigger()
    width, height = widget.width(), widget.height()
    # Three short lengths one above the other, 14 px apart, close to the upper-right corner.
    for row in range(3):
        y = round(0.12 * height) + 14 * row
        _drag(qtbot, widget, QPoint(round(0.72 * width), y), QPoint(round(0.95 * width), y))
        qtbot.waitUntil(lambda n=row + 1: len(session.annotations) == n, timeout=5000)
    _assert_placed(viewer, widget, qtbot)
    save_screenshot(_ScreenPicture(widget), "i20_labels_close_lengths_2x2")
    # The same marks in the other layouts: the view changes size, the labels follow.
    for layout, name in ((Layout.ONE, "1x1"), (Layout.THREE, "1x3")):
        viewer.set_layout(layout)
        qtbot.wait(300)
        widget.view.reset_camera()  # the whole image, marks included, in the new size
        _assert_placed(viewer, widget, qtbot)
        save_screenshot(_ScreenPicture(widget), f"i20_labels_close_lengths_{name}")


def _assert_placed(viewer: ViewerWidget, widget: SliceViewWidget, qtbot: QtBot) -> None:
    """The three labels lie inside the view, apart, and off the corner texts."""
    widget.render_now()
    qtbot.wait(100)
    widget.render_now()

    texts = viewer.editor.layer(widget).label_texts()
    assert len(texts) == 3
    labels = _label_boxes(widget, texts)
    assert len(labels) == 3
    corners = [
        _box(actor, widget)
        for key, actor in widget.view.corner_actors.items()
        if widget.view.corner_texts()[key]
    ]
    assert corners, "the view shows its corner texts"
    view_width, view_height = widget.view.renderer.GetSize()
    for number, label in enumerate(labels):
        assert 0 <= label[0] and label[1] <= view_width, f"label {number} cut at a side"
        assert 0 <= label[2] and label[3] <= view_height, f"label {number} cut at top/bottom"
        for other in labels[number + 1 :]:
            assert not _overlap(label, other), "two labels on each other"
        for corner in corners:
            assert not _overlap(label, corner), "a label under a corner text"
