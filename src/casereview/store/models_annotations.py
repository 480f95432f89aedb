"""SQLAlchemy models: Annotations, key images and segmentations (issue 7).

Tables share :class:`casereview.store.model_base.Base`; :mod:`casereview.store.models`
imports this module so every table is registered wherever the models are used.

Nothing here is ever deleted by the application: removing an annotation, key image or segment
sets ``deleted_at`` (undo clears it again), so an MDT's evidence can always be traced.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from casereview.store.model_base import UID_LENGTH, Base
from casereview.store.types import UTCDateTime, utcnow


class AnnotationRow(Base):
    """One annotation: kind, label, LPS geometry, image reference, measured values."""

    __tablename__ = "annotations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    label: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    #: JSON list of [L, P, S] points in mm.
    points_json: Mapped[str] = mapped_column(Text)
    series_instance_uid: Mapped[str] = mapped_column(String(UID_LENGTH))
    sop_instance_uid: Mapped[str] = mapped_column(String(UID_LENGTH), default="")
    frame_of_reference_uid: Mapped[str] = mapped_column(String(UID_LENGTH), default="")
    frame_number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    #: JSON list of {"name", "value", "unit"}.
    measurements_json: Mapped[str] = mapped_column(Text, default="[]")
    visible: Mapped[bool] = mapped_column(Boolean, default=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    modified_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    modified_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    #: "" for our own work; the sending institution for content merged from a package.
    layer: Mapped[str] = mapped_column(String(128), default="", server_default="")
    #: The package the content arrived in ("" for our own work).
    layer_package: Mapped[str] = mapped_column(String(36), default="", server_default="")
    #: The UUID at the sender, so importing a package again adds nothing.
    origin_uuid: Mapped[str] = mapped_column(String(36), default="", server_default="", index=True)
    #: The author's name as the sender's users wrote it ("" for our own work): a merged item
    #: is credited to its author at the sender, not to whoever imported the package.
    origin_author: Mapped[str] = mapped_column(String(128), default="", server_default="")


class KeyImageRow(Base):
    """A view flagged as a key image: plane or 3-D camera, window, caption."""

    __tablename__ = "key_images"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    series_instance_uid: Mapped[str] = mapped_column(String(UID_LENGTH))
    sop_instance_uid: Mapped[str] = mapped_column(String(UID_LENGTH), default="")
    frame_of_reference_uid: Mapped[str] = mapped_column(String(UID_LENGTH), default="")
    frame_number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    orientation: Mapped[str] = mapped_column(String(16))
    #: JSON {"origin", "u", "v"} in LPS, or "" for a 3-D view.
    plane_json: Mapped[str] = mapped_column(Text, default="")
    #: JSON {"position", "focal_point", "view_up", "parallel_scale", "view_angle"} or "".
    camera_json: Mapped[str] = mapped_column(Text, default="")
    #: JSON of a 3-D key image's scene (``domain.key_image_scene.Scene3D``) or "" (2-D key
    #: images, and 3-D ones flagged before scenes were kept).
    scene_json: Mapped[str] = mapped_column(Text, default="", server_default="")
    window_center: Mapped[float] = mapped_column(Float)
    window_width: Mapped[float] = mapped_column(Float)
    zoom_mm: Mapped[float] = mapped_column(Float, default=0.0)
    caption: Mapped[str] = mapped_column(Text, default="")
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    #: "" for our own work; the sending institution for content merged from a package.
    layer: Mapped[str] = mapped_column(String(128), default="", server_default="")
    #: The package the content arrived in ("" for our own work).
    layer_package: Mapped[str] = mapped_column(String(36), default="", server_default="")
    #: The UUID at the sender, so importing a package again adds nothing.
    origin_uuid: Mapped[str] = mapped_column(String(36), default="", server_default="", index=True)
    #: The author's name as the sender's users wrote it ("" for our own work): a merged item
    #: is credited to its author at the sender, not to whoever imported the package.
    origin_author: Mapped[str] = mapped_column(String(128), default="", server_default="")


class SegmentRow(Base):
    """One segment: coded description, colour and its voxel mask (cropped, compressed)."""

    __tablename__ = "segments"
    __table_args__ = (UniqueConstraint("case_id", "number", name="uq_segments_case_number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(64))
    category_value: Mapped[str] = mapped_column(String(64))
    category_scheme: Mapped[str] = mapped_column(String(16))
    category_meaning: Mapped[str] = mapped_column(String(64))
    type_value: Mapped[str] = mapped_column(String(64))
    type_scheme: Mapped[str] = mapped_column(String(16))
    type_meaning: Mapped[str] = mapped_column(String(64))
    colour: Mapped[str] = mapped_column(String(7))  #: "#rrggbb"
    series_instance_uid: Mapped[str] = mapped_column(String(UID_LENGTH))
    frame_of_reference_uid: Mapped[str] = mapped_column(String(UID_LENGTH), default="")
    visible: Mapped[bool] = mapped_column(Boolean, default=True)
    #: Shape of the full voxel grid, "slices,rows,columns".
    grid_shape: Mapped[str] = mapped_column(String(64))
    #: Bounding box of the stored mask, "s0,r0,c0,s1,r1,c1" (high exclusive), "" when empty.
    mask_box: Mapped[str] = mapped_column(String(128), default="")
    #: The mask inside the box, bit-packed and zlib-compressed.
    mask: Mapped[bytes] = mapped_column(LargeBinary, default=b"")
    voxel_count: Mapped[int] = mapped_column(Integer, default=0)
    volume_ml: Mapped[float] = mapped_column(Float, default=0.0)
    #: JSON [longest 3-D, longest axial, perpendicular axial] in mm.
    diameters_json: Mapped[str] = mapped_column(Text, default="[0, 0, 0]")
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    modified_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    modified_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    #: "" for our own work; the sending institution for content merged from a package.
    layer: Mapped[str] = mapped_column(String(128), default="", server_default="")
    #: The package the content arrived in ("" for our own work).
    layer_package: Mapped[str] = mapped_column(String(36), default="", server_default="")
    #: The UUID at the sender, so importing a package again adds nothing.
    origin_uuid: Mapped[str] = mapped_column(String(36), default="", server_default="", index=True)
    #: The author's name as the sender's users wrote it ("" for our own work): a merged item
    #: is credited to its author at the sender, not to whoever imported the package.
    origin_author: Mapped[str] = mapped_column(String(128), default="", server_default="")
