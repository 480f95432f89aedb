"""Fixtures for widget tests: a main window on a temporary data directory."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from gui_helpers import ShownDialogs
from pytestqt.qtbot import QtBot

from casereview.app.context import AppContext
from casereview.ui.shell import ShellWindow


@pytest.fixture
def window(qtbot: QtBot, context: AppContext) -> Iterator[ShellWindow]:
    """The main window, shown and exposed."""
    main = ShellWindow(context)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()


@pytest.fixture
def dialogs(window: ShellWindow) -> ShownDialogs:
    """The dialogs ``window`` announces from now on."""
    return ShownDialogs(window)
