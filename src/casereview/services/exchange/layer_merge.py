"""Turning a received package into the sender's layer of a local case, in one unit of work.

:class:`CaseLayerImporter` finds the local case the package's images belong to (or describes
the one to make) and prepares the sender's annotations, key images, segments (voxels from the
SEG, measured) and MDT decisions without writing anything; :meth:`PreparedLayer.write` then
makes the case if needed and inserts every item with its layer, origin, author and times at
the sender already set, each audited as received, inside the caller's transaction, which also
records the package. A crash at any point leaves
either the whole layer with the package's record or none of it, and importing the package
again finishes the merge: items are recognised by their origin UUID, so nothing is doubled.

Our own work is never changed: content that is ours coming back is recognised by its original
UUID and skipped; the same UUID arriving with different content is reported as a conflict, not
merged. Received decisions go to the received opinions: they never enter our decision chain
and cannot be signed here.

It is registered at start-up by ``casereview.app.exchange_setup``; pydicom, NumPy and the
services that build volumes are imported when a package is merged, so registering costs
nothing at start-up.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from casereview.domain.audit import AuditAction
from casereview.domain.cases import CaseDraft
from casereview.errors import ValidationError
from casereview.messages import Message
from casereview.services.cases import add_case, case_draft_from_uids
from casereview.services.exchange.key_image_entries import (
    received_camera_json,
    received_scene_json,
)
from casereview.services.exchange.providers import ReceivedPackage
from casereview.services.exchange.schemas import DECISION_FIELDS, read_document
from casereview.services.exchange.uid_mapping import UidMapper
from casereview.store.database import Database
from casereview.store.repositories import AuditRepository, UserRepository
from casereview.store.repositories_layers import (
    LayerOrigin,
    LayerRepository,
    ReceivedAnnotation,
    ReceivedKeyImage,
    ReceivedOpinionRecord,
    ReceivedSegment,
)
from casereview.store.repositories_packages import ExchangeRepository

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    from casereview.dicom.seg import SegFile
    from casereview.domain.segments import Code
    from casereview.services.segmentations import MeasuredMask

#: Geometry that differs by less than this (mm) is the same.
GEOMETRY_TOLERANCE_MM = 0.01


@dataclass
class _Tally:
    """What one kind of content did in a merge."""

    added: int = 0
    unchanged: int = 0
    ours: int = 0
    conflicts: list[Message] = field(default_factory=list)

    def seen(self, layer: str) -> None:
        """Count an item already here: ours (layer "") or merged before."""
        if layer == "":
            self.ours += 1
        else:
            self.unchanged += 1


def _annotations_line(institution: str, tally: _Tally) -> Message:
    return Message(
        "Annotations from {institution}: {added} new, {unchanged} already here, "
        "{ours} of ours left as they are.",
        institution=institution,
        added=tally.added,
        unchanged=tally.unchanged,
        ours=tally.ours,
    )


def _key_images_line(institution: str, tally: _Tally) -> Message:
    return Message(
        "Key images from {institution}: {added} new, {unchanged} already here, "
        "{ours} of ours left as they are.",
        institution=institution,
        added=tally.added,
        unchanged=tally.unchanged,
        ours=tally.ours,
    )


def _segments_line(institution: str, tally: _Tally) -> Message:
    return Message(
        "Segments from {institution}: {added} new, {unchanged} already here, "
        "{ours} of ours left as they are.",
        institution=institution,
        added=tally.added,
        unchanged=tally.unchanged,
        ours=tally.ours,
    )


def _opinions_line(institution: str, tally: _Tally) -> Message:
    return Message(
        "MDT opinions from {institution}: {added} new, {unchanged} already here, "
        "{ours} of ours left as they are.",
        institution=institution,
        added=tally.added,
        unchanged=tally.unchanged,
        ours=tally.ours,
    )


def _kept_unmerged(kind: str, institution: str) -> Message:
    """The line for objects of ``kind`` that came without a casereview description."""
    if kind == "dicom-sr":
        return Message(
            "Measurement reports (SR) from {institution} are kept in the package folder, not "
            "merged: the package has no casereview description of them.",
            institution=institution,
        )
    if kind == "dicom-ko":
        return Message(
            "Key image selections (KOS) from {institution} are kept in the package folder, not "
            "merged: the package has no casereview description of them.",
            institution=institution,
        )
    return Message(
        "Segmentations (SEG) from {institution} are kept in the package folder, not merged: "
        "the package has no casereview description of them.",
        institution=institution,
    )


@dataclass(frozen=True, slots=True)
class _Received:
    """What every received item's audit record and row share."""

    case_id: int
    package_id: str
    institution: str
    user_id: int

    def audit(self, session: Session, action: AuditAction, kind: str, entity: str) -> None:
        """Audit one item as received: internal ids, the package and the sender only."""
        AuditRepository(session).append(
            action,
            kind,
            entity,
            self.user_id,
            {"case": self.case_id, "package": self.package_id, "institution": self.institution},
        )


@dataclass(frozen=True, slots=True)
class _SegmentToMerge:
    """A received segment read from its SEG and measured on our series' grid."""

    entry: dict[str, Any]
    origin: LayerOrigin
    mask: NDArray[np.bool_]
    measured: MeasuredMask
    series_instance_uid: str
    frame_of_reference_uid: str
    category: Code
    type: Code


@dataclass
class PreparedLayer:
    """A received package's layer, read and checked, ready to be written in one transaction.

    Attributes
    ----------
    package
        The package; :meth:`write` sets its ``case_id``.
    case
        The local case the layer goes on, or the case to make for the package's images
        (made in the same transaction, so a crash leaves no empty case behind).
    institution
        The sender's institution (the layer's name).
    mapper
        Turns the package's (de-identified) UIDs into ours.
    """

    package: ReceivedPackage
    case: int | CaseDraft
    institution: str
    mapper: UidMapper
    annotations: list[tuple[dict[str, Any], LayerOrigin]] | None = None
    key_images: list[tuple[dict[str, Any], LayerOrigin]] | None = None
    segments: list[_SegmentToMerge] | None = None
    segment_problems: list[Message] = field(default_factory=list)
    decisions: list[dict[str, Any]] | None = None
    unmerged: list[Message] = field(default_factory=list)

    def write(self, session: Session, user_id: int) -> list[str]:
        """Insert the sender's items not here yet, each audited as received.

        Runs inside the caller's transaction (with the package's import record), so the whole
        layer is committed with it or not at all.

        Parameters
        ----------
        session
            The caller's write session.
        user_id
            Our user who imports the package (the audit records name them; the items keep
            their author at the sender).

        Returns
        -------
        list[str]
            One :class:`Message` per kind of content (counts), each followed by its conflicts,
            then one per kind of object kept unmerged; every line is a whole sentence, so
            each language can word it.
        """
        if isinstance(self.case, int):
            case_id = self.case
        else:
            case_id = add_case(session, self.case, user_id).id
        self.package.case_id = case_id
        package_id = self.package.manifest.package_id
        received = _Received(case_id, package_id, self.institution, user_id)
        layers = LayerRepository(session)
        lines: list[str] = []
        if self.annotations is not None:
            tally = _write_annotations(session, layers, received, self.annotations, self.mapper)
            lines += [_annotations_line(self.institution, tally), *tally.conflicts]
        # Segments before key images: a 3-D key image's scene names the segments it shows.
        if self.segments is not None:
            tally = _write_segments(session, layers, received, self.segments)
            tally.conflicts[:0] = self.segment_problems
            lines += [_segments_line(self.institution, tally), *tally.conflicts]
        if self.key_images is not None:
            tally = _write_key_images(session, layers, received, self.key_images, self.mapper)
            lines += [_key_images_line(self.institution, tally), *tally.conflicts]
        if self.decisions is not None:
            tally = _write_decisions(session, layers, received, self.decisions)
            lines += [_opinions_line(self.institution, tally), *tally.conflicts]
        return [*lines, *self.unmerged]


class CaseLayerImporter:
    """Merges a received package's annotations, key images, segments and decisions."""

    kinds = frozenset({"document", "dicom-sr", "dicom-ko", "dicom-seg", "dicom-pdf"})

    def prepare(self, db: Database, package: ReceivedPackage, actor: str) -> PreparedLayer | None:
        """Read and check the sender's content; find the case it goes on, or describe the
        case to make for the package's images. Nothing is written.

        Returns
        -------
        PreparedLayer or None
            ``None`` when the package holds no images to put an opinion on.
        """
        mapper = UidMapper(db)
        # An opinion-only answer carries no image but names the ones it is about.
        if not package.image_uids and not package.files_of_kind("dicom-image"):
            return None
        case = _target_case(db, package, mapper)
        if isinstance(case, int):
            package.case_id = case
        institution = (package.manifest.institution or "partner")[:128]
        prepared = PreparedLayer(package, case, institution, mapper)
        annotations = _document(package, "annotations.json")
        if annotations is not None:
            prepared.annotations = [
                (entry, _origin(entry, institution, package))
                for entry in annotations.get("annotations", [])
            ]
        key_images = _document(package, "key-images.json")
        if key_images is not None:
            prepared.key_images = [
                (entry, _origin(entry, institution, package))
                for entry in key_images.get("key_images", [])
            ]
        segments = _document(package, "segments.json")
        if segments is not None:
            prepared.segments = _prepare_segments(db, package, mapper, segments, prepared)
        decisions = _document(package, "decisions.json")
        if decisions is not None:
            prepared.decisions = list(decisions.get("decisions", []))
        # Objects from software that writes no casereview documents are not silently dropped.
        # A casereview SR is described by annotations.json or, for the resectability
        # assessment and the liver plan, by resectability.json or liver-plan.json (merged by
        # their own importers).
        described_sr = annotations
        if described_sr is None and package.files_of_kind("dicom-sr"):
            described_sr = _document(package, "resectability.json") or _document(
                package, "liver-plan.json"
            )
        for kind, document in (
            ("dicom-sr", described_sr),
            ("dicom-ko", key_images),
            ("dicom-seg", segments),
        ):
            if package.files_of_kind(kind) and document is None:
                prepared.unmerged.append(_kept_unmerged(kind, institution))
        return prepared

    def merge(self, db: Database, package: ReceivedPackage, actor: str) -> list[str]:
        """Prepare the sender's layer and write it in a transaction of its own.

        A package import writes the prepared layer in the transaction that records the
        package instead (``services.exchange.importing``).

        Returns
        -------
        list[str]
            What :meth:`PreparedLayer.write` returns (nothing without images).
        """
        prepared = self.prepare(db, package, actor)
        if prepared is None:
            return []
        with db.writing() as session:
            return prepared.write(session, UserRepository(session).row_id(actor))


def _target_case(db: Database, package: ReceivedPackage, mapper: UidMapper) -> int | CaseDraft:
    """The local case the package's images belong to; the new case to make when there is none."""

    images = package.image_uids
    studies = sorted({mapper.local(study) for study, _, _ in images if study})
    series = sorted({mapper.local(s) for _, s, _ in images if s})
    if not series:
        raise ValidationError(
            Message("The package holds no images to put the sender's opinion on.")
        )
    with db.reading() as session:
        case_id = ExchangeRepository(session).case_with_images(series, studies)
    if case_id is not None:
        return case_id
    institution = package.manifest.institution or "partner"
    return case_draft_from_uids(db, study_uids=studies, title=f"Case from {institution}"[:200])


def _document(package: ReceivedPackage, name: str) -> dict[str, Any] | None:
    """The package's document ``name``, checked against its schema (``None`` if it has none).

    Raises
    ------
    PackageDocumentError
        If the document does not match its schema (verification refuses such a package
        before anything is indexed, so this only guards against a changed folder).
    """
    for path in package.files_of_kind("document"):
        if path.name == name:
            return read_document(path, path.relative_to(package.root).as_posix())
    return None


def _close(a: Iterable[Iterable[float]], b: Iterable[Iterable[float]]) -> bool:
    first = [list(p) for p in a]
    second = [list(p) for p in b]
    if len(first) != len(second):
        return False
    return all(
        len(p) == len(q)
        and all(
            math.isclose(x, y, abs_tol=GEOMETRY_TOLERANCE_MM) for x, y in zip(p, q, strict=True)
        )
        for p, q in zip(first, second, strict=True)
    )


def sender_time(text: object) -> datetime | None:
    """A time as a package writes it (ISO 8601), in UTC; ``None`` when absent or not a time."""
    if not isinstance(text, str) or not text:
        return None
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        return None
    # A time without a zone was written in UTC, as every time the documents hold.
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


def _origin(entry: dict[str, Any], institution: str, package: ReceivedPackage) -> LayerOrigin:
    key = str(entry.get("origin_uuid") or entry["uuid"])
    layer = str(entry.get("layer") or institution)[:128]
    return LayerOrigin(
        layer,
        package.manifest.package_id,
        key,
        author=" ".join(str(entry.get("author", "")).split())[:128],
        created_at=sender_time(entry.get("created_at")),
        modified_at=sender_time(entry.get("modified_at")),
    )


# -- annotations ----------------------------------------------------------------------------


def _write_annotations(
    session: Session,
    layers: LayerRepository,
    received: _Received,
    entries: Sequence[tuple[dict[str, Any], LayerOrigin]],
    mapper: UidMapper,
) -> _Tally:
    local = mapper.local
    tally = _Tally()
    for entry, origin in entries:
        points = [[float(v) for v in p] for p in entry.get("points", [])]
        stored = layers.find_annotation(received.case_id, origin.origin_uuid)
        if stored is not None:
            tally.seen(stored.layer)
            same = (
                stored.kind == entry.get("kind")
                and stored.label == entry.get("label", "")
                and stored.text == entry.get("text", "")
                and _close(stored.points, points)
            )
            if not same:
                tally.conflicts.append(
                    Message(
                        "Conflict: the annotation “{label}” differs from the one already "
                        "here; both are kept as they were.",
                        label=str(entry.get("label") or entry.get("kind")),
                    )
                )
            continue
        new_uuid = layers.add_annotation(
            ReceivedAnnotation(
                case_id=received.case_id,
                kind=str(entry["kind"]),
                label=str(entry.get("label", ""))[:200],
                text=str(entry.get("text", "")),
                points=points,
                series_instance_uid=local(str(entry["series_instance_uid"])),
                sop_instance_uid=local(str(entry.get("sop_instance_uid", ""))),
                frame_of_reference_uid=local(str(entry.get("frame_of_reference_uid", ""))),
                frame_number=entry.get("frame_number"),
                measurements=list(entry.get("measurements", [])),
                author_id=received.user_id,
                origin=origin,
            )
        )
        received.audit(session, AuditAction.ANNOTATION_RECEIVED, "annotation", new_uuid)
        tally.added += 1
    return tally


# -- key images -----------------------------------------------------------------------------


def _write_key_images(
    session: Session,
    layers: LayerRepository,
    received: _Received,
    entries: Sequence[tuple[dict[str, Any], LayerOrigin]],
    mapper: UidMapper,
) -> _Tally:
    local = mapper.local
    tally = _Tally()

    def segment_here(key: str) -> str | None:
        found = layers.find_segment(received.case_id, key)
        return None if found is None else found.uuid

    for entry, origin in entries:
        stored = layers.find_key_image(received.case_id, origin.origin_uuid)
        if stored is not None:
            tally.seen(stored.layer)
            if stored.caption != entry.get("caption", "") or not math.isclose(
                stored.window_center, float(entry.get("window_center", 0.0)), abs_tol=1e-6
            ):
                tally.conflicts.append(
                    Message(
                        "Conflict: the key image “{caption}” differs from the one already "
                        "here; both are kept as they were.",
                        caption=str(entry.get("caption") or entry.get("orientation")),
                    )
                )
            continue
        new_uuid = layers.add_key_image(
            ReceivedKeyImage(
                case_id=received.case_id,
                series_instance_uid=local(str(entry["series_instance_uid"])),
                sop_instance_uid=local(str(entry.get("sop_instance_uid", ""))),
                frame_of_reference_uid=local(str(entry.get("frame_of_reference_uid", ""))),
                frame_number=entry.get("frame_number"),
                orientation=str(entry.get("orientation", "axial"))[:16],
                plane=entry.get("plane") or None,
                window_center=float(entry.get("window_center", 40.0)),
                window_width=float(entry.get("window_width", 400.0)),
                zoom_mm=float(entry.get("zoom_mm", 0.0)),
                caption=str(entry.get("caption", "")),
                author_id=received.user_id,
                origin=origin,
                camera_json=received_camera_json(entry),
                scene_json=received_scene_json(entry, segment_here),
            )
        )
        received.audit(session, AuditAction.KEY_IMAGE_RECEIVED, "key_image", new_uuid)
        tally.added += 1
    return tally


# -- segments -------------------------------------------------------------------------------


def _prepare_segments(
    db: Database,
    package: ReceivedPackage,
    mapper: UidMapper,
    document: dict[str, Any],
    prepared: PreparedLayer,
) -> list[_SegmentToMerge]:
    """Each segment's voxels from its SEG on our series' grid, measured on our volume."""
    from casereview.dicom.seg import read_seg
    from casereview.domain.segments import Code
    from casereview.services.segmentations import measure_mask, series_source_order
    from casereview.services.volumes import load_series_volume, series_id_for_uid

    seg_files: dict[str, SegFile] = {}
    for path in package.files_of_kind("dicom-seg"):
        read = read_seg(path)
        seg_files[str(read.dataset.SOPInstanceUID)] = read
    masks: dict[tuple[str, int], Any] = {}
    volumes: dict[str, Any] = {}
    found: list[_SegmentToMerge] = []
    for entry in document.get("segments", []):
        seg = seg_files.get(str(entry.get("seg_sop_instance_uid", "")))
        if seg is None:
            prepared.segment_problems.append(
                Message(
                    "Conflict: the segment “{name}” has no SEG object in the package; it is "
                    "not merged.",
                    name=str(entry.get("name")),
                )
            )
            continue
        local_series = mapper.local(seg.referenced_series_instance_uid)
        slot = (str(seg.dataset.SOPInstanceUID), int(entry["segment_number"]))
        if slot not in masks:
            _, local_uids = series_source_order(db, local_series)
            package_uids = _package_uids(seg, local_uids, mapper)
            for number, data in enumerate(seg.segments(package_uids), start=1):
                masks[(slot[0], number)] = data
        data = masks[slot]
        if local_series not in volumes:
            volumes[local_series] = load_series_volume(db, series_id_for_uid(db, local_series))
        found.append(
            _SegmentToMerge(
                entry={**entry, "colour": list(entry.get("colour", data.colour))},
                origin=_origin(entry, prepared.institution, package),
                mask=data.mask,
                measured=measure_mask(data.mask, volumes[local_series]),
                series_instance_uid=local_series,
                frame_of_reference_uid=mapper.local(seg.frame_of_reference_uid),
                category=Code(*entry["category"]),
                type=Code(*entry["type"]),
            )
        )
    return found


def _package_uids(seg: SegFile, local_uids: Sequence[str], mapper: UidMapper) -> list[str]:
    """The SEG's own UIDs for our slices ``local_uids`` (in our slice order)."""
    referenced: list[str] = []
    for series in seg.dataset.ReferencedSeriesSequence:
        referenced += [str(i.ReferencedSOPInstanceUID) for i in series.ReferencedInstanceSequence]
    to_package = {mapper.local(uid): uid for uid in referenced}
    return [to_package.get(uid, uid) for uid in local_uids]


def _write_segments(
    session: Session,
    layers: LayerRepository,
    received: _Received,
    segments: Sequence[_SegmentToMerge],
) -> _Tally:
    import numpy as np

    tally = _Tally()
    for item in segments:
        entry = item.entry
        stored = layers.find_segment(received.case_id, item.origin.origin_uuid)
        if stored is not None:
            tally.seen(stored.layer)
            if not np.array_equal(layers.segment_mask(stored.uuid).unpack(), item.mask):
                tally.conflicts.append(
                    Message(
                        "Conflict: the segment “{name}” has other voxels than the one already "
                        "here; both are kept as they were.",
                        name=str(entry.get("name")),
                    )
                )
            continue
        red, green, blue = (int(v) for v in entry["colour"])
        new_uuid = layers.add_segment(
            ReceivedSegment(
                case_id=received.case_id,
                name=" ".join(str(entry.get("name") or "").split())[:64] or "Segment",
                category=item.category,
                type=item.type,
                colour=(red, green, blue),
                series_instance_uid=item.series_instance_uid,
                frame_of_reference_uid=item.frame_of_reference_uid,
                mask=item.measured.stored,
                voxel_count=item.measured.voxel_count,
                volume_ml=item.measured.volume_ml,
                diameters=item.measured.diameters,
                author_id=received.user_id,
                origin=item.origin,
            )
        )
        received.audit(session, AuditAction.SEGMENT_RECEIVED, "segment", new_uuid)
        tally.added += 1
    return tally


# -- decisions ------------------------------------------------------------------------------


def _write_decisions(
    session: Session,
    layers: LayerRepository,
    received: _Received,
    entries: Sequence[dict[str, Any]],
) -> _Tally:
    tally = _Tally()
    ours = layers.decision_uids(received.case_id)
    for entry in entries:
        uid = str(entry["uid"])
        # Only the fields of the schema are kept: nothing unchecked is stored.
        checked = {key: entry[key] for key in DECISION_FIELDS}
        content = json.dumps(checked, sort_keys=True, ensure_ascii=False)
        if uid in ours:
            tally.ours += 1
            continue
        stored = layers.received_opinion_content(received.case_id, uid)
        if stored is not None:
            tally.unchanged += 1
            if stored != content:
                tally.conflicts.append(
                    Message(
                        "Conflict: the opinion “{recommendation}” changed since it was "
                        "first received; the first version is kept.",
                        recommendation=str(entry.get("recommendation_text", "")),
                    )
                )
            continue
        opinion_id = layers.add_received_opinion(
            ReceivedOpinionRecord(
                case_id=received.case_id,
                institution=received.institution,
                package_id=received.package_id,
                origin_uid=uid,
                status=str(entry.get("status", "draft"))[:16],
                signed_at=str(entry.get("signed_at", ""))[:40],
                content_json=content,
                author=" ".join(str(entry.get("author", "")).split())[:128],
                created_at=sender_time(entry.get("created_at")),
            )
        )
        received.audit(session, AuditAction.OPINION_RECEIVED, "received_opinion", opinion_id)
        tally.added += 1
    return tally
