"""Live sessions through a real relay (nats-server with JetStream on a loopback port).

Fifty followers apply every change in order; late joiners and rejoiners reach the exact state;
control passes by compare-and-swap; the relay sees ciphertext and random names only; a wrong
key, another package, another version and a relay that is down each give a typed error and
change nothing. Waits are on events with timeouts, never sleeps.
"""

from __future__ import annotations

import json
import random
import time
from typing import Any

import nats
import pytest
from joint_events import Recorder
from nats_relay import RunningRelay, free_port

from casereview.domain.annotations import AnnotationKind
from casereview.domain.rendering import CameraView
from casereview.joint.client import (
    ConnectionState,
    ControlOutcome,
    JointSession,
    Relay,
    join_session,
    join_with_code,
    start_session,
)
from casereview.joint.crypto import SessionSecrets, new_session_key
from casereview.joint.errors import (
    ControlError,
    ForeignPackageError,
    InvitationError,
    PackageNotHeldError,
    ProtocolVersionError,
    RelayUnreachableError,
    WrongKeyError,
)
from casereview.joint.invitation import SessionCredentials
from casereview.joint.network import NetworkThread
from casereview.joint.protocol import (
    AgendaState,
    AnnotationShape,
    CameraState,
    CrosshairState,
    FacetValue,
    LayoutState,
    Pointer,
    PresetState,
    RotationState,
    SeriesState,
    SlabState,
    WindowState,
    ZoomPanState,
    encode,
    encode_value,
)
from casereview.joint.state import Connection
from casereview.messages import Message

PACKAGE = "5f1c2a6e-2b7d-4a8e-9c4b-3d2e1f0a9b87"
SERIES = "1.2.826.0.1.3680043.10.99.777.1"
COMPARISON = "1.2.826.0.1.3680043.10.99.777.2"
MARKER = "MARKER-7731-ΩX"
TIMEOUT = 20.0


def start(relay: Relay, sessions: list[JointSession], name: str = "Dr Presenter") -> JointSession:
    session = start_session(relay, [PACKAGE], name=name, institution="Hospital A").result(TIMEOUT)
    sessions.append(session)
    return session


def join(
    relay: Relay, credentials: SessionCredentials, sessions: list[JointSession], name: str
) -> JointSession:
    session = join_session(relay, credentials, name=name, institution="Hôpital B").result(TIMEOUT)
    sessions.append(session)
    return session


def full_state() -> list[FacetValue]:
    """One value of every facet a view shows."""
    return [
        LayoutState("2x2", "coronal"),
        SeriesState(PACKAGE, SERIES, COMPARISON),
        CrosshairState((12.5, -30.0, 101.0)),
        WindowState(300.0, 60.0, False),
        SlabState("mip", 12.5),
        RotationState((10.0, 0.0, -5.0)),
        ZoomPanState("axial", 12.0, -8.5, 90.0),
        ZoomPanState("coronal", 0.0, 4.0, 120.0),
        CameraState(CameraView((0.0, -600.0, 0.0), (0.0, 0.0, 0.0), (0.0, 0.0, 1.0), 30.0)),
        PresetState("cta"),
        AgendaState(PACKAGE, "0b4f6c1e-0000-4000-8000-00000000000a"),
        AnnotationShape(
            "0b4f6c1e-0000-4000-8000-000000000001",
            PACKAGE,
            SERIES,
            AnnotationKind.LENGTH,
            ((0.0, 0.0, 100.0), (21.0, 3.0, 100.0)),
            "tumour long axis",
        ),
    ]


def as_state(values: list[FacetValue]) -> dict[str, FacetValue]:
    return {value.facet: value for value in values}


def test_fifty_followers_apply_every_change_in_order(
    relay: Relay, sessions: list[JointSession]
) -> None:
    presenter = start(relay, sessions)
    joining = [join_session(relay, presenter.credentials, name=f"Follower {i}") for i in range(50)]
    followers = [future.result(TIMEOUT) for future in joining]
    sessions.extend(followers)
    recorders = [Recorder(follower) for follower in followers]
    rng = random.Random(18)
    sent: list[FacetValue] = []
    for i in range(40):
        if i % 5 == 4:
            sent.append(WindowState(float(100 + i), float(rng.randint(-200, 200))))
        else:  # scrolling: each change a new slice
            sent.append(CrosshairState((rng.uniform(-50, 50), rng.uniform(-50, 50), float(i))))
    stored = [presenter.change(value) for value in sent]
    assert all(future.result(TIMEOUT) for future in stored)
    # One deadline for all; a follower that falls short is named with what it saw (the count,
    # its problems and connection states), so a rare failure says where it came from.
    deadline = time.monotonic() + TIMEOUT
    short: dict[int, tuple[int, list[str], list[str]]] = {}
    for number, recorder in enumerate(recorders):
        left = max(0.0, deadline - time.monotonic())
        if not recorder.wait(lambda r=recorder: len(r.changes) >= len(sent), left):
            problems = [str(p) for p in recorder.problems]
            short[number] = (
                len(recorder.changes),
                problems,
                [str(c) for c in recorder.connections],
            )
    assert not short, f"followers short of the {len(sent)} changes: {short}"
    for recorder in recorders:
        assert [change.value for change in recorder.changes] == sent
        assert {change.sender for change in recorder.changes} == {presenter.participant_id}
        assert recorder.session.shown() == as_state(sent[-5:])
        assert recorder.problems == []
    names = {p.name for p in presenter.participants()}
    assert {f"Follower {i}" for i in range(50)} <= names


def test_late_joiners_and_rejoiners_get_the_exact_state(
    relay: Relay, sessions: list[JointSession]
) -> None:
    presenter = start(relay, sessions)
    values = full_state()
    assert presenter.change(*values).result(TIMEOUT)
    early = join(relay, presenter.credentials, sessions, "Dr Early")
    assert early.shown() == as_state(values)  # in one step, before any live change
    recorder = Recorder(early)
    later = [CrosshairState((0.0, 0.0, float(z))) for z in range(50, 60)]
    for value in later:
        presenter.change(value)
    assert presenter.remove_annotation(values[-1].facet.split("/")[1]).result(TIMEOUT)
    expected = as_state(values[:-1] + later[-1:])
    assert presenter.shown() == expected
    assert recorder.wait(lambda: early.shown() == expected, TIMEOUT)
    assert recorder.changes[-1].value is None  # the annotation wiped at the follower too

    late = join(relay, presenter.credentials, sessions, "Dr Late")
    assert late.shown() == expected and late.state() == expected

    early.leave().result(TIMEOUT)
    moved = [WindowState(1500.0, -600.0), LayoutState("1x1", "sagittal")]
    assert presenter.change(*moved).result(TIMEOUT)
    rejoined = join(relay, presenter.credentials, sessions, "Dr Early")
    assert rejoined.shown() == {**expected, **as_state(moved)}
    presenter_view = {p.name: p.connection for p in presenter.participants()}
    assert Connection.CONNECTED in (presenter_view["Dr Late"],)


def test_two_followers_asking_for_open_control_exactly_one_gets_it(
    relay: Relay, sessions: list[JointSession]
) -> None:
    presenter = start(relay, sessions)
    first = join(relay, presenter.credentials, sessions, "Dr One")
    second = join(relay, presenter.credentials, sessions, "Dr Two")
    recorders = [Recorder(s) for s in (presenter, first, second)]
    presenter.open_control().result(TIMEOUT)
    for recorder in recorders:
        assert recorder.wait(
            lambda r=recorder: (
                r.session.control is not None and r.session.control.mode.value == "open"
            ),
            TIMEOUT,
        )
    asking = [first.request_control(), second.request_control()]
    outcomes = [future.result(TIMEOUT) for future in asking]
    assert sorted(outcomes) == [ControlOutcome.GRANTED, ControlOutcome.REQUESTED]
    winner, loser = (first, second) if outcomes[0] is ControlOutcome.GRANTED else (second, first)
    for recorder in recorders:
        assert recorder.wait(
            lambda r=recorder: (
                r.session.control is not None and r.session.control.driver == winner.participant_id
            ),
            TIMEOUT,
        )
    assert winner.driving and not loser.driving and not presenter.driving
    # The one who lost is listed as asking; the presenter sees it.
    assert recorders[0].wait(
        lambda: any(
            p.requesting and p.name == loser.participant.name for p in presenter.participants()
        ),
        TIMEOUT,
    )


def test_the_presenter_grants_and_takes_control_back(
    relay: Relay, sessions: list[JointSession]
) -> None:
    presenter = start(relay, sessions)
    alice = join(relay, presenter.credentials, sessions, "Dr Alice")
    bob = join(relay, presenter.credentials, sessions, "Dr Bob")
    watch_presenter, watch_alice, watch_bob = (Recorder(s) for s in (presenter, alice, bob))
    assert alice.request_control().result(TIMEOUT) is ControlOutcome.REQUESTED
    with pytest.raises(ControlError):  # only the presenter or driver hands control on
        bob.grant_control(bob.participant_id).result(TIMEOUT)
    presenter.grant_control(alice.participant_id).result(TIMEOUT)
    assert watch_alice.wait(lambda: alice.driving, TIMEOUT)
    assert alice.change(WindowState(123.0, 45.0)).result(TIMEOUT)
    for recorder in (watch_presenter, watch_bob):  # the presenter follows Alice now
        assert recorder.wait(
            lambda r=recorder: WindowState(123.0, 45.0) in [c.value for c in r.changes], TIMEOUT
        )

    presenter.take_control_back().result(TIMEOUT)
    assert presenter.driving
    assert watch_alice.wait(lambda: not alice.driving, TIMEOUT)
    # Alice looks around: kept local, sent to nobody.
    assert alice.change(WindowState(999.0, 9.0)).result(TIMEOUT) is False
    assert presenter.change(WindowState(300.0, 30.0)).result(TIMEOUT)
    assert watch_bob.wait(
        lambda: WindowState(300.0, 30.0) in [c.value for c in watch_bob.changes], TIMEOUT
    )
    assert WindowState(999.0, 9.0) not in [c.value for c in watch_bob.changes]
    assert bob.state()["window"] == WindowState(300.0, 30.0)
    assert presenter.state()["window"] == WindowState(300.0, 30.0)


def test_pointers_are_named_and_rate_limited_at_the_sender(
    relay: Relay, sessions: list[JointSession]
) -> None:
    presenter = start(relay, sessions)
    follower = join(relay, presenter.credentials, sessions, "Dr Pointer")
    recorder = Recorder(presenter)
    began = time.monotonic()
    last = Pointer(PACKAGE, SERIES, "axial", (0.0, 0.0, 199.0))
    for i in range(200):  # a mouse moving for a moment, far faster than 30 a second
        follower.point(Pointer(PACKAGE, SERIES, "axial", (0.0, 0.0, float(i))))
    follower.point(last)
    assert recorder.wait(lambda: any(p.pointer == last for p in recorder.pointers), TIMEOUT)
    elapsed = time.monotonic() - began
    assert len(recorder.pointers) <= 30 * elapsed + 2
    assert {p.name for p in recorder.pointers} == {"Dr Pointer"}


# --- what the relay sees --------------------------------------------------------------------


class RawClient:
    """A plain NATS client of the relay: subscribes to everything and reads the store."""

    def __init__(self, url: str) -> None:
        self.network = NetworkThread("raw-test-client")
        self.seen: list[tuple[str, bytes]] = []
        self.nc: Any = self.run(nats.connect(url))

    def run(self, coroutine: Any) -> Any:
        return self.network.submit(coroutine).result(TIMEOUT)

    def subscribe_all(self) -> None:
        async def seen(msg: Any) -> None:
            self.seen.append((msg.subject, bytes(msg.data)))

        self.run(self.nc.subscribe(">", cb=seen))

    def flush(self) -> None:
        self.run(self.nc.flush())

    def stream_contents(self, stream: str) -> list[tuple[str, bytes]]:
        async def read() -> list[tuple[str, bytes]]:
            js = self.nc.jetstream()
            info = await js.stream_info(stream)
            found = []
            for seq in range(info.state.first_seq, info.state.last_seq + 1):
                try:
                    msg = await js.get_msg(stream, seq)
                except nats.js.errors.NotFoundError:
                    continue
                found.append((msg.subject, bytes(msg.data or b"")))
            return found

        return self.run(read())

    def put(self, bucket: str, key: str, data: bytes) -> None:
        async def put() -> None:
            kv = await self.nc.jetstream().key_value(bucket)
            await kv.put(key, data)

        self.run(put())

    def close(self) -> None:
        self.run(self.nc.close())
        self.network.stop()


@pytest.fixture
def raw(running: RunningRelay) -> Any:
    client = RawClient(running.url)
    yield client
    client.close()


def test_the_relay_sees_only_ciphertext_and_random_names(
    relay: Relay, sessions: list[JointSession], raw: RawClient
) -> None:
    raw.subscribe_all()
    presenter = start(relay, sessions, name=f"Dr {MARKER}")
    follower = join(relay, presenter.credentials, sessions, f"Partner {MARKER}")
    recorder = Recorder(follower)
    values = full_state() + [
        AnnotationShape(
            "0b4f6c1e-0000-4000-8000-000000000002",
            PACKAGE,
            SERIES,
            AnnotationKind.TEXT,
            ((1.0, 2.0, 3.0),),
            MARKER,
        )
    ]
    assert presenter.change(*values).result(TIMEOUT)
    presenter.point(Pointer(PACKAGE, SERIES, "axial", (1.0, 2.0, 3.0)))
    code = presenter.issue_code().result(TIMEOUT)
    assert recorder.wait(lambda: len(recorder.changes) >= len(values), TIMEOUT)
    raw.flush()
    stored = raw.stream_contents(f"KV_{presenter.secrets.bucket}")
    lobby = raw.stream_contents("KV_CRJ_LOBBY")
    everything = raw.seen + stored + lobby
    assert any(subject.startswith("$KV.") for subject, _ in raw.seen)
    assert any(subject == presenter.secrets.pointer_subject for subject, _ in raw.seen)
    assert len(stored) >= len(values)
    forbidden = [
        MARKER.encode(),
        PACKAGE.encode(),
        SERIES.encode(),
        COMPARISON.encode(),
        b"777.1",
        b"tumour",
        b"Hospital A",
        "Hôpital B".encode(),
        code.encode(),
        code.replace("-", "").encode(),
        presenter.session_id.encode(),
        presenter.session_id.replace("-", "").encode(),
    ]
    for subject, payload in everything:
        for word in forbidden:
            assert word not in subject.encode(), (subject, word)
            assert word not in payload, (subject, word)
    session_subjects = (f"$KV.{presenter.secrets.bucket}.", presenter.secrets.pointer_subject)
    ours = [p for s, p in everything if s.startswith(session_subjects)]
    assert ours and all(p and p[0] == 1 for p in ours)  # the wire version byte, then ciphertext
    slots = [p for _, p in lobby if p]  # (a slot used up earlier leaves an empty marker)
    assert slots and all(len(p) > 40 for p in slots)  # a code's slot: nonce and ciphertext
    for payload in ours + slots:
        for facet in (b"window", b"crosshair", b"annotation", b"series", b"lps"):
            assert facet not in payload
        with pytest.raises(ValueError):
            json.loads(payload)


# --- failures ----------------------------------------------------------------------------------


def forge(
    session: JointSession, facet: str, plaintext: bytes, *, key: bytes | None = None
) -> tuple[str, bytes]:
    """A message as the presenter would seal it (or with another key), for the raw client."""
    secrets = session.secrets if key is None else SessionSecrets(session.session_id, key)
    channel = session.secrets.channel(facet)
    seq = time.time_ns() // 1000 + 10**9
    sender = bytes.fromhex(session.participant_id)
    return channel, secrets.seal(sender, seq, channel, plaintext)


def test_wrong_key_other_package_and_other_version_change_nothing(
    relay: Relay, sessions: list[JointSession], raw: RawClient
) -> None:
    presenter = start(relay, sessions)
    wrong = SessionCredentials(presenter.session_id, new_session_key(), (PACKAGE,))
    with pytest.raises(WrongKeyError) as refused:
        join_session(relay, wrong, name="Dr Wrong").result(TIMEOUT)
    assert "key is wrong" in str(refused.value)

    with pytest.raises(ForeignPackageError):  # refused before it leaves
        presenter.change(SeriesState("other-package", SERIES)).result(TIMEOUT)
    assert presenter.change(*full_state()).result(TIMEOUT)
    follower = join(relay, presenter.credentials, sessions, "Dr Follower")
    recorder = Recorder(follower)
    before = follower.shown()
    bucket = presenter.secrets.bucket

    channel, sealed = forge(
        presenter, "window", encode_value(WindowState(1.0, 1.0)), key=new_session_key()
    )
    raw.put(bucket, channel, sealed)
    assert recorder.wait(lambda: len(recorder.problems) >= 1, TIMEOUT)
    channel, sealed = forge(presenter, "series", encode_value(SeriesState("other-package", SERIES)))
    raw.put(bucket, channel, sealed)
    assert recorder.wait(lambda: len(recorder.problems) >= 2, TIMEOUT)
    channel, sealed = forge(presenter, "window", encode("window", {"width": 5, "level": 5}))
    raw.put(bucket, channel, b"\x02" + sealed[1:])
    assert recorder.wait(lambda: len(recorder.problems) >= 3, TIMEOUT)
    kinds = [type(p.error) for p in recorder.problems]
    assert kinds == [WrongKeyError, ForeignPackageError, ProtocolVersionError]
    assert all(str(p.error) for p in recorder.problems)  # each with a message for people
    assert recorder.changes == []
    assert follower.shown() == before


def test_a_relay_that_is_down_is_a_typed_error_and_the_session_resumes(
    own_relay: RunningRelay, sessions: list[JointSession]
) -> None:
    nobody = Relay(f"nats://127.0.0.1:{free_port()}")
    with pytest.raises(RelayUnreachableError) as refused:
        start_session(nobody, [PACKAGE], name="Dr Nobody").result(TIMEOUT)
    assert "does not answer" in str(refused.value)

    relay = Relay(own_relay.url)
    presenter = start(relay, sessions)
    follower = join(relay, presenter.credentials, sessions, "Dr Follower")
    watch_presenter, recorder = Recorder(presenter), Recorder(follower)
    assert presenter.change(WindowState(400.0, 40.0)).result(TIMEOUT)
    assert recorder.wait(lambda: len(recorder.changes) == 1, TIMEOUT)
    own_relay.stop()
    assert recorder.wait(lambda: ConnectionState.RECONNECTING in recorder.connections, TIMEOUT)
    assert any(isinstance(p.error, RelayUnreachableError) for p in recorder.problems)
    assert follower.shown() == {"window": WindowState(400.0, 40.0)}
    own_relay.start()
    for watch in (watch_presenter, recorder):
        assert watch.wait(lambda w=watch: w.connections[-1:] == [ConnectionState.CONNECTED], 30)
    assert presenter.change(CrosshairState((0.0, 0.0, 42.0))).result(TIMEOUT)
    assert recorder.wait(
        lambda: follower.shown().get("crosshair") == CrosshairState((0.0, 0.0, 42.0)), 30
    )


def test_a_one_time_code_opens_one_join(relay: Relay, sessions: list[JointSession]) -> None:
    presenter = start(relay, sessions)
    assert presenter.change(WindowState(400.0, 40.0)).result(TIMEOUT)
    code = presenter.issue_code().result(TIMEOUT)

    def missing(packages: tuple[str, ...]) -> None:
        assert packages == (PACKAGE,)
        raise PackageNotHeldError(Message("This workstation does not hold the package."))

    with pytest.raises(PackageNotHeldError):  # refused before the code is used up
        join_with_code(relay, presenter.session_id, code, name="Dr X", require=missing).result(
            TIMEOUT
        )
    joined = join_with_code(relay, presenter.session_id.lower(), code, name="Dr Phone").result(
        TIMEOUT
    )
    sessions.append(joined)
    assert joined.shown() == {"window": WindowState(400.0, 40.0)}
    with pytest.raises(InvitationError):  # used: one join only
        join_with_code(relay, presenter.session_id, code, name="Dr Again").result(TIMEOUT)
    with pytest.raises(InvitationError):  # wrong code
        join_with_code(relay, presenter.session_id, "00000-00000", name="Dr Guess").result(TIMEOUT)
