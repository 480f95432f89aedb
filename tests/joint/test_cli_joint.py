"""``casereview-cli relay`` and ``session start|follow|key|trust`` as separate processes.

Two data directories hold the same received package (as two partners of a third hospital
would); one presents from a script on its standard input, the other follows with a one-time
code and prints every applied change as a JSON line.
"""

from __future__ import annotations

import json
import os
import queue
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

import pytest
from nats_relay import RunningRelay, free_port, require_nats_server

from casereview.app.cli import main
from casereview.app.context import bootstrap
from casereview.joint.client import Relay, start_session
from casereview.services.cases import create_case_from_uids
from casereview.store.repositories_packages import ExchangeRepository, ImportRecord
from support import add_sample_imaging

PACKAGE = "5f1c2a6e-2b7d-4a8e-9c4b-3d2e1f0a9b87"
TIMEOUT = 60.0


class Lines:
    """A process's output lines, read by a thread and waited for with a timeout."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.queue: queue.Queue[str | None] = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._read, args=(stream,), daemon=True).start()

    def _read(self, stream: IO[bytes]) -> None:
        for raw in stream:
            self.queue.put(raw.decode("utf-8", "replace").rstrip("\n"))
        self.queue.put(None)

    def until(self, wanted: Callable[[str], bool], timeout: float = TIMEOUT) -> str:
        while True:
            line = self.queue.get(timeout=timeout)
            if line is None:
                raise AssertionError("the process ended first:\n" + "\n".join(self.seen))
            self.seen.append(line)
            if wanted(line):
                return line


def cli(*args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "casereview.app.cli", *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def event(name: str) -> Callable[[str], bool]:
    return lambda line: line.startswith("{") and json.loads(line).get("event") == name


@pytest.fixture
def stopped_processes() -> Iterator[list[subprocess.Popen[bytes]]]:
    started: list[subprocess.Popen[bytes]] = []
    yield started
    for process in started:
        if process.poll() is None:
            process.kill()
            process.wait(10)


def test_the_relay_runs_in_the_foreground_and_stops_on_sigterm(
    tmp_path: Path, stopped_processes: list[subprocess.Popen[bytes]]
) -> None:
    require_nats_server()
    port = free_port()
    relay = cli(
        "--data-dir", str(tmp_path / "home"), "--json", "relay",
        "--listen", f"127.0.0.1:{port}", "--store", str(tmp_path / "store"),
    )  # fmt: skip
    stopped_processes.append(relay)
    assert relay.stdout is not None
    ready = json.loads(Lines(relay.stdout).until(event("relay")))
    assert ready["url"] == f"nats://127.0.0.1:{port}"
    config = (tmp_path / "store" / "nats-server.conf").read_text()
    assert "jetstream" in config and f'"127.0.0.1:{port}"' in config
    session = start_session(Relay(ready["url"]), [PACKAGE], name="Dr A").result(TIMEOUT)
    assert session.driving
    session.leave().result(TIMEOUT)
    relay.send_signal(signal.SIGTERM)
    assert relay.wait(TIMEOUT) == 0
    with pytest.raises(OSError):  # nats-server stopped with it
        socket.create_connection(("127.0.0.1", port), timeout=2).close()


def workstation(home: Path, folder: Path) -> tuple[int, str]:
    """A data directory holding the received package; its case id and series UID."""
    ctx = bootstrap(home)
    try:
        ids = add_sample_imaging(ctx.db, folder)
        series_uid = f"1.2.826.0.1.3680043.10.99.{ids['patient']}.1"
        case = create_case_from_uids(ctx.db, ctx.user.username, series_uids=[series_uid])
        with ctx.db.writing() as session:
            ExchangeRepository(session).record_import(
                ImportRecord(PACKAGE, case.id, "Hospital A", "", "trusted", "", 3, 3, "{}", ""),
                ctx.user.id,
            )
        return case.id, series_uid
    finally:
        ctx.close()


def test_a_scripted_presenter_and_a_follower_with_a_code(
    running: RunningRelay, tmp_path: Path, stopped_processes: list[subprocess.Popen[bytes]]
) -> None:
    presenter_home, follower_home = tmp_path / "presenter", tmp_path / "follower"
    case_id, series_uid = workstation(presenter_home, tmp_path / "files-a")
    workstation(follower_home, tmp_path / "files-b")
    presenter = cli(
        "--data-dir", str(presenter_home), "--json", "session", "start", str(case_id),
        "--relay", running.url, "--name", "Dr Presenter",
    )  # fmt: skip
    stopped_processes.append(presenter)
    assert presenter.stdout is not None and presenter.stdin is not None
    presenting = Lines(presenter.stdout)
    started = json.loads(presenting.until(event("started")))
    assert started["packages"] == [PACKAGE] and started["code"]

    follower = cli(
        "--data-dir", str(follower_home), "session", "follow", "--code", started["code"],
        "--session", started["session"], "--relay", running.url, "--count", "3",
        "--name", "Dr Follower",
    )  # fmt: skip
    stopped_processes.append(follower)
    assert follower.stdout is not None
    following = Lines(follower.stdout)
    following.until(event("joined"))
    presenting.until(lambda line: "Dr Follower" in line)  # the presenter sees them join
    for line in (
        {"f": "window", "d": {"width": 300, "level": 60, "invert": False}},
        {"f": "series", "d": {"package": PACKAGE, "primary": series_uid, "comparison": ""}},
        {"f": "crosshair", "d": {"lps": [1.5, -2.0, 30.0]}},
    ):
        presenter.stdin.write((json.dumps(line) + "\n").encode())
        presenter.stdin.flush()
    changes = [json.loads(following.until(event("state"))) for _ in range(3)]
    assert [c["facet"] for c in changes] == ["window", "series", "crosshair"]
    assert changes[0]["value"] == {"width": 300.0, "level": 60.0, "invert": False}
    assert changes[1]["local"] == {"primary": series_uid, "comparison": ""}
    assert {c["from"] for c in changes} == {"Dr Presenter"}
    assert follower.wait(TIMEOUT) == 0  # --count 3 reached
    presenter.stdin.close()
    assert presenter.wait(TIMEOUT) == 0


def test_a_key_card_makes_a_partner_invitable(tmp_path: Path, capsys: Any) -> None:
    partner, ours = str(tmp_path / "partner"), str(tmp_path / "ours")
    assert main(["--data-dir", partner, "--json", "keys"]) == 0
    partner_key = json.loads(capsys.readouterr().out)["public_key"]
    assert main(["--data-dir", partner, "--json", "session", "key"]) == 0
    card = json.loads(capsys.readouterr().out)["card"]
    assert main(["--data-dir", ours, "session", "trust", card]) == 1  # not trusted yet
    assert "not among your trusted" in capsys.readouterr().err
    assert main(["--data-dir", ours, "keys", "--trust", "Hôpital B", partner_key]) == 0
    assert main(["--data-dir", ours, "session", "trust", card]) == 0
    capsys.readouterr()
    assert main(["--data-dir", ours, "--json", "session", "partners"]) == 0
    assert [p["institution"] for p in json.loads(capsys.readouterr().out)] == ["Hôpital B"]


def test_an_invited_partner_follows_with_the_invitation(
    running: RunningRelay,
    tmp_path: Path,
    capsys: Any,
    stopped_processes: list[subprocess.Popen[bytes]],
) -> None:
    presenter_home, partner_home = tmp_path / "presenter", tmp_path / "partner"
    case_id, _ = workstation(presenter_home, tmp_path / "files-a")
    workstation(partner_home, tmp_path / "files-b")
    keys = {}
    for home in (presenter_home, partner_home):
        assert main(["--data-dir", str(home), "--json", "keys"]) == 0
        keys[home] = json.loads(capsys.readouterr().out)["public_key"]
    # Each trusts the other's signing key (compared by phone); the presenter takes the card.
    assert (
        main(
            ["--data-dir", str(presenter_home), "keys", "--trust", "Hôpital B", keys[partner_home]]
        )
        == 0
    )
    assert (
        main(
            ["--data-dir", str(partner_home), "keys", "--trust", "Hospital A", keys[presenter_home]]
        )
        == 0
    )
    capsys.readouterr()
    assert main(["--data-dir", str(partner_home), "--json", "session", "key"]) == 0
    card = json.loads(capsys.readouterr().out)["card"]
    assert main(["--data-dir", str(presenter_home), "session", "trust", card]) == 0
    capsys.readouterr()

    presenter = cli(
        "--data-dir", str(presenter_home), "--json", "session", "start", str(case_id),
        "--relay", running.url, "--invite", "Hôpital B",
    )  # fmt: skip
    stopped_processes.append(presenter)
    assert presenter.stdout is not None and presenter.stdin is not None
    started = json.loads(Lines(presenter.stdout).until(event("started")))
    assert started["invitation"].startswith("casereview-invite:") and not started["code"]
    follower = cli(
        "--data-dir", str(partner_home), "session", "follow", "-", "--count", "1",
    )  # fmt: skip
    stopped_processes.append(follower)
    assert follower.stdout is not None and follower.stdin is not None
    follower.stdin.write((started["invitation"] + "\n").encode())
    follower.stdin.flush()
    following = Lines(follower.stdout)
    joined = json.loads(following.until(event("joined")))
    assert joined["session"] == started["session"]  # the relay came with the invitation
    presenter.stdin.write(b'{"f": "slab", "d": {"mode": "mip", "thickness": 15}}\n')
    presenter.stdin.flush()
    change = json.loads(following.until(event("state")))
    assert (change["facet"], change["value"]) == ("slab", {"mode": "mip", "thickness": 15.0})
    assert follower.wait(TIMEOUT) == 0
    presenter.stdin.close()
    assert presenter.wait(TIMEOUT) == 0
