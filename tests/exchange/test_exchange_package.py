"""Packages end to end: contents, verification, tampering, import, re-import, round trip."""

from __future__ import annotations

import json
import os
import shutil
import stat
import zipfile
from pathlib import Path

import numpy as np
import pydicom
import pytest
from package_rewrite import PackageRewriter
from sqlalchemy import func, select

from casereview.domain.packages import (
    MANIFEST_NAME,
    SIGNATURE_NAME,
    PackageNeedsConfirmation,
    PackageRejected,
    TrustedKey,
    VerificationStatus,
)
from casereview.services.exchange import (
    import_package,
    package_history,
    verify_package,
)
from casereview.services.signing import (
    PRIVATE_KEY_NAME,
    SECRET_NAME,
    load_or_create_signing_key,
)
from casereview.store import models
from casereview.store.models_packages import (
    ExchangePackage,
    ExchangePseudonym,
    ExchangeUidMapping,
)


def _entries(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


@pytest.fixture(scope="module")
def rewriter(sender, tmp_path_factory: pytest.TempPathFactory) -> PackageRewriter:
    """Altered copies of the sender's package (``rewrite(target, change)``: ``change(name,
    data)`` alters or drops entries); the unchanged images are deflated once per module."""
    return PackageRewriter(sender.package, tmp_path_factory.mktemp("unchanged-entries"))


def _trusted(sender) -> list[TrustedKey]:
    return [TrustedKey("Sending Hospital", sender.key.public_key_b64)]


def _instances(db) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(models.Instance)) or 0


def test_package_layout_manifest_and_key_files(sender) -> None:
    entries = _entries(sender.package)
    names = set(entries)
    assert {"DICOM/DICOMDIR", "README.TXT", "INDEX.HTM", MANIFEST_NAME, SIGNATURE_NAME} <= names
    manifest = json.loads(entries[MANIFEST_NAME])
    assert manifest["schema"] == "casereview-package/1"
    assert manifest["sender"]["institution"] == "Sending Hospital"
    listed = {f["path"]: f for f in manifest["files"]}
    assert names - listed.keys() == {MANIFEST_NAME, SIGNATURE_NAME}
    for name, entry in listed.items():
        assert entry["size"] == len(entries[name])
        import hashlib

        assert entry["sha256"] == hashlib.sha256(entries[name]).hexdigest()
    images = [n for n, f in listed.items() if f["kind"] == "dicom-image"]
    assert len(images) == sender.report.images > 0
    # Generated names only: the file-set's own PT/ST/SE/IM identifiers.
    for name in images:
        parts = name.split("/")
        assert parts[0] == "DICOM" and [p[:2] for p in parts[1:]] == ["PT", "ST", "SE", "IM"]
        assert all(len(p) == 8 and p[2:].isdigit() for p in parts[1:])
    # The DICOMDIR references every image.
    dicomdir = pydicom.dcmread(pydicom.filebase.DicomBytesIO(entries["DICOM/DICOMDIR"]))
    referenced = {
        "DICOM/" + "/".join(r.ReferencedFileID)
        for r in dicomdir.DirectoryRecordSequence
        if "ReferencedFileID" in r
    }
    assert referenced == set(images) | {
        n for n, f in listed.items() if f["kind"].startswith("dicom-") and f["kind"] != "dicomdir"
    }
    # The keys stay private to the sender.
    for name in (PRIVATE_KEY_NAME, SECRET_NAME):
        mode = stat.S_IMODE((sender.root / "keys" / name).stat().st_mode)
        assert mode == 0o600
    # The pseudonym mapping stays in the sender's database.
    with sender.db.reading() as session:
        row = session.scalars(select(ExchangePackage)).one()
        assert row.direction == "export" and row.case_id == sender.case_id
        pseudonym = session.scalars(select(ExchangePseudonym)).one()
        assert pseudonym.date_shift_days is not None and pseudonym.date_shift_days < 0
        mapped = session.scalar(select(func.count()).select_from(ExchangeUidMapping))
        assert mapped and mapped >= sender.report.images


def test_untouched_package_verifies_as_trusted_untrusted_or_own(sender, tmp_path: Path) -> None:
    trusted = verify_package(sender.package, staging_dir=tmp_path / "s", trusted=_trusted(sender))
    assert trusted.status is VerificationStatus.TRUSTED
    assert trusted.signer == "Sending Hospital"
    unknown = verify_package(sender.package, staging_dir=tmp_path / "s")
    assert unknown.status is VerificationStatus.UNTRUSTED
    assert unknown.key_fingerprint == sender.key.fingerprint
    assert "not in your trusted keys" in unknown.describe()
    own = verify_package(sender.package, staging_dir=tmp_path / "s", own_key=sender.key)
    assert own.status is VerificationStatus.TRUSTED
    # Verification leaves nothing behind in the staging folder.
    assert not any((tmp_path / "s").rglob("*.*"))


def _assert_rejected_and_nothing_imported(sender, package: Path, receiver, site_dirs) -> None:
    db, root = receiver
    result = verify_package(package, staging_dir=root / "verify", trusted=_trusted(sender))
    assert result.status is VerificationStatus.INVALID, result
    with pytest.raises(PackageRejected) as raised:
        import_package(
            db,
            package,
            "tester",
            trusted=_trusted(sender),
            accept_untrusted=True,
            **site_dirs(root),
        )
    assert raised.value.reasons
    assert _instances(db) == 0
    staged = root / "imports"
    assert not staged.exists() or not any(p.is_file() for p in staged.rglob("*"))
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(ExchangePackage)) == 0


@pytest.mark.parametrize("target", ["image", "dicomdir", "readme"])
def test_altered_file_is_detected(
    sender, rewriter, tmp_path: Path, receiver, site_dirs, target
) -> None:
    manifest = json.loads(_entries(sender.package)[MANIFEST_NAME])
    kind = {"image": "dicom-image", "dicomdir": "dicomdir", "readme": "readme"}[target]
    victim = next(f["path"] for f in manifest["files"] if f["kind"] == kind)
    tampered = tmp_path / "tampered.zip"

    def flip(name: str, data: bytes) -> bytes:
        if name != victim:
            return data
        position = len(data) // 2
        return data[:position] + bytes([data[position] ^ 0x01]) + data[position + 1 :]

    rewriter.rewrite(tampered, flip)
    _assert_rejected_and_nothing_imported(sender, tampered, receiver, site_dirs)
    result = verify_package(tampered, staging_dir=tmp_path / "v", trusted=_trusted(sender))
    assert any(victim in problem and "altered" in problem for problem in result.problems)


def test_altered_manifest_is_detected(
    sender, rewriter, tmp_path: Path, receiver, site_dirs
) -> None:
    tampered = tmp_path / "tampered.zip"

    def edit(name: str, data: bytes) -> bytes:
        if name != MANIFEST_NAME:
            return data
        return data.replace(b"Sending Hospital", b"Sending Hospitbl")

    rewriter.rewrite(tampered, edit)
    _assert_rejected_and_nothing_imported(sender, tampered, receiver, site_dirs)


@pytest.mark.slow
def test_every_byte_of_the_manifest_counts(sender, rewriter, tmp_path: Path) -> None:
    manifest = _entries(sender.package)[MANIFEST_NAME]
    for position in range(0, len(manifest), max(1, len(manifest) // 25)):
        tampered = tmp_path / f"m{position}.zip"

        def flip(name: str, data: bytes, position: int = position) -> bytes:
            if name != MANIFEST_NAME:
                return data
            return data[:position] + bytes([data[position] ^ 0x20]) + data[position + 1 :]

        rewriter.rewrite(tampered, flip)
        result = verify_package(tampered, staging_dir=tmp_path / "v", trusted=_trusted(sender))
        assert result.status is VerificationStatus.INVALID, position


def test_flipped_byte_in_the_archive_is_detected(
    sender, tmp_path: Path, receiver, site_dirs
) -> None:
    data = bytearray(sender.package.read_bytes())
    data[len(data) // 3] ^= 0xFF  # inside some entry's compressed data
    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(bytes(data))
    _assert_rejected_and_nothing_imported(sender, damaged, receiver, site_dirs)


def test_unlisted_file_is_detected(sender, tmp_path: Path, receiver, site_dirs) -> None:
    extended = tmp_path / "extended.zip"
    shutil.copy(sender.package, extended)
    with zipfile.ZipFile(extended, "a") as archive:
        archive.writestr("DICOM/PT000000/EXTRA", b"not part of the signed package")
    _assert_rejected_and_nothing_imported(sender, extended, receiver, site_dirs)


def test_removed_file_is_detected(sender, rewriter, tmp_path: Path, receiver, site_dirs) -> None:
    shortened = tmp_path / "shortened.zip"
    rewriter.rewrite(shortened, lambda n, d: None if n == "INDEX.HTM" else d)
    _assert_rejected_and_nothing_imported(sender, shortened, receiver, site_dirs)


def test_resigned_by_another_key_is_untrusted_and_not_imported_without_consent(
    sender, rewriter, tmp_path: Path, receiver, site_dirs
) -> None:
    """An attacker who alters a file and re-signs with their own key gains only "untrusted"."""
    import base64
    import hashlib

    attacker = load_or_create_signing_key(tmp_path / "attacker")
    entries = _entries(sender.package)
    manifest = json.loads(entries[MANIFEST_NAME])
    manifest["sender"]["key_fingerprint"] = attacker.fingerprint
    readme = entries["README.TXT"] + b"altered\r\n"
    for entry in manifest["files"]:
        if entry["path"] == "README.TXT":
            entry["size"], entry["sha256"] = len(readme), hashlib.sha256(readme).hexdigest()
    manifest_bytes = json.dumps(manifest, sort_keys=True, indent=1).encode()
    signature = json.dumps(
        {
            "algorithm": "Ed25519",
            "public_key": attacker.public_key_b64,
            "signature": base64.b64encode(attacker.sign(manifest_bytes)).decode(),
        }
    ).encode()
    forged = tmp_path / "forged.zip"
    replacements = {"README.TXT": readme, MANIFEST_NAME: manifest_bytes, SIGNATURE_NAME: signature}
    rewriter.rewrite(forged, lambda n, d: replacements.get(n, d))
    db, root = receiver
    result = verify_package(forged, staging_dir=root / "v", trusted=_trusted(sender))
    assert result.status is VerificationStatus.UNTRUSTED
    with pytest.raises(PackageNeedsConfirmation):
        import_package(db, forged, "tester", trusted=_trusted(sender), **site_dirs(root))
    assert _instances(db) == 0
    assert not any(p.is_file() for p in (root / "imports").rglob("*"))


def test_unsigned_package_needs_consent(
    sender, rewriter, tmp_path: Path, receiver, site_dirs
) -> None:
    unsigned = tmp_path / "unsigned.zip"
    rewriter.rewrite(unsigned, lambda n, d: None if n == SIGNATURE_NAME else d)
    db, root = receiver
    assert verify_package(unsigned, staging_dir=root / "v").status is VerificationStatus.UNSIGNED
    with pytest.raises(PackageNeedsConfirmation):
        import_package(db, unsigned, "tester", **site_dirs(root))
    assert _instances(db) == 0
    report = import_package(db, unsigned, "tester", accept_untrusted=True, **site_dirs(root))
    assert report.verification.status is VerificationStatus.UNSIGNED
    assert report.images_imported == sender.report.images + sender.report.objects


def test_round_trip_and_reimport_is_a_no_op(sender, receiver, site_dirs) -> None:
    db, root = receiver
    report = import_package(
        db, sender.package, "tester", trusted=_trusted(sender), **site_dirs(root)
    )
    assert report.verification.status is VerificationStatus.TRUSTED
    assert report.images_imported == sender.report.images + sender.report.objects
    assert not report.problems
    history = package_history(db)
    assert [(h.direction, h.verification) for h in history] == [("import", "trusted")]

    again = import_package(
        db, sender.package, "tester", trusted=_trusted(sender), **site_dirs(root)
    )
    assert again.already_imported
    assert _instances(db) == sender.report.images + sender.report.objects
    assert len(package_history(db)) == 1

    # Same pixels, same geometry, de-identified headers: compare every received image with the
    # sender's original through the sender's UID mapping.
    with sender.db.reading() as session:
        mapping = {
            m.replacement_uid: m.original_uid for m in session.scalars(select(ExchangeUidMapping))
        }
        originals = {
            i.sop_instance_uid: i.file_path for i in session.scalars(select(models.Instance))
        }
        pseudonym = session.scalars(select(ExchangePseudonym)).one().pseudonym
        original_patient_id = session.scalars(select(models.Patient)).one().patient_id
    with db.reading() as session:
        received = [
            (i.sop_instance_uid, i.file_path) for i in session.scalars(select(models.Instance))
        ]
        patients = [
            (p.patient_id, p.patient_name, p.birth_date)
            for p in session.scalars(select(models.Patient))
        ]
    assert patients == [(pseudonym, f"CASE^{pseudonym}", "")]
    compared = 0
    for sop, path in received:
        if mapping[sop] not in originals:
            continue  # the key object selection was made for the package
        original = pydicom.dcmread(originals[mapping[sop]])
        copy = pydicom.dcmread(path)
        assert copy.PatientIdentityRemoved == "YES"
        assert str(copy.PatientName) != str(original.PatientName)
        assert copy.PatientID != original_patient_id
        assert copy.file_meta.TransferSyntaxUID == original.file_meta.TransferSyntaxUID
        assert copy.preamble == b"\0" * 128
        if "PixelData" in original:
            assert copy.PixelData == original.PixelData
            np.testing.assert_array_equal(copy.pixel_array, original.pixel_array)
        if "ImagePositionPatient" in original:
            np.testing.assert_allclose(
                [float(v) for v in copy.ImagePositionPatient],
                [float(v) for v in original.ImagePositionPatient],
                atol=0.01,
            )
            np.testing.assert_allclose(
                [float(v) for v in copy.ImageOrientationPatient],
                [float(v) for v in original.ImageOrientationPatient],
                atol=1e-6,
            )
            assert mapping[copy.FrameOfReferenceUID] == original.FrameOfReferenceUID
        compared += 1
    assert compared == sender.report.images


def test_dates_shift_consistently_and_intervals_stay_exact(sender) -> None:
    import datetime as dt

    with sender.db.reading() as session:
        mapping = {
            m.replacement_uid: m.original_uid for m in session.scalars(select(ExchangeUidMapping))
        }
        originals = {
            i.sop_instance_uid: i.file_path for i in session.scalars(select(models.Instance))
        }
        shift = session.scalars(select(ExchangePseudonym)).one().date_shift_days
    entries = _entries(sender.package)
    manifest = json.loads(entries[MANIFEST_NAME])
    seen = 0
    for f in manifest["files"]:
        if f["kind"] != "dicom-image":
            continue
        copy = pydicom.dcmread(pydicom.filebase.DicomBytesIO(entries[f["path"]]))
        original = pydicom.dcmread(originals[mapping[copy.SOPInstanceUID]], stop_before_pixels=True)
        for keyword in ("StudyDate", "SeriesDate", "ContentDate", "AcquisitionDate"):
            if original.get(keyword):
                before = dt.datetime.strptime(original.get(keyword), "%Y%m%d").date()
                after = dt.datetime.strptime(copy.get(keyword), "%Y%m%d").date()
                assert (after - before).days == shift
                seen += 1
        for keyword in ("StudyTime", "ContentTime"):
            if original.get(keyword):
                assert copy.get(keyword) == original.get(keyword)
    assert seen


def test_nothing_outside_the_staging_folder_on_reject(
    sender, tmp_path: Path, receiver, site_dirs
) -> None:
    db, root = receiver
    before = {p for p in root.rglob("*")}
    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(evil, "w") as archive:
        for name, data in _entries(sender.package).items():
            archive.writestr(name, data)
        archive.writestr("../escaped.txt", b"x")
    with pytest.raises(PackageRejected):
        import_package(db, evil, "tester", accept_untrusted=True, **site_dirs(root))
    after = {p for p in root.rglob("*") if p.is_file()}
    assert not (root / "escaped.txt").exists() and not (root.parent / "escaped.txt").exists()
    assert {p for p in after if "imports" not in p.parts} <= before
    assert os.listdir(root / "imports" / "packages") == []


def test_logs_of_export_and_import_hold_no_identity(
    sender, receiver, site_dirs, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    import logging

    from casereview.domain.packages import DeidOptions
    from casereview.services.exchange import export_case

    caplog.set_level(logging.DEBUG, logger="casereview")
    package = tmp_path / "logged.zip"
    export_case(
        sender.db,
        sender.case_id,
        package,
        "tester",
        options=DeidOptions(),
        signing_key=sender.key,
        secret=sender.secret,
        institution="Sending Hospital",
    )
    db, root = receiver
    import_package(db, package, "tester", trusted=_trusted(sender), **site_dirs(root))
    with sender.db.reading() as session:
        patient = session.scalars(select(models.Patient)).one()
        secrets = [patient.patient_id, patient.birth_date, *str(patient.patient_name).split("^")]
    text = caplog.text
    assert "exported" in text and "imported" in text
    for secret in secrets:
        if len(secret) >= 3:
            assert secret not in text


def _run_python(code: str) -> str:
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    return done.stdout.strip()


def test_importing_the_exchange_registers_nothing() -> None:
    """Providers come from the composition root only, never from importing a module."""
    printed = _run_python(
        "import casereview.services.exchange.export, casereview.services.exchange.importing, "
        "casereview.services.exchange.builtin_providers, "
        "casereview.services.exchange.layer_merge\n"
        "from casereview.services.exchange.providers import content_providers, layer_importers\n"
        "print(len(content_providers()), len(layer_importers()))"
    )
    assert printed == "0 0"


def test_start_up_registration_is_idempotent_and_light() -> None:
    """Registered twice, each provider is there once; registering loads no pydicom or NumPy
    (it runs at every start of the command line)."""
    printed = _run_python(
        "import sys\n"
        "from casereview.app.exchange_setup import register_exchange_providers\n"
        "register_exchange_providers()\n"
        "register_exchange_providers()\n"
        "from casereview.services.exchange.providers import content_providers, layer_importers\n"
        "print(','.join(p.name for p in content_providers()), len(layer_importers()),\n"
        "      'pydicom' in sys.modules, 'numpy' in sys.modules)"
    )
    assert printed == (
        "key-images,annotations,decisions,segments,case,resectability assessment,liver plan 3 "
        "False False"
    )
