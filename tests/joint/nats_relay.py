"""A throw-away relay (nats-server with JetStream) on a free loopback port for the joint tests.

The configuration is the one ``casereview-cli relay`` writes (``casereview.joint.relay``), with
the store in the test session's temporary folder. Readiness is read from the server's own
"Server is ready" line, not guessed with sleeps.
"""

from __future__ import annotations

import os
import select
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from casereview.joint.relay import RelayConfig, write_config
from support import STRICT_ENV

START_TIMEOUT_S = 15.0


def free_port() -> int:
    """A TCP port nobody listens on at the moment (on loopback)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def require_nats_server() -> str:
    """The path of nats-server; skip without it (fail under ``make test``)."""
    found = shutil.which("nats-server")
    if found:
        return found
    message = "nats-server is not installed (Debian package nats-server)"
    if os.environ.get(STRICT_ENV) == "1" or os.environ.get("CI") == "1":
        pytest.fail(message + "; make test installs it.")
    pytest.skip(message)


@dataclass
class RunningRelay:
    """A nats-server started for the tests; :meth:`stop` and :meth:`start` it on one port."""

    binary: str
    config: RelayConfig
    process: subprocess.Popen[bytes] | None = None
    log: list[str] = field(default_factory=list)
    logged: threading.Condition = field(default_factory=threading.Condition)

    @property
    def url(self) -> str:
        return f"nats://127.0.0.1:{self.config.port}"

    def start(self) -> None:
        path = write_config(self.config)
        process = subprocess.Popen(
            [self.binary, "-c", str(path)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            bufsize=0,  # unbuffered: select() must see every line readline() has not taken
        )
        assert process.stderr is not None
        deadline = time.monotonic() + START_TIMEOUT_S
        ready = False
        while not ready and time.monotonic() < deadline and process.poll() is None:
            readable, _, _ = select.select([process.stderr], [], [], deadline - time.monotonic())
            if not readable:
                break
            line = process.stderr.readline().decode("utf-8", "replace")
            self.log.append(line)
            ready = "Server is ready" in line
        if not ready:
            process.kill()
            raise RuntimeError("nats-server did not start:\n" + "".join(self.log[-20:]))
        # Keep reading its log so a full pipe never blocks it.
        threading.Thread(target=self._drain, args=(process,), daemon=True).start()
        self.process = process

    def _drain(self, process: subprocess.Popen[bytes]) -> None:
        assert process.stderr is not None
        for line in process.stderr:
            with self.logged:
                self.log.append(line.decode("utf-8", "replace"))
                self.logged.notify_all()

    def wait_for_log(self, text: str, timeout: float = START_TIMEOUT_S) -> bool:
        """Wait until the server logs a line containing ``text``."""
        with self.logged:
            return self.logged.wait_for(lambda: any(text in line for line in self.log), timeout)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        self.process = None


@contextmanager
def running_relay(root: Path, **options: Any) -> Iterator[RunningRelay]:
    """nats-server with JetStream (unless a site relay: ``hub=URL``) on a free loopback port,
    stopped afterwards; ``options`` are further :class:`RelayConfig` fields."""
    relay = RunningRelay(
        require_nats_server(),
        RelayConfig(store_dir=root, host="127.0.0.1", port=free_port(), **options),
    )
    relay.start()
    try:
        yield relay
    finally:
        relay.stop()
