"""Key images of a presented meeting, drawn off the UI thread before they are needed.

Drawing a key image means reading its series (a second or more for a CT that is not in memory
yet) and rendering the plane offscreen; done when Page Down is pressed, the room waited for it.
The presentation therefore asks for the images around the slide on screen (the case's other key
images, then the next case's, then the previous one's) while the current one is shown, and
Page Down finds them drawn.

Images are kept by key image and pixel size (the place on screen changes with the window, not
with the text size), least recently used first out beyond a memory budget. A key image whose
stored view changed is drawn again (the stored key image is part of what is kept); when a case's
marks change, the presentation forgets that case's images, and a drawing that was under way for
it is thrown away when it arrives.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, QSize, Signal
from PySide6.QtGui import QImage

from casereview.domain.annotations import KeyImage
from casereview.domain.progress import CancelToken, ProgressReporter
from casereview.errors import CasereviewError
from casereview.render.key_images import render_key_image
from casereview.services.annotations import key_image_scene_masks, list_annotations
from casereview.services.volumes import VolumeCache, load_series_volume, series_id_for_uid
from casereview.store.database import Database
from casereview.ui.core_messages import translate_message
from casereview.ui.tasks import TaskRunner

#: Draws one key image at ``(width, height)`` pixels as RGB rows, top row first; raises
#: CasereviewError when it cannot (series gone, another series).
KeyImageDrawer = Callable[[KeyImage, tuple[int, int]], np.ndarray]

#: Memory for drawn key images: about 80 images of a 1920×1080 screen's image area.
DEFAULT_BUDGET_BYTES = 320 * 2**20


def key_image_drawer(db: Database, volumes: VolumeCache) -> KeyImageDrawer:
    """Draw key images from their series with the case's marks as they are now.

    Parameters
    ----------
    db
        The case database.
    volumes
        The application's volume cache: a series already open in the main window is not read
        again, and the series read here are there for the viewer.
    """

    def draw(key_image: KeyImage, size: tuple[int, int]) -> np.ndarray:
        series_id = series_id_for_uid(db, key_image.reference.series_instance_uid)
        volume = load_series_volume(db, series_id, cache=volumes)
        # Read at each drawing, not kept: a mark added since must be on the image.
        annotations = list_annotations(db, key_image.case_id)
        # A 3-D key image draws the surfaces its scene kept, from the segments' masks.
        masks = key_image_scene_masks(db, key_image)
        return render_key_image(volume, key_image, size, annotations=annotations, masks=masks)

    return draw


@dataclass(frozen=True, slots=True)
class _Drawn:
    """A key image drawn at one size, or why it could not be drawn."""

    key_image: KeyImage
    picture: QImage | str

    @property
    def nbytes(self) -> int:
        return self.picture.sizeInBytes() if isinstance(self.picture, QImage) else 0


@dataclass(frozen=True, slots=True)
class _Request:
    key_image: KeyImage
    width: int
    height: int
    #: The case's generation when the drawing began (see ``PreparedKeyImages.forget_cases``).
    stamp: tuple[int, int] = (0, 0)

    @property
    def key(self) -> tuple[str, int, int]:
        return (self.key_image.uuid, self.width, self.height)


class PreparedKeyImages(QObject):
    """Key images drawn ahead of time, one after another on the task runner's threads.

    Parameters
    ----------
    tasks
        Runs the drawing off the UI thread, quietly (no progress dialog on the projector).
    draw
        Draws one key image at a size.
    budget_bytes
        Memory for the drawn images; the least recently used go first beyond it.
    """

    #: A key image was drawn (or found impossible to draw); its UUID.
    drawn = Signal(str)

    def __init__(
        self,
        tasks: TaskRunner,
        draw: KeyImageDrawer,
        parent: QObject | None = None,
        *,
        budget_bytes: int = DEFAULT_BUDGET_BYTES,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.draw = draw
        self.budget_bytes = budget_bytes
        self.pictures: OrderedDict[tuple[str, int, int], _Drawn] = OrderedDict()
        self.waiting: list[_Request] = []
        self.drawing: _Request | None = None
        #: Bumped for a case whose marks changed (``epoch``: for every case): drawings
        #: started before are stale.
        self.generations: dict[int, int] = {}
        self.epoch = 0
        self.stopped = False

    # --- what is held ---------------------------------------------------------------------

    def image(self, key_image: KeyImage, size: QSize) -> QImage | str | None:
        """The drawing of ``key_image`` at ``size`` pixels, the reason it cannot be drawn, or
        ``None`` when it is not drawn yet."""
        key = (key_image.uuid, size.width(), size.height())
        held = self.pictures.get(key)
        if held is None or held.key_image != key_image:
            return None
        self.pictures.move_to_end(key)
        return held.picture

    def holds(self, key_image: KeyImage, size: QSize) -> bool:
        """Whether ``key_image`` is drawn (or known not drawable) at ``size`` pixels."""
        return self.image(key_image, size) is not None

    def nearest(self, key_image: KeyImage) -> QImage | None:
        """The most recent drawing of ``key_image`` at any size, to show scaled while the
        drawing at the right size is made (after the window was resized)."""
        for (uuid, _width, _height), held in reversed(self.pictures.items()):
            if (
                uuid == key_image.uuid
                and held.key_image == key_image
                and isinstance(held.picture, QImage)
            ):
                return held.picture
        return None

    def stop(self) -> None:
        """Draw nothing more (the presentation is closing); what is being drawn ends alone."""
        self.waiting = []
        self.stopped = True

    def idle(self) -> bool:
        """Whether nothing is being drawn or waiting to be."""
        return self.drawing is None and not self.waiting

    # --- what to draw ---------------------------------------------------------------------

    def want(self, key_images: Sequence[KeyImage], size: QSize) -> None:
        """Draw ``key_images`` at ``size`` pixels, in this order, instead of what was waiting.

        Those already drawn are skipped; the one being drawn is finished (it is usually among
        them, and stopping VTK halfway saves nothing).
        """
        if size.width() < 1 or size.height() < 1:
            return
        width, height = size.width(), size.height()
        drawing = self.drawing
        waiting: dict[str, _Request] = {}
        for key_image in key_images:
            # A drawing under way is awaited unless its case changed since it began.
            under_way = (
                drawing is not None
                and drawing.key_image == key_image
                and (drawing.width, drawing.height) == (width, height)
                and drawing.stamp == self._stamp(key_image.case_id)
            )
            if key_image.uuid in waiting or under_way or self.holds(key_image, size):
                continue
            waiting[key_image.uuid] = _Request(key_image, width, height)
        self.waiting = list(waiting.values())
        self._next()

    def forget_cases(self, case_ids: Iterable[int] | None) -> None:
        """Drop the drawings of these cases' key images (every case for ``None``): their marks
        or key images changed. A drawing under way for them is thrown away when it ends."""
        cases = None if case_ids is None else frozenset(case_ids)

        def stale(key_image: KeyImage) -> bool:
            return cases is None or key_image.case_id in cases

        for key in [k for k, held in self.pictures.items() if stale(held.key_image)]:
            del self.pictures[key]
        self.waiting = [r for r in self.waiting if not stale(r.key_image)]
        if cases is None:
            self.epoch += 1
        else:
            for case_id in cases:
                self.generations[case_id] = self.generations.get(case_id, 0) + 1

    def _stamp(self, case_id: int) -> tuple[int, int]:
        return (self.epoch, self.generations.get(case_id, 0))

    # --- drawing --------------------------------------------------------------------------

    def _next(self) -> None:
        if self.drawing is not None or not self.waiting or self.stopped:
            return
        waiting = self.waiting.pop(0)
        request = replace(waiting, stamp=self._stamp(waiting.key_image.case_id))
        self.drawing = request
        draw = self.draw

        def work(progress: ProgressReporter, cancel: CancelToken) -> QImage | Exception:
            cancel.raise_if_cancelled()
            try:
                pixels = draw(request.key_image, (request.width, request.height))
            except (CasereviewError, OSError) as exc:
                return exc
            rgb = np.ascontiguousarray(pixels[..., :3], dtype=np.uint8)
            height, width = rgb.shape[:2]
            # QImage is reentrant: converting here keeps the copy off the UI thread.
            return QImage(rgb.data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()

        def done(result: QImage | Exception) -> None:
            self.drawing = None
            fresh = self._stamp(request.key_image.case_id) == request.stamp
            if fresh:
                self._keep(request, result if isinstance(result, QImage) else _reason(result))
            self._next()
            if fresh:
                self.drawn.emit(request.key_image.uuid)

        task = self.tasks.run(
            QCoreApplication.translate("Meetings", "Drawing key images"), work, done, quiet=True
        )
        task.finished.connect(lambda: self._ended(request, task.error))

    def _ended(self, request: _Request, error: BaseException | None) -> None:
        # A failure the drawing did not expect is shown by the runner; the others still come.
        if error is not None and self.drawing is request:
            self.drawing = None
            self._next()

    def _keep(self, request: _Request, picture: QImage | str) -> None:
        self.pictures[request.key] = _Drawn(request.key_image, picture)
        self.pictures.move_to_end(request.key)
        total = sum(held.nbytes for held in self.pictures.values())
        while total > self.budget_bytes and len(self.pictures) > 1:
            _key, oldest = self.pictures.popitem(last=False)
            total -= oldest.nbytes


def _reason(error: Exception) -> str:
    """Why a key image cannot be drawn, in words for the room (a file error's text may name a
    folder, which can carry a patient's name: it is not shown)."""
    if isinstance(error, CasereviewError):
        return translate_message(error.message)
    return QCoreApplication.translate("Meetings", "its images could not be read")
