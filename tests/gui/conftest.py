"""Fixtures for widget tests: a main window on a temporary data directory."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from casereview.app.context import AppContext
from casereview.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, context: AppContext) -> Iterator[MainWindow]:
    """The main window, shown and exposed."""
    main = MainWindow(context)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()
