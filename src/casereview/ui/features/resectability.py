"""Resectability: the workbench of the selected case (Case → Resectability…).

The window is made once and shows the case selected when the action is triggered; it follows
``Changes`` of that case (segments drawn or imported, a partner's layer) and closes with the
main window.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from casereview.ui.actions import ActionSpec
from casereview.ui.resectability.window import ResectabilityWindow
from casereview.ui.shell_protocol import Shell


class Workbench:
    """Makes the workbench window when it is first asked for."""

    def __init__(self, shell: Shell) -> None:
        self.shell = shell
        self.window: ResectabilityWindow | None = None

    def open_selected(self) -> ResectabilityWindow | None:
        """Open the workbench on the case selected in the browser."""
        case_id = self.shell.selection().case_id
        if case_id is None:
            return None
        if self.window is None:
            self.window = ResectabilityWindow(self.shell)
        self.window.open_case(case_id)
        return self.window


def install(shell: Shell) -> None:
    """Add Case → Resectability…, enabled while a case is selected."""
    workbench = Workbench(shell)
    shell.action_registry.register(
        ActionSpec(
            "casereview.case.resectability",
            QT_TRANSLATE_NOOP("actions", "&Resectability…"),
            "case",
            workbench.open_selected,
            shortcut="Ctrl+Shift+R",
            separator_before=True,
            enabled_when=lambda: shell.selection().case_id is not None,
            tip=QT_TRANSLATE_NOOP(
                "actions",
                "Tumour–vessel contact per vessel, corrections, findings and a suggested "
                "category for the MDT to confirm",
            ),
        )
    )
