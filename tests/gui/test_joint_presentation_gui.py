"""Remote joint review in two app windows: presentation mode, session marks, comparison.

The workstations of ``test_joint_gui`` (the same case package received at both, a real relay
on loopback), here with a second series in the package, key images (received ones known by
the UUID they travelled under), and a meeting whose agenda holds the package's case and a
case that is not shared. Screenshots of both windows side by side go to
artifacts/screenshots/joint_presentation_*.png and joint_marks_*.png.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pydicom
import pytest
from gui_helpers import ShownDialogs, wait_for_index
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select, update
from test_joint_gui import (
    PACKAGE,
    SERIES_UID,
    WAIT,
    RunningRelay,
    axial,
    make_room,
    relay,  # noqa: F401  (the fixture)
    review_of,
    side_by_side,
    write_series,
)

from casereview.app.context import AppContext, bootstrap
from casereview.domain.annotations import AnnotationKind, ImageReference, KeyImageDraft, ViewPlane
from casereview.domain.meetings import Attendance, AttendeeDraft, MeetingDraft, QuorumRule, Role
from casereview.joint.errors import MalformedMessageError
from casereview.joint.protocol import AgendaState, SeriesState, decode, package_of
from casereview.services import annotations as annotation_service
from casereview.services import meetings as meeting_service
from casereview.services.cases import create_case_from_uids
from casereview.services.indexing import import_paths
from casereview.services.volumes import series_id_for_uid
from casereview.store.models_annotations import AnnotationRow, KeyImageRow
from casereview.store.repositories_packages import ExchangeRepository, ImportRecord
from casereview.ui.context import WorkstationContext
from casereview.ui.features.joint import JointReview, Started
from casereview.ui.features.presentation import Presenter
from casereview.ui.joint.session_dialogs import InvitationDialog
from casereview.ui.meetings.presentation import PresentationWindow
from casereview.ui.shell import ShellWindow
from casereview.ui.viewer import ViewerWidget
from casereview.ui.viewer.tool_kinds import Tool

pytestmark = [pytest.mark.gui, pytest.mark.xvfb, pytest.mark.slow]

#: The package's second series (shown beside the first for comparison).
ARTERIAL_UID = f"{SERIES_UID[:-2]}.2.1"
#: Depths (mm) of the presenter's key images of the shared case, in the order flagged.
KEY_DEPTHS = (20.0, 50.0)


def arterial_series(files: list[Path], folder: Path) -> list[Path]:
    """The same slices as a second series of the study (another phase)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number, source in enumerate(files, start=1):
        ds = pydicom.dcmread(source)
        ds.SeriesInstanceUID = ARTERIAL_UID
        ds.SOPInstanceUID = ds.file_meta.MediaStorageSOPInstanceUID = f"{ARTERIAL_UID}.{number}"
        ds.FrameOfReferenceUID = f"{SERIES_UID}.0"
        ds.SeriesNumber = 2
        ds.SeriesDescription = "Arterial"
        path = folder / source.name
        ds.save_as(path, enforce_file_format=True)
        paths.append(path)
    return paths


def key_image(ctx: AppContext, case_id: int, depth: float) -> str:
    """Flag an axial key image at ``depth`` mm; its UUID."""
    flagged = annotation_service.flag_key_image(
        ctx.db,
        case_id,
        KeyImageDraft(
            ImageReference(series_instance_uid=SERIES_UID),
            "axial",
            ViewPlane((0.0, 0.0, depth), (1.0, 0.0, 0.0), (0.0, 1.0, 0.0)),
            50.0,
            400.0,
            caption=f"Level {depth:.0f} mm",
        ),
        ctx.user.username,
    )
    return flagged.uuid


def workstation(
    home: Path, files: list[Path], institution: str, name: str, received: tuple[str, ...] = ()
) -> tuple[AppContext, int, tuple[str, ...]]:
    """A site holding the package's case (both series), a case that is not shared, and a
    meeting with both on its agenda; its meeting and its key images of the shared case.

    ``received``: the presenter's key image UUIDs; this site holds them as received, flagged
    in the other order (so only their identity can match them, not their place).
    """
    ctx = bootstrap(home)
    ctx.update_settings(
        ctx.settings.with_changes(institution_name=institution, user_display_name=name)
    )
    import_paths(
        ctx.db,
        files,
        ctx.user.username,
        staging_dir=home / "staging",
        quarantine_dir=home / "quarantine",
        workers=1,
    )
    user = ctx.user.username
    shared = create_case_from_uids(
        ctx.db, user, series_uids=[SERIES_UID, ARTERIAL_UID], title="Shared case"
    )
    other = create_case_from_uids(ctx.db, user, series_uids=[SERIES_UID], title="Local case")
    with ctx.db.writing() as session:
        ExchangeRepository(session).record_import(
            ImportRecord(PACKAGE, shared.id, "CHU Partenaire", "", "trusted", "", 80, 80, "{}", ""),
            ctx.user.id,
        )
    if received:
        keys = []
        for depth, origin in reversed(list(zip(KEY_DEPTHS, received, strict=True))):
            uuid = key_image(ctx, shared.id, depth)
            with ctx.db.writing() as session:
                session.execute(
                    update(KeyImageRow).where(KeyImageRow.uuid == uuid).values(origin_uuid=origin)
                )
            keys.append(uuid)
    else:
        keys = [key_image(ctx, shared.id, depth) for depth in KEY_DEPTHS]
    key_image(ctx, other.id, 30.0)
    meeting = meeting_service.create_meeting(
        ctx.db,
        MeetingDraft("Joint HPB MDT", datetime(2026, 12, 8, 7, 30, tzinfo=UTC), chair=name),
        QuorumRule((Role.SURGEON,), 1),
        user,
    )
    for case in (shared, other):
        meeting_service.add_case(ctx.db, meeting.id, case.id, user)
    meeting_service.add_attendee(
        ctx.db,
        meeting.id,
        AttendeeDraft(name, Role.SURGEON, "HPB surgery", "", Attendance.PRESENT),
        user,
    )
    return ctx, meeting.id, tuple(keys)


@pytest.fixture
def sites(
    qtbot: QtBot, tmp_path: Path
) -> Iterator[tuple[tuple[ShellWindow, int, tuple[str, ...]], tuple[ShellWindow, int]]]:
    """The presenter's and the follower's windows, with their meetings (and key images)."""
    portal = write_series(tmp_path / "images")
    files = [*portal, *arterial_series(portal, tmp_path / "arterial")]
    presenter_ctx, presenter_meeting, keys = workstation(
        tmp_path / "presenter", files, "CHU de Lyon", "Dr Martin"
    )
    follower_ctx, follower_meeting, _ = workstation(
        tmp_path / "follower", files, "Hôpital du Point G", "Dr Traoré", received=keys
    )
    windows = []
    for number, ctx in enumerate((presenter_ctx, follower_ctx)):
        window = ShellWindow(ctx)
        qtbot.addWidget(window)
        window.resize(950, 980)
        window.move(number * 965, 0)
        window.show()
        qtbot.waitExposed(window)
        wait_for_index(window, qtbot)
        windows.append(window)
    yield (windows[0], presenter_meeting, keys), (windows[1], follower_meeting)
    for window in windows:
        window.close()
    for ctx in (presenter_ctx, follower_ctx):
        ctx.close()


def start_and_join(
    qtbot: QtBot, running: RunningRelay, presenter: JointReview, follower: JointReview
) -> None:
    """The presenter starts a session for the package; the follower joins with the code."""
    dialogs = ShownDialogs(presenter.shell.as_widget())
    starting = presenter.start([PACKAGE], name="Dr Martin", relay_url=running.url)
    qtbot.waitUntil(lambda: starting.done, timeout=WAIT)
    assert starting.error is None
    started = starting.result
    assert isinstance(started, Started) and started.code
    invitation = dialogs.wait(qtbot, "joint_invitation", WAIT)
    assert isinstance(invitation, InvitationDialog)
    invitation.close()
    joining = follower.join_with_code(
        running.url, started.joint.session_id, started.code, name="Dr Traoré"
    )
    qtbot.waitUntil(lambda: joining.done, timeout=WAIT)
    assert joining.error is None and follower.joint is not None


def present(qtbot: QtBot, window: ShellWindow, meeting_id: int, left: int) -> PresentationWindow:
    """Open the meeting's presentation (not full screen), half a screen wide."""
    start = window.action_registry.spec("casereview.meeting.present").trigger
    presenter = getattr(start, "__self__", None)
    assert isinstance(presenter, Presenter)
    presentation = presenter.start(meeting_id, full_screen=False)
    assert presentation is not None
    qtbot.waitExposed(presentation)
    presentation.setGeometry(left, 0, 950, 980)
    return presentation


def shown_caption(window: PresentationWindow) -> str:
    """The caption the key image on screen was flagged with."""
    case = window.current
    assert case is not None and case.key_images
    return case.key_images[window.image_index].caption


def test_presentation_paging_at_the_presenter_appears_at_the_follower(
    qtbot: QtBot,
    relay: RunningRelay,  # noqa: F811 - the relay fixture, imported from nats_relay
    sites: tuple[tuple[ShellWindow, int, tuple[str, ...]], tuple[ShellWindow, int]],
) -> None:
    (presenter_window, presenter_meeting, keys), (follower_window, follower_meeting) = sites
    presenter, follower = review_of(presenter_window), review_of(follower_window)
    follower_show = present(qtbot, follower_window, follower_meeting, 965)
    start_and_join(qtbot, relay, presenter, follower)
    assert follower.presentation_link is not None

    # The presenter opens the presentation during the session: its first key image travels
    # (by the UUID it had in the package) and the follower's presentation shows the same one,
    # which is second in the follower's own list.
    presenter_show = present(qtbot, presenter_window, presenter_meeting, 0)
    assert presenter.presentation_link is not None
    assert presenter.presentation_link.agenda_state().key_image == keys[0]
    follower_show.next()  # the follower's own paging is not the session's
    qtbot.waitUntil(
        lambda: follower_show.case_index == 0 and shown_caption(follower_show) == "Level 20 mm",
        timeout=WAIT,
    )
    assert follower_show.image_index == 1 and presenter_show.image_index == 0

    # Page Down: the next key image, at both sites.
    presenter_show.next()
    qtbot.waitUntil(lambda: shown_caption(follower_show) == "Level 50 mm", timeout=WAIT)
    assert follower_show.image_index == 0
    assert follower.presentation_link.notice_text() == ""
    qtbot.wait(300)
    side_by_side("joint_presentation_shared")

    # Page Down again: a case of the agenda that is not in the session. Nothing of it travels;
    # the follower covers its key image with "not shared".
    presenter_show.next()
    assert presenter_show.case_index == 1
    link = follower.presentation_link
    qtbot.waitUntil(lambda: link.notice_text().startswith("Not shared"), timeout=WAIT)
    assert follower_show.case_index == 0
    shown = follower.joint.shown().get("agenda")
    assert isinstance(shown, AgendaState) and shown.package == "" and shown.key_image == ""
    qtbot.wait(300)
    side_by_side("joint_presentation_not_shared")

    # Page Up: back to the shared case's last key image; the notice goes.
    presenter_show.previous()
    qtbot.waitUntil(lambda: link.notice_text() == "", timeout=WAIT)
    qtbot.waitUntil(lambda: shown_caption(follower_show) == "Level 50 mm", timeout=WAIT)

    # Without a presentation open, the follower sees the key image in its viewer.
    follower_show.close()
    qtbot.waitUntil(lambda: follower.presentation_link is None, timeout=WAIT)
    qtbot.waitUntil(lambda: follower.link is not None, timeout=WAIT)
    presenter_show.previous()
    viewer = follower_window.current_viewer()
    assert viewer is not None and follower.link is not None and follower.link.viewer is viewer
    assert len(follower_window.viewers) == 1  # the session's series, opened once
    qtbot.waitUntil(
        lambda: float(viewer.session.crosshair[2]) == pytest.approx(20.0, abs=1.0), timeout=WAIT
    )
    assert follower.joint.following  # shown for the session, not looked around
    assert presenter_window.errors.current_box is None
    assert follower_window.errors.current_box is None
    presenter_show.close()
    follower.leave()
    presenter.leave()


def annotation_rows(ctx: WorkstationContext) -> int:
    """Every annotation row of a workstation (deleted ones included)."""
    with ctx.db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(AnnotationRow)) or 0)


def draw_length(qtbot: QtBot, viewer: ViewerWidget, a: np.ndarray, b: np.ndarray) -> None:
    """Draw a length measurement from ``a`` to ``b`` (LPS) on the axial view, as a user does."""
    widget = axial(viewer)
    viewer.editor.set_tool(Tool.LENGTH)
    start, end = widget.position_of(a), widget.position_of(b)
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 7):
        t = step / 6
        qtbot.mouseMove(
            widget,
            QPoint(
                round(start.x() + t * (end.x() - start.x())),
                round(start.y() + t * (end.y() - start.y())),
            ),
        )
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)
    viewer.editor.set_tool(Tool.NAVIGATE)


def test_the_drivers_marks_and_comparison_series_at_the_follower(
    qtbot: QtBot,
    relay: RunningRelay,  # noqa: F811 - the relay fixture, imported from nats_relay
    sites: tuple[tuple[ShellWindow, int, tuple[str, ...]], tuple[ShellWindow, int]],
) -> None:
    (presenter_window, _, _), (follower_window, _) = sites
    presenter, follower = review_of(presenter_window), review_of(follower_window)
    ctx = presenter_window.context
    shared = next(c.id for c in presenter_window.index.cases if c.title == "Shared case")
    assert presenter_window.select_case(shared)
    presenter_window.open_series([series_id_for_uid(ctx.db, SERIES_UID)])
    qtbot.waitUntil(lambda: presenter_window.current_viewer() is not None, timeout=WAIT)
    start_and_join(qtbot, relay, presenter, follower)
    qtbot.waitUntil(lambda: follower.link is not None and presenter.link is not None, timeout=WAIT)
    presenter_viewer = presenter_window.current_viewer()
    follower_viewer = follower_window.current_viewer()
    assert presenter_viewer is not None and follower_viewer is not None
    for viewer in (presenter_viewer, follower_viewer):
        make_room(viewer)
    follower_ctx = follower_window.context
    follower_case = next(c.id for c in follower_window.index.cases if c.title == "Shared case")
    rows_before = annotation_rows(follower_ctx)
    stored_before = annotation_service.list_annotations(follower_ctx.db, follower_case)

    # The presenter draws a length measurement: it is the presenter's own (stored there) and
    # shows at the follower as a session mark, measured on the follower's copy.
    presenter_viewer.session.set_crosshair(np.array([0.0, 0.0, 40.0]))
    qtbot.waitUntil(
        lambda: float(follower_viewer.session.crosshair[2]) == pytest.approx(40.0), timeout=WAIT
    )
    qtbot.wait(200)
    a, b = np.array([-20.0, -10.0, 40.0]), np.array([10.0, 10.0, 40.0])
    draw_length(qtbot, presenter_viewer, a, b)
    qtbot.waitUntil(lambda: len(presenter_viewer.session.annotations) == 1, timeout=WAIT)
    drawn = presenter_viewer.session.annotations[0]
    assert drawn.kind is AnnotationKind.LENGTH
    link = follower.link
    assert link is not None
    layer = link.mark_layers[axial(follower_viewer)]
    qtbot.waitUntil(lambda: drawn.uuid in link.session_marks, timeout=WAIT)
    length = drawn.measurement("length")
    assert length is not None
    text = f"Length {length.value:.1f} mm"
    qtbot.waitUntil(lambda: layer.label_texts() == [text], timeout=WAIT)
    # Kept apart from the follower's case: not in its viewer, its list or its database.
    assert follower_viewer.session.annotations == []
    assert follower_viewer.editor.layer(axial(follower_viewer)).label_texts() == []
    assert annotation_rows(follower_ctx) == rows_before
    assert annotation_service.list_annotations(follower_ctx.db, follower_case) == stored_before
    qtbot.wait(300)
    side_by_side("joint_marks_length")

    # Undone at the presenter: wiped at the follower.
    presenter_window.action_registry.action("casereview.edit.undo").trigger()
    qtbot.waitUntil(lambda: presenter_viewer.session.annotations == [], timeout=WAIT)
    qtbot.waitUntil(lambda: layer.label_texts() == [] and not link.session_marks, timeout=WAIT)

    # A comparison series put beside the presenter's appears at the follower.
    arterial = series_id_for_uid(ctx.db, ARTERIAL_UID)
    presenter_viewer.comparison_requested.emit(arterial)

    def compared() -> bool:
        comparison = follower_viewer.session.comparison
        return comparison is not None and comparison.volume.series_instance_uid == ARTERIAL_UID

    qtbot.waitUntil(compared, timeout=WAIT)
    state = presenter.joint.state().get("series") if presenter.joint else None
    assert isinstance(state, SeriesState) and state.comparison == ARTERIAL_UID
    qtbot.waitUntil(
        lambda: follower_viewer.session.layout is presenter_viewer.session.layout, timeout=WAIT
    )
    assert follower.joint is not None and follower.joint.following

    # Another mark, drawn in the compare layout; the session ends at the follower: it goes.
    draw_length(qtbot, presenter_viewer, a, np.array([15.0, -5.0, 40.0]))
    qtbot.waitUntil(lambda: len(link.session_marks) == 1, timeout=WAIT)
    qtbot.waitUntil(lambda: len(layer.label_texts()) == 1, timeout=WAIT)
    qtbot.wait(300)
    side_by_side("joint_marks_comparison")
    leaving = follower.leave()
    assert leaving is not None
    qtbot.waitUntil(lambda: leaving.done, timeout=WAIT)
    assert layer.label_texts() == [] and not link.session_marks
    assert annotation_rows(follower_ctx) == rows_before
    assert presenter_window.errors.current_box is None
    assert follower_window.errors.current_box is None
    presenter.leave()


def test_a_case_not_shared_travels_as_an_empty_agenda() -> None:
    assert decode("agenda", AgendaState("").body()) == AgendaState("")
    assert package_of(AgendaState("")) is None
    assert package_of(AgendaState(PACKAGE, "0b4f6c1e-0000-4000-8000-00000000000a")) == PACKAGE
    with pytest.raises(MalformedMessageError):
        decode("agenda", {"package": "", "key_image": "0b4f6c1e-0000-4000-8000-00000000000a"})
