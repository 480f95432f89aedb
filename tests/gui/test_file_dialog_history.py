"""Qt's file dialog remembers visited folders outside the data directory; casereview forgets them.

Staff name folders after patients, so the folder an import or export dialog visited would
keep a patient's name in Qt's own settings file (``QtProject.conf``).
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote

import pytest
import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QFileDialog

from casereview.app.qt_setup import (
    FILE_DIALOG_GROUP,
    forget_file_dialog_history,
    keep_no_file_dialog_history,
)

pytestmark = pytest.mark.gui

FOLDER_NAME = "Wang Li 王丽 CT 1958-03-12"


def _remembered() -> str:
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.sync()
    # Qt keeps folders as percent-encoded URLs.
    return unquote(
        " ".join(
            str(settings.value(f"{FILE_DIALOG_GROUP}/{key}", ""))
            for key in ("history", "lastVisited")
        )
    )


def _visit(folder: Path, qtbot: object) -> None:
    dialog = QFileDialog(None, "Import", str(folder))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.show()
    dialog.reject()
    shiboken6.delete(dialog)  # Qt saves the dialog's history when the dialog is destroyed


def test_the_file_dialog_history_is_forgotten(
    qapp: QApplication, qtbot: object, tmp_path: Path
) -> None:
    folder = tmp_path / FOLDER_NAME
    folder.mkdir()
    _visit(folder, qtbot)
    assert "Wang Li" in _remembered()  # Qt does keep it: the leak this guards against
    forget_file_dialog_history()
    assert "Wang Li" not in _remembered() and "王丽" not in _remembered()


def test_the_history_is_forgotten_when_the_application_quits(
    qapp: QApplication, qtbot: object, tmp_path: Path
) -> None:
    keep_no_file_dialog_history(qapp)
    folder = tmp_path / FOLDER_NAME
    folder.mkdir()
    _visit(folder, qtbot)
    assert "Wang Li" in _remembered()
    qapp.aboutToQuit.emit()
    assert "Wang Li" not in _remembered()
    qapp.aboutToQuit.disconnect(forget_file_dialog_history)
