"""Fixtures of the joint review tests: one relay for the session, and sessions left afterwards."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from nats_relay import RunningRelay, running_relay

from casereview.joint.client import JointSession, Relay


@pytest.fixture(scope="session")
def running(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningRelay]:
    """The tests' relay (nats-server with JetStream on a free loopback port)."""
    with running_relay(tmp_path_factory.mktemp("relay")) as relay:
        yield relay


@pytest.fixture
def relay(running: RunningRelay) -> Relay:
    return Relay(running.url)


@pytest.fixture
def own_relay(tmp_path: Path) -> Iterator[RunningRelay]:
    """A relay of the test's own, which it may stop and start again."""
    with running_relay(tmp_path / "own-relay") as relay:
        yield relay


@pytest.fixture
def sessions() -> Iterator[list[JointSession]]:
    """Sessions a test opens; each is left at the end, whatever happened."""
    opened: list[JointSession] = []
    yield opened
    for session in opened:
        # Teardown: the relay may be gone on purpose (the relay-down test stops it).
        with contextlib.suppress(Exception):
            session.leave().result(10)
