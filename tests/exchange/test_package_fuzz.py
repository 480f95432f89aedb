"""Package fuzz test: damaged manifests, signatures and documents are refused before indexing.

Every mutant starts from a real exported package. Mutants of a content document are signed
again with the sender's key, so only the document's own damage can refuse them: that is what
shows the documents are checked before anything is indexed. Every refusal must be a typed
error with a message naming the damaged document, leave the database's row counts unchanged
and leave no unpacked copy in the data directory.
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from package_rewrite import PackageRewriter

from casereview.domain.packages import (
    MANIFEST_NAME,
    SIGNATURE_NAME,
    PackageError,
    PackageRejected,
    TrustedKey,
    VerificationStatus,
)
from casereview.services.exchange import import_package, verify_package
from casereview.services.signing import SigningKey
from casereview.store.database import Database

#: Fixed seed: the same mutants on every run.
SEED = 15
#: The content documents a package of the demo case carries.
DOCUMENTS = (
    "documents/annotations.json",
    "documents/key-images.json",
    "documents/segments.json",
    "documents/decisions.json",
)
#: Tables whose row counts must not change when a package is refused.
TABLES = (
    "patients",
    "studies",
    "series",
    "instances",
    "cases",
    "annotations",
    "key_images",
    "segments",
    "received_opinions",
    "exchange_packages",
    "audit_events",
)

Mutation = Callable[[bytes, random.Random], bytes]


def _deep(depth: int) -> bytes:
    return b'{"a":' * depth + b"1" + b"}" * depth


def _first_list(document: object) -> list[object]:
    assert isinstance(document, dict)
    lists = [v for v in document.values() if isinstance(v, list) and v]
    assert lists, "the seed document must hold at least one item"
    return lists[0]


def _wrong_type(data: bytes, rng: random.Random) -> bytes:
    document = json.loads(data)
    items = _first_list(document)
    item = items[rng.randrange(len(items))]
    assert isinstance(item, dict)
    key = rng.choice(sorted(item))
    item[key] = [{"x": 1}] if isinstance(item[key], str) else "not a number"
    return json.dumps(document).encode()


def _missing_key(data: bytes, rng: random.Random) -> bytes:
    document = json.loads(data)
    items = _first_list(document)
    item = items[rng.randrange(len(items))]
    assert isinstance(item, dict)
    required = {"uuid", "uid", "kind", "segment_number", "status"}
    del item[rng.choice(sorted(required & set(item)))]
    return json.dumps(document).encode()


def _huge_string(data: bytes, rng: random.Random) -> bytes:
    document = json.loads(data)
    items = _first_list(document)
    item = items[rng.randrange(len(items))]
    assert isinstance(item, dict)
    texts = sorted(k for k, v in item.items() if isinstance(v, str))
    item[rng.choice(texts)] = "x" * 300_000
    return json.dumps(document).encode()


def _deeply_nested(data: bytes, rng: random.Random) -> bytes:
    return b'{"schema": "x", "items": ' + b"[" * 200_000 + b"]" * 200_000 + b"}"


def _nested_objects(data: bytes, rng: random.Random) -> bytes:
    return _deep(100_000)


def _invalid_json(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(1, len(data) - 1)]


def _wrong_encoding(data: bytes, rng: random.Random) -> bytes:
    return data.decode("utf-8").encode("utf-16")


def _not_an_object(data: bytes, rng: random.Random) -> bytes:
    return b'["a list", "not an object"]'


MUTATIONS: dict[str, Mutation] = {
    "wrong-type": _wrong_type,
    "missing-key": _missing_key,
    "huge-string": _huge_string,
    "deep-lists": _deeply_nested,
    "deep-objects": _nested_objects,
    "invalid-json": _invalid_json,
    "wrong-encoding": _wrong_encoding,
    "not-an-object": _not_an_object,
}


def _entries(package: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(package) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def _write(target: Path, entries: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return target


def _resigned(entries: dict[str, bytes], name: str, data: bytes, key: SigningKey) -> None:
    """Replace one file, list its new hash in the manifest and sign the manifest again."""
    entries[name] = data
    manifest = json.loads(entries[MANIFEST_NAME])
    for entry in manifest["files"]:
        if entry["path"] == name:
            entry["size"] = len(data)
            entry["sha256"] = hashlib.sha256(data).hexdigest()
    manifest_bytes = json.dumps(manifest, sort_keys=True, ensure_ascii=False, indent=1).encode()
    entries[MANIFEST_NAME] = manifest_bytes
    entries[SIGNATURE_NAME] = json.dumps(
        {
            "algorithm": "Ed25519",
            "public_key": key.public_key_b64,
            "signature": base64.b64encode(key.sign(manifest_bytes)).decode(),
        }
    ).encode()


def _mutants(sender, folder: Path) -> list[tuple[str, str, Path]]:
    """``(damaged document, mutation, package)`` for every document and mutation."""
    rng = random.Random(SEED)
    # The images come before every damaged entry: deflated once, not once per mutant.
    rewriter = PackageRewriter(sender.package, folder / "unchanged")
    original = rewriter.entries()
    assert set(DOCUMENTS) <= set(original)
    mutants = []
    manifest_mutations = {
        "wrong-type": lambda d, r: d.replace(b'"files": [', b'"files": "x", "old": ['),
        "missing-key": lambda d, r: d.replace(b'"package_id"', b'"package_ident"'),
        "huge-string": lambda d, r: d.replace(
            b'"institution": "', b'"institution": "' + b"x" * 300_000
        ),
        "deep-lists": _deeply_nested,
        "deep-objects": _nested_objects,
        "invalid-json": _invalid_json,
        "wrong-encoding": _wrong_encoding,
        "not-an-object": _not_an_object,
    }
    signature_mutations = {
        **MUTATIONS,
        "wrong-type": lambda d, r: d.replace(b'"signature": "', b'"signature": ["'),
        "missing-key": lambda d, r: d.replace(b'"public_key"', b'"key"'),
        "huge-string": lambda d, r: d.replace(b'"signature": "', b'"signature": "' + b"A" * 70_000),
    }
    for name, mutation in manifest_mutations.items():
        entries = dict(original)
        entries[MANIFEST_NAME] = mutation(entries[MANIFEST_NAME], rng)
        mutants.append(
            (MANIFEST_NAME, name, rewriter.write(folder / f"manifest-{name}.zip", entries))
        )
    for name, mutation in signature_mutations.items():
        entries = dict(original)
        entries[SIGNATURE_NAME] = mutation(entries[SIGNATURE_NAME], rng)
        mutants.append((SIGNATURE_NAME, name, rewriter.write(folder / f"sig-{name}.zip", entries)))
    for document in DOCUMENTS:
        for name, mutation in MUTATIONS.items():
            entries = dict(original)
            _resigned(entries, document, mutation(original[document], rng), sender.key)
            stem = Path(document).stem
            mutants.append((document, name, rewriter.write(folder / f"{stem}-{name}.zip", entries)))
    return mutants


def _leftovers(root: Path) -> list[Path]:
    """Files of a package left in the data directory (the database and lock files aside)."""
    return [
        p
        for p in root.rglob("*")
        if p.is_file() and not p.name.startswith("casereview.sqlite") and p.suffix != ".lock"
    ]


@pytest.mark.slow
def test_damaged_packages_are_refused_before_anything_is_indexed(
    sender, tmp_path: Path, receiver: tuple[Database, Path], site_dirs
) -> None:
    db, root = receiver
    trusted = [TrustedKey("Sending Hospital", sender.key.public_key_b64)]
    before = db.count_rows(TABLES)
    mutants = _mutants(sender, tmp_path)
    assert len(mutants) == 8 * (2 + len(DOCUMENTS))
    for document, mutation, package in mutants:
        label = f"{document} / {mutation}"
        result = verify_package(package, staging_dir=root / "verify", trusted=trusted)
        assert result.status is VerificationStatus.INVALID, label
        assert any(document in problem for problem in result.problems), (label, result.problems)
        with pytest.raises(PackageRejected) as refused:
            import_package(
                db, package, "tester", trusted=trusted, accept_untrusted=True, **site_dirs(root)
            )
        assert any(document in reason for reason in refused.value.reasons), label
        assert all("Traceback" not in reason for reason in refused.value.reasons), label
        assert db.count_rows(TABLES) == before, label
        assert _leftovers(root) == [], label
    # The untouched package still imports afterwards: the refusals changed nothing.
    report = import_package(db, sender.package, "tester", trusted=trusted, **site_dirs(root))
    assert report.images_imported > 0 and report.layers


def test_import_package_command_refuses_a_nested_manifest(sender, tmp_path: Path) -> None:
    entries = _entries(sender.package)
    entries[MANIFEST_NAME] = _deep(100_000)
    package = _write(tmp_path / "nested.zip", entries)
    data_dir = tmp_path / "site"
    completed = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from casereview.app.cli import main; sys.exit(main(sys.argv[1:]))",
            "--data-dir",
            str(data_dir),
            "import-package",
            str(package),
            "--accept-untrusted",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 3, completed.stderr
    assert "Traceback" not in completed.stderr and "RecursionError" not in completed.stderr
    assert "manifest.json is nested more than" in completed.stdout + completed.stderr
    assert (data_dir / "casereview.sqlite").exists()
    assert _leftovers(data_dir / "imports") == []


def test_a_retry_after_a_failed_import_completes_it_in_place(
    sender, receiver: tuple[Database, Path], site_dirs, monkeypatch: pytest.MonkeyPatch
) -> None:
    from casereview.services.exchange import layer_merge

    db, root = receiver
    trusted = [TrustedKey("Sending Hospital", sender.key.public_key_b64)]

    def broken(*args: object) -> None:
        raise RuntimeError("disk unplugged")

    monkeypatch.setattr(layer_merge, "_write_decisions", broken)
    with pytest.raises(PackageError):
        import_package(db, sender.package, "tester", trusted=trusted, **site_dirs(root))
    monkeypatch.undo()
    report = import_package(db, sender.package, "tester", trusted=trusted, **site_dirs(root))
    assert not report.already_imported and report.problems == []
    assert any("MDT opinions" in line for line in report.layers)
    counts = db.count_rows(("exchange_packages", "received_opinions"))
    assert counts == {"exchange_packages": 1, "received_opinions": 1}
    # One copy of the package in the data directory, not one per try.
    folders = (root / "imports" / "packages").iterdir()
    assert [p.name for p in folders if p.is_dir() and not p.name.startswith(".")] == [
        report.package_id
    ]
