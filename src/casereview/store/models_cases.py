"""SQLAlchemy models of users, the audit trail and cases (a patient and the imaging chosen)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, ForeignKey, Index, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from casereview.store.model_base import Base
from casereview.store.models_index import Patient, Series, Study
from casereview.store.types import UTCDateTime, utcnow


class User(Base):
    """Someone who works with casereview (author of cases, attendee of meetings)."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(128))
    role: Mapped[str] = mapped_column(String(32))
    specialty: Mapped[str] = mapped_column(String(128), default="")
    institution: Mapped[str] = mapped_column(String(128), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class UserCredential(Base):
    """A user's PIN or password, as a salted slow hash, confirming who signs (revision 0013).

    No row means the user has not set one yet. ``failed_attempts`` and ``locked_until`` slow
    down guessing at the signing dialog.
    """

    __tablename__ = "user_credentials"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    # "scrypt$<n>$<r>$<p>$<salt hex>$<hash hex>": the parameters travel with the hash so
    # they can be raised later without invalidating existing PINs.
    secret_hash: Mapped[str] = mapped_column(String(255))
    set_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    failed_attempts: Mapped[int] = mapped_column(Integer, server_default="0", default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class AuditEvent(Base):
    """Append-only audit record; database triggers refuse UPDATE and DELETE."""

    __tablename__ = "audit_events"
    # AUTOINCREMENT (revision 0011): ids of deleted records are never handed out again, so a
    # deletion leaves a gap that verification reports.
    __table_args__ = (
        Index("ix_audit_events_entity", "entity_type", "entity_id"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    action: Mapped[str] = mapped_column(String(64))
    entity_type: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(64))
    details_json: Mapped[str] = mapped_column(Text, default="{}")
    # Hash chain (revision 0007): row_hash = SHA-256 (chain "sha256") or, from revision 0011,
    # HMAC-SHA256 under the audit key (chain "hmac") over prev_hash and the canonical row, see
    # domain.audit; services.audit_check.verify_audit_chain finds the first broken row.
    prev_hash: Mapped[str] = mapped_column(String(64), server_default="", default="")
    row_hash: Mapped[str] = mapped_column(String(64), server_default="", default="")
    # "sha256" for records written before revision 0011, "hmac" for the keyed chain after it.
    chain: Mapped[str] = mapped_column(String(16), server_default="sha256", default="sha256")

    user: Mapped[User | None] = relationship()


class AuditHead(Base):
    """The signed end of the audit trail (one row, ``id`` 1), rewritten with every record.

    The same head is kept in a file beside the database; see ``services.audit``.
    """

    __tablename__ = "audit_heads"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_count: Mapped[int] = mapped_column(Integer)
    last_id: Mapped[int] = mapped_column(Integer)
    last_hash: Mapped[str] = mapped_column(String(64))
    # Raw Ed25519 public key and signature, hex.
    public_key: Mapped[str] = mapped_column(String(64))
    signature: Mapped[str] = mapped_column(String(128))
    signed_at: Mapped[datetime] = mapped_column(UTCDateTime())


case_studies = Table(
    "case_studies",
    Base.metadata,
    Column("case_id", ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True),
    Column("study_id", ForeignKey("studies.id"), primary_key=True),
)

case_series = Table(
    "case_series",
    Base.metadata,
    Column("case_id", ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True),
    Column("series_id", ForeignKey("series.id"), primary_key=True),
)


class CaseTag(Base):
    """A keyword attached to a case."""

    __tablename__ = "case_tags"

    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(64), primary_key=True)


class Case(Base):
    """A clinical case under review: one patient and the imaging chosen for it."""

    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    clinical_question: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(32), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    updated_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    #: Edits of what people change in place (revision 0018): the repositories add one with
    #: each change a person makes, and every UPDATE or DELETE of the row requires the version
    #: it read (``version_id_col``), so two transactions cannot both win; bookkeeping such as
    #: ``updated_at`` moving with a new mark does not count (``version_id_generator=False``).
    row_version: Mapped[int] = mapped_column(Integer, server_default="1", default=1)
    __mapper_args__ = {"version_id_col": row_version, "version_id_generator": False}

    patient: Mapped[Patient] = relationship()
    tags: Mapped[list[CaseTag]] = relationship(cascade="all, delete-orphan", order_by=CaseTag.tag)
    studies: Mapped[list[Study]] = relationship(secondary=case_studies, order_by=Study.id)
    series: Mapped[list[Series]] = relationship(secondary=case_series, order_by=Series.id)
    created_by: Mapped[User] = relationship(foreign_keys=[created_by_id])
    updated_by: Mapped[User] = relationship(foreign_keys=[updated_by_id])
