"""Many hospitals: a relay per site, each a leaf node of one hub that keeps the state.

Workstations talk to their own site's relay only; the session's key-value bucket lives in the
hub's JetStream domain (``hub``), reached through the leaf connections.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from joint_events import Recorder
from nats_relay import RunningRelay, free_port, running_relay

from casereview.joint.client import JointSession, Relay, join_session, join_with_code, start_session
from casereview.joint.protocol import WindowState

PACKAGE = "5f1c2a6e-2b7d-4a8e-9c4b-3d2e1f0a9b87"
TIMEOUT = 20.0


@pytest.fixture
def sites(tmp_path: Path) -> Iterator[tuple[RunningRelay, RunningRelay]]:
    leaf_port = free_port()
    with running_relay(
        tmp_path / "hub",
        leaf_host="127.0.0.1",
        leaf_port=leaf_port,
        domain="hub",
        server_name="hub",
    ):
        hub_url = f"nats-leaf://127.0.0.1:{leaf_port}"
        with running_relay(tmp_path / "a", hub=hub_url, server_name="site-a") as a:
            with running_relay(tmp_path / "b", hub=hub_url, server_name="site-b") as b:
                for site in (a, b):
                    assert site.wait_for_log("Leafnode connection created")
                yield a, b


def test_two_sites_share_one_session_through_the_hub(
    sites: tuple[RunningRelay, RunningRelay], sessions: list[JointSession]
) -> None:
    site_a, site_b = (Relay(site.url, domain="hub") for site in sites)
    presenter = start_session(site_a, [PACKAGE], name="Dr A").result(TIMEOUT)
    sessions.append(presenter)
    follower = join_session(site_b, presenter.credentials, name="Dr B").result(TIMEOUT)
    sessions.append(follower)
    recorder = Recorder(follower)
    assert presenter.change(WindowState(400.0, 40.0)).result(TIMEOUT)
    assert recorder.wait(lambda: follower.shown() == {"window": WindowState(400.0, 40.0)})
    code = presenter.issue_code().result(TIMEOUT)
    by_phone = join_with_code(site_b, presenter.session_id, code, name="Dr C").result(TIMEOUT)
    sessions.append(by_phone)
    assert by_phone.shown() == {"window": WindowState(400.0, 40.0)}
    assert {p.name for p in by_phone.participants()} == {"Dr A", "Dr B", "Dr C"}
