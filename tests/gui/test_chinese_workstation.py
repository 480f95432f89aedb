"""The whole workstation in Chinese: a series open and a length drawn with the mouse.

The menus, the viewer's tool bar (built from the action registry), the corner texts and the
measurement label drawn by VTK must all read in Chinese. Needs Xvfb (VTK inside Qt).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMenu, QToolButton
from pytestqt.qtbot import QtBot
from test_annotations import _demo, drag, open_case_series, screenshot

from casereview.app.context import AppContext
from casereview.app.qt_setup import install_translations
from casereview.domain.settings import Language
from casereview.render.fonts import image_font_files
from casereview.services.annotations import list_annotations
from casereview.session import Orientation
from casereview.ui.shell import ShellWindow
from casereview.ui.viewer.tool_kinds import Tool, tool_action_id

pytestmark = [
    pytest.mark.gui,
    pytest.mark.xvfb,
    pytest.mark.skipif(not os.environ.get("DISPLAY"), reason="VTK inside Qt needs an X display"),
]

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def chinese_window(qapp: QApplication, qtbot: QtBot, context: AppContext) -> Iterator[ShellWindow]:
    # Translators first: the window's menus and actions take their text when they are built.
    before = QLocale()
    translators = install_translations(qapp, Language.CHINESE_SIMPLIFIED)
    main = ShellWindow(context)
    qtbot.addWidget(main)
    main.resize(1600, 1000)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def test_chinese_workstation_with_a_series_and_a_length(
    chinese_window: ShellWindow, context: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    window = chinese_window
    demo = _demo(context, tmp_path)
    viewer = open_case_series(window, qtbot, demo.case.id, demo.case.series_ids[1])
    truth = demo.demo.ground_truth.tumour
    viewer.session.set_crosshair(np.asarray(truth.centre_lps_mm))
    widget = viewer.slice_widgets[("primary", Orientation.AXIAL)]
    widget.view.zoom(2.0)
    qtbot.wait(100)

    length_action = window.action_registry.action(tool_action_id(Tool.LENGTH))
    assert CJK.search(length_action.text()), length_action.text()
    length_action.trigger()
    centre = np.asarray(truth.centre_lps_mm)
    start = widget.position_of(centre + np.array([-15.0, 0.0, 0.0]))
    end = widget.position_of(centre + np.array([15.0, 0.0, 0.0]))
    drag(qtbot, widget, start, end)
    qtbot.waitUntil(lambda: len(list_annotations(context.db, demo.case.id)) == 1, timeout=5000)

    # Menus and the viewer's tool buttons (from the registry) are Chinese.
    titles = [menu.title() for menu in window.menuBar().findChildren(QMenu)]
    assert "文件(&F)" in titles
    tool_texts = [button.text() for button in viewer.findChildren(QToolButton)]
    assert any(CJK.search(text) for text in tool_texts), tool_texts
    # Texts drawn in the image: corner text and the measurement label, in a CJK font.
    corners = widget.view.corner_texts()
    assert CJK.search(corners["lower_left"]), corners
    labels = viewer.editor.layer(widget).label_texts()
    assert len(labels) == 1 and CJK.search(labels[0]) and "mm" in labels[0], labels
    font = widget.view.corner_actors["lower_left"].GetTextProperty().GetFontFile()
    fonts = image_font_files()
    assert fonts is not None and font in {str(path) for path in fonts}, font

    path = screenshot(window, "workstation_zh_CN_series_and_length")
    picture = QImage(str(path))
    assert picture.width() >= 1200 and not picture.isNull()
