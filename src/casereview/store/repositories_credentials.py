"""Users' PIN or password hashes and their failed-attempt counters (revision 0013)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from casereview.domain import users as user_domain
from casereview.store.models_cases import UserCredential


class CredentialRepository:
    """The stored hash of each user's PIN or password; no row means none was set."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, user_id: int) -> user_domain.UserCredential | None:
        """The credential of ``user_id``, or ``None`` if the user has not set one."""
        row = self.session.get(UserCredential, user_id)
        return None if row is None else _credential(row)

    def put(self, user_id: int, secret_hash: str, set_at: datetime) -> None:
        """Store a new hash for ``user_id``, replacing any earlier one and its counters."""
        row = self.session.get(UserCredential, user_id)
        if row is None:
            row = UserCredential(user_id=user_id)
            self.session.add(row)
        row.secret_hash = secret_hash
        row.set_at = set_at
        row.failed_attempts = 0
        row.locked_until = None
        self.session.flush()

    def record_failure(self, user_id: int, locked_until: datetime | None) -> None:
        """Count one more wrong attempt and hold further ones until ``locked_until``."""
        row = self.session.get(UserCredential, user_id)
        if row is None:
            return
        row.failed_attempts += 1
        row.locked_until = locked_until
        self.session.flush()

    def record_success(self, user_id: int) -> None:
        """A right attempt: the count of wrong ones starts again."""
        row = self.session.get(UserCredential, user_id)
        if row is not None and (row.failed_attempts or row.locked_until is not None):
            row.failed_attempts = 0
            row.locked_until = None
            self.session.flush()

    def delete(self, user_id: int) -> bool:
        """Forget the credential of ``user_id``; whether there was one."""
        row = self.session.get(UserCredential, user_id)
        if row is None:
            return False
        self.session.delete(row)
        self.session.flush()
        return True


def _credential(row: UserCredential) -> user_domain.UserCredential:
    return user_domain.UserCredential(
        user_id=row.user_id,
        secret_hash=row.secret_hash,
        set_at=row.set_at,
        failed_attempts=row.failed_attempts,
        locked_until=row.locked_until,
    )
