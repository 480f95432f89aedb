"""The sender's layer: segments into a package, and a received package's content merged back.

Export
    :class:`SegmentProvider` adds the case's segments as DICOM SEG (one object per series, made
    by :func:`casereview.services.segmentations.export_seg`) plus ``segments.json`` with what
    the recipient needs to keep the segments' identity. The exporter de-identifies the SEG with
    the images' UID mapping, so its references point at the exported images. Segment names are
    user text: the patient's identifiers are removed from them (as from every document), the
    clinical words stay.

Import
    :class:`CaseLayerImporter` finds the local case the package's images belong to (or makes
    one), and adds the sender's annotations, key images, segments (voxels from the SEG) and MDT
    decisions as the sender's layer ("opinion from <institution>"). Our own work is never
    changed: content that is ours coming back is recognised by its original UUID and skipped;
    the same UUID arriving with different content is reported as a conflict, not merged.
    Received decisions go to ``received_opinions``: they never enter our decision chain and
    cannot be signed here.
"""

from __future__ import annotations

import json
import logging
import math
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from pydicom import dcmread
from sqlalchemy import select, update

from casereview.dicom.seg import read_seg
from casereview.domain.segments import Code, SegmentDraft
from casereview.errors import NotFoundError, ValidationError
from casereview.services.packages import (
    ExtraContent,
    _case_files,
    _remove_phi,
    ReceivedPackage,
    register_content_provider,
    register_layer_importer,
)
from casereview.store import models
from casereview.store.database import Database
from casereview.store.models_annotations import AnnotationRow, KeyImageRow, SegmentRow
from casereview.store.models_meetings import Decision, ReceivedOpinion
from casereview.store.models_packages import ExchangePackage, ExchangeUidMapping
from casereview.store.repositories import UserRepository
from casereview.store.types import utcnow

log = logging.getLogger(__name__)

#: Geometry that differs by less than this (mm) is the same.
GEOMETRY_TOLERANCE_MM = 0.01

_LAYERED_ROWS: tuple[type[AnnotationRow] | type[KeyImageRow] | type[SegmentRow], ...] = (
    AnnotationRow,
    KeyImageRow,
    SegmentRow,
)


# -- Export -------------------------------------------------------------------------------


def origins(db: Database, case_id: int) -> dict[str, tuple[str, str]]:
    """``uuid → (layer, origin uuid)`` of the case's annotations, key images and segments.

    Our own work has ``("", "")``; content merged from a package carries the sender and the
    UUID it had there, which an export passes on so the sender recognises it coming back.
    """
    found: dict[str, tuple[str, str]] = {}
    with db.reading() as session:
        for row_type in _LAYERED_ROWS:
            rows = session.execute(
                select(row_type.uuid, row_type.layer, row_type.origin_uuid).where(
                    row_type.case_id == case_id
                )
            )
            for uuid, layer, origin in rows:
                found[uuid] = (layer, origin)
    return found


class SegmentProvider:
    """Segments as DICOM SEG (one per series) and as ``segments.json``."""

    name = "segments"

    def gather(self, db: Database, case_id: int) -> ExtraContent:
        from casereview.services.segmentations import export_seg, list_segments

        segments = list_segments(db, case_id)
        if not segments:
            return ExtraContent()
        layers = origins(db, case_id)
        phi = _case_files(db, case_id).phi
        by_series: dict[str, list[Any]] = {}
        for segment in segments:
            by_series.setdefault(segment.series_instance_uid, []).append(segment)
        datasets = []
        entries = []
        with tempfile.TemporaryDirectory(prefix="casereview-seg-") as folder:
            for number, (series_uid, members) in enumerate(sorted(by_series.items()), start=1):
                path = export_seg(
                    db,
                    case_id,
                    Path(folder) / f"seg{number}.dcm",
                    segment_uuids=[s.uuid for s in members],
                )
                dataset = dcmread(path)
                _remove_identifiers(dataset, phi)
                for index, segment in enumerate(members, start=1):
                    layer, origin = layers.get(segment.uuid, ("", ""))
                    entries.append(
                        {
                            "uuid": segment.uuid,
                            "origin_uuid": origin,
                            "layer": layer,
                            "seg_sop_instance_uid": str(dataset.SOPInstanceUID),
                            "segment_number": index,
                            "series_instance_uid": series_uid,
                            "name": segment.name,
                            "colour": list(segment.colour),
                            "category": list(_code(segment.category)),
                            "type": list(_code(segment.type)),
                            "voxel_count": segment.voxel_count,
                        }
                    )
                datasets.append(("dicom-seg", dataset))
        document = {"schema": "casereview-segments/1", "segments": entries}
        return ExtraContent(datasets=datasets, documents=[("segments.json", document)])


def _remove_identifiers(dataset: Any, phi: Sequence[str]) -> None:
    """Take the patient's identifiers out of the segments' names (user text)."""
    for item in dataset.SegmentSequence:
        for keyword in ("SegmentLabel", "TrackingID", "SegmentDescription"):
            if keyword in item:
                cleaned = " ".join(_remove_phi(str(item.get(keyword)), phi).split())
                setattr(item, keyword, cleaned or "Segment")


def _code(code: Code) -> tuple[str, str, str]:
    return (code.value, code.scheme, code.meaning)


# -- Import -------------------------------------------------------------------------------


class _UidMapper:
    """Maps the UIDs in a received package to the UIDs of our index.

    A package that answers one of ours carries the pseudonymous UIDs we gave our images; the
    mapping we kept at export turns them back into our originals, so the sender's layer lies
    on our own images. Any other UID is taken as it is (the package's images were indexed
    with it).
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        self._cache: dict[str, str] = {}

    def local(self, uid: str) -> str:
        if not uid:
            return uid
        if uid not in self._cache:
            with self.db.reading() as session:
                original = session.scalar(
                    select(ExchangeUidMapping.original_uid)
                    .join(ExchangePackage, ExchangePackage.id == ExchangeUidMapping.package_id)
                    .where(
                        ExchangeUidMapping.replacement_uid == uid,
                        ExchangePackage.direction == "export",
                    )
                    .limit(1)
                )
            self._cache[uid] = original or uid
        return self._cache[uid]

    def ours(self, uid: str) -> bool:
        """Whether ``uid`` is a pseudonym we gave one of our own objects."""
        return self.local(uid) != uid


def package_image_uids(package: ReceivedPackage) -> list[tuple[str, str, str]]:
    """``(study, series, SOP instance)`` UIDs of the package's images."""
    found = []
    for path in package.files_of_kind("dicom-image"):
        header = dcmread(
            path,
            stop_before_pixels=True,
            specific_tags=["StudyInstanceUID", "SeriesInstanceUID", "SOPInstanceUID"],
        )
        found.append(
            (
                str(header.get("StudyInstanceUID", "")),
                str(header.get("SeriesInstanceUID", "")),
                str(header.get("SOPInstanceUID", "")),
            )
        )
    return found


#: Modalities of the objects a layer importer merges (their content becomes the sender's layer).
_MERGED_MODALITIES = frozenset({"SR", "SEG", "KO", "DOC"})


def answered_images(db: Database, files: Sequence[Path]) -> set[Path]:
    """The files among ``files`` that need no indexing because they answer our own case.

    Our own exported objects coming back (their UID is a pseudonym we gave, and the original
    is in our index or was made for the export), and the partner's SR, SEG, KOS and PDF about
    our own study: the layer importer puts their content on our images; indexing them would
    add a pseudonymous second patient. A new image series of the partner is still indexed.
    """
    mapper = _UidMapper(db)
    back: set[Path] = set()
    for path in files:
        try:
            header = dcmread(
                path,
                stop_before_pixels=True,
                specific_tags=["SOPInstanceUID", "StudyInstanceUID", "Modality"],
            )
        except (OSError, ValueError, EOFError):
            continue
        uid = str(header.get("SOPInstanceUID", ""))
        study = str(header.get("StudyInstanceUID", ""))
        if mapper.ours(uid):
            back.add(path)
            continue
        if str(header.get("Modality", "")) in _MERGED_MODALITIES and mapper.ours(study):
            with db.reading() as session:
                indexed = session.scalar(
                    select(models.Study.id).where(
                        models.Study.study_instance_uid == mapper.local(study)
                    )
                )
            if indexed is not None:
                back.add(path)
    return back


def _target_case(db: Database, package: ReceivedPackage, mapper: _UidMapper, actor: str) -> int:
    """The local case the package's images belong to; a new case when there is none."""
    from casereview.services.cases import create_case_from_uids

    images = package_image_uids(package)
    studies = sorted({mapper.local(study) for study, _, _ in images if study})
    series = sorted({mapper.local(s) for _, s, _ in images if s})
    if not series:
        raise ValidationError("The package holds no images to put the sender's opinion on.")
    with db.reading() as session:
        case_id = session.scalar(
            select(models.Case.id)
            .where(
                models.Case.series.any(models.Series.series_instance_uid.in_(series))
                | models.Case.studies.any(models.Study.study_instance_uid.in_(studies))
            )
            .order_by(models.Case.id)
            .limit(1)
        )
    if case_id is not None:
        return int(case_id)
    institution = package.manifest.institution or "partner"
    case = create_case_from_uids(
        db, actor, study_uids=studies, title=f"Case from {institution}"[:200]
    )
    return case.id


def _document(package: ReceivedPackage, name: str) -> dict[str, Any] | None:
    for path in package.files_of_kind("document"):
        if path.name == name:
            try:
                loaded = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise ValidationError(f"{name} in the package is not readable JSON.") from exc
            return loaded if isinstance(loaded, dict) else None
    return None


def _close(a: Iterable[Iterable[float]], b: Iterable[Iterable[float]]) -> bool:
    first = [list(p) for p in a]
    second = [list(p) for p in b]
    if len(first) != len(second):
        return False
    return all(
        len(p) == len(q)
        and all(math.isclose(x, y, abs_tol=GEOMETRY_TOLERANCE_MM) for x, y in zip(p, q))
        for p, q in zip(first, second)
    )


@dataclass
class _Tally:
    added: int = 0
    unchanged: int = 0
    ours: int = 0
    conflicts: list[str] | None = None

    def conflict(self, text: str) -> None:
        if self.conflicts is None:
            self.conflicts = []
        self.conflicts.append(text)


def _existing(session: Any, row_type: Any, case_id: int, key: str) -> Any:
    """Our row with UUID ``key`` or a merged row that came with origin UUID ``key``."""
    return session.scalars(
        select(row_type)
        .where(
            row_type.case_id == case_id,
            (row_type.uuid == key) | (row_type.origin_uuid == key),
        )
        .limit(1)
    ).first()


def _new_uuid() -> str:
    import uuid

    return str(uuid.uuid4())


class CaseLayerImporter:
    """Merges a received package's annotations, key images, segments and decisions."""

    kinds = frozenset({"document", "dicom-sr", "dicom-ko", "dicom-seg", "dicom-pdf"})

    def merge(self, db: Database, package: ReceivedPackage, actor: str) -> list[str]:
        mapper = _UidMapper(db)
        if not package.files_of_kind("dicom-image"):
            return []
        case_id = _target_case(db, package, mapper, actor)
        package.case_id = case_id
        institution = package.manifest.institution or "partner"
        lines: list[str] = []
        for label, step in (
            ("annotations", self._annotations),
            ("key images", self._key_images),
            ("segments", self._segments),
            ("MDT opinions", self._decisions),
        ):
            tally = step(db, package, case_id, mapper, actor)
            if tally is None:
                continue
            parts = [f"{tally.added} new"]
            if tally.unchanged:
                parts.append(f"{tally.unchanged} already here")
            if tally.ours:
                parts.append(f"{tally.ours} of ours left as they are")
            lines.append(f"{label} from {institution}: {', '.join(parts)}")
            lines.extend(f"conflict: {c}" for c in tally.conflicts or [])
        # Objects from software that writes no casereview documents are not silently dropped.
        for kind, document, what in (
            ("dicom-sr", "annotations.json", "measurement reports (SR)"),
            ("dicom-ko", "key-images.json", "key image selections (KOS)"),
            ("dicom-seg", "segments.json", "segmentations (SEG)"),
        ):
            if package.files_of_kind(kind) and _document(package, document) is None:
                lines.append(
                    f"{what} from {institution} kept in the package folder, not merged "
                    "(the package has no casereview description of them)"
                )
        return lines

    # -- annotations ------------------------------------------------------------------------

    def _annotations(
        self, db: Database, package: ReceivedPackage, case_id: int, mapper: _UidMapper, actor: str
    ) -> _Tally | None:
        document = _document(package, "annotations.json")
        if document is None:
            return None
        tally = _Tally()
        institution = package.manifest.institution[:128]
        with db.writing() as session:
            user_id = UserRepository(session).row_id(actor)
            for entry in document.get("annotations", []):
                key = str(entry.get("origin_uuid") or entry["uuid"])
                points = [[float(v) for v in p] for p in entry.get("points", [])]
                row = _existing(session, AnnotationRow, case_id, key)
                if row is not None:
                    if row.layer == "":
                        tally.ours += 1
                    else:
                        tally.unchanged += 1
                    same = (
                        row.kind == entry.get("kind")
                        and row.label == entry.get("label", "")
                        and row.text == entry.get("text", "")
                        and _close(json.loads(row.points_json), points)
                    )
                    if not same:
                        tally.conflict(
                            f"annotation '{entry.get('label') or entry.get('kind')}' differs "
                            "from the one already here; both kept as they were"
                        )
                    continue
                session.add(
                    AnnotationRow(
                        uuid=_new_uuid(),
                        case_id=case_id,
                        kind=str(entry["kind"]),
                        label=str(entry.get("label", ""))[:200],
                        text=str(entry.get("text", "")),
                        points_json=json.dumps(points),
                        series_instance_uid=mapper.local(str(entry["series_instance_uid"])),
                        sop_instance_uid=mapper.local(str(entry.get("sop_instance_uid", ""))),
                        frame_of_reference_uid=mapper.local(
                            str(entry.get("frame_of_reference_uid", ""))
                        ),
                        frame_number=entry.get("frame_number"),
                        measurements_json=json.dumps(entry.get("measurements", [])),
                        author_id=user_id,
                        modified_by_id=user_id,
                        layer=str(entry.get("layer") or institution)[:128],
                        layer_package=package.manifest.package_id,
                        origin_uuid=key,
                    )
                )
                tally.added += 1
        return tally

    # -- key images -------------------------------------------------------------------------

    def _key_images(
        self, db: Database, package: ReceivedPackage, case_id: int, mapper: _UidMapper, actor: str
    ) -> _Tally | None:
        document = _document(package, "key-images.json")
        if document is None:
            return None
        tally = _Tally()
        institution = package.manifest.institution[:128]
        with db.writing() as session:
            user_id = UserRepository(session).row_id(actor)
            for entry in document.get("key_images", []):
                key = str(entry.get("origin_uuid") or entry["uuid"])
                plane = entry.get("plane")
                row = _existing(session, KeyImageRow, case_id, key)
                if row is not None:
                    if row.layer == "":
                        tally.ours += 1
                    else:
                        tally.unchanged += 1
                    if row.caption != entry.get("caption", "") or not math.isclose(
                        row.window_center, float(entry.get("window_center", 0.0)), abs_tol=1e-6
                    ):
                        tally.conflict(
                            f"key image '{entry.get('caption') or entry.get('orientation')}' "
                            "differs from the one already here; both kept as they were"
                        )
                    continue
                session.add(
                    KeyImageRow(
                        uuid=_new_uuid(),
                        case_id=case_id,
                        series_instance_uid=mapper.local(str(entry["series_instance_uid"])),
                        sop_instance_uid=mapper.local(str(entry.get("sop_instance_uid", ""))),
                        frame_of_reference_uid=mapper.local(
                            str(entry.get("frame_of_reference_uid", ""))
                        ),
                        frame_number=entry.get("frame_number"),
                        orientation=str(entry.get("orientation", "axial"))[:16],
                        plane_json="" if not plane else json.dumps(plane),
                        window_center=float(entry.get("window_center", 40.0)),
                        window_width=float(entry.get("window_width", 400.0)),
                        zoom_mm=float(entry.get("zoom_mm", 0.0)),
                        caption=str(entry.get("caption", "")),
                        author_id=user_id,
                        layer=str(entry.get("layer") or institution)[:128],
                        layer_package=package.manifest.package_id,
                        origin_uuid=key,
                    )
                )
                tally.added += 1
        return tally

    # -- segments ---------------------------------------------------------------------------

    def _segments(
        self, db: Database, package: ReceivedPackage, case_id: int, mapper: _UidMapper, actor: str
    ) -> _Tally | None:
        from casereview.services.segmentations import (
            _source_order,
            create_segment,
            segment_mask,
            set_segment_mask,
        )
        from casereview.services.volumes import load_series_volume, series_id_for_uid

        document = _document(package, "segments.json")
        if document is None:
            return None
        tally = _Tally()
        institution = package.manifest.institution[:128]
        seg_files = {}
        for path in package.files_of_kind("dicom-seg"):
            seg = read_seg(path)
            seg_files[str(seg.dataset.SOPInstanceUID)] = seg
        masks: dict[tuple[str, int], Any] = {}
        volumes: dict[str, Any] = {}
        for entry in document.get("segments", []):
            key = str(entry.get("origin_uuid") or entry["uuid"])
            seg = seg_files.get(str(entry.get("seg_sop_instance_uid", "")))
            if seg is None:
                tally.conflict(f"segment '{entry.get('name')}' has no SEG object in the package")
                continue
            local_series = mapper.local(seg.referenced_series_instance_uid)
            slot = (str(seg.dataset.SOPInstanceUID), int(entry["segment_number"]))
            if slot not in masks:
                _, local_uids = _source_order(db, local_series)
                package_uids = _package_uids(seg, local_uids, mapper)
                for number, data in enumerate(seg.segments(package_uids), start=1):
                    masks[(slot[0], number)] = data
            data = masks[slot]
            with db.reading() as session:
                row = _existing(session, SegmentRow, case_id, key)
                row_uuid = None if row is None else row.uuid
                row_layer = None if row is None else row.layer
            if row_uuid is not None:
                if row_layer == "":
                    tally.ours += 1
                else:
                    tally.unchanged += 1
                if not np.array_equal(segment_mask(db, row_uuid), data.mask):
                    tally.conflict(
                        f"segment '{entry.get('name')}' has other voxels than the one already "
                        "here; both kept as they were"
                    )
                continue
            if local_series not in volumes:
                volumes[local_series] = load_series_volume(db, series_id_for_uid(db, local_series))
            volume = volumes[local_series]
            category = Code(*entry["category"])
            kind = Code(*entry["type"])
            draft = SegmentDraft(
                name=str(entry.get("name") or data.name)[:64] or "Segment",
                category=category,
                type=kind,
                colour=tuple(int(v) for v in entry.get("colour", data.colour)),  # type: ignore[arg-type]
                series_instance_uid=local_series,
                frame_of_reference_uid=mapper.local(seg.frame_of_reference_uid),
            )
            segment = create_segment(db, case_id, draft, volume.shape, actor)
            set_segment_mask(db, segment.uuid, data.mask, volume, actor)
            with db.writing() as session:
                session.execute(
                    update(SegmentRow)
                    .where(SegmentRow.uuid == segment.uuid)
                    .values(
                        layer=str(entry.get("layer") or institution)[:128],
                        layer_package=package.manifest.package_id,
                        origin_uuid=key,
                    )
                )
            tally.added += 1
        return tally

    # -- decisions --------------------------------------------------------------------------

    def _decisions(
        self, db: Database, package: ReceivedPackage, case_id: int, mapper: _UidMapper, actor: str
    ) -> _Tally | None:
        document = _document(package, "decisions.json")
        if document is None:
            return None
        tally = _Tally()
        institution = package.manifest.institution[:128]
        with db.writing() as session:
            ours = set(session.scalars(select(Decision.uid).where(Decision.case_id == case_id)))
            for entry in document.get("decisions", []):
                uid = str(entry["uid"])
                content = json.dumps(entry, sort_keys=True, ensure_ascii=False)
                if uid in ours:
                    tally.ours += 1
                    continue
                row = session.scalars(
                    select(ReceivedOpinion).where(
                        ReceivedOpinion.case_id == case_id, ReceivedOpinion.origin_uid == uid
                    )
                ).first()
                if row is not None:
                    tally.unchanged += 1
                    if row.content_json != content:
                        tally.conflict(
                            f"the opinion '{entry.get('recommendation_text', '')}' changed since "
                            "it was first received; the first version is kept"
                        )
                    continue
                session.add(
                    ReceivedOpinion(
                        case_id=case_id,
                        institution=institution,
                        package_uid=package.manifest.package_id,
                        origin_uid=uid,
                        status=str(entry.get("status", "draft"))[:16],
                        signed_at=str(entry.get("signed_at", ""))[:40],
                        content_json=content,
                        received_at=utcnow(),
                    )
                )
                tally.added += 1
        return tally


def _package_uids(seg: Any, local_uids: Sequence[str], mapper: _UidMapper) -> list[str]:
    """The SEG's own UIDs for our slices ``local_uids`` (in our slice order)."""
    referenced: list[str] = []
    for series in seg.dataset.ReferencedSeriesSequence:
        referenced += [str(i.ReferencedSOPInstanceUID) for i in series.ReferencedInstanceSequence]
    to_package = {mapper.local(uid): uid for uid in referenced}
    return [to_package.get(uid, uid) for uid in local_uids]


# -- Layers of a case -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Layer:
    """One layer of a case: ``name`` "" is our own work."""

    name: str
    annotations: int
    key_images: int
    segments: int
    opinions: int
    visible: bool


def case_layers(db: Database, case_id: int) -> list[Layer]:
    """Our own layer first, then every sender's layer with what it holds."""
    counts: dict[str, list[int]] = {"": [0, 0, 0, 0, 0]}
    with db.reading() as session:
        for index, row_type in enumerate(_LAYERED_ROWS):
            rows = session.execute(
                select(row_type.layer, row_type.id).where(
                    row_type.case_id == case_id, row_type.deleted_at.is_(None)
                )
            )
            for layer, _ in rows:
                counts.setdefault(layer, [0, 0, 0, 0, 0])[index] += 1
        for (institution,) in session.execute(
            select(ReceivedOpinion.institution).where(ReceivedOpinion.case_id == case_id)
        ):
            counts.setdefault(institution, [0, 0, 0, 0, 0])[3] += 1
        hidden = set()
        for row_type in (AnnotationRow, SegmentRow):
            hidden |= set(
                session.scalars(
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


def set_layer_visible(db: Database, case_id: int, layer: str, visible: bool) -> int:
    """Show or hide every annotation and segment of a sender's layer; return how many.

    Raises
    ------
    NotFoundError
        If the case has no such layer.
    """
    if not layer:
        raise ValidationError("Our own work is shown or hidden item by item.")
    changed = 0
    with db.writing() as session:
        for row_type in (AnnotationRow, SegmentRow):
            result = session.execute(
                update(row_type)
                .where(row_type.case_id == case_id, row_type.layer == layer)
                .values(visible=visible)
            )
            changed += int(result.rowcount or 0)  # type: ignore[attr-defined]
    if not changed:
        raise NotFoundError(f"This case has no annotations or segments from {layer}.")
    return changed


def layer_of(db: Database, uuids: Sequence[str]) -> dict[str, str]:
    """``uuid → layer`` for annotations, key images or segments (only the merged ones)."""
    if not uuids:
        return {}
    found: dict[str, str] = {}
    with db.reading() as session:
        for row_type in _LAYERED_ROWS:
            for uuid, layer in session.execute(
                select(row_type.uuid, row_type.layer).where(
                    row_type.uuid.in_(list(uuids)), row_type.layer != ""
                )
            ):
                found[uuid] = layer
    return found


@dataclass(frozen=True, slots=True)
class ReceivedOpinionView:
    """A partner's MDT decision as received (read-only)."""

    institution: str
    status: str
    signed_at: str
    content: dict[str, Any]


def received_opinions(db: Database, case_id: int) -> list[ReceivedOpinionView]:
    """The partners' MDT decisions received for a case, oldest first."""
    with db.reading() as session:
        rows = session.scalars(
            select(ReceivedOpinion)
            .where(ReceivedOpinion.case_id == case_id)
            .order_by(ReceivedOpinion.id)
        ).all()
        return [
            ReceivedOpinionView(r.institution, r.status, r.signed_at, json.loads(r.content_json))
            for r in rows
        ]


register_content_provider(SegmentProvider())
register_layer_importer(CaseLayerImporter())
