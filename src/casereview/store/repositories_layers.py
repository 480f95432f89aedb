"""Repository of the senders' layers of a case: merged items and the partners' opinions.

A merged annotation, key image or segment carries the sender as its ``layer``, the UUID it
had there as its ``origin_uuid`` and its author there as its ``origin_author``, with the
sender's creation and change times; our own work has layer ``""``. A partner's MDT decisions
are kept as received opinions, never in our decision chain. :class:`LayerRepository` works
inside the caller's session, so a whole package merges in one transaction: every item is
inserted with its layer and origin already set.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from casereview.domain.segments import Code
from casereview.store.models_annotations import AnnotationRow, KeyImageRow, SegmentRow
from casereview.store.models_cases import User
from casereview.store.models_meetings import Decision, ReceivedOpinion
from casereview.store.types import utcnow

if TYPE_CHECKING:
    from casereview.store.repositories_annotations import StoredMask

#: The rows that can belong to a sender's layer, in the order of :class:`Layer`'s counts.
LAYERED_ROWS: tuple[type[AnnotationRow] | type[KeyImageRow] | type[SegmentRow], ...] = (
    AnnotationRow,
    KeyImageRow,
    SegmentRow,
)

#: When each kind of layered row last changed: key images are never edited in place, so their
#: creation time is their last change.
_CHANGED_AT: dict[type[Any], Any] = {
    AnnotationRow: AnnotationRow.modified_at,
    KeyImageRow: KeyImageRow.created_at,
    SegmentRow: SegmentRow.modified_at,
}


@dataclass(frozen=True, slots=True)
class Layer:
    """One layer of a case: ``name`` "" is our own work."""

    name: str
    annotations: int
    key_images: int
    segments: int
    opinions: int
    visible: bool


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where an annotation, key image or segment of a case comes from, and who made it when.

    ``layer`` and ``origin_uuid`` are "" for our own work; ``author`` is the display name of
    our user, or the author's name as the sender wrote it for a merged item.
    """

    layer: str
    origin_uuid: str
    author: str
    created_at: datetime | None
    modified_at: datetime | None


@dataclass(frozen=True, slots=True)
class ReceivedOpinionView:
    """A partner's MDT decision as received (read-only)."""

    institution: str
    status: str
    signed_at: str
    content: dict[str, Any]
    author: str = ""
    created_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class StoredAnnotation:
    """What a merge compares of an annotation already in the case."""

    uuid: str
    layer: str
    kind: str
    label: str
    text: str
    points: list[list[float]]


@dataclass(frozen=True, slots=True)
class StoredKeyImage:
    """What a merge compares of a key image already in the case."""

    uuid: str
    layer: str
    caption: str
    window_center: float


@dataclass(frozen=True, slots=True)
class StoredSegment:
    """A segment already in the case (its voxels are compared through the segment service)."""

    uuid: str
    layer: str


@dataclass(frozen=True, slots=True)
class LayerOrigin:
    """Where a merged item came from: the sender, its package and the UUID it had there.

    ``author``, ``created_at`` and ``modified_at`` are the item's author and times at the
    sender (empty or ``None`` when an older sender did not write them: then the import's
    user and time stand in, as before).
    """

    layer: str
    package_id: str
    origin_uuid: str
    author: str = ""
    created_at: datetime | None = None
    modified_at: datetime | None = None

    def times(self) -> tuple[datetime, datetime]:
        """``(created, modified)`` to store: the sender's, or now for what it did not say."""
        now = utcnow()
        created = self.created_at or now
        return created, self.modified_at or created


@dataclass(frozen=True, slots=True)
class ReceivedAnnotation:
    """A sender's annotation to add to a case, its UIDs already mapped to ours."""

    case_id: int
    kind: str
    label: str
    text: str
    points: list[list[float]]
    series_instance_uid: str
    sop_instance_uid: str
    frame_of_reference_uid: str
    frame_number: int | None
    measurements: list[Any]
    author_id: int
    origin: LayerOrigin


@dataclass(frozen=True, slots=True)
class ReceivedKeyImage:
    """A sender's key image to add to a case, its UIDs already mapped to ours."""

    case_id: int
    series_instance_uid: str
    sop_instance_uid: str
    frame_of_reference_uid: str
    frame_number: int | None
    orientation: str
    plane: dict[str, Any] | None
    window_center: float
    window_width: float
    zoom_mm: float
    caption: str
    author_id: int
    origin: LayerOrigin
    #: The 3-D camera as the ``camera_json`` column holds it ("" for a 2-D key image).
    camera_json: str = ""
    #: The 3-D scene as the ``scene_json`` column holds it, its segments already ours.
    scene_json: str = ""


@dataclass(frozen=True, slots=True)
class ReceivedSegment:
    """A sender's segment with its voxels, to add to a case on our series' voxel grid."""

    case_id: int
    name: str
    category: Code
    type: Code
    colour: tuple[int, int, int]
    series_instance_uid: str
    frame_of_reference_uid: str
    mask: StoredMask
    voxel_count: int
    volume_ml: float
    diameters: tuple[float, float, float]
    author_id: int
    origin: LayerOrigin


@dataclass(frozen=True, slots=True)
class ReceivedOpinionRecord:
    """A partner's MDT decision to keep beside (never in) our decision chain."""

    case_id: int
    institution: str
    package_id: str
    origin_uid: str
    status: str
    signed_at: str
    content_json: str
    author: str = ""
    created_at: datetime | None = None


class LayerRepository:
    """The senders' layers of a case: merged items and received opinions."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def origins(self, case_id: int) -> dict[str, Provenance]:
        """``uuid → provenance`` of the case's annotations, key images and segments."""
        found: dict[str, Provenance] = {}
        for row_type in LAYERED_ROWS:
            modified = _CHANGED_AT[row_type]
            rows = self.session.execute(
                select(
                    row_type.uuid,
                    row_type.layer,
                    row_type.origin_uuid,
                    row_type.origin_author,
                    User.display_name,
                    row_type.created_at,
                    modified,
                )
                .join(User, User.id == row_type.author_id)
                .where(row_type.case_id == case_id)
            )
            for item_uuid, layer, origin, origin_author, ours, created, changed in rows:
                author = origin_author if layer else ours
                found[item_uuid] = Provenance(layer, origin, author, created, changed)
        return found

    def provenance_of(self, uuids: Collection[str]) -> dict[str, Provenance]:
        """``uuid → provenance`` of the merged items among ``uuids`` (our own are left out)."""
        found: dict[str, Provenance] = {}
        for row_type in LAYERED_ROWS:
            modified = _CHANGED_AT[row_type]
            rows = self.session.execute(
                select(
                    row_type.uuid,
                    row_type.layer,
                    row_type.origin_uuid,
                    row_type.origin_author,
                    row_type.created_at,
                    modified,
                ).where(row_type.uuid.in_(list(uuids)), row_type.layer != "")
            )
            for item_uuid, layer, origin, author, created, changed in rows:
                found[item_uuid] = Provenance(layer, origin, author, created, changed)
        return found

    def layers(self, case_id: int) -> list[Layer]:
        """Our own layer first, then every sender's layer with what it holds."""
        counts: dict[str, list[int]] = {"": [0, 0, 0, 0]}
        for index, row_type in enumerate(LAYERED_ROWS):
            rows = self.session.execute(
                select(row_type.layer).where(
                    row_type.case_id == case_id, row_type.deleted_at.is_(None)
                )
            )
            for (layer,) in rows:
                counts.setdefault(layer, [0, 0, 0, 0])[index] += 1
        for (institution,) in self.session.execute(
            select(ReceivedOpinion.institution).where(ReceivedOpinion.case_id == case_id)
        ):
            counts.setdefault(institution, [0, 0, 0, 0])[3] += 1
        hidden: set[str] = set()
        for row_type in (AnnotationRow, SegmentRow):
            hidden |= set(
                self.session.scalars(
                    select(row_type.layer).where(
                        row_type.case_id == case_id,
                        row_type.layer != "",
                        row_type.visible.is_(False),
                        row_type.deleted_at.is_(None),
                    )
                )
            )
        return [
            Layer(name, c[0], c[1], c[2], c[3], name not in hidden)
            for name, c in sorted(counts.items(), key=lambda item: (item[0] != "", item[0]))
        ]

    def set_visible(self, case_id: int, layer: str, visible: bool) -> int:
        """Show or hide the layer's annotations and segments; return how many rows matched."""
        changed = 0
        for row_type in (AnnotationRow, SegmentRow):
            result = self.session.execute(
                update(row_type)
                .where(row_type.case_id == case_id, row_type.layer == layer)
                .values(visible=visible)
            )
            changed += int(getattr(result, "rowcount", 0) or 0)
        return changed

    def layer_of(self, uuids: Collection[str]) -> dict[str, str]:
        """``uuid → layer`` of the merged items among ``uuids`` (our own are left out)."""
        found: dict[str, str] = {}
        for row_type in LAYERED_ROWS:
            for item_uuid, layer in self.session.execute(
                select(row_type.uuid, row_type.layer).where(
                    row_type.uuid.in_(list(uuids)), row_type.layer != ""
                )
            ):
                found[item_uuid] = layer
        return found

    def received_opinions(self, case_id: int) -> list[ReceivedOpinionView]:
        """The partners' MDT decisions received for a case, oldest first."""
        rows = self.session.scalars(
            select(ReceivedOpinion)
            .where(ReceivedOpinion.case_id == case_id)
            .order_by(ReceivedOpinion.id)
        ).all()
        return [
            ReceivedOpinionView(
                r.institution,
                r.status,
                r.signed_at,
                json.loads(r.content_json),
                r.origin_author,
                r.origin_created_at,
            )
            for r in rows
        ]

    # -- merging a received package ---------------------------------------------------------

    def find_annotation(self, case_id: int, key: str) -> StoredAnnotation | None:
        """Our annotation with UUID ``key``, or a merged one that came with origin ``key``."""
        row = self.session.scalars(
            select(AnnotationRow)
            .where(
                AnnotationRow.case_id == case_id,
                (AnnotationRow.uuid == key) | (AnnotationRow.origin_uuid == key),
            )
            .limit(1)
        ).first()
        if row is None:
            return None
        points = [[float(v) for v in p] for p in json.loads(row.points_json)]
        return StoredAnnotation(row.uuid, row.layer, row.kind, row.label, row.text, points)

    def find_key_image(self, case_id: int, key: str) -> StoredKeyImage | None:
        """Our key image with UUID ``key``, or a merged one that came with origin ``key``."""
        row = self.session.scalars(
            select(KeyImageRow)
            .where(
                KeyImageRow.case_id == case_id,
                (KeyImageRow.uuid == key) | (KeyImageRow.origin_uuid == key),
            )
            .limit(1)
        ).first()
        if row is None:
            return None
        return StoredKeyImage(row.uuid, row.layer, row.caption, row.window_center)

    def find_segment(self, case_id: int, key: str) -> StoredSegment | None:
        """Our segment with UUID ``key``, or a merged one that came with origin ``key``."""
        row = self.session.scalars(
            select(SegmentRow)
            .where(
                SegmentRow.case_id == case_id,
                (SegmentRow.uuid == key) | (SegmentRow.origin_uuid == key),
            )
            .limit(1)
        ).first()
        return None if row is None else StoredSegment(row.uuid, row.layer)

    def add_annotation(self, item: ReceivedAnnotation) -> str:
        """Add a sender's annotation as part of its layer; return its new UUID."""
        new_uuid = str(uuid.uuid4())
        created, modified = item.origin.times()
        self.session.add(
            AnnotationRow(
                uuid=new_uuid,
                case_id=item.case_id,
                kind=item.kind,
                label=item.label,
                text=item.text,
                points_json=json.dumps(item.points),
                series_instance_uid=item.series_instance_uid,
                sop_instance_uid=item.sop_instance_uid,
                frame_of_reference_uid=item.frame_of_reference_uid,
                frame_number=item.frame_number,
                measurements_json=json.dumps(item.measurements),
                author_id=item.author_id,
                modified_by_id=item.author_id,
                created_at=created,
                modified_at=modified,
                layer=item.origin.layer,
                layer_package=item.origin.package_id,
                origin_uuid=item.origin.origin_uuid,
                origin_author=item.origin.author,
            )
        )
        return new_uuid

    def add_key_image(self, item: ReceivedKeyImage) -> str:
        """Add a sender's key image as part of its layer; return its new UUID."""
        new_uuid = str(uuid.uuid4())
        created, _ = item.origin.times()
        self.session.add(
            KeyImageRow(
                uuid=new_uuid,
                case_id=item.case_id,
                series_instance_uid=item.series_instance_uid,
                sop_instance_uid=item.sop_instance_uid,
                frame_of_reference_uid=item.frame_of_reference_uid,
                frame_number=item.frame_number,
                orientation=item.orientation,
                plane_json="" if not item.plane else json.dumps(item.plane),
                camera_json=item.camera_json,
                scene_json=item.scene_json,
                window_center=item.window_center,
                window_width=item.window_width,
                zoom_mm=item.zoom_mm,
                caption=item.caption,
                author_id=item.author_id,
                created_at=created,
                layer=item.origin.layer,
                layer_package=item.origin.package_id,
                origin_uuid=item.origin.origin_uuid,
                origin_author=item.origin.author,
            )
        )
        return new_uuid

    def add_segment(self, item: ReceivedSegment) -> str:
        """Add a sender's segment with its voxels as part of its layer; return its new UUID.

        It is numbered after the case's highest segment number.
        """
        # Imported here: the segment masks' module loads NumPy, which registering the layer
        # importer at every start must not.
        from casereview.store.repositories_annotations import colour_hex

        new_uuid = str(uuid.uuid4())
        highest = self.session.scalar(
            select(func.max(SegmentRow.number)).where(SegmentRow.case_id == item.case_id)
        )
        created, modified = item.origin.times()
        self.session.add(
            SegmentRow(
                uuid=new_uuid,
                case_id=item.case_id,
                number=int(highest or 0) + 1,
                name=item.name,
                category_value=item.category.value,
                category_scheme=item.category.scheme,
                category_meaning=item.category.meaning[:64],
                type_value=item.type.value,
                type_scheme=item.type.scheme,
                type_meaning=item.type.meaning[:64],
                colour=colour_hex(item.colour),
                series_instance_uid=item.series_instance_uid,
                frame_of_reference_uid=item.frame_of_reference_uid,
                visible=True,
                grid_shape=",".join(str(int(v)) for v in item.mask.shape),
                mask_box=",".join(map(str, item.mask.box)) if item.mask.box else "",
                mask=item.mask.packed,
                voxel_count=item.voxel_count,
                volume_ml=item.volume_ml,
                diameters_json=json.dumps([round(float(d), 4) for d in item.diameters]),
                author_id=item.author_id,
                modified_by_id=item.author_id,
                created_at=created,
                modified_at=modified,
                layer=item.origin.layer,
                layer_package=item.origin.package_id,
                origin_uuid=item.origin.origin_uuid,
                origin_author=item.origin.author,
            )
        )
        # Flushed now so the next segment of the same package is numbered after this one.
        self.session.flush()
        return new_uuid

    def segment_mask(self, segment_uuid: str) -> StoredMask:
        """The stored mask of a segment of any layer."""
        from casereview.store.repositories_annotations import SegmentRepository

        return SegmentRepository(self.session).mask(segment_uuid)

    def decision_uids(self, case_id: int) -> set[str]:
        """UIDs of our own decisions on the case (every version)."""
        return set(self.session.scalars(select(Decision.uid).where(Decision.case_id == case_id)))

    def received_opinion_content(self, case_id: int, origin_uid: str) -> str | None:
        """The content (JSON) of a partner's decision received before, or ``None``."""
        return self.session.scalars(
            select(ReceivedOpinion.content_json).where(
                ReceivedOpinion.case_id == case_id, ReceivedOpinion.origin_uid == origin_uid
            )
        ).first()

    def add_received_opinion(self, record: ReceivedOpinionRecord) -> str:
        """Keep a partner's decision (it never enters our decision chain); return its id."""
        row = ReceivedOpinion(
            case_id=record.case_id,
            institution=record.institution,
            package_uid=record.package_id,
            origin_uid=record.origin_uid,
            status=record.status,
            signed_at=record.signed_at,
            content_json=record.content_json,
            received_at=utcnow(),
            origin_author=record.author,
            origin_created_at=record.created_at,
        )
        self.session.add(row)
        self.session.flush()
        return str(row.id)
