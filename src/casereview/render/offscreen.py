"""Offscreen render windows and captures (tests, benchmarks, thumbnails, reports)."""

from __future__ import annotations

import numpy as np
import vtkmodules.vtkRenderingFreeType  # registers the text rendering classes
import vtkmodules.vtkRenderingOpenGL2  # noqa: F401  (registers the OpenGL render window)
from numpy.typing import NDArray
from vtkmodules.util.numpy_support import vtk_to_numpy
from vtkmodules.vtkRenderingCore import vtkRenderWindow, vtkWindowToImageFilter


def offscreen_window(width: int = 800, height: int = 600) -> vtkRenderWindow:
    """A render window that draws into memory (EGL on Mesa, no X server needed)."""
    window = vtkRenderWindow()
    window.SetOffScreenRendering(1)
    # 8x multisampling is the default and costs ~10 ms a frame on software OpenGL; images
    # and axis-aligned lines do not need it.
    window.SetMultiSamples(0)
    window.SetSize(width, height)
    return window


def capture(window: vtkRenderWindow) -> NDArray[np.uint8]:
    """The window's last frame as ``(height, width, 3)`` RGB, first row at the top."""
    grab = vtkWindowToImageFilter()
    grab.SetInput(window)
    grab.SetInputBufferTypeToRGB()
    grab.ReadFrontBufferOff()
    grab.Update()
    image = grab.GetOutput()
    width, height, _ = image.GetDimensions()
    pixels = vtk_to_numpy(image.GetPointData().GetScalars()).reshape(height, width, -1)
    return np.ascontiguousarray(pixels[::-1, :, :3])
