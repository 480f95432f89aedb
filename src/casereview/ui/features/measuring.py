"""Measuring and marking in the viewer: the annotation tools, key images, deleting a mark.

The tools are registry actions of the viewer context in one exclusive group: their keys (L, B,
A, E, G, P, N, R, Esc) work only while a viewer is in front, and the viewer's tool bar shows the
same actions.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence

from casereview.ui.actions import ActionContext, ActionSpec
from casereview.ui.shell_protocol import Shell
from casereview.ui.viewer.editor import choose_tool, editor_of
from casereview.ui.viewer.tool_kinds import (
    MEASURING_TOOLS,
    TOOL_GROUP,
    TOOL_TEXTS,
    tool_action_id,
)


def tool_specs(shell: Shell) -> list[ActionSpec]:
    """Registry actions choosing the measuring tools in the viewer in front."""
    return [
        ActionSpec(
            tool_action_id(tool),
            TOOL_TEXTS[tool][0],
            "measure",
            lambda t=tool: choose_tool(shell.current_viewer(), t),
            shortcut=TOOL_TEXTS[tool][2],
            tip=TOOL_TEXTS[tool][1],
            context=ActionContext.VIEWER,
            group=TOOL_GROUP,
            enabled_when=lambda: has_editor(shell),
        )
        for tool in MEASURING_TOOLS
    ]


def has_editor(shell: Shell) -> bool:
    """Whether the viewer in front can measure (its series is in a case)."""
    return editor_of(shell.current_viewer()) is not None


def flag_key_image(shell: Shell) -> None:
    """Flag the front viewer's active view as a key image of its case."""
    viewer = shell.current_viewer()
    if viewer is not None and editor_of(viewer) is not None and viewer.flag_key_image():
        shell.show_status(QCoreApplication.translate("MainWindow", "Key image flagged"), 4000)


def delete_selected_annotation(shell: Shell) -> None:
    """Delete the annotation selected in the front viewer, or the chosen key image when the
    key image list has the keyboard focus (undo restores either)."""
    editor = editor_of(shell.current_viewer())
    if editor is None:
        return
    panel = editor.annotation_panel
    # Delete pressed in the key image list means the key image chosen there, never a mark
    # selected elsewhere that the user is not looking at.
    if panel.key_tree.hasFocus():
        panel.remove_current_key_image()
    else:
        panel.delete_current()


def install(shell: Shell) -> None:
    """Add the measuring tools, Flag key image and Delete selected mark."""
    shell.action_registry.register_all(
        [
            ActionSpec(
                "casereview.edit.flag_key_image",
                QT_TRANSLATE_NOOP("actions", "Flag &key image…"),
                "edit",
                lambda: flag_key_image(shell),
                shortcut="Ctrl+K",
                separator_before=True,
                context=ActionContext.VIEWER,
                enabled_when=lambda: has_editor(shell),
                tip=QT_TRANSLATE_NOOP(
                    "actions",
                    "Keep the active view (slice, window, zoom) with a caption for the MDT, "
                    "the report and exchange packages",
                ),
            ),
            ActionSpec(
                "casereview.edit.delete_annotation",
                QT_TRANSLATE_NOOP("actions", "&Delete selected mark"),
                "edit",
                lambda: delete_selected_annotation(shell),
                shortcut=QKeySequence.StandardKey.Delete,
                context=ActionContext.VIEWER,
                enabled_when=lambda: has_editor(shell),
                tip=QT_TRANSLATE_NOOP(
                    "actions", "Delete the selected annotation (Undo brings it back)"
                ),
            ),
            *tool_specs(shell),
        ]
    )
