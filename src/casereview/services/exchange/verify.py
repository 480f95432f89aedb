"""Checking a received package: archive safety, manifest, hashes, unlisted files, signature.

The archive is unpacked into its own staging folder with the hostile-archive rules of
:mod:`casereview.dicom.zip_staging` (any refused entry refuses the package), then the
manifest, every hash, unlisted files and the signature are checked.
"""

from __future__ import annotations

import base64
import hashlib
import os
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from casereview.dicom.zip_staging import ZipLimits, stage_archive
from casereview.domain.package_documents import PackageDocumentError
from casereview.domain.packages import (
    MANIFEST_NAME,
    MAX_MANIFEST_BYTES,
    SIGNATURE_NAME,
    Manifest,
    PackageError,
    TrustedKey,
    VerificationResult,
    VerificationStatus,
)
from casereview.domain.progress import CancelToken
from casereview.errors import NotFoundError, ValidationError
from casereview.messages import Message
from casereview.services.exchange.schemas import (
    MAX_SIGNATURE_BYTES,
    check_documents,
    read_at_most,
    read_signature,
)
from casereview.services.signing import (
    SigningKey,
    decode_public_key,
    fingerprint,
    trusted_institution,
    verify_signature,
)

#: Zip limits for received packages: stricter than for CDs (a package holds one case).
PACKAGE_ZIP_LIMITS = ZipLimits(
    max_entries=50_000,
    max_total_bytes=16 * 1024**3,
    max_entry_bytes=2 * 1024**3,
    max_ratio=200.0,
    max_depth=1,
)

#: Bytes read at a time when hashing.
_HASH_CHUNK = 1 << 20


@dataclass(slots=True)
class StagedPackage:
    """A package unpacked for checking.

    Attributes
    ----------
    result
        How it verified.
    folder
        The staging folder (the caller removes it or moves it into place), if one was made.
    files
        The package's root inside ``folder``.
    """

    result: VerificationResult
    folder: Path | None
    files: Path | None


def stage_and_verify(
    archive: Path,
    staging_dir: Path,
    trusted: Sequence[TrustedKey],
    own_key: SigningKey | None,
    limits: ZipLimits,
    cancel: CancelToken | None,
) -> StagedPackage:
    """Unpack ``archive`` below ``staging_dir`` and check it; the caller owns the folder.

    Raises
    ------
    NotFoundError
        If the file does not exist.
    """
    if not archive.is_file():
        raise NotFoundError(Message("There is no package file at {archive}.", archive=str(archive)))
    staged = stage_archive(archive, staging_dir=staging_dir, limits=limits, cancel=cancel)
    problems = [f"{p.path}: {p.reason}" for p in staged.problems]
    if staged.root is None:
        return StagedPackage(
            VerificationResult(VerificationStatus.INVALID, problems=problems or ["empty archive"]),
            None,
            None,
        )
    root = staged.root / "files"
    if problems or (staged.root / "nested").exists():
        problems.append("the package contains entries a casereview package never has")
        return StagedPackage(
            VerificationResult(VerificationStatus.INVALID, problems=problems), staged.root, root
        )
    try:
        result = verify_folder(root, trusted, own_key, cancel)
    except BaseException:
        # A cancel or a failure while checking leaves no unpacked copy behind.
        shutil.rmtree(staged.root, ignore_errors=True)
        raise
    return StagedPackage(result, staged.root, root)


def verify_folder(
    root: Path,
    trusted: Sequence[TrustedKey],
    own_key: SigningKey | None,
    cancel: CancelToken | None,
) -> VerificationResult:
    """Check an unpacked package: manifest, every file's size and hash, extra files, signature."""
    problems: list[str] = []
    manifest_path = root / MANIFEST_NAME
    if not manifest_path.is_file():
        return VerificationResult(
            VerificationStatus.INVALID, problems=["manifest.json is missing: not a case package"]
        )
    manifest_bytes = read_at_most(manifest_path, MAX_MANIFEST_BYTES)
    try:
        manifest = Manifest.from_json(manifest_bytes)
    except ValidationError as exc:
        return VerificationResult(VerificationStatus.INVALID, problems=[exc.message])
    listed = {f.path for f in manifest.files}
    if len(listed) != len(manifest.files) or listed & {MANIFEST_NAME, SIGNATURE_NAME}:
        problems.append("the manifest lists a file twice")
    present: set[str] = set()
    for folder, _dirs, names in os.walk(root):
        for name in names:
            present.add(Path(folder, name).relative_to(root).as_posix())
    for extra in sorted(present - listed - {MANIFEST_NAME, SIGNATURE_NAME}):
        problems.append(f"{extra}: not listed in the manifest (added after signing)")
    altered: set[str] = set()
    for entry in manifest.files:
        if cancel is not None:
            cancel.raise_if_cancelled()
        path = root / entry.path
        if entry.path not in present:
            problems.append(f"{entry.path}: listed in the manifest but missing")
            continue
        digest, size = hash_file(path)
        if size != entry.size or digest != entry.sha256:
            altered.add(entry.path)
            problems.append(f"{entry.path}: altered (its SHA-256 does not match the manifest)")
    # Every JSON document is checked against its schema before anything is indexed; altered
    # ones were reported above and are not read.
    problems.extend(
        check_documents(
            root,
            [
                f.path
                for f in manifest.files
                if (f.kind == "document" or f.path.endswith(".json"))
                and f.path in present
                and f.path not in altered
            ],
        )
    )
    signature_path = root / SIGNATURE_NAME
    signer, key_fp = "", ""
    status = VerificationStatus.UNSIGNED
    if signature_path.is_file():
        try:
            signature = read_signature(read_at_most(signature_path, MAX_SIGNATURE_BYTES))
            public_key = decode_public_key(signature["public_key"])
            raw_signature = base64.b64decode(signature["signature"], validate=True)
        except PackageDocumentError as exc:
            problems.append(exc.message)
        except (ValueError, PackageError):
            problems.append(
                Message("manifest.sig is damaged: its key or signature is not valid base64.")
            )
        else:
            key_fp = fingerprint(public_key)
            if not verify_signature(public_key, raw_signature, manifest_bytes):
                problems.append("the signature does not match the manifest (altered after signing)")
            elif manifest.key_fingerprint and manifest.key_fingerprint != key_fp:
                problems.append(
                    "the manifest names another signing key than the one that signed it"
                )
            else:
                signer = trusted_institution(public_key, trusted, own_key)
                status = VerificationStatus.TRUSTED if signer else VerificationStatus.UNTRUSTED
    if problems:
        return VerificationResult(
            VerificationStatus.INVALID, manifest=manifest, key_fingerprint=key_fp, problems=problems
        )
    return VerificationResult(status, manifest=manifest, signer=signer, key_fingerprint=key_fp)


def hash_file(path: Path) -> tuple[str, int]:
    """SHA-256 (hex) and size of a file, read in chunks."""
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(_HASH_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def verify_package(
    archive: Path,
    *,
    staging_dir: Path,
    trusted: Sequence[TrustedKey] = (),
    own_key: SigningKey | None = None,
    limits: ZipLimits = PACKAGE_ZIP_LIMITS,
    cancel: CancelToken | None = None,
) -> VerificationResult:
    """Check a package without importing it: archive safety, hashes, unlisted files, signature.

    Parameters
    ----------
    archive
        The package file.
    staging_dir
        Where it is unpacked for checking (removed afterwards).
    trusted, own_key
        Partner keys from the settings and this institution's key.
    limits
        Hostile-archive limits.
    cancel
        Cancellation.

    Returns
    -------
    VerificationResult
        Trusted, untrusted, unsigned or invalid (with the problems found).

    Raises
    ------
    NotFoundError
        If the file does not exist.
    """
    staged = stage_and_verify(Path(archive), staging_dir, trusted, own_key, limits, cancel)
    if staged.folder is not None:
        shutil.rmtree(staged.folder, ignore_errors=True)
    return staged.result
