"""Key images drawn offscreen for reports and presentations (VTK offscreen, no X needed)."""

from __future__ import annotations

import numpy as np
import pytest
from annotations_support import DemoData
from gui_free_png import save_png

from casereview.analysis.segmentation import sphere
from casereview.domain.annotations import (
    Annotation,
    AnnotationKind,
    Camera3D,
    ImageReference,
    KeyImage,
    Measurement,
    ViewPlane,
)
from casereview.domain.segments import TEMPLATE_BY_KEY, Segment
from casereview.render.key_images import render_key_image, rotation_degrees
from casereview.session import Orientation, ViewerSession, rotation_matrix


@pytest.mark.parametrize("orientation", list(Orientation))
@pytest.mark.parametrize("degrees", [(0.0, 0.0, 0.0), (20.0, -35.0, 50.0), (-60.0, 10.0, -5.0)])
def test_stored_planes_give_back_the_viewer_rotation(
    orientation: Orientation, degrees: tuple[float, float, float]
) -> None:
    session = ViewerSession()
    session.set_rotation(degrees)
    plane = session.plane(orientation)
    stored = ViewPlane(tuple(plane.origin), tuple(plane.u), tuple(plane.v))
    back = rotation_degrees(stored, orientation)
    assert np.allclose(rotation_matrix(back), rotation_matrix(degrees), atol=1e-9)


def _key_image(data: DemoData, plane: ViewPlane | None, camera: Camera3D | None = None) -> KeyImage:
    v = data.volume
    return KeyImage(
        "k1",
        data.case_id,
        ImageReference(v.series_instance_uid, v.sop_instance_uids[36]),
        "axial" if plane else "3d",
        plane,
        60.0,
        300.0,
        "Tumour",
        camera,
        60.0 if plane else 0.0,
        "tester",
    )


def test_a_2d_key_image_shows_slice_window_marks_and_segments(demo_data: DemoData) -> None:
    data = demo_data
    centre = data.volume.index_to_patient(np.array([[36.0, 112.0, 117.0]]))[0]
    plane = ViewPlane(tuple(centre), (1.0, 0.0, 0.0), (0.0, 1.0, 0.0))
    a, b = centre + [-12.0, 0, 0], centre + [12.0, 0, 0]
    length = Annotation(
        "a1",
        data.case_id,
        AnnotationKind.LENGTH,
        "",
        (tuple(a), tuple(b)),
        ImageReference(data.volume.series_instance_uid),
        measurements=(Measurement("length", 24.0, "mm"),),
    )
    template = TEMPLATE_BY_KEY["smv"]
    segment = Segment(
        "s1",
        data.case_id,
        1,
        "SMV",
        template.category,
        template.type,
        (40, 90, 230),
        data.volume.series_instance_uid,
    )
    mask = sphere(data.volume, tuple(centre + [0, 25.0, 0]), 8.0)
    pixels = render_key_image(
        data.volume,
        _key_image(data, plane),
        (400, 300),
        annotations=[length],
        segments=[segment],
        masks={"s1": mask},
    )
    save_png(pixels, "key-image-2d")
    assert pixels.shape == (300, 400, 3)
    yellow = (pixels[..., 0] > 200) & (pixels[..., 1] > 170) & (pixels[..., 2] < 90)
    blue = (pixels[..., 2] > 150) & (pixels[..., 0] < 120)
    assert yellow.sum() > 100  # the line and "Length 24.0 mm"
    assert blue.sum() > 100  # the segment
    # Window 300/60: the tumour (~68 HU) is mid-grey, fat (-100 HU) black.
    grey = pixels[156:166, 190:210, 0].mean()  # just below the line, inside the tumour
    assert 60 < grey < 200


def test_a_3d_key_image_renders_from_the_stored_camera(demo_data: DemoData) -> None:
    data = demo_data
    centre = data.volume.index_to_patient(np.array([[48.0, 128.0, 128.0]]))[0]
    camera = Camera3D(tuple(centre + [0, -600.0, 0]), tuple(centre), (0.0, 0.0, 1.0))
    pixels = render_key_image(data.volume, _key_image(data, None, camera), (320, 240))
    save_png(pixels, "key-image-3d")
    assert pixels.shape == (240, 320, 3)
    assert pixels.reshape(-1, 3).std(axis=0).max() > 10  # something was drawn
