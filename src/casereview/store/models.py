"""SQLAlchemy 2 typed models of the case database.

The schema itself is owned by the Alembic migrations in ``store/migrations``; a test compares
these models with the migrated schema so the two cannot drift apart.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Column,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from casereview.store.types import UTCDateTime, utcnow

# Explicit constraint names make batch migrations on SQLite and PostgreSQL behave the same.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

UID_LENGTH = 64  # DICOM UI value representation maximum


class Base(DeclarativeBase):
    """Declarative base with the project's naming convention."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


# --- DICOM index -------------------------------------------------------------------------


class Patient(Base):
    """A patient as identified by DICOM Patient ID and its issuer. Holds PHI."""

    __tablename__ = "patients"
    __table_args__ = (UniqueConstraint("patient_id", "issuer_of_patient_id", name="uq_patient"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    patient_id: Mapped[str] = mapped_column(String(64))
    issuer_of_patient_id: Mapped[str] = mapped_column(String(64), default="")
    patient_name: Mapped[str] = mapped_column(String(324), default="")
    birth_date: Mapped[str] = mapped_column(String(8), default="")
    sex: Mapped[str] = mapped_column(String(16), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    studies: Mapped[list[Study]] = relationship(back_populates="patient")


class Study(Base):
    """A DICOM study."""

    __tablename__ = "studies"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), index=True)
    study_instance_uid: Mapped[str] = mapped_column(String(UID_LENGTH), unique=True)
    study_date: Mapped[str] = mapped_column(String(8), default="")
    study_time: Mapped[str] = mapped_column(String(16), default="")
    accession_number: Mapped[str] = mapped_column(String(16), default="")
    description: Mapped[str] = mapped_column(String(64), default="")

    patient: Mapped[Patient] = relationship(back_populates="studies")
    series: Mapped[list[Series]] = relationship(back_populates="study")


class Series(Base):
    """A DICOM series."""

    __tablename__ = "series"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    study_id: Mapped[int] = mapped_column(ForeignKey("studies.id"), index=True)
    series_instance_uid: Mapped[str] = mapped_column(String(UID_LENGTH), unique=True)
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


# --- people and audit --------------------------------------------------------------------


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


class AuditEvent(Base):
    """Append-only audit record; database triggers refuse UPDATE and DELETE."""

    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_events_entity", "entity_type", "entity_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    action: Mapped[str] = mapped_column(String(64))
    entity_type: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(64))
    details_json: Mapped[str] = mapped_column(Text, default="{}")
    # Hash chain (revision 0007): row_hash = SHA-256 over prev_hash and the canonical row, see
    # domain.audit.chain_hash; services.audit.verify_audit_chain finds the first broken row.
    prev_hash: Mapped[str] = mapped_column(String(64), server_default="", default="")
    row_hash: Mapped[str] = mapped_column(String(64), server_default="", default="")

    user: Mapped[User | None] = relationship()


# --- cases -------------------------------------------------------------------------------

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

    patient: Mapped[Patient] = relationship()
    tags: Mapped[list[CaseTag]] = relationship(cascade="all, delete-orphan", order_by=CaseTag.tag)
    studies: Mapped[list[Study]] = relationship(secondary=case_studies, order_by=Study.id)
    series: Mapped[list[Series]] = relationship(secondary=case_series, order_by=Series.id)
    created_by: Mapped[User] = relationship(foreign_keys=[created_by_id])
    updated_by: Mapped[User] = relationship(foreign_keys=[updated_by_id])


# Tables of the other areas live in their own modules; importing them here registers them with
# Base.metadata wherever the models are used (queries, migrations, the schema comparison test).
from casereview.store import (  # noqa: E402, F401
    models_annotations,
    models_meetings,
    models_packages,
    models_rendering,
)
