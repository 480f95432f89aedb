"""casereview-cli export / verify-package / import-package / keys, as a user runs them."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from casereview.app.cli import main


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict]:
    code = main(["--json", *argv])
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip() else {}


@pytest.fixture(scope="module")
def two_sites(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("cli")
    sender, receiver = root / "sender", root / "receiver"
    assert main(["--data-dir", str(sender), "demo", "--small", "--out", str(root / "demo")]) == 0
    return sender, receiver


def test_export_verify_import_from_the_command_line(two_sites, tmp_path: Path, capsys) -> None:
    sender, receiver = two_sites
    code, preview = _run(capsys, "--data-dir", str(sender), "export", "1", "--preview")
    assert code == 0 and preview["files"] > 0
    attributes = {(c["category"], c["attribute"]) for c in preview["changes"]}
    assert ("patient identity", "Patient's Name") in attributes
    assert preview["date_shift_days"] < 0

    package = tmp_path / "case.zip"
    code, exported = _run(capsys, "--data-dir", str(sender), "export", "#1", "--out", str(package))
    assert code == 0 and exported["images"] == preview["files"]
    assert zipfile.is_zipfile(package)

    # Unknown sender: verify exits 3 and import needs consent.
    code, verified = _run(capsys, "--data-dir", str(receiver), "verify-package", str(package))
    assert code == 3 and verified["status"] == "untrusted"
    code = main(["--data-dir", str(receiver), "import-package", str(package)])
    assert code == 1
    assert "not in your trusted keys" in capsys.readouterr().err

    # Exchange keys, then it verifies as trusted and imports once.
    code, keys = _run(capsys, "--data-dir", str(sender), "keys")
    assert code == 0 and keys["key_fingerprint"] == exported["key_fingerprint"]
    code, trusted = _run(
        capsys,
        "--data-dir",
        str(receiver),
        "keys",
        "--trust",
        "Sending Hospital",
        keys["public_key"],
    )
    assert code == 0
    code, verified = _run(capsys, "--data-dir", str(receiver), "verify-package", str(package))
    assert (
        code == 0 and verified["status"] == "trusted" and verified["signer"] == "Sending Hospital"
    )
    code, imported = _run(capsys, "--data-dir", str(receiver), "import-package", str(package))
    # The images and the case report (Encapsulated PDF), which every package carries.
    assert code == 0 and imported["images_imported"] == exported["images"] + 1
    code, again = _run(capsys, "--data-dir", str(receiver), "import-package", str(package))
    assert code == 0 and again["already_imported"]


def test_tampered_package_is_rejected_from_the_command_line(
    two_sites, tmp_path: Path, capsys
) -> None:
    sender, receiver = two_sites
    package = tmp_path / "case.zip"
    assert _run(capsys, "--data-dir", str(sender), "export", "1", "--out", str(package))[0] == 0
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(package) as old, zipfile.ZipFile(tampered, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == "README.TXT":
                data = data.replace(b"DICOM", b"DlCOM")
            new.writestr(info.filename, data)
    code, verified = _run(capsys, "--data-dir", str(receiver), "verify-package", str(tampered))
    assert code == 3 and verified["status"] == "invalid"
    assert any("README.TXT" in p for p in verified["problems"])
    code, result = _run(
        capsys, "--data-dir", str(receiver), "import-package", str(tampered), "--accept-untrusted"
    )
    assert code == 3 and result["status"] == "rejected"
