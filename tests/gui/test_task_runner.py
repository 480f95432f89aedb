"""The task runner when its window is closed and deleted while the work goes on."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from casereview.domain.progress import CancelToken, ProgressReporter
from casereview.errors import ValidationError
from casereview.ui.errors import ErrorPresenter
from casereview.ui.tasks import TaskRunner

pytestmark = pytest.mark.gui


class Presented(ErrorPresenter):
    """Records what would have been shown."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.presented: list[BaseException] = []

    def present(self, error: BaseException) -> None:
        self.presented.append(error)


@pytest.mark.parametrize("ending", ["succeeds", "fails"])
def test_work_that_ends_after_its_window_was_deleted_touches_nothing_of_it(
    qtbot: QtBot, ending: str
) -> None:
    window = QWidget()
    errors = Presented(window)
    runner = TaskRunner(window, errors)
    started, gate = threading.Event(), threading.Event()
    results: list[object] = []

    def work(progress: ProgressReporter, cancel: CancelToken) -> int:
        progress(1, 3, "")
        started.set()
        gate.wait(10)
        # These reports and the outcome arrive after the window, its dialog and the runner are
        # gone: before, the dialog's update raised in the event loop and the result handler ran
        # on deleted widgets.
        progress(2, 3, "")
        progress(3, 3, "")
        if ending == "fails":
            raise ValidationError("the work failed after the window closed")
        return 42

    task = runner.run("Counting", work, results.append)
    assert started.wait(10)
    qtbot.wait(50)  # the first report reaches the dialog while the window lives
    # Deleting the window waits for the pool's work: let it finish a moment later.
    threading.Timer(0.3, gate.set).start()
    Shiboken.delete(window)
    assert not Shiboken.isValid(runner)
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
    qtbot.wait(50)  # any report still queued is delivered, and must raise nothing
    assert results == []
    assert errors.presented == []
    if ending == "succeeds":
        assert task.result == 42 and task.error is None
    else:
        assert isinstance(task.error, ValidationError)


def test_work_in_a_living_window_still_shows_its_outcome(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    errors = Presented(window)
    runner = TaskRunner(window, errors)
    results: list[object] = []
    task = runner.run("Counting", lambda progress, cancel: 7, results.append)
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
    assert results == [7] and errors.presented == []

    def fail(progress: ProgressReporter, cancel: CancelToken) -> None:
        raise ValidationError("no luck")

    failed = runner.run("Failing", fail)
    qtbot.waitUntil(lambda: failed.done, timeout=10_000)
    assert [type(e) for e in errors.presented] == [ValidationError]
