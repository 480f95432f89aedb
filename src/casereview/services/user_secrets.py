"""Each user's PIN or password, which confirms who signs an MDT decision.

Only a salted scrypt hash is stored (``user_credentials``, revision 0013); scrypt is slow and
memory-hard on purpose, so a copied database does not give the PINs away cheaply. A wrong PIN
is audited (never the PIN) and, after a few in a row, further attempts wait longer and longer.
A user without a PIN chooses one first; a forgotten one is reset (audited) and chosen again.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
from datetime import datetime

from casereview.domain.audit import AuditAction
from casereview.domain.users import (
    MIN_SECRET_LENGTH,
    SecretNotSetError,
    SignerNotConfirmedError,
    User,
    check_new_secret,
    lockout_after,
)
from casereview.errors import ValidationError
from casereview.messages import Message
from casereview.store.database import Database
from casereview.store.repositories import AuditRepository, UserRepository
from casereview.store.repositories_credentials import CredentialRepository
from casereview.store.types import utcnow

log = logging.getLogger(__name__)

#: scrypt cost: 2**14 blocks of 8 × 128 bytes (16 MiB), about 50 ms here per check.
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
HASH_BYTES = 32
SCHEME = "scrypt"


def hash_secret(secret: str) -> str:
    """A salted scrypt hash of ``secret`` with its parameters, as stored.

    Returns
    -------
    str
        ``scrypt$<n>$<r>$<p>$<salt hex>$<hash hex>``.
    """
    salt = secrets.token_bytes(SALT_BYTES)
    digest = _scrypt(secret, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return f"{SCHEME}${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def secret_matches(secret: str, stored: str) -> bool:
    """Whether ``secret`` is the one ``stored`` (from :func:`hash_secret`) was made from."""
    try:
        scheme, n, r, p, salt_hex, digest_hex = stored.split("$")
        if scheme != SCHEME:
            return False
        expected = bytes.fromhex(digest_hex)
        digest = _scrypt(secret, bytes.fromhex(salt_hex), int(n), int(r), int(p), len(expected))
    except ValueError:
        return False
    return hmac.compare_digest(digest, expected)


def _scrypt(secret: str, salt: bytes, n: int, r: int, p: int, length: int = HASH_BYTES) -> bytes:
    # OpenSSL's default memory cap (32 MiB) is just above 128·n·r; leave room for larger n.
    return hashlib.scrypt(
        secret.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=length, maxmem=4 * 128 * n * r
    )


def has_secret(db: Database, username: str) -> bool:
    """Whether ``username`` has chosen a PIN or password.

    Raises
    ------
    NotFoundError
        If no such user exists.
    """
    with db.reading() as session:
        user_id = UserRepository(session).row_id(username)
        return CredentialRepository(session).get(user_id) is not None


def set_secret(
    db: Database, username: str, new_secret: str, actor: str, *, current_secret: str | None = None
) -> None:
    """Give ``username`` a PIN or password (audited, never stored in clear).

    A user who has one already must give it (``current_secret``) to change it; a forgotten one
    is reset with :func:`reset_secret` first.

    Raises
    ------
    ValidationError
        If the new one is too short or too easy to guess.
    SignerNotConfirmedError
        If the user has one and ``current_secret`` does not match it.
    """
    check_new_secret(new_secret)
    if has_secret(db, username):
        if current_secret is None:
            raise ValidationError(
                Message(
                    "This user has a PIN already: give it to choose a new one, or have it reset "
                    "if it is forgotten."
                )
            )
        confirm_user(db, username, current_secret, actor)
    secret_hash = hash_secret(new_secret)  # slow: outside the write lock
    with db.writing() as session:
        users = UserRepository(session)
        user_id, actor_id = users.row_id(username), users.row_id(actor)
        CredentialRepository(session).put(user_id, secret_hash, utcnow())
        AuditRepository(session).append(
            AuditAction.USER_SECRET_SET,
            "user",
            user_id,
            actor_id,
            {"changed": current_secret is not None},
        )
    log.info("PIN set for user #%d", user_id)


def reset_secret(db: Database, username: str, actor: str) -> bool:
    """Forget ``username``'s PIN (audited) so that they choose a new one; whether there was one.

    Raises
    ------
    NotFoundError
        If no such user exists.
    """
    with db.writing() as session:
        users = UserRepository(session)
        user_id, actor_id = users.row_id(username), users.row_id(actor)
        removed = CredentialRepository(session).delete(user_id)
        if removed:
            AuditRepository(session).append(
                AuditAction.USER_SECRET_RESET, "user", user_id, actor_id, {}
            )
    return removed


def confirm_user(
    db: Database, username: str, secret: str, actor: str, *, now: datetime | None = None
) -> User:
    """The user ``username``, once ``secret`` confirms it is them.

    A wrong PIN is counted and audited (which user, how many in a row; never the PIN) before
    the refusal; after :data:`~casereview.domain.users.FREE_ATTEMPTS` in a row the user waits
    before the next one is checked, longer after each further wrong one.

    Parameters
    ----------
    actor
        User name of whoever works at the workstation (the audit record's author).
    now
        The time of the attempt (the present when ``None``).

    Raises
    ------
    NotFoundError
        If no such user exists.
    SecretNotSetError
        If the user has not chosen a PIN yet.
    SignerNotConfirmedError
        If the PIN is wrong, or the user must wait after repeated wrong ones.
    """
    now = now or utcnow()
    with db.reading() as session:
        user = UserRepository(session).get(username)
        credential = CredentialRepository(session).get(user.id)
    if credential is None:
        raise SecretNotSetError(
            Message(
                "{name} has no PIN yet. {name} chooses one now (at least {count} characters), "
                "then signs with it.",
                name=user.display_name,
                count=MIN_SECRET_LENGTH,
            )
        )
    wait = credential.wait_left(now)
    if wait:
        _record_refusal(db, user, actor, now, locked=True)
        raise SignerNotConfirmedError(
            Message(
                "Too many wrong PINs for {name}. Try again in {seconds} s.",
                name=user.display_name,
                seconds=wait,
            ),
            retry_after=wait,
        )
    if not secret_matches(secret, credential.secret_hash):
        wait = _record_refusal(db, user, actor, now, locked=False)
        if wait:
            raise SignerNotConfirmedError(
                Message(
                    "Wrong PIN or password for {name}. Too many wrong attempts: try again in "
                    "{seconds} s.",
                    name=user.display_name,
                    seconds=wait,
                ),
                retry_after=wait,
            )
        raise SignerNotConfirmedError(
            Message(
                "Wrong PIN or password for {name}. Nothing was signed; try again.",
                name=user.display_name,
            )
        )
    if credential.failed_attempts:
        with db.writing() as session:
            CredentialRepository(session).record_success(user.id)
    return user


def _record_refusal(db: Database, user: User, actor: str, now: datetime, *, locked: bool) -> int:
    """Count (unless the user was waiting anyway) and audit a refused attempt; the seconds the
    user must now wait."""
    with db.writing() as session:
        credentials = CredentialRepository(session)
        credential = credentials.get(user.id)
        attempts = credential.failed_attempts if credential is not None else 0
        wait = 0
        if not locked:
            attempts += 1
            lockout = lockout_after(attempts)
            wait = int(lockout.total_seconds())
            credentials.record_failure(user.id, now + lockout if wait else None)
        AuditRepository(session).append(
            AuditAction.USER_CONFIRMATION_FAILED,
            "user",
            user.id,
            UserRepository(session).row_id(actor),
            {"attempts": attempts, "while_waiting": locked, "wait_seconds": wait},
        )
    log.warning("identity of user #%d not confirmed (%d wrong in a row)", user.id, attempts)
    return wait
