"""Help → Open demo case opens the demo case in the viewer (issue 20), as a new user expects."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import SCREENSHOTS
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from casereview.app.context import AppContext
from casereview.ui.shell import ShellWindow

pytestmark = pytest.mark.gui


def _screenshot(window: ShellWindow, name: str) -> Path:
    """The window as on screen, the VTK views included (grabbed from the X display: a widget's
    own grab shows OpenGL content black)."""
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


def _menu_action(window: ShellWindow, menu_title: str, text: str):
    """The action of the menu bar's ``menu_title`` whose text (without mnemonics) is ``text``."""
    for menu_action in window.menuBar().actions():
        if menu_action.text().replace("&", "") == menu_title:
            for action in menu_action.menu().actions():
                if action.text().replace("&", "") == text:
                    return action
    raise AssertionError(f"no {menu_title} → {text}")


def test_help_open_demo_case_shows_the_demo_series_in_the_viewer(
    window: ShellWindow, context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from casereview.demo.install import install_demo
    from casereview.ui.features import maintenance

    # The menu builds the full-size demo; the small one keeps this test fast.
    monkeypatch.setattr(
        maintenance, "install_demo", lambda *a, **k: install_demo(*a, **{**k, "small": True})
    )
    assert window.viewers == []
    problems: list[str] = []
    window.errors.shown.connect(lambda _title, text: problems.append(text))
    _menu_action(window, "Help", "Open demo case").trigger()
    qtbot.waitUntil(lambda: window.current_viewer() is not None, timeout=120_000)
    viewer = window.current_viewer()
    assert viewer is not None and viewer.session.primary is not None
    info = viewer.session.primary.info
    # The portal-venous phase: the one the demo's questions and ground truth are about.
    assert info.modality == "CT" and "Portal venous" in info.series_description
    (case,) = window.index.cases
    assert "demo" in case.tags and info.series_id in case.series_ids
    assert window.browser.selected_case_id() == case.id
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=60_000)
    assert problems == []  # the case's tools attach to the viewer without an error
    _screenshot(window, "i20_exchange_demo_case_open")

    # Asked again, the demo is opened again, not made twice.
    _menu_action(window, "Help", "Open demo case").trigger()
    qtbot.waitUntil(lambda: len(window.viewers) == 2, timeout=60_000)
    assert len(window.index.cases) == 1
