"""Helpers for widget tests."""

from __future__ import annotations

from pathlib import Path

SCREENSHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"


def save_screenshot(widget: object, name: str) -> Path:
    """Save a picture of ``widget`` under artifacts/screenshots for a person to look at."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


def save_screen(widget: object, name: str) -> Path:
    """Save the whole screen ``widget`` is on (its dialogs and other windows included)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    assert widget.screen().grabWindow(0).save(str(path))
    return path


def refresh(window: object, qtbot: object, timeout: int = 20_000) -> None:
    """Read the index and cases again and wait until the browser shows them (the reading runs
    off the UI thread)."""
    task = window.refresh()
    qtbot.waitUntil(lambda: task.done, timeout=timeout)
    assert task.error is None, task.error


def wait_for_index(window: object, qtbot: object, timeout: int = 20_000) -> None:
    """Wait until the browser shows the latest reading of the index (it runs off the UI
    thread after every change)."""
    qtbot.waitUntil(lambda: not window.reading, timeout=timeout)


class ShownDialogs:
    """Records the dialogs a window announces on ``dialog_shown`` (connect before acting)."""

    def __init__(self, window: object) -> None:
        self.shown: list[tuple[str, object]] = []
        window.dialog_shown.connect(lambda name, widget: self.shown.append((name, widget)))

    def last(self, name: str) -> object | None:
        """The last dialog announced as ``name``, if any."""
        return next((w for n, w in reversed(self.shown) if n == name), None)

    def wait(self, qtbot: object, name: str, timeout: int = 20_000) -> object:
        """Wait until a dialog ``name`` was announced and return it."""
        qtbot.waitUntil(lambda: self.last(name) is not None, timeout=timeout)
        return self.last(name)

    def clear(self) -> None:
        """Forget what was announced so far."""
        self.shown.clear()
