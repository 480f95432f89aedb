"""A case window follows the others' changes to its case, and not its own (CaseFollower).

The resectability workbench and the liver planner share this: a change published by the
window itself does not make it read its case again; a change of a followed kind to its case
does, at once when the window is on screen, and on its next opening when it is hidden; a
change to another case, or of a kind it does not follow, or while it shows no case, does
nothing.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from casereview.domain.changes import Changes
from casereview.ui.case_follow import CaseFollower
from casereview.ui.shell_protocol import Shell


class _Shell(QObject):
    """The part of the shell a follower uses: the ``changed`` signal and ``publish``."""

    changed = Signal(object)

    def publish(self, changes: Changes) -> None:
        self.changed.emit(changes)


class _Window:
    def __init__(self, qtbot: QtBot, case_id: int) -> None:
        self.widget = QWidget()
        qtbot.addWidget(self.widget)
        self.shell = _Shell()
        self.case_id = case_id
        self.reloads = 0
        self.follower = CaseFollower(
            self.widget,
            cast(Shell, self.shell),
            ("segments", "cases"),
            lambda: self.case_id,
            self._reload,
        )

    def _reload(self) -> None:
        self.reloads += 1


def test_a_visible_window_reads_its_case_again_after_a_change_made_elsewhere(
    qtbot: QtBot,
) -> None:
    window = _Window(qtbot, 7)
    window.widget.show()
    qtbot.waitExposed(window.widget)
    window.shell.publish(Changes.of("segments", [7]))
    assert window.reloads == 1
    window.shell.publish(Changes.of("cases", [8]))  # another case
    window.shell.publish(Changes.of("meetings", [7]))  # a kind it does not follow
    assert window.reloads == 1
    assert not window.follower.take_stale()


def test_its_own_change_does_not_come_back_to_it(qtbot: QtBot) -> None:
    window = _Window(qtbot, 7)
    window.widget.show()
    qtbot.waitExposed(window.widget)
    window.follower.announce(Changes.of("cases", [7]))
    assert window.reloads == 0
    window.shell.publish(Changes.of("cases", [7]))  # announcing ended: others' changes count
    assert window.reloads == 1


def test_a_hidden_window_reads_its_case_on_its_next_opening(qtbot: QtBot) -> None:
    window = _Window(qtbot, 7)
    window.shell.publish(Changes.of("segments", [7]))
    assert window.reloads == 0
    assert window.follower.take_stale()
    assert not window.follower.take_stale()  # taken: the opening reads the case


def test_a_window_without_a_case_follows_nothing(qtbot: QtBot) -> None:
    window = _Window(qtbot, 0)
    window.widget.show()
    qtbot.waitExposed(window.widget)
    window.shell.publish(Changes.of("cases", [0]))
    assert window.reloads == 0
    assert not window.follower.take_stale()
