"""The schemas of a package's JSON documents and of its signature, and reading them checked.

Every JSON file a package carries is checked here before anything of the package is indexed
(:func:`check_documents`, called by verification), and read through :func:`read_document` by
the layer importer, so no document reaches the database without having matched its schema.
The schemas follow what ``documents.py`` writes; keys a newer sender adds are ignored.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from casereview.domain.annotations import AnnotationKind
from casereview.domain.package_documents import (
    AnyObject,
    Flag,
    Integer,
    ListOf,
    Nullable,
    Number,
    PackageDocumentError,
    Record,
    Schema,
    Text,
    check,
    parse_document,
)
from casereview.domain.packages import SIGNATURE_NAME
from casereview.messages import Message

#: Largest JSON document accepted (a case's documents are a few hundred KB).
MAX_DOCUMENT_BYTES = 32 * 1024 * 1024
#: Largest signature file accepted (a genuine one is about 200 bytes).
MAX_SIGNATURE_BYTES = 16 * 1024
#: Most items of one kind a document may hold.
MAX_ITEMS = 100_000

#: A document's format name. Only its presence is checked: a sender's identity scrub may have
#: cut a pseudonym's letters out of it (its text is user-visible text to the scrub).
_SCHEMA_ID = Text(64)
_UID = Text(64)
_OPTIONAL_UID = {"sop_instance_uid": _UID, "frame_of_reference_uid": _UID}
_FRAME = Nullable(Integer(minimum=1))
_LAYER = {"layer": Text(128), "origin_uuid": Text(64)}
#: Who made an item and when, at its sender (optional: older senders did not write them).
_AUTHORSHIP = {"author": Text(128), "created_at": Text(40), "modified_at": Text(40)}
_POINT = ListOf(Number(), max_items=3, min_items=3)
_LABEL = Text(1024)
_FREE_TEXT = Text(20_000)
_CODE = ListOf(Text(256), max_items=3, min_items=3)

#: manifest.sig: the Ed25519 signature over manifest.json and the public key that made it.
SIGNATURE_SCHEMA = Record(
    required={
        "algorithm": Text(32, choices=frozenset({"Ed25519"})),
        "public_key": Text(256),
        "signature": Text(512),
    }
)

ANNOTATIONS_SCHEMA = Record(
    required={
        "schema": _SCHEMA_ID,
        "annotations": ListOf(
            Record(
                required={
                    "uuid": Text(64),
                    "kind": Text(32, choices=frozenset(k.value for k in AnnotationKind)),
                    "points": ListOf(_POINT, max_items=10_000),
                    "series_instance_uid": _UID,
                },
                optional={
                    **_OPTIONAL_UID,
                    **_LAYER,
                    **_AUTHORSHIP,
                    "label": _LABEL,
                    "text": _FREE_TEXT,
                    "frame_number": _FRAME,
                    "measurements": ListOf(
                        Record(required={"name": Text(64), "value": Number(), "unit": Text(32)}),
                        max_items=100,
                    ),
                },
            ),
            max_items=MAX_ITEMS,
        ),
    }
)

#: A 3-D key image's camera (LPS mm).
_CAMERA = Record(
    required={"position": _POINT, "focal_point": _POINT, "view_up": _POINT},
    optional={"parallel_scale": Number(), "view_angle": Number()},
)
#: A 3-D key image's scene: its surfaces name their segment by the key it travelled under.
_SCENE = Record(
    required={},
    optional={
        "schema": Integer(),
        "preset": Nullable(AnyObject()),
        "volume_shown": Flag(),
        "planes_shown": Flag(),
        "crosshair": Nullable(_POINT),
        "crop": Nullable(ListOf(Number(), max_items=6, min_items=6)),
        "clip": Nullable(
            Record(
                required={"origin": _POINT, "normal": _POINT},
                optional={"orientation": Text(16), "flipped": Flag(), "offset_mm": Number()},
            )
        ),
        "surfaces": ListOf(
            Record(
                required={"colour": _POINT},
                optional={
                    "origin_uuid": Text(64),
                    "name": _LABEL,
                    "opacity": Number(),
                    "visible": Flag(),
                    "iso_value": Nullable(Number()),
                },
            ),
            max_items=1_000,
        ),
    },
)

KEY_IMAGES_SCHEMA = Record(
    required={
        "schema": _SCHEMA_ID,
        "key_images": ListOf(
            Record(
                required={"uuid": Text(64), "series_instance_uid": _UID},
                optional={
                    **_OPTIONAL_UID,
                    **_LAYER,
                    **_AUTHORSHIP,
                    "frame_number": _FRAME,
                    "orientation": Text(16),
                    "plane": Nullable(
                        Record(required={"origin": _POINT, "u": _POINT, "v": _POINT})
                    ),
                    "window_center": Number(),
                    "window_width": Number(),
                    "zoom_mm": Number(),
                    "caption": _LABEL,
                    "camera": Nullable(_CAMERA),
                    "scene": Nullable(_SCENE),
                },
            ),
            max_items=MAX_ITEMS,
        ),
    }
)

SEGMENTS_SCHEMA = Record(
    required={
        "schema": _SCHEMA_ID,
        "segments": ListOf(
            Record(
                required={
                    "uuid": Text(64),
                    "seg_sop_instance_uid": _UID,
                    "segment_number": Integer(minimum=1, maximum=65_535),
                    "category": _CODE,
                    "type": _CODE,
                },
                optional={
                    **_LAYER,
                    **_AUTHORSHIP,
                    "series_instance_uid": _UID,
                    "name": Text(256),
                    "colour": ListOf(Integer(maximum=255), max_items=3, min_items=3),
                    "voxel_count": Integer(),
                },
            ),
            max_items=MAX_ITEMS,
        ),
    }
)

#: One received decision: every field ``decision_entry`` writes; only these are stored.
DECISION_FIELDS: dict[str, Schema] = {
    "uid": Text(64),
    "status": Text(16, choices=frozenset({"signed", "draft"})),
    "signed_at": Text(40),
    "amends": Flag(),
    "amendment_reason": _FREE_TEXT,
    "recommendation": Text(64),
    "recommendation_text": _FREE_TEXT,
    "intent": Text(64),
    "rationale": _FREE_TEXT,
    "staging": _FREE_TEXT,
    "guideline_reference": _FREE_TEXT,
    "trial_eligibility": Text(64),
    "trial_reference": _FREE_TEXT,
    "dissent": _FREE_TEXT,
}

DECISIONS_SCHEMA = Record(
    required={
        "schema": _SCHEMA_ID,
        "decisions": ListOf(
            Record(required=DECISION_FIELDS, optional=_AUTHORSHIP), max_items=MAX_ITEMS
        ),
    }
)

#: case.json: the case and, per agenda item it was on at the sender, its preparation.
CASE_SCHEMA = Record(
    required={
        "schema": _SCHEMA_ID,
        "title": Text(1024),
        "clinical_question": _FREE_TEXT,
        "preparations": ListOf(
            Record(
                required={
                    "question": _FREE_TEXT,
                    "history": _FREE_TEXT,
                    "staging": _FREE_TEXT,
                },
                optional={
                    "checklist": ListOf(Text(64), max_items=32),
                    "status": Text(32),
                },
            ),
            max_items=1_000,
        ),
    }
)

#: resectability.json: the sender's newest resectability assessment version (issue 16). Its
#: inputs, suggestion and contact run are checked by their own decoders when merged.
RESECTABILITY_SCHEMA = Record(
    required={
        "schema": _SCHEMA_ID,
        "assessment": Record(
            required={
                "uid": Text(36),
                "number": Integer(minimum=1),
                "criteria_id": Text(32),
                "content_sha256": Text(64),
                "inputs": AnyObject(),
                "suggestion": AnyObject(),
                "run": Record(
                    required={
                        "uid": Text(36),
                        "series_instance_uid": _UID,
                        "segments": ListOf(
                            Record(
                                required={"role": Text(32), "uuid": Text(64)},
                                optional={
                                    "name": Text(256),
                                    "number": Integer(maximum=65_535),
                                    "by_hand": Flag(),
                                },
                            ),
                            max_items=100,
                        ),
                        "not_found": ListOf(Text(32), max_items=100),
                        "contacts": AnyObject(),
                    },
                    optional=_AUTHORSHIP,
                ),
            },
            optional={
                **_AUTHORSHIP,
                "change": Record(required={"kind": Text(32)}, optional={"details": AnyObject()}),
                "sr_sop_instance_uid": _UID,
            },
        ),
    }
)

#: The schema of each document casereview reads, by file name.
#: liver-plan.json: the sender's newest liver resection plan version (issue 17). Its inputs and
#: result are checked by the domain's codec when merged (which also refuses a newer format).
LIVER_PLAN_SCHEMA = Record(
    required={
        "schema": _SCHEMA_ID,
        "plan": Record(
            required={
                "uid": Text(36),
                "number": Integer(minimum=1),
                "content_sha256": Text(64),
                "result_sha256": Text(64),
                "inputs": AnyObject(),
                "result": AnyObject(),
            },
            optional={
                **_AUTHORSHIP,
                "note": _FREE_TEXT,
                "sr_sop_instance_uid": _UID,
                "seg_sop_instance_uid": _UID,
                # Sent without the patient's size (patient characteristics removed).
                "size_withheld": Flag(),
                "size_note": _FREE_TEXT,
            },
        ),
    }
)


DOCUMENT_SCHEMAS: dict[str, Schema] = {
    "annotations.json": ANNOTATIONS_SCHEMA,
    "key-images.json": KEY_IMAGES_SCHEMA,
    "segments.json": SEGMENTS_SCHEMA,
    "decisions.json": DECISIONS_SCHEMA,
    "case.json": CASE_SCHEMA,
    "resectability.json": RESECTABILITY_SCHEMA,
    "liver-plan.json": LIVER_PLAN_SCHEMA,
}


def read_document(path: Path, name: str) -> dict[str, Any]:
    """Read one JSON document of a package and check it against its schema.

    Parameters
    ----------
    path
        The file.
    name
        Its path in the package (``documents/decisions.json``), for the messages; its file
        name chooses the schema (any other document must still be a bounded JSON object).

    Returns
    -------
    dict
        The checked document.

    Raises
    ------
    PackageDocumentError
        If it cannot be read, is too large or too deep, or does not match its schema.
    """
    try:
        data = read_at_most(path, MAX_DOCUMENT_BYTES)
    except OSError as exc:
        raise PackageDocumentError(
            Message("{document} could not be read from the package.", document=name), name
        ) from exc
    document = parse_document(data, name, max_bytes=MAX_DOCUMENT_BYTES)
    check(document, DOCUMENT_SCHEMAS.get(Path(name).name, AnyObject()), name)
    return dict(document)


def read_at_most(path: Path, limit: int) -> bytes:
    """The first ``limit + 1`` bytes of a file: enough to tell that it is too large.

    Raises
    ------
    OSError
        If the file cannot be read.
    """
    with path.open("rb") as handle:
        return handle.read(limit + 1)


def read_signature(data: bytes) -> dict[str, str]:
    """Parse ``manifest.sig`` and check its shape (not yet the signature itself).

    Raises
    ------
    PackageDocumentError
        If it is too large, too deep, not JSON or lacks the algorithm, key or signature.
    """
    document = parse_document(data, SIGNATURE_NAME, max_bytes=MAX_SIGNATURE_BYTES)
    check(document, SIGNATURE_SCHEMA, SIGNATURE_NAME)
    return {key: str(document[key]) for key in ("algorithm", "public_key", "signature")}


def check_documents(root: Path, paths: Iterable[str]) -> list[str]:
    """Check every JSON document of an unpacked package; one problem line per bad document.

    Parameters
    ----------
    root
        The package's root folder.
    paths
        The package paths of its JSON documents.
    """
    problems: list[str] = []
    for name in paths:
        try:
            read_document(root / name, name)
        except PackageDocumentError as exc:
            problems.append(exc.message)
    return problems
