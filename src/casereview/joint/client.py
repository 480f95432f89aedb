"""A participant's connection to a joint review session over NATS (nats-py).

:func:`start_session` creates a session (the presenter), :func:`join_session` joins one with
the credentials of an invitation, :func:`join_with_code` with a one-time code. Each returns a
:class:`concurrent.futures.Future` of a :class:`JointSession`; every method of the session that
talks to the relay returns one too, so no caller's thread ever waits on the network. Events
(:class:`JointSession`'s signals) are emitted on the network thread
(:mod:`casereview.joint.network`); a GUI moves them to its own thread.

On the relay, a session is one JetStream key-value bucket holding one key per facet of the
state (:mod:`casereview.joint.protocol`), plus a subject for pointers and presence beats. A
participant watches the bucket from its retained history: the replay brings it to the
session's state in one step, then the same watcher delivers live changes in the store's
order, so a late joiner, a rejoining participant and everyone else apply the same entries in
the same order (:class:`~casereview.joint.state.SessionModel`). Control is a key changed by
compare-and-swap (an update naming the revision it replaces), so of two participants
changing it at once exactly one succeeds.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import logging
import secrets
import ssl
import threading
import time
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

import nats
import nats.errors
import nats.js.errors
from nats.aio.client import Client as NatsClient
from nats.aio.msg import Msg
from nats.js.api import DeliverPolicy, StorageType
from nats.js.client import JetStreamContext
from psygnal import Signal

from casereview.joint.crypto import SequenceClock, SessionSecrets, new_session_id, new_session_key
from casereview.joint.crypto import new_one_time_code as _new_code
from casereview.joint.errors import (
    ControlError,
    ForeignPackageError,
    InvitationError,
    JointError,
    MalformedMessageError,
    RelayError,
    RelayUnreachableError,
    WrongKeyError,
)
from casereview.joint.invitation import (
    CODE_LIFETIME_S,
    LOBBY_BUCKET,
    SessionCredentials,
    code_slot,
    open_code_slot,
    slot_name,
)
from casereview.joint.network import NetworkThread, shared_network
from casereview.joint.protocol import (
    POINTER,
    PRESENCE,
    REQUEST_PREFIX,
    ControlMode,
    ControlRequest,
    ControlState,
    FacetValue,
    ParticipantInfo,
    ParticipantRole,
    Pointer,
    decode,
    encode,
    package_of,
    read_envelope,
)
from casereview.joint.state import (
    ControlChange,
    Event,
    JointProblem,
    Participant,
    ParticipantsChange,
    PointerMoved,
    Received,
    SessionModel,
    StateChange,
    is_view_facet,
)
from casereview.messages import Message

log = logging.getLogger(__name__)

T = TypeVar("T")
PushSubscription = JetStreamContext.PushSubscription
#: The header of key-value deletions and purges.
_KV_OPERATION = "KV-Operation"

#: Entries kept per key: enough for a joiner replaying the history to see the state a change
#: after a control change replaced (see ``state``).
HISTORY = 4
#: A session's entries expire this long after they were written (an abandoned session vanishes).
SESSION_TTL_S = 24 * 3600.0
#: Size limits on the relay: one value, and one session's bucket.
MAX_VALUE_BYTES = 256 * 1024
BUCKET_MAX_BYTES = 64 * 1024 * 1024
CONNECT_TIMEOUT_S = 3
REQUEST_TIMEOUT_S = 5.0
#: How long a joiner waits for the replay of the session's state.
REPLAY_TIMEOUT_S = 15.0
#: At most this many pointer messages per second leave a participant.
POINTER_RATE = 30.0
#: Interval of presence beats (seconds); see ``state.PRESENCE_TIMEOUT_S``.
PRESENCE_INTERVAL_S = 5.0


class ControlOutcome(StrEnum):
    """What asking for control gave."""

    GRANTED = "granted"  #: this participant drives now
    REQUESTED = "requested"  #: the request waits for the presenter or driver to grant it


class ConnectionState(StrEnum):
    """This participant's connection to the relay."""

    CONNECTED = "connected"
    RECONNECTING = "reconnecting"  #: the relay stopped answering; nats-py keeps trying
    CLOSED = "closed"  #: left the session


@dataclass(frozen=True)
class Relay:
    """Where the relay is: ``nats://host:port`` (or ``tls://`` with a certificate).

    Attributes
    ----------
    url
        The relay's URL (a hospital's own NATS server, or ``casereview-cli relay``).
    ca_file
        A CA certificate to check the relay's TLS certificate by (the system's otherwise).
    domain
        The JetStream domain holding the sessions' state when it is not the relay's own: a
        site relay that is a leaf node of a hub reaches the hub's (``casereview-cli relay
        --leaf-listen`` names it ``hub``).
    """

    url: str
    ca_file: Path | None = None
    domain: str | None = None

    def tls_context(self) -> ssl.SSLContext | None:
        """The TLS context for a ``tls://`` relay or one with a CA file."""
        if not self.url.startswith("tls://") and self.ca_file is None:
            return None
        return ssl.create_default_context(cafile=str(self.ca_file) if self.ca_file else None)


def _unreachable(relay: Relay) -> RelayUnreachableError:
    return RelayUnreachableError(
        Message(
            "The relay at {url} does not answer. Check that it runs (casereview-cli relay) and "
            "that this workstation can reach its address and port; nothing was changed.",
            url=relay.url,
        )
    )


def _relay_failed(exc: BaseException) -> RelayError:
    return RelayError(
        Message(
            "The relay refused a request of the session ({reason}). It may be full or "
            "configured without JetStream; ask whoever runs it.",
            reason=type(exc).__name__,
        )
    )


async def _connect(relay: Relay, callbacks: _Callbacks) -> NatsClient:
    """Connect to the relay; nats-py reconnects by itself after a drop."""

    async def error(exc: Exception) -> None:
        log.debug("relay connection: %s", type(exc).__name__)

    try:
        connection = await nats.connect(
            servers=[relay.url],
            name="casereview",
            connect_timeout=CONNECT_TIMEOUT_S,
            allow_reconnect=True,
            # nats-py applies this limit to the first connection too: "never stop" would wait
            # for ever on a relay that is down. One retry, then the relay is unreachable.
            max_reconnect_attempts=1,
            reconnect_time_wait=1,
            tls=relay.tls_context(),
            error_cb=error,
            disconnected_cb=callbacks.disconnected,
            reconnected_cb=callbacks.reconnected,
            closed_cb=callbacks.closed,
        )
    except (TimeoutError, OSError, nats.errors.Error) as exc:
        raise _unreachable(relay) from exc
    # Once connected, a dropped connection is retried for as long as the session lasts.
    connection.options["max_reconnect_attempts"] = -1
    return connection


class Bucket:
    """Key-value operations on a session's bucket, also across a leaf node.

    nats-py's key-value client writes to ``$KV.<bucket>.<key>`` whatever the JetStream domain;
    a site relay forwards writes to the hub's domain only under ``$JS.<domain>.API.$KV.…``.
    The operations here are the same JetStream publishes (with the same headers: the expected
    last revision for compare-and-swap, the operation for a deletion) under the right subject.
    """

    def __init__(self, js: JetStreamContext, bucket: str, domain: str | None) -> None:
        self.js = js
        self.bucket = bucket
        self.stream = f"KV_{bucket}"
        self.subjects = f"$KV.{bucket}."
        self.write_prefix = f"$JS.{domain}.API.$KV.{bucket}." if domain else self.subjects

    async def put(self, key: str, value: bytes, last: int | None = None) -> int:
        """Store ``value`` under ``key``; with ``last``, only if ``key``'s newest revision is
        ``last`` (0: only if it has none). Returns the new revision.

        Raises
        ------
        nats.js.errors.KeyWrongLastSequenceError
            If ``last`` is not the key's newest revision (someone else wrote first).
        """
        headers = None if last is None else {"Nats-Expected-Last-Subject-Sequence": str(last)}
        try:
            ack = await self.js.publish(self.write_prefix + key, value, headers=headers)
        except nats.js.errors.APIError as exc:
            if exc.err_code == 10071:  # JetStream's "wrong last sequence"
                raise nats.js.errors.KeyWrongLastSequenceError(description=exc.description) from exc
            raise
        return int(ack.seq)

    async def get(self, key: str) -> tuple[bytes, int] | None:
        """The newest value of ``key`` and its revision (``None``: none, or deleted)."""
        try:
            msg = await self.js.get_last_msg(self.stream, self.subjects + key)
        except nats.js.errors.NotFoundError:
            return None
        if (msg.headers and _KV_OPERATION in msg.headers) or not msg.data:
            return None
        return bytes(msg.data), int(msg.seq or 0)

    async def delete(self, key: str, last: int) -> None:
        """Delete ``key`` if its newest revision is ``last``.

        Raises
        ------
        nats.js.errors.KeyWrongLastSequenceError
            If it changed (or was deleted) meanwhile.
        """
        headers = {_KV_OPERATION: "DEL", "Nats-Expected-Last-Subject-Sequence": str(last)}
        try:
            await self.js.publish(self.write_prefix + key, b"", headers=headers)
        except nats.js.errors.APIError as exc:
            if exc.err_code == 10071:
                raise nats.js.errors.KeyWrongLastSequenceError(description=exc.description) from exc
            raise


class _Callbacks:
    """Connection callbacks, bound to the session once it exists."""

    def __init__(self) -> None:
        self.session: JointSession | None = None

    async def disconnected(self) -> None:
        if self.session is not None:
            self.session._connection(ConnectionState.RECONNECTING)

    async def reconnected(self) -> None:
        if self.session is not None:
            self.session._connection(ConnectionState.CONNECTED)

    async def closed(self) -> None:
        if self.session is not None:
            self.session._connection(ConnectionState.CLOSED)


class JointSession:
    """One participant's live connection to a session.

    Create it with :func:`start_session`, :func:`join_session` or :func:`join_with_code`.
    Methods may be called from any thread; those that talk to the relay return a
    :class:`concurrent.futures.Future` (errors are :class:`~casereview.joint.errors.JointError`
    subclasses). Signals are emitted on the network thread.

    Signals
    -------
    state_changed(StateChange)
        A facet the local view must show now (only while following).
    control_changed(ControlChange)
        Control passed, was taken back or opened.
    participants_changed(tuple[Participant, ...])
        The participants list changed (joined, left, connection lost, asking for control).
    pointer_moved(PointerMoved)
        Another participant's pointer moved.
    problem(JointProblem)
        Something received could not be used (wrong key, another package, another version, a
        series not held here, the relay lost); nothing local changed.
    connection_changed(ConnectionState)
        This workstation's connection to the relay.

    Notes
    -----
    For a GUI: connect each signal to a slot that re-emits a Qt signal of a ``QObject`` living
    on the GUI thread (a queued connection), and act there: :class:`~casereview.joint.bridge.
    ViewerBridge` applies the viewer session's facets; the views apply zoom and pan
    (:class:`~casereview.joint.protocol.ZoomPanState`: the slice view camera's focal point
    and parallel scale), the 3-D camera and preset, the series (translated with
    :func:`~casereview.joint.bridge.local_series`), the agenda's key image
    (:meth:`~casereview.joint.packages.PackageBinding.local_key_image`), the session's
    annotations (``annotation/<uuid>`` facets; ``None`` removes one) and pointers. The
    banner reads :attr:`control` and :meth:`participant_name`; the participants list,
    :meth:`participants`. Start, join and every control call return futures: wait for them
    in the task runner, never on the GUI thread.
    """

    state_changed = Signal(object)
    control_changed = Signal(object)
    participants_changed = Signal(object)
    pointer_moved = Signal(object)
    problem = Signal(object)
    connection_changed = Signal(object)

    def __init__(
        self,
        network: NetworkThread,
        connection: NatsClient,
        credentials: SessionCredentials,
        participant: ParticipantInfo,
        check: Callable[[FacetValue], JointError | None] | None,
        relay: Relay,
    ) -> None:
        self._network = network
        self._nc = connection
        self.relay = relay
        #: What inviting others takes (the presenter makes invitations from it).
        self.credentials = credentials
        self.secrets = SessionSecrets(credentials.session_id, credentials.key)
        self.participant = participant
        self._sender = bytes.fromhex(participant.participant_id)
        self._clock = SequenceClock()
        self._lock = threading.RLock()
        self.model = SessionModel(participant.participant_id, credentials.packages, check)
        self._kv: Bucket | None = None
        self._write_lock = asyncio.Lock()
        self._waiters: list[tuple[Callable[[], bool], asyncio.Future[None]]] = []
        self._tasks: list[asyncio.Task[None]] = []
        self._subscription: PushSubscription | None = None
        self._replayed = asyncio.Event()
        self._pointer_pending: Pointer | None = None
        self._pointer_last = 0.0
        self._pointer_timer: asyncio.TimerHandle | None = None
        self._closed = False

    # --- read-only views (any thread) ---------------------------------------------------

    @property
    def session_id(self) -> str:
        return self.credentials.session_id

    @property
    def participant_id(self) -> str:
        return self.participant.participant_id

    @property
    def packages(self) -> tuple[str, ...]:
        return self.credentials.packages

    @property
    def driving(self) -> bool:
        """Whether this participant is in control now."""
        with self._lock:
            return self.model.driving

    @property
    def presenting(self) -> bool:
        """Whether this participant is the presenter."""
        with self._lock:
            return self.model.presenting

    @property
    def following(self) -> bool:
        """Whether the local view follows the session (see :meth:`set_following`)."""
        with self._lock:
            return self.model.following

    @property
    def control(self) -> ControlState | None:
        with self._lock:
            return self.model.control

    def participants(self) -> tuple[Participant, ...]:
        """The participants list (presenter first)."""
        with self._lock:
            return self.model.participant_list()

    def participant_name(self, participant_id: str) -> str:
        """A participant's display name ("" if they have not announced themselves)."""
        with self._lock:
            return self.model.name_of(participant_id)

    def state(self) -> dict[str, FacetValue]:
        """The session's state: what the participant in control set, by facet."""
        with self._lock:
            return dict(self.model.state)

    def shown(self) -> dict[str, FacetValue]:
        """What the local view shows, by facet (the state, while following)."""
        with self._lock:
            return dict(self.model.shown)

    # --- plumbing -----------------------------------------------------------------------

    def _submit(self, coroutine: Coroutine[Any, Any, T]) -> concurrent.futures.Future[T]:
        if self._closed:
            coroutine.close()
            failed: concurrent.futures.Future[T] = concurrent.futures.Future()
            failed.set_exception(
                JointError(Message("You have left this session; join it again to take part."))
            )
            return failed
        return self._network.submit(coroutine)

    def _emit(self, events: Sequence[Event]) -> None:
        for event in events:
            try:
                if isinstance(event, StateChange):
                    self.state_changed.emit(event)
                elif isinstance(event, ControlChange):
                    self.control_changed.emit(event)
                    self._after_control(event)
                elif isinstance(event, ParticipantsChange):
                    self.participants_changed.emit(event.participants)
                elif isinstance(event, PointerMoved):
                    self.pointer_moved.emit(event)
                elif isinstance(event, JointProblem):
                    self.problem.emit(event)
            except Exception:  # a faulty observer must not stop the session's reader
                log.exception("a joint session observer failed")
        for predicate, future in list(self._waiters):
            if not future.done() and predicate():
                future.set_result(None)

    def _problem(self, error: JointError) -> None:
        self._emit([JointProblem(error)])

    def _connection(self, state: ConnectionState) -> None:
        self.connection_changed.emit(state)
        if state is ConnectionState.RECONNECTING:
            self._problem(_unreachable(self.relay))
        elif state is ConnectionState.CONNECTED and not self._closed and self._kv is not None:
            self._tasks.append(asyncio.ensure_future(self._rewatch()))

    async def _rewatch(self) -> None:
        """Read the store again from its history after a reconnection.

        nats-py's ordered consumer would notice the gap only after several missed heartbeats
        (about 20 s); a new one brings the state at once. Entries already applied are dropped
        by their sequence numbers, so only what changed meanwhile is shown.
        """
        old = self._subscription
        if old is not None:
            with contextlib.suppress(Exception):
                await old.unsubscribe()
        try:
            await self._watch()
        except (TimeoutError, nats.errors.Error) as exc:
            log.debug("watching the session again failed: %s", type(exc).__name__)
            self._problem(_unreachable(self.relay))

    async def _wait_until(self, predicate: Callable[[], bool], timeout: float) -> bool:
        if predicate():
            return True
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        entry = (predicate, future)
        self._waiters.append(entry)
        try:
            await asyncio.wait_for(future, timeout)
            return True
        except TimeoutError:
            return False
        finally:
            self._waiters.remove(entry)

    def _seal(self, facet: str, body: dict[str, Any] | None) -> tuple[str, bytes]:
        channel = self.secrets.channel(facet)
        return channel, self.secrets.seal(
            self._sender, self._clock.next(), channel, encode(facet, body)
        )

    async def _store(self, facet: str, body: dict[str, Any] | None, last: int | None = None) -> int:
        """Write ``facet`` to the bucket (compare-and-swap against ``last`` when given)."""
        assert self._kv is not None
        channel, data = self._seal(facet, body)
        try:
            return await self._kv.put(channel, data, last)
        except nats.js.errors.KeyWrongLastSequenceError:
            raise
        except nats.js.errors.APIError as exc:
            raise _relay_failed(exc) from exc
        except (TimeoutError, nats.errors.Error) as exc:
            raise _unreachable(self.relay) from exc

    # --- start --------------------------------------------------------------------------

    async def _begin(self, create: bool) -> None:
        js = self._nc.jetstream(timeout=REQUEST_TIMEOUT_S, domain=self.relay.domain)
        try:
            if create:
                await js.create_key_value(
                    bucket=self.secrets.bucket,
                    history=HISTORY,
                    ttl=SESSION_TTL_S,
                    max_bytes=BUCKET_MAX_BYTES,
                    max_value_size=MAX_VALUE_BYTES,
                    storage=StorageType.FILE,
                )
            else:
                await js.key_value(self.secrets.bucket)
            self._kv = Bucket(js, self.secrets.bucket, self.relay.domain)
        except nats.js.errors.BucketNotFoundError as exc:
            raise WrongKeyError(
                Message(
                    "No session with this id and key is on the relay at {url}: the key is "
                    "wrong, the session has ended, or the presenter uses another relay. Ask "
                    "for a new invitation or code; nothing was changed.",
                    url=self.relay.url,
                )
            ) from exc
        except nats.js.errors.ServiceUnavailableError as exc:
            raise RelayError(
                Message(
                    "The relay at {url} runs without JetStream, which sessions need. Start it "
                    "with casereview-cli relay, or ask the hospital to enable JetStream.",
                    url=self.relay.url,
                )
            ) from exc
        except nats.js.errors.APIError as exc:
            raise _relay_failed(exc) from exc
        except (TimeoutError, nats.errors.Error) as exc:
            raise _unreachable(self.relay) from exc
        await self._nc.subscribe(self.secrets.pointer_subject, cb=self._on_pointer)
        await self._watch()
        try:
            await asyncio.wait_for(self._replayed.wait(), REPLAY_TIMEOUT_S)
        except TimeoutError as exc:
            raise _unreachable(self.relay) from exc
        with self._lock:
            self.model.replaying = False
            joined = [ParticipantsChange(self.model.participant_list())]
        self._emit(joined)
        if create:
            pid = self.participant_id
            await self._store(ControlState(pid, pid).facet, ControlState(pid, pid).body(), last=0)
        await self._store(self.participant.facet, self.participant.body())
        own = self.participant_id
        arrived = await self._wait_until(
            lambda: own in self.model.participants and self.model.control is not None,
            REPLAY_TIMEOUT_S,
        )
        if not arrived:
            raise _unreachable(self.relay)
        self._tasks.append(asyncio.ensure_future(self._beat()))

    async def _watch(self) -> None:
        """Read the bucket from its retained history on, then live (one ordered consumer).

        This is what nats-py's key-value watcher does, without its queue in between: each
        entry is applied in the subscription's callback, in the stream's order.
        """
        js = self._nc.jetstream(timeout=REQUEST_TIMEOUT_S, domain=self.relay.domain)
        bucket = self.secrets.bucket
        self._subscription = await js.subscribe(
            f"$KV.{bucket}.>",
            stream=f"KV_{bucket}",
            cb=self._on_stored,
            ordered_consumer=True,
            deliver_policy=DeliverPolicy.ALL,
            inactive_threshold=300.0,
        )
        info = await self._subscription.consumer_info()
        if info.num_pending == 0 and self._subscription.delivered == 0:
            self._replayed.set()  # an empty bucket: nothing to replay

    async def _on_stored(self, msg: Msg) -> None:
        metadata = msg.metadata
        if not (msg.headers and _KV_OPERATION in msg.headers) and msg.data:
            prefix = len(f"$KV.{self.secrets.bucket}.")
            self._on_entry(msg.subject[prefix:], msg.data, metadata.sequence.stream)
        # (deletions and purges are not ours: we write tombstones)
        if metadata.num_pending == 0:
            self._replayed.set()

    def _on_entry(self, channel: str, data: bytes, revision: int) -> None:
        try:
            sender, seq, plaintext = self.secrets.open(channel, data)
            facet, body = read_envelope(plaintext)
            if self.secrets.channel(facet) != channel:
                raise MalformedMessageError(
                    Message("A session message was stored under another facet's name; ignored.")
                )
            value = decode(facet, body)
        except JointError as exc:
            self._problem(exc)
            return
        with self._lock:
            events = self.model.receive(Received(facet, sender.hex(), seq, value), revision)
        self._emit(events)

    async def _on_pointer(self, msg: Msg) -> None:
        try:
            sender, seq, plaintext = self.secrets.open(self.secrets.pointer_subject, msg.data)
            facet, body = read_envelope(plaintext)
            pointer = Pointer.from_body(body or {}) if facet == POINTER else None
        except JointError as exc:
            self._problem(exc)
            return
        pid = sender.hex()
        with self._lock:
            if pointer is not None:
                events = self.model.receive_pointer(pid, seq, pointer)
            elif facet == PRESENCE and pid != self.participant_id:
                events = self.model.heard(pid, time.monotonic())
            else:
                events = []
        self._emit(events)

    async def _beat(self) -> None:
        while True:
            await self._publish_ephemeral(PRESENCE, {})
            with self._lock:
                events = self.model.tick(time.monotonic())
            self._emit(events)
            await asyncio.sleep(PRESENCE_INTERVAL_S)

    async def _publish_ephemeral(self, facet: str, body: dict[str, Any]) -> None:
        subject = self.secrets.pointer_subject
        data = self.secrets.seal(self._sender, self._clock.next(), subject, encode(facet, body))
        with contextlib.suppress(nats.errors.Error):  # reconnecting: a lost beat is harmless
            await self._nc.publish(subject, data)

    # --- changing what everyone sees ----------------------------------------------------

    def change(self, *values: FacetValue) -> concurrent.futures.Future[bool]:
        """Show ``values`` here and, when in control, in the whole session.

        Returns
        -------
        Future[bool]
            ``True`` once the relay stored them, ``False`` at once when not in control (they
            stay local: the user looks around). A value naming a case package that is not the
            session's fails with :class:`~casereview.joint.errors.ForeignPackageError`.
        """
        foreign = [v for v in values if package_of(v) not in (None, *self.packages)]
        if foreign:
            refused: concurrent.futures.Future[bool] = concurrent.futures.Future()
            refused.set_exception(
                ForeignPackageError(
                    Message(
                        "This view shows a case that is not part of the session, so it was not "
                        "sent. Start a session for that case to show it."
                    )
                )
            )
            return refused
        with self._lock:
            for value in values:
                self.model.change_locally(value, value.facet)
            driving = self.model.driving
        if not driving:
            done: concurrent.futures.Future[bool] = concurrent.futures.Future()
            done.set_result(False)
            return done
        return self._submit(self._send_view([(v.facet, v.body()) for v in values]))

    def remove_annotation(self, uuid: str) -> concurrent.futures.Future[bool]:
        """Wipe an annotation drawn during the session (same rules as :meth:`change`)."""
        facet = f"annotation/{uuid}"
        with self._lock:
            self.model.change_locally(None, facet)
            driving = self.model.driving
        if not driving:
            done: concurrent.futures.Future[bool] = concurrent.futures.Future()
            done.set_result(False)
            return done
        return self._submit(self._send_view([(facet, None)]))

    async def _send_view(self, items: list[tuple[str, dict[str, Any] | None]]) -> bool:
        async with self._write_lock:
            for facet, body in items:
                if not self.driving:
                    return False  # control passed meanwhile: the new driver's view wins
                await self._store(facet, body)
        return True

    def _after_control(self, event: ControlChange) -> None:
        """Becoming the driver: write our whole view, so every site (and the store, for late
        joiners) shows what we show from now on, whatever the previous driver wrote last."""
        became = event.control.driver == self.participant_id
        if became and event.previous is not None and event.previous.driver != self.participant_id:
            with self._lock:
                items = [(f, v.body()) for f, v in sorted(self.model.shown.items())]
            if items and not self.model.replaying:
                self._tasks.append(asyncio.ensure_future(self._republish(items)))

    async def _republish(self, items: Sequence[tuple[str, dict[str, Any] | None]]) -> None:
        try:
            await self._send_view([(f, b) for f, b in items if is_view_facet(f)])
        except JointError as exc:
            self._problem(exc)

    def set_following(self, following: bool) -> None:
        """Leave "follow" to look around (the session's changes are kept, not shown) or snap
        back (they are shown at once, as ``state_changed`` events on the network thread)."""

        def apply() -> None:
            with self._lock:
                events = self.model.set_following(following)
            self._emit(events)

        self._network.call(apply)

    # --- pointers -----------------------------------------------------------------------

    def point(self, pointer: Pointer) -> None:
        """Show this participant's pointer at the others (at most :data:`POINTER_RATE` a
        second; the newest position always arrives)."""
        self._network.call(self._point, pointer)

    def _point(self, pointer: Pointer) -> None:
        if self._closed:
            return
        self._pointer_pending = pointer
        wait = self._pointer_last + 1.0 / POINTER_RATE - time.monotonic()
        if wait <= 0:
            self._send_pointer()
        elif self._pointer_timer is None:
            self._pointer_timer = self._network.loop.call_later(wait, self._send_pointer)

    def _send_pointer(self) -> None:
        self._pointer_timer = None
        pointer, self._pointer_pending = self._pointer_pending, None
        if pointer is None or self._closed:
            return
        self._pointer_last = time.monotonic()
        self._tasks.append(asyncio.ensure_future(self._publish_ephemeral(POINTER, pointer.body())))
        self._tasks = [t for t in self._tasks if not t.done()]

    # --- control ------------------------------------------------------------------------

    def request_control(self) -> concurrent.futures.Future[ControlOutcome]:
        """Ask for control: taken at once while control is open (the first asker wins), else
        a request the presenter or driver answers."""
        return self._submit(self._request_control())

    async def _request_control(self) -> ControlOutcome:
        async with self._write_lock:
            with self._lock:
                control, revision = self.model.control, self.model.control_revision
            if control is None:
                raise ControlError(Message("The session has no control yet; try again."))
            own = self.participant_id
            if control.driver == own:
                return ControlOutcome.GRANTED
            if control.mode is ControlMode.OPEN:
                taken = ControlState(control.presenter, own, ControlMode.HELD)
                try:
                    await self._store(taken.facet, taken.body(), last=revision)
                except nats.js.errors.KeyWrongLastSequenceError:
                    pass  # someone else took it first: ask instead
                else:
                    await self._wait_until(lambda: self.model.driving, REQUEST_TIMEOUT_S)
                    return ControlOutcome.GRANTED
            await self._store(REQUEST_PREFIX + own, ControlRequest(own).body())
            return ControlOutcome.REQUESTED

    def withdraw_request(self) -> concurrent.futures.Future[None]:
        """Withdraw this participant's request for control."""
        return self._submit(self._write(REQUEST_PREFIX + self.participant_id, None))

    async def _write(self, facet: str, body: dict[str, Any] | None) -> None:
        async with self._write_lock:
            await self._store(facet, body)

    def grant_control(self, participant_id: str) -> concurrent.futures.Future[None]:
        """Hand control to a participant (presenter or driver only; compare-and-swap: fails
        with :class:`ControlError` if control changed meanwhile)."""
        return self._submit(self._grant(participant_id))

    async def _grant(self, participant_id: str) -> None:
        async with self._write_lock:
            with self._lock:
                control, revision = self.model.control, self.model.control_revision
                known = participant_id in self.model.participants
            own = self.participant_id
            if control is None or own not in (control.presenter, control.driver):
                raise ControlError(
                    Message("Only the presenter or the participant in control can hand it on.")
                )
            if not known:
                raise ControlError(Message("That participant is not in the session."))
            granted = ControlState(control.presenter, participant_id, ControlMode.HELD)
            try:
                await self._store(granted.facet, granted.body(), last=revision)
            except nats.js.errors.KeyWrongLastSequenceError as exc:
                raise ControlError(
                    Message(
                        "Control changed meanwhile (someone else handed it on or took it); "
                        "look at who drives now and try again."
                    )
                ) from exc
            await self._store(REQUEST_PREFIX + participant_id, None)
        await self._wait_until(
            lambda: self.model.control is not None and self.model.control.driver == participant_id,
            REQUEST_TIMEOUT_S,
        )

    def take_control_back(self) -> concurrent.futures.Future[None]:
        """The presenter takes control back at once, whoever drives (revoking it)."""
        return self._submit(self._set_control(lambda c: ControlState(c.presenter, c.presenter)))

    def open_control(self) -> concurrent.futures.Future[None]:
        """The presenter opens control: the first participant to ask takes it."""
        return self._submit(
            self._set_control(lambda c: ControlState(c.presenter, c.driver, ControlMode.OPEN))
        )

    async def _set_control(self, make: Callable[[ControlState], ControlState]) -> None:
        async with self._write_lock:
            with self._lock:
                control = self.model.control
            if control is None or control.presenter != self.participant_id:
                raise ControlError(Message("Only the presenter can take or open control."))
            new = make(control)
            await self._store(new.facet, new.body())
        await self._wait_until(lambda: self.model.control == new, REQUEST_TIMEOUT_S)

    def release_control(self) -> concurrent.futures.Future[None]:
        """The participant in control hands it back to the presenter."""
        return self._submit(self._release())

    async def _release(self) -> None:
        with self._lock:
            control = self.model.control
        if control is None or control.driver != self.participant_id:
            return
        await self._grant(control.presenter)

    # --- one-time codes and leaving ----------------------------------------------------------

    def issue_code(self) -> concurrent.futures.Future[str]:
        """A new one-time code for this session (valid for one join, for
        :data:`~casereview.joint.invitation.CODE_LIFETIME_S`)."""
        return self._submit(self._issue_code())

    async def _issue_code(self) -> str:
        code = _new_code()
        slot, sealed = await asyncio.get_running_loop().run_in_executor(
            None, code_slot, self.credentials, code
        )
        lobby = await _lobby(self._nc, self.relay, create=True)
        try:
            await lobby.put(slot, sealed)
        except (TimeoutError, nats.errors.Error) as exc:
            raise _unreachable(self.relay) from exc
        return code

    def leave(self) -> concurrent.futures.Future[None]:
        """Leave the session (the others see it); the connection closes."""
        return self._submit(self._leave())

    async def _leave(self) -> None:
        if self._closed:
            return
        try:
            left = ParticipantInfo(
                self.participant_id,
                self.participant.name,
                self.participant.institution,
                self.participant.role,
                present=False,
            )
            async with self._write_lock:
                await self._store(left.facet, left.body())
        except JointError:
            pass  # the relay is gone: the others will see the connection lost
        finally:
            await self._shutdown()

    async def _shutdown(self) -> None:
        self._closed = True
        if self._pointer_timer is not None:
            self._pointer_timer.cancel()
        for task in self._tasks:
            task.cancel()
        if self._subscription is not None:
            with contextlib.suppress(Exception):
                await self._subscription.unsubscribe()
        with contextlib.suppress(Exception):
            await self._nc.close()


async def _lobby(connection: NatsClient, relay: Relay, *, create: bool) -> Bucket:
    js = connection.jetstream(timeout=REQUEST_TIMEOUT_S, domain=relay.domain)
    try:
        if create:
            try:
                await js.create_key_value(
                    bucket=LOBBY_BUCKET,
                    history=1,
                    ttl=CODE_LIFETIME_S,
                    max_value_size=4096,
                    max_bytes=4 * 1024 * 1024,
                    storage=StorageType.FILE,
                )
            except nats.js.errors.BadRequestError:
                pass  # made by another version with other limits: use it as it is
        await js.key_value(LOBBY_BUCKET)
        return Bucket(js, LOBBY_BUCKET, relay.domain)
    except nats.js.errors.BucketNotFoundError as exc:
        raise _code_not_valid() from exc
    except nats.js.errors.APIError as exc:
        raise _relay_failed(exc) from exc
    except (TimeoutError, nats.errors.Error) as exc:
        raise _unreachable(relay) from exc


def _code_not_valid() -> InvitationError:
    return InvitationError(
        Message(
            "This one-time code does not open a session on this relay: it was used already, "
            "expired (codes last 10 minutes), or the code or session id was typed wrong. Ask "
            "the presenter for a new code; nothing was changed."
        )
    )


# --- starting and joining ------------------------------------------------------------------


def _participant(name: str, institution: str, role: ParticipantRole) -> ParticipantInfo:
    return ParticipantInfo(secrets.token_hex(8), name.strip()[:80] or "?", institution, role)


async def _open(
    relay: Relay,
    credentials: SessionCredentials,
    participant: ParticipantInfo,
    check: Callable[[FacetValue], JointError | None] | None,
    network: NetworkThread,
    *,
    create: bool,
    connection: NatsClient | None = None,
) -> JointSession:
    callbacks = _Callbacks()
    if connection is None:
        connection = await _connect(relay, callbacks)
    session = JointSession(network, connection, credentials, participant, check, relay)
    callbacks.session = session
    try:
        await session._begin(create)
    except BaseException:
        await session._shutdown()
        raise
    return session


def start_session(
    relay: Relay,
    packages: Sequence[str],
    *,
    name: str,
    institution: str = "",
    check: Callable[[FacetValue], JointError | None] | None = None,
    network: NetworkThread | None = None,
) -> concurrent.futures.Future[JointSession]:
    """Start a session showing ``packages``, as its presenter (in control).

    Parameters
    ----------
    relay
        The relay to use.
    packages
        The case packages the session shows (every site must hold them).
    name
        The presenter's display name, as the others will see it.
    institution
        The presenter's institution.
    check
        Says whether a received value can be shown here (see
        :class:`~casereview.joint.state.SessionModel`).
    network
        The network thread (the process's shared one by default).
    """
    network = network or shared_network()
    credentials = SessionCredentials(
        new_session_id(), new_session_key(), tuple(packages), relay.url, institution
    )
    participant = _participant(name, institution, ParticipantRole.PRESENTER)
    return network.submit(_open(relay, credentials, participant, check, network, create=True))


def join_session(
    relay: Relay,
    credentials: SessionCredentials,
    *,
    name: str,
    institution: str = "",
    check: Callable[[FacetValue], JointError | None] | None = None,
    network: NetworkThread | None = None,
) -> concurrent.futures.Future[JointSession]:
    """Join a session with the credentials of an invitation
    (:func:`~casereview.joint.invitation.open_invitation`).

    The caller checks first that this workstation holds the session's packages
    (:func:`~casereview.joint.packages.bind_packages`): then nothing is joined without them.
    """
    network = network or shared_network()
    participant = _participant(name, institution, ParticipantRole.PARTICIPANT)
    return network.submit(_open(relay, credentials, participant, check, network, create=False))


def join_with_code(
    relay: Relay,
    session_id: str,
    code: str,
    *,
    name: str,
    institution: str = "",
    require: Callable[[tuple[str, ...]], None] | None = None,
    check: Callable[[FacetValue], JointError | None] | None = None,
    network: NetworkThread | None = None,
) -> concurrent.futures.Future[JointSession]:
    """Join a session with a one-time code read out by the presenter.

    Parameters
    ----------
    require
        Called with the session's packages before the code is used up; raising (e.g.
        :class:`~casereview.joint.errors.PackageNotHeldError`) stops the join and leaves the
        code valid.
    """
    network = network or shared_network()
    participant = _participant(name, institution, ParticipantRole.PARTICIPANT)

    async def run() -> JointSession:
        slot, secret = await asyncio.get_running_loop().run_in_executor(
            None, slot_name, code, session_id
        )
        callbacks = _Callbacks()
        connection = await _connect(relay, callbacks)
        try:
            lobby = await _lobby(connection, relay, create=False)
            entry = await lobby.get(slot)
            if entry is None:
                raise _code_not_valid()
            value, revision = entry
            credentials = open_code_slot(value, secret, session_id, relay.url)
            if require is not None:
                require(credentials.packages)
            try:  # used up: only the first of two joiners racing with one code gets in
                await lobby.delete(slot, last=revision)
            except nats.js.errors.KeyWrongLastSequenceError as exc:
                raise _code_not_valid() from exc
        except (TimeoutError, nats.errors.Error) as exc:
            await connection.close()
            raise _unreachable(relay) from exc
        except BaseException:
            await connection.close()
            raise
        session = await _open(
            relay, credentials, participant, check, network, create=False, connection=connection
        )
        callbacks.session = session
        return session

    return network.submit(run())
