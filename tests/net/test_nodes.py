"""PACS nodes: validation a clinician can act on, settings round trip, secrets kept apart.

No archive needed: the DICOMweb authentication headers are checked against a small HTTP
server on loopback that answers like a QIDO-RS endpoint.
"""

from __future__ import annotations

import json
import stat
import threading
from collections.abc import Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from casereview.domain.pacs_nodes import DimseNode, WebAuth, WebNode
from casereview.domain.settings import Settings
from casereview.errors import ConfigurationError, NotFoundError, ValidationError
from casereview.net import nodes
from casereview.net.errors import AuthenticationFailedError, PacsRequestError
from casereview.net.query import PacsQuery, QueryLevel
from casereview.net.web import WebClient
from casereview.store.settings_file import load_settings, save_settings


def test_dimse_node_validation_says_what_is_wrong() -> None:
    node = DimseNode(" PACS ", " ORTHANC ", "pacs.local", 104)
    assert (node.name, node.ae_title, node.our_ae_title) == ("PACS", "ORTHANC", "CASEREVIEW")
    with pytest.raises(ValidationError, match=r"archive's AE title must be 1 to 16.*17 characters"):
        DimseNode("PACS", "A" * 17, "pacs.local", 104)
    with pytest.raises(ValidationError, match="Our AE title"):
        DimseNode("PACS", "ORTHANC", "pacs.local", 104, our_ae_title="BAD\\AE")
    with pytest.raises(ValidationError, match=r"archive's port must be a number from 1 to 65535"):
        DimseNode("PACS", "ORTHANC", "pacs.local", 70000)
    with pytest.raises(ValidationError, match="Our port for C-MOVE"):
        DimseNode("PACS", "ORTHANC", "pacs.local", 104, our_port=0)
    with pytest.raises(ValidationError, match="host name or an IP address"):
        DimseNode("PACS", "ORTHANC", "pacs local/x", 104)
    with pytest.raises(ValidationError, match="node name"):
        DimseNode("", "ORTHANC", "pacs.local", 104)


def test_web_node_validation_says_what_is_wrong() -> None:
    node = WebNode("Web", "https://pacs.example.org/dicom-web/")
    assert node.base_url == "https://pacs.example.org/dicom-web"
    with pytest.raises(ValidationError, match="starts with https://"):
        WebNode("Web", "ftp://pacs.example.org/dicom-web")
    with pytest.raises(ValidationError, match="starts with https://"):
        WebNode("Web", "pacs.example.org/dicom-web")
    with pytest.raises(ValidationError, match="Do not put a user name or password"):
        WebNode("Web", "https://user:pw@pacs.example.org/dicom-web")
    with pytest.raises(ValidationError, match="needs a user name"):
        WebNode("Web", "https://pacs.example.org/dicom-web", WebAuth.BASIC)


def test_nodes_round_trip_through_settings_json(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    dimse = DimseNode("PACS", "ORTHANC", "10.0.0.5", 4242, our_port=11113, timeout=12.5)
    web = WebNode("Web", "https://pacs.example.org/dicom-web", WebAuth.BASIC, "surgeon")
    nodes.add_node(path, dimse)
    nodes.add_node(path, web)
    settings = load_settings(path)
    assert settings.dimse_nodes == (dimse,) and settings.web_nodes == (web,)
    assert [n.name for n in nodes.list_nodes(settings)] == ["PACS", "Web"]
    assert nodes.find_node(settings, "web") is settings.web_nodes[0]
    with pytest.raises(ValidationError, match="exists already"):
        nodes.add_node(path, DimseNode("pacs", "OTHER", "10.0.0.6", 104))
    moved = DimseNode("PACS", "ORTHANC", "10.0.0.7", 4242)
    assert nodes.add_node(path, moved, replace=True).dimse_nodes == (moved,)
    with pytest.raises(NotFoundError, match=r"No PACS node 'Nowhere' \(configured: PACS, Web\)"):
        nodes.find_node(load_settings(path), "Nowhere")
    nodes.remove_node(path, tmp_path / "keys", "PACS")
    assert load_settings(path).dimse_nodes == ()


def test_a_damaged_node_in_settings_is_a_configuration_error(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    save_settings(path, Settings())
    data = json.loads(path.read_text())
    data["dimse_nodes"] = [{"name": "PACS", "ae_title": "X" * 20, "host": "h", "port": 104}]
    path.write_text(json.dumps(data))
    with pytest.raises(ConfigurationError, match="AE title must be 1 to 16"):
        load_settings(path)
    with pytest.raises(ConfigurationError, match="same name"):
        Settings(
            dimse_nodes=(DimseNode("A", "X", "h", 1),),
            web_nodes=(WebNode("a", "https://h/dicom-web"),),
        )


def test_secrets_live_in_an_owner_only_file_never_in_settings(tmp_path: Path) -> None:
    path, keys = tmp_path / "settings.json", tmp_path / "keys"
    node = WebNode("Web", "https://pacs.example.org/dicom-web", WebAuth.BEARER)
    nodes.add_node(path, node)
    nodes.store_secret(keys, "Web", "tok-3141592653")
    assert "tok-3141592653" not in path.read_text()
    secrets = keys / nodes.SECRETS_NAME
    assert stat.S_IMODE(secrets.stat().st_mode) == 0o600
    assert nodes.load_secret(keys, "WEB") == "tok-3141592653"
    with pytest.raises(ValidationError, match="one line"):
        nodes.store_secret(keys, "Web", "  ")
    nodes.remove_node(path, keys, "Web")
    assert nodes.load_secret(keys, "Web") is None
    with pytest.raises(ConfigurationError, match="No password or token is stored for Web"):
        nodes.client_for(node, keys)


def test_a_query_is_checked_and_worded_for_both_protocols() -> None:
    query = PacsQuery(patient_name="DOE", date_from=date(2026, 1, 1), date_to=date(2026, 3, 31))
    assert (query.name_pattern, query.date_range) == ("DOE*", "20260101-20260331")
    assert PacsQuery(patient_name="D?E*").name_pattern == "D?E*"
    assert PacsQuery(date_from=date(2026, 1, 1)).date_range == "20260101-"
    assert PacsQuery(date_to=date(2026, 1, 1)).date_range == "-20260101"
    assert PacsQuery(modality=" ct ").modality == "CT"
    with pytest.raises(ValidationError, match="ends before it starts"):
        PacsQuery(date_from=date(2026, 2, 1), date_to=date(2026, 1, 1))
    with pytest.raises(ValidationError, match="short code"):
        PacsQuery(modality="C T")
    with pytest.raises(ValidationError, match="Study Instance UID must be a DICOM UID"):
        PacsQuery(level=QueryLevel.SERIES, study_instance_uid="1.2.abc")


class _Endpoint(BaseHTTPRequestHandler):
    """Answers QIDO-RS searches with no result when the token is right, else 401."""

    seen: list[str] = []

    def do_GET(self) -> None:
        if not self.path.startswith("/dicom-web/"):
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        header = self.headers.get("Authorization", "")
        _Endpoint.seen.append(header)
        ok = header == "Bearer tok-3141592653"
        body = b"[]" if ok else b""
        self.send_response(200 if ok else 401)
        self.send_header("Content-Type", "application/dicom+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        return


@pytest.fixture
def endpoint() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Endpoint)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _Endpoint.seen = []
    yield f"http://127.0.0.1:{server.server_address[1]}/dicom-web"
    server.shutdown()
    server.server_close()


def test_a_bearer_token_is_sent_and_a_refused_one_says_so(endpoint: str) -> None:
    node = WebNode("Token web", endpoint, WebAuth.BEARER, timeout=5)
    assert WebClient(node, "tok-3141592653").find(PacsQuery()) == []
    with pytest.raises(AuthenticationFailedError, match="refused the access token"):
        WebClient(node, "expired").echo()
    assert _Endpoint.seen == ["Bearer tok-3141592653", "Bearer expired"]  # no retries
    with pytest.raises(PacsRequestError, match="HTTP 404"):
        WebClient(WebNode("Wrong path", endpoint.replace("/dicom-web", "/nothing"))).echo()
