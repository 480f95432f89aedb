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
