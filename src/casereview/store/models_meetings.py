"""SQLAlchemy models: MDT meetings, agenda, attendance, decisions and action items (issue 8).

Tables share :class:`casereview.store.model_base.Base`; :mod:`casereview.store.models`
imports this module so every table is registered wherever the models are used. The hash-chain
columns of the audit trail live on ``models_cases.AuditEvent``. Signed decisions are frozen by
database triggers created in revision 0007; their cited evidence by those of revision 0016.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from casereview.store.model_base import Base
from casereview.store.models_cases import Case, User
from casereview.store.types import UTCDateTime, utcnow


class Meeting(Base):
    """An MDT meeting."""

    __tablename__ = "meetings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    scheduled_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=60)
    location: Mapped[str] = mapped_column(String(200), default="")
    remote_link: Mapped[str] = mapped_column(Text, default="")
    chair: Mapped[str] = mapped_column(String(128), default="")
    status: Mapped[str] = mapped_column(String(32))
    # The quorum rule is copied from the settings when the meeting is created, so changing the
    # settings later does not change whether a past meeting was quorate.
    quorum_roles: Mapped[str] = mapped_column(String(400), default="")
    quorum_minimum: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    #: Edits of what people change in place (revision 0018; see ``Case.row_version``).
    row_version: Mapped[int] = mapped_column(Integer, server_default="1", default=1)
    __mapper_args__ = {"version_id_col": row_version, "version_id_generator": False}

    created_by: Mapped[User] = relationship()
    agenda: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting", order_by="AgendaItem.position"
    )
    attendees: Mapped[list[Attendee]] = relationship(
        back_populates="meeting", order_by="Attendee.id"
    )


class AgendaItem(Base):
    """A case on a meeting's agenda with its preparation."""

    __tablename__ = "agenda_items"
    __table_args__ = (UniqueConstraint("meeting_id", "case_id", name="uq_agenda_case"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), index=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    question: Mapped[str] = mapped_column(Text, default="")
    history: Mapped[str] = mapped_column(Text, default="")
    staging: Mapped[str] = mapped_column(Text, default="")
    imaging_reviewed: Mapped[bool] = mapped_column(Boolean, default=False)
    key_images_selected: Mapped[bool] = mapped_column(Boolean, default=False)
    pathology_available: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(32))
    #: Edits of what people change in place (revision 0018; see ``Case.row_version``).
    row_version: Mapped[int] = mapped_column(Integer, server_default="1", default=1)
    __mapper_args__ = {"version_id_col": row_version, "version_id_generator": False}

    meeting: Mapped[Meeting] = relationship(back_populates="agenda")
    case: Mapped[Case] = relationship()


class Attendee(Base):
    """Someone at (or invited to) a meeting; visiting physicians need no user account."""

    __tablename__ = "attendees"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), index=True)
    name: Mapped[str] = mapped_column(String(128))
    role: Mapped[str] = mapped_column(String(32))
    specialty: Mapped[str] = mapped_column(String(128), default="")
    institution: Mapped[str] = mapped_column(String(128), default="")
    attendance: Mapped[str] = mapped_column(String(16))
    #: Edits of what people change in place (revision 0018; see ``Case.row_version``).
    row_version: Mapped[int] = mapped_column(Integer, server_default="1", default=1)
    __mapper_args__ = {"version_id_col": row_version, "version_id_generator": False}

    meeting: Mapped[Meeting] = relationship(back_populates="attendees")


class Decision(Base):
    """A structured MDT decision; frozen by triggers once ``signed_at`` is set."""

    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_items.id"), nullable=True, index=True
    )
    recommendation: Mapped[str] = mapped_column(String(64))
    procedure: Mapped[str] = mapped_column(String(200), default="")
    other: Mapped[str] = mapped_column(String(200), default="")
    intent: Mapped[str] = mapped_column(String(32))
    rationale: Mapped[str] = mapped_column(Text)
    guideline_reference: Mapped[str] = mapped_column(String(200), default="")
    trial_eligibility: Mapped[str] = mapped_column(String(32))
    trial_reference: Mapped[str] = mapped_column(String(200), default="")
    staging: Mapped[str] = mapped_column(Text, default="")
    dissent: Mapped[str] = mapped_column(Text, default="")
    participants_json: Mapped[str] = mapped_column(Text, default="[]")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    signed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    signed_by: Mapped[str] = mapped_column(String(128), default="")
    signed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    # One amendment per decision: the history is a chain, never a tree.
    amends_id: Mapped[int | None] = mapped_column(
        ForeignKey("decisions.id"), nullable=True, unique=True
    )
    amendment_reason: Mapped[str] = mapped_column(Text, default="")
    #: Edits of what people change in place (revision 0018; see ``Case.row_version``).
    row_version: Mapped[int] = mapped_column(Integer, server_default="1", default=1)
    __mapper_args__ = {"version_id_col": row_version, "version_id_generator": False}

    created_by: Mapped[User] = relationship(foreign_keys=[created_by_id])
    signer: Mapped[User | None] = relationship(foreign_keys=[signed_by_id])


class DecisionEvidence(Base):
    """One item a decision cites (revision 0016): an assessment version, key image or annotation.

    Written with the decision; frozen with it by triggers once the decision is signed (no
    UPDATE, DELETE or INSERT for a signed decision). ``snapshot_json`` keeps what the reader saw
    (``casereview.domain.decision_evidence.Citation.snapshot_json``).
    """

    __tablename__ = "decision_evidence"
    __table_args__ = (
        UniqueConstraint("decision_id", "kind", "uid", name="uq_decision_evidence_item"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    decision_id: Mapped[int] = mapped_column(
        ForeignKey("decisions.id", ondelete="CASCADE"), index=True
    )
    #: Order in which the decision lists its evidence.
    position: Mapped[int] = mapped_column(Integer)
    #: "assessment", "key_image" or "annotation".
    kind: Mapped[str] = mapped_column(String(16))
    uid: Mapped[str] = mapped_column(String(64))
    #: The assessment version's number; ``None`` for a key image or annotation.
    number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    #: The version's content SHA-256, or the SHA-256 of the image's snapshot (hex).
    sha256: Mapped[str] = mapped_column(String(64))
    snapshot_json: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class ActionItem(Base):
    """A follow-up task for one case of a meeting."""

    __tablename__ = "action_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agenda_item_id: Mapped[int] = mapped_column(ForeignKey("agenda_items.id"), index=True)
    description: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(128))
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    #: Edits of what people change in place (revision 0018; see ``Case.row_version``).
    row_version: Mapped[int] = mapped_column(Integer, server_default="1", default=1)
    __mapper_args__ = {"version_id_col": row_version, "version_id_generator": False}

    created_by: Mapped[User] = relationship()


class ReceivedOpinion(Base):
    """A partner's MDT decision that arrived in a package: a record of their opinion.

    Kept apart from :class:`Decision` on purpose: it never enters our meeting's decision chain
    and cannot be signed or amended here.
    """

    __tablename__ = "received_opinions"
    __table_args__ = (UniqueConstraint("case_id", "origin_uid", name="uq_received_opinion"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    institution: Mapped[str] = mapped_column(String(128))
    package_uid: Mapped[str] = mapped_column(String(36))
    #: The decision's UID at the sender.
    origin_uid: Mapped[str] = mapped_column(String(36))
    status: Mapped[str] = mapped_column(String(16))  # "signed" or "draft" at the sender
    signed_at: Mapped[str] = mapped_column(String(40), default="")
    #: The decision's content as the sender wrote it (JSON).
    content_json: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    #: Who recorded or signed it at the sender, as their users wrote the name.
    origin_author: Mapped[str] = mapped_column(String(128), default="", server_default="")
    #: When it was recorded at the sender (``None`` when the package did not say).
    origin_created_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
