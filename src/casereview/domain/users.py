"""People who use casereview and take part in meetings."""

from __future__ import annotations

import enum
import itertools
import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from casereview.errors import ValidationError
from casereview.messages import Message


class Role(enum.StrEnum):
    """Clinical role of a user; drives quorum rules and report wording later on."""

    SURGEON = "surgeon"
    RADIOLOGIST = "radiologist"
    ONCOLOGIST = "oncologist"
    RADIATION_ONCOLOGIST = "radiation_oncologist"
    PATHOLOGIST = "pathologist"
    GASTROENTEROLOGIST = "gastroenterologist"
    NURSE = "nurse"
    COORDINATOR = "coordinator"
    TRAINEE = "trainee"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class User:
    """A person known to this installation.

    Parameters
    ----------
    id
        Internal database id (``0`` for a user not yet stored).
    username
        Stable short login-like name, unique in the database.
    display_name
        Name shown in the interface and on reports.
    role
        Clinical role.
    specialty
        Free text, e.g. "HPB surgery".
    institution
        Home institution, e.g. for visiting physicians.
    """

    id: int
    username: str
    display_name: str
    role: Role = Role.OTHER
    specialty: str = ""
    institution: str = ""

    def __post_init__(self) -> None:
        if not self.username.strip():
            raise ValidationError(Message("A user needs a user name."))
        if not self.display_name.strip():
            raise ValidationError(Message("A user needs a display name."))


#: Shortest PIN or password a user may choose to confirm who they are when signing.
MIN_SECRET_LENGTH = 6
#: Wrong PINs forgiven before the signer has to wait (a typo or two should not lock anyone out).
FREE_ATTEMPTS = 3
#: First wait after the free attempts; it doubles with each further wrong PIN.
LOCKOUT_BASE = timedelta(seconds=30)
#: Longest wait: long enough to make guessing hopeless, short enough not to stall a meeting.
LOCKOUT_MAX = timedelta(minutes=15)


class SignerNotConfirmedError(ValidationError):
    """The PIN or password given does not confirm the user, or the user must wait.

    Parameters
    ----------
    message
        What happened and what to do.
    retry_after
        Seconds to wait before the next attempt is checked (0 when one may retry at once).
    """

    title = Message("Identity not confirmed")

    def __init__(self, message: Message, retry_after: int = 0) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class SecretNotSetError(SignerNotConfirmedError):
    """The user has no PIN or password yet and must choose one before signing."""

    title = Message("No PIN set")


@dataclass(frozen=True, slots=True)
class UserCredential:
    """What is stored to confirm a user: never the secret, only its salted slow hash.

    Parameters
    ----------
    user_id
        The user it confirms.
    secret_hash
        ``scrypt$<n>$<r>$<p>$<salt hex>$<hash hex>``.
    set_at
        When the user chose it.
    failed_attempts
        Wrong attempts since the last right one.
    locked_until
        No attempt is checked before this time (``None``: not locked).
    """

    user_id: int
    secret_hash: str
    set_at: datetime
    failed_attempts: int = 0
    locked_until: datetime | None = None

    def wait_left(self, now: datetime) -> int:
        """Whole seconds (rounded up) before an attempt is checked again; 0 when not locked."""
        if self.locked_until is None or self.locked_until <= now:
            return 0
        return math.ceil((self.locked_until - now).total_seconds())


def lockout_after(failed_attempts: int) -> timedelta:
    """How long a user waits after ``failed_attempts`` wrong PINs in a row (zero at first)."""
    extra = failed_attempts - FREE_ATTEMPTS
    if extra < 0:
        return timedelta(0)
    return min(LOCKOUT_BASE * (1 << min(extra, 16)), LOCKOUT_MAX)


def check_new_secret(secret: str) -> None:
    """Refuse a PIN or password too weak to confirm who signs.

    Raises
    ------
    ValidationError
        If it is shorter than :data:`MIN_SECRET_LENGTH`, one repeated character, or a plain
        run such as ``123456``.
    """
    if len(secret) < MIN_SECRET_LENGTH:
        raise ValidationError(
            Message(
                "Choose a PIN or password of at least {count} characters or digits.",
                count=MIN_SECRET_LENGTH,
            )
        )
    steps = {ord(b) - ord(a) for a, b in itertools.pairwise(secret)}
    if steps in ({0}, {1}, {-1}):
        raise ValidationError(
            Message(
                "A PIN of one repeated digit or a plain run such as 123456 is guessed first; "
                "choose another."
            )
        )
