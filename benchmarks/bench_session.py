"""Remote joint review benchmark: latency, joining and bandwidth of a session on loopback.

A throw-away relay (nats-server with JetStream, the configuration ``casereview-cli relay``
writes; the launcher of the joint tests, ``tests/joint/nats_relay.py``) runs on a free loopback
port. Measured, in the same run:

  baseline: a plain, unencrypted NATS publish → receive of a message of the same size on one
    connection pair (core NATS, nothing stored): the floor any design on NATS stands on;
  added latency: from the presenter's ``change()`` (a scroll: the crosshair moves one slice) to
    the follower's ``state_changed`` event (opened, checked, applied to its state), for 1, 10
    and 50 followers, p50 / p95 / max over every (change, follower) pair. All followers run in
    this one process on one network thread, so with 50 of them each change is opened 50 times
    in a row here: the figures are an upper bound of what a site with its own machine sees
    (target: p95 <= 50 ms at 50 followers);
  snapshot on join: from ``join_session()`` to the joined session holding the whole state (a
    full view: series, layout, crosshair, window, slab, angles, zoom of three views, 3-D camera
    and preset, agenda, 20 annotations), p50 / max (target <= 1 s);
  bandwidth per follower while scrolling: bytes a follower's connection receives per second
    while the presenter scrolls at ``--rate`` slices a second (presence beats and JetStream's
    flow control included).

Run: ``.venv/bin/python benchmarks/bench_session.py [--changes 200] [--rate 20] [--joins 10]``.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent / "tests" / "joint"

P95_TARGET_MS = 50.0
JOIN_TARGET_S = 1.0
PACKAGE = "5f1c2a6e-2b7d-4a8e-9c4b-3d2e1f0a9b87"
SERIES = "1.2.826.0.1.3680043.10.99.777.1"


def percentile(values: Sequence[float], fraction: float) -> float:
    """The ``fraction`` quantile (nearest rank) of ``values``."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered)) - 1))]


def summary(values_ms: Sequence[float]) -> str:
    return (
        f"p50 {percentile(values_ms, 0.5):7.2f} ms  p95 {percentile(values_ms, 0.95):7.2f} ms  "
        f"max {max(values_ms):7.2f} ms"
    )


def baseline(url: str, count: int, size: int) -> list[float]:
    """Latencies (ms) of plain NATS publish → receive on loopback."""
    import nats

    async def run() -> list[float]:
        sender, receiver = await nats.connect(url), await nats.connect(url)
        arrived: asyncio.Queue[float] = asyncio.Queue()

        async def received(_msg: object) -> None:
            arrived.put_nowait(time.perf_counter())

        await receiver.subscribe("bench.baseline", cb=received)
        await receiver.flush()
        latencies = []
        payload = b"x" * size
        for _ in range(count):
            sent = time.perf_counter()
            await sender.publish("bench.baseline", payload)
            latencies.append((await arrived.get() - sent) * 1000.0)
            await asyncio.sleep(0.002)
        await sender.close()
        await receiver.close()
        return latencies

    return asyncio.run(run())


def full_view() -> list[object]:
    from casereview.domain.annotations import AnnotationKind
    from casereview.domain.rendering import CameraView
    from casereview.joint.protocol import (
        AgendaState,
        AnnotationShape,
        CameraState,
        CrosshairState,
        LayoutState,
        PresetState,
        RotationState,
        SeriesState,
        SlabState,
        WindowState,
        ZoomPanState,
    )

    values: list[object] = [
        LayoutState("2x2", "axial"),
        SeriesState(PACKAGE, SERIES),
        CrosshairState((0.0, 0.0, 100.0)),
        WindowState(300.0, 60.0),
        SlabState("none", 10.0),
        RotationState((0.0, 0.0, 0.0)),
        *(ZoomPanState(view, 0.0, 0.0, 120.0) for view in ("axial", "coronal", "sagittal")),
        CameraState(CameraView((0.0, -600.0, 0.0), (0.0, 0.0, 0.0), (0.0, 0.0, 1.0))),
        PresetState("cta"),
        AgendaState(PACKAGE, "0b4f6c1e-0000-4000-8000-00000000000a"),
    ]
    values += [
        AnnotationShape(
            f"0b4f6c1e-0000-4000-8000-{i:012d}",
            PACKAGE,
            SERIES,
            AnnotationKind.POLYGON,
            tuple((float(j), float(i), 100.0) for j in range(12)),
            f"mark {i}",
        )
        for i in range(20)
    ]
    return values


def count_received_bytes(session: object) -> list[int]:
    """A counter of the bytes a session's connection reads from its socket (protocol, headers
    and payloads: what crosses the network), from now on.

    nats-py counts payloads only (``stats["in_bytes"]``), so its transport's ``read`` is
    wrapped; the client looks the method up for every read.
    """
    transport = session._nc._transport  # type: ignore[attr-defined]  # nats-py's socket reader
    original = transport.read
    counted = [0]

    async def read(size: int) -> bytes:
        data: bytes = await original(size)
        counted[0] += len(data)
        return data

    transport.read = read
    return counted


def latency(url: str, followers: int, changes: int, rate: float) -> tuple[list[float], float]:
    """Added latencies (ms) with ``followers`` followers, and the bytes/s one of them reads."""
    from casereview.joint.client import Relay, join_session, start_session
    from casereview.joint.protocol import CrosshairState

    relay = Relay(url)
    presenter = start_session(relay, [PACKAGE], name="Presenter").result(30)
    joining = [join_session(relay, presenter.credentials, name=f"F{i}") for i in range(followers)]
    sessions = [future.result(60) for future in joining]
    sent_at: dict[float, float] = {}
    latencies: list[float] = []
    lock = threading.Lock()
    done = threading.Event()
    expected = followers * changes

    def applied(change: object) -> None:
        now = time.perf_counter()
        value = getattr(change, "value", None)
        if isinstance(value, CrosshairState):
            with lock:
                latencies.append((now - sent_at[value.lps[2]]) * 1000.0)
                if len(latencies) >= expected:
                    done.set()

    for session in sessions:
        session.state_changed.connect(applied)
    received = count_received_bytes(sessions[0])
    began = time.perf_counter()
    for i in range(changes):
        z = float(i)
        sent_at[z] = time.perf_counter()
        presenter.change(CrosshairState((0.0, 0.0, z)))
        pause = began + (i + 1) / rate - time.perf_counter()
        if pause > 0:
            time.sleep(pause)  # the scroll rate being simulated, not a synchronisation
    if not done.wait(60):
        print(f"  only {len(latencies)} of {expected} changes arrived", file=sys.stderr)
    seconds = time.perf_counter() - began
    per_follower = received[0] / seconds
    for session in [*sessions, presenter]:
        session.leave().result(30)
    return latencies, per_follower


def snapshot(url: str, joins: int) -> list[float]:
    """Seconds from join_session() to holding the whole state."""
    from casereview.joint.client import Relay, join_session, start_session

    relay = Relay(url)
    presenter = start_session(relay, [PACKAGE], name="Presenter").result(30)
    values = full_view()
    presenter.change(*values).result(30)  # type: ignore[arg-type]  # facet values
    times = []
    for i in range(joins):
        began = time.perf_counter()
        joined = join_session(relay, presenter.credentials, name=f"Late {i}").result(30)
        times.append(time.perf_counter() - began)
        assert len(joined.shown()) == len(values), "the joiner did not get the whole state"
        joined.leave().result(30)
    presenter.leave().result(30)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=200, help="changes per follower count")
    parser.add_argument("--rate", type=float, default=20.0, help="scroll rate (slices per s)")
    parser.add_argument("--joins", type=int, default=10)
    args = parser.parse_args()
    if str(TESTS.parent) not in sys.path:
        sys.path[:0] = [str(TESTS), str(TESTS.parent)]
    import shutil

    if shutil.which("nats-server") is None:
        sys.exit("nats-server is not installed (Debian package nats-server).")
    from nats_relay import running_relay

    from casereview.joint.crypto import SessionSecrets, new_session_id, new_session_key
    from casereview.joint.protocol import CrosshairState, encode_value

    secrets = SessionSecrets(new_session_id(), new_session_key())
    sealed = secrets.seal(b"\0" * 8, 1, "c" * 32, encode_value(CrosshairState((0.0, 0.0, 1.0))))
    with tempfile.TemporaryDirectory(prefix="casereview-bench-session-") as root:
        with running_relay(Path(root)) as relay:
            print(f"relay: nats-server on {relay.url}; message of {len(sealed)} bytes sealed")
            base = baseline(relay.url, args.changes, len(sealed))
            base_p50 = percentile(base, 0.5)
            print(f"baseline: plain NATS publish -> receive      {summary(base)}")
            for followers in (1, 10, 50):
                values, bandwidth = latency(relay.url, followers, args.changes, args.rate)
                p95 = percentile(values, 0.95)
                verdict = (
                    ""
                    if followers != 50
                    else (
                        f"  (target p95 <= {P95_TARGET_MS:.0f} ms: "
                        f"{'met' if p95 <= P95_TARGET_MS else 'NOT met'})"
                    )
                )
                print(
                    f"change -> applied, {followers:2d} follower(s): {summary(values)}  "
                    f"p50 = {percentile(values, 0.5) / base_p50:5.1f}x baseline{verdict}"
                )
                if followers == 1:
                    one_bandwidth = bandwidth
                else:
                    print(f"  bytes/s at one follower while scrolling: {bandwidth:,.0f}")
            print(
                f"bandwidth per follower while scrolling {args.rate:.0f} slices/s: "
                f"{one_bandwidth:,.0f} bytes/s on the wire ({one_bandwidth / args.rate:,.0f} bytes "
                "a slice)"
            )
            joins = snapshot(relay.url, args.joins)
            print(
                f"snapshot on join ({len(full_view())} facets): p50 {statistics.median(joins):.3f} s"
                f"  max {max(joins):.3f} s  (target <= {JOIN_TARGET_S:.0f} s: "
                f"{'met' if max(joins) <= JOIN_TARGET_S else 'NOT met'})"
            )


if __name__ == "__main__":
    main()
