"""Presenting a meeting full screen, and the presenter's keys.

The keys (Page Down/Up, Home/End, +/−, D, S, V, A, L, B, F11, Esc) are registry actions of the
presentation context: they work in the presentation window, and not while a field that takes
typed keys has focus there (a letter typed into the decision form lands in the form). The
paging keys also leave the viewer's own keys alone while the viewer shown in the presentation
has focus (Page Down there moves through the slices). The same actions fill the window's
context menu.

Showing the patient's identity is never a single letter: someone who believes they are typing
into a field must not put a name on the projector. It is Ctrl+Shift+H, the context menu's
"Show or hide identity" or the button beside the identity line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from casereview.domain.changes import Changes
from casereview.ui.actions import ActionContext, ActionSpec, MarkedText
from casereview.ui.meetings.presentation import PresentationWindow
from casereview.ui.shell_protocol import Shell

#: Kinds of change to a case that alter its key images as drawn (a partner's layer included).
DRAWN_KINDS = ("annotations", "key_images", "segments", "layers")


class Presenter:
    """Opens the presentation window and routes the presenter's keys to it."""

    def __init__(self, shell: Shell) -> None:
        self.shell = shell
        self.window: PresentationWindow | None = None

    def start(
        self, meeting_id: int | None = None, *, full_screen: bool = True
    ) -> PresentationWindow | None:
        """Present a meeting (the selected one by default) full screen."""
        shell = self.shell
        if meeting_id is None:
            meeting_id = shell.selection().meeting_id
            if meeting_id is None:
                return None
        if self.window is not None:
            self.window.close()
        # With a projector connected, present there and keep the main window on the desk.
        desk = shell.as_widget().screen()
        others = [s for s in QGuiApplication.screens() if s is not desk]
        try:
            window = PresentationWindow(
                shell.context,
                meeting_id,
                shell.volume_cache,
                full_screen=full_screen,
                screen=others[0] if others else None,
            )
        except Exception as exc:
            shell.errors.present(exc)
            return None
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        shell.action_registry.attach(ActionContext.PRESENTATION, window)
        window.closed.connect(lambda: self._closed(window))
        # A decision saved, signed or amended moves its case on in the case list at once.
        window.form.decision_changed.connect(
            lambda _decision: shell.publish(Changes.of("decisions", [meeting_id]))
        )
        self.window = window
        window.show()
        window.activateWindow()
        window.setFocus()
        shell.dialog_shown.emit("presentation", window)
        return window

    def _closed(self, window: PresentationWindow) -> None:
        if self.window is window:
            self.window = None
        # Decisions were taken: the Meetings window shows them.
        self.shell.publish(Changes.of("decisions", [window.meeting_id]))

    def close(self) -> None:
        """Close the presentation (the main window is closing)."""
        if self.window is not None:
            self.window.close()

    def follow(self, changes: Changes) -> None:
        """Attendance changed in the Meetings window: update quorum and participants; a case's
        marks or key images changed in the main window: show them as they are now."""
        window = self.window
        if window is None:
            return
        if changes.touches("meetings", window.meeting_id):
            window.refresh_attendance()
        redrawn = [
            case_id
            for case_id in window.case_ids
            if any(changes.touches(kind, case_id) for kind in DRAWN_KINDS)
        ]
        # A case's title, question or status changed: its text is read again, its key images
        # as drawn stay.
        retold = [c for c in window.case_ids if changes.touches("cases", c) and c not in redrawn]
        if redrawn or retold:
            window.refresh_cases(redrawn)

    def act(self, step: Callable[[PresentationWindow], object]) -> Callable[[], None]:
        """A trigger applying ``step`` to the open presentation."""

        def trigger() -> None:
            if self.window is not None:
                step(self.window)

        return trigger

    def viewer_has_focus(self) -> bool:
        """Whether the keyboard focus is in the viewer shown inside the presentation."""
        window = self.window
        focus = QApplication.focusWidget()
        return bool(window and window.viewer and focus and window.viewer.isAncestorOf(focus))


def _toggle_full_screen(window: PresentationWindow) -> None:
    if window.isFullScreen():
        window.showNormal()
    else:
        window.showFullScreen()


@dataclass(frozen=True)
class PresenterKey:
    """One presenter key: what it does to the presentation window."""

    name: str
    text: MarkedText
    step: Callable[[PresentationWindow], object]
    key: str
    more_keys: tuple[str, ...] = ()
    #: Paging keys leave the viewer's own keys alone while it has focus.
    paging: bool = False


PRESENTER_KEYS = (
    PresenterKey(
        "next",
        QT_TRANSLATE_NOOP("actions", "Next"),
        PresentationWindow.next,
        "PgDown",
        paging=True,
    ),
    PresenterKey(
        "previous",
        QT_TRANSLATE_NOOP("actions", "Previous"),
        PresentationWindow.previous,
        "PgUp",
        paging=True,
    ),
    PresenterKey(
        "first",
        QT_TRANSLATE_NOOP("actions", "First case"),
        lambda w: w.show_case(0),
        "Home",
        paging=True,
    ),
    PresenterKey(
        "last",
        QT_TRANSLATE_NOOP("actions", "Last case"),
        lambda w: w.show_case(len(w.summary.cases) - 1),
        "End",
        paging=True,
    ),
    PresenterKey(
        "identity",
        QT_TRANSLATE_NOOP("actions", "Show or hide identity"),
        PresentationWindow.toggle_identity,
        "Ctrl+Shift+H",
    ),
    PresenterKey(
        "larger",
        QT_TRANSLATE_NOOP("actions", "Larger text"),
        lambda w: w.change_scale(1),
        "+",
        ("=",),
    ),
    PresenterKey(
        "smaller",
        QT_TRANSLATE_NOOP("actions", "Smaller text"),
        lambda w: w.change_scale(-1),
        "-",
        ("_",),
    ),
    PresenterKey(
        "decision_panel",
        QT_TRANSLATE_NOOP("actions", "Decision panel"),
        PresentationWindow.toggle_decision_panel,
        "D",
    ),
    PresenterKey(
        "second_screen",
        QT_TRANSLATE_NOOP("actions", "Decision on second screen"),
        PresentationWindow.toggle_second_screen,
        "S",
    ),
    PresenterKey(
        "viewer", QT_TRANSLATE_NOOP("actions", "Viewer"), PresentationWindow.toggle_viewer, "V"
    ),
    PresenterKey(
        "assessment",
        QT_TRANSLATE_NOOP("actions", "Resectability assessment"),
        PresentationWindow.toggle_assessment,
        "A",
    ),
    PresenterKey(
        "liver_plan",
        QT_TRANSLATE_NOOP("actions", "Liver resection plan"),
        PresentationWindow.toggle_liver_plan,
        "L",
    ),
    PresenterKey(
        "blank",
        QT_TRANSLATE_NOOP("actions", "Blank screen"),
        PresentationWindow.toggle_blank,
        "B",
        (".",),
    ),
    PresenterKey(
        "full_screen", QT_TRANSLATE_NOOP("actions", "Full screen"), _toggle_full_screen, "F11"
    ),
    PresenterKey(
        "leave",
        QT_TRANSLATE_NOOP("actions", "Leave the presentation"),
        PresentationWindow.close,
        "Esc",
    ),
)


def key_specs(presenter: Presenter) -> list[ActionSpec]:
    """The presenter's keys as registry actions of the presentation context."""
    return [
        ActionSpec(
            f"casereview.presentation.{key.name}",
            key.text,
            None,
            presenter.act(key.step),
            shortcut=key.key,
            more_shortcuts=key.more_keys,
            context=ActionContext.PRESENTATION,
            enabled_when=(lambda: not presenter.viewer_has_focus()) if key.paging else None,
            separator_before=key.name == "identity",
        )
        for key in PRESENTER_KEYS
    ]


def install(shell: Shell) -> None:
    """Add Start presentation and the presenter's keys."""
    presenter = Presenter(shell)
    shell.changed.connect(presenter.follow)
    shell.closing.connect(presenter.close)
    shell.action_registry.register_all(
        [
            ActionSpec(
                "casereview.meeting.present",
                QT_TRANSLATE_NOOP("actions", "Start &presentation"),
                "meeting",
                presenter.start,
                shortcut="Ctrl+Shift+P",
                enabled_when=lambda: shell.selection().meeting_id is not None,
                tip=QT_TRANSLATE_NOOP(
                    "actions",
                    "Present the selected meeting full screen on the shared screen "
                    "(identity hidden)",
                ),
            ),
            *key_specs(presenter),
        ]
    )
