"""Saving a form as it is typed: a moment after the last change, and at once when asked.

The Meetings window's meeting details and each case's preparation use it instead of Save
buttons. A label beside the form says honestly where it stands ("Saving…", "Saved", or why it
was not saved); each save is one change set, so the audit trail gets one record per pause in
typing rather than one per keystroke.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QLabel

from casereview.errors import CasereviewError, EditConflictError, ValidationError
from casereview.ui.core_messages import translate_message
from casereview.ui.errors import ErrorPresenter

#: Colours of the state: saved (green) and not saved (red); "Saving…" stays neutral.
SAVED_STYLE = "color: #0a6b2e;"
FAILED_STYLE = "color: #b00020; font-weight: bold;"


class AutoSave(QObject):
    """Calls ``save`` after a pause in typing, or at :meth:`flush`, and shows the state.

    Parameters
    ----------
    save
        Stores the form; raises a :class:`~casereview.errors.CasereviewError` to refuse.
    state
        The label that shows "Saving…", "Saved" or why it was not saved.
    errors
        Where a failure is shown (once, not at every pause).
    delay_ms
        The pause after the last change before ``save`` runs.
    """

    def __init__(
        self,
        save: Callable[[], object],
        state: QLabel,
        errors: ErrorPresenter,
        delay_ms: int,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.state = state
        self.errors = errors
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(lambda: self.save_now(quietly=True))
        #: Whether the form holds changes that are not stored yet.
        self.pending = False
        self._filling = False
        self._failure_shown = False

    def edited(self, *_: object) -> None:
        """The user changed the form: save after the pause (filling it in is not a change)."""
        if self._filling:
            return
        self.pending = True
        self.state.setStyleSheet("")
        self.state.setText(QCoreApplication.translate("Meetings", "Saving…"))
        self.timer.start()

    @contextmanager
    def filling(self, *, shown: bool = True) -> Iterator[None]:
        """Fill the form from what is stored: no save, and the state says "Saved" after
        (nothing when ``shown`` is false, i.e. the form is empty)."""
        self.timer.stop()
        self._filling = True
        try:
            yield
        finally:
            self._filling = False
        self.pending = False
        self._show_saved(shown)

    def flush(self) -> bool:
        """Save pending changes now (the form is about to show something else or close);
        whether nothing is left unsaved."""
        if not self.pending:
            self.timer.stop()
            return True
        return self.save_now(quietly=False)

    def save_now(self, *, quietly: bool) -> bool:
        """Save the form; a refusal is shown in the state and, unless ``quietly`` (a pause in
        typing) or shown before, as a message. Returns whether it was stored."""
        self.timer.stop()
        try:
            self._save()
        except Exception as exc:
            self._show_failure(exc, quietly=quietly)
            return False
        self.pending = False
        self._failure_shown = False
        self._show_saved(True)
        return True

    def hold(self, reason: str) -> None:
        """Keep the form's changes unsaved until the user saves them (:meth:`save_now`) or
        leaves the form (:meth:`flush`), with ``reason`` (translated) beside it: after an edit
        conflict the user must read the other version before theirs goes over it."""
        self.timer.stop()
        self.pending = True
        self.state.setStyleSheet(FAILED_STYLE)
        self.state.setText(reason)

    def _show_saved(self, shown: bool) -> None:
        self.state.setStyleSheet(SAVED_STYLE)
        self.state.setText(QCoreApplication.translate("Meetings", "Saved") if shown else "")

    def _show_failure(self, exc: Exception, *, quietly: bool) -> None:
        self.state.setStyleSheet(FAILED_STYLE)
        if isinstance(exc, EditConflictError):
            # The editor's conflict bar says who changed what; beside the form, the gist.
            reason = translate_message(exc.title)
        elif isinstance(exc, CasereviewError):
            reason = translate_message(exc.message)
        else:
            reason = QCoreApplication.translate("Meetings", "see the message")
        self.state.setText(
            QCoreApplication.translate("Meetings", "Not saved: {reason}").format(reason=reason)
        )
        # Input still being typed (an empty title) is only shown beside the form; anything
        # else, or leaving the form with it unsaved, is shown once as a message too.
        if quietly and isinstance(exc, ValidationError):
            return
        if not self._failure_shown or not quietly:
            self._failure_shown = True
            self.errors.present(exc)
