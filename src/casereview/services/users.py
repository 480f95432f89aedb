"""Users of the workstation."""

from __future__ import annotations

import logging

from casereview.domain.audit import AuditAction
from casereview.domain.users import User
from casereview.store.database import Database
from casereview.store.repositories import AuditRepository, UserRepository

log = logging.getLogger(__name__)


def ensure_user(db: Database, user: User) -> User:
    """Return the stored user with ``user.username``, creating it (audited) if needed."""
    with db.writing() as session:
        stored, created = UserRepository(session).ensure(user)
        if created:
            AuditRepository(session).append(
                AuditAction.USER_CREATED, "user", stored.id, stored.id, {"role": stored.role.value}
            )
            log.info("user #%d created", stored.id)
    return stored


def get_user(db: Database, username: str) -> User:
    """The user called ``username``.

    Raises
    ------
    NotFoundError
        If no such user exists (``casereview-cli user add`` creates one).
    """
    with db.reading() as session:
        return UserRepository(session).get(username)


def list_users(db: Database) -> list[User]:
    """Every user of this installation, by display name."""
    with db.reading() as session:
        return UserRepository(session).list()
