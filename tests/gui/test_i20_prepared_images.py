"""Key images drawn ahead for the presentation: what is kept, what is forgotten, in what order.

The drawing itself is replaced by a function that records its calls and returns a flat picture
(no VTK): these tests are about the queue and the cache, on the task runner's threads.
"""

from __future__ import annotations

import threading
from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from casereview.domain.annotations import ImageReference, KeyImage, ViewPlane
from casereview.errors import NotFoundError
from casereview.messages import Message
from casereview.ui.errors import ErrorPresenter
from casereview.ui.meetings.prepared_images import PreparedKeyImages
from casereview.ui.tasks import TaskRunner

pytestmark = pytest.mark.gui

SIZE = QSize(64, 48)


def _key_image(uuid: str, case_id: int, window_width: float = 400.0) -> KeyImage:
    return KeyImage(
        uuid=uuid,
        case_id=case_id,
        reference=ImageReference(series_instance_uid="2.25.1"),
        orientation="axial",
        plane=ViewPlane((0.0, 0.0, 0.0), (1.0, 0.0, 0.0), (0.0, 1.0, 0.0)),
        window_center=50.0,
        window_width=window_width,
        caption="",
        camera=None,
        zoom_mm=0.0,
        author="tester",
    )


class Drawer:
    """Records what is drawn; each picture's grey level counts the drawings. ``gate`` holds a
    drawing until the test lets it finish."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[int, int]]] = []
        self.gate = threading.Event()
        self.gate.set()
        self.missing: set[str] = set()

    def __call__(self, key_image: KeyImage, size: tuple[int, int]) -> np.ndarray:
        self.calls.append((key_image.uuid, size))
        assert self.gate.wait(20), "the test never let the drawing finish"
        if key_image.uuid in self.missing:
            raise NotFoundError(Message("The series of this key image is no longer indexed."))
        width, height = size
        return np.full((height, width, 3), len(self.calls), np.uint8)


@pytest.fixture
def prepared(qtbot: QtBot) -> tuple[PreparedKeyImages, Drawer]:
    owner = QWidget()
    qtbot.addWidget(owner)
    drawer = Drawer()
    runner = TaskRunner(owner, ErrorPresenter(owner))
    return PreparedKeyImages(runner, drawer, owner), drawer


def test_key_images_are_drawn_in_the_order_asked_and_kept_by_size(
    prepared: tuple[PreparedKeyImages, Drawer], qtbot: QtBot
) -> None:
    images, drawer = prepared
    first, second = _key_image("a", 1), _key_image("b", 2)
    images.want([first, second, first], SIZE)
    qtbot.waitUntil(images.idle, timeout=10_000)
    assert drawer.calls == [("a", (64, 48)), ("b", (64, 48))]
    assert images.holds(first, SIZE) and images.holds(second, SIZE)
    picture = images.image(first, SIZE)
    assert isinstance(picture, QImage) and picture.size() == SIZE
    # Asked again: nothing drawn twice. Another size is another drawing.
    images.want([first, second], SIZE)
    assert images.idle() and len(drawer.calls) == 2
    assert not images.holds(first, QSize(80, 60))
    assert images.nearest(first) is not None
    # The same key image with another stored window is not the drawing kept.
    assert not images.holds(replace(first, window_width=1500.0), SIZE)


def test_a_case_whose_marks_changed_is_drawn_again_and_a_drawing_under_way_is_dropped(
    prepared: tuple[PreparedKeyImages, Drawer], qtbot: QtBot
) -> None:
    images, drawer = prepared
    first, other = _key_image("a", 1), _key_image("b", 2)
    images.want([first, other], SIZE)
    qtbot.waitUntil(images.idle, timeout=10_000)
    kept = images.image(other, SIZE)
    images.forget_cases([1])
    assert not images.holds(first, SIZE) and images.image(other, SIZE) is kept
    # Case 1 changes again while it is being drawn, and the presentation asks for it at once:
    # the drawing under way is thrown away and a new one made.
    drawer.gate.clear()
    images.want([first], SIZE)
    qtbot.waitUntil(lambda: len(drawer.calls) == 3, timeout=10_000)
    images.forget_cases([1])
    images.want([first], SIZE)
    drawer.gate.set()
    qtbot.waitUntil(images.idle, timeout=10_000)
    assert images.holds(first, SIZE) and len(drawer.calls) == 4
    picture = images.image(first, SIZE)
    assert isinstance(picture, QImage) and picture.pixelColor(0, 0).red() == 4


def test_a_key_image_that_cannot_be_drawn_says_why_and_the_others_still_come(
    prepared: tuple[PreparedKeyImages, Drawer], qtbot: QtBot
) -> None:
    images, drawer = prepared
    drawer.missing.add("a")
    first, second = _key_image("a", 1), _key_image("b", 1)
    images.want([first, second], SIZE)
    qtbot.waitUntil(images.idle, timeout=10_000)
    reason = images.image(first, SIZE)
    assert isinstance(reason, str) and "no longer indexed" in reason
    assert isinstance(images.image(second, SIZE), QImage)


def test_the_least_recently_shown_drawings_go_first_beyond_the_budget(
    qtbot: QtBot,
) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    one_picture = QImage(SIZE, QImage.Format.Format_RGB888).sizeInBytes()
    images = PreparedKeyImages(
        TaskRunner(owner, ErrorPresenter(owner)), Drawer(), owner, budget_bytes=2 * one_picture
    )
    a, b, c = (_key_image(u, 1) for u in "abc")
    images.want([a, b], SIZE)
    qtbot.waitUntil(images.idle, timeout=10_000)
    assert images.image(a, SIZE) is not None  # shown again: b is now the oldest
    images.want([c], SIZE)
    qtbot.waitUntil(images.idle, timeout=10_000)
    assert images.holds(a, SIZE) and images.holds(c, SIZE) and not images.holds(b, SIZE)


def test_nothing_more_is_drawn_once_stopped(
    prepared: tuple[PreparedKeyImages, Drawer], qtbot: QtBot
) -> None:
    images, drawer = prepared
    drawer.gate.clear()
    images.want([_key_image("a", 1), _key_image("b", 1)], SIZE)
    qtbot.waitUntil(lambda: len(drawer.calls) == 1, timeout=10_000)
    images.stop()
    drawer.gate.set()
    qtbot.waitUntil(images.idle, timeout=10_000)
    qtbot.wait(50)
    assert [uuid for uuid, _ in drawer.calls] == ["a"]
