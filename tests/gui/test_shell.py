"""The shell and its action registry: contexts, exclusive groups, shortcuts, Changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import refresh, wait_for_index
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMenu, QPushButton, QToolBar, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from casereview.app.context import AppContext
from casereview.domain.cases import CaseDraft
from casereview.domain.changes import Changes
from casereview.services import cases as case_service
from casereview.ui.actions import ActionContext, ActionRegistry, ActionSpec
from casereview.ui.features import FEATURES
from casereview.ui.shell import ShellWindow
from casereview.ui.viewer.tool_kinds import TOOL_GROUP, Tool, tool_action_id
from support import add_sample_imaging

pytestmark = pytest.mark.gui


def _index_readings(window: ShellWindow) -> int:
    return sum(1 for task in window.tasks.tasks if task.title == "Reading the index")


def test_every_action_is_reachable_from_a_menu_a_toolbar_or_its_window(
    window: ShellWindow,
) -> None:
    registry = window.action_registry
    assert len(FEATURES) >= 9
    reachable: set[str] = set()
    for menu in window.menuBar().findChildren(QMenu):
        reachable |= {a.objectName() for a in menu.actions()}
    for toolbar in window.findChildren(QToolBar):
        reachable |= {a.objectName() for a in toolbar.actions()}
    # The presenter's keys live in the presentation window (and its context menu).
    reachable |= set(registry.ids(ActionContext.PRESENTATION))
    assert set(registry.ids()) <= reachable
    assert len(registry.ids(ActionContext.PRESENTATION)) >= 12
    assert registry.ids(group=TOOL_GROUP) == [tool_action_id(tool) for tool in Tool]


def test_a_shortcut_triggers_its_action(window: ShellWindow, qtbot: QtBot) -> None:
    hide = window.action_registry.action("casereview.view.hide_phi")
    assert not hide.isChecked()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)  # shortcuts need the active window
    window.browser.index_view.setFocus()
    qtbot.keyClick(window.browser.index_view, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert hide.isChecked() and window.phi_hidden() and window.browser.hide_phi
    qtbot.keyClick(window.browser.index_view, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert not window.phi_hidden()


def test_viewer_tools_work_only_while_a_viewer_is_in_front(
    window: ShellWindow, qtbot: QtBot
) -> None:
    registry = window.action_registry
    assert window.current_viewer() is None
    length = registry.action(tool_action_id(Tool.LENGTH))
    assert registry.spec(tool_action_id(Tool.LENGTH)).context is ActionContext.VIEWER
    assert not length.isEnabled()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    window.browser.index_view.setFocus()
    with qtbot.assertNotEmitted(length.triggered):
        qtbot.keyClick(window.browser.index_view, Qt.Key.Key_L)


def test_changes_reload_the_browser_only_when_they_touch_what_it_shows(
    window: ShellWindow, context: AppContext, tmp_path: Path, qtbot: QtBot
) -> None:
    ids = add_sample_imaging(context.db, tmp_path / "a")
    refresh(window, qtbot)
    assert window.browser.case_model.rowCount() == 0
    before = _index_readings(window)
    window.publish(Changes.of("annotations", [1]) | Changes.of("meetings", [3]))
    assert _index_readings(window) == before  # nothing the browser shows
    case = case_service.create_case(
        context.db, CaseDraft(ids["patient"], "Made elsewhere"), context.user.username
    )
    window.publish(Changes.of("cases", [case.id]))
    assert _index_readings(window) == before + 1
    wait_for_index(window, qtbot)
    assert window.browser.case_model.index(0, 0).data() == "Made elsewhere"
    assert window.index.cases[0].id == case.id


def test_new_case_goes_out_as_a_changes_record(
    window: ShellWindow, context: AppContext, tmp_path: Path, qtbot: QtBot, monkeypatch
) -> None:
    from PySide6.QtWidgets import QDialog

    from casereview.ui.dialogs import NewCaseDialog

    ids = add_sample_imaging(context.db, tmp_path / "a")
    refresh(window, qtbot)
    assert window.select_series([ids["series"]]) == 1
    action = window.action_registry.action("casereview.case.new_from_selection")
    assert action.isEnabled()
    monkeypatch.setattr(NewCaseDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(
        NewCaseDialog,
        "draft",
        lambda self: CaseDraft(ids["patient"], "From the registry", series_ids=(ids["series"],)),
    )
    with qtbot.waitSignal(window.changed) as changed:
        action.trigger()
    (case,) = case_service.list_cases(context.db)
    assert changed.args[0].touches("cases", case.id)
    assert not changed.args[0].touches("meetings")
    qtbot.waitUntil(lambda: window.browser.selected_case_id() == case.id, timeout=10_000)


def _presenter_window(qtbot: QtBot) -> tuple[ActionRegistry, QWidget, QLineEdit, list[str]]:
    owner = QWidget()
    qtbot.addWidget(owner)
    registry = ActionRegistry(owner)
    done: list[str] = []
    for name, key in (("next", "PgDown"), ("identity", "H")):
        registry.register(
            ActionSpec(
                f"test.presentation.{name}",
                name,
                None,
                lambda name=name: done.append(name),
                shortcut=key,
                context=ActionContext.PRESENTATION,
            )
        )
    presentation = QWidget()
    qtbot.addWidget(presentation)
    layout = QVBoxLayout(presentation)
    field = QLineEdit(presentation)
    button = QPushButton("Save", presentation)
    layout.addWidget(field)
    layout.addWidget(button)
    registry.attach(ActionContext.PRESENTATION, presentation)
    presentation.show()
    qtbot.waitExposed(presentation)
    presentation.activateWindow()
    qtbot.waitUntil(presentation.isActiveWindow, timeout=5000)
    return registry, presentation, field, done


def test_presentation_keys_are_inactive_while_a_text_field_has_focus(qtbot: QtBot) -> None:
    registry, presentation, field, done = _presenter_window(qtbot)
    button = presentation.findChild(QPushButton)
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    qtbot.keyClick(button, Qt.Key.Key_PageDown)
    qtbot.keyClick(button, Qt.Key.Key_H)
    assert done == ["next", "identity"]
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    assert not registry.action("test.presentation.next").isEnabled()
    qtbot.keyClick(field, Qt.Key.Key_H)
    qtbot.keyClick(field, Qt.Key.Key_PageDown)
    assert field.text() == "h" and done == ["next", "identity"]


def test_shortcuts_are_unique_within_a_context_and_groups_are_exclusive(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    registry = ActionRegistry(owner)
    chosen: list[str] = []
    for name, key in (("a", "A"), ("b", "B")):
        registry.register(
            ActionSpec(
                f"test.tool.{name}",
                name,
                "measure",
                lambda name=name: chosen.append(name),
                shortcut=key,
                context=ActionContext.VIEWER,
                group="tools",
            )
        )
    # Another context has its own keys; the main window's contexts share one key space.
    registry.register(
        ActionSpec(
            "test.presentation.b",
            "b",
            None,
            lambda: chosen.append("presentation"),
            shortcut="B",
            context=ActionContext.PRESENTATION,
        )
    )
    with pytest.raises(ValueError, match="already used"):
        registry.register(
            ActionSpec("test.window.a", "a", "file", lambda: chosen.append("w"), shortcut="A")
        )
    registry.action("test.tool.a").trigger()
    registry.action("test.tool.b").trigger()
    assert chosen == ["a", "b"]
    assert registry.action("test.tool.b").isChecked()
    assert not registry.action("test.tool.a").isChecked()
    # Showing another viewer's tool checks it without choosing it again.
    registry.action("test.tool.a").setChecked(True)
    assert chosen == ["a", "b"] and not registry.action("test.tool.b").isChecked()
