"""Changes made at other workstations of a department PostgreSQL database, as they commit.

Revision 0018 puts triggers on the tables the views show that call
``pg_notify('casereview_changes', payload)`` for every row inserted, updated or deleted; the
payload is JSON with the table, the operation and internal ids only (no patient data)::

    {"table": "agenda_items", "op": "update", "id": 7, "case_id": 3, "meeting_id": 2}

:class:`ChangeListener` holds a connection of its own (psycopg 3, autocommit) that ``LISTEN``\\ s on
the channel in a background thread, turns each payload into a
:class:`~casereview.domain.changes.Changes` record (:func:`changes_from_payload`) and hands it
to a callback, from that thread. When the server goes away (restart, network) it reconnects
with back-off and then reports :data:`RESYNC`: what was committed while it was away was not
heard, so every view that follows these kinds reads again.

Our own writes come back too; views refresh idempotently, so that is harmless.
SQLite has no notifications: nothing here runs for it.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy.engine import make_url

from casereview.domain.changes import Changes

log = logging.getLogger(__name__)

#: The channel the triggers of revision 0018 notify.
CHANNEL = "casereview_changes"

#: Seconds between checks of the stop flag while no notification arrives.
POLL_S = 0.25

#: Back-off between reconnection attempts: first wait, growth factor, longest wait (seconds).
RECONNECT_FIRST_S = 0.5
RECONNECT_FACTOR = 2.0
RECONNECT_MAX_S = 10.0

#: The kinds notifications can report: all of them, any item, after a reconnection.
RESYNC = (
    Changes.of("cases", None)
    | Changes.of("meetings", None)
    | Changes.of("decisions", None)
    | Changes.of("annotations", None)
    | Changes.of("key_images", None)
    | Changes.of("segments", None)
    | Changes.of("views", None)
    | Changes.of("layers", None)
    | Changes.of("index", None)
    | Changes.of("series", None)
)


def _ids(value: Any) -> list[int] | None:
    """``[value]`` for an integer id, ``None`` (any item) otherwise."""
    return [value] if isinstance(value, int) and not isinstance(value, bool) else None


def changes_from_payload(payload: str) -> Changes | None:
    """The :class:`Changes` record a notification stands for; ``None`` if it is not one of ours.

    Each kind uses the ids :class:`Changes` documents: case ids for cases and a case's
    annotations, key images, segments, views and layers; meeting ids for meetings and
    decisions (a decision or action item names the meeting of its agenda item); series ids
    for the index.
    """
    try:
        data = json.loads(payload)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    table = data.get("table")
    row_id, case_id, meeting_id = data.get("id"), data.get("case_id"), data.get("meeting_id")
    if table == "cases":
        return Changes.of("cases", _ids(row_id))
    if table == "meetings":
        return Changes.of("meetings", _ids(row_id))
    if table in ("agenda_items", "attendees"):
        return Changes.of("meetings", _ids(meeting_id))
    if table in ("decisions", "action_items"):
        return Changes.of("decisions", _ids(meeting_id))
    case_kinds = {
        "annotations": "annotations",
        "key_images": "key_images",
        "segments": "segments",
        "saved_views_3d": "views",
        "received_opinions": "layers",
        "resectability_versions": "cases",
        "liver_plan_versions": "cases",
    }
    if table in case_kinds:
        return Changes.of(case_kinds[table], _ids(case_id))
    if table == "series":
        return Changes.of("index", _ids(row_id)) | Changes.of("series", _ids(row_id))
    if table == "patients":
        return Changes.of("index", None)
    return None


def supports_notifications(url: str) -> bool:
    """Whether the database at ``url`` notifies changes (PostgreSQL)."""
    return make_url(url).get_backend_name() == "postgresql"


def libpq_conninfo(url: str) -> str:
    """The libpq URI of a SQLAlchemy PostgreSQL URL (password included: never log it)."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


class ChangeListener:
    """Listens for the department database's change notifications in a thread of its own.

    Parameters
    ----------
    url
        SQLAlchemy URL of the PostgreSQL database (``postgresql+psycopg://…``).
    on_changes
        Called from the listener's thread with each :class:`Changes` record (and with
        :data:`RESYNC` after a reconnection); must return quickly and not raise.
    on_state
        Called from the listener's thread with ``True`` when listening and ``False`` when the
        connection was lost (optional).
    """

    def __init__(
        self,
        url: str,
        on_changes: Callable[[Changes], None],
        on_state: Callable[[bool], None] | None = None,
    ) -> None:
        if not supports_notifications(url):
            raise ValueError("change notifications need a PostgreSQL database")
        self._conninfo = libpq_conninfo(url)
        self._on_changes = on_changes
        self._on_state = on_state
        self._stop = threading.Event()
        self._listening = threading.Event()
        self._thread: threading.Thread | None = None
        #: Notifications handed on (for tests and the log).
        self.delivered = 0
        #: Connections made (1 at start; more after the server came back).
        self.connections = 0

    @property
    def listening(self) -> bool:
        """Whether the listener holds a live connection with ``LISTEN`` active."""
        return self._listening.is_set()

    def start(self) -> None:
        """Start listening in a daemon thread (returns at once)."""
        if self._thread is not None:
            return
        self._thread = threading.Thread(
            target=self._run, name="casereview-change-listener", daemon=True
        )
        self._thread.start()

    def wait_listening(self, timeout: float) -> bool:
        """Wait until ``LISTEN`` is active; whether it is."""
        return self._listening.wait(timeout)

    def stop(self, timeout: float = 5.0) -> None:
        """Stop listening and close the connection (waits up to ``timeout`` seconds)."""
        self._stop.set()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(timeout)

    def _run(self) -> None:
        import psycopg

        delay = RECONNECT_FIRST_S
        while not self._stop.is_set():
            try:
                with psycopg.connect(self._conninfo, autocommit=True, connect_timeout=5) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.connections += 1
                    resumed = self.connections > 1
                    self._listening.set()
                    self._report_state(True)
                    log.info("listening for department changes (connection %d)", self.connections)
                    delay = RECONNECT_FIRST_S
                    if resumed:
                        # Whatever committed while we were away was not heard: read it all again.
                        self._deliver(RESYNC)
                    self._listen(conn)
            except psycopg.Error as exc:
                if self._stop.is_set():
                    break
                # The class only: a libpq message may carry the host and user.
                log.warning(
                    "department change listener lost its connection (%s); retrying in %.1f s",
                    type(exc).__name__,
                    delay,
                )
            finally:
                if self._listening.is_set():
                    self._listening.clear()
                    self._report_state(False)
            if self._stop.wait(delay):
                break
            delay = min(delay * RECONNECT_FACTOR, RECONNECT_MAX_S)

    def _listen(self, conn: Any) -> None:
        while not self._stop.is_set():
            for notify in conn.notifies(timeout=POLL_S):
                changes = changes_from_payload(notify.payload)
                if changes:
                    self._deliver(changes)
                if self._stop.is_set():
                    return

    def _deliver(self, changes: Changes) -> None:
        self.delivered += 1
        try:
            self._on_changes(changes)
        except Exception:  # a faulty receiver must not end the listening
            log.exception("a receiver of department changes failed")

    def _report_state(self, listening: bool) -> None:
        if self._on_state is None:
            return
        try:
            self._on_state(listening)
        except Exception:
            log.exception("a receiver of the department connection state failed")
