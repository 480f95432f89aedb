"""SQLAlchemy models of the DICOM index: patients, studies, series and instances (files)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from casereview.store.model_base import UID_LENGTH, Base
from casereview.store.types import UTCDateTime, utcnow


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
