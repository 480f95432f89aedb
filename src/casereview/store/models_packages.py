"""SQLAlchemy models of exchange packages (issue 9): imported and exported packages, pseudonym
mappings and institution keys.

Tables share :class:`casereview.store.model_base.Base`; :mod:`casereview.store.models`
imports this module so every table is registered wherever the models are used.

The pseudonym mapping (which patient and which UIDs a package's pseudonyms stand for) stays at
the sender: it is written here and never into a package. Trusted partner keys live in the
settings; the institution's own key pair lives in the data directory.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from casereview.store.model_base import UID_LENGTH, Base
from casereview.store.types import UTCDateTime, utcnow


class ExchangePackage(Base):
    """A case package this installation wrote (export) or took in (import)."""

    __tablename__ = "exchange_packages"
    __table_args__ = (UniqueConstraint("package_uid", "direction", name="uq_exchange_package"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    package_uid: Mapped[str] = mapped_column(String(36), index=True)
    direction: Mapped[str] = mapped_column(String(8))  # "export" or "import"
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), nullable=True)
    institution: Mapped[str] = mapped_column(String(128), default="")
    key_fingerprint: Mapped[str] = mapped_column(String(64), default="")
    verification: Mapped[str] = mapped_column(String(16), default="")
    package_created_at: Mapped[str] = mapped_column(String(40), default="")
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    file_count: Mapped[int] = mapped_column(Integer, default=0)
    image_count: Mapped[int] = mapped_column(Integer, default=0)
    options_json: Mapped[str] = mapped_column(Text, default="{}")
    storage_path: Mapped[str] = mapped_column(Text, default="")
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)


class ExchangePseudonym(Base):
    """Which patient a package's pseudonym stands for, and the date shift used (sender only)."""

    __tablename__ = "exchange_pseudonyms"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    package_id: Mapped[int] = mapped_column(
        ForeignKey("exchange_packages.id", ondelete="CASCADE"), index=True
    )
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), index=True)
    pseudonym: Mapped[str] = mapped_column(String(64), index=True)
    date_shift_days: Mapped[int | None] = mapped_column(Integer, nullable=True)


class ExchangeUidMapping(Base):
    """An original UID and its replacement in one exported package (sender only)."""

    __tablename__ = "exchange_uid_mappings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    package_id: Mapped[int] = mapped_column(
        ForeignKey("exchange_packages.id", ondelete="CASCADE"), index=True
    )
    original_uid: Mapped[str] = mapped_column(String(UID_LENGTH), index=True)
    replacement_uid: Mapped[str] = mapped_column(String(UID_LENGTH), index=True)
