"""Case packages: de-identification options, manifests and verification results.

A case package is a zip archive sent to another institution: de-identified images in a DICOMDIR
file-set, DICOM objects for annotations and decisions, documents for a reader without
casereview, a manifest of every file with its SHA-256, and an Ed25519 signature over the
manifest. This module holds the plain data; ``dicom.deid`` applies the options and
``services.exchange`` builds, verifies and imports packages.
"""

from __future__ import annotations

import enum
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from typing import Any

from casereview.domain.package_documents import (
    AnyObject,
    Integer,
    ListOf,
    Record,
    Text,
    check,
    parse_document,
)
from casereview.errors import CasereviewError, ValidationError
from casereview.messages import Message

#: Identifier of the manifest format; a reader refuses other schemas.
MANIFEST_SCHEMA = "casereview-package/1"
#: Names of the package's bookkeeping files at the top of the archive.
MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.sig"
#: Largest manifest a reader parses (a manifest of 100,000 files is ~15 MB).
MAX_MANIFEST_BYTES = 64 * 1024 * 1024
#: Most files a manifest may list (the archive limits allow 50,000 entries).
MAX_MANIFEST_FILES = 100_000


class PackageError(CasereviewError):
    """A package cannot be written, read or imported."""

    title = Message("Case package problem")


class PackageRejected(PackageError):
    """A package failed verification (tampered, damaged or crafted); nothing was imported."""

    title = Message("Package rejected")

    def __init__(self, message: Message, reasons: Iterable[str] = ()) -> None:
        super().__init__(message)
        self.reasons = tuple(reasons)


class PackageNeedsConfirmation(PackageError):
    """The package is intact but its sender is not trusted (or it is unsigned)."""

    title = Message("Package from an unknown sender")


@dataclass(frozen=True, slots=True)
class DeidOptions:
    """The options of the DICOM PS3.15 Annex E Basic Application Level Confidentiality Profile.

    The five options the issue asks for are on by default; the three ``retain_*`` identity
    options and Retain Safe Private are off (they keep more).

    Attributes
    ----------
    clean_descriptors
        Keep descriptions and comments after removing every word that is not in the safe
        clinical vocabulary (``resources/deid/safe_words.txt``); off: remove them.
    clean_structured_content
        Keep SR content, Acquisition Context and Specimen Preparation items, cleaned the same
        way (names removed, dates shifted, text cleaned); off: remove or blank them.
    clean_graphics
        Keep graphic annotations with their text cleaned; overlay bitmaps and curves cannot be
        cleaned automatically and are always removed.
    retain_modified_dates
        Shift every date by the same number of days per patient (intervals stay exact);
        off: remove dates and times.
    retain_patient_characteristics
        Keep age, sex, size, weight, ethnic group, smoking and pregnancy status.
    retain_device_identity
        Keep station names, serial numbers and device identifiers.
    retain_institution_identity
        Keep institution names, addresses and departments.
    retain_uids
        Keep the original UIDs (otherwise every UID is replaced consistently).
    retain_safe_private
        Keep the private attributes listed as safe in ``resources/deid/safe_private.csv``.
    """

    clean_descriptors: bool = True
    clean_structured_content: bool = True
    clean_graphics: bool = True
    retain_modified_dates: bool = True
    retain_patient_characteristics: bool = True
    retain_device_identity: bool = False
    retain_institution_identity: bool = False
    retain_uids: bool = False
    retain_safe_private: bool = False

    def method_codes(self) -> list[tuple[str, str]]:
        """CID 7050 codes (DCM value, meaning) of the profile and the options in use."""
        codes = [("113100", "Basic Application Confidentiality Profile")]
        chosen = [
            (self.clean_graphics, "113103", "Clean Graphics Option"),
            (self.clean_structured_content, "113104", "Clean Structured Content Option"),
            (self.clean_descriptors, "113105", "Clean Descriptors Option"),
            (
                self.retain_modified_dates,
                "113107",
                "Retain Longitudinal Temporal Information Modified Dates Option",
            ),
            (
                self.retain_patient_characteristics,
                "113108",
                "Retain Patient Characteristics Option",
            ),
            (self.retain_device_identity, "113109", "Retain Device Identity Option"),
            (self.retain_uids, "113110", "Retain UIDs Option"),
            (self.retain_safe_private, "113111", "Retain Safe Private Option"),
            (self.retain_institution_identity, "113112", "Retain Institution Identity Option"),
        ]
        codes.extend((value, meaning) for on, value, meaning in chosen if on)
        return codes

    def to_dict(self) -> dict[str, bool]:
        """Return a JSON-ready mapping of option name to on/off."""
        return {f.name: bool(getattr(self, f.name)) for f in fields(self)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DeidOptions:
        """Build options from a mapping, ignoring unknown keys.

        Raises
        ------
        ValidationError
            If a value is not a boolean.
        """
        known = {f.name for f in fields(cls)}
        values: dict[str, bool] = {}
        for key, value in data.items():
            if key not in known:
                continue
            if not isinstance(value, bool):
                raise ValidationError(
                    Message("The de-identification option '{key}' must be on or off.", key=key)
                )
            values[key] = value
        return cls(**values)


class Action(enum.StrEnum):
    """What happens to one attribute (the PS3.15 action codes, as applied)."""

    REMOVE = "X"
    EMPTY = "Z"
    DUMMY = "D"
    KEEP = "K"
    CLEAN = "C"
    REPLACE_UID = "U"


class ChangeCategory(enum.StrEnum):
    """Groups in which the export preview shows what will change."""

    PATIENT = "patient identity"
    DATES = "dates and times"
    PEOPLE = "people and organisations"
    DEVICE = "device identity"
    DESCRIPTIONS = "descriptions and comments"
    STRUCTURED = "structured content"
    GRAPHICS = "graphics and overlays"
    UIDS = "unique identifiers (UIDs)"
    PRIVATE = "private attributes"
    OTHER = "other attributes"


@dataclass(frozen=True, slots=True)
class AttributeChange:
    """One attribute as the preview lists it (never with its value: values can be PHI)."""

    category: ChangeCategory
    name: str
    action: Action
    files: int


class HoldBackReason(enum.StrEnum):
    """Why an image is held back for the user to check before it may leave."""

    SECONDARY_CAPTURE = "secondary capture (often a screenshot with burned-in text)"
    ULTRASOUND = "ultrasound (usually carries burned-in patient text)"
    CAMERA = "endoscopy, photograph or fluoroscopy (usually carries burned-in patient text)"
    SCREENSHOT = "screenshot or derived picture"
    BURNED_IN = "marked as carrying burned-in annotation"
    DOCUMENT = "document object that cannot be cleaned automatically"
    UNREADABLE = "could not be read"


@dataclass(frozen=True, slots=True)
class HeldBackFile:
    """An image that is not exported unless the user confirms it carries no identity."""

    sop_instance_uid: str
    series_description: str
    modality: str
    instance_number: int | None
    reason: HoldBackReason


@dataclass(frozen=True, slots=True)
class RedactionRegion:
    """A rectangle of burned-in text to black out, in pixels of the image (every frame).

    Attributes
    ----------
    x, y
        Column and row of the top left pixel (0-based).
    width, height
        Size in pixels (at least 1).

    Raises
    ------
    ValidationError
        If the rectangle is empty or starts before the image.
    """

    x: int
    y: int
    width: int
    height: int

    def __post_init__(self) -> None:
        values = (self.x, self.y, self.width, self.height)
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            raise ValidationError(Message("A region to clean needs whole pixel numbers."))
        if self.x < 0 or self.y < 0:
            raise ValidationError(
                Message(
                    (
                        "A region to clean starts outside the image (x={x}, y={y}); x and y "
                        "count from 0 at the top left."
                    ),
                    x=self.x,
                    y=self.y,
                )
            )
        if self.width < 1 or self.height < 1:
            raise ValidationError(
                Message("A region to clean must be at least one pixel wide and high.")
            )

    @classmethod
    def parse(cls, text: str) -> RedactionRegion:
        """Read ``x,y,w,h`` (as typed on the command line).

        Raises
        ------
        ValidationError
            If it is not four whole numbers or not a valid rectangle.
        """
        parts = [p.strip() for p in text.split(",")]
        try:
            x, y, width, height = (int(p) for p in parts)
        except ValueError as exc:
            raise ValidationError(
                Message(
                    "A region to clean is written x,y,width,height in pixels, not '{text}'.",
                    text=text,
                )
            ) from exc
        return cls(x, y, width, height)


#: Regions to clean per SOP Instance UID (of the image as stored here, before export).
Redactions = Mapping[str, Sequence[RedactionRegion]]


@dataclass(frozen=True, slots=True)
class TextChange:
    """One free-text field of a package that the identity scrubber changed or flagged.

    Attributes
    ----------
    field
        Where the text is, for a clinician ("Decision 1 of 2026-11-03 — rationale"); shown
        only locally, so it may name the item.
    original
        The text as written here (PHI: shown only in the local preview).
    as_sent
        The text as the package will carry it, with placeholders ("[patient]").
    unsure
        Spans of ``original`` the user should confirm (a lone one-character CJK name part, a
        number shaped like an identifier that is not the patient's).
    """

    field: str
    original: str
    as_sent: str
    unsure: tuple[str, ...] = ()


@dataclass(slots=True)
class ExportPreview:
    """What an export will do, shown before anything is written.

    Attributes
    ----------
    files
        Files that will be exported.
    changes
        Attributes that will be removed, emptied, replaced, cleaned or shifted, by category.
    held_back
        Images held back for review (excluded unless confirmed).
    date_shift_days
        Days every date is moved by (negative: earlier), or ``None`` when dates are removed.
    pseudonym
        The patient's name and ID in the package.
    text_changes
        Every free-text field the package will carry that the identity scrubber changed or
        flagged, as it will be sent.
    """

    files: int
    changes: list[AttributeChange]
    held_back: list[HeldBackFile]
    date_shift_days: int | None
    pseudonym: str
    text_changes: list[TextChange] = field(default_factory=list)

    def by_category(self) -> dict[ChangeCategory, list[AttributeChange]]:
        """Changes grouped by category, in the order of :class:`ChangeCategory`."""
        grouped: dict[ChangeCategory, list[AttributeChange]] = {c: [] for c in ChangeCategory}
        for change in self.changes:
            grouped[change.category].append(change)
        return {k: sorted(v, key=lambda c: c.name) for k, v in grouped.items() if v}


class VerificationStatus(enum.StrEnum):
    """How far a package can be trusted."""

    TRUSTED = "trusted"
    UNTRUSTED = "untrusted"
    UNSIGNED = "unsigned"
    INVALID = "invalid"


@dataclass(frozen=True, slots=True)
class ManifestFile:
    """One file of a package."""

    path: str
    size: int
    sha256: str
    kind: str

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "size": self.size, "sha256": self.sha256, "kind": self.kind}


_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


@dataclass(frozen=True, slots=True)
class Manifest:
    """The signed list of a package's files and its provenance.

    Raises
    ------
    ValidationError
        From :meth:`from_json` if the document is not a valid manifest.
    """

    package_id: str
    created: str
    institution: str
    key_fingerprint: str
    files: tuple[ManifestFile, ...]
    deidentification: Mapping[str, Any] = field(default_factory=dict)
    content: Mapping[str, Any] = field(default_factory=dict)
    schema: str = MANIFEST_SCHEMA

    def to_json(self) -> bytes:
        """Canonical bytes (sorted keys, UTF-8): exactly what the signature covers."""
        document = {
            "schema": self.schema,
            "package_id": self.package_id,
            "created": self.created,
            "sender": {"institution": self.institution, "key_fingerprint": self.key_fingerprint},
            "deidentification": dict(self.deidentification),
            "content": dict(self.content),
            "files": [f.to_dict() for f in self.files],
        }
        return json.dumps(document, sort_keys=True, ensure_ascii=False, indent=1).encode("utf-8")

    @classmethod
    def from_json(cls, data: bytes) -> Manifest:
        """Parse and validate a manifest (size, nesting, then :data:`MANIFEST_SCHEMA_CHECK`).

        Raises
        ------
        PackageDocumentError
            If it is too large, too deep, not JSON or not a manifest; the message names the
            place that is wrong.
        ValidationError
            If it was written in another package format.
        """
        document = parse_document(data, MANIFEST_NAME, max_bytes=MAX_MANIFEST_BYTES)
        check(document, AnyObject(), MANIFEST_NAME)
        if document.get("schema") != MANIFEST_SCHEMA:
            raise ValidationError(
                Message(
                    "The package's manifest.json was written in a format this casereview does "
                    "not read; update casereview."
                )
            )
        check(document, MANIFEST_SCHEMA_CHECK, MANIFEST_NAME)
        sender = document["sender"]
        return cls(
            package_id=document["package_id"],
            created=document["created"],
            institution=sender["institution"],
            key_fingerprint=sender.get("key_fingerprint", ""),
            files=tuple(
                ManifestFile(f["path"], f["size"], f["sha256"], f.get("kind", ""))
                for f in document["files"]
            ),
            deidentification=dict(document.get("deidentification", {})),
            content=dict(document.get("content", {})),
        )


#: What a manifest holds (other keys are ignored).
MANIFEST_SCHEMA_CHECK = Record(
    required={
        "package_id": Text(36, pattern=_UUID),
        "created": Text(64),
        "sender": Record(
            required={"institution": Text(256)}, optional={"key_fingerprint": Text(128)}
        ),
        "files": ListOf(
            Record(
                required={
                    "path": Text(1024),
                    "size": Integer(),
                    "sha256": Text(64, pattern=_SHA256),
                },
                optional={"kind": Text(64)},
            ),
            max_items=MAX_MANIFEST_FILES,
        ),
    },
    optional={"deidentification": AnyObject(), "content": AnyObject()},
)


@dataclass(frozen=True, slots=True)
class TrustedKey:
    """A partner institution's public signing key, as kept in the settings.

    Attributes
    ----------
    institution
        The name shown for packages signed with this key.
    public_key
        The raw 32-byte Ed25519 public key, base64-encoded.
    """

    institution: str
    public_key: str

    def to_dict(self) -> dict[str, str]:
        return {"institution": self.institution, "public_key": self.public_key}


@dataclass(slots=True)
class VerificationResult:
    """Outcome of checking a package before anything of it is imported.

    Attributes
    ----------
    status
        Trusted, untrusted (valid signature, unknown key), unsigned or invalid.
    manifest
        The manifest, when it could be read.
    signer
        The trusted institution whose key signed the package, if any.
    key_fingerprint
        Fingerprint of the signing key (what a user compares by phone with the sender).
    problems
        Everything wrong: hostile archive entries, missing, altered or unlisted files, a bad
        signature. Empty unless ``status`` is invalid.
    """

    status: VerificationStatus
    manifest: Manifest | None = None
    signer: str = ""
    key_fingerprint: str = ""
    problems: list[str] = field(default_factory=list)

    @property
    def intact(self) -> bool:
        """Whether every file is present, listed and unaltered (trust aside)."""
        return self.status is not VerificationStatus.INVALID

    def describe(self) -> Message:
        """One sentence for the user."""
        if self.status is VerificationStatus.TRUSTED:
            return Message(
                "Verified: signed by {signer}; every file is intact.", signer=self.signer
            )
        if self.status is VerificationStatus.UNTRUSTED:
            if self.manifest is None:
                return Message(
                    "Intact, but signed by a key that is not in your trusted keys (claims to come "
                    "from an unknown sender; key {key}). Compare the key with the sender before "
                    "importing.",
                    key=self.key_fingerprint,
                )
            return Message(
                "Intact, but signed by a key that is not in your trusted keys (claims to come "
                "from {sender}; key {key}). Compare the key with the sender before importing.",
                sender=self.manifest.institution,
                key=self.key_fingerprint,
            )
        if self.status is VerificationStatus.UNSIGNED:
            return Message(
                "Intact, but not signed: nothing proves who sent it. Import only if you know "
                "where it came from."
            )
        return Message(
            "Rejected: the package was altered, damaged or crafted; nothing was imported."
        )


@dataclass(slots=True)
class ExportReport:
    """What an export wrote: images, other DICOM objects (SR, SEG, KOS, PDF), JSON documents."""

    path: str
    package_id: str
    files: int
    images: int
    objects: int
    documents: int
    held_back: list[HeldBackFile]
    bytes_written: int
    #: Package paths of the images whose burned-in text was cleaned before export.
    cleaned: list[str] = field(default_factory=list)


@dataclass(slots=True)
class PackageImportReport:
    """What importing a package did (``images_imported`` counts every DICOM object indexed)."""

    package_id: str
    verification: VerificationResult
    already_imported: bool = False
    images_imported: int = 0
    images_unchanged: int = 0
    documents: int = 0
    layers: list[str] = field(default_factory=list)
    not_merged: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
