"""The documents of a package: the JSON descriptions of its content, README, index, manifest.

The JSON documents (``annotations.json``, ``key-images.json``, ``segments.json``,
``decisions.json``) keep what casereview needs to show the sender's work again exactly (LPS
geometry, planes, windows, segment identity, decision fields) and who made each item when
(the author's display name, which is staff, not patient: the exporter's scrubber still reads
it like every text); the DICOM objects beside them
(SR, KOS, SEG, Encapsulated PDF) are for any other DICOM software. ``README.TXT`` and
``INDEX.HTM`` are for a reader without casereview; ``manifest.json`` lists every file with its
SHA-256 and ``manifest.sig`` signs it.
"""

from __future__ import annotations

import base64
import html
import json
import re
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from casereview import __version__
from casereview.dicom.fileset import FILESET_FOLDER
from casereview.domain.annotations import Annotation, Camera3D, KeyImage
from casereview.domain.decisions import Decision
from casereview.domain.key_image_scene import Scene3D
from casereview.domain.packages import DeidOptions, Manifest, ManifestFile, PackageError
from casereview.domain.segments import Code, Segment
from casereview.messages import Message
from casereview.services.signing import SigningKey
from casereview.store.repositories_layers import Provenance

if TYPE_CHECKING:
    from pydicom.dataset import Dataset

#: Folder of JSON documents inside a package.
DOCUMENTS_FOLDER = "documents"
README_NAME = "README.TXT"
INDEX_NAME = "INDEX.HTM"

#: What a content provider may name a document (it becomes a file name in the package).
_DOCUMENT_NAME = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,60}\.json$")

#: ``uuid → provenance`` as ``services.layers.origins`` returns it.
Origins = Mapping[str, Provenance]


def iso_time(when: datetime | None) -> str:
    """``when`` in UTC as ISO 8601 ("" when unknown): how documents write times."""
    if when is None:
        return ""
    aware = when if when.tzinfo else when.replace(tzinfo=UTC)
    return aware.astimezone(UTC).isoformat()


def _provenance(item_uuid: str, origins: Origins) -> dict[str, str]:
    """Layer, origin UUID, author and times of one item, as every content document keeps them.

    An item merged from a partner keeps its partner author and times when it travels on.
    """
    found = origins.get(item_uuid)
    if found is None:
        return {"layer": "", "origin_uuid": "", "author": "", "created_at": "", "modified_at": ""}
    return {
        "layer": found.layer,
        "origin_uuid": found.origin_uuid,
        "author": found.author,
        "created_at": iso_time(found.created_at),
        "modified_at": iso_time(found.modified_at),
    }


# -- Content documents --------------------------------------------------------------------------


def key_image_scene_entry(scene: Scene3D, origins: Origins) -> dict[str, Any]:
    """A 3-D key image's scene as ``key-images.json`` holds it.

    Each surface names its segment by the key the segment travels under in ``segments.json``
    (its UUID here, or for a segment merged from a partner the UUID it had there), in the
    machine field ``origin_uuid``: the receiver finds the segment it made of it by that key.
    """
    entry = scene.to_json()
    surfaces = []
    for surface in entry.pop("surfaces"):
        segment = surface.pop("segment_uuid")
        found = origins.get(segment)
        surface["origin_uuid"] = (found.origin_uuid if found is not None else "") or segment
        surfaces.append(surface)
    entry["surfaces"] = surfaces
    return entry


def _camera_entry(camera: Camera3D | None) -> dict[str, Any] | None:
    if camera is None:
        return None
    return {
        "position": list(camera.position),
        "focal_point": list(camera.focal_point),
        "view_up": list(camera.view_up),
        "parallel_scale": camera.parallel_scale,
        "view_angle": camera.view_angle,
    }


def key_images_document(key_images: Sequence[KeyImage], origins: Origins) -> dict[str, Any]:
    """``key-images.json``: plane or 3-D camera and scene, window, zoom and caption of each."""
    return {
        "schema": "casereview-key-images/1",
        "key_images": [
            {
                "uuid": k.uuid,
                "series_instance_uid": k.reference.series_instance_uid,
                "sop_instance_uid": k.reference.sop_instance_uid,
                "frame_of_reference_uid": k.reference.frame_of_reference_uid,
                "frame_number": k.reference.frame_number,
                "orientation": k.orientation,
                "plane": None
                if k.plane is None
                else {"origin": k.plane.origin, "u": k.plane.u, "v": k.plane.v},
                "camera": _camera_entry(k.camera),
                "scene": None if k.scene is None else key_image_scene_entry(k.scene, origins),
                "window_center": k.window_center,
                "window_width": k.window_width,
                "zoom_mm": k.zoom_mm,
                "caption": k.caption,
                **_provenance(k.uuid, origins),
            }
            for k in key_images
        ],
    }


def key_images_description(key_images: Sequence[KeyImage]) -> str:
    """The KOS's text: one numbered line per key image (caption, or its orientation)."""
    return "\n".join(
        f"{number}. {k.caption or k.orientation}" for number, k in enumerate(key_images, start=1)
    )


def annotations_document(annotations: Sequence[Annotation], origins: Origins) -> dict[str, Any]:
    """``annotations.json``: kind, label, text, LPS points and measurements of each one."""
    return {
        "schema": "casereview-annotations/1",
        "annotations": [
            {
                "uuid": a.uuid,
                "kind": a.kind.value,
                "label": a.label,
                "text": a.text,
                "points": [list(p) for p in a.points],
                "series_instance_uid": a.reference.series_instance_uid,
                "sop_instance_uid": a.reference.sop_instance_uid,
                "frame_of_reference_uid": a.reference.frame_of_reference_uid,
                "frame_number": a.reference.frame_number,
                "measurements": [m.to_json() for m in a.measurements],
                **_provenance(a.uuid, origins),
            }
            for a in annotations
        ],
    }


def segment_entry(
    segment: Segment, origins: Origins, seg_sop_instance_uid: str, segment_number: int
) -> dict[str, Any]:
    """One segment of ``segments.json``: where its voxels are in which SEG, and its identity."""
    return {
        "uuid": segment.uuid,
        **_provenance(segment.uuid, origins),
        "seg_sop_instance_uid": seg_sop_instance_uid,
        "segment_number": segment_number,
        "series_instance_uid": segment.series_instance_uid,
        "name": segment.name,
        "colour": list(segment.colour),
        "category": list(_code(segment.category)),
        "type": list(_code(segment.type)),
        "voxel_count": segment.voxel_count,
    }


def segments_document(entries: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """``segments.json`` from :func:`segment_entry` results."""
    return {"schema": "casereview-segments/1", "segments": list(entries)}


def _code(code: Code) -> tuple[str, str, str]:
    return (code.value, code.scheme, code.meaning)


def decision_entry(decision: Decision) -> dict[str, Any]:
    """One decision of ``decisions.json`` (names of the discussants are left out).

    Its author is who signed it (as they signed), or for a draft who recorded it; with the
    times it was recorded and last changed, so the partner credits them, not its importer.
    """
    content = decision.content
    return {
        "uid": decision.uid,
        "author": decision.signed_by or decision.created_by,
        "created_at": iso_time(decision.created_at),
        "modified_at": iso_time(decision.updated_at),
        "status": "signed" if decision.is_signed else "draft",
        "signed_at": decision.signed_at.isoformat() if decision.signed_at else "",
        "amends": bool(decision.amends_id),
        "amendment_reason": decision.amendment_reason,
        "recommendation": content.recommendation.value,
        "recommendation_text": content.recommendation_text,
        "intent": content.intent.value,
        "rationale": content.rationale,
        "staging": content.staging,
        "guideline_reference": content.guideline_reference,
        "trial_eligibility": content.trial_eligibility.value,
        "trial_reference": content.trial_reference,
        "dissent": content.dissent,
    }


def decisions_document(entries: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """``decisions.json`` from :func:`decision_entry` results."""
    return {"schema": "casereview-decisions/1", "decisions": list(entries)}


def document_name(name: str) -> str:
    """``name`` if it is a safe document file name.

    Raises
    ------
    PackageError
        If a provider chose a name that is not lower-case ASCII ending in ``.json``.
    """
    if not _DOCUMENT_NAME.match(name):
        raise PackageError(
            Message(
                "A content provider named a document '{name}'; use lower-case ASCII.", name=name
            )
        )
    return name


# -- README, index, manifest ------------------------------------------------------------------


def package_summary(
    images: Sequence[Dataset],
    object_kinds: Sequence[str],
    documents: int,
    pseudonym: str,
) -> dict[str, Any]:
    """Series, counts and pseudonym of a package, for its README, index and manifest.

    Parameters
    ----------
    images
        The de-identified images' datasets (headers are enough).
    object_kinds
        The manifest kind of each DICOM object besides the images (``"dicom-sr"``…).
    documents
        Number of JSON documents.
    pseudonym
        The patient's pseudonym.
    """
    series: dict[str, dict[str, Any]] = {}
    for ds in images:
        uid = str(ds.SeriesInstanceUID)
        entry = series.setdefault(
            uid,
            {
                "modality": str(ds.get("Modality", "")),
                "number": str(ds.get("SeriesNumber", "") or ""),
                "description": str(ds.get("SeriesDescription", "") or ""),
                "date": str(ds.get("SeriesDate", "") or ds.get("StudyDate", "") or ""),
                "images": 0,
            },
        )
        entry["images"] += 1
    kinds: dict[str, int] = {}
    for kind in object_kinds:
        kinds[kind] = kinds.get(kind, 0) + 1
    return {
        "pseudonym": pseudonym,
        "series": list(series.values()),
        "counts": {
            "images": len(images),
            "series": len(series),
            "objects": kinds,
            "documents": documents,
        },
    }


def readme(
    summary: dict[str, Any],
    institution: str,
    created: str,
    package_id: str,
    key: SigningKey,
    referenced_images: int = 0,
) -> bytes:
    """``README.TXT``: what the package holds and how it was made and signed (CRLF lines).

    ``referenced_images`` counts the images an opinion-only answer is about without carrying
    them (the recipient holds them).
    """
    counts = summary["counts"]
    images = (
        f"  No images: an answer about {referenced_images} image(s) the recipient already "
        "holds (listed in manifest.json, content.referenced_images); its objects are a "
        "DICOM file-set: open DICOM/DICOMDIR in any DICOM viewer."
        if referenced_images
        else f"  {counts['images']} images in {counts['series']} series, as a "
        "DICOM file-set: open DICOM/DICOMDIR in any DICOM viewer."
    )
    lines = [
        "CASE PACKAGE (de-identified)",
        "",
        f"Sent by:        {institution or 'not named'}",
        f"Created:        {created}",
        f"Package:        {package_id}",
        f"Pseudonym:      {summary['pseudonym']}",
        f"Signing key:    {key.fingerprint}",
        "",
        "Contents",
        images,
        *(
            f"  {count} {kind.removeprefix('dicom-').upper()} object(s)"
            for kind, count in counts["objects"].items()
        ),
        f"  {counts['documents']} structured document(s) in documents/ (JSON).",
        "  INDEX.HTM lists the series and documents.",
        "",
        "Privacy",
        "  Patient identity was removed following DICOM PS3.15 Annex E (Basic Application Level",
        "  Confidentiality Profile); dates were shifted by a fixed number of days. Only the",
        "  sender can link the pseudonym to the patient.",
        "",
        "Integrity",
        "  manifest.json lists every file with its size and SHA-256; manifest.sig is an Ed25519",
        "  signature over manifest.json. casereview checks both on import",
        "  (casereview-cli verify-package FILE).",
        "",
        "casereview supports case review and team discussion. It is not cleared for primary",
        "diagnosis; clinical decisions rest with the treating team.",
    ]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def index_html(summary: dict[str, Any], dicom_objects: int, documents: Sequence[str]) -> bytes:
    """``INDEX.HTM``: the series and documents, with links, for a browser."""
    rows = "\n".join(
        "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>".format(
            *(
                html.escape(str(s[k]))
                for k in ("number", "modality", "description", "date", "images")
            )
        )
        for s in summary["series"]
    )
    docs = "\n".join(
        f'<li><a href="{DOCUMENTS_FOLDER}/{html.escape(name)}">{html.escape(name)}</a></li>'
        for name in documents
    )
    pseudonym = html.escape(summary["pseudonym"])
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Case package {pseudonym}</title>
<style>body{{font-family:sans-serif;margin:2em}}td,th{{padding:4px 12px;border-bottom:1px solid #ccc}}</style>
</head><body>
<h1>Case package {pseudonym}</h1>
<p>De-identified images as a DICOM file-set: open <a href="{FILESET_FOLDER}/DICOMDIR">{FILESET_FOLDER}/DICOMDIR</a>
in any DICOM viewer. See <a href="{README_NAME}">{README_NAME}</a> for how the package was made and
verified.</p>
<h2>Series</h2>
<table><tr><th>Number</th><th>Modality</th><th>Description</th><th>Date (shifted)</th><th>Images</th></tr>
{rows}
</table>
<h2>Documents</h2>
<ul>{docs or "<li>none</li>"}</ul>
<p><small>{dicom_objects} DICOM objects. Made with casereview {html.escape(__version__)}.</small></p>
</body></html>
"""
    return page.encode("utf-8")


def manifest(
    package_id: str,
    created: str,
    institution: str,
    key: SigningKey,
    files: Sequence[ManifestFile],
    options: DeidOptions,
    summary: dict[str, Any],
    cleaned_images: Sequence[str],
) -> Manifest:
    """The manifest of a package: every file, how it was de-identified, what it holds."""
    return Manifest(
        package_id=package_id,
        created=created,
        institution=institution,
        key_fingerprint=key.fingerprint,
        files=tuple(files),
        deidentification={
            "profile": "DICOM PS3.15 Annex E Basic Application Level Confidentiality Profile",
            "options": options.to_dict(),
            "codes": [
                {"value": v, "scheme": "DCM", "meaning": m} for v, m in options.method_codes()
            ],
        },
        content={**summary["counts"], "cleaned_images": sorted(cleaned_images)},
    )


def signature(manifest_bytes: bytes, key: SigningKey) -> bytes:
    """``manifest.sig``: the Ed25519 signature over the manifest's bytes, with the public key."""
    document = {
        "algorithm": "Ed25519",
        "public_key": key.public_key_b64,
        "signature": base64.b64encode(key.sign(manifest_bytes)).decode("ascii"),
    }
    return json.dumps(document, indent=1).encode("utf-8")
