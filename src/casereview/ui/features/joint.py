"""Remote joint review: the Session menu, who drives, control, pointers, participants.

A presenter starts a session for the selected case (or the open meeting's agenda) that was
exchanged as a package and invites partners (their trusted key cards, or a one-time code read
out on the phone); partners join with the invitation or the code. Every site renders from its
own copy: the view travels (:mod:`casereview.ui.joint.link`), encrypted, through the relay;
so do the case and key image on the shared screen of a presentation
(:mod:`casereview.ui.joint.presentation_link`; a partner without the presentation open sees
the key image in a viewer).
All network work runs off the UI thread (the task runner waits for the core's futures); the
core's typed errors are shown by the window's error presenter.
"""

from __future__ import annotations

import concurrent.futures
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMessageBox, QToolBar

from casereview.domain.annotations import KeyImage
from casereview.domain.progress import CancelToken, ProgressReporter
from casereview.domain.volume import Volume
from casereview.errors import ValidationError
from casereview.joint.bridge import local_series
from casereview.joint.client import (
    ConnectionState,
    ControlOutcome,
    JointSession,
    Relay,
    join_session,
    join_with_code,
    start_session,
)
from casereview.joint.errors import RelayUnreachableError
from casereview.joint.invitation import make_invitation, open_invitation, read_invitation
from casereview.joint.keys import PartnerKey, load_or_create_agreement_key, partner_keys
from casereview.joint.packages import (
    PackageBinding,
    bind_packages,
    case_packages,
    holdings_check,
)
from casereview.joint.protocol import AgendaState, SeriesState
from casereview.joint.state import (
    Connection,
    ControlChange,
    JointProblem,
    Participant,
    PointerMoved,
    StateChange,
)
from casereview.messages import Message
from casereview.services.annotations import list_key_images
from casereview.services.cases import get_case
from casereview.services.meetings import get_meeting
from casereview.services.signing import load_or_create_signing_key
from casereview.services.volumes import load_series_volume, series_id_for_uid
from casereview.ui.actions import ActionSpec
from casereview.ui.core_messages import translate_message
from casereview.ui.joint.banner import SessionBanner
from casereview.ui.joint.link import SessionEvents, ViewLink
from casereview.ui.joint.participants import ParticipantsPanel
from casereview.ui.joint.presentation_link import PresentationLink
from casereview.ui.joint.session_dialogs import (
    LOCAL_RELAY,
    InvitationDialog,
    InviteDialog,
    JoinSessionDialog,
    StartSessionDialog,
)
from casereview.ui.meetings.presentation import PresentationWindow
from casereview.ui.shell_protocol import Shell
from casereview.ui.tasks import Task
from casereview.ui.viewer import ViewerWidget

T = TypeVar("T")

#: How long starting, joining or a control change may take before it is given up (seconds).
NETWORK_TIMEOUT_S = 30.0
#: How often the banner reads whether the local view follows (the core decides it on its
#: network thread when the user changes the view while someone else drives).
FOLLOW_POLL_MS = 250
#: Width of the participants list beside the viewers (pixels).
DOCK_WIDTH = 260


def _wait(future: concurrent.futures.Future[T]) -> T:
    """The result of a core future (in a worker thread), with a relay's silence as an error."""
    try:
        return future.result(NETWORK_TIMEOUT_S)
    except concurrent.futures.TimeoutError:
        raise RelayUnreachableError(
            Message(
                "The relay did not answer within {seconds} seconds; nothing was changed.",
                seconds=int(NETWORK_TIMEOUT_S),
            )
        ) from None


def _short(packages: Sequence[str]) -> str:
    """Package ids as people compare them on the phone (their first eight characters)."""
    return ", ".join(package[:8] for package in packages)


@dataclass(frozen=True)
class Started:
    """What starting or joining gave (built in a worker thread)."""

    joint: JointSession
    bindings: dict[str, PackageBinding]
    invitation: str = ""
    code: str = ""
    invited: tuple[str, ...] = ()


class JointReview(QObject):
    """This window's part in remote joint review (at most one session at a time).

    Parameters
    ----------
    shell
        The main window.
    """

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell.as_widget())
        self.shell = shell
        self.joint: JointSession | None = None
        self.bindings: dict[str, PackageBinding] = {}
        self.link: ViewLink | None = None
        self.events: SessionEvents | None = None
        self.banner: SessionBanner | None = None
        self.banner_bar: QToolBar | None = None
        self.participants_panel: ParticipantsPanel | None = None
        self.dock: QDockWidget | None = None
        #: The series being opened for the session (linked once loaded, comparison included:
        #: a view still being arranged must not count as the user's own change).
        self._opening: Task[Any] | None = None
        #: Our UIDs of the series being opened for the session (primary, comparison).
        self._opening_for: tuple[str, str] = ("", "")
        self._prompted: set[str] = set()
        self._grant_boxes: dict[str, QMessageBox] = {}
        self._poll = QTimer(self)
        self._poll.setInterval(FOLLOW_POLL_MS)
        self._poll.timeout.connect(self._sync_following)
        #: The open presentation window (announced when shown) and its link to the session.
        self.presentation: PresentationWindow | None = None
        self.presentation_link: PresentationLink | None = None
        shell.dialog_shown.connect(self._dialog_shown)
        shell.viewer_opened.connect(self._viewer_opened)
        shell.current_viewer_changed.connect(self._current_viewer_changed)
        shell.closing.connect(self._window_closing)

    # --- state ---------------------------------------------------------------------------

    @property
    def in_session(self) -> bool:
        """Whether this window takes part in a session now."""
        return self.joint is not None

    def _context_relay(self) -> str:
        return self.shell.context.settings.joint_relay_url

    def _partners(self) -> list[PartnerKey]:
        context = self.shell.context
        return partner_keys(context.paths.keys, context.settings.trusted_keys)

    # --- starting ------------------------------------------------------------------------

    def session_packages(self) -> tuple[str, list[str]]:
        """What a session started now would show: a description and its packages.

        Raises
        ------
        ValidationError
            If neither the selected case nor the open meeting's agenda came as a package.
        """
        db = self.shell.context.db
        selection = self.shell.selection()
        if selection.case_id is not None:
            packages = case_packages(db, selection.case_id)
            if packages:
                return QCoreApplication.translate(
                    "JointReview", "Case #{case}, from case package {packages}"
                ).format(case=selection.case_id, packages=_short(packages)), packages
        if selection.meeting_id is not None:
            meeting = get_meeting(db, selection.meeting_id)
            packages = list(
                dict.fromkeys(p for item in meeting.agenda for p in case_packages(db, item.case_id))
            )
            if packages:
                return QCoreApplication.translate(
                    "JointReview", "The agenda of meeting #{meeting}, from case packages {packages}"
                ).format(meeting=selection.meeting_id, packages=_short(packages)), packages
        raise ValidationError(
            Message(
                "The selected case was never exchanged as a case package, so partners cannot "
                "show it from their own copy. Export it for them first (Case → Export case "
                "package…), or select a case imported from a partner's package."
            )
        )

    def start_dialog(self) -> StartSessionDialog | None:
        """Session → Start remote session…: choose whom to invite, then start."""
        try:
            what, packages = self.session_packages()
            partners = self._partners()
        except Exception as exc:
            self.shell.errors.present(exc)
            return None
        settings = self.shell.context.settings
        dialog = StartSessionDialog(
            what,
            packages,
            partners,
            settings.user_display_name,
            self._context_relay(),
            self.shell.as_widget(),
        )

        def accepted() -> None:
            self.start(
                dialog.packages,
                name=dialog.name.text().strip(),
                relay_url=dialog.relay_url(),
                partners=dialog.invite.chosen(),
                make_code=dialog.invite.code.isChecked(),
            )

        dialog.accepted.connect(accepted)
        self.shell.show_dialog("joint_start", dialog)
        return dialog

    def start(
        self,
        packages: Sequence[str],
        *,
        name: str,
        relay_url: str,
        partners: Sequence[PartnerKey] = (),
        make_code: bool = True,
    ) -> Task[Started]:
        """Start a session showing ``packages`` as its presenter (off the UI thread)."""
        context = self.shell.context
        db, keys, institution = context.db, context.paths.keys, context.settings.institution_name
        relay = Relay(relay_url or LOCAL_RELAY)
        chosen = list(partners)

        def work(progress: ProgressReporter, cancel: CancelToken) -> Started:
            bindings = bind_packages(db, packages)
            joint = _wait(
                start_session(
                    relay,
                    packages,
                    name=name,
                    institution=institution,
                    check=holdings_check(bindings),
                )
            )
            try:
                invitation = (
                    make_invitation(
                        joint.credentials, load_or_create_signing_key(keys), institution, chosen
                    )
                    if chosen
                    else ""
                )
                code = _wait(joint.issue_code()) if make_code else ""
            except BaseException:
                joint.leave()
                raise
            return Started(joint, bindings, invitation, code, tuple(p.institution for p in chosen))

        return self.shell.tasks.run(
            QCoreApplication.translate("JointReview", "Starting the remote session"),
            work,
            self._started,
            cancellable=False,
        )

    def _started(self, started: Started) -> None:
        self._begin(started.joint, started.bindings)
        self._show_invitation(started)
        viewer = self.shell.current_viewer()
        if viewer is not None and self._link(viewer) and self.link is not None:
            self.link.publish()
        else:
            self._open_first_series()

    def _open_first_series(self) -> None:
        binding = next(iter(self.bindings.values()), None)
        if binding is None or binding.case_id is None:
            return
        case = get_case(self.shell.context.db, binding.case_id)
        if case.series_ids:
            self._open_and_link(case.series_ids[:1])

    def _show_invitation(self, started: Started) -> None:
        if not started.invitation and not started.code:
            return
        assert self.joint is not None
        dialog = InvitationDialog(
            self.joint.session_id,
            started.code,
            started.invitation,
            started.invited,
            self.shell.as_widget(),
        )
        self.shell.show_dialog("joint_invitation", dialog)

    # --- inviting ------------------------------------------------------------------------

    def invite_dialog(self) -> InviteDialog | None:
        """Session → Invite…: another partner or another one-time code."""
        if self.joint is None:
            return None
        try:
            partners = self._partners()
        except Exception as exc:
            self.shell.errors.present(exc)
            return None
        dialog = InviteDialog(partners, self.shell.as_widget())
        dialog.accepted.connect(
            lambda: self.invite(dialog.invite.chosen(), make_code=dialog.invite.code.isChecked())
        )
        self.shell.show_dialog("joint_invite", dialog)
        return dialog

    def invite(self, partners: Sequence[PartnerKey], *, make_code: bool) -> Task[Started] | None:
        """Make an invitation for ``partners`` and/or a new one-time code (off the UI thread)."""
        joint = self.joint
        if joint is None:
            return None
        context = self.shell.context
        keys, institution = context.paths.keys, context.settings.institution_name
        chosen, bindings = list(partners), self.bindings

        def work(progress: ProgressReporter, cancel: CancelToken) -> Started:
            invitation = (
                make_invitation(
                    joint.credentials, load_or_create_signing_key(keys), institution, chosen
                )
                if chosen
                else ""
            )
            code = _wait(joint.issue_code()) if make_code else ""
            return Started(joint, bindings, invitation, code, tuple(p.institution for p in chosen))

        return self.shell.tasks.run(
            QCoreApplication.translate("JointReview", "Making the invitation"),
            work,
            self._show_invitation,
            cancellable=False,
        )

    # --- joining -------------------------------------------------------------------------

    def join_dialog(self) -> JoinSessionDialog | None:
        """Session → Join…: an invitation, or a session id and a code."""
        if self.joint is not None:
            return None
        dialog = JoinSessionDialog(
            self.shell.context.settings.user_display_name,
            self._context_relay(),
            self.shell.as_widget(),
        )

        def accepted() -> None:
            name, relay = dialog.name.text().strip(), dialog.relay_url()
            if dialog.with_invitation.isChecked():
                self.join_invitation(
                    dialog.invitation.toPlainText().strip(), name=name, relay_url=relay
                )
            else:
                self.join_with_code(
                    relay, dialog.session.text().strip(), dialog.code.text().strip(), name=name
                )

        dialog.accepted.connect(accepted)
        self.shell.show_dialog("joint_join", dialog)
        return dialog

    def join_with_code(
        self, relay_url: str, session_id: str, code: str, *, name: str
    ) -> Task[Started]:
        """Join with a one-time code (off the UI thread); the package must be here first."""
        context = self.shell.context
        db, institution = context.db, context.settings.institution_name
        relay = Relay(relay_url or LOCAL_RELAY)

        def work(progress: ProgressReporter, cancel: CancelToken) -> Started:
            bindings: dict[str, PackageBinding] = {}

            def require(packages: tuple[str, ...]) -> None:
                # Raises PackageNotHeldError before the code is used up.
                bindings.update(bind_packages(db, packages))

            def check(value: Any) -> Any:
                return holdings_check(bindings)(value)

            joint = _wait(
                join_with_code(
                    relay,
                    session_id,
                    code,
                    name=name,
                    institution=institution,
                    require=require,
                    check=check,
                )
            )
            return Started(joint, bindings)

        return self.shell.tasks.run(
            QCoreApplication.translate("JointReview", "Joining the remote session"),
            work,
            self._joined,
            cancellable=False,
        )

    def join_invitation(self, text: str, *, name: str, relay_url: str = "") -> Task[Started]:
        """Join with an invitation (off the UI thread); the package must be here first."""
        context = self.shell.context
        db, keys = context.db, context.paths.keys
        institution, trusted = context.settings.institution_name, context.settings.trusted_keys

        def work(progress: ProgressReporter, cancel: CancelToken) -> Started:
            credentials = open_invitation(text, load_or_create_agreement_key(keys), trusted)
            bindings = bind_packages(db, credentials.packages)
            invited = str(read_invitation(text).get("relay", ""))
            relay = Relay(relay_url or invited or LOCAL_RELAY)
            joint = _wait(
                join_session(
                    relay,
                    credentials,
                    name=name,
                    institution=institution,
                    check=holdings_check(bindings),
                )
            )
            return Started(joint, bindings)

        return self.shell.tasks.run(
            QCoreApplication.translate("JointReview", "Joining the remote session"),
            work,
            self._joined,
            cancellable=False,
        )

    def _joined(self, started: Started) -> None:
        self._begin(started.joint, started.bindings)
        shown = started.joint.shown()
        series = shown.get("series")
        if isinstance(series, SeriesState):
            self._show_series(series)
        agenda = shown.get("agenda")
        if isinstance(agenda, AgendaState):
            self._show_agenda(agenda)

    # --- the session's life --------------------------------------------------------------

    def _begin(self, joint: JointSession, bindings: dict[str, PackageBinding]) -> None:
        self.joint, self.bindings = joint, bindings
        self._prompted.clear()
        events = self.events = SessionEvents(joint, self)
        queued = SessionEvents.connect_queued
        queued(events.state_changed, self._state_changed)
        queued(events.control_changed, self._control_changed)
        queued(events.participants_changed, self._participants_changed)
        queued(events.pointer_moved, self._pointer_moved)
        queued(events.problem, self._problem)
        queued(events.connection_changed, self._connection_changed)
        self._show_session_widgets()
        self._control_changed(None)
        self._participants_changed(joint.participants())
        self._poll.start()
        self._link_presentation()
        self.shell.action_registry.refresh()
        self.shell.show_status(
            QCoreApplication.translate("JointReview", "In remote session {session}").format(
                session=joint.session_id
            ),
            8000,
        )

    def _show_session_widgets(self) -> None:
        window = self.shell.as_widget()
        assert self.joint is not None
        if self.banner is None and isinstance(window, QMainWindow):
            banner = self.banner = SessionBanner(window)
            banner.take_control_requested.connect(self.take_control)
            banner.release_requested.connect(self.release_control)
            banner.following_requested.connect(self.set_following)
            banner.leave_requested.connect(self.leave)
            bar = self.banner_bar = QToolBar(
                QCoreApplication.translate("JointReview", "Remote session"), window
            )
            bar.setObjectName("jointBannerBar")
            bar.setMovable(False)
            bar.setFloatable(False)
            bar.addWidget(banner)
            window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
            window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
            panel = self.participants_panel = ParticipantsPanel(window)
            panel.grant_requested.connect(self.grant)
            dock = self.dock = QDockWidget(
                QCoreApplication.translate("JointReview", "Session participants"), window
            )
            dock.setObjectName("jointParticipantsDock")
            dock.setWidget(panel)
            window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            window.resizeDocks([dock], [DOCK_WIDTH], Qt.Orientation.Horizontal)
        if self.banner is not None:
            self.banner.show_connection(ConnectionState.CONNECTED)
            self.banner.show_requested(False)
            self.banner.show_following(True)
        for widget in (self.banner_bar, self.dock):
            if widget is not None:
                widget.show()
        if self.participants_panel is not None:
            self.participants_panel.show_session(self.joint.session_id, self.joint.participant_id)

    def _teardown(self) -> None:
        self._poll.stop()
        link = self._live_link()
        if link is not None:
            link.close()
        self.link = None
        if self.presentation_link is not None:
            self.presentation_link.close()
            self.presentation_link = None
        if self.events is not None:
            self.events.detach()
            self.events.deleteLater()
            self.events = None
        for box in self._grant_boxes.values():
            box.close()
        self._grant_boxes.clear()
        self.joint, self.bindings, self._opening = None, {}, None
        for widget in (self.banner_bar, self.dock):
            if widget is not None and shiboken6.isValid(widget):
                widget.hide()
        if shiboken6.isValid(self.shell.as_widget()):
            self.shell.action_registry.refresh()

    def leave(self) -> Task[None] | None:
        """Session → Leave: the others see it; the views stay as they are."""
        joint = self.joint
        if joint is None:
            return None
        self._teardown()

        def work(progress: ProgressReporter, cancel: CancelToken) -> None:
            _wait(joint.leave())

        task = self.shell.tasks.run(
            QCoreApplication.translate("JointReview", "Leaving the remote session"),
            work,
            quiet=True,
        )
        self.shell.show_status(
            QCoreApplication.translate("JointReview", "You left the remote session"), 6000
        )
        return task

    def _window_closing(self) -> None:
        if self.joint is not None:
            joint = self.joint
            self._teardown()
            joint.leave()  # not waited for: the others see the connection go in any case

    # --- views ---------------------------------------------------------------------------

    def _binding_for(self, viewer: ViewerWidget) -> PackageBinding | None:
        """The session's package the viewer's series belongs to (``None``: none of them: it
        must not be shown to the others, its UIDs are not the package's)."""
        primary = viewer.session.primary
        if primary is None or not self.bindings:
            return None
        uid = primary.volume.series_instance_uid
        for binding in self.bindings.values():
            if binding.package_series_uid(uid) != uid:
                return binding  # we exported it under this package's UIDs
        db = self.shell.context.db
        for binding in self.bindings.values():
            if binding.case_id is not None and not binding.exported:
                if primary.info.series_id in get_case(db, binding.case_id).series_ids:
                    return binding  # received in this package: its UIDs are the package's
        return None

    def _live_link(self) -> ViewLink | None:
        """The linked viewer's link (``None`` once its tab was closed)."""
        if self.link is not None and not shiboken6.isValid(self.link):
            self.link.bridge.disconnect()
            self.link = None
        return self.link

    def _link(self, viewer: ViewerWidget) -> bool:
        """Show ``viewer`` in the session; ``False`` if its series is not the session's."""
        current = self._live_link()
        if self.joint is None or (current is not None and current.viewer is viewer):
            return current is not None
        binding = self._binding_for(viewer)
        if binding is None:
            self.shell.show_status(
                QCoreApplication.translate(
                    "JointReview",
                    "This series is not part of the session's case package: the others keep "
                    "seeing the last view shown to them.",
                ),
                10_000,
            )
            return False
        if current is not None:
            current.close()
        self.link = ViewLink(viewer, self.joint, binding)
        return True

    def _open_and_link(self, series_ids: Sequence[int]) -> None:
        """Open series for the session, and show them in it once loaded."""
        task = self.shell.open_series(series_ids)
        if task is None:
            return
        self._opening = task
        joint = self.joint

        def loaded() -> None:
            if self._opening is task:
                self._opening = None
            viewer = self.shell.current_viewer()
            if task.error is not None or viewer is None or self.joint is not joint:
                return
            if self._link(viewer) and self.link is not None and joint is not None:
                if joint.driving:
                    self.link.publish()
                else:
                    self.link.apply_shown()

        # ``finished`` comes before the viewer is given the loaded series (and its comparison).
        task.finished.connect(lambda: QTimer.singleShot(0, loaded))

    def _viewer_opened(self, viewer: object) -> None:
        # The driver's newly opened series becomes the session's (one the session asked for
        # is linked when it has loaded, see _open_and_link).
        joint = self.joint
        if joint is None or not isinstance(viewer, ViewerWidget) or self._opening is not None:
            return
        if joint.driving and self._link(viewer) and self.link is not None:
            self.link.publish()

    def _current_viewer_changed(self) -> None:
        joint = self.joint
        viewer = self.shell.current_viewer()
        if joint is None or viewer is None or not joint.driving or self._opening is not None:
            return
        current = self._live_link()
        if (current is None or current.viewer is not viewer) and self._link(viewer):
            assert self.link is not None
            self.link.publish()

    def _show_series(self, state: SeriesState) -> None:
        binding = self.bindings.get(state.package)
        if binding is None:
            return
        primary, comparison = local_series(binding, state)
        current = self._live_link()
        if current is not None and current.series_uid == primary:
            self._show_comparison(current, comparison)
            return
        for viewer in self.shell.viewers:
            loaded = viewer.session.primary
            if loaded is not None and loaded.volume.series_instance_uid == primary:
                if self._link(viewer) and self.link is not None:
                    self.link.apply_shown()
                    self._show_comparison(self.link, comparison)
                return
        db = self.shell.context.db
        try:
            ids = [series_id_for_uid(db, primary)]
            if comparison:
                ids.append(series_id_for_uid(db, comparison))
        except Exception as exc:
            self.shell.errors.present(exc)
            return
        if self._opening is not None and self._opening_for == (primary, comparison):
            return  # already on its way (the state replayed at join names it once more)
        self._opening_for = (primary, comparison)
        self._open_and_link(ids)

    def _show_comparison(self, link: ViewLink, uid: str) -> None:
        """Put the session's comparison series (our UID; ``""``: none) beside the linked one."""
        viewer = link.viewer
        shown = viewer.session.comparison
        if (shown.volume.series_instance_uid if shown is not None else "") == uid:
            return
        if not uid:
            with link.quietly():
                viewer.session.set_comparison(None)
            link.apply_shown()
            return
        db, cache = self.shell.context.db, self.shell.volume_cache
        try:
            series_id = series_id_for_uid(db, uid)
        except Exception as exc:
            self.shell.errors.present(exc)
            return

        def work(progress: ProgressReporter, cancel: CancelToken) -> Volume:
            return load_series_volume(db, series_id, cache=cache, progress=progress, cancel=cancel)

        def show(volume: Volume) -> None:
            if self._live_link() is not link or not shiboken6.isValid(viewer):
                return  # the session moved on meanwhile
            with link.quietly():  # the session's own change: no looking around
                viewer.set_comparison(volume, self.shell.index.series_info(series_id))
            link.apply_shown()

        self.shell.tasks.run(
            QCoreApplication.translate("JointReview", "Loading the comparison series"), work, show
        )

    # --- presentation --------------------------------------------------------------------

    def _dialog_shown(self, name: str, widget: object) -> None:
        if name != "presentation" or not isinstance(widget, PresentationWindow):
            return
        self.presentation = widget
        widget.closed.connect(lambda: self._presentation_closed(widget))
        if self.joint is not None:
            self._link_presentation()

    def _presentation_closed(self, window: PresentationWindow) -> None:
        if self.presentation is not window:
            return
        self.presentation = None
        if self.presentation_link is not None:
            self.presentation_link.close()
            self.presentation_link = None

    def _link_presentation(self) -> None:
        """Join the open presentation to the session: sent when driving, else paged to the
        session's case and key image."""
        window, joint = self.presentation, self.joint
        if window is None or joint is None or not shiboken6.isValid(window):
            return
        if self.presentation_link is not None:
            self.presentation_link.close()
        link = self.presentation_link = PresentationLink(window, joint, self.bindings)
        agenda = joint.shown().get("agenda")
        if joint.driving:
            link.publish()
        elif isinstance(agenda, AgendaState):
            link.show(agenda)

    def _show_agenda(self, state: AgendaState) -> None:
        """The case and key image on the presenter's shared screen: in our presentation, or
        (none open) the key image in a viewer."""
        link = self.presentation_link
        if link is not None and self.presentation is not None:
            link.show(state)
            return
        binding = self.bindings.get(state.package)
        if binding is None or binding.case_id is None:
            self.shell.show_status(
                QCoreApplication.translate(
                    "JointReview",
                    "Not shared: the presenter shows a case of the agenda that is not part of "
                    "this remote session.",
                ),
                10_000,
            )
            return
        local = binding.local_key_image(state.key_image) if state.key_image else None
        if local is None:
            return  # a case without key images: the session's series shows it
        key_image = next(
            (k for k in list_key_images(self.shell.context.db, binding.case_id) if k.uuid == local),
            None,
        )
        if key_image is not None:
            self._open_key_image(key_image)

    def _open_key_image(self, key_image: KeyImage, *, opened: bool = False) -> None:
        """Show a key image in the viewer of its series (opened first if need be, once)."""
        uid = key_image.reference.series_instance_uid
        link = self._live_link()
        if link is not None and link.series_uid == uid:
            with link.quietly():  # the session's own change: no looking around
                link.viewer.show_key_image(key_image)
            return
        for viewer in self.shell.viewers:
            loaded = viewer.session.primary
            if loaded is not None and loaded.volume.series_instance_uid == uid:
                viewer.show_key_image(key_image)
                return
        if opened:
            return  # it could not be opened: the error was shown
        if self._opening is not None:
            # The session's series is being opened: show the key image once it is there.
            self._opening.finished.connect(
                lambda: QTimer.singleShot(0, lambda: self._open_key_image(key_image))
            )
            return
        try:
            series_id = series_id_for_uid(self.shell.context.db, uid)
        except Exception as exc:
            self.shell.errors.present(exc)
            return
        # Opened beside the session's series, not in its place: the key image is what the
        # presenter's room sees, the session's view stays what the driver shows.
        task = self.shell.open_series([series_id])
        if task is not None:
            task.finished.connect(
                lambda: QTimer.singleShot(0, lambda: self._open_key_image(key_image, opened=True))
            )

    # --- events (on the UI thread) -------------------------------------------------------

    def _state_changed(self, change: StateChange) -> None:
        if self.joint is None:
            return
        link = self._live_link()
        if isinstance(change.value, SeriesState):
            self._show_series(change.value)
        elif isinstance(change.value, AgendaState):
            self._show_agenda(change.value)
        elif link is not None:
            link.apply(change)

    def _control_changed(self, change: ControlChange | None) -> None:
        joint = self.joint
        if joint is None or self.banner is None:
            return
        control = joint.control
        driver = next(
            (p for p in joint.participants() if control and p.participant_id == control.driver),
            None,
        )
        self.banner.show_control(
            control,
            driver_name=driver.name if driver else "",
            driver_institution=driver.institution if driver else "",
            driving=joint.driving,
            presenting=joint.presenting,
        )
        if change is not None:
            self._participants_changed(joint.participants())
            previous = change.previous
            if joint.driving and previous is not None and previous.driver != joint.participant_id:
                # Control came to us: our presentation's page is the session's from now on.
                if self.presentation_link is not None:
                    self.presentation_link.publish()

    def _participants_changed(self, participants: Sequence[Participant]) -> None:
        joint = self.joint
        if joint is None:
            return
        may_grant = joint.driving or joint.presenting
        if self.participants_panel is not None:
            self.participants_panel.show_participants(participants, may_grant)
        own = next((p for p in participants if p.participant_id == joint.participant_id), None)
        if self.banner is not None:
            self.banner.show_requested(bool(own and own.requesting and not own.driving))
        gone = [p.participant_id for p in participants if p.connection is Connection.LEFT]
        link = self._live_link()
        if link is not None:
            for pid in gone:
                link.remove_pointer(pid)
        asking = {p.participant_id: p for p in participants if p.requesting}
        for pid, box in list(self._grant_boxes.items()):
            if pid not in asking or not may_grant:
                box.close()
                del self._grant_boxes[pid]
        self._prompted &= set(asking)
        if may_grant:
            for pid, participant in asking.items():
                if pid not in self._prompted and pid != joint.participant_id:
                    self._prompted.add(pid)
                    self._prompt_grant(participant)
        # Who drives is named from the list: a participant announced after the control change.
        if self.banner is not None and joint.control is not None:
            driver = next((p for p in participants if p.driving), None)
            self.banner.show_control(
                joint.control,
                driver_name=driver.name if driver else "",
                driver_institution=driver.institution if driver else "",
                driving=joint.driving,
                presenting=joint.presenting,
            )

    def _prompt_grant(self, participant: Participant) -> None:
        text = (
            QCoreApplication.translate(
                "JointReview", "{name} ({institution}) asks for control."
            ).format(name=participant.name, institution=participant.institution)
            if participant.institution
            else QCoreApplication.translate("JointReview", "{name} asks for control.").format(
                name=participant.name
            )
        )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("JointReview", "Control asked for"),
            text
            + "\n"
            + QCoreApplication.translate(
                "JointReview", "Hand them control? You can take it back at any time."
            ),
            QMessageBox.StandardButton.NoButton,
            self.shell.as_widget(),
        )
        box.setObjectName("jointGrantPrompt")
        grant = box.addButton(
            QCoreApplication.translate("JointReview", "Grant control"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        grant.setObjectName("jointGrantButton")
        box.addButton(
            QCoreApplication.translate("JointReview", "Not now"), QMessageBox.ButtonRole.RejectRole
        )
        pid = participant.participant_id

        def answered() -> None:
            self._grant_boxes.pop(pid, None)
            if box.clickedButton() is grant:
                self.grant(pid)

        box.finished.connect(lambda _result: answered())
        self._grant_boxes[pid] = box
        self.shell.show_dialog("joint_grant", box)

    def _pointer_moved(self, moved: PointerMoved) -> None:
        link = self._live_link()
        if link is not None and self.joint is not None:
            link.show_pointer(moved)

    def _problem(self, problem: JointProblem) -> None:
        if self.joint is None:
            return
        if isinstance(problem.error, RelayUnreachableError):
            # The banner says the connection is lost; a message box per retry would pile up.
            self.shell.show_status(translate_message(problem.error.message), 10_000)
            return
        self.shell.errors.present(problem.error)

    def _connection_changed(self, state: ConnectionState) -> None:
        if self.banner is not None and self.joint is not None:
            self.banner.show_connection(state)

    def _sync_following(self) -> None:
        if self.joint is not None and self.banner is not None:
            self.banner.show_following(self.joint.following)
        link = self._live_link()
        if link is not None:
            link.expire_pointers()

    # --- control -------------------------------------------------------------------------

    def _control_task(self, title: str, future: concurrent.futures.Future[T]) -> Task[T]:
        def work(progress: ProgressReporter, cancel: CancelToken) -> T:
            return _wait(future)

        return self.shell.tasks.run(title, work, quiet=True)

    def take_control(self) -> Task[Any] | None:
        """The presenter takes control back at once; a participant asks for it."""
        joint = self.joint
        if joint is None:
            return None
        if joint.presenting:
            return self._control_task(
                QCoreApplication.translate("JointReview", "Taking control"),
                joint.take_control_back(),
            )
        task = self._control_task(
            QCoreApplication.translate("JointReview", "Asking for control"), joint.request_control()
        )

        def answered() -> None:
            if task.error is None and self.banner is not None and self.joint is joint:
                self.banner.show_requested(task.result is ControlOutcome.REQUESTED)

        task.finished.connect(answered)
        return task

    def release_control(self) -> Task[None] | None:
        """Hand control back to the presenter."""
        if self.joint is None:
            return None
        return self._control_task(
            QCoreApplication.translate("JointReview", "Handing back control"),
            self.joint.release_control(),
        )

    def grant(self, participant_id: str) -> Task[None] | None:
        """Hand control to a participant (presenter or driver)."""
        if self.joint is None:
            return None
        return self._control_task(
            QCoreApplication.translate("JointReview", "Handing over control"),
            self.joint.grant_control(participant_id),
        )

    def set_following(self, following: bool) -> None:
        """Follow the session, or look around on our own (Snap back shows the session)."""
        if self.joint is None:
            return
        self.joint.set_following(following)
        if self.banner is not None:
            self.banner.show_following(following)


def install(shell: Shell) -> None:
    """Add the Session menu: Start remote session, Invite, Join, Leave."""
    review = JointReview(shell)
    shell.action_registry.register_all(
        [
            ActionSpec(
                "casereview.session.start",
                QT_TRANSLATE_NOOP("actions", "&Start remote session…"),
                "session",
                review.start_dialog,
                enabled_when=lambda: (
                    not review.in_session
                    and (
                        shell.selection().case_id is not None
                        or shell.selection().meeting_id is not None
                    )
                ),
                tip=QT_TRANSLATE_NOOP(
                    "actions",
                    "Present the selected case (or the meeting's agenda), exchanged as a case "
                    "package, to partners who follow live on their own screens",
                ),
            ),
            ActionSpec(
                "casereview.session.invite",
                QT_TRANSLATE_NOOP("actions", "&Invite…"),
                "session",
                review.invite_dialog,
                enabled_when=lambda: review.in_session,
                tip=QT_TRANSLATE_NOOP(
                    "actions", "Invite another partner, or make another one-time code"
                ),
            ),
            ActionSpec(
                "casereview.session.join",
                QT_TRANSLATE_NOOP("actions", "&Join…"),
                "session",
                review.join_dialog,
                enabled_when=lambda: not review.in_session,
                tip=QT_TRANSLATE_NOOP(
                    "actions",
                    "Join a remote session with an invitation or a one-time code (the case "
                    "package must be imported first)",
                ),
            ),
            ActionSpec(
                "casereview.session.leave",
                QT_TRANSLATE_NOOP("actions", "&Leave"),
                "session",
                review.leave,
                enabled_when=lambda: review.in_session,
                separator_before=True,
                tip=QT_TRANSLATE_NOOP("actions", "Leave the remote session"),
            ),
        ]
    )
