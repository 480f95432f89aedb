"""The Qt host of a VTK view: renders are coalesced and never reach a closed view."""

from __future__ import annotations

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from casereview.ui.viewer.views import VtkHost

pytestmark = pytest.mark.gui


def test_many_changes_make_one_frame(qtbot: QtBot) -> None:
    host = VtkHost()
    qtbot.addWidget(host)
    host.resize(200, 150)
    host.show()
    qtbot.waitExposed(host)
    before = host.renders
    for _ in range(10):
        host.schedule_render()
    qtbot.waitUntil(lambda: host.renders > before)
    qtbot.wait(50)
    assert host.renders == before + 1
    host.shutdown()


def test_a_render_scheduled_before_the_view_closes_does_not_reach_it(qtbot: QtBot) -> None:
    host = VtkHost()
    host.resize(200, 150)
    host.show()
    qtbot.waitExposed(host)
    host.schedule_render()
    host.shutdown()
    shiboken6.delete(host)  # as when the viewer tab holding it is destroyed
    qtbot.wait(100)  # pytest-qt fails the test if the pending render raised in a slot
