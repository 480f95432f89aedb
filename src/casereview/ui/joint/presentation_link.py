"""The presentation window joined to a session: the agenda case and key image on screen.

The participant in control sends, each time another case or key image comes on screen, the
case's package and the UUID the key image travelled under in it
(:class:`~casereview.joint.protocol.AgendaState`: never a local id, never identity). A case of
the agenda that is not part of the session is sent as "not shared" (an empty package): the
others cover their key image with a notice instead of showing a case the presenter left.
Followers page their own presentation to the same case and key image of their own copy.
"""

from __future__ import annotations

from collections.abc import Mapping

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel

from casereview.joint.client import JointSession
from casereview.joint.packages import PackageBinding
from casereview.joint.protocol import AgendaState
from casereview.ui.meetings.presentation import PresentationWindow


class PresentationLink(QObject):
    """One presentation window joined to a session.

    Parameters
    ----------
    window
        The open presentation.
    joint
        The session.
    bindings
        The session's packages, by package id.
    """

    def __init__(
        self,
        window: PresentationWindow,
        joint: JointSession,
        bindings: Mapping[str, PackageBinding],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.joint = joint
        self.bindings = dict(bindings)
        self._by_case = {b.case_id: b for b in self.bindings.values() if b.case_id is not None}
        self._sent: AgendaState | None = None
        self._applying = False
        # Page Up to the previous case shows its first key image, then its last one: what
        # leaves is what the window settles at.
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.send)
        window.page_changed.connect(self._paged)
        #: Covers the key image when what the presenter shows cannot be shown here.
        self.notice = QLabel(window.stage)
        self.notice.setObjectName("jointAgendaNotice")
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice.setWordWrap(True)
        self.notice.setAutoFillBackground(True)
        self.notice.setStyleSheet(
            "QLabel#jointAgendaNotice { background: #000000; color: #ffd400; }"
        )
        self.notice.hide()
        window.stage.installEventFilter(self)

    # --- sending -------------------------------------------------------------------------

    def agenda_state(self) -> AgendaState:
        """What the window shows, as the session names it."""
        case = self.window.current
        binding = self._by_case.get(case.case.id) if case is not None else None
        if case is None or binding is None:
            return AgendaState("")  # not a case of the session: named by nothing
        key = ""
        if case.key_images:
            shown = case.key_images[min(self.window.image_index, len(case.key_images) - 1)]
            key = binding.package_key_image(shown.uuid)
        return AgendaState(binding.package_id, key)

    def _paged(self) -> None:
        if not self._applying:
            self._pending.start()

    def send(self) -> None:
        """Show the case and key image on screen to the others (when in control)."""
        if not shiboken6.isValid(self.window) or not self.joint.driving:
            return
        state = self.agenda_state()
        if state != self._sent:
            self._sent = state
            self.joint.change(state)

    def publish(self) -> None:
        """Send what is on screen now, even if it was sent before (becoming the driver)."""
        self._sent = None
        self.send()

    # --- showing -------------------------------------------------------------------------

    def show(self, state: AgendaState) -> bool:
        """Page to the case and key image the session shows.

        Returns
        -------
        bool
            Whether it is on screen (else a notice says why not).
        """
        if not shiboken6.isValid(self.window):
            return False
        if not state.package:
            self._notice(
                QCoreApplication.translate(
                    "JointReview",
                    "Not shared: the presenter shows a case of the agenda that is not part of "
                    "this remote session.",
                )
            )
            return False
        binding = self.bindings.get(state.package)
        cases = self.window.summary.cases
        index = next(
            (
                i
                for i, case in enumerate(cases)
                if binding is not None and case.case.id == binding.case_id
            ),
            None,
        )
        if binding is None or index is None:
            self._notice(
                QCoreApplication.translate(
                    "JointReview",
                    "The presenter shows a case that is not on the agenda of the meeting "
                    "presented here. Present the meeting the case is on to see it.",
                )
            )
            return False
        image = 0
        if state.key_image:
            local = binding.local_key_image(state.key_image)
            image = next((i for i, k in enumerate(cases[index].key_images) if k.uuid == local), 0)
        self.notice.hide()
        self._applying = True
        try:
            self.window.show_key_image(index, image)
        finally:
            self._applying = False
        return True

    def _notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setGeometry(self.window.stage.rect())
        self.notice.raise_()
        self.notice.show()

    def notice_text(self) -> str:
        """The notice over the key image (``""``: none; the session's case is shown)."""
        return self.notice.text() if self.notice.isVisible() else ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The notice covers the whole place of the key image."""
        if event.type() == QEvent.Type.Resize and shiboken6.isValid(self.window):
            self.notice.setGeometry(self.window.stage.rect())
        return False

    # --- end -----------------------------------------------------------------------------

    def close(self) -> None:
        """Stop linking the window (the session ended, or the window closes)."""
        self._pending.stop()
        if not shiboken6.isValid(self.window):
            return
        self.window.page_changed.disconnect(self._paged)
        self.window.stage.removeEventFilter(self)
        if shiboken6.isValid(self.notice):
            self.notice.hide()
            self.notice.deleteLater()
