"""Cyclic garbage is freed on the UI thread, never on the worker thread that allocated."""

from __future__ import annotations

import gc
import sys
import threading

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from casereview.ui.garbage import UiThreadGarbageCollector, generation_due

pytestmark = pytest.mark.gui


class _Cycle:
    """An object in a reference cycle that records the thread it is freed on."""

    def __init__(self, freed_on: list[int]) -> None:
        self.me = self
        self.freed_on = freed_on

    def __del__(self) -> None:
        self.freed_on.append(threading.get_ident())


def _allocate_past_every_threshold(kept: list[list[int]]) -> None:
    # Container objects alive count towards the collector's thresholds (freeing one takes it
    # back); without the UI-thread collector this runs a collection on the thread doing it.
    kept.extend([] for _ in range(20 * max(gc.get_threshold()[0], 1)))


def test_a_cycle_dropped_while_a_worker_allocates_is_freed_on_the_ui_thread(
    qapp: QApplication, qtbot: QtBot
) -> None:
    collector = UiThreadGarbageCollector(interval_ms=20)
    collector.start()
    try:
        gc.collect()  # the cycle below starts in the youngest generation
        freed_on: list[int] = []
        _Cycle(freed_on)
        kept: list[list[int]] = []
        worker = threading.Thread(target=_allocate_past_every_threshold, args=(kept,))
        worker.start()
        worker.join()
        assert freed_on == [], "the worker thread ran a collection"
        qtbot.waitUntil(lambda: bool(freed_on), timeout=5_000)
        assert freed_on == [threading.get_ident()]
        assert sum(collector.collections) >= 1
        del kept
    finally:
        collector.stop()
        collector.deleteLater()


def test_the_interpreter_collects_again_once_the_collector_stops(
    qapp: QApplication, qtbot: QtBot
) -> None:
    enabled_before = gc.isenabled()
    collector = UiThreadGarbageCollector()
    collector.start()
    assert not gc.isenabled() and collector.active
    collector.stop()
    assert gc.isenabled() == enabled_before and not collector.active
    collector.deleteLater()


def test_the_generation_due_is_the_oldest_past_its_threshold() -> None:
    assert generation_due((0, 0, 0), (700, 10, 10)) is None
    assert generation_due((700, 10, 10), (700, 10, 10)) is None  # passed means more than
    assert generation_due((701, 0, 0), (700, 10, 10)) == 0
    assert generation_due((701, 11, 0), (700, 10, 10)) == 1
    assert generation_due((5, 3, 11), (700, 10, 10)) == 2
    assert generation_due((10_000, 0, 0), (0, 10, 10)) is None  # a threshold of 0: off


def test_the_application_hands_collection_to_its_ui_thread_while_it_runs(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    from casereview.app import gui
    from casereview.ui.shell import ShellWindow

    def active() -> list[UiThreadGarbageCollector]:
        return [c for c in qapp.findChildren(UiThreadGarbageCollector) if c.active]

    before = active()  # this suite's own, for tests with a QApplication (conftest)
    while_running: list[UiThreadGarbageCollector] = []

    def run_and_quit(_app: QApplication) -> int:
        while_running.extend(active())
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, ShellWindow):
                widget.close()
        return 0

    monkeypatch.setattr(gui, "_choose_user", lambda _context: True)
    monkeypatch.setattr(QApplication, "exec", run_and_quit)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    names = qapp.applicationName(), qapp.organizationName()
    try:
        assert gui.main([]) == 0
    finally:
        for collector in active():
            if collector not in before:
                collector.stop()
                collector.deleteLater()
        qapp.setApplicationName(names[0])
        qapp.setOrganizationName(names[1])
    started = [c for c in while_running if c not in before]
    assert len(started) == 1, "the application did not start a UI-thread collector"
    assert not gc.isenabled()  # still the conftest's collector's until this test ends
