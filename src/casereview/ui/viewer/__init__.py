"""The 2-D multi-planar viewer: VTK views hosted in Qt, all observing one ViewerSession."""

from casereview.ui.viewer.viewer import ViewerWidget

__all__ = ["ViewerWidget"]
