"""A 2-D key image drawn for a place of any shape shows all that was flagged (issue 20).

The presentation draws each key image for the place it has on screen. A key image stores the
half height of the flagged view; drawn wider than tall, more is shown beside it, but drawn
taller than wide (a portrait screen, a narrow window) the sides of what was flagged must not be
cut off.
"""

from __future__ import annotations

import numpy as np
import pytest

from casereview.domain.annotations import ImageReference, KeyImage, ViewPlane
from casereview.domain.volume import Volume
from casereview.render.key_images import render_key_image

#: Half height of the flagged view and where the two marks stand, either side of its centre.
ZOOM_MM, MARK_MM = 50.0, 44.0


def _two_marks() -> Volume:
    """Air with two bright rods, ``MARK_MM`` left and right of the centre of an axial slice."""
    voxels = np.full((20, 200, 200), -1000, np.int16)
    for x in (100 - MARK_MM, 100 + MARK_MM):
        column = int(x)
        voxels[:, 96:104, column - 2 : column + 3] = 1000
    return Volume(voxels, (1.0, 1.0, 1.0), (0.0, 0.0, 0.0), np.eye(3), (), "2.25.7", "", "CT")


def _flagged(volume: Volume) -> KeyImage:
    return KeyImage(
        uuid="k-aspect",
        case_id=1,
        reference=ImageReference(volume.series_instance_uid),
        orientation="axial",
        plane=ViewPlane((100.0, 100.0, 10.0), (1.0, 0.0, 0.0), (0.0, 1.0, 0.0)),
        window_center=0.0,
        window_width=400.0,
        caption="",
        camera=None,
        zoom_mm=ZOOM_MM,
        author="tester",
    )


@pytest.mark.parametrize("size", [(400, 200), (200, 200), (200, 400)], ids=str)
def test_both_sides_of_a_flagged_view_are_drawn_whatever_the_shape(
    size: tuple[int, int],
) -> None:
    volume = _two_marks()
    pixels = render_key_image(volume, _flagged(volume), size)
    width, height = size
    # White in the middle rows: the rods (orientation letters are yellow, the corner texts and
    # the scale bar are in the top and bottom rows).
    bright = (pixels[height // 3 : 2 * height // 3] > 200).all(axis=-1)
    left, right = bright[:, : width // 2].sum(), bright[:, width // 2 :].sum()
    assert left > 10 and right > 10, f"marks seen: left {left}, right {right} pixels"
