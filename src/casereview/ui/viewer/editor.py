"""The case editor: ties one viewer to one case for measuring, marking and segmenting.

:class:`CaseEditor` owns the side panels (annotations and key images; segments), the tool bar
(filled with the action registry's tool actions) and the overlay layers of every slice view.
Mouse events of a slice view come here first; whatever the active tool does not use goes on to
the view (crosshair, pan, zoom). Every change is a command on the window's one undo stack and
is written to the database at once.
"""

from __future__ import annotations

from collections.abc import Callable

from psygnal import SignalInstance
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QTabWidget, QToolBar, QWidget

from casereview.commands import EditContext
from casereview.domain.annotations import (
    AnnotationKind,
)
from casereview.render.annotation_actors import AnnotationLayer2D, AnnotationLayer3D
from casereview.render.segment_overlay import SegmentOverlay2D
from casereview.ui.undo import UndoStack
from casereview.ui.viewer.annotation_panel import AnnotationPanel
from casereview.ui.viewer.editor_state import TaskStarter, TextPrompt
from casereview.ui.viewer.measuring_tools import MeasuringTools
from casereview.ui.viewer.segment_panel import SegmentPanel
from casereview.ui.viewer.segmenting_tools import SegmentingTools
from casereview.ui.viewer.tool_kinds import ANNOTATION_TOOLS, Tool, annotation_summary, as_point
from casereview.ui.viewer.views import SliceViewWidget


class CaseEditor(MeasuringTools, SegmentingTools):
    """Measuring, marking and segmenting on one viewer, saved to one case.

    Parameters
    ----------
    ctx
        Database, author, case and viewer session the edits go to.
    undo_stack
        The window's undo history.
    parent
        The viewer widget (tool bar and panels are its children).
    run_task
        Starts long work off the UI thread: ``run_task(title, work, on_success)``
        (the window's TaskRunner); without it work runs at once.
    ask_text
        Asks for a label or note: ``ask_text(title, label, default)`` → text or ``None``.
    """

    def __init__(
        self,
        ctx: EditContext,
        undo_stack: UndoStack,
        parent: QWidget,
        *,
        run_task: TaskStarter | None = None,
        ask_text: TextPrompt | None = None,
    ) -> None:
        super().__init__(ctx, undo_stack, parent, run_task=run_task, ask_text=ask_text)

        # The tool buttons are the action registry's tool actions (one set for every viewer,
        # with their keys); the feature that attaches the editor fills this bar.
        self.toolbar = QToolBar(QCoreApplication.translate("Tools", "Measure and segment"), parent)
        self.toolbar.setObjectName("annotationToolbar")

        self.annotation_panel = AnnotationPanel(self)
        self.segment_panel = SegmentPanel(self)
        self.side_panel = QTabWidget(parent)
        self.side_panel.setObjectName("editorPanels")
        self.side_panel.addTab(
            self.annotation_panel, QCoreApplication.translate("Tools", "Annotations")
        )
        self.side_panel.addTab(self.segment_panel, QCoreApplication.translate("Tools", "Segments"))
        self.side_panel.setMinimumWidth(300)

        self.session.series_changed.connect(self._follow_volume)
        self.session.voxels_changed.connect(self._follow_volume)
        self._follow_volume()
        self.reload()

    # --- state ---------------------------------------------------------------------------

    def _follow_volume(self, *_: object) -> None:
        primary = self.session.primary
        self.ctx.volume = primary.volume if primary is not None else None

    def reload(self) -> None:
        """Read the case's annotations, key images and segments from the database."""
        self.ctx.refresh_annotations()
        self.ctx.refresh_key_images()
        self.ctx.refresh_segments()

    def set_tool(self, tool: Tool) -> None:
        """Make ``tool`` the active one (a mark being drawn is dropped)."""
        tool = Tool(tool)
        self.cancel_drawing()
        self.tool = tool
        for widget in self.layers:
            widget.setCursor(
                Qt.CursorShape.ArrowCursor if tool is Tool.NAVIGATE else Qt.CursorShape.CrossCursor
            )
        if tool in (Tool.PAINT, Tool.ERASE, Tool.SEED) and self.active_segment is None:
            self.message.emit(
                QCoreApplication.translate(
                    "Tools", "Add or select a segment in the Segments panel first."
                )
            )
            self.side_panel.setCurrentWidget(self.segment_panel)
        self.tool_changed.emit(tool)

    # --- views ---------------------------------------------------------------------------

    def attach(self, widget: SliceViewWidget) -> None:
        """Draw the case's marks and segments in ``widget`` and take its tool mouse events."""
        if widget in self.layers:
            return
        self.layers[widget] = AnnotationLayer2D(widget.view, annotation_summary)
        self.overlays[widget] = SegmentOverlay2D(widget.view)
        widget.tool_handler = self
        widget.setMouseTracking(True)  # previews follow the mouse between clicks

    def attach_3d(self, widget: object) -> None:
        """Show the annotations in a 3-D view (``widget.view.renderer``), once."""
        if widget is None or widget is self.widget_3d:
            return
        view = getattr(widget, "view", None)
        renderer = getattr(view, "renderer", None)
        if renderer is None:
            return
        if self.layer_3d is not None:
            self.layer_3d.close()
        self.widget_3d = widget
        self.layer_3d = AnnotationLayer3D(renderer, self.session)
        self.layer_3d.request_render = getattr(view, "request_render", lambda: None)

    def close(self) -> None:
        """Stop observing the session (commands left on the undo stack then only write to
        the database: the closed viewer is not refreshed any more)."""
        self.ctx.session = None
        for signal, slot in self.panel_connections():
            signal.disconnect(slot)
        for layer in self.layers.values():
            layer.close()
        for overlay in self.overlays.values():
            overlay.close()
        if self.layer_3d is not None:
            self.layer_3d.close()
        for widget in self.layers:
            widget.tool_handler = None
        self.layers.clear()
        self.overlays.clear()

    def panel_connections(self) -> list[tuple[SignalInstance, Callable[..., object]]]:
        """The session signals the side panels listen to."""
        session = self.session
        assert session is not None
        a, s = self.annotation_panel, self.segment_panel
        return [
            (session.annotations_changed, a.refresh),
            (session.annotation_selected, a.show_selection),
            (session.key_images_changed, a.refresh_key_images),
            (session.segments_changed, s.refresh),
            (session.series_changed, s.follow_series),
        ]

    def layer(self, widget: SliceViewWidget) -> AnnotationLayer2D:
        """The annotation layer of a view."""
        return self.layers[widget]

    # --- mouse (called by SliceViewWidget) -----------------------------------------------

    def press(self, widget: SliceViewWidget, event: QMouseEvent) -> bool:
        """A button went down in a view; returns whether the tool used it."""
        if widget.view.role != "primary":
            return False  # marks and voxels belong to the primary series, not a comparison
        if event.button() != Qt.MouseButton.LeftButton or (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            return False
        point = widget.point_at(event.position())
        if point is None or not widget.view.has_image:
            return False
        p = as_point(point)
        if self.tool is Tool.NAVIGATE:
            return self._grab_handle(widget, event.position())
        if self.tool in ANNOTATION_TOOLS:
            return self._press_annotation(widget, p)
        if self.tool in (Tool.PAINT, Tool.ERASE):
            return self._start_stroke(widget, p)
        if self.tool is Tool.SEED:
            self.grow_from(p)
            return True
        return False

    def move(self, widget: SliceViewWidget, event: QMouseEvent) -> bool:
        """The mouse moved in a view; returns whether the tool used it."""
        point = widget.point_at(event.position())
        if point is None:
            return False
        p = as_point(point)
        if self.handle is not None and self.handle.widget is widget:
            self._drag_handle(p)
            return True
        drawing = self.drawing
        if drawing is not None and drawing.widget is widget:
            self._move_annotation(drawing, p)
            return True
        if self.stroke is not None and self.stroke.widget is widget:
            self._paint(p)
            return True
        return False

    def release(self, widget: SliceViewWidget, event: QMouseEvent) -> bool:
        """A button came up in a view; returns whether the tool used it."""
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        if self.handle is not None:
            self._finish_handle()
            return True
        drawing = self.drawing
        if drawing is not None and drawing.widget is widget:
            point = widget.point_at(event.position())
            self._release_annotation(drawing, as_point(point) if point is not None else None)
            return True
        if self.stroke is not None:
            self._finish_stroke()
            return True
        return False

    def double_click(self, widget: SliceViewWidget, event: QMouseEvent) -> bool:
        """A double click: closes a polygon."""
        drawing = self.drawing
        if drawing is not None and drawing.kind is AnnotationKind.POLYGON:
            self._close_polygon()
            return True
        return False

    def key(self, widget: SliceViewWidget, event: QKeyEvent) -> bool:
        """Enter closes a polygon, Escape drops the mark being drawn."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.drawing is not None:
            if self.drawing.kind is AnnotationKind.POLYGON:
                self._close_polygon()
                return True
        if event.key() == Qt.Key.Key_Escape and self.drawing is not None:
            self.cancel_drawing()
            return True
        return False


def editor_of(viewer: QWidget | None) -> CaseEditor | None:
    """The case editor attached to a viewer (``None`` without viewer or case)."""
    editor = getattr(viewer, "editor", None)
    return editor if isinstance(editor, CaseEditor) else None


def choose_tool(viewer: QWidget | None, tool: Tool) -> None:
    """Make ``tool`` the active tool of ``viewer``'s editor, if it has one."""
    editor = editor_of(viewer)
    if editor is not None:
        editor.set_tool(tool)
