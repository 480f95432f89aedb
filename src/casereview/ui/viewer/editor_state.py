"""What every part of the case editor shares: its signals, its state, and how it asks and runs.

:class:`EditorBase` holds the state; :class:`~casereview.ui.viewer.measuring_tools.
MeasuringTools` and :class:`~casereview.ui.viewer.segmenting_tools.SegmentingTools` add what
the tools do, and :class:`~casereview.ui.viewer.editor.CaseEditor` ties them to a viewer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QWidget

from casereview.commands import EditContext
from casereview.domain.annotations import (
    Annotation,
    AnnotationKind,
    Point,
)
from casereview.domain.progress import CancelToken, ProgressReporter, no_progress
from casereview.render.annotation_actors import AnnotationLayer2D, AnnotationLayer3D
from casereview.render.segment_overlay import SegmentOverlay2D
from casereview.session import ViewerSession
from casereview.ui.undo import UndoStack
from casereview.ui.viewer.tool_kinds import Tool
from casereview.ui.viewer.views import SliceViewWidget


@dataclass
class Drawing:
    """A mark being drawn in one view."""

    kind: AnnotationKind
    widget: SliceViewWidget
    points: list[Point] = field(default_factory=list)
    stage: str = "first"  #: "first", "drag", "clicks", "short"
    half_width: float = 0.0


@dataclass
class HandleDrag:
    annotation: Annotation
    index: int
    widget: SliceViewWidget
    points: list[Point]


@dataclass
class Stroke:
    widget: SliceViewWidget
    uuid: str
    before: NDArray[np.bool_]
    working: NDArray[np.bool_]
    erase: bool


TextPrompt = Callable[[str, str, str], "str | None"]
T = TypeVar("T")


class TaskStarter(Protocol):
    """Starts ``work`` (off the UI thread when a runner is there) and hands its result to
    ``done``; returns the task, or the result when run on the spot."""

    def __call__(
        self,
        title: str,
        work: Callable[[ProgressReporter, CancelToken], T],
        done: Callable[[T], None],
        /,
    ) -> object: ...


def ask_text_dialog(parent: QWidget) -> TextPrompt:
    def ask(title: str, label: str, default: str) -> str | None:
        text, ok = QInputDialog.getText(parent, title, label, text=default)
        return text if ok else None

    return ask


def run_now(
    title: str,
    work: Callable[[ProgressReporter, CancelToken], T],
    done: Callable[[T], None],
    /,
) -> object:
    """Run ``work`` at once on this thread (an editor without a task runner)."""
    result = work(no_progress, CancelToken())
    done(result)
    return result


class EditorBase(QObject):
    """State of one case editor (see :class:`~casereview.ui.viewer.editor.CaseEditor`)."""

    #: The active tool changed.
    tool_changed = Signal(object)
    #: Something to tell the user in the status bar.
    message = Signal(str)

    def __init__(
        self,
        ctx: EditContext,
        undo_stack: UndoStack,
        parent: QWidget,
        *,
        run_task: TaskStarter | None = None,
        ask_text: TextPrompt | None = None,
    ) -> None:
        super().__init__(parent)
        assert ctx.session is not None
        self.ctx = ctx
        self.session: ViewerSession = ctx.session
        self.undo_stack = undo_stack
        self.run_task: TaskStarter = run_task or run_now
        self.ask_text = ask_text or ask_text_dialog(parent)
        self.tool = Tool.NAVIGATE
        self.layers: dict[SliceViewWidget, AnnotationLayer2D] = {}
        self.overlays: dict[SliceViewWidget, SegmentOverlay2D] = {}
        self.layer_3d: AnnotationLayer3D | None = None
        self.widget_3d: object = None
        self.drawing: Drawing | None = None
        self.handle: HandleDrag | None = None
        self.stroke: Stroke | None = None
        self.active_segment: str | None = None
        self.brush_radius_mm = 5.0
        self.brush_sphere = False
        self.grow_range = (30.0, 95.0)
        self.grow_opening_mm = 1.5
        #: Optional slice limits ``(first, last)`` (0-based, inclusive) for region growing.
        self.grow_slices: tuple[int, int] | None = None

    def cancel_drawing(self) -> None:
        """Drop the mark being drawn (its preview disappears)."""
        if self.drawing is not None:
            self.layers[self.drawing.widget].set_preview(None, [])
        self.drawing = None
