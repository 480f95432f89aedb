"""The background thread that runs every joint review connection (one asyncio loop).

nats-py is asynchronous; the application is not. All sessions of a process share one daemon
thread running an asyncio event loop: the public API schedules work on it and returns
:class:`concurrent.futures.Future` objects, and session events are emitted from it. A GUI
connects to those events and moves them to its own thread (Qt: a queued connection); nothing
here blocks the caller's thread.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


class NetworkThread:
    """An asyncio event loop running in a daemon thread of its own."""

    def __init__(self, name: str = "casereview-joint") -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.loop.run_forever()

    @property
    def thread(self) -> threading.Thread:
        """The thread events are emitted on."""
        return self._thread

    def in_thread(self) -> bool:
        """Whether the caller runs on this thread."""
        return threading.current_thread() is self._thread

    def submit(self, coroutine: Coroutine[Any, Any, T]) -> concurrent.futures.Future[T]:
        """Run ``coroutine`` on the loop; its result (or error) arrives in the future."""
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop)

    def call(self, function: Callable[..., object], *args: object) -> None:
        """Call ``function(*args)`` on the loop's thread, soon, without waiting."""
        self.loop.call_soon_threadsafe(function, *args)

    def stop(self, timeout: float = 5.0) -> None:
        """Stop the loop and wait for the thread (only for a thread no session uses)."""
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(timeout)


_shared: NetworkThread | None = None
_shared_lock = threading.Lock()


def shared_network() -> NetworkThread:
    """The process's network thread, started on first use."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = NetworkThread()
        return _shared
