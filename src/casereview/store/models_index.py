"""SQLAlchemy models of the DICOM index: patients, studies, series, instances (files), and the
identity flags and merges/splits that decide which rows are one person (issue 15)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from casereview.store.model_base import UID_LENGTH, Base
from casereview.store.types import UTCDateTime, utcnow


class Patient(Base):
    """A patient as identified by DICOM Patient ID, its issuer, name and birth date. Holds PHI.

    Several rows may share a Patient ID (an empty ID, or one that another person's images
    carry): :mod:`casereview.domain.identity` decides which row images join. A row merged into
    another by the user keeps its identity and points at the row that now holds its studies.
    """

    __tablename__ = "patients"
    __table_args__ = (Index("ix_patients_patient_id", "patient_id", "issuer_of_patient_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    patient_id: Mapped[str] = mapped_column(String(64))
    issuer_of_patient_id: Mapped[str] = mapped_column(String(64), default="")
    patient_name: Mapped[str] = mapped_column(String(324), default="")
    birth_date: Mapped[str] = mapped_column(String(8), default="")
    sex: Mapped[str] = mapped_column(String(16), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    merged_into_id: Mapped[int | None] = mapped_column(
        ForeignKey("patients.id"), nullable=True, default=None
    )

    studies: Mapped[list[Study]] = relationship(back_populates="patient")


class Study(Base):
    """A DICOM study of one patient row.

    The same Study Instance UID may appear under two patient rows when images of two identities
    carry it: they are kept apart (and flagged), never joined.
    """

    __tablename__ = "studies"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), index=True)
    study_instance_uid: Mapped[str] = mapped_column(String(UID_LENGTH), index=True)
    study_date: Mapped[str] = mapped_column(String(8), default="")
    study_time: Mapped[str] = mapped_column(String(16), default="")
    accession_number: Mapped[str] = mapped_column(String(16), default="")
    description: Mapped[str] = mapped_column(String(64), default="")

    patient: Mapped[Patient] = relationship(back_populates="studies")
    series: Mapped[list[Series]] = relationship(back_populates="study")


class Series(Base):
    """A DICOM series (its UID is unique within a study row, see :class:`Study`)."""

    __tablename__ = "series"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    study_id: Mapped[int] = mapped_column(ForeignKey("studies.id"), index=True)
    series_instance_uid: Mapped[str] = mapped_column(String(UID_LENGTH), index=True)
    modality: Mapped[str] = mapped_column(String(16), default="")
    series_number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    description: Mapped[str] = mapped_column(String(64), default="")
    frame_of_reference_uid: Mapped[str] = mapped_column(String(UID_LENGTH), default="")

    study: Mapped[Study] = relationship(back_populates="series")
    instances: Mapped[list[Instance]] = relationship(back_populates="series")


class Instance(Base):
    """One DICOM file (SOP instance) and where it lies on disk."""

    __tablename__ = "instances"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    series_id: Mapped[int] = mapped_column(ForeignKey("series.id"), index=True)
    sop_instance_uid: Mapped[str] = mapped_column(String(UID_LENGTH), unique=True)
    sop_class_uid: Mapped[str] = mapped_column(String(UID_LENGTH))
    instance_number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    transfer_syntax_uid: Mapped[str] = mapped_column(String(UID_LENGTH))
    file_path: Mapped[str] = mapped_column(Text, unique=True)
    file_size: Mapped[int] = mapped_column(BigInteger)
    file_mtime_ns: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    indexed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    rows: Mapped[int | None] = mapped_column(Integer, nullable=True)
    columns: Mapped[int | None] = mapped_column(Integer, nullable=True)
    number_of_frames: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # DICOM decimal strings, backslash-separated, exactly as in the file.
    image_position_patient: Mapped[str] = mapped_column(String(160), server_default="", default="")
    image_orientation_patient: Mapped[str] = mapped_column(
        String(160), server_default="", default=""
    )
    pixel_spacing: Mapped[str] = mapped_column(String(160), server_default="", default="")
    slice_thickness: Mapped[str] = mapped_column(String(160), server_default="", default="")
    # Pixel attributes for volume building (revision 0004); bits_allocated is NULL for files
    # that are not images and for rows indexed before them.
    image_type: Mapped[str] = mapped_column(String(160), server_default="", default="")
    samples_per_pixel: Mapped[int | None] = mapped_column(Integer, nullable=True)
    bits_allocated: Mapped[int | None] = mapped_column(Integer, nullable=True)
    bits_stored: Mapped[int | None] = mapped_column(Integer, nullable=True)
    pixel_representation: Mapped[int | None] = mapped_column(Integer, nullable=True)
    rescale_slope: Mapped[str] = mapped_column(String(64), server_default="", default="")
    rescale_intercept: Mapped[str] = mapped_column(String(64), server_default="", default="")
    window_center: Mapped[str] = mapped_column(String(160), server_default="", default="")
    window_width: Mapped[str] = mapped_column(String(160), server_default="", default="")
    acquisition_number: Mapped[str] = mapped_column(String(16), server_default="", default="")
    echo_numbers: Mapped[str] = mapped_column(String(64), server_default="", default="")
    temporal_position: Mapped[str] = mapped_column(String(16), server_default="", default="")
    spacing_between_slices: Mapped[str] = mapped_column(String(64), server_default="", default="")
    pixel_data_offset: Mapped[int | None] = mapped_column(BigInteger, nullable=True)

    series: Mapped[Series] = relationship(back_populates="instances")


class IdentityFlag(Base):
    """Two patient rows that may be one person, or whose images disagree about identity.

    ``kind`` is a :class:`casereview.domain.identity.FlagKind`, ``reason`` a
    :class:`casereview.domain.identity.FlagReason` and ``status`` a
    :class:`casereview.domain.identity.FlagStatus` value. The pair is stored lower id first and
    flagged once per reason: a pair the user kept apart is not flagged again.
    """

    __tablename__ = "identity_flags"
    __table_args__ = (
        UniqueConstraint("patient_id", "other_patient_id", "reason", name="uq_identity_flag"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str] = mapped_column(String(32))
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), index=True)
    other_patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), index=True)
    status: Mapped[str] = mapped_column(String(16), default="open")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)


class IdentityChange(Base):
    """One merge or split of patient rows, with what it moved, so that it can be undone.

    A merge moves every study (and case) of ``source_patient_id`` to ``target_patient_id``; a
    split moves the listed studies (and the cases holding only them) to a new row,
    ``target_patient_id``. ``undone_at`` is set when the change was reverted.
    """

    __tablename__ = "identity_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    source_patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), index=True)
    target_patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), index=True)
    flag_id: Mapped[int | None] = mapped_column(ForeignKey("identity_flags.id"), nullable=True)
    study_ids_json: Mapped[str] = mapped_column(Text, default="[]")
    case_ids_json: Mapped[str] = mapped_column(Text, default="[]")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
