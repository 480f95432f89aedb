"""SQLAlchemy models: resectability assessments of cases (issue 16).

Two append-only tables (triggers refuse UPDATE, see migration 0015):

- ``contact_runs``: one automatic measurement of the tumour's contact with the vessels (the
  segments used, the series, every cross-section's arc as JSON). Large, written once.
- ``resectability_versions``: the assessment as a clinician sees it, one row per change. Each
  row holds everything the criteria read (measurements with any person's override, findings,
  variants, reconstructibility, tumour location), the suggestion shown at that moment and the
  SHA-256 of both, so a decision can cite an exact version and anyone can check it later.
  A change (an override, a finding) adds a version; nothing is edited in place.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from casereview.store.model_base import UID_LENGTH, Base
from casereview.store.types import UTCDateTime, utcnow


class ContactRunRow(Base):
    """One automatic contact measurement of a case's tumour against its vessel segments."""

    __tablename__ = "contact_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    #: The series whose voxel grid the segments lie on.
    series_instance_uid: Mapped[str] = mapped_column(String(UID_LENGTH))
    #: JSON list of {"role", "segment_uuid", "segment_name", "segment_number", "by_hand"}.
    segments_json: Mapped[str] = mapped_column(Text)
    #: JSON list of the vessel kinds that had no segment.
    not_found_json: Mapped[str] = mapped_column(Text, default="[]")
    #: :meth:`casereview.analysis.assessment.ContactAssessment.to_json` of the run.
    contacts_json: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    #: "" for our own assessment; the sending institution for one received in a package
    #: (shown as the sender's layer, never mixed with ours).
    layer: Mapped[str] = mapped_column(String(128), default="", server_default="")
    #: The package it arrived in ("" for our own).
    layer_package: Mapped[str] = mapped_column(String(36), default="", server_default="")
    #: Its UID at the sender, so importing a package again adds nothing.
    origin_uid: Mapped[str] = mapped_column(String(36), default="", server_default="", index=True)
    #: Its author's name at the sender ("" for our own).
    origin_author: Mapped[str] = mapped_column(String(128), default="", server_default="")


class ResectabilityVersionRow(Base):
    """One version of a case's resectability assessment (never changed once written)."""

    __tablename__ = "resectability_versions"
    __table_args__ = (
        UniqueConstraint("case_id", "layer", "number", name="uq_resectability_version"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    #: 1, 2, 3... per case and layer.
    number: Mapped[int] = mapped_column(Integer)
    run_id: Mapped[int] = mapped_column(ForeignKey("contact_runs.id"), index=True)
    criteria_id: Mapped[str] = mapped_column(String(32))
    #: ``resectability_codec.inputs_to_json`` of everything the criteria read.
    inputs_json: Mapped[str] = mapped_column(Text)
    #: ``resectability_codec.suggestion_to_json`` of the suggestion shown with this version.
    suggestion_json: Mapped[str] = mapped_column(Text)
    #: SHA-256 (hex) of the canonical JSON of criteria, inputs and suggestion.
    content_sha256: Mapped[str] = mapped_column(String(64))
    #: What changed from the version before, as a code and its JSON parameters.
    change_kind: Mapped[str] = mapped_column(String(32))
    change_json: Mapped[str] = mapped_column(Text, default="{}")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    #: "" for our own assessment; the sending institution for one received in a package
    #: (shown as the sender's layer, never mixed with ours).
    layer: Mapped[str] = mapped_column(String(128), default="", server_default="")
    #: The package it arrived in ("" for our own).
    layer_package: Mapped[str] = mapped_column(String(36), default="", server_default="")
    #: Its UID at the sender, so importing a package again adds nothing.
    origin_uid: Mapped[str] = mapped_column(String(36), default="", server_default="", index=True)
    #: Its author's name at the sender ("" for our own).
    origin_author: Mapped[str] = mapped_column(String(128), default="", server_default="")
