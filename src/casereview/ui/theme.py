"""The dark theme used while a meeting is presented, set for the whole application.

Drop-down lists, message boxes (the sign-off confirmation, errors), menus, tool tips and input
dialogs are windows of their own: a style sheet or palette on the presentation window does not
reach all of them, which is how white text ended up on light grey popups. The dark theme is
therefore the application's palette (with the Fusion style, which draws every control from the
palette on every platform), set while a presentation is open and put back when the last one
closes.

Colours are chosen for contrast: normal text is at least 4.5:1 against its background (WCAG
AA); disabled text is visibly dimmer, on a background that differs from an editable field's.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QToolTip

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

#: Colours of active and inactive widgets.
DARK_COLOURS: dict[QPalette.ColorRole, str] = {
    Role.Window: "#1e1e1e",
    Role.WindowText: "#f2f2f2",
    Role.Base: "#0d0d0d",
    Role.AlternateBase: "#262626",
    Role.Text: "#ffffff",
    Role.PlaceholderText: "#a6a6a6",
    Role.Button: "#333333",
    Role.ButtonText: "#ffffff",
    Role.BrightText: "#ffd400",
    Role.ToolTipBase: "#2b2b2b",
    Role.ToolTipText: "#ffffff",
    Role.Highlight: "#ffd400",
    Role.HighlightedText: "#000000",
    Role.Link: "#7fdbff",
    Role.LinkVisited: "#c9a7ff",
    Role.Light: "#4a4a4a",
    Role.Midlight: "#3a3a3a",
    Role.Mid: "#2a2a2a",
    Role.Dark: "#111111",
    Role.Shadow: "#000000",
}

#: Colours of disabled widgets: dimmer text on a flat background, so a field that cannot be
#: typed into does not look like one that can.
DARK_DISABLED_COLOURS: dict[QPalette.ColorRole, str] = {
    Role.WindowText: "#7a7a7a",
    Role.Text: "#7a7a7a",
    Role.ButtonText: "#7a7a7a",
    Role.Base: "#262626",
    Role.Button: "#262626",
    Role.PlaceholderText: "#5c5c5c",
    Role.Highlight: "#4d4d4d",
    Role.HighlightedText: "#a0a0a0",
}


def dark_palette() -> QPalette:
    """The presentation's palette for every widget of the application."""
    palette = QPalette()
    for group in (Group.Active, Group.Inactive, Group.Disabled):
        for role, colour in DARK_COLOURS.items():
            palette.setColor(group, role, QColor(colour))
    for role, colour in DARK_DISABLED_COLOURS.items():
        palette.setColor(Group.Disabled, role, QColor(colour))
    return palette


def relative_luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an opaque colour (0 black … 1 white)."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def contrast_ratio(foreground: QColor, background: QColor) -> float:
    """WCAG 2 contrast ratio of two colours (1 … 21; 4.5 is the AA minimum for text)."""
    lighter, darker = sorted(
        (relative_luminance(foreground), relative_luminance(background)), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)


@dataclass
class _Saved:
    palette: QPalette
    tool_tip_palette: QPalette
    style_name: str


class DarkTheme:
    """Puts the whole application in the dark theme while at least one holder wants it.

    Each presentation window calls :meth:`acquire` when it opens and :meth:`release` when it
    closes; the application's own palette, tool tip palette and style come back after the last
    release.
    """

    _holders = 0
    _saved: _Saved | None = None

    @classmethod
    def acquire(cls) -> None:
        """Switch the application to the dark theme (or keep it there)."""
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        cls._holders += 1
        if cls._holders > 1:
            return
        cls._saved = _Saved(app.palette(), QToolTip.palette(), app.style().name())
        if app.style().name().lower() != "fusion":
            fusion = QStyleFactory.create("Fusion")
            if fusion is not None:
                app.setStyle(fusion)
        palette = dark_palette()
        app.setPalette(palette)
        QToolTip.setPalette(palette)

    @classmethod
    def release(cls) -> None:
        """Give up the dark theme; the last holder restores the application's own."""
        app = QApplication.instance()
        if not isinstance(app, QApplication) or cls._holders == 0:
            return
        cls._holders -= 1
        if cls._holders or cls._saved is None:
            return
        saved, cls._saved = cls._saved, None
        if app.style().name().lower() != saved.style_name.lower():
            style = QStyleFactory.create(saved.style_name)
            if style is not None:
                app.setStyle(style)
        app.setPalette(saved.palette)
        QToolTip.setPalette(saved.tool_tip_palette)

    @classmethod
    def active(cls) -> bool:
        """Whether the application is in the dark theme now."""
        return cls._holders > 0
