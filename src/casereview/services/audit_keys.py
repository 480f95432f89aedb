"""The audit seal of an installation: the audit chain key and the institution's signing key.

The chain key (``audit-chain.key``, 32 random bytes, 0600) sits in the keys folder beside the
institution's Ed25519 key, outside the database: someone who can edit the database but not read
the keys folder can neither recompute the keyed chain nor sign a new head. Neither key is ever
logged.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
from pathlib import Path

from sqlalchemy.engine import make_url

from casereview.domain.audit import CHAIN_KEY_BYTES, AuditSeal
from casereview.errors import ConfigurationError
from casereview.messages import Message
from casereview.services.signing import (
    load_or_create_signing_key,
    verify_signature,
    write_private_file,
)
from casereview.store.audit_heads import sqlite_head_file
from casereview.store.engine import is_sqlite

log = logging.getLogger(__name__)

CHAIN_KEY_NAME = "audit-chain.key"


def load_or_create_chain_key(keys_dir: Path) -> bytes:
    """The audit chain key, created (0600) the first time casereview starts.

    Raises
    ------
    ConfigurationError
        If the key file cannot be read or is damaged.
    """
    path = keys_dir / CHAIN_KEY_NAME
    if not path.exists():
        try:
            write_private_file(path, secrets.token_bytes(CHAIN_KEY_BYTES))
            log.info("generated the audit chain key")
        except FileExistsError:
            pass  # another process made it first; use that one
    try:
        key = path.read_bytes()
    except OSError as exc:
        raise ConfigurationError(
            Message(
                "The audit key in {keys_dir} cannot be read ({exc}).", keys_dir=keys_dir, exc=exc
            )
        ) from exc
    if len(key) != CHAIN_KEY_BYTES:
        raise ConfigurationError(
            Message(
                (
                    "The audit key in {keys_dir} is damaged; restore the keys folder from a "
                    "backup (without it the audit trail cannot be verified)."
                ),
                keys_dir=keys_dir,
            )
        )
    return key


def head_file_for(url: str, data_dir: Path) -> tuple[Path | None, bool]:
    """Where the signed head of the database at ``url`` is kept, and whether it must exist.

    An SQLite database has its head file beside it, named after it (two databases in one folder
    keep apart): a missing file means it was deleted. A
    server database has one per workstation in the data directory (named after the database,
    not its password): a workstation that never wrote to it has none yet. An in-memory database
    has none.
    """
    if is_sqlite(url):
        database = make_url(url).database
        if not database or database == ":memory:" or database.startswith("file:"):
            return None, False
        return sqlite_head_file(Path(database)), True
    name = make_url(url).render_as_string(hide_password=True)
    digest = hashlib.sha256(name.encode("utf-8")).hexdigest()[:12]
    return data_dir / f"audit-head-{digest}.json", False


def load_audit_seal(keys_dir: Path, url: str, data_dir: Path) -> AuditSeal:
    """The seal protecting the audit trail of the database at ``url`` on this installation.

    Parameters
    ----------
    keys_dir
        The keys folder (both keys are created there on first use).
    url
        The database URL (decides where the head file goes).
    data_dir
        The data directory (head files of server databases).

    Raises
    ------
    ConfigurationError
        If a key exists but cannot be read.
    """
    signing_key = load_or_create_signing_key(keys_dir)
    head_file, required = head_file_for(url, data_dir)
    return AuditSeal(
        chain_key=load_or_create_chain_key(keys_dir),
        public_key=signing_key.public_bytes,
        sign=signing_key.sign,
        verify=verify_signature,
        head_file=head_file,
        head_file_required=required,
    )
