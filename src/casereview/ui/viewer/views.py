"""Qt hosts of the VTK views: mouse and keys of a slice view (the 3-D view is in view3d)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QWidget
from vtkmodules.qt.QVTKRenderWindowInteractor import QVTKRenderWindowInteractor

from casereview.render.slice_pipeline import SliceView
from casereview.session import ViewerSession

#: Slices moved by Page Up / Page Down.
PAGE_STEP = 10


class ToolHandler(Protocol):
    """Takes a slice view's mouse and key events first (the case editor's tools); each method
    returns whether it used the event."""

    def press(self, widget: SliceViewWidget, event: QMouseEvent) -> bool: ...

    def move(self, widget: SliceViewWidget, event: QMouseEvent) -> bool: ...

    def release(self, widget: SliceViewWidget, event: QMouseEvent) -> bool: ...

    def double_click(self, widget: SliceViewWidget, event: QMouseEvent) -> bool: ...

    def key(self, widget: SliceViewWidget, event: QKeyEvent) -> bool: ...


class VtkHost(QVTKRenderWindowInteractor):
    """A QVTK widget that coalesces render requests into one render per event-loop turn."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # 8x multisampling (VTK's default) costs ~10 ms a frame on software OpenGL.
        self.GetRenderWindow().SetMultiSamples(0)
        self.renders = 0
        # A timer owned by the widget dies with it: a render scheduled just before the view is
        # closed never reaches a deleted widget (QTimer.singleShot with a bound method could).
        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(0)
        self._render_timer.timeout.connect(self.render_now)

    def schedule_render(self) -> None:
        """Render once control returns to the event loop (several changes, one frame)."""
        if not self._render_timer.isActive():
            self._render_timer.start()

    def render_now(self) -> None:
        """Render immediately if visible."""
        self._render_timer.stop()
        if self.isVisible() and self.width() > 0:
            self.GetRenderWindow().Render()
            self.renders += 1

    def shutdown(self) -> None:
        """Release the OpenGL resources (before the widget goes)."""
        self._render_timer.stop()
        self.GetRenderWindow().Finalize()


class SliceViewWidget(VtkHost):
    """A 2-D view the user drives with the mouse and keys.

    Left-drag moves the crosshair (or, in window mode, the window: horizontal width,
    vertical level); middle- or Shift+left-drag pans; right-drag or Ctrl+wheel zooms; the
    wheel, Up/Down and Page Up/Page Down scroll.
    """

    #: Emitted with the LPS point (or ``None``) under the mouse.
    hovered = Signal(object)
    #: Emitted when the user starts using this view (it becomes the active one).
    activated = Signal()

    def __init__(self, view: SliceView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.session: ViewerSession = view.session
        self.GetRenderWindow().AddRenderer(view.renderer)
        view.request_render = self.schedule_render
        self.window_mode: Callable[[], bool] = lambda: False
        #: Measurement/segmentation tools (``casereview.ui.viewer.editor.CaseEditor``): they see
        #: mouse and key events first and return True for the ones they use.
        self.tool_handler: ToolHandler | None = None
        self._drag: str | None = None
        self._last = QPointF()
        self.setObjectName(f"sliceView.{view.role}.{view.orientation.value}")

    # --- coordinates -----------------------------------------------------------------

    def _display(self, position: QPointF) -> tuple[float, float]:
        ratio = self.devicePixelRatioF()
        return position.x() * ratio, (self.height() - position.y()) * ratio

    def display_position(self, position: QPointF) -> tuple[float, float]:
        """VTK display pixel (y up) of a widget position."""
        return self._display(position)

    def point_at(self, position: QPointF) -> NDArray[np.float64] | None:
        """LPS point under a widget position."""
        return self.view.display_to_patient(*self._display(position))

    def position_of(self, point: NDArray[np.float64]) -> QPoint:
        """Widget position where an LPS point (projected on the plane) is shown."""
        display = self.view.patient_to_display(point)
        assert display is not None
        ratio = self.devicePixelRatioF()
        return QPoint(round(display[0] / ratio), round(self.height() - display[1] / ratio))

    # --- mouse -----------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.activated.emit()
        if self.tool_handler is not None and self.tool_handler.press(self, event):
            self._drag, self._last = "tool", event.position()
            event.accept()
            return
        button, modifiers = event.button(), event.modifiers()
        if button == Qt.MouseButton.MiddleButton or (
            button == Qt.MouseButton.LeftButton and modifiers & Qt.KeyboardModifier.ShiftModifier
        ):
            self._drag = "pan"
        elif button == Qt.MouseButton.RightButton:
            self._drag = "zoom"
        elif button == Qt.MouseButton.LeftButton:
            self._drag = "window" if self.window_mode() else "crosshair"
            if self._drag == "crosshair":
                self._move_crosshair(event.position())
        self._last = event.position()
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        position = event.position()
        dx, dy = position.x() - self._last.x(), position.y() - self._last.y()
        self._last = position
        if self.tool_handler is not None and self.tool_handler.move(self, event):
            self.hovered.emit(self.point_at(position) if self.view.has_image else None)
            event.accept()
            return
        if self._drag == "crosshair":
            self._move_crosshair(position)
        elif self._drag == "pan":
            ratio = self.devicePixelRatioF()
            self.view.pan(dx * ratio, -dy * ratio)
        elif self._drag == "zoom":
            self.view.zoom(1.01 ** (-dy))
        elif self._drag == "window":
            width, level = self.session.window
            self.session.set_window(width + 2.0 * dx, level - 2.0 * dy)
        self.hovered.emit(self.point_at(position) if self.view.has_image else None)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.tool_handler is not None:
            self.tool_handler.release(self, event)
        self._drag = None
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self.tool_handler is not None and self.tool_handler.double_click(self, event):
            event.accept()
            return
        self.mousePressEvent(event)

    def leaveEvent(self, event: object) -> None:
        self.hovered.emit(None)

    def _move_crosshair(self, position: QPointF) -> None:
        point = self.point_at(position)
        if point is not None:
            self.session.set_crosshair(point)

    def wheelEvent(self, event: QWheelEvent) -> None:
        notches = event.angleDelta().y() / 120.0
        if not notches:
            return
        self.activated.emit()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.view.zoom(1.1**notches)
        else:
            self.session.scroll(self.view.orientation, round(notches) or (1 if notches > 0 else -1))
        event.accept()

    # --- keys ------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.tool_handler is not None and self.tool_handler.key(self, event):
            event.accept()
            return
        steps = {
            Qt.Key.Key_Up: 1,
            Qt.Key.Key_Down: -1,
            Qt.Key.Key_PageUp: PAGE_STEP,
            Qt.Key.Key_PageDown: -PAGE_STEP,
        }.get(Qt.Key(event.key()))
        if steps is None:
            event.ignore()  # shortcuts of the window still work
            return
        self.activated.emit()
        self.session.scroll(self.view.orientation, steps)
        event.accept()

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        event.ignore()
