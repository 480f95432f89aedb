"""Liver planning: the planner window of the selected case (Case → Liver planning…).

The window is made once and shows the case selected when the action is triggered; it follows
``Changes`` of that case (segments drawn, built or imported, a plan saved) and closes with the
main window.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from casereview.ui.actions import ActionSpec
from casereview.ui.liver.window import LiverPlannerWindow
from casereview.ui.shell_protocol import Shell


class Planner:
    """Makes the planner window when it is first asked for."""

    def __init__(self, shell: Shell) -> None:
        self.shell = shell
        self.window: LiverPlannerWindow | None = None

    def open_selected(self) -> LiverPlannerWindow | None:
        """Open the planner on the case selected in the browser."""
        case_id = self.shell.selection().case_id
        if case_id is None:
            return None
        if self.window is None:
            self.window = LiverPlannerWindow(self.shell)
        self.window.open_case(case_id)
        return self.window


def install(shell: Shell) -> None:
    """Add Case → Liver planning…, enabled while a case is selected."""
    planner = Planner(shell)
    shell.action_registry.register(
        ActionSpec(
            "casereview.case.liver_planning",
            QT_TRANSLATE_NOOP("actions", "&Liver planning…"),
            "case",
            planner.open_selected,
            enabled_when=lambda: shell.selection().case_id is not None,
            tip=QT_TRANSLATE_NOOP(
                "actions",
                "Couinaud segments, a virtual resection and the future liver remnant with its "
                "thresholds, for the MDT to confirm",
            ),
        )
    )
