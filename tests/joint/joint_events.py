"""Helpers of the joint review tests: waiting for a session's events."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from casereview.joint.client import JointSession


class Recorder:
    """Collects a session's events (emitted on the network thread) and waits for them."""

    def __init__(self, session: JointSession) -> None:
        self.session = session
        self.condition = threading.Condition()
        self.changes: list[Any] = []
        self.problems: list[Any] = []
        self.controls: list[Any] = []
        self.connections: list[Any] = []
        self.pointers: list[Any] = []
        session.state_changed.connect(self._add(self.changes))
        session.problem.connect(self._add(self.problems))
        session.control_changed.connect(self._add(self.controls))
        session.connection_changed.connect(self._add(self.connections))
        session.pointer_moved.connect(self._add(self.pointers))
        session.participants_changed.connect(self._add([]))

    def _add(self, into: list[Any]) -> Callable[[Any], None]:
        def add(event: Any) -> None:
            with self.condition:
                into.append(event)
                self.condition.notify_all()

        return add

    def wait(self, predicate: Callable[[], bool], timeout: float = 10.0) -> bool:
        """Wait (on events, not sleeps) until ``predicate()`` holds; whether it did."""
        with self.condition:
            return self.condition.wait_for(predicate, timeout)
