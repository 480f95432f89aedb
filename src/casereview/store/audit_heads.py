"""The signed head of the audit trail: its row in ``audit_heads`` and its file beside the database.

Reads here use SQLAlchemy Core, not the ORM, so that the check at start-up stays cheap (the ORM
models are imported when the first session opens; ``casereview-cli info`` never needs them).
"""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Integer, String, Text, column, event, select, table

from casereview.domain.audit import AuditHead, SignedAuditHead
from casereview.store.types import UTCDateTime

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

#: Key of ``Session.info`` under which :class:`~casereview.store.database.Database` hands its
#: :class:`~casereview.domain.audit.AuditSeal` to the audit repository.
AUDIT_SEAL_INFO = "casereview.audit_seal"

#: The one row of ``audit_heads``.
HEAD_ROW_ID = 1

#: Ending of the head file's name beside an SQLite database (``casereview.audit-head.json``).
HEAD_FILE_SUFFIX = ".audit-head.json"


def sqlite_head_file(database: Path) -> Path:
    """The head file of the SQLite database file ``database``: beside it, named after it."""
    return database.with_name(database.stem + HEAD_FILE_SUFFIX)


audit_events_table = table(
    "audit_events",
    column("id", Integer()),
    column("occurred_at", UTCDateTime()),
    column("user_id", Integer()),
    column("action", String()),
    column("entity_type", String()),
    column("entity_id", String()),
    column("details_json", Text()),
    column("prev_hash", String()),
    column("row_hash", String()),
    column("chain", String()),
)

audit_heads_table = table(
    "audit_heads",
    column("id", Integer()),
    column("record_count", Integer()),
    column("last_id", Integer()),
    column("last_hash", String()),
    column("public_key", String()),
    column("signature", String()),
)


def read_database_head(connection: Connection) -> SignedAuditHead | None:
    """The signed head stored in the database, or ``None`` when there is none.

    A row whose key or signature is not hexadecimal is returned with empty bytes, so that the
    signature check fails on it like on any other edit.
    """
    row = connection.execute(
        select(audit_heads_table).where(audit_heads_table.c.id == HEAD_ROW_ID)
    ).one_or_none()
    if row is None:
        return None
    return SignedAuditHead(
        AuditHead(int(row.record_count), int(row.last_id), str(row.last_hash)),
        _hex_or_empty(row.public_key),
        _hex_or_empty(row.signature),
    )


def _hex_or_empty(text: object) -> bytes:
    try:
        return bytes.fromhex(str(text))
    except ValueError:
        return b""


def read_head_file(path: Path) -> SignedAuditHead | None:
    """The head file's signed head, or ``None`` when the file does not exist.

    Raises
    ------
    ValueError
        If the file exists but is not a head casereview wrote (or cannot be read).
    """
    try:
        text = path.read_text(encoding="ascii")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError("unreadable audit head file") from exc
    return SignedAuditHead.from_json(text)


def write_head_file(path: Path, signed: SignedAuditHead) -> None:
    """Replace the head file atomically (a reader sees the old head or the new, never half).

    Raises
    ------
    OSError
        If the file cannot be written; the old one is then left as it was.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(prefix=".audit-head.", dir=path.parent)
    try:
        with os.fdopen(descriptor, "w", encoding="ascii") as handle:
            handle.write(signed.to_json())
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


_PENDING_HEAD_INFO = "casereview.audit_head_pending"


def write_head_file_after_commit(session: Session, path: Path, signed: SignedAuditHead) -> None:
    """Write ``signed`` to ``path`` once ``session``'s transaction has committed.

    Written after the commit, never before: a transaction rolled back after writing the file
    would leave a file ahead of the database, which reads as records deleted. A crash between
    commit and file leaves the file behind the database, which verification accepts when the
    chain continues from it (and the next start brings it up to date).
    """
    session.info[_PENDING_HEAD_INFO] = (path, signed)
    if not event.contains(session, "after_commit", _write_pending_head):
        event.listen(session, "after_commit", _write_pending_head)
        event.listen(session, "after_rollback", _forget_pending_head)


def _write_pending_head(session: Session) -> None:
    pending = session.info.pop(_PENDING_HEAD_INFO, None)
    if pending is None:
        return
    path, signed = pending
    try:
        current = read_head_file(path)
    except ValueError:
        current = signed  # an altered file is kept: it is evidence until someone looks at it
    if current is not None and current.head.record_count >= signed.head.record_count:
        # A file ahead of the database is the record of deleted records or of an older copy
        # put in place (or of a later append by another process): never overwrite it with less.
        log.info("the audit head file is ahead of this database; it was left as it is")
        return
    try:
        write_head_file(path, signed)
    except OSError as exc:  # the database is committed; the next start rewrites the file
        log.warning("could not write the audit head file: %s", exc.strerror)


def _forget_pending_head(session: Session) -> None:
    session.info.pop(_PENDING_HEAD_INFO, None)
