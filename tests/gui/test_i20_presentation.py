"""Presentation on the projector (issue 20): the key image fills the screen, every measurement
can be read, Page Down shows an image prepared in advance.

A meeting of three demo cases with key images on two contrast phases is presented as the chair
does (Start presentation, then the presenter's keys) on a 1920×1080 and a 1280×720 screen, at
the normal and at the largest text size. The key image must cover most of the window and be
shown whole; the first case has fifteen measurements, each of which must be readable in the
text column after scrolling; the next case's key images must be drawn before Page Down is
pressed, and what is drawn follows a change of the case's marks made in the main window.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from gui_helpers import save_screenshot
from PySide6.QtCore import QPoint, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QImage, QWheelEvent
from PySide6.QtWidgets import QApplication, QLabel, QStyle, QWidget
from pytestqt.qtbot import QtBot

from casereview.app.context import AppContext
from casereview.demo.install import install_demo
from casereview.domain.annotations import (
    AnnotationDraft,
    AnnotationKind,
    ImageReference,
    KeyImage,
    KeyImageDraft,
    ViewPlane,
)
from casereview.domain.cases import CaseDraft
from casereview.domain.changes import Changes
from casereview.domain.meetings import Attendance, AttendeeDraft, MeetingDraft, QuorumRule
from casereview.domain.users import Role
from casereview.services import annotations as annotation_service
from casereview.services import cases as case_service
from casereview.services import meetings as meeting_service
from casereview.services.index import list_patients
from casereview.ui.features.presentation import Presenter
from casereview.ui.meetings.presentation import RESIZE_REST_MS, SCALES, PresentationWindow
from casereview.ui.shell import ShellWindow

pytestmark = pytest.mark.gui

#: Fifteen measurements of the first case, as a radiologist names them.
MEASURED = (
    "Tumour long axis",
    "Tumour short axis",
    "SMV contact length",
    "SMV calibre",
    "Portal vein calibre",
    "SMA distance",
    "Common bile duct",
    "Pancreatic duct",
    "Node 8a short axis",
    "Node 12b short axis",
    "Node 13 short axis",
    "Liver lesion segment 7",
    "Liver lesion segment 4",
    "Duodenal wall",
    "Pancreatic tail",
)

#: The image must cover at least this share of the window.
MOST_OF_THE_WINDOW = 0.55


@dataclass(frozen=True)
class Agenda:
    """The meeting presented, its cases in agenda order and their key images."""

    meeting_id: int
    case_ids: tuple[int, ...]
    key_images: tuple[tuple[KeyImage, ...], ...]


def _series_uid(context: AppContext, series_id: int) -> str:
    for patient in list_patients(context.db):
        for study in patient.studies:
            for series in study.series:
                if series.id == series_id:
                    return series.series_instance_uid
    raise AssertionError("series not indexed")


@pytest.fixture
def agenda(context: AppContext, tmp_path: Path) -> Agenda:
    """Three cases of the demo patient on a meeting's agenda, the first with 15 measurements;
    key images on the portal-venous phase (first and third case) and the arterial one."""
    user = context.user.username
    demo = install_demo(
        context.db,
        tmp_path / "demo",
        user,
        staging_dir=context.paths.imports,
        quarantine_dir=context.paths.quarantine,
        small=True,
    )
    assert demo.demo is not None
    x, y, z = demo.demo.ground_truth.tumour.centre_lps_mm
    arterial, portal = (_series_uid(context, s) for s in demo.case.series_ids[:2])
    cases = [demo.case]
    for title in ("Follow-up: liver segment 7 lesion", "Second opinion: duodenal wall"):
        cases.append(
            case_service.create_case(
                context.db,
                CaseDraft(
                    demo.case.patient_id,
                    title,
                    clinical_question="Resectable?",
                    series_ids=demo.case.series_ids,
                ),
                user,
            )
        )
    for number, name in enumerate(MEASURED):
        half = 5.0 + number
        annotation_service.create_annotation(
            context.db,
            cases[0].id,
            AnnotationDraft(
                AnnotationKind.LENGTH,
                ((x - half, y, z + 2.5 * number), (x + half, y, z + 2.5 * number)),
                ImageReference(series_instance_uid=portal),
                label=name,
            ),
            user,
        )
    flagged = []
    for case, uid, depths in (
        (cases[0], portal, (0.0, 10.0)),
        (cases[1], arterial, (-10.0, 5.0)),
        (cases[2], portal, (20.0,)),
    ):
        flagged.append(
            tuple(
                annotation_service.flag_key_image(
                    context.db,
                    case.id,
                    KeyImageDraft(
                        ImageReference(series_instance_uid=uid),
                        "axial",
                        ViewPlane((x, y, z + dz), (1.0, 0.0, 0.0), (0.0, 1.0, 0.0)),
                        50.0,
                        400.0,
                        caption=f"Level {dz:+.0f} mm",
                    ),
                    user,
                )
                for dz in depths
            )
        )
    meeting = meeting_service.create_meeting(
        context.db,
        MeetingDraft("HPB MDT", datetime.now(UTC), chair="Dr Chair"),
        QuorumRule((Role.SURGEON,), 1),
        user,
    )
    for case in cases:
        meeting_service.add_case(context.db, meeting.id, case.id, user)
    meeting_service.add_attendee(
        context.db,
        meeting.id,
        AttendeeDraft("Dr Chair", Role.SURGEON, "HPB surgery", "", Attendance.PRESENT),
        user,
    )
    return Agenda(meeting.id, tuple(c.id for c in cases), tuple(flagged))


def _present(
    qtbot: QtBot, window: ShellWindow, agenda: Agenda, size: tuple[int, int] = (1920, 1080)
) -> PresentationWindow:
    start = window.action_registry.spec("casereview.meeting.present").trigger
    presenter = getattr(start, "__self__", None)
    assert isinstance(presenter, Presenter)
    presentation = presenter.start(agenda.meeting_id, full_screen=False)
    assert presentation is not None
    qtbot.waitExposed(presentation)
    presentation.setGeometry(0, 0, *size)
    qtbot.waitUntil(lambda: (presentation.width(), presentation.height()) == size)
    presentation.activateWindow()
    qtbot.waitUntil(presentation.isActiveWindow, timeout=5000)
    presentation.setFocus()
    return presentation


def _close(qtbot: QtBot, presentation: PresentationWindow) -> None:
    presentation.activateWindow()
    qtbot.waitUntil(presentation.isActiveWindow, timeout=5000)
    presentation.setFocus()
    with qtbot.waitSignal(presentation.closed):
        qtbot.keyClick(presentation, Qt.Key.Key_Escape)


def _shown_rect(picture: QLabel) -> QRect:
    """Where the label draws its picture, in the label's coordinates."""
    pixmap = picture.pixmap()
    size = pixmap.deviceIndependentSize().toSize()
    return QStyle.alignedRect(
        picture.layoutDirection(), picture.alignment(), size, picture.contentsRect()
    )


def _wait_for_image(qtbot: QtBot, presentation: PresentationWindow) -> None:
    """Until the layout has settled and the key image on screen is drawn at the size of its
    place."""
    qtbot.wait(RESIZE_REST_MS + 50)
    qtbot.waitUntil(
        lambda: (
            presentation.prepared.idle()
            and not presentation.picture.pixmap().isNull()
            and presentation.shown_image_size() == presentation.image_size()
        ),
        timeout=60_000,
    )


def _assert_image_fills_the_window(presentation: PresentationWindow) -> None:
    picture = presentation.picture
    shown = _shown_rect(picture)
    assert picture.contentsRect().contains(shown), "the key image is cut off"
    # Aspect kept: the picture on screen has the proportions of the drawing.
    drawn = presentation.shown_image_size()
    assert drawn is not None
    assert abs(shown.width() / shown.height() - drawn.width() / drawn.height()) < 0.02
    window_area = presentation.width() * presentation.height()
    share = shown.width() * shown.height() / window_area
    assert share >= MOST_OF_THE_WINDOW, f"the key image covers {share:.0%} of the window"
    # Nothing covers it: it is inside the window and no text widget overlaps it.
    on_window = QRect(picture.mapTo(presentation, shown.topLeft()), shown.size())
    assert presentation.rect().contains(on_window)
    for label in presentation.findChildren(QLabel):
        if label is picture or not label.isVisible() or not label.text():
            continue
        place = QRect(label.mapTo(presentation, label.rect().topLeft()), label.size())
        assert not place.intersects(on_window), f"{label.text()[:30]!r} covers the key image"


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720)], ids=["1920x1080", "1280x720"])
def test_the_key_image_fills_most_of_the_screen_at_any_text_size(
    window: ShellWindow, agenda: Agenda, qtbot: QtBot, size: tuple[int, int]
) -> None:
    presentation = _present(qtbot, window, agenda, size)
    _wait_for_image(qtbot, presentation)
    _assert_image_fills_the_window(presentation)
    # The decision form fits its column: nothing of it hides behind a sideways scroll.
    assert presentation.side.horizontalScrollBar().maximum() == 0
    save_screenshot(presentation, f"i20_4_presentation_{size[0]}x{size[1]}_normal_text")
    # The presenter makes the type as large as it goes: the image stays whole and large.
    for _ in SCALES:
        qtbot.keyClick(presentation, Qt.Key.Key_Plus)
    assert presentation.scale == max(SCALES)
    _wait_for_image(qtbot, presentation)
    _assert_image_fills_the_window(presentation)
    assert presentation.side.horizontalScrollBar().maximum() == 0
    save_screenshot(presentation, f"i20_4_presentation_{size[0]}x{size[1]}_largest_text")
    # The second case at the largest type too.
    qtbot.keyClick(presentation, Qt.Key.Key_PageDown)
    qtbot.keyClick(presentation, Qt.Key.Key_PageDown)
    assert presentation.case_index == 1
    _wait_for_image(qtbot, presentation)
    _assert_image_fills_the_window(presentation)
    _close(qtbot, presentation)


def _readable_labels(scroll_widget: QWidget, viewport: QWidget) -> list[str]:
    """Texts of the labels wholly inside the visible part of a scroll area."""
    seen = viewport.rect()
    texts = []
    for label in scroll_widget.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        place = QRect(label.mapTo(viewport, label.rect().topLeft()), label.size())
        if seen.contains(place):
            texts.append(label.text())
    return texts


def _wheel_down(widget: QWidget) -> None:
    """One notch of the mouse wheel over the middle of ``widget``."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(widget.rect().center())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720)], ids=["1920x1080", "1280x720"])
def test_every_measurement_can_be_read_after_scrolling(
    window: ShellWindow, agenda: Agenda, qtbot: QtBot, size: tuple[int, int]
) -> None:
    presentation = _present(qtbot, window, agenda, size)
    for _ in range(3):  # larger type than the default: more to scroll
        qtbot.keyClick(presentation, Qt.Key.Key_Plus)
    scroll = presentation.details_scroll
    content, viewport = scroll.widget(), scroll.viewport()
    bar = scroll.verticalScrollBar()
    assert content is not None
    # From the top, one notch of the mouse wheel at a time, as the radiologist scrolls.
    bar.setValue(bar.minimum())
    read: set[str] = set()
    while True:
        qtbot.wait(20)
        read.update(_readable_labels(content, viewport))
        if bar.value() >= bar.maximum():
            break
        _wheel_down(viewport)
    text = "\n".join(read)
    unread = [name for name in MEASURED if name not in text]
    assert not unread, f"never wholly on screen: {unread}"
    # Each with its value.
    assert text.count("mm") >= len(MEASURED)
    bar.setValue(bar.maximum())
    qtbot.wait(50)
    save_screenshot(presentation, f"i20_4_presentation_{size[0]}x{size[1]}_measurements_end")
    _close(qtbot, presentation)


def test_page_down_shows_a_key_image_drawn_before_the_key_is_pressed(
    window: ShellWindow, agenda: Agenda, qtbot: QtBot
) -> None:
    presentation = _present(qtbot, window, agenda)
    _wait_for_image(qtbot, presentation)
    prepared = presentation.prepared
    size = presentation.image_size()
    # While the first case is shown, its other key image and the next case's are drawn.
    qtbot.waitUntil(prepared.idle, timeout=60_000)
    for key_image in (*agenda.key_images[0], *agenda.key_images[1]):
        assert prepared.holds(key_image, size), key_image.caption
    # Page Down to the second key image and to the next case: on screen at once.
    for case, image in ((0, 1), (1, 0)):
        qtbot.keyClick(presentation, Qt.Key.Key_PageDown)
        assert (presentation.case_index, presentation.image_index) == (case, image)
        assert not presentation.picture.pixmap().isNull(), presentation.picture.text()
        assert presentation.shown_image_size() == size
    # On the second case, the third case is drawn next; the first one is kept for Page Up.
    qtbot.waitUntil(prepared.idle, timeout=60_000)
    assert prepared.holds(agenda.key_images[2][0], size)
    qtbot.keyClick(presentation, Qt.Key.Key_PageUp)
    assert (presentation.case_index, presentation.image_index) == (0, 1)
    assert not presentation.picture.pixmap().isNull()
    save_screenshot(presentation, "i20_4_presentation_page_up_from_cache")
    _close(qtbot, presentation)


def _pixels(image: QImage) -> bytes:
    return bytes(image.convertToFormat(QImage.Format.Format_RGB888).constBits())


def test_what_is_drawn_follows_the_cases_marks_changed_in_the_main_window(
    window: ShellWindow, agenda: Agenda, context: AppContext, qtbot: QtBot
) -> None:
    presentation = _present(qtbot, window, agenda)
    _wait_for_image(qtbot, presentation)
    prepared = presentation.prepared
    qtbot.waitUntil(prepared.idle, timeout=60_000)
    size: QSize = presentation.image_size()
    first = agenda.key_images[0][0]
    before = prepared.image(first, size)
    assert isinstance(before, QImage)
    # In the main window, someone measures on the key image's plane and the main window
    # announces the change, as every edit does.
    assert first.plane is not None
    x, y, z = first.plane.origin
    annotation_service.create_annotation(
        context.db,
        first.case_id,
        AnnotationDraft(
            AnnotationKind.LENGTH,
            ((x - 40.0, y - 30.0, z), (x + 40.0, y - 30.0, z)),
            first.reference,
            label="Late measurement",
        ),
        context.user.username,
    )
    window.publish(Changes.of("annotations", [first.case_id]))
    # The list shows it, and the key image is drawn again with it.
    qtbot.waitUntil(
        lambda: any("Late measurement" in row.text() for row in presentation.measurement_rows),
        timeout=10_000,
    )
    qtbot.waitUntil(lambda: prepared.holds(first, size), timeout=60_000)
    after = prepared.image(first, size)
    assert isinstance(after, QImage) and _pixels(after) != _pixels(before)
    _wait_for_image(qtbot, presentation)
    # A key image removed in the main window leaves the presentation.
    second_case = agenda.key_images[1]
    annotation_service.remove_key_image(context.db, second_case[1].uuid, context.user.username)
    window.publish(Changes.of("key_images", [second_case[1].case_id]))
    qtbot.keyClick(presentation, Qt.Key.Key_PageDown)
    qtbot.keyClick(presentation, Qt.Key.Key_PageDown)
    assert presentation.case_index == 1
    qtbot.waitUntil(lambda: "Key image 1 of 1" in presentation.caption.text(), timeout=10_000)
    qtbot.keyClick(presentation, Qt.Key.Key_PageDown)
    assert presentation.case_index == 2
    _close(qtbot, presentation)


def test_the_decision_panel_hidden_or_on_a_second_screen_gives_its_room_to_the_text(
    window: ShellWindow, agenda: Agenda, qtbot: QtBot
) -> None:
    presentation = _present(qtbot, window, agenda)
    _wait_for_image(qtbot, presentation)
    text, side, hint = presentation.details_scroll, presentation.side, presentation.hint
    docked_height = text.height()
    assert text.geometry().bottom() < side.geometry().top() < hint.geometry().top()
    for key in (Qt.Key.Key_D, Qt.Key.Key_S):
        qtbot.keyClick(presentation, key)
        if key == Qt.Key.Key_S:
            qtbot.waitUntil(side.isWindow)
        qtbot.waitUntil(lambda: text.height() > docked_height)
        _wait_for_image(qtbot, presentation)
        _assert_image_fills_the_window(presentation)
        presentation.activateWindow()
        qtbot.waitUntil(presentation.isActiveWindow, timeout=5000)
        qtbot.keyClick(presentation, key)
        qtbot.waitUntil(lambda: side.isVisible() and not side.isWindow())
        # Back in its place: below the case's text, above the keys' legend.
        qtbot.waitUntil(
            lambda: text.geometry().bottom() < side.geometry().top() < hint.geometry().top()
        )
        assert text.height() == docked_height
    _close(qtbot, presentation)
