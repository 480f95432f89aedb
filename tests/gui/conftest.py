"""Fixtures for widget tests: a main window on a temporary data directory."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from gui_helpers import SCREENSHOTS, ShownDialogs
from pytestqt.qtbot import QtBot

from casereview.app.context import AppContext
from casereview.ui.shell import ShellWindow


@pytest.fixture(scope="session", autouse=True)
def screenshot_folder() -> None:
    """The folder screenshots are saved in: a clean clone has none, and a test saving a
    picture directly (``widget.grab().save(...)``) must not depend on another having made it."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)


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
