"""SQLAlchemy models: Saved 3-D views and volume-rendering presets (issue 6).

Tables share :class:`casereview.store.model_base.Base`; :mod:`casereview.store.models`
imports this module so every table is registered wherever the models are used.

Cameras and transfer functions are stored as JSON documents (``schema`` keyed, see
:mod:`casereview.domain.rendering`): they are read and written whole, never queried by field.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from casereview.store.model_base import Base
from casereview.store.types import UTCDateTime, utcnow


class SavedView3D(Base):
    """A named camera (and the preset shown) of one series' 3-D view, optionally in a case."""

    __tablename__ = "saved_views_3d"
    __table_args__ = (Index("ix_saved_views_3d_series_name", "series_id", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(128))
    series_id: Mapped[int] = mapped_column(ForeignKey("series.id", ondelete="CASCADE"))
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), nullable=True, index=True
    )
    camera_json: Mapped[str] = mapped_column(Text)
    preset_json: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))


class RenderingPreset(Base):
    """A volume-rendering transfer function saved by a user under a unique name."""

    __tablename__ = "rendering_presets"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(128), unique=True)
    transfer_json: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
