"""SQLAlchemy models: liver resection plans and the Couinaud landmarks of cases (issue 17).

Two append-only tables (triggers refuse UPDATE and DELETE, see migration 0017):

- ``liver_plan_versions``: each saved liver plan, numbered per case. A row holds what the plan
  was computed from and what it measured (:mod:`casereview.domain.liver_plan_record`'s JSON)
  and the SHA-256 of both, which a decision cites; a new plan is a new row.
- ``couinaud_landmark_sets``: the landmarks (LPS mm) each set of Couinaud segments was built
  from, with the segments built, so a plan by segments can say which anatomy it rests on.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from casereview.store.model_base import UID_LENGTH, Base
from casereview.store.types import UTCDateTime, utcnow


class LiverPlanVersionRow(Base):
    """One saved version of a case's liver plan (never changed once written)."""

    __tablename__ = "liver_plan_versions"
    __table_args__ = (UniqueConstraint("case_id", "number", name="uq_liver_plan_version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    #: 1, 2, 3... per case (a partner's plan received in a package is numbered among ours and
    #: told apart by ``origin``).
    number: Mapped[int] = mapped_column(Integer)
    #: ``liver_plan_record.inputs_to_json`` of what the plan was computed from.
    inputs_json: Mapped[str] = mapped_column(Text)
    #: ``liver_plan_record.result_to_json`` of what it measured.
    result_json: Mapped[str] = mapped_column(Text)
    #: ``liver_plan_record.liver_plan_sha256`` of inputs and result (hex).
    content_sha256: Mapped[str] = mapped_column(String(64))
    #: The author's user name (at the partner, for a received plan).
    author: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    #: What the author wrote about the plan (may be empty).
    note: Mapped[str] = mapped_column(Text, default="", server_default="")
    #: "" for our own plans; the partner institution for a plan received in a package.
    origin: Mapped[str] = mapped_column(String(128), default="", server_default="")


class CouinaudLandmarkSetRow(Base):
    """The landmarks one set of Couinaud segments was built from (never changed once written)."""

    __tablename__ = "couinaud_landmark_sets"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    #: The series whose voxel grid the segments were built on.
    series_instance_uid: Mapped[str] = mapped_column(String(UID_LENGTH))
    #: ``liver_plan_record`` JSON of :class:`CouinaudLandmarksLps` (LPS mm).
    landmarks_json: Mapped[str] = mapped_column(Text)
    #: JSON object: Couinaud label ("1".."8") → UUID of the segment built for it.
    segments_json: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
