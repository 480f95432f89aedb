"""Measurement labels drawn offscreen (as key images in reports are): apart, clear of the corner
texts and whole inside the picture, at a report's size and at a small one (no Qt, no X server)."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from casereview.domain.annotations import Annotation, AnnotationKind, ImageReference
from casereview.domain.volume import Volume
from casereview.render.annotation_actors import AnnotationLayer2D, text_box
from casereview.render.label_layout import Box
from casereview.render.offscreen import offscreen_window
from casereview.render.slice_pipeline import SliceView
from casereview.session import Orientation, SeriesInfo, ViewerSession


def _session() -> ViewerSession:
    voxels = np.full((20, 64, 64), 40, np.int16)
    volume = Volume(voxels, (2.0, 2.0, 2.0), (0.0, 0.0, 0.0), np.eye(3), (), "1.2", "1.2.3", "CT")
    session = ViewerSession()
    session.set_primary(
        volume,
        SeriesInfo(
            1, "Portal venous", "CT", "TEST^Patient", "ID-1", "CT Abdomen pancreas", "20240315"
        ),
    )
    return session


def _notes(session: ViewerSession) -> list[Annotation]:
    """Three notes a few millimetres apart near the image's upper-right corner."""
    z = float(session.crosshair[2])
    reference = ImageReference("1.2", "", "1.2.3")
    return [
        Annotation(
            f"note-{n}",
            1,
            AnnotationKind.TEXT,
            "",
            ((118.0, 4.0 + 2.5 * n, z),),
            reference,
            text=f"Lesion {n + 1}: 57.6 mm",
        )
        for n in range(3)
    ]


@pytest.mark.parametrize("size", [(512, 512), (300, 220)], ids=["report", "small"])
def test_labels_are_apart_clear_of_corner_texts_and_inside(size: tuple[int, int]) -> None:
    session = _session()
    window = offscreen_window(*size)
    view = SliceView(session, Orientation.AXIAL)
    window.AddRenderer(view.renderer)
    layer = AnnotationLayer2D(view)
    session.set_annotations(_notes(session))
    view.refresh()
    view.reset_camera()
    window.Render()
    boxes = layer.label_boxes()
    assert len(boxes) == 3 and len(layer.label_texts()) == 3
    drawn = [text_box(actor, view.renderer) for actor in layer.label_actors()]
    # What VTK reports of the actors is where the placement put them.
    for placed, actual in zip(boxes, drawn, strict=True):
        assert actual is not None
        assert actual.left == pytest.approx(placed.left, abs=1.0)
        assert actual.bottom == pytest.approx(placed.bottom, abs=1.0)
    corners = [text_box(actor, view.renderer) for actor in view.corner_actors.values()]
    corners_shown = [box for box in corners if box is not None]
    assert len(corners_shown) == 4
    whole = Box(0.0, 0.0, float(size[0]), float(size[1]))
    for label in drawn:
        assert label is not None and whole.contains(label)
        assert not any(label.overlaps(corner) for corner in corners_shown)
    for a, b in itertools.combinations(drawn, 2):
        assert a is not None and b is not None and not a.overlaps(b)
    # Panned far away: no label is pinned to the edge for marks out of sight; back: all three.
    camera = view.renderer.GetActiveCamera()
    focus, scale = camera.GetFocalPoint(), camera.GetParallelScale()
    view.look_at((focus[0] - 500.0, focus[1]), scale)
    window.Render()
    assert layer.label_actors() == [] and layer.label_boxes() == []
    view.look_at((focus[0], focus[1]), scale)
    window.Render()
    assert len(layer.label_actors()) == 3
    layer.close()
    view.close()
    window.Finalize()


def test_chinese_corner_texts_do_not_run_into_each_other_or_the_letters() -> None:
    """A Chinese character is about twice as wide as a Latin one: the corner texts are cut
    by width, not by count."""
    voxels = np.full((20, 64, 64), 40, np.int16)
    volume = Volume(voxels, (2.0, 2.0, 2.0), (0.0, 0.0, 0.0), np.eye(3), (), "1.2", "1.2.3", "CT")
    session = ViewerSession()
    description = "腹部增强CT胰腺协议门静脉期薄层重建二点五毫米胰头肿瘤评估"
    session.set_primary(
        volume,
        SeriesInfo(
            1, description, "CT", "欧阳^娜娜娜娜娜娜娜娜娜娜娜", "住院号-2024-000123", description
        ),
    )
    window = offscreen_window(400, 300)
    view = SliceView(session, Orientation.AXIAL)
    window.AddRenderer(view.renderer)
    view.refresh()
    window.Render()
    renderer = view.renderer
    left = text_box(view.corner_actors["upper_left"], renderer)
    right = text_box(view.corner_actors["upper_right"], renderer)
    top = text_box(view.edge_actors["top"], renderer)
    assert left is not None and right is not None and top is not None
    assert view.corner_texts()["upper_right"].split("\n")[0].endswith("…")
    assert not left.overlaps(right)
    assert not left.overlaps(top) and not right.overlaps(top)
    view.close()
    window.Finalize()
