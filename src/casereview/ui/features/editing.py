"""Editing a case in a viewer: the undo history and the case editor of each viewer.

Every viewer whose series belongs to a case gets a :class:`CaseEditor` (tool bar built from the
registry's tool actions, annotation and segment panels). Undo and redo act on the one history
and announce what they changed; an editor reloads when a partner's layer of its case changes.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QTabWidget

from casereview.commands import Command, EditContext
from casereview.domain.annotations import KeyImage
from casereview.domain.changes import Changes
from casereview.errors import NotFoundError
from casereview.services.volumes import series_id_for_uid
from casereview.ui.actions import ActionSpec
from casereview.ui.shell_protocol import Shell
from casereview.ui.undo import UndoStack
from casereview.ui.viewer import ViewerWidget
from casereview.ui.viewer.editor import CaseEditor, editor_of
from casereview.ui.viewer.tool_kinds import TOOL_GROUP, Tool, tool_action_id

#: Kinds of change an editor shows (a partner's layer included).
EDITOR_KINDS = ("annotations", "key_images", "segments", "layers")


def _show_undo_texts(shell: Shell) -> None:
    stack = shell.undo_stack
    # The stack also signals while the window (its parent) is being destroyed.
    if not (shiboken6.isValid(stack) and shiboken6.isValid(shell.action_registry)):
        return
    undo = shell.action_registry.action("casereview.edit.undo")
    redo = shell.action_registry.action("casereview.edit.redo")
    what = stack.undoText()
    undo.setText(
        QCoreApplication.translate("MainWindow", "&Undo {what}").format(what=what)
        if what
        else QCoreApplication.translate("actions", "&Undo")
    )
    what = stack.redoText()
    redo.setText(
        QCoreApplication.translate("MainWindow", "&Redo {what}").format(what=what)
        if what
        else QCoreApplication.translate("actions", "&Redo")
    )


def attach_editor(shell: Shell, viewer: ViewerWidget) -> CaseEditor | None:
    """Give ``viewer`` the measuring and segmenting tools of the case its series is in."""
    primary = viewer.session.primary
    if primary is None:
        return None
    series_id = primary.info.series_id
    case_id = shell.index.case_for_series(series_id, shell.selection().case_id)
    if case_id is None:
        shell.show_status(
            QCoreApplication.translate(
                "MainWindow",
                "This series is in no case: create a case (Ctrl+N) to measure and segment.",
            ),
            8000,
        )
        return None
    context = shell.context
    ctx = EditContext(
        context.db, lambda: context.user.username, case_id, primary.volume, viewer.session
    )
    try:
        editor = CaseEditor(
            ctx,
            shell.undo_stack,
            viewer,
            run_task=lambda title, work, done: shell.tasks.run(title, work, done),
        )
    except Exception as exc:  # the images stay usable without the tools
        shell.errors.present(exc)
        return None
    editor.message.connect(lambda text: shell.show_status(text, 6000))
    editor.tool_changed.connect(lambda tool: _show_tool(shell, editor, tool))
    shell.action_registry.fill_toolbar(editor.toolbar, TOOL_GROUP)
    viewer.attach_editor(editor)
    viewer.key_image_elsewhere.connect(lambda key_image: show_key_image_elsewhere(shell, key_image))
    _show_tool(shell, editor, editor.tool)
    shell.action_registry.refresh()
    return editor


def _viewer_of_series(shell: Shell, series_instance_uid: str) -> ViewerWidget | None:
    for viewer in shell.viewers:
        primary = viewer.session.primary
        if primary is not None and primary.volume.series_instance_uid == series_instance_uid:
            return viewer
    return None


def show_key_image_elsewhere(shell: Shell, key_image: KeyImage) -> None:
    """Show a key image chosen in a viewer of another series: in the tab of its own series,
    opened first when it is not open yet."""
    uid = key_image.reference.series_instance_uid
    viewer = _viewer_of_series(shell, uid)
    if viewer is not None:
        parent = viewer.parentWidget()
        while parent is not None and not isinstance(parent, QTabWidget):
            parent = parent.parentWidget()
        if parent is not None:
            parent.setCurrentWidget(viewer)
        _show_in(viewer, key_image)
        return
    try:
        series_id = series_id_for_uid(shell.context.db, uid)
    except NotFoundError as exc:
        shell.errors.present(exc)
        return
    task = shell.open_series([series_id])
    if task is None:
        return

    def opened() -> None:
        shown = _viewer_of_series(shell, uid)
        if task.error is None and shown is not None:
            _show_in(shown, key_image)

    # ``finished`` comes before the task's result is shown (the viewer tab is added then).
    task.finished.connect(lambda: QTimer.singleShot(0, opened))


def _show_in(viewer: ViewerWidget, key_image: KeyImage) -> None:
    """Choose the key image in ``viewer``'s list (which shows it), or show it directly."""
    editor = editor_of(viewer)
    panel = editor.annotation_panel if editor is not None else None
    if panel is not None and any(k.uuid == key_image.uuid for k in viewer.session.key_images):
        panel.select_key_image(key_image.uuid)
        if panel.current_key_image() is not None:
            return
    viewer.show_key_image(key_image)


def _show_tool(shell: Shell, editor: CaseEditor, tool: Tool) -> None:
    """Check the registry's action of ``tool`` when ``editor`` is the one in front."""
    if editor_of(shell.current_viewer()) is editor:
        shell.action_registry.action(tool_action_id(tool)).setChecked(True)


def _front_viewer_changed(shell: Shell) -> None:
    editor = editor_of(shell.current_viewer())
    if editor is not None:
        _show_tool(shell, editor, editor.tool)


class EditorSync:
    """Announces each undoable edit as a ``Changes`` record and keeps the other editors of the
    same case (another viewer, a partner's layer imported) showing what the database holds."""

    def __init__(self, shell: Shell) -> None:
        self.shell = shell
        self.source: EditContext | None = None

    def command_applied(self, command: Command) -> None:
        """Publish what ``command`` changed; its own editor is up to date already."""
        ctx = getattr(command, "ctx", None)  # every edit command carries its context
        self.source = ctx if isinstance(ctx, EditContext) else None
        try:
            self.shell.publish(command.changes())
        finally:
            self.source = None

    def follow(self, changes: Changes) -> None:
        """Reload every editor whose case ``changes`` touches (except the one that edited)."""
        for viewer in self.shell.viewers:
            editor = editor_of(viewer)
            if editor is None or editor.ctx is self.source:
                continue
            if any(changes.touches(kind, editor.ctx.case_id) for kind in EDITOR_KINDS):
                editor.reload()


def _undo_state(stack: UndoStack, *, redo: bool) -> bool:
    if not shiboken6.isValid(stack):
        return False
    return stack.canRedo() if redo else stack.canUndo()


def install(shell: Shell) -> None:
    """Add Undo and Redo; attach an editor to every viewer that opens."""
    stack = shell.undo_stack
    keys = QKeySequence.StandardKey
    shell.action_registry.register_all(
        [
            ActionSpec(
                "casereview.edit.undo",
                QT_TRANSLATE_NOOP("actions", "&Undo"),
                "edit",
                stack.undo,
                shortcut=keys.Undo,
                enabled_when=lambda: _undo_state(stack, redo=False),
                tip=QT_TRANSLATE_NOOP("actions", "Undo the last change of a mark or segment"),
            ),
            ActionSpec(
                "casereview.edit.redo",
                QT_TRANSLATE_NOOP("actions", "&Redo"),
                "edit",
                stack.redo,
                shortcut=keys.Redo,
                enabled_when=lambda: _undo_state(stack, redo=True),
                tip=QT_TRANSLATE_NOOP("actions", "Redo the change that was undone"),
            ),
        ]
    )
    stack.indexChanged.connect(lambda _index: _show_undo_texts(shell))
    sync = EditorSync(shell)
    # Lambdas, not bound methods: a signal holds only a weak reference to a bound method's
    # object, and nothing else keeps ``sync`` alive.
    stack.command_applied.connect(lambda command: sync.command_applied(command))
    shell.changed.connect(lambda changes: sync.follow(changes))
    shell.viewer_opened.connect(lambda viewer: attach_editor(shell, viewer))
    shell.current_viewer_changed.connect(lambda: _front_viewer_changed(shell))
