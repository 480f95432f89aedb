"""Verifying the audit trail: its chain, its ids and its signed head.

Each record carries the hash of the record before it and its own hash over a canonical form of
its content: plain SHA-256 for records written before revision 0011, HMAC-SHA256 under the
installation's audit key after it (``domain.audit``). That finds a record edited, inserted or
deleted in the middle, and, because only the key's holder can compute the keyed hashes, a chain
recomputed after an edit. What a chain cannot show -- its newest records deleted, or the whole
database swapped for an older copy -- the signed head shows: the record count, newest id and
hash, signed with the institution's key after every append and kept both in the database and in
a file beside it. Ids are never reused, so a deletion also leaves a gap.

Reads use SQLAlchemy Core only: :func:`check_audit_at_start` runs at every start.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Row, func, select, text

from casereview.domain.audit import (
    CHAIN_HMAC,
    CHAIN_SHA256,
    GENESIS_HASH,
    AuditHead,
    AuditSeal,
    SignedAuditHead,
    chain_hash,
    keyed_chain_hash,
)
from casereview.domain.progress import CancelToken
from casereview.errors import AuditTrailError
from casereview.messages import Message
from casereview.store.audit_heads import (
    audit_events_table,
    read_database_head,
    read_head_file,
    write_head_file,
)
from casereview.store.database import Database

log = logging.getLogger(__name__)

_BATCH = 5000

#: How many of the newest records the check at start-up recomputes.
START_CHECK_RECORDS = 50


@dataclass(frozen=True, slots=True)
class BrokenRecord:
    """The first audit record whose chain does not hold.

    Attributes
    ----------
    event_id
        Internal id of the record (``audit_events.id``).
    action
        Its action as stored now.
    reason
        What does not match, in words.
    """

    event_id: int
    action: str
    reason: str


@dataclass(frozen=True, slots=True)
class MissingRecords:
    """Records deleted from the trail: ``count`` of them after record ``after_id`` (0: the start)."""

    count: int
    after_id: int


@dataclass(frozen=True, slots=True)
class OlderCopy:
    """The database is an older copy: the head file saw ``expected`` records, it holds ``found``."""

    expected: int
    found: int


@dataclass(frozen=True, slots=True)
class ChainVerification:
    """Result of :func:`verify_audit_chain` and :func:`check_audit_at_start`.

    Attributes
    ----------
    records_checked
        Records whose hash was recomputed.
    broken
        The first record that does not match, if any.
    missing
        Records found missing (by a gap in the ids or by the signed head), if any.
    older_copy
        Set when the database is an older copy of the one the head file was written for.
    head_problem
        What is wrong with the signed head itself (edited, deleted, not matching), if anything.
    """

    records_checked: int
    broken: BrokenRecord | None = None
    missing: MissingRecords | None = None
    older_copy: OlderCopy | None = None
    head_problem: Message | None = None

    @property
    def intact(self) -> bool:
        """Whether nothing was found wrong."""
        return (
            self.broken is None
            and self.missing is None
            and self.older_copy is None
            and self.head_problem is None
        )

    def describe(self) -> Message:
        """One sentence for the command line and the GUI: the most telling finding."""
        if self.older_copy is not None:
            return Message(
                "The database was replaced by an older copy: its audit trail had "
                "{expected} records and this database holds {found}. Keep both copies and tell "
                "your data protection officer.",
                expected=self.older_copy.expected,
                found=self.older_copy.found,
            )
        if self.missing is not None:
            if self.missing.after_id == 0 and self.missing.count == 1:
                return Message(
                    "The audit trail was altered: its first record is missing. Keep a copy of "
                    "the database and tell your data protection officer."
                )
            if self.missing.after_id == 0:
                return Message(
                    "The audit trail was altered: {count} records are missing from its start. "
                    "Keep a copy of the database and tell your data protection officer.",
                    count=self.missing.count,
                )
            if self.missing.count == 1:
                return Message(
                    "The audit trail was altered: 1 record is missing after record #{after}. "
                    "Keep a copy of the database and tell your data protection officer.",
                    after=self.missing.after_id,
                )
            return Message(
                "The audit trail was altered: {count} records are missing after record "
                "#{after}. Keep a copy of the database and tell your data protection officer.",
                count=self.missing.count,
                after=self.missing.after_id,
            )
        if self.broken is not None:
            return Message(
                "The audit trail was altered: record #{id} ({action}) {reason}. Records before "
                "it are intact; keep a copy of the database and tell your data protection "
                "officer.",
                id=self.broken.event_id,
                action=self.broken.action,
                reason=self.broken.reason,
            )
        if self.head_problem is not None:
            return Message(
                "The audit trail cannot be trusted: {problem}. Keep a copy of the database "
                "and tell your data protection officer.",
                problem=self.head_problem,
            )
        return Message("The audit trail is intact: {n} records verified.", n=self.records_checked)


@dataclass(frozen=True, slots=True)
class _Walk:
    """Where a walk along the chain ended."""

    checked: int
    last_id: int
    last_hash: str
    keyed: bool
    broken: BrokenRecord | None = None
    missing: MissingRecords | None = None


def verify_audit_chain(
    db: Database,
    *,
    progress: Callable[[int, int, str], None] | None = None,
    cancel: CancelToken | None = None,
) -> ChainVerification:
    """Recompute the whole chain, oldest record first, and check it against the signed head.

    Returns
    -------
    ChainVerification
        How many records were checked and what, if anything, is wrong.

    Raises
    ------
    AuditTrailError
        If the trail is keyed and the database was opened without the audit seal.
    OperationCancelled
        If ``cancel`` is set.
    """
    with db.engine.connect() as connection:
        total = connection.scalar(select(func.count()).select_from(audit_events_table)) or 0
        walk = _walk(
            connection,
            db.audit_seal,
            _Walk(0, 0, GENESIS_HASH, keyed=False),
            progress=progress,
            cancel=cancel,
            total=total,
        )
        return _conclude(connection, db, walk, total)


def check_audit_at_start(db: Database) -> ChainVerification:
    """The cheap check made whenever the database is opened.

    Recomputes the newest :data:`START_CHECK_RECORDS` records and checks the end of the trail
    against the signed head in the database and in the head file. When all is well and the head
    file is behind the database (another workstation wrote since, or casereview stopped between
    a commit and the file), the file is brought up to date.
    """
    seal = db.audit_seal
    with db.engine.connect() as connection:
        total = connection.scalar(select(func.count()).select_from(audit_events_table)) or 0
        newest = connection.execute(
            select(
                audit_events_table.c.id, audit_events_table.c.row_hash, audit_events_table.c.chain
            )
            .order_by(audit_events_table.c.id.desc())
            .limit(1)
            .offset(START_CHECK_RECORDS)
        ).one_or_none()
        start = (
            _Walk(0, 0, GENESIS_HASH, keyed=False)
            if newest is None
            else _Walk(0, newest.id, newest.row_hash, keyed=newest.chain == CHAIN_HMAC)
        )
        walk = _walk(connection, seal, start, progress=None, cancel=None, total=total)
        result = _conclude(connection, db, walk, total)
        if result.intact and seal is not None and seal.head_file is not None:
            _refresh_head_file(connection, seal)
    return result


def _walk(
    connection: Connection,
    seal: AuditSeal | None,
    start: _Walk,
    *,
    progress: Callable[[int, int, str], None] | None,
    cancel: CancelToken | None,
    total: int,
) -> _Walk:
    """Recompute the chain after ``start.last_id``; stop at the first record that fails."""
    events = audit_events_table
    previous_hash, previous_id, keyed, checked = (
        start.last_hash,
        start.last_id,
        start.keyed,
        0,
    )
    while True:
        rows = connection.execute(
            select(events).where(events.c.id > previous_id).order_by(events.c.id).limit(_BATCH)
        ).all()
        if not rows:
            break
        for row in rows:
            problem = _link_problem(row, previous_id, previous_hash)
            if problem is None:
                problem = _hash_problem(row, seal, previous_hash, keyed)
            if problem is not None:
                broken, missing = problem
                return _Walk(checked, previous_id, previous_hash, keyed, broken, missing)
            keyed = keyed or row.chain == CHAIN_HMAC
            previous_hash, previous_id = row.row_hash, row.id
            checked += 1
        if cancel is not None:
            cancel.raise_if_cancelled()
        if progress is not None:
            progress(checked, total, Message("Verifying the audit trail"))
    return _Walk(checked, previous_id, previous_hash, keyed)


def _link_problem(
    row: Row[Any], previous_id: int, previous_hash: str
) -> tuple[BrokenRecord, MissingRecords | None] | None:
    prev_hash: str = row.prev_hash
    if prev_hash == previous_hash:
        # A gap in the ids with the chain unbroken is a rolled-back append (PostgreSQL
        # sequences do not roll back); a deletion would have broken the link.
        return None
    row_id: int = row.id
    action: str = row.action
    gap = row_id - previous_id - 1
    if gap > 0 and prev_hash:
        reason = Message(
            "follows a gap in the ids after record #{after}: records were deleted there",
            after=previous_id,
        )
        return BrokenRecord(row_id, action, reason), MissingRecords(gap, previous_id)
    if prev_hash:
        reason = Message(
            "does not follow the record before it (a record was deleted, inserted or "
            "reordered here)"
        )
    else:
        reason = Message("has no hash (it was written around casereview)")
    return BrokenRecord(row_id, action, reason), None


def _hash_problem(
    row: Row[Any], seal: AuditSeal | None, previous_hash: str, keyed: bool
) -> tuple[BrokenRecord, None] | None:
    fields = (
        row.id,
        row.occurred_at,
        row.user_id,
        row.action,
        row.entity_type,
        row.entity_id,
        row.details_json,
    )
    chain: str = row.chain
    if chain == CHAIN_HMAC:
        if seal is None:
            raise AuditTrailError(
                Message(
                    "The audit trail is protected by this installation's audit key, which was "
                    "not available, so it cannot be verified. Verify it from casereview with "
                    "its data directory (keys folder)."
                )
            )
        expected = keyed_chain_hash(seal.chain_key, previous_hash, *fields)
    elif chain == CHAIN_SHA256 and not keyed:
        expected = chain_hash(previous_hash, *fields)
    else:
        reason = Message(
            "was written without the audit key after the keyed chain began (it was added "
            "around casereview)"
        )
        return BrokenRecord(row.id, row.action, reason), None
    if row.row_hash != expected:
        reason = Message("was changed after it was written (hash mismatch)")
        return BrokenRecord(row.id, row.action, reason), None
    return None


def _conclude(connection: Connection, db: Database, walk: _Walk, total: int) -> ChainVerification:
    """Add what the ids' counter and the signed heads say about the end of the trail."""
    seal = db.audit_seal
    stored = read_database_head(connection) if seal is not None else None
    if seal is not None and stored is not None and stored.public_key != seal.public_key:
        # Another installation's keys: its keyed records cannot be checked here, so the first
        # of them would look altered; say what is really wrong.
        return ChainVerification(
            walk.checked,
            head_problem=Message(
                "it was signed with another institution key than this workstation's "
                "(workstations sharing one database must share one keys folder)"
            ),
        )
    if walk.broken is not None:
        return ChainVerification(walk.checked, walk.broken, walk.missing)
    end = AuditHead(total, walk.last_id, walk.last_hash)
    missing = _missing_by_counter(connection, end) if db.is_sqlite else None
    if seal is None:
        return ChainVerification(walk.checked, missing=missing)
    stored_genuine = stored is not None and seal.is_genuine(stored)
    head_problem: Message | None = None
    if stored is not None and not stored_genuine:
        head_problem = Message(
            "the signed head in the database was edited (its signature does not hold)"
        )
    elif stored is None and walk.keyed:
        head_problem = Message("the signed head was removed from the database")
    elif stored is not None:
        signed = stored.head
        if signed.record_count > end.record_count or signed.last_id > end.last_id:
            missing = missing or _missing(signed, end)
        elif signed != end:
            head_problem = Message(
                "its newest records do not match the signed head in the database (the trail "
                "was rewritten)"
            )
    older_copy: OlderCopy | None = None
    file_head, file_problem = _file_head(seal, has_keyed=walk.keyed or stored is not None)
    if file_head is not None:
        signed = file_head.head
        if signed.record_count > end.record_count or signed.last_id > end.last_id:
            if stored_genuine and stored is not None and stored.head == end:
                older_copy = OlderCopy(signed.record_count, end.record_count)
            else:
                missing = missing or _missing(signed, end)
        elif _row_hash(connection, signed.last_id) != signed.last_hash:
            file_problem = Message(
                "record #{id}, the newest when the head file was written, is no longer as it "
                "was signed",
                id=signed.last_id,
            )
    return ChainVerification(
        walk.checked,
        missing=missing,
        older_copy=older_copy,
        head_problem=head_problem or file_problem,
    )


def _missing(signed: AuditHead, end: AuditHead) -> MissingRecords:
    # The count, not the ids: a PostgreSQL sequence also skips the ids of rolled-back appends.
    by_count = signed.record_count - end.record_count
    return MissingRecords(
        by_count if by_count > 0 else max(signed.last_id - end.last_id, 1), end.last_id
    )


def _missing_by_counter(connection: Connection, end: AuditHead) -> MissingRecords | None:
    """Ids handed out past the newest record: its successors were deleted (SQLite AUTOINCREMENT)."""
    counter = connection.scalar(text("SELECT seq FROM sqlite_sequence WHERE name = 'audit_events'"))
    if counter is not None and int(counter) > end.last_id:
        return MissingRecords(int(counter) - end.last_id, end.last_id)
    return None


def _file_head(
    seal: AuditSeal, *, has_keyed: bool
) -> tuple[SignedAuditHead | None, Message | None]:
    """The head file's genuine head, or what is wrong with the file."""
    if seal.head_file is None:
        return None, None
    altered = Message("the audit head file beside the database was altered")
    try:
        signed = read_head_file(seal.head_file)
    except ValueError:
        return None, altered
    if signed is None:
        if seal.head_file_required and has_keyed:
            return None, Message("the audit head file beside the database was deleted")
        return None, None
    if not seal.is_genuine(signed):
        return None, altered
    return signed, None


def _row_hash(connection: Connection, event_id: int) -> str | None:
    return connection.scalar(
        select(audit_events_table.c.row_hash).where(audit_events_table.c.id == event_id)
    )


def _refresh_head_file(connection: Connection, seal: AuditSeal) -> None:
    """Write the database's (verified) head to the file when the file is behind or absent."""
    assert seal.head_file is not None
    stored = read_database_head(connection)
    if stored is None or not seal.is_genuine(stored):
        return
    try:
        current = read_head_file(seal.head_file)
    except ValueError:
        return
    if current is not None and current.head.record_count >= stored.head.record_count:
        return
    try:
        write_head_file(seal.head_file, stored)
    except OSError as exc:
        log.warning("could not bring the audit head file up to date: %s", exc.strerror)


#: The triggers that keep records unchangeable, per backend and table: the audit trail
#: (migrations 0001, 0007, 0011), signed decisions and their cited evidence (0007, 0016),
#: resectability assessments (0015) and liver plans with their landmarks (0017).
PROTECTING_TRIGGERS: dict[str, dict[str, tuple[str, ...]]] = {
    "sqlite": {
        "audit_events": ("audit_events_no_update", "audit_events_no_delete"),
        "decisions": (
            "decisions_signed_no_update",
            "decisions_signed_no_delete",
            "decisions_amend_signed_only",
        ),
        "decision_evidence": (
            "decision_evidence_signed_no_insert",
            "decision_evidence_signed_no_update",
            "decision_evidence_signed_no_delete",
        ),
        "contact_runs": ("contact_runs_no_update",),
        "resectability_versions": ("resectability_versions_no_update",),
        "liver_plan_versions": ("liver_plan_versions_no_update", "liver_plan_versions_no_delete"),
        "couinaud_landmark_sets": (
            "couinaud_landmark_sets_no_update",
            "couinaud_landmark_sets_no_delete",
        ),
    },
    "postgresql": {
        "audit_events": ("audit_events_no_change",),
        "decisions": ("decisions_signed_frozen", "decisions_amend_signed_only"),
        "decision_evidence": ("decision_evidence_signed_frozen",),
        "contact_runs": ("contact_runs_no_update",),
        "resectability_versions": ("resectability_versions_no_update",),
        "liver_plan_versions": ("liver_plan_versions_no_update", "liver_plan_versions_no_delete"),
        "couinaud_landmark_sets": (
            "couinaud_landmark_sets_no_update",
            "couinaud_landmark_sets_no_delete",
        ),
    },
}


def missing_audit_triggers(db: Database) -> list[Message]:
    """The protecting triggers that are missing or disabled, as findings.

    Their absence means someone edited the database's definition around casereview, which is
    how audit records get deleted, signed decisions rewritten or cited plans replaced: it is
    reported as tampering.
    """
    dialect = db.engine.dialect.name
    expected = PROTECTING_TRIGGERS.get(dialect, {})
    if not expected:
        return []
    with db.engine.connect() as connection:
        if dialect == "sqlite":
            query = text("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        else:
            query = text(
                "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgenabled <> 'D'"
            )
        present = set(connection.scalars(query))
    problems: list[Message] = []
    for table, names in expected.items():
        for name in names:
            if name in present:
                continue
            if table == "audit_events":
                problems.append(
                    Message(
                        "The audit trail was tampered with: its protecting trigger {name} was "
                        "removed or disabled, so records could be changed or deleted. Keep a "
                        "copy of the database and tell your data protection officer.",
                        name=name,
                    )
                )
            else:
                problems.append(
                    Message(
                        "The database was tampered with: the trigger {name}, which keeps the "
                        "records of {table} from being changed, was removed or disabled. Keep a "
                        "copy of the database and tell your data protection officer.",
                        name=name,
                        table=table,
                    )
                )
    return problems
