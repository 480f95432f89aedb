"""Our own storage SCP (the "storage listener"), started with the application: pynetdicom.

Archives send images to a workstation in two ways: as the transfer of a C-MOVE the
workstation asked for, and unasked (a PACS administrator's auto-routing rule, a modality or a
colleague pushing a study). One :class:`StorageListener` takes both on one port: while a
C-MOVE of a series runs, :meth:`StorageListener.expect` routes that series' instances to the
retrieve's sink; everything else goes to the ``on_unsolicited`` callback (in the application,
:class:`casereview.services.pacs_incoming.IncomingImporter`).

Callers are checked at association: only the AE titles of the configured DICOM nodes may
send, unless the settings accept unknown callers; any other is refused with "calling AE
title not recognised" (PS3.8 9.3.4), which the sender's log names. A caller that calls
another AE title than ours is refused too ("called AE title not recognised"). A process-wide registry
(:func:`running_listener`) lets :func:`casereview.net.dimse_move.move_series` use a running
listener instead of opening a second server on the same port.

Handlers run on pynetdicom's threads: the routing table is guarded by a lock, and the
callbacks must be thread-safe. Nothing of the patient's identity is logged (UIDs are hashed).
"""

from __future__ import annotations

import errno
import logging
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any

from pydicom.uid import (
    JPEG2000,
    UID,
    DeflatedExplicitVRLittleEndian,
    ExplicitVRLittleEndian,
    ImplicitVRLittleEndian,
    JPEG2000Lossless,
    JPEGBaseline8Bit,
    JPEGExtended12Bit,
    JPEGLosslessSV1,
    JPEGLSLossless,
    RLELossless,
)
from pynetdicom import AE, evt
from pynetdicom.events import Event
from pynetdicom.transport import ThreadedAssociationServer

from casereview.domain.pacs_nodes import StorageListenerSettings, check_ae_title
from casereview.domain.privacy import pseudonymous_tag
from casereview.domain.settings import Settings
from casereview.messages import Message
from casereview.net.errors import PacsError
from casereview.net.query import InstanceSink, ReceivedInstance, check_uid
from casereview.net.received import received_from_store

__all__ = [
    "ACCEPTED_TRANSFER_SYNTAXES",
    "STORAGE_SOP_CLASSES",
    "StorageListener",
    "known_callers",
    "running_listener",
]

log = logging.getLogger(__name__)

#: SOP classes we take as a storage SCP (C-GET, C-MOVE and the listener): the images an HPB
#: case holds and the results casereview and other workstations make (PS3.4 B.5). An
#: association holds at most 128 presentation contexts.
STORAGE_SOP_CLASSES: tuple[str, ...] = (
    "1.2.840.10008.5.1.4.1.1.2",  # CT Image
    "1.2.840.10008.5.1.4.1.1.2.1",  # Enhanced CT Image
    "1.2.840.10008.5.1.4.1.1.4",  # MR Image
    "1.2.840.10008.5.1.4.1.1.4.1",  # Enhanced MR Image
    "1.2.840.10008.5.1.4.1.1.128",  # PET Image
    "1.2.840.10008.5.1.4.1.1.20",  # Nuclear Medicine Image
    "1.2.840.10008.5.1.4.1.1.6.1",  # Ultrasound Image
    "1.2.840.10008.5.1.4.1.1.3.1",  # Ultrasound Multi-frame Image
    "1.2.840.10008.5.1.4.1.1.1",  # Computed Radiography Image
    "1.2.840.10008.5.1.4.1.1.1.1",  # Digital X-Ray Image (for presentation)
    "1.2.840.10008.5.1.4.1.1.12.1",  # X-Ray Angiographic Image
    "1.2.840.10008.5.1.4.1.1.7",  # Secondary Capture Image
    "1.2.840.10008.5.1.4.1.1.7.2",  # Multi-frame Grayscale Byte Secondary Capture
    "1.2.840.10008.5.1.4.1.1.7.3",  # Multi-frame Grayscale Word Secondary Capture
    "1.2.840.10008.5.1.4.1.1.7.4",  # Multi-frame True Colour Secondary Capture
    "1.2.840.10008.5.1.4.1.1.66.4",  # Segmentation
    "1.2.840.10008.5.1.4.1.1.88.11",  # Basic Text SR
    "1.2.840.10008.5.1.4.1.1.88.22",  # Enhanced SR
    "1.2.840.10008.5.1.4.1.1.88.33",  # Comprehensive SR
    "1.2.840.10008.5.1.4.1.1.88.34",  # Comprehensive 3D SR
    "1.2.840.10008.5.1.4.1.1.88.67",  # X-Ray Radiation Dose SR
    "1.2.840.10008.5.1.4.1.1.88.59",  # Key Object Selection Document
    "1.2.840.10008.5.1.4.1.1.104.1",  # Encapsulated PDF
    "1.2.840.10008.5.1.4.1.1.11.1",  # Grayscale Softcopy Presentation State
    "1.2.840.10008.5.1.4.1.1.481.3",  # RT Structure Set
)

#: Transfer syntaxes we accept for them: uncompressed first, then every codec the import reads
#: (so the archive can send what it stores without converting it).
ACCEPTED_TRANSFER_SYNTAXES: tuple[str, ...] = (
    ExplicitVRLittleEndian,
    ImplicitVRLittleEndian,
    DeflatedExplicitVRLittleEndian,
    JPEGLosslessSV1,
    JPEGBaseline8Bit,
    JPEGExtended12Bit,
    JPEGLSLossless,
    JPEG2000Lossless,
    JPEG2000,
    RLELossless,
)

_VERIFICATION = UID("1.2.840.10008.1.1")

# C-STORE statuses we answer (PS3.4 B.2.3).
_SUCCESS = 0x0000
_OUT_OF_RESOURCES = 0xA700  # we could not keep it (disk full, a failing import)
_CANNOT_UNDERSTAND = 0xC000  # no Study/Series/SOP Instance UID to file it under

#: A calling AE title no peer can send (a backslash is not allowed in one, PS3.5): the list of
#: authorised callers when none is configured, so that pynetdicom refuses every caller rather
#: than accepting all (its meaning of an empty list).
_NOBODY = "\\"

#: Seconds pynetdicom waits for a peer's messages on a listener's associations.
_TIMEOUT = 60.0


def known_callers(settings: Settings) -> tuple[str, ...]:
    """The calling AE titles a listener accepts by default: those of the configured DIMSE nodes."""
    return tuple(sorted({node.ae_title for node in settings.dimse_nodes}))


class _ListenerAE(AE):
    """An AE whose authorised callers are read from the listener at each association.

    pynetdicom checks ``require_calling_aet`` when an association is requested; reading it
    from the listener lets the configured nodes change while the listener runs.
    """

    def __init__(self, ae_title: str, callers: Callable[[], list[str]]) -> None:
        super().__init__(ae_title=ae_title)
        self._callers = callers

    @property
    def require_calling_aet(self) -> list[str]:
        """The authorised calling AE titles (empty: every caller)."""
        return self._callers()

    @require_calling_aet.setter
    def require_calling_aet(self, ae_titles: list[str]) -> None:
        raise AttributeError("the listener's callers are set with set_known_callers()")


_registry_lock = threading.Lock()
_registry: dict[tuple[str, int], StorageListener] = {}


def running_listener(ae_title: str, port: int) -> StorageListener | None:
    """The listener of this process running as ``ae_title`` on ``port``, or ``None``.

    :func:`casereview.net.dimse_move.move_series` asks this before opening a server of its own.
    """
    with _registry_lock:
        return _registry.get((ae_title.strip(), port))


class StorageListener:
    """Our storage SCP on one port: C-MOVE transfers and images pushed to us unasked.

    Parameters
    ----------
    settings
        AE title, port, bind address and whether unknown callers are accepted.
    known_callers
        Calling AE titles allowed to send (the configured DIMSE nodes' AE titles, see
        :func:`known_callers`); ignored when ``settings.accept_unknown_callers``.
    on_unsolicited
        Receives each instance nobody is retrieving (called from pynetdicom's threads; an
        exception makes us answer the sender "out of resources", so it keeps the image).
    """

    def __init__(
        self,
        settings: StorageListenerSettings,
        known_callers: Iterable[str],
        on_unsolicited: Callable[[ReceivedInstance], None],
    ) -> None:
        self._settings = settings
        self._on_unsolicited = on_unsolicited
        self._lock = threading.Lock()  # guards the fields below (read by network threads)
        self._lifecycle = threading.Lock()  # one start or stop at a time
        self._known: frozenset[str] = frozenset()
        self._expected: dict[tuple[str, str], list[InstanceSink]] = {}
        self._server: ThreadedAssociationServer | None = None
        self._address: tuple[str, int] = (settings.bind_host, settings.port)
        self.set_known_callers(known_callers)

    # --- state ----------------------------------------------------------------------------

    @property
    def settings(self) -> StorageListenerSettings:
        """The settings it was made with."""
        return self._settings

    @property
    def running(self) -> bool:
        """Whether it listens now."""
        with self._lock:
            return self._server is not None

    @property
    def address(self) -> tuple[str, int]:
        """``(host, port)`` it listens on once started (the configured ones before)."""
        with self._lock:
            return self._address

    def set_known_callers(self, titles: Iterable[str]) -> None:
        """Change who may send (the nodes changed); takes effect at the next association.

        Raises
        ------
        ValidationError
            If a title is not a valid AE title.
        """
        known = frozenset(check_ae_title(t, Message("A caller's AE title")) for t in titles)
        with self._lock:
            self._known = known

    def _authorised_callers(self) -> list[str]:
        if self._settings.accept_unknown_callers:
            return []  # pynetdicom: no check
        with self._lock:
            return sorted(self._known) or [_NOBODY]

    # --- start and stop -------------------------------------------------------------------

    def start(self) -> None:
        """Listen on the configured address and port (returns at once; serves on threads).

        Raises
        ------
        PacsError
            If the port cannot be opened (another program listens there, it needs
            administrator rights, or the address is not one of this machine's), with what
            to do about it.
        """
        with self._lifecycle:
            if self.running:
                return
            self._start()

    def _start(self) -> None:
        settings = self._settings
        ae = _ListenerAE(settings.ae_title, self._authorised_callers)
        ae.acse_timeout = ae.dimse_timeout = ae.network_timeout = _TIMEOUT
        # An archive calling another AE title is misconfigured (it meant another workstation):
        # refused, so its log says "called AE title not recognised".
        ae.require_called_aet = True
        ae.add_supported_context(_VERIFICATION)
        for sop_class in STORAGE_SOP_CLASSES:
            ae.add_supported_context(sop_class, list(ACCEPTED_TRANSFER_SYNTAXES))
        try:
            server = ae.start_server(
                (settings.bind_host, settings.port),
                block=False,
                evt_handlers=[
                    (evt.EVT_C_STORE, self._handle_store),
                    (evt.EVT_REJECTED, self._handle_rejected),
                ],
            )
        except OSError as exc:
            raise self._cannot_listen(exc) from exc
        if server is None:  # pynetdicom returns a server whenever block is False
            raise PacsError(Message("The storage listener could not be started."))
        host, port = server.server_address[:2]
        with self._lock:
            self._server = server
            self._address = (str(host), int(port))
        with _registry_lock:
            _registry[(settings.ae_title, int(port))] = self
        log.info(
            "storage listener started as %s on %s:%d (%s callers)",
            settings.ae_title,
            host,
            port,
            "any" if settings.accept_unknown_callers else f"{len(self._known)} known",
        )

    def _cannot_listen(self, exc: OSError) -> PacsError:
        settings = self._settings
        if exc.errno == errno.EADDRINUSE:
            return PacsError(
                Message(
                    "The storage listener cannot open port {port}: another program (or another "
                    "casereview) already listens there. Stop that program, or choose another "
                    "port in the listener settings and tell the PACS administrator.",
                    port=str(settings.port),
                )
            )
        if exc.errno == errno.EACCES:
            return PacsError(
                Message(
                    "The storage listener may not open port {port}: ports below 1024 need "
                    "administrator rights. Choose a port such as 11112 and tell the PACS "
                    "administrator.",
                    port=str(settings.port),
                )
            )
        if exc.errno == errno.EADDRNOTAVAIL:
            return PacsError(
                Message(
                    "The storage listener cannot listen on {host}: it is not an address of "
                    "this computer. Use 0.0.0.0 (every network interface) or this computer's "
                    "own address.",
                    host=settings.bind_host,
                )
            )
        return PacsError(
            Message(
                "The storage listener cannot open {host}:{port} ({reason}).",
                host=settings.bind_host,
                port=str(settings.port),
                reason=exc.strerror or type(exc).__name__,
            )
        )

    def stop(self) -> None:
        """Stop listening and free the port; transfers in progress are aborted.

        Safe to call when it is not running.
        """
        with self._lifecycle:
            with self._lock:
                server, self._server = self._server, None
                address = self._address
            if server is None:
                return
            with _registry_lock:
                if _registry.get((self._settings.ae_title, address[1])) is self:
                    del _registry[(self._settings.ae_title, address[1])]
            server.shutdown()  # no new associations; the socket is closed
            for assoc in server.active_associations:
                assoc.abort()
        log.info("storage listener on port %d stopped", address[1])

    def __enter__(self) -> StorageListener:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # --- routing --------------------------------------------------------------------------

    def expect(
        self, study_instance_uid: str, series_instance_uid: str, sink: InstanceSink
    ) -> AbstractContextManager[None]:
        """Route the instances of one series to ``sink`` while the context is open.

        Used by a C-MOVE through this listener: the archive sends the series here, and its
        instances go to the retrieve instead of ``on_unsolicited``. An exception from
        ``sink`` is answered to the archive as a failed sub-operation.

        Raises
        ------
        ValidationError
            If a UID is not a DICOM UID.
        """
        key = (
            check_uid(study_instance_uid, Message("The Study Instance UID")),
            check_uid(series_instance_uid, Message("The Series Instance UID")),
        )
        return self._expecting(key, sink)

    @contextmanager
    def _expecting(self, key: tuple[str, str], sink: InstanceSink) -> Iterator[None]:
        with self._lock:
            self._expected.setdefault(key, []).append(sink)
        try:
            yield
        finally:
            with self._lock:
                sinks = self._expected.get(key, [])
                if sink in sinks:
                    sinks.remove(sink)
                if not sinks:
                    self._expected.pop(key, None)

    def _sink_for(self, study: str, series: str) -> InstanceSink | None:
        with self._lock:
            sinks = self._expected.get((study, series))
            # Two retrieves of the same series at once: the latest one takes it (the other
            # finds the images present when it checks).
            return sinks[-1] if sinks else None

    def _handle_store(self, event: Event) -> int:
        """C-STORE: file the instance with its retrieve, or hand it over as unsolicited."""
        try:
            instance = received_from_store(event)
        except (AttributeError, KeyError, ValueError, TypeError) as exc:
            log.warning("refused an instance without its identifying UIDs (%s)", type(exc).__name__)
            return _CANNOT_UNDERSTAND
        sink = self._sink_for(instance.study_instance_uid, instance.series_instance_uid)
        try:
            if sink is not None:
                sink(instance)
            else:
                self._on_unsolicited(instance)
        except Exception as exc:  # answered to the sender, who keeps the image and may retry
            log.warning(
                "could not keep an instance of series %s (%s)",
                pseudonymous_tag(instance.series_instance_uid),
                type(exc).__name__,
            )
            return _OUT_OF_RESOURCES
        return _SUCCESS

    @staticmethod
    def _handle_rejected(event: Event) -> None:
        """Say in the log who was refused and whom it called (AE titles are not patient data)."""
        requestor: Any = getattr(event.assoc, "requestor", None)
        request: Any = getattr(requestor, "primitive", None)  # the A-ASSOCIATE-RQ
        log.warning(
            "storage listener refused a caller with AE title %r calling %r (a caller that is "
            "not a configured DICOM node, or an AE title that is not ours)",
            getattr(requestor, "ae_title", "?"),
            getattr(request, "called_ae_title", "?"),
        )
