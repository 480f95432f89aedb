"""Turning a received package into the sender's layer of a local case.

:class:`CaseLayerImporter` finds the local case the package's images belong to (or makes one),
and adds the sender's annotations, key images, segments (voxels from the SEG) and MDT decisions
as the sender's layer ("opinion from <institution>"). Our own work is never changed: content
that is ours coming back is recognised by its original UUID and skipped; the same UUID
arriving with different content is reported as a conflict, not merged. Received decisions go
to the received opinions: they never enter our decision chain and cannot be signed here.

It is registered at start-up by ``casereview.app.exchange_setup``; pydicom, NumPy and the
services that build volumes are imported when a package is merged, so registering costs
nothing at start-up.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from casereview.errors import ValidationError
from casereview.messages import Message
from casereview.services.exchange.providers import ReceivedPackage
from casereview.services.exchange.schemas import DECISION_FIELDS, read_document
from casereview.services.exchange.uid_mapping import UidMapper
from casereview.store.database import Database
from casereview.store.repositories import UserRepository
from casereview.store.repositories_layers import (
    LayerOrigin,
    LayerRepository,
    ReceivedAnnotation,
    ReceivedKeyImage,
    ReceivedOpinionRecord,
)
from casereview.store.repositories_packages import ExchangeRepository

if TYPE_CHECKING:
    from casereview.dicom.seg import SegFile

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


_Step = Callable[[Database, ReceivedPackage, int, UidMapper, str], _Tally | None]


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


class CaseLayerImporter:
    """Merges a received package's annotations, key images, segments and decisions."""

    kinds = frozenset({"document", "dicom-sr", "dicom-ko", "dicom-seg", "dicom-pdf"})

    def merge(self, db: Database, package: ReceivedPackage, actor: str) -> list[str]:
        """Add the sender's content to the case of the package's images.

        Returns
        -------
        list[str]
            One :class:`Message` per kind of content (counts), each followed by its conflicts,
            then one per kind of object kept unmerged; every line is a whole sentence, so
            each language can word it.
        """
        mapper = UidMapper(db)
        if not package.files_of_kind("dicom-image"):
            return []
        case_id = _target_case(db, package, mapper, actor)
        package.case_id = case_id
        institution = package.manifest.institution or "partner"
        lines: list[str] = []
        steps: tuple[tuple[_Step, Callable[[str, _Tally], Message]], ...] = (
            (_merge_annotations, _annotations_line),
            (_merge_key_images, _key_images_line),
            (_merge_segments, _segments_line),
            (_merge_decisions, _opinions_line),
        )
        for step, line in steps:
            tally = step(db, package, case_id, mapper, actor)
            if tally is None:
                continue
            lines.append(line(institution, tally))
            lines.extend(tally.conflicts)
        # Objects from software that writes no casereview documents are not silently dropped.
        for kind, document in (
            ("dicom-sr", "annotations.json"),
            ("dicom-ko", "key-images.json"),
            ("dicom-seg", "segments.json"),
        ):
            if package.files_of_kind(kind) and _document(package, document) is None:
                lines.append(_kept_unmerged(kind, institution))
        return lines


def package_image_uids(package: ReceivedPackage) -> list[tuple[str, str, str]]:
    """``(study, series, SOP instance)`` UIDs of the package's images."""
    from pydicom import dcmread

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


def _target_case(db: Database, package: ReceivedPackage, mapper: UidMapper, actor: str) -> int:
    """The local case the package's images belong to; a new case when there is none."""
    from casereview.services.cases import create_case_from_uids

    images = package_image_uids(package)
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
    case = create_case_from_uids(
        db, actor, study_uids=studies, title=f"Case from {institution}"[:200]
    )
    return case.id


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


def _origin(entry: dict[str, Any], institution: str, package: ReceivedPackage) -> LayerOrigin:
    key = str(entry.get("origin_uuid") or entry["uuid"])
    layer = str(entry.get("layer") or institution)[:128]
    return LayerOrigin(layer, package.manifest.package_id, key)


# -- annotations ----------------------------------------------------------------------------


def _merge_annotations(
    db: Database, package: ReceivedPackage, case_id: int, mapper: UidMapper, actor: str
) -> _Tally | None:
    document = _document(package, "annotations.json")
    if document is None:
        return None
    tally = _Tally()
    institution = package.manifest.institution[:128]
    with db.writing() as session:
        user_id = UserRepository(session).row_id(actor)
        layers = LayerRepository(session)
        for entry in document.get("annotations", []):
            origin = _origin(entry, institution, package)
            points = [[float(v) for v in p] for p in entry.get("points", [])]
            stored = layers.find_annotation(case_id, origin.origin_uuid)
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
            layers.add_annotation(
                ReceivedAnnotation(
                    case_id=case_id,
                    kind=str(entry["kind"]),
                    label=str(entry.get("label", ""))[:200],
                    text=str(entry.get("text", "")),
                    points=points,
                    series_instance_uid=mapper.local(str(entry["series_instance_uid"])),
                    sop_instance_uid=mapper.local(str(entry.get("sop_instance_uid", ""))),
                    frame_of_reference_uid=mapper.local(
                        str(entry.get("frame_of_reference_uid", ""))
                    ),
                    frame_number=entry.get("frame_number"),
                    measurements=list(entry.get("measurements", [])),
                    author_id=user_id,
                    origin=origin,
                )
            )
            tally.added += 1
    return tally


# -- key images -----------------------------------------------------------------------------


def _merge_key_images(
    db: Database, package: ReceivedPackage, case_id: int, mapper: UidMapper, actor: str
) -> _Tally | None:
    document = _document(package, "key-images.json")
    if document is None:
        return None
    tally = _Tally()
    institution = package.manifest.institution[:128]
    with db.writing() as session:
        user_id = UserRepository(session).row_id(actor)
        layers = LayerRepository(session)
        for entry in document.get("key_images", []):
            origin = _origin(entry, institution, package)
            stored = layers.find_key_image(case_id, origin.origin_uuid)
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
            plane = entry.get("plane")
            layers.add_key_image(
                ReceivedKeyImage(
                    case_id=case_id,
                    series_instance_uid=mapper.local(str(entry["series_instance_uid"])),
                    sop_instance_uid=mapper.local(str(entry.get("sop_instance_uid", ""))),
                    frame_of_reference_uid=mapper.local(
                        str(entry.get("frame_of_reference_uid", ""))
                    ),
                    frame_number=entry.get("frame_number"),
                    orientation=str(entry.get("orientation", "axial"))[:16],
                    plane=plane or None,
                    window_center=float(entry.get("window_center", 40.0)),
                    window_width=float(entry.get("window_width", 400.0)),
                    zoom_mm=float(entry.get("zoom_mm", 0.0)),
                    caption=str(entry.get("caption", "")),
                    author_id=user_id,
                    origin=origin,
                )
            )
            tally.added += 1
    return tally


# -- segments -------------------------------------------------------------------------------


def _merge_segments(
    db: Database, package: ReceivedPackage, case_id: int, mapper: UidMapper, actor: str
) -> _Tally | None:
    import numpy as np

    from casereview.dicom.seg import read_seg
    from casereview.domain.segments import Code, SegmentDraft
    from casereview.services.segmentations import (
        create_segment,
        segment_mask,
        series_source_order,
        set_segment_mask,
    )
    from casereview.services.volumes import load_series_volume, series_id_for_uid

    document = _document(package, "segments.json")
    if document is None:
        return None
    tally = _Tally()
    institution = package.manifest.institution[:128]
    seg_files: dict[str, SegFile] = {}
    for path in package.files_of_kind("dicom-seg"):
        read = read_seg(path)
        seg_files[str(read.dataset.SOPInstanceUID)] = read
    masks: dict[tuple[str, int], Any] = {}
    volumes: dict[str, Any] = {}
    for entry in document.get("segments", []):
        origin = _origin(entry, institution, package)
        seg = seg_files.get(str(entry.get("seg_sop_instance_uid", "")))
        if seg is None:
            tally.conflicts.append(
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
        with db.reading() as session:
            stored = LayerRepository(session).find_segment(case_id, origin.origin_uuid)
        if stored is not None:
            tally.seen(stored.layer)
            if not np.array_equal(segment_mask(db, stored.uuid), data.mask):
                tally.conflicts.append(
                    Message(
                        "Conflict: the segment “{name}” has other voxels than the one already "
                        "here; both are kept as they were.",
                        name=str(entry.get("name")),
                    )
                )
            continue
        if local_series not in volumes:
            volumes[local_series] = load_series_volume(db, series_id_for_uid(db, local_series))
        volume = volumes[local_series]
        red, green, blue = (int(v) for v in entry.get("colour", data.colour))
        draft = SegmentDraft(
            name=str(entry.get("name") or data.name)[:64] or "Segment",
            category=Code(*entry["category"]),
            type=Code(*entry["type"]),
            colour=(red, green, blue),
            series_instance_uid=local_series,
            frame_of_reference_uid=mapper.local(seg.frame_of_reference_uid),
        )
        segment = create_segment(db, case_id, draft, volume.shape, actor)
        set_segment_mask(db, segment.uuid, data.mask, volume, actor)
        with db.writing() as session:
            LayerRepository(session).mark_segment_received(segment.uuid, origin)
        tally.added += 1
    return tally


def _package_uids(seg: SegFile, local_uids: Sequence[str], mapper: UidMapper) -> list[str]:
    """The SEG's own UIDs for our slices ``local_uids`` (in our slice order)."""
    referenced: list[str] = []
    for series in seg.dataset.ReferencedSeriesSequence:
        referenced += [str(i.ReferencedSOPInstanceUID) for i in series.ReferencedInstanceSequence]
    to_package = {mapper.local(uid): uid for uid in referenced}
    return [to_package.get(uid, uid) for uid in local_uids]


# -- decisions ------------------------------------------------------------------------------


def _merge_decisions(
    db: Database, package: ReceivedPackage, case_id: int, mapper: UidMapper, actor: str
) -> _Tally | None:
    document = _document(package, "decisions.json")
    if document is None:
        return None
    tally = _Tally()
    institution = package.manifest.institution[:128]
    with db.writing() as session:
        layers = LayerRepository(session)
        ours = layers.decision_uids(case_id)
        for entry in document.get("decisions", []):
            uid = str(entry["uid"])
            # Only the fields of the schema are kept: nothing unchecked is stored.
            checked = {key: entry[key] for key in DECISION_FIELDS}
            content = json.dumps(checked, sort_keys=True, ensure_ascii=False)
            if uid in ours:
                tally.ours += 1
                continue
            received = layers.received_opinion_content(case_id, uid)
            if received is not None:
                tally.unchanged += 1
                if received != content:
                    tally.conflicts.append(
                        Message(
                            "Conflict: the opinion “{recommendation}” changed since it was "
                            "first received; the first version is kept.",
                            recommendation=str(entry.get("recommendation_text", "")),
                        )
                    )
                continue
            layers.add_received_opinion(
                ReceivedOpinionRecord(
                    case_id=case_id,
                    institution=institution,
                    package_id=package.manifest.package_id,
                    origin_uid=uid,
                    status=str(entry.get("status", "draft"))[:16],
                    signed_at=str(entry.get("signed_at", ""))[:40],
                    content_json=content,
                )
            )
            tally.added += 1
    return tally
