"""A throw-away Orthanc (the PACS of the network tests) on loopback ports.

The configuration is generated for each session: HTTP only from this machine
(``RemoteAccessAllowed`` false), DICOM and HTTP on free ports, the DICOMweb plugin, basic
authentication with one user, our AE title registered for C-FIND/C-GET/C-MOVE (C-MOVE sends to
our storage SCP on a loopback port), the called AE title checked (so a wrong one is refused),
storage and index in the session's temporary folder. Every request the tests make goes to
127.0.0.1.
"""

from __future__ import annotations

import base64
import glob
import json
import os
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from support import STRICT_ENV

#: Where Debian's orthanc-dicomweb puts the plugin (the first match is used).
PLUGIN_GLOBS = (
    "/usr/share/orthanc/plugins/libOrthancDicomWeb.so*",
    "/usr/lib/orthanc/libOrthancDicomWeb.so*",
)

ORTHANC_AE = "ORTHANCTEST"
OUR_AE = "CASEREVIEW"
USER = "surgeon"
PASSWORD = "correct horse battery"


def free_port() -> int:
    """A TCP port nobody listens on at the moment (on loopback)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def require_orthanc() -> tuple[str, str]:
    """Paths of the Orthanc binary and its DICOMweb plugin; skip without them (fail under
    ``make test``)."""
    binary = shutil.which("Orthanc")
    plugin = next((p for pattern in PLUGIN_GLOBS for p in sorted(glob.glob(pattern))), None)
    if binary and plugin:
        return binary, plugin
    missing = "Orthanc" if not binary else "the Orthanc DICOMweb plugin"
    message = f"{missing} is not installed (Debian packages orthanc and orthanc-dicomweb)"
    if os.environ.get(STRICT_ENV) == "1" or os.environ.get("CI") == "1":
        pytest.fail(message + "; make test installs them.")
    pytest.skip(message)


@dataclass(frozen=True)
class Orthanc:
    """A running Orthanc and how to reach it."""

    root: Path
    dicom_port: int
    http_port: int
    move_port: int

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    @property
    def dicomweb_url(self) -> str:
        return f"{self.url}/dicom-web"

    def rest(self, method: str, path: str, body: bytes | None = None) -> Any:
        """Call Orthanc's REST API (with the test user) and return the decoded JSON answer."""
        request = urllib.request.Request(self.url + path, data=body, method=method)
        token = base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode("ascii")
        request.add_header("Authorization", f"Basic {token}")
        if body is not None:
            request.add_header("Content-Type", "application/dicom")
        with urllib.request.urlopen(request, timeout=30) as response:
            data = response.read()
        return json.loads(data) if data else None

    def upload(self, paths: Sequence[Path]) -> None:
        """Store files through the REST API."""
        for path in paths:
            self.rest("POST", "/instances", path.read_bytes())

    def delete_instance(self, sop_instance_uid: str) -> None:
        """Remove one instance (the tests make an archive that has lost an image)."""
        found = self.rest(
            "POST",
            "/tools/find",
            json.dumps(
                {"Level": "Instance", "Query": {"SOPInstanceUID": sop_instance_uid}}
            ).encode(),
        )
        for orthanc_id in found:
            self.rest("DELETE", f"/instances/{orthanc_id}")

    def has_instance(self, sop_instance_uid: str) -> bool:
        found = self.rest(
            "POST",
            "/tools/find",
            json.dumps(
                {"Level": "Instance", "Query": {"SOPInstanceUID": sop_instance_uid}}
            ).encode(),
        )
        return bool(found)


def _configuration(
    root: Path, plugin: str, dicom_port: int, http_port: int, move_port: int
) -> dict[str, Any]:
    return {
        "Name": "casereview-test",
        "StorageDirectory": str(root / "storage"),
        "IndexDirectory": str(root / "index"),
        "StorageCompression": False,
        "HttpPort": http_port,
        "DicomPort": dicom_port,
        "DicomAet": ORTHANC_AE,
        "DicomCheckCalledAet": True,
        "RemoteAccessAllowed": False,  # HTTP from this machine only
        "AuthenticationEnabled": True,
        "RegisteredUsers": {USER: PASSWORD},
        "DicomAlwaysAllowEcho": True,
        "DicomAlwaysAllowStore": True,
        "DicomModalities": {"casereview": [OUR_AE, "127.0.0.1", move_port]},
        "DicomScpTimeout": 30,
        "HttpsVerifyPeers": False,
        "Plugins": [plugin],
        "DicomWeb": {"Enable": True, "Root": "/dicom-web/", "EnableWado": False},
        "ConcurrentJobs": 1,
        "LimitFindResults": 0,
        "LimitFindInstances": 0,
        "SaveJobs": False,
    }


@contextmanager
def running_orthanc(root: Path) -> Iterator[Orthanc]:
    """Start Orthanc with a generated configuration under ``root``; stop it afterwards."""
    binary, plugin = require_orthanc()
    root.mkdir(parents=True, exist_ok=True)
    server = Orthanc(root, free_port(), free_port(), free_port())
    config = root / "orthanc.json"
    config.write_text(
        json.dumps(
            _configuration(root, plugin, server.dicom_port, server.http_port, server.move_port)
        ),
        encoding="utf-8",
    )
    log = (root / "orthanc.log").open("wb")
    process = subprocess.Popen([binary, str(config)], stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                server.rest("GET", "/system")
                break
            except (urllib.error.URLError, ConnectionError, OSError):
                if process.poll() is not None or time.monotonic() > deadline:
                    log.flush()
                    tail = (root / "orthanc.log").read_text(errors="replace")[-2000:]
                    pytest.fail(f"Orthanc did not start:\n{tail}")
                time.sleep(0.1)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()
