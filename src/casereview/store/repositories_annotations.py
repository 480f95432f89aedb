"""Repositories of annotations, key images and segments: rows to domain objects and back.

Removal is a mark (``deleted_at``), never a DELETE: undo clears the mark, and what was shown
at an MDT can always be traced.
"""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casereview.domain.annotations import (
    Annotation,
    AnnotationDraft,
    AnnotationKind,
    Camera3D,
    ImageReference,
    KeyImage,
    KeyImageDraft,
    Measurement,
    Point,
    ViewPlane,
)
from casereview.domain.key_image_scene import Scene3D
from casereview.domain.rendering import dumps
from casereview.domain.segments import Code, Segment, SegmentDraft
from casereview.errors import NotFoundError, ValidationError
from casereview.messages import Message
from casereview.store import models
from casereview.store.models_annotations import AnnotationRow, KeyImageRow, SegmentRow
from casereview.store.types import utcnow


def _usernames(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = session.execute(
        select(models.User.id, models.User.username).where(models.User.id.in_(ids))
    ).all()
    return {pk: name for pk, name in rows}


def _author(row: AnnotationRow | KeyImageRow | SegmentRow, names: dict[int, str]) -> str:
    """Who made an item: our user, or for an item merged from a package its author there
    (the local user who imported it is in the audit trail)."""
    return row.origin_author or names.get(row.author_id, "")


def _points_json(points: tuple[Point, ...]) -> str:
    return json.dumps([list(p) for p in points])


def _measurements_json(measurements: tuple[Measurement, ...]) -> str:
    return json.dumps([m.to_json() for m in measurements])


class AnnotationRepository:
    """Annotations of cases."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def _row(self, uuid: str) -> AnnotationRow:
        row = self.session.scalars(select(AnnotationRow).where(AnnotationRow.uuid == uuid)).first()
        if row is None:
            raise NotFoundError(Message("This annotation does not exist (any more)."))
        return row

    def case_of(self, uuid: str) -> int:
        """Internal case id of an annotation."""
        return self._row(uuid).case_id

    def add(
        self,
        case_id: int,
        draft: AnnotationDraft,
        measurements: tuple[Measurement, ...],
        user_id: int,
    ) -> Annotation:
        """Store a new annotation (its UUID must be new)."""
        if self.session.get(models.Case, case_id) is None:
            raise NotFoundError(Message("Case #{case_id} does not exist.", case_id=case_id))
        exists = self.session.scalars(
            select(AnnotationRow.id).where(AnnotationRow.uuid == draft.uuid)
        ).first()
        if exists is not None:
            raise ValidationError(Message("An annotation with this identifier already exists."))
        now = utcnow()
        row = AnnotationRow(
            uuid=draft.uuid,
            case_id=case_id,
            kind=draft.kind.value,
            label=draft.label,
            text=draft.text,
            points_json=_points_json(draft.points),
            series_instance_uid=draft.reference.series_instance_uid,
            sop_instance_uid=draft.reference.sop_instance_uid,
            frame_of_reference_uid=draft.reference.frame_of_reference_uid,
            frame_number=draft.reference.frame_number,
            measurements_json=_measurements_json(measurements),
            visible=True,
            author_id=user_id,
            modified_by_id=user_id,
            created_at=now,
            modified_at=now,
        )
        self.session.add(row)
        self.session.flush()
        return self._domain(row)

    def update(self, uuid: str, user_id: int, **fields: Any) -> tuple[Annotation, list[str]]:
        """Change ``label``, ``text``, ``points``, ``measurements`` or ``visible``.

        Returns
        -------
        tuple
            The annotation and the names of the fields that changed.
        """
        row = self._row(uuid)
        changed: list[str] = []
        for name, value in fields.items():
            if value is None:
                continue
            if name == "points":
                new = _points_json(tuple((float(x), float(y), float(z)) for x, y, z in value))
                if new != row.points_json:
                    row.points_json = new
                    changed.append(name)
            elif name == "measurements":
                new = _measurements_json(tuple(value))
                if new != row.measurements_json:
                    row.measurements_json = new
                    changed.append(name)
            elif name in ("label", "text", "visible"):
                if getattr(row, name) != value:
                    setattr(row, name, value)
                    changed.append(name)
            else:
                raise ValueError(f"annotation field {name} cannot be changed")
        if changed:
            row.modified_at = utcnow()
            row.modified_by_id = user_id
            self.session.flush()
        return self._domain(row), changed

    def set_deleted(self, uuid: str, deleted: bool, user_id: int) -> Annotation:
        """Mark an annotation removed (or restore it)."""
        row = self._row(uuid)
        row.deleted_at = utcnow() if deleted else None
        row.modified_by_id = user_id
        self.session.flush()
        return self._domain(row)

    def get(self, uuid: str) -> Annotation:
        """One annotation, also a removed one."""
        return self._domain(self._row(uuid))

    def is_deleted(self, uuid: str) -> bool:
        """Whether the annotation is marked removed."""
        return self._row(uuid).deleted_at is not None

    def list(self, case_id: int) -> list[Annotation]:
        """Annotations of a case that are not removed, oldest first."""
        rows = self.session.scalars(
            select(AnnotationRow)
            .where(AnnotationRow.case_id == case_id, AnnotationRow.deleted_at.is_(None))
            .order_by(AnnotationRow.created_at, AnnotationRow.id)
        ).all()
        names = _usernames(self.session, {r.author_id for r in rows})
        return [self._domain(r, names) for r in rows]

    def _domain(self, row: AnnotationRow, names: dict[int, str] | None = None) -> Annotation:
        names = names if names is not None else _usernames(self.session, {row.author_id})
        return Annotation(
            uuid=row.uuid,
            case_id=row.case_id,
            kind=AnnotationKind(row.kind),
            label=row.label,
            points=tuple((float(x), float(y), float(z)) for x, y, z in json.loads(row.points_json)),
            reference=ImageReference(
                row.series_instance_uid,
                row.sop_instance_uid,
                row.frame_of_reference_uid,
                row.frame_number,
            ),
            text=row.text,
            measurements=tuple(Measurement.from_json(m) for m in json.loads(row.measurements_json)),
            visible=bool(row.visible),
            author=_author(row, names),
            created_at=row.created_at,
            modified_at=row.modified_at,
        )


def _plane_json(plane: ViewPlane | None) -> str:
    if plane is None:
        return ""
    return json.dumps({"origin": list(plane.origin), "u": list(plane.u), "v": list(plane.v)})


def _camera_json(camera: Camera3D | None) -> str:
    if camera is None:
        return ""
    return json.dumps(
        {
            "position": list(camera.position),
            "focal_point": list(camera.focal_point),
            "view_up": list(camera.view_up),
            "parallel_scale": camera.parallel_scale,
            "view_angle": camera.view_angle,
        }
    )


def scene_json(scene: Scene3D | None) -> str:
    """The ``scene_json`` column of a key image: compact JSON, or "" without a scene."""
    if scene is None:
        return ""
    return dumps(scene.to_json())


def _scene(text: str) -> Scene3D | None:
    if not text:
        return None
    try:
        return Scene3D.from_json(json.loads(text))
    except (ValueError, ValidationError):
        # A scene this version cannot read is drawn as a key image without one (the case's
        # visible segments) rather than hiding the key image and its caption.
        return None


def _tuple3(values: Any) -> Point:
    return (float(values[0]), float(values[1]), float(values[2]))


class KeyImageRepository:
    """Key images of cases."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def _row(self, uuid: str) -> KeyImageRow:
        row = self.session.scalars(select(KeyImageRow).where(KeyImageRow.uuid == uuid)).first()
        if row is None:
            raise NotFoundError(Message("This key image does not exist (any more)."))
        return row

    def case_of(self, uuid: str) -> int:
        """Internal case id of a key image."""
        return self._row(uuid).case_id

    def add(self, case_id: int, draft: KeyImageDraft, user_id: int) -> KeyImage:
        """Store a new key image."""
        if self.session.get(models.Case, case_id) is None:
            raise NotFoundError(Message("Case #{case_id} does not exist.", case_id=case_id))
        row = KeyImageRow(
            uuid=draft.uuid,
            case_id=case_id,
            series_instance_uid=draft.reference.series_instance_uid,
            sop_instance_uid=draft.reference.sop_instance_uid,
            frame_of_reference_uid=draft.reference.frame_of_reference_uid,
            frame_number=draft.reference.frame_number,
            orientation=draft.orientation,
            plane_json=_plane_json(draft.plane),
            camera_json=_camera_json(draft.camera),
            scene_json=scene_json(draft.scene),
            window_center=draft.window_center,
            window_width=draft.window_width,
            zoom_mm=draft.zoom_mm,
            caption=draft.caption,
            author_id=user_id,
            created_at=utcnow(),
        )
        self.session.add(row)
        self.session.flush()
        return self._domain(row)

    def set_caption(self, uuid: str, caption: str) -> tuple[KeyImage, str]:
        """Change the caption; returns the key image and the caption before."""
        row = self._row(uuid)
        before = row.caption
        row.caption = caption.strip()[:1000]
        self.session.flush()
        return self._domain(row), before

    def set_deleted(self, uuid: str, deleted: bool) -> KeyImage:
        """Mark a key image removed (or restore it)."""
        row = self._row(uuid)
        row.deleted_at = utcnow() if deleted else None
        self.session.flush()
        return self._domain(row)

    def is_deleted(self, uuid: str) -> bool:
        """Whether the key image is marked removed."""
        return self._row(uuid).deleted_at is not None

    def list(self, case_id: int) -> list[KeyImage]:
        """Key images of a case that are not removed, oldest first."""
        rows = self.session.scalars(
            select(KeyImageRow)
            .where(KeyImageRow.case_id == case_id, KeyImageRow.deleted_at.is_(None))
            .order_by(KeyImageRow.created_at, KeyImageRow.id)
        ).all()
        names = _usernames(self.session, {r.author_id for r in rows})
        return [self._domain(r, names) for r in rows]

    def _domain(self, row: KeyImageRow, names: dict[int, str] | None = None) -> KeyImage:
        names = names if names is not None else _usernames(self.session, {row.author_id})
        plane = None
        if row.plane_json:
            data = json.loads(row.plane_json)
            plane = ViewPlane(_tuple3(data["origin"]), _tuple3(data["u"]), _tuple3(data["v"]))
        camera = None
        if row.camera_json:
            data = json.loads(row.camera_json)
            camera = Camera3D(
                _tuple3(data["position"]),
                _tuple3(data["focal_point"]),
                _tuple3(data["view_up"]),
                float(data.get("parallel_scale", 0.0)),
                float(data.get("view_angle", 30.0)),
            )
        return KeyImage(
            uuid=row.uuid,
            case_id=row.case_id,
            reference=ImageReference(
                row.series_instance_uid,
                row.sop_instance_uid,
                row.frame_of_reference_uid,
                row.frame_number,
            ),
            orientation=row.orientation,
            plane=plane,
            window_center=row.window_center,
            window_width=row.window_width,
            caption=row.caption,
            camera=camera,
            zoom_mm=row.zoom_mm,
            author=_author(row, names),
            created_at=row.created_at,
            scene=_scene(row.scene_json),
        )


# --- segment masks ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StoredMask:
    """A mask as stored: the full grid's shape, the box and the packed bits inside it."""

    shape: tuple[int, int, int]
    box: tuple[int, int, int, int, int, int] | None
    packed: bytes

    def unpack(self) -> NDArray[np.bool_]:
        """The full boolean mask."""
        mask = np.zeros(self.shape, dtype=bool)
        if self.box is None:
            return mask
        s0, r0, c0, s1, r1, c1 = self.box
        count = (s1 - s0) * (r1 - r0) * (c1 - c0)
        bits = np.unpackbits(np.frombuffer(zlib.decompress(self.packed), np.uint8), count=count)
        mask[s0:s1, r0:r1, c0:c1] = bits.reshape(s1 - s0, r1 - r0, c1 - c0).astype(bool)
        return mask


def pack_mask(mask: NDArray[np.bool_]) -> StoredMask:
    """Crop ``mask`` to its voxels and pack it (bits, zlib) for storage."""
    shape = (int(mask.shape[0]), int(mask.shape[1]), int(mask.shape[2]))
    if not mask.any():
        return StoredMask(shape, None, b"")
    lows, highs = [], []
    for axis in range(3):
        other = tuple(a for a in range(3) if a != axis)
        present = np.flatnonzero(mask.any(axis=other))
        lows.append(int(present[0]))
        highs.append(int(present[-1]) + 1)
    box = (lows[0], lows[1], lows[2], highs[0], highs[1], highs[2])
    inner = mask[lows[0] : highs[0], lows[1] : highs[1], lows[2] : highs[2]]
    packed = zlib.compress(np.packbits(inner.ravel()).tobytes(), 6)
    return StoredMask(shape, box, packed)


def _parse_ints(text: str) -> tuple[int, ...]:
    return tuple(int(v) for v in text.split(",")) if text else ()


def colour_hex(rgb: tuple[int, int, int]) -> str:
    """``#rrggbb`` of an sRGB colour."""
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def colour_rgb(text: str) -> tuple[int, int, int]:
    """sRGB of ``#rrggbb``."""
    return (int(text[1:3], 16), int(text[3:5], 16), int(text[5:7], 16))


class SegmentRepository:
    """Segments of cases and their masks."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def _row(self, uuid: str) -> SegmentRow:
        row = self.session.scalars(select(SegmentRow).where(SegmentRow.uuid == uuid)).first()
        if row is None:
            raise NotFoundError(Message("This segment does not exist (any more)."))
        return row

    def case_of(self, uuid: str) -> int:
        """Internal case id of a segment."""
        return self._row(uuid).case_id

    def add(
        self,
        case_id: int,
        draft: SegmentDraft,
        shape: tuple[int, int, int],
        user_id: int,
        number: int | None = None,
    ) -> Segment:
        """Store a new, empty segment; numbered after the case's highest number."""
        if self.session.get(models.Case, case_id) is None:
            raise NotFoundError(Message("Case #{case_id} does not exist.", case_id=case_id))
        if number is None:
            highest = self.session.scalar(
                select(func.max(SegmentRow.number)).where(SegmentRow.case_id == case_id)
            )
            number = int(highest or 0) + 1
        now = utcnow()
        row = SegmentRow(
            uuid=draft.uuid,
            case_id=case_id,
            number=number,
            name=draft.name,
            category_value=draft.category.value,
            category_scheme=draft.category.scheme,
            category_meaning=draft.category.meaning[:64],
            type_value=draft.type.value,
            type_scheme=draft.type.scheme,
            type_meaning=draft.type.meaning[:64],
            colour=colour_hex(draft.colour),
            series_instance_uid=draft.series_instance_uid,
            frame_of_reference_uid=draft.frame_of_reference_uid,
            visible=True,
            grid_shape=",".join(str(int(v)) for v in shape),
            mask_box="",
            mask=b"",
            voxel_count=0,
            volume_ml=0.0,
            diameters_json="[0, 0, 0]",
            author_id=user_id,
            modified_by_id=user_id,
            created_at=now,
            modified_at=now,
        )
        self.session.add(row)
        self.session.flush()
        return self._domain(row)

    def set_mask(
        self,
        uuid: str,
        stored: StoredMask,
        voxel_count: int,
        volume_ml: float,
        diameters: tuple[float, float, float],
        user_id: int,
    ) -> Segment:
        """Replace a segment's mask and its measured values."""
        row = self._row(uuid)
        if _parse_ints(row.grid_shape) != stored.shape:
            raise ValidationError(Message("The mask does not fit the segment's image grid."))
        row.mask_box = ",".join(map(str, stored.box)) if stored.box else ""
        row.mask = stored.packed
        row.voxel_count = int(voxel_count)
        row.volume_ml = float(volume_ml)
        row.diameters_json = json.dumps([round(float(d), 4) for d in diameters])
        row.modified_at = utcnow()
        row.modified_by_id = user_id
        self.session.flush()
        return self._domain(row)

    def mask(self, uuid: str) -> StoredMask:
        """The stored mask of a segment."""
        row = self._row(uuid)
        slices, rows, columns = _parse_ints(row.grid_shape)
        box = _parse_ints(row.mask_box)
        if box:
            s0, r0, c0, s1, r1, c1 = box
            return StoredMask((slices, rows, columns), (s0, r0, c0, s1, r1, c1), row.mask)
        return StoredMask((slices, rows, columns), None, row.mask)

    def update(self, uuid: str, user_id: int, **fields: Any) -> tuple[Segment, list[str]]:
        """Change ``name``, ``colour``, ``category``, ``type`` or ``visible``."""
        row = self._row(uuid)
        changed: list[str] = []
        for name, value in fields.items():
            if value is None:
                continue
            if name == "colour":
                new = colour_hex(value)
                if new != row.colour:
                    row.colour = new
                    changed.append(name)
            elif name in ("category", "type"):
                code: Code = value
                current = (
                    getattr(row, f"{name}_value"),
                    getattr(row, f"{name}_scheme"),
                    getattr(row, f"{name}_meaning"),
                )
                if current != (code.value, code.scheme, code.meaning[:64]):
                    setattr(row, f"{name}_value", code.value)
                    setattr(row, f"{name}_scheme", code.scheme)
                    setattr(row, f"{name}_meaning", code.meaning[:64])
                    changed.append(name)
            elif name == "name":
                text = " ".join(str(value).split())
                if not text or len(text) > 64:
                    raise ValidationError(Message("A segment name needs 1 to 64 characters."))
                if text != row.name:
                    row.name = text
                    changed.append(name)
            elif name == "visible":
                if bool(value) != row.visible:
                    row.visible = bool(value)
                    changed.append(name)
            else:
                raise ValueError(f"segment field {name} cannot be changed")
        if changed:
            row.modified_at = utcnow()
            row.modified_by_id = user_id
            self.session.flush()
        return self._domain(row), changed

    def set_deleted(self, uuid: str, deleted: bool, user_id: int) -> Segment:
        """Mark a segment removed (or restore it)."""
        row = self._row(uuid)
        row.deleted_at = utcnow() if deleted else None
        row.modified_by_id = user_id
        self.session.flush()
        return self._domain(row)

    def get(self, uuid: str) -> Segment:
        """One segment, also a removed one."""
        return self._domain(self._row(uuid))

    def list(self, case_id: int) -> list[Segment]:
        """Segments of a case that are not removed, by number."""
        rows = self.session.scalars(
            select(SegmentRow)
            .where(SegmentRow.case_id == case_id, SegmentRow.deleted_at.is_(None))
            .order_by(SegmentRow.number)
        ).all()
        names = _usernames(self.session, {r.author_id for r in rows})
        return [self._domain(r, names) for r in rows]

    def _domain(self, row: SegmentRow, names: dict[int, str] | None = None) -> Segment:
        names = names if names is not None else _usernames(self.session, {row.author_id})
        diameters = json.loads(row.diameters_json)
        return Segment(
            uuid=row.uuid,
            case_id=row.case_id,
            number=row.number,
            name=row.name,
            category=Code(row.category_value, row.category_scheme, row.category_meaning),
            type=Code(row.type_value, row.type_scheme, row.type_meaning),
            colour=colour_rgb(row.colour),
            series_instance_uid=row.series_instance_uid,
            frame_of_reference_uid=row.frame_of_reference_uid,
            visible=bool(row.visible),
            voxel_count=row.voxel_count,
            volume_ml=row.volume_ml,
            diameters_mm=(float(diameters[0]), float(diameters[1]), float(diameters[2])),
            author=_author(row, names),
            created_at=row.created_at,
            modified_at=row.modified_at,
        )
