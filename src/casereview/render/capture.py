"""Pictures of a 3-D view: screenshots up to 4× the window's resolution and 360° movies.

A screenshot at a scale above 1 renders the view in tiles (``vtkWindowToImageFilter``) so it
works for an on-screen widget whose size cannot change; lines and text keep their on-screen
thickness. Movies turn the camera once round the patient's head-foot axis (the view up) and
are written as animated GIF (Pillow) or MP4 (H.264 through imageio-ffmpeg, which ships its own
ffmpeg), small enough to send to a colleague.

Frames come from :func:`rotation_frames`, a generator the caller drives: the GUI renders one
frame per event-loop turn (OpenGL belongs to the UI thread) and encodes off it; the CLI simply
iterates.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterable
from pathlib import Path

import imageio.v3 as iio
import imageio_ffmpeg
import numpy as np
from numpy.typing import NDArray
from vtkmodules.util.numpy_support import vtk_to_numpy
from vtkmodules.vtkRenderingCore import vtkRenderer, vtkRenderWindow, vtkWindowToImageFilter

from casereview.domain.progress import CancelToken
from casereview.errors import OperationCancelled, ValidationError
from casereview.messages import Message
from casereview.render.camera import apply_camera_view, camera_view, orbit

#: Largest screenshot magnification offered.
MAX_SCALE = 4
#: Movie formats by file suffix.
MOVIE_SUFFIXES = (".gif", ".mp4")
#: Frames of a full turn and frames per second by default (a 6 s turn).
DEFAULT_FRAMES = 72
DEFAULT_FPS = 12


def screenshot(window: vtkRenderWindow, scale: int = 1) -> NDArray[np.uint8]:
    """The window's content as ``(height × scale, width × scale, 3)`` RGB, top row first.

    Raises
    ------
    ValidationError
        If ``scale`` is not 1 to :data:`MAX_SCALE`.
    """
    if not 1 <= int(scale) <= MAX_SCALE:
        raise ValidationError(
            Message("Screenshots can be 1 to {limit} times the view's size.", limit=MAX_SCALE)
        )
    window.Render()
    grab = vtkWindowToImageFilter()
    grab.SetInput(window)
    grab.SetScale(int(scale))
    grab.SetInputBufferTypeToRGB()
    grab.ReadFrontBufferOff()
    grab.ShouldRerenderOn()
    grab.Update()
    image = grab.GetOutput()
    width, height, _ = image.GetDimensions()
    pixels = vtk_to_numpy(image.GetPointData().GetScalars()).reshape(height, width, -1)
    window.Render()  # the tiles moved the camera window; draw the view as it was
    return np.ascontiguousarray(pixels[::-1, :, :3])


def write_png(pixels: NDArray[np.uint8], path: Path) -> Path:
    """Write an RGB array as PNG (folders created)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    iio.imwrite(path, pixels, extension=".png")
    return path


def rotation_frames(
    window: vtkRenderWindow, renderer: vtkRenderer, frames: int = DEFAULT_FRAMES
) -> Generator[NDArray[np.uint8], None, None]:
    """Render a full turn of the camera, one frame per step; the camera is restored after.

    Yields
    ------
    numpy.ndarray
        ``(height, width, 3)`` RGB of each frame, the first one the current view.
    """
    if frames < 2:
        raise ValidationError(Message("A rotation movie needs at least two frames."))
    start = camera_view(renderer.GetActiveCamera())
    try:
        for index in range(frames):
            if index:
                orbit(renderer, 360.0 / frames)
            yield screenshot(window)
    finally:
        apply_camera_view(renderer, start)
        window.Render()


def _even(frame: NDArray[np.uint8]) -> NDArray[np.uint8]:
    # H.264 in yuv420p needs even sizes; drop a row/column rather than rescale.
    h, w = frame.shape[:2]
    return frame[: h - h % 2, : w - w % 2]


def write_movie(
    frames: Iterable[NDArray[np.uint8]],
    path: Path,
    *,
    fps: int = DEFAULT_FPS,
    total: int | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    cancel: CancelToken | None = None,
) -> Path:
    """Encode frames as an animated GIF (looping) or an H.264 MP4, by ``path``'s suffix.

    Raises
    ------
    ValidationError
        If the suffix is not .gif or .mp4, or there are no frames.
    OperationCancelled
        If ``cancel`` was set; no partial file is left.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in MOVIE_SUFFIXES:
        raise ValidationError(Message("Save the movie as .gif or .mp4."))
    path.parent.mkdir(parents=True, exist_ok=True)
    collected: list[NDArray[np.uint8]] = []
    for index, frame in enumerate(frames):
        if cancel is not None and cancel.cancelled:
            raise OperationCancelled(Message("The movie was cancelled; no file was written."))
        collected.append(_even(frame) if suffix == ".mp4" else frame)
        if progress is not None:
            progress(index + 1, total or 0, Message("Rendering the movie"))
    if not collected:
        raise ValidationError(Message("A movie needs at least one frame."))
    partial = path.with_name(path.name + ".part")
    try:
        if suffix == ".gif":
            iio.imwrite(
                partial,
                np.stack(collected),
                extension=".gif",
                duration=1000.0 / fps,
                loop=0,
            )
        else:
            _write_mp4(partial, collected, fps)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return path


def _write_mp4(path: Path, frames: list[NDArray[np.uint8]], fps: int) -> None:
    height, width = frames[0].shape[:2]
    writer = imageio_ffmpeg.write_frames(
        str(path),
        (width, height),
        fps=fps,
        codec="libx264",
        pix_fmt_out="yuv420p",
        macro_block_size=1,
        quality=8,
        output_params=["-f", "mp4"],
    )
    writer.send(None)
    for frame in frames:
        writer.send(np.ascontiguousarray(frame))
    writer.close()
