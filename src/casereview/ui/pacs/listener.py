"""The storage listener while the application runs: started with it when the settings say so,
restarted when they change, stopped when the window closes.

The listener (:class:`~casereview.net.storage_scp.StorageListener`) takes C-MOVE transfers and
images an archive pushes unasked; the latter go to an
:class:`~casereview.services.pacs_incoming.IncomingImporter`, which imports a series once no
image of it arrived for a few seconds and reports the series ids from its own thread. They
are handed to the UI thread through a queued signal, where the window is told what changed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal

from casereview.domain.pacs_nodes import StorageListenerSettings
from casereview.domain.settings import Settings
from casereview.errors import CasereviewError
from casereview.net.storage_scp import StorageListener, known_callers
from casereview.services.pacs_incoming import IncomingImporter
from casereview.ui.context import WorkstationContext
from casereview.ui.core_messages import translate_message
from casereview.ui.pacs.common import pacs_folders

log = logging.getLogger(__name__)


class ListenerControl(QObject):
    """Keeps the storage listener in step with the settings.

    Parameters
    ----------
    context
        The application (settings, database, user, folders).
    present_error
        Shows a failure to start (the shell's error display): the window keeps working.
    quiet_seconds
        How long a pushed series must stay quiet before it is imported.
    """

    #: The listener started, stopped or failed (:meth:`state_text` says which).
    state_changed = Signal()
    #: Internal ids of series that images pushed to us were imported into (UI thread).
    imported = Signal(list)
    # Carries the importer's callback from its thread to this object's (a queued connection).
    _imported_elsewhere = Signal(list)

    def __init__(
        self,
        context: WorkstationContext,
        present_error: Callable[[BaseException], None],
        *,
        quiet_seconds: float = 5.0,
    ) -> None:
        super().__init__()
        self._context = context
        self._present_error = present_error
        self._quiet_seconds = quiet_seconds
        self._listener: StorageListener | None = None
        self._importer: IncomingImporter | None = None
        self._applied: StorageListenerSettings | None = None
        self._error: str = ""
        self._imported_elsewhere.connect(self.imported)

    @property
    def listener(self) -> StorageListener | None:
        """The running listener, if any."""
        return self._listener

    @property
    def running(self) -> bool:
        """Whether the listener listens now."""
        return self._listener is not None and self._listener.running

    @property
    def error(self) -> str:
        """Why the listener could not start (translated), or ``""``."""
        return self._error

    def state_text(self) -> str:
        """ "Listening on 0.0.0.0:11112 as CASEREVIEW", "Off", or why it could not start."""
        if self._listener is not None and self._listener.running:
            host, port = self._listener.address
            return QCoreApplication.translate("Pacs", "Listening on {host}:{port} as {ae}").format(
                host=host, port=port, ae=self._listener.settings.ae_title
            )
        if self._error:
            return QCoreApplication.translate("Pacs", "Not listening: {reason}").format(
                reason=self._error
            )
        return QCoreApplication.translate("Pacs", "Off")

    def apply(self, settings: Settings, *, retry: bool = False) -> None:
        """Start, restart or stop the listener as ``settings`` say.

        Only a change of the listener's own settings restarts it (a new node only changes who
        may send). A listener that could not start is tried again when its settings change,
        or with ``retry`` (the user pressed Apply), not after every other change of settings.
        """
        wanted = settings.storage_listener
        if wanted == self._applied and not retry:
            if self._listener is not None:
                try:
                    self._listener.set_known_callers(known_callers(settings))
                except CasereviewError as exc:
                    self._present_error(exc)
            return
        self.stop()
        self._applied = wanted
        if wanted.enabled:
            self._start(settings)
        self.state_changed.emit()

    def _start(self, settings: Settings) -> None:
        context = self._context
        folders = pacs_folders(context)
        importer = IncomingImporter(
            context.db,
            context.user.username,
            pacs_dir=folders.pacs_dir,
            staging_dir=folders.staging_dir,
            quarantine_dir=folders.quarantine_dir,
            quiet_seconds=self._quiet_seconds,
            on_imported=self._imported_elsewhere.emit,
        )
        try:
            listener = StorageListener(settings.storage_listener, known_callers(settings), importer)
            listener.start()
        except CasereviewError as exc:
            importer.close()
            self._error = translate_message(exc.message)
            log.warning("storage listener not started (%s)", type(exc).__name__)
            self._present_error(exc)
            return
        self._listener, self._importer = listener, importer

    def stop(self) -> None:
        """Stop listening, then import what is still pending (before the database closes)."""
        listener, importer = self._listener, self._importer
        self._listener = self._importer = None
        self._error = ""
        if listener is not None:
            listener.stop()
        if importer is not None:
            importer.close()
        if listener is not None:
            self.state_changed.emit()

    def flush(self) -> list[int]:
        """Import every pushed series now, quiet or not (ids of the series that grew)."""
        return self._importer.flush() if self._importer is not None else []
