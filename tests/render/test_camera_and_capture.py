"""Standard views, saved cameras, screenshots up to 4× and 360° movies (offscreen)."""

from __future__ import annotations

from pathlib import Path

import imageio.v3 as iio
import numpy as np
import pytest
from vtkmodules.vtkRenderingCore import vtkRenderer

from casereview.domain.rendering import STANDARD_VIEWS, CameraView, StandardView
from casereview.domain.volume import Volume
from casereview.errors import ValidationError
from casereview.render.camera import (
    apply_camera_view,
    camera_view,
    project,
    project_points,
    standard_view,
)
from casereview.render.capture import rotation_frames, screenshot, write_movie, write_png
from casereview.render.offscreen import offscreen_window
from casereview.render.planes_3d import PlanesView3D
from casereview.session import SeriesInfo, ViewerSession


def _session_with_marker() -> tuple[ViewerSession, np.ndarray]:
    """A dark volume with one bright block on the patient's left, anterior and superior."""
    voxels = np.full((40, 64, 64), -1000, np.int16)
    voxels[30:36, 10:18, 46:54] = 1500  # slices grow superior, rows posterior, columns left
    volume = Volume(
        voxels, (2.0, 2.0, 2.0), (-64.0, -64.0, -40.0), np.eye(3), (), "2.25.3", "2.25.4", "CT"
    )
    session = ViewerSession()
    session.set_primary(volume, SeriesInfo(1))
    return session, volume.index_to_patient(np.array([[33.0, 14.0, 50.0]]))[0]


def _view(session: ViewerSession, size: tuple[int, int] = (320, 240)):
    window = offscreen_window(*size)
    from casereview.domain.rendering import BUILTIN_PRESETS

    view = PlanesView3D(
        session, volume_rendering=True, show_planes=False, preset=BUILTIN_PRESETS["bone"]
    )
    view.add_to(window)
    return view, window


@pytest.mark.parametrize(
    ("side", "expected"),
    [
        # Where the marker (patient left, anterior, superior) appears: (right of centre?, above?)
        (StandardView.ANTERIOR, (True, True)),
        (StandardView.POSTERIOR, (False, True)),
        (StandardView.LEFT, (False, True)),  # from the left, anterior is on the image's left
        (StandardView.RIGHT, (True, True)),
        (StandardView.SUPERIOR, (False, True)),  # from the head, anterior up: left on the left
        (StandardView.INFERIOR, (True, True)),  # from the feet, as axial images: left on the right
    ],
)
def test_standard_views_look_from_the_named_side(
    side: StandardView, expected: tuple[bool, bool]
) -> None:
    session, marker = _session_with_marker()
    view, window = _view(session)
    view.set_standard_view(side)
    camera = view.renderer.GetActiveCamera()
    away, up = STANDARD_VIEWS[side]
    direction = np.asarray(camera.GetPosition()) - np.asarray(camera.GetFocalPoint())
    assert np.allclose(direction / np.linalg.norm(direction), away)
    assert np.allclose(camera.GetViewUp(), up)
    window.Render()
    x, y = project(view.renderer, marker)
    assert ((x > 160), (y < 120)) == expected
    # Everything is in view.
    corners = session.primary.corners()
    columns, rows = project_points(view.renderer, corners).T
    assert columns.min() >= 0 and columns.max() < 320 and rows.min() >= 0 and rows.max() < 240
    view.close()


def test_camera_view_round_trip_and_validation() -> None:
    renderer = vtkRenderer()
    view = CameraView((1.0, -400.0, 3.0), (1.0, 2.0, 3.0), (0.0, 0.0, 1.0), view_angle=25.0)
    window = offscreen_window(50, 50)
    window.AddRenderer(renderer)
    apply_camera_view(renderer, view)
    back = camera_view(renderer.GetActiveCamera())
    assert np.allclose(back.position, view.position) and np.allclose(
        back.focal_point, view.focal_point
    )
    assert np.allclose(back.view_up, view.view_up) and back.view_angle == 25.0
    assert CameraView.from_json(view.to_json()) == view
    with pytest.raises(ValidationError):
        CameraView((0, 0, 0), (0, 0, 0), (0, 0, 1))
    with pytest.raises(ValidationError):
        CameraView((0, 0, 10), (0, 0, 0), (0, 0, 1))  # looking along its up vector
    with pytest.raises(ValidationError):
        CameraView.from_json({"position": [0, 0]})
    fitted = standard_view(StandardView.ANTERIOR, (-10, 10, -10, 10, -10, 10))
    assert fitted.position[1] < -10 and fitted.focal_point == (0.0, 0.0, 0.0)


def test_screenshot_scales_up_to_four_times(tmp_path: Path) -> None:
    session, _marker = _session_with_marker()
    view, window = _view(session, (160, 120))
    view.set_standard_view(StandardView.ANTERIOR)
    one = screenshot(window, 1)
    four = screenshot(window, 4)
    assert one.shape == (120, 160, 3) and four.shape == (480, 640, 3)
    # The same picture, four times larger (compared at the smaller size).
    small = four.reshape(120, 4, 160, 4, 3).mean(axis=(1, 3))
    bright_one = one.sum(axis=2) > 200
    bright_four = small.sum(axis=2) > 200
    assert (bright_one == bright_four).mean() > 0.9
    path = write_png(four, tmp_path / "shots" / "view.png")
    assert iio.imread(path).shape == (480, 640, 3)
    with pytest.raises(ValidationError):
        screenshot(window, 5)
    view.close()


@pytest.mark.parametrize("suffix", [".gif", ".mp4"])
def test_rotation_movie_turns_once_and_restores_the_camera(tmp_path: Path, suffix: str) -> None:
    session, _marker = _session_with_marker()
    view, window = _view(session, (120, 90))
    view.set_standard_view(StandardView.ANTERIOR)
    before = view.camera_view()
    frames = list(rotation_frames(window, view.renderer, 8))
    assert len(frames) == 8
    # Frame 4 of 8 looks from the opposite side: the marker is mirrored left-right.
    assert not np.array_equal(frames[0], frames[4])
    assert np.allclose(view.camera_view().position, before.position)
    path = write_movie(frames, tmp_path / f"turn{suffix}", fps=8)
    assert path.exists() and path.stat().st_size > 1000
    assert not list(tmp_path.glob("*.part"))
    if suffix == ".gif":
        assert iio.imread(path, index=None).shape[0] == 8
    else:
        import imageio_ffmpeg

        count, _seconds = imageio_ffmpeg.count_frames_and_secs(str(path))
        assert count == 8
    with pytest.raises(ValidationError):
        write_movie(frames, tmp_path / "turn.avi")
    view.close()
