"""Segmenting in the viewer: the paint, erase and grow-from-seed tools.

They join the measuring tools' exclusive group (one active tool per viewer) with the viewer
context; the segment panel of each viewer's editor holds the rest of the segment editor.
"""

from __future__ import annotations

from casereview.ui.actions import ActionContext, ActionSpec
from casereview.ui.shell_protocol import Shell
from casereview.ui.viewer.editor import choose_tool, editor_of
from casereview.ui.viewer.tool_kinds import (
    SEGMENTING_TOOLS,
    TOOL_GROUP,
    TOOL_TEXTS,
    tool_action_id,
)


def install(shell: Shell) -> None:
    """Add the segmenting tools to the Measure menu and the viewers' tool bars."""
    shell.action_registry.register_all(
        ActionSpec(
            tool_action_id(tool),
            TOOL_TEXTS[tool][0],
            "measure",
            lambda t=tool: choose_tool(shell.current_viewer(), t),
            tip=TOOL_TEXTS[tool][1],
            context=ActionContext.VIEWER,
            group=TOOL_GROUP,
            separator_before=tool is SEGMENTING_TOOLS[0],
            enabled_when=lambda: editor_of(shell.current_viewer()) is not None,
        )
        for tool in SEGMENTING_TOOLS
    )
